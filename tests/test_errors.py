"""The error model: every failure maps to one exit code and one line (+ hint), in the output language."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from icpcheck import engine
from icpcheck.cli.main import cli
from icpcheck.cli.options import exit_code_for
from icpcheck.errors import (
    EXIT_ANSWERS,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_RULEBOOK,
    EXIT_USAGE,
    AnswersError,
    RulebookError,
)
from icpcheck.messages import LABELS, MESSAGES, PHRASES, localize

from .test_hostile import ENCODINGS, HOSTILE_ANSWERS, HOSTILE_RULES

ANSWERED = ["--model", "platform", "--no-input", "--as-of", "2026-11-28"]
CJK = re.compile(r"[\u4e00-\u9fff]")


def invoke(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin, prog_name="icpcheck")


def error_line(result: Result, lang: str = "en") -> str:
    prefix = "icpcheck: error: " if lang == "en" else "icpcheck: 错误: "
    lines = [line for line in result.stderr.splitlines() if line.startswith(prefix)]
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    return lines[0][len(prefix):]


# --- the catalogue ----------------------------------------------------------------------------------

def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize(("en", "zh"), MESSAGES + PHRASES)
def test_each_translation_fills_the_same_blanks(en: str, zh: str) -> None:
    assert _fields(en) == _fields(zh)
    assert CJK.search(zh) or not CJK.search(en), zh


def test_catalogue_has_no_duplicates() -> None:
    english = [en for en, _ in MESSAGES]
    assert len(english) == len(set(english))
    assert all(set(forms) == {"en", "zh"} for forms in LABELS.values())


def test_localize() -> None:
    message = "--answer paid_contnt=1: unknown question 'paid_contnt' (did you mean 'paid_content'?)"
    assert localize(message, "en") == message
    assert localize(message, "zh") == (
        "--answer paid_contnt=1：未知的问题 'paid_contnt'（是不是 'paid_content'？）"
    )
    # The blanks that hold user text are never translated, even when they look like our words.
    assert localize("x: 'answer' is a yes/no question; 'list' is not yes or no", "zh") == (
        "x：'answer' 是一个是/否问题；'list' 既不是“是”也不是“否”"
    )
    assert localize("no template for this one", "zh") == "no template for this one"


# --- every common error is translated -----------------------------------------------------------------

def _translated(result: Result, code: int) -> None:
    assert result.exit_code == code, result.stderr
    line = error_line(result, "zh")
    message = line.split(": ", 1)[-1] if line.startswith("/") else line
    assert CJK.search(message), result.stderr
    hints = [h for h in result.stderr.splitlines() if h.startswith("  ")]
    for hint in hints:
        assert hint.startswith("  提示: ") and CJK.search(hint), result.stderr


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
    ["--fromat", "json"], ["--format", "yaml"], ["--as-of", "someday"], ["--answers"], ["extra"],
    ["--max-input-bytes", "0"],
])
def test_usage_errors_in_chinese(args: list[str]) -> None:
    _translated(invoke("--lang", "zh", *ANSWERED, *args), EXIT_USAGE)


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


@pytest.mark.parametrize("args", [
    ["check", *ANSWERED, "--held", "icp_filng"], ["check", *ANSWERED, "--batch", "-", "--format", "text"],
    ["check", *ANSWERED, "--save-answers", "/no/such/dir/a.yaml"], ["explain", "nope"], ["schema", "nope"],
])
def test_command_errors_in_chinese(args: list[str]) -> None:
    # The locale decides (`schema` has no --lang).
    result = CliRunner(env={"LC_ALL": "zh_CN.UTF-8"}).invoke(cli, args, prog_name="icpcheck")
    _translated(result, EXIT_USAGE)


def test_options_before_a_command_say_where_they_go() -> None:
    result = invoke("--lang", "zh", "questions")
    assert result.exit_code == EXIT_USAGE
    assert error_line(result, "zh") == "'questions' 是一个命令：它的选项要放在它后面"
    assert "  提示: 例如 icpcheck questions --lang zh" in result.stderr
    result = invoke("--lang", "en", "explain", "icp_filing")
    assert error_line(result) == "'explain' is a command: its options go after it"
    assert "  hint: e.g. icpcheck explain icp_filing --lang en" in result.stderr
    result = invoke("--as-of", "2025-01-01", "rules", "lint")  # the options of `rules lint`
    assert "  hint: e.g. icpcheck rules lint --as-of 2025-01-01" in result.stderr


@pytest.mark.parametrize("args", [
    [*ANSWERED, "extra"],  # no command
    ["--no-input", "questions"], ["--lang", "zh", "schema"],  # options the command does not take
    ["--answers", "questions", "questions"], ["--", "questions"],
])
def test_other_stray_words_keep_clicks_message(args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == EXIT_USAGE
    assert "is a command" not in result.stderr
    assert "icpcheck check --help" in result.stderr


# Messages shown only in English, each with why.
ENGLISH_ONLY = {
    ("batch.py", "line"): "batch error lines are JSON objects, English by contract",
    ("batch.py", "stream"): "batch error lines are JSON objects, English by contract",
    ("options.py", "exit_code_for"): "'system error{where}': the template has the blank's space",
    ("engine.py", "evaluate"): "a bug in icpcheck, not the user's input",
    ("records.py", ""): "programming errors in record classes",
    ("compile.py", ""): "the tool that regenerates icpcheck/rulebook/builtin.py, for developers",
}


def _raised_messages() -> list[tuple[str, str, str]]:
    """(module, function, message) for each literal message or hint given to an *Error(...) in
    icpcheck/, with each {expression} filled in by 'x'."""
    import ast

    import icpcheck

    def text(node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant):
            return node.value if isinstance(node.value, str) else None
        if isinstance(node, ast.JoinedStr):
            return "".join(v.value if isinstance(v, ast.Constant) else "'x'" for v in node.values)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = text(node.left), text(node.right)
            return left + right if left is not None and right is not None else None
        return None

    found = []
    for path in sorted(Path(icpcheck.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [f for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for call in ast.walk(tree):
            name = getattr(call, "func", None)
            name = getattr(name, "id", None) or getattr(name, "attr", "")
            if not isinstance(call, ast.Call):
                continue
            if name.endswith("Error") and name != "OSError":
                nodes, prefix = [*call.args[:1], *(k.value for k in call.keywords if k.arg == "hint")], ""
            elif name == "problem" and len(call.args) == 2:  # the loader's: "questions.0.type: ..."
                nodes, prefix = call.args[1:], "questions.0.x: "
            else:
                continue
            owner = next((f.name for f in functions if f.lineno <= call.lineno <= (f.end_lineno or 0)
                          and any(c is call for c in ast.walk(f))), "")
            for node in nodes:
                message = text(node)
                if message and any(ch.isalpha() for ch in message):
                    found.append((path.name, owner, prefix + message))
    return found


def _has_template(message: str) -> bool:
    """A whole template matches, not only a suffix such as "(did you mean ...)"."""
    from icpcheck.messages import SUFFIXES, _template

    for pattern, _ in SUFFIXES:
        message = re.sub(f"(?:{pattern})\\Z", "", message)
    return _template(message, MESSAGES) is not None


def test_every_message_icpcheck_raises_has_a_chinese_form() -> None:
    found = _raised_messages()
    assert len(found) > 50  # the scan sees the messages
    untranslated = [
        f"{module} ({function}): {message}" for module, function, message in found
        if not _has_template(message)
        and not any(module == m and f in function for m, f in ENGLISH_ONLY)
    ]
    assert not untranslated, "\n".join(untranslated)


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
    assert any(w.startswith("ignored answer 'charges_sellers'") for w in data["warnings"])  # JSON: as raised


def test_locale_picks_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert "未知的问题" in error_line(invoke("-a", "nope=1", *ANSWERED), "zh")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert "unknown question" in error_line(invoke("-a", "nope=1", *ANSWERED))


def test_irrelevant_answer_warning_in_chinese() -> None:
    result = invoke("--lang", "zh", "-a", "third_party_sellers=no", "-a", "charges_sellers=yes",
                    "-a", "sells_own_goods=yes", "-a", "paid_content=no", "--no-input")
    assert result.exit_code == 0, result.stderr
    assert "icpcheck: 警告: 已忽略回答 'charges_sellers'（命令行参数）" in result.stderr


# --- one place maps failures to exit codes --------------------------------------------------------------

@pytest.mark.parametrize(("exc", "code"), [
    (AnswersError("x"), EXIT_ANSWERS),
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

    monkeypatch.setattr(engine, "evaluate", broken)
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
    assert error_line(result) == "No such option '--fromat'. Did you mean '--format'?"
    assert result.stderr.splitlines()[1] == "  hint: `icpcheck check --help` lists the options"
    assert "Usage:" not in result.stderr


def test_prompt_errors_in_chinese() -> None:
    import datetime as dt

    from icpcheck.cli.prompt import interview
    from icpcheck.rulebook.build import load_rulebook

    replies = iter(["maybe", "y"])
    said: list[str] = []
    # After the scripted replies: defaults where a question has one (an empty reply), else "n".
    interview(load_rulebook(None), {}, dt.date(2026, 11, 28), "zh",
              ask=lambda hint: next(replies, "" if "默认" in hint else "n"), say=said.append)
    shown = [line for line in said if "maybe" in line]
    assert shown and "回答：'sells_own_goods' 是一个是/否问题" in shown[0]
    assert "请用 yes/no" in shown[0]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_localize_never_fails(lang: str) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    templates = st.sampled_from([en for en, _ in MESSAGES])

    @settings(max_examples=300, deadline=None)
    @given(template=templates, fill=st.text(max_size=20))
    def check(template: str, fill: str) -> None:
        message = re.sub(r"\{\w+\}", lambda _: fill or "x", template.replace("{{", "{").replace("}}", "}"))
        assert isinstance(localize(message, lang), str)

    check()
