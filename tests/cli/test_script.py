"""The installed `icpcheck` script (icpcheck.cli.script:run) is `python -m icpcheck` with the cycle
collector off from the start and no interpreter teardown: the same output and exit codes, and
just as quiet when its reader goes away."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TIMEOUT = 20
ENV = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "NO_COLOR": "1"}
SCRIPT = [sys.executable, "-c", "from icpcheck.cli.script import run; run()"]
MODULE = [sys.executable, "-m", "icpcheck"]
# Every question answered: nothing assumed, so stderr stays quiet.
ANSWERED = ["--model", "platform", "--no-input", "--as-of", "2026-11-28",
            "-a", "channels=own_domain", "-a", "activities=none", "-a", "wechat_only=no", "-a", "foreign_equity=none",
            "-a", "users_where=not_sure", "-a", "operator=company", "-a", "merchant_goods=general_goods"]


def run(command: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=TIMEOUT,
                          env=ENV, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("args", [
    [*ANSWERED, "--format", "json"],  # 0
    [*ANSWERED, "--format", "markdown", "--held", "icp_filing"],  # 1: the gate fails
    [*ANSWERED, "--fromat", "json"],  # 2: usage
    ["--no-input", "--format", "json"],  # 3: missing answers
    ["--rules", "/nonexistent.yaml", *ANSWERED],  # 4: rulebook
    ["--version"],
    ["--help"],
    ["check", "--help"],
    ["rules", "lint", "--help"],
    ["check", "--batch", "-", "-a", "paid_content=no"],  # 2: a usage error raised by icpcheck
], ids=["ok", "gate", "usage", "missing", "rulebook", "version", "help", "check-help", "lint-help",
        "batch-usage"])
def test_the_script_says_what_the_module_says(args: list[str]) -> None:
    script, module = run(SCRIPT, *args), run(MODULE, *args)
    assert (script.returncode, script.stdout, script.stderr) == (
        module.returncode, module.stdout, module.stderr)
    assert "Traceback" not in script.stderr


def test_the_collector_is_off_before_click_and_yaml_load() -> None:
    probe = ("import gc, os, sys\n"
             "real_disable, real_exit = gc.disable, os._exit\n"
             "def disable():\n"
             "    sys.stderr.write(f'LOADED={\"click\" in sys.modules or \"yaml\" in sys.modules}\\n')\n"
             "    real_disable()\n"
             "def exit_(code):\n"
             "    sys.stderr.write(f'COLLECTING={gc.isenabled()}\\n')\n"
             "    sys.stderr.flush()\n"
             "    real_exit(code)\n"
             "gc.disable, os._exit = disable, exit_\n"
             f"sys.argv = {['icpcheck', *ANSWERED, '--format', 'json', '--fail-on', 'none']!r}\n"
             "from icpcheck.cli.script import run\n"
             "run()\n")
    proc = run([sys.executable, "-c", probe])
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == ["LOADED=False", "COLLECTING=False"]


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_closed_stdout_is_quiet(fmt: str) -> None:
    proc = subprocess.Popen([*SCRIPT, *ANSWERED, "--format", fmt, "--fail-on", "none"], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the report: every write to stdout now fails with EPIPE
    err = proc.stderr.read()
    proc.wait(timeout=TIMEOUT)
    assert err == b"", err
    assert proc.returncode == 0


def test_pipeline_into_head(tmp_path: Path) -> None:
    command = " ".join(f"'{part}'" for part in [*SCRIPT, *ANSWERED, "--format", "json", "--fail-on", "none"])
    subprocess.run(["bash", "-c", f"{command} 2>err.txt | head -c 1 >/dev/null; "
                                  "echo ${PIPESTATUS[0]} >rc.txt"],
                   cwd=tmp_path, timeout=TIMEOUT, env=ENV, check=True)
    assert (tmp_path / "err.txt").read_text() == ""
    assert (tmp_path / "rc.txt").read_text().strip() == "0"
