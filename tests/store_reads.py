"""Reads of store state that only tests need (the product has no use for them): Core queries on the
store's engine, so the store itself keeps only what the bot calls."""

from __future__ import annotations

import sqlalchemy as sa

from bot.app.store import Delivery, Post, Store
from bot.app.store import tables as t
from bot.app.store.records import _delivery, _post


async def deliveries(store: Store, subscription_id: int) -> list[Delivery]:
    async with store._read() as conn:
        rows = (await conn.execute(
            sa.select(t.deliveries).where(t.deliveries.c.subscription_id == subscription_id)
            .order_by(t.deliveries.c.local_date))).all()
    return [_delivery(r._mapping) for r in rows]


async def post_by_message(store: Store, message_id: int) -> Post | None:
    async with store._read() as conn:
        row = (await conn.execute(sa.select(t.posts).where(t.posts.c.message_id == message_id))).first()
    return _post(row._mapping) if row else None
