"""`icpcheck schema NAME`: print a published JSON Schema (rulebook, and whatever else ships)."""

from __future__ import annotations

import click

from icpcheck.cli.help import exit_codes, say
from icpcheck.cli.options import Command, debug_option
from icpcheck.errors import EXIT_OK, CommandLineError


def _names() -> str:
    from icpcheck import schemas

    return ", ".join(schemas.names()) or "(none)"


class _SchemaCommand(Command):
    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_help_text(ctx, formatter)
        with formatter.indentation():
            formatter.write_paragraph()
            formatter.write_text(say(ctx, "Available: {names}.", names=_names()))


@click.command(cls=_SchemaCommand, epilog=exit_codes(0, 2, 5, 6))
@click.argument("name", metavar="NAME", required=False)
@debug_option
def schema(name: str | None, debug: bool) -> int:
    """Print the JSON Schema NAME (draft 2020-12); without NAME, list the names.

    \b
    Examples:
      icpcheck schema
      icpcheck schema rulebook
      icpcheck schema report > report.schema.json"""
    from icpcheck import schemas

    if name is None:  # what it accepts, one name a line
        click.echo("".join(f"{n}\n" for n in schemas.names()), nl=False)
        return EXIT_OK
    found = schemas.path(name)
    if found is None:
        raise CommandLineError("no schema named {name}", hint="available: {names}", name=repr(name), names=_names())
    click.echo(found.read_text(encoding="utf-8"), nl=False)
    return EXIT_OK
