"""Round three of the legal audit (issue 27): what case files cannot pin - which advice (cautions)
a person is shown for given answers, and the texts the audit corrected."""

from __future__ import annotations

import datetime as dt

import pytest

from icpcheck.engine import Answer, evaluate, question_states
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Rulebook, Value

TODAY = dt.date(2026, 12, 6)

WECHAT_MARKET: dict[str, Value] = {
    "sells_own_goods": False, "third_party_sellers": True, "charges_sellers": True,
    "paid_content": False, "channels": ("mini_program",), "activities": ("none",),
    "wechat_only": True, "foreign_equity": "none", "operator": "company",
    "merchant_goods": ("general_goods",)}


def shown_advice(rulebook: Rulebook, values: dict[str, Value]) -> set[str]:
    """The advice ids a person is shown: attached to some filing, condition true for the answers."""
    report = evaluate(rulebook, {k: Answer(k, v, "flag") for k, v in values.items()}, TODAY)
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
    report = evaluate(rulebook, {k: Answer(k, v, "flag") for k, v in values.items()}, TODAY)
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
