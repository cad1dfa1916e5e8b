"""`icpcheck questions`, `icpcheck explain FILING`, and shell completion."""

from __future__ import annotations

import json
import shlex

import pytest
from click.shell_completion import ShellComplete
from click.testing import CliRunner

from icpcheck.cli.main import cli
from icpcheck.rulebook.build import load_rulebook
from tests.conftest import validate

RULEBOOK = load_rulebook()


def test_questions_json_fits_its_schema_and_lists_every_question(runner: CliRunner) -> None:
    r = runner.invoke(cli, ["questions", "--format", "json", "--lang", "en"])
    assert r.exit_code == 0
    d = json.loads(r.stdout)
    validate("questions", d)
    assert [q["id"] for q in d["questions"]] == [q.id for q in RULEBOOK.questions]
    charges = next(q for q in d["questions"] if q["id"] == "charges_sellers")
    assert charges["when"] == {"q": "third_party_sellers", "is": "yes"}
    assert charges["when_text"] == "third_party_sellers is yes"
    channels = next(q for q in d["questions"] if q["id"] == "channels")
    assert channels["type"] == "many_of" and channels["default"] == ["own_domain"]
    assert [c["value"] for c in channels["choices"]] == [
        "mini_program",
        "own_domain",
        "saas_storefront",
        "backend_domain",
        "official_account",
    ]


@pytest.mark.slow  # an exhaustive oracle or a sweep: CI runs it (.ci/run, -m slow)
def test_the_flag_and_json_key_shown_actually_answer_the_question(runner: CliRunner) -> None:
    d = json.loads(runner.invoke(cli, ["questions", "--format", "json"]).stdout)
    validate("questions", d)
    for q in d["questions"]:
        flag = q["flag"].split("|")[0]  # yes|no → yes; a|b|c → a
        args = shlex.split(flag)
        assert args[0] == "-a"
        r = runner.invoke(
            cli, ["check", "--no-input", "--model", "platform", *args, "--format", "json"]
        )
        assert r.exit_code == 0, (flag, r.stderr)
        key = json.loads("{" + q["json"].replace("true|false", "true").split("|")[0] + "}")
        assert list(key) == [q["id"]]


def test_questions_text(runner: CliRunner) -> None:
    r = runner.invoke(cli, ["questions", "--lang", "en"])
    assert r.exit_code == 0
    for q in RULEBOOK.questions:
        assert f"-a {q.id}=" in r.stdout and f'"{q.id}":' in r.stdout
    assert "asked when: third_party_sellers is yes" in r.stdout
    assert "wechat_only  (yes/no)" in r.stdout
    assert "  default: no\n" in r.stdout and "default: False" not in r.stdout
    assert "activities includes any of ad_slots, paid_membership" in r.stdout


def test_questions_text_in_chinese(runner: CliRunner) -> None:
    r = runner.invoke(cli, ["questions", "--lang", "zh"])
    assert r.exit_code == 0
    assert "charges_sellers  （是/否）" in r.stdout and "channels  （多选）" in r.stdout
    assert "    - mini_program：自己的小程序或App" in r.stdout
    assert "  何时提问：third_party_sellers 为 yes\n" in r.stdout
    assert "  何时提问：总是\n" in r.stdout and "  默认：own_domain\n" in r.stdout
    assert "  命令行：-a charges_sellers=yes|no\n" in r.stdout
    assert "activities 包含 ad_slots、paid_membership 中任一项" in r.stdout
    for english in ("asked when", "default:", "flag:", "always", " is yes", " or "):
        assert english not in r.stdout, english
    # The JSON form keeps the rulebook's notation in English whatever the language.
    data = json.loads(runner.invoke(cli, ["questions", "--format", "json", "--lang", "zh"]).stdout)
    charges = next(q for q in data["questions"] if q["id"] == "charges_sellers")
    assert charges["when_text"] == "third_party_sellers is yes"


@pytest.mark.parametrize("fid", [f.id for f in RULEBOOK.filings])
def test_explain_every_filing(runner: CliRunner, fid: str) -> None:
    r = runner.invoke(cli, ["explain", fid, "--lang", "en"])
    assert r.exit_code == 0
    f = RULEBOOK.filing(fid)
    assert f is not None
    assert f.what.en in r.stdout and f.issuer.en in r.stdout and "Legal basis:" in r.stdout
    for a in RULEBOOK.advice:
        if fid in a.filings:
            assert a.text.en in r.stdout


def test_explain_says_which_answers_conditional_advice_applies_to(runner: CliRunner) -> None:
    """Without answers, explain lists all of a filing's advice: one meant for some answers only
    says so, instead of reading as if it applied to everyone."""
    conditional = [a for a in RULEBOOK.advice if "icp_license" in a.filings and a.when is not None]
    assert len(conditional) >= 3
    from icpcheck.render.questions import condition_words

    for lang, word in (("en", "applies when: "), ("zh", "适用于：")):
        text = runner.invoke(cli, ["explain", "icp_license", "--lang", lang]).stdout
        for a in conditional:
            after = text.split(a.text.get(lang), 1)[1]
            assert after.lstrip(" \n").startswith(word + condition_words(a.when, lang=lang)), a.id
    data = json.loads(runner.invoke(cli, ["explain", "icp_license", "--format", "json"]).stdout)
    whens = {c["id"]: c["when"] for kind in ("benefits", "risks", "cautions") for c in data["filing"][kind]}
    assert all(whens[a.id] is not None for a in conditional)
    assert any(w is None for w in whens.values())


def test_explain_an_unknown_filing_is_a_usage_error(runner: CliRunner) -> None:
    r = runner.invoke(cli, ["explain", "icp_licence"])
    assert r.exit_code == 2 and "did you mean 'icp_license'" in r.stderr


# --- shell completion ------------------------------------------------------------------------


def complete(args: list[str], incomplete: str) -> list[str]:
    comp = ShellComplete(cli, {}, "icpcheck", "_ICPCHECK_COMPLETE")
    return [c.value for c in comp.get_completions(args, incomplete)]


def test_completes_commands_options_and_ids() -> None:
    assert {"check", "questions", "explain"} <= set(complete([], ""))
    assert "--held" in complete(["check"], "--he")
    assert complete(["check", "--held"], "icp") == ["icp_filing", "icp_license"]
    assert complete(["--held"], "psb") == ["psb_filing"]  # `icpcheck` alone is `icpcheck check`
    assert complete(["explain"], "ed") == ["edi_license"]
    assert complete(["check", "--model"], "p") == ["platform", "paid-content"]


def test_completes_answer_ids_and_values() -> None:
    assert complete(["-a"], "") == [f"{q.id}=" for q in RULEBOOK.questions]
    assert complete(["check", "-a"], "paid_content=") == ["paid_content=yes", "paid_content=no"]
    assert complete(["check", "-a"], "channels=own") == ["channels=own_domain"]
    assert complete(["check", "-a"], "channels=own_domain,") == [
        "channels=own_domain,mini_program",
        "channels=own_domain,saas_storefront",
        "channels=own_domain,backend_domain",
        "channels=own_domain,official_account",
    ]
    # An exclusive choice ("none") stands alone: not offered after another, nothing after it.
    activities = RULEBOOK.question("activities")
    assert activities is not None and [c.value for c in activities.choices if c.exclusive] == ["none"]
    assert "activities=none" in complete(["check", "-a"], "activities=")
    after = complete(["check", "-a"], "activities=ad_slots,")
    assert after and "activities=ad_slots,none" not in after
    assert complete(["check", "-a"], "activities=none,") == []


@pytest.mark.parametrize(
    "line, expected",
    [
        ("icpcheck -a channels = own", ["plain,own_domain"]),
        ("icpcheck -a paid_content =", ["plain,yes", "plain,no"]),
        ("icpcheck --held = ps", ["plain,psb_filing"]),
        ("icpcheck ex", ["plain,explain"]),
        ("icpcheck -a ch", ["nospace,charges_sellers=", "nospace,channels="]),
    ],
)
def test_bash_completion_copes_with_words_split_at_equals(
    runner: CliRunner, line: str, expected: list[str]
) -> None:
    """bash splits `-a channels=own` into `-a channels = own` (COMP_WORDBREAKS has `=`)."""
    words = line.split(" ")
    env = {
        "_ICPCHECK_COMPLETE": "bash_complete",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(words) - 1),
    }
    r = runner.invoke(cli, [], env=env, prog_name="icpcheck")
    assert r.stdout.split() == expected


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(runner: CliRunner, shell: str) -> None:
    r = runner.invoke(cli, [], env={"_ICPCHECK_COMPLETE": f"{shell}_source"}, prog_name="icpcheck")
    assert r.exit_code == 0 and "_ICPCHECK_COMPLETE" in r.stdout


@pytest.mark.parametrize(
    "typed, completed",
    [
        ("icpcheck -a channels=own\t", "icpcheck -a channels=own_domain "),
        ("icpcheck -a chan\t", "icpcheck -a channels="),
        ("icpcheck -a channels=own_domain,m\t", "icpcheck -a channels=own_domain,mini_program "),
        ("icpcheck --held=ps\t", "icpcheck --held=psb_filing "),
    ],
)
def test_completion_in_a_real_bash(tmp_path: object, typed: str, completed: str) -> None:
    import os
    import shutil
    import sys

    import pexpect
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    # A directory holding an `icpcheck` that runs this checkout's code with this interpreter.
    bindir = os.path.join(str(tmp_path), "bin")
    os.mkdir(bindir)
    exe = os.path.join(bindir, "icpcheck")
    with open(exe, "w") as f:
        f.write(f'#!/bin/sh\nexec "{sys.executable}" -m icpcheck "$@"\n')
    os.chmod(exe, 0o755)
    env = {"PATH": f"{bindir}:/usr/bin:/bin", "TERM": "dumb", "HOME": str(tmp_path), "PS1": "$ "}
    child = pexpect.spawn(bash, ["--norc", "--noprofile"], env=env, encoding="utf-8", timeout=15)
    try:
        child.expect_exact("$ ")
        child.sendline('eval "$(_ICPCHECK_COMPLETE=bash_source icpcheck)"; PS1="READY> "')
        child.expect_exact("READY> ")
        child.send(typed)
        child.expect_exact(completed)
    finally:
        child.terminate(force=True)
