"""Line breaking of mixed Chinese and Latin text: widths, 禁则, hanging indents, nothing lost."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from icpcheck.render.wrap import NO_END, NO_START, layout, narrowest, text_width, wrap
from tests.conftest import examples

CHINESE = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就年分对成会可主发"
PUNCT_CLOSE = "，。、；：？！）》」』】”’"
PUNCT_OPEN = "（《「『【“‘"
LATIN = "abcdefghijklmnopqrstuvwxyzICP0123456789_-=/."


def check_lines(lines: list[str], width: int) -> None:
    for n, line in enumerate(lines):
        assert text_width(line) <= width, (width, line)
        body = line.lstrip(" ")
        if n and body:
            assert body[0] not in NO_START, (width, lines[n - 1], line)
        assert line.rstrip(" ")[-1:] not in NO_END or n == len(lines) - 1, (width, line)


def test_chinese_breaks_between_characters() -> None:
    text = "你向商家收费、有偿发布他们的商品信息。原文认定这需要ICP许可证，代办机构一般也这样认为。"
    lines = wrap(text, 20)
    assert lines == ["你向商家收费、有偿发", "布他们的商品信息。原", "文认定这需要ICP许可",
                     "证，代办机构一般也这", "样认为。"]


def test_closing_punctuation_goes_with_the_character_before() -> None:
    # 10 columns hold 5 characters; "，" may not start the second line, so "收，" moves down.
    assert wrap("一二三四收，五六", 10) == ["一二三四", "收，五六"]
    assert wrap("一二三四（五六）七", 10) == ["一二三四", "（五六）七"]
    assert wrap("一二三四五——六", 10) == ["一二三四", "五——六"]


def test_latin_breaks_at_spaces_and_keeps_words() -> None:
    assert wrap("the ICP licence is needed here", 12) == ["the ICP", "licence is", "needed here"]


def test_bullets_hang_and_never_stand_alone() -> None:
    lines = wrap("  • 选用合规的域名和境内服务器；微信只接受已备案的域名。", 20)
    assert lines == ["  • 选用合规的域名和", "    境内服务器；微信", "    只接受已备案的域", "    名。"]
    assert wrap("  1) 一二三四五六七八", 13) == ["  1) 一二三四", "     五六七八"]
    # A first word too wide for the line is cut, not pushed below its marker.
    assert wrap("- internet_culture_license", 12)[0].startswith("- inter")


def test_too_long_runs_are_cut_and_fit() -> None:
    assert wrap("internet_culture_license", 10) == ["internet_c", "ulture_lic", "ense"]


def test_short_lines_and_newlines_are_kept() -> None:
    assert wrap("一二\n\n  三", 10) == ["一二", "", "  三"]


def test_narrowest_is_the_widest_run() -> None:
    assert narrowest("一二三，四") == 4  # "三，" cannot be split
    assert narrowest("  • ab cdefg") == 9  # "cdefg" under the text: 4 + 5


def test_width_agrees_with_rich() -> None:
    sample = CHINESE + PUNCT_CLOSE + PUNCT_OPEN + LATIN + "•→—⛔·…"
    assert all(text_width(c) == cell_len(c) for c in sample)


text_st = st.text(st.sampled_from(CHINESE + PUNCT_CLOSE + PUNCT_OPEN + LATIN + "    •—…"),
                  max_size=200)
item_st = st.builds(lambda pre, body: pre + body,
                    st.sampled_from(["", "  ", "  • ", "- ", "    → ", "12) "]), text_st)


@settings(max_examples=examples(300), deadline=None)
@given(item_st, st.integers(min_value=2, max_value=120))
def test_wrap_properties(text: str, width: int) -> None:
    lines = wrap(text, width)
    # Nothing is lost but the spaces at breaks and the indent.
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)
    for line in lines:
        assert text_width(line) <= width, (width, line)
    indent, spans = layout(text, width)
    # Continuation lines hold text, never only spaces; the first line holds more than a marker.
    assert all(s < e for s, e in spans[1:])
    marker = re.match(r"\s*\S+ ", text)
    if len(spans) > 1 and marker and text_width(marker.group()) + 2 <= width:
        assert lines[0].strip() not in ("•", "-", "→", "12)")


@settings(max_examples=examples(300), deadline=None)
@given(st.text(st.sampled_from(CHINESE[:4] + PUNCT_CLOSE[:3] + PUNCT_OPEN[:2] + "ab  •\u200b\u0301\u00ad\u3000"),
               max_size=12), st.integers(min_value=0, max_value=3))
def test_narrower_than_a_chinese_character_loses_nothing(text: str, width: int) -> None:
    """Below 2 columns a Chinese character cannot fit: it takes a line of its own, as do zero-width
    and combining characters beside it; nothing is lost and nothing raises (it once did, at 1)."""
    lines = wrap(text, width)
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)
    for line in lines:
        assert text_width(line) <= max(width, 2), (width, line)


@settings(max_examples=examples(300), deadline=None)
@given(text_st, st.integers(min_value=2, max_value=120))
def test_kinsoku_holds_when_every_run_fits(text: str, width: int) -> None:
    # Runs of punctuation wider than the line must be cut somewhere; otherwise 禁则 always hold.
    if narrowest(text) <= width:
        lines = wrap(text, width)
        for n in range(1, len(lines)):
            assert lines[n].lstrip(" ")[:1] not in NO_START, (width, lines)
            assert lines[n - 1].rstrip(" ")[-1:] not in NO_END, (width, lines)


def test_a_short_bracketed_tag_stays_on_one_line() -> None:
    text = "在哪里办：县级市场监督管理局，经省级政务服务网申请。 [法律条文、未核实]"
    for width in range(20, 60):
        lines = wrap(text, width)
        assert any("[法律条文、未核实]" in line for line in lines), (width, lines)
        assert all(text_width(line) <= width for line in lines)
    # Narrower than the tag itself: it is cut, as any run too wide is.
    assert all(text_width(line) <= 12 for line in wrap(text, 12))
    # A tag with spaces breaks at them, as Latin text does, and is never cut inside a word.
    assert wrap("Bring: only filed domains. [law, official, practice]", 20) == [
        "Bring: only filed", "domains. [law,", "official, practice]"]
    # A long bracketed text breaks as usual.
    long = "x [" + "很长的方括号内容" * 5 + "]"
    assert len(wrap(long, 20)) > 3


# Issue 30 item 10: wrapping is linear in the text, whatever its shape.

@pytest.mark.parametrize("unit", ["f", "word ", " ", "收", "（ x", "a" * 30 + " "], ids=repr)
def test_layout_is_linear(monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    """Work counted, not timed: each character's width looked up a bounded number of times. A long
    unbreakable run (a 340,000-character reason) was measured again for every line cut from it,
    and each space looked back over all the text before it."""
    import icpcheck.render.wrap as w

    real = w.cell_width
    calls = [0]

    def counting(char: str) -> int:
        calls[0] += 1
        return real(char)

    monkeypatch.setattr(w, "cell_width", counting)
    spent = []
    for n in (20_000, 80_000):
        calls[0] = 0
        text = (unit * (n // len(unit) + 1))[:n]
        _, spans = layout(text, 100)
        assert spans and spans[-1][1] <= n
        spent.append(calls[0])
    assert spent[1] <= 5 * spent[0], spent  # four times the text: about four times the work


@pytest.mark.slow
def test_a_340000_character_reason_renders_in_seconds() -> None:
    import io
    import time

    from rich.console import Console

    from icpcheck.render.text import hang

    con = Console(file=io.StringIO(), width=100, force_terminal=False, no_color=True)
    start = time.perf_counter()
    hang(con, "  - ", "f" * 340_000)  # before: over a minute (238 s in the red team's run)
    took = time.perf_counter() - start
    out = con.file.getvalue()  # type: ignore[attr-defined]
    assert out.count("f") == 340_000 and all(len(line) <= 100 for line in out.splitlines())
    assert took < 20, took


@settings(max_examples=300, deadline=None)
@given(item_st, st.integers(min_value=0, max_value=6))
def test_break_positions_found_in_one_pass_are_those_of_the_rule(text: str, start: int) -> None:
    """_breaks (a regex for ASCII lines, one loop otherwise) finds exactly the positions the
    character-pair rule _breakable allows."""
    from icpcheck.render.wrap import _breakable, _breaks

    for line in (text, "".join(c for c in text if c.isascii()), text.replace("  ", " \t")):
        start_at = min(start, len(line))
        assert _breaks(line, start_at) == [j for j in range(start_at + 1, len(line))
                                           if _breakable(line, j)], line


@pytest.mark.parametrize("unit", ["f", "word ", " ", "收", "（ x", "a" * 30 + " ", "a，b [x] "],
                         ids=repr)
def test_layout_does_linear_work(unit: str) -> None:
    """Work counted as Python function calls (widths are cached and ASCII is measured by length,
    so counting cell_width alone no longer sees it): four times the text, about four times the calls."""
    import sys

    spent = []
    calls = [0]

    def count(frame: object, event: str, arg: object) -> None:
        if event in ("call", "c_call"):
            calls[0] += 1

    for n in (20_000, 80_000):
        text = (unit * (n // len(unit) + 1))[:n]
        calls[0] = 0
        sys.setprofile(count)
        try:
            layout(text, 100)
        finally:
            sys.setprofile(None)
        spent.append(calls[0])
    assert spent[1] <= 5 * spent[0], spent


bracket_st = st.text(st.sampled_from("[]「」（） ab中文，。\u3000[law]" + "x" * 3), max_size=120)


@settings(max_examples=400, deadline=None)
@given(st.one_of(item_st, bracket_st), st.integers(min_value=0, max_value=6))
def test_runs_found_in_one_pass_are_those_of_the_rule(text: str, start: int) -> None:
    """_units (breaks once, [notes] once) gives the runs the rule gives a run at a time."""
    from icpcheck.render.wrap import _units, _units_by_pairs

    start = min(start, len(text))
    assert _units(text, start) == _units_by_pairs(text, start), text
