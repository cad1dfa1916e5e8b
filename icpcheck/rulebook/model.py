"""The rulebook's shape as frozen records (dataclasses); the content comes from YAML, never from here."""

from __future__ import annotations

import datetime as dt

from icpcheck.rulebook.conditions import Condition
from icpcheck.rulebook.records import field, record

LANGS = ("zh", "en")
STATUSES = ("required", "review", "not_required")
QUESTION_TYPES = ("yes_no", "one_of", "many_of")
ADVICE_KINDS = ("benefit", "risk", "caution")
# A filing is something to file or hold; a check is something to judge (e.g. whether a distribution
# scheme is pyramid selling), reported in a place of its own, never among filings not required.
FILING_KINDS = ("filing", "check")
CONFIDENCES = ("law", "official", "practice", "inference", "unverified", "disputed")

# An answer's value: bool for yes_no, a choice value for one_of, a sorted tuple of them for many_of.
Value = bool | str | tuple[str, ...]


@record
class Text:
    """A human-readable text in every output language."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@record
class Source:
    id: str
    title: Text
    kind: Text | None = None
    notice: str | None = None
    date: dt.date | None = None  # the document's own date (issued, or in force where so said)
    # Optional, additive: where an official or stable text of it is, and, for a source that is no
    # single dated document (practice, a platform's pages), the day the rulebook's authors read it.
    url: str | None = None
    accessed: dt.date | None = None


@record
class Citation:
    source: Source
    articles: tuple[int | str, ...] = ()
    section: Text | str | None = None  # a Text where each language says it its own way
    note: Text | None = None
    confidence: str = "official"


@record
class Choice:
    value: str
    label: Text
    exclusive: bool = False  # a "none of these" choice of a many_of: chosen alone or not at all


@record
class Question:
    id: str
    type: str
    text: Text
    help: Text | None = None
    choices: tuple[Choice, ...] = ()
    when: Condition | None = None
    default: Value | None = None

    def choice(self, value: str) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)


@record
class Plan:
    """How to go about a filing: which filings must come first (`after`), when to do it, where to
    apply, what to prepare, and the sources for these (mostly practice)."""

    after: tuple[str, ...] = ()
    when: Text | None = None
    apply_at: Text | None = None
    documents: tuple[Text, ...] = ()
    citations: tuple[Citation, ...] = ()


@record
class Filing:
    id: str
    name: Text
    what: Text
    issuer: Text
    basis: tuple[Citation, ...] = ()
    plan: Plan = Plan()
    kind: str = "filing"  # one of FILING_KINDS


@record
class Effect:
    """What one rule says about one filing."""

    filing: str
    status: str
    reason: Text
    citations: tuple[Citation, ...]
    settle: Text | None = None  # for `review`: what would settle it
    # Optional, additive: which layer of answer this is (None: the regulator's, which alone decides
    # the filing's status), and a text saying the plan cannot go ahead as it stands.
    layer: str | None = None
    blocker: Text | None = None


@record
class Rule:
    id: str
    when: Condition
    effects: tuple[Effect, ...]
    overrides: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def in_force(self, on: dt.date) -> bool:
        if self.valid_from is not None and on < self.valid_from:
            return False
        return self.valid_to is None or on <= self.valid_to


@record
class Advice:
    id: str
    kind: str
    filings: tuple[str, ...]
    text: Text
    citations: tuple[Citation, ...] = ()
    when: Condition | None = None  # shown only where this is not false


@record
class Layer:
    """A second reading reported beside the regulator's, e.g. what WeChat's category review asks."""

    id: str
    name: Text
    what: Text | None = None


@record
class Conflict:
    """Answers that contradict each other in meaning: when `when` holds, the report warns with
    `text` (the rulebook, not the code, says which answers cannot both be true)."""

    id: str
    when: Condition
    text: Text
    citations: tuple[Citation, ...] = ()


@record
class Model:
    """Shorthand for a set of answers (the article's three business models)."""

    id: str
    label: Text
    answers: dict[str, Value] = field(hash=False)


@record
class Rulebook:
    id: str
    version: str
    checked: dt.date
    title: Text
    notice: Text
    sha256: str
    path: str
    sources: tuple[Source, ...]
    questions: tuple[Question, ...]
    filings: tuple[Filing, ...]
    rules: tuple[Rule, ...]
    advice: tuple[Advice, ...]
    models: tuple[Model, ...]
    layers: tuple[Layer, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def filing(self, fid: str) -> Filing | None:
        return next((f for f in self.filings if f.id == fid), None)

    def layer(self, lid: str) -> Layer | None:
        return next((x for x in self.layers if x.id == lid), None)
