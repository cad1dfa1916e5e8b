"""`icpcheck diff`: rulebook 1.2.0 against the current one on the six cases of "The answer first"
(checked against `check` run under each rulebook), two dates, two answers files, --exit-code,
--batch, and the JSON schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli, validate
from tests.report_cases import CASES, MARKETPLACE, flags

OLD_RULEBOOK = Path(__file__).resolve().parent / "rulebooks" / "wechat-mall-1.2.0.yaml"
CURRENT = Path(__file__).resolve().parent.parent / "rules" / "wechat-mall.yaml"
DATE = "2026-12-01"


def diff(*args: str | Path, exit_code: bool = True) -> tuple[int, dict[str, Any]]:
    result = run_cli(["diff", *args, "--format", "json", "--lang", "en", *(["--exit-code"] if exit_code else [])])
    assert result.exit_code in (0, 1), result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    validate("diff", data)
    return result.exit_code, data


def report(rules: Path, args: list[str], date: str = DATE) -> dict[str, Any]:
    result = run_cli(["check", "--rules", rules, *args, "--no-input", "--format", "json", "--as-of", date,
                      "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def seen_by_check(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What differs between two JSON reports, read from the reports themselves."""
    before = {f["id"]: f for f in old["filings"]}
    after = {f["id"]: f for f in new["filings"]}
    return {
        "status": {fid: (before[fid]["status"], f["status"]) for fid, f in after.items()
                   if fid in before and before[fid]["status"] != f["status"]},
        "added": sorted(set(after) - set(before)),
        "removed": sorted(set(before) - set(after)),
        "rules": sorted(fid for fid, f in after.items() if fid in before and before[fid]["status"] == f["status"]
                        and {r["rule"] for r in before[fid]["reasons"]} != {r["rule"] for r in f["reasons"]}),
        "plan": [p["filing"] for p in old["plan"]] != [p["filing"] for p in new["plan"]]
        or old["plan"] != new["plan"],
        "blockers": sorted((b["filing"], b["rule"]) for b in old["blockers"])
        != sorted((b["filing"], b["rule"]) for b in new["blockers"]),
    }


def case_answers(case: str) -> dict[str, str]:
    return dict(pair.split("=", 1) for pair in CASES[case])


@pytest.mark.slow  # three command runs, each loading two YAML rulebooks
def test_rulebook_1_2_0_against_the_current_one_is_what_check_sees(tmp_path: Path) -> None:
    lines = tmp_path / "cases.jsonl"
    lines.write_text("".join(json.dumps({"id": case, **case_answers(case)}) + "\n" for case in CASES), "utf-8")
    result = run_cli(["diff", "--batch", lines, "--rules", OLD_RULEBOOK, "--rules", CURRENT, "--as-of", DATE,
                      "--exit-code"])
    diffs = {d["id"]: d for d in map(json.loads, result.stdout.splitlines())}
    reports = []
    for rules in (OLD_RULEBOOK, CURRENT):
        checked = run_cli(["check", "--batch", lines, "--rules", rules, "--as-of", DATE, "--lang", "en"])
        reports.append({r["id"]: r for r in map(json.loads, checked.stdout.splitlines())})
    assert set(diffs) == set(CASES) == set(reports[0])
    for case, data in diffs.items():
        validate("diff", data)
        oracle = seen_by_check(reports[0][case], reports[1][case])
        kinds = {k: [c for c in data["filings"] if c["kind"] == k] for k in ("status", "added", "removed", "rules")}
        assert {c["filing"]: (c["from"], c["to"]) for c in kinds["status"]} == oracle["status"], case
        assert sorted(c["filing"] for c in kinds["added"]) == oracle["added"]
        assert sorted(c["filing"] for c in kinds["removed"]) == oracle["removed"]
        assert sorted(c["filing"] for c in kinds["rules"]) == oracle["rules"]
        assert bool(data["blockers"]) == oracle["blockers"]
        if not data["plan"]:  # the plan's filings, order and texts are as before
            assert not oracle["plan"]
        assert data["exit_code"] == (1 if data["changed"] else 0)
        assert data["changed"] == any(bool(v) for v in oracle.values()), case
        for c in kinds["status"]:  # each status change names the rules on both sides
            assert c["rules_from"] and c["rules_to"]
    assert result.exit_code == max(d["exit_code"] for d in diffs.values())


def changed_rulebook(tmp_path: Path) -> Path:
    """The current rulebook with one rule's status changed, as a rulebook upgrade would."""
    text = CURRENT.read_text("utf-8")
    at = text.index("id: platform_charges_sellers")
    status = text.index("status: required", at)
    indent = " " * (status - text.rindex("\n", 0, status) - 1)
    text = (text[:status] + f"status: review\n{indent}settle: {{zh: 待定。, en: To settle.}}"
            + text[status + len("status: required"):])
    path = tmp_path / "new.yaml"
    path.write_text(text, "utf-8")
    return path


@pytest.mark.slow  # loads YAML rulebooks
def test_a_changed_rule_is_found_with_exit_code_1(tmp_path: Path) -> None:
    new = changed_rulebook(tmp_path)
    code, data = diff("--rules", CURRENT, "--rules", new, *flags(MARKETPLACE))
    assert code == 1 and data["changed"]
    status = [c for c in data["filings"] if c["kind"] == "status"]
    assert [(c["filing"], c["from"], c["to"]) for c in status] == [("edi_license", "required", "review")]
    assert status[0]["rules_to"] == ["platform_charges_sellers"]
    code, data = diff("--rules", CURRENT, "--rules", CURRENT, *flags(MARKETPLACE))
    assert code == 0 and not data["changed"]
    # Without --exit-code a difference still exits 0.
    assert diff("--rules", CURRENT, "--rules", new, *flags(MARKETPLACE), exit_code=False)[0] == 0


@pytest.mark.slow  # loads YAML rulebooks
def test_text_in_both_languages(tmp_path: Path) -> None:
    new = changed_rulebook(tmp_path)
    en = run_cli(["diff", "--rules", CURRENT, "--rules", new, *flags(MARKETPLACE), "--lang", "en"]).stdout
    assert "Status changes" in en and "EDI licence" in en and "required → review" in en
    assert "platform_charges_sellers" in en
    zh = run_cli(["diff", "--rules", CURRENT, "--rules", new, *flags(MARKETPLACE), "--lang", "zh"]).stdout
    assert "结论变化" in zh and "需要办理 → 需人工确认" in zh
    same = run_cli(["diff", "--rules", CURRENT, "--rules", CURRENT, *flags(MARKETPLACE), "--lang", "en"]).stdout
    assert "Nothing changed." in same


def test_two_dates_the_app_filing_regime() -> None:
    code, data = diff("--as-of", "2023-08-01", "--as-of", "2024-01-01", *flags(MARKETPLACE))
    assert code == 1
    app = [c for c in data["filings"] if c["filing"] == "app_filing"]
    assert [(c["from"], c["to"], c["rules_from"], c["rules_to"]) for c in app] == [
        ("not_required", "required", ["mini_program_before_filing_regime"], ["mini_program_filing"])]
    assert any(p["filing"] == "app_filing" and p["kind"] == "added" for p in data["plan"])


def test_two_answers_files(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.json"
    answers = dict(pair.split("=", 1) for pair in CASES[MARKETPLACE])
    old.write_text("".join(f"{k}: {v!r}\n" for k, v in answers.items()), "utf-8")
    new.write_text(json.dumps({**answers, "charges_sellers": "no"}), "utf-8")
    code, data = diff(old, new, "--as-of", DATE)
    assert code == 1
    assert {c["filing"]: (c["from"], c["to"]) for c in data["filings"] if c["kind"] == "status"} == {
        "edi_license": ("required", "review"), "icp_license": ("required", "not_required")}
    assert data["old"]["label"] == str(old)


def test_batch_one_line_out_per_line_in(tmp_path: Path) -> None:
    new = changed_rulebook(tmp_path)
    marketplace = dict(pair.split("=", 1) for pair in CASES[MARKETPLACE])
    lines = tmp_path / "clients.jsonl"
    lines.write_text("\n".join([json.dumps({"id": "a", **marketplace}),
                                json.dumps({"id": "b", **marketplace, "third_party_sellers": "no"}),
                                json.dumps({"id": "c", "nonsense": 1}), "not json"]) + "\n", "utf-8")
    result = run_cli(["diff", "--batch", lines, "--rules", CURRENT, "--rules", new, "--exit-code"])
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c", None]
    for o in out[:2]:
        validate("diff", o)
    assert out[0]["changed"] and out[0]["exit_code"] == 1
    assert not out[1]["changed"] and out[1]["exit_code"] == 0
    assert out[2]["exit_code"] == 3 and "nonsense" in out[2]["error"]
    assert out[3]["exit_code"] == 3 and result.exit_code == 3


def test_batch_lines_are_read_as_check_batch_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """A BOM, a repeated key, NaN, JSON nested too deep and an overlong line: each that line's
    error (in the output's language), as `check --batch` refuses them; the next lines go on."""
    from icpcheck import batch

    monkeypatch.setattr(batch, "MAX_LINE", 4000)
    good = {"id": 7, "sells_own_goods": True, "third_party_sellers": False, "paid_content": False}
    raw = b"\xef\xbb\xbf" + b"\n".join([
        json.dumps(good).encode(),
        b'{"sells_own_goods": true, "sells_own_goods": false}',
        b'{"paid_content": NaN}',
        b"[" * 1500 + b"]" * 1500,  # past the recursion limit of json's own decoder
        json.dumps({"id": "long", "note": "x" * 4500}).encode(),
        json.dumps({**good, "id": 8}).encode(),
    ]) + b"\n"
    result = run_cli(["diff", "--batch", "-", "--as-of", "2025-01-01", "--as-of", DATE, "--lang", "zh"], input=raw)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["line"] for o in out] == [1, 2, 3, 4, 5, 6]
    assert out[0]["id"] == 7 and out[0]["exit_code"] == 0 and out[5]["id"] == 8
    assert "重复的键" in out[1]["error"] and "NaN" in out[2]["error"]
    assert "64" in out[3]["error"] and "4000" in out[4]["error"]
    assert all(o["exit_code"] == 3 for o in out[1:5]) and result.exit_code == 3


@pytest.mark.parametrize("args", [
    ["--rules", "a.yaml"],                                   # nothing to compare
    ["x.yaml", "y.yaml", "--as-of", "2024-01-01", "--as-of", "2025-01-01"],  # two things at once
    ["--as-of", "2024-01-01", "--as-of", "2025-01-01", "--as-of", "2026-01-01"],
])
def test_usage_errors(args: list[str]) -> None:
    result = run_cli(["diff", *args])
    assert result.exit_code == 2 and "Traceback" not in result.stderr
