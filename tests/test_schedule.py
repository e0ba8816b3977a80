"""Local-time parsing, next runs across DST in several zones, and the exactly-once dispatcher.

No real sleeping: ``FakeClock.sleep`` advances its own time; ``ManualClock`` lets a test advance time
while ``Dispatcher.run`` waits.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, time, timedelta
from threading import Barrier
from zoneinfo import ZoneInfo

import pytest

from bot.app.schedule import (
    Dispatcher,
    RetryPolicy,
    ScheduleError,
    SystemClock,
    TargetGone,
    next_run,
    parse_local_time,
    parse_timezone,
    runs_between,
    timezone_choices,
)
from bot.app.store import Plan, Store, Subscription
from tests.store_reads import deliveries, get_delivery

# ----------------------------------------------------------------------------------------- helpers


class FakeClock:
    """now() is settable; sleep() jumps time forward instead of waiting."""

    def __init__(self, start: datetime) -> None:
        self.t = start
        self.sleeps: list[float] = []

    def now(self) -> datetime:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += timedelta(seconds=seconds)
        await asyncio.sleep(0)


class ManualClock:
    """sleep() blocks until the test moves time past its deadline with advance()."""

    def __init__(self, start: datetime) -> None:
        self.t = start
        self._changed = asyncio.Condition()
        self.sleeping = asyncio.Event()

    def now(self) -> datetime:
        return self.t

    async def sleep(self, seconds: float) -> None:
        deadline = self.t + timedelta(seconds=seconds)
        async with self._changed:
            self.sleeping.set()
            await self._changed.wait_for(lambda: self.t >= deadline)

    async def advance(self, **delta: float) -> None:
        self.t += timedelta(**delta)
        async with self._changed:
            self._changed.notify_all()


class Recorder:
    """A sender that records calls and can fail on demand."""

    def __init__(self, failures: list[BaseException] | None = None) -> None:
        self.calls: list[tuple[int, date]] = []
        self.failures = list(failures or [])

    async def __call__(self, sub: Subscription, day: date) -> int | None:
        self.calls.append((sub.id, day))
        await asyncio.sleep(0)
        if self.failures:
            raise self.failures.pop(0)
        return 1000 + len(self.calls)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
async def store(tmp_path):
    s = await Store.open(tmp_path / "tutor.db")
    yield s
    await s.close()


def make_dispatcher(store, send, clock, **kw) -> Dispatcher:
    kw.setdefault("grace", timedelta(hours=3))
    kw.setdefault("retry", RetryPolicy(attempts=4, base_delay=5, factor=2, max_delay=60))
    return Dispatcher(store, send, clock, **kw)


# ------------------------------------------------------------------------------------ parsing input


@pytest.mark.parametrize(
    "text, expected",
    [
        ("09:00", time(9, 0)),
        ("9:00", time(9, 0)),
        ("21:30", time(21, 30)),
        ("00:05", time(0, 5)),
        ("9am", time(9, 0)),
        ("9 AM", time(9, 0)),
        ("9:30 pm", time(21, 30)),
        ("9:30p.m.", time(21, 30)),
        ("12am", time(0, 0)),
        ("12pm", time(12, 0)),
        ("21h", time(21, 0)),
        ("21h30", time(21, 30)),
        (" noon ", time(12, 0)),
        ("midnight", time(0, 0)),
    ],
)
def test_parse_local_time_accepts(text, expected):
    assert parse_local_time(text) == expected


@pytest.mark.parametrize("text", ["", "9", "25:00", "9:60", "13pm", "0am", "tomorrow", "9:5", "09:00:00"])
def test_parse_local_time_rejects_with_example(text):
    with pytest.raises(ScheduleError) as err:
        parse_local_time(text)
    assert "e.g. 09:00" in str(err.value)
    assert isinstance(err.value, ValueError)


def test_parse_timezone():
    assert parse_timezone("Europe/Berlin") == ZoneInfo("Europe/Berlin")
    assert parse_timezone("europe/berlin") == ZoneInfo("Europe/Berlin")
    assert parse_timezone(" america/new york ") == ZoneInfo("America/New_York")
    assert parse_timezone("utc") == ZoneInfo("UTC")
    assert parse_timezone("GMT") == ZoneInfo("UTC")


def test_unknown_timezone_message_has_example_and_suggestions():
    with pytest.raises(ScheduleError) as err:
        parse_timezone("Berlin")
    assert "e.g. Europe/Berlin" in str(err.value)
    assert "Did you mean Europe/Berlin" in str(err.value)
    with pytest.raises(ScheduleError) as err:
        parse_timezone("Europe/Berln")
    assert "Europe/Berlin" in str(err.value).split("Did you mean", 1)[1]
    with pytest.raises(ScheduleError, match="e.g. Europe/Berlin"):
        parse_timezone("localtime")


def test_timezone_choices():
    assert timezone_choices("europe/ber") == ["Europe/Berlin"]
    york = timezone_choices("new y")
    assert york[0] == "America/New_York"
    assert timezone_choices("kolk") == ["Asia/Kolkata"]
    assert len(timezone_choices("")) == 25
    assert len(timezone_choices("a", limit=5)) == 5
    assert timezone_choices("utc")[0] == "UTC"


# ---------------------------------------------------------------------------------------- next_run


@pytest.mark.parametrize(
    "zone, at, after, expected_utc, expected_day",
    [
        # Europe/Berlin spring forward 2026-03-29 02:00 CET -> 03:00 CEST: 02:30 does not exist.
        ("Europe/Berlin", time(2, 30), utc(2026, 3, 28, 12), utc(2026, 3, 29, 1, 0), date(2026, 3, 29)),
        ("Europe/Berlin", time(9, 0), utc(2026, 3, 28, 12), utc(2026, 3, 29, 7, 0), date(2026, 3, 29)),
        # Berlin fall back 2026-10-25 03:00 CEST -> 02:00 CET: 02:30 happens twice, first one wins...
        ("Europe/Berlin", time(2, 30), utc(2026, 10, 24, 12), utc(2026, 10, 25, 0, 30), date(2026, 10, 25)),
        # ... and after the first one, the second is not a run: next is the following day.
        (
            "Europe/Berlin",
            time(2, 30),
            utc(2026, 10, 25, 0, 30),
            utc(2026, 10, 26, 1, 30),
            date(2026, 10, 26),
        ),
        # America/New_York 2026-03-08 02:00 EST -> 03:00 EDT; 2026-11-01 02:00 EDT -> 01:00 EST.
        ("America/New_York", time(2, 30), utc(2026, 3, 7, 12), utc(2026, 3, 8, 7, 0), date(2026, 3, 8)),
        ("America/New_York", time(2, 0), utc(2026, 3, 7, 12), utc(2026, 3, 8, 7, 0), date(2026, 3, 8)),
        ("America/New_York", time(1, 30), utc(2026, 10, 31, 12), utc(2026, 11, 1, 5, 30), date(2026, 11, 1)),
        (
            "America/New_York",
            time(1, 30),
            utc(2026, 11, 1, 5, 45),
            utc(2026, 11, 2, 6, 30),
            date(2026, 11, 2),
        ),
        # Australia/Sydney (southern hemisphere): DST starts 2026-10-04 02:00 -> 03:00 AEDT ...
        ("Australia/Sydney", time(2, 30), utc(2026, 10, 3, 0), utc(2026, 10, 3, 16, 0), date(2026, 10, 4)),
        # ... and ends 2026-04-05 03:00 AEDT -> 02:00 AEST.
        ("Australia/Sydney", time(2, 30), utc(2026, 4, 4, 0), utc(2026, 4, 4, 15, 30), date(2026, 4, 5)),
        ("Australia/Sydney", time(2, 30), utc(2026, 4, 4, 15, 30), utc(2026, 4, 5, 16, 30), date(2026, 4, 6)),
        # Asia/Kolkata +05:30 (no DST): local date ahead of UTC's.
        ("Asia/Kolkata", time(4, 0), utc(2026, 3, 7, 12), utc(2026, 3, 7, 22, 30), date(2026, 3, 8)),
        ("Asia/Kolkata", time(9, 0), utc(2026, 3, 8, 3, 29), utc(2026, 3, 8, 3, 30), date(2026, 3, 8)),
        # Pacific/Chatham +12:45/+13:45: DST starts 2026-09-27 02:45 -> 03:45, ends 2026-04-05 03:45 -> 02:45.
        ("Pacific/Chatham", time(3, 0), utc(2026, 9, 26, 0), utc(2026, 9, 26, 14, 0), date(2026, 9, 27)),
        ("Pacific/Chatham", time(3, 0), utc(2026, 4, 4, 0), utc(2026, 4, 4, 13, 15), date(2026, 4, 5)),
        ("Pacific/Chatham", time(3, 0), utc(2026, 4, 4, 13, 15), utc(2026, 4, 5, 14, 15), date(2026, 4, 6)),
    ],
)
def test_next_run_across_dst(zone, at, after, expected_utc, expected_day):
    run_utc, day = next_run(at, ZoneInfo(zone), after)
    assert (run_utc, day) == (expected_utc, expected_day)
    assert run_utc > after


def test_next_run_is_strictly_after():
    tz = ZoneInfo("Europe/Berlin")
    first, _ = next_run(time(9), tz, utc(2026, 6, 1, 6, 59))
    assert first == utc(2026, 6, 1, 7)
    assert next_run(time(9), tz, first)[0] == utc(2026, 6, 2, 7)


@pytest.mark.parametrize(
    "zone", ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham"]
)
@pytest.mark.parametrize("at", [time(0, 0), time(1, 30), time(2, 30), time(3, 0), time(9, 0), time(23, 59)])
def test_one_run_per_local_date_for_a_year(zone, at):
    tz = ZoneInfo(zone)
    runs = list(runs_between(at, tz, utc(2026, 1, 1), utc(2027, 1, 1)))
    days = [day for _, day in runs]
    assert len(days) == len(set(days))
    assert all(b - a == timedelta(days=1) for a, b in zip(days, days[1:], strict=False))
    for run_utc, day in runs:
        local = run_utc.astimezone(tz)
        assert local.date() == day
        assert local.time() >= at  # on time, or just after a DST gap


# -------------------------------------------------------------------------------------- dispatcher


async def subscribe(store, target=1, at="09:00", zone="Europe/Berlin", kind="channel") -> Subscription:
    return await store.add_subscription(kind, target, 1 if kind == "channel" else None, at, zone, None, 7)


async def test_new_subscription_runs_today_or_tomorrow(store):
    clock = FakeClock(utc(2026, 6, 1, 8, 0))  # 10:00 in Berlin
    late = await subscribe(store, 1, "09:00")
    early = await subscribe(store, 2, "11:00")
    send = Recorder()
    disp = make_dispatcher(store, send, clock)
    assert await disp.dispatch_due() == []
    assert (await store.get_subscription(late.id)).next_run_utc == utc(2026, 6, 2, 7)  # tomorrow
    assert (await store.get_subscription(early.id)).next_run_utc == utc(2026, 6, 1, 9)  # later today
    clock.t = utc(2026, 6, 1, 9, 0, 5)
    results = await disp.dispatch_due()
    assert [(r.subscription.id, r.status, r.local_date, r.post_id) for r in results] == [
        (early.id, "sent", date(2026, 6, 1), 1001)
    ]
    assert (await get_delivery(store, early.id, date(2026, 6, 1))).status == "sent"
    assert await disp.dispatch_due() == []
    assert send.calls == [(early.id, date(2026, 6, 1))]
    assert (await store.get_subscription(early.id)).next_run_utc == utc(2026, 6, 2, 9)


async def test_daily_runs_across_spring_forward(store):
    clock = FakeClock(utc(2026, 3, 27, 12))
    sub = await subscribe(store, 1, "02:30", "Europe/Berlin")
    send = Recorder()
    disp = make_dispatcher(store, send, clock)
    await disp.dispatch_due()
    sent_at = []
    for _ in range(4):
        clock.t = await store.earliest_next_run()
        results = await disp.dispatch_due()
        sent_at.append((clock.t, results[0].local_date))
    assert sent_at == [
        (utc(2026, 3, 28, 1, 30), date(2026, 3, 28)),
        (utc(2026, 3, 29, 1, 0), date(2026, 3, 29)),  # 03:00 CEST, right after the gap
        (utc(2026, 3, 30, 0, 30), date(2026, 3, 30)),
        (utc(2026, 3, 31, 0, 30), date(2026, 3, 31)),
    ]
    assert len(send.calls) == 4 and len(await deliveries(store, sub.id)) == 4


async def test_missed_run_within_grace_is_posted_once(tmp_path):
    path = tmp_path / "t.db"
    first = await Store.open(path)
    sub = await subscribe(first, 1, "09:00", "UTC")
    await make_dispatcher(first, Recorder(), FakeClock(utc(2026, 6, 1, 8))).dispatch_due()
    await first.close()  # the bot goes down before 09:00 and comes back at 10:30

    store = await Store.open(path)
    send = Recorder()
    disp = make_dispatcher(store, send, FakeClock(utc(2026, 6, 1, 10, 30)), grace=timedelta(hours=3))
    results = await disp.dispatch_due()
    assert [(r.status, r.local_date) for r in results] == [("sent", date(2026, 6, 1))]
    assert await disp.dispatch_due() == []
    assert send.calls == [(sub.id, date(2026, 6, 1))]
    assert (await store.get_subscription(sub.id)).next_run_utc == utc(2026, 6, 2, 9)
    await store.close()


async def test_missed_run_outside_grace_is_skipped_and_logged(store, caplog):
    sub = await subscribe(store, 1, "09:00", "UTC")
    await make_dispatcher(store, Recorder(), FakeClock(utc(2026, 6, 1, 8))).dispatch_due()
    send = Recorder()
    disp = make_dispatcher(store, send, FakeClock(utc(2026, 6, 1, 13)), grace=timedelta(hours=3))
    with caplog.at_level(logging.INFO, logger="tutor.schedule"):
        results = await disp.dispatch_due()
    assert [(r.status, r.local_date) for r in results] == [("skipped", date(2026, 6, 1))]
    assert send.calls == []
    delivery = await get_delivery(store, sub.id, date(2026, 6, 1))
    assert delivery.status == "skipped" and "missed by 4h00m" in delivery.detail
    assert len([r for r in caplog.records if "skipped" in r.getMessage()]) == 1
    assert (await store.get_subscription(sub.id)).next_run_utc == utc(2026, 6, 2, 9)


async def test_down_for_days_skips_once_and_resumes_schedule(store):
    sub = await subscribe(store, 1, "09:00", "UTC")
    await make_dispatcher(store, Recorder(), FakeClock(utc(2026, 6, 1, 8))).dispatch_due()
    send = Recorder()
    disp = make_dispatcher(store, send, FakeClock(utc(2026, 6, 4, 9, 30)))  # back three days later
    results = await disp.dispatch_due()
    assert [r.status for r in results] == ["skipped"]
    assert (await store.get_subscription(sub.id)).next_run_utc == utc(2026, 6, 5, 9)
    assert send.calls == []


async def test_a_run_claimed_by_a_process_that_died_is_taken_over_once_its_lease_ends(store):
    """The old process claimed 2026-06-01 at 09:00 and died before (or while) sending: nobody touches
    the run while its lease holds; then one dispatcher takes it over and sends it, once."""
    sub = await subscribe(store, 1, "09:00", "UTC")
    await make_dispatcher(store, Recorder(), FakeClock(utc(2026, 6, 1, 8))).dispatch_due()
    clock = FakeClock(utc(2026, 6, 1, 9))
    dead = make_dispatcher(store, Recorder(), clock, lease=timedelta(minutes=2))
    [claim], _, _ = await store.claim_due(clock.now(), lambda s: Plan(
        date(2026, 6, 1), s.next_run_utc, utc(2026, 6, 2, 9), date(2026, 6, 2)), lease=dead.lease)  # ...crash
    send = Recorder()
    clock.t = utc(2026, 6, 1, 9, 1)
    disp = make_dispatcher(store, send, clock, lease=timedelta(minutes=2))
    assert await disp.dispatch_due() == [] and send.calls == []  # the lease still holds
    assert await disp.seconds_until_next_run() == pytest.approx(60, abs=1)  # wakes when it ends
    clock.t = utc(2026, 6, 1, 9, 2, 30)
    results = await disp.dispatch_due()
    assert [(r.status, r.local_date) for r in results] == [("sent", date(2026, 6, 1))]
    assert send.calls == [(sub.id, date(2026, 6, 1))]
    delivery = await get_delivery(store, sub.id, date(2026, 6, 1))
    assert delivery.status == "sent" and delivery.attempts == 2 and delivery.lease_until is None
    clock.t = utc(2026, 6, 1, 9, 10)
    assert await disp.dispatch_due() == [] and len(send.calls) == 1
    assert (await store.get_subscription(sub.id)).next_run_utc == utc(2026, 6, 2, 9)


async def test_restart_before_claim_sends_once(tmp_path):
    path = tmp_path / "t.db"
    store = await Store.open(path)
    sub = await subscribe(store, 1, "09:00", "UTC")
    await make_dispatcher(store, Recorder(), FakeClock(utc(2026, 6, 1, 8))).dispatch_due()
    await store.close()  # died at 08:59, nothing claimed
    sends = []
    for minute in (1, 2):  # restarted, then restarted again
        s = await Store.open(path)
        send = Recorder()
        await make_dispatcher(s, send, FakeClock(utc(2026, 6, 1, 9, minute))).dispatch_due()
        sends.extend(send.calls)
        await s.close()
    assert sends == [(sub.id, date(2026, 6, 1))]


async def test_stopping_lets_a_send_finish_and_releases_runs_not_started(store):
    """SIGTERM mid-burst: the quiz being sent is recorded as sent; the one still waiting for a slot is
    given back (its lease ends at once) and the next start posts it, so neither is lost nor doubled."""
    first, second = await subscribe(store, 1, "09:00", "UTC"), await subscribe(store, 2, "09:00", "UTC")
    await make_dispatcher(store, Recorder(), FakeClock(utc(2026, 6, 1, 8))).dispatch_due()
    sending, go_on = asyncio.Event(), asyncio.Event()
    sent: list[int] = []

    async def slow(sub, day):
        sending.set()
        await go_on.wait()
        sent.append(sub.id)
        return 500 + sub.id

    disp = make_dispatcher(store, slow, FakeClock(utc(2026, 6, 1, 9, 0, 30)), concurrency=1)
    burst = asyncio.ensure_future(disp.dispatch_due())
    await sending.wait()
    stopping = asyncio.ensure_future(disp.stop(timeout=5))
    await asyncio.sleep(0.05)
    go_on.set()
    assert await stopping == 0  # nothing abandoned mid-send
    results = await burst
    assert sorted(r.status for r in results) == ["released", "sent"]
    [done] = [r for r in results if r.status == "sent"]
    [back] = [r for r in results if r.status == "released"]
    assert sent == [done.subscription.id]
    assert (await get_delivery(store, done.subscription.id, date(2026, 6, 1))).status == "sent"
    given_back = await get_delivery(store, back.subscription.id, date(2026, 6, 1))
    assert given_back.status == "claimed" and given_back.lease_until <= utc(2026, 6, 1, 9, 0, 30)
    later = Recorder()  # the next start, still within grace
    await make_dispatcher(store, later, FakeClock(utc(2026, 6, 1, 9, 2))).dispatch_due()
    assert later.calls == [(back.subscription.id, date(2026, 6, 1))]
    assert {first.id, second.id} == {done.subscription.id, back.subscription.id}


async def test_two_dispatchers_racing_on_one_file_send_exactly_once(tmp_path):
    path = tmp_path / "race.db"
    setup = await Store.open(path)
    zones = ["UTC", "Europe/Berlin", "Asia/Kolkata", "America/New_York", "Pacific/Chatham"]
    instant = utc(2026, 6, 1, 12, 0)
    for i in range(300):
        tz = ZoneInfo(zones[i % len(zones)])
        await setup.add_subscription("channel", i, 1, instant.astimezone(tz).time(), tz.key, None, 1)
    await make_dispatcher(setup, Recorder(), FakeClock(instant - timedelta(hours=1))).dispatch_due()
    await setup.close()

    barrier = Barrier(2)

    def run_one() -> list[tuple[int, date]]:
        """A second process, as far as the database can tell: its own thread, loop and connections."""
        async def dispatch() -> list[tuple[int, date]]:
            store = await Store.open(path)
            send = Recorder()
            disp = make_dispatcher(store, send, FakeClock(instant + timedelta(seconds=20)))
            barrier.wait()
            await disp.dispatch_due()
            await store.close()
            return send.calls

        return asyncio.run(dispatch())

    with ThreadPoolExecutor(2) as pool:
        a, b = pool.submit(run_one), pool.submit(run_one)
        calls = a.result() + b.result()
    counts = Counter(sub_id for sub_id, _ in calls)
    assert len(counts) == 300 and set(counts.values()) == {1}
    check = await Store.open(path)
    assert await check.count_deliveries() == 300 == await check.count_deliveries("sent")
    await check.close()


async def test_two_dispatchers_in_one_loop_send_exactly_once(tmp_path):
    path = tmp_path / "race.db"
    a, b = await Store.open(path), await Store.open(path)
    for i in range(20):
        await subscribe(a, i, "09:00", "UTC")
    send = Recorder()
    await make_dispatcher(a, send, FakeClock(utc(2026, 6, 1, 8))).dispatch_due()
    clock = FakeClock(utc(2026, 6, 1, 9, 0, 1))
    await asyncio.gather(
        make_dispatcher(a, send, clock).dispatch_due(), make_dispatcher(b, send, clock).dispatch_due()
    )
    assert sorted(sub_id for sub_id, _ in send.calls) == sorted({s.id for s in await a.list_subscriptions()})
    await a.close()
    await b.close()


async def test_deleted_channel_pauses_and_stops(store):
    sub = await subscribe(store, 1, "09:00", "UTC")
    clock = FakeClock(utc(2026, 6, 1, 8))
    send = Recorder(failures=[TargetGone("channel deleted")])
    disp = make_dispatcher(store, send, clock)
    await disp.dispatch_due()
    clock.t = utc(2026, 6, 1, 9, 0, 1)
    results = await disp.dispatch_due()
    assert [(r.status, r.detail) for r in results] == [("gone", "channel deleted")]
    paused = await store.get_subscription(sub.id)
    assert not paused.active and paused.paused_reason == "channel deleted" and paused.next_run_utc is None
    assert (await get_delivery(store, sub.id, date(2026, 6, 1))).status == "failed"
    assert clock.sleeps == []  # never retried
    for day in range(2, 5):
        clock.t = utc(2026, 6, day, 9, 0, 1)
        assert await disp.dispatch_due() == []
    assert len(send.calls) == 1

    await store.resume_subscription(sub.id)  # e.g. the subscriber fixed permissions and re-enabled it
    clock.t = utc(2026, 6, 5, 10)
    await disp.dispatch_due()
    # no catch-up of paused days
    assert (await store.get_subscription(sub.id)).next_run_utc == utc(2026, 6, 6, 9)


async def test_transient_error_retried_with_backoff_then_succeeds(store):
    sub = await subscribe(store, 1, "09:00", "UTC")
    clock = FakeClock(utc(2026, 6, 1, 8))
    send = Recorder(failures=[ConnectionError("reset"), TimeoutError("slow")])
    disp = make_dispatcher(store, send, clock)
    await disp.dispatch_due()
    clock.t = utc(2026, 6, 1, 9)
    results = await disp.dispatch_due()
    assert [(r.status, r.attempts, r.post_id) for r in results] == [("sent", 3, 1003)]
    assert clock.sleeps == [5, 10]
    assert len(send.calls) == 3
    assert (await get_delivery(store, sub.id, date(2026, 6, 1))).post_id == 1003


async def test_transient_errors_give_up_after_bounded_attempts(store):
    sub = await subscribe(store, 1, "09:00", "UTC")
    clock = FakeClock(utc(2026, 6, 1, 8))
    send = Recorder(failures=[RuntimeError("discord 503")] * 10)
    disp = make_dispatcher(store, send, clock, retry=RetryPolicy(attempts=4, base_delay=5, max_delay=12))
    await disp.dispatch_due()
    clock.t = utc(2026, 6, 1, 9)
    results = await disp.dispatch_due()
    assert [r.status for r in results] == ["failed"]
    assert clock.sleeps == [5, 10, 12]
    assert len(send.calls) == 4
    delivery = await get_delivery(store, sub.id, date(2026, 6, 1))
    assert delivery.status == "failed" and "discord 503" in delivery.detail
    assert (await store.get_subscription(sub.id)).active  # tomorrow is another day
    assert await disp.dispatch_due() == []


async def test_sends_are_concurrent_but_bounded(store):
    for i in range(30):
        await subscribe(store, i, "09:00", "UTC")
    in_flight = peak = 0

    async def send(sub, day):
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.001)
        in_flight -= 1
        return None

    clock = FakeClock(utc(2026, 6, 1, 8))
    disp = make_dispatcher(store, send, clock, concurrency=4)
    await disp.dispatch_due()
    clock.t = utc(2026, 6, 1, 9)
    results = await disp.dispatch_due()
    assert len(results) == 30 and peak == 4


async def test_unknown_stored_zone_pauses_subscription(store):
    sub = await subscribe(store, 1, "09:00", "UTC")
    async with store._tx() as conn:
        await conn.exec_driver_sql("UPDATE subscriptions SET timezone = 'Gone/Zone' WHERE id = ?", (sub.id,))
    results = await make_dispatcher(store, Recorder(), FakeClock(utc(2026, 6, 1, 8))).dispatch_due()
    assert [r.status for r in results] == ["gone"]
    assert not (await store.get_subscription(sub.id)).active


async def test_run_sleeps_until_next_run_and_wakes_on_change(store):
    clock = ManualClock(utc(2026, 6, 1, 8, 0))
    send = Recorder()
    reported = []

    async def on_results(results):
        reported.extend(results)

    disp = make_dispatcher(store, send, clock, on_results=on_results, max_sleep=3600)
    task = asyncio.create_task(disp.run())
    await asyncio.wait_for(clock.sleeping.wait(), 1)  # nothing to do: idles
    sub = await subscribe(store, 1, "08:30", "UTC")
    clock.sleeping.clear()
    disp.wake()  # the /subscribe command tells the dispatcher
    await asyncio.wait_for(clock.sleeping.wait(), 1)
    assert (await store.get_subscription(sub.id)).next_run_utc == utc(2026, 6, 1, 8, 30)
    await clock.advance(minutes=29)
    await asyncio.sleep(0.01)
    assert send.calls == []
    await clock.advance(minutes=1, seconds=1)
    for _ in range(100):
        if send.calls:
            break
        await asyncio.sleep(0.001)
    assert send.calls == [(sub.id, date(2026, 6, 1))]
    for _ in range(100):
        if reported:
            break
        await asyncio.sleep(0.001)
    assert [r.status for r in reported] == ["sent"]
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_run_survives_store_errors_without_spinning(store):
    clock = FakeClock(utc(2026, 6, 1, 8))
    disp = make_dispatcher(store, Recorder(), clock)
    calls = 0

    async def broken():
        nonlocal calls
        calls += 1
        if calls >= 3:
            raise asyncio.CancelledError
        raise RuntimeError("database is locked")

    disp.dispatch_due = broken  # type: ignore[method-assign]
    with pytest.raises(asyncio.CancelledError):
        await disp.run()
    assert clock.sleeps == [60.0, 60.0]


async def test_system_clock():
    clock = SystemClock()
    assert clock.now().tzinfo is not None
    await clock.sleep(0)


async def test_a_dispatcher_posts_only_the_subscriptions_it_accepts(store):
    """A console session and the Discord bot can share one database without posting each other's quizzes."""
    clock = FakeClock(utc(2026, 6, 1, 8, 0))
    mine = await subscribe(store, 1, "11:00")
    theirs = await subscribe(store, 2, "11:00")
    send = Recorder()
    disp = Dispatcher(
        store, send, clock, grace=timedelta(hours=3), accepts=lambda s: s.target_id == mine.target_id
    )
    await disp.dispatch_due()
    clock.t = utc(2026, 6, 1, 9, 0, 5)
    await disp.dispatch_due()
    assert send.calls == [(mine.id, date(2026, 6, 1))]
    assert await get_delivery(store, theirs.id, date(2026, 6, 1)) is None  # left for its own dispatcher


async def test_a_locked_database_stalls_the_dispatcher_not_the_event_loop(store):
    """Another process holding the write lock makes store calls wait; the loop must go on meanwhile."""
    import sqlite3

    await subscribe(store, 1, "09:00", "UTC")
    other = sqlite3.connect(store.path, isolation_level=None)  # another process's connection
    other.execute("BEGIN IMMEDIATE")  # holds the write lock
    release = asyncio.get_running_loop().call_later(0.4, other.execute, "ROLLBACK")
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    beat = asyncio.ensure_future(ticker())
    await make_dispatcher(store, Recorder(), FakeClock(utc(2026, 6, 1, 8))).dispatch_due()
    beat.cancel()
    release.cancel()
    other.close()
    assert ticks >= 10  # the loop kept turning while the dispatcher waited on the database
