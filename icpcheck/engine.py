"""The engine: a pure function of (rulebook, answers, date) to each filing's status and reasons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
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
    gate: Verdict | None = None  # set by gate.apply when filings held/waived or fail_on are given

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
    absent, unknown = cond.ABSENT, cond.UNKNOWN
    for qid, when in compiled(rulebook).questions:
        relevant = True if when is None else when(states)
        if relevant is False:
            states[qid] = absent
        elif relevant is None:
            states[qid] = unknown  # even if answered: it may turn out not to apply
        else:
            states[qid] = values.get(qid, unknown)
    return states


def relevance(rulebook: Rulebook, states: Mapping[str, object], q: Question) -> bool | None:
    """True, False, or None when it hangs on an unanswered question."""
    if q.when is None:
        return True
    when = compiled(rulebook).when_of.get(q.id)
    return when(states) if when is not None else cond.evaluate(q.when, states.__getitem__)


@record
class Outcome:
    """One filing's status from the rules that touch it (None: not settled yet)."""

    status: str | None
    effects: tuple[tuple[Rule, Effect], ...]
    conflict: bool = False  # rules left after `overrides` disagree (a rulebook bug)


_UNDECIDED = Outcome(None, (), False)  # a filing no rule touches: shared, as records are immutable


def decide(fired: Sequence[tuple[Rule, Effect]], maybe: Sequence[tuple[Rule, Effect]] = ()) -> Outcome:
    """One filing's outcome from the effects of rules that surely fire and of rules that may fire.

    Pure, and the one place where `overrides` is applied: `rules lint` verifies with it too.
    """
    if len(fired) == 1 and not maybe:  # the common case: one rule decides (a rule never overrides itself)
        return Outcome(fired[0][1].status, tuple(fired), False)
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


# --- The rulebook compiled once, and one analysis per answer set --------------------------------
# A check reads the same answers several times (completion, evaluation, plan, the report): the
# conditions are compiled to closures once per rulebook, and the rules' truths and the filings'
# outcomes are worked out once per (rulebook, answers, date) and reused.

class _Rule:
    """A rule with what the engine asks of it on every check, worked out once."""

    __slots__ = ("rule", "when", "reads", "ordered_reads", "filings", "informative", "by_layer", "n", "unknowns")

    def __init__(self, rule: Rule, order: Mapping[str, int]) -> None:
        self.rule = rule
        self.when = cond.compile(rule.when)
        self.reads = frozenset(cond.questions_read(rule.when))
        self.ordered_reads = tuple(sorted((q for q in self.reads if q in order), key=order.__getitem__))
        self.filings = frozenset(e.filing for e in rule.effects)
        self.informative = any(e.layer or e.blocker for e in rule.effects)
        # layer -> ((filing id, the effect's number in Compiled.effects), ...); numbered by Compiled
        self.by_layer: dict[str | None, tuple[tuple[str, int], ...]] = {}
        self.n = 0  # its place in the rulebook (Compiled numbers the rules)
        self.unknowns = 0  # the bits of its questions' UNKNOWN (set by _Bits)


class Compiled:
    """A rulebook's conditions as closures over the states mapping, and the indexes the engine
    uses, built once per rulebook (see `compiled`)."""

    def __init__(self, rulebook: Rulebook) -> None:
        order = {q.id: i for i, q in enumerate(rulebook.questions)}
        self.questions = tuple((q.id, None if q.when is None else cond.compile(q.when))
                               for q in rulebook.questions)
        self.when_of = {qid: when for qid, when in self.questions if when is not None}
        self.gates = {q.id: frozenset(cond.questions_read(q.when)) for q in rulebook.questions}
        self.rules = tuple(_Rule(r, order) for r in rulebook.rules)
        for n, r in enumerate(self.rules):
            r.n = n
        self.bits: _Bits | None = None  # built once the rulebook has read BITS_AFTER answer sets
        self.analyses = 0  # answer sets read so far; -1 once the bit tests were made (or not)
        # Every (rule, effect), numbered: an outcome is decided once per combination of numbers.
        self.effects: list[tuple[Rule, Effect]] = []
        for r in self.rules:
            by_layer: dict[str | None, list[tuple[str, int]]] = {}
            for effect in r.rule.effects:
                by_layer.setdefault(effect.layer, []).append((effect.filing, len(self.effects)))
                self.effects.append((r.rule, effect))
            r.by_layer = {k: tuple(v) for k, v in by_layer.items()}
        # (numbers of the effects that fire, -1, numbers of those that may) -> their Outcome
        self.decided: dict[tuple[int, ...], Outcome] = {}
        self.reads_of = {id(r.rule): r.ordered_reads for r in self.rules}
        self.advice = tuple((a, None if a.when is None else cond.compile(a.when),
                             frozenset(cond.questions_read(a.when))) for a in rulebook.advice)
        self.filing_ids = tuple(f.id for f in rulebook.filings)
        self.undecided = dict.fromkeys(self.filing_ids, _UNDECIDED)
        # Layers (other than the regulator's) where some effect has a blocker: the others add none.
        self.blocking_layers = tuple(layer.id for layer in rulebook.layers
                                     if any(e.layer == layer.id and e.blocker is not None
                                            for r in rulebook.rules for e in r.effects))
        # (id of an effect, the states its rule read) -> its Reason; the effect is held by the rulebook
        self.reasons: dict[tuple[int, tuple[object, ...]], Reason] = {}
        self._in_force: dict[dt.date, tuple[_Rule, ...]] = {}

    def in_force(self, as_of: dt.date) -> tuple[_Rule, ...]:
        """The rules in force on a day (a batch or a server asks about one day over and over)."""
        rules = self._in_force.get(as_of)
        if rules is None:
            rules = tuple(r for r in self.rules if r.rule.in_force(as_of))
            if len(self._in_force) >= _DAYS_KEPT:
                self._in_force.clear()
            self._in_force[as_of] = rules
        return rules


_DAYS_KEPT = 64  # days whose rules in force a compiled rulebook keeps (one, nearly always)


_compiled: dict[int, tuple[Rulebook, Compiled]] = {}
_COMPILED_KEPT = 16  # rulebooks a process keeps compiled (a server loads one or two)


def compiled(rulebook: Rulebook) -> Compiled:
    """The rulebook compiled, built on first use; the entry holds the rulebook, so its id is not reused."""
    entry = _compiled.get(id(rulebook))
    if entry is not None and entry[0] is rulebook:
        return entry[1]
    made = Compiled(rulebook)
    if len(_compiled) >= _COMPILED_KEPT:
        _compiled.clear()  # rare (a tool loading many rulebooks): start again rather than track use
    _compiled[id(rulebook)] = (rulebook, made)
    return made


BITS_AFTER = 32  # answer sets a rulebook reads before its conditions are compiled to bit tests


class _Bits:
    """The rules' conditions as tests on one integer per answer set: a bit for each answer a
    question can take (yes, no, each choice) and one for "unknown". A comparison is a test of its
    bits (an answer not given, or a question not asked, sets none of them: false, as `conditions.
    compare` has it), and all/any/not are and/or/not — two-valued logic, which is the three-valued
    one wherever no question the rule reads is unknown; a rule that reads an unknown question is
    evaluated by its closure. The tests of all the rules are one generated function that returns
    their truths (the source holds only integers, `m`, and/or/not: nothing of the rulebook's text).

    Pays for a batch or a server (the built-in rulebook's 106 rules: ~52 µs an answer set by the
    closures, ~20 µs by the bit tests), not for one check (making them takes 3–17 ms): made after
    BITS_AFTER analyses. `make` gives None for a rulebook it does not
    cover (a comparison of the wrong kind for its question, a condition nested too deep)."""

    __slots__ = ("questions", "function")

    def __init__(self, questions: tuple[tuple[str, str, dict[object, int], int], ...],
                 function: Callable[[int], tuple[object, ...]]) -> None:
        self.questions = questions  # (id, type, {answer: its bit}, the bit of unknown), in order
        self.function = function

    @staticmethod
    def make(rulebook: Rulebook, rules: Sequence[_Rule]) -> _Bits | None:
        table: dict[str, tuple[str, dict[object, int], int]] = {}
        bit = 1
        for q in rulebook.questions:
            answers: list[object] = [True, False] if q.type == "yes_no" else [c.value for c in q.choices]
            bits: dict[object, int] = {}
            for answer in answers:
                bits[answer] = bit
                bit <<= 1
            table[q.id] = (q.type, bits, bit)
            bit <<= 1
        kinds = {"is": "yes_no", "eq": "one_of", "in": "one_of", "has": "many_of", "has_any": "many_of"}

        def test(c: cond.Condition) -> str:
            if isinstance(c, cond.Compare):
                kind, bits, _ = table[c.q]  # KeyError: a question the rulebook does not ask
                if kinds.get(c.op) != kind:
                    raise _Uncovered
                if c.op == "is":
                    if not isinstance(c.value, bool):
                        raise _Uncovered
                    mask = bits[c.value]
                else:
                    if c.op in ("in", "has_any") and not isinstance(c.value, (tuple, list, frozenset, set)):
                        raise _Uncovered  # `in` a text would test for a part of it
                    wanted = (c.value,) if c.op in ("eq", "has") else tuple(c.value)  # type: ignore[arg-type]
                    mask = 0
                    for w in wanted:
                        mask |= bits.get(w, 0) if isinstance(w, str) else 0
                return f"(m & {int(mask)})"
            if isinstance(c, cond.Not):
                return f"(not {test(c.item)})"
            if not c.items:
                return "True" if isinstance(c, cond.All) else "False"
            return "(" + (" and " if isinstance(c, cond.All) else " or ").join(test(i) for i in c.items) + ")"

        try:
            tests = [test(r.rule.when) for r in rules]
            for r in rules:
                r.unknowns = 0
                for qid in r.reads:
                    r.unknowns |= table[qid][2]
            source = "def truths(m):\n    return (" + "".join(f"{t},\n" for t in tests) + ")\n"
            scope: dict[str, object] = {"__builtins__": {"True": True, "False": False}}
            exec(compile(source, "<icpcheck rule tests>", "exec"), scope)  # noqa: S102 - integers and and/or/not only
        except (_Uncovered, KeyError, RecursionError, SyntaxError, MemoryError):
            return None
        questions = tuple((qid, kind, bits, unknown) for qid, (kind, bits, unknown) in table.items())
        return _Bits(questions, scope["truths"])  # type: ignore[arg-type]

    def truths(self, states: Mapping[str, object],
               rules: Sequence[_Rule]) -> tuple[tuple[_Rule, bool | None], ...] | None:
        """(rule, truth) of each of `rules` that is not false, as their closures give them; None
        for states with an answer that is no answer of its question (a caller's unparsed value)."""
        m = unknown = 0
        absent, unknown_state = cond.ABSENT, cond.UNKNOWN
        for qid, kind, bits, unknown_bit in self.questions:
            v = states[qid]
            if v is absent:
                continue
            if v is unknown_state:
                unknown |= unknown_bit
                continue
            if kind == "many_of":
                if v.__class__ is not tuple:
                    return None
                for choice in v:
                    b = bits.get(choice) if choice.__class__ is str else None
                    if b is None:
                        return None
                    m |= b
                continue
            if kind == "yes_no" and v.__class__ is not bool or kind == "one_of" and v.__class__ is not str:
                return None
            b = bits.get(v)
            if b is None:
                return None
            m |= b
        got = self.function(m)
        if not unknown:
            return tuple([(r, True) for r in rules if got[r.n]])
        out: list[tuple[_Rule, bool | None]] = []
        for r in rules:
            if r.unknowns & unknown:
                truth = r.when(states)
                if truth is not False:
                    out.append((r, truth))
            elif got[r.n]:
                out.append((r, True))
        return tuple(out)


class _Uncovered(Exception):
    """A condition the bit tests do not cover: the closures evaluate the rulebook."""


class _Analysis:
    """One answer set read against one rulebook on one day: states, rule truths, outcomes."""

    __slots__ = ("c", "states", "in_force", "truths", "_outcomes", "_advice", "_open")

    def __init__(self, c: Compiled, values: Mapping[str, Value], as_of: dt.date, rulebook: Rulebook) -> None:
        self.c = c
        self.states = states = question_states(rulebook, values)
        self.in_force = c.in_force(as_of)
        bits = c.bits
        if bits is None and c.analyses >= 0:
            c.analyses += 1
            if c.analyses > BITS_AFTER:
                c.bits = bits = _Bits.make(rulebook, c.rules)
                c.analyses = -1  # made, or found not to cover this rulebook: not tried again
        truths = None if bits is None else bits.truths(states, self.in_force)
        if truths is None:
            truths = tuple([(r, truth) for r in self.in_force if (truth := r.when(states)) is not False])
        self.truths = truths
        self._outcomes: dict[str | None, dict[str, Outcome]] = {}
        self._advice: list[bool | None] | None = None
        self._open: tuple[Question, ...] | None = None

    def outcomes(self, layer: str | None = None) -> dict[str, Outcome]:
        """Each filing's outcome in one layer (None: the regulator's, which is the filing's status)."""
        known = self._outcomes.get(layer)
        if known is not None:
            return known
        # Each filing's effects by number: those of rules that fire; then, when some rule may fire,
        # -1 and the numbers of those.
        fired: dict[str, list[int]] = {}
        maybe: dict[str, list[int]] = {}
        for r, truth in self.truths:
            effects = r.by_layer.get(layer)
            if effects:
                into = fired if truth else maybe
                for fid, n in effects:
                    numbers = into.get(fid)
                    if numbers is None:
                        into[fid] = [n]
                    else:
                        numbers.append(n)
        c = self.c
        decided, effects_of = c.decided, c.effects
        done = dict(c.undecided)  # every filing, in rulebook order; the touched ones replaced below
        for fid in (fired.keys() | maybe.keys()) if maybe else fired:
            now, later = fired.get(fid, []), maybe.get(fid)
            key = tuple(now) if later is None else (*now, -1, *later)
            outcome = decided.get(key)
            if outcome is None:
                outcome = decide([effects_of[n] for n in now], [effects_of[n] for n in later or ()])
                if len(decided) >= _DECIDED_KEPT:
                    decided.clear()
                decided[key] = outcome
            done[fid] = outcome
        self._outcomes[layer] = done
        return done

    def blockers(self) -> tuple[tuple[str, str], ...]:
        """(filing id, rule id) of each blocker, in the order of `Report.blockers`: filings in
        rulebook order, each its own reasons' then its other layers' (in rulebook order)."""
        regulator = self.outcomes()
        layers = [self.outcomes(lid) for lid in self.c.blocking_layers]
        out: list[tuple[str, str]] = []
        for fid in self.c.filing_ids:
            for rule, effect in regulator[fid].effects:
                if effect.blocker is not None:
                    out.append((fid, rule.id))
            for by_filing in layers:
                outcome = by_filing[fid]
                if outcome.status is not None:
                    for rule, effect in outcome.effects:
                        if effect.blocker is not None:
                            out.append((fid, rule.id))
        return tuple(out)

    def advice_truths(self) -> list[bool | None]:
        """Each advice's condition (True where it has none), in rulebook order."""
        if self._advice is None:
            truths: list[bool | None] = [True if when is None else when(self.states) for _, when, _ in self.c.advice]
            self._advice = truths
        return self._advice


_DECIDED_KEPT = 20_000  # outcomes kept per compiled rulebook (the built-in's distinct answers make ~300)

_memo: list[tuple[Rulebook, dt.date, object, _Analysis]] = []
_MEMO_KEPT = 4  # a check reads its given answers, then the completed ones: two in use at a time


def _key(values: Mapping[str, Value]) -> object:
    """A hashable key equal only for answer sets the engine reads alike (types included: True
    and 1 are equal in Python, not here), or None for one that cannot be keyed safely."""
    try:
        key = tuple((k, type(v), v) for k, v in values.items())
        hash(key)  # a list (which its owner could change later) or another unhashable value: no memo
    except TypeError:
        return None
    return key


def _analyse(rulebook: Rulebook, values: Mapping[str, Value], as_of: dt.date) -> _Analysis:
    key = _key(values)
    if key is not None:
        for rb, day, k, analysis in tuple(_memo):  # a copy: another thread may change the list
            if rb is rulebook and day == as_of and k == key:
                return analysis
    analysis = _Analysis(compiled(rulebook), values, as_of, rulebook)
    if key is not None:
        _memo.insert(0, (rulebook, as_of, key, analysis))
        del _memo[_MEMO_KEPT:]
    return analysis


def _outcomes(rulebook: Rulebook, values: Mapping[str, Value], as_of: dt.date,
              layer: str | None = None) -> dict[str, Outcome]:
    """Each filing's outcome in one layer (None: the regulator's, which is the filing's status)."""
    return _analyse(rulebook, values, as_of).outcomes(layer)


def settled(rulebook: Rulebook, values: Mapping[str, Value],
            as_of: dt.date) -> tuple[dict[str, str | None], tuple[tuple[str, str], ...]] | None:
    """None while `open_questions` names any; else each filing's status (None: the rulebook has
    a gap) and the blockers as (filing id, rule id), as `evaluate`'s report has them, from the same
    analysis but without building the report (batch's compact lines need no more)."""
    a = _analyse(rulebook, values, as_of)
    if a._open is None:
        a._open = _open_questions(rulebook, a, values)
    if a._open:
        return None
    return {fid: o.status for fid, o in a.outcomes().items()}, a.blockers()


def unsettled_filings(rulebook: Rulebook, values: Mapping[str, Value], as_of: dt.date) -> set[str]:
    """Filings whose status could still change with more answers."""
    return {fid for fid, o in _outcomes(rulebook, values, as_of).items() if o.status is None}


def open_questions(rulebook: Rulebook, values: Mapping[str, Value], as_of: dt.date) -> list[Question]:
    """Unanswered questions, in order, that are (or may become) relevant and can still change some
    filing's status: read by a rule of an unsettled filing, or deciding whether such a question is
    asked at all. Also those that can still change another layer's reading, a blocker, or advice
    with a `when` (see _informative_reads)."""
    a = _analyse(rulebook, values, as_of)
    if a._open is None:
        a._open = _open_questions(rulebook, a, values)
    return list(a._open)


def _open_questions(rulebook: Rulebook, a: _Analysis, values: Mapping[str, Value]) -> tuple[Question, ...]:
    states, unknown = a.states, cond.UNKNOWN
    if all(state is not unknown or qid in values for qid, state in states.items()):
        return ()  # every question answered or not asked: none can be open, whatever is unsettled
    outcomes = a.outcomes()
    unsettled = {fid for fid, o in outcomes.items() if o.status is None}
    shown = unsettled | {fid for fid, o in outcomes.items() if o.status != "not_required"}
    informative = _informative_reads(a, shown)
    if not unsettled and not informative:
        return ()
    needed: set[str] = set(informative)
    for r in a.in_force:
        if not unsettled.isdisjoint(r.filings):
            needed |= r.reads
    # A question that gates a needed question's relevance is needed too (walk back in order).
    gates = a.c.gates
    for q in reversed(rulebook.questions):
        if q.id in needed:
            needed |= gates[q.id]
    return tuple(
        q for q in rulebook.questions
        if q.id in needed and q.id not in values and states[q.id] is unknown
    )


def _informative_reads(a: _Analysis, shown: set[str]) -> set[str]:
    """Questions that cannot change a status but can change what the report says: read by an
    undecided rule with a blocker or another layer's effect, or by undecided advice for a filing
    that is (or may be) required or under review."""
    reads: set[str] = set()
    for r, truth in a.truths:
        if truth is None and r.informative:
            reads |= r.reads
    for (advice, when, advice_reads), said in zip(a.c.advice, a.advice_truths(), strict=True):
        if when is not None and said is None and not shown.isdisjoint(advice.filings):
            reads |= advice_reads
    return reads


def evaluate(
    rulebook: Rulebook,
    answers: Mapping[str, Answer],
    as_of: dt.date,
    warnings: tuple[Warning, ...] = (),
) -> Report:
    """Every filing's status with its reasons and advice. Unanswered questions count as unknown."""
    values = {qid: a.value for qid, a in answers.items()}
    a = _analyse(rulebook, values, as_of)
    states = a.states
    outcomes = a.outcomes()
    by_layer = {layer.id: a.outcomes(layer.id) for layer in rulebook.layers}
    # Advice with a `when` is shown unless its condition is false for these answers.
    advice_of: dict[str, list[Advice]] = {}
    for (x, _, _), truth in zip(a.c.advice, a.advice_truths(), strict=True):
        if truth is not False:
            for fid in x.filings:
                advice_of.setdefault(fid, []).append(x)
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
        reasons = _reasons(a.c, states, outcome)
        advice = tuple(advice_of.get(filing.id, ()))
        results.append(FilingResult(filing, outcome.status, reasons, advice,
                                    _layers(rulebook, a.c, states, by_layer, filing.id)))
    used = tuple(answers[q.id] for q in rulebook.questions if q.id in answers)
    return Report(rulebook, as_of, used, tuple(results), warnings)


def _reasons(c: Compiled, states: Mapping[str, object], outcome: Outcome) -> tuple[Reason, ...]:
    """The outcome's effects as reasons, with the answers each rule read. A rulebook has few
    (effect, answers read) pairs in practice: each Reason is made once and shared (records are
    immutable)."""
    made = c.reasons
    out = []
    for rule, effect in outcome.effects:
        reads = c.reads_of[id(rule)]
        key: tuple[int, tuple[object, ...]] | None = (id(effect), tuple([states[qid] for qid in reads]))
        try:
            reason = made.get(key)  # type: ignore[arg-type]
        except TypeError:  # a value that is no answer (a list from a caller that did not parse it)
            reason = key = None
        if reason is None or reason.effect is not effect:
            reason = Reason(rule, effect, tuple((qid, _shown(states[qid])) for qid in reads))
            if key is not None:
                if len(made) >= _REASONS_KEPT:
                    made.clear()
                made[key] = reason
        out.append(reason)
    return tuple(out)


_REASONS_KEPT = 20_000


def _layers(rulebook: Rulebook, c: Compiled, states: Mapping[str, object],
            by_layer: Mapping[str, Mapping[str, Outcome]], fid: str) -> tuple[LayerResult, ...]:
    """The other layers' readings of one filing; a layer where no rule fired has no entry."""
    out = []
    for layer in rulebook.layers:
        outcome = by_layer[layer.id][fid]
        if outcome.status is not None and outcome.effects:
            out.append(LayerResult(layer, outcome.status, _reasons(c, states, outcome)))
    return tuple(out)


def _shown(state: object) -> Value | None:
    return None if state is cond.ABSENT or state is cond.UNKNOWN else state  # type: ignore[return-value]
