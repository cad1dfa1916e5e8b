"""Reading what people type: the one did-you-mean suggestion, the one date parser, and how a value
they wrote is quoted back to them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from icpcheck.messages import Msg


def suggest(word: object, known: Iterable[object]) -> str | None:
    """The known word closest to a mistyped one, if any is close enough."""
    if not isinstance(word, str):
        return None
    import difflib  # only to suggest a spelling: ~0.6 ms to import

    close = difflib.get_close_matches(word.strip(), [str(k) for k in known], n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: object, known: Iterable[object]) -> Msg | str:
    """` (did you mean 'X'?)` to end a message with, or '' when nothing is close."""
    close = suggest(word, known)
    return "" if close is None else Msg(" (did you mean '{word}'?)", word=close)


def parse_date(value: object) -> dt.date | None:
    """A date from YAML (a date or datetime) or text (YYYY-MM-DD, spaces around allowed); else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def quoted(raw: object) -> str:
    """The one way to quote a user's value in a message (from a flag, a prompt, an answers file, a
    batch line, the API or a rulebook), as it was written there: text in quotes, 'web'; the rest in
    YAML/JSON words (null, true, ["a", "b"], "2024-01-01"; not Python's None, True, ('a', 'b'),
    datetime.date(...)); cut at 60 characters. (The readers quote a file's own text with
    untrusted.show.)"""
    if raw is None or isinstance(raw, (bool, dt.date, list, tuple, dict)):
        import json

        text = json.dumps(raw, ensure_ascii=False, default=lambda v: v.isoformat(), sort_keys=True)
    else:
        text = repr(raw)
    return text if len(text) <= 60 else text[:57] + "..."
