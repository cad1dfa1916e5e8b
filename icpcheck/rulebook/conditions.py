"""Declarative conditions (all / any / not over answer comparisons) and their three-valued logic."""

from __future__ import annotations

from collections.abc import Callable
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
