"""The one error model: every failure a person can cause maps to an exit code here."""

from __future__ import annotations

# Exit codes are a public contract (README, --help). Change them only with a major version.
EXIT_OK = 0
EXIT_GATE = 1
EXIT_USAGE = 2
EXIT_ANSWERS = 3
EXIT_RULEBOOK = 4
EXIT_INTERNAL = 5
EXIT_INTERRUPTED = 130


class IcpcheckError(Exception):
    """A failure with a message fit for a person: what is wrong, where, and how to fix it."""

    exit_code = EXIT_INTERNAL

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.file = file
        self.line = line
        self.column = column

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


class UsageError(IcpcheckError):
    """The command line itself is wrong (unknown option, bad flag value)."""

    exit_code = EXIT_USAGE


class AnswersError(IcpcheckError):
    """Answers are invalid or missing, from any source (flags, file, stdin)."""

    exit_code = EXIT_ANSWERS


class RulebookError(IcpcheckError):
    """The rulebook cannot be read or is not a valid rulebook."""

    exit_code = EXIT_RULEBOOK


class InternalError(IcpcheckError):
    """A bug in icpcheck itself."""

    exit_code = EXIT_INTERNAL
