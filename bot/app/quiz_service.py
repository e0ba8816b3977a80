"""The quiz game, front-end free: pick an item, post it, take answers, reveal, score.

The Discord cog, the console session and the daily dispatcher all call this; none of them grades or
stores anything itself. Everything that matters (posts, answers, streaks, FSRS cards) lives in the store.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from bot.app.srs import pick_items, review
from bot.app.store import LeaderboardEntry, Post, ReportedItem, ReportOutcome, Stats, Store
from bot.quiz.bank import QuizBank, QuizError
from bot.quiz.grading import grade
from bot.quiz.items import LETTERS, QuizItem

# Reports from this many people withdraw an item from a server's quizzes; one moderator's report does.
REPORTS_TO_WITHDRAW = 3
REPORT_REASON_MAX = 200
# topics listed in a score card: notes with a hundred headings would otherwise make a card no one
# reads, and one over Discord's 4,096-character embed limit that fails to send at all
STATS_TOPICS = 15
MIN_OPEN = timedelta(minutes=5)  # a quiz stays open at least this long, whoever posts the next one


@dataclass(frozen=True)
class AnswerOutcome:
    item: QuizItem
    correct: bool
    already: bool  # this person had answered this post before; nothing was recorded
    closed: bool  # the post was already revealed; nothing was recorded
    answered: int  # people who have answered the post so far
    right: int
    next_due: datetime | None = None


@dataclass(frozen=True)
class Reveal:
    post: Post
    item: QuizItem
    answered: int
    right: int

    @property
    def share(self) -> float:
        return self.right / self.answered if self.answered else 0.0


# The open posts of the channel a pick just read (per task): the post that follows reveals them without
# a second read of the same rows.
_SEEN_OPEN: ContextVar[tuple[int, list[Post]] | None] = ContextVar("tutor_seen_open", default=None)


class QuizService:
    def __init__(
        self,
        store: Store,
        bank: QuizBank,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        seed: int | None = None,
    ) -> None:
        self.store = store
        self.bank = bank
        self.now = now
        self._rng = random.Random(seed)

    # -- choosing ------------------------------------------------------------------------------
    async def pick(
        self,
        topic: str | None = None,
        user_id: int | None = None,
        channel_id: int | None = None,
        guild_id: int | None = None,
    ) -> QuizItem:
        """For one person: what is due for them first, then what they got wrong, then unseen items.
        For a channel: a random item the channel has not had among its recent posts. Items withdrawn
        from the server (``guild_id``; None is everything outside a server) are never picked."""
        candidates = self.bank.on_topic(topic)
        still_open: list[Post] = []
        if channel_id is not None:  # one read for what a channel's post needs
            # a person's pick goes by their cards; of the channel it needs only the posts still open
            recent = 0 if user_id is not None else max(1, len(candidates) - 1)
            withdrawn, recent_ids, still_open = await self.store.channel_history(guild_id, channel_id, recent)
            _SEEN_OPEN.set((channel_id, still_open))  # post() reveals these without reading them again
        else:
            withdrawn, recent_ids = await self.store.withdrawn_item_ids(guild_id), []
        if withdrawn:
            candidates = [it for it in candidates if it.id not in withdrawn]
            if not candidates:
                raise QuizError("Every question on that topic was reported and withdrawn here.")
        if user_id is not None:
            # "/quiz now" twice without answering: a question still open here that the person has
            # not answered waits behind every other, and behind its own reverse; one they answered
            # comes back when it is due, as ever
            answered = await self.store.answered_posts(user_id, [p.id for p in still_open])
            hold = {p.item_id for p in still_open if p.id not in answered}
            return (await pick_items(self.store, user_id, candidates, self.now(), 1, self._rng, hold))[0]
        if channel_id is not None:
            recent = set(recent_ids)
            fresh = [it for it in candidates if it.id not in recent]
            # nor the reverse of a question the channel had lately, while others remain
            asked = {self.bank.by_id[i].fact for i in recent_ids if i in self.bank.by_id}
            new = [it for it in fresh if it.fact not in asked]
            candidates = new or fresh or candidates
        return self._rng.choice(candidates)

    # -- posting and answering ----------------------------------------------------------------
    async def post(
        self,
        item: QuizItem,
        channel_id: int | None,
        guild_id: int | None = None,
        subscription_id: int | None = None,
        min_open: timedelta = MIN_OPEN,
        delivery: date | None = None,
    ) -> tuple[int, list[Reveal]]:
        """Record a new post; earlier open posts in the same channel are revealed (returned to edit),
        except those posted less than ``min_open`` ago: someone's `/quiz now` must not close the quiz
        others are answering this minute (the reveal loop closes it later). A session of one person
        passes zero: their new quiz replaces their own."""
        reveals = []
        if channel_id is not None:
            cutoff = self.now() - min_open
            seen = _SEEN_OPEN.get()
            _SEEN_OPEN.set(None)
            if seen is not None and seen[0] == channel_id:  # read by pick() a moment ago, in this task
                earlier = [p for p in seen[1] if p.posted_at <= cutoff]
            else:
                earlier = await self.store.open_posts(posted_before=cutoff + timedelta(microseconds=1),
                                                      channel_id=channel_id)
            for old in earlier:
                r = await self.reveal(old.id)
                if r is not None:
                    reveals.append(r)
        post_id = await self.store.create_post(
            item.id, channel_id, guild_id, subscription_id, self.now(), topic=item.topic, delivery=delivery
        )
        return post_id, reveals

    async def item_of(self, post_id: int) -> tuple[Post, QuizItem]:
        post = await self.store.get_post(post_id)
        if post is None:
            raise QuizError("That quiz is no longer known.")
        item = self.bank.by_id.get(post.item_id)
        if item is None:
            raise QuizError(
                "That question was removed when the notes changed; try `/quiz now` for a new one."
            )
        return post, item

    async def answer(
        self,
        post_id: int,
        user_id: int,
        response: str | int,
        guild_id: int | None = None,
        name: str | None = None,
    ) -> AnswerOutcome:
        """Grade and record one person's answer; the first answer counts, later clicks change nothing.
        ``name`` is how they are shown on the server's leaderboard."""
        post, item = await self.item_of(post_id)
        correct = grade(item, response)
        if post.closed_at is not None:
            answered, right = await self.store.post_tally(post_id)
            return AnswerOutcome(item, correct, False, True, answered, right)
        choice = (
            item.choices[response]
            if isinstance(response, int) and 0 <= response < len(item.choices)
            else str(response)
        )
        now = self.now()
        recorded = await self.store.record_answer(
            post_id, user_id, guild_id, choice[:200], correct, now, topic=item.topic, name=name
        )
        due = await review(self.store, user_id, item.id, correct, now) if recorded else None
        answered, right = await self.store.post_tally(post_id)
        return AnswerOutcome(item, correct, not recorded, False, answered, right, due)

    async def reveal(self, post_id: int) -> Reveal | None:
        """Close a post once and report the share who got it right (None if already closed)."""
        post = await self.store.get_post(post_id)
        if post is None or not await self.store.close_post(post_id, self.now()):
            return None
        item = self.bank.by_id.get(post.item_id)
        if item is None:
            return None
        answered, right = await self.store.post_tally(post_id)
        return Reveal(post, item, answered, right)

    async def reveal_stale(
        self, older_than: timedelta, only: Callable[[Post], bool] | None = None
    ) -> list[Reveal]:
        """Reveal every open post older than the configured time (run periodically). ``only`` limits it
        to one front end's posts when several share the database."""
        cutoff = self.now() - older_than
        posts = [p for p in await self.store.open_posts(posted_before=cutoff) if only is None or only(p)]
        return [r for p in posts if (r := await self.reveal(p.id)) is not None]

    # -- reports of bad questions ------------------------------------------------------------------
    async def report(
        self, post_id: int, user_id: int, guild_id: int | None, reason: str, *, moderator: bool
    ) -> tuple[QuizItem, ReportOutcome]:
        """Report the question of a post; a moderator's report, or the third person's, withdraws it
        from this server's quizzes at once."""
        _post, item = await self.item_of(post_id)
        return item, await self.report_item(item.id, user_id, guild_id, reason, moderator=moderator)

    async def report_item(
        self, item_id: str, user_id: int, guild_id: int | None, reason: str, *, moderator: bool
    ) -> ReportOutcome:
        if item_id not in self.bank.by_id:
            raise QuizError("That question is no longer in the quiz bank.")
        reason = " ".join(reason.split())[:REPORT_REASON_MAX] or "(no reason given)"
        return await self.store.record_report(
            guild_id,
            item_id,
            user_id,
            reason,
            moderator=moderator,
            threshold=REPORTS_TO_WITHDRAW,
            reported_at=self.now(),
        )

    async def reported(self, guild_id: int | None) -> list[tuple[ReportedItem, QuizItem | None]]:
        """Reported and withdrawn items of a server, with the item (None once the notes dropped it)."""
        return [(r, self.bank.by_id.get(r.item_id)) for r in await self.store.reported_items(guild_id)]

    async def restore(self, guild_id: int | None, item_id: str) -> bool:
        """Put a reported item back; ``item_id`` may be a unique prefix of the id as listed."""
        item_id = item_id.strip()
        known = [r.item_id for r in await self.store.reported_items(guild_id, limit=1000)]
        matches = [i for i in known if i.startswith(item_id)] if item_id else []
        if len(matches) != 1:
            return False
        return await self.store.restore_item(guild_id, matches[0], self.now())

    # -- scores --------------------------------------------------------------------------------
    async def stats(self, user_id: int, guild_id: int | None = None) -> Stats:
        return await self.store.user_stats(user_id, guild_id, now=self.now())

    async def leaderboard(self, guild_id: int, limit: int = 10) -> list[LeaderboardEntry]:
        return await self.store.leaderboard(guild_id, limit)


# -- text, shared by the console and Discord ---------------------------------------------------


def question_text(item: QuizItem) -> str:
    lines = [item.question]
    if item.is_cloze:
        lines.append("(type the missing words)")
    else:
        lines += [f"  {LETTERS[i]}) {c}" for i, c in enumerate(item.choices)]
    return "\n".join(lines)


def outcome_text(outcome: AnswerOutcome) -> str:
    item = outcome.item
    if outcome.closed:
        return f"That quiz is closed. The answer was: {item.answer_text}."
    if outcome.already:
        return "You already answered this one; your first answer counts."
    verdict = "Correct!" if outcome.correct else f"Not quite. The answer is: {item.answer_text}."
    return f"{verdict}\n{item.explanation}\n— {item.source}"


def reveal_text(reveal: Reveal) -> str:
    who = f"{reveal.right}/{reveal.answered} got it right" if reveal.answered else "nobody answered"
    return f"Answer: {reveal.item.answer_text} ({who}).\n{reveal.item.explanation}\n— {reveal.item.source}"


def stats_text(stats: Stats) -> str:
    if not stats.answered:
        return "No quiz answers yet. Try `/quiz now`."
    lines = [
        f"Answered {stats.answered}, correct {stats.correct} ({stats.accuracy:.0%}). "
        f"Streak: {stats.current_streak} day(s), best {stats.best_streak}.",
    ]
    ranked = sorted(stats.by_topic.items(), key=lambda kv: (-kv[1].answered, kv[0]))
    for topic, t in ranked[:STATS_TOPICS]:
        name = topic if len(topic) <= 80 else topic[:79] + "…"
        lines.append(f"  {name}: {t.correct}/{t.answered} ({t.accuracy:.0%})")
    if len(ranked) > STATS_TOPICS:
        lines.append(f"  … and {len(ranked) - STATS_TOPICS} more topic(s) with fewer answers")
    return "\n".join(lines)


def report_text(outcome: ReportOutcome, quizzes: str = "this server's quizzes") -> str:
    """The reply to a report; ``quizzes`` names whose quizzes it leaves ("your quizzes" in a console)."""
    if outcome.newly_withdrawn:
        return f"Thanks for the report. The question is withdrawn from {quizzes}."
    if outcome.withdrawn:
        return f"Thanks for the report. The question was already withdrawn from {quizzes}."
    return (
        f"Thanks for the report ({outcome.reports} so far). A moderator's report or "
        f"{REPORTS_TO_WITHDRAW} reports withdraw it from {quizzes}."
    )


def reported_text(
    reported: list[tuple[ReportedItem, QuizItem | None]],
    limit: int = 15,
    escape: Callable[[str], str] = lambda s: s,
) -> str:
    """The moderators' list: id to restore with, state, report count, the question and reasons."""
    if not reported:
        return "No quiz question has been reported here."
    lines = []
    for r, item in reported[:limit]:
        state = "withdrawn" if r.withdrawn else "reported"
        who = f"{r.reports} report{'s' if r.reports != 1 else ''}"
        who += ", by a moderator" if r.moderator else ""
        question = item.prompt if item is not None else "(no longer in the notes)"
        reasons = "; ".join(escape(reason) for reason in r.reasons[:3])
        lines.append(f"{r.item_id[:10]} · {state} · {who}\n  {question}\n  Why: {reasons}")
    if len(reported) > limit:
        lines.append(f"… and {len(reported) - limit} more.")
    return "\n".join(lines)


def leaderboard_text(entries: list[LeaderboardEntry], name: Callable[[LeaderboardEntry], str]) -> str:
    if not entries:
        return "No scores yet. Try `/quiz now`."
    return "\n".join(
        f"{n}. {name(e)} — {e.correct} correct of {e.answered} ({e.accuracy:.0%})"
        for n, e in enumerate(entries, 1)
    )
