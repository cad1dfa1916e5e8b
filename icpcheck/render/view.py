"""A report's content in one language, in words: text, markdown and junit only lay this out."""

# What a report says is decided here once; each format decides only where it goes. JSON builds
# its own keys from the Report instead: it is a contract, not a layout.

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from icpcheck.engine import Answer, FilingResult, Reason, Report, plan, question_states
from icpcheck.gate import FilingGate, Gate, gate_of
from icpcheck.i18n import source_text, t
from icpcheck.messages import Msg
from icpcheck.render.common import citation_text, confidence_words, summary_counts, value_text
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import ADVICE_KINDS, Advice, Citation, Procedure, Rulebook
from icpcheck.rulebook.records import record
from icpcheck.timeline import Timeline
from icpcheck.workdays import last_published_year


@record
class Because:
    """One answer a reason read: the question's id and its value in words."""

    question: str
    value: str
    assumed: bool = False  # the answer was a default, not given


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
    confidence: str = ""  # the citations' confidence labels, e.g. "practice, inference"
    assumed: bool = False  # rests on an answer that was a default, not given


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
class AdviceItem:
    text: str
    citations: tuple[str, ...]


@record
class AdviceGroup:
    kind: str  # benefit, risk or caution
    heading: str
    items: tuple[AdviceItem, ...]


@record
class SharedAdvice:
    """Advice that applies to several filings of the report, said once under their names."""

    filings: tuple[str, ...]  # the filings' ids, in plan order
    names: str  # the filings' names, joined in words
    advice: tuple[AdviceGroup, ...]


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
    # Advice for this filing alone among the filings the report explains (advice shared with
    # another is in ReportView.shared), only kinds with items, in ADVICE_KINDS order.
    advice: tuple[AdviceGroup, ...]
    blocked: bool = False
    short_name: str = ""  # the name without its closing parenthesis, for lists of names
    kind: str = "filing"  # the rulebook's kind: "filing", or "check" (something to judge, not file)


@record
class StepView:
    """One filing of the plan: what to do, when, where, with what, after which other steps."""

    n: int  # 1-based, in plan order
    filing: FilingView
    when: str | None
    apply_at: str  # the plan's apply_at, else the filing's issuer
    documents: tuple[str, ...]
    after: tuple[str, ...]  # names of the steps of this plan that come first
    confidence: str  # the plan's citations' confidence labels
    citations: tuple[str, ...]  # the plan's citations
    settle: tuple[str, ...]  # how to settle it: the review reasons' (and layers') settle texts
    time: str = ""  # how long it takes in words, with its sources' labels (issue 24)
    done_by: str = ""  # ", done by about DATE" / ", due by DATE" from the timeline, or ""
    cost: str = ""  # the government fee in words, with its sources' labels


@record
class Blocker:
    filing: str  # the filing's name
    text: str
    settle: str | None = None  # what would settle the reason that blocks, when it says


@record
class AnswerView:
    id: str
    value: str  # in words, choice ids with their labels
    source: str
    question: str = ""  # the question's text
    label: str = ""  # the value in words, choice labels only
    assumed: bool = False  # a default, not given


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
    plan: tuple[StepView, ...] = ()  # the required, then review filings, in the order to do them
    # Not-required filings that another layer or a blocker still has something to say about.
    others: tuple[FilingView, ...] = ()
    not_required: tuple[FilingView, ...] = ()  # the rest of the filings, in rulebook order
    # Checks (kind "check") that found nothing to act on: never among the filings not required.
    checks: tuple[FilingView, ...] = ()
    not_required_line: str = ""  # "A, B, C": the one line that names them (short names)
    not_required_label: str = ""  # what goes before it: "Not required: " / "另有 9 项无需办理："
    shared: tuple[SharedAdvice, ...] = ()
    detail: bool = False  # --detail: rule ids, the answers trace, citations, question ids
    show_all: bool = False  # --all: the not-required filings in full
    # What it takes (issue 24): the bottom line, conditions to apply, the timeline, and why a
    # filing people expect is not required.
    bottom_line: str = ""
    conditions: tuple[ConditionView, ...] = ()
    timeline: TimelineView | None = None
    expected: tuple[str, ...] = ()


@record
class ConditionView:
    id: str
    text: str
    filings: str  # the filings' short names it is for
    confidence: str
    citations: tuple[str, ...]
    unmet: str | None = None  # what the answers show, when it cannot be met
    lifts: str | None = None  # what lifts it, when it cannot be met


@record
class TimelineRow:
    filing: str  # the filing's name
    line: str  # "ICP filing: 2026-12-09 to 2027-01-12 (due by ...)"
    start_day: int  # days from the start, for a chart
    early_day: int | None
    late_day: int | None


@record
class TimelineView:
    heading: str
    rows: tuple[TimelineRow, ...]
    span: int  # days from the start to the latest end (for a chart's scale)
    estimated: str | None  # the note when a date lies past the published holiday table


def escaped(view: ReportView, escape: Callable[[str], str]) -> ReportView:
    """The view with every string in it passed through one output kind's escaping function
    (render/escape.py): what came from a rulebook or an answers file cannot act on the terminal
    or the Markdown it lands in. Formats call this once instead of escaping at each place."""

    fields: dict[type, tuple[str, ...] | None] = {}  # a record type's fields; None: no record

    def walk(value: Any) -> Any:
        # A part that escaping leaves as it was is kept, not rebuilt (records are immutable):
        # most of a report needs no escape, and making its ~3,000 parts again cost milliseconds.
        if isinstance(value, str):
            return escape(value)
        if isinstance(value, tuple):
            items = tuple(map(walk, value))
            return value if all(map(operator.is_, items, value)) else items
        kind = type(value)
        if kind not in fields:
            names = getattr(kind, "__match_args__", None)
            fields[kind] = names if names is not None and hasattr(kind, "__record__") else None
        names = fields[kind]
        if names is None:
            return value
        old = [getattr(value, n) for n in names]
        new = list(map(walk, old))
        return value if all(map(operator.is_, new, old)) else kind(*new)

    result: ReportView = walk(view)
    return result


def build(report: Report, lang: str, *, detail: bool = False, show_all: bool = False,
          start: dt.date | None = None) -> ReportView:
    """The report in words. `detail` and `show_all` say what the people's formats lay out beyond
    the plan; the view always holds everything."""
    rb = report.rulebook
    gate = gate_of(report)
    answers = {a.id: a for a in report.answers}
    # Advice worded as a fact is shown only where its condition holds for these answers (the
    # engine keeps advice whose condition is unknown; a person is told only what applies).
    states = question_states(rb, {a.id: a.value for a in report.answers})
    ordered = plan(report)
    shown = [*ordered] + [f for f in report.filings
                                    if f.status == "not_required" and (f.layers or f.blockers)]
    advice = _advice(shown, states, lang)
    views = {f.filing.id: _filing(f, gate.of(f.filing.id), rb, lang, answers,
                                  advice.get((f.filing.id,), ())) for f in report.filings}
    steps = _steps(ordered, views, lang)
    takes = what_it_takes(report, lang, start or report.as_of, views, steps)
    steps = takes.pop("steps")
    quiet = [views[f.filing.id] for f in report.filings
             if f.status == "not_required" and not views[f.filing.id].detail]
    rest = tuple(v for v in quiet if v.kind != "check")
    return ReportView(
        lang=lang,
        as_of=report.as_of.isoformat(),
        rulebook=RulebookView(rb.id, rb.version, rb.sha256, rb.title.get(lang),
                              t("rulebook.line", lang, id=rb.id, version=rb.version,
                                checked=rb.checked.isoformat(), sha=rb.sha256[:12],
                                as_of=report.as_of.isoformat())),
        counts=tuple(Count(s, t("status." + s, lang), n) for s, n in summary_counts(report).items()),
        filings=tuple(views[f.filing.id] for f in report.filings),
        blockers=tuple(Blocker(f.filing.name.get(lang), r.effect.blocker.get(lang),
                               r.effect.settle.get(lang) if r.effect.settle else None)
                       for f, r in report.blockers if r.effect.blocker is not None)
        + takes.pop("blockers"),
        gate=_gate(gate, lang, {fid: v.short_name for fid, v in views.items()}),
        answers=tuple(_answer(rb, a, lang) for a in report.answers),
        warnings=tuple(warning_text(w, lang) for w in report.warnings),
        notice=rb.notice.get(lang),
        plan=steps,
        others=tuple(views[f.filing.id] for f in shown[len(ordered):]),
        not_required=rest,
        not_required_line=t("list.sep", lang).join(f.short_name for f in rest),
        not_required_label=t("plan.not_required", lang, n=len(rest)) if rest else "",
        checks=tuple(v for v in quiet if v.kind == "check"),
        shared=tuple(SharedAdvice(ids, _names([views[i].short_name for i in ids], lang), groups)
                     for ids, groups in advice.items() if len(ids) > 1),
        detail=detail,
        show_all=show_all,
        **takes,
    )


def warning_text(warning: Msg, lang: str) -> str:
    """A report warning in the report's language: the one place that turns one into words."""
    return warning.text(lang)


def _answer(rb: Rulebook, a: Answer, lang: str) -> AnswerView:
    q = rb.question(a.id)
    return AnswerView(a.id, value_text(q, a.value, lang), source_text(a.source, lang),
                      q.text.get(lang) if q else a.id, value_text(q, a.value, lang, ids=False),
                      a.source == "default")


def _filing(f: FilingResult, g: FilingGate, rb: Rulebook, lang: str,
            answers: Mapping[str, Answer], advice: tuple[AdviceGroup, ...]) -> FilingView:
    name = f.filing.name.get(lang)
    return FilingView(
        id=f.filing.id,
        name=name,
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
        reasons=tuple(_reason(r, rb, lang, answers) for r in f.reasons),
        layers=tuple(LayerView(lr.layer.name.get(lang), lr.status, t("status." + lr.status, lang),
                               t("layer.line", lang, layer=lr.layer.name.get(lang),
                                 status=t("status." + lr.status, lang)),
                               lr.layer.what.get(lang) if lr.layer.what else None,
                               tuple(_reason(r, rb, lang, answers) for r in lr.reasons))
                     for lr in f.layers),
        advice=advice,
        blocked=bool(f.blockers),
        short_name=short_name(name),
        kind=f.filing.kind,
    )


def short_name(name: str) -> str:
    """"ICP licence (value-added telecom licence, B25)" -> "ICP licence": where names are listed,
    the closing parenthesis (a gloss or the Chinese name) makes a line of names hard to read."""
    for open_, close in (("(", ")"), ("（", "）")):
        if name.endswith(close) and open_ in name:
            head = name[:name.rindex(open_)].rstrip()
            if head:
                return head
    return name


def _steps(ordered: Sequence[FilingResult], views: Mapping[str, FilingView],
           lang: str) -> tuple[StepView, ...]:
    place = {f.filing.id: i for i, f in enumerate(ordered)}
    steps = []
    for n, f in enumerate(ordered, 1):
        p, view = f.filing.plan, views[f.filing.id]
        settle = [r.settle for r in view.reasons if r.settle and r.status == "review"]
        settle += [r.settle for lr in view.layers for r in lr.reasons if r.settle]
        steps.append(StepView(
            n=n, filing=view,
            when=p.when.get(lang) if p.when else None,
            apply_at=p.apply_at.get(lang) if p.apply_at else view.issuer,
            documents=tuple(d.get(lang) for d in p.documents),
            after=tuple(views[a].name for a in sorted((a for a in p.after if a in place),
                                                       key=place.__getitem__)),
            confidence=confidence_words(p.citations, lang),
            citations=tuple(citation_text(c, lang) for c in p.citations),
            settle=tuple(dict.fromkeys(settle)),
        ))
    return tuple(steps)


def _advice(shown: Sequence[FilingResult], states: Mapping[str, object],
            lang: str) -> dict[tuple[str, ...], tuple[AdviceGroup, ...]]:
    """Each piece of advice once, under the set of shown filings it applies to (in plan order).

    Benefits are not promised for a blocked filing; advice whose condition does not hold for these
    answers is left out.
    """
    order = [f.filing.id for f in shown]
    blocked = {f.filing.id for f in shown if f.blockers}
    seen: dict[str, tuple[Advice, list[str]]] = {}
    for f in shown:
        for a in f.advice:
            if a.when is not None and cond.evaluate(a.when, states.__getitem__) is not True:
                continue
            if a.kind == "benefit" and f.filing.id in blocked:
                continue
            seen.setdefault(a.id, (a, []))[1].append(f.filing.id)
    by_set: dict[tuple[str, ...], list[Advice]] = {}
    for a, fids in seen.values():
        by_set.setdefault(tuple(sorted(fids, key=order.index)), []).append(a)
    return {
        ids: tuple(AdviceGroup(kind, t("kind." + kind, lang), items) for kind in ADVICE_KINDS
                   if (items := tuple(AdviceItem(a.text.get(lang), _citations(a.citations, lang))
                                      for a in items_ if a.kind == kind)))
        for ids, items_ in sorted(by_set.items(), key=lambda kv: [order.index(i) for i in kv[0]])
    }


def _citations(cs: Sequence[Citation], lang: str) -> tuple[str, ...]:
    return tuple(citation_text(c, lang) for c in cs)


def _names(names: Sequence[str], lang: str) -> str:
    """A, B and C / A、B和C."""
    if len(names) < 2:
        return "".join(names)
    return t("list.sep", lang).join(names[:-1]) + t("list.and", lang) + names[-1]


def _reason(r: Reason, rb: Rulebook, lang: str, answers: Mapping[str, Answer]) -> ReasonView:
    e = r.effect
    because = tuple(Because(q, value_text(rb.question(q), v, lang),
                            q in answers and answers[q].source == "default") for q, v in r.because)
    return ReasonView(
        rule=r.rule.id,
        status=e.status,
        status_word=t("status." + e.status, lang),
        text=e.reason.get(lang),
        because=because,
        settle=e.settle.get(lang) if e.settle else None,
        blocker=e.blocker.get(lang) if e.blocker else None,
        citations=_citations(e.citations, lang),
        confidence=confidence_words(e.citations, lang),
        assumed=any(b.assumed for b in because),
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


def _gate(g: Gate, lang: str, names: Mapping[str, str]) -> GateView:
    line = t("gate.counts", lang, **g.counts())
    if g.fail_on is None:
        verdict = t("gate.off", lang)
    elif g.passed:
        verdict = t("gate.passed", lang, on=g.fail_on)
    else:  # a report for people names the filings; CI's summary line on stderr keeps the ids
        verdict = t("gate.failed", lang, on=g.fail_on,
                    ids=t("list.sep", lang).join(names.get(fid, fid) for fid in g.failing))
    # A plain "what do I need" report stays plain: the gate shows once a gate is on or anything
    # is held or waived (JSON and JUnit always carry it).
    shown = g.fail_on is not None or any(f.held or f.waiver is not None for f in g.filings)
    return GateView(shown, g.fail_on, g.passed, tuple(g.failing), f"{line} — {verdict}")


# -- what it takes (issue 24) -------------------------------------------------------------------


def what_it_takes(report: Report, lang: str, start: dt.date, views: Mapping[str, FilingView],
                  steps: tuple[StepView, ...]) -> dict[str, Any]:
    """The bottom line, the conditions that apply, the timeline from `start`, why expected filings
    are not required; the steps with their time, cost and end date; the conditions' blockers."""
    from dataclasses import replace

    from icpcheck.takes import applying, expected_not_required
    from icpcheck.timeline import timeline

    tl = timeline(report, start)
    by_id = {s.filing: s for s in tl.steps}
    rb = report.rulebook
    met = applying(report)
    blocked = {fid for m in met if m.blocks for fid in m.filings}
    timed = []
    for s in steps:
        p = rb.procedure(s.filing.id)
        ts = by_id.get(s.filing.id)
        done = ""
        if ts is not None and ts.due is not None:
            done = t("time.due", lang, date=ts.due.isoformat())
        elif ts is not None and ts.latest is not None:
            done = t("time.by", lang, date=ts.latest.isoformat())
        filing = replace(s.filing, blocked=True) if s.filing.id in blocked else s.filing
        timed.append(replace(s, filing=filing, time=duration_words(p, lang), done_by=done,
                             cost=fee_words(p, lang)))
    names = {fid: v.short_name for fid, v in views.items()}
    conditions = tuple(ConditionView(
        m.condition.id, m.condition.text.get(lang), _names([names[f] for f in m.filings], lang),
        confidence_words(m.condition.citations, lang), _citations(m.condition.citations, lang),
        m.condition.unmet.get(lang) if m.unmet and m.condition.unmet else None,
        m.condition.lifts.get(lang) if m.unmet and m.condition.lifts else None) for m in met)
    blockers = tuple(Blocker(_names([names[f] for f in m.filings], lang),
                             m.condition.unmet.get(lang) if m.condition.unmet else m.condition.text.get(lang),
                             t("conditions.lifts", lang, lifts=m.condition.lifts.get(lang))
                             if m.condition.lifts else None)
                     for m in met if m.blocks)
    expected = tuple(t("notreq.line", lang, name=views[f.filing.id].short_name, why=e.why.get(lang),
                       changes=e.changes.get(lang)) for f, e in expected_not_required(report))
    return {"steps": tuple(timed), "blockers": blockers, "conditions": conditions,
            "bottom_line": bottom_line_text(report, lang, tl, steps),
            "timeline": _timeline_view(tl, views, lang), "expected": expected}


def _unit(unit: str, lang: str) -> str:
    return t("unit." + unit, lang)


def duration_words(p: Procedure | None, lang: str) -> str:
    """How long a filing takes: practice's range, else the statutory limit; a deadline after it;
    each with its sources' labels. "" when the rulebook has no figure."""
    if p is None:
        return ""
    parts = []
    if p.typical is not None:
        ty = p.typical
        key = "time.about" if ty.min == ty.max else "time.range"
        parts.append(t(key, lang, a=ty.min, b=ty.max, unit=_unit(ty.unit, lang))
                     + f" [{confidence_words(ty.citations, lang)}]")
    if p.limit is not None and (p.limit.kind == "deadline" or p.typical is None):
        lim = p.limit
        words = (t("time.at_most", lang, a=lim.days, unit=_unit(lim.unit, lang))
                 if lim.kind == "processing" else lim.text.get(lang))
        parts.append(words + f" [{confidence_words(lim.citations, lang)}]")
    return t("list.items", lang).join(parts)


def fee_words(p: Procedure | None, lang: str) -> str:
    """The government fee, and an agency fee range where a source gives one, labelled."""
    if p is None:
        return ""
    parts = []
    for fee in (p.government_fee, p.agency_fee):
        if fee is None:
            continue
        # A free government fee's text says so itself; a range is named before its text.
        head = "" if fee is p.government_fee and fee.max == 0 else t(
            "fee.range", lang, a=f"{fee.min:,}", b=f"{fee.max:,}") + " — "
        parts.append(f"{head}{fee.text.get(lang)} [{confidence_words(fee.citations, lang)}]")
    return t("list.items", lang).join(parts)


def allow_words(tl: Timeline, lang: str) -> str:
    """How long the whole plan takes in weeks (under ten) or months: "about 9–17 weeks"."""
    if tl.latest is None or tl.earliest is None:
        return t("allow.unknown", lang)
    low, high = (tl.earliest - tl.start).days, (tl.latest - tl.start).days
    if high < 70:
        a, b = max(1, -(-low // 7)), max(1, -(-high // 7))
        words = t("allow.weeks_one" if a == b else "allow.weeks", lang, a=a, b=b)
    else:
        a, b = max(1, round(low / 30.4)), max(1, round(high / 30.4))
        words = t("allow.months_one" if a == b else "allow.months", lang, a=a, b=b)
    return t("allow.partial", lang, allow=words) if tl.partial else words


def bottom_line_text(report: Report, lang: str, tl: Timeline, steps: Sequence[StepView]) -> str:
    """The rulebook's bottom line for this report, its placeholders filled from the plan."""
    return bottom_line_words(report, lang, tl, [(s.filing.short_name, s.filing.status) for s in steps])


def bottom_line_words(report: Report, lang: str, tl: Timeline, plan: Sequence[tuple[str, str]]) -> str:
    """bottom_line_text from the plan's (short name, status) pairs in order: what the JSON report
    needs, without building the whole view."""
    from icpcheck.takes import bottom_line

    line = bottom_line(report)
    if line is None:
        return ""
    required = [name for name, status in plan if status == "required"]
    review = [name for name, status in plan if status == "review"]
    first = plan[0][0] if plan else ""
    return line.text.get(lang).format(required=_names(required, lang), review=_names(review, lang),
                                      first=first, allow=allow_words(tl, lang))


def _timeline_view(tl: Timeline, views: Mapping[str, FilingView], lang: str) -> TimelineView | None:
    if not tl.steps:
        return None
    rows = []
    for s in tl.steps:
        name = views[s.filing].short_name
        if s.earliest is None or s.latest is None:
            line = t("timeline.unknown", lang, name=name)
        else:
            line = t("timeline.step", lang, name=name, a=s.earliest.isoformat(), b=s.latest.isoformat())
        if s.due is not None:
            line += t("timeline.due", lang, date=s.due.isoformat())
        rows.append(TimelineRow(name, line, (s.starts - tl.start).days,
                                None if s.earliest is None else (s.earliest - tl.start).days,
                                None if s.latest is None else (s.latest - tl.start).days))
    span = max([r.late_day or 0 for r in rows] + [1])
    note = (t("timeline.estimated", lang, year=last_published_year()) if tl.estimated else None)
    return TimelineView(t("head.timeline", lang, start=tl.start.isoformat()), tuple(rows), span, note)
