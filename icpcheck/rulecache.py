"""A per-user cache of parsed rulebooks, so a run skips the YAML parse of a rulebook it has seen.

What is cached is the plain data the reader made of a rulebook that built without problems, keyed
by the sha256 of its bytes, the tool version and the reader that parsed it. A hit still goes
through `build_rulebook`, so every check on the content runs each time; only the parse is saved.
The file is trusted only when the key stored inside it matches, and is unpickled by an unpickler
that can make nothing but plain data and dates. An unwritable, missing or corrupt cache is
ignored: the rulebook is parsed as if there were none.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from icpcheck import __version__

_MAGIC = "icpcheck-rulebook-cache/1"
_MAX_BYTES = 8 * 1_048_576  # far more than a parsed 1 MB rulebook takes
ENV_DIR = "ICPCHECK_CACHE_DIR"  # where to keep it; empty turns the cache off


def sha256_hex(raw: bytes) -> str:
    """sha256 of raw; the small built-in module when there is one (hashlib loads OpenSSL: ~2 ms)."""
    try:
        from _sha2 import sha256  # type: ignore[import-not-found]  # Python >= 3.12
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found,no-redef]  # Python 3.10, 3.11
        except ImportError:
            from hashlib import sha256  # type: ignore[assignment]
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
    return f"{_MAGIC}|{__version__}|{sha256}|{stamp}"


def _path(directory: str, sha256: str) -> str:
    return os.path.join(directory, f"rulebook-{sha256}.pickle")


def load(sha256: str) -> object | None:
    """The data cached for these bytes, or None (no cache, no entry, or an entry not to trust)."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        with open(_path(directory, sha256), "rb") as f:
            blob = f.read(_MAX_BYTES + 1)
    except (OSError, ValueError):
        return None
    if len(blob) > _MAX_BYTES:
        return None
    try:
        import io

        entry = _plain_unpickler()(io.BytesIO(blob)).load()
    except Exception:  # noqa: BLE001 - a corrupt or foreign file is just a miss
        return None
    if not (isinstance(entry, tuple) and len(entry) == 2 and entry[0] == _key(sha256)):
        return None
    return entry[1] if isinstance(entry[1], dict) else None


def store(sha256: str, data: object) -> None:
    """Keep data for these bytes, atomically; any failure leaves things as they were."""
    directory = cache_dir()
    if directory is None:
        return
    import pickle
    import tempfile

    tmp = None
    try:
        blob = pickle.dumps((_key(sha256), data), protocol=4)
        os.makedirs(directory, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".rulebook-", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(tmp, _path(directory, sha256))
        tmp = None
    except (OSError, pickle.PicklingError, RecursionError, TypeError, ValueError):
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _plain_unpickler() -> Any:
    from _pickle import Unpickler, UnpicklingError  # the C unpickler: ~0.5 ms to import

    class PlainUnpickler(Unpickler):  # type: ignore[misc]
        """Makes plain data (dict, list, str, int, float, bool, None, tuple) and dates only."""

        def find_class(self, module: str, name: str) -> object:
            if module == "datetime" and name in ("date", "datetime"):
                import datetime

                return getattr(datetime, name)
            raise UnpicklingError(f"{module}.{name} is not allowed in a rulebook cache")

    return PlainUnpickler

