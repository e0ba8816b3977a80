"""Votes on answers and reports of bad quiz questions."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from bot.app.store import tables as t
from bot.app.store.base import StoreBase
from bot.app.store.records import ReportedItem, ReportOutcome, from_db_time, to_db_time

F, R, W = t.feedback, t.reports, t.withdrawn


class FeedbackStore(StoreBase):
    """Votes on answers and reports of bad quiz questions."""

    async def record_feedback(
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
        stmt = self.insert(F).values(message_id=message_id, user_id=user_id, vote=vote, question=question,
                                     answer=answer, voted_at=to_db_time(voted_at or datetime.now(UTC)))
        async with self._tx(single=True) as conn:
            await conn.execute(stmt.on_conflict_do_update(
                index_elements=[F.c.message_id, F.c.user_id],
                set_={"vote": stmt.excluded.vote, "voted_at": stmt.excluded.voted_at}))

    async def feedback_counts(self, message_id: int) -> tuple[int, int]:
        """(up, down) votes for one answer message."""
        up = sa.func.coalesce(sa.func.sum(sa.case((F.c.vote == 1, 1), else_=0)), 0)
        down = sa.func.coalesce(sa.func.sum(sa.case((F.c.vote == -1, 1), else_=0)), 0)
        async with self._read() as conn:
            row = (await conn.execute(sa.select(up, down).where(F.c.message_id == message_id))).one()
        return int(row[0]), int(row[1])

    # -- reports of bad quiz questions (per server; guild 0 is everything outside a server)

    async def record_report(
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
        stmt = self.insert(R).values(guild_id=guild, item_id=item_id, user_id=user_id, reason=reason[:500],
                                     moderator=int(moderator), reported_at=now)
        stmt = stmt.on_conflict_do_update(
            index_elements=[R.c.guild_id, R.c.item_id, R.c.user_id],
            set_={"reason": stmt.excluded.reason, "moderator": stmt.excluded.moderator,
                  "reported_at": stmt.excluded.reported_at, "cleared_at": None},
        )
        async with self._tx() as conn:
            await conn.execute(stmt)
            count, by_moderator = (await conn.execute(
                sa.select(sa.func.count(), sa.func.coalesce(sa.func.max(R.c.moderator), 0))
                .where(R.c.guild_id == guild, R.c.item_id == item_id, R.c.cleared_at.is_(None)))).one()
            already = (await conn.execute(
                sa.select(W.c.item_id).where(W.c.guild_id == guild, W.c.item_id == item_id))).first()
            newly = False
            if already is None and (bool(by_moderator) or count >= threshold):
                # two reports at once on two processes: one of them withdraws it
                newly = (await conn.execute(
                    self.insert(W).values(guild_id=guild, item_id=item_id, withdrawn_at=now)
                    .on_conflict_do_nothing(index_elements=[W.c.guild_id, W.c.item_id])
                    .returning(W.c.item_id))).first() is not None
        return ReportOutcome(int(count), already is not None or newly, newly)

    async def withdrawn_item_ids(self, guild_id: int | None) -> set[str]:
        async with self._read() as conn:
            rows = (await conn.execute(sa.select(W.c.item_id).where(W.c.guild_id == (guild_id or 0)))).all()
        return {r[0] for r in rows}

    async def reported_items(self, guild_id: int | None, limit: int = 50) -> list[ReportedItem]:
        """Items with open reports or withdrawn in this server, withdrawn and most reported first."""
        guild = guild_id or 0
        is_withdrawn = W.c.item_id.is_not(None)
        query = (
            sa.select(R.c.item_id, sa.func.count(), sa.func.max(R.c.moderator), sa.func.max(R.c.reported_at),
                      sa.func.aggregate_strings(R.c.reason, "\x1f"), is_withdrawn)
            .select_from(R.outerjoin(W, sa.and_(W.c.guild_id == R.c.guild_id, W.c.item_id == R.c.item_id)))
            .where(R.c.guild_id == guild, R.c.cleared_at.is_(None))
            .group_by(R.c.item_id, W.c.item_id)
            .order_by(is_withdrawn.desc(), sa.func.count().desc(), sa.func.max(R.c.reported_at).desc())
            .limit(limit)
        )
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
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

    async def restore_item(self, guild_id: int | None, item_id: str, restored_at: datetime) -> bool:
        """Put a withdrawn or reported item back into the server's quizzes; its reports are cleared
        (kept, dated) so that it takes fresh reports to withdraw it again."""
        guild = guild_id or 0
        async with self._tx() as conn:
            gone = (await conn.execute(
                sa.delete(W).where(W.c.guild_id == guild, W.c.item_id == item_id))).rowcount
            cleared = (await conn.execute(
                sa.update(R).where(R.c.guild_id == guild, R.c.item_id == item_id, R.c.cleared_at.is_(None))
                .values(cleared_at=to_db_time(restored_at)))).rowcount
        return bool(gone or cleared)
