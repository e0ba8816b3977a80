"""Quiz posts, the answers to them, and the scores they add up to."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from bot.app.store import tables as t
from bot.app.store.base import StoreBase
from bot.app.store.records import (
    LeaderboardEntry,
    Post,
    Stats,
    TopicStats,
    _check_zone,
    _post,
    _streaks,
    to_db_time,
)

P, A, N = t.posts, t.answers, t.display_names


class PostStore(StoreBase):
    """Quiz posts, the answers to them, and the scores they add up to."""

    async def create_post(
        self,
        item_id: str,
        channel_id: int | None,
        guild_id: int | None,
        subscription_id: int | None,
        posted_at: datetime,
        *,
        topic: str = "",
        delivery: date | None = None,
    ) -> int:
        """Record a posted question before the message exists (its id comes via set_post_message).
        ``delivery`` (the local date of the subscription's run being sent) ties the post to that run in
        the same transaction, so whoever sends the run again sends this post."""
        insert = sa.insert(P).values(item_id=item_id, topic=topic, channel_id=channel_id, guild_id=guild_id,
                                     subscription_id=subscription_id, posted_at=to_db_time(posted_at))
        if delivery is None or subscription_id is None:
            async with self._tx(single=True) as conn:
                return int((await conn.execute(insert.returning(P.c.id))).scalar_one())
        D = t.deliveries
        run = sa.and_(D.c.subscription_id == subscription_id, D.c.local_date == delivery.isoformat())
        if self.backend == "postgresql":
            # one statement, one round trip: the insert and the delivery's update as CTEs
            new = insert.returning(P.c.id).cte("new_post")
            tie = sa.update(D).where(run).values(post_id=sa.select(new.c.id).scalar_subquery()).cte("tie")
            async with self._tx(single=True) as conn:
                return int((await conn.execute(sa.select(new.c.id).add_cte(tie))).scalar_one())
        async with self._tx() as conn:
            post_id = int((await conn.execute(insert.returning(P.c.id))).scalar_one())
            await conn.execute(sa.update(D).where(run).values(post_id=post_id))
            return post_id

    async def set_post_message(self, post_id: int, message_id: int) -> None:
        async with self._tx(single=True) as conn:
            await conn.execute(_SET_MESSAGE, {"post": post_id, "message": message_id})

    async def get_post(self, post_id: int) -> Post | None:
        async with self._read() as conn:
            row = (await conn.execute(_GET_POST, {"post": post_id})).first()
        return _post(row._mapping) if row else None

    async def channel_history(
        self, guild_id: int | None, channel_id: int, recent: int = 50
    ) -> tuple[set[str], list[str], list[Post]]:
        """What posting a channel's next question needs, in one read: the items withdrawn from the
        server, the channel's recent items (newest first) and its open posts (oldest first)."""
        async with self._read() as conn:
            gone = (await conn.execute(_WITHDRAWN, {"guild": guild_id or 0})).all()
            rows = (await conn.execute(_RECENT, {"channel": channel_id, "n": recent})).all()
            still_open = (await conn.execute(_OPEN_IN_CHANNEL, {"channel": channel_id,
                                                                "before": "9999"})).all()
        return {r[0] for r in gone}, [r[0] for r in rows], [_post(r._mapping) for r in still_open]

    async def latest_open_post(self, channel_id: int) -> Post | None:
        async with self._read() as conn:
            row = (await conn.execute(
                sa.select(P).where(P.c.channel_id == channel_id, P.c.closed_at.is_(None))
                .order_by(P.c.posted_at.desc(), P.c.id.desc()).limit(1))).first()
        return _post(row._mapping) if row else None

    async def latest_post(self, channel_id: int) -> Post | None:
        """The channel's newest post, open or closed (what "report that question" means)."""
        async with self._read() as conn:
            row = (await conn.execute(
                sa.select(P).where(P.c.channel_id == channel_id)
                .order_by(P.c.posted_at.desc(), P.c.id.desc()).limit(1))).first()
        return _post(row._mapping) if row else None

    async def open_posts(
        self, posted_before: datetime | None = None, channel_id: int | None = None
    ) -> list[Post]:
        """Unclosed posts, optionally only those older than a cutoff (to reveal answers after a while)
        or only those of one channel (what a new post there closes)."""
        if channel_id is not None and posted_before is not None:  # a new post in a channel: the hot path
            async with self._read() as conn:
                rows = (await conn.execute(_OPEN_IN_CHANNEL, {"channel": channel_id,
                                                              "before": to_db_time(posted_before)})).all()
            return [_post(r._mapping) for r in rows]
        query = sa.select(P).where(P.c.closed_at.is_(None)).order_by(P.c.posted_at, P.c.id)
        if channel_id is not None:
            query = query.where(P.c.channel_id == channel_id)
        if posted_before is not None:
            query = query.where(P.c.posted_at < to_db_time(posted_before))
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [_post(r._mapping) for r in rows]

    async def close_post(self, post_id: int, closed_at: datetime) -> bool:
        """Close once; False if it was already closed (so only one caller reveals the answer)."""
        async with self._tx(single=True) as conn:
            cur = await conn.execute(
                sa.update(P).where(P.c.id == post_id, P.c.closed_at.is_(None))
                .values(closed_at=to_db_time(closed_at)))
        return cur.rowcount > 0

    async def record_answer(
        self,
        post_id: int,
        user_id: int,
        guild_id: int | None,
        choice: str,
        correct: bool,
        answered_at: datetime,
        *,
        topic: str | None = None,
        name: str | None = None,
    ) -> bool:
        """Store a person's first answer to a post; False for any later click (UNIQUE(post_id, user_id)).
        ``name`` (their display name in the server) is kept for the leaderboard.

        The item id and topic are copied from the post onto the answer row, so per-topic scores survive
        a re-index that renames or drops the item. Raises KeyError for an unknown post.
        """
        at = to_db_time(answered_at)
        async with self._tx() as conn:
            post = (await conn.execute(_POST_ITEM, {"post": post_id})).first()
            if post is None:
                raise KeyError(f"no quiz post {post_id}")
            added = (await conn.execute(
                self.insert(A).values(
                    post_id=post_id, user_id=user_id, guild_id=guild_id, item_id=post.item_id,
                    topic=post.topic if topic is None else topic, choice=choice, correct=int(bool(correct)),
                    answered_at=at,
                ).on_conflict_do_nothing(index_elements=[A.c.post_id, A.c.user_id]).returning(A.c.id)
            )).first()
            if name and guild_id is not None:
                stmt = self.insert(N).values(guild_id=guild_id, user_id=user_id, name=name[:100],
                                             updated_at=at)
                await conn.execute(stmt.on_conflict_do_update(
                    index_elements=[N.c.guild_id, N.c.user_id],
                    set_={"name": stmt.excluded.name, "updated_at": stmt.excluded.updated_at}))
        return added is not None

    async def answered_posts(self, user_id: int, post_ids: list[int]) -> set[int]:
        """Which of these posts the person has answered (picking their next question holds back the
        ones they have not)."""
        if not post_ids:
            return set()
        async with self._read() as conn:
            rows = (await conn.execute(
                sa.select(A.c.post_id).where(A.c.user_id == user_id, A.c.post_id.in_(post_ids)))).all()
        return {r[0] for r in rows}

    async def post_tally(self, post_id: int) -> tuple[int, int]:
        """(answered, correct) for one post."""
        async with self._read() as conn:
            row = (await conn.execute(_TALLY, {"post": post_id})).one()
        return int(row[0]), int(row[1])

    # -- scores

    async def user_stats(
        self, user_id: int, guild_id: int | None = None, tz: str | None = None, *, now: datetime | None = None
    ) -> Stats:
        """Score card for one user, in one guild (or everywhere when ``guild_id`` is None).

        Streak days are the user's local days: ``tz`` if given, else their saved zone, else UTC.
        """
        zone = ZoneInfo(_check_zone(tz or await self.get_user_timezone(user_id) or "UTC"))
        where = [A.c.user_id == user_id] + ([A.c.guild_id == guild_id] if guild_id is not None else [])
        async with self._read() as conn:
            topics = (await conn.execute(
                sa.select(A.c.topic, sa.func.count(), sa.func.sum(A.c.correct)).where(*where)
                .group_by(A.c.topic))).all()
            correct_times = (await conn.execute(
                sa.select(A.c.answered_at).where(*where, A.c.correct == 1))).all()
        by_topic = {t: TopicStats(answered=int(n), correct=int(c)) for t, n, c in topics}
        days = {datetime.fromisoformat(r[0]).astimezone(zone).date() for r in correct_times}
        today = (now or datetime.now(UTC)).astimezone(zone).date()
        current, best = _streaks(days, today)
        return Stats(
            user_id=user_id,
            answered=sum(s.answered for s in by_topic.values()),
            correct=sum(s.correct for s in by_topic.values()),
            current_streak=current,
            best_streak=best,
            by_topic=by_topic,
        )

    async def leaderboard(self, guild_id: int, limit: int = 10) -> list[LeaderboardEntry]:
        """Most correct answers first, then better accuracy, then fewer attempts."""
        right, tried = sa.func.sum(A.c.correct), sa.func.count()
        query = (
            sa.select(A.c.user_id, tried, right, sa.func.max(N.c.name))
            .select_from(A.outerjoin(N, sa.and_(N.c.guild_id == A.c.guild_id, N.c.user_id == A.c.user_id)))
            .where(A.c.guild_id == guild_id)
            .group_by(A.c.user_id)
            # the sums themselves in ORDER BY, not a row's column (which ranked 5 of 10 above 5 of 6)
            .order_by(right.desc(), (sa.cast(right, sa.Float) / tried).desc(), tried.asc(), A.c.user_id.asc())
            .limit(limit)
        )
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [
            LeaderboardEntry(user_id=r[0], answered=int(r[1]), correct=int(r[2]), name=r[3]) for r in rows
        ]

    async def set_user_timezone(self, user_id: int, tz: str) -> None:
        _check_zone(tz)
        stmt = self.insert(t.user_prefs).values(user_id=user_id, timezone=tz)
        async with self._tx(single=True) as conn:
            await conn.execute(stmt.on_conflict_do_update(
                index_elements=[t.user_prefs.c.user_id], set_={"timezone": stmt.excluded.timezone}))

    async def get_user_timezone(self, user_id: int) -> str | None:
        async with self._read() as conn:
            return (await conn.execute(
                sa.select(t.user_prefs.c.timezone).where(t.user_prefs.c.user_id == user_id))).scalar()


# Statements on the hot paths (a daily post, a click) are built once: building one costs ~0.2 ms.
_SET_MESSAGE = sa.update(P).where(P.c.id == sa.bindparam("post")).values(message_id=sa.bindparam("message"))
_GET_POST = sa.select(P).where(P.c.id == sa.bindparam("post"))
_POST_ITEM = sa.select(P.c.item_id, P.c.topic).where(P.c.id == sa.bindparam("post"))
_WITHDRAWN = sa.select(t.withdrawn.c.item_id).where(t.withdrawn.c.guild_id == sa.bindparam("guild"))
_RECENT = (sa.select(P.c.item_id).where(P.c.channel_id == sa.bindparam("channel"))
           .order_by(P.c.posted_at.desc(), P.c.id.desc()).limit(sa.bindparam("n")))
_OPEN_IN_CHANNEL = (sa.select(P).where(P.c.closed_at.is_(None), P.c.channel_id == sa.bindparam("channel"),
                                       P.c.posted_at < sa.bindparam("before"))
                    .order_by(P.c.posted_at, P.c.id))
_TALLY = sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(A.c.correct), 0)).where(
    A.c.post_id == sa.bindparam("post"))
