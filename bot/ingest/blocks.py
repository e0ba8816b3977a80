"""Parse loose, real-world markdown into a flat list of blocks with original line spans.

People's notes are not CommonMark: ``####**Heading**`` has no space, a bold line stands in for a
heading, tables lack their ``|---|`` row, and a stray four-space indent is not meant as code. We mend
those in a copy of the lines (remembering where each line came from), let markdown-it-py do the real
parsing, and hand back blocks that point at the original, untouched lines.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token

from bot.ingest.document import LIST_MARK, broken_row_end, table_cells
from bot.ingest.roles import clean_inline_html, strip_navigation_markup

BlockKind = Literal["heading", "paragraph", "list", "table", "code", "quote", "other"]

_HASH_NO_SPACE = re.compile(r"^(\s{0,3}#{1,6})(?=[^#\s])")
_TABLE_ROW = re.compile(r"^\s*\|.*\|")
_BOLD_LINE = re.compile(r"^(?:\*\*[^*]{1,80}\*\*|__[^_]{1,80}__)\s*:?\s*$")
_DELIM_ROW = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
_ENUMERATOR = re.compile(
    r"^\s*(?:\d+\ufe0f?\u20e3|\d+(?:\.\d+)*[.)](?=\s)|\d+(?:\.\d+)+:?(?=\s)|"
    r"(?:part|section|chapter|module|unit|week|day|lesson)\s+\d+(?:\.\d+)*\b[:.,)\-–—]?)",
    re.IGNORECASE,
)
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_CODE_SPAN = re.compile(r"`([^`\n]+)`")


@dataclass
class Block:
    """A top-level markdown block. Lines are 1-based and inclusive, in the original file."""

    kind: BlockKind
    start: int
    end: int
    text: str
    level: int = 0  # headings: effective depth in the heading tree
    title: str = ""  # headings: display text without markup and enumerators
    parts: list[tuple[int, int]] = field(default_factory=list)  # list items / table rows, for splitting
    pseudo: bool = False  # a bold line or a caption standing in for a heading: never a real heading's parent
    # a bold line after a mark ("🟢 **Trojan**"): the writer set it out as a heading of its own, one of a
    # run of things each with its own lines, not a caption over a list
    marked: bool = False


# a heading's attribute block (Pandoc, kramdown, Obsidian exports): "{#id}", "{#intro .unnumbered}"; and
# an anchor in brackets that tells apart headings written alike ("Pathophysiology [#IDA]" beside
# "Pathophysiology [#ACD]" under each anaemia)
_ATTRIBUTES = re.compile(r"\s*(?:\{\s*[#.][^{}]*\}|\[#[\w-]+\])\s*$")


def clean_heading(raw: str) -> str:
    """Heading text as a reader says it: no markup, no leading emoji or '1️⃣', no trailing colon, a
    link's words without its address ("[Supply Chain Analytics -- Coursera](https://…)" was posted as
    a quiz's title line, r291)."""
    # a code span is shown as written ('Multiplication ( `*` )' keeps its operator); emphasis marks go
    parts = _CODE_SPAN.split(clean_inline_html(raw))
    linked = [i % 2 == 0 and ("](" in p or "://" in p) for i, p in enumerate(parts)]
    parts = [strip_navigation_markup(p) if link else p for p, link in zip(parts, linked, strict=True)]
    text = "".join(p if i % 2 else _EMPHASIS.sub("", p) for i, p in enumerate(parts))
    text = text.strip().strip("#").strip()
    text = _ATTRIBUTES.sub("", text)  # "Anticoagulants {#id}": an anchor for the renderer, not words
    text = _ENUMERATOR.sub("", text, count=1)
    # Drop leading symbols (emoji, bullets, variation selectors) but keep letters, digits, brackets.
    i = 0
    while i < len(text) and (
        unicodedata.category(text[i])[0] in "SZCM" or text[i] in "-–—.:)|" or text[i].isspace()
    ):
        i += 1
    text = text[i:].strip()
    return text.rstrip(":").strip() or raw.strip()


def is_enumerated(raw: str) -> bool:
    return bool(_ENUMERATOR.match(_EMPHASIS.sub("", raw).strip()))


_INDENTED_HEADING = re.compile(r"^ {1,3}#{1,6}\s+\S")


def _is_item(line: str) -> bool:
    """A list item with words after its mark."""
    m = LIST_MARK.match(line)
    return m is not None and bool(line[m.end() :].strip())


def _in_list(out: list[str]) -> bool:
    """Whether the last line with words so far is a list's (its item or a line under one)."""
    for line in reversed(out):
        if line.strip():
            return _is_item(line) or line.startswith((" ", "\t"))
    return False


def _mend(lines: list[str]) -> tuple[list[str], list[int]]:
    """Lines markdown-it can parse, and for each the index of the original line it came from."""
    out: list[str] = []
    origin: list[int] = []
    i = 0
    in_fence = False
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if not in_fence:
            line = _HASH_NO_SPACE.sub(r"\1 ", line)
            end = broken_row_end(lines, i)
            if end is not None:
                # a row the writer broke across a blank line is one row: the table goes on after it
                out.append(f"{line.rstrip()} {lines[end].strip()}")
                origin.append(i)
                i = end + 1
                continue
            starts_table = (
                _TABLE_ROW.match(line)
                and (not out or not _TABLE_ROW.match(out[-1]))
                and i + 1 < len(lines)
                and _TABLE_ROW.match(lines[i + 1])
                and not _DELIM_ROW.match(lines[i + 1])
            )
            if _BOLD_LINE.match(line) and _between_rows(out, lines, i):
                # "**Ranking**" between two rows of a table groups the rows after it: markdown reads
                # it as a row of one cell, and so does the document model (a group, not a thing)
                out.append("| " + line.strip() + " |" + " |" * (_cells(out[-1]) - 1))
                origin.append(i)
                i += 1
                continue
            if _BOLD_LINE.match(line):
                # a bold line used as a heading: keep it out of the list or paragraph around it
                out += ["", line, ""]
                origin += [i, i, i]
                i += 1
                continue
            if _INDENTED_HEADING.match(line) and out and out[-1].strip() == "" and _in_list(out):
                # "  # Excessive force" after a list's last item: markdown reads the indented heading as
                # part of that item, and every section after it as the list's (a torts outline filed
                # under its first caption); the writer meant a heading
                out += [line.lstrip(), ""]
                origin += [i, i]
                i += 1
                continue
            if starts_table:
                out += [line, "|" + " --- |" * _cells(line)]
                origin += [i, i]
                i += 1
                continue
            if (
                _TABLE_ROW.match(line)
                and (not out or not _TABLE_ROW.match(out[-1]))
                and i + 1 < len(lines)
                and _DELIM_ROW.match(lines[i + 1])
                and _cells(lines[i + 1]) != _cells(line)
            ):
                # "|Property|Esmolol|Metoprolol|" over "|--|--|": markdown reads no table where the
                # rule row counts fewer columns than the header; the writer's renderer did
                out += [line, "|" + " --- |" * _cells(line)]
                origin += [i, i + 1]
                i += 2
                continue
        out.append(line)
        origin.append(i)
        i += 1
    return out, origin


def _between_rows(out: list[str], lines: list[str], i: int) -> bool:
    """Whether line ``i`` sits inside a table: the line before it is a row of a table whose rule row
    came before it (no blank line between), and the line after it is a row too."""
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if "|" not in following or not out or "|" not in out[-1]:
        return False
    if i + 2 < len(lines) and _DELIM_ROW.match(lines[i + 2]):
        return False  # the caption of a second table, whose header row follows it
    for prev in reversed(out):
        if not prev.strip() or "|" not in prev:  # (a group row written before holds pipes too)
            return False
        if _DELIM_ROW.match(prev):
            return True
    return False


def _cells(row: str) -> int:
    """How many cells a table row holds (outer pipes optional, escaped pipes not counted)."""
    return len(table_cells(re.sub(r"\\\|", "", row)))


_PARSER = MarkdownIt("commonmark", {"html": False}).enable("table").disable("code")

_KINDS: dict[str, BlockKind] = {
    "paragraph_open": "paragraph",
    "bullet_list_open": "list",
    "ordered_list_open": "list",
    "table_open": "table",
    "fence": "code",
    "blockquote_open": "quote",
    "heading_open": "heading",
}


def _marked(inline: Token | None) -> bool:
    """Whether a paragraph opens on a mark, no word or number ("🟢 **Trojan**", "► **Virus**")."""
    children = (inline.children or []) if inline is not None else []
    kids = [t for t in children if not (t.type == "text" and not t.content.strip())]
    return bool(kids) and kids[0].type == "text" and not any(ch.isalnum() for ch in kids[0].content)


def _bold_only(inline: Token | None) -> bool:
    """A paragraph that is one bold run (``**Note**``): people use these as headings."""
    if inline is None or not inline.children:
        return False
    kids = [t for t in inline.children if not (t.type == "text" and t.content.strip() in ("", ":"))]
    if _marked(inline):
        kids = kids[1:]  # "🟢 **Ransomware**": a mark before the bold run, as a list's bullet is
    return (
        len(kids) == 3
        and kids[0].type == "strong_open"
        and kids[2].type == "strong_close"
        and kids[1].type == "text"
        and len(kids[1].content) <= 80
        and "\n" not in inline.content
    )


def parse_blocks(text: str) -> list[Block]:
    """Top-level blocks of a note, headings carrying their depth in the heading tree."""
    original = text.split("\n")
    mended, origin = _mend(original)
    tokens = _PARSER.parse("\n".join(mended))

    def span(m: list[int]) -> tuple[int, int]:
        start, end = origin[m[0]], origin[max(m[1] - 1, m[0])]
        # a mended line may stand for several (a broken row and its end): the block runs to the next
        end = max(end, (origin[m[1]] if m[1] < len(origin) else len(original)) - 1)
        while end > start and not original[end].strip():  # markdown-it counts trailing blank lines
            end -= 1
        return start + 1, end + 1

    def source(start: int, end: int) -> str:
        return "\n".join(original[start - 1 : end]).strip("\n")

    blocks: list[Block] = []
    for idx, tok in enumerate(tokens):
        if tok.level != 0 or tok.map is None or tok.nesting == -1:
            continue
        kind = _KINDS.get(tok.type, "other")
        start, end = span(tok.map)
        block = Block(kind=kind, start=start, end=end, text=source(start, end))
        if kind == "heading":
            block.level = int(tok.tag[1])
            block.title = clean_heading(tokens[idx + 1].content)
        elif kind == "paragraph" and _bold_only(tokens[idx + 1]):
            block.kind = "heading"
            block.level = -1  # pseudo heading: one below whatever heading it sits under
            block.title = clean_heading(tokens[idx + 1].content)
            block.pseudo = True
            block.marked = _marked(tokens[idx + 1])
        elif kind == "list":
            block.parts = [
                span(t.map) for t in tokens[idx:] if t.type == "list_item_open" and t.level == 1 and t.map
            ][: _count_items(tokens, idx)]
        elif kind == "table":
            block.parts = [span(t.map) for t in _table_rows(tokens, idx)]
            block.text = _piped(block.text)
        if block.text.strip():
            blocks.append(block)
    for block, nxt in zip(blocks, blocks[1:], strict=False):
        if block.kind == "paragraph" and nxt.kind in ("list", "table") and _is_caption(block.text):
            # "When to use Instance Store" above a list names what the list is about: a heading
            block.kind, block.level, block.title = "heading", -1, clean_heading(block.text)
            block.pseudo = True
    _continued(blocks)
    _assign_depths(blocks)
    return blocks


# "(cont.)", "Scatterplots (cont.)", "Memory cont'd", "Continued": a slide's heading that goes on with
# the one before ("To be continued" and Haskell's "Cont" are titles of their own)
_CONTINUED = re.compile(
    r"(?:^|\s)\(\s*(?:cont|contd|cont'd|cont’d|continued)\s*\.?\s*\)$"
    r"|(?:^|[\s,:-])(?:contd|cont'd|cont’d)\.?$|^(?:cont\.|continued)$",
    re.IGNORECASE,
)


def _continued(blocks: list[Block]) -> None:
    """A heading that says it goes on with the one before ("## (cont.)", "## Scatterplots (cont.)")
    takes the title it goes on with (the last at its level, else the last above it): "(cont.)" names
    nothing a question or a citation could be set in."""
    last: dict[int, str] = {}  # the last title at each heading level, under the current parents
    for block in blocks:
        if block.kind != "heading":
            continue
        title = block.title
        m = _CONTINUED.search(title)
        if m:
            rest = title[: m.start()].strip(" -–—:,")
            above = [t for lvl, t in sorted(last.items()) if lvl < block.level or block.level < 0]
            title = rest or last.get(block.level) or (above[-1] if above else "") or title
            block.title = title
        for lvl in [lvl for lvl in last if lvl > block.level >= 0]:
            del last[lvl]  # "# Renal" ends the titles under "# Cardiology"
        last[block.level] = title


def _piped(text: str) -> str:
    """A table's lines with the outer pipes markdown lets a writer leave out ("COMMAND | DESCRIPTION"
    over "---|---"), so that every reader of the text sees the rows it holds, line for line. A row the
    writer broke across a blank line keeps its break open, for the document model to join."""
    lines = text.split("\n")
    ends = {i: broken_row_end(lines, i) for i in range(len(lines))}
    halves = {i for i, end in ends.items() if end is not None} | {e for e in ends.values() if e is not None}
    out = []
    for i, line in enumerate(lines):
        body = line.strip()
        if body and i not in halves:
            indent = line[: len(line) - len(line.lstrip())]
            body = body if body.startswith("|") else "| " + body
            body = body if body.endswith("|") and not body.endswith("\\|") else body + " |"
            line = indent + body
        out.append(line)
    return "\n".join(out)


def _is_caption(text: str) -> bool:
    plain = _EMPHASIS.sub("", text).strip()
    ws = plain.split()
    return (
        "\n" not in text
        and 1 <= len(ws) <= 6
        # words, not a command ("R1(config)# access-list 1 permit 10.10.10.0 0.0.0.255" over its list)
        and 2 * sum(1 for w in ws if re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*[,:]?", w)) >= len(ws)
        and plain[:1].isupper()
        and not plain.endswith((".", "!", "?", ",", ";", ":", ")"))
        and not plain.startswith(("|", ">"))
    )


def _count_items(tokens: list[Token], idx: int) -> int:
    depth, count = 0, 0
    for tok in tokens[idx:]:
        depth += tok.nesting
        if tok.type == "list_item_open" and tok.level == 1:
            count += 1
        if depth == 0:
            break
    return count


def _table_rows(tokens: list[Token], idx: int) -> list[Token]:
    rows = []
    for tok in tokens[idx + 1 :]:
        if tok.type == "table_close":
            break
        if tok.type == "tr_open" and tok.map:
            rows.append(tok)
    return rows


def _assign_depths(blocks: list[Block]) -> None:
    """Turn markdown levels into tree depths.

    Notes often put numbered section headings (``#### 1️⃣ Messaging``) and the question headings under
    them (``#### when to use SQS``) at the same level. A plain heading that follows an enumerated one of
    the same level is read as its child, where plain headings sit between the numbered ones (or one
    numbered title stands over them); numbered headings one after the other ("## 1. SN2" ... "## 10.
    Esterification") are an outline, and a plain heading after it ("## Key Intermediates") is its
    sibling. Bold-line pseudo headings sit one below their heading.
    """
    interleaved = _interleaved_runs(blocks)
    enumerated_at: dict[int, bool] = {}
    current = 0
    for i, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        if block.level == -1:
            block.level = current + 1
            continue
        level = block.level
        for deeper in [lvl for lvl in enumerated_at if lvl > level]:
            del enumerated_at[deeper]
        raw = block.text.lstrip("#").strip()
        if is_enumerated(raw):
            enumerated_at[level] = True
            depth = level * 2
        elif enumerated_at.get(level) and i in interleaved:
            depth = level * 2 + 1
        else:
            depth = level * 2
        block.level = depth
        current = depth


def _interleaved_runs(blocks: list[Block]) -> set[int]:
    """The indexes of the headings in runs (headings of one level under one parent) where a plain
    heading stands between two enumerated ones, or where one numbered heading (a chapter's title)
    stands alone: there the plain ones are the numbered ones' children."""
    out: set[int] = set()
    runs: dict[int, list[tuple[int, bool]]] = {}  # level -> (block index, enumerated) of the open run

    def close(level: int) -> None:
        run = runs.pop(level, [])
        marks = [enumerated for _, enumerated in run]
        first = marks.index(True) if True in marks else len(marks)
        last = len(marks) - 1 - marks[::-1].index(True) if True in marks else -1
        # one numbered heading ("# Chapter 5.2: For Loop") is a title over the plain ones after it
        if marks.count(True) < 2 or any(not m for m in marks[first:last]):
            out.update(i for i, _ in run)

    for i, block in enumerate(blocks):
        if block.kind != "heading" or block.level == -1:
            continue
        for deeper in [lvl for lvl in runs if lvl > block.level]:
            close(deeper)
        runs.setdefault(block.level, []).append((i, is_enumerated(block.text.lstrip("#").strip())))
    for level in list(runs):
        close(level)
    return out
