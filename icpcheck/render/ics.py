"""The compliance calendar as iCalendar (RFC 5545), written with the `icalendar` library: one
all-day event per dated obligation, on its due date, with reminders 90, 30 and 7 days before; a
duty that cannot be dated yet (after a change, once a filing is held) is a to-do (VTODO) without a
date. UIDs are a hash of the rulebook, filing, obligation and occurrence, so importing a newer file
updates the events instead of adding them again."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from icpcheck.i18n import t
from icpcheck.obligations import Item, of_report
from icpcheck.render.calendar import timing
from icpcheck.render.common import citation_text
from icpcheck.render.escape import ics, ics_line

if TYPE_CHECKING:
    from icpcheck.engine import Report

REMINDER_DAYS = (90, 30, 7)
PRODID = "-//icpcheck//compliance calendar//EN"


class MissingLibrary(Exception):
    """The `icalendar` package is not installed (the `calendar` extra)."""


def uid(rulebook_id: str, item: Item) -> str:
    digest = hashlib.sha256(f"{rulebook_id}\n{item.filing}\n{item.obligation}\n{item.occurrence}".encode()).hexdigest()
    return f"{digest[:32]}@icpcheck"


def render(report: Report, lang: str) -> str:
    """The calendar as an .ics text (CRLF line ends, lines folded at 75 octets)."""
    try:
        import icalendar
    except ImportError as err:
        raise MissingLibrary() from err

    rb = report.rulebook
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", ics_line(t("due.title", lang, date=report.as_of.isoformat())))
    stamp = dt.datetime.combine(report.as_of, dt.time(0, 0), tzinfo=dt.timezone.utc)
    colon = "：" if lang == "zh" else ": "
    for item in of_report(report):
        filing = rb.filing(item.filing)
        name = filing.name.get(lang) if filing else item.filing
        occurrence = f" ({item.occurrence})" if item.occurrence[:1].isdigit() else ""
        event = icalendar.Event() if item.due is not None else icalendar.Todo()
        event.add("uid", uid(rb.id, item))
        event.add("dtstamp", stamp)
        if item.due is not None:
            event.add("dtstart", item.due)
            event.add("dtend", item.due + dt.timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        else:
            event.add("status", "NEEDS-ACTION")
        # Every text from the rulebook goes through escape.ics: no control character reaches a calendar.
        event.add("summary", ics_line(f"{item.title.get(lang)}{occurrence} — {name}"))
        lines = [f"{t('due.status.' + item.status, lang)}{colon}{timing(item, report.as_of, lang)}",
                 item.when.get(lang),
                 f"{t('due.if_missed', lang)}{colon}{item.consequence.get(lang)}",
                 *(f"{t('due.sources', lang)}{colon}{citation_text(c, lang)}" for c in item.citations),
                 t("due.record", lang)]
        event.add("description", ics("\n".join(lines)))
        event.add("categories", [item.filing, item.status])
        if item.due is not None and item.status != "done":
            for days in REMINDER_DAYS:
                alarm = icalendar.Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", ics_line(t("due.ics.reminder", lang, title=item.title.get(lang))))
                alarm.add("trigger", dt.timedelta(days=-days))
                event.add_component(alarm)
        cal.add_component(event)
    text: str = cal.to_ical().decode("utf-8")
    return text
