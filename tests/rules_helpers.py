"""What the rulebook tests share: paths to test data and the CLI run with stdout and stderr apart."""

from __future__ import annotations

from pathlib import Path

from click.testing import Result

from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
RULEBOOKS = Path(__file__).resolve().parent / "rulebooks"
GOOD = RULEBOOKS / "good.yaml"
ARTICLE = RULEBOOKS / "article.yaml"  # the article-only rulebook: a fixture whose ids do not move
BROKEN = sorted((RULEBOOKS / "broken").glob("*.yaml"))
DEFAULT_RULEBOOK = ROOT / "rules" / "wechat-mall.yaml"
DEFAULT_CASES = ROOT / "rules" / "tests" / "wechat-mall.cases.yaml"


def run(*args: str | Path) -> Result:
    """`icpcheck ARGS` in-process; click 8.2+ keeps result.stdout and result.stderr apart."""
    return run_cli(args)


def expected_message(path: Path) -> str:
    """The `# expect:` line a broken rulebook carries."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect: "):
            return line[len("# expect: "):]
    raise AssertionError(f"{path} has no '# expect:' line")
