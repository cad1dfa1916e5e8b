"""The YAML half of reader.py: PyYAML's events turned into plain data with positions, or one clear
error. reader.parse_document imports it only for a text that is YAML: PyYAML takes ~8 ms to
import, which a JSON answers file and the built-in rulebook (a generated module) do not need."""

from __future__ import annotations

import bisect
import math
import re
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
from icpcheck.rulebook.untrusted import (
    empty_error,
    has_surrogate,
    join_surrogates,
    reason,
    show,
    surrogate_error,
    text_position,
)

# Aliases share one object, so a few of them can stand for billions of values: the classic
# billion-laughs document uses only 72 aliases, fewer than reader.MAX_ALIASES. So the values each alias
# stands for are counted too. The same count bounds the memory `positions` takes (a path a value).
_MAX_VALUES = 100_000  # reader.MAX_VALUES: the default; a caller may allow more (reader.max_values_for)

_Path = tuple[str | int, ...]
_Positions = dict[_Path, tuple[int, int]]

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
_HAVE_LIBYAML: bool = bool(getattr(yaml, "__with_libyaml__", False))
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


def parse_yaml(
    text: str, name: str, error: type[IcpcheckError], max_depth: int, max_aliases: int,
    own: bool = False, max_values: int | None = None,
) -> tuple[object, _Positions]:
    """YAML text as plain data and where each key and item starts; every problem as `error`.

    Read with libyaml's event parser where PyYAML has it (~8x faster: a rulebook given with
    --rules costs about what the built-in one does), through the same event reader, so the same
    checks (depth, aliases, repeated keys) and positions. Any problem it meets on a user's text
    is read again by the pure-Python parser, so every error says what it always said. own=True
    (text icpcheck ships) keeps libyaml's error: see reader.parse_document."""
    _refuse_hidden_breaks(text, name, error)
    if _HAVE_LIBYAML and not own:
        try:
            return _YamlReader(text, name, error, max_depth, max_aliases, True, max_values).read()
        except Exception:  # noqa: BLE001, S110 - the pure-Python parser below says what is wrong
            pass
    try:
        return _YamlReader(text, name, error, max_depth, max_aliases, own, max_values).read()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, name, error) from exc
    except ReaderError as exc:  # raised before parsing: PyYAML checks every character first
        line, column = text_position(text, exc.position)
        raise error(
            "contains a character YAML does not allow ({char})",
            file=name,
            line=line,
            column=column,
            hint="remove it; control characters cannot appear in YAML, not even quoted",
            char=f"U+{exc.character:04X}") from exc
    except (yaml.YAMLError, RecursionError, ArithmeticError, LookupError, ValueError) as exc:
        # Not expected from the event parser, but this module promises only `error`.
        raise error("cannot be read as YAML: {reason}", file=name, reason=reason(exc)) from exc


# NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR end a line in YAML 1.1 (PyYAML), but not in editors,
# `cat` or a code review: a `held:` line after one in a comment looks like part of the comment and
# is read as a key. Inside a quoted string they are text (kept as they are), so only there are they read.
_HIDDEN_BREAKS = re.compile("[\x85\u2028\u2029]")


def _refuse_hidden_breaks(text: str, name: str, error: type[IcpcheckError]) -> None:
    """Refuse NEL/LSEP/PSEP outside quoted strings, at the line and column an editor shows."""
    found = _HIDDEN_BREAKS.search(text)
    if found is None:
        return  # the usual case: no second look at the text
    starts, ends = _quoted_spans(text)
    for hit in _HIDDEN_BREAKS.finditer(text, found.start()):
        i = hit.start()
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and i < ends[k]:
            continue
        line, column = text_position(text, i)
        raise error("contains a character YAML does not allow ({char})", file=name, line=line, column=column,
                    hint="quote it to keep it as text", char=f"U+{ord(hit.group()):04X} outside quotes")


def _quoted_spans(text: str) -> tuple[list[int], list[int]]:
    """Where each quoted scalar starts and ends (character offsets, in order). Past a syntax error
    nothing more is known, so the rest counts as unquoted: refusing is the safe side."""
    starts: list[int] = []
    ends: list[int] = []
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken) and token.style in ("'", '"'):
                starts.append(token.start_mark.index)
                ends.append(token.end_mark.index)
    except (yaml.YAMLError, RecursionError, ValueError):
        pass
    return starts, ends


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
        libyaml: bool = False, max_values: int | None = None,
    ) -> None:
        loader: Any = yaml.SafeLoader
        if libyaml and _HAVE_LIBYAML:
            loader = yaml.CSafeLoader  # the same events and marks: see parse_yaml
        self.loader: yaml.SafeLoader = loader(text)
        self.name = name
        self.error = error
        self.max_depth = max_depth
        self.max_aliases = max_aliases
        self.max_values = _MAX_VALUES if max_values is None else max_values
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
            raise empty_error(self.name, self.error)
        self._next()  # document start
        while not self.done:
            self._event(self._next())
        self._next()  # document end
        if self.blank:
            raise empty_error(self.name, self.error)
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
        if isinstance(event, ScalarEvent) and event.style == "":
            event.style = None  # libyaml's word for a plain scalar; PyYAML's is None
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
        if has_surrogate(key):
            joined = join_surrogates(key)
            if joined is None:
                raise surrogate_error(self.error, self.name, key, *_position(event))
            key = joined
        path = (*parent.path, key)
        assert isinstance(parent.value, dict)  # only mappings wait for a key
        if key in parent.value:
            first = self.positions[path][0]
            self._fail(
                "duplicate key {key} (first on line {first})",
                event,
                hint="each key may appear once per mapping; remove or merge the repeats", key=show(key), first=first)
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
            detail: Msg | str = Msg(": too many digits") if "digits" in str(exc) else ""
            date = tag == _YAML_TAG + "timestamp"  # a day that does not exist, e.g. 2030-13-01
            self._fail(
                "{value} is not a valid {kind}{detail}",
                event,
                hint="write a day that exists, as YYYY-MM-DD" if date else "quote it to keep it as text",
                value=show(event.value), kind=kind, detail=detail)
        if type(value) is int and not _printable_int(value):  # 0x..., 0o..., 1:59:59 forms too
            self._fail("{value} is not a valid {kind}{detail}", event, hint="quote it to keep it as text",
                       value=show(event.value), kind=kind, detail=Msg(": too many digits"))
        if isinstance(value, float) and not math.isfinite(value):
            self._fail(
                "{word} is not allowed: numbers must be finite",
                event,
                hint="write a plain number, or quote it to keep it as text", word=show(event.value))
        if isinstance(value, str) and has_surrogate(value):
            joined = join_surrogates(value)
            if joined is None:
                raise surrogate_error(self.error, self.name, value, *_position(event))
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
        if self.values > self.max_values:
            if alias:
                self._fail(
                    "aliases expand to more than {n} values — billion-laughs style expansion refused",
                    event,
                    hint="write the values out instead of nesting *aliases", n=f"{self.max_values:,}")
            self._fail("holds more than {n} values, too many to check", event, n=f"{self.max_values:,}")

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


def _printable_int(value: int) -> bool:
    """Whether Python can write `value` in decimal: past sys.get_int_max_str_digits() (4,300 by
    default) it refuses, and every message that shows the value would fail. Decimal text that
    long is refused while it is read; hex, octal, binary and base-60 text gets here."""
    try:
        str(value)
    except ValueError:
        return False
    return True


def _position(event: Event) -> tuple[int, int]:
    mark = event.start_mark
    # PyYAML's parser marks every event; the stubs only allow for events built by hand.
    return (1, 1) if mark is None else (mark.line + 1, mark.column + 1)


def _tag(tag: str | None) -> str:
    tag = tag or "!"
    return "!!" + tag[len(_YAML_TAG) :] if tag.startswith(_YAML_TAG) else tag
