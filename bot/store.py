"""SQLite repository: the product's only persistence (subscriptions, deliveries, quiz posts, answers,
scores, spaced-repetition cards, answer feedback).

Why it looks like this:

* One connection guarded by a ``threading.Lock`` and ``check_same_thread=False``: the Discord app calls
  it from the event loop and from worker threads; SQLite serialises writers anyway, so a single
  connection costs nothing and avoids "database is locked" between our own threads.
* Every public method is one short transaction. Writes use ``BEGIN IMMEDIATE`` so a second process on
  the same file (a restarted bot overlapping the old one) waits on ``busy_timeout`` instead of failing
  half-way through a read-then-write upgrade.
* Exactly-once is enforced by UNIQUE constraints, not by application checks: a delivery is
  UNIQUE(subscription_id, local_date) and an answer UNIQUE(post_id, user_id); the winner is whoever's
  ``INSERT OR IGNORE`` changed a row.
* Datetimes are stored as fixed-width ISO-8601 UTC text, so text order is time order and the file is
  readable with the sqlite3 shell. Every method takes and returns aware datetimes.
* The schema is versioned with ``PRAGMA user_version`` and an append-only list of migrations applied on
  open, inside one write transaction that re-reads the version (two processes opening an old file at
  once migrate it once).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

SubscriptionKind = Literal["channel", "dm"]
DeliveryStatus = Literal["claimed", "sent", "skipped", "failed"]

BUSY_TIMEOUT_MS = 10_000

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Before Alembic the schema version was SQLite's user_version 1-4: such a file is stamped with the
# revision it already has, then upgraded like any other.
LEGACY_REVISIONS = ("0001", "0002", "0003", "0004")
SCHEMA_VERSION = "0004"  # the head revision; a newer database is refused, an older one upgraded

_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class StoreError(RuntimeError):
    """The database cannot be used by this version of the code (e.g. it is newer)."""


# ---------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class Subscription:
    """A daily quiz for one channel or one user's DMs. ``next_run_utc`` is owned by the dispatcher."""

    id: int
    kind: SubscriptionKind
    target_id: int
    guild_id: int | None
    local_time: str  # "HH:MM", 24h, in ``timezone``
    timezone: str
    topic: str | None
    created_by: int
    created_at: datetime
    active: bool
    paused_reason: str | None
    next_run_utc: datetime | None
    next_local_date: date | None

    @property
    def time_of_day(self) -> time:
        return time.fromisoformat(self.local_time)


@dataclass(frozen=True)
class Delivery:
    """One subscription's quiz for one local date; existing at all means it was claimed."""

    subscription_id: int
    local_date: date
    status: DeliveryStatus
    claimed_at: datetime
    finished_at: datetime | None
    detail: str
    post_id: int | None


@dataclass(frozen=True)
class Post:
    """A quiz question posted somewhere (channel, DM or an ad-hoc /quiz)."""

    id: int
    item_id: str
    topic: str
    channel_id: int | None
    guild_id: int | None
    subscription_id: int | None
    message_id: int | None
    posted_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class TopicStats:
    answered: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class Stats:
    """A user's score card; streaks count consecutive local days with at least one correct answer."""

    user_id: int
    answered: int
    correct: int
    current_streak: int
    best_streak: int
    by_topic: dict[str, TopicStats] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class LeaderboardEntry:
    user_id: int
    answered: int
    correct: int
    name: str | None = None  # the display name they last answered under in that server

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class ReportOutcome:
    """What one report did: how many open reports the item now has and whether it is withdrawn."""

    reports: int
    withdrawn: bool  # withdrawn from this server's quizzes (now or before)
    newly_withdrawn: bool  # this report withdrew it


@dataclass(frozen=True)
class ReportedItem:
    item_id: str
    reports: int  # open reports (not cleared by a restore)
    moderator: bool  # a moderator reported it
    withdrawn: bool
    reasons: tuple[str, ...]
    last_at: datetime


@dataclass(frozen=True)
class CardState:
    """What item selection needs to know about one spaced-repetition card without decoding it."""

    item_id: str
    due: datetime
    last_correct: bool | None


# ------------------------------------------------------------------------------------------- helpers


def to_db_time(dt: datetime) -> str:
    """Aware datetime -> fixed-width UTC text (microseconds always present, so text order = time order)."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"naive datetime {dt!r}: pass an aware datetime (e.g. datetime.now(UTC))")
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def from_db_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _normalize_local_time(value: str | time) -> str:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if not _HHMM.match(value):
        raise ValueError(f"local_time must be HH:MM (24h), got {value!r}")
    return value


def _check_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (KeyError, ValueError) as exc:  # ZoneInfoNotFoundError is a KeyError
        raise ValueError(f"unknown time zone {name!r}") from exc
    return name


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


@contextmanager
def _migration_lock(path: str) -> Iterator[None]:
    """One process migrates a file at a time (two `tutor` processes starting together)."""
    if path == ":memory:":
        yield
        return
    try:
        import fcntl
    except ImportError:  # no flock (Windows): one process per database file there
        yield
        return
    with open(f"{path}.migrate.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def upgrade_schema(conn: sqlite3.Connection, path: str = ":memory:") -> str | None:
    """Bring the database behind ``conn`` to the head revision with Alembic; returns the revision found
    before (None for a new database). A database newer than this code is refused with StoreError."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    with _migration_lock(path), engine.connect() as connection:
        cfg = _alembic_config(connection)
        known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
        found = MigrationContext.configure(connection).get_current_revision()
        if found is None:
            legacy = conn.execute("PRAGMA user_version").fetchone()[0]
            if legacy > len(LEGACY_REVISIONS):
                found = f"user_version {legacy}"
            elif legacy:
                command.stamp(cfg, LEGACY_REVISIONS[legacy - 1])
                found = LEGACY_REVISIONS[legacy - 1]
        if found is not None and found not in known:
            raise StoreError(
                f"database schema is {found} but this code knows up to {SCHEMA_VERSION}; "
                "upgrade the bot or use another database file"
            )
        command.upgrade(cfg, "head")
        connection.commit()
    return found


def _subscription(row: sqlite3.Row) -> Subscription:
    return Subscription(
        id=row["id"],
        kind=row["kind"],
        target_id=row["target_id"],
        guild_id=row["guild_id"],
        local_time=row["local_time"],
        timezone=row["timezone"],
        topic=row["topic"],
        created_by=row["created_by"],
        created_at=from_db_time(row["created_at"]),  # type: ignore[arg-type]
        active=bool(row["active"]),
        paused_reason=row["paused_reason"],
        next_run_utc=from_db_time(row["next_run_utc"]),
        next_local_date=date.fromisoformat(row["next_local_date"]) if row["next_local_date"] else None,
    )


def _delivery(row: sqlite3.Row) -> Delivery:
    return Delivery(
        subscription_id=row["subscription_id"],
        local_date=date.fromisoformat(row["local_date"]),
        status=row["status"],
        claimed_at=from_db_time(row["claimed_at"]),  # type: ignore[arg-type]
        finished_at=from_db_time(row["finished_at"]),
        detail=row["detail"],
        post_id=row["post_id"],
    )


def _post(row: sqlite3.Row) -> Post:
    return Post(
        id=row["id"],
        item_id=row["item_id"],
        topic=row["topic"],
        channel_id=row["channel_id"],
        guild_id=row["guild_id"],
        subscription_id=row["subscription_id"],
        message_id=row["message_id"],
        posted_at=from_db_time(row["posted_at"]),  # type: ignore[arg-type]
        closed_at=from_db_time(row["closed_at"]),
    )


def _streaks(days: set[date], today: date) -> tuple[int, int]:
    """(current, best) runs of consecutive days; the current run may end today or yesterday."""
    best = run = 0
    previous: date | None = None
    for day in sorted(days):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    current = 0
    cursor = today if today in days else today - timedelta(days=1)
    while cursor in days:
        current += 1
        cursor -= timedelta(days=1)
    return current, best


# --------------------------------------------------------------------------------------------- store


class Store:
    """The repository. ``Store(":memory:")`` works for tests; a file path gets WAL mode."""

    def __init__(self, path: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(
            self.path, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False
        )
        self._conn.row_factory = sqlite3.Row
        self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        self._conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: commits survive an application crash (the case restarts care about); only an OS
        # crash or power loss can drop the last transactions.
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        with self._lock:
            try:
                upgrade_schema(self._conn, self.path)
            except BaseException:
                self._conn.close()
                raise

    # -- plumbing

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> str:
        """The Alembic revision the database is at."""
        with self._read() as conn:
            return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, holding the write lock from the start (BEGIN IMMEDIATE)."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A read: one statement in autocommit mode is its own consistent snapshot."""
        with self._lock:
            yield self._conn

    # -- subscriptions

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

    def claim_delivery(self, subscription_id: int, local_date: date, claimed_at: datetime) -> bool:
        """True if this caller now owns the quiz of that local date; False if anyone claimed it before."""
        return self.claim_deliveries([(subscription_id, local_date)], claimed_at)[0]

    def claim_deliveries(self, claims: Sequence[tuple[int, date]], claimed_at: datetime) -> list[bool]:
        """Batch form of :meth:`claim_delivery` in one transaction (same exactly-once guarantee)."""
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

    def list_deliveries(self, subscription_id: int) -> list[Delivery]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY local_date", (subscription_id,)
            ).fetchall()
        return [_delivery(r) for r in rows]

    def count_deliveries(self, status: DeliveryStatus | None = None) -> int:
        with self._read() as conn:
            if status is None:
                return conn.execute("SELECT COUNT(*) FROM deliveries").fetchone()[0]
            return conn.execute("SELECT COUNT(*) FROM deliveries WHERE status = ?", (status,)).fetchone()[0]

    # -- quiz posts and answers

    def create_post(
        self,
        item_id: str,
        channel_id: int | None,
        guild_id: int | None,
        subscription_id: int | None,
        posted_at: datetime,
        *,
        topic: str = "",
    ) -> int:
        """Record a posted question before the message exists (its id comes via set_post_message)."""
        with self._tx() as conn:
            cur = conn.execute(
                """INSERT INTO posts (item_id, topic, channel_id, guild_id, subscription_id, posted_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (item_id, topic, channel_id, guild_id, subscription_id, to_db_time(posted_at)),
            )
            return int(cur.lastrowid)  # type: ignore[arg-type]

    def set_post_message(self, post_id: int, message_id: int) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE posts SET message_id = ? WHERE id = ?", (message_id, post_id))

    def get_post(self, post_id: int) -> Post | None:
        with self._read() as conn:
            row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
        return _post(row) if row else None

    def post_by_message(self, message_id: int) -> Post | None:
        with self._read() as conn:
            row = conn.execute("SELECT * FROM posts WHERE message_id = ?", (message_id,)).fetchone()
        return _post(row) if row else None

    def recent_item_ids(self, channel_id: int, limit: int = 50) -> list[str]:
        """Items posted in a channel, newest first, so a channel is not asked the same thing again soon."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT item_id FROM posts WHERE channel_id = ? ORDER BY posted_at DESC, id DESC LIMIT ?",
                (channel_id, limit),
            ).fetchall()
        return [r["item_id"] for r in rows]

    def latest_open_post(self, channel_id: int) -> Post | None:
        with self._read() as conn:
            row = conn.execute(
                """SELECT * FROM posts WHERE channel_id = ? AND closed_at IS NULL
                   ORDER BY posted_at DESC, id DESC LIMIT 1""",
                (channel_id,),
            ).fetchone()
        return _post(row) if row else None

    def latest_post(self, channel_id: int) -> Post | None:
        """The channel's newest post, open or closed (what "report that question" means)."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT * FROM posts WHERE channel_id = ? ORDER BY posted_at DESC, id DESC LIMIT 1",
                (channel_id,),
            ).fetchone()
        return _post(row) if row else None

    def open_posts(self, posted_before: datetime | None = None, channel_id: int | None = None) -> list[Post]:
        """Unclosed posts, optionally only those older than a cutoff (to reveal answers after a while)
        or only those of one channel (what a new post there closes)."""
        sql, args = "SELECT * FROM posts WHERE closed_at IS NULL", []
        if channel_id is not None:
            sql += " AND channel_id = ?"
            args.append(channel_id)
        if posted_before is not None:
            sql += " AND posted_at < ?"
            args.append(to_db_time(posted_before))
        with self._read() as conn:
            rows = conn.execute(sql + " ORDER BY posted_at, id", args).fetchall()
        return [_post(r) for r in rows]

    def close_post(self, post_id: int, closed_at: datetime) -> bool:
        """Close once; False if it was already closed (so only one caller reveals the answer)."""
        with self._tx() as conn:
            cur = conn.execute(
                "UPDATE posts SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
                (to_db_time(closed_at), post_id),
            )
        return cur.rowcount > 0

    def record_answer(
        self,
        post_id: int,
        user_id: int,
        guild_id: int | None,
        choice: str,
        correct: bool,
        answered_at: datetime,
        *,
        topic: str | None = None,
        name: str | None = None,
    ) -> bool:
        """Store a person's first answer to a post; False for any later click (UNIQUE(post_id, user_id)).
        ``name`` (their display name in the server) is kept for the leaderboard.

        The item id and topic are copied from the post onto the answer row, so per-topic scores survive
        a re-index that renames or drops the item. Raises KeyError for an unknown post.
        """
        with self._tx() as conn:
            post = conn.execute("SELECT item_id, topic FROM posts WHERE id = ?", (post_id,)).fetchone()
            if post is None:
                raise KeyError(f"no quiz post {post_id}")
            cur = conn.execute(
                """INSERT OR IGNORE INTO answers
                       (post_id, user_id, guild_id, item_id, topic, choice, correct, answered_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    post_id,
                    user_id,
                    guild_id,
                    post["item_id"],
                    post["topic"] if topic is None else topic,
                    choice,
                    int(bool(correct)),
                    to_db_time(answered_at),
                ),
            )
            if name and guild_id is not None:
                conn.execute(
                    """INSERT INTO display_names (guild_id, user_id, name, updated_at) VALUES (?, ?, ?, ?)
                       ON CONFLICT (guild_id, user_id) DO UPDATE
                       SET name = excluded.name, updated_at = excluded.updated_at""",
                    (guild_id, user_id, name[:100], to_db_time(answered_at)),
                )
        return cur.rowcount == 1

    def post_tally(self, post_id: int) -> tuple[int, int]:
        """(answered, correct) for one post."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT COUNT(*), COALESCE(SUM(correct), 0) FROM answers WHERE post_id = ?", (post_id,)
            ).fetchone()
        return int(row[0]), int(row[1])

    # -- scores

    def user_stats(
        self, user_id: int, guild_id: int | None = None, tz: str | None = None, *, now: datetime | None = None
    ) -> Stats:
        """Score card for one user, in one guild (or everywhere when ``guild_id`` is None).

        Streak days are the user's local days: ``tz`` if given, else their saved zone, else UTC.
        """
        zone = ZoneInfo(_check_zone(tz or self.get_user_timezone(user_id) or "UTC"))
        where, args = "user_id = ?", [user_id]
        if guild_id is not None:
            where += " AND guild_id = ?"
            args.append(guild_id)
        with self._read() as conn:
            topics = conn.execute(
                f"SELECT topic, COUNT(*), SUM(correct) FROM answers WHERE {where} GROUP BY topic", args
            ).fetchall()
            correct_times = conn.execute(
                f"SELECT answered_at FROM answers WHERE {where} AND correct = 1", args
            ).fetchall()
        by_topic = {t: TopicStats(answered=int(n), correct=int(c)) for t, n, c in topics}
        days = {datetime.fromisoformat(r[0]).astimezone(zone).date() for r in correct_times}
        today = (now or datetime.now(UTC)).astimezone(zone).date()
        current, best = _streaks(days, today)
        return Stats(
            user_id=user_id,
            answered=sum(s.answered for s in by_topic.values()),
            correct=sum(s.correct for s in by_topic.values()),
            current_streak=current,
            best_streak=best,
            by_topic=by_topic,
        )

    def leaderboard(self, guild_id: int, limit: int = 10) -> list[LeaderboardEntry]:
        """Most correct answers first, then better accuracy, then fewer attempts."""
        with self._read() as conn:
            # aggregates spelled out in ORDER BY: inside an expression a bare "correct" is the row's
            # column, not the sum, which ranked 5 of 10 above 5 of 6
            rows = conn.execute(
                """SELECT a.user_id, COUNT(*), SUM(a.correct), MAX(n.name) FROM answers a
                   LEFT JOIN display_names n ON n.guild_id = a.guild_id AND n.user_id = a.user_id
                   WHERE a.guild_id = ? GROUP BY a.user_id
                   ORDER BY SUM(a.correct) DESC, CAST(SUM(a.correct) AS REAL) / COUNT(*) DESC,
                            COUNT(*) ASC, a.user_id ASC
                   LIMIT ?""",
                (guild_id, limit),
            ).fetchall()
        return [
            LeaderboardEntry(user_id=r[0], answered=int(r[1]), correct=int(r[2]), name=r[3]) for r in rows
        ]

    def set_user_timezone(self, user_id: int, tz: str) -> None:
        _check_zone(tz)
        with self._tx() as conn:
            conn.execute(
                """INSERT INTO user_prefs (user_id, timezone) VALUES (?, ?)
                   ON CONFLICT (user_id) DO UPDATE SET timezone = excluded.timezone""",
                (user_id, tz),
            )

    def get_user_timezone(self, user_id: int) -> str | None:
        with self._read() as conn:
            row = conn.execute("SELECT timezone FROM user_prefs WHERE user_id = ?", (user_id,)).fetchone()
        return row[0] if row else None

    # -- spaced repetition

    def load_card(self, user_id: int, item_id: str) -> str | None:
        with self._read() as conn:
            row = conn.execute(
                "SELECT card_json FROM cards WHERE user_id = ? AND item_id = ?", (user_id, item_id)
            ).fetchone()
        return row[0] if row else None

    def save_card(
        self,
        user_id: int,
        item_id: str,
        card_json: str,
        due: datetime,
        *,
        correct: bool | None = None,
        reviewed_at: datetime | None = None,
    ) -> None:
        """Upsert a card; ``correct`` is the last answer's outcome, kept for "got it wrong last time"."""
        with self._tx() as conn:
            conn.execute(
                """INSERT INTO cards (user_id, item_id, card_json, due, last_correct, reviewed_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (user_id, item_id) DO UPDATE SET card_json = excluded.card_json,
                       due = excluded.due, last_correct = excluded.last_correct,
                       reviewed_at = excluded.reviewed_at""",
                (
                    user_id,
                    item_id,
                    card_json,
                    to_db_time(due),
                    None if correct is None else int(correct),
                    to_db_time(reviewed_at) if reviewed_at else None,
                ),
            )

    def due_item_ids(self, user_id: int, now: datetime) -> list[str]:
        """Items due at ``now``, most overdue first."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT item_id FROM cards WHERE user_id = ? AND due <= ? ORDER BY due, item_id",
                (user_id, to_db_time(now)),
            ).fetchall()
        return [r[0] for r in rows]

    def reviewed_item_ids(self, user_id: int) -> set[str]:
        with self._read() as conn:
            rows = conn.execute("SELECT item_id FROM cards WHERE user_id = ?", (user_id,)).fetchall()
        return {r[0] for r in rows}

    def wrong_item_ids(self, user_id: int) -> set[str]:
        """Items whose last answer by this user was wrong."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT item_id FROM cards WHERE user_id = ? AND last_correct = 0", (user_id,)
            ).fetchall()
        return {r[0] for r in rows}

    def card_states(self, user_id: int) -> dict[str, CardState]:
        """All of a user's cards in one query (item selection needs due time and last outcome)."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT item_id, due, last_correct FROM cards WHERE user_id = ?", (user_id,)
            ).fetchall()
        return {
            r[0]: CardState(
                item_id=r[0],
                due=from_db_time(r[1]),  # type: ignore[arg-type]
                last_correct=None if r[2] is None else bool(r[2]),
            )
            for r in rows
        }

    # -- answer feedback

    def record_feedback(
        self,
        message_id: int,
        user_id: int,
        vote: int,
        question: str,
        answer: str,
        *,
        voted_at: datetime | None = None,
    ) -> None:
        """One vote per person per answer message; voting again replaces the earlier vote."""
        if vote not in (1, -1):
            raise ValueError(f"vote must be +1 or -1, got {vote!r}")
        with self._tx() as conn:
            conn.execute(
                """INSERT INTO feedback (message_id, user_id, vote, question, answer, voted_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (message_id, user_id) DO UPDATE SET vote = excluded.vote,
                       voted_at = excluded.voted_at""",
                (message_id, user_id, vote, question, answer, to_db_time(voted_at or datetime.now(UTC))),
            )

    def feedback_counts(self, message_id: int) -> tuple[int, int]:
        """(up, down) votes for one answer message."""
        with self._read() as conn:
            row = conn.execute(
                """SELECT COALESCE(SUM(vote = 1), 0), COALESCE(SUM(vote = -1), 0)
                   FROM feedback WHERE message_id = ?""",
                (message_id,),
            ).fetchone()
        return int(row[0]), int(row[1])

    # -- reports of bad quiz questions (per server; guild 0 is everything outside a server)

    def record_report(
        self,
        guild_id: int | None,
        item_id: str,
        user_id: int,
        reason: str,
        *,
        moderator: bool,
        threshold: int,
        reported_at: datetime,
    ) -> ReportOutcome:
        """Store one person's report (reporting again updates the reason) and withdraw the item from the
        server's quizzes when a moderator reported it or ``threshold`` people have, in one transaction."""
        guild = guild_id or 0
        now = to_db_time(reported_at)
        with self._tx() as conn:
            conn.execute(
                """INSERT INTO reports (guild_id, item_id, user_id, reason, moderator, reported_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (guild_id, item_id, user_id) DO UPDATE SET
                       reason = excluded.reason, moderator = excluded.moderator,
                       reported_at = excluded.reported_at, cleared_at = NULL""",
                (guild, item_id, user_id, reason[:500], int(moderator), now),
            )
            count, by_moderator = conn.execute(
                """SELECT COUNT(*), COALESCE(MAX(moderator), 0) FROM reports
                   WHERE guild_id = ? AND item_id = ? AND cleared_at IS NULL""",
                (guild, item_id),
            ).fetchone()
            already = (
                conn.execute(
                    "SELECT 1 FROM withdrawn WHERE guild_id = ? AND item_id = ?", (guild, item_id)
                ).fetchone()
                is not None
            )
            newly = not already and (bool(by_moderator) or count >= threshold)
            if newly:
                conn.execute(
                    "INSERT INTO withdrawn (guild_id, item_id, withdrawn_at) VALUES (?, ?, ?)",
                    (guild, item_id, now),
                )
        return ReportOutcome(int(count), already or newly, newly)

    def withdrawn_item_ids(self, guild_id: int | None) -> set[str]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT item_id FROM withdrawn WHERE guild_id = ?", (guild_id or 0,)
            ).fetchall()
        return {r[0] for r in rows}

    def reported_items(self, guild_id: int | None, limit: int = 50) -> list[ReportedItem]:
        """Items with open reports or withdrawn in this server, withdrawn and most reported first."""
        guild = guild_id or 0
        with self._read() as conn:
            rows = conn.execute(
                """SELECT r.item_id, COUNT(*), MAX(r.moderator), MAX(r.reported_at),
                          GROUP_CONCAT(r.reason, char(31)), w.item_id IS NOT NULL
                   FROM reports r LEFT JOIN withdrawn w ON w.guild_id = r.guild_id AND w.item_id = r.item_id
                   WHERE r.guild_id = ? AND r.cleared_at IS NULL
                   GROUP BY r.item_id
                   ORDER BY w.item_id IS NULL, COUNT(*) DESC, MAX(r.reported_at) DESC
                   LIMIT ?""",
                (guild, limit),
            ).fetchall()
        return [
            ReportedItem(
                r[0],
                int(r[1]),
                bool(r[2]),
                bool(r[5]),
                tuple(x for x in (r[4] or "").split("\x1f") if x.strip()),
                from_db_time(r[3]),  # type: ignore[arg-type]
            )
            for r in rows
        ]

    def restore_item(self, guild_id: int | None, item_id: str, restored_at: datetime) -> bool:
        """Put a withdrawn or reported item back into the server's quizzes; its reports are cleared
        (kept, dated) so that it takes fresh reports to withdraw it again."""
        guild = guild_id or 0
        with self._tx() as conn:
            gone = conn.execute(
                "DELETE FROM withdrawn WHERE guild_id = ? AND item_id = ?", (guild, item_id)
            ).rowcount
            cleared = conn.execute(
                """UPDATE reports SET cleared_at = ?
                   WHERE guild_id = ? AND item_id = ? AND cleared_at IS NULL""",
                (to_db_time(restored_at), guild, item_id),
            ).rowcount
        return bool(gone or cleared)

    # -- asked questions (optional log, for improving the notes)

    def log_question(
        self, user_id: int, guild_id: int | None, question: str, answered: bool, asked_at: datetime
    ) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO asked (user_id, guild_id, question, answered, asked_at) VALUES (?, ?, ?, ?, ?)",
                (user_id, guild_id, question, int(answered), to_db_time(asked_at)),
            )

    def unanswered_questions(self, limit: int = 50) -> list[tuple[str, datetime]]:
        """Recent questions the notes could not answer: gaps worth writing up."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT question, asked_at FROM asked WHERE answered = 0 ORDER BY asked_at DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [(r[0], from_db_time(r[1])) for r in rows]  # type: ignore[misc]
