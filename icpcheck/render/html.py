"""The HTML report: one self-contained page to send, read on a phone or print to A4 (Jinja2, escaped)."""

# Jinja2 is imported here only: the JSON path never loads it (tests/test_imports.py). Every value
# reaches the page through an autoescaped `{{ }}`; `finalize` also drops control characters, which
# HTML cannot carry and which a rulebook or answers file might hold.

from __future__ import annotations

import re

import jinja2
from markupsafe import Markup, escape

from icpcheck.engine import FilingResult, Report
from icpcheck.i18n import source_text, t
from icpcheck.render.common import value_text
from icpcheck.render.view import FilingView, ReasonView, ReportView, StepView, build
from icpcheck.rulebook.records import record

# C0 controls but tab and newline, DEL and C1: none has a meaning in a page, some break parsers.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Only http(s) addresses become links: a `javascript:` or `data:` text stays text.
_URL = re.compile(r"https?://[^\s<>\"'`，。；）)\]]+")

# The page's own words; the words every report shares come from icpcheck.i18n.
def w(key: str, lang: str, **kwargs: object) -> str:
    """The page's own words (i18n.STRINGS, under html.)."""
    return t("html." + key, lang, **kwargs)


@record
class Step:
    """One filing of the plan: what, when, where, what to prepare, which filings come first."""

    id: str
    name: str
    status: str
    status_word: str
    when: str | None
    where: str | None
    documents: tuple[str, ...]
    after: tuple[str, ...]  # names of the filings in this plan that come first
    refs: tuple[int, ...]  # its citations' numbers in the plan's notes
    settle: tuple[str, ...]  # for a review item: what would settle it
    blocked: bool  # a blocker stands in its way (said above the plan)
    layers: tuple[tuple[str, str, str], ...]  # other layers' readings: (name, status, status word)
    gate: str | None  # held, waived until DATE or missing, once the report has a gate


@record
class PlanPart:
    blockers: tuple[tuple[str, str], ...]  # (filing name, what stops it and what would lift it)
    steps: tuple[Step, ...]  # required filings in the order to do them
    review: tuple[Step, ...]
    not_required: str | None  # one line naming them
    notes: tuple[str, ...]


@record
class AnswerRow:
    id: str
    question: str
    value: str
    source: str
    assumed: bool  # filled in by default, not given


@record
class ReasonPart:
    reason: ReasonView
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
    filing: FilingView
    basis: tuple[tuple[str, int], ...]  # each legal basis's source title and its note's number
    layers: tuple[LayerPart, ...]  # the regulator's first, then each other layer beside it
    notes: tuple[str, ...]


class Notes:
    """A section's numbered notes: each citation once, numbered in the order first cited."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def refs(self, texts: tuple[str, ...]) -> tuple[int, ...]:
        out = []
        for text in texts:
            if text not in self.texts:
                self.texts.append(text)
            out.append(self.texts.index(text) + 1)
        return tuple(out)


def render(report: Report, lang: str) -> str:
    view = build(report, lang)
    return _environment().get_template("report.html.j2").render(
        view=view, lang=lang, html_lang="zh-CN" if lang == "zh" else "en",
        checked=report.rulebook.checked.isoformat(),
        plan=plan_part(view, lang), answers=_answers(report, lang),
        filings=tuple(_filing(f, r, lang) for f, r in zip(view.filings, report.filings, strict=True)
                      if f.detail),
        w=lambda key, **kw: w(key, lang, **kw), t=lambda key, **kw: t(key, lang, **kw))


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("icpcheck.render", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, finalize=_clean,
        trim_blocks=True, lstrip_blocks=True)
    env.filters["linked"] = linked
    return env


def _clean(value: object) -> object:
    """Every `{{ }}` passes here before it is escaped: text loses its control characters."""
    if isinstance(value, Markup):
        return value  # made by this module (linked), from text already cleaned
    if isinstance(value, str):
        return _CONTROL.sub("", value)
    return value


def linked(text: str) -> Markup:
    """Escaped text whose http(s) addresses are links (printed with their targets)."""
    text = _CONTROL.sub("", text)
    out, at = [], 0
    for m in _URL.finditer(text):
        url = m.group(0)
        out += [escape(text[at:m.start()]), Markup('<a href="{0}">{0}</a>').format(url)]
        at = m.end()
    out.append(escape(text[at:]))
    return Markup("").join(out)


def plan_part(view: ReportView, lang: str) -> PlanPart:
    """The plan as the view has it (the same steps, in the same order, as the text report), with
    each step's citations numbered in the plan's notes."""
    notes = Notes()
    gate = {f.id: f.gate.text for f in view.filings} if view.gate.shown else {}

    def step(s: StepView) -> Step:
        f = s.filing
        return Step(f.id, f.name, f.status, f.status_word, s.when, s.apply_at, s.documents, s.after,
                    notes.refs(s.citations), s.settle, f.blocked,
                    tuple((lr.name, lr.status, lr.status_word) for lr in f.layers), gate.get(f.id))

    steps = tuple(step(s) for s in view.plan)
    rest = [f.name for f in view.filings if f.status == "not_required"]
    return PlanPart(
        blockers=tuple((b.filing, b.text) for b in view.blockers),
        steps=tuple(s for s in steps if s.status == "required"),
        review=tuple(s for s in steps if s.status == "review"),
        not_required=w("plan.not_required", lang, n=len(rest),
                       names=("、" if lang == "zh" else "; ").join(rest)) if rest else None,
        notes=tuple(notes.texts))


def _answers(report: Report, lang: str) -> tuple[AnswerRow, ...]:
    rows = []
    for a in report.answers:
        q = report.rulebook.question(a.id)
        rows.append(AnswerRow(a.id, q.text.get(lang) if q else a.id, value_text(q, a.value, lang),
                              source_text(a.source, lang), a.source == "default"))
    return tuple(rows)


def _filing(f: FilingView, result: FilingResult, lang: str) -> FilingPart:
    """A filing's detail: the basis by title (in full in the notes), then the regulator's reading
    beside each other layer's, each reason with its notes' numbers."""
    notes = Notes()
    basis = tuple(zip((c.source.title.get(lang) for c in result.filing.basis), notes.refs(f.basis),
                      strict=True))

    def reasons(rs: tuple[ReasonView, ...]) -> tuple[ReasonPart, ...]:
        return tuple(ReasonPart(r, notes.refs(r.citations)) for r in rs)

    layers = (LayerPart(w("regulator", lang), f.status, f.status_word, None, reasons(f.reasons)),
              *(LayerPart(lr.name, lr.status, lr.status_word, lr.what, reasons(lr.reasons))
                for lr in f.layers))
    return FilingPart(f, basis, layers, tuple(notes.texts))
