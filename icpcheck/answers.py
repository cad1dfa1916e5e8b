"""The one answers pipeline: every source (file, models, flags, prompt, batch line, case) is parsed
and validated here, merged with one precedence, and completed (defaults, moot answers dropped, the
interview asked, or the missing answers named) before the engine sees it."""

from __future__ import annotations

import datetime as dt
from collections import ChainMap
from collections.abc import Callable, Iterable, Mapping
from typing import Any, cast

from icpcheck.engine import Answer, compiled, open_questions, question_states, relevance
from icpcheck.errors import AnswersError
from icpcheck.i18n import AnswerSource
from icpcheck.messages import Joined, Msg, Warning
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import NO as NO
from icpcheck.rulebook.model import YES as YES
from icpcheck.rulebook.model import Invalid, Question, Rulebook, Text, Value
from icpcheck.rulebook.records import record
from icpcheck.words import did_you_mean, quoted

# Keys an answers file may carry beside `answers` (written by --save-answers, read by the gate).
FILE_KEYS = frozenset({"answers", "rulebook", "tool", "saved", "held", "waivers", "schema_version"})


def parse_value(q: Question, raw: object, *, where: str | Msg) -> Value:
    """Turn one raw answer (a string from a flag or prompt, or a JSON/YAML value) into a Value:
    Question.parse, its refusal raised as an AnswersError (see invalid_error)."""
    value = q.parse(raw)
    if isinstance(value, Invalid):
        raise invalid_error(value, where=where)
    return value


class InvalidAnswer(AnswersError):
    """An answer its question does not take: `.invalid` says why as data (the question id, the raw
    value, the allowed values); the message says it in the words of files, flags and the API."""

    invalid: Invalid


def invalid_error(invalid: Invalid, *, where: str | Msg) -> InvalidAnswer:
    """An answer Question.parse refused, in words, at `where` (a file's place, a flag, ...)."""
    said = _invalid_words(invalid, where)
    err = cast(InvalidAnswer, InvalidAnswer.of(said.msg, hint=said.hint_msg))  # `of` makes the class it is called on
    err.invalid = invalid
    return err


def _invalid_words(invalid: Invalid, where: str | Msg) -> AnswersError:
    q, raw, values = invalid.question, invalid.raw, list(invalid.allowed)
    if invalid.problem == "yes_no":
        return AnswersError("{where}: '{q}' is a yes/no question; {value} is not yes or no",
                            hint="use yes/no (also y/n, true/false, 1/0, 是/否)", where=where, q=q, value=quoted(raw))
    if invalid.problem == "choice":
        return AnswersError("{where}: {value} is not a choice of '{q}'{suggest}", hint="choose one of: {values}",
                            where=where, value=quoted(raw), q=q, suggest=did_you_mean(raw, values),
                            values=", ".join(values))
    if invalid.problem == "list":
        return AnswersError("{where}: '{q}' takes a list of choices, not {value}", hint="e.g. {example}",
                            where=where, q=q, value=quoted(raw), example=f"{q}={','.join(values[:2])}")
    if invalid.problem == "empty":
        return AnswersError("{where}: '{q}' needs at least one choice", hint="choose from: {values}",
                            where=where, q=q, values=", ".join(values))
    if invalid.problem == "item":
        return AnswersError("{where}: {value} is not a choice of '{q}'{suggest}", hint="choose from: {values}",
                            where=where, value=quoted(invalid.item), q=q,
                            suggest=did_you_mean(invalid.item, values), values=", ".join(values))
    return AnswersError("{where}: '{choice}' of '{q}' is chosen alone, not together with {others}",
                        hint="answer {q}={choice} alone, or leave '{choice}' out", where=where, choice=invalid.item,
                        q=q, others=", ".join(invalid.others))


def question_or_error(rulebook: Rulebook, qid: object, *, where: str | Msg) -> Question:
    q = rulebook.question(qid) if isinstance(qid, str) else None
    if q is None:
        known = [x.id for x in rulebook.questions]
        raise AnswersError(
            "{where}: unknown question {q}{suggest}", hint="`icpcheck questions` lists every question id",
            where=where, q=quoted(qid), suggest=did_you_mean(qid, known),
        )
    return q


def from_models(rulebook: Rulebook, model_ids: Iterable[str]) -> dict[str, Answer]:
    """The rulebook's named answer sets (models); mixed models combine as a union (any yes wins,
    choices add up)."""
    merged: dict[str, Value] = {}
    sources: dict[str, list[str]] = {}
    for mid in model_ids:
        model = next((m for m in rulebook.models if m.id == mid), None)
        if model is None:
            known = [m.id for m in rulebook.models]
            raise AnswersError("unknown model {model}{suggest}", hint="choose from: {values}",
                               model=quoted(mid), suggest=did_you_mean(mid, known), values=", ".join(known))
        for qid, value in model.answers.items():
            old = merged.get(qid)
            if old is None:
                merged[qid] = value
            elif isinstance(value, bool) and isinstance(old, bool):
                merged[qid] = old or value
            elif isinstance(value, tuple) and isinstance(old, tuple):
                q = rulebook.question(qid)
                union: Value | Invalid = tuple(dict.fromkeys(old + value))
                if q is not None:  # as every answer: in the rulebook's order, an exclusive choice alone
                    union = q.parse(list(old + value))
                if isinstance(union, Invalid):
                    raise ModelsDisagree(qid, old, value)
                merged[qid] = union
            elif old != value:
                raise ModelsDisagree(qid, old, value)
            sources.setdefault(qid, []).append(mid)
    return {qid: Answer(qid, v, "model:" + "+".join(sources[qid])) for qid, v in merged.items()}


def from_document(rulebook: Rulebook, data: object, *, name: str, dropped: list[Msg] | None = None,
                  positions: Mapping[tuple[str | int, ...], tuple[int, int]] | None = None) -> dict[str, Answer]:
    """An answers file: {id: value, ...} or {answers: {id: value | {value, source}}, held: ...}.

    A recorded `source` (written by --save-answers) is kept, so a replayed report matches the
    original. With `dropped` given, an answer that no longer validates (unknown question, bad value)
    is left out and described there instead of failing: the caller asks that question again.
    Otherwise every such answer is named in one error, each at its `file:line:column` when
    `positions` (a parsed document's) says where it is.
    """
    if not isinstance(data, dict):
        raise AnswersError("{name}: answers must be an object/mapping of question id to value, not {kind}",
                           hint="e.g. {example}", name=name, kind=_json_kind(data),
                           example=f"{{{_example(rulebook, ': ')}}}")
    body: Mapping[Any, Any] = data
    if "answers" in data and not isinstance(data["answers"], dict):
        raise AnswersError("{name}: 'answers' must be an object/mapping of question id to value, not {kind}",
                           hint="e.g. {example}", name=name, kind=_json_kind(data["answers"]),
                           example=f"answers: {{{_example(rulebook, ': ')}}}")
    if is_file_document(data):
        extra = sorted(str(k) for k in data if k not in FILE_KEYS)
        if extra and "answers" not in data:
            # Flat answers beside held/waivers: say where they go rather than call them unknown.
            raise AnswersError("{name}: with {keys} in the file, put the answers {extra} under 'answers:'",
                               hint="answers: {{question_id: value, ...}} beside held: [...] / waivers: [...]",
                               name=name, keys=sorted(k for k in data if k in FILE_KEYS), extra=extra)
        if extra:
            raise AnswersError("{name}: unknown key(s) {keys} beside 'answers'", hint="allowed: {allowed}",
                               name=name, keys=extra, allowed=", ".join(sorted(FILE_KEYS)))
        body = data.get("answers") or {}
        if not isinstance(body, dict):
            raise AnswersError("{name}: 'answers' must be a mapping of question id to value", name=name)
    out: dict[str, Answer] = {}
    problems: list[AnswersError] = []
    nested = body is not data
    for qid, raw in body.items():
        source = f"file:{name}"
        if isinstance(raw, dict) and "value" in raw:
            if isinstance(raw.get("source"), str) and raw["source"]:
                source = raw["source"]
            raw = raw["value"]
        place = _place(name, positions, ("answers", qid) if nested else (qid,))
        try:
            q = question_or_error(rulebook, qid, where=place)
            out[q.id] = Answer(q.id, parse_value(q, raw, where=f"{place}: {q.id}"), source)
        except AnswersError as err:
            if dropped is not None:
                dropped.append(err.msg)
            else:
                problems.append(err)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise AnswersError.of(Msg("{name}: {n} problems: {problems}", name=name, n=len(problems),
                                  problems=Joined(p.msg for p in problems)),
                              hint=Msg("`icpcheck questions` lists every question, its choices and how to "
                                       "answer it"))
    return out


def _place(name: str, positions: Mapping[tuple[str | int, ...], tuple[int, int]] | None,
           path: tuple[str | int, ...]) -> str:
    """`file:line:column` of an answer when the document says where it is, else the file's name."""
    at = positions.get(path) if positions is not None else None
    return f"{name}:{at[0]}:{at[1]}" if at else name


@record
class Document:
    """An answers document as read: its data, where each key stands (for `file:line:column` in
    errors), and warnings about it (saved against another rulebook)."""

    data: object
    name: str
    positions: Mapping[tuple[str | int, ...], tuple[int, int]]
    warnings: tuple[Warning, ...]


def read_document(rulebook: Rulebook, path: str, *, max_bytes: int) -> Document:
    """An answers file (JSON or YAML; `-` is standard input), parsed but not yet validated."""
    from icpcheck.rulebook.reader import input_name, parse_document, read_source

    name = input_name(path)
    raw = read_source(path, error=AnswersError, max_bytes=max_bytes)
    doc = parse_document(raw, name=name, error=AnswersError)
    drift = rulebook_drift(rulebook, doc.data, name=name)
    return Document(doc.data, name, doc.positions, (drift,) if drift else ())


def is_file_document(data: Mapping[Any, Any]) -> bool:
    """The structured form (answers/held/waivers/...) rather than a flat {id: value} mapping."""
    return any(k in FILE_KEYS for k in data)


def to_document(rulebook: Rulebook, answers: Iterable[Answer], *, tool_version: str,
                saved: str) -> dict[str, Any]:
    """What --save-answers writes (held/waivers are added by the caller): each answer with its
    source, and the rulebook and tool it was answered against."""
    return {
        "schema_version": "1.0",
        "tool": {"name": "icpcheck", "version": tool_version},
        "rulebook": {"id": rulebook.id, "version": rulebook.version, "sha256": rulebook.sha256},
        "saved": saved,
        "answers": {
            a.id: {"value": list(a.value) if isinstance(a.value, tuple) else a.value,
                   "source": a.source}
            for a in sorted(answers, key=lambda a: a.id)
        },
    }


def answers_file_text(rulebook: Rulebook, answers: Iterable[Answer], holdings: Any, lang: str) -> str:
    """The answers file a run saves (the CLI's --save-answers, the web app's download): to_document
    with what is held, as YAML under two comment lines in `lang` saying how to replay it."""
    import datetime as dt

    import yaml

    from icpcheck.gate import to_document as holdings_document
    from icpcheck.i18n import t
    from icpcheck.version import __version__

    saved = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    doc = to_document(rulebook, answers, tool_version=__version__, saved=saved)
    doc.update(holdings_document(holdings))
    head = "".join(f"# {t(key, lang)}\n" for key in ("saved.replay", "saved.held"))
    return head + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def rulebook_drift(rulebook: Rulebook, data: object, *, name: str) -> Warning | None:
    """A warning when a saved answers file names a different rulebook (id, version or content)."""
    if not isinstance(data, dict) or not isinstance(data.get("rulebook"), dict):
        return None
    saved = data["rulebook"]
    if saved.get("sha256") in (None, rulebook.sha256):
        return None
    return Warning("rulebook_drift", "{name} was saved against rulebook {saved}; now using {now}", name=name,
                   saved=f"{saved.get('id')} {saved.get('version')} (sha256 {str(saved.get('sha256'))[:12]})",
                   now=f"{rulebook.id} {rulebook.version} (sha256 {rulebook.sha256[:12]})")


def drop_irrelevant(rulebook: Rulebook, answers: dict[str, Answer]) -> tuple[dict[str, Answer], list[Warning]]:
    """Answers to questions that do not apply are ignored, with a warning each."""
    states = question_states(rulebook, answer_values(answers))
    kept: dict[str, Answer] = {}
    warnings: list[Warning] = []
    for qid, answer in answers.items():
        if states[qid] is cond.ABSENT:
            warnings.append(Warning("answer_ignored", "ignored answer '{q}' ({source}): the question does not "
                                    "apply given the other answers", q=qid, source=AnswerSource(answer.source)))
        else:
            kept[qid] = answer
    return kept, warnings


def with_defaults(rulebook: Rulebook, answers: dict[str, Answer], needed: Iterable[Question]) -> dict[str, Answer]:
    """Fill unanswered questions that have a default (e.g. the article's own-site assumption).

    Only questions surely relevant are filled: one that may not apply waits until the answers
    before it settle that (callers loop): a default never lands on a question that does not apply.
    """
    out = dict(answers)
    states = question_states(rulebook, answer_values(answers))
    for q in needed:
        relevant = q.when is None or cond.evaluate(q.when, states.__getitem__) is True
        if q.id not in out and q.default is not None and relevant:
            out[q.id] = Answer(q.id, q.default, "default")
    return out


# --- The pipeline: gather, then complete -------------------------------------------------------

def gather(*, file: Mapping[str, Answer] | None = None, models: Mapping[str, Answer] | None = None,
           flags: Mapping[str, Answer] | None = None) -> dict[str, Answer]:
    """Answers from every source, merged with the one precedence: flags > models > file.

    (The interview comes after this, in `complete`, and asks only what is still open; a case file's
    `answers` are its flags and beat its `models`; a batch line is its file.)"""
    return dict(ChainMap(dict(flags or {}), dict(models or {}), dict(file or {})))


Ask = Callable[[Rulebook, dict[str, Answer], dt.date], dict[str, Answer]]


@record
class Completed:
    """A complete answer set for the engine, and what completing it had to say."""

    answers: dict[str, Answer]
    warnings: tuple[Warning, ...]  # answers dropped because their question does not apply

    @property
    def assumed(self) -> tuple[str, ...]:
        """Ids of the answers filled by a default, not given by the user."""
        return tuple(sorted(k for k, a in self.answers.items() if a.source == "default"))


class MissingAnswers(AnswersError):
    """Questions still open and nobody to ask them (exit 3): `.missing` names them, `.maybe` those
    of them that apply only if another open answer says so. The message names the question ids;
    a front end says how to answer them in its own terms."""

    def __init__(self, missing: tuple[Question, ...], maybe: tuple[Question, ...] = ()) -> None:
        ids = Joined((Msg("{q} (if it applies)", q=q.id) if q in maybe else q.id for q in missing), sep=", ")
        super().__init__("missing answers: {ids}", hint="answer them, then check again", ids=ids)
        self.missing = missing
        self.maybe = maybe


class ModelsDisagree(AnswersError):
    """Two models give one question different answers; `.question` names it."""

    def __init__(self, question: str, first: object, second: object) -> None:
        super().__init__("models disagree on '{q}' ({a} vs {b})", hint="answer '{q}' yourself", q=question,
                         a=quoted(first), b=quoted(second))
        self.question = question


def complete(rulebook: Rulebook, given: Mapping[str, Answer], as_of: dt.date, *,
             ask: Ask | None = None) -> Completed:
    """Turn gathered answers into the set the engine evaluates.

    Answers to questions that do not apply are dropped (a warning each); then `ask` (the
    interview, when a person is there) answers what is still open, or defaults fill it; what is
    still open after that is a MissingAnswers error. A default can make a given answer moot (e.g.
    one that closes the question a flag answered): such answers are dropped and named too.
    """
    answers, warnings = drop_irrelevant(rulebook, dict(given))
    if ask is not None and open_questions(rulebook, answer_values(answers), as_of):
        answers = ask(rulebook, answers, as_of)
    else:
        answers, missing = _filled(rulebook, answers, as_of)
        if missing:
            raise missing_answers(rulebook, answers, missing)
    answers, late = drop_irrelevant(rulebook, answers)
    return Completed(answers, (*warnings, *late, *conflicts(rulebook, answers)))


class _Said:
    """A text of the rulebook as a message parameter: shown in the message's language."""

    __slots__ = ("words",)

    def __init__(self, words: Text) -> None:
        self.words = words

    def text(self, lang: str) -> str:
        return self.words.get(lang)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Said) and other.words == self.words

    def __hash__(self) -> int:
        return hash(self.words)


def conflicts(rulebook: Rulebook, answers: Mapping[str, Answer]) -> list[Warning]:
    """A warning for each of the rulebook's conflicts that these answers meet: answers that
    contradict each other in meaning (the rulebook says which; the answers stand)."""
    if not rulebook.conflicts:
        return []
    lookup = question_states(rulebook, answer_values(answers)).__getitem__
    return [Warning("answers_conflict", "answers that contradict each other ({id}): {text}", id=c.id,
                    text=_Said(c.text))
            for c in rulebook.conflicts if cond.evaluate(c.when, lookup) is True]


def fill_defaults(rulebook: Rulebook, answers: dict[str, Answer], as_of: dt.date) -> dict[str, Answer]:
    """Apply defaults to open questions until none with a default is left (one may open more)."""
    return _filled(rulebook, answers, as_of)[0]


def _filled(rulebook: Rulebook, answers: dict[str, Answer],
            as_of: dt.date) -> tuple[dict[str, Answer], list[Question]]:
    """fill_defaults, and the questions still open once it is done (none of them has a default
    that applies): the last pass has found them already.

    Each pass walks the questions once, in order, filling each open question that has a default
    and surely applies, relevance read with the defaults filled so far in the pass: a chain of
    questions each opened by the one before fills in one pass, not one pass per link.
    """
    while True:
        still_open = open_questions(rulebook, answer_values(answers), as_of)
        fillable = {q.id: q for q in still_open if q.default is not None}
        if not fillable:
            return answers, still_open
        filled = _fill_pass(rulebook, answers, fillable)
        if len(filled) == len(answers):
            return filled, still_open
        answers = filled


def _fill_pass(rulebook: Rulebook, answers: dict[str, Answer],
               fillable: Mapping[str, Question]) -> dict[str, Answer]:
    """One pass in question order: each fillable question's default, where it surely applies."""
    out = dict(answers)
    states: dict[str, object] = {}
    for qid, when in compiled(rulebook).questions:
        relevant = True if when is None else when(states)
        if relevant is False:
            states[qid] = cond.ABSENT
            continue
        if relevant is True and qid not in out and qid in fillable:
            q = fillable[qid]
            out[qid] = Answer(qid, q.default, "default")  # type: ignore[arg-type]
        answer = out.get(qid)
        states[qid] = cond.UNKNOWN if relevant is None or answer is None else answer.value
    return out


def missing_answers(rulebook: Rulebook, answers: Mapping[str, Answer],
                    missing: list[Question]) -> MissingAnswers:
    """The error for questions nobody can answer here: `.missing` names them, `.maybe` those of
    them that apply only if an answer still open says so."""
    states = question_states(rulebook, answer_values(answers))
    # A question with a default that may not apply is filled once it does: name the others,
    # the answers only the user can give (all of them, if every open one has a default).
    missing = [q for q in missing if q.default is None] or missing
    # Nor name one that cannot apply once the defaults fill what nobody answers (a question for
    # majority-foreign companies, when foreign equity is left to its default of none).
    assumed = {**{q.id: q.default for q in rulebook.questions if q.default is not None}, **answer_values(answers)}
    likely: dict[str, object] = {}
    for q in rulebook.questions:  # as question_states, but a default counts while relevance is open
        relevant = True if q.when is None else cond.evaluate(q.when, likely.__getitem__)
        likely[q.id] = cond.ABSENT if relevant is False else assumed.get(q.id, cond.UNKNOWN)
    missing = [q for q in missing if likely[q.id] is not cond.ABSENT] or missing
    maybe = tuple(q for q in missing if relevance(rulebook, states, q) is None)
    return MissingAnswers(tuple(missing), maybe)


def answer_values(answers: Mapping[str, Answer]) -> dict[str, Value]:
    """Each answer's value by question id: what the engine reads (the sources left aside)."""
    return {k: a.value for k, a in answers.items()}


def _example(rulebook: Rulebook, sep: str = "=") -> str:
    """An example answer from the rulebook at hand (its first question), for hints."""
    if not rulebook.questions:
        return f"question_id{sep}value"
    q = rulebook.questions[0]
    value = "yes" if q.type == "yes_no" else q.choices[0].value if q.choices else "value"
    return f"{q.id}{sep}{value}"


def json_example(rulebook: Rulebook) -> str:
    """An example answers object in JSON from the rulebook at hand (its first question)."""
    import json

    if not rulebook.questions:
        return '{"question_id": "value"}'
    q = rulebook.questions[0]
    value: object = True if q.type == "yes_no" else q.choices[0].value if q.choices else "value"
    return json.dumps({q.id: [value] if q.type == "many_of" else value}, ensure_ascii=False)


def _json_kind(value: object) -> Msg | str:
    """What a person calls the value a JSON/YAML document holds (not a Python type name)."""
    if value is None:
        return Msg("null (an empty document)")
    kinds = {list: Msg("a list"), str: Msg("a string"), bool: Msg("true/false"), int: Msg("a number"),
             float: Msg("a number")}
    return kinds.get(type(value), type(value).__name__)
