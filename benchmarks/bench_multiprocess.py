"""Scale-out benchmark: 10,000 channel subscriptions due in one minute, posted by four dispatcher
processes on one PostgreSQL, against a fake Discord with 50 ms latency; then the same with one
process, measured in the same run, for the ratio.

Each process is ``benchmarks/dispatch_worker.py`` (the product's Dispatcher and QuizApp.daily, sending
with the run's nonce); the database is a throwaway PostgreSQL server (``tests/pg_server.py``). Checked
against the fake's log: every channel got exactly one post.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from fake_discord import FakeDiscord  # noqa: E402

from tests.pg_server import PostgresServer  # noqa: E402
from tests.test_multiprocess_dispatch import WORKER, _due_now  # noqa: E402


async def burst(database: str, processes: int, n: int, latency: float) -> dict:
    await _due_now(database, n)
    fake = FakeDiscord(latency=latency, rate_limited=0.0)
    api = await fake.start()
    workers = [subprocess.Popen([sys.executable, str(WORKER), "--database", database, "--api", api],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
               for _ in range(processes)]
    for worker in workers:  # started and connected: the clock starts when all of them are ready
        await asyncio.to_thread(worker.stdout.readline)
    started = time.perf_counter()
    while len(fake.posts) < n and all(w.poll() is None for w in workers):
        await asyncio.sleep(0.05)
    elapsed = time.perf_counter() - started
    for worker in workers:
        worker.send_signal(signal.SIGTERM)
    for worker in workers:
        await asyncio.to_thread(worker.wait, 60)
    await fake.stop()
    once = len(fake.posts) == n and set(fake.posts.values()) == {1}
    return {"processes": processes, "posted": len(fake.posts), "elapsed_s": round(elapsed, 2),
            "posts_per_s": round(n / elapsed, 1), "every_channel_exactly_once": once}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subs", type=int, default=10_000)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    with PostgresServer() as pg:
        many = asyncio.run(burst(pg.create_database("many"), args.processes, args.subs, args.latency))
        one = asyncio.run(burst(pg.create_database("one"), 1, args.subs, args.latency))
    ratio = one["elapsed_s"] / many["elapsed_s"]
    report = {"benchmark": "multiprocess_dispatch_postgresql", "subscriptions": args.subs,
              "latency_s": args.latency, "many": many, "one": one, "speedup": round(ratio, 2),
              "ok": many["every_channel_exactly_once"] and one["every_channel_exactly_once"]
              and many["elapsed_s"] <= 60}
    print(json.dumps(report))
    print(f"{args.subs} daily quizzes on PostgreSQL: {args.processes} processes {many['elapsed_s']:.1f} s, "
          f"1 process {one['elapsed_s']:.1f} s ({ratio:.2f}x); every channel exactly once: "
          f"{many['every_channel_exactly_once'] and one['every_channel_exactly_once']} "
          f"(target: {args.processes} processes within 60 s)")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
