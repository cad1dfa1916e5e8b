"""Bring the catalogue up to date with the source, in one command (docs/translating.md):

    python -m icpcheck.locale.update          # from the repository's top folder, Babel installed

1. Extract every message (Babel, with babel.cfg) into icpcheck/locale/icpcheck.pot.
2. Update icpcheck/locale/zh/LC_MESSAGES/icpcheck.po from it: new msgids come in empty, msgids no
   longer in the source go.
3. Fold in the Chinese still written in the source: blocks at the end of `messages.ZH` (English ->
   Chinese) and `i18n.STRINGS` entries written as {"zh": ..., "en": ...}; their Chinese goes into the
   .po and the source keeps only the English.
4. Compile the .mo (shipped in the wheel), and list any msgid still without Chinese.

A development tool: never imported when icpcheck runs.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po, write_po

TOP = Path(__file__).resolve().parents[2]
LOCALE = TOP / "icpcheck" / "locale"
POT = LOCALE / "icpcheck.pot"
PO = LOCALE / "zh" / "LC_MESSAGES" / "icpcheck.po"
WIDTH = "120"


def babel(*args: str) -> None:
    if CommandLineInterface().run(["pybabel", "-q", *args]):  # type: ignore[no-untyped-call]
        raise SystemExit(f"pybabel {args[0]} failed")


def extract() -> None:
    babel("extract", "-F", str(TOP / "babel.cfg"), "--no-location", "--sort-output", "--omit-header",
          "--width", WIDTH, "-o", str(POT), str(TOP))


def fold() -> dict[tuple[str | None, str], str]:
    """The Chinese written in the source, taken out of it: {(context, English): Chinese}."""
    found: dict[tuple[str | None, str], str] = {}
    messages = TOP / "icpcheck" / "messages.py"
    source = messages.read_text(encoding="utf-8")
    table = _table(source, "ZH")
    if table is not None and table.keys:
        lines = source.splitlines(keepends=True)
        drop: set[int] = set()
        for key, value in zip(table.keys, table.values, strict=True):
            if isinstance(key, ast.Constant) and isinstance(value, ast.Constant):
                found[(None, str(key.value))] = str(value.value)
                drop.update(range(key.lineno - 1, (value.end_lineno or value.lineno)))
        if len(found) == len(table.keys):  # all folded: the block's comments go too
            drop.update(range(table.lineno, (table.end_lineno or table.lineno) - 1))
        messages.write_text("".join(line for i, line in enumerate(lines) if i not in drop), encoding="utf-8")
    strings = TOP / "icpcheck" / "i18n.py"
    source = strings.read_text(encoding="utf-8")
    table = _table(source, "STRINGS")
    if table is not None:
        lines = source.splitlines(keepends=True)
        for key, value in reversed(list(zip(table.keys, table.values, strict=True))):
            if not (isinstance(key, ast.Constant) and isinstance(value, ast.Dict)):
                continue
            forms = {k.value: v.value for k, v in zip(value.keys, value.values, strict=True)
                     if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)}
            found[(str(key.value), str(forms["en"]))] = str(forms.get("zh", ""))
            first, last = key.lineno - 1, (value.end_lineno or value.lineno) - 1
            indent = lines[first][: len(lines[first]) - len(lines[first].lstrip())]
            # ast's columns count UTF-8 bytes, not characters (a line of Chinese is longer in bytes)
            tail = (lines[last].encode("utf-8")[value.end_col_offset:].decode("utf-8")
                    if value.end_col_offset is not None else ",\n")
            lines[first:last + 1] = [f"{indent}{key.value!r}: {forms['en']!r}{tail}"]
        strings.write_text("".join(lines), encoding="utf-8")
    return found


def _table(source: str, name: str) -> ast.Dict | None:
    for node in ast.parse(source).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if getattr(target, "id", None) == name and isinstance(getattr(node, "value", None), ast.Dict):
            value = node.value  # type: ignore[attr-defined]
            assert isinstance(value, ast.Dict)
            return value
    return None


def main() -> int:
    folded = fold()
    extract()
    babel("update", "-i", str(POT), "-d", str(LOCALE), "-D", "icpcheck", "-l", "zh", "--no-fuzzy-matching",
          "--ignore-obsolete", "--width", WIDTH)
    with PO.open("rb") as f:
        catalog = read_po(f)
    missing = []
    for message in catalog:
        if not message.id:
            continue
        english = message.id if isinstance(message.id, str) else message.id[0]
        chinese = folded.get((message.context, english))
        said = message.string[0] if isinstance(message.string, tuple) else message.string
        if chinese and not said:
            message.string = (chinese,) if isinstance(message.id, tuple) else chinese
        if "no-python-brace-format" in message.flags:  # said so by hand: update adds it back
            message.flags.discard("python-brace-format")
        if not (message.string[0] if isinstance(message.string, tuple) else message.string):
            missing.append(english)
    with PO.open("wb") as f:
        write_po(f, catalog, width=int(WIDTH), sort_output=True)
    babel("compile", "-d", str(LOCALE), "-D", "icpcheck")
    for english in missing:
        print(f"no Chinese yet: {english!r}", file=sys.stderr)
    print(f"{PO.relative_to(TOP)}: {len(catalog) - len(missing)} of {len(catalog)} translated; "
          f"{len(folded)} folded in from the source")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
