"""The one way a generated module is written or checked (`python -m icpcheck.rulebook.compile`,
`python -m icpcheck.render.html_compile`): with `--check`, exit 1 when the file on disk is not what
the generator writes (CI runs it), else write it."""

from __future__ import annotations

import sys
from collections.abc import Callable


def write_or_check(target: str, command: str, source: Callable[[], str], argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in ([], ["--check"]):
        print(f"usage: {command} [--check]", file=sys.stderr)
        return 2
    text = source()
    try:
        with open(target, encoding="utf-8") as f:
            current: str | None = f.read()
    except FileNotFoundError:
        current = None
    if current == text:
        print(f"{target} is up to date")
        return 0
    if args:
        print(f"{target} is out of date: run `{command}`", file=sys.stderr)
        return 1
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {target}")
    return 0
