"""A section of the notes read whole: the chunks retrieval cut it into, joined back and parsed once.

Retrieval cuts a long section into chunks of a few hundred tokens; a list, a glossary or a table that
runs on across the cut is still one list. What reads the notes' structure (the glossary, the quiz)
reads sections, and cites the chunk that holds the line it read."""

from __future__ import annotations

from bot.ingest.chunker import Chunk
from bot.ingest.document import read_lines
from bot.ingest.entries import Entry, Table, parse
from bot.text import words


def sections(chunks: list[Chunk]) -> list[list[Chunk]]:
    """Runs of consecutive chunks of one file under one heading path: a section cut for retrieval."""
    out: list[list[Chunk]] = []
    for c in chunks:
        last = out[-1][-1] if out else None
        if last is not None and (last.source, last.heading) == (c.source, c.heading) and c.start >= last.end:
            out[-1].append(c)
        else:
            out.append([c])
    return out


def section_text(group: list[Chunk]) -> str:
    """The section's text as written: chunks that touch are joined on their line, and a table cut in
    two (the second chunk repeats its header row) is one table again."""
    text = group[0].text
    for before, c in zip(group, group[1:], strict=False):
        first, _, rest = c.text.partition("\n")
        in_table = text.rstrip().rpartition("\n")[2].lstrip().startswith("|")
        header = first.lstrip().startswith("|")
        if in_table and header and first.strip() in (x.strip() for x in text.split("\n")):
            text += "\n" + rest
        else:
            # (a chunk starting on the next line goes on the next line: a blank line there would be a
            # gap the notes never left, between two items of one list)
            gap = " " if c.start == before.end else "\n" if c.start == before.end + 1 else "\n\n"
            text += gap + c.text
    return text


def section_entries(group: list[Chunk]) -> tuple[list[Entry], list[Table]]:
    """The section's list items, paragraphs and tables, parsed from its whole text."""
    return parse(read_lines(section_text(group), group[0].heading))


def holding(group: list[Chunk], text: str) -> Chunk:
    """The chunk of a section that holds ``text`` (its first words), so what is read off the section
    cites its own passage."""
    probe = words(text)[:8]
    n = len(probe)
    if len(group) > 1 and probe:
        for c in group:
            ws = words(c.text)
            if any(ws[i : i + n] == probe for i in range(len(ws) - n + 1)):
                return c
    return group[0]
