"""What if: every lever checked against `icpcheck check` run on the changed answer set (an oracle
through the command line, not through icpcheck.whatif), and the goal search."""

from __future__ import annotations

import json
from typing import Any

import pytest

from icpcheck.rulebook.model import Invalid, Question, Rulebook
from icpcheck.whatif import alternatives
from tests.conftest import run_cli, validate
from tests.report_cases import CASES, MARKETPLACE

BAKERY = "bakery with its own mini-program and stored-value cards"
DATE = "2026-12-01"


def whatif(case: str, *extra: str) -> dict[str, Any]:
    flags = [arg for pair in CASES[case] for arg in ("-a", pair)]
    result = run_cli(["whatif", *flags, "--no-input", "--format", "json", "--as-of", DATE, "--lang", "en", *extra])
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    validate("whatif", data)
    return data


def as_flag(qid: str, value: Any) -> list[str]:
    shown = ("yes" if value else "no") if isinstance(value, bool) else ",".join(value) if isinstance(value, list) \
        else value
    return ["-a", f"{qid}={shown}"]


def check(answers: dict[str, Any]) -> tuple[int, dict[str, str], str]:
    """`icpcheck check` with every answer as a flag: exit code, statuses, stderr."""
    flags = [arg for qid, value in answers.items() for arg in as_flag(qid, value)]
    result = run_cli(["check", *flags, "--no-input", "--format", "json", "--as-of", DATE, "--lang", "en"])
    if result.exit_code != 0:
        return result.exit_code, {}, result.stderr
    return 0, {f["id"]: f["status"] for f in json.loads(result.stdout)["filings"]}, result.stderr


def my_alternatives(q: Question, value: Any) -> list[Any]:
    """Every other answer, written here again from the brief (not icpcheck.whatif's)."""
    if q.type == "yes_no":
        return [not value]
    if q.type == "one_of":
        return [c.value for c in q.choices if c.value != value]
    out = []
    lone = {c.value for c in q.choices if c.exclusive}
    for c in q.choices:
        if c.value in value:
            rest = [v for v in value if v != c.value]
            if rest:
                out.append(rest)
        elif c.exclusive or lone & set(value):
            out.append([c.value])
        else:
            out.append([x.value for x in q.choices if x.value in value or x.value == c.value])
    return out


@pytest.mark.slow  # check runs once for each other answer (~25 each)
@pytest.mark.parametrize("case", [MARKETPLACE, BAKERY])
def test_every_lever_is_what_check_says_and_every_other_answer_changes_nothing(
        case: str, rulebook: Rulebook) -> None:
    data = whatif(case)
    base = data["answers"]
    code, before, _ = check(base)
    assert code == 0 and before == data["statuses"]
    levers = {(lv["steps"][0]["question"], json.dumps(lv["steps"][0]["after"])): lv for lv in data["levers"]}
    tried = 0
    for q in rulebook.questions:
        if q.id not in base:
            continue
        for other in my_alternatives(q, base[q.id]):
            tried += 1
            code, after, stderr = check({**base, q.id: other})
            lever = levers.pop((q.id, json.dumps(other)), None)
            if code == 3:  # the change opens a question without a default: check asks for it
                assert lever is not None and lever["opens"], (q.id, other)
                assert all(qid in stderr for qid in lever["opens"])
                settled = {c["filing"]: c["to"] for c in lever["changes"] if c["to"] is not None}
                assert all(before[f] != s for f, s in settled.items())
                continue
            assert code == 0, stderr
            changed = {f: (before[f], s) for f, s in after.items() if s != before[f]}
            got = {} if lever is None else {c["filing"]: (c["from"], c["to"]) for c in lever["changes"]}
            assert got == changed, (q.id, other)
    assert not levers, "levers check does not confirm"
    assert tried == data["tried"]


def test_the_marketplace_levers_are_charging_and_third_party_sellers(rulebook: Rulebook) -> None:
    data = whatif(MARKETPLACE)
    by_question = {lv["steps"][0]["question"]: {c["filing"]: (c["from"], c["to"]) for c in lv["changes"]}
                   for lv in data["levers"] if lv["steps"][0]["question"] in ("charges_sellers", "third_party_sellers")}
    assert by_question["charges_sellers"] == {"edi_license": ("required", "review"),
                                              "icp_license": ("required", "not_required")}
    assert by_question["third_party_sellers"] == {"edi_license": ("required", "not_required"),
                                                  "icp_license": ("required", "not_required")}
    # Levers that remove a licence come first; one that only adds work comes after every one that removes.
    first = [lv["steps"][0]["question"] for lv in data["levers"][:3]]
    assert "third_party_sellers" in first and "charges_sellers" in first
    removes = [any(c["to"] == "not_required" for c in lv["changes"]) for lv in data["levers"]]
    assert removes == sorted(removes, reverse=True)


def test_the_bakery_levers_are_about_food() -> None:
    data = whatif(BAKERY)
    food = {"food_license", "online_food_seller_filing", "food_filing"}
    levers = {(lv["steps"][0]["question"], lv["steps"][0]["choice"]): {c["filing"] for c in lv["changes"]}
              for lv in data["levers"]}
    assert levers[("goods", "general_goods")] & food  # ordinary goods instead of food: no food licence
    assert levers[("food_producer", None)] == {"food_license"}
    assert levers[("sells_own_goods", None)] >= {"food_license", "online_food_seller_filing"}
    assert levers[("activities", "none")] == {"prepaid_card_filing"}


def test_goal_not_edi_licence_finds_the_one_answer_change() -> None:
    goal = whatif(MARKETPLACE, "--goal", "not:edi_license")["goal"]
    assert goal["size"] == 1 and goal["want"] == "not_required"
    assert [[(s["question"], s["after"]) for s in lv["steps"]] for lv in goal["found"]] == [
        [("third_party_sellers", False)]]
    assert {"third_party_sellers", "charges_sellers"} <= set(goal["questions"])
    assert goal["tried"] > 1


def test_goal_of_two_changes_is_confirmed_by_check() -> None:
    data = whatif(BAKERY, "--goal", "required:edi_license")
    goal = data["goal"]
    assert goal["size"] == 2
    for lever in goal["found"]:
        answers = dict(data["answers"])
        for step in lever["steps"]:
            answers[step["question"]] = step["after"]
        code, after, _ = check(answers)
        assert code == 0 and after["edi_license"] == "required"
    # And no single change does it: each one tried by check.
    code, after, _ = check({**data["answers"], "third_party_sellers": True, "charges_sellers": False})
    assert after["edi_license"] != "required"


def test_goal_already_met_and_unreachable() -> None:
    assert whatif(BAKERY, "--goal", "not:edi_license")["goal"]["already"] is True
    goal = whatif(BAKERY, "--goal", "required:prior_approval")["goal"]
    assert goal["found"] == [] and goal["size"] is None and goal["tried"] > 0


def test_every_alternative_is_an_answer_the_one_parser_takes_as_it_is(rulebook: Rulebook) -> None:
    for q in rulebook.questions:
        for current in [None, *([c.value] for c in q.choices), *([a.value, b.value] for a in q.choices
                                                                  for b in q.choices if a != b)]:
            now = q.parse(current) if current is not None else None
            if isinstance(now, Invalid) or q.type == "yes_no" and current is not None:
                continue
            for step in alternatives(q, now):
                again = q.parse(list(step.after) if isinstance(step.after, tuple) else step.after)
                assert again == step.after, (q.id, now, step)


def test_alternatives_of_a_many_of_keep_exclusive_choices_alone(rulebook: Rulebook) -> None:
    q = rulebook.question("activities")
    assert q is not None
    steps = alternatives(q, ("none",))
    assert all(s.added for s in steps)  # 'none' alone cannot be removed: the set would be empty
    assert {s.after for s in steps} == {(c.value,) for c in q.choices if c.value != "none"}
    steps = alternatives(q, ("prepaid_cards",))
    assert ("none",) in {s.after for s in steps}
