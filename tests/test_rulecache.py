"""The per-user rulebook cache: a hit gives the same rulebook, anything odd is a miss, never an error."""

from __future__ import annotations

import marshal
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from icpcheck.rulebook import build as loader
from icpcheck.rulebook import rulecache
from icpcheck.rulebook.build import default_rulebook_path, load_rulebook
from icpcheck.rulebook.model import Rulebook
from icpcheck.rulebook.records import replace

HERE = Path(__file__).resolve().parent
RULEBOOKS = [default_rulebook_path(), HERE / "rulebooks" / "good.yaml", HERE / "rulebooks" / "article.yaml"]


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(rulecache.ENV_DIR, str(tmp_path / "cache"))
    return tmp_path / "cache"


def records(obj: object) -> Iterator[object]:
    """Every record reachable from obj, depth first, each time it is reached."""
    if hasattr(type(obj), "__record__"):
        yield obj
        for name in type(obj).__record__.names:  # type: ignore[attr-defined]
            yield from records(getattr(obj, name))
    elif isinstance(obj, (tuple, list, frozenset)):
        for item in obj:
            yield from records(item)
    elif isinstance(obj, dict):
        for item in obj.values():
            yield from records(item)


def sharing(rulebook: Rulebook) -> list[int]:
    """For each record reached, the first place it was reached: which records are one object."""
    first: dict[int, int] = {}
    return [first.setdefault(id(r), i) for i, r in enumerate(records(rulebook))]


def not_built(*args: object, **kwargs: object) -> None:
    raise AssertionError("a cache hit should not parse or build the rulebook")


@pytest.mark.parametrize("path", RULEBOOKS, ids=lambda p: p.name)
def test_a_cached_rulebook_is_the_same_rulebook(cache: Path, path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    cold = load_rulebook(str(path))
    assert len(os.listdir(cache)) == 1
    monkeypatch.setattr(loader, "build_rulebook", not_built)
    monkeypatch.setattr(loader, "parse_document", not_built)
    warm = load_rulebook(str(path))
    assert warm is not cold
    assert warm == cold and warm.sha256 == cold.sha256  # (a set of choices may list in another order)
    assert sharing(warm) == sharing(cold)  # a source cited in many places is still one object
    # A citation's source is the rulebook's own source, as the build made it.
    assert warm.filings[0].basis[0].source in warm.sources
    assert any(warm.filings[0].basis[0].source is s for s in warm.sources)


def test_the_same_bytes_elsewhere_keep_their_own_path(cache: Path, tmp_path: Path) -> None:
    original = load_rulebook(str(RULEBOOKS[1]))
    copy = tmp_path / "copy.yaml"
    shutil.copyfile(RULEBOOKS[1], copy)
    moved = load_rulebook(str(copy))
    assert len(os.listdir(cache)) == 1  # one entry: the key is the bytes, not the path
    assert moved.path == str(copy) and original.path == str(RULEBOOKS[1])
    assert replace(moved, path=original.path) == original


def test_a_corrupt_or_foreign_entry_is_a_miss(cache: Path) -> None:
    path = str(RULEBOOKS[1])
    expected = load_rulebook(path)
    (entry,) = cache.iterdir()
    blob = entry.read_bytes()
    head = blob.partition(b"\n")[0] + b"\n"

    def code(source: str) -> bytes:
        return head + marshal.dumps(compile(source, "<test>", "exec"))

    for bad in (b"", blob[:-5], b"x" + blob, blob.replace(b"\n", b"\r", 1), b"\x00" * 100,
                head + marshal.dumps({"rulebook": 1}),  # not code
                code("rulebook = 1"),  # leaves something that is not a rulebook
                code("rulebook = Text('a', 'b')"),
                code("1 / 0"),  # fails
                code("rulebook = open('/etc/passwd')"),  # no builtins to call
                code("import os")):
        entry.write_bytes(bad)
        assert rulecache.load(expected.sha256, path) is None
        assert load_rulebook(path) == expected  # a miss builds it again, and mends the entry
        assert entry.read_bytes() == blob


def test_an_unusable_directory_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(rulecache.ENV_DIR, str(blocker / "cache"))
    rulebook = load_rulebook(str(RULEBOOKS[1]))  # no error
    assert rulecache.load(rulebook.sha256, rulebook.path) is None
    monkeypatch.setenv(rulecache.ENV_DIR, "")  # empty: no cache at all
    assert rulecache.cache_dir() is None
    assert load_rulebook(str(RULEBOOKS[1])) == rulebook


def test_other_versions_and_edited_code_keep_their_own_entries(cache: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(RULEBOOKS[1])
    rulebook = load_rulebook(path)
    key = rulecache._key(rulebook.sha256)
    monkeypatch.setattr(rulecache, "__version__", "99.0")
    assert rulecache._key(rulebook.sha256) != key
    assert rulecache.load(rulebook.sha256, path) is None  # another version does not read it...
    load_rulebook(path)
    assert len(os.listdir(cache)) == 2  # ...nor overwrite it
    monkeypatch.undo()
    # An edited file of the code that builds rulebooks (a source checkout) is a new key too.
    real_stat = os.stat

    def edited(p: str, *args: object, **kwargs: object) -> os.stat_result:
        st = real_stat(p)
        return os.stat_result((*st[:8], st[8] + 1, st[9])) if str(p).endswith("build.py") else st

    monkeypatch.setattr(rulecache.os, "stat", edited)
    assert rulecache._key(rulebook.sha256) != key
    assert rulecache.load(rulebook.sha256, path) is None


def test_what_the_model_does_not_hold_is_not_cached(cache: Path) -> None:
    rulebook = load_rulebook(str(RULEBOOKS[1]))
    shutil.rmtree(cache)
    odd = replace(rulebook, models=({"a set"},))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        rulecache.statements(odd)
    rulecache.store(rulebook.sha256, odd)
    assert not cache.exists() or not os.listdir(cache)
    assert rulecache.load(rulebook.sha256, rulebook.path) is None
