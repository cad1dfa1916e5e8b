"""A per-user cache of parsed rulebooks, so a run skips the YAML parse of a rulebook it has seen.

What is cached is the plain data the reader made of a rulebook that built without problems, keyed
by the sha256 of its bytes, the tool version and the reader that parsed it. A hit still goes
through `build_rulebook`, so every check on the content runs each time; only the parse is saved.
A file is read only when its first line is the expected key; the rest is `marshal` data (plain
values: no code runs to load it; dates are kept as ISO text, their paths listed to turn them back)
and must still pass every check the build makes. marshal, not pickle: nothing to import, faster
to load. An unwritable, missing or corrupt cache is ignored: the rulebook is parsed as if there
were none. The directory is the user's own (made 0700), like every other per-user cache.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import sys
from typing import Any

from icpcheck import __version__

_MAGIC = "icpcheck-rulebook-cache/2"
_MAX_BYTES = 8 * 1_048_576  # far more than a parsed 1 MB rulebook takes
ENV_DIR = "ICPCHECK_CACHE_DIR"  # where to keep it; empty turns the cache off


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
    # The reader's file stands for its version, so an edited reader (a source checkout) is never
    # served data that an older one parsed.
    from icpcheck import reader

    try:
        st = os.stat(reader.__file__)
        stamp = f"{st.st_size}:{st.st_mtime_ns}"
    except (OSError, TypeError):
        stamp = "?"
    return f"{_MAGIC}|{__version__}|{sys.implementation.cache_tag}|{sha256}|{stamp}"


def _path(directory: str, key: str) -> str:
    # Named by the whole key, so installs of different versions (or checkouts) sharing the
    # directory keep an entry each instead of overwriting one another's.
    return os.path.join(directory, f"rulebook-{sha256_hex(key.encode('utf-8'))[:40]}.marshal")


def load(sha256: str) -> object | None:
    """The data cached for these bytes, or None (no cache, no entry, or an entry not to trust)."""
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
        dates, data = marshal.loads(body)
        for path, kind in dates:
            *parents, last = path
            holder = data
            for step in parents:
                holder = holder[step]
            holder[last] = (dt.datetime if kind == "datetime" else dt.date).fromisoformat(holder[last])
    except Exception:  # noqa: BLE001 - a corrupt or foreign file is just a miss
        return None
    return data if isinstance(data, dict) else None


def store(sha256: str, data: object) -> None:
    """Keep data for these bytes, atomically; any failure leaves things as they were."""
    directory = cache_dir()
    if directory is None or not isinstance(data, dict):
        return
    import tempfile

    tmp = None
    try:
        dates: list[tuple[tuple[str | int, ...], str]] = []
        payload: Any = (dates, _plain(data, (), dates))
        key = _key(sha256)
        blob = key.encode("utf-8") + b"\n" + marshal.dumps(payload)
        os.makedirs(directory, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".rulebook-", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(tmp, _path(directory, key))
        tmp = None
    except (OSError, ValueError, TypeError, RecursionError):
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _plain(value: object, path: tuple[str | int, ...],
           dates: list[tuple[tuple[str | int, ...], str]]) -> object:
    """A copy marshal can write: dates become ISO text, their paths noted to turn them back."""
    if isinstance(value, dict):
        return {k: _plain(v, (*path, k), dates) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, (*path, i), dates) for i, v in enumerate(value)]
    if isinstance(value, dt.date):  # datetime is a date too
        dates.append((path, "datetime" if isinstance(value, dt.datetime) else "date"))
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float)):  # bool is an int
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")
