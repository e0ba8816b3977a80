"""Reads of store state that only tests need (the product has no use for them): straight SQL on the
store's connection, so the store itself keeps only what the bot calls."""

from __future__ import annotations

from bot.app.store import Delivery, Post, Store
from bot.app.store.records import _delivery, _post


def deliveries(store: Store, subscription_id: int) -> list[Delivery]:
    with store._read() as conn:
        rows = conn.execute(
            "SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY local_date", (subscription_id,)
        ).fetchall()
    return [_delivery(r) for r in rows]


def post_by_message(store: Store, message_id: int) -> Post | None:
    with store._read() as conn:
        row = conn.execute("SELECT * FROM posts WHERE message_id = ?", (message_id,)).fetchone()
    return _post(row) if row else None
