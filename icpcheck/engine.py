"""The engine: a pure function of (rulebook, answers, date) to each filing's status and reasons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from icpcheck.errors import InternalError, RulebookError
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Advice, Effect, Filing, Layer, Question, Rule, Rulebook, Value
from icpcheck.rulebook.records import record

if TYPE_CHECKING:
    from icpcheck.messages import Warning

# When sources conflict at run time (a rulebook bug that `rules lint` catches), the safe answer is
# the one that sends a person to check: review.
CONFLICT_STATUS = "review"


@record
class Answer:
    """One answer and where it came from: flag, model:<id>, file:<path>, prompt or default."""

    id: str
    value: Value
    source: str


@record
class Reason:
    """A rule that decided a filing's status, and the answers it read."""

    rule: Rule
    effect: Effect
    because: tuple[tuple[str, Value | None], ...]


@record
class LayerResult:
    """Another layer's reading of a filing (e.g. WeChat's category review)."""

    layer: Layer
    status: str
    reasons: tuple[Reason, ...]


@record
class FilingResult:
    filing: Filing
    status: str
    reasons: tuple[Reason, ...]
    advice: tuple[Advice, ...]
    layers: tuple[LayerResult, ...] = ()  # only layers where some rule fired

    @property
    def blockers(self) -> tuple[Reason, ...]:
        """Reasons saying the plan cannot go ahead as it stands, in any layer."""
        every = self.reasons + tuple(r for lr in self.layers for r in lr.reasons)
        return tuple(r for r in every if r.effect.blocker is not None)


class Verdict(Protocol):
    """What a report needs to know of the CI gate applied to it (gate.Gate is one; the engine
    does not depend on the gate, which sits above it)."""

    @property
    def passed(self) -> bool: ...


@record
class Report:
    rulebook: Rulebook
    as_of: dt.date
    answers: tuple[Answer, ...]
    filings: tuple[FilingResult, ...]
    warnings: tuple[Warning, ...] = ()
    gate: Verdict | None = None  # set by gate.apply when filings held/waived or --fail-on are given

    @property
    def gate_passed(self) -> bool:
        """False when a gate was applied and a needed filing is neither held nor waived."""
        return self.gate is None or self.gate.passed

    @property
    def blockers(self) -> tuple[tuple[FilingResult, Reason], ...]:
        return tuple((f, r) for f in self.filings for r in f.blockers)


PLAN_STATUSES = ("required", "review")  # what a person has to act on, in that order


def plan(report: Report) -> tuple[FilingResult, ...]:
    """The required and review filings in the order to do them.

    A filing comes after the filings its rulebook `plan.after` names (among those in the plan);
    otherwise required before review, then in rulebook order. Lint rejects a cycle in `after`; were
    one left, its filings would still all come out (the rest of the order, then them).
    """
    import heapq

    todo = [f for f in report.filings if f.status in PLAN_STATUSES]
    rank = {f.filing.id: (PLAN_STATUSES.index(f.status), i) for i, f in enumerate(todo)}
    by_id = {f.filing.id: f for f in todo}
    waiting = {f.filing.id: {a for a in f.filing.plan.after if a in rank} for f in todo}
    waited_on: dict[str, list[str]] = {}  # a filing -> the filings that come after it
    for fid, before in waiting.items():
        for other in before:
            waited_on.setdefault(other, []).append(fid)
    # Kahn's order with the rank as tie-break, in n log n: a chain of thousands of filings is fine.
    ready = [(rank[fid], fid) for fid, before in waiting.items() if not before]
    heapq.heapify(ready)
    ordered: list[FilingResult] = []
    while waiting:
        if ready:
            nxt = heapq.heappop(ready)[1]
        else:  # a cycle lint would have refused: its filings come out all the same, in rank order
            nxt = min(waiting, key=rank.__getitem__)
        ordered.append(by_id[nxt])
        del waiting[nxt]
        for fid in waited_on.get(nxt, ()):
            left = waiting.get(fid)
            if left is not None and nxt in left:
                left.discard(nxt)
                if not left:
                    heapq.heappush(ready, (rank[fid], fid))
    return tuple(ordered)


def question_states(rulebook: Rulebook, values: Mapping[str, Value]) -> dict[str, object]:
    """Each question's value, or ABSENT (not relevant), or UNKNOWN (relevant or maybe, unanswered).

    A question's `when` reads only earlier questions, so one pass in order settles relevance.
    """
    states: dict[str, object] = {}
    for q in rulebook.questions:
        relevant = True if q.when is None else cond.evaluate(q.when, states.__getitem__)
        if relevant is False:
            states[q.id] = cond.ABSENT
        elif relevant is None:
            states[q.id] = cond.UNKNOWN  # even if answered: it may turn out not to apply
        else:
            states[q.id] = values.get(q.id, cond.UNKNOWN)
    return states


def relevance(rulebook: Rulebook, states: Mapping[str, object], q: Question) -> bool | None:
    """True, False, or None when it hangs on an unanswered question."""
    return True if q.when is None else cond.evaluate(q.when, states.__getitem__)


@record
class Outcome:
    """One filing's status from the rules that touch it (None: not settled yet)."""

    status: str | None
    effects: tuple[tuple[Rule, Effect], ...]
    conflict: bool = False  # rules left after `overrides` disagree (a rulebook bug)


def decide(fired: Sequence[tuple[Rule, Effect]], maybe: Sequence[tuple[Rule, Effect]] = ()) -> Outcome:
    """One filing's outcome from the effects of rules that surely fire and of rules that may fire.

    Pure, and the one place where `overrides` is applied: `rules lint` verifies with it too.
    """
    # A rule that overrides another drops the other's effect on the filings both touch.
    overridden = {o for rule, _ in fired for o in rule.overrides}
    kept = tuple((r, e) for r, e in fired if r.id not in overridden)
    statuses = {e.status for _, e in kept}
    conflict = len(statuses) > 1
    status = (CONFLICT_STATUS if conflict else next(iter(statuses))) if statuses else None
    for rule, effect in maybe:
        # An undecided rule can change nothing if it would agree with the status (it can only
        # override rules that agree too) or if a rule that surely fires overrides it.
        if (status is not None and effect.status == status) or rule.id in overridden:
            continue
        status = None
        break
    return Outcome(status, kept, conflict)


def _outcomes(rulebook: Rulebook, states: Mapping[str, object], as_of: dt.date,
              layer: str | None = None) -> dict[str, Outcome]:
    """Each filing's outcome in one layer (None: the regulator's, which is the filing's status)."""
    fired: dict[str, list[tuple[Rule, Effect]]] = {f.id: [] for f in rulebook.filings}
    maybe: dict[str, list[tuple[Rule, Effect]]] = {f.id: [] for f in rulebook.filings}
    lookup = states.__getitem__
    for rule in rulebook.rules:
        if not rule.in_force(as_of):
            continue
        truth = cond.evaluate(rule.when, lookup)
        if truth is False:
            continue
        for effect in rule.effects:
            if effect.layer == layer:
                (fired if truth else maybe)[effect.filing].append((rule, effect))
    return {fid: decide(fired[fid], maybe[fid]) for fid in fired}


def unsettled_filings(rulebook: Rulebook, values: Mapping[str, Value], as_of: dt.date) -> set[str]:
    """Filings whose status could still change with more answers."""
    states = question_states(rulebook, values)
    return {fid for fid, o in _outcomes(rulebook, states, as_of).items() if o.status is None}


def open_questions(rulebook: Rulebook, values: Mapping[str, Value], as_of: dt.date) -> list[Question]:
    """Unanswered questions, in order, that are (or may become) relevant and can still change some
    filing's status: read by a rule of an unsettled filing, or deciding whether such a question is
    asked at all. Also those that can still change another layer's reading, a blocker, or advice
    with a `when` (see _informative_reads)."""
    states = question_states(rulebook, values)
    outcomes = _outcomes(rulebook, states, as_of)
    unsettled = {fid for fid, o in outcomes.items() if o.status is None}
    shown = unsettled | {fid for fid, o in outcomes.items() if o.status != "not_required"}
    informative = _informative_reads(rulebook, states, as_of, shown)
    if not unsettled and not informative:
        return []
    needed: set[str] = set(informative)
    for rule in rulebook.rules:
        if rule.in_force(as_of) and any(e.filing in unsettled for e in rule.effects):
            needed |= cond.questions_read(rule.when)
    # A question that gates a needed question's relevance is needed too (walk back in order).
    for q in reversed(rulebook.questions):
        if q.id in needed:
            needed |= cond.questions_read(q.when)
    return [
        q for q in rulebook.questions
        if q.id in needed and q.id not in values and states[q.id] is cond.UNKNOWN
    ]


def _informative_reads(rulebook: Rulebook, states: Mapping[str, object], as_of: dt.date,
                       shown: set[str]) -> set[str]:
    """Questions that cannot change a status but can change what the report says: read by an
    undecided rule with a blocker or another layer's effect, or by undecided advice for a filing
    that is (or may be) required or under review."""
    lookup = states.__getitem__
    reads: set[str] = set()
    for rule in rulebook.rules:
        if (rule.in_force(as_of) and any(e.layer or e.blocker for e in rule.effects)
                and cond.evaluate(rule.when, lookup) is None):
            reads |= cond.questions_read(rule.when)
    for advice in rulebook.advice:
        if (advice.when is not None and shown.intersection(advice.filings)
                and cond.evaluate(advice.when, lookup) is None):
            reads |= cond.questions_read(advice.when)
    return reads


def evaluate(
    rulebook: Rulebook,
    answers: Mapping[str, Answer],
    as_of: dt.date,
    warnings: tuple[Warning, ...] = (),
) -> Report:
    """Every filing's status with its reasons and advice. Unanswered questions count as unknown."""
    values = {qid: a.value for qid, a in answers.items()}
    states = question_states(rulebook, values)
    outcomes = _outcomes(rulebook, states, as_of)
    by_layer = {layer.id: _outcomes(rulebook, states, as_of, layer.id) for layer in rulebook.layers}
    results = []
    for filing in rulebook.filings:
        outcome = outcomes[filing.id]
        if outcome.status is None:
            # Unanswered questions that no rule of an unsettled filing reads cannot settle it: only
            # open ones mean evaluate was called too early; otherwise the rulebook has a gap.
            if open_questions(rulebook, values, as_of):
                raise InternalError("filing '{f}' was evaluated before it was settled", f=filing.id)
            raise RulebookError("the rulebook gives filing '{f}' no status for these answers",
                                hint="run `icpcheck rules lint` to find the gap", f=filing.id)
        reasons = _reasons(rulebook, states, outcome)
        # Advice with a `when` is shown unless its condition is false for these answers.
        advice = tuple(a for a in rulebook.advice if filing.id in a.filings and (
            a.when is None or cond.evaluate(a.when, states.__getitem__) is not False))
        results.append(FilingResult(filing, outcome.status, reasons, advice,
                                    _layers(rulebook, states, by_layer, filing.id)))
    used = tuple(answers[q.id] for q in rulebook.questions if q.id in answers)
    return Report(rulebook, as_of, used, tuple(results), warnings)


def _reasons(rulebook: Rulebook, states: Mapping[str, object],
             outcome: Outcome) -> tuple[Reason, ...]:
    return tuple(
        Reason(rule, effect, tuple(
            (qid, _shown(states[qid])) for qid in _ordered_reads(rulebook, rule)
        ))
        for rule, effect in outcome.effects
    )


def _layers(rulebook: Rulebook, states: Mapping[str, object],
            by_layer: Mapping[str, Mapping[str, Outcome]], fid: str) -> tuple[LayerResult, ...]:
    """The other layers' readings of one filing; a layer where no rule fired has no entry."""
    out = []
    for layer in rulebook.layers:
        outcome = by_layer[layer.id][fid]
        if outcome.status is not None and outcome.effects:
            out.append(LayerResult(layer, outcome.status, _reasons(rulebook, states, outcome)))
    return tuple(out)


def _ordered_reads(rulebook: Rulebook, rule: Rule) -> list[str]:
    reads = cond.questions_read(rule.when)
    return [q.id for q in rulebook.questions if q.id in reads]


def _shown(state: object) -> Value | None:
    return None if state is cond.ABSENT or state is cond.UNKNOWN else state  # type: ignore[return-value]
