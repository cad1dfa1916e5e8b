"""The Markdown report: the same content as text, ready to paste into an issue or pull request."""

from __future__ import annotations

from icpcheck.engine import Report
from icpcheck.i18n import t
from icpcheck.render import escape
from icpcheck.render.view import FilingView, ReportView, build

# Every string from the view goes through m() (inline text) or c() (an id in a code span): a
# rulebook or answers file cannot add HTML, links, images, headings or table cells of its own.
m = escape.markdown


def c(text: str) -> str:
    return escape.markdown_code(text)


def _cell(text: str) -> str:
    return m(text)  # escape.markdown escapes pipes and keeps the cell on one line


def render(report: Report, lang: str) -> str:
    return lay_out(build(report, lang))


def lay_out(view: ReportView) -> str:
    lang = view.lang
    out = [f"# icpcheck: {m(view.rulebook.title)}", ""]
    if view.blockers:
        out += [f"## {t('head.blockers', lang)}", ""]
        out += [f"- **{m(b.filing)}**: {m(b.text)}" for b in view.blockers] + [""]
    gate = view.gate
    held_head = f" {t('head.gate', lang)} |" if gate.shown else ""
    out += [f"| {t('head.filing', lang)} | {t('head.status', lang)} |{held_head} "
            f"{t('head.why', lang)} |", "|---|---|---|---|" if gate.shown else "|---|---|---|"]
    for f in view.filings:
        held = f" {_cell(f.gate.text)} |" if gate.shown else ""
        out.append(f"| {_cell(f.name)} ({escape.markdown_code(f.id, in_table=True)}) | "
                   f"**{_cell(f.status_word)}** |{held} {_cell(f.why)} |")
    if gate.shown:
        out += ["", f"**{_cell(gate.line)}**"]
    layer_lines = [f"- {m(f.name)} ({c(f.id)}) — {m(lr.line)}" for f in view.filings for lr in f.layers]
    if layer_lines:
        out += ["", f"## {t('head.layers', lang)}", "", *layer_lines]
    out += ["", f"## {t('head.answers', lang)}", ""]
    out += [f"- {c(a.id)}: {m(a.value)} _({m(a.source)})_" for a in view.answers]
    if view.warnings:
        out += ["", f"## {t('head.warnings', lang)}", ""] + [f"- {m(w)}" for w in view.warnings]
    for f in view.filings:
        if f.detail:
            out += _filing(f, lang)
    out += ["", "---", "", f"> **{t('head.notice', lang)}:** {m(view.notice)}", "",
            f"_{m(view.rulebook.line)}_", ""]
    return "\n".join(out)


def _filing(f: FilingView, lang: str) -> list[str]:
    out = ["", f"## {m(f.name)} — {m(f.status_word)}", ""]
    out.append(f"**{t('head.what', lang)}:** {m(f.what)}  ")
    out.append(f"**{t('head.issuer', lang)}:** {m(f.issuer)}  ")
    out += [f"**{t('head.basis', lang)}:** {'; '.join(m(b) for b in f.basis)}", "",
            f"### {t('head.reasons', lang)}", ""]
    for r in f.reasons:
        out.append(f"- **{m(r.status_word)}** ({c(r.rule)}): {m(r.text)}")
        because = "; ".join(f"{c(b.question)} = {m(b.value)}" for b in r.because)
        if because:
            out.append(f"  - {t('head.because', lang)}: {because}")
        if r.settle:
            out.append(f"  - {t('head.settle', lang)}: {m(r.settle)}")
        if r.blocker:
            out.append(f"  - **{t('head.blocker', lang)}:** {m(r.blocker)}")
        out += [f"  - {m(cite)}" for cite in r.citations]
    for lr in f.layers:
        out += ["", f"### {m(lr.name)} — {m(lr.status_word)}", ""]
        if lr.what:
            out += [f"_{m(lr.what)}_", ""]
        for r in lr.reasons:
            out.append(f"- **{m(r.status_word)}** ({c(r.rule)}): {m(r.text)}")
            if r.settle:
                out.append(f"  - {t('head.settle', lang)}: {m(r.settle)}")
            out += [f"  - {m(cite)}" for cite in r.citations]
    for group in f.advice:
        out += ["", f"### {m(group.heading)}", ""] + [f"- {m(item)}" for item in group.items]
    return out
