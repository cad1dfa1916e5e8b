"""`icpcheck mcp`: a Model Context Protocol server over stdio (the official `mcp` SDK; extra `mcp`).

Tools, each with a published schema as its input or output, so that an assistant answers from the
rulebook's cited rules instead of paraphrasing them:

- `check`: an answers document (answers.schema.json) in, the JSON report (report.schema.json) out;
  errors as data (`missing` names the questions to answer), the same as the HTTP API's;
- `questions`: every question, its choices and when it applies (questions.schema.json);
- `explain`: one filing: what it is, who issues it, its legal basis and the rules that set it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import mcp_types as types
from mcp.server import Server

from icpcheck import checking, schemas
from icpcheck.version import __version__
from icpcheck.web import service

LANG = {"enum": ["zh", "en"], "default": "zh", "description": "Language of the texts"}
AS_OF = {"type": "string", "format": "date", "description": "Read the rules as of this date (default: today)"}


def tools() -> list[types.Tool]:
    answers = schemas.load("answers")  # embedded with its $id: its own $refs resolve inside it
    return [
        types.Tool(
            name="check",
            description="Which filings and licences a WeChat mall in China needs, and why, with cited sources. "
                        "Give the answers (flat {question_id: value} or {answers, held, waivers}); the "
                        "`questions` tool lists the ids and values. An unanswered question with a default is "
                        "assumed (listed in `assumed`); one without is an error naming it (`missing`).",
            input_schema={"type": "object", "required": ["answers"], "additionalProperties": False,
                          "properties": {"answers": answers, "lang": LANG, "as_of": AS_OF,
                                         "fail_on": {"enum": ["required", "review", "none"]},
                                         "strict": {"type": "boolean", "default": False}}},
            output_schema=schemas.load("report"),
        ),
        types.Tool(
            name="questions",
            description="Every question the `check` tool takes: id, type, choices, default, when it applies.",
            input_schema={"type": "object", "additionalProperties": False, "properties": {"lang": LANG}},
            output_schema=schemas.load("questions"),
        ),
        types.Tool(
            name="explain",
            description="One filing by id (e.g. icp_filing, icp_license, edi_license): what it is, the issuer, "
                        "its legal basis with citations, benefits, risks, and the rules that can require it.",
            input_schema={"type": "object", "required": ["filing"], "additionalProperties": False,
                          "properties": {"filing": {"enum": [f.id for f in checking.builtin_rulebook().filings]},
                                         "lang": LANG, "as_of": AS_OF}},
        ),
    ]


def call(name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """A tool's structured result; raises service.Failure for an error to report as data."""
    lang = arguments.get("lang", "zh")
    if lang not in ("zh", "en"):
        raise service.Failure(400, "bad_parameter", f"lang={lang!r}: expected zh or en", parameter="lang")
    as_of = _date(arguments.get("as_of"))
    if name == "check":
        return service.check(arguments.get("answers"), lang=lang, as_of=as_of, fail_on=arguments.get("fail_on"),
                             strict=bool(arguments.get("strict", False)), name="answers")
    if name == "questions":
        from icpcheck.render.questions import to_dict

        return to_dict(checking.builtin_rulebook(), lang)
    if name == "explain":
        from icpcheck.cli.explain import to_dict as explained

        rb = checking.builtin_rulebook()
        found = rb.filing(str(arguments.get("filing")))
        if found is None:
            raise service.Failure(404, "no_such_filing", f"no filing {arguments.get('filing')!r}",
                                  hint="choose from: " + ", ".join(f.id for f in rb.filings))
        return explained(rb, found, lang, as_of or dt.date.today())
    raise service.Failure(404, "no_such_tool", f"no tool {name!r}", hint="tools: check, questions, explain")


def _date(raw: object) -> dt.date | None:
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(str(raw))
    except ValueError:
        raise service.Failure(400, "bad_parameter", f"as_of={raw!r}: expected YYYY-MM-DD",
                              parameter="as_of") from None


async def _list_tools(ctx: Any, params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
    return types.ListToolsResult(tools=tools())


async def _call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
    try:
        data = call(params.name, dict(params.arguments or {}))
    except service.Failure as failure:
        text = json.dumps(failure.to_dict(), ensure_ascii=False)
        return types.CallToolResult(content=[types.TextContent(text=text)], is_error=True)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return types.CallToolResult(content=[types.TextContent(text=text)], structured_content=data)


def server() -> Server[Any]:
    return Server("icpcheck", version=__version__,
                  instructions="Answer questions about a WeChat mall's filings and licences in China from "
                               "icpcheck's cited rulebook: call `questions`, then `check` with the answers; "
                               "quote the report's reasons and citations rather than paraphrasing the law.",
                  on_list_tools=_list_tools, on_call_tool=_call_tool)


def main() -> None:
    """Serve over stdin/stdout until the client closes them."""
    import anyio
    from mcp.server.stdio import stdio_server

    async def run() -> None:
        srv = server()
        async with stdio_server() as (read, write):
            await srv.run(read, write, srv.create_initialization_options())

    anyio.run(run)
