"""The questions as data and in words: what `icpcheck questions` prints, what the Python API's
`icpcheck.questions()`, the web API and the MCP server return (questions.schema.json).

How to answer on the command line (the `flag` field) is the CLI's to say: it
passes `flag=` and the field appears in `icpcheck questions`' output only."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from icpcheck.i18n import t
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Invalid, Question, Rulebook

Flag = Callable[[Question], str]  # a question -> how a front end's own syntax answers it


def to_dict(rulebook: Rulebook, lang: str, flag: Flag | None = None) -> dict[str, Any]:
    """The JSON form (questions.schema.json), in the rulebook's order (the order they are asked)."""
    return {
        "schema_version": "1.0",
        "rulebook": {"id": rulebook.id, "version": rulebook.version, "sha256": rulebook.sha256},
        "lang": lang,
        "questions": [question(q, lang, flag) for q in rulebook.questions],
    }


def question(q: Question, lang: str, flag: Flag | None = None) -> dict[str, Any]:
    default = list(q.default) if isinstance(q.default, tuple) else q.default
    d: dict[str, Any] = {
        "id": q.id,
        "type": q.type,
        "text": q.text.get(lang),
        "help": q.help.get(lang) if q.help else None,
        "choices": [{"value": c.value, "label": c.label.get(lang)} for c in q.choices],
        "default": default,
        "when": condition_data(q.when),
        "when_text": condition_words(q.when),
        "json": f'"{q.id}": {json_example(q)}',
    }
    if flag is not None:
        d["flag"] = flag(q)
    return d


def example(q: Question) -> str:
    """An answer's value in words a command line takes: yes|no, a|b|c, or e.g. a,b for many_of (a set
    it accepts)."""
    values = [c.value for c in q.choices]
    if q.type == "yes_no":
        return "yes|no"
    if q.type == "one_of":
        return "|".join(values)
    return ",".join(many_example(q))


def many_example(q: Question) -> list[str]:
    """The first two choices the one parser takes together (an exclusive "none of these" choice
    goes only alone), else the first choice."""
    values = [c.value for c in q.choices]
    pairs = ([a, b] for i, a in enumerate(values) for b in values[i + 1:])
    return next((pair for pair in pairs if not isinstance(q.parse(pair), Invalid)), values[:1])


def json_example(q: Question) -> str:
    values = [c.value for c in q.choices]
    if q.type == "yes_no":
        return "true|false"
    if q.type == "one_of":
        return "|".join(json.dumps(v) for v in values)
    return json.dumps(many_example(q))


def condition_data(c: cond.Condition | None) -> Any:
    """A condition in the rulebook's own notation (as in the YAML), or null for 'always'."""
    if c is None:
        return None

    def leaf(compare: cond.Compare) -> Any:
        value: Any = compare.value
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, frozenset):
            value = sorted(value)
        return {"q": compare.q, compare.op: value}

    def branch(node: cond.All | cond.AnyOf | cond.Not, parts: list[Any]) -> Any:
        if isinstance(node, cond.Not):
            return {"not": parts[0]}
        return {"all" if isinstance(node, cond.All) else "any": parts}

    return cond.fold(c, leaf, branch)


def condition_words(c: cond.Condition | None, nested: bool = False, lang: str = "en") -> str:
    """e.g. `a is yes and kinds includes x`; 'always' for none."""
    if c is None:
        return t("when.always", lang)

    def leaf(compare: cond.Compare) -> str:
        v = compare.value
        if isinstance(v, bool):
            return t("when.is", lang, q=compare.q, v="yes" if v else "no")
        if isinstance(v, frozenset):  # in, has_any
            return t(f"when.{compare.op}", lang, q=compare.q, v=t("when.sep", lang).join(sorted(v)))
        return t("when.is" if compare.op == "eq" else "when.has", lang, q=compare.q, v=v)

    def branch(node: cond.All | cond.AnyOf | cond.Not, parts: list[str]) -> str:
        if isinstance(node, cond.Not):
            return t("when.not", lang, c=parts[0])
        joiner = t("when.and" if isinstance(node, cond.All) else "when.or", lang)
        # An all / any inside another is bracketed; one directly under a `not` is not.
        return joiner.join(f"({part})" if isinstance(item, (cond.All, cond.AnyOf)) else part
                           for item, part in zip(node.items, parts, strict=True))

    text = cond.fold(c, leaf, branch)
    return f"({text})" if nested and isinstance(c, (cond.All, cond.AnyOf)) else text


def to_text(rulebook: Rulebook, lang: str, flag: Flag | None = None) -> str:
    colon = t("colon", lang)
    out: list[str] = []
    for q in rulebook.questions:
        d = question(q, lang, flag)
        out.append(t("questions.type", lang, id=q.id, type=t(f"type.{q.type}", lang)))
        out.append(f"  {d['text']}")
        for c in q.choices:
            out.append(f"    - {c.value}{colon}{c.label.get(lang)}")
        if d["default"] is not None:
            shown = (",".join(d["default"]) if isinstance(d["default"], list)
                     else ("yes" if d["default"] else "no") if isinstance(d["default"], bool)
                     else d["default"])
            out.append(f"  {t('questions.default', lang)}{colon}{shown}")
        out.append(f"  {t('questions.when', lang)}{colon}{condition_words(q.when, lang=lang)}")
        if flag is not None:
            out.append(f"  {t('questions.flag', lang)}{colon}{d['flag']}")
        out.append(f"  JSON{colon}{d['json']}")
        out.append("")
    return "\n".join(out)
