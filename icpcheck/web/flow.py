"""The questionnaire's state, read from and written to a URL query: no session, no database.

A page's whole state is its query string, so any page can be bookmarked or shared and any copy of
the server can answer it. Each answered question is `id=value` in the order answered (a many_of
answer repeats its id, one value each); beside them:

- `lang`: zh (default) or en;
- `held`: a filing already held (repeated), from the "already hold" step;
- `as_of`: YYYY-MM-DD, the date the rules are read on (default: today);
- `edit`: the question whose answer the person is changing (from the review page);
- `asked`: the question the submitted form showed (to tell "chose nothing" from "not asked");
- `was`: after Back, the answer taken back, offered again as the choice (repeated for many_of).

Which question comes next is the engine's: `engine.open_questions`. Values are parsed by
`answers.parse_value`, the one parser every source uses. Nothing here knows HTTP.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from icpcheck import answers as ans
from icpcheck.engine import Answer, open_questions
from icpcheck.errors import AnswersError
from icpcheck.messages import Msg
from icpcheck.rulebook.model import Question, Rulebook, Value

LANGS = ("zh", "en")
RESERVED = frozenset({"lang", "held", "as_of", "edit", "asked", "was"})
SOURCE = "prompt"  # answered by a person in the questionnaire, as in the terminal's interview
MAX_PARAMS = 400  # a query holds at most this many pairs (a rulebook has tens of questions)


@dataclass(frozen=True)
class State:
    """What a URL says: the answers so far (in the order given), and the rest of the page state."""

    lang: str = "zh"
    as_of: dt.date | None = None
    answers: dict[str, Answer] = field(default_factory=dict)
    held: tuple[str, ...] = ()
    edit: str | None = None
    asked: str | None = None
    was: tuple[str, ...] = ()
    problems: dict[str, Msg] = field(default_factory=dict)  # question id -> why its value was not taken
    moot: tuple[str, ...] = ()  # answers dropped: their question does not apply given the others

    @property
    def date(self) -> dt.date:
        return self.as_of or dt.date.today()

    def values(self) -> dict[str, Value]:
        return {k: a.value for k, a in self.answers.items()}


def check_rulebook(rulebook: Rulebook) -> None:
    """A question id that is also a page parameter would be unreadable from a URL."""
    clash = sorted(RESERVED & {q.id for q in rulebook.questions})
    if clash:
        raise ValueError(f"question ids clash with the questionnaire's URL parameters: {', '.join(clash)}")


def read(rulebook: Rulebook, pairs: Sequence[tuple[str, str]]) -> State:
    """The state in a query's (name, value) pairs. A value that does not parse is left out and
    said in `problems` (the question is asked again); names that are no question are ignored."""
    pairs = list(pairs)[:MAX_PARAMS]
    one = {k: v for k, v in reversed(pairs)}  # the first of a repeated single-valued parameter
    lang = one.get("lang", "zh")
    lang = lang if lang in LANGS else "zh"
    as_of = _date(one.get("as_of"))
    raw: dict[str, list[str]] = {}
    for name, value in pairs:
        if name not in RESERVED and rulebook.question(name) is not None:
            raw.setdefault(name, []).append(value)
    answers: dict[str, Answer] = {}
    problems: dict[str, Msg] = {}
    for qid, values in raw.items():
        q = rulebook.question(qid)
        assert q is not None
        try:
            given: object = values if q.type == "many_of" else values[-1]
            answers[qid] = Answer(qid, ans.parse_value(q, given, where=Msg("answer")), SOURCE)
        except AnswersError as err:
            problems[qid] = err.msg
    kept, warnings = ans.drop_irrelevant(rulebook, answers)
    moot = tuple(qid for qid in answers if qid not in kept)
    filings = {f.id for f in rulebook.filings}
    held = tuple(dict.fromkeys(v for k, v in pairs if k == "held" and v in filings))
    edit = one.get("edit")
    asked = one.get("asked")
    return State(lang=lang, as_of=as_of, answers=kept, held=held,
                 edit=edit if edit in kept else None,
                 asked=asked if asked is not None and rulebook.question(asked) is not None else None,
                 was=tuple(v for k, v in pairs if k == "was"), problems=problems, moot=moot)


def pending(rulebook: Rulebook, state: State) -> list[Question]:
    """The questions still open, in the order to ask them (the engine's: what can still change a
    status or what the report says)."""
    return open_questions(rulebook, state.values(), state.date)


def encode(value: Value) -> list[str]:
    """An answer as URL values: yes/no, a choice id, or one value per chosen id."""
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    if isinstance(value, tuple):
        return list(value)
    return [value]


def answer_pairs(answers: Iterable[Answer], *, skip: str | None = None) -> list[tuple[str, str]]:
    return [(a.id, v) for a in answers if a.id != skip for v in encode(a.value)]


def base_pairs(state: State) -> list[tuple[str, str]]:
    """lang and as_of, as every link carries them."""
    out = [("lang", state.lang)]
    if state.as_of is not None:
        out.append(("as_of", state.as_of.isoformat()))
    return out


def state_pairs(state: State, *, held: bool = False, lang: str | None = None) -> list[tuple[str, str]]:
    """The whole state as query pairs (answers in order; `held` too when asked)."""
    out = base_pairs(state)
    if lang is not None:
        out[0] = ("lang", lang)
    out += answer_pairs(state.answers.values())
    if held:
        out += [("held", fid) for fid in state.held]
    return out


def without_last(state: State) -> tuple[list[tuple[str, str]], Answer | None]:
    """Back: the state less its last answer, and that answer (offered again as the choice)."""
    if not state.answers:
        return state_pairs(state), None
    last = list(state.answers.values())[-1]
    rest = [a for a in state.answers.values() if a.id != last.id]
    return base_pairs(state) + answer_pairs(rest), last


def preselected(q: Question, state: State) -> Value | None:
    """What a question page shows chosen: the answer being changed, else the answer taken back by
    Back, else the rulebook's default (the terminal's interview offers the same, Enter takes it)."""
    if q.id in state.answers:
        return state.answers[q.id].value
    if state.was:
        try:
            return ans.parse_value(q, list(state.was) if q.type == "many_of" else state.was[-1], where="was")
        except AnswersError:
            pass
    return q.default


def document(rulebook: Rulebook, state: State) -> dict[str, object]:
    """The answers document for checking.run and for the download: the answers with their source,
    and what is held (the same document the command line reads as an answers file)."""
    return {
        "answers": {a.id: {"value": list(a.value) if isinstance(a.value, tuple) else a.value,
                           "source": a.source} for a in state.answers.values()},
        "held": list(state.held),
    }


def _date(raw: str | None) -> dt.date | None:
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        return None
