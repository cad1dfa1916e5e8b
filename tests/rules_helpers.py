"""What the rulebook tests share: paths to test data and the CLI run with stdout and stderr apart."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml
from click.testing import Result

from icpcheck.rulebook.build import default_rulebook_path
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
RULEBOOKS = Path(__file__).resolve().parent / "rulebooks"
GOOD = RULEBOOKS / "good.yaml"
ARTICLE = RULEBOOKS / "article.yaml"  # the article-only rulebook: a fixture whose ids do not move
BROKEN = sorted((RULEBOOKS / "broken").glob("*.yaml"))
DEFAULT_RULEBOOK = ROOT / "rules" / "wechat-mall.yaml"
DEFAULT_CASES = ROOT / "rules" / "tests" / "wechat-mall.cases.yaml"


@functools.cache
def _builtin_yaml() -> Any:
    return yaml.safe_load(default_rulebook_path().read_text(encoding="utf-8"))


def builtin_yaml() -> Any:
    """The built-in rulebook's YAML as plain data, a copy of its own for each caller to change
    (parsed once per process: PyYAML takes ~0.3 s over it)."""
    return copy.deepcopy(_builtin_yaml())


def run(*args: str | Path) -> Result:
    """`icpcheck ARGS` in-process; click 8.2+ keeps result.stdout and result.stderr apart."""
    return run_cli(args)


def expected_message(path: Path) -> str:
    """The `# expect:` line a broken rulebook carries."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect: "):
            return line[len("# expect: "):]
    raise AssertionError(f"{path} has no '# expect:' line")
