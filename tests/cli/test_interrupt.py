"""Ctrl-C at a real prompt: the interactive process runs in a pseudo-terminal and gets SIGINT."""

from __future__ import annotations

import os
import signal
import sys

import pexpect

from tests.conftest import interrupted

ENV = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "NO_COLOR": "1", "TERM": "dumb"}
TIMEOUT = 20


def spawn(*args: str) -> pexpect.spawn:
    return pexpect.spawn(sys.executable, ["-m", "icpcheck", "--lang", "en", *args], env=ENV,
                         timeout=TIMEOUT, encoding="utf-8")


def finish(child: pexpect.spawn) -> str:
    child.expect(pexpect.EOF)
    child.close()
    assert interrupted(child), (child.exitstatus, child.signalstatus, child.before)
    output: str = child.before
    assert "Traceback" not in output
    assert "Aborted" not in output
    return output


def test_ctrl_c_at_the_first_prompt_exits_130() -> None:
    child = spawn()
    child.expect(r"yes/no \[y/n\]")
    child.sendintr()  # the terminal's ^C: SIGINT to the foreground process
    output = finish(child)
    assert output.strip().splitlines()[-1].strip() == "icpcheck: interrupted"


def test_sigint_at_a_later_prompt_exits_130() -> None:
    child = spawn("-a", "sells_own_goods=yes")
    child.expect(r"yes/no \[y/n\]")
    child.sendline("yes")  # third_party_sellers
    child.expect(r"Question 2")
    child.expect(r"yes/no \[y/n\]")
    os.kill(child.pid, signal.SIGINT)
    output = finish(child)
    assert "icpcheck: interrupted" in output


def test_ctrl_c_in_chinese() -> None:
    child = pexpect.spawn(sys.executable, ["-m", "icpcheck", "--lang", "zh"], env=ENV,
                          timeout=TIMEOUT, encoding="utf-8")
    child.expect("是/否")
    child.sendintr()
    output = finish(child)
    assert "icpcheck: 已中断" in output
