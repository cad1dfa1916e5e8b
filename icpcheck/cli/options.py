"""What every command shares: exit-code help, common options, and the error-to-exit-code wrapper."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from icpcheck.errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    IcpcheckError,
    InternalError,
    UsageError,
)
from icpcheck.rulebook.reader import MAX_BYTES_DEFAULT

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

# Control characters (newlines, terminal escapes) in a message come from user input: shown escaped,
# so that an error is always one line and cannot repaint the terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_MAX_MESSAGE = 2000  # long enough for every missing answer of a large rulebook


def _one_line(text: str) -> str:
    text = _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def _say(text: str) -> None:
    try:
        click.echo(text, err=True)
    except (OSError, ValueError):  # stderr closed too: nothing more can be said
        pass


def fail(err: IcpcheckError, lang: str = "en") -> None:
    """Print an error as one line (where + what) and an optional hint line, in the output language."""
    from icpcheck.messages import label, localize

    _say(f"icpcheck: {label('error', lang)}: {_one_line(err.where() + localize(err.message, lang))}")
    if err.hint:
        _say(f"  {label('hint', lang)}: {_one_line(localize(err.hint, lang))}")


def exit_code_for(exc: BaseException, *, lang: str, debug: bool) -> int:
    """The one place where a failure becomes what the user sees and an exit code."""
    from icpcheck.messages import label

    if isinstance(exc, click.exceptions.Exit):
        return exc.exit_code
    if isinstance(exc, BrokenPipeError):
        # The reader of stdout went away (`| head`): nothing to report to anyone.
        quiet_stdout()
        return EXIT_OK
    if isinstance(exc, (KeyboardInterrupt, click.exceptions.Abort, EOFError)):
        # After ^C at a prompt the cursor sits on the prompt's line: end it first.
        _say(("\n" if isatty(sys.stderr) else "") + f"icpcheck: {label('interrupted', lang)}")
        return EXIT_INTERRUPTED
    if debug:
        import traceback  # only for --debug: ~1 ms to import on every run

        traceback.print_exc()
    if isinstance(exc, IcpcheckError):
        fail(exc, lang)
        return exc.exit_code
    if isinstance(exc, OSError):
        # The system refused (disk full, stdout on a closed terminal): not a bug, and not the input.
        where = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        fail(UsageError(f"system error{where}: {exc.strerror or exc}",
                        hint="check the disk, permissions and where the output goes"), lang)
        return EXIT_USAGE
    if isinstance(exc, click.ClickException):
        # Click's own parsing errors (unknown option, bad choice): a usage error, exit 2.
        ctx = getattr(exc, "ctx", None)
        path = ctx.command_path if ctx is not None else "icpcheck"
        fail(UsageError(exc.format_message(), hint=f"`{path} --help` lists the options"), lang)
        return EXIT_USAGE
    fail(InternalError(f"internal error: {type(exc).__name__}: {exc}",
                       hint="this is a bug in icpcheck; rerun with --debug and report the "
                            "traceback"), lang)
    return EXIT_INTERNAL


def quiet_stdout() -> None:
    """Point stdout at /dev/null so that Python's final flush cannot fail loudly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def isatty(stream: Any) -> bool:
    """stream.isatty(), also for a stream that is missing (None) or closed."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def safely(func: F) -> F:
    """Run a command body so that no failure escapes as a traceback: each maps to an exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from icpcheck.i18n import default_lang

        debug = bool(kwargs.get("debug"))
        lang = kwargs.get("lang") or default_lang()
        try:
            code = func(*args, **kwargs)
        except (Exception, KeyboardInterrupt) as exc:  # noqa: BLE001 - the point of this wrapper
            code = exit_code_for(exc, lang=lang, debug=debug)
        sys.exit(code if isinstance(code, int) else EXIT_OK)

    return wrapper  # type: ignore[return-value]


def max_bytes_option(func: F) -> F:
    return click.option(
        "--max-input-bytes", "max_input_bytes", type=click.IntRange(min=1),
        default=MAX_BYTES_DEFAULT, envvar="ICPCHECK_MAX_INPUT_BYTES", show_default=True,
        metavar="N", help="Refuse any rulebook or answers file larger than this "
                          "(also ICPCHECK_MAX_INPUT_BYTES).")(func)


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
