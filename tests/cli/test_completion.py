"""Tests for icpcheck.cli.completion: `-a` values complete as the one parser takes them."""

from __future__ import annotations

import click
import pytest

from icpcheck.cli.completion import answer_pairs
from icpcheck.rulebook.build import load_rulebook
from icpcheck.rulebook.model import Invalid, Rulebook


@pytest.fixture(scope="module")
def rb() -> Rulebook:
    return load_rulebook()


def completed(rb: Rulebook, incomplete: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import icpcheck.cli.completion as completion

    monkeypatch.setattr(completion, "_rulebook", lambda ctx: rb)
    ctx = click.Context(click.Command("check"))
    return [item.value for item in answer_pairs(ctx, click.Option(["-a"]), incomplete)]


def test_a_many_of_completes_what_parses_after_what_is_typed(rb: Rulebook, monkeypatch: pytest.MonkeyPatch) -> None:
    q = rb.question("activities")
    assert q is not None
    offered = completed(rb, "activities=ad_slots,", monkeypatch)
    assert "activities=ad_slots,none" not in offered  # 'none' goes alone
    assert offered == [f"activities=ad_slots,{c.value}" for c in q.choices
                       if c.value != "ad_slots" and not isinstance(q.parse(["ad_slots", c.value]), Invalid)]
    assert len(offered) == len(q.choices) - 2
    assert completed(rb, "activities=none,", monkeypatch) == []  # nothing after it
    assert completed(rb, "activities=", monkeypatch) == [f"activities={c.value}" for c in q.choices]


def test_yes_no_and_one_of(rb: Rulebook, monkeypatch: pytest.MonkeyPatch) -> None:
    assert completed(rb, "paid_content=", monkeypatch) == ["paid_content=yes", "paid_content=no"]
    assert completed(rb, "nope=", monkeypatch) == []
