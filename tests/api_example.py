"""The README's Python API example, as code that runs: tests/test_api.py checks that the README
shows exactly the lines below the marker, and calls check_mall. `app` stands in for FastAPI()."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class _App:
    """Registers a handler, as FastAPI's and Flask's `app.post(path)` do."""

    def post(self, path: str) -> Callable[[F], F]:
        return lambda handler: handler


app = _App()

# --- README ---
import icpcheck  # noqa: E402


@app.post("/check")
def check_mall(body: dict[str, object]) -> tuple[dict[str, object], int]:
    try:  # strict: a question left to its default is an error, not an assumption
        report = icpcheck.check(body, lang="en", strict=True)
    except icpcheck.MissingAnswers as err:  # questions nobody answered: name their keys
        return {"error": str(err), "missing": [q.id for q in err.missing]}, 422
    except icpcheck.AnswersError as err:  # an invalid answer (or one assumed): the client's to fix
        return {"error": str(err), "hint": err.hint}, 422
    return report.to_dict(), 200
