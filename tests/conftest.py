"""Shared fixtures: the built-in rulebook, an in-process CLI runner with stdout and stderr apart,
and JSON Schema checks on every JSON report the suite makes."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
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

# Property tests' budgets: the README's quick run explores a fifth of what CI does; CI's full run
# (ICPCHECK_FUZZ_PROFILE=ci, as .ci/run sets) takes the full budget, =long ten times it.
FUZZ_PROFILE = os.environ.get("ICPCHECK_FUZZ_PROFILE") or "default"


def examples(full: int) -> int:
    """Hypothesis's max_examples for a property test whose CI budget is `full`."""
    if FUZZ_PROFILE == "ci":
        return full
    if FUZZ_PROFILE == "long":
        return full * 10
    return max(20, full // 5)


def pytest_configure(config: pytest.Config) -> None:
    """Compile icpcheck's modules and the tests' own once, before any test: many tests start
    icpcheck as a process of its own, and where PYTHONDONTWRITEBYTECODE is set (as on these
    machines) each of them would compile every module from source again; and each pytest-xdist
    worker would rewrite every test module's asserts again (~2.5 s of CPU a worker)."""
    _deliver_signals()
    if hasattr(config, "workerinput"):  # a pytest-xdist worker: the controller has done it
        return
    import compileall

    root = Path(__file__).resolve().parent.parent
    compileall.compile_dir(str(root / "icpcheck"), quiet=2)
    compileall.compile_dir(str(root / "tests"), quiet=2)  # the helpers; test modules are pytest's
    _rewrite_test_modules(config, root / "tests")


def _deliver_signals() -> None:
    """A job started by `nohup`, or in the background by a shell without job control (`cmd &` in a
    script, as a CI runner may do), inherits SIGHUP or SIGINT ignored, and so would every icpcheck
    the tests start, which keeps an ignored signal ignored (as it should): the Ctrl-C and hang-up
    tests would then find it still running. A handler here (not SIG_IGN) becomes the default
    action in each child at exec; in this process it does what the ignoring asked for (nothing),
    but Ctrl-C interrupts the tests as usual. The test of an ignored signal ignores it itself."""
    import signal

    for sig in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM, signal.SIGQUIT):
        if signal.getsignal(sig) == signal.SIG_IGN:
            signal.signal(sig, signal.default_int_handler if sig == signal.SIGINT else _no_op)


def _no_op(signum: int, frame: object) -> None:
    """Stands for SIG_IGN in the test process (see _deliver_signals)."""


def _rewrite_test_modules(config: pytest.Config, folder: Path) -> None:
    """Write pytest's cache of each test module with its asserts rewritten, as pytest itself does
    when bytecode may be written, so that the workers read it rather than rewrite it each. Uses
    pytest's internals (_pytest.assertion.rewrite), so any failure only leaves the work to them."""
    if config.getoption("assertmode", "rewrite") != "rewrite":
        return
    try:
        from _pytest.assertion import rewrite

        state = config.stash[rewrite.assertstate_key]
        for fn in sorted(folder.rglob("*.py")):
            if not (fn.name.startswith("test_") or fn.name == "conftest.py"):
                continue
            pyc = rewrite.get_cache_dir(fn) / (fn.name[:-3] + rewrite.PYC_TAIL)
            if rewrite._read_pyc(fn, pyc) is not None:
                continue
            pyc.parent.mkdir(exist_ok=True)
            source_hash, code = rewrite._rewrite_test(fn, config)
            rewrite._write_pyc(state, code, source_hash, pyc)
    except Exception:  # noqa: BLE001 - a speed-up only
        return


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return load_rulebook()


def run_cli(args: Sequence[str | Path], input: str | bytes | None = None,
            env: dict[str, str | None] | None = None) -> Result:
    """Run icpcheck in-process; CliRunner's stdin is never a terminal, like a CI job's. `env`: the
    environment variables to set (None: unset) for the run."""
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, env=env, catch_exceptions=False,
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


# Documents already found valid, by schema and exact JSON text: many tests make the same report, and
# a full report takes tens of milliseconds to validate. Only successes are kept, so a document that
# does not fit is checked (and fails) every time.
_VALID: set[tuple[str, bytes]] = set()


def validate(name: str, instance: object) -> None:
    """Raise jsonschema.ValidationError unless `instance` fits schemas/<name>.schema.json."""
    try:
        text = json.dumps(instance, sort_keys=True, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):  # not plain JSON data: no key to remember it by
        text = None
    if text is None or json.loads(text) != instance:  # (a tuple is no JSON array to the validator)
        _validator(name).validate(instance)
        return
    key = (name, hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest())
    if key in _VALID:
        return
    _validator(name).validate(instance)
    _VALID.add(key)


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


@pytest.fixture(autouse=True)
def _the_cycle_collector_as_found() -> Iterator[None]:
    """A test that runs a batch in-process (batch.run_batch freezes what is loaded, as a batch's own
    process should) gives those objects back to the collector. Left frozen, they would make every
    later in-process run slower: main counts the frozen objects (gc.get_freeze_count walks them),
    ~20-40 ms a run in a pytest worker."""
    import gc

    frozen, collecting = gc.get_freeze_count(), gc.isenabled()
    yield
    if frozen == 0 and gc.get_freeze_count():
        gc.unfreeze()
    if gc.isenabled() != collecting:
        (gc.enable if collecting else gc.disable)()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def interrupted(child: Any) -> bool:
    """A pexpect child ended by Ctrl-C as a shell sees it (exit status 130): it exited with 130, or
    (when ^C lands while the interview is still printing, a race not yet explained) it said
    "interrupted" and Python ended it by SIGINT itself, which a shell also reports as 130."""
    import signal

    return bool(child.exitstatus == 130 or (child.exitstatus is None and child.signalstatus == signal.SIGINT))
