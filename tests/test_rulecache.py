"""The per-user rulebook cache: a hit gives the same rulebook, anything odd is a miss, never an error."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from icpcheck import rulecache
from icpcheck.loader import load_rulebook


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(rulecache.ENV_DIR, str(tmp_path / "cache"))
    return tmp_path / "cache"


DATA = {"a": [1, 2.5, None, True, "文"], "checked": dt.date(2024, 5, 1),
        "deep": {"at": dt.datetime(2024, 5, 1, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))}}


def test_round_trip_keeps_dates(cache: Path) -> None:
    rulecache.store("ab" * 32, DATA)
    assert rulecache.load("ab" * 32) == DATA
    assert rulecache.load("cd" * 32) is None
    assert oct(cache.stat().st_mode & 0o777) == "0o700"


def test_a_corrupt_or_foreign_entry_is_a_miss(cache: Path) -> None:
    rulecache.store("ab" * 32, DATA)
    (entry,) = cache.iterdir()
    blob = entry.read_bytes()
    for bad in (b"", blob[:-5], b"x" + blob, blob.replace(b"\n", b"\r", 1), b"\x00" * 100):
        entry.write_bytes(bad)
        assert rulecache.load("ab" * 32) is None


def test_an_unusable_directory_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(rulecache.ENV_DIR, str(blocker / "cache"))
    rulecache.store("ab" * 32, DATA)  # no error
    assert rulecache.load("ab" * 32) is None
    monkeypatch.setenv(rulecache.ENV_DIR, "")  # empty: no cache at all
    assert rulecache.cache_dir() is None


def test_other_keys_keep_their_own_entries(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rulecache.store("ab" * 32, DATA)
    monkeypatch.setattr(rulecache, "__version__", "99.0")
    assert rulecache.load("ab" * 32) is None  # another version does not read it...
    rulecache.store("ab" * 32, {"other": 1})
    assert rulecache.load("ab" * 32) == {"other": 1}
    monkeypatch.undo()
    monkeypatch.setenv(rulecache.ENV_DIR, str(cache))
    assert rulecache.load("ab" * 32) == DATA  # ...nor overwrite it
    assert len(os.listdir(cache)) == 2


def test_a_cached_rulebook_is_the_same_rulebook(cache: Path) -> None:
    cold = load_rulebook()
    assert len(os.listdir(cache)) == 1
    warm = load_rulebook()
    assert warm == cold and warm.sha256 == cold.sha256
