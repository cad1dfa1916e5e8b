"""Nothing from a file is rendered raw: every format, fed any text, escapes it (issue 19, hostile
input round two; its environment half is in tests/test_atomic.py)."""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
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
from tests.conftest import run_cli
from tests.hostile_texts import HOSTILE_TEXTS, assert_inert, write_hostile_rulebook

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


# --- moved from tests/cli/test_hostile_everywhere.py ------------------------------------------------------
# Issue 30 item 11: the shared hostile rulebook texts (tests/hostile_texts.py) through every
# command and every output format — check (text, Markdown, JSON, JUnit, HTML), explain (text,
# JSON, Markdown), questions (text, JSON), rules lint / test / graph — none obeyed, none breaking
# out of its markup.


ANSWERS = ["--no-input", "--as-of", "2026-06-01", "-a", "sells=yes", "-a", "fees=yes", "-a", "channel=app"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("hostile") / "rb.yaml"
    return path, write_hostile_rulebook(path)


def _run(rb: Path, *args: str) -> tuple[str, str, int]:
    r = run_cli(["--rules", str(rb), *args])
    assert "Traceback" not in r.stdout + r.stderr and "internal error" not in r.stderr, r.stderr
    return r.stdout, r.stderr, r.exit_code


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "junit", "html"])
def test_check_in_every_format(hostile: tuple[Path, dict[str, Any]], fmt: str, lang: str) -> None:
    rb, data = hostile
    licence = data["filings"][0]["id"]
    for extra in ([], ["--detail", "--all"] if fmt in ("text", "markdown") else [],
                  ["--fail-on", "required", "--held", licence]):
        out, err, code = _run(rb, "check", *ANSWERS, "--format", fmt, "--lang", lang, *extra)
        assert code in (0, 1), err
        assert_inert(out, fmt)
        assert_inert(err, "text")


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_explain_in_every_format(hostile: tuple[Path, dict[str, Any]], fmt: str) -> None:
    rb, data = hostile
    out, err, code = _run(rb, "explain", "--format", fmt, "--lang", "en")
    assert code == 0, err
    assert_inert(out, fmt)
    for f in data["filings"]:
        out, err, code = _run(rb, "explain", f["id"], "--format", fmt, "--lang", "en", "--as-of", "2026-06-01")
        assert code == 0, err
        assert_inert(out, fmt)
        assert_inert(err, "text")


def test_explain_markdown_keeps_a_backtick_id_in_its_code_span(hostile: tuple[Path, dict[str, Any]]) -> None:
    """The red team's breakout: an id `<img onerror>` closed the code span and became raw HTML."""
    from markdown_it import MarkdownIt

    rb, data = hostile
    for f in data["filings"]:
        out, _, _ = _run(rb, "explain", f["id"], "--format", "markdown", "--lang", "en")
        html = MarkdownIt("commonmark").render(out)
        assert "<img" not in html and "<script" not in html, html


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_questions_in_every_format(hostile: tuple[Path, dict[str, Any]], fmt: str) -> None:
    rb, _ = hostile
    for lang in ("en", "zh"):
        out, err, code = _run(rb, "questions", "--format", fmt, "--lang", lang)
        assert code == 0, err
        assert_inert(out, fmt)


def test_rules_lint(hostile: tuple[Path, dict[str, Any]]) -> None:
    rb, _ = hostile
    out, err, code = _run(rb, "rules", "lint")
    assert code in (0, 4), out + err
    assert out and "rb" in out
    assert_inert(out, "text")
    assert_inert(err, "text")


def test_rules_test_with_its_success_and_coverage_lines(hostile: tuple[Path, dict[str, Any]],
                                                       tmp_path: Path) -> None:
    rb, data = hostile
    licence = data["filings"][0]["id"]
    cases = tmp_path / "cases.yaml"
    cases.write_text(yaml.safe_dump({"rulebook": data["id"], "cases": [
        {"name": "case " + text, "answers": {"sells": True, "fees": True, "channel": "app"},
         "as_of": "2026-06-01", "expect": {licence: "required"}} for text in HOSTILE_TEXTS.values()
    ]}, allow_unicode=False, width=10**6), "utf-8")
    out, err, code = _run(rb, "rules", "test", str(cases), "--min-coverage", "100")
    assert code == 1, out + err  # some rules are not covered: the coverage lines name them
    assert "not covered (rules)" in out and "passed" in out
    assert_inert(out, "text")
    assert_inert(err, "text")


@pytest.mark.parametrize("fmt", ["mermaid", "dot"])
def test_rules_graph(hostile: tuple[Path, dict[str, Any]], fmt: str) -> None:
    rb, _ = hostile
    out, err, code = _run(rb, "rules", "graph", "--format", fmt, "--lang", "en")
    assert code == 0, err
    assert_inert(out, fmt)


def test_version_names_a_hostile_rulebook_inertly(hostile: tuple[Path, dict[str, Any]]) -> None:
    rb, _ = hostile
    out, err, code = _run(rb, "-V")
    assert code == 0 and "\\x1b" in out
    assert_inert(out, "text")


def test_rules_lint_success_line_shows_a_hostile_id_inertly(tmp_path: Path) -> None:
    from tests.hostile_texts import GOOD

    data = yaml.safe_load(GOOD.read_text("utf-8"))
    data.update(id="rb" + HOSTILE_TEXTS["osc52"], version="1" + HOSTILE_TEXTS["bidi"])
    rb = tmp_path / "rb.yaml"
    rb.write_text(yaml.safe_dump(data, allow_unicode=False, width=10**6), "utf-8")
    out, err, code = _run(rb, "rules", "lint")
    assert code == 0, out + err
    assert ": ok — rulebook rb\\x1b]52;" in out
    assert_inert(out, "text")
