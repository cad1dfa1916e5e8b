"""`check --batch`: JSON Lines in and out, bad lines, worst exit code, memoisation, streaming."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from icpcheck import batch, gate
from icpcheck.cli.main import cli
from icpcheck.errors import SystemFailure
from icpcheck.rulebook.build import load_rulebook
from icpcheck.rulebook.model import Question
from tests.conftest import validate_jsonl

AS_OF = ["--as-of", "2026-11-28", "--lang", "en"]
SELF = {"sells_own_goods": True, "third_party_sellers": False, "paid_content": False}
HELD_ALL = {"answers": SELF, "held": ["icp_filing", "psb_filing"]}


def lines(*objs: object) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objs)


def test_one_report_per_line_and_error_objects_for_bad_lines(
    runner: CliRunner, tmp_path: Path
) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(
        lines(
            SELF,
            "not json",
            "",
            [1],
            {"sells_own_goods": "maybe"},
            HELD_ALL,
            {"sells_own_goods": True},
            {"answers": SELF, "held": ["nope"]},
        )
    )
    r = runner.invoke(cli, ["check", "--batch", str(f), *AS_OF])
    out = validate_jsonl(r.stdout)
    assert len(out) == 8
    assert r.exit_code == 3  # the worst line
    errors = {o["line"]: o for o in out if "error" in o}
    assert sorted(errors) == [2, 3, 4, 5, 7, 8]
    assert all(e["exit_code"] == 3 for e in errors.values())
    assert "not valid JSON" in errors[2]["error"] and errors[3]["error"] == "empty line"
    assert "not list" in errors[4]["error"] and "'maybe' is not yes or no" in errors[5]["error"]
    assert (
        "missing answers" in errors[7]["error"]
        and "'nope' is not a filing id" in errors[8]["error"]
    )
    assert out[0]["exit_code"] == 0 and out[0]["gate"]["fail_on"] is None
    assert out[5]["exit_code"] == 0 and out[5]["summary"]["held"] == 2
    # Piped stderr: no progress bar, one end line.
    assert r.stderr == ("icpcheck: batch: 8 lines read, 2 reports written, 6 errors, 0 gate failures; "
                        "filings: 4 required, 2 review, 52 not required; exit code 3\n")


def test_exit_code_is_the_worst_line(runner: CliRunner) -> None:
    ok = lines(HELD_ALL, HELD_ALL)
    assert runner.invoke(cli, ["check", "--batch", "-", *AS_OF], input=ok).exit_code == 0
    gated = lines(HELD_ALL, {"answers": SELF, "held": ["icp_filing"]}, HELD_ALL)
    r = runner.invoke(cli, ["check", "--batch", "-", *AS_OF], input=gated)
    assert r.exit_code == 1
    assert [o["exit_code"] for o in validate_jsonl(r.stdout)] == [0, 1, 0]
    worse = gated + "{\n"
    assert runner.invoke(cli, ["check", "--batch", "-", *AS_OF], input=worse).exit_code == 3


def test_a_bom_before_the_first_line_is_skipped(runner: CliRunner) -> None:
    text = lines(HELD_ALL, HELD_ALL).encode("utf-8")
    r = runner.invoke(cli, ["check", "--batch", "-", *AS_OF], input=b"\xef\xbb\xbf" + text)
    assert r.exit_code == 0, r.stdout
    assert [o["exit_code"] for o in validate_jsonl(r.stdout)] == [0, 0]
    # Anywhere else it is not whitespace: that line is an error line, as before, saying where.
    r = runner.invoke(cli, ["check", "--batch", "-", *AS_OF], input=text + b"\xef\xbb\xbf" + text)
    out = validate_jsonl(r.stdout)
    assert [o["exit_code"] for o in out] == [0, 0, 3, 0]
    assert out[2]["error"] == "not valid JSON: expecting value (column 1)"


def test_flags_apply_to_every_line(runner: CliRunner) -> None:
    r = runner.invoke(
        cli,
        [
            "check",
            "--batch",
            "-",
            "--held",
            "icp_filing",
            "--held",
            "psb_filing",
            "--held",
            "mlps_filing",  # under review for a site of its own (round three)
            "--fail-on",
            "review",
            *AS_OF,
        ],
        input=lines(SELF, SELF),
    )
    assert r.exit_code == 0
    assert all(
        o["gate"] == {"fail_on": "review", "passed": True, "failing": []}
        for o in validate_jsonl(r.stdout)
    )


def test_batch_output_is_the_json_report_compacted(runner: CliRunner) -> None:
    one = runner.invoke(
        cli,
        [
            "check",
            "--format",
            "json",
            "--no-input",
            "--held",
            "icp_filing",
            "-a",
            "sells_own_goods=yes",
            "-a",
            "third_party_sellers=no",
            "-a",
            "paid_content=no",
            *AS_OF,
        ],
    )
    r = runner.invoke(
        cli, ["check", "--batch", "-", "--held", "icp_filing", *AS_OF], input=lines(SELF)
    )
    got, want = json.loads(r.stdout), json.loads(one.stdout)
    for d in (got, want):
        d["answers"] = [{**a, "source": "-"} for a in d["answers"]]
    assert got == want
    compact = json.dumps(json.loads(r.stdout), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    assert r.stdout == compact + "\n"  # one line, compact, keys sorted


def test_batch_refuses_other_answer_sources_and_formats(runner: CliRunner) -> None:
    for extra in (["-a", "paid_content=no"], ["--model", "platform"], ["--format", "text"]):
        r = runner.invoke(cli, ["check", "--batch", "-", *extra], input=lines(SELF))
        assert r.exit_code == 2, extra
    assert (
        runner.invoke(
            cli, ["check", "--batch", "-", "--format", "json", *AS_OF], input=lines(SELF)
        ).exit_code
        == 0
    )


def test_batch_output_file_is_written_atomically(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    r = runner.invoke(
        cli, ["check", "--batch", "-", "--output", str(out), *AS_OF], input=lines(SELF, "oops")
    )
    assert r.exit_code == 3 and r.stdout == ""
    assert len(validate_jsonl(out.read_text("utf-8"))) == 2
    assert "wrote" in r.stderr
    r = runner.invoke(cli, ["check", "--batch", str(tmp_path / "missing.jsonl")])
    assert r.exit_code == 3 and "no such file" in r.stderr


def evaluator() -> batch.Evaluator:
    return batch.Evaluator(
        load_rulebook(),
        name="t",
        holdings=gate.Holdings(),
        fail_on=None,
        as_of=dt.date(2026, 11, 28),
        lang="en",
    )


def test_evaluation_is_memoised_per_distinct_line(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = batch.checking.run
    monkeypatch.setattr(batch.checking, "run", lambda *a, **k: calls.append(1) or real(*a, **k))
    reordered = dict(reversed(list(SELF.items())))
    spelled = {"sells_own_goods": "yes", "third_party_sellers": "no", "paid_content": "no"}
    src = io.BytesIO(lines(*[SELF, reordered, spelled, HELD_ALL] * 250).encode())
    out = io.BytesIO()
    assert batch.stream(evaluator(), src, out.write).worst == 0
    assert out.getvalue().count(b"\n") == 1000
    # SELF and its reordering are one line (key order ignored); its spelling with yes/no and
    # HELD_ALL are two more: three checks for 1,000 lines.
    assert len(calls) == 3
    assert len({line for line in out.getvalue().splitlines()}) == 2


def test_streams_one_line_at_a_time() -> None:
    """Each report is written before the next line is read: nothing is read ahead or held."""
    written: list[bytes] = []

    class Source:
        def __init__(self) -> None:
            self.read = 0

        def readline(self, limit: int) -> bytes:
            assert len(written) == self.read  # every line read so far has its output
            self.read += 1
            return lines(SELF).encode() if self.read <= 5 else b""

    assert batch.stream(evaluator(), Source(), written.append).worst == 0  # type: ignore[arg-type]
    assert len(written) == 5


def test_memo_caches_stay_bounded_by_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "MEMO_BYTES", 200_000)  # a few full reports
    ev = evaluator()
    objs = [
        {
            "answers": SELF,
            "waivers": [{"filing": "psb_filing", "reason": f"r{i}", "expires": "2027-01-01"}],
        }
        for i in range(12)  # 12 distinct full reports of ~50 KB: three times the cap
    ]
    batch.stream(ev, io.BytesIO(lines(*objs).encode()), lambda b: None)
    memo = ev.by_line
    assert memo.size <= 200_000 and memo.size == sum(memo.sizes.values())
    assert set(memo.sizes) == set(memo.data)
    assert 1 <= len(memo.data) < 12  # full reports are ~50 KB: only the latest few are kept


def test_an_overlong_line_is_an_error_and_the_rest_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "MAX_LINE", 100)
    big = json.dumps({"answers": SELF, "held": [], "saved": "x" * 500})
    out = io.BytesIO()
    code = batch.stream(evaluator(), io.BytesIO(lines(big, SELF).encode()), out.write).worst
    got = validate_jsonl(out.getvalue().decode())
    assert code == 3 and len(got) == 2
    assert got[0]["line"] == 1 and "longer than 100 bytes" in got[0]["error"]
    assert got[1]["exit_code"] == 0


def test_batch_path_does_not_import_rich(tmp_path: Path) -> None:

    f = tmp_path / "in.jsonl"
    f.write_text(lines(SELF))
    code = (
        "import sys; from icpcheck.cli.main import main\n"
        "try:\n    main(['check', '--batch', sys.argv[1]])\n"
        "except SystemExit:\n    pass\n"
        "assert 'rich' not in sys.modules and 'jsonschema' not in sys.modules, 'heavy import'\n"
    )
    r = subprocess.run([sys.executable, "-c", code, str(f)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert validate_jsonl(r.stdout)[0]["exit_code"] == 0


def test_a_batch_file_that_cannot_be_read_is_told_as_an_answers_file_is(runner: CliRunner,
                                                                          tmp_path: Path) -> None:
    r = runner.invoke(cli, ["check", "--batch", str(tmp_path / "nope.jsonl"), *AS_OF])
    assert r.exit_code == 3 and "no such file" in r.stderr and "hint:" in r.stderr
    r = runner.invoke(cli, ["check", "--batch", str(tmp_path), *AS_OF])
    assert r.exit_code == 3 and "is a directory, not a file" in r.stderr


def test_a_bad_json_line_is_told_in_the_language(runner: CliRunner) -> None:
    r = runner.invoke(cli, ["check", "--batch", "-", "--as-of", "2026-11-28", "--lang", "zh"], input='{"a": \n')
    assert validate_jsonl(r.stdout)[0]["error"] == "不是有效的 JSON：expecting value（第 8 列）"


def test_jobs_write_what_one_process_writes_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """--jobs: the same output, line for line and in order, and the same summary as one process,
    with error lines, an overlong line, a BOM and an unended last line among slices of three."""
    monkeypatch.setattr(batch, "SLICE_LINES", 3)
    monkeypatch.setattr(batch, "MAX_LINE", 400)
    objs: list[object] = []
    for i in range(20):
        objs += [{"id": i, **SELF}, {"id": f"h{i}", **HELD_ALL}, "{not json", {"sells_own_goods": True},
                 json.dumps({"answers": SELF, "saved": "x" * 500})]
    raw = b"\xef\xbb\xbf" + lines(*objs).encode().rstrip(b"\n")

    def run(jobs: int) -> tuple[bytes, batch.Summary]:
        ev = evaluator()
        ev.compact = True
        ev.jobs = jobs
        out = io.BytesIO()
        go = batch.stream if jobs == 1 else batch.stream_parallel
        done = go(ev, io.BytesIO(raw), out.write)
        return out.getvalue(), done

    one, two = run(1), run(2)
    assert one[0].count(b"\n") == len(objs) == 100
    assert two == one
    assert one[1].errors == 60 and one[1].worst == 3


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                    reason="the workers see the test's patch by fork")
def test_a_worker_that_dies_ends_the_batch_with_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed mid-batch (kill -9, the out-of-memory killer): a system failure (exit 6)
    that says what happened, not a wait for ever for the slice it had."""
    real = batch.stream

    def dies_on_its_second_slice(ev: batch.Evaluator, src: BinaryIO, write: Any, progress: Any = None,
                                 first: int = 1) -> batch.Summary:
        if first > 1:
            os._exit(9)
        return real(ev, src, write, progress, first)

    monkeypatch.setattr(batch, "stream", dies_on_its_second_slice)
    monkeypatch.setattr(batch, "SLICE_LINES", 2)
    ev = evaluator()
    ev.compact = True
    ev.jobs = 2
    with pytest.raises(SystemFailure) as caught:
        batch.stream_parallel(ev, io.BytesIO(lines(*[SELF] * 10).encode()), io.BytesIO().write)
    assert caught.value.exit_code == 6
    assert caught.value.text("en").startswith("a process checking lines stopped before its end")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the workers in /proc")
@pytest.mark.parametrize(("signum", "group", "times", "code", "said"), [
    (signal.SIGINT, True, 2, 130, "icpcheck: interrupted"),  # Ctrl-C, pressed twice, as a terminal sends it
    (signal.SIGTERM, False, 1, 143, "icpcheck: interrupted (SIGTERM)"),  # `kill PID`
    (signal.SIGTERM, True, 1, 143, "icpcheck: interrupted (SIGTERM)"),  # `timeout`, systemd: the whole group
])
def test_a_signal_while_workers_check_stops_them_at_once(tmp_path: Path, signum: int, group: bool, times: int,
                                                         code: int, said: str) -> None:
    """A signal while the workers are checking slices: the run ends within seconds with one line,
    no output file and no worker left running (a second Ctrl-C once left it waiting for ever)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from distinct import distinct_lines

    target = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "icpcheck", "check", "--batch", "-", "--jobs", "2", "-o",
                             str(target), *AS_OF], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        assert proc.stdin is not None
        feed = proc.stdin

        def send() -> None:  # full reports, seconds of work; the input left open
            with contextlib.suppress(OSError, ValueError):  # the run ended before it took every line
                feed.write(distinct_lines(2000))
                feed.flush()

        threading.Thread(target=send, daemon=True).start()
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        deadline = time.monotonic() + 20
        while True:  # until a worker is running (checking a slice)
            pids = [int(pid) for pid in children.read_text().split()]
            stats = [Path(f"/proc/{pid}/stat") for pid in pids]
            if len(pids) == 2 and any(p.exists() and p.read_text().rsplit(")", 1)[1].split()[0] == "R"
                                      for p in stats):
                break
            assert time.monotonic() < deadline, "no worker at work"
            time.sleep(0.01)
        for _ in range(times):
            os.killpg(proc.pid, signum) if group else proc.send_signal(signum)
            time.sleep(0.05)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    # A second Ctrl-C that lands after the first one's line, as the interpreter tears down, ends
    # the process by the signal itself (-2): interrupted all the same.
    assert proc.returncode == code or (times > 1 and proc.returncode == -signum), err
    assert err.decode().strip() == said
    assert list(tmp_path.iterdir()) == []
    for pid in pids:  # gone, or a zombie no one waits for
        status = Path(f"/proc/{pid}/status")
        assert not status.exists() or "\nState:\tZ" in status.read_text(), pid


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the workers in /proc")
def test_workers_stop_when_their_parent_is_killed(tmp_path: Path) -> None:
    """kill -9 of the parent (the out-of-memory killer): its workers stop within seconds, silently,
    instead of waiting for ever on a pipe that no one reads."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from distinct import distinct_lines

    source = tmp_path / "in.jsonl"
    source.write_bytes(distinct_lines(2000))
    proc = subprocess.Popen([sys.executable, "-m", "icpcheck", "check", "--batch", str(source), "--jobs", "2",
                             "-o", str(tmp_path / "out.jsonl"), *AS_OF], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    deadline = time.monotonic() + 20
    while len(pids := [int(pid) for pid in children.read_text().split()]) < 2:
        assert time.monotonic() < deadline, "no workers started"
        time.sleep(0.01)
    time.sleep(0.3)  # at work on their first slices

    def running() -> list[int]:
        return [pid for pid in pids if Path(f"/proc/{pid}/stat").exists()
                and Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"]

    proc.kill()
    try:
        _, err = proc.communicate(timeout=15)  # the workers hold its stdout and stderr too
        deadline = time.monotonic() + 15
        while running() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert running() == [] and err == b""
    finally:
        for pid in running():
            os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(sys.platform != "linux", reason="pipe sizes are Linux's")
def test_a_result_pipe_holds_a_compact_slices_output() -> None:
    """The workers' result pipes are widened to 1 MiB: a compact slice's output (~0.6 MB) in one write."""
    import fcntl

    reader, writer = multiprocessing.Pipe(duplex=False)
    try:
        batch._wide(writer)
        assert fcntl.fcntl(reader.fileno(), fcntl.F_GETPIPE_SZ) == batch.PIPE_BYTES
    finally:
        reader.close()
        writer.close()


def test_jobs_is_an_option_of_batch_alone(runner: CliRunner) -> None:
    r = runner.invoke(cli, ["check", "--model", "self_operated", "--jobs", "2", "--no-input"])
    assert r.exit_code == 2 and "--jobs" in r.stderr


# --- The compact short path against checking.run ------------------------------------------------

FUZZ = os.environ.get("ICPCHECK_FUZZ_PROFILE") or "default"
SHORT_EXAMPLES = {"default": 40, "ci": 1000, "long": 10_000}.get(FUZZ, 40)
SHORT_LINES = 30  # answer sets per example: 1,200 by default, 30,000 in CI
BUILTIN = load_rulebook()
FILINGS = [f.id for f in BUILTIN.filings]
SHORT_DAY = dt.date(2026, 11, 28)


def raw_answer(rng: random.Random, q: Question) -> object:
    """Any answer a line may give a question: its values as written, spelt otherwise (yes, 是,
    1, a comma-separated text, padded), and now and then a wrong one (another type, no such
    choice, an empty list, a nested list) or a {value, source} object."""
    words = [c.value for c in q.choices]
    roll = rng.randrange(60)
    if roll == 0:
        return rng.choice([None, 2, 1.0, -1, "", " ", "nope", "是", [], [["x"]], {"a": 1}, words[:1] or "x"])
    if roll == 1:
        return {"value": raw_answer(rng, q), "source": "flag"}
    if q.type == "yes_no":
        return rng.choice([True, False, True, False, "yes", "no", " Y ", "是", "没有", "true", 0, 1])
    if q.type == "one_of":
        word = rng.choice(words)
        return f" {word} " if roll == 2 else word
    plain = [c.value for c in q.choices if not c.exclusive]
    picked = sorted(rng.sample(plain, rng.randint(1, len(plain)))) if plain and roll > 5 else \
        [rng.choice(words) for _ in range(rng.randint(1, 3))]  # repeats, exclusive choices with others
    if roll == 3:
        return ",".join(picked)
    if roll == 4:
        return [f" {w}" for w in picked]
    return picked


def batch_line(rng: random.Random) -> object:
    """A line: every question answered, then some left out (all, a few, or none: defaults to
    fill, answers missing), maybe an unknown key, flat or structured with held filings and
    waivers (good, expired, or wrong)."""
    qs = list(BUILTIN.questions)
    answers: dict[str, object] = {q.id: raw_answer(rng, q) for q in qs}
    defaulted = [q for q in qs if q.default is not None]
    drop = rng.choice([0, 1, 2, 4, len(defaulted) // 2, len(defaulted)])
    for q in rng.sample(defaulted, drop):  # defaults fill these
        del answers[q.id]
    if rng.randrange(6) == 0:  # answers missing, or closed by a default
        for q in rng.sample(qs, rng.randint(1, len(qs))):
            answers.pop(q.id, None)
    if rng.randrange(30) == 0:
        answers[rng.choice(["sells_own_good", "id", "answers", "x"])] = True
    if rng.random() < 0.5:
        return answers
    line: dict[str, object] = {"answers": answers}
    if rng.random() < 0.5:
        line["held"] = rng.choice([rng.sample(FILINGS, rng.randint(0, 3)), rng.sample(FILINGS, 1), [], None,
                                   {"icp_filing": None}, ["no_such"], "icp_filing"])
    if rng.random() < 0.4:
        line["waivers"] = [{"filing": rng.choice(FILINGS), "reason": rng.choice(["r"] * 9 + [""]),
                            "expires": rng.choice(["2026-11-27", "2026-11-28", "2027-01-01", "soon"])}
                           for _ in range(rng.randint(0, 2))]
    if rng.randrange(20) == 0:
        line["saved"] = "2026-01-01"
    return line


@settings(max_examples=SHORT_EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(seed=st.integers(0, 2**32 - 1),
       fail_on=st.sampled_from([None, None, None, "none", "required", "review", "overdue", "due-within:30d"]),
       held=st.sets(st.sampled_from(FILINGS), max_size=2), strict=st.sampled_from([False, False, False, True]))
def test_compact_short_path_writes_what_checking_run_writes(seed: int, fail_on: str | None,
                                                            held: set[str], strict: bool) -> None:
    """Every compact line (and error line) of the short path is byte for byte the one the full
    path through checking.run writes, and the summary is the same."""
    def run(fast: bool) -> tuple[bytes, batch.Summary]:
        ev = batch.Evaluator(BUILTIN, name="t", holdings=gate.Holdings(frozenset(held)), fail_on=fail_on,
                             as_of=SHORT_DAY, lang="en", compact=True, strict=strict)
        ev.fast = fast
        out = io.BytesIO()
        done = batch.stream(ev, io.BytesIO(raw), out.write)
        return out.getvalue(), done

    rng = random.Random(seed)  # the lines from a seed: hypothesis drawing each answer costs ~50x
    raw = lines(*[batch_line(rng) for _ in range(SHORT_LINES)]).encode()
    assert run(True) == run(False)


def test_compact_short_path_takes_distinct_answer_sets_without_checking_run(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench's lines (every question answered, no two alike) and lines with defaults to fill
    never reach checking.run, and give what it gives."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from distinct import distinct_lines

    partial = lines(SELF, {"sells_own_goods": True, "third_party_sellers": True, "charges_sellers": True,
                           "paid_content": False, "channels": "mini_program, own_domain"}, HELD_ALL)
    raw = distinct_lines(300) + partial.encode()

    def run() -> bytes:
        ev = batch.Evaluator(BUILTIN, name="t", holdings=gate.Holdings(), fail_on=None, as_of=SHORT_DAY,
                             lang="en", compact=True)
        out = io.BytesIO()
        batch.stream(ev, io.BytesIO(raw), out.write)
        return out.getvalue()

    want = run()
    real = batch.checking.run
    monkeypatch.setattr(batch.checking, "run", lambda *a, **k: pytest.fail("checking.run was called"))
    assert run() == want
    monkeypatch.setattr(batch.checking, "run", real)
    assert want.count(b"\n") == 303 and b'"error"' not in want


def test_the_memo_pauses_while_lines_do_not_repeat(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under 1 line in 20 from the memo over a window: the next lines skip it (same output);
    lines that repeat keep it."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from distinct import distinct_lines

    monkeypatch.setattr(batch, "MEMO_WINDOW", 20)
    monkeypatch.setattr(batch, "MEMO_PAUSE", 50)
    different = distinct_lines(200)

    def run(raw: bytes, window: int) -> tuple[bytes, int, batch.Evaluator]:
        monkeypatch.setattr(batch, "MEMO_WINDOW", window)
        ev = batch.Evaluator(BUILTIN, name="t", holdings=gate.Holdings(), fail_on=None, as_of=SHORT_DAY,
                             lang="en", compact=True)
        looked = {"n": 0}
        real = batch._canonical
        monkeypatch.setattr(batch, "_canonical", lambda d: looked.__setitem__("n", looked["n"] + 1) or real(d))
        out = io.BytesIO()
        batch.stream(ev, io.BytesIO(raw), out.write)
        monkeypatch.setattr(batch, "_canonical", real)
        return out.getvalue(), looked["n"], ev

    paused, looked, _ = run(different, 20)
    always, looked_always, _ = run(different, 10**9)
    assert paused == always and looked_always == 200
    assert looked == 60  # 20 looked up, 50 not; 20, 50; 20, and the last 40 not
    repeated = lines(*[SELF, HELD_ALL, {"sells_own_goods": True}] * 70).encode()
    out, looked, ev = run(repeated, 20)
    assert looked == 210 and ev.unmemoised == 0 and out.count(b"\n") == 210


def test_the_memo_key_is_ascii_whatever_the_line_says() -> None:
    """The memo's budget counts a key's characters: a key of \\u escapes takes a byte a character
    (one emoji in a text key made Python store the whole key at four, and a batch used 2.5x its
    memory)."""
    key = batch._canonical({"sells_own_goods": {"value": True, "source": "店主说的 😀"}})
    assert key.isascii() and json.loads(key)["sells_own_goods"]["source"] == "店主说的 😀"


def test_a_worker_of_a_parallel_batch_tries_the_memo_on_its_share(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a worker of --jobs 2 the window and the pause are halved: the batch as a whole tries
    the memo on as many lines as one process would."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from distinct import distinct_lines

    monkeypatch.setattr(batch, "MEMO_WINDOW", 20)
    monkeypatch.setattr(batch, "MEMO_PAUSE", 50)
    different = b"".join(distinct_lines(200).splitlines(keepends=True)[:100])
    real = batch._canonical
    looked: list[object] = []
    monkeypatch.setattr(batch, "_canonical", lambda d: looked.append(d) or real(d))
    for jobs, expected in ((1, 20 + 20), (2, 10 + 10 + 10)):  # looked up; then 50 (25) skipped
        ev = batch.Evaluator(BUILTIN, name="t", holdings=gate.Holdings(), fail_on=None, as_of=SHORT_DAY,
                             lang="en", compact=True)
        ev.jobs = jobs
        looked.clear()
        batch.stream(ev, io.BytesIO(different), io.BytesIO().write)
        assert len(looked) == expected, jobs
