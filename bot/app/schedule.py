"""Local times and the daily-quiz dispatcher.

Why it looks like this:

* A daily quiz is "at 09:00 on the subscriber's wall clock", so the next run is computed from the local
  date, not by adding 24 hours: DST days are 23 or 25 hours long. A time that does not exist that day
  (spring-forward gap) runs at the first instant after the gap; a time that exists twice (fall back)
  runs at the first occurrence only.
* Exactly once per subscription and local date is the store's job (a UNIQUE claim row with a lease);
  the dispatcher claims before it sends, so a restart, a second process or a retry never posts a
  second quiz for the same day. A process that dies between claim and send loses nothing: once its
  lease runs out another dispatcher takes the run over and sends the same post again with the same
  Discord nonce (``delivery_nonce``), which Discord uses to return the first message instead of
  posting twice if the first send had reached it.
* A quiz missed while the bot was down is posted late only within a grace window; older ones are
  recorded as skipped, because a "daily" quiz arriving at 3am is worse than none.
* Time comes from a ``Clock`` so tests drive days, DST and backoff without sleeping.
"""

from __future__ import annotations

import asyncio
import difflib
import logging
import re
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Literal, Protocol
from zoneinfo import ZoneInfo

from bot.app.store import Claim, Plan, Store, Subscription
from bot.text import quoted

TIME_HELP = "Use HH:MM (24h) or 9am / 9:30pm, e.g. 09:00"
ZONE_EXAMPLE = "Europe/Berlin"
_NOT_ZONES = {"Factory", "localtime", "posixrules"}


class ScheduleError(ValueError):
    """Bad user input for a time or time zone; the message is meant to be shown to the user."""


class TargetGone(Exception):
    """Raised by a sender when the target can never receive posts again (channel deleted, bot removed or
    forbidden, DMs closed). The subscription is paused and never retried."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# ------------------------------------------------------------------------------------ parsing input

_TIME_RE = re.compile(
    r"(?P<hour>\d{1,2})(?:(?P<sep>[:h])(?P<minute>\d{2}))?\s*(?P<suffix>am|pm|a|p|h)?",
)


def parse_local_time(text: str) -> time:
    """Read a wall-clock time as people type it: "09:00", "9:00", "21:30", "9am", "9:30 pm", "21h",
    "21h30", "noon", "midnight". A bare number ("9") is refused: it could mean 09:00 or 21:00."""
    raw = text
    text = text.strip().lower().replace(".", "")
    if text in ("noon", "midday"):
        return time(12, 0)
    if text == "midnight":
        return time(0, 0)
    match = _TIME_RE.fullmatch(text)
    if not match:
        raise ScheduleError(f"Can't read {quoted(raw)} as a time. {TIME_HELP}.")
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    suffix = match["suffix"]
    if suffix in ("am", "a", "pm", "p"):
        if not 1 <= hour <= 12 or match["sep"] == "h":
            raise ScheduleError(f"{quoted(raw)}: with am/pm the hour must be 1-12. {TIME_HELP}.")
        hour = hour % 12 + (12 if suffix.startswith("p") else 0)
    elif match["minute"] is None and suffix != "h":
        raise ScheduleError(f"{quoted(raw)} is ambiguous (morning or evening?). {TIME_HELP}.")
    if hour > 23 or minute > 59:
        raise ScheduleError(f"{quoted(raw)} is not a time of day. {TIME_HELP}.")
    return time(hour, minute)


@cache
def _zone_names() -> dict[str, str]:
    """lower-case name -> canonical IANA name, for case-insensitive lookup."""
    import zoneinfo

    return {name.lower(): name for name in zoneinfo.available_timezones() if name not in _NOT_ZONES}


@cache
def _region_names() -> tuple[str, ...]:
    """Area/City names (plus UTC): the ones worth offering in autocomplete, sorted."""
    return tuple(sorted(n for n in _zone_names().values() if "/" in n and not n.startswith("Etc/"))) + (
        "UTC",
    )


def parse_timezone(text: str) -> ZoneInfo:
    """An IANA zone name, case-insensitive ("europe/berlin", "America/New York"); "UTC"/"GMT"/"Z" too."""
    key = text.strip().replace(" ", "_").lower()
    if key in ("utc", "gmt", "z", "zulu"):
        return ZoneInfo("UTC")
    name = _zone_names().get(key)
    if name:
        return ZoneInfo(name)
    suggestions = suggest_timezones(text)
    hint = f" Did you mean {', '.join(suggestions)}?" if suggestions else ""
    raise ScheduleError(f"Unknown time zone {quoted(text)}. Use an IANA name, e.g. {ZONE_EXAMPLE}.{hint}")


def suggest_timezones(text: str, limit: int = 3) -> list[str]:
    """Close names: same city ("berlin" -> Europe/Berlin) first, then spelling neighbours."""
    key = text.strip().replace(" ", "_").lower()
    if not key:
        return []
    names = _zone_names()
    city = [n for low, n in names.items() if low.rsplit("/", 1)[-1] == key.rsplit("/", 1)[-1]]
    close = difflib.get_close_matches(key, list(names), n=limit, cutoff=0.6)
    out: list[str] = []
    for name in sorted(city) + [names[c] for c in close]:
        if name not in out:
            out.append(name)
    return out[:limit]


def timezone_choices(prefix: str, limit: int = 25) -> list[str]:
    """Autocomplete: names starting with ``prefix``, then names with a part starting with it, then
    names containing it (case-insensitive; spaces match underscores)."""
    key = prefix.strip().replace(" ", "_").lower()
    names = _region_names()
    if not key:
        return list(names[:limit])
    starts, part, contains = [], [], []
    for name in names:
        low = name.lower()
        if low.startswith(key):
            starts.append(name)
        elif any(p.startswith(key) for p in low.split("/")):
            part.append(name)
        elif key in low:
            contains.append(name)
    return (starts + part + contains)[:limit]


# -------------------------------------------------------------------------------------- next run


def _first_instant(day: date, at: time, tz: ZoneInfo) -> datetime:
    """The first UTC instant at which ``tz`` wall clocks show ``day at``; for a time inside a DST gap,
    the first valid instant after the gap (the transition itself)."""
    naive = datetime.combine(day, at)
    early = naive.replace(tzinfo=tz, fold=0)  # in an overlap, fold=0 is the first occurrence
    utc = early.astimezone(UTC)
    if utc.astimezone(tz).replace(tzinfo=None) == naive:
        return utc
    # In a gap: fold=0 reads the wall time with the pre-gap offset (lands after the gap), fold=1 with the
    # post-gap offset (lands before it). The transition lies between; find it to the second.
    lo = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    hi = utc
    if lo > hi:
        lo, hi = hi, lo
    after_offset = hi.astimezone(tz).utcoffset()
    while hi - lo > timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        mid = mid.replace(microsecond=0)
        if mid.astimezone(tz).utcoffset() == after_offset:
            hi = mid
        else:
            lo = mid
    return hi


def next_run(local_time: time, tz: ZoneInfo, after: datetime) -> tuple[datetime, date]:
    """(UTC instant, local date) of the first run strictly after ``after`` (aware).

    Each local date yields exactly one candidate instant, so a subscriber gets one quiz per local date
    whatever DST does.
    """
    if after.tzinfo is None:
        raise ValueError("after must be an aware datetime")
    start = after.astimezone(tz).date()
    for offset in range(-1, 3):
        day = start + timedelta(days=offset)
        instant = _first_instant(day, local_time, tz)
        if instant > after:
            return instant, day
    raise AssertionError("unreachable: some local day in the next three has the time")  # pragma: no cover


# ------------------------------------------------------------------------------------------ clocks


class Clock(Protocol):
    def now(self) -> datetime:
        """Current time, aware UTC."""

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """Wall-clock time and asyncio.sleep (the dispatcher caps single sleeps, so clock jumps heal)."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


# -------------------------------------------------------------------------------------- dispatcher

LEASE = timedelta(minutes=2)  # a claimed run not finished by then is taken over by another dispatcher
# The run a dispatcher worker is sending right now (set around each send): the sender learns from it
# whether the run was taken over with a post already recorded, without another query.
SENDING: ContextVar[Claim | None] = ContextVar("tutor_sending_run", default=None)
Sender = Callable[[Subscription, date], Awaitable[int | None]]
DispatchStatus = Literal["sent", "skipped", "failed", "gone", "released"]


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff for transient send errors: ``attempts`` tries in total."""

    attempts: int = 4
    base_delay: float = 5.0
    factor: float = 2.0
    max_delay: float = 300.0

    def delay(self, failures: int) -> float:
        return min(self.base_delay * self.factor ** (failures - 1), self.max_delay)


@dataclass(frozen=True)
class DispatchResult:
    """What happened to one due run. ``gone`` means the subscription was paused (tell the subscriber)."""

    subscription: Subscription
    local_date: date
    scheduled_utc: datetime
    status: DispatchStatus
    detail: str = ""
    post_id: int | None = None
    attempts: int = 0


class Dispatcher:
    """Posts each active subscription's daily quiz once per local date.

    ``send(subscription, local_date)`` posts and returns the post id (or None); it raises
    :class:`TargetGone` for permanent failures, anything else is treated as transient and retried.
    ``on_results`` (optional) receives each batch of results from :meth:`run`.
    """

    def __init__(
        self,
        store: Store,
        send: Sender,
        clock: Clock | None = None,
        grace: timedelta = timedelta(hours=3),
        concurrency: int = 50,
        retry: RetryPolicy | None = None,
        log: logging.Logger | None = None,
        *,
        on_results: Callable[[list[DispatchResult]], Awaitable[None]] | None = None,
        max_sleep: float = 300.0,
        accepts: Callable[[Subscription], bool] | None = None,
        lease: timedelta = LEASE,
    ) -> None:
        self.store = store
        self.send = send
        self.lease = lease
        self.clock: Clock = clock or SystemClock()
        self.grace = grace
        self.retry = retry or RetryPolicy()
        self.log = log or logging.getLogger("tutor.schedule")
        self.on_results = on_results
        self.max_sleep = max_sleep
        # Which subscriptions this dispatcher serves: the Discord bot and a console session may share
        # one database, and each must post only its own quizzes.
        self.accepts = accepts or (lambda _sub: True)
        self.concurrency = max(1, concurrency)
        self._semaphore = asyncio.Semaphore(self.concurrency)
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._inflight: set[asyncio.Task] = set()

    def wake(self) -> None:
        """Subscriptions changed: recompute and re-plan the sleep now instead of at the old deadline."""
        self._wake.set()

    def clear_wake(self) -> None:
        self._wake.clear()

    async def run(self) -> None:
        """Dispatch forever: due runs, then sleep until the earliest next run (or a wake())."""
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                results = await self.dispatch_due()
                if results and self.on_results is not None:
                    await self.on_results(results)
                delay = await self.seconds_until_next_run()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.log.error(
                    "daily quiz dispatch failed (%s: %s); trying again in 60 s", type(exc).__name__, exc
                )
                self.log.debug("dispatch failure", exc_info=True)
                delay = 60.0
            await self.sleep_or_wake(delay)

    async def seconds_until_next_run(self) -> float:
        """Until the earliest next run this dispatcher serves, or the end of a lease another process
        holds (if it died, its run is taken over then)."""
        times = [await self.store.earliest_next_run(self.accepts), await self.store.earliest_lease_end()]
        earliest = min((t for t in times if t is not None), default=None)
        if earliest is None:
            return self.max_sleep
        delay = (earliest - self.clock.now()).total_seconds()
        if delay <= 0:
            # Still due right after a dispatch (e.g. a concurrent change); don't spin.
            return 1.0
        return min(delay + 0.01, self.max_sleep)  # asyncio may wake a hair early

    async def sleep_or_wake(self, seconds: float) -> None:
        """Sleep (on the injected clock) until ``seconds`` pass or :meth:`wake` is called."""
        if self._wake.is_set():
            return
        sleeper = asyncio.ensure_future(self.clock.sleep(seconds))
        waiter = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waiter}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, waiter):
                task.cancel()

    def _zone(self, sub: Subscription) -> ZoneInfo | None:
        return _zone_or_none(sub.timezone)

    async def _pause_bad_zone(self, sub: Subscription) -> DispatchResult:
        reason = f"unknown time zone {sub.timezone!r}"
        await self.store.pause_subscription(sub.id, reason)
        self.log.warning("subscription %s paused: %s", sub.id, reason)
        now = self.clock.now()
        return DispatchResult(sub, now.date(), now, "gone", reason)

    async def schedule_new(self, now: datetime) -> list[DispatchResult]:
        """Give new, changed and resumed subscriptions their first run after ``now``."""
        updates: list[tuple[Subscription, datetime, date]] = []
        problems: list[DispatchResult] = []
        for sub in filter(self.accepts, await self.store.unscheduled_subscriptions()):
            zone = self._zone(sub)
            if zone is None:
                problems.append(await self._pause_bad_zone(sub))
                continue
            run_utc, day = next_run(sub.time_of_day, zone, now)
            updates.append((sub, run_utc, day))
        if updates:
            await self.store.set_next_runs(updates)
        return problems

    async def dispatch_due(self) -> list[DispatchResult]:
        """Handle every run due now: claim (and advance), then send (within grace) or record a skip;
        and take over runs whose owner's lease ran out.

        Runs are claimed a batch at a time, as fast as they are sent, never all at once: several
        processes then share a burst (each claims what it can send, the others skip the rows it holds),
        and no claim waits in a queue long enough for its lease to run out. Runs someone else already
        claimed are left alone and not reported.
        """
        now = self.clock.now()
        results = await self.schedule_new(now)
        bad_zone: list[Subscription] = []

        def plan(sub: Subscription) -> Plan | None:
            if not self.accepts(sub):
                return None
            zone = self._zone(sub)
            if zone is None:
                bad_zone.append(sub)
                return None
            scheduled = sub.next_run_utc
            assert scheduled is not None  # only scheduled rows are due
            local_date = sub.next_local_date or scheduled.astimezone(zone).date()
            run_utc, day = next_run(sub.time_of_day, zone, now)
            return Plan(local_date, scheduled, run_utc, day)

        queue: deque[Claim] = deque()
        cursor: tuple[str, int] | None = None
        state = {"due_left": True, "expired_left": True}
        refill = asyncio.Lock()
        batch = max(self.concurrency, 10)

        async def top_up() -> None:
            """Claim the next batch when the queue runs low (one worker at a time does it)."""
            nonlocal cursor
            async with refill:
                while len(queue) < self.concurrency and not self._stopping.is_set() and (
                        state["due_left"] or state["expired_left"]):
                    if state["due_left"]:
                        # Claim first (durable, with a lease), then send: a crash anywhere cannot
                        # cause a second post, and one before the send is repaired by a takeover.
                        won, _, cursor = await self.store.claim_due(
                            now, plan, lease=self.lease, batch=batch, after=cursor)
                        state["due_left"] = cursor is not None
                        for sub in bad_zone:
                            results.append(await self._pause_bad_zone(sub))
                        bad_zone.clear()
                    else:
                        won = await self.store.take_over_expired(
                            now, lease=self.lease, accepts=self.accepts, batch=batch)
                        state["expired_left"] = len(won) == batch
                        for claim in won:
                            self.log.warning(
                                "daily quiz for subscription %s on %s taken over (attempt %d): its "
                                "owner's lease ran out", claim.subscription.id, claim.local_date,
                                claim.attempts)
                    late = [c for c in won if now - c.scheduled > self.grace]
                    if late:
                        await self._skip_late(late, now, results)
                    queue.extend(c for c in won if now - c.scheduled <= self.grace)

        # A few workers take the claimed runs in turn: ten thousand tasks started at once would each
        # take their first step in one turn of the loop, stalling it for half a second. The workers are
        # shielded: stopping the loop lets runs being sent finish (see stop()), instead of cancelling
        # them between the claim and the record of the post.
        async def worker() -> None:
            while True:
                if not queue:
                    await top_up()
                    if not queue:
                        return
                claim = queue.popleft()
                token = SENDING.set(claim)
                try:
                    results.append(await self._deliver(claim.subscription, claim.local_date, claim.scheduled))
                finally:
                    SENDING.reset(token)

        await top_up()
        workers = [asyncio.ensure_future(worker()) for _ in range(min(self.concurrency, max(1, len(queue))))]
        self._inflight.update(workers)
        for task in workers:
            task.add_done_callback(self._inflight.discard)
        await asyncio.gather(*(asyncio.shield(t) for t in workers))
        for claim in list(queue):  # stopping: claimed, never started
            results.append(await self._release(claim.subscription, claim.local_date, claim.scheduled, 0))
        return results

    async def _skip_late(self, late: list[Claim], now: datetime, results: list[DispatchResult]) -> None:
        rows: list[tuple[int, date, Literal["skipped"], str, int | None]] = []
        for c in late:
            lateness = now - c.scheduled
            detail = f"missed by {_human(lateness)} (grace {_human(self.grace)}); not posted"
            rows.append((c.subscription.id, c.local_date, "skipped", detail, None))
            self.log.info("daily quiz for subscription %s on %s skipped: %s", c.subscription.id,
                          c.local_date, detail)
            results.append(DispatchResult(c.subscription, c.local_date, c.scheduled, "skipped", detail))
        await self.store.finish_deliveries(rows, now)

    async def stop(self, timeout: float = 10.0) -> int:
        """Stop taking work: runs not yet sent are released (due again for the next start), runs being
        sent get ``timeout`` seconds to finish. Returns how many had to be abandoned mid-send."""
        self._stopping.set()
        self._wake.set()
        if self._inflight:
            await asyncio.wait(set(self._inflight), timeout=timeout)
        left = [t for t in self._inflight if not t.done()]
        for task in left:
            task.cancel()
        if left:
            self.log.warning("stopped with %d daily quiz(zes) mid-send; they may not have been posted",
                             len(left))
        return len(left)

    async def _release(self, sub: Subscription, day: date, scheduled: datetime, tries: int) -> DispatchResult:
        await self.store.release_delivery(sub.id, day, scheduled)
        self.log.info("daily quiz for subscription %s on %s released: shutting down", sub.id, day)
        return DispatchResult(sub, day, scheduled, "released", "shutting down", None, tries)

    async def _gone(self, sub: Subscription, day: date, reason: str, detail: str, now: datetime) -> None:
        await self.store.pause_subscription(sub.id, reason)
        await self.store.finish_delivery(sub.id, day, "failed", detail, None, finished_at=now)

    async def _deliver(self, sub: Subscription, day: date, scheduled: datetime) -> DispatchResult:
        failures = 0
        while True:
            try:
                async with self._semaphore:
                    if self._stopping.is_set():
                        return await self._release(sub, day, scheduled, failures)
                    post_id = await self.send(sub, day)
            except TargetGone as gone:
                detail = f"target gone: {gone.reason}"
                await self._gone(sub, day, gone.reason, detail, self.clock.now())
                self.log.warning("subscription %s paused: %s", sub.id, gone.reason)
                return DispatchResult(sub, day, scheduled, "gone", gone.reason, None, failures + 1)
            except Exception as exc:  # transient: network, rate limit, Discord 5xx ...
                failures += 1
                detail = f"{type(exc).__name__}: {exc}"
                if failures >= self.retry.attempts:
                    await self.store.finish_delivery(
                        sub.id,
                        day,
                        "failed",
                        f"gave up after {failures} tries: {detail}",
                        None,
                        finished_at=self.clock.now(),
                    )
                    self.log.error("daily quiz for subscription %s on %s failed: %s", sub.id, day, detail)
                    return DispatchResult(sub, day, scheduled, "failed", detail, None, failures)
                delay = self.retry.delay(failures)
                # still ours while we wait: nobody takes over a run that is only being retried
                await self.store.extend_lease(sub.id, day, self.clock.now() + self.lease
                                              + timedelta(seconds=delay))
                self.log.warning(
                    "daily quiz for subscription %s failed (%s); retry %d in %.0f s",
                    sub.id,
                    detail,
                    failures,
                    delay,
                )
                stopped = asyncio.ensure_future(self._stopping.wait())
                waited = asyncio.ensure_future(self.clock.sleep(delay))
                try:
                    await asyncio.wait({stopped, waited}, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    stopped.cancel()
                    waited.cancel()
                continue
            await self.store.finish_delivery(sub.id, day, "sent", "", post_id, finished_at=self.clock.now())
            return DispatchResult(sub, day, scheduled, "sent", "", post_id, failures + 1)


def delivery_nonce(subscription_id: int, local_date: date) -> str:
    """The Discord nonce of one subscription's quiz for one local date: the same for every process and
    every attempt, so a re-send after a takeover is recognised by Discord (enforce_nonce) instead of
    posted twice. At most 25 characters, as Discord requires."""
    return f"q{subscription_id}d{local_date:%Y%m%d}"[:25]


@cache
def _zone_or_none(name: str) -> ZoneInfo | None:
    """ZoneInfo's own cache keeps only 8 zones strongly; with thousands of subscriptions in dozens of
    zones it would re-read tzdata files on every dispatch."""
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return None


def _human(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m"


def runs_between(
    local_time: time, tz: ZoneInfo, start: datetime, end: datetime
) -> Iterable[tuple[datetime, date]]:
    """Every run in (start, end]; handy for previews ("your next quizzes") and tests."""
    cursor = start
    while True:
        run_utc, day = next_run(local_time, tz, cursor)
        if run_utc > end:
            return
        yield run_utc, day
        cursor = run_utc
