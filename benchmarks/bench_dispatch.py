"""Benchmark: 10,000 daily quizzes due in the same minute, dispatched exactly once.

Subscriptions are spread over many time zones whose local wall-clock time maps to the same UTC minute,
stored in a file-backed SQLite database (WAL) in a temp dir. The sender is a fake that yields once and
counts. Prints one JSON line and one human line; exits non-zero if any subscription was not sent
exactly once.

    .venv/bin/python benchmarks/bench_dispatch.py [--subs 10000] [--concurrency 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app.schedule import Dispatcher  # noqa: E402
from bot.app.store import Store, Subscription  # noqa: E402

ZONES = [
    "UTC",
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Australia/Adelaide",
    "Pacific/Chatham",
    "Pacific/Auckland",
    "Africa/Nairobi",
    "Asia/Tehran",
    "America/St_Johns",
]


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.t = start

    def now(self) -> datetime:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.t += timedelta(seconds=seconds)
        await asyncio.sleep(0)


async def bench(n: int, concurrency: int, workdir: Path) -> dict:
    instant = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    store = await Store.open(workdir / "bench.db")
    for i in range(n):
        tz = ZoneInfo(ZONES[i % len(ZONES)])
        local = instant.astimezone(tz).time()
        await store.add_subscription("channel", 10_000_000 + i, 1 + i % 50, local, tz.key, None, 1)

    calls: Counter[int] = Counter()

    async def send(sub: Subscription, day: date) -> int | None:
        calls[sub.id] += 1
        await asyncio.sleep(0)
        return None

    clock = FakeClock(instant - timedelta(minutes=5))
    dispatcher = Dispatcher(store, send, clock, grace=timedelta(hours=3), concurrency=concurrency)
    await dispatcher.dispatch_due()  # first computation: everything runs at `instant`
    assert await store.earliest_next_run() == instant

    clock.t = instant + timedelta(seconds=30)
    started = time.perf_counter()
    results = await dispatcher.dispatch_due()
    elapsed = time.perf_counter() - started

    sent = sum(1 for r in results if r.status == "sent")
    deliveries = await store.count_deliveries()
    assert sent == n, f"{sent} sent results, expected {n}"
    assert len(calls) == n and set(calls.values()) == {1}, "a subscription was sent zero or several times"
    assert deliveries == n == await store.count_deliveries("sent"), f"{deliveries} deliveries, expected {n}"
    assert await dispatcher.dispatch_due() == [] and sum(calls.values()) == n  # nothing left, no repeats
    await store.close()
    return {
        "benchmark": "dispatch_due",
        "subscriptions": n,
        "zones": len(ZONES),
        "concurrency": concurrency,
        "deliveries": deliveries,
        "sender_calls": sum(calls.values()),
        "elapsed_s": round(elapsed, 3),
        "deliveries_per_s": round(deliveries / elapsed, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subs", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = asyncio.run(bench(args.subs, args.concurrency, Path(tmp)))
    print(json.dumps(report))
    print(
        f"dispatched {report['deliveries']} daily quizzes exactly once in {report['elapsed_s']:.2f} s "
        f"({report['deliveries_per_s']:.0f} deliveries/s, {report['zones']} time zones)"
    )


if __name__ == "__main__":
    main()
