"""Words shared by every format: citations, answer values, where an answer came from."""

from __future__ import annotations

from icpcheck.engine import FilingResult, Report
from icpcheck.gate import FilingGate, gate_of
from icpcheck.i18n import t
from icpcheck.rulebook.model import STATUSES, Citation, Rulebook, Value


def citation_text(c: Citation, lang: str) -> str:
    """e.g. 《互联网信息服务管理办法》（国务院令第292号）第3、4条 [法律条文]."""
    title = c.source.title.get(lang)
    extra = [x for x in (c.source.kind.get(lang) if c.source.kind else None, c.source.notice,
                         c.source.date.isoformat() if c.source.date else None) if x]
    if extra:
        title += f"（{'，'.join(extra)}）" if lang == "zh" else f" ({', '.join(extra)})"
    parts = [title]
    if c.articles:
        n = t("articles.sep", lang).join(str(a) for a in c.articles)
        parts.append(t("articles.one" if len(c.articles) == 1 else "articles.many", lang, n=n))
    if c.section:
        parts.append(t("section", lang, s=c.section))
    text = "".join(parts) if lang == "zh" else ", ".join(parts)
    text += f" [{t('confidence.' + c.confidence, lang)}]"
    if c.note:
        text += f" — {c.note.get(lang)}"
    return text


def value_text(rulebook: Rulebook, qid: str, value: Value | None, lang: str) -> str:
    if value is None:
        return t("value.none", lang)
    if isinstance(value, bool):
        return t("value.yes" if value else "value.no", lang)
    q = rulebook.question(qid)
    values = value if isinstance(value, tuple) else (value,)
    labels = []
    for v in values:
        choice = q.choice(v) if q else None
        labels.append(f"{v} ({choice.label.get(lang)})" if choice else v)
    return "; ".join(labels)


def summary_counts(report: Report) -> dict[str, int]:
    counts = {s: 0 for s in STATUSES}
    for f in report.filings:
        counts[f.status] += 1
    return counts


def one_line_why(result: FilingResult, lang: str) -> str:
    """The first reason's text: the summary table's 'why' column."""
    return result.reasons[0].effect.reason.get(lang) if result.reasons else ""


def rulebook_line(report: Report, lang: str) -> str:
    rb = report.rulebook
    return t("rulebook.line", lang, id=rb.id, version=rb.version, checked=rb.checked.isoformat(),
             sha=rb.sha256[:12], as_of=report.as_of.isoformat())


def shows_detail(result: FilingResult) -> bool:
    """Required and review filings get the full explanation; not-required ones the summary line."""
    return result.status != "not_required" or bool(result.layers) or bool(result.blockers)


def shows_gate(report: Report) -> bool:
    """People's formats show the held column and counts once a gate is on or anything is held or
    waived; a plain "what do I need" report stays as it was (JSON and JUnit always carry them)."""
    g = gate_of(report)
    return g.fail_on is not None or any(f.held or f.waiver is not None for f in g.filings)


def gate_cell(g: FilingGate, lang: str) -> str:
    """held / waived until DATE / missing / — for one filing, noting an expired waiver."""
    if g.state == "waived" and g.waiver is not None:
        text = t("gate.waived", lang, date=g.waiver.expires.isoformat())
    else:
        text = t("gate." + g.state, lang)
    if g.waiver is not None and not g.waived:
        text += t("gate.expired", lang, date=g.waiver.expires.isoformat())
    return text


def gate_line(report: Report, lang: str) -> str:
    """The counts of held / waived / missing and the gate's verdict."""
    g = gate_of(report)
    line = t("gate.counts", lang, **g.counts())
    if g.fail_on is None:
        verdict = t("gate.off", lang)
    elif g.passed:
        verdict = t("gate.passed", lang, on=g.fail_on)
    else:
        verdict = t("gate.failed", lang, on=g.fail_on, ids=", ".join(g.failing))
    return f"{line} — {verdict}"
