"""The Markdown report: the same content as text, ready to paste into an issue or pull request."""

from __future__ import annotations

from icpcheck.engine import Report
from icpcheck.i18n import t
from icpcheck.render.view import FilingView, ReportView, build


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report, lang: str) -> str:
    return lay_out(build(report, lang))


def lay_out(view: ReportView) -> str:
    lang = view.lang
    out = [f"# icpcheck: {view.rulebook.title}", ""]
    if view.blockers:
        out += [f"## {t('head.blockers', lang)}", ""]
        out += [f"- **{b.filing}**: {b.text}" for b in view.blockers] + [""]
    gate = view.gate
    held_head = f" {t('head.gate', lang)} |" if gate.shown else ""
    out += [f"| {t('head.filing', lang)} | {t('head.status', lang)} |{held_head} "
            f"{t('head.why', lang)} |", "|---|---|---|---|" if gate.shown else "|---|---|---|"]
    for f in view.filings:
        held = f" {_cell(f.gate.text)} |" if gate.shown else ""
        out.append(f"| {_cell(f.name)} (`{f.id}`) | **{f.status_word}** |{held} {_cell(f.why)} |")
    if gate.shown:
        out += ["", f"**{_cell(gate.line)}**"]
    layer_lines = [f"- {f.name} (`{f.id}`) — {lr.line}" for f in view.filings for lr in f.layers]
    if layer_lines:
        out += ["", f"## {t('head.layers', lang)}", "", *layer_lines]
    out += ["", f"## {t('head.answers', lang)}", ""]
    out += [f"- `{a.id}`: {a.value} _({a.source})_" for a in view.answers]
    if view.warnings:
        out += ["", f"## {t('head.warnings', lang)}", ""] + [f"- {w}" for w in view.warnings]
    for f in view.filings:
        if f.detail:
            out += _filing(f, lang)
    out += ["", "---", "", f"> **{t('head.notice', lang)}:** {view.notice}", "",
            f"_{view.rulebook.line}_", ""]
    return "\n".join(out)


def _filing(f: FilingView, lang: str) -> list[str]:
    out = ["", f"## {f.name} — {f.status_word}", ""]
    out.append(f"**{t('head.what', lang)}:** {f.what}  ")
    out.append(f"**{t('head.issuer', lang)}:** {f.issuer}  ")
    out += [f"**{t('head.basis', lang)}:** {'; '.join(f.basis)}", "",
            f"### {t('head.reasons', lang)}", ""]
    for r in f.reasons:
        out.append(f"- **{r.status_word}** (`{r.rule}`): {r.text}")
        because = "; ".join(f"`{b.question}` = {b.value}" for b in r.because)
        if because:
            out.append(f"  - {t('head.because', lang)}: {because}")
        if r.settle:
            out.append(f"  - {t('head.settle', lang)}: {r.settle}")
        if r.blocker:
            out.append(f"  - **{t('head.blocker', lang)}:** {r.blocker}")
        out += [f"  - {c}" for c in r.citations]
    for lr in f.layers:
        out += ["", f"### {lr.name} — {lr.status_word}", ""]
        if lr.what:
            out += [f"_{lr.what}_", ""]
        for r in lr.reasons:
            out.append(f"- **{r.status_word}** (`{r.rule}`): {r.text}")
            if r.settle:
                out.append(f"  - {t('head.settle', lang)}: {r.settle}")
            out += [f"  - {c}" for c in r.citations]
    for group in f.advice:
        out += ["", f"### {group.heading}", ""] + [f"- {item}" for item in group.items]
    return out
