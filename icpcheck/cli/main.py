"""The command line: the `icpcheck` group, its commands, and the process entry point."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from icpcheck import __version__
from icpcheck.cli.options import EXIT_CODES_HELP, exit_code_for, quiet_stdout
from icpcheck.errors import EXIT_OK, UsageError

# Each command lives in its own module under icpcheck/cli/; register it here. A module is
# imported only when its command runs (or help lists it), so `check` pays for no other command.
COMMANDS = {
    "check": "icpcheck.cli.check:check",
    "questions": "icpcheck.cli.questions:questions",
    "explain": "icpcheck.cli.explain:explain",
    "rules": "icpcheck.cli.rules:rules",
    "schema": "icpcheck.cli.schema:schema",
}


class DefaultGroup(click.Group):
    """`icpcheck [OPTIONS]` means `icpcheck check [OPTIONS]`; commands are imported lazily."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            import importlib

            module, _, attr = COMMANDS[cmd_name].partition(":")
            self.add_command(getattr(importlib.import_module(module), attr), cmd_name)
        return self.commands.get(cmd_name)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # A real command line cannot hold NUL (argv is C strings); in-process callers can, and
        # os.stat() in click's path checks raises ValueError on it.
        if any("\x00" in arg for arg in args):
            raise click.UsageError("a command-line argument contains a NUL byte", ctx=ctx)
        if not args and ctx.resilient_parsing:
            return super().parse_args(ctx, args)  # shell completion of `icpcheck <TAB>`: commands
        known = args and (args[0] in COMMANDS or args[0] in self.commands)
        if args and not known and not args[0].startswith("-"):
            # `check` takes no bare words, so a first word that is no command is a mistyped one.
            import difflib

            close = difflib.get_close_matches(args[0], self.list_commands(ctx), n=1)
            raise click.UsageError(f"no command {args[0]!r}" + (
                f" (did you mean {close[0]!r}?)" if close else ""), ctx=ctx)
        if not known and (not args or args[0] not in ("-h", "--help", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def _main_shell_completion(self, ctx_args: Any, prog_name: str,
                               complete_var: str | None = None) -> None:
        # Runs first in every `main`; only a shell asking for completions needs ours registered.
        var = complete_var or f"_{prog_name}_COMPLETE".replace("-", "_").upper()
        if os.environ.get(var):
            import icpcheck.cli.completion  # noqa: F401 - registers a bash completion that copes with `=`
        super()._main_shell_completion(ctx_args, prog_name, complete_var)

    def main(self, args: Any = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        """Click's standalone mode prints "Aborted!" and exits 1 on Ctrl-C; map every failure
        outside a command body (bad options, Ctrl-C while parsing) through the same handler."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        argv = sys.argv[1:] if args is None else list(args)
        try:
            rv = super().main(argv, prog_name, complete_var, False, **extra)
        except (Exception, KeyboardInterrupt) as exc:  # noqa: BLE001 - mapped to exit codes
            code = exit_code_for(_command_after_options(exc, argv), lang=_lang_in(argv),
                                 debug="--debug" in argv)
        else:
            code = rv if isinstance(rv, int) else EXIT_OK
        sys.exit(code)


@click.group(cls=DefaultGroup, epilog=EXIT_CODES_HELP,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="icpcheck")
def cli() -> None:
    """Which filings and licences (ICP备案, ICP许可证, EDI许可证, ...) a WeChat micro-mall
    in China needs, and why. Without a command, runs `check`."""


def _command_after_options(exc: BaseException, argv: list[str]) -> BaseException:
    """`icpcheck --lang zh questions`: options before a command made it `check`'s stray word. When
    the command takes those options, say so and give the line in order."""
    message = exc.message if isinstance(exc, click.UsageError) else ""
    if not message.startswith("Got unexpected extra argument") or "--" in argv:
        return exc
    word = message.partition("(")[2].split(" ", 1)[0].rstrip(")")
    ctx = click.Context(cli)
    check, command = cli.get_command(ctx, "check"), cli.get_command(ctx, word)
    if check is None or command is None or command is check:
        return exc
    i = 0  # where the command word stands: past each of check's options and its value
    while i < len(argv) and argv[i] != word:
        i += 2 if _takes_value(check, argv[i]) else 1
    rest = argv[i:]
    if isinstance(command, click.Group) and len(rest) > 1:
        command = command.get_command(ctx, rest[1]) or command
    names = {name for p in command.params for name in (*p.opts, *p.secondary_opts)}
    if i == len(argv) or any(a.startswith("-") and a.split("=", 1)[0] not in names for a in argv[:i]):
        return exc
    import shlex

    return UsageError(f"{word!r} is a command: its options go after it",
                      hint=f"e.g. {shlex.join(['icpcheck', *rest, *argv[:i]])}")


def _takes_value(command: click.Command, arg: str) -> bool:
    return any(isinstance(p, click.Option) and arg in p.opts and not p.is_flag and not p.count
               for p in command.params)


def _lang_in(argv: list[str]) -> str:
    """--lang as given on a command line that may not have parsed, else the locale's."""
    from icpcheck.i18n import default_lang

    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        else:
            value = arg[len("--lang="):] if arg.startswith("--lang=") else ""
        if value in ("zh", "en"):
            return value
    return default_lang()


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI; a closed stdout (`| head`) or Ctrl-C ends quietly."""
    try:
        cli.main(args=argv, prog_name="icpcheck")
        code: Any = EXIT_OK
    except SystemExit as exit_:
        code = exit_.code
    except KeyboardInterrupt as exc:  # between click's handler and here
        code = exit_code_for(exc, lang="en", debug=False)
    try:
        # Flush here, not at interpreter exit, where a closed pipe prints "Exception ignored".
        if sys.stdout is not None:  # None when started with stdout closed (`>&-`)
            sys.stdout.flush()
    except BrokenPipeError:
        quiet_stdout()
    except (OSError, ValueError):
        pass
    sys.exit(code)
