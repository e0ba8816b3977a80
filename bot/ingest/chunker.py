"""Chunk notes along their heading tree, in pieces the embedding model reads whole.

all-MiniLM-L6-v2 reads 256 word pieces and silently drops the rest, so every chunk is measured with
the model's own tokenizer, heading prefix included. A section's blocks are packed together while they
fit (a question heading keeps its answer, a table or list stays whole); a block that does not fit is
split at list items, table rows (the header row repeated) or sentences.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import PurePosixPath

from bot.ingest.blocks import Block, parse_blocks
from bot.ingest.document import LIST_MARK, Line, is_delimiter_row, read_lines
from bot.ingest.reader import Document
from bot.ingest.roles import is_contents_heading, is_navigation_line
from bot.ingest.units import UNITS_VERSION, quote_units

# Bump when chunk boundaries or text change: the index then rebuilds everything.
CHUNKER_VERSION = f"64.{UNITS_VERSION}"
MODEL_WINDOW = 256
PATH_SEP = " › "

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)|\n+")


@dataclass(frozen=True)
class Chunk:
    """A retrievable piece of the notes. Lines are 1-based, inclusive, in the source file."""

    id: str
    source: str
    heading: tuple[str, ...]
    start: int
    end: int
    text: str
    tokens: int
    units: tuple[str, ...] = ()  # quotable sentences / items / table rows, embedded for answers
    # its nearest heading is a bold line or a caption over a list ("English vowels"), not a heading
    # the writer marked as one: a label of what follows, not always a thing of its siblings' kind
    pseudo_heading: bool = False

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        """The chunk's logical lines (the document model): read once, shared by every reader."""
        return read_lines(self.text, self.heading)

    @property
    def heading_path(self) -> str:
        return PATH_SEP.join(self.heading)

    @property
    def citation(self) -> str:
        """Where a reader finds it: ``file › heading path``."""
        return f"{self.source}{PATH_SEP}{self.heading_path}" if self.heading else self.source

    @property
    def short_citation(self) -> str:
        """``file › nearest heading``: enough to find it, short enough for a phone."""
        return f"{self.source}{PATH_SEP}{self.heading[-1]}" if self.heading else self.source

    @property
    def embed_text(self) -> str:
        return embed_text(self.heading, self.text)

    def to_record(self) -> dict:
        data = asdict(self)
        data["heading"] = list(self.heading)
        data["units"] = list(self.units)
        return data

    @classmethod
    def from_record(cls, data: dict) -> Chunk:
        return cls(
            id=data["id"],
            source=data["source"],
            heading=tuple(data["heading"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=data["text"],
            tokens=int(data["tokens"]),
            units=tuple(data.get("units", ())),
            pseudo_heading=bool(data.get("pseudo_heading", False)),
        )


def _lead_in_line(text: str) -> bool:
    """A short line that ends on a colon ("Eubacteria :", "**Kingdoms are distinguished as:**"): it
    says what the lines after it are of."""
    said = text.strip().rstrip("*_ ").strip()
    return said.endswith(":") and "\n" not in said and len(said.split()) <= 12


def _over(line: str, nxt: str) -> bool:
    """Whether a one-line list item heads the item after it, indented below it: "- Chartism" over
    "    - a working-class male suffrage movement …" (a chunk cut between them lost the line's subject)."""
    a, b = LIST_MARK.match(line), LIST_MARK.match(nxt)
    return (
        "\n" not in line
        and a is not None
        and b is not None
        and bool(line[a.end() :].strip())
        and bool(nxt[b.end() :].strip())
        and len(b.group("indent").expandtabs(4)) > len(a.group("indent").expandtabs(4))
    )


def embed_text(heading: tuple[str, ...], text: str) -> str:
    """What the embedder and BM25 see: the heading path gives a short passage its topic."""
    return f"{PATH_SEP.join(heading)}\n{text}" if heading else text


def chunk_id(source: str, heading: tuple[str, ...], text: str) -> str:
    return hashlib.sha256("\x1f".join((source, PATH_SEP.join(heading), text)).encode()).hexdigest()[:16]


class Chunker:
    """Splits documents into chunks no longer than ``budget`` word pieces (model window 256)."""

    def __init__(self, count_tokens: Callable[[str], int], budget: int = 200) -> None:
        self.count = count_tokens
        self.budget = min(budget, MODEL_WINDOW - 6)

    def chunk(self, doc: Document) -> list[Chunk]:
        blocks = parse_blocks(doc.text)
        # a file with no heading is titled by its name, as a person would write it ('macroeconomics
        # terms', not 'macroeconomics_terms'): the title is shown in citations and quiz stems
        name = PurePosixPath(doc.source).stem
        # a notes app's export names a page by its title and an id ('Cell Biology 3f2a9c1e...'): the title
        name = re.sub(r"\s+[0-9a-f]{32}$", "", name)
        # a blog's post is named by its date and its title ('2018-11-29-exchange-rates'): the title
        name = re.sub(r"^\d{4}-\d{2}-\d{2}[-_ ]+(?=\S)", "", name)
        stem = re.sub(r"[_\s]+", " ", name).strip() or name
        # open headings: level, title, pseudo (a bold line standing in for one), marked ("🟢 **Trojan**")
        stack: list[tuple[int, str, bool, bool]] = []
        section: list[Block] = []
        chunks: list[Chunk] = []

        def flush() -> None:
            if section:
                heading = tuple(title for _, title, _, _ in stack) or (stem,)
                # (a marked bold line, "🟢 **Trojan**", heads a thing of its own, as a real heading does)
                pseudo = bool(stack) and stack[-1][2] and not stack[-1][3]
                chunks.extend(self._pack(doc.source, heading, section, pseudo))
                section.clear()

        for i, block in enumerate(blocks):
            if block.kind == "heading":
                flush()
                # "**Table of contents**:" labels what follows it up to the next real heading only,
                # and a contents list is no parent of the sections it lists ("# Table of Contents"
                # over "## Motivation" in notes whose contents heading sits a level above them)
                while stack and (
                    stack[-1][0] >= block.level
                    or (stack[-1][2] and not block.pseudo)
                    or is_contents_heading(stack[-1][1])
                ):
                    stack.pop()
                if not block.title.strip():
                    continue  # a bare "##": it ends the sections it closes and names none of its own
                stack.append((block.level, block.title, block.pseudo, block.marked))
            else:
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                if stack and section and is_contents_heading(stack[-1][1]) and _says_something(block, nxt):
                    # "Python list is a compound data type …" after the contents' links, with no
                    # heading of its own: the contents have ended and the section above goes on
                    flush()
                    stack.pop()
                section.append(block)
        flush()
        return chunks

    # -- packing -------------------------------------------------------------------------------
    def _fits(self, heading: tuple[str, ...], text: str) -> bool:
        return self.count(embed_text(heading, text)) <= self.budget

    def _pack(
        self, source: str, heading: tuple[str, ...], blocks: list[Block], pseudo: bool = False
    ) -> list[Chunk]:
        heading = self._short_heading(heading)
        units: list[tuple[int, int, str]] = []
        for block in blocks:
            units.extend(self._units(heading, block))
        chunks: list[Chunk] = []
        cur: list[tuple[int, int, str]] = []
        for unit in units:
            if cur and not self._fits(heading, _join([*cur, unit])):
                # "Eubacteria :" over its list: a lead-in goes with what it leads into, not at the end of
                # the chunk before (the list's lines were asked and quoted without their subject)
                # and so does an item over its sub-items ("- Chartism" over its definition)
                last = cur[-1][2]
                leads = _lead_in_line(last) or _over(last, unit[2])
                carried = [cur.pop()] if len(cur) > 1 and leads else []
                chunks.append(self._make(source, heading, cur, pseudo))
                cur = carried
            cur.append(unit)
        if cur:
            chunks.append(self._make(source, heading, cur, pseudo))
        return chunks

    def _make(
        self, source: str, heading: tuple[str, ...], units: list[tuple[int, int, str]], pseudo: bool = False
    ) -> Chunk:
        text = _join(units)
        return Chunk(
            id=chunk_id(source, heading, text),
            source=source,
            heading=heading,
            start=min(u[0] for u in units),
            end=max(u[1] for u in units),
            text=text,
            tokens=self.count(embed_text(heading, text)),
            units=tuple(quote_units(text, heading)),
            pseudo_heading=pseudo,
        )

    def _short_heading(self, heading: tuple[str, ...]) -> tuple[str, ...]:
        """Drop leading path parts (then cut the last) so the prefix leaves room for text."""
        limit = self.budget // 3
        while len(heading) > 1 and self.count(PATH_SEP.join(heading)) > limit:
            heading = heading[1:]
        if self.count(heading[0]) > limit:
            words = heading[0].split()
            while len(words) > 1 and self.count(" ".join(words)) > limit:
                words = words[: max(1, len(words) * 3 // 4)]
            heading = (" ".join(words),)
        return heading

    def _units(self, heading: tuple[str, ...], block: Block) -> Iterable[tuple[int, int, str]]:
        """The block whole if it fits; else its items, rows or sentences (each made to fit)."""
        if self._fits(heading, block.text):
            return [(block.start, block.end, block.text)]
        lines = block.text.split("\n")

        def text_of(start: int, end: int) -> str:
            return "\n".join(lines[start - block.start : end - block.start + 1])

        if block.kind == "table" and len(block.parts) > 1:
            header = text_of(*block.parts[0])
            rows = [(s, e, text_of(s, e)) for s, e in block.parts[1:]]
            return self._group(heading, rows, header)
        if block.kind == "list" and len(block.parts) > 1:
            items = [(s, e, text_of(s, e)) for s, e in block.parts]
            # a lead-in line before the first item stays with it
            first = items[0]
            items[0] = (block.start, first[1], text_of(block.start, first[1]))
            return [piece for item in items for piece in self._units(heading, _as_block(item))]
        return self._sentences(heading, block)

    def _group(self, heading: tuple[str, ...], rows: list[tuple[int, int, str]], header: str):
        out, cur = [], []
        for row in rows:
            if cur and not self._fits(heading, "\n".join([header, *(r[2] for r in cur), row[2]])):
                out.append((cur[0][0], cur[-1][1], "\n".join([header, *(r[2] for r in cur)])))
                cur = []
            if not self._fits(heading, header + "\n" + row[2]):
                out.extend(self._sentences(heading, _as_block(row)))
                continue
            cur.append(row)
        if cur:
            out.append((cur[0][0], cur[-1][1], "\n".join([header, *(r[2] for r in cur)])))
        return out

    def _sentences(self, heading: tuple[str, ...], block: Block) -> list[tuple[int, int, str]]:
        """Split at sentence ends (and line breaks); words as the last resort."""
        pieces: list[tuple[int, int, str]] = []
        line_no = block.start
        for line in block.text.split("\n"):
            for sentence in _SENTENCE_END.split(line):
                if sentence.strip():
                    pieces.extend((line_no, line_no, part) for part in self._words(heading, sentence))
            line_no += 1
        out: list[tuple[int, int, str]] = []
        for piece in pieces:
            if out and out[-1][0] <= piece[0] and self._fits(heading, out[-1][2] + " " + piece[2]):
                prev = out.pop()
                sep = " " if prev[1] == piece[0] else "\n"
                out.append((prev[0], piece[1], prev[2] + sep + piece[2]))
                continue
            if out and "\n" in out[-1][2]:
                # an item over its sub-item ("- Chartism" over its definition) goes on with it
                head, _, last = out[-1][2].rpartition("\n")
                if _over(last, piece[2]) and self._fits(heading, last + "\n" + piece[2]):
                    out[-1] = (out[-1][0], out[-1][1] - 1, head)
                    piece = (out[-1][1] + 1, piece[1], last + "\n" + piece[2])
            out.append(piece)
        return out

    def _words(self, heading: tuple[str, ...], sentence: str) -> list[str]:
        if self._fits(heading, sentence):
            return [sentence]
        parts, cur = [], []
        for word in sentence.split(" "):
            if cur and not self._fits(heading, " ".join([*cur, word])):
                parts.append(" ".join(cur))
                cur = []
            if not self._fits(heading, word):  # a single monster "word": cut by characters
                step = max(8, len(word) // 4)
                parts.extend(word[i : i + step] for i in range(0, len(word), step))
                continue
            cur.append(word)
        if cur:
            parts.append(" ".join(cur))
        return parts


def _says_something(block: Block, nxt: Block | None) -> bool:
    """A block after a table of contents that says something rather than points somewhere: a
    paragraph (not a link, an image or "Ref: <url>", not an entry "[Chapter 2](ch2.md) - scales", not
    a label over the next group of links, "Week 2 (firms):"), a table with a row of more than a label
    and its link (below its header), code."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    if block.kind == "code":
        return True
    if block.kind == "table":
        rows = [line for line in lines if not is_delimiter_row(line)]
        return any(not _contents_row(row) for row in rows[1:])
    if block.kind != "paragraph":
        return False
    text = " ".join(lines)
    if is_navigation_line(text) or _contents_entry(text):
        return False
    return not (text.endswith(":") and nxt is not None and nxt.kind == "list" and _all_entries(nxt))


_LINK_OR_IMAGE = re.compile(r"!?\[[^\]]*\]\([^)]*\)")


def _contents_entry(text: str) -> bool:
    """An entry of a contents list: a link, and at most a dash or colon and a few words that are not a
    sentence ("[Chapter 2](ch2.md) - scales", not "[Mitosis](#m): the division of a nucleus into two")."""
    m = _LINK_OR_IMAGE.match(text)
    if m is None:
        return False
    rest = text[m.end() :].strip()
    if not rest:
        return True
    if rest[0] not in "-–—:":
        return False
    tail = rest[1:].split()
    return len(tail) <= 5 and not rest.endswith(".")


def _contents_row(row: str) -> bool:
    """A table row of a contents list: a link, beside at most one cell of words ("| Demand |
    [Demand](#demand) |"), not a row of data that cites a source or shows a figure."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    worded = [c for c in cells if _LINK_OR_IMAGE.sub("", c).strip()]
    inside = re.search(r"\]\((?:#|[^)\s]*\.md\b)", row)  # a link to a part of the notes
    return "](" in row and (len(worded) <= 1 or inside is not None)


def _all_entries(block: Block) -> bool:
    """A list whose every top item is an entry of a contents list (a group of links)."""
    items = [line for line in block.text.split("\n") if re.match(r"^\s*(?:[-*+]|\d+[.)])\s", line)]
    top = min((len(item) - len(item.lstrip()) for item in items), default=0)
    items = [item for item in items if len(item) - len(item.lstrip()) == top]
    bodies = [re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", item).strip() for item in items]
    return bool(bodies) and all(is_navigation_line(b) or _contents_entry(b) for b in bodies)


def _join(units: list[tuple[int, int, str]]) -> str:
    """Units back into text, keeping the blank line between blocks that had one (it ends a paragraph)."""
    out = units[0][2]
    for prev, unit in zip(units, units[1:], strict=False):
        out += ("\n\n" if unit[0] > prev[1] + 1 else "\n") + unit[2]
    return out


def _as_block(unit: tuple[int, int, str]) -> Block:
    return Block(kind="paragraph", start=unit[0], end=unit[1], text=unit[2])
