"""Buttons under an answer: Sources (ephemeral) and 👍 / 👎 feedback.

A persistent view: ``timeout=None`` and a fixed ``custom_id`` per button, registered once with
``bot.add_view`` when the ask cog loads, so buttons on answers posted before a restart still work. The
buttons carry no state; everything is recovered from the message they sit on: the in-memory record if
the answer is recent, else the question read off the embed (and, for Sources, asked again).
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

import discord

from bot.discord_app.format import AnswerRecord, embed_text, question_from_embed, sources_payload

if TYPE_CHECKING:
    from bot.discord_app.bot import TutorBot

log = logging.getLogger("tutor.discord")

NO_MENTIONS = discord.AllowedMentions.none()
SOURCES_ID = "ans:src"
UP_ID = "ans:up"
DOWN_ID = "ans:down"
VOTE_EMOJI = {1: "👍", -1: "👎"}


class AnswerView(discord.ui.View):
    """The row of buttons under every answer. ``counts`` shows the votes so far on the 👍 / 👎 buttons."""

    def __init__(self, bot: TutorBot, counts: tuple[int, int] = (0, 0)) -> None:
        super().__init__(timeout=None)
        self.bot = bot
        up, down = counts
        self.vote_up.label = str(up) if up else None
        self.vote_down.label = str(down) if down else None

    @discord.ui.button(label="Sources", emoji="📚", style=discord.ButtonStyle.secondary, custom_id=SOURCES_ID)
    async def sources(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        record = await self._record(interaction, reask=True)
        if record is None:
            await _reply(interaction, "I can't find the sources for this answer any more. Ask again and "
                                      "press Sources under the new answer.")
            return
        await _reply(interaction, embed=discord.Embed.from_dict(sources_payload(record.sources)))

    @discord.ui.button(emoji="👍", style=discord.ButtonStyle.secondary, custom_id=UP_ID)
    async def vote_up(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._vote(interaction, 1)

    @discord.ui.button(emoji="👎", style=discord.ButtonStyle.secondary, custom_id=DOWN_ID)
    async def vote_down(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._vote(interaction, -1)

    async def _record(self, interaction: discord.Interaction, *, reask: bool) -> AnswerRecord | None:
        """The answer behind the pressed message. After a restart: rebuilt from the embed's question."""
        message = interaction.message
        if message is None:
            return None
        record = self.bot.answers.get(message.id)
        if record is not None:
            return record
        embed = message.embeds[0].to_dict() if message.embeds else {}
        question = question_from_embed(embed)
        if question is None:
            return None
        if not reask:
            return AnswerRecord(question, embed_text(embed), ())
        # Re-asking may load the engine: acknowledge first, Discord allows 3 seconds.
        await interaction.response.defer(ephemeral=True, thinking=True)
        answer = await self.bot.ask(question)
        return self.bot.remember(message.id, answer)

    async def _vote(self, interaction: discord.Interaction, vote: int) -> None:
        store = self.bot.store
        message = interaction.message
        record = await self._record(interaction, reask=False)
        if store is None or message is None or record is None:
            await _reply(interaction, "Sorry, I can't record feedback right now.")
            return
        await store.record_feedback(message.id, interaction.user.id, vote, record.question, record.text)
        counts = await store.feedback_counts(message.id)
        await interaction.response.edit_message(view=answer_buttons(self.bot, counts),
                                                allowed_mentions=NO_MENTIONS)
        other = VOTE_EMOJI[-vote]
        await _reply(interaction, f"Thanks, noted your {VOTE_EMOJI[vote]}. Press {other} to change it.")

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        log.error("button %s failed: %s: %s", getattr(item, "custom_id", "?"), type(error).__name__, error,
                  exc_info=error)
        with contextlib.suppress(discord.HTTPException):
            await _reply(interaction, "Sorry, that didn't work. Please try again in a moment.")


def answer_buttons(bot: TutorBot, counts: tuple[int, int] = (0, 0)) -> AnswerView:
    """The buttons to put under one answer, not kept in memory for that message: clicks on any
    answer are handled by the one persistent AnswerView registered at start (its custom ids are the
    same), so a view per answer would only pile up, one per answer for the life of the process."""
    view = AnswerView(bot, counts)
    view.stop()  # a finished view is sent as components but never stored per message
    return view


async def _reply(interaction: discord.Interaction, content: str | None = None, *,
                 embed: discord.Embed | None = None) -> None:
    """An ephemeral reply, as the first response or as a follow-up when already acknowledged."""
    kwargs = {"ephemeral": True, "allowed_mentions": NO_MENTIONS}
    if embed is not None:
        kwargs["embed"] = embed
    if interaction.response.is_done():
        await interaction.followup.send(content, **kwargs)
    else:
        await interaction.response.send_message(content, **kwargs)
