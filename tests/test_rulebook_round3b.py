"""Round three, items 9-12 (issue 27): what case files cannot pin - the cautions a person is shown,
the platform duties in the calendar, and the labels the audit's memory allows."""

from __future__ import annotations

import datetime as dt

from icpcheck import obligations
from icpcheck.engine import Answer, evaluate, question_states
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Rulebook, Value

TODAY = dt.date(2026, 12, 6)
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


def shown_advice(rulebook: Rulebook, values: dict[str, Value]) -> set[str]:
    report = evaluate(rulebook, {k: Answer(k, v, "flag") for k, v in values.items()}, TODAY)
    states = question_states(rulebook, values)
    return {a.id for f in report.filings if f.status != "not_required" for a in f.advice
            if a.when is None or cond.evaluate(a.when, states.__getitem__) is True}


def test_every_shop_sees_its_duties_once_and_platforms_see_theirs(rulebook: Rulebook) -> None:
    shop = shown_advice(rulebook, SHOP)
    assert "every_shop_duties" in shop and "platform_duties_merchants" not in shop
    market = shown_advice(rulebook, MARKET)
    assert {"every_shop_duties", "platform_duties_merchants"} <= market


def test_the_other_platforms_caution_is_for_mini_programs_only(rulebook: Rulebook) -> None:
    assert "other_platform_mini_programs" in shown_advice(rulebook, SHOP)
    site = {**SHOP, "channels": ("own_domain",)}
    assert "other_platform_mini_programs" not in shown_advice(rulebook, site)
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

    items = obligations.items(rulebook, {}, Holdings(), TODAY)
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
