"""The CI gate: pure decisions, answers-file holdings, and exit codes 0 / 1 / 2 / 3 from the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from icpcheck import gate
from icpcheck.cli.main import cli
from icpcheck.errors import AnswersError
from tests.conftest import parse_junit

DAY = dt.date(2026, 11, 28)
AS_OF = ["--as-of", DAY.isoformat()]
SELF = ["--model", "self-operated", "--no-input", *AS_OF]  # icp_filing + psb_filing required
REVIEW_ONLY = [
    "-a",
    "sells_own_goods=no",
    "-a",
    "third_party_sellers=yes",
    "-a",
    "charges_sellers=no",
    "-a",
    "paid_content=no",
    "-a",
    "channels=saas_storefront",
    "--no-input",
    *AS_OF,
]  # edi_license review, nothing required
STATUSES = {
    "icp_filing": "required",
    "psb_filing": "required",
    "edi_license": "review",
    "icp_license": "not_required",
}


def waiver(fid: str, expires: dt.date) -> gate.Waiver:
    return gate.Waiver(fid, "in progress", expires)


def test_states_held_beats_waived_beats_missing() -> None:
    h = gate.Holdings(
        frozenset({"icp_filing"}), (waiver("icp_filing", DAY), waiver("psb_filing", DAY))
    )
    g = gate.decide(STATUSES, h, "required", DAY)
    assert [(f.filing, f.state) for f in g.filings] == [
        ("icp_filing", "held"),
        ("psb_filing", "waived"),
        ("edi_license", "not_needed"),
        ("icp_license", "not_needed"),
    ]
    assert g.passed and g.counts() == {"held": 1, "waived": 1, "missing": 0}


def test_a_waiver_holds_through_its_expiry_day_and_not_after() -> None:
    h = gate.Holdings(frozenset({"icp_filing"}), (waiver("psb_filing", DAY),))
    assert gate.decide(STATUSES, h, "required", DAY).passed
    later = gate.decide(STATUSES, h, "required", DAY + dt.timedelta(days=1))
    assert later.failing == ("psb_filing",)
    assert later.of("psb_filing").state == "missing" and later.of("psb_filing").waiver is not None
    assert any("expired on 2026-11-28" in n.text() and "counts as missing" in n.text() for n in later.notes)


def test_the_latest_waiver_for_a_filing_counts() -> None:
    h = gate.Holdings(
        frozenset(),
        (
            waiver("psb_filing", DAY - dt.timedelta(days=9)),
            waiver("psb_filing", DAY + dt.timedelta(days=9)),
        ),
    )
    assert gate.decide({"psb_filing": "required"}, h, "required", DAY).passed


def test_fail_on_review_also_fails_on_review() -> None:
    assert gate.decide({"edi_license": "review"}, gate.Holdings(), "required", DAY).passed
    g = gate.decide({"edi_license": "review"}, gate.Holdings(), "review", DAY)
    assert g.failing == ("edi_license",)


def test_no_gate_unless_something_is_held_or_fail_on_given() -> None:
    assert gate.resolve_fail_on(None, gate.Holdings()) is None
    assert gate.resolve_fail_on(None, gate.Holdings(frozenset({"icp_filing"}))) == "required"
    assert gate.resolve_fail_on("none", gate.Holdings(frozenset({"icp_filing"}))) is None
    g = gate.decide(STATUSES, gate.Holdings(), None, DAY)
    assert g.passed and g.of("icp_filing").state == "missing" and not g.of("icp_filing").fails


@pytest.mark.parametrize(
    "data, message",
    [
        ({"held": "icp_filing"}, "'held' must be a list"),
        ({"held": ["icp_filling"]}, "'icp_filling' is not a filing id (did you mean 'icp_filing'?)"),
        ({"held": [None]}, "held: null is not a filing id"),  # as the file wrote it, not Python's None
        ({"waivers": [{"filing": "psb_filing", "reason": "x"}]}, "missing expires"),
        (
            {"waivers": [{"filing": "psb_filing", "reason": "x", "expires": "soon"}]},
            "is not a date",
        ),
        (
            {"waivers": [{"filing": "psb_filing", "reason": " ", "expires": "2027-01-01"}]},
            "non-empty",
        ),
        (
            {
                "waivers": [
                    {"filing": "psb_filing", "reason": "x", "expires": "2027-01-01", "by": 1}
                ]
            },
            "unknown key(s) 'by'",
        ),
    ],
)
def test_bad_holdings_in_a_file_are_answers_errors(data: object, message: str) -> None:
    with pytest.raises(AnswersError, match=None) as err:
        gate.holdings_from_document(data, STATUSES, name="a.yaml")
    assert message in err.value.message


def test_yaml_dates_and_text_dates_both_work() -> None:
    h = gate.holdings_from_document(
        {
            "waivers": [
                {"filing": "psb_filing", "reason": "r", "expires": dt.date(2027, 1, 1)},
                {"filing": "icp_filing", "reason": "r", "expires": "2027-01-02"},
            ]
        },
        STATUSES,
        name="a.yaml",
    )
    assert [w.expires for w in h.waivers] == [dt.date(2027, 1, 1), dt.date(2027, 1, 2)]


def test_held_ids_are_checked_against_filing_ids() -> None:
    with pytest.raises(gate.UnknownFiling, match="not a filing id") as caught:
        gate.held_ids(["icp"], STATUSES)
    assert caught.value.filing == "icp" and "--held" not in str(caught.value)


# --- from the command line: exit codes -------------------------------------------------------


def test_exit_0_when_every_required_filing_is_held(runner: CliRunner) -> None:
    r = runner.invoke(
        cli, [*SELF, "--held", "icp_filing", "--held", "psb_filing", "--format", "json"]
    )
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["exit_code"] == 0 and d["gate"] == {
        "fail_on": "required",
        "passed": True,
        "failing": [],
    }
    assert d["summary"]["held"] == 2 and d["summary"]["missing"] == 0


def test_exit_1_when_a_required_filing_is_missing(runner: CliRunner) -> None:
    r = runner.invoke(cli, [*SELF, "--held", "icp_filing", "--format", "json"])
    assert r.exit_code == 1
    d = json.loads(r.stdout)
    assert d["exit_code"] == 1 and d["gate"]["failing"] == ["psb_filing"]
    psb = next(f for f in d["filings"] if f["id"] == "psb_filing")
    assert psb["held"] is False and psb["gate"] == {"state": "missing", "fails": True}
    assert "gate FAILED" in r.stderr and "psb_filing" in r.stderr


def test_exit_1_with_fail_on_alone(runner: CliRunner) -> None:
    assert runner.invoke(cli, [*SELF, "--fail-on", "required"]).exit_code == 1
    assert runner.invoke(cli, [*SELF, "--held", "icp_filing", "--fail-on", "none"]).exit_code == 0


def test_no_gate_by_default_even_when_filings_are_required(runner: CliRunner) -> None:
    r = runner.invoke(cli, [*SELF, "--format", "json"])
    assert r.exit_code == 0
    assert json.loads(r.stdout)["gate"] == {"fail_on": None, "passed": True, "failing": []}


def test_fail_on_review(runner: CliRunner) -> None:
    assert runner.invoke(cli, REVIEW_ONLY).exit_code == 0
    assert runner.invoke(cli, [*REVIEW_ONLY, "--fail-on", "required"]).exit_code == 0
    r = runner.invoke(cli, [*REVIEW_ONLY, "--fail-on", "review", "--format", "json"])
    assert r.exit_code == 1
    assert json.loads(r.stdout)["gate"]["failing"] == ["edi_license", "mlps_filing"]


def test_exit_3_when_answers_are_missing_even_with_a_gate(runner: CliRunner) -> None:
    r = runner.invoke(cli, ["--no-input", "-a", "sells_own_goods=yes", "--held", "icp_filing"])
    assert r.exit_code == 3
    assert "missing answers" in r.stderr and r.stdout == ""


def test_exit_3_for_a_bad_held_id_in_a_file(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "a.yaml"
    f.write_text(
        "answers: {sells_own_goods: yes, third_party_sellers: no, paid_content: no}\n"
        "held: [icp_filng]\n"
    )
    r = runner.invoke(cli, ["--answers", str(f), "--no-input"])
    assert r.exit_code == 3 and "icp_filng" in r.stderr


def test_exit_2_for_a_bad_held_flag(runner: CliRunner) -> None:
    r = runner.invoke(cli, [*SELF, "--held", "icp"])
    assert r.exit_code == 2 and "no such filing" in r.stderr


def test_expired_waiver_fails_and_says_so(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "answers.yaml"
    f.write_text(
        "answers: {sells_own_goods: yes, third_party_sellers: no, paid_content: no}\n"
        "held: [icp_filing]\n"
        "waivers:\n  - {filing: psb_filing, reason: registering, expires: 2026-06-30}\n"
    )
    ok = runner.invoke(
        cli, ["--answers", str(f), "--no-input", "--as-of", "2026-06-30", "--format", "json"]
    )
    assert ok.exit_code == 0, ok.stderr
    psb = next(x for x in json.loads(ok.stdout)["filings"] if x["id"] == "psb_filing")
    assert psb["waived"] is True and psb["gate"]["state"] == "waived"
    r = runner.invoke(
        cli, ["--answers", str(f), "--no-input", "--as-of", "2026-07-01", "--format", "json"]
    )
    assert r.exit_code == 1
    d = json.loads(r.stdout)
    psb = next(x for x in d["filings"] if x["id"] == "psb_filing")
    assert psb["waived"] is False and psb["gate"]["state"] == "missing"
    assert psb["waiver"] == {"reason": "registering", "expires": "2026-06-30", "expired": True}
    assert any("expired on 2026-06-30" in w for w in d["warnings"])
    assert "expired on 2026-06-30" in r.stderr
    text = runner.invoke(
        cli, ["--answers", str(f), "--no-input", "--as-of", "2026-07-01", "--lang", "en"]
    )
    assert "waiver expired 2026-06-30" in text.stdout


@pytest.mark.parametrize("fmt", ["text", "markdown", "junit", "json"])
def test_every_format_shows_held_missing_waived_and_counts(
    runner: CliRunner, tmp_path: Path, fmt: str
) -> None:
    f = tmp_path / "a.yaml"
    f.write_text(
        "answers: {sells_own_goods: no, third_party_sellers: yes, charges_sellers: yes,"
        " paid_content: no}\nheld: [icp_filing]\n"
        "waivers: [{filing: icp_license, reason: applied, expires: '2027-01-01'}]\n"
    )
    r = runner.invoke(
        cli, ["--answers", str(f), "--no-input", "--lang", "en", "--format", fmt, *AS_OF]
    )
    assert r.exit_code == 1  # edi_license and psb_filing are required and neither held nor waived
    out = r.stdout
    if fmt == "json":
        d = json.loads(out)
        assert d["summary"] | {} == {**d["summary"], "held": 1, "waived": 1, "missing": 2}
        return
    if fmt == "junit":
        root = parse_junit(out)
        failed = sorted(
            c.get("name") for c in root.iter("testcase") if c.find("failure") is not None
        )
        assert failed == ["edi_license", "psb_filing"]
    for word in ("held", "waived until 2027-01-01", "missing", "held 1 · waived 1 · missing 2"):
        assert word in out, (word, out)


def test_same_keys_with_and_without_a_gate(runner: CliRunner) -> None:
    def keys(d: object) -> object:
        if isinstance(d, dict):
            return {k: keys(v) for k, v in d.items() if k not in ("waiver",)}
        return None

    plain = json.loads(runner.invoke(cli, [*SELF, "--format", "json"]).stdout)
    gated = json.loads(
        runner.invoke(cli, [*SELF, "--held", "icp_filing", "--format", "json"]).stdout
    )
    other = json.loads(runner.invoke(cli, [*REVIEW_ONLY, "--format", "json"]).stdout)
    assert keys(plain) == keys(gated) == keys(other)
    for d in (plain, gated, other):
        assert [f["id"] for f in d["filings"]] == sorted(f["id"] for f in d["filings"])
        assert [a["id"] for a in d["answers"]] == sorted(a["id"] for a in d["answers"])
        for f in d["filings"]:
            assert isinstance(f["benefits"], list) and isinstance(f["reasons"], list)


# --- the README's CI recipe ------------------------------------------------------------------

REPO = Path(__file__).resolve().parent.parent


def test_example_answers_file_fits_the_schema() -> None:
    import yaml

    from tests.conftest import validate

    validate("answers", yaml.safe_load((REPO / "examples" / "answers.yaml").read_text("utf-8")))


@pytest.mark.parametrize(
    "held, extra, code",
    [
        ("held: [icp_filing, app_filing]", [], 0),
        ("held: [icp_filing]", [], 1),
        ("held: [icp_filing, app_filing]", ["--as-of", "2031-01-01"], 1),
    ],
)
def test_readme_ci_recipe_output_is_real(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    held: str,
    extra: list[str],
    code: int,
) -> None:
    """Each stderr line the README shows for the CI command is what the command prints."""
    example = (REPO / "examples" / "answers.yaml").read_text("utf-8")
    assert "held: [icp_filing, app_filing]" in example
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "answers.yaml").write_text(
        example.replace("held: [icp_filing, app_filing]", held), "utf-8"
    )
    monkeypatch.chdir(tmp_path)
    args = ["check", "--answers", "examples/answers.yaml", "--strict", "--format", "junit"]
    # The README's first run has no --as-of; pin a day inside the example waiver.
    as_of = extra or ["--as-of", "2026-11-28"]
    r = runner.invoke(cli, [*args, "--output", "icpcheck.xml", *as_of])
    assert r.exit_code == code
    readme = (REPO / "README.md").read_text("utf-8")
    for line in r.stderr.splitlines():
        assert line in readme, line
    parse_junit((tmp_path / "icpcheck.xml").read_text("utf-8"))


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_without_a_gate_people_formats_have_no_held_column(runner: CliRunner, fmt: str) -> None:
    plain = runner.invoke(cli, [*SELF, "--lang", "en", "--format", fmt]).stdout
    missing = "[missing]" if fmt == "text" else "\\[missing\\]"  # Markdown escapes its brackets
    assert missing not in plain and "held 0" not in plain
    gated = runner.invoke(cli, [*SELF, "--lang", "en", "--format", fmt, "--fail-on", "required"])
    # Each step of the plan says whether it is held; the gate's line follows the plan.
    assert gated.stdout.count(missing) == 2
    assert "held 0 · waived 0 · missing 2" in gated.stdout


# --- properties of the pure gate -------------------------------------------------------------

FIDS = ["icp_filing", "icp_license", "edi_license", "app_filing", "psb_filing"]
days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2035, 12, 31))


@given(
    statuses=st.fixed_dictionaries({f: st.sampled_from(["required", "review", "not_required"]) for f in FIDS}),
    held=st.frozensets(st.sampled_from(FIDS)),
    waivers=st.lists(st.tuples(st.sampled_from(FIDS), days), max_size=6),
    fail_on=st.sampled_from([None, "required", "review", "none"]),
    as_of=days,
)
def test_gate_invariants(
    statuses: dict[str, str],
    held: frozenset[str],
    waivers: list[tuple[str, dt.date]],
    fail_on: str | None,
    as_of: dt.date,
) -> None:
    holdings = gate.Holdings(held, tuple(gate.Waiver(f, "r", d) for f, d in waivers))
    on = gate.resolve_fail_on(fail_on, holdings)
    g = gate.decide(statuses, holdings, on, as_of)
    needed = {"required", "review"} if on == "review" else {"required"}
    for f in g.filings:
        active = any(w.filing == f.filing and as_of <= w.expires for w in holdings.waivers)
        assert f.held == (f.filing in held) and f.waived == active
        if f.held:
            assert f.state == "held"
        elif active:
            assert f.state == "waived"
        else:
            assert f.state == ("missing" if f.status in needed else "not_needed")
        assert f.fails == (on is not None and f.state == "missing")
    assert g.passed == (not g.failing) and sum(g.counts().values()) <= len(FIDS)
    if fail_on is None and not holdings:
        assert g.passed  # no gate unless asked for
    expired = {w.filing for w in holdings.waivers} - {f.filing for f in g.filings if f.waived}
    assert len(g.notes) == len(expired)


def test_ci_snippets_are_yaml_running_the_tested_command() -> None:
    import re

    import yaml

    readme = (REPO / "docs" / "ci.md").read_text("utf-8")
    blocks = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", readme, re.S)]
    command = "icpcheck check --answers examples/answers.yaml --strict --format junit --output icpcheck.xml"
    github = next(b for b in blocks if isinstance(b, dict) and "jobs" in b)
    assert command in [s.get("run") for s in github["jobs"]["icpcheck"]["steps"]]
    gitlab = next(b for b in blocks if isinstance(b, dict) and "icpcheck" in b)
    assert command in gitlab["icpcheck"]["script"]
    assert gitlab["icpcheck"]["artifacts"]["reports"]["junit"] == "icpcheck.xml"
