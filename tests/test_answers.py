"""Answers you can trust (issue 14): nothing assumed in silence, nothing contradictory accepted, every
problem of an answers file at once, and conflicts the rulebook states warned about."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from icpcheck import answers as ans
from icpcheck.errors import EXIT_ANSWERS, AnswersError
from icpcheck.render.questions import example, json_example
from icpcheck.rulebook.build import build_rulebook, load_rulebook
from icpcheck.rulebook.reader import parse_document
from tests.conftest import run_cli, validate

AS_OF = ["--as-of", "2026-11-28", "--lang", "en"]
PARTIAL = ["-a", "sells_own_goods=yes", "-a", "third_party_sellers=no", "-a", "paid_content=no"]
GOOD = Path(__file__).resolve().parent / "rulebooks" / "good.yaml"


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("icpcheck: error:")]


# --- assumptions are visible ------------------------------------------------------------------

def test_a_partial_answer_set_names_what_was_assumed_on_stderr_and_in_json() -> None:
    r = run_cli([*PARTIAL, "--format", "json", "--fail-on", "none", *AS_OF])
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
                 "-a", "operator=company", "--format", "json", "--fail-on", "none", *AS_OF])
    assert r.exit_code == 0 and r.stderr == ""
    assert json.loads(r.stdout)["assumed"] == []


def test_strict_exits_3_listing_what_to_answer() -> None:
    r = run_cli([*PARTIAL, "--strict", *AS_OF])
    assert r.exit_code == EXIT_ANSWERS and r.stdout == ""
    (line,) = error_lines(r.stderr)
    assert line.startswith("icpcheck: error: --strict: answers assumed, not given: ")
    for qid in ("activities", "channels", "goods"):
        assert f"-a {qid}=" in line
    assert "sells_own_goods" not in line  # given, so not listed


def test_strict_passes_when_everything_is_answered() -> None:
    r = run_cli([*PARTIAL, "-a", "channels=own_domain", "-a", "goods=general_goods", "-a", "activities=none",
                 "-a", "operator=company", "--strict", "--format", "json", *AS_OF])
    assert r.exit_code == 0, r.stderr


def test_strict_works_for_batch_lines(tmp_path: Path) -> None:
    lines = tmp_path / "in.jsonl"
    full = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": False,
            "channels": ["own_domain"], "goods": ["general_goods"], "activities": ["none"],
            "operator": "company"}
    partial = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": False}
    lines.write_text(json.dumps(full) + "\n" + json.dumps(partial) + "\n", "utf-8")
    r = run_cli(["--batch", str(lines), "--strict", *AS_OF])
    assert r.exit_code == EXIT_ANSWERS
    first, second = (json.loads(x) for x in r.stdout.splitlines())
    assert first["assumed"] == [] and "error" not in first
    assert second["line"] == 2 and second["exit_code"] == EXIT_ANSWERS
    # A line names keys to add, not flags (issue 23): it cannot take -a.
    assert "answers assumed" in second["error"] and "-a " not in second["error"] + second["hint"]
    loose = run_cli(["--batch", str(lines), *AS_OF])
    assert loose.exit_code == 0
    assert json.loads(loose.stdout.splitlines()[1])["assumed"] == ["activities", "channels", "goods",
                                                                 "operator"]


# --- exclusive choices and repeated flags -----------------------------------------------------

def test_none_with_another_choice_is_exit_3_with_one_clear_line() -> None:
    r = run_cli(["-a", "activities=none,prepaid_cards", *PARTIAL, *AS_OF])
    assert r.exit_code == EXIT_ANSWERS and r.stdout == ""
    (line,) = error_lines(r.stderr)
    assert line == ("icpcheck: error: --answer activities=none,prepaid_cards: 'none' of 'activities' is chosen "
                    "alone, not together with prepaid_cards")


@pytest.mark.parametrize("qid,value", [("goods", "general_goods,prepackaged_food"),
                                       ("content_kinds", "articles_courses,news")])
def test_each_none_of_these_choice_goes_alone(qid: str, value: str) -> None:
    r = run_cli(["-a", f"{qid}={value}", "-a", "paid_content=yes", *PARTIAL[:4], *AS_OF])
    assert r.exit_code == EXIT_ANSWERS and "is chosen alone" in r.stderr


def test_an_exclusive_choice_alone_and_other_choices_together_are_fine() -> None:
    for value in ("none", "prepaid_cards,ad_slots"):
        r = run_cli([*PARTIAL, "-a", f"activities={value}", "--format", "json", *AS_OF])
        assert r.exit_code == 0, r.stderr


def test_exclusive_is_an_error_from_every_source(tmp_path: Path, rulebook: object) -> None:
    f = tmp_path / "a.yaml"
    f.write_text("sells_own_goods: yes\nthird_party_sellers: no\npaid_content: no\n"
                 "activities: [none, media]\n", "utf-8")
    r = run_cli(["--answers", str(f), *AS_OF])
    assert r.exit_code == EXIT_ANSWERS and f"{f}:4:1: activities: 'none' of 'activities'" in r.stderr
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"sells_own_goods": true, "third_party_sellers": false, "paid_content": false, '
                     '"activities": ["none", "media"]}\n', "utf-8")
    b = run_cli(["--batch", str(lines), *AS_OF])
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
    r = run_cli(["-a", "paid_content=yes", "-a", "paid_content=no", *PARTIAL[:4], *AS_OF])
    assert r.exit_code == EXIT_ANSWERS
    (line,) = error_lines(r.stderr)
    assert line == ("icpcheck: error: --answer paid_content=yes and --answer paid_content=no give "
                    "'paid_content' two different answers")
    same = run_cli([*PARTIAL, "-a", "paid_content=no", "-a", "paid_content=false", "--format", "json", *AS_OF])
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
    r = run_cli(["--answers", str(f), *AS_OF])
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


def test_json_positions_follow_keys_and_items() -> None:
    text = '{"a": 1,\n "b": [1, {"c": "x\\"y"}],\n "d": {"e": null}}'
    got = ans.json_positions(text)
    assert got[("a",)] == (1, 2) and got[("b",)] == (2, 2) and got[("b", 1, "c")] == (2, 12)
    assert got[("d", "e")] == (3, 8)
    assert ans.json_positions("[1, 2") == {(0,): (1, 2), (1,): (1, 5)}  # cut short: what it found


def test_one_bad_value_keeps_its_own_hint(tmp_path: Path) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text("sells_own_goods: maybe\n", "utf-8")
    r = run_cli(["--answers", str(f), *AS_OF])
    assert f"{f}:1:1: sells_own_goods: " in r.stderr and "hint: use yes/no" in r.stderr


def test_missing_answers_name_only_questions_that_can_still_apply() -> None:
    r = run_cli(["--no-input", *AS_OF])
    assert r.exit_code == EXIT_ANSWERS
    assert "registered_in_pilot" not in r.stderr  # only for majority-foreign companies
    majority = run_cli(["--no-input", "-a", "third_party_sellers=yes", "-a", "foreign_equity=majority",
                        "-a", "province=beijing", *AS_OF])
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
            "-a", "operator=company", "--format", "json", "--fail-on", "none", *AS_OF]
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
