"""Issue 30 item 11: the shared hostile rulebook texts (tests/hostile_texts.py) through every
command and every output format — check (text, Markdown, JSON, JUnit, HTML), explain (text,
JSON, Markdown), questions (text, JSON), rules lint / test / graph — none obeyed, none breaking
out of its markup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import run_cli
from tests.hostile_texts import HOSTILE_TEXTS, assert_inert, write_hostile_rulebook

ANSWERS = ["--no-input", "--as-of", "2026-06-01", "-a", "sells=yes", "-a", "fees=yes", "-a", "channel=app"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("hostile") / "rb.yaml"
    return path, write_hostile_rulebook(path)


def _run(rb: Path, *args: str) -> tuple[str, str, int]:
    r = run_cli(["--rules", str(rb), *args])
    assert "Traceback" not in r.stdout + r.stderr and "internal error" not in r.stderr, r.stderr
    return r.stdout, r.stderr, r.exit_code


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "junit", "html"])
def test_check_in_every_format(hostile: tuple[Path, dict[str, Any]], fmt: str, lang: str) -> None:
    rb, data = hostile
    licence = data["filings"][0]["id"]
    for extra in ([], ["--detail", "--all"] if fmt in ("text", "markdown") else [],
                  ["--fail-on", "required", "--held", licence]):
        out, err, code = _run(rb, "check", *ANSWERS, "--format", fmt, "--lang", lang, *extra)
        assert code in (0, 1), err
        assert_inert(out, fmt)
        assert_inert(err, "text")


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_explain_in_every_format(hostile: tuple[Path, dict[str, Any]], fmt: str) -> None:
    rb, data = hostile
    out, err, code = _run(rb, "explain", "--format", fmt, "--lang", "en")
    assert code == 0, err
    assert_inert(out, fmt)
    for f in data["filings"]:
        out, err, code = _run(rb, "explain", f["id"], "--format", fmt, "--lang", "en", "--as-of", "2026-06-01")
        assert code == 0, err
        assert_inert(out, fmt)
        assert_inert(err, "text")


def test_explain_markdown_keeps_a_backtick_id_in_its_code_span(hostile: tuple[Path, dict[str, Any]]) -> None:
    """The red team's breakout: an id `<img onerror>` closed the code span and became raw HTML."""
    from markdown_it import MarkdownIt

    rb, data = hostile
    for f in data["filings"]:
        out, _, _ = _run(rb, "explain", f["id"], "--format", "markdown", "--lang", "en")
        html = MarkdownIt("commonmark").render(out)
        assert "<img" not in html and "<script" not in html, html


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_questions_in_every_format(hostile: tuple[Path, dict[str, Any]], fmt: str) -> None:
    rb, _ = hostile
    for lang in ("en", "zh"):
        out, err, code = _run(rb, "questions", "--format", fmt, "--lang", lang)
        assert code == 0, err
        assert_inert(out, fmt)


def test_rules_lint(hostile: tuple[Path, dict[str, Any]]) -> None:
    rb, _ = hostile
    out, err, code = _run(rb, "rules", "lint")
    assert code in (0, 4), out + err
    assert out and "rb" in out
    assert_inert(out, "text")
    assert_inert(err, "text")


def test_rules_test_with_its_success_and_coverage_lines(hostile: tuple[Path, dict[str, Any]],
                                                       tmp_path: Path) -> None:
    rb, data = hostile
    licence = data["filings"][0]["id"]
    cases = tmp_path / "cases.yaml"
    cases.write_text(yaml.safe_dump({"rulebook": data["id"], "cases": [
        {"name": "case " + text, "answers": {"sells": True, "fees": True, "channel": "app"},
         "as_of": "2026-06-01", "expect": {licence: "required"}} for text in HOSTILE_TEXTS.values()
    ]}, allow_unicode=False, width=10**6), "utf-8")
    out, err, code = _run(rb, "rules", "test", str(cases), "--min-coverage", "100")
    assert code == 1, out + err  # some rules are not covered: the coverage lines name them
    assert "not covered (rules)" in out and "passed" in out
    assert_inert(out, "text")
    assert_inert(err, "text")


@pytest.mark.parametrize("fmt", ["mermaid", "dot"])
def test_rules_graph(hostile: tuple[Path, dict[str, Any]], fmt: str) -> None:
    rb, _ = hostile
    out, err, code = _run(rb, "rules", "graph", "--format", fmt, "--lang", "en")
    assert code == 0, err
    assert_inert(out, fmt)


def test_version_names_a_hostile_rulebook_inertly(hostile: tuple[Path, dict[str, Any]]) -> None:
    rb, _ = hostile
    out, err, code = _run(rb, "-V")
    assert code == 0 and "\\x1b" in out
    assert_inert(out, "text")


def test_rules_lint_success_line_shows_a_hostile_id_inertly(tmp_path: Path) -> None:
    from tests.hostile_texts import GOOD

    data = yaml.safe_load(GOOD.read_text("utf-8"))
    data.update(id="rb" + HOSTILE_TEXTS["osc52"], version="1" + HOSTILE_TEXTS["bidi"])
    rb = tmp_path / "rb.yaml"
    rb.write_text(yaml.safe_dump(data, allow_unicode=False, width=10**6), "utf-8")
    out, err, code = _run(rb, "rules", "lint")
    assert code == 0, out + err
    assert ": ok — rulebook rb\\x1b]52;" in out
    assert_inert(out, "text")
