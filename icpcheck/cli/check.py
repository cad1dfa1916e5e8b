"""`icpcheck check`: collect answers (flags > file > prompt), evaluate, gate, render the report."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from icpcheck.cli.options import (
    EXIT_CODES_HELP,
    Command,
    debug_option,
    isatty,
    lang_option,
    max_bytes_option,
    parse_as_of,
    quiet,
    quiet_option,
    rules_option,
)
from icpcheck.errors import EXIT_GATE, EXIT_OK, CommandLineError, cannot_write
from icpcheck.gate import FAIL_ON
from icpcheck.messages import Msg
from icpcheck.render import FORMATS

if TYPE_CHECKING:
    from icpcheck.answers import Ask
    from icpcheck.engine import Answer
    from icpcheck.rulebook.model import Rulebook


def stdin_is_terminal() -> bool:
    """Whether a person can be asked (a seam for tests); a closed stdin (`<&-`) is not a terminal."""
    return isatty(sys.stdin)


def _complete(name: str) -> Callable[[click.Context, click.Parameter, str], list[Any]]:
    """A shell_complete callback that imports icpcheck.cli.completion only when a shell asks."""

    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from icpcheck.cli import completion

        result: list[Any] = getattr(completion, name)(ctx, param, incomplete)
        return result

    return complete


def warn(warning: Msg, lang: str) -> None:
    from icpcheck.messages import label

    if not quiet():
        click.echo(f"icpcheck: {label('warning', lang)}: {warning.text(lang)}", err=True)


@click.command(cls=Command, epilog=EXIT_CODES_HELP)
@rules_option
@click.option("-a", "--answer", "pairs", multiple=True, metavar="ID=VALUE",
              shell_complete=_complete("answer_pairs"),
              help="Answer a question by its id (repeatable); `icpcheck questions` lists the ids "
                   "and their values.")
@click.option("--model", "models", multiple=True, metavar="MODEL",
              shell_complete=_complete("model_ids"),
              help="A business model of the rulebook standing for a set of answers (repeatable; "
                   "mixed models combine); <TAB> lists them.")
@click.option("--answers", "answers_file", metavar="FILE", type=click.Path(),
              help="Read answers (and held filings, waivers) from a JSON or YAML file; - reads "
                   "standard input. In a terminal, only new or no-longer-valid questions are "
                   "asked.")
@click.option("--save-answers", "save_file", metavar="FILE", type=click.Path(),
              help="Write the answers used (with their source, the rulebook and tool version) to a "
                   "YAML file that --answers replays.")
@click.option("--held", "held", multiple=True, metavar="FILING",
              shell_complete=_complete("filing_ids"),
              help="A filing you already hold, by its id (repeatable); <TAB> completes the ids.")
@click.option("--fail-on", "fail_on", type=click.Choice(FAIL_ON),
              help="Exit 1 when a filing with this status is neither held nor under an unexpired "
                   "waiver (review: required or review). Default: required once anything is held "
                   "or waived, otherwise no gate.")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              default="text", show_default=True, help="Report format.")
@click.option("-o", "--output", "output", metavar="FILE", type=click.Path(),
              help="Write the report to FILE (atomically); a one-line summary goes to stderr.")
@click.option("--batch", "batch_file", metavar="FILE.jsonl", type=click.Path(),
              help="One answers object per line in (- for stdin), one JSON report per line out; "
                   "exits with the worst line's code.")
@click.option("--compact", is_flag=True,
              help="With --batch: write per line only the id, each filing's status, the blockers, "
                   "the gate and the exit code.")
@lang_option
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Evaluate the rules (and waivers) as "
              "of this date (default: today).")
@click.option("--no-input", is_flag=True, help="Never prompt, even in a terminal.")
@max_bytes_option
@debug_option
@quiet_option
def check(rules_path: str | None, pairs: tuple[str, ...], models: tuple[str, ...],
          answers_file: str | None, save_file: str | None, held: tuple[str, ...],
          fail_on: str | None, fmt: str, output: str | None, batch_file: str | None,
          compact: bool, lang: str | None, as_of: str | None, no_input: bool, max_input_bytes: int,
          debug: bool, be_quiet: bool) -> int:
    """Work out which filings your mall needs. Precedence: flags > file > prompt."""
    from icpcheck import answers as ans
    from icpcheck import gate
    from icpcheck.i18n import default_lang
    from icpcheck.rulebook.build import load_rulebook

    lang = lang or default_lang()
    date = parse_as_of(as_of)
    rulebook = load_rulebook(rules_path, max_bytes=max_input_bytes)
    holdings = gate.held_from_flags(held, (f.id for f in rulebook.filings))

    if batch_file is not None:
        clash = [name for name, on in (("-a", pairs), ("--model", models),
                                       ("--answers", answers_file), ("--save-answers", save_file))
                 if on]
        source = click.get_current_context().get_parameter_source("fmt")
        if clash or (source is click.core.ParameterSource.COMMANDLINE and fmt != "json"):
            raise CommandLineError("--batch takes each line's answers from its file; it cannot be combined "
                                   "with {options}", hint="batch output is always JSON Lines",
                                   options=", ".join(clash) or "--format " + fmt)
        return _batch(rulebook, batch_file, output, holdings=holdings, fail_on=fail_on, as_of=date,
                      lang=lang, compact=compact)
    if compact:
        raise CommandLineError("--compact is for --batch output", hint="batch output is always JSON Lines")

    interactive = not no_input and answers_file != "-" and stdin_is_terminal()
    from_file = None
    if answers_file is not None:
        from_file = ans.read_file(rulebook, answers_file, lenient=interactive,
                                  max_bytes=max_input_bytes)
        for warning in from_file.warnings:
            warn(warning, lang)
        holdings = holdings.plus(gate.holdings_from_document(
            from_file.data, (f.id for f in rulebook.filings),
            name="<stdin>" if answers_file == "-" else answers_file))
    given = ans.gather(file=from_file.answers if from_file else None,
                       models=ans.from_models(rulebook, models), flags=ans.from_pairs(rulebook, pairs))
    done = ans.complete(rulebook, given, date, ask=_interview(lang) if interactive else None)
    for warning in done.warnings:
        warn(warning, lang)
    from icpcheck.engine import evaluate

    report = gate.apply(evaluate(rulebook, done.answers, date, done.warnings), holdings, fail_on)
    for note in gate.gate_of(report).notes:
        warn(note, lang)
    if fmt in ("json", "junit") and fail_on != "none":  # --fail-on none: no gate, on purpose
        ungated_note(report, lang)
    if save_file is not None:
        save_answers(save_file, rulebook, report, holdings)
    emit(report, fmt, lang, output)
    return EXIT_OK if report.gate_passed else EXIT_GATE


def ungated_note(report: Any, lang: str) -> None:
    """A machine format with required or review filings and no gate: CI would stay green over them.
    Say once, on stderr, how to turn the gate on."""
    from icpcheck.gate import gate_of
    from icpcheck.messages import label

    if gate_of(report).fail_on is not None or quiet():
        return
    needed = sum(1 for f in report.filings if f.status in ("required", "review"))
    if needed:
        note = Msg("{n} filing(s) required or under review and no gate in force: list what you hold under "
                   "`held:` in the answers file (or --held), or pass --fail-on required, for CI to fail on them",
                   n=needed)
        click.echo(f"icpcheck: {label('note', lang)}: {note.text(lang)}", err=True)


def _batch(rulebook: Rulebook, path: str, output: str | None, *, holdings: Any, fail_on: str | None,
           as_of: dt.date, lang: str, compact: bool) -> int:
    """Run a batch; then one end line on stderr (a progress bar before it when stderr is a terminal)."""
    from icpcheck.batch import printable, run_batch

    done = run_batch(rulebook, path, output, holdings=holdings, fail_on=fail_on, as_of=as_of, lang=lang,
                     compact=compact, show_progress=isatty(sys.stderr) and not quiet())
    counts = done.by_status()
    end = Msg("batch: {lines} lines read, {reports} reports written, {errors} errors, {failures} gate "
              "failures; filings: {required} required, {review} review, {not_required} not required; "
              "exit code {code}", lines=done.lines, reports=done.reports, errors=done.errors,
              failures=done.gate_failures, code=done.worst, **counts)
    if output is not None:
        end = Msg("wrote {target}: {problem}", target=printable(output), problem=end)
    if not quiet():
        click.echo(f"icpcheck: {end.text(lang)}", err=True)
    return done.worst


def _interview(lang: str) -> Ask:
    """The interview as the answers pipeline's `ask` callback (imported only when a person is there)."""

    def ask(rulebook: Rulebook, answers: dict[str, Answer], as_of: dt.date) -> dict[str, Answer]:
        from icpcheck.cli.prompt import interview

        return interview(rulebook, answers, as_of, lang)

    return ask


def emit(report: Any, fmt: str, lang: str, output: str | None) -> None:
    """The report to stdout, or atomically to --output with a one-line summary on stderr."""
    from icpcheck.render import render

    # A report written to a file is plain text even when run in a terminal: no colour codes.
    text = render(report, fmt, lang, terminal=False if output is not None else None)
    if output is not None:
        from icpcheck.atomic import write_atomic

        writing(output, lambda: write_atomic(output, text))
        if not quiet():
            click.echo(f"icpcheck: wrote {output}: {summary_line(report)}", err=True)
        return
    click.echo(text, nl=False)
    if not report.gate_passed and not quiet():
        click.echo(f"icpcheck: {summary_line(report)}", err=True)  # the reason for exit 1, in CI logs




def save_answers(path: str, rulebook: Any, report: Any, holdings: Any) -> None:
    import yaml

    from icpcheck import __version__
    from icpcheck.answers import to_document
    from icpcheck.atomic import write_atomic
    from icpcheck.gate import to_document as holdings_document

    saved = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    doc = to_document(rulebook, report.answers, tool_version=__version__, saved=saved)
    doc.update(holdings_document(holdings))
    head = ("# icpcheck answers: replay with `icpcheck check --answers FILE`.\n"
            "# held: filings you hold; waivers: [{filing, reason, expires: 'YYYY-MM-DD'}].\n")
    text = head + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
    writing(path, lambda: write_atomic(path, text))


def writing(path: str, write: Any) -> None:
    """Run a write; a file that cannot be written is a usage error (exit 2) or a system error
    (exit 6), not a bug."""
    try:
        write()
    except OSError as err:
        raise cannot_write(path, err) from None


def summary_line(report: Any) -> str:
    """e.g. `2 required, 0 review, 3 not required; held 1, waived 0, missing 1; gate failed
    (fail on required): some_licence`."""
    from icpcheck.gate import gate_of
    from icpcheck.render.common import summary_counts

    counts = summary_counts(report)
    g = gate_of(report)
    gc = g.counts()
    line = (f"{counts['required']} required, {counts['review']} review, "
            f"{counts['not_required']} not required; held {gc['held']}, waived {gc['waived']}, "
            f"missing {gc['missing']}")
    if g.fail_on is None:
        return line + "; no gate"
    if g.passed:
        return line + f"; gate passed (fail on {g.fail_on})"
    return line + f"; gate FAILED (fail on {g.fail_on}): missing {', '.join(g.failing)}"
