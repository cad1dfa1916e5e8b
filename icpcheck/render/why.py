"""The questions still open for a set of answers, each with why it is asked (icpcheck.why)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from icpcheck.engine import open_questions
from icpcheck.i18n import t
from icpcheck.render.escape import terminal_line
from icpcheck.rulebook.model import Rulebook, Value
from icpcheck.why import why


def open_text(rulebook: Rulebook, values: Mapping[str, Value], as_of: dt.date, lang: str) -> str:
    """Each open question in the order it would be asked: its text and id, which filings its
    answer can change, and its help; a line saying so when none is open."""
    pending = open_questions(rulebook, dict(values), as_of)
    if not pending:
        return t("why.none_open", lang) + "\n"
    out: list[str] = []
    for q in pending:
        out.append(f"{terminal_line(q.text.get(lang))} [{q.id}]")
        out += [f"  {terminal_line(line)}" for line in why(rulebook, values, q, as_of).text(lang).splitlines()]
        out.append("")
    return "\n".join(out)
