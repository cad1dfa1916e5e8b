"""The CI gate: which needed filings are held, waived or missing, and whether that fails the run.

Pure: a function of (filing statuses, holdings, fail_on, date). A filing is *needed* when its
status is `required` (with fail_on review: `required` or `review`). Each filing gets one state:
held > waived (an unexpired waiver) > missing (needed, neither held nor waived) > not_needed.
A waiver is good through its `expires` date; after it, the filing counts as missing again.

The gate learns time (comes-due): `overdue` fails on an obligation past its due date and not
recorded as done, `due-within:30d` on one due within 30 days too; these read the obligations only
(a missing filing is still shown as missing, but `required` is the gate for it). A held filing
may carry dates (`Held`): granted, number, expires, events and `done`, the one place an
obligation is recorded as met.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from icpcheck.errors import AnswersError
from icpcheck.messages import Joined, Warning
from icpcheck.rulebook.records import record, replace
from icpcheck.words import did_you_mean, parse_date, quoted

if TYPE_CHECKING:
    from icpcheck.engine import Report

FAIL_ON = ("required", "review", "overdue", "none")  # and due-within:<days>d (DUE_WITHIN)
DUE_WITHIN = re.compile(r"due-within:(\d{1,4})d?")
HELD_KEYS = frozenset({"granted", "number", "expires", "events", "done"})
_HELD_HINT = "a held filing has: granted, number, expires (YYYY-MM-DD), events, done"
STATES = ("held", "waived", "missing", "not_needed")
WAIVER_KEYS = frozenset({"filing", "reason", "expires"})
_WAIVER_HINT = "a waiver has exactly: filing, reason, expires (YYYY-MM-DD)"


@record
class Waiver:
    """A recorded decision not to hold a filing yet, good through `expires`."""

    filing: str
    reason: str
    expires: dt.date

    def active(self, on: dt.date) -> bool:
        return on <= self.expires


Dates = tuple[tuple[str, tuple[dt.date, ...]], ...]  # (name, sorted dates), sorted by name


@record
class Held:
    """A filing held, with what is known of it: when granted, its number, when it expires, the
    events recorded (site_live, change, ...) and the obligations met (`done`, by obligation id)."""

    filing: str
    granted: dt.date | None = None
    number: str | None = None
    expires: dt.date | None = None
    events: Dates = ()
    done: Dates = ()

    def __bool__(self) -> bool:
        return any((self.granted, self.number, self.expires, self.events, self.done))

    def event(self, name: str) -> tuple[dt.date, ...]:
        return dict(self.events).get(name, ())

    def done_dates(self, obligation: str) -> tuple[dt.date, ...]:
        return dict(self.done).get(obligation, ())


@record
class Holdings:
    """What a company says it has: filings held (with their dates, when given), and waivers for
    those it has not."""

    held: frozenset[str] = frozenset()
    waivers: tuple[Waiver, ...] = ()
    dated: tuple[Held, ...] = ()  # the held filings with dates; earlier entries win (flags before a file)

    def __bool__(self) -> bool:
        return bool(self.held or self.waivers)

    def plus(self, other: Holdings) -> Holdings:
        return Holdings(self.held | other.held, self.waivers + other.waivers, self.dated + other.dated)

    def of(self, filing: str) -> Held:
        """What is known of a filing held: each date from the first entry that gives it; events and
        done dates from all of them."""
        entries = [h for h in self.dated if h.filing == filing]
        return Held(filing,
                    next((h.granted for h in entries if h.granted), None),
                    next((h.number for h in entries if h.number), None),
                    next((h.expires for h in entries if h.expires), None),
                    _merged(h.events for h in entries), _merged(h.done for h in entries))

    def events(self, name: str) -> tuple[dt.date, ...]:
        """An event's dates, whichever held filing records it (a site goes live once for all)."""
        return tuple(sorted({d for h in self.dated for d in h.event(name)}))


def _merged(groups: Iterable[Dates]) -> Dates:
    out: dict[str, set[dt.date]] = {}
    for group in groups:
        for name, dates in group:
            out.setdefault(name, set()).update(dates)
    return tuple((name, tuple(sorted(dates))) for name, dates in sorted(out.items()))


@record
class FilingGate:
    filing: str
    status: str
    held: bool
    waiver: Waiver | None  # the latest-expiring waiver listed for this filing, if any
    waived: bool  # an unexpired waiver covers it
    state: str  # one of STATES
    fails: bool  # missing, and a gate is on


@record
class Gate:
    fail_on: str | None  # None: no gate (nothing held or waived, no fail_on)
    filings: tuple[FilingGate, ...]
    notes: tuple[Warning, ...] = ()
    holdings: Holdings = Holdings()  # what the gate read (obligations are dated from it)
    due_failing: tuple[str, ...] = ()  # obligations that fail an `overdue`/`due-within` gate: filing/obligation

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for f in self.filings if f.state == s)
                for s in ("held", "waived", "missing")}

    @property
    def failing(self) -> tuple[str, ...]:
        return tuple(sorted(f.filing for f in self.filings if f.fails)) + self.due_failing

    @property
    def passed(self) -> bool:
        return not self.failing

    def of(self, filing: str) -> FilingGate:
        return next(f for f in self.filings if f.filing == filing)


def resolve_fail_on(fail_on: str | None, holdings: Holdings) -> str | None:
    """fail_on as given (`none`: no gate); else `required` once anything is held or waived; else
    no gate."""
    if fail_on is not None:
        return None if fail_on == "none" else fail_on
    return "required" if holdings else None


def due_within(fail_on: str | None) -> int | None:
    """The days of a time gate: 0 for `overdue`, N for `due-within:Nd`; None for any other."""
    if fail_on == "overdue":
        return 0
    found = DUE_WITHIN.fullmatch(fail_on or "")
    return int(found.group(1)) if found else None


def valid_fail_on(fail_on: str) -> bool:
    return fail_on in FAIL_ON or DUE_WITHIN.fullmatch(fail_on) is not None


def needed_statuses(fail_on: str | None) -> frozenset[str]:
    return frozenset({"required", "review"}) if fail_on == "review" else frozenset({"required"})


def decide(statuses: Mapping[str, str], holdings: Holdings, fail_on: str | None,
           as_of: dt.date) -> Gate:
    """Each filing's state and whether the gate fails; `statuses` maps filing id to status."""
    needed = needed_statuses(fail_on)
    results: list[FilingGate] = []
    notes: list[Warning] = []
    gates = fail_on is not None and due_within(fail_on) is None
    listed_of: dict[str, list[Waiver]] = {}
    for w in holdings.waivers:
        listed_of.setdefault(w.filing, []).append(w)
    for fid, status in statuses.items():
        listed = listed_of.get(fid)
        waiver = max(listed, key=lambda w: w.expires) if listed else None
        held = fid in holdings.held
        waived = waiver is not None and waiver.active(as_of)
        state = _state(status, held, waived, needed)
        if waiver is not None and not waived:
            expired = {"f": fid, "date": waiver.expires.isoformat(), "as_of": as_of.isoformat()}
            notes.append(Warning("waiver_expired", "the waiver for '{f}' expired on {date} (as of {as_of}); "
                                 "it counts as missing", **expired) if state == "missing" else
                         Warning("waiver_expired", "the waiver for '{f}' expired on {date} (as of {as_of})",
                                 **expired))
        results.append(FilingGate(fid, status, held, waiver, waived, state, gates and state == "missing"))
    return Gate(fail_on, tuple(results), tuple(notes))


def _state(status: str, held: bool, waived: bool, needed: frozenset[str]) -> str:
    """A filing's one state: held > waived > missing (needed) > not_needed."""
    if held:
        return "held"
    if waived:
        return "waived"
    return "missing" if status in needed else "not_needed"


def failing_filings(statuses: Mapping[str, str], holdings: Holdings, fail_on: str | None,
                    as_of: dt.date) -> tuple[str, ...]:
    """`decide(...).failing` without the rest of the gate: the ids of the filings that fail it,
    sorted. Not for a time gate (`overdue`, `due-within`), which fails on obligations, not filings."""
    if fail_on is None:
        return ()
    if due_within(fail_on) is not None:
        raise ValueError("a time gate fails on obligations: use apply")
    needed = needed_statuses(fail_on)
    waived = {w.filing for w in holdings.waivers if w.active(as_of)}  # the latest-expiring is active
    held = holdings.held
    return tuple(sorted(fid for fid, status in statuses.items()
                        if _state(status, fid in held, fid in waived, needed) == "missing"))


def apply(report: Report, holdings: Holdings, fail_on: str | None) -> Report:
    """The report with its gate attached and expired waivers added to its warnings (whether the
    gate passed is the report's `gate_passed`; the CLI turns a failure into exit 1)."""
    fail_on = resolve_fail_on(fail_on, holdings)
    gate = replace(decide({f.filing.id: f.status for f in report.filings}, holdings, fail_on, report.as_of),
                   holdings=holdings)
    days = due_within(fail_on)
    if days is not None:
        from icpcheck.obligations import failing

        gate = replace(gate, due_failing=failing(replace(report, gate=gate), days))
    return replace(report, gate=gate, warnings=report.warnings + gate.notes)


def gate_of(report: Report) -> Gate:
    """The report's gate, or the no-gate view (nothing held, nothing fails) if none was applied."""
    if isinstance(report.gate, Gate):
        return report.gate
    return decide({f.filing.id: f.status for f in report.filings}, Holdings(), None, report.as_of)


class UnknownFiling(AnswersError):
    """A filing said to be held is no filing of the rulebook; `.filing` and `.known` say which."""

    def __init__(self, filing: object, known: list[str]) -> None:
        super().__init__("{value} is not a filing id{suggest}", hint="choose from: {values}", value=quoted(filing),
                         suggest=did_you_mean(filing, known), values=", ".join(known))
        self.filing = filing
        self.known = known


def held_ids(ids: Iterable[str], filing_ids: Iterable[str]) -> Holdings:
    """Filings held, by id, each checked against the rulebook's filing ids (UnknownFiling if not one)."""
    known = sorted(filing_ids)
    for fid in ids:
        if fid not in known:
            raise UnknownFiling(fid, known)
    return Holdings(frozenset(ids))


def holdings_from_document(data: object, filing_ids: Iterable[str], *, name: str) -> Holdings:
    """`held: [id, ...]` and `waivers: [{filing, reason, expires}]` from an answers file."""
    if not isinstance(data, dict):
        return Holdings()
    known = sorted(filing_ids)
    held_raw = data.get("held", [])
    if held_raw is None:
        held_raw = []
    dated: list[Held] = []
    if isinstance(held_raw, dict):  # {id: {granted, number, expires, events, done} or null}
        for fid, body in held_raw.items():
            _filing_id(fid, known, where=f"{name}: held")
            held = _held(fid, body, where=f"{name}: held.{fid}")
            if held:
                dated.append(held)
        held_raw = list(held_raw)
    if not isinstance(held_raw, list):
        raise AnswersError("{name}: 'held' must be a list of filing ids", hint="e.g. {example}", name=name,
                           example=f"held: [{known[0]}] or held: {{{known[0]}: {{granted: 2024-05-10}}}}")
    for item in held_raw:
        _filing_id(item, known, where=f"{name}: held")
    waivers_raw = data.get("waivers", [])
    if waivers_raw is None:
        waivers_raw = []
    if not isinstance(waivers_raw, list):
        raise AnswersError("{name}: 'waivers' must be a list", hint="e.g. {example}", name=name,
                           example=f"waivers: [{{filing: {known[0]}, reason: ..., expires: '2027-06-30'}}]")
    waivers = tuple(_waiver(w, known, where=f"{name}: waivers[{i}]")
                    for i, w in enumerate(waivers_raw))
    return Holdings(frozenset(held_raw), waivers, tuple(dated))


def _held(fid: str, raw: object, *, where: str) -> Held:
    """One held filing's dates: null (held, nothing more known) or a mapping of HELD_KEYS."""
    if raw is None:
        return Held(fid)
    if not isinstance(raw, dict):
        raise AnswersError("{place}: should be a mapping (granted, number, expires, events, done) or empty",
                           hint=_HELD_HINT, place=where)
    extra = Joined(sorted(repr(str(k)) for k in raw if k not in HELD_KEYS), sep=", ")
    if extra.items:
        raise AnswersError("{place}: unknown key(s) {keys}", hint=_HELD_HINT, place=where, keys=extra)
    number = raw.get("number")
    if number is not None and not isinstance(number, (str, int)) or isinstance(number, bool):
        raise AnswersError("{place}: 'number' must be a text", hint="e.g. 粤B2-20240001", place=f"{where}.number")
    granted = None if raw.get("granted") is None else _date(raw["granted"], where=f"{where}.granted")
    expires = None if raw.get("expires") is None else _date(raw["expires"], where=f"{where}.expires")
    if granted is not None and expires is not None and expires <= granted:
        raise AnswersError("{place}: expires {expires} is not after granted {granted}", hint="use YYYY-MM-DD",
                           place=where, expires=expires.isoformat(), granted=granted.isoformat())
    return Held(fid, granted, None if number is None else str(number).strip() or None, expires,
                _dates_by_name(raw.get("events"), where=f"{where}.events"),
                _dates_by_name(raw.get("done"), where=f"{where}.done"))


def _dates_by_name(raw: object, *, where: str) -> Dates:
    """`{name: date}` or `{name: [date, ...]}` (events, done), as sorted pairs."""
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise AnswersError("{place}: should be a mapping of ids to a date or a list of dates",
                           hint="e.g. {example}", place=where, example="{annual_report: [2025-03-20, 2026-03-18]}")
    out: list[tuple[str, tuple[dt.date, ...]]] = []
    for key, value in raw.items():
        if not isinstance(key, str) or not key.strip():
            raise AnswersError("{place}: {value} is not an id", hint="e.g. {example}", place=where,
                               value=repr(key), example="annual_report")
        items = value if isinstance(value, list) else [value]
        out.append((key, tuple(sorted({_date(d, where=f"{where}.{key}") for d in items}))))
    return tuple(sorted(out))


def _filing_id(raw: object, known: list[str], *, where: str) -> str:
    if not isinstance(raw, str) or raw not in known:
        raise AnswersError("{place}: {value} is not a filing id{suggest}", hint="choose from: {values}",
                           place=where, value=quoted(raw), suggest=did_you_mean(raw, known),
                           values=", ".join(known))
    return raw


def _waiver(raw: object, known: list[str], *, where: str) -> Waiver:
    if not isinstance(raw, dict):
        raise AnswersError("{place}: a waiver is a mapping with filing, reason and expires", place=where)
    extra = Joined(sorted(repr(str(k)) for k in raw if k not in WAIVER_KEYS), sep=", ")
    missing = Joined(sorted(WAIVER_KEYS - set(raw)), sep=", ")
    if extra.items and missing.items:
        raise AnswersError("{place}: unknown key(s) {keys}; missing {missing}", hint=_WAIVER_HINT,
                           place=where, keys=extra, missing=missing)
    if extra.items:
        raise AnswersError("{place}: unknown key(s) {keys}", hint=_WAIVER_HINT, place=where, keys=extra)
    if missing.items:
        raise AnswersError("{place}: missing {missing}", hint=_WAIVER_HINT, place=where, missing=missing)
    reason = raw["reason"]
    if not isinstance(reason, str) or not reason.strip():
        raise AnswersError("{place}: 'reason' must be a non-empty text",
                           hint="say why the filing is not held yet", place=where)
    return Waiver(_filing_id(raw["filing"], known, where=f"{where}.filing"), reason.strip(),
                  _date(raw["expires"], where=f"{where}.expires"))


def _date(raw: Any, *, where: str) -> dt.date:
    date = parse_date(raw)
    if date is None:
        raise AnswersError("{place}: {value} is not a date", hint="use YYYY-MM-DD", place=where, value=repr(raw))
    return date


def to_document(holdings: Holdings) -> dict[str, Any]:
    """The `held` and `waivers` keys of an answers file (sorted, dates as text): `held` a list of
    ids, or, when any held filing has dates, a mapping of ids to them (null: no dates)."""
    dated = {fid: holdings.of(fid) for fid in sorted(holdings.held)}
    held: list[str] | dict[str, Any] = sorted(holdings.held)
    if any(dated.values()):
        held = {fid: _held_document(h) if h else None for fid, h in dated.items()}
    return {
        "held": held,
        "waivers": [{"filing": w.filing, "reason": w.reason, "expires": w.expires.isoformat()}
                    for w in sorted(holdings.waivers,
                                    key=lambda w: (w.filing, w.expires, w.reason))],
    }


def _held_document(h: Held) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if h.granted:
        out["granted"] = h.granted.isoformat()
    if h.number:
        out["number"] = h.number
    if h.expires:
        out["expires"] = h.expires.isoformat()
    for key, dates in (("events", h.events), ("done", h.done)):
        if dates:
            out[key] = {name: [d.isoformat() for d in ds] if len(ds) > 1 else ds[0].isoformat()
                        for name, ds in dates}
    return out
