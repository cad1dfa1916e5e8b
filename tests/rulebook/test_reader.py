"""Tests for icpcheck.rulebook.reader: hostile bytes give one clear error, good bytes data and places."""

from __future__ import annotations

import datetime
import io
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from icpcheck.errors import AnswersError, RulebookError
from icpcheck.rulebook import reader, yaml_reader
from icpcheck.rulebook.reader import (
    MAX_ALIASES,
    MAX_BYTES_DEFAULT,
    MAX_DEPTH,
    Document,
    parse_document,
    read_source,
)
from tests.conftest import examples

# Only a hang guard: every input here, hostile or not, is small or refused early. Counted in this
# process's CPU time, not on the wall clock, so a busy machine does not fail it.
HANG_GUARD_SECONDS = 2.0

BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{name}: &{name} [{','.join(['*' + prev] * 9)}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def parse(raw: bytes | str, **options: Any) -> Document:
    data = raw.encode() if isinstance(raw, str) else raw
    start = time.process_time()
    try:
        return parse_document(data, name="in", error=AnswersError, **options)
    finally:
        assert time.process_time() - start < HANG_GUARD_SECONDS


def fails(raw: bytes | str, **options: Any) -> AnswersError:
    """Parse, expect the given error class, and check the error is fit to show a person."""
    with pytest.raises(AnswersError) as info:
        parse(raw, **options)
    error = info.value
    assert error.file == "in"
    assert "\n" not in str(error) and "Traceback" not in str(error)
    return error


def nested(depth: int, *, block: bool) -> str:
    return "- " * depth + "x\n" if block else "[" * depth + "]" * depth


# --- read_source ----------------------------------------------------------------------------------


def test_read_source_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_bytes(b"a: 1\n")
    assert read_source(str(path), error=AnswersError) == b"a: 1\n"


def test_read_source_reads_stdin_for_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a: \xe4\xb8\xad\n")))
    assert read_source("-", error=AnswersError) == b"a: \xe4\xb8\xad\n"


def test_read_source_reports_missing_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(AnswersError) as info:
        read_source("-", error=AnswersError)
    assert info.value.file == "<stdin>"


def test_read_source_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RulebookError) as info:
        read_source(str(tmp_path / "nope.yaml"), error=RulebookError)
    assert "no such file" in info.value.message
    assert info.value.file == str(tmp_path / "nope.yaml")


def test_read_source_directory(tmp_path: Path) -> None:
    with pytest.raises(AnswersError) as info:
        read_source(str(tmp_path), error=AnswersError)
    assert "directory" in info.value.message


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_read_source_permission_denied_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_bytes(b"a: 1\n")
    path.chmod(0)
    with pytest.raises(AnswersError) as info:
        read_source(str(path), error=AnswersError)
    assert "permission denied" in info.value.message


def test_read_source_permission_denied(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # The module looks `open` up in its own globals first, so this reaches only reader.py.
    monkeypatch.setattr(reader, "open", refuse, raising=False)
    with pytest.raises(AnswersError) as info:
        read_source(str(tmp_path / "x.yaml"), error=AnswersError)
    assert "permission denied" in info.value.message


def test_read_source_nul_in_path() -> None:
    with pytest.raises(AnswersError):
        read_source("bad\x00name.yaml", error=AnswersError)


def test_read_source_accepts_exactly_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * 100)
    assert len(read_source(str(path), error=AnswersError, max_bytes=100)) == 100


def test_read_source_refuses_more_than_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * 101)
    with pytest.raises(AnswersError) as info:
        read_source(str(path), error=AnswersError, max_bytes=100)
    assert "larger than 100 bytes" in info.value.message


def test_read_source_default_limit_is_one_mebibyte(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (MAX_BYTES_DEFAULT + 1))
    with pytest.raises(AnswersError):
        read_source(str(path), error=AnswersError)


class _Endless(io.RawIOBase):
    """A stream that never ends, counting what was taken from it."""

    def __init__(self) -> None:
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = len(buffer)
        buffer[:size] = b"a" * size
        self.served += size
        return size


def test_read_source_stops_reading_an_endless_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    endless = _Endless()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
    start = time.monotonic()
    with pytest.raises(AnswersError) as info:
        read_source("-", error=AnswersError, max_bytes=10_000)
    assert time.monotonic() - start < HANG_GUARD_SECONDS
    assert info.value.file == "<stdin>"
    # max_bytes + 1, plus at most what the buffering layer reads ahead.
    assert endless.served <= 10_001 + io.DEFAULT_BUFFER_SIZE


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_read_source_stops_reading_an_endless_file() -> None:
    start = time.monotonic()
    with pytest.raises(AnswersError):
        read_source("/dev/zero", error=AnswersError, max_bytes=10_000)
    assert time.monotonic() - start < HANG_GUARD_SECONDS


# --- decoding -------------------------------------------------------------------------------------


def test_utf8_bom_is_stripped() -> None:
    document = parse(b"\xef\xbb\xbfname: \xe5\xbe\xae\xe5\x95\x86\xe5\x9f\x8e\n")
    assert document.data == {"name": "微商城"}
    assert document.positions[("name",)] == (1, 1)


def test_crlf_line_endings() -> None:
    document = parse(b"a: 1\r\nb:\r\n  - x\r\n  - y\r\n")
    assert document.data == {"a": 1, "b": ["x", "y"]}
    assert document.positions[("b", 1)] == (4, 5)


def test_crlf_in_json() -> None:
    assert parse(b'{\r\n  "a": 1\r\n}\r\n').data == {"a": 1}


def test_invalid_utf8_names_offset_and_line() -> None:
    error = fails(b"a: 1\nb: caf\xe9\n")
    assert "UTF-8" in error.message and "offset 11" in error.message
    assert (error.line, error.column) == (2, 7)


def test_gbk_bytes_suggest_utf8() -> None:
    error = fails("名字: 微商城\n".encode("gbk"))
    assert error.hint is not None and "UTF-8" in error.hint


@pytest.mark.parametrize(
    "raw",
    [
        "a: 1\n".encode("utf-16"),  # with a BOM, in this machine's byte order
        b"\xff\xfea\x00:\x00",
        b"\xfe\xff\x00a\x00:",
        "a: 1\n".encode("utf-32"),
    ],
)
def test_utf16_bom_says_save_as_utf8(raw: bytes) -> None:
    error = fails(raw)
    assert "save as UTF-8" in error.message


def test_utf16_without_bom_is_refused() -> None:
    error = fails("a: 1\n".encode("utf-16-le"))
    assert "NUL" in error.message
    assert error.hint is not None and "UTF-8" in error.hint


def test_nul_byte() -> None:
    error = fails(b"a: 1\nb: x\x00y\n")
    assert "NUL" in error.message
    assert (error.line, error.column) == (2, 5)


@pytest.mark.parametrize("char", ["\x01", "\x1b", "\x7f", "\ufffe"])
def test_control_characters_are_refused(char: str) -> None:
    error = fails(f"a: b\nc: '{char}'\n")
    assert error.line == 2


# --- empty input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"   \n\t\n",
        b"\xef\xbb\xbf",
        b"# just a comment\n# and another\n",
        b"---\n",
        b"---\n# comment\n...\n",
    ],
)
@pytest.mark.parametrize("fmt", ["auto", "yaml"])
def test_empty_input(raw: bytes, fmt: str) -> None:
    assert "is empty" in fails(raw, fmt=fmt).message


def test_empty_json() -> None:
    assert "is empty" in fails(b" \n ", fmt="json").message


def test_explicit_null_document_is_not_empty() -> None:
    assert parse("null\n").data is None
    assert parse("''\n").data == ""


# --- YAML syntax ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "hint_words"),
    [
        ("a: [1, 2\n", 2, None),
        ("a:\n\tb: 1\n", 2, "spaces, not tabs"),
        ("a: b: c\n", 1, "quote"),
        ("a: 1\nb\nc: 2\n", 3, None),
        ("a:\n  - x\n - y\n", 3, "indentation"),
        ("a: 'unterminated\n", 2, None),
        ("%YAML 2.0\n---\na: 1\n", 1, None),
    ],
)
def test_yaml_syntax_error_is_one_line_with_position(
    text: str, line: int, hint_words: str | None
) -> None:
    error = fails(text)
    assert error.message.startswith("invalid YAML: ")
    assert error.line == line and error.column is not None
    if hint_words:
        assert error.hint is not None and hint_words in error.hint


def test_json_syntax_error_has_position() -> None:
    error = fails('{\n  "a": 1,\n}\n')
    assert error.message.startswith("invalid JSON: ")
    assert (error.line, error.column) == (3, 1)


def test_json_trailing_text() -> None:
    assert "after the end" in fails('{"a": 1} x').message


# --- tags: nothing is ever constructed beyond plain data ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['true']\n",
        "a: !!python/name:os.system\n",
        "a: !!python/object:collections.OrderedDict {}\n",
        "a: !!python/tuple [1, 2]\n",
        "%TAG !p! tag:yaml.org,2002:python/\n---\na: !p!object/apply:os.system ['true']\n",
        "a: !!binary aGk=\n",
        "a: !!set {x}\n",
        "a: !!omap [x: 1]\n",
        "a: !custom x\n",
        "a: !!map [x]\n",
        "a: !!str [x]\n",
        "!!python/str key: 1\n",
    ],
)
def test_nonstandard_tags_are_refused(text: str) -> None:
    assert "unsupported tag" in fails(text).message


def test_python_tags_are_never_executed(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    fails(f"a: !!python/object/apply:os.mkdir ['{target}']\n")
    assert not target.exists()


def test_standard_tags_are_read() -> None:
    data = parse("a: !!str 5\nb: !!int '7'\nc: !!float 1\nd: ! x\n").data
    assert data == {"a": "5", "b": 7, "c": 1.0, "d": "x"}


# --- duplicate and odd keys -----------------------------------------------------------------------


def test_duplicate_key_reports_second_occurrence() -> None:
    error = fails("id: a\nname: b\nid: c\n")
    assert 'duplicate key "id"' in error.message and "line 1" in error.message
    assert (error.line, error.column) == (3, 1)


def test_duplicate_key_nested_in_list() -> None:
    error = fails("rules:\n  - id: a\n    when: x\n    when: y\n")
    assert (error.line, error.column) == (4, 5)


def test_duplicate_key_in_flow_mapping() -> None:
    assert fails("{a: 1, b: 2, a: 3}\n", fmt="yaml").column == 14


def test_duplicate_key_quoted_and_plain() -> None:
    fails("no: 1\n'no': 2\n")


def test_duplicate_key_through_alias() -> None:
    fails("&k key: 1\n*k : 2\n")


def test_same_key_in_different_mappings_is_fine() -> None:
    assert parse("a: {x: 1}\nb: {x: 2}\n").data == {"a": {"x": 1}, "b": {"x": 2}}


@pytest.mark.parametrize(
    "text",
    [
        "? [a, b]\n: 1\n",
        "? {a: 1}\n: 2\n",
        "{[a]: 1}\n",
        "a: &m {x: 1}\n? *m\n: 2\n",
    ],
)
def test_list_or_mapping_as_key_is_refused(text: str) -> None:
    assert "mapping key must be text" in fails(text, fmt="yaml").message


def test_scalar_keys_are_their_text() -> None:
    # Keys stay text as written, as in JSON: `no:` is "no", not False (YAML 1.1 would say False).
    data = parse("no: 1\n1: x\n2024-01-01: d\nnull: n\n1.50: f\n").data
    assert data == {"no": 1, "1": "x", "2024-01-01": "d", "null": "n", "1.50": "f"}


def test_merge_key_is_refused_but_quoted_is_text() -> None:
    assert "merge keys" in fails("base: &b {x: 1}\nc:\n  <<: *b\n").message
    assert parse("'<<': 1\n").data == {"<<": 1}


# --- aliases --------------------------------------------------------------------------------------


def _aliases(count: int) -> str:
    return "x: &a 1\ny: [" + ", ".join(["*a"] * count) + "]\n"


def test_aliases_up_to_the_limit_are_fine() -> None:
    assert parse(_aliases(MAX_ALIASES)).data == {"x": 1, "y": [1] * MAX_ALIASES}


def test_too_many_aliases() -> None:
    error = fails(_aliases(MAX_ALIASES + 1))
    assert "too many aliases" in error.message and "billion-laughs" in error.message
    assert error.line == 2


def test_max_aliases_is_overridable() -> None:
    fails(_aliases(1), max_aliases=0)
    parse(_aliases(200), max_aliases=200)


def test_billion_laughs_fails_fast() -> None:
    start = time.monotonic()
    error = fails(BILLION_LAUGHS)
    assert time.monotonic() - start < 1.0
    assert "billion-laughs" in error.message


def test_billion_laughs_with_many_aliases_fails_fast() -> None:
    wide = "a: &a [x]\n" + "".join(
        f"{name}: &{name} [{','.join(['*' + prev] * 20)}]\n"
        for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
    )
    assert "billion-laughs" in fails(wide).message


def test_alias_to_its_own_container_is_refused() -> None:
    assert "inside the very" in fails("a: &a [1, *a]\n").message


def test_undefined_alias() -> None:
    assert "no anchor" in fails("a: *nowhere\n").message


def test_anchor_defined_twice() -> None:
    assert "defined twice" in fails("a: &x 1\nb: &x 2\n").message


def test_aliases_reuse_values_and_mark_only_their_own_place() -> None:
    document = parse("base: &b {x: 1, y: [2]}\nuse: *b\n")
    assert document.data == {"base": {"x": 1, "y": [2]}, "use": {"x": 1, "y": [2]}}
    assert document.positions[("use",)] == (2, 1)
    assert ("use", "x") not in document.positions


def test_alias_cannot_exceed_the_depth_limit() -> None:
    deep = nested(40, block=False)
    # 1 (the root mapping) + 28 + 40 levels through the alias: more than 64.
    text = f"a: &a {deep}\nb: {'[' * 28}*a{']' * 28}\n"
    assert "nested more than 64 levels" in fails(text).message
    parse(f"a: &a {deep}\nb: {'[' * 23}*a{']' * 23}\n")


# --- depth ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("block", [False, True])
def test_depth_at_the_limit_is_fine(block: bool) -> None:
    parse(nested(MAX_DEPTH, block=block), fmt="yaml")


@pytest.mark.parametrize("block", [False, True])
def test_depth_over_the_limit(block: bool) -> None:
    error = fails(nested(MAX_DEPTH + 1, block=block), fmt="yaml")
    assert "nested more than 64 levels" in error.message and error.line == 1


def test_json_depth_at_and_over_the_limit() -> None:
    parse(nested(MAX_DEPTH, block=False), fmt="json")
    error = fails(nested(MAX_DEPTH + 1, block=False), fmt="json")
    assert (error.line, error.column) == (1, MAX_DEPTH + 1)


def test_max_depth_is_overridable() -> None:
    fails('{"a": {"b": {}}}', max_depth=2)
    fails("a: {b: {}}", max_depth=2)
    parse("a: {b: {}}", max_depth=3)


@pytest.mark.parametrize("fmt", ["auto", "yaml", "json"])
@pytest.mark.parametrize("opener", ["[", "{", '{"a":', "- "])
def test_hundred_thousand_levels_never_recurse(fmt: str, opener: str) -> None:
    error = fails(opener * 100_000, fmt=fmt)
    assert not isinstance(error.__cause__, RecursionError)


def test_brackets_inside_json_strings_do_not_count() -> None:
    text = json.dumps({"a": "[" * 1000 + '\\"{' * 100})
    assert parse(text, fmt="json").data == json.loads(text)


# --- documents ------------------------------------------------------------------------------------


def test_multiple_documents_are_refused() -> None:
    error = fails("a: 1\n---\nb: 2\n")
    assert "more than one YAML document" in error.message
    assert error.line == 2


def test_one_explicit_document_is_fine() -> None:
    assert parse("---\na: 1\n...\n").data == {"a": 1}


# --- numbers and other scalars --------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", [".nan", ".NaN", ".inf", "-.inf", "+.INF", "!!float .nan", "1.0e+999", "-1.0e+999"]
)
def test_yaml_nan_and_infinity_are_refused(value: str) -> None:
    assert "finite" in fails(f"a: {value}\n").message


def test_quoted_nan_is_text() -> None:
    assert parse("a: '.nan'\nb: 1.5\n").data == {"a": ".nan", "b": 1.5}


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e999", "-1e400"])
def test_json_nan_and_infinity_are_refused(value: str) -> None:
    fails(f'{{"a": {value}}}')


def test_dates() -> None:
    data = parse("on: 2024-03-01\nat: 2024-03-01 10:00:00\n").data
    assert data == {"on": datetime.date(2024, 3, 1), "at": datetime.datetime(2024, 3, 1, 10, 0)}


def test_impossible_date() -> None:
    error = fails("a: 2024-02-30\n")
    assert "not a valid date" in error.message and (error.line, error.column) == (1, 4)
    # Quoting would not help (a waiver's `expires` must be a date): the hint says what would.
    assert error.hint == "write a day that exists, as YYYY-MM-DD"
    assert error.text("zh").endswith('"2024-02-30" 不是有效的日期')  # no English from PyYAML in it


@pytest.mark.parametrize(
    "text", ["a: !!int abc\n", "a: !!bool maybe\n", "a: !!float ''\n", "a: !!timestamp soon\n"]
)
def test_wrong_explicit_type(text: str) -> None:
    assert "is not a valid" in fails(text).message


@pytest.mark.parametrize("text", [
    "a: " + "1" * 5000, '{"a": ' + "1" * 5000 + "}",
    # Short text, a number too long to write in decimal: hex, octal, binary, base 60 (YAML 1.1).
    "a: 0x" + "f" * 5000, "a: 0" + "7" * 6000, "a: 0b" + "1" * 20000, "a: " + ":".join(["59"] * 4000),
    'a: !!int "0x' + "f" * 5000 + '"',
])
def test_huge_integers_are_refused(text: str) -> None:
    error = fails(text)
    assert "too many digits" in error.message and len(str(error)) < 200


@pytest.mark.parametrize(
    "text",
    [
        'a: "\\ud800"\n',
        '"\\ud800x": 1\n',
        '{"a": ["\\udc00"]}',
        '{"\\ud800": 1}',
        'a: "\\ude00\\ud83d"',
    ],
)
def test_lone_surrogate_escapes_are_refused(text: str) -> None:
    assert "surrogate" in fails(text).message


def test_surrogate_pairs_are_fine() -> None:
    assert parse('{"a": "\\ud83d\\ude00"}').data == {"a": "😀"}
    # JSON-style pairs in YAML too: PyYAML would keep the two halves, which cannot be printed.
    assert parse('a: "\\ud83d\\ude00"\n"\\ud83d\\ude01": 1\n').data == {"a": "😀", "😁": 1}


def test_too_many_values(monkeypatch: pytest.MonkeyPatch) -> None:
    # The real cap (100,000) takes PyYAML a couple of seconds to reach; the rule is the same.
    monkeypatch.setattr(yaml_reader, "_MAX_VALUES", 1000)
    parse("- 1\n" * 999, fmt="yaml")
    error = fails("- 1\n" * 1000, fmt="yaml")  # the list itself is a value too
    assert "more than 1,000 values" in error.message and error.line == 1000


# --- JSON -----------------------------------------------------------------------------------------


def test_json_is_read_with_positions_as_yaml_is() -> None:
    # Before issue 23 the reader gave JSON no positions (`== {}`) and answers.py scanned for them.
    document = parse('{"a": [1, 2.5, true, null, "x"]}')
    assert document.data == {"a": [1, 2.5, True, None, "x"]}
    assert document.positions == {("a",): (1, 2), ("a", 0): (1, 8), ("a", 1): (1, 11), ("a", 2): (1, 16),
                                  ("a", 3): (1, 22), ("a", 4): (1, 28)}


def test_json_duplicate_keys() -> None:
    assert 'duplicate key "a"' in fails('{"a": 1, "b": {"a": 2}, "a": 3}').message


def test_auto_reads_brackets_as_json() -> None:
    assert parse('  \n["a"]').data == ["a"]
    error = fails("{a: 1}")
    assert error.hint is not None and "read as JSON" in error.hint


def test_forced_formats() -> None:
    assert parse("{a: 1}", fmt="yaml").data == {"a": 1}
    assert parse('"text"', fmt="json").data == "text"
    fails("a: 1\n", fmt="json")


def test_unknown_format() -> None:
    assert "unknown format" in fails("a: 1", fmt="toml").message


# --- positions ------------------------------------------------------------------------------------


def test_positions_of_keys_and_items() -> None:
    document = parse("rules:\n  - id: a\n    when: {q: x}\n  - id: b\nlist: [1, 2]\n")
    assert document.positions[("rules", 0, "when")] == (3, 5)
    assert document.positions == {
        (): (1, 1),
        ("rules",): (1, 1),
        ("rules", 0): (2, 5),
        ("rules", 0, "id"): (2, 5),
        ("rules", 0, "when"): (3, 5),
        ("rules", 0, "when", "q"): (3, 12),
        ("rules", 1): (4, 5),
        ("rules", 1, "id"): (4, 5),
        ("list",): (5, 1),
        ("list", 0): (5, 8),
        ("list", 1): (5, 11),
    }


def test_columns_count_characters_not_bytes() -> None:
    assert parse("名字: {店: 1}\n").positions[("名字", "店")] == (1, 6)


def test_json_positions_follow_keys_and_items() -> None:
    text = '{"a": 1,\n "b": [1, {"c": "x\\"y"}],\n "d": {"e": null}}'
    got = parse(text).positions
    assert got[("a",)] == (1, 2) and got[("b",)] == (2, 2) and got[("b", 1, "c")] == (2, 12)
    assert got[("d", "e")] == (3, 8)
    assert reader.json_positions(text) == dict(got)
    assert reader.json_positions("[1, 2") == {(0,): (1, 2), (1,): (1, 5)}  # cut short: what it found


def test_json_positions_as_yaml_gives_them_after_a_bom_and_crlf_in_characters() -> None:
    text = '\ufeff{\r\n  "名字": {"店": 1},\r\n  "list": [1, 2]\r\n}\r\n'
    json_doc = parse(text)
    yaml_doc = parse(text.replace("{\r\n", "\r\n", 1).rstrip().removesuffix("}").replace('"', "")
                     .replace(",\r\n", "\r\n"))
    assert yaml_doc.data == json_doc.data == {"名字": {"店": 1}, "list": [1, 2]}
    assert json_doc.positions[("名字", "店")] == (2, 10)
    assert json_doc.positions[("list", 1)] == (3, 15)
    assert {k: v for k, v in json_doc.positions.items()}.keys() == {k for k in yaml_doc.positions if k}


def test_json_positions_are_found_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(reader, "json_positions", lambda text: asked.append(text) or {("a",): (1, 2)})
    document = parse('{"a": 1}')
    assert asked == [] and document.data == {"a": 1}
    assert document.positions.get(("a",)) == (1, 2) and document.positions.get(("b",)) is None
    assert asked == ['{"a": 1}']  # once


def test_document_name_is_kept() -> None:
    document = parse_document(b"a: 1", name="<stdin>", error=AnswersError)
    assert document.name == "<stdin>"


# --- the error class is the caller's --------------------------------------------------------------

HOSTILE = [
    b"",
    b"\xff\xfe",
    b"\x00",
    b"\x80",
    b"a: 1\na: 2",
    b"a: !!python/name:os.system",
    BILLION_LAUGHS.encode(),
    b"[" * 100_000,
    b'{"a": NaN}',
    b"a: [",
    b"---\n---\n",
]


@pytest.mark.parametrize("raw", HOSTILE)
def test_the_given_error_class_is_raised(raw: bytes) -> None:
    with pytest.raises(RulebookError) as info:
        parse_document(raw, name="rules/x.yaml", error=RulebookError)
    assert type(info.value) is RulebookError
    assert info.value.file == "rules/x.yaml"


# --- anything at all ------------------------------------------------------------------------------

# fmt: off
_YAML_PIECES = [
    "a", "b", "1", ".nan", "~", ": ", ":", "- ", "-", "? ", ",", "[", "]", "{", "}", "&x ", "*x",
    "&y ", "*y", "!!str ", "!!python/none ", "!t ", "'", '"', "\\", "#", "|", ">", "\n", "  ",
    "\t", "---\n", "...\n", "%YAML 1.1\n", "<<: ", "\r", "\ufeff", "é", "中",
]
# fmt: on
_YAMLISH = st.lists(st.sampled_from(_YAML_PIECES), max_size=40).map("".join)


def _parse_or_refuse(raw: bytes, fmt: str) -> None:
    try:
        document = parse(raw, fmt=fmt)
    except AnswersError as error:
        assert error.file == "in"
        assert "\n" not in str(error)
    else:
        assert isinstance(document, Document)


@settings(max_examples=examples(300), deadline=None)
@given(raw=st.binary(max_size=200), fmt=st.sampled_from(["auto", "yaml", "json"]))
def test_any_bytes_give_a_document_or_the_error(raw: bytes, fmt: str) -> None:
    _parse_or_refuse(raw, fmt)


@settings(max_examples=examples(500), deadline=None)
@given(text=_YAMLISH, fmt=st.sampled_from(["auto", "yaml"]))
def test_any_yaml_like_text_gives_a_document_or_the_error(text: str, fmt: str) -> None:
    _parse_or_refuse(text.encode(), fmt)


# PyYAML's emitter writes NEL and the Unicode line/paragraph separators raw inside quotes, and its
# reader then folds them as line breaks: a PyYAML round-trip quirk, not the reader's to fix.
_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="\x85\u2028\u2029"), max_size=12
)
_PLAIN = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=examples(200), deadline=None)
@given(data=_PLAIN)
def test_plain_data_survives_json_and_yaml(data: object) -> None:
    assert parse(json.dumps(data), fmt="json").data == data
    # The root must not be a bare '' or null: those read as "empty" (see test_empty_input).
    wrapped = {"root": data}
    assert parse(yaml.safe_dump(wrapped, allow_unicode=True), fmt="yaml").data == wrapped


# --- the built-in rulebook through libyaml ----------------------------------------------------------


@pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="PyYAML without libyaml")
def test_libyaml_reads_as_pyyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where PyYAML has libyaml, every YAML text is read through it first (a rulebook given with
    --rules costs about what the built-in one does): the very same document and positions."""
    from icpcheck.rulebook import yaml_reader
    from icpcheck.rulebook.build import default_rulebook_path

    monkeypatch.setenv("ICPCHECK_NO_CACHE", "1")  # each parse a parse, not the cache's copy of the first
    raw = default_rulebook_path().read_bytes()
    fast = parse_document(raw, name="r", error=RulebookError, fmt="yaml")
    own = parse_document(raw, name="r", error=RulebookError, fmt="yaml", own=True)
    monkeypatch.setattr(yaml_reader, "_HAVE_LIBYAML", False)
    pure = parse_document(raw, name="r", error=RulebookError, fmt="yaml")
    assert fast.data == pure.data == own.data and fast.positions == pure.positions == own.positions
    monkeypatch.setattr(yaml_reader, "_HAVE_LIBYAML", True)
    used: list[str] = []
    real_c, real_py = yaml.CSafeLoader, yaml.SafeLoader
    monkeypatch.setattr(yaml, "CSafeLoader", lambda text: used.append("C") or real_c(text))
    monkeypatch.setattr(yaml, "SafeLoader", lambda text: used.append("py") or real_py(text))
    parse_document(b"a: 1\n", name="user.yaml", error=RulebookError)
    assert used == ["C"]
    used.clear()
    with pytest.raises(RulebookError):  # a problem: read again by the pure-Python parser, which words it
        parse_document(b"a: 1\na: 2\n", name="user.yaml", error=RulebookError)
    assert used == ["C", "py"]


@pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="PyYAML without libyaml")
@pytest.mark.parametrize("text", [
    "a: 1\na: 2\n", "a:\n\t- b\n", "a: b: c\n", "a: [1, 2\n", "- &x [1]\n- *y\n", "---\n", "a: \x07\n",
    "a: !!python/object:os.system x\n", "k: v\n---\nk: w\n", "[" * 200 + "]" * 200 + "\n", "a: {b: 1, b: 2}\n",
])
def test_every_yaml_error_says_what_the_pure_parser_says(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    from icpcheck.rulebook import yaml_reader

    def error(on: bool) -> str:
        monkeypatch.setattr(yaml_reader, "_HAVE_LIBYAML", on)
        with pytest.raises(AnswersError) as info:
            parse_document(text.encode(), name="in.yaml", error=AnswersError, fmt="yaml")
        return str(info.value) + repr((info.value.line, info.value.column, info.value.hint))

    assert error(True) == error(False)


def test_json_problems_do_not_end_on_a_dangling_at() -> None:
    error = fails('{"a": "x')
    assert error.message.endswith("invalid JSON: unterminated string starting"), error.message
    assert (error.line, error.column) == (1, 7)


def test_a_yaml_file_may_open_with_a_flow_mapping_that_is_not_json() -> None:
    """A file's name says YAML: text that is not JSON syntax is read as the YAML it is."""
    flow = b"{sells_own_goods: yes, channels: [a, b]}\n"
    doc = parse_document(flow, name="mall.yaml", error=AnswersError)
    assert doc.data == {"sells_own_goods": True, "channels": ["a", "b"]}
    assert doc.positions  # read by the YAML reader, with positions
    with pytest.raises(AnswersError, match="invalid JSON"):
        parse_document(flow, name="mall.json", error=AnswersError)
    # JSON refused for what it holds is not a syntax error: it stays refused in a .yaml file too.
    with pytest.raises(AnswersError, match="NaN is not allowed"):
        parse_document(b'{"a": NaN}', name="mall.yml", error=AnswersError)


# Issue 30 item 12: NEL, LSEP and PSEP end a line in YAML 1.1 but not in an editor, so a key after
# one in a comment was hidden in plain sight. Refused outside quotes, with the editor's line:column.

HIDDEN = ["\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("char", HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize(("text", "line", "column"), [
    ("sells: yes  # a note{c}held: [icp_filing]\n", 1, 21),  # in a comment: the attack
    ("a: 1\nsells: yes{c}held: [x]\n", 2, 11),  # after a plain value
    ("a: |\n  one{c}two\n", 2, 6),  # in a block scalar
    ("a: plain{c}text\n", 1, 9),
    ("{c}a: 1\n", 1, 1),
    ("a: 'quoted' # {c}\n", 1, 15),
])
def test_hidden_line_breaks_outside_quotes_are_refused(char: str, text: str, line: int, column: int) -> None:
    for error in (AnswersError, RulebookError):
        with pytest.raises(error) as caught:
            parse_document(text.format(c=char).encode(), name="in", error=error)
        err = caught.value
        assert (err.line, err.column) == (line, column)
        assert f"U+{ord(char):04X} outside quotes" in err.message


@pytest.mark.parametrize("char", HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_hidden_line_breaks_inside_quotes_are_text(char: str) -> None:
    doc = parse(f"a: \"one{char}two\"\nb: 'x{char}'\n")
    kept = " " if char == "\x85" else char  # PyYAML folds a quoted NEL into a space, keeps the others
    assert doc.data == {"a": f"one{kept}two", "b": f"x{kept}"}


@pytest.mark.parametrize("char", HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_a_hidden_held_line_exits_3_in_answers_and_4_in_a_rulebook(tmp_path: Path, char: str) -> None:
    from tests.conftest import run_cli
    from tests.rules_helpers import GOOD

    answers = tmp_path / "a.yaml"
    answers.write_text(f"sells_own_goods: yes  # reviewed{char}held: [icp_filing]\n", "utf-8")
    r = run_cli(["check", "--answers", str(answers), "--no-input", "--format", "json"])
    assert r.exit_code == 3 and f"a.yaml:1:33: contains a character YAML does not allow (U+{ord(char):04X}" in r.stderr
    rules = tmp_path / "rb.yaml"
    rules.write_text(GOOD.read_text("utf-8").replace("id: mini\n", f"id: mini  # x{char}version: '9'\n"), "utf-8")
    r = run_cli(["--rules", str(rules), "rules", "lint"])
    assert r.exit_code == 4 and "rb.yaml:2:" in r.stdout + r.stderr, r.stdout + r.stderr


def test_the_values_cap_goes_with_the_size_cap() -> None:
    from icpcheck.rulebook.reader import MAX_BYTES_DEFAULT, MAX_VALUES, max_values_for

    assert MAX_VALUES == 100_000
    assert max_values_for(1) == max_values_for(MAX_BYTES_DEFAULT) == MAX_VALUES  # never below the default
    assert max_values_for(4 * MAX_BYTES_DEFAULT) == 4 * MAX_VALUES


def test_max_values_is_overridable() -> None:
    text = "- 1\n" * 1500
    for libyaml in (True, False):  # the cap holds on both parsers' paths
        with pytest.MonkeyPatch.context() as mp:
            if not libyaml:
                mp.setattr(yaml_reader, "_HAVE_LIBYAML", False)
            error = fails(text, fmt="yaml", max_values=1000)
            assert "more than 1,000 values" in error.message and error.line == 1000
            assert parse(text, fmt="yaml", max_values=2000).data == [1] * 1500
    # A larger cap still refuses alias expansion past it.
    assert "billion-laughs" in fails(BILLION_LAUGHS, max_values=400_000).message
