"""The application layer: one function, `run`, that every front end calls to check one business.

A front end (the command line, batch, the Python API, `rules test`, the web app) turns its input
into a `Request` — where the answers come from, what is held, the date, how strict to be — calls
`run`, and phrases the `Outcome` or the error in its own terms. Errors are data: `MissingAnswers`
names the open questions, `AssumedAnswers` the answers a default filled, `UnknownFiling` a held
id that is no filing; none of them names a flag, a key path or an HTTP status.

The steps, each written once: gather (document < models < given, one precedence) → complete
(drop moot answers; ask, or fill defaults, or name what is missing) → strict → evaluate → held
(the interview's question) → gate.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

import icpcheck.answers as ans
import icpcheck.gate as gate
from icpcheck.engine import Answer, Report, evaluate, plan
from icpcheck.errors import AnswersError
from icpcheck.messages import Joined, Msg, Warning
from icpcheck.rulebook.records import field, record

if TYPE_CHECKING:
    from icpcheck.rulebook.model import Filing, Question, Rulebook

# Asks a person which of these filings (needed, not yet held) they already hold.
AskHeld = Callable[[list["Filing"]], Iterable[str]]


@record
class Request:
    """What to check. Answers come from three sources, later beating earlier: `document` (an
    answers document: flat `{id: value}` or `{answers: ..., held: ..., waivers: ...}`), `models`
    (the rulebook's named answer sets) and `given` (`{id: answer}` already parsed, e.g. from a
    command line); then `ask` (a person) answers what is still open, or defaults fill it."""

    rulebook: Rulebook
    as_of: dt.date
    document: object = None
    name: str = "<answers>"  # how the document is named in messages and answer sources (file:NAME)
    positions: Mapping[tuple[str | int, ...], tuple[int, int]] | None = None
    lenient: bool = False  # drop a document's answers that no longer validate (a person will be asked)
    models: tuple[str, ...] = ()
    given: Mapping[str, Answer] = field(default_factory=dict)
    holdings: gate.Holdings = gate.Holdings()  # besides the document's own held/waivers
    fail_on: str | None = None
    strict: bool = False
    ask: ans.Ask | None = None
    ask_held: AskHeld | None = None
    # Told at once of what is found before anyone is asked (answers dropped from the document), so a
    # person hears why a question comes again; what it is told is left out of Outcome.warnings.
    notify: Callable[[Warning], None] | None = None


@record
class Outcome:
    """A checked business: the gated report, the answers as used (with their sources), what was
    assumed, the holdings the gate read, and the warnings to show (answers dropped or ignored,
    contradictions, expired waivers)."""

    report: Report
    answers: Mapping[str, Answer]
    holdings: gate.Holdings
    warnings: tuple[Warning, ...]
    asked: bool = False  # a person answered some of it (the interview ran)

    @property
    def assumed(self) -> tuple[str, ...]:
        """Ids of the answers a default filled, not given by anyone."""
        return tuple(sorted(k for k, a in self.answers.items() if a.source == "default"))

    @property
    def passed(self) -> bool:
        return self.report.gate_passed


class AssumedAnswers(AnswersError):
    """Strict checking: some answers would be taken from a default; `.assumed` names the questions."""

    def __init__(self, assumed: tuple[Question, ...]) -> None:
        super().__init__("answers assumed, not given: {ids}", hint="answer them, or allow defaults",
                         ids=Joined((q.id for q in assumed), sep=", "))
        self.assumed = assumed


def run(request: Request) -> Outcome:
    """Check one business: gather its answers, complete them, evaluate, gate."""
    rb = request.rulebook
    warnings: list[Warning] = []
    holdings = request.holdings
    from_document: dict[str, Answer] = {}
    if request.document is not None:
        dropped: list[Msg] = []
        from_document = ans.from_document(rb, request.document, name=request.name,
                                          dropped=dropped if request.lenient else None,
                                          positions=request.positions)
        if dropped:
            note = Warning("answers_dropped", "dropped {n} answer(s) from {name} that no longer validate; they "
                           "will be asked again: {items}", n=len(dropped), name=request.name, items=Joined(dropped))
            (request.notify or warnings.append)(note)
        holdings = holdings.plus(gate.holdings_from_document(request.document, filing_ids(rb),
                                                             name=request.name))
    given = ans.gather(file=from_document, models=ans.from_models(rb, request.models), flags=request.given)
    asked: list[bool] = []  # whether the interview ran: only then is a person there to say what is held
    ask = request.ask

    def asking(rulebook: Rulebook, answers: dict[str, Answer], as_of: dt.date) -> dict[str, Answer]:
        assert ask is not None
        asked.append(True)
        return ask(rulebook, answers, as_of)

    done = ans.complete(rb, given, request.as_of, ask=asking if ask is not None else None)
    if request.strict and done.assumed:
        raise AssumedAnswers(tuple(q for q in rb.questions if q.id in done.assumed))
    warnings += done.warnings
    report = evaluate(rb, done.answers, request.as_of, done.warnings)
    gated_by = holdings
    if request.ask_held is not None and asked:
        # What a person says they hold is recorded, but turns no gate on: a gate is asked for.
        listed = [f.filing for f in plan(report) if f.filing.id not in holdings.held]
        holdings = holdings.plus(gate.Holdings(frozenset(request.ask_held(listed))))
    fail_on = gate.resolve_fail_on(request.fail_on, gated_by)
    report = gate.apply(report, holdings, "none" if fail_on is None else fail_on)
    return Outcome(report, done.answers, holdings, (*warnings, *gate.gate_of(report).notes), bool(asked))


def filing_ids(rulebook: Rulebook) -> tuple[str, ...]:
    return tuple(f.id for f in rulebook.filings)


def missing_keys(err: ans.MissingAnswers) -> list[str]:
    """The ids of the questions still open, as a front end names them."""
    return [q.id for q in err.missing]


# --- The built-in rulebook, loaded once per process --------------------------------------------

_lock = threading.Lock()
_builtin: Rulebook | None = None


def builtin_rulebook() -> Rulebook:
    """The built-in rulebook, built on first use and shared afterwards (it is immutable); safe to
    call from several threads."""
    global _builtin
    if _builtin is None:
        with _lock:
            if _builtin is None:
                from icpcheck.rulebook.build import load_rulebook

                _builtin = load_rulebook(None)
    return _builtin
