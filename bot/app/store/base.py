"""The database behind the store: its engine, its transactions and its schema.

A ``postgresql://`` URL is PostgreSQL through SQLAlchemy's async engine and asyncpg, for several
processes. A file path (or ":memory:") is SQLite, the embedded default for one machine: SQLAlchemy's
engine on the standard sqlite3 driver, driven from one database thread of its own, behind the same
async connection interface. The statements are the same SQLAlchemy Core on both.

On SQLite each public store method runs whole on the database thread (``_on_db_thread``): one thread
hop per method, its statements executed there synchronously, one method at a time, so a transaction
never interleaves with another of this process. Why not aiosqlite: measured here, its adapter takes
four thread hops per statement (cursor, execute, fetch, close): 1.3 ms for a one-row read and 3.5 ms
for an answer, several times what one hop per method costs, and a daily burst of ten thousand posts
is forty thousand serialised write transactions. The event loop waits on neither.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Self

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine, Row
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import StaticPool

from bot.app.store import tables as t
from bot.app.store.records import BUSY_TIMEOUT_MS, StoreError
from bot.app.store.schema import SCHEMA_VERSION, upgrade_schema

log = logging.getLogger("tutor.store")
POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+asyncpg://")


def is_postgres(database: str | Path) -> bool:
    return str(database).startswith(POSTGRES_SCHEMES)


def one_line(exc: BaseException) -> str:
    """A database driver's error as one line (asyncpg and SQLAlchemy messages run over several)."""
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0] if lines else ''}".strip(": ")


def redacted(database: str | Path) -> str:
    """The database as it may be shown or logged: a URL's password is replaced by ***."""
    if not is_postgres(database):
        return str(database)
    return sa.engine.make_url(_async_url(str(database))).render_as_string(hide_password=True)


def _async_url(url: str) -> str:
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            return "postgresql+asyncpg://" + url[len(scheme):]
    return url


_db_thread = threading.local()  # .inside: this thread is running a store method (nested calls run as is)


def _on_db_thread(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Run a public store method whole on the SQLite store's database thread (PostgreSQL: as is)."""

    @functools.wraps(fn)
    async def method(self: StoreBase, *args: Any, **kwargs: Any) -> Any:
        if getattr(_db_thread, "inside", False):
            return await fn(self, *args, **kwargs)
        if isinstance(self.engine, AsyncEngine):
            return await _retrying(fn, self, args, kwargs)
        return await self._in_thread(_run_here, fn, self, args, kwargs)

    return method


RETRY_DELAYS = (0.2, 0.5, 1.0, 2.0, 4.0, 8.0)  # a lost PostgreSQL connection: ~16 s of tries in all


async def _retrying(fn: Callable[..., Any], store: StoreBase, args: tuple, kwargs: dict[str, Any]) -> Any:
    """Run a method on PostgreSQL, again on a fresh connection when the connection was lost (the server
    restarted, a failover, a network blip): the bot keeps its clicks and daily posts instead of
    crashing. Every method is one transaction, so a retried one either committed or left no trace;
    the rare write that committed just before the connection dropped is repeated, which the store's
    UNIQUE constraints and conditional updates make harmless."""
    for delay in (*RETRY_DELAYS, None):
        try:
            return await fn(store, *args, **kwargs)
        except (sa.exc.DBAPIError, OSError, ConnectionError) as exc:
            lost = isinstance(exc, OSError | ConnectionError) or exc.connection_invalidated or \
                isinstance(exc, sa.exc.InterfaceError)
            if not lost or delay is None:
                raise
            log.warning("database connection lost (%s); retrying in %.1f s", type(exc).__name__, delay)
            await asyncio.sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def _run_here(fn: Callable[..., Any], store: StoreBase, args: tuple, kwargs: dict[str, Any]) -> Any:
    """Run a store method to its end on this (the database) thread. Its statements run synchronously,
    so the coroutine never suspends: one step finishes it, no event loop needed."""
    _db_thread.inside = True
    coro = fn(store, *args, **kwargs)
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value
    finally:
        _db_thread.inside = False
    coro.close()
    raise RuntimeError(f"store method {fn.__name__} waited on something on the database thread")


class StoreBase:
    """The engine and transactions. Open with ``await Store.open(path_or_url)``; ``":memory:"`` works
    for tests; a file gets WAL mode."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not name.startswith("_") and inspect.iscoroutinefunction(value):
                setattr(cls, name, _on_db_thread(value))

    def __init__(self, database: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = str(database)
        self.backend = "postgresql" if is_postgres(database) else "sqlite"
        self.busy_timeout_ms = busy_timeout_ms
        self.engine: AsyncEngine = self._make_engine()
        # SQLite: this process's methods run one at a time on this thread (so our own writers never
        # wait in SQLite's busy handler, which polls with sleeps); other processes wait on busy_timeout
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="tutor-db")
        if not isinstance(self.engine, AsyncEngine):
            self._writer = self.engine.execution_options(write=True)  # its transactions: BEGIN IMMEDIATE
            self._autocommit = self.engine.execution_options(autocommit=True)

    @classmethod
    async def open(cls, database: str | Path, **kwargs: Any) -> Self:
        """Connect and migrate to the head revision; StoreError (or the driver's error) if it can't."""
        store = cls(database, **kwargs)
        try:
            if store.backend == "sqlite" and store.path != ":memory:":
                Path(store.path).parent.mkdir(parents=True, exist_ok=True)
            await upgrade_schema(store.engine, store.path if store.backend == "sqlite" and
                                 store.path != ":memory:" else None)
        except BaseException:
            await store.close()
            raise
        return store

    def _make_engine(self) -> AsyncEngine | Engine:
        if self.backend == "postgresql":
            return create_async_engine(
                # no pre-ping (a round trip before every transaction): a dead connection shows up as a
                # lost-connection error, which the methods retry on a fresh one (_retrying)
                _async_url(self.path), pool_size=8, max_overflow=8, pool_recycle=1800
            )
        memory = self.path == ":memory:"
        url = "sqlite://" if memory else f"sqlite:///{Path(self.path).resolve()}"
        engine = sa.create_engine(
            url,
            connect_args={"timeout": self.busy_timeout_ms / 1000, "check_same_thread": False},
            **({"poolclass": StaticPool} if memory else {"pool_size": 1, "max_overflow": 1}),
        )
        timeout = int(self.busy_timeout_ms)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # the driver's own BEGIN handling off: we say BEGIN
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout = {timeout}")
            if not memory:
                cur.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL: commits survive an application crash (the case restarts care about); only
            # an OS crash or power loss can drop the last transactions.
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            options = conn.get_execution_options()
            if options.get("autocommit"):
                return  # one statement, atomic by itself: no BEGIN, no COMMIT
            # a write holds the write lock from its start, so a read-then-write never fails half-way
            # when another process wrote in between
            conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("write") else "BEGIN")

        return engine

    # -- plumbing

    def insert(self, table: sa.Table) -> Any:
        """An INSERT that understands ON CONFLICT on this backend (both spell it the same in Core)."""
        return (postgresql.insert if self.backend == "postgresql" else sqlite.insert)(table)

    async def close(self) -> None:
        if isinstance(self.engine, AsyncEngine):
            await self.engine.dispose()
        else:
            await self._in_thread(self.engine.dispose)
            self._thread.shutdown(wait=False)

    async def _in_thread(self, fn: Callable[..., Any], *args: Any) -> Any:
        """SQLite work on the store's database thread (one thread: the sqlite3 driver blocks)."""
        return await asyncio.get_running_loop().run_in_executor(self._thread, fn, *args)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @contextlib.asynccontextmanager
    async def _tx(self, *, single: bool = False) -> AsyncIterator[Any]:
        """One write transaction, committed at the end, rolled back on any error. ``single``: the body
        is one statement, atomic by itself, so it runs in autocommit mode (one round trip on
        PostgreSQL instead of BEGIN, statement, COMMIT)."""
        if isinstance(self.engine, AsyncEngine):
            if single:
                async with self.engine.connect() as conn:
                    await conn.execution_options(isolation_level="AUTOCOMMIT")
                    yield conn
                return
            async with self.engine.begin() as conn:
                yield conn
            return
        if single:
            with self._autocommit.connect() as conn:
                yield _SyncConnection(conn)
            return
        with self._writer.connect() as conn, conn.begin():  # on the database thread (_on_db_thread)
            yield _SyncConnection(conn)

    @contextlib.asynccontextmanager
    async def _read(self) -> AsyncIterator[Any]:
        """A read: its statements see one snapshot; nothing is written."""
        if isinstance(self.engine, AsyncEngine):
            # autocommit: one round trip per query instead of BEGIN, query, ROLLBACK; a read of two
            # queries (a score card) may straddle a commit, which costs nothing that matters
            async with self.engine.connect() as conn:
                await conn.execution_options(isolation_level="AUTOCOMMIT")
                yield conn
            return
        # autocommit, as on PostgreSQL: a one-statement read needs no BEGIN and ROLLBACK around it
        with self._autocommit.connect() as conn:
            yield _SyncConnection(conn)

    @_on_db_thread
    async def schema_version(self) -> str:
        """The Alembic revision the database is at."""
        async with self._read() as conn:
            return (await conn.execute(sa.text("SELECT version_num FROM alembic_version"))).scalar_one()

    @_on_db_thread
    async def report(self) -> dict[str, object]:
        """What `tutor db check` prints: backend, database, schema revision and how much is stored."""
        counts: dict[str, int] = {}
        async with self._read() as conn:
            for name in t.COUNTED:
                table = t.metadata.tables[name]
                counts[name] = int((await conn.execute(sa.select(sa.func.count()).select_from(table)))
                                   .scalar_one())
            active = (await conn.execute(
                sa.select(sa.func.count()).where(t.subscriptions.c.active == 1))).scalar_one()
            claimed = (await conn.execute(
                sa.select(sa.func.count()).where(t.deliveries.c.status == "claimed"))).scalar_one()
        return {
            "backend": self.backend,
            "database": redacted(self.path),
            "revision": await self.schema_version(),
            "head": SCHEMA_VERSION,
            "counts": counts,
            "active_subscriptions": int(active),
            "deliveries_in_flight": int(claimed),
        }


class Buffered:
    """A statement's result, fetched on the database thread: the parts of SQLAlchemy's Result the
    store uses (rows, scalars, rowcount)."""

    def __init__(self, rows: list[Row[Any]], rowcount: int) -> None:
        self.rows = rows
        self.rowcount = rowcount

    def __iter__(self) -> Iterator[Row[Any]]:
        return iter(self.rows)

    def all(self) -> list[Row[Any]]:
        return self.rows

    def first(self) -> Row[Any] | None:
        return self.rows[0] if self.rows else None

    def one(self) -> Row[Any]:
        if len(self.rows) != 1:
            raise sa.exc.NoResultFound("expected one row") if not self.rows else sa.exc.MultipleResultsFound()
        return self.rows[0]

    def scalar(self) -> Any:
        return self.rows[0][0] if self.rows else None

    def scalar_one(self) -> Any:
        return self.one()[0]


class _SyncConnection:
    """A SQLite connection on the database thread, with the async face the store's methods use: its
    calls complete at once (the thread is there to block)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    async def execute(self, stmt: Any, params: Any = None) -> Buffered:
        result = self.conn.execute(stmt, params) if params is not None else self.conn.execute(stmt)
        return Buffered(list(result) if result.returns_rows else [], result.rowcount)

    async def exec_driver_sql(self, sql: str, params: Any = None) -> Buffered:
        result = self.conn.exec_driver_sql(sql, params) if params is not None else \
            self.conn.exec_driver_sql(sql)
        return Buffered(list(result) if result.returns_rows else [], result.rowcount)

    async def run_sync(self, fn: Callable[..., Any], *args: Any) -> Any:
        return fn(self.conn, *args)


__all__ = ["Buffered", "StoreBase", "StoreError", "is_postgres", "one_line", "redacted"]
