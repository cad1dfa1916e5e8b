"""`icpcheck explain FILING`: what a filing is, issuer, legal basis, benefits, risks, cautions."""

from __future__ import annotations

import click

from icpcheck.cli import completion
from icpcheck.cli.help import exit_codes
from icpcheck.cli.options import Command, debug_option, lang_option, rules_option
from icpcheck.errors import CommandLineError
from icpcheck.rulebook.model import Rulebook


@click.command(cls=Command, epilog=exit_codes(0, 2, 4, 5, 6))
@rules_option
@click.argument("filing", shell_complete=completion.filing_ids)
@lang_option
@debug_option
def explain(rules_path: str | None, filing: str, lang: str | None, debug: bool) -> int:
    """Explain one filing (by its id): what it is, issuer, legal basis, benefits, risks and
    cautions.

    \b
    Examples:
      icpcheck explain FILING            FILING: the id under a filing's name in the report
      icpcheck explain FILING --lang en  in English"""
    from icpcheck.i18n import default_lang
    from icpcheck.rulebook.build import load_rulebook

    lang = lang or default_lang()
    rulebook = load_rulebook(rules_path)
    click.echo(to_text(rulebook, filing, lang), nl=False)
    return 0


def to_text(rulebook: Rulebook, fid: str, lang: str) -> str:
    from icpcheck.i18n import t
    from icpcheck.render.common import citation_text

    f = rulebook.filing(fid)
    if f is None:
        from icpcheck.words import did_you_mean

        known = [x.id for x in rulebook.filings]
        raise CommandLineError("no such filing {f}{suggest}", hint="choose from: {values}", f=repr(fid),
                               suggest=did_you_mean(fid, known), values=", ".join(known))
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
                out += [f"      {citation_text(c, lang)}" for c in a.citations]
    return "\n".join(out) + "\n"
