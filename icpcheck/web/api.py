"""The JSON API: POST /api/v1/check, GET /api/v1/questions, /api/v1/filings/{id}, /api/v1/schemas[/{name}],
and its OpenAPI description at /api/v1/openapi.json.

A check is one `checking.run` over the built-in rulebook; its report is the JSON report of the
published schema (report.schema.json), gate and `assumed` included: a failed gate is data (200,
`gate.passed: false`), not an HTTP error. Errors are `{"error": {code, status, message, hint, ...}}`
with a stable `code`: 400 bad input, 413 too large, 422 answers missing (`missing` names the keys)
or assumed under strict, 404/405/414 as HTTP says, 500 a bug.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import anyio
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from icpcheck import checking, gate
from icpcheck.batch import Memo
from icpcheck.render.json import compact as _compact
from icpcheck.version import __version__
from icpcheck.web import service

MAX_BODY = 1_048_576  # bytes, as for an answers file (rulebook.reader.MAX_BYTES_DEFAULT)
BODY_TIMEOUT = 10.0  # seconds to receive a whole body: a client that trickles it is cut off
MEMO_BYTES = 32 * 1024 * 1024  # the same request (answers, options, date) is answered from here
HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large",
              414: "uri_too_long", 422: "missing_answers", 500: "internal"}

_memo = Memo(MEMO_BYTES)


class TooLarge(Exception):
    pass


class BadParameter(Exception):
    def __init__(self, name: str, value: str, expected: str) -> None:
        super().__init__(f"query parameter {name}={value!r}: expected {expected}")
        self.name = name


def error(status: int, code: str, message: str, hint: str | None = None, **extra: Any) -> JSONResponse:
    return JSONResponse(service.Failure(status, code, message, hint, **extra).to_dict(), status_code=status)


def too_large() -> JSONResponse:
    return error(413, "too_large", f"the request body is larger than {MAX_BODY} bytes",
                 hint="send one answers document (a few kilobytes)")


def _json(data: Any, status: int = 200) -> Response:
    return Response(_compact(data).encode("utf-8"), status, media_type="application/json")


def _lang(request: Request) -> str:
    lang = request.query_params.get("lang", "zh")
    if lang not in ("zh", "en"):
        raise BadParameter("lang", lang, "zh or en")
    return lang


def _as_of(request: Request) -> dt.date:
    raw = request.query_params.get("as_of")
    if raw is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise BadParameter("as_of", raw, "a date, YYYY-MM-DD") from None


async def read_body(request: Request) -> bytes:
    """The body, at most MAX_BODY bytes, within BODY_TIMEOUT seconds."""
    chunks: list[bytes] = []
    size = 0
    with anyio.fail_after(BODY_TIMEOUT):
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY:
                raise TooLarge
            chunks.append(chunk)
    return b"".join(chunks)


async def check(request: Request) -> Response:
    """An answers document in (JSON: flat `{id: value}` or `{answers, held, waivers}`), the report out."""
    try:
        lang, as_of = _lang(request), _as_of(request)
        fail_on = request.query_params.get("fail_on")
        if fail_on is not None and fail_on not in gate.FAIL_ON:
            raise BadParameter("fail_on", fail_on, " or ".join(gate.FAIL_ON))
        strict_word = request.query_params.get("strict", "false")
        if strict_word not in ("true", "false"):
            raise BadParameter("strict", strict_word, "true or false")
        models = tuple(request.query_params.getlist("model"))
        raw = await read_body(request)
    except BadParameter as err:
        return error(400, "bad_parameter", str(err), parameter=err.name)
    except TooLarge:
        return too_large()
    except TimeoutError:
        return error(408, "timeout", f"the request body took longer than {BODY_TIMEOUT:g} s to arrive")
    key = f"{lang}|{as_of}|{fail_on}|{strict_word}|{','.join(models)}|{raw.decode('latin-1')}"
    hit = _memo.get(key)
    if hit is not None:
        return Response(hit, media_type="application/json")
    try:
        report = service.check(service.parse_json(raw, lang), lang=lang, as_of=as_of, fail_on=fail_on,
                               strict=strict_word == "true", models=models)
    except service.Failure as failure:
        return JSONResponse(failure.to_dict(), status_code=failure.status)
    body = _compact(report).encode("utf-8")
    _memo.put(key, body, len(body))
    return Response(body, media_type="application/json")


async def questions(request: Request) -> Response:
    from icpcheck.render.questions import to_dict

    try:
        lang = _lang(request)
    except BadParameter as err:
        return error(400, "bad_parameter", str(err), parameter=err.name)
    return _json(to_dict(checking.builtin_rulebook(), lang))


async def filing(request: Request) -> Response:
    """What `icpcheck explain FILING --format json` says of one filing."""
    from icpcheck.cli.explain import to_dict

    try:
        lang, as_of = _lang(request), _as_of(request)
    except BadParameter as err:
        return error(400, "bad_parameter", str(err), parameter=err.name)
    rb = checking.builtin_rulebook()
    found = rb.filing(request.path_params["filing"])
    if found is None:
        return error(404, "no_such_filing", f"no filing {request.path_params['filing']!r}",
                     hint="choose from: " + ", ".join(f.id for f in rb.filings))
    return _json(to_dict(rb, found, lang, as_of))


async def schema_names(request: Request) -> Response:
    from icpcheck import schemas

    return _json({"schemas": schemas.names()})


async def schema(request: Request) -> Response:
    from icpcheck import schemas

    name = request.path_params["name"].removesuffix(".json").removesuffix(".schema")
    if name not in schemas.names():
        return error(404, "no_such_schema", f"no schema named {name!r}",
                     hint="available: " + ", ".join(schemas.names()))
    return _json(schemas.load(name))


async def openapi_json(request: Request) -> Response:
    return _json(openapi())


def routes() -> list[BaseRoute]:
    return [
        Route("/api/v1/check", check, methods=["POST"]),
        Route("/api/v1/questions", questions),
        Route("/api/v1/filings/{filing}", filing),
        Route("/api/v1/schemas", schema_names),
        Route("/api/v1/schemas/{name}", schema),
        Route("/api/v1/openapi.json", openapi_json),
    ]


def openapi() -> dict[str, Any]:
    """The API's OpenAPI 3.1 description; bodies refer to the published schemas by their URL here."""
    lang = {"name": "lang", "in": "query", "schema": {"enum": ["zh", "en"], "default": "zh"},
            "description": "Language of the texts (ids and statuses are the same in both)."}
    as_of = {"name": "as_of", "in": "query", "schema": {"type": "string", "format": "date"},
             "description": "Read the rules (and waivers) as of this date; default today."}
    err = {"description": "An error",
           "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}

    def ref(name: str) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": {"$ref": f"schemas/{name}"}}}}

    return {
        "openapi": "3.1.0",
        "info": {"title": "icpcheck", "version": __version__,
                 "description": "Which filings and licences a WeChat micro-mall in China needs, and why. Stateless: "
                                "nothing is stored."},
        "paths": {
            "/api/v1/check": {"post": {
                "summary": "Check one business: an answers document in, the report out",
                "parameters": [lang, as_of,
                               {"name": "fail_on", "in": "query", "schema": {"enum": list(gate.FAIL_ON)},
                                "description": "Gate: fail on this status unless held or waived (default: "
                                               "required once anything is held or waived)."},
                               {"name": "strict", "in": "query", "schema": {"enum": ["true", "false"]},
                                "description": "true: an answer a default would fill is an error (422)."},
                               {"name": "model", "in": "query",
                                "schema": {"type": "array", "items": {"type": "string"}},
                                "explode": True, "description": "A business model of the rulebook (repeatable)."}],
                "requestBody": {"required": True, **ref("answers")},
                "responses": {"200": {"description": "The report (a failed gate is `gate.passed: false`)",
                                      **ref("report")},
                              "400": err, "408": err, "413": err, "422": err, "500": err}}},
            "/api/v1/questions": {"get": {"summary": "Every question, in the order asked", "parameters": [lang],
                                          "responses": {"200": {"description": "The questions", **ref("questions")},
                                                        "400": err}}},
            "/api/v1/filings/{filing}": {"get": {
                "summary": "One filing explained (as `icpcheck explain FILING --format json`)",
                "parameters": [{"name": "filing", "in": "path", "required": True, "schema": {"type": "string"}},
                               lang, as_of],
                "responses": {"200": {"description": "The filing", "content": {"application/json": {
                    "schema": {"type": "object"}}}}, "400": err, "404": err}}},
            "/api/v1/schemas": {"get": {"summary": "The published JSON Schemas' names", "responses": {
                "200": {"description": "Names", "content": {"application/json": {"schema": {
                    "type": "object", "properties": {"schemas": {"type": "array", "items": {"type": "string"}}}}}}}}}},
            "/api/v1/schemas/{name}": {"get": {
                "summary": "A published JSON Schema (draft 2020-12)",
                "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "The schema", "content": {"application/json": {
                    "schema": {"type": "object"}}}}, "404": err}}},
        },
        "components": {"schemas": {"Error": {
            "type": "object", "required": ["error"], "additionalProperties": False,
            "properties": {"error": {
                "type": "object", "required": ["code", "status", "message", "hint"],
                "properties": {
                    "code": {"enum": ["bad_request", "bad_parameter", "invalid_answers", "unknown_filing",
                                      "models_disagree", "invalid_json", "timeout", "too_large", "missing_answers",
                                      "assumed_answers", "not_found", "no_such_schema", "no_such_filing",
                                      "method_not_allowed", "uri_too_long", "internal"]},
                    "status": {"type": "integer"},
                    "message": {"type": "string"},
                    "hint": {"type": ["string", "null"]},
                    "missing": {"type": "array", "items": {"type": "string"},
                                "description": "missing_answers: the ids of the questions to answer"},
                    "maybe": {"type": "array", "items": {"type": "string"},
                              "description": "missing_answers: those of them that apply only if another "
                                             "open answer says so"},
                    "assumed": {"type": "array", "items": {"type": "string"}},
                    "parameter": {"type": "string"},
                    "question": {"type": "string"}}}}}}},
    }
