"""Babel extraction for icpcheck: every message icpcheck can show, read from its source.

A development tool (Babel's `pybabel extract` runs it, see babel.cfg and docs/translating.md); it is
never imported when icpcheck runs. icpcheck's messages are not all wrapped in `_()`: an error or a
warning is `Msg(TEMPLATE, ...)`, `AnswersError(TEMPLATE, hint=HINT, ...)`, a command's help is its
docstring and its options' `help=`, the interface words are `i18n.STRINGS`. This reads those, plus
the usual gettext keywords (`N_`, `_`, `gettext`, `ngettext`, `pgettext`).

Each message is yielded as Babel expects: (line, keyword, message(s), comments), the keyword one of
Babel's defaults (gettext, ngettext, pgettext) so that its spec applies.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

# The names that construct a message, and where the template is among their arguments. `error` is
# the error class a reader function is given; `_fail` and `problem` hand their template on; `say`
# is a help sentence built at help time.
CONSTRUCTORS = {
    "Msg": 0, "Warning": 1, "IcpcheckError": 0, "CommandLineError": 0, "AnswersError": 0,
    "RulebookError": 0, "InternalError": 0, "SystemFailure": 0, "CaseFileError": 0, "error": 0,
    "_fail": 0, "problem": 1, "__init__": 0, "say": 1,
}
PLURALS = {"Plural": 0, "ngettext": 0}  # singular at this index, plural after it
PLAIN = {"N_", "_", "gettext"}
FORWARDERS = {"_fail", "problem"}  # inside these, the template parameter may be passed on as it is
READERS = ("reader.py", "yaml_reader.py", "untrusted.py")  # where `error` is the class to raise


@dataclass
class Found:
    """What one file says: its messages (line, keyword, message(s)), the number of message
    constructions seen, and the constructions this reader cannot read (built at run time)."""

    messages: list[tuple[int, str, str | tuple[str, ...]]] = field(default_factory=list)
    seen: int = 0
    problems: list[str] = field(default_factory=list)


def extract(fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any) -> Iterator[
        tuple[int, str, str | tuple[str, ...], list[str]]]:
    """Babel's extraction method interface."""
    name = getattr(fileobj, "name", "") or ""
    found = scan(fileobj.read().decode("utf-8"), str(name).replace("\\", "/").rsplit("/", 1)[-1])
    for line, keyword, message in found.messages:
        yield line, keyword, message, []


def scan(source: str, filename: str) -> Found:
    """The messages of one module's source (`filename` is its base name, e.g. reader.py)."""
    tree = ast.parse(source)
    found = Found()
    constants = _constants(tree)
    parents: dict[ast.AST, ast.AST] = {c: p for p in ast.walk(tree) for c in ast.iter_child_nodes(p)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            _call(node, filename, constants, parents, found)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            _command_help(node, found)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            _tables(node, filename, found)
    return found


def _call(call: ast.Call, filename: str, constants: dict[str, object], parents: dict[ast.AST, ast.AST],
          found: Found) -> None:
    name = getattr(call.func, "id", None) or getattr(call.func, "attr", "")
    for kw in call.keywords:  # a click option's help, and exit_codes(zero="...") meanings
        if kw.arg == "help" or name == "exit_codes" and kw.arg is not None:
            for text in _templates(kw.value, constants, set()) or []:
                found.messages.append((call.lineno, "gettext", text))
    if name in PLAIN and call.args:
        for text in _templates(call.args[0], constants, set()) or []:
            found.messages.append((call.lineno, "gettext", text))
        return
    if name == "pgettext" and len(call.args) >= 2:
        context, message = call.args[0], call.args[1]
        if isinstance(context, ast.Constant) and isinstance(message, ast.Constant):
            found.messages.append((call.lineno, "pgettext", (str(context.value), str(message.value))))
        return
    if name in PLURALS and filename not in ("i18n.py", "messages.py"):  # there: the lookup itself
        i = PLURALS[name]
        forms = [_templates(a, constants, set()) for a in call.args[i:i + 2]]
        if len(forms) == 2 and all(f and len(f) == 1 for f in forms):
            found.seen += 1
            found.messages.append((call.lineno, "ngettext", (forms[0][0], forms[1][0])))  # type: ignore[index]
        else:
            found.problems.append(f"{filename}:{call.lineno}: a plural this reader cannot read")
        return
    if name not in CONSTRUCTORS or name in PLURALS or filename == "messages.py" and name in ("Msg", "Warning"):
        return
    if name == "problem" and filename != "build.py" or name == "error" and filename not in READERS:
        return
    if name == "say" and filename != "schema.py" and filename != "help.py":
        return
    node: ast.AST = call
    while node in parents and not isinstance(node, ast.FunctionDef):
        node = parents[node]
    function = node.name if isinstance(node, ast.FunctionDef) else ""
    params = [*node.args.args, *node.args.kwonlyargs] if isinstance(node, ast.FunctionDef) else []
    own = {a.arg for a in params} & {"message", "hint", "template"} if function in FORWARDERS else set()
    if name == "error" and function == "of" or name == "say" and function == "say":
        return  # the class itself; the helper itself
    in_init = function == "__init__"  # an error class's own message: its literals are read
    where = f"{filename}:{call.lineno}"
    index = CONSTRUCTORS[name]
    args = {"message": call.args[index] if len(call.args) > index else None,
            "hint": next((k.value for k in call.keywords if k.arg == "hint"), None)}
    if name == "Warning" and not (call.args and isinstance(call.args[0], ast.Constant)):
        found.problems.append(f"{where}: a warning's code is not a literal")
    found.seen += 1
    for role, arg in args.items():
        if arg is None or isinstance(arg, ast.Constant) and arg.value is None:
            if role == "message" and not in_init:
                found.problems.append(f"{where}: no message")
            continue
        templates = _templates(arg, constants, own)
        if templates is None:
            if not in_init:  # else the base class forwarding its parameter
                found.problems.append(f"{where}: the {role} is built in a way this reader cannot read: "
                                      f"{ast.unparse(arg)[:80]}")
            continue
        found.messages += [(call.lineno, "gettext", t) for t in templates]


def _command_help(node: ast.FunctionDef | ast.ClassDef, found: Found) -> None:
    """A click command's docstring, as click shows it (cleaned), and its first sentence (the
    short help in a group's list of commands)."""
    if not any(_is_command(d) for d in node.decorator_list):
        return
    doc = ast.get_docstring(node, clean=False)
    if not doc:
        return
    from icpcheck.cli.help import short_help

    text = inspect.cleandoc(doc).partition("\f")[0]
    found.messages.append((node.lineno, "gettext", text))
    found.messages.append((node.lineno, "gettext", short_help(text)))


def _is_command(decorator: ast.expr) -> bool:
    func = decorator.func if isinstance(decorator, ast.Call) else decorator
    return (getattr(func, "attr", None) or getattr(func, "id", None)) in ("command", "group")


def _tables(node: ast.Assign | ast.AnnAssign, filename: str, found: Found) -> None:
    """i18n.STRINGS (key -> English: context and msgid), messages.ZH (the English templates of
    blocks not yet folded into the catalogue), messages.LABELS and SEPARATORS."""
    target = node.targets[0] if isinstance(node, ast.Assign) else node.target
    name = getattr(target, "id", None)
    if not isinstance(node.value, ast.Dict):
        return
    if filename == "i18n.py" and name == "STRINGS":
        for key, value in zip(node.value.keys, node.value.values, strict=True):
            if not isinstance(key, ast.Constant):
                continue
            if isinstance(value, ast.Dict):  # an unfolded {zh, en} entry
                value = next((v for k, v in zip(value.keys, value.values, strict=True)
                              if isinstance(k, ast.Constant) and k.value == "en"), value)
            if isinstance(value, ast.Constant):
                found.messages.append((key.lineno, "pgettext", (str(key.value), str(value.value))))
    elif filename == "messages.py" and name == "ZH":
        found.messages += [(k.lineno, "gettext", str(k.value)) for k in node.value.keys
                           if isinstance(k, ast.Constant)]
    elif filename == "messages.py" and name == "LABELS":
        found.messages += [(v.lineno, "pgettext", ("label", str(v.value))) for v in node.value.values
                           if isinstance(v, ast.Constant)]
    elif filename == "messages.py" and name == "SEPARATORS":
        found.messages += [(k.lineno, "pgettext", ("separator", str(k.value))) for k in node.value.keys
                           if isinstance(k, ast.Constant)]


def _constants(tree: ast.Module) -> dict[str, object]:
    """Module-level NAME = "literal" (clearly marked constants: upper case)."""
    out: dict[str, object] = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id.lstrip("_").isupper() and isinstance(node.value, ast.Constant)):
            out[node.targets[0].id] = node.value.value
    return out


def _templates(node: ast.expr, constants: dict[str, object], own: set[str]) -> list[str] | None:
    """The templates an argument can be, or None when this reader cannot read it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        a, b = _templates(node.body, constants, own), _templates(node.orelse, constants, own)
        return None if a is None or b is None else a + b
    if isinstance(node, ast.Name) and isinstance(constants.get(node.id), str):
        return [str(constants[node.id])]
    if isinstance(node, ast.Name) and node.id in own:
        return []  # a forwarder passing its own template on: read where it is called
    return None
