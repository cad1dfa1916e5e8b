"""The built-in rulebook comes from a generated module, kept equal to the YAML, used only for its bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from icpcheck.rulebook import build, builtin
from icpcheck.rulebook import compile as generator
from icpcheck.rulebook.build import build_rulebook, load_rulebook, read_rulebook_document
from icpcheck.rulebook.model import Rulebook
from tests.rules_helpers import ARTICLE, DEFAULT_RULEBOOK, GOOD


def parsed(path: Path | None) -> Rulebook:
    """The rulebook as the YAML parser and the build make it, never through the module."""
    doc, sha256 = read_rulebook_document(None if path is None else str(path))
    rulebook, problems = build_rulebook(doc, sha256)
    assert rulebook is not None, problems
    return rulebook


def walk(obj: object) -> Iterator[object]:
    """Every value reachable from obj with its exact type, sets in a fixed order: two rulebooks
    that walk alike hold the same values of the same types in the same places."""
    yield type(obj)
    if hasattr(type(obj), "__record__"):
        for name in type(obj).__record__.names:  # type: ignore[attr-defined]
            yield name
            yield from walk(getattr(obj, name))
    elif isinstance(obj, (tuple, list)):
        yield len(obj)
        for item in obj:
            yield from walk(item)
    elif isinstance(obj, frozenset):
        yield len(obj)
        for item in sorted(obj, key=repr):
            yield from walk(item)
    elif isinstance(obj, dict):
        yield len(obj)
        for key, value in obj.items():
            yield from walk(key)
            yield from walk(value)
    else:
        assert obj is None or isinstance(obj, (str, int, bool, dt.date)), type(obj)
        yield obj


def sharing(rulebook: Rulebook) -> list[int]:
    """For each record reached, the first place it was reached: which records are one object."""
    first: dict[int, int] = {}
    return [first.setdefault(id(r), i) for i, r in enumerate(_records(rulebook))]


def _records(obj: object) -> Iterator[object]:
    if hasattr(type(obj), "__record__"):
        yield obj
        for name in type(obj).__record__.names:  # type: ignore[attr-defined]
            yield from _records(getattr(obj, name))
    elif isinstance(obj, (tuple, list, frozenset)):
        for item in obj:
            yield from _records(item)
    elif isinstance(obj, dict):
        for item in obj.values():
            yield from _records(item)


def test_the_checked_in_module_is_what_the_generator_writes() -> None:
    expected = generator.module_source()
    current = Path(generator.TARGET).read_text(encoding="utf-8")
    if current != expected:
        line = next((i for i, (a, b) in enumerate(zip(current.splitlines(), expected.splitlines(),
                                                      strict=False), 1) if a != b),
                    min(len(current.splitlines()), len(expected.splitlines())) + 1)
        pytest.fail(f"icpcheck/rulebook/builtin.py is out of date with {DEFAULT_RULEBOOK.name} (or with the "
                    f"code that builds a rulebook), first differing at line {line}: run "
                    f"`{generator.COMMAND}` and commit the file it writes", pytrace=False)


def test_the_imported_rulebook_is_the_parsed_one() -> None:
    assert builtin.SHA256 == hashlib.sha256(DEFAULT_RULEBOOK.read_bytes()).hexdigest()
    made, built = builtin.rulebook(str(DEFAULT_RULEBOOK)), parsed(None)
    assert made.path == built.path == str(DEFAULT_RULEBOOK)
    for name in Rulebook.__record__.names:  # type: ignore[attr-defined]
        assert getattr(made, name) == getattr(built, name), name
    assert made == built
    assert list(walk(made)) == list(walk(built))  # the same types too: a tuple stays a tuple
    assert sharing(made) == sharing(built)  # a source cited in many places is still one object
    assert any(made.filings[0].basis[0].source is s for s in made.sources)


def test_each_load_is_a_rulebook_of_its_own() -> None:
    # A model's answers are a dict: one caller changing its copy must not change another's.
    first, second = builtin.rulebook("a"), builtin.rulebook("a")
    assert first == second and first is not second
    assert first.models and first.models[0].answers is not second.models[0].answers


def never(*args: object, **kwargs: object) -> None:
    raise AssertionError("the built-in rulebook, unchanged, should not be parsed")


def test_the_built_in_rulebook_is_imported_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = parsed(None)
    monkeypatch.setattr(build, "parse_document", never)
    monkeypatch.setattr(build, "build_rulebook", never)
    rulebook = load_rulebook()
    assert rulebook == expected
    assert rulebook.path == build._default_rulebook_path()


def test_the_same_bytes_elsewhere_are_imported_with_their_own_path(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "wechat-mall.yaml"
    shutil.copyfile(DEFAULT_RULEBOOK, copy)
    monkeypatch.setattr(build, "_default_rulebook_path", lambda: str(copy))
    monkeypatch.setattr(build, "parse_document", never)
    assert load_rulebook().path == str(copy)


def test_an_edited_checkout_parses_its_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = DEFAULT_RULEBOOK.read_text(encoding="utf-8")
    title = parsed(None).title.en
    assert text.count(title) == 1
    copy = tmp_path / "wechat-mall.yaml"
    copy.write_text(text.replace(title, "An edited title"), encoding="utf-8")
    monkeypatch.setattr(build, "_default_rulebook_path", lambda: str(copy))
    edited = load_rulebook()
    assert edited.title.en == "An edited title"
    assert edited.sha256 == hashlib.sha256(copy.read_bytes()).hexdigest() != builtin.SHA256
    assert edited.path == str(copy)
    assert edited.filings == builtin.rulebook(str(copy)).filings  # the rest as before


def test_rules_path_always_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = build.parse_document
    monkeypatch.setattr(build, "parse_document", lambda *a, **k: calls.append(1) or real(*a, **k))
    rulebook = load_rulebook(str(DEFAULT_RULEBOOK))
    assert calls == [1]
    assert rulebook == builtin.rulebook(str(DEFAULT_RULEBOOK))


@pytest.mark.parametrize("path", [GOOD, ARTICLE], ids=lambda p: p.name)
def test_the_generator_writes_any_rulebook_back(path: Path, tmp_path: Path) -> None:
    """Other shapes (layers, conditional advice, defaults) through the generator, then `import`."""
    built = parsed(path)
    module = tmp_path / f"generated_{path.stem}.py"
    module.write_text(generator.source(built), encoding="utf-8")
    spec = importlib.util.spec_from_file_location(module.stem, module)
    assert spec is not None and spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    sys.modules.pop(module.stem, None)
    made = loaded.rulebook(built.path)
    assert loaded.SHA256 == built.sha256
    assert made == built and list(walk(made)) == list(walk(built))
    assert sharing(made) == sharing(built)


def test_check_says_whether_the_module_is_up_to_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    stale = tmp_path / "builtin.py"
    stale.write_text("stale\n", encoding="utf-8")
    monkeypatch.setattr(generator, "TARGET", str(stale))
    assert generator.main(["--check"]) == 1
    assert generator.COMMAND in capsys.readouterr().err
    assert stale.read_text(encoding="utf-8") == "stale\n"  # --check writes nothing
    assert generator.main([]) == 0
    assert generator.main(["--check"]) == 0
    assert stale.read_text(encoding="utf-8") == Path(generator.__file__).with_name("builtin.py").read_text(
        encoding="utf-8")
