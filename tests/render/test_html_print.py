"""The HTML report on paper: printed to A4 by a real (headless) Chromium, the reference reports fit
on a few pages (issue 29 item 9), each citation is noted once, and the full sha256 is in the footer."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.render.test_html import browser, chromium
from tests.report_cases import MARKETPLACE, flags

BAKERY = "bakery with its own mini-program and stored-value cards"
# Pages of A4 each case may take in Chinese (11 and 15 when each filing began a page).
MOST_PAGES = {BAKERY: 4, MARKETPLACE: 6}


def page(case: str, lang: str) -> str:
    r = run_cli([*flags(case), "--no-input", "--lang", lang, "--as-of", "2026-11-28", "--format", "html"])
    assert r.exit_code == 0, r.stderr
    return r.stdout


def pages(pdf: Path) -> int:
    """The PDF's page count: pdfinfo's when poppler is there, else its /Type /Page objects."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes()))


@pytest.mark.slow
@pytest.mark.parametrize("case", list(MOST_PAGES))
def test_a_reference_report_prints_on_a_few_a4_pages(case: str, tmp_path: Path) -> None:
    exe = browser()
    source = tmp_path / "report.html"
    source.write_text(page(case, "zh"), "utf-8")
    pdf = tmp_path / "report.pdf"
    chromium(exe, source.as_uri(), 1280, f"--print-to-pdf={pdf}")
    assert pdf.read_bytes().startswith(b"%PDF")
    n = pages(pdf)
    print(f"\n{case}: {n} A4 pages (zh)")
    assert 1 < n <= MOST_PAGES[case], n


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_citation_is_one_note_and_the_sha256_is_in_the_footer(lang: str) -> None:
    text = page(MARKETPLACE, lang)
    notes = re.findall(r'<li id="note-(\d+)">(.*?)</li>', text, re.S)
    assert notes and [int(n) for n, _ in notes] == list(range(1, len(notes) + 1))
    assert len({body for _, body in notes}) == len(notes)  # no citation twice
    cited = {int(n) for n in re.findall(r'href="#note-(\d+)"', text)}
    assert cited == set(range(1, len(notes) + 1))  # each note cited, each reference has its note
    sha = re.search(r"sha256 <code>([0-9a-f]{64})</code>", text)
    assert sha is not None and text.index(sha.group(0)) > text.index("<footer>")
    assert text.count(sha.group(1)) == 1  # only in the footer, not in the header too


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_what_to_do_is_headed_once(lang: str) -> None:
    from icpcheck.i18n import t

    text = page(BAKERY, lang)
    assert text.count(f">{t('html.plan', lang)}<") == 1
    assert t("head.plan", lang) not in text  # "What to do, in this order" right under "What to do"
