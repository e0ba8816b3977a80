"""Quiz posts, the answers to them, and the scores they add up to."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

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


class PostStore(StoreBase):
    """Quiz posts, the answers to them, and the scores they add up to."""

    def create_post(
        self,
        item_id: str,
        channel_id: int | None,
        guild_id: int | None,
        subscription_id: int | None,
        posted_at: datetime,
        *,
        topic: str = "",
    ) -> int:
        """Record a posted question before the message exists (its id comes via set_post_message)."""
        with self._tx() as conn:
            cur = conn.execute(
                """INSERT INTO posts (item_id, topic, channel_id, guild_id, subscription_id, posted_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (item_id, topic, channel_id, guild_id, subscription_id, to_db_time(posted_at)),
            )
            return int(cur.lastrowid)  # type: ignore[arg-type]

    def set_post_message(self, post_id: int, message_id: int) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE posts SET message_id = ? WHERE id = ?", (message_id, post_id))

    def get_post(self, post_id: int) -> Post | None:
        with self._read() as conn:
            row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
        return _post(row) if row else None

    def recent_item_ids(self, channel_id: int, limit: int = 50) -> list[str]:
        """Items posted in a channel, newest first, so a channel is not asked the same thing again soon."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT item_id FROM posts WHERE channel_id = ? ORDER BY posted_at DESC, id DESC LIMIT ?",
                (channel_id, limit),
            ).fetchall()
        return [r["item_id"] for r in rows]

    def latest_open_post(self, channel_id: int) -> Post | None:
        with self._read() as conn:
            row = conn.execute(
                """SELECT * FROM posts WHERE channel_id = ? AND closed_at IS NULL
                   ORDER BY posted_at DESC, id DESC LIMIT 1""",
                (channel_id,),
            ).fetchone()
        return _post(row) if row else None

    def latest_post(self, channel_id: int) -> Post | None:
        """The channel's newest post, open or closed (what "report that question" means)."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT * FROM posts WHERE channel_id = ? ORDER BY posted_at DESC, id DESC LIMIT 1",
                (channel_id,),
            ).fetchone()
        return _post(row) if row else None

    def open_posts(self, posted_before: datetime | None = None, channel_id: int | None = None) -> list[Post]:
        """Unclosed posts, optionally only those older than a cutoff (to reveal answers after a while)
        or only those of one channel (what a new post there closes)."""
        sql, args = "SELECT * FROM posts WHERE closed_at IS NULL", []
        if channel_id is not None:
            sql += " AND channel_id = ?"
            args.append(channel_id)
        if posted_before is not None:
            sql += " AND posted_at < ?"
            args.append(to_db_time(posted_before))
        with self._read() as conn:
            rows = conn.execute(sql + " ORDER BY posted_at, id", args).fetchall()
        return [_post(r) for r in rows]

    def close_post(self, post_id: int, closed_at: datetime) -> bool:
        """Close once; False if it was already closed (so only one caller reveals the answer)."""
        with self._tx() as conn:
            cur = conn.execute(
                "UPDATE posts SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
                (to_db_time(closed_at), post_id),
            )
        return cur.rowcount > 0

    def record_answer(
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
        with self._tx() as conn:
            post = conn.execute("SELECT item_id, topic FROM posts WHERE id = ?", (post_id,)).fetchone()
            if post is None:
                raise KeyError(f"no quiz post {post_id}")
            cur = conn.execute(
                """INSERT OR IGNORE INTO answers
                       (post_id, user_id, guild_id, item_id, topic, choice, correct, answered_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    post_id,
                    user_id,
                    guild_id,
                    post["item_id"],
                    post["topic"] if topic is None else topic,
                    choice,
                    int(bool(correct)),
                    to_db_time(answered_at),
                ),
            )
            if name and guild_id is not None:
                conn.execute(
                    """INSERT INTO display_names (guild_id, user_id, name, updated_at) VALUES (?, ?, ?, ?)
                       ON CONFLICT (guild_id, user_id) DO UPDATE
                       SET name = excluded.name, updated_at = excluded.updated_at""",
                    (guild_id, user_id, name[:100], to_db_time(answered_at)),
                )
        return cur.rowcount == 1

    def post_tally(self, post_id: int) -> tuple[int, int]:
        """(answered, correct) for one post."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT COUNT(*), COALESCE(SUM(correct), 0) FROM answers WHERE post_id = ?", (post_id,)
            ).fetchone()
        return int(row[0]), int(row[1])

    # -- scores

    def user_stats(
        self, user_id: int, guild_id: int | None = None, tz: str | None = None, *, now: datetime | None = None
    ) -> Stats:
        """Score card for one user, in one guild (or everywhere when ``guild_id`` is None).

        Streak days are the user's local days: ``tz`` if given, else their saved zone, else UTC.
        """
        zone = ZoneInfo(_check_zone(tz or self.get_user_timezone(user_id) or "UTC"))
        where, args = "user_id = ?", [user_id]
        if guild_id is not None:
            where += " AND guild_id = ?"
            args.append(guild_id)
        with self._read() as conn:
            topics = conn.execute(
                f"SELECT topic, COUNT(*), SUM(correct) FROM answers WHERE {where} GROUP BY topic", args
            ).fetchall()
            correct_times = conn.execute(
                f"SELECT answered_at FROM answers WHERE {where} AND correct = 1", args
            ).fetchall()
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

    def leaderboard(self, guild_id: int, limit: int = 10) -> list[LeaderboardEntry]:
        """Most correct answers first, then better accuracy, then fewer attempts."""
        with self._read() as conn:
            # aggregates spelled out in ORDER BY: inside an expression a bare "correct" is the row's
            # column, not the sum, which ranked 5 of 10 above 5 of 6
            rows = conn.execute(
                """SELECT a.user_id, COUNT(*), SUM(a.correct), MAX(n.name) FROM answers a
                   LEFT JOIN display_names n ON n.guild_id = a.guild_id AND n.user_id = a.user_id
                   WHERE a.guild_id = ? GROUP BY a.user_id
                   ORDER BY SUM(a.correct) DESC, CAST(SUM(a.correct) AS REAL) / COUNT(*) DESC,
                            COUNT(*) ASC, a.user_id ASC
                   LIMIT ?""",
                (guild_id, limit),
            ).fetchall()
        return [
            LeaderboardEntry(user_id=r[0], answered=int(r[1]), correct=int(r[2]), name=r[3]) for r in rows
        ]

    def set_user_timezone(self, user_id: int, tz: str) -> None:
        _check_zone(tz)
        with self._tx() as conn:
            conn.execute(
                """INSERT INTO user_prefs (user_id, timezone) VALUES (?, ?)
                   ON CONFLICT (user_id) DO UPDATE SET timezone = excluded.timezone""",
                (user_id, tz),
            )

    def get_user_timezone(self, user_id: int) -> str | None:
        with self._read() as conn:
            row = conn.execute("SELECT timezone FROM user_prefs WHERE user_id = ?", (user_id,)).fetchone()
        return row[0] if row else None

