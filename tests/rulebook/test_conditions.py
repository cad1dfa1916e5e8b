"""The three-valued logic every verdict rests on: Kleene's tables for not / all / any, each comparison
against an unknown or absent answer, and, for random trees and partial answers, that a condition is
unknown exactly when the ways of finishing the answers disagree."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from icpcheck.rulebook.conditions import (
    ABSENT,
    COMPARISONS,
    UNKNOWN,
    All,
    AnyOf,
    Compare,
    Condition,
    Not,
    compare,
    comparisons,
    evaluate,
    fold,
    questions_read,
)
from tests.conftest import examples

T, F, U = True, False, None  # U: unknown

# --- truth tables --------------------------------------------------------------------------------

# A leaf whose truth is given: `x is yes`, with x answered yes, no, or not yet.
STATE = {T: True, F: False, U: UNKNOWN}


def leaf(name: str) -> Compare:
    return Compare(name, "is", True)


def truth(cond: Condition, values: Mapping[str, bool | None]) -> bool | None:
    return evaluate(cond, lambda q: STATE[values[q]])


@pytest.mark.parametrize(("a", "expected"), [(T, F), (F, T), (U, U)])
def test_not(a: bool | None, expected: bool | None) -> None:
    assert truth(Not(leaf("a")), {"a": a}) is expected


# Kleene's strong tables, written out: rows a, columns b, in the order T, F, U.
AND = {T: (T, F, U), F: (F, F, F), U: (U, F, U)}
OR = {T: (T, T, T), F: (T, F, U), U: (T, U, U)}


@pytest.mark.parametrize(("a", "b"), list(itertools.product((T, F, U), repeat=2)))
def test_all_and_any_of_two(a: bool | None, b: bool | None) -> None:
    column = (T, F, U).index(b)
    values = {"a": a, "b": b}
    assert truth(All((leaf("a"), leaf("b"))), values) is AND[a][column]
    assert truth(AnyOf((leaf("a"), leaf("b"))), values) is OR[a][column]


@pytest.mark.parametrize("n", [0, 1, 2, 3])
def test_all_and_any_of_n_items(n: int) -> None:
    """n items: all is false if one is, else unknown if one is, else true; any is its mirror
    (so an empty all holds and an empty any does not)."""
    names = [f"x{i}" for i in range(n)]
    for row in itertools.product((T, F, U), repeat=n):
        values = dict(zip(names, row, strict=True))
        conj = F if F in row else U if U in row else T
        disj = T if T in row else U if U in row else F
        assert truth(All(tuple(map(leaf, names))), values) is conj, row
        assert truth(AnyOf(tuple(map(leaf, names))), values) is disj, row


def test_items_are_read_in_any_order_to_the_same_verdict() -> None:
    for a, b, c in itertools.product((T, F, U), repeat=3):
        values = {"a": a, "b": b, "c": c}
        for make in (All, AnyOf):
            verdicts = {truth(make(tuple(map(leaf, order))), values)
                        for order in itertools.permutations("abc")}
            assert len(verdicts) == 1, (make, a, b, c)


# One comparison of each kind, with an answer that makes it true and one that makes it false.
KINDS = [
    (Compare("q", "is", True), True, False),
    (Compare("q", "is", False), False, True),
    (Compare("q", "eq", "x"), "x", "y"),
    (Compare("q", "in", frozenset({"x", "y"})), "y", "z"),
    (Compare("q", "has", "m"), ("m", "n"), ("n",)),
    (Compare("q", "has_any", frozenset({"m", "n"})), ("n",), ()),
]


def test_every_kind_of_comparison_is_covered() -> None:
    assert {c.op for c, _, _ in KINDS} == set(COMPARISONS)


@pytest.mark.parametrize(("c", "yes", "no"), KINDS, ids=[f"{i}-{c.op}" for i, (c, _, _) in enumerate(KINDS)])
def test_each_comparison_against_answered_unknown_and_absent(c: Compare, yes: object, no: object) -> None:
    assert compare(c, yes) is True
    assert compare(c, no) is False
    # Relevant but not answered yet: nothing can be said, of it or of its negation.
    assert compare(c, UNKNOWN) is None
    assert evaluate(Not(c), lambda q: UNKNOWN) is None
    # The question does not apply: no comparison on it holds, so its negation does.
    assert compare(c, ABSENT) is False
    assert evaluate(Not(c), lambda q: ABSENT) is True


def test_absent_and_unknown_combine_by_the_tables() -> None:
    states = {"gone": ABSENT, "open": UNKNOWN, "yes": True}
    look = states.__getitem__
    assert evaluate(All((leaf("gone"), leaf("open"))), look) is False
    assert evaluate(AnyOf((leaf("gone"), leaf("open"))), look) is None
    assert evaluate(AnyOf((Not(leaf("gone")), leaf("open"))), look) is True
    assert evaluate(All((leaf("yes"), leaf("open"))), look) is None


# --- unknown exactly when the ways of finishing the answers disagree -----------------------------

# A few small questions and every answer each can take; besides these, a question may turn out not
# to apply (ABSENT), so an unknown answer can become that too.
SPACE: dict[str, list[object]] = {
    "a": [True, False],                                  # yes_no
    "b": ["x", "y", "z"],                                # one_of
    "c": [(), ("m",), ("n",), ("m", "n")],               # many_of
}
KIND = {"is": "a", "eq": "b", "in": "b", "has": "c", "has_any": "c"}
OPERANDS: dict[str, list[object]] = {
    "is": [True, False], "eq": ["x", "z"], "in": [frozenset({"x", "y"}), frozenset({"z"})],
    "has": ["m", "n"], "has_any": [frozenset({"m", "n"}), frozenset({"n"})],
}

compares = st.sampled_from(COMPARISONS).flatmap(
    lambda op: st.sampled_from(OPERANDS[op]).map(lambda v: Compare(KIND[op], op, v)))
trees: st.SearchStrategy[Condition] = st.recursive(
    compares,
    lambda inner: inner.map(Not)
    | st.lists(inner, min_size=1, max_size=3).map(lambda xs: All(tuple(xs)))
    | st.lists(inner, min_size=1, max_size=3).map(lambda xs: AnyOf(tuple(xs))),
    max_leaves=6,
)


def read_once(tree: Condition) -> tuple[Condition, dict[str, str]]:
    """The same tree with each comparison reading a question of its own (q0, q1, ...), and the
    question each copy stands for."""
    kinds: dict[str, str] = {}

    def relabel(c: Compare) -> Condition:
        name = f"q{len(kinds)}"
        kinds[name] = c.q
        return Compare(name, c.op, c.value)

    def rebuild(node: All | AnyOf | Not, parts: list[Condition]) -> Condition:
        return Not(parts[0]) if isinstance(node, Not) else type(node)(tuple(parts))

    return fold(tree, relabel, rebuild), kinds


def partial(kinds: Mapping[str, str]) -> st.SearchStrategy[dict[str, object]]:
    return st.fixed_dictionaries({
        q: st.sampled_from([*SPACE[kind], UNKNOWN, ABSENT]) for q, kind in kinds.items()})


def completions(states: Mapping[str, object], kinds: Mapping[str, str]) -> Iterator[dict[str, object]]:
    """Every way of answering what is still unknown (or of its turning out not to apply)."""
    options = [[*SPACE[kinds[q]], ABSENT] if v is UNKNOWN else [v] for q, v in states.items()]
    for row in itertools.product(*options):
        yield dict(zip(states, row, strict=True))


def verdicts(cond: Condition, states: Mapping[str, object], kinds: Mapping[str, str]) -> set[bool | None]:
    return {evaluate(cond, done.__getitem__) for done in completions(states, kinds)}


@settings(max_examples=examples(300), deadline=None)
@given(data=st.data(), tree=trees)
def test_unknown_exactly_when_the_completions_disagree(data: st.DataObject, tree: Condition) -> None:
    """With each question read once, the three-valued verdict is exact: unknown exactly when some
    ways of finishing the answers make the condition hold and others do not, else their verdict."""
    cond, kinds = read_once(tree)
    states = data.draw(partial(kinds))
    finished = verdicts(cond, states, kinds)
    assert None not in finished  # a complete answer set always decides
    got = evaluate(cond, states.__getitem__)
    if len(finished) == 2:
        assert got is None
    else:
        assert got is finished.pop()


@settings(max_examples=examples(300), deadline=None)
@given(data=st.data(), tree=trees)
def test_a_decided_verdict_holds_for_every_completion(data: st.DataObject, tree: Condition) -> None:
    """When a question is read more than once the verdict is still sound: true or false only when
    every way of finishing the answers agrees (it may say unknown where they all agree, below)."""
    kinds = {q: q for q in SPACE}
    states = data.draw(partial(kinds))
    got = evaluate(tree, states.__getitem__)
    if got is not None:
        assert verdicts(tree, states, kinds) == {got}


def test_reading_a_question_twice_can_leave_a_settled_condition_unknown() -> None:
    """Kleene logic does not see that `a or not a` always holds: with `a` unanswered the verdict is
    unknown. The engine then asks about `a`, which is safe; rulebooks should not need such rules."""
    cond = AnyOf((leaf("a"), Not(leaf("a"))))
    kinds = {"a": "a"}
    assert evaluate(cond, lambda q: UNKNOWN) is None
    assert verdicts(cond, {"a": UNKNOWN}, kinds) == {True}


# --- the walk every other reading of a condition goes through -----------------------------------

def test_fold_visits_comparisons_in_order_and_gives_branches_their_items() -> None:
    tree = All((leaf("a"), Not(AnyOf((leaf("b"), leaf("c")))), leaf("a")))
    seen: list[tuple[str, int]] = []

    def branch(node: All | AnyOf | Not, parts: list[str]) -> str:
        seen.append((type(node).__name__, len(parts)))
        return type(node).__name__ + "(" + ",".join(parts) + ")"

    assert fold(tree, lambda c: c.q, branch) == "All(a,Not(AnyOf(b,c)),a)"
    assert seen == [("AnyOf", 2), ("Not", 1), ("All", 3)]  # bottom-up
    assert [c.q for c in comparisons(tree)] == ["a", "b", "c", "a"]
    assert questions_read(tree) == {"a", "b", "c"}
    assert questions_read(None) == set() and comparisons(None) == []
