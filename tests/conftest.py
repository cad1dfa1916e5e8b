"""Shared fixtures: the built-in rulebook, an in-process CLI runner with stdout and stderr apart,
and JSON Schema checks on every JSON report the suite makes."""

from __future__ import annotations

import functools
import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from icpcheck.cli.main import cli
from icpcheck.rulebook.build import load_rulebook
from icpcheck.rulebook.model import Rulebook

SCHEMAS = Path(__file__).resolve().parent.parent / "icpcheck" / "schemas"

# pytest-xdist's workers inherit a COLUMNS (and LINES) that pytest set for its own output; the text
# report honours COLUMNS, so every test starts without them, as on a plain command line. Tests that
# want a width set it themselves.
for _name in ("COLUMNS", "LINES"):
    os.environ.pop(_name, None)
# Large YAML files parsed are kept in the user's cache (rulebook/reader_cache.py): the tests', and
# those of the processes they start, go to a folder of this run's own, not the home directory's.
if not os.environ.get("ICPCHECK_CACHE_DIR"):  # pytest-xdist's workers inherit the controller's
    import atexit
    import shutil
    import tempfile

    os.environ["ICPCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="icpcheck-test-cache-")
    atexit.register(shutil.rmtree, os.environ["ICPCHECK_CACHE_DIR"], ignore_errors=True)


def pytest_configure(config: pytest.Config) -> None:
    """Compile icpcheck's modules once, before any test: hundreds of tests start icpcheck as a
    process of its own, and where PYTHONDONTWRITEBYTECODE is set (as on these machines) each of
    them would compile every module from source again."""
    if hasattr(config, "workerinput"):  # a pytest-xdist worker: the controller has done it
        return
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "icpcheck"), quiet=2)


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return load_rulebook()


def run_cli(args: Sequence[str | Path], input: str | bytes | None = None) -> Result:
    """Run icpcheck in-process; CliRunner's stdin is never a terminal, like a CI job's."""
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False,
                              prog_name="icpcheck")


def statuses(result: Result) -> dict[str, Any]:
    data = json.loads(result.stdout)
    return {f["id"]: f["status"] for f in data["filings"]}


def schema(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMAS / f"{name}.schema.json").read_text("utf-8"))
    return data


@functools.cache
def _validator(name: str) -> Any:
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(schema(name))  # the schema itself is valid
    return jsonschema.Draft202012Validator(schema(name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def validate(name: str, instance: object) -> None:
    """Raise jsonschema.ValidationError unless `instance` fits schemas/<name>.schema.json."""
    _validator(name).validate(instance)


def validate_jsonl(text: str) -> list[dict[str, Any]]:
    """Each batch output line is a report, a compact line or an error line; return them parsed."""
    lines = [json.loads(line) for line in text.splitlines()]
    for obj in lines:
        validate("batch-error" if "error" in obj else "report" if "summary" in obj else "batch-compact", obj)
    return lines


def parse_junit(text: str) -> ET.Element:
    """Parse JUnit XML and check the shape CI systems read: testsuites > testsuite > testcase."""
    root = ET.fromstring(text)
    assert root.tag == "testsuites"
    for suite in root.iter("testsuite"):
        cases = suite.findall("testcase")
        assert int(suite.get("tests", "-1")) == len(cases)
        assert int(suite.get("failures", "-1")) == sum(
            1 for c in cases if c.find("failure") is not None
        )
        for case in cases:
            assert case.get("name") and case.get("classname")
    return root


@pytest.fixture(autouse=True)
def _every_json_report_fits_the_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wrap the JSON contract's to_dict so every report any test produces is schema-checked."""
    from icpcheck.render import json as json_render

    original = json_render.to_dict

    def checked(report: Any, lang: str, *rest: Any) -> dict[str, Any]:
        out = original(report, lang, *rest)  # rest: the timeline's start (issue 24)
        validate("report", json.loads(json.dumps(out)))
        return out

    monkeypatch.setattr(json_render, "to_dict", checked)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def interrupted(child: Any) -> bool:
    """A pexpect child ended by Ctrl-C as a shell sees it (exit status 130): it exited with 130, or
    (when ^C lands while the interview is still printing, a race not yet explained) it said
    "interrupted" and Python ended it by SIGINT itself, which a shell also reports as 130."""
    import signal

    return bool(child.exitstatus == 130 or (child.exitstatus is None and child.signalstatus == signal.SIGINT))
