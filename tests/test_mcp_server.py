"""`icpcheck mcp`: the MCP SDK's own client, in-process, lists the tools and gets a report valid
against the published schema from `check`; errors come back as data; and over real stdio."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from icpcheck import schemas
from tests.conftest import validate


@pytest.fixture(autouse=True)
def _the_mcp_sdk() -> None:
    """The SDK (and anyio) are imported when a test here runs, not when the suite is collected."""
    pytest.importorskip("mcp")

PLATFORM = {"sells_own_goods": False, "third_party_sellers": True, "charges_sellers": True, "paid_content": False}


def with_client(body: Any) -> Any:
    import anyio
    from mcp import Client

    from icpcheck.mcp_server import server

    async def main() -> Any:
        async with Client(server()) as client:
            return await body(client)

    return anyio.run(main)


def test_the_tools_and_their_schemas() -> None:
    tools = with_client(lambda c: c.list_tools()).tools
    by_name = {t.name: t for t in tools}
    assert set(by_name) == {"check", "questions", "explain"}
    assert by_name["check"].output_schema == schemas.load("report")
    assert by_name["check"].input_schema["properties"]["answers"] == schemas.load("answers")
    assert by_name["questions"].output_schema == schemas.load("questions")


def test_check_gives_a_schema_valid_report() -> None:
    result = with_client(lambda c: c.call_tool("check", {"answers": PLATFORM, "lang": "en"}))
    assert not result.is_error
    validate("report", result.structured_content)
    statuses = {f["id"]: f["status"] for f in result.structured_content["filings"]}
    assert statuses["icp_license"] == "required"
    assert "foreign_equity" in result.structured_content["assumed"]


def test_missing_answers_come_back_as_data() -> None:
    import json

    result = with_client(lambda c: c.call_tool("check", {"answers": {"sells_own_goods": False}}))
    assert result.is_error
    err = json.loads(result.content[0].text)["error"]
    assert err["code"] == "missing_answers"
    assert set(err["missing"]) == {"third_party_sellers", "charges_sellers", "paid_content"}


def test_questions_and_explain() -> None:
    result = with_client(lambda c: c.call_tool("questions", {"lang": "zh"}))
    validate("questions", result.structured_content)
    explained = with_client(lambda c: c.call_tool("explain", {"filing": "edi_license", "lang": "en"}))
    assert explained.structured_content["filing"]["id"] == "edi_license"
    assert explained.structured_content["filing"]["basis"]


@pytest.mark.slow
def test_over_stdio_as_a_client_starts_it() -> None:
    import anyio
    from mcp import Client
    from mcp.client.stdio import StdioServerParameters

    params = StdioServerParameters(command=sys.executable, args=["-m", "icpcheck", "mcp"])

    async def main() -> Any:
        with anyio.fail_after(60):
            async with Client(params) as client:
                names = [t.name for t in (await client.list_tools()).tools]
                result = await client.call_tool("check", {"answers": PLATFORM})
                return names, result

    names, result = anyio.run(main)
    assert sorted(names) == ["check", "explain", "questions"]
    validate("report", result.structured_content)
