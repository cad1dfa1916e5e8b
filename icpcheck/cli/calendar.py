"""`icpcheck calendar`: what comes due for what you hold, as text, JSON or an .ics file to import.

The answers come as for `check` (the same options: -a, --model, --answers, --held, the
interview); the obligations are dated from the `held:` entries' dates (icpcheck.obligations)."""

from __future__ import annotations

import sys
from typing import Any

import click

from icpcheck.cli import check as check_cli
from icpcheck.cli.help import exit_codes
from icpcheck.cli.options import (
    Command,
    debug_option,
    lang_option,
    max_bytes_option,
    parse_as_of,
    quiet,
    quiet_option,
    rules_option,
)
from icpcheck.errors import EXIT_GATE, EXIT_OK, CommandLineError, IcpcheckError, SystemFailure

FORMATS = ("text", "json", "ics")
EXTENSIONS = {".ics": "ics", ".json": "json"}
# The options shared with `check`, the very same ones (their help, completion and checks).
SHARED = ("pairs", "models", "answers_file", "save_file", "held", "fail_on", "as_of", "no_input", "strict")
CALENDAR_EXIT = exit_codes(0, 1, 2, 3, 4, 6, 130, zero="calendar produced",
                           one="the gate failed: an obligation is overdue (or due within the days asked), or "
                               "--fail-on required|review failed")
FORMAT_HELP = ("Calendar format: text, json (schema: `icpcheck schema calendar`) or ics (import into a calendar "
               "program). Default: from --output's extension (.ics, .json), otherwise text.")
OUTPUT_HELP = "Write the calendar to FILE (atomically; - for stdout)."


def _shared(func: Any) -> Any:
    """Put check's own option objects on `func`, in check's order."""
    params = {p.name: p for p in check_cli.check.params}
    func.__click_params__ = getattr(func, "__click_params__", []) + [params[n] for n in reversed(SHARED)]
    return func


@click.command(cls=Command, epilog=CALENDAR_EXIT)
@rules_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), help=FORMAT_HELP)
@click.option("-o", "--output", "output", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True),
              help=OUTPUT_HELP)
@lang_option
@max_bytes_option
@debug_option
@quiet_option
@_shared
def calendar(rules_path: str | None, fmt: str | None, output: str | None, lang: str | None, max_input_bytes: int,
             debug: bool, be_quiet: bool, pairs: tuple[str, ...], models: tuple[str, ...], answers_file: str | None,
             save_file: str | None, held: tuple[str, ...], fail_on: str | None, as_of: str | None, no_input: bool,
             strict: bool) -> int:
    """What comes due for what you hold: annual reports, renewals, changes to report.

    \b
    Examples:
      icpcheck calendar --answers mall.yaml              the duties, most urgent first
      icpcheck calendar --answers mall.yaml -o due.ics   a file to import into your calendar
      icpcheck calendar --answers mall.yaml --fail-on overdue

    Dates come from `held:` in the answers file (granted, expires, events, done) or --held ID:DATE."""
    import os

    from icpcheck import checking
    from icpcheck.cli import flags
    from icpcheck.cli.held_dates import held_flags, with_dates
    from icpcheck.i18n import default_lang
    from icpcheck.rulebook.build import load_rulebook

    if output == "-":
        output = None
    shown = fmt or EXTENSIONS.get(os.path.splitext(output or "")[1].lower(), "text")
    lang = lang or default_lang()
    date = parse_as_of(as_of)
    if save_file == "-":
        raise CommandLineError("--save-answers needs a file: standard output carries the report",
                               hint="e.g. --save-answers mall.yaml")
    rulebook = load_rulebook(rules_path, max_bytes=max_input_bytes)
    holdings = held_flags(held, rulebook)
    request, session = check_cli.request_of(
        rulebook, date, pairs=pairs, models=models, answers_file=answers_file, holdings=holdings,
        fail_on=fail_on or "none", strict=strict, no_input=no_input, lang=lang, max_bytes=max_input_bytes)
    try:
        outcome = checking.run(request)
    except IcpcheckError as err:
        raise flags.phrased(err, rulebook) from None
    outcome = with_dates(outcome, session.dated if session else ())
    for warning in outcome.warnings:
        check_cli.warn(warning, lang)
    report = outcome.report
    if save_file is not None:
        check_cli.save_answers(save_file, rulebook, report.answers, outcome.holdings, lang)
    text = render(report, shown, lang)
    if output is not None:
        from icpcheck.atomic import write_atomic

        check_cli.writing(output, lambda: write_atomic(output, text))
    else:
        if sys.stdout is None:
            raise check_cli.stdout_closed()
        click.echo(text, nl=False)
    if not report.gate_passed and not quiet():
        click.echo(f"icpcheck: {check_cli.summary_line(report, lang)}", err=True)
    return EXIT_OK if report.gate_passed else EXIT_GATE


def render(report: Any, fmt: str, lang: str) -> str:
    from icpcheck.render import calendar as cal

    if fmt == "json":
        from icpcheck.render.escape import json_text  # C1 and bidi controls as \u escapes: same data
        from icpcheck.render.json import calendar_dict, dumps_indented

        return json_text(dumps_indented(calendar_dict(report, lang))) + "\n"
    if fmt == "ics":
        from icpcheck.render import ics

        try:
            return ics.render(report, lang)
        except ics.MissingLibrary:
            raise SystemFailure("--format ics needs the icalendar package, which is not installed",
                                hint="pip install 'icpcheck[calendar]'") from None
    return cal.render_text(report, lang)
