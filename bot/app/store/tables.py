"""The tables at the head revision, as SQLAlchemy Core objects the store's statements are built from.

The migrations (``bot/app/migrations``) create and change the schema; this module describes what they
leave behind, so queries are written once in Core and rendered for SQLite or PostgreSQL. Keep the two in
step: ``tests/test_store.py`` compares them on a migrated database.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

subscriptions = sa.Table(
    "subscriptions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("target_id", sa.BigInteger, nullable=False),
    sa.Column("guild_id", sa.BigInteger),
    sa.Column("local_time", sa.Text, nullable=False),
    sa.Column("timezone", sa.Text, nullable=False),
    sa.Column("topic", sa.Text),
    sa.Column("created_by", sa.BigInteger, nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("active", sa.Integer, nullable=False, server_default="1"),
    sa.Column("paused_reason", sa.Text),
    sa.Column("next_run_utc", sa.Text),
    sa.Column("next_local_date", sa.Text),
)

deliveries = sa.Table(
    "deliveries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("subscription_id", sa.Integer, nullable=False),
    sa.Column("local_date", sa.Text, nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("claimed_at", sa.Text, nullable=False),
    sa.Column("finished_at", sa.Text),
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
    sa.Column("post_id", sa.Integer),
    sa.Column("lease_until", sa.Text),
    sa.Column("scheduled_utc", sa.Text),
    sa.Column("message_id", sa.BigInteger),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="1"),
)

posts = sa.Table(
    "posts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("item_id", sa.Text, nullable=False),
    sa.Column("topic", sa.Text, nullable=False, server_default=""),
    sa.Column("channel_id", sa.BigInteger),
    sa.Column("guild_id", sa.BigInteger),
    sa.Column("subscription_id", sa.Integer),
    sa.Column("message_id", sa.BigInteger),
    sa.Column("posted_at", sa.Text, nullable=False),
    sa.Column("closed_at", sa.Text),
)

answers = sa.Table(
    "answers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("post_id", sa.Integer, nullable=False),
    sa.Column("user_id", sa.BigInteger, nullable=False),
    sa.Column("guild_id", sa.BigInteger),
    sa.Column("item_id", sa.Text, nullable=False),
    sa.Column("topic", sa.Text, nullable=False, server_default=""),
    sa.Column("choice", sa.Text, nullable=False),
    sa.Column("correct", sa.Integer, nullable=False),
    sa.Column("answered_at", sa.Text, nullable=False),
)

user_prefs = sa.Table(
    "user_prefs",
    metadata,
    sa.Column("user_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("timezone", sa.Text, nullable=False),
)

cards = sa.Table(
    "cards",
    metadata,
    sa.Column("user_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("item_id", sa.Text, primary_key=True),
    sa.Column("card_json", sa.Text, nullable=False),
    sa.Column("due", sa.Text, nullable=False),
    sa.Column("last_correct", sa.Integer),
    sa.Column("reviewed_at", sa.Text),
)

feedback = sa.Table(
    "feedback",
    metadata,
    sa.Column("message_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("user_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("vote", sa.Integer, nullable=False),
    sa.Column("question", sa.Text, nullable=False),
    sa.Column("answer", sa.Text, nullable=False),
    sa.Column("voted_at", sa.Text, nullable=False),
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("item_id", sa.Text, primary_key=True),
    sa.Column("user_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("moderator", sa.Integer, nullable=False),
    sa.Column("reported_at", sa.Text, nullable=False),
    sa.Column("cleared_at", sa.Text),
)

withdrawn = sa.Table(
    "withdrawn",
    metadata,
    sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("item_id", sa.Text, primary_key=True),
    sa.Column("withdrawn_at", sa.Text, nullable=False),
)

display_names = sa.Table(
    "display_names",
    metadata,
    sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("user_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
)

COUNTED = ("subscriptions", "deliveries", "posts", "answers", "cards", "feedback", "reports", "withdrawn")
