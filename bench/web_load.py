"""A bounded load test of the JSON API on loopback: `icpcheck serve` (one uvicorn worker) on
127.0.0.1 at a free port, N requests from C concurrent keep-alive clients, three workloads:

- distinct: every request a different answers document (random valid answers to every question),
  so none is answered from the server's memo: the cost of a check;
- repeated: the requests cycle over 20 documents, as many shops give the same answers: the memo;
- pages: GET /report for the marketplace (the HTML report page, not memoised).

Prints one Markdown table row per workload (throughput, p50, p99, errors) and the server's RSS
(from /proc) before, between and after. Usage: python bench/web_load.py [--requests 1000]
[--clients 8] [--seed 1]. Loopback only; bounded: it sends exactly the requests it says.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from urllib.parse import urlencode

from icpcheck import checking
from icpcheck.web import flow

GOAL = 500  # checks per second, one worker


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def random_document(rng: random.Random) -> dict[str, object]:
    """Valid answers to every question (a many_of's exclusive choice alone, or others together)."""
    doc: dict[str, object] = {}
    for q in checking.builtin_rulebook().questions:
        if q.type == "yes_no":
            doc[q.id] = rng.random() < 0.5
        elif q.type == "one_of":
            doc[q.id] = rng.choice(q.choices).value
        else:
            lone = [c.value for c in q.choices if c.exclusive]
            others = [c.value for c in q.choices if not c.exclusive]
            if lone and rng.random() < 0.3:
                doc[q.id] = [rng.choice(lone)]
            else:
                doc[q.id] = rng.sample(others, rng.randint(1, min(3, len(others))))
    return doc


Request = tuple[str, str, bytes | None]  # method, path, body


def load(port: int, requests: list[Request], clients: int) -> tuple[float, list[float], int]:
    """Send the requests from `clients` threads, each over its own keep-alive connection; the
    wall time, each request's latency (s) and the number of answers that were not 200."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    share = [requests[i::clients] for i in range(clients)]

    def client(mine: list[Request]) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        own: list[float] = []
        bad = 0
        for method, path, body in mine:
            start = time.perf_counter()
            conn.request(method, path, body=body, headers={"content-type": "application/json"} if body else {})
            response = response_ = conn.getresponse()
            response_.read()
            own.append(time.perf_counter() - start)
            bad += response.status != 200
        conn.close()
        with lock:
            latencies.extend(own)
            errors[0] += bad

    threads = [threading.Thread(target=client, args=(s,)) for s in share]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, latencies, errors[0]


def p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    n = max(1, min(args.requests, 100_000))  # bounded, whatever is asked
    rng = random.Random(args.seed)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "icpcheck", "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/healthz")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        platform = {"sells_own_goods": False, "third_party_sellers": True, "charges_sellers": True,
                    "paid_content": False}
        warm = [("POST", "/api/v1/check", json.dumps(random_document(rng)).encode()) for _ in range(50)]
        load(port, warm, args.clients)  # imports, the rulebook, first-call caches
        rss = [("after warm-up", rss_kib(server.pid))]
        pool = [json.dumps(random_document(rng)).encode() for _ in range(20)]
        # The report page for the marketplace as the questionnaire ends it (every question answered).
        full = checking.run(checking.Request(checking.builtin_rulebook(), dt.date.today(), document=platform))
        report_query = urlencode([("lang", "zh"), *[(a.id, v) for a in full.answers.values()
                                                    for v in flow.encode(a.value)]])
        workloads: dict[str, Callable[[], list[Request]]] = {
            "distinct": lambda: [("POST", "/api/v1/check", json.dumps(random_document(rng)).encode())
                                 for _ in range(n)],
            "repeated": lambda: [("POST", "/api/v1/check", pool[i % len(pool)]) for i in range(n)],
            "pages": lambda: [("GET", f"/report?{report_query}", None) for _ in range(max(1, n // 5))],
        }
        print("| workload | requests | clients | per second | p50 ms | p99 ms | errors |")
        print("|---|---|---|---|---|---|---|")
        for name, make in workloads.items():
            requests = make()
            wall, lat, errors = load(port, requests, args.clients)
            print(f"| {name} | {len(requests)} | {args.clients} | {len(requests) / wall:,.0f} | "
                  f"{p(lat, 50) * 1000:.1f} | {p(lat, 99) * 1000:.1f} | {errors} |")
            rss.append((f"after {name}", rss_kib(server.pid)))
        again = workloads["distinct"]()
        wall, lat, errors = load(port, again, args.clients)
        print(f"| distinct, again | {len(again)} | {args.clients} | {len(again) / wall:,.0f} | "
              f"{p(lat, 50) * 1000:.1f} | {p(lat, 99) * 1000:.1f} | {errors} |")
        rss.append(("after distinct, again", rss_kib(server.pid)))
        print()
        print("server RSS: " + "; ".join(f"{label} {kib / 1024:.1f} MiB" for label, kib in rss))
        print(f"goal: >= {GOAL} checks/s on one worker; machine: {os.cpu_count()} CPUs, load average "
              f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} at the end")
        # The server's own CPU time per check, in this process (what a worker pays; no HTTP, no client).
        docs = [random_document(rng) for _ in range(200)]
        from icpcheck.web import service

        cpu = time.process_time()
        for d in docs:
            service.check(d)
        each = (time.process_time() - cpu) / len(docs)
        print(f"in-process CPU per distinct check (checking.run + JSON report): {each * 1000:.1f} ms "
              f"(= {1 / each:,.0f} checks/s of CPU)")
        cpu = time.process_time()
        for _ in range(200):
            service.check(platform)
        each = (time.process_time() - cpu) / 200
        print(f"in-process CPU per marketplace check (4 answers, the rest defaults): {each * 1000:.1f} ms "
              f"(= {1 / each:,.0f} checks/s of CPU)")
    finally:
        server.terminate()
        server.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
