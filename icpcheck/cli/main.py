"""The command line: the `icpcheck` group, its commands, and the process entry point."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any, cast

import click

from icpcheck.cli.options import (
    EXIT_CODES_HELP,
    ExtraArguments,
    Group,
    common_options,
    run_command,
    signals_as_interrupts,
)
from icpcheck.errors import CommandLineError
from icpcheck.version import __version__
from icpcheck.words import suggest

# Each command lives in its own module under icpcheck/cli/; register it here. A module is
# imported only when its command runs (or help lists it), so `check` pays for no other command.
COMMANDS = {
    "check": "icpcheck.cli.check:check",
    "calendar": "icpcheck.cli.calendar:calendar",
    "questions": "icpcheck.cli.questions:questions",
    "explain": "icpcheck.cli.explain:explain",
    "rules": "icpcheck.cli.rules:rules",
    "schema": "icpcheck.cli.schema:schema",
    "completion": "icpcheck.cli.completion:completion",
    "whatif": "icpcheck.cli.whatif:whatif",
    "diff": "icpcheck.cli.diff:diff",
    "serve": "icpcheck.cli.serve:serve",
    "mcp": "icpcheck.cli.serve:mcp",
}
ARGS_KEY = "icpcheck.args"  # ctx.meta: the words given to the group, all of which a default `check` takes


class DefaultGroup(Group):
    """`icpcheck [OPTIONS]` means `icpcheck check [OPTIONS]`, the pattern of the click-default-group
    package: the group lets words it does not know pass (ignore_unknown_options), and a first word
    that is no command makes the line check's. Commands are imported lazily (click's lazy group:
    list_commands and get_command)."""

    ignore_unknown_options = True

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
            raise CommandLineError("a command-line argument contains a NUL byte",
                                   hint="`{command} --help` lists the options", command=ctx.command_path)
        ctx.meta[ARGS_KEY] = list(args)
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None,
                                                                           list[str]]:
        words: list[str] = ctx.meta.get(ARGS_KEY, args)
        # A `--` the group read ended its options before any command: the words after it are check's.
        ended = words.count("--") > args.count("--")
        if not ended and self.get_command(ctx, args[0]) is not None:
            return super().resolve_command(ctx, args)
        if not ended and not args[0].startswith("-"):
            if ctx.resilient_parsing:
                return None, None, args
            # `check` takes no bare words, so a first word that is no command is a mistyped one.
            close = suggest(args[0], self.list_commands(ctx))
            raise CommandLineError("no command {name} (did you mean {suggest}?)" if close else "no command {name}",
                                   hint="`{command} --help` lists the options", command=ctx.command_path,
                                   name=repr(args[0]), suggest=repr(close))
        # check takes every word: the shared options the group read too (each command takes them).
        return "check", self.get_command(ctx, "check"), list(words)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[Any]:
        """`icpcheck --<TAB>`: without a command it runs `check`, so check's options too."""
        if "--" in ctx.meta.get(ARGS_KEY, ()):
            return []  # `icpcheck -- <TAB>`: the words after `--` are check's, and it takes none
        results = super().shell_complete(ctx, incomplete)
        check = self.get_command(ctx, "check")
        if incomplete.startswith("-") and check is not None:
            from click.shell_completion import CompletionItem

            have = {item.value for item in results}
            results += [CompletionItem(name, help=p.help) for p in check.params
                        if isinstance(p, click.Option) and not p.hidden
                        for name in (*p.opts, *p.secondary_opts) if name.startswith(incomplete) and name not in have]
        return results

    def main(self, args: Any = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        """Standalone (click's test runner, `cli()`): the same as the console script, main()."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        sys.exit(main(None if args is None else list(args)))


def _version(ctx: click.Context, rules: str | None) -> None:
    """-V/--version: the tool's version, and the rulebook's id, version, checked date and sha256
    prefix (what a compliance record needs)."""
    from icpcheck.render.escape import terminal_line
    from icpcheck.rulebook.build import load_rulebook

    rb = load_rulebook(rules)
    where = "" if rules is None else f" from {terminal_line(rules)}"
    click.echo(f"icpcheck {__version__}\nrulebook {terminal_line(rb.id)} {terminal_line(rb.version)} "
               f"(checked {rb.checked.isoformat()}, sha256 {rb.sha256[:12]}){where}")
    ctx.exit(0)


@click.group(cls=DefaultGroup, epilog=EXIT_CODES_HELP, invoke_without_command=True,
             subcommand_metavar="COMMAND [ARGS]...", context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-V", "--version", is_flag=True,
              help="Show the version of icpcheck and of its rulebook, and exit.")
@common_options
@click.pass_context
def cli(ctx: click.Context, /, version: bool, rules_path: str | None, **common: Any) -> Any:
    """Which filings and licences (ICP备案, ICP许可证, EDI许可证, ...) a WeChat micro-mall in China
    needs, and why.

    \b
    Examples:
      icpcheck                            answer a few questions, read the report
      icpcheck --answers mall.yaml        the answers saved from last time (--save-answers)
      icpcheck questions                  every question, and how to answer it by flag or file

    Without a command, runs `check`. The language is --lang, else ICPCHECK_LANG=zh|en, else the
    locale."""
    if version:  # not eager: it names the rulebook of --rules, before or after it
        _version(ctx, rules_path)
    if ctx.invoked_subcommand is None:  # only shared options, or none: check with them
        check = cast(click.Command, cli.get_command(ctx, "check"))
        with check.make_context("check", ctx.meta.get(ARGS_KEY, []), parent=ctx) as sub:
            return check.invoke(sub)
    return None


def _command_after_options(exc: BaseException, argv: list[str]) -> BaseException:
    """`icpcheck --lang zh questions`: options before a command made it `check`'s stray word. When
    the command takes those options, say so and give the line in order."""
    if not isinstance(exc, ExtraArguments) or "--" in argv:
        return exc
    word = exc.words[0]
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

    return CommandLineError("{command} is a command: its options go after it", hint="e.g. {example}",
                            command=repr(word), example=shlex.join(["icpcheck", *rest, *argv[:i]]))


def _takes_value(command: click.Command, arg: str) -> bool:
    return any(isinstance(p, click.Option) and arg in p.opts and not p.is_flag and not p.count
               for p in command.params)


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit code: the one place where `icpcheck` runs, for the
    console script, `python -m icpcheck` and callers in Python."""
    args = sys.argv[1:] if argv is None else list(argv)
    if os.environ.get("_ICPCHECK_COMPLETE"):  # a shell asking for completions (click's variable)
        import icpcheck.cli.completion  # noqa: F401 - registers a bash completion that copes with `=`
    with _scoped_to_the_run(), signals_as_interrupts():
        return run_command(cli, args, explain=lambda exc: _command_after_options(exc, args))


@contextlib.contextmanager
def _scoped_to_the_run() -> Iterator[None]:
    """What a run changes in the process, undone when it ends, so that a caller in Python gets its
    process back as it was: NO_COLOR (--no-color sets it), the cycle collector (a batch turns it on
    and freezes what is loaded) and sys.stderr (guarded while the run lasts, see _StderrGuard)."""
    import gc

    no_color = os.environ.get("NO_COLOR")
    collecting, frozen = gc.isenabled(), gc.get_freeze_count()
    stderr = sys.stderr
    if stderr is not None:
        sys.stderr = cast(Any, _StderrGuard(stderr))
    try:
        yield
    finally:
        if sys.stderr is not stderr and isinstance(sys.stderr, _StderrGuard):
            sys.stderr = stderr
        if no_color is None:
            os.environ.pop("NO_COLOR", None)
        else:
            os.environ["NO_COLOR"] = no_color
        if frozen == 0 and gc.get_freeze_count():
            gc.unfreeze()  # what the run froze goes back to the collector (frozen before: left as found)
        if gc.isenabled() != collecting:
            (gc.enable if collecting else gc.disable)()


class _StderrGuard:
    """sys.stderr during a run. A reader of stderr that went away (`2>&1 >/dev/null | head -c1`, a
    CI log collector that died) is no reader of the report: its EPIPE must change neither the exit
    code nor the report, so it silences stderr for the rest of the run instead of ending it (a
    BrokenPipeError anywhere else is taken for a closed stdout, exit 0)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.broken = False

    def write(self, text: Any) -> int:
        if self.broken:
            if not isinstance(text, str):
                raise TypeError("write() argument must be str")  # a text stream, as click probes it
            return len(text)
        try:
            return int(self._stream.write(text))
        except BrokenPipeError:
            self._silence()
            return len(text)

    def flush(self) -> None:
        if self.broken:
            return
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._silence()

    def _silence(self) -> None:
        self.broken = True
        # What the stream still buffers is flushed at exit: into /dev/null, not into a closed pipe.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, self._stream.fileno())
            finally:
                os.close(devnull)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
