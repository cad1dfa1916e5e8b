"""`--format junit`: one test case per filing, a failure for each that trips the gate."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from icpcheck.cli.main import cli
from icpcheck.rulebook.build import load_rulebook
from tests.conftest import parse_junit

SELF = [
    "--model",
    "self-operated",
    "--no-input",
    "--as-of",
    "2026-11-28",
    "--lang",
    "en",
    "--format",
    "junit",
]


def failures(root: object) -> dict[str, str]:
    return {
        c.get("name"): c.find("failure").get("message")  # type: ignore[union-attr]
        for c in root.iter("testcase")
        if c.find("failure") is not None
    }  # type: ignore[attr-defined]


def test_one_case_per_filing_and_no_failure_without_a_gate(runner: CliRunner) -> None:
    r = runner.invoke(cli, SELF)
    assert r.exit_code == 0
    root = parse_junit(r.stdout)
    names = [c.get("name") for c in root.iter("testcase")]
    assert names == sorted(f.id for f in load_rulebook().filings)
    assert failures(root) == {}
    props = {p.get("name"): p.get("value") for p in root.iter("property")}
    assert props["rulebook.id"] == "wechat-mall" and props["fail_on"] == "none"


def test_a_failure_for_each_filing_that_trips_the_gate(runner: CliRunner) -> None:
    r = runner.invoke(cli, [*SELF, "--fail-on", "required"])
    assert r.exit_code == 1
    root = parse_junit(r.stdout)
    got = failures(root)
    assert sorted(got) == ["icp_filing", "psb_filing"]
    assert got["psb_filing"] == "psb_filing is required and neither held nor waived"
    assert root.find("testsuite").get("failures") == "2"  # type: ignore[union-attr]


def test_held_filings_pass_and_expired_waivers_fail(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "a.yaml"
    f.write_text(
        "answers: {sells_own_goods: yes, third_party_sellers: no, paid_content: no}\n"
        "held: [icp_filing]\n"
        "waivers: [{filing: psb_filing, reason: pending, expires: '2026-01-31'}]\n"
    )
    r = runner.invoke(cli, ["--answers", str(f), *SELF[3:]])
    assert r.exit_code == 1
    got = failures(parse_junit(r.stdout))
    assert list(got) == ["psb_filing"] and "waiver expired 2026-01-31" in got["psb_filing"]


def test_junit_to_a_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "icpcheck.xml"
    r = runner.invoke(cli, [*SELF, "--held", "icp_filing", "--output", str(out)])
    assert r.exit_code == 1 and r.stdout == ""
    assert list(failures(parse_junit(out.read_text("utf-8")))) == ["psb_filing"]


def test_text_with_markup_like_characters_is_escaped(runner: CliRunner) -> None:
    r = runner.invoke(cli, [*SELF[:-2], "--lang", "zh", "--format", "junit"])
    parse_junit(r.stdout)  # Chinese text, &, <, quotes in citations: still well-formed XML
