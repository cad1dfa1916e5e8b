"""Shared fixtures: the built-in rulebook and an in-process CLI runner with stdout and stderr apart."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner, Result

from icpcheck.cli import cli
from icpcheck.loader import load_rulebook
from icpcheck.model import Rulebook


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return load_rulebook()


def run_cli(args: list[str], input: str | bytes | None = None) -> Result:
    """Run icpcheck in-process; CliRunner's stdin is never a terminal, like a CI job's."""
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def statuses(result: Result) -> dict[str, Any]:
    data = json.loads(result.stdout)
    return {f["id"]: f["status"] for f in data["filings"]}
