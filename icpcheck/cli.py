"""The command line: parse options, call the library, turn errors into documented exit codes."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import click

from icpcheck import __version__
from icpcheck.errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    AnswersError,
    IcpcheckError,
    UsageError,
)

EXIT_CODES_HELP = """\b
Exit codes:
  0    report produced
  1    a CI gate tripped (reserved)
  2    usage error (bad option or flag value)
  3    answers invalid or missing
  4    rulebook invalid
  5    internal error (a bug: please report it; --debug shows the traceback)
  130  interrupted (Ctrl-C)
"""

F = TypeVar("F", bound=Callable[..., Any])


class DefaultGroup(click.Group):
    """`icpcheck [OPTIONS]` means `icpcheck check [OPTIONS]`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)


def fail(err: IcpcheckError) -> None:
    click.echo(f"icpcheck: error: {err}", err=True)
    if err.hint:
        click.echo(f"  hint: {err.hint}", err=True)


def safely(func: F) -> F:
    """Run a command body so that no failure escapes as a traceback: each maps to an exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = bool(kwargs.get("debug"))
        try:
            code = func(*args, **kwargs)
        except IcpcheckError as err:
            if debug:
                traceback.print_exc()
            fail(err)
            code = err.exit_code
        except (KeyboardInterrupt, click.Abort):
            click.echo("\nicpcheck: interrupted", err=True)
            code = EXIT_INTERRUPTED
        except BrokenPipeError:
            raise  # handled once, in main()
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence is the point
            if debug:
                traceback.print_exc()
            click.echo(f"icpcheck: internal error: {type(exc).__name__}: {exc}", err=True)
            click.echo("  hint: this is a bug in icpcheck; rerun with --debug and report the "
                       "traceback", err=True)
            code = EXIT_INTERNAL
        sys.exit(code if isinstance(code, int) else EXIT_OK)

    return wrapper  # type: ignore[return-value]


def rules_option(func: F) -> F:
    return click.option("--rules", "rules_path", metavar="PATH",
                        help="Use this rulebook instead of the built-in one.")(func)


def lang_option(func: F) -> F:
    return click.option("--lang", type=click.Choice(["zh", "en"]),
                        help="Output language (default: zh for a zh* locale, else en).")(func)


def debug_option(func: F) -> F:
    return click.option("--debug", is_flag=True, help="Show tracebacks of errors.")(func)


def parse_as_of(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--as-of {value!r} is not a date", hint="use YYYY-MM-DD") from None


@click.group(cls=DefaultGroup, epilog=EXIT_CODES_HELP,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="icpcheck")
def cli() -> None:
    """Which filings and licences (ICP备案, ICP许可证, EDI许可证, ...) a WeChat micro-mall
    in China needs, and why. Without a command, runs `check`."""


@cli.command(epilog=EXIT_CODES_HELP)
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
@debug_option
@safely
def check(rules_path: str | None, pairs: tuple[str, ...], models: tuple[str, ...],
          answers_file: str | None, fmt: str, lang: str | None, as_of: str | None,
          no_input: bool, debug: bool) -> int:
    """Work out which filings your mall needs. Precedence: flags > file > prompt."""
    from icpcheck import answers as ans
    from icpcheck.engine import evaluate, open_questions
    from icpcheck.i18n import default_lang
    from icpcheck.loader import load_rulebook
    from icpcheck.reader import parse_document, read_source
    from icpcheck.render import render

    lang = lang or default_lang()
    date = parse_as_of(as_of)
    rulebook = load_rulebook(rules_path)

    given: dict[str, ans.Answer] = {}
    if answers_file is not None:
        name = "<stdin>" if answers_file == "-" else answers_file
        raw = read_source(answers_file, error=AnswersError)
        doc = parse_document(raw, name=name, error=AnswersError)
        given.update(ans.from_document(rulebook, doc.data, name=name))
    given.update(ans.from_models(rulebook, models))
    given.update(ans.from_pairs(rulebook, pairs))
    answers, warnings = ans.drop_irrelevant(rulebook, given)
    for warning in warnings:
        click.echo(f"icpcheck: warning: {warning}", err=True)

    interactive = not no_input and answers_file != "-" and sys.stdin.isatty()
    if interactive and open_questions(rulebook, _values(answers), date):
        from icpcheck.prompt import interview

        answers = interview(rulebook, answers, date, lang)
    else:
        answers = _fill_defaults(rulebook, answers, date)
        missing = open_questions(rulebook, _values(answers), date)
        if missing:
            flags = ", ".join(f"{q.id} (-a {q.id}={_flag_value(q)})" for q in missing)
            raise AnswersError(
                f"missing answers and no terminal to ask: {flags}",
                hint="or pass --answers FILE, or --model self-operated|platform|paid-content",
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


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI; a closed stdout (`| head`) ends quietly."""
    try:
        cli.main(args=argv, prog_name="icpcheck")
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        click.echo("\nicpcheck: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)


def _quiet_stdout() -> None:
    # Python flushes stdout again at exit; point it at /dev/null so that flush cannot fail loudly.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
