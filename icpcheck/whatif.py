"""What if: which other answer would change which filing's status, found by running the engine.

For one checked business, every question that applies is given each other answer in turn (a
many_of: one choice added or removed), and the changed answer set is checked again with
`checking.run` — the same date and holdings; answers of questions that become moot are dropped as
a check drops them. Nothing is sampled: every alternative is run. A goal ("make this filing not
required") is searched exhaustively over one change, then over pairs of changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import icpcheck.answers as ans
import icpcheck.checking as checking
import icpcheck.engine as engine
from icpcheck.engine import Answer, FilingResult, Report
from icpcheck.errors import AnswersError
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Filing, Question, Rulebook, Value

# How much a status asks of the business: a lever that lowers it removes work.
WEIGHT = {"required": 2, "review": 1, "not_required": 0}
GOALS = {"not": "not_required", "required": "required"}
MAX_GOAL_CHANGES = 2


@dataclass(frozen=True)
class Step:
    """One answer changed: question, its answer before (None: unanswered) and after. For a
    many_of, `choice` is the one choice added or removed (`added` says which)."""

    question: Question
    before: Value | None
    after: Value
    choice: str | None = None
    added: bool = True


@dataclass(frozen=True)
class Change:
    """One filing's status before and after a change (after None: it then depends on answers
    nobody has given yet), and the rules that decide each."""

    filing: Filing
    before: str
    after: str | None
    rules_before: tuple[engine.Reason, ...]
    rules_after: tuple[engine.Reason, ...]

    @property
    def lowers(self) -> bool:
        return self.after is not None and WEIGHT[self.after] < WEIGHT[self.before]

    @property
    def removes(self) -> bool:
        """The filing is no longer needed at all."""
        return self.after == "not_required"


@dataclass(frozen=True)
class Checked:
    """An answer set checked: each filing's result (None: unsettled), the answers as used, and
    the questions it opens that nobody has answered (none have a default)."""

    results: Mapping[str, FilingResult | None]
    answers: Mapping[str, Answer]
    opens: tuple[Question, ...]


@dataclass(frozen=True)
class Lever:
    """A change of answers and the filings whose status it changes."""

    steps: tuple[Step, ...]
    changes: tuple[Change, ...]
    opens: tuple[Question, ...] = ()

    @property
    def step(self) -> Step:
        return self.steps[0]


@dataclass(frozen=True)
class Goal:
    """A goal searched: the filing, the status wanted, the smallest changes found (all of the
    smallest size; empty: none within MAX_GOAL_CHANGES), how many answer sets were checked and
    which questions could matter (the rest cannot change this filing)."""

    filing: Filing
    want: str
    found: tuple[Lever, ...]
    tried: int
    questions: tuple[Question, ...]
    already: bool = False  # the filing has that status now


@dataclass(frozen=True)
class WhatIf:
    """The business as checked, and every lever found (those that change something, ordered so
    that the ones removing work come first), out of `tried` alternatives run."""

    outcome: checking.Outcome
    levers: tuple[Lever, ...]
    tried: int
    goal: Goal | None = None

    @property
    def report(self) -> Report:
        return self.outcome.report


def alternatives(q: Question, current: Value | None) -> list[Step]:
    """Every other answer of a question: the other yes/no, each other choice, or (many_of) each
    choice added or removed; an exclusive ("none of these") choice goes alone, and a set is
    never left empty."""
    if q.type == "yes_no":
        return [Step(q, current, v) for v in (True, False) if v != current]
    if q.type == "one_of":
        return [Step(q, current, c.value) for c in q.choices if c.value != current]
    now = current if isinstance(current, tuple) else ()
    out: list[Step] = []
    for c in q.choices:
        if c.value in now:
            rest = tuple(v for v in now if v != c.value)
            if rest:
                out.append(Step(q, current, rest, c.value, added=False))
            continue
        # Added to the set, as the one parser takes it; a choice that goes alone replaces it.
        after = q.parse([*now, c.value])
        if not isinstance(after, tuple):
            after = (c.value,)
        out.append(Step(q, current, after, c.value, added=True))
    return out


def check_answers(base: checking.Request, answers: Mapping[str, Answer]) -> Checked:
    """Check an answer set as `check` would with every answer given and nobody to ask: defaults
    fill what opens, moot answers are dropped. When a question without a default opens, the
    filings it cannot change keep their status (any answer to it gives the same) and the others
    are None."""
    request = checking.Request(base.rulebook, base.as_of, given=dict(answers), holdings=base.holdings,
                               fail_on=base.fail_on)
    try:
        out = checking.run(request)
        return Checked({f.filing.id: f for f in out.report.filings}, out.answers, ())
    except ans.MissingAnswers as err:
        opens = err.missing
    rb = base.rulebook
    used = ans.fill_defaults(rb, ans.drop_irrelevant(rb, dict(answers))[0], base.as_of)
    unsettled = engine.unsettled_filings(rb, ans.answer_values(used), base.as_of)
    # A settled filing's status is the same whatever the open questions get: fill them with any answer.
    filled = dict(used)
    for _ in rb.questions:
        try:
            done = checking.run(checking.Request(rb, base.as_of, given=filled, holdings=base.holdings))
            break
        except ans.MissingAnswers as err:
            for q in err.missing:
                filled[q.id] = Answer(q.id, _any_answer(q), "placeholder")
    else:  # pragma: no cover - each round answers at least one more question
        raise AnswersError("could not complete the answers")
    results = {f.filing.id: None if f.filing.id in unsettled else f for f in done.report.filings}
    return Checked(results, used, tuple(opens))


def _any_answer(q: Question) -> Value:
    if q.type == "yes_no":
        return False
    if q.type == "one_of":
        return q.choices[0].value
    return (q.choices[0].value,)


def changes_between(before: Mapping[str, FilingResult | None],
                    after: Mapping[str, FilingResult | None]) -> tuple[Change, ...]:
    """The filings whose status differs (before must be settled)."""
    out = []
    for fid, old in before.items():
        assert old is not None
        new = after.get(fid)
        status = None if new is None else new.status
        if status != old.status:
            out.append(Change(old.filing, old.status, status, old.reasons,
                              () if new is None else new.reasons))
    return tuple(out)


def applied(answers: Mapping[str, Answer], steps: Iterable[Step]) -> dict[str, Answer]:
    out = dict(answers)
    for s in steps:
        out[s.question.id] = Answer(s.question.id, s.after, "what-if")
    return out


def what_if(request: checking.Request, *, goal: tuple[str, str] | None = None) -> WhatIf:
    """Check the business, then every other answer of every question answered; with `goal`
    (("not"|"required", filing id)), also search the smallest changes reaching it."""
    outcome = checking.run(request)
    base = {f.filing.id: f for f in outcome.report.filings}
    rb = request.rulebook
    levers: list[Lever] = []
    tried = 0
    for q in rb.questions:
        if q.id not in outcome.answers:
            continue  # moot, or open but unable to change anything (no filing waits on it)
        for step in alternatives(q, outcome.answers[q.id].value):
            tried += 1
            checked = check_answers(request, applied(outcome.answers, (step,)))
            found = changes_between(base, checked.results)
            if found:
                levers.append(Lever((step,), found, checked.opens))
    order = {q.id: i for i, q in enumerate(rb.questions)}
    levers.sort(key=lambda lv: (-sum(c.removes and c.before == "required" for c in lv.changes),
                                -sum(c.lowers for c in lv.changes),
                                sum(not c.lowers for c in lv.changes),
                                order[lv.step.question.id]))
    searched = None if goal is None else search_goal(request, outcome, goal[0], goal[1])
    return WhatIf(outcome, tuple(levers), tried, searched)


def reads_of(rulebook: Rulebook, filing_id: str, as_of: dt.date) -> tuple[Question, ...]:
    """The questions that can change a filing's status: read by a rule with an effect on it (in
    force on the date), or deciding whether such a question applies (and so, through defaults and
    moot answers, what it holds). No other answer can change the status, so a search may skip them."""
    needed: set[str] = set()
    for rule in rulebook.rules:
        if rule.in_force(as_of) and any(e.filing == filing_id and e.layer is None for e in rule.effects):
            needed |= cond.questions_read(rule.when)
    for q in reversed(rulebook.questions):
        if q.id in needed:
            needed |= cond.questions_read(q.when)
    return tuple(q for q in rulebook.questions if q.id in needed)


def search_goal(request: checking.Request, outcome: checking.Outcome, kind: str, filing_id: str) -> Goal:
    """The smallest set of answer changes (up to MAX_GOAL_CHANGES) that gives the filing the
    wanted status: every single change, then (if none) every pair, of the questions that can
    change it; all solutions of the smallest size."""
    rb = request.rulebook
    filing = next(f for f in rb.filings if f.id == filing_id)
    want = GOALS[kind]
    base = {f.filing.id: f for f in outcome.report.filings}
    questions = reads_of(rb, filing_id, request.as_of)
    if base[filing_id].status == want:
        return Goal(filing, want, (), 0, questions, already=True)
    tried = 0
    seen: set[frozenset[tuple[str, Value]]] = set()
    singles: list[tuple[Step, Checked]] = []
    found: list[Lever] = []
    for q in questions:
        if q.id not in outcome.answers:
            continue
        for step in alternatives(q, outcome.answers[q.id].value):
            tried += 1
            checked = check_answers(request, applied(outcome.answers, (step,)))
            singles.append((step, checked))
            if _reaches(checked, filing_id, want):
                found.append(Lever((step,), changes_between(base, checked.results), checked.opens))
    if found:
        return Goal(filing, want, tuple(found), tried, questions)
    for first, checked in singles:
        states = engine.question_states(rb, ans.answer_values(checked.answers))
        for q in questions:
            # A many_of may take a second step (one choice added, another removed); another type
            # changed twice is one change.
            if (q.id == first.question.id and q.type != "many_of") or states[q.id] is cond.ABSENT:
                continue
            current = checked.answers[q.id].value if q.id in checked.answers else None
            for second in alternatives(q, current):
                final = {first.question.id: first.after, q.id: second.after}
                if any(outcome.answers[k].value == v for k, v in final.items() if k in outcome.answers):
                    continue  # a step undone: no pair
                key = frozenset(final.items())
                if key in seen:
                    continue
                seen.add(key)
                tried += 1
                both = check_answers(request, applied(checked.answers, (second,)))
                if _reaches(both, filing_id, want):
                    found.append(Lever((first, second), changes_between(base, both.results), both.opens))
    return Goal(filing, want, tuple(found), tried, questions)


def _reaches(checked: Checked, filing_id: str, want: str) -> bool:
    result = checked.results.get(filing_id)
    return result is not None and result.status == want
