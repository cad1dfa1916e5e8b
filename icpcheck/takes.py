"""What it takes (issue 24): the conditions an applicant must meet for the filings in its plan,
those the answers show it cannot meet (blockers), the report's bottom line and why a filing people
expect is not required. All of it is rulebook data (`conditions`, `bottom_line`); this module only
picks what applies to a report."""

from __future__ import annotations

from collections.abc import Mapping

from icpcheck.engine import FilingResult, Report, plan, question_states
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import ApplyCondition, BottomLine, Expected
from icpcheck.rulebook.records import record


@record
class Met:
    """A condition that applies to this business: for which filings of its plan, and whether the
    answers show it cannot be met (`unmet`); `blocks`: unmet and not already said by a rule's
    blocker on the same filings (a rulebook that says it twice is told once)."""

    condition: ApplyCondition
    filings: tuple[str, ...]  # in plan order
    unmet: bool
    blocks: bool


def _states(report: Report) -> Mapping[str, object]:
    return question_states(report.rulebook, {a.id: a.value for a in report.answers})


def applying(report: Report) -> tuple[Met, ...]:
    """The rulebook's conditions for filings in the plan whose `when` holds, in rulebook order."""
    order = [f.filing.id for f in plan(report)]
    states = _states(report)
    blocked = {f.filing.id for f in report.filings if f.blockers}
    out = []
    for c in report.rulebook.conditions:
        fids = tuple(sorted((f for f in c.filings if f in order), key=order.index))
        if not fids or (c.when is not None and cond.evaluate(c.when, states.__getitem__) is not True):
            continue
        unmet = c.unmet_when is not None and cond.evaluate(c.unmet_when, states.__getitem__) is True
        out.append(Met(c, fids, unmet, unmet and not blocked.intersection(fids)))
    return tuple(out)


def bottom_line(report: Report) -> BottomLine | None:
    """The first of the rulebook's bottom lines that fits this report."""
    states = _states(report)
    status = {f.filing.id: f.status for f in report.filings}
    nothing = "required" not in status.values()
    for line in report.rulebook.bottom_lines:
        if line.when is not None and cond.evaluate(line.when, states.__getitem__) is not True:
            continue
        if any(status.get(f) != "required" for f in line.required):
            continue
        if any(status.get(f) != "review" for f in line.review):
            continue
        if line.nothing_required and not nothing:
            continue
        if not line.nothing_required and not line.required and not line.review and nothing:
            continue  # a line naming what is required needs something required
        return line
    return None


def expected_not_required(report: Report) -> tuple[tuple[FilingResult, Expected], ...]:
    """Filings people expect to need that are not required, with the rulebook's one-line why for
    the rule that decided it."""
    out = []
    for f in report.filings:
        if f.status != "not_required":
            continue
        rules = {r.rule.id for r in f.reasons}
        hit = next((e for e in report.rulebook.expected if e.filing == f.filing.id and e.rule in rules),
                   None)
        if hit is not None:
            out.append((f, hit))
    return tuple(out)
