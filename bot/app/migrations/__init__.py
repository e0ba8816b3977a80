"""The store's schema migrations, run with Alembic (``bot.app.store.upgrade_schema``)."""
