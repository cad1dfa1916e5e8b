"""Turn untrusted YAML or JSON bytes into plain data with source positions, or one clear error.

JSON is read here; YAML by yaml_reader.py, imported only when a text is YAML (PyYAML takes ~8 ms
to import). What both check and quote is in untrusted.py."""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections.abc import Iterator, Mapping
from typing import Any, AnyStr, BinaryIO, NoReturn

from icpcheck.errors import IcpcheckError
from icpcheck.rulebook.records import record
from icpcheck.rulebook.untrusted import (
    empty_error,
    has_surrogate,
    json_words,
    reason,
    show,
    surrogate_error,
    text_position,
)

MAX_BYTES_DEFAULT = 1_048_576
MAX_DEPTH = 64
MAX_ALIASES = 100
# Values a YAML text may hold, aliases expanded (the billion-laughs guard; yaml_reader). A rulebook
# holds one every ~22 bytes (the built-in one: 13,647 in 296 KB), so 100,000 fits any file under the
# default size cap; a larger cap (an author's `--max-input-bytes`) raises it in proportion.
MAX_VALUES = 100_000


def max_values_for(max_bytes: int) -> int:
    """The values cap that goes with a size cap: 100,000 for 1 MiB or less, in proportion above."""
    return max(MAX_VALUES, max_bytes * MAX_VALUES // MAX_BYTES_DEFAULT)

_FORMATS = ("auto", "json", "yaml")
_CACHE_FROM = 64 * 1024  # reader_cache.MIN_BYTES, here without importing it for every small file

_JSON_HINT = "JSON needs double quotes around keys and text, and no trailing commas"
_JSON_AUTO_HINT = ("it starts with '{{' or '[', so it was read as JSON; JSON needs double quotes around keys and "
                   "text, and no trailing commas")

# Outside strings, only brackets change the depth; a string runs to its closing quote (or the end).
_JSON_TOKENS = r'"(?:[^"\\]+|\\.)*"?|[\[\]{}]'  # compiled (re.DOTALL) only for deep-looking text
# json.loads turns a lone "\ud800" escape into a str that cannot be printed; look for such escapes
# first so the walk over the data is only paid for when one might be there.
_JSON_SURROGATE_ESCAPE = r"\\u[dD][89a-fA-F]"  # searched only when the text has a \u at all

_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)
_UTF8_BOM = b"\xef\xbb\xbf"
_SAVE_AS_UTF8 = "save it as UTF-8 (in most editors: Save As → Encoding → UTF-8)"


@record
class Document:
    """What a file held: plain data, where each key and item starts (1-based), and its name."""

    data: object
    positions: Mapping[tuple[str | int, ...], tuple[int, int]]
    name: str


def input_name(path: str) -> str:
    """How messages name an input: its path, or <stdin> for `-`."""
    return "<stdin>" if path == "-" else path


def read_source(
    path: str, *, error: type[IcpcheckError], max_bytes: int = MAX_BYTES_DEFAULT
) -> bytes:
    """Read a file, or standard input when path is '-', refusing anything over max_bytes."""
    name = input_name(path)
    # Read one byte past the limit: enough to know it is too large, without reading all of it.
    limit = max_bytes + 1
    try:
        if path == "-":
            raw = _read_stdin(limit)
        else:
            with open_input(path, error=error) as stream:
                raw = _read_upto(stream, limit, b"")
    except (OSError, ValueError) as exc:  # ValueError: undecodable text
        raise error("cannot be read: {reason}", file=name, reason=reason(exc)) from exc
    if len(raw) > max_bytes:
        raise error(
            "is larger than {n} bytes",
            file=name,
            hint="check that this is the right file; rulebooks and answers are small", n=f"{max_bytes:,}")
    return raw


def open_input(path: str, *, error: type[IcpcheckError]) -> BinaryIO:
    """A file a user named, opened for reading, or `error` saying in words why it cannot be."""
    try:
        if os.path.isdir(path):  # ask first: on Windows, opening one is "permission denied"
            raise IsADirectoryError(path)
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except FileNotFoundError as exc:
        raise error("no such file", file=path, hint="check the path and spelling") from exc
    except IsADirectoryError as exc:
        raise error("is a directory, not a file", file=path, hint="name a file in it") from exc
    except PermissionError as exc:
        raise error("permission denied", file=path, hint="check that you may read this file") from exc
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise error("cannot be read: {reason}", file=path, reason=reason(exc)) from exc


def parse_document(
    raw: bytes,
    *,
    name: str,
    error: type[IcpcheckError],
    fmt: str = "auto",
    max_depth: int = MAX_DEPTH,
    max_aliases: int = MAX_ALIASES,
    own: bool = False,
    max_values: int | None = None,
) -> Document:
    """Parse YAML or JSON: fmt 'json', 'yaml', or 'auto' (JSON if it starts with '{' or '[',
    unless a file named .yaml/.yml is not JSON syntax: then a YAML flow mapping, `{a: yes}`).

    own=True is for text that ships with icpcheck (the built-in rulebook), never for a user's
    file: its YAML may then be read by libyaml when PyYAML has it (~6x faster; the same events,
    so the same data and positions, which a test checks). Everything else is read by PyYAML's
    pure-Python parser, whose behaviour on hostile input the tests pin down. max_values caps the
    values a YAML text holds, aliases expanded (default MAX_VALUES; see max_values_for).

    A YAML text of 64 KiB or more (a rulebook, not an answers file) that parses is kept in the
    user's cache as JSON data and read back from there next time: see reader_cache.
    """
    if fmt not in _FORMATS:
        raise error("unknown format {fmt}: use json, yaml or auto", file=name, fmt=repr(fmt))
    text = _decode(raw, name, error)
    start = text.lstrip()
    if not start:
        raise empty_error(name, error)
    if fmt == "json" or (fmt == "auto" and start[0] in "{["):
        yaml_file = fmt == "auto" and name.lower().endswith((".yaml", ".yml"))
        try:
            return Document(_parse_json(text, name, error, max_depth, auto=fmt == "auto", or_yaml=yaml_file),
                            JsonPositions(text), name)
        except _NotJson:
            pass  # read as the YAML its name says it is
    cacheable = not own and len(raw) >= _CACHE_FROM  # a large YAML file (a rulebook): see reader_cache
    options = (max_depth, max_aliases, max_values)
    if cacheable:
        from icpcheck.rulebook import reader_cache

        cached = reader_cache.load(raw, options)
        if cached is not None:
            return Document(cached[0], cached[1], name)
    from icpcheck.rulebook.yaml_reader import parse_yaml  # PyYAML only for YAML (its docstring)

    data, positions = parse_yaml(text, name, error, max_depth, max_aliases, own, max_values)
    if cacheable:
        reader_cache.store(raw, options, data, positions)
    return Document(data, positions, name)


def _read_stdin(limit: int) -> bytes:
    stream = sys.stdin
    if stream is None:  # pythonw, or a parent that closed it
        raise OSError("there is no standard input")
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return _read_upto(buffer, limit, b"")
    # A text-only stream (some test harnesses): a character is at least one byte, so reading
    # `limit` characters still tells an oversized input apart.
    return _read_upto(stream, limit, "").encode("utf-8", "surrogateescape")[:limit]


def _read_upto(stream: Any, limit: int, empty: AnyStr) -> AnyStr:
    """At most `limit` bytes (or characters) of a stream, a megabyte at a time: read(limit) sets
    aside `limit` bytes before it reads one, so a large --max-input-bytes would run out of memory
    on a file of a few bytes."""
    parts: list[AnyStr] = []
    while limit > 0:
        part = stream.read(min(limit, 1 << 20))
        if not part:
            break
        parts.append(part)
        limit -= len(part)
    return empty.join(parts)


def _decode(raw: bytes, name: str, error: type[IcpcheckError]) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            raise error(
                "is saved as {encoding}; save as UTF-8",
                file=name,
                line=1,
                column=1,
                hint=_SAVE_AS_UTF8, encoding=encoding)
    skipped = len(_UTF8_BOM) if raw.startswith(_UTF8_BOM) else 0
    body = raw[skipped:]
    nul = body.find(b"\x00")
    if nul >= 0:
        line, column = _byte_position(body, nul)
        raise error(
            "contains a NUL byte (at byte {n}): this looks like a binary file",
            file=name,
            line=line,
            column=column,
            hint="if it is UTF-16 text, save it as UTF-8 (in most editors: Save As → Encoding → UTF-8)",
            n=nul + skipped)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(body, exc.start)
        raise error(
            "is not valid UTF-8: byte {byte} at offset {n}",
            file=name,
            line=line,
            column=column,
            hint="save it as UTF-8 (in most editors: Save As → Encoding → UTF-8); it may have been saved as "
                 "GBK/GB18030 or Windows-1252", byte=f"0x{body[exc.start]:02X}", n=exc.start + skipped) from exc
    # One line-ending convention from here on, so JSON's and YAML's line numbers agree.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _byte_position(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", "replace")) + 1
    return raw.count(b"\n", 0, offset) + 1, column


# --- JSON -----------------------------------------------------------------------------------------


class _NotJson(Exception):
    """Not JSON syntax, in a file that may be YAML instead."""


def _parse_json(
    text: str, name: str, error: type[IcpcheckError], max_depth: int, *, auto: bool, or_yaml: bool = False
) -> object:
    _check_json_depth(text, name, error, max_depth)

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        result: dict[str, object] = {}
        for key, value in items:
            if key in result:
                raise error(
                    "duplicate key {key}",
                    file=name,
                    hint="each key may appear once per object; remove or merge the repeats", key=show(key))
            result[key] = value
        return result

    def constant(word: str) -> NoReturn:
        raise error("{word} is not allowed: numbers must be finite", file=name, word=word)

    def number(literal: str) -> float:
        value = float(literal)
        if not math.isfinite(value):
            raise error("the number {n} is too large", file=name, n=show(literal))
        return value

    def integer(literal: str) -> int:
        try:
            return int(literal)
        except ValueError:  # Python refuses to convert more than 4300 digits
            raise error("the number {n} has too many digits", file=name, n=show(literal)) from None

    try:
        data = json.loads(
            text,
            object_pairs_hook=pairs,
            parse_constant=constant,
            parse_float=number,
            parse_int=integer,
        )
    except json.JSONDecodeError as exc:
        if or_yaml:  # JSON refused for what it holds (NaN, a duplicate key) is not this
            raise _NotJson from exc
        problem = "unexpected text after the end" if exc.msg == "Extra data" else json_words(exc.msg)
        raise error(
            "invalid JSON: {problem}",
            file=name,
            line=exc.lineno,
            column=exc.colno,
            hint=_JSON_AUTO_HINT if auto else _JSON_HINT, problem=problem) from exc
    except (ValueError, RecursionError) as exc:  # not expected: the checks above come first
        raise error("cannot be read as JSON: {reason}", file=name, reason=reason(exc).split(';')[0]) from exc
    if "\\u" in text and re.search(_JSON_SURROGATE_ESCAPE, text):
        bad = _find_surrogate(data)
        if bad is not None:
            raise surrogate_error(error, name, bad)
    return data


class JsonPositions(Mapping[tuple[str | int, ...], tuple[int, int]]):
    """Where each key and list item of a JSON document starts (1-based line and column), as the
    YAML reader records them; found only when first asked (an error message), not on every read."""

    def __init__(self, text: str) -> None:
        self._text: str | None = text
        self._found: dict[tuple[str | int, ...], tuple[int, int]] = {}

    def _positions(self) -> dict[tuple[str | int, ...], tuple[int, int]]:
        if self._text is not None:
            self._found, self._text = json_positions(self._text), None
        return self._found

    def __getitem__(self, path: tuple[str | int, ...]) -> tuple[int, int]:
        return self._positions()[path]

    def __iter__(self) -> Iterator[tuple[str | int, ...]]:
        return iter(self._positions())

    def __len__(self) -> int:
        return len(self._positions())


def json_positions(text: str) -> dict[tuple[str | int, ...], tuple[int, int]]:
    """Where each key and list item of a JSON text starts (1-based line and column). The text has
    been parsed already, so it is valid JSON; anything unexpected ends the walk early (what was
    found so far is still right, the rest goes without positions)."""
    import bisect

    decoder = json.JSONDecoder()
    out: dict[tuple[str | int, ...], tuple[int, int]] = {}
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def at(i: int) -> tuple[int, int]:
        line = bisect.bisect_right(starts, i)
        return line, i - starts[line - 1] + 1

    def skip(i: int) -> int:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        return i

    def value(i: int, path: tuple[str | int, ...], depth: int) -> int:
        i = skip(i)
        if depth > MAX_DEPTH or i >= len(text) or text[i] not in "{[":
            return decoder.raw_decode(text, i)[1]
        close = "}" if text[i] == "{" else "]"
        i = skip(i + 1)
        n = 0
        while i < len(text) and text[i] != close:
            if close == "}":
                key, end = decoder.raw_decode(text, i)
                out[(*path, key)] = at(i)
                i = value(skip(end) + 1, (*path, key), depth + 1)  # past the ':'
            else:
                out[(*path, n)] = at(i)
                i = value(i, (*path, n), depth + 1)
                n += 1
            i = skip(i)
            if i < len(text) and text[i] == ",":
                i = skip(i + 1)
        return i + 1

    try:
        value(0, (), 0)
    except (ValueError, IndexError):
        pass
    return out


def _check_json_depth(text: str, name: str, error: type[IcpcheckError], max_depth: int) -> None:
    # json.loads recurses once a level, so nesting is measured before it ever sees the text.
    if text.count("[") + text.count("{") <= max_depth:
        return  # not enough brackets to nest that deep, wherever they are: no need to look
    depth = 0
    for match in re.finditer(_JSON_TOKENS, text, re.DOTALL):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
            if depth > max_depth:
                line, column = text_position(text, match.start())
                raise error(
                    "nested more than {n} levels deep",
                    file=name,
                    line=line,
                    column=column,
                    hint="flatten the structure", n=max_depth)
        elif token in ("]", "}"):
            depth -= 1


def _find_surrogate(data: object) -> str | None:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if has_surrogate(item):
                return item
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None
