"""What the HTML report's compiled template calls at run time, without importing Jinja2.

icpcheck/render/html_page.py is report.html.j2 compiled by Jinja2's own compiler, ahead of time
(`python -m icpcheck.render.html_compile`). The code it generates calls a small runtime: a context
to look names up in, loops that know their index, macros, attribute lookup, the template's filters.
Jinja2's runtime comes with the whole package (~15–50 ms to import, a third of a report's run);
this module is that part of it the report uses, with the same behaviour: every value escaped by
markupsafe after `finalize`, a missing name an error (Jinja2's StrictUndefined), the filters'
escaping (`join` of escaped and plain text) as Jinja2 does it. Anything else the generated code
asks for is an error, so a template feature this does not cover fails the tests, not a reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from markupsafe import Markup, escape, soft_str

__all__ = ["LoopContext", "Macro", "Markup", "Namespace", "TemplateNotFound", "TemplateReference",
           "TemplateRuntimeError", "Undefined", "escape", "identity", "internalcode", "markup_join",
           "missing", "str_join"]


# C0 controls but tab and newline, DEL and C1: none has a meaning in a page, some break parsers;
# and the bidi controls and line/paragraph separators escape.py shows elsewhere (they reorder what
# a reader sees: Trojan Source).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
# Only http(s) addresses become links: a `javascript:` or `data:` text stays text.
_URL = re.compile(r"https?://[^\s<>\"'`，。；）)\]]+")


def clean(value: object) -> object:
    """Every `{{ }}` passes here before it is escaped (the template's finalize): text loses its
    control characters."""
    if isinstance(value, Markup):
        return value  # made by this module (linked), from text already cleaned
    if isinstance(value, str):
        return _CONTROL.sub("", value)
    return value


def linked(text: str) -> Markup:
    """Escaped text whose http(s) addresses are links (printed with their targets)."""
    text = _CONTROL.sub("", text)
    out, at = [], 0
    for m in _URL.finditer(text):
        url = m.group(0)
        out += [escape(text[at:m.start()]), Markup('<a href="{0}">{0}</a>').format(url)]
        at = m.end()
    out.append(escape(text[at:]))
    return Markup("").join(out)


class _Missing:
    def __repr__(self) -> str:
        return "missing"


missing: Any = _Missing()


class TemplateRuntimeError(Exception):
    """A name the template uses was not given, or a feature this runtime lacks was used."""


class UndefinedError(TemplateRuntimeError):
    pass


def Undefined(hint: str | None = None, obj: object = missing, name: str | None = None,  # noqa: N802
              exc: type[Exception] = UndefinedError) -> Any:
    """Jinja2's StrictUndefined, stricter still: an error when made, not when first used."""
    if hint is None:
        hint = f"{name!r} is undefined" if obj is missing else f"{type(obj).__name__} has no attribute {name!r}"
    raise UndefinedError(hint)


def _unsupported(*args: object, **kwargs: object) -> Any:
    raise TemplateRuntimeError("a template feature icpcheck.render.html_runtime does not provide")


Namespace = TemplateNotFound = TemplateReference = _unsupported


def identity(x: Any) -> Any:
    return x


def internalcode(f: Any) -> Any:
    return f


def markup_join(seq: Iterable[object]) -> str:
    buf: list[str] = []
    iterator = map(soft_str, seq)
    for arg in iterator:
        buf.append(arg)
        if hasattr(arg, "__html__"):
            return Markup("").join([*buf, *iterator])
    return "".join(buf)


def str_join(seq: Iterable[object]) -> str:
    return "".join(map(str, seq))


class _Loop:
    """`loop` inside a for: its index (from 1 and from 0), first, last, length."""

    __slots__ = ("index0", "length")

    def __init__(self, length: int) -> None:
        self.index0, self.length = -1, length

    @property
    def index(self) -> int:
        return self.index0 + 1

    @property
    def first(self) -> bool:
        return self.index0 == 0

    @property
    def last(self) -> bool:
        return self.index0 == self.length - 1


def LoopContext(iterable: Iterable[Any], undefined: object, recurse: object = None,  # noqa: N802
                depth0: int = 0) -> Iterator[tuple[Any, _Loop]]:
    if recurse is not None or depth0:
        _unsupported()
    items = list(iterable)
    loop = _Loop(len(items))
    for item in items:
        loop.index0 += 1
        yield item, loop


class Macro:
    """A {% macro %}: called with its arguments by position or name; its text is markup."""

    def __init__(self, environment: object, func: Callable[..., str], name: str,
                 arguments: tuple[str, ...], catch_kwargs: bool, catch_varargs: bool, caller: bool,
                 default_autoescape: bool) -> None:
        if catch_kwargs or catch_varargs or caller:
            _unsupported()
        self._func, self.name, self.arguments = func, name, arguments
        self._autoescape = default_autoescape

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if len(args) > len(self.arguments):
            raise TypeError(f"macro {self.name!r} takes not more than {len(self.arguments)} argument(s)")
        given = list(args) + [kwargs.pop(name, missing) for name in self.arguments[len(args):]]
        if kwargs:
            raise TypeError(f"macro {self.name!r} takes no keyword argument {next(iter(kwargs))!r}")
        out = self._func(*given)
        return Markup(out) if self._autoescape else out


class EvalContext:
    autoescape = True
    volatile = False


class Context:
    """The names the template is rendered with."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.vars: dict[str, Any] = {}
        self.parent = values
        self.exported_vars: set[str] = set()
        self.eval_ctx = EvalContext()

    def resolve_or_missing(self, key: str) -> Any:
        if key in self.vars:
            return self.vars[key]
        return self.parent.get(key, missing)

    def call(self, obj: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        kwargs.pop("_block_vars", None)
        kwargs.pop("_loop_vars", None)
        return obj(*args, **kwargs)


# -- the filters and tests the template uses, as Jinja2 calls them ------------------------------


def _join(eval_ctx: EvalContext, value: Iterable[Any], d: str = "", attribute: object = None) -> str:
    if attribute is not None:
        _unsupported()
    if not hasattr(d, "__html__"):
        items = list(value)
        do_escape = False
        for idx, item in enumerate(items):
            if hasattr(item, "__html__"):
                do_escape = True
            else:
                items[idx] = str(item)
        return (escape(d) if do_escape else str(d)).join(items)
    return soft_str(d).join(map(soft_str, value))


def _list(eval_ctx: EvalContext, value: Iterable[Any]) -> list[Any]:
    return list(value)


def _round(value: float, precision: int = 0, method: str = "common") -> float:
    if method != "common":
        _unsupported()
    return round(value, precision)


def _selectattr(context: Context, value: Iterable[Any], attribute: str, *args: object) -> Iterator[Any]:
    if args:
        _unsupported()
    return (item for item in value if ENVIRONMENT.getitem(item, attribute))


class Environment:
    """What the generated code asks of its environment: lookups, finalize, filters, tests."""

    def __init__(self) -> None:
        self.undefined = Undefined
        self.concat = "".join
        self.finalize: Callable[[Any], Any] = clean
        self.filters: dict[str, Callable[..., Any]] = {
            "join": _join, "length": len, "linked": linked, "list": _list, "round": _round,
            "selectattr": _selectattr}
        self.tests: dict[str, Callable[..., bool]] = {"none": lambda value: value is None}

    def getattr(self, obj: Any, attribute: str) -> Any:
        try:
            return getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]
        except (TypeError, LookupError, AttributeError):
            return self.undefined(obj=obj, name=attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        try:
            return obj[argument]
        except (AttributeError, TypeError, LookupError):
            if isinstance(argument, str):
                try:
                    return getattr(obj, argument)
                except AttributeError:
                    pass
            return self.undefined(obj=obj, name=argument)


ENVIRONMENT = Environment()
