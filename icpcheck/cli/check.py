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
    rules_option,
)
from icpcheck.errors import EXIT_GATE, EXIT_OK, CommandLineError, cannot_write
from icpcheck.gate import FAIL_ON
from icpcheck.messages import Msg
from icpcheck.render import FORMATS

if TYPE_CHECKING:
    from icpcheck import gate
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
@lang_option
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Evaluate the rules (and waivers) as "
              "of this date (default: today).")
@click.option("--no-input", is_flag=True, help="Never prompt, even in a terminal.")
@click.option("--strict", is_flag=True, help="Take no answer from a default: an unanswered question "
              "that would be assumed is an answers error (exit 3) naming what to answer.")
@max_bytes_option
@debug_option
def check(rules_path: str | None, pairs: tuple[str, ...], models: tuple[str, ...],
          answers_file: str | None, save_file: str | None, held: tuple[str, ...],
          fail_on: str | None, fmt: str, output: str | None, batch_file: str | None,
          lang: str | None, as_of: str | None, no_input: bool, strict: bool, max_input_bytes: int,
          debug: bool) -> int:
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
        from icpcheck.batch import run_batch

        worst = run_batch(rulebook, batch_file, output, holdings=holdings, fail_on=fail_on,
                          as_of=date, lang=lang, strict=strict)
        if output is not None:
            click.echo(f"icpcheck: wrote {output} (batch; exit code {worst})", err=True)
        return worst

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
    session = Session(lang) if interactive else None
    try:
        done = ans.complete(rulebook, given, date, ask=session.ask if session else None)
        if strict:
            problem = ans.strict_error(rulebook, done)
            if problem is not None:
                raise problem
        assumed = ans.assumed_line(rulebook, done)
        if assumed is not None:
            warn(assumed, lang)
        for warning in done.warnings:
            warn(warning, lang)
        from icpcheck.engine import evaluate

        result = evaluate(rulebook, done.answers, date, done.warnings)
        if session is not None and session.asked:
            session.answers = dict(done.answers)
            holdings = holdings.plus(session.held(result, holdings))
    except (KeyboardInterrupt, click.exceptions.Abort, EOFError):
        # Ctrl-C (or Ctrl-D) in the interview: keep what was answered when asked to save it.
        if session is not None and session.answers and save_file is not None:
            save_answers(save_file, rulebook, session.answers.values(), holdings)
            warn(Msg("saved the answers so far to {path}; resume with --answers {path}", path=save_file),
                 lang)
        raise
    report = gate.apply(result, holdings, fail_on)
    for note in gate.gate_of(report).notes:
        warn(note, lang)
    if save_file is not None:
        save_answers(save_file, rulebook, report.answers, holdings)
    emit(report, fmt, lang, output)
    return EXIT_OK if report.gate_passed else EXIT_GATE


class Session:
    """The interview as the answers pipeline's `ask` callback, and what it has gathered so far
    (for Ctrl-C with --save-answers, and to know whether to ask which filings are held)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.answers: dict[str, Answer] = {}
        self.asked = False

    def ask(self, rulebook: Rulebook, answers: dict[str, Answer], as_of: dt.date) -> dict[str, Answer]:
        from icpcheck.cli.prompt import interview  # imported only when a person is there

        self.asked = True
        self.answers = dict(answers)
        return interview(rulebook, answers, as_of, self.lang, progress=self.answers)

    def held(self, result: Any, holdings: gate.Holdings) -> gate.Holdings:
        """Which of the filings that came out required or review (and are not held yet) the
        person already holds."""
        from icpcheck.cli.prompt import ask_held
        from icpcheck.engine import plan
        from icpcheck.gate import Holdings

        listed = [f.filing for f in plan(result) if f.filing.id not in holdings.held]
        return Holdings(ask_held(listed, self.lang))


def emit(report: Any, fmt: str, lang: str, output: str | None) -> None:
    """The report to stdout, or atomically to --output with a one-line summary on stderr."""
    from icpcheck.render import render

    # A report written to a file is plain text even when run in a terminal: no colour codes.
    text = render(report, fmt, lang, terminal=False if output is not None else None)
    if output is not None:
        from icpcheck.atomic import write_atomic

        writing(output, lambda: write_atomic(output, text))
        click.echo(f"icpcheck: wrote {output}: {summary_line(report)}", err=True)
        return
    click.echo(text, nl=False)
    if not report.gate_passed:
        click.echo(f"icpcheck: {summary_line(report)}", err=True)  # the reason for exit 1, in CI logs




def save_answers(path: str, rulebook: Any, answers: Any, holdings: Any) -> None:
    import yaml

    from icpcheck import __version__
    from icpcheck.answers import to_document
    from icpcheck.atomic import write_atomic
    from icpcheck.gate import to_document as holdings_document

    saved = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    doc = to_document(rulebook, answers, tool_version=__version__, saved=saved)
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
