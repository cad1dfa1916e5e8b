"""Tests for icpcheck.answers: one parser behind every source, its refusals phrased as files, flags,
batch lines and the API say them and carried as data, JSON positions from the reader, models."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

import icpcheck
from icpcheck import answers as ans
from icpcheck import gate
from icpcheck.batch import Evaluator
from icpcheck.cli.flags import from_pairs
from icpcheck.engine import Answer
from icpcheck.errors import EXIT_ANSWERS, AnswersError
from icpcheck.render.questions import example, json_example
from icpcheck.rulebook.build import build_rulebook, load_rulebook
from icpcheck.rulebook.model import Invalid, Question, Rulebook
from icpcheck.rulebook.reader import parse_document
from tests.conftest import run_cli, validate

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


# --- moved from tests/test_trust.py: answers you can trust (issue 14) - nothing assumed in silence,
# nothing contradictory accepted, every problem of an answers file at once

AS_OF_ARGS = ["--as-of", "2026-11-28", "--lang", "en"]
PARTIAL = ["-a", "sells_own_goods=yes", "-a", "third_party_sellers=no", "-a", "paid_content=no"]
GOOD = Path(__file__).resolve().parent / "rulebooks" / "good.yaml"


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("icpcheck: error:")]


# --- assumptions are visible ------------------------------------------------------------------

def test_a_partial_answer_set_names_what_was_assumed_on_stderr_and_in_json() -> None:
    r = run_cli([*PARTIAL, "--format", "json", "--fail-on", "none", *AS_OF_ARGS])
    assert r.exit_code == 0
    report = json.loads(r.stdout)
    validate("report", report)
    assert report["assumed"] == ["activities", "channels", "goods", "operator"]
    assert report["assumed"] == sorted(a["id"] for a in report["answers"] if a["source"] == "default")
    (line,) = r.stderr.splitlines()  # one line, with how to answer each
    assert line.startswith("icpcheck: warning: assumed, as nobody answered: ")
    for flag in ("-a activities=none", "-a channels=own_domain", "-a goods=general_goods",
                 "-a operator=company"):
        assert flag in line


def test_the_assumed_line_is_in_the_reports_language_and_its_flags_work() -> None:
    r = run_cli(["--model", "platform", "--format", "json", "--lang", "zh", "--fail-on", "none"])
    (line,) = r.stderr.splitlines()
    assert line.startswith("icpcheck: 警告：以下问题没有回答，按默认假设：") and "-a wechat_only=否" in line
    flags = [arg for pair in re.findall(r"-a (\S+?=[^\s；;]+)", line) for arg in ("-a", pair)]
    assert len(flags) == 14
    r2 = run_cli(["--model", "platform", *flags, "--format", "json", "--fail-on", "none"])
    assert r2.exit_code == 0 and r2.stderr == "", (flags, r2.stderr)
    assert json.loads(r2.stdout)["assumed"] == []


def test_nothing_assumed_prints_nothing() -> None:
    r = run_cli([*PARTIAL, "-a", "channels=own_domain", "-a", "goods=general_goods", "-a", "activities=none",
                 "-a", "operator=company", "--format", "json", "--fail-on", "none", *AS_OF_ARGS])
    assert r.exit_code == 0 and r.stderr == ""
    assert json.loads(r.stdout)["assumed"] == []


def test_strict_exits_3_listing_what_to_answer() -> None:
    r = run_cli([*PARTIAL, "--strict", *AS_OF_ARGS])
    assert r.exit_code == EXIT_ANSWERS and r.stdout == ""
    (line,) = error_lines(r.stderr)
    assert line.startswith("icpcheck: error: --strict: answers assumed, not given: ")
    for qid in ("activities", "channels", "goods"):
        assert f"-a {qid}=" in line
    assert "sells_own_goods" not in line  # given, so not listed


def test_strict_passes_when_everything_is_answered() -> None:
    r = run_cli([*PARTIAL, "-a", "channels=own_domain", "-a", "goods=general_goods", "-a", "activities=none",
                 "-a", "operator=company", "--strict", "--format", "json", *AS_OF_ARGS])
    assert r.exit_code == 0, r.stderr


def test_strict_works_for_batch_lines(tmp_path: Path) -> None:
    lines = tmp_path / "in.jsonl"
    full = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": False,
            "channels": ["own_domain"], "goods": ["general_goods"], "activities": ["none"],
            "operator": "company"}
    partial = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": False}
    lines.write_text(json.dumps(full) + "\n" + json.dumps(partial) + "\n", "utf-8")
    r = run_cli(["--batch", str(lines), "--strict", *AS_OF_ARGS])
    assert r.exit_code == EXIT_ANSWERS
    first, second = (json.loads(x) for x in r.stdout.splitlines())
    assert first["assumed"] == [] and "error" not in first
    assert second["line"] == 2 and second["exit_code"] == EXIT_ANSWERS
    # A line names keys to add, not flags (issue 23): it cannot take -a.
    assert "answers assumed" in second["error"] and "-a " not in second["error"] + second["hint"]
    loose = run_cli(["--batch", str(lines), *AS_OF_ARGS])
    assert loose.exit_code == 0
    assert json.loads(loose.stdout.splitlines()[1])["assumed"] == ["activities", "channels", "goods",
                                                                 "operator"]


# --- exclusive choices and repeated flags -----------------------------------------------------

def test_none_with_another_choice_is_exit_3_with_one_clear_line() -> None:
    r = run_cli(["-a", "activities=none,prepaid_cards", *PARTIAL, *AS_OF_ARGS])
    assert r.exit_code == EXIT_ANSWERS and r.stdout == ""
    (line,) = error_lines(r.stderr)
    assert line == ("icpcheck: error: --answer activities=none,prepaid_cards: 'none' of 'activities' is chosen "
                    "alone, not together with prepaid_cards")


@pytest.mark.parametrize("qid,value", [("goods", "general_goods,prepackaged_food"),
                                       ("content_kinds", "articles_courses,news")])
def test_each_none_of_these_choice_goes_alone(qid: str, value: str) -> None:
    r = run_cli(["-a", f"{qid}={value}", "-a", "paid_content=yes", *PARTIAL[:4], *AS_OF_ARGS])
    assert r.exit_code == EXIT_ANSWERS and "is chosen alone" in r.stderr


def test_an_exclusive_choice_alone_and_other_choices_together_are_fine() -> None:
    for value in ("none", "prepaid_cards,ad_slots"):
        r = run_cli([*PARTIAL, "-a", f"activities={value}", "--format", "json", *AS_OF_ARGS])
        assert r.exit_code == 0, r.stderr


def test_exclusive_is_an_error_from_every_source(tmp_path: Path, rulebook: object) -> None:
    f = tmp_path / "a.yaml"
    f.write_text("sells_own_goods: yes\nthird_party_sellers: no\npaid_content: no\n"
                 "activities: [none, media]\n", "utf-8")
    r = run_cli(["--answers", str(f), *AS_OF_ARGS])
    assert r.exit_code == EXIT_ANSWERS and f"{f}:4:1: activities: 'none' of 'activities'" in r.stderr
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"sells_own_goods": true, "third_party_sellers": false, "paid_content": false, '
                     '"activities": ["none", "media"]}\n', "utf-8")
    b = run_cli(["--batch", str(lines), *AS_OF_ARGS])
    assert b.exit_code == EXIT_ANSWERS and "is chosen alone" in json.loads(b.stdout)["error"]
    rb = load_rulebook()
    q = rb.question("activities")
    assert q is not None
    with pytest.raises(AnswersError, match="is chosen alone"):
        ans.parse_value(q, ["media", "none"], where="case")
    from icpcheck.cli.prompt import _parse  # the interview's own parser: numbers 1 (none) and 8

    with pytest.raises(AnswersError, match="cannot be combined with other choices"):
        _parse(q, "1,8")


def test_the_same_flag_twice_with_different_values_is_exit_3() -> None:
    r = run_cli(["-a", "paid_content=yes", "-a", "paid_content=no", *PARTIAL[:4], *AS_OF_ARGS])
    assert r.exit_code == EXIT_ANSWERS
    (line,) = error_lines(r.stderr)
    assert line == ("icpcheck: error: --answer paid_content=yes and --answer paid_content=no give "
                    "'paid_content' two different answers")
    same = run_cli([*PARTIAL, "-a", "paid_content=no", "-a", "paid_content=false", "--format", "json", *AS_OF_ARGS])
    assert same.exit_code == 0  # the same answer twice (in other words) is no conflict


def test_questions_examples_show_only_combinations_that_are_accepted() -> None:
    rb = load_rulebook()
    for q in rb.questions:
        if q.type != "many_of":
            continue
        ans.parse_value(q, example(q), where="example")
        ans.parse_value(q, json.loads(json_example(q)), where="example")
    goods = rb.question("goods")
    assert goods is not None and "general_goods" not in example(goods)


# --- an answers file: every problem at once, with where it is ----------------------------------

def test_a_yaml_file_with_two_bad_values_reports_both_with_their_lines(tmp_path: Path) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text("# our answers\nsells_own_goods: maybe\nthird_party_sellers: no\nchannels: web\n", "utf-8")
    r = run_cli(["--answers", str(f), *AS_OF_ARGS])
    assert r.exit_code == EXIT_ANSWERS
    (line,) = error_lines(r.stderr)
    assert f"{f}:2:1: sells_own_goods: " in line and "'maybe' is not yes or no" in line
    assert f"{f}:4:1: channels: 'web' is not a choice of 'channels'" in line
    assert "2 problems" in line


def test_a_json_file_reports_its_problems_with_lines_and_columns(tmp_path: Path) -> None:
    f = tmp_path / "bad.json"
    f.write_text('{\n  "answers": {\n    "sells_own_goods": "maybe",\n    "paid_contnt": true,\n'
                 '    "channels": ["web"]\n  }\n}\n', "utf-8")
    r = run_cli(["--answers", str(f), "--lang", "zh"])
    assert r.exit_code == EXIT_ANSWERS
    (line,) = error_lines(r.stderr.replace("错误：", "error: "))
    assert "共 3 处问题" in line
    assert f"{f}:3:5: sells_own_goods：" in line
    assert f"{f}:4:5：未知的问题 'paid_contnt'" in line
    assert f"{f}:5:5: channels：'web' 不是 'channels' 的选项" in line


def test_one_bad_value_keeps_its_own_hint(tmp_path: Path) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text("sells_own_goods: maybe\n", "utf-8")
    r = run_cli(["--answers", str(f), *AS_OF_ARGS])
    assert f"{f}:1:1: sells_own_goods: " in r.stderr and "hint: use yes/no" in r.stderr


def test_missing_answers_name_only_questions_that_can_still_apply() -> None:
    r = run_cli(["--no-input", *AS_OF_ARGS])
    assert r.exit_code == EXIT_ANSWERS
    assert "registered_in_pilot" not in r.stderr  # only for majority-foreign companies
    majority = run_cli(["--no-input", "-a", "third_party_sellers=yes", "-a", "foreign_equity=majority",
                        "-a", "province=beijing", *AS_OF_ARGS])
    assert "registered_in_pilot" in majority.stderr


# --- the rulebook states exclusive choices and conflicts ----------------------------------------

def _build(tmp_path: Path, extra: str, replace: tuple[str, str] = ("", "")) -> tuple[object, list[str]]:
    text = GOOD.read_text("utf-8").replace(*replace) + extra
    doc = parse_document(text.encode("utf-8"), name="rb.yaml", error=AnswersError, fmt="yaml")
    rb, problems = build_rulebook(doc)
    return rb, [str(p) for p in problems]


def test_exclusive_is_only_for_many_of_choices(tmp_path: Path) -> None:
    _, problems = _build(tmp_path, "", ("- {value: web, label:", "- {value: web, exclusive: true, label:"))
    assert any("'exclusive' is only for the choices of a many_of question" in p for p in problems)


def test_a_conflict_is_built_and_checked(tmp_path: Path) -> None:
    conflict = ("conflicts:\n  - id: app_without_selling\n    when: {all: [{q: sells, is: no}, "
                "{q: channel, eq: app}]}\n    text: {zh: 矛盾, en: 'An app but no selling?'}\n")
    rb, problems = _build(tmp_path, conflict)
    assert problems == []
    assert [c.id for c in rb.conflicts] == ["app_without_selling"]  # type: ignore[attr-defined]
    _, bad = _build(tmp_path, conflict.replace("q: channel", "q: chanel"))
    assert any("unknown question 'chanel'" in p for p in bad)


def test_wechat_only_with_an_own_domain_is_warned_about() -> None:
    args = ["-a", "sells_own_goods=no", "-a", "third_party_sellers=no", "-a", "paid_content=yes",
            "-a", "content_kinds=articles_courses", "-a", "activities=none", "-a", "wechat_only=yes",
            "-a", "foreign_equity=none", "-a", "province=other", "-a", "users_where=one_province",
            "-a", "operator=company", "-a", "platforms=wechat", "--format", "json", "--fail-on", "none", *AS_OF_ARGS]
    r = run_cli([*args, "-a", "channels=mini_program,own_domain"])
    assert r.exit_code == 0
    report = json.loads(r.stdout)
    (detail,) = [w for w in report["warnings_detail"] if w["code"] == "answers_conflict"]
    assert detail["params"]["id"] == "wechat_only_with_own_site"
    assert "wechat_only" in detail["text"] and "own_domain" in detail["text"]
    assert "answers that contradict each other" in r.stderr
    quiet = run_cli([*args, "-a", "channels=mini_program"])
    assert "answers_conflict" not in quiet.stdout and quiet.stderr == ""


def test_conflicts_are_found_by_complete() -> None:
    rb = load_rulebook()
    given = {k: ans.Answer(k, v, "flag") for k, v in {
        "sells_own_goods": False, "third_party_sellers": False, "paid_content": True,
        "channels": ("own_domain",), "wechat_only": True}.items()}
    done = ans.complete(rb, given, dt.date(2026, 11, 28))
    assert [w.code for w in done.warnings] == ["answers_conflict"]
    assert "只在微信" in done.warnings[0].text("zh")
