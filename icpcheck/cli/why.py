"""`icpcheck questions --for ANSWERS`: the questions still open, each with why it is asked."""

from __future__ import annotations

import datetime as dt

import icpcheck.answers as ans
from icpcheck.errors import CommandLineError
from icpcheck.rulebook.model import Rulebook


def open_with_why(rulebook: Rulebook, path: str, fmt: str, lang: str) -> str:
    """The questions still open given the file's answers (no defaults taken), each with why it is
    asked."""
    from icpcheck.render.why import open_text
    from icpcheck.rulebook.reader import MAX_BYTES_DEFAULT

    if fmt != "text":
        raise CommandLineError("--for shows the questions in words only", hint="drop --format {fmt}", fmt=fmt)
    document = ans.read_document(rulebook, path, max_bytes=MAX_BYTES_DEFAULT)
    given = ans.from_document(rulebook, document.data, name=document.name, positions=document.positions)
    kept, _ = ans.drop_irrelevant(rulebook, given)
    return open_text(rulebook, {k: a.value for k, a in kept.items()}, dt.date.today(), lang)
