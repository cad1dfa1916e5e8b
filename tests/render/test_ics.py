"""The calendar's outputs with hostile rulebook texts: no control character reaches a calendar
program, a terminal or a JSON reader (issue 30: every command and format, the ICS writer too)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import run_cli
from tests.hostile_texts import HOSTILE_TEXTS, RAW_CONTROL
from tests.rules_helpers import builtin_yaml

ROOT = Path(__file__).resolve().parents[2]
HELD = ("answers:\n  sells_own_goods: no\n  third_party_sellers: yes\n  charges_sellers: yes\n  paid_content: no\n"
        "held:\n  icp_license: {granted: 2024-05-10}\n  icp_filing: {granted: 2024-03-01}\n")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The built-in rulebook with a hostile text in every obligation's title and consequence."""
    folder = tmp_path_factory.mktemp("hostile-ics")
    data = builtin_yaml()
    texts = list(HOSTILE_TEXTS.values())
    n = 0
    for duties in data["obligations"].values():
        for duty in duties:
            duty["title"] = {"zh": texts[n % len(texts)], "en": texts[(n + 1) % len(texts)]}
            duty["consequence"] = {"zh": texts[(n + 2) % len(texts)], "en": texts[(n + 3) % len(texts)]}
            n += 1
    rules = folder / "hostile.yaml"
    rules.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    answers = folder / "held.yaml"
    answers.write_text(HELD, "utf-8")
    return rules, answers


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fmt", ["ics", "json", "text"])
def test_hostile_obligation_texts_stay_inert(hostile: tuple[Path, Path], tmp_path: Path, fmt: str,
                                              lang: str) -> None:
    rules, answers = hostile
    out = tmp_path / f"due.{'txt' if fmt == 'text' else fmt}"
    r = run_cli(["calendar", "--rules", rules, "--answers", answers, "--as-of", "2026-12-06", "--lang", lang,
                 "--format", fmt, "-o", out, "-q"])
    assert r.exit_code == 0, r.stderr
    written = out.read_text("utf-8")
    assert "\\x1b" in written or "\\u001b" in written or "\\u202e" in written  # shown, not obeyed
    found = RAW_CONTROL.search(written.replace("\r\n", "\n"))
    assert found is None, repr(found.group(0) if found else None)
    if fmt == "ics":
        import icalendar

        assert icalendar.Calendar.from_ical(written).walk("VEVENT")
