"""Working days on China's official calendar (holidays and make-up working days), for durations
and deadlines counted in 工作日.

The State Council publishes each year's holiday arrangement late in the year before; the
`chinesecalendar` package carries the published tables. A day past the last published year is
counted as Monday–Friday and the result says so (`estimated`), never silently.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import chinese_calendar  # type: ignore[import-untyped]

from icpcheck.rulebook.records import record

# One day past the last day the table knows (the package refuses later years).
_TABLE_END: dt.date = max(max(chinese_calendar.holidays), max(chinese_calendar.workdays))


@record
class Counted:
    """A date reached by counting days, and whether the count went past the published calendar
    (then weekends alone were skipped: a holiday not yet published may move it)."""

    date: dt.date
    estimated: bool = False


def last_published_year() -> int:
    """The last year whose official holiday arrangement the calendar table holds."""
    return _TABLE_END.year


# Cached: the package checks each date against its whole table's range (a min and a max over every
# holiday) on every call, and one report's timeline asks about hundreds of days.
@lru_cache(maxsize=8192)
def is_working_day(day: dt.date) -> bool:
    """Whether `day` is a working day: the official table where it reaches, else Monday–Friday."""
    if day.year <= _TABLE_END.year:
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:  # a year the table does not cover (before 2004)
            pass
    return day.weekday() < 5


def published(day: dt.date) -> bool:
    """Whether the official calendar for `day`'s year is published (in the table)."""
    return day.year <= _TABLE_END.year


def add_working_days(start: dt.date, n: int) -> Counted:
    """The `n`th working day after `start` (`start` itself not counted; n = 0 gives `start`)."""
    if n < 0:
        raise ValueError("n must not be negative")
    day, left, estimated = start, n, False
    while left:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            left -= 1
        estimated = estimated or not published(day)
    return Counted(day, estimated)


def add_days(start: dt.date, n: int, unit: str) -> Counted:
    """`n` days after `start`, in `unit`: `calendar_days`, `working_days`, `months` or `years`
    (a month or year later lands on the same day number, or the month's last day)."""
    if unit == "working_days":
        return add_working_days(start, n)
    if unit == "calendar_days":
        return Counted(start + dt.timedelta(days=n))
    if unit in ("months", "years"):
        months = n * (12 if unit == "years" else 1)
        year, month = divmod(start.month - 1 + months, 12)
        year += start.year
        month += 1
        for day in range(start.day, 27, -1):
            try:
                return Counted(dt.date(year, month, day))
            except ValueError:
                continue
        return Counted(dt.date(year, month, min(start.day, 28)))
    raise ValueError(f"unknown unit {unit!r}")


UNITS = ("calendar_days", "working_days", "months", "years")
