"""Layers, blockers and conditional advice: the rulebook keys, the engine, and every format."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from icpcheck.engine import Answer, evaluate, open_questions
from icpcheck.errors import RulebookError
from icpcheck.render import render
from icpcheck.rulebook.build import build_rulebook
from icpcheck.rulebook.model import Rulebook
from icpcheck.rulebook.reader import Document
from tests.conftest import run_cli
from tests.rules_helpers import builtin_yaml

TODAY = dt.date(2026, 11, 28)

WECHAT_MARKETPLACE = ["-a", "sells_own_goods=no", "-a", "third_party_sellers=yes",
                      "-a", "charges_sellers=yes", "-a", "paid_content=no",
                      "-a", "channels=mini_program", "-a", "wechat_only=yes"]
FOREIGN_MARKETPLACE = ["-a", "sells_own_goods=no", "-a", "third_party_sellers=yes",
                       "-a", "charges_sellers=yes", "-a", "paid_content=no",
                       "-a", "channels=own_domain", "-a", "foreign_equity=majority",
                       "-a", "registered_in_pilot=no"]


def raw_rulebook() -> dict[str, Any]:
    data: dict[str, Any] = builtin_yaml()
    return data


def problems(data: dict[str, Any]) -> list[str]:
    rulebook, found = build_rulebook(Document(data, {}, "test.yaml"))
    assert (rulebook is None) == bool(found)
    return [p.message for p in found]


def rule(data: dict[str, Any], rid: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in data["rules"] if r["id"] == rid)
    return found


# --- the loader accepts and checks the new keys ----------------------------------------------

def test_the_built_in_rulebook_declares_the_wechat_layer(rulebook: Rulebook) -> None:
    # Rulebook 1.4.0 (issue 27 item 12): a layer per other platform a mini-program is published on.
    assert [x.id for x in rulebook.layers] == ["wechat", "alipay", "douyin", "baidu", "kuaishou", "other_platform"]
    assert any(e.layer == "wechat" for r in rulebook.rules for e in r.effects)
    assert any(e.blocker for r in rulebook.rules for e in r.effects)
    assert any(a.when is not None for a in rulebook.advice)


def test_an_effect_must_name_a_declared_layer() -> None:
    data = raw_rulebook()
    rule(data, "wechat_review_marketplace")["sets"][0]["layer"] = "xiaohongshu"  # a platform with no layer
    assert any("unknown layer 'xiaohongshu'" in m for m in problems(data))
    data = raw_rulebook()
    del data["layers"]
    assert any("unknown layer 'wechat'" in m for m in problems(data))


def test_a_layer_needs_an_id_and_a_name_in_both_languages() -> None:
    data = raw_rulebook()
    data["layers"][0]["name"] = {"zh": "微信"}
    data["layers"][0]["colour"] = "green"
    found = problems(data)
    assert any("missing its 'en' version" in m for m in found)
    assert any("unknown key 'colour'" in m for m in found)


def test_one_rule_may_set_a_filing_once_per_layer() -> None:
    data = raw_rulebook()
    r = rule(data, "wechat_only_no_licence")
    wechat = copy.deepcopy(rule(data, "wechat_review_information")["sets"][0])
    r["sets"].append(wechat)  # icp_license in the regulator's layer and in WeChat's: fine
    assert problems(data) == []
    r["sets"].append(copy.deepcopy(wechat))
    assert any("sets filing 'icp_license' twice in layer 'wechat'" in m for m in problems(data))


@pytest.mark.parametrize("text", ["then allow {allow} {oops}.", "then allow {allow} {.", "{allow.real}",
                                  "{allow!r}", "{0}", "{}"])
def test_a_bottom_line_names_only_what_the_report_fills_in(text: str) -> None:
    # A custom rulebook's bottom line with another placeholder crashed every report (KeyError).
    data = raw_rulebook()
    data["bottom_line"]["lines"][0]["text"]["en"] = text
    assert any("a placeholder other than {required}, {review}, {first}, {allow}" in m for m in problems(data))
    data["bottom_line"]["lines"][0]["text"]["en"] = "{{literal}} braces, then allow {allow}"
    assert problems(data) == []


def test_an_obligation_of_lists_filing_ids_only() -> None:
    # Found by the mutated-rulebook fuzz: a list inside `of` reached the report as an internal error.
    data = raw_rulebook()
    ob = data["obligations"]["food_platform_filing"][0]
    ob["of"] = [list(ob["of"])]
    assert any("should list filing ids, not a list" in m for m in problems(data))
    ob["of"] = ["edi_licence"]
    assert any("unknown filing 'edi_licence' (did you mean 'edi_license'?)" in m for m in problems(data))


def test_a_blocker_needs_a_status_that_sends_someone_to_act() -> None:
    data = raw_rulebook()
    effect = rule(data, "no_av_programmes")["sets"][0]
    effect["blocker"] = {"zh": "不行", "en": "No"}
    assert any("a blocker needs status required or review" in m for m in problems(data))
    effect["blocker"] = {"zh": "不行"}
    assert any("missing its 'en' version" in m for m in problems(data))


def test_advice_when_is_a_checked_condition() -> None:
    data = raw_rulebook()
    data["advice"][-1]["when"] = {"q": "users_where", "eq": "mars"}
    assert any("not among the choices of 'users_where'" in m for m in problems(data))


# --- the engine ------------------------------------------------------------------------------

def answers(**values: object) -> dict[str, Answer]:
    return {k: Answer(k, tuple(v) if isinstance(v, list) else v, "flag")  # type: ignore[arg-type]
            for k, v in values.items()}


DUTIES = ("platform_duties_merchants", "platform_duties_no_pooled_funds")
MARKET = dict(sells_own_goods=False, third_party_sellers=True, charges_sellers=True,
              paid_content=False, channels=["own_domain"], activities=["none"], wechat_only=False,
              foreign_equity="none", operator="company", merchant_goods=["general_goods"])


@pytest.mark.parametrize(("where", "shown"), [
    ("one_province", ["obligation_capital_one_province"]),
    ("several_provinces", ["obligation_capital_cross_province"]),
    ("not_sure", ["obligation_capital_not_sure"]),
])
def test_advice_with_a_condition_shows_only_where_it_applies(rulebook: Rulebook, where: str,
                                                             shown: list[str]) -> None:
    report = evaluate(rulebook, answers(**MARKET, users_where=where), TODAY)
    icp = next(f for f in report.filings if f.filing.id == "icp_license")
    assert [a.id for a in icp.advice if a.id.startswith("obligation_capital")] == shown
    edi = next(f for f in report.filings if f.filing.id == "edi_license")
    assert set(DUTIES) <= {a.id for a in edi.advice}


def test_platform_duties_are_not_shown_without_merchants(rulebook: Rulebook) -> None:
    report = evaluate(rulebook, answers(sells_own_goods=True, third_party_sellers=False,
                                        paid_content=True, channels=["own_domain"],
                                        goods=["general_goods"], activities=["none"],
                                        content_kinds=["articles_courses"], wechat_only=False,
                                        foreign_equity="none", users_where="one_province"), TODAY)
    edi = next(f for f in report.filings if f.filing.id == "edi_license")
    assert not {a.id for a in edi.advice} & set(DUTIES)


def test_a_question_that_only_changes_advice_or_a_blocker_is_asked(rulebook: Rulebook) -> None:
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in MARKET.items()}
    # Every status is settled, but where users are decides the capital advice.
    assert [q.id for q in open_questions(rulebook, values, TODAY)] == ["users_where"]
    del values["foreign_equity"]
    # ...and foreign shareholders could block the ICP licence.
    assert [q.id for q in open_questions(rulebook, values, TODAY)] == [
        "foreign_equity", "province", "registered_in_pilot", "users_where"]


def test_the_filing_status_stays_the_regulators(rulebook: Rulebook) -> None:
    values = {**MARKET, "channels": ["mini_program"], "wechat_only": True}
    report = evaluate(rulebook, answers(**values, users_where="one_province"), TODAY)
    by_id = {f.filing.id: f for f in report.filings}
    # WeChat-only: the regulator's answer is disputed (review); WeChat's own review asks for the licence.
    assert by_id["edi_license"].status == "review"
    (layer,) = by_id["edi_license"].layers
    assert (layer.layer.id, layer.status) == ("wechat", "required")
    assert [r.rule.id for r in layer.reasons] == ["wechat_review_marketplace"]
    assert by_id["app_filing"].layers == ()


# --- every format shows layers and blockers --------------------------------------------------

def test_json_adds_layers_and_blockers_without_changing_existing_keys() -> None:
    r = run_cli([*WECHAT_MARKETPLACE, "--format", "json", "--lang", "en"])
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["blockers"] == []
    edi = next(f for f in data["filings"] if f["id"] == "edi_license")
    assert edi["status"] == "review"
    assert edi["layers"]["wechat"]["status"] == "required"
    assert edi["layers"]["wechat"]["name"] == "WeChat's category review"
    assert [x["rule"] for x in edi["layers"]["wechat"]["reasons"]] == ["wechat_review_marketplace"]
    psb = next(f for f in data["filings"] if f["id"] == "psb_filing")
    assert psb["layers"] == {} and psb["blockers"] == []
    assert data["summary"]["required"] == 1  # the summary counts the regulator's statuses


def test_json_lists_blockers_at_the_top_and_on_the_filing() -> None:
    data = json.loads(run_cli([*FOREIGN_MARKETPLACE, "--format", "json", "--lang", "en"]).stdout)
    assert [(b["filing"], b["rule"]) for b in data["blockers"]] == [
        ("icp_license", "foreign_icp_cap_outside_pilot")]
    icp = next(f for f in data["filings"] if f["id"] == "icp_license")
    assert icp["blockers"][0]["text"].startswith("Over 50% foreign-owned outside the pilot areas")
    assert any(x["blocker"] for x in icp["reasons"])


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_human_formats_show_blockers_first_and_layers(fmt: str, lang: str) -> None:
    out = " ".join(run_cli([*FOREIGN_MARKETPLACE, "--format", fmt, "--lang", lang,
                            "--detail"]).stdout.split())
    heading = "无法按计划进行" if lang == "zh" else "Blockers: cannot go ahead as planned"
    assert heading in out
    assert out.index(heading) < out.index("foreign_icp_cap_outside_pilot")
    out = " ".join(run_cli([*WECHAT_MARKETPLACE, "--format", fmt, "--lang", lang,
                            "--detail"]).stdout.split())
    layer = "微信类目审核" if lang == "zh" else "WeChat's category review"
    assert layer in out and "wechat_review_marketplace" in out
    assert heading not in out


def test_reports_without_layers_or_blockers_do_not_mention_them(rulebook: Rulebook) -> None:
    report = evaluate(rulebook, answers(**MARKET, users_where="one_province"), TODAY)
    for fmt in ("text", "markdown"):
        out = render(report, fmt, "en")
        assert "Blockers" not in out and "Other layers" not in out


def test_an_unreadable_layer_key_fails_loading_with_exit_4(tmp_path: Path) -> None:
    data = raw_rulebook()
    rule(data, "wechat_review_marketplace")["sets"][0]["layer"] = "xiaohongshu"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    r = run_cli(["--rules", str(bad), "--model", "platform"])
    assert r.exit_code == RulebookError.exit_code and "unknown layer" in r.stderr
