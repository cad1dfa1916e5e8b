"""`check --batch`: JSON Lines in (one answers object per line), JSON Lines out (one report each).

Streams with constant memory: lines are read one at a time (each capped in size) and the memo
caches are bounded. Evaluation is memoised per distinct answer set, so a million lines drawn from a
few hundred businesses cost a few hundred evaluations plus a dict lookup each. A line that cannot be
evaluated yields `{"line": n, "error": ..., "hint": ..., "exit_code": 3}` and the rest go on; the
process exits with the worst line's code (the highest: 0 < 1 gate failed < 3 answers < 4 rulebook
< 5 internal).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any, BinaryIO

from icpcheck import answers as ans
from icpcheck import gate
from icpcheck.engine import evaluate
from icpcheck.errors import EXIT_GATE, EXIT_INTERNAL, EXIT_OK, AnswersError, IcpcheckError, InternalError
from icpcheck.render import json as json_render
from icpcheck.rulebook.model import Rulebook

MAX_LINE = 1_048_576  # bytes; as for an answers file
CACHE_MAX = 1024  # distinct entries per memo; cleared when full, so memory stays flat
# One encoder for every line: json.dumps with options builds a new one per call (~10% of a line).
_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode

# Built once: json.loads/json.dumps with arguments make a new decoder/encoder on every call.
_decode = json.JSONDecoder().decode
_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode
_compact = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


class Evaluator:
    """Turns one input line into (exit code, output line) with the rulebook and options fixed."""

    def __init__(self, rulebook: Rulebook, *, name: str, holdings: gate.Holdings,
                 fail_on: str | None, as_of: dt.date, lang: str, strict: bool = False) -> None:
        self.rulebook = rulebook
        self.name = name
        self.holdings = holdings
        self.fail_on = fail_on
        self.as_of = as_of
        self.lang = lang
        self.strict = strict  # --strict: a line with an answer left to its default is an error line
        self.filing_ids = tuple(f.id for f in rulebook.filings)
        self.by_data: dict[str, tuple[int, bytes]] = {}  # the line's JSON, canonical
        self.by_answers: dict[object, tuple[int, bytes]] = {}  # the validated answer set

    def line(self, raw: bytes) -> tuple[int, bytes]:
        """A report line, or raise IcpcheckError for an error line."""
        try:
            data = _decode(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as err:
            text = raw.strip()
            raise AnswersError("empty line" if not text else "not valid JSON: {problem}",
                               hint="each line holds one JSON object of answers", problem=str(err)) from None
        if not isinstance(data, dict):
            raise AnswersError("a line must hold a JSON object, not {kind}", hint="e.g. {example}",
                               kind=type(data).__name__, example=ans.json_example(self.rulebook))
        # Canonical JSON text: key order ignored, 1 / 1.0 / true kept apart; C-fast.
        key = _canonical(data)
        hit = self.by_data.get(key)
        if hit is None:
            hit = self._evaluate(data)
            _remember(self.by_data, key, hit)
        return hit

    def _evaluate(self, data: dict[str, Any]) -> tuple[int, bytes]:
        rb = self.rulebook
        given = ans.gather(file=ans.from_document(rb, data, name=self.name))
        holdings = self.holdings.plus(gate.holdings_from_document(data, self.filing_ids,
                                                                  name=self.name))
        done = ans.complete(rb, given, self.as_of)
        problem = ans.strict_error(rb, done) if self.strict else None
        if problem is not None:
            raise problem
        answers, warnings = done.answers, done.warnings
        key = (tuple(sorted((a.id, a.value, a.source) for a in answers.values())),
               tuple(sorted(holdings.held)),
               tuple(sorted(set(holdings.waivers), key=lambda w: (w.filing, w.expires, w.reason))),
               tuple(warnings))
        hit = self.by_answers.get(key)
        if hit is None:
            report = gate.apply(evaluate(rb, answers, self.as_of, tuple(warnings)), holdings,
                                self.fail_on)
            body = _compact(json_render.to_dict(report, self.lang))
            hit = (EXIT_OK if report.gate_passed else EXIT_GATE, body.encode("utf-8") + b"\n")
            _remember(self.by_answers, key, hit)
        return hit


def stream(ev: Evaluator, src: BinaryIO, write: Callable[[bytes], object]) -> int:
    """Read lines from src, write one output line each; return the worst exit code."""
    worst = EXIT_OK
    by_line: dict[bytes, tuple[int, bytes]] = {}
    readline = src.readline
    n = 0
    while True:
        raw = readline(MAX_LINE + 1)
        if not raw:
            return worst
        n += 1
        hit = by_line.get(raw)
        if hit is None:
            try:
                if len(raw) > MAX_LINE:
                    while raw and not raw.endswith(b"\n"):
                        raw = readline(65536)  # skip the rest of the overlong line
                    raise AnswersError("line longer than {n} bytes", hint="one answers object per line",
                                       n=MAX_LINE)
                hit = ev.line(raw)
                _remember(by_line, raw, hit)
            except IcpcheckError as err:
                hit = (err.exit_code, _error(n, str(err), err.hint, err.exit_code))
            except Exception as exc:  # noqa: BLE001 - one bad line must not stop the batch
                bug = InternalError("internal error: {detail}", hint="this is a bug in icpcheck; please report it",
                                    detail=f"{type(exc).__name__}: {exc}")
                hit = (EXIT_INTERNAL, _error(n, str(bug), bug.hint, EXIT_INTERNAL))
        code, out = hit
        write(out)
        if code > worst:
            worst = code


def run_batch(rulebook: Rulebook, path: str, output: str | None, *, holdings: gate.Holdings,
              fail_on: str | None, as_of: dt.date, lang: str, strict: bool = False) -> int:
    import gc

    gc.freeze()  # what is loaded so far lives to the end: leave it out of every collection
    gc.enable()  # the icpcheck script turned it off for short runs; a batch can run for hours
    name = "<stdin>" if path == "-" else path
    ev = Evaluator(rulebook, name=name, holdings=holdings, fail_on=fail_on, as_of=as_of, lang=lang,
                   strict=strict)
    if path == "-":
        return _run(ev, sys.stdin.buffer, output)  # stdin is not ours to close
    try:
        src = open(path, "rb")
    except OSError as err:
        raise AnswersError("cannot read {path}: {reason}", path=path, reason=err.strerror) from None
    with src:
        return _run(ev, src, output)


def _run(ev: Evaluator, src: BinaryIO, output: str | None) -> int:
    if output is None:
        out = sys.stdout.buffer
        worst = stream(ev, src, out.write)
        out.flush()
        return worst
    from icpcheck.atomic import atomic_open
    from icpcheck.errors import cannot_write

    try:
        with atomic_open(output) as f:
            worst = stream(ev, src, f.write)
    except OSError as err:
        raise cannot_write(output, err) from None
    return worst


def _error(n: int, message: str, hint: str | None, code: int) -> bytes:
    obj = {"line": n, "error": message, "hint": hint, "exit_code": code}
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def _remember(cache: dict[Any, Any], key: object, value: object) -> None:
    if len(cache) >= CACHE_MAX:
        cache.clear()
    cache[key] = value
