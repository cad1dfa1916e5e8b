"""The rulebook beyond the article: its YAML cases, full coverage, and exhaustive completeness.

The cases live in rules/tests/wechat-mall-beyond.cases.yaml (the format `icpcheck rules test`
reads); this module runs them straight through the engine, so they hold before that command
exists.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from icpcheck import engine
from icpcheck.answers import parse_value
from icpcheck.engine import Answer, evaluate, open_questions
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Question, Rulebook, Value

ROOT = Path(__file__).resolve().parent.parent
CASES_FILE = ROOT / "rules" / "tests" / "wechat-mall-beyond.cases.yaml"
# Later rounds' cases (round three: wechat-mall-round3.cases.yaml) count towards the same coverage.
CASE_FILES = [CASES_FILE, *sorted(p for p in CASES_FILE.parent.glob("wechat-mall-*.cases.yaml")
                                  if p != CASES_FILE)]
TODAY = dt.date(2026, 11, 28)


def load_cases(path: Path = CASES_FILE) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


CASES = [case for path in CASE_FILES for case in load_cases(path)["cases"]]

def case_answers(rulebook: Rulebook, case: dict[str, Any]) -> dict[str, Answer]:
    out = {}
    for qid, raw in case["answers"].items():
        q = rulebook.question(qid)
        assert q is not None, f"{case['name']}: unknown question {qid}"
        out[qid] = Answer(qid, parse_value(q, raw, where=case["name"]), "file:cases")
    return out


def run_case(rulebook: Rulebook, case: dict[str, Any]) -> engine.Report:
    as_of = case.get("as_of", TODAY)
    as_of = dt.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of
    return evaluate(rulebook, case_answers(rulebook, case), as_of)


def test_the_cases_file_names_the_rulebook(rulebook: Rulebook) -> None:
    assert len(CASE_FILES) > 1
    for path in CASE_FILES:
        assert load_cases(path)["rulebook"] == rulebook.id, path


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(rulebook: Rulebook, case: dict[str, Any]) -> None:
    report = run_case(rulebook, case)
    by_id = {f.filing.id: f for f in report.filings}
    for fid, status in case["expect"].items():
        assert by_id[fid].status == status, (fid, [r.rule.id for r in by_id[fid].reasons])
    for fid, rules in case.get("expect_reasons", {}).items():
        assert rules == sorted(rules), f"{fid}: list rule ids sorted, as the JSON report does"
        assert sorted(r.rule.id for r in by_id[fid].reasons) == rules, fid
    # Stricter than `rules test`: a case that names no layers or blockers must show none.
    for fid, result in by_id.items():
        got = {lr.layer.id: lr.status for lr in result.layers}
        assert got == case.get("expect_layers", {}).get(fid, {}), fid
    assert sorted({f.filing.id for f, _ in report.blockers}) == sorted(case.get("expect_blockers", []))


def test_cases_cover_every_rule_and_every_choice(rulebook: Rulebook) -> None:
    fired: set[str] = set()
    chosen: set[tuple[str, object]] = set()
    for case in CASES:
        report = run_case(rulebook, case)
        for f in report.filings:
            fired |= {r.rule.id for r in f.reasons}
            fired |= {r.rule.id for lr in f.layers for r in lr.reasons}
        for a in report.answers:
            values = a.value if isinstance(a.value, tuple) else (a.value,)
            chosen |= {(a.id, v) for v in values}
    assert sorted(r.id for r in rulebook.rules if r.id not in fired) == []
    every = {(q.id, c.value) for q in rulebook.questions for c in q.choices}
    every |= {(q.id, v) for q in rulebook.questions if q.type == "yes_no" for v in (True, False)}
    assert sorted(every - chosen, key=str) == []


def test_the_cases_show_layers_and_blockers() -> None:
    assert sum("expect_layers" in c for c in CASES) >= 3
    assert sum("expect_blockers" in c for c in CASES) >= 4
    assert len({c["name"] for c in CASES}) == len(CASES)


# --- a plain self-operated mall selling clothes asks only a handful of questions --------------

CLOTHES = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": False,
           "channels": ("own_domain",), "goods": ("general_goods",), "activities": ("none",),
           "operator": "company"}


def test_a_plain_clothes_mall_answers_only_a_handful_of_questions(rulebook: Rulebook) -> None:
    values: dict[str, Value] = {}
    asked = []
    while pending := open_questions(rulebook, values, TODAY):
        q = pending[0]
        asked.append(q.id)
        values[q.id] = CLOTHES[q.id]  # KeyError here would mean an unexpected question
    # Its own domain makes `operator` matter: an overseas entity cannot file the domain.
    assert asked == ["sells_own_goods", "third_party_sellers", "paid_content", "channels", "goods",
                     "activities", "operator"]
    statuses = {f.filing.id: f.status for f in evaluate(
        rulebook, {k: Answer(k, v, "prompt") for k, v in values.items()}, TODAY).filings}
    # The graded-protection filing (round three) is under review for anyone running a site of their own.
    assert [f for f, s in statuses.items() if s != "not_required"] == ["icp_filing", "psb_filing", "mlps_filing"]


def test_a_foreign_marketplace_is_asked_its_shareholders_and_region(rulebook: Rulebook) -> None:
    values: dict[str, Value] = {"sells_own_goods": False, "third_party_sellers": True,
                                "charges_sellers": True, "paid_content": False,
                                "channels": ("own_domain",), "activities": ("none",),
                                "wechat_only": False, "foreign_equity": "majority"}
    assert [q.id for q in open_questions(rulebook, values, TODAY)] == [
        "province", "registered_in_pilot", "users_where", "operator", "merchant_goods"]
    # Only the provinces with pilot areas are asked about the area.
    assert [q.id for q in open_questions(rulebook, {**values, "province": "other"}, TODAY)] == [
        "users_where", "operator", "merchant_goods"]
    # Before the 2024 pilot the area changes no status.
    before_pilot = dt.date(2024, 10, 22)
    statuses = [
        {f.filing.id: f.status for f in evaluate(rulebook, {
            k: Answer(k, v, "flag") for k, v in {**values, "province": "shanghai", "users_where": "one_province",
                                                  "registered_in_pilot": pilot, "operator": "company",
                                                  "merchant_goods": ("general_goods",)}.items()},
            before_pilot).filings}
        for pilot in (True, False)]
    assert statuses[0] == statuses[1]


# --- exhaustive completeness: every complete answer set, at every date boundary ----------------

def _values(q: Question, compared: set[str] | None = None) -> list[Value]:
    """Every value of q, up to what the conditions can tell apart: with `compared` (the choices
    some condition names), choices no condition names are one representative, since a comparison
    only asks whether a named choice is (among) the answer. None: every value."""
    if q.type == "yes_no":
        return [True, False]
    choices = [c.value for c in q.choices]
    if compared is not None:
        rest = [c for c in choices if c not in compared]
        choices = [c for c in choices if c in compared] + rest[:1]
    if q.type == "one_of":
        return choices
    return [tuple(sorted(sub)) for n in range(1, len(choices) + 1)
            for sub in itertools.combinations(choices, n)]


def _compared(rulebook: Rulebook, fid: str, questions: list[Question]) -> dict[str, set[str]]:
    """Per question, the choices the filing's rules and the questions' `when`s compare."""
    conds = [r.when for r in rulebook.rules if any(e.filing == fid for e in r.effects)]
    conds += [q.when for q in questions if q.when is not None]
    out: dict[str, set[str]] = {q.id: set() for q in questions}
    for c in (c for w in conds for c in cond.comparisons(w)):
        if c.q in out and c.op != "is":
            out[c.q] |= set(c.value) if isinstance(c.value, tuple | list | frozenset) else {c.value}
    return out


def _read_closure(rulebook: Rulebook, fid: str) -> list[Question]:
    """The questions a filing's status can depend on: read by its rules, or gating those."""
    reads: set[str] = set()
    for rule in rulebook.rules:
        if any(e.filing == fid for e in rule.effects):
            reads |= cond.questions_read(rule.when)
    for q in reversed(rulebook.questions):
        if q.id in reads:
            reads |= cond.questions_read(q.when)
    return [q for q in rulebook.questions if q.id in reads]


def _complete_states(rulebook: Rulebook, questions: list[Question],
                     compared: dict[str, set[str]] | None = None) -> Iterator[dict[str, object]]:
    """Every complete answer set over these questions that relevance allows (with `compared`, one
    per class the conditions cannot tell apart; see _values)."""
    def walk(i: int, states: dict[str, object]) -> Iterator[dict[str, object]]:
        if i == len(questions):
            yield dict(states)
            return
        q = questions[i]
        relevant = True if q.when is None else cond.evaluate(q.when, states.__getitem__)
        assert relevant is not None, q.id
        for v in (_values(q, None if compared is None else compared[q.id]) if relevant
                  else [cond.ABSENT]):
            states[q.id] = v
            yield from walk(i + 1, states)
        del states[q.id]
    yield from walk(0, {})


def _boundaries(rulebook: Rulebook, fid: str) -> list[dt.date]:
    days = {dt.date(2000, 1, 1), dt.date(2100, 1, 1)}
    for rule in rulebook.rules:
        if any(e.filing == fid for e in rule.effects):
            if rule.valid_from is not None:
                days |= {rule.valid_from - dt.timedelta(days=1), rule.valid_from}
            if rule.valid_to is not None:
                days |= {rule.valid_to, rule.valid_to + dt.timedelta(days=1)}
    return sorted(days)


@pytest.mark.slow  # ~1M answer sets for the ICP licence since round three's operator blockers
def test_every_filing_has_one_status_for_every_complete_answer_set(rulebook: Rulebook) -> None:
    layers = [None] + [x.id for x in rulebook.layers]
    problems = []
    for filing in rulebook.filings:
        questions = _read_closure(rulebook, filing.id)
        # Only this filing's rules matter to it; dropping the rest keeps the walk fast.
        rules = tuple(r for r in rulebook.rules if any(e.filing == filing.id for e in r.effects))
        touched = {e.filing for r in rules for e in r.effects}
        own = dataclasses.replace(rulebook, rules=rules,
                                  filings=tuple(f for f in rulebook.filings if f.id in touched))
        days = _boundaries(rulebook, filing.id)
        own_layers = [x for x in layers
                      if x is None or any(e.layer == x for r in own.rules for e in r.effects)]
        others = {q.id: cond.UNKNOWN for q in rulebook.questions}
        for states in _complete_states(rulebook, questions, _compared(rulebook, filing.id, questions)):
            full = {**others, **states}
            for day in days:
                for layer in own_layers:
                    outcome = engine._outcomes(own, full, day, layer)[filing.id]
                    kept = {e.status for _, e in outcome.effects}
                    gap = layer is None and outcome.status is None
                    if gap or len(kept) > 1:
                        problems.append((filing.id, layer, day.isoformat(), states,
                                         sorted(r.id for r, _ in outcome.effects)))
                        break
            if len(problems) > 20:
                break
    assert problems == []
