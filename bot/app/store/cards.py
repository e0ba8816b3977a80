"""Spaced-repetition cards (FSRS), one per person and item."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from bot.app.store import tables as t
from bot.app.store.base import StoreBase
from bot.app.store.records import CardState, from_db_time, to_db_time

C = t.cards


class CardStore(StoreBase):
    """Spaced-repetition cards (FSRS), one per person and item."""

    async def load_card(self, user_id: int, item_id: str) -> str | None:
        async with self._read() as conn:
            return (await conn.execute(
                sa.select(C.c.card_json).where(C.c.user_id == user_id, C.c.item_id == item_id))).scalar()

    async def save_card(
        self,
        user_id: int,
        item_id: str,
        card_json: str,
        due: datetime,
        *,
        correct: bool | None = None,
        reviewed_at: datetime | None = None,
    ) -> None:
        """Upsert a card; ``correct`` is the last answer's outcome, kept for "got it wrong last time"."""
        stmt = self.insert(C).values(
            user_id=user_id, item_id=item_id, card_json=card_json, due=to_db_time(due),
            last_correct=None if correct is None else int(correct),
            reviewed_at=to_db_time(reviewed_at) if reviewed_at else None,
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[C.c.user_id, C.c.item_id],
            set_={k: stmt.excluded[k] for k in ("card_json", "due", "last_correct", "reviewed_at")},
        )
        async with self._tx(single=True) as conn:
            await conn.execute(stmt)

    async def card_states(self, user_id: int) -> dict[str, CardState]:
        """All of a user's cards in one query (item selection needs due time and last outcome)."""
        async with self._read() as conn:
            rows = (await conn.execute(
                sa.select(C.c.item_id, C.c.due, C.c.last_correct).where(C.c.user_id == user_id))).all()
        return {
            r[0]: CardState(
                item_id=r[0],
                due=from_db_time(r[1]),  # type: ignore[arg-type]
                last_correct=None if r[2] is None else bool(r[2]),
            )
            for r in rows
        }
