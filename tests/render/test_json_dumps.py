"""The JSON report's hand-rolled indented writer gives exactly json.dumps' text."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from icpcheck.render.json import compact, compact_ascii, dumps_indented

scalars = st.none() | st.booleans() | st.integers() | st.text() | st.floats(allow_nan=True)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30,
)


@given(values)
def test_same_text_as_json_dumps(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


def test_non_text_keys_go_back_to_json_dumps() -> None:
    value = {"a": {1: [True, None]}, "b": 2.5}
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


@given(values | scalars)
def test_compact_is_json_dumps_compact(value: Any) -> None:
    """The compact writer (batch lines, API bodies, the batch memo's key) is json.dumps with
    sorted keys and no spaces, whatever it is given."""
    assert compact(value) == json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert compact_ascii(value) == json.dumps(value, sort_keys=True, separators=(",", ":"))
