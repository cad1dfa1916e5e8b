"""The text report for people, drawn with rich (imported here only, so JSON never pays for it)."""

from __future__ import annotations

import io
import os
import shutil
import sys

from rich.console import Console
from rich.markup import escape as markup
from rich.table import Table

from icpcheck.engine import Report
from icpcheck.i18n import t
from icpcheck.render import escape
from icpcheck.render.view import FilingView, ReportView, build

STYLE = {"required": "bold red", "review": "bold yellow", "not_required": "green"}
GATE_STYLE = {"held": "green", "waived": "yellow", "missing": "bold red", "not_needed": "dim"}
# A terminal's width within reason: COLUMNS=1000000 once made a 93 MB report of padding.
MIN_WIDTH, MAX_WIDTH = 20, 250


def e(text: str) -> str:
    """A view string as rich markup that shows it as it is: its controls and escape sequences as
    escapes, its [brackets] as brackets (every string printed here goes through this)."""
    return markup(escape.terminal(text))


def render(report: Report, lang: str, terminal: bool | None = None) -> str:
    if terminal is None:  # stdout's, which is None when the process started without one
        terminal = sys.stdout is not None and sys.stdout.isatty()
    tty = terminal and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size((100, 24)).columns if tty else 100
    width = min(max(width, MIN_WIDTH), MAX_WIDTH)
    buf = io.StringIO()
    con = Console(file=buf, width=width, force_terminal=tty, no_color=not tty, highlight=False,
                  emoji=False)
    lay_out(build(report, lang), con)
    return buf.getvalue()


def lay_out(view: ReportView, con: Console) -> None:
    lang = view.lang
    table = Table(title=e(view.rulebook.title), show_lines=True, expand=True)
    # fold, not the default ellipsis: Chinese text has no spaces to wrap at and must not be cut.
    table.add_column(t("head.filing", lang), ratio=2, overflow="fold")
    table.add_column(t("head.status", lang))
    gate = view.gate
    if gate.shown:
        # No ratio: as wide as its cells, so "waived until 2027-06-30" is never wrapped or cut.
        table.add_column(t("head.gate", lang), no_wrap=True)
    table.add_column(t("head.why", lang), ratio=5, overflow="fold")
    for f in view.filings:
        held = [f"[{GATE_STYLE[f.gate.state]}]{e(f.gate.text)}[/]"] if gate.shown else []
        table.add_row(f"{e(f.name)}\n[dim]{e(f.id)}[/dim]",
                      f"[{STYLE[f.status]}]{e(f.status_word)}[/]", *held, e(f.why))
    con.print(table)
    if gate.shown:
        style = "bold red" if not gate.passed else "dim" if gate.fail_on is None else "green"
        con.print(f"[{style}]{e(gate.line)}[/]")
    if view.blockers:
        lines = [f"[bold red]{e(t('head.blockers', lang))}[/bold red]"]
        lines += [f"[red]• [bold]{e(b.filing)}[/bold]: {e(b.text)}[/red]" for b in view.blockers]
        con.print("\n".join(lines))
    layer_lines = [f"  {e(f.name)} — {e(lr.line)}" for f in view.filings for lr in f.layers]
    if layer_lines:
        con.print("\n".join([f"[bold]{e(t('head.layers', lang))}[/bold]", *layer_lines]))

    con.print(f"\n[bold]{e(t('head.answers', lang))}[/bold]")
    for a in view.answers:
        con.print(f"  {e(a.id)} = {e(a.value)}  [dim]({e(a.source)})[/dim]")
    for w in view.warnings:
        con.print(f"[yellow]! {e(w)}[/yellow]")

    for f in view.filings:
        if f.detail:
            _filing(f, con, lang)
    con.rule()
    con.print(f"[bold]{t('head.notice', lang)}:[/bold] {e(view.notice)}")
    con.print(f"[dim]{e(view.rulebook.line)}[/dim]")


def _filing(f: FilingView, con: Console, lang: str) -> None:
    con.rule(f"[{STYLE[f.status]}]{e(f.name)} — {e(f.status_word)}[/]")
    con.print(f"[bold]{t('head.what', lang)}:[/bold] {e(f.what)}")
    con.print(f"[bold]{t('head.issuer', lang)}:[/bold] {e(f.issuer)}")
    for c in f.basis:
        con.print(f"[bold]{t('head.basis', lang)}:[/bold] {e(c)}")
    con.print(f"\n[bold]{t('head.reasons', lang)}[/bold]")
    for r in f.reasons:
        because = "; ".join(f"{b.question} = {b.value}" for b in r.because)
        if because:
            con.print(f"  {t('head.because', lang)}: {e(because)}")
        con.print(f"  → [dim]{e(r.rule)}[/dim] → [{STYLE[r.status]}]{e(r.status_word)}[/]: "
                  f"{e(r.text)}")
        if r.settle:
            con.print(f"    [bold]{t('head.settle', lang)}:[/bold] {e(r.settle)}")
        if r.blocker:
            con.print(f"    [bold red]{e(t('head.blocker', lang))}: {e(r.blocker)}[/]")
        for c in r.citations:
            con.print(f"    [dim]• {e(c)}[/dim]")
    if f.layers:
        out: list[str] = []
        for lr in f.layers:
            out.append(f"\n[bold]{e(lr.name)} — {e(lr.status_word)}[/bold]")
            if lr.what:
                out.append(f"  [dim]{e(lr.what)}[/dim]")
            for r in lr.reasons:
                out.append(f"  → [dim]{e(r.rule)}[/dim] → {e(r.status_word)}: {e(r.text)}")
                if r.settle:
                    out.append(f"    [bold]{e(t('head.settle', lang))}:[/bold] {e(r.settle)}")
                out += [f"    [dim]• {e(c)}[/dim]" for c in r.citations]
        con.print("\n".join(out))
    for group in f.advice:
        con.print(f"\n[bold]{e(group.heading)}[/bold]")
        for item in group.items:
            con.print(f"  • {e(item)}")
    con.print()
