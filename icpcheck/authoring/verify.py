"""Exact verification by satisfiability: every complete answer set gives every filing exactly one status."""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import itertools
import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

# A SAT solver decides "some answer set makes this filing's rules clash" without listing answer
# sets; only `rules lint` imports this module, so the solver stays off the `check` path.
from pysat.solvers import Minisat22  # type: ignore[import-untyped]

from icpcheck.engine import Outcome, decide
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Effect, Question, Rule, Rulebook, Value

ONE_DAY = dt.timedelta(days=1)

# The solver's budget. A rulebook of a few dozen kilobytes can hold a formula no solver refutes
# in hours (a pigeonhole): verification then gives up rather than hang. A query first gets a few
# thousand conflicts, which settle every query of a real rulebook at once; one that needs more
# runs on under a watch thread that interrupts the solver at the deadline or when a signal comes
# (Python runs its handlers only between calls, and the solver is one long call).
TIME_LIMIT = 20.0  # seconds for the whole verification
_QUICK_CONFLICTS = 10_000


class GaveUp(Exception):
    """The solver used up its budget before it could decide a question about the rulebook."""

    def __init__(self, seconds: float, subject: str, queries: int) -> None:
        super().__init__(f"verification gave up after {seconds:g} s on {subject}")
        self.seconds = seconds
        self.subject = subject  # what was being decided, e.g. "filing 'x'"
        self.queries = queries


@dataclass(frozen=True)
class Segment:
    """A stretch of dates over which no rule of a filing starts or stops: [start, end)."""

    start: dt.date | None
    end: dt.date | None

    def probe(self) -> dt.date:
        """Any date inside the segment: the rules in force are the same for all of them."""
        if self.start is not None:
            return self.start
        return self.end - ONE_DAY if self.end is not None else dt.date.today()

    def describe(self) -> str:
        if self.start is None and self.end is None:
            return ""
        if self.start is None:
            return f"before {self.end}"
        if self.end is None:
            return f"from {self.start}"
        last = self.end - ONE_DAY
        return f"on {self.start}" if last == self.start else f"from {self.start} to {last}"


@dataclass(frozen=True)
class Failure:
    """One way the rulebook fails, with an answer set that shows it."""

    kind: str  # gap | conflict | never_fires | always_overridden | never_asked
    subject: str  # the filing, rule or question at fault
    message: str
    example: tuple[tuple[str, Value], ...] = ()
    segment: Segment | None = None
    count: int = 1  # kept for callers; the solver finds one counter-example, it does not count them


@dataclass
class Verification:
    failures: list[Failure] = field(default_factory=list)
    cases: int = 0  # satisfiability questions asked: each settles every answer set at once
    seconds: float = 0.0


def _after(day: dt.date) -> dt.date | None:
    """The next day, or None after the last date Python knows (no day follows, nothing starts)."""
    return None if day == dt.date.max else day + ONE_DAY


def segments(rules: list[Rule], as_of: dt.date | None = None) -> list[Segment]:
    """The date stretches formed by the rules' valid_from / valid_to (one when as_of is given)."""
    if as_of is not None:
        return [Segment(as_of, _after(as_of))]
    cuts = sorted({r.valid_from for r in rules if r.valid_from}
                  | {day for r in rules if r.valid_to for day in [_after(r.valid_to)] if day})
    if not cuts:
        return [Segment(None, None)]
    # No date comes before the first one Python knows: a rule valid from then opens no stretch.
    bounds: list[dt.date | None] = [*([] if cuts[0] == dt.date.min else [None]), *cuts, None]
    return [Segment(a, b) for a, b in itertools.pairwise(bounds)]


def closure(rulebook: Rulebook, qids: set[str]) -> list[Question]:
    """The questions read, plus every question their relevance (`when`) reads, in order."""
    needed = set(qids)
    for q in reversed(rulebook.questions):  # a `when` reads only earlier questions
        if q.id in needed:
            needed |= cond.questions_read(q.when)
    return [q for q in rulebook.questions if q.id in needed]


class _Encoding:
    """The rulebook's questions and conditions as clauses over one incremental solver.

    Each question q gets a literal `asked` (its `when` holds: otherwise it is ABSENT), and yes_no
    one boolean, one_of exactly one choice boolean when asked, many_of at least one (an answer is
    a non-empty set) and an exclusive choice alone; no choice is picked when the question is not
    asked. A comparison on an ABSENT
    question is false, as `conditions.compare` has it. Conditions are Tseitin-encoded: a fresh
    literal defined equal to the formula, so adding a definition never changes what is satisfiable.
    """

    def __init__(self, rulebook: Rulebook, seconds: float = TIME_LIMIT, deadline: float | None = None,
                 questions: Sequence[Question] | None = None) -> None:
        self.rulebook = rulebook
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds if deadline is None else deadline
        self.subject = "the rulebook"  # what the current questions are about, for GaveUp
        self.solver = Minisat22()
        self.top = 0
        self.true = self.new()
        self.solver.add_clause([self.true])
        self.asked: dict[str, int] = {}
        self.yes: dict[str, int] = {}
        self.choice: dict[tuple[str, str], int] = {}
        self.rule_lits: dict[str, int] = {}
        self.queries = 0
        for q in rulebook.questions if questions is None else questions:
            self._question(q)

    def new(self) -> int:
        self.top += 1
        return self.top

    def _question(self, q: Question) -> None:
        asked = self.true if q.when is None else self.formula(q.when)
        self.asked[q.id] = asked
        if q.type == "yes_no":
            self.yes[q.id] = y = self.new()
            self.solver.add_clause([-y, asked])  # a question not asked reads as no answer at all
            return
        picks = []
        for c in q.choices:
            self.choice[(q.id, c.value)] = lit = self.new()
            self.solver.add_clause([-lit, asked])
            picks.append(lit)
        self.solver.add_clause([-asked, *picks])
        if q.type == "one_of":
            self._at_most_one(picks)
        for c in q.choices:  # an exclusive choice of a many_of ("none") is picked alone
            if c.exclusive:
                ex = self.choice[(q.id, c.value)]
                for lit in picks:
                    if lit != ex:
                        self.solver.add_clause([-ex, -lit])

    def _at_most_one(self, lits: list[int]) -> None:
        """Sequential counter: linear in the number of choices rather than quadratic."""
        if len(lits) <= 6:
            for a, b in itertools.combinations(lits, 2):
                self.solver.add_clause([-a, -b])
            return
        seen = self.new()  # some earlier literal is true
        self.solver.add_clause([-lits[0], seen])
        for lit in lits[1:-1]:
            nxt = self.new()
            self.solver.add_clause([-lit, -seen])
            self.solver.add_clause([-lit, nxt])
            self.solver.add_clause([-seen, nxt])
            seen = nxt
        self.solver.add_clause([-lits[-1], -seen])

    def all_of(self, lits: Sequence[int]) -> int:
        if not lits:
            return self.true
        if len(lits) == 1:
            return lits[0]
        x = self.new()
        for lit in lits:
            self.solver.add_clause([-x, lit])
        self.solver.add_clause([x, *(-lit for lit in lits)])
        return x

    def any_of(self, lits: Sequence[int]) -> int:
        return -self.all_of([-lit for lit in lits])

    def formula(self, c: cond.Condition) -> int:
        if isinstance(c, cond.Not):
            return -self.formula(c.item)
        if isinstance(c, cond.All):
            return self.all_of([self.formula(item) for item in c.items])
        if isinstance(c, cond.AnyOf):
            return self.any_of([self.formula(item) for item in c.items])
        if c.op == "is":
            y = self.yes[c.q]
            return y if c.value is True else self.all_of([self.asked[c.q], -y])
        values = c.value if isinstance(c.value, frozenset | tuple | list) else [c.value]
        return self.any_of([self.choice[(c.q, v)] for v in sorted(values)
                            if (c.q, v) in self.choice])

    def rule(self, r: Rule) -> int:
        """True exactly when the rule's `when` holds."""
        if r.id not in self.rule_lits:
            self.rule_lits[r.id] = self.formula(r.when)
        return self.rule_lits[r.id]

    def model(self, assumptions: Iterable[int]) -> set[int] | None:
        """The literals of a satisfying assignment, or None when there is none."""
        if not self.satisfiable(assumptions):
            return None
        return set(self.solver.get_model() or ())

    def satisfiable(self, assumptions: Iterable[int]) -> bool:
        """Whether the clauses and `assumptions` can all hold, decided within the time budget
        (GaveUp past it); a signal's handler runs meanwhile."""
        self.queries += 1
        assumed = list(assumptions)
        self.solver.clear_interrupt()
        self.solver.conf_budget(_QUICK_CONFLICTS)
        answer = self.solver.solve_limited(assumptions=assumed)
        self.solver.conf_budget(-1)  # no budget from here: the watch ends a long solve
        while answer is None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise GaveUp(self.seconds, self.subject, self.queries)
            with _watch(self.solver, left):
                answer = self.solver.solve_limited(assumptions=assumed, expect_interrupt=True)
            self.solver.clear_interrupt()
            # None: interrupted. A signal's handler has run by now (and raised, for SIGTERM);
            # past the deadline the loop gives up; else the solve goes on where it stopped.
        return bool(answer)

    def answers(self, model: set[int], questions: Sequence[Question]) -> dict[str, list[int]]:
        """The asked questions' answers in the model, each as the literals that pin it down."""
        out: dict[str, list[int]] = {}
        for q in questions:
            asked = self.asked[q.id]
            if asked not in model:
                continue
            if q.type == "yes_no":
                y = self.yes[q.id]
                out[q.id] = [asked, y if y in model else -y]
            else:
                lits = [self.choice[(q.id, c.value)] for c in q.choices]
                out[q.id] = [asked, *(lit if lit in model else -lit for lit in lits)]
        return out

    def value(self, q: Question, model: set[int]) -> Value:
        if q.type == "yes_no":
            return self.yes[q.id] in model
        picked = [c.value for c in q.choices if self.choice[(q.id, c.value)] in model]
        return picked[0] if q.type == "one_of" else tuple(picked)

    def states(self, model: set[int]) -> dict[str, object]:
        """Every encoded question's value in the model, or ABSENT: what the engine would look up."""
        return {q.id: self.value(q, model) if self.asked[q.id] in model else cond.ABSENT
                for q in self.rulebook.questions if q.id in self.asked}

    def close(self) -> None:
        self.solver.delete()


@contextlib.contextmanager
def _watch(solver: Minisat22, seconds: float) -> Iterator[None]:
    """While the block runs (one long solve, which releases the GIL), a thread interrupts the
    solver after `seconds` or as soon as a signal arrives (the wakeup fd Python writes each
    signal's number to; in the main thread only, where handlers run)."""
    import signal
    import threading

    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    done = threading.Event()
    previous: int | None = None
    if threading.current_thread() is threading.main_thread():
        with contextlib.suppress(ValueError, OSError):
            previous = signal.set_wakeup_fd(wake_w)

    def watch() -> None:
        import select

        select.select([wake_r], [], [], seconds)
        if not done.is_set():
            solver.interrupt()

    thread = threading.Thread(target=watch, name="icpcheck-verify-watch", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        with contextlib.suppress(OSError):
            os.write(wake_w, b"\0")  # wake the watch: the solve is over
        thread.join()
        if previous is not None:
            with contextlib.suppress(ValueError, OSError):
                signal.set_wakeup_fd(previous)
        os.close(wake_r)
        os.close(wake_w)


def verify(rulebook: Rulebook, *, as_of: dt.date | None = None, seconds: float = TIME_LIMIT) -> Verification:
    """Prove that each filing gets exactly one status for every answer set, at every date (or at
    as_of), and that every rule can fire and decide something and every question can be asked.
    Raises GaveUp when the solver needs more than `seconds` in all."""
    started = time.perf_counter()
    result = Verification()
    enc = _Encoding(rulebook, seconds)
    queries = 0
    try:
        kept: set[str] = set()  # rules whose effect stands for some answers, somewhere
        fires: set[str] = set()  # rules that fire for some answers (asked only of those not kept)
        in_force_somewhere: set[str] = set()
        # The regulator's layer (None) must give every filing exactly one status; another layer
        # (e.g. WeChat's review) speaks only where its rules fire, so there only conflicts fail.
        # Each filing gets a solver of its own: a query walks only that filing's clauses.
        touching: dict[tuple[str, str | None], list[Rule]] = {}  # the rules of each (filing, layer)
        for r in rulebook.rules:
            for key in dict.fromkeys((e.filing, e.layer) for e in r.effects):
                touching.setdefault(key, []).append(r)
        for layer in (None, *(x.id for x in rulebook.layers)):
            for filing in rulebook.filings:
                subject = f"filing '{filing.id}'" + (f" in layer '{layer}'" if layer else "")
                queries += _verify_filing(enc, subject, filing.id, layer, touching.get((filing.id, layer), []),
                                          as_of, result, kept, fires, in_force_somewhere)
        for rule in rulebook.rules:
            if rule.id not in in_force_somewhere or not rule.effects or rule.id in kept:
                continue
            if rule.id not in fires:
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
            enc.subject = f"question '{q.id}'"
            if q.when is not None and not enc.satisfiable([enc.asked[q.id]]):
                result.failures.append(Failure(
                    "never_asked", q.id,
                    f"question '{q.id}' can never be asked: no earlier answers meet its `when`"))
        result.cases = queries + enc.queries
    finally:
        enc.close()
    result.seconds = time.perf_counter() - started
    return result


def _spans(rules: Sequence[Rule], segs: Sequence[Segment]) -> dict[str, tuple[int, int]]:
    """For each rule, the segments it is in force in, as [a, b) (a rule's dates are one interval
    and the segments are cut at every rule's dates); rules never in force are left out."""
    if len(segs) == 1:
        day = segs[0].probe()
        return {r.id: (0, 1) for r in rules if r.in_force(day)}
    probes = [g.probe() for g in segs]  # ascending
    out: dict[str, tuple[int, int]] = {}
    for r in rules:
        a = 0 if r.valid_from is None else bisect.bisect_left(probes, r.valid_from)
        b = len(segs) if r.valid_to is None else bisect.bisect_right(probes, r.valid_to)
        if a < b:
            out[r.id] = (a, b)
    return out


def _verify_filing(main: _Encoding, subject: str, filing_id: str, layer: str | None,
                   touching: list[Rule], as_of: dt.date | None, result: Verification, kept: set[str],
                   fires: set[str], in_force_somewhere: set[str]) -> int:
    """Ask the solver for a gap and for a conflict of one filing in one layer, per date segment;
    returns the number of questions asked.

    The filing's date segments are numbered and the segment is itself a variable of the formula
    (an order encoding: `ge[k]` is "the segment is k or later"), so each rule's "in force" is a
    literal and the whole filing is encoded once, in clauses linear in its rules and overrides;
    each segment's question assumes its number."""
    rulebook = main.rulebook
    if not touching:
        if layer is None:
            result.failures.append(Failure(
                "gap", filing_id, f"no rule sets filing '{filing_id}': it gets no status at all"))
        return 0
    segs = segments(touching, as_of)
    spans = _spans(touching, segs)
    in_force_somewhere.update(spans)
    live = [r for r in touching if r.id in spans]
    read = set().union(*(cond.questions_read(r.when) for r in live))
    enc = _Encoding(rulebook, main.seconds, main.deadline, closure(rulebook, read))
    enc.subject = subject
    try:
        m = len(segs)
        ge = [enc.true, *(enc.new() for _ in range(1, m))]  # ge[0]: every segment is 0 or later
        for k in range(2, m):
            enc.solver.add_clause([-ge[k], ge[k - 1]])

        def during(a: int, b: int) -> list[int]:
            return [ge[a]] + ([-ge[b]] if b < m else [])

        # As engine.decide has it: a rule's effect stands when it fires and no rule of this filing
        # that fires overrides it; the filing's statuses are those of the effects that stand.
        active = {r.id: enc.all_of([enc.rule(r), *during(*spans[r.id])]) for r in live}
        overriders = _Overriders(enc, live, active)
        stands = {r.id: enc.all_of([active[r.id], -overriders.fires(r)]) for r in live}
        effects = [(r, e) for r in live for e in r.effects if e.filing == filing_id and e.layer == layer]
        holds = {s: enc.any_of([stands[r.id] for r, e in effects if e.status == s])
                 for s in sorted({e.status for _, e in effects})}
        some_status = enc.any_of(list(holds.values()))
        clash = enc.any_of([enc.all_of([holds[a], holds[b]])
                            for a, b in itertools.combinations(holds, 2)])
        for k, segment in enumerate(segs):
            fixed = [ge[k], *([-ge[k + 1]] if k + 1 < m else [])]
            if layer is None:
                model = enc.model([*fixed, -some_status])
                if model is not None:
                    in_force, questions = _segment(rulebook, effects, spans, k)
                    values = _example(enc, model, questions, -some_status, fixed)
                    outcome = _check(enc, model, in_force)
                    assert outcome.status is None, "the solver's gap is no gap for the engine"
                    result.failures.append(Failure(
                        "gap", filing_id,
                        f"filing '{filing_id}' gets no status when {show(rulebook, values)}"
                        + _when(segment), _ordered(rulebook, values), segment))
            model = enc.model([*fixed, clash])
            if model is not None:
                in_force, questions = _segment(rulebook, effects, spans, k)
                values = _example(enc, model, questions, clash, fixed)
                outcome = _check(enc, model, in_force)
                assert outcome.conflict, "the solver's conflict is no conflict for the engine"
                says = ", ".join(f"rule '{r.id}' says {e.status}" for r, e in outcome.effects)
                result.failures.append(Failure(
                    "conflict", filing_id,
                    f"filing '{filing_id}' gets conflicting statuses"
                    + (f" in layer '{layer}'" if layer else "") + f" when {show(rulebook, values)}"
                    + _when(segment) + f": {says}; declare which wins with `overrides`",
                    _ordered(rulebook, values), segment))
        for r in live:  # the date is free here: does the rule's effect stand in some segment?
            if r.id not in kept and enc.satisfiable([stands[r.id]]):
                kept.add(r.id)
        for r in live:  # and, for a rule that is never kept, can it fire at all?
            if r.id not in kept and r.id not in fires and enc.satisfiable([enc.rule(r)]):
                fires.add(r.id)
        return enc.queries
    finally:
        enc.close()


def _segment(rulebook: Rulebook, effects: list[tuple[Rule, Effect]], spans: Mapping[str, tuple[int, int]],
             k: int) -> tuple[list[tuple[Rule, Effect]], list[Question]]:
    """The effects in force in segment k, and the questions their rules read (closed under relevance)."""
    in_force = [(r, e) for r, e in effects if spans[r.id][0] <= k < spans[r.id][1]]
    return in_force, closure(rulebook, set().union(*(cond.questions_read(r.when) for r, _ in in_force)))


class _Overriders:
    """For each rule of one filing, the literal "a rule in force that overrides it fires".

    Found from an index built once (not by scanning every rule for every rule). "Fires and is in
    force" is one literal per rule (`active`), so a rule's literal is the disjunction of its
    overriders' over every date at once. A rule with many overriders gets it as a chain, shared
    between rules: in the rulebook's order, the disjunction of a list is its first rule or the
    disjunction of the rest, and equal rests are made once (hash-consed). Dated amendments, each
    overriding every earlier one, then share one chain: linear in the rules, not quadratic."""

    CHAIN_FROM = 8  # overriders of one rule; below this the plain disjunction is as cheap

    def __init__(self, enc: _Encoding, rules: Sequence[Rule], active: Mapping[str, int]) -> None:
        self.enc = enc
        self.active = active
        order = {r.id: i for i, r in enumerate(rules)}
        self.of: dict[str, list[str]] = {r.id: [] for r in rules}
        for o in rules:
            for rid in o.overrides:
                if rid in self.of:
                    self.of[rid].append(o.id)
        for by in self.of.values():
            by.sort(key=order.__getitem__)
        self.links: dict[tuple[str, int], int] = {}  # (first rule, literal of the rest) -> literal

    def fires(self, r: Rule) -> int:
        by = self.of[r.id]
        if len(by) < self.CHAIN_FROM:
            return self.enc.any_of([self.active[o] for o in by])
        rest = -self.enc.true
        for o in reversed(by):
            key = (o, rest)
            lit = self.links.get(key)
            if lit is None:
                lit = self.links[key] = self.enc.any_of([self.active[o], rest])
            rest = lit
        return rest


def _check(enc: _Encoding, model: set[int], effects: list[tuple[Rule, Effect]]) -> Outcome:
    """The engine's own outcome for the model's answers: a second opinion on every example."""
    states = enc.states(model)
    return decide([(r, e) for r, e in effects if cond.evaluate(r.when, states.__getitem__) is True])


def _example(enc: _Encoding, model: set[int], questions: Sequence[Question],
             failing: int, fixed: Sequence[int] = ()) -> dict[str, Value]:
    """The model's answers, less every answer the failure does not hang on.

    An answer is left out when every other answer to that question (or not asking it) still
    fails: the solver finds no completion of the rest that escapes. Later questions go first, and
    a question whose `when` a kept answer reads stays, so the example reads as a real interview.
    """
    pinned = enc.answers(model, questions)
    for q in reversed(questions):
        if q.id not in pinned:
            continue
        if any(q.id in cond.questions_read(other.when) for other in questions
               if other.id in pinned and other.id != q.id):
            continue
        rest = [lit for qid, lits in pinned.items() if qid != q.id for lit in lits]
        if not enc.satisfiable([*fixed, *rest, -failing]):
            del pinned[q.id]
    by_id = {q.id: q for q in questions}
    return {qid: enc.value(by_id[qid], model) for qid in pinned}


def _ordered(rulebook: Rulebook, values: Mapping[str, Value]) -> tuple[tuple[str, Value], ...]:
    return tuple((q.id, values[q.id]) for q in rulebook.questions if q.id in values)


def show(rulebook: Rulebook, values: Mapping[str, Value]) -> str:
    """An answer set as `a=yes, b=no, kinds=[x]` (the other questions: any answer)."""
    if not values:
        return "(any answers)"
    parts = []
    for qid, v in _ordered(rulebook, values):
        if isinstance(v, bool):
            parts.append(f"{qid}={'yes' if v else 'no'}")
        elif isinstance(v, tuple):
            parts.append(f"{qid}=[{', '.join(v)}]")
        else:
            parts.append(f"{qid}={v}")
    return ", ".join(parts)


def _when(segment: Segment) -> str:
    text = segment.describe()
    return f" ({text})" if text else ""
