"""What comes due: the rulebook's obligations (and renewals from its `validity`), dated from what
is held, as of a date.

Pure: a function of (rulebook, each filing's status, holdings, date). Every duty, its timing and its
sources come from the rulebook; this module only counts days (with icpcheck.workdays) and compares
dates. An item's status:

- overdue: past its due date and not recorded as done
- due: its window is open now (a yearly window, or the days after its trigger)
- upcoming: dated, not open yet
- done: recorded as done (`done:` under the filing in `held:`) for this occurrence
- standing: a duty that follows an event not recorded yet (a change): it applies when it happens
- after_held: a filing needed but not held yet: what comes due once you get it, in words
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from icpcheck.rulebook.model import Citation, Obligation, Period, Rulebook, Text, Validity
from icpcheck.rulebook.records import record
from icpcheck.workdays import add_days, is_working_day

if TYPE_CHECKING:
    from icpcheck.engine import Report

# The gate (icpcheck.gate) calls this module for its time gate, so this module does not import it:
# what it reads of the holdings is these few names (gate.Held and gate.Holdings have them).


class Held(Protocol):
    @property
    def granted(self) -> dt.date | None: ...
    @property
    def expires(self) -> dt.date | None: ...
    def event(self, name: str) -> tuple[dt.date, ...]: ...
    def done_dates(self, obligation: str) -> tuple[dt.date, ...]: ...


class Holdings(Protocol):
    @property
    def held(self) -> frozenset[str]: ...
    def of(self, filing: str) -> Held: ...
    def events(self, name: str) -> tuple[dt.date, ...]: ...


class _Nothing:
    """No holdings (a report without a gate)."""

    held: frozenset[str] = frozenset()

    def of(self, filing: str) -> Held:
        raise KeyError(filing)

    def events(self, name: str) -> tuple[dt.date, ...]:
        return ()

STATUSES = ("overdue", "due", "upcoming", "standing", "after_held", "done")
RENEWAL = "renewal"  # the id of the renewal duty a filing's `validity` gives
NEEDED = ("required", "review")


@record
class Item:
    """One occurrence of a duty (or the duty in words, when it cannot be dated yet)."""

    filing: str
    obligation: str  # the obligation's id, or RENEWAL
    occurrence: str  # which one: the year, the trigger's date, the expiry; "standing"/"after_held"
    status: str
    title: Text
    when: Text
    consequence: Text
    citations: tuple[Citation, ...]
    start: dt.date | None = None  # when it opens (None: any time before `due`)
    due: dt.date | None = None
    estimated: bool = False  # counted in working days past the published holiday table
    trigger: dt.date | None = None  # the grant or event it is counted from
    done_on: dt.date | None = None
    expires: dt.date | None = None  # renewals: the expiry
    expires_derived: bool = False  # the expiry was derived from the validity, not given

    @property
    def key(self) -> str:
        return f"{self.filing}/{self.obligation}/{self.occurrence}"

    def days_left(self, as_of: dt.date) -> int | None:
        return None if self.due is None else (self.due - as_of).days


def items(rulebook: Rulebook, statuses: Mapping[str, str], holdings: Holdings, as_of: dt.date) -> tuple[Item, ...]:
    """Every duty of the filings held or needed, most urgent first: overdue, due, upcoming (by
    date), standing, after_held, done."""
    out: list[Item] = []
    for filing in rulebook.filings:
        fid = filing.id
        held = fid in holdings.held
        if not held and statuses.get(fid) not in NEEDED:
            continue
        h = holdings.of(fid) if held else None
        for ob in (o for o in rulebook.obligations if o.filing == fid):
            out += _obligation(ob, h, holdings, as_of)
        validity = rulebook.validity_of(fid)
        if validity is not None:
            out += _renewal(validity, h, as_of)
    rank = {s: i for i, s in enumerate(STATUSES)}
    return tuple(sorted(out, key=lambda i: (rank[i.status], i.due or dt.date.max, i.filing, i.obligation,
                                            i.occurrence)))


def of_report(report: Report) -> tuple[Item, ...]:
    """The duties of a gated report, dated from the holdings its gate read."""
    holdings: Holdings = getattr(report.gate, "holdings", None) or _Nothing()
    return items(report.rulebook, {f.filing.id: f.status for f in report.filings}, holdings, report.as_of)


def failing(report: Report, days: int) -> tuple[str, ...]:
    """The keys of the items that fail a time gate: overdue, or (days > 0) due within `days`."""
    return tuple(i.key for i in of_report(report) if fails(i, report.as_of, days))


def fails(item: Item, as_of: dt.date, days: int) -> bool:
    if item.status == "overdue":
        return True
    return days > 0 and item.due is not None and item.status in ("due", "upcoming") and (item.due - as_of).days <= days


# -- one obligation -----------------------------------------------------------------------------


def _item(ob: Obligation, occurrence: str, status: str, **dates: object) -> Item:
    return Item(ob.filing, ob.id, occurrence, status, ob.title, ob.when, ob.consequence, ob.citations,
                **dates)  # type: ignore[arg-type]


def _obligation(ob: Obligation, held: Held | None, holdings: Holdings, as_of: dt.date) -> list[Item]:
    if ob.obtain:
        return [] if held is not None else _to_obtain(ob, holdings, as_of)
    if held is None:
        return [_item(ob, "after_held", "after_held")]
    if ob.trigger == "yearly":
        return _yearly(ob, held, as_of)
    if ob.trigger == "event":
        assert ob.event is not None
        dates = held.event(ob.event) or holdings.events(ob.event)
        return [*_dated(ob, held.done_dates(ob.id), dates, as_of), _item(ob, "standing", "standing")]
    granted = held.granted
    return _dated(ob, held.done_dates(ob.id), (granted,), as_of) if granted else [_item(ob, "standing", "standing")]


def _to_obtain(ob: Obligation, holdings: Holdings, as_of: dt.date) -> list[Item]:
    """A duty to get the filing itself within a time of an event or of another filing's grant."""
    if ob.trigger == "event":
        assert ob.event is not None
        starts = holdings.events(ob.event)[:1]  # the first time it happened started the clock
    else:
        granted = [g for f in ob.of if f in holdings.held and (g := holdings.of(f).granted) is not None]
        starts = (min(granted),) if granted else ()
    if not starts:
        return [_item(ob, "standing", "standing")]
    return _dated(ob, (), starts, as_of)


def _dated(ob: Obligation, done: tuple[dt.date, ...], triggers: tuple[dt.date, ...], as_of: dt.date) -> list[Item]:
    """One item per trigger date, due `offset` after it; done when a done date falls on or after
    the trigger (and before the next one)."""
    assert ob.offset is not None
    out = []
    for i, start in enumerate(triggers):
        end = triggers[i + 1] if i + 1 < len(triggers) else dt.date.max
        counted = add_days(start, ob.offset.n, ob.offset.unit)
        met = next((d for d in done if start <= d < end), None)
        status = "done" if met else "overdue" if as_of > counted.date else "due" if as_of >= start else "upcoming"
        out.append(_item(ob, start.isoformat(), status, start=start, due=counted.date,
                         estimated=counted.estimated, trigger=start, done_on=met))
    return out


def _yearly(ob: Obligation, held: Held, as_of: dt.date) -> list[Item]:
    """The latest window that has opened (the current cycle) and the next one. A filing granted in
    a year first reports in the next year's window; earlier years are not listed."""
    assert ob.window is not None
    (fm, fd), (tm, td) = ob.window

    def window(year: int) -> tuple[dt.date, dt.date]:
        return _day(year, fm, fd), _day(year, tm, td)

    current = as_of.year if as_of >= window(as_of.year)[0] else as_of.year - 1
    first = held.granted.year + 1 if held.granted else None
    years = [y for y in (current, current + 1) if first is None or y >= first]
    if not years and first is not None:
        years = [first]
    done = held.done_dates(ob.id)
    out = []
    for year in years:
        start, due = window(year)
        met = next((d for d in done if start <= d < window(year + 1)[0]), None)
        status = "done" if met else "overdue" if as_of > due else "due" if as_of >= start else "upcoming"
        out.append(_item(ob, str(year), status, start=start, due=due, done_on=met))
    return out


def _day(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 29 February in a common year
        return dt.date(year, month, 28)


# -- renewal ------------------------------------------------------------------------------------


def _renewal(v: Validity, held: Held | None, as_of: dt.date) -> list[Item]:
    """Renew `renew_before` the expiry: the expiry as given, or derived from the grant and the
    term (and said to be derived); once done, the next term's."""

    def item(occurrence: str, status: str, **dates: object) -> Item:
        return Item(v.filing, RENEWAL, occurrence, status, v.title, v.when, v.consequence, v.citations,
                    **dates)  # type: ignore[arg-type]

    if held is None:
        return [item("after_held", "after_held")]
    expires, derived = held.expires, False
    if expires is None and held.granted is not None:
        expires, derived = _minus(add_days(held.granted, v.term.n, v.term.unit).date, Period(1, "calendar_days")), True
    if expires is None:
        return [item("standing", "standing")]
    done = held.done_dates(RENEWAL)
    out = []
    for _ in range(2):  # this term's renewal; once it is done, the next term's too
        due = _minus(expires, v.renew_before)
        begun = _minus(add_days(expires, 1, "calendar_days").date, v.term)
        met = next((d for d in done if begun <= d <= expires), None)
        status = "done" if met else "overdue" if as_of > due else "upcoming"
        out.append(item(expires.isoformat(), status, due=due, done_on=met, expires=expires, expires_derived=derived))
        if not met:
            break
        expires, derived = add_days(expires, v.term.n, v.term.unit).date, True
    return out


def _minus(day: dt.date, period: Period) -> dt.date:
    """`period` before `day` (working days on the official calendar, counted back)."""
    if period.unit == "working_days":
        left = period.n
        while left:
            day -= dt.timedelta(days=1)
            left -= is_working_day(day)
        return day
    if period.unit == "calendar_days":
        return day - dt.timedelta(days=period.n)
    return add_days(day, -period.n, period.unit).date
