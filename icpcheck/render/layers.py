"""Layers and blockers in every format: what WeChat's review asks beside the regulator, and what
cannot go ahead as planned. Kept apart from the format modules so each needs only a few lines."""

from __future__ import annotations

from typing import Any

from icpcheck.engine import FilingResult, Reason, Report
from icpcheck.i18n import t


def blockers(report: Report, lang: str) -> list[tuple[str, str]]:
    """(filing name, what blocks it), in the report's filing order."""
    return [(f.filing.name.get(lang), r.effect.blocker.get(lang))
            for f, r in report.blockers if r.effect.blocker is not None]


def layer_summary(result: FilingResult, lang: str) -> list[str]:
    """One line per other layer, e.g. "WeChat's category review: required"."""
    return [t("layer.line", lang, layer=lr.layer.name.get(lang),
              status=t("status." + lr.status, lang))
            for lr in result.layers]


def blocker_json(f: FilingResult, r: Reason, lang: str) -> dict[str, Any]:
    assert r.effect.blocker is not None
    return {"filing": f.filing.id, "rule": r.rule.id, "text": r.effect.blocker.get(lang)}


def filing_json(result: FilingResult, lang: str) -> dict[str, Any]:
    """Keys added to each filing in the JSON report (existing keys are unchanged)."""
    from icpcheck.render.json import reason

    return {
        "layers": {
            lr.layer.id: {
                "name": lr.layer.name.get(lang),
                "status": lr.status,
                "reasons": [reason(r, lang) for r in sorted(lr.reasons, key=lambda r: r.rule.id)],
            }
            for lr in result.layers
        },
        "blockers": [blocker_json(result, r, lang) for r in result.blockers],
    }


def report_json(report: Report, lang: str) -> dict[str, Any]:
    """Keys added at the top of the JSON report."""
    return {"blockers": [blocker_json(f, r, lang) for f, r in report.blockers]}


# --- Markdown ---------------------------------------------------------------------------------

def markdown_blockers(report: Report, lang: str) -> list[str]:
    """A section at the top of the report; empty when nothing blocks."""
    items = blockers(report, lang)
    if not items:
        return []
    lines = [f"- **{name}**: {text}" for name, text in items]
    return [f"## {t('head.blockers', lang)}", "", *lines, ""]


def markdown_summary(report: Report, lang: str) -> list[str]:
    """Under the summary table: each filing's other layers; empty when there are none."""
    lines = [f"- {f.filing.name.get(lang)} (`{f.filing.id}`) — {line}"
             for f in report.filings for line in layer_summary(f, lang)]
    return ["", f"## {t('head.layers', lang)}", ""] + lines if lines else []


def markdown_detail(result: FilingResult, lang: str) -> list[str]:
    """In a filing's section: each other layer's status and reasons."""
    from icpcheck.render.common import citation_text

    out: list[str] = []
    for lr in result.layers:
        out += ["", f"### {lr.layer.name.get(lang)} — {t('status.' + lr.status, lang)}", ""]
        if lr.layer.what:
            out += [f"_{lr.layer.what.get(lang)}_", ""]
        for r in lr.reasons:
            out.append(f"- **{t('status.' + r.effect.status, lang)}** (`{r.rule.id}`): "
                       f"{r.effect.reason.get(lang)}")
            if r.effect.settle:
                out.append(f"  - {t('head.settle', lang)}: {r.effect.settle.get(lang)}")
            out += [f"  - {citation_text(c, lang)}" for c in r.effect.citations]
    return out


# --- Text (rich) ------------------------------------------------------------------------------

def text_blockers(report: Report, lang: str) -> str:
    """Rich markup for a boxed warning under the summary table; empty when nothing blocks."""
    from rich.markup import escape

    items = blockers(report, lang)
    if not items:
        return ""
    lines = [f"[bold red]{escape(t('head.blockers', lang))}[/bold red]"]
    lines += [f"[red]• [bold]{escape(name)}[/bold]: {escape(text)}[/red]" for name, text in items]
    return "\n".join(lines)


def text_summary(report: Report, lang: str) -> str:
    from rich.markup import escape

    lines = [f"  {escape(f.filing.name.get(lang))} — {escape(line)}"
             for f in report.filings for line in layer_summary(f, lang)]
    return "\n".join([f"[bold]{escape(t('head.layers', lang))}[/bold]"] + lines) if lines else ""


def text_detail(result: FilingResult, lang: str) -> str:
    from rich.markup import escape

    from icpcheck.render.common import citation_text

    out: list[str] = []
    for lr in result.layers:
        out.append(f"\n[bold]{escape(lr.layer.name.get(lang))} — "
                   f"{escape(t('status.' + lr.status, lang))}[/bold]")
        if lr.layer.what:
            out.append(f"  [dim]{escape(lr.layer.what.get(lang))}[/dim]")
        for r in lr.reasons:
            status = escape(t("status." + r.effect.status, lang))
            text = escape(r.effect.reason.get(lang))
            out.append(f"  → [dim]{r.rule.id}[/dim] → {status}: {text}")
            if r.effect.settle:
                out.append(f"    [bold]{escape(t('head.settle', lang))}:[/bold] "
                           f"{escape(r.effect.settle.get(lang))}")
            out += [f"    [dim]• {escape(citation_text(c, lang))}[/dim]"
                    for c in r.effect.citations]
    return "\n".join(out)
