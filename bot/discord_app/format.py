"""Embed payloads for the Discord front end, as plain dicts (no discord import: unit-testable as data).

The answer embed (``answer_embed``, within Discord's limits) is built here from the core's ``Answer``,
with what only the Discord layer needs: the question on the embed (so a button pressed after a
restart, or a reply to an old answer, can recover what was asked without any database), the Sources
list, and the text stored with feedback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.answer import Answer
from bot.app.asking import about_fields
from bot.ingest.document import table_cells
from bot.render import answer_text, shorten

# Discord limits
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FIELDS_MAX = 25
FOOTER_MAX = 2048
EMBED_TOTAL_MAX = 6000
CONTENT_MAX = 2000

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


def table_as_text(table: str) -> str:
    """A markdown table as aligned monospace rows, for a code block (Discord has no tables)."""
    rows = [table_cells(ln) for ln in table.split("\n")]
    rows = [[re.sub(r"\*\*|__|`", "", c) for c in r] for r in rows]
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    cols = [min(max(len(r[i]) for r in rows), 28) for i in range(width)]
    lines = []
    for n, r in enumerate(rows):
        lines.append(" | ".join(shorten(c, cols[i]).ljust(cols[i]) for i, c in enumerate(r)).rstrip())
        if n == 0:
            lines.append("-+-".join("-" * c for c in cols))
    return "\n".join(lines)


def answer_embed(answer: Answer) -> dict[str, Any]:
    """Discord embed JSON: title, a field per compared entity, the notes' table, sources in the footer."""
    fields: list[dict[str, Any]] = []
    description = ""
    if answer.kind == "uncovered":
        description = answer.notice
        if answer.nearest:
            description += "\n\n**Nearest topics in the notes:**\n" + "\n".join(
                f"• {t}" for t in answer.nearest
            )
    for part in answer.parts:
        value = "\n".join(f"• {line}" if len(part.lines) > 1 else line for line in part.lines)
        value = f"{value}\n*{part.source}*"
        if part.title:
            fields.append(
                {
                    "name": shorten(part.title, FIELD_NAME_MAX),
                    "value": shorten(value, FIELD_VALUE_MAX),
                    "inline": False,
                }
            )
        else:
            description = (description + "\n\n" + value).strip()
    if answer.table:
        block = table_as_text(answer.table)
        budget = FIELD_VALUE_MAX - len("```\n\n```") - len(answer.table_source) - 4
        fields.append(
            {
                "name": "From the notes' table",
                "value": f"```\n{shorten(block, budget)}\n```\n*{answer.table_source}*",
                "inline": False,
            }
        )
    # a refusal quotes nothing, so it cites nothing (its nearest topics are in the description)
    sources = (
        answer.sources
        if answer.kind == "uncovered"
        else (answer.sources or [p.chunk.short_citation for p in answer.passages[:3]])
    )
    embed: dict[str, Any] = {
        "title": shorten(answer.title, TITLE_MAX),
        "description": shorten(description, DESCRIPTION_MAX),
        "fields": fields[:FIELDS_MAX],
        "footer": {"text": shorten("Sources: " + " · ".join(sources), FOOTER_MAX) if sources else "tutor"},
        "color": {"comparison": 0x5865F2, "lookup": 0x57F287, "uncovered": 0xFEE75C}[answer.kind],
    }
    return fit_embed(embed)


def embed_size(embed: dict[str, Any]) -> int:
    total = len(embed.get("title", "")) + len(embed.get("description", ""))
    total += len(embed.get("footer", {}).get("text", ""))
    total += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
    return total


def fit_embed(embed: dict[str, Any]) -> dict[str, Any]:
    """Drop trailing fields, then shorten the description, until the 6,000-character total fits."""
    while embed_size(embed) > EMBED_TOTAL_MAX and len(embed["fields"]) > 1:
        embed["fields"].pop()
    over = embed_size(embed) - EMBED_TOTAL_MAX
    if over > 0:
        embed["description"] = shorten(embed["description"], max(len(embed["description"]) - over - 1, 0))
    return embed
