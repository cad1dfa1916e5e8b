"""The HTML report: one self-contained page to send, read on a phone or print to A4 (a Jinja2
template, compiled ahead of time, escaped)."""

# templates/report.html.j2 runs as html_page.py, the Python Jinja2 compiles it to
# (`python -m icpcheck.render.html_compile`), against html_runtime.py: a report imports no Jinja2
# and parses no template. Every value reaches the page through an autoescaped `{{ }}`; `finalize`
# also drops control characters, which HTML cannot carry and which a rulebook or answers file
# might hold.

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from icpcheck.engine import FilingResult, Report
from icpcheck.i18n import t
from icpcheck.render import html_page
from icpcheck.render.common import citation_text
from icpcheck.render.html_runtime import Context, clean, linked
from icpcheck.render.view import (
    AnswerView,
    Because,
    FilingView,
    ReasonView,
    ReportView,
    StepView,
    build,
)
from icpcheck.rulebook.records import record


# The page's own words; the words every report shares come from icpcheck.i18n.
def w(key: str, lang: str, **kwargs: object) -> str:
    """The page's own words (i18n.STRINGS, under html.)."""
    return t("html." + key, lang, **kwargs)


@record
class Step:
    """One filing of the plan: what, when, where, what to prepare, which filings come first."""

    n: int  # its number in the plan, as the text report numbers it
    id: str
    name: str
    status: str
    status_word: str
    when: str | None
    where: str | None
    documents: tuple[str, ...]
    after: tuple[str, ...]  # names of the filings in this plan that come first
    refs: tuple[int, ...]  # its citations' numbers in the plan's notes
    settle: tuple[str, ...]  # for a review item: what would settle it (else why it is one)
    blocked: bool  # a blocker stands in its way (said above the plan)
    layers: tuple[tuple[str, str, str], ...]  # other layers' readings: (name, status, status word)
    gate: str | None  # held, waived until DATE or missing, once the report has a gate


@record
class Other:
    """A not-required filing that another layer or a blocker still has something to say about."""

    id: str
    name: str
    status: str
    status_word: str
    blocked: bool
    layers: tuple[tuple[str, str, str], ...]
    settle: tuple[str, ...]  # how to settle the other layers' readings


@record
class PlanPart:
    blockers: tuple[tuple[str, str], ...]  # (filing name, what stops it and what would lift it)
    steps: tuple[Step, ...]  # the required and review filings, in the order to do them
    others: tuple[Other, ...]  # "also note"
    not_required_label: str  # "Not required: " / "另有 23 项无需办理：", as the text report says it
    not_required: str  # the rest's short names in one line


@record
class AnswerRow:
    question: str  # the question's text
    value: str  # the answer in the words of its choices
    source: str
    assumed: bool  # filled in by default, not given


@record
class BecauseWords:
    """One answer a reason read, in the words it was asked in."""

    question: str
    value: str
    assumed: bool


@record
class ReasonPart:
    reason: ReasonView
    because: tuple[BecauseWords, ...]
    refs: tuple[int, ...]


@record
class LayerPart:
    name: str
    status: str
    status_word: str
    what: str | None
    reasons: tuple[ReasonPart, ...]


@record
class FilingPart:
    n: int | None  # its step's number, or None for an "also note" filing
    filing: FilingView
    basis: tuple[tuple[str, int], ...]  # each legal basis's source title and its note's number
    layers: tuple[LayerPart, ...]  # the regulator's first, then each other layer beside it


class Notes:
    """The report's numbered notes, printed once at its end: each citation once, numbered in the
    order first cited (the plan's citations are the details' too: one list, not one a section)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def refs(self, texts: tuple[str, ...]) -> tuple[int, ...]:
        out = []
        for text in texts:
            if text not in self.texts:
                self.texts.append(text)
            out.append(self.texts.index(text) + 1)
        return tuple(out)


def render(report: Report, lang: str, start: dt.date | None = None) -> str:
    view = build(report, lang, start=start)
    results = {f.filing.id: f for f in report.filings}
    answers = {a.id: a for a in view.answers}
    # The details in the text report's order: the plan's steps, then the "also note" filings.
    details = [(s.n, s.filing) for s in view.plan] + [(None, f) for f in view.others]
    notes = Notes()
    plan = plan_part(view, lang, notes)
    filings = tuple(_filing(n, f, results[f.id], answers, lang, notes) for n, f in details)
    return "".join(html_page.root(Context(dict(  # type: ignore[no-untyped-call]
        view=view, lang=lang, html_lang="zh-CN" if lang == "zh" else "en",
        checked=report.rulebook.checked.isoformat(),
        plan=plan, answers=tuple(AnswerRow(a.question, a.label, a.source, a.assumed)
                                 for a in view.answers),
        filings=filings, notes=tuple(notes.texts), source_urls=source_urls(report, lang),
        w=lambda key, **kw: w(key, lang, **kw), t=lambda key, **kw: t(key, lang, **kw)))))


def source_urls(report: Report, lang: str) -> dict[str, str]:
    """Each note's text (a citation as one line) to its source's address, where the rulebook gives
    one: the notes link the official or stable text."""
    cited = [c for f in report.filings for c in (
        *f.filing.basis, *f.filing.plan.citations,
        *(c for r in f.reasons for c in r.effect.citations),
        *(c for lr in f.layers for r in lr.reasons for c in r.effect.citations),
        *(c for a in f.advice for c in a.citations))]
    return {citation_text(c, lang): c.source.url for c in cited if c.source.url}


_clean = clean  # the template's finalize (tests call it by this name)
__all__ = ["linked", "render"]


def plan_part(view: ReportView, lang: str, notes: Notes) -> PlanPart:
    """The plan as the text report has it: blockers, the steps in the view's order and numbers,
    the filings to note beside them, one line for the rest; each step's citations numbered in
    the report's notes."""
    gate = {f.id: f.gate.text for f in view.filings} if view.gate.shown else {}

    def layers(f: FilingView) -> tuple[tuple[str, str, str], ...]:
        return tuple((lr.name, lr.status, lr.status_word) for lr in f.layers)

    def step(s: StepView) -> Step:
        f = s.filing
        # What would settle a review item is its point; without one, why it is to check.
        settle = s.settle or ((f.why,) if f.status == "review" and f.why else ())
        return Step(s.n, f.id, f.name, f.status, f.status_word, s.when, s.apply_at, s.documents,
                    s.after, notes.refs(s.citations), settle, f.blocked, layers(f), gate.get(f.id))

    def other(f: FilingView) -> Other:
        settle = tuple(dict.fromkeys(r.settle for lr in f.layers for r in lr.reasons if r.settle))
        return Other(f.id, f.name, f.status, f.status_word, f.blocked, layers(f), settle)

    return PlanPart(
        blockers=tuple((b.filing, f"{b.text} {b.settle}" if b.settle else b.text)
                       for b in view.blockers),
        steps=tuple(step(s) for s in view.plan),
        others=tuple(other(f) for f in view.others),
        not_required_label=view.not_required_label,
        not_required=view.not_required_line)


def _filing(n: int | None, f: FilingView, result: FilingResult, answers: Mapping[str, AnswerView],
            lang: str, notes: Notes) -> FilingPart:
    """A filing's detail: the basis by title (in full in the notes), then the regulator's reading
    beside each other layer's, each reason with its notes' numbers and the answers it read in the
    words they were asked in."""
    basis = tuple(zip((c.source.title.get(lang) for c in result.filing.basis), notes.refs(f.basis),
                      strict=True))

    def because(b: Because) -> BecauseWords:
        # A reason reads the answers the report lists (a question left unanswered keeps the
        # view's words for "no answer"); the answers' words carry no choice ids.
        a = answers.get(b.question)
        return BecauseWords(a.question, a.label, b.assumed) if a else BecauseWords(
            b.question, b.value, b.assumed)

    def reasons(rs: tuple[ReasonView, ...]) -> tuple[ReasonPart, ...]:
        return tuple(ReasonPart(r, tuple(because(b) for b in r.because), notes.refs(r.citations))
                     for r in rs)

    layers = (LayerPart(w("regulator", lang), f.status, f.status_word, None, reasons(f.reasons)),
              *(LayerPart(lr.name, lr.status, lr.status_word, lr.what, reasons(lr.reasons))
                for lr in f.layers))
    return FilingPart(n, f, basis, layers)
