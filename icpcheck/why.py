"""Why is this question asked? Which filings its answer can still change, given the answers so far.

The engine answers it: each answer of the question is tried on top of the answers so far (the
others still unknown), and each filing's outcome read — a status that no later answer can change,
or unsettled. A filing whose outcome differs between the question's answers is one this answer
changes; one that stays unsettled whatever it is, but has a rule reading the question, is one it
may change together with later answers. The authored help follows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import icpcheck.answers as ans
import icpcheck.checking as checking
import icpcheck.engine as engine
from icpcheck.engine import Answer
from icpcheck.i18n import t
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import Filing, Question, Rulebook, Text, Value


@dataclass(frozen=True)
class Why:
    """The question, the filings its answer changes (outcome differs between its answers), those
    it may change together with later answers, and its authored help."""

    question: Question
    changes: tuple[Filing, ...]
    later: tuple[Filing, ...]
    help: Text | None

    def text(self, lang: str) -> str:
        """In words: the filings by name, then the help."""
        sep = t("list.sep", lang)
        lines = [t("why.head", lang)]
        if self.changes:
            lines.append(t("why.changes", lang, filings=sep.join(f.name.get(lang) for f in self.changes)))
        if self.later:
            lines.append(t("why.later", lang, filings=sep.join(f.name.get(lang) for f in self.later)))
        if not self.changes and not self.later:
            lines.append(t("why.nothing", lang))
        if self.help is not None:
            lines.append(self.help.get(lang))
        return "\n".join(lines)


def answers_to_try(q: Question) -> list[Value]:
    """Each answer of a question: yes and no, each choice; for a many_of each choice alone (a rule
    reads a many_of by whether it includes a choice)."""
    if q.type == "yes_no":
        return [True, False]
    if q.type == "one_of":
        return [c.value for c in q.choices]
    return [(c.value,) for c in q.choices]


def outcomes(rulebook: Rulebook, values: Mapping[str, Value], as_of: dt.date) -> dict[str, str | None]:
    """Each filing's status given these answers, the rest unknown: None where a later answer can
    still change it. A settled status is the same under any answers to the open questions, so it
    is read from a check of the answers with any answers filled in."""
    unsettled = engine.unsettled_filings(rulebook, values, as_of)
    given = {k: Answer(k, v, "prompt") for k, v in values.items()}
    for _ in range(len(rulebook.questions) + 1):
        try:
            report = checking.run(checking.Request(rulebook, as_of, given=given)).report
            break
        except ans.MissingAnswers as err:
            for q in err.missing:
                given[q.id] = Answer(q.id, _any(q), "placeholder")
    else:  # pragma: no cover - each round answers one more question
        return {f.id: None for f in rulebook.filings}
    return {f.filing.id: None if f.filing.id in unsettled else f.status for f in report.filings}


def _any(q: Question) -> Value:
    return False if q.type == "yes_no" else q.choices[0].value if q.type == "one_of" else (q.choices[0].value,)


def why(rulebook: Rulebook, values: Mapping[str, Value], question: Question, as_of: dt.date) -> Why:
    """Why `question` is asked given the answers so far (`values`; its own answer, if any, is
    set aside)."""
    so_far = {k: v for k, v in values.items() if k != question.id}
    if engine.question_states(rulebook, so_far)[question.id] is cond.ABSENT:
        return Why(question, (), (), question.help)  # it does not apply: its answer is dropped
    tried = [outcomes(rulebook, {**so_far, question.id: v}, as_of) for v in answers_to_try(question)]
    reads = {e.filing for rule in rulebook.rules if rule.in_force(as_of)
             and question.id in cond.questions_read(rule.when) for e in rule.effects if e.layer is None}
    changes, later = [], []
    for f in rulebook.filings:
        seen = {o[f.id] for o in tried}
        if len(seen) > 1:
            changes.append(f)
        elif seen == {None} and f.id in reads:
            later.append(f)
    return Why(question, tuple(changes), tuple(later), question.help)


def why_text(rulebook: Rulebook, values: Mapping[str, Value], question: Question, as_of: dt.date,
             lang: str) -> str:
    """`why(...)` in words, for a front end that shows text."""
    return why(rulebook, values, question, as_of).text(lang)
