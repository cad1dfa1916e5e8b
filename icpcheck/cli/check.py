"""`icpcheck check`: collect answers (flags > file > prompt), evaluate, gate, render the report."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import click

from icpcheck.cli.held_dates import FailOn
from icpcheck.cli.options import (
    ESCAPE_ERRORS,
    EXIT_CODES_HELP,
    FILE,
    Command,
    debug_option,
    isatty,
    lang_option,
    max_bytes_option,
    parse_as_of,
    quiet,
    quiet_option,
    quiet_stdout,
    rules_option,
    stdout_is_utf8,
)
from icpcheck.errors import EXIT_GATE, EXIT_OK, CommandLineError, IcpcheckError, SystemFailure, cannot_write
from icpcheck.messages import Msg
from icpcheck.render import FORMATS, REGISTRY

if TYPE_CHECKING:
    from icpcheck import checking
    from icpcheck.engine import Answer
    from icpcheck.gate import Held, Holdings
    from icpcheck.rulebook.model import Filing, Rulebook


def stdin_is_terminal() -> bool:
    """Whether a person can be asked (a seam for tests); a closed stdin (`<&-`) is not a terminal."""
    return isatty(sys.stdin)


def _complete(name: str) -> Callable[[click.Context, click.Parameter, str], list[Any]]:
    """A shell_complete callback that imports icpcheck.cli.completion only when a shell asks."""

    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from icpcheck.cli import completion

        result: list[Any] = getattr(completion, name)(ctx, param, incomplete)
        return result

    return complete


class ModelOption(click.Option):
    """--model, whose help names the built-in rulebook's models (ids, as typed), as click adds a
    default: `[self-operated|platform|paid-content]`; read from the rulebook, never written here."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        record = super().get_help_record(ctx)
        if record is None:
            return None
        from icpcheck.checking import builtin_rulebook

        ids = "|".join(m.id for m in builtin_rulebook().models)
        return record[0], f"{record[1]}  [{ids}]" if ids else record[1]


def warn(warning: Msg, lang: str) -> None:
    from icpcheck.messages import labelled
    from icpcheck.render.escape import terminal_line

    if not quiet():
        click.echo(f"icpcheck: {labelled('warning', lang)}{terminal_line(warning.text(lang))}", err=True)


@click.command(cls=Command, epilog=EXIT_CODES_HELP)
@rules_option
@click.option("-a", "--answer", "pairs", multiple=True, metavar="ID=VALUE",
              shell_complete=_complete("answer_pairs"),
              help="Answer a question by its id (repeatable); `icpcheck questions` lists the ids "
                   "and their values.")
@click.option("--model", "models", multiple=True, metavar="MODEL", cls=ModelOption,
              shell_complete=_complete("model_ids"),
              help="A business model of the rulebook standing for a set of answers (repeatable; "
                   "mixed models combine); <TAB> lists them.")
@click.option("--answers", "answers_file", metavar="FILE", type=FILE,
              help="Read answers (and held filings, waivers) from a JSON or YAML file; - reads "
                   "standard input. In a terminal, only new or no-longer-valid questions are "
                   "asked.")
@click.option("--save-answers", "save_file", metavar="FILE", type=FILE,
              help="Write the answers used (with their source, the rulebook and tool version) to a "
                   "YAML file that --answers replays.")
@click.option("--held", "held", multiple=True, metavar="FILING[:DATE]",
              shell_complete=_complete("filing_ids"),
              help="A filing you already hold, by its id, with the date it was granted if you know it "
                   "(e.g. icp_license:2024-05-10; repeatable); <TAB> completes the ids.")
@click.option("--fail-on", "fail_on", type=FailOn(),
              help="Exit 1 when a filing with this status is neither held nor under an unexpired waiver "
                   "(review: required or review); overdue: when an obligation of what you hold is past due "
                   "and not recorded as done; due-within:30d: also when one is due within 30 days. Default: "
                   "required once anything is held or waived, otherwise no gate.")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Report format. Default: from --output's extension (.html/.htm html, .md "
                   "markdown, .json json, .xml junit), otherwise text; --format wins over the "
                   "extension.")
@click.option("--detail", is_flag=True,
              help="Text and Markdown: add rule ids, the answers behind each reason, every "
                   "citation and the answers' ids (JSON always has them).")
@click.option("--all", "show_all", is_flag=True,
              help="Text and Markdown: list every not-required filing with its reason, not just "
                   "its name.")
@click.option("-o", "--output", "output", metavar="FILE", type=FILE,
              help="Write the report to FILE (atomically; - for stdout); a one-line summary goes to "
                   "stderr. Without --format, FILE's extension picks the format (report.html: a page "
                   "to send or print).")
@click.option("--batch", "batch_file", metavar="FILE.jsonl", type=FILE,
              help="One answers object per line in (- for stdin), one JSON report per line out; "
                   "exits with the worst line's code.")
@click.option("--compact", is_flag=True,
              help="With --batch: write per line only the id, each filing's status, the blockers, "
                   "the gate and the exit code.")
@click.option("--jobs", "jobs", metavar="N", type=click.IntRange(min=0), default=1, show_default=True,
              help="With --batch: check lines in N processes (0: one per CPU); the output keeps "
                   "the input's order.")
@lang_option
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Evaluate the rules (and waivers) as "
              "of this date (default: today).")
@click.option("--start", "start", metavar="YYYY-MM-DD", help="Day zero of the report's timeline "
              "(default: --as-of, else today); working days follow China's official calendar.")
@click.option("--no-input", is_flag=True, help="Never prompt, even in a terminal.")
@click.option("--strict", is_flag=True, help="Take no answer from a default: an unanswered question "
              "that would be assumed is an answers error (exit 3) naming what to answer.")
@max_bytes_option
@debug_option
@quiet_option
def check(rules_path: str | None, pairs: tuple[str, ...], models: tuple[str, ...],
          answers_file: str | None, save_file: str | None, held: tuple[str, ...],
          fail_on: str | None, fmt: str | None, detail: bool, show_all: bool, output: str | None,
          batch_file: str | None, compact: bool, jobs: int,
          lang: str | None, as_of: str | None, start: str | None, no_input: bool, strict: bool,
          max_input_bytes: int,
          debug: bool, be_quiet: bool) -> int:
    """Work out which filings your mall needs, and why.

    \b
    Examples:
      icpcheck check                                 the interview, in a terminal
      icpcheck check --answers mall.yaml --no-input  from a file, never asking
      icpcheck check --answers mall.yaml --fail-on required --format junit

    Answers come from flags (-a, --model) first, then --answers FILE, then the interview."""
    from icpcheck import checking
    from icpcheck.cli import flags
    from icpcheck.cli.held_dates import held_flags, with_dates
    from icpcheck.i18n import default_lang, machine_lang
    from icpcheck.rulebook.build import load_rulebook

    if output == "-":  # `-o -` is standard output, as `--answers -` is standard input
        output = None
    _one_reader_of_stdin(("--rules", rules_path), ("--answers", answers_file), ("--batch", batch_file))
    if save_file == "-":
        raise CommandLineError("--save-answers needs a file: standard output carries the report",
                               hint="e.g. --save-answers mall.yaml")
    _distinct_files(("--output", output), ("--save-answers", save_file), ("--answers", answers_file),
                    ("--rules", rules_path), ("--batch", batch_file))
    # JSON's texts do not follow the machine's locale (i18n.JSON_LANG); words for people do.
    shown_fmt = fmt or ("json" if batch_file else format_of(output))  # --format, else -o's extension, else text
    report_lang = lang or (machine_lang() if shown_fmt == "json" or batch_file else default_lang())
    lang = lang or default_lang()
    date = parse_as_of(as_of)
    day_zero = date if start is None else _start_date(start)
    if output is None and sys.stdout is None:
        raise stdout_closed()
    for path in (output, save_file):  # before the first question: nothing answered is lost to a typo
        if path is not None:
            _can_write(path)
    rulebook = load_rulebook(rules_path, max_bytes=max_input_bytes)
    holdings = held_flags(held, rulebook)

    if batch_file is not None:
        clash = [name for name, on in (("-a", pairs), ("--model", models),
                                       ("--answers", answers_file), ("--save-answers", save_file))
                 if on]
        if clash or fmt not in (None, "json"):
            raise CommandLineError("--batch takes each line's answers from its file; it cannot be combined "
                                   "with {options}", hint="batch output is always JSON Lines",
                                   options=", ".join(clash) or f"--format {fmt}")
        return _batch(rulebook, batch_file, output, holdings=holdings, fail_on=fail_on, as_of=date,
                      lang=lang, report_lang=report_lang, compact=compact, strict=strict, jobs=jobs)
    if compact:
        raise CommandLineError("--compact is for --batch output", hint="batch output is always JSON Lines")
    if jobs != 1:
        raise CommandLineError("--jobs is for --batch", hint="one check runs in one process")

    request, session = request_of(rulebook, date, pairs=pairs, models=models, answers_file=answers_file,
                                  holdings=holdings, fail_on=fail_on, strict=strict, no_input=no_input, lang=lang,
                                  max_bytes=max_input_bytes)
    try:
        outcome = checking.run(request)
    except (KeyboardInterrupt, click.exceptions.Abort, EOFError):
        # Ctrl-C (or Ctrl-D) in the interview: keep what was answered, in --save-answers's file or,
        # when a person answered something and named none, in one whose name is printed.
        if session is not None and session.answers:
            keep = save_file or (_spare_file() if any(a.source == "prompt" for a in session.answers.values())
                                 else None)
            if keep is not None:
                save_answers(keep, rulebook, session.answers.values(), holdings, lang)
                warn(Msg("saved the answers so far to {path}; resume with --answers {path}", path=keep), lang)
        raise
    except IcpcheckError as err:
        raise flags.phrased(err, rulebook) from None
    outcome = with_dates(outcome, session.dated if session else ())
    assumed = flags.assumed_line(dict(outcome.answers), outcome.assumed)
    if assumed is not None:
        warn(assumed, lang)
    for warning in outcome.warnings:
        warn(warning, lang)
    report = outcome.report
    if REGISTRY[shown_fmt].machine and fail_on != "none":  # --fail-on none: no gate, on purpose
        ungated_note(report, lang)
    if save_file is not None:
        save_answers(save_file, rulebook, report.answers, outcome.holdings, lang)
    code = EXIT_OK if report.gate_passed else EXIT_GATE
    try:
        emit(report, shown_fmt, report_lang, output, lang, detail=detail, show_all=show_all, start=day_zero)
    except BrokenPipeError:
        # The reader of the report went away (`| head`): the verdict stands all the same, so a
        # failing gate is never turned green by a closed pipe.
        quiet_stdout()
    return code


def _start_date(value: str) -> dt.date:
    from icpcheck.words import parse_date

    day = parse_date(value)
    if day is None:
        raise CommandLineError("--start {value} is not a date", hint="use YYYY-MM-DD", value=repr(value))
    return day


def ungated_note(report: Any, lang: str) -> None:
    """A machine format with required or review filings and no gate: CI would stay green over them.
    Say once, on stderr, how to turn the gate on."""
    from icpcheck.gate import gate_of
    from icpcheck.messages import labelled

    if gate_of(report).fail_on is not None or quiet():
        return
    needed = sum(1 for f in report.filings if f.status in ("required", "review"))
    if needed:
        note = Msg("{n} filing(s) required or under review and no gate in force: list what you hold under "
                   "`held:` in the answers file (or --held), or pass --fail-on required, for CI to fail on them",
                   n=needed)
        click.echo(f"icpcheck: {labelled('note', lang)}{note.text(lang)}", err=True)


@contextlib.contextmanager
def _progress_bar(total: int | None) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr (a terminal's only) while a batch runs: lines read, and how much
    of the input when its size is known; gone once the batch ends."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.fields[lines]:,} lines"), BarColumn(), TaskProgressColumn(),
               TimeRemainingColumn()) if total else (TextColumn("{task.fields[lines]:,} lines"),)
    with Progress(*columns, transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task("batch", total=total, lines=0)
        yield lambda n, size: bar.update(task, completed=size, lines=n)


def _batch(rulebook: Rulebook, path: str, output: str | None, *, holdings: Any, fail_on: str | None,
           as_of: dt.date, lang: str, report_lang: str, compact: bool, strict: bool, jobs: int = 1) -> int:
    """Run a batch; then one end line on stderr (a progress bar before it when stderr is a terminal)."""
    from icpcheck.batch import printable, run_batch

    done = run_batch(rulebook, path, output, holdings=holdings, fail_on=fail_on, as_of=as_of,
                     lang=report_lang, compact=compact, strict=strict, jobs=jobs or (os.cpu_count() or 1),
                     progress_bar=_progress_bar if isatty(sys.stderr) and not quiet() else None)
    counts = done.by_status()
    end = Msg("batch: {lines} lines read, {reports} reports written, {errors} errors, {failures} gate "
              "failures; filings: {required} required, {review} review, {not_required} not required; "
              "exit code {code}", lines=done.lines, reports=done.reports, errors=done.errors,
              failures=done.gate_failures, code=done.worst, **counts)
    if output is not None:
        end = Msg("wrote {target}: {problem}", target=printable(output), problem=end)
    if not quiet():
        click.echo(f"icpcheck: {end.text(lang)}", err=True)
    return done.worst


def format_of(output: str | None) -> str:
    """The format for --output without --format: by its extension (any case), else text; an
    extension no format writes (report.pdf) is a usage error rather than text in a .pdf."""
    from icpcheck.render import UnknownExtension, by_extension

    try:
        return by_extension(output).name
    except UnknownExtension as err:
        raise CommandLineError("--output {target}: icpcheck writes no {ext} file",
                               hint="choose --format text|json|markdown|junit|html; for a PDF, write report.html "
                                    "and print it from a browser", target=repr(output), ext=err.extension) from None


def request_of(rulebook: Rulebook, date: dt.date, *, pairs: tuple[str, ...], models: tuple[str, ...],
               answers_file: str | None, holdings: Holdings, fail_on: str | None, strict: bool, no_input: bool,
               lang: str, max_bytes: int, held_step: bool = True) -> tuple[checking.Request, Session | None]:
    """The application layer's request from the answer options that `check`, `calendar` and `whatif`
    share (flags, models, an answers file, the interview when a person is there), and the interview's
    session (None without a terminal). `held_step`: whether the interview ends by asking what is held."""
    import icpcheck.answers as ans
    import icpcheck.checking as checking
    from icpcheck.cli import flags

    interactive = not no_input and answers_file != "-" and stdin_is_terminal()
    document = None
    if answers_file is not None:
        document = ans.read_document(rulebook, answers_file, max_bytes=max_bytes)
        for warning in document.warnings:
            warn(warning, lang)
    session = Session(lang, date) if interactive else None
    request = checking.Request(
        rulebook, date, document=None if document is None else document.data,
        name="<answers>" if document is None else document.name,
        positions=None if document is None else document.positions, lenient=interactive,
        models=models, given=flags.from_pairs(rulebook, pairs), holdings=holdings, fail_on=fail_on,
        strict=strict, ask=session.ask if session else None,
        ask_held=session.held if session and held_step else None, notify=lambda warning: warn(warning, lang))
    return request, session


class Session:
    """The interview as the answers pipeline's `ask` callback, and what it has gathered so far
    (for Ctrl-C with --save-answers, and to know whether to ask which filings are held)."""

    def __init__(self, lang: str, as_of: dt.date | None = None) -> None:
        self.lang = lang
        self.as_of = as_of or dt.date.today()
        self.answers: dict[str, Answer] = {}
        self.asked = False
        self.dated: tuple[Held, ...] = ()  # the grant dates of what the person holds

    def ask(self, rulebook: Rulebook, answers: dict[str, Answer], as_of: dt.date) -> dict[str, Answer]:
        from icpcheck.cli.prompt import interview  # imported only when a person is there

        self.asked = True
        self.answers = dict(answers)
        return interview(rulebook, answers, as_of, self.lang, progress=self.answers)

    def held(self, listed: list[Filing]) -> list[str]:
        """Which of these filings (needed, not held yet) the person already holds, and when each was
        granted (kept in `dated`)."""
        from icpcheck.cli.held_dates import ask_dates
        from icpcheck.cli.prompt import ask_held

        held = ask_held(listed, self.lang)
        self.dated = ask_dates(listed, held, self.lang, self.as_of)
        return sorted(held)


def emit(report: Any, fmt: str, lang: str, output: str | None, say_lang: str | None = None, *,
         detail: bool = False, show_all: bool = False, start: dt.date | None = None) -> None:
    """The report to stdout, or atomically to --output with a one-line summary on stderr (in
    `say_lang`, the language of words for people, when it differs from the report's)."""
    from icpcheck.i18n import t
    from icpcheck.render import render
    from icpcheck.render.escape import terminal_line

    # A report written to a file is plain text even when run in a terminal: no colour codes.
    text = render(report, fmt, lang, terminal=False if output is not None else None,
                  detail=detail, show_all=show_all, start=start)
    if output is not None:
        from icpcheck.atomic import write_atomic

        try:
            writing(output, lambda: write_atomic(output, text))
        except IcpcheckError:
            # The report is not lost: it goes to standard output, and the error still sets the exit code.
            if sys.stdout is not None:
                click.echo(text, nl=False)
            raise
        if not quiet():
            click.echo("icpcheck: " + t("summary.wrote", say_lang or lang, path=terminal_line(output),
                                        summary=summary_line(report, say_lang or lang)), err=True)
        return
    if not stdout_is_utf8():
        # cp1252 and the like (Windows, redirected): JSON and JUnit as ASCII, so that they stay
        # valid UTF-8 whatever reads them; text and Markdown escape only what cannot be said.
        if fmt == "json":
            text = text.encode("ascii", ESCAPE_ERRORS).decode("ascii")
        elif fmt == "junit":
            text = text.encode("ascii", "xmlcharrefreplace").decode("ascii")
    click.echo(text, nl=False)
    if not report.gate_passed and not quiet():
        # The reason for exit 1, in CI logs.
        click.echo(f"icpcheck: {summary_line(report, say_lang or lang)}", err=True)


def _can_write(path: str) -> None:
    """An output's folder exists and may be written (exit 6 otherwise): checked before any work."""
    folder = os.path.dirname(os.path.abspath(path))
    reason = (None if os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK) else
              Msg("no such folder") if not os.path.exists(folder) else
              Msg("not a folder") if not os.path.isdir(folder) else Msg("no permission to write there"))
    if reason is None and os.path.isdir(path):
        reason = Msg("it is a folder")
    if reason is not None:
        raise SystemFailure("cannot write {target}: {reason}", hint="check the folder exists and you may write there",
                            target=repr(path), reason=reason)


def _spare_file() -> str | None:
    """A new file in the temporary folder for answers that would otherwise be lost, or None."""
    import tempfile

    try:
        fd, path = tempfile.mkstemp(prefix="icpcheck-answers-", suffix=".yaml")
    except OSError:
        return None
    os.close(fd)
    return path


def stdout_closed() -> SystemFailure:
    """Started without a stdout (`>&-`): the report would be lost, so say so (exit 6)."""
    return SystemFailure("cannot write the report: standard output is closed",
                         hint="redirect it to a file (> report.txt) or use --output FILE")


def _one_reader_of_stdin(*named: tuple[str, str | None]) -> None:
    """Refuse two inputs both named `-`: standard input can be read once."""
    dashes = [option for option, path in named if path == "-"]
    if len(dashes) > 1:
        raise CommandLineError("{first} and {second} both read standard input ('-')",
                               hint="give one of them a file", first=dashes[0], second=dashes[1])


def _distinct_files(*named: tuple[str, str | None]) -> None:
    """Refuse an output file named twice, or named as an input: one would clobber the other.
    Spellings (./x, a symlink) count as the same file. `--answers X --save-answers X` is fine:
    answers are read before they are saved."""

    seen: list[tuple[str, str, str]] = []  # option, path, real path
    for option, path in named:
        if path is None or path == "-":
            continue
        real = os.path.realpath(path)
        for other, other_path, other_real in seen:
            inputs = {"--answers", "--rules", "--batch"}
            if {option, other} == {"--answers", "--save-answers"} or {option, other} <= inputs:
                continue
            if real == other_real or _same_file(path, other_path):
                raise CommandLineError("{first} and {second} name the same file {target}",
                                       hint="give each its own file", first=other, second=option,
                                       target=repr(path))
        seen.append((option, path, real))
    # An input read from standard input (`--answers - < f.yaml`) is a file too: an output must not be it.
    stdin_file = _stdin_file() if any(path == "-" for _, path in named) else None
    if stdin_file is not None:
        reader = next(option for option, path in named if path == "-")
        for option, path in named:
            if path is not None and path != "-" and option in ("--output", "--save-answers"):
                try:
                    st = os.stat(path)
                except (OSError, ValueError):
                    continue
                if (st.st_dev, st.st_ino) == stdin_file:
                    raise CommandLineError("{first} and {second} name the same file {target}",
                                           hint="give each its own file", first=f"{reader} -", second=option,
                                           target=repr(path))


def _stdin_file() -> tuple[int, int] | None:
    """(device, inode) of the regular file standard input reads, or None (a pipe, a terminal)."""
    import stat

    try:
        st = os.fstat(sys.stdin.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _same_file(a: str, b: str) -> bool:

    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def save_answers(path: str, rulebook: Any, answers: Any, holdings: Any, lang: str = "en") -> None:
    """The answers (and what is held) as an answers file to replay, its comments in `lang`."""
    from icpcheck.answers import answers_file_text
    from icpcheck.atomic import write_atomic

    text = answers_file_text(rulebook, answers, holdings, lang)
    writing(path, lambda: write_atomic(path, text))


def writing(path: str, write: Any) -> None:
    """Run a write; a file that cannot be written is a usage error (exit 2) or a system error
    (exit 6), not a bug."""
    try:
        write()
    except OSError as err:
        raise cannot_write(path, err) from None


def summary_line(report: Any, lang: str = "en") -> str:
    """e.g. `2 required, 0 review, 3 not required; held 1, waived 0, missing 1; gate FAILED
    (fail on required): ICP licence (value-added telecom licence, B25) (icp_license)`."""
    from icpcheck.gate import gate_of
    from icpcheck.i18n import t
    from icpcheck.render.common import summary_counts
    from icpcheck.render.escape import terminal_line

    g = gate_of(report)
    # Filings under review that the gate does not count as missing are still open: never "missing 0"
    # alone while something is to check.
    open_ = sum(1 for f in g.filings if f.status == "review" and f.state == "not_needed")
    line = (t("summary.counts", lang, **summary_counts(report)) + t("summary.sep", lang)
            + t("summary.gate", lang, **g.counts())
            + (t("summary.open", lang, n=open_) if open_ else "") + t("summary.sep", lang))
    if g.fail_on is None:
        return line + t("summary.no_gate", lang)
    if g.passed:
        return line + t("summary.passed", lang, on=g.fail_on)
    # Named as the report names them, each with its id for scripts reading CI logs.
    names = {f.filing.id: f.filing.name.get(lang) for f in report.filings}
    items = [f"{names[i]}（{i}）" if lang == "zh" else f"{names[i]} ({i})" if i in names else i for i in g.failing]
    joined = ("、" if lang == "zh" else ", ").join(items)
    return line + t("summary.failed", lang, on=g.fail_on, ids=terminal_line(joined))
