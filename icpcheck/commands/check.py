"""`icpcheck check`: collect answers (flags > file > prompt), evaluate, render the report."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

import click

from icpcheck.cli_common import (
    EXIT_CODES_HELP,
    debug_option,
    isatty,
    lang_option,
    max_bytes_option,
    parse_as_of,
    rules_option,
    safely,
)
from icpcheck.errors import EXIT_OK, AnswersError


@click.command(epilog=EXIT_CODES_HELP)
@rules_option
@click.option("-a", "--answer", "pairs", multiple=True, metavar="ID=VALUE",
              help="Answer a question, e.g. -a paid_content=no (repeatable).")
@click.option("--model", "models", multiple=True, metavar="MODEL",
              help="Shorthand for the article's models: self-operated, platform, paid-content "
                   "(repeatable; mixed models combine).")
@click.option("--answers", "answers_file", metavar="FILE",
              help="Read answers from a JSON or YAML file; - reads standard input.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="Report format.")
@lang_option
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Evaluate the rules as of this date "
              "(default: today).")
@click.option("--no-input", is_flag=True, help="Never prompt, even in a terminal.")
@max_bytes_option
@debug_option
@safely
def check(rules_path: str | None, pairs: tuple[str, ...], models: tuple[str, ...],
          answers_file: str | None, fmt: str, lang: str | None, as_of: str | None,
          no_input: bool, max_input_bytes: int, debug: bool) -> int:
    """Work out which filings your mall needs. Precedence: flags > file > prompt."""
    from icpcheck import answers as ans
    from icpcheck.engine import evaluate, open_questions, question_states, relevance
    from icpcheck.i18n import default_lang
    from icpcheck.loader import load_rulebook
    from icpcheck.messages import label, localize
    from icpcheck.reader import parse_document, read_source
    from icpcheck.render import render

    lang = lang or default_lang()
    date = parse_as_of(as_of)
    rulebook = load_rulebook(rules_path, max_bytes=max_input_bytes)

    given: dict[str, ans.Answer] = {}
    if answers_file is not None:
        name = "<stdin>" if answers_file == "-" else answers_file
        raw = read_source(answers_file, error=AnswersError, max_bytes=max_input_bytes)
        doc = parse_document(raw, name=name, error=AnswersError)
        given.update(ans.from_document(rulebook, doc.data, name=name))
    given.update(ans.from_models(rulebook, models))
    given.update(ans.from_pairs(rulebook, pairs))
    answers, warnings = ans.drop_irrelevant(rulebook, given)
    for warning in warnings:
        click.echo(f"icpcheck: {label('warning', lang)}: {localize(warning, lang)}", err=True)

    interactive = not no_input and answers_file != "-" and isatty(sys.stdin)
    if interactive and open_questions(rulebook, _values(answers), date):
        from icpcheck.prompt import interview

        answers = interview(rulebook, answers, date, lang)
    else:
        answers = _fill_defaults(rulebook, answers, date)
        missing = open_questions(rulebook, _values(answers), date)
        if missing:
            states = question_states(rulebook, _values(answers))
            flags = ", ".join(
                f"{q.id} (-a {q.id}={_flag_value(q)}"
                + (", if it applies)" if relevance(rulebook, states, q) is None else ")")
                for q in missing
            )
            raise AnswersError(
                f"missing answers and no terminal to ask: {flags}",
                hint="or pass --answers FILE, or --model "
                + "|".join(m.id for m in rulebook.models),
            )

    report = evaluate(rulebook, answers, date, tuple(warnings))
    click.echo(render(report, fmt, lang), nl=False)
    return EXIT_OK


def _values(answers: dict[str, Any]) -> dict[str, Any]:
    return {k: a.value for k, a in answers.items()}


def _fill_defaults(rulebook: Any, answers: dict[str, Any], date: dt.date) -> dict[str, Any]:
    """Apply defaults to open questions until none with a default is left (a default may open more)."""
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
