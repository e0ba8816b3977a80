"""Answers as console text or the CLI's JSON, and ``shorten`` (cut at a line or sentence boundary).

The Discord embed of an answer, with Discord's length limits, is the Discord front end's business:
``bot.discord_app.format``.
"""

from __future__ import annotations

import re
from typing import Any

from bot.answer import Answer


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
