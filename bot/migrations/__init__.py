"""The store's schema migrations, run with Alembic (``bot.store.upgrade_schema``)."""
