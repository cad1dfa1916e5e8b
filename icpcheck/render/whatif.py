"""What-if results in words (text, Markdown) and as JSON (schemas/whatif.schema.json).

People see labels (the question's text, the choice's label, the filing's name), never ids unless
`detail` asks for them; JSON carries both."""

from __future__ import annotations

import json
from typing import Any

from icpcheck.i18n import t
from icpcheck.render import escape
from icpcheck.render.common import value_text
from icpcheck.rulebook.model import Question, Value
from icpcheck.version import __version__
from icpcheck.whatif import Change, Goal, Lever, Step, WhatIf

SCHEMA_VERSION = "1.0"
FORMATS = ("text", "markdown", "json")


def render(result: WhatIf, fmt: str, lang: str, *, detail: bool = False) -> str:
    if fmt == "json":
        return escape.json_text(json.dumps(to_dict(result, lang), ensure_ascii=False, indent=2, sort_keys=True)) + "\n"
    md = fmt == "markdown"
    say = escape.markdown if md else escape.terminal_line
    out: list[str] = []
    if result.goal is not None:
        out += _goal(result.goal, lang, say, md=md, detail=detail)
        if out[-1]:
            out.append("")
    if not result.levers:
        out.append(t("whatif.none", lang, tried=result.tried))
        return "\n".join(out) + "\n"
    head = t("whatif.head", lang, n=len(result.levers), tried=result.tried)
    out += [f"## {say(head)}" if md else say(head), ""]
    for i, lever in enumerate(result.levers, 1):
        out += _lever(lever, lang, say, f"{i}. ", md=md, detail=detail)
    return "\n".join(out).rstrip("\n") + "\n"


def _lever(lever: Lever, lang: str, say: Any, number: str, *, md: bool, detail: bool) -> list[str]:
    pad = " " * len(number)
    out = []
    for k, step in enumerate(lever.steps):
        lead = number if k == 0 else pad
        qid = f" [{step.question.id}]" if detail else ""
        out.append(f"{lead}{say(step.question.text.get(lang))}{say(qid)}")
        out.append(f"{pad}{say(step_words(step, lang))}")
    for c in lever.changes:
        bullet = "- " if md else "• "
        out.append(f"{pad}{bullet}{say(change_words(c, lang, detail=detail))}")
    if lever.opens:
        names = t("list.sep", lang).join(q.text.get(lang) for q in lever.opens)
        out.append(f"{pad}{say(t('whatif.opens', lang, questions=names))}")
    out.append("")
    return out


def step_words(step: Step, lang: str) -> str:
    """e.g. `yes → no`, or for a many_of `add: Food` / `remove: Food`."""
    q = step.question
    if step.choice is not None and q.type == "many_of":
        choice = q.choice(step.choice)
        label = choice.label.get(lang) if choice else step.choice
        return t("whatif.added" if step.added else "whatif.removed", lang, choice=label)
    return f"{answer_words(q, step.before, lang)} → {answer_words(q, step.after, lang)}"


def answer_words(q: Question, value: Value | None, lang: str) -> str:
    return value_text(q, value, lang, ids=False)


def status_words(status: str | None, lang: str) -> str:
    return t("whatif.depends", lang) if status is None else t(f"status.{status}", lang)


def change_words(c: Change, lang: str, *, detail: bool = False) -> str:
    """e.g. `EDI licence: required → review — <the deciding rule's reason>`."""
    colon = t("colon", lang)
    line = (f"{c.filing.name.get(lang)}{colon}{status_words(c.before, lang)} → "
            f"{status_words(c.after, lang)}")
    if c.rules_after:
        line += " — " + c.rules_after[0].effect.reason.get(lang)
    if detail:
        rules = ", ".join(r.rule.id for r in c.rules_after) or "-"
        line += f" [{c.filing.id}; {rules}]"
    return line


def _goal(goal: Goal, lang: str, say: Any, *, md: bool, detail: bool) -> list[str]:
    head = t("whatif.goal", lang, filing=goal.filing.name.get(lang), status=t(f"status.{goal.want}", lang))
    out = [f"## {say(head)}" if md else say(head), ""]
    if goal.already:
        return [*out, say(t("whatif.goal.already", lang, status=t(f"status.{goal.want}", lang)))]
    if not goal.found:
        out.append(say(t("whatif.goal.none", lang, tried=goal.tried)))
    else:
        out.append(say(t("whatif.goal.found", lang, size=len(goal.found[0].steps), n=len(goal.found),
                         tried=goal.tried)))
        out.append("")
        for i, lever in enumerate(goal.found, 1):
            out += _lever(lever, lang, say, f"{i}. ", md=md, detail=detail)
    names = t("list.sep", lang).join(q.id if detail else q.text.get(lang) for q in goal.questions)
    if detail or not goal.found:
        out.append(say(t("whatif.goal.scope", lang, questions=names)))
    return out


# --- JSON ---------------------------------------------------------------------------------------

def _value(value: Value | None) -> Any:
    return list(value) if isinstance(value, tuple) else value


def step_dict(step: Step, lang: str) -> dict[str, Any]:
    return {"question": step.question.id, "text": step.question.text.get(lang),
            "before": _value(step.before), "after": _value(step.after),
            "choice": step.choice, "added": step.added if step.choice is not None else None,
            "words": step_words(step, lang)}


def change_dict(c: Change, lang: str) -> dict[str, Any]:
    return {"filing": c.filing.id, "name": c.filing.name.get(lang), "from": c.before, "to": c.after,
            "rules_from": [r.rule.id for r in c.rules_before],
            "rules_to": [r.rule.id for r in c.rules_after],
            "reason": c.rules_after[0].effect.reason.get(lang) if c.rules_after else None}


def lever_dict(lever: Lever, lang: str) -> dict[str, Any]:
    return {"steps": [step_dict(s, lang) for s in lever.steps],
            "changes": [change_dict(c, lang) for c in lever.changes],
            "opens": [q.id for q in lever.opens]}


def to_dict(result: WhatIf, lang: str) -> dict[str, Any]:
    rb = result.report.rulebook
    goal = result.goal
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "icpcheck", "version": __version__},
        "rulebook": {"id": rb.id, "version": rb.version, "sha256": rb.sha256},
        "as_of": result.report.as_of.isoformat(),
        "lang": lang,
        "answers": {a.id: _value(a.value) for a in result.report.answers},
        "statuses": {f.filing.id: f.status for f in result.report.filings},
        "tried": result.tried,
        "levers": [lever_dict(lv, lang) for lv in result.levers],
        "goal": None if goal is None else {
            "filing": goal.filing.id, "want": goal.want, "already": goal.already, "tried": goal.tried,
            "size": len(goal.found[0].steps) if goal.found else None,
            "found": [lever_dict(lv, lang) for lv in goal.found],
            "questions": [q.id for q in goal.questions],
        },
    }
