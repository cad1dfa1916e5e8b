"""The built-in rulebook's content (rules/wechat-mall.yaml): first the rulebook beyond the article,
its YAML cases, full coverage, and exhaustive completeness; then what the legal audit's round three
pinned that case files cannot (below).

The cases live in rules/tests/wechat-mall-beyond.cases.yaml (the format `icpcheck rules test`
reads); this module runs them straight through the engine, so they hold before that command
exists.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from icpcheck import engine, obligations
from icpcheck.answers import parse_value
from icpcheck.engine import Answer, evaluate, open_questions, question_states
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Question, Rulebook, Value

ROOT = Path(__file__).resolve().parents[2]
CASES_FILE = ROOT / "rules" / "tests" / "wechat-mall-beyond.cases.yaml"
# Later rounds' cases (round three: wechat-mall-round3.cases.yaml) count towards the same coverage.
CASE_FILES = [CASES_FILE, *sorted(p for p in CASES_FILE.parent.glob("wechat-mall-*.cases.yaml")
                                  if p != CASES_FILE)]
TODAY = dt.date(2026, 11, 28)


def load_cases(path: Path = CASES_FILE) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


CASES = [case for path in CASE_FILES for case in load_cases(path)["cases"]]

def case_answers(rulebook: Rulebook, case: dict[str, Any]) -> dict[str, Answer]:
    out = {}
    for qid, raw in case["answers"].items():
        q = rulebook.question(qid)
        assert q is not None, f"{case['name']}: unknown question {qid}"
        out[qid] = Answer(qid, parse_value(q, raw, where=case["name"]), "file:cases")
    return out


def run_case(rulebook: Rulebook, case: dict[str, Any]) -> engine.Report:
    as_of = case.get("as_of", TODAY)
    as_of = dt.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of
    return evaluate(rulebook, case_answers(rulebook, case), as_of)


def test_the_cases_file_names_the_rulebook(rulebook: Rulebook) -> None:
    assert len(CASE_FILES) > 1
    for path in CASE_FILES:
        assert load_cases(path)["rulebook"] == rulebook.id, path


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(rulebook: Rulebook, case: dict[str, Any]) -> None:
    report = run_case(rulebook, case)
    by_id = {f.filing.id: f for f in report.filings}
    for fid, status in case["expect"].items():
        assert by_id[fid].status == status, (fid, [r.rule.id for r in by_id[fid].reasons])
    for fid, rules in case.get("expect_reasons", {}).items():
        assert rules == sorted(rules), f"{fid}: list rule ids sorted, as the JSON report does"
        assert sorted(r.rule.id for r in by_id[fid].reasons) == rules, fid
    # Stricter than `rules test`: a case that names no layers or blockers must show none.
    for fid, result in by_id.items():
        got = {lr.layer.id: lr.status for lr in result.layers}
        assert got == case.get("expect_layers", {}).get(fid, {}), fid
    assert sorted({f.filing.id for f, _ in report.blockers}) == sorted(case.get("expect_blockers", []))


def test_cases_cover_every_rule_and_every_choice(rulebook: Rulebook) -> None:
    fired: set[str] = set()
    chosen: set[tuple[str, object]] = set()
    for case in CASES:
        report = run_case(rulebook, case)
        for f in report.filings:
            fired |= {r.rule.id for r in f.reasons}
            fired |= {r.rule.id for lr in f.layers for r in lr.reasons}
        for a in report.answers:
            values = a.value if isinstance(a.value, tuple) else (a.value,)
            chosen |= {(a.id, v) for v in values}
    assert sorted(r.id for r in rulebook.rules if r.id not in fired) == []
    every = {(q.id, c.value) for q in rulebook.questions for c in q.choices}
    every |= {(q.id, v) for q in rulebook.questions if q.type == "yes_no" for v in (True, False)}
    assert sorted(every - chosen, key=str) == []


def test_the_cases_show_layers_and_blockers() -> None:
    assert sum("expect_layers" in c for c in CASES) >= 3
    assert sum("expect_blockers" in c for c in CASES) >= 4
    assert len({c["name"] for c in CASES}) == len(CASES)


# --- a plain self-operated mall selling clothes asks only a handful of questions --------------

CLOTHES = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": False,
           "channels": ("own_domain",), "goods": ("general_goods",), "activities": ("none",),
           "operator": "company"}


def test_a_plain_clothes_mall_answers_only_a_handful_of_questions(rulebook: Rulebook) -> None:
    values: dict[str, Value] = {}
    asked = []
    while pending := open_questions(rulebook, values, TODAY):
        q = pending[0]
        asked.append(q.id)
        values[q.id] = CLOTHES[q.id]  # KeyError here would mean an unexpected question
    # Its own domain makes `operator` matter: an overseas entity cannot file the domain.
    assert asked == ["sells_own_goods", "third_party_sellers", "paid_content", "channels", "goods",
                     "activities", "operator"]
    statuses = {f.filing.id: f.status for f in evaluate(
        rulebook, {k: Answer(k, v, "prompt") for k, v in values.items()}, TODAY).filings}
    # The graded-protection filing (round three) is under review for anyone running a site of their own.
    assert [f for f, s in statuses.items() if s != "not_required"] == ["icp_filing", "psb_filing", "mlps_filing"]


def test_a_foreign_marketplace_is_asked_its_shareholders_and_region(rulebook: Rulebook) -> None:
    values: dict[str, Value] = {"sells_own_goods": False, "third_party_sellers": True,
                                "charges_sellers": True, "paid_content": False,
                                "channels": ("own_domain",), "activities": ("none",),
                                "wechat_only": False, "foreign_equity": "majority"}
    assert [q.id for q in open_questions(rulebook, values, TODAY)] == [
        "province", "registered_in_pilot", "users_where", "operator", "merchant_goods"]
    # Only the provinces with pilot areas are asked about the area.
    assert [q.id for q in open_questions(rulebook, {**values, "province": "other"}, TODAY)] == [
        "users_where", "operator", "merchant_goods"]
    # Before the 2024 pilot the area changes no status.
    before_pilot = dt.date(2024, 10, 22)
    statuses = [
        {f.filing.id: f.status for f in evaluate(rulebook, {
            k: Answer(k, v, "flag") for k, v in {**values, "province": "shanghai", "users_where": "one_province",
                                                  "registered_in_pilot": pilot, "operator": "company",
                                                  "merchant_goods": ("general_goods",)}.items()},
            before_pilot).filings}
        for pilot in (True, False)]
    assert statuses[0] == statuses[1]


# --- exhaustive completeness: every complete answer set, at every date boundary ----------------

def _values(q: Question, compared: set[str] | None = None) -> list[Value]:
    """Every value of q, up to what the conditions can tell apart: with `compared` (the choices
    some condition names), choices no condition names are one representative, since a comparison
    only asks whether a named choice is (among) the answer. None: every value."""
    if q.type == "yes_no":
        return [True, False]
    choices = [c.value for c in q.choices]
    if compared is not None:
        rest = [c for c in choices if c not in compared]
        choices = [c for c in choices if c in compared] + rest[:1]
    if q.type == "one_of":
        return choices
    return [tuple(sorted(sub)) for n in range(1, len(choices) + 1)
            for sub in itertools.combinations(choices, n)]


def _compared(rulebook: Rulebook, fid: str, questions: list[Question], layer: object = ...) -> dict[str, set[str]]:
    """Per question, the choices the filing's rules (in `layer`, when given) and the questions'
    `when`s compare."""
    conds = [r.when for r in rulebook.rules
             if any(e.filing == fid and (layer is ... or e.layer == layer) for e in r.effects)]
    conds += [q.when for q in questions if q.when is not None]
    out: dict[str, set[str]] = {q.id: set() for q in questions}
    for c in (c for w in conds for c in cond.comparisons(w)):
        if c.q in out and c.op != "is":
            out[c.q] |= set(c.value) if isinstance(c.value, tuple | list | frozenset) else {c.value}
    return out


def _read_closure(rulebook: Rulebook, fid: str, layer: object = ...) -> list[Question]:
    """The questions a filing's status can depend on: read by its rules, or gating those (with
    `layer`: only its rules with an effect in that layer, which alone make that layer's reading)."""
    reads: set[str] = set()
    for rule in rulebook.rules:
        if any(e.filing == fid and (layer is ... or e.layer == layer) for e in rule.effects):
            reads |= cond.questions_read(rule.when)
    for q in reversed(rulebook.questions):
        if q.id in reads:
            reads |= cond.questions_read(q.when)
    return [q for q in rulebook.questions if q.id in reads]


def _complete_states(rulebook: Rulebook, questions: list[Question],
                     compared: dict[str, set[str]] | None = None) -> Iterator[dict[str, object]]:
    """Every complete answer set over these questions that relevance allows (with `compared`, one
    per class the conditions cannot tell apart; see _values)."""
    def walk(i: int, states: dict[str, object]) -> Iterator[dict[str, object]]:
        if i == len(questions):
            yield dict(states)
            return
        q = questions[i]
        relevant = True if q.when is None else cond.evaluate(q.when, states.__getitem__)
        assert relevant is not None, q.id
        for v in (_values(q, None if compared is None else compared[q.id]) if relevant
                  else [cond.ABSENT]):
            states[q.id] = v
            yield from walk(i + 1, states)
        del states[q.id]
    yield from walk(0, {})


def _boundaries(rulebook: Rulebook, fid: str) -> list[dt.date]:
    days = {dt.date(2000, 1, 1), dt.date(2100, 1, 1)}
    for rule in rulebook.rules:
        if any(e.filing == fid for e in rule.effects):
            if rule.valid_from is not None:
                days |= {rule.valid_from - dt.timedelta(days=1), rule.valid_from}
            if rule.valid_to is not None:
                days |= {rule.valid_to, rule.valid_to + dt.timedelta(days=1)}
    return sorted(days)


@pytest.mark.slow  # ~1M answer sets for the ICP licence since round three's operator blockers
def test_every_filing_has_one_status_for_every_complete_answer_set(rulebook: Rulebook) -> None:
    layers = [None] + [x.id for x in rulebook.layers]
    problems = []
    for filing in rulebook.filings:
        # Only this filing's rules matter to it; dropping the rest keeps the walk fast.
        rules = tuple(r for r in rulebook.rules if any(e.filing == filing.id for e in r.effects))
        touched = {e.filing for r in rules for e in r.effects}
        own = dataclasses.replace(rulebook, rules=rules,
                                  filings=tuple(f for f in rulebook.filings if f.id in touched))
        days = _boundaries(rulebook, filing.id)
        own_layers = [x for x in layers
                      if x is None or any(e.layer == x for r in own.rules for e in r.effects)]
        others = {q.id: cond.UNKNOWN for q in rulebook.questions}
        # A layer's reading comes from the effects in that layer alone (engine: by_layer), so each
        # layer is walked over the questions its own rules read: the whole product of every
        # layer's questions (a platform layer each since rulebook 1.4.0) would be ~10^8 sets.
        for layer in own_layers:
            asked = _read_closure(rulebook, filing.id, layer)
            for states in _complete_states(rulebook, asked, _compared(rulebook, filing.id, asked, layer)):
                full = {**others, **states}
                for day in days:
                    outcome = engine._outcomes(own, full, day, layer)[filing.id]
                    kept = {e.status for _, e in outcome.effects}
                    gap = layer is None and outcome.status is None
                    if gap or len(kept) > 1:
                        problems.append((filing.id, layer, day.isoformat(), states,
                                         sorted(r.id for r, _ in outcome.effects)))
                        break
                if len(problems) > 20:
                    break
    assert problems == []


# --- moved from tests/test_rulebook_round3.py ---------------------------------------------------------------
# Round three of the legal audit (issue 27): what case files cannot pin - which advice (cautions)
# a person is shown for given answers, and the texts the audit corrected.


AUDIT_DAY = dt.date(2026, 12, 6)

WECHAT_MARKET: dict[str, Value] = {
    "sells_own_goods": False, "third_party_sellers": True, "charges_sellers": True,
    "paid_content": False, "channels": ("mini_program",), "activities": ("none",),
    "wechat_only": True, "foreign_equity": "none", "operator": "company",
    "merchant_goods": ("general_goods",)}


def shown_advice(rulebook: Rulebook, values: dict[str, Value]) -> set[str]:
    """The advice ids a person is shown: attached to some filing, condition true for the answers."""
    report = evaluate(rulebook, {k: Answer(k, v, "flag") for k, v in values.items()}, AUDIT_DAY)
    states = question_states(rulebook, values)
    return {a.id for f in report.filings for a in f.advice
            if a.when is None or cond.evaluate(a.when, states.__getitem__) is True}


LEANS = {"wechat_only_lean_anhui", "wechat_only_lean_henan", "wechat_only_lean_elsewhere",
         "wechat_only_cross_province"}


@pytest.mark.parametrize(("province", "users_where", "expected"), [
    ("anhui", "one_province", "wechat_only_lean_anhui"),
    ("henan", "one_province", "wechat_only_lean_henan"),
    ("other", "one_province", "wechat_only_lean_elsewhere"),
    ("other", "not_sure", "wechat_only_lean_elsewhere"),
    # Cross-province services are licensed by MIIT: no provincial lean, Anhui included.
    ("anhui", "several_provinces", "wechat_only_cross_province"),
    ("henan", "several_provinces", "wechat_only_cross_province"),
])
def test_the_wechat_only_lean_is_only_for_one_province(
        rulebook: Rulebook, province: str, users_where: str, expected: str) -> None:
    values = {**WECHAT_MARKET, "province": province, "users_where": users_where}
    assert shown_advice(rulebook, values) & LEANS == {expected}


def test_the_anhui_caution_does_not_name_henan_nor_all_provinces(rulebook: Rulebook) -> None:
    anhui = next(a for a in rulebook.advice if a.id == "wechat_only_lean_anhui")
    assert "河南" not in anhui.text.zh and "Henan" not in anhui.text.en
    assert "安徽省通信管理局公告明确" in anhui.text.zh
    every_text = [e.reason.zh for r in rulebook.rules for e in r.effects] + [
        a.text.zh for a in rulebook.advice]
    assert not [t for t in every_text if "各省通知明确" in t]


def test_a_prescription_drug_advertiser_is_warned(rulebook: Rulebook) -> None:
    pharmacy: dict[str, Value] = {
        "sells_own_goods": True, "third_party_sellers": False, "paid_content": False,
        "channels": ("own_domain",), "goods": ("drugs_devices",), "activities": ("none",),
        "drug_device_kinds": ("drugs",), "operator": "company"}
    assert "prescription_drug_ads" in shown_advice(rulebook, {**pharmacy, "own_ads": True})
    assert "prescription_drug_ads" not in shown_advice(rulebook, {**pharmacy, "own_ads": False})


def test_a_check_is_not_listed_among_filings_not_required(rulebook: Rulebook) -> None:
    from icpcheck.render.view import build

    assert rulebook.filing("distribution_scheme").kind == "check"  # type: ignore[union-attr]
    assert {f.id for f in rulebook.filings if f.kind == "check"} == {"distribution_scheme"}
    values: dict[str, Value] = {
        "sells_own_goods": True, "third_party_sellers": False, "paid_content": False,
        "channels": ("own_domain",), "goods": ("general_goods",), "activities": ("distribution",),
        "operator": "company", "distribution_pay": "own_sales_commission"}
    report = evaluate(rulebook, {k: Answer(k, v, "flag") for k, v in values.items()}, AUDIT_DAY)
    for lang in ("zh", "en"):
        view = build(report, lang)
        assert "distribution_scheme" not in {f.id for f in view.not_required}
        assert [f.id for f in view.checks] == ["distribution_scheme"]
        name = rulebook.filing("distribution_scheme").name.get(lang)  # type: ignore[union-attr]
        assert name not in view.not_required_line


def test_the_json_report_says_a_filings_kind_and_a_sources_url() -> None:
    import json

    from tests.conftest import run_cli

    out = run_cli(["-a", "sells_own_goods=yes", "-a", "third_party_sellers=no", "-a", "paid_content=no",
                   "-a", "channels=mini_program", "-a", "activities=distribution", "--format", "json",
                   "--no-input"]).stdout
    data = json.loads(out)
    kinds = {f["id"]: f["kind"] for f in data["filings"]}
    assert kinds["distribution_scheme"] == "check" and kinds["icp_filing"] == "filing"
    app = next(f for f in data["filings"] if f["id"] == "app_filing")
    urls = {c["source"]: c["url"] for r in app["reasons"] for c in r["citations"]}
    assert urls["app_filing_notice"] is None  # no official stable address known: none invented


def test_the_html_report_links_a_sources_url() -> None:
    from tests.conftest import run_cli

    html = run_cli(["-a", "sells_own_goods=yes", "-a", "third_party_sellers=no", "-a", "paid_content=no",
                    "-a", "channels=mini_program", "--format", "html", "--no-input"]).stdout
    url = "https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling"
    assert f'<a class="source-url" href="{url}">{url}</a>' in html


def _citations(rulebook: Rulebook) -> list[tuple[str, str]]:
    cs = [c for f in rulebook.filings for c in (*f.basis, *f.plan.citations)]
    cs += [c for r in rulebook.rules for e in r.effects for c in e.citations]
    cs += [c for a in rulebook.advice for c in a.citations]
    return [(c.source.id, c.confidence) for c in cs]


def test_a_source_has_one_rank_wherever_it_is_cited(rulebook: Rulebook) -> None:
    # Labels follow the source's rank (issue 27 item 8): one of law / official / practice per source;
    # inference, unverified and disputed say how a point was reached, not what the source is.
    ranks: dict[str, set[str]] = {}
    for sid, confidence in _citations(rulebook):
        if confidence in ("law", "official", "practice"):
            ranks.setdefault(sid, set()).add(confidence)
    assert {sid: r for sid, r in ranks.items() if len(r) > 1} == {}


def test_the_texts_the_audit_corrected(rulebook: Rulebook) -> None:
    advice = {a.id: a for a in rulebook.advice}
    assert "并处" in advice["penalty_unfiled"].text.zh and "mandatory" in advice["penalty_unfiled"].text.en
    assert "没有找到任何法律依据" in advice["benefit_policy"].text.zh
    assert "互联网诊疗" in advice["online_diagnosis_reserved"].text.zh
    every_zh = [e.reason.zh for r in rulebook.rules for e in r.effects] + [
        e.settle.zh for r in rulebook.rules for e in r.effects if e.settle] + [
        a.text.zh for a in rulebook.advice]
    assert not [t for t in every_zh if "一栏" in t or "经营范围" in t]
    assert not [t for t in every_zh if "您" in t]  # one register: 你
    names = {f.id: f.name.zh for f in rulebook.filings}
    assert names["online_food_seller_filing"].startswith("自建网站食品交易备案")
    assert names["payment_license"].startswith("《支付业务许可证》")
    assert names["cross_border_registration"].startswith("海关备案")
    assert "特殊医学用途配方食品" in names["ad_review"]
    icp_plan = rulebook.filing("icp_filing").plan  # type: ignore[union-attr]
    assert 5 not in next(c for c in icp_plan.citations if c.source.id == "measures_292").articles


def test_drug_sellers_and_drug_platforms_are_told_which_drugs_may_not_be_sold_online(
        rulebook: Rulebook) -> None:
    pharmacy: dict[str, Value] = {
        "sells_own_goods": True, "third_party_sellers": False, "paid_content": False,
        "channels": ("own_domain",), "goods": ("drugs_devices",), "activities": ("none",),
        "drug_device_kinds": ("drugs",), "operator": "company", "own_ads": False}
    assert "drugs_not_sold_online" in shown_advice(rulebook, pharmacy)
    devices = {**pharmacy, "drug_device_kinds": ("device_class_3",)}
    assert "drugs_not_sold_online" not in shown_advice(rulebook, devices)
    platform = {**WECHAT_MARKET, "wechat_only": False, "users_where": "one_province",
                "merchant_goods": ("drugs",)}
    assert "drugs_not_sold_online" in shown_advice(rulebook, platform)


# --- moved from tests/test_rulebook_round3b.py --------------------------------------------------------------
# Round three, items 9-12 (issue 27): what case files cannot pin - the cautions a person is shown,
# the platform duties in the calendar, and the labels the audit's memory allows.


SHOP: dict[str, Value] = {
    "sells_own_goods": True, "third_party_sellers": False, "paid_content": False,
    "channels": ("mini_program",), "goods": ("general_goods",), "activities": ("none",)}
MARKET: dict[str, Value] = {
    "sells_own_goods": False, "third_party_sellers": True, "charges_sellers": True,
    "paid_content": False, "channels": ("mini_program", "own_domain"), "activities": ("none",),
    "users_where": "several_provinces", "wechat_only": False, "foreign_equity": "none",
    "operator": "company", "merchant_goods": ("general_goods",)}
# What the audit gives from memory only: never `law`, never a confident status on its own.
MEMORY_SOURCES = {"mlps_measures", "algorithm_rules", "live_notice_2020", "live_service_rules",
                  "online_trade_measures", "consumer_law", "data_security_regulations",
                  "pi_audit_measures", "minors_online_regulations"}


def shown_due_advice(rulebook: Rulebook, values: dict[str, Value]) -> set[str]:
    report = evaluate(rulebook, {k: Answer(k, v, "flag") for k, v in values.items()}, AUDIT_DAY)
    states = question_states(rulebook, values)
    return {a.id for f in report.filings if f.status != "not_required" for a in f.advice
            if a.when is None or cond.evaluate(a.when, states.__getitem__) is True}


def test_every_shop_sees_its_duties_once_and_platforms_see_theirs(rulebook: Rulebook) -> None:
    shop = shown_due_advice(rulebook, SHOP)
    assert "every_shop_duties" in shop and "platform_duties_merchants" not in shop
    market = shown_due_advice(rulebook, MARKET)
    assert {"every_shop_duties", "platform_duties_merchants"} <= market


def test_the_other_platforms_caution_is_for_mini_programs_only(rulebook: Rulebook) -> None:
    assert "other_platform_mini_programs" in shown_due_advice(rulebook, SHOP)
    site = {**SHOP, "channels": ("own_domain",)}
    assert "other_platform_mini_programs" not in shown_due_advice(rulebook, site)
    text = next(a for a in rulebook.advice if a.id == "other_platform_mini_programs").text
    assert "105号" in text.zh and all(p in text.en for p in ("Douyin", "Alipay", "Baidu", "Kuaishou"))


def test_the_2026_measures_are_named_with_their_in_force_date_unverified(rulebook: Rulebook) -> None:
    duties = next(a for a in rulebook.advice if a.id == "platform_duties_merchants")
    assert "2026-01-07" in duties.text.zh and "施行日期未核实" in duties.text.zh
    assert "2026-01-07" in duties.text.en and "unverified" in duties.text.en


def test_memory_items_are_never_law_and_never_a_confident_status_alone(rulebook: Rulebook) -> None:
    for rule in rulebook.rules:
        for e in rule.effects:
            for c in e.citations:
                if c.source in MEMORY_SOURCES:
                    assert c.confidence != "law", (rule.id, c.source)
            if e.filing in ("mlps_filing", "algorithm_filing", "live_platform_registration"):
                assert e.status in ("review", "not_required"), rule.id
    for a in rulebook.advice:
        assert all(c.confidence != "law" for c in a.citations if c.source in MEMORY_SOURCES), a.id


def test_platform_duties_come_due_twice_a_year_in_the_calendar(rulebook: Rulebook) -> None:
    class Held:
        granted = dt.date(2025, 6, 1)
        expires = None

        def event(self, name: str) -> tuple[dt.date, ...]:
            return ()

        def done_dates(self, obligation: str) -> tuple[dt.date, ...]:
            return ()

    class Holdings:
        held = frozenset({"edi_license"})

        def of(self, filing: str) -> Held:
            return Held()

        def events(self, name: str) -> tuple[dt.date, ...]:
            return ()

    items = obligations.items(rulebook, {}, Holdings(), AUDIT_DAY)
    ours = {(i.obligation, i.occurrence): i for i in items
            if i.filing == "edi_license" and i.obligation.startswith("merchant_")}
    assert {ob for ob, _ in ours} == {"merchant_reverify_h1", "merchant_reverify_h2", "merchant_report_jan",
                         "merchant_report_jul"}
    # 2026-12-06: the second half-year's re-verification is open, due 2026-12-31.
    h2 = ours[("merchant_reverify_h2", "2026")]
    assert h2.status == "due" and h2.due == dt.date(2026, 12, 31)
    assert ours[("merchant_report_jan", "2027")].due == dt.date(2027, 1, 31)
    for ob in (o for o in rulebook.obligations if o.id.startswith("merchant_")):
        assert ob.citations and all(c.confidence == "unverified" for c in ob.citations), ob.id
