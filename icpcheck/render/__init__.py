"""Report formats: one module each, behind one function that returns a string."""

from __future__ import annotations

import datetime as dt
import importlib

from icpcheck.engine import Report

FORMATS = ("text", "json", "markdown", "junit", "html")


PEOPLE = ("text", "markdown")  # the formats that take --detail and --all


def render(report: Report, fmt: str, lang: str, *, terminal: bool | None = None,
           detail: bool = False, show_all: bool = False, start: dt.date | None = None) -> str:
    """Render with the named format's module; each is imported only when used (rich is heavy).

    `terminal`: whether the text goes to a terminal (colour, width); None means stdout's. Only
    the text format draws differently for a terminal. `detail` (rule ids, the answers trace,
    citations) and `show_all` (every not-required filing in full) change only the people's
    formats: JSON and JUnit always carry everything.
    """
    module = importlib.import_module(f"icpcheck.render.{fmt}")
    extra: dict[str, object] = {"detail": detail, "show_all": show_all} if fmt in PEOPLE else {}
    if start is not None and fmt != "junit":  # day zero of the timeline (default: the as-of date)
        extra["start"] = start
    if fmt == "text":
        out: str = module.render(report, lang, terminal=terminal, **extra)
    else:
        out = module.render(report, lang, **extra)
    return out
