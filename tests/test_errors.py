"""The error model: every failure maps to one exit code and one line (+ hint), in the output language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from icpcheck import checking
from icpcheck.cli.main import cli
from icpcheck.cli.options import exit_code_for
from icpcheck.errors import (
    EXIT_ANSWERS,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_RULEBOOK,
    EXIT_SYSTEM,
    EXIT_USAGE,
    AnswersError,
    RulebookError,
)
from icpcheck.messages import LABELS, Joined, Msg, label
from tests.cli.test_check import ENCODINGS, HOSTILE_ANSWERS, HOSTILE_RULES
from tests.conftest import run_cli

ANSWERED = ["--model", "platform", "--no-input", "--as-of", "2026-11-28"]
CJK = re.compile(r"[\u4e00-\u9fff]")


def invoke(*args: str, stdin: bytes | None = None) -> Result:
    return run_cli(args, input=stdin)


def error_line(result: Result, lang: str = "en") -> str:
    prefix = "icpcheck: error: " if lang == "en" else "icpcheck: 错误："
    lines = [line for line in result.stderr.splitlines() if line.startswith(prefix)]
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    return lines[0][len(prefix):]


# --- the catalogue (tests/test_i18n.py checks that every message has its Chinese) --------------------

def test_lists_in_a_message_use_chinese_separators_in_chinese() -> None:
    flags = Joined(["a（-a a=yes|no）", "b（-a b=yes|no）"], sep=", ")
    problems = Joined([Msg("answer"), Msg("answers")])
    assert flags.text("en") == "a（-a a=yes|no）, b（-a b=yes|no）"
    assert flags.text("zh") == "a（-a a=yes|no）、b（-a b=yes|no）"
    assert problems.text("en") == "answer; answers"
    assert problems.text("zh") == f"{Msg('answer').text('zh')}；{Msg('answers').text('zh')}"
    assert Joined(["-a x=1", "-a y=2"], sep=" ").text("zh") == "-a x=1 -a y=2"  # flags to copy stay as typed


def test_labels_have_both_languages() -> None:
    assert all(label(key, "zh") != label(key, "en") and CJK.search(label(key, "zh")) for key in LABELS)


def test_a_message_is_looked_up_before_it_is_formatted() -> None:
    suggest = Msg(" (did you mean '{word}'?)", word="paid_content")
    msg = Msg("{where}: unknown question {q}{suggest}", where="--answer paid_contnt=1", q="'paid_contnt'",
              suggest=suggest)
    assert msg.text("en") == "--answer paid_contnt=1: unknown question 'paid_contnt' (did you mean 'paid_content'?)"
    assert msg.text("zh") == "--answer paid_contnt=1：未知的问题 'paid_contnt'（是不是 'paid_content'？）"
    # A parameter is never translated, even when it looks like one of our words: only Msg params are.
    odd = Msg("{where}: '{q}' is a yes/no question; {value} is not yes or no", where="x", q="answer", value="'list'")
    assert odd.text("zh") == "x：'answer' 是一个是/否问题；'list' 既不是“是”也不是“否”"
    assert AnswersError("{where}: '{q}' needs at least one choice", where=Msg("answer"), q="a").text("zh") == (
        "回答：'a' 至少需要选择一项")


# --- every common error is translated -----------------------------------------------------------------

def _translated(result: Result, code: int) -> None:
    assert result.exit_code == code, result.stderr
    line = error_line(result, "zh")
    message = line.split(": ", 1)[-1] if line.startswith("/") else line
    assert CJK.search(message), result.stderr
    hints = [h for h in result.stderr.splitlines() if h.startswith("  ")]
    for hint in hints:
        assert hint.startswith("  提示：") and CJK.search(hint), result.stderr


@pytest.mark.parametrize(("content", "words"), HOSTILE_ANSWERS + ENCODINGS[:5])
def test_answers_errors_in_chinese(tmp_path: Path, content: str | bytes, words: str) -> None:
    path = tmp_path / "answers.yaml"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    _translated(invoke("--lang", "zh", "--answers", str(path), *ANSWERED), EXIT_ANSWERS)


@pytest.mark.parametrize(("content", "words"), HOSTILE_RULES)
def test_rulebook_errors_in_chinese(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(content, encoding="utf-8")
    _translated(invoke("--lang", "zh", "--rules", str(path), *ANSWERED), EXIT_RULEBOOK)


@pytest.mark.parametrize("args", [
    ["-a", "paid_contnt=no"], ["-a", "paid_content"], ["-a", "channels=web"], ["-a", "channels="],
    ["--model", "platfrom"], ["--rules", "no-such-file.yaml"],
])
def test_flag_errors_in_chinese(args: list[str]) -> None:
    code = EXIT_RULEBOOK if "--rules" in args else EXIT_ANSWERS
    _translated(invoke("--lang", "zh", *ANSWERED, *args), code)


@pytest.mark.parametrize("args", [
    ["--format", "yaml"], ["--as-of", "someday"], ["extra"], ["--max-input-bytes", "0"],
])
def test_usage_errors_in_chinese(args: list[str]) -> None:
    _translated(invoke("--lang", "zh", *ANSWERED, *args), EXIT_USAGE)


@pytest.mark.parametrize("args", [["--fromat", "json"], ["--answers"], ["--no-input=x"]])
def test_parse_errors_before_lang_is_read_follow_icpcheck_lang(args: list[str]) -> None:
    # The command line did not parse as far as --lang: ICPCHECK_LANG (else the locale) decides.
    result = CliRunner(env={"ICPCHECK_LANG": "zh"}).invoke(cli, [*ANSWERED, *args], prog_name="icpcheck")
    _translated(result, EXIT_USAGE)
    english = CliRunner(env={"ICPCHECK_LANG": "en"}).invoke(cli, ["check", *ANSWERED, *args, "--lang", "zh"])
    assert english.exit_code == EXIT_USAGE and "icpcheck: error: " in english.stderr
    # Before the command, --lang is the group's own option, read before the command's are parsed.
    _translated(CliRunner(env={"ICPCHECK_LANG": "en"}).invoke(cli, ["--lang", "zh", *ANSWERED, *args]), EXIT_USAGE)


def test_a_bad_answer_under_lang_zh_is_one_chinese_line() -> None:
    result = invoke("--lang", "zh", *ANSWERED, "-a", "sells_own_goods=maybe")
    assert result.exit_code == EXIT_ANSWERS
    assert error_line(result, "zh") == (
        "--answer sells_own_goods=maybe：'sells_own_goods' 是一个是/否问题；'maybe' 既不是“是”也不是“否”")
    assert result.stderr.splitlines()[1] == "  提示：请用 yes/no（也可用 y/n、true/false、1/0、是/否）"


def test_rulebook_problems_in_chinese(tmp_path: Path) -> None:
    # A question whose `when` reads itself (the message that stayed English under the regex catalogue).
    path = tmp_path / "rules.yaml"
    source = (Path(__file__).parent / "rulebooks" / "article.yaml").read_text(encoding="utf-8")
    import yaml

    data = yaml.safe_load(source)
    first = data["questions"][0]
    first["when"] = {"q": first["id"], "is": True} if first.get("type") == "yes_no" else {"q": first["id"]}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = invoke("--lang", "zh", "--rules", str(path), "--no-input")
    assert result.exit_code == EXIT_RULEBOOK, result.stderr
    line = error_line(result, "zh")
    assert "questions.0.when.q：问题" in line and "的 `when` 只能读取之前的问题" in line, line
    assert "question" not in line.replace("questions.0", "")


def test_missing_answers_in_chinese() -> None:
    _translated(invoke("--lang", "zh", "--no-input"), EXIT_ANSWERS)


HOLDINGS_ERRORS = [
    "held: icp_filing", "held: [nope]", "waivers: 3", "waivers: [3]", "waivers: [{filing: icp_filing}]",
    "waivers: [{filing: icp_filing, reason: x, expires: soon}]",
    "waivers: [{filing: icp_filing, reason: '', expires: 2027-01-01}]",
    "waivers: [{filing: icp_filing, reason: x, expires: 2027-01-01, by: me}]",
]


@pytest.mark.parametrize("body", HOLDINGS_ERRORS)
def test_held_and_waiver_errors_in_chinese(tmp_path: Path, body: str) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("answers: {sells_own_goods: true}\n" + body + "\n", encoding="utf-8")
    _translated(invoke("--lang", "zh", "--answers", str(path), *ANSWERED), EXIT_ANSWERS)


def test_flat_answers_beside_held_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("sells_own_goods: true\nheld: []\n", encoding="utf-8")
    _translated(invoke("--lang", "zh", "--answers", str(path), *ANSWERED), EXIT_ANSWERS)


@pytest.mark.parametrize(("args", "code"), [
    (["check", *ANSWERED, "--held", "icp_filng"], EXIT_USAGE),
    (["check", *ANSWERED, "--batch", "-", "--format", "text"], EXIT_USAGE),
    (["check", *ANSWERED, "--save-answers", "/no/such/dir/a.yaml"], 6),  # an output that cannot be written
    (["explain", "nope"], EXIT_USAGE), (["schema", "nope"], EXIT_USAGE),
])
def test_command_errors_in_chinese(args: list[str], code: int) -> None:
    # The locale decides (`schema` has no --lang).
    result = CliRunner(env={"LC_ALL": "zh_CN.UTF-8"}).invoke(cli, args, prog_name="icpcheck")
    _translated(result, code)


def test_options_before_a_command_say_where_they_go() -> None:
    # The shared options (--lang, --rules, ...) may come first (tests/cli/test_conventions.py); check's own may not.
    result = invoke("--format", "json", "questions")
    assert result.exit_code == EXIT_USAGE
    assert error_line(result) == "'questions' is a command: its options go after it"
    assert "  hint: e.g. icpcheck questions --format json" in result.stderr
    result = invoke("--lang", "zh", "--format", "json", "questions")
    assert error_line(result, "zh") == "'questions' 是一个命令：它的选项要放在它后面"
    assert "  提示：例如 icpcheck questions --lang zh --format json" in result.stderr
    result = invoke("--lang", "en", "--as-of", "2026-01-01", "explain", "icp_filing")
    assert error_line(result) == "'explain' is a command: its options go after it"
    assert "  hint: e.g. icpcheck explain icp_filing --lang en --as-of 2026-01-01" in result.stderr
    result = invoke("--as-of", "2025-01-01", "rules", "lint")  # the options of `rules lint`
    assert "  hint: e.g. icpcheck rules lint --as-of 2025-01-01" in result.stderr


@pytest.mark.parametrize("args", [
    [*ANSWERED, "extra"],  # no command
    ["--no-input", "questions"], ["--as-of", "2026-01-01", "schema"],  # options the command does not take
    ["--answers", "questions", "questions"], ["--", "questions"],
])
def test_other_stray_words_keep_clicks_message(args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == EXIT_USAGE
    assert "is a command" not in result.stderr
    assert "icpcheck check --help" in result.stderr


def test_warnings_in_the_report_are_in_its_language(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("answers: {sells_own_goods: true, third_party_sellers: false, paid_content: false,"
                    " charges_sellers: true}\nwaivers: [{filing: icp_filing, reason: soon,"
                    " expires: 2020-01-01}]\n", encoding="utf-8")
    args = ["--no-input", "--as-of", "2026-11-28", "--fail-on", "none"]
    for fmt in ("text", "markdown"):
        result = invoke("--lang", "zh", "--answers", str(path), "--format", fmt, *args)
        assert result.exit_code == 0, result.stderr
        shown = "".join(result.stdout.split())  # the text report wraps long lines
        assert "已忽略回答'charges_sellers'（文件" in shown
        assert "'icp_filing'的豁免已于2020-01-01过期" in shown
        assert "ignored answer" not in result.stdout and "expired on" not in result.stdout
    data = json.loads(invoke("--lang", "zh", "--answers", str(path), "--format", "json", *args).stdout)
    assert any(w.startswith("已忽略回答 'charges_sellers'（文件 ") for w in data["warnings"])
    assert all(CJK.search(w) for w in data["warnings"]), data["warnings"]
    detail = data["warnings_detail"]
    assert [d["text"] for d in detail] == data["warnings"]
    assert {d["code"] for d in detail} == {"answer_ignored", "waiver_expired"}
    ignored = next(d for d in detail if d["code"] == "answer_ignored")
    assert ignored["params"]["q"] == "charges_sellers" and ignored["params"]["source"].startswith("文件 ")
    english = json.loads(invoke("--lang", "en", "--answers", str(path), "--format", "json", *args).stdout)
    assert any(w.startswith("ignored answer 'charges_sellers' (file ") for w in english["warnings"])
    assert [d["code"] for d in english["warnings_detail"]] == [d["code"] for d in detail]


def test_locale_picks_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert "未知的问题" in error_line(invoke("-a", "nope=1", *ANSWERED), "zh")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert "unknown question" in error_line(invoke("-a", "nope=1", *ANSWERED))


def test_irrelevant_answer_warning_in_chinese() -> None:
    result = invoke("--lang", "zh", "-a", "third_party_sellers=no", "-a", "charges_sellers=yes",
                    "-a", "sells_own_goods=yes", "-a", "paid_content=no", "--no-input")
    assert result.exit_code == 0, result.stderr
    assert "icpcheck: 警告：已忽略回答 'charges_sellers'（命令行参数）" in result.stderr


# --- one place maps failures to exit codes --------------------------------------------------------------

@pytest.mark.parametrize(("exc", "code"), [
    (AnswersError("x"), EXIT_ANSWERS),
    (OSError(28, "No space left on device"), EXIT_SYSTEM),
    (RulebookError("x"), EXIT_RULEBOOK),
    (KeyboardInterrupt(), EXIT_INTERRUPTED),
    (click.exceptions.Abort(), EXIT_INTERRUPTED),
    (BrokenPipeError(), EXIT_OK),
    (click.UsageError("bad"), EXIT_USAGE),
    (click.ClickException("bad"), EXIT_USAGE),
    (ValueError("oops"), EXIT_INTERNAL),
    (RecursionError(), EXIT_INTERNAL),
])
def test_exit_code_for(exc: BaseException, code: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_code_for(exc, lang="en", debug=False) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert len([line for line in err.splitlines() if line.strip()]) <= 2


def test_internal_error_is_a_short_bug_report(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(checking, "evaluate", broken)
    result = invoke(*ANSWERED)
    assert result.exit_code == EXIT_INTERNAL
    assert error_line(result) == "internal error: ZeroDivisionError: division by zero"
    assert "this is a bug in icpcheck; rerun with --debug" in result.stderr
    assert "Traceback" not in result.stderr
    debug = invoke(*ANSWERED, "--debug")
    assert debug.exit_code == EXIT_INTERNAL
    assert "Traceback" in debug.stderr and "ZeroDivisionError" in debug.stderr
    zh = invoke(*ANSWERED, "--lang", "zh")
    assert "内部错误" in zh.stderr and "缺陷" in zh.stderr


def test_errors_are_one_line_even_with_newlines_in_input() -> None:
    result = invoke(*ANSWERED, "-a", "paid_content=line1\nline2\rline3")
    assert result.exit_code == EXIT_ANSWERS
    assert len(result.stderr.splitlines()) == 2  # the error and its hint
    assert "\\n" in error_line(result)


def test_click_usage_errors_are_one_line_with_a_hint() -> None:
    result = invoke(*ANSWERED, "--fromat", "json")
    assert result.exit_code == EXIT_USAGE
    assert error_line(result) == "No such option '--fromat'. (Did you mean one of: '--compact', '--format'?)"
    assert result.stderr.splitlines()[1] == "  hint: `icpcheck check --help` lists the options"
    assert "Usage:" not in result.stderr


def test_prompt_errors_in_chinese() -> None:
    import datetime as dt

    from icpcheck.cli.prompt import interview
    from icpcheck.rulebook.build import load_rulebook

    replies = iter(["maybe", "y"])
    said: list[str] = []
    # After the scripted replies: defaults where a question has one (an empty reply), else "n";
    # Enter (an empty reply) accepts the review at the end.
    interview(load_rulebook(None), {}, dt.date(2026, 11, 28), "zh",
              ask=lambda hint: next(replies, "" if "默认" in hint or "回车" in hint else "n"), say=said.append)
    shown = [line for line in said if "maybe" in line]
    assert shown and "回答：'sells_own_goods' 是一个是/否问题" in shown[0]
    assert "请用 yes/no" in shown[0]
