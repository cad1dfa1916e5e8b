"""The Markdown report: the same content as text, ready to paste into an issue or pull request."""

from __future__ import annotations

import datetime as dt

from icpcheck.engine import Report
from icpcheck.i18n import t
from icpcheck.render import escape
from icpcheck.render.view import (
    AdviceGroup,
    FilingView,
    ReasonView,
    ReportView,
    StepView,
    build,
    escaped,
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _label(key: str, lang: str) -> str:
    """A bold label and its colon: "**Why:** " in English, "**原因：**" in Chinese (a full-width
    colon takes no space after it)."""
    colon = t("colon", lang)
    mark = colon.rstrip()
    return f"**{t(key, lang)}{mark}**{colon[len(mark):]}"


def render(report: Report, lang: str, *, detail: bool = False, show_all: bool = False,
           start: dt.date | None = None) -> str:
    # Every string from a rulebook or answers file is escaped for Markdown (no raw HTML, images,
    # headings or emphasis of its own); ids are left as they are by that escaping.
    return lay_out(escaped(build(report, lang, detail=detail, show_all=show_all, start=start),
                           escape.markdown))


def lay_out(view: ReportView) -> str:
    lang = view.lang
    out = [f"# icpcheck: {view.rulebook.title}", ""]
    out += [f"**{view.bottom_line}**", ""] if view.bottom_line else []
    out += _plan(view)
    out += _timeline(view)
    for step in view.plan:
        out += _step(step, view)
    for f in view.others:
        out += ["", f"## {f.name} — {f.status_word}", ""] + _reasons(f, view) + _advice(f.advice, view)
    for shared in view.shared:
        out += ["", f"## {t('head.for', lang, names=shared.names)}", ""] + _advice(shared.advice, view)
    if view.show_all and view.not_required:
        out += ["", f"## {t('head.not_required', lang)}", ""]
        for f in view.not_required:
            out += [f"### {f.name}{_id(f.id, view)}", ""] + _reasons(f, view)
    if view.show_all:  # checks that found nothing to act on: apart from the filings
        for f in view.checks:
            out += ["", f"## {f.name}{_id(f.id, view)}", ""] + _reasons(f, view)
    out += ["", f"## {t('head.answers', lang)}", ""]
    for a in view.answers:
        assumed = f" _{t('assumed.answer', lang).strip()}_" if a.assumed else ""
        out.append(f"- {a.question} → **{a.label}**{assumed}")
        if view.detail:
            out.append(f"  - `{a.id}` = {a.value} _({a.source})_")
    if view.warnings:
        out += ["", f"## {t('head.warnings', lang)}", ""] + [f"- {w}" for w in view.warnings]
    out += ["", "---", "", f"> {_label('head.notice', lang)}{view.notice}", "",
            f"_{view.rulebook.line}_", ""]
    if not (view.detail and view.show_all):
        out += [f"_{t('plan.more', lang)}_", ""]
    return "\n".join(out)


def _plan(view: ReportView) -> list[str]:
    """Blockers, the steps in order, what to check, one line for the rest."""
    lang = view.lang
    out: list[str] = []
    if view.blockers:
        out += [f"## {t('head.blockers', lang)}", ""]
        out += [f"- **{b.filing}**{t('colon', lang)}{b.text}" + (f" {b.settle}" if b.settle else "")
                for b in view.blockers] + [""]
    if not view.plan:
        out += [f"**{t('plan.nothing', lang)}**", ""]
    else:
        out += [f"## {t('head.plan', lang)}", ""]
    for s in view.plan:
        if s.filing.status == "required":
            out += _entry(s, (s.time + s.done_by) if s.time else s.when, view)
        else:  # how to settle it on its own line (a backslash is CommonMark's hard line break)
            what = s.filing.status_word + (t("list.items", lang) + s.time + s.done_by if s.time else "")
            out += _entry(s, what, view, settle=" ".join(s.settle) or s.filing.why)
    if view.plan:
        out.append("")
    out += _conditions(view)
    out += [f"- {line}" for line in view.expected] + ([""] if view.expected else [])
    if view.others:
        out += [f"## {t('head.others', lang)}", ""]
        for f in view.others:
            lines = t("list.items", lang).join([f.status_word, *(lr.line for lr in f.layers)])
            settle = " ".join(r.settle for lr in f.layers for r in lr.reasons if r.settle)
            out.append(f"- **{f.name}**{t('colon', lang)}{lines}" + ("\\" if settle else ""))
            if settle:
                out.append(f"  {settle}")
        out.append("")
    if view.not_required_line:
        out += [f"**{view.not_required_label.strip()}** {view.not_required_line}", ""]
    if view.gate.shown:
        out += [f"**{_cell(view.gate.line)}**", ""]
    return out


def _entry(s: StepView, what: str | None, view: ReportView, settle: str | None = None) -> list[str]:
    f = s.filing
    head = f"{s.n}. {'⛔ ' if f.blocked else ''}**{f.name}**{_id(f.id, view)}"
    if view.gate.shown:
        head += f" \\[{f.gate.text}\\]"  # escaped: Markdown brackets start links
    out = [head + (t("plan.dash", view.lang) + what if what else "")]
    if settle:
        out[-1] += "\\"
        out.append(f"   {settle}")
    out += [f"   - {lr.line}" for lr in f.layers]
    return out


def _step(s: StepView, view: ReportView) -> list[str]:
    lang = view.lang
    f = s.filing
    held = f.gate.state == "held"
    out = ["", f"## {s.n}. {f.name} — {f.status_word}" + (f" ({f.gate.text})" if held else ""), ""]
    if view.detail:
        out.append(f"{_label('head.what', lang)}{f.what}  ")
    out += _reasons(f, view)
    if s.when and (f.status != "required" or s.time):  # else the plan's entry said it
        out.append(f"{_label('head.when', lang)}{s.when}  ")
    if s.time:
        out.append(f"{_label('head.time', lang)}{s.time}  ")
    if s.cost:
        out.append(f"{_label('head.cost', lang)}{s.cost}  ")
    if s.after and view.detail:
        out.append(f"{_label('head.after', lang)}{t('list.sep', lang).join(s.after)}  ")
    confidence = f" _\\[{s.confidence}\\]_" if s.confidence else ""
    if not held or view.detail:  # how to apply, for what is not held yet
        out.append(f"{_label('head.apply_at', lang)}{s.apply_at}{confidence}")
    if s.documents and (not held or view.detail):
        out += ["", _label("head.documents", lang).rstrip(), ""] + [f"- {d}" for d in s.documents]
    if view.detail and s.citations:
        out += [""] + [f"- _{c}_" for c in s.citations]
    return out + _advice(f.advice, view)


def _reasons(f: FilingView, view: ReportView) -> list[str]:
    lang = view.lang
    out: list[str] = []
    if view.detail:
        out.append(f"{_label('head.issuer', lang)}{f.issuer}  ")
        out.append(f"{_label('head.basis', lang)}{'; '.join(f.basis)}")
        out.append("")
    for n, r in enumerate(f.reasons):
        out += _reason(r, view, "", also=n > 0)
    for lr in f.layers:
        out += ["", f"**{lr.line}**", ""]
        if view.detail and lr.what:
            out += [f"_{lr.what}_", ""]
        for n, r in enumerate(lr.reasons):
            out += _reason(r, view, "", also=n > 0)
    return out + [""]


def _reason(r: ReasonView, view: ReportView, indent: str, also: bool = False) -> list[str]:
    lang = view.lang
    rule = f"(`{r.rule}`) " if view.detail else ""
    confidence = f" _\\[{r.confidence}\\]_" if r.confidence else ""
    assumed = f" _{t('assumed.reason', lang).strip()}_" if r.assumed else ""
    out = [f"{indent}- {_label('head.why_also' if also else 'head.why', lang)}{rule}{r.text}{confidence}{assumed}"]
    if view.detail:
        because = "; ".join(f"`{b.question}` = {b.value}"
                            + (f" _({t('source.default', lang)})_" if b.assumed else "")
                            for b in r.because)
        if because:
            out.append(f"{indent}  - {t('head.because', lang)}{t('colon', lang)}{because}")
        out += [f"{indent}  - {c}" for c in r.citations]
    if r.settle and r.status == "required":
        out.append(f"{indent}  - {t('head.settle', lang)}{t('colon', lang)}{r.settle}")
    if r.blocker and view.detail:
        out.append(f"{indent}  - {_label('head.blocker', lang)}{r.blocker}")
    return out


def _advice(groups: tuple[AdviceGroup, ...], view: ReportView) -> list[str]:
    out: list[str] = []
    for g in groups:
        out += ["", f"**{g.heading}**", ""]
        for item in g.items:
            out.append(f"- {item.text}")
            if view.detail:
                out += [f"  - _{c}_" for c in item.citations]
    return out


def _id(fid: str, view: ReportView) -> str:
    return f" (`{fid}`)" if view.detail else ""


# -- what it takes (issue 24) -------------------------------------------------------------------


def _conditions(view: ReportView) -> list[str]:
    if not view.conditions:
        return []
    lang = view.lang
    out = [f"## {t('head.conditions', lang)}", ""]
    for c in view.conditions:
        unmet = f"**{t('conditions.unmet', lang).strip()}** " if c.unmet else ""
        out.append(f"- {unmet}{c.text} _\\[{c.confidence}\\]_")
        if view.detail:
            out += [f"  - _{cite}_" for cite in c.citations]
    return out + [""]


def _timeline(view: ReportView) -> list[str]:
    tl = view.timeline
    if tl is None or all(r.late_day is None for r in tl.rows):
        return []
    out = [f"## {tl.heading}", ""] + [f"- {r.line}" for r in tl.rows]
    return out + (["", f"_{tl.estimated}_"] if tl.estimated else []) + [""]
