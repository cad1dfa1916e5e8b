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
# What starts an obligation's clock (comes-due): the filing's grant, a yearly window, or an event
# the holder records (site_live, change, ...).
TRIGGERS = ("granted", "yearly", "event")
PERIOD_UNITS = ("calendar_days", "working_days", "months", "years")

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


# Besides yes/no, what people type in Chinese (是的, 对, 没有 ...), wherever an answer comes from.
YES = frozenset({"y", "yes", "true", "1", "是", "是的", "对", "有", "要", "好"})
NO = frozenset({"n", "no", "false", "0", "否", "不", "不是", "没有", "无", "不要", "不对"})

# Why a raw answer is not a value of its question (Invalid.problem).
PROBLEMS = (
    "yes_no",  # a yes/no question given something that is not yes or no
    "choice",  # a one_of question given something that is not one of its choices
    "list",  # a many_of question given something that is neither a list nor a comma-separated string
    "empty",  # a many_of question given no choice at all
    "item",  # one item of a many_of answer (`item`) is not one of the choices
    "alone",  # an exclusive choice (`item`) given together with others (`others`)
)


@record
class Invalid:
    """Why a raw answer is not a value of its question, as data; each front end says it in its
    own terms (answers.invalid_error for files, flags, batch lines and the API; the interview its
    own way, in numbers and labels)."""

    question: str  # the question's id
    problem: str  # one of PROBLEMS
    raw: object = field(hash=False)  # the answer as given
    allowed: tuple[str, ...] = ()  # the choices' values, in the rulebook's order (none for yes/no)
    item: object = field(default=None, hash=False)  # "item": the stray item; "alone": the exclusive choice
    others: tuple[str, ...] = ()  # "alone": the choices given with it


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

    def parse(self, raw: object) -> Value | Invalid:
        """The one parser of an answer value, wherever it comes from (a flag, a prompt, a batch line,
        a JSON/YAML value, the API, a model in the rulebook): the Value, or why not as data.

        yes/no takes a bool, 0/1 or a word of YES/NO (any case, spaces around); one_of one choice's
        value; many_of a list or a comma-separated string of choices, given in the rulebook's order,
        each once, with an exclusive ("none of these") choice only alone.
        """
        if self.type == "yes_no":
            if isinstance(raw, bool):
                return raw
            if isinstance(raw, int) and raw in (0, 1):
                return bool(raw)
            if isinstance(raw, str):
                word = raw.strip().lower()
                if word in YES:
                    return True
                if word in NO:
                    return False
            return Invalid(self.id, "yes_no", raw)
        values = tuple(c.value for c in self.choices)
        if self.type == "one_of":
            if isinstance(raw, str) and raw.strip() in values:
                return raw.strip()
            return Invalid(self.id, "choice", raw, values)
        if isinstance(raw, str):
            items: list[object] = [part.strip() for part in raw.split(",") if part.strip()]
        elif isinstance(raw, list):
            items = list(raw)
        else:
            return Invalid(self.id, "list", raw, values)
        if not items:
            return Invalid(self.id, "empty", raw, values)
        for item in items:
            if not isinstance(item, str) or item.strip() not in values:
                return Invalid(self.id, "item", raw, values, item)
        chosen = {str(i).strip() for i in items}
        picked = tuple(v for v in values if v in chosen)  # in the rulebook's order: stable output
        lone = next((c.value for c in self.choices if c.exclusive and c.value in chosen), None)
        if lone is not None and len(picked) > 1:
            return Invalid(self.id, "alone", raw, values, lone, tuple(v for v in picked if v != lone))
        return picked


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


# --- What it takes (issue 24): conditions to apply, time and cost, the bottom line. ---

LIMIT_KINDS = ("processing", "deadline")
DURATION_UNITS = ("working_days", "calendar_days")


@record
class ApplyCondition:
    """What an applicant must have for a filing (a company, registered capital...). Shown when one
    of `filings` is in the plan and `when` holds; `unmet_when`: answers showing it cannot be met,
    a blocker that `lifts` says how to lift."""

    id: str
    filings: tuple[str, ...]
    text: Text
    citations: tuple[Citation, ...]
    when: Condition | None = None
    unmet_when: Condition | None = None
    unmet: Text | None = None
    lifts: Text | None = None


@record
class Limit:
    """A statutory time limit: how long the authority may take (`processing`), or by when one
    must file after an event (`deadline`)."""

    kind: str
    days: int
    unit: str
    text: Text
    citations: tuple[Citation, ...]


@record
class Typical:
    """How long a filing takes in practice, as a range."""

    min: int
    max: int
    unit: str
    text: Text
    citations: tuple[Citation, ...]


@record
class Fee:
    """A fee in yuan as a range (min == max == 0: free)."""

    min: int
    max: int
    text: Text
    citations: tuple[Citation, ...]


@record
class Procedure:
    """How long a filing takes and what it costs; each figure is optional and cited."""

    filing: str
    limit: Limit | None = None
    typical: Typical | None = None
    government_fee: Fee | None = None
    agency_fee: Fee | None = None


@record
class BottomLine:
    """A template for the report's first sentences (placeholders filled from the plan)."""

    id: str
    text: Text
    citations: tuple[Citation, ...]
    when: Condition | None = None
    required: tuple[str, ...] = ()
    review: tuple[str, ...] = ()
    nothing_required: bool = False
    settle_first: str | None = None


@record
class Expected:
    """A filing people expect to need: when `rule` decides it is not required, why and what would
    change it, in one line each."""

    filing: str
    rule: str
    why: Text
    changes: Text


@record
class Period:
    """A length of time: `n` of `unit` (one of PERIOD_UNITS, counted by icpcheck.workdays)."""

    n: int
    unit: str


@record
class Obligation:
    """A duty that comes due for a filing (comes-due): after its grant (`granted`, `offset` later;
    `of` names other filings whose grant starts it), every year in a window (`yearly`, `window`
    as (month, day) pairs), or after an event the holder records (`event`, `offset` later).
    `obtain`: the duty is to get this filing itself, so it ends once the filing is held."""

    id: str
    filing: str
    trigger: str
    title: Text
    when: Text  # the timing in words, shown before dates are known ("every year, 1 January to 31 March")
    consequence: Text
    citations: tuple[Citation, ...]
    offset: Period | None = None
    window: tuple[tuple[int, int], tuple[int, int]] | None = None
    event: str | None = None
    of: tuple[str, ...] = ()
    obtain: bool = False


@record
class Validity:
    """How long a filing is valid (`term`) and how long before its expiry a renewal is due."""

    filing: str
    term: Period
    renew_before: Period
    title: Text
    when: Text
    consequence: Text
    citations: tuple[Citation, ...]


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
    conditions: tuple[ApplyCondition, ...] = ()
    procedures: tuple[Procedure, ...] = ()
    bottom_lines: tuple[BottomLine, ...] = ()
    expected: tuple[Expected, ...] = ()
    obligations: tuple[Obligation, ...] = ()  # comes-due: additive
    validity: tuple[Validity, ...] = ()

    def validity_of(self, fid: str) -> Validity | None:
        return next((v for v in self.validity if v.filing == fid), None)

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def filing(self, fid: str) -> Filing | None:
        return next((f for f in self.filings if f.id == fid), None)

    def layer(self, lid: str) -> Layer | None:
        return next((x for x in self.layers if x.id == lid), None)

    def procedure(self, fid: str) -> Procedure | None:
        return next((p for p in self.procedures if p.filing == fid), None)
