"""Tests for icpcheck.rulebook.model: Question.parse, the one parser of an answer value."""

from __future__ import annotations

from itertools import combinations

import pytest

from icpcheck.rulebook.build import load_rulebook
from icpcheck.rulebook.model import NO, PROBLEMS, YES, Choice, Invalid, Question, Rulebook, Text


@pytest.fixture(scope="module")
def rb() -> Rulebook:
    return load_rulebook()


def q_of(kind: str, *choices: tuple[str, bool]) -> Question:
    return Question("q", kind, Text("问", "ask"), choices=tuple(Choice(v, Text(v, v), lone) for v, lone in choices))


YES_NO = q_of("yes_no")
ONE = q_of("one_of", ("a", False), ("b", False))
MANY = q_of("many_of", ("a", False), ("b", False), ("c", False), ("none", True))


@pytest.mark.parametrize(("raw", "value"), [
    (True, True), (False, False), (1, True), (0, False), (" Yes ", True), ("N", False), ("是的", True), ("没有", False),
])
def test_yes_no_takes_bools_0_1_and_the_words(raw: object, value: bool) -> None:
    assert YES_NO.parse(raw) is value


@pytest.mark.parametrize("raw", [None, 2, "maybe", "", [True], 1.0 + 0.5])
def test_yes_no_refuses_the_rest_as_data(raw: object) -> None:
    assert YES_NO.parse(raw) == Invalid("q", "yes_no", raw)


def test_every_word_is_one_side_only() -> None:
    assert not YES & NO


def test_one_of_takes_one_choice_stripped() -> None:
    assert ONE.parse(" b ") == "b"
    assert ONE.parse("c") == Invalid("q", "choice", "c", ("a", "b"))
    assert ONE.parse(["a"]) == Invalid("q", "choice", ["a"], ("a", "b"))


def test_many_of_gives_the_rulebooks_order_each_choice_once() -> None:
    assert MANY.parse("c, a,a") == ("a", "c")
    assert MANY.parse(["b", " a"]) == ("a", "b")
    assert MANY.parse(["none"]) == ("none",)


@pytest.mark.parametrize(("raw", "invalid"), [
    (3, Invalid("q", "list", 3, ("a", "b", "c", "none"))),
    (("a",), Invalid("q", "list", ("a",), ("a", "b", "c", "none"))),  # a list, as JSON and YAML give it
    (" , ", Invalid("q", "empty", " , ", ("a", "b", "c", "none"))),
    ([], Invalid("q", "empty", [], ("a", "b", "c", "none"))),
    (["a", "x"], Invalid("q", "item", ["a", "x"], ("a", "b", "c", "none"), "x")),
    (["a", 1], Invalid("q", "item", ["a", 1], ("a", "b", "c", "none"), 1)),
    ("c,none,a", Invalid("q", "alone", "c,none,a", ("a", "b", "c", "none"), "none", ("a", "c"))),
])
def test_many_of_refusals_say_why_as_data(raw: object, invalid: Invalid) -> None:
    got = MANY.parse(raw)
    assert got == invalid and got.problem in PROBLEMS  # type: ignore[union-attr]


def test_an_exclusive_choice_goes_alone_in_every_many_of_of_the_builtin_rulebook(rb: Rulebook) -> None:
    many = [q for q in rb.questions if q.type == "many_of"]
    assert any(c.exclusive for q in many for c in q.choices)
    for q in many:
        for a, b in combinations(q.choices, 2):
            got = q.parse([a.value, b.value])
            if a.exclusive or b.exclusive:
                lone = a if a.exclusive else b
                assert isinstance(got, Invalid) and got.problem == "alone" and got.item == lone.value
            else:
                assert got == (a.value, b.value)
