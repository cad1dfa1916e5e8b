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
from icpcheck.errors import EXIT_GATE, EXIT_OK, AnswersError, CommandLineError, cannot_write
from icpcheck.gate import FAIL_ON
from icpcheck.messages import Joined, Msg, Warning
from icpcheck.render import FORMATS

if TYPE_CHECKING:
    from icpcheck.engine import Answer
    from icpcheck.gate import Holdings
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
              help="Answer a question, e.g. -a paid_content=no (repeatable).")
@click.option("--model", "models", multiple=True, metavar="MODEL",
              shell_complete=_complete("model_ids"),
              help="Shorthand for the article's models: self-operated, platform, paid-content "
                   "(repeatable; mixed models combine).")
@click.option("--answers", "answers_file", metavar="FILE", type=click.Path(),
              help="Read answers (and held filings, waivers) from a JSON or YAML file; - reads "
                   "standard input. In a terminal, only new or no-longer-valid questions are "
                   "asked.")
@click.option("--save-answers", "save_file", metavar="FILE", type=click.Path(),
              help="Write the answers used (with their source, the rulebook and tool version) to a "
                   "YAML file that --answers replays.")
@click.option("--held", "held", multiple=True, metavar="FILING",
              shell_complete=_complete("filing_ids"),
              help="A filing you already hold, e.g. --held icp_filing (repeatable).")
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
@max_bytes_option
@debug_option
def check(rules_path: str | None, pairs: tuple[str, ...], models: tuple[str, ...],
          answers_file: str | None, save_file: str | None, held: tuple[str, ...],
          fail_on: str | None, fmt: str, output: str | None, batch_file: str | None,
          lang: str | None, as_of: str | None, no_input: bool, max_input_bytes: int,
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

        return run_batch(rulebook, batch_file, output, holdings=holdings, fail_on=fail_on,
                         as_of=date, lang=lang)

    interactive = not no_input and answers_file != "-" and stdin_is_terminal()
    given: dict[str, Answer] = {}
    if answers_file is not None:
        given, from_file = read_answers_file(rulebook, answers_file, interactive, lang, max_input_bytes)
        holdings = holdings.plus(from_file)
    given.update(ans.from_models(rulebook, models))
    given.update(ans.from_pairs(rulebook, pairs))
    answers, warnings = ans.drop_irrelevant(rulebook, given)
    for warning in warnings:
        warn(warning, lang)

    answers = collect(rulebook, answers, date, lang, interactive)
    # A default filled in just now can make a given answer moot (e.g. `activities` defaulting to
    # none makes `wechat_only` not apply): drop and name it too, rather than show it unused.
    answers, late = ans.drop_irrelevant(rulebook, answers)
    for warning in late:
        warn(warning, lang)
    warnings = [*warnings, *late]
    from icpcheck.engine import evaluate

    report = gate.apply(evaluate(rulebook, answers, date, tuple(warnings)), holdings, fail_on)
    for note in report.gate.notes if report.gate else ():
        warn(note, lang)
    if save_file is not None:
        save_answers(save_file, rulebook, report, holdings)
    emit(report, fmt, lang, output)
    return EXIT_OK if report.gate_passed else EXIT_GATE


def read_answers_file(rulebook: Rulebook, path: str, interactive: bool, lang: str,
                      max_bytes: int) -> tuple[dict[str, Answer], Holdings]:
    """Answers, held filings and waivers from --answers FILE. In a terminal, answers that no longer
    validate are dropped (and asked again) with a warning; otherwise they are an error (exit 3)."""
    from icpcheck import answers as ans
    from icpcheck import gate
    from icpcheck.rulebook.reader import parse_document, read_source

    name = "<stdin>" if path == "-" else path
    doc = parse_document(read_source(path, error=AnswersError, max_bytes=max_bytes), name=name,
                         error=AnswersError)
    drift = ans.rulebook_drift(rulebook, doc.data, name=name)
    if drift:
        warn(drift, lang)
    dropped: list[Msg] = []
    answers = ans.from_document(rulebook, doc.data, name=name, dropped=dropped if interactive else None)
    if dropped:
        warn(Warning("answers_dropped", "dropped {n} answer(s) from {name} that no longer validate; they will "
                     "be asked again: {items}", n=len(dropped), name=name, items=Joined(dropped)), lang)
    holdings = gate.holdings_from_document(doc.data, (f.id for f in rulebook.filings), name=name)
    return answers, holdings


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
    if report.gate is not None and not report.gate.passed:
        click.echo(f"icpcheck: {summary_line(report)}", err=True)  # the reason for exit 1, in CI logs


def collect(rulebook: Any, answers: dict[str, Any], date: dt.date, lang: str,
            interactive: bool) -> dict[str, Any]:
    """Ask what is still open (in a terminal) or fill defaults; still missing → exit 3."""
    from icpcheck.engine import open_questions, question_states, relevance

    if interactive and open_questions(rulebook, _values(answers), date):
        from icpcheck.cli.prompt import interview

        return interview(rulebook, answers, date, lang)
    answers = fill_defaults(rulebook, answers, date)
    missing = open_questions(rulebook, _values(answers), date)
    if missing:
        states = question_states(rulebook, _values(answers))
        # A question with a default that may not apply is filled once it does: name the others,
        # the answers only the user can give (all of them, if every open one has a default).
        missing = [q for q in missing if q.default is None] or missing
        flags = Joined((
            Msg("{q} (-a {q}={value}, if it applies)", q=q.id, value=_flag_value(q))
            if relevance(rulebook, states, q) is None else Msg("{q} (-a {q}={value})", q=q.id, value=_flag_value(q))
            for q in missing), sep=", ")
        raise AnswersError(
            "missing answers and no terminal to ask: {flags}",
            hint="or pass --answers FILE, or --model {models}" if rulebook.models else "or pass --answers FILE",
            flags=flags, models="|".join(m.id for m in rulebook.models),
        )
    return answers


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
    (fail on required): icp_license`."""
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


def _values(answers: dict[str, Any]) -> dict[str, Any]:
    return {k: a.value for k, a in answers.items()}


def fill_defaults(rulebook: Any, answers: dict[str, Any], date: dt.date) -> dict[str, Any]:
    """Apply defaults to open questions until none with a default is left (one may open more)."""
    from icpcheck.answers import with_defaults
    from icpcheck.engine import open_questions

    while True:
        pending = open_questions(rulebook, _values(answers), date)
        filled = with_defaults(rulebook, answers, pending)
        if len(filled) == len(answers):
            return filled
        answers = filled


def _flag_value(q: Any) -> str:
    if q.type == "yes_no":
        return "yes|no"
    return "|".join(c.value for c in q.choices)
