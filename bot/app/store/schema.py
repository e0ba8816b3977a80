"""The schema, migrated with Alembic (``bot/migrations``) whenever a store opens."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot.app.store.records import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"
# Before Alembic the schema version was SQLite's user_version 1-4: such a file is stamped with the
# revision it already has, then upgraded like any other.
LEGACY_REVISIONS = ("0001", "0002", "0003", "0004")
SCHEMA_VERSION = "0004"  # the head revision; a newer database is refused, an older one upgraded


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


