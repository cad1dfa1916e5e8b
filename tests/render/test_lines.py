"""The text report's own writer against rich's console (the oracle): the same bytes for every line,
rule and report, in colour and without, at any width, for hostile text too."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.console import Console

from icpcheck import answers as ans
from icpcheck.cli.flags import from_pairs
from icpcheck.engine import Report, evaluate
from icpcheck.render import escape
from icpcheck.render.lines import RichSink, Styled, Writer, ansi
from icpcheck.render.text import lay_out
from icpcheck.render.view import build, escaped
from icpcheck.rulebook.build import load_rulebook
from tests.hostile_texts import write_hostile_rulebook
from tests.report_cases import CASES


def rich_sink(width: int, colour: bool) -> RichSink:
    """The console text.render drew with before it had its own writer."""
    return RichSink(Console(file=io.StringIO(), width=width, height=24, force_terminal=colour,
                            no_color=not colour, highlight=False, emoji=False))


def by_rich(sink: RichSink) -> str:
    return sink.console.file.getvalue()  # type: ignore[attr-defined]


def report(case: str) -> Report:
    rulebook = load_rulebook(None)
    date = dt.date(2025, 6, 1)
    given = ans.gather(file=None, models={}, flags=from_pairs(rulebook, CASES[case]))
    done = ans.complete(rulebook, given, date, ask=None)
    return evaluate(rulebook, done.answers, date, done.warnings)


def both(rep: Report, lang: str, width: int, colour: bool, detail: bool) -> tuple[str, str]:
    view = escaped(build(rep, lang, detail=detail, show_all=detail), escape.terminal)
    own, oracle = Writer(width, colour), rich_sink(width, colour)
    lay_out(view, own)
    lay_out(view, oracle)
    return own.getvalue(), by_rich(oracle)


@pytest.mark.parametrize("case", CASES)
def test_each_case_is_what_rich_writes(case: str) -> None:
    rep = report(case)
    for lang, width, colour, detail in (("en", 100, True, False), ("zh", 60, False, True),
                                        ("zh", 40, True, False), ("en", 20, False, False)):
        own, oracle = both(rep, lang, width, colour, detail)
        assert own == oracle, (case, lang, width, colour, detail)
        assert ("\x1b[" in own) == colour


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_each_case_at_every_width_both_ways_is_what_rich_writes(case: str) -> None:
    rep = report(case)
    for lang in ("en", "zh"):
        for width in (20, 40, 60, 100, 160, 250):
            for colour in (True, False):
                for detail in (False, True):
                    own, oracle = both(rep, lang, width, colour, detail)
                    assert own == oracle, (case, lang, width, colour, detail)


def test_a_hostile_rulebook_is_what_rich_writes(tmp_path: Path) -> None:
    path = tmp_path / "hostile.yaml"
    write_hostile_rulebook(path)
    rulebook = load_rulebook(path)
    date = dt.date(2025, 6, 1)
    given = ans.gather(file=None, models={}, flags=from_pairs(rulebook, ["sells=yes", "fees=yes"]))
    done = ans.complete(rulebook, given, date, ask=None)
    rep = evaluate(rulebook, done.answers, date, done.warnings)
    for lang in ("en", "zh"):
        for width in (20, 57, 100):
            for colour in (True, False):
                own, oracle = both(rep, lang, width, colour, True)
                assert own == oracle, (lang, width, colour)


STYLES = ["", "bold", "dim", "red", "bold red", "bold yellow", "green", "yellow", "bold green",
          "bold bold red", "rule.line"]
texts = st.text(st.sampled_from("ab 中文，。（）[]—…\t\r\x07•→ ́\u200b" + "x" * 5), max_size=40)


@st.composite
def styled(draw: st.DrawFn) -> Styled:
    out = Styled(draw(texts), draw(st.sampled_from(STYLES)))
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            out.append(draw(texts), draw(st.sampled_from(STYLES)))
        else:
            out.append(Styled(draw(texts), draw(st.sampled_from(STYLES))))
    return out


@settings(max_examples=300, deadline=None)
@given(styled(), st.integers(1, 60), st.booleans(), st.booleans(), st.booleans())
@example(Styled("\u0301"), 4, False, False, True)  # a title of no width, where rich has no room for one
def test_a_line_or_rule_is_what_rich_writes(text: Styled, width: int, colour: bool, no_wrap: bool,
                                            rule: bool) -> None:
    """Lines wider than the width, tabs, newlines, carriage returns, zero-width characters and
    narrow rules included: what the writer does itself and what it leaves to rich."""
    own, oracle = Writer(width, colour), rich_sink(width, colour)
    for sink in (own, oracle):
        if rule:
            sink.rule(text)
            sink.rule()
        else:
            sink.print(text, no_wrap=no_wrap)
            sink.print()
    assert own.getvalue() == by_rich(oracle)


def test_slices_and_lines_keep_the_spans_that_reach_into_them() -> None:
    text = Styled("ab", "bold").append("cd\nef", "red").append(Styled("g", "dim"))
    first, second = text.lines()
    assert (first.plain, first.style, first.spans) == ("abcd", "bold", [(2, 4, "red")])
    assert (second.plain, second.spans) == ("efg", [(0, 2, "red"), (2, 3, "dim")])
    assert ansi(second) == "\x1b[1;31mef\x1b[0m\x1b[1;2mg\x1b[0m"


def test_an_unknown_style_is_an_error_not_plain_text() -> None:
    with pytest.raises(KeyError):
        ansi(Styled("x", "blink"))


def test_the_characters_measured_without_rich_are_measured_as_rich_does() -> None:
    """Every character that cells() measures itself: rich's width, alone and in a string."""
    from rich.cells import cell_len

    from icpcheck.render.lines import cells, same_width

    same = [chr(c) for c in range(0x30000) if same_width(chr(c))]
    assert len(same) > 20_000 and "中" in same and "•" in same and "\t" not in same
    assert [c for c in same if cells(c) != cell_len(c)] == []
    joined = "".join(same)
    assert cells(joined) == cell_len(joined)
    for text in ("⛔ 第一步", "e\u0301", "👍🏽", "\u00ad", "a\u200db"):  # measured by rich
        assert cells(text) == cell_len(text)
