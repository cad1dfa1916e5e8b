"""Issue 30, hostile input round three: the attacks on the command line, each reproduced."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from icpcheck.cli.main import main

SELF = ["--no-input", "--as-of", "2026-11-28", "--lang", "en", "-a", "sells_own_goods=yes",
        "-a", "third_party_sellers=no", "-a", "paid_content=no", "-a", "channels=own_domain",
        "-a", "goods=general_goods", "-a", "activities=none", "-a", "operator=company"]


def icpcheck(*args: str, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "icpcheck", *args], timeout=60, check=False, **kw)  # type: ignore[call-overload, no-any-return]


# 1. A reader of stderr that went away changes neither the exit code nor the report.

@pytest.mark.parametrize("gate, code", [([], 0), (["--fail-on", "required"], 1)])
def test_a_broken_stderr_pipe_changes_neither_exit_code_nor_report(tmp_path: Path, gate: list[str],
                                                                   code: int) -> None:
    read, write = os.pipe()
    os.close(read)  # `2>&1 >/dev/null | head -c1` once head has gone: every write to stderr is EPIPE
    try:
        with (tmp_path / "out.json").open("wb") as out:
            broken = icpcheck("check", *SELF, "--format", "json", *gate, stdout=out, stderr=write)
        whole = icpcheck("check", *SELF, "--format", "json", *gate, capture_output=True)
    finally:
        os.close(write)
    assert whole.stderr  # something was said on stderr (the ungated note, the failed gate)
    assert (broken.returncode, whole.returncode) == (code, code)
    assert json.loads((tmp_path / "out.json").read_bytes())["summary"] == json.loads(whole.stdout)["summary"]


def test_a_broken_stderr_pipe_keeps_the_failed_gate_of_a_report_written_to_a_file(tmp_path: Path) -> None:
    read, write = os.pipe()
    os.close(read)
    try:
        p = icpcheck("check", *SELF, "--fail-on", "required", "-o", str(tmp_path / "r.txt"),
                     stdout=subprocess.DEVNULL, stderr=write)
    finally:
        os.close(write)
    assert p.returncode == 1 and (tmp_path / "r.txt").read_text("utf-8")


# 18. main() in-process leaves the process as it found it.

def test_main_in_process_leaks_neither_no_color_nor_the_collectors_state(monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path: Path) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"operator": "company"}) + "\n", "utf-8")
    gc.enable()
    before = gc.get_freeze_count()
    stderr = sys.stderr
    try:
        gc.disable()  # as the icpcheck script leaves it; a batch turns it on and freezes
        main(["check", "--no-color", "--batch", str(batch), "-o", str(tmp_path / "out.jsonl"), "--quiet"])
        assert (tmp_path / "out.jsonl").read_text("utf-8")
        assert "NO_COLOR" not in os.environ
        assert not gc.isenabled() and gc.get_freeze_count() == before
        assert sys.stderr is stderr
        monkeypatch.setenv("NO_COLOR", "x")
        gc.enable()
        main(["check", *SELF, "--no-color", "--format", "json", "-o", str(tmp_path / "r.json")])
        assert os.environ["NO_COLOR"] == "x" and gc.isenabled()
    finally:
        gc.enable()
        if before == 0:
            gc.unfreeze()


# 15. -V names the rulebook --rules gives, wherever --rules stands.

GOOD = Path(__file__).resolve().parent.parent / "rulebooks" / "good.yaml"


@pytest.mark.parametrize("args", [["--rules", str(GOOD), "-V"], ["-V", "--rules", str(GOOD)],
                                  ["--version", f"--rules={GOOD}"]])
def test_version_honours_rules(args: list[str]) -> None:
    import hashlib

    from tests.conftest import run_cli

    r = run_cli(args)
    sha = hashlib.sha256(GOOD.read_bytes()).hexdigest()
    assert r.exit_code == 0
    assert r.stdout.splitlines()[1] == f"rulebook mini 0.1.0 (checked 2026-01-01, sha256 {sha[:12]}) from {GOOD}"
    assert "wechat-mall" not in run_cli(args).stdout


def test_version_with_a_missing_rulebook_is_a_rulebook_error(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    r = run_cli(["-V", "--rules", str(tmp_path / "none.yaml")])
    assert r.exit_code == 4 and "none.yaml" in r.stderr and not r.stdout


# 8. `rules lint` on the 85 KB pigeonhole rulebook: it gives up (exit 7) in time, and signals end it.

def _pigeonhole_file(tmp_path: Path) -> Path:
    from tests.generated import pigeonhole_yaml

    path = tmp_path / "pigeonhole.yaml"
    path.write_text(pigeonhole_yaml(12), "utf-8")
    assert 80_000 < path.stat().st_size < 100_000  # the red team's 85 KB, give or take the layout
    return path


@pytest.mark.slow
def test_lint_of_the_pigeonhole_rulebook_gives_up_within_60_s(tmp_path: Path) -> None:
    import time

    path = _pigeonhole_file(tmp_path)
    start = time.monotonic()
    p = icpcheck("rules", "lint", str(path), capture_output=True, text=True, env={**os.environ, "ICPCHECK_LANG": "en"})
    took = time.monotonic() - start
    assert p.returncode == 7, p.stderr
    assert took < 60, took
    assert p.stderr.startswith("icpcheck: error: verification gave up after 20 s deciding filing 'x'"), p.stderr
    assert "--time-limit" in p.stderr and "Traceback" not in p.stderr


def _in_the_solve(proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    """Wait until verification runs its long solve: its watch thread is a second thread of the
    process (nothing else in icpcheck starts one)."""
    import time

    deadline = time.monotonic() + timeout
    while len(os.listdir(f"/proc/{proc.pid}/task")) < 2:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the solve never started"
        time.sleep(0.05)


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="needs Linux's /proc")
@pytest.mark.parametrize("signum, code", [(15, 143), (1, 129), (2, 130)], ids=["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_during_the_solve_ends_lint_within_2_s(tmp_path: Path, signum: int, code: int) -> None:
    import time

    path = _pigeonhole_file(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "icpcheck", "rules", "lint", str(path), "--time-limit", "600"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "ICPCHECK_LANG": "en"})
    try:
        _in_the_solve(proc)
        time.sleep(0.3)  # well inside it
        sent = time.monotonic()
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=30)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code, err
    assert took < 2, took
    assert err.decode().strip().startswith("icpcheck: interrupted"), err
