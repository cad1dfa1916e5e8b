"""`?` at an interview prompt says which filings the question's answer can change, then the help
(through a real pseudo-terminal); `questions --for ANSWERS` says the same for the open questions."""

from __future__ import annotations

from pathlib import Path

import pexpect

from tests.cli.test_prompt_pty import PROMPT, spawn
from tests.conftest import run_cli


def test_question_mark_names_the_filings_the_question_can_change() -> None:
    child = spawn("--lang", "en", "--format", "json")
    child.expect(PROMPT)
    child.sendline("n")          # sells_own_goods
    child.expect(PROMPT)
    child.sendline("y")          # third_party_sellers: yes, so charges_sellers is asked
    child.expect("charge those sellers")
    child.expect(PROMPT)
    child.sendline("?")
    child.expect(PROMPT)
    said = child.before
    assert "Why this is asked" in said
    assert "Your answer can change: EDI licence" in said
    assert "ICP licence" in said            # together with later answers
    assert "Any platform-type fee" in said  # the authored help follows
    assert "Food" not in said               # nothing the fees question cannot touch
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()


def test_question_mark_in_chinese() -> None:
    child = spawn("--lang", "zh", "--format", "json")
    child.expect(PROMPT)
    child.sendline("?")
    child.expect(PROMPT)
    assert "为什么问这个" in child.before and "这个回答可能改变" in child.before
    assert "食品经营许可证" in child.before  # selling under your own name: the food licences hang on it
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()


def test_questions_for_answers(tmp_path: Path) -> None:
    answers = tmp_path / "so-far.yaml"
    answers.write_text("sells_own_goods: no\nthird_party_sellers: yes\n", "utf-8")
    out = run_cli(["questions", "--for", answers, "--lang", "en"]).stdout
    first = out.split("\n\n")[0]
    assert first.startswith("Do you charge those sellers") and "[charges_sellers]" in first
    assert "Your answer can change: EDI licence" in first
    assert "sells_own_goods]" not in out  # answered: not open
    done = tmp_path / "done.yaml"
    done.write_text("answers: {sells_own_goods: yes, third_party_sellers: no, paid_content: no,\n"
                    "  channels: [mini_program], platforms: [wechat], goods: [general_goods],\n"
                    "  activities: [none]}\n", "utf-8")
    assert "no question is left open" in run_cli(["questions", "--for", done, "--lang", "en"]).stdout
    bad = run_cli(["questions", "--for", answers, "--format", "json"])
    assert bad.exit_code == 2
