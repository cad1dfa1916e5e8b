"""The command-line conventions people expect (issue 18): shared options before or after the
command, `completion SHELL`, `--<TAB>` completing check's options, -V naming the rulebook,
`explain` by name with --format/--as-of, `schema`/`explain` listing what they take."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import click
import pytest

from icpcheck import __version__
from icpcheck.rulebook.build import load_rulebook
from tests.conftest import run_cli

SELF = ["--no-input", "--as-of", "2026-11-28", "-a", "sells_own_goods=yes", "-a", "third_party_sellers=no",
        "-a", "paid_content=no"]


@pytest.mark.parametrize("args", [
    ["--lang", "zh", "questions"], ["questions", "--lang", "zh"], ["--lang=zh", "questions"],
    ["--quiet", "--no-color", "--lang", "zh", "--debug", "questions"],
])
def test_shared_options_before_or_after_the_command(args: list[str]) -> None:
    r = run_cli(args)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == run_cli(["questions", "--lang", "zh"]).stdout and "是/否" in r.stdout


def test_shared_options_before_check_and_without_a_command() -> None:
    base = run_cli(["check", *SELF, "--lang", "zh"]).stdout
    assert run_cli(["--lang", "zh", "check", *SELF]).stdout == base
    assert run_cli(["--lang", "zh", *SELF]).stdout == base
    rules = str(load_rulebook().path)
    assert run_cli(["--rules", rules, "--lang", "zh", *SELF]).stdout == base


def test_the_command_s_own_option_wins() -> None:
    both = run_cli(["--lang", "zh", "questions", "--lang", "en"])
    assert both.stdout == run_cli(["questions", "--lang", "en"]).stdout


def test_shared_options_after_a_command_that_does_not_take_them() -> None:
    r = run_cli(["schema", "report", "--lang", "zh", "--quiet", "--no-color"])
    assert r.exit_code == 0 and json.loads(r.stdout)["title"] == "icpcheck report"


def test_options_of_check_before_another_command_still_get_the_hint() -> None:
    r = run_cli(["--format", "json", "questions"])
    assert r.exit_code == 2 and "'questions' is a command" in r.stderr


def test_quiet_leaves_only_errors_on_stderr() -> None:
    noisy = run_cli(["check", *SELF, "--format", "json", "-a", "charges_sellers=yes"])
    assert "warning" in noisy.stderr and "note" in noisy.stderr
    for args in (["--quiet", "check"], ["check", "-q"]):
        r = run_cli([*args, *SELF, "--format", "json", "-a", "charges_sellers=yes"])
        assert r.exit_code == 0 and r.stderr == "" and r.stdout == noisy.stdout
    failed = run_cli(["-q", "check", *SELF, "--held", "icp_filing"])
    assert failed.exit_code == 1 and failed.stderr == ""
    bad = run_cli(["-q", "check", "--no-input", "-a", "nope=yes"])
    assert bad.exit_code == 3 and "unknown question" in bad.stderr


def test_no_color_option(monkeypatch: pytest.MonkeyPatch) -> None:
    import icpcheck

    monkeypatch.delenv("NO_COLOR", raising=False)
    report = icpcheck.check({"sells_own_goods": True, "third_party_sellers": False, "paid_content": False})
    from icpcheck.render import render

    assert "\x1b[" in render(report.engine, "text", "en", terminal=True)
    seen: list[str | None] = []
    echo = click.echo
    monkeypatch.setattr(click, "echo", lambda *a, **k: (seen.append(os.environ.get("NO_COLOR")), echo(*a, **k))[1])
    run_cli(["--no-color", "schema"])
    assert seen and set(seen) == {"1"}  # in force while the command runs ...
    assert os.environ.get("NO_COLOR") is None  # ... and scoped to it (issue 30 item 18)


def test_version_names_the_rulebook() -> None:
    rb = load_rulebook()
    want = (f"icpcheck {__version__}\nrulebook {rb.id} {rb.version} (checked {rb.checked.isoformat()}, "
            f"sha256 {rb.sha256[:12]})\n")
    for flag in ("-V", "--version"):
        r = run_cli([flag])
        assert r.exit_code == 0 and r.stdout == want


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_prints_the_script(shell: str) -> None:
    r = run_cli(["completion", shell])
    assert r.exit_code == 0 and "_ICPCHECK_COMPLETE" in r.stdout
    assert f"{shell}_complete" in r.stdout
    if shell == "bash":
        assert "compopt -o nospace" in r.stdout  # ours: `-a kinds=` waits for its value
    if shell == "fish":
        assert 'string split -m 1 ","' in r.stdout
    binary = shutil.which(shell)
    if binary is not None and shell != "fish":
        syntax = subprocess.run([binary, "-n"], input=r.stdout, capture_output=True, text=True, timeout=30)
        assert syntax.returncode == 0, syntax.stderr
    assert run_cli(["completion", "tcsh"]).exit_code == 2


def _complete(words: str, cword: int) -> list[str]:
    env = {**os.environ, "_ICPCHECK_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    code = "import sys; from icpcheck.cli.main import main; sys.exit(main())"
    p = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    return [line.split(",", 1)[1] for line in p.stdout.splitlines() if "," in line]


def test_dash_dash_tab_completes_check_s_options() -> None:
    offered = _complete("icpcheck --", 1)
    assert {"--answers", "--format", "--held", "--batch", "--compact", "--lang", "--version"} <= set(offered)
    assert len(offered) == len(set(offered))
    assert "--format" in _complete("icpcheck --lang zh --f", 3)


def test_explain_by_id_or_name_in_any_format() -> None:
    rb = load_rulebook()
    f = rb.filings[0]
    by_id = run_cli(["explain", f.id, "--lang", "en", "--as-of", "2026-11-28"])
    assert by_id.exit_code == 0
    for name in (f.name.zh, f.name.en, f.name.zh.split("（")[0], f.name.en.upper()):
        assert run_cli(["explain", name, "--lang", "en", "--as-of", "2026-11-28"]).stdout == by_id.stdout, name
    data = json.loads(run_cli(["explain", f.name.zh, "--format", "json", "--as-of", "2026-11-28"]).stdout)
    assert data["filing"]["id"] == f.id and data["as_of"] == "2026-11-28"
    assert data["filing"]["rules"] and all(r["status"] in ("required", "review", "not_required")
                                           for r in data["filing"]["rules"])
    md = run_cli(["explain", f.id, "--format", "markdown", "--lang", "en", "--as-of", "2026-11-28"]).stdout
    assert md.startswith("# ") and f"(`{f.id}`)" in md.splitlines()[0]
    assert run_cli(["explain", "no such thing"]).exit_code == 2


def test_explain_as_of_lists_only_rules_in_force() -> None:
    rb = load_rulebook()
    dated = next((r for r in rb.rules if r.valid_from is not None), None)
    if dated is None:
        pytest.skip("the built-in rulebook has no dated rule")
    assert dated.valid_from is not None
    fid = dated.effects[0].filing
    before = dated.valid_from.replace(year=dated.valid_from.year - 1).isoformat()
    rules = {r["rule"] for r in json.loads(run_cli(["explain", fid, "--format", "json", "--as-of", before]).stdout)[
        "filing"]["rules"]}
    after = {r["rule"] for r in json.loads(run_cli(["explain", fid, "--format", "json", "--as-of",
                                                    dated.valid_from.isoformat()]).stdout)["filing"]["rules"]}
    assert dated.id not in rules and dated.id in after


def test_explain_and_schema_without_an_argument_list_what_they_take() -> None:
    rb = load_rulebook()
    r = run_cli(["explain", "--lang", "zh"])
    assert r.exit_code == 0 and [line.split()[0] for line in r.stdout.splitlines()] == [f.id for f in rb.filings]
    listed = json.loads(run_cli(["explain", "--format", "json"]).stdout)["filings"]
    assert [f["id"] for f in listed] == [f.id for f in rb.filings]
    s = run_cli(["schema"])
    assert s.exit_code == 0 and {"report", "rulebook", "batch-compact", "batch-error"} <= set(s.stdout.split())


ANSWERS_JSON = '{"sells_own_goods": true, "third_party_sellers": false, "paid_content": false}'


def test_dash_as_output_is_standard_output(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # type: ignore[arg-type]
    r = run_cli(["check", "--answers", "-", "-o", "-", "--format", "json", "-q"], input=ANSWERS_JSON)
    assert r.exit_code == 0 and json.loads(r.stdout)["schema_version"]
    assert not os.path.exists("-")  # not a file named '-'


def test_dash_is_refused_where_it_would_clobber_or_read_stdin_twice(tmp_path: object,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # type: ignore[arg-type]
    r = run_cli(["check", "--answers", "-", "--save-answers", "-", "-q"], input=ANSWERS_JSON)
    assert r.exit_code == 2 and "--save-answers needs a file" in r.stderr
    assert not os.path.exists("-")
    for other in (["--rules", "-"], ["--batch", "-"]):
        r = run_cli(["check", "--answers", "-", *other], input=ANSWERS_JSON)
        assert r.exit_code == 2 and "both read standard input" in r.stderr, r.stderr


def test_file_options_leave_the_checks_to_icpcheck(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """click's own path checks would answer an unreadable --answers file with a usage error (exit
    2) before icpcheck's reader could say "permission denied" with its exit code (3)."""
    answers = os.path.join(str(tmp_path), "answers.json")
    with open(answers, "w", encoding="utf-8") as f:
        f.write(ANSWERS_JSON)
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)  # what click.Path asks
    r = run_cli(["check", "--answers", answers, "--format", "json", "-q"])
    assert r.exit_code == 0, r.stderr
