"""The command line: the `icpcheck` group, its commands, and the process entry point."""

from __future__ import annotations

import sys
from typing import Any

import click

from icpcheck import __version__
from icpcheck.cli_common import EXIT_CODES_HELP, exit_code_for, quiet_stdout
from icpcheck.commands.check import check
from icpcheck.commands.rules import rules
from icpcheck.commands.schema import schema
from icpcheck.commands.explain import explain
from icpcheck.commands.questions import questions
from icpcheck.errors import EXIT_OK


class DefaultGroup(click.Group):
    """`icpcheck [OPTIONS]` means `icpcheck check [OPTIONS]`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # A real command line cannot hold NUL (argv is C strings); in-process callers can, and
        # os.stat() in click's path checks raises ValueError on it.
        if any("\x00" in arg for arg in args):
            raise click.UsageError("a command-line argument contains a NUL byte", ctx=ctx)
        if not args and ctx.resilient_parsing:
            return super().parse_args(ctx, args)  # shell completion of `icpcheck <TAB>`: commands
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)

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
            code = exit_code_for(exc, lang=_lang_in(argv), debug="--debug" in argv)
        else:
            code = rv if isinstance(rv, int) else EXIT_OK
        sys.exit(code)


@click.group(cls=DefaultGroup, epilog=EXIT_CODES_HELP,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="icpcheck")
def cli() -> None:
    """Which filings and licences (ICP备案, ICP许可证, EDI许可证, ...) a WeChat micro-mall
    in China needs, and why. Without a command, runs `check`."""


# Each command lives in its own module under icpcheck/commands/; register it here.
cli.add_command(check)
cli.add_command(rules)
cli.add_command(schema)
cli.add_command(questions)
cli.add_command(explain)


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
