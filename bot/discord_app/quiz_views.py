"""Quiz posts on Discord: the embed, the buttons, the cloze answer box, and ``QuizDesk``, which plays them.

Buttons survive restarts because they carry their state in the custom id: ``quiz:<post id>:<choice>``
(``quiz:<post id>:cloze`` for the "Answer" button of a fill-in-the-blank). ``QuizButton`` is a
``discord.ui.DynamicItem`` registered once when the quiz cog loads, so a click on a message posted by an
earlier process is parsed and graded like any other; everything else (item, answers, who got it right)
is in the store.

``QuizDesk`` is the Discord half of the game and the only place that talks to both Discord and
``QuizService``: post a quiz, grade a click, keep the "N answered" count on the message up to date,
reveal earlier posts, and send the dispatcher's daily quizzes. Every use case awaits the async store
(short transactions plus a little CPU for picking items and FSRS): the gateway never waits on them, nor
they on questions being answered. Every click is acknowledged before any of that work starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import secrets
import weakref
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import discord

from bot.app.quiz import Posted, QuizApp
from bot.app.quiz_service import LETTERS, REPORT_REASON_MAX, QuizError, outcome_text, report_text
from bot.app.schedule import DispatchResult, TargetGone, delivery_nonce
from bot.discord_app.format import DESCRIPTION_MAX, FIELD_VALUE_MAX, TITLE_MAX
from bot.quiz.items import QuizItem, post_title
from bot.render import shorten

if TYPE_CHECKING:
    from bot.app.store import Post, Subscription
    from bot.discord_app.bot import TutorBot

log = logging.getLogger("tutor.discord")

NO_MENTIONS = discord.AllowedMentions.none()

BUTTON_LABEL_MAX = 80  # Discord's limit for a button label
CLOZE = "cloze"
CUSTOM_ID = re.compile(r"quiz:(?P<post>\d+):(?P<choice>\d|cloze)")
REPORT_ID = re.compile(r"quizr:(?P<post>\d+)")
CLOZE_LOOKUP_SECONDS = 1.0  # how long opening an answer box may wait for the post's state
OPEN_COLOR = 0x5865F2
REVEALED_COLOR = 0x57F287


def custom_id(post_id: int, choice: int | str) -> str:
    return f"quiz:{post_id}:{choice}"


# ------------------------------------------------------------------------------------ the message


def quiz_payload(
    item: QuizItem, answered: int = 0, right: int = 0, *, revealed: bool = False
) -> dict[str, Any]:
    """The quiz embed as a dict: the title with the topic and the heading the question is asked in,
    the question and lettered choices; once revealed, the answer and the share."""
    lines = [_plain(item, item.question)]
    if item.is_cloze:
        lines.append("*Press **Answer** and type the missing words.*")
    else:
        lines.append("")
        lines += [f"**{LETTERS[i]})** {_choice(item, choice)}" for i, choice in enumerate(item.choices)]
    topic = item.full_headline if revealed else item.headline  # a topic naming the answer waits for it
    embed: dict[str, Any] = {
        "title": shorten(_plain(item, post_title(topic)), TITLE_MAX),  # a code setting: `__init__`
        "description": shorten("\n".join(lines), DESCRIPTION_MAX),
        "color": REVEALED_COLOR if revealed else OPEN_COLOR,
    }
    people = f"{answered} answered" if answered != 1 else "1 answered"
    if revealed:
        letter = "" if item.is_cloze else f"{LETTERS[item.answer]}) "  # type: ignore[index]
        share = f"{right}/{answered} got it right ({right / answered:.0%})" if answered else "nobody answered"
        said = (
            f"**{letter}**{_choice(item, item.answer_text)}"
            if item.kind == "code"
            else f"**{letter}{item.answer_text}**"
        )
        value = f"{said} — {share}\n{_plain(item, item.explanation)}\n— {item.source}"
        embed["fields"] = [{"name": "Answer", "value": shorten(value, FIELD_VALUE_MAX), "inline": False}]
        embed["footer"] = {"text": f"Closed · {people}"}
    else:
        embed["footer"] = {"text": f"{people} · one answer each, only you see your result"}
    return embed


def _plain(item: QuizItem, text: str) -> str:
    """Text of a question on code shown as written: ``9 | 26`` or ``__len__`` is not markdown."""
    return discord.utils.escape_markdown(text) if item.kind == "code" else text


def _choice(item: QuizItem, choice: str) -> str:
    """A choice as the embed shows it: a command or a result in a code span, prose as it is."""
    return f"`{choice}`" if item.kind == "code" and "`" not in choice else choice


def button_label(index: int, choice: str) -> str:
    return shorten(" ".join(f"{LETTERS[index]}) {choice}".split()), BUTTON_LABEL_MAX)


class QuizButton(discord.ui.DynamicItem[discord.ui.Button], template=CUSTOM_ID):
    """One choice (or the cloze "Answer" button) of one post; all state is in the custom id."""

    def __init__(
        self,
        post_id: int,
        choice: int | str,
        *,
        label: str | None = None,
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=label, style=style, disabled=disabled, custom_id=custom_id(post_id, choice)
            )
        )
        self.post_id = post_id
        self.choice = choice

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> QuizButton:
        choice = match["choice"]
        return cls(int(match["post"]), choice if choice == CLOZE else int(choice))

    async def callback(self, interaction: discord.Interaction) -> None:
        desk = desk_of(interaction.client)
        if desk is None:
            await reply(interaction, "The quiz isn't available right now. Please try again in a moment.")
        elif self.choice == CLOZE:
            await desk.open_cloze(interaction, self.post_id)
        else:
            await desk.answer(interaction, self.post_id, int(self.choice))


class ReportButton(discord.ui.DynamicItem[discord.ui.Button], template=REPORT_ID):
    """🚩 under every post: report the question as bad (a short reason in a modal)."""

    def __init__(self, post_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                emoji="🚩", label="Report", style=discord.ButtonStyle.secondary, custom_id=f"quizr:{post_id}"
            )
        )
        self.post_id = post_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> ReportButton:
        return cls(int(match["post"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        desk = desk_of(interaction.client)
        if desk is None:
            await reply(interaction, "Reports aren't available right now. Please try again in a moment.")
            return
        await interaction.response.send_modal(ReportModal(desk, self.post_id))


def quiz_view(post_id: int, item: QuizItem, *, revealed: bool = False) -> discord.ui.View:
    """The buttons under a post; once revealed they stay visible, disabled, with the right one green.
    The 🚩 report button stays usable: a bad question is often noticed once the answer is shown."""
    view = discord.ui.View(timeout=None)
    if item.is_cloze:
        view.add_item(
            QuizButton(post_id, CLOZE, label="Answer", style=discord.ButtonStyle.primary, disabled=revealed)
        )
    else:
        for i, choice in enumerate(item.choices[: len(LETTERS)]):
            right = revealed and i == item.answer
            style = discord.ButtonStyle.success if right else discord.ButtonStyle.secondary
            view.add_item(
                QuizButton(post_id, i, label=button_label(i, choice), style=style, disabled=revealed)
            )
    view.add_item(ReportButton(post_id))
    return view


class ReportModal(discord.ui.Modal):
    """Why the question is bad. Each opened box has an id of its own, so two people reporting the same
    post at once do not replace each other's box."""

    reason: discord.ui.TextInput = discord.ui.TextInput(
        label="What is wrong with this question?",
        style=discord.TextStyle.paragraph,
        placeholder="e.g. two right answers, makes no sense on its own, wrong key",
        max_length=REPORT_REASON_MAX,
        required=False,
    )

    def __init__(self, desk: QuizDesk, post_id: int) -> None:
        super().__init__(
            title="Report this question", timeout=900, custom_id=f"quizrm:{post_id}:{secrets.token_hex(6)}"
        )
        self.desk = desk
        self.post_id = post_id

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self.desk.report_item(interaction, self.post_id, self.reason.value or "")

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        log.error("quiz report box failed: %s: %s", type(error).__name__, error, exc_info=error)
        with contextlib.suppress(discord.HTTPException):
            await reply(interaction, "Sorry, that report didn't go through. Please try again in a moment.")


class ClozeModal(discord.ui.Modal):
    """The answer box of a fill-in-the-blank question. Lives in memory only while it is open."""

    answer_box: discord.ui.TextInput = discord.ui.TextInput(label="Your answer", max_length=100)

    def __init__(self, desk: QuizDesk, post_id: int, prompt: str | None = None) -> None:
        # an id per opened box: two people answering the same post at once each keep their own box
        super().__init__(
            title="Fill in the blank", timeout=900, custom_id=f"quizm:{post_id}:{secrets.token_hex(6)}"
        )
        self.desk = desk
        self.post_id = post_id
        if prompt:
            self.answer_box.placeholder = shorten(prompt, 100)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self.desk.answer(interaction, self.post_id, self.answer_box.value or "")

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        log.error("quiz answer box failed: %s: %s", type(error).__name__, error, exc_info=error)
        with contextlib.suppress(discord.HTTPException):
            await reply(interaction, "Sorry, that didn't work. Please try again in a moment.")


def desk_of(client: Any) -> QuizDesk | None:
    cog = client.get_cog("Quiz") if hasattr(client, "get_cog") else None
    return getattr(cog, "desk", None)


async def reply(interaction: discord.Interaction, content: str) -> None:
    """An ephemeral reply, as the first response or as a follow-up when already acknowledged."""
    if interaction.response.is_done():
        await interaction.followup.send(content, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(content, ephemeral=True, allowed_mentions=NO_MENTIONS)


# ------------------------------------------------------------------------------------- the desk


class QuizDesk:
    """Plays quizzes on Discord for one bot. ``now`` and ``debounce`` are injectable for tests."""

    def __init__(
        self, bot: TutorBot, *, now: Callable[[], datetime] | None = None, debounce: float = 1.5
    ) -> None:
        self.bot = bot
        self.now = now or (lambda: datetime.now(UTC))
        self.debounce = debounce
        self._pending: dict[int, asyncio.Task] = {}
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()
        # the use cases; ``now`` is read at each call, so a test can move the clock
        self.app = QuizApp(bot.runtime, now=lambda: self.now())

    @property
    def reveal_after(self) -> timedelta:
        return timedelta(minutes=self.bot.settings.quiz_reveal_after_minutes)

    # -- posting -----------------------------------------------------------------------------------
    async def posted(self, posted: Posted, message: discord.Message | None) -> None:
        """The message for a post is out (None: sending failed): remember it, reveal the earlier posts
        it closed (a post never shown reveals nothing)."""
        await self.app.posted(posted.post_id, message.id if message is not None else None)
        if message is not None:
            for reveal in posted.reveals:
                await self.refresh(reveal.post.id)

    @staticmethod
    def message_parts(post_id: int, item: QuizItem) -> dict[str, Any]:
        return {
            "embed": discord.Embed.from_dict(quiz_payload(item)),
            "view": quiz_view(post_id, item),
            "allowed_mentions": NO_MENTIONS,
        }

    # -- answering ---------------------------------------------------------------------------------
    async def answer(self, interaction: discord.Interaction, post_id: int, response: int | str) -> None:
        """Grade one click or typed answer: acknowledged at once, then an ephemeral verdict, then the
        public count (debounced)."""
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        outcome = await self._recording(
            interaction, "answer", post_id, interaction.user.id, response, interaction.guild_id,
            interaction.user.display_name,
        )
        if outcome is None:
            return
        await reply(interaction, outcome_text(outcome))
        if not outcome.already:  # a new answer changes the count; a click on a closed post re-reveals
            self.schedule_refresh(post_id)

    async def report_item(self, interaction: discord.Interaction, post_id: int, reason: str) -> None:
        """Store a report (acknowledged first); a moderator's, or the third person's, withdraws the item
        from this server's quizzes."""
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        # outside a server the quiz is the person's own: their report decides, like a moderator's
        perms = interaction.permissions
        moderator = interaction.guild_id is None or perms.manage_messages or perms.administrator
        done = await self._recording(
            interaction, "report", post_id, interaction.user.id, interaction.guild_id, reason,
            moderator=moderator,
        )
        if done is not None:
            await reply(interaction, report_text(done[1]))

    async def _recording(
        self, interaction: discord.Interaction, what: str, post_id: int, *args: Any, **kw: Any
    ) -> Any:
        """``QuizApp.<what>(post_id, *args)`` ("answer", "report"); on failure the person gets one polite
        line (the use case's own message for a QuizError) and None back."""
        try:
            return await getattr(self.app, what)(post_id, *args, **kw)
        except QuizError as exc:
            await reply(interaction, str(exc))
        except Exception as exc:  # noqa: BLE001 - one log line, one polite reply
            log.error("quiz %s on post %s failed: %s: %s", what, post_id, type(exc).__name__, exc,
                      exc_info=exc)
            with contextlib.suppress(discord.HTTPException):
                await reply(interaction, f"Sorry, I couldn't record that {what}. Please try again soon.")
        return None

    async def open_cloze(self, interaction: discord.Interaction, post_id: int) -> None:
        """Show the answer box, unless the quiz is already closed (answered twice is refused on submit)."""
        prompt = None
        if self.bot.engine is not None and self.bot.store is not None:
            # a box is the first response or nothing: look the post up only while the 3-second window
            # allows, else open a plain box (a closed quiz is still refused when the answer comes in)
            try:
                post, item = await asyncio.wait_for(self.app.item_of(post_id), CLOZE_LOOKUP_SECONDS)
            except QuizError as exc:
                await reply(interaction, str(exc))
                return
            except TimeoutError:
                post = item = None
            if post is not None and item is not None:
                if post.closed_at is not None:
                    await reply(interaction, f"That quiz is closed. The answer was: {item.answer_text}.")
                    return
                prompt = item.prompt
        await interaction.response.send_modal(ClozeModal(self, post_id, prompt))

    # -- keeping messages up to date ------------------------------------------------------------------
    def schedule_refresh(self, post_id: int) -> None:
        """Update the post's message soon; many answers within ``debounce`` seconds make one edit."""
        if post_id not in self._pending:
            task = self.bot.spawn(self._refresh_later(post_id), name=f"quiz-refresh-{post_id}")
            self._pending[post_id] = task

    async def _refresh_later(self, post_id: int) -> None:
        try:
            await asyncio.sleep(self.debounce)
        finally:
            self._pending.pop(post_id, None)  # answers from now on schedule another edit
        await self.refresh(post_id)

    async def flush(self) -> None:
        """Wait for pending message updates (tests, shutdown)."""
        while self._pending:
            await asyncio.gather(*list(self._pending.values()), return_exceptions=True)

    def _lock(self, post_id: int) -> asyncio.Lock:
        lock = self._locks.get(post_id)
        if lock is None:
            lock = self._locks[post_id] = asyncio.Lock()
        return lock

    async def refresh(self, post_id: int) -> bool:
        """Edit a post's message to its state in the store: the count while open, the answer once closed.

        Edits of one post are serialised and each reads the store when it runs, so the last edit always
        shows the final state whatever order clicks and reveals arrive in. Never raises.
        """
        lock = self._lock(post_id)
        async with lock:
            try:
                now = await self.app.snapshot(post_id)
                post, item = now.post, now.item
                if post.channel_id is None or post.message_id is None:
                    return False
                revealed = now.revealed
                await self.edit_message(
                    post,
                    embed=discord.Embed.from_dict(
                        quiz_payload(item, now.answered, now.right, revealed=revealed)
                    ),
                    view=quiz_view(post.id, item, revealed=revealed),
                )
                return True
            except (QuizError, discord.NotFound, discord.Forbidden) as exc:
                log.debug("quiz post %s not updated: %s", post_id, exc)
            except Exception as exc:  # noqa: BLE001 - a failed edit is cosmetic: one line
                log.warning("could not update quiz post %s: %s: %s", post_id, type(exc).__name__, exc)
        return False

    async def edit_message(self, post: Post, **fields: Any) -> None:
        channel = self.bot.get_partial_messageable(post.channel_id, guild_id=post.guild_id)  # type: ignore[arg-type]
        await channel.get_partial_message(post.message_id).edit(
            allowed_mentions=NO_MENTIONS,  # type: ignore[arg-type]
            **fields,
        )

    async def reveal_stale(self) -> int:
        """Reveal every open post older than ``quiz_reveal_after_minutes``; returns how many."""
        # only posts that are Discord messages: a console session may share the database
        reveals = await self.app.reveal_stale(self.reveal_after, _is_discord_post)
        for r in reveals:
            await self.refresh(r.post.id)
        return len(reveals)

    async def reveal_loop(self) -> None:
        """Runs for the bot's lifetime: checks a few times per reveal period, at most every 10 minutes."""
        interval = min(max(self.reveal_after.total_seconds() / 4, 30.0), 600.0)
        while True:
            try:
                await self.reveal_stale()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - try again next round
                log.warning("revealing old quizzes failed: %s: %s", type(exc).__name__, exc)
            await asyncio.sleep(interval)

    # -- the daily dispatcher's side ----------------------------------------------------------------
    async def send_scheduled(self, sub: Subscription, local_date: date) -> int:
        """The dispatcher's ``send``: post today's quiz to the channel, or DM the subscriber.

        Not found / forbidden (channel deleted, bot removed or muted, DMs closed) raise ``TargetGone``
        so the subscription is paused; other Discord errors propagate and are retried with backoff.
        """
        where = f"channel {sub.target_id}" if sub.kind == "channel" else f"DMs of user {sub.target_id}"
        try:
            target = await self._target(sub)
            # a vanished topic: TargetGone, paused; a run taken over from a dead process: its own post
            posted = await self.app.daily(sub, target.id, local_date)
            post_id = posted.post_id
            message = None
            try:
                # the same nonce on every attempt and process: Discord returns the message a first send
                # created (enforce_nonce) instead of posting the quiz twice
                message = await target.send(**self.message_parts(post_id, posted.item),
                                            nonce=delivery_nonce(sub.id, local_date))
            finally:
                await self.posted(posted, message)
        except discord.NotFound as exc:
            raise TargetGone(_gone_reason(sub, "not found", exc)) from None
        except discord.Forbidden as exc:
            raise TargetGone(_gone_reason(sub, "forbidden", exc)) from None
        log.info("daily quiz %s posted to %s for %s", post_id, where, local_date)
        return post_id

    async def _target(self, sub: Subscription) -> discord.abc.Messageable:
        if sub.kind == "channel":
            return self.bot.get_channel(sub.target_id) or self.bot.get_partial_messageable(
                sub.target_id, guild_id=sub.guild_id
            )
        user = self.bot.get_user(sub.target_id) or await self.bot.fetch_user(sub.target_id)
        return user.dm_channel or await user.create_dm()

    async def report(self, results: list[DispatchResult]) -> None:
        """The dispatcher's ``on_results``: tell whoever subscribed that a subscription was paused."""
        for result in results:
            if result.status == "gone":
                await self.notify_paused(result.subscription, result.detail)

    async def notify_paused(self, sub: Subscription, reason: str) -> None:
        if sub.kind == "dm":  # the DM itself is what failed: nobody to tell
            log.warning("daily quiz DMs to user %s paused: %s", sub.target_id, reason)
            return
        text = (
            f"The daily quiz for <#{sub.target_id}> is paused: {reason}. Once I can post there again, "
            f"use `/quiz resume` in that channel (or `/quiz unsubscribe`)."
        )
        try:
            user = self.bot.get_user(sub.created_by) or await self.bot.fetch_user(sub.created_by)
            await user.send(text, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as exc:
            log.warning(
                "daily quiz for channel %s paused (%s); could not tell user %s: %s",
                sub.target_id,
                reason,
                sub.created_by,
                exc.text or exc.status,
            )


def _gone_reason(sub: Subscription, what: str, exc: discord.HTTPException) -> str:
    if sub.kind == "dm":
        return (
            "I can't DM this person (DMs from server members are off, or we share no server)"
            if what == "forbidden"
            else "this user no longer exists"
        )
    if what == "forbidden":
        return "I'm not allowed to post there (missing Send Messages / Embed Links, or I was removed)"
    return "the channel was deleted (or I was removed from the server)"


def _is_discord_post(post: Post) -> bool:
    return post.message_id is not None and bool(post.channel_id)


def is_discord_subscription(sub: Any) -> bool:
    """Console sessions subscribe with target 0 (no Discord id is 0); their quizzes are theirs to post."""
    return bool(sub.target_id)


def shard_of(guild_id: int, shard_count: int) -> int:
    """The shard Discord gives a server: (guild id >> 22) % shard count."""
    return (guild_id >> 22) % shard_count


def serves(settings: Any) -> Callable[[Any], bool]:
    """Which daily quizzes this process posts: Discord's (not a console's); with several processes,
    those of servers on its own shards, and DMs (any process can send a DM; the database hands each run
    to one of them)."""
    count, ids = settings.shard_count, set(settings.shard_ids or ())
    if count is None or not ids or len(ids) == count:
        return is_discord_subscription

    def mine(sub: Any) -> bool:
        if not is_discord_subscription(sub):
            return False
        return sub.kind == "dm" or sub.guild_id is None or shard_of(sub.guild_id, count) in ids

    return mine
