"""`icpcheck check`: as a process, real pipes and files, what a closed pipe or a shared file does;
then hostile answers files, rulebooks and command lines (below)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from icpcheck.cli.main import cli
from icpcheck.rulebook.build import default_rulebook_path
from tests.rules_helpers import builtin_yaml

ICPCHECK = [sys.executable, "-m", "icpcheck"]
FULL = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": False, "channels": ["own_domain"]}


def piped_to_head(args: list[str], stdin: bytes | None = None) -> int:
    """Run icpcheck with its stdout read by something that stops after a few bytes (`| head -c 10`)."""
    p = subprocess.Popen([*ICPCHECK, *args], stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    if stdin is not None:
        assert p.stdin is not None
        p.stdin.write(stdin)
        p.stdin.close()
    assert p.stdout is not None
    p.stdout.read(10)
    p.stdout.close()  # the reader goes away
    return p.wait(timeout=120)


def test_a_failing_gate_is_not_turned_green_by_a_closed_stdout() -> None:
    """Issue 30: the verdict stands when whatever reads the report stops early."""
    code = piped_to_head(["check", "--model", "platform", "--no-input", "--fail-on", "required",
                          "--format", "json", "-q"])
    assert code == 1


def test_a_batch_cut_short_by_a_closed_stdout_never_reports_success(tmp_path: Path) -> None:
    lines = tmp_path / "in.jsonl"
    lines.write_text((json.dumps(FULL) + "\n") * 3000, "utf-8")
    code = piped_to_head(["check", "--batch", str(lines)])
    assert code == 6  # the batch did not finish: a system error, never 0


def test_answers_from_stdin_are_not_overwritten_by_the_report(tmp_path: Path) -> None:
    """`--answers - -o f.yaml < f.yaml` would replace the answers with the report (issue 30, item 6)."""
    f = tmp_path / "f.yaml"
    f.write_text("sells_own_goods: yes\nthird_party_sellers: no\npaid_content: no\n", "utf-8")
    before = f.read_bytes()
    for option in ("-o", "--save-answers"):
        with f.open("rb") as stdin:
            p = subprocess.run([*ICPCHECK, "check", "--answers", "-", option, str(f), "--format", "json"],
                               stdin=stdin, capture_output=True, timeout=120)
        assert p.returncode == 2, p.stderr
        assert b"name the same file" in p.stderr
        assert f.read_bytes() == before


def test_a_batch_from_stdin_is_not_overwritten_by_its_output(tmp_path: Path) -> None:
    f = tmp_path / "f.jsonl"
    f.write_text(json.dumps(FULL) + "\n", "utf-8")
    with f.open("rb") as stdin:
        p = subprocess.run([*ICPCHECK, "check", "--batch", "-", "-o", str(f)], stdin=stdin, capture_output=True,
                           timeout=120)
    assert p.returncode == 2 and f.read_text("utf-8") == json.dumps(FULL) + "\n"


def test_the_model_option_names_the_built_in_rulebooks_models() -> None:
    from icpcheck.checking import builtin_rulebook
    from tests.conftest import run_cli

    for lang in ("en", "zh"):
        text = " ".join(run_cli(["--lang", lang, "check", "--help"]).stdout.split()).replace("- ", "-")
        assert "|".join(m.id for m in builtin_rulebook().models) in text


# --- moved from tests/test_hostile.py ---------------------------------------------------------------------
# A fixed list of hostile inputs, each run with a time bound: a clear one-line error and the right
# exit code, never a traceback, a hang or a confident report from bad input. Most run in-process (the
# same `main` as `python -m icpcheck`); those where the process itself matters (deep nesting and the
# recursion limit, alias bombs, endless or random bytes, one of each kind) run in a real process,
# as do the tests of streams, pipes and signals below.


TIMEOUT = 20  # seconds: generous for a slow CI box; each case takes well under one
FAST = 10  # what a hostile input may cost at most, measured around the process
ENV = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "NO_COLOR": "1"}
ENV.pop("ICPCHECK_MAX_INPUT_BYTES", None)
# Every question answered: nothing assumed, so stderr stays quiet.
ANSWERED = ["--model", "platform", "--no-input", "--as-of", "2026-11-28",
            "-a", "channels=own_domain", "-a", "activities=none", "-a", "wechat_only=no", "-a", "foreign_equity=none",
            "-a", "users_where=not_sure", "-a", "operator=company", "-a", "merchant_goods=general_goods"]

BILLION_LAUGHS = "\n".join(
    ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
) + "\n"
DEEP_YAML = "[" * 10_000 + "]" * 10_000
DEEP_JSON = '{"a":' * 10_000 + "1" + "}" * 10_000
PYTHON_TAG = "!!python/object/apply:os.system ['touch {marker}']\n"


# The parametrised cases run in a real process (python -m icpcheck) as well as in-process.
REAL = {"billion-laughs", "deep-yaml", "deep-json", "deep", "duplicate-key-yaml", "utf-16", "random-bytes",
        "wrong-types", "args0---format"}


def real(request: pytest.FixtureRequest) -> bool:
    return request.node.callspec.id in REAL


def icpcheck(*args: str, stdin: bytes | None = b"", env: dict[str, str] | None = None, process: bool = False,
             ) -> subprocess.CompletedProcess[str]:
    """Run icpcheck in-process on the environment `env` (default ENV), or with `process` as
    `python -m icpcheck`; either way within FAST seconds and without a traceback."""
    start = time.monotonic()
    if process:
        proc = subprocess.run(
            [sys.executable, "-m", "icpcheck", *args], input=stdin, capture_output=True,
            timeout=TIMEOUT, env=env or ENV,
        )
        code, out, err = proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    else:
        want = env or ENV
        changes: dict[str, str | None] = {k: v for k, v in want.items() if os.environ.get(k) != v}
        changes.update({k: None for k in os.environ if k not in want})
        result = CliRunner().invoke(cli, list(args), input=stdin, env=changes, catch_exceptions=False,
                                    prog_name="icpcheck")
        code, out, err = result.exit_code, result.stdout, result.stderr
    elapsed = time.monotonic() - start
    assert elapsed < FAST, f"took {elapsed:.1f}s"
    assert "Traceback" not in out + err, err
    return subprocess.CompletedProcess(list(args), code, out, err)


def failed(proc: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    """Exit code as expected, nothing on stdout, one error line (plus a hint) naming the problem."""
    assert proc.returncode == code, proc.stderr
    assert proc.stdout == ""
    errors = [line for line in proc.stderr.splitlines() if line.startswith("icpcheck: error: ")]
    assert len(errors) == 1, proc.stderr
    for word in words:
        assert word in errors[0], proc.stderr
    return errors[0]


def answers_file(tmp_path: Path, content: bytes | str) -> str:
    path = tmp_path / "answers.yaml"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


def rules_file(tmp_path: Path, content: bytes | str) -> str:
    path = tmp_path / "rules.yaml"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


# --- answers: exit 3 -----------------------------------------------------------------------------------

HOSTILE_ANSWERS = [
    pytest.param(BILLION_LAUGHS, "billion-laughs", id="billion-laughs"),
    pytest.param(DEEP_YAML, "nested more than", id="deep-yaml"),
    pytest.param(DEEP_JSON, "nested more than", id="deep-json"),
    pytest.param("", "is empty", id="empty"),
    pytest.param("  \n\n# nothing\n", "is empty", id="only-comment"),
    pytest.param("paid_content: no\npaid_content: yes\n", "duplicate key", id="duplicate-key-yaml"),
    pytest.param('{"paid_content": false, "paid_content": true}', "duplicate key",
                 id="duplicate-key-json"),
    pytest.param('{"paid_content": NaN}', "NaN is not allowed", id="nan-json"),
    pytest.param('{"paid_content": Infinity}', "Infinity is not allowed", id="infinity-json"),
    pytest.param("paid_content: .nan\n", "not allowed", id="nan-yaml"),
    pytest.param("paid_content: -.inf\n", "not allowed", id="infinity-yaml"),
    pytest.param('["paid_content"]', "must be an object", id="json-list"),
    pytest.param('"paid_content"', "must be an object", id="json-string"),
    pytest.param("42", "must be an object", id="yaml-number"),
    pytest.param("paid_content: " + "9" * 5000 + "\n", "too many digits", id="huge-int"),
    pytest.param("{bad json", "invalid", id="broken-json"),
    pytest.param("a: b: c\n", "invalid YAML", id="broken-yaml"),
    pytest.param("paid_content:\tno\n\tx: 1\n", "YAML", id="tabs"),
    pytest.param("paid_content: no\n---\npaid_content: yes\n", "more than one YAML document",
                 id="two-documents"),
    pytest.param("paid_contnt: no\n", "did you mean 'paid_content'", id="unknown-id"),
    pytest.param("paid_content: maybe\n", "is not yes or no", id="wrong-type"),
    pytest.param("paid_content: [1, [2]]\n", "is not yes or no", id="list-of-lists"),
    pytest.param("paid_content: {a: {b: 1}}\n", "is not yes or no", id="nested-object"),
    pytest.param("paid_content: null\n", "is not yes or no", id="null"),
    pytest.param("channels: [own_domian]\n", "did you mean 'own_domain'", id="not-a-choice"),
    pytest.param("channels: []\n", "at least one choice", id="no-choice"),
    pytest.param("1: yes\n", "unknown question", id="number-key"),
    pytest.param("answers: [paid_content]\n", "'answers' must be a", id="answers-not-a-mapping"),
    pytest.param("paid_content: \x1b[2Jno\n", "YAML", id="terminal-escape"),
]


@pytest.mark.parametrize(("content", "words"), HOSTILE_ANSWERS)
def test_hostile_answers_file(tmp_path: Path, content: str, words: str, request: pytest.FixtureRequest) -> None:
    failed(icpcheck("--answers", answers_file(tmp_path, content), *ANSWERED, process=real(request)), 3, words)


@pytest.mark.parametrize(("content", "words"), HOSTILE_ANSWERS[:8])
def test_hostile_answers_on_stdin(content: str, words: str, request: pytest.FixtureRequest) -> None:
    failed(icpcheck("--answers", "-", *ANSWERED, stdin=content.encode("utf-8"), process=real(request)), 3, words)


ENCODINGS = [
    pytest.param("paid_content: no\n".encode("utf-16"), "UTF-16", id="utf-16"),
    pytest.param("paid_content: no\n".encode("utf-16-be"), "NUL byte", id="utf-16-no-bom"),
    pytest.param("paid_content: 否 # 否\n".encode("gbk"), "not valid UTF-8", id="gbk"),
    pytest.param(b"paid_content: \xff\xfe\n", "not valid UTF-8", id="invalid-bytes"),
    pytest.param(b"paid_content: no\x00\n", "NUL byte", id="nul"),
    pytest.param(os.urandom(4096), "", id="random-bytes"),
]


@pytest.mark.parametrize(("content", "words"), ENCODINGS)
def test_bad_encodings(tmp_path: Path, content: bytes, words: str, request: pytest.FixtureRequest) -> None:
    proc = icpcheck("--answers", answers_file(tmp_path, content), *ANSWERED, process=real(request))
    failed(proc, 3, words)


def test_bom_and_crlf_are_read_like_plain_utf8(tmp_path: Path) -> None:
    """A UTF-8 BOM and Windows line ends are how Notepad saves: read as if they were not there."""
    plain = icpcheck("--answers", answers_file(tmp_path, "paid_content: yes\n"), *ANSWERED,
                     "--format", "json")
    assert plain.returncode == 0, plain.stderr
    windows = icpcheck(
        "--answers", answers_file(tmp_path, b"\xef\xbb\xbfpaid_content: yes\r\nchannels: [own_domain]\r\n"),
        *ANSWERED, "--format", "json")
    assert windows.returncode == 0, windows.stderr
    assert json.loads(windows.stdout)["filings"] == json.loads(plain.stdout)["filings"]


def test_python_tag_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    for flag, path in (("--answers", answers_file(tmp_path, PYTHON_TAG.format(marker=marker))),
                       ("--rules", rules_file(tmp_path, PYTHON_TAG.format(marker=marker)))):
        proc = icpcheck(flag, path, *ANSWERED)
        failed(proc, 3 if flag == "--answers" else 4, "unsupported tag")
    assert not marker.exists()


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_endless_file_is_cut_off(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    failed(icpcheck("--answers", device, *ANSWERED, process=True), 3, "larger than")


@pytest.mark.slow
def test_huge_file_and_the_size_cap(tmp_path: Path) -> None:
    big = answers_file(tmp_path, "paid_content: yes\n" + "#" * 2_000_000 + "\n")
    failed(icpcheck("--answers", big, *ANSWERED), 3, "larger than 1,048,576 bytes")
    ok = icpcheck("--answers", big, *ANSWERED, "--max-input-bytes", "3000000")
    assert ok.returncode == 0, ok.stderr
    small = answers_file(tmp_path, "paid_content: yes\n" + "#" * 200 + "\n")
    failed(icpcheck("--answers", small, *ANSWERED, env={**ENV, "ICPCHECK_MAX_INPUT_BYTES": "100"}),
           3, "larger than 100 bytes")
    failed(icpcheck(*ANSWERED, "--max-input-bytes", "0"), 2, "max-input-bytes")
    # A cap far beyond any file is only a cap: nothing is set aside for it (was MemoryError, exit 5).
    for cap in ("1099511627776", str(2**63), "9" * 30):
        ok = icpcheck("--answers", small, *ANSWERED, "--max-input-bytes", cap)
        assert ok.returncode == 0, ok.stderr


def test_missing_file_and_directory(tmp_path: Path) -> None:
    failed(icpcheck("--answers", str(tmp_path / "nope.yaml"), *ANSWERED), 3, "no such file")
    failed(icpcheck("--answers", str(tmp_path), *ANSWERED), 3, "directory")
    failed(icpcheck("--rules", str(tmp_path / "nope.yaml"), *ANSWERED), 4, "no such file")


def test_irrelevant_answer_is_a_warning(tmp_path: Path) -> None:
    proc = icpcheck("-a", "third_party_sellers=no", "-a", "charges_sellers=yes", "-a",
                    "sells_own_goods=yes", "-a", "paid_content=no", "--no-input")
    assert proc.returncode == 0, proc.stderr
    assert "warning: ignored answer 'charges_sellers'" in proc.stderr


def test_control_characters_never_reach_the_terminal() -> None:
    proc = icpcheck("-a", "paid_content=\x1b[2J\x07no", *ANSWERED)
    line = failed(proc, 3, "is not yes or no")
    assert "\x1b" not in proc.stderr and "\x07" not in proc.stderr, line


# --- rulebooks: exit 4 ---------------------------------------------------------------------------------

HOSTILE_RULES = [
    pytest.param(BILLION_LAUGHS, "billion-laughs", id="billion-laughs"),
    pytest.param(DEEP_YAML, "nested more than", id="deep"),
    pytest.param("", "is empty", id="empty"),
    pytest.param("- 1\n- 2\n", "should be a mapping", id="list"),
    pytest.param("id: x\nid: y\n", "duplicate key", id="duplicate-key"),
    pytest.param("id: 2024-01-01\n", "id", id="date-as-id"),
    pytest.param("id: [a]\nquestions: {a: 1}\nrules: 7\n", "", id="wrong-types"),
    pytest.param("x: &a [*a]\n", "alias", id="self-alias"),
    pytest.param("checked: .nan\n", "not allowed", id="nan"),
]


@pytest.mark.parametrize(("content", "words"), HOSTILE_RULES)
def test_hostile_rulebook(tmp_path: Path, content: str, words: str, request: pytest.FixtureRequest) -> None:
    failed(icpcheck("--rules", rules_file(tmp_path, content), *ANSWERED, process=real(request)), 4, words)


def test_rulebook_encodings(tmp_path: Path) -> None:
    text = default_rulebook_path().read_text(encoding="utf-8")
    failed(icpcheck("--rules", rules_file(tmp_path, text.encode("utf-16")), *ANSWERED), 4, "UTF-16")
    failed(icpcheck("--rules", rules_file(tmp_path, text.encode("gb18030")), *ANSWERED), 4, "UTF-8")
    windows = icpcheck("--rules", rules_file(tmp_path, b"\xef\xbb\xbf" + text.replace("\n", "\r\n")
                                                .encode("utf-8")), *ANSWERED)
    assert windows.returncode == 0, windows.stderr


def test_huge_rulebook(tmp_path: Path) -> None:
    text = default_rulebook_path().read_text(encoding="utf-8") + "#" * 1_100_000 + "\n"
    failed(icpcheck("--rules", rules_file(tmp_path, text), *ANSWERED), 4, "larger than")


# --- usage: exit 2 -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "words"), [
    (["--fromat", "json"], "--format"),
    (["--format", "yaml"], "--format"),
    (["--as-of", "2026-02-30"], "not a date"),
    (["--lang", "fr"], "--lang"),
    (["extra"], "extra argument"),
    (["--answers"], "requires an argument"),
])
def test_usage_errors(args: list[str], words: str, request: pytest.FixtureRequest) -> None:
    failed(icpcheck(*ANSWERED, *args, process=real(request)), 2, words)


# --- the terminal and the OS ---------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "code"), [(["--model", "platform"], 0), ([], 3)])
def test_stdin_pipe_that_never_closes_is_not_waited_on(args: list[str], code: int) -> None:
    """Without `--answers -`, a stdin that is not a terminal is never read: here its write end
    stays open for the whole run, so a read would block forever."""
    read_end, write_end = os.pipe()
    start = time.monotonic()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "icpcheck", *args], stdin=read_end,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
        try:
            out, err = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            pytest.fail(f"icpcheck {args} waited on a stdin pipe that never closes")
    finally:
        os.close(read_end)
        os.close(write_end)
    assert time.monotonic() - start < FAST
    assert proc.returncode == code, err
    assert b"Traceback" not in err
    if code == 3:
        assert b"no terminal to ask" in err


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_closed_stdout_is_quiet(fmt: str) -> None:
    """The reader of stdout is gone before the report is written (`| head` that already quit)."""
    proc = subprocess.Popen([sys.executable, "-m", "icpcheck", *ANSWERED, "--format", fmt, "--fail-on", "none"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the report: every write to stdout now fails with EPIPE
    err = proc.stderr.read()
    proc.wait(timeout=TIMEOUT)
    assert err == b"", err
    assert proc.returncode == 0


def test_pipeline_into_head() -> None:
    script = (f"{sys.executable} -m icpcheck {' '.join(ANSWERED)} --format json --fail-on none 2>err.txt "
              "| head -c 1 >/dev/null; echo ${PIPESTATUS[0]} >rc.txt")
    cwd = Path(os.environ.get("TMPDIR", "/tmp"))
    subprocess.run(["bash", "-c", script], cwd=cwd, timeout=TIMEOUT, env=ENV, check=True)
    assert (cwd / "err.txt").read_text() == ""
    assert (cwd / "rc.txt").read_text().strip() == "0"


def test_sigint_while_working_exits_130() -> None:
    """SIGINT outside a prompt (here: while waiting on `--answers -`) is also exit 130, one line."""
    proc = subprocess.Popen([sys.executable, "-m", "icpcheck", "--answers", "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=ENV)
    time.sleep(1.5)  # let it start reading stdin
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 130, err
    assert out == b""
    assert err.decode().strip() == "icpcheck: interrupted"


@pytest.mark.parametrize(("redirect", "code", "words"), [
    ("<&-", 0, ""),  # no stdin at all: never needed with answers given
    (">&-", 6, "standard output is closed"),  # no stdout at all: the report would be lost
    (">/dev/full", 6, "No space left on device"),
])
def test_missing_or_full_standard_streams(redirect: str, code: int, words: str) -> None:
    if redirect == ">/dev/full" and not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    script = f"{sys.executable} -m icpcheck {' '.join(ANSWERED)} --format json --fail-on none {redirect}"
    proc = subprocess.run(["bash", "-c", script], capture_output=True, timeout=TIMEOUT, env=ENV)
    err = proc.stderr.decode()
    assert "Traceback" not in err
    assert proc.returncode == code, err
    assert words in err
    if code == 0:
        assert err == ""


def test_no_stdin_and_no_answers_is_exit_3() -> None:
    proc = subprocess.run(["bash", "-c", f"{sys.executable} -m icpcheck <&-"], capture_output=True,
                          timeout=TIMEOUT, env=ENV)
    assert proc.returncode == 3, proc.stderr
    assert b"no terminal to ask" in proc.stderr and b"Traceback" not in proc.stderr
    piped = subprocess.run(["bash", "-c", f"{sys.executable} -m icpcheck --answers - <&-"],
                           capture_output=True, timeout=TIMEOUT, env=ENV)
    assert piped.returncode == 3, piped.stderr
    assert b"Traceback" not in piped.stderr


def test_rulebook_without_rules_is_a_rulebook_error(tmp_path: Path) -> None:
    """Found by fuzzing: with no rule at all, no filing gets a status — the rulebook's gap (exit 4),
    not an internal error about evaluating too early."""
    import yaml

    data = builtin_yaml()
    data["rules"] = []
    path = rules_file(tmp_path, yaml.safe_dump(data, allow_unicode=True))
    failed(icpcheck("--rules", path, *ANSWERED), 4, "no status for these answers")
