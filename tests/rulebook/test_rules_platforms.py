"""Mini-programs on other platforms (issue 27 item 12): what case files cannot pin - that WeChat
stays the default, how --strict meets the new question, the warning and cautions a person is shown,
and the sources each platform's steps rest on."""

from __future__ import annotations

import datetime as dt

import pytest

from icpcheck import checking
from icpcheck.answers import conflicts
from icpcheck.engine import Answer, Report, evaluate, question_states
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Rulebook, Value

TODAY = dt.date(2026, 12, 6)
SHOP: dict[str, Value] = {
    "sells_own_goods": True, "third_party_sellers": False, "paid_content": False,
    "channels": ("mini_program",), "goods": ("general_goods",), "activities": ("none",)}
MARKET: dict[str, Value] = {
    "sells_own_goods": False, "third_party_sellers": True, "charges_sellers": True,
    "paid_content": False, "channels": ("mini_program",), "activities": ("none",),
    "users_where": "one_province", "wechat_only": True, "province": "anhui", "foreign_equity": "none",
    "operator": "company", "merchant_goods": ("general_goods",)}
OTHERS = ("alipay", "douyin", "baidu", "kuaishou", "other_platform")


def report(rulebook: Rulebook, values: dict[str, Value], as_of: dt.date = TODAY) -> Report:
    return evaluate(rulebook, {k: Answer(k, v, "flag") for k, v in values.items()}, as_of)


def shown_advice(rulebook: Rulebook, values: dict[str, Value]) -> set[str]:
    states = question_states(rulebook, values)
    return {a.id for f in report(rulebook, values).filings if f.status != "not_required" for a in f.advice
            if a.when is None or cond.evaluate(a.when, states.__getitem__) is True}


def readings(r: Report) -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
    """Each filing's status and its other layers' statuses: what a report says, without its wording."""
    return {f.filing.id: (f.status, tuple((lr.layer.id, lr.status) for lr in f.layers)) for f in r.filings}


def test_without_a_platforms_answer_the_report_reads_as_wechat_alone(rulebook: Rulebook) -> None:
    for values in (SHOP, MARKET):
        default = report(rulebook, values)
        assert readings(default) == readings(report(rulebook, {**values, "platforms": ("wechat",)}))
        assert not any(lr.layer.id in OTHERS for f in default.filings for lr in f.layers)


def test_strict_names_platforms_when_a_mini_program_leaves_it_to_its_default(rulebook: Rulebook) -> None:
    # The question is asked only with a mini-program, so only such answers files meet it; given,
    # it passes --strict like any other answer (how the earlier round-three questions were added).
    shop = {k: list(v) if isinstance(v, tuple) else v for k, v in SHOP.items()}
    with pytest.raises(checking.AssumedAnswers) as err:
        checking.run(checking.Request(rulebook, TODAY, document=shop, strict=True))
    assert [q.id for q in err.value.assumed] == ["platforms"]
    done = checking.run(checking.Request(rulebook, TODAY, document={**shop, "platforms": ["wechat"]},
                                         strict=True))
    assert readings(done.report) == readings(report(rulebook, SHOP))
    site = {**shop, "channels": ["own_domain"], "operator": "company"}
    assert "platforms" not in checking.run(checking.Request(rulebook, TODAY, document=site, strict=True)).answers


def test_each_platform_named_files_there_and_only_there(rulebook: Rulebook) -> None:
    chosen = {"douyin": "douyin", "alipay": "alipay", "baidu": "baidu", "kuaishou": "kuaishou",
              "other": "other_platform"}
    for choice, layer in chosen.items():
        app = next(f for f in report(rulebook, {**SHOP, "platforms": ("wechat", choice)}).filings
                   if f.filing.id == "app_filing")
        assert app.status == "required"
        assert [(lr.layer.id, lr.status) for lr in app.layers] == [(layer, "required")]


def test_other_platforms_category_rules_are_never_a_confident_answer(rulebook: Rulebook) -> None:
    for rule in rulebook.rules:
        for e in rule.effects:
            if e.layer in OTHERS and e.filing != "app_filing":
                assert e.status == "review" and e.settle is not None, rule.id
                assert any(c.confidence == "unverified" for c in e.citations), rule.id


def test_where_a_platform_takes_the_filing_is_named_only_from_its_own_documents(rulebook: Rulebook) -> None:
    effects = {r.id: e for r in rulebook.rules for e in r.effects if e.filing == "app_filing" and e.layer}
    cited = {rid: {c.source.id for c in e.citations} for rid, e in effects.items()}
    assert "baidu_filing_guide" in cited["baidu_mini_program_filing"]
    assert "备案管理" in effects["baidu_mini_program_filing"].reason.zh
    assert "douyin_filing_docs" in cited["douyin_mini_program_filing"]
    for rid in ("alipay_mini_program_filing", "kuaishou_mini_program_filing", "other_platform_filing"):
        assert any(c.confidence == "unverified" for c in effects[rid].citations), rid
        reason = effects[rid].reason
        assert "不在本规则集的资料中" in reason.zh and "not in icpcheck's sources" in reason.en
    sources = {s.id: s for s in rulebook.sources}
    for sid in ("baidu_filing_guide", "douyin_filing_docs"):
        url = sources[sid].url
        assert url is not None and url.startswith("https://")


def test_wechat_only_on_other_platforms_is_warned_and_cautioned(rulebook: Rulebook) -> None:
    def warned(values: dict[str, Value]) -> set[str]:
        return {str(w.params["id"]) for w in conflicts(rulebook, {k: Answer(k, v, "flag") for k, v in values.items()})}

    assert warned({**MARKET, "platforms": ("douyin",)}) >= {"wechat_only_not_on_wechat"}
    assert "wechat_only_not_on_wechat" not in warned({**MARKET, "platforms": ("wechat", "douyin")})
    assert "wechat_only_other_platforms" in shown_advice(rulebook, {**MARKET, "platforms": ("wechat", "douyin")})
    # The Anhui notice is recorded as concerning WeChat and Alipay: no caution for those two.
    assert "wechat_only_other_platforms" not in shown_advice(rulebook, {**MARKET, "platforms": ("wechat", "alipay")})

