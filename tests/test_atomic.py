"""icpcheck/atomic.py against issue 30's attacks: descriptor names are never renamed over (items 4,
5), and no signal leaves a temp file beside the output (item 7). Each in a private temp folder,
never /dev, in a process of its own."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

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
