"""The interactive flow driven through a real pseudo-terminal, as a person would use it."""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

import pexpect
import pytest
import yaml

from tests.conftest import interrupted, run_cli, statuses

PROMPT = "›"


def spawn(*args: str) -> pexpect.spawn:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    child = pexpect.spawn(sys.executable, ["-m", "icpcheck", *args], env=env, encoding="utf-8",
                          timeout=20, dimensions=(50, 200))
    child.delaybeforesend = None  # pexpect's default 50 ms pause would swamp the latency figure
    return child


def answer(child: pexpect.spawn, text: str, timings: list[float]) -> None:
    start = time.monotonic()
    child.sendline(text)
    child.expect([PROMPT, pexpect.EOF])
    timings.append(time.monotonic() - start)


def test_interview_asks_only_what_matters_goes_back_and_matches_flags() -> None:
    child = spawn("--lang", "en", "--format", "json")
    # Counts updated when the rulebook grew beyond the article: "at most" counts every question
    # that may still matter, including the overlays that the answers usually rule out.
    child.expect(r"Question 1 of at most \d+")
    child.expect(PROMPT)
    timings: list[float] = []
    answer(child, "y", timings)                  # sells_own_goods
    assert re.search(r"Question 2 of at most \d+", child.before)
    answer(child, "maybe", timings)              # rejected, asked again
    assert "not yes or no" in child.before
    answer(child, "y", timings)                  # third_party_sellers: yes → charges_sellers is asked
    assert "charge those sellers" in child.before
    answer(child, "<", timings)                  # back to third_party_sellers
    assert re.search(r"Question 2 of at most \d+", child.before)
    answer(child, "n", timings)                  # no third parties: charges_sellers is skipped
    assert re.search(r"Question 3 of at most \d+", child.before) and "information" in child.before
    answer(child, "n", timings)                  # paid_content
    assert "channels" in child.before or "channels" in child.before.lower()
    answer(child, "1,2", timings)                # mini_program + own_domain
    assert "On which platforms is your mini-program published" in child.before
    answer(child, "", timings)                   # platforms: the default, WeChat
    assert "goods you sell" in child.before
    answer(child, "", timings)                   # goods: the default, ordinary goods
    assert "also do any of these" in child.before
    answer(child, "", timings)                   # activities: the default, none
    assert "Who runs the mall" in child.before   # an own domain: who can file it
    answer(child, "", timings)                   # operator: the default, a company
    assert "Your answers" in child.before        # the review: Enter accepts
    answer(child, "", timings)
    assert "already hold" in child.before        # none held
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    out = child.before
    report = json.loads(out[out.index("{"):])
    got = {f["id"]: f["status"] for f in report["filings"]}
    assert {a["source"] for a in report["answers"]} == {"prompt"}
    flags = run_cli(["-a", "sells_own_goods=yes", "-a", "third_party_sellers=no", "-a",
                     "paid_content=no", "-a", "channels=mini_program,own_domain", "-a",
                     "goods=general_goods", "-a", "activities=none", "-a", "operator=company",
                     "--format", "json"])
    assert got == statuses(flags)
    assert got["app_filing"] == "required" and got["icp_filing"] == "required"
    # Reported, not asserted: these machines are shared and noisy.
    print(f"\nprompt latency after each answer: max {max(timings) * 1000:.1f} ms, "
          f"median {sorted(timings)[len(timings) // 2] * 1000:.1f} ms")


def finish(child: pexpect.spawn, held: str = "") -> None:
    """Accept the review of the answers, say which filings are held, and wait for the report."""
    child.expect("Enter to see the report")
    child.sendline("")
    child.expect("already hold")
    child.expect(PROMPT)
    child.sendline(held)
    child.expect(pexpect.EOF)


def test_flags_given_are_not_asked_again() -> None:
    child = spawn("--lang", "en", "--format", "json", "--model", "self-operated")
    child.expect(r"Question 1 of at most \d+")
    child.expect(PROMPT)
    child.sendline("")  # accept the default channel (own_domain)
    child.expect(PROMPT)
    child.sendline("")  # goods: ordinary goods (default)
    child.expect(PROMPT)
    child.sendline("")  # activities: none (default)
    child.expect(PROMPT)
    child.sendline("")  # operator: a company (default)
    finish(child)
    child.close()
    assert child.exitstatus == 0
    out = child.before
    report = json.loads(out[out.index("{"):])
    assert {a["id"]: a["source"] for a in report["answers"]}["channels"] == "prompt"


@pytest.mark.parametrize("lang,needle", [("zh", "第 1 题"), ("en", "Question 1")])
def test_prompts_follow_the_language(lang: str, needle: str) -> None:
    child = spawn("--lang", lang)
    child.expect(needle)
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert interrupted(child)
    assert "Traceback" not in child.before


def test_going_back_keeps_the_answer_and_enter_moves_on() -> None:
    child = spawn("--lang", "en", "--format", "json")
    child.expect(PROMPT)
    child.sendline("y")                           # question 1: sells_own_goods
    child.expect(r"Question 2 of at most \d+")
    child.expect(PROMPT)
    child.sendline("n")                           # question 2: third_party_sellers
    child.expect(r"Question 3 of at most \d+")
    child.expect(PROMPT)
    child.sendline("<")                           # back to question 2: "no" is what Enter keeps
    child.expect(r"Question 2 of at most \d+")
    child.expect(r"\[your answer before: no\]")
    child.expect(PROMPT)
    child.sendline("")                            # Enter keeps "no" and moves on
    child.expect(r"Question 3 of at most \d+")
    child.expect("Do you charge users for information")
    assert "charge those sellers" not in child.before  # "no" kept: charges_sellers is not asked
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert interrupted(child)


def test_a_full_width_back_goes_back_too() -> None:
    child = spawn("--lang", "zh")
    child.expect(PROMPT)
    child.sendline("是")
    child.expect("第 2 题")
    child.expect(PROMPT)
    child.sendline("＜")                           # a Chinese input method's `<`
    child.expect("第 1 题")
    child.expect(r"\[上次的回答：是\]")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert interrupted(child)


def test_the_review_and_the_held_filings_round_trip(tmp_path: Path) -> None:
    saved = tmp_path / "answers.yaml"
    child = spawn("--lang", "en", "--format", "json", "--as-of", "2026-11-28", "--save-answers", str(saved))
    for reply in ("y", "n", "n", "1,2", "", "", "", ""):  # a clothes shop, mini-program (WeChat) and own domain
        child.expect(PROMPT)
        child.sendline(reply)
    child.expect("Your answers")
    child.expect(PROMPT)
    assert "→ Its own mini-program or App" in child.before  # answers in words, not ids
    child.sendline("4")                           # change the channels ...
    child.expect(r"\[your answer now: Its own mini-program or App")
    child.expect(PROMPT)
    child.sendline("2")                           # ... to the own domain only
    child.expect("Your answers")
    child.expect(PROMPT)
    assert "→ A website or H5 pages on a domain you own" in child.before
    child.sendline("")
    child.expect("already hold")
    child.expect(PROMPT)
    listed = child.before
    assert "ICP filing" in listed and "Mini-program" not in listed  # only what is needed
    number = next(line.split(")")[0].strip() for line in listed.splitlines() if "ICP filing" in line)
    child.sendline(number)
    child.expect(r"granted on \(YYYY-MM-DD; Enter to skip\)")  # comes-due: the grant date
    child.expect(PROMPT)
    child.sendline("2024-13-01")                  # no such date: asked again
    child.expect("type a date such as")
    child.expect(PROMPT)
    child.sendline("2024-03-01")
    child.expect(pexpect.EOF)
    child.close()
    out = child.before
    report = json.JSONDecoder().raw_decode(out[out.index("{"):])[0]  # then the gate's line on stderr
    answers = {a["id"]: a for a in report["answers"]}
    assert answers["channels"] == {"id": "channels", "value": ["own_domain"], "source": "prompt"}
    assert {f["id"]: f["held"] for f in report["filings"]}["icp_filing"] is True
    data = yaml.safe_load(saved.read_text("utf-8"))
    assert data["held"] == {"icp_filing": {"granted": "2024-03-01"}}
    assert any(o["key"].startswith("icp_filing/change_update") for o in report["obligations"])
    assert data["answers"]["channels"] == {"value": ["own_domain"], "source": "prompt"}
    # Saying what you hold in the interview turns no gate on (issue 29): a person is not a CI job.
    assert child.exitstatus == 0 and report["gate"]["fail_on"] is None and "gate" not in out[out.rindex("}"):]
    replay = run_cli(["--answers", str(saved), "--format", "json", "--as-of", "2026-11-28", "--fail-on", "none"])
    assert replay.exit_code == 0
    again = json.loads(replay.stdout)
    assert again["answers"] == report["answers"] and again["filings"] == report["filings"]


def test_ctrl_c_with_save_answers_keeps_them_and_answers_resumes(tmp_path: Path) -> None:
    saved = tmp_path / "answers.yaml"
    child = spawn("--lang", "en", "--save-answers", str(saved))
    for reply in ("y", "n"):
        child.expect(PROMPT)
        child.sendline(reply)
    child.expect("Do you charge users for information")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert interrupted(child)
    assert f"saved the answers so far to {saved}" in child.before
    assert yaml.safe_load(saved.read_text("utf-8"))["answers"] == {
        "sells_own_goods": {"value": True, "source": "prompt"},
        "third_party_sellers": {"value": False, "source": "prompt"}}
    resumed = spawn("--lang", "en", "--format", "json", "--answers", str(saved), "--save-answers", str(saved))
    resumed.expect(PROMPT)
    assert "Do you charge users for information" in resumed.before  # where it stopped
    assert "Do you sell goods" not in resumed.before
    for reply in ("n", "", "", "", ""):         # paid_content, channels, goods, activities, operator
        resumed.sendline(reply)
        resumed.expect(PROMPT)
    resumed.sendline("")                          # the review
    resumed.expect("already hold")
    resumed.expect(PROMPT)
    resumed.sendline("")
    resumed.expect(pexpect.EOF)
    resumed.close()
    assert resumed.exitstatus == 0
    out = resumed.before
    report = json.loads(out[out.index("{"):])
    assert {a["id"] for a in report["answers"]} >= {"sells_own_goods", "third_party_sellers", "paid_content"}
    assert set(yaml.safe_load(saved.read_text("utf-8"))["answers"]) == {a["id"] for a in report["answers"]}


# --- what the interview shows is what it takes (issue 29 item 4; issue 30 items 7 and 13) --------------

def reply(child: pexpect.spawn, text: str) -> str:
    """Wait for the prompt, type `text`; what was shown before the prompt."""
    child.expect(PROMPT)
    shown: str = child.before
    child.sendline(text)
    return shown


def test_labels_are_answers_and_the_review_goes_back_and_aligns_in_chinese() -> None:
    child = spawn("--lang", "zh", "--format", "json")
    for typed in ("否", "是", "是", "否",
                  "自己的小程序或App（即使由有赞、微盟等SaaS搭建），2",  # a label holding 、 itself
                  "微信", "以下都没有", "", "有，合计超过50%", "上海", "否", "跨省或全国", "个体工商户", ""):
        reply(child, typed)
    child.expect("按回车查看报告")
    shown = child.before
    reply(child, "①")                              # an input method's circled one: no crash
    # 14 answers: the numbers right-aligned, each answer under its question's text
    assert re.search(r"^  10\) 经营主体注册在哪个省", shown, re.M), shown
    assert re.search(r"^  11\) 公司是否注册在", shown, re.M)
    arrows = {line.index("→") for line in shown.splitlines() if "→" in line}
    assert arrows == {6}, arrows
    assert "→ 上海" in shown and "→ 个体工商户" in shown and "→ 有，合计超过50%" in shown
    assert "→ 微信" in shown
    child.expect("请输入 1 到 14 之间的编号")
    reply(child, "²")
    child.expect("请输入 1 到 14 之间的编号")
    reply(child, "<")                              # back from the review: the last question again
    child.expect(r"入驻商家在你的平台上销售的商品中")
    child.expect(r"\[上次的回答：以下都没有：只有普通商品\]")
    reply(child, "2")                              # food, this time
    child.expect("按回车查看报告")
    assert "→ 食品" in child.before
    reply(child, "")
    child.expect("以下哪些你已经取得")
    reply(child, "①")                              # the held list takes no circled number either
    child.expect("请输入 1 到")
    reply(child, "")
    child.expect(pexpect.EOF)
    child.close()
    assert "Traceback" not in child.before
    out = child.before
    report = json.JSONDecoder().raw_decode(out[out.index("{"):])[0]
    answers = {a["id"]: a["value"] for a in report["answers"]}
    assert answers["channels"] == ["mini_program", "own_domain"] and answers["platforms"] == ["wechat"]
    assert answers["foreign_equity"] == "majority" and answers["province"] == "shanghai"
    assert answers["users_where"] == "several_provinces" and answers["operator"] == "sole_trader"
    assert answers["merchant_goods"] == ["food"]


def test_labels_are_answers_in_english_and_an_exclusive_choice_says_why() -> None:
    child = spawn("--lang", "en", "--format", "json")
    for typed in ("n", "y", "y", "n", "its own mini-program or app", "WeChat"):
        reply(child, typed)
    reply(child, "None of these, 2")              # activities: "none" with another
    child.expect("“None of these” cannot be combined with other choices: to choose it, answer 1 by itself")
    assert "type only" not in child.before
    for typed in ("none of these", "", "None, wholly domestic", "Several provinces or nationwide", "", ""):
        reply(child, typed)
    child.expect("Enter to see the report")
    reply(child, "")
    child.expect("already hold")
    reply(child, "")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    out = child.before
    answers = {a["id"]: a["value"] for a in json.loads(out[out.index("{"):])["answers"]}
    assert answers["channels"] == ["mini_program"] and answers["activities"] == ["none"]
    assert answers["platforms"] == ["wechat"]
    assert answers["foreign_equity"] == "none" and answers["users_where"] == "several_provinces"


@pytest.mark.parametrize("lang, columns", [("en", 1), ("zh", 2), ("zh", 1)])
def test_a_terminal_one_or_two_columns_wide_is_no_crash(lang: str, columns: int) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    child = pexpect.spawn(sys.executable, ["-m", "icpcheck", "--lang", lang, "--model", "self-operated"],
                          env={**env, "NO_COLOR": "1", "TERM": "dumb"}, encoding="utf-8", timeout=20,
                          dimensions=(24, columns))
    for _ in range(5):                             # channels, goods, activities, operator, the review
        reply(child, "")
    reply(child, "")                               # none held
    child.expect(pexpect.EOF)
    child.close()
    assert "Traceback" not in child.before and "IndexError" not in child.before
    assert child.exitstatus in (0, 1), child.before[-2000:]


@pytest.mark.parametrize("hangup", ["delivered", "ignored"])
def test_closing_the_terminal_keeps_the_answers_and_exits_129(tmp_path: Path, hangup: str) -> None:
    """The window closes mid-interview: SIGHUP comes (or is ignored, as under nohup, and the next
    read fails with EIO); either way the answers so far are saved, as with Ctrl-C or Ctrl-D."""
    saved = tmp_path / "answers.yaml"
    args = ["-m", "icpcheck", "--lang", "en", "--save-answers", str(saved)]
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    if hangup == "ignored":
        child = pexpect.spawn("/bin/sh", ["-c", 'trap "" HUP; exec "$0" "$@"', sys.executable, *args],
                              env=env, encoding="utf-8", timeout=20, dimensions=(50, 200))
    else:
        child = pexpect.spawn(sys.executable, args, env=env, encoding="utf-8", timeout=20,
                              dimensions=(50, 200))
    reply(child, "y")
    reply(child, "n")
    child.expect("Do you charge users for information")
    child.expect(PROMPT)
    os.close(child.child_fd)                       # the terminal window closes
    child.child_fd = child.ptyproc.fd = -1
    child.closed = child.ptyproc.closed = True
    _, status = os.waitpid(child.pid, 0)
    child.ptyproc.terminated = True
    assert os.waitstatus_to_exitcode(status) == 129
    assert yaml.safe_load(saved.read_text("utf-8"))["answers"] == {
        "sells_own_goods": {"value": True, "source": "prompt"},
        "third_party_sellers": {"value": False, "source": "prompt"}}


def test_ctrl_d_keeps_the_answers_as_ctrl_c_does(tmp_path: Path) -> None:
    saved = tmp_path / "answers.yaml"
    child = spawn("--lang", "zh", "--save-answers", str(saved))
    reply(child, "是")
    reply(child, "否")
    child.expect(PROMPT)
    child.sendeof()                                # Ctrl-D at the third question
    child.expect(pexpect.EOF)
    child.close()
    assert interrupted(child) and "Traceback" not in child.before
    assert set(yaml.safe_load(saved.read_text("utf-8"))["answers"]) == {"sells_own_goods", "third_party_sellers"}


def test_enter_skips_the_grant_date(tmp_path: Path) -> None:
    saved = tmp_path / "answers.yaml"
    child = spawn("--lang", "en", "--format", "json", "--as-of", "2026-11-28", "--save-answers", str(saved))
    for reply in ("y", "n", "n", "1,2", "", "", "", ""):  # as above
        child.expect(PROMPT)
        child.sendline(reply)
    child.expect("Your answers")
    child.expect(PROMPT)
    child.sendline("")
    child.expect("already hold")
    child.expect(PROMPT)
    number = next(line.split(")")[0].strip() for line in child.before.splitlines() if "ICP filing" in line)
    child.sendline(number)
    child.expect("granted on")
    child.expect(PROMPT)
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert yaml.safe_load(saved.read_text("utf-8"))["held"] == ["icp_filing"]


def test_no_color_takes_the_interviews_styles_off() -> None:
    """NO_COLOR (spawn sets it) leaves no escape sequence in the interview, as in the report."""
    child = spawn("--lang", "en")
    child.expect(PROMPT)
    assert "\x1b[" not in child.before, child.before
    child.sendintr()
    child.expect(pexpect.EOF)
