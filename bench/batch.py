"""The agency benchmark: `icpcheck check --batch - --compact` on 1,000,000 lines, each with its own id.

    python bench/batch.py                  # with the venv's python, where icpcheck is installed
    python bench/batch.py --lines 100000   # smaller: a smoke test, not the figures

(e) lines per second of the batch over those of a bare loop that only json.loads and json.dumps each
    line, on the same lines, in the same run (goal >= 0.5x);
(f) peak memory (ru_maxrss) of the 1,000,000-line batch over that of its first 10,000 lines, each in
    a fresh process (goal <= 1.2x); and the largest output line (goal <= 2 KB).

Every line has a unique id ("client-N"); one in ten carries a waiver with a reason of its own, so
neither the text of a line nor its waiver reason repeats, while the businesses (answer sets) do, as
in real screening. Exits 1 when a goal is missed. Plain Python and subprocesses only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time

BIN = os.path.dirname(sys.executable)

BARE_LOOP = """
import json, sys
out = sys.stdout.buffer
for line in sys.stdin.buffer:
    out.write(json.dumps(json.loads(line)).encode() + b"\\n")
"""


def lines(n: int, seed: int = 18) -> bytes:
    """n lines `{"id": ..., "answers": {...}, "held": [...], "waivers": [...]}`: random businesses."""
    rng = random.Random(seed)
    channels = ["mini_program", "own_domain", "saas_storefront"]
    out = []
    for i in range(n):
        third = rng.random() < 0.5
        answers: dict[str, object] = {
            "sells_own_goods": rng.random() < 0.7,
            "third_party_sellers": third,
            "paid_content": rng.random() < 0.3,
            "channels": sorted(rng.sample(channels, rng.randint(1, 3))),
        }
        if third:
            answers["charges_sellers"] = rng.random() < 0.6
        obj: dict[str, object] = {"id": f"client-{seed}-{i}", "answers": answers}
        if rng.random() < 0.3:
            obj["held"] = ["icp_filing"]
        if rng.random() < 0.1:
            obj["waivers"] = [{"filing": "psb_filing", "reason": f"filed {rng.random():.12f}",
                               "expires": "2030-12-31"}]
        out.append(json.dumps(obj, separators=(",", ":")))
    return ("\n".join(out) + "\n").encode()


# Started from a small process: a child forked from this one (which holds the generated lines)
# would count this one's pages in its peak until it execs.
MEASURE = """
import resource, subprocess, sys, time
with open(sys.argv[1], "rb") as src, open(sys.argv[2], "wb") as dst:
    start = time.perf_counter()
    code = subprocess.run(sys.argv[3:], stdin=src, stdout=dst, stderr=subprocess.DEVNULL).returncode
    seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def run(cmd: list[str], path: str, out: str = os.devnull) -> tuple[float, int, int]:
    """(seconds, peak RSS in bytes, exit code) of one process reading path, writing to out."""
    got = subprocess.run([sys.executable, "-c", MEASURE, path, out, *cmd], capture_output=True, text=True,
                         check=True).stdout.split()
    return float(got[0]), int(got[1]) * (1 if sys.platform == "darwin" else 1024), int(got[2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    n = parser.parse_args().lines
    small = min(10_000, n)
    icpcheck = [os.path.join(BIN, "icpcheck"), "check", "--batch", "-", "--compact", "--as-of", "2026-11-28"]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        big_path, small_path = os.path.join(tmp, "big.jsonl"), os.path.join(tmp, "small.jsonl")
        with open(big_path, "wb") as f:
            for start in range(0, n, 100_000):
                f.write(lines(min(100_000, n - start), seed=start))
        with open(big_path, "rb") as f, open(small_path, "wb") as g:
            for _ in range(small):
                g.write(f.readline())
        # Lines/s: the better of two runs each, interleaved (a shared machine's noise).
        t_bare, t_batch = [], []
        for _ in range(2):
            t_bare.append(run([sys.executable, "-c", BARE_LOOP], big_path)[0])
            seconds, rss_big, code = run(icpcheck, big_path)
            if code not in (0, 1):
                sys.exit(f"bench: the batch failed with exit code {code}")
            t_batch.append(seconds)
        lps_bare, lps_batch = n / min(t_bare), n / min(t_batch)
        ratio = lps_batch / lps_bare
        results.append((f"(e) check --batch --compact / bare json loop, {n:,} lines",
                        f"{lps_batch:,.0f} / {lps_bare:,.0f} lines/s", f"{ratio:.2f}x", ">= 0.5x", ratio >= 0.5))
        _, rss_small, _ = run(icpcheck, small_path)
        r = rss_big / rss_small
        results.append((f"(f) peak memory, {n:,} / {small:,} lines", f"{rss_big / 2**20:.1f} MiB / "
                        f"{rss_small / 2**20:.1f} MiB", f"{r:.2f}x", "<= 1.2x", r <= 1.2))
        out = os.path.join(tmp, "out.jsonl")
        run(icpcheck, small_path, out)
        with open(out, "rb") as f:
            sizes = [len(line) - 1 for line in f]
        ids_ok = len(sizes) == small
        results.append(("    largest compact line (the first 10,000)", f"{max(sizes):,} bytes", "-", "<= 2048",
                        max(sizes) <= 2048 and ids_ok))
    print(f"icpcheck batch bench — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"CPython {platform.python_version()}, {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs")
    print(f"{'measure':<64}{'figures':<36}{'ratio':<8}{'goal':<10}result")
    for name, figures, ratio_text, goal, ok in results:
        print(f"{name:<64}{figures:<36}{ratio_text:<8}{goal:<10}{'ok' if ok else 'MISSED'}")
    return 0 if all(ok for *_, ok in results) else 1


if __name__ == "__main__":
    sys.exit(main())
