"""The compiled engine against the plain one it replaced (the test oracle).

The engine compiles the rulebook's conditions to closures and works each answer set out once
(icpcheck/engine.py); the oracle below is the engine as it was before: every condition walked with
`conditions.evaluate`, outcomes recomputed on every call, defaults filled round by round. The two
must agree on the open questions, the defaults filled, and every filing's status, reasons, other
layers and advice — on every case file and on random answer sets — so speed changes nothing a
user sees. Also: filling defaults along a long chain of questions is linear (work counted).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import icpcheck.answers as ans
import icpcheck.engine as engine
from icpcheck.authoring.casetest import load_cases
from icpcheck.checking import builtin_rulebook
from icpcheck.engine import Answer, decide
from icpcheck.errors import IcpcheckError
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.build import load_rulebook
from icpcheck.rulebook.model import Effect, Question, Rule, Rulebook, Value
from tests.conftest import examples
from tests.rules_helpers import ARTICLE

ROOT = Path(__file__).resolve().parent.parent
CASE_FILES = sorted((ROOT / "rules" / "tests").glob("*.cases.yaml"))
TODAY = dt.date(2026, 12, 6)

# --- The oracle: the engine before compilation, verbatim in what it computes ---------------------


def o_states(rb: Rulebook, values: Mapping[str, Value]) -> dict[str, object]:
    states: dict[str, object] = {}
    for q in rb.questions:
        relevant = True if q.when is None else cond.evaluate(q.when, states.__getitem__)
        if relevant is False:
            states[q.id] = cond.ABSENT
        elif relevant is None:
            states[q.id] = cond.UNKNOWN
        else:
            states[q.id] = values.get(q.id, cond.UNKNOWN)
    return states


def o_outcomes(rb: Rulebook, states: Mapping[str, object], as_of: dt.date,
               layer: str | None = None) -> dict[str, engine.Outcome]:
    fired: dict[str, list[tuple[Rule, Effect]]] = {f.id: [] for f in rb.filings}
    maybe: dict[str, list[tuple[Rule, Effect]]] = {f.id: [] for f in rb.filings}
    for rule in rb.rules:
        if not rule.in_force(as_of):
            continue
        truth = cond.evaluate(rule.when, states.__getitem__)
        if truth is False:
            continue
        for effect in rule.effects:
            if effect.layer == layer:
                (fired if truth else maybe)[effect.filing].append((rule, effect))
    return {fid: decide(fired[fid], maybe[fid]) for fid in fired}


def o_open(rb: Rulebook, values: Mapping[str, Value], as_of: dt.date) -> list[str]:
    states = o_states(rb, values)
    outcomes = o_outcomes(rb, states, as_of)
    unsettled = {fid for fid, o in outcomes.items() if o.status is None}
    shown = unsettled | {fid for fid, o in outcomes.items() if o.status != "not_required"}
    lookup = states.__getitem__
    needed: set[str] = set()
    for rule in rb.rules:
        if (rule.in_force(as_of) and any(e.layer or e.blocker for e in rule.effects)
                and cond.evaluate(rule.when, lookup) is None):
            needed |= cond.questions_read(rule.when)
    for advice in rb.advice:
        if (advice.when is not None and shown.intersection(advice.filings)
                and cond.evaluate(advice.when, lookup) is None):
            needed |= cond.questions_read(advice.when)
    if not unsettled and not needed:
        return []
    for rule in rb.rules:
        if rule.in_force(as_of) and any(e.filing in unsettled for e in rule.effects):
            needed |= cond.questions_read(rule.when)
    for q in reversed(rb.questions):
        if q.id in needed:
            needed |= cond.questions_read(q.when)
    return [q.id for q in rb.questions if q.id in needed and q.id not in values and states[q.id] is cond.UNKNOWN]


def o_fill(rb: Rulebook, values: dict[str, Value], as_of: dt.date) -> dict[str, Value]:
    """Defaults round by round, as before: each round fills every open question that surely applies."""
    while True:
        still_open = set(o_open(rb, values, as_of))
        states = o_states(rb, values)
        filled = dict(values)
        for q in rb.questions:
            if (q.id in still_open and q.default is not None and q.id not in filled
                    and (q.when is None or cond.evaluate(q.when, states.__getitem__) is True)):
                filled[q.id] = q.default
        if len(filled) == len(values):
            return filled
        values = filled


def o_report(rb: Rulebook, values: Mapping[str, Value], as_of: dt.date) -> dict[str, object]:
    states = o_states(rb, values)
    lookup = states.__getitem__

    def reasons(o: engine.Outcome) -> list[object]:
        return [(r.id, e.filing, e.status, e.layer,
                 [(q.id, None if states[q.id] in (cond.ABSENT, cond.UNKNOWN) else states[q.id])
                  for q in rb.questions if q.id in cond.questions_read(r.when)])
                for r, e in o.effects]

    out: dict[str, object] = {}
    outcomes = o_outcomes(rb, states, as_of)
    layers = {layer.id: o_outcomes(rb, states, as_of, layer.id) for layer in rb.layers}
    for f in rb.filings:
        o = outcomes[f.id]
        advice = [a.id for a in rb.advice if f.id in a.filings
                  and (a.when is None or cond.evaluate(a.when, lookup) is not False)]
        other = [(lid, lo[f.id].status, reasons(lo[f.id])) for lid, lo in layers.items()
                 if lo[f.id].status is not None and lo[f.id].effects]
        out[f.id] = (o.status, reasons(o), advice, other)
    return out


def o_blockers(rb: Rulebook, values: Mapping[str, Value], as_of: dt.date) -> list[tuple[str, str]]:
    """(filing, rule) of each blocker: each filing's own effects, then its other layers'."""
    states = o_states(rb, values)
    outcomes = o_outcomes(rb, states, as_of)
    layers = [o_outcomes(rb, states, as_of, layer.id) for layer in rb.layers]
    out: list[tuple[str, str]] = []
    for f in rb.filings:
        out += [(f.id, r.id) for r, e in outcomes[f.id].effects if e.blocker is not None]
        for lo in layers:
            if lo[f.id].status is not None:
                out += [(f.id, r.id) for r, e in lo[f.id].effects if e.blocker is not None]
    return out


def n_report(report: engine.Report) -> dict[str, object]:
    """The same view of the compiled engine's report."""
    def reasons(rs: Sequence[engine.Reason]) -> list[object]:
        return [(r.rule.id, r.effect.filing, r.effect.status, r.effect.layer, [list(b) for b in r.because])
                for r in rs]

    return {f.filing.id: (f.status, reasons(f.reasons), [a.id for a in f.advice],
                          [(lr.layer.id, lr.status, reasons(lr.reasons)) for lr in f.layers])
            for f in report.filings}


def normal(view: dict[str, object]) -> object:
    """Lists and tuples alike (the oracle builds lists where the report holds tuples)."""
    def walk(x: object) -> object:
        if isinstance(x, (list, tuple)):
            return [walk(i) for i in x]
        if isinstance(x, dict):
            return {k: walk(v) for k, v in x.items()}
        return x
    return walk(view)


# --- Comparing the two on one answer set ----------------------------------------------------------


def agree(rb: Rulebook, values: dict[str, Value], as_of: dt.date) -> None:
    """Open questions, defaults filled, and (once settled) the report: the same from both."""
    assert [q.id for q in engine.open_questions(rb, values, as_of)] == o_open(rb, values, as_of)
    assert engine.question_states(rb, values) == o_states(rb, values)
    given = {k: Answer(k, v, "flag") for k, v in values.items()}
    filled = ans.fill_defaults(rb, given, as_of)
    want = o_fill(rb, dict(values), as_of)
    assert {k: a.value for k, a in filled.items()} == want
    if engine.open_questions(rb, want, as_of):
        assert engine.settled(rb, want, as_of) is None
        return
    # What batch's compact lines read: every status and the blockers, in the report's order.
    settled = engine.settled(rb, want, as_of)
    assert settled is not None
    oracle = o_report(rb, want, as_of)
    assert settled[0] == {fid: v[0] for fid, v in oracle.items()}  # type: ignore[index]
    assert list(settled[1]) == o_blockers(rb, want, as_of)
    try:
        report = engine.evaluate(rb, filled, as_of)
    except IcpcheckError as err:  # a gap in the rulebook: the oracle must find no status there too
        assert any(v[0] is None for v in oracle.values()), err  # type: ignore[index]
        return
    assert [(f.filing.id, r.rule.id) for f, r in report.blockers] == list(settled[1])
    assert normal(n_report(report)) == normal(oracle)


def answer_sets(rb: Rulebook) -> st.SearchStrategy[dict[str, Value]]:
    """Any subset of the questions answered, each with any value of its type."""
    def value(q: Question) -> st.SearchStrategy[Value]:
        if q.type == "yes_no":
            return st.booleans()
        words = [c.value for c in q.choices]
        if q.type == "one_of":
            return st.sampled_from(words)
        return st.lists(st.sampled_from(words), min_size=1, max_size=len(words), unique=True).map(tuple)

    return st.fixed_dictionaries({}, optional={q.id: value(q) for q in rb.questions})  # type: ignore[arg-type]


def dates(rb: Rulebook) -> st.SearchStrategy[dt.date]:
    """Today and every day a rule comes into or goes out of force, and the days either side."""
    days = {TODAY}
    for r in rb.rules:
        for d in (r.valid_from, r.valid_to):
            if d is not None:
                days |= {d - dt.timedelta(days=1), d, d + dt.timedelta(days=1)}
    return st.sampled_from(sorted(days))


BUILTIN = builtin_rulebook()
ARTICLE_RB = load_rulebook(str(ARTICLE))


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_every_case_agrees_with_the_oracle(path: Path) -> None:
    cases = load_cases(str(path), BUILTIN)
    assert cases
    for case in cases:
        given = ans.from_document(BUILTIN, case.answers, name=case.where)
        merged = ans.gather(file={}, models=ans.from_models(BUILTIN, case.models), flags=given)
        values = {k: a.value for k, a in ans.drop_irrelevant(BUILTIN, merged)[0].items()}
        agree(BUILTIN, values, case.as_of or TODAY)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_answer_sets_agree_with_the_oracle(data: st.DataObject) -> None:
    rb = data.draw(st.sampled_from([BUILTIN, ARTICLE_RB]))
    agree(rb, data.draw(answer_sets(rb)), data.draw(dates(rb)))


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_ten_thousand_answer_sets_agree_with_the_oracle(data: st.DataObject) -> None:
    agree(BUILTIN, data.draw(answer_sets(BUILTIN)), data.draw(dates(BUILTIN)))


@settings(max_examples=examples(300), deadline=None)
@given(data=st.data())
def test_compiled_conditions_agree_with_evaluate(data: st.DataObject) -> None:
    """Each condition of the rulebook, on states where any question may be absent or unknown."""
    rb = BUILTIN
    conditions = [r.when for r in rb.rules] + [q.when for q in rb.questions if q.when is not None] + [
        a.when for a in rb.advice if a.when is not None]
    c = data.draw(st.sampled_from(conditions))
    states: dict[str, object] = {}
    for q in rb.questions:
        words = [ch.value for ch in q.choices]
        plain: st.SearchStrategy[object] = (
            st.booleans() if q.type == "yes_no" else st.sampled_from(words) if q.type == "one_of"
            else st.lists(st.sampled_from(words), min_size=1, unique=True).map(tuple))
        states[q.id] = data.draw(st.one_of(st.just(cond.ABSENT), st.just(cond.UNKNOWN), plain))
    assert cond.compile(c)(states) == cond.evaluate(c, states.__getitem__)


# --- Work, not time: a chain of defaults fills in a bounded number of passes ------------------------


def chain_rulebook(tmp_path: Path, n: int) -> Rulebook:
    """n yes/no questions, each asked only when the one before is yes, each defaulting to yes; one
    filing whose rule reads the last."""
    lines = [
        "id: chain", "version: '1'", "checked: 2026-12-01", "title: {zh: c, en: c}", "notice: {zh: n, en: n}",
        "sources:", "  law: {title: {zh: l, en: l}, date: 2000-01-01}",
        "questions:",
    ]
    for i in range(n):
        when = "" if i == 0 else f", when: {{q: q{i - 1}, is: yes}}"
        lines.append(f"  - {{id: q{i}, type: yes_no, default: yes, text: {{zh: q{i}, en: q{i}}}{when}}}")
    lines += [
        "filings:",
        "  - {id: f, name: {zh: f, en: f}, what: {zh: f, en: f}, issuer: {zh: i, en: i},"
        " basis: [{source: law, confidence: official}]}",
        "rules:",
    ]
    for rid, when, status in (("r_yes", f"{{q: q{n - 1}, is: yes}}", "required"),
                              ("r_no", f"{{not: {{q: q{n - 1}, is: yes}}}}", "not_required")):
        lines += [f"  - id: {rid}", f"    when: {when}", "    sets:", "      - filing: f",
                  f"        status: {status}", "        reason: {zh: r, en: r}",
                  "        citations: [{source: law, confidence: official}]"]
    path = tmp_path / "chain.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_rulebook(str(path))


def test_a_chain_of_defaults_fills_in_one_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    n = 2_000
    rb = chain_rulebook(tmp_path, n)
    calls: list[int] = []
    real = ans.open_questions

    def counted(*args: object) -> list[Question]:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ans, "open_questions", counted)
    filled = ans.fill_defaults(rb, {}, TODAY)
    assert len(filled) == n and all(a.source == "default" and a.value is True for a in filled.values())
    # One pass fills the chain, one more finds nothing left: not one pass per link (2,000).
    assert len(calls) <= 3


# --- The bit tests against the closures --------------------------------------------------------


_BITS: dict[str, engine._Bits | None] = {}  # made once per rulebook (3-17 ms each)


@settings(max_examples=examples(300), deadline=None)
@given(data=st.data())
def test_bit_tests_agree_with_the_closures(data: st.DataObject) -> None:
    """Every rule's truth from the generated bit tests (closures where a question it reads is
    unknown) is its closure's, on states where any question may be absent or unknown."""
    rb = data.draw(st.sampled_from([BUILTIN, ARTICLE_RB]))
    c = engine.compiled(rb)
    if rb.sha256 not in _BITS:
        _BITS[rb.sha256] = engine._Bits.make(rb, c.rules)
    bits = _BITS[rb.sha256]
    assert bits is not None
    states: dict[str, object] = {}
    for q in rb.questions:
        words = [ch.value for ch in q.choices]
        plain: st.SearchStrategy[object] = (
            st.booleans() if q.type == "yes_no" else st.sampled_from(words) if q.type == "one_of"
            else st.lists(st.sampled_from(words), min_size=1, unique=True).map(tuple))
        states[q.id] = data.draw(st.one_of(st.just(cond.ABSENT), st.just(cond.UNKNOWN), plain, plain))
    rules = c.in_force(data.draw(dates(rb)))
    want = tuple((r, t) for r in rules if (t := r.when(states)) is not False)
    assert bits.truths(states, rules) == want


def test_bit_tests_leave_values_that_are_no_answer_to_the_closures() -> None:
    """A caller's unparsed value (1 for yes, a list, a word that is no choice) is not guessed at."""
    c = engine.compiled(BUILTIN)
    bits = engine._Bits.make(BUILTIN, c.rules)
    assert bits is not None
    base: dict[str, object] = {q.id: cond.ABSENT for q in BUILTIN.questions}
    assert bits.truths({**base, "sells_own_goods": True}, c.rules) is not None
    for alien in ({"sells_own_goods": 1}, {"channels": ["own_domain"]}, {"channels": ("nowhere",)},
                  {"operator": "no_such"}, {"operator": ("company",)}):
        assert bits.truths({**base, **alien}, c.rules) is None, alien


def test_the_engine_turns_to_bit_tests_after_some_answer_sets() -> None:
    rb = load_rulebook(str(ARTICLE))  # loaded afresh: compiled afresh
    c = engine.compiled(rb)
    for i in range(engine.BITS_AFTER + 2):
        assert (c.bits is None) == (i <= engine.BITS_AFTER), i
        # a key no question reads makes each answer set new to the engine's memo
        engine.unsettled_filings(rb, {"sells_own_goods": i % 2 == 0, "not_a_question": i}, TODAY)
