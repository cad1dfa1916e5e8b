"""`icpcheck diff`: two reports of a business compared filing by filing — two answers files, one
at two dates, or one under two rulebooks."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

from icpcheck.cli.check import _complete, warn
from icpcheck.cli.help import exit_codes
from icpcheck.cli.options import (
    FILE,
    Command,
    debug_option,
    lang_option,
    max_bytes_option,
    parse_as_of,
    quiet_option,
)
from icpcheck.errors import EXIT_GATE, EXIT_OK, CommandLineError, IcpcheckError
from icpcheck.render.escape import json_text

if TYPE_CHECKING:
    import datetime as dt

    from icpcheck.engine import Answer, Report
    from icpcheck.rulebook.model import Rulebook


def _report(rulebook: Rulebook, date: dt.date, document: Any, name: str, given: dict[str, Answer],
            models: tuple[str, ...], lang: str) -> Report:
    """One side, checked as `check --no-input` would."""
    import icpcheck.checking as checking
    from icpcheck.cli import flags

    request = checking.Request(rulebook, date, document=document, name=name, models=models, given=given,
                               notify=lambda w: warn(w, lang))
    try:
        return checking.run(request).report
    except IcpcheckError as err:
        raise flags.phrased(err, rulebook) from None


@click.command(cls=Command, epilog=exit_codes(0, 1, 2, 3, 4, 5, 6, one="--exit-code and something changed"))
@click.argument("files", nargs=-1, metavar="[OLD [NEW]]", type=FILE)
@click.option("--rules", "rules", multiple=True, metavar="PATH", type=FILE,
              help="A rulebook instead of the built-in one; twice (old, then new) to compare rulebooks.")
@click.option("--as-of", "dates", multiple=True, metavar="YYYY-MM-DD",
              help="The date to evaluate on (default: today); twice (old, then new) to compare dates.")
@click.option("-a", "--answer", "pairs", multiple=True, metavar="ID=VALUE",
              shell_complete=_complete("answer_pairs"), help="An answer for both sides (repeatable).")
@click.option("--model", "models", multiple=True, metavar="MODEL", shell_complete=_complete("model_ids"),
              help="A business model standing for a set of answers, for both sides (repeatable).")
@click.option("--batch", "batch_file", metavar="FILE.jsonl", type=FILE,
              help="One answers object per line in (- for stdin), one JSON diff per line out; with two "
                   "--rules or two --as-of.")
@click.option("--format", "fmt", type=click.Choice(("text", "markdown", "json")), default="text",
              show_default=True, help="Output format.")
@click.option("--exit-code", "exit_code", is_flag=True,
              help="Exit 1 when something changed (as `git diff --exit-code`), 0 when nothing did.")
@lang_option
@max_bytes_option
@debug_option
@quiet_option
def diff(files: tuple[str, ...], rules: tuple[str, ...], dates: tuple[str, ...], pairs: tuple[str, ...],
         models: tuple[str, ...], batch_file: str | None, fmt: str, exit_code: bool, lang: str | None,
         max_input_bytes: int, debug: bool, be_quiet: bool) -> int:
    """Compare two reports filing by filing: status changes, new and removed filings, plan steps,
    each with the rules involved.

    \b
    Examples:
      icpcheck diff old.yaml new.yaml                   two answers files
      icpcheck diff mall.yaml --as-of 2025-01-01 --as-of 2026-01-01
      icpcheck diff mall.yaml --rules old.yaml --rules new.yaml --exit-code
      icpcheck diff --batch clients.jsonl --rules old.yaml --rules new.yaml"""
    import icpcheck.answers as ans
    from icpcheck.cli import flags
    from icpcheck.diff import compare
    from icpcheck.i18n import default_lang, machine_lang
    from icpcheck.render.diff import render
    from icpcheck.rulebook.build import load_rulebook

    say_lang = lang or default_lang()
    out_lang = lang or (machine_lang() if fmt == "json" or batch_file else say_lang)
    if len(rules) > 2 or len(dates) > 2 or len(files) > 2:
        raise CommandLineError("diff compares two reports: at most two answers files, two --rules and two "
                               "--as-of", hint="e.g. icpcheck diff old.yaml new.yaml")
    varying = [what for what, n in (("files", len(files)), ("--rules", len(rules)), ("--as-of", len(dates)))
               if n == 2]
    if len(varying) != 1:
        raise CommandLineError("say what differs, one thing: two answers files, two --rules or two --as-of",
                               hint="e.g. icpcheck diff mall.yaml --rules old.yaml --rules new.yaml")
    if batch_file is not None and (files or fmt != "text"):
        raise CommandLineError("--batch takes each line's answers from its file; it cannot be combined "
                               "with answers files or --format", hint="batch output is always JSON Lines")
    books = [load_rulebook(r, max_bytes=max_input_bytes) for r in (rules or (None,))]
    old_book, new_book = books[0], books[-1]
    old_date, new_date = (parse_as_of(d) for d in (dates * 2 if len(dates) == 1 else dates or (None, None)))
    if varying[0] == "files":
        labels = tuple(files)
    elif varying[0] == "--rules":
        labels = tuple(f"{b.id} {b.version} ({r})" for b, r in zip(books, rules, strict=True))
    else:
        labels = (old_date.isoformat(), new_date.isoformat())
    if batch_file is not None:
        return _batch(batch_file, old_book, new_book, old_date, new_date, pairs, models, out_lang,
                      labels, exit_code)
    docs: list[tuple[Any, str]] = []
    for i, book in enumerate((old_book, new_book)):
        path = files[i] if i < len(files) else files[0] if files else None
        if path is None:
            docs.append((None, "<answers>"))
            continue
        document = ans.read_document(book, path, max_bytes=max_input_bytes)
        docs.append((document.data, document.name))
    old = _report(old_book, old_date, docs[0][0], docs[0][1], flags.from_pairs(old_book, pairs), models, say_lang)
    new = _report(new_book, new_date, docs[1][0], docs[1][1], flags.from_pairs(new_book, pairs), models, say_lang)
    result = compare(old, new)
    click.echo(render(result, fmt, out_lang, old=labels[0], new=labels[1]), nl=False)
    return EXIT_GATE if exit_code and result.changed else EXIT_OK


def _batch(path: str, old_book: Rulebook, new_book: Rulebook, old_date: dt.date, new_date: dt.date,
           pairs: tuple[str, ...], models: tuple[str, ...], lang: str, labels: tuple[str, ...],
           exit_code: bool) -> int:
    """Each line an answers object (with an optional "id"), diffed; one JSON line out each, or an
    error line `{"line", "id", "error", "exit_code"}`; exits with the worst line's code."""
    import icpcheck.checking as checking
    from icpcheck import batch
    from icpcheck.cli import flags
    from icpcheck.diff import compare
    from icpcheck.render.diff import to_dict

    worst = EXIT_OK
    src = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115 - closed below
    try:
        # Lines are read and decoded as `check --batch` reads them: an overlong line, a repeated
        # key, NaN or JSON nested too deep is that line's error, in the output's language.
        for n, raw, _ in batch.numbered_lines(src):
            if raw is not None and not raw.strip():
                continue
            ident: Any = None
            name = f"line {n}"
            try:
                if raw is None:
                    raise batch.too_long()
                data = batch.decode_line(raw, name)
                if isinstance(data, dict):
                    ident = data.pop("id", None)
                reports = [checking.run(checking.Request(book, date, document=data, name=name, models=models,
                                                         given=flags.from_pairs(book, pairs))).report
                           for book, date in ((old_book, old_date), (new_book, new_date))]
            except IcpcheckError as err:
                worst = max(worst, err.exit_code)
                click.echo(json_text(json.dumps({"line": n, "id": ident, "error": err.text(lang),
                                                 "exit_code": err.exit_code}, ensure_ascii=False)))
                continue
            result = compare(*reports)
            code = EXIT_GATE if exit_code and result.changed else EXIT_OK
            worst = max(worst, code)
            line = {"line": n, "id": ident, **to_dict(result, lang, old=labels[0], new=labels[1]),
                    "exit_code": code}
            click.echo(json_text(json.dumps(line, ensure_ascii=False, sort_keys=True)))
    finally:
        if src is not sys.stdin.buffer:
            src.close()
    return worst
