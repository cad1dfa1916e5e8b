"""The plan: required and review filings in the order to do them (rulebook `plan.after`)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from icpcheck import answers as ans
from icpcheck import takes, workdays
from icpcheck.answers import complete
from icpcheck.cli.flags import from_pairs
from icpcheck.engine import Answer, Report, evaluate, plan
from icpcheck.render.view import build
from icpcheck.rulebook.build import build_rulebook, load_rulebook
from icpcheck.rulebook.model import Rulebook
from icpcheck.timeline import timeline
from tests.conftest import run_cli, validate
from tests.render.test_text import flat
from tests.report_cases import CASES, MARKETPLACE, flags
from tests.rules_helpers import GOOD

DAY = dt.date(2026, 1, 1)


def _plan(tmp_path: Path, text: str, **values: object) -> list[str]:
    path = tmp_path / "rb.yaml"
    path.write_text(text, encoding="utf-8")
    rb = load_rulebook(str(path))
    given = {k: Answer(k, v, "flag") for k, v in values.items()}  # type: ignore[arg-type]
    done = ans.complete(rb, given, DAY)
    return [f.filing.id for f in plan(evaluate(rb, done.answers, DAY))]


def test_a_filing_comes_after_the_filings_its_plan_names(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    # Rulebook order is licence, app_filing; both required here.
    assert _plan(tmp_path, text, sells=True, fees=True, channel="app") == ["licence", "app_filing"]
    waits = text.replace("    basis: [{source: law, articles: [3], confidence: law}]\n",
                         "    basis: [{source: law, articles: [3], confidence: law}]\n"
                         "    plan: {after: [app_filing]}\n", 1)
    assert _plan(tmp_path, waits, sells=True, fees=True, channel="app") == ["app_filing", "licence"]


def test_not_required_filings_are_not_in_the_plan(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    assert _plan(tmp_path, text, sells=False, channel="web") == []


def test_the_public_security_filing_follows_the_icp_filing_in_the_built_in_rulebook() -> None:
    """Every filing the built-in rulebook orders after another keeps that order in any plan."""
    rb = load_rulebook()
    after = {f.id: set(f.plan.after) for f in rb.filings}
    assert any(after.values()), "the built-in rulebook orders some filings"
    for model in rb.models:
        done = ans.complete(rb, ans.gather(models=ans.from_models(rb, [model.id])), DAY)
        order = [f.filing.id for f in plan(evaluate(rb, done.answers, DAY))]
        for i, fid in enumerate(order):
            assert not after[fid] & set(order[i + 1:]), (model.id, order)


# Issue 30 item 9: a chain of a thousand `plan.after`s is ordered without recursion, in every command.

def test_a_thousand_filing_after_chain_is_ordered_without_recursion() -> None:
    import sys

    from icpcheck.rulebook.reader import Document
    from tests.generated import chain

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(300)  # far below the chain's depth: any recursion over it fails here
    try:
        built, problems = build_rulebook(Document(chain(1000), {}, "<chain>"))
        assert built is not None and not problems, problems
        order = [f.filing.id for f in plan(evaluate(built, {"go": Answer("go", True, "flag")}, DAY))]
    finally:
        sys.setrecursionlimit(limit)
    assert order == [f"f{i}" for i in reversed(range(1000))]


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ["check", "--no-input", "-a", "go=yes", "--format", fmt, "--detail"] for fmt in ("text", "json", "markdown",
                                                                                 "junit", "html")
] + [["rules", "lint"], ["rules", "graph"], ["explain", "f0"], ["questions"]], ids=lambda a: "-".join(a[:2]))
def test_every_command_takes_a_thousand_filing_chain(tmp_path: Path, args: list[str]) -> None:
    import json

    import yaml

    from tests.conftest import run_cli
    from tests.generated import chain

    path = tmp_path / "chain.yaml"
    path.write_text(yaml.safe_dump(json.loads(json.dumps(chain(1000)))), "utf-8")  # no aliases
    r = run_cli(["--rules", str(path), *args])
    assert r.exit_code == 0, r.stderr
    assert "RecursionError" not in r.stderr


# --- moved from tests/test_what_it_takes.py ---------------------------------------------------------------
# Issue 24: what it takes. The six cases of "The answer first" show on their first screen (24
# rows at 100 columns) the bottom line, the plan with a time for each step that has a sourced one,
# and the conditions that apply; an unmet condition is a blocker in every format; the timeline
# counts working days on China's official calendar.


AS_OF = dt.date(2026, 11, 28)
SCREEN = 24


def report(rulebook: Rulebook, pairs: list[str]) -> Report:
    done = complete(rulebook, from_pairs(rulebook, pairs), AS_OF)
    return evaluate(rulebook, done.answers, AS_OF)


def first_screen(args: list[str], lang: str) -> str:
    out = run_cli([*args, "--no-input", "--lang", lang, "--as-of", AS_OF.isoformat()]).stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 100
    return flat("\n".join(lines[:SCREEN]), lang)


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_first_screen_has_the_bottom_line_the_timed_plan_and_the_conditions(
        case: str, lang: str, rulebook: Rulebook) -> None:
    r = report(rulebook, CASES[case])
    view = build(r, lang)
    screen = first_screen(flags(case), lang)
    assert view.bottom_line and flat(view.bottom_line, lang) in screen
    timed = [s for s in view.plan if rulebook.procedure(s.filing.id) is not None
             and (rulebook.procedure(s.filing.id).limit or rulebook.procedure(s.filing.id).typical)]
    assert all(s.time for s in timed)
    for s in view.plan:
        assert flat(s.filing.name, lang) in screen
        if s.time:
            assert flat(s.time, lang) in screen, s.filing.id
    for c in view.conditions:
        assert flat(c.text, lang) in screen, c.id
    if view.conditions:
        assert flat(view.conditions[0].text, lang) in screen


@pytest.mark.parametrize(("lang", "figure"), [("en", "¥10,000,000"), ("zh", "1000万元")])
def test_a_nationwide_marketplace_names_ten_million_on_its_first_screen(lang: str, figure: str) -> None:
    screen = first_screen(flags(MARKETPLACE), lang)
    assert figure in screen
    head = screen[:screen.index("What to do" if lang == "en" else "要办的事")]
    assert figure in head  # in the bottom line itself, not only among the conditions


INDIVIDUAL = ["sells_own_goods=no", "third_party_sellers=no", "paid_content=yes",
              "content_kinds=articles_courses", "operator=individual"]


def test_an_individual_needing_an_icp_licence_is_blocked_in_text_json_and_html() -> None:
    args = [arg for pair in INDIVIDUAL for arg in ("-a", pair)] + ["--no-input", "--lang", "en"]
    data = json.loads(run_cli([*args, "--format", "json"]).stdout)
    validate("report", data)
    # The rulebook's own blocker rule (round three) says it; the condition is not said twice.
    assert [b["filing"] for b in data["blockers"]] == ["icp_license"]
    company = next(c for c in data["conditions"] if c["id"] == "licence_company")
    assert company["met"] is False and company["lifts"] == "Set up a company and apply in its name."
    text = flat(run_cli(args).stdout, "en")
    assert text.index("Blockers") < text.index("What to do")
    assert "Set up a company" in text and "not met" in text
    html = run_cli([*args, "--format", "html"]).stdout
    assert "Set up a company" in html and "not met" in html


def test_a_company_is_not_blocked_by_the_company_condition(rulebook: Rulebook) -> None:
    met = takes.applying(report(rulebook, CASES[MARKETPLACE]))
    assert {m.condition.id for m in met} >= {"licence_company", "capital_cross_province"}
    assert not any(m.unmet for m in met)
    assert "capital_one_province" not in {m.condition.id for m in met}


def test_an_overseas_filer_is_blocked_once_by_the_rule_not_again_by_the_condition(
        rulebook: Rulebook) -> None:
    r = report(rulebook, ["sells_own_goods=yes", "third_party_sellers=no", "paid_content=no",
                          "channels=own_domain", "operator=overseas"])
    met = {m.condition.id: m for m in takes.applying(r)}
    assert met["filing_mainland"].unmet and not met["filing_mainland"].blocks  # the rule says it
    data = json.loads(run_cli(["--no-input", "--format", "json", "-a", "sells_own_goods=yes",
                               "-a", "third_party_sellers=no", "-a", "paid_content=no",
                               "-a", "channels=own_domain", "-a", "operator=overseas"]).stdout)
    assert [b["filing"] for b in data["blockers"]] == ["icp_filing"]


def test_the_timeline_counts_working_days_across_the_2026_spring_festival(rulebook: Rulebook) -> None:
    # 2026-02-12 is a Thursday; the 13th a working Friday, the 14th a make-up working Saturday,
    # 15-23 February the Spring Festival holiday: the third working day after is the 24th (a
    # count of weekdays alone would say the 17th, in the middle of the holiday).
    start = dt.date(2026, 2, 12)
    r = report(rulebook, CASES[MARKETPLACE])
    tl = timeline(r, start)
    icp = next(s for s in tl.steps if s.filing == "icp_filing")
    assert icp.earliest == dt.date(2026, 2, 24)
    # Against the official table, day by day: 24 working days for the longest practice figure.
    day, left = start, 24
    while left:
        day += dt.timedelta(days=1)
        left -= workdays.is_working_day(day)
    assert icp.latest == day and not icp.estimated
    # The licence starts when the ICP filing is done, and after it the public security filing
    # is due within 30 calendar days of going live.
    lic = next(s for s in tl.steps if s.filing == "icp_license")
    assert lic.starts == icp.earliest and lic.after == ("icp_filing",)
    psb = next(s for s in tl.steps if s.filing == "psb_filing")
    assert psb.due == icp.latest + dt.timedelta(days=30)


def test_start_sets_day_zero_and_json_fits_the_schema() -> None:
    args = [*flags(MARKETPLACE), "--no-input", "--format", "json", "--as-of", "2026-01-05"]
    data: dict[str, Any] = json.loads(run_cli([*args, "--start", "2026-02-12"]).stdout)
    validate("report", data)
    assert data["timeline"]["start"] == "2026-02-12"
    steps = {s["filing"]: s for s in data["timeline"]["steps"]}
    assert steps["icp_filing"]["earliest"] == "2026-02-24"
    default = json.loads(run_cli(args).stdout)
    assert default["timeline"]["start"] == "2026-01-05"
    icp = next(f for f in data["filings"] if f["id"] == "icp_filing")
    assert icp["time"]["limit"]["unit"] == "working_days" and icp["time"]["limit"]["days"] == 20
    assert icp["cost"]["government"]["max"] == 0 and icp["cost"]["agency"] is None
    bad = run_cli([*args, "--start", "2026-02-30"])
    assert bad.exit_code == 2 and "--start" in bad.output


def test_every_duration_and_fee_cites_a_labelled_source(rulebook: Rulebook) -> None:
    assert rulebook.procedures
    for p in rulebook.procedures:
        for figure in (p.limit, p.typical, p.government_fee, p.agency_fee):
            if figure is not None:
                assert figure.citations and all(c.confidence for c in figure.citations)


def test_a_duration_without_a_citation_does_not_build(tmp_path: Any) -> None:
    from pathlib import Path

    from icpcheck.authoring.lint import lint

    text = Path("rules/wechat-mall.yaml").read_text("utf-8")
    broken = text.replace("""      citations:
        - {source: mps_platform_guide, confidence: practice}
  icp_license:""", """  icp_license:""")
    assert broken != text
    path = tmp_path / "r.yaml"
    path.write_text(broken, "utf-8")
    result = lint(str(path))
    assert any("procedures.psb_filing.typical" in p.message for p in result.problems)
    ok = lint(None)
    assert not ok.problems
    assert any("no duration under `procedures`" in w.message for w in ok.warnings)


def test_a_headline_not_required_says_why_and_what_would_change_it() -> None:
    case = "free marketplace run only in WeChat"
    out = flat(run_cli([*flags(case), "--no-input", "--lang", "en"]).stdout, "en")
    assert ("ICP filing: not required — you have no domain of your own (only a mini-program whose "
            "backend a provider hosts). A website, H5 page or mini-program backend on a domain of "
            "your own would need it.") in out


def test_the_summary_counts_review_items_as_open(tmp_path: Any) -> None:
    case = "free marketplace run only in WeChat"
    result = run_cli([*flags(case), "--no-input", "--lang", "en", "-o", str(tmp_path / "r.md")])
    assert "open 2 (under review)" in result.stderr  # the EDI licence and the graded-protection filing
