"""The command line's side of answering: `-a ID=VALUE` and `--held` parsed into the application
layer's request, and its errors phrased as the flags that fix them."""

from __future__ import annotations

from collections.abc import Iterable

from icpcheck import answers as ans
from icpcheck import gate
from icpcheck.checking import AssumedAnswers
from icpcheck.engine import Answer
from icpcheck.errors import AnswersError, CommandLineError, IcpcheckError
from icpcheck.messages import Joined, Msg
from icpcheck.rulebook.model import Question, Rulebook, Value


def from_pairs(rulebook: Rulebook, pairs: Iterable[str]) -> dict[str, Answer]:
    """`-a id=value` flags, each parsed as every answer is (answers.parse_value)."""
    out: dict[str, Answer] = {}
    first: dict[str, str] = {}  # the flag that answered each question
    for pair in pairs:
        qid, sep, raw = pair.partition("=")
        if not sep:
            raise AnswersError("--answer {pair}: expected ID=VALUE", hint="e.g. {example}",
                               pair=repr(pair), example=f"-a {example(rulebook)}")
        q = ans.question_or_error(rulebook, qid.strip(), where=f"--answer {pair}")
        value = ans.parse_value(q, raw, where=f"--answer {pair}")
        if q.id in out and out[q.id].value != value:
            # The last one winning in silence would hide a mistake in a script or a CI file.
            raise AnswersError("--answer {a} and --answer {b} give '{q}' two different answers",
                               hint="give each question one answer", a=first[q.id], b=pair, q=q.id)
        first.setdefault(q.id, pair)
        out[q.id] = Answer(q.id, value, "flag")
    return out


def held(ids: Iterable[str], rulebook: Rulebook) -> gate.Holdings:
    """`--held ID` flags; an unknown id is a usage error (exit 2)."""
    try:
        return gate.held_ids(ids, (f.id for f in rulebook.filings))
    except gate.UnknownFiling as err:
        raise CommandLineError("--held {f}: no such filing{suggest}", hint="choose from: {values}",
                               f=repr(err.filing), suggest=err.msg.params["suggest"],
                               values=", ".join(err.known)) from None


def phrased(err: IcpcheckError, rulebook: Rulebook) -> IcpcheckError:
    """A domain error said as the flags that fix it (the same exit code)."""
    if isinstance(err, ans.MissingAnswers):
        flags = Joined((Msg("{q} (-a {q}={value}, if it applies)", q=q.id, value=values_of(q)) if q in err.maybe
                        else Msg("{q} (-a {q}={value})", q=q.id, value=values_of(q)) for q in err.missing), sep=", ")
        out: IcpcheckError = ans.MissingAnswers(err.missing, err.maybe)
        out.msg = Msg("missing answers and no terminal to ask: {flags}", flags=flags)
        out.hint_msg = (Msg("or pass --answers FILE, or --model {models}",
                            models="|".join(m.id for m in rulebook.models))
                        if rulebook.models else Msg("or pass --answers FILE"))
        out.args = (out.msg.text("en"),)
        return out
    if isinstance(err, AssumedAnswers):
        flags = Joined((Msg("{q} (-a {q}={value})", q=q.id, value=values_of(q)) for q in err.assumed), sep=", ")
        return AnswersError.of(Msg("--strict: answers assumed, not given: {flags}", flags=flags),
                               hint=Msg("answer each with -a ID=VALUE or in --answers FILE"))
    if isinstance(err, ans.ModelsDisagree):
        return AnswersError.of(Msg("--model: {problem}", problem=err.msg),
                               hint=Msg("say which with -a {q}=VALUE", q=err.question))
    return err


def assumed_line(answers: dict[str, Answer], assumed: Iterable[str]) -> Msg | None:
    """One line naming every answer a default filled in, as the flags that give it (to copy and change)."""
    items = Joined((_Flag(qid, answers[qid].value) for qid in assumed), sep=" ")
    if not items.items:
        return None
    return Msg("assumed, as nobody answered: {items}; give other values the same way, or use --strict to "
               "refuse assumptions", items=items)


class _Flag:
    """`-a id=value` with a yes/no in words (是/否 or yes/no, both accepted back) and choices by id."""

    __slots__ = ("qid", "value")

    def __init__(self, qid: str, value: Value) -> None:
        self.qid = qid
        self.value = value

    def text(self, lang: str) -> str:
        from icpcheck.i18n import t

        value = self.value
        shown = t("value.yes" if value else "value.no", lang) if isinstance(value, bool) else (
            ",".join(value) if isinstance(value, tuple) else value)
        return f"-a {self.qid}={shown}"


def values_of(q: Question) -> str:
    """What `-a ID=` takes: yes|no, or the choices' ids."""
    if q.type == "yes_no":
        return "yes|no"
    return "|".join(c.value for c in q.choices)


def example(rulebook: Rulebook) -> str:
    """`id=value` for the rulebook's first question, for hints."""
    if not rulebook.questions:
        return "question_id=value"
    q = rulebook.questions[0]
    value = "yes" if q.type == "yes_no" else q.choices[0].value if q.choices else "value"
    return f"{q.id}={value}"
