"""Benchmark: 10,000 channel subscriptions due in the same minute, posted by the real bot.

The whole path a daily quiz takes in production: the dispatcher claims the runs, ``QuizDesk`` picks and
records each post in the async store, and discord.py's own HTTP client sends the message to a fake
Discord on loopback that answers every call after 50 ms and rate-limits 5 % of the sends with a 429
(which discord.py sleeps out and retries). A monitor task measures the longest stall of the event loop.
Exits non-zero unless every channel got exactly one post and the database records each as sent.

    .venv/bin/python benchmarks/bench_daily_burst.py [--subs 10000] [--latency 0.05] [--limited 0.05]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import discord  # noqa: E402
from bench_dispatch import ZONES, FakeClock  # noqa: E402
from fake_discord import FakeDiscord  # noqa: E402

from bot.app.schedule import Dispatcher  # noqa: E402
from bot.app.store import Store  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.discord_app.bot import create_bot  # noqa: E402
from bot.discord_app.quiz_views import is_discord_subscription  # noqa: E402
from bot.engine import Engine, index_notes  # noqa: E402


class StallMonitor:
    """The longest time the event loop took to come back to a task that asked to sleep 5 ms."""

    def __init__(self, tick: float = 0.005) -> None:
        self.tick = tick
        self.worst = 0.0
        self._task: asyncio.Task | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            start = loop.time()
            await asyncio.sleep(self.tick)
            self.worst = max(self.worst, loop.time() - start - self.tick)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> float:
        if self._task is not None:
            self._task.cancel()
        return self.worst


async def bench(n: int, latency: float, limited: float, workdir: Path) -> dict:
    settings = replace(load_settings(ROOT / "config.toml"), database=workdir / "bench.db")
    index_notes(settings)  # a no-op when the index is current
    engine = Engine.load(settings)
    instant = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    store = await Store.open(settings.database)
    for i in range(n):
        tz = ZoneInfo(ZONES[i % len(ZONES)])
        await store.add_subscription("channel", 10_000_000 + i, 1 + i % 50, instant.astimezone(tz).time(),
                                     tz.key, None, 1)

    fake = FakeDiscord(latency=latency, rate_limited=limited)
    discord.http.Route.BASE = await fake.start()
    bot = create_bot(settings, engine, store=store, sync_on_start=False, preload=False)
    await bot.login("fake-token")  # discord.py's real HTTP client, pointed at the fake
    desk = bot.get_cog("Quiz").desk
    clock = FakeClock(instant - timedelta(minutes=5))
    desk.now = clock.now
    dispatcher = Dispatcher(store, desk.send_scheduled, clock, grace=timedelta(hours=3),
                            accepts=is_discord_subscription)
    await dispatcher.dispatch_due()  # plans every run for `instant`
    clock.t = instant + timedelta(seconds=30)

    monitor = StallMonitor()
    monitor.start()
    started = time.perf_counter()
    results = await dispatcher.dispatch_due()
    elapsed = time.perf_counter() - started
    stall = await monitor.stop()

    sent = sum(r.status == "sent" for r in results)
    once = len(fake.posts) == n and set(fake.posts.values()) == {1}
    recorded = await store.count_deliveries("sent")
    await bot.close()
    await fake.stop()
    await store.close()
    return {
        "benchmark": "daily_burst_through_discord_py",
        "subscriptions": n,
        "latency_s": latency,
        "rate_limited_share": limited,
        "http_calls": fake.calls,
        "answered_429": fake.limited,
        "sent": sent,
        "recorded_sent": recorded,
        "every_channel_exactly_once": once,
        "elapsed_s": round(elapsed, 2),
        "posts_per_s": round(n / elapsed, 1),
        "longest_loop_stall_ms": round(stall * 1000, 1),
        "ok": once and sent == n == recorded and elapsed <= 60,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subs", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--limited", type=float, default=0.05)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = asyncio.run(bench(args.subs, args.latency, args.limited, Path(tmp)))
    print(json.dumps(report))
    print(
        f"{report['sent']} of {report['subscriptions']} daily quizzes posted in {report['elapsed_s']:.1f} s "
        f"through discord.py ({report['answered_429']} answered 429 and retried; longest loop stall "
        f"{report['longest_loop_stall_ms']:.0f} ms); every channel exactly once: "
        f"{report['every_channel_exactly_once']} (target: all, once each, within 60 s)"
    )
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
