"""The one error model: every failure a person can cause maps to an exit code here."""

from __future__ import annotations

from icpcheck.messages import Msg

# Exit codes are a public contract (README, --help). Change them only with a major version.
EXIT_OK = 0
EXIT_GATE = 1
EXIT_USAGE = 2
EXIT_ANSWERS = 3
EXIT_RULEBOOK = 4
EXIT_INTERNAL = 5
EXIT_SYSTEM = 6  # the system refused to read or write a file or stream (disk full, closed terminal)
EXIT_GAVE_UP = 7  # `rules lint`: verification ran out of its time budget (the rulebook is neither proved nor faulted)
EXIT_INTERRUPTED = 130


class IcpcheckError(Exception):
    """A failure with a message fit for a person: what is wrong, where, and how to fix it."""

    exit_code = EXIT_INTERNAL

    def __init__(
        self,
        message: str,
        /,
        *,
        hint: str | None = None,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        **params: object,
    ) -> None:
        """`message` and `hint` are templates (catalogue keys) filled from `params` when shown."""
        self.msg = Msg(message, **params)
        self.hint_msg = None if hint is None else Msg(hint, **params)
        super().__init__(self.msg.text("en"))
        self.file = file
        self.line = line
        self.column = column

    @classmethod
    def of(cls, msg: Msg, *, hint: Msg | None = None, file: str | None = None, line: int | None = None,
           column: int | None = None) -> IcpcheckError:
        """An error from a message built elsewhere (each Msg(...) is checked against the catalogue
        like an error's own template)."""
        err = cls("", file=file, line=line, column=column)
        err.msg, err.hint_msg = msg, hint
        err.args = (msg.text("en"),)
        return err

    @property
    def message(self) -> str:
        return self.msg.text("en")

    @property
    def hint(self) -> str | None:
        return None if self.hint_msg is None else self.hint_msg.text("en")

    def text(self, lang: str = "en") -> str:
        """where + what, in lang."""
        return self.where() + self.msg.text(lang)

    def where(self) -> str:
        """`file:line:column: ` (as much as is known), or ''."""
        if self.file is None:
            return ""
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts) + ": "

    def __str__(self) -> str:
        return self.where() + self.message


class CommandLineError(IcpcheckError):
    """The command line itself is wrong (unknown option, bad flag value)."""

    exit_code = EXIT_USAGE


class AnswersError(IcpcheckError):
    """Answers are invalid or missing, from any source (flags, file, stdin)."""

    exit_code = EXIT_ANSWERS


class RulebookError(IcpcheckError):
    """The rulebook cannot be read or is not a valid rulebook."""

    exit_code = EXIT_RULEBOOK


class SystemFailure(IcpcheckError):
    """The system refused to read or write a file or stream (disk full, closed terminal, no
    permission): neither the input's fault nor a bug."""

    exit_code = EXIT_SYSTEM


class InternalError(IcpcheckError):
    """A bug in icpcheck itself."""

    exit_code = EXIT_INTERNAL


def cannot_write(path: str, err: OSError) -> IcpcheckError:
    """A file the user named could not be written: a path that leads nowhere is the command line's
    fault (exit 2); anything else (disk full, no permission, read-only) is the system's (exit 6)."""
    import errno

    if err.errno in (errno.ENOENT, errno.ENOTDIR, errno.EISDIR):
        return CommandLineError("cannot write {target}: {reason}", hint="check the directory exists and is writable",
                                target=path, reason=err.strerror or str(err))
    return SystemFailure("cannot write {target}: {reason}",
                         hint="check the disk, permissions and where the output goes",
                         target=path, reason=err.strerror or str(err))


def system_failure(exc: OSError) -> SystemFailure:
    """An OSError from reading or writing that nothing closer to it explained, as exit 6."""
    filename = getattr(exc, "filename", None)
    reason = exc.strerror or str(exc)
    if filename:
        return SystemFailure("system error {target}: {reason}",
                             hint="check the disk, permissions and where the output goes",
                             target=str(filename), reason=reason)
    return SystemFailure("system error: {reason}", hint="check the disk, permissions and where the output goes",
                         reason=reason)
