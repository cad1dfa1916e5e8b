"""A per-user cache of built rulebooks, so a run skips the YAML parse and the build of one it has seen.

What is cached is the model (`icpcheck.rulebook.model` records) that `loader.build_rulebook` made of a
rulebook with no problems, keyed by the sha256 of the rulebook's bytes, the tool version, the
Python, and the size and mtime of each file of the code that parses and builds it: the same bytes
through the same code give the same model, so every check the build makes has held for it, and an
edited checkout never gets a model an older build made.

It is kept the way Python keeps a module's bytecode in `__pycache__`: as a marshalled code object,
here straight-line statements that make each record once, in order (`_7 = Citation(_3, (19,),
None, None, 'law')`, shared records named, not copied). Running them takes ~1 ms where building
from parsed data took ~3 ms. They run with the model's classes as their only names (no builtins),
and what they leave must be a Rulebook. The file is read only when its first line is the expected
key; unwritable, missing, foreign or corrupt means a miss, and the rulebook is built as if there
were no cache. The directory is the user's own (made 0700), like every other per-user cache.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import sys
import types
from typing import Any

from icpcheck import __version__
from icpcheck.rulebook.conditions import All, AnyOf, Compare, Not
from icpcheck.rulebook.model import (
    Advice,
    Choice,
    Citation,
    Effect,
    Filing,
    Layer,
    Model,
    Question,
    Rule,
    Rulebook,
    Source,
    Text,
)

_MAGIC = "icpcheck-rulebook-cache/3"
_MAX_BYTES = 16 * 1_048_576  # far more than the model of a 1 MB rulebook takes
ENV_DIR = "ICPCHECK_CACHE_DIR"  # where to keep it; empty turns the cache off

# The only names the cached statements see: the record classes a rulebook is made of.
_CLASSES: tuple[type, ...] = (Text, Source, Citation, Choice, Question, Filing, Effect, Rule, Advice,
                              Layer, Model, Rulebook, Compare, All, AnyOf, Not)
# The code that turns a rulebook's bytes into its model: an edit to any of these is a new key.
_BUILDERS = ("reader", "build", "model", "conditions", "records", "rulecache")


def sha256_hex(raw: bytes) -> str:
    """sha256 of raw; the small built-in module when there is one (hashlib loads OpenSSL: ~2 ms)."""
    sha256: Any
    try:  # ask for the one this Python has: a failed import searches all of sys.path
        if sys.version_info >= (3, 12):
            from _sha2 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
        else:
            from _sha256 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
    except ImportError:  # a Python built without them
        from hashlib import sha256
    return str(sha256(raw).hexdigest())


def cache_dir() -> str | None:
    """$ICPCHECK_CACHE_DIR, else the platform's user cache directory + /icpcheck; None: no cache."""
    configured = os.environ.get(ENV_DIR)
    if configured is not None:
        return configured or None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    if not base or not os.path.isabs(base):
        return None
    return os.path.join(base, "icpcheck")


def _key(sha256: str) -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    stamps = []
    for name in _BUILDERS:
        try:
            st = os.stat(os.path.join(here, name + ".py"))
            stamps.append(f"{st.st_size}:{st.st_mtime_ns}")
        except OSError:  # e.g. installed without sources: the version stands for them
            stamps.append("?")
    return f"{_MAGIC}|{__version__}|{sys.implementation.cache_tag}|{sha256}|{','.join(stamps)}"


def _path(directory: str, key: str) -> str:
    # Named by the whole key, so installs of different versions (or checkouts) sharing the
    # directory keep an entry each instead of overwriting one another's.
    return os.path.join(directory, f"rulebook-{sha256_hex(key.encode('utf-8'))[:40]}.marshal")


def load(sha256: str, path: str) -> Rulebook | None:
    """The rulebook built before from these bytes (its path now `path`), or None: build it."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        key = _key(sha256)
        with open(_path(directory, key), "rb") as f:
            blob = f.read(_MAX_BYTES + 1)
    except (OSError, ValueError):
        return None
    head, newline, body = blob.partition(b"\n")
    if len(blob) > _MAX_BYTES or not newline or head != key.encode("utf-8"):
        return None
    try:
        code = marshal.loads(body)
        if not isinstance(code, types.CodeType):
            return None
        names: dict[str, Any] = {cls.__name__: cls for cls in _CLASSES}
        names.update(__builtins__={}, _date=dt.date, _frozenset=frozenset, _path=path)
        exec(code, names)  # noqa: S102 - our own statements, from the user's own cache directory
    except Exception:  # noqa: BLE001 - a corrupt or foreign file is just a miss
        return None
    rulebook = names.get("rulebook")
    return rulebook if type(rulebook) is Rulebook else None


def store(sha256: str, rulebook: Rulebook) -> None:
    """Keep the rulebook built from these bytes, atomically; any failure leaves things as they were."""
    directory = cache_dir()
    if directory is None:
        return
    import tempfile

    tmp = None
    try:
        key = _key(sha256)
        code = compile(statements(rulebook), "<icpcheck rulebook cache>", "exec")
        blob = key.encode("utf-8") + b"\n" + marshal.dumps(code)
        os.makedirs(directory, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".rulebook-", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(tmp, _path(directory, key))
        tmp = None
    except (OSError, ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def statements(rulebook: Rulebook) -> str:
    """Python statements that make this rulebook again, leaving it in `rulebook`.

    Each record becomes one statement, `_<n> = Class(<its fields, in order>)`, after the records it
    holds, and a record held in several places (a source in many citations) is made once and
    named, so the copy shares exactly what the original shares. Plain values are written as
    literals; anything else (a type the model does not use) raises TypeError: nothing is cached.
    """
    lines: list[str] = []
    named: dict[int, str] = {}
    classes = frozenset(_CLASSES)

    def literal(value: object) -> str:
        if value is None or type(value) in (str, int, bool):
            return repr(value)
        if type(value) is tuple:
            return "(" + "".join(literal(v) + ", " for v in value) + ")"
        if type(value) is frozenset:
            return "_frozenset((" + "".join(literal(v) + ", " for v in sorted(value, key=repr)) + "))"
        if type(value) is dict:
            return "{" + "".join(f"{literal(k)}: {literal(v)}, " for k, v in value.items()) + "}"
        if type(value) is dt.date:
            return f"_date({value.year}, {value.month}, {value.day})"
        if type(value) in classes:
            return record(value)
        raise TypeError(f"cannot cache a {type(value).__name__}")

    def record(value: Any) -> str:
        name = named.get(id(value))
        if name is None:
            fields = ", ".join("_path" if value is rulebook and field == "path"
                               else literal(getattr(value, field))
                               for field in type(value).__record__.names)
            name = named[id(value)] = f"_{len(named)}"
            lines.append(f"{name} = {type(value).__name__}({fields})")
        return name

    lines.append(f"rulebook = {record(rulebook)}")
    return "\n".join(lines) + "\n"
