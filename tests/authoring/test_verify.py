"""Verification by satisfiability: gaps, conflicts, dead rules, dates; the same verdicts as enumeration."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import tests.generated as generated
from icpcheck.authoring.verify import Failure, Segment, closure, segments, show, verify
from icpcheck.engine import decide
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.build import build_rulebook, load_rulebook
from icpcheck.rulebook.model import Question, Rulebook
from icpcheck.rulebook.reader import Document
from tests.authoring.verify_oracle import answer_sets, domain, enumerate_verify
from tests.conftest import examples
from tests.rules_helpers import ARTICLE, BROKEN, GOOD

D = dt.date


def verdicts(rb: Rulebook, as_of: dt.date | None = None) -> list[tuple[str, str, Segment | None]]:
    return [(f.kind, f.subject, f.segment) for f in verify(rb, as_of=as_of).failures]


def oracle(rb: Rulebook, as_of: dt.date | None = None,
           prune: bool = True) -> list[tuple[str, str, Segment | None]]:
    """The old enumerator's verdicts, in the same order (filing by filing, then rules, questions)."""
    return [(f.kind, f.subject, f.segment)
            for f in enumerate_verify(rb, as_of=as_of, prune=prune).failures]


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


def _loaded(path: object) -> Rulebook:
    from icpcheck.errors import RulebookError
    from icpcheck.rulebook.build import read_rulebook_document

    try:
        doc, _ = read_rulebook_document(str(path))
    except RulebookError:
        pytest.skip("does not parse: nothing to verify")
    rb, _ = build_rulebook(doc)
    if rb is None:
        pytest.skip("does not load: nothing to verify")
    return rb


@pytest.mark.parametrize("path", [None, GOOD, ARTICLE, *BROKEN],
                         ids=lambda p: "built-in" if p is None else p.stem)
@pytest.mark.slow  # an exhaustive oracle or a sweep: CI runs it (.ci/run, -m slow)
def test_the_solver_gives_the_enumerators_verdicts(path: object) -> None:
    rb = load_rulebook() if path is None else _loaded(path)
    # Unpruned enumeration of the built-in rulebook takes seconds; the pruned one is exact too.
    assert verdicts(rb) == oracle(rb) == (oracle(rb) if path is None else oracle(rb, prune=False))
    for day in (D(2020, 1, 1), D(2024, 1, 1), D(2030, 1, 1)):
        assert verdicts(rb, day) == oracle(rb, day)


def test_twenty_yes_no_questions_verify_without_enumerating() -> None:
    result = verify(generated.rulebook(20))
    assert result.failures == []
    assert result.cases < 1000  # satisfiability questions, not 2**20 answer sets


def test_an_all_no_gap_names_every_answer() -> None:
    rb = generated.rulebook(8)
    # the oracle, unpruned: filing `all` reads all 8 questions, each pair filing reads 2
    assert enumerate_verify(rb, prune=False).cases == 2 ** 8 + 4 * 4
    broken = dataclasses.replace(rb, rules=tuple(r for r in rb.rules if r.id != "all_no"))
    [failure] = verify(broken).failures
    assert failure.kind == "gap" and failure.subject == "all"
    assert all(v is False for _, v in failure.example) and len(failure.example) == 8
    assert_every_completion_fails(broken, failure)


def assert_every_completion_fails(rb: Rulebook, failure: Failure) -> None:
    """Every complete answer set that agrees with a gap's or conflict's example fails that way.

    The example leaves out answers the failure does not hang on, so this is what makes it a
    counter-example; the enumerator checks it answer set by answer set.
    """
    layer = failure.message.split(" in layer '")[1].split("'")[0] if " in layer '" in failure.message else None
    assert failure.segment is not None
    touching = [r for r in rb.rules if r.in_force(failure.segment.probe())
                and any(e.filing == failure.subject and e.layer == layer for e in r.effects)]
    qs = closure(rb, set().union(*(cond.questions_read(r.when) for r in touching)))
    checked = 0
    for values, states in answer_sets(rb, qs):
        if any(values.get(q) != v for q, v in failure.example):
            continue
        checked += 1
        outcome = decide([(r, e) for r in touching for e in r.effects
                          if e.filing == failure.subject and e.layer == layer
                          and cond.evaluate(r.when, states.__getitem__) is True])
        if failure.kind == "gap":
            assert outcome.status is None, (failure.message, values)
        else:
            assert outcome.conflict, (failure.message, values)
    assert checked > 0, failure.message


def test_every_counter_example_fails_for_all_its_completions() -> None:
    # The article's rulebook: the built-in one has grown too many questions to enumerate here.
    rb = load_rulebook(str(ARTICLE))
    seen = 0
    for drop in ("platform_free_for_sellers", "own_domain_filing", "own_goods_only", "paid_information"):
        broken = dataclasses.replace(rb, rules=tuple(r for r in rb.rules if r.id != drop))
        for failure in verify(broken).failures:
            if failure.kind in ("gap", "conflict") and failure.segment is not None:
                assert_every_completion_fails(broken, failure)
                seen += 1
    assert seen >= 3


def test_a_counter_example_keeps_only_the_answers_that_matter() -> None:
    rb = generated.rulebook(8)
    broken = dataclasses.replace(rb, rules=tuple(r for r in rb.rules if r.id != "pair_2_10"))
    [failure] = verify(broken).failures
    assert failure.kind == "gap" and failure.subject == "pair_2"
    assert dict(failure.example) == {"q03": True, "q04": False}


# Random small rulebooks of every question type, with relevance, overrides, dates and a second
# layer: the solver and the enumerator (pruned and full) must agree on every verdict.
_T = {"zh": "文", "en": "t"}
_CITE = [{"source": "s", "confidence": "law"}]
_CHOICES = ["a", "b", "c"]


@st.composite
def small_rulebooks(draw: st.DrawFn) -> Rulebook:
    n = draw(st.integers(1, 4))
    qs = [f"q{i}" for i in range(n)]
    types = {q: draw(st.sampled_from(["yes_no", "yes_no", "one_of", "many_of"])) for q in qs}

    def compare(allowed: list[str]) -> dict[str, object]:
        q = draw(st.sampled_from(allowed))
        kind = types[q]
        if kind == "yes_no":
            return {"q": q, "is": draw(st.booleans())}
        one = draw(st.sampled_from(_CHOICES))
        some = draw(st.lists(st.sampled_from(_CHOICES), min_size=1, max_size=3, unique=True))
        if kind == "one_of":
            return {"q": q, "eq": one} if draw(st.booleans()) else {"q": q, "in": some}
        return {"q": q, "has": one} if draw(st.booleans()) else {"q": q, "has_any": some}

    def condition(depth: int, allowed: list[str]) -> dict[str, object]:
        if depth == 0 or draw(st.booleans()):
            return compare(allowed)
        op = draw(st.sampled_from(["all", "any", "not"]))
        if op == "not":
            return {"not": condition(depth - 1, allowed)}
        return {op: [condition(depth - 1, allowed) for _ in range(draw(st.integers(1, 3)))]}

    questions: list[dict[str, object]] = []
    for i, q in enumerate(qs):
        body: dict[str, object] = {"id": q, "type": types[q], "text": _T}
        if types[q] != "yes_no":
            body["choices"] = [{"value": c, "label": _T} for c in _CHOICES]
        if i and draw(st.booleans()):
            body["when"] = condition(1, qs[:i])
        questions.append(body)
    layered = draw(st.booleans())
    rules = []
    for j in range(draw(st.integers(1, 6))):
        effects = [{"filing": draw(st.sampled_from(["f", "g"])),
                    "status": draw(st.sampled_from(["required", "not_required", "review"])),
                    "reason": _T, "citations": _CITE}
                   for _ in range(draw(st.integers(1, 2)))]
        for e in effects:
            if e["status"] == "review":
                e["settle"] = _T
            if layered and draw(st.booleans()):
                e["layer"] = "w"
        rule: dict[str, object] = {"id": f"r{j}", "when": condition(2, qs), "sets": effects}
        if j and draw(st.booleans()):
            rule["overrides"] = [f"r{draw(st.integers(0, j - 1))}"]
        if draw(st.booleans()):
            rule["valid_from"] = draw(st.sampled_from(["2020-01-01", "2024-01-01"]))
        if draw(st.booleans()):
            rule["valid_to"] = draw(st.sampled_from(["2025-12-31", "9999-12-31"]))
        rules.append(rule)
    data: dict[str, object] = {
        "id": "h", "version": "1", "checked": "2026-01-01", "title": _T, "notice": _T,
        "sources": {"s": {"title": _T}}, "questions": questions,
        "filings": [{"id": f, "name": _T, "what": _T, "issuer": _T, "basis": _CITE}
                    for f in ("f", "g")],
        "rules": rules}
    if layered:
        data["layers"] = [{"id": "w", "name": _T}]
    rb, problems = build_rulebook(Document(data, {}, "<h>"))
    assume(rb is not None)  # e.g. an override between rules that share no filing
    assert rb is not None
    return rb


@pytest.mark.slow
@settings(max_examples=examples(200), deadline=None)
@given(small_rulebooks())
def test_the_solver_and_the_enumerator_always_agree(rb: Rulebook) -> None:
    assert verdicts(rb) == oracle(rb) == oracle(rb, prune=False)
    for failure in verify(rb).failures:
        if failure.kind in ("gap", "conflict") and failure.segment is not None:
            assert_every_completion_fails(rb, failure)


def test_questions_are_those_of_the_rulebook() -> None:
    assert all(isinstance(q, Question) for q in closure(load_rulebook(str(ARTICLE)), {"channels"}))


@pytest.mark.slow  # an exhaustive oracle or a sweep: CI runs it (.ci/run, -m slow)
def test_the_oracle_collapses_uncompared_choices_without_losing_a_verdict() -> None:
    # The oracle's own pruning: content_kinds has five choices; the av_license rules compare one
    # or two, so the pruned search tries a handful of sets where the full one would try all 31.
    rb = load_rulebook()
    assert domain(rb.question("content_kinds"), {"video_programmes"}) == [  # type: ignore[arg-type]
        ("articles_courses",), ("video_programmes",)]
    broken = dataclasses.replace(rb, rules=tuple(r for r in rb.rules if r.id != "av_programmes"))
    assert verdicts(broken) == oracle(broken)
    assert ("gap", "av_license") in [(k, s) for k, s, _ in verdicts(broken)]


def test_an_exclusive_choice_is_never_picked_with_another() -> None:
    """A conflict that needs an exclusive choice ("none") picked beside another cannot happen."""
    from icpcheck.rulebook.conditions import All, Compare
    from icpcheck.rulebook.model import Effect, Rule, Text

    rb = load_rulebook(str(ARTICLE))
    both = All((Compare("channels", "has", "saas_storefront"), Compare("channels", "has", "own_domain")))
    clash = Rule("clash", both, (Effect("icp_filing", "not_required", Text("x", "x"), ()),))
    rb = dataclasses.replace(rb, rules=(*rb.rules, clash))
    assert ("conflict", "icp_filing") in {(k, s) for k, s, _ in verdicts(rb)}
    assert verdicts(rb) == oracle(rb)

    channels = rb.question("channels")
    assert channels is not None
    alone = tuple(dataclasses.replace(c, exclusive=c.value == "saas_storefront") for c in channels.choices)
    rb = dataclasses.replace(rb, questions=tuple(
        dataclasses.replace(q, choices=alone) if q.id == "channels" else q for q in rb.questions))
    assert ("conflict", "icp_filing") not in {(k, s) for k, s, _ in verdicts(rb)}
    assert verdicts(rb) == oracle(rb)


# Issue 30 item 8: the solver has a budget, and signals end it.

def test_verification_gives_up_past_its_time_budget() -> None:
    import time

    from icpcheck.authoring.verify import GaveUp
    from tests.generated import pigeonhole

    built, problems = build_rulebook(Document(pigeonhole(11), {}, "<pigeonhole>"))
    assert built is not None and not problems, problems
    start = time.monotonic()
    with pytest.raises(GaveUp) as gave_up:
        verify(built, seconds=0.5)
    assert time.monotonic() - start < 5
    assert gave_up.value.subject == "filing 'x'" and gave_up.value.seconds == 0.5


def test_a_small_pigeonhole_is_still_refuted_within_the_budget() -> None:
    from tests.generated import pigeonhole

    built, _ = build_rulebook(Document(pigeonhole(5), {}, "<pigeonhole>"))
    assert built is not None
    kinds = {(f.kind, f.subject) for f in verify(built).failures}
    assert ("never_fires", "crowded") in kinds  # no answer set puts 6 pigeons in 5 holes
