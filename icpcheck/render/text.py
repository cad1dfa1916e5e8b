"""The text report for people, drawn with rich (imported here only, so JSON never pays for it)."""

from __future__ import annotations

import io
import os
import shutil
import sys

from rich.console import Console
from rich.markup import escape
from rich.table import Table

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

STYLE = {"required": "bold red", "review": "bold yellow", "not_required": "green"}
GATE_STYLE = {"held": "green", "waived": "yellow", "missing": "bold red", "not_needed": "dim"}


def render(report: Report, lang: str, terminal: bool | None = None) -> str:
    tty = (sys.stdout.isatty() if terminal is None else terminal) and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size((100, 24)).columns if tty else 100
    buf = io.StringIO()
    con = Console(file=buf, width=width, force_terminal=tty, no_color=not tty, highlight=False,
                  emoji=False)
    rb = report.rulebook
    e = escape

    table = Table(title=e(rb.title.get(lang)), show_lines=True, expand=True)
    # fold, not the default ellipsis: Chinese text has no spaces to wrap at and must not be cut.
    table.add_column(t("head.filing", lang), ratio=2, overflow="fold")
    table.add_column(t("head.status", lang))
    gate = gate_of(report) if shows_gate(report) else None
    if gate is not None:
        # No ratio: as wide as its cells, so "waived until 2027-06-30" is never wrapped or cut.
        table.add_column(t("head.gate", lang), no_wrap=True)
    table.add_column(t("head.why", lang), ratio=5, overflow="fold")
    for f in report.filings:
        status = t("status." + f.status, lang)
        held = []
        if gate is not None:
            g = gate.of(f.filing.id)
            held = [f"[{GATE_STYLE[g.state]}]{e(gate_cell(g, lang))}[/]"]
        table.add_row(f"{e(f.filing.name.get(lang))}\n[dim]{e(f.filing.id)}[/dim]",
                      f"[{STYLE[f.status]}]{e(status)}[/]", *held, e(one_line_why(f, lang)))
    con.print(table)
    if gate is not None:
        style = "bold red" if not gate.passed else "dim" if gate.fail_on is None else "green"
        con.print(f"[{style}]{e(gate_line(report, lang))}[/]")
    for extra in (layers.text_blockers(report, lang), layers.text_summary(report, lang)):
        if extra:
            con.print(extra)

    con.print(f"\n[bold]{t('head.answers', lang)}[/bold]")
    for a in report.answers:
        con.print(f"  {e(a.id)} = {e(value_text(rb, a.id, a.value, lang))}  "
                  f"[dim]({e(source_text(a.source, lang))})[/dim]")
    for w in warning_texts(report.warnings, lang):
        con.print(f"[yellow]! {e(w)}[/yellow]")

    for f in report.filings:
        if not shows_detail(f):
            continue
        status = t("status." + f.status, lang)
        con.rule(f"[{STYLE[f.status]}]{e(f.filing.name.get(lang))} — {e(status)}[/]")
        con.print(f"[bold]{t('head.what', lang)}:[/bold] {e(f.filing.what.get(lang))}")
        con.print(f"[bold]{t('head.issuer', lang)}:[/bold] {e(f.filing.issuer.get(lang))}")
        for c in f.filing.basis:
            con.print(f"[bold]{t('head.basis', lang)}:[/bold] {e(citation_text(c, lang))}")
        con.print(f"\n[bold]{t('head.reasons', lang)}[/bold]")
        for r in f.reasons:
            because = "; ".join(f"{q} = {value_text(rb, q, v, lang)}" for q, v in r.because)
            if because:
                con.print(f"  {t('head.because', lang)}: {e(because)}")
            rstatus = t("status." + r.effect.status, lang)
            con.print(f"  → [dim]{e(r.rule.id)}[/dim] → [{STYLE[r.effect.status]}]{e(rstatus)}[/]: "
                      f"{e(r.effect.reason.get(lang))}")
            if r.effect.settle:
                con.print(f"    [bold]{t('head.settle', lang)}:[/bold] {e(r.effect.settle.get(lang))}")
            if r.effect.blocker:
                con.print(f"    [bold red]{e(t('head.blocker', lang))}: "
                          f"{e(r.effect.blocker.get(lang))}[/]")
            for c in r.effect.citations:
                con.print(f"    [dim]• {e(citation_text(c, lang))}[/dim]")
        if f.layers:
            con.print(layers.text_detail(f, lang))
        for kind in ADVICE_KINDS:
            items = [a for a in f.advice if a.kind == kind]
            if items:
                con.print(f"\n[bold]{t('kind.' + kind, lang)}[/bold]")
                for item in items:
                    con.print(f"  • {e(item.text.get(lang))}")
        con.print()
    con.rule()
    con.print(f"[bold]{t('head.notice', lang)}:[/bold] {e(rb.notice.get(lang))}")
    con.print(f"[dim]{e(rulebook_line(report, lang))}[/dim]")
    return buf.getvalue()
