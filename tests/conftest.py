"""Shared fixtures: the built-in rulebook and an in-process CLI runner with stdout and stderr apart."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from typing import Any

import pytest
from click.testing import CliRunner, Result

from icpcheck.cli import cli
from icpcheck.loader import load_rulebook
from icpcheck.model import Rulebook

# The rulebook cache of this test session (and of the processes it starts) is its own, so tests
# neither read a stale cache nor write into the user's.
if "ICPCHECK_CACHE_DIR" not in os.environ:
    os.environ["ICPCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="icpcheck-test-cache-")
    atexit.register(shutil.rmtree, os.environ["ICPCHECK_CACHE_DIR"], ignore_errors=True)


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return load_rulebook()


def run_cli(args: list[str], input: str | bytes | None = None) -> Result:
    """Run icpcheck in-process; CliRunner's stdin is never a terminal, like a CI job's."""
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def statuses(result: Result) -> dict[str, Any]:
    data = json.loads(result.stdout)
    return {f["id"]: f["status"] for f in data["filings"]}
