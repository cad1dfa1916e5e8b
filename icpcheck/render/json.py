"""The JSON report: a stable, sorted contract for machines (see schema_version)."""

from __future__ import annotations

import datetime as dt
import json
import json.encoder
from collections.abc import Callable
from typing import Any

from icpcheck.engine import FilingResult, Reason, Report, plan
from icpcheck.errors import EXIT_GATE, EXIT_OK
from icpcheck.gate import FilingGate, gate_of
from icpcheck.messages import warning_texts
from icpcheck.render.common import citation_text, summary_counts
from icpcheck.rulebook.model import Advice, Citation, Fee, Procedure, Text, Value
from icpcheck.version import __version__

SCHEMA_VERSION = "1.1"  # 1.1: `plan`; later, additively: conditions, timeline, time/cost (issue 24)


def citation(c: Citation, lang: str) -> dict[str, Any]:
    # A report cites the same few dozen citations hundreds of times: each is worded once per
    # process and language (the entry holds the citation, so its id is not reused), and each use
    # gets its own dict and list.
    entry = _citations.get((id(c), lang))
    if entry is None or entry[0] is not c:
        if len(_citations) >= _CITATIONS_KEPT:
            _citations.clear()
        entry = _citations[(id(c), lang)] = (c, _citation(c, lang))
    out = dict(entry[1])
    out["articles"] = list(c.articles)
    return out


_citations: dict[tuple[int, str], tuple[Citation, dict[str, Any]]] = {}
_CITATIONS_KEPT = 8192


def _citation(c: Citation, lang: str) -> dict[str, Any]:
    return {
        "source": c.source.id,
        "title": c.source.title.get(lang),
        "notice": c.source.notice,
        "articles": list(c.articles),
        "section": c.section.get(lang) if isinstance(c.section, Text) else c.section,
        "confidence": c.confidence,
        "note": c.note.get(lang) if c.note else None,
        "text": citation_text(c, lang),
        "url": c.source.url,
    }


def _value(value: Value | None) -> Any:
    return list(value) if isinstance(value, tuple) else value


def reason(r: Reason, lang: str) -> dict[str, Any]:
    return {
        "rule": r.rule.id,
        "status": r.effect.status,
        "text": r.effect.reason.get(lang),
        "settle": r.effect.settle.get(lang) if r.effect.settle else None,
        "blocker": r.effect.blocker.get(lang) if r.effect.blocker else None,
        "citations": [citation(c, lang) for c in r.effect.citations],
        "because": [{"question": q, "value": _value(v)} for q, v in r.because],
    }


def advice(a: Advice, lang: str) -> dict[str, Any]:
    return {"id": a.id, "text": a.text.get(lang), "citations": [citation(c, lang) for c in a.citations]}


def blocker(f: FilingResult, r: Reason, lang: str) -> dict[str, Any]:
    assert r.effect.blocker is not None
    return {"filing": f.filing.id, "rule": r.rule.id, "text": r.effect.blocker.get(lang)}


def layers(f: FilingResult, lang: str) -> dict[str, Any]:
    """Each other layer where some rule fired, by the layer's id."""
    return {
        lr.layer.id: {
            "name": lr.layer.name.get(lang),
            "status": lr.status,
            "reasons": [reason(r, lang) for r in sorted(lr.reasons, key=lambda r: r.rule.id)],
        }
        for lr in f.layers
    }


def filing_gate(g: FilingGate) -> dict[str, Any]:
    w = g.waiver
    return {
        "held": g.held,
        "waived": g.waived,
        "waiver": None if w is None else {"reason": w.reason, "expires": w.expires.isoformat(),
                                          "expired": not g.waived},
        "gate": {"state": g.state, "fails": g.fails},
    }


def plan_steps(report: Report, lang: str) -> list[dict[str, Any]]:
    """The required and review filings in the order to do them, each with when, where and what
    to prepare; `after` names the filings of this plan that come first."""
    steps = plan(report)
    in_plan = {f.filing.id for f in steps}
    out = []
    for f in steps:
        p = f.filing.plan
        out.append({
            "filing": f.filing.id,
            "status": f.status,
            "when": p.when.get(lang) if p.when else None,
            "apply_at": p.apply_at.get(lang) if p.apply_at else None,
            "documents": [d.get(lang) for d in p.documents],
            "after": [a for a in p.after if a in in_plan],
        })
    return out


def to_dict(report: Report, lang: str, start: dt.date | None = None) -> dict[str, Any]:
    rb = report.rulebook
    gate = gate_of(report)
    filings = []
    for f in sorted(report.filings, key=lambda r: r.filing.id):
        filings.append({
            "id": f.filing.id,
            "name": f.filing.name.get(lang),
            "kind": f.filing.kind,
            "status": f.status,
            **filing_gate(gate.of(f.filing.id)),
            "what": f.filing.what.get(lang),
            "issuer": f.filing.issuer.get(lang),
            "basis": [citation(c, lang) for c in f.filing.basis],
            "reasons": [reason(r, lang) for r in sorted(f.reasons, key=lambda r: r.rule.id)],
            "benefits": [advice(a, lang) for a in f.advice if a.kind == "benefit"],
            "risks": [advice(a, lang) for a in f.advice if a.kind == "risk"],
            "cautions": [advice(a, lang) for a in f.advice if a.kind == "caution"],
            "layers": layers(f, lang),
            "blockers": [blocker(f, r, lang) for r in f.blockers],
            **time_and_cost(rb.procedure(f.filing.id), lang),
        })
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "icpcheck", "version": __version__},
        "rulebook": {"id": rb.id, "version": rb.version, "checked": rb.checked.isoformat(),
                     "sha256": rb.sha256},
        "as_of": report.as_of.isoformat(),
        "lang": lang,
        "answers": [{"id": a.id, "value": _value(a.value), "source": a.source}
                    for a in sorted(report.answers, key=lambda a: a.id)],
        "assumed": sorted(a.id for a in report.answers if a.source == "default"),
        "filings": filings,
        "summary": {**summary_counts(report), **gate.counts()},
        "gate": {"fail_on": gate.fail_on, "passed": gate.passed, "failing": list(gate.failing)},
        "warnings": warning_texts(report.warnings, lang),
        "warnings_detail": [w.detail(lang) for w in report.warnings],
        "notice": rb.notice.get(lang),
        "exit_code": EXIT_OK if report.gate_passed else EXIT_GATE,
        "blockers": [blocker(f, r, lang) for f, r in report.blockers],
        "plan": plan_steps(report, lang),
        **what_it_takes(report, lang, start or report.as_of),
        "obligations": _obligations(report, lang),  # comes-due (additive)
    }


def _obligations(report: Report, lang: str) -> list[dict[str, Any]]:
    """comes-due: what comes due for what is held, most urgent first."""
    from icpcheck.obligations import of_report
    from icpcheck.render.calendar import item_dict

    return [item_dict(i, report, lang, citation) for i in of_report(report)]


CALENDAR_SCHEMA_VERSION = "1.0"


def calendar_dict(report: Report, lang: str) -> dict[str, Any]:
    """`icpcheck calendar --format json` (schemas/calendar.schema.json)."""
    rb = report.rulebook
    gate = gate_of(report)
    return {
        "schema_version": CALENDAR_SCHEMA_VERSION,
        "tool": {"name": "icpcheck", "version": __version__},
        "rulebook": {"id": rb.id, "version": rb.version, "checked": rb.checked.isoformat(), "sha256": rb.sha256},
        "as_of": report.as_of.isoformat(),
        "lang": lang,
        "obligations": _obligations(report, lang),
        "gate": {"fail_on": gate.fail_on, "passed": gate.passed, "failing": list(gate.failing)},
        "exit_code": EXIT_OK if report.gate_passed else EXIT_GATE,
    }


def render(report: Report, lang: str, start: dt.date | None = None) -> str:
    from icpcheck.render.escape import json_text  # C1 and bidi controls as \u escapes: same data

    return json_text(dumps_indented(to_dict(report, lang, start))) + "\n"


# -- what it takes (issue 24) -------------------------------------------------------------------


def _fee(fee: Fee | None, lang: str) -> dict[str, Any] | None:
    if fee is None:
        return None
    return {"min": fee.min, "max": fee.max, "currency": "CNY", "text": fee.text.get(lang),
            "citations": [citation(c, lang) for c in fee.citations]}


def time_and_cost(p: Procedure | None, lang: str) -> dict[str, Any]:
    """A filing's `time` (statutory `limit`, practice's `typical`) and `cost` (government and
    agency fees, in yuan), each figure with its citations; null where the rulebook has none."""
    limit = typical = None
    if p is not None and p.limit is not None:
        lim = p.limit
        limit = {"kind": lim.kind, "days": lim.days, "unit": lim.unit, "text": lim.text.get(lang),
                 "citations": [citation(c, lang) for c in lim.citations]}
    if p is not None and p.typical is not None:
        ty = p.typical
        typical = {"min": ty.min, "max": ty.max, "unit": ty.unit, "text": ty.text.get(lang),
                   "citations": [citation(c, lang) for c in ty.citations]}
    return {"time": {"limit": limit, "typical": typical},
            "cost": {"government": _fee(p.government_fee if p else None, lang),
                     "agency": _fee(p.agency_fee if p else None, lang)}}


def what_it_takes(report: Report, lang: str, start: dt.date) -> dict[str, Any]:
    """`conditions` that apply, the conditions' blockers added to `blockers`, the `timeline` from
    `start`, and the `bottom_line`."""
    from icpcheck.render.view import bottom_line_words, short_name
    from icpcheck.takes import applying, bottom_line
    from icpcheck.timeline import timeline

    met = applying(report)
    conditions = [{
        "id": m.condition.id, "filings": list(m.filings), "text": m.condition.text.get(lang),
        "met": not m.unmet, "unmet": m.condition.unmet.get(lang) if m.unmet and m.condition.unmet else None,
        "lifts": m.condition.lifts.get(lang) if m.unmet and m.condition.lifts else None,
        "citations": [citation(c, lang) for c in m.condition.citations]} for m in met]
    blockers = [blocker(f, r, lang) for f, r in report.blockers] + [
        {"filing": fid, "condition": m.condition.id,
         "text": (m.condition.unmet or m.condition.text).get(lang),
         "lifts": m.condition.lifts.get(lang) if m.condition.lifts else None}
        for m in met if m.blocks for fid in m.filings]
    tl = timeline(report, start)

    def day(d: dt.date | None) -> str | None:
        return None if d is None else d.isoformat()

    line = bottom_line(report)
    return {
        "conditions": conditions,
        "blockers": blockers,
        "timeline": {
            "start": start.isoformat(), "counting": "working days on China's official holiday calendar",
            "earliest": day(tl.earliest), "latest": day(tl.latest), "partial": tl.partial,
            "estimated": tl.estimated,
            "steps": [{"filing": s.filing, "starts": day(s.starts), "earliest": day(s.earliest),
                       "latest": day(s.latest), "due": day(s.due), "estimated": s.estimated,
                       "after": list(s.after)} for s in tl.steps]},
        "bottom_line": None if line is None else {
            "id": line.id, "text": bottom_line_words(
                report, lang, tl, [(short_name(f.filing.name.get(lang)), f.status) for f in plan(report)]),
            "settle_first": line.settle_first,
            "citations": [citation(c, lang) for c in line.citations]},
    }


def _compact_encoder(ascii_only: bool) -> Callable[[Any], str]:
    std = json.JSONEncoder(ensure_ascii=ascii_only, sort_keys=True, separators=(",", ":"))
    make = getattr(json.encoder, "c_make_encoder", None)  # not in the typeshed stubs
    if make is None:  # a Python without the C accelerator
        return std.encode
    strings = json.encoder.encode_basestring_ascii if ascii_only else json.encoder.encode_basestring
    # The arguments JSONEncoder.iterencode gives it; no markers: decoded JSON holds no cycles.
    encoder = make(None, std.default, strings, None, ":", ",", True, False, True)

    def compact(data: Any) -> str:
        return "".join(encoder(data, 0))

    return compact


compact = _compact_encoder(ascii_only=False)
"""`json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode`: a batch
line, an API body. JSONEncoder builds a new C encoder on every call; this one is built once: 1.2 µs
against 2.2 µs for a batch line's answers (bench (b) encodes two a line)."""
compact_ascii = _compact_encoder(ascii_only=True)
"""The same with non-ASCII text as \\u escapes: one byte a character in memory, whatever the text
(the batch memo's key, whose budget counts characters)."""


def dumps_indented(data: Any) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)`, in half the time.

    With an indent, json.dumps leaves its C encoder for a pure-Python one built of generators;
    this writes the same text straight into one list. Anything but the plain types a report holds
    (str keys; str, int, bool, None, list, tuple, dict values) goes back to json.dumps.
    """
    parts: list[str] = []
    try:
        _write(data, "\n", parts)
    except _NotPlain:
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    return "".join(parts)


class _NotPlain(Exception):
    pass


_encode_str = json.encoder.encode_basestring  # the C one when there is one, as json.dumps uses


def _write(value: Any, newline: str, out: list[str]) -> None:
    # `newline` is "\n" plus this value's indent: where its items' lines start, less two spaces.
    if isinstance(value, str):
        out.append(_encode_str(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif type(value) is int:
        out.append(int.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        sep = "{" + inner
        for key in sorted(value):
            if type(key) is not str:
                raise _NotPlain
            out.append(sep)
            out.append(_encode_str(key))
            out.append(": ")
            _write(value[key], inner, out)
            sep = "," + inner
        out.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        sep = "[" + inner
        for item in value:
            out.append(sep)
            _write(item, inner, out)
            sep = "," + inner
        out.append(newline + "]")
    else:  # floats (NaN, Infinity), int subclasses, anything else: json.dumps knows best
        raise _NotPlain
