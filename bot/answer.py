"""Compose an Answer from retrieved passages: the notes' own sentences, side by side, with sources.

Extractive on purpose: a learner should read what their notes say, not a paraphrase, and every part
carries the file and heading it came from. The Answer is neutral data; render.py turns it into an
embed, console text or JSON.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import numpy as np

from bot.glossary import SET_OUT_KINDS, Entity, Glossary
from bot.ingest import Chunk
from bot.ingest.chunker import PATH_SEP
from bot.ingest.document import section_role, split_sentences, table_cells
from bot.ingest.entries import parse
from bot.ingest.roles import is_pointer
from bot.ingest.units import UNIT_MAX, looks_like_code
from bot.questions import ParsedQuestion
from bot.search.index_store import LoadedIndex
from bot.search.retrieve import Passage, Retrieval
from bot.text import (
    STOPWORDS,
    is_dictionary_word,
    key,
    literal_pattern,
    phrase_terms,
    plural,
    singular,
    strip_markup,
    term_set,
    terms,
    uses_phrase,
    words,
)

AnswerKind = Literal["comparison", "lookup", "uncovered"]

_BOLD_ONLY = re.compile(r"\*\*[^*]+\*\*:?")
_DEFINES = re.compile(r"\b(?:is|are|refers?\s+to|means|describes?)\b|^\W*\*\*[^*]+\*\*\s*[:|]|^\|")


# Last-resort refusal for questions that name no entity of the notes and no unknown name either: they
# are answered only if some passage is this close in meaning or shares this much BM25 weight. Set below
# every covered question of the dev set and our alozano set; the entity checks in questions.py decide
# nearly every refusal before these are read.
MIN_DENSE_NO_ENTITY = 0.42
MIN_BM25_NO_ENTITY = 3.0
# How much a quoted line's closeness to the compared thing's own name counts, next to its closeness
# to the whole question (weight 2.0): the part on X should read as what the notes say of X.
SIDE_WEIGHT = 1.0
LEANS_ON_PENALTY = 0.4  # a line opening with "Then," or "They" where "they" is not the section's subject
COHERENCE = 0.35  # bonus for lines from the passage a part's best line comes from
PARALLEL = 0.4  # bonus for a side's lines from the passage that sets out every compared thing
KEY_BUDGET = 560  # characters of "Key difference" lines
# for a line labelled by the thing a part is on ("**Osmosis** - …" and the sub-items under it), against
# one labelled by another thing that names it ("**Plasmolysis** - loss of water through osmosis")
LABELLED = 0.5
KEY_LINES = 4
LOOKUP_BUDGET = 600  # characters a lookup quotes, at most three lines


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
    similarity: float  # cosine to the question
    vector: np.ndarray | None = field(default=None, compare=False, repr=False)
    defines: str = ""  # the glossary term whose definition this line is ("- inflation" over it)
    # the thing a labelled line is of ("**Osmosis** - diffusion of water …"), whatever else it names
    label: str = ""


def extract_table(chunk: Chunk) -> list[str]:
    """The chunk's table lines, header first, without the |---| row."""
    return [line.raw.strip() for line in chunk.lines if line.is_table]


class Composer:
    def __init__(self, glossary: Glossary, index: LoadedIndex) -> None:
        self.glossary = glossary
        self.index = index
        # named things (services, products), as opposed to bold concepts like "queuing"
        self._tag_cache: dict[int, tuple[list[frozenset[str]], list[frozenset[str]], list[str]]] = {}
        # each chunk's glossary definitions and other labelled lines (``_labelled_lines``)
        self._labelled_cache: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str, str]]]] = {}
        self._opening_things: dict[str, list[str]] = {}
        # the corpus's own qualifiers ("Acme Queue" is Queue): learned by the glossary, never listed
        alternation = "|".join(re.escape(p) for p in sorted(glossary.prefixes))
        self._prefix_pattern = rf"(?:(?:{alternation})\s+)?" if alternation else ""
        self._prefix_re = re.compile(rf"^(?:{alternation})\s+" if alternation else r"^(?!)")
        self._things = {
            e.key for e in glossary.entities.values() if e.kinds & {"compared", "table", "mapping", "acronym"}
        }

    def compose(self, pq: ParsedQuestion, retrieval: Retrieval) -> Answer:
        answer = self._compose(pq, retrieval)
        answer.passages = answer.passages[: retrieval.shown]  # the top k; the answer may quote a few more
        return answer

    def _compose(self, pq: ParsedQuestion, retrieval: Retrieval) -> Answer:
        passages = retrieval.passages
        if pq.unknown or not passages or self._weak(pq, retrieval):
            return self._uncovered(pq, retrieval)
        units = self._units(passages, retrieval.query_vector, pq.entities, retrieval.phrases)
        if pq.intent == "comparison" and len(pq.entities) >= 2:
            answer = self._comparison(pq, passages, units, retrieval.entity_vectors)
            if answer.parts or answer.table or not units:
                return answer
            # no line of the passages names a side alone or both ("The Strategy and Template / Method
            # Patterns both …" wrapped over short lines): the passages' best lines, not an empty answer
        return self._lookup(pq, passages, units)

    # -- pieces --------------------------------------------------------------------------------
    def _weak(self, pq: ParsedQuestion, r: Retrieval) -> bool:
        if pq.entities:
            return False
        return r.best_dense < MIN_DENSE_NO_ENTITY and r.best_bm25 < MIN_BM25_NO_ENTITY

    def _units(
        self,
        passages: list[Passage],
        qvec,
        asked: list[Entity] = (),  # type: ignore[assignment]
        phrases: dict[str, tuple] | None = None,
    ) -> list[Unit]:
        """Every quotable unit of the passages, once, tagged with the things it is about.

        A thing the notes discuss without naming it as a term (an asked entity) tags the units that
        use all its words, and every unit of a passage whose heading names it.
        """
        phrases = phrases or {}
        asked_terms = [
            (e.key, phrases.get(e.key) or phrase_terms(e.name, strict="asked" not in e.kinds))
            for e in asked
            if "literal" not in e.kinds
        ]
        literal = [(e.key, literal_pattern(e.name)) for e in asked if "literal" in e.kinds]
        names_of = {e.key: e.name for e in asked}
        units, seen = [], set()
        # a course's own pages ("Learning Objectives": "Explain hashing and its purpose", "Compare symmetric
        # and asymmetric encryption") say what a learner will do, not what a thing is: quoted only when the
        # notes have nothing else to say
        teaching = [p for p in passages if section_role(p.chunk.heading) != "advice"]
        for rank, p in enumerate(passages):
            if teaching and p not in teaching:
                continue
            texts, vecs = self.index.units_of(p.row)
            sims = vecs @ qvec if len(texts) else []
            heading_terms = term_set(p.chunk.heading[-1]) if p.chunk.heading else frozenset()
            headed = frozenset(k for k, t in asked_terms if uses_phrase(heading_terms, t)) | frozenset(
                k for k, pattern in literal if p.chunk.heading and pattern.search(p.chunk.heading[-1])
            )
            # (a heading naming two asked things, "Standard vs Extended ACLs", is about both, and each
            # line says which: every line under it is neither side's for the heading's sake)
            under = frozenset(k for k in headed if not self._heads_passages(k) and len(headed) == 1)
            # a section titled by the thing itself ("Deflation") is about it even where a line names
            # another ("negative inflation rate"); one whose title only uses its words is not
            titled = frozenset(k for k, t in asked_terms if k in under and heading_terms == {t[0], *t[1]})
            # (under "Public Nuisance", "a private citizen … a public nuisance action" names no private
            # nuisance: in a section titled by one asked thing, another is named only as written)
            titled_by = frozenset(k for k, t in asked_terms if heading_terms == {t[0], *t[1]})
            labelled = _under_asked_labels(p.chunk, asked_terms, self._names_a_term) if asked_terms else []
            tags = self._tags(p)
            for i, (text, sim, ents, unit_terms, defines, label) in enumerate(
                zip(texts, sims, *tags, strict=True)
            ):
                k = strip_markup(text).lower()
                if k in seen or self.glossary.lookup(k) is not None:
                    continue  # once each; and "- liquidity trap" over its definition is only a name
                seen.add(k)
                subject = _row_subject(text)
                said = term_set(subject) if subject else unit_terms
                named = frozenset(
                    key
                    for key, t in asked_terms
                    if uses_phrase(said, t)
                    and not _a_sibling_of(subject or text, names_of[key])
                    and not (titled_by - {key} and not _written(names_of[key], subject or text))
                ) | frozenset(key for key, pattern in literal if pattern.search(subject or text))
                against = _set_against(text, asked_terms)
                if named and named <= against:
                    named, ents = frozenset(), ents - against
                if labelled:
                    # "- Inflectional:" over "- Plays only a grammatical role": the points under a label
                    # naming an asked thing are that thing's, whatever else they name ("Typically occur
                    # before inflectional morphology" under "- Derivational:")
                    opening = strip_markup(text)[:40]
                    under_label = next((keys for body, keys in labelled if opening and opening in body), None)
                    if under_label is not None and (under_label or not _opens_with_any(text, asked)):
                        # (under another term's label, "Use if LACP is not supported" under "**Static
                        # Etherchannel**:", a line naming an asked thing in passing is the label's)
                        named, ents = under_label, ents - (frozenset(k for k, _ in asked_terms) - under_label)
                if not defines:  # a glossary's definition line is its term's, whatever it names
                    ents = ents | named | (under if not named else titled)
                units.append(Unit(text, p.chunk, rank, unit_terms, ents, float(sim), vecs[i], defines, label))
        return units

    def _names_a_term(self, body: str) -> bool:
        """Whether a label ("**Static Etherchannel**:") names a term of the notes, not an aspect."""
        label = _ASIDE.sub(" ", strip_markup(body)).strip().rstrip(":").strip()
        last = label.split()[-1].lower() if label else ""
        if singular(last) != last:
            return False  # "Restart Policies:" over 'Always', 'On-failure', 'Never': a kind of its members
        e = self.glossary.lookup(label) if label else None
        return e is not None and "generic" not in e.kinds

    def _heads_passages(self, k: str) -> bool:
        """Whether ``_tags`` already reads a heading naming the entity as the subject of its passage
        (a thing or a name); for any other asked thing ("Deflation" as a file's heading) ``_units``
        does."""
        e = self.glossary.entities.get(k)
        return e is not None and (k in self._things or "name" in e.kinds)

    def _tags(
        self, p: Passage
    ) -> tuple[list[frozenset[str]], list[frozenset[str]], list[str], list[str]]:
        """Entities and terms of each unit of a passage, the glossary term each unit defines and the
        thing each labels; they depend on the notes only, so cached."""
        cached = self._tag_cache.get(p.row)
        if cached is not None:
            return cached
        texts, _ = self.index.units_of(p.row)
        ents_out: list[frozenset[str]] = []
        previous: frozenset[str] = frozenset()
        labels = self._labels(p.chunk)
        # a chunk under "When to use Instance Store" is about Instance Store throughout
        in_heading = self.glossary.mentions(p.chunk.heading[-1]) if p.chunk.heading else []
        heading_ents = frozenset(e.key for e in in_heading if e.key in self._things or "name" in e.kinds)
        # (not "The Roles of Transcription and Translation", where the bold 'Transcription' is no name:
        # a heading over two set-out terms is about both, and each line says which)
        others = [e for e in in_heading if e.key not in heading_ents and e.kinds & _SET_OUT_OR_BOLD]
        if len(heading_ents) == 1 and not others:
            labels = [(-1, heading_ents), *labels]
        lines = "\n".join(line.raw for line in p.chunk.lines)
        glossed = self._glossed(p.chunk)
        labelled = self._labelled(p.chunk)
        defined_here: list[str] = []
        labels_here: list[str] = []
        label = ""  # the labelled line the lines below it go on from
        for text in texts:
            # a sentence that names nothing continues the one before it ("Messages are stored ...")
            mentioned = self.glossary.mentions(text)
            named = frozenset(e.key for e in mentioned)
            # "… than ionotropic receptors" names what the line's own subject is set against
            if (
                named
                and _CONTRAST.search(text)
                and named <= _set_against(text, [(e.key, phrase_terms(e.name)) for e in mentioned])
            ):
                named = frozenset()
            ents = named or previous
            previous = ents
            subject = _row_subject(text)
            if subject:  # a table row is about what its label cells name, not every name in its cells
                ents = frozenset(e.key for e in self.glossary.mentions(subject)) or ents
            # and sits under its label ("**Instance Store**" then "- If you need temporary storage")
            at = lines.find(text[:40])
            ctx = [e for pos, e in labels if pos <= at]
            if ctx:
                ents = ents | ctx[-1]
            # "negative inflation rate" under "- deflation" is deflation's definition, not a line on both
            said = _said(text)
            term = next((k for opening, k in glossed if said == opening), "")
            if term:
                ents = frozenset({term})
            # "**Osmosis** - diffusion of water …" is Osmosis's line, every sentence of it, and so is a
            # sub-item under it that names nothing else ("- does not require energy")
            own = next(
                (k for start, whole, k in labelled if _opens_as(said, start) or _inside(said, whole)), ""
            )
            label = own or (label if named <= {label} else "")
            ents_out.append(ents)
            defined_here.append(term)
            labels_here.append(label)
        result = (ents_out, [frozenset(terms(t)) for t in texts], defined_here, labels_here)
        self._tag_cache[p.row] = result
        return result

    def _glossed(self, chunk: Chunk) -> list[tuple[str, str]]:
        """The first sentence of each definition of a glossary written as a term over its definition's
        sub-item ("- inflation" / "+ sustained price increase ..."), with the term it defines: the
        document model reads such runs, so the line is known as the term's definition though it never
        names the term."""
        return self._labelled_lines(chunk)[0]

    def _labelled(self, chunk: Chunk) -> list[tuple[str, str, str]]:
        """The opening and the whole of each other labelled line ("**Osmosis** - diffusion of water …",
        "**Superego** (morals) – internalized rules …") with the thing its label names: the line is about
        that thing, whatever else it names ("Personality reflects how the ego manages conflict" is the
        superego's line)."""
        return self._labelled_lines(chunk)[1]

    def _labelled_lines(self, chunk: Chunk) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
        """``_glossed`` and ``_labelled`` of a chunk, from one reading of its entries (cached)."""
        cached = self._labelled_cache.get(chunk.id)
        if cached is not None:
            return cached
        glossed: list[tuple[str, str]] = []
        labelled: list[tuple[str, str, str]] = []
        for entry in parse(chunk.lines)[0]:
            if not entry.label or not entry.body:
                continue
            if entry.glossary:
                found = self.glossary.lookup(entry.label)
                opening = _said((split_sentences(entry.body) or [""])[0])
                if found is not None and opening:
                    glossed.append((opening, found.key))
                continue
            found = self.glossary.lookup(entry.label) or self.glossary.lookup(_ASIDE.sub(" ", entry.label))
            opening = _said((split_sentences(strip_markup(entry.text)) or [""])[0])
            if found is not None and opening:
                labelled.append((opening, _said(strip_markup(entry.text)), found.key))
        self._labelled_cache[chunk.id] = (glossed, labelled)
        return glossed, labelled

    def _things_in(self, text: str) -> list[str]:
        """Named things a line opens with (cached: the same lines are read for many questions)."""
        found = self._opening_things.get(text)
        if found is None:
            if len(self._opening_things) > 65536:
                self._opening_things.clear()
            found = self._opening_things[text] = [
                e.key for e in self.glossary.mentions(text) if e.key in self._things
            ]
        return found

    @staticmethod
    def _splits_by_side(u: Unit, units: list[Unit], keys: set[str]) -> bool:
        """A paragraph whose sentences each speak of one side ("Loop diuretics act on ... Thiazide
        diuretics act on ..."): its sentences belong in the sides' parts, not in "Key difference"."""
        one_side = [v.entities & keys for v in units if v is not u and v.text in u.text]
        single = [x for x in one_side if len(x) == 1]
        return len(single) >= 2 and len(set().union(*single)) >= 2

    @staticmethod
    def _headed_by(chunk: Chunk, entity: Entity) -> bool:
        """The chunk's own heading names the thing: there "It ..." and "They ..." mean it."""
        if not chunk.heading:
            return False
        heading = term_set(chunk.heading[-1])
        return any(uses_phrase(heading, phrase_terms(n, True)) for n in (entity.name, *entity.aliases))

    def _about(self, unit: Unit, entities: list[Entity]) -> bool:
        """The unit has one of the entities as its subject: it starts with it ("| Acme Global Accelerator |
        ... static IPs", "SQS is ...") and names no other thing before it gets going."""
        plain = self._prefix_re.sub("", _ARTICLE.sub("", _opening(unit.text).lower()))
        head = self._things_in(plain[:40])
        opening = words(plain[:80])

        def opens_with(alias: str) -> bool:
            # "A list is a compound data type" opens with 'Lists' in the other number ("Listing 3
            # shows" and "Before mitosis, ..." do not); "The Cold War was ..." with 'The Cold War'
            if re.match(re.escape(alias.lower()) + r"(?!\w)", plain):
                return True
            acronym = re.fullmatch(r"[A-Z]{2,}", alias)
            plural = acronym and re.match(re.escape(alias.lower()) + r"s(?!\w)", plain)
            if plural and plural.group(0) not in STOPWORDS:
                return True  # "VMs share ..." of 'VM' ("Its ..." is no plural of 'IT')
            own = words(_ARTICLE.sub("", alias.lower()))
            return bool(own) and len(opening) >= len(own) and all(map(_same_word, own, opening))

        named = any(opens_with(alias) for e in entities for alias in [e.name, *e.aliases])
        return named and len(set(head)) <= 1

    def _labels(self, chunk: Chunk) -> list[tuple[int, frozenset[str]]]:
        """Positions of label lines ("**EBS**", "Instance Store:") and the entities they name."""
        out, pos = [], 0
        glossed = self._glossed(chunk)
        definitions = [opening for opening, _ in glossed]
        terms_here = {k for _, k in glossed}
        term_indent: int | None = None  # the indent of the glossary term whose lines follow
        for line in chunk.lines:
            body = line.body
            plain = strip_markup(body)
            if term_indent is not None and line.kind != "blank" and line.indent <= term_indent:
                # "- types of cloud:" beside "- isohyet": the glossary term's sub-items are over
                out.append((pos, frozenset()))
                term_indent = None
            # "negative inflation rate" under "- deflation" is short, but a definition, not a label
            defining = any(_said(plain).startswith(opening) for opening in definitions)
            label = not defining and (
                _heads_what_follows(body)
                or (
                    0 < len(plain.split()) <= 6
                    and not plain.endswith((".", "!", "?"))
                    and not body.startswith("|")
                )
            )
            if label:
                # a glossary's "- inflation" over its definition labels its sub-items as "**EBS**" does
                ents = frozenset(
                    e.key
                    for e in self.glossary.mentions(plain)
                    if e.key in self._things or e.kinds & {"name", "glossary"}
                )
                if len(ents) == 1:  # "**EBS**" labels what follows; "**A vs. B vs. C**:" labels a group
                    out.append((pos, ents))
                    if ents <= terms_here:
                        term_indent = line.indent
                elif ents:
                    out.append((pos, frozenset()))  # a group label ends the previous one's scope
            pos += len(line.raw) + 1
        return out

    @staticmethod
    def _relevance(unit: Unit, q_terms: set[str]) -> float:
        overlap = len(unit.terms & q_terms)
        lexical = overlap / (1 + 0.15 * len(unit.terms)) ** 0.5
        return 2.0 * unit.similarity + 0.5 * lexical + 0.3 / (1 + unit.rank)

    def _best_for(
        self,
        entity: Entity,
        units: list[Unit],
        q_terms: set[str],
        others: set[str],
        used: set[int],
        limit: int = 2,
        budget: int = 360,
        skip_rows: frozenset[str] = frozenset(),
        also: set[str] = frozenset(),  # type: ignore[assignment]
        side_vec: np.ndarray | None = None,
        parallel: set[str] | frozenset[str] = frozenset(),
    ) -> list[Unit]:
        names = [entity.name, *entity.aliases]
        name_terms = set(terms(" ".join(names)))
        lowered = tuple(n.lower() for n in names)
        defines = re.compile(
            r"^(?:use\s+|the\s+|an?\s+)?"
            + self._prefix_pattern
            + "(?:"
            + "|".join(re.escape(n) for n in lowered)
            + r")\b",
            re.IGNORECASE,
        )

        def score(u: Unit) -> float:
            s = self._relevance(u, q_terms - name_terms)
            if side_vec is not None and u.vector is not None:
                s += SIDE_WEIGHT * float(u.vector @ side_vec)  # about this side, not only the question
            if u.defines == entity.key or any(defines.match(o) for o in _openings(u.text)):
                s += 0.8  # the notes' own definition of it, or their rule for using it
            if u.label != entity.key:  # ("**Osmosis** - diffusion of water …" names diffusion, as its own)
                s -= 0.4 * len(u.entities & others)
            s -= _leaning(u, own_sections)  # "Then, draw the mirror image": needs the line before it
            if u.chunk.id in parallel:
                s += PARALLEL
            s -= 0.3 * len((u.entities - others - {entity.key}) & self._things)  # about something else
            if u.label == entity.key:
                s += LABELLED  # its own labelled line, and the sub-items under it ("- does not require …")
            elif u.label and u.label not in also:
                s -= LABELLED  # "**Plasmolysis** - loss of water through osmosis": plasmolysis's line
            return s

        quoted = [u.text for u in units if id(u) in used]
        # sections headed by this thing: there "They are ..." means it
        own_sections = {u.chunk.id for u in units if self._headed_by(u.chunk, entity)}
        cands = [
            u
            for u in units
            if (entity.key in u.entities or u.entities & also)
            and id(u) not in used
            and not any(u.text in q for q in quoted)
            and not is_pointer(strip_markup(u.text))  # "For more, review the list chapter" says nothing
            and not _names_only(u, [entity])  # "- liquidity trap" over its definition: only the name
            and u.text.strip() not in skip_rows
            and u.label not in others  # the other side's own line ("**Diffusion** - …, unlike osmosis")
        ]
        if any(u.label == entity.key for u in cands):
            # it has lines of its own ("**Ego** (reality) – …"): a line labelled by another thing that
            # names it ("**Superego** – … how the ego manages conflict") is that thing's, not a line on it
            cands = [u for u in cands if not u.label or u.label == entity.key or u.label in also]
        alone = [u for u in cands if not u.entities & others or u.label == entity.key]
        cands = alone or cands  # a part about X quotes what is said of X alone when the notes have it
        scored = {id(u): score(u) for u in cands}  # once each: a score reads several tags
        cands.sort(key=lambda u: scored[id(u)], reverse=True)
        if cands:
            # a short run of lines from one place reads better than fragments from five
            home = cands[0].chunk.id
            bonus = {id(u): COHERENCE for u in cands if u.chunk.id == home}
            cands.sort(key=lambda u: scored[id(u)] + bonus.get(id(u), 0.0), reverse=True)
        # what it is first (the notes' definition), then what bears on the question
        definitions = [
            u
            for u in cands
            if u.defines == entity.key
            or (any(defines.match(o) for o in _openings(u.text)) and _DEFINES.search(u.text))
        ]
        strict = [u for u in definitions if re.search(r"\b(?:is|are) (?:an?|the)\b", u.text)]  # "X is a ..."
        definition = max(strict or definitions, key=lambda u: scored[id(u)], default=None)
        if definition is not None:
            cands.remove(definition)
            cands.insert(0, definition)
        return _take(cands, limit, budget)

    def _comparison(
        self, pq: ParsedQuestion, passages: list[Passage], units: list[Unit], vectors: dict[str, np.ndarray]
    ) -> Answer:
        keys = {e.key for e in pq.entities}
        q_terms = set(pq.content_terms)
        used: set[int] = set()
        answer = Answer(
            pq.text,
            "comparison",
            " vs ".join(e.name for e in pq.entities),
            [e.name for e in pq.entities],
            passages=passages,
        )

        table_chunk, table = self._table_for(pq.entities, passages)
        if table:
            answer.table, answer.table_source = (
                "\n".join(re.sub(r"[ \t]{2,}", " ", row) for row in table),
                table_chunk.short_citation,
            )  # type: ignore[union-attr]

        # (a line labelled by one side, "**Osmosis** - diffusion of water …", is that side's)
        joint = [
            u
            for u in units
            if len(u.entities & keys) >= 2
            and u.label not in keys
            and not self._splits_by_side(u, units, keys)
        ]

        def joint_score(u: Unit) -> tuple:
            sides = [float(u.vector @ vectors[k]) for k in keys if k in vectors and u.vector is not None]
            closeness = sum(sides) / len(sides) if sides else 0.0
            return (
                len(u.entities & keys),
                _is_versus(u.text),
                self._relevance(u, q_terms) + closeness - _leaning(u),
            )

        joint.sort(key=joint_score, reverse=True)
        if joint:  # the notes' own list of differences (the passage with most of them), read as a run
            best: dict[str, float] = {}
            counts: dict[str, int] = {}
            for u in joint:
                rel = joint_score(u)[2]
                best[u.chunk.id] = max(best.get(u.chunk.id, rel), rel)
                counts[u.chunk.id] = counts.get(u.chunk.id, 0) + 1
            home = max(best, key=lambda cid: best[cid] + 0.1 * (counts[cid] - 1))
            joint.sort(
                key=lambda u: (joint_score(u)[:2], u.chunk.id == home, joint_score(u)[2]), reverse=True
            )
        key_lines: list[Unit] = []
        for u in joint:
            if len(key_lines) >= KEY_LINES:
                break
            if any(_size(u) and u.text in x.text or x.text in u.text for x in key_lines):
                continue
            if key_lines and sum(_size(x) for x in key_lines) + _size(u) > KEY_BUDGET:
                continue
            key_lines.append(u)
            used.add(id(u))

        per_budget, per_limit = (460, 4) if len(pq.entities) <= 2 else (300, 3)
        table_names = {e.key for e in self.glossary.mentions(answer.table)} if table else set()
        if keys <= table_names:
            # the notes' own table sets every asked thing side by side: it is the answer, and each
            # part only says briefly what the thing is
            per_budget, per_limit = 260, 1
        # where the notes set the compared things out side by side (a cheatsheet's rows, a section with a
        # line on each): each side is quoted from there first, so the parts read in parallel
        sides_in: dict[str, set[str]] = {}
        for u in units:
            alone = (u.entities & keys) and len(u.entities & keys) == 1
            if alone:
                sides_in.setdefault(u.chunk.id, set()).update(u.entities & keys)
        best_cover = max((len(v) for v in sides_in.values()), default=0)
        parallel = {cid for cid, v in sides_in.items() if len(v) == best_cover and best_cover >= 2}
        quoted_sides: list[Unit] = []
        for e in pq.entities:
            others = keys - {e.key}
            picked = self._best_for(
                e,
                units,
                q_terms,
                others,
                used,
                limit=per_limit,
                budget=per_budget,
                skip_rows=frozenset(row.strip() for row in table),
                also=pq.keys_for(e) - {e.key},
                side_vec=vectors.get(e.key),
                parallel=parallel,
            )
            if not picked:
                continue
            used.update(id(u) for u in picked)
            quoted_sides.extend(picked)
            answer.parts.append(AnswerPart(e.name, _quote(picked), _cite(picked)))
        # a line a side quotes whole already ("The ego operates on …" inside the ego's definition) is not
        # said again as a difference
        key_lines = [u for u in key_lines if not any(u.text in v.text for v in quoted_sides)]
        if key_lines:
            if all("~" in u.text for u in key_lines):
                heading = "Counterparts"  # "**Kafka** (event streaming) ~ **Kinesis** in the cloud"
            else:
                heading = "Key difference" if len(keys) == 2 else "Together"
            answer.parts.append(AnswerPart(heading, _quote(key_lines), _cite(key_lines)))
        return answer

    def _lookup(self, pq: ParsedQuestion, passages: list[Passage], units: list[Unit]) -> Answer:
        q_terms = set(pq.content_terms)
        keys = {e.key for e in pq.entities}
        # about what was asked: with an entity named, sentences that name it or come from a passage
        # that does (a section on DynamoDB says "Each item can be at most 400KB" without naming it)
        about = {p.chunk.id for p in passages if p.entities}
        units = [u for u in units if not is_pointer(strip_markup(u.text))] or units
        units = [u for u in units if not _names_only(u, pq.entities)] or units
        pool = [u for u in units if u.entities & keys or u.chunk.id in about] or list(units)
        own = {u.chunk.id for e in pq.entities for u in units if self._headed_by(u.chunk, e)}
        if any("glossary" in e.kinds for e in pq.entities) and any(u.entities & keys for u in pool):
            # an entry of a list of terms or people has its own lines; a line about another thing there
            # ("believe that humans would reveal …" under 'Robert Owen', after Malthus's line) is that
            # thing's, not more on the asked one
            pool = [u for u in pool if u.entities & keys or not u.entities or u.chunk.id in own]

        # "what is X" wants the notes' definition; "how long does X last" wants the line on how long
        wants_definition = bool(pq.entities) and _asks_what_it_is(pq.text, pq.entities)

        def score(u: Unit) -> float:
            about = self._about(u, pq.entities)
            return (
                self._relevance(u, q_terms)
                + 0.5 * len(u.entities & keys)
                + 0.3 * about
                + 0.3 * (wants_definition and about and bool(_DEFINES.search(u.text)))
                + 0.8 * (u.defines in keys)  # the line a glossary gives as the term's definition
                - _leaning(u, own)
            )

        scores = {id(u): score(u) for u in pool}  # scored once: _about reads the glossary
        pool.sort(key=lambda u: scores[id(u)], reverse=True)
        floor = 0.6 * scores[id(pool[0])] if pool else 0.0
        best = [u for u in pool if scores[id(u)] >= floor]
        chosen = _listed(pq.text, pool) or _take(best, 3, LOOKUP_BUDGET)
        title = pq.entities[0].name if pq.entities else strip_markup(passages[0].chunk.heading[-1])
        answer = Answer(pq.text, "lookup", title, [e.name for e in pq.entities], passages=passages)
        by_source: dict[str, list[Unit]] = {}
        for u in chosen:
            by_source.setdefault(u.chunk.short_citation, []).append(u)
        for source, group in by_source.items():
            answer.parts.append(AnswerPart("", _quote(group), source))
        return answer

    def _table_for(self, entities: list[Entity], passages: list[Passage]) -> tuple[Chunk | None, list[str]]:
        """The notes' table that sets at least two of the asked entities side by side."""
        keys = {e.key for e in entities}
        for p in passages:
            table = extract_table(p.chunk)
            if len(table) < 2:
                continue
            header_ents = {e.key for e in self.glossary.mentions(table[0])} & keys
            row_ents = [
                ({e.key for e in self.glossary.mentions(row.split("|")[1] if "|" in row else row)} & keys)
                for row in table[1:]
            ]
            if len(header_ents) >= 2:
                return p.chunk, table
            hit_rows = [row for row, ents in zip(table[1:], row_ents, strict=True) if ents]
            if len({k for ents in row_ents for k in ents}) >= 2:
                return p.chunk, [table[0], *hit_rows]
        return None, []

    def _uncovered(self, pq: ParsedQuestion, retrieval: Retrieval) -> Answer:
        missing = pq.unknown or ([pq.text] if not pq.entities else [])
        names = ", ".join(_titled(m) for m in missing) if pq.unknown else "this"
        answer = Answer(
            pq.text,
            "uncovered",
            "Not in the notes",
            [e.name for e in pq.entities] + pq.unknown,
            passages=retrieval.passages[: retrieval.shown],
        )
        answer.notice = f"The notes don't cover {names}."
        if pq.entities and retrieval.passages:
            units = self._units(retrieval.passages, retrieval.query_vector, pq.entities, retrieval.phrases)
            for e in pq.entities:
                picked = self._best_for(e, units, set(pq.content_terms), set(), set(), limit=1, budget=300)
                if picked:
                    answer.parts.append(
                        AnswerPart(f"What they say about {e.name}", _quote(picked[:1]), _cite(picked[:1]))
                    )
        seen: dict[str, None] = {}
        for p in retrieval.passages:
            topic = p.chunk.heading[-1] if p.chunk.heading else p.chunk.source
            seen.setdefault(f"{topic} ({p.chunk.source})", None)
        answer.nearest = list(seen)[:3]
        return answer


_SET_OUT_OR_BOLD = SET_OUT_KINDS | {"bold", "glossary"}
# what a line sets its subject against: "… than ionotropic receptors", "… compared to mitosis" ("Unlike
# venv, we do not need to activate …" opens on the thing set against, and says how the two differ)
_CONTRAST = re.compile(
    r"\b(?:than|compared\s+(?:to|with)|as\s+opposed\s+to|in\s+contrast\s+(?:to|with))\b", re.IGNORECASE
)


def _under_asked_labels(
    chunk: Chunk, asked: list[tuple[str, tuple]], names_a_term: Callable[[str], bool] = lambda _: False
) -> list[tuple[str, frozenset[str]]]:
    """Each line of ``chunk`` that sits under a label naming asked things ("- Inflectional:" over its
    points), as its plain text with those things' keys; and, with no keys, each line whose nearest
    such label names another term of the notes ("**Static Etherchannel**:" over its points)."""
    lines = chunk.lines
    out: list[tuple[str, frozenset[str]]] = []
    for ln in lines:
        keys: set[str] = set()
        other = False
        at = ln.parent
        while at is not None and not keys and not other:
            if _heads_what_follows(lines[at].body):
                said = term_set(strip_markup(lines[at].body))
                keys = {k for k, t in asked if uses_phrase(said, t)}
                other = not keys and names_a_term(lines[at].body)
            at = lines[at].parent
        if keys or other:
            out.append((strip_markup(ln.body), frozenset(keys)))
    return out


def _opens_with_any(text: str, asked: list[Entity]) -> bool:
    """Whether a line opens with the name of an asked thing: its subject, whatever its label."""
    opening = key(" ".join(strip_markup(text).lstrip(" -*+0123456789.)").split()[:6]))
    return any(opening.startswith(key(n)) for e in asked for n in [e.name, *e.aliases] if key(n))


def _heads_what_follows(body: str) -> bool:
    """A line that labels the lines after it: bold alone ("**Instance Store**") or a short lead-in
    ending in a colon ("- Inflectional:")."""
    plain = strip_markup(body).strip()
    return bool(_BOLD_ONLY.fullmatch(body.strip())) or (plain.endswith(":") and len(plain) < 80)


# "what are the 4 conditions for deadlock", "list the stages of mitosis", "name the three types of …"
_ASKS_A_LIST = re.compile(
    r"^\W*(?:what\s+(?:are|were)|which\s+are|list|name|give)\s+(?:all\s+)?(?:the\s+)?"
    # ("what are grices 4 maxims": whose they are, before the count)
    r"(?:[a-z'’]+\s+(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s))?"
    r"(?:(?P<count>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:main\s+|key\s+|different\s+|major\s+)?(?P<noun>[a-z]+s)\b",
    re.IGNORECASE,
)
_COUNTS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
LIST_LIMIT = 8  # lines a list question quotes, at most


def _listed(question: str, pool: list[Unit]) -> list[Unit]:
    """For a question asking for several things ("what are the 4 conditions for deadlock"), the lines
    of the one passage that names the most of them ("**Hold and wait** condition - …", one a line),
    in the notes' order: three best-scoring lines quote one or two of a list of four. [] when the
    question asks for one thing, or no passage has two such lines."""
    m = _ASKS_A_LIST.search(question)
    if m is None or m.group("noun").lower() in STOPWORDS:
        return []
    noun = terms(m.group("noun"))
    if not noun:
        return []
    by_chunk: dict[str, list[Unit]] = {}
    for u in pool:
        if noun[0] in u.terms:
            by_chunk.setdefault(u.chunk.id, []).append(u)
    best = max(by_chunk.values(), key=len, default=[])
    count = m.group("count")
    want = int(count) if count and count.isdigit() else _COUNTS.get((count or "").lower(), 0)
    if len(best) < max(2, want):
        # "what are grices 4 maxims" over "### Grice's Maxims" and its numbered items, none of which
        # says "maxim": a section titled by the kind lists its members as its top items
        # (the passage whose items are as many as asked, else the section's first)
        found = [(c.start, _members(c, pool)) for c in _titled_by(noun[0], pool)]
        lists = sorted((f for f in found if len(f[1]) >= max(2, want)), key=lambda f: f[0])
        best = next((ms for _, ms in lists if len(ms) == want), lists[0][1] if lists else [])
    if len(best) < max(2, want):
        return []
    text = best[0].chunk.text
    best.sort(key=lambda u: text.find(u.text[:40]))
    return best[:LIST_LIMIT]


def _titled_by(noun: str, pool: list[Unit]) -> list[Chunk]:
    """The passages of the pool whose own heading names the asked kind (its stem)."""
    chunks = {u.chunk.id: u.chunk for u in pool if u.chunk.heading and noun in term_set(u.chunk.heading[-1])}
    return list(chunks.values())


def _members(chunk: Chunk, pool: list[Unit]) -> list[Unit]:
    """The units of a passage that are its top-level list items, in the notes' order."""
    tops = [strip_markup(ln.body)[:40] for ln in chunk.lines if ln.kind == "item" and ln.parent is None]
    mine = [u for u in pool if u.chunk.id == chunk.id]
    found = [u for u in mine if any(t and strip_markup(u.text).startswith(t) for t in tops)]
    found.sort(key=lambda u: chunk.text.find(u.text[:40]))
    return found


def _written(name: str, text: str) -> bool:
    """Whether the text writes the name's words together, in its order ('private nuisance(s)')."""
    ws = [re.escape(w) for w in words(name)]
    pattern = r"(?<!\w)" + r"\W+".join(ws) + r"(?:e?s)?(?!\w)"
    return bool(ws) and re.search(pattern, strip_markup(text), re.IGNORECASE) is not None


def _a_sibling_of(text: str, name: str) -> bool:
    """Whether the text is about another of the name's kind, named in its words: "First degree price
    discrimination happens when …" for 'Third degree price discrimination', "The hostPath volume
    mounts …" for 'emptyDir volume'. Half a name's words name it, but not when the line opens with
    another word in its first word's place ("… in double and triple bonds" is still on pi bonds)."""
    ws = name.split()
    if len(ws) < 2:
        return False
    plain = strip_markup(text)
    rest = r"\s+".join(re.escape(w) for w in ws[1:])
    if re.search(rf"(?<![\w-]){re.escape(ws[0])}\s+{rest}(?![\w-])", plain, re.IGNORECASE):
        return False
    m = re.match(rf"\W*(?:(?:the|an?)\s+)?([\w-]+)\s+{rest}(?![\w-])", plain, re.IGNORECASE)
    return m is not None and m.group(1).lower() not in STOPWORDS


def _set_against(text: str, things: list[tuple[str, tuple]]) -> frozenset[str]:
    """The things a line names only to set its own subject against them: "Slower but longer-lasting
    changes than ionotropic receptors" under "Metabotropic receptor functions" is not about ionotropic
    receptors (quoted as theirs, it said the opposite of the notes). What follows "than", "compared to"
    and the like up to the clause's end, and is named nowhere before it."""
    parts = _CONTRAST.split(text, maxsplit=1)
    if len(parts) < 2:
        return frozenset()
    before, after = term_set(parts[0]), term_set(re.split(r"[,.;:]", parts[1])[0])
    return frozenset(k for k, t in things if uses_phrase(after, t) and not uses_phrase(before, t))


def _row_labels(text: str) -> list[str]:
    """A table row's label cells: the first two non-empty cells before a long one.

    "| Types | **Enantiomers** | Non-superimposable ..." is about Enantiomers, not about every name in
    its description."""
    if not text.startswith("|"):
        return []
    labels: list[str] = []
    for cell in table_cells(text):
        plain = strip_markup(cell)
        if not plain:
            continue
        if len(plain.split()) > 6 or len(labels) == 2:
            break
        labels.append(plain)
    return labels


def _row_subject(text: str) -> str:
    return " ".join(_row_labels(text))


_WHAT_IS = re.compile(
    r"^\W*(?:what(?:'?s|\s+is|\s+are)|whats|define|definition\s+of|meaning\s+of|explain)\b", re.I
)


def _opens_as(said: str, opening: str) -> bool:
    """Whether a line (as ``_said`` reads it) is the one a labelled line opens with, or holds it and goes
    on ("**ego**: the largely … reality. The ego operates on …" is one unit): a long opening begins no
    other line by chance."""
    return said == opening or (len(opening) >= _LONG_OPENING and said.startswith(opening))


def _inside(said: str, whole: str) -> bool:
    """Whether a sentence (as ``_said`` reads it) is one of a labelled line's, after its first: "Personality
    reflects how the ego manages conflict" of "**Superego** (morals) – internalized rules and values. …"."""
    return len(said) >= _LONG_OPENING and said in whole


def _said(text: str) -> str:
    """A line's words as compared with another's: no markup, case or closing stop."""
    return re.sub(r"\s+", " ", strip_markup(text)).lower().strip().rstrip(".;:")


_ARTICLE = re.compile(r"^(?:the|an?)\s+")
_ASIDE = re.compile(r"\s*\([^()]*\)\s*")  # "(pleasure)" of "**Id** (pleasure) – …"
_LONG_OPENING = 20  # characters of a line's opening that no other line begins with by chance


def _same_word(a: str, b: str) -> bool:
    """The same word, or its other number ('list'/'lists', 'process'/'processes', 'body'/'bodies');
    never another word of one stem ('listing', 'marketing'), nor a short word and a longer one
    ('pip'/'pipes', 'it'/'its')."""
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 3 and plural(short) == long)


def _names_only(u: Unit, entities: list[Entity]) -> bool:
    """A line that only names an asked thing ("- liquidity trap" over its definition, "Corn Laws (and the
    Repeal of the Corn Laws)" over its line): it says nothing, its aside in brackets aside."""
    said = set(terms(re.sub(r"\([^()]*\)", " ", strip_markup(u.text))))
    return bool(said) and any(said <= set(terms(" ".join([e.name, *e.aliases]))) for e in entities)


def _asks_what_it_is(question: str, entities: list[Entity]) -> bool:
    """ "what is X" / "define X" with nothing else asked: the notes' definition answers it."""
    if not _WHAT_IS.match(question):
        return False
    named = {w for e in entities for n in (e.name, *e.aliases) for w in words(n)}
    rest = [w for w in words(_WHAT_IS.sub("", question)) if w not in named and w not in STOPWORDS]
    return len(rest) <= 1 and not set(rest) & {"use", "used", "for", "when", "why", "how"}


def _leaning(u: Unit, own_sections: set[str] | frozenset[str] = frozenset()) -> float:
    """How much a line leans on what the reader has not seen: "Then, ..." always; "They are ..."
    unless it sits in the section about the thing it means; a line that only points elsewhere ("for
    more, see ..."); a code line (quotable for its comment, but prose explains better)."""
    plain = strip_markup(u.text)
    if is_pointer(plain):
        return 2 * LEANS_ON_PENALTY
    if looks_like_code(u.text):
        return LEANS_ON_PENALTY
    if _LEANS_ON.match(plain):
        return LEANS_ON_PENALTY
    if _PRONOUN_OPENER.match(plain) and u.chunk.id not in own_sections:
        return LEANS_ON_PENALTY
    return 0.0


def _openings(text: str) -> list[str]:
    """What a unit starts with, for "does it open with the name": a table row by each label cell
    ("| Types of Stereoisomers | Enantiomers | ..." opens with either)."""
    return _row_labels(text) or [strip_markup(text)]


def _opening(text: str) -> str:
    return _openings(text)[0]


# Openers that lean on a line the reader has not seen. Plain English discourse words, no field's.
_LEANS_ON = re.compile(
    r"^(?:then|also|so|thus|hence|therefore|here|in the (?:above|below|previous|following)?\s*example|"
    r"for example|e\.g\.|similarly|likewise|again|next|finally|otherwise|now|step\s+\d+)\b",
    re.IGNORECASE,
)
_PRONOUN_OPENER = re.compile(r"^(?:this|these|that|those|it|they|its|their)\b", re.IGNORECASE)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")

_BR = re.compile(r"\s*<br\s*/?>\s*(?:[-*]\s+)?", re.IGNORECASE)


def render_row(row: str, header: str) -> str:
    """A table row quoted alone reads with its column names: "**Enantiomers** · Description:
    Non-superimposable mirror-image molecules. · Key features: Opposite configurations ..." """
    cells = table_cells(row)
    names = table_cells(header) if header else []
    out: list[str] = []
    for i, cell in enumerate(cells):
        cell = re.sub(r"^[-•]\s+", "", _BR.sub("; ", cell).strip())
        if not cell:
            continue
        name = strip_markup(names[i]) if i < len(names) else ""
        if not out or not name:
            out.append(cell)
        else:
            out.append(f"{name}: {cell}")
    return " · ".join(out)


def _row_header(chunk: Chunk, row: str) -> str:
    """The header line of the table a row belongs to."""
    lines = chunk.lines
    for i, line in enumerate(lines):
        if line.kind == "row" and line.raw.strip() == row.strip() and line.header is not None:
            return lines[line.header].raw if line.header != i else ""
    return ""


def _titled(text: str) -> str:
    """'ec2' -> 'EC2', 'sqs' -> 'SQS', 'eventbridge' -> 'Eventbridge'; what the user capitalised stays.
    A short word the dictionary writes is a word, not a short name: 'pod' -> 'Pod' (it read "The notes
    don't cover POD Container")."""

    def one(w: str) -> str:
        if any(c.isupper() for c in w):
            return w
        short = len(w) <= 3 and not is_dictionary_word(w)
        return w.upper() if any(c.isdigit() for c in w) or short else w.capitalize()

    return " ".join(one(w) for w in text.split())




def _quote(units: list[Unit]) -> list[str]:
    """The units' text: none already inside a longer one, and "X is ... It ..." units sharing their
    opening sentence merged into one line instead of repeating it."""
    texts = [_display(u) for u in units]
    texts = [t for t in texts if not any(t != o and t in o for o in texts)]
    out: list[str] = []
    for t in texts:
        sentences = split_sentences(t)
        lead = sentences[0] if len(sentences) > 1 else None
        host = next((i for i, o in enumerate(out) if lead and o.startswith(lead)), None)
        if host is None:
            out.append(t)
            continue
        for sentence in sentences[1:]:
            if sentence and sentence not in out[host]:
                out[host] = f"{out[host]} {sentence}"
    return out


def _is_versus(text: str) -> bool:
    """A unit that is itself the notes' comparison ("**SQS vs. SNS**: ...")."""
    return bool(re.match(r"^\W*[^:]{0,80}\bvs\.?\s", text, re.IGNORECASE))


def _take(cands: list[Unit], limit: int, budget: int) -> list[Unit]:
    """Best-first units within a count and character budget. A unit that extends one already taken
    ("X is ..." -> "X is ... It ...") replaces it instead of repeating it."""
    chosen: list[Unit] = []
    for u in cands:
        if len(chosen) >= limit:
            break
        # "Use SQS when ..." chosen means "Use SQS when ... It ensures ..." says it with its follow-up
        longer = [v for v in cands if u.text in v.text and v.text != u.text and len(v.text) <= UNIT_MAX]
        if longer:
            u = max(longer, key=lambda v: v.similarity)
        if any(u.text in c.text for c in chosen):
            continue
        inner = next((i for i, c in enumerate(chosen) if c.text in u.text), None)
        size = sum(_size(c) for c in chosen) - (_size(chosen[inner]) if inner is not None else 0)
        if chosen and size + _size(u) > budget:
            continue
        if inner is not None:
            chosen[inner] = u
        else:
            chosen.append(u)
    return chosen


def _display(u: Unit) -> str:
    """A unit as the reader sees it: a table row with its column names, no padding."""
    return _display_text(u.text, _row_header(u.chunk, u.text) if u.text.startswith("|") else "")


@lru_cache(maxsize=16384)
def _display_text(text: str, header: str) -> str:
    if text.startswith("|"):
        text = render_row(text, header)
    # a quoted line's '>' and inline HTML ("<span class='quiz'>are reasonable …</span>") are the page's
    # markup, not the notes' words: a reader sees the words
    text = _HTML_TAG.sub(lambda m: " " if m.group(1).lower() == "br" else "", _QUOTE_MARK.sub("", text))
    return re.sub(r"[ \t]{2,}", " ", _MD_LINK.sub(r"\1", text)).strip()


_QUOTE_MARK = re.compile(r"^\s*(?:>\s*)+")
_HTML_TAG = re.compile(r"</?(span|sub|sup|b|i|u|em|strong|mark|small|font|br|div|p)\b[^<>]*/?>", re.I)


def _size(u: Unit) -> int:
    return len(_display(u))


def _cite(units: list[Unit]) -> str:
    """Every place a part quotes from, in order, once each; headings of one file share its name."""
    by_file: dict[str, list[str]] = {}
    for u in units:
        headings = by_file.setdefault(u.chunk.source, [])
        heading = u.chunk.heading[-1] if u.chunk.heading else ""
        if heading and heading not in headings:
            headings.append(heading)
    return "; ".join(
        f"{source}{PATH_SEP}{' · '.join(headings)}" if headings else source
        for source, headings in by_file.items()
    )
