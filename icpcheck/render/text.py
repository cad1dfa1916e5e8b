"""The text report for people, drawn with rich (imported here only, so JSON never pays for it)."""

from __future__ import annotations

import io
import os
import shutil
import sys
from typing import Any

from rich.console import Console, ConsoleOptions, RenderResult
from rich.markup import escape as e
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from icpcheck.engine import Report
from icpcheck.i18n import t
from icpcheck.render.view import FilingView, ReportView, build
from icpcheck.render.wrap import layout, narrowest

STYLE = {"required": "bold red", "review": "bold yellow", "not_required": "green"}
GATE_STYLE = {"held": "green", "waived": "yellow", "missing": "bold red", "not_needed": "dim"}


def render(report: Report, lang: str, terminal: bool | None = None) -> str:
    tty = (sys.stdout.isatty() if terminal is None else terminal) and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size((100, 24)).columns if tty else 100
    buf = io.StringIO()
    con = WrappingConsole(file=buf, width=width, force_terminal=tty, no_color=not tty, highlight=False,
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
        table.add_row(Wrapped(con.render_str(f"{e(f.name)}\n[dim]{e(f.id)}[/dim]")),
                      f"[{STYLE[f.status]}]{e(f.status_word)}[/]", *held, Wrapped(Text(f.why)))
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

    con.print(f"\n[bold]{t('head.answers', lang)}[/bold]")
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
                out.append(f"  → [dim]{r.rule}[/dim] → {e(r.status_word)}: {e(r.text)}")
                if r.settle:
                    out.append(f"    [bold]{e(t('head.settle', lang))}:[/bold] {e(r.settle)}")
                out += [f"    [dim]• {e(c)}[/dim]" for c in r.citations]
        con.print("\n".join(out))
    for group in f.advice:
        con.print(f"\n[bold]{group.heading}[/bold]")
        for item in group.items:
            con.print(f"  • {e(item)}")
    con.print()


class Wrapped:
    """Text that rich lays out as render/wrap.py breaks it: Chinese between any two characters
    (rich treats a whole Chinese sentence as one word), 禁则, bullets hanging under their text."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        plain = self.text.plain
        widest = max(console.measure(Text(line)).maximum for line in plain.split("\n"))
        return Measurement(min(narrowest(plain), widest), widest).with_maximum(options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.text.split("\n", allow_blank=True):
            indent, spans = layout(line.plain, options.max_width)
            for n, (start, end) in enumerate(spans):
                if n:
                    yield Segment(" " * indent)
                yield from line[start:end].render(console)
                yield Segment.line()


class WrappingConsole(Console):
    """A console whose printed strings and rule titles wrap as Chinese needs (see Wrapped)."""

    def print(self, *objects: Any, **kwargs: Any) -> None:
        super().print(*(Wrapped(self.render_str(o)) if isinstance(o, str) else Wrapped(o) if isinstance(o, Text) else o
                        for o in objects), **kwargs)

    def rule(self, title: str | Text = "", **kwargs: Any) -> None:
        shown = self.render_str(title) if isinstance(title, str) else title
        if shown.cell_len + 4 <= self.width:
            super().rule(shown, **kwargs)
        else:  # rich would cut the title short with an ellipsis: a plain rule, then the title
            super().rule(**kwargs)
            self.print(shown)
