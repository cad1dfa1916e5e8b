"""What the HTTP API and the MCP server share: one check, its errors as data with a stable code.

No web framework here (the MCP server imports it without Starlette). A check is `checking.run`
over the built-in rulebook; the report is the published JSON report (report.schema.json).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from icpcheck import answers as ans
from icpcheck import checking, gate
from icpcheck.errors import AnswersError, IcpcheckError


class Failure(Exception):
    """A check that produced no report: an HTTP status, a stable code, the message and hint in
    the request's language, and the data a program needs (`missing`: the ids to answer)."""

    def __init__(self, status: int, code: str, message: str, hint: str | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.hint, self.extra = status, code, message, hint, extra

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "status": self.status, "message": self.message, "hint": self.hint,
                          **self.extra}}


def _failed(status: int, code: str, err: IcpcheckError, lang: str, **extra: Any) -> Failure:
    return Failure(status, code, err.text(lang), err.hint_msg.text(lang) if err.hint_msg else None, **extra)


def check(document: object, *, lang: str = "zh", as_of: dt.date | None = None, fail_on: str | None = None,
          strict: bool = False, models: Sequence[str] = (), name: str = "request body") -> dict[str, Any]:
    """The JSON report for an answers document (flat `{id: value}` or `{answers, held, waivers}`)."""
    from icpcheck.render import json as json_render

    if lang not in ("zh", "en"):
        raise Failure(400, "bad_parameter", f"lang={lang!r}: expected zh or en", parameter="lang")
    if fail_on is not None and fail_on not in gate.FAIL_ON:
        raise Failure(400, "bad_parameter", f"fail_on={fail_on!r}: expected one of {', '.join(gate.FAIL_ON)}",
                      parameter="fail_on")
    rb = checking.builtin_rulebook()
    try:
        outcome = checking.run(checking.Request(rb, as_of or dt.date.today(), document=document, name=name,
                                                models=tuple(models), fail_on=fail_on, strict=strict))
    except ans.MissingAnswers as err:
        raise _failed(422, "missing_answers", err, lang, missing=[q.id for q in err.missing],
                      maybe=[q.id for q in err.maybe]) from None
    except checking.AssumedAnswers as err:
        raise _failed(422, "assumed_answers", err, lang, assumed=[q.id for q in err.assumed]) from None
    except gate.UnknownFiling as err:
        raise _failed(400, "unknown_filing", err, lang) from None
    except ans.ModelsDisagree as err:
        raise _failed(400, "models_disagree", err, lang, question=err.question) from None
    except AnswersError as err:
        raise _failed(400, "invalid_answers", err, lang) from None
    except IcpcheckError as err:
        raise _failed(500, "internal", err, lang) from None
    return json_render.to_dict(outcome.report, lang)


def parse_json(raw: bytes, lang: str = "zh") -> object:
    """A request body as the answers-file reader reads JSON (no repeated keys, no NaN, depth capped)."""
    from icpcheck.rulebook.reader import parse_document

    try:
        return parse_document(raw, name="request body", error=AnswersError, fmt="json").data
    except AnswersError as err:
        raise _failed(400, "invalid_json", err, lang) from None
