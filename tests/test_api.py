"""The Python API (icpcheck.check and friends): the same reports as the command line, typed, cheap
to import, and the README's example runs."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import icpcheck
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
DATE = "2026-11-28"
SELF = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": False}
FILE = {"answers": {**SELF, "channels": ["mini_program"]}, "held": ["icp_filing"],
        "waivers": [{"filing": "psb_filing", "reason": "booked for May", "expires": "2027-01-01"}]}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("doc", [SELF, FILE], ids=["flat", "with-holdings"])
def test_to_dict_is_what_check_format_json_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  lang: icpcheck.Lang, doc: dict[str, object]) -> None:
    monkeypatch.chdir(tmp_path)
    Path("answers.json").write_text(json.dumps(doc), "utf-8")
    cli = run_cli(["check", "--answers", "answers.json", "--format", "json", "--as-of", DATE, "--lang", lang])
    report = icpcheck.check(doc, as_of=DATE, lang=lang, name="answers.json")
    assert json.loads(cli.stdout) == report.to_dict()
    assert report.statuses == {f["id"]: f["status"] for f in report.to_dict()["filings"]}


def test_held_waivers_and_fail_on_as_arguments_match_the_flags() -> None:
    cli = run_cli(["check", "--format", "json", "--as-of", DATE, "--lang", "en", "--no-input",
                   "--held", "icp_filing", "--fail-on", "review", *(f"-a{k}={'yes' if v else 'no'}"
                                                                    for k, v in SELF.items())])
    waiver = icpcheck.Waiver("psb_filing", "booked", dt.date(2026, 1, 1))  # expired by DATE
    report = icpcheck.check(SELF, as_of=dt.date(2026, 11, 28), lang="en", held=["icp_filing"], fail_on="review",
                            waivers=[waiver])
    got, want = report.to_dict(), json.loads(cli.stdout)
    assert got["gate"] == want["gate"] == {"fail_on": "review", "passed": False,
                                                 "failing": ["mlps_filing", "psb_filing"]}
    assert report.exit_code == cli.exit_code == 1 and not report.gate_passed
    assert [f for f in got["filings"] if f["id"] == "psb_filing"][0]["waiver"]["expired"] is True
    assert any("expired" in w for w in got["warnings"])


@pytest.mark.parametrize("fmt", ["markdown", "junit", "text", "json"])
def test_render_reaches_every_format(fmt: icpcheck.Format) -> None:
    report = icpcheck.check(FILE, as_of=DATE, lang="en", name="answers.json")
    text = report.render(fmt)
    # Ids are for machines: JSON and JUnit carry them, the people's formats name the filing.
    assert ("icp_filing" if fmt in ("json", "junit") else "ICP filing") in text
    if fmt == "json":
        assert json.loads(text) == report.to_dict()
    if fmt == "text":
        assert "\x1b[" not in text  # no colour codes for a library caller


def test_render_markdown_is_the_cli_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.json").write_text(json.dumps(FILE), "utf-8")
    cli = run_cli(["check", "--answers", "a.json", "--format", "markdown", "--as-of", DATE, "--lang", "zh"])
    assert icpcheck.check(FILE, as_of=DATE, name="a.json").render("markdown") == cli.stdout


def test_missing_and_assumed_answers() -> None:
    with pytest.raises(icpcheck.MissingAnswers) as missing:
        icpcheck.check({"sells_own_goods": True}, as_of=DATE)
    assert {"third_party_sellers", "paid_content"} <= {q.id for q in missing.value.missing}
    assert isinstance(missing.value, icpcheck.AnswersError) and missing.value.exit_code == 3
    assumed = [a["id"] for a in icpcheck.check(SELF, as_of=DATE).to_dict()["answers"] if a["source"] == "default"]
    assert "channels" in assumed  # defaults were assumed
    with pytest.raises(icpcheck.AnswersError, match=r"answers assumed, not given: .*channels") as strict:
        icpcheck.check(SELF, as_of=DATE, strict=True)
    assert not isinstance(strict.value, icpcheck.MissingAnswers)
    given = {a["id"]: a["value"] for a in icpcheck.check(SELF, as_of=DATE).to_dict()["answers"]}
    assert icpcheck.check(given, as_of=DATE, strict=True).statuses["icp_filing"] == "required"
    with pytest.raises(icpcheck.AnswersError, match="is not yes or no"):
        icpcheck.check({**SELF, "paid_content": "maybe"}, as_of=DATE)
    with pytest.raises(icpcheck.AnswersError, match="not a filing id"):
        icpcheck.check(SELF, as_of=DATE, held=["nope"])
    with pytest.raises(ValueError, match="lang"):
        icpcheck.check(SELF, lang="fr")  # type: ignore[arg-type]


def test_rulebooks_and_questions(tmp_path: Path) -> None:
    rb = icpcheck.load_rulebook()
    assert icpcheck.load_rulebook(Path(rb.path)).sha256 == rb.sha256  # the built-in one's file
    assert icpcheck.check(SELF, rules=rb, as_of=DATE).statuses == icpcheck.check(SELF, as_of=DATE).statuses
    cli = json.loads(run_cli(["questions", "--format", "json", "--lang", "en"]).stdout)
    # The same questions, less the command line's own `flag` (how `-a` answers it), which the API has no use for.
    assert all(q.pop("flag").startswith(f"-a {q['id']}=") for q in cli["questions"])
    assert icpcheck.questions(lang="en") == cli["questions"] == icpcheck.questions(rb, lang="en")
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n")
    with pytest.raises(icpcheck.RulebookError):
        icpcheck.load_rulebook(bad)


def test_all_names_are_there() -> None:
    for name in icpcheck.__all__:
        assert getattr(icpcheck, name) is not None, name
    assert issubclass(icpcheck.AnswersError, icpcheck.IcpcheckError)
    with pytest.raises(AttributeError):
        icpcheck.nothing_here  # type: ignore[attr-defined]  # noqa: B018


def test_import_icpcheck_is_cheap() -> None:
    code = "import sys, icpcheck; print(','.join(sorted(m for m in sys.modules if m.startswith('icpcheck'))))"
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "icpcheck,icpcheck.version"  # the version: one line of its own


def test_the_readme_example_is_this_code_and_runs() -> None:
    from tests import api_example

    example = Path(api_example.__file__).read_text("utf-8").split("# --- README ---\n", 1)[1]
    readme = ROOT.joinpath("README.md").read_text("utf-8")
    block = re.search(r"<!-- api-example -->\n```python\n(.*?)```", readme, re.S)
    assert block is not None, "README.md: the Python API example follows <!-- api-example -->"
    # The same lines (PEP 8's two blank lines before a function are one in the README).
    assert block.group(1).split() == example.replace("  # noqa: E402", "").split()
    full = {a["id"]: a["value"] for a in icpcheck.check(FILE).to_dict()["answers"]}  # nothing left to assume
    body, code = api_example.check_mall({"answers": full, "held": ["icp_filing"]})
    assert code == 200 and body["gate"] == {"fail_on": "required", "passed": False,  # a mini-program, not filed
                                            "failing": ["app_filing"]}
    body, code = api_example.check_mall(SELF)
    assert code == 422 and "channels" in body["error"]
    body, code = api_example.check_mall({"sells_own_goods": True})
    assert code == 422 and body["missing"] == ["third_party_sellers", "charges_sellers", "paid_content"]
    assert "-a " not in str(body["error"]) and "--answers" not in str(body["error"])


TYPED_EXAMPLE = '''
import datetime as dt

import icpcheck


def needed(answers: dict[str, object]) -> list[str]:
    report: icpcheck.Report = icpcheck.check(answers, as_of=dt.date(2026, 11, 28), lang="en",
                                             held=["icp_filing"], strict=True)
    markdown: str = report.render("markdown")
    data: dict[str, object] = report.to_dict(lang="zh")
    print(markdown, data, report.exit_code, icpcheck.questions()[0]["id"], icpcheck.load_rulebook().id)
    try:
        icpcheck.check({})
    except icpcheck.MissingAnswers as err:
        print(err.missing, err.hint)
    return [fid for fid, status in report.statuses.items() if status == "required"]
'''


def test_mypy_strict_on_a_typed_example(tmp_path: Path) -> None:
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent)) or shutil.which("mypy")
    if mypy is None:
        if os.environ.get("ICPCHECK_REQUIRE_MYPY") == "1":
            pytest.fail("ICPCHECK_REQUIRE_MYPY=1 but mypy is not installed (the lint extra has it)")
        pytest.skip("mypy is not installed: pip install -e '.[lint]' (CI runs this test after it)")
    (tmp_path / "good.py").write_text(TYPED_EXAMPLE, "utf-8")
    (tmp_path / "bad.py").write_text(TYPED_EXAMPLE.replace('lang="en"', 'lang="fr"')
                                     .replace("markdown: str", "markdown: int"), "utf-8")
    args = [mypy, "--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".cache")]
    good = subprocess.run([*args, "good.py"], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert good.returncode == 0, good.stdout
    bad = subprocess.run([*args, "bad.py"], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert bad.returncode == 1 and "Literal['zh', 'en']" in bad.stdout and "variable has type \"int\"" in bad.stdout
