"""When each step of the plan can be done: from the plan's `after` order and the rulebook's
`procedures` (typical durations and statutory limits), counted from a start date on China's
official calendar (icpcheck.workdays: working days skip holidays and count make-up working days)."""

from __future__ import annotations

import datetime as dt

import icpcheck.workdays as workdays
from icpcheck.engine import Report, plan
from icpcheck.rulebook.model import Procedure
from icpcheck.rulebook.records import record


@record
class Step:
    """One filing of the plan in time.

    `starts`: when it can start (the start date, or when the latest step it comes after is done);
    `earliest`: the earliest it can be done by the practice figure (where only a statutory
    processing limit is known, the day that limit ends); `latest`: the day to allow until (the
    later of practice's longest and the limit's end); `due`: the last day a deadline allows, for
    a filing due within a time of the steps before it. None where the rulebook has no figure.
    `estimated`: a date lies past the published holiday table (weekends alone were skipped)."""

    filing: str
    starts: dt.date
    earliest: dt.date | None
    latest: dt.date | None
    due: dt.date | None
    estimated: bool
    after: tuple[str, ...]  # the filings of the plan it waits for


@record
class Timeline:
    start: dt.date
    steps: tuple[Step, ...]

    @property
    def known(self) -> tuple[Step, ...]:
        """The steps with a duration."""
        return tuple(s for s in self.steps if s.latest is not None)

    @property
    def partial(self) -> bool:
        """Some step has no sourced duration: the end dates leave it out."""
        return len(self.known) < len(self.steps)

    @property
    def earliest(self) -> dt.date | None:
        return max((s.earliest for s in self.known if s.earliest), default=None)

    @property
    def latest(self) -> dt.date | None:
        return max((s.latest for s in self.known if s.latest), default=None)

    @property
    def estimated(self) -> bool:
        return any(s.estimated for s in self.steps)


def _add(start: dt.date, n: int, unit: str) -> workdays.Counted:
    return workdays.add_days(start, n, unit)


def timeline(report: Report, start: dt.date) -> Timeline:
    """Each step of the plan from `start`: a step starts once the steps it comes after are done
    (earliest after their earliest, latest after their latest); a step without a figure takes
    no time in the count (the timeline says it is partial)."""
    rb = report.rulebook
    steps: dict[str, Step] = {}
    for f in plan(report):
        after = tuple(a for a in f.filing.plan.after if a in steps)
        early_start = max((steps[a].earliest or steps[a].starts for a in after), default=start)
        late_start = max((steps[a].latest or steps[a].starts for a in after), default=start)
        steps[f.filing.id] = _step(f.filing.id, rb.procedure(f.filing.id), early_start, late_start,
                                   after)
    return Timeline(start, tuple(steps.values()))


def _step(fid: str, p: Procedure | None, early_start: dt.date, late_start: dt.date,
          after: tuple[str, ...]) -> Step:
    counted: list[workdays.Counted] = []
    earliest = latest = due = None
    limit = p.limit if p else None
    typical = p.typical if p else None
    if typical is not None:
        counted += [_add(early_start, typical.min, typical.unit), _add(late_start, typical.max, typical.unit)]
    if limit is not None and limit.kind == "processing":
        counted += [_add(early_start, limit.days, limit.unit), _add(late_start, limit.days, limit.unit)]
    if typical is not None:
        earliest = counted[0].date
        latest = max(c.date for c in counted[1::2])
    elif counted:
        earliest, latest = counted[0].date, counted[1].date
    if limit is not None and limit.kind == "deadline" and after:
        # Due within a time of the steps it comes after (going live, the licence): from their end.
        end = _add(late_start, limit.days, limit.unit)
        counted.append(end)
        due = end.date
    return Step(fid, early_start, earliest, latest, due, any(c.estimated for c in counted), after)
