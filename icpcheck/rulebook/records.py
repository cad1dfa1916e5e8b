"""`record`: `dataclasses.dataclass` for plain records, without its cost at import time.

`dataclass` writes each class's methods as source text and compiles them: ~0.6 ms a class, so the
thirty-odd classes that a `check` imports cost more than icpcheck's whole budget over starting
Python. `record` makes the same classes (same __init__ arguments and errors, repr, ==, hash,
frozen-ness, __match_args__) from methods shared by all records, and builds real
`dataclasses.Field`s only when something asks (`dataclasses.fields`, `replace`, `asdict` and
`is_dataclass` all work). It covers what icpcheck uses: fields with defaults,
`field(default_factory=..., hash=..., compare=..., repr=...)`, `frozen`; no inheritance between
records, no InitVar/ClassVar/KW_ONLY, no __post_init__.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, overload

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Callable[[Any], Any]:
        return lambda f: f


T = TypeVar("T")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class _FieldSpec:
    __slots__ = ("default", "default_factory", "repr", "hash", "compare")

    def __init__(self, default: Any, default_factory: Any, repr: bool,  # noqa: A002
                 hash: bool | None, compare: bool) -> None:  # noqa: A002
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.hash = hash
        self.compare = compare


def field(*, default: Any = MISSING, default_factory: Callable[[], Any] | Any = MISSING,
          repr: bool = True, hash: bool | None = None, compare: bool = True) -> Any:  # noqa: A002
    """As `dataclasses.field`, for a `record`."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return _FieldSpec(default, default_factory, repr, hash, compare)


def _from_dataclasses_field(f: Any) -> _FieldSpec:
    import dataclasses

    if not f.init or f.kw_only is True:
        raise TypeError("record: init=False and kw_only fields are not supported")
    return _FieldSpec(
        MISSING if f.default is dataclasses.MISSING else f.default,
        MISSING if f.default_factory is dataclasses.MISSING else f.default_factory,
        f.repr, f.hash, f.compare,
    )


class _Meta:
    """What the shared methods need to know about one record class."""

    __slots__ = ("cls", "names", "name_set", "defaults", "factories", "compared", "hashed", "shown",
                 "specs", "tails")

    def __init__(self, cls: type, specs: dict[str, tuple[_FieldSpec, Any]]) -> None:
        self.cls = cls
        self.specs = specs  # name: (spec, annotation), for dataclasses.fields
        self.names = tuple(specs)
        self.name_set = frozenset(specs)
        self.defaults = {n: s.default for n, (s, _) in specs.items() if s.default is not MISSING}
        self.factories: dict[str, Callable[[], Any]] = {
            n: s.default_factory for n, (s, _) in specs.items() if s.default_factory is not MISSING}
        self.compared = tuple(n for n, (s, _) in specs.items() if s.compare)
        self.hashed = tuple(n for n, (s, _) in specs.items() if (s.compare if s.hash is None else s.hash))
        self.shown = tuple(n for n, (s, _) in specs.items() if s.repr)
        # For k positional arguments and no others: the defaults of the fields after them, when
        # each has a plain default (no factory), else None. Records are mostly made this way.
        self.tails: tuple[dict[str, Any] | None, ...] = tuple(
            {n: self.defaults[n] for n in self.names[k:]} if all(n in self.defaults for n in self.names[k:])
            else None for k in range(len(self.names) + 1))


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, frozen: bool = True) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[T] | None = None, /, *, frozen: bool = True) -> Any:
    """Like `@dataclass(frozen=True)` (or, with frozen=False, like `@dataclass`)."""
    if cls is None:
        return lambda c: _make(c, frozen)
    return _make(cls, frozen)


def _make(cls: type[T], frozen: bool) -> type[T]:
    own = cls.__dict__
    if any("__dataclass_fields__" in base.__dict__ for base in cls.__mro__[1:]):
        raise TypeError(f"record {cls.__name__}: records cannot inherit from dataclasses")
    specs: dict[str, tuple[_FieldSpec, Any]] = {}
    seen_default = False
    for name, annotation in own.get("__annotations__", {}).items():
        text = str(annotation)
        if "ClassVar" in text or "InitVar" in text or "KW_ONLY" in text:
            raise TypeError(f"record {cls.__name__}.{name}: ClassVar/InitVar/KW_ONLY not supported")
        value = own.get(name, MISSING)
        if isinstance(value, _FieldSpec):
            spec = value
        elif type(value).__name__ == "Field" and type(value).__module__ == "dataclasses":
            spec = _from_dataclasses_field(value)
        else:
            spec = _FieldSpec(value, MISSING, True, None, True)
        if isinstance(spec.default, (list, dict, set)):  # as dataclass refuses them
            raise ValueError(f"mutable default {type(spec.default)} for field {name} is not allowed: "
                             "use default_factory")
        has_default = spec.default is not MISSING or spec.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError(f"non-default argument {name!r} follows default argument")
        seen_default = seen_default or has_default
        if spec.default is MISSING:
            if name in own:
                delattr(cls, name)
        else:
            setattr(cls, name, spec.default)
        specs[name] = (spec, annotation)
    meta = _Meta(cls, specs)
    # A class that writes __hash__ itself keeps it (Python sets __hash__ = None in a class that
    # writes __eq__ alone; that one is not the class's own).
    explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
    methods: dict[str, Any] = {"__init__": _init, "__repr__": _repr, "__eq__": _eq}
    if frozen:
        methods.update(__setattr__=_setattr, __delattr__=_delattr)
    for attr, fn in methods.items():
        if attr in own:
            if frozen and attr in ("__setattr__", "__delattr__"):
                raise TypeError(f"Cannot overwrite attribute {attr} in class {cls.__name__}")
            continue  # a method the class writes itself wins, as with dataclass
        setattr(cls, attr, fn)
    if not explicit_hash:
        cls.__hash__ = _hash if frozen else None  # type: ignore[assignment,method-assign]
    cls.__record__ = meta  # type: ignore[attr-defined]
    setattr(cls, "__match_args__", meta.names)  # noqa: B010 - mypy refuses the plain assignment
    cls.__dataclass_fields__ = _LazyFields()  # type: ignore[attr-defined]
    return cls


# --- the methods every record shares -------------------------------------------------------------


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    m: _Meta = type(self).__record__
    names = m.names
    state = self.__dict__
    if len(args) == len(names) and not kwargs:  # the common cases first: all positional...
        state.update(zip(names, args, strict=True))
        return
    if not kwargs and len(args) < len(names) and (tail := m.tails[len(args)]) is not None:  # ...the rest defaults...
        state.update(zip(names, args, strict=False))
        state.update(tail)
        return
    if not args and len(kwargs) == len(names) and m.name_set.issuperset(kwargs):  # ...or all named
        for name in names:
            state[name] = kwargs[name]
        return
    where = f"{type(self).__name__}.__init__()"
    if len(args) > len(names):
        raise TypeError(f"{where} takes {len(names) + 1} positional arguments but {len(args) + 1} "
                        "were given")
    for name, value in zip(names, args, strict=False):
        if name in kwargs:
            raise TypeError(f"{where} got multiple values for argument '{name}'")
        state[name] = value
    for name in names[len(args):]:
        if name in kwargs:
            state[name] = kwargs.pop(name)
        elif name in m.defaults:
            state[name] = m.defaults[name]
        elif name in m.factories:
            state[name] = m.factories[name]()
        else:
            raise TypeError(f"{where} missing 1 required positional argument: '{name}'")
    if kwargs:  # what is left names no field
        raise TypeError(f"{where} got an unexpected keyword argument '{next(iter(kwargs))}'")


def _repr(self: Any) -> str:
    inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in type(self).__record__.shown)
    return f"{type(self).__qualname__}({inner})"


def _eq(self: Any, other: Any) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented  # type: ignore[no-any-return]  # as object.__eq__ does
    # As dataclass does: tuples of the fields, so `is` short-cuts there as it does here.
    names: tuple[str, ...] = type(self).__record__.compared
    same: bool = tuple([getattr(self, n) for n in names]) == tuple([getattr(other, n) for n in names])
    return same


def _hash(self: Any) -> int:
    return hash(tuple([getattr(self, n) for n in type(self).__record__.hashed]))


def replace(obj: T, /, **changes: Any) -> T:
    """As `dataclasses.replace`, for a record: a copy with some fields changed."""
    m: _Meta = type(obj).__record__  # type: ignore[attr-defined]
    values = {name: getattr(obj, name) for name in m.names}
    values.update(changes)
    return type(obj)(**values)


def _frozen_error(message: str) -> Exception:
    from dataclasses import FrozenInstanceError

    return FrozenInstanceError(message)


def _setattr(self: Any, name: str, value: object) -> None:
    m: _Meta = type(self).__record__
    if type(self) is m.cls or name in m.name_set:
        raise _frozen_error(f"cannot assign to field {name!r}")
    object.__setattr__(self, name, value)


def _delattr(self: Any, name: str) -> None:
    m: _Meta = type(self).__record__
    if type(self) is m.cls or name in m.name_set:
        raise _frozen_error(f"cannot delete field {name!r}")
    object.__delattr__(self, name)


class _LazyFields:
    """`__dataclass_fields__`: real dataclasses.Field objects, made (once) on first use."""

    def __get__(self, obj: object, owner: type) -> dict[str, Any]:
        import dataclasses

        fields: dict[str, Any] = {}
        for name, (spec, annotation) in owner.__record__.specs.items():  # type: ignore[attr-defined]
            f: Any = dataclasses.field(
                default=dataclasses.MISSING if spec.default is MISSING else spec.default,
                default_factory=dataclasses.MISSING if spec.default_factory is MISSING
                else spec.default_factory,
                repr=spec.repr, hash=spec.hash, compare=spec.compare,
            )
            f.name = name
            f.type = annotation
            f._field_type = dataclasses._FIELD  # type: ignore[attr-defined]  # what fields() picks
            fields[name] = f
        type.__setattr__(owner, "__dataclass_fields__", fields)
        return fields
