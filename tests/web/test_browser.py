"""The questionnaire in Debian's headless Chromium (selenium + chromedriver; nothing downloaded):
the marketplace interview in zh by clicking, Back, the review, a change, the "already hold" step and
the report, at 390 px (a phone, JavaScript off: WeChat's browser, old phones) and at 1280 px
(JavaScript on: the Print button shows). The report's plan is `icpcheck check`'s for the same
answers. Screenshots are left in the test's folder (ICPCHECK_SCREENSHOTS=DIR keeps them there)."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from icpcheck import checking
from tests.conftest import run_cli
from tests.web.test_app import needed, plan_of

pytestmark = pytest.mark.slow

RB = checking.builtin_rulebook()
PLATFORM = dict(next(m for m in RB.models if m.id == "platform").answers)
BINARIES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")


def _binaries() -> tuple[str, str]:
    chrome = next((b for b in BINARIES if os.path.isfile(b) and os.access(b, os.X_OK)), None)
    driver = shutil.which("chromedriver")
    if chrome is None or driver is None:
        if os.environ.get("ICPCHECK_REQUIRE_BROWSER") == "1":
            pytest.fail("ICPCHECK_REQUIRE_BROWSER=1 but no chromium/chromedriver (apt-get install chromium "
                        "chromium-driver fonts-noto-cjk)")
        pytest.skip("no chromium and chromium-driver here (apt-get install chromium chromium-driver fonts-noto-cjk)")
    return chrome, driver


def driver(tmp: Path, *, javascript: bool) -> Any:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:  # the test-browser extra, which .ci/run installs for the slow tests
        if os.environ.get("ICPCHECK_REQUIRE_BROWSER") == "1":
            pytest.fail("ICPCHECK_REQUIRE_BROWSER=1 but no selenium (pip install -e '.[test,test-browser]')")
        pytest.skip("no selenium here (pip install -e '.[test,test-browser]')")

    chrome, chromedriver = _binaries()
    options = webdriver.ChromeOptions()
    options.binary_location = chrome
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars", f"--user-data-dir={tmp / ('profile-js' if javascript else 'profile')}",
                 "--lang=zh-CN", "--window-size=1280,900"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))


@pytest.fixture()
def shots(tmp_path: Path) -> Iterator[Path]:
    folder = Path(os.environ.get("ICPCHECK_SCREENSHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    yield folder


def width(browser: Any, px: int) -> None:
    # The window cannot be narrower than 500 px; the device metrics can (as a phone's).
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": px, "height": 844 if px < 500 else 900, "deviceScaleFactor": 1,
                             "mobile": px < 500})


def overflow(browser: Any) -> int:
    """How far the page is wider than the viewport (0: nothing to scroll sideways)."""
    found = browser.execute_cdp_cmd("Runtime.evaluate", {
        "expression": "document.documentElement.scrollWidth - document.documentElement.clientWidth",
        "returnByValue": True})
    return int(found["result"]["value"])


def go(browser: Any, element: Any) -> None:
    """Click what leads to another page, and wait until that page has replaced this one."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    old = browser.find_element(By.TAG_NAME, "html")
    element.click()

    def gone(_: Any) -> bool:
        try:
            old.is_enabled()  # raises once the old page's elements are gone (stale, or unknown node)
        except WebDriverException:
            return True
        return False

    WebDriverWait(browser, 20).until(gone)
    WebDriverWait(browser, 20).until(lambda b: b.find_elements(By.TAG_NAME, "footer")
                                     or b.find_elements(By.ID, "plan") or b.find_elements(By.TAG_NAME, "main"))


def click_answer(browser: Any, qid: str) -> None:
    """Click the labels of the marketplace's answer (or leave the page's choice), then Next."""
    from selenium.webdriver.common.by import By

    if qid in PLATFORM:
        value = PLATFORM[qid]
        wanted = (["yes" if value else "no"] if isinstance(value, bool)
                  else list(value) if isinstance(value, tuple) else [value])
        for box in browser.find_elements(By.CSS_SELECTOR, f'input[name="{qid}"]'):
            if (box.get_attribute("value") in wanted) != box.is_selected():
                box.find_element(By.XPATH, "..").click()  # the label, as a thumb taps it
    go(browser, browser.find_element(By.ID, "next"))


def asked(browser: Any) -> str | None:
    from selenium.webdriver.common.by import By

    found = browser.find_elements(By.CSS_SELECTOR, 'input[name="asked"]')
    return found[0].get_attribute("value") if found else None


@pytest.mark.parametrize(("px", "javascript"), [(390, False), (1280, True)], ids=["phone-390-nojs", "laptop-1280"])
def test_the_marketplace_interview_in_zh_by_clicking(live: Any, tmp_path: Path, shots: Path, px: int,
                                                      javascript: bool) -> None:
    from selenium.webdriver.common.by import By

    browser = driver(tmp_path, javascript=javascript)
    try:
        width(browser, px)
        browser.get(live.url + "/")
        assert "微商城备案与许可自查" in browser.page_source
        go(browser, browser.find_element(By.CSS_SELECTOR, "button.primary"))
        browser.save_screenshot(str(shots / f"question-{px}.png"))
        assert overflow(browser) <= 0
        seen = []
        while (qid := asked(browser)) is not None and qid not in seen:
            seen.append(qid)
            click_answer(browser, qid)
            if len(seen) == 3:  # Back once: the third question comes again with its answer chosen
                go(browser, browser.find_element(By.ID, "back"))
                assert asked(browser) == qid
                checked = [b.get_attribute("value")
                           for b in browser.find_elements(By.CSS_SELECTOR, f'input[name="{qid}"]') if b.is_selected()]
                assert checked == ["yes" if PLATFORM[qid] else "no"]
                click_answer(browser, qid)
            if len(seen) == 5:
                browser.save_screenshot(str(shots / f"question-many-{px}.png"))
        assert asked(browser) is None and browser.current_url.split("?")[0].endswith("/review")
        assert "核对你的回答" in browser.page_source
        browser.save_screenshot(str(shots / f"review-{px}.png"))
        assert overflow(browser) <= 0
        # Change one answer from the review and keep it: back on the review, nothing else asked.
        go(browser, browser.find_element(By.ID, "change-operator"))
        assert asked(browser) == "operator"
        go(browser, browser.find_element(By.ID, "next"))
        assert browser.current_url.split("?")[0].endswith("/review")
        go(browser, browser.find_element(By.ID, "continue"))
        assert "已经持有哪些？" in browser.page_source
        browser.find_element(By.CSS_SELECTOR, 'input[name="held"][value="icp_filing"]').find_element(
            By.XPATH, "..").click()
        browser.save_screenshot(str(shots / f"held-{px}.png"))
        go(browser, browser.find_element(By.ID, "see-report"))
        html = browser.page_source
        browser.save_screenshot(str(shots / f"report-{px}.png"))
        assert overflow(browser) <= 0
        # The report's plan is the CLI's for the same answers (the questions it did not ask: defaults).
        cli = json.loads(run_cli(["check", "--model", "platform", "--no-input", "--format", "json"]).stdout)
        assert plan_of(html) == needed({f["id"]: f["status"] for f in cli["filings"]})
        assert "下载回答（YAML）" in html
        print_button = browser.find_element(By.ID, "print")
        assert print_button.is_displayed() is javascript  # shown by web.js only; the note says how otherwise
        shared = browser.current_url
    finally:
        browser.quit()
    # The shared URL in a fresh browser (no profile, no cookies) shows the same report.
    other = driver(tmp_path / "other", javascript=javascript)
    try:
        width(other, px)
        other.get(shared)
        assert plan_of(other.page_source) == plan_of(html)
    finally:
        other.quit()
