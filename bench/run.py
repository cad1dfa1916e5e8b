"""icpcheck's benchmark: whole processes, each figure a ratio to a baseline measured in the same run.

    python bench/run.py            # with the venv's python, where icpcheck is installed
    python bench/run.py --quick    # fewer runs and lines: a smoke test, not the figures

(a) median wall time of `icpcheck check --answers FILE --format json` over that of
    `python -c "import click, yaml"` (the interpreter with icpcheck's two unavoidable libraries);
    and the built-in rulebook's own YAML named with --rules over the built-in run (<= 1.5x; read
    back from the cache of parsed YAML after the first run), with the cache off for reference;
(b) lines per second of `icpcheck check --batch` over those of a bare loop that only json.loads and
    json.dumps each line, on the same 100,000 lines, whose answer sets repeat (the memo's hit rate is
    shown); then `--compact` on 30,000 lines whose answer sets are all different (goal >= 0.1x), and
    that batch with `--jobs 2` over one job (goal >= 1.7x on 2 free cores);
(c) peak memory (ru_maxrss) of a 1,000,000-line batch over that of a 10,000-line one;
(d) seconds of the default rulebook's verification (`icpcheck.authoring.verify.verify`: PySAT with a
    time budget), and of the whole `icpcheck rules lint` process for reference; growth: verification of
    1,000 rules on one filing (< 0.5 s) and of 300 dated rules overriding one another (< 1 s);
(e) the Python API's checks per second with the loaded rulebook (>= 2,000/s);
(g) growth in the rulebook: a copy of the built-in one five times its size checks (--rules) in
    <= 5x the time of the built-in one, and lints (its verification time, for reference);
(f) the text and HTML reports against the floor (<= 1.35x, <= 1.5x), and for reference the JSON
    report's writer against json.dumps in this process.

Exits 1 when a target is missed. Plain Python and subprocesses only; not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from distinct import distinct_lines  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.dirname(sys.executable)

# The answers every run of (a) uses: a platform with third-party sellers that charges them.
# A marketplace that charges its merchants, on a mini-program and its own domain: (a) and (e).
ANSWERS = MARKETPLACE = {
    "sells_own_goods": True,
    "third_party_sellers": True,
    "charges_sellers": True,
    "paid_content": False,
    "channels": ["mini_program", "own_domain"],
}

BARE_LOOP = """
import json, sys
out = sys.stdout.buffer
for line in sys.stdin.buffer:
    out.write(json.dumps(json.loads(line)).encode() + b"\\n")
"""

MAXRSS = """
import resource, subprocess, sys
with open(sys.argv[1], "rb") as src:
    code = subprocess.run(sys.argv[2:], stdin=src, stdout=subprocess.DEVNULL).returncode
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    # Both sides run from compiled bytecode (pip compiles click and yaml on install; an editable
    # icpcheck is compiled by warm-up below), whatever the calling shell says.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def icpcheck_cmd() -> list[str]:
    script = os.path.join(BIN, "icpcheck.exe" if os.name == "nt" else "icpcheck")
    if not os.path.exists(script):
        sys.exit(f"bench: no icpcheck script beside {sys.executable}; pip install -e . into this venv")
    return [script]


def wall(cmd: list[str], env: dict[str, str], stdin_path: str | None = None) -> float:
    src = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL  # noqa: SIM115
    try:
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdin=src, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        seconds = time.perf_counter() - start
    finally:
        if stdin_path:
            src.close()  # type: ignore[union-attr]
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return seconds


def batch_lines(n: int, seed: int = 6) -> bytes:
    """n answers objects, one a line: random businesses, key order shuffled, a few held filings."""
    rng = random.Random(seed)
    channels = ["mini_program", "own_domain", "saas_storefront"]
    lines = []
    for _ in range(n):
        third = rng.random() < 0.5
        answers: dict[str, object] = {
            "sells_own_goods": rng.random() < 0.7,
            "third_party_sellers": third,
            "paid_content": rng.random() < 0.3,
            "channels": sorted(rng.sample(channels, rng.randint(1, 3))),
        }
        if third:
            answers["charges_sellers"] = rng.random() < 0.6
        items = list(answers.items())
        rng.shuffle(items)
        obj: dict[str, object] = dict(items)
        if rng.random() < 0.2:
            obj = {"answers": obj, "held": ["icp_filing"]}
        lines.append(json.dumps(obj, separators=(",", ":") if rng.random() < 0.5 else (", ", ": ")))
    return ("\n".join(lines) + "\n").encode()


def hit_rate(path: str, compact: bool) -> float:
    """The share of a batch's lines whose output comes from the memo: the batch's own Evaluator
    run in this process over the first 10,000 lines, its evaluations counted."""
    import io

    from icpcheck import batch, checking, gate

    ev = batch.Evaluator(checking.builtin_rulebook(), name="bench", holdings=gate.Holdings(), fail_on=None,
                         as_of=dt.date.today(), lang="en", compact=compact)
    evaluated = 0
    real = ev._evaluate

    def counted(data: dict[str, object]) -> batch.Hit:
        nonlocal evaluated
        evaluated += 1
        return real(data)

    ev._evaluate = counted  # type: ignore[method-assign]
    with open(path, "rb") as f:
        head = b"".join(f.readline() for _ in range(10_000))
    done = batch.stream(ev, io.BytesIO(head), lambda b: None)
    return 1 - evaluated / max(1, done.lines)


def growth() -> list[tuple[str, str, str, str, bool]]:
    """Verification time as rules per filing and dated overrides grow (in this process)."""
    from icpcheck.authoring.verify import verify
    from icpcheck.rulebook.build import build_rulebook
    from icpcheck.rulebook.reader import Document

    t = {"zh": "文", "en": "text"}
    cite = [{"source": "law", "confidence": "law"}]

    def book(questions: list[dict[str, object]], rules: list[dict[str, object]]) -> object:
        data = {"id": "scale", "version": "1", "checked": "2026-01-01", "title": t, "notice": t,
                "sources": {"law": {"title": t, "date": "2000-01-01"}}, "questions": questions,
                "filings": [{"id": "licence", "name": t, "what": t, "issuer": t, "basis": cite}], "rules": rules}
        rb, problems = build_rulebook(Document(data, {}, "bench"), "bench")
        assert rb is not None, problems[:3]
        return rb

    def effect(status: str) -> dict[str, object]:
        return {"filing": "licence", "status": status, "reason": t, "citations": cite}

    def per_filing(n: int) -> object:
        qs = [f"q{i}" for i in range(n)]
        rules: list[dict[str, object]] = [{"id": f"r{i}", "when": {"q": q, "is": True}, "sets": [effect("required")]}
                                          for i, q in enumerate(qs)]
        rules.append({"id": "none", "when": {"all": [{"q": q, "is": False} for q in qs]},
                      "sets": [effect("not_required")]})
        return book([{"id": q, "type": "yes_no", "text": t} for q in qs], rules)

    def dated(n: int) -> object:
        rules: list[dict[str, object]] = [
            {"id": f"d{i}", "when": {"q": "sells", "is": True},
             "sets": [effect("required" if i % 2 else "not_required")],
             "valid_from": (dt.date(2000, 1, 1) + dt.timedelta(days=i)).isoformat(),
             "overrides": [f"d{j}" for j in range(i)]} for i in range(n)]
        rules.append({"id": "no", "when": {"q": "sells", "is": False}, "sets": [effect("not_required")]})
        return book([{"id": "sells", "type": "yes_no", "text": t}], rules)

    def seconds(rb: object) -> float:
        start = time.process_time()
        verify(rb)  # type: ignore[arg-type]
        return time.process_time() - start

    out = []
    for label, make, small, big, limit in (("rules on one filing", per_filing, 200, 1000, 0.5),
                                           ("dated rules overriding each other", dated, 100, 300, 1.0)):
        a, b = seconds(make(small)), seconds(make(big))
        slope = __import__("math").log(max(b, 1e-6) / max(a, 1e-6)) / __import__("math").log(big / small)
        out.append((f"(d) verification, {label}: {small} / {big}", f"{a:.3f} s / {b:.3f} s CPU (N^{slope:.1f})",
                    f"{b:.3f} s", f"< {limit} s", b < limit))
    return out


def five_times(icp: list[str], env: dict[str, str], tmp: str, answers: str,
               runs: int) -> list[tuple[str, str, str, str, bool]]:
    """Growth in the rulebook: the built-in one and a copy five times its size (its questions,
    filings and rules copied under new ids: tests/authoring/grow.py), both with --rules and read
    back from the cache, each copy answered as the original is: `check` whole processes and the
    verification in this process; and the 5x copy (over 1 MiB) lints, with --max-input-bytes."""
    import math

    import yaml

    sys.path.insert(0, os.path.dirname(HERE))
    from icpcheck.authoring.verify import verify
    from icpcheck.rulebook.build import default_rulebook_path, load_rulebook
    from tests.authoring.grow import multiply, multiply_answers

    with open(default_rulebook_path(), encoding="utf-8") as f:
        data = yaml.safe_load(f)
    with open(answers, encoding="utf-8") as f:
        given = json.load(f)
    paths, answer_paths = {}, {}
    for k in (1, 5):
        paths[k] = os.path.join(tmp, f"rules-x{k}.yaml")
        with open(paths[k], "w", encoding="utf-8") as f:
            json.dump(multiply(data, k), f, ensure_ascii=False, default=str)  # JSON is YAML
        answer_paths[k] = os.path.join(tmp, f"answers-x{k}.json")
        with open(answer_paths[k], "w", encoding="utf-8") as f:
            json.dump(multiply_answers(data, given, k), f)  # each copy answered as the original
    room = ["--max-input-bytes", "4000000"]
    cmds = {k: [*icp, "check", "--answers", answer_paths[k], "--format", "json", "--rules", paths[k], *room]
            for k in paths}
    for cmd in cmds.values():
        wall(cmd, env)  # fills the cache
    spans: dict[int, list[float]] = {1: [], 5: []}
    for _ in range(runs):
        for k in (1, 5):
            spans[k].append(wall(cmds[k], env))
    one, five = statistics.median(spans[1]), statistics.median(spans[5])
    out = [("(g) growth: check --rules, built-in x5 / x1", f"{five * 1000:.1f} ms / {one * 1000:.1f} ms "
            f"(median of {runs}; N^{math.log(five / one) / math.log(5):.2f})", f"{five / one:.2f}x", "<= 5x",
            five / one <= 5)]
    books = {k: load_rulebook(paths[k], max_bytes=4_000_000) for k in paths}
    seconds = {}
    for k, rb in books.items():
        best = []
        for _ in range(5):
            start = time.process_time()
            verify(rb)
            best.append(time.process_time() - start)
        seconds[k] = min(best)
    lint = subprocess.run([*icp, "rules", "lint", paths[5], *room], env=env, capture_output=True, text=True)
    out.append(("(g) growth: the x5 copy lints (exit 0)", f"`rules lint --max-input-bytes`: exit {lint.returncode}",
                f"{lint.returncode}", "0", lint.returncode == 0))
    # For reference: the verification alone, in this process (the target is the check's).
    out.append(("    verification, built-in x5 / x1 (reference)", f"{seconds[5] * 1000:.1f} ms / "
                f"{seconds[1] * 1000:.1f} ms CPU, best of 5 (N^{math.log(seconds[5] / seconds[1]) / math.log(5):.2f})",
                f"{seconds[5] / seconds[1]:.2f}x", "-", True))
    return out


def person_formats(icp: list[str], env: dict[str, str], runs: int,
                   tmp_answers: dict[str, object]) -> list[tuple[str, str, str, str, bool]]:
    """(f) text and HTML against the floor: one floor run, then one of each format, a round at a
    time, so that drift in the machine's load hits all three alike; the CPU time (user + system)
    of the same runs for reference, which a busy machine disturbs less than the wall clock."""
    import resource

    def timed(cmd: list[str]) -> tuple[float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds = wall(cmd, env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    out = []
    with tempfile.TemporaryDirectory(prefix="icpcheck-bench-") as tmp:
        answers = os.path.join(tmp, "answers.json")
        with open(answers, "w", encoding="utf-8") as f:
            json.dump(tmp_answers, f)
        floor = [sys.executable, "-c", "import click, yaml"]
        cmds = {fmt: [*icp, "check", "--answers", answers, "--format", fmt] for fmt in ("text", "html")}
        for cmd in (floor, *cmds.values()):
            wall(cmd, env)
        samples: dict[str, list[tuple[float, float]]] = {"floor": [], "text": [], "html": []}
        for _ in range(max(5, runs)):
            samples["floor"].append(timed(floor))
            for fmt, cmd in cmds.items():
                samples[fmt].append(timed(cmd))
        floor_wall, floor_cpu = (statistics.median(x[i] for x in samples["floor"]) for i in (0, 1))
        n = len(samples["floor"])
        for fmt, target in (("text", 1.35), ("html", 1.5)):
            m_wall, m_cpu = (statistics.median(x[i] for x in samples[fmt]) for i in (0, 1))
            out.append((f"(f) check --format {fmt} / the floor",
                        f"{m_wall * 1000:.1f} ms / {floor_wall * 1000:.1f} ms (median of {n})",
                        f"{m_wall / floor_wall:.2f}x", f"<= {target}x", m_wall / floor_wall <= target))
            out.append(("    the same in CPU time, user + system (reference)",
                        f"{m_cpu * 1000:.1f} ms / {floor_cpu * 1000:.1f} ms", f"{m_cpu / floor_cpu:.2f}x",
                        "-", True))
    return out


def json_writer() -> tuple[str, str, str, str, bool]:
    """The JSON report's own writer against json.dumps (the same text), in this process."""
    from icpcheck import checking
    from icpcheck.render import json as json_render

    report = checking.run(checking.Request(checking.builtin_rulebook(), dt.date.today(), document=MARKETPLACE)).report
    data = json_render.to_dict(report, "zh")
    assert json_render.dumps_indented(data) == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)

    def best(f: object) -> float:
        spans = []
        for _ in range(5):
            start = time.process_time()
            for _ in range(50):
                f()  # type: ignore[operator]
            spans.append((time.process_time() - start) / 50)
        return min(spans)

    own = best(lambda: json_render.dumps_indented(data))
    std = best(lambda: json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    to_dict = best(lambda: json_render.to_dict(report, "zh"))
    return ("    JSON report: own writer / json.dumps (to_dict alone, reference)",
            f"{own * 1000:.2f} ms / {std * 1000:.2f} ms ({to_dict * 1000:.2f} ms)", f"{own / std:.2f}x", "-", True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="runs of each side in (a) (default 30)")
    parser.add_argument("--quick", action="store_true", help="a smoke test: few runs, few lines")
    opts = parser.parse_args()
    runs = 5 if opts.quick else max(20, opts.runs)
    batch_n = 10_000 if opts.quick else 100_000
    big_n, small_n = (100_000, 1_000) if opts.quick else (1_000_000, 10_000)

    env = child_env()
    icp = icpcheck_cmd()
    py = [sys.executable]
    results: list[tuple[str, str, str, str, bool]] = []
    began = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="icpcheck-bench-") as tmp:
        answers = os.path.join(tmp, "answers.json")
        with open(answers, "w", encoding="utf-8") as f:
            json.dump(ANSWERS, f)

        # Warm-up: compile bytecode (an editable install's), warm the OS file cache.
        check = [*icp, "check", "--answers", answers, "--format", "json"]
        floor = [*py, "-c", "import click, yaml"]
        # The icpcheck script turns the cycle collector off before it imports click and yaml
        # (icpcheck/script.py); this floor does the same, for reference.
        floor_nogc = [*py, "-c", "import gc; gc.disable(); import click, yaml"]
        for _ in range(3):
            wall(check, env)
            wall(floor, env)
            wall(floor_nogc, env)

        # (a) interleaved, so drift in the machine's load hits every side alike.
        a_icp, a_floor, a_nogc = [], [], []
        for _ in range(runs):
            a_icp.append(wall(check, env))
            a_floor.append(wall(floor, env))
            a_nogc.append(wall(floor_nogc, env))
        m_icp, m_floor, m_nogc = (statistics.median(a) for a in (a_icp, a_floor, a_nogc))
        ratio_a = m_icp / m_floor
        results.append(("(a) check --format json / python -c 'import click, yaml'",
                        f"{m_icp * 1000:.1f} ms / {m_floor * 1000:.1f} ms (median of {runs})",
                        f"{ratio_a:.2f}x", "<= 1.35x", ratio_a <= 1.35))
        results.append(("    the same / that floor with the cycle collector off (reference)",
                        f"{m_icp * 1000:.1f} ms / {m_nogc * 1000:.1f} ms (median of {runs})",
                        f"{m_icp / m_nogc:.2f}x", "-", True))
        # For reference, no target: the same answers as a YAML file. A JSON answers file and the
        # built-in rulebook need no PyYAML at all (icpcheck/rulebook/yaml_reader.py); a YAML
        # file imports it, as the floor does, so this row is the figure with the floor's own work.
        answers_yaml = os.path.join(tmp, "answers.yaml")
        with open(answers_yaml, "w", encoding="utf-8") as f:
            f.write("".join(f"{k}: {json.dumps(v)}\n" for k, v in ANSWERS.items()))
        check_yaml = [*icp, "check", "--answers", answers_yaml, "--format", "json"]
        wall(check_yaml, env)

        def reference(label: str, cmd: list[str], n: int, target: float | None = None) -> None:
            """A row (with no target unless given): cmd against the floor, n runs each, interleaved."""
            a_cmd, a_floor_ = [], []
            for _ in range(n):
                a_cmd.append(wall(cmd, env))
                a_floor_.append(wall(floor, env))
            m_cmd, m_floor_ = statistics.median(a_cmd), statistics.median(a_floor_)
            ratio = m_cmd / m_floor_
            results.append((f"    {label}" + ("" if target else " (reference)"),
                            f"{m_cmd * 1000:.1f} ms / {m_floor_ * 1000:.1f} ms (median of {n})",
                            f"{ratio:.2f}x", f"<= {target}x" if target else "-",
                            target is None or ratio <= target))

        reference("the same, the answers file in YAML", check_yaml, runs, target=1.5)
        # The same rulebook named with --rules (the built-in one comes from its generated module),
        # against the built-in run: read as any user's rulebook is, parsed on the first run and
        # from then on read back from the cache of parsed YAML (rulebook/reader_cache.py), here a
        # folder of this run's own; and, for reference, with that cache off (every run parses).
        from icpcheck.rulebook.build import default_rulebook_path

        copy = os.path.join(tmp, "rulebook.yaml")
        with open(default_rulebook_path(), "rb") as src, open(copy, "wb") as dst:
            dst.write(src.read())
        env_cache = {**env, "ICPCHECK_CACHE_DIR": os.path.join(tmp, "cache")}
        env_cache.pop("ICPCHECK_NO_CACHE", None)
        env_nocache = {**env, "ICPCHECK_NO_CACHE": "1"}
        rules_cmd = [*check, "--rules", copy]
        wall(rules_cmd, env_cache)  # parses, and fills the cache
        for label, side_env, n, target in (("the same rulebook with --rules / the built-in run", env_cache, runs, 1.5),
                                           ("the same, the cache of parsed YAML off", env_nocache,
                                            max(5, runs // 3), None)):
            a_rules, a_builtin = [], []
            for _ in range(n):
                a_rules.append(wall(rules_cmd, side_env))
                a_builtin.append(wall(check, env))
            m_rules, m_builtin = statistics.median(a_rules), statistics.median(a_builtin)
            ratio = m_rules / m_builtin
            results.append((f"    {label}" + ("" if target else " (reference)"),
                            f"{m_rules * 1000:.1f} ms / {m_builtin * 1000:.1f} ms (median of {n})",
                            f"{ratio:.2f}x", f"<= {target}x" if target else "-", target is None or ratio <= target))

        results += five_times(icp, env_cache, tmp, answers, max(5, runs // 3))

        # (b) the same lines through both; the better of two runs each, interleaved.
        lines = os.path.join(tmp, "batch.jsonl")
        with open(lines, "wb") as f:
            f.write(batch_lines(batch_n))
        bare = [*py, "-c", BARE_LOOP]
        batch = [*icp, "check", "--batch", "-"]
        t_batch, t_bare = [], []
        for _ in range(2):
            t_batch.append(wall(batch, env, lines))
            t_bare.append(wall(bare, env, lines))
        lps_batch, lps_bare = batch_n / min(t_batch), batch_n / min(t_bare)
        ratio_b = lps_batch / lps_bare
        results.append((f"(b) check --batch / bare json loop, {batch_n:,} lines (answer sets repeat)",
                        f"{lps_batch:,.0f} / {lps_bare:,.0f} lines/s; memo hits {hit_rate(lines, False):.1%}",
                        f"{ratio_b:.2f}x", ">= 0.5x", ratio_b >= 0.5))

        # (b) again with every answer set different: the memo cannot help; then two processes.
        distinct_n = 5_000 if opts.quick else 30_000
        dlines = os.path.join(tmp, "distinct.jsonl")
        with open(dlines, "wb") as f:
            f.write(distinct_lines(distinct_n))
        compact = [*icp, "check", "--batch", "-", "--compact"]
        t_one = t_two = float("inf")
        for _ in range(3):  # the best of three runs each, interleaved: two processes feel a busy host most
            t_one = min(t_one, wall(compact, env, dlines))
            t_two = min(t_two, wall([*compact, "--jobs", "2"], env, dlines))
        t_bare_d = min(wall(bare, env, dlines) for _ in range(2))
        ratio_d = (distinct_n / t_one) / (distinct_n / t_bare_d)
        results.append((f"    --compact, {distinct_n:,} lines, every answer set different",
                        f"{distinct_n / t_one:,.0f} / {distinct_n / t_bare_d:,.0f} lines/s; "
                        f"memo hits {hit_rate(dlines, True):.1%}", f"{ratio_d:.3f}x", ">= 0.1x", ratio_d >= 0.1))
        results.append(("    the same with --jobs 2 / one job",
                        f"{t_one:.2f} s / {t_two:.2f} s, best of 3 "
                        f"({os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f})",
                        f"{t_one / t_two:.2f}x", ">= 1.7x", t_one / t_two >= 1.7))

        # (c) each in a fresh process, so ru_maxrss of RUSAGE_CHILDREN is that one batch's peak.
        rss = {}
        for n in (small_n, big_n):
            path = os.path.join(tmp, f"batch-{n}.jsonl")
            with open(path, "wb") as f:
                for start in range(0, n, 100_000):
                    f.write(batch_lines(min(100_000, n - start), seed=start))
            out = subprocess.run([*py, "-c", MAXRSS, path, *batch], env=env, capture_output=True,
                                 text=True, check=True).stdout.split()
            if out[0] not in ("0", "1"):
                sys.exit(f"bench: the {n:,}-line batch failed with exit code {out[0]}")
            rss[n] = int(out[1]) * (1 if sys.platform == "darwin" else 1024)  # Linux: KiB
            os.unlink(path)
        ratio_c = rss[big_n] / rss[small_n]
        results.append((f"(c) peak memory, {big_n:,} / {small_n:,} lines",
                        f"{rss[big_n] / 2**20:.1f} MiB / {rss[small_n] / 2**20:.1f} MiB",
                        f"{ratio_c:.2f}x", "<= 1.2x", ratio_c <= 1.2))

    # (d) in this process: the verification itself, best of five; then the whole lint command.
    from icpcheck.authoring.verify import verify
    from icpcheck.rulebook.build import load_rulebook

    rulebook = load_rulebook()
    spans = []
    for _ in range(5):
        start = time.perf_counter()
        verify(rulebook)
        spans.append(time.perf_counter() - start)
    lint = min(wall([*icp, "rules", "lint"], env) for _ in range(3))
    results.append(("(d) exhaustive verification, default rulebook",
                    f"{min(spans) * 1000:.1f} ms (whole `rules lint`: {lint * 1000:.0f} ms)",
                    f"{min(spans):.4f} s", "< 1 s", min(spans) < 1.0))

    results += growth()

    # (e) the Python API in this process, one thread: the built-in rulebook is loaded once
    # (icpcheck.checking.builtin_rulebook), so a call costs the check itself.
    import icpcheck

    icpcheck.check(MARKETPLACE)
    calls, start = 0, time.perf_counter()
    while time.perf_counter() - start < (0.5 if opts.quick else 3.0):
        icpcheck.check(MARKETPLACE)
        calls += 1
    per_s = calls / (time.perf_counter() - start)
    results.append(("(e) icpcheck.check(marketplace answers), calls per second, one thread",
                    f"{per_s:,.0f} calls/s ({calls:,} calls)", f"{per_s:,.0f}/s", ">= 2,000/s",
                    per_s >= 2000))

    results += person_formats(icp, env, runs, tmp_answers=ANSWERS)
    results.append(json_writer())

    print(f"icpcheck bench — {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, "
          f"{platform.python_implementation()} {platform.python_version()}, "
          f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs")
    rows = [(*r[:4], "" if r[3] == "-" else ("ok" if r[4] else "MISSED")) for r in results]
    head = ("measure", "figures", "ratio", "target", "result")
    widths = [max(len(x) for x in column) for column in zip(head, *rows, strict=True)]
    for row in (head, *rows):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    if opts.quick:
        print("(--quick: fewer runs and lines; startup dominates (b), so its ratio means little)")
    print(f"({time.perf_counter() - began:.0f} s in all)")
    return 0 if all(r[4] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
