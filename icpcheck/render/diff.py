"""A diff of two reports in words (text, Markdown) and as JSON (schemas/diff.schema.json)."""

from __future__ import annotations

import json
from typing import Any

from icpcheck.diff import BlockerChange, Diff, FilingChange, PlanChange
from icpcheck.engine import Report
from icpcheck.i18n import t
from icpcheck.render import escape
from icpcheck.version import __version__

SCHEMA_VERSION = "1.0"
FORMATS = ("text", "markdown", "json")


def _status(status: str | None, lang: str) -> str:
    return "-" if status is None else t(f"status.{status}", lang)


def _rules(c: FilingChange, lang: str) -> str:
    old, new = ", ".join(c.rules_before) or "-", ", ".join(c.rules_after) or "-"
    return t("diff.rules", lang, rules=new if c.kind == "added" else old if c.kind == "removed"
             else f"{old} → {new}")


def filing_words(c: FilingChange, lang: str) -> str:
    """e.g. `EDI licence: required → review (rules: platform_charges_sellers → platform_free_for_sellers)`."""
    colon = t("colon", lang)
    name = c.filing.name.get(lang)
    if c.kind == "added":
        shown = _status(c.after, lang)
    elif c.kind == "removed":
        shown = _status(c.before, lang)
    elif c.kind == "rules":
        shown = _status(c.after, lang)
    else:
        shown = f"{_status(c.before, lang)} → {_status(c.after, lang)}"
    paren = ("（{}）" if lang == "zh" else " ({})").format(_rules(c, lang))
    return f"{name}{colon}{shown}{paren}"


def plan_words(p: PlanChange, lang: str) -> str:
    colon = t("colon", lang)
    if p.kind == "changed":
        fields = t("list.sep", lang).join(t(f"diff.field.{f}", lang) for f in p.fields)
        what = t("diff.plan.changed", lang, fields=fields)
    else:
        what = t(f"diff.plan.{p.kind}", lang)
    return f"{p.filing.name.get(lang)}{colon}{what}"


SECTIONS = (("status", "diff.status"), ("added", "diff.added"), ("removed", "diff.removed"),
            ("rules", "diff.reasons"))


def render(diff: Diff, fmt: str, lang: str, *, old: str, new: str) -> str:
    """`old`/`new` say what each side is (a file, a date, a rulebook)."""
    if fmt == "json":
        return escape.json_text(json.dumps(to_dict(diff, lang, old=old, new=new), ensure_ascii=False, indent=2,
                                           sort_keys=True)) + "\n"
    md = fmt == "markdown"
    say = escape.markdown if md else escape.terminal_line
    bullet = "- " if md else "  • "
    head = t("diff.head", lang, old=old, new=new)
    out = [f"## {say(head)}" if md else say(head)]
    if not diff.changed:
        return "\n".join([*out, say(t("diff.none", lang))]) + "\n"
    for kind, key in SECTIONS:
        items = [c for c in diff.filings if c.kind == kind]
        if items:
            out += ["", f"### {say(t(key, lang))}" if md else say(t(key, lang))]
            out += [bullet + say(filing_words(c, lang)) for c in items]
    if diff.plan:
        out += ["", f"### {say(t('diff.plan', lang))}" if md else say(t("diff.plan", lang))]
        out += [bullet + say(plan_words(p, lang)) for p in diff.plan]
    if diff.obligations:
        out += ["", f"### {say(t('diff.obligations', lang))}" if md else say(t("diff.obligations", lang))]
        out += [bullet + say(f"{o.filing.name.get(lang)}{t('colon', lang)}{'+' if o.kind == 'added' else '-'}"
                             f"{o.obligation}") for o in diff.obligations]
    if diff.blockers:
        out += ["", f"### {say(t('diff.blockers', lang))}" if md else say(t("diff.blockers", lang))]
        out += [bullet + say(blocker_words(b, lang)) for b in diff.blockers]
    return "\n".join(out) + "\n"


def blocker_words(b: BlockerChange, lang: str) -> str:
    sign = "+" if b.kind == "added" else "-"
    return f"{b.filing.name.get(lang)}{t('colon', lang)}{sign} {b.text.get(lang)} [{b.rule}]"


def _side(report: Report, label: str) -> dict[str, Any]:
    rb = report.rulebook
    return {"label": label, "rulebook": {"id": rb.id, "version": rb.version, "sha256": rb.sha256},
            "as_of": report.as_of.isoformat(),
            "statuses": {f.filing.id: f.status for f in report.filings}}


def to_dict(diff: Diff, lang: str, *, old: str, new: str) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "icpcheck", "version": __version__},
        "lang": lang,
        "old": _side(diff.old, old),
        "new": _side(diff.new, new),
        "changed": diff.changed,
        "filings": [{"filing": c.filing.id, "name": c.filing.name.get(lang), "kind": c.kind, "from": c.before,
                     "to": c.after, "rules_from": list(c.rules_before), "rules_to": list(c.rules_after),
                     "text": filing_words(c, lang)} for c in diff.filings],
        "plan": [{"filing": p.filing.id, "name": p.filing.name.get(lang), "kind": p.kind, "fields": list(p.fields),
                  "text": plan_words(p, lang)} for p in diff.plan],
        "obligations": [{"filing": o.filing.id, "kind": o.kind, "obligation": o.obligation}
                        for o in diff.obligations],
        "blockers": [{"filing": b.filing.id, "kind": b.kind, "rule": b.rule, "text": b.text.get(lang)}
                     for b in diff.blockers],
    }
