"""The command line: the `icpcheck` group, its commands, and the process entry point."""

from __future__ import annotations

import os
import sys

import click

from icpcheck import __version__
from icpcheck.cli_common import EXIT_CODES_HELP
from icpcheck.commands.check import check
from icpcheck.commands.explain import explain
from icpcheck.commands.questions import questions
from icpcheck.commands.rules import rules
from icpcheck.commands.schema import schema
from icpcheck.errors import EXIT_INTERRUPTED, EXIT_OK


class DefaultGroup(click.Group):
    """`icpcheck [OPTIONS]` means `icpcheck check [OPTIONS]`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args and ctx.resilient_parsing:
            return super().parse_args(ctx, args)  # shell completion of `icpcheck <TAB>`: commands
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, epilog=EXIT_CODES_HELP,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="icpcheck")
def cli() -> None:
    """Which filings and licences (ICP备案, ICP许可证, EDI许可证, ...) a WeChat micro-mall
    in China needs, and why. Without a command, runs `check`."""


# Each command lives in its own module under icpcheck/commands/; register it here.
cli.add_command(check)
cli.add_command(questions)
cli.add_command(explain)
cli.add_command(rules)
cli.add_command(schema)


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
