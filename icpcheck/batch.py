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
_canonical = json_render.compact_ascii  # the memo's key: key order ignored, 1 / 1.0 / true kept apart
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
# Lines are read here in slices and checked by ev.jobs worker processes, each with its own
# Evaluator (and memo), which take the slices from one queue as they come free; their outputs are
# written in input order, at most IN_FLIGHT slices per worker ahead, so memory stays bounded.
#
# Not multiprocessing.Pool (its worker-handler thread spins while a result is in its pipe, and
# it waits for ever for a worker that was killed) nor concurrent.futures (a worker killed while
# sending its result leaves the pool waiting for ever, and its shutdown waits for the slices
# already running): each worker sends its results down a pipe of its own, which the parent reads
# directly, so a worker that dies, even halfway through a result, is seen at once; on Ctrl-C, a
# signal, a closed stdout or any error the workers are killed; a worker whose parent is gone
# stops. Measured against both in bench/README.md.

SLICE_LINES = 512  # compact lines: ~0.5 MB in, ~0.6 MB out
FULL_SLICE_LINES = 32  # full reports are ~170 KB a line: ~5 MB out
IN_FLIGHT = 3
PIPE_BYTES = 1 << 20  # Linux's default limit for a pipe an unprivileged process resizes
WAIT_HANDLES = 63  # Windows waits on at most 64 handles at once: two a worker


def _worker_main(ev: Evaluator, tasks: Any, results: Any, parent: int, inherited: list[Any]) -> None:
    """A worker: check each slice from `tasks`, send (its number, its output, its Summary).
    `inherited`: the read ends of the result pipes made so far, its own included, which a forked
    worker holds copies of; closed here, so when the parent is gone a send fails at once (EPIPE)
    instead of waiting for ever on a full pipe."""
    import io
    import os
    import queue
    import signal

    # Ctrl-C is the parent's to handle (it stops the workers); SIGTERM or SIGHUP ends a worker at
    # once. They were blocked while it started (see _start): let them in now.
    stops = _stop_signals()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for stop in stops[1:]:
        signal.signal(stop, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, stops)
    for end in inherited:
        end.close()
    ev.by_line = Memo(MEMO_BYTES)
    while True:
        try:
            task = tasks.get(timeout=1.0)
        except queue.Empty:
            if os.getppid() != parent:
                return  # the parent is gone (killed): nobody reads what this would write
            continue
        if task is None:
            return
        k, first, raw = task
        out: list[bytes] = []
        done = stream(ev, io.BytesIO(raw), out.append, first=first)
        try:
            results.send((k, b"".join(out), done))
        except OSError:  # BrokenPipeError: the parent is gone
            return


def _stop_signals() -> tuple[Any, ...]:
    """Ctrl-C (first) and the signals that end a run, those this system has."""
    import signal

    return tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def _start(process: Any) -> None:
    """Start a worker with Ctrl-C and the signals that stop a run held back until it has set its
    own handlers: a Ctrl-C as it starts would otherwise raise in it, printing a traceback."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # Windows: the worker starts afresh
        process.start()
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _stop_signals())
    try:
        process.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)  # one that came meanwhile is raised here


def _slices(src: BinaryIO, size: int) -> Any:
    """(number of the slice's first line, the slice's bytes, bytes read), `size` lines each.
    An overlong line is passed on cut at MAX_LINE + 1 bytes and ended, so the worker refuses it
    as one process would."""
    overlong = b"x" * (MAX_LINE + 1) + b"\n"
    chunk: list[bytes] = []
    nbytes = 0
    for n, raw, read in numbered_lines(src):
        # An unended line is the input's last, so its slice's last too.
        chunk.append(overlong if raw is None else raw)
        nbytes += read
        if len(chunk) == size:
            yield n - size + 1, b"".join(chunk), nbytes
            chunk, nbytes = [], 0
    if chunk:
        yield n - len(chunk) + 1, b"".join(chunk), nbytes


def _worker_died() -> SystemFailure:
    return SystemFailure("a process checking lines stopped before its end (killed, or out of memory)",
                         hint="run the batch again, with fewer processes if memory is short")


def _wide(pipe: Any) -> None:
    """A result pipe of 1 MiB where Linux allows it: a compact slice's output goes in one write,
    so a worker starts its next slice without waiting for the parent to read (bench/README.md)."""
    try:
        import fcntl

        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass  # another system: the default size


def stream_parallel(ev: Evaluator, src: BinaryIO, write: Callable[[bytes], object],
                    progress: Progress | None = None) -> Summary:
    """`stream` with the lines checked in ev.jobs processes; the output is the same, in order."""
    import multiprocessing
    import os
    from multiprocessing.connection import wait

    methods = multiprocessing.get_all_start_methods()
    # fork shares the loaded rulebook with the workers at no cost; elsewhere it is pickled once each.
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    jobs = min(ev.jobs, WAIT_HANDLES // 2) if sys.platform == "win32" else ev.jobs
    tasks = ctx.Queue()
    tasks.cancel_join_thread()  # at exit, never wait to hand slices to workers that are gone
    workers: list[tuple[Any, Any]] = []
    total = Summary()
    lines = nbytes = 0
    ready: dict[int, tuple[bytes, Summary]] = {}
    written = sent = 0

    def collect() -> None:
        """Wait for a result or a worker's end; keep every result that is ready."""
        pipes = {r: p for p, r in workers}
        ends = {p.sentinel: p for p, _ in workers}
        obj: Any
        for obj in wait([*pipes, *ends]):
            if obj in ends:
                raise _worker_died()  # a worker ends only when told to, after the last slice
            try:
                k, body, done = obj.recv()
            except (EOFError, OSError):  # it died halfway through sending
                raise _worker_died() from None
            ready[k] = (body, done)

    def flush() -> None:
        nonlocal total, written
        while written in ready:
            body, done = ready.pop(written)
            write(body)
            written += 1
            total = Summary(total.lines + done.lines, total.reports + done.reports, total.errors + done.errors,
                            total.gate_failures + done.gate_failures, max(total.worst, done.worst),
                            tuple(a + b for a, b in zip(total.counts, done.counts, strict=True)))

    try:
        for _ in range(jobs):
            reader, writer = ctx.Pipe(duplex=False)
            _wide(writer)
            readers = [r for _, r in workers] + [reader]
            process = ctx.Process(target=_worker_main, args=(ev, tasks, writer, os.getpid(), readers), daemon=True)
            _start(process)
            writer.close()  # the worker's end: with it closed here, a worker that dies gives EOF
            workers.append((process, reader))
        for first, raw, size in _slices(src, SLICE_LINES if ev.compact else FULL_SLICE_LINES):
            while sent - written >= IN_FLIGHT * jobs:
                collect()
                flush()
            tasks.put((sent, first, raw))
            sent += 1
            lines += raw.count(b"\n")
            nbytes += size
            if progress is not None:
                progress(lines, nbytes)
        while written < sent:
            collect()
            flush()
        for _ in workers:
            tasks.put(None)
        for process, _ in workers:
            process.join()
    finally:
        # Whatever ended the run early (Ctrl-C, a signal, stdout closed, a worker gone), the
        # workers stop now, not after their slices: killed first, all of them, then reaped.
        for process, _ in workers:
            if process.exitcode is None:
                process.kill()
        for process, reader in workers:
            process.join()
            reader.close()
        tasks.close()
    return total


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
