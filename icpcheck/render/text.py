"""The text report for people: styled lines written as rich would draw them, without rich's console."""

# The answer comes first: blockers, then the plan (one short entry per filing, in the order to do
# them), then one line for everything not required. Each step's where and what-to-prepare, the
# reasons and the advice (each piece once) follow; rule ids, the answers trace and citations only
# with --detail, the not-required filings' reasons only with --all.

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import TYPE_CHECKING

from icpcheck.engine import Report
from icpcheck.i18n import t
from icpcheck.render import escape
from icpcheck.render.lines import Sink, Styled, Writer, cells, sink
from icpcheck.render.view import (
    AdviceGroup,
    FilingView,
    ReasonView,
    ReportView,
    StepView,
    build,
    escaped,
)
from icpcheck.render.wrap import layout

if TYPE_CHECKING:
    from rich.console import Console

STYLE = {"required": "bold red", "review": "bold yellow", "not_required": "green"}
GATE_STYLE = {"held": "green", "waived": "yellow", "missing": "bold red", "not_needed": "dim"}


# A terminal's width within reason: COLUMNS=1000000 once made a 93 MB report of padding.
MIN_WIDTH, MAX_WIDTH = 20, 250


def render(report: Report, lang: str, terminal: bool | None = None, *, detail: bool = False,
           show_all: bool = False, start: dt.date | None = None) -> str:
    if terminal is None:  # stdout's, which is None when the process started without one
        terminal = sys.stdout is not None and sys.stdout.isatty()
    # NO_COLOR takes the colour away, not the terminal's width.
    colour = terminal and "NO_COLOR" not in os.environ
    width = min(max(_width(terminal), MIN_WIDTH), MAX_WIDTH)
    out = Writer(width, colour)
    # Every string from a rulebook or answers file shows its controls and escape sequences as
    # escapes (the lines take no markup, so brackets need nothing).
    lay_out(escaped(build(report, lang, detail=detail, show_all=show_all, start=start),
                    escape.terminal), out)
    return out.getvalue()


def _width(terminal: bool) -> int:
    """A terminal's width (COLUMNS first, as shutil reads it); not a terminal (a pipe, a file):
    COLUMNS when set to a number, as rich and most tools do, else 100."""
    if terminal:
        return _terminal_columns()
    columns = os.environ.get("COLUMNS", "").strip()
    return int(columns) if columns.isdecimal() and len(columns) <= 6 else 100


def _terminal_columns(fallback: int = 100) -> int:
    """shutil.get_terminal_size((100, 24)).columns, without importing shutil (and the compression
    modules it brings, ~2 ms): COLUMNS when a positive number, else the terminal's, else 100."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return fallback
    return size.columns or fallback


def hang(con: Sink | Console, prefix: str, text: str | Styled, style: str = "") -> None:
    """One paragraph whose wrapped lines start under its text, not under its prefix (a bullet,
    a step number, a label). The one place that wraps the report's text: render/wrap.py breaks
    Chinese between any two characters (rich would treat a whole sentence as one word) and keeps
    closing punctuation off the start of a line and opening punctuation off its end."""
    con = sink(con)
    body = text if isinstance(text, Styled) else Styled(text, style=style)
    indent = cells(prefix)
    room = max(con.width - indent, 20)
    first = True
    for part in body.lines():
        inner, spans = layout(part.plain, room)
        for n, (start, end) in enumerate(spans):
            lead = (prefix if first else " " * indent) + (" " * inner if n else "")
            con.print(Styled().append(Styled(lead, style=style)).append(part.slice(start, end)),
                      no_wrap=True)
            first = False


def lay_out(view: ReportView, con: Sink | Console) -> None:
    con = sink(con)
    lang = view.lang
    con.print(Styled(view.rulebook.title, style="bold"))
    _bottom_line(view, con)
    _plan(view, con)
    _timeline(view, con)
    for step in view.plan:
        _step(step, con, view)
    for f in view.others:
        _filing(f, con, view)
    for shared in view.shared:
        _heading(con, t("head.for", lang, names=shared.names), "bold")
        _advice(shared.advice, con, view)
    if view.show_all and view.not_required:
        _heading(con, t("head.not_required", lang), "bold")
        for f in view.not_required:
            con.print(Styled("• " + f.name, style="bold"))
            _reasons(f, con, view, indent="  ")
    if view.show_all:  # checks that found nothing to act on: apart from the filings, by their name
        for f in view.checks:
            con.print(Styled("• " + f.name, style="bold"))
            _reasons(f, con, view, indent="  ")
    _answers(view, con)
    con.rule()
    hang(con, "", Styled().append(t("head.notice", lang) + t("colon", lang), "bold").append(view.notice))
    hang(con, "", view.rulebook.line, "dim")
    if not (view.detail and view.show_all):
        hang(con, "", t("plan.more", lang), "dim")


def _plan(view: ReportView, con: Sink) -> None:
    """The first screen: blockers, the steps in order, what to check, one line for the rest."""
    lang = view.lang
    if view.blockers:
        con.print()
        con.print(Styled(t("head.blockers", lang), style="bold red"))
        for b in view.blockers:
            hang(con, "  • ", f"{b.filing}{t('colon', lang)}{b.text}"
                 + (f" {b.settle}" if b.settle else ""), "red")
    if not (view.blockers and view.bottom_line):  # the first screen is short: no gap after them
        con.print()
    if not view.plan:
        con.print(Styled(t("plan.nothing", lang), style="bold green"))
    else:
        # One list in plan order: review items usually come last, but one that must be settled
        # before a required filing (a prior approval) comes before it.
        con.print(Styled(t("head.plan", lang), style="bold"))
    for s in view.plan:
        if s.filing.status == "required":
            _entry(s, _time(s) or (s.filing.status_word if s.when is None else s.when), con, view)
        else:
            # How to settle it is the point of a review item: a paragraph of its own.
            _entry(s, s.filing.status_word + (t("list.items", lang) + _time(s) if s.time else ""),
                   con, view)
            hang(con, " " * len(f"  {s.n}. "), " ".join(s.settle) or s.filing.why)
    _conditions(view, con)
    if view.others:
        con.print(Styled(t("head.others", lang), style="bold"))
        for f in view.others:
            lines = t("list.items", lang).join([f.status_word, *(lr.line for lr in f.layers)])
            hang(con, "  • ", _labelled(f.name, lines, lang))
            settle = " ".join(r.settle for lr in f.layers for r in lr.reasons if r.settle)
            if settle:
                hang(con, "    ", settle)
    for line in view.expected:
        hang(con, "", line)
    if view.not_required_line:
        # The label hangs: a Chinese label has spaces ("另有 9 项") that must not end a line. In a
        # narrow terminal hanging under it would leave a third of each line empty: the names go
        # on the lines below it instead.
        if cells(view.not_required_label) * 4 <= con.width:
            hang(con, view.not_required_label, view.not_required_line)
        else:
            con.print(Styled(view.not_required_label.rstrip()), no_wrap=True)
            hang(con, "  ", view.not_required_line)
    if view.gate.shown:
        style = "bold red" if not view.gate.passed else "dim" if view.gate.fail_on is None else "green"
        con.print(Styled(view.gate.line, style=style))


def _entry(s: StepView, what: str | None, con: Sink, view: ReportView) -> None:
    """One step of the first screen: number, name (⛔ when blocked, held/missing when gated),
    then when to do it or how to settle it, and other layers' readings."""
    f = s.filing
    head = Styled("⛔ " if f.blocked else "", style="bold red")
    head.append(f.name, style=STYLE[f.status])
    if view.gate.shown:
        head.append(f" [{f.gate.text}]", style=GATE_STYLE[f.gate.state])
    if what:
        head.append(t("plan.dash", view.lang) + what)
    hang(con, f"  {s.n}. ", head)
    for lr in f.layers:
        hang(con, " " * len(f"  {s.n}. "), lr.line, STYLE[lr.status])


def _step(s: StepView, con: Sink, view: ReportView) -> None:
    """A step in full: why, when (for what is to check), where, what to prepare, its own advice;
    what it is, what comes first and the plan's citations with --detail."""
    lang = view.lang
    f = s.filing
    held = f.gate.state == "held"
    _heading(con, f"{s.n}. {f.name} — {f.status_word}" + (f" [{f.gate.text}]" if held else ""),
             STYLE[f.status])
    if view.detail:
        hang(con, _label(t("head.what", lang), lang), f.what)
    _reasons(f, con, view)
    if s.when and (f.status != "required" or s.time):  # else the plan's entry said it
        hang(con, _label(t("head.when", lang), lang), s.when)
    if s.time or s.cost:  # one line: how long, then what it costs
        hang(con, _label(t("head.time_cost", lang), lang), t("list.items", lang).join(
            x for x in (s.time, s.cost) if x))
    if s.after and view.detail:
        hang(con, _label(t("head.after", lang), lang), t("list.sep", lang).join(s.after))
    if not held or view.detail:  # how to apply, for what is not held yet
        where = Styled(s.apply_at)
        if s.confidence:
            where.append(f" [{s.confidence}]", style="dim")
        hang(con, _label(t("head.apply_at", lang), lang), where)
    if s.documents and (not held or view.detail):
        # One paragraph, not a bullet each: the first screens are for the plan, not a checklist.
        hang(con, _label(t("head.documents", lang), lang), t("list.items", lang).join(s.documents))
    if view.detail:
        for c in s.citations:
            hang(con, "  • ", c, "dim")
    _advice(f.advice, con, view)


def _filing(f: FilingView, con: Sink, view: ReportView) -> None:
    """A not-required filing that another layer or a blocker has something to say about."""
    _heading(con, f"{f.name} — {f.status_word}", STYLE[f.status])
    _reasons(f, con, view)
    _advice(f.advice, con, view)


def _reasons(f: FilingView, con: Sink, view: ReportView, indent: str = "") -> None:
    """Why, with the sources' confidence; with --detail the rule ids, the answers each reason read
    and the citations. Other layers' readings follow, with how to settle them."""
    lang = view.lang
    if view.detail:
        for c in f.basis:
            hang(con, indent + _label(t("head.basis", lang), lang), c, "dim")
        hang(con, indent + _label(t("head.issuer", lang), lang), f.issuer)
    for n, r in enumerate(f.reasons):
        _reason(r, con, view, indent, also=n > 0)
    for lr in f.layers:
        hang(con, indent, Styled(lr.line, style="bold " + STYLE[lr.status]))
        if view.detail and lr.what:
            hang(con, indent + "  ", lr.what, "dim")
        for n, r in enumerate(lr.reasons):
            _reason(r, con, view, indent + "  ", also=n > 0)


def _reason(r: ReasonView, con: Sink, view: ReportView, indent: str, also: bool = False) -> None:
    """One reason, labelled "Why" (a filing's second and later reasons: "Also")."""
    lang = view.lang
    text = Styled()
    if view.detail:
        text.append(f"{r.rule} → ", style="dim")
    text.append(r.text)
    if r.confidence:
        text.append(f" [{r.confidence}]", style="dim")
    if r.assumed:
        text.append(t("assumed.reason", lang), style="yellow")
    hang(con, indent + _label(t("head.why_also" if also else "head.why", lang), lang), text)
    if view.detail:
        because = "; ".join(f"{b.question} = {b.value}" + (f" ({t('source.default', lang)})"
                                                          if b.assumed else "") for b in r.because)
        if because:
            hang(con, indent + "  " + _label(t("head.because", lang), lang), because, "dim")
        for c in r.citations:
            hang(con, indent + "  • ", c, "dim")
    if r.settle and r.status == "required":
        hang(con, indent + _label(t("head.settle", lang), lang), r.settle)
    if r.blocker and view.detail:  # the blockers open the report; --detail ties them to reasons
        hang(con, indent + _label(t("head.blocker", lang), lang), r.blocker, "bold red")


def _advice(groups: tuple[AdviceGroup, ...], con: Sink, view: ReportView) -> None:
    """Each kind under its heading; a kind with one item on one line with it."""
    for g in groups:
        if len(g.items) == 1:
            hang(con, _label(g.heading, view.lang), g.items[0].text)
        else:
            con.print(Styled(g.heading, style="bold"))
        for item in g.items:
            if len(g.items) > 1:
                hang(con, "  • ", item.text)
            if view.detail:
                for c in item.citations:
                    hang(con, "      ", c, "dim")


def _answers(view: ReportView, con: Sink) -> None:
    """The answers in the words they were asked in; ids and sources with --detail."""
    lang = view.lang
    _heading(con, t("head.answers", lang), "bold")
    # By default only the assumed answers are spelled out: they are what a person must check
    # (the rest they gave themselves); --detail lists every answer.
    given = [a for a in view.answers if not a.assumed]
    if given and not view.detail:
        assumed = len(given) < len(view.answers)
        hang(con, "• ", t("answers.given_assumed" if assumed else "answers.given", lang, n=len(given)),
             "dim")
    for a in view.answers:
        if not (a.assumed or view.detail):
            continue
        line = Styled(a.question + " → ")  # plain text has no bold to tell the answer apart
        line.append(a.label, style="bold")
        if a.assumed:
            line.append(t("assumed.answer", lang), style="yellow")
        hang(con, "• ", line)
        if view.detail:
            hang(con, "  ", f"{a.id} = {a.value} ({a.source})", "dim")
    for w in view.warnings:
        hang(con, "! ", w, "yellow")


def _heading(con: Sink, title: str, style: str) -> None:
    """A section's rule with its title in it, or, when the title would not fit (and rich would
    cut it), a plain rule with the title below it."""
    if cells(title) + 6 <= con.width:
        con.rule(Styled(title, style=style))
    else:
        con.rule()
        hang(con, "", title, style)


def _label(word: str, lang: str) -> str:
    return word + t("colon", lang)


def _labelled(name: str, text: str, lang: str) -> Styled:
    out = Styled(name, style="bold")
    out.append(t("colon", lang) + text)
    return out


# -- what it takes (issue 24) -------------------------------------------------------------------


def _time(s: StepView) -> str:
    """A step's time on the first screen: how long, and by when."""
    return s.time + s.done_by if s.time else ""


def _bottom_line(view: ReportView, con: Sink) -> None:
    """One or two sentences first: what to do and the one deciding fact."""
    if view.bottom_line:  # right under the title: the first screen is short
        hang(con, "", view.bottom_line, "bold")


def _conditions(view: ReportView, con: Sink) -> None:
    """What an applicant must have, for the filings of this plan; an unmet one says so."""
    if not view.conditions:
        return
    lang = view.lang
    con.print(Styled(t("head.conditions", lang), style="bold"))
    for c in view.conditions:
        line = Styled()
        if c.unmet:
            line.append(t("conditions.unmet", lang), style="bold red")
        line.append(c.text)
        line.append(f" [{c.confidence}]", style="dim")
        hang(con, "  • ", line)
        if view.detail:
            for cite in c.citations:
                hang(con, "      ", cite, "dim")


def _timeline(view: ReportView, con: Sink) -> None:
    """The timeline as a short list: each step's earliest and latest end."""
    tl = view.timeline
    if tl is None or all(r.late_day is None for r in tl.rows):
        return
    con.print()
    hang(con, "", tl.heading, "bold")
    for r in tl.rows:
        hang(con, "  • ", r.line)
    if tl.estimated:
        hang(con, "  ", tl.estimated, "yellow")
