"""Atomic file writes: a temp file in the target's directory, then os.replace, so a reader never
sees a half-written file and an interrupted run leaves the old file as it was."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from typing import Any, BinaryIO

FIFO_WAIT = 1.0  # seconds a FIFO's reader may take to open it
# Names that stand for a process's file descriptors: never a file to replace (as root, renaming
# over /dev/stdout would turn it into a regular file for every later process on the machine).
_DESCRIPTOR = re.compile(r"/dev/(stdin|stdout|stderr)|/dev/fd/\d+|/proc/[^/]+/(task/\d+/)?fd/\d+")
_HOPS = 40  # symlinks followed at most (as the kernel's ELOOP)
# Signals whose default is to end the process: while a temp file exists, each removes it first.
# (SIGPIPE is not one: Python ignores it, and a broken pipe is an error to handle.)
_ENDING = ("SIGTERM", "SIGHUP", "SIGINT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGXCPU", "SIGXFSZ", "SIGVTALRM",
           "SIGPROF")


@contextlib.contextmanager
def atomic_open(path: str) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces `path`, on any exception (Ctrl-C,
    SIGTERM) it vanishes.

    Only regular files are written this way. A target that is not one is written in place when it
    is a stream meant for output: /dev/null, this process's stdout or stderr (/dev/stdout, through
    its own descriptor), or a FIFO whose reader is there (one with no reader fails at once instead
    of hanging). A descriptor's name (/dev/std*, /dev/fd/N, /proc/*/fd/N, or a symlink to one) is
    never replaced: a closed one is exit 6, standard input or another one is refused. A symlink
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
    made: list[str] = []  # the temp file's name, once it exists
    with _removed_on_signals(made):
        with _signals_held():  # a signal between making the file and naming it here would leave it
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
            made.append(tmp)
        try:
            with os.fdopen(fd, "wb") as f:
                yield f
                f.flush()
                os.fsync(f.fileno())
            # mkstemp makes 0600 files; give the result the mode a plain open() would have.
            os.chmod(tmp, _mode_for(target))
            os.replace(tmp, target)
            made.clear()
        except BaseException:
            _remove(made)
            raise


def write_atomic(path: str, text: str) -> None:
    """Write `text` (UTF-8) to `path` atomically."""
    with atomic_open(path) as f:
        f.write(text.encode("utf-8"))


def _remove(made: list[str]) -> None:
    for tmp in made:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    made.clear()


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """The ending signals wait (are blocked) while the block runs, then arrive as usual."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = {s for s in (getattr(signal, name, None) for name in _ENDING) if s is not None}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextlib.contextmanager
def _removed_on_signals(made: list[str]) -> Iterator[None]:
    """While the block runs, a signal that ends the process removes the temp file first: a second
    SIGTERM a moment after the first (whose handler ends with the default action), SIGUSR1 or
    SIGALRM (which Python leaves at their default) would otherwise leave `.NAME.XXXX.tmp` behind.
    A handler the caller installed still runs (SIGTERM raising Terminated); one it ignores stays
    ignored. Outside the main thread, signals cannot be handled here: nothing changes."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before: dict[int, Any] = {}

    def handle(signum: int, frame: Any) -> None:
        previous = before.get(signum, signal.SIG_DFL)
        if callable(previous):
            # A second signal while the handler runs (it may put the default back first) waits
            # until ours is back in place, so it too removes the temp file before ending the process.
            block = hasattr(signal, "pthread_sigmask")
            if block:
                signal.pthread_sigmask(signal.SIG_BLOCK, {signum})
            try:
                previous(signum, frame)  # e.g. raises Terminated or KeyboardInterrupt: cleaned up below
            except BaseException:
                _remove(made)
                raise
            finally:
                # The handler may have put the default back for a second signal: that one, too,
                # comes here first. Ours stays until the block ends, then the handler's choice.
                after = signal.getsignal(signum)
                if after is not handle:
                    before[signum] = after
                    signal.signal(signum, handle)
                if block:
                    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signum})
            return
        if previous == signal.SIG_IGN:
            return
        _remove(made)
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)  # the default action: end as the signal says

    for name in _ENDING:
        signum = getattr(signal, name, None)
        if signum is None:
            continue
        current = signal.getsignal(signum)
        if current == signal.SIG_IGN or current is None:
            continue  # ignored (nohup) stays ignored; None: set outside Python, left alone
        with contextlib.suppress(OSError, ValueError):
            before[signum] = current
            signal.signal(signum, handle)
    try:
        yield
    finally:
        for signum, previous in before.items():
            with contextlib.suppress(OSError, ValueError, TypeError):
                signal.signal(signum, previous)


def _through_descriptor(target: str) -> str | None:
    """The descriptor link (/dev/stdout, /proc/self/fd/1, ...) `target` is or leads to through
    symlinks, or None."""
    path = target
    for _ in range(_HOPS):
        path = os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path))
        if _DESCRIPTOR.fullmatch(path):
            return path
        try:
            link = os.readlink(path)
        except OSError:
            return None
        path = os.path.join(os.path.dirname(path), link)
    return None


def _descriptor(target: str, link: str) -> BinaryIO:
    """A target that is a descriptor of this process: written through stdout's or stderr's own
    descriptor (a duplicate: `-o /dev/stdout >> log` keeps O_APPEND and truncates nothing). A closed
    one is exit 6; any other descriptor (standard input, a file some caller left open) is refused."""
    from icpcheck.errors import CommandLineError, SystemFailure

    try:
        st = os.stat(target)
    except OSError:
        raise SystemFailure("cannot write the report: standard output is closed",
                            hint="write the report to a regular file, or leave out --output for "
                                 "standard output") from None
    stream = _output_stream(st)
    if stream is not None:
        return stream
    raise CommandLineError("cannot write {target}: {reason}",
                           hint="write the report to a regular file, or leave out --output for "
                                "standard output",
                           target=target, reason=f"{link} is not this process's standard output")


def _same(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _direct(target: str) -> BinaryIO | None:
    """The open target when it is written in place (see atomic_open), else None."""
    link_to = _through_descriptor(target)
    if link_to is not None:
        return _descriptor(target, link_to)
    try:
        link = os.lstat(target)
    except OSError:
        return None  # nothing there yet (or unreadable: the temp file will say why)
    try:
        st = os.stat(target)
    except OSError:
        return None  # a dangling symlink: replaced
    stream = _output_stream(st)
    if stream is not None:
        return stream
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


def _output_stream(st: os.stat_result) -> BinaryIO | None:
    """/dev/null opened, or this process's stdout or stderr when `st` is that very file: a
    duplicate of its descriptor, so that what the shell opened it with holds (`>> log` appends,
    and nothing truncates what is already written); else None."""
    with contextlib.suppress(OSError):
        if _same(st, os.stat(os.devnull)):
            return open(os.devnull, "wb")  # noqa: SIM115 - the caller closes it
    for stream in (sys.__stdout__, sys.__stderr__):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            fd = stream.fileno()  # type: ignore[union-attr]
            if _same(st, os.fstat(fd)):
                stream.flush()  # type: ignore[union-attr]  # what is already written comes first
                return os.fdopen(os.dup(fd), "wb")
    return None


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
