"""What every command shares: exit-code help, common options, and the error-to-exit-code wrapper."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from icpcheck.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, IcpcheckError, UsageError

EXIT_CODES_HELP = """\b
Exit codes:
  0    report produced
  1    the CI gate failed: a needed filing is neither held nor waived
  2    usage error (bad option or flag value)
  3    answers invalid or missing
  4    rulebook invalid
  5    internal error (a bug: please report it; --debug shows the traceback)
  130  interrupted (Ctrl-C)
"""

F = TypeVar("F", bound=Callable[..., Any])


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
                _print_traceback()
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
                _print_traceback()
            click.echo(f"icpcheck: internal error: {type(exc).__name__}: {exc}", err=True)
            click.echo("  hint: this is a bug in icpcheck; rerun with --debug and report the "
                       "traceback", err=True)
            code = EXIT_INTERNAL
        sys.exit(code if isinstance(code, int) else EXIT_OK)

    return wrapper  # type: ignore[return-value]


def _print_traceback() -> None:
    import traceback  # only for --debug: it is ~1 ms to import on every run

    traceback.print_exc()


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
