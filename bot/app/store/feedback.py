"""Votes on answers and reports of bad quiz questions."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.app.store.base import StoreBase
from bot.app.store.records import (
    ReportedItem,
    ReportOutcome,
    from_db_time,
    to_db_time,
)


class FeedbackStore(StoreBase):
    """Votes on answers and reports of bad quiz questions."""

    def record_feedback(
        self,
        message_id: int,
        user_id: int,
        vote: int,
        question: str,
        answer: str,
        *,
        voted_at: datetime | None = None,
    ) -> None:
        """One vote per person per answer message; voting again replaces the earlier vote."""
        if vote not in (1, -1):
            raise ValueError(f"vote must be +1 or -1, got {vote!r}")
        with self._tx() as conn:
            conn.execute(
                """INSERT INTO feedback (message_id, user_id, vote, question, answer, voted_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (message_id, user_id) DO UPDATE SET vote = excluded.vote,
                       voted_at = excluded.voted_at""",
                (message_id, user_id, vote, question, answer, to_db_time(voted_at or datetime.now(UTC))),
            )

    def feedback_counts(self, message_id: int) -> tuple[int, int]:
        """(up, down) votes for one answer message."""
        with self._read() as conn:
            row = conn.execute(
                """SELECT COALESCE(SUM(vote = 1), 0), COALESCE(SUM(vote = -1), 0)
                   FROM feedback WHERE message_id = ?""",
                (message_id,),
            ).fetchone()
        return int(row[0]), int(row[1])

    # -- reports of bad quiz questions (per server; guild 0 is everything outside a server)

    def record_report(
        self,
        guild_id: int | None,
        item_id: str,
        user_id: int,
        reason: str,
        *,
        moderator: bool,
        threshold: int,
        reported_at: datetime,
    ) -> ReportOutcome:
        """Store one person's report (reporting again updates the reason) and withdraw the item from the
        server's quizzes when a moderator reported it or ``threshold`` people have, in one transaction."""
        guild = guild_id or 0
        now = to_db_time(reported_at)
        with self._tx() as conn:
            conn.execute(
                """INSERT INTO reports (guild_id, item_id, user_id, reason, moderator, reported_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (guild_id, item_id, user_id) DO UPDATE SET
                       reason = excluded.reason, moderator = excluded.moderator,
                       reported_at = excluded.reported_at, cleared_at = NULL""",
                (guild, item_id, user_id, reason[:500], int(moderator), now),
            )
            count, by_moderator = conn.execute(
                """SELECT COUNT(*), COALESCE(MAX(moderator), 0) FROM reports
                   WHERE guild_id = ? AND item_id = ? AND cleared_at IS NULL""",
                (guild, item_id),
            ).fetchone()
            already = (
                conn.execute(
                    "SELECT 1 FROM withdrawn WHERE guild_id = ? AND item_id = ?", (guild, item_id)
                ).fetchone()
                is not None
            )
            newly = not already and (bool(by_moderator) or count >= threshold)
            if newly:
                conn.execute(
                    "INSERT INTO withdrawn (guild_id, item_id, withdrawn_at) VALUES (?, ?, ?)",
                    (guild, item_id, now),
                )
        return ReportOutcome(int(count), already or newly, newly)

    def withdrawn_item_ids(self, guild_id: int | None) -> set[str]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT item_id FROM withdrawn WHERE guild_id = ?", (guild_id or 0,)
            ).fetchall()
        return {r[0] for r in rows}

    def reported_items(self, guild_id: int | None, limit: int = 50) -> list[ReportedItem]:
        """Items with open reports or withdrawn in this server, withdrawn and most reported first."""
        guild = guild_id or 0
        with self._read() as conn:
            rows = conn.execute(
                """SELECT r.item_id, COUNT(*), MAX(r.moderator), MAX(r.reported_at),
                          GROUP_CONCAT(r.reason, char(31)), w.item_id IS NOT NULL
                   FROM reports r LEFT JOIN withdrawn w ON w.guild_id = r.guild_id AND w.item_id = r.item_id
                   WHERE r.guild_id = ? AND r.cleared_at IS NULL
                   GROUP BY r.item_id
                   ORDER BY w.item_id IS NULL, COUNT(*) DESC, MAX(r.reported_at) DESC
                   LIMIT ?""",
                (guild, limit),
            ).fetchall()
        return [
            ReportedItem(
                r[0],
                int(r[1]),
                bool(r[2]),
                bool(r[5]),
                tuple(x for x in (r[4] or "").split("\x1f") if x.strip()),
                from_db_time(r[3]),  # type: ignore[arg-type]
            )
            for r in rows
        ]

    def restore_item(self, guild_id: int | None, item_id: str, restored_at: datetime) -> bool:
        """Put a withdrawn or reported item back into the server's quizzes; its reports are cleared
        (kept, dated) so that it takes fresh reports to withdraw it again."""
        guild = guild_id or 0
        with self._tx() as conn:
            gone = conn.execute(
                "DELETE FROM withdrawn WHERE guild_id = ? AND item_id = ?", (guild, item_id)
            ).rowcount
            cleared = conn.execute(
                """UPDATE reports SET cleared_at = ?
                   WHERE guild_id = ? AND item_id = ? AND cleared_at IS NULL""",
                (to_db_time(restored_at), guild, item_id),
            ).rowcount
        return bool(gone or cleared)
