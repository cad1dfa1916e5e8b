"""The shared list of hostile rulebook texts (issue 30 item 11), for every front end's tests.

Each text is something a rulebook or answers file could carry that must be shown, never obeyed:
terminal sequences (OSC 52 writes the clipboard, OSC 8 makes a link, CSI repaints), bidi controls
that reorder what is seen, and markup that would break out of a Markdown code span or an HTML
attribute. `hostile_rulebook()` puts them into every text and id of a small valid rulebook;
`assert_inert()` checks one output of any kind. New front ends (web, MCP, ICS) run the same list.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import yaml

GOOD = Path(__file__).resolve().parent / "rulebooks" / "good.yaml"

HOSTILE_TEXTS: dict[str, str] = {
    "osc52": "\x1b]52;c;cm0gLXJmIH4K\x07",  # writes "rm -rf ~" to the clipboard
    "osc8": "\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\",
    "csi": "\x1b[2J\x1b[1;1H\x1b[31mFAKE",
    "c1_csi": "\x9b2J\x9d0;title\x9c",
    "bidi": "\u202eevil\u202c \u2066x\u2069 \u200f",
    "backticks": "`` ` ```",
    "img": "<img src=x onerror=alert(1)>",
    "breakout": "`<img src=x onerror=alert(2)>`",
    "script": "</code><script>alert(3)</script>",
    "newline": "line\n# forged heading\n---",
    "cr": "ok\rFAKE",
    "lsep": "a\u2028b\u2029c\x85d",
    "bell": "\x07\x08\x7f",
}

# Raw in any output, one of these means a text was obeyed or could be (C0 but tab and newline, C1,
# DEL, surrogates, bidi controls, line and paragraph separators).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e"
                         "\u2066-\u2069\u2028\u2029]")


def _text(i: int) -> dict[str, str]:
    values = list(HOSTILE_TEXTS.values())
    return {"zh": "文" + values[i % len(values)], "en": "text " + values[(i + 1) % len(values)]}


def hostile_rulebook() -> dict[str, Any]:
    """good.yaml with a hostile text in every text, and in the id of the rulebook, each filing,
    rule, layer and advice (question ids and choices stay answerable: `-a sells=yes`), plus a layer,
    advice and a blocker so that every part of every format is reached. Filing ids: see filing_ids."""
    d = copy.deepcopy(yaml.safe_load(GOOD.read_text("utf-8")))
    counter = iter(range(10_000))
    values = list(HOSTILE_TEXTS.values())

    def tx() -> dict[str, str]:
        return _text(next(counter))

    def hostile_id(prefix: str) -> str:
        return prefix + values[next(counter) % len(values)].replace("\n", " ")

    for key in ("title", "notice"):
        d[key] = tx()
    d["id"] = hostile_id("rb")
    d["version"] = "1" + values[0]
    d["sources"]["law"]["title"] = tx()
    for q in d["questions"]:
        q["text"], q["help"] = tx(), tx()
        for c in q.get("choices", []):
            c["label"] = tx()
    renamed = {}
    for i, f in enumerate(d["filings"]):
        renamed[f["id"]] = new = hostile_id(f"f{i}")
        f.update(id=new, name=tx(), what=tx(), issuer=tx())
    d["layers"] = [{"id": hostile_id("l"), "name": tx(), "what": tx()}]
    for i, r in enumerate(d["rules"]):
        r["id"] = hostile_id(f"r{i}")
        for e in r["sets"]:
            e["filing"] = renamed[e["filing"]]
            e["reason"] = tx()
            if e["status"] == "required":
                e["blocker"] = tx()
    layered = copy.deepcopy(d["rules"][0])
    layered["id"] = hostile_id("layered")
    layered["sets"][0].update(layer=d["layers"][0]["id"], status="review", settle=tx())
    layered["sets"][0].pop("blocker", None)
    d["rules"].append(layered)
    d["advice"] = [{"id": hostile_id("a"), "kind": kind, "filings": [renamed["licence"]], "text": tx()}
                   for kind in ("risk", "benefit", "caution")]
    return d


def write_hostile_rulebook(path: Path) -> dict[str, Any]:
    """hostile_rulebook() as a YAML file at `path` (every character escaped, as a file may hold it)."""
    data = hostile_rulebook()
    path.write_text(yaml.safe_dump(data, allow_unicode=False, width=10**6), "utf-8")
    return data


def assert_inert(out: str, kind: str) -> None:
    """One output of `kind` (text, json, markdown, junit, html, mermaid, dot) shows the hostile
    texts and obeys none: no raw control, and for markup, nothing of theirs becomes markup (in DOT,
    every label is a quoted string, where `<` is only a character)."""
    assert not RAW_CONTROL.search(out), (kind, RAW_CONTROL.search(out), out[:2000])
    if kind == "json":
        import json

        json.loads(out)
    elif kind == "junit":
        import xml.etree.ElementTree as ET

        ET.fromstring(out)
    elif kind == "markdown":
        from markdown_it import MarkdownIt

        rendered = MarkdownIt("commonmark").render(out)
        for tag in ("<img", "<script", "</code><script"):
            assert tag not in rendered, (tag, rendered[:3000])
        # A forged line from a text cannot make a heading or a rule of its own.
        assert "<h1>forged" not in rendered.replace(" ", "").lower(), rendered[:3000]
    elif kind == "mermaid":
        drawn = "\n".join(line for line in out.splitlines() if not line.lstrip().startswith("%%"))
        for tag in ("<img", "<script", "`"):  # a backtick would open a markdown string in a label
            assert tag not in drawn, tag
    elif kind == "html":
        for tag in ("<img", "<script>alert", "onerror=alert(1)>"):
            assert tag not in out, tag
