"""`icpcheck questions`: every question, its type, choices, when it applies, how to answer it."""

from __future__ import annotations

import json
from typing import Any, cast

import click

from icpcheck import conditions as cond
from icpcheck.cli_common import debug_option, lang_option, rules_option, safely
from icpcheck.model import Question, Rulebook

# The words of the text listing, per output language (the JSON form keeps ids and English).
WORDS = {
    "en": {"yes_no": "yes/no", "one_of": "one of", "many_of": "one or more of", "default": "default",
           "when": "asked when", "flag": "flag", "always": "always", "is": "{q} is {v}",
           "in": "{q} is one of {v}", "has": "{q} includes {v}", "has_any": "{q} includes any of {v}",
           "not": "not ({c})", "and": " and ", "or": " or ", "sep": ", "},
    "zh": {"yes_no": "是/否", "one_of": "单选", "many_of": "多选", "default": "默认",
           "when": "何时提问", "flag": "命令行", "always": "总是", "is": "{q} 为 {v}",
           "in": "{q} 为 {v} 之一", "has": "{q} 包含 {v}", "has_any": "{q} 包含 {v} 中任一项",
           "not": "并非（{c}）", "and": " 且 ", "or": " 或 ", "sep": "、"},
}


@click.command()
@rules_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@lang_option
@debug_option
@safely
def questions(rules_path: str | None, fmt: str, lang: str | None, debug: bool) -> int:
    """List every question: id, type, choices, when it applies, and the flag / JSON key that
    answers it."""
    from icpcheck.i18n import default_lang
    from icpcheck.loader import load_rulebook

    lang = lang or default_lang()
    rulebook = load_rulebook(rules_path)
    if fmt == "json":
        data = to_dict(rulebook, lang)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        click.echo(to_text(rulebook, lang), nl=False)
    return 0


def to_dict(rulebook: Rulebook, lang: str) -> dict[str, Any]:
    """The JSON form (questions.schema.json), in the rulebook's order (the order they are asked)."""
    return {
        "schema_version": "1.0",
        "rulebook": {"id": rulebook.id, "version": rulebook.version, "sha256": rulebook.sha256},
        "lang": lang,
        "questions": [question(q, lang) for q in rulebook.questions],
    }


def question(q: Question, lang: str) -> dict[str, Any]:
    default = list(q.default) if isinstance(q.default, tuple) else q.default
    return {
        "id": q.id,
        "type": q.type,
        "text": q.text.get(lang),
        "help": q.help.get(lang) if q.help else None,
        "choices": [{"value": c.value, "label": c.label.get(lang)} for c in q.choices],
        "default": default,
        "when": condition_data(q.when),
        "when_text": condition_words(q.when),
        "flag": f"-a {q.id}={example(q)}",
        "json": f'"{q.id}": {json_example(q)}',
    }


def example(q: Question) -> str:
    """The value part of `-a id=...`: yes|no, a|b|c, or e.g. a,b for many_of (any non-empty set)."""
    values = [c.value for c in q.choices]
    if q.type == "yes_no":
        return "yes|no"
    if q.type == "one_of":
        return "|".join(values)
    return ",".join(values[:2])


def json_example(q: Question) -> str:
    values = [c.value for c in q.choices]
    if q.type == "yes_no":
        return "true|false"
    if q.type == "one_of":
        return "|".join(json.dumps(v) for v in values)
    return json.dumps(values[:2])


def condition_data(c: cond.Condition | None) -> Any:
    """A condition in the rulebook's own notation (as in the YAML), or null for 'always'."""
    if c is None:
        return None
    if isinstance(c, cond.Compare):
        value: Any = c.value
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, frozenset):
            value = sorted(value)
        return {"q": c.q, c.op: value}
    if isinstance(c, cond.Not):
        return {"not": condition_data(c.item)}
    key = "all" if isinstance(c, cond.All) else "any"
    return {key: [condition_data(i) for i in c.items]}


def condition_words(c: cond.Condition | None, nested: bool = False, lang: str = "en") -> str:
    """e.g. `third_party_sellers is yes and channels includes mini_program`; 'always' for none."""
    w = WORDS.get(lang, WORDS["en"])
    if c is None:
        return w["always"]
    if isinstance(c, cond.Compare):
        v = c.value
        if c.op == "is":
            return w["is"].format(q=c.q, v="yes" if v else "no")
        if c.op == "eq":
            return w["is"].format(q=c.q, v=v)
        if c.op == "has":
            return w["has"].format(q=c.q, v=v)
        return w[c.op].format(q=c.q, v=w["sep"].join(sorted(cast("frozenset[str]", v))))
    if isinstance(c, cond.Not):
        return w["not"].format(c=condition_words(c.item, lang=lang))
    joiner = w["and"] if isinstance(c, cond.All) else w["or"]
    text = joiner.join(condition_words(i, nested=True, lang=lang) for i in c.items)
    return f"({text})" if nested else text


def to_text(rulebook: Rulebook, lang: str) -> str:
    w = WORDS.get(lang, WORDS["en"])
    colon = "：" if lang == "zh" else ": "
    out: list[str] = []
    for q in rulebook.questions:
        d = question(q, lang)
        out.append(f"{q.id}  ({w[q.type]})" if lang != "zh" else f"{q.id}  （{w[q.type]}）")
        out.append(f"  {d['text']}")
        for c in q.choices:
            out.append(f"    - {c.value}{colon}{c.label.get(lang)}")
        if d["default"] is not None:
            shown = (",".join(d["default"]) if isinstance(d["default"], list)
                     else ("yes" if d["default"] else "no") if isinstance(d["default"], bool)
                     else d["default"])
            out.append(f"  {w['default']}{colon}{shown}")
        out.append(f"  {w['when']}{colon}{condition_words(q.when, lang=lang)}")
        out.append(f"  {w['flag']}{colon}{d['flag']}")
        out.append(f"  JSON{colon}{d['json']}")
        out.append("")
    return "\n".join(out)
