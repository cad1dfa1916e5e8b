"""Exhaustive verification: gaps, conflicts, dead rules, dates; pruning never changes the verdict."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tests.generated as generated
from icpcheck.authoring.verify import Segment, answer_sets, closure, domain, segments, show, verify
from icpcheck.engine import decide
from icpcheck.rulebook.build import build_rulebook, load_rulebook
from icpcheck.rulebook.model import Question, Rulebook
from icpcheck.rulebook.reader import Document
from tests.rules_helpers import ARTICLE, BROKEN, GOOD

D = dt.date


def kinds(rb: Rulebook, **kw: object) -> list[tuple[str, str]]:
    return sorted((f.kind, f.subject) for f in verify(rb, **kw).failures)  # type: ignore[arg-type]


def test_the_default_rulebook_is_complete_and_conflict_free() -> None:
    result = verify(load_rulebook())
    assert result.failures == []
    assert result.cases > 0


def test_a_missing_rule_is_a_gap_with_a_counter_example() -> None:
    rb = load_rulebook(str(ARTICLE))
    rb = dataclasses.replace(rb, rules=tuple(r for r in rb.rules if r.id != "platform_free_for_sellers"))
    [failure] = verify(rb).failures
    assert failure.kind == "gap" and failure.subject == "edi_license"
    assert dict(failure.example) == {"third_party_sellers": True, "charges_sellers": False}
    assert "third_party_sellers=yes, charges_sellers=no" in failure.message


def test_a_dropped_override_is_a_conflict_naming_both_rules() -> None:
    rb = load_rulebook(str(ARTICLE))
    rb = dataclasses.replace(rb, rules=tuple(
        dataclasses.replace(r, overrides=()) if r.id == "paid_information" else r for r in rb.rules))
    [failure] = verify(rb).failures
    assert failure.kind == "conflict" and failure.subject == "icp_license"
    assert "rule 'paid_information' says required" in failure.message
    assert "rule 'own_goods_only' says not_required" in failure.message
    assert dict(failure.example)["paid_content"] is True


def test_dated_rules_are_checked_in_every_date_segment() -> None:
    rb = load_rulebook(str(ARTICLE))
    rb = dataclasses.replace(rb, rules=tuple(
        r for r in rb.rules if r.id != "mini_program_before_filing_regime"))
    [failure] = verify(rb).failures
    assert failure.kind == "gap" and failure.subject == "app_filing"
    assert failure.segment == Segment(None, D(2023, 9, 1))
    assert "(before 2023-09-01)" in failure.message
    assert verify(rb, as_of=D(2024, 1, 1)).failures == []
    assert len(verify(rb, as_of=D(2023, 8, 31)).failures) == 1


def test_segments() -> None:
    rb = load_rulebook(str(ARTICLE))
    assert segments([]) == [Segment(None, None)]
    assert segments(list(rb.rules)) == [Segment(None, D(2023, 9, 1)), Segment(D(2023, 9, 1), None)]
    assert segments(list(rb.rules), D(2020, 1, 1)) == [Segment(D(2020, 1, 1), D(2020, 1, 2))]
    assert Segment(D(2023, 1, 1), D(2023, 9, 1)).describe() == "from 2023-01-01 to 2023-08-31"
    assert Segment(D(2023, 1, 1), D(2023, 1, 2)).describe() == "on 2023-01-01"
    assert Segment(None, D(2023, 9, 1)).probe() == D(2023, 8, 31)


def test_many_of_takes_every_non_empty_set_of_choices() -> None:
    channels = load_rulebook(str(ARTICLE)).question("channels")
    assert channels is not None
    values = domain(channels)
    assert len(values) == 2 ** 3 - 1
    assert ("mini_program", "own_domain", "saas_storefront") in values


def test_relevance_cuts_the_space() -> None:
    rb = load_rulebook(str(ARTICLE))
    qs = closure(rb, {"charges_sellers"})
    assert [q.id for q in qs] == ["third_party_sellers", "charges_sellers"]
    sets = [values for values, _ in answer_sets(rb, qs)]
    # charges_sellers is asked only of marketplaces: 3 complete answer sets, not 4
    assert sets == [{"third_party_sellers": True, "charges_sellers": True},
                    {"third_party_sellers": True, "charges_sellers": False},
                    {"third_party_sellers": False}]


def test_show_writes_answers_as_flags_would() -> None:
    rb = load_rulebook(str(ARTICLE))
    text = show(rb, {"channels": ("mini_program",), "paid_content": False})
    assert text == "paid_content=no, channels=[mini_program]"
    assert show(rb, {}) == "(any answers)"


def test_verification_uses_the_engines_override_logic() -> None:
    rb = load_rulebook(str(ARTICLE))
    own = next(r for r in rb.rules if r.id == "own_goods_only")
    paid = next(r for r in rb.rules if r.id == "paid_information")
    outcome = decide([(own, own.effects[0]), (paid, paid.effects[0])])
    assert outcome.status == "required" and not outcome.conflict


@pytest.mark.parametrize("path", [GOOD, *BROKEN], ids=lambda p: p.stem)
def test_pruning_gives_the_same_verdict_as_full_enumeration(path: object) -> None:
    from icpcheck.errors import RulebookError
    from icpcheck.rulebook.build import read_rulebook_document

    try:
        doc, _ = read_rulebook_document(str(path))
    except RulebookError:
        pytest.skip("does not parse: nothing to verify")
    rb, _ = build_rulebook(doc)
    if rb is None:
        pytest.skip("does not load: nothing to verify")
    assert kinds(rb) == kinds(rb, prune=False)


def test_twenty_yes_no_questions_verify_fast() -> None:
    rb = generated.rulebook(20)
    started = time.perf_counter()
    result = verify(rb)
    assert time.perf_counter() - started < 5  # measured at about 1 ms; see README
    assert result.failures == []
    assert result.cases < 1000  # three-valued pruning: far fewer than 2**20 cases


def test_full_enumeration_counts_every_answer_set() -> None:
    rb = generated.rulebook(8)
    # filing `all` reads all 8 questions: 2**8 answer sets; each pair filing reads 2: 4 each
    assert verify(rb, prune=False).cases == 2 ** 8 + 4 * 4
    broken = dataclasses.replace(rb, rules=tuple(r for r in rb.rules if r.id != "all_no"))
    [failure] = verify(broken).failures
    assert failure.kind == "gap" and failure.subject == "all"
    assert all(v is False for _, v in failure.example) and len(failure.example) == 8


# Random small rulebooks: pruned and full verification must agree on every verdict.
_VALUES = st.sampled_from([True, False])


@st.composite
def small_rulebooks(draw: st.DrawFn) -> Rulebook:
    n = draw(st.integers(1, 4))
    qs = [f"q{i}" for i in range(n)]
    t = {"zh": "文", "en": "t"}
    cite = [{"source": "s", "confidence": "law"}]

    def condition(depth: int, allowed: list[str]) -> dict[str, object]:
        if depth == 0 or draw(st.booleans()):
            return {"q": draw(st.sampled_from(allowed)), "is": draw(_VALUES)}
        op = draw(st.sampled_from(["all", "any", "not"]))
        if op == "not":
            return {"not": condition(depth - 1, allowed)}
        return {op: [condition(depth - 1, allowed) for _ in range(draw(st.integers(1, 3)))]}

    questions: list[dict[str, object]] = []
    for i, q in enumerate(qs):
        body: dict[str, object] = {"id": q, "type": "yes_no", "text": t}
        if i and draw(st.booleans()):
            body["when"] = condition(1, qs[:i])
        questions.append(body)
    rules = []
    for j in range(draw(st.integers(1, 5))):
        rule: dict[str, object] = {
            "id": f"r{j}", "when": condition(2, qs),
            "sets": [{"filing": "f", "status": draw(st.sampled_from(["required", "not_required"])),
                      "reason": t, "citations": cite}],
        }
        if j and draw(st.booleans()):
            rule["overrides"] = [f"r{draw(st.integers(0, j - 1))}"]
        if draw(st.booleans()):
            rule["valid_from"] = draw(st.sampled_from(["2020-01-01", "2024-01-01"]))
        rules.append(rule)
    data = {"id": "h", "version": "1", "checked": "2026-01-01", "title": t, "notice": t,
            "sources": {"s": {"title": t}}, "questions": questions,
            "filings": [{"id": "f", "name": t, "what": t, "issuer": t, "basis": cite}],
            "rules": rules}
    rb, problems = build_rulebook(Document(data, {}, "<h>"))
    assert rb is not None, problems
    return rb


@settings(max_examples=150, deadline=None)
@given(small_rulebooks())
def test_pruned_and_full_verification_always_agree(rb: Rulebook) -> None:
    pruned, full = verify(rb), verify(rb, prune=False)
    assert [(f.kind, f.subject, f.segment) for f in pruned.failures] == [
        (f.kind, f.subject, f.segment) for f in full.failures]
    assert pruned.cases <= full.cases


def test_questions_are_those_of_the_rulebook() -> None:
    assert all(isinstance(q, Question) for q in closure(load_rulebook(str(ARTICLE)), {"channels"}))


def test_uncompared_choices_collapse_without_losing_a_verdict() -> None:
    # content_kinds has five choices; the av_license rules compare one or two, so the pruned search
    # tries a handful of sets where the full one tries all 31 — and both find the same gap.
    rb = load_rulebook()
    assert domain(rb.question("content_kinds"), {"video_programmes"}) == [  # type: ignore[arg-type]
        ("articles_courses",), ("video_programmes",)]
    broken = dataclasses.replace(rb, rules=tuple(r for r in rb.rules if r.id != "av_programmes"))
    pruned, full = verify(broken), verify(broken, prune=False)
    assert [(f.kind, f.subject) for f in pruned.failures] == [(f.kind, f.subject) for f in full.failures]
    assert ("gap", "av_license") in [(f.kind, f.subject) for f in pruned.failures]
    assert pruned.cases < full.cases / 10
