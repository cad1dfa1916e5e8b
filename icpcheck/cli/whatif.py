"""`icpcheck whatif`: which other answer would change which filing, and what it would take to
make one filing not required."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from icpcheck.cli.check import _complete
from icpcheck.cli.help import exit_codes
from icpcheck.cli.options import (
    FILE,
    Command,
    debug_option,
    lang_option,
    max_bytes_option,
    parse_as_of,
    quiet_option,
    rules_option,
)
from icpcheck.errors import EXIT_OK, CommandLineError, IcpcheckError

if TYPE_CHECKING:
    from icpcheck.rulebook.model import Rulebook


def answer_options(func: click.decorators.FC) -> click.decorators.FC:
    """The answer sources of `check` (-a, --model, --answers, --held, --as-of, --no-input)."""
    for option in reversed((
        click.option("-a", "--answer", "pairs", multiple=True, metavar="ID=VALUE",
                     shell_complete=_complete("answer_pairs"),
                     help="Answer a question by its id (repeatable), as for `check`."),
        click.option("--model", "models", multiple=True, metavar="MODEL", shell_complete=_complete("model_ids"),
                     help="A business model of the rulebook standing for a set of answers (repeatable)."),
        click.option("--answers", "answers_file", metavar="FILE", type=FILE,
                     help="Read answers (and held filings, waivers) from a JSON or YAML file; - reads "
                          "standard input."),
        click.option("--held", "held", multiple=True, metavar="FILING", shell_complete=_complete("filing_ids"),
                     help="A filing you already hold, by its id (repeatable)."),
        click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Evaluate the rules as of this date "
                     "(default: today)."),
        click.option("--no-input", is_flag=True, help="Never prompt, even in a terminal."),
    )):
        func = option(func)
    return func


def parse_goal(text: str | None, rulebook: Rulebook) -> tuple[str, str] | None:
    """`--goal not:FILING` or `required:FILING`."""
    from icpcheck.whatif import GOALS
    from icpcheck.words import did_you_mean

    if text is None:
        return None
    kind, sep, fid = text.partition(":")
    if not sep or kind not in GOALS:
        raise CommandLineError("--goal {goal}: expected not:FILING or required:FILING",
                               hint="e.g. --goal not:edi_license", goal=repr(text))
    known = [f.id for f in rulebook.filings]
    if fid not in known:
        raise CommandLineError("--goal {goal}: no such filing{suggest}", hint="choose from: {values}",
                               goal=repr(text), suggest=did_you_mean(fid, known), values=", ".join(known))
    return kind, fid


@click.command(cls=Command, epilog=exit_codes(0, 2, 3, 4, 5, 6, 130))
@rules_option
@answer_options
@click.option("--goal", "goal", metavar="not:FILING",
              help="Also search the smallest change of answers (one, else two) that makes FILING not "
                   "required (not:FILING) or required (required:FILING).")
@click.option("--format", "fmt", type=click.Choice(("text", "markdown", "json")), default="text",
              show_default=True, help="Output format.")
@click.option("--detail", is_flag=True, help="Text and Markdown: add question, filing and rule ids.")
@lang_option
@max_bytes_option
@debug_option
@quiet_option
def whatif(rules_path: str | None, pairs: tuple[str, ...], models: tuple[str, ...],
           answers_file: str | None, held: tuple[str, ...], as_of: str | None, no_input: bool,
           goal: str | None, fmt: str, detail: bool, lang: str | None, max_input_bytes: int,
           debug: bool, be_quiet: bool) -> int:
    """Which other answer would change which filing: every question that applies, each other
    answer, checked again.

    \b
    Examples:
      icpcheck whatif --answers mall.yaml
      icpcheck whatif --answers mall.yaml --goal not:edi_license
      icpcheck whatif --model marketplace --format json

    Answers come from flags (-a, --model) first, then --answers FILE, then the interview; levers
    that remove a filing come first."""
    from icpcheck.cli import flags
    from icpcheck.i18n import default_lang, machine_lang
    from icpcheck.render.whatif import render
    from icpcheck.rulebook.build import load_rulebook
    from icpcheck.whatif import what_if

    say_lang = lang or default_lang()
    out_lang = lang or (machine_lang() if fmt == "json" else say_lang)
    rulebook = load_rulebook(rules_path, max_bytes=max_input_bytes)
    wanted = parse_goal(goal, rulebook)
    from icpcheck.cli.check import request_of

    request, _ = request_of(rulebook, parse_as_of(as_of), pairs=pairs, models=models, answers_file=answers_file,
                            holdings=flags.held(held, rulebook), fail_on=None, strict=False, no_input=no_input,
                            lang=say_lang, max_bytes=max_input_bytes, held_step=False)
    try:
        result = what_if(request, goal=wanted)
    except IcpcheckError as err:
        raise flags.phrased(err, rulebook) from None
    text = render(result, fmt, out_lang, detail=detail)
    click.echo(text, nl=False)
    return EXIT_OK
