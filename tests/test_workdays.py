"""Working days on the official calendar: the 2026 Spring Festival and its make-up days."""

from __future__ import annotations

import datetime as dt

import pytest

from icpcheck import workdays
from icpcheck.workdays import Counted, add_days, add_working_days, is_working_day

D = dt.date


def test_the_2026_spring_festival_is_no_working_time_and_its_saturdays_are() -> None:
    # 国务院办公厅 2026 arrangement: 15–23 February off; Saturday 14 February worked.
    assert is_working_day(D(2026, 2, 14))  # a Saturday, a make-up working day
    assert not any(is_working_day(D(2026, 2, d)) for d in range(15, 24))
    assert is_working_day(D(2026, 2, 28))  # the second make-up Saturday
    assert is_working_day(D(2026, 2, 24))


def test_counting_across_the_holiday() -> None:
    assert add_working_days(D(2026, 2, 13), 1) == Counted(D(2026, 2, 14))
    assert add_working_days(D(2026, 2, 14), 1) == Counted(D(2026, 2, 24))
    # 20 working days from Monday 2 February 2026: 3–14 February (10, Saturday the 14th worked),
    # 24–28 February (5, Saturday the 28th worked), 2–6 March (5)
    assert add_working_days(D(2026, 2, 2), 20) == Counted(D(2026, 3, 6))


def test_past_the_published_table_the_count_says_it_is_estimated() -> None:
    last = workdays.last_published_year()
    got = add_working_days(D(last, 12, 20), 15)
    assert got.estimated and got.date.year == last + 1
    assert not add_working_days(D(last, 3, 2), 5).estimated


@pytest.mark.parametrize(("start", "n", "unit", "want"), [
    (D(2024, 5, 10), 5, "years", D(2029, 5, 10)),
    (D(2024, 2, 29), 5, "years", D(2029, 2, 28)),
    (D(2024, 1, 31), 1, "months", D(2024, 2, 29)),
    (D(2026, 12, 6), 30, "calendar_days", D(2027, 1, 5)),
])
def test_add_days_in_other_units(start: dt.date, n: int, unit: str, want: dt.date) -> None:
    assert add_days(start, n, unit).date == want


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        add_working_days(D(2026, 1, 5), -1)
    with pytest.raises(ValueError):
        add_days(D(2026, 1, 5), 1, "fortnights")
