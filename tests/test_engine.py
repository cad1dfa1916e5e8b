"""The engine on the small article rulebook (tests/rulebooks/article.yaml, whose ids do not move):
statuses and reasons, overrides, dated rules, disputes, and the three-valued question flow. What the
built-in rulebook decides is checked by its own cases (rules/tests/*.cases.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest

from icpcheck.answers import from_models
from icpcheck.engine import Answer, Report, evaluate, open_questions, unsettled_filings
from icpcheck.rulebook.build import load_rulebook
from icpcheck.rulebook.model import Rulebook
from tests.rules_helpers import ARTICLE

TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return load_rulebook(str(ARTICLE))


def answers(**values: object) -> dict[str, Answer]:
    return {k: Answer(k, tuple(v) if isinstance(v, list) else v, "flag")  # type: ignore[arg-type]
            for k, v in values.items()}


def report_for(rulebook: Rulebook, as_of: dt.date = TODAY, **values: object) -> Report:
    """The report for a complete answer set, given in full by the test (no defaults filled in)."""
    given = answers(**values)
    pending = open_questions(rulebook, {k: a.value for k, a in given.items()}, as_of)
    assert not pending, f"the test's answers leave {[q.id for q in pending]} open"
    return evaluate(rulebook, given, as_of)


def result(rulebook: Rulebook, as_of: dt.date = TODAY, **values: object) -> dict[str, tuple[str, list[str]]]:
    report = report_for(rulebook, as_of, **values)
    return {f.filing.id: (f.status, sorted(r.rule.id for r in f.reasons)) for f in report.filings}


def status(rulebook: Rulebook, as_of: dt.date = TODAY, **values: object) -> dict[str, str]:
    return {k: v[0] for k, v in result(rulebook, as_of, **values).items()}


SELF = dict(sells_own_goods=True, third_party_sellers=False, paid_content=False, channels=["own_domain"])
PLATFORM = dict(sells_own_goods=False, third_party_sellers=True, charges_sellers=True,
                paid_content=False, channels=["own_domain"])
CONTENT = dict(sells_own_goods=False, third_party_sellers=False, paid_content=True,
               channels=["own_domain"])


def test_self_operated_needs_only_the_icp_filing(rulebook: Rulebook) -> None:
    r = result(rulebook, **SELF)
    assert r["icp_filing"] == ("required", ["own_domain_filing"])
    assert r["icp_license"] == ("not_required", ["no_paid_information", "own_goods_only"])
    assert r["edi_license"] == ("not_required", ["no_third_party_sellers"])
    assert r["psb_filing"] == ("required", ["own_domain_filing"])
    assert r["app_filing"] == ("not_required", ["no_mini_program"])


def test_platform_charging_sellers_needs_icp_and_edi_licences(rulebook: Rulebook) -> None:
    r = result(rulebook, **PLATFORM)
    assert r["icp_license"] == ("required", ["platform_charges_sellers"])
    assert r["edi_license"] == ("required", ["platform_charges_sellers"])


def test_paid_content_needs_icp_licence_but_not_edi(rulebook: Rulebook) -> None:
    r = result(rulebook, **CONTENT)
    assert r["icp_license"] == ("required", ["paid_information"])
    assert r["edi_license"] == ("not_required", ["no_third_party_sellers"])


def test_mixed_models_give_the_union_with_each_reason(rulebook: Rulebook) -> None:
    r = result(rulebook, sells_own_goods=True, third_party_sellers=True, charges_sellers=True,
               paid_content=True, channels=["own_domain"])
    assert r["icp_license"] == ("required", ["paid_information", "platform_charges_sellers"])
    assert r["edi_license"] == ("required", ["platform_charges_sellers"])


def test_paid_content_overrides_own_goods_reason(rulebook: Rulebook) -> None:
    # A self-operated mall that also sells courses: the own-goods 'not required' gives way.
    r = result(rulebook, **{**SELF, "paid_content": True})
    assert r["icp_license"] == ("required", ["paid_information"])


def test_free_marketplace_is_review_with_both_sides_and_what_settles_it(rulebook: Rulebook) -> None:
    report = report_for(rulebook, TODAY, sells_own_goods=False, third_party_sellers=True,
                        charges_sellers=False, paid_content=False, channels=["own_domain"])
    edi = next(f for f in report.filings if f.filing.id == "edi_license")
    assert edi.status == "review"
    (reason,) = edi.reasons
    assert reason.effect.settle is not None
    assert "article" in reason.effect.reason.en and "provincial" in reason.effect.reason.en
    assert {c.confidence for c in reason.effect.citations} == {"disputed"}
    icp = next(f for f in report.filings if f.filing.id == "icp_license")
    assert icp.status == "not_required"


@pytest.mark.parametrize(
    ("channels", "expected"),
    [
        (["mini_program"], {"app_filing": "required", "icp_filing": "not_required",
                            "psb_filing": "not_required"}),
        (["own_domain"], {"app_filing": "not_required", "icp_filing": "required",
                          "psb_filing": "required"}),
        (["saas_storefront"], {"app_filing": "not_required", "icp_filing": "not_required",
                               "psb_filing": "not_required"}),
        (["mini_program", "own_domain", "saas_storefront"],
         {"app_filing": "required", "icp_filing": "required", "psb_filing": "required"}),
    ],
)
def test_channels(rulebook: Rulebook, channels: list[str], expected: dict[str, str]) -> None:
    got = status(rulebook, **{**SELF, "channels": channels})
    assert {k: got[k] for k in expected} == expected


def test_saas_only_and_no_own_site_give_their_own_reasons(rulebook: Rulebook) -> None:
    assert result(rulebook, **{**SELF, "channels": ["saas_storefront"]})["icp_filing"][1] == [
        "saas_storefront_only"]
    assert result(rulebook, **{**SELF, "channels": ["mini_program"]})["icp_filing"][1] == ["no_own_site"]


def test_app_filing_is_dated(rulebook: Rulebook) -> None:
    mini = {**SELF, "channels": ["mini_program"]}
    assert result(rulebook, dt.date(2023, 8, 31), **mini)["app_filing"] == (
        "not_required", ["mini_program_before_filing_regime"])
    assert result(rulebook, dt.date(2023, 9, 1), **mini)["app_filing"] == (
        "required", ["mini_program_filing"])


def test_charges_sellers_is_ignored_when_nobody_else_sells(rulebook: Rulebook) -> None:
    assert status(rulebook, **SELF) == status(rulebook, **{**SELF, "charges_sellers": True})


def test_reasons_trace_back_to_the_answers_read(rulebook: Rulebook) -> None:
    report = report_for(rulebook, TODAY, **PLATFORM)
    edi = next(f for f in report.filings if f.filing.id == "edi_license")
    assert edi.reasons[0].because == (("third_party_sellers", True), ("charges_sellers", True))


def test_every_required_or_review_filing_carries_advice(rulebook: Rulebook) -> None:
    report = report_for(rulebook, TODAY, **PLATFORM)
    for f in report.filings:
        if f.status != "not_required":
            assert f.advice, f.filing.id


# --- the interactive flow's three-valued logic -----------------------------------------------

def ids(rulebook: Rulebook, **values: object) -> list[str]:
    vals = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    return [q.id for q in open_questions(rulebook, vals, TODAY)]


def test_nothing_answered_asks_every_question_that_may_matter(rulebook: Rulebook) -> None:
    assert ids(rulebook) == ["sells_own_goods", "third_party_sellers", "charges_sellers",
                             "paid_content", "channels"]


def test_charges_sellers_is_not_asked_when_nobody_else_sells(rulebook: Rulebook) -> None:
    assert "charges_sellers" not in ids(rulebook, third_party_sellers=False)
    assert "charges_sellers" in ids(rulebook, third_party_sellers=True)


def test_sells_own_goods_is_not_asked_once_paid_content_settles_the_licence(rulebook: Rulebook) -> None:
    # Paid content makes the ICP licence required whatever is sold; EDI hangs on third parties only.
    given = dict(paid_content=True, third_party_sellers=False, channels=("own_domain",))
    assert ids(rulebook, **given) == []
    assert unsettled_filings(rulebook, given, TODAY) == set()


def test_an_unanswered_question_leaves_what_it_decides_unsettled(rulebook: Rulebook) -> None:
    given = dict(sells_own_goods=True, third_party_sellers=False, channels=("own_domain",))
    assert ids(rulebook, **given) == ["paid_content"]
    assert unsettled_filings(rulebook, given, TODAY) == {"icp_license"}


def test_all_settled_means_no_more_questions(rulebook: Rulebook) -> None:
    assert ids(rulebook, **SELF) == []
    assert ids(rulebook, **PLATFORM) == []


def test_models_combine_as_a_union(rulebook: Rulebook) -> None:
    got = from_models(rulebook, ["self-operated", "platform"])
    assert got["sells_own_goods"].value is True
    assert got["third_party_sellers"].value is True
    assert got["charges_sellers"].value is True
    assert got["paid_content"].value is False
    assert got["sells_own_goods"].source == "model:self-operated+platform"
