"""`icpcheck rules lint|test|graph`: check, test and draw a rulebook before anyone relies on it."""

from __future__ import annotations

import click

from icpcheck.cli.help import exit_codes, help_lang
from icpcheck.cli.options import (
    Command,
    Group,
    debug_option,
    lang_option,
    max_bytes_option,
    parse_as_of,
    rules_option,
)
from icpcheck.errors import EXIT_GATE, EXIT_GAVE_UP, EXIT_OK, EXIT_RULEBOOK, CommandLineError, IcpcheckError
from icpcheck.messages import Msg, Plural, labelled
from icpcheck.render.escape import terminal_line

TIME_LIMIT = 20.0  # verify.TIME_LIMIT, here without importing the solver for `--help`


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
def rules() -> None:
    """Lint, test and graph a rulebook (the built-in one, or --rules PATH).

    \b
    Examples:
      icpcheck rules lint
      icpcheck rules test --min-coverage 90
      icpcheck rules graph --format dot"""


class VerificationGaveUp(IcpcheckError):
    """The solver ran out of its time budget: the rulebook is neither proved sound nor faulted."""

    exit_code = EXIT_GAVE_UP


@rules.command(cls=Command, epilog=exit_codes(0, 2, 4, 5, 6, 7, zero="no problems"))
@click.argument("path", required=False, metavar="[PATH]")
@rules_option
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD",
              help="Verify only at this date (default: at every date the rules distinguish).")
@click.option("--time-limit", "time_limit", metavar="SECONDS", type=click.FloatRange(min=0, min_open=True),
              default=TIME_LIMIT, show_default=True,
              help="Give up verification (exit 7) when the solver needs longer than this.")
@max_bytes_option  # an author's large rulebook: the size cap, and the values cap with it
@debug_option
def lint(path: str | None, rules_path: str | None, as_of: str | None, time_limit: float, max_input_bytes: int,
         debug: bool) -> int:
    """Check a rulebook: schema, references, meaning, and exhaustive verification that every
    answer set gives every filing exactly one status.

    \b
    Examples:
      icpcheck rules lint                     the built-in rulebook
      icpcheck rules lint my-rules.yaml       your own

    Prints every problem as file:line: sentence; exits 4 if there is any."""
    try:
        from icpcheck.authoring.lint import lint as run_lint
        from icpcheck.authoring.verify import GaveUp
    except ImportError as err:  # the SAT solver is the authors' extra, not every user's
        if err.name is None or not err.name.startswith("pysat"):
            raise
        raise CommandLineError("this command needs the {extra} extra ({module} is not installed)",
                               hint="pip install 'icpcheck[{extra}]'", extra="authoring",
                               module="python-sat") from None

    lang = _lang()
    target = _one_path(path, rules_path)
    try:
        result = run_lint(target, as_of=parse_as_of(as_of) if as_of else None, seconds=time_limit,
                          max_bytes=max_input_bytes)
    except GaveUp as gave_up:
        raise VerificationGaveUp("verification gave up after {seconds} s deciding {subject}: its conditions "
                                 "are too hard for the solver in that time",
                                 hint="simplify those conditions, or allow longer with --time-limit SECONDS",
                                 seconds=f"{gave_up.seconds:g}", subject=terminal_line(gave_up.subject)) from None
    for warning in result.warnings:
        click.echo(terminal_line(f"{warning.file}{_line(warning.line)}: {labelled('warning', lang)}"
                                 f"{warning.message}"))
    for problem in result.problems:
        click.echo(terminal_line(f"{problem.file}{_line(problem.line)}: {problem.message}"))
    v = result.verification
    if result.problems:
        click.echo(terminal_line(Plural("{name}: {n} problem", "{name}: {n} problems", n=len(result.problems),
                                        name=result.name).text(lang)), err=True)
        return EXIT_RULEBOOK
    assert result.rulebook is not None and v is not None
    # Every line from here on holds the rulebook's own words (its name, id, version): escaped.
    click.echo(terminal_line(Plural(
        "{name}: ok — rulebook {id} {version}; verified {n} filing with {queries} solver queries in {ms} ms",
        "{name}: ok — rulebook {id} {version}; verified {n} filings with {queries} solver queries in {ms} ms",
        n=len(result.rulebook.filings), name=result.name, id=result.rulebook.id, version=result.rulebook.version,
        queries=v.cases, ms=f"{v.seconds * 1000:.1f}").text(lang)))
    return EXIT_OK


@rules.command(cls=Command, name="test", epilog=exit_codes(
    0, 1, 2, 4, 5, 6, zero="every case passed", one="a case failed, or coverage is below --min-coverage"))
@click.argument("paths", nargs=-1, metavar="[PATH...]")
@rules_option
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD",
              help="Date for cases without their own as_of (default: today).")
@click.option("--min-coverage", "min_coverage", type=click.FloatRange(0, 100), metavar="PCT",
              help="Fail (exit 1) when the cases cover less than PCT percent of rules, questions "
                   "and choices.")
@max_bytes_option
@debug_option
def test_cmd(paths: tuple[str, ...], rules_path: str | None, as_of: str | None,
             min_coverage: float | None, max_input_bytes: int, debug: bool) -> int:
    """Run YAML test cases against a rulebook (default: the cases shipped with it) and show
    coverage.

    \b
    Examples:
      icpcheck rules test                                   the built-in rulebook's cases
      icpcheck rules test my-rules.yaml my-cases.yaml --min-coverage 90"""
    from icpcheck.authoring import casetest
    from icpcheck.rulebook.build import default_rulebook_path, load_rulebook

    lang = _lang()
    rulebook = load_rulebook(rules_path, max_bytes=max_input_bytes)
    files = [str(p) for p in paths] or [
        str(p) for p in casetest.cases_beside(rules_path or str(default_rulebook_path()))
    ]
    if not files:
        raise CommandLineError("no case files given, and none beside the rulebook",
                         hint="pass case files: icpcheck rules test CASES.yaml")
    cases = [c for f in files for c in casetest.load_cases(f, rulebook)]
    results, coverage = casetest.run(rulebook, cases, parse_as_of(as_of))
    failed = [r for r in results if not r.passed]
    ok, fail = Msg("ok").text(lang), Msg("FAIL").text(lang)
    for r in results:
        if r.passed:
            click.echo(terminal_line(f"{ok:<6}{r.case.name}"))
        else:
            click.echo(terminal_line(f"{fail:<6}{r.case.name}  ({r.case.where})"))
            for diff in r.diffs:
                click.echo(terminal_line(f"        {diff}"))
    # The closing line keeps the form "N passed, N failed" that test runners' readers look for.
    click.echo(terminal_line(Msg("{passed} passed, {failed} failed ({id} {version}, sha256 {sha})",
                                 passed=len(results) - len(failed), failed=len(failed), id=rulebook.id,
                                 version=rulebook.version, sha=rulebook.sha256[:12]).text(lang)))
    kinds = {"rules": Msg("rules"), "questions": Msg("questions"), "choices": Msg("choices")}
    counts = Msg("rules {rules}, questions {questions}, choices {choices}", **{
        kind: f"{sum(items.values())}/{len(items)}" for kind, items in
        (("rules", coverage.rules), ("questions", coverage.questions), ("choices", coverage.choices))})
    click.echo(Msg("coverage: {percent}% ({counts})", percent=f"{coverage.percent:.1f}", counts=counts).text(lang))
    for kind, missing in coverage.missing().items():
        if missing:
            click.echo(terminal_line(Msg("  not covered ({kind}): {items}", kind=kinds.get(kind, kind),
                                         items=", ".join(missing)).text(lang)))
    if failed:
        return EXIT_GATE
    if min_coverage is not None and coverage.percent < min_coverage:
        click.echo("icpcheck: " + Msg("coverage {percent} is below --min-coverage {min}",
                                      percent=f"{coverage.percent:.1f}%", min=f"{min_coverage:g}%").text(lang),
                   err=True)
        return EXIT_GATE
    return EXIT_OK


@rules.command(cls=Command, epilog=exit_codes(0, 2, 4, 5, 6))
@rules_option
@click.option("--format", "fmt", type=click.Choice(["mermaid", "dot"]), default="mermaid",
              show_default=True, help="Graph format.")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD",
              help="Draw only the rules in force on this date (default: all, with their dates).")
@lang_option
@debug_option
def graph(rules_path: str | None, fmt: str, as_of: str | None, lang: str | None,
          debug: bool) -> int:
    """Draw the flow: questions, the conditions between them, rules and filings.

    \b
    Examples:
      icpcheck rules graph > flow.mmd             Mermaid, for Markdown
      icpcheck rules graph --format dot | dot -Tsvg > flow.svg"""
    from icpcheck.authoring.graph import render
    from icpcheck.i18n import default_lang
    from icpcheck.rulebook.build import load_rulebook

    rulebook = load_rulebook(rules_path)
    click.echo(render(rulebook, fmt, lang or default_lang(),
                      parse_as_of(as_of) if as_of else None), nl=False)
    return EXIT_OK


def _one_path(path: str | None, rules_path: str | None) -> str | None:
    if path and rules_path and path != rules_path:
        raise CommandLineError("give the rulebook once: PATH or --rules PATH, not both")
    return path or rules_path


def _lang() -> str:
    """The output language: --lang given before the command, else ICPCHECK_LANG or the locale."""
    return help_lang(click.get_current_context(silent=True))


def _line(line: int | None) -> str:
    return f":{line}" if line else ""
