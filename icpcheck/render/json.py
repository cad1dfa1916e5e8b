"""The JSON report: a stable, sorted contract for machines (see schema_version)."""

from __future__ import annotations

import json
import json.encoder
from typing import Any

from icpcheck.engine import FilingResult, Reason, Report, plan
from icpcheck.errors import EXIT_GATE, EXIT_OK
from icpcheck.gate import FilingGate, gate_of
from icpcheck.messages import warning_texts
from icpcheck.render.common import citation_text, summary_counts
from icpcheck.rulebook.model import Advice, Citation, Text, Value
from icpcheck.version import __version__

SCHEMA_VERSION = "1.1"  # 1.1: `plan`


def citation(c: Citation, lang: str) -> dict[str, Any]:
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


def to_dict(report: Report, lang: str) -> dict[str, Any]:
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
    }


def render(report: Report, lang: str) -> str:
    return dumps_indented(to_dict(report, lang)) + "\n"


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
