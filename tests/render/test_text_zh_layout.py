"""The zh text report at 40–120 columns: Chinese wraps between characters, 禁则 hold in every line
and table cell, no line holds only a bullet, and none is wider than the terminal."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from rich.cells import cell_len
from rich.console import Console

from icpcheck import answers as ans
from icpcheck.cli.flags import from_pairs
from icpcheck.engine import evaluate
from icpcheck.render.text import lay_out
from icpcheck.render.view import build
from icpcheck.render.wrap import NO_END, NO_START
from icpcheck.rulebook.build import load_rulebook

# The six cases of issue 13, as answers to the built-in rulebook.
CASES = {
    "bakery": ["sells_own_goods=yes", "third_party_sellers=no", "paid_content=no",
               "channels=mini_program", "goods=other_food", "activities=prepaid_cards"],
    "marketplace": ["sells_own_goods=no", "third_party_sellers=yes", "charges_sellers=yes",
                    "paid_content=no", "channels=mini_program,own_domain",
                    "users_where=several_provinces"],
    "paid_courses": ["sells_own_goods=no", "third_party_sellers=no", "paid_content=yes",
                     "content_kinds=video_courses"],
    "foreign_marketplace": ["sells_own_goods=no", "third_party_sellers=yes", "charges_sellers=yes",
                            "paid_content=no", "foreign_equity=majority", "province=other"],
    "food_and_books": ["sells_own_goods=yes", "third_party_sellers=no", "paid_content=no",
                       "goods=prepackaged_food,books_av"],
    "wechat_only_free_marketplace": ["sells_own_goods=no", "third_party_sellers=yes",
                                     "charges_sellers=no", "paid_content=no",
                                     "channels=mini_program", "wechat_only=yes"],
}
WIDTHS = (40, 60, 80, 100, 120)
MARKERS = {"•", "-", "*", "→", "!"}
BORDERS = "│┃║|"


def report_lines(case: str, width: int) -> list[str]:
    rulebook = load_rulebook(None)
    date = dt.date(2025, 6, 1)
    given = ans.gather(file=None, models={}, flags=from_pairs(rulebook, CASES[case]))
    done = ans.complete(rulebook, given, date, ask=None)
    report = evaluate(rulebook, done.answers, date, done.warnings)
    buf = io.StringIO()
    con = Console(file=buf, width=width, force_terminal=False, no_color=True, highlight=False,
                  emoji=False)
    lay_out(build(report, "zh"), con)
    return buf.getvalue().splitlines()


def cells(line: str) -> list[str]:
    """A table row's cells, or the line itself."""
    for border in BORDERS:
        line = line.replace(border, "\x00")
    return [c for c in line.split("\x00")]


@pytest.mark.parametrize("case", CASES)
def test_zh_report_lines_obey_the_rules(case: str) -> None:
    for width in WIDTHS:
        lines = report_lines(case, width)
        assert any("需要办理" in line for line in lines)
        above: list[str] = []
        for n, line in enumerate(lines):
            where = f"{case} at {width} columns, line {n + 1}: {line!r}"
            assert cell_len(line) <= width, where
            row = [cell.strip() for cell in cells(line)]
            assert not MARKERS & set(row), where  # a bullet alone on its line
            if len(above) == len(row):
                # Where a cell (or a plain line) continues the one above, the break obeys 禁则.
                for text, before in zip(row, above, strict=True):
                    if text and before:
                        assert text[0] not in NO_START, where
                        assert before[-1] not in NO_END, where
            above = row


def test_chinese_fills_the_line() -> None:
    # Before pre-wrapping, rich pushed a whole Chinese sentence to its own line after the label.
    lines = report_lines("marketplace", 60)
    what = next(line for line in lines if line.startswith("原因"))
    assert cell_len(what) > 50
