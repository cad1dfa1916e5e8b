"""The questionnaire over real HTTP (uvicorn on loopback), submitted as a browser without
JavaScript submits its forms: the marketplace interview, Back, a change from the review, the
"already hold" step, the report (the CLI's HTML report for the same answers), a shared URL, the
downloaded answers replayed by the CLI, the security headers and the limits."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from icpcheck import checking
from tests.conftest import run_cli
from tests.web.conftest import asked
from tests.web.forms import Form

RB = checking.builtin_rulebook()
PLATFORM = dict(next(m for m in RB.models if m.id == "platform").answers)
BAR = re.compile(r'<link rel="stylesheet" href="/static/bar\.css">\n<script src="/static/web\.js" defer></script>\n'
                 r'|\n<nav class="webbar".*?</nav>', re.DOTALL)


def words(value: object) -> list[str]:
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    return list(value) if isinstance(value, tuple) else [str(value)]


def walk(client: Any, lang: str = "zh", answers: dict[str, Any] | None = None) -> tuple[Any, list[str]]:
    """Start, answer each question the page asks (from `answers`, else leave what the page
    preselects: the rulebook's default), until the review; the review page and the ids asked."""
    answers = PLATFORM if answers is None else answers
    page = client.get(f"/?lang={lang}")
    page = client.get(Form(page.text).submit(str(page.url)))
    seen: list[str] = []
    while (qid := asked(page.text)) is not None:
        assert qid not in seen, f"{qid} asked twice"
        seen.append(qid)
        form = Form(page.text)
        pick = {qid: words(answers[qid])} if qid in answers else None
        if pick is None:
            assert form.checked(qid), f"{qid}: nothing preselected and no answer given"
        page = client.get(form.submit(str(page.url), pick))
        assert page.status_code == 200, page.text
    assert urlsplit(str(page.url)).path == "/review", page.url
    return page, seen


def cli_statuses(*args: str) -> dict[str, str]:
    result = run_cli(["check", "--no-input", "--format", "json", *args])
    return {f["id"]: f["status"] for f in json.loads(result.stdout)["filings"]}


def plan_of(html: str) -> dict[str, str]:
    """The report's plan: each step's filing and its status badge, in order."""
    found = {fid: status for status, fid in re.findall(r'<li class="card ([a-z_]+)" id="step-([a-z_]+)">', html)}
    assert found, "no plan in the report"
    return found


def needed(statuses: dict[str, str]) -> dict[str, str]:
    return {fid: s for fid, s in statuses.items() if s != "not_required"}


def test_the_marketplace_interview_asks_what_the_engine_says_and_ends_in_the_clis_report(
        client: Any, tmp_path: Path) -> None:
    review, seen = walk(client)
    # Exactly the questions the terminal interview asks for these answers, in its order.
    from icpcheck.engine import open_questions

    values: dict[str, Any] = {}
    expected = []
    while (open_ := open_questions(RB, values, dt.date.today())):
        q = open_[0]
        expected.append(q.id)
        values[q.id] = PLATFORM.get(q.id, q.default)
    assert seen == expected
    held_page = client.get(Form(review.text).submit(str(review.url)))
    form = Form(held_page.text)
    assert "icp_license" in form.choices("held")
    report = client.get(form.submit(str(held_page.url)))
    assert report.status_code == 200
    # The same filings as `icpcheck check` for the marketplace's answers (the rest defaults).
    assert plan_of(report.text) == needed(cli_statuses("--model", "platform"))
    assert set(plan_of(report.text)) >= {"icp_filing", "icp_license", "edi_license"}


def test_the_report_is_the_clis_html_and_the_downloaded_answers_replay_it(client: Any, tmp_path: Path) -> None:
    review, _ = walk(client)
    held_page = client.get(Form(review.text).submit(str(review.url)))
    report = client.get(Form(held_page.text).submit(str(held_page.url), {"held": ["icp_filing"]}))
    links = Form(report.text).links
    download = client.get(links["download"])
    assert download.headers["content-type"].startswith("application/yaml")
    assert "attachment" in download.headers["content-disposition"]
    saved = tmp_path / "answers.yaml"
    saved.write_bytes(download.content)
    out = tmp_path / "report.html"
    result = run_cli(["check", "--answers", saved, "--no-input", "--lang", "zh", "-o", out])
    assert result.exit_code == 1  # icp_license and others held by nobody: the gate fails, as the page says
    assert BAR.sub("", report.text) == out.read_text("utf-8")
    assert "icp_filing" in download.text and "held:" in download.text


def test_a_shared_url_reproduces_the_page(client: Any, live: Any) -> None:
    import httpx

    review, _ = walk(client)
    report_url = Form(client.get(Form(review.text).submit(str(review.url))).text).submit(str(review.url))
    first = client.get(report_url)
    with httpx.Client(timeout=30) as stranger:  # another client, no cookies, nothing shared but the URL
        again = stranger.get(report_url)
    assert again.status_code == 200 and again.text == first.text
    assert "set-cookie" not in first.headers
    # Every page of the way is a URL too: the review from its address alone.
    assert httpx.get(str(review.url)).text == review.text


def test_back_takes_the_last_answer_back_and_offers_it_again(client: Any) -> None:
    page = client.get("/q?lang=zh")
    page = client.get(Form(page.text).submit(str(page.url), {"sells_own_goods": ["no"]}))
    page = client.get(Form(page.text).submit(str(page.url), {"third_party_sellers": ["yes"]}))
    assert asked(page.text) == "charges_sellers"
    back = client.get(Form(page.text).links["back"])
    assert asked(back.text) == "third_party_sellers"
    assert Form(back.text).checked("third_party_sellers") == ["yes"]  # what was answered, offered again
    assert "third_party_sellers=" not in urlsplit(str(back.url)).query.replace("asked=third_party_sellers", "")
    first = client.get(Form(client.get(Form(back.text).links["back"]).text).links["back"])
    assert urlsplit(str(first.url)).path == "/"


def test_a_change_from_the_review_keeps_the_order_and_asks_what_it_opens(client: Any) -> None:
    review, _ = walk(client)
    change = client.get(Form(review.text).links["change-third_party_sellers"])
    assert asked(change.text) == "third_party_sellers"
    assert Form(change.text).checked("third_party_sellers") == ["yes"]
    # No third-party sellers: charges_sellers and merchant_goods no longer apply and go.
    page = client.get(Form(change.text).submit(str(change.url), {"third_party_sellers": ["no"]}))
    while asked(page.text) is not None:
        page = client.get(Form(page.text).submit(str(page.url)))
    query = [k for k, _ in parse_qsl(urlsplit(str(page.url)).query)]
    assert "charges_sellers" not in query and "merchant_goods" not in query
    assert query.index("sells_own_goods") < query.index("third_party_sellers") < query.index("paid_content")


def test_nothing_chosen_and_a_bad_value_are_said_on_the_question(client: Any) -> None:
    page = client.get("/q?lang=en&sells_own_goods=no&third_party_sellers=no&paid_content=no&asked=channels")
    assert asked(page.text) == "channels" and "Nothing chosen yet" in page.text
    page = client.get("/q?lang=en&sells_own_goods=maybe")
    assert asked(page.text) == "sells_own_goods" and "could not be used" in page.text


def test_english_and_the_language_switch(client: Any) -> None:
    page = client.get("/q?lang=en")
    assert '<html lang="en">' in page.text and "Question 1 of about" in page.text
    zh = client.get(re.search(r'class="lang" href="([^"]+)"', page.text).group(1).replace("&amp;", "&"))
    assert '<html lang="zh-CN">' in zh.text


def test_headers_no_inline_script_and_escaping(client: Any) -> None:
    review, _ = walk(client)
    report = client.get(Form(client.get(Form(review.text).submit(str(review.url))).text).submit(str(review.url)))
    for page in (review, report, client.get("/"), client.get("/api/v1/questions")):
        h = page.headers
        assert h["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in h["content-security-policy"]
        assert "unsafe-inline" not in h["content-security-policy"]
        assert h["referrer-policy"] == "no-referrer"
    assert re.search(r"<script(?![^>]*\bsrc=)", report.text) is None  # no inline script anywhere
    assert "style-src 'self' 'sha256-" in report.headers["content-security-policy"]
    hostile = client.get('/q?lang=zh&edit=<script>&asked="><script>alert(1)</script>&paid_content=<b>')
    assert "<script>alert" not in hostile.text and "<b>" not in hostile.text


def test_limits(client: Any) -> None:
    assert client.get("/q?lang=zh&x=" + "a" * 9000).status_code == 414
    assert client.get("/nowhere").status_code == 404
    assert client.post("/q").status_code == 405


def test_the_static_script_only_shows_the_print_button(client: Any) -> None:
    js = client.get("/static/web.js")
    assert js.status_code == 200 and "window.print()" in js.text
    css = client.get("/static/bar.css")
    assert "@media print" in css.text and re.search(r"^(main|body|h1)\b", css.text, re.M) is None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_held_step_lists_the_plan(client: Any, lang: str) -> None:
    review, _ = walk(client, lang)
    held_page = client.get(Form(review.text).submit(str(review.url)))
    outcome = checking.run(checking.Request(RB, dt.date.today(), models=("platform",)))
    from icpcheck.engine import plan

    assert Form(held_page.text).choices("held") == [f.filing.id for f in plan(outcome.report)]


def test_each_question_says_why_it_is_asked(client: Any) -> None:
    """Issue 26: the filings the answer can still change, from the engine (as `?` in the interview)."""
    from icpcheck.checking import builtin_rulebook
    from icpcheck.why import why

    page = client.get("/q?lang=en")
    page = client.get(Form(page.text).submit(str(page.url), {"sells_own_goods": ["no"]}))
    page = client.get(Form(page.text).submit(str(page.url), {"third_party_sellers": ["yes"]}))
    assert asked(page.text) == "charges_sellers"
    rb = builtin_rulebook()
    q = rb.question("charges_sellers")
    assert q is not None
    expected = why(rb, {"sells_own_goods": False, "third_party_sellers": True}, q, dt.date.today())
    assert expected.changes  # charging merchants decides the EDI and ICP licences
    assert '<details class="why"' in page.text
    for filing in expected.changes:
        assert html.escape(filing.name.get("en"), quote=False) in page.text
