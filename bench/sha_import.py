"""Does build.py's private `_sha256`/`_sha2` import pay, against `hashlib` (issue 23 item 5)?

Copies the checkout's `icpcheck/` and `rules/` twice into a temporary directory, the second with
`sha256_hex` importing `hashlib`, and runs `check --answers FILE --format json` (the bench's row
(a) command, the cycle collector off as the `icpcheck` script runs) with each copy first on
PYTHONPATH, interleaved, plus `python -X importtime -c "import MODULE"` for each module. Prints
the medians, the median of the paired differences and its 95% bootstrap interval, and the load
average. Run it with the venv's python: `python bench/sha_import.py [RUNS]` (default 40).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ANSWERS = {"sells_own_goods": True, "third_party_sellers": True, "charges_sellers": True,
           "paid_content": False, "channels": ["mini_program", "own_domain"]}
RUN = ("import gc; gc.disable(); import sys; sys.argv = ['icpcheck', 'check', '--answers', sys.argv[1], "
       "'--format', 'json']; from icpcheck.cli.script import run; run()")


def variant(tmp: str, name: str, hashlib: bool) -> str:
    where = os.path.join(tmp, name)
    for part in ("icpcheck", "rules"):
        shutil.copytree(os.path.join(ROOT, part), os.path.join(where, part),
                        ignore=shutil.ignore_patterns("__pycache__"))
    if hashlib:
        build = os.path.join(where, "icpcheck", "rulebook", "build.py")
        with open(build, encoding="utf-8") as f:
            text = f.read()
        start = text.index("    sha256: Any\n    try:")
        end = text.index("    return str(sha256(raw).hexdigest())")
        with open(build, "w", encoding="utf-8") as f:
            f.write(text[:start] + "    from hashlib import sha256\n\n" + text[end:])
    subprocess.run([sys.executable, "-m", "compileall", "-q", os.path.join(where, "icpcheck")], check=True)
    return where


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    private = "_sha2" if sys.version_info >= (3, 12) else "_sha256"
    with tempfile.TemporaryDirectory() as tmp:
        answers = os.path.join(tmp, "answers.json")
        with open(answers, "w", encoding="utf-8") as f:
            json.dump(ANSWERS, f)
        sides = {private: variant(tmp, "private", False), "hashlib": variant(tmp, "hashlib", True)}
        wall: dict[str, list[float]] = {k: [] for k in sides}
        imports: dict[str, list[int]] = {k: [] for k in sides}
        for i in range(runs + 2):  # two warm-up rounds
            for module in (list(sides) if i % 2 else list(sides)[::-1]):
                env = dict(os.environ, PYTHONPATH=sides[module])
                start = time.perf_counter()
                subprocess.run([sys.executable, "-c", RUN, answers], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, check=True)
                took = time.perf_counter() - start
                timed = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"], env=env,
                                       capture_output=True, text=True, check=True)
                line = [x for x in timed.stderr.splitlines() if x.rstrip().endswith(" " + module)][-1]
                if i >= 2:
                    wall[module].append(took)
                    imports[module].append(int(line.split("|")[1]))
    for module in sides:
        print(f"{module:8} check median {1000 * statistics.median(wall[module]):.1f} ms, "
              f"import (-X importtime, cumulative) median {statistics.median(imports[module]) / 1000:.2f} ms")
    diffs = [b - a for a, b in zip(wall[private], wall["hashlib"], strict=True)]
    rng = random.Random(1)
    boots = sorted(statistics.median(rng.choices(diffs, k=len(diffs))) for _ in range(2000))
    print(f"hashlib - {private}, paired: median {1000 * statistics.median(diffs):.1f} ms "
          f"(95% bootstrap {1000 * boots[50]:.1f} .. {1000 * boots[1949]:.1f} ms) over {runs} pairs")
    print("load average", " ".join(f"{x:.2f}" for x in os.getloadavg()), f"on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
