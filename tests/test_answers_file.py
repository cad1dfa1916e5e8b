"""Answers files: save → replay round trip, replay in a terminal, atomic writes."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

from icpcheck import __version__
from icpcheck.atomic import atomic_open, write_atomic
from icpcheck.cli import check as check_module
from icpcheck.cli import prompt
from icpcheck.cli.main import cli
from icpcheck.rulebook.build import load_rulebook
from tests.conftest import validate

AS_OF = ["--as-of", "2026-11-28", "--lang", "en"]


class Person:
    """Answers the interview in-process, by question id; records what was asked. A question not in
    `replies` gets its default (an empty reply) or, without one, "no". The review at the end takes
    `reviews` in turn (then Enter); "which do you hold?" takes `held` (Enter: none)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, replies: dict[str, str],
                 reviews: tuple[str, ...] = (), held: str = "") -> None:
        self.replies = dict(replies)
        self.reviews = list(reviews)
        self.held = held
        self.asked: list[str] = []  # question texts, in order
        self._said: list[str] = []
        monkeypatch.setattr(check_module, "stdin_is_terminal", lambda: True)
        monkeypatch.setattr(
            prompt,
            "interview",
            functools.partial(prompt.interview, ask=self.ask, say=self._said.append),
        )
        monkeypatch.setattr(
            prompt, "ask_held", functools.partial(prompt.ask_held, ask=lambda hint: self.held,
                                                  say=self._said.append))

    @property
    def said(self) -> list[str]:
        return [click.unstyle(s) for s in self._said]

    def ask(self, hint: str) -> str:
        if hint.startswith("Enter to see the report"):
            return self.reviews.pop(0) if self.reviews else ""
        texts = {q.text.en: q.id for q in load_rulebook().questions}
        said = [click.unstyle(s) for s in self._said]
        qid = next(texts[s] for s in reversed(said) if s in texts)
        self.asked.append(qid)
        q = load_rulebook().question(qid)
        assert q is not None
        return self.replies.get(qid, "" if q.default is not None else "no")


def saved_yaml(path: Path) -> dict[str, object]:
    data = yaml.safe_load(path.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def test_round_trip_gives_an_identical_report(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = tmp_path / "answers.yaml"
    person = Person(monkeypatch, {"sells_own_goods": "no", "third_party_sellers": "yes",
                                  "charges_sellers": "yes", "channels": "1,2"})
    first = runner.invoke(
        cli,
        ["check", "--save-answers", str(saved), "--held", "icp_filing", "--format", "json", *AS_OF],
    )
    assert first.exit_code == 1, first.stderr  # icp_filing held; the rest of what's required is not
    asked = [q for q in person.asked if q in ("sells_own_goods", "third_party_sellers",
                                               "charges_sellers", "channels")]
    assert asked == ["sells_own_goods", "third_party_sellers", "charges_sellers", "channels"]
    monkeypatch.setattr(check_module, "stdin_is_terminal", lambda: False)
    again = runner.invoke(cli, ["check", "--answers", str(saved), "--format", "json", *AS_OF])
    assert again.exit_code == 1, again.stderr
    assert json.loads(again.stdout) == json.loads(first.stdout)
    assert again.stdout == first.stdout
    # The text report too: byte for byte.
    text_first = runner.invoke(cli, ["check", "--answers", str(saved), *AS_OF]).stdout
    saved2 = tmp_path / "again.yaml"
    runner.invoke(cli, ["check", "--answers", str(saved), "--save-answers", str(saved2), *AS_OF])
    assert runner.invoke(cli, ["check", "--answers", str(saved2), *AS_OF]).stdout == text_first


def test_saved_file_records_sources_rulebook_tool_and_date(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = tmp_path / "answers.yaml"
    Person(monkeypatch, {"sells_own_goods": "yes", "third_party_sellers": "no"})  # defaults for the rest
    r = runner.invoke(cli, ["check", "--save-answers", str(saved), "-a", "paid_content=no", *AS_OF])
    assert r.exit_code == 0, r.stderr
    data = saved_yaml(saved)
    validate("answers", data)
    rb = load_rulebook()
    assert data["rulebook"] == {"id": rb.id, "version": rb.version, "sha256": rb.sha256}
    assert data["tool"] == {"name": "icpcheck", "version": __version__}
    assert isinstance(data["saved"], str)
    assert dt.datetime.fromisoformat(data["saved"]).date() <= dt.date.today()
    answers = data["answers"]
    assert isinstance(answers, dict)
    assert answers["paid_content"] == {"value": False, "source": "flag"}
    assert answers["sells_own_goods"] == {"value": True, "source": "prompt"}
    assert data["held"] == [] and data["waivers"] == []


def test_replay_in_a_terminal_asks_only_new_or_invalid_questions(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "answers.yaml"
    f.write_text(
        yaml.safe_dump(
            {
                "answers": {
                    "sells_own_goods": {"value": True, "source": "prompt"},
                    "third_party_sellers": {"value": False, "source": "prompt"},
                    "paid_content": {"value": "maybe", "source": "prompt"},  # no longer valid
                    "old_question": {"value": True, "source": "prompt"},
                },  # gone from the rulebook
                "held": ["icp_filing"],
            }
        )
    )
    person = Person(monkeypatch, {"paid_content": "no", "channels": "2"})
    r = runner.invoke(cli, ["check", "--answers", str(f), "--format", "json", *AS_OF])
    # Only what the file lacks or no longer validates is asked (channels: never answered).
    assert {"sells_own_goods", "third_party_sellers"}.isdisjoint(person.asked)
    assert person.asked[0] == "paid_content" and "channels" in person.asked
    assert "dropped 2 answer(s)" in r.stderr
    assert "paid_content" in r.stderr and "old_question" in r.stderr
    d = json.loads(r.stdout)
    sources = {a["id"]: a["source"] for a in d["answers"]}
    assert set(sources.values()) == {"prompt"}
    assert {"sells_own_goods", "third_party_sellers", "paid_content", "channels"} <= set(sources)
    icp = next(f for f in d["filings"] if f["id"] == "icp_filing")
    assert icp["held"] is True


def test_replay_without_a_terminal_fails_on_invalid_or_missing(
    runner: CliRunner, tmp_path: Path
) -> None:
    f = tmp_path / "answers.yaml"
    f.write_text("answers:\n  sells_own_goods: {value: maybe, source: prompt}\n")
    r = runner.invoke(cli, ["check", "--answers", str(f), *AS_OF])
    assert r.exit_code == 3 and "'maybe' is not yes or no" in r.stderr
    f.write_text("answers:\n  sells_own_goods: {value: yes, source: prompt}\n")
    r = runner.invoke(cli, ["check", "--answers", str(f), *AS_OF])
    assert r.exit_code == 3 and "missing answers" in r.stderr and r.stdout == ""


def test_a_file_from_another_rulebook_gives_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "answers.yaml"
    f.write_text(
        "rulebook: {id: wechat-mall, version: 0.9.0, sha256: abc123}\n"
        "answers: {sells_own_goods: yes, third_party_sellers: no, paid_content: no}\n"
    )
    r = runner.invoke(cli, ["check", "--answers", str(f), *AS_OF])
    assert r.exit_code == 0
    assert "was saved against rulebook wechat-mall 0.9.0" in r.stderr


def test_a_file_with_only_held_filings_is_the_structured_form(
    runner: CliRunner, tmp_path: Path
) -> None:
    f = tmp_path / "held.yaml"
    f.write_text("held: [icp_filing, psb_filing]\n")
    r = runner.invoke(cli, ["check", "--answers", str(f), "--model", "self-operated", *AS_OF])
    assert r.exit_code == 0, r.stderr


# --- atomic writes ---------------------------------------------------------------------------


def test_write_atomic_replaces_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_atomic(str(target), "one\n")
    write_atomic(str(target), "two ✓\n")
    assert target.read_text("utf-8") == "two ✓\n"
    assert os.listdir(tmp_path) == ["out.txt"]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_failure_mid_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_open(str(target)) as f:
        f.write(b'{"half": ')
        raise RuntimeError("killed mid-write")
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["report.json"]


def test_output_failure_keeps_the_old_report(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old\n")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("icpcheck.atomic.os.fsync", disk_full)
    r = runner.invoke(
        cli,
        [
            "--model",
            "self-operated",
            "--no-input",
            "--format",
            "json",
            "--output",
            str(target),
            *AS_OF,
        ],
    )
    assert r.exit_code == 6  # the system refused the write: disk full
    assert "cannot write" in r.stderr and "No space left" in r.stderr
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["report.json"]


def test_output_writes_the_report_and_a_summary_line(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    args = [
        "--model",
        "self-operated",
        "--no-input",
        "--format",
        "json",
        "--held",
        "icp_filing",
        "-a", "channels=own_domain", "-a", "goods=general_goods", "-a", "activities=none",  # none assumed
        "-a", "operator=company",
        *AS_OF,
    ]
    plain = runner.invoke(cli, args)
    r = runner.invoke(cli, [*args, "--output", str(target)])
    assert r.exit_code == plain.exit_code == 1
    assert r.stdout == ""
    assert target.read_text("utf-8") == plain.stdout
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"icpcheck: wrote {target}: 2 required")
    assert "gate FAILED" in lines[0] and "psb_filing" in lines[0]


def test_save_answers_to_a_missing_directory_is_exit_6(runner: CliRunner, tmp_path: Path) -> None:
    r = runner.invoke(
        cli,
        [
            "--model",
            "self-operated",
            "--no-input",
            "--save-answers",
            str(tmp_path / "no" / "such.yaml"),
            *AS_OF,
        ],
    )
    assert r.exit_code == 6 and "cannot write" in r.stderr  # README: an output you cannot write


def test_replay_through_a_real_terminal_asks_only_the_dropped_question(tmp_path: Path) -> None:
    import sys

    import pexpect
    f = tmp_path / "answers.yaml"
    f.write_text(
        "answers:\n"
        "  sells_own_goods: {value: true, source: prompt}\n"
        "  third_party_sellers: {value: false, source: prompt}\n"
        "  paid_content: {value: sometimes, source: prompt}\n"
        "  channels: {value: [own_domain], source: prompt}\n"
        "  goods: {value: [general_goods], source: prompt}\n"
        "  activities: {value: [none], source: prompt}\n"
        "  wechat_only: {value: false, source: prompt}\n"
        "  foreign_equity: {value: none, source: prompt}\n"
        "  users_where: {value: one_province, source: prompt}\n"
        "  operator: {value: company, source: prompt}\n"
    )
    child = pexpect.spawn(
        sys.executable,
        [
            "-m",
            "icpcheck",
            "check",
            "--answers",
            str(f),
            "--lang",
            "en",
            "--as-of",
            "2026-11-28",
            "--format",
            "json",
        ],
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LC_ALL": "C.UTF-8"},
        encoding="utf-8",
        timeout=20,
    )
    import io

    seen = io.StringIO()
    child.logfile_read = seen
    child.expect("dropped 1 answer")
    child.expect("Do you charge users for information")
    child.expect("›")
    child.sendline("no")
    child.expect("Enter to see the report")  # the review of the answers: accepted as they are
    child.sendline("")
    child.expect("already hold")  # none held
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    everything = seen.getvalue()
    assert everything.count("›") == 3  # one question asked, once; then the review and what is held
    assert everything.count("Do you charge users for information") == 2  # asked, then reviewed
    asked = everything[:everything.index("Your answers")]
    assert "Do you sell goods" not in asked and "Through which channels" not in asked
    report = json.loads(everything[everything.index("{") :])
    validate("report", report)
    assert {a["id"]: a["source"] for a in report["answers"]}["paid_content"] == "prompt"


def test_text_output_file_has_no_colour_codes_even_from_a_terminal(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from icpcheck.answers import fill_defaults, from_models
    from icpcheck.engine import evaluate
    from icpcheck.render import render
    from icpcheck.render import text as text_render

    monkeypatch.delenv("NO_COLOR", raising=False)
    rb = load_rulebook()
    answers = from_models(rb, ["self-operated"])
    answers = fill_defaults(rb, answers, dt.date(2026, 11, 28))
    report = evaluate(rb, answers, dt.date(2026, 11, 28))
    assert "\x1b[" in render(report, "text", "en", terminal=True)
    assert "\x1b[" not in render(report, "text", "en", terminal=False)

    seen: list[bool | None] = []
    original = text_render.render

    def spy(report: object, lang: str, terminal: bool | None = None, **options: bool) -> str:
        seen.append(terminal)
        return original(report, lang, terminal, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(text_render, "render", spy)
    target = tmp_path / "report.txt"
    r = runner.invoke(
        cli, ["--model", "self-operated", "--no-input", "--output", str(target), *AS_OF]
    )
    assert r.exit_code == 0 and seen == [False]
    assert "\x1b[" not in target.read_text("utf-8")


def test_write_atomic_writes_through_a_fifo_instead_of_replacing_it(tmp_path: Path) -> None:
    # `--output /dev/null` once swapped the machine's /dev/null for a plain file; a FIFO shows the
    # same thing safely: a target that is not a regular file is written in place, never replaced.
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_atomic(str(fifo), "report ✓\n")
    reader.join(timeout=10)
    assert got == ["report ✓\n".encode()]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]  # no temp file left


def test_flat_answers_beside_held_say_where_the_answers_go(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text('{"sells_own_goods": true, "held": ["icp_filing"]}')
    r = runner.invoke(cli, ["check", "--answers", str(f), *AS_OF])
    assert r.exit_code == 3
    assert "put the answers ['sells_own_goods'] under 'answers:'" in r.stderr


def test_bad_values_are_quoted_as_the_file_wrote_them(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "a.yaml"
    f.write_text("sells_own_goods: 2024-01-01\npaid_content: null\nchannels: {a: 1}\n", "utf-8")
    r = runner.invoke(cli, ["check", "--answers", str(f), "--no-input"])
    assert r.exit_code == 3
    assert '"2024-01-01" is not yes or no' in r.stderr and "null is not yes or no" in r.stderr
    assert 'not {"a": 1}' in r.stderr
    assert "datetime" not in r.stderr and "None" not in r.stderr  # no Python in a user's message


def test_a_yaml_file_may_start_with_a_flow_mapping(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "mall.yaml"
    f.write_text("{sells_own_goods: yes, third_party_sellers: no, paid_content: no}\n", "utf-8")
    r = runner.invoke(cli, ["check", "--answers", str(f), "--no-input", "--format", "json"])
    assert r.exit_code == 0, r.stderr
    # The same text in a .json file is what it looks like: JSON that is not valid.
    g = tmp_path / "mall.json"
    g.write_text(f.read_text("utf-8"), "utf-8")
    r = runner.invoke(cli, ["check", "--answers", str(g), "--no-input"])
    assert r.exit_code == 3 and "invalid JSON" in r.stderr


@pytest.mark.parametrize("lang, words", [("zh", "icpcheck 的回答"), ("en", "icpcheck answers: replay")])
def test_saved_answers_have_their_comments_in_the_language(runner: CliRunner, tmp_path: Path, lang: str,
                                                           words: str) -> None:
    saved = tmp_path / "a.yaml"
    r = runner.invoke(cli, ["check", "--lang", lang, "--model", "self-operated", "--no-input", "-q",
                            "--save-answers", str(saved)])
    assert r.exit_code == 0, r.stderr
    assert saved.read_text("utf-8").startswith(f"# {words}")
