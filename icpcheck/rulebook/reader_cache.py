"""A cache of parsed YAML documents, so a large YAML file (a rulebook given with --rules) is parsed once.

Reading the built-in rulebook's YAML through the event reader costs ~55 ms in-process, plus PyYAML's
import; the same document read back from this cache takes a few milliseconds and imports no YAML.

- **What is stored**: the parsed data and positions as JSON (data, never code: nothing in an entry
  can run, and no pickle), in one file per document, named by the SHA-256 of the file's bytes and
  of everything else the parse depended on (the caps, this format, icpcheck's version). An entry
  is used only for those exact bytes read with those caps; its JSON names its own key, checked on
  reading. Only texts that parsed without an error are stored, so every error is the parser's own.
- **Where**: `$ICPCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/icpcheck`, else `~/.cache/icpcheck`;
  a directory only this user can write (it is created 0700; one that another user owns, or that
  others may write to, is not used). `ICPCHECK_NO_CACHE=1` turns the cache off.
- **When**: YAML texts of `MIN_BYTES` or more (rulebooks; answers files are far smaller), read
  from a file a user names (the built-in rulebook has its own compiled module).

A broken, foreign or unreadable entry is ignored (and parsed again); a cache that cannot be
written is skipped without a word: it only ever saves time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
from pathlib import Path

from icpcheck.version import __version__

FORMAT = 1
MIN_BYTES = 64 * 1024

_Path = tuple[str | int, ...]


def key(raw: bytes, options: tuple[object, ...]) -> str:
    """The entry's name: the bytes' hash, with the parse's options, the format, the version and the
    readers' own source (a change to what the readers accept or refuse makes every entry stale,
    even where the version number stays the same, as in a source checkout)."""
    h = hashlib.sha256(raw)
    h.update(repr((FORMAT, __version__, options, _readers())).encode())
    return h.hexdigest()


_READERS = ("reader.py", "yaml_reader.py", "untrusted.py", "reader_cache.py")


def _readers() -> str:
    """A hash of the source of the modules a parse depends on."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for name in _READERS:
        try:
            h.update((here / name).read_bytes())
        except OSError:
            h.update(name.encode())
    return h.hexdigest()


def directory() -> Path | None:
    """The cache directory, created if need be, or None when it is off or not safe to use."""
    if os.environ.get("ICPCHECK_NO_CACHE"):
        return None
    where = os.environ.get("ICPCHECK_CACHE_DIR")
    if where:
        path = Path(where)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        if not os.path.isabs(base):  # "~" with no home, or a relative XDG value: no cache
            return None
        path = Path(base) / "icpcheck"
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.stat()
    except (OSError, ValueError):
        return None
    if not _own(info):
        return None  # someone else could plant entries
    return path


def _own(info: os.stat_result) -> bool:
    """This user's, and writable by no one else (where the system has users)."""
    getuid = getattr(os, "getuid", None)
    return getuid is None or (info.st_uid == getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


def load(raw: bytes, options: tuple[object, ...]) -> tuple[object, dict[_Path, tuple[int, int]]] | None:
    """The data and positions stored for these bytes and options, or None."""
    where = directory()
    if where is None:
        return None
    name = key(raw, options)
    try:
        # Only a regular file of this user's that no one else may write (not a link, a FIFO or a
        # file planted through a swapped folder), checked on the open file itself.
        fd = os.open(where / f"{name}.json", os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode) or not _own(info):
                return None
            entry = json.loads(f.read())
        if not isinstance(entry, dict) or entry.get("key") != name or entry.get("format") != FORMAT:
            return None
        data = entry["data"]
        for path, kind, text in entry["dates"]:  # dates are not JSON: put back where they were
            value = dt.date.fromisoformat(text) if kind == "date" else dt.datetime.fromisoformat(text)
            if not path:
                data = value
                continue
            parent = data
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = value
        positions = {tuple(p[:-2]): (p[-2], p[-1]) for p in entry["positions"]}
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        return None
    return data, positions


def store(raw: bytes, options: tuple[object, ...], data: object,
          positions: dict[_Path, tuple[int, int]]) -> None:
    """Keep the parse of these bytes, when the data is what JSON can hold back exactly."""
    where = directory()
    if where is None:
        return
    dates: list[tuple[list[str | int], str, str]] = []
    try:
        plain = _plain(data, [], dates)
        name = key(raw, options)
        text = json.dumps({"format": FORMAT, "key": name, "data": plain, "dates": dates,
                           "positions": [[*p, line, col] for p, (line, col) in positions.items()]},
                          ensure_ascii=False, separators=(",", ":"), allow_nan=True).encode("utf-8")
    except (_Unstorable, ValueError, TypeError, UnicodeEncodeError, RecursionError):
        return
    import tempfile  # only when storing: its import costs a reading process ~2 ms

    try:
        fd, tmp = tempfile.mkstemp(prefix=".entry-", dir=where)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(text)
            os.replace(tmp, where / f"{name}.json")  # whole or not at all, for a reader alongside
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return


class _Unstorable(Exception):
    """A value JSON would not give back as it was (a key that is not text, another type)."""


def _plain(value: object, path: list[str | int], dates: list[tuple[list[str | int], str, str]]) -> object:
    """value as JSON can hold it; each date noted (with its path) and left as None in its place."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.datetime):
        dates.append((list(path), "datetime", value.isoformat()))
        return None
    if isinstance(value, dt.date):
        dates.append((list(path), "date", value.isoformat()))
        return None
    if isinstance(value, list):
        return [_plain(item, [*path, i], dates) for i, item in enumerate(value)]
    if isinstance(value, dict):
        if not all(type(k) is str for k in value):
            raise _Unstorable
        return {k: _plain(v, [*path, k], dates) for k, v in value.items()}
    raise _Unstorable
