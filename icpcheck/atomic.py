"""Atomic file writes: a temp file in the target's directory, then os.replace, so a reader never
sees a half-written file and an interrupted run leaves the old file as it was."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from typing import BinaryIO

FIFO_WAIT = 1.0  # seconds a FIFO's reader may take to open it


@contextlib.contextmanager
def atomic_open(path: str) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces `path`, on any exception (Ctrl-C,
    SIGTERM) it vanishes.

    Only regular files are written this way. A target that is not one is written in place when it
    is a stream meant for output: /dev/null, this process's stdout or stderr (/dev/stdout), or a
    FIFO whose reader is there (one with no reader fails at once instead of hanging). A symlink
    leading anywhere else is replaced by the file, never followed into a device; any other
    non-regular file (a disk, a socket) is refused.
    """
    target = os.path.abspath(path)
    direct = _direct(target)
    if direct is not None:
        with direct:
            yield direct
        return
    folder = os.path.dirname(target)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes 0600 files; give the result the mode a plain open() would have.
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_atomic(path: str, text: str) -> None:
    """Write `text` (UTF-8) to `path` atomically."""
    with atomic_open(path) as f:
        f.write(text.encode("utf-8"))


def _direct(target: str) -> BinaryIO | None:
    """The open target when it is written in place (see atomic_open), else None."""
    try:
        link = os.lstat(target)
    except OSError:
        return None  # nothing there yet (or unreadable: the temp file will say why)
    try:
        st = os.stat(target)
    except OSError:
        return None  # a dangling symlink: replaced
    if _is_output_stream(st):
        return open(target, "wb")  # noqa: SIM115 - the caller closes it
    if stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode):
        return None  # a regular file (or a symlink to one) is replaced; a directory fails there
    if stat.S_ISLNK(link.st_mode):
        return None  # a symlink into a device is replaced, not followed
    if stat.S_ISFIFO(st.st_mode):
        return _open_fifo(target)
    from icpcheck.errors import CommandLineError

    raise CommandLineError("cannot write {target}: {reason}",
                           hint="write the report to a regular file, or leave out --output for "
                                "standard output",
                           target=target, reason=_kind(st.st_mode))


def _is_output_stream(st: os.stat_result) -> bool:
    """/dev/null, or the very file this process's stdout or stderr is."""
    same = [os.devnull]
    for stream in (sys.__stdout__, sys.__stderr__):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            same.append(f"/dev/fd/{stream.fileno()}")  # type: ignore[union-attr]
    for other in same:
        with contextlib.suppress(OSError):
            o = os.stat(other)
            if (o.st_dev, o.st_ino) == (st.st_dev, st.st_ino):
                return True
    return False


def _open_fifo(target: str, wait: float = FIFO_WAIT) -> BinaryIO:
    """A FIFO opened for writing once a reader has it open; with none within `wait` seconds (a
    reader started beside icpcheck may be a moment late), an error rather than a hang."""
    import time

    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError as err:
            if err.errno != errno.ENXIO:
                raise
            if time.monotonic() >= deadline:
                raise OSError(errno.ENXIO, "no process is reading this FIFO", target) from None
            time.sleep(0.02)
    os.set_blocking(fd, True)  # from here, writes wait for a slow reader as a pipe's do
    return os.fdopen(fd, "wb")


def _kind(mode: int) -> str:
    for test, word in ((stat.S_ISBLK, "a block device"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return f"it is {word}, not a regular file"
    return "it is not a regular file"


def _mode_for(target: str) -> int:
    """An existing regular file's permissions, without setuid and setgid (a report is no program
    to run as its owner); otherwise what a plain open() would give."""
    try:
        st = os.lstat(target)
        if stat.S_ISREG(st.st_mode):
            return st.st_mode & 0o777
    except OSError:
        pass
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
