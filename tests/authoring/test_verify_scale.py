"""Verification that scales: rulebooks whose answer sets number 2^30 or 2^24 lint exactly, and the
last dates Python knows verify without an overflow (issue 19's reproductions)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from icpcheck.authoring.verify import Segment, segments, verify
from icpcheck.rulebook.build import load_rulebook
from tests.rules_helpers import GOOD, run

_T = {"zh": "文", "en": "text"}
_CITE = [{"source": "law", "confidence": "law"}]


def _effect(status: str, filing: str = "licence") -> dict[str, Any]:
    return {"filing": filing, "status": status, "reason": _T, "citations": _CITE}


def _book(questions: list[dict[str, Any]], rules: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": "scale", "version": "1", "checked": "2026-01-01", "title": _T, "notice": _T,
            "sources": {"law": {"title": _T, "date": "2000-01-01"}}, "questions": questions,
            "filings": [{"id": "licence", "name": _T, "what": _T, "issuer": _T, "basis": _CITE}],
            "rules": rules}


def activities(n: int = 30, *, all_no: bool = True) -> dict[str, Any]:
    """n independent yes/no activities, each making the licence required by its own rule, and
    one rule for 'none of them': 2^n answer sets for the one filing."""
    qs = [f"activity_{i:02d}" for i in range(n)]
    rules = [{"id": f"required_if_{q}", "when": {"q": q, "is": True}, "sets": [_effect("required")]}
             for q in qs]
    if all_no:
        rules.append({"id": "none_of_them", "when": {"all": [{"q": q, "is": False} for q in qs]},
                      "sets": [_effect("not_required")]})
    return _book([{"id": q, "type": "yes_no", "text": _T} for q in qs], rules)


def kinds(n: int = 24, *, first: str = "required") -> dict[str, Any]:
    """A many_of with n choices, each read by its own rule: 2^n - 1 answers to the one question."""
    choices = [f"kind_{i:02d}" for i in range(n)]
    rules = [{"id": f"sells_{c}", "when": {"q": "kinds", "has": c},
              "sets": [_effect(first if i == 0 else "required")]} for i, c in enumerate(choices)]
    question = {"id": "kinds", "type": "many_of", "text": _T,
                "choices": [{"value": c, "label": _T} for c in choices]}
    return _book([question], rules)


def write(tmp_path: Path, data: dict[str, Any], name: str = "book.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def test_thirty_activities_lint_clean(tmp_path: Path) -> None:
    result = run("rules", "lint", write(tmp_path, activities(30)))
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "verified 1 filing" in result.stdout


def test_thirty_activities_without_the_none_rule_have_a_gap_where_every_answer_is_no(
        tmp_path: Path) -> None:
    result = run("rules", "lint", write(tmp_path, activities(30, all_no=False)))
    assert result.exit_code == 4, result.stdout + result.stderr
    expected = ", ".join(f"activity_{i:02d}=no" for i in range(30))
    assert f"filing 'licence' gets no status when {expected}" in result.stdout


def test_twenty_four_kinds_lint_clean(tmp_path: Path) -> None:
    result = run("rules", "lint", write(tmp_path, kinds(24)))
    assert result.exit_code == 0, result.stdout + result.stderr


def test_twenty_four_kinds_with_one_disagreeing_rule_conflict_on_a_pair(tmp_path: Path) -> None:
    result = run("rules", "lint", write(tmp_path, kinds(24, first="not_required")))
    assert result.exit_code == 4, result.stdout + result.stderr
    assert "filing 'licence' gets conflicting statuses when kinds=[kind_00, " in result.stdout
    assert "rule 'sells_kind_00' says not_required" in result.stdout


@pytest.mark.parametrize("data", [activities(30), kinds(24)], ids=["activities", "kinds"])
def test_the_solver_is_asked_a_number_of_questions_linear_in_the_rules(data: dict[str, Any],
                                                                       tmp_path: Path) -> None:
    # Not a timing: the count of satisfiability questions, which enumeration would make 2^n.
    from icpcheck.rulebook.build import load_rulebook as load

    rb = load(str(write(tmp_path, data)))
    result = verify(rb)
    assert result.failures == []
    assert result.cases <= 4 * len(rb.rules) + 10


def test_the_last_date_python_knows_is_a_date_like_any_other(tmp_path: Path) -> None:
    # valid_to: 9999-12-31 (and --as-of that day) used to end in exit 5: OverflowError on the day after.
    data = activities(3)
    for i, rule in enumerate(data["rules"]):
        rule["valid_to"] = dt.date.max
        if i % 2:
            rule["valid_from"] = dt.date.min
    path = write(tmp_path, data)
    for extra in ([], ["--as-of", "9999-12-31"], ["--as-of", "0001-01-01"]):
        result = run("rules", "lint", path, *extra)
        assert result.exit_code == 0, (extra, result.stdout, result.stderr)
    # Overlapping forever, the two app rules of the good rulebook clash: a finding, not a crash.
    text = GOOD.read_text(encoding="utf-8")
    assert "    valid_to: 2023-08-31\n" in text
    forever = tmp_path / "forever.yaml"
    forever.write_text(text.replace("    valid_to: 2023-08-31\n", "    valid_to: 9999-12-31\n"), "utf-8")
    for extra in ([], ["--as-of", "9999-12-31"]):
        result = run("rules", "lint", forever, *extra)
        assert result.exit_code == 4, (extra, result.stdout, result.stderr)
        assert "filing 'app_filing' gets conflicting statuses when channel=app" in result.stdout
        assert "Traceback" not in result.stdout + result.stderr
    assert run("rules", "lint", GOOD, "--as-of", "9999-12-31").exit_code == 0


def test_segments_at_the_ends_of_the_calendar() -> None:
    rb = load_rulebook()
    last = dataclasses.replace(rb.rules[0], valid_from=dt.date.min, valid_to=dt.date.max)
    assert segments([last]) == [Segment(dt.date.min, None)]
    assert segments([last], dt.date.max) == [Segment(dt.date.max, None)]
    assert Segment(dt.date.max, None).describe() == f"from {dt.date.max}"



def dated_history(n: int) -> dict[str, Any]:
    """n rules for one filing, each in force from its own day and overriding every earlier one
    (a long history of amendments), statuses alternating; and one for 'does not sell'."""
    rules: list[dict[str, Any]] = [
        {"id": f"amend_{i:03d}", "when": {"q": "sells", "is": True},
         "sets": [_effect("required" if i % 2 else "not_required")],
         "valid_from": (dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat(),
         "overrides": [f"amend_{j:03d}" for j in range(i)]} for i in range(n)]
    rules.append({"id": "no_sales", "when": {"q": "sells", "is": False}, "sets": [_effect("not_required")]})
    return _book([{"id": "sells", "type": "yes_no", "text": _T}], rules)


def test_a_long_dated_history_verifies_as_without_the_chain(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Overriders in force are encoded as a chain once a rule has many: the same verdicts."""
    import icpcheck.authoring.verify as v

    rb = load_rulebook(str(write(tmp_path, dated_history(20))))
    chained = verify(rb)
    monkeypatch.setattr(v._Overriders, "CHAIN_FROM", 10**9)
    plain = verify(rb)

    def verdicts(result: Any) -> list[tuple[str, str, object]]:
        return [(f.kind, f.subject, f.segment) for f in result.failures]

    assert verdicts(chained) == verdicts(plain)
    assert [f.kind for f in chained.failures] == ["gap"]  # before the first amendment: no rule for sellers


def test_a_dated_history_grows_the_encoding_quadratically_not_cubically(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Work, not time: the clauses added for n amendments each overriding all earlier ones."""
    import icpcheck.authoring.verify as v

    added: list[int] = []
    real = v._Encoding.all_of

    def counted(self: Any, lits: Any) -> int:
        added.append(len(lits))
        return real(self, lits)

    monkeypatch.setattr(v._Encoding, "all_of", counted)

    def clauses(n: int) -> int:
        added.clear()
        path = tmp_path / f"h{n}.yaml"
        path.write_text(json.dumps(dated_history(n)), "utf-8")  # JSON is YAML, with no aliases to cap
        verify(load_rulebook(str(path)))
        return sum(added)

    small, big = clauses(40), clauses(80)
    assert big < 5 * small  # twice the rules: about 4x the clauses (it was 8x: n^3)


def test_a_dated_history_grows_the_encoding_linearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Work, not time: the date is a variable of each filing's formula and the overriders' chains
    are shared, so n amendments each overriding all earlier ones add clauses linear in n (the
    per-segment encoding added n^2), and each filing's questions go to a solver of its own."""
    import icpcheck.authoring.verify as v

    added: list[int] = []
    real = v._Encoding.all_of

    def counted(self: Any, lits: Any) -> int:
        added.append(len(lits))
        return real(self, lits)

    monkeypatch.setattr(v._Encoding, "all_of", counted)

    def clauses(n: int) -> int:
        added.clear()
        path = tmp_path / f"h{n}.yaml"
        path.write_text(json.dumps(dated_history(n)), "utf-8")
        verify(load_rulebook(str(path)))
        return sum(added)

    small, big = clauses(50), clauses(200)
    assert big < 5 * small  # four times the rules: about 4x the clauses (n^2 would be 16x)


@pytest.mark.parametrize("ends", [False, True], ids=["open", "some_end"])
def test_shared_override_chains_agree_with_the_enumerator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          ends: bool) -> None:
    """Every rule's overriders as a chain (CHAIN_FROM 1), some amendments going out of force, a
    few not overriding the one just before: the verdicts are the exhaustive oracle's."""
    import icpcheck.authoring.verify as v
    from tests.authoring.verify_oracle import enumerate_verify

    data = dated_history(14)
    for i, rule in enumerate(data["rules"][:-1]):
        if ends and i % 3 == 1:
            rule["valid_to"] = (dt.date(2020, 1, 1) + dt.timedelta(days=i + 4)).isoformat()
        if i % 4 == 3:
            rule["overrides"] = rule["overrides"][:-1]
    rb = load_rulebook(str(write(tmp_path, data)))

    def verdicts(failures: Any) -> list[tuple[str, str, object]]:
        return [(f.kind, f.subject, f.segment) for f in failures]

    expected = verdicts(enumerate_verify(rb).failures)
    assert [kind for kind, _, _ in expected].count("conflict") >= 3
    for chain_from in (1, 8, 10**9):
        monkeypatch.setattr(v._Overriders, "CHAIN_FROM", chain_from)
        assert verdicts(verify(rb).failures) == expected, chain_from
