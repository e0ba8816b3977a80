"""Reading quiz material out of a chunk's markdown: list entries with their parents, sentences, tables.

Notes are hard-wrapped paragraphs, bullet lists nested under "**X vs. Y**:" labels, "Term - what it is"
lines and pipe tables. This module turns a chunk's text into entries (a list item or a paragraph, wrapped
lines joined) that know their parent item, and splits entries into labels and sentences. It knows
nothing about any particular subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.ingest.roles import is_navigation_line
from bot.text import key

_LIST = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$")
_TABLE = re.compile(r"^\s*\|")
_DELIM = re.compile(r"^[\s|:-]+$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_SENTENCE = re.compile(r"(?<![\s(]e\.g\.)(?<![\s(]i\.e\.)(?<=[.!?])\s+(?=[A-Z*\"'(`\[])")
_BOLD_LABEL = re.compile(r"^\*\*([^*]{1,80}?)\*\*(\s*\([^()]{1,40}\))?\s*(?::\s*|\s+[-–—]\s+)(.*)$")
_BOLD_LABEL_COLON_IN = re.compile(r"^\*\*([^*]{1,80}?):\*\*()\s*(.*)$")
_EMPHASIS = re.compile(r"\*{2,3}|_{2,3}|`|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")
_PLAIN_LABEL = re.compile(r"^([A-Za-z0-9(][^:!?*]{0,58}?)\s*(?::|\s[-–—]\s)\s*(.*)$")
_CONTINUE_END = re.compile(
    r"(?:[,(/&+-]|\b(?:a|an|the|of|and|or|to|in|on|for|with|by|but|is|are|that|from|as|at|more|than|into|between|per|via|like))$",
    re.IGNORECASE,
)
# A label such as "Important:" or "Note -" is a remark on its sentence, not a term it defines.
REMARK_LABELS = frozenset(
    key(w)
    for w in str.split(
        "note notes important tip tips example examples eg e.g ie i.e remember exam warning caution "
        "nb summary tldr update edit question answer q a why how what result results"
    )
)


@dataclass
class Entry:
    """A list item or a paragraph of a chunk, wrapped lines joined, markdown kept."""

    index: int
    text: str
    item: bool
    indent: int
    parent: int | None = None  # index of the enclosing list item
    children: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return split_label(self.text)[0]

    @property
    def body(self) -> str:
        return split_label(self.text)[1]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]


def split_label(text: str) -> tuple[str, str]:
    """'**RDS vs. Aurora**: body' -> ('RDS vs. Aurora', 'body'); no label -> ('', text)."""
    for pattern in (_BOLD_LABEL_COLON_IN, _BOLD_LABEL):
        m = pattern.match(text)
        if m:
            label = plain(m.group(1) + (m.group(2) or "")).strip(" :")
            if key(label) in REMARK_LABELS:
                return "", m.group(3).strip()
            return label, m.group(3).strip()
    m = _PLAIN_LABEL.match(text)
    if (
        m
        and len(m.group(1).split()) <= 6
        and not re.search(r"https?$", m.group(1))
        and not (m.group(1)[-1:].isdigit() and m.group(2)[:1].isdigit())
    ):
        label = plain(m.group(1)).strip()
        if key(label) in REMARK_LABELS:
            return "", m.group(2).strip()
        return label, m.group(2).strip()
    return "", text


def plain(text: str) -> str:
    """Markdown emphasis removed without leaving gaps ('**queuing**,' -> 'queuing,'), snake_case kept."""
    text = _EMPHASIS.sub("", text)
    text = re.sub(r"[#|>]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def parse(text: str) -> tuple[list[Entry], list[Table]]:
    """Entries (items and paragraphs, in order, with parent links) and tables of a chunk's text."""
    entries: list[Entry] = []
    tables: list[Table] = []
    table_lines: list[str] = []
    stack: list[Entry] = []  # open list items, by indent
    prev: Entry | None = None
    prev_raw = ""
    in_fence = False

    def close_table() -> None:
        rows = [_cells(ln) for ln in table_lines if not _DELIM.match(ln)]
        if len(rows) >= 2 and len(rows[0]) >= 2:
            width = len(rows[0])
            body = [r[:width] + [""] * (width - len(r)) for r in rows[1:]]
            tables.append(Table(rows[0], body))
        table_lines.clear()

    for raw in text.split("\n"):
        if _FENCE.match(raw):
            in_fence = not in_fence
            prev = None
            continue
        if in_fence:
            continue
        if _TABLE.match(raw):
            table_lines.append(raw)
            prev = None
            continue
        if table_lines:
            close_table()
        if not raw.strip() or is_navigation_line(raw):
            prev = None  # a link list, an image or a badge teaches nothing to quiz on
            continue
        m = _LIST.match(raw)
        if m:
            indent = len(m.group(1).expandtabs(4))
            while stack and stack[-1].indent >= indent:
                stack.pop()
            entry = Entry(len(entries), m.group(2).strip(), True, indent, stack[-1].index if stack else None)
            if stack:
                stack[-1].children.append(entry.index)
            entries.append(entry)
            stack.append(entry)
            prev, prev_raw = entry, raw
            continue
        line = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        if (
            prev is not None
            and not prev_raw.endswith("  ")
            and _continues(prev.text, line, prev.item, indent)
        ):
            prev.text = f"{prev.text} {line}"
            prev_raw = raw
            continue
        if indent == 0:
            stack.clear()
        entry = Entry(len(entries), line, False, indent, stack[-1].index if stack and indent else None)
        entries.append(entry)
        prev, prev_raw = entry, raw
    if table_lines:
        close_table()
    return entries, tables


def _continues(previous: str, line: str, item: bool, indent: int) -> bool:
    """Whether ``line`` carries on the wrapped sentence before it."""
    if line[:1].islower() or line[:1] in "(,;" or re.match(r"(?:\*\*|__)[a-z]", line):
        return True
    if _CONTINUE_END.search(previous):
        return True
    return item and indent > 0 and not previous.rstrip().endswith((".", "!", "?", ":"))
