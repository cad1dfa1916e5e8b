"""The plan: required and review filings in the order to do them (rulebook `plan.after`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from icpcheck import answers as ans
from icpcheck.engine import Answer, evaluate, plan
from icpcheck.rulebook.build import build_rulebook, load_rulebook
from tests.rules_helpers import GOOD

DAY = dt.date(2026, 1, 1)


def _plan(tmp_path: Path, text: str, **values: object) -> list[str]:
    path = tmp_path / "rb.yaml"
    path.write_text(text, encoding="utf-8")
    rb = load_rulebook(str(path))
    given = {k: Answer(k, v, "flag") for k, v in values.items()}  # type: ignore[arg-type]
    done = ans.complete(rb, given, DAY)
    return [f.filing.id for f in plan(evaluate(rb, done.answers, DAY))]


def test_a_filing_comes_after_the_filings_its_plan_names(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    # Rulebook order is licence, app_filing; both required here.
    assert _plan(tmp_path, text, sells=True, fees=True, channel="app") == ["licence", "app_filing"]
    waits = text.replace("    basis: [{source: law, articles: [3], confidence: law}]\n",
                         "    basis: [{source: law, articles: [3], confidence: law}]\n"
                         "    plan: {after: [app_filing]}\n", 1)
    assert _plan(tmp_path, waits, sells=True, fees=True, channel="app") == ["app_filing", "licence"]


def test_not_required_filings_are_not_in_the_plan(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    assert _plan(tmp_path, text, sells=False, channel="web") == []


def test_the_public_security_filing_follows_the_icp_filing_in_the_built_in_rulebook() -> None:
    """Every filing the built-in rulebook orders after another keeps that order in any plan."""
    rb = load_rulebook()
    after = {f.id: set(f.plan.after) for f in rb.filings}
    assert any(after.values()), "the built-in rulebook orders some filings"
    for model in rb.models:
        done = ans.complete(rb, ans.gather(models=ans.from_models(rb, [model.id])), DAY)
        order = [f.filing.id for f in plan(evaluate(rb, done.answers, DAY))]
        for i, fid in enumerate(order):
            assert not after[fid] & set(order[i + 1:]), (model.id, order)


# Issue 30 item 9: a chain of a thousand `plan.after`s is ordered without recursion, in every command.

def test_a_thousand_filing_after_chain_is_ordered_without_recursion() -> None:
    import sys

    from icpcheck.rulebook.reader import Document
    from tests.generated import chain

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(300)  # far below the chain's depth: any recursion over it fails here
    try:
        built, problems = build_rulebook(Document(chain(1000), {}, "<chain>"))
        assert built is not None and not problems, problems
        order = [f.filing.id for f in plan(evaluate(built, {"go": Answer("go", True, "flag")}, DAY))]
    finally:
        sys.setrecursionlimit(limit)
    assert order == [f"f{i}" for i in reversed(range(1000))]


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ["check", "--no-input", "-a", "go=yes", "--format", fmt, "--detail"] for fmt in ("text", "json", "markdown",
                                                                                 "junit", "html")
] + [["rules", "lint"], ["rules", "graph"], ["explain", "f0"], ["questions"]], ids=lambda a: "-".join(a[:2]))
def test_every_command_takes_a_thousand_filing_chain(tmp_path: Path, args: list[str]) -> None:
    import json

    import yaml

    from tests.conftest import run_cli
    from tests.generated import chain

    path = tmp_path / "chain.yaml"
    path.write_text(yaml.safe_dump(json.loads(json.dumps(chain(1000)))), "utf-8")  # no aliases
    r = run_cli(["--rules", str(path), *args])
    assert r.exit_code == 0, r.stderr
    assert "RecursionError" not in r.stderr
