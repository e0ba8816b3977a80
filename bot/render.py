"""Answers as console text, JSON, or a Discord embed payload (a plain dict: the core never imports discord).

Every length is kept within Discord's limits, cutting at a line or sentence boundary with "…".
"""

from __future__ import annotations

import re
from typing import Any

from bot.answer import Answer

# Discord limits
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FIELDS_MAX = 25
FOOTER_MAX = 2048
EMBED_TOTAL_MAX = 6000
CONTENT_MAX = 2000


def shorten(text: str, limit: int) -> str:
    """Cut at the last line break, else sentence end, else word, before `limit`; mark with '…'."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    for pattern in ("\n", r"(?<=[.!?])\s", r"\s"):
        found = [m.start() for m in re.finditer(pattern, cut)]
        if found and found[-1] > limit // 2:
            return cut[: found[-1]].rstrip() + "…"
    return cut.rstrip() + "…"


def answer_text(answer: Answer) -> str:
    """The answer as plain text (console and the JSON `answer` field)."""
    out: list[str] = []
    if answer.kind == "uncovered":
        out.append(answer.notice)
        for part in answer.parts:
            out += [f"{part.title}:", *(f"  {line}" for line in part.lines), f"  — {part.source}"]
        if answer.nearest:
            out.append("Nearest topics the notes do cover: " + "; ".join(answer.nearest) + ".")
        return "\n".join(out)
    if answer.kind == "comparison":
        out.append(answer.title)
    for part in answer.parts:
        if part.title:
            out.append(f"{part.title}:")
        indent = "  " if part.title else ""
        out += [f"{indent}{line}" for line in part.lines]
        out.append(f"{indent}— {part.source}")
    if answer.table:
        out += ["From the notes' table:", answer.table, f"— {answer.table_source}"]
    return "\n".join(out)


def answer_json(answer: Answer) -> dict[str, Any]:
    """The `tutor ask --json` object (CLI contract)."""
    return {
        "question": answer.question,
        "kind": answer.kind,
        "entities": answer.entities,
        "answer": answer_text(answer),
        "passages": [p.to_json() for p in answer.passages],
    }


def table_as_text(table: str) -> str:
    """A markdown table as aligned monospace rows, for a code block (Discord has no tables)."""
    rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in table.split("\n")]
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
