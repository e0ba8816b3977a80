"""Compose an Answer from retrieved passages: the notes' own sentences, side by side, with sources.

Extractive on purpose: a learner should read what their notes say, not a paraphrase, and every part
carries the file and heading it came from. The Answer is neutral data; render.py turns it into an
embed, console text or JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from bot.glossary import Entity, Glossary
from bot.ingest import Chunk
from bot.questions import ParsedQuestion
from bot.search.retrieve import Passage, Retrieval
from bot.text import strip_markup, terms

AnswerKind = Literal["comparison", "lookup", "uncovered"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z*\"'(])")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_TABLE_LINE = re.compile(r"^\s*\|")
UNIT_MAX = 320  # a list item this short stays whole ("SQS vs. SNS: use SQS for ..., use SNS for ...")

# Refusal calibration (dev set): with no entity recognised, a question is answered only if some
# passage is this close in meaning, or shares this much BM25 weight with the question.
MIN_DENSE_NO_ENTITY = 0.42
MIN_BM25_NO_ENTITY = 3.0


@dataclass
class AnswerPart:
    """One block of the answer: a heading (entity or 'Key difference') and the notes' lines."""

    title: str
    lines: list[str]
    source: str

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Answer:
    question: str
    kind: AnswerKind
    title: str
    entities: list[str]
    parts: list[AnswerPart] = field(default_factory=list)
    table: str = ""  # the notes' comparison table (markdown), when one applies
    table_source: str = ""
    notice: str = ""  # e.g. "The notes don't cover EventBridge."
    nearest: list[str] = field(default_factory=list)  # covered topics to suggest on a refusal
    passages: list[Passage] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        seen: dict[str, None] = {}
        for part in self.parts:
            seen.setdefault(part.source, None)
        if self.table_source:
            seen.setdefault(self.table_source, None)
        return list(seen)


@dataclass(frozen=True)
class Unit:
    """A sentence, short list item or table row of a passage, with where it came from."""

    text: str
    chunk: Chunk
    rank: int
    terms: frozenset[str]
    entities: frozenset[str]


def split_units(chunk: Chunk) -> list[str]:
    """A passage as quotable units: short list items whole, longer text by sentence; no table rows."""
    out = []
    for line in chunk.text.split("\n"):
        if not line.strip() or _TABLE_LINE.match(line):
            continue
        body = _LIST_MARK.sub("", line).strip()
        plain = strip_markup(body)
        if plain.endswith(":") and len(plain) < 80 or len(plain) < 12:
            continue  # a label such as "**Comparisons**:" says nothing on its own
        if _LIST_MARK.match(line) and len(body) <= UNIT_MAX:
            out.append(body)
        else:
            out.extend(s.strip() for s in _SENTENCE.split(body) if len(strip_markup(s)) >= 12)
    return out


def extract_table(chunk: Chunk) -> list[str]:
    return [ln.strip() for ln in chunk.text.split("\n") if _TABLE_LINE.match(ln)]


class Composer:
    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary

    def compose(self, pq: ParsedQuestion, retrieval: Retrieval) -> Answer:
        passages = retrieval.passages
        if pq.unknown or not passages or self._weak(pq, retrieval):
            return self._uncovered(pq, retrieval)
        units = self._units(passages)
        if pq.intent == "comparison" and len(pq.entities) >= 2:
            return self._comparison(pq, passages, units)
        return self._lookup(pq, passages, units)

    # -- pieces --------------------------------------------------------------------------------
    def _weak(self, pq: ParsedQuestion, r: Retrieval) -> bool:
        if pq.entities:
            return False
        return r.best_dense < MIN_DENSE_NO_ENTITY and r.best_bm25 < MIN_BM25_NO_ENTITY

    def _units(self, passages: list[Passage]) -> list[Unit]:
        units, seen = [], set()
        for rank, p in enumerate(passages):
            for text in split_units(p.chunk):
                k = strip_markup(text).lower()
                if k in seen:
                    continue
                seen.add(k)
                ents = frozenset(e.key for e in self.glossary.mentions(text))
                units.append(Unit(text, p.chunk, rank, frozenset(terms(text)), ents))
        return units

    @staticmethod
    def _relevance(unit: Unit, q_terms: set[str]) -> float:
        overlap = len(unit.terms & q_terms)
        return overlap / (1 + 0.15 * len(unit.terms)) ** 0.5 + 0.6 / (1 + unit.rank)

    def _best_for(self, entity: Entity, units: list[Unit], q_terms: set[str], others: set[str], used: set[int],
                  limit: int = 2, budget: int = 360) -> list[Unit]:
        name_terms = set(terms(" ".join([entity.name, *entity.aliases])))

        def score(u: Unit) -> float:
            s = self._relevance(u, q_terms - name_terms)
            plain = strip_markup(u.text).lower()
            if any(plain.startswith(a.lower()) for a in [entity.name, *entity.aliases]) or plain.startswith(
                ("use " + entity.name.lower(), "amazon " + entity.name.lower(), "aws " + entity.name.lower())
            ):
                s += 0.8  # the notes' own definition or rule for it
            s -= 0.4 * len(u.entities & others)
            return s

        cands = [u for u in units if entity.key in u.entities and id(u) not in used]
        cands.sort(key=score, reverse=True)
        chosen, size = [], 0
        for u in cands:
            if len(chosen) >= limit or (chosen and size + len(u.text) > budget):
                break
            chosen.append(u)
            size += len(u.text)
        return chosen

    def _comparison(self, pq: ParsedQuestion, passages: list[Passage], units: list[Unit]) -> Answer:
        keys = {e.key for e in pq.entities}
        q_terms = set(pq.content_terms)
        used: set[int] = set()
        answer = Answer(pq.text, "comparison", " vs ".join(e.name for e in pq.entities),
                        [e.name for e in pq.entities], passages=passages)

        table_chunk, table = self._table_for(pq.entities, passages)
        if table:
            answer.table, answer.table_source = "\n".join(table), table_chunk.citation  # type: ignore[union-attr]

        joint = [u for u in units if len(u.entities & keys) >= 2]
        joint.sort(key=lambda u: (len(u.entities & keys), self._relevance(u, q_terms)), reverse=True)
        key_lines = []
        for u in joint[:2]:
            if sum(len(x.text) for x in key_lines) + len(u.text) > 420 and key_lines:
                break
            key_lines.append(u)
            used.add(id(u))

        per_budget = 300 if len(pq.entities) <= 2 else 220
        for e in pq.entities:
            others = keys - {e.key}
            picked = self._best_for(e, units, q_terms, others, used, limit=2, budget=per_budget)
            if not picked:
                continue
            used.update(id(u) for u in picked)
            answer.parts.append(AnswerPart(e.name, [u.text for u in picked], picked[0].chunk.citation))
        if key_lines:
            answer.parts.append(AnswerPart("Key difference" if len(keys) == 2 else "Together",
                                           [u.text for u in key_lines], key_lines[0].chunk.citation))
        return answer

    def _lookup(self, pq: ParsedQuestion, passages: list[Passage], units: list[Unit]) -> Answer:
        q_terms = set(pq.content_terms)
        keys = {e.key for e in pq.entities}
        rows = [self._row_unit(p, rank) for rank, p in enumerate(passages[:3]) for _ in [0]]
        pool = units + [u for r in rows for u in r]

        def score(u: Unit) -> float:
            return self._relevance(u, q_terms) + 0.5 * len(u.entities & keys)

        pool.sort(key=score, reverse=True)
        chosen, size = [], 0
        for u in pool:
            if len(chosen) >= 3 or (chosen and size + len(u.text) > 480):
                break
            if score(u) < 0.35 * score(pool[0]):
                break
            chosen.append(u)
            size += len(u.text)
        title = pq.entities[0].name if pq.entities else strip_markup(passages[0].chunk.heading[-1])
        answer = Answer(pq.text, "lookup", title, [e.name for e in pq.entities], passages=passages)
        by_source: dict[str, list[str]] = {}
        for u in chosen:
            by_source.setdefault(u.chunk.citation, []).append(u.text)
        for source, lines in by_source.items():
            answer.parts.append(AnswerPart("", lines, source))
        return answer

    def _row_unit(self, p: Passage, rank: int) -> list[Unit]:
        """Table rows as quotable units for lookups ('does GA give fixed IPs' lives in a row)."""
        out = []
        for line in extract_table(p.chunk)[1:]:
            if re.fullmatch(r"[\s|:-]+", line):
                continue
            ents = frozenset(e.key for e in self.glossary.mentions(line))
            out.append(Unit(line, p.chunk, rank, frozenset(terms(line)), ents))
        return out

    def _table_for(self, entities: list[Entity], passages: list[Passage]) -> tuple[Chunk | None, list[str]]:
        """The notes' table that sets at least two of the asked entities side by side."""
        keys = {e.key for e in entities}
        for p in passages:
            table = [ln for ln in extract_table(p.chunk) if not re.fullmatch(r"[\s|:-]+", ln)]
            if len(table) < 2:
                continue
            header_ents = {e.key for e in self.glossary.mentions(table[0])} & keys
            row_ents = [({e.key for e in self.glossary.mentions(row.split("|")[1] if "|" in row else row)} & keys)
                        for row in table[1:]]
            if len(header_ents) >= 2:
                return p.chunk, table
            hit_rows = [row for row, ents in zip(table[1:], row_ents, strict=True) if ents]
            if len({k for ents in row_ents for k in ents}) >= 2:
                return p.chunk, [table[0], *hit_rows]
        return None, []

    def _uncovered(self, pq: ParsedQuestion, retrieval: Retrieval) -> Answer:
        missing = pq.unknown or ([pq.text] if not pq.entities else [])
        names = ", ".join(_titled(m) for m in missing) if pq.unknown else "this"
        answer = Answer(pq.text, "uncovered", "Not in the notes", [e.name for e in pq.entities] + pq.unknown,
                        passages=retrieval.passages)
        answer.notice = f"The notes don't cover {names}."
        if pq.entities and retrieval.passages:
            units = self._units(retrieval.passages)
            for e in pq.entities:
                picked = self._best_for(e, units, set(pq.content_terms), set(), set(), limit=1, budget=300)
                if picked:
                    answer.parts.append(AnswerPart(f"What they say about {e.name}", [picked[0].text],
                                                   picked[0].chunk.citation))
        seen: dict[str, None] = {}
        for p in retrieval.passages:
            topic = p.chunk.heading[-1] if p.chunk.heading else p.chunk.source
            seen.setdefault(f"{topic} ({p.chunk.source})", None)
        answer.nearest = list(seen)[:3]
        return answer


def _titled(text: str) -> str:
    return " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in text.split())
