"""`icpcheck check` as a process: real pipes and files, what a closed pipe or a shared file does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
