"""Several dispatcher processes on one database: each daily quiz is posted once, even when one of the
processes is killed (SIGKILL) in the middle of sending.

The processes are real (``benchmarks/dispatch_worker.py``), the database is real (a PostgreSQL server
of the session, or one SQLite file), and so is the HTTP: the fake Discord of the benchmarks logs every
message it creates and, like Discord, answers a repeated nonce with the first message.
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from bot.app.store import Store, to_db_time
from bot.app.store import tables as t
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from fake_discord import FakeDiscord  # noqa: E402

WORKER = ROOT / "benchmarks" / "dispatch_worker.py"
LEASE_SECONDS = 3


async def _due_now(database, n: int) -> None:
    """``n`` channel subscriptions whose run is due this minute (inserted in bulk: the test is about
    dispatching them, not about subscribing)."""
    now = datetime.now(UTC)
    async with await Store.open(database) as store, store._tx() as conn:
        await conn.execute(sa.insert(t.subscriptions), [
            {"kind": "channel", "target_id": 50_000_000 + i, "guild_id": 1 + i % 50, "local_time": "09:00",
             "timezone": "UTC", "topic": None, "created_by": 1, "created_at": to_db_time(now),
             "active": 1, "next_run_utc": to_db_time(now - timedelta(seconds=i % 50)),
             "next_local_date": now.date().isoformat()}
            for i in range(n)
        ])


async def _wait_for(done, what: str, rounds: int = 3000) -> None:
    """Let the processes work until ``done()``; a generous liveness guard, not a speed target."""
    for _ in range(rounds):
        if done():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"gave up waiting for {what}")


async def _dispatch_with_a_crash(database, processes: int, n: int) -> tuple[FakeDiscord, int, int]:
    await _due_now(database, n)
    fake = FakeDiscord(latency=0.05, rate_limited=0.0)
    api = await fake.start()
    workers = [
        subprocess.Popen([sys.executable, str(WORKER), "--database", str(database), "--api", api,
                          "--lease", str(LEASE_SECONDS)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        for _ in range(processes)
    ]
    try:
        await _wait_for(lambda: sum(fake.posts.values()) >= n // 4, "the first quarter of the posts")
        workers[0].send_signal(signal.SIGKILL)  # mid-burst: claims held, sends in flight
        await _wait_for(lambda: len(fake.posts) >= n, "every channel's post")
        # past the lease of every claim the dead process held: a second post would show up by now
        await asyncio.sleep(LEASE_SECONDS + 2)
        for worker in workers[1:]:
            worker.send_signal(signal.SIGTERM)
        codes = [w.wait(timeout=60) for w in workers[1:]]
        assert codes == [0] * (processes - 1), [w.stderr.read()[-2000:] for w in workers[1:]]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
        await fake.stop()
    async with await Store.open(database) as store:
        sent = await store.count_deliveries("sent")
        async with store._read() as conn:
            taken_over = (await conn.execute(
                sa.select(sa.func.count()).where(t.deliveries.c.attempts > 1))).scalar_one()
    return fake, sent, taken_over


def _check(fake: FakeDiscord, sent: int, taken_over: int, n: int) -> None:
    twice = [channel for channel, count in fake.posts.items() if count > 1]
    assert not twice, f"{len(twice)} channels got their quiz more than once"
    assert len(fake.posts) == n, f"{n - len(fake.posts)} channels got no quiz"
    assert sent == n  # and the database knows each was sent
    assert taken_over > 0  # the killed process held claims: others took them over (same nonce)


@pytest.mark.slow
async def test_four_processes_on_postgresql_post_each_quiz_once_through_a_sigkill(pg_database):
    _check(*await _dispatch_with_a_crash(pg_database, processes=4, n=5000), 5000)


@pytest.mark.slow
async def test_two_processes_on_one_sqlite_file_post_each_quiz_once_through_a_sigkill(tmp_path):
    _check(*await _dispatch_with_a_crash(tmp_path / "tutor.db", processes=2, n=5000), 5000)
