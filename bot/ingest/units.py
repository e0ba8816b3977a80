"""Quotable units of a chunk: sentences, short list items whole, and table rows.

Answers quote the notes, so they are assembled from these units; each is embedded at index time so
picking the sentence that answers a question costs a dot product, not a model call.
"""

from __future__ import annotations

import re

from bot.text import strip_markup

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z*\"'(])")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
TABLE_LINE = re.compile(r"^\s*\|")
_DELIMITER = re.compile(r"[\s|:-]+")
UNITS_VERSION = "4"  # bump when quote_units changes: the index re-chunks
UNIT_MAX = (
    320  # a labelled list item this short stays whole ("SQS vs. SNS: use SQS for ..., use SNS for ...")
)
_PRONOUN = re.compile(r"^(?:It|It's|Its|This|These|They|Their)\b")
_LABEL = re.compile(r"^\*\*[^*]{1,80}\*\*\s*:|^[^:.]{1,60}:\s")


def is_delimiter_row(line: str) -> bool:
    return bool(_DELIMITER.fullmatch(line))


def table_lines(text: str) -> list[str]:
    """The table rows of a chunk (header first), without the |---| row."""
    return [ln.strip() for ln in text.split("\n") if TABLE_LINE.match(ln) and not is_delimiter_row(ln)]


def quote_units(text: str) -> list[str]:
    """Units in reading order: sentences, labelled list items whole, table rows (header skipped)."""
    out: list[str] = []
    header_seen = False
    for line in text.split("\n"):
        if not line.strip():
            continue
        if TABLE_LINE.match(line):
            if is_delimiter_row(line):
                continue
            if header_seen:
                out.append(line.strip())
            header_seen = True
            continue
        header_seen = False
        body = _LIST_MARK.sub("", line).strip()
        plain = strip_markup(body)
        if plain.endswith(":") or len(plain) < 12:
            continue  # a lead-in ("... they serve different purposes:") says nothing alone
        if len(plain.split()) <= 5 and not plain.endswith((".", "!", "?", ")")):
            continue  # a caption used as a heading ("How They Work Together")
        if _LIST_MARK.match(line) and _LABEL.match(body) and len(body) <= UNIT_MAX:
            out.append(body)
            continue
        sentences = [s.strip() for s in _SENTENCE.split(body) if len(strip_markup(s)) >= 12]
        for i, sentence in enumerate(sentences):
            # "It ensures reliable delivery" means nothing without the sentence naming "it"
            if i > 0 and _PRONOUN.match(sentence) and not _PRONOUN.match(sentences[0]):
                sentence = f"{sentences[0]} {sentence}"
            out.append(sentence)
    return out
