"""One SQLite connection behind a lock, its transactions and its schema."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.app.store.records import BUSY_TIMEOUT_MS
from bot.app.store.schema import SCHEMA_VERSION, upgrade_schema


class StoreBase:
    """The connection, its lock and transactions. ``Store(":memory:")`` works for tests; a file path gets
    WAL mode."""

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

    def __enter__(self) -> StoreBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> str:
        """The Alembic revision the database is at."""
        with self._read() as conn:
            return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]

    def report(self) -> dict[str, object]:
        """What `tutor db check` prints: backend, file, schema revision and how much is stored."""
        counts: dict[str, int] = {}
        with self._read() as conn:
            for table in ("subscriptions", "deliveries", "posts", "answers", "cards", "feedback", "reports",
                          "withdrawn"):
                counts[table] = int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            active = conn.execute("SELECT COUNT(*) FROM subscriptions WHERE active = 1").fetchone()[0]
            claimed = conn.execute("SELECT COUNT(*) FROM deliveries WHERE status = 'claimed'").fetchone()[0]
        return {
            "backend": "sqlite",
            "database": self.path,
            "revision": self.schema_version,
            "head": SCHEMA_VERSION,
            "counts": counts,
            "active_subscriptions": int(active),
            "deliveries_in_flight": int(claimed),
        }

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

