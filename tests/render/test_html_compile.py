"""The HTML report's template compiled ahead of time: the checked-in module is what the generator
writes, and it renders every page exactly as Jinja2 renders the template."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jinja2
import pytest

from icpcheck import answers as ans
from icpcheck.cli.flags import from_pairs
from icpcheck.engine import evaluate
from icpcheck.render import html, html_compile, html_page
from icpcheck.render.html_runtime import ENVIRONMENT, Context, TemplateRuntimeError, clean
from icpcheck.rulebook.build import load_rulebook
from tests.hostile_texts import assert_inert, write_hostile_rulebook
from tests.report_cases import CASES


def test_the_checked_in_module_is_what_the_generator_writes() -> None:
    with open(html_compile.TARGET, encoding="utf-8") as f:
        assert f.read() == html_compile.module_source(), f"run `{html_compile.COMMAND}`"
    assert html_compile.main(["--check"]) == 0
    assert html_compile.main(["--bogus"]) == 2


def jinja2_template() -> jinja2.Template:
    """The template as the report rendered it before: Jinja2 with the report's settings."""
    env = jinja2.Environment(loader=jinja2.PackageLoader("icpcheck.render", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined, finalize=clean,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["linked"] = ENVIRONMENT.filters["linked"]
    return env.get_template("report.html.j2")


@pytest.mark.parametrize("case", CASES)
def test_each_page_is_what_jinja2_renders(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rulebook = load_rulebook(None)
    date = dt.date(2025, 6, 1)
    given = ans.gather(file=None, models={}, flags=from_pairs(rulebook, CASES[case]))
    done = ans.complete(rulebook, given, date, ask=None)
    report = evaluate(rulebook, done.answers, date, done.warnings)
    template = jinja2_template()
    seen: list[dict[str, object]] = []
    compiled = html_page.root

    def spy(context: Context) -> object:
        seen.append(dict(context.parent))
        return compiled(context)

    monkeypatch.setattr(html_page, "root", spy)
    for lang in ("en", "zh"):
        ours = html.render(report, lang, start=dt.date(2025, 7, 1))
        assert ours == template.render(**seen[-1]), (case, lang)
        assert ours.startswith("<!DOCTYPE html>") and "</html>" in ours


def test_a_hostile_page_is_what_jinja2_renders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Control characters, markup, bidi controls and links in every text: escaped and cleaned
    exactly as Jinja2's autoescape and finalize do it."""
    path = tmp_path / "hostile.yaml"
    write_hostile_rulebook(path)
    rulebook = load_rulebook(path)
    date = dt.date(2025, 6, 1)
    given = ans.gather(file=None, models={}, flags=from_pairs(rulebook, ["sells=yes", "fees=yes"]))
    done = ans.complete(rulebook, given, date, ask=None)
    report = evaluate(rulebook, done.answers, date, done.warnings)
    seen: list[dict[str, object]] = []
    compiled = html_page.root
    monkeypatch.setattr(html_page, "root", lambda context: seen.append(dict(context.parent))
                        or compiled(context))
    for lang in ("en", "zh"):
        ours = html.render(report, lang)
        assert ours == jinja2_template().render(**seen[-1]), lang
        assert_inert(ours, "html")


def test_a_missing_name_is_an_error_as_with_strict_undefined() -> None:
    with pytest.raises(TemplateRuntimeError):
        "".join(html_page.root(Context({})))
    with pytest.raises(jinja2.UndefinedError):
        jinja2_template().render()
