"""The interview's words: problems told in numbers and labels, Chinese yes/no and back keys, and
which answer Enter keeps. (The flow itself, in a real terminal: test_prompt_pty.py.)"""

from __future__ import annotations

import pytest

from icpcheck.cli.prompt import ask_one
from icpcheck.rulebook.build import load_rulebook
from icpcheck.rulebook.model import Question, Value

RULEBOOK = load_rulebook()


def question(qid: str) -> Question:
    q = RULEBOOK.question(qid)
    assert q is not None
    return q


def run(q: Question, replies: list[str], lang: str = "zh", default: Value | None = None,
        shown_as: str = "prompt.default") -> tuple[Value | None, list[str], list[str]]:
    """ask_one with typed replies: (the answer, the prompts shown, everything said)."""
    prompts: list[str] = []
    said: list[str] = []

    def ask(text: str) -> str:
        prompts.append(text)
        return replies.pop(0)

    return ask_one(q, default, lang, ask, said.append, shown_as), prompts, said


def test_a_number_out_of_range_is_told_as_numbers() -> None:
    channels = question("channels")
    n = len(channels.choices)
    value, _, said = run(channels, [f"1，{n + 1}", "1，2"])
    assert value == ("mini_program", "own_domain")
    assert f"没有第 {n + 1} 项：请输入 1 到 {n} 之间的编号" in said[-1]
    assert "channels" not in said[-1]  # no ids in the interview
    _, _, said = run(channels, ["9", "1"], lang="en")
    assert f"there is no choice 9: type a number from 1 to {len(channels.choices)}" in said[-1]


def test_an_exclusive_choice_with_others_is_told_by_its_label() -> None:
    activities = question("activities")
    none = next(c for c in activities.choices if c.exclusive)
    value, _, said = run(activities, ["1,2", "2"])
    assert value == (activities.choices[1].value,)
    assert f"“{none.label.zh}”只能单独选择：请只输入 1" in said[-1]
    assert "activities" not in said[-1] and "prepaid_cards" not in said[-1]


@pytest.mark.parametrize("typed, meant", [("是的", True), ("对", True), ("有", True), ("是", True),
                                          ("不", False), ("没有", False), ("不是", False), ("否", False)])
def test_chinese_yes_and_no(typed: str, meant: bool) -> None:
    assert run(question("paid_content"), [typed])[0] is meant


def test_a_chinese_back_key_goes_back() -> None:
    assert run(question("paid_content"), ["《"])[0] is None


def test_enter_keeps_the_answer_named_as_what_it_is() -> None:
    q = question("paid_content")
    value, prompts, _ = run(q, [""], default=True, shown_as="prompt.before")
    assert value is True and "[上次的回答：是]" in prompts[0]
    _, prompts, _ = run(q, [""], default=False, shown_as="prompt.now", lang="en")
    assert "[your answer now: no]" in prompts[0]
    _, prompts, _ = run(q, [""], default=False)
    assert "[默认：否]" in prompts[0]


def test_digits_that_are_not_plain_numbers_are_no_crash() -> None:
    channels = question("channels")
    value, _, said = run(channels, ["²", "9" * 5000, "１"])  # superscript two, a huge number, full-width one
    assert value == (channels.choices[0].value,)
    problems = [line for line in said if "channels" in line or "不是" in line]
    assert len(problems) == 2  # two problems told, no exception


def test_the_default_in_the_hint_is_escaped_for_the_terminal() -> None:
    """A rulebook's label is data: an escape sequence in it is shown, never sent to the terminal."""
    from icpcheck.rulebook.model import Choice, Text

    channels = question("channels")
    bad = Choice("x", Text("红\x1b[31m色", "red\x1b[31m"))
    q = type(channels)(channels.id, channels.type, channels.text, None, (bad,), None, ("x",))
    _, prompts, _ = run(q, [""], default=("x",))
    assert "\x1b" not in prompts[0] and "\\x1b" in prompts[0]


def test_a_word_that_is_no_choice_is_told_as_numbers() -> None:
    operator = question("operator")
    value, _, said = run(operator, ["x", "1"])
    assert value == operator.choices[0].value
    assert f"'x' 不是选项编号：请输入 1 到 {len(operator.choices)} 之间的编号" in said[-1]
    assert "operator" not in said[-1]
    assert run(operator, [operator.choices[1].value])[0] == operator.choices[1].value  # ids still work
