"""The Markdown report's punctuation: Chinese labels take a full-width colon (issue 29 item 8)."""

from __future__ import annotations

import re

from tests.conftest import run_cli

ARGS = ["--model", "platform", "--no-input", "-q", "--format", "markdown", "--detail", "--all"]


def test_zh_markdown_labels_take_a_full_width_colon() -> None:
    out = run_cli([*ARGS, "--lang", "zh"]).stdout
    assert "**原因：**" in out and "**法律依据：**" in out and "因为你回答：" in out
    # No ASCII colon right after a Chinese label (the "icpcheck: " heading is English).
    assert not re.findall(r"[\u4e00-\u9fff]\*{0,2}: ", out)
    assert not re.findall(r"[\u4e00-\u9fff]:\*\*", out)


def test_en_markdown_keeps_its_colon_and_space() -> None:
    out = run_cli([*ARGS, "--lang", "en"]).stdout
    assert all(label in out for label in ("**Why:** ", "**Where:** ", "**When:** ", "**Notice:** "))
    assert "：**" not in out
