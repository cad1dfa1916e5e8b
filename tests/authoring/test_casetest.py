"""`rules test`: the shipped cases pass at 100% coverage; a changed rule fails with a clear diff."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from icpcheck.authoring import casetest
from icpcheck.rulebook.build import load_rulebook
from tests.rules_helpers import DEFAULT_CASES, DEFAULT_RULEBOOK, GOOD, RULEBOOKS, run


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_cases_pass_at_full_coverage() -> None:
    result = run("rules", "test", "--min-coverage", "100")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert " 0 failed" in result.stdout
    assert "coverage: 100.0%" in result.stdout
    assert "not covered" not in result.stdout


def test_the_shipped_cases_cover_the_article_models_mixes_channels_and_dates() -> None:
    cases = casetest.load_cases(str(DEFAULT_CASES), load_rulebook())
    models = {m for c in cases for m in c.models}
    assert models == {"self-operated", "platform", "paid-content"}
    assert any(len(c.models) > 1 for c in cases)  # mixed models
    assert any(c.expect.get("edi_license") == "review" for c in cases)  # the free marketplace
    assert any(c.as_of and c.as_of.isoformat() < "2023-09-01" and "app_filing" in c.expect
               for c in cases)


def test_flipping_a_rule_in_a_copy_fails_with_a_diff(tmp_path: Path) -> None:
    text = DEFAULT_RULEBOOK.read_text(encoding="utf-8")
    marker = "  - id: own_goods_only\n"
    head, tail = text.split(marker)
    tail = tail.replace("        status: not_required", "        status: required", 1)
    copy = write(tmp_path, "wechat-mall.yaml", head + marker + tail)
    result = run("rules", "test", "--rules", copy, DEFAULT_CASES)
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "FAIL  article model 1: self-operated mall needs only the ICP filing" in result.stdout
    assert ("icp_license: expected not_required, got review (conflicting rules: own_goods_only "
            "says required, no_paid_information says not_required)") in result.stdout
    assert " failed" in result.stdout and " 0 failed" not in result.stdout


def test_changing_a_status_shows_expected_and_got(tmp_path: Path) -> None:
    text = DEFAULT_RULEBOOK.read_text(encoding="utf-8")
    marker = "  - id: no_mini_program\n"
    head, tail = text.split(marker)
    tail = tail.replace("        status: not_required", "        status: review\n"
                        "        settle: {zh: 问, en: Ask}", 1)
    copy = write(tmp_path, "wechat-mall.yaml", head + marker + tail)
    result = run("rules", "test", "--rules", copy, DEFAULT_CASES)
    assert result.exit_code == 1
    assert "app_filing: expected not_required, got review (by no_mini_program)" in result.stdout


def test_wrong_reasons_are_a_diff(tmp_path: Path) -> None:
    cases = write(tmp_path, "c.cases.yaml", """
cases:
  - name: reasons
    models: [platform]
    expect: {edi_license: required}
    expect_reasons: {edi_license: [no_third_party_sellers]}
""")
    result = run("rules", "test", cases)
    assert result.exit_code == 1
    assert ("edi_license reasons: expected ['no_third_party_sellers'], "
            "got ['platform_charges_sellers']") in result.stdout


def test_low_coverage_fails_only_with_min_coverage(tmp_path: Path) -> None:
    cases = write(tmp_path, "c.cases.yaml", """
rulebook: wechat-mall
cases:
  - name: one
    models: [platform]
    expect: {edi_license: required}
""")
    assert run("rules", "test", cases).exit_code == 0
    result = run("rules", "test", cases, "--min-coverage", "90")
    assert result.exit_code == 1
    assert "below --min-coverage 90%" in result.stderr
    assert "not covered (rules):" in result.stdout


def test_bad_answers_in_a_case_fail_that_case(tmp_path: Path) -> None:
    cases = write(tmp_path, "c.cases.yaml", """
cases:
  - name: typo
    answers: {paid_contnet: no}
    expect: {icp_license: required}
  - name: bad filing and status
    models: [platform]
    expect: {icp_licence: required, edi_license: needed}
  - name: missing answers
    answers: {paid_content: no}
    expect: {icp_license: not_required}
""")
    result = run("rules", "test", cases)
    assert result.exit_code == 1
    assert "unknown question 'paid_contnet'" in result.stdout
    assert "icp_licence: no such filing" in result.stdout
    assert "expected status 'needed' is not one of" in result.stdout
    assert "answers: missing sells_own_goods, third_party_sellers" in result.stdout
    assert "0 passed, 3 failed" in result.stdout


MINI_PROGRAM_MARKETPLACE = """
    answers: {sells_own_goods: no, third_party_sellers: yes, charges_sellers: yes, paid_content: no,
              channels: [mini_program], activities: [none], wechat_only: yes, foreign_equity: none,
              users_where: one_province}
    expect: {icp_license: review}
"""
FOREIGN_MARKETPLACE = """
    answers: {sells_own_goods: no, third_party_sellers: yes, charges_sellers: yes, paid_content: no,
              channels: [own_domain], activities: [none], wechat_only: no, foreign_equity: majority,
              province: guangdong, registered_in_pilot: no, users_where: several_provinces}
    expect: {icp_license: required}
"""


def test_layers_and_blockers_are_checked_when_a_case_names_them(tmp_path: Path) -> None:
    def case(name: str, answers: str, *extra: str) -> str:
        return f"  - name: {name}{answers}" + "".join(f"    {line}\n" for line in extra)

    both_layers = "{icp_license: {wechat: review}, edi_license: {wechat: required}}"
    cases = write(tmp_path, "c.cases.yaml", "cases:\n" + "".join([
        case("right layers", MINI_PROGRAM_MARKETPLACE, f"expect_layers: {both_layers}",
             "expect_blockers: []"),
        case("a layer missing and one too many", MINI_PROGRAM_MARKETPLACE,
             "expect_layers: {icp_license: {wechat: required}, food_license: {wechat: review}}"),
        case("no layers expected", MINI_PROGRAM_MARKETPLACE, "expect_layers: {}"),
        case("right blockers", FOREIGN_MARKETPLACE, "expect_blockers: [icp_license]",
             "expect_layers: {}"),
        case("wrong blockers", FOREIGN_MARKETPLACE, "expect_blockers: [edi_license]"),
        case("no blockers expected", FOREIGN_MARKETPLACE, "expect_blockers: []"),
        case("neither named, so neither checked", FOREIGN_MARKETPLACE),
    ]))
    result = run("rules", "test", cases)
    assert result.exit_code == 1
    out = result.stdout
    assert "ok    right layers" in out and "ok    right blockers" in out
    assert "ok    neither named, so neither checked" in out
    assert "icp_license layers: expected {'wechat': 'required'}, got {'wechat': 'review'}" in out
    assert "edi_license layers: expected none, got {'wechat': 'required'}" in out
    assert "food_license layers: expected {'wechat': 'review'}, got none" in out
    assert "blockers: expected ['edi_license'], got ['icp_license']" in out
    assert "blockers: expected none, got ['icp_license']" in out
    assert "3 passed, 4 failed" in out


def test_unknown_filings_layers_and_statuses_in_layer_expectations_are_named(tmp_path: Path) -> None:
    cases = write(tmp_path, "c.cases.yaml", f"""
cases:
  - name: typos{MINI_PROGRAM_MARKETPLACE}    expect_layers: {{icp_licence: {{wechat: review}},
                    icp_license: {{wechta: review}}, edi_license: {{wechat: needed}}}}
    expect_blockers: [icp_licence, icp_licence]
""")
    result = run("rules", "test", cases)
    assert result.exit_code == 1
    out = result.stdout
    assert out.count("icp_licence: no such filing in rulebook 'wechat-mall'") == 2
    assert "icp_license: no layer 'wechta' in rulebook 'wechat-mall'" in out
    assert "edi_license: expected status 'needed' for layer 'wechat' is not one of" in out
    assert "blockers: expected ['icp_licence'], got none" in out


@pytest.mark.parametrize("text", ["cases: 3\n", "- 1\n", "cases:\n  - {name: x}\n",
                                  "cases:\n  - {name: x, expect: {}, expect_layers: [icp_license]}\n",
                                  "cases:\n  - {name: x, expect: {}, expect_layers: {icp_license: review}}\n",
                                  "cases:\n  - {name: x, expect: {}, expect_blockers: icp_license}\n",
                                  "cases:\n  - {name: x, expect: {}, expect_blockers: null}\n",
                                  "cases:\n  - {name: x, expect: {}, expect_layers: null}\n",
                                  "cases:\n  - {name: x, expect: {}, oops: 1}\n",
                                  "cases:\n  - {name: x, expect: {}, as_of: someday}\n",
                                  # issue 30, item 17: these were internal errors (exit 5)
                                  "cases:\n  - {name: x, expect: {}, expect_reasons: {licence: 5}}\n",
                                  "cases:\n  - {name: x, expect: {}, as_of: 2026-01-01T10:00:00}\n",
                                  "cases: [\n"])
def test_malformed_case_files_are_usage_errors(tmp_path: Path, text: str) -> None:
    result = run("rules", "test", write(tmp_path, "c.cases.yaml", text))
    assert result.exit_code == 2, result.stdout + result.stderr
    assert "c.cases.yaml" in result.stderr


def test_cases_for_another_rulebook_are_refused(tmp_path: Path) -> None:
    cases = write(tmp_path, "c.cases.yaml", "rulebook: other\ncases: []\n")
    result = run("rules", "test", cases)
    assert result.exit_code == 2
    assert "for rulebook 'other', not 'wechat-mall'" in result.stderr


def test_an_invalid_rulebook_exits_4() -> None:
    broken = RULEBOOKS / "broken" / "unknown_filing.yaml"
    result = run("rules", "test", "--rules", broken, DEFAULT_CASES)
    assert result.exit_code == 4
    assert "unknown filing" in result.stderr


def test_cases_beside_a_rulebook_are_found(tmp_path: Path) -> None:
    shutil.copytree(DEFAULT_RULEBOOK.parent, tmp_path / "rules")
    result = run("rules", "test", "--rules", tmp_path / "rules" / "wechat-mall.yaml")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "coverage: 100.0%" in result.stdout
    assert run("rules", "test", "--rules", GOOD).exit_code == 2  # no cases beside it


def test_as_of_is_the_date_for_cases_without_one(tmp_path: Path) -> None:
    cases = write(tmp_path, "c.cases.yaml", """
cases:
  - name: mini-program
    models: [self-operated]
    answers: {channels: [mini_program]}
    expect: {app_filing: required}
""")
    assert run("rules", "test", cases, "--as-of", "2024-01-01").exit_code == 0
    before = run("rules", "test", cases, "--as-of", "2023-01-01")
    assert before.exit_code == 1
    assert "app_filing: expected required, got not_required" in before.stdout


def test_the_readme_examples_run(tmp_path: Path) -> None:
    import re

    from tests.rules_helpers import ROOT

    page = (ROOT / "docs" / "rulebooks.md").read_text(encoding="utf-8")
    rulebook, cases = re.findall(r"```yaml\n(.*?)```", page, re.DOTALL)[:2]
    lint = run("rules", "lint", write(tmp_path, "mini.yaml", rulebook))
    assert lint.exit_code == 0, lint.stdout
    result = run("rules", "test", write(tmp_path, "c.cases.yaml", cases))
    assert result.exit_code == 0, result.stdout
    assert "3 passed, 0 failed" in result.stdout


def test_rules_test_takes_a_rulebook_over_the_size_cap_when_allowed(tmp_path: Path) -> None:
    """The built-in rulebook with padding past 1 MiB: refused, then tested with --max-input-bytes."""
    from tests.rules_helpers import DEFAULT_CASES, DEFAULT_RULEBOOK

    big = tmp_path / "big.yaml"
    big.write_text(DEFAULT_RULEBOOK.read_text(encoding="utf-8") + "#" * 1_100_000 + "\n", "utf-8")
    refused = run("rules", "test", "--rules", big, DEFAULT_CASES)
    assert refused.exit_code == 4 and "is larger than 1,048,576 bytes" in refused.stderr
    result = run("rules", "test", "--rules", big, DEFAULT_CASES, "--max-input-bytes", "1500000")
    assert result.exit_code == 0, result.stdout[-2000:] + result.stderr
    assert " 0 failed" in result.stdout
