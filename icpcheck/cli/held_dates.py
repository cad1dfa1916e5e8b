"""Dates of what is held, on the command line (comes-due): `--held ID[:YYYY-MM-DD]`, the
interview's grant-date question, the `--fail-on` values with time in them, and putting the dates
the interview gathered into the outcome."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import click

from icpcheck import gate
from icpcheck.errors import CommandLineError
from icpcheck.messages import Msg
from icpcheck.words import parse_date

if TYPE_CHECKING:
    from icpcheck.checking import Outcome
    from icpcheck.rulebook.model import Filing, Rulebook

FAIL_ON_HELP = "required|review|overdue|due-within:<days>d|none"
class FailOn(click.ParamType):  # type: ignore[type-arg,unused-ignore]
    """--fail-on: a status (required, review), a time gate (overdue, due-within:30d) or none."""

    name = "fail_on"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "[required|review|overdue|due-within:Nd|none]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip().lower()
        if not gate.valid_fail_on(text):
            self.fail(Msg("{value} is not one of {values}", value=repr(value), values=FAIL_ON_HELP).text("en"),
                      param, ctx)
        found = gate.DUE_WITHIN.fullmatch(text)
        return f"due-within:{int(found.group(1))}d" if found else text

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        return [CompletionItem(v) for v in (*gate.FAIL_ON, "due-within:30d") if v.startswith(incomplete)]


def held_flags(specs: Iterable[str], rulebook: Rulebook) -> gate.Holdings:
    """`--held ID` or `--held ID:YYYY-MM-DD` (the grant date); a bad id or date is a usage error."""
    from icpcheck.cli import flags

    ids: list[str] = []
    dated: list[gate.Held] = []
    for spec in specs:
        fid, sep, raw = spec.partition(":")
        ids.append(fid)
        if sep:
            granted = parse_date(raw.strip())
            if granted is None:
                raise CommandLineError("--held {spec}: {value} is not a date", hint="e.g. --held {f}:2024-05-10",
                                       spec=repr(spec), value=repr(raw), f=fid)
            dated.append(gate.Held(fid, granted))
    holdings = flags.held(ids, rulebook)
    return gate.Holdings(holdings.held, holdings.waivers, tuple(dated))


Ask = Callable[[str], str]
Say = Callable[[str], None]


def _ask(text: str) -> str:
    value: str = click.prompt(text, default="", show_default=False, err=True, prompt_suffix=" › ")
    return value


def _say(text: str) -> None:
    click.echo(text, err=True)


def ask_granted(filing: Filing, lang: str, as_of: dt.date, ask: Ask = _ask, say: Say = _say) -> dt.date | None:
    """When a filing held was granted (Enter: not known, skipped); a date after `as_of` is refused."""
    from icpcheck.render.escape import terminal_line

    name = terminal_line(filing.name.get(lang))
    while True:
        raw = ask(Msg("{name}: granted on (YYYY-MM-DD; Enter to skip)", name=name).text(lang)).strip()
        if not raw:
            return None
        day = parse_date(raw)
        if day is not None and day <= as_of:
            return day
        say(Msg("type a date such as 2024-05-10, no later than {date}, or press Enter",
                date=as_of.isoformat()).text(lang))


def ask_dates(filings: Iterable[Filing], held: Iterable[str], lang: str, as_of: dt.date,
              ask: Ask = _ask, say: Say = _say) -> tuple[gate.Held, ...]:
    """The grant date of each filing just said to be held, asked in turn."""
    ids = set(held)
    out = []
    for f in filings:
        if f.id in ids:
            granted = ask_granted(f, lang, as_of, ask, say)
            if granted is not None:
                out.append(gate.Held(f.id, granted))
    return tuple(out)


def with_dates(outcome: Outcome, dated: tuple[gate.Held, ...]) -> Outcome:
    """The outcome with the grant dates the interview gathered added to its holdings, and its report
    gated again on them (the gate as it was, so no gate is turned on by answering)."""
    if not dated:
        return outcome
    from icpcheck.rulebook.records import replace

    before = gate.gate_of(outcome.report)
    holdings = outcome.holdings.plus(gate.Holdings(dated=dated))
    warnings = outcome.report.warnings[:len(outcome.report.warnings) - len(before.notes)]
    report = gate.apply(replace(outcome.report, gate=None, warnings=warnings), holdings,
                        "none" if before.fail_on is None else before.fail_on)
    return replace(outcome, report=report, holdings=holdings)
