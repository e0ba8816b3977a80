"""Reads (and a claim) of store state that only tests need (the product has no use for them): Core
queries on the store's engine, run like the store's own methods (on SQLite: on its database thread), so
the store itself keeps only what the bot calls."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import sqlalchemy as sa

from bot.app.store import Delivery, Post, Store, Subscription, to_db_time
from bot.app.store import tables as t
from bot.app.store.base import _on_db_thread
from bot.app.store.records import _delivery, _post, _subscription


@_on_db_thread
async def deliveries(store: Store, subscription_id: int) -> list[Delivery]:
    async with store._read() as conn:
        rows = (await conn.execute(
            sa.select(t.deliveries).where(t.deliveries.c.subscription_id == subscription_id)
            .order_by(t.deliveries.c.local_date))).all()
    return [_delivery(r._mapping) for r in rows]


@_on_db_thread
async def post_by_message(store: Store, message_id: int) -> Post | None:
    async with store._read() as conn:
        row = (await conn.execute(sa.select(t.posts).where(t.posts.c.message_id == message_id))).first()
    return _post(row._mapping) if row else None


@_on_db_thread
async def get_delivery(store: Store, subscription_id: int, local_date: date) -> Delivery | None:
    async with store._read() as conn:
        row = (await conn.execute(
            sa.select(t.deliveries).where(t.deliveries.c.subscription_id == subscription_id,
                                          t.deliveries.c.local_date == local_date.isoformat()))).first()
    return _delivery(row._mapping) if row else None


@_on_db_thread
async def due_subscriptions(store: Store, now: datetime) -> list[Subscription]:
    S = t.subscriptions
    async with store._read() as conn:
        rows = (await conn.execute(
            sa.select(S).where(S.c.active == 1, S.c.next_run_utc <= to_db_time(now))
            .order_by(S.c.next_run_utc, S.c.id))).all()
    return [_subscription(r._mapping) for r in rows]


@_on_db_thread
async def claim_deliveries(store: Store, claims: list[tuple[int, date]], claimed_at: datetime) -> list[bool]:
    """Claim runs the way a dispatcher does (its claim_due also picks and advances them): True where
    this caller won the (subscription, local date) row."""
    D = t.deliveries
    won = []
    for sid, day in claims:
        stmt = store.insert(D).values(subscription_id=sid, local_date=day.isoformat(), status="claimed",
                                      claimed_at=to_db_time(claimed_at),
                                      lease_until=to_db_time(claimed_at + timedelta(minutes=2)))
        async with store._tx() as conn:
            row = (await conn.execute(stmt.on_conflict_do_nothing(
                index_elements=[D.c.subscription_id, D.c.local_date]).returning(D.c.id))).first()
        won.append(row is not None)
    return won
