"""The old exhaustive enumerator, kept as the test oracle for the solver-based verification."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable, Iterator, Mapping, Sequence

from icpcheck.authoring.verify import Failure, Verification, _ordered, _when, segments, show
from icpcheck.engine import decide, question_states
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Effect, Question, Rule, Rulebook, Value


def domain(q: Question, compared: set[object] | None = None) -> list[Value]:
    """Every answer a question can get: many_of takes any non-empty set of its choices (an
    exclusive choice only alone).

    With `compared` (the choices the conditions at hand compare), choices no condition compares
    are interchangeable, so one stands for them all: a condition's truth depends only on which
    compared choices are picked. This keeps a many_of with many choices from multiplying the space
    by 2^n when only one of its choices matters, and loses no answer set that behaves differently.
    """
    if q.type == "yes_no":
        return [True, False]
    values = [c.value for c in q.choices]
    if compared is None:
        compared = set(values)
    seen = [v for v in values if v in compared]
    other = [v for v in values if v not in compared][:1]
    if q.type == "one_of":
        return [*seen, *other]
    alone = {c.value for c in q.choices if c.exclusive}  # an exclusive choice is picked alone
    subsets = [sub for n in range(len(seen) + 1) for sub in itertools.combinations(seen, n)
               if len(sub) < 2 or not alone.intersection(sub)]
    return [tuple(sub) if sub else tuple(other) for sub in subsets if sub or other]


def closure(rulebook: Rulebook, qids: set[str]) -> list[Question]:
    """The questions read, plus every question their relevance (`when`) reads, in order."""
    needed = set(qids)
    for q in reversed(rulebook.questions):  # a `when` reads only earlier questions
        if q.id in needed:
            needed |= cond.questions_read(q.when)
    return [q for q in rulebook.questions if q.id in needed]


def answer_sets(
    rulebook: Rulebook,
    questions: list[Question],
    settled: Callable[[Mapping[str, object]], bool] | None = None,
    compared: Mapping[str, set[object]] | None = None,
) -> Iterator[tuple[dict[str, Value], dict[str, object]]]:
    """Every complete answer set over `questions` that relevance allows, as (values, states).

    `questions` must be closed under relevance (see `closure`). With `settled`, a branch stops as
    soon as settled(states) holds: three-valued logic then guarantees every completion agrees, so
    the partial answer set stands for all of them. With `compared` (question id → the choices the
    conditions at hand compare), each question's domain is reduced as `domain` describes.
    """
    values: dict[str, Value] = {}

    def walk() -> Iterator[tuple[dict[str, Value], dict[str, object]]]:
        states = question_states(rulebook, values)
        if settled is not None and settled(states):
            yield dict(values), states
            return
        # The first open question in order has all earlier ones decided, so its relevance is known:
        # UNKNOWN here means relevant and unanswered (ABSENT would mean not asked).
        nxt = next((q for q in questions if q.id not in values and states[q.id] is cond.UNKNOWN), None)
        if nxt is None:
            yield dict(values), states
            return
        for value in domain(nxt, None if compared is None else compared.get(nxt.id, set())):
            values[nxt.id] = value
            yield from walk()
            del values[nxt.id]

    yield from walk()


def enumerate_verify(rulebook: Rulebook, *, as_of: dt.date | None = None, prune: bool = True) -> Verification:
    """Prove that each filing gets exactly one status for every answer set, at every date (or at
    as_of), and that every rule can fire and decide something and every question can be asked."""
    started = time.perf_counter()
    result = Verification()
    fired: set[str] = set()
    kept: set[str] = set()
    in_force_somewhere: set[str] = set()
    # The regulator's layer (None) must give every filing exactly one status; another layer (e.g.
    # WeChat's review) speaks only where its rules fire, so there only conflicts are failures.
    for layer in (None, *(x.id for x in rulebook.layers)):
        for filing in rulebook.filings:
            _enumerate_filing(rulebook, filing.id, layer, as_of, prune, result, fired, kept,
                           in_force_somewhere)
    for rule in rulebook.rules:
        if rule.id not in in_force_somewhere or not rule.effects:
            continue
        if rule.id not in fired:
            result.failures.append(Failure(
                "never_fires", rule.id,
                f"rule '{rule.id}' can never fire: no answer set allowed by the questions' "
                "relevance meets its `when`" + (f" as of {as_of}" if as_of else "")))
        elif rule.id not in kept:
            by = sorted(r.id for r in rulebook.rules if rule.id in r.overrides)
            result.failures.append(Failure(
                "always_overridden", rule.id,
                f"rule '{rule.id}' is overridden by {by} whenever it fires, so it never decides "
                "anything"))
    for q in rulebook.questions:
        if q.when is not None and not _satisfiable(rulebook, q.when, prune):
            result.failures.append(Failure(
                "never_asked", q.id,
                f"question '{q.id}' can never be asked: no earlier answers meet its `when`"))
    result.seconds = time.perf_counter() - started
    return result



def _enumerate_filing(rulebook: Rulebook, filing_id: str, layer: str | None, as_of: dt.date | None,
                   prune: bool, result: Verification, fired: set[str], kept: set[str],
                   in_force_somewhere: set[str]) -> None:
    """Enumerate one filing's answer sets in one layer, at each date segment; note failures."""
    filing = next(f for f in rulebook.filings if f.id == filing_id)
    touching = [r for r in rulebook.rules
                if any(e.filing == filing.id and e.layer == layer for e in r.effects)]
    if not touching:
        if layer is None:
            result.failures.append(Failure(
                "gap", filing.id, f"no rule sets filing '{filing.id}': it gets no status at all"))
        return
    for segment in segments(touching, as_of):
        day = segment.probe()
        rules = [r for r in touching if r.in_force(day)]
        in_force_somewhere.update(r.id for r in rules)
        effects = [(r, e) for r in rules for e in r.effects if e.filing == filing.id and e.layer == layer]
        reads = set().union(*(cond.questions_read(r.when) for r in rules))
        questions = closure(rulebook, reads)
        settled = _all_decided(rules) if prune else None
        compared = _compared([r.when for r in rules] + [q.when for q in questions]) if prune else None
        gaps: list[dict[str, Value]] = []
        conflicts: list[tuple[dict[str, Value], list[tuple[Rule, Effect]]]] = []
        for values, states in answer_sets(rulebook, questions, settled, compared):
            result.cases += 1
            now = [(r, e) for r, e in effects if cond.evaluate(r.when, states.__getitem__) is True]
            outcome = decide(now)
            fired.update(r.id for r, _ in now)
            kept.update(r.id for r, _ in outcome.effects)
            if outcome.status is None:
                gaps.append(values)
            elif outcome.conflict:
                conflicts.append((values, list(outcome.effects)))
        if gaps and layer is None:
            result.failures.append(Failure(
                "gap", filing.id,
                f"filing '{filing.id}' gets no status when {show(rulebook, gaps[0])}"
                + _when(segment) + _more(len(gaps)),
                _ordered(rulebook, gaps[0]), segment, len(gaps)))
        if conflicts:
            values, clash = conflicts[0]
            says = ", ".join(f"rule '{r.id}' says {e.status}" for r, e in clash)
            result.failures.append(Failure(
                "conflict", filing.id,
                f"filing '{filing.id}' gets conflicting statuses"
                + (f" in layer '{layer}'" if layer else "") + f" when {show(rulebook, values)}"
                + _when(segment) + f": {says}; declare which wins with `overrides`"
                + _more(len(conflicts)),
                _ordered(rulebook, values), segment, len(conflicts)))


def _compared(conditions: Sequence[cond.Condition | None]) -> dict[str, set[object]]:
    """For each question, the choice values these conditions compare it with."""
    out: dict[str, set[object]] = {}
    for c in (c for when in conditions for c in cond.comparisons(when)):
        out.setdefault(c.q, set()).update(c.value if isinstance(c.value, frozenset) else {c.value})
    return out


def _satisfiable(rulebook: Rulebook, c: cond.Condition, prune: bool) -> bool:
    """Some answer set that relevance allows makes `c` true."""
    def settled(states: Mapping[str, object]) -> bool:
        return cond.evaluate(c, states.__getitem__) is not None

    qs = closure(rulebook, cond.questions_read(c))
    return any(cond.evaluate(c, states.__getitem__) is True
               for _, states in answer_sets(rulebook, qs, settled if prune else None))


def _all_decided(rules: list[Rule]) -> Callable[[Mapping[str, object]], bool]:
    def settled(states: Mapping[str, object]) -> bool:
        return all(cond.evaluate(r.when, states.__getitem__) is not None for r in rules)

    return settled


def _more(n: int) -> str:
    return f" (and {n - 1} more)" if n > 1 else ""
