"""Report formats: one module each, behind one function that returns a string."""

from __future__ import annotations

import importlib

from icpcheck.engine import Report

FORMATS = ("text", "json", "markdown", "junit", "html")


def render(report: Report, fmt: str, lang: str, *, terminal: bool | None = None) -> str:
    """Render with the named format's module; each is imported only when used (rich is heavy).

    `terminal`: whether the text goes to a terminal (colour, width); None means stdout's. Only
    the text format draws differently for a terminal.
    """
    module = importlib.import_module(f"icpcheck.render.{fmt}")
    out: str = module.render(report, lang, terminal=terminal) if fmt == "text" else module.render(
        report, lang)
    return out
