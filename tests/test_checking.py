"""The application layer: every front end checks through checking.run, and its errors are data
that name questions, never a front end's flags."""

from __future__ import annotations

import datetime as dt
import io
import json
import threading
from pathlib import Path
from typing import Any

import pytest

import icpcheck
from icpcheck import answers as ans
from icpcheck import batch, checking
from icpcheck.authoring import casetest
from icpcheck.errors import EXIT_ANSWERS
from tests.conftest import run_cli

DAY = dt.date(2026, 11, 28)
PARTIAL = {"sells_own_goods": True}
FLAGS = ("-a ", "--answers", "--model", "--held", "--strict")


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[checking.Request]:
    seen: list[checking.Request] = []
    real = checking.run

    def counted(request: checking.Request) -> checking.Outcome:
        seen.append(request)
        return real(request)

    monkeypatch.setattr(checking, "run", counted)
    return seen


def test_cli_batch_api_and_rules_test_all_go_through_run(runs: list[checking.Request], tmp_path: Path) -> None:
    full = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": False}
    assert run_cli(["-a", "sells_own_goods=yes", "-a", "third_party_sellers=no", "-a", "paid_content=no",
                    "--format", "json"]).exit_code == 0
    assert len(runs) == 1
    ev = batch.Evaluator(checking.builtin_rulebook(), name="t", holdings=batch.gate.Holdings(), fail_on=None,
                         as_of=DAY, lang="en")
    batch.stream(ev, io.BytesIO(json.dumps(full).encode() + b"\n"), lambda b: None)
    assert len(runs) == 2
    icpcheck.check(full, as_of=DAY)
    assert len(runs) == 3
    case = casetest.Case(name="c", where="t", answers=full, models=(), expect={"icp_filing": "required"},
                         expect_reasons={}, as_of=None)
    assert casetest.run_case(checking.builtin_rulebook(), case, DAY).passed
    assert len(runs) == 4


def test_missing_answers_are_data_naming_questions() -> None:
    request = checking.Request(checking.builtin_rulebook(), DAY, document=PARTIAL)
    with pytest.raises(ans.MissingAnswers) as caught:
        checking.run(request)
    err = caught.value
    assert [q.id for q in err.missing] == ["third_party_sellers", "charges_sellers", "paid_content"]
    assert [q.id for q in err.maybe] == ["charges_sellers"]
    assert not any(flag in str(err) + (err.hint or "") for flag in FLAGS)


def test_the_api_names_keys_not_flags() -> None:
    with pytest.raises(icpcheck.MissingAnswers) as caught:
        icpcheck.check(PARTIAL, as_of=DAY)
    text = str(caught.value) + (caught.value.hint or "")
    assert "third_party_sellers" in text and not any(flag in text for flag in FLAGS)
    with pytest.raises(icpcheck.AnswersError) as strict:
        icpcheck.check({**PARTIAL, "third_party_sellers": False, "paid_content": False}, strict=True, as_of=DAY)
    assert "channels" in str(strict.value) and "--strict" not in str(strict.value)


def test_a_batch_line_names_keys_to_add() -> None:
    r = run_cli(["--batch", "-"], input=json.dumps(PARTIAL) + "\n")
    line = json.loads(r.stdout)
    assert r.exit_code == EXIT_ANSWERS == line["exit_code"]
    assert "third_party_sellers" in line["error"] and '"third_party_sellers"' in line["hint"]
    assert not any(flag in line["error"] + line["hint"] for flag in FLAGS)


def test_the_cli_names_flags() -> None:
    r = run_cli(["-a", "sells_own_goods=yes"], input="")
    assert r.exit_code == EXIT_ANSWERS
    assert "-a third_party_sellers=yes|no" in r.stderr and "--answers FILE" in r.stderr


def test_an_unknown_held_filing_is_a_usage_error_on_the_command_line_and_data_elsewhere() -> None:
    r = run_cli(["--held", "icp", "--model", "platform"])
    assert r.exit_code == 2 and "--held 'icp': no such filing" in r.stderr
    with pytest.raises(icpcheck.AnswersError, match="not a filing id") as caught:
        icpcheck.check({**PARTIAL, "third_party_sellers": False, "paid_content": False}, held=["icp"], as_of=DAY)
    assert "--held" not in str(caught.value)


def test_the_built_in_rulebook_is_built_once_and_shared_across_threads() -> None:
    got: list[Any] = []
    threads = [threading.Thread(target=lambda: got.append(checking.builtin_rulebook())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(rb) for rb in got}) == 1
    full = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": False}
    assert icpcheck.check(full, as_of=DAY).engine.rulebook is got[0]


@pytest.mark.parametrize("bad", [{1: True}, {"sells_own_goods": {1, 2}}, [("a", 1)]])
def test_the_api_refuses_what_no_answers_file_can_hold(bad: Any) -> None:
    with pytest.raises(icpcheck.AnswersError):
        icpcheck.check(bad, as_of=DAY)


def test_the_api_refuses_a_bad_format_or_language_and_takes_a_datetime() -> None:
    full = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": False}
    report = icpcheck.check(full, as_of=dt.datetime(2026, 11, 28, 9, 30))
    assert report.engine.as_of == DAY
    with pytest.raises(ValueError):
        report.render("pdf")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        report.to_dict("fr")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        icpcheck.check(full, lang="fr")  # type: ignore[arg-type]
