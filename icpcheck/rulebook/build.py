"""Load a rulebook: read safely, check its shape and references, build the frozen model."""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import TYPE_CHECKING, Any

from icpcheck.errors import RulebookError
from icpcheck.messages import Msg
from icpcheck.rulebook import conditions as cond
from icpcheck.rulebook.model import (
    ADVICE_KINDS,
    CONFIDENCES,
    DURATION_UNITS,
    FILING_KINDS,
    LANGS,
    LIMIT_KINDS,
    PERIOD_UNITS,
    QUESTION_TYPES,
    STATUSES,
    TRIGGERS,
    Advice,
    ApplyCondition,
    BottomLine,
    Choice,
    Citation,
    Conflict,
    Effect,
    Expected,
    Fee,
    Filing,
    Invalid,
    Layer,
    Limit,
    Model,
    Obligation,
    Period,
    Plan,
    Procedure,
    Question,
    Rule,
    Rulebook,
    Source,
    Text,
    Typical,
    Validity,
    Value,
)
from icpcheck.rulebook.reader import (
    MAX_BYTES_DEFAULT,
    Document,
    input_name,
    max_values_for,
    parse_document,
    read_source,
)
from icpcheck.rulebook.records import field, record
from icpcheck.rulebook.untrusted import show
from icpcheck.words import did_you_mean, parse_date, quoted

DEFAULT_RULEBOOK = "wechat-mall.yaml"
# Top-level sections of issue 24 (what it takes): conditions to apply, time and cost, bottom line.
WHAT_IT_TAKES = ("conditions", "procedures", "bottom_line")
BOTTOM_LINE_FIELDS = ("required", "review", "first", "allow")  # what render.view fills into a bottom line
Path_ = tuple[str | int, ...]

if TYPE_CHECKING:
    from pathlib import Path


@record
class Problem:
    """One thing wrong with a rulebook, with where it is."""

    file: str
    line: int | None
    column: int | None
    message: str  # in English, as `rules lint` prints it
    path: Path_ = ()  # where in the document, e.g. ("rules", 3, "when"); lint dedupes by it
    msg: Msg | None = field(default=None, compare=False)  # the message to show in any language

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "") + (
            f":{self.column}" if self.line and self.column else ""
        )
        return f"{where}: {self.message}"


def default_rulebook_path() -> Path:
    """The built-in rulebook: inside the installed package, or rules/ in a source checkout."""
    from pathlib import Path

    return Path(_default_rulebook_path())


def _default_rulebook_path() -> str:
    # os.path rather than pathlib: this runs on every check, and pathlib costs ~1 ms to import.
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # icpcheck/
    for candidate in (os.path.join(package, "rules", DEFAULT_RULEBOOK),
                      os.path.join(os.path.dirname(package), "rules", DEFAULT_RULEBOOK)):
        if os.path.isfile(candidate):
            return candidate
    raise RulebookError(
        "the built-in rulebook {name} is missing from this installation",
        hint="reinstall icpcheck, or pass --rules PATH", name=DEFAULT_RULEBOOK,
    )


def load_rulebook(path: str | None = None, *, max_bytes: int = MAX_BYTES_DEFAULT) -> Rulebook:
    """Read, parse and build a rulebook; the first problem found is raised as RulebookError.

    The built-in rulebook (path None) comes from the module generated from it
    (icpcheck.rulebook.builtin, by `python -m icpcheck.rulebook.compile`) when its bytes are still
    the ones that module was built from; a checkout whose YAML was edited since parses it.
    """
    where = _default_rulebook_path() if path is None else path
    if path is None:  # the size cap guards against files a user names, not the one we ship
        max_bytes = max(max_bytes, MAX_BYTES_DEFAULT)
    raw = read_source(where, error=RulebookError, max_bytes=max_bytes)
    sha256 = sha256_hex(raw)
    if path is None:
        from icpcheck.rulebook import builtin

        if builtin.SHA256 == sha256:
            return builtin.rulebook(where)
    doc = parse_document(raw, name=input_name(where), error=RulebookError, fmt="yaml",
                         own=path is None, max_values=max_values_for(max_bytes))
    rulebook, problems = build_rulebook(doc, sha256)
    if problems or rulebook is None:
        if not problems:  # cannot happen: a rulebook that was not built has a problem noted
            problems = [Problem(doc.name, None, None, "is not a valid rulebook", (), Msg("is not a valid rulebook"))]
        first = problems[0]
        msg = first.msg or Msg("is not a valid rulebook")
        if len(problems) > 1:
            msg = Msg("{problem} (and {n} more; run `icpcheck rules lint`)", problem=msg, n=len(problems) - 1)
        raise RulebookError.of(msg, file=first.file, line=first.line, column=first.column)
    return rulebook


def read_rulebook_document(
    path: str | None, *, max_bytes: int = MAX_BYTES_DEFAULT
) -> tuple[Document, str]:
    """The parsed rulebook (the built-in one when path is None) and the sha256 of its bytes."""
    where = _default_rulebook_path() if path is None else path
    if path is None:  # the size cap guards against files a user names, not the one we ship
        max_bytes = max(max_bytes, MAX_BYTES_DEFAULT)
    raw = read_source(where, error=RulebookError, max_bytes=max_bytes)
    doc = parse_document(raw, name=input_name(where), error=RulebookError, fmt="yaml",
                         own=path is None, max_values=max_values_for(max_bytes))
    return doc, sha256_hex(raw)


def sha256_hex(raw: bytes) -> str:
    """sha256 of raw; the small built-in module when there is one (hashlib loads OpenSSL: ~2 ms)."""
    sha256: Any
    try:  # ask for the one this Python has: a failed import searches all of sys.path
        if sys.version_info >= (3, 12):
            from _sha2 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
        else:
            from _sha256 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
    except ImportError:  # a Python built without them
        from hashlib import sha256
    return str(sha256(raw).hexdigest())


def build_rulebook(doc: Document, sha256: str = "") -> tuple[Rulebook | None, list[Problem]]:
    """Check shape and references, collecting every problem; the model only when there are none."""
    builder = _Builder(doc, sha256)
    try:
        rulebook = builder.rulebook()
    except _Stop:
        rulebook = None
    if builder.problems:
        return None, builder.problems
    return rulebook, []


class _Stop(Exception):
    """The document is too broken to go on building."""


class _Builder:
    """Turns parsed YAML into the model, noting each problem with its line instead of crashing."""

    def __init__(self, doc: Document, sha256: str) -> None:
        self.doc = doc
        self.sha256 = sha256
        self.problems: list[Problem] = []
        self.question_ids: dict[str, Question] = {}
        self.raw_question_ids: list[object] = []

    # -- helpers -----------------------------------------------------------------------------

    def problem(self, path: Path_, message: str, **params: object) -> None:
        """Note a problem at path: `message` is a template (a catalogue key) filled from params."""
        line_col = None
        p = path
        while line_col is None:
            line_col = self.doc.positions.get(p)
            if not p:
                break
            p = p[:-1]
        line, col = line_col if line_col else (None, None)
        where: Msg | str = ".".join(str(x) for x in path) or Msg("top level")
        msg = Msg("{path}: {problem}", path=where, problem=Msg(message, **params))
        self.problems.append(Problem(self.doc.name, line, col, msg.text("en"), path, msg))

    def mapping(self, data: object, path: Path_, keys: tuple[str, ...] = ()) -> dict[str, Any] | None:
        """`data` if it is a mapping; with `keys`, any other key is a problem (a misspelt
        `valid_form` must not silently drop a rule's date)."""
        if not isinstance(data, dict):
            self.problem(path, "should be a mapping, not {kind}", kind=_kind(data))
            return None
        for key in data if keys else ():
            if key not in keys:
                self.problem(path + (key,), "unknown key '{key}'; expected one of {keys}", key=key, keys=sorted(keys))
        return data

    def field(self, m: dict[str, Any], key: str, path: Path_, kind: type | tuple[type, ...],
              required: bool = True) -> Any:
        if key not in m:
            if required:
                self.problem(path, "missing required key '{key}'", key=key)
            return None
        value = m[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
            self.problem(path + (key,), "should be {expected}, not {kind}", expected=_kind_name(kind),
                         kind=_kind(value))
            return None
        return value

    def ident(self, m: dict[str, Any], path: Path_, seen: set[str], what: Msg) -> str | None:
        value = self.field(m, "id", path, str)
        if value is None:
            return None
        if not value.strip():
            self.problem(path + ("id",), "{what} id is empty", what=what)
            return None
        if value in seen:
            self.problem(path + ("id",), "duplicate {what} id '{value}'", what=what, value=value)
        seen.add(value)
        return str(value)

    def text(self, m: dict[str, Any], key: str, path: Path_, required: bool = True) -> Text | None:
        value = self.field(m, key, path, dict, required)
        if value is None:
            return None
        parts = {}
        for lang in LANGS:
            s = value.get(lang)
            if not isinstance(s, str) or not s.strip():
                self.problem(path + (key,), "text is missing its '{lang}' version", lang=lang)
                s = ""
            parts[lang] = s.strip()
        extra = sorted(set(value) - set(LANGS), key=str)
        if extra:
            self.problem(path + (key,), "unknown language key(s) {extra}; use {values}", extra=extra,
                         values=list(LANGS))
        return Text(**parts)

    def date(self, m: dict[str, Any], key: str, path: Path_, required: bool) -> dt.date | None:
        value = m.get(key)
        if value is None:
            if required:
                self.problem(path, "missing required key '{key}'", key=key)
            return None
        date = parse_date(value)
        if date is not None:
            return date
        self.problem(path + (key,), "should be a date YYYY-MM-DD, not {value}", value=quoted(value))
        return None

    def items(self, m: dict[str, Any], key: str, path: Path_, required: bool = True) -> list[Any]:
        value = self.field(m, key, path, list, required)
        return value if value is not None else []

    # -- the document ------------------------------------------------------------------------

    def rulebook(self) -> Rulebook:
        top = self.mapping(self.doc.data, ())
        if top is None:
            raise _Stop
        known = {"id", "version", "checked", "title", "notice", "sources", "questions", "models",
                 "filings", "rules", "advice", "layers", "conflicts", *WHAT_IT_TAKES, "obligations", "validity"}
        for key in top:
            if key not in known:
                self.problem((key,), "unknown top-level key '{key}'", key=key)
        rid = self.field(top, "id", (), str)
        version = self.field(top, "version", (), str)
        checked = self.date(top, "checked", (), required=True)
        title = self.text(top, "title", ())
        notice = self.text(top, "notice", ())
        sources = self.sources(top)
        questions = self.questions(top)
        filings = self.filings(top, sources)
        filing_ids = {f.id for f in filings}
        layers = self.layers(top)
        rules = self.rules(top, sources, filing_ids, {x.id for x in layers})
        advice = self.advice(top, sources, filing_ids)
        models = self.models(top)
        conflicts = self.conflicts(top, sources)
        takes = self.what_it_takes(top, sources, filing_ids, {r.id for r in rules})
        obligations = self.obligations(top, sources, filing_ids)
        validity = self.validity(top, sources, filing_ids)
        for key, value in (("id", rid), ("version", version)):
            if value is not None and not value.strip():
                self.problem((key,), "'{key}' is empty", key=key)
        if self.problems or not (rid and version and checked and title and notice):
            raise _Stop
        return Rulebook(
            id=rid, version=version, checked=checked, title=title, notice=notice,
            sha256=self.sha256, path=self.doc.name,
            sources=tuple(sources.values()), questions=tuple(questions), filings=tuple(filings),
            rules=tuple(rules), advice=tuple(advice), models=tuple(models), layers=tuple(layers),
            conflicts=tuple(conflicts), **takes, obligations=tuple(obligations), validity=tuple(validity),
        )

    def sources(self, top: dict[str, Any]) -> dict[str, Source]:
        raw = self.field(top, "sources", (), dict)
        out: dict[str, Source] = {}
        for sid, body in (raw or {}).items():
            path: Path_ = ("sources", sid)
            m = self.mapping(body, path, ("title", "kind", "notice", "date", "url", "accessed"))
            if m is None:
                continue
            title = self.text(m, "title", path)
            kind = self.text(m, "kind", path, required=False)
            notice = self.field(m, "notice", path, str, required=False)
            date = self.date(m, "date", path, required=False)
            url = self.field(m, "url", path, str, required=False)
            if url is not None and not url.startswith("https://") and not url.startswith("http://"):
                # An address, as a rulebook writes it: said the same in every language.
                self.problem(path + ("url",), "should be {expected}, not {kind}", expected="https://…",
                             kind=_kind(url))
                url = None
            accessed = self.date(m, "accessed", path, required=False)
            if title is not None:
                out[str(sid)] = Source(str(sid), title, kind, notice, date, url, accessed)
        return out

    def citations(self, m: dict[str, Any], key: str, path: Path_, sources: dict[str, Source],
                  required: bool = True) -> tuple[Citation, ...]:
        items = self.items(m, key, path, required)
        if required and key in m and not items:
            self.problem(path + (key,), "needs at least one citation")
        out = []
        for i, body in enumerate(items):
            cpath = path + (key, i)
            c = self.mapping(body, cpath, ("source", "articles", "section", "note", "confidence"))
            if c is None:
                continue
            sid = self.field(c, "source", cpath, str)
            if sid is not None and sid not in sources:
                self.problem(cpath + ("source",), "unknown source '{sid}'{suggest}", sid=sid,
                             suggest=did_you_mean(sid, sources))
                continue
            articles = self.items(c, "articles", cpath, required=False)
            for a in articles:
                if not isinstance(a, (int, str)) or isinstance(a, bool):
                    self.problem(cpath + ("articles",), "articles should be numbers or strings")
            section: Text | str | None = None
            raw_section = c.get("section")
            if isinstance(raw_section, dict):  # {zh: 第1项, en: item 1}: said in each language
                section = self.text(c, "section", cpath, required=False)
            elif isinstance(raw_section, (str, int, float)) and not isinstance(raw_section, bool):
                section = str(raw_section)  # the same in every language (B25)
            elif raw_section is not None:
                self.problem(cpath + ("section",), "should be a string or a text with zh and en")
            confidence = self.field(c, "confidence", cpath, str)
            if confidence is not None and confidence not in CONFIDENCES:
                self.problem(cpath + ("confidence",),
                             "unknown confidence '{confidence}'; use one of {values}", confidence=confidence,
                             values=list(CONFIDENCES))
            note = self.text(c, "note", cpath, required=False)
            if sid is not None:
                out.append(Citation(sources[sid], tuple(articles), section, note,
                                    confidence or "official"))
        return tuple(out)

    def questions(self, top: dict[str, Any]) -> list[Question]:
        out: list[Question] = []
        seen: set[str] = set()
        raw_questions = self.items(top, "questions", ())
        self.raw_question_ids = [q.get("id") if isinstance(q, dict) else None for q in raw_questions]
        for i, body in enumerate(raw_questions):
            path: Path_ = ("questions", i)
            m = self.mapping(body, path, ("id", "type", "text", "help", "choices", "when", "default"))
            if m is None:
                continue
            qid = self.ident(m, path, seen, Msg("question"))
            qtype = self.field(m, "type", path, str)
            if qtype is not None and qtype not in QUESTION_TYPES:
                self.problem(path + ("type",), "unknown type '{qtype}'; use one of {values}", qtype=qtype,
                             values=list(QUESTION_TYPES))
                qtype = None
            text = self.text(m, "text", path)
            help_ = self.text(m, "help", path, required=False)
            choices = self.choices(m, path, qtype)
            # `when` may only read questions asked earlier: that is what makes the flow well-founded.
            when = self.condition(m["when"], path + ("when",)) if "when" in m else None
            if qid is not None and when is not None and qid in cond.questions_read(when):
                self.problem(path + ("when",), "question '{qid}' is relevant only on its own answer", qid=qid)
            if qid is None or qtype is None or text is None:
                continue
            q = Question(qid, qtype, text, help_, choices, when, None)
            if "default" in m:
                default = self.value(q, m["default"], path + ("default",))
                q = Question(qid, qtype, text, help_, choices, when, default)
            out.append(q)
            self.question_ids[qid] = q
        return out

    def choices(self, m: dict[str, Any], path: Path_, qtype: str | None) -> tuple[Choice, ...]:
        if qtype == "yes_no":
            if "choices" in m:
                self.problem(path + ("choices",), "a yes_no question has no choices")
            return ()
        items = self.items(m, "choices", path, required=qtype is not None)
        if qtype is not None and "choices" in m and len(items) < 2:
            self.problem(path + ("choices",), "needs at least two choices")
        out, seen = [], set[str]()
        for i, body in enumerate(items):
            cpath = path + ("choices", i)
            c = self.mapping(body, cpath, ("value", "label", "exclusive"))
            if c is None:
                continue
            value = self.field(c, "value", cpath, str)
            if value is not None and value in seen:
                self.problem(cpath + ("value",), "duplicate choice '{value}'", value=value)
            elif value is not None and (value != value.strip() or not value or ("," in value and qtype == "many_of")):
                # An answer is stripped, and a many_of answer split at commas: such a choice could
                # be counted by verification yet never be given.
                self.problem(cpath + ("value",), "choice {value} can never be given as an answer: no spaces "
                             "around it, and no comma in a many_of choice", value=show(value))
                value = None
            label = self.text(c, "label", cpath)
            exclusive = self.field(c, "exclusive", cpath, bool, required=False) or False
            if exclusive and qtype != "many_of":
                # Only a many_of answer can combine choices: on another type it would say nothing.
                self.problem(cpath + ("exclusive",), "'exclusive' is only for the choices of a many_of question")
            if value is not None and label is not None:
                seen.add(value)
                out.append(Choice(value, label, exclusive))
        return tuple(out)

    def value(self, q: Question, raw: object, path: Path_) -> Value | None:
        """A literal answer value in the rulebook (a default or a model's answer)."""
        if q.type == "yes_no":
            if isinstance(raw, bool):
                return raw
            self.problem(path, "'{q}' is yes/no: use yes or no, not {value}", q=q.id, value=quoted(raw))
            return None
        values = [c.value for c in q.choices]
        given = raw if isinstance(raw, list) and q.type == "many_of" else [raw]
        bad = [v for v in given if v not in values]
        if bad or not given:  # the stray values as a list beside the list of choices, both written alike
            self.problem(path, "{value} not among the choices of '{q}': {values}", value=repr(bad or given), q=q.id,
                         values=values)
            return None
        # The one parser of an answer value (the literal shapes are checked above): the same set, one
        # form, in the rulebook's choice order, as every other answer.
        value = q.parse(list(given) if q.type == "many_of" else given[0])
        if isinstance(value, Invalid):
            if value.problem == "alone":
                self.problem(path, "'{choice}' of '{q}' is chosen alone or not at all", choice=value.item, q=q.id)
            else:
                self.problem(path, "{value} not among the choices of '{q}': {values}", value=repr(given), q=q.id,
                             values=values)
            return None
        return value

    def condition(self, raw: object, path: Path_, depth: int = 0) -> cond.Condition | None:
        if depth > 32:
            self.problem(path, "condition nested too deeply")
            return None
        m = self.mapping(raw, path)
        if m is None:
            return None
        logic = [k for k in ("all", "any", "not") if k in m]
        if logic:
            if len(m) != 1:
                self.problem(path, "'{op}' must stand alone in its mapping", op=logic[0])
                return None
            key = logic[0]
            if key == "not":
                inner = self.condition(m["not"], path + ("not",), depth + 1)
                return None if inner is None else cond.Not(inner)
            items = m[key]
            if not isinstance(items, list) or not items:
                self.problem(path + (key,), "'{key}' needs a non-empty list of conditions", key=key)
                return None
            parts = [self.condition(x, path + (key, i), depth + 1) for i, x in enumerate(items)]
            if any(p is None for p in parts):
                return None
            kept = tuple(p for p in parts if p is not None)
            return cond.All(kept) if key == "all" else cond.AnyOf(kept)
        return self.comparison(m, path)

    def comparison(self, m: dict[str, Any], path: Path_) -> cond.Compare | None:
        qid = m.get("q")
        ops = [k for k in m if k != "q"]
        if not isinstance(qid, str) or len(ops) != 1 or ops[0] not in cond.COMPARISONS:
            self.problem(path,
                         "a condition is {{all: [...]}}, {{any: [...]}}, {{not: ...}} or {{q: QUESTION, OP: VALUE}} "
                         "with OP one of {ops}", ops=list(cond.COMPARISONS))
            return None
        op = ops[0]
        q = self.question_ids.get(qid)
        if q is None and qid in self.raw_question_ids and path[0] == "questions":
            itself = self.raw_question_ids[path[1]] == qid  # type: ignore[index]
            if itself:
                self.problem(path + ("q",), "question '{qid}' is relevant only on its own answer: a question's "
                             "`when` may only read earlier questions", qid=qid)
            else:
                self.problem(path + ("q",), "reads question '{qid}', which is asked later: a question's `when` "
                             "may only read earlier questions", qid=qid)
            return None
        if q is None:
            self.problem(path + ("q",), "unknown question '{qid}'{suggest}", qid=qid,
                         suggest=did_you_mean(qid, self.question_ids))
            return None
        fits = {"yes_no": ("is",), "one_of": ("eq", "in"), "many_of": ("has", "has_any")}[q.type]
        if op not in fits:
            self.problem(path, "'{op}' does not fit {type} question '{qid}'; use {ops}", op=op, type=q.type, qid=qid,
                         ops=list(fits))
            return None
        raw = m[op]
        if op == "is":
            if not isinstance(raw, bool):
                self.problem(path + (op,), "'is' takes yes or no, not {value}", value=quoted(raw))
                return None
            return cond.Compare(qid, op, raw)
        values = [c.value for c in q.choices]
        listy = op in ("in", "has_any")
        given = raw if listy and isinstance(raw, list) else [raw]
        if (listy and not isinstance(raw, list)) or not given:
            self.problem(path + (op,), "'{op}' takes a non-empty list of choices", op=op)
            return None
        bad = [v for v in given if v not in values]
        if bad:
            self.problem(path + (op,), "{value} not among the choices of '{qid}': {values}", value=repr(bad), qid=qid,
                         values=values)
            return None
        return cond.Compare(qid, op, frozenset(given) if listy else raw)

    def filings(self, top: dict[str, Any], sources: dict[str, Source]) -> list[Filing]:
        out, seen = [], set[str]()
        for i, body in enumerate(self.items(top, "filings", ())):
            path: Path_ = ("filings", i)
            m = self.mapping(body, path, ("id", "name", "what", "issuer", "basis", "plan", "kind"))
            if m is None:
                continue
            fid = self.ident(m, path, seen, Msg("filing"))
            name = self.text(m, "name", path)
            what = self.text(m, "what", path)
            issuer = self.text(m, "issuer", path)
            basis = self.citations(m, "basis", path, sources)
            plan = self.plan(m, path, sources)
            kind = self.field(m, "kind", path, str, required=False) or "filing"
            if kind not in FILING_KINDS:
                self.problem(path + ("kind",), "unknown kind '{kind}'; use one of {values}", kind=kind,
                             values=list(FILING_KINDS))
                kind = "filing"
            if fid and name and what and issuer:
                out.append(Filing(fid, name, what, issuer, basis, plan, kind))
        self.plan_order(out)
        return out

    def plan(self, m: dict[str, Any], path: Path_, sources: dict[str, Source]) -> Plan:
        """A filing's optional `plan`: after, when, apply_at, documents, citations."""
        if "plan" not in m:
            return Plan()
        path = path + ("plan",)
        p = self.mapping(m["plan"], path, ("after", "when", "apply_at", "documents", "citations"))
        if p is None:
            return Plan()
        after = []
        for i, fid in enumerate(self.items(p, "after", path, required=False)):
            if not isinstance(fid, str):
                self.problem(path + ("after", i), "should be a filing id, not {kind}", kind=_kind(fid))
            else:
                after.append(fid)
        documents = []
        for i, body in enumerate(self.items(p, "documents", path, required=False)):
            doc = self.text({"document": body}, "document", path + ("documents", i))
            if doc is not None:
                documents.append(doc)
        has_facts = any(k in p for k in ("when", "apply_at", "documents"))
        return Plan(tuple(after), self.text(p, "when", path, required=False),
                    self.text(p, "apply_at", path, required=False), tuple(documents),
                    self.citations(p, "citations", path, sources, required=has_facts))

    def plan_order(self, filings: list[Filing]) -> None:
        """Each `after` names another filing, and following them never comes back (no cycle)."""
        ids = {f.id for f in filings}
        index = {f.id: i for i, f in enumerate(filings)}
        for f in filings:
            for j, other in enumerate(f.plan.after):
                if other not in ids:
                    self.problem(("filings", index[f.id], "plan", "after", j),
                                 "unknown filing '{fid}'{suggest}", fid=other, suggest=did_you_mean(other, ids))
                elif other == f.id:
                    self.problem(("filings", index[f.id], "plan", "after", j),
                                 "filing '{fid}' cannot come after itself", fid=f.id)
        after = {f.id: [a for a in f.plan.after if a in ids and a != f.id] for f in filings}
        state: dict[str, int] = {}  # 1: on the path being followed, 2: done
        # Depth first without recursion: a chain of thousands of `after`s is a valid rulebook.
        for f in filings:
            if f.id in state:
                continue
            state[f.id] = 1
            path, todo = [f.id], [iter(after[f.id])]
            while todo:
                nxt = next(todo[-1], None)
                if nxt is None:
                    state[path.pop()] = 2
                    todo.pop()
                elif state.get(nxt) == 1:
                    cycle = path[path.index(nxt):] + [nxt]
                    self.problem(("filings", index[path[-1]], "plan", "after"),
                                 "plan order has a cycle: {cycle}", cycle=" -> ".join(cycle))
                elif nxt not in state:
                    state[nxt] = 1
                    path.append(nxt)
                    todo.append(iter(after[nxt]))

    def layers(self, top: dict[str, Any]) -> list[Layer]:
        """Optional layers of answer beside the regulator's (whose status alone is the filing's)."""
        out: list[Layer] = []
        seen: set[str] = set()
        for i, body in enumerate(self.items(top, "layers", (), required=False)):
            path: Path_ = ("layers", i)
            m = self.mapping(body, path)
            if m is None:
                continue
            for key in sorted(set(m) - {"id", "name", "what"}, key=str):
                self.problem(path + (key,), "unknown key '{key}' in a layer", key=key)
            lid = self.ident(m, path, seen, Msg("layer"))
            name = self.text(m, "name", path)
            what = self.text(m, "what", path, required=False)
            if lid is not None and name is not None:
                out.append(Layer(lid, name, what))
        return out

    def rules(self, top: dict[str, Any], sources: dict[str, Source], filing_ids: set[str],
              layer_ids: set[str]) -> list[Rule]:
        out, seen = [], set[str]()
        raw_rules = self.items(top, "rules", ())
        # Only text ids can be referred to; a list or mapping as an id is reported by ident().
        all_ids = {r["id"] for r in raw_rules if isinstance(r, dict) and isinstance(r.get("id"), str)}
        for i, body in enumerate(raw_rules):
            path: Path_ = ("rules", i)
            m = self.mapping(body, path, ("id", "when", "overrides", "valid_from", "valid_to", "sets"))
            if m is None:
                continue
            rid = self.ident(m, path, seen, Msg("rule"))
            when = self.condition(m["when"], path + ("when",)) if "when" in m else cond.All(())
            overrides = self.items(m, "overrides", path, required=False)
            for o in overrides:
                if not isinstance(o, str):
                    self.problem(path + ("overrides",), "should list rule ids, not {kind}", kind=_kind(o))
                elif o not in all_ids or o == rid:
                    self.problem(path + ("overrides",), "overrides unknown rule '{o}'", o=o)
            valid_from = self.date(m, "valid_from", path, required=False)
            valid_to = self.date(m, "valid_to", path, required=False)
            if valid_from and valid_to and valid_to < valid_from:
                self.problem(path + ("valid_to",), "valid_to is before valid_from")
            effects = []
            touched: set[tuple[str, str | None]] = set()
            items = self.items(m, "sets", path)
            if "sets" in m and not items:
                self.problem(path + ("sets",), "a rule must set at least one filing's status")
            for j, e in enumerate(items):
                epath = path + ("sets", j)
                em = self.mapping(e, epath, ("filing", "status", "reason", "settle", "citations", "layer", "blocker"))
                if em is None:
                    continue
                fid = self.field(em, "filing", epath, str)
                if fid is not None and fid not in filing_ids:
                    self.problem(epath + ("filing",), "unknown filing '{fid}'{suggest}", fid=fid,
                                 suggest=did_you_mean(fid, filing_ids))
                layer = self.field(em, "layer", epath, str, required=False)
                if layer is not None and layer not in layer_ids:
                    self.problem(epath + ("layer",), "unknown layer '{layer}'{suggest}; declare it under `layers`",
                                 layer=layer, suggest=did_you_mean(layer, layer_ids))
                if (fid, layer) in touched:
                    if layer:
                        self.problem(epath + ("filing",), "rule sets filing '{fid}' twice in layer '{layer}'",
                                     fid=fid, layer=layer)
                    else:
                        self.problem(epath + ("filing",), "rule sets filing '{fid}' twice", fid=fid)
                touched.add((fid or "", layer))
                status = self.field(em, "status", epath, str)
                if status is not None and status not in STATUSES:
                    self.problem(epath + ("status",), "unknown status '{status}'; use one of {values}", status=status,
                                 values=list(STATUSES))
                reason = self.text(em, "reason", epath)
                settle = self.text(em, "settle", epath, required=status == "review")
                blocker = self.text(em, "blocker", epath, required=False)
                if blocker is not None and status == "not_required":
                    self.problem(epath + ("blocker",), "a blocker needs status required or review")
                cites = self.citations(em, "citations", epath, sources)
                if fid and status and reason:
                    effects.append(Effect(fid, status, reason, cites, settle, layer, blocker))
            if rid and when is not None:
                out.append(Rule(rid, when, tuple(effects), tuple(str(o) for o in overrides),
                                valid_from, valid_to))
        return out

    def advice(self, top: dict[str, Any], sources: dict[str, Source], filing_ids: set[str]) -> list[Advice]:
        out, seen = [], set[str]()
        for i, body in enumerate(self.items(top, "advice", (), required=False)):
            path: Path_ = ("advice", i)
            m = self.mapping(body, path, ("id", "kind", "filings", "text", "citations", "when"))
            if m is None:
                continue
            aid = self.ident(m, path, seen, Msg("advice"))
            kind = self.field(m, "kind", path, str)
            if kind is not None and kind not in ADVICE_KINDS:
                self.problem(path + ("kind",), "unknown kind '{kind}'; use one of {values}", kind=kind,
                             values=list(ADVICE_KINDS))
            filings = self.items(m, "filings", path)
            for f in filings:
                if not isinstance(f, str):
                    self.problem(path + ("filings",), "should list filing ids, not {kind}", kind=_kind(f))
                elif f not in filing_ids:
                    self.problem(path + ("filings",), "unknown filing '{f}'", f=f)
            text = self.text(m, "text", path)
            cites = self.citations(m, "citations", path, sources, required=False)
            when = self.condition(m["when"], path + ("when",)) if "when" in m else None
            if aid and kind and text:
                out.append(Advice(aid, kind, tuple(str(f) for f in filings), text, cites, when))
        return out

    def conflicts(self, top: dict[str, Any], sources: dict[str, Source]) -> list[Conflict]:
        """Answers that contradict each other in meaning, each warned about when its `when` holds."""
        out: list[Conflict] = []
        seen: set[str] = set()
        for i, body in enumerate(self.items(top, "conflicts", (), required=False)):
            path: Path_ = ("conflicts", i)
            m = self.mapping(body, path, ("id", "when", "text", "citations"))
            if m is None:
                continue
            cid = self.ident(m, path, seen, Msg("conflict"))
            when = self.condition(m["when"], path + ("when",)) if "when" in m else None
            if "when" not in m:
                self.problem(path, "missing required key '{key}'", key="when")
            text = self.text(m, "text", path)
            cites = self.citations(m, "citations", path, sources, required=False)
            if cid and when is not None and text:
                out.append(Conflict(cid, when, text, cites))
        return out

    # -- what it takes (issue 24) -------------------------------------------------------------

    def what_it_takes(self, top: dict[str, Any], sources: dict[str, Source], filing_ids: set[str],
                      rule_ids: set[str]) -> dict[str, Any]:
        """The optional `conditions`, `procedures` and `bottom_line` sections, as Rulebook fields."""
        bottom = self.field(top, "bottom_line", (), dict, required=False) or {}
        if bottom:
            self.mapping(bottom, ("bottom_line",), ("lines", "expected"))
        return {
            "conditions": tuple(self.apply_conditions(top, sources, filing_ids)),
            "procedures": tuple(self.procedures(top, sources, filing_ids)),
            "bottom_lines": tuple(self.bottom_lines(bottom, sources, filing_ids)),
            "expected": tuple(self.expected(bottom, filing_ids, rule_ids)),
        }

    def filing_list(self, m: dict[str, Any], key: str, path: Path_, filing_ids: set[str],
                    required: bool = True) -> tuple[str, ...]:
        out = []
        for f in self.items(m, key, path, required):
            if not isinstance(f, str):
                self.problem(path + (key,), "should list filing ids, not {kind}", kind=_kind(f))
            elif f not in filing_ids:
                self.problem(path + (key,), "unknown filing '{fid}'{suggest}", fid=f,
                             suggest=did_you_mean(f, filing_ids))
            else:
                out.append(f)
        return tuple(out)

    def apply_conditions(self, top: dict[str, Any], sources: dict[str, Source],
                         filing_ids: set[str]) -> list[ApplyCondition]:
        out: list[ApplyCondition] = []
        seen: set[str] = set()
        for i, body in enumerate(self.items(top, "conditions", (), required=False)):
            path: Path_ = ("conditions", i)
            m = self.mapping(body, path, ("id", "filings", "text", "when", "unmet_when", "unmet",
                                          "lifts", "citations"))
            if m is None:
                continue
            cid = self.ident(m, path, seen, Msg("condition"))
            filings = self.filing_list(m, "filings", path, filing_ids)
            text = self.text(m, "text", path)
            when = self.condition(m["when"], path + ("when",)) if "when" in m else None
            unmet_when = (self.condition(m["unmet_when"], path + ("unmet_when",))
                          if "unmet_when" in m else None)
            # A blocker says what stops the plan and what lifts it: both, whenever it can block.
            unmet = self.text(m, "unmet", path, required="unmet_when" in m)
            lifts = self.text(m, "lifts", path, required="unmet_when" in m)
            cites = self.citations(m, "citations", path, sources)
            if cid and filings and text:
                out.append(ApplyCondition(cid, filings, text, cites, when, unmet_when, unmet, lifts))
        return out

    def procedures(self, top: dict[str, Any], sources: dict[str, Source],
                   filing_ids: set[str]) -> list[Procedure]:
        raw = self.field(top, "procedures", (), dict, required=False) or {}
        out: list[Procedure] = []
        for fid, body in raw.items():
            path: Path_ = ("procedures", fid)
            if fid not in filing_ids:
                self.problem(path, "unknown filing '{fid}'{suggest}", fid=fid,
                             suggest=did_you_mean(str(fid), filing_ids))
                continue
            m = self.mapping(body, path, ("limit", "typical", "government_fee", "agency_fee"))
            if m is None:
                continue
            out.append(Procedure(str(fid), self.limit(m, path, sources), self.typical(m, path, sources),
                                 self.fee(m, "government_fee", path, sources),
                                 self.fee(m, "agency_fee", path, sources)))
        return out

    def count(self, m: dict[str, Any], key: str, path: Path_) -> int | None:
        n = self.field(m, key, path, int)
        if n is not None and n < 0:
            self.problem(path + (key,), "should be {expected}, not {kind}", expected=Msg("a number"),
                         kind=_kind(n))
            return None
        return n  # type: ignore[no-any-return]

    def unit(self, m: dict[str, Any], path: Path_) -> str | None:
        unit = self.field(m, "unit", path, str)
        if unit is not None and unit not in DURATION_UNITS:
            self.problem(path + ("unit",), "unknown unit '{unit}'; use one of {values}", unit=unit,
                         values=list(DURATION_UNITS))
            return None
        return unit  # type: ignore[no-any-return]

    def limit(self, m: dict[str, Any], path: Path_, sources: dict[str, Source]) -> Limit | None:
        if "limit" not in m:
            return None
        path = path + ("limit",)
        p = self.mapping(m["limit"], path, ("kind", "days", "unit", "text", "citations"))
        if p is None:
            return None
        kind = self.field(p, "kind", path, str)
        if kind is not None and kind not in LIMIT_KINDS:
            self.problem(path + ("kind",), "unknown kind '{kind}'; use one of {values}", kind=kind,
                         values=list(LIMIT_KINDS))
            kind = None
        days, unit, text = self.count(p, "days", path), self.unit(p, path), self.text(p, "text", path)
        cites = self.citations(p, "citations", path, sources)
        if kind and days is not None and unit and text:
            return Limit(kind, days, unit, text, cites)
        return None

    def typical(self, m: dict[str, Any], path: Path_, sources: dict[str, Source]) -> Typical | None:
        if "typical" not in m:
            return None
        path = path + ("typical",)
        p = self.mapping(m["typical"], path, ("min", "max", "unit", "text", "citations"))
        if p is None:
            return None
        low, high = self.count(p, "min", path), self.count(p, "max", path)
        unit, text = self.unit(p, path), self.text(p, "text", path)
        cites = self.citations(p, "citations", path, sources)
        if low is not None and high is not None and high < low:
            self.problem(path + ("max",), "max is less than min")
            return None
        if low is not None and high is not None and unit and text:
            return Typical(low, high, unit, text, cites)
        return None

    def fee(self, m: dict[str, Any], key: str, path: Path_, sources: dict[str, Source]) -> Fee | None:
        if key not in m:
            return None
        path = path + (key,)
        p = self.mapping(m[key], path, ("amount", "min", "max", "text", "citations"))
        if p is None:
            return None
        if "amount" in p:  # one figure: the same as a range from it to it
            low = high = self.count(p, "amount", path)
        else:
            low, high = self.count(p, "min", path), self.count(p, "max", path)
        text, cites = self.text(p, "text", path), self.citations(p, "citations", path, sources)
        if low is not None and high is not None and high < low:
            self.problem(path + ("max",), "max is less than min")
            return None
        if low is not None and high is not None and text:
            return Fee(low, high, text, cites)
        return None

    def bottom_lines(self, bottom: dict[str, Any], sources: dict[str, Source],
                     filing_ids: set[str]) -> list[BottomLine]:
        out: list[BottomLine] = []
        seen: set[str] = set()
        for i, body in enumerate(self.items(bottom, "lines", ("bottom_line",), required=False)):
            path: Path_ = ("bottom_line", "lines", i)
            m = self.mapping(body, path, ("id", "text", "when", "required", "review", "nothing_required",
                                          "settle_first", "citations"))
            if m is None:
                continue
            lid = self.ident(m, path, seen, Msg("bottom line"))
            text = self.text(m, "text", path)
            if text is not None:
                self.placeholders(text, path + ("text",))
            when = self.condition(m["when"], path + ("when",)) if "when" in m else None
            required = self.filing_list(m, "required", path, filing_ids, required=False)
            review = self.filing_list(m, "review", path, filing_ids, required=False)
            nothing = self.field(m, "nothing_required", path, bool, required=False)
            settle = self.field(m, "settle_first", path, str, required=False)
            if settle is not None and settle not in self.question_ids:
                self.problem(path + ("settle_first",), "unknown question '{qid}'{suggest}", qid=settle,
                             suggest=did_you_mean(settle, self.question_ids))
            cites = self.citations(m, "citations", path, sources)
            if lid and text:
                out.append(BottomLine(lid, text, cites, when, required, review, bool(nothing), settle))
        return out

    def placeholders(self, text: Text, path: Path_) -> None:
        """A bottom line's text may name only what the report fills in: {required}, {review},
        {first}, {allow}; a brace meant as itself is written twice ({{ or }})."""
        import string

        for lang in ("zh", "en"):
            try:  # a name and nothing else: no attribute, index, conversion or format spec
                bad = any(f is not None and (f not in BOTTOM_LINE_FIELDS or spec or conv)
                          for _, f, spec, conv in string.Formatter().parse(text.get(lang)))
            except ValueError:  # a lone brace
                bad = True
            if bad:
                self.problem(path + (lang,), "a placeholder other than {fields} in the text, or a lone brace "
                             "(write {{{{ or }}}} for one)", fields=", ".join(f"{{{f}}}" for f in BOTTOM_LINE_FIELDS))
                return

    def expected(self, bottom: dict[str, Any], filing_ids: set[str], rule_ids: set[str]) -> list[Expected]:  # noqa: ARG002
        out: list[Expected] = []
        for i, body in enumerate(self.items(bottom, "expected", ("bottom_line",), required=False)):
            path: Path_ = ("bottom_line", "expected", i)
            m = self.mapping(body, path, ("filing", "rule", "why", "changes"))
            if m is None:
                continue
            fid = self.field(m, "filing", path, str)
            if fid is not None and fid not in filing_ids:
                self.problem(path + ("filing",), "unknown filing '{fid}'{suggest}", fid=fid,
                             suggest=did_you_mean(fid, filing_ids))
            # An unknown rule id is lint's to report: a rulebook under construction still loads.
            rid = self.field(m, "rule", path, str)
            why, changes = self.text(m, "why", path), self.text(m, "changes", path)
            if fid in filing_ids and rid is not None and why and changes:
                out.append(Expected(str(fid), str(rid), why, changes))
        return out

    # -- comes-due: what comes due once a filing is held ---------------------------------------

    def period(self, m: dict[str, Any], key: str, path: Path_, required: bool = True) -> Period | None:
        """`{n: 30, unit: working_days}`: a whole number not below 0 of one of PERIOD_UNITS."""
        raw = self.field(m, key, path, dict, required)
        if raw is None:
            return None
        body = self.mapping(raw, path + (key,), ("n", "unit"))
        if body is None:
            return None
        n = self.field(body, "n", path + (key,), int)
        unit = self.field(body, "unit", path + (key,), str)
        if n is not None and n < 0:
            self.problem(path + (key, "n"), "should be {expected}, not {kind}", expected=Msg("a number"),
                         kind=quoted(n))
            return None
        if unit is not None and unit not in PERIOD_UNITS:
            self.problem(path + (key, "unit"), "unknown unit '{unit}'; use one of {values}", unit=unit,
                         values=list(PERIOD_UNITS))
            return None
        return Period(n, unit) if n is not None and unit is not None else None

    def month_day(self, m: dict[str, Any], key: str, path: Path_) -> tuple[int, int] | None:
        raw = self.field(m, key, path, str)
        if raw is None:
            return None
        try:
            day = dt.date.fromisoformat(f"2024-{raw}")  # a leap year, so 02-29 is a day
        except ValueError:
            self.problem(path + (key,), "should be a month and day MM-DD, not {value}", value=quoted(raw))
            return None
        return (day.month, day.day)

    def by_filing(self, top: dict[str, Any], key: str, filing_ids: set[str]) -> list[tuple[str, Any]]:
        raw = self.field(top, key, (), dict, required=False) or {}
        out = []
        for fid, body in raw.items():
            if fid not in filing_ids:
                self.problem((key, fid), "unknown filing '{f}'", f=fid)
                continue
            out.append((str(fid), body))
        return out

    def obligations(self, top: dict[str, Any], sources: dict[str, Source],
                    filing_ids: set[str]) -> list[Obligation]:
        """`obligations: {filing: [{id, trigger, ...}]}`: each duty with its trigger, timing,
        consequence and sources (a duty without a source is a problem: nothing here is a guess)."""
        out: list[Obligation] = []
        for fid, items in self.by_filing(top, "obligations", filing_ids):
            if not isinstance(items, list):
                self.problem(("obligations", fid), "should be {expected}, not {kind}", expected=_kind_name(list),
                             kind=_kind(items))
                continue
            seen: set[str] = set()
            for i, body in enumerate(items):
                path: Path_ = ("obligations", fid, i)
                m = self.mapping(body, path, ("id", "trigger", "title", "when", "consequence", "citations", "offset",
                                              "window", "event", "of", "obtain"))
                if m is None:
                    continue
                oid = self.ident(m, path, seen, Msg("obligation"))
                trigger = self.field(m, "trigger", path, str)
                if trigger is not None and trigger not in TRIGGERS:
                    self.problem(path + ("trigger",), "unknown trigger '{trigger}'; use one of {values}",
                                 trigger=trigger, values=list(TRIGGERS))
                    trigger = None
                title = self.text(m, "title", path)
                when = self.text(m, "when", path)
                consequence = self.text(m, "consequence", path)
                cites = self.citations(m, "citations", path, sources)
                offset = self.period(m, "offset", path, required=trigger in ("granted", "event"))
                window = None
                if trigger == "yearly":
                    w = self.field(m, "window", path, dict)
                    wm = self.mapping(w, path + ("window",), ("from", "to")) if w is not None else None
                    if wm is not None:
                        start = self.month_day(wm, "from", path + ("window",))
                        end = self.month_day(wm, "to", path + ("window",))
                        window = (start, end) if start and end else None
                event = self.field(m, "event", path, str, required=trigger == "event")
                of = self.filing_list(m, "of", path, filing_ids, required=False)
                obtain = self.field(m, "obtain", path, bool, required=False) or False
                if oid and trigger and title and when and consequence and cites:
                    out.append(Obligation(oid, fid, trigger, title, when, consequence, cites, offset, window,
                                          event, of, obtain))
        return out

    def validity(self, top: dict[str, Any], sources: dict[str, Source], filing_ids: set[str]) -> list[Validity]:
        """`validity: {filing: {term, renew_before, title, consequence, citations}}`."""
        out: list[Validity] = []
        for fid, body in self.by_filing(top, "validity", filing_ids):
            path: Path_ = ("validity", fid)
            m = self.mapping(body, path, ("term", "renew_before", "title", "when", "consequence", "citations"))
            if m is None:
                continue
            term = self.period(m, "term", path)
            before = self.period(m, "renew_before", path)
            title = self.text(m, "title", path)
            when = self.text(m, "when", path)
            consequence = self.text(m, "consequence", path)
            cites = self.citations(m, "citations", path, sources)
            if term and before and title and when and consequence and cites:
                out.append(Validity(fid, term, before, title, when, consequence, cites))
        return out

    def models(self, top: dict[str, Any]) -> list[Model]:
        out, seen = [], set[str]()
        for i, body in enumerate(self.items(top, "models", (), required=False)):
            path: Path_ = ("models", i)
            m = self.mapping(body, path, ("id", "label", "answers"))
            if m is None:
                continue
            mid = self.ident(m, path, seen, Msg("model"))
            label = self.text(m, "label", path)
            answers = self.field(m, "answers", path, dict) or {}
            values: dict[str, Value] = {}
            for qid, raw in answers.items():
                q = self.question_ids.get(qid)
                if q is None:
                    self.problem(path + ("answers", qid), "unknown question '{qid}'", qid=qid)
                    continue
                v = self.value(q, raw, path + ("answers", qid))
                if v is not None:
                    values[qid] = v
            if mid and label:
                out.append(Model(mid, label, values))
        return out


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kind_name(kind: type | tuple[type, ...]) -> Msg | str:
    names = {str: Msg("a string"), dict: Msg("a mapping"), list: Msg("a list"), bool: Msg("yes or no"),
             int: Msg("a number")}
    kinds = _as_tuple(kind)
    if kinds == (str, int):
        return Msg("a string or a number")
    return names.get(kinds[0], kinds[0].__name__) if len(kinds) == 1 else " or ".join(k.__name__ for k in kinds)


def _kind(value: object) -> Msg | str:
    if value is None:
        return Msg("empty")
    if isinstance(value, (dict, list, bool)):
        return {dict: Msg("a mapping"), list: Msg("a list"), bool: Msg("yes/no")}[type(value)]
    if isinstance(value, str):
        return Msg("the string {value}", value=quoted(value))
    return f"{type(value).__name__} {quoted(value)}"
