"""Write icpcheck/rulebook/builtin.py, the built-in rulebook built: `python -m icpcheck.rulebook.compile`.

Run it after every edit of rules/wechat-mall.yaml (or of the code that builds a rulebook);
tests/rulebook/test_builtin.py fails until the checked-in module is what this writes. `--check`
writes nothing and exits 1 when the module is out of date.

The module is plain Python that makes each record of the rulebook with its class, in the order
the build made them, a record held in several places (a source cited many times) made once and
named, so the copy shares exactly what the build shares. It is loaded by `import`, so Python keeps
its bytecode in __pycache__ the way it keeps any module's.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import Any

from icpcheck.rulebook.build import DEFAULT_RULEBOOK, build_rulebook, read_rulebook_document
from icpcheck.rulebook.conditions import All, AnyOf, Compare, Not
from icpcheck.rulebook.model import (
    Advice,
    ApplyCondition,
    BottomLine,
    Choice,
    Citation,
    Conflict,
    Effect,
    Expected,
    Fee,
    Filing,
    Layer,
    Limit,
    Model,
    Obligation,
    Period,
    Plan,
    Procedure,
    Question,
    Rule,
    Rulebook,
    Source,
    Text,
    Typical,
    Validity,
)

TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "builtin.py")
COMMAND = "python -m icpcheck.rulebook.compile"
WIDTH = 110  # a line longer than this is broken at its outermost call or tuple

# The classes the module may call: the records a rulebook is made of.
_CLASSES: tuple[type, ...] = (Advice, All, AnyOf, ApplyCondition, BottomLine, Choice, Citation, Compare,
                              Conflict, Effect, Expected, Fee, Filing, Limit, Procedure, Typical,
                              Layer, Model, Not, Obligation, Period, Plan, Question, Rule, Rulebook, Source,
                              Text, Validity)


def module_source() -> str:
    """The text of builtin.py for the built-in rulebook as it is now (built, never read from builtin.py)."""
    doc, sha256 = read_rulebook_document(None)
    rulebook, problems = build_rulebook(doc, sha256)
    if rulebook is None:
        raise SystemExit("\n".join(str(p) for p in problems) + f"\n{COMMAND}: fix the rulebook first")
    return source(rulebook)


def source(rulebook: Rulebook) -> str:
    """Python that makes this rulebook again: `rulebook(path)` returns it, with `path` as its path."""
    counts: dict[int, int] = {}
    _count(rulebook, counts)
    named: dict[int, str] = {}
    body: list[str] = []

    def expr(value: object, indent: int) -> str:
        """value as an expression; a shared record by its name (written first, as a statement)."""
        if type(value) in _CLASSES:
            name = named.get(id(value))
            if name is not None:
                return name
            if counts[id(value)] > 1:
                name = f"_{len(named)}"
                text = call(value, 4)  # its fields' names come first
                named[id(value)] = name
                body.append(f"    {name} = {text}")
                return name
            return call(value, indent)
        if value is None or type(value) in (str, int, bool):
            return repr(value)
        if type(value) is dt.date:
            return f"date({value.year}, {value.month}, {value.day})"
        if type(value) is tuple:
            return bracket("(", [expr(v, indent + 4) for v in value], ")", indent, one=len(value) == 1)
        if type(value) is frozenset:  # in a fixed order: a set's own order follows string hashing
            items = [expr(v, indent + 4) for v in sorted(value, key=repr)]
            return "frozenset(" + bracket("(", items, ")", indent, one=len(items) == 1) + ")"
        if type(value) is dict:
            return bracket("{", [f"{expr(k, indent + 4)}: {expr(v, indent + 4)}" for k, v in value.items()],
                           "}", indent)
        raise TypeError(f"a rulebook does not hold a {type(value).__name__}")

    def call(value: Any, indent: int) -> str:
        fields = ["path" if value is rulebook and name == "path" else expr(getattr(value, name), indent + 4)
                  for name in type(value).__record__.names]
        return type(value).__name__ + bracket("(", fields, ")", indent)

    top = call(rulebook, 4)
    body.append(f"    return {top}")
    classes = sorted(c.__name__ for c in _CLASSES if c.__module__.endswith(".model"))
    conditions = sorted(c.__name__ for c in _CLASSES if c.__module__.endswith(".conditions"))
    return "\n".join([
        f'"""The built-in rulebook, built from {DEFAULT_RULEBOOK} by `{COMMAND}`: do not edit."""',
        "",
        "# Regenerate after editing the rulebook or the code that builds it: tests/rulebook/test_builtin.py",
        "# fails until this file is what the command writes. icpcheck.rulebook.build.load_rulebook uses",
        "# it only when the rulebook's bytes still have the sha256 below; otherwise it parses the YAML.",
        "",
        "from __future__ import annotations",
        "",
        "from datetime import date",
        "",
        _import("icpcheck.rulebook.conditions", conditions),
        _import("icpcheck.rulebook.model", classes),
        "",
        f'SHA256 = "{rulebook.sha256}"',
        "",
        "",
        "def rulebook(path: str) -> Rulebook:",
        f'    """The rulebook built from the {DEFAULT_RULEBOOK} whose sha256 is SHA256, found at `path`."""',
        *body,
        "",
    ])


def _count(value: object, counts: dict[int, int]) -> None:
    """How many places hold each record (by identity); a record's fields are counted once."""
    if type(value) in _CLASSES:
        counts[id(value)] = counts.get(id(value), 0) + 1
        if counts[id(value)] == 1:
            for name in type(value).__record__.names:  # type: ignore[attr-defined]
                _count(getattr(value, name), counts)
    elif isinstance(value, (tuple, frozenset)):
        for item in value:
            _count(item, counts)
    elif isinstance(value, dict):
        for item in value.values():
            _count(item, counts)


def _import(module: str, names: list[str]) -> str:
    """An import statement as ruff's isort writes it: one line, or one name a line if too long."""
    line = f"from {module} import {', '.join(names)}"
    return line if len(line) <= WIDTH else f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


def bracket(open_: str, items: list[str], close: str, indent: int, one: bool = False) -> str:
    """items between brackets: on one line when it fits and no item spans lines, else one a line."""
    inline = open_ + ", ".join(items) + ("," if one else "") + close
    if indent + len(inline) <= WIDTH and "\n" not in inline:
        return inline
    pad = " " * (indent + 4)
    return open_ + "\n" + "".join(f"{pad}{item},\n" for item in items) + " " * indent + close


def main(argv: list[str] | None = None) -> int:
    from icpcheck.generated import write_or_check

    return write_or_check(TARGET, COMMAND, module_source, argv)


if __name__ == "__main__":
    sys.exit(main())
