"""Daily-quiz subscriptions and their deliveries (claimed, sent, skipped, failed)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import sqlalchemy as sa

from bot.app.store import tables as t
from bot.app.store.base import StoreBase
from bot.app.store.records import (
    DeliveryStatus,
    Subscription,
    SubscriptionKind,
    _check_zone,
    _normalize_local_time,
    _subscription,
    from_db_time,
    to_db_time,
)

S, D = t.subscriptions, t.deliveries
CLAIM_BATCH = 500  # due subscriptions locked and claimed per transaction


@dataclass(frozen=True)
class Plan:
    """What the dispatcher decided for one due subscription: the local date of the run it claims, when
    that run was scheduled, and the run after it."""

    local_date: date
    scheduled: datetime
    next_run: datetime
    next_local_date: date


@dataclass(frozen=True)
class Claim:
    """A run this process now owns: send it (or record a skip), then finish it before the lease ends.
    ``post_id`` is set when an earlier owner had already recorded the post (a taken-over run)."""

    subscription: Subscription
    local_date: date
    scheduled: datetime
    post_id: int | None = None
    attempts: int = 1


class SubscriptionStore(StoreBase):
    """Daily-quiz subscriptions and their deliveries (claimed, sent, skipped, failed)."""

    async def add_subscription(
        self,
        kind: SubscriptionKind,
        target_id: int,
        guild_id: int | None,
        local_time: str | time,
        timezone: str,
        topic: str | None,
        created_by: int,
        *,
        now: datetime | None = None,
    ) -> Subscription:
        """Create, or update and resume, the one subscription of (kind, target_id). Whoever subscribed
        last is the one told when it has to be paused.

        The stored next run is kept when time and zone are unchanged on an active subscription (so a
        re-subscribe right at quiz time cannot lose today's quiz); otherwise it is cleared and the
        dispatcher recomputes it from now.
        """
        if kind not in ("channel", "dm"):
            raise ValueError(f"kind must be 'channel' or 'dm', got {kind!r}")
        hhmm = _normalize_local_time(local_time)
        _check_zone(timezone)
        stmt = self.insert(S).values(
            kind=kind, target_id=target_id, guild_id=guild_id, local_time=hhmm, timezone=timezone,
            topic=topic, created_by=created_by, created_at=to_db_time(now or datetime.now(UTC)),
        )
        same = sa.and_(S.c.active == 1, S.c.local_time == stmt.excluded.local_time,
                       S.c.timezone == stmt.excluded.timezone)
        stmt = stmt.on_conflict_do_update(
            index_elements=[S.c.kind, S.c.target_id],
            set_={
                "next_run_utc": sa.case((same, S.c.next_run_utc), else_=sa.null()),
                "next_local_date": sa.case((same, S.c.next_local_date), else_=sa.null()),
                "guild_id": stmt.excluded.guild_id,
                "local_time": stmt.excluded.local_time,
                "timezone": stmt.excluded.timezone,
                "topic": stmt.excluded.topic,
                "created_by": stmt.excluded.created_by,
                "active": 1,
                "paused_reason": None,
            },
        ).returning(*S.c)
        async with self._tx() as conn:
            row = (await conn.execute(stmt)).one()
        return _subscription(row._mapping)

    async def remove_subscription(self, kind: SubscriptionKind, target_id: int) -> bool:
        async with self._tx(single=True) as conn:
            cur = await conn.execute(sa.delete(S).where(S.c.kind == kind, S.c.target_id == target_id))
        return cur.rowcount > 0

    async def get_subscription(self, subscription_id: int) -> Subscription | None:
        async with self._read() as conn:
            row = (await conn.execute(sa.select(S).where(S.c.id == subscription_id))).first()
        return _subscription(row._mapping) if row else None

    async def find_subscription(self, kind: SubscriptionKind, target_id: int) -> Subscription | None:
        async with self._read() as conn:
            row = (await conn.execute(
                sa.select(S).where(S.c.kind == kind, S.c.target_id == target_id))).first()
        return _subscription(row._mapping) if row else None

    async def list_subscriptions(
        self, guild_id: int | None = None, active_only: bool = False
    ) -> list[Subscription]:
        query = sa.select(S).order_by(S.c.id)
        if guild_id is not None:
            query = query.where(S.c.guild_id == guild_id)
        if active_only:
            query = query.where(S.c.active == 1)
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [_subscription(r._mapping) for r in rows]

    async def pause_subscription(self, subscription_id: int, reason: str) -> bool:
        """Stop posting (target gone, or asked to); clears the next run so resuming starts fresh."""
        async with self._tx(single=True) as conn:
            cur = await conn.execute(
                sa.update(S).where(S.c.id == subscription_id)
                .values(active=0, paused_reason=reason, next_run_utc=None, next_local_date=None)
            )
        return cur.rowcount > 0

    async def resume_subscription(self, subscription_id: int) -> bool:
        """Reactivate; the next run is recomputed from now, so days spent paused are not caught up."""
        async with self._tx(single=True) as conn:
            cur = await conn.execute(
                sa.update(S).where(S.c.id == subscription_id, S.c.active == 0)
                .values(active=1, paused_reason=None, next_run_utc=None, next_local_date=None)
            )
        return cur.rowcount > 0

    async def unscheduled_subscriptions(self) -> list[Subscription]:
        """Active subscriptions whose next run has not been computed yet (new, changed or resumed)."""
        async with self._read() as conn:
            rows = (await conn.execute(
                sa.select(S).where(S.c.active == 1, S.c.next_run_utc.is_(None)).order_by(S.c.id))).all()
        return [_subscription(r._mapping) for r in rows]

    async def earliest_next_run(
        self, accepts: Callable[[Subscription], bool] | None = None
    ) -> datetime | None:
        """The soonest scheduled run (of the subscriptions ``accepts`` takes, if given)."""
        async with self._read() as conn:
            if accepts is None:
                value = (await conn.execute(
                    sa.select(sa.func.min(S.c.next_run_utc)).where(S.c.active == 1))).scalar()
                return from_db_time(value)
            rows = (await conn.execute(
                sa.select(S).where(S.c.active == 1, S.c.next_run_utc.is_not(None)))).all()
        runs = [s.next_run_utc for s in map(lambda r: _subscription(r._mapping), rows) if accepts(s)]
        return min((r for r in runs if r is not None), default=None)

    async def set_next_runs(self, updates: Iterable[tuple[Subscription, datetime, date]]) -> None:
        """Store computed next runs in one transaction.

        Each update only applies if the row still has the time, zone and next run the caller saw, so a
        subscriber changing their time concurrently is never overwritten with a stale schedule.
        """
        args = [
            {
                "run": to_db_time(run_utc),
                "day": local_date.isoformat(),
                "sid": sub.id,
                "hhmm": sub.local_time,
                "zone": sub.timezone,
                "seen": to_db_time(sub.next_run_utc) if sub.next_run_utc else None,
            }
            for sub, run_utc, local_date in updates
        ]
        if args:
            async with self._tx() as conn:
                await conn.execute(_ADVANCE, args)

    # -- deliveries

    async def claim_due(
        self,
        now: datetime,
        plan: Callable[[Subscription], Plan | None],
        *,
        lease: timedelta,
        batch: int = CLAIM_BATCH,
        after: tuple[str, int] | None = None,
    ) -> tuple[list[Claim], list[Subscription], tuple[str, int] | None]:
        """Claim one batch of due runs: (claims won, subscriptions ``plan`` refused, cursor for the next
        batch or None when this was the last).

        The due rows are locked in one transaction (PostgreSQL: ``FOR UPDATE SKIP LOCKED``, so other
        processes take other rows instead of waiting; SQLite: the write lock). Each planned run gets its
        UNIQUE (subscription, local date) delivery row with a lease, and the subscription advances to
        its next run. A row another process claimed first is left to it. ``plan`` returning None leaves
        the subscription untouched (not this process's, or unplannable; the caller decides).
        """
        query = (
            sa.select(S).where(S.c.active == 1, S.c.next_run_utc <= to_db_time(now))
            .order_by(S.c.next_run_utc, S.c.id).limit(batch)
            .with_for_update(skip_locked=True, of=S)
        )
        if after is not None:
            query = query.where(sa.or_(S.c.next_run_utc > after[0],
                                       sa.and_(S.c.next_run_utc == after[0], S.c.id > after[1])))
        at, until = to_db_time(now), to_db_time(now + lease)
        async with self._tx() as conn:
            rows = (await conn.execute(query)).all()
            subs = [_subscription(r._mapping) for r in rows]
            planned: list[tuple[Subscription, Plan]] = []
            refused: list[Subscription] = []
            for sub in subs:
                decided = plan(sub)
                if decided is None:
                    refused.append(sub)
                else:
                    planned.append((sub, decided))
            won: set[int] = set()
            if planned:
                stmt = self.insert(D).values([
                    {"subscription_id": sub.id, "local_date": p.local_date.isoformat(), "status": "claimed",
                     "claimed_at": at, "lease_until": until, "scheduled_utc": to_db_time(p.scheduled)}
                    for sub, p in planned
                ]).on_conflict_do_nothing(index_elements=[D.c.subscription_id, D.c.local_date])
                won = {r[0] for r in await conn.execute(stmt.returning(D.c.subscription_id))}
                await conn.execute(_ADVANCE, [
                    {"run": to_db_time(p.next_run), "day": p.next_local_date.isoformat(), "sid": sub.id,
                     "hhmm": sub.local_time, "zone": sub.timezone,
                     "seen": to_db_time(sub.next_run_utc) if sub.next_run_utc else None}
                    for sub, p in planned
                ])
        claims = [Claim(sub, p.local_date, p.scheduled) for sub, p in planned if sub.id in won]
        last = subs[-1] if len(subs) == batch else None
        cursor = (to_db_time(last.next_run_utc), last.id) if last and last.next_run_utc else None
        return claims, refused, cursor

    async def take_over_expired(
        self,
        now: datetime,
        *,
        lease: timedelta,
        accepts: Callable[[Subscription], bool] | None = None,
        batch: int = CLAIM_BATCH,
    ) -> list[Claim]:
        """Claim runs whose owner's lease ran out before it recorded an outcome (the process died or
        hung): each gets a new lease and one more attempt, and keeps its post, so it is re-sent with
        the same nonce. Locked rows (another process taking them over now) are skipped."""
        query = (
            sa.select(D.c.local_date, D.c.scheduled_utc, D.c.claimed_at, D.c.post_id, D.c.attempts,
                      D.c.id.label("delivery_id"), *S.c)
            .join(S, S.c.id == D.c.subscription_id)
            .where(D.c.status == "claimed", D.c.lease_until < to_db_time(now))
            .order_by(D.c.lease_until, D.c.id).limit(batch)
            .with_for_update(skip_locked=True, of=D)
        )
        async with self._tx() as conn:
            rows = (await conn.execute(query)).all()
            claims = []
            for row in rows:
                sub = _subscription(row._mapping)
                if accepts is not None and not accepts(sub):
                    continue
                m = row._mapping
                claims.append((m["delivery_id"], Claim(
                    sub, date.fromisoformat(m["local_date"]),
                    from_db_time(m["scheduled_utc"] or m["claimed_at"]),  # type: ignore[arg-type]
                    m["post_id"], int(m["attempts"]) + 1)))
            if claims:
                await conn.execute(
                    sa.update(D).where(D.c.id == sa.bindparam("did"))
                    .values(lease_until=to_db_time(now + lease), attempts=D.c.attempts + 1),
                    [{"did": did} for did, _ in claims],
                )
        return [c for _, c in claims]

    async def extend_lease(self, subscription_id: int, local_date: date, until: datetime) -> None:
        """Keep a run being retried from being taken over while this process still works on it."""
        async with self._tx(single=True) as conn:
            await conn.execute(
                sa.update(D).where(D.c.subscription_id == subscription_id,
                                   D.c.local_date == local_date.isoformat(), D.c.status == "claimed")
                .values(lease_until=to_db_time(until))
            )

    async def delivery_post(self, subscription_id: int, local_date: date) -> int | None:
        async with self._read() as conn:
            return (await conn.execute(
                sa.select(D.c.post_id).where(D.c.subscription_id == subscription_id,
                                             D.c.local_date == local_date.isoformat()))).scalar()

    async def finish_delivery(
        self,
        subscription_id: int,
        local_date: date,
        status: DeliveryStatus,
        detail: str = "",
        post_id: int | None = None,
        *,
        finished_at: datetime | None = None,
    ) -> bool:
        await self.finish_deliveries([(subscription_id, local_date, status, detail, post_id)], finished_at)
        return True

    async def finish_deliveries(
        self,
        results: Sequence[tuple[int, date, DeliveryStatus, str, int | None]],
        finished_at: datetime | None = None,
    ) -> None:
        """Record outcomes (subscription_id, local_date, status, detail, post_id) in one transaction; a
        sent run also records its Discord message (the post's)."""
        for _, _, status, _, _ in results:
            if status not in ("sent", "skipped", "failed"):
                raise ValueError(f"status must be sent, skipped or failed, got {status!r}")
        if not results:
            return
        at = to_db_time(finished_at or datetime.now(UTC))
        async with self._tx(single=len(results) == 1) as conn:
            await conn.execute(_FINISH, [
                {"st": st, "detail": detail, "post": post, "sid": sid, "day": day.isoformat(), "at": at}
                for sid, day, st, detail, post in results
            ])

    async def release_delivery(self, subscription_id: int, local_date: date, run_utc: datetime) -> bool:
        """Give back a claimed run that was never sent (the process is stopping): its lease ends at once,
        so the next dispatcher to look (another process now, or this one after its restart) takes it
        over, with its post if it had one, and sends it within the grace of ``run_utc``."""
        async with self._tx(single=True) as conn:
            cur = await conn.execute(
                sa.update(D).where(D.c.subscription_id == subscription_id,
                                   D.c.local_date == local_date.isoformat(), D.c.status == "claimed")
                .values(lease_until=D.c.claimed_at,
                        scheduled_utc=sa.func.coalesce(D.c.scheduled_utc, to_db_time(run_utc))))
        return cur.rowcount > 0

    async def earliest_lease_end(self) -> datetime | None:
        """When the first claimed, unfinished run may be taken over (a dispatcher wakes up for it)."""
        async with self._read() as conn:
            return from_db_time((await conn.execute(
                sa.select(sa.func.min(D.c.lease_until)).where(D.c.status == "claimed"))).scalar())

    async def count_deliveries(self, status: DeliveryStatus | None = None) -> int:
        query = sa.select(sa.func.count()).select_from(D)
        if status is not None:
            query = query.where(D.c.status == status)
        async with self._read() as conn:
            return int((await conn.execute(query)).scalar_one())


# Statements on the hot paths are built once: building one costs ~0.2 ms, a tenth of a post's CPU.
_FINISH = (
    sa.update(D)
    .where(D.c.subscription_id == sa.bindparam("sid"), D.c.local_date == sa.bindparam("day"))
    .values(status=sa.bindparam("st"), detail=sa.bindparam("detail"),
            post_id=sa.func.coalesce(sa.bindparam("post", type_=sa.Integer), D.c.post_id),
            message_id=sa.select(t.posts.c.message_id).where(t.posts.c.id == sa.bindparam("post"))
            .scalar_subquery(),
            finished_at=sa.bindparam("at"), lease_until=None)
)

# advance a subscription to its next run, unless someone changed its time, zone or next run meanwhile
_ADVANCE = (
    sa.update(S)
    .where(
        S.c.id == sa.bindparam("sid"),
        S.c.active == 1,
        S.c.local_time == sa.bindparam("hhmm"),
        S.c.timezone == sa.bindparam("zone"),
        S.c.next_run_utc.is_not_distinct_from(sa.bindparam("seen", type_=sa.Text)),
    )
    .values(next_run_utc=sa.bindparam("run"), next_local_date=sa.bindparam("day"))
)
