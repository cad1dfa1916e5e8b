"""`rules lint`: every broken rulebook fails with its own message and exit 4; good ones pass."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from icpcheck.authoring.lint import lint
from icpcheck.rulebook.build import load_rulebook
from tests.rules_helpers import BROKEN, DEFAULT_RULEBOOK, GOOD, RULEBOOKS, expected_message, run


def test_the_default_rulebook_passes_lint() -> None:
    result = run("rules", "lint")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "ok" in result.stdout
    assert f"verified {len(load_rulebook().filings)} filings" in result.stdout
    # Its "none of these" and default choices are compared by no condition on purpose: no warning.
    # The only warnings are filings whose duration no source gives (issue 24: left out, not guessed).
    warned = [line for line in result.stdout.splitlines() if "warning" in line]
    assert all("no duration under `procedures`" in line for line in warned), result.stdout


def test_the_good_test_rulebook_passes_lint() -> None:
    result = run("rules", "lint", GOOD)
    assert result.exit_code == 0, result.stdout
    assert lint(str(GOOD)).warnings == []


def test_there_is_a_broken_rulebook_for_each_check() -> None:
    names = {p.stem for p in BROKEN}
    for check in ("duplicate_key", "duplicate_id", "incomplete", "conflict", "when_later",
                  "when_self", "unknown_question", "unknown_choice", "unknown_filing",
                  "missing_language", "missing_citation", "bad_default", "unread_question",
                  "never_fires", "unknown_key", "dated_gap"):
        assert check in names


@pytest.mark.parametrize(
    "path",
    [pytest.param(p, id=p.stem) for p in BROKEN],
)
def test_each_broken_rulebook_fails_with_its_message_and_exit_4(path: Path) -> None:
    result = run("rules", "lint", path)
    assert result.exit_code == 4, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "internal error" not in result.stderr
    out = result.stdout
    assert expected_message(path).lower() in out.lower(), out
    # every problem line names the file first: file[:line]: sentence
    for line in out.splitlines():
        if not line.startswith(" "):
            assert line.startswith(str(path)), line


def test_lint_reports_all_problems_at_once(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    text = text.replace("reason: {zh: 你不收费。, en: You charge no fees.}", "reason: {zh: 你不收费。}")
    text = text.replace("      - filing: licence\n        status: not_required",
                        "      - filing: license\n        status: not_required")
    text = text.replace("    valid_from: 2023-09-01\n", "    valid_form: 2023-09-01\n")
    bad = tmp_path / "three.yaml"
    bad.write_text(text, encoding="utf-8")
    result = run("rules", "lint", bad)
    assert result.exit_code == 4
    assert "missing its 'en' version" in result.stdout
    assert "unknown filing 'license'" in result.stdout
    assert "unknown key 'valid_form'" in result.stdout
    assert ": 3 problems" in result.stderr  # ngettext: "1 problem", "3 problems"


def test_one_fault_is_one_problem(tmp_path: Path) -> None:
    bad = tmp_path / "lang.yaml"
    bad.write_text(GOOD.read_text(encoding="utf-8").replace(
        "reason: {zh: 你不收费。, en: You charge no fees.}", "reason: {zh: 你不收费。}"), "utf-8")
    problems = lint(str(bad)).problems
    assert len(problems) == 1, problems


def test_problems_point_at_their_line() -> None:
    path = next(p for p in BROKEN if p.stem == "unknown_filing")
    problem = next(p for p in lint(str(path)).problems if "unknown filing" in p.message)
    assert problem.line is not None
    line = path.read_text(encoding="utf-8").splitlines()[problem.line - 1]
    assert "license" in line


def test_unused_choice_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8").replace(
        "      - {value: app, label: {zh: 应用, en: App}}\n",
        "      - {value: app, label: {zh: 应用, en: App}}\n"
        "      - {value: kiosk, label: {zh: 终端, en: Kiosk}}\n",
    )
    path = tmp_path / "kiosk.yaml"
    path.write_text(text, "utf-8")
    result = run("rules", "lint", path)
    # kiosk is compared by no rule: a warning; and no rule covers it: app_filing has a gap.
    assert "warning: questions.2.choices.2: choice 'kiosk'" in result.stdout
    assert "gets no status when channel=kiosk" in result.stdout
    assert result.exit_code == 4


def test_rules_option_is_the_same_as_the_path(tmp_path: Path) -> None:
    path = next(p for p in BROKEN if p.stem == "conflict")
    assert run("rules", "lint", "--rules", path).stdout == run("rules", "lint", path).stdout
    both = run("rules", "lint", GOOD, "--rules", path)
    assert both.exit_code == 2


def test_as_of_verifies_one_date_only() -> None:
    path = next(p for p in BROKEN if p.stem == "dated_gap")
    assert run("rules", "lint", path, "--as-of", "2023-05-01").exit_code == 4
    assert run("rules", "lint", path, "--as-of", "2024-05-01").exit_code == 0
    assert run("rules", "lint", path, "--as-of", "2022-05-01").exit_code == 0
    assert run("rules", "lint", path, "--as-of", "someday").exit_code == 2


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    result = run("rules", "lint", tmp_path / "nope.yaml")
    assert result.exit_code == 4
    assert "nope.yaml" in result.stdout


@pytest.mark.parametrize("text", ["", "- a list\n", "id: [unclosed\n", "just a string\n"])
def test_garbage_never_crashes(tmp_path: Path, text: str) -> None:
    path = tmp_path / "garbage.yaml"
    path.write_text(text, "utf-8")
    result = run("rules", "lint", path)
    assert result.exit_code == 4, result.stdout + result.stderr


def test_a_copy_of_the_default_rulebook_lints_clean(tmp_path: Path) -> None:
    copy = tmp_path / "copy.yaml"
    shutil.copy(DEFAULT_RULEBOOK, copy)
    assert run("rules", "lint", copy).exit_code == 0


def test_the_check_path_does_not_import_jsonschema() -> None:
    code = (
        "import sys\n"
        "from icpcheck.cli.main import cli\n"
        "try:\n"
        "    cli.main(args=['check', '--model', 'platform', '--format', 'json'], prog_name='icpcheck')\n"
        "except SystemExit as e:\n"
        "    assert e.code == 0, e.code\n"
        "print('jsonschema' in sys.modules, 'rich' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip().endswith("False False"), done.stderr


@pytest.mark.parametrize("args", [["rules"], ["rules", "lint"], ["rules", "test"], ["rules", "graph"],
                                  ["schema"]])
def test_every_command_has_help(args: list[str]) -> None:
    result = run(*args, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ")
    if args != ["rules"]:
        assert "Exit codes:" in result.stdout


def test_a_disputed_citation_under_a_settled_status_fails(tmp_path: Path) -> None:
    # The same effect labelled disputed passes once its status is review (with how to settle).
    broken = RULEBOOKS / "broken" / "disputed_not_review.yaml"
    assert any("a disputed point must be 'review'" in p.message for p in lint(str(broken)).problems)
    fixed = tmp_path / "fixed.yaml"
    fixed.write_text(broken.read_text(encoding="utf-8").replace(
        "        status: required\n        reason: {zh: 你收费。, en: You charge fees.}\n",
        "        status: review\n        reason: {zh: 你收费。, en: You charge fees.}\n"
        "        settle: {zh: 问管理局。, en: Ask the bureau.}\n", 1), encoding="utf-8")
    assert not [p for p in lint(str(fixed)).problems if "disputed" in p.message]


def _lint_text(tmp_path: Path, old: str, new: str) -> list[str]:
    text = GOOD.read_text(encoding="utf-8")
    assert old in text
    bad = tmp_path / "texts.yaml"
    bad.write_text(text.replace(old, new), encoding="utf-8")
    return [p.message for p in lint(str(bad)).problems]


@pytest.mark.parametrize(("zh", "en", "found"), [
    ("你不 收费。", "You charge no fees.", "half-width space"),
    ("你不收费。 另外", "You charge no fees.", "half-width space"),
    ("你不收费 。", "You charge no fees.", "half-width space"),
    ("注意: 你不收费。", "You charge no fees.", "half-width punctuation"),
    ("You charge no fees at all.", "You charge no fees.", "mostly English"),
    ("你不收费。", "You charge no fees，真的。", "holds Chinese"),
    ("你不收费。", "You charge 商家任何费用都不收取.", "holds Chinese"),
])
def test_lint_finds_texts_in_the_wrong_language_or_spacing(tmp_path: Path, zh: str, en: str,
                                                           found: str) -> None:
    problems = _lint_text(tmp_path, "reason: {zh: 你不收费。, en: You charge no fees.}",
                          f'reason: {{zh: "{zh}", en: "{en}"}}')
    assert len(problems) == 1 and found in problems[0], problems


@pytest.mark.parametrize(("zh", "en"), [
    ("依据《微信微商城需要ICP证吗?》一文，你不收费。", 'Per the article "Does it need an ICP licence?", no fees.'),
    ("你不收费（B25 业务）。", "You charge no fees (B25)."),
    ("你不收费。", "No fees: see 工信部通〔2015〕196号 and 《互联网信息服务管理办法》."),
    ("你不收费。", "No ICP licence (互联网信息服务增值电信业务经营许可证) is needed."),
])
def test_lint_accepts_names_and_numbers_across_languages(tmp_path: Path, zh: str, en: str) -> None:
    assert _lint_text(tmp_path, "reason: {zh: 你不收费。, en: You charge no fees.}",
                      f"reason: {{zh: '{zh}', en: '{en}'}}") == []


def test_a_section_may_be_a_pair_of_languages(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    old = "{source: law, articles: [3], confidence: law}"
    assert old in text
    good = tmp_path / "pair.yaml"
    good.write_text(text.replace(old, "{source: law, articles: [3], section: {zh: 第1款, en: para. 1}, "
                                      "confidence: law}"), encoding="utf-8")
    result = lint(str(good))
    assert result.problems == [] and result.rulebook is not None
    sections = {c.section for r in result.rulebook.rules for e in r.effects for c in e.citations}
    assert any(getattr(s, "zh", None) == "第1款" for s in sections)
    bad = tmp_path / "half.yaml"
    bad.write_text(text.replace(old, "{source: law, articles: [3], section: {zh: 第1款}, "
                                     "confidence: law}"), encoding="utf-8")
    assert any("missing its 'en' version" in p.message for p in lint(str(bad)).problems)


def test_a_not_required_resting_on_inference_alone_fails(tmp_path: Path) -> None:
    # Round three: a wrong "not required" is the worst error, so inference alone cannot carry it.
    text = GOOD.read_text(encoding="utf-8")
    assert "confidence: law" in text
    bad = tmp_path / "inference.yaml"
    bad.write_text(text.replace("confidence: law", "confidence: inference"), encoding="utf-8")
    messages = [p.message for p in lint(str(bad)).problems]
    assert any("not_required on inference alone" in m for m in messages), messages
    assert not [m for m in (p.message for p in lint(str(GOOD)).problems) if "inference alone" in m]


def test_a_source_without_a_date_fails_unless_it_was_read_on_a_day(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    dated = "  law: {title: {zh: 某法, en: Some law}, date: 2000-01-01}"
    assert dated in text
    bad = tmp_path / "undated.yaml"
    bad.write_text(text.replace(dated, "  law: {title: {zh: 某法, en: Some law}}"), encoding="utf-8")
    assert any("source 'law' has no date" in p.message for p in lint(str(bad)).problems)
    read = tmp_path / "accessed.yaml"
    read.write_text(text.replace(dated, "  law: {title: {zh: 某法, en: Some law}, accessed: 2026-12-06,"
                                        " url: 'https://example.org/law'}"), encoding="utf-8")
    assert lint(str(read)).problems == []
    assert lint(str(read)).rulebook.sources[0].url == "https://example.org/law"  # type: ignore[union-attr]


def test_a_source_url_must_be_an_address(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    bad = tmp_path / "url.yaml"
    bad.write_text(text.replace("date: 2000-01-01}", "date: 2000-01-01, url: somewhere}", 1),
                   encoding="utf-8")
    assert any("url: should be https://…, not the string 'somewhere'" in p.message
               for p in lint(str(bad)).problems), [p.message for p in lint(str(bad)).problems]


def test_a_filing_kind_is_filing_or_check(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    assert "filings:\n  - id: " in text
    bad = tmp_path / "kind.yaml"
    bad.write_text(text.replace("filings:\n  - id: ", "filings:\n  - kind: checkup\n    id: ", 1),
                   encoding="utf-8")
    assert any("unknown kind 'checkup'" in p.message for p in lint(str(bad)).problems)


def test_lint_without_the_solver_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """python-sat is in the `authoring` extra (issue 23): without it, one clear line and exit 2."""
    import sys

    from click.testing import CliRunner

    from icpcheck.cli.main import cli

    for name in [m for m in sys.modules if m.startswith(("pysat", "icpcheck.authoring"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pysat", None)  # import pysat now raises ImportError
    r = CliRunner().invoke(cli, ["rules", "lint"])
    assert r.exit_code == 2, r.stderr
    assert "needs the authoring extra" in r.stderr and "pip install 'icpcheck[authoring]'" in r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr


@pytest.fixture(scope="module")
def five_times(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built-in rulebook with four renamed copies of its questions, filings and rules: ~1.3 MB."""
    import json

    import yaml

    from tests.authoring.grow import multiply

    data = multiply(yaml.safe_load(DEFAULT_RULEBOOK.read_text(encoding="utf-8")), 5)
    path = tmp_path_factory.mktemp("grow") / "five.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False, default=str), "utf-8")  # JSON is YAML
    return path


def test_a_rulebook_over_the_size_cap_lints_once_the_author_raises_it(five_times: Path) -> None:
    size = five_times.stat().st_size
    assert 1_048_576 < size < 2_000_000
    refused = run("rules", "lint", five_times)
    assert refused.exit_code == 4
    assert "is larger than 1,048,576 bytes" in refused.stdout + refused.stderr
    result = run("rules", "lint", five_times, "--max-input-bytes", "2000000")
    assert result.exit_code == 0, result.stdout[-2000:] + result.stderr
    assert "verified 145 filings" in result.stdout  # 29 filings, five times
    assert "drug_business_license_copy5" in result.stdout  # its warnings are the copies' too


@pytest.mark.slow  # parses 150,000 values twice (~3.5 s)
def test_the_values_cap_rises_with_the_size_cap(tmp_path: Path) -> None:
    # 150,000 values in under 1 MiB: refused by default, read (then found no rulebook) with more room.
    path = tmp_path / "many.yaml"
    path.write_text("x: [" + "1," * 150_000 + "1]\n", "utf-8")
    refused = run("rules", "lint", path)
    assert refused.exit_code == 4 and "holds more than 100,000 values" in refused.stdout
    raised = run("rules", "lint", path, "--max-input-bytes", "2000000")
    assert raised.exit_code == 4 and "more than" not in raised.stdout
    assert "missing required key 'id'" in raised.stdout  # read: the builder's problems with it
