"""The text report's width: the terminal's, or COLUMNS when set, also when stdout is a pipe or a file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.report_cases import MARKETPLACE, flags

ARGS = [*flags(MARKETPLACE), "--no-input", "--lang", "zh"]


def widest(text: str) -> int:
    from icpcheck.render.wrap import text_width

    return max(text_width(line) for line in text.splitlines())


def run(columns: str | None, *extra: str, process: bool = True) -> str:
    """The report with COLUMNS set to `columns` (unset for None), in a process of its own whose
    stdout is a pipe, or in-process (CliRunner's stdout, also no terminal)."""
    if not process:
        result = run_cli([*ARGS, *extra], env={"COLUMNS": columns, "LINES": None, "NO_COLOR": "1"})
        assert result.exit_code == 0, result.stderr
        return result.stdout
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    if columns is not None:
        env["COLUMNS"] = columns
    p = subprocess.run([sys.executable, "-m", "icpcheck", *ARGS, *extra], env={**env, "NO_COLOR": "1"},
                       capture_output=True, text=True, timeout=60)  # stdout is a pipe
    assert p.returncode == 0, p.stderr
    return p.stdout


@pytest.mark.parametrize("columns", ["60", "72", "140"])
def test_columns_is_honoured_through_a_pipe(columns: str) -> None:
    out = run(columns)
    assert widest(out) <= int(columns)
    assert widest(out) > int(columns) - 10  # the text fills the width: not 100 whatever is asked


def test_without_columns_a_pipe_gets_100() -> None:
    out = run(None)
    assert 90 < widest(out) <= 100


@pytest.mark.parametrize("columns", ["abc", "", "-5", "²", "99999999999"])
def test_columns_that_are_no_number_or_too_wide_are_no_crash(columns: str) -> None:
    assert widest(run(columns, process=columns == "abc")) <= 250


def test_columns_is_honoured_for_an_output_file(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    run("64", "-o", str(target))
    assert 54 < widest(target.read_text("utf-8")) <= 64
