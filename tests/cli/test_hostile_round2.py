"""Issue 19, hostile input round two: nothing from a file is rendered raw (every format, fed any
text), and every failure of the environment ends in a documented exit code."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
import shlex
import signal
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from icpcheck import gate
from icpcheck.authoring import graph
from icpcheck.engine import Answer, Report, evaluate
from icpcheck.render import escape, junit, markdown, text
from icpcheck.rulebook.build import build_rulebook
from icpcheck.rulebook.model import Rulebook
from icpcheck.rulebook.reader import Document
from tests.conftest import run_cli  # noqa: E402

GOOD = Path(__file__).resolve().parent.parent / "rulebooks" / "good.yaml"
AS_OF = dt.date(2026, 6, 1)

# Budget: a few seconds by default; ICPCHECK_FUZZ_PROFILE=ci (as .ci/run sets) for CI's full run.
PROFILE = os.environ.get("ICPCHECK_FUZZ_PROFILE") or "default"
EXAMPLES = {"default": 30, "ci": 500, "long": 5000}.get(PROFILE, 30)
# No shrinking: a failing example is printed draw by draw, and shrinking a rulebook of some
# seventy draws can take minutes.
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                phases=(Phase.explicit, Phase.reuse, Phase.generate),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])

# What a file could hold: any text, weighted towards what has bitten (terminal sequences, markup,
# bidi overrides, lone surrogates, newlines).
NASTY = ["\x1b[2J", "\x1b]0;title\x07", "\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "\x9b31m",
         "\r", "\n", "\n# heading", "\n---\n", "[bold]", "[/]", "[link=x]", "\\", "<img src=x>",
         "<script>", "![i](x)", "[l](x)", "`", "``", "|", "*", "_", "#", "&amp;", "\u202e", "\u2066",
         "\u2028", "\ud800", "\udfff", "\x00", "\x7f", "\ufffe", "收费", "\"", "'", "#quot;", "%%"]
# The rulebook strips texts and refuses blank ones: a blank draw would only test the refusal.
texts = (st.lists(st.sampled_from(NASTY) | st.text(max_size=6), min_size=1, max_size=4).map("".join)
         .filter(lambda s: s.strip() != ""))


def hostile_rulebook(pick: Any) -> Rulebook:
    """good.yaml with every text and the ids of rules, filings and the rulebook drawn by `pick`,
    plus a layer, advice, a blocker and a settle text, so each part of every format is reached."""
    data = yaml.safe_load(GOOD.read_text("utf-8"))
    d = copy.deepcopy(data)

    def tx() -> dict[str, str]:
        return {"zh": pick(texts), "en": pick(texts)}

    for key in ("title", "notice"):
        d[key] = tx()
    d["id"] = "rb" + pick(texts)
    d["version"] = pick(texts) or "1"
    d["sources"]["law"]["title"] = tx()
    for q in d["questions"]:
        q["text"], q["help"] = tx(), tx()
        for c in q.get("choices", []):
            c["label"] = tx()
    renamed = {}
    for i, f in enumerate(d["filings"]):
        new = f"f{i}" + pick(texts)
        renamed[f["id"]] = new
        f.update(id=new, name=tx(), what=tx(), issuer=tx())
    d["layers"] = [{"id": "l", "name": tx(), "what": tx()}]
    for i, r in enumerate(d["rules"]):
        r["id"] = f"r{i}" + pick(texts)
        for e in r["sets"]:
            e["filing"] = renamed[e["filing"]]
            e["reason"] = tx()
            if e["status"] == "required":
                e["blocker"] = tx()
    # A second, layered reading of the licence, and advice on it.
    layered = copy.deepcopy(d["rules"][0])
    layered["id"] = "layered" + pick(texts)
    layered["sets"][0].update(layer="l", status="review", settle=tx())
    layered["sets"][0].pop("blocker", None)
    d["rules"].append(layered)
    d["advice"] = [{"id": "a", "kind": "risk", "filings": [renamed["licence"]], "text": tx()}]
    built, problems = build_rulebook(Document(d, {}, "<hostile>"))
    assert built is not None, problems
    return built


def report_of(rb: Rulebook, source: str, waiver_reason: str) -> Report:
    answers = {"sells": Answer("sells", True, source), "fees": Answer("fees", True, source),
               "channel": Answer("channel", "web", source)}
    licence = rb.filings[0].id
    holdings = gate.Holdings(held=frozenset(), waivers=(
        gate.Waiver(licence, waiver_reason, dt.date(2020, 1, 1)),))
    return gate.apply(evaluate(rb, answers, AS_OF, ()), holdings, "required")


def strings_of(rb: Rulebook) -> list[str]:
    return [rb.id, rb.title.get("en"), rb.rules[0].id, rb.filings[0].id, rb.filings[0].name.get("en")]


CODE_OR_ESCAPE = re.compile(r"\\.|(`+).+?(?<!`)\1(?!`)")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # rich's own colours, on a terminal only
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u2028\u2029]")


@pytest.mark.slow
@FUZZ
@given(st.data())
def test_any_text_through_every_format(data: st.DataObject) -> None:
    rb = hostile_rulebook(data.draw)
    source, reason = "file:" + data.draw(texts), data.draw(texts)
    report = report_of(rb, source, reason)
    for lang in ("en", "zh"):
        # The text report: no escape sequence, control or bidi override but rich's own colours.
        for terminal in (False, True):
            out = text.render(report, lang, terminal=terminal)
            assert not CONTROL.search(SGR.sub("", out) if terminal else out), repr(out)
        # Markdown: no raw HTML tag, heading, image or link that the data brought.
        md = markdown.render(report, lang)
        assert not CONTROL.search(md)
        for line in md.splitlines():
            assert not re.match(r"\s*#", line) or line.startswith(("# icpcheck: ", "## ", "### "))
        # Outside code spans, a data '<' or '[' is always backslash-escaped: read left to right,
        # dropping escapes and code spans, none is left.
        bare = CODE_OR_ESCAPE.sub("", md)
        assert "<" not in bare and "[" not in bare, md
        # JUnit: well-formed XML, whatever the rulebook holds.
        root = ET.fromstring(junit.render(report, lang).encode("utf-8"))
        assert root.tag == "testsuites"
    # Mermaid and dot: one node per question, rule and filing, each line one statement.
    nodes = len(rb.questions) + len(rb.rules) + len(rb.filings)
    for fmt, node in (("mermaid", r'^  (\w+)(?:\{\{"|\["|\[\[")'), ("dot", r'^  ("(?:[^"\\]|\\.)*") \[label=')):
        out = graph.render(rb, fmt)
        assert not CONTROL.search(out)
        ids = re.findall(node, out, re.M)
        assert len(ids) == len(set(ids)) == nodes, out


@FUZZ
@given(st.lists(texts, min_size=2, max_size=6, unique=True))
def test_graph_keeps_distinct_ids_distinct(ids: list[str]) -> None:
    ids_of = {fmt: graph._Ids(fmt) for fmt in graph.FORMATS}
    for fmt, made in ids_of.items():
        seen = [made.of("r:" + i) for i in ids]
        assert len(set(seen)) == len(ids), (fmt, seen)
        if fmt == "mermaid":
            assert all(re.fullmatch(r"[A-Za-z0-9_]+", s) for s in seen)
        else:
            assert all(s.startswith('"') and s.endswith('"') and not CONTROL.search(s) for s in seen)


@FUZZ
@given(texts)
def test_each_escape_holds_its_promise(s: str) -> None:
    line = escape.terminal_line(s)
    assert "\n" not in line and not CONTROL.search(line)
    assert not CONTROL.search(escape.terminal(s).replace("\n", ""))
    element = ET.Element("a", b=escape.xml(s))
    element.text = escape.xml(s)
    back = ET.fromstring(ET.tostring(element, encoding="unicode"))
    assert back.text == back.get("b") == escape.xml(s)
    h = escape.html(s)
    assert "<" not in h and not CONTROL.search(h)
    assert ET.fromstring(f'<a t="{h}">{h}</a>').text == escape.xml(s)  # html's entities are XML's
    md = escape.markdown(s)
    assert "\n" not in md and not re.search(r"(?<!\\)[<\[`|*]", md.replace("\\\\", ""))
    code = escape.markdown_code(s, in_table=True)
    assert code.startswith("`") and "\n" not in code
    assert "\n" not in escape.mermaid_text(s) and '"' not in escape.mermaid_text(s)
    assert escape.dot(s).startswith('"') and '\n' not in escape.dot(s)


# --- concrete reproductions from the issue ------------------------------------------------------------

def test_markup_in_a_rule_id_does_not_crash_the_text_report() -> None:
    rb = hostile_rulebook(lambda strategy: "[/dim][bold]")
    report = report_of(rb, "flag", "soon")
    out = text.render(report, "en", terminal=False)
    assert "[/dim][bold]" in out


def test_escape_sequences_are_shown_not_obeyed() -> None:
    rb = hostile_rulebook(lambda strategy: "\x1b[2J\x1b]8;;http://evil\x1b\\x\u202e")
    out = text.render(report_of(rb, "file:\x1b]0;title\x07", "r"), "en", terminal=True)
    assert "\x1b[2J" not in out and "\x1b]" not in out and "\u202e" not in out
    assert "\\x1b[2J" in out and "\\u202e" in out


def test_markdown_escapes_html_images_headings_and_code() -> None:
    rb = hostile_rulebook(lambda strategy: "<img src=x onerror=alert(1)>![i](http://x)\n# H`x`|*y*")
    md = markdown.render(report_of(rb, "flag", "r"), "en")
    bare = CODE_OR_ESCAPE.sub("", md)
    assert "<img" not in bare and "![i]" not in bare and "\n# H" not in md
    assert "\\<img src=x onerror=alert(1)\\>\\!\\[i\\](http://x)\\\\n\\# H\\`x\\`\\|\\*y\\*" in md


def test_junit_with_control_characters_is_well_formed() -> None:
    rb = hostile_rulebook(lambda strategy: "a\x01b\x1bc\x0c\ufffe")
    out = junit.render(report_of(rb, "flag", "r"), "en")
    ET.fromstring(out.encode("utf-8"))
    assert "a\\x01b\\x1bc\\x0c\\ufffe" in out


def test_mermaid_keeps_two_chinese_rule_ids_apart() -> None:
    data = yaml.safe_load(GOOD.read_text("utf-8"))
    data["rules"][0]["id"], data["rules"][1]["id"] = "收费", "不收费"
    rb, problems = build_rulebook(Document(data, {}, "<zh>"))
    assert rb is not None, problems
    out = graph.render(rb, "mermaid")
    nodes = re.findall(r"^  (\w+)\[\"(收费|不收费)\"\]$", out, re.M)
    assert len({node for node, _ in nodes}) == 2, out


# --- the environment: every failure a documented code, never 5 ----------------------------------------

ENV = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "NO_COLOR": "1"}
ENV.pop("ICPCHECK_MAX_INPUT_BYTES", None)
ANSWERED = ["--model", "platform", "--no-input", "--as-of", "2026-11-28"]
TIMEOUT = 20
FORMATS = ["text", "json", "markdown", "junit"]


def icpcheck(*args: str, env: dict[str, str] | None = None, shell: str = "",
             ) -> subprocess.CompletedProcess[bytes]:
    """Run icpcheck in its own process (with `shell` appended to the command line, for redirects)."""
    line = shlex.join([sys.executable, "-m", "icpcheck", *args]) + " " + shell
    proc = subprocess.run(["bash", "-c", line], capture_output=True, timeout=TIMEOUT,
                          env=env or ENV, stdin=subprocess.DEVNULL)
    assert b"Traceback" not in proc.stderr, proc.stderr
    return proc


def error_line(proc: subprocess.CompletedProcess[bytes], code: int, *words: str) -> str:
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == code, err
    errors = [ln for ln in err.splitlines() if ln.startswith("icpcheck: error: ")]
    assert len(errors) == 1, err
    for word in words:
        assert word in errors[0], err
    return errors[0]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_stdout_in_cp1252_writes_escapes(fmt: str, lang: str) -> None:
    """Windows' encoding for redirected output cannot say Chinese: written escaped, exit 0."""
    proc = icpcheck(*ANSWERED, "--format", fmt, "--lang", lang,
                    env={**ENV, "PYTHONIOENCODING": "cp1252"})
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("cp1252")
    if fmt == "json":
        assert proc.stdout.isascii()
        reference = icpcheck(*ANSWERED, "--format", fmt, "--lang", lang)
        assert json.loads(out) == json.loads(reference.stdout)
    elif fmt == "junit":
        assert proc.stdout.isascii()
        reference = icpcheck(*ANSWERED, "--format", fmt, "--lang", lang)
        assert ET.tostring(ET.fromstring(proc.stdout)) == ET.tostring(ET.fromstring(reference.stdout))
    elif lang == "zh":
        assert "\\u" in out  # what cp1252 cannot say, as an escape


@pytest.mark.parametrize("fmt", FORMATS)
def test_closed_stdout_is_a_system_error(fmt: str) -> None:
    """Started without a stdout at all (`>&-`): the report would be lost, so exit 6 says so."""
    error_line(icpcheck(*ANSWERED, "--format", fmt, shell=">&-"), 6, "standard output is closed")


def test_closed_stdout_is_fine_with_output(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    proc = icpcheck(*ANSWERED, "--format", "json", "-o", str(target), shell=">&-")
    assert proc.returncode == 0, proc.stderr
    json.loads(target.read_text("utf-8"))


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_termination_during_output_removes_the_temp_file(tmp_path: Path, signum: int) -> None:
    """SIGTERM/SIGHUP while --output is open (a batch waiting on its input): as Ctrl-C, the temp
    file goes, one line says so, exit 128 + the signal."""
    target = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "icpcheck", "--batch", "-", "-o", str(target),
                             "--as-of", "2026-11-28"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    assert proc.stdin is not None
    proc.stdin.write(b'{"sells_own_goods": true}\n')
    proc.stdin.flush()
    deadline = time.monotonic() + TIMEOUT
    while not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):  # the temp file is open
        assert time.monotonic() < deadline, "no temp file appeared"
        time.sleep(0.05)
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=TIMEOUT)
    proc.stdin.close()
    assert proc.returncode == 128 + signum, err
    name = signal.Signals(signum).name
    assert err.decode().strip() == f"icpcheck: interrupted ({name})"
    assert list(tmp_path.iterdir()) == []


def test_fifo_without_a_reader_fails_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    start = time.monotonic()
    error_line(icpcheck(*ANSWERED, "-o", str(fifo)), 6, "no process is reading this FIFO")
    assert time.monotonic() - start < 10
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_symlink_to_a_device_or_fifo_is_replaced_not_followed(tmp_path: Path) -> None:
    """A symlink to /dev/zero (a device) or to a FIFO becomes the report; neither is written."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for device in ("/dev/zero", str(fifo)):
        if not os.path.exists(device):
            continue
        link = tmp_path / "report.txt"
        link.symlink_to(device)
        proc = icpcheck(*ANSWERED, "-o", str(link))
        assert proc.returncode == 0, proc.stderr
        assert not link.is_symlink() and link.is_file()
        assert "ICP" in link.read_text("utf-8")
        assert not stat.S_ISREG(os.stat(device).st_mode)
        link.unlink()


def test_dev_null_and_stdout_are_written_in_place() -> None:
    assert icpcheck(*ANSWERED, "-o", os.devnull).returncode == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    proc = icpcheck(*ANSWERED, "--format", "json", "-o", "/dev/stdout", shell="| cat")
    assert proc.returncode == 0, proc.stderr
    json.loads(proc.stdout)


def test_other_devices_are_refused(tmp_path: Path) -> None:
    device = "/dev/zero"
    if not os.path.exists(device):
        pytest.skip("no /dev/zero")
    error_line(icpcheck(*ANSWERED, "-o", device), 2, "not a regular file")


def test_setuid_and_setgid_bits_are_dropped(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old")
    os.chmod(target, 0o6750)
    assert icpcheck(*ANSWERED, "-o", str(target)).returncode == 0
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o750


def test_huge_columns_is_clamped(monkeypatch: pytest.MonkeyPatch) -> None:
    """COLUMNS=1000000 on a terminal once made a 93 MB report of padding."""
    rb = hostile_rulebook(lambda strategy: "x")
    monkeypatch.delenv("NO_COLOR", raising=False)
    for columns, widest in (("1000000", text.MAX_WIDTH), ("1", text.MIN_WIDTH)):
        monkeypatch.setenv("COLUMNS", columns)
        out = SGR.sub("", text.render(report_of(rb, "flag", "r"), "en", terminal=True))
        assert max(len(line) for line in out.splitlines()) <= widest
        assert len(out) < 200_000


@pytest.mark.parametrize("spelling", ["same", "dot", "symlink"])
def test_one_file_named_for_two_outputs_is_refused(tmp_path: Path, spelling: str) -> None:
    first = tmp_path / "x.yaml"
    second = {"same": str(first), "dot": str(tmp_path / "." / "x.yaml"), "symlink": str(tmp_path / "link")}[spelling]
    if spelling == "symlink":
        (tmp_path / "link").symlink_to(first)
    error_line(icpcheck(*ANSWERED, "--save-answers", str(first), "-o", second), 2, "same file")
    assert not first.exists()


def test_output_over_an_input_is_refused(tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text("sells_own_goods: yes\n")
    error_line(icpcheck(*ANSWERED, "--answers", str(answers), "-o", str(answers)), 2, "same file")
    assert answers.read_text() == "sells_own_goods: yes\n"
    # Replaying answers and saving them back is what --save-answers is for.
    proc = icpcheck(*ANSWERED, "--answers", str(answers), "--save-answers", str(answers))
    assert proc.returncode == 0, proc.stderr


def test_a_warning_is_one_line_whatever_it_quotes(tmp_path: Path) -> None:
    """An answers file's name with a newline and an escape sequence: shown, never obeyed."""
    path = tmp_path / "a\n[fake] icpcheck: error: \x1b[2J.yaml"
    path.write_text("sells_own_goods: yes\ncharges_sellers: yes\nthird_party_sellers: no\n")
    proc = icpcheck("--answers", str(path), "--no-input", "--as-of", "2026-11-28",
                    "-a", "paid_content=no", "-a", "channels=own_domain")
    assert proc.returncode == 0, proc.stderr
    err = proc.stderr.decode()
    assert "\x1b" not in err and "[fake]" in err
    assert all(line.startswith("icpcheck: ") for line in err.splitlines()), err


def test_questions_explain_and_lint_show_rulebook_escapes_as_text(tmp_path: Path) -> None:
    """`questions`, `explain` and `rules lint` print rulebook text too: escaped like the report."""
    text = GOOD.read_text("utf-8").replace('en: "Do you sell things?"', 'en: "Do you sell \\e[2J things?"')
    text = text.replace("what: {zh: 经营许可, en: A business licence}",
                        'what: {zh: 经营许可, en: "A \\e]0;title\\a licence"}')
    rb = tmp_path / "rb.yaml"
    rb.write_text(text, "utf-8")
    for args in (["questions", "--rules", str(rb), "--lang", "en"],
                 ["explain", "licence", "--rules", str(rb), "--lang", "en"]):
        result = run_cli(args)
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout and "\\x1b" in result.stdout, args
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("- id: charges_fees", '- id: "charges\\e[2Jfees"'), "utf-8")
    result = run_cli(["rules", "lint", str(broken)])
    assert "\x1b" not in result.stdout
