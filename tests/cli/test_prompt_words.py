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
    value, _, said = run(activities, ["1,2", "2"], lang="en")
    assert value == (activities.choices[1].value,)
    assert (f"“{none.label.en}” cannot be combined with other choices: to choose it, answer 1 by itself"
            in said[-1])
    assert "activities" not in said[-1] and "prepaid_cards" not in said[-1]
    _, _, said = run(activities, ["以下都没有、2", "1"])  # by its label, in Chinese
    assert f"“{none.label.zh}”" in said[-1] and "activities" not in said[-1]


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


@pytest.mark.parametrize("qid, typed, meant", [
    ("province", "广东", "guangdong"), ("province", "上海", "shanghai"), ("province", "广东省", "guangdong"),
    ("province", "Shanghai", "shanghai"), ("province", " shanghai ", "shanghai"),
    ("province", "ＳＨＡＮＧＨＡＩ", "shanghai"), ("operator", "个体工商户", "sole_trader"),
    ("operator", "a registered sole trader", "sole_trader"),
    ("users_where", "跨省或全国", "several_provinces"),
])
def test_a_label_is_an_answer(qid: str, typed: str, meant: str) -> None:
    """What the interview shows is what it takes: a choice's label in either language, or the
    label's words before its parenthesis."""
    value, _, said = run(question(qid), [typed])
    assert value == meant, said


def test_labels_with_commas_inside_are_one_answer() -> None:
    channels = question("channels")
    mini = channels.choice("mini_program")
    assert mini is not None and "、" in mini.label.zh  # 有赞、微盟: a label with a comma of its own
    value, _, _ = run(channels, [f"{mini.label.zh}，2"])
    assert value == ("mini_program", "own_domain")
    goods = question("goods")
    value, _, _ = run(goods, ["预包装食品, Food other than pre-packaged (cakes you make, loose or freshly made food)"])
    assert value == ("prepackaged_food", "other_food")


def test_two_choices_for_a_one_choice_question_are_told_as_numbers() -> None:
    province = question("province")
    value, _, said = run(province, ["北京，上海", "上海"], lang="en")
    assert value == "shanghai"
    assert f"is not a choice number: type a number from 1 to {len(province.choices)}" in said[-1]
    assert "'shanghai'" not in said[-1] and "province" not in said[-1]  # no ids


def test_a_word_that_is_no_label_is_still_refused() -> None:
    province = question("province")
    value, _, said = run(province, ["火星", "广", "1"])
    assert value == province.choices[0].value
    assert sum("不是选项编号" in line for line in said) == 2


def test_the_held_list_and_the_review_take_plain_numbers_only() -> None:
    from icpcheck.cli.prompt import ask_held, review
    from icpcheck.engine import Answer

    filings = RULEBOOK.filings[:3]
    said: list[str] = []
    replies = ["①", "²", "99999", "0", "２, 1"]
    held = ask_held(filings, "en", lambda _: replies.pop(0), said.append)
    assert held == {filings[0].id, filings[1].id}
    assert sum("type numbers from 1 to 3" in line for line in said) == 4
    answers = {"paid_content": Answer("paid_content", False, "file:a.yaml")}
    replies = ["<", "①", "1"]  # nothing asked in this session: `<` has nowhere to go
    said.clear()
    assert review(RULEBOOK, answers, "en", lambda _: replies.pop(0), said.append) == question("paid_content")
    assert sum("type a number from 1 to 1" in line for line in said) == 2
    replies = ["<"]
    assert review(RULEBOOK, answers, "en", lambda _: replies.pop(0), said.append, can_go_back=True) == "back"
