"""`icpcheck whatif` in words: zh and en, labels not ids, Markdown, the goal, bad input."""

from __future__ import annotations

from tests.conftest import run_cli
from tests.report_cases import MARKETPLACE, flags


def run(*args: str) -> tuple[int, str, str]:
    result = run_cli(["whatif", *flags(MARKETPLACE), "--no-input", "--as-of", "2026-12-01", *args])
    return result.exit_code, result.stdout, result.stderr


def test_text_in_english_names_labels_not_ids() -> None:
    code, out, _ = run("--lang", "en")
    assert code == 0
    assert "Do you charge those sellers" in out and "yes → no" in out
    assert "EDI licence" in out and "required → review" in out and "required → not required" in out
    assert "charges_sellers" not in out and "edi_license" not in out  # ids only with --detail
    assert out.index("Do other businesses or people sell") < out.index("Does the mall also do")


def test_text_in_chinese() -> None:
    code, out, _ = run("--lang", "zh")
    assert code == 0
    assert "假如换个回答" in out and "是 → 否" in out
    assert "EDI许可证" in out and "需要办理 → 需人工确认" in out


def test_detail_adds_ids_and_markdown_has_headings() -> None:
    _, out, _ = run("--lang", "en", "--detail")
    assert "[charges_sellers]" in out and "edi_license" in out and "platform_free_for_sellers" in out
    _, md, _ = run("--lang", "en", "--format", "markdown", "--goal", "not:edi_license")
    assert md.startswith("## Goal: EDI licence") and "## What if:" in md and "- EDI licence" in md


def test_goal_in_words_both_languages() -> None:
    _, out, _ = run("--lang", "en", "--goal", "not:edi_license")
    assert "The smallest changes, 1 answer(s) each: 1 way(s)" in out
    _, out, _ = run("--lang", "zh", "--goal", "not:edi_license")
    assert "最少改动 1 个回答" in out


def test_a_bad_goal_is_a_usage_error() -> None:
    code, _, err = run("--goal", "not:edi_licence")
    assert code == 2 and "no such filing" in err and "edi_license" in err and "Traceback" not in err
    code, _, err = run("--goal", "maybe:edi_license")
    assert code == 2 and "not:FILING" in err


def test_missing_answers_are_named_as_flags() -> None:
    result = run_cli(["whatif", "--no-input", "-a", "sells_own_goods=no"])
    assert result.exit_code == 3 and "-a third_party_sellers=" in result.stderr


def test_whatif_and_diff_schemas_are_listed() -> None:
    names = run_cli(["schema"]).stdout.split()
    assert "whatif" in names and "diff" in names
