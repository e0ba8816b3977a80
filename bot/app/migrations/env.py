"""Alembic environment: migrations run on the connection the store hands over (no URL, no ini file),
so a file database, an in-memory one and, later, PostgreSQL all migrate the same way."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
