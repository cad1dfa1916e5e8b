"""Fuzz the CLI in-process: whatever the input, no traceback, a documented exit code, and a report on
stdout only when the exit code is 0 or 1.

Budget, in examples across the tests below: a quick run by default (the README test command stays
fast), ICPCHECK_FUZZ_PROFILE=ci for the full run CI makes (.ci/run), =long for 10x that;
ICPCHECK_FUZZ_EXAMPLES=N runs about N whatever the profile.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from icpcheck.cli.main import cli
from icpcheck.rulebook import build as loader

# --- profiles: how many examples each test runs -----------------------------------------------------

# Share of the total per test: a rulebook example costs ~10x the others (it parses a whole rulebook).
SHARES = {"answers": 0.42, "args": 0.38, "rulebook": 0.20}
CI_TOTAL = 10_200


def _split(total: int) -> dict[str, int]:
    return {test: max(1, round(total * share)) for test, share in SHARES.items()}


# The quick run is a smoke test of each fuzzer (a few seconds); the rulebook fuzzer gets fewer
# examples there than its share, since each one parses a whole rulebook.
PROFILES = {"default": {"answers": 200, "args": 200, "rulebook": 20},
            "ci": _split(CI_TOTAL), "long": _split(CI_TOTAL * 10)}
PROFILE = os.environ.get("ICPCHECK_FUZZ_PROFILE") or "default"
if PROFILE not in PROFILES:  # a typo in CI must not quietly fall back to the quick run
    raise pytest.UsageError(f"ICPCHECK_FUZZ_PROFILE={PROFILE!r}: expected one of {', '.join(PROFILES)}")
EXAMPLES = (_split(int(os.environ["ICPCHECK_FUZZ_EXAMPLES"]))
            if os.environ.get("ICPCHECK_FUZZ_EXAMPLES") else PROFILES[PROFILE])


def fuzz_settings(test: str) -> settings:
    return settings(
        max_examples=EXAMPLES[test],
        deadline=None,  # one slow example (a GC pause on a busy CI box) is not a bug
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.filter_too_much],
        database=None,  # every run explores afresh; found bugs become ordinary tests
    )


# --- the one assertion every example must pass --------------------------------------------------------

DOCUMENTED = {0, 1, 2, 3, 4, 6, 130}  # 5 (internal error) is a bug by definition
ERROR_PREFIXES = ("icpcheck: error: ", "icpcheck: 错误：")
RUNNER = CliRunner()


def run(args: list[str], stdin: bytes | str | None = None) -> Result:
    result = RUNNER.invoke(cli, args, input=stdin, catch_exceptions=True)
    assert_sane(result, args)
    return result


def assert_sane(result: Result, args: list[str]) -> None:
    out, err = result.stdout, result.stderr
    context = f"args={args!r}\nexit={result.exit_code}\nstderr={err[-2000:]}"
    if "--debug" not in args:  # --debug asks for tracebacks
        assert "Traceback" not in out + err, context
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{context}\nexception={result.exception!r}"
    )
    assert result.exit_code in DOCUMENTED, context
    if result.exit_code not in (0, 1):
        assert out == "", f"{context}\na report on stdout despite the failure:\n{out[:500]}"
    if result.exit_code in (2, 3, 4, 6):
        errors = [line for line in err.splitlines() if line.startswith(ERROR_PREFIXES)]
        assert len(errors) == 1, f"{context}\nexpected exactly one error line"


@pytest.fixture(scope="module")
def default_rulebook_cached() -> Iterator[None]:
    """Parse the default rulebook once, not per example: the answers and argument fuzzers are about
    answers and options, and the rulebook fuzzer below parses its own on every example."""
    real = loader.load_rulebook
    default = real(None)

    def load(path: str | None = None, **kwargs: Any) -> Any:
        return default if path is None else real(path, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(loader, "load_rulebook", load)
        yield


# --- values and answers documents ----------------------------------------------------------------------

QUESTION_IDS = ["sells_own_goods", "third_party_sellers", "charges_sellers", "paid_content",
                "channels"]
CHOICES = ["mini_program", "own_domain", "saas_storefront"]
NEAR_IDS = ["paid_contnt", "Channels", " channels", "channels ", "sells_own_good", "answers", "held",
            "waivers", "value", "source", "", "1", "null", "true"]
WORDS = ["yes", "no", "y", "n", "true", "false", "是", "否", "1", "0", "2", "", " ", "maybe",
         "mini_program", "own_domain", "saas_storefront", "mini_program,own_domain", ",", ",,",
         "own_domain, mini_program", "OWN_DOMAIN", "nan", "inf", "~", "null", "[]", "{}", "\x00",
         "\u202e", "\x1b[31m", "a\nb", "\ud800"]

scalars = (
    st.none() | st.booleans() | st.integers() | st.integers(min_value=-2, max_value=2)
    | st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(WORDS) | st.text(max_size=12)
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["value", "source", "x"]) | st.text(max_size=5), inner,
                      max_size=3),
    max_leaves=8,
)
answer_keys = st.sampled_from(QUESTION_IDS) | st.sampled_from(NEAR_IDS) | st.text(max_size=10)
answer_values = (
    st.sampled_from([True, False, "yes", "no"])
    | st.lists(st.sampled_from(CHOICES), max_size=4)
    | st.fixed_dictionaries({"value": json_values})
    | json_values
)
flat_answers = st.dictionaries(answer_keys, answer_values, max_size=6)
answers_documents = st.one_of(
    flat_answers,
    st.fixed_dictionaries(
        {"answers": flat_answers | json_values},
        optional={"held": json_values, "waivers": json_values, "schema_version": json_values,
                  "tool": json_values, "extra": json_values},
    ),
    json_values,
)


def _dump(data: object, how: str) -> bytes:
    if how == "json":
        return json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
    text = yaml.safe_dump(data, allow_unicode=True)
    return text.encode("utf-8", "surrogatepass")


def _spoil(raw: bytes, how: str, extra: bytes) -> bytes:
    """The ways a file goes wrong on its way from an editor: BOMs, CRLF, other encodings, junk."""
    if how == "bom":
        return b"\xef\xbb\xbf" + raw
    if how == "crlf":
        return raw.replace(b"\n", b"\r\n")
    if how == "utf16":
        return raw.decode("utf-8", "replace").encode("utf-16")
    if how == "gbk":
        return raw.decode("utf-8", "replace").encode("gbk", "replace")
    if how == "truncate":
        return raw[: len(raw) // 2]
    if how == "insert":
        middle = len(raw) // 2
        return raw[:middle] + extra + raw[middle:]
    if how == "duplicate_key":
        return raw + b"\n" + raw  # for YAML: every key again (or a second document)
    return raw


documents = st.builds(
    lambda data, fmt, how, extra: _spoil(_dump(data, fmt), how, extra),
    answers_documents,
    st.sampled_from(["json", "yaml"]),
    st.sampled_from(["none", "none", "none", "bom", "crlf", "utf16", "gbk", "truncate", "insert",
                     "duplicate_key"]),
    st.binary(max_size=6) | st.sampled_from([b"NaN", b"\xff", b"&a [*a]", b"!!python/object:os.system",
                                             b"\x00", b"{{{{", b"- ", b": :", b"\t"]),
) | st.binary(max_size=40) | st.sampled_from([b"", b"   \n", b"# only a comment\n", b"---\n",
                                              b"null", b"[]", b"{}", b'{"paid_content": NaN}',
                                              b'{"paid_content": Infinity}', b"1e999",
                                              b'{"a": 1, "a": 2}', b"a: 1\na: 2\n"])


@pytest.mark.usefixtures("default_rulebook_cached")
@fuzz_settings("answers")
@given(raw=documents, fmt=st.sampled_from(["json", "text", "markdown"]),
       lang=st.sampled_from(["en", "zh"]), via_file=st.booleans())
def test_any_answers_document(raw: bytes, fmt: str, lang: str, via_file: bool) -> None:
    args = ["check", "--format", fmt, "--lang", lang, "--no-input", "--as-of", "2026-11-28"]
    if via_file:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "answers.yaml"
            path.write_bytes(raw)
            run([*args, "--answers", str(path)])
    else:
        run([*args, "--answers", "-"], stdin=raw)


# --- command lines -------------------------------------------------------------------------------------

OPTIONS = ["-a", "--answer", "--model", "--answers", "--format", "--lang", "--as-of", "--no-input",
           "--rules", "--debug", "--max-input-bytes", "-h", "--help", "--version", "check",
           "--", "-", "--unknown", "-x", "--answer=", "--lang=zh", "--format=json"]


def _paths() -> list[str]:
    tmp = Path(tempfile.gettempdir())
    return ["no/such/file.yaml", str(tmp), os.devnull, str(loader.default_rulebook_path()), "",
            "-", "\x00", "~", "a" * 300]


pairs = st.builds(
    lambda k, sep, v: f"{k}{sep}{v}",
    answer_keys, st.sampled_from(["=", "=", "", "==", ":"]),
    st.sampled_from(WORDS) | st.text(max_size=8),
)
option_values = {
    "-a": pairs, "--answer": pairs,
    "--model": st.sampled_from(["self-operated", "platform", "paid-content", "Platform", "plat",
                                "", "self_operated"]) | st.text(max_size=6),
    "--answers": st.sampled_from(_paths()),
    "--rules": st.sampled_from(_paths()),
    "--format": st.sampled_from(["text", "json", "markdown", "junit", "JSON", ""]),
    "--lang": st.sampled_from(["zh", "en", "fr", ""]),
    "--as-of": st.dates(min_value=dt.date(1, 1, 1)).map(str)
    | st.sampled_from(["2026-02-30", "today", "", "2026-1-1", "99999-01-01"]) | st.text(max_size=10),
    "--max-input-bytes": st.integers(min_value=-5, max_value=10**30).map(str)
    | st.sampled_from(["", "1k", "nan"]),
}


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    args: list[str] = []
    for _ in range(draw(st.integers(min_value=0, max_value=7))):
        option = draw(st.sampled_from(OPTIONS) | st.text(max_size=6))
        args.append(option)
        if option in option_values and draw(st.integers(0, 9)) > 0:
            args.append(draw(option_values[option]))
    return args


@pytest.mark.usefixtures("default_rulebook_cached")
@fuzz_settings("args")
@given(args=command_lines(), stdin=st.sampled_from([None, "", "paid_content: no\n", "\xff"]))
def test_any_command_line(args: list[str], stdin: str | None) -> None:
    run(args, stdin=stdin)


# --- mutated rulebooks ---------------------------------------------------------------------------------

_DEFAULT_DATA = yaml.safe_load(loader.default_rulebook_path().read_text(encoding="utf-8"))
KEYS = ["id", "when", "q", "is", "eq", "in", "has", "has_any", "all", "any", "not", "sets", "filing",
        "status", "source", "overrides", "choices", "value", "default", "zh", "en", "type",
        "answers", "citations", "confidence", "valid_from", "valid_to", "filings", "kind"]
replacements = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
    | st.sampled_from(["", "yes", "no", "required", "review", "not_required", "[/]", "[bold]",
                       "paid_content", "channels", "icp_license", "article", "yes_no", "one_of",
                       "many_of", "2020-01-01", "law"])
    | st.dates()
    | st.lists(st.sampled_from(["a", 1, None, "icp_filing", "own_domain"]), max_size=3)
    | st.dictionaries(st.sampled_from(KEYS), st.sampled_from(["x", "yes", 1, None, True]), max_size=2)
)


def _children(node: object) -> list[Any]:
    if isinstance(node, dict):
        return list(node)
    if isinstance(node, list):
        return list(range(len(node)))
    return []


@st.composite
def mutated_rulebooks(draw: st.DrawFn) -> object:
    """The default rulebook with a few random edits: a key dropped, a value swapped for another of
    the wrong type or a random string, an item duplicated or removed (so references break)."""
    data = copy.deepcopy(_DEFAULT_DATA)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        parent: Any = None
        key: Any = None
        node: Any = data
        # Walk down to a random place; deeper places are as likely as shallow ones.
        while _children(node) and (parent is None or draw(st.integers(0, 3)) > 0):
            parent, key = node, draw(st.sampled_from(_children(node)))
            node = parent[key]
        if parent is None:
            continue
        action = draw(st.sampled_from(["drop", "replace", "replace", "duplicate", "rename",
                                       "wrap", "add_key"]))
        if action == "drop":
            del parent[key]
        elif action == "replace":
            parent[key] = draw(replacements)
        elif action == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(node))
        elif action == "rename" and isinstance(node, str):
            parent[key] = node + draw(st.sampled_from(["_x", "", " ", "X", "[/]", "\\"]))
        elif action == "wrap":
            parent[key] = [node]
        elif action == "add_key" and isinstance(node, dict):
            node[draw(st.sampled_from(KEYS) | st.text(max_size=4))] = draw(replacements)
    return data


@fuzz_settings("rulebook")
@given(data=mutated_rulebooks(), args=st.sampled_from([
    ["--model", "platform"], ["--model", "self-operated", "--format", "text"],
    ["-a", "paid_content=yes", "-a", "sells_own_goods=no", "-a", "third_party_sellers=no",
     "--format", "markdown"],
    ["--model", "paid-content", "--lang", "zh", "--format", "text"],
]))
@pytest.mark.slow
def test_any_mutated_rulebook(data: object, args: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rules.yaml"
        path.write_bytes(yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True)
                         .encode("utf-8", "surrogatepass"))
        run(["check", "--rules", str(path), "--no-input", "--format", "json",
             "--as-of", "2026-11-28", *args])


def test_fuzz_budget_is_at_least_ten_thousand() -> None:
    """The CI profile's examples add up to the promised 10,000."""
    assert sum(PROFILES["ci"].values()) >= 10_000
