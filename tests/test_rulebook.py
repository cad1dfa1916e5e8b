"""The built-in rulebook keeps the public contract: ids, citations on every rule, zh and en everywhere."""

from __future__ import annotations

from dataclasses import fields, is_dataclass

from icpcheck.rulebook.model import Rulebook, Text


def texts(obj: object, path: str = "") -> list[tuple[str, Text]]:
    """Every Text anywhere in the model, with where it is."""
    if isinstance(obj, Text):
        return [(path, obj)]
    if isinstance(obj, tuple):
        return [t for i, item in enumerate(obj) for t in texts(item, f"{path}[{i}]")]
    if is_dataclass(obj) and not isinstance(obj, type):
        return [t for f in fields(obj) for t in texts(getattr(obj, f.name), f"{path}.{f.name}")]
    return []


def test_public_answer_and_filing_ids(rulebook: Rulebook) -> None:
    questions = {q.id: q for q in rulebook.questions}
    for qid in ("sells_own_goods", "third_party_sellers", "charges_sellers", "paid_content"):
        assert questions[qid].type == "yes_no"
    assert questions["charges_sellers"].when is not None
    assert questions["channels"].type == "many_of"
    assert {c.value for c in questions["channels"].choices} >= {"mini_program", "own_domain", "saas_storefront"}
    assert questions["channels"].default == ("own_domain",)
    assert {f.id for f in rulebook.filings} >= {"icp_filing", "icp_license", "edi_license", "app_filing",
                                                 "psb_filing"}
    assert {m.id for m in rulebook.models} >= {"self-operated", "platform", "paid-content"}


def test_every_rule_effect_has_a_reason_and_a_citation(rulebook: Rulebook) -> None:
    for rule in rulebook.rules:
        assert rule.effects, rule.id
        for effect in rule.effects:
            assert effect.citations, f"{rule.id} -> {effect.filing}"
            if effect.status == "review":
                assert effect.settle is not None, rule.id


def test_every_text_has_zh_and_en(rulebook: Rulebook) -> None:
    found = texts(rulebook)
    assert len(found) > 50
    for where, text in found:
        assert text.zh.strip() and text.en.strip(), where


def test_every_citation_names_a_titled_source(rulebook: Rulebook) -> None:
    for rule in rulebook.rules:
        for effect in rule.effects:
            for c in effect.citations:
                assert c.source.title.zh and c.source.title.en
    article = next(s for s in rulebook.sources if s.id == "article")
    assert article.title.zh.startswith("《微信微商城需要ICP证吗")


def test_rulebook_is_identified(rulebook: Rulebook) -> None:
    assert rulebook.id == "wechat-mall" and rulebook.version and rulebook.checked
    assert len(rulebook.sha256) == 64
