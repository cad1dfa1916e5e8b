"""`check --batch`: JSON Lines in (one answers object per line), JSON Lines out (one report each).

A line is an answers object as in an answers file (flat, or `{"answers": ..., "held": ...,
"waivers": ...}`), optionally with an `"id"` (any JSON scalar) that is echoed first in its output
line and in its error line. `compact` writes per line only the id, each filing's status, the
blockers, the gate and the exit code instead of the full report.

Each line is checked by the application layer (icpcheck.checking.run), as one `check` is. Streams
with flat memory: lines are read one at a time (each capped in size) and the memo of outputs, keyed
by the whole line less its id, is bounded by the bytes it holds, oldest out first.
A line that cannot be evaluated yields `{"line": n, "id": ..., "error": ..., "hint": ...,
"exit_code": 3}` and the rest go on; the process exits with the worst line's code (the highest:
0 < 1 gate failed < 3 answers < 4 rulebook < 5 internal).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any, BinaryIO

from icpcheck import answers as ans
from icpcheck import checking, engine, gate
from icpcheck.engine import Answer, Report
from icpcheck.errors import (
    EXIT_GATE,
    EXIT_INTERNAL,
    EXIT_OK,
    AnswersError,
    IcpcheckError,
    InternalError,
    SystemFailure,
)
from icpcheck.messages import Msg
from icpcheck.render import json as json_render
from icpcheck.rulebook.model import Rulebook
from icpcheck.rulebook.records import record

MAX_LINE = 1_048_576  # bytes; as for an answers file
# The memo's budget in (estimated) bytes: memory stays flat however long the run. Measured: a full
# report line is ~95 KB (rulebook 1.3.0), so bench/run.py's (b) lines, 168 answer sets, need ~16 MB;
# at 16 MiB the memo thrashed (95% hits, 5,000 lines/s), at 48 MiB it holds them (80,000 lines/s)
# with the same peak RSS on that input (38 MB). A compact line and its key take ~1.5 KB: ~30,000 fit.
MEMO_BYTES = 48 * 1024 * 1024
# Lines that do not repeat pay for the memo and get nothing: with 30,000 different answer sets a
# compact batch did 7,700 lines/s with it, 9,400 without (its canonical key, its entry, and ~48 MB
# for the collector to walk). A line it holds saves a whole check (~120 µs compact, ~1 ms in full),
# a line it does not costs ~20 µs: below 1 hit in 20 it is switched off for MEMO_PAUSE lines, then
# looked at again for MEMO_WINDOW lines.
MEMO_WINDOW = 4096
MEMO_PAUSE = 8 * MEMO_WINDOW
ENTRY_BYTES = 200  # a memo entry's cost beyond its key's and value's text (dict slot, tuple, objects)
STATUSES = ("required", "review", "not_required")
PROGRESS_EVERY = 256  # lines between progress updates

# Built once: json.loads/json.dumps with arguments make a new decoder/encoder on every call.
_compact = json_render.compact
_canonical = _compact  # the memo's key: key order ignored, 1 / 1.0 / true kept apart
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")  # a lone half is refused, as in answers files


class _Refused(ValueError):
    """The fast decoder met something answers files refuse (a repeated key, NaN): the strict
    reader says what."""


def _pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(items)
    if len(obj) != len(items):
        raise _Refused
    return obj


def _constant(word: str) -> Any:
    raise _Refused


_decode = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_constant).decode


@record
class Hit:
    """One evaluated line: its exit code, its output line (a JSON object and its newline, no id),
    and its filings' counts by status (for the end line)."""

    code: int
    body: bytes
    counts: tuple[int, ...]


class Memo:
    """A dict bounded by the (estimated) bytes of its entries; the oldest entries go first."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.size = 0
        self.data: dict[str, Any] = {}
        self.sizes: dict[str, int] = {}

    def get(self, key: str) -> Any:
        return self.data.get(key)

    def put(self, key: str, value: Any, size: int) -> None:
        if key in self.data:
            return
        size += len(key) + ENTRY_BYTES
        while self.data and self.size + size > self.budget:
            old = next(iter(self.data))
            del self.data[old]
            self.size -= self.sizes.pop(old)
        self.data[key] = value
        self.sizes[key] = size
        self.size += size


@record
class Summary:
    """What a batch did: the end line on stderr says it."""

    lines: int = 0
    reports: int = 0
    errors: int = 0
    gate_failures: int = 0
    worst: int = EXIT_OK
    counts: tuple[int, ...] = (0, 0, 0)  # filings by status over every report, as in STATUSES

    def by_status(self) -> dict[str, int]:
        return dict(zip(STATUSES, self.counts, strict=True))


_NO_ID = object()


def decode_line(raw: bytes, name: str) -> Any:
    """A line's JSON, refused as answers files refuse it (repeated keys, lone surrogates, NaN,
    nesting too deep, too many digits); `name` (the input's) for the strict reader's words."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise AnswersError("not valid JSON: {problem}", hint="each line holds one JSON object of answers",
                           problem=str(err)) from None
    try:
        data = _decode(text)
    except json.JSONDecodeError as err:
        from icpcheck.rulebook.untrusted import json_words

        raise AnswersError("empty line" if not text.strip() else "not valid JSON: {problem} (column {at})",
                           hint="each line holds one JSON object of answers", problem=json_words(err.msg),
                           at=err.pos + 1) from None
    except (_Refused, ValueError, RecursionError):
        data = _strict(raw, name)
    if "\\u" in text and _SURROGATE_ESCAPE.search(text):
        data = _strict(raw, name)
    return data


def _strict(raw: bytes, name: str) -> Any:
    from icpcheck.rulebook.reader import parse_document

    # What the reader takes (a surrogate pair written as two escapes) is a good line.
    return parse_document(raw, name=name, error=AnswersError, fmt="json").data


class Evaluator:
    """Turns one input line into a Hit (or raises IcpcheckError) with the rulebook and options fixed."""

    def __init__(self, rulebook: Rulebook, *, name: str, holdings: gate.Holdings,
                 fail_on: str | None, as_of: dt.date, lang: str, compact: bool = False,
                 strict: bool = False) -> None:
        self.rulebook = rulebook
        self.name = name
        self.holdings = holdings
        self.fail_on = fail_on
        self.as_of = as_of
        self.lang = lang
        self.compact = compact
        self.strict = strict  # --strict: a line with an answer left to its default is an error line
        self.filing_ids = tuple(f.id for f in rulebook.filings)
        # "id" names the line unless the rulebook asks a question "id" and the line is flat.
        self.id_is_a_question = rulebook.question("id") is not None
        # The line less its id, canonical -> its output: repeated lines cost a lookup.
        self.by_line = Memo(MEMO_BYTES)
        self.tried = self.hits = 0  # lines looked up in the memo in this window, and found there
        self.unmemoised = 0  # lines still to check without the memo (see line)
        self.jobs = 1  # processes checking lines (run_batch sets it)
        # Compact lines are worked out by the short path (`_compact_line`) when it can; False
        # sends every line through `checking.run` (the tests compare the two).
        self.fast = True
        # Question id -> (its question, {raw answer, keyed with its type -> the parsed value}): a
        # memo of `answers.parse_value`, so a value is parsed once per batch, not once per line.
        self.values: dict[str, tuple[Any, dict[Any, Any]]] = {q.id: (q, {}) for q in rulebook.questions}

    def decode(self, raw: bytes) -> Any:
        """The line's JSON (see decode_line)."""
        return decode_line(raw, self.name)

    def split(self, data: Any) -> tuple[Any, dict[str, Any]]:
        """The line's id (or _NO_ID) and its answers document."""
        if not isinstance(data, dict):
            raise AnswersError("a line must hold a JSON object, not {kind}", hint="e.g. {example}",
                               kind=type(data).__name__, example=ans.json_example(self.rulebook))
        if "id" not in data or (self.id_is_a_question and "answers" not in data):
            return _NO_ID, data
        ident = data.pop("id")
        if isinstance(ident, (dict, list)):
            raise AnswersError("'id' must be a JSON scalar (text, number, true/false or null), not {kind}",
                               hint="the id is echoed in the line's output", kind=type(ident).__name__)
        if isinstance(ident, float) and ident - ident != 0:  # 1e999: not finite, not JSON either
            raise AnswersError("'id' must be a finite number", hint="the id is echoed in the line's output")
        return ident, data

    def line(self, data: dict[str, Any]) -> Hit:
        """The line's output, from the memo when an identical line (less its id) came before: the
        key is the whole line, so everything the output depends on is in it. While the lines do
        not repeat (under 1 in 20 from the memo over MEMO_WINDOW lines), the next MEMO_PAUSE lines
        are checked without it; in a worker of a parallel batch, its share of each."""
        if self.unmemoised:
            self.unmemoised -= 1
            return self._evaluate(data)
        # Canonical JSON text: key order ignored, 1 / 1.0 / true kept apart; C-fast.
        key = _canonical(data)
        hit: Hit | None = self.by_line.get(key)
        self.tried += 1
        if hit is None:
            hit = self._evaluate(data)
            self.by_line.put(key, hit, len(key) + len(hit.body))
        else:
            self.hits += 1
        # With --jobs each worker looks at its share of the window and pauses for its share:
        # the batch tries the memo on as many lines as one process would (each worker trying
        # all 4,096 cost it ~55 ms, ~4% of a 30,000-line run in two jobs).
        if self.tried * self.jobs >= MEMO_WINDOW:
            if self.hits * 20 < self.tried:
                self.unmemoised = MEMO_PAUSE // self.jobs
            self.tried = self.hits = 0
        return hit

    def _evaluate(self, data: dict[str, Any]) -> Hit:
        if self.compact and self.fast:
            hit = self._compact_line(data)
            if hit is not None:
                return hit
        request = checking.Request(self.rulebook, self.as_of, document=data, name=self.name,
                                   holdings=self.holdings, fail_on=self.fail_on, strict=self.strict)
        try:
            report = checking.run(request).report
        except ans.MissingAnswers as err:
            raise AnswersError("missing answers: {ids}", hint="add them to the line: {example}",
                               ids=err.msg.params["ids"], example=_keys_example(err.missing)) from None
        except checking.AssumedAnswers as err:
            raise AnswersError("answers assumed, not given: {ids}", hint="add them to the line: {example}",
                               ids=err.msg.params["ids"], example=_keys_example(err.assumed)) from None
        code = EXIT_OK if report.gate_passed else EXIT_GATE
        body = compact_dict(report, code) if self.compact else json_render.to_dict(report, self.lang)
        counts = tuple(sum(1 for f in report.filings if f.status == s) for s in STATUSES)
        return Hit(code, _compact(body).encode("utf-8") + b"\n", counts)  # the line, as written

    def _compact_line(self, data: dict[str, Any]) -> Hit | None:
        """The compact line by the short path: the answers parsed (parse_value, memoised), one
        analysis by the engine (the same compiled rulebook and analysis `checking.run` uses), the
        gate's failing filings; no report, reasons or plan. None when the line needs more than the
        common case (an answer that does not parse, answers missing or assumed, defaults under
        --strict, a held filing or waiver to read, a time gate, a filing left unsettled): then
        `checking.run` checks it and says what is wrong, word for word as ever."""
        body: Any = data
        holdings = self.holdings
        if ans.is_file_document(data):
            if not data.keys() <= ans.FILE_KEYS or not isinstance(data.get("answers", {}), dict):
                return None
            body = data.get("answers") or {}
            if "held" in data or "waivers" in data:
                try:
                    holdings = holdings.plus(gate.holdings_from_document(data, self.filing_ids, name=self.name))
                except IcpcheckError:
                    return None
        values: dict[str, Any] = {}
        memo = self.values
        for qid, raw in body.items():
            entry = memo.get(qid)
            if entry is None:
                return None  # no such question
            q, parsed = entry
            cls = raw.__class__
            if cls is dict and "value" in raw:  # {"value": ..., "source": ...}, as --save-answers writes
                raw = raw["value"]
                cls = raw.__class__
            try:
                key = (cls, tuple(raw)) if cls is list else (cls, raw)
                value = parsed.get(key)
            except TypeError:  # a list holding a list or an object: parse_value says what is wrong
                return None
            if value is None:
                try:
                    value = ans.parse_value(q, raw, where=self.name)
                except IcpcheckError:
                    return None
                if len(parsed) >= _VALUES_KEPT:
                    parsed.clear()
                parsed[key] = value
            values[qid] = value
        rb, as_of = self.rulebook, self.as_of
        done = engine.settled(rb, values, as_of)
        if done is None:
            if self.strict:
                return None  # some answer would be assumed: an error, which checking.run words
            given = {qid: Answer(qid, v, "file") for qid, v in values.items()}
            done = engine.settled(rb, {qid: a.value for qid, a in ans.fill_defaults(rb, given, as_of).items()}, as_of)
            if done is None:
                return None  # missing answers
        statuses, blockers = done
        fail_on = gate.resolve_fail_on(self.fail_on, holdings)
        if None in statuses.values() or gate.due_within(fail_on) is not None:
            return None  # a gap in the rulebook; a time gate (it reads the obligations)
        failing = gate.failing_filings(statuses, holdings, fail_on, as_of)  # type: ignore[arg-type]
        code = EXIT_GATE if failing else EXIT_OK
        line = _compact_body(statuses, blockers, fail_on, not failing, failing, code)
        said = list(statuses.values())
        return Hit(code, _compact(line).encode("utf-8") + b"\n", tuple(said.count(s) for s in STATUSES))


def _keys_example(questions: Any) -> str:
    """`{"a": ..., "b": ...}` for the keys a line must add (a value of the right kind for each)."""
    example: dict[str, object] = {}
    for q in questions:
        if q.type == "yes_no":
            example[q.id] = True
        elif q.type == "many_of":
            example[q.id] = [q.choices[0].value] if q.choices else []
        else:
            example[q.id] = q.choices[0].value if q.choices else ""
    return json.dumps(example, ensure_ascii=False)


_VALUES_KEPT = 4096  # parsed values memoised per question (a many_of has as many as its subsets)


def compact_dict(report: Report, code: int) -> dict[str, Any]:
    """The compact line (less its id): each filing's status, the blockers, the gate, the exit code."""
    g = gate.gate_of(report)
    return _compact_body({f.filing.id: f.status for f in report.filings},
                         [(f.filing.id, r.rule.id) for f, r in report.blockers], g.fail_on, g.passed, g.failing, code)


def _compact_body(statuses: dict[str, Any], blockers: Any, fail_on: str | None, passed: bool,
                  failing: tuple[str, ...], code: int) -> dict[str, Any]:
    """What a compact line holds, however it was worked out."""
    return {
        "filings": statuses,
        "blockers": [{"filing": fid, "rule": rid} for fid, rid in blockers],
        "gate": {"fail_on": fail_on, "passed": passed, "failing": list(failing)},
        "exit_code": code,
    }


Progress = Callable[[int, int], None]  # (lines read, bytes read) so far
# What draws progress (the CLI's rich bar): given the input's size in bytes (None when unknown), a
# context manager whose value is told the progress; batch itself draws nothing.
ProgressBar = Callable[[int | None], AbstractContextManager[Progress]]


def numbered_lines(src: BinaryIO, first: int = 1) -> Iterator[tuple[int, bytes | None, int]]:
    """Each line of src: its number (src's first line is `first`), its bytes (None for a line
    longer than MAX_LINE, read to its end and dropped: memory stays flat), and the bytes read.
    A UTF-8 BOM before line 1 is dropped, as Windows editors write one (an answers file may have
    it too). `check --batch`, its parallel slices and `diff --batch` all read lines here."""
    readline = src.readline
    n = first - 1
    while True:
        raw = readline(MAX_LINE + 1)
        if not raw:
            return
        n += 1
        size = len(raw)
        if size > MAX_LINE:
            while raw and not raw.endswith(b"\n"):
                raw = readline(65536)
                size += len(raw)
            yield n, None, size
            continue
        yield n, (raw[3:] if n == 1 and raw.startswith(b"\xef\xbb\xbf") else raw), size


def too_long() -> AnswersError:
    return AnswersError("line longer than {n} bytes", hint="one answers object per line", n=MAX_LINE)


def stream(ev: Evaluator, src: BinaryIO, write: Callable[[bytes], object],
           progress: Progress | None = None, first: int = 1) -> Summary:
    """Read lines from src, write one output line each; say what was done. `first`: the number
    of src's first line in the whole input (a worker of a parallel batch is given a slice)."""
    reports = errors = failures = nbytes = 0
    lines = first - 1
    worst = EXIT_OK
    required = review = not_required = 0
    compact = ev.compact
    for lines, raw, size in numbered_lines(src, first):
        nbytes += size
        ident: Any = _NO_ID
        try:
            if raw is None:
                raise too_long()
            ident, data = ev.split(ev.decode(raw))
            hit = ev.line(data)
            # The line is written in pieces: a full report is ~75 KB, and joining it to its id and
            # newline would copy it once more for every line.
            if ident is _NO_ID:
                head = b'{"id":null,' if compact else b""
            else:
                head = b'{"id":' + _compact(ident).encode("utf-8") + b","
        except IcpcheckError as err:
            code = err.exit_code
            out = _error(lines, ident, err.text(ev.lang), err.hint_msg.text(ev.lang) if err.hint_msg else None, code)
        except Exception as exc:  # noqa: BLE001 - one bad line must not stop the batch
            bug = InternalError("internal error: {detail}", hint="this is a bug in icpcheck; please report it",
                                detail=f"{type(exc).__name__}: {exc}")
            code = EXIT_INTERNAL
            out = _error(lines, ident, bug.text(ev.lang), bug.hint, code)
        else:
            code = hit.code
            reports += 1
            failures += code == EXIT_GATE
            c = hit.counts
            required += c[0]
            review += c[1]
            not_required += c[2]
            if head:
                write(head)
                write(hit.body[1:])
            else:
                write(hit.body)
            if code > worst:
                worst = code
            if progress is not None and lines % PROGRESS_EVERY == 0:
                progress(lines, nbytes)
            continue
        errors += 1
        write(out)
        if code > worst:
            worst = code
    if progress is not None:
        progress(lines, nbytes)
    return Summary(lines - first + 1, reports, errors, failures, worst, (required, review, not_required))


def printable(path: str) -> str:
    """A path as text that can be written anywhere: bytes that were not UTF-8 (kept by Python as
    lone surrogates) shown as \\xNN."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def run_batch(rulebook: Rulebook, path: str, output: str | None, *, holdings: gate.Holdings,
              fail_on: str | None, as_of: dt.date, lang: str, compact: bool = False,
              progress_bar: ProgressBar | None = None, strict: bool = False, jobs: int = 1) -> Summary:
    """Check every line of `path` (- for standard input) into `output` (None: standard output).
    `jobs` > 1 checks slices of lines in that many processes, writing the lines in input order."""
    import gc

    gc.freeze()  # what is loaded so far lives to the end: leave it out of every collection
    gc.enable()  # the icpcheck script turned it off for short runs; a batch can run for hours
    name = "<stdin>" if path == "-" else printable(path)
    ev = Evaluator(rulebook, name=name, holdings=holdings, fail_on=fail_on, as_of=as_of, lang=lang,
                   compact=compact, strict=strict)
    ev.jobs = max(1, jobs)
    if path == "-":
        stdin = sys.stdin.buffer if sys.stdin is not None else None
        if stdin is None:  # started with stdin closed (`<&-`)
            raise AnswersError("cannot read {path}: {reason}", path=name, reason=Msg("standard input is closed"),
                               hint="pass the lines on standard input, or name a file")
        return _run(ev, stdin, output, None, progress_bar)  # stdin is not ours to close
    from icpcheck.rulebook.reader import open_input

    with open_input(path, error=AnswersError) as src:
        try:
            total = _size(src)
        except OSError:
            total = None
        return _run(ev, src, output, total, progress_bar)


def _size(src: BinaryIO) -> int | None:
    import os
    import stat

    st = os.fstat(src.fileno())
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _run(ev: Evaluator, src: BinaryIO, output: str | None, total: int | None,
         progress_bar: ProgressBar | None) -> Summary:
    if progress_bar is None:
        return _write(ev, src, output, None)
    with progress_bar(total) as progress:
        return _write(ev, src, output, progress)


def _write(ev: Evaluator, src: BinaryIO, output: str | None, progress: Progress | None) -> Summary:
    run = stream if ev.jobs <= 1 else stream_parallel
    if output is None:
        out = sys.stdout.buffer
        try:
            done = run(ev, src, out.write, progress)
            out.flush()
        except BrokenPipeError:
            # Whatever read the lines went away (`| head`): the batch did not finish, so it must
            # not end as a success, whatever its lines said so far.
            raise SystemFailure("the batch stopped before its end: standard output was closed",
                                hint="read every line (or write them to a file with --output)") from None
        return done
    from icpcheck.atomic import atomic_open
    from icpcheck.errors import cannot_write

    try:
        with atomic_open(output) as f:
            done = run(ev, src, f.write, progress)
    except OSError as err:
        raise cannot_write(output, err) from None
    return done


# --- Several processes ---------------------------------------------------------------------------
# Lines are read here in slices of SLICE_LINES and checked by a pool of worker processes, each with
# its own Evaluator (and memo); the slices' outputs are written in input order, at most
# IN_FLIGHT slices per worker ahead, so memory stays flat as with one process.

SLICE_LINES = 512
IN_FLIGHT = 3

_worker_ev: Evaluator | None = None


def _worker_start(ev: Evaluator) -> None:
    import signal

    global _worker_ev
    _worker_ev = ev
    ev.by_line = Memo(MEMO_BYTES)
    # Ctrl-C and the end of the run are the parent's to handle: it stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _worker_slice(first: int, raw: bytes) -> tuple[bytes, Summary]:
    import io

    assert _worker_ev is not None
    out: list[bytes] = []
    done = stream(_worker_ev, io.BytesIO(raw), out.append, first=first)
    return b"".join(out), done


def _slices(src: BinaryIO) -> Any:
    """(number of the slice's first line, the slice's bytes, bytes read), SLICE_LINES lines each.
    An overlong line is passed on cut at MAX_LINE + 1 bytes and ended, so the worker refuses it
    as one process would."""
    overlong = b"x" * (MAX_LINE + 1) + b"\n"
    chunk: list[bytes] = []
    nbytes = 0
    for n, raw, size in numbered_lines(src):
        # An unended line is the input's last, so its slice's last too.
        chunk.append(overlong if raw is None else raw)
        nbytes += size
        if len(chunk) == SLICE_LINES:
            yield n - SLICE_LINES + 1, b"".join(chunk), nbytes
            chunk, nbytes = [], 0
    if chunk:
        yield n - len(chunk) + 1, b"".join(chunk), nbytes


def stream_parallel(ev: Evaluator, src: BinaryIO, write: Callable[[bytes], object],
                    progress: Progress | None = None) -> Summary:
    """`stream` with the lines checked in ev.jobs processes; the output is the same, in order.

    concurrent.futures, not multiprocessing.Pool: the Pool's worker-handler thread wakes up while
    a result is still in its pipe and spins, and on 2 cores that took the CPU from the workers
    (with the wider pipes and the memo's shared window, --jobs 2 went from 1.66x one job to
    1.71x-1.79x on a quiet host: bench/README.md). A worker that dies is an error here
    (BrokenProcessPool), where the Pool waited for it for ever."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import BrokenExecutor, ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    # fork shares the loaded rulebook with the workers at no cost; elsewhere it is pickled once each.
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    total = Summary()
    lines = nbytes = 0
    pool = ProcessPoolExecutor(ev.jobs, mp_context=ctx, initializer=_worker_start, initargs=(ev,))
    _wide_pipes(pool)
    pending: deque[Any] = deque()

    def drain_one() -> None:
        nonlocal total
        body, done = pending.popleft().result()
        write(body)
        total = Summary(total.lines + done.lines, total.reports + done.reports, total.errors + done.errors,
                        total.gate_failures + done.gate_failures, max(total.worst, done.worst),
                        tuple(a + b for a, b in zip(total.counts, done.counts, strict=True)))

    try:
        for first, raw, size in _slices(src):
            if len(pending) >= IN_FLIGHT * ev.jobs:
                drain_one()
            pending.append(pool.submit(_worker_slice, first, raw))
            lines += raw.count(b"\n")
            nbytes += size
            if progress is not None:
                progress(lines, nbytes)
        while pending:
            drain_one()
    except BrokenExecutor:
        raise SystemFailure("a process checking lines stopped before its end (killed, or out of memory)",
                            hint="run the batch again, with fewer processes if memory is short") from None
    finally:
        # On an error or Ctrl-C, the slices not started are dropped and the workers stop.
        pool.shutdown(wait=True, cancel_futures=True)
    return total


PIPE_BYTES = 1 << 20  # Linux's default limit for a pipe an unprivileged process resizes


def _wide_pipes(pool: Any) -> None:
    """Give the pool's pipes for slices and for their output 1 MiB each, where Linux allows it:
    a slice's lines (~0.5 MB of compact answers) and its output (~0.6 MB) then pass in one write,
    so a worker starts its next slice instead of waiting for the parent to read the last one.
    Measured on 2 cores: --jobs 2 in 0.95x the wall time (bench/README.md). Elsewhere, or on a
    Python whose pool is built otherwise, the pipes keep their size and nothing else changes."""
    try:
        import fcntl

        for queue in (pool._call_queue, pool._result_queue):  # noqa: SLF001 - see above
            fcntl.fcntl(queue._writer.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)  # noqa: SLF001
    except (ImportError, AttributeError, OSError):
        pass


MAX_ERROR = 4096  # characters of an error line's message or hint: an input can make either huge


def _capped(text: str | None) -> str | None:
    if text is None or len(text) <= MAX_ERROR:
        return text
    return f"{text[:MAX_ERROR]}… (+{len(text) - MAX_ERROR} characters left out)"


def _error(n: int, ident: object, message: str, hint: str | None, code: int) -> bytes:
    message, hint = _capped(message) or "", _capped(hint)
    obj: dict[str, object] = {"line": n}
    if ident is not _NO_ID:
        obj["id"] = ident
    obj.update(error=message, hint=hint, exit_code=code)
    # An error may quote anything; a lone surrogate left in it becomes its JSON escape (\udc80).
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "backslashreplace") + b"\n"
