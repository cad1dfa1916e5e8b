"""`icpcheck questions`: every question, its type, choices, when it applies, how to answer it."""

from __future__ import annotations

import json

import click

from icpcheck.cli.help import exit_codes
from icpcheck.cli.options import FILE, Command, debug_option, lang_option, rules_option
from icpcheck.render.questions import example, to_dict, to_text
from icpcheck.rulebook.model import Question


def flag(q: Question) -> str:
    """How the command line answers q, e.g. `-a paid_content=yes|no` (the `flag` field)."""
    return f"-a {q.id}={example(q)}"


@click.command(cls=Command, epilog=exit_codes(0, 2, 4, 5, 6))
@rules_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.option("--for", "for_file", metavar="ANSWERS", type=FILE,
              help="Only the questions still open given this answers file (text), each with the filings its "
                   "answer can change and its help.")
@lang_option
@debug_option
def questions(rules_path: str | None, fmt: str, lang: str | None, debug: bool,
              for_file: str | None = None) -> int:
    """List every question: id, type, choices, when it applies, and the flag / JSON key that
    answers it.

    \b
    Examples:
      icpcheck questions                 in words
      icpcheck questions --format json   for a form or a script"""
    from icpcheck.i18n import default_lang, machine_lang
    from icpcheck.rulebook.build import load_rulebook

    lang = lang or (machine_lang() if fmt == "json" else default_lang())
    rulebook = load_rulebook(rules_path)
    if for_file is not None:
        from icpcheck.cli.why import open_with_why

        click.echo(open_with_why(rulebook, for_file, fmt, lang), nl=False)
        return 0
    if fmt == "json":
        data = to_dict(rulebook, lang, flag)
        from icpcheck.render.escape import json_text  # raw C1 and bidi controls would reach a terminal

        click.echo(json_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)))
    else:
        from icpcheck.render.escape import terminal  # rulebook text is shown, never obeyed

        click.echo(terminal(to_text(rulebook, lang, flag)), nl=False)
    return 0
