"""Discord's message syntax, known only to the Discord front end: mentions, channel links, custom
emoji, @everyone. Questions are cleaned of it before the shared asking rules see them, and user text
echoed back is made inert."""

from __future__ import annotations

import re

from bot.app.asking import EXAMPLE, NOT_WORDS, BadQuestion, check_question

_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE = re.compile(r"<@&(\d+)>")
_CHANNEL = re.compile(r"<#(\d+)>")
_CUSTOM_EMOJI = re.compile(r"<a?:\w+:\d+>")
_MASS = re.compile(r"@(everyone|here)\b", re.IGNORECASE)
_MARKDOWN = re.compile(r"([\\*_~`|>#\[\]])")


def without_discord_syntax(text: str) -> str:
    """Mentions, channel links, custom emoji and @everyone/@here removed: what is left is the words."""
    for pattern in (_MENTION, _ROLE, _CHANNEL, _CUSTOM_EMOJI, _MASS):
        text = pattern.sub(" ", text)
    return text


def discord_question(raw: str | None) -> str:
    """``check_question`` for a Discord message: a message that only pings gets its own reply."""
    raw = raw or ""
    if (_MASS.search(raw) or _ROLE.search(raw)) and not any(
        ch.isalnum() for ch in without_discord_syntax(raw)
    ):
        raise BadQuestion(f"I don't ping anyone, but I'm happy to answer a question, e.g. `{EXAMPLE}`.")
    words = without_discord_syntax(raw)
    if raw.strip() and not words.strip():
        raise BadQuestion(NOT_WORDS)  # only custom emoji or mentions
    return check_question(words)


def strip_bot_mention(text: str, bot_id: int) -> str:
    """'<@123> sqs vs sns?' -> 'sqs vs sns?' (only the bot's own mention; others are cleaned later)."""
    return re.sub(rf"<@!?{bot_id}>", " ", text).strip()


def inert(text: str, limit: int | None = None) -> str:
    """User text made safe to echo in a message: no pings, no markdown, no links, one line.

    ``AllowedMentions.none()`` already stops pings; this also keeps the echo from *looking* like a mention
    or from rendering injected markdown (headings, masked links, code fences) in the bot's own voice.
    """
    text = _MASS.sub(lambda m: "@\u200b" + m.group(1), text)
    text = _ROLE.sub("@role", text)
    text = _MENTION.sub("@user", text)
    text = _CHANNEL.sub("#channel", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = _MARKDOWN.sub(r"\\\1", text)
    text = text.replace("://", ":\u200b//")
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip("\\") + "…"
    return text
