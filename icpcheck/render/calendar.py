"""The compliance calendar (comes-due) as data for JSON and as text: each obligation with its
dates, status and sources, in the report's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from icpcheck.i18n import t
from icpcheck.obligations import Item, of_report
from icpcheck.render.common import citation_text

if TYPE_CHECKING:
    from icpcheck.engine import Report
    from icpcheck.rulebook.model import Citation

Cite = Callable[["Citation", str], dict[str, Any]]  # render.json.citation, which imports this module



def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def item_dict(item: Item, report: Report, lang: str, citation: Cite) -> dict[str, Any]:
    """One obligation as the JSON report and `calendar --format json` give it."""
    filing = report.rulebook.filing(item.filing)
    return {
        "key": item.key,
        "filing": item.filing,
        "filing_name": filing.name.get(lang) if filing else item.filing,
        "obligation": item.obligation,
        "occurrence": item.occurrence,
        "status": item.status,
        "title": item.title.get(lang),
        "when": item.when.get(lang),
        "consequence": item.consequence.get(lang),
        "start": _iso(item.start),
        "due": _iso(item.due),
        "days_left": item.days_left(report.as_of),
        "estimated": item.estimated,
        "trigger": _iso(item.trigger),
        "done_on": _iso(item.done_on),
        "expires": _iso(item.expires),
        "expires_derived": item.expires_derived,
        "citations": [citation(c, lang) for c in item.citations],
    }


def timing(item: Item, as_of: dt.date, lang: str) -> str:
    """The item's dates in words: the window or deadline, and how far off it is."""
    if item.due is None:
        return item.when.get(lang)
    parts = [t("due.window", lang, start=item.start.isoformat(), due=item.due.isoformat()) if item.start
             else t("due.by", lang, due=item.due.isoformat())]
    left = (item.due - as_of).days
    if item.status == "done" and item.done_on:
        parts.append(t("due.done_on", lang, date=item.done_on.isoformat()))
    elif left > 0:
        parts.append(t("due.left", lang, n=left))
    elif left == 0:
        parts.append(t("due.today", lang))
    else:
        parts.append(t("due.ago", lang, n=-left))
    if item.trigger:
        parts.append(t("due.from", lang, date=item.trigger.isoformat()))
    if item.expires:
        parts.append(t("due.derived" if item.expires_derived else "due.expires", lang, date=item.expires.isoformat()))
    if item.estimated:
        parts.append(t("due.estimated", lang))
    return ("；" if lang == "zh" else "; ").join(parts)


def render_text(report: Report, lang: str) -> str:
    """The calendar for people: most urgent first, each with its timing, consequence and sources."""
    from icpcheck.render.escape import terminal

    items = of_report(report)
    colon = "：" if lang == "zh" else ": "
    lines = [t("due.title", lang, date=report.as_of.isoformat()), ""]
    if not items:
        lines.append(t("due.none", lang))
    for item in items:
        filing = report.rulebook.filing(item.filing)
        name = filing.name.get(lang) if filing else item.filing
        occurrence = f" ({item.occurrence})" if item.occurrence[:1].isdigit() else ""
        lines.append(f"[{t('due.status.' + item.status, lang)}] {name}{colon}{item.title.get(lang)}{occurrence}")
        lines.append(f"    {timing(item, report.as_of, lang)}")
        lines.append(f"    {t('due.if_missed', lang)}{colon}{item.consequence.get(lang)}")
        for c in item.citations:
            lines.append(f"    {t('due.sources', lang)}{colon}{citation_text(c, lang)}")
        lines.append("")
    if items:
        lines.append(t("due.record", lang))
    return terminal("\n".join(lines)) + "\n"
