"""Entities the notes talk about, with their aliases, found in the notes themselves at index time.

Sources: bold terms, both sides of "X vs. Y" and "X ~ Y", table header and first-column cells, short
headings, "X refers to" definitions, terms set in italics where a sentence defines them, and "X (Y)"
acronyms. "Acme Queue", "AQ" and "Acme Simple Queue Service" become one entity; "Route 53" and
"route53" share a key. Questions are matched against the aliases tolerating case, spacing, punctuation
and small typos (rapidfuzz).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.ingest import Chunk
from bot.ingest.roles import is_navigation_heading
from bot.ingest.sections import holding, section_entries, sections
from bot.text import (
    QUESTION_WORDS,
    STOPWORDS,
    fold,
    is_common_word,
    is_dictionary_word,
    key,
    maps_with_tilde,
    stem,
    strip_markup,
    words,
)

# "The Range Function", "The `print()` Function": a heading that names one thing by a name and its kind
_THE_CODE_HEADING = re.compile(r"The\s+`?([A-Za-z_][\w.]*)(?:\(\))?`?\s+[A-Za-z]+")
# an inline code span that is a name, called or not: `range()`, `range(1, 10)`, `self`
_INLINE_CODE_NAME = re.compile(r"`([A-Za-z_][\w.]*)(\([^`]*\))?`")
GLOSSARY_VERSION = "3"
# Kinds of entity the notes set out as a term (not merely emphasise or mention): the names a quiz may
# blank or offer, and the ones a lower-case question word may still mean.
SET_OUT_KINDS = frozenset(("heading", "table", "definition", "compared", "acronym", "mapping"))

_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_VS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)
# a name with an aside in brackets after it: "Brønsted-Lowry acids (HA)"
_BRACKETED = re.compile(r"(.*?\w)\s*\([^()]+\)")
# A term set in italics where a sentence defines it, as textbooks do: "_Equilibrium_ is the situation
# where ...", "The excess supply is known as a _surplus_". Italics elsewhere only stress a word.
_ITALIC = (
    r"(?:(?<![\w*])\*(?![*\s])([^*\n]{1,60}?)(?<!\s)\*(?![\w*])"
    r"|(?<![\w_])_(?![_\s])([^_\n]{1,60}?)(?<!\s)_(?![\w_]))"
)
_ITALIC_DEFINED = re.compile(
    r"(?:^\s*(?:[-*+]\s+|\d+[.)]\s+)?|(?<=[.!?:])\s+)(?:(?:the|an?)\s+)?"
    + _ITALIC
    + r"\s+(?:is|are|refers? to|means|denotes|measures|describes)\b",
    re.IGNORECASE,
)
# A term set in italics as the subject of a sentence that says what it does: "*Pecking order theory*
# suggests ...", "A *statutory merger* results ...", "*Horizontal mergers* occur ...". The word after it
# must read as a verb: one in -s after any subject, a plain word after a plural one (checked in
# ``_italic_subject``). "*Childs* v. Boyle" or "*Note:* This" are not.
_ITALIC_SUBJECT = re.compile(
    r"(?:^\s*(?:[-*+]\s+|\d+[.)]\s+)?|(?<=[.!?])\s+)(?:(?:the|an?)\s+)?"
    + _ITALIC
    + r"\s+(?P<verb>[a-z]{3,})\b",
    re.IGNORECASE,
)
_ITALIC_NAMED = re.compile(
    r"\b(?:known as|called|termed|referred to as|defined as)\s+(?:(?:the|an?)\s+)?" + _ITALIC, re.IGNORECASE
)
# "This bending of light ... is called **refraction**", "is known as the **time constant**.": a textbook
# names in bold the thing it has just said what it is. Only a sentence that ends on the name ("what is
# called a **disulfide bridge**..." and "called the **acidity constant** Ka is defined" name in passing)
_BOLD_NAMED = re.compile(
    r"(?<!what )\b(?:is|are)\s+(?:also\s+|then\s+|often\s+|sometimes\s+|usually\s+)?"
    r"(?:known as|called|termed|referred to as|defined as)\s+(?:(?:the|an?)\s+)?\*\*([^*\n]{2,60}?)\*\*"
    r"(?=\s*(?:\([^()\n]{1,30}\))?\s*(?:[.;!]|$))",
    re.IGNORECASE,
)
# A term set in capitals where a sentence defines it, as some lecture notes stress a term instead of
# setting it in bold: "SUBSTANCE is something totally independent ...", "a position known as
# VITALISM". Only words count (``_stressed``): 'SNMP is ...' is an acronym, read as one elsewhere.
_CAPS = r"([A-Z]{3,}(?:[ -][A-Z]{2,}){0,3})(?![\w-])"
_CAPS_DEFINED = re.compile(
    r"(?:^\s*(?:[-*+]\s+|\d+[.)]\s+)?|(?<=[.!?:])\s+)(?:(?:[Tt]he|[Aa]n?)\s+)?"
    + _CAPS
    + r"\s+(?:is|are|refers? to|means|denotes)\b"
)
_CAPS_NAMED = re.compile(
    r"\b(?:known as|called|termed|referred to as|defined as)\s+(?:(?:the|an?)\s+)?[\"“]?" + _CAPS
)
_ACRONYM = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+\(([^()]{2,60})\)")
_DEFINITION = re.compile(
    r"^\s*(?:[-*+]|\d+[.)])?\s*(?:(?:The|An?)\s+(?=[A-Z]))?"
    r"((?:[A-Z][\w-]*)(?:\s+[A-Z0-9][\w-]*){0,3})\s+(?:refers to|is an?|means)\b"
)
_GENERIC = frozenset(
    key(w)
    for w in (
        "Note",
        "Notes",
        "Summary",
        "Overview",
        "Introduction",
        "Intro",
        "Example",
        "Examples",
        "Comparisons",
        "Comparison",
        "Key Differences",
        "Feature",
        "Features",
        "Service",
        "Services",
        "Purpose",
        "How It Works",
        "Use Case",
        "Use Cases",
        "Misc",
        "Tips",
        "TLDR",
        "Important",
        "Important Concepts",
        "Table of Contents",
        "References",
        "Resources",
        "Conclusion",
        "Demo",
    )
)  # headings and table labels that name no thing


@dataclass
class Entity:
    """A thing the notes name. ``chunks`` define or mention it; ``related`` are its "~" counterparts."""

    name: str
    aliases: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    chunks: list[str] = field(default_factory=list)
    related: set[str] = field(default_factory=set)
    defined: list[str] = field(default_factory=list)  # chunks that bold, define or tabulate it

    @property
    def key(self) -> str:
        return key(self.name)

    def absorb(self, other: Entity) -> None:
        """Take in another entity found to be this one: its names, kinds, passages and counterparts."""
        self.aliases |= {other.name, *other.aliases} - {self.name}
        self.kinds |= other.kinds
        self.related |= other.related
        have, defined = set(self.chunks), set(self.defined)
        self.chunks += [c for c in other.chunks if c not in have]
        self.defined += [c for c in other.defined if c not in defined]

    def to_record(self) -> dict:
        return {
            "name": self.name,
            "aliases": sorted(self.aliases),
            "kinds": sorted(self.kinds),
            "chunks": self.chunks,
            "related": sorted(self.related),
            "defined": self.defined,
        }

    @classmethod
    def from_record(cls, data: dict) -> Entity:
        return cls(
            data["name"],
            set(data["aliases"]),
            set(data["kinds"]),
            list(data["chunks"]),
            set(data["related"]),
            list(data.get("defined", [])),
        )


@dataclass(frozen=True)
class Match:
    """An entity found in a question: which words (token span) and how."""

    entity: Entity
    start: int
    end: int
    text: str
    exact: bool


def _italic_subject(term: str, verb: str) -> bool:
    """Whether the word after an italic term reads as its verb: 'suggests' (not 'class' or 'gas'),
    or a plain word after a plural term ('mergers occur'); never a little word ('of', 'for')."""
    if verb.lower() in STOPWORDS or not verb.islower():
        return False
    if verb.endswith("s") and not verb.endswith(("ss", "us", "is")):
        return True
    last = term.split()[-1] if term.split() else ""
    return last.endswith("s") and not last.endswith("ss") and is_common_word(verb) and not verb.endswith("ly")


def _clean_term(raw: str) -> str:
    text = re.sub(r"(?<=\w)\(", " (", strip_markup(raw))  # "ECS(EC2)" -> "ECS (EC2)"
    text = text.strip(" :.,;!?-–—\"'")
    # "[Term]" or a stray bracket loses it; "Carbon monoxide [CO]" keeps its symbol whole
    if text.startswith("[") and text.endswith("]") and text.count("[") == 1 and text.count("]") == 1:
        text = text[1:-1]
    elif text.count("[") != text.count("]"):
        text = text.strip("[]")
    text = text.strip(" :.,;!?-–—\"'")
    if text.count("(") != text.count(")") or text.startswith("("):
        text = text.replace("(", " ").replace(")", " ")
    return re.sub(r"\s+", " ", text).strip(" :.,;!?-–—")


def _stressed(term: str, line: str) -> bool:
    """Whether ``term`` is ordinary words set in capitals for stress in a line of ordinary case
    ('SUBSTANCE', 'PRIMARY QUALITIES'), not an acronym ('SNMP') nor a line all in capitals."""
    ws = re.findall(r"[A-Za-z]+", term)
    return (
        bool(ws)
        and term.isupper()
        and any(c.islower() for c in line)
        # a word of five letters or more with a vowel ('MODES', 'FOUNDATIONALISM'); acronyms are short
        # ('GDP', 'CDP' are in the dictionary too) or have no vowel ('HTTPS')
        and all(
            len(w) >= 5 and re.search(r"[AEIOU]", w) and (is_common_word(w.lower()) or len(w) >= 8)
            for w in ws
        )
    )


def _looks_like_name(term: str) -> bool:
    ws = term.split()
    return (
        0 < len(ws) <= 5
        and 2 <= len(term) <= 48
        and not term.lower().startswith(
            ("how ", "what ", "when ", "why ", "is ", "can ", "does ", "do ", "which ", "difference ")
        )
        and any(c.isalpha() for c in term)
        and key(term) not in _GENERIC
        and not all(w in STOPWORDS for w in words(term))
    )


def _canonical(term: str) -> str:
    return term


_LONG_NAME = 8  # letters from which a typed name may be two letters off the notes' and still be it


def _slips_allowed(typed: str) -> int:
    """How many letters a typed name may be off the notes' and still be a slip of it: one in a short name
    (two swapped count as one), two in a long one."""
    return 1 if len(typed) < _LONG_NAME else 2


class Glossary:
    """Entities keyed by matching key, with an alias index for question matching."""

    def __init__(
        self,
        entities: Iterable[Entity] = (),
        vocabulary: Iterable[str] = (),
        lowercase: Iterable[str] = (),
        prefixes: Iterable[str] = (),
        compounds: Iterable[str] = (),
    ) -> None:
        self._name_counts: dict[str, list[Chunk]] = {}
        # words the notes write in lower case: "data" there means data, so "data" in a question is
        # not the acronym DATA; "sqs" never appears lower case, so "sqs" is SQS
        self.lowercase = set(lowercase)
        self.entities: dict[str, Entity] = {}
        for e in entities:
            self.entities[e.key] = e
        self.vocabulary = set(vocabulary)  # lower-case words seen in the notes
        # qualifiers the notes put in front of many names and also drop ("Acme Queue" = "Queue"),
        # learned per corpus: they name no thing of their own in a question
        self.prefixes: set[str] = set(prefixes)
        # tokens the notes write with hyphens, dots or digits, also as one key ("sn-2" -> "sn2")
        self.compounds: set[str] = set(compounds)
        self._reindex()

    def _reindex(self) -> None:
        # Questions are matched against names only ("SQS", "Security Group", "read replicas"), not
        # single common words the notes happen to bold ("one", "schema"): those only tag passages.
        self.by_alias: dict[str, Entity] = {}
        self._any_alias: dict[str, Entity] = {}
        for e in sorted(self.entities.values(), key=lambda e: (-len(e.kinds), e.name)):
            for alias in {e.name, *e.aliases}:
                k = key(alias)
                forms = [k, k[:-1]] if len(k) > 4 and k.endswith("s") and not k.endswith("ss") else [k]
                for form in forms:  # "Security Groups" is also asked about as "security group"
                    self._any_alias.setdefault(form, e)
                    if "name" in e.kinds:
                        self.by_alias.setdefault(form, e)
        self._alias_keys = list(self.by_alias)
        for cached in (
            "_sorted_alias_keys", "_kind_heads", "_find_cache", "_term_words", "_alias_index", "_set_out_keys"
        ):
            self.__dict__.pop(cached, None)
        self._max_words = max(
            (len(words(a)) for e in self.entities.values() for a in {e.name, *e.aliases}), default=1
        )

    # -- building --------------------------------------------------------------------------------
    @classmethod
    def build(cls, chunks: list[Chunk]) -> Glossary:
        g = cls()
        corpus_upper: set[str] = set()
        vocab: set[str] = set()
        compounds: set[str] = set()
        heading_parents: dict[str, set[tuple[str, ...]]] = {}
        for chunk in chunks:
            text = chunk.text
            corpus_upper.update(re.findall(r"\b[A-Z][A-Z0-9]{1,6}\b", text))
            vocab.update(words(text))
            for tok in _COMPOUND.findall(fold(text)):
                compounds.add(tok)
                compounds.add(key(tok))
            vocab.update(words(" ".join(chunk.heading)))
            navigation = bool(chunk.heading) and is_navigation_heading(chunk.heading[-1])
            for line in chunk.lines:
                # a table of contents names no term, and code is not prose
                if not navigation and line.role == "content":
                    g._from_line(line.raw, chunk, line.cells() if line.is_table else None)
            if not navigation:
                g._from_italic_subjects(chunk)
            g._from_tables(chunk)
            # the first heading of a multi-level path is usually the document's title, not a topic
            for depth, title in enumerate(chunk.heading):
                if depth == 0 and len(chunk.heading) > 1:
                    continue
                heading_parents.setdefault(key(title), set()).add(chunk.heading[:depth])
                term = re.sub(r"^[\d.]+\s+", "", _clean_term(title))  # "1.15.3. VPC Gateway Endpoints"
                sides = _VS.split(term)
                for side in sides:
                    if _looks_like_name(side) and len(side.split()) <= 4 and "&" not in side:
                        ent = g._add(side, "compared" if len(sides) > 1 else "heading", chunk)
                        # "Brønsted-Lowry acids (HA)", "Mitosis (cell division)": the name is asked
                        # without the aside in brackets, a symbol or a gloss
                        head = _BRACKETED.fullmatch(_clean_term(side))
                        if ent is not None and head:
                            g._add(head.group(1), "heading", None, alias_of=ent)
            g._names_in(text, chunk)
        for group in sections(chunks):
            if not (group[0].heading and is_navigation_heading(group[0].heading[-1])):
                g._from_glossary_entries(group)
        g._acronym_aliases(corpus_upper)
        g._code_name_aliases(chunks)
        g._mark_names(chunks)
        g.prefixes = g._merge_prefixed(chunks)
        # a heading that recurs under many parents ("Exam Powerup", "Overview") labels a kind of
        # section, not a thing
        for k, parents in heading_parents.items():
            ent = g.entities.get(k)
            if ent is not None and len(parents) >= 3 and ent.kinds <= {"heading", "name", "text"}:
                ent.kinds.discard("name")
                ent.kinds.add("generic")
        for e in g.entities.values():
            # 'tcp', a file's name taken for its title, is written 'TCP' everywhere the notes say it:
            # the capitals are how the notes name it ("What are the use cases of “tcp”?", graded odd)
            shouted = [a for a in e.aliases if key(a) == e.key and a.isupper() and len(a) >= 2]
            if e.name.islower() and shouted:
                e.aliases.discard(shouted[0])
                e.aliases.add(e.name)
                e.name = shouted[0]
        g.vocabulary = vocab
        g.compounds = compounds
        g._reindex()
        g._collect_mentions(chunks)
        return g

    def _names_in(self, text: str, chunk: Chunk) -> None:
        """Names in running text: acronyms (NACL), CamelCase (CloudFront), Title Case (NAT Gateway)."""
        plain = strip_markup(text)
        counts = self._name_counts
        for pattern in (_ACRO, _CAMEL, _TITLE):
            for m in pattern.finditer(plain):
                term = m.group(1)
                if pattern is _TITLE and _sentence_start(plain, m.start()):
                    continue
                counts.setdefault(term, []).append(chunk)

    def _mark_names(self, chunks: list[Chunk]) -> None:
        for term, where in self._name_counts.items():
            if len(where) >= 2 and term.upper() not in _SHOUTED and words(term)[0] not in STOPWORDS:
                for chunk in dict.fromkeys(where):
                    self._add(
                        term.rstrip("s") if _ACRO.fullmatch(term) and term.endswith("s") else term,
                        "text",
                        chunk,
                    )
        caps = _capitalisation(chunks)
        self.lowercase = {w for w, ratio in caps.items() if ratio <= 0.3}
        for e in self.entities.values():
            structural = e.kinds & {"compared", "table", "mapping", "acronym"}
            if (structural and e.key not in {key(w) for w in STOPWORDS}) or any(
                _nameish(a, caps) for a in {e.name, *e.aliases}
            ):
                e.kinds.add("name")
        self._merge_qualified()

    def _merge_prefixed(self, chunks: list[Chunk]) -> set[str]:
        """Learn the corpus's vendor-like prefixes and fold "<prefix> X" into X.

        A prefix is a word that stands in front of several names which the notes also use without
        it, and that appears in a good share of all passages: a qualifier so common it names
        nothing ("Acme" in "Acme Queue", "Acme Notify"...). Learned from the notes, never listed.
        """
        followers: dict[str, set[str]] = {}
        holders: dict[str, dict[str, str]] = {}  # rest -> first word -> the table's thing so named
        for e in self.entities.values():
            own = {key(a) for a in e.aliases}
            for n in {e.name, *e.aliases}:
                parts = n.split(" ", 1)
                rest = key(parts[1]) if len(parts) == 2 else ""
                if rest and "table" in e.kinds:
                    holders.setdefault(rest, {})[key(parts[0])] = e.key
                if rest and rest != e.key and (rest in self.entities or rest in own):
                    followers.setdefault(key(parts[0]), set()).add(rest)
        # 'minor seventh' and 'major seventh' are two things: two words that each stand before the
        # same names, naming different things each time, qualify them ('minor', 'major'); a vendor's
        # name before them names the same thing as the bare name does. Only names a table sets apart
        # as its rows or columns count: notes may well call one product 'Acme Queue' in one passage and
        # 'AcmeCorp Queue' in another
        apart: Counter = Counter()  # (p, q) -> how many names p and q each make a thing of its own
        for by_first in holders.values():
            if len(by_first) < 2:
                continue
            firsts = sorted(f for f in by_first if f in followers)
            for i, p in enumerate(firsts):
                for q in firsts[i + 1 :]:
                    if by_first[p] != by_first[q]:
                        apart[(p, q)] += 1
        contrasting = {w for pair, n in apart.items() if n >= 2 for w in pair}
        followers = {p: rest for p, rest in followers.items() if p not in contrasting}
        if not followers or not chunks:
            return set()
        df: dict[str, int] = dict.fromkeys(followers, 0)
        for chunk in chunks:
            for w in set(words(chunk.text)) & df.keys():
                df[w] += 1
        n = len(chunks)
        # a vendor's name is a proper noun, written with a capital wherever it stands ('Acme', 'ACME');
        # a word of the subject written in lower case most of the time ("runs on each node", "total
        # revenue") is a common noun or an adjective that names kinds ('Node controller' beside 'Job
        # controller', 'Total surplus' beside 'Producer surplus'), not a qualifier. An article before
        # names ('The Zen of Python') comes off them as a vendor's name does
        capitals: Counter = Counter()
        written: Counter = Counter()
        for chunk in chunks:
            for w in re.findall(r"[A-Za-z][\w-]*", chunk.text):
                k = w.lower()
                if k in df:
                    written[k] += 1
                    capitals[k] += w[0].isupper()
        prefixes = {
            p
            for p, rest in followers.items()
            if any(c.isalpha() for c in p)
            and ((len(rest) >= 3 and df[p] >= 0.15 * n) or (len(rest) >= 2 and df[p] >= 0.3 * n))
            and (p in STOPWORDS or 2 * capitals[p] >= written[p])
        }
        for e in list(self.entities.values()):
            parts = e.name.split(" ", 1)
            if len(parts) < 2 or key(parts[0]) not in prefixes:
                continue
            target = self.entities.get(key(parts[1]))
            if target is e or not any(c.isalpha() for c in parts[1]):
                continue
            if target is None or key(parts[1]) in {
                key(a) for a in e.aliases
            }:  # "Acme Broker" alone: the thing is "Broker", also called "Acme Broker"
                del self.entities[e.key]
                e.aliases.add(e.name)
                e.name = next((a for a in sorted(e.aliases) if key(a) == key(parts[1])), parts[1])
                e.aliases.discard(e.name)
                if target is not None and target is not e:  # the short name was its own entity too
                    e.absorb(target)
                self.entities[e.key] = e
                continue
            target.absorb(e)
            del self.entities[e.key]
        # "Acme Global Accelerator" also written "Global Accelerator": it goes by the form the notes
        # use most, when the dropped word is a thing of its own
        lowered = None
        for e in list(self.entities.values()):
            parts = e.name.split(" ", 1)
            if len(parts) < 2 or key(parts[0]) not in self.entities:
                continue
            short = next((a for a in sorted(e.aliases) if key(a) == key(parts[1])), None)
            if short is None:
                continue
            lowered = lowered if lowered is not None else "\n".join(c.text.lower() for c in chunks)
            if lowered.count(short.lower()) > 2 * lowered.count(e.name.lower()):
                del self.entities[e.key]
                e.aliases.discard(short)
                e.aliases.add(e.name)
                e.name = short
                other = self.entities.get(e.key)
                if other is not None and other is not e:
                    other.absorb(e)
                else:
                    self.entities[e.key] = e
        for p in prefixes:
            ent = self.entities.get(p)
            if ent is not None:
                ent.kinds.discard("name")
                ent.kinds.add("generic")
        return prefixes

    def _merge_qualified(self) -> None:
        """'Standard-IA' and 'S3 Standard-IA' are one thing: a name that is another entity's name with
        a known qualifier in front becomes an alias of the qualified one."""
        for e in list(self.entities.values()):
            parts = e.name.split(" ", 1)
            if len(parts) < 2 or key(parts[0]) not in self.entities:
                continue
            short = self.entities.get(key(parts[1]))
            if short is None or short is e or len(key(parts[1])) < 5 or short.kinds <= {"heading"}:
                continue
            if not _nameish(short.name, {}) or len(short.name.split()) > 1 and "name" not in short.kinds:
                continue  # "Class Methods" is a kind of method, not another name for "Methods"
            e.absorb(short)
            del self.entities[short.key]

    def _add(
        self, term: str, kind: str, chunk: Chunk | None, alias_of: Entity | None = None
    ) -> Entity | None:
        term = _clean_term(term)
        if not _looks_like_name(term):
            return None
        name = _canonical(term)
        k = key(name)
        entity = alias_of or self.entities.get(k) or self._find_alias(term)
        if entity is None:
            entity = self.entities[k] = Entity(name)
        if term != entity.name:
            entity.aliases.add(term)
            self._alias_index.setdefault(key(term), entity)
        if name != entity.name:
            entity.aliases.add(name)
            self._alias_index.setdefault(key(name), entity)
        entity.kinds.add(kind)
        if chunk is not None:
            self._note_chunk(entity, chunk.id)
            if kind != "text" and chunk.id not in self._seen_in(entity, "defined"):
                entity.defined.append(chunk.id)  # the notes set the term out here (bold, table, heading...)
                self._seen_in(entity, "defined").add(chunk.id)
        return entity

    # Build-time indexes: one dict lookup instead of a scan of every entity's aliases or chunks per
    # term, which kept the build superlinear in the size of the notes.
    @cached_property
    def _alias_index(self) -> dict[str, Entity]:
        return {key(a): e for e in self.entities.values() for a in e.aliases}

    @cached_property
    def _chunk_sets(self) -> dict[tuple[int, str], set[str]]:
        return {}

    def _seen_in(self, entity: Entity, which: str) -> set[str]:
        found = self._chunk_sets.get((id(entity), which))
        if found is None:
            found = self._chunk_sets[(id(entity), which)] = set(getattr(entity, which))
        return found

    def _note_chunk(self, entity: Entity, chunk_id: str) -> None:
        seen = self._seen_in(entity, "chunks")
        if chunk_id not in seen:
            seen.add(chunk_id)
            entity.chunks.append(chunk_id)

    def _find_alias(self, term: str) -> Entity | None:
        found = self._alias_index.get(key(term))
        return found if found is not None and self.entities.get(found.key) is found else None

    def _from_line(self, line: str, chunk: Chunk, cells: list[str] | None = None) -> None:
        bolds = [_clean_term(a or b) for a, b in _BOLD.findall(line)]
        for term in bolds:
            sides = _VS.split(term)
            if len(sides) > 1:
                for side in sides:
                    for part in _split_slash(side):
                        self._add(part, "compared", chunk)
            else:
                for part in _split_slash(term):
                    self._add(part, "bold", chunk)
        if maps_with_tilde(line):
            left, _, right = line.partition("~")
            lhs = [_clean_term(a or b) for a, b in _BOLD.findall(left)] or [_clean_term(left.split("(")[0])]
            rhs = [_clean_term(a or b) for a, b in _BOLD.findall(right)] or [_clean_term(right.split("(")[0])]
            le = [self._add(t, "mapping", chunk) for t in lhs[-1:]]
            re_ = [self._add(p, "mapping", chunk) for t in rhs[:1] for p in [t, *_split_slash(t)]]
            for a in le:
                for b in re_:
                    if a and b and a is not b:
                        a.related.add(b.name)
                        b.related.add(a.name)
        plain = strip_markup(line)
        # a table row's cells are read one by one: "| Feature | Subnetting | NAT (Network Address
        # Translation) |" run together would make 'Feature Subnetting NAT' the bracket's name
        parts = [strip_markup(c) for c in cells] if cells is not None else [plain]
        for long, short in (found for part in parts for found in _ACRONYM.findall(part)):
            long, short = long.strip(), short.strip()
            if _is_acronym(short, long):
                ent = self._add(short, "acronym", chunk)
                if ent:
                    self._add(long, "acronym", None, alias_of=ent)
            elif _is_acronym(long, short):
                ent = self._add(long, "acronym", chunk)
                if ent:
                    self._add(short, "acronym", None, alias_of=ent)
        m = _DEFINITION.match(plain)
        if m and not _stressed(m.group(1), plain):
            self._add(m.group(1), "definition", chunk)
        for found in [*_CAPS_DEFINED.finditer(plain), *_CAPS_NAMED.finditer(plain)]:
            if _stressed(found.group(1), plain):
                self._add(found.group(1).capitalize(), "definition", chunk)
        if "*" in line or "_" in line:
            for found in [*_ITALIC_DEFINED.finditer(line), *_ITALIC_NAMED.finditer(line)]:
                term = _clean_term(found.group(1) or found.group(2))
                if len(term.split()) <= 5:
                    self._add(term, "definition", chunk)
            for found in _BOLD_NAMED.finditer(line):
                term = _clean_term(found.group(1))
                if len(term.split()) <= 5:
                    self._add(term, "definition", chunk)

    def _from_italic_subjects(self, chunk: Chunk) -> None:
        """Terms set in italics as the subjects of lines that say what each does ("*Pecking order
        theory* states ...", "*Tax aversion theory* states ..."): only a run of two or more in one
        section, as notes set out their terms; a single "*Hamlet* themes include ..." stresses a word."""
        found: list[str] = []
        for line in chunk.lines:
            if line.role != "content" or "*" not in line.raw and "_" not in line.raw:
                continue
            for m in _ITALIC_SUBJECT.finditer(line.raw):
                raw = m.group(1) or m.group(2)
                term = _clean_term(raw)
                if ":" not in raw and len(term.split()) <= 5 and _italic_subject(term, m.group("verb")):
                    found.append(term)
        if len({key(t) for t in found}) >= 2:
            for term in found:
                self._add(term, "definition", chunk)

    def _from_glossary_entries(self, group: list[Chunk]) -> None:
        """Terms of a glossary the notes write as a term over its definition ("- inflation" above
        "+ sustained increase in the general price level"), lower case or not: the document model
        reads them (``fold_nested_definitions``), and a question about "inflation vs deflation" then
        finds each side's own lines. "fiat currency (fiat money)" is also asked as "fiat money".
        Read over the whole section: a glossary cut into chunks is still a run of terms, and the two
        terms at a chunk's end are as much its terms as the rest."""
        for entry in section_entries(group)[0]:
            if not entry.glossary or not entry.label:
                continue
            chunk = holding(group, entry.text)  # its own lines, not the first passage naming it
            entity = self._add(entry.label, "glossary", chunk)
            m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", _clean_term(entry.label))
            if entity is not None and m and set(words(m.group(1))) & set(words(m.group(2))) - STOPWORDS:
                for name in m.groups():
                    self._add(name, "glossary", chunk, alias_of=entity)

    def _from_tables(self, chunk: Chunk) -> None:
        """Column names and each row's first cell: the things a table sets side by side."""
        tables: dict[int, list[list[str]]] = {}
        for line in chunk.lines:
            if line.is_table and line.header is not None and line.role == "content":
                tables.setdefault(line.header, []).append([_clean_term(c) for c in line.cells()])
        for cells in tables.values():
            if len(cells) < 2:
                continue
            for cell in cells[0][1:]:
                for part in _split_slash(cell):
                    self._add(part, "table", chunk)
            for row in cells[1:]:
                if row and row[0]:
                    self._add(row[0], "table", chunk)

    def _acronym_aliases(self, corpus_upper: set[str]) -> None:
        """'Global Accelerator' gets 'GA' only where the notes themselves write GA."""
        for e in list(self.entities.values()):
            ws = e.name.split()
            if len(ws) >= 2 and all(w[:1].isupper() for w in ws):
                acro = "".join(w[0] for w in ws).upper()
                if acro in corpus_upper and acro not in _SHOUTED and key(acro) not in self.entities:
                    e.aliases.add(acro)

    def _code_name_aliases(self, chunks: list[Chunk]) -> None:
        """"The Range Function" over a section that writes `range()`: the heading names a thing the
        notes write as code, and a learner asks for it by that name ("does range() build a list?").
        Only "The X Y" headings, so 'List Comprehension' is never asked for as `list`."""
        taken = {key(a) for e in self.entities.values() for a in {e.name, *e.aliases}}
        for chunk in chunks:
            if not chunk.heading:
                continue
            m = _THE_CODE_HEADING.fullmatch(_clean_term(chunk.heading[-1]))
            entity = self.entities.get(key(_clean_term(chunk.heading[-1]))) if m else None
            if entity is None or key(m.group(1)) in taken:
                continue
            name = m.group(1)
            if len(name) < 3 or name.lower() in STOPWORDS:
                continue  # 'The if condition': "if" is in every other question
            # an everyday word ('range', 'match') names the thing only where the notes call it: `range()`
            written = _INLINE_CODE_NAME.findall(chunk.text)
            calls = {c.lower() for c, args in written if args}
            names = {c.lower() for c, _ in written}
            everyday = is_common_word(name.lower())
            if name.lower() in (calls if everyday else names):
                # 'range()' as written: an everyday word names the thing only where a question calls
                # it so ("the normal range of potassium" is no question about range())
                entity.aliases.add(f"{name}()" if everyday else name)
                # and "the range function" as a learner writes it
                entity.aliases.add(re.sub(r"^The\s+", "", _clean_term(chunk.heading[-1])))
                taken.add(key(name))

    def _collect_mentions(self, chunks: list[Chunk]) -> None:
        self.__dict__.pop("_chunk_sets", None)  # merges replaced lists since the build began
        for chunk in chunks:
            for ent in self.mentions(chunk.heading_path + "\n" + chunk.text):
                self._note_chunk(ent, chunk.id)
        self.__dict__.pop("_chunk_sets", None)

    # -- using ---------------------------------------------------------------------------------
    def mentions(self, text: str) -> list[Entity]:
        """Entities named in a passage, by exact alias (case-insensitive), longest name first.

        Word n-grams looked up by key: the same matching rules as questions, and far cheaper than one
        regular expression over a thousand aliases (this runs for every quoted sentence of an answer).
        """
        toks = words(text)
        found: dict[str, Entity] = {}
        taken = [False] * len(toks)
        for n in range(min(self._max_words, len(toks)), 0, -1):
            for i in range(len(toks) - n + 1):
                if any(taken[i : i + n]):
                    continue
                k = "".join(toks[i : i + n])
                ent = self._any_alias.get(k)
                if ent is None and len(k) > 3 and k.endswith("s"):  # "NACLs" names NACL
                    ent = self._any_alias.get(k[:-1])
                if ent is not None:
                    found.setdefault(ent.key, ent)
                    for j in range(i, i + n):
                        taken[j] = True
        return list(found.values())

    @cached_property
    def vocab_stems(self) -> set[str]:
        """Stems of every word in the notes, so 'replicas' in a question finds 'replica'."""
        return {stem(w) for w in self.vocabulary}

    def near_word(self, word: str) -> bool:
        """A small typo of a word the notes use ("subnett" for "subnet"), or a short form of one
        ("config" for "configuration"). A longer word that starts with a known one ("asyncio" after
        "async") is another name, not a typo."""
        hit = process.extractOne(word, self._vocab_list, scorer=fuzz.ratio, score_cutoff=85)
        if hit is not None and not (word.startswith(hit[0]) and len(word) > len(hit[0])):
            return True
        return len(word) >= 4 and self.abbreviates(word)

    def complete(self, typed: str) -> Entity | None:
        """The one name that starts with what was typed, when the typed part is long and one word
        ("requiredDuringScheduling" for "requiredDuringSchedulingIgnoredDuringExecution")."""
        k = key(typed)
        if len(k) < 8 or " " in typed.strip():
            return None
        import bisect

        keys = self._sorted_alias_keys
        i = bisect.bisect_left(keys, k)
        hits = {
            self._any_alias[keys[j]].key for j in range(i, min(i + 5, len(keys))) if keys[j].startswith(k)
        }
        return self.entities.get(next(iter(hits))) if len(hits) == 1 else None

    def surnamed(self, typed: str) -> Entity | None:
        """The one person's name of the notes whose last word was typed: "malthus" for 'Thomas Malthus',
        "metternich" for 'Klemens von Metternich'. A learner asks of people by their surnames, which
        the notes' lists of people write in full. Only a word the notes capitalise, as they do a name
        ('Ferguson', which the dictionary has too), and only one person's name."""
        word = typed.strip().lower()
        if not re.fullmatch(r"[a-z][a-z'’-]{2,}", word) or word in self.lowercase or word in STOPWORDS:
            return None
        hits = {e.key for e, last in self._surnames if last == word}
        return self.entities.get(next(iter(hits))) if len(hits) == 1 else None

    @cached_property
    def _surnames(self) -> list[tuple[Entity, str]]:
        """Each name of the notes written as a person's is (two to four capitalised words, with a
        lower-case particle between: 'Klemens von Metternich'), with its last word."""
        out = []
        for e in self.entities.values():
            ws = e.name.split()
            if "name" not in e.kinds or not 2 <= len(ws) <= 4:
                continue
            if all(re.fullmatch(r"[A-Z][a-z'’-]+|[a-z]{1,3}", w) for w in ws) and ws[-1][0].isupper():
                out.append((e, ws[-1].lower()))
        return out

    @cached_property
    def _sorted_alias_keys(self) -> list[str]:
        return sorted(self._any_alias)

    def mentions_literally(self, name: str) -> bool:
        """The notes write this code-like name ("json.dumps") as typed."""
        core = name.strip("*@()").rstrip(".").lower()
        return core in self.compounds or key(core) in self.compounds or core in self.vocabulary

    def is_term_word(self, word: str) -> bool:
        """A word of some multi-word term of the notes ("generator" of "Generator Comprehension")."""
        return stem(word) in self._term_words

    @cached_property
    def _term_words(self) -> frozenset[str]:
        return frozenset(
            stem(w) for e in self.entities.values() for w in words(e.name) if len(words(e.name)) >= 2
        )

    def has_kinds_of(self, noun: str) -> bool:
        """The notes name at least one kind of this noun ("Newman projection" for "projection")."""
        return stem(noun) in self._kind_heads

    @cached_property
    def _kind_heads(self) -> frozenset[str]:
        return frozenset(
            stem(ws[-1]) for e in self.entities.values() for ws in [words(e.name)] if len(ws) >= 2
        )

    def abbreviates(self, word: str) -> bool:
        import bisect

        vocab = self._vocab_list
        i = bisect.bisect_left(vocab, word)
        return i < len(vocab) and vocab[i].startswith(word) and vocab[i] != word

    def knows_compound(self, token: str) -> bool:
        """A typed token with a hyphen, dot or digits ("twist-boat", "k3s") as the notes write it, or
        the same words joined or spaced."""
        t = token.lower()
        return t in self.compounds or key(t) in self.compounds or key(t) in self.vocabulary

    @cached_property
    def _vocab_list(self) -> list[str]:
        return sorted(self.vocabulary)

    def knows_word(self, word: str) -> bool:
        if word in self.vocabulary or stem(word) in self.vocab_stems:
            return True
        # comparatives and forms the stemmer keeps apart ("bigger", "adding") are "big", "add"
        for suffix in ("er", "est", "ing", "ed"):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                base = word[: -len(suffix)]
                for cand in (base, base[:-1] if len(base) > 2 and base[-1] == base[-2] else base, base + "e"):
                    if cand in self.vocabulary:
                        return True
        return False

    def lookup(self, name: str) -> Entity | None:
        return self._any_alias.get(key(name)) or self.entities.get(key(_canonical(name)))

    def find(self, text: str, overlapping: bool = False) -> list[Match]:
        """Entities named in a question (cached: one question asks this of its parts many times)."""
        cache = self.__dict__.setdefault("_find_cache", {})
        hit = cache.get((text, overlapping))
        if hit is None:
            if len(cache) > 4096:
                cache.clear()
            hit = cache[(text, overlapping)] = self._find(text, overlapping)
        return list(hit)

    def _find(self, text: str, overlapping: bool = False) -> list[Match]:
        """Entities named in a question, longest match first, tolerant of typos in unknown words.

        ``overlapping`` also returns names inside or across longer ones ("ecs ec2 mode" holds both
        "ECS (EC2)" and "EC2 mode"), for reading one side of a comparison generously."""
        toks = words(text)
        originals = _original_words(text)
        if len(originals) != len(toks):
            originals = toks
        taken = [False] * len(toks)
        found: list[Match] = []
        for n in range(min(self._max_words + 1, len(toks)), 0, -1):
            for i in range(len(toks) - n + 1):
                if not overlapping and any(taken[i : i + n]):
                    continue
                span = toks[i : i + n]
                if span[0] in STOPWORDS or span[-1] in STOPWORDS:
                    continue
                if (
                    n == 1 and span[0] in QUESTION_WORDS
                ):  # "what", "difference": the shape of a question, not its topic
                    continue
                ent, exact = self._resolve(span, originals[i : i + n])
                if ent is not None and n == 1 and not self._called_as_written(ent, span[0], text):
                    ent = None
                if ent is None and n == 3:  # "interface vpc endpoints" names "Interface Endpoints"
                    gapped, _ = self._resolve([span[0], span[2]], None)
                    ent, exact = (
                        (gapped, True)
                        if gapped is not None and len(gapped.name.split()) >= 2
                        else (None, False)
                    )
                if ent is None:
                    continue
                for j in range(i, i + n):
                    taken[j] = True
                found.append(Match(ent, i, i + n, " ".join(span), exact))
        found.sort(key=lambda m: m.start)
        unique: dict[str, Match] = {}
        for m in found:
            unique.setdefault(m.entity.key, m)
        return list(unique.values())

    @staticmethod
    def _called_as_written(ent: Entity, word: str, text: str) -> bool:
        """False when ``word`` names ``ent`` only by an alias written as a call ('range()') and the
        question does not call it: "range()" or `range` asks about the function, "the normal range"
        does not."""
        names = {ent.name, *ent.aliases}
        forms = {word, word[:-1] if word.endswith("s") else word}
        if not any(a.endswith("()") and key(a) in forms for a in names):
            return True
        if any(key(a) in forms for a in names if not a.endswith("()")):
            return True
        called = rf"(?<![\w.]){re.escape(word)}\s*\(|`{re.escape(word)}`"
        return re.search(called, text, re.IGNORECASE) is not None

    def _resolve(self, span: list[str], original: list[str] | None = None) -> tuple[Entity | None, bool]:
        k = "".join(span)
        ent = self.by_alias.get(k)
        if ent is None and len(span[-1]) > 3 and span[-1].endswith("s"):
            ent = self.by_alias.get(k[:-1])
        if ent is not None and len(span) == 1 and span[0] in self.lowercase:
            # a common word of the notes ("data", "put") typed in lower case is that word, not an acronym
            shouting = original is not None and original[0].isupper() and len(original[0]) > 1
            if not shouting and all(a.isupper() for a in {ent.name, *ent.aliases} if key(a) == k):
                return None, False
        if ent is not None:
            return ent, True
        # Fuzzy only for words the notes never use (likely typos), never for short keys.
        if len(k) < 5 or all(w in self.vocabulary for w in span):
            return None, False
        # (a name first; else a term the notes set out, bold or in a heading, though they write it once:
        # "monisim" of '**Monism**: the different values reduce to one …')
        hit = process.extractOne(k, self._alias_keys, scorer=fuzz.ratio, score_cutoff=82)
        hit = hit or process.extractOne(k, self._set_out_keys, scorer=fuzz.ratio, score_cutoff=82)
        if hit is None or len(hit[0]) < 5 or abs(len(hit[0]) - len(k)) > 2:
            return None, False
        if k.startswith(hit[0]) and len(k) > len(hit[0]):  # "asyncio" is not a typo of "async"
            return None, False
        # 'meiosis' is two letters off 'mitosis' and another thing, not a slip of it
        if OSA.distance(k, hit[0]) > _slips_allowed(k):
            return None, False
        return self.by_alias.get(hit[0]) or self._any_alias[hit[0]], False

    @cached_property
    def _set_out_keys(self) -> list[str]:
        """Keys of the terms the notes set out (bold, a heading, a table's, a glossary's), names or not."""
        set_out = SET_OUT_KINDS | {"bold", "glossary"}
        return [k for k, e in self._any_alias.items() if e.kinds & set_out and k not in self.by_alias]

    def respelled(self, text: str) -> str:
        """``text`` with each word the notes never write, and no dictionary has, in the notes' own
        spelling when one word of theirs is that close ("short circuit vs open circut" asks of the
        notes' 'circuit'; a side typed so matched no line and was left out)."""

        def mend(m: re.Match) -> str:
            typed = m.group(0)
            w = typed.lower()
            if len(w) < 5 or self.knows_word(w) or is_dictionary_word(w):
                return typed
            hits = [h for h in self._near_spellings(w, limit=4) if h[0][0] == w[0] and len(h[0]) >= 4]
            if not hits or sum(h[1] == hits[0][1] for h in hits) > 1:
                return typed  # none, or two words as near: no telling which was meant
            right = hits[0][0]
            return right.upper() if typed.isupper() else right.capitalize() if typed[0].isupper() else right

        return re.sub(r"(?<![\w.-])[A-Za-z]{5,}(?![\w.-])", mend, text)

    def slip_of_a_word(self, word: str) -> bool:
        """Whether ``word`` is a slip of a word the notes write ('plebeians' of their 'plebians'), by
        as many letters as a slip of a name may be."""
        return bool(self._near_spellings(word.lower()))

    def _near_spellings(self, word: str, limit: int = 1) -> list[tuple[str, float, int]]:
        """The notes' words a slip away from ``word`` (as many letters as a slip of a name may be),
        nearest first."""
        return process.extract(
            word, self._vocab_list, scorer=OSA.distance, score_cutoff=_slips_allowed(word), limit=limit
        )

    def to_record(self) -> dict:
        return {
            "version": GLOSSARY_VERSION,
            "entities": [e.to_record() for e in self.entities.values()],
            "vocabulary": sorted(self.vocabulary),
            "lowercase": sorted(self.lowercase),
            "prefixes": sorted(self.prefixes),
            "compounds": sorted(self.compounds),
        }

    @classmethod
    def from_record(cls, data: dict) -> Glossary:
        return cls(
            (Entity.from_record(r) for r in data.get("entities", [])),
            data.get("vocabulary", []),
            data.get("lowercase", []),
            data.get("prefixes", []),
            data.get("compounds", []),
        )


# an acronym as notes write one: 'DHCP', 'EC2', 'VMs'
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}s?")
_ACRO = re.compile(rf"\b({ACRONYM.pattern})\b")
_CAMEL = re.compile(r"\b([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|[a-z]+[A-Z][A-Za-z0-9]*)\b")
_TITLE = re.compile(r"\b((?:[A-Z][a-z0-9]+|[A-Z][A-Z0-9]+)(?:[ -](?:[A-Z][a-z0-9]+|[A-Z][A-Z0-9]+)){1,2})\b")
_SHOUTED = frozenset(
    "AND OR NOT THE ALL ANY NO YES OK TODO NOTE ONLY MUST NEVER ALWAYS IS IT IF TO DO BE WE".split()
)
# "pod-name", "json.dumps", "ipv4", "c0_epc" (a register, a variable): a name written as one token
_COMPOUND = re.compile(
    r"[a-z0-9_]+(?:[-.][a-z0-9_]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+[0-9][a-z0-9]*|[0-9]+[a-z][a-z0-9]*"
)
_WORD_AT = re.compile(r"[A-Za-z][\w-]*")


def _original_words(text: str) -> list[str]:
    """The question's words as typed (case kept), aligned with ``bot.text.words``."""
    split = re.sub(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", " ", text.replace("’", "'"))
    return re.findall(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?", split)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\"'(*-")
    return not before or before[-1] in ".!?:\n"


def _capitalisation(chunks: list[Chunk]) -> dict[str, float]:
    """Share of a word's mid-sentence uses that are capitalised: 'Lambda' ~1.0, 'single' ~0.0."""
    seen: dict[str, list[int]] = {}
    for chunk in chunks:
        plain = strip_markup(chunk.text)
        for m in _WORD_AT.finditer(plain):
            if _sentence_start(plain, m.start()):
                continue
            w = m.group(0)
            tally = seen.setdefault(w.lower(), [0, 0])
            tally[0] += w[0].isupper()
            tally[1] += 1
    return {w: up / n for w, (up, n) in seen.items() if n}


def _nameish(term: str, caps: dict[str, float]) -> bool:
    """A name, not a common word: several words, an acronym or mixed case, or a word the notes
    capitalise mid-sentence."""
    ws = term.split()
    if len(ws) >= 2:
        return True
    if sum(c.isupper() for c in term) >= 2 or (
        any(c.isdigit() for c in term) and any(c.isalpha() for c in term)
    ):
        return True
    return caps.get(term.lower(), 0.0) >= 0.6


def _split_slash(term: str) -> list[str]:
    """'Glue/EMR' -> ['Glue/EMR', 'Glue', 'EMR']; plain terms unchanged."""
    if "/" not in term or term.count("/") > 3:
        return [term]
    parts = [p.strip() for p in term.split("/")]
    if all(2 <= len(p) <= 30 for p in parts):
        return [term, *parts]
    return [term]


def spelled_out(name: str) -> tuple[str, str] | None:
    """'Simple Queue Service (SQS)' -> ('Simple Queue Service', 'SQS'): a name written with its
    acronym, split as the glossary reads it; None when the bracket is no acronym of the words."""
    m = _ACRONYM.fullmatch(name)
    if m and _is_acronym(m.group(2), m.group(1)):
        return m.group(1), m.group(2)
    return None


def _is_acronym(short: str, long: str) -> bool:
    """'SQS' for 'Simple Queue Service'; letters of the short form are the long form's initials."""
    if not (2 <= len(short) <= 8 and short.replace("-", "").isalnum() and short.upper() == short):
        return False
    initials = "".join(w[0] for w in re.split(r"[\s-]+", long) if w and w[0].isalnum()).upper()
    return len(long.split()) >= 2 and (
        initials == short.upper() or initials.replace("A", "", 1) == short.upper()
    )
