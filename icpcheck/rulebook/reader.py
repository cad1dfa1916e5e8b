"""Turn untrusted YAML or JSON bytes into plain data with source positions, or one clear error."""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections.abc import Callable
from typing import Any, NoReturn

import yaml
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    DocumentStartEvent,
    Event,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode
from yaml.reader import ReaderError

from icpcheck.errors import IcpcheckError
from icpcheck.messages import Msg
from icpcheck.rulebook.records import record

MAX_BYTES_DEFAULT = 1_048_576
MAX_DEPTH = 64
MAX_ALIASES = 100

# Aliases share one object, so a few of them can stand for billions of values: the classic
# billion-laughs document uses only 72 aliases, fewer than MAX_ALIASES. So the values each alias
# stands for are counted too. The same count bounds the memory `positions` takes (a path a value).
_MAX_VALUES = 100_000

_Path = tuple[str | int, ...]
_Positions = dict[_Path, tuple[int, int]]

_FORMATS = ("auto", "json", "yaml")

_YAML_TAG = "tag:yaml.org,2002:"
# Only the types a rulebook or answers file needs. Constructors are picked by name here rather than
# through PyYAML's registry, so nothing registered elsewhere (or any !!python/... tag) can run.
_SCALARS: dict[str, tuple[Msg, Callable[[yaml.SafeLoader, ScalarNode], object]]] = {
    _YAML_TAG + "str": (Msg("text"), yaml.SafeLoader.construct_yaml_str),
    _YAML_TAG + "int": (Msg("whole number"), yaml.SafeLoader.construct_yaml_int),
    _YAML_TAG + "float": (Msg("number"), yaml.SafeLoader.construct_yaml_float),
    _YAML_TAG + "bool": (Msg("true/false value"), yaml.SafeLoader.construct_yaml_bool),
    _YAML_TAG + "null": (Msg("null"), yaml.SafeLoader.construct_yaml_null),
    _YAML_TAG + "timestamp": (Msg("date"), yaml.SafeLoader.construct_yaml_timestamp),
}
_NON_SPECIFIC = (None, "!")
_TAG_HINT = (
    "remove the tag: only text, numbers, true/false, null, dates, lists and mappings are read"
)

# (words in PyYAML's problem, what to do about it): the common mistakes in hand-written YAML.
_YAML_HINTS = (
    ("'\\t'", Msg("indent with spaces, not tabs")),
    ("could not find expected ':'", Msg("write `key: value` with a space after the colon")),
    ("mapping values are not allowed", Msg("quote a value that contains ': ', or fix the indentation")),
    ("expected <block end>", Msg("check the indentation of this line against the lines above")),
)
_JSON_HINT = "JSON needs double quotes around keys and text, and no trailing commas"
_JSON_AUTO_HINT = ("it starts with '{{' or '[', so it was read as JSON; JSON needs double quotes around keys and "
                   "text, and no trailing commas")

# Outside strings, only brackets change the depth; a string runs to its closing quote (or the end).
_JSON_TOKENS = r'"(?:[^"\\]+|\\.)*"?|[\[\]{}]'  # compiled (re.DOTALL) only for deep-looking text
# json.loads turns a lone "\ud800" escape into a str that cannot be printed; look for such escapes
# first so the walk over the data is only paid for when one might be there.
_JSON_SURROGATE_ESCAPE = r"\\u[dD][89a-fA-F]"  # searched only when the text has a \u at all
_SURROGATE = r"[\ud800-\udfff]"  # compiled only when one is there: ~0.3 ms to compile
_SURROGATE_HINT = "write the character itself, or escape it whole (\\U0001F600 in YAML)"

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
    positions: dict[tuple[str | int, ...], tuple[int, int]]
    name: str


def read_source(
    path: str, *, error: type[IcpcheckError], max_bytes: int = MAX_BYTES_DEFAULT
) -> bytes:
    """Read a file, or standard input when path is '-', refusing anything over max_bytes."""
    name = "<stdin>" if path == "-" else path
    # Read one byte past the limit: enough to know it is too large, without reading all of it.
    limit = max_bytes + 1
    try:
        if path == "-":
            raw = _read_stdin(limit)
        elif os.path.isdir(path):  # ask first: on Windows, opening one is "permission denied"
            raise IsADirectoryError(path)
        else:
            with open(path, "rb") as stream:
                raw = stream.read(limit)
    except FileNotFoundError as exc:
        raise error("no such file", file=name, hint="check the path and spelling") from exc
    except IsADirectoryError as exc:
        raise error("is a directory, not a file", file=name, hint="name a file in it") from exc
    except PermissionError as exc:
        raise error(
            "permission denied", file=name, hint="check that you may read this file"
        ) from exc
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path, or undecodable text
        raise error("cannot be read: {reason}", file=name, reason=_reason(exc)) from exc
    if len(raw) > max_bytes:
        raise error(
            "is larger than {n} bytes",
            file=name,
            hint="check that this is the right file; rulebooks and answers are small", n=f"{max_bytes:,}")
    return raw


def parse_document(
    raw: bytes,
    *,
    name: str,
    error: type[IcpcheckError],
    fmt: str = "auto",
    max_depth: int = MAX_DEPTH,
    max_aliases: int = MAX_ALIASES,
    own: bool = False,
) -> Document:
    """Parse YAML or JSON: fmt 'json', 'yaml', or 'auto' (JSON if it starts with '{' or '[').

    own=True is for text that ships with icpcheck (the built-in rulebook), never for a user's
    file: its YAML may then be read by libyaml when PyYAML has it (~6x faster; the same events,
    so the same data and positions, which a test checks). Everything else is read by PyYAML's
    pure-Python parser, whose behaviour on hostile input the tests pin down.
    """
    if fmt not in _FORMATS:
        raise error("unknown format {fmt}: use json, yaml or auto", file=name, fmt=repr(fmt))
    text = _decode(raw, name, error)
    start = text.lstrip()
    if not start:
        raise _empty(name, error)
    if fmt == "json" or (fmt == "auto" and start[0] in "{["):
        return Document(_parse_json(text, name, error, max_depth, auto=fmt == "auto"), {}, name)
    data, positions = _parse_yaml(text, name, error, max_depth, max_aliases, own)
    return Document(data, positions, name)


def _read_stdin(limit: int) -> bytes:
    stream = sys.stdin
    if stream is None:  # pythonw, or a parent that closed it
        raise OSError("there is no standard input")
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return bytes(buffer.read(limit))
    # A text-only stream (some test harnesses): a character is at least one byte, so reading
    # `limit` characters still tells an oversized input apart.
    return stream.read(limit).encode("utf-8", "surrogateescape")[:limit]


def _reason(exc: BaseException) -> str:
    text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return text[:1].lower() + text[1:]


def _empty(name: str, error: type[IcpcheckError]) -> IcpcheckError:
    return error(
        "is empty (nothing but whitespace or comments)",
        file=name,
        hint="check that this is the right file",
    )


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


def _text_position(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _show(text: str, limit: int = 40) -> str:
    """Quote user text for a one-line message: short, escaped, always printable."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return json.dumps(text, ensure_ascii=False).encode("utf-8", "backslashreplace").decode()


_SURROGATE_MESSAGE = "contains \\u{code}, half of a UTF-16 surrogate pair, which is not a character"


def _surrogate_code(text: str) -> str:
    found = re.search(_SURROGATE, text)
    return f"{ord(found.group()) if found else 0:04x}"


def _has_surrogate(text: str) -> bool:
    """Whether text holds a UTF-16 surrogate code point: UTF-8 cannot encode one."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _join_surrogates(text: str) -> str | None:
    """YAML text with "\\ud83d\\ude00"-style escapes, as JSON writes them, made whole; None if a
    half is missing. (json.loads already joins pairs; PyYAML keeps the halves.)"""
    try:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        return None


# --- JSON -----------------------------------------------------------------------------------------


def _parse_json(
    text: str, name: str, error: type[IcpcheckError], max_depth: int, *, auto: bool
) -> object:
    _check_json_depth(text, name, error, max_depth)

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        result: dict[str, object] = {}
        for key, value in items:
            if key in result:
                raise error(
                    "duplicate key {key}",
                    file=name,
                    hint="each key may appear once per object; remove or merge the repeats", key=_show(key))
            result[key] = value
        return result

    def constant(word: str) -> NoReturn:
        raise error("{word} is not allowed: numbers must be finite", file=name, word=word)

    def number(literal: str) -> float:
        value = float(literal)
        if not math.isfinite(value):
            raise error("the number {n} is too large", file=name, n=_show(literal))
        return value

    def integer(literal: str) -> int:
        try:
            return int(literal)
        except ValueError:  # Python refuses to convert more than 4300 digits
            raise error("the number {n} has too many digits", file=name, n=_show(literal)) from None

    try:
        data = json.loads(
            text,
            object_pairs_hook=pairs,
            parse_constant=constant,
            parse_float=number,
            parse_int=integer,
        )
    except json.JSONDecodeError as exc:
        problem = "unexpected text after the end" if exc.msg == "Extra data" else exc.msg
        raise error(
            "invalid JSON: {problem}",
            file=name,
            line=exc.lineno,
            column=exc.colno,
            hint=_JSON_AUTO_HINT if auto else _JSON_HINT, problem=problem[:1].lower() + problem[1:]) from exc
    except (ValueError, RecursionError) as exc:  # not expected: the checks above come first
        raise error("cannot be read as JSON: {reason}", file=name, reason=_reason(exc).split(';')[0]) from exc
    if "\\u" in text and re.search(_JSON_SURROGATE_ESCAPE, text):
        bad = _find_surrogate(data)
        if bad is not None:
            raise error(_SURROGATE_MESSAGE, file=name, hint=_SURROGATE_HINT, code=_surrogate_code(bad))
    return data


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
                line, column = _text_position(text, match.start())
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
            if _has_surrogate(item):
                return item
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


# --- YAML -----------------------------------------------------------------------------------------


def _parse_yaml(
    text: str, name: str, error: type[IcpcheckError], max_depth: int, max_aliases: int,
    own: bool = False,
) -> tuple[object, _Positions]:
    try:
        return _YamlReader(text, name, error, max_depth, max_aliases, own).read()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, name, error) from exc
    except ReaderError as exc:  # raised before parsing: PyYAML checks every character first
        line, column = _text_position(text, exc.position)
        raise error(
            "contains a character YAML does not allow ({char})",
            file=name,
            line=line,
            column=column,
            hint="remove it; control characters cannot appear in YAML, not even quoted",
            char=f"U+{exc.character:04X}") from exc
    except (yaml.YAMLError, RecursionError, ArithmeticError, LookupError, ValueError) as exc:
        # Not expected from the event parser, but this module promises only `error`.
        raise error("cannot be read as YAML: {reason}", file=name, reason=_reason(exc)) from exc


def _syntax_error(
    exc: yaml.MarkedYAMLError, name: str, error: type[IcpcheckError]
) -> IcpcheckError:
    problem = " ".join((exc.problem or "is not valid").split())
    message = problem
    if exc.context:
        context = " ".join(exc.context.split())
        if exc.context_mark is not None and exc.problem_mark is not None:
            if exc.context_mark.line != exc.problem_mark.line:
                context += f" that starts on line {exc.context_mark.line + 1}"
        message += f" ({context})"
    mark = exc.problem_mark or exc.context_mark
    hint = next((h for words, h in _YAML_HINTS if words in problem),
                Msg("check the indentation, quotes and brackets near here"))
    return error.of(Msg("invalid YAML: {problem}", problem=message), hint=hint, file=name,
                    line=None if mark is None else mark.line + 1,
                    column=None if mark is None else mark.column + 1)


@record(frozen=False)
class _Open:
    """A mapping or sequence whose end has not been read yet."""

    value: dict[str, object] | list[object]
    path: _Path
    anchor: str | None
    key: str | None = None  # in a mapping: the key whose value comes next
    values: int = 1  # values inside, counting what aliases stand for
    height: int = 1  # levels of nesting inside, counting what aliases stand for


@record
class _Anchor:
    value: object
    values: int
    height: int
    text: str | None  # a scalar's source text, so that its alias can serve as a mapping key


class _YamlReader:
    """Builds data and positions from PyYAML's events, one at a time and without recursion.

    PyYAML's own composer recurses once per level and silently keeps the last of two equal keys;
    reading events directly lets depth, aliases and duplicates be refused as soon as they appear.
    """

    def __init__(
        self, text: str, name: str, error: type[IcpcheckError], max_depth: int, max_aliases: int,
        own: bool = False,
    ) -> None:
        loader: Any = yaml.SafeLoader
        if own and getattr(yaml, "__with_libyaml__", False):
            loader = yaml.CSafeLoader  # text icpcheck ships: see parse_document; same interface
        self.loader: yaml.SafeLoader = loader(text)
        self.name = name
        self.error = error
        self.max_depth = max_depth
        self.max_aliases = max_aliases
        self.stack: list[_Open] = []
        self.anchors: dict[str, _Anchor] = {}
        self.open_anchors: set[str] = set()
        self.positions: _Positions = {}
        self.aliases = 0
        self.values = 0
        self.root: object = None
        self.done = False
        self.blank = False  # the document is a bare '---' with nothing after it

    def read(self) -> tuple[object, _Positions]:
        self._next()  # stream start
        if self.loader.check_event(StreamEndEvent):  # no document at all: only comments
            raise _empty(self.name, self.error)
        self._next()  # document start
        while not self.done:
            self._event(self._next())
        self._next()  # document end
        if self.blank:
            raise _empty(self.name, self.error)
        if self.loader.check_event(DocumentStartEvent):
            self._fail(
                "holds more than one YAML document (a second '---')",
                self._next(),
                hint="keep one document per file",
            )
        return self.root, self.positions

    def _next(self) -> Event:
        # The stubs leave get_event untyped; it returns one Event, or raises a YAMLError.
        event: Event = self.loader.get_event()  # type: ignore[no-untyped-call]
        return event

    def _event(self, event: Event) -> None:
        if isinstance(event, CollectionEndEvent):
            closed = self.stack.pop()
            if closed.anchor is not None:
                self.open_anchors.discard(closed.anchor)
                self.anchors[closed.anchor] = _Anchor(
                    closed.value, closed.values, closed.height, None
                )
            self._attach(closed.value, closed.values, closed.height)
            return
        parent = self.stack[-1] if self.stack else None
        if parent is not None and isinstance(parent.value, dict) and parent.key is None:
            self._key(event, parent)
            return
        if parent is None:
            path: _Path = ()
            self.positions[path] = _position(event)
        elif isinstance(parent.value, list):
            path = (*parent.path, len(parent.value))
            self.positions[path] = _position(event)
        else:
            assert parent.key is not None  # checked above: a key is waiting for this value
            path = (*parent.path, parent.key)
        if isinstance(event, ScalarEvent):
            self._count(1, event)
            value = self._scalar(event)
            if parent is None:
                self.blank = event.value == "" and event.style is None and event.tag is None
            if event.anchor is not None:
                self._define(event, _Anchor(value, 1, 0, event.value))
            self._attach(value, 1, 0)
        elif isinstance(event, AliasEvent):
            anchor = self._alias(event)
            if len(self.stack) + anchor.height > self.max_depth:
                self._fail("nested more than {n} levels deep", event, n=self.max_depth)
            self._count(anchor.values, event, alias=True)
            self._attach(anchor.value, anchor.values, anchor.height)
        elif isinstance(event, (SequenceStartEvent, MappingStartEvent)):
            if len(self.stack) >= self.max_depth:
                self._fail(
                    "nested more than {n} levels deep",
                    event,
                    hint="flatten the structure", n=self.max_depth)
            self._count(1, event)
            is_list = isinstance(event, SequenceStartEvent)
            expected = _YAML_TAG + ("seq" if is_list else "map")
            if event.tag not in _NON_SPECIFIC and event.tag != expected:
                self._fail("unsupported tag {tag}", event, hint=_TAG_HINT, tag=_tag(event.tag))
            if event.anchor is not None:
                self._define(event, None)
            container: dict[str, object] | list[object] = [] if is_list else {}
            self.stack.append(_Open(container, path, event.anchor))
        else:
            self._fail("unexpected {what} in YAML", event, what=type(event).__name__)

    def _key(self, event: Event, parent: _Open) -> None:
        if isinstance(event, ScalarEvent):
            self._count(1, event)
            if event.tag not in _NON_SPECIFIC and event.tag not in _SCALARS:
                self._fail("unsupported tag {tag}", event, hint=_TAG_HINT, tag=_tag(event.tag))
            if event.value == "<<" and event.style is None and event.tag is None:
                self._fail(
                    "merge keys (<<) are not supported",
                    event,
                    hint="write the keys out, or quote '<<' if it is meant as a key",
                )
            key = event.value
            if event.anchor is not None:
                self._define(event, _Anchor(self._scalar(event), 1, 0, key))
        elif isinstance(event, AliasEvent):
            anchor = self._alias(event)
            if anchor.text is None:
                self._fail("a mapping key must be text, not a list or mapping", event)
            key = anchor.text
        else:
            self._fail(
                "a mapping key must be text, not a list or mapping",
                event,
                hint="quote the key if the brackets are part of its text",
            )
        if _has_surrogate(key):
            joined = _join_surrogates(key)
            if joined is None:
                self._fail(_SURROGATE_MESSAGE, event, hint=_SURROGATE_HINT, code=_surrogate_code(key))
            key = joined
        path = (*parent.path, key)
        assert isinstance(parent.value, dict)  # only mappings wait for a key
        if key in parent.value:
            first = self.positions[path][0]
            self._fail(
                "duplicate key {key} (first on line {first})",
                event,
                hint="each key may appear once per mapping; remove or merge the repeats", key=_show(key), first=first)
        self.positions[path] = _position(event)
        parent.key = key

    def _scalar(self, event: ScalarEvent) -> object:
        tag = event.tag
        if tag in _NON_SPECIFIC:
            # Untyped in the stubs; returns the tag a plain scalar's text implies (int, bool, ...).
            tag = self.loader.resolve(  # type: ignore[no-untyped-call]
                ScalarNode, event.value, event.implicit
            )
        if tag not in _SCALARS:
            self._fail("unsupported tag {tag}", event, hint=_TAG_HINT, tag=_tag(tag))
        kind, construct = _SCALARS[tag]
        node = ScalarNode(tag, event.value, None, None, event.style)
        try:
            value = construct(self.loader, node)
        except (ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as exc:
            # PyYAML's own words help for dates ("month must be in 1..12"), not for the rest.
            detail: Msg | str = ""
            if "digits" in str(exc):
                detail = Msg(": too many digits")
            elif tag == _YAML_TAG + "timestamp" and isinstance(exc, ValueError):
                detail = f": {exc}"
            self._fail(
                "{value} is not a valid {kind}{detail}",
                event,
                hint="quote it to keep it as text", value=_show(event.value), kind=kind, detail=detail)
        if isinstance(value, float) and not math.isfinite(value):
            self._fail(
                "{word} is not allowed: numbers must be finite",
                event,
                hint="write a plain number, or quote it to keep it as text", word=_show(event.value))
        if isinstance(value, str) and _has_surrogate(value):
            joined = _join_surrogates(value)
            if joined is None:
                self._fail(_SURROGATE_MESSAGE, event, hint=_SURROGATE_HINT, code=_surrogate_code(value))
            value = joined
        return value

    def _define(self, event: NodeEvent, anchor: _Anchor | None) -> None:
        name = event.anchor or ""
        if name in self.anchors or name in self.open_anchors:
            self._fail("anchor &{name} is defined twice", event, hint="rename one of them", name=name)
        if anchor is None:  # a collection: complete only at its end event
            self.open_anchors.add(name)
        else:
            self.anchors[name] = anchor

    def _alias(self, event: AliasEvent) -> _Anchor:
        self.aliases += 1
        if self.aliases > self.max_aliases:
            self._fail(
                "too many aliases (more than {n}) — billion-laughs style expansion refused",
                event,
                hint="write the values out instead of using so many *aliases", n=self.max_aliases)
        name = event.anchor or ""
        if name in self.open_anchors:
            self._fail(
                "alias *{name} is inside the very &{name} it refers to",
                event,
                hint="an alias cannot refer to a mapping or list that contains it", name=name)
        anchor = self.anchors.get(name)
        if anchor is None:
            self._fail(
                "alias *{name} has no anchor &{name} before it",
                event,
                hint="mark the value to reuse with &{name} before any *{name}", name=name)
        return anchor

    def _count(self, values: int, event: Event, *, alias: bool = False) -> None:
        self.values += values
        if self.values > _MAX_VALUES:
            if alias:
                self._fail(
                    "aliases expand to more than {n} values — billion-laughs style expansion refused",
                    event,
                    hint="write the values out instead of nesting *aliases", n=f"{_MAX_VALUES:,}")
            self._fail("holds more than {n} values, too many to check", event, n=f"{_MAX_VALUES:,}")

    def _attach(self, value: object, values: int, height: int) -> None:
        if not self.stack:
            self.root = value
            self.done = True
            return
        parent = self.stack[-1]
        parent.values += values
        parent.height = max(parent.height, height + 1)
        if isinstance(parent.value, list):
            parent.value.append(value)
        else:
            assert parent.key is not None
            parent.value[parent.key] = value
            parent.key = None

    def _fail(self, message: str, event: Event, *, hint: str | None = None, **params: object) -> NoReturn:
        """Raise `message` (a template) at event's position, filled from params."""
        line, column = _position(event)
        raise self.error(message, file=self.name, line=line, column=column, hint=hint, **params)


def _position(event: Event) -> tuple[int, int]:
    mark = event.start_mark
    # PyYAML's parser marks every event; the stubs only allow for events built by hand.
    return (1, 1) if mark is None else (mark.line + 1, mark.column + 1)


def _tag(tag: str | None) -> str:
    tag = tag or "!"
    return "!!" + tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else tag
