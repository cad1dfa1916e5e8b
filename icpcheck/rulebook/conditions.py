"""Declarative conditions (all / any / not over answer comparisons) and their three-valued logic."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from icpcheck.rulebook.records import record

T = TypeVar("T")


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


# What a lookup returns besides a value: the question is not relevant (so any comparison on it is
# false), or it is relevant but not answered yet (so the comparison is unknown).
ABSENT = _Marker("ABSENT")
UNKNOWN = _Marker("UNKNOWN")

COMPARISONS = ("is", "eq", "in", "has", "has_any")


@record
class Compare:
    """`{q: id, <op>: value}`: is (yes_no), eq / in (one_of), has / has_any (many_of)."""

    q: str
    op: str
    value: object


@record
class All:
    items: tuple[Condition, ...]


@record
class AnyOf:
    items: tuple[Condition, ...]


@record
class Not:
    item: Condition


Condition = Compare | All | AnyOf | Not
Lookup = Callable[[str], object]


def compare(c: Compare, value: object) -> bool | None:
    """One comparison against a looked-up value: True, False, or None when unknown."""
    if value is UNKNOWN:
        return None
    if value is ABSENT:
        return False
    if c.op == "is":
        return value is c.value
    if c.op == "eq":
        return value == c.value
    if c.op == "in":
        return value in c.value  # type: ignore[operator]
    if c.op == "has":
        return c.value in value  # type: ignore[operator]
    # has_any
    return any(v in value for v in c.value)  # type: ignore[attr-defined,operator]


def evaluate(cond: Condition, lookup: Lookup) -> bool | None:
    """Kleene three-valued logic: True, False, or None (unknown until more is answered)."""
    # Not a `fold`: the engine's hot path stops at the first deciding item instead of reading all.
    if isinstance(cond, Compare):
        return compare(cond, lookup(cond.q))
    if isinstance(cond, Not):
        inner = evaluate(cond.item, lookup)
        return None if inner is None else not inner
    if isinstance(cond, All):
        result: bool | None = True
        for item in cond.items:
            v = evaluate(item, lookup)
            if v is False:
                return False
            if v is None:
                result = None
        return result
    result = False
    for item in cond.items:
        v = evaluate(item, lookup)
        if v is True:
            return True
        if v is None:
            result = None
    return result


def fold(cond: Condition, leaf: Callable[[Compare], T],
         branch: Callable[[All | AnyOf | Not, list[T]], T]) -> T:
    """Fold a condition bottom-up: each comparison through `leaf`, each all / any / not through
    `branch` with its items' results in order (a `not` has one). Every walk over a condition is one."""
    if isinstance(cond, Compare):
        return leaf(cond)
    items = (cond.item,) if isinstance(cond, Not) else cond.items
    return branch(cond, [fold(item, leaf, branch) for item in items])


def questions_read(cond: Condition | None) -> set[str]:
    """Every question id the condition compares."""
    return set() if cond is None else {c.q for c in comparisons(cond)}


def comparisons(cond: Condition | None) -> list[Compare]:
    """Every comparison in the condition, in order."""
    if cond is None:
        return []
    return fold(cond, lambda c: [c], lambda _, parts: [c for part in parts for c in part])


# --- Compiled conditions ------------------------------------------------------------------------
# The engine evaluates each rule's condition several times a check; walking the record tree with
# isinstance tests was most of a check's cost. `compile` turns a condition into nested closures
# over the states mapping (question id -> value, ABSENT or UNKNOWN), once per rulebook. `evaluate`
# above stays the definition: the tests check that the two agree.

States = Mapping[str, object]
Compiled = Callable[[States], "bool | None"]


def compile(cond: Condition) -> Compiled:  # noqa: A001 - the word for it; shadows nothing used here
    """The condition as a function of the states mapping, with `evaluate`'s three-valued result."""
    if isinstance(cond, Compare):
        return _compile_compare(cond)
    if isinstance(cond, Not):
        inner = compile(cond.item)

        def not_(s: States) -> bool | None:
            v = inner(s)
            return None if v is None else not v
        return not_
    items = tuple(compile(item) for item in cond.items)
    if len(items) == 1:
        return items[0]
    if isinstance(cond, All):
        def all_(s: States) -> bool | None:
            result: bool | None = True
            for item in items:
                v = item(s)
                if v is False:
                    return False
                if v is None:
                    result = None
            return result
        return all_

    def any_(s: States) -> bool | None:
        result: bool | None = False
        for item in items:
            v = item(s)
            if v is True:
                return True
            if v is None:
                result = None
        return result
    return any_


def _compile_compare(c: Compare) -> Compiled:
    q, op, want = c.q, c.op, c.value
    unknown, absent = UNKNOWN, ABSENT
    # ABSENT and UNKNOWN equal nothing but themselves, so `is` and `==` need no ABSENT test.
    if op == "is":
        def is_(s: States) -> bool | None:
            v = s[q]
            return None if v is unknown else v is want
        return is_
    if op == "eq":
        def eq(s: States) -> bool | None:
            v = s[q]
            return None if v is unknown else v == want
        return eq
    if op == "in":
        def in_(s: States) -> bool | None:
            v = s[q]
            if v is unknown:
                return None
            return False if v is absent else v in want  # type: ignore[operator]
        return in_
    if op == "has":
        def has(s: States) -> bool | None:
            v = s[q]
            if v is unknown:
                return None
            return False if v is absent else want in v  # type: ignore[operator]
        return has
    wanted: tuple[object, ...] = tuple(want)  # type: ignore[arg-type]

    def has_any(s: States) -> bool | None:
        v = s[q]
        if v is unknown:
            return None
        if v is absent:
            return False
        return any(w in v for w in wanted)  # type: ignore[operator]
    return has_any
