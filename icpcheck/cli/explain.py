"""`icpcheck explain FILING`: what a filing is, issuer, legal basis, benefits, risks, cautions, and
the rules (in force on a date) that can set its status; FILING by id or by its zh/en name."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click

from icpcheck.cli import completion
from icpcheck.cli.help import exit_codes
from icpcheck.cli.options import Command, common_options, parse_as_of
from icpcheck.errors import CommandLineError
from icpcheck.rulebook.model import Filing, Rulebook


@click.command(cls=Command, epilog=exit_codes(0, 2, 4, 5, 6))
@click.argument("filing", required=False, shell_complete=completion.filing_ids)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="Output format.")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="List the rules in force on this date "
              "(default: today).")
@common_options
def explain(filing: str | None, fmt: str, as_of: str | None, lang: str | None, rules_path: str | None,
            **common: object) -> int:
    """Explain one filing (by its id or its zh/en name): what it is, issuer, legal basis,
    benefits, risks and cautions; without FILING, list the filings.

    \b
    Examples:
      icpcheck explain                   every filing, with its id and names
      icpcheck explain FILING            FILING: the id under a filing's name in the report
      icpcheck explain FILING --lang en  in English"""
    from icpcheck.i18n import default_lang
    from icpcheck.rulebook.build import load_rulebook

    lang = lang or default_lang()
    date = parse_as_of(as_of)
    rulebook = load_rulebook(rules_path)
    if filing is None:
        click.echo(_shown(listing(rulebook, fmt, lang), fmt), nl=False)
        return 0
    f = find(rulebook, filing)
    if fmt == "json":
        from icpcheck.render.escape import json_text

        click.echo(json_text(json.dumps(to_dict(rulebook, f, lang, date), ensure_ascii=False, indent=2,
                                        sort_keys=True)))
    elif fmt == "markdown":
        click.echo(to_markdown(rulebook, f, lang, date), nl=False)
    else:
        click.echo(_shown(to_text(rulebook, f.id, lang, date), fmt), nl=False)
    return 0


def find(rulebook: Rulebook, word: str) -> Filing:
    """A filing by its id, or by its name in either language (`ICP备案`, `ICP filing`), case and
    spaces aside."""
    found = rulebook.filing(word)
    if found is not None:
        return found
    key = _key(word)
    for f in rulebook.filings:
        names = (f.name.zh, f.name.en)
        # A name may carry the other language in brackets (`ICP filing (ICP备案)`): either part counts.
        parts = {_key(p) for n in names for p in (n, *n.replace("（", "(").replace("）", ")").strip(")").split("("))}
        if key in parts:
            return f
    from icpcheck.words import did_you_mean

    known = [x.id for x in rulebook.filings]
    raise CommandLineError("no such filing {f}{suggest}", hint="choose from: {values}", f=repr(word),
                           suggest=did_you_mean(word, known), values=", ".join(known))


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def listing(rulebook: Rulebook, fmt: str, lang: str) -> str:
    """What `explain` accepts: each filing's id and name."""
    rows = [(f.id, f.name.get(lang)) for f in rulebook.filings]
    if fmt == "json":
        from icpcheck.render.escape import json_text

        return json_text(json.dumps({"filings": [{"id": i, "name": n} for i, n in rows]}, ensure_ascii=False,
                                    indent=2)) + "\n"
    if fmt == "markdown":
        return "".join(f"- {_code(i)}: {_md(n)}\n" for i, n in rows)
    width = max((len(i) for i, _ in rows), default=0)
    return "".join(f"{i:<{width}}  {n}\n" for i, n in rows)


def _rules(rulebook: Rulebook, fid: str, as_of: dt.date) -> list[tuple[str, str, str | None, Any]]:
    """(rule id, status, layer, reason text) of each rule in force that sets this filing."""
    return [(r.id, e.status, e.layer, e.reason) for r in rulebook.rules if r.in_force(as_of)
            for e in r.effects if e.filing == fid]


def to_dict(rulebook: Rulebook, f: Filing, lang: str, as_of: dt.date) -> dict[str, Any]:
    from icpcheck.render.json import advice, citation
    from icpcheck.render.questions import condition_data

    items = [a for a in rulebook.advice if f.id in a.filings]
    return {
        "schema_version": "1.0",
        "rulebook": {"id": rulebook.id, "version": rulebook.version, "checked": rulebook.checked.isoformat(),
                     "sha256": rulebook.sha256},
        "as_of": as_of.isoformat(),
        "lang": lang,
        "filing": {
            "id": f.id,
            "name": f.name.get(lang),
            "what": f.what.get(lang),
            "issuer": f.issuer.get(lang),
            "basis": [citation(c, lang) for c in f.basis],
            # Each with the answers it applies to (null: always), as a report would pick it.
            **{kind + "s": [{**advice(a, lang), "when": condition_data(a.when)} for a in items if a.kind == kind]
               for kind in ("benefit", "risk", "caution")},
            "rules": [{"rule": rid, "status": status, "layer": layer, "text": text.get(lang)}
                      for rid, status, layer, text in _rules(rulebook, f.id, as_of)],
        },
    }


def to_markdown(rulebook: Rulebook, f: Filing, lang: str, as_of: dt.date) -> str:
    from icpcheck.i18n import t
    from icpcheck.render.common import citation_text

    colon = t("colon", lang)
    out = [f"# {_md(f.name.get(lang))} ({_code(f.id)})", "",
           f"**{t('head.what', lang)}**{colon}{_md(f.what.get(lang))}", "",
           f"**{t('head.issuer', lang)}**{colon}{_md(f.issuer.get(lang))}", "",
           f"## {t('head.basis', lang)}", ""]
    out += [f"- {_md(citation_text(c, lang))}" for c in f.basis]
    for kind in ("benefit", "risk", "caution"):
        items = [a for a in rulebook.advice if a.kind == kind and f.id in a.filings]
        if items:
            out += ["", f"## {t('kind.' + kind, lang)}", ""]
            out += [f"- {_md(a.text.get(lang))}{_in_brackets(_md_or_none(_applies(a, lang)), lang)}" for a in items]
    rules = _rules(rulebook, f.id, as_of)
    if rules:
        out += ["", f"## {_rules_head(as_of, lang)}", ""]
        out += [f"- {_code(rid)} → {t('status.' + status, lang)}{f' ({_md(layer)})' if layer else ''}: "
                f"{_md(text.get(lang))}" for rid, status, layer, text in rules]
    return "\n".join(out) + "\n"


def _applies(a: Any, lang: str) -> str | None:
    """"applies when: users_where is one_province" for advice a report shows only for some
    answers; None for advice that always applies."""
    from icpcheck.i18n import t
    from icpcheck.render.questions import condition_words

    if a.when is None:
        return None
    return f"{t('explain.when', lang)}{t('colon', lang)}{condition_words(a.when, lang=lang)}"


def _md_or_none(text: str | None) -> str | None:
    return None if text is None else _md(text)


def _in_brackets(words: str | None, lang: str) -> str:
    if words is None:
        return ""
    return f"（{words}）" if lang == "zh" else f" ({words})"


def _rules_head(as_of: dt.date, lang: str) -> str:
    from icpcheck.messages import Msg

    return Msg("Rules in force on {date}", date=as_of.isoformat()).text(lang)


def _md(text: str) -> str:
    """Text from the rulebook as Markdown that shows it as written: the one Markdown escaping
    (render/escape.py: no markup, raw HTML or control of its own), on one line."""
    from icpcheck.render.escape import markdown

    return markdown(" ".join(text.split()))


def _code(text: str) -> str:
    """An id from the rulebook as a Markdown code span, whatever backticks it holds."""
    from icpcheck.render.escape import markdown_code

    return markdown_code(text)


def to_text(rulebook: Rulebook, fid: str, lang: str, as_of: dt.date) -> str:
    from icpcheck.i18n import t
    from icpcheck.render.common import citation_text

    f = find(rulebook, fid)
    colon = t("colon", lang)
    out = [f"{f.name.get(lang)} ({f.id})", "",
           f"{t('head.what', lang)}{colon}{f.what.get(lang)}",
           f"{t('head.issuer', lang)}{colon}{f.issuer.get(lang)}", f"{t('head.basis', lang)}{colon.strip()}"]
    out += [f"  - {citation_text(c, lang)}" for c in f.basis]
    for kind in ("benefit", "risk", "caution"):
        items = [a for a in rulebook.advice if a.kind == kind and f.id in a.filings]
        if items:
            out += ["", f"{t('kind.' + kind, lang)}{colon.strip()}"]
            for a in items:
                out.append(f"  - {a.text.get(lang)}")
                applies = _applies(a, lang)  # a report shows it only for these answers
                if applies is not None:
                    out.append(f"      {applies}")
                out += [f"      {citation_text(c, lang)}" for c in a.citations]
    rules = _rules(rulebook, f.id, as_of)
    if rules:
        out += ["", f"{_rules_head(as_of, lang)}{colon.strip()}"]
        out += [f"  - {rid} → {t('status.' + status, lang)}{f' ({layer})' if layer else ''}: {text.get(lang)}"
                for rid, status, layer, text in rules]
    return "\n".join(out) + "\n"


def _shown(text: str, fmt: str) -> str:
    """Text for a terminal shows a rulebook's controls and escape sequences as escapes."""
    from icpcheck.render.escape import terminal

    return terminal(text) if fmt == "text" else text
