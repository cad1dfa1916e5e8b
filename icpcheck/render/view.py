"""A report's content in one language, in words: text, markdown and junit only lay this out."""

# What a report says is decided here once; each format decides only where it goes. JSON builds
# its own keys from the Report instead: it is a contract, not a layout.

from __future__ import annotations

from icpcheck.engine import FilingResult, Reason, Report
from icpcheck.gate import FilingGate, Gate, gate_of
from icpcheck.i18n import source_text, t
from icpcheck.messages import Msg
from icpcheck.render.common import citation_text, summary_counts, value_text
from icpcheck.rulebook.model import ADVICE_KINDS, Rulebook
from icpcheck.rulebook.records import record


@record
class Because:
    """One answer a reason read: the question's id and its value in words."""

    question: str
    value: str


@record
class ReasonView:
    rule: str  # the rule's id
    status: str  # a status id (required, review, not_required), for a format's styling
    status_word: str
    text: str
    because: tuple[Because, ...]
    settle: str | None
    blocker: str | None
    citations: tuple[str, ...]


@record
class LayerView:
    """Another layer's reading of a filing, e.g. WeChat's category review."""

    name: str
    status: str
    status_word: str
    line: str  # "WeChat's category review: required", for a summary
    what: str | None
    reasons: tuple[ReasonView, ...]


@record
class AdviceGroup:
    kind: str  # benefit, risk or caution
    heading: str
    items: tuple[str, ...]


@record
class GateCell:
    """A filing's place in the CI gate: held, waived until DATE, missing or not needed."""

    state: str
    text: str
    fails: bool
    waiver_expires: str | None  # the listed waiver's expiry date, expired or not


@record
class FilingView:
    id: str
    name: str
    status: str
    status_word: str
    why: str  # the first reason: the summary row's one line
    gate: GateCell
    detail: bool  # whether the report explains this filing beyond its summary row
    what: str
    issuer: str
    basis: tuple[str, ...]
    reasons: tuple[ReasonView, ...]
    layers: tuple[LayerView, ...]
    advice: tuple[AdviceGroup, ...]  # only kinds with items, in ADVICE_KINDS order


@record
class Blocker:
    filing: str  # the filing's name
    text: str


@record
class AnswerView:
    id: str
    value: str
    source: str


@record
class Count:
    status: str
    word: str
    n: int


@record
class GateView:
    shown: bool  # people's formats show the gate column and line only when this is true
    fail_on: str | None
    passed: bool
    failing: tuple[str, ...]
    line: str  # the counts and the verdict


@record
class RulebookView:
    id: str
    version: str
    sha256: str
    title: str
    line: str  # id, version, content date, sha256 and as-of date in one line


@record
class ReportView:
    lang: str
    as_of: str
    rulebook: RulebookView
    counts: tuple[Count, ...]
    filings: tuple[FilingView, ...]  # in rulebook order
    blockers: tuple[Blocker, ...]
    gate: GateView
    answers: tuple[AnswerView, ...]
    warnings: tuple[str, ...]
    notice: str


def build(report: Report, lang: str) -> ReportView:
    rb = report.rulebook
    gate = gate_of(report)
    return ReportView(
        lang=lang,
        as_of=report.as_of.isoformat(),
        rulebook=RulebookView(rb.id, rb.version, rb.sha256, rb.title.get(lang),
                              t("rulebook.line", lang, id=rb.id, version=rb.version,
                                checked=rb.checked.isoformat(), sha=rb.sha256[:12],
                                as_of=report.as_of.isoformat())),
        counts=tuple(Count(s, t("status." + s, lang), n) for s, n in summary_counts(report).items()),
        filings=tuple(_filing(f, gate.of(f.filing.id), rb, lang) for f in report.filings),
        blockers=tuple(Blocker(f.filing.name.get(lang), r.effect.blocker.get(lang))
                       for f, r in report.blockers if r.effect.blocker is not None),
        gate=_gate(gate, lang),
        answers=tuple(AnswerView(a.id, value_text(rb.question(a.id), a.value, lang),
                                 source_text(a.source, lang)) for a in report.answers),
        warnings=tuple(warning_text(w, lang) for w in report.warnings),
        notice=rb.notice.get(lang),
    )


def warning_text(warning: Msg, lang: str) -> str:
    """A report warning in the report's language: the one place that turns one into words."""
    return warning.text(lang)


def _filing(f: FilingResult, g: FilingGate, rb: Rulebook, lang: str) -> FilingView:
    return FilingView(
        id=f.filing.id,
        name=f.filing.name.get(lang),
        status=f.status,
        status_word=t("status." + f.status, lang),
        why=f.reasons[0].effect.reason.get(lang) if f.reasons else "",
        gate=_gate_cell(g, lang),
        # Required and review filings get the full explanation; not-required ones the summary
        # row, unless another layer or a blocker has something to say about them.
        detail=f.status != "not_required" or bool(f.layers) or bool(f.blockers),
        what=f.filing.what.get(lang),
        issuer=f.filing.issuer.get(lang),
        basis=tuple(citation_text(c, lang) for c in f.filing.basis),
        reasons=tuple(_reason(r, rb, lang) for r in f.reasons),
        layers=tuple(LayerView(lr.layer.name.get(lang), lr.status, t("status." + lr.status, lang),
                               t("layer.line", lang, layer=lr.layer.name.get(lang),
                                 status=t("status." + lr.status, lang)),
                               lr.layer.what.get(lang) if lr.layer.what else None,
                               tuple(_reason(r, rb, lang) for r in lr.reasons))
                     for lr in f.layers),
        advice=tuple(AdviceGroup(kind, t("kind." + kind, lang), items)
                     for kind in ADVICE_KINDS
                     if (items := tuple(a.text.get(lang) for a in f.advice if a.kind == kind))),
    )


def _reason(r: Reason, rb: Rulebook, lang: str) -> ReasonView:
    e = r.effect
    return ReasonView(
        rule=r.rule.id,
        status=e.status,
        status_word=t("status." + e.status, lang),
        text=e.reason.get(lang),
        because=tuple(Because(q, value_text(rb.question(q), v, lang)) for q, v in r.because),
        settle=e.settle.get(lang) if e.settle else None,
        blocker=e.blocker.get(lang) if e.blocker else None,
        citations=tuple(citation_text(c, lang) for c in e.citations),
    )


def _gate_cell(g: FilingGate, lang: str) -> GateCell:
    """held / waived until DATE / missing / — for one filing, noting an expired waiver."""
    if g.state == "waived" and g.waiver is not None:
        text = t("gate.waived", lang, date=g.waiver.expires.isoformat())
    else:
        text = t("gate." + g.state, lang)
    if g.waiver is not None and not g.waived:
        text += t("gate.expired", lang, date=g.waiver.expires.isoformat())
    return GateCell(g.state, text, g.fails,
                    g.waiver.expires.isoformat() if g.waiver is not None else None)


def _gate(g: Gate, lang: str) -> GateView:
    line = t("gate.counts", lang, **g.counts())
    if g.fail_on is None:
        verdict = t("gate.off", lang)
    elif g.passed:
        verdict = t("gate.passed", lang, on=g.fail_on)
    else:
        verdict = t("gate.failed", lang, on=g.fail_on, ids=", ".join(g.failing))
    # A plain "what do I need" report stays plain: the gate shows once a gate is on or anything
    # is held or waived (JSON and JUnit always carry it).
    shown = g.fail_on is not None or any(f.held or f.waiver is not None for f in g.filings)
    return GateView(shown, g.fail_on, g.passed, tuple(g.failing), f"{line} — {verdict}")
