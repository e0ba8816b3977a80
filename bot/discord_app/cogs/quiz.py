"""`/quiz …` (and `!quiz …`): play now, scores, and daily subscriptions for channels and DMs.

Thin on purpose: every use case (post, score, report, subscribe, pause, …) is ``bot.app.quiz.QuizApp``,
shared with the console; the daily schedule is ``bot.app.schedule.Dispatcher``; everything that touches
Discord messages is ``QuizDesk``. This cog parses options, checks permissions, and replies.

A DM subscription is its own subcommand, ``/quiz subscribe_dm`` (it has no channel option and needs no
permission); ``unsubscribe``, ``pause`` and ``resume`` take ``dm: True`` to act on your DM subscription.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta
from io import BytesIO
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app.quiz import QuizApp
from bot.app.quiz_service import QuizError, leaderboard_text, reported_text, stats_text
from bot.app.schedule import Dispatcher, ScheduleError, timezone_choices
from bot.app.subscriptions import confirm_text, describe
from bot.discord_app.bot import NO_MENTIONS, error_reply
from bot.discord_app.chart import accuracy_chart
from bot.discord_app.format import DESCRIPTION_MAX
from bot.discord_app.quiz_views import QuizButton, QuizDesk, ReportButton, serves
from bot.discord_app.text import inert
from bot.render import shorten

if TYPE_CHECKING:
    from bot.app.store import LeaderboardEntry, Subscription
    from bot.discord_app.bot import TutorBot

log = logging.getLogger("tutor.discord")

MANAGE_SERVER = (
    "Subscribing a channel needs the **Manage Server** permission. Ask a moderator, or "
    "subscribe yourself by DM with `/quiz subscribe_dm`."
)
PUBLIC_REPLIES = frozenset({"now", "leaderboard"})  # slash replies the channel sees
NEEDS_MODERATOR = "Reported questions are for moderators (the **Manage Messages** permission)."
TIME_HELP = "Local time, e.g. 09:00 or 9am"
ZONE_HELP = "IANA time zone, e.g. Europe/Berlin"
TOPIC_HELP = "Only questions on this topic (a top heading of the notes)"
CHANNEL_HELP = "The subscribed channel (default: here)"
DM_HELP = "Your DM subscription instead of a channel's"
STATS_CHART = "quiz-stats.png"


Choices = list[app_commands.Choice[str]]


async def timezone_autocomplete(interaction: discord.Interaction, current: str) -> Choices:
    return [app_commands.Choice(name=n, value=n) for n in timezone_choices(current)]


async def topic_autocomplete(interaction: discord.Interaction, current: str) -> Choices:
    engine = getattr(interaction.client, "engine", None)
    if engine is None:
        return []
    key = current.strip().lower()
    topics = [t for t in engine.quiz_bank.topics if key in t.lower()]
    return [app_commands.Choice(name=t[:100], value=t[:100]) for t in topics[:25]]


class QuizCog(commands.Cog, name="Quiz"):
    """Quizzes from the notes, now or daily."""

    def __init__(self, bot: TutorBot) -> None:
        self.bot = bot
        self.desk = QuizDesk(bot)
        self.dispatcher: Dispatcher | None = None
        self._tasks: list[asyncio.Task] = []

    # -- lifecycle ---------------------------------------------------------------------------------
    async def cog_load(self) -> None:
        # Dynamic buttons: clicks on quizzes posted before a restart are parsed from their custom ids.
        self.bot.add_dynamic_items(QuizButton, ReportButton)
        if self.bot.store is not None:
            settings = self.bot.settings
            self.dispatcher = Dispatcher(
                self.bot.store,
                self.desk.send_scheduled,
                grace=timedelta(minutes=settings.quiz_grace_minutes),
                log=logging.getLogger("tutor.quiz"),
                on_results=self.desk.report,
                accepts=serves(settings),
            )
        if self.bot.is_ready():  # loaded into a running bot
            self.start()

    async def drain(self) -> None:
        """The bot is shutting down: daily quizzes being sent finish, those not started are released."""
        if self.dispatcher is not None:
            await self.dispatcher.stop()

    async def cog_unload(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._tasks.clear()
        self.bot.remove_dynamic_items(QuizButton, ReportButton)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        self.start()  # on_ready fires again after a reconnect: start() only starts what is not running

    def start(self) -> None:
        """Start the daily dispatcher and the reveal loop (once; they stop when the bot closes)."""
        if self.dispatcher is None or any(not t.done() for t in self._tasks):
            return
        self._tasks = [
            self.bot.spawn(self.dispatcher.run(), name="tutor-quiz-dispatcher"),
            self.bot.spawn(self.desk.reveal_loop(), name="tutor-quiz-reveal"),
        ]

    @property
    def app(self) -> QuizApp:
        return self.desk.app

    def wake(self) -> None:
        if self.dispatcher is not None:
            self.dispatcher.wake()

    async def cog_before_invoke(self, ctx: commands.Context) -> None:
        """Acknowledge every slash command before any work: Discord allows 3 seconds, and under load the
        store or the notes can take longer. Only a posted quiz and the leaderboard are for the channel;
        everything else is the person's own, so it is acknowledged privately."""
        if ctx.interaction is not None and not ctx.interaction.response.is_done():
            public = ctx.command is not None and ctx.command.name in PUBLIC_REPLIES
            await ctx.defer(ephemeral=not public)
            ctx.public_defer = public  # type: ignore[attr-defined]

    async def cog_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        """Bad options get this command's usage, not the generic `/ask` hint (TutorBot.on_command_error)."""
        original = getattr(error, "original", error)
        if isinstance(original, QuizError | ScheduleError):  # e.g. the database can't be opened
            ctx.error_handled = True  # type: ignore[attr-defined]
            await _say(ctx, str(original))
            return
        if isinstance(error, commands.UserInputError) and ctx.command is not None:
            usage = f"{ctx.clean_prefix}{ctx.command.qualified_name} {ctx.command.signature}".strip()
            usage = f"`{usage}`"
            text = f"I couldn't read that: {inert(str(error), 200)} Usage: {usage}"
        else:
            text = error_reply(error, self.bot.settings.prefix)
            if text is None:
                original = getattr(error, "original", error)
                log.error("quiz command %s failed: %s: %s", ctx.command, type(original).__name__, original,
                          exc_info=original)
                text = "Sorry, something went wrong on my side. Please try again in a moment."
        ctx.error_handled = True  # type: ignore[attr-defined]
        await _say(ctx, text)

    # -- commands ----------------------------------------------------------------------------------
    @commands.hybrid_group(name="quiz", description="Quizzes from the notes", invoke_without_command=True)
    async def quiz(self, ctx: commands.Context) -> None:
        """Quizzes from the notes: `!quiz now`, `!quiz stats`, `!quiz subscribe 09:00 Europe/Berlin`."""
        p = ctx.clean_prefix
        await _say(
            ctx,
            f"Try `{p}quiz now`, `{p}quiz stats`, `{p}quiz leaderboard`, `{p}quiz subscribe`, "
            f"`{p}quiz subscriptions` (or the same as slash commands).",
        )

    @quiz.command(name="now", description="Post a quiz question from the notes here")
    @app_commands.describe(topic="Only questions on this topic (a top heading of the notes)")
    @app_commands.autocomplete(topic=topic_autocomplete)
    async def now(self, ctx: commands.Context, *, topic: str | None = None) -> None:
        """Post one question here; for you, what is due or what you missed comes first."""
        try:
            posted = await self.app.quiz_now(
                ctx.channel.id, ctx.guild.id if ctx.guild else None, ctx.author.id, topic and topic[:100]
            )
        except QuizError as exc:
            await _say(ctx, str(exc))
            return
        message = None
        try:
            message = await ctx.send(**self.desk.message_parts(posted.post_id, posted.item))
        finally:
            await self.desk.posted(posted, message)

    @quiz.command(name="stats", description="Your quiz accuracy by topic and your streak")
    async def stats(self, ctx: commands.Context) -> None:
        """Your answers, accuracy by topic (also as a chart) and streak of days with a correct answer."""
        try:
            stats = await self.app.stats(ctx.author.id)  # everywhere, in the person's zone
        except QuizError as exc:
            await _say(ctx, str(exc))
            return
        embed = discord.Embed(title="Your quiz stats", description=stats_text(stats), color=0x5865F2)
        extra: dict[str, Any] = {}
        try:
            png = await asyncio.to_thread(accuracy_chart, stats)  # None without answers
        except Exception as exc:  # noqa: BLE001 - the chart is a bonus: the text alone still answers
            log.warning("quiz stats chart failed: %s: %s", type(exc).__name__, exc)
            png = None
        if png is not None:
            extra["file"] = discord.File(BytesIO(png), filename=STATS_CHART)
            embed.set_image(url=f"attachment://{STATS_CHART}")
        await ctx.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS, **extra)

    @quiz.command(name="leaderboard", description="This server's best quiz scores")
    @commands.guild_only()
    async def leaderboard(self, ctx: commands.Context) -> None:
        """The top ten of this server, by correct answers."""
        try:
            entries = await self.app.leaderboard(ctx.guild.id, 10)  # type: ignore[union-attr]
        except QuizError as exc:
            await _say(ctx, str(exc))
            return
        text = leaderboard_text(entries, lambda e: _display_name(ctx.guild, e))
        embed = discord.Embed(
            title=f"Quiz leaderboard · {inert(ctx.guild.name, 200)}",  # type: ignore[union-attr]
            description=text,
            color=0x5865F2,
        )
        await ctx.send(embed=embed, allowed_mentions=NO_MENTIONS)

    async def _moderator(self, ctx: commands.Context) -> bool:
        """Whether a moderator's command may go on (the person is told why not)."""
        if not _can_moderate(ctx):
            await _say(ctx, NEEDS_MODERATOR)
            return False
        return True

    @quiz.command(name="reported", description="Reported quiz questions of this server (Manage Messages)")
    @commands.guild_only()
    async def reported(self, ctx: commands.Context) -> None:
        """Questions members reported with 🚩, withdrawn ones first, with the id to restore one by."""
        if not await self._moderator(ctx):
            return
        try:
            found = await self.app.reported(ctx.guild.id)  # type: ignore[union-attr]
        except QuizError as exc:
            await _say(ctx, str(exc))
            return
        text = reported_text(found, escape=lambda s: inert(s, 300))
        if found:
            text += f"\nRestore one with `{ctx.clean_prefix}quiz restore <id>` (or /quiz restore)."
        embed = discord.Embed(title="Reported quiz questions", description=shorten(text, DESCRIPTION_MAX))
        await ctx.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @quiz.command(name="restore", description="Put a reported quiz question back (Manage Messages)")
    @app_commands.describe(item="The question's id as /quiz reported lists it")
    @commands.guild_only()
    async def restore(self, ctx: commands.Context, item: str) -> None:
        """Undo a withdrawal: the question comes back and its reports are cleared."""
        if not await self._moderator(ctx):
            return
        try:
            done = await self.app.restore(ctx.guild.id, item)  # type: ignore[union-attr]
        except QuizError as exc:
            await _say(ctx, str(exc))
            return
        await _say(
            ctx,
            "Restored: the question is back in this server's quizzes."
            if done
            else "No reported question has that id here; `/quiz reported` lists them.",
        )

    @quiz.command(name="subscribe", description="Post a quiz in a channel every day (Manage Server)")
    @app_commands.describe(
        channel="Where to post (default: here)", time=TIME_HELP, timezone=ZONE_HELP, topic=TOPIC_HELP
    )
    @app_commands.autocomplete(timezone=timezone_autocomplete, topic=topic_autocomplete)
    async def subscribe_channel(
        self,
        ctx: commands.Context,
        channel: discord.TextChannel | None = None,
        time: str | None = None,
        timezone: str | None = None,
        topic: str | None = None,
    ) -> None:
        """Daily quiz in a channel: `!quiz subscribe #study 09:00 Europe/Berlin` (needs Manage Server)."""
        target = channel or ctx.channel
        if ctx.guild is None:
            await _say(ctx, "Channel subscriptions work in a server. Here, use `/quiz subscribe_dm`.")
            return
        if not _can_manage(ctx):
            await _say(ctx, MANAGE_SERVER)
            return
        problem = _cannot_post(ctx, target)
        if problem:
            await _say(ctx, problem)
            return
        await self._subscribe(ctx, "channel", target.id, f"<#{target.id}>", time, timezone, topic)

    @quiz.command(name="subscribe_dm", description="Get a quiz by DM every day")
    @app_commands.describe(time=TIME_HELP, timezone=ZONE_HELP, topic=TOPIC_HELP)
    @app_commands.autocomplete(timezone=timezone_autocomplete, topic=topic_autocomplete)
    async def subscribe_dm(
        self,
        ctx: commands.Context,
        time: str | None = None,
        timezone: str | None = None,
        topic: str | None = None,
    ) -> None:
        """Daily quiz in your DMs: `!quiz subscribe_dm 9am Europe/Berlin`."""
        await self._subscribe(
            ctx,
            "dm",
            ctx.author.id,
            "your DMs",
            time,
            timezone,
            topic,
            note=" Allow DMs from this server's members (Privacy Settings) so I can "
            "reach you; `/quiz unsubscribe dm:True` stops it.",
        )

    async def _subscribe(
        self,
        ctx: commands.Context,
        kind: str,
        target_id: int,
        where: str,
        time: str | None,
        timezone: str | None,
        topic: str | None,
        note: str = "",
    ) -> None:
        try:
            result = await self.app.subscribe(
                kind,  # type: ignore[arg-type]
                target_id,
                ctx.guild.id if ctx.guild else None,
                ctx.author.id,
                time and time[:40],
                timezone and timezone[:80],
                topic and topic[:100],
            )
        except (ScheduleError, QuizError) as exc:
            await _say(ctx, str(exc))
            return
        self.wake()
        await _say(ctx, confirm_text(result, where) + note)

    @quiz.command(name="unsubscribe", description="Stop a daily quiz (this channel, another, or your DMs)")
    @app_commands.describe(channel=CHANNEL_HELP, dm=DM_HELP)
    async def unsubscribe(
        self, ctx: commands.Context, channel: discord.TextChannel | None = None, dm: bool = False
    ) -> None:
        """Stop a daily quiz: `!quiz unsubscribe #study`, or `/quiz unsubscribe dm:True` for your DMs."""
        found = await self._find(ctx, channel, dm)
        if found is None:
            return
        sub, where = found
        await self.app.unsubscribe(sub.kind, sub.target_id)
        self.wake()
        await _say(ctx, f"Unsubscribed: no more daily quizzes in {where}.")

    @quiz.command(name="pause", description="Pause a daily quiz without forgetting its settings")
    @app_commands.describe(channel=CHANNEL_HELP, dm=DM_HELP)
    async def pause(
        self, ctx: commands.Context, channel: discord.TextChannel | None = None, dm: bool = False
    ) -> None:
        """Pause a daily quiz; `resume` picks it up again from the next day."""
        found = await self._find(ctx, channel, dm)
        if found is None:
            return
        sub, where = found
        change = await self.app.pause(sub.kind, sub.target_id)
        if change.outcome != "changed":
            reason = change.subscription.paused_reason if change.subscription else sub.paused_reason
            await _say(ctx, f"The daily quiz in {where} is already paused ({reason}).")
            return
        self.wake()
        await _say(ctx, f"Paused the daily quiz in {where}. `/quiz resume` starts it again.")

    @quiz.command(name="resume", description="Resume a paused daily quiz")
    @app_commands.describe(channel=CHANNEL_HELP, dm=DM_HELP)
    async def resume(
        self, ctx: commands.Context, channel: discord.TextChannel | None = None, dm: bool = False
    ) -> None:
        """Resume a paused daily quiz (also one paused because I couldn't post)."""
        found = await self._find(ctx, channel, dm)
        if found is None:
            return
        sub, where = found
        change = await self.app.resume(sub.kind, sub.target_id)
        if change.outcome != "changed" or change.subscription is None:
            await _say(ctx, f"The daily quiz in {where} is not paused.")
            return
        self.wake()
        fresh = change.subscription
        await _say(ctx, f"Resumed the daily quiz in {where}, daily at {fresh.local_time} {fresh.timezone}.")

    async def _find(
        self, ctx: commands.Context, channel: discord.abc.GuildChannel | None, dm: bool
    ) -> tuple[Subscription, str] | None:
        """The subscription a command acts on, after the permission check; replies and returns None if not."""
        if dm or ctx.guild is None:
            sub = await self.app.find("dm", ctx.author.id)
            if sub is None:
                await _say(ctx, "You have no daily quiz by DM. `/quiz subscribe_dm` starts one.")
                return None
            return sub, "your DMs"
        target = channel or ctx.channel
        if not _can_manage(ctx):
            await _say(
                ctx,
                "Changing a channel's daily quiz needs the **Manage Server** permission. "
                "For your own DM quiz, add `dm:True`.",
            )
            return None
        sub = await self.app.find("channel", target.id)
        if sub is None:
            await _say(ctx, f"<#{target.id}> has no daily quiz. `/quiz subscribe` starts one.")
            return None
        return sub, f"<#{target.id}>"

    @quiz.command(name="subscriptions", description="This server's daily quizzes and when they post next")
    async def subscriptions(self, ctx: commands.Context) -> None:
        """This server's daily quizzes (and yours by DM), with the next post in their zone and yours."""
        subs, viewer_zone = await self.app.subscriptions(ctx.guild.id if ctx.guild else None, ctx.author.id)
        if not subs:
            await _say(
                ctx,
                "No daily quizzes here yet. `/quiz subscribe` posts one in a channel every day; "
                "`/quiz subscribe_dm` sends you one by DM.",
            )
            return
        now = self.desk.now()
        lines = [
            describe(s, f"<#{s.target_id}>" if s.kind == "channel" else "Your DMs", viewer_zone, now)
            for s in subs
        ]
        if viewer_zone is None:
            lines.append("\nTip: `/quiz timezone Europe/Berlin` saves your zone, to see times in it.")
        embed = discord.Embed(title="Daily quizzes", description="\n".join(lines)[:4000], color=0x5865F2)
        await ctx.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @quiz.command(name="timezone", description="Save your time zone (for streaks and times shown to you)")
    @app_commands.describe(zone="IANA time zone, e.g. Europe/Berlin")
    @app_commands.autocomplete(zone=timezone_autocomplete)
    async def timezone(self, ctx: commands.Context, zone: str | None = None) -> None:
        """Save your time zone: `!quiz timezone Europe/Berlin`; without a zone, shows the saved one."""
        if not zone:
            saved = await self.app.timezone(ctx.author.id)
            await _say(
                ctx,
                f"Your time zone is {saved}."
                if saved
                else "You haven't saved a time zone (streaks use UTC). "
                "Set one with `/quiz timezone Europe/Berlin`.",
            )
            return
        try:
            key = await self.app.set_timezone(ctx.author.id, zone[:80])
        except ScheduleError as exc:
            await _say(ctx, str(exc))
            return
        await _say(ctx, f"Saved your time zone: {key}. Streaks count your days there.")


# -- helpers ---------------------------------------------------------------------------------------


async def _say(ctx: commands.Context, text: str) -> None:
    """A private notice for slash commands; a reply for prefix commands. After a public
    acknowledgement (``/quiz now``), the public "thinking…" placeholder is removed first: a follow-up
    would otherwise take its place and show the notice to the whole channel."""
    interaction = ctx.interaction
    if interaction is not None:
        if getattr(ctx, "public_defer", False):
            ctx.public_defer = False  # type: ignore[attr-defined]
            with contextlib.suppress(discord.HTTPException):
                await interaction.delete_original_response()
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        await ctx.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await ctx.reply(text, allowed_mentions=NO_MENTIONS, mention_author=False)


def _can_manage(ctx: commands.Context) -> bool:
    perms = ctx.permissions
    return ctx.guild is not None and (perms.manage_guild or perms.administrator)


def _can_moderate(ctx: commands.Context) -> bool:
    perms = ctx.permissions
    return ctx.guild is not None and (perms.manage_messages or perms.administrator)


def _cannot_post(ctx: commands.Context, channel: Any) -> str | None:
    """Why the bot couldn't post daily quizzes in ``channel`` (None: it can, or we can't tell)."""
    if channel == ctx.channel:
        perms = ctx.bot_permissions
    else:
        me = ctx.guild.me if ctx.guild else None
        if me is None or not hasattr(channel, "permissions_for"):
            return None
        perms = channel.permissions_for(me)
    if perms.administrator:
        return None
    # in a thread, posting is its own permission: Send Messages there says nothing
    in_thread = isinstance(channel, discord.Thread)
    needed = (
        ("View Channel", perms.view_channel),
        ("Send Messages in Threads", perms.send_messages_in_threads)
        if in_thread
        else ("Send Messages", perms.send_messages),
        ("Embed Links", perms.embed_links),
    )
    missing = [name for name, ok in needed if not ok]
    if not missing:
        return None
    return f"I can't post in <#{channel.id}>: I'm missing {', '.join(missing)} there. Grant it and try again."


def _display_name(guild: discord.Guild | None, entry: LeaderboardEntry) -> str:
    """A cached member's name, else the name they last answered under (without the members intent
    the cache is nearly empty), escaped; a mention only for someone never seen by name."""
    member = guild.get_member(entry.user_id) if guild else None
    name = member.display_name if member else entry.name
    return inert(name, 64) if name else f"<@{entry.user_id}>"


async def setup(bot: TutorBot) -> None:
    await bot.add_cog(QuizCog(bot))
