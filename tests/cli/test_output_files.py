"""--output and --save-answers never leave a partial file, even when interrupted."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest
from click.testing import CliRunner

from icpcheck.cli.check import check
from tests.conftest import interrupted

# Every question answered: nothing assumed, so stderr stays quiet.
ANSWERED = ["--model", "platform", "--no-input", "--as-of", "2026-11-28",
            "-a", "channels=own_domain", "-a", "activities=none", "-a", "wechat_only=no", "-a", "foreign_equity=none",
            "-a", "users_where=not_sure"]
ENV = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "NO_COLOR": "1", "TERM": "dumb"}


@pytest.mark.parametrize("option", ["--output", "--save-answers"])
def test_interrupted_write_keeps_the_old_file(option: str, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old content\n")

    def ctrl_c(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # Ctrl-C at the worst moment: the file is written, not yet in place

    monkeypatch.setattr(os, "replace", ctrl_c)
    monkeypatch.setattr(os, "rename", ctrl_c)
    result = CliRunner().invoke(check, [*ANSWERED, option, str(target)])
    assert result.exit_code == 130, result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_text() == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temp file left behind


@pytest.mark.parametrize("option", ["--output", "--save-answers"])
def test_unwritable_target_is_an_error_without_a_file(option: str, tmp_path: Path) -> None:
    target = tmp_path / "missing-dir" / "out.txt"
    result = CliRunner().invoke(check, [*ANSWERED, option, str(target)])
    assert result.exit_code == 6, result.stderr  # README: an output you may not write is exit 6
    assert "no such folder" in result.stderr and "Traceback" not in result.stderr
    assert not target.parent.exists()


def test_ctrl_c_at_a_prompt_writes_no_report_only_the_answers_so_far(tmp_path: Path) -> None:
    out, saved = tmp_path / "report.txt", tmp_path / "answers.yaml"
    child = pexpect.spawn(sys.executable, ["-m", "icpcheck", "--lang", "en", "--output", str(out),
                                           "--save-answers", str(saved)],
                          env=ENV, timeout=20, encoding="utf-8")
    child.expect(r"yes/no \[y/n\]")
    child.sendline("yes")
    child.expect(r"yes/no \[y/n\]")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert interrupted(child)
    # --save-answers asked for the answers: what was answered is kept (atomically: no temp file
    # beside it), so that --answers resumes; the report was never made.
    assert list(tmp_path.iterdir()) == [saved]
    import yaml

    assert yaml.safe_load(saved.read_text("utf-8"))["answers"] == {
        "sells_own_goods": {"value": True, "source": "prompt"}}


def test_ctrl_c_without_save_answers_keeps_the_answers_in_a_file_it_names(tmp_path: Path) -> None:
    """No report is written, and the answers so far are not lost either (issue 29, item 2)."""
    out = tmp_path / "report.txt"
    env = {**ENV, "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    child = pexpect.spawn(sys.executable, ["-m", "icpcheck", "--lang", "en", "--output", str(out)],
                          env=env, timeout=30, encoding="utf-8", cwd=str(tmp_path))
    child.expect(r"yes/no \[y/n\]")
    child.sendline("yes")
    child.expect(r"yes/no \[y/n\]")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert interrupted(child)
    assert not out.exists()
    kept = list((tmp_path / "tmp").iterdir())
    assert len(kept) == 1 and str(kept[0]) in child.before.replace("\r\n", "")
    assert "resume with --answers" in child.before
    replay = CliRunner().invoke(check, ["--answers", str(kept[0]), "--format", "json", "--no-input"])
    assert "sells_own_goods" not in replay.stderr  # the answer given before Ctrl-C is not asked again


def test_an_unwritable_output_fails_before_the_first_question(tmp_path: Path) -> None:
    """--save-answers /missing/x.yaml is found at once, not after the whole interview (issue 29, item 1)."""
    child = pexpect.spawn(sys.executable, ["-m", "icpcheck", "--lang", "en", "--save-answers",
                                           str(tmp_path / "missing" / "x.yaml")],
                          env=ENV, timeout=30, encoding="utf-8", cwd=str(tmp_path))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 6
    assert "no such folder" in child.before and "yes/no" not in child.before


def test_a_write_that_fails_at_the_end_still_prints_the_report(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from icpcheck import atomic

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "write_atomic", full)
    r = CliRunner().invoke(check, [*ANSWERED, "-o", str(tmp_path / "r.txt")])
    assert r.exit_code == 6 and "No space left on device" in r.stderr
    assert "ICP" in r.stdout  # the report itself, on standard output


@pytest.mark.parametrize("name", ["report.pdf", "report.docx", "REPORT.PDF"])
def test_an_output_extension_no_format_writes_is_refused_before_anything_runs(name: str, tmp_path: Path) -> None:
    """report.pdf once got plain text (issue 29, item 3): now a usage error with the way to a PDF."""
    r = CliRunner().invoke(check, ["--model", "platform", "-o", str(tmp_path / name)])
    assert r.exit_code == 2
    assert "writes no .pdf file" in r.stderr or "writes no .docx file" in r.stderr
    assert "report.html" in r.stderr and not (tmp_path / name).exists()


def test_known_extensions_pick_their_format(tmp_path: Path) -> None:
    for name, head in (("r.txt", ""), ("r.md", "#"), ("r.json", "{"), ("r.xml", "<?xml"), ("r.htm", "<!")):
        r = CliRunner().invoke(check, ["--model", "platform", "--no-input", "-o", str(tmp_path / name)])
        assert r.exit_code == 0, r.stderr
        assert (tmp_path / name).read_text("utf-8").lstrip().startswith(head)
