"""icpcheck/atomic.py against issue 30's attacks: descriptor names are never renamed over (items 4,
5), and no signal leaves a temp file beside the output (item 7). Each in a private temp folder,
never /dev, in a process of its own."""

from __future__ import annotations

import json
import os
import shlex
import signal
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from icpcheck.render import text
from tests.conftest import run_cli  # noqa: E402
from tests.render.test_escape import GOOD, SGR, hostile_rulebook, report_of

ENV = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "NO_COLOR": "1"}
ANSWERED = ["--model", "platform", "--no-input", "--as-of", "2026-11-28", "--format", "json", "--fail-on", "none"]
TIMEOUT = 30


def sh(tmp: Path, *args: str, shell: str = "") -> subprocess.CompletedProcess[str]:
    line = shlex.join([sys.executable, "-m", "icpcheck", *args]) + " " + shell
    return subprocess.run(["bash", "-c", line], capture_output=True, text=True, timeout=TIMEOUT, env=ENV,
                          cwd=tmp, stdin=subprocess.DEVNULL)


# 4. A name of a closed descriptor, or a symlink to one, is never renamed over: exit 6.

@pytest.mark.parametrize("to", ["/proc/self/fd/1", "/dev/stdout", "/dev/fd/1", "chain"])
def test_a_link_to_a_closed_stdout_is_exit_6_and_stays_a_link(tmp_path: Path, to: str) -> None:
    link = tmp_path / "report.json"
    if to == "chain":
        (tmp_path / "middle").symlink_to("/dev/stdout")
        link.symlink_to(tmp_path / "middle")
    else:
        link.symlink_to(to)
    before = os.readlink(link)
    p = sh(tmp_path, *ANSWERED, "-o", str(link), shell=">&-")
    assert p.returncode == 6, p.stderr
    assert "icpcheck: error: cannot write the report: standard output is closed" in p.stderr
    assert link.is_symlink() and os.readlink(link) == before
    assert sorted(x.name for x in tmp_path.iterdir()) == sorted(["report.json", *(["middle"] if to == "chain" else [])])


def test_a_folder_link_into_proc_fd_counts_too(tmp_path: Path) -> None:
    (tmp_path / "fds").symlink_to("/proc/self/fd")
    p = sh(tmp_path, *ANSWERED, "-o", str(tmp_path / "fds" / "1"), shell=">&-")
    assert p.returncode == 6, p.stderr


def test_standard_input_is_no_output(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("operator: company\n", "utf-8")
    # Only links in the private folder: were the fix undone, a rename would hit them, never /dev.
    for to in ("/dev/stdin", "/proc/self/fd/0"):
        link = tmp_path / "in"
        link.unlink(missing_ok=True)
        link.symlink_to(to)
        p = sh(tmp_path, *ANSWERED, "-o", str(link), shell=f"< {shlex.quote(str(answers))}")
        assert p.returncode == 2, p.stderr
        assert "is not this process's standard output" in p.stderr
        assert answers.read_text("utf-8") == "operator: company\n"
        assert link.is_symlink() and os.readlink(link) == to


# 5. `-o /dev/stdout >> log` appends through the shell's own descriptor.

@pytest.mark.parametrize("to", ["/dev/stdout", "/proc/self/fd/1", "log"])
def test_output_to_an_appended_stdout_keeps_what_the_log_held(tmp_path: Path, to: str) -> None:
    log = tmp_path / "log"
    log.write_text("earlier step\n", "utf-8")
    if to != "log":  # through a link in the private folder: never a name in /dev itself
        (tmp_path / "out").symlink_to(to)
        to = "out"
    p = sh(tmp_path, *ANSWERED, "-o", to, shell=">> log")
    assert p.returncode == 0, p.stderr
    text = log.read_text("utf-8")
    assert text.startswith("earlier step\n{")
    json.loads(text.removeprefix("earlier step\n"))
    p = sh(tmp_path, *ANSWERED, "-o", to, shell=">> log")
    assert log.read_text("utf-8").count("earlier step") == 1 and len(log.read_text("utf-8")) > 2 * len(text) - 20
    assert sorted(x.name for x in tmp_path.iterdir()) == (["log"] if to == "log" else ["log", "out"])
    assert to == "log" or (tmp_path / "out").is_symlink()


# 7. A second SIGTERM within milliseconds, SIGUSR1, SIGALRM: no temp file left behind.

def _batch_waiting(tmp_path: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "icpcheck", "--batch", "-", "-o", str(tmp_path / "out.jsonl"),
                             "--as-of", "2026-11-28"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=ENV)
    assert proc.stdin is not None
    proc.stdin.write(b'{"sells_own_goods": true}\n')
    proc.stdin.flush()
    deadline = time.monotonic() + TIMEOUT
    while not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):  # the temp file is open
        assert time.monotonic() < deadline, "no temp file appeared"
        time.sleep(0.02)
    return proc


@pytest.mark.parametrize("signals", [
    [signal.SIGTERM, signal.SIGTERM], [signal.SIGHUP, signal.SIGTERM], [signal.SIGUSR1], [signal.SIGALRM],
    [signal.SIGUSR2], [signal.SIGINT, signal.SIGTERM]], ids=lambda s: "+".join(signal.Signals(x).name for x in s))
def test_no_signal_leaves_a_temp_file(tmp_path: Path, signals: list[int]) -> None:
    proc = _batch_waiting(tmp_path)
    for signum in signals:
        proc.send_signal(signum)  # back to back: the second lands while the first is handled
    _, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode != 0, err
    assert b"Traceback" not in err, err
    assert list(tmp_path.iterdir()) == []


def test_a_lone_sigterm_still_ends_as_before(tmp_path: Path) -> None:
    proc = _batch_waiting(tmp_path)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 128 + signal.SIGTERM and err.decode().strip() == "icpcheck: interrupted (SIGTERM)"
    assert list(tmp_path.iterdir()) == []


def test_an_ignored_signal_stays_ignored(tmp_path: Path) -> None:
    """nohup-like: SIGUSR1 ignored by the caller is ignored while the temp file exists too."""
    proc = subprocess.Popen(["bash", "-c", "trap '' USR1; exec " + shlex.join(
        [sys.executable, "-m", "icpcheck", "--batch", "-", "-o", str(tmp_path / "out.jsonl"), "--as-of",
         "2026-11-28"])], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    assert proc.stdin is not None
    proc.stdin.write(b'{"sells_own_goods": true}\n')
    proc.stdin.flush()
    deadline = time.monotonic() + TIMEOUT
    while not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(signal.SIGUSR1)
    time.sleep(0.3)
    assert proc.poll() is None
    proc.communicate(timeout=TIMEOUT)  # closes stdin: the batch ends
    assert 0 <= proc.returncode < 128  # ended by itself, not by the signal
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


SECOND_SIGNAL = """
import os, signal, sys
from icpcheck.atomic import atomic_open

def first(signum, frame):  # as the command line's handler: the default back for a second one, then raise
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)  # the second SIGTERM, within the same instant
    raise KeyboardInterrupt

signal.signal(signal.SIGTERM, first)
try:
    with atomic_open(sys.argv[1]) as f:
        f.write(b"partial")
        os.kill(os.getpid(), signal.SIGTERM)
        while True:
            pass
except KeyboardInterrupt:
    sys.exit(0)
"""


def test_a_second_sigterm_during_the_first_ones_handler_removes_the_temp_file(tmp_path: Path) -> None:
    """Deterministic: the second signal lands the very moment the first's handler put the default
    back (before, it ended the process with the temp file still there)."""
    p = subprocess.run([sys.executable, "-c", SECOND_SIGNAL, str(tmp_path / "out.txt")], capture_output=True,
                       timeout=TIMEOUT, env=ENV)
    assert p.returncode == -signal.SIGTERM, p.stderr
    assert list(tmp_path.iterdir()) == []


# --- moved from tests/cli/test_hostile_round2.py ----------------------------------------------------------
# Issue 19, hostile input round two, its environment half: every failure of the environment ends in a
# documented exit code (its rendering half is in tests/render/test_escape.py).


CLEAN_ENV = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "NO_COLOR": "1"}
CLEAN_ENV.pop("ICPCHECK_MAX_INPUT_BYTES", None)
PLATFORM_ARGS = ["--model", "platform", "--no-input", "--as-of", "2026-11-28"]
RUN_TIMEOUT = 20
FORMATS = ["text", "json", "markdown", "junit"]


def icpcheck(*args: str, env: dict[str, str] | None = None, shell: str = "",
             ) -> subprocess.CompletedProcess[bytes]:
    """Run icpcheck in its own process (with `shell` appended to the command line, for redirects)."""
    line = shlex.join([sys.executable, "-m", "icpcheck", *args]) + " " + shell
    proc = subprocess.run(["bash", "-c", line], capture_output=True, timeout=RUN_TIMEOUT,
                          env=env or CLEAN_ENV, stdin=subprocess.DEVNULL)
    assert b"Traceback" not in proc.stderr, proc.stderr
    return proc


def error_line(proc: subprocess.CompletedProcess[bytes], code: int, *words: str) -> str:
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == code, err
    errors = [ln for ln in err.splitlines() if ln.startswith("icpcheck: error: ")]
    assert len(errors) == 1, err
    for word in words:
        assert word in errors[0], err
    return errors[0]


# CLEAN_ENV's changes, for an in-process reference run
PLAIN: dict[str, str | None] = {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "NO_COLOR": "1",
                                "ICPCHECK_MAX_INPUT_BYTES": None}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_stdout_in_cp1252_writes_escapes(fmt: str, lang: str) -> None:
    """Windows' encoding for redirected output cannot say Chinese: written escaped, exit 0."""
    proc = icpcheck(*PLATFORM_ARGS, "--format", fmt, "--lang", lang,
                    env={**CLEAN_ENV, "PYTHONIOENCODING": "cp1252"})
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("cp1252")
    if fmt == "json":
        assert proc.stdout.isascii()
        reference = run_cli([*PLATFORM_ARGS, "--format", fmt, "--lang", lang], env=PLAIN).stdout_bytes  # in-process
        assert json.loads(out) == json.loads(reference)
    elif fmt == "junit":
        assert proc.stdout.isascii()
        reference = run_cli([*PLATFORM_ARGS, "--format", fmt, "--lang", lang], env=PLAIN).stdout_bytes
        assert ET.tostring(ET.fromstring(proc.stdout)) == ET.tostring(ET.fromstring(reference))
    elif lang == "zh":
        assert "\\u" in out  # what cp1252 cannot say, as an escape


@pytest.mark.parametrize("fmt", FORMATS)
def test_closed_stdout_is_a_system_error(fmt: str) -> None:
    """Started without a stdout at all (`>&-`): the report would be lost, so exit 6 says so."""
    error_line(icpcheck(*PLATFORM_ARGS, "--format", fmt, shell=">&-"), 6, "standard output is closed")


def test_closed_stdout_is_fine_with_output(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    proc = icpcheck(*PLATFORM_ARGS, "--format", "json", "-o", str(target), shell=">&-")
    assert proc.returncode == 0, proc.stderr
    json.loads(target.read_text("utf-8"))


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_termination_during_output_removes_the_temp_file(tmp_path: Path, signum: int) -> None:
    """SIGTERM/SIGHUP while --output is open (a batch waiting on its input): as Ctrl-C, the temp
    file goes, one line says so, exit 128 + the signal."""
    target = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "icpcheck", "--batch", "-", "-o", str(target),
                             "--as-of", "2026-11-28"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=CLEAN_ENV)
    assert proc.stdin is not None
    proc.stdin.write(b'{"sells_own_goods": true}\n')
    proc.stdin.flush()
    deadline = time.monotonic() + RUN_TIMEOUT
    while not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):  # the temp file is open
        assert time.monotonic() < deadline, "no temp file appeared"
        time.sleep(0.05)
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=RUN_TIMEOUT)
    proc.stdin.close()
    assert proc.returncode == 128 + signum, err
    name = signal.Signals(signum).name
    assert err.decode().strip() == f"icpcheck: interrupted ({name})"
    assert list(tmp_path.iterdir()) == []


def test_fifo_without_a_reader_fails_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    start = time.monotonic()
    error_line(icpcheck(*PLATFORM_ARGS, "-o", str(fifo)), 6, "no process is reading this FIFO")
    assert time.monotonic() - start < 10
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_symlink_to_a_device_or_fifo_is_replaced_not_followed(tmp_path: Path) -> None:
    """A symlink to /dev/zero (a device) or to a FIFO becomes the report; neither is written."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for device in ("/dev/zero", str(fifo)):
        if not os.path.exists(device):
            continue
        link = tmp_path / "report.txt"
        link.symlink_to(device)
        proc = icpcheck(*PLATFORM_ARGS, "-o", str(link))
        assert proc.returncode == 0, proc.stderr
        assert not link.is_symlink() and link.is_file()
        assert "ICP" in link.read_text("utf-8")
        assert not stat.S_ISREG(os.stat(device).st_mode)
        link.unlink()


def test_dev_null_and_stdout_are_written_in_place() -> None:
    assert icpcheck(*PLATFORM_ARGS, "-o", os.devnull).returncode == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    proc = icpcheck(*PLATFORM_ARGS, "--format", "json", "-o", "/dev/stdout", shell="| cat")
    assert proc.returncode == 0, proc.stderr
    json.loads(proc.stdout)


def test_other_devices_are_refused(tmp_path: Path) -> None:
    device = "/dev/zero"
    if not os.path.exists(device):
        pytest.skip("no /dev/zero")
    error_line(icpcheck(*PLATFORM_ARGS, "-o", device), 2, "not a regular file")


def test_setuid_and_setgid_bits_are_dropped(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old")
    os.chmod(target, 0o6750)
    assert icpcheck(*PLATFORM_ARGS, "-o", str(target)).returncode == 0
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o750


def test_huge_columns_is_clamped(monkeypatch: pytest.MonkeyPatch) -> None:
    """COLUMNS=1000000 on a terminal once made a 93 MB report of padding."""
    rb = hostile_rulebook(lambda strategy: "x")
    monkeypatch.delenv("NO_COLOR", raising=False)
    for columns, widest in (("1000000", text.MAX_WIDTH), ("1", text.MIN_WIDTH)):
        monkeypatch.setenv("COLUMNS", columns)
        out = SGR.sub("", text.render(report_of(rb, "flag", "r"), "en", terminal=True))
        assert max(len(line) for line in out.splitlines()) <= widest
        assert len(out) < 200_000


@pytest.mark.parametrize("spelling", ["same", "dot", "symlink"])
def test_one_file_named_for_two_outputs_is_refused(tmp_path: Path, spelling: str) -> None:
    first = tmp_path / "x.yaml"
    second = {"same": str(first), "dot": str(tmp_path / "." / "x.yaml"), "symlink": str(tmp_path / "link")}[spelling]
    if spelling == "symlink":
        (tmp_path / "link").symlink_to(first)
    error_line(icpcheck(*PLATFORM_ARGS, "--save-answers", str(first), "-o", second), 2, "same file")
    assert not first.exists()


def test_output_over_an_input_is_refused(tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("sells_own_goods: yes\n")
    error_line(icpcheck(*PLATFORM_ARGS, "--answers", str(answers), "-o", str(answers)), 2, "same file")
    assert answers.read_text() == "sells_own_goods: yes\n"
    # Replaying answers and saving them back is what --save-answers is for.
    proc = icpcheck(*PLATFORM_ARGS, "--answers", str(answers), "--save-answers", str(answers))
    assert proc.returncode == 0, proc.stderr


def test_a_warning_is_one_line_whatever_it_quotes(tmp_path: Path) -> None:
    """An answers file's name with a newline and an escape sequence: shown, never obeyed."""
    path = tmp_path / "a\n[fake] icpcheck: error: \x1b[2J.yaml"
    path.write_text("sells_own_goods: yes\ncharges_sellers: yes\nthird_party_sellers: no\n")
    proc = icpcheck("--answers", str(path), "--no-input", "--as-of", "2026-11-28",
                    "-a", "paid_content=no", "-a", "channels=own_domain")
    assert proc.returncode == 0, proc.stderr
    err = proc.stderr.decode()
    assert "\x1b" not in err and "[fake]" in err
    assert all(line.startswith("icpcheck: ") for line in err.splitlines()), err


def test_questions_explain_and_lint_show_rulebook_escapes_as_text(tmp_path: Path) -> None:
    """`questions`, `explain` and `rules lint` print rulebook text too: escaped like the report."""
    text = GOOD.read_text("utf-8").replace('en: "Do you sell things?"', 'en: "Do you sell \\e[2J things?"')
    text = text.replace("what: {zh: 经营许可, en: A business licence}",
                        'what: {zh: 经营许可, en: "A \\e]0;title\\a licence"}')
    rb = tmp_path / "rb.yaml"
    rb.write_text(text, "utf-8")
    for args in (["questions", "--rules", str(rb), "--lang", "en"],
                 ["explain", "licence", "--rules", str(rb), "--lang", "en"]):
        result = run_cli(args)
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout and "\\x1b" in result.stdout, args
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("- id: charges_fees", '- id: "charges\\e[2Jfees"'), "utf-8")
    result = run_cli(["rules", "lint", str(broken)])
    assert "\x1b" not in result.stdout
