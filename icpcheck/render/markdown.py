"""The Markdown report: the same content as text, ready to paste into an issue or pull request."""

from __future__ import annotations

from icpcheck.engine import Report
from icpcheck.gate import gate_of
from icpcheck.i18n import source_text, t
from icpcheck.messages import warning_texts
from icpcheck.render import layers
from icpcheck.render.common import (
    citation_text,
    gate_cell,
    gate_line,
    one_line_why,
    rulebook_line,
    shows_detail,
    shows_gate,
    value_text,
)
from icpcheck.rulebook.model import ADVICE_KINDS


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report, lang: str) -> str:
    rb = report.rulebook
    out = [f"# icpcheck: {rb.title.get(lang)}", ""]
    out += layers.markdown_blockers(report, lang)
    gate = gate_of(report) if shows_gate(report) else None
    held_head = f" {t('head.gate', lang)} |" if gate else ""
    out += [f"| {t('head.filing', lang)} | {t('head.status', lang)} |{held_head} "
            f"{t('head.why', lang)} |", "|---|---|---|---|" if gate else "|---|---|---|"]
    for f in report.filings:
        held = f" {_cell(gate_cell(gate.of(f.filing.id), lang))} |" if gate else ""
        out.append(f"| {_cell(f.filing.name.get(lang))} (`{f.filing.id}`) | "
                   f"**{t('status.' + f.status, lang)}** |{held} {_cell(one_line_why(f, lang))} |")
    if gate:
        out += ["", f"**{_cell(gate_line(report, lang))}**"]
    out += layers.markdown_summary(report, lang)
    out += ["", f"## {t('head.answers', lang)}", ""]
    for a in report.answers:
        out.append(f"- `{a.id}`: {value_text(rb, a.id, a.value, lang)} _({source_text(a.source, lang)})_")
    if report.warnings:
        out += ["", f"## {t('head.warnings', lang)}", ""] + [f"- {w}" for w in warning_texts(report.warnings, lang)]
    for f in report.filings:
        if not shows_detail(f):
            continue
        out += ["", f"## {f.filing.name.get(lang)} — {t('status.' + f.status, lang)}", ""]
        out.append(f"**{t('head.what', lang)}:** {f.filing.what.get(lang)}  ")
        out.append(f"**{t('head.issuer', lang)}:** {f.filing.issuer.get(lang)}  ")
        basis = "; ".join(citation_text(c, lang) for c in f.filing.basis)
        out += [f"**{t('head.basis', lang)}:** {basis}", "", f"### {t('head.reasons', lang)}", ""]
        for r in f.reasons:
            out.append(f"- **{t('status.' + r.effect.status, lang)}** (`{r.rule.id}`): "
                       f"{r.effect.reason.get(lang)}")
            because = "; ".join(f"`{q}` = {value_text(rb, q, v, lang)}" for q, v in r.because)
            if because:
                out.append(f"  - {t('head.because', lang)}: {because}")
            if r.effect.settle:
                out.append(f"  - {t('head.settle', lang)}: {r.effect.settle.get(lang)}")
            if r.effect.blocker:
                out.append(f"  - **{t('head.blocker', lang)}:** {r.effect.blocker.get(lang)}")
            for c in r.effect.citations:
                out.append(f"  - {citation_text(c, lang)}")
        out += layers.markdown_detail(f, lang)
        for kind in ADVICE_KINDS:
            items = [a for a in f.advice if a.kind == kind]
            if items:
                out += ["", f"### {t('kind.' + kind, lang)}", ""]
                out += [f"- {a.text.get(lang)}" for a in items]
    out += ["", "---", "", f"> **{t('head.notice', lang)}:** {rb.notice.get(lang)}", "",
            f"_{rulebook_line(report, lang)}_", ""]
    return "\n".join(out)
