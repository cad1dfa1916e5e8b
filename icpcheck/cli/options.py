"""What every command shares: exit-code help, common options, and the one error-to-exit-code mapping."""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import click

from icpcheck.cli.help import LANG_KEY, HelpGroup, HelpInLanguage, click_speak, click_speaks, exit_codes, lang_in
from icpcheck.errors import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    CommandLineError,
    IcpcheckError,
    InternalError,
    system_failure,
)
from icpcheck.i18n import N_
from icpcheck.messages import Msg
from icpcheck.rulebook.reader import MAX_BYTES_DEFAULT
from icpcheck.words import parse_date

# Every exit code (the group's epilog: without a command it runs check).
EXIT_CODES_HELP = exit_codes(0, 1, 2, 3, 4, 5, 6, 130, zero="report produced")

F = TypeVar("F", bound=Callable[..., Any])

_MAX_MESSAGE = 2000  # long enough for every missing answer of a large rulebook


class Run:
    """What the command line said about how to report, noted as soon as each option is parsed (the
    shared options are eager), so that an error later in parsing is reported the same way. It is
    click's ctx.obj: run_command makes it, and reads it again after the contexts are gone."""

    def __init__(self) -> None:
        self.lang: str | None = None
        self.debug = False
        self.rules_path: str | None = None
        self.be_quiet = False


def _run_of(ctx: click.Context) -> Run | None:
    return ctx.obj if isinstance(ctx.obj, Run) else None


def _noted(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """A shared option's callback: a value given is noted in the run; a command's own option, not
    given, takes the value noted before it (`icpcheck --lang zh questions`)."""
    run = _run_of(ctx)
    if run is None or param.name is None:
        return value
    if value:
        setattr(run, param.name, value)
        if param.name == "lang":
            click_speak(value)  # click's own messages from here on (a usage error later in parsing)
    return value or getattr(run, param.name)


def _no_color(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    if value:
        os.environ["NO_COLOR"] = "1"  # what the text report, rich and click read
    return value


def quiet() -> bool:
    """Whether --quiet was given (before or after the command): no notes, warnings or summaries on
    stderr, errors only."""
    ctx = click.get_current_context(silent=True)
    run = _run_of(ctx) if ctx is not None else None
    return run is not None and run.be_quiet


class StdoutClosed(Exception):
    """The reader of stdout went away (`| head`); raised in place of click's own exit 1 for it."""


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, handled as Ctrl-C is (a file being written is removed, one line on
    stderr) but ending with 128 + the signal's number, as a shell reports a process it ended."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def signals_as_interrupts() -> Iterator[None]:
    """While the command runs, SIGTERM and SIGHUP raise Terminated; a second one ends the process
    at once. Signals the caller ignores (nohup) stay ignored; outside the main thread, nothing."""
    import signal
    import threading

    def handle(signum: int, frame: object) -> None:
        signal.signal(signum, signal.SIG_DFL)
        raise Terminated(signum)

    before: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            signum = getattr(signal, name, None)  # no SIGHUP on Windows
            if signum is not None and signal.getsignal(signum) is signal.SIG_DFL:
                before[signum] = signal.signal(signum, handle)
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)


# Where stdout's encoding cannot say a character (cp1252 for redirected output on Windows), it is
# written as a JSON-style escape (\u5185; a surrogate pair beyond U+FFFF), which is readable, and
# valid JSON inside a JSON string, rather than failing the whole report.
ESCAPE_ERRORS = "icpcheck-escape"


def _escape_unencodable(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeEncodeError):
        raise err
    out = []
    for ch in err.object[err.start:err.end]:
        code = ord(ch)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), err.end


codecs.register_error(ESCAPE_ERRORS, _escape_unencodable)


def stdout_is_utf8() -> bool:
    """Whether stdout takes any text as it is (UTF-8, or a test runner's capture)."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def _escape_what_stdout_cannot_encode() -> None:
    if sys.stdout is None or stdout_is_utf8():
        return
    try:
        sys.stdout.reconfigure(errors=ESCAPE_ERRORS)  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):  # not a text file of the io module
        pass


class ExtraArguments(click.UsageError):
    """Words left over after a command's options and arguments: click's own message (and its
    msgid, so in click's language), kept apart for the options-before-a-command hint."""

    def __init__(self, words: list[str], ctx: click.Context) -> None:
        from gettext import ngettext  # as click says it (cli/help.py binds click's language)

        self.words = words
        super().__init__(ngettext("Got unexpected extra argument ({args})",
                                  "Got unexpected extra arguments ({args})", len(words))
                         .format(args=" ".join(words)), ctx=ctx)


def run_command(command: click.Command, args: list[str],
                explain: Callable[[BaseException], BaseException] | None = None) -> int:
    """Run a command line (click not in its standalone mode) and return its exit code; any failure
    becomes one line on stderr through exit_code_for. `explain` may put a failure better first."""
    from icpcheck.i18n import default_lang

    run = Run()
    _escape_what_stdout_cannot_encode()
    # Click says its own messages (usage errors) in the language known when it raises them:
    # --lang once parsed (_noted), else ICPCHECK_LANG or the locale.
    with click_speaks(default_lang()):
        try:
            rv = command.main(args=args, prog_name="icpcheck", standalone_mode=False, obj=run)
            code = rv if isinstance(rv, int) else EXIT_OK
        except (Exception, KeyboardInterrupt) as exc:  # noqa: BLE001 - mapped to exit codes, here only
            code = exit_code_for(explain(exc) if explain else exc, lang=run.lang or default_lang(),
                                 debug=run.debug)
    try:
        # Flush here, not at interpreter exit, where a closed pipe prints "Exception ignored".
        if sys.stdout is not None:  # None when started with stdout closed (`>&-`)
            sys.stdout.flush()
    except BrokenPipeError:
        quiet_stdout()
    except (OSError, ValueError):
        pass
    return code


class _Shared(HelpInLanguage):
    """What every icpcheck command and group has: the shared options (shared_params), help in the
    help language (cli/help.py), and a closed stdout taken for the end of the reader."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        shared_params(self)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError as exc:  # click itself would end with exit 1 on a closed stdout
            raise StdoutClosed() from exc

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # --help is eager and may come before --lang: the help language is read from the words.
        ctx.meta.setdefault(LANG_KEY, lang_in(args))
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:  # did-you-mean names only the options the help shows
            hidden = {name for p in self.params if getattr(p, "hidden", False) for name in p.opts}
            shown = [name for name in exc.possibilities or () if name not in hidden]
            raise click.NoSuchOption(exc.option_name, possibilities=shown, ctx=exc.ctx) from None


class Group(_Shared, HelpGroup):
    """A group of icpcheck commands (`rules`, and the `icpcheck` group itself)."""


class Command(_Shared):
    """A command whose leftover words raise ExtraArguments; run on its own (click's test runner),
    it reports failures as `icpcheck` does."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        sys.exit(run_command(self, sys.argv[1:] if args is None else list(args)))

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        allowed = ctx.allow_extra_args
        ctx.allow_extra_args = True
        try:
            rest = super().parse_args(ctx, args)
        finally:
            ctx.allow_extra_args = allowed
        if rest and not allowed and not ctx.resilient_parsing:
            raise ExtraArguments(list(rest), ctx)
        return rest


def _one_line(text: str) -> str:
    """Control characters (newlines, terminal escapes, bidi overrides) in a message come from user
    input: shown escaped, so that an error is always one line and cannot repaint the terminal."""
    from icpcheck.render.escape import terminal_line

    text = terminal_line(text)
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def _say(text: str) -> None:
    try:
        click.echo(text, err=True)
    except (OSError, ValueError):  # stderr closed too: nothing more can be said
        pass


def fail(err: IcpcheckError, lang: str = "en") -> None:
    """Print an error as one line (where + what) and an optional hint line, in the output language."""
    from icpcheck.messages import labelled

    _say(f"icpcheck: {labelled('error', lang)}{_one_line(err.text(lang))}")
    if err.hint_msg is not None:
        _say(f"  {labelled('hint', lang)}{_one_line(err.hint_msg.text(lang))}")


def exit_code_for(exc: BaseException, *, lang: str, debug: bool) -> int:
    """The one place where a failure becomes what the user sees and an exit code."""
    from icpcheck.messages import label

    if isinstance(exc, click.exceptions.Exit):
        return exc.exit_code
    if isinstance(exc, (BrokenPipeError, StdoutClosed)):
        # The reader of stdout went away (`| head`): nothing to report to anyone.
        quiet_stdout()
        return EXIT_OK
    if isinstance(exc, (KeyboardInterrupt, click.exceptions.Abort, EOFError)):
        # click's prompt turns any interrupt into Abort; the signal is still its context.
        signal = exc if isinstance(exc, Terminated) else exc.__context__
        # After ^C at a prompt the cursor sits on the prompt's line: end it first.
        start = "\n" if isatty(sys.stderr) else ""
        if isinstance(signal, Terminated):
            import signal as signals

            name = signals.Signals(signal.signum).name
            _say(f"{start}icpcheck: {label('interrupted', lang)} ({name})")
            return 128 + signal.signum
        _say(f"{start}icpcheck: {label('interrupted', lang)}")
        return EXIT_INTERRUPTED
    if debug:
        import traceback  # only for --debug: ~1 ms to import on every run

        traceback.print_exc()
    err = as_error(exc)
    fail(err, lang)
    return err.exit_code


def as_error(exc: BaseException) -> IcpcheckError:
    """Any failure as an icpcheck error with a message in the catalogue."""
    if isinstance(exc, IcpcheckError):
        return exc
    if isinstance(exc, OSError):
        # The system refused (disk full, stdout on a closed terminal): not a bug, and not the input.
        return system_failure(exc)
    if isinstance(exc, click.ClickException):
        # Click's own parsing errors (unknown option, bad choice): a usage error, exit 2.
        ctx = getattr(exc, "ctx", None)
        path = ctx.command_path if ctx is not None else "icpcheck"
        # Its message is click's, in click's language (cli/help.py's click_speak).
        return CommandLineError.of(Msg("{problem}", problem=exc.format_message()),
                                   hint=Msg("`{command} --help` lists the options", command=path))
    return InternalError("internal error: {detail}", detail=f"{type(exc).__name__}: {exc}",
                         hint="this is a bug in icpcheck; rerun with --debug and report the traceback")


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


if TYPE_CHECKING:  # click 8.5 made ParamType generic; older clicks cannot be subscripted
    _ParamType = click.ParamType[str, Any]
else:
    _ParamType = click.ParamType


class FileName(_ParamType):
    """A file name, taken as given: icpcheck opens the file itself and says what is wrong with it
    in its own words and exit code (click.Path would check it first, and answer an unreadable
    --answers file with a usage error, exit 2); a shell completes it as a file name."""

    name = "file"

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        return [CompletionItem(incomplete, type="file")]


FILE = FileName()


def max_bytes_option(func: F) -> F:
    return click.option(
        "--max-input-bytes", "max_input_bytes", type=click.IntRange(min=1),
        default=MAX_BYTES_DEFAULT, envvar="ICPCHECK_MAX_INPUT_BYTES", show_default=True,
        metavar="N", help="Refuse any rulebook or answers file larger than this "
                          "(also ICPCHECK_MAX_INPUT_BYTES).")(func)


# The options every command shares: (names, settings), declared once. A command that declares
# one of them (through the decorators below) shows it in its help; every other command and group
# takes it too, hidden (SharedOptions), so that it may stand before or after any command word:
# `icpcheck --lang zh questions`, `icpcheck schema report --lang zh`. Click gives an option to
# the one command whose word it follows; accepting it everywhere is icpcheck's contract.
SHARED: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "--debug": (("--debug", "debug"), {"is_flag": True, "is_eager": True, "callback": _noted,
                               "help": N_("Show tracebacks of errors.")}),
    "--quiet": (("-q", "--quiet", "be_quiet"), {
        "is_flag": True, "is_eager": True, "callback": _noted,
        "help": N_("Print no notes, warnings or summaries on stderr; errors only.")}),
    "--no-color": (("--no-color", "no_color"), {"is_flag": True, "is_eager": True, "callback": _no_color,
                                     "help": N_("No colour in terminal output (also NO_COLOR).")}),
    "--lang": (("--lang", "lang"), {"type": click.Choice(["zh", "en"]), "is_eager": True, "callback": _noted,
                             "help": N_("Output language (default: ICPCHECK_LANG, else zh for a zh* "
                                        "locale, else en).")}),
    "--rules": (("--rules", "rules_path"), {"metavar": "PATH", "type": FILE, "callback": _noted,
                                            "help": N_("Use this rulebook instead of the built-in one.")}),
}


def _shared(name: str) -> Callable[[F], F]:
    decls, settings = SHARED[name]
    return click.option(*decls, **settings)


debug_option = _shared("--debug")
quiet_option = _shared("--quiet")
no_color_option = _shared("--no-color")
lang_option = _shared("--lang")
rules_option = _shared("--rules")


def common_options(func: F) -> F:
    """The options every command takes, shown in its help: --lang, --rules, --debug, --no-color,
    --quiet."""
    for option in (debug_option, quiet_option, no_color_option, lang_option, rules_option):
        func = option(func)
    return func


def shared_params(command: click.Command) -> None:
    """Add to a command, hidden and not passed to its function, each shared option it does not
    declare: its callback notes the value in the run (ctx.obj), where the rest of icpcheck reads it."""
    have = {name for p in command.params for name in p.opts}
    for name, (decls, settings) in SHARED.items():
        if name not in have:
            command.params.append(click.Option(decls, hidden=True, expose_value=False, **settings))


def parse_as_of(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    date = parse_date(value)
    if date is None:
        raise CommandLineError("--as-of {value} is not a date", hint="use YYYY-MM-DD", value=repr(value))
    return date
