"""The one message catalogue (icpcheck/locale): current with the source, complete in Chinese, valid
as msgfmt --check wants it, compiled, and bound for click's own words."""

from __future__ import annotations

import io
import re
import shutil
import string
import subprocess
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

import icpcheck
from icpcheck.i18n import catalogue, gettext, ngettext
from icpcheck.locale.extract import _templates, scan
from icpcheck.messages import Msg, Plural
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "icpcheck" / "locale"
POT = LOCALE / "icpcheck.pot"
PO = LOCALE / "zh" / "LC_MESSAGES" / "icpcheck.po"
MO = PO.with_suffix(".mo")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _read(path: Path) -> Catalog:
    with path.open("rb") as f:
        return read_po(f)


def _key(m: Message) -> tuple[str | None, str | tuple[str, ...]]:
    return (m.context, m.id if isinstance(m.id, str) else tuple(m.id))


def _extracted(tmp_path: Path) -> Catalog:
    """The template Babel extracts now, as docs/translating.md runs it."""
    out = tmp_path / "now.pot"
    assert not CommandLineInterface().run([
        "pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg"), "--no-location", "--sort-output",
        "--omit-header", "--width", "120", "-o", str(out), str(ROOT)])
    return _read(out)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """Babel's extraction, once for the tests that read it (~0.5 s)."""
    return _extracted(tmp_path_factory.mktemp("pot"))


def test_the_template_is_current_with_the_source(extracted: Catalog) -> None:
    now, committed = extracted, _read(POT)
    assert {_key(m) for m in now if m.id} == {_key(m) for m in committed if m.id}, (
        "run `python -m icpcheck.locale.update` (docs/translating.md)")


def test_every_message_icpcheck_can_show_has_its_chinese(extracted: Catalog) -> None:
    po = {_key(m): m for m in _read(PO) if m.id}
    missing = []
    for m in extracted:
        if not m.id:
            continue
        zh = po.get(_key(m))
        strings = [] if zh is None else [zh.string] if isinstance(zh.string, str) else list(zh.string)
        if zh is None or zh.fuzzy or not all(strings):
            missing.append(_key(m))
    assert not missing, missing


def test_the_compiled_catalogue_is_current() -> None:
    buf = io.BytesIO()
    write_mo(buf, _read(PO))
    assert buf.getvalue() == MO.read_bytes(), "run `python -m icpcheck.locale.update`"


def test_the_catalogue_passes_babels_checks() -> None:
    problems = [(m.id, [str(e) for e in errors]) for m, errors in _read(PO).check()]
    assert not problems


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_the_catalogue_passes_msgfmt_check(tmp_path: Path) -> None:
    p = subprocess.run(["msgfmt", "--check", "-o", str(tmp_path / "x.mo"), str(PO)],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr


def _fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0].split("!")[0]
            for _, name, _, _ in string.Formatter().parse(template) if name}


def test_each_translation_fills_blanks_its_english_has() -> None:
    for m in _read(PO):
        if not m.id or "no-python-brace-format" in m.flags:
            continue
        ids = [m.id] if isinstance(m.id, str) else list(m.id)
        strings = [m.string] if isinstance(m.string, str) else list(m.string)
        have = set().union(*(_fields(i) for i in ids))
        for zh in strings:
            assert _fields(zh) <= have, (m.id, zh)
            if isinstance(m.id, str) and m.context is None:  # a message: the same blanks, each said
                assert _fields(zh) == have, (m.id, zh)
            assert CJK.search(zh) or not CJK.search(str(m.id)) or zh == m.id or not re.search("[A-Za-z]", zh), zh
            string.Formatter().parse(zh)


# --- the extractor reads every message icpcheck constructs -----------------------------------------------

def test_every_message_construction_is_read() -> None:
    problems, seen = [], 0
    for path in sorted(Path(icpcheck.__file__).parent.rglob("*.py")):
        found = scan(path.read_text(encoding="utf-8"), path.name)
        problems += found.problems
        seen += found.seen
    assert seen > 150  # the scan sees the messages
    assert not problems, "\n".join(problems)


def test_the_scan_refuses_what_it_cannot_read() -> None:
    import ast

    tree = ast.parse("def f(x):\n    raise AnswersError(f'bad {x}')\n    raise AnswersError('a' + x)\n"
                     "    raise AnswersError(x, hint=x)\n")
    calls = [c for c in ast.walk(tree) if isinstance(c, ast.Call)]
    assert all(_templates(c.args[0], {}, set()) is None for c in calls)
    assert scan("def f(x):\n    raise AnswersError(f'bad {x}')\n", "x.py").problems


def test_click_words_are_clicks_own() -> None:
    import click

    from icpcheck.locale import click_words

    clicks = {m[2] for m in extract_from_dir(str(Path(click.__file__).parent),
                                             keywords={"_": None, "ngettext": (1, 2)})}
    ours = [*click_words.HELP, *click_words.ERRORS]
    listed = {m for m in clicks if isinstance(m, str)} | {m[0] for m in clicks if isinstance(m, tuple)}
    # ngettext returns the plural form for 2 (what the module holds): compare plural forms too.
    listed |= {m[1] for m in clicks if isinstance(m, tuple)}
    # click says `_(extra["required"])`, the value set a few lines before as the literal "required"
    listed.add("required")
    assert '"required"' in (Path(click.__file__).parent / "core.py").read_text(encoding="utf-8")
    assert [w for w in ours if w not in listed] == []


# --- the runtime ----------------------------------------------------------------------------------------

def test_english_needs_no_catalogue_and_chinese_is_loaded_once() -> None:
    assert gettext("no such file", "en") == "no such file"
    assert gettext("no such file", "zh") == "文件不存在"
    assert catalogue("zh") is catalogue("zh")
    assert gettext("not a message of icpcheck", "zh") == "not a message of icpcheck"


def test_plurals() -> None:
    one = Plural("{name}: {n} problem", "{name}: {n} problems", n=1, name="r.yaml")
    many = Plural("{name}: {n} problem", "{name}: {n} problems", n=3, name="r.yaml")
    assert (one.text("en"), many.text("en")) == ("r.yaml: 1 problem", "r.yaml: 3 problems")
    assert (one.text("zh"), many.text("zh")) == ("r.yaml：1 处问题", "r.yaml：3 处问题")
    assert ngettext("{name}: {n} problem", "{name}: {n} problems", 2, "en") == "{name}: {n} problems"
    assert isinstance(one, Msg)


# --- every command speaks the chosen language -------------------------------------------------------------

def test_a_click_usage_error_in_chinese() -> None:
    result = run_cli(["--lang", "zh", "check", "--bogus-flag"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["icpcheck: 错误：没有选项 '--bogus-flag'。",
                                          "  提示：`icpcheck check --help` 会列出所有选项"]
    result = run_cli(["--lang", "zh", "check", "--fromat", "json"])
    # click joins its two sentences with a space, whatever the language
    assert "没有选项 '--fromat'。 （是不是 '--compact', '--format'？）" in result.stderr
    result = run_cli(["--lang", "zh", "check", "--format", "yaml"])
    assert "'--format' 的值无效：'yaml' 不是可选值之一" in result.stderr, result.stderr
    # English, unchanged, after (click's language is put back after each run).
    result = run_cli(["--lang", "en", "check", "--bogus-flag"])
    assert result.stderr.splitlines()[0] == "icpcheck: error: No such option '--bogus-flag'."


def test_rules_test_and_lint_in_chinese() -> None:
    result = run_cli(["--lang", "zh", "rules", "test"])
    assert result.exit_code == 0, result.stderr
    assert re.search(r"^\d+ 个通过，0 个失败（wechat-mall ", result.stdout, re.M), result.stdout
    assert "覆盖率：" in result.stdout and "passed" not in result.stdout
    english = run_cli(["--lang", "en", "rules", "test"])
    assert re.search(r"^\d+ passed, 0 failed \(wechat-mall ", english.stdout, re.M)


@pytest.mark.slow
def test_rules_lint_in_chinese() -> None:
    result = run_cli(["--lang", "zh", "rules", "lint"])
    assert result.exit_code == 0, result.stderr
    assert "：没有问题——规则库 wechat-mall" in result.stdout and "verified" not in result.stdout


def test_help_in_chinese_without_english_left() -> None:
    result = run_cli(["--lang", "zh", "rules", "test", "--help"])
    assert result.stdout.startswith("用法：icpcheck rules test")
    assert "选项：" in result.stdout and "显示本帮助并退出。" in result.stdout and "退出码：" in result.stdout
    assert "Show this message" not in result.stdout
    english = run_cli(["--lang", "en", "rules", "test", "--help"])
    assert english.stdout.startswith("Usage: icpcheck rules test") and "Show this message and exit." in english.stdout
