"""The cache of parsed YAML: a large file is parsed once, read back exactly, and never trusted blindly."""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from pathlib import Path

import pytest

from icpcheck.errors import RulebookError
from icpcheck.rulebook import reader_cache, yaml_reader
from icpcheck.rulebook.reader import parse_document
from tests.rules_helpers import DEFAULT_RULEBOOK

PAD = "#" * reader_cache.MIN_BYTES + "\n"  # a comment: the same data, a text large enough to be kept


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("ICPCHECK_CACHE_DIR", str(where))
    monkeypatch.delenv("ICPCHECK_NO_CACHE", raising=False)
    return where


def parse(raw: bytes) -> object:
    return parse_document(raw, name="r.yaml", error=RulebookError, fmt="yaml")


def no_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("parsed again")

    monkeypatch.setattr(yaml_reader, "parse_yaml", refuse)


def test_the_built_in_rulebook_comes_back_from_the_cache_as_it_was(cache: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    raw = DEFAULT_RULEBOOK.read_bytes()
    first = parse_document(raw, name="r.yaml", error=RulebookError, fmt="yaml")
    [entry] = cache.iterdir()
    assert entry.suffix == ".json" and (entry.stat().st_mode & 0o077) == 0 or os.name != "posix"
    no_parser(monkeypatch)
    again = parse_document(raw, name="other.yaml", error=RulebookError, fmt="yaml")
    assert again.data == first.data and again.positions == first.positions
    assert again.name == "other.yaml"  # the name is this read's, not the stored one's
    assert isinstance(again.data, dict) and isinstance(again.data["checked"], dt.date)


def test_dates_times_and_odd_numbers_keep_their_types(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (PAD + "a: 2026-01-02\nb: 2026-01-02 03:04:05+08:00\nc: [1.0e+300, -0.0, 12345678901234567890]\n"
            "d: {'$date': x, e: [2020-02-29]}\n2020-01-01x: ~\n").encode()
    first = parse(text)
    no_parser(monkeypatch)
    again = parse(text)
    assert again.data == first.data and repr(again.data) == repr(first.data)  # -0.0 == 0.0: repr too
    data = again.data
    assert isinstance(data, dict)
    assert type(data["a"]) is dt.date and data["b"] == dt.datetime(2026, 1, 2, 3, 4, 5,
                                                                   tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert data["c"] == [1e300, 0.0, 12345678901234567890] and math.copysign(1, data["c"][1]) == -1
    assert data["d"] == {"$date": "x", "e": [dt.date(2020, 2, 29)]}


def test_data_json_would_not_give_back_as_it_was_is_not_kept(cache: Path) -> None:
    # The reader gives text keys only; the cache does not count on it.
    for data in ({1: "a"}, {"a": {dt.date(2020, 1, 1): 1}}, {"a": (1, 2)}, {"a": {1, 2}}):
        reader_cache.store(b"x", (), data, {})
    assert not list(cache.glob("*.json"))
    reader_cache.store(b"x", (), {"a": [1]}, {})
    assert reader_cache.load(b"x", ()) == ({"a": [1]}, {})


def test_a_text_that_fails_is_not_kept_and_fails_again(cache: Path) -> None:
    text = (PAD + "a: 1\na: 2\n").encode()
    for _ in range(2):
        with pytest.raises(RulebookError, match="duplicate key"):
            parse(text)
    assert not list(cache.glob("*.json"))


def test_other_caps_are_another_entry(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (PAD + "a: [1, 2, 3]\n").encode()
    parse(text)
    with pytest.raises(RulebookError, match="more than 2 values"):  # not the entry made with more room
        parse_document(text, name="r.yaml", error=RulebookError, fmt="yaml", max_values=2)


def test_small_texts_and_own_texts_are_not_kept(cache: Path) -> None:
    parse(b"a: 1\n")
    parse_document(DEFAULT_RULEBOOK.read_bytes(), name="r", error=RulebookError, fmt="yaml", own=True)
    assert not cache.exists() or not list(cache.glob("*.json"))


def test_a_broken_or_foreign_entry_is_parsed_again(cache: Path) -> None:
    text = (PAD + "a: [1, 2]\n").encode()
    expected = parse(text)
    [entry] = cache.glob("*.json")
    for content in (b"{", b"[]", b'{"format": 1}', entry.read_bytes().replace(b'"key":"', b'"key":"0')):
        entry.write_bytes(content)
        assert parse(text) == expected
    # An entry that names its key but holds other data is believed only for its own key: a
    # planted entry needs write access to the user's own 0700 folder (checked below).
    stored = json.loads(entry.read_bytes())
    assert stored["key"] == entry.stem and stored["data"] == {"a": [1, 2]}


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_a_folder_others_may_write_to_is_not_used(cache: Path) -> None:
    cache.mkdir(mode=0o700)
    cache.chmod(0o777)
    parse((PAD + "a: 1\n").encode())
    assert not list(cache.glob("*.json"))
    cache.chmod(0o700)
    parse((PAD + "a: 1\n").encode())
    assert len(list(cache.glob("*.json"))) == 1


def test_the_cache_can_be_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ICPCHECK_NO_CACHE", "1")
    parse((PAD + "a: 1\n").encode())
    assert not cache.exists()


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    monkeypatch.setenv("ICPCHECK_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    assert parse((PAD + "a: 1\n").encode()).data == {"a": 1}  # type: ignore[attr-defined]


def test_a_rulebook_read_back_from_the_cache_imports_no_yaml(cache: Path, tmp_path: Path) -> None:
    """The point of the cache: the second process to load a user's rulebook parses nothing."""
    import subprocess
    import sys

    rules = tmp_path / "rules.yaml"
    rules.write_bytes(DEFAULT_RULEBOOK.read_bytes())
    code = ("import sys; from icpcheck.rulebook.build import load_rulebook; "
            f"rb = load_rulebook({str(rules)!r}); print(len(rb.rules), 'yaml' in sys.modules)")
    env = {**os.environ, "ICPCHECK_CACHE_DIR": str(cache)}
    env.pop("ICPCHECK_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
            for _ in range(2)]
    count = runs[0].split()[0]
    assert int(count) > 100
    assert runs == [f"{count} True\n", f"{count} False\n"]  # parsed, then read back


def test_an_entry_that_is_a_link_or_writable_by_others_is_not_read(cache: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # Only a regular file of this user's that no one else may write is trusted (checked on the open file).
    text = (PAD + "id: kept\n").encode()
    parse(text)
    [entry] = cache.iterdir()
    real = entry.with_name("elsewhere.json")
    entry.rename(real)
    entry.symlink_to(real)
    assert parse(text).data == {"id": "kept"}  # parsed again: the link was not followed
    entry.unlink()
    real.rename(entry)
    entry.chmod(0o660)
    calls: list[int] = []
    real_parse = yaml_reader.parse_yaml
    monkeypatch.setattr(yaml_reader, "parse_yaml", lambda *a, **k: calls.append(1) or real_parse(*a, **k))
    assert parse(text).data == {"id": "kept"} and calls == [1]


def test_the_key_changes_with_the_readers_source(monkeypatch: pytest.MonkeyPatch) -> None:
    # A reader that now refuses what it took must not be answered from an entry made before.
    before = reader_cache.key(b"x", ())
    monkeypatch.setattr(reader_cache, "_readers", lambda: "another reader")
    assert reader_cache.key(b"x", ()) != before
