"""Tests for icpcheck.answers: one parser behind every source, its refusals phrased as files, flags,
batch lines and the API say them and carried as data, JSON positions from the reader, models."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import icpcheck
from icpcheck import answers as ans
from icpcheck import gate
from icpcheck.batch import Evaluator
from icpcheck.cli.flags import from_pairs
from icpcheck.engine import Answer
from icpcheck.errors import AnswersError
from icpcheck.rulebook.build import load_rulebook
from icpcheck.rulebook.model import Invalid, Question, Rulebook
from tests.conftest import run_cli

AS_OF = dt.date(2026, 11, 28)
# A marketplace that charges its sellers: every other question has a default or does not apply.
BASE = {"sells_own_goods": True, "third_party_sellers": True, "charges_sellers": True, "paid_content": False}


@pytest.fixture(scope="module")
def rb() -> Rulebook:
    return load_rulebook()


def question(rb: Rulebook, qid: str) -> Question:
    q = rb.question(qid)
    assert q is not None
    return q


# --- parse_value: Question.parse, refused in words ------------------------------------------------

@pytest.mark.parametrize(("qid", "raw", "problem", "words", "hint"), [
    ("paid_content", "maybe", "yes_no", "where: 'paid_content' is a yes/no question; 'maybe' is not yes or no",
     "use yes/no (also y/n, true/false, 1/0, 是/否)"),
    ("paid_content", None, "yes_no", "where: 'paid_content' is a yes/no question; null is not yes or no", None),
    ("operator", "compnay", "choice", "where: 'compnay' is not a choice of 'operator' (did you mean 'company'?)",
     "choose one of: "),
    ("channels", 3, "list", "where: 'channels' takes a list of choices, not 3",
     "e.g. channels=mini_program,own_domain"),
    ("channels", " , ", "empty", "where: 'channels' needs at least one choice", "choose from: mini_program, "),
    ("channels", ["web"], "item", "where: 'web' is not a choice of 'channels'", "choose from: mini_program, "),
    ("activities", "ad_slots,none", "alone",
     "where: 'none' of 'activities' is chosen alone, not together with ad_slots",
     "answer activities=none alone, or leave 'none' out"),
])
def test_each_refusal_is_said_as_before_and_carries_its_data(rb: Rulebook, qid: str, raw: object, problem: str,
                                                              words: str, hint: str | None) -> None:
    q = question(rb, qid)
    with pytest.raises(ans.InvalidAnswer) as caught:
        ans.parse_value(q, raw, where="where")
    err = caught.value
    assert err.message == words
    if hint is not None:
        assert err.hint is not None and err.hint.startswith(hint)
    assert err.invalid == q.parse(raw)
    assert err.invalid.question == qid and err.invalid.problem == problem and err.invalid.raw == raw
    assert err.invalid.allowed == tuple(c.value for c in q.choices)


def test_a_good_value_comes_back_as_parse_gives_it(rb: Rulebook) -> None:
    q = question(rb, "channels")
    assert ans.parse_value(q, "own_domain, mini_program", where="w") == ("mini_program", "own_domain")
    assert ans.parse_value(question(rb, "paid_content"), " 是的 ", where="w") is True
    assert ans.parse_value(question(rb, "paid_content"), "没有", where="w") is False


def test_the_chinese_words_for_yes_and_no_are_the_models(rb: Rulebook) -> None:
    from icpcheck.rulebook import model

    assert ans.YES is model.YES and ans.NO is model.NO
    q = question(rb, "paid_content")
    assert all(q.parse(w) is True for w in model.YES) and all(q.parse(w) is False for w in model.NO)


# --- every front end refuses the same bad value with the same data --------------------------------

BAD = [("channels", "web"), ("activities", "none,ad_slots"), ("paid_content", "maybe"), ("operator", "compnay")]


def _from_api(qid: str, raw: str) -> AnswersError:
    with pytest.raises(AnswersError) as caught:
        icpcheck.check({**BASE, qid: raw}, as_of=AS_OF)
    return caught.value


def _from_file(rb: Rulebook, qid: str, raw: str) -> AnswersError:
    with pytest.raises(AnswersError) as caught:
        ans.from_document(rb, {**BASE, qid: raw}, name="a.yaml")
    return caught.value


def _from_flag(rb: Rulebook, qid: str, raw: str) -> AnswersError:
    with pytest.raises(AnswersError) as caught:
        from_pairs(rb, [f"{qid}={raw}"])
    return caught.value


def _from_batch(rb: Rulebook, qid: str, raw: str) -> AnswersError:
    ev = Evaluator(rb, name="<stdin>", holdings=gate.Holdings(), fail_on=None, as_of=AS_OF, lang="en")
    with pytest.raises(AnswersError) as caught:
        ev.line({**BASE, qid: raw})
    return caught.value


@pytest.mark.parametrize(("qid", "raw"), BAD)
def test_every_front_end_refuses_a_bad_value_with_the_same_data(rb: Rulebook, qid: str, raw: str) -> None:
    expected = question(rb, qid).parse(raw)
    assert isinstance(expected, Invalid)
    errors = {"api": _from_api(qid, raw), "file": _from_file(rb, qid, raw), "flag": _from_flag(rb, qid, raw),
              "batch": _from_batch(rb, qid, raw)}
    for where, err in errors.items():
        assert isinstance(err, ans.InvalidAnswer), where
        assert err.invalid == expected, where
    # The same words after each front end's own `where`, and the same hint.
    tail = errors["file"].message.removeprefix(f"a.yaml: {qid}: ")
    for where, err in errors.items():
        assert err.message.endswith(tail) and err.message != tail, where
        assert err.hint == errors["file"].hint, where


def test_the_command_line_says_the_flag_and_the_same_words(rb: Rulebook) -> None:
    r = run_cli(["-a", "activities=none,ad_slots", "--as-of", "2026-11-28", "--lang", "en"])
    said = _from_flag(rb, "activities", "none,ad_slots")
    assert r.exit_code == 3
    assert f"icpcheck: error: {said.message}" in r.stderr
    assert said.message.startswith("--answer activities=none,ad_slots: 'none' of 'activities' is chosen alone")


def test_two_bad_answers_in_a_file_are_one_error_naming_both(rb: Rulebook) -> None:
    with pytest.raises(AnswersError) as caught:
        ans.from_document(rb, {"channels": "web", "paid_content": "maybe"}, name="a.yaml")
    assert "2 problems" in caught.value.message
    assert "'web' is not a choice of 'channels'" in caught.value.message
    assert "'maybe' is not yes or no" in caught.value.message


def test_a_lenient_read_drops_what_does_not_parse(rb: Rulebook) -> None:
    dropped: list[object] = []
    got = ans.from_document(rb, {"channels": "web", "paid_content": "no"}, name="a.yaml",
                            dropped=dropped)  # type: ignore[arg-type]
    assert list(got) == ["paid_content"] and len(dropped) == 1


# --- positions come from the reader ---------------------------------------------------------------

def test_a_json_answers_file_gets_lines_and_columns_from_the_reader(rb: Rulebook, tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text('{\n  "answers": {\n    "paid_content": "maybe",\n    "channels": ["web"]\n  }\n}\n', "utf-8")
    doc = ans.read_document(rb, str(f), max_bytes=10_000)
    assert doc.positions.get(("answers", "paid_content")) == (3, 5)
    with pytest.raises(AnswersError) as caught:
        ans.from_document(rb, doc.data, name=doc.name, positions=doc.positions)
    assert f"{f}:3:5: paid_content: 'paid_content' is a yes/no question" in caught.value.message
    assert f"{f}:4:5: channels: 'web' is not a choice of 'channels'" in caught.value.message


def test_json_positions_left_answers() -> None:
    assert not hasattr(ans, "json_positions")


# --- models ---------------------------------------------------------------------------------------

def test_models_that_together_break_an_exclusive_choice_disagree(rb: Rulebook) -> None:
    from dataclasses import replace

    from icpcheck.rulebook.model import Model

    q = question(rb, "activities")
    lone, other = "none", "ad_slots"
    assert q.choice(lone) is not None and q.choice(lone).exclusive  # type: ignore[union-attr]
    first = Model("m1", rb.models[0].label, {"activities": (lone,)})
    second = Model("m2", rb.models[0].label, {"activities": (other,)})
    both = replace(rb, models=(first, second))
    with pytest.raises(ans.ModelsDisagree) as caught:
        ans.from_models(both, ["m1", "m2"])
    assert caught.value.message == "models disagree on 'activities' ([\"none\"] vs [\"ad_slots\"])"
    third = Model("m3", rb.models[0].label, {"activities": ("prepaid_cards",)})
    union = ans.from_models(replace(rb, models=(second, third)), ["m2", "m3"])
    # In the rulebook's order, as the one parser gives every many_of answer.
    assert union["activities"] == Answer("activities", ("prepaid_cards", "ad_slots"), "model:m2+m3")


def test_answer_values_leaves_the_sources_aside() -> None:
    got = ans.answer_values({"a": Answer("a", True, "flag"), "b": Answer("b", ("x",), "file:f")})
    assert got == {"a": True, "b": ("x",)}


def test_an_unknown_model_is_quoted_as_every_value_is(rb: Rulebook) -> None:
    with pytest.raises(AnswersError) as caught:
        ans.from_models(rb, ["nope"])
    assert caught.value.message.startswith("unknown model 'nope'")
