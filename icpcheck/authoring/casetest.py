"""`rules test`: YAML test cases (answers in, statuses and reasons out) and the coverage they give."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from icpcheck import answers as ans
from icpcheck import checking
from icpcheck.engine import Answer, Reason, plan, question_states
from icpcheck.errors import EXIT_USAGE, IcpcheckError
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import STATUSES, Rulebook, Value
from icpcheck.rulebook.reader import parse_document, read_source
from icpcheck.words import parse_date

CASE_SUFFIX = ".cases.yaml"


class CaseFileError(IcpcheckError):
    """A case file that cannot be read or is not a list of cases (exit 2, as a bad argument)."""

    exit_code = EXIT_USAGE


CASE_KEYS = {"name", "as_of", "models", "answers", "expect", "expect_reasons", "expect_layers",
             "expect_blockers", "expect_plan"}


@dataclass(frozen=True)
class Case:
    name: str
    where: str  # file:line (or file#index when the reader records no lines)
    answers: object
    models: tuple[str, ...]
    expect: dict[str, str]
    expect_reasons: dict[str, list[str]]
    as_of: dt.date | None
    # When given, the whole truth for the case: every other layer's status of every filing
    # ({filing: {layer: status}}; a filing not named has none), and every filing with a blocker.
    expect_layers: dict[str, dict[str, str]] | None = None
    expect_blockers: list[str] | None = None
    expect_plan: list[str] | None = None  # the required and review filings, in plan order


@dataclass
class CaseResult:
    case: Case
    diffs: list[str] = field(default_factory=list)  # empty: passed

    @property
    def passed(self) -> bool:
        return not self.diffs


@dataclass
class Coverage:
    """What the cases exercised: rules fired, questions answered, choices (and yes/no) chosen."""

    rules: dict[str, bool]
    questions: dict[str, bool]
    choices: dict[str, bool]  # "question=value"

    @property
    def percent(self) -> float:
        items = [*self.rules.values(), *self.questions.values(), *self.choices.values()]
        return 100.0 * sum(items) / len(items) if items else 100.0

    def missing(self) -> dict[str, list[str]]:
        return {kind: [k for k, hit in items.items() if not hit]
                for kind, items in (("rules", self.rules), ("questions", self.questions),
                                    ("choices", self.choices))}


def cases_beside(rulebook_path: str) -> list[Path]:
    """The case files shipped with a rulebook: tests/<stem>.cases.yaml and tests/<stem>-*.cases.yaml
    next to it (a rulebook's cases may be split by topic), or <stem>.cases.yaml beside it."""
    p = Path(rulebook_path)
    stem = p.name.rsplit(".", 1)[0]
    found = [p.parent / "tests" / (stem + CASE_SUFFIX),
             *sorted((p.parent / "tests").glob(f"{stem}-*{CASE_SUFFIX}")),
             p.parent / (stem + CASE_SUFFIX)]
    return [f for f in found if f.is_file()]


def load_cases(path: str, rulebook: Rulebook) -> list[Case]:
    """Parse one case file; a malformed file is a usage error naming the file and the case."""
    raw = read_source(path, error=CaseFileError)
    doc = parse_document(raw, name=path, error=CaseFileError, fmt="yaml")
    data = doc.data
    if isinstance(data, list):
        data = {"cases": data}
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise CaseFileError("{name}: a case file is a mapping with a list `cases:`",
                            hint="see docs/rulebooks.md, 'Case files'", name=path)
    wanted = data.get("rulebook")
    if wanted is not None and wanted != rulebook.id:
        raise CaseFileError("{name}: these cases are for rulebook '{wanted}', not '{id}'",
                            hint="check these cases against the rulebook they were written for", name=path,
                            wanted=wanted, id=rulebook.id)
    out = []
    for i, body in enumerate(data["cases"]):
        line = doc.positions.get(("cases", i))
        where = f"{path}:{line[0]}" if line else f"{path}#{i + 1}"
        if not isinstance(body, dict):
            raise CaseFileError("{place}: a case is a mapping (name, answers, expect)", place=where)
        unknown = sorted(str(k) for k in body if k not in CASE_KEYS)
        if unknown or "expect" not in body or not isinstance(body.get("expect"), dict):
            raise CaseFileError(
                "{place}: a case needs name, answers and expect: {{filing: status}}; unknown key(s) {keys}"
                if unknown else "{place}: a case needs name, answers and expect: {{filing: status}}",
                hint="keys: {allowed}", place=where, keys=unknown, allowed=", ".join(sorted(CASE_KEYS)))
        as_of = body.get("as_of")
        if isinstance(as_of, str):
            date = parse_date(as_of)
            if date is None:
                raise CaseFileError("{place}: as_of {value} is not a date YYYY-MM-DD", place=where,
                                    value=repr(as_of))
            as_of = date
        elif as_of is not None and (not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime)):
            raise CaseFileError("{place}: as_of should be a date YYYY-MM-DD", place=where)
        models = body.get("models", [])
        reasons = body.get("expect_reasons") or {}
        if not isinstance(models, list) or not isinstance(reasons, dict) or not all(
                v is None or isinstance(v, list) for v in reasons.values()):
            raise CaseFileError("{place}: models is a list of model ids, expect_reasons a mapping "
                                "{{filing: [rule ids]}}", place=where)
        layers, blockers = body.get("expect_layers"), body.get("expect_blockers")
        if "expect_layers" in body and not (isinstance(layers, dict) and all(
                isinstance(v, dict) for v in layers.values())):
            raise CaseFileError("{place}: expect_layers is a mapping {{filing: {{layer: status}}}}", place=where)
        if "expect_blockers" in body and not isinstance(blockers, list):
            raise CaseFileError("{place}: expect_blockers is a list of filing ids", place=where)
        order = body.get("expect_plan")
        if "expect_plan" in body and not isinstance(order, list):
            raise CaseFileError("{place}: expect_plan is a list of filing ids, in the order to do them",
                                place=where)
        out.append(Case(
            name=str(body.get("name", f"case {i + 1}")), where=where,
            answers=body.get("answers") or {}, models=tuple(str(m) for m in models),
            expect={str(k): str(v) for k, v in body["expect"].items()},
            expect_reasons={str(k): [str(r) for r in (v or [])] for k, v in reasons.items()},
            as_of=as_of,
            expect_layers=None if layers is None else {
                str(f): {str(k): str(v) for k, v in by_layer.items()} for f, by_layer in layers.items()},
            expect_blockers=None if blockers is None else sorted({str(b) for b in blockers}),
            expect_plan=None if order is None else [str(p) for p in order],
        ))
    return out


def run_case(rulebook: Rulebook, case: Case, default_as_of: dt.date,
             coverage: Coverage | None = None) -> CaseResult:
    """Answer as `check` does, through the one answers pipeline: a case's `answers` are its flags
    and beat its `models`; open questions take their defaults. Evaluate, compare."""
    result = CaseResult(case)
    day = case.as_of or default_as_of
    try:
        given = ans.from_document(rulebook, case.answers, name=case.where)
        outcome = checking.run(checking.Request(rulebook, day, models=case.models, given=given))
    except ans.MissingAnswers as err:
        result.diffs.append(f"answers: missing {', '.join(q.id for q in err.missing)}")
        return result
    except IcpcheckError as err:
        result.diffs.append(f"answers: {err.message}")
        return result
    answers = dict(outcome.answers)
    report = outcome.report
    # A rulebook conflict is the report's reading of consistent-looking answers, not a broken case.
    result.diffs += [f"answers: {w}" for w in report.warnings if w.code != "answers_conflict"]
    got = {r.filing.id: r for r in report.filings}
    for fid, want in case.expect.items():
        if fid not in got:
            result.diffs.append(f"{fid}: no such filing in rulebook '{rulebook.id}'")
        elif want not in STATUSES:
            result.diffs.append(f"{fid}: expected status {want!r} is not one of {list(STATUSES)}")
        elif got[fid].status != want:
            result.diffs.append(f"{fid}: expected {want}, got {got[fid].status}"
                                + _by(got[fid].reasons))
    for fid, want_rules in case.expect_reasons.items():
        if fid not in got:
            result.diffs.append(f"{fid}: no such filing in rulebook '{rulebook.id}'")
            continue
        have = sorted(r.rule.id for r in got[fid].reasons)
        if have != sorted(want_rules):
            result.diffs.append(f"{fid} reasons: expected {sorted(want_rules)}, got {have}")
    if case.expect_layers is not None:
        for fid in sorted(set(case.expect_layers) - set(got)):
            result.diffs.append(f"{fid}: no such filing in rulebook '{rulebook.id}'")
        layer_ids = {layer.id for layer in rulebook.layers}
        for fid, want_layers in case.expect_layers.items():
            for layer, want in want_layers.items():
                if layer not in layer_ids:
                    result.diffs.append(f"{fid}: no layer {layer!r} in rulebook '{rulebook.id}'")
                elif want not in STATUSES:
                    result.diffs.append(f"{fid}: expected status {want!r} for layer {layer!r} is not "
                                        f"one of {list(STATUSES)}")
        for fid, r in got.items():
            want_layers = case.expect_layers.get(fid, {})
            have_layers = {lr.layer.id: lr.status for lr in r.layers}
            if have_layers != want_layers:
                result.diffs.append(f"{fid} layers: expected {want_layers or 'none'}, "
                                    f"got {have_layers or 'none'}")
    if case.expect_blockers is not None:
        for fid in sorted(set(case.expect_blockers) - set(got)):
            result.diffs.append(f"{fid}: no such filing in rulebook '{rulebook.id}'")
        have_blocked = sorted({fid for fid, r in got.items() if r.blockers})
        if have_blocked != case.expect_blockers:
            result.diffs.append(f"blockers: expected {case.expect_blockers or 'none'}, "
                                f"got {have_blocked or 'none'}")
    if case.expect_plan is not None:
        for fid in sorted(set(case.expect_plan) - set(got)):
            result.diffs.append(f"{fid}: no such filing in rulebook '{rulebook.id}'")
        have_plan = [f.filing.id for f in plan(report)]
        if have_plan != case.expect_plan:
            result.diffs.append(f"plan: expected {' -> '.join(case.expect_plan) or 'none'}, "
                                f"got {' -> '.join(have_plan) or 'none'}")
    if coverage is not None:
        _cover(rulebook, coverage, answers, day)
    return result


def run(rulebook: Rulebook, cases: Iterable[Case], default_as_of: dt.date
        ) -> tuple[list[CaseResult], Coverage]:
    coverage = Coverage(
        rules={r.id: False for r in rulebook.rules},
        questions={q.id: False for q in rulebook.questions},
        choices={f"{q.id}={v}": False for q in rulebook.questions for v in _choice_words(q.type, q)},
    )
    results = [run_case(rulebook, c, default_as_of, coverage) for c in cases]
    return results, coverage


def _cover(rulebook: Rulebook, coverage: Coverage, answers: dict[str, Answer], day: dt.date) -> None:
    values = ans.answer_values(answers)
    states = question_states(rulebook, values)
    for rule in rulebook.rules:
        if rule.in_force(day) and cond.evaluate(rule.when, states.__getitem__) is True:
            coverage.rules[rule.id] = True
    for qid, value in values.items():
        coverage.questions[qid] = True
        for word in _words(value):
            coverage.choices[f"{qid}={word}"] = True


def _choice_words(qtype: str, q: object) -> list[str]:
    if qtype == "yes_no":
        return ["yes", "no"]
    return [c.value for c in q.choices]  # type: ignore[attr-defined]


def _words(value: Value) -> list[str]:
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    return list(value) if isinstance(value, tuple) else [value]




def _by(reasons: Iterable[Reason]) -> str:
    reasons = list(reasons)
    if len({r.effect.status for r in reasons}) > 1:  # the engine's answer to a conflict
        says = ", ".join(f"{r.rule.id} says {r.effect.status}" for r in reasons)
        return f" (conflicting rules: {says})"
    ids = [r.rule.id for r in reasons]
    return f" (by {', '.join(ids)})" if ids else ""
