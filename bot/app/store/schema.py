"""The schema, migrated with Alembic (``bot/app/migrations``) whenever a store opens, on either backend."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.app.store.records import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"
# Before Alembic the schema version was SQLite's user_version 1-4: such a file is stamped with the
# revision it already has, then upgraded like any other.
LEGACY_REVISIONS = ("0001", "0002", "0003", "0004")
SCHEMA_VERSION = "0005"  # the head revision; a newer database is refused, an older one upgraded
_PG_MIGRATION_LOCK = 0x7475746F72  # "tutor": the advisory lock processes migrating one database share


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


@contextlib.asynccontextmanager
async def _file_lock(path: str | None) -> AsyncIterator[None]:
    """One process migrates a SQLite file at a time (two `tutor` processes starting together)."""
    if path is None:
        yield
        return
    try:
        import fcntl
    except ImportError:  # no flock (Windows): one process per database file there
        yield
        return
    with open(f"{path}.migrate.lock", "a") as lock:
        await asyncio.to_thread(fcntl.flock, lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _upgrade(connection: Any) -> str | None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(connection)
    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    found = MigrationContext.configure(connection).get_current_revision()
    if found is None and connection.dialect.name == "sqlite":
        legacy = connection.exec_driver_sql("PRAGMA user_version").scalar()
        if legacy > len(LEGACY_REVISIONS):
            found = f"user_version {legacy}"
        elif legacy:
            command.stamp(cfg, LEGACY_REVISIONS[legacy - 1])
            found = LEGACY_REVISIONS[legacy - 1]
    if found is not None and found not in known:
        raise StoreError(
            f"database schema is {found} but this code knows up to {SCHEMA_VERSION}; "
            "upgrade the bot or use another database"
        )
    command.upgrade(cfg, "head")
    return found


async def upgrade_schema(engine: AsyncEngine | Engine, lock_path: str | None = None) -> str | None:
    """Bring the database to the head revision with Alembic; returns the revision found before (None
    for a new database). A database newer than this code is refused with StoreError. Processes opening
    one database together migrate it once: a file lock beside a SQLite file, an advisory lock on
    PostgreSQL."""
    if isinstance(engine, Engine):  # SQLite: the sqlite3 driver blocks, so off the event loop
        async with _file_lock(lock_path):
            return await asyncio.to_thread(_upgrade_sync_engine, engine)
    async with engine.connect() as conn:
        postgres = conn.dialect.name == "postgresql"
        if postgres:
            await conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
            await conn.commit()
        try:
            found = await conn.run_sync(_upgrade)
            await conn.commit()
        finally:
            if postgres:
                await _unlock(conn)
    return found


def _upgrade_sync_engine(engine: Engine) -> str | None:
    with engine.connect() as conn:
        found = _upgrade(conn)
        conn.commit()
    return found


async def _unlock(conn: AsyncConnection) -> None:
    with contextlib.suppress(Exception):
        await conn.rollback()
        await conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_MIGRATION_LOCK})
        await conn.commit()
