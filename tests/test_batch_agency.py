"""`check --batch` at an agency's scale: line ids, compact lines, the memo against ids and waiver
reasons, the end line, and hostile lines that must each get an error line (issue 18, issue 19)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from icpcheck import batch
from icpcheck.cli.main import cli
from tests.conftest import validate_jsonl
from tests.test_batch import AS_OF, SELF, evaluator, lines

WAIVED = {"answers": SELF, "held": ["icp_filing"],
          "waivers": [{"filing": "psb_filing", "reason": "booked", "expires": "2027-01-01"}]}


def run(runner: CliRunner, text: str | bytes, *extra: str) -> tuple[int, list[dict[str, object]], str]:
    r = runner.invoke(cli, ["check", "--batch", "-", *AS_OF, *extra], input=text)
    return r.exit_code, validate_jsonl(r.stdout), r.stderr


@pytest.mark.parametrize("ident", ["client-7", 42, 4.5, True, None, "客户"])
def test_an_id_of_any_scalar_is_echoed_first(runner: CliRunner, ident: object) -> None:
    code, out, _ = run(runner, lines({"id": ident, **WAIVED}, {"id": ident, "answers": {"sells_own_goods": "maybe"}}))
    assert code == 3
    assert out[0]["id"] == ident and out[0]["exit_code"] == 0 and "summary" in out[0]
    assert out[1]["id"] == ident and out[1]["line"] == 2 and "not yes or no" in str(out[1]["error"])


def test_the_id_is_the_only_difference_from_the_plain_line(runner: CliRunner) -> None:
    _, (plain, with_id), _ = run(runner, lines(WAIVED, {**WAIVED, "id": "a"}))
    assert "id" not in plain
    assert with_id.pop("id") == "a" and with_id == plain


def test_an_id_must_be_a_scalar(runner: CliRunner) -> None:
    code, out, _ = run(runner, lines({"id": [1], **WAIVED}, {"id": {"a": 1}, **WAIVED}, '{"id": 1e999, "answers": {}}',
                                     {"id": 2, **WAIVED}))
    assert code == 3 and [o["exit_code"] for o in out] == [3, 3, 3, 0]
    assert all("id" not in o for o in out[:3]) and out[3]["id"] == 2
    assert "'id' must be" in str(out[0]["error"]) and "finite" in str(out[2]["error"])


def test_compact_lines_are_small_and_agree_with_the_full_report(runner: CliRunner) -> None:
    platform = {**SELF, "third_party_sellers": True, "charges_sellers": True}
    gated = {"id": "g", "answers": platform, "held": ["icp_filing"]}
    text = lines({"id": 1, **WAIVED}, SELF, gated, "oops")
    code, full, _ = run(runner, text)
    ccode, compact, stderr = run(runner, text, "--compact")
    assert code == ccode == 3 and len(compact) == 4
    for f, c in zip(full[:3], compact[:3], strict=True):
        assert len(json.dumps(c, ensure_ascii=False).encode()) <= 2048
        assert set(c) == {"id", "filings", "blockers", "gate", "exit_code"}
        assert c["id"] == f.get("id")
        assert c["filings"] == {x["id"]: x["status"] for x in f["filings"]}  # type: ignore[union-attr]
        assert c["blockers"] == [{"filing": b["filing"], "rule": b["rule"]} for b in f["blockers"]]  # type: ignore[union-attr]
        assert c["gate"] == f["gate"] and c["exit_code"] == f["exit_code"]
    assert compact[2]["exit_code"] == 1 and compact[3]["error"] == full[3]["error"]
    assert stderr.startswith("icpcheck: batch: 4 lines read, 3 reports written, 1 errors, 1 gate failures;")


def test_compact_is_only_for_batch(runner: CliRunner) -> None:
    r = runner.invoke(cli, ["check", "--compact", "--no-input", "--model", "platform", *AS_OF])
    assert r.exit_code == 2 and "--compact" in r.stderr


def test_ids_do_not_defeat_the_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"run": 0, "render": 0}
    real_run, real_render = batch.checking.run, batch.compact_dict

    def counted(name: str, real: object) -> object:
        def call(*a: object, **k: object) -> object:
            calls[name] += 1
            return real(*a, **k)  # type: ignore[operator]
        return call

    monkeypatch.setattr(batch.checking, "run", counted("run", real_run))
    monkeypatch.setattr(batch, "compact_dict", counted("render", real_render))
    ev = evaluator()
    ev.compact = True
    ev.fast = False  # every line through checking.run, whose calls are counted
    objs = [{"id": i, "answers": SELF, "held": ["icp_filing"],
             "waivers": [{"filing": "psb_filing", "reason": "pending", "expires": "2027-01-01"}]}
            for i in range(300)]
    out = io.BytesIO()
    done = batch.stream(ev, io.BytesIO(lines(*objs).encode()), out.write)
    assert done.reports == 300 and calls == {"run": 1, "render": 1}
    assert [json.loads(x)["id"] for x in out.getvalue().splitlines()] == list(range(300))
    # The short path of compact lines is memoised the same way: one evaluation, the same lines.
    short = {"n": 0}
    real_short = batch.Evaluator._compact_line

    def counted_short(self: batch.Evaluator, data: dict[str, object]) -> batch.Hit | None:
        short["n"] += 1
        return real_short(self, data)

    monkeypatch.setattr(batch.Evaluator, "_compact_line", counted_short)
    ev = evaluator()
    ev.compact = True
    again = io.BytesIO()
    done = batch.stream(ev, io.BytesIO(lines(*objs).encode()), again.write)
    assert done.reports == 300 and short["n"] == 1 and calls == {"run": 1, "render": 1}
    assert again.getvalue() == out.getvalue()


def test_an_expired_waiver_never_reuses_an_active_ones_verdict() -> None:
    """The memo's key is the whole line: a line with an expired waiver gets its own verdict even
    after an identical line whose waiver was still good (issue 30, item 2)."""
    ev = evaluator()
    ev.compact = True
    good = {"answers": SELF, "waivers": [{"filing": "psb_filing", "reason": "r", "expires": "2099-01-01"}]}
    gone = {"answers": SELF, "waivers": [{"filing": "psb_filing", "reason": "r", "expires": "2000-01-01"}]}
    out = io.BytesIO()
    batch.stream(ev, io.BytesIO(lines(good, gone).encode()), out.write)
    first, second = (json.loads(x) for x in out.getvalue().splitlines())
    alone, ev = io.BytesIO(), evaluator()
    ev.compact = True
    batch.stream(ev, io.BytesIO(lines(gone).encode()), alone.write)
    assert second == {**json.loads(alone.getvalue()), "id": None}
    assert "psb_filing" not in first["gate"]["failing"] and "psb_filing" in second["gate"]["failing"]


def test_the_end_line_counts_and_names_the_output_file(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    r = runner.invoke(cli, ["check", "--batch", "-", "--compact", "-o", str(target), *AS_OF],
                      input=lines(WAIVED, WAIVED, "[]"))
    assert r.exit_code == 3 and r.stdout == ""
    assert r.stderr == (f"icpcheck: wrote {target}: batch: 3 lines read, 2 reports written, 1 errors, 0 gate "
                        "failures; filings: 4 required, 2 review, 52 not required; exit code 3\n")
    assert len(validate_jsonl(target.read_text("utf-8"))) == 3
    zh = runner.invoke(cli, ["check", "--batch", "-", "--as-of", "2026-11-28", "--lang", "zh"], input=lines(SELF))
    assert zh.stderr.startswith("icpcheck: 批量：读取 1 行")


def test_a_progress_bar_only_when_asked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import datetime as dt

    from icpcheck import gate
    from icpcheck.rulebook.build import load_rulebook

    src = tmp_path / "in.jsonl"
    src.write_text(lines(*[SELF] * 600))
    from icpcheck.cli.check import _progress_bar

    outs = []
    for show in (False, True):
        target = tmp_path / f"out{show}.jsonl"
        done = batch.run_batch(load_rulebook(), str(src), str(target), holdings=gate.Holdings(), fail_on=None,
                               as_of=dt.date(2026, 11, 28), lang="en", compact=True,
                               progress_bar=_progress_bar if show else None)
        assert done.lines == 600
        outs.append(target.read_bytes())
    assert outs[0] == outs[1]


# --- issue 19: every bad line gets its error line (exit 3 for it), the rest go on ---------------

HOSTILE = {
    "lone surrogate": '{"sells_own_goods": "\\ud800"}',
    "lone surrogate in the id": '{"id": "\\udfff", "answers": {}}',
    "deep nesting": "[" * 100_000 + "]" * 100_000,
    "deep nesting in an object": '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "duplicate key": '{"sells_own_goods": true, "sells_own_goods": false}',
    "duplicate key nested": '{"answers": {"paid_content": true, "paid_content": true}}',
    "NaN": '{"id": NaN, "answers": {}}',
    "huge number": '{"id": ' + "9" * 5000 + "}",
    "invalid UTF-8": b'{"sells_own_goods": "\xff"}',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_line_gets_an_error_line_and_the_rest_go_on(runner: CliRunner, name: str) -> None:
    bad = HOSTILE[name]
    text = lines(SELF).encode() + (bad if isinstance(bad, bytes) else bad.encode()) + b"\n" + lines(SELF).encode()
    code, out, _ = run(runner, text, "--compact")
    assert code == 3, out
    assert [o["exit_code"] for o in out] == [0, 3, 0]
    assert out[1]["line"] == 2 and "internal" not in str(out[1]["error"])
    if name.startswith("duplicate"):
        assert "duplicate key" in str(out[1]["error"])


def test_a_surrogate_pair_written_as_escapes_is_fine(runner: CliRunner) -> None:
    code, out, _ = run(runner, '{"id": "\\ud83d\\ude00", "answers": ' + json.dumps(SELF) + "}\n")
    assert code == 0 and out[0]["id"] == "\U0001f600"


def _icpcheck(*args: str | bytes, **kw: object) -> subprocess.CompletedProcess[bytes]:
    code = "import sys; from icpcheck.cli.main import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, timeout=60, **kw)  # type: ignore[call-overload, no-any-return]


def test_a_batch_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    path = os.fsencode(tmp_path) + b"/in-\xff.jsonl"
    with open(path, "wb") as f:
        f.write(lines(SELF, SELF, "oops", SELF).encode())
    p = _icpcheck(b"check", b"--batch", path, *[a.encode() for a in AS_OF])
    assert p.returncode == 3, p.stderr
    out = validate_jsonl(p.stdout.decode())
    assert [o["exit_code"] for o in out] == [0, 0, 3, 0]
    sources = {a["source"] for a in out[0]["answers"]}  # type: ignore[attr-defined]
    assert any(s.endswith("in-\\xff.jsonl") for s in sources), sources
    assert b"4 lines read" in p.stderr


def test_closed_stdin_is_a_documented_code() -> None:
    p = _icpcheck("check", "--batch", "-", *AS_OF, stdin=None, preexec_fn=lambda: os.close(0))
    assert p.returncode == 3, p.stderr
    assert b"standard input is closed" in p.stderr and b"Traceback" not in p.stderr


def test_a_progress_bar_on_a_terminal_and_none_with_quiet(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    src = tmp_path / "in.jsonl"
    src.write_text(lines(*[{"id": i, **WAIVED} for i in range(2000)]))
    icpcheck = str(Path(sys.executable).parent / "icpcheck")
    seen = {}
    for extra in ([], ["--quiet"]):
        child = pexpect.spawn(icpcheck, ["check", "--batch", str(src), "--compact", "-o", str(tmp_path / "o"),
                                         *AS_OF, *extra], encoding="utf-8", timeout=60)
        child.expect(pexpect.EOF)
        child.close()
        seen[bool(extra)] = (child.exitstatus, child.before)
    code, text = seen[False]
    assert code == 0 and "2,000 lines" in text and "100%" in text  # the bar, drawn on the terminal
    assert text.rstrip().endswith("exit code 0")  # then the end line
    assert seen[True] == (0, "")
