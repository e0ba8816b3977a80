"""The repository: the product's only persistence (subscriptions, deliveries, quiz posts, answers,
scores, spaced-repetition cards, answer feedback and reports), on SQLite or PostgreSQL.

Why it looks like this:

* One async SQLAlchemy engine (``base.py``): aiosqlite for a file (the embedded default, one machine),
  asyncpg for a ``postgresql://`` URL (several processes). Every statement is SQLAlchemy Core, so both
  backends run the same queries; the event loop never waits on the database.
* Every public method is one short transaction. On SQLite a write takes the write lock at BEGIN
  (``BEGIN IMMEDIATE``) so a second process on the same file waits on ``busy_timeout`` instead of
  failing half-way through a read-then-write; on PostgreSQL the rows a dispatcher claims are locked
  with ``FOR UPDATE SKIP LOCKED`` so processes share the work instead of queueing on it.
* Exactly-once is enforced by UNIQUE constraints, not by application checks: a delivery is
  UNIQUE(subscription_id, local_date) and an answer UNIQUE(post_id, user_id); the winner is whoever's
  ``INSERT ... ON CONFLICT DO NOTHING`` returned a row.
* Datetimes are stored as fixed-width ISO-8601 UTC text, so text order is time order on both backends.
  Every method takes and returns aware datetimes.
* The schema is migrated with Alembic on open (``schema.py``, ``bot/app/migrations``), one process at a
  time; ``tables.py`` describes the head revision for the queries.
* Split by concern: ``subscriptions.py`` (subscriptions and deliveries), ``posts.py`` (posts, answers,
  scores), ``cards.py`` (FSRS), ``feedback.py`` (votes and reports); ``Store`` is all of them.
"""

from __future__ import annotations

from bot.app.store.base import StoreBase, is_postgres, redacted
from bot.app.store.cards import CardStore
from bot.app.store.feedback import FeedbackStore
from bot.app.store.posts import PostStore
from bot.app.store.records import (
    BUSY_TIMEOUT_MS,
    CardState,
    Delivery,
    DeliveryStatus,
    LeaderboardEntry,
    Post,
    ReportedItem,
    ReportOutcome,
    Stats,
    StoreError,
    Subscription,
    SubscriptionKind,
    TopicStats,
    from_db_time,
    to_db_time,
)
from bot.app.store.schema import SCHEMA_VERSION, upgrade_schema
from bot.app.store.subscriptions import Claim, Plan, SubscriptionStore


class Store(SubscriptionStore, PostStore, CardStore, FeedbackStore, StoreBase):
    """The repository: every concern over one connection."""


__all__ = [
    "BUSY_TIMEOUT_MS", "SCHEMA_VERSION", "CardState", "Delivery", "DeliveryStatus", "LeaderboardEntry",
    "Post", "ReportOutcome", "ReportedItem", "Stats", "Store", "StoreError", "Subscription",
    "SubscriptionKind", "TopicStats", "from_db_time", "is_postgres", "redacted", "to_db_time",
    "upgrade_schema", "Claim", "Plan",
]
