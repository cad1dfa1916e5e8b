"""The published rulebook schema (`icpcheck schema rulebook`) agrees with the loader, the authority."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jsonschema
import pytest

from icpcheck import schemas
from icpcheck.errors import RulebookError
from icpcheck.rulebook.build import build_rulebook, read_rulebook_document
from tests.rules_helpers import ARTICLE, BROKEN, DEFAULT_RULEBOOK, GOOD

# The broken rulebooks whose fault is one of shape (a key, a type, a value or a form the schema
# states); the rest are wrong in what they refer to or mean, which only the loader and lint see.
SHAPE_BROKEN = {"bad_condition", "bad_date", "bad_status", "empty_citations", "missing_citation",
                "missing_language", "review_without_settle", "unknown_key", "wrong_type"}


def jsonable(data: object) -> object:
    """YAML dates become ISO strings, as a rulebook in JSON would carry them."""
    if isinstance(data, dict):
        return {str(k): jsonable(v) for k, v in data.items()}
    if isinstance(data, list):
        return [jsonable(v) for v in data]
    if isinstance(data, dt.date):
        return data.isoformat()[:10]
    return data


def schema_errors(path: Path) -> list[str]:
    doc, _ = read_rulebook_document(str(path))
    validator = jsonschema.Draft202012Validator(
        schemas.load("rulebook"), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(jsonable(doc.data))]


def test_the_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schemas.load("rulebook"))


@pytest.mark.parametrize("path", [DEFAULT_RULEBOOK, GOOD, ARTICLE], ids=lambda p: p.name)
def test_good_rulebooks_fit_the_schema(path: Path) -> None:
    assert schema_errors(path) == []


def test_the_shape_broken_rulebooks_are_the_ones_the_schema_refuses() -> None:
    assert SHAPE_BROKEN <= {p.stem for p in BROKEN}
    refused = set()
    for path in BROKEN:
        try:
            errors = schema_errors(path)
        except RulebookError:  # not YAML, or a duplicate key: the reader refuses it first
            continue
        if errors:
            refused.add(path.stem)
    assert refused == SHAPE_BROKEN


@pytest.mark.parametrize("path", [p for p in BROKEN if p.stem in SHAPE_BROKEN], ids=lambda p: p.stem)
def test_what_the_schema_refuses_the_loader_refuses(path: Path) -> None:
    doc, sha256 = read_rulebook_document(str(path))
    rulebook, problems = build_rulebook(doc, sha256)
    assert rulebook is None and problems
