"""The HTML report: one self-contained, escaped HTML5 file, its format taken from --output, and the
six cases of issue 13 rendered, printed and measured in a real (headless) Chromium."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from icpcheck import answers as ans
from icpcheck.cli.flags import from_pairs
from icpcheck.engine import Report, evaluate, plan
from icpcheck.i18n import t
from icpcheck.render import render
from icpcheck.render.html import linked
from icpcheck.render.view import short_name
from icpcheck.rulebook.build import load_rulebook
from tests import report_cases
from tests.conftest import parse_junit, run_cli
from tests.rules_helpers import builtin_yaml

ROOT = Path(__file__).resolve().parents[2]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
        "wbr"}
# Elements that load, run or embed something: none belongs in a page meant to be sent.
ACTIVE = {"script", "iframe", "object", "embed", "img", "link", "base", "frame", "video", "audio",
          "source", "form", "svg:script"}
CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")


class Page(HTMLParser):
    """A parsed page: its doctype, elements (tag, attributes), ids, text, and nesting errors."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.doctype: str | None = None
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.ids: set[str] = set()
        self.texts: list[str] = []
        self.errors: list[str] = []
        self._open: list[str] = []
        self.feed(text)
        self.close()
        if self._open:
            self.errors.append(f"left open: {self._open}")

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if attributes.get("id"):
            self.ids.add(str(attributes["id"]))
        if tag not in VOID:
            self._open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))  # <path .../> inside the inline SVG icon

    def handle_endtag(self, tag: str) -> None:
        if not self._open or self._open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self._open[-1:] or 'nothing'}")
            return
        self._open.pop()

    def handle_data(self, data: str) -> None:
        self.texts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.elements if t == tag]


def assert_self_contained(page: Page, lang: str) -> None:
    """HTML5 with its language, nothing that runs or loads, every link inside the page or http(s)."""
    assert page.doctype is not None and page.doctype.lower() == "doctype html"
    assert page.elements[0] == ("html", {"lang": "zh-CN" if lang == "zh" else "en"})
    assert not page.errors, page.errors
    assert {"charset": "utf-8"} in page.all("meta")
    assert any(m.get("name") == "viewport" for m in page.all("meta"))
    assert len(page.all("style")) == 1 and page.all("title")
    assert not ACTIVE & {tag for tag, _ in page.elements}
    for tag, attrs in page.elements:
        assert "src" not in attrs and "srcset" not in attrs, tag
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "style" not in attrs, tag  # all style in the one <style>
    for a in page.all("a"):
        href = a.get("href") or ""
        assert (href.startswith("#") and href[1:] in page.ids) or re.match(r"https?://", href), href
    style = "".join(page.texts)
    assert "url(" not in style and "@import" not in style and "@font-face" not in style


def page_of(text: str, lang: str) -> Page:
    page = Page(text)
    assert_self_contained(page, lang)
    return page


# --- the file the CLI writes ------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_output_html_is_one_self_contained_html5_file_with_the_plan(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "report.html"
    r = run_cli(["--model", "platform", "--no-input", "-o", str(out), "--lang", lang])
    assert r.exit_code == 0, r.stderr
    page = page_of(out.read_text("utf-8"), lang)
    data = json.loads(run_cli(["--model", "platform", "--no-input", "--format", "json",
                               "--lang", lang]).stdout)
    required = [f for f in data["filings"] if f["status"] == "required"]
    assert required
    steps = {str(a["id"]) for a in page.all("li") if str(a.get("id", "")).startswith("step-")}
    assert steps == {"step-" + f["id"] for f in data["filings"] if f["status"] != "not_required"}
    for f in required:
        assert f"filing-{f['id']}" in page.ids  # its section in detail
        assert f["name"] in page.text
    assert data["rulebook"]["sha256"] in page.text


def _report(pairs: list[str], lang: str) -> tuple[Report, str]:
    rb = load_rulebook()
    day = rb.checked
    done = ans.complete(rb, ans.gather(flags=from_pairs(rb, pairs)), day)
    report = evaluate(rb, done.answers, day)
    return report, render(report, "html", lang)


def test_the_plan_follows_the_engine_order_and_blockers_come_first() -> None:
    report, text = _report(CASES["foreign-marketplace"], "en")
    page = page_of(text, "en")
    steps = [str(a["id"])[5:] for a in page.all("li") if str(a.get("id", "")).startswith("step-")]
    assert steps == in_plan_order(report)
    assert [b for f in report.filings for b in f.blockers]
    # The blockers' box comes before the first step, and the blocked step says so in words.
    assert text.index('class="card blocker"') < text.index('class="card required"')
    assert 'class="badge blocked"' in text


def in_plan_order(report: Report) -> list[str]:
    """The page's plan: the engine's order, review items where the plan puts them (as in text)."""
    return [f.filing.id for f in plan(report)]


def test_assumed_answers_are_marked_in_words() -> None:
    report, text = _report(CASES["bakery"][:3], "en")  # the rest left to their defaults
    page = page_of(text, "en")
    assumed = [a for a in report.answers if a.source == "default"]
    assert assumed
    rows = [a for a in page.all("tr") if a.get("class") == "assumed"]
    assert len(rows) == len(assumed)
    table = text[text.index('<table class="answers">'):text.index("</table>")]
    assert table.count('<span class="badge assumed">assumed</span>') == len(assumed)
    # A reason that rests on an assumed answer says so, in the text report's words.
    rests = [r for f in report.filings if f.status != "not_required" for r in f.reasons
             if any(q in {a.id for a in assumed} for q, _ in r.because)]
    assert rests
    assert t("assumed.reason", "en") in page.text


def test_every_status_is_said_in_words_not_colour_alone() -> None:
    _, text = _report(CASES["free-wechat-marketplace"], "zh")
    badges = re.findall(r'<span class="badge ([a-z_]+)">(.*?)</span>', text, re.S)
    assert {cls for cls, _ in badges} >= {"required", "review", "not_required"}
    words = {"required": "需要办理", "review": "需人工确认", "not_required": "无需办理"}
    for cls, word in badges:
        if cls in words:
            assert word == words[cls]


def test_the_wechat_layer_stands_beside_the_regulators_reading() -> None:
    report, text = _report(CASES["free-wechat-marketplace"], "en")
    layered = [f for f in report.filings if f.layers]
    assert layered
    for f in layered:
        section = text[text.index(f'id="filing-{f.filing.id}"'):]
        section = section[:section.index("</section>")]
        boxes = section[section.index('class="layers"'):]
        assert "The regulator" in boxes
        for lr in f.layers:
            assert lr.layer.name.get("en") in Page(boxes[boxes.index(">") + 1:]).text


# --- the same as the text report ---------------------------------------------------------------

FREE_WECHAT = report_cases.CASES["free marketplace run only in WeChat"]


def section(text: str, start: str, end: str) -> Page:
    """The part of a page from the element whose attribute text is `start` to `end`, parsed."""
    part = text[text.index(start):]
    return Page(part[part.index(">") + 1:part.index(end)])


def test_the_free_wechat_marketplace_has_the_also_note_part_and_the_text_reports_count() -> None:
    """The ICP licence is not required by the regulator but WeChat's category review may ask for
    it: like the text report, the page notes it beside the plan and does not count it in the rest."""
    report, text = _report(FREE_WECHAT, "zh")
    page = page_of(text, "zh")
    noted = [f for f in report.filings if f.status == "not_required" and f.layers]
    assert noted
    for f in noted:
        assert f"other-{f.filing.id}" in page.ids
        other = section(text, f'id="other-{f.filing.id}"', "</li>").text
        assert f.filing.name.get("zh") in other
        assert all(lr.layer.name.get("zh") in other for lr in f.layers)
    plan_part = section(text, 'id="plan"', "</section>").text
    assert plan_part.index(t("head.others", "zh")) < plan_part.index("项无需办理")
    rest = [f for f in report.filings if f.status == "not_required" and not f.layers
            and f.filing.kind != "check"]  # a check is never among the filings not required
    assert f"另有 {len(rest)} 项无需办理" in plan_part
    line = section(text, 'class="rest"', "</p>").text
    assert not [f for f in noted if short_name(f.filing.name.get("zh")) in line]
    text_report = render(report, "text", "zh", terminal=False)
    assert f"另有 {len(rest)} 项无需办理" in text_report


def test_the_details_follow_the_plan_then_the_filings_to_note() -> None:
    report, text = _report(FREE_WECHAT, "zh")
    page = page_of(text, "zh")
    details = [str(a["id"])[7:] for a in page.all("section") if str(a.get("id", "")).startswith("filing-")]
    noted = [f.filing.id for f in report.filings if f.status == "not_required" and f.layers]
    assert noted and details == in_plan_order(report) + noted


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_answers_and_reasons_are_in_words_not_ids(lang: str) -> None:
    report, text = _report(FREE_WECHAT, lang)
    rb = report.rulebook
    answers = section(text, '<table class="answers">', "</table>")
    becauses = " ".join(section(text[m.start():], 'class="because"', "</div>").text
                        for m in re.finditer('class="because"', text))
    assert becauses
    # The page's words with every question's and choice's own words taken out: what is left
    # holds no id (in English an id like `channels` is also a word its question uses).
    said = answers.text + " " + becauses
    for q in rb.questions:
        for c in q.choices:
            said = said.replace(c.label.get(lang), " ")
        said = said.replace(q.text.get(lang), " ")
    for a in report.answers:
        q = rb.question(a.id)
        assert q is not None
        assert q.text.get(lang) in answers.text
        assert not re.search(rf"\b{a.id}\b", said), a.id
        for choice in a.value if isinstance(a.value, tuple) else ():
            label = q.choice(choice).label.get(lang)  # type: ignore[union-attr]
            assert label in answers.text
            assert not re.search(rf"\b{choice}\b", said), choice
    assert not answers.all("code")


def text_report_parts(report: Report, lang: str) -> dict[str, object]:
    """What the text report says, read back from its lines: the plan's and the also-note
    filings' ids in order, the rest's label and line of names, and the filings explained below, in order."""
    lines = render(report, "text", lang, terminal=False).splitlines()
    names = {f.filing.name.get(lang): f.filing.id for f in report.filings}

    def named(line: str) -> str:
        found = [n for n in names if line.startswith(n)]
        assert found, line
        return names[max(found, key=len)]

    first = next(i for i, line in enumerate(lines) if line.startswith("─"))
    # The timeline's list (issue 24) follows the plan: its bullets are no filings to note.
    timeline = t("head.timeline", lang, start="").split("2")[0][:6]
    plan_lines = lines[:next((i for i, line in enumerate(lines[:first]) if line.startswith(timeline)), first)]
    steps = [named(m.group(1)) for line in plan_lines if (m := re.match(r"  \d+\. (?:⛔ )?(.*)", line))]
    at = plan_lines.index(t("head.others", lang)) if t("head.others", lang) in plan_lines else first
    others = [named(line[4:]) for line in plan_lines[at:] if line.startswith("  • ")]
    label_re = re.escape(t("plan.not_required", lang, n=999)).replace("999", r"\d+")
    label, rest = "", ""
    for i, line in enumerate(plan_lines):
        if m := re.match(label_re, line):
            label = m.group(0)
            block = [line[len(label):]]
            for more in plan_lines[i + 1:]:
                if not more.startswith(" "):
                    break
                block.append(more.strip())
            # Chinese wraps between any two characters, English at a space. Kept as one line:
            # an English name may hold the ", " that joins them.
            rest = ("" if lang == "zh" else " ").join(block)
    words = "|".join(re.escape(t("status." + s, lang)) for s in ("required", "review", "not_required"))
    details = [named(m.group(1)) for line in lines[first:]
               if (m := re.match(rf"(?:\d+\. )?(.*) — (?:{words})$", line.strip("─ ")))]
    return {"steps": steps, "others": others, "label": label, "rest": rest, "details": details}


def html_report_parts(text: str, lang: str) -> dict[str, object]:
    page = page_of(text, lang)
    ids = [str(a["id"]) for _, a in page.elements if a.get("id")]
    m = re.search(r'<p class="rest"><strong>(.*?)</strong>(.*?)</p>', text, re.S)
    return {
        "steps": [i[5:] for i in ids if i.startswith("step-")],
        "others": [i[6:] for i in ids if i.startswith("other-")],
        "label": html.unescape(m.group(1)) if m else "",
        "rest": html.unescape(m.group(2)) if m else "",
        "details": [i[7:] for i in ids if i.startswith("filing-")],
    }


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("case", list(report_cases.CASES))
def test_the_page_says_what_the_text_report_says(case: str, lang: str) -> None:
    """The six cases of issue 13: the same filings in the plan, in the same order, the same
    filings to note, the same rest (label, count and names), the same filings explained, in the
    same order."""
    report, page = _report(report_cases.CASES[case], lang)
    said = text_report_parts(report, lang)
    assert said["steps"] == in_plan_order(report)
    assert said["details"] == [*said["steps"], *said["others"]]  # type: ignore[misc]
    rest = [f for f in report.filings if f.status == "not_required" and f.filing.kind != "check"
            and f.filing.id not in said["others"]]  # type: ignore[operator]
    assert said["rest"] == t("list.sep", lang).join(short_name(f.filing.name.get(lang)) for f in rest)
    if lang == "zh":
        assert said["label"] == f"另有 {len(rest)} 项无需办理："
    assert html_report_parts(page, lang) == said


# --- the format follows --output --------------------------------------------------------------

@pytest.mark.parametrize(("name", "kind"), [("report.html", "html"), ("r.HTM", "html"), ("report.md", "markdown"),
                                           ("report.json", "json"), ("report.xml", "junit"),
                                           ("report.txt", "text"), ("report", "text")])
def test_output_extension_picks_the_format(tmp_path: Path, name: str, kind: str) -> None:
    out = tmp_path / name
    r = run_cli(["--model", "platform", "--no-input", "-o", str(out), "--lang", "en"])
    assert r.exit_code == 0, r.stderr
    assert kind_of(out.read_text("utf-8")) == kind


@pytest.mark.parametrize("fmt", ["json", "text", "markdown"])
def test_an_explicit_format_wins_over_the_extension(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "report.html"
    r = run_cli(["--model", "platform", "--no-input", "-o", str(out), "--format", fmt])
    assert r.exit_code == 0, r.stderr
    assert kind_of(out.read_text("utf-8")) == fmt


def test_stdout_stays_text_and_html_can_go_there() -> None:
    assert kind_of(run_cli(["--model", "platform", "--no-input"]).stdout) == "text"
    r = run_cli(["--model", "platform", "--no-input", "--format", "html", "--lang", "en"])
    page_of(r.stdout, "en")


def test_help_says_the_extension_picks_the_format() -> None:
    text = " ".join(run_cli(["check", "--help"]).stdout.split())
    assert ".html/.htm html, .md markdown, .json json, .xml junit" in text
    assert "--format wins" in text


def kind_of(text: str) -> str:
    if text.startswith("<!DOCTYPE html>"):
        return "html"
    if text.startswith("<?xml") or text.startswith("<testsuites"):
        parse_junit(text)
        return "junit"
    if text.startswith("# icpcheck"):
        return "markdown"
    try:
        json.loads(text)
        return "json"
    except ValueError:
        return "text"


# --- escaping ---------------------------------------------------------------------------------

HOSTILE = ('<script>alert(1)</script><img src=x onerror="alert(2)">]]>'
           '<a href="javascript:alert(3)">x</a>\x01\x07\x1b[31m\x7f\x85 javascript:alert(4) '
           'https://example.org/?a=1&b=<i>"onmouseover=alert(5)')


def hostile_rulebook(path: Path) -> int:
    """The built-in rulebook with HOSTILE appended to every text in both languages."""
    doc = builtin_yaml()
    count = 0

    def walk(node: object) -> None:
        nonlocal count
        if isinstance(node, dict):
            if set(node) == {"zh", "en"} and all(isinstance(v, str) for v in node.values()):
                for k in node:
                    node[k] += HOSTILE
                count += 1
                return
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(doc)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), "utf-8")
    return count


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_hostile_rulebook_and_answers_file_text_is_escaped(tmp_path: Path, lang: str) -> None:
    rules = tmp_path / "hostile.yaml"
    assert hostile_rulebook(rules) > 100
    folder = tmp_path / '<img src=x onerror="alert(6)">'  # the answers file's name is shown
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"sells_own_goods": False, "third_party_sellers": True,
                                                  "charges_sellers": True, "paid_content": False}))
    out = tmp_path / "report.html"
    r = run_cli(["check", "--rules", str(rules), "--answers", str(folder / "a.json"), "--no-input",
                 "--lang", lang, "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    text = out.read_text("utf-8")
    page = page_of(text, lang)  # no script, img, on* attribute or javascript: link
    assert not CONTROL.search(text)
    # Shown as text, not dropped: the payload is there, harmless.
    assert "<script>alert(1)</script>" in page.text
    assert 'onerror="alert(6)"' in page.text
    assert ']]>' in page.text and 'href="javascript:alert(3)"' in page.text
    assert not [a for a in page.all("a") if "javascript" in (a.get("href") or "").lower()]
    # An http(s) address does become a link, cut where the markup starts.
    assert {"href": "https://example.org/?a=1&b="} in page.all("a")


def test_linked_links_http_only() -> None:
    out = str(linked("see https://a.example/x?y=1&z=2, javascript:alert(1) or data:text/html,<b>\x00"))
    assert out == ('see <a href="https://a.example/x?y=1&amp;z=2,">https://a.example/x?y=1&amp;z=2,</a> '
                   'javascript:alert(1) or data:text/html,&lt;b&gt;')


def test_control_characters_never_reach_the_page() -> None:
    from icpcheck.render.html import _clean

    assert _clean("a\x00b\x1bc\x7fd\x9fe\tf\ng") == "abcde\tf\ng"
    assert _clean(3) == 3


# --- in a real browser ------------------------------------------------------------------------

# The six cases of issue 13, as flags.
CASES: dict[str, list[str]] = {
    "bakery": ["sells_own_goods=yes", "third_party_sellers=no", "paid_content=no", "channels=mini_program",
               "goods=other_food", "activities=prepaid_cards"],
    "marketplace": ["sells_own_goods=no", "third_party_sellers=yes", "charges_sellers=yes", "paid_content=no",
                    "channels=mini_program,own_domain", "users_where=several_provinces"],
    "paid-course": ["sells_own_goods=no", "third_party_sellers=no", "paid_content=yes",
                    "content_kinds=video_courses", "channels=own_domain"],
    "foreign-marketplace": ["sells_own_goods=no", "third_party_sellers=yes", "charges_sellers=yes",
                            "paid_content=no", "foreign_equity=majority", "province=shanghai",
                            "registered_in_pilot=no", "channels=mini_program,own_domain"],
    "food-and-books": ["sells_own_goods=yes", "third_party_sellers=no", "paid_content=no",
                       "goods=prepackaged_food,books_av", "channels=mini_program,own_domain"],
    "free-wechat-marketplace": ["sells_own_goods=no", "third_party_sellers=yes", "charges_sellers=no",
                                "paid_content=no", "wechat_only=yes", "channels=mini_program"],
}
PHONE = 390
LAPTOP = 1280
SCREENSHOT = ROOT / "docs" / "report-zh.png"  # the README's picture (ICPCHECK_UPDATE_SCREENSHOT=1)

# The only script anywhere: a test page that shows each report in an iframe PHONE (and LAPTOP)
# pixels wide and writes, into its own DOM, each report's DOM after load and how wide its page
# came out. Chromium will not make a window narrower than 500 px, so a report opened at 390 px
# is laid out at 500; an iframe is exactly as wide as it is told. The reports stay script-free.
PROBE = """<!DOCTYPE html><html><body>{frames}<script>
window.addEventListener("load", () => {{
  for (const f of document.querySelectorAll("iframe")) {{
    const root = f.contentDocument.documentElement;
    const out = document.createElement("pre");
    out.id = "out-" + f.id;
    out.dataset.scrollWidth = root.scrollWidth;
    out.dataset.clientWidth = root.clientWidth;
    out.textContent = root.outerHTML;
    document.body.appendChild(out);
  }}
}});
</script></body></html>"""


def browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("ICPCHECK_REQUIRE_BROWSER") == "1":
            pytest.fail("ICPCHECK_REQUIRE_BROWSER=1 but no chromium on PATH (.ci/run installs it)")
        pytest.skip("no chromium on PATH: the HTML report is not checked in a browser here "
                    "(apt-get install chromium fonts-noto-cjk; CI sets ICPCHECK_REQUIRE_BROWSER=1)")
    return found


def chromium(exe: str, url: str, width: int, *actions: str, height: int = 2000) -> str:
    with tempfile.TemporaryDirectory() as profile:  # no shared profile between parallel runs
        p = subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            "--no-first-run", "--no-pdf-header-footer", f"--user-data-dir={profile}",
                            f"--window-size={width},{height}", *actions, url],
                           capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr[-2000:]
    return p.stdout


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, dict[str, Report]]]:
    exe = browser()
    folder = tmp_path_factory.mktemp("browser")
    reports = {}
    for name, pairs in CASES.items():
        for lang in ("zh", "en"):
            report, text = _report(pairs, lang)
            (folder / f"{name}-{lang}.html").write_text(text, "utf-8")
            reports[f"{name}-{lang}"] = report
    yield exe, folder, reports


@pytest.mark.slow
def test_six_cases_in_a_real_browser(rendered: tuple[str, Path, dict[str, Report]]) -> None:
    """Each report's DOM after load holds the plan and every required filing, and its page is no
    wider than a 390-px phone or a laptop; each case is screenshot at 1280 and 390 px and printed
    to an A4 PDF (each case in one language, alternating, to keep the test near 30 s)."""
    exe, folder, reports = rendered
    frames = "".join(
        f'<iframe id="{key}-{w}" style="width:{w}px;height:700px;border:0" '
        f'srcdoc="{html.escape((folder / (key + ".html")).read_text("utf-8"))}"></iframe>'
        for key in reports for w in (PHONE, LAPTOP))
    probe = folder / "probe.html"
    probe.write_text(PROBE.format(frames=frames), "utf-8")

    jobs = [(probe.as_uri(), LAPTOP, ("--dump-dom", "--virtual-time-budget=5000"))]
    printed = []
    for i, name in enumerate(CASES):
        key = f"{name}-{'zh' if i % 2 else 'en'}"  # the marketplace in zh: the README's picture
        url = (folder / f"{key}.html").as_uri()
        printed.append(key)
        jobs.append((url, LAPTOP, (f"--screenshot={folder / key}-{LAPTOP}.png",
                                   f"--print-to-pdf={folder / key}.pdf")))
        jobs.append((url, PHONE, (f"--screenshot={folder / key}-{PHONE}.png",)))
    with ThreadPoolExecutor(max_workers=3) as pool:
        outputs = list(pool.map(lambda job: chromium(exe, job[0], job[1], *job[2]), jobs))

    dom = Page(outputs[0])
    outs = {str(a["id"])[4:]: a for t, a in dom.elements if t == "pre"}
    contents = dict(zip([str(a["id"])[4:] for t, a in dom.elements if t == "pre"],
                        _pre_texts(outputs[0]), strict=True))
    for key, report in reports.items():
        lang = key.rsplit("-", 1)[1]
        for w in (PHONE, LAPTOP):
            probe_out = outs[f"{key}-{w}"]
            assert int(str(probe_out["data-client-width"])) == w, (key, w)
            assert int(str(probe_out["data-scroll-width"])) <= w, f"{key} is wider than {w} px"
        page = Page(contents[f"{key}-{PHONE}"])
        assert "plan" in page.ids, key
        steps = [str(a["id"])[5:] for a in page.all("li") if str(a.get("id", "")).startswith("step-")]
        assert steps == in_plan_order(report), key
        for f in report.filings:
            if f.status == "required":
                assert f"filing-{f.filing.id}" in page.ids, (key, f.filing.id)
                assert f.filing.name.get(lang) in page.text, (key, f.filing.id)
    for key in printed:
        pdf = (folder / f"{key}.pdf").read_bytes()
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000, key
        boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
        assert boxes and all(abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1
                             for w, h in boxes), (key, boxes[:3])  # A4, in points
        assert png_size(folder / f"{key}-{LAPTOP}.png") == (LAPTOP, 2000)
        assert png_size(folder / f"{key}-{PHONE}.png") == (PHONE, 2000)
    if os.environ.get("ICPCHECK_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(folder / f"marketplace-zh-{LAPTOP}.png", SCREENSHOT)


def _pre_texts(dump: str) -> list[str]:
    """The text of each <pre> the probe wrote (a report's DOM, serialised), in order."""
    return [html.unescape(m) for m in re.findall(r"<pre[^>]*>(.*?)</pre>", dump, re.S)]


def test_the_readme_screenshot_is_a_laptop_wide_png() -> None:
    assert png_size(SCREENSHOT) == (LAPTOP, 2000)


def test_held_filings_and_the_gate_show_once_the_report_has_a_gate() -> None:
    r = run_cli(["--model", "platform", "--no-input", "--held", "icp_filing", "--format", "html",
                 "--lang", "en"])
    assert r.exit_code == 1  # the others are missing
    page_of(r.stdout, "en")
    step = r.stdout[r.stdout.index('id="step-icp_filing"'):]
    assert "<dt>Held?</dt><dd><strong>held</strong></dd>" in step[:step.index('id="step-', 4)]
    assert "gate FAILED" in r.stdout
    plain = run_cli(["--model", "platform", "--no-input", "--format", "html", "--lang", "en"]).stdout
    assert "Held?" not in plain
