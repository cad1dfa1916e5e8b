"""`record` behaves as `dataclasses.dataclass` does for the classes icpcheck declares."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any

import pytest

from icpcheck.rulebook.records import field, record, replace


@record
class Point:
    x: int
    y: int = 0
    tags: dict[str, int] = field(default_factory=dict, hash=False, compare=False, repr=False)


def twins(frozen: bool = True) -> tuple[Any, Any]:
    def body() -> dict[str, Any]:
        return {
            "__annotations__": {"a": "int", "b": "str", "c": "tuple[int, ...]", "d": "dict[str, int]"},
            "b": "x",
            "c": (),
            "d": dataclasses.field(default_factory=dict, hash=False),
            "double": lambda self: self.a * 2,
            "__module__": __name__,
        }

    real = dataclasses.dataclass(frozen=frozen)(type("Twin", (), body()))
    ours = record(frozen=frozen)(type("Twin", (), body()))
    return real, ours


@pytest.mark.parametrize("args, kwargs", [
    ((1,), {}), ((1, "y"), {}), ((1, "y", (2,), {"k": 1}), {}), ((), {"a": 1, "c": (3,)}),
    ((), {"a": 1, "b": "y", "c": (), "d": {}}), ((1,), {"d": {"z": 2}}),
])
def test_same_values_repr_eq_hash(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    real, ours = twins()
    r, o = real(*args, **copy.deepcopy(kwargs)), ours(*args, **copy.deepcopy(kwargs))
    assert repr(r) == repr(o)
    assert dataclasses.astuple(r) == dataclasses.astuple(o)
    assert dataclasses.asdict(r) == dataclasses.asdict(o)
    assert o == ours(*args, **copy.deepcopy(kwargs)) and hash(o) == hash(ours(*args, **copy.deepcopy(kwargs)))
    assert hash(o) == hash((o.a, o.b, o.c))  # d is hash=False, as it is for the real one
    assert o != ours(99) and o != r and o.double() == r.double()
    assert o.__match_args__ == r.__match_args__ == ("a", "b", "c", "d")


@pytest.mark.parametrize("args, kwargs", [
    ((), {}), ((1, "b", (), {}, 5), {}), ((1,), {"a": 2}), ((1,), {"e": 2}), ((), {"b": "x"}),
])
def test_same_errors_for_wrong_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    real, ours = twins()
    with pytest.raises(TypeError):
        real(*args, **kwargs)
    with pytest.raises(TypeError):
        ours(*args, **kwargs)


def test_frozen_and_dataclass_helpers_work() -> None:
    _, ours = twins()
    o = ours(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        o.a = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        del o.b
    assert dataclasses.is_dataclass(o)
    assert [f.name for f in dataclasses.fields(o)] == ["a", "b", "c", "d"]
    assert dataclasses.replace(o, b="z") == ours(1, "z")
    assert copy.deepcopy(o) == o
    p = Point(1, 2)
    assert pickle.loads(pickle.dumps(p)) == p and repr(p) == "Point(x=1, y=2)"
    assert replace(p, y=3) == Point(1, 3) == dataclasses.replace(p, y=3)
    assert Point(1, 2, {"a": 1}) == p and hash(Point(1, 2, {"a": 1})) == hash(p)  # tags: not compared
    assert [f.name for f in dataclasses.fields(Point)] == ["x", "y", "tags"]
    assert Point(1).tags is not Point(1).tags
    assert ours(1).d is not ours(1).d  # default_factory: a fresh one each time


def test_mutable_records_are_unhashable_and_assignable() -> None:
    real, ours = twins(frozen=False)
    o = ours(1)
    o.a = 5
    assert o == ours(5) and repr(o) == repr(real(5))
    with pytest.raises(TypeError):
        hash(o)


def test_mutable_default_is_refused() -> None:
    with pytest.raises(ValueError):
        record(type("Bad", (), {"__annotations__": {"a": "list[int]"}, "a": []}))
