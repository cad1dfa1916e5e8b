"""icpcheck: which filings and licences a WeChat micro-mall in China needs, and why.

The Python API (stable within a report schema_version, as the JSON report is)::

    import icpcheck

    report = icpcheck.check(answers)  # {question id: value}, as an answers file holds them
    report.statuses            # {filing id: "required" | "review" | "not_required"}
    report.to_dict(lang="en")  # what `icpcheck check --format json --lang en` prints
    report.render("markdown")  # any report format: text, json, markdown, junit, html

The ids are the rulebook's: `icpcheck questions` lists the questions, the README shows an example.

Nothing heavy is imported until a function is called: `import icpcheck` stays cheap.
"""

from __future__ import annotations

import os as _os
from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any
from typing import Literal as _Literal

from icpcheck.version import __version__

__all__ = [
    "AnswersError",
    "Format",
    "IcpcheckError",
    "InternalError",
    "Lang",
    "MissingAnswers",
    "Report",
    "RulebookError",
    "Waiver",
    "__version__",
    "check",
    "load_rulebook",
    "questions",
]

Lang = _Literal["zh", "en"]
Format = _Literal["text", "json", "markdown", "junit", "html"]

if _TYPE_CHECKING:
    import datetime as _dt

    from icpcheck import engine as _engine
    from icpcheck.answers import MissingAnswers as MissingAnswers
    from icpcheck.errors import AnswersError as AnswersError
    from icpcheck.errors import IcpcheckError as IcpcheckError
    from icpcheck.errors import InternalError as InternalError
    from icpcheck.errors import RulebookError as RulebookError
    from icpcheck.gate import Waiver as Waiver
    from icpcheck.rulebook.model import Rulebook

# Names that come from modules imported only when asked for (PEP 562).
_LAZY = {
    "AnswersError": "icpcheck.errors",
    "IcpcheckError": "icpcheck.errors",
    "InternalError": "icpcheck.errors",
    "RulebookError": "icpcheck.errors",
    "MissingAnswers": "icpcheck.answers",
    "Waiver": "icpcheck.gate",
}


def __getattr__(name: str) -> _Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'icpcheck' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


class Report:
    """A checked report: each filing's status, the gate, and the report in any format.

    `engine` is the evaluated report the command line renders (icpcheck.engine.Report); `lang`
    is the language check() was asked for, the default of to_dict() and render().
    """

    __slots__ = ("engine", "lang")

    def __init__(self, engine: _engine.Report, lang: Lang) -> None:
        self.engine = engine
        self.lang: Lang = lang

    @property
    def statuses(self) -> dict[str, str]:
        """Each filing's status (required, review or not_required), by filing id."""
        return {f.filing.id: f.status for f in self.engine.filings}

    @property
    def gate_passed(self) -> bool:
        """False when a gate is in force (held/waived filings or fail_on) and a needed filing is
        neither held nor waived."""
        return self.engine.gate_passed

    @property
    def exit_code(self) -> int:
        """What `icpcheck check` would exit with: 0, or 1 when the gate failed."""
        return 0 if self.gate_passed else 1

    def to_dict(self, lang: Lang | None = None) -> dict[str, _Any]:
        """The JSON report (report.schema.json): what `check --format json` prints, parsed."""
        from icpcheck.render import json as json_render

        return json_render.to_dict(self.engine, _lang(lang or self.lang))

    def render(self, fmt: Format = "text", lang: Lang | None = None) -> str:
        """The report as the command line writes it in that format (text without colour)."""
        from icpcheck.render import FORMATS, render

        if fmt not in FORMATS:
            raise ValueError(f"fmt must be one of {', '.join(FORMATS)}, not {fmt!r}")
        return render(self.engine, fmt, _lang(lang or self.lang), terminal=False)

    def __repr__(self) -> str:
        return f"icpcheck.Report({self.statuses!r})"


def _lang(lang: str) -> Lang:
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    return lang  # type: ignore[return-value]


def load_rulebook(path: str | _os.PathLike[str] | None = None) -> Rulebook:
    """A rulebook (YAML or JSON) from path, or the built-in one; RulebookError if it is invalid."""
    from icpcheck.rulebook import build

    return build.load_rulebook(None if path is None else _os.fspath(path))


def questions(rulebook: Rulebook | str | _os.PathLike[str] | None = None, *,
              lang: Lang = "zh") -> list[dict[str, _Any]]:
    """Every question, in the order they are asked: what `icpcheck questions --format json` lists
    under `questions` (id, type, text, choices, default, when, ...), less the command line's `flag`."""
    from icpcheck.render.questions import question

    rb = _rulebook(rulebook)
    return [question(q, lang) for q in rb.questions]


def check(answers: _Mapping[str, object], *, rules: Rulebook | str | _os.PathLike[str] | None = None,
          as_of: _dt.date | str | None = None, lang: Lang = "zh", held: _Iterable[str] = (),
          waivers: _Iterable[Waiver | _Mapping[str, object]] = (), fail_on: str | None = None,
          strict: bool = False, name: str = "answers") -> Report:
    """Check one business: its answers as in an answers file (`{question_id: value}`, or
    `{"answers": {...}, "held": [...], "waivers": [...]}`), through the application layer every
    front end uses (icpcheck.checking.run), as the command line reads an answers file.

    rules: a rulebook or its path (default: the built-in one). as_of: the date the rules and
    waivers are read at (default today). held / waivers: filings held, waivers (Waiver or
    `{"filing", "reason", "expires"}`), added to those in `answers`. fail_on: "required", "review"
    or "none" (default: required once anything is held or waived). strict: raise AnswersError
    instead of assuming a question's default. name: how the answers are named in messages and
    answer sources (`file:NAME`).

    Raises MissingAnswers (an AnswersError) when a question is still open, AnswersError for an
    invalid answer or holding, RulebookError for an invalid rulebook.
    """
    from icpcheck import checking, gate
    from icpcheck.errors import AnswersError

    _lang(lang)
    if fail_on is not None and fail_on not in gate.FAIL_ON:
        raise ValueError(f"fail_on must be one of {', '.join(gate.FAIL_ON)}, not {fail_on!r}")
    if not isinstance(answers, _Mapping):
        raise AnswersError("{name}: answers must be a mapping of question id to value, not {kind}", name=name,
                           kind=type(answers).__name__)
    rb = _rulebook(rules)
    date = _date(as_of)
    try:
        extra = gate.holdings_from_document({"held": list(held), "waivers": [_waiver(w) for w in waivers]},
                                            checking.filing_ids(rb), name=name)
        return Report(checking.run(checking.Request(rb, date, document=dict(answers), name=name, holdings=extra,
                                                    fail_on=fail_on, strict=strict)).report, lang)
    except (TypeError, AttributeError, KeyError, RecursionError) as err:
        # A value no answers file can hold (a set, a cycle, a key that is not text).
        raise AnswersError("{name}: answers hold a value that is not JSON/YAML data: {problem}", name=name,
                           problem=f"{type(err).__name__}: {err}") from None


def _rulebook(rules: Rulebook | str | _os.PathLike[str] | None) -> Rulebook:
    """The rulebook asked for; the built-in one is built once per process and shared."""
    if rules is None:
        from icpcheck.checking import builtin_rulebook

        return builtin_rulebook()
    if isinstance(rules, (str, _os.PathLike)):
        return load_rulebook(rules)
    return rules


def _date(as_of: _dt.date | str | None) -> _dt.date:
    import datetime as _dt

    from icpcheck.words import parse_date

    if as_of is None:
        return _dt.date.today()
    if isinstance(as_of, _dt.datetime):  # a datetime is a date with a time: take its date
        return as_of.date()
    if isinstance(as_of, _dt.date):
        return as_of
    date = parse_date(as_of) if isinstance(as_of, str) else None
    if date is None:
        raise ValueError(f"as_of must be a date (YYYY-MM-DD), not {as_of!r}")
    return date


def _waiver(w: Waiver | _Mapping[str, object]) -> object:
    from icpcheck.gate import Waiver

    if isinstance(w, Waiver):
        return {"filing": w.filing, "reason": w.reason, "expires": w.expires.isoformat()}
    return dict(w)
