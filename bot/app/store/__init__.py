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
* The schema is migrated with Alembic on open (``schema.py``, ``bot/migrations``), one process at a time.
* Split by concern: ``subscriptions.py`` (subscriptions and deliveries), ``posts.py`` (posts, answers,
  scores), ``cards.py`` (FSRS), ``feedback.py`` (votes and reports); ``Store`` is all of them over one
  connection (``base.py``).
"""

from __future__ import annotations

from bot.app.store.base import StoreBase
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
from bot.app.store.subscriptions import SubscriptionStore


class Store(SubscriptionStore, PostStore, CardStore, FeedbackStore, StoreBase):
    """The repository: every concern over one connection."""


__all__ = [
    "BUSY_TIMEOUT_MS", "SCHEMA_VERSION", "CardState", "Delivery", "DeliveryStatus", "LeaderboardEntry",
    "Post", "ReportOutcome", "ReportedItem", "Stats", "Store", "StoreError", "Subscription",
    "SubscriptionKind", "TopicStats", "from_db_time", "to_db_time", "upgrade_schema",
]
