"""The quiz and daily-subscription use cases, written once for every front end.

The Discord cogs and the console session parse what a person typed or clicked, check permissions and
render; everything in between is here: pick and record a post, grade an answer, report and restore a
question, score cards and leaderboards, subscribe, pause, resume, unsubscribe, list, time zones, and
the daily post of one subscription. Each method awaits the async store (the event loop never waits on
the database) and returns plain results.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from bot.app.quiz_service import MIN_OPEN, QuizBank, QuizError, QuizService, Reveal
from bot.app.schedule import SENDING, TargetGone, parse_timezone
from bot.app.subscriptions import Subscribed, subscribe
from bot.quiz.items import QuizItem

if TYPE_CHECKING:
    from bot.app.quiz_service import AnswerOutcome
    from bot.app.runtime import Runtime
    from bot.app.store import LeaderboardEntry, Post, ReportedItem, ReportOutcome, Stats, Store, Subscription

PAUSED_BY_COMMAND = "paused with /quiz pause"


class QuizUnavailable(QuizError):
    """The database could not be opened: quizzes are off, answers to questions still work."""


@dataclass(frozen=True)
class Posted:
    """A recorded post, and the earlier posts of the channel it closed (to show their answers)."""

    post_id: int
    item: QuizItem
    reveals: list[Reveal]


@dataclass(frozen=True)
class Snapshot:
    """A post as its message should show it now."""

    post: Post
    item: QuizItem
    answered: int
    right: int

    @property
    def revealed(self) -> bool:
        return self.post.closed_at is not None


@dataclass(frozen=True)
class OpenQuiz:
    """The latest open quiz of a channel and whether anyone answered it (the console's "B" answers it)."""

    post: Post
    item: QuizItem
    answered: bool


@dataclass(frozen=True)
class Change:
    """What pause or resume did: no subscription, nothing to change, or changed."""

    outcome: Literal["none", "unchanged", "changed"]
    subscription: Subscription | None = None


class QuizApp:
    """Quiz use cases over one runtime. ``bank`` fixes the quiz bank (tests); otherwise the engine's
    current bank is used, so a re-index takes effect at the next call."""

    def __init__(
        self,
        runtime: Runtime,
        *,
        now: Callable[[], datetime] | None = None,
        seed: int | None = None,
        bank: QuizBank | None = None,
        min_open: timedelta = MIN_OPEN,
    ) -> None:
        self.runtime = runtime
        self.now = now or (lambda: datetime.now(UTC))
        self.seed = seed
        self.min_open = min_open
        self._bank = bank
        self._service: QuizService | None = None

    # -- plumbing -------------------------------------------------------------------------------------
    async def store(self) -> Store:
        store = await self.runtime.open_store()
        if store is None:
            detail = f" ({self.runtime.store_error})" if self.runtime.store_error else ""
            from bot.app.store import redacted

            raise QuizUnavailable(
                f"Quizzes need the database {redacted(self.runtime.settings.database)}, which could not be "
                f"opened{detail}."
            )
        return store

    async def bank(self) -> QuizBank:
        return self._bank if self._bank is not None else (await self.runtime.get_engine()).quiz_bank

    async def service(self) -> QuizService:
        store, bank = await self.store(), await self.bank()
        if self._service is None or self._service.store is not store or self._service.bank is not bank:
            self._service = QuizService(store, bank, now=lambda: self.now(), seed=self.seed)
        return self._service

    # -- posting --------------------------------------------------------------------------------------
    async def quiz_now(
        self,
        channel_id: int,
        guild_id: int | None,
        user_id: int | None = None,
        topic: str | None = None,
        subscription: Subscription | None = None,
        delivery: date | None = None,
    ) -> Posted:
        """Pick (what ``user_id`` has due or missed first; never what this server withdrew) and record a
        post. Raises QuizError for an unknown topic or an empty bank."""
        service = await self.service()
        item = await service.pick(topic, user_id, channel_id, guild_id)
        post_id, reveals = await service.post(
            item, channel_id, guild_id, subscription.id if subscription else None, min_open=self.min_open,
            delivery=delivery,
        )
        return Posted(post_id, item, reveals)

    async def daily(self, sub: Subscription, channel_id: int, local_date: date | None = None) -> Posted:
        """Today's quiz of one subscription. A topic the notes no longer have is permanent: the
        subscription is paused (and its subscriber told), on every front end alike.

        With ``local_date`` the post is tied to that day's delivery before anything is sent: a run
        taken over from a process that died re-sends the same post (same question, same buttons), so
        Discord's nonce check can recognise it."""
        try:
            if local_date is not None:
                service = await self.service()
                run = SENDING.get()
                if run is not None and (run.subscription.id, run.local_date) == (sub.id, local_date):
                    earlier = run.post_id  # the dispatcher's claim says (None: a fresh run)
                else:
                    earlier = await service.store.delivery_post(sub.id, local_date)
                if earlier is not None:
                    post = await service.store.get_post(earlier)
                    open_post = post is not None and post.closed_at is None
                    item = service.bank.by_id.get(post.item_id) if open_post else None
                    if item is not None:
                        return Posted(earlier, item, [])
            return await self.quiz_now(
                channel_id, sub.guild_id, sub.target_id if sub.kind == "dm" else None, sub.topic, sub,
                local_date,
            )
        except QuizUnavailable:
            raise
        except QuizError as exc:
            raise TargetGone(str(exc)) from None

    async def posted(self, post_id: int, message_id: int | None) -> None:
        """The message of a post is out (remember its id), or sending failed (close the post unseen)."""
        store = await self.store()
        if message_id is None:
            await store.close_post(post_id, self.now())
        else:
            await store.set_post_message(post_id, message_id)

    async def snapshot(self, post_id: int) -> Snapshot:
        service = await self.service()
        post, item = await service.item_of(post_id)
        answered, right = await service.store.post_tally(post_id)
        return Snapshot(post, item, answered, right)

    async def item_of(self, post_id: int) -> tuple[Post, QuizItem]:
        return await (await self.service()).item_of(post_id)

    async def open_quiz(self, channel_id: int) -> OpenQuiz | None:
        """The channel's latest open quiz (None if none, or if a re-index removed its item)."""
        service = await self.service()
        post = await service.store.latest_open_post(channel_id)
        item = service.bank.by_id.get(post.item_id) if post is not None else None
        if post is None or item is None:
            return None
        answered, _ = await service.store.post_tally(post.id)
        return OpenQuiz(post, item, answered > 0)

    async def reveal_stale(
        self, older_than: timedelta, only: Callable[[Post], bool] | None = None
    ) -> list[Reveal]:
        return await (await self.service()).reveal_stale(older_than, only)

    # -- answering and reporting ----------------------------------------------------------------------
    async def answer(
        self, post_id: int, user_id: int, response: int | str, guild_id: int | None, name: str | None = None
    ) -> AnswerOutcome:
        return await (await self.service()).answer(post_id, user_id, response, guild_id, name)

    async def report(
        self, post_id: int, user_id: int, guild_id: int | None, reason: str, *, moderator: bool
    ) -> tuple[QuizItem, ReportOutcome]:
        return await (await self.service()).report(post_id, user_id, guild_id, reason, moderator=moderator)

    async def report_latest(
        self, channel_id: int, user_id: int, guild_id: int | None, reason: str, *, moderator: bool
    ) -> tuple[QuizItem, ReportOutcome] | None:
        """Report the channel's last question (the console has no message to click); None if none."""
        post = await (await self.store()).latest_post(channel_id)
        if post is None:
            return None
        return await self.report(post.id, user_id, guild_id, reason, moderator=moderator)

    async def reported(self, guild_id: int | None) -> list[tuple[ReportedItem, QuizItem | None]]:
        return await (await self.service()).reported(guild_id)

    async def restore(self, guild_id: int | None, item_id: str) -> bool:
        return await (await self.service()).restore(guild_id, item_id[:64])

    # -- scores ---------------------------------------------------------------------------------------
    async def stats(self, user_id: int, guild_id: int | None = None) -> Stats:
        return await (await self.service()).stats(user_id, guild_id)

    async def leaderboard(self, guild_id: int, limit: int = 10) -> list[LeaderboardEntry]:
        return await (await self.store()).leaderboard(guild_id, limit)

    # -- daily subscriptions --------------------------------------------------------------------------
    async def subscribe(
        self,
        kind: Literal["channel", "dm"],
        target_id: int,
        guild_id: int | None,
        created_by: int,
        time_text: str | None,
        zone_text: str | None,
        topic: str | None,
    ) -> Subscribed:
        """Validate and store; raises ScheduleError or QuizError with a message for the person."""
        store = await self.store()
        settings = self.runtime.settings
        bank = await self.bank() if topic and topic.strip() else QuizBank(())
        return await subscribe(
            store,
            bank,
            kind=kind,
            target_id=target_id,
            guild_id=guild_id,
            created_by=created_by,
            time_text=time_text,
            timezone_text=zone_text,
            topic=topic,
            default_time=settings.quiz_default_time,
            default_timezone=settings.quiz_default_timezone,
            now=self.now(),
        )

    async def find(self, kind: Literal["channel", "dm"], target_id: int) -> Subscription | None:
        return await (await self.store()).find_subscription(kind, target_id)

    async def unsubscribe(self, kind: Literal["channel", "dm"], target_id: int) -> bool:
        return await (await self.store()).remove_subscription(kind, target_id)

    async def pause(
        self, kind: Literal["channel", "dm"], target_id: int, reason: str = PAUSED_BY_COMMAND
    ) -> Change:
        store = await self.store()
        sub = await store.find_subscription(kind, target_id)
        if sub is None:
            return Change("none")
        if not sub.active:
            return Change("unchanged", sub)
        await store.pause_subscription(sub.id, reason)
        return Change("changed", await store.get_subscription(sub.id))

    async def resume(self, kind: Literal["channel", "dm"], target_id: int) -> Change:
        store = await self.store()
        sub = await store.find_subscription(kind, target_id)
        if sub is None:
            return Change("none")
        if sub.active:
            return Change("unchanged", sub)
        await store.resume_subscription(sub.id)
        return Change("changed", await store.get_subscription(sub.id))

    async def subscriptions(
        self, guild_id: int | None, user_id: int
    ) -> tuple[list[Subscription], str | None]:
        """A server's channel subscriptions and the person's own DM one, with the person's saved zone."""
        store = await self.store()
        listed = await store.list_subscriptions(guild_id) if guild_id else []
        subs = [s for s in listed if s.kind == "channel"]
        mine = await store.find_subscription("dm", user_id)
        return subs + ([mine] if mine else []), await store.get_user_timezone(user_id)

    async def timezone(self, user_id: int) -> str | None:
        return await (await self.store()).get_user_timezone(user_id)

    async def set_timezone(self, user_id: int, zone_text: str) -> str:
        """Save a person's zone; raises ScheduleError (with suggestions) for a zone that doesn't exist."""
        zone = parse_timezone(zone_text).key
        await (await self.store()).set_user_timezone(user_id, zone)
        return zone
