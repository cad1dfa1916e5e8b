"""The format-neutral view (icpcheck.render.view) on the article rulebook, plus a layer and a
blocker added here, and the people's formats that lay it out."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import yaml

from icpcheck.engine import Answer, Report, evaluate
from icpcheck.gate import Holdings, apply
from icpcheck.i18n import t
from icpcheck.render import render
from icpcheck.render.view import ReportView, build
from icpcheck.rulebook.build import build_rulebook
from icpcheck.rulebook.model import ADVICE_KINDS, Rulebook
from icpcheck.rulebook.reader import Document
from tests.conftest import parse_junit, run_cli
from tests.rules_helpers import ARTICLE

AS_OF = dt.date(2026, 11, 28)
PLATFORM = {"sells_own_goods": False, "third_party_sellers": True, "charges_sellers": True,
            "paid_content": False, "channels": ("own_domain", "mini_program")}


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    """The article rulebook with a second layer, and a blocker on the platform's ICP licence."""
    data: dict[str, Any] = yaml.safe_load(ARTICLE.read_text(encoding="utf-8"))
    data["layers"] = [{"id": "shop", "name": {"zh": "平台审核", "en": "Shop review"},
                       "what": {"zh": "平台的要求。", "en": "What the shop platform asks."}}]
    rule = next(r for r in data["rules"] if r["id"] == "platform_charges_sellers")
    icp = next(e for e in rule["sets"] if e["filing"] == "icp_license")
    icp["blocker"] = {"zh": "外资不能持有。", "en": "Foreign owners cannot hold it."}
    rule["sets"].append({
        "filing": "edi_license", "layer": "shop", "status": "review",
        "reason": {"zh": "平台可能要求许可证。", "en": "The shop platform may ask for the licence."},
        "settle": {"zh": "查看类目要求。", "en": "Check the category's list."},
        "citations": [{"source": "article", "confidence": "practice"}],
    })
    built, problems = build_rulebook(Document(data, {}, "article.yaml"))
    assert built is not None, problems
    return built


def report_of(rulebook: Rulebook, values: dict[str, Any], holdings: Holdings | None = None,
              fail_on: str | None = None) -> Report:
    report = evaluate(rulebook, {k: Answer(k, v, "flag") for k, v in values.items()}, AS_OF)
    return apply(report, holdings, fail_on) if holdings is not None else report


@pytest.fixture(scope="module")
def platform(rulebook: Rulebook) -> Report:
    return report_of(rulebook, PLATFORM)


def test_a_blocked_filing_and_its_layers_are_in_the_view(platform: Report) -> None:
    view = build(platform, "en")
    assert [(b.filing, b.text) for b in view.blockers] == [
        ("ICP licence (value-added telecom licence, B25)", "Foreign owners cannot hold it.")]
    icp = next(f for f in view.filings if f.id == "icp_license")
    assert [r.blocker for r in icp.reasons] == ["Foreign owners cannot hold it."]
    edi = next(f for f in view.filings if f.id == "edi_license")
    assert edi.status == "required" and edi.status_word == "required"
    (layer,) = edi.layers
    assert (layer.name, layer.status, layer.line, layer.what) == (
        "Shop review", "review", "Shop review: review", "What the shop platform asks.")
    assert [(r.rule, r.text, r.settle) for r in layer.reasons] == [
        ("platform_charges_sellers", "The shop platform may ask for the licence.",
         "Check the category's list.")]


def test_filings_keep_rulebook_order_and_only_needed_ones_are_detailed(
        rulebook: Rulebook, platform: Report) -> None:
    view = build(platform, "en")
    assert [f.id for f in view.filings] == [f.id for f in rulebook.filings]
    assert {f.id: f.detail for f in view.filings} == {
        f.filing.id: f.status != "not_required" for f in platform.filings}
    assert {c.status: c.n for c in view.counts} == {
        s: sum(f.status == s for f in platform.filings) for s in ("required", "review", "not_required")}


def test_a_filing_is_worded_in_the_reports_language(platform: Report) -> None:
    view = build(platform, "zh")
    edi = next(f for f in view.filings if f.id == "edi_license")
    assert edi.name.startswith("EDI许可证") and edi.status_word == "需要办理"
    assert edi.issuer.startswith("省级通信管理局")
    assert edi.why == edi.reasons[0].text and "在线数据处理" in edi.why
    assert all(c.endswith("]") and "[" in c for c in edi.basis)  # each with its confidence label
    because = {b.question: b.value for r in edi.reasons for b in r.because}
    assert because == {"third_party_sellers": "是", "charges_sellers": "是"}
    channels = next(a for a in view.answers if a.id == "channels")
    # Several choices joined with ；in Chinese, as the interview always did (one formatter for both).
    assert channels.value == ("own_domain (自有域名上的网站、公众号H5页面或小程序后台服务器域名)；"
                              "mini_program (自己的小程序或App（即使由有赞、微盟等SaaS搭建）)")
    assert channels.source == "命令行参数"


def test_advice_is_said_once_under_the_filings_it_applies_to(platform: Report) -> None:
    view = build(platform, "en")
    shown = {s.filing.id for s in view.plan} | {f.id for f in view.others}
    blocked = {f.id for f in view.filings if f.blocked}
    said: list[tuple[str, tuple[str, ...]]] = []
    for f in view.filings:
        said += [(item.text, (f.id,)) for g in f.advice for item in g.items]
    for shared in view.shared:
        assert len(shared.filings) > 1 and all(name in shared.names for name in
                                                (v.short_name for v in view.filings
                                                 if v.id in shared.filings))
        said += [(item.text, shared.filings) for g in shared.advice for item in g.items]
    texts = [text for text, _ in said]
    assert len(texts) == len(set(texts))  # each once
    expected: dict[str, set[str]] = {}
    for result in platform.filings:
        if result.filing.id not in shown:
            continue
        for a in result.advice:
            if a.kind == "benefit" and result.filing.id in blocked:
                continue  # no benefits promised for a filing that cannot be had
            expected.setdefault(a.text.en, set()).add(result.filing.id)
    assert {text: set(ids) for text, ids in said} == expected
    for groups in [f.advice for f in view.filings] + [sh.advice for sh in view.shared]:
        kinds = [g.kind for g in groups]
        assert kinds == [k for k in ADVICE_KINDS if k in kinds] and all(g.heading for g in groups)


def test_the_gate_shows_once_something_is_held(rulebook: Rulebook, platform: Report) -> None:
    assert not build(platform, "en").gate.shown
    held = report_of(rulebook, PLATFORM, Holdings(frozenset({"icp_filing"})), "required")
    view = build(held, "en")
    assert view.gate.shown and not view.gate.passed and view.gate.fail_on == "required"
    assert view.gate.failing == tuple(sorted(f.filing.id for f in held.filings
                                             if f.status == "required" and f.filing.id != "icp_filing"))
    cells = {f.id: (f.gate.state, f.gate.text, f.gate.fails) for f in view.filings}
    assert cells["icp_filing"] == ("held", "held", False)
    assert cells["icp_license"] == ("missing", "missing", True)
    # For people, by name (CI's summary line on stderr keeps the ids).
    names = {f.id: f.short_name for f in view.filings}
    assert view.gate.line == (f"held 1 · waived 0 · missing {len(view.gate.failing)} — gate FAILED "
                              f"(fail on required): missing {', '.join(names[i] for i in view.gate.failing)}")
    assert "icp_license" not in view.gate.line


def ids_in_order(text: str, view: ReportView) -> list[str]:
    """The view's filing ids in the order they first appear in a rendered report."""
    found = [(text.find(f.id), f.id) for f in view.filings]
    assert all(at >= 0 for at, _ in found), [fid for at, fid in found if at < 0]
    return [fid for _, fid in sorted(found)]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_format_lays_out_the_same_filings(platform: Report, lang: str) -> None:
    view = build(platform, lang)
    ids = [f.id for f in view.filings]
    steps = [s.filing for s in view.plan]
    markdown = render(platform, "markdown", lang)
    text = render(platform, "text", lang, terminal=False)
    flat = " ".join(text.split())
    for out in (markdown, flat):
        # The plan first, in its order; then one line naming the rest.
        start = out.index(t("head.plan", lang))  # after the blockers
        at = [out.index(f.name, start) for f in steps]
        assert at == sorted(at)
        if view.not_required_line:
            assert at[-1] < out.index(view.not_required_line)
        assert all(f.short_name in view.not_required_line for f in view.not_required)
        assert not any(fid in out for fid in ids)  # ids only with --detail
    assert [m for m in re.findall(r"^## \d+\. (.+) — ", markdown, flags=re.M)] == [f.name for f in steps]

    detailed = render(platform, "markdown", lang, detail=True, show_all=True)
    assert all(f"`{fid}`" in detailed for fid in ids)
    assert all(f.why in detailed for f in view.not_required)
    text = render(platform, "text", lang, terminal=False, detail=True)
    for f in steps:
        assert all(r.rule in text for r in f.reasons)

    junit = parse_junit(render(platform, "junit", lang))
    cases = {c.get("name"): (c.findtext("system-out") or "") for c in junit.iter("testcase")}
    assert sorted(cases) == sorted(ids)
    for f in view.filings:
        assert cases[f.id].startswith(f"{f.name}{t('colon', lang)}{f.status_word}")

    for out in (markdown, flat):
        for b in view.blockers:
            assert " ".join(b.text.split()) in out
        for f in view.filings:
            for lr in f.layers:
                assert lr.line in out


def test_warnings_are_in_the_reports_language_in_text_and_markdown() -> None:
    args = ["--rules", str(ARTICLE), "--model", "self-operated", "-a", "charges_sellers=yes",
            "--no-input", "--lang", "zh"]
    markdown = run_cli([*args, "--format", "markdown"]).stdout
    section = markdown[markdown.index("## 提示"):].split("\n## ")[0]
    (warning,) = [line[2:] for line in section.splitlines() if line.startswith("- ")]
    assert "charges_sellers" in warning and "ignored" not in warning
    assert f"! {warning}" in run_cli([*args, "--format", "text"]).stdout.replace("\n", "")
