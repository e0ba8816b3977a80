"""`/about` (what the tutor knows) and `/reindex` (owner only: rebuild the index without a restart)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.app.asking import reindex_summary
from bot.discord_app.bot import NO_MENTIONS
from bot.discord_app.format import about_payload

if TYPE_CHECKING:
    from bot.discord_app.bot import TutorBot

log = logging.getLogger("tutor.discord")


class AdminCog(commands.Cog, name="Admin"):
    """About the notes, and keeping the index fresh."""

    def __init__(self, bot: TutorBot) -> None:
        self.bot = bot
        self.reindexing: asyncio.Task | None = None

    @commands.hybrid_command(name="about", description="What the tutor knows: notes, chunks, model")
    async def about(self, ctx: commands.Context) -> None:
        """Show the notes, chunk count, model and when the index was built."""
        if ctx.interaction:
            await ctx.defer()  # the engine may still be loading
        engine = await self.bot.get_engine()
        embed = discord.Embed.from_dict(about_payload(engine.about()))
        await ctx.send(embed=embed, allowed_mentions=NO_MENTIONS)

    @commands.hybrid_command(name="reindex", description="Owner only: re-read the notes and update the index")
    @app_commands.default_permissions(administrator=True)
    @commands.is_owner()
    async def reindex(self, ctx: commands.Context) -> None:
        """Owner only: rebuild the index in the background and report what changed."""
        if self.reindexing is not None and not self.reindexing.done():
            await ctx.send("A re-index is already running; I'll post the result when it's done.",
                           ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        await ctx.send("Re-indexing the notes in the background; answers keep working meanwhile.",
                       allowed_mentions=NO_MENTIONS)
        self.reindexing = self.bot.spawn(self._reindex(ctx), name="tutor-reindex")

    async def _reindex(self, ctx: commands.Context) -> None:
        try:
            stats = await self.bot.runtime.reindex(self.bot.settings,
                                                   warn=lambda m: log.warning("reindex: %s", m))
            text = reindex_summary(stats)
            log.info(text)
        except Exception as exc:  # noqa: BLE001 - report to the owner in one line, keep the old index
            log.error("reindex failed: %s: %s", type(exc).__name__, exc, exc_info=exc)
            text = f"Re-indexing failed, the previous index stays in use: {exc}"
        await _post(ctx, text)


async def _post(ctx: commands.Context, text: str) -> None:
    """A late report: the interaction follow-up if still valid (15 min), else the channel."""
    try:
        await ctx.send(text, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException:
        with contextlib.suppress(discord.HTTPException):
            await ctx.channel.send(text, allowed_mentions=NO_MENTIONS)


async def setup(bot: TutorBot) -> None:
    await bot.add_cog(AdminCog(bot))
