"""Spaced-repetition cards (FSRS), one per person and item."""

from __future__ import annotations

from datetime import datetime

from bot.app.store.base import StoreBase
from bot.app.store.records import (
    CardState,
    from_db_time,
    to_db_time,
)


class CardStore(StoreBase):
    """Spaced-repetition cards (FSRS), one per person and item."""

    def load_card(self, user_id: int, item_id: str) -> str | None:
        with self._read() as conn:
            row = conn.execute(
                "SELECT card_json FROM cards WHERE user_id = ? AND item_id = ?", (user_id, item_id)
            ).fetchone()
        return row[0] if row else None

    def save_card(
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
        with self._tx() as conn:
            conn.execute(
                """INSERT INTO cards (user_id, item_id, card_json, due, last_correct, reviewed_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (user_id, item_id) DO UPDATE SET card_json = excluded.card_json,
                       due = excluded.due, last_correct = excluded.last_correct,
                       reviewed_at = excluded.reviewed_at""",
                (
                    user_id,
                    item_id,
                    card_json,
                    to_db_time(due),
                    None if correct is None else int(correct),
                    to_db_time(reviewed_at) if reviewed_at else None,
                ),
            )

    def card_states(self, user_id: int) -> dict[str, CardState]:
        """All of a user's cards in one query (item selection needs due time and last outcome)."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT item_id, due, last_correct FROM cards WHERE user_id = ?", (user_id,)
            ).fetchall()
        return {
            r[0]: CardState(
                item_id=r[0],
                due=from_db_time(r[1]),  # type: ignore[arg-type]
                last_correct=None if r[2] is None else bool(r[2]),
            )
            for r in rows
        }

