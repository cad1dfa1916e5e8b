"""Report formats: one record each (name, file extensions, for people or machines, what it takes),
its renderer a module behind one function that returns a string."""

from __future__ import annotations

import datetime as dt
import importlib
import os

from icpcheck.engine import Report
from icpcheck.rulebook.records import record


@record
class Format:
    """One output format. `machine`: read by programs (a CI gate left off is worth a note; JSON's
    words default to English); otherwise written for a person. `detail`: takes --detail/--all
    (rule ids, every citation; machine formats always carry everything). `module` renders it:
    icpcheck.render.<module>."""

    name: str
    extensions: tuple[str, ...]
    machine: bool
    detail: bool
    module: str

    def render(self, report: Report, lang: str, *, terminal: bool | None = None, detail: bool = False,
               show_all: bool = False, start: dt.date | None = None) -> str:
        """`terminal`: whether the text goes to a terminal (colour, width); None means stdout's.
        Each renderer is imported only when used (rich is heavy)."""
        renderer = importlib.import_module(f"icpcheck.render.{self.module}")
        extra: dict[str, object] = {"detail": detail, "show_all": show_all} if self.detail else {}
        if start is not None and self.name != "junit":  # the timeline's day zero
            extra["start"] = start
        if self.name == "text":
            extra["terminal"] = terminal
        out: str = renderer.render(report, lang, **extra)
        return out


REGISTRY: dict[str, Format] = {f.name: f for f in (
    Format("text", (".txt", ".text"), machine=False, detail=True, module="text"),
    Format("json", (".json",), machine=True, detail=False, module="json"),
    Format("markdown", (".md", ".markdown"), machine=False, detail=True, module="markdown"),
    Format("junit", (".xml",), machine=True, detail=False, module="junit"),
    Format("html", (".html", ".htm"), machine=False, detail=False, module="html"),
)}
FORMATS = tuple(REGISTRY)


class UnknownExtension(ValueError):
    """A file name whose extension names no format (report.pdf): `.extension` says which."""

    def __init__(self, extension: str) -> None:
        super().__init__(extension)
        self.extension = extension


def by_extension(path: str | None) -> Format:
    """The format a file name asks for by its extension (any case); no extension means text.
    UnknownExtension for an extension no format writes (a .pdf must not get plain text)."""
    if path is None:
        return REGISTRY["text"]
    ext = os.path.splitext(path)[1].lower()
    if not ext:
        return REGISTRY["text"]
    for f in REGISTRY.values():
        if ext in f.extensions:
            return f
    raise UnknownExtension(ext)


def render(report: Report, fmt: str, lang: str, *, terminal: bool | None = None,
           detail: bool = False, show_all: bool = False, start: dt.date | None = None) -> str:
    """The report in the named format; `start`: day zero of the timeline (default: the as-of date)."""
    return REGISTRY[fmt].render(report, lang, terminal=terminal, detail=detail, show_all=show_all, start=start)
