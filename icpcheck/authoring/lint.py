"""`rules lint`: every problem with a rulebook at once: the loader's (shape, references), meaning, verification."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from icpcheck.authoring.verify import TIME_LIMIT, Verification, verify
from icpcheck.errors import IcpcheckError
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.build import Path_, Problem, build_rulebook, read_rulebook_document
from icpcheck.rulebook.model import Rulebook
from icpcheck.rulebook.reader import MAX_BYTES_DEFAULT, Document


@dataclass
class LintResult:
    name: str
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    rulebook: Rulebook | None = None
    verification: Verification | None = None


def lint(path: str | None, *, as_of: dt.date | None = None, seconds: float = TIME_LIMIT,
         max_bytes: int = MAX_BYTES_DEFAULT) -> LintResult:
    """Every problem with the rulebook at `path` (the built-in one when None); verify.GaveUp when
    verification needs more than `seconds`. A file over `max_bytes` (or holding more values than
    go with that size: reader.max_values_for) is a problem, not read."""
    try:
        doc, sha256 = read_rulebook_document(path, max_bytes=max_bytes)
    except IcpcheckError as err:  # unreadable, not YAML, duplicate keys...
        name = err.file or path or "<built-in rulebook>"
        return LintResult(name, [Problem(name, err.line, err.column, _strip(err.message, name))])
    result = LintResult(doc.name)
    rulebook, built = build_rulebook(doc, sha256)
    result.problems += built
    if rulebook is None:
        return result
    result.rulebook = rulebook
    meaning(doc, rulebook, result)
    disputed_not_review(doc, rulebook, result)
    not_required_on_inference(doc, rulebook, result)
    sources_dated(doc, rulebook, result)
    language_of_texts(doc, result)
    durations(doc, rulebook, result)
    obligations_sound(doc, rulebook, result)
    result.verification = verify(rulebook, as_of=as_of, seconds=seconds)
    for failure in result.verification.failures:
        result.problems.append(_at(doc, _failure_path(rulebook, failure.kind, failure.subject),
                                   failure.message))
    result.problems.sort(key=lambda p: p.line or 0)  # stable: same line keeps the order found
    return result


# -- meaning ---------------------------------------------------------------------------------


def meaning(doc: Document, rb: Rulebook, result: LintResult) -> None:
    """What building cannot see: unread questions, unused choices, overrides with no effect."""
    read_by_rules: set[str] = set()
    for rule in rb.rules:
        read_by_rules |= cond.questions_read(rule.when)
    for advice in rb.advice:  # conditional advice reads answers too
        read_by_rules |= cond.questions_read(advice.when)
    used = set(read_by_rules)
    for q in reversed(rb.questions):  # a question gating a used question is used too
        if q.id in used:
            used |= cond.questions_read(q.when)
    compared: dict[str, set[object]] = {}
    for c in [c for r in rb.rules for c in cond.comparisons(r.when)] + [
        c for q in rb.questions for c in cond.comparisons(q.when)
    ] + [c for a in rb.advice for c in cond.comparisons(a.when)]:
        vals = c.value if isinstance(c.value, frozenset) else {c.value}
        compared.setdefault(c.q, set()).update(vals)
    for i, q in enumerate(rb.questions):
        if q.id not in used:
            result.problems.append(_at(doc, ("questions", i), (
                f"question '{q.id}' is read by no rule or advice (nor does it decide whether such a "
                "question is asked): its answer changes nothing")))
            continue
        # The "none of these" choice (exclusive) and the default stand for the ordinary case:
        # that no condition names them is their point, not a slip.
        ordinary = set(q.default) if isinstance(q.default, tuple) else {q.default}
        for j, choice in enumerate(q.choices):
            if choice.value not in compared.get(q.id, set()) and not (
                    choice.exclusive or choice.value in ordinary):
                result.warnings.append(_at(doc, ("questions", i, "choices", j), (
                    f"choice '{choice.value}' of question '{q.id}' is compared by no condition: "
                    "choosing it changes nothing")))
    effects = {r.id: {e.filing for e in r.effects} for r in rb.rules}
    for i, rule in enumerate(rb.rules):
        for other in rule.overrides:
            if not effects[rule.id] & effects.get(other, set()):
                result.problems.append(_at(doc, ("rules", i, "overrides"), (
                    f"rule '{rule.id}' overrides '{other}' but they set no filing in common, "
                    "so the override does nothing")))


def disputed_not_review(doc: Document, rb: Rulebook, result: LintResult) -> None:
    """A citation labelled `disputed` under a status other than `review`: the label and the status
    disagree, and a disputed point must be left to the reader (review), never picked silently."""
    for i, rule in enumerate(rb.rules):
        for j, effect in enumerate(rule.effects):
            if effect.status != "review" and any(c.confidence == "disputed"
                                                 for c in effect.citations):
                result.problems.append(_at(doc, ("rules", i, "sets", j, "status"), (
                    f"rule '{rule.id}' cites a disputed source for filing '{effect.filing}' but "
                    f"says '{effect.status}': a disputed point must be 'review'")))


def durations(doc: Document, rb: Rulebook, result: LintResult) -> None:
    """What it takes (issue 24): a filing some rule makes required or review, with a plan, but no
    duration (`procedures` limit or typical) leaves its step without a time: a warning, since a
    figure without a source is better left out. (That every duration and fee cites a source with
    a confidence label, the build checks: a missing citation is an error.)"""
    rule_ids = {r.id for r in rb.rules}
    for i, e in enumerate(rb.expected):
        if e.rule not in rule_ids:
            result.problems.append(_at(doc, ("bottom_line", "expected", i, "rule"),
                                       f"unknown rule '{e.rule}'"))
        elif not any(x.filing == e.filing and x.status == "not_required"
                     for r in rb.rules if r.id == e.rule for x in r.effects):
            result.problems.append(_at(doc, ("bottom_line", "expected", i, "rule"), (
                f"rule '{e.rule}' does not make filing '{e.filing}' not required")))
    needed = {e.filing for r in rb.rules for e in r.effects
              if e.status in ("required", "review") and e.layer is None}
    for i, f in enumerate(rb.filings):
        p = rb.procedure(f.id)
        has_plan = bool(f.plan.when or f.plan.apply_at or f.plan.documents)
        if f.id in needed and has_plan and (p is None or (p.limit is None and p.typical is None)):
            result.warnings.append(_at(doc, ("filings", i, "plan"), (
                f"filing '{f.id}' has a plan but no duration under `procedures` (a statutory limit "
                "or a typical time): its step shows no time")))


def not_required_on_inference(doc: Document, rb: Rulebook, result: LintResult) -> None:
    """A `not_required` resting on inference alone: a wrong "not required" is the worst error the
    tool can make, so it needs a source read (law, official, practice) or the status `review`."""
    for i, rule in enumerate(rb.rules):
        for j, effect in enumerate(rule.effects):
            if effect.status == "not_required" and all(c.confidence == "inference"
                                                       for c in effect.citations):
                result.problems.append(_at(doc, ("rules", i, "sets", j, "status"), (
                    f"rule '{rule.id}' says filing '{effect.filing}' is not_required on inference "
                    "alone: cite the source it rests on (law, official or practice), or say 'review'")))


def sources_dated(doc: Document, rb: Rulebook, result: LintResult) -> None:
    """Every source has a date: the document's own (`date`) or, for what is no single dated
    document (practice, a platform's pages), the day it was read (`accessed`)."""
    for source in rb.sources:
        if source.date is None and source.accessed is None:
            result.problems.append(_at(doc, ("sources", source.id), (
                f"source '{source.id}' has no date: give the document's `date`, or for practice or a "
                "platform's pages the day it was read as `accessed`")))


_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "，。、；：？！（）《》「」『』【】〔〕“”‘’…—"
_ZH_SPACING = (
    # A space between two Chinese characters, or beside full-width punctuation: YAML's folded
    # scalars (>-) put one wherever a line was broken.
    (re.compile(f"[{_HAN}] +[{_HAN}]|[{_CJK_PUNCT}] +| +[{_CJK_PUNCT}]"),
     "a half-width space beside Chinese text ({found!r}): Chinese sets no spaces between characters "
     "or around its punctuation (a folded YAML scalar `>-` adds one at each line break)"),
    (re.compile(f"[{_HAN}][:;,?!] ?"),
     "half-width punctuation after Chinese text ({found!r}): use the full-width form (：；，？！)"),
)
# Chinese in an English text is fine as a name in brackets (《…》, "(互联网药品信息服务资格证书)") or a
# document number (工信部通〔2015〕196号); Chinese sentence punctuation, or a long run of Chinese
# outside brackets, is a Chinese sentence left in the English text.
_ZH_SENTENCE = re.compile(f"[{_HAN}][，。；？！]|[{_HAN}]{{9,}}")
_TITLE = re.compile(r"《[^》]*》")
_BRACKETED = re.compile(r"《[^》]*》|〔[^〕]*〕|（[^）]*）|\([^)]*\)|“[^”]*”")


def language_of_texts(doc: Document, result: LintResult) -> None:
    """Each text says in its own language what it says: zh without stray half-width spaces or
    colons after Chinese, en without Chinese sentences, zh not mostly English."""

    def visit(node: object, path: Path_) -> None:
        if isinstance(node, dict):
            zh, en = node.get("zh"), node.get("en")
            if isinstance(zh, str) and isinstance(en, str):
                check(zh, en, path)
            for key, value in node.items():
                visit(value, path + (str(key),))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                visit(value, path + (i,))

    def check(zh: str, en: str, path: Path_) -> None:
        for pattern, message in _ZH_SPACING:
            found = pattern.search(_TITLE.sub("《》", zh))  # a title is quoted as it is written
            if found:
                result.problems.append(_at(doc, path + ("zh",), message.format(found=found.group())))
        sentence = _ZH_SENTENCE.search(_BRACKETED.sub(lambda m: "" if re.search(
            "[，。；？！]", m.group()) is None else m.group(), en))
        if sentence:
            result.problems.append(_at(doc, path + ("en",), (
                f"the English text holds Chinese ({sentence.group()!r}): translate it, or name the "
                "document in 《…》")))
        han = len(re.findall(f"[{_HAN}]", zh))
        latin = len(re.findall(r"[A-Za-z]{2,}", zh))  # words of two letters or more
        if latin >= 3 and latin > han:
            result.problems.append(_at(doc, path + ("zh",), (
                f"the Chinese text is mostly English ({zh[:40]!r}): translate it")))

    visit(doc.data, ())


def obligations_sound(doc: Document, rb: Rulebook, result: LintResult) -> None:
    """comes-due: every obligation has a source and a trigger with the timing it needs (the build
    refuses the worst; this says what it lets through): an event obligation names its event, a
    yearly one its window and no offset, a granted one its offset; a duty to obtain a filing from
    another filing's grant names that filing."""
    from icpcheck.rulebook.model import TRIGGERS

    raw = doc.data.get("obligations") if isinstance(doc.data, dict) else None
    for ob in rb.obligations:
        items = raw.get(ob.filing, []) if isinstance(raw, dict) else []
        i = next((k for k, body in enumerate(items) if isinstance(body, dict) and body.get("id") == ob.id), 0)
        path = ("obligations", ob.filing, i)
        problems = []
        if not ob.citations:
            problems.append("has no source: cite one, with its confidence label")
        if ob.trigger not in TRIGGERS:
            problems.append(f"trigger '{ob.trigger}' is not one of {', '.join(TRIGGERS)}")
        if ob.trigger == "yearly" and (ob.window is None or ob.offset is not None):
            problems.append("a yearly obligation has a window (from, to) and no offset")
        if ob.trigger in ("granted", "event") and ob.offset is None:
            problems.append(f"a '{ob.trigger}' obligation needs an offset")
        if ob.trigger == "event" and not ob.event:
            problems.append("an 'event' obligation names its event")
        if ob.trigger != "granted" and ob.of:
            problems.append("'of' is for a 'granted' obligation")
        if ob.obtain and ob.trigger == "yearly":
            problems.append("a duty to obtain the filing cannot recur yearly")
        for problem in problems:
            result.problems.append(_at(doc, path, f"obligation '{ob.id}' of '{ob.filing}': {problem}"))


# -- where -----------------------------------------------------------------------------------


def _failure_path(rb: Rulebook, kind: str, subject: str) -> Path_:
    if kind in ("gap", "conflict"):
        return ("filings", next(i for i, f in enumerate(rb.filings) if f.id == subject))
    if kind == "never_asked":
        return ("questions", next(i for i, q in enumerate(rb.questions) if q.id == subject), "when")
    return ("rules", next(i for i, r in enumerate(rb.rules) if r.id == subject))


def _at(doc: Document, path: Path_, message: str) -> Problem:
    """A problem at a document path, on the nearest line the reader recorded (if it records any)."""
    p = path
    line_col = doc.positions.get(p)
    while line_col is None and p:
        p = p[:-1]
        line_col = doc.positions.get(p)
    line, col = line_col if line_col else (None, None)
    where = ".".join(str(x) for x in path)
    return Problem(doc.name, line, col, f"{where}: {message}" if where else message, path)


def _strip(message: str, name: str) -> str:
    """A reader error as one line, saying the file name once (the report names it first)."""
    message = message[len(name) + 2:] if message.startswith(name + ": ") else message
    return " ".join(line.strip() for line in message.splitlines() if line.strip())
