"""Daily-quiz subscriptions and their deliveries (claimed, sent, skipped, failed)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time

from bot.app.store.base import StoreBase
from bot.app.store.records import (
    Delivery,
    DeliveryStatus,
    Subscription,
    SubscriptionKind,
    _check_zone,
    _delivery,
    _normalize_local_time,
    _subscription,
    from_db_time,
    to_db_time,
)


class SubscriptionStore(StoreBase):
    """Daily-quiz subscriptions and their deliveries (claimed, sent, skipped, failed)."""

    def add_subscription(
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
        created = to_db_time(now or datetime.now(UTC))
        with self._tx() as conn:
            row = conn.execute(
                """INSERT INTO subscriptions
                       (kind, target_id, guild_id, local_time, timezone, topic, created_by, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (kind, target_id) DO UPDATE SET
                       next_run_utc = CASE WHEN active = 1 AND local_time = excluded.local_time
                                            AND timezone = excluded.timezone
                                           THEN next_run_utc END,
                       next_local_date = CASE WHEN active = 1 AND local_time = excluded.local_time
                                               AND timezone = excluded.timezone
                                              THEN next_local_date END,
                       guild_id = excluded.guild_id,
                       local_time = excluded.local_time,
                       timezone = excluded.timezone,
                       topic = excluded.topic,
                       created_by = excluded.created_by,
                       active = 1,
                       paused_reason = NULL
                   RETURNING *""",
                (kind, target_id, guild_id, hhmm, timezone, topic, created_by, created),
            ).fetchone()
        return _subscription(row)

    def remove_subscription(self, kind: SubscriptionKind, target_id: int) -> bool:
        with self._tx() as conn:
            cur = conn.execute(
                "DELETE FROM subscriptions WHERE kind = ? AND target_id = ?", (kind, target_id)
            )
        return cur.rowcount > 0

    def get_subscription(self, subscription_id: int) -> Subscription | None:
        with self._read() as conn:
            row = conn.execute("SELECT * FROM subscriptions WHERE id = ?", (subscription_id,)).fetchone()
        return _subscription(row) if row else None

    def find_subscription(self, kind: SubscriptionKind, target_id: int) -> Subscription | None:
        with self._read() as conn:
            row = conn.execute(
                "SELECT * FROM subscriptions WHERE kind = ? AND target_id = ?", (kind, target_id)
            ).fetchone()
        return _subscription(row) if row else None

    def list_subscriptions(
        self, guild_id: int | None = None, active_only: bool = False
    ) -> list[Subscription]:
        sql = "SELECT * FROM subscriptions WHERE 1 = 1"
        args: list[object] = []
        if guild_id is not None:
            sql += " AND guild_id = ?"
            args.append(guild_id)
        if active_only:
            sql += " AND active = 1"
        with self._read() as conn:
            rows = conn.execute(sql + " ORDER BY id", args).fetchall()
        return [_subscription(r) for r in rows]

    def pause_subscription(self, subscription_id: int, reason: str) -> bool:
        """Stop posting (target gone, or asked to); clears the next run so resuming starts fresh."""
        with self._tx() as conn:
            cur = conn.execute(
                """UPDATE subscriptions SET active = 0, paused_reason = ?, next_run_utc = NULL,
                       next_local_date = NULL WHERE id = ?""",
                (reason, subscription_id),
            )
        return cur.rowcount > 0

    def resume_subscription(self, subscription_id: int) -> bool:
        """Reactivate; the next run is recomputed from now, so days spent paused are not caught up."""
        with self._tx() as conn:
            cur = conn.execute(
                """UPDATE subscriptions SET active = 1, paused_reason = NULL, next_run_utc = NULL,
                       next_local_date = NULL WHERE id = ? AND active = 0""",
                (subscription_id,),
            )
        return cur.rowcount > 0

    def unscheduled_subscriptions(self) -> list[Subscription]:
        """Active subscriptions whose next run has not been computed yet (new, changed or resumed)."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT * FROM subscriptions WHERE active = 1 AND next_run_utc IS NULL ORDER BY id"
            ).fetchall()
        return [_subscription(r) for r in rows]

    def due_subscriptions(self, now: datetime) -> list[Subscription]:
        """Active subscriptions whose next run is at or before ``now``, oldest first."""
        with self._read() as conn:
            rows = conn.execute(
                """SELECT * FROM subscriptions WHERE active = 1 AND next_run_utc <= ?
                   ORDER BY next_run_utc, id""",
                (to_db_time(now),),
            ).fetchall()
        return [_subscription(r) for r in rows]

    def earliest_next_run(self) -> datetime | None:
        with self._read() as conn:
            row = conn.execute(
                "SELECT MIN(next_run_utc) FROM subscriptions WHERE active = 1 AND next_run_utc IS NOT NULL"
            ).fetchone()
        return from_db_time(row[0])

    def set_next_runs(self, updates: Iterable[tuple[Subscription, datetime, date]]) -> int:
        """Store computed next runs in one transaction; returns how many rows changed.

        Each update only applies if the row still has the time, zone and next run the caller saw, so a
        subscriber changing their time concurrently is never overwritten with a stale schedule.
        """
        args = [
            (
                to_db_time(run_utc),
                local_date.isoformat(),
                sub.id,
                sub.local_time,
                sub.timezone,
                to_db_time(sub.next_run_utc) if sub.next_run_utc else None,
            )
            for sub, run_utc, local_date in updates
        ]
        with self._tx() as conn:
            before = conn.total_changes
            conn.executemany(
                """UPDATE subscriptions SET next_run_utc = ?, next_local_date = ?
                   WHERE id = ? AND active = 1 AND local_time = ? AND timezone = ? AND next_run_utc IS ?""",
                args,
            )
            return conn.total_changes - before

    # -- deliveries

    def claim_deliveries(self, claims: Sequence[tuple[int, date]], claimed_at: datetime) -> list[bool]:
        """Claim each (subscription, local date) in one transaction: True where this caller now owns that
        day's quiz, False where anyone claimed it before (UNIQUE(subscription_id, local_date))."""
        at = to_db_time(claimed_at)
        won: list[bool] = []
        with self._tx() as conn:
            for subscription_id, local_date in claims:
                cur = conn.execute(
                    """INSERT OR IGNORE INTO deliveries (subscription_id, local_date, status, claimed_at)
                       VALUES (?, ?, 'claimed', ?)""",
                    (subscription_id, local_date.isoformat(), at),
                )
                won.append(cur.rowcount == 1)
        return won

    def finish_delivery(
        self,
        subscription_id: int,
        local_date: date,
        status: DeliveryStatus,
        detail: str = "",
        post_id: int | None = None,
        *,
        finished_at: datetime | None = None,
    ) -> bool:
        self.finish_deliveries([(subscription_id, local_date, status, detail, post_id)], finished_at)
        return True

    def finish_deliveries(
        self,
        results: Sequence[tuple[int, date, DeliveryStatus, str, int | None]],
        finished_at: datetime | None = None,
    ) -> None:
        """Record outcomes (subscription_id, local_date, status, detail, post_id) in one transaction."""
        for _, _, status, _, _ in results:
            if status not in ("sent", "skipped", "failed"):
                raise ValueError(f"status must be sent, skipped or failed, got {status!r}")
        at = to_db_time(finished_at or datetime.now(UTC))
        with self._tx() as conn:
            conn.executemany(
                """UPDATE deliveries SET status = ?, detail = ?, post_id = ?, finished_at = ?
                   WHERE subscription_id = ? AND local_date = ?""",
                [(st, detail, post, at, sid, day.isoformat()) for sid, day, st, detail, post in results],
            )

    def release_delivery(self, subscription_id: int, local_date: date, run_utc: datetime) -> bool:
        """Give back a claimed run that was never sent (the process is stopping): the claim is removed
        and the run is due again at ``run_utc``, so the next dispatcher posts it (within its grace)."""
        with self._tx() as conn:
            cur = conn.execute(
                "DELETE FROM deliveries WHERE subscription_id = ? AND local_date = ? AND status = 'claimed'",
                (subscription_id, local_date.isoformat()),
            )
            if cur.rowcount != 1:
                return False
            conn.execute(
                """UPDATE subscriptions SET next_run_utc = ?, next_local_date = ?
                   WHERE id = ? AND active = 1""",
                (to_db_time(run_utc), local_date.isoformat(), subscription_id),
            )
            return True

    def get_delivery(self, subscription_id: int, local_date: date) -> Delivery | None:
        with self._read() as conn:
            row = conn.execute(
                "SELECT * FROM deliveries WHERE subscription_id = ? AND local_date = ?",
                (subscription_id, local_date.isoformat()),
            ).fetchone()
        return _delivery(row) if row else None

    def count_deliveries(self, status: DeliveryStatus | None = None) -> int:
        with self._read() as conn:
            if status is None:
                return conn.execute("SELECT COUNT(*) FROM deliveries").fetchone()[0]
            return conn.execute("SELECT COUNT(*) FROM deliveries WHERE status = ?", (status,)).fetchone()[0]

