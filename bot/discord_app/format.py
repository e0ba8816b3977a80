"""Embed payloads for the Discord front end, as plain dicts (no discord import: unit-testable as data).

The answer embed itself comes from ``bot.render.answer_embed``; this adds what only the Discord layer
needs: the question on the embed (so a button pressed after a restart, or a reply to an old answer, can
recover what was asked without any database), the Sources list, and the text stored with feedback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.answer import Answer
from bot.asking import about_fields
from bot.render import (
    EMBED_TOTAL_MAX,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    answer_embed,
    answer_text,
    embed_size,
    shorten,
)

# The embed author line carries the question: "Q: sqs vs sns". Author names are plain text on Discord
# (no markdown, no mentions), which also makes them a safe place to echo what the user typed.
QUESTION_PREFIX = "Q: "
AUTHOR_MAX = 256
SOURCE_EXCERPT = 300


@dataclass(frozen=True)
class AnswerRecord:
    """What the buttons and follow-ups need from an answer message, kept in memory by message id."""

    question: str
    text: str
    sources: tuple[tuple[str, str], ...]  # (citation, passage text), in retrieval order

    @classmethod
    def of(cls, answer: Answer) -> AnswerRecord:
        return cls(answer.question, answer_text(answer),
                   tuple((p.chunk.citation, p.chunk.text) for p in answer.passages))


def answer_payload(answer: Answer) -> dict[str, Any]:
    """``answer_embed`` plus the question as the author line, still within the 6,000-character total."""
    embed = answer_embed(answer)
    author = shorten(" ".join((QUESTION_PREFIX + answer.question).split()), AUTHOR_MAX)
    embed["author"] = {"name": author}
    while embed_size(embed) + len(author) > EMBED_TOTAL_MAX and len(embed["fields"]) > 1:
        embed["fields"].pop()
    over = embed_size(embed) + len(author) - EMBED_TOTAL_MAX
    if over > 0:
        embed["description"] = shorten(embed["description"], max(len(embed["description"]) - over - 1, 0))
    return embed


def question_from_embed(embed: dict[str, Any]) -> str | None:
    """The question an answer embed was for (see ``answer_payload``), or None for any other embed."""
    name = (embed.get("author") or {}).get("name") or ""
    if not name.startswith(QUESTION_PREFIX):
        return None
    question = name[len(QUESTION_PREFIX):].rstrip("…").strip()
    return question or None


def embed_text(embed: dict[str, Any]) -> str:
    """An answer embed back as text: what is stored with a vote when the in-memory answer is gone."""
    parts = [embed.get("title", ""), embed.get("description", "")]
    for f in embed.get("fields", []):
        parts += [f"{f.get('name', '')}:", f.get("value", "")]
    return "\n".join(p for p in parts if p).strip()


def sources_payload(sources: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> dict[str, Any]:
    """The ephemeral "Sources" embed: each passage's citation and a short excerpt of its text."""
    fields = []
    for n, (citation, text) in enumerate(sources[:10], 1):
        excerpt = " ".join(text.split())
        fields.append({
            "name": shorten(f"{n}. {citation}", FIELD_NAME_MAX),
            "value": shorten(excerpt, min(SOURCE_EXCERPT, FIELD_VALUE_MAX)) or "—",
            "inline": False,
        })
    description = "" if fields else "This answer used no passages from the notes."
    return {"title": "Sources", "description": description, "fields": fields, "color": 0x99AAB5}


def about_payload(info: dict[str, Any]) -> dict[str, Any]:
    fields = [{"name": k, "value": shorten(v, FIELD_VALUE_MAX), "inline": k not in ("Notes",)}
              for k, v in about_fields(info)]
    return {"title": "About the tutor", "fields": fields, "color": 0x5865F2}
