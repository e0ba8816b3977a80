"""Asking: `/ask` and `!ask` (one hybrid command), mentions, study channels, replies and answer threads.

Every way of asking ends in ``AskCog.respond``: check the text, apply the per-person cooldown, answer
in a worker thread, reply with the embed and the buttons, remember the question for follow-ups. The
Discord-specific part is only how to reply (``Replier``); the rules live in ``bot.app.asking``.
"""

from __future__ import annotations

import contextlib
import logging
import re
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app.asking import BadQuestion, cooldown_message, reads_as_question
from bot.app.runtime import Busy
from bot.discord_app.bot import NO_MENTIONS
from bot.discord_app.format import answer_payload
from bot.discord_app.text import discord_question, strip_bot_mention, without_discord_syntax
from bot.discord_app.views import AnswerView, answer_buttons
from bot.questions import is_follow_up

if TYPE_CHECKING:
    from bot.discord_app.bot import TutorBot

log = logging.getLogger("tutor.discord")

NOT_COVERED_REACTION = "🤷"


class Replier:
    """How to answer one request: privately-if-possible notices, a 'working' signal, the answer itself.

    For a slash command notices are ephemeral and the answer follows a deferral; for a message (mention,
    reply, study channel, ``!ask``) everything is a reply to that message.
    """

    def __init__(
        self,
        *,
        ctx: commands.Context | None = None,
        message: discord.Message | None = None,
        overheard: bool = False,
    ) -> None:
        self.ctx = ctx
        # A message in a study channel that was not addressed to the tutor: people talk to each other
        # there, so what the notes don't cover gets a quiet reaction, not a public refusal.
        self.overheard = overheard
        if message is None and ctx is not None and ctx.interaction is None:
            message = ctx.message
        self.message = message
        self.channel = ctx.channel if ctx is not None else message.channel  # type: ignore[union-attr]

    @property
    def is_interaction(self) -> bool:
        return self.ctx is not None and self.ctx.interaction is not None

    async def notice(self, text: str) -> None:
        if self.is_interaction:
            await self.ctx.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)  # type: ignore[union-attr]
        else:
            await self.message.reply(text, allowed_mentions=NO_MENTIONS)  # type: ignore[union-attr]

    async def working(self) -> None:
        if self.is_interaction:
            await self.ctx.defer()  # type: ignore[union-attr]
            return
        with contextlib.suppress(discord.HTTPException, AttributeError, TypeError):
            await self.channel.typing()  # a typing indicator is a nicety

    async def shrug(self) -> None:
        """'Not in the notes' for overheard chat: a reaction on the message, nothing posted."""
        with contextlib.suppress(discord.HTTPException, AttributeError, TypeError):
            await self.message.add_reaction(NOT_COVERED_REACTION)  # type: ignore[union-attr]

    async def answer(self, embed: discord.Embed, view: discord.ui.View) -> discord.Message | None:
        if self.is_interaction:
            return await self.ctx.send(embed=embed, view=view, allowed_mentions=NO_MENTIONS)  # type: ignore[union-attr]
        return await self.message.reply(embed=embed, view=view, allowed_mentions=NO_MENTIONS)  # type: ignore[union-attr]


class AskCog(commands.Cog, name="Ask"):
    """Questions in, cited answers out."""

    def __init__(self, bot: TutorBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        # Persistent: answers posted before a restart keep working buttons.
        self.bot.add_view(AnswerView(self.bot))

    @commands.hybrid_command(name="ask", description="Answer a question from the notes, with sources")
    @app_commands.describe(question="What to ask, e.g. sqs vs sns")
    async def ask(self, ctx: commands.Context, *, question: str) -> None:
        """Answer a question from the notes, e.g. `!ask sqs vs sns`."""
        reference = None if ctx.interaction else ctx.message.reference
        context = await self.bot.context_for(ctx.channel, reference)
        await self.respond(ctx.author.id, question, context, Replier(ctx=ctx))

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Mentions, replies to our answers, answer threads, study channels and DMs."""
        bot = self.bot
        if message.author.bot or bot.user is None or message.content.startswith(bot.settings.prefix):
            return
        trigger = await self.trigger(message)
        if trigger is None:
            return
        text, context, overheard = trigger
        await self.respond(message.author.id, text, context, Replier(message=message, overheard=overheard))

    async def trigger(self, message: discord.Message) -> tuple[str, str | None, bool] | None:
        """(question, context, overheard) when a message is meant for the tutor, else None. Overheard:
        a question in a study channel that did not mention, or reply to, the tutor."""
        bot = self.bot
        assert bot.user is not None
        content = message.content or ""
        mentioned = re.search(rf"<@!?{bot.user.id}>", content) is not None
        text = strip_bot_mention(content, bot.user.id)
        is_dm = message.guild is None
        channel = message.channel
        in_thread = isinstance(channel, discord.Thread)

        context = None
        if message.reference is not None and message.reference.message_id:
            context = await bot.question_of_message(
                channel, message.reference.message_id, message.reference.resolved
            )
        thread_context = await bot.thread_question(channel) if in_thread else None  # type: ignore[arg-type]
        words = without_discord_syntax(text)
        looks_like = reads_as_question(words) or is_follow_up(words)
        if mentioned or is_dm:
            return text, context or thread_context, False
        if context and looks_like:
            return text, context, False
        if thread_context and looks_like:
            return text, thread_context, False
        channel_id = channel.parent_id if in_thread else channel.id  # type: ignore[union-attr]
        if channel_id in bot.settings.study_channels and reads_as_question(words):
            return text, thread_context, True
        return None

    async def respond(self, user_id: int, raw: Any, context: str | None, reply: Replier) -> None:
        """The one path every question takes. Never raises: a failure is one log line and a polite reply."""
        bot = self.bot
        try:
            try:
                question = discord_question(raw if isinstance(raw, str) else "")
            except BadQuestion as exc:
                await reply.notice(str(exc))
                return
            left = bot.cooldown.hit(user_id)
            if left > 0:
                await reply.notice(cooldown_message(left))
                return
            if not reply.overheard:
                await reply.working()  # chat the notes may not cover gets no "typing…" either
            from bot.engine import QuestionError

            try:
                answer = await bot.ask(question, context)
            except (QuestionError, Busy) as exc:
                bot.cooldown.reset(user_id)
                await reply.notice(str(exc))
                return
            if answer.kind == "uncovered" and reply.overheard:
                await reply.shrug()
                return
            embed = discord.Embed.from_dict(answer_payload(answer))
            sent = await reply.answer(embed, answer_buttons(bot))
            if sent is not None:
                bot.remember(sent.id, answer, reply.channel)
        except Exception as exc:  # noqa: BLE001 - one line in the log, a polite line to the user
            log.error("answering %r failed: %s: %s", str(raw)[:60], type(exc).__name__, exc, exc_info=exc)
            with contextlib.suppress(discord.HTTPException):
                await reply.notice("Sorry, I couldn't answer that right now. Please try again in a moment.")


async def setup(bot: TutorBot) -> None:
    await bot.add_cog(AskCog(bot))
