"""Checks and quotes shared by the two readers of untrusted text: reader.py (bytes, JSON) and
yaml_reader.py (YAML): where an offset is, how to quote a user's text in a one-line message, UTF-16
surrogate halves (which UTF-8 cannot hold), and the errors both raise the same way."""

from __future__ import annotations

import json
import re

from icpcheck.errors import IcpcheckError

_SURROGATE = r"[\ud800-\udfff]"  # compiled only when one is there: ~0.3 ms to compile


def reason(exc: BaseException) -> str:
    text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return text[:1].lower() + text[1:]


def empty_error(name: str, error: type[IcpcheckError]) -> IcpcheckError:
    return error(
        "is empty (nothing but whitespace or comments)",
        file=name,
        hint="check that this is the right file",
    )


def json_words(msg: str) -> str:
    """json's description of a problem, for a message that says where it is itself: without the
    " at" json ends it with where it would add the position, and in lower case."""
    words = msg.removesuffix(" at")
    return words[:1].lower() + words[1:]


def text_position(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def show(text: str, limit: int = 40) -> str:
    """Quote user text for a one-line message: short, escaped, always printable."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return json.dumps(text, ensure_ascii=False).encode("utf-8", "backslashreplace").decode()


def surrogate_error(error: type[IcpcheckError], name: str, text: str, line: int | None = None,
                    column: int | None = None) -> IcpcheckError:
    """The error for text that holds half of a surrogate pair (see has_surrogate)."""
    found = re.search(_SURROGATE, text)
    return error("contains \\u{code}, half of a UTF-16 surrogate pair, which is not a character",
                 file=name, line=line, column=column,
                 hint="write the character itself, or escape it whole (\\U0001F600 in YAML)",
                 code=f"{ord(found.group()) if found else 0:04x}")


def has_surrogate(text: str) -> bool:
    """Whether text holds a UTF-16 surrogate code point: UTF-8 cannot encode one."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def join_surrogates(text: str) -> str | None:
    """YAML text with "\\ud83d\\ude00"-style escapes, as JSON writes them, made whole; None if a
    half is missing. (json.loads already joins pairs; PyYAML keeps the halves.)"""
    try:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        return None
