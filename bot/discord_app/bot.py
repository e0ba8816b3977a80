"""The Discord bot: a ``commands.Bot`` that owns the engine, the store and the small in-memory state.

Cogs stay thin and call into this object (like RoboDanny's bot class): ``ask()`` runs the engine in a
thread, ``context_for()`` finds the earlier question a follow-up refers to, and the error handlers turn
any failure into one polite reply and one log line (never a traceback in the log or the channel).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.app.asking import BoundedMap, Cooldown
from bot.app.runtime import Runtime, stop_on_signals
from bot.config import Settings, load_settings
from bot.discord_app.format import AnswerRecord, question_from_embed

if TYPE_CHECKING:
    from bot.answer import Answer
    from bot.app.store import Store
    from bot.engine import Engine

log = logging.getLogger("tutor.discord")

# Every send also passes this explicitly: a bot-wide default can be overridden by accident, an explicit
# argument at each call site cannot.
NO_MENTIONS = discord.AllowedMentions.none()

# Cogs loaded in setup_hook. The quiz cog also registers its dynamic buttons and, once the bot is ready,
# starts the daily-quiz dispatcher (stopped by close(), which cancels background tasks).
EXTENSIONS: list[str] = [
    "bot.discord_app.cogs.ask", "bot.discord_app.cogs.admin", "bot.discord_app.cogs.quiz",
]

_NO_QUESTION = ""  # cached "this thread/message is not one of our answers"


class StartupError(RuntimeError):
    """The bot cannot start (no token, token rejected, intents not enabled); one line for the user."""


class TutorBot(commands.Bot):
    """The tutor on Discord. Build it with ``create_bot``; start it with ``run_discord``."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine | None = None,
        *,
        store: Store | None = None,
        sync_on_start: bool = True,
        preload: bool = True,
        message_content: bool = True,
    ) -> None:
        # The tutor never joins voice: skip discord.py's "PyNaCl/davey is not installed" start-up warnings.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        intents = discord.Intents.default()
        # Privileged: needed for prefix commands and study channels (messages that don't mention us).
        intents.message_content = message_content
        shards: dict[str, Any] = {}
        if settings.shard_count is not None:  # one process of several (ShardedTutorBot)
            shards = {"shard_count": settings.shard_count,
                      "shard_ids": list(settings.shard_ids or range(settings.shard_count))}
        super().__init__(
            command_prefix=settings.prefix,
            intents=intents,
            allowed_mentions=NO_MENTIONS,
            description="A study tutor that answers from your notes.",
            help_command=commands.DefaultHelpCommand(dm_help=False),
            **shards,
        )
        self.settings = settings
        self.runtime = Runtime(settings, engine, store)
        _throttle_bucket_sweep(self.http)
        self.sync_on_start = sync_on_start
        self.preload = preload
        self.cooldown = Cooldown(settings.ask_cooldown_seconds)
        self.answers: BoundedMap[int, AnswerRecord] = BoundedMap(2048)  # answer message id -> record
        self.thread_questions: BoundedMap[int, str] = BoundedMap(1024)  # thread id -> latest question
        self._background: set[asyncio.Task] = set()

    @property
    def engine(self) -> Engine | None:
        return self.runtime.engine

    @engine.setter
    def engine(self, engine: Engine | None) -> None:
        self.runtime.engine = engine

    @property
    def store(self) -> Store | None:
        return self.runtime.store

    # -- lifecycle -------------------------------------------------------------------------------------
    async def setup_hook(self) -> None:
        await self.runtime.open_store()
        for name in EXTENSIONS:
            await self.load_extension(name)
        self.tree.on_error = self.on_app_command_error
        if self.preload:
            self.spawn(self._warm_up(), name="tutor-warm-up")
        if self.sync_on_start:
            await self.sync_if_changed()

    async def sync_if_changed(self) -> bool:
        """Sync slash commands only when the command tree (or the guilds, or the application) changed
        since the last sync: discord.py's maintainers advise against syncing on every start, which
        spends a rate-limited call per restart. `tutor sync` forces one. Returns whether it synced."""
        marker = synced_marker(self.settings)
        fingerprint = command_fingerprint(self)
        last = marker.read_text(encoding="utf-8").strip() if marker is not None and marker.is_file() else ""
        if last == fingerprint:
            log.info("slash commands unchanged since the last sync; not syncing")
            return False
        try:
            for result in await sync_commands(self):
                log.info(describe_sync(result))
        except discord.HTTPException as exc:
            log.warning("slash command sync failed (%s); run `tutor sync` to retry", exc)
            return False
        remember_sync(self.settings, fingerprint)
        return True

    async def close(self) -> None:
        """Shut down (SIGTERM, SIGINT, or a test): stop taking work, let daily quizzes being sent
        finish and release the ones not started, cancel background tasks, close the store."""
        for cog in list(self.cogs.values()):
            drain = getattr(cog, "drain", None)
            if drain is not None:
                try:
                    await drain()
                except Exception as exc:  # noqa: BLE001 - shutting down must go on
                    log.warning("stopping %s failed: %s: %s", type(cog).__name__, type(exc).__name__, exc)
        for task in list(self._background):
            task.cancel()
        await super().close()
        await self.runtime.close()

    def spawn(self, coro: Any, name: str | None = None) -> asyncio.Task:
        """Start background work that is kept referenced and whose failure is one log line."""
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._background.add(task)

        def done(t: asyncio.Task) -> None:
            self._background.discard(t)
            if not t.cancelled() and t.exception() is not None:
                exc = t.exception()
                log.warning("%s failed: %s: %s", t.get_name(), type(exc).__name__, exc)

        task.add_done_callback(done)
        return task

    async def _warm_up(self) -> None:
        engine = await self.runtime.warm_up()
        log.info("engine ready: %s chunks", len(engine.index.chunks))

    # -- the engine ------------------------------------------------------------------------------------
    async def get_engine(self) -> Engine:
        """The loaded engine; the first call loads it on the engine's threads."""
        return await self.runtime.get_engine()

    async def ask(self, question: str, context: str | None = None) -> Answer:
        """Answer on the engine's threads (raises Busy when too many questions wait)."""
        return await self.runtime.ask(question, context)

    def remember(self, message_id: int, answer: Answer, channel: Any = None) -> AnswerRecord:
        record = AnswerRecord.of(answer)
        self.answers[message_id] = record
        if isinstance(channel, discord.Thread):
            self.thread_questions[channel.id] = answer.question
        return record

    # -- follow-ups ------------------------------------------------------------------------------------
    async def question_of_message(self, channel: Any, message_id: int, resolved: Any = None) -> str | None:
        """The question behind one of our answer messages: memory first, else read it off the embed."""
        record = self.answers.get(message_id)
        if record is not None:
            return record.question
        message = resolved if isinstance(resolved, discord.Message) else None
        if message is None and channel is not None and hasattr(channel, "fetch_message"):
            try:
                message = await channel.fetch_message(message_id)
            except (discord.NotFound, discord.Forbidden, discord.HTTPException):
                return None
        if message is None or self.user is None or message.author.id != self.user.id:
            return None
        for embed in message.embeds:
            question = question_from_embed(embed.to_dict())
            if question:
                return question
        return None

    async def thread_question(self, thread: discord.Thread) -> str | None:
        """The latest question answered in a thread started from one of our answers (cached, also 'no')."""
        known = self.thread_questions.get(thread.id)
        if known is not None:
            return known or None
        question = await self.question_of_message(thread.parent, thread.id)
        self.thread_questions[thread.id] = question or _NO_QUESTION
        return question

    async def context_for(self, channel: Any, reference: discord.MessageReference | None) -> str | None:
        """Earlier question a message follows up: the answer it replies to, else its answer thread."""
        if reference is not None and reference.message_id:
            ref_channel = channel
            if reference.channel_id and channel is not None and reference.channel_id != channel.id:
                ref_channel = self.get_channel(reference.channel_id) or channel
            question = await self.question_of_message(ref_channel, reference.message_id, reference.resolved)
            if question:
                return question
        if isinstance(channel, discord.Thread):
            return await self.thread_question(channel)
        return None

    # -- errors: one polite reply, one log line ----------------------------------------------------------
    async def on_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:  # type: ignore[override]
        if isinstance(error, commands.CommandNotFound):
            return  # another bot may share the prefix; silence is right here
        if getattr(ctx, "error_handled", False):
            return  # a cog's own cog_command_error already replied (e.g. the quiz commands' usage line)
        reply = error_reply(error, self.settings.prefix)
        if reply is None:
            original = getattr(error, "original", error)
            log.error("command %s failed: %s: %s", ctx.command, type(original).__name__, original,
                      exc_info=original)
            reply = "Sorry, something went wrong on my side. Please try again in a moment."
        await _safe_notice(ctx, reply)

    async def on_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        reply = error_reply(error, self.settings.prefix)
        if reply is None:
            original = getattr(error, "original", error)
            name = interaction.command.qualified_name if interaction.command else "?"
            log.error("/%s failed: %s: %s", name, type(original).__name__, original, exc_info=original)
            reply = "Sorry, something went wrong on my side. Please try again in a moment."
        await send_ephemeral(interaction, reply)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        exc = sys.exc_info()[1]
        log.error("event %s failed: %s: %s", event_method, type(exc).__name__, exc, exc_info=exc)


BUCKET_SWEEP_SECONDS = 30.0


def _throttle_bucket_sweep(http: Any) -> None:
    """discord.py sweeps its rate-limit buckets for inactive ones each time it creates a bucket, once it
    holds 256: a daily burst to thousands of channels (one bucket each) makes every send walk them all,
    and 10,000 posts took 81 s instead of about 25. A bucket only becomes inactive after 300 s, so a
    sweep every 30 s frees the same buckets at a fraction of the cost. (A private method: if a
    discord.py release renames it, this does nothing and sends work as before.)"""
    sweep = getattr(http, "_try_clear_expired_ratelimits", None)
    if sweep is None:
        return
    last = [float("-inf")]

    def throttled() -> None:
        now = time.monotonic()
        if now - last[0] >= BUCKET_SWEEP_SECONDS:
            last[0] = now
            sweep()

    http._try_clear_expired_ratelimits = throttled


def error_reply(error: Exception, prefix: str = "!") -> str | None:
    """A user-facing line for an expected command error; None means unexpected (log it)."""
    error = getattr(error, "original", error) if isinstance(error, commands.HybridCommandError) else error
    if isinstance(error, commands.NotOwner):
        return "Only the bot's owner can do that."
    if isinstance(error, commands.UserInputError):
        return f"Ask me something about the notes, e.g. `{prefix}ask sqs vs sns` or `/ask question:…`."
    if isinstance(error, commands.NoPrivateMessage | app_commands.NoPrivateMessage):
        return "That command only works in a server."
    if isinstance(error, commands.CheckFailure | app_commands.CheckFailure):
        return "You can't use that command here."
    if isinstance(error, commands.CommandOnCooldown | app_commands.CommandOnCooldown):
        return f"Slow down a little: try again in {error.retry_after:.0f}s."
    return None


async def send_ephemeral(interaction: discord.Interaction, text: str) -> None:
    """Reply privately whether or not the interaction was already answered; never raises."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException as exc:
        log.warning("could not send an error reply: %s", exc)


async def _safe_notice(ctx: commands.Context, text: str) -> None:
    try:
        await ctx.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException as exc:
        log.warning("could not send an error reply: %s", exc)


class ShardedTutorBot(TutorBot, commands.AutoShardedBot):
    """The tutor as one process of several: it runs the shards ``[discord] shard_ids`` of
    ``shard_count`` (discord.py's AutoShardedBot with explicit ids), and its daily dispatcher posts only
    to the servers of those shards (DMs: any process). Everything a click needs is in the shared
    database, so any process serves any click of its shards."""


def create_bot(
    config: Settings | None = None,
    engine: Engine | None = None,
    *,
    store: Store | None = None,
    sync_on_start: bool = True,
    preload: bool = True,
    message_content: bool = True,
) -> TutorBot:
    """A configured bot, not started. ``config=None`` loads what ``--config`` would (``load_settings()``).

    Without ``engine`` the bot loads it in a thread in ``setup_hook`` (``preload``) or on first use;
    without ``store`` it opens the configured SQLite file.
    """
    settings = config if config is not None else load_settings()
    kind = ShardedTutorBot if settings.shard_count is not None else TutorBot
    return kind(settings, engine, store=store, sync_on_start=sync_on_start, preload=preload,
                    message_content=message_content)


# -- token, start, sync -------------------------------------------------------------------------------


def resolve_token(settings: Settings, environ: dict[str, str] | None = None) -> str | None:
    """DISCORD_TOKEN, else the config's token_file, else None (console mode). Never logged."""
    env = os.environ if environ is None else environ
    token = (env.get("DISCORD_TOKEN") or "").strip()
    if token:
        return token
    if settings.token_file is None:
        return None
    try:
        token = settings.token_file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise StartupError(f"cannot read discord.token_file {settings.token_file}: {exc.strerror}") from None
    if not token:
        raise StartupError(f"discord.token_file {settings.token_file} is empty")
    return token


def command_fingerprint(bot: TutorBot) -> str:
    """What a sync sends, condensed: every command's payload, the target guilds, the application."""
    payload = {
        "application": bot.application_id,
        "guilds": sorted(bot.settings.guild_ids),
        "commands": sorted(
            (c.to_dict(bot.tree) for c in bot.tree.get_commands()),
            key=lambda c: (c["name"], c.get("type", 1)),
        ),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def synced_marker(settings: Settings) -> Path | None:
    """Where the fingerprint of the last sync is kept: beside a SQLite database (runtime state); with
    PostgreSQL, in the index folder of this deployment."""
    if str(settings.database) == ":memory:":
        return None
    if isinstance(settings.database, str):  # a postgresql:// URL
        return settings.index / "synced-commands.sha256"
    return Path(settings.database).parent / "synced-commands.sha256"


def remember_sync(settings: Settings, fingerprint: str) -> None:
    marker = synced_marker(settings)
    if marker is None:
        return
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(fingerprint + "\n", encoding="utf-8")
    except OSError as exc:  # the next start syncs again: harmless
        log.warning("could not remember the command sync (%s): %s", marker, exc)


async def sync_commands(bot: TutorBot, guild_ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
    """Sync slash commands to the configured guilds (instant) or globally (can take up to an hour).

    Returns one ``{"guild": id or None, "commands": [names]}`` per sync, for `tutor sync` to print.
    """
    ids = list(bot.settings.guild_ids if guild_ids is None else guild_ids)
    results = []
    for gid in ids or [None]:
        guild = discord.Object(id=gid) if gid is not None else None
        if guild is not None:
            bot.tree.copy_global_to(guild=guild)
        synced = await bot.tree.sync(guild=guild)
        results.append({"guild": gid, "commands": sorted(c.name for c in synced)})
    return results


def describe_sync(result: dict[str, Any]) -> str:
    names = ", ".join(f"/{n}" for n in result["commands"]) or "none"
    where = f"to guild {result['guild']}" if result["guild"] is not None else \
        "globally (new commands can take up to an hour to appear)"
    return f"synced {len(result['commands'])} command(s) {where}: {names}"


# Network trouble at start (no route, DNS, TLS, gateway down) is one line too, not a traceback.
_UNREACHABLE = (OSError, aiohttp.ClientError, asyncio.TimeoutError, discord.GatewayNotFound,
                discord.ConnectionClosed)

_BAD_TOKEN = "Discord rejected the token (DISCORD_TOKEN or discord.token_file): copy a fresh one from the " \
             "Developer Portal's Bot page"


async def _start(settings: Settings, token: str, engine: Engine | None, message_content: bool) -> None:
    bot = create_bot(settings, engine, message_content=message_content)
    stop_on_signals(bot.close)
    async with bot:
        await bot.start(token)



def run_discord(settings: Settings, token: str, engine: Engine | None = None) -> int:
    """`tutor run` with a token: connect and serve until interrupted. Failures raise StartupError."""
    try:
        try:
            asyncio.run(_start(settings, token, engine, message_content=True))
        except discord.PrivilegedIntentsRequired:
            log.warning(
                "the Message Content intent is not enabled for this application: prefix commands and study "
                "channels are off (mentions and slash commands still work). Enable it under Bot > Privileged "
                "Gateway Intents in the Developer Portal."
            )
            asyncio.run(_start(settings, token, engine, message_content=False))
    except discord.LoginFailure:
        raise StartupError(_BAD_TOKEN) from None
    except _UNREACHABLE as exc:
        raise StartupError(f"cannot reach Discord: {exc}") from None
    except KeyboardInterrupt:
        return 0
    return 0


async def _sync(settings: Settings, token: str) -> list[dict[str, Any]]:
    # Intents only matter on the gateway, which sync never joins.
    bot = create_bot(settings, sync_on_start=False, preload=False)
    async with bot:
        await bot.login(token)
        results = await sync_commands(bot)  # login ran setup_hook: the cogs' tree is loaded
        remember_sync(settings, command_fingerprint(bot))
        return results


def sync_once(settings: Settings, token: str) -> list[dict[str, Any]]:
    """`tutor sync`: log in, sync the slash commands, report what was synced, log out."""
    try:
        return asyncio.run(_sync(settings, token))
    except discord.LoginFailure:
        raise StartupError(_BAD_TOKEN) from None
    except discord.HTTPException as exc:
        raise StartupError(f"sync failed: {exc}") from None
    except _UNREACHABLE as exc:
        raise StartupError(f"cannot reach Discord: {exc}") from None
