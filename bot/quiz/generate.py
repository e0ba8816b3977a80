"""Quiz items generated from the notes themselves, without an LLM and without a hand-written bank.

Five kinds, all read off the notes' structure and nothing specific to any subject:

- ``statement``: a sentence about a named thing ("Use SNS for broadcasting, ...", "VPC provides isolated
  cloud networking") with that thing masked: "Which one is used for broadcasting, ...?"
- ``table``: each cell of a pipe table against its row and column, in either orientation.
- ``mapping``: "X ~ Y" lines ("Which one is the counterpart of Kafka?") and "Term: what it is" list
  items ("Which one is described as ...?").
- ``cloze``: a bold term blanked out of its sentence, or (in notes too small for a month of quizzes)
  a term set in bold or italics blanked out of its own definition.
- ``definition``: a list's label asked the other way round, among what the list says of its siblings.

Distractors are other things of the same sort from the same notes: the same list, "X vs. Y" group or
table first, then the same chunk, section and topic. A distractor is dropped when the notes say the same
thing of it (its sentences share most of the statement's key terms), and an item is dropped when its
prompt gives the answer away or fewer than two distractors survive. Everything is deterministic: ids
hash kind, source, prompt and answer, and choices are shuffled with the id as seed.

How a name is cleaned and worded (heads, genera, plurals, glosses) is in ``bot.quiz.wording``; the
gates and the ranking are in ``bot.quiz.quality``; reading a learner's answer is ``bot.quiz.grading``.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePosixPath

import numpy as np
from rapidfuzz.distance import OSA

from bot.glossary import SET_OUT_KINDS, Entity, Glossary
from bot.ingest import Chunk
from bot.ingest.document import read_lines, section_role
from bot.ingest.entries import Entry, Table, parse, readable, sentences, split_label
from bot.ingest.entries import plain as _plain
from bot.quiz.grading import normalized
from bot.quiz.items import QuizItem
from bot.quiz.quality import curate
from bot.quiz.wording import (
    _ADVERBS,
    _ASPECT_LABELS,
    _AUX,
    _BASE_VERBS,
    _BRACKETED,
    _COUNTED_WORDS,
    _DESCRIBING_COLUMNS,
    _DETERMINERS,
    _ENUMERATED,
    _FIELD_LABELS,
    _FILING_HEADING,
    _FORM_OF,
    _FRAGMENT_OPENERS,
    _GENUS_END,
    _GLOSS,
    _NEGATIONS,
    _OWN_SUBJECT,
    _PAGE_OR_PART,
    _PARTICIPLE_PHRASE,
    _PLACED_ON,
    _PLACEHOLDER,
    _POSITION,
    _PROCEDURE,
    _PRONOUN_START,
    _SIZE,
    _SPLICED,
    _TOPIC_HEADING,
    _VAGUE_GENUS,
    _abbreviates,
    _alike,
    _as_choice,
    _attribute_question,
    _bare,
    _clean_heading,
    _clean_name,
    _column_name,
    _contains_phrase,
    _counted_lead,
    _enumerators,
    _everyday,
    _generic_cell,
    _genus_of,
    _gives_reasons,
    _head,
    _holding,
    _holds_words,
    _item_id,
    _kind_of,
    _label_key,
    _leads_in,
    _longer_subject,
    _lower_title,
    _mirrored,
    _nested,
    _overlap,
    _parts_of_a_whole,
    _phrase_stems,
    _plain_cell,
    _prose,
    _remark,
    _sections,
    _sentence_case_lower,
    _sentence_like,
    _singular,
    _stem_set,
    _swapped,
    _table_noun,
    _unquote,
    _unref,
    _variants,
    _vocabulary_size,
    _wordset,
)
from bot.text import (
    STOPWORDS,
    is_common_word,
    is_dictionary_word,
    is_word_form,
    key,
    stem,
    strip_markup,
    terms,
    words,
)

MAX_CHOICES = 4
VOCABULARY_RUN = 8  # labelled lines in one run from which on they are a vocabulary of many kinds
PEER_SPREAD = 0.08  # a peer this much further from the answer than the nearest peer is of another kind
PEER_MIN = 0.5  # below it a name set beside the answer is still of another kind
# Below it, the sentences that mention a name found away from the answer's own list talk of other
# matters than the answer's do ('IAM Users' offered for a gateway): no rival for it.
CONTEXT_MIN = 0.3
# Groups whose names the notes set side by side as alternatives: the sides of a comparison, the
# things of one table, the labels of one list (sibling headings are chapters, not alternatives).
_SET_BESIDE = ("vs", "table", "list")
# Where a wrong choice of a statement may come from though its section compares nothing: the sides
# of a comparison or the rows of a table elsewhere, subjects of sibling chapters.
_COMPARED_TIERS = frozenset({"vs", "table", "list", "near", "sections", "kind"})
# A heading that sets things side by side: "Differences between X and Y", "When to use SQS or SNS".
_COMPARING = re.compile(
    r"\b(?:vs\.?|versus|differen(?:ce|ces|t)|compar\w*|contrast\w*|when to use|which to use|choos\w*)\b",
    re.IGNORECASE,
)
# Names sharing the answer's head noun are its kind only when they are talked of alike ('Class
# Methods' and 'Static Methods'), not merely both groups of something ('IAM Groups', 'Log Groups').
HEAD_MIN = 0.55


BLANK = "____"

_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_VS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)
_CLAUSE = re.compile(r",?\s+while\s+|;\s+|,\s+whereas\s+", re.IGNORECASE)
_PAREN_AFTER = re.compile(r"^\s*\([^()]{1,40}\)")
_IF_NEED = re.compile(
    r"^(?:(?:and|so|then)\s+)?if you (?P<verb>need|want)(?P<what>\s.+?),\s+"
    r"(?:then\s+)?use\s+(?P<subj>.+?)[.!]?$",
    re.IGNORECASE,
)
_USE = re.compile(r"^(?:you (?:can|should) )?use\s+", re.IGNORECASE)
_IT = re.compile(r"^it(?:'s|’s|\s+is)?\s+", re.IGNORECASE)
_ARTICLE = r"the|an|a"
# "When to use IAM Roles", "How it works": a how-to section, not a thing a question is set in
_QUESTION_HEADING = re.compile(r"^(?:how|what|why|when|where|which|who)\b", re.IGNORECASE)
# "X is the process of ...", "A list is a mutable sequence ...": a definition of the section's subject
_HEADING_DEFINES = re.compile(
    r"^(?:the\s+(?:term|word|concept|notion)\s+|(?:the|a|an)\s+)?(?P<term>[A-Za-z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}?)\s+"
    r"(?:(?P<verb>is|are|refers\s+to|means)\s+(?P<rest>(?:a|an|the|one|any|used)\s+.{8,})"
    r"|(?P<by>(?:is|are)\s+(?:characteri[sz]ed|marked|defined)\s+(?:by|as))\s+(?P<what>.{8,}))$",
    re.IGNORECASE,
)
# Column names that label a cell instead of naming a property of the row's thing.
_PLACEHOLDER_COLUMNS = frozenset(
    key(w) for w in ("term", "name", "category", "type", "item", "example", "examples")
)
# "The first is a full copy ...", "The latter ...": one of a pair the sentence before set out
_ORDINAL_START = re.compile(r"^(?:the\s+)?(?:first|second|third|former|latter|last|other)\b", re.IGNORECASE)
# words that point at text the reader can't see ("below link", "the above", "this")
_POINTER_WORDS = re.compile(
    r"\b(?:below|above|link|links|following|previous|this|these|that one|those|here)\b", re.IGNORECASE
)
# "is the conscious decision to ...", "are a class of ...", "refers to ...": what a thing is
_DEFINES_WHAT = re.compile(
    r"^(?:(?:is|are)\s+(?:the|an?|one of the)\s|refers? to\b|means?\b|"
    r"(?:is|are)\s+(?:characteri[sz]ed|marked|defined)\s+(?:by|as)\b)",
    re.IGNORECASE,
)
# "is an example of", "is a good choice for": a sentence that places its subject among others or
# appraises it, which a rival would fill as well; no definition of it
_APPRAISAL = re.compile(
    r"^(?:is|are)\s+(?:an?|the|one of the)\s+(?:(?:good|better|best|great|important|common|popular|useful|"
    r"main|key|major|typical|classic|well[- ]known)\s+)?(?:example|instance|choice|option|indication|"
    r"consequence|case)s?\b",
    re.IGNORECASE,
)
_DEFINING = re.compile(r"^(?:refers? to|means?|is defined as|are defined as|stands? for|is short for)\b")
_WH = re.compile(r"^(?:how|what|why|when|where|who|which)\b", re.IGNORECASE)
_VAGUE_TERMS = frozenset(
    terms("type types kind kinds one two three four example part thing things way form sort product service")
)
_NAMELIKE = re.compile(r"[\w][\w .,'&/+:()-]*")
_NAME_GLUE = frozenset(("of", "and", "for", "the", "to", "on", "in", "a", "an", "at", "by", "s"))
_DANGLING = re.compile(
    r"\b(?:this|these|those)\b(?=\s*(?:[,.;:?)]|$)|\s+(?:based|on|in|to|for|with|by|from|at|is|are|was|can|will)\b)",
    re.IGNORECASE,
)
_CUT_SHORT = re.compile(r"\b(?:more|less|than|or|and|of|the|a|an|to|with|such as|like)\W*$", re.IGNORECASE)
_LEAD_IN = re.compile(r"^(?:for instance|for example|e\.g\.?|i\.e\.?|such as|like)\b", re.IGNORECASE)
# "is similar to X", "Same as secrets": what is like something else tells it apart from nothing
_LIKENESS = re.compile(
    r"^(?:(?:is|are)\s+)?(?:(?:very|quite|much|mostly|basically|almost|exactly|just)\s+)?"
    r"(?:similar|identical|equivalent|comparable|analogous|alike|like|unlike|(?:the\s+)?same\s+as)\b",
    re.IGNORECASE,
)
_BACKREF = re.compile(
    r"\b(?:same as above|as above|see above|see below|as follows|the above|the following)\b", re.I
)
_NUMBER_START = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|some)\b", re.I)
_TOC = frozenset(key(w) for w in ("Table of Contents", "Contents", "TOC", "Index"))

_PLURAL_AUX = _wordset("are were have do don't aren't weren't haven't")
# Single words too vague to be worth a blank.
_VAGUE = _wordset(
    """allow allows allowed ensure ensures must never always only not cannot can't no yes all any every each
    both either none one two three first last new old same other more less most least very much many few
    free default good bad best better important note key main used use uses can will may might should
    true false on off up down in out"""
)


# ----------------------------------------------------------------------------------------------- API


def generate_items(
    chunks: list[Chunk],
    glossary: Glossary,
    vectors: np.ndarray | None = None,
    unit_vectors: np.ndarray | None = None,
    embed: Callable[[list[str]], np.ndarray] | None = None,
) -> list[QuizItem]:
    """The quiz bank for these notes, best first: only candidates that pass the quality gates.

    ``vectors`` (the chunks' embeddings, when the index has them) find names of the same kind as an
    answer when the notes never list them side by side; ``embed`` (the index's model) tells two labels
    of one kind from two labels a list merely puts together. Same notes, same items, same order, same
    ids."""
    builder = _Builder(chunks, glossary, vectors, unit_vectors)
    items = builder.build()
    kept = curate(_without_unlike_pairs(items, embed) if embed is not None else items)
    return _recall_fills_in(kept, builder.recall_ids)


# A month of daily quizzes: a bank that small takes blanks in the notes' definitions to fill it.
_MONTH = 30


def _emphasised(name: str, sentence: str) -> bool:
    """Whether ``sentence`` (as written, with its markup) sets ``name`` in bold or italics."""
    opens = r"(?:\*\*|__|(?<![\w*])\*|(?<![\w_])_)"
    closes = r"(?:\*\*|__|\*(?![\w*])|_(?![\w_]))"
    return re.search(rf"{opens}{re.escape(name)}{closes}", sentence, re.IGNORECASE) is not None


def _recall_fills_in(items: list[QuizItem], recall_ids: set[str]) -> list[QuizItem]:
    """``items`` with the blanks in a term's definition ("____ is the amount a seller is paid for a
    good minus the cost") only as far as the notes' lists, tables and comparisons leave a month of
    daily quizzes short. Graders kept about two in three of them (against four in five of the
    others): a synonym the blank does not take ('buoyancy' for Upthrust), a definition another term
    fits as well. Notes written as prose, which set few terms side by side, make few other questions;
    there a blank is better than no quiz."""
    room = max(0, _MONTH - sum(1 for it in items if it.id not in recall_ids))
    out = []
    for it in items:
        if it.id in recall_ids:
            if room == 0:
                continue
            room -= 1
        out.append(it)
    return out


# Two labels whose names embed further apart than this are not two of one kind but two things a list
# put together ('Track Skew' and 'Cache' under "Advanced Features", 'Bitmaps' beside 'Pre-allocation
# Policy'): an either-or between them is settled by the kind alone. In the blind grades, pairs below it
# were 9 trivial or off-type to 2 kept; pairs of one kind ('Rough ER' and 'Smooth ER' at 0.65,
# 'On-Demand' and 'Provisioned' at 0.28) sit above it.
_UNLIKE_PAIR = 0.25


def _without_unlike_pairs(
    items: list[QuizItem], embed: Callable[[list[str]], np.ndarray]
) -> list[QuizItem]:
    """``items`` less the either-or questions between two labels of different kinds, asked either way
    round (the label by its line, or the line by its label: both are told by their explanation)."""
    pairs = [it for it in items if it.kind == "mapping" and len(it.choices) == 2]
    if not pairs:
        return items
    names = sorted({c for it in pairs for c in it.choices})
    vectors = embed(names)
    at = {n: i for i, n in enumerate(names)}
    unlike = {
        it.explanation
        for it in pairs
        if float(vectors[at[it.choices[0]]] @ vectors[at[it.choices[1]]]) < _UNLIKE_PAIR
    }
    return [
        it
        for it in items
        if not (it.kind in ("mapping", "definition") and len(it.choices) == 2 and it.explanation in unlike)
    ]


@dataclass
class _Fact:
    """One question before distractors: the answer, its prompt and what justifies it."""

    kind: str
    prompt: str
    answer: str
    explanation: str
    chunk: Chunk
    pool: str  # which pool distractors come from: "subject", "term", "mapping-left", "mapping-right"
    group: list[str] = field(default_factory=list)  # closest candidates: same list / vs group / table
    pred: str = ""  # the statement's words, for the second-right-answer check
    extra: list[str] = field(default_factory=list)  # fallback distractors in order (tables)
    tiers: list[str] = field(default_factory=list)  # where each chosen distractor came from
    compared: list[str] = field(default_factory=list)  # the names of an "X vs. Y" label above it
    noun: str = ""  # the kind a list's label names its items by ("Which Scaling Policy ...")
    parallel: bool = False  # one of a run of entries each saying what its own subject is
    loose: bool = False  # one of a glossary's terms, which are of many kinds: rivals must share its genus
    rivals: set[str] = field(default_factory=set)  # sibling labels with no line of their own to ask


@dataclass
class _Clause:
    sid: int
    terms: frozenset[str]
    words: list[str]


class _Builder:
    def __init__(
        self,
        chunks: list[Chunk],
        glossary: Glossary,
        vectors: np.ndarray | None = None,
        unit_vectors: np.ndarray | None = None,
    ) -> None:
        self.chunks = chunks
        self.glossary = glossary
        self.vectors = vectors if vectors is not None and len(vectors) == len(chunks) else None
        starts = np.cumsum([0, *(len(c.units) for c in chunks)])
        fits = unit_vectors is not None and len(unit_vectors) == int(starts[-1])
        self.unit_vectors = unit_vectors if fits else None
        self.unit_start = starts
        # articles and the corpus's learned qualifiers ("Acme" in "Acme Queue") come off a name
        alternation = "|".join([*(re.escape(p) for p in sorted(glossary.prefixes)), _ARTICLE])
        self._vendor = re.compile(rf"^(?:(?:{alternation})\s+)", re.IGNORECASE)
        self.pos = {c.id: i for i, c in enumerate(chunks)}
        # the document model: navigation and code lines are never quiz material
        # A section is parsed whole: a list that runs on into the next chunk stays one list (its
        # labels are each other's distractors), held by the section's first chunk
        self.parsed: dict[str, tuple[list[Entry], list[Table]]] = {}
        self.section_of: dict[str, list[Chunk]] = {}
        for group in _sections(chunks):
            text = group[0].text
            for before, c in zip(group, group[1:], strict=False):
                first, _, rest = c.text.partition("\n")
                in_table = text.rstrip().rpartition("\n")[2].lstrip().startswith("|")
                header = first.lstrip().startswith("|")
                if in_table and header and first.strip() in (x.strip() for x in text.split("\n")):
                    text += "\n" + rest  # a table cut in two repeats its header row: one table again
                else:
                    text += (" " if c.start == before.end else "\n\n") + c.text
            self.parsed[group[0].id] = parse(read_lines(text, group[0].heading))
            for c in group[1:]:
                self.parsed[c.id] = ([], [])
            self.section_of[group[0].id] = group
        self._enumerators = _enumerators(
            [e.label for es, _ in self.parsed.values() for e in es if e.label]
            + [h for c in chunks for h in c.heading]
        )
        self._fields = self._field_labels()
        # a table's column names ("Observed bonding") name attributes of its rows, never a row's thing
        # (unless another table has it as a row: "Woodwinds" heads a column of players and is a family)
        rows_named = {
            key(_clean_name(_plain(r[0]))) for _, ts in self.parsed.values() for t in ts for r in t.rows if r
        }
        self._columns = (
            frozenset(
                key(_clean_name(_plain(h)))
                for es, ts in self.parsed.values()
                for t in ts
                for h in t.header[1:]
            )
            - rows_named
        )
        self._aliases: dict[str, frozenset[str]] = {}
        self._key_cache: dict[str, tuple[set[str], set[str]]] = {}
        self.topics = self._topics()
        self._alias_index()
        self._nounish = self._nounish_words()
        self._forms: Counter = Counter()  # spellings as written: 'Shared' vs 'shared'
        self._chunk_df: Counter = Counter()  # in how many chunks a word occurs
        for c in chunks:
            self._forms.update(re.findall(r"[A-Za-z][A-Za-z0-9-]*", c.text))
            self._chunk_df.update(set(words(c.text)))
        self.pools: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self._chunk: Chunk | None = None
        self._heading_term_at: dict[str, Chunk] = {}  # where the notes define a section's own subject
        self._defined_term_at: dict[str, Chunk] = {}  # terms the notes define outside their own section
        # "Delirium is a disorder of ..." under "Delirium": sections that say what their subject is
        self._defines_section: dict[str, Chunk] = {}
        self._genus: dict[str, str] = {}  # subject -> the noun its definition names its kind by
        # name key -> keys of what the notes say it is a form of ("a form of anterograde amnesia")
        self._kind_of_name: dict[str, set[str]] = {}
        self._mentioned: dict[str, set[int]] = {}  # name key -> chunks that name it
        self._opening: dict[str, str] = {}  # subject -> what its section's opening sentence says of it
        self._glossary_genus: dict[str, str] = {}  # glossary term key -> the genus its definition names
        self._defines: dict[str, tuple[Chunk, str]] = {}  # subject -> where and how the notes define it
        self._defines_by_key: dict[str, tuple[Chunk, str]] = {}  # the same by key, once all are read
        self._context_cache: dict[str, np.ndarray | None] = {}
        self._described: list[tuple[int, str]] = []  # (chunk position, answer) of the facts made
        self._unit_words: list[list[str]] = []
        self._units_with: dict[str, list[int]] = defaultdict(list)
        self.peers = self._peer_groups()
        self._kin: tuple[list[str], np.ndarray] | None = None
        self._recalled: set[str] = set()  # terms asked already as a blank in their definition
        self.recall_ids: set[str] = set()  # the ids of those blanks

    # -- topics ---------------------------------------------------------------------------------
    def _topics(self) -> dict[str, str]:
        titles: dict[str, Counter] = defaultdict(Counter)
        for c in self.chunks:
            if c.heading:
                titles[c.source][c.heading[0]] += 1
        out = {}
        for c in self.chunks:
            title = titles[c.source].most_common(1)[0][0] if titles[c.source] else c.source
            path = list(c.heading)
            if path and path[0] == title:
                path = path[1:]
            path = [h for h in path if key(_clean_name(h)) not in _TOC]
            out[c.id] = _clean_heading(path[0] if path else title)
        return out

    # -- names ----------------------------------------------------------------------------------
    def _alias_index(self) -> None:
        """Entity aliases by first word, for finding a sentence's subject and the names in a clause."""
        self.display: dict[str, str] = {}
        self.first_word: dict[str, list[tuple[list[str], Entity]]] = defaultdict(list)
        self.alias_keys: dict[str, Entity] = {}
        for e in self.glossary.entities.values():
            name = _clean_name(e.name)
            if not name or not any(c.isalpha() for c in name):
                continue
            self.display[e.key] = name
            for alias in {e.name, name, *e.aliases}:
                aw = words(_clean_name(alias))
                if not aw or all(w in STOPWORDS for w in aw):
                    continue
                self.first_word[aw[0]].append((aw, e))
                self.alias_keys.setdefault("".join(aw), e)
        for lst in self.first_word.values():
            lst.sort(key=lambda t: -len(t[0]))
        self.max_alias_words = max((len(aw) for lst in self.first_word.values() for aw, _ in lst), default=1)

    def _field_labels(self) -> frozenset[str]:
        """Labels the notes repeat item after item ('Structure:', 'Function:', 'Importance:' under each
        of four molecules): the fields of a record, like a table's columns, not terms. A name the
        notes compare ('SQS:' under two comparisons) is not in everyday words and stays a term."""
        parents: dict[tuple[str, str], set[str]] = defaultdict(set)
        for c in self.chunks:
            entries, _ = self.parsed[c.id]
            for e in entries:
                if e.label and e.item:
                    where = entries[e.parent].text if e.parent is not None else str(e.index)
                    parents[(c.source, key(_clean_name(e.label)))].add(where)
        out = set()
        for (_, k), where in parents.items():
            if len(where) >= 2 and k and all(is_common_word(w) for w in words(k) or [k]):
                out.add(k)
        return frozenset(out)

    def enumerated(self, name: str) -> bool:
        m = _ENUMERATED.match(_clean_name(name))
        return m is not None and m.group(1).lower() in self._enumerators

    def entity(self, name: str) -> Entity | None:
        k = key(_clean_name(name))
        return self.alias_keys.get(k) or self.glossary.lookup(name)

    def name_of(self, e: Entity) -> str:
        return self.display.get(e.key, _clean_name(e.name))

    def aliases_of(self, name: str) -> frozenset[str]:
        """The name, its entity's names and aliases, without the corpus's learned qualifier prefixes
        (cached: asked often)."""
        cached = self._aliases.get(name)
        if cached is not None:
            return cached
        out = {name}
        e = self.entity(name)
        if e is not None:
            out |= {self.name_of(e), e.name, *e.aliases}
        stripped = self._vendor.sub("", name)
        if stripped and stripped != name:
            out.add(stripped)
        result = self._aliases[name] = frozenset(_clean_name(a) for a in out if a.strip())
        return result

    def _keys(self, name: str) -> tuple[set[str], set[str]]:
        """Keys of a name's aliases (singular too), and of their '/'-separated parts."""
        cached = self._key_cache.get(name)
        if cached is None:
            aliases = self.aliases_of(name)
            keys = {key(x) for x in aliases}
            keys |= {k[:-1] for k in keys if len(k) > 3 and k.endswith("s") and not k.endswith("ss")}
            cached = self._key_cache[name] = (keys, {key(p) for x in aliases for p in x.split("/")})
        return cached

    def same_thing(self, a: str, b: str) -> bool:
        ka, parts_a = self._keys(a)
        kb, parts_b = self._keys(b)
        if ka & kb or parts_a & kb or parts_b & ka:
            return True
        if _abbreviates(a, b) or _abbreviates(b, a):
            return True  # 'R53' and 'Route 53', 'IAM' and 'Identity and Access Management'
        # 'Kinesis Firehose' and 'Kinesis Data Firehose': same head word, one's words within the other's
        wa, wb = words(self._vendor.sub("", a)), words(self._vendor.sub("", b))
        return bool(wa and wb) and wa[-1] == wb[-1] and (set(wa) <= set(wb) or set(wb) <= set(wa))

    def ubiquitous(self, name: str) -> bool:
        """A name in a fifth of the passages or more: what the notes are about, not one thing in them."""
        e = self.entity(name)
        if e is None or len(e.chunks) <= max(8, 0.2 * len(self.chunks)):
            return False
        if len(e.chunks) > 0.4 * len(self.chunks):
            return True
        if " ".join(words(_clean_name(name))) not in self._heading_phrases:
            return True  # 'DATA' in a third of the passages and never a section's subject
        # in a fifth of the passages: the notes' subject when their files' titles name it too ('K8s'
        # in every lab's title), a central thing of the subject when they don't ('Pod')
        return self._titles_naming(e) >= max(2, 0.25 * len(self._file_titles))

    @cached_property
    def _file_titles(self) -> list[list[str]]:
        """The words of each file's title (its first heading)."""
        firsts: dict[str, list[str]] = {}
        for c in self.chunks:
            if c.heading:
                firsts.setdefault(c.source, words(c.heading[0]))
        return list(firsts.values())

    def _titles_naming(self, e: Entity) -> int:
        names = [a for a in {e.name, *e.aliases} if words(a)]
        return sum(any(_contains_phrase(t, a) for a in names) for t in self._file_titles)

    def thinglike(self, e: Entity) -> bool:
        name = self.name_of(e)
        if len(name.split()) > 5 or len(name) > 48 or not _NAMELIKE.fullmatch(name):
            return False
        if any(w in STOPWORDS and w not in _NAME_GLUE for w in words(name)):
            return False  # '54% cheaper than S3 standard' is a phrase, not a name
        if e.kinds & {"compared", "table", "mapping", "acronym", "definition"}:
            return True
        first, *others = name.split()
        if first[:1].isupper() and first[1:].islower() and all(w.islower() for w in others):
            # 'Lambda' is a name; 'Shared' or 'Admin overhead' are ordinary words that happened to be bold
            return self._forms[first.lower()] < max(2, self._forms[first] / 2)
        return any(c.isupper() or c.isdigit() for c in name)

    def subject_at(self, text: str) -> tuple[Entity, int] | None:
        """The entity a clause starts with (after a learned qualifier or "The"), and where its name ends."""
        m = self._vendor.match(text)
        offset = m.end() if m else 0
        rest = text[offset:]
        tokens = list(re.finditer(r"[A-Za-z0-9]+(?:['’][a-z]+)?", rest))
        if not tokens or tokens[0].start() != 0:
            return None
        low = [t.group(0).lower() for t in tokens]
        for aw, e in self.first_word.get(low[0], ()):
            n = len(aw)
            if low[:n] == aw:
                end = tokens[n - 1].end()
                if end < len(rest) and (rest[end].isalnum() or rest[end] in "-/"):
                    continue
                first = rest[:1]
                # "The marginal cost measures ...": after a sentence's article, a term the notes define
                # in lower case is the subject
                defined_term = offset > 0 and "definition" in e.kinds and text[:1].isupper()
                if not (first.isupper() or first.isdigit() or defined_term):
                    return None
                return e, offset + end
        return None

    def names_in(self, text: str, any_kind: bool = False) -> set[str]:
        """Keys of the names (entity aliases) mentioned in ``text``; of things only, unless
        ``any_kind`` ('income statement' too)."""
        ws = words(text)
        found = set()
        for i in range(len(ws)):
            for n in range(min(self.max_alias_words, len(ws) - i), 0, -1):
                e = self.alias_keys.get("".join(ws[i : i + n]))
                if e is not None and (self.thinglike(e) or (any_kind and "generic" not in e.kinds)):
                    found.add(key(self.name_of(e)))
                    found.update(key(a) for a in e.aliases)
                    break
        return found

    def _nounish_words(self) -> set[str]:
        seen: set[str] = set()
        # "12 bits", "3 bits": a word counted twice or more is a noun ('IPv6 allows' is no count)
        counted: Counter = Counter()
        for c in self.chunks:
            ws = words(c.text)
            for a, b in zip(ws, ws[1:], strict=False):
                if a in _DETERMINERS:
                    seen.add(b)
            counted.update(m.lower() for m in re.findall(r"(?<![\w.,/-])\d+\s+([a-z]+s)\b", c.text))
        return seen | {w for w, n in counted.items() if n >= 2}

    def is_verb(self, word: str, following: str) -> bool:
        if not word or not word[:1].islower():
            return False
        if word in _AUX:
            return True
        if word in _BASE_VERBS:  # after a plural subject: 'Mitochondria produce ATP'
            return following.lower() not in _AUX and word not in self._nounish
        if (
            len(word) >= 4
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "'s", "’s"))
            and word.isalpha()
            and word not in self._nounish
            and word not in STOPWORDS
        ):
            return following.lower().strip(",") not in _AUX | {
                "or",
                "and",
                "of",
                "nor",
            } and not following.startswith(",")
        return False

    # -- building -------------------------------------------------------------------------------
    def build(self) -> list[QuizItem]:
        facts: list[_Fact] = []
        for chunk in self.chunks:
            if section_role(chunk.heading) != "content":
                continue  # references, worked examples, labs and study advice make poor questions
            entries, tables = self.parsed[chunk.id]
            made = self._entry_facts(chunk, entries)
            for table in tables:
                made.extend(self._table_facts(chunk, table))
            group = self.section_of.get(chunk.id, [chunk])
            for fact in made:
                said = fact.explanation.split(" — ", 1)[0] if fact.kind == "table" else fact.explanation
                fact.chunk = _holding(group, said)
            facts.extend(made)
        self._index_clauses()
        for fact in facts:
            m = _FORM_OF.match(fact.pred) if fact.kind in ("mapping", "statement") else None
            if m:
                self._kind_of_name.setdefault(key(fact.answer), set()).update(self.names_in(m.group(1)))
        self._add_described_headings(facts)
        self._described = [
            (self.pos[f.chunk.id], f.answer) for f in facts if f.kind in ("statement", "mapping")
        ]
        self._defines_by_key = {key(k): v for k, v in self._defines.items()}
        items: list[QuizItem] = []
        seen_prompts: set[str] = set()
        defined: list[tuple[_Fact, QuizItem]] = []
        by_name = self._definitions_by_name(facts)
        for fact in facts:
            if fact.kind == "statement":
                fact.prompt = self._with_section(fact)
            item = self._item(fact)
            if item is None or self._misspelled(" ".join([item.prompt, *item.choices])):
                continue  # 'molocules', 'impliment': a typo copied from the notes is not posted
            if self._on_an_example_actor(item.prompt):
                continue  # "the interface's MAC on R2": R2 is one machine of a worked example
            if self._mirror_pair(fact, item, by_name):
                continue
            pk = normalized(item.prompt)
            if pk in seen_prompts:
                continue
            seen_prompts.add(pk)
            items.append(item)
            if fact.kind == "mapping" and fact.pool == "term":
                defined.append((fact, item))
        items.extend(self._descriptions(by_name, defined))
        return items

    @staticmethod
    def _definitions_by_name(facts: list[_Fact]) -> dict[tuple[str, str], _Fact]:
        """The definition facts of list labels, by file and label."""
        by_name: dict[tuple[str, str], _Fact] = {}
        for f in facts:
            if f.kind == "mapping" and f.pool == "term" and f.pred:
                by_name.setdefault((f.chunk.source, _label_key(f.answer)), f)
        return by_name

    def _mirror_pair(self, fact: _Fact, item: QuizItem, by_name: dict[tuple[str, str], _Fact]) -> bool:
        """A label asked between two whose definitions differ by a word or two ('Increase in economic
        benefits ...' for Income, 'Decrease in economic benefits ...' for Expenses): an antonym, not
        knowledge, answers it."""
        if fact.kind != "mapping" or fact.pool != "term" or len(item.choices) != 2:
            return False
        other = item.choices[1 - item.answer]
        f = by_name.get((fact.chunk.source, _label_key(other)))
        return f is not None and _mirrored(fact.pred, f.pred)

    def _descriptions(
        self, by_name: dict[tuple[str, str], _Fact], defined: list[tuple[_Fact, QuizItem]]
    ) -> list[QuizItem]:
        """The labels of a list asked the other way round: 'Which of these describes Kubelet?' among
        the descriptions the same list gives its siblings. The notes' own set gives choices of one
        kind; a description that names its own label (or the one asked) would give itself away."""
        out: list[QuizItem] = []
        seen: set[str] = set()
        for fact, item in defined:
            asked = item.choices[item.answer]
            siblings = {_label_key(g) for g in fact.group}
            said: list[tuple[str, str]] = []
            skipped = False
            for name in item.choices:
                k = _label_key(name)
                f = fact if name == asked else by_name.get((fact.chunk.source, k))
                if name in fact.rivals:
                    skipped = True
                    continue  # 'SaaS' beside IaaS has no line of its own to offer as a choice
                if f is None or (f is not fact and k not in siblings):
                    break
                text = _as_choice(f.pred)
                if self._misspelled(text):
                    if f is fact:
                        break
                    continue  # 'expresive': a typo copied from the notes is not posted
                said.append((name, text))
            else:
                fewest = 3 if skipped else 2  # a list that left a label out asks among three at least
                if len(said) < fewest or (len(said) == 2 and _mirrored(said[0][1], said[1][1])):
                    continue  # 'Increase in economic benefits' or 'Decrease ...': a word tells them apart
                if len(said) == 2 and all(len(words(n)) == 1 and is_common_word(n.lower()) for n, _ in said):
                    continue  # 'Read' or 'Write' once more, the other way round: the words answer it
                texts = [t for _, t in said]
                if len({key(t) for t in texts}) < len(texts) or not all(map(_prose, texts)):
                    continue  # '1000-Base-LX', 'Asia Pacific (Sydney)': names, not descriptions
                if any(_stem_set(name) & _stem_set(t) for name, t in said):
                    continue  # "... at a static port (the NodePort)": a description naming its label
                if any(_stem_set(asked) & _stem_set(t) for t in texts):
                    continue
                wrapped = re.match(r"^In “([^”]*)”, ", item.prompt)
                lead = f"In “{wrapped.group(1)}”, which" if wrapped else "Which"
                # "the endpoint Reader endpoint": the kind is in the name already
                repeats = bool(fact.noun) and stem(words(fact.noun)[-1]) == stem((words(asked) or [""])[-1])
                named = f"the {fact.noun} {asked}" if fact.noun and not repeats else asked
                prompt = f"{lead} of these describes {named}?"
                setting = self._setting(fact.chunk, asked) if not wrapped and not fact.noun else ""
                if setting and any(self.same_thing(setting, n) for n, _ in said):
                    setting = ""  # "In “NMS”, which describes Serotonin syndrome?" beside NMS: a rival
                if setting:
                    # 'Provisioned' alone names nothing: the nearest heading that names a thing does
                    prompt = f"In “{_unref(setting)}”, {prompt[0].lower()}{prompt[1:]}"
                if normalized(prompt) in seen:
                    continue
                seen.add(normalized(prompt))
                answer = texts[[n for n, _ in said].index(asked)]
                choices = list(texts)
                item_id = _item_id("definition", item.source, prompt, answer)
                random.Random(int(item_id, 16)).shuffle(choices)
                out.append(
                    QuizItem(
                        item_id,
                        "definition",
                        prompt,
                        tuple(choices),
                        choices.index(answer),
                        item.explanation,
                        item.source,
                        item.topic,
                        item.chunk_id,
                    )
                )
        return out

    @cached_property
    def _spellings(self) -> dict[int, list[str]]:
        """Dictionary words the notes use in two passages or more (or whose forms they use: 'assign'
        of 'assigned'), by length: what a word met once ('molocules', 'assing') was meant to be."""
        found: set[str] = set()
        for w, df in self._chunk_df.items():
            if df >= 2 and len(w) >= 4 and w.isalpha():
                found.update(f for f in (w, stem(w)) if len(f) >= 4 and is_common_word(f))
        by_length: dict[int, list[str]] = defaultdict(list)
        for w in sorted(found):
            by_length[len(w)].append(w)
        return by_length

    @cached_property
    def _example_actors(self) -> frozenset[str]:
        """Names numbered off in a family of three or more ('R1', 'R2', 'R3'; 'PC1', 'PC2', 'PC4'):
        the machines, patients or parties of worked examples, or numbered terms ('M1', 'CH3')."""
        numbers: dict[str, set[str]] = defaultdict(set)
        for c in self.chunks:
            for prefix, n in re.findall(r"\b([A-Z]{1,3})(\d{1,2})\b", c.text):
                numbers[prefix].add(n)
        return frozenset(p for p, ns in numbers.items() if len(ns) >= 3)

    def _on_an_example_actor(self, text: str) -> bool:
        """Whether ``text`` places its fact on one of a worked example's numbered actors ("on R2",
        "R1's MAC"): true there, not of the thing in general. A numbered term used as a name
        ('CH3 groups', 'M2 includes') is not placed on."""
        return any((m.group(1) or m.group(2)) in self._example_actors for m in _PLACED_ON.finditer(text))

    def _misspelled(self, text: str) -> str | None:
        """A word of ``text`` that is a typo in the notes: met in one passage only, in no dictionary,
        and a letter or two away from a dictionary word the notes use elsewhere. A word that is only
        a dictionary word's form by its stem ('assing' read as 'ass' + 'ing') is a typo when one slip
        away from a word of another stem the notes use ('assign')."""
        for w in set(words(text)):
            if len(w) < 5 or not w.isalpha() or self._chunk_df[w] > 1 or is_dictionary_word(w):
                continue
            if is_word_form(w):
                # a form by its stem alone ('masking', 'invert' are not in the word-piece dictionary
                # either): only two letters swapped is a slip
                if any(_swapped(w, right) for right in self._spellings.get(len(w), ())):
                    return w
                continue
            budget = 1 if len(w) < 8 else 2
            for n in range(len(w) - budget, len(w) + budget + 1):
                for right in self._spellings.get(n, ()):
                    # two letters swapped ('assing') count as one slip
                    if right[0] == w[0] and OSA.distance(w, right, score_cutoff=budget) <= budget:
                        return w
        return None

    @cached_property
    def _aspect_headings(self) -> frozenset[str]:
        """Headings the notes repeat under three different parents or more ("Symptoms", "Diagnosis",
        "Treatment" under each disease; "Mechanism", "Analysis" under each algorithm): an aspect of the
        thing above them, not a thing a question can be set in."""
        parents: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for c in self.chunks:
            for i in range(1, len(c.heading)):
                parents[key(_clean_heading(c.heading[i]))].add((c.source, key(c.heading[i - 1])))
        return frozenset(k for k, where in parents.items() if len(where) >= 3)

    @cached_property
    def _aspect_labels(self) -> frozenset[str]:
        """Labels over a sub-list that the notes repeat in three sections or more ("Throughput:" under
        each RAID level, "Treatment:" under each disease): an aspect of the section's thing, which a
        question set "In “Throughput”" leaves out."""
        where: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for c in self.chunks:
            entries, _ = self.parsed.get(c.id, ([], []))
            for e in entries:
                if e.children and e.label:
                    where[key(_clean_name(e.label))].add((c.source, *c.heading))
        return frozenset(k for k, sections in where.items() if len(sections) >= 3)

    def _own_heading(self, chunk: Chunk) -> str:
        """The heading a chunk's lines sit under, or the one above it when that is an aspect heading
        ("Alzheimer disease" over "Symptoms"): '' for none."""
        for h in reversed(chunk.heading):
            title = _clean_heading(h)
            if key(title) not in self._aspect_headings:
                return title
        return ""

    def _setting(self, chunk: Chunk, name: str) -> str:
        """The nearest heading above ``chunk`` that names a thing ('Aurora' over "Endpoints",
        'DynamoDB' over "Operations, Consistency, and Performance"), '' when none does."""
        for h in reversed(chunk.heading):
            title = _clean_heading(h)
            if key(title) in self._aspect_headings:
                continue  # "Symptoms" under one disease and the next: an aspect of the thing above
            e = self.entity(title)
            if (
                e is None
                or "generic" in e.kinds
                or not self.thinglike(e)
                or self.enumerated(title)
                or self.ubiquitous(title)
                or len(title.split()) > 4
                or _TOPIC_HEADING.search(title)
                or _FILING_HEADING.search(title)
                or _remark(title)
            ):
                continue
            if self.same_thing(title, name) or _contains_phrase(words(name), title):
                return ""
            return title
        return ""

    def _with_section(self, fact: _Fact) -> str:
        """'In “RDS Multi-AZ”, which one ...?': a statement under a heading that names a thing holds for
        that thing; without it the stem loses the qualifier that makes one answer right."""
        if not fact.chunk.heading or fact.prompt.startswith("In “") or fact.parallel:
            return fact.prompt  # one of a run of definitions needs no qualifier: it says what it is
        title = self._own_heading(fact.chunk)
        e = self.entity(title)
        if (
            e is None
            or self.enumerated(title)
            or "generic" in e.kinds
            or not self.thinglike(e)
            or self.ubiquitous(title)
            or len(title.split()) > 4
            or _FILING_HEADING.search(title)
            or self.same_thing(title, fact.answer)
            or self._names_section(fact.chunk, fact.answer)  # "In “Schizotypal”" for Schizotypal ... disorder
            or any(_contains_phrase(words(title), a) for a in self.aliases_of(fact.answer))
            or _contains_phrase(words(fact.prompt), title)
        ):
            return fact.prompt
        return f"In “{_unref(title)}”, {fact.prompt[0].lower()}{fact.prompt[1:]}"

    # -- facts from list items and paragraphs ----------------------------------------------------
    def _entry_facts(self, chunk: Chunk, entries: list[Entry]) -> list[_Fact]:
        self._chunk = chunk  # a definition of the section's own subject needs its heading path
        facts: list[_Fact] = []
        subjects: dict[int, str] = {}  # entry index -> subject name stated there
        terms_of: dict[int, str] = {}  # entry index -> term it defines
        pending: list[tuple[_Fact, int]] = []
        said_before = False  # a statement came before in this chunk
        for entry in entries:
            label, body = split_label(entry.text)
            if "~" in entry.text and "~~" not in entry.text:
                facts.extend(self._mapping_facts(chunk, entry, entries))
                continue
            label_is_term = bool(label) and not _VS.search(label) and not re.search(r"[&+]|\band\b", label)
            last: str | None = None
            previous = ""
            for n, sentence in enumerate(sentences(body)):
                # "X contains 2 different elements:" says what follows, not what X is
                made = [] if sentence.rstrip().endswith(":") else self._statements(sentence, last)
                if made:
                    for subj, prompt, pred in made:
                        explanation = (
                            sentence if not _IT.match(_plain(sentence)) else f"{previous} {sentence}"
                        )
                        defined = subj in self._heading_term_at or subj in self._defined_term_at
                        # the section's opening sentence about its own subject says what it is
                        # ("Paranoid personality disorder exhibits suspicious ...")
                        opening = not said_before and self.section_of.get(chunk.id, [chunk])[0] is chunk
                        if (_DEFINES_WHAT.match(pred) or opening) and self._names_section(chunk, subj):
                            self._defines_section.setdefault(subj, chunk)
                            self._opening.setdefault(subj, pred)
                            self._genus.setdefault(subj, _genus_of(pred))
                        if _DEFINES_WHAT.match(pred):
                            self._defines.setdefault(subj, (chunk, pred))
                            self._genus.setdefault(subj, _genus_of(pred))
                        said_before = True
                        pool = "term" if _DEFINING.match(pred) or defined else "subject"
                        fact = _Fact("statement", prompt, subj, explanation.strip(), chunk, pool, pred=pred)
                        pending.append((fact, entry.index))
                        (subjects if pool == "subject" else terms_of).setdefault(entry.index, subj)
                    # "It ..." next refers to this subject only when nothing else is named here
                    named = self.names_in(_plain(sentence)) - {key(a) for a in self.aliases_of(made[-1][0])}
                    last = made[-1][0] if not named else None
                    previous = sentence if not _IT.match(_plain(sentence)) else previous
                elif n == 0 and label_is_term and body and not self._stray_label(entry, entries):
                    fact = self._definition(chunk, entry, entries, label, sentence)
                    if fact is not None:
                        pending.append((fact, entry.index))
                        terms_of[entry.index] = fact.answer
                    # "Bottleneck: The parity disk is accessed ... It serializes all writes": after a
                    # sentence with its own subject, "it" is that subject, not the label
                    own = _OWN_SUBJECT.match(_unquote(_plain(sentence)))
                    # ("A Chart is a Helm package. It contains ...": the label is that subject)
                    own_subject = own is not None and not _contains_phrase(words(own.group(0)), label)
                    last = label if self.entity(label) and not own_subject else None
                    previous = entry.text
                else:
                    last = None
                facts.extend(self._clozes(chunk, entry, sentence, {key(m[0]) for m in made}, n == 0))
        # what each entry's first statement says its subject is ("Suppression is the conscious ...")
        defining = {
            index: fact.answer
            for fact, index in pending
            if fact.kind == "statement" and _DEFINES_WHAT.match(fact.pred)
        }
        # groups: siblings in the same list and members of an "X vs. Y" label above
        for fact, index in pending:
            entry = entries[index]
            siblings = self._siblings(entry, entries)
            names = subjects if fact.pool == "subject" else terms_of
            group = [names[i] for i in siblings if i in names and i != index]
            if fact.kind == "mapping" and fact.pool == "term":
                # 'CrashLoopBackOff', whose line says nothing to ask, is still a pod state beside
                # 'ImagePullBackOff': a sibling label is a rival of the list's own kind
                for i in siblings:
                    rival = self._rival_label(chunk, entries, i) if i != index and i not in names else None
                    if rival:
                        group.append(rival)
                        fact.rivals.add(rival)
            if index in defining and defining[index] == fact.answer:
                # a run of entries each saying what its own subject is ("Suppression is the ...",
                # "Sublimation is the ...") sets those subjects side by side as things of a kind
                # but 'Vascular dementia' beside 'Dementia' under "Dementia" is a kind of it
                parallel = [
                    defining[i]
                    for i in siblings
                    if i in defining
                    and i != index
                    and not (
                        _nested(defining[i], fact.answer)
                        and (
                            self._names_section(chunk, fact.answer)
                            or self._names_section(chunk, defining[i])
                        )
                    )
                ]
                if len(parallel) >= 2:
                    fact.parallel = True
                    group = parallel
            for label in (entry.label, entries[entry.parent].label if entry.parent is not None else ""):
                if label and _VS.search(label):
                    fact.compared = [_clean_name(p) for p in _VS.split(label)]
                    group = fact.compared + group
            fact.group = group
            facts.append(fact)
        return facts

    def _names_section(self, chunk: Chunk, name: str) -> bool:
        """Whether the section ``chunk`` is under is about ``name``: its title, or its title and a kind
        ('Hoarding disorder' under "Hoarding", 'Paranoid personality disorder' under "Paranoid")."""
        if not chunk.heading:
            return False
        title = _clean_heading(chunk.heading[-1])
        if key(title) == key(name) or self.same_thing(title, name):
            return True
        mine, theirs = [stem(w) for w in words(name)], [stem(w) for w in words(title)]
        return bool(theirs) and set(theirs) <= set(mine) and len(mine) - len(theirs) <= 2

    def _form_of(self, a: str, b: str) -> bool:
        """Whether the notes say one of ``a`` and ``b`` is a form of the other."""
        return bool(
            self._kind_of_name.get(key(a), set()) & self._keys(b)[0]
            or self._kind_of_name.get(key(b), set()) & self._keys(a)[0]
        )

    def _of_one_head(self, name: str, names: list[str]) -> list[str]:
        """Sibling subjects of the kind of ``name``: those its definition's noun says are ('a market
        structure in which ...' for Monopoly and Oligopoly, not 'the general rise of prices');
        else as their names tell it: those with its head noun ('Panic disorder' for 'Intermittent
        explosive disorder', not 'Suicide'), or those not of a kind two others share and ``name`` is
        not ('Suicide' is asked beside no two disorders)."""
        genus = self._genus.get(name)
        if genus:
            same = [n for n in names if self._genus.get(n) == genus]
            if same:
                return same
            # 'the general rise of prices' beside three market structures is not one of them
            kinds = Counter(self._genus[n] for n in names if self._genus.get(n))
            names = [n for n in names if kinds[self._genus.get(n, "")] < 2]

        mine = _head(name)
        if mine and any(_head(n) == mine for n in names):
            return [n for n in names if _head(n) == mine]
        shared = {h for h, c in Counter(_head(n) for n in names if _head(n)).items() if c >= 2}
        return [n for n in names if _head(n) not in shared]

    def _defined_of_a_kind(self, name: str) -> list[str]:
        """Other terms one file defines that are of the kind of ``name`` by their names' head noun
        ('Business risk', 'Financial risk' beside 'Operating risk') or by the noun their definitions
        use ('a market structure'), nearest first."""
        at, _ = self._defines[name]
        here = self.pos[at.id]
        head = _head(name)
        genus = self._genus.get(name, "")
        found = []
        for other, (c, _pred) in self._defines.items():
            if other == name or c.source != at.source:
                continue
            same_head = bool(head) and _head(other) == head
            same_genus = bool(genus) and genus not in _VAGUE_GENUS and self._genus.get(other) == genus
            if same_head or same_genus:
                found.append((abs(self.pos[c.id] - here), other))
        return [other for _, other in sorted(found)]

    def _sibling_definitions(self, name: str) -> list[str]:
        """Subjects of the sibling sections that each say what their subject is, nearest first: the
        notes set "Delirium is a disorder of ..." and "Dementia is a disorder of ..." side by side."""
        at = self._defines_section[name]
        here = self.pos[at.id]
        found = [
            (abs(self.pos[c.id] - here), other)
            for other, c in self._defines_section.items()
            if other != name
            and c.source == at.source
            and c.heading[:-1] == at.heading[:-1]
            and c.heading != at.heading
        ]
        return [other for _, other in sorted(found)]

    def _stray_label(self, entry: Entry, entries: list[Entry]) -> bool:
        """A labelled line among a list of plain ones ("Benjamin Disraeli - Tory leader ..." between
        lines on wages and reforms) or under a line asking several questions at once ("What city ...?
        Name two famous artists ..."): its labels are not things of one kind, each a rival of the
        others."""
        if entry.parent is None:
            return False  # top-level lines of a chunk are lists and paragraphs of many passages
        asked = _plain(entries[entry.parent].text)
        if "?" in asked and len(sentences(asked)) >= 2:
            return True
        mates = self._siblings(entry, entries)
        labelled = sum(1 for i in mates if entries[i].label)
        return len(mates) >= 4 and labelled * 2 < len(mates)

    @staticmethod
    def _siblings(entry: Entry, entries: list[Entry]) -> list[int]:
        """The items of ``entry``'s own list. A paragraph that leads into a list ("Here are some common
        standard markings:") starts another one: the fields above it are no rivals of the markings."""
        if entry.parent is not None:
            return entries[entry.parent].children
        if not entry.item:
            return [e.index for e in entries if e.parent is None and not e.item]
        run, runs = 0, {}
        for e in entries:
            run += e.parent is None and _leads_in(e)
            runs[e.index] = run
        here = runs[entry.index]
        return [e.index for e in entries if e.parent is None and e.item and runs[e.index] == here]

    def _statements(self, sentence: str, last: str | None) -> list[tuple[str, str, str]]:
        """(subject, prompt, predicate) for each clause of a sentence that states something of a name."""
        plain = _plain(sentence).strip()
        if len(plain) > 300 or "http" in plain:
            return []
        out = []
        for clause in (c for part in _CLAUSE.split(plain) for c in self._split_subjects(part)):
            clause = clause.strip().rstrip(".!").strip()
            got = self._statement(clause, last)
            if got is not None:
                out.append(got)
                last = got[0]
        return out

    def _split_subjects(self, clause: str) -> list[str]:
        """'ASG defines when, Launch Template defines what' -> both halves."""
        out, start = [], 0
        for m in re.finditer(r",\s+", clause):
            rest = clause[m.end() :]
            found = self.subject_at(rest)
            if found is None:
                continue
            ws = rest[found[1] :].split()
            if ws and self.is_verb(ws[0], ws[1] if len(ws) > 1 else ""):
                out.append(clause[start : m.start()])
                start = m.end()
        out.append(clause[start:])
        return out

    def _statement(self, clause: str, last: str | None) -> tuple[str, str, str] | None:
        m = _IF_NEED.match(clause)
        if m:
            e = self.entity(m.group("subj"))
            if e is not None and self.thinglike(e):
                what = m.group("what").strip()
                return self._finish(
                    self.name_of(e),
                    f"Which one should you use if you {m.group('verb').lower()} {what}?",
                    what,
                )
            return None
        m = _USE.match(clause)
        if m:
            rest = clause[m.end() :]
            found = self.subject_at(rest)
            if found is None or not self.thinglike(found[0]):
                return None
            e, end = found
            tail = rest[end:]
            um = re.match(r"^\s+(for|when|to|if|as)\s+(.+)$", tail)
            if not um:
                return None
            conj, what = um.group(1), um.group(2)
            lead = {
                "for": "Which one is used for",
                "when": "Which one should you use when",
                "to": "Which one would you use to",
                "if": "Which one should you use if",
                "as": "Which one is used as",
            }[conj]
            return self._finish(self.name_of(e), f"{lead} {what}?", what)
        m = _IT.match(clause)
        if m and last:
            rest = clause[m.end() :]
            if m.group(0).strip().lower() in ("it", ""):
                ws = rest.split()
                if not ws or not self.is_verb(ws[0], ws[1] if len(ws) > 1 else ""):
                    return None
                pred = rest
            else:
                pred = "is " + rest
            return self._finish(last, f"Which one {pred}?", pred)
        found = self.subject_at(clause)
        if found is None or not self.thinglike(found[0]):
            return self._heading_definition(clause)
        e, end = found
        rest = clause[end:]
        pm = _PAREN_AFTER.match(rest)
        if pm:
            rest = rest[pm.end() :]
        if not rest.startswith(" "):
            return None
        ws = rest.split()
        i = 0
        if ws and ws[0].lower() in _ADVERBS and len(ws) > 1:
            i = 1
        if len(ws) < i + 2 or not self.is_verb(ws[i], ws[i + 1] if len(ws) > i + 1 else ""):
            # "**Arid** climate zone shows ..." under "Arid": the name and its kind are the subject
            return self._heading_definition(clause)
        if _longer_subject(ws, i):
            return None  # "Secret objects store ...", "X architectures generally ...": a longer subject
        pred = " ".join(ws)
        spliced = re.fullmatch(r"([^,]+), ([a-z]+s)( [^,]+)", pred)
        if spliced and self.is_verb(spliced.group(2), spliced.group(3).split()[0]):
            # "supports multiple engines, requires manual scaling": two sayings, joined as one
            pred = f"{spliced.group(1)} and {spliced.group(2)}{spliced.group(3)}"
        lead = "Which of these" if ws[i] in _PLURAL_AUX or ws[i] in _BASE_VERBS else "Which one"
        return self._finish(self.name_of(e), f"{lead} {pred}?", pred)

    def _heading_definition(self, clause: str) -> tuple[str, str, str] | None:
        """'Encapsulation is the process of ...' under a heading 'Encapsulation': the notes define the
        thing their section is about, even when it is an ordinary word the glossary does not hold."""
        if self._chunk is None:
            return None
        titles = {key(_clean_heading(h)): _clean_heading(h) for h in self._chunk.heading}
        m = _HEADING_DEFINES.match(clause)
        if m is None:
            return self._heading_subject(clause, titles)
        term = m.group("term")
        k = key(term)
        title = titles.get(k) or titles.get(k + "s") or (titles.get(k[:-1]) if k.endswith("s") else None)
        if title is None and self._names_section(self._chunk, _clean_name(term)):
            title = _clean_name(term)  # "Hoarding disorder is ..." under "Hoarding"
        own = title is not None
        if own and key(title) == k and term[:1].islower() and title[:1].isupper():
            term = title  # "A monopoly is ..." under "Monopoly": the choice as the heading names it
        if title is None:
            title = self._notable_term(term)
        if (
            title is None
            or len(title.split()) > 4
            or _PRONOUN_START.match(term)
            or term.split()[0].lower() in _FRAGMENT_OPENERS  # "Since bupropion is a mild stimulant, ..."
        ):
            return None
        verb = m.group("verb") or m.group("by")
        pred = f"{verb} {m.group('rest') or m.group('what')}"
        lead = "Which of these" if verb.split()[0].lower() == "are" else "Which one"
        got = self._finish(_clean_name(term), f"{lead} {pred}?", pred)
        if got is not None:
            # a section's own subject is of a kind with the other sections' subjects; a term defined
            # in passing is not of a kind with the terms defined beside it
            (self._heading_term_at if own else self._defined_term_at).setdefault(got[0], self._chunk)
            self._genus.setdefault(got[0], _genus_of(pred))
        return got

    def _heading_subject(self, clause: str, titles: dict[str, str]) -> tuple[str, str, str] | None:
        """'A Deployment provides declarative updates for Pods' under a heading 'Deployment': a statement
        of the section's own subject, though the notes also use the word as an ordinary one."""
        ws = clause.split()
        start = 1 if ws and ws[0].lower() in ("a", "an", "the") else 0
        for n in range(min(4, len(ws) - start - 2), 0, -1):
            term = " ".join(ws[start : start + n])
            k = key(term)
            title = titles.get(k) or titles.get(k + "s") or (titles.get(k[:-1]) if k.endswith("s") else None)
            if title is None or not term[:1].isalpha() or _PRONOUN_START.match(term):
                continue
            rest = ws[start + n :]
            # "**Paranoid** personality disorder exhibits ..." under "Paranoid": the title and its kind
            for tail in (1, 2):
                if (
                    len(rest) > tail + 2
                    and not self.is_verb(rest[0], rest[1])
                    and all(w.isalpha() and w.lower() not in STOPWORDS for w in rest[:tail])
                    and self.is_verb(rest[tail], rest[tail + 1])
                    and self._names_section(self._chunk, " ".join(ws[start : start + n + tail]))
                ):
                    term, rest = " ".join(ws[start : start + n + tail]), rest[tail:]
                    break
            i = 1 if rest[0].lower() in _ADVERBS and len(rest) > 2 else 0
            if len(rest) < i + 3 or not self.is_verb(rest[i], rest[i + 1]):
                return None
            if rest[i].lower() in ("is", "are", "was", "were"):
                return None  # "X is/are ..." without an article is a property, not what X is
            if _longer_subject(rest, i):
                return None  # "Low-potency antipsychotics include ...": a plural noun of a longer subject
            pred = " ".join(rest)
            lead = "Which of these" if rest[i] in _PLURAL_AUX or rest[i] in _BASE_VERBS else "Which one"
            name = _clean_name(term)
            got = self._finish(name[0].upper() + name[1:], f"{lead} {pred}?", pred)
            if got is not None:
                self._defined_term_at.setdefault(got[0], self._chunk)
            return got
        return None

    def _notable_term(self, term: str) -> str | None:
        """'A decorator is a function that ...' outside a section on decorators: a definition of a term
        the notes use as one (a heading names it, or the glossary sets it out), as written, capitalised
        as a choice is; None for a phrase ('The first step', 'Each pod', 'This one')."""
        name = _clean_name(term)
        ws = words(name)
        if not ws or len(ws) > 3 or ws[0] in STOPWORDS or ws[0] in _DETERMINERS or ws[-1] in STOPWORDS:
            return None
        if _PRONOUN_START.match(name) or _NUMBER_START.match(name) or key(name) in _FIELD_LABELS:
            return None
        if self.enumerated(name):
            return None
        if any(w in _VAGUE or w in _VAGUE_TERMS for w in ws) or not name[:1].isalpha():
            return None
        e = self.entity(name)
        if e is not None and "generic" in e.kinds:
            return None
        variants = {" ".join(ws), " ".join(ws)[:-1] if ws[-1].endswith("s") else " ".join(ws) + "s"}
        if len(ws) == 1:
            # one word is a term when a heading is that word alone ('Encapsulation'), not when it
            # occurs in one ('value' in 'Key and value pairs')
            in_heading = bool(variants & self._heading_phrases)
        else:
            in_heading = any(_contains_phrase(h, v) for h in self._heading_words for v in variants)
        set_out = e is not None and bool(e.kinds & SET_OUT_KINDS) and self.thinglike(e)
        if not (in_heading or set_out) or self.ubiquitous(name):
            return None
        return name[0].upper() + name[1:]

    @cached_property
    def _headings(self) -> list[str]:
        """Every heading of the notes, cleaned, once each."""
        return sorted({_clean_heading(h) for c in self.chunks for h in c.heading})

    @cached_property
    def _heading_words(self) -> list[list[str]]:
        """The words of every heading of the notes (short ones: titles, not sentences)."""
        return [ws for ws in map(words, self._headings) if len(ws) <= 8]

    @cached_property
    def _heading_phrases(self) -> frozenset[str]:
        return frozenset(" ".join(ws) for ws in self._heading_words)

    def _finish(self, answer: str, prompt: str, pred: str) -> tuple[str, str, str] | None:
        prompt = re.sub(r"\s+", " ", prompt).replace(" ?", "?")
        ones = re.match(r"^Which (?:one|of these) (?:is|are) ones? (?=where |in which |whose |that )", prompt)
        head = words(answer)[-1] if ones and words(answer) else ""
        if head.isalpha():
            # "A longitudinal wave is one where ...": "Which wave is the one where ...?", not "Which one is
            # one where ...?"
            prompt = f"Which {_singular(head)} is the one {prompt[ones.end() :]}"
        prompt = re.sub(r"[.,:;!]+\?$", "?", prompt)  # "... the triggering event.?"
        if (
            len(set(terms(pred)) - _VAGUE_TERMS) < 2
            or len(prompt) > 190
            or prompt.count("(") != prompt.count(")")
        ):
            return None
        if prompt.count('"') % 2 or re.search(r"\b(?:e\.g|i\.e|etc)\?$", prompt):
            return None
        if _DANGLING.search(pred) or _BACKREF.search(pred):
            return None  # 'can trigger this based on metrics': what is 'this'?
        if _CUT_SHORT.search(pred):
            return None  # "... and zero or more": the sentence lost its end
        if _SPLICED.search(pred):
            return None  # "is unchanged, the real cost of import has increased": two sentences spliced
        if prompt.startswith("Which one ") and re.search(r"\b(?:they|them|their)\b", pred, re.IGNORECASE):
            return None  # "an area of the world they have selected": who? not the one thing asked
        if _LIKENESS.match(pred):
            return None  # "is similar to single inheritance": a likeness, true of more than one
        if re.match(r"^(?:may|might|could)\s", pred, re.IGNORECASE):
            return None  # "may resemble the bipolar disorders": a hedge that fits others as well
        if re.match(r"^(?:is|are)\s+(?:an?|the)\s", pred, re.IGNORECASE) and len(set(terms(pred))) <= 2:
            return None  # "is a clinical diagnosis": a class many things are in, not what sets one apart
        return answer, prompt, pred

    def _term_label(
        self, chunk: Chunk, entry: Entry, entries: list[Entry], label: str, rival: bool = False
    ) -> str | None:
        """The thing a list item's label names ('Vertical Scaling'), or None for a lead-in, an aspect,
        a step or a count ('e.g.', 'Definition', 'Option 2'). A ``rival`` (a sibling offered beside
        a defined label) may be a word the notes use only there: 'Running' beside 'ImagePullBackOff'
        in a list of pod states."""
        term = _clean_name(label)
        first = term.split()[0].lower() if term.split() else ""
        known = self.entity(term)
        if first in STOPWORDS or (known is not None and "generic" in known.kinds) or _LEAD_IN.match(term):
            return None  # "on master", "For Linux PCs", "Best Practice", "e.g. 3-for-2 split": not a thing
        if known is None and not re.search(r"[A-Z0-9_]", term[1:]) and not entry.glossary and not rival:
            return None  # a label the notes never use again as a name ("Default provided username")
        if self.enumerated(term) or (words(term) or [""])[-1] in STOPWORDS or key(term) in self._fields:
            return None  # 'Example 2', 'step3' count things off; 'created by' is a lead-in
        if _gives_reasons(entry, entries):
            return None  # "This is because: 1. **Electron Repulsion**: ...": a reason, not a thing
        if _POSITION.search(term) or _PLACEHOLDER.match(term):
            return None  # 'Bytes 12-15', 'bits 0-5', 'Bytes 20+', 'XX': where a field sits, not a thing
        if _PAGE_OR_PART.match(term):
            return None  # 'p. 124', '(d) Summons': a page of a book or a lettered part of a passage
        last = term.split()[-1] if term.split() else ""
        verb_last = last[:-1] in _BASE_VERBS or _singular(last) in _BASE_VERBS
        if known is None and len(term.split()) >= 2 and last.islower() and last.endswith("s") and verb_last:
            return None  # "US Supreme Court holds: no jurisdiction ...": a sentence's start, no name
        if all(w in _ASPECT_LABELS or w in STOPWORDS for w in words(term)):
            return None  # 'Definition:', 'Logic:', 'Location:': an aspect of the section's thing
        counted = _ENUMERATED.match(re.sub(r"\s*\([^()]*\)$", "", _clean_name(term)))
        if counted and counted.group(1).lower() in _ASPECT_LABELS | _COUNTED_WORDS:
            return None  # 'Approach 1 (Flush)', 'Option 2': means nothing out of its passage
        siblings = [_clean_name(entries[i].label) for i in self._siblings(entry, entries) if entries[i].label]
        if len(siblings) >= 2 and all(_SIZE.match(s) for s in [term, *siblings]):
            return None  # '1 bit', '3 bits', '12 bits': sizes of the fields the lines name, not things
        if len(siblings) >= 2 and all(
            self._verbal((words(s) or [""])[0]) and len(words(s)) >= 2 for s in siblings
        ):
            return None  # 'Extract VPN', 'Lookup PFN', 'Formulate PA': steps of a procedure, not things
        if chunk.heading and _PROCEDURE.match(_clean_heading(chunk.heading[-1])):
            return None  # 'Intent', 'Priority', 'Spin' under "How it works": steps, not things
        if (
            _PRONOUN_START.match(term)
            or _NUMBER_START.match(term)
            or (
                not term
                or len(term.split()) > 5
                or key(term) in _TOC | _FIELD_LABELS
                or not any(c.isalpha() for c in term)
            )
        ):
            return None
        return term

    def _rival_label(self, chunk: Chunk, entries: list[Entry], i: int) -> str | None:
        """The thing entry ``i``'s label names, offered as a rival though its line gives nothing to ask;
        None for no label, a lead-in, a remark, or what a thing does ('Provides additional services')."""
        entry = entries[i]
        if not entry.label:
            return None
        if not entry.item and not entry.body and not entry.text.lstrip().startswith(("**", "__")):
            return None  # "Back to the examples:" over what follows: a paragraph's lead-in, no list's label
        rival = self._term_label(chunk, entry, entries, entry.label, rival=True)
        if not rival or _sentence_like(rival) or _remark(rival):
            return None
        first, *rest = rival.split()
        if self.is_verb(first.lower(), " ".join(rest[:1])) or self._verbal(first):
            return None
        return rival

    def _definition(
        self, chunk: Chunk, entry: Entry, entries: list[Entry], label: str, sentence: str
    ) -> _Fact | None:
        """'Vertical Scaling: Change instance type for more power' -> which one is described so?"""
        term = self._term_label(chunk, entry, entries, label)
        if term is None:
            return None
        siblings = [_clean_name(entries[i].label) for i in self._siblings(entry, entries) if entries[i].label]
        desc = _unquote(_plain(sentence)).rstrip(".;:").strip()
        rest = [_unquote(r) for r in sentences(_plain(entry.body))]
        names_term = [a for a in self.aliases_of(term) | {term} if words(a)]
        # the second sentence joins unless it names the term or a sibling ("NodePort and ClusterIP
        # Services ... are created"): the choices would be in the stem
        # "An agent that runs on each node. It makes sure ...": a description that opens with what kind
        # of thing the label is says what sets it apart next; inside the quote "it" is the thing itself
        kind_first = (
            re.match(r"^(?:an?|the)\s", desc, re.IGNORECASE) is not None
            and len(desc) < 80
            # "The paper sheet is pressed ...": a sentence of its own, whose "It" is that sheet
            and not _OWN_SUBJECT.match(desc)
        )
        if (
            len(rest) > 1
            and len(" ".join(rest[:2])) <= 200
            and (not _PRONOUN_START.match(rest[1]) or (kind_first and re.match(r"^It\s", rest[1])))
            and not any(_contains_phrase(words(rest[1]), a) for a in [*names_term, *siblings] if words(a))
        ):
            desc = " ".join(rest[:2]).rstrip(".;:").strip()  # the whole definition, not its first half
        elif len(rest) > 1:
            # "Create multiple records of the same name within the hosted zone": an opening that a
            # sibling's body says too tells nothing apart; what follows it ("... a weighted value") does
            theirs = [
                {stem(w) for w in words(_plain(entries[i].body)) if w not in STOPWORDS}
                for i in self._siblings(entry, entries)
                if i != entry.index
            ]

            def shared(text: str) -> bool:
                mine = {stem(w) for w in words(text) if w not in STOPWORDS}
                return bool(mine) and any(len(mine & t) * 5 >= len(mine) * 3 for t in theirs)

            n = 1
            while shared(desc):
                n += 1
                if n > len(rest) or len(" ".join(rest[:n])) > 200:
                    return None
                desc = " ".join(rest[:n]).rstrip(".;:").strip()
        # "If pod is not tolerated with this effect, ..." begins two siblings' bodies: it tells them
        # apart only whole
        bodies = [key(_plain(entries[i].body)) for i in self._siblings(entry, entries) if i != entry.index]
        if any(b.startswith(key(desc)) for b in bodies if b):
            whole = _unquote(_plain(entry.body)).rstrip(".;:").strip()
            if len(whole) > 200 or any(b.startswith(key(whole)) for b in bodies if b):
                return None
            desc = whole
        # '**Chart:** A Chart is a Helm package': the label's own sentence names it; ask what it is
        lead = re.match(r"^(?:(?:the|a|an)\s+)?(.+?)\s+(is|are)\s+(?=\S)", desc, re.IGNORECASE)
        if lead and any(key(lead.group(1)) == key(a) for a in names_term):
            desc = f"{lead.group(2).capitalize()} {desc[lead.end() :]}"
        # "... from registry. E.g" : the sentence splitter cut an example's lead-in off its example
        desc = re.sub(r"[.;,]?\s*\b(?:e\.g|i\.e|eg|ex|etc)\W*$", "", desc, flags=re.IGNORECASE).strip()
        # "waiting some time after starting. e.g. 5sec, after 5 sec start to run command": what it is,
        # then a worked example the reader can't parse alone; the definition is the part before it
        example = re.search(r"[.;]\s+(?:e\.g\.?|for example|for instance)[\s,:]", desc, flags=re.IGNORECASE)
        if example and len(words(desc[: example.start()])) >= 4:
            desc = desc[: example.start()].strip()
        it = _IT.match(desc)
        if it:
            # '**Kube-proxy:** "It is a network proxy ..."': the label's own sentence, its subject the label
            rest_ws = desc[it.end() :].split()
            if it.group(0).strip().lower() != "it":
                desc = "Is " + desc[it.end() :]
            elif rest_ws and self.is_verb(rest_ws[0], "".join(rest_ws[1:2])) and rest_ws[0].endswith("s"):
                desc = desc[it.end() :]
                desc = desc[0].upper() + desc[1:]
        if (
            _PRONOUN_START.match(desc)
            or _BACKREF.search(desc)
            or len(terms(desc)) < 2
            # "(N × S) / 2", "N × R (All disks utilized)": a value (and a remark on it), not a description
            or len(re.findall(r"[A-Za-z]{3,}", _GLOSS.sub("", desc))) < 2
            or len(desc) > 180
            or _LIKENESS.match(desc)
            or _LEAD_IN.match(desc)  # "for instance, Kubernetes will ...": an example, not a definition
            or desc.endswith((":", "?"))  # "Parent: What is the longest chain?" is a how-to, not a definition
            or desc.split()[0].lower() in _FRAGMENT_OPENERS  # "less trade discounts", "when the price ..."
            or "http" in desc
            # 'Viewer Request': a name, not what the label is
            or (len(desc.split()) <= 3 and re.fullmatch(r"(?:[A-Z][\w/-]*\s*)+", desc) is not None)
        ):
            return None
        ws = desc.split()
        verb_first = ws[0][:1].isupper() and self.is_verb(_sentence_case_lower(ws[0]), "".join(ws[1:2]))
        if ((verb_first and ws[0].endswith("s")) or ws[0].lower() in ("is", "are")) and ". " not in desc:
            # "Provides ..." reads "Which one provides ...?"; "Run from a single AZ" would not, nor
            # two sentences ("Which one is a Helm package. It contains ...?")
            who = "Which of these" if ws[0].lower() == "are" else "Which one"
            core = f"{who} {_sentence_case_lower(desc)}?"
        else:
            core = f"Which one is described as “{desc}”?"
        context = ""
        # a top-level list a sentence leads into ("... they rate firms through 4 broad categories:")
        # is that sentence's, not its heading's ("Credit rating agencies")
        lead = next((e for e in reversed(entries[: entry.index]) if not e.item), None)
        led_in = entry.parent is None and lead is not None and _leads_in(lead)
        # "Standard: 3-5 hours to restore": an everyday word names a thing only in its section (a
        # glossary's entries are terms by where they stand: 'inflation', 'front')
        everyday = all(_everyday(w) for w in term.split()) and not entry.glossary
        vague = bool(
            _PRONOUN_START.match(desc)
            or re.search(r"\b(?:it|its|they|them|this)\b", desc, re.IGNORECASE)
            or (len(ws) < 4)
            # "1 - 5 minutes, but is the most expensive": two words of substance say of what only
            # with the section's name
            or len([w for w in re.findall(r"[A-Za-z]{3,}", desc) if w.lower() not in STOPWORDS]) < 3
        )
        # 'initialDelaySeconds', 'max_retries': a setting is a setting of something, named by its section
        setting_name = re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)+|[a-z]+(?:_[a-z0-9]+)+", term) is not None
        if vague or everyday or setting_name:
            parent = entries[entry.parent] if entry.parent is not None else None
            context = _clean_name(parent.label or _plain(parent.text)) if parent is not None else ""
            # "Scaling in RDS:" over 'Vertical Scaling' and 'Horizontal Scaling': the thing they are of
            # sets the question ("In “RDS”, ..."), not the label that names the topic in it
            where = re.match(r"^[\w-]+(?:\s+[\w-]+){0,2}\s+(?:in|for|on|within)\s+(?P<thing>.+)$", context)
            thing = self.entity(where.group("thing")) if where else None
            if where and thing is not None and self.thinglike(thing):
                context = where.group("thing")
            aspect = key(context) in self._aspect_labels  # "Throughput:" under each RAID level
            if not context or _remark(context) or _sentence_like(context) or aspect:
                context = self._own_heading(chunk)
            if (
                _remark(context)
                or _sentence_like(context)
                or _QUESTION_HEADING.match(context)
                or _FILING_HEADING.search(context)
            ):
                context = ""  # "In “There are four main families…”", "In “Related Concepts”" set nothing
        parent = entries[entry.parent] if entry.parent is not None else None
        kind = _kind_of(_clean_name(parent.label)) if parent is not None and parent.label else None
        if kind is None and context and not (led_in and parent is None):
            kind = _kind_of(context)
        # a chapter's vocabulary may set paragraphs and short lists of sub-terms one after another
        # ("**babbling** - ..." then "- **canonical babbling** - ..."): counted together, over the section
        vocabulary = max(len(siblings), _vocabulary_size(entries)) >= VOCABULARY_RUN
        if kind is None and parent is None and chunk.heading and not led_in and not vocabulary:
            # a top-level list under "Types of Stars"; not one a sentence leads into ("Credit rating
            # agencies ... they rate firms through 4 broad categories:"), whose items it names, nor a
            # chapter's vocabulary ("Ch. 1 Sounds" over 'phonetics' and 'spectrogram')
            kind = _kind_of(_clean_heading(chunk.heading[-1]))
        title = _clean_heading(chunk.heading[-1]) if chunk.heading else ""
        lone = len(title.split()) == 1
        if kind and parent is None and lead is not None and lone and kind == _kind_of(title):
            # "Eukaryotes" opening with what eukaryotic cells are lists their parts, not eukaryotes
            kind = None
        named = bool(context) and _contains_phrase(words(core), _unref(context))  # "a Helm package"
        counted = None
        if led_in and parent is None and lead is not None:
            counted = _counted_lead(lead, len(siblings))
        if counted is not None and any(
            stem(words(counted[0])[-1]) in {stem(w) for w in words(n)} for n in [term, *siblings]
        ):
            counted = None  # "There are 2 types of buyouts" over 'Management buyouts': it names a choice
        if counted is not None and core.startswith("Which one "):
            # "AD can typically be classified into 4 stages: which stage is described as ...?"
            setup, kind = counted
            prompt = f"{setup}: which {kind} {core[len('Which one ') :]}"
        elif kind and core.startswith("Which one "):
            # "Which endpoint is described as ...?" says of what only with the thing its section is
            # about ("In “Pipe Organ”"); 'Directory Modes' over a Directory Mode is the kind itself
            setting = self._setting(chunk, term)
            if {stem(w) for w in words(kind)} <= {stem(w) for w in words(setting)}:
                setting = ""
            lead = f"In “{_unref(setting)}”, which" if setting else "Which"
            prompt = f"{lead} {kind} {core[len('Which one ') :]}"  # "Which feature is described as ..."
        elif context and not _VS.search(context) and not named:
            prompt = f"In “{_unref(context)}”, {core[0].lower()}{core[1:]}"
        elif everyday and not named and (" " not in term or vague):
            # "Which one is described as “multi-lane”?" among 'Standard' and 'FIFO' of what? Two
            # everyday words ('Sampling Error') under a heading that names nothing ("Related
            # Concepts") make a term of their own, when its line says enough
            return None
        else:
            prompt = core
        if prompt.count("(") != prompt.count(")"):
            return None
        fact = _Fact("mapping", prompt, term, entry.text, chunk, "term", pred=desc)
        fact.noun = kind if kind and re.search(rf"(?:^|, |: )[Ww]hich {re.escape(kind)} ", prompt) else ""
        # a run of eight terms or more under one heading ("**phonetics** - study of ...", "**spectrogram**
        # - a 3D representation ...") is a chapter's vocabulary, of many kinds, like a glossary
        if entry.glossary or vocabulary:
            self._glossary_genus.setdefault(key(term), self._fragment_genus(desc))
            fact.loose = not fact.noun
        return fact

    def _fragment_genus(self, desc: str) -> str:
        """The noun a glossary's definition opens with, the kind of thing it defines: 'money which
        has no intrinsic value' -> 'money', 'the temperature at which ...' -> 'temperatur';
        '' when it opens with a verb ('accepts a list of things') or says no kind."""
        genus = _genus_of(desc)
        if genus:
            return genus
        ws = re.sub(r"^(?:the|a|an)\s+", "", desc, flags=re.IGNORECASE).split()
        span: list[str] = []
        for w in ws:
            if w.lower().strip(",;:.()") in _GENUS_END or not re.fullmatch(r"[A-Za-z-]+", w):
                break
            span.append(w)
        first = span[0].lower() if span else ""
        if (
            not 1 <= len(span) <= 4
            or self._verbal(first)
            or (first.endswith("s") and self._verbal(first[:-1]))  # 'accepts a list of things'
            or any(w.lower() in ("a", "an", "the") for w in span)
        ):
            return ""
        return stem(span[-1].lower())

    # -- "X ~ Y" ----------------------------------------------------------------------------------
    def _mapping_facts(self, chunk: Chunk, entry: Entry, entries: list[Entry]) -> list[_Fact]:
        pairs = []
        for other in self._siblings(entry, entries):
            pair = self._pair(entries[other].text)
            if pair:
                pairs.append(pair)
        mine = self._pair(entry.text)
        if not mine:
            return []
        left, desc, right, scope = mine
        self.pools["mapping-left"][chunk.id].append(left)
        self.pools["mapping-right"][chunk.id].append(right)
        lefts = [p[0] for p in pairs if p[0] != left]
        rights = [p[2] for p in pairs if p[2] != right]
        shown = f"{left} ({desc})" if desc else left
        forward = (
            f"What is the {scope} counterpart of {shown}?"
            if scope
            else f"Which one is the counterpart of {shown}?"
        )
        backward = (
            f"{right} is the {scope} counterpart of which one?"
            if scope
            else f"{right} is the counterpart of which one?"
        )
        return [
            _Fact("mapping", forward, right, entry.text, chunk, "mapping-right", rights),
            _Fact("mapping", backward, left, entry.text, chunk, "mapping-left", lefts),
        ]

    def _pair(self, text: str) -> tuple[str, str, str, str] | None:
        if "~" not in text:
            return None
        left_md, _, right_md = text.partition("~")
        if re.match(r"\s*\d", right_md) or left_md.rstrip().endswith("("):
            return None  # "people speak ~150-200 words per minute": about, not a counterpart
        lb = [a or b for a, b in _BOLD.findall(left_md)]
        rb = [a or b for a, b in _BOLD.findall(right_md)]
        left_plain, right_plain = _plain(left_md), _plain(right_md)
        left = _clean_name(lb[-1]) if lb else _clean_name(left_plain.split("(")[0])
        right = _clean_name(rb[0] if rb else re.split(r"\s+in\s+|\(", right_plain)[0])
        m = re.search(r"\(([^()]{2,50})\)", left_plain)
        desc = (
            m.group(1).strip()
            if m and lb and left_plain.find(m.group(0)) > left_plain.find(_plain(lb[-1]))
            else ""
        )
        sm = re.search(r"\bin\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|[a-z][\w-]{2,})\s*[.!]?\s*$", right_plain)
        scope = sm.group(1) if sm and sm.group(1).lower() not in STOPWORDS else ""
        right = (
            self._vendor.sub("", right) if scope and right.lower().startswith(scope.lower() + " ") else right
        )
        e = self.entity(right)
        if e is not None and key(self.name_of(e)) in {key(right), key(self._vendor.sub("", right))}:
            right = self.name_of(e)
        if (
            not left
            or not right
            or len(left.split()) > 5
            or len(right.split()) > 5
            or key(left) == key(right)
            or any(_PARTICIPLE_PHRASE.match(side) for side in (left, right))
        ):
            return None  # "Aragon ~ Ruled by Ferdinand": a side that says something of the other, no name
        return left, desc, right, scope

    # -- tables -------------------------------------------------------------------------------
    def _table_facts(self, chunk: Chunk, table: Table) -> list[_Fact]:
        header = [_plain(h) for h in table.header]
        rows = [[_plain_cell(c) for c in r] for r in table.rows]
        # "| Covalent | | |": a row that only labels the rows below it is a group, not a thing
        rows = [r for r in rows if any(c.strip() for c in r[1:])]
        if len(header) < 2 or len(rows) < 1:
            return []
        firsts = [key(r[0]) for r in rows]
        grouped = False
        if len(set(firsts)) < len(firsts):
            # "| Category | Term | Definition |": the first column groups the rows; the things are the
            # first column whose every row is a different name
            for j in range(1, len(header)):
                col = [key(r[j]) if j < len(r) else "" for r in rows]
                if all(col) and len(set(col)) == len(col) and all(re.search(r"[a-z]", c) for c in col):
                    grouped = True
                    order = [j, *[i for i in range(len(header)) if i != j]]
                    header = [header[i] for i in order]
                    rows = [[r[i] if i < len(r) else "" for i in order] for r in rows]
                    break
            else:
                return []
        corner = key(header[0])
        col_names = header[1:]
        row_names = [r[0] for r in rows]
        attribute_corner = corner in {
            key(w)
            for w in (
                "",
                "feature",
                "features",
                "aspect",
                "attribute",
                "property",
                "criteria",
                "criterion",
                "dimension",
                "characteristic",
                "characteristics",
                "properties",
                "attributes",
                "metric",
                "metrics",
                "parameter",
                "parameters",
                "comparison",
            )
        }

        if len({key(h) for h in header}) < len(header):
            return []  # "| Bond | Length | Bond | Length |": pairs side by side, not one row per thing
        if (
            not attribute_corner
            and len(header) >= 3
            and all(
                len(_BRACKETED.sub("", c).split()) <= 2 and not re.search(r"\d", c)
                for r in rows
                for c in r
                if c.strip()
            )
        ):
            return []  # "| Donors | Shared | Acceptors |" of one-word names: lists side by side, not rows
        if grouped:
            # the grouping column itself is no property: "Stereochemistry in Reactions", written once
            # for the three rows below it, is true of all three
            header = [header[0], *header[2:]]
            rows = [[r[0], *r[2:]] for r in rows]
            col_names = header[1:]
        if sum(1 for h in header if not re.search(r"[A-Za-z]", h)) > 0:
            return []  # a header of numbers or blanks is a row of data: the table has no column names
        # a table compares the things of its first column, unless its corner says the rows are
        # attributes ("| Feature | A | B |") and its columns are short names
        short_columns = len(col_names) >= 2 and all(0 < len(h.split()) <= 3 for h in col_names)
        # "| Metric | RAID 0 | RAID 1 | RAID 4 |": columns that count off one kind of thing are the things
        counted = len(col_names) >= 2 and all(_ENUMERATED.match(_clean_name(h)) for h in col_names)
        by_columns = (attribute_corner or counted) and short_columns
        if by_columns and sum(1 for n in row_names if re.search(r"[a-z]{3}", n)) * 2 <= len(row_names):
            return []  # "| Disk 0 | Disk 1 |" over rows of block numbers: a layout, not properties
        if not by_columns:
            first = [r[0] for r in rows]
            numeric = sum(1 for c in first if not re.search(r"[A-Za-z]", c))
            if numeric * 2 >= len(first):
                return []  # a first column of counts (half or more): an index, not the things compared
        noun = "one" if by_columns else _table_noun(header[0])
        if by_columns:
            things = col_names
            attrs = row_names
            cells = [
                [rows[a][t + 1] if t + 1 < len(rows[a]) else "" for a in range(len(rows))]
                for t in range(len(things))
            ]
        else:
            things = row_names
            attrs = header[1:]
            cells = [r[1:] + [""] * (len(attrs) - len(r[1:])) for r in rows]
        names = []
        for t in things:
            e = self.entity(t)
            names.append(
                self.name_of(e)
                if e is not None
                and key(self._vendor.sub("", t)) == key(self.name_of(e))
                and not re.search(r"[<>=≤≥≡≠→⇌]", t)  # "pKa > 15" is not "pKa 15", nor "HC ≡ CH" "HC CH"
                else _clean_name(t)
            )
        facts: list[_Fact] = []
        lead = "Which one" if noun == "one" else f"Which {noun}"
        # what each row says, as the index embedded it: rows alike in meaning ('break' and 'continue')
        # are the fair distractors, not the rows that share a word
        row_vectors = self._row_vectors(chunk, [r[0] for r in rows]) if not by_columns else {}
        for a, attr in enumerate(attrs):
            attr = _column_name(_clean_name(attr))
            if (
                not attr
                or attr.endswith("?")  # "Mirror Image?": a yes/no column, not a property of the row
                or key(attr) in _PLACEHOLDER_COLUMNS
                or attr.split()[0].lower() in _BASE_VERBS | {"apply"}
                or attr.split()[-1].lower() in STOPWORDS
            ):
                # "What is the Term of ...", "the Apply Deprotonation of ...", "the Exhibited by of ...":
                # a column that labels or reads as a clause, not a property of the row's thing
                continue
            column = [cells[t][a] for t in range(len(things))]
            if _parts_of_a_whole(column):
                continue  # '910 / 53 / 37' of 1,000: a tally of one sample, not each row's property
            for t, thing in enumerate(names):
                cell = _clean_name(column[t])
                if not cell or not thing or len(cell) > 160:
                    continue
                if sum(1 for c in column if _alike(c, cell)) > 1:
                    continue  # two things share the cell (or nearly: "A boolean oprator"): no single answer
                explanation = f"{thing} — {attr}: {cell}"
                wh = bool(_WH.match(attr))
                if wh or len(cell) > 60 or key(attr) in _DESCRIBING_COLUMNS:
                    # "(How It Works)" after the quote reads as a stray column name
                    ask = f"{lead} is described by “{cell}”?"
                else:
                    ask = f"{lead} has the {_lower_title(attr)} “{cell}”?"
                # the rows whose cells read most like this one first: 'break' beside 'continue', not 'True'
                generic = _generic_cell(cell)
                mine = row_vectors.get(t)
                likeness = {
                    i: float(mine @ row_vectors[i])
                    if mine is not None and i in row_vectors
                    else _overlap(column[i], cell)
                    for i in range(len(names))
                    if i != t
                }
                rows_by_likeness = sorted(likeness, key=lambda i: (-likeness[i], abs(i - t)))
                others = [names[i] for i in rows_by_likeness]
                if not generic:  # "Which one has “Highly scalable” ...": true of more than the notes say
                    facts.append(_Fact("table", ask, thing, explanation, chunk, "subject", others, pred=cell))
                if sum(len(c) for c in column) > 40 * len(column):
                    continue  # sentences, not values: "Which factor is described by ..." asks it better
                if {stem(w) for w in words(thing)} <= {stem(w) for w in words(cell)}:
                    continue  # "Higher electronegativity = stronger acid" for Electronegativity
                if len(names) >= 3 and len({key(_clean_name(c)) for c in column if c.strip()}) == 2:
                    continue  # 'Shared' or 'Private' down 3 rows: a yes-or-no column: each cell a coin flip
                same_row = [_clean_name(column[i]) for i in rows_by_likeness if column[i].strip()]
                # 'is' and 'for' of a keyword table read as words unless named as the rows are, and so
                # does a row in lower case ("the actual utterance “she decide to hits it”")
                shown = f"“{thing}”" if thing.islower() else thing
                named = f"the {noun} {shown}" if noun != "one" else shown
                if wh:
                    ask = f"Which of these describes {thing} under “{attr}”?"
                elif key(attr) in _DESCRIBING_COLUMNS:
                    ask = f"Which of these describes {named}?"  # not "What is the description of is?"
                else:
                    ask = _attribute_question(attr, cell, named)
                facts.append(_Fact("table", ask, cell, explanation, chunk, "cell", same_row))
        return facts

    def _row_vectors(self, chunk: Chunk, firsts: list[str]) -> dict[int, np.ndarray]:
        """The unit embedding of each table row (by row number), found by its first cell among the
        section's units (a table row is one unit); empty without unit vectors."""
        if self.unit_vectors is None:
            return {}
        wanted = {key(f): n for n, f in enumerate(firsts) if key(f)}
        found: dict[int, np.ndarray] = {}
        for c in self.section_of.get(chunk.id, [chunk]):
            start = int(self.unit_start[self.pos[c.id]])
            for j, unit in enumerate(c.units):
                if not unit.lstrip().startswith("|"):
                    continue
                first = unit.strip().strip("|").split("|")[0]
                n = wanted.get(key(_plain_cell(first)))
                if n is not None and n not in found:
                    v = self.unit_vectors[start + j]
                    found[n] = v / max(float(np.linalg.norm(v)), 1e-9)
        return found

    # -- clozes --------------------------------------------------------------------------------
    def _clozes(
        self, chunk: Chunk, entry: Entry, sentence: str, subjects: set[str], first_of_body: bool
    ) -> list[_Fact]:
        sentence = re.sub(r"\*{3,}", "**", sentence)
        bolds = list(_BOLD.finditer(sentence))
        if not bolds:
            return []
        plain_sentence = _plain(sentence)
        sw = words(plain_sentence)
        if len(sw) < 5 or len(plain_sentence) > 260 or "~" in sentence or "http" in sentence:
            return []
        out: list[_Fact] = []
        for m in bolds:
            raw = m.group(1) or m.group(2)
            term = _plain(raw).strip(" .,:;!?")
            if not term or _VS.search(term):
                continue
            if len(words(term)) > max(3, 0.6 * len(sw)):
                continue  # a bold sentence, not a term
            leading = not sentence[: m.start()].strip(" *_-")
            if subjects & {key(a) for a in self.aliases_of(term)}:
                continue  # the statement item asks for it already
            if sentence[m.end() :].lstrip().startswith(":") and leading:
                continue  # a label
            parts = (
                [p.strip() for p in re.split(r"\s+&\s+|\s+and\s+", term)]
                if re.search(r"\s(?:&|and)\s", term)
                else [term]
            )
            for part in parts:
                fact = self._cloze(chunk, sentence, m, raw, part, entry, first_of_body)
                if fact is not None:
                    out.append(fact)
            if len(out) >= 2:
                break
        return out

    def _cloze(
        self,
        chunk: Chunk,
        sentence: str,
        m: re.Match,
        raw: str,
        answer: str,
        entry: Entry,
        first_of_body: bool,
    ) -> _Fact | None:
        aw = words(answer)
        if (
            not aw
            or len(aw) > 5
            or len(answer) < 3
            or not _NAMELIKE.fullmatch(answer)
            or "(" in answer
            or all(w in STOPWORDS for w in aw)
        ):
            return None
        if len(aw) == 1 and (aw[0] in _VAGUE or len(answer) < 4 or answer.lower().endswith("ly")):
            return None
        if aw[0] in _BASE_VERBS or aw[0] in _AUX or (len(aw) > 1 and aw[0] == "apply"):
            return None  # "apply deprotonation": an action has many right phrasings, a term has one
        if len(aw) == 1 and answer.islower() and self._common(aw[0]):
            return None
        if aw[0] in STOPWORDS or (
            len(aw) == 1
            and answer[:1].isupper()
            and answer[1:].islower()
            and self._forms[answer.lower()] >= max(2, self._forms[answer] / 2)
        ):
            return None  # 'no all users' or 'Direct': not a term worth recalling
        inner = raw.replace(answer, "\x01", 1) if answer in raw else "\x01"
        blanked = sentence[: m.start()] + "\x00" + sentence[m.end() :]
        text = _plain(blanked).replace("\x00", _plain(inner)).replace("\x01", BLANK)
        text = re.sub(r"\s+", " ", text).strip()
        text = re.sub(r"\s+([,.;:!?])", r"\1", text)
        text = re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", text)  # a list item's mark left in a nested line
        if text.count(BLANK) != 1:
            return None
        first = words(text)[:2]
        subjectless = bool(first) and (
            first[0] in _AUX or first[0].endswith("ed") or self.is_verb(first[0], "".join(first[1:2]))
        )
        pointing = _POINTER_WORDS.search(text) or _ORDINAL_START.match(text)
        if _PRONOUN_START.match(text) or subjectless or pointing:
            return None  # "This makes them ____": a heading in front does not say what "this" is
        about_blank = re.match(rf"^(?:(?:A|An|The)\s+)?{re.escape(BLANK)}", text) is not None
        if not about_blank and not self.names_in(text.replace(BLANK, " "), any_kind=True):
            return None  # "Treatment involves ____.": of what, only the heading the reader can't see says
        if not self._key_term(answer):
            return None  # a blank on a phrase has many right fills; a term of the notes has one
        label = _clean_name(entry.label) if entry.label else ""
        if (
            first_of_body
            and label
            and not _VS.search(label)
            and label not in text
            and key(label) not in self._fields | _FIELD_LABELS  # "Structure:" labels every item alike
        ):
            text = f"{label}: {text}"
        opening = re.match(rf"^(?:(?:A|An|The)\s+)?{re.escape(BLANK)}\s+(\S+)\s*(\S*)", text)
        if opening and not (
            opening.group(1).lower() in _AUX
            or self._verbal(opening.group(1))
            or self.is_verb(opening.group(1), opening.group(2))
        ):
            return None  # "____ global infrastructure which ...": the blank is no sentence's subject
        between = re.search(rf"([A-Za-z]+)\s+{re.escape(BLANK)}\s+([A-Za-z]+)\s*(\S*)", text)
        if (
            between
            and between.group(1).islower()  # "Acme ____ is": a qualifier of the name, not a subject
            and between.group(1) not in STOPWORDS
            and not self._verbal(between.group(1))
            and (between.group(2).lower() in _AUX or self.is_verb(between.group(2), between.group(3)))
        ):
            return None  # "Small or burst style workloads ____ makes sense": a name dropped between two
        rest = words(text.replace(BLANK, " "))
        if len([w for w in rest if w not in STOPWORDS and w.isalpha() and len(w) > 2 and w != "vs"]) < 3:
            return None
        if text.rstrip().endswith(":") or text.count("(") != text.count(")"):
            return None
        if re.match(rf"^{re.escape(BLANK)}:?\s+[A-Z][a-z]", text):
            return None  # a run-in heading ('**Resource Policy** A bucket can ...'), not a term in a sentence
        tw = words(text)
        for alias in self.aliases_of(answer):
            if _contains_phrase(tw, alias):
                return None
        subject_first = re.match(rf"^(?:(?:A|An|The)\s+)?{re.escape(BLANK)}", text) is not None
        if self._names_section(chunk, answer) and not subject_first:
            # "About 25% of patients with bulimia nervosa have comorbid ____" under "Kleptomania": only
            # the heading the reader does not see narrows the blank to the section's own subject
            return None
        if any(self._paired(answer, other) for other in self.names_in(text.replace(BLANK, " "), True)):
            return None  # "Unlike ____, reversal is not allowed under US GAAP": the other of a pair
        # another name the glossary joined to this one is accepted when it is this one written
        # otherwise (an acronym, more or fewer words of it), never a neighbour merged by mistake
        same = {
            a
            for a in self.aliases_of(answer)
            if _holds_words(a, answer) or _abbreviates(a, answer) or _abbreviates(answer, a)
        }
        accept = _variants(answer, same)
        return _Fact("cloze", text, answer, sentence, chunk, "cloze", extra=sorted(accept))

    @cached_property
    def _lower_texts(self) -> list[str]:
        return [strip_markup(c.text).lower() for c in self.chunks]  # "_producer surplus_" names it too

    def _mentions(self, name: str) -> set[int]:
        """The chunks that name ``name`` (any of its aliases), by position. Not the glossary's
        ``Entity.chunks``, which records a name only where its longest-match lookup lands: with it,
        blanks graded BAD as the other of a pair ('income statement and ____') came back."""
        found = self._mentioned.get(key(name))
        if found is None:
            pats = [
                re.compile(rf"(?<![\w-]){re.escape(a.lower())}(?![\w-])")
                for a in self.aliases_of(name) | {name}
                if len(a) >= 2
            ]
            found = {i for i, t in enumerate(self._lower_texts) if any(p.search(t) for p in pats)}
            self._mentioned[key(name)] = found
        return found

    def _paired(self, a: str, b: str) -> bool:
        """Whether the notes name ``a`` and ``b`` together more often than not ('IFRS' and 'US GAAP',
        'income statement' and 'balance sheet'): a blank beside one is filled by naming the other."""
        if self.same_thing(a, b):
            return False
        ma, mb = self._mentions(a), self._mentions(b)
        both = len(ma & mb)
        # together in a third of the chunks of the two (by geometric mean), however common each is:
        # a rare name beside a common word ('Ionic bonds' and 'electron') is no pair
        return both >= 2 and both * both * 9 >= len(ma) * len(mb)

    def _verbal(self, word: str) -> bool:
        """'work', 'result': a base verb, known to the list or met in the notes as '-ed' or '-ing'."""
        w = word.lower()
        if w in _BASE_VERBS:
            return True
        if not w.isalpha() or not w.islower() or len(w) < 3:
            return False
        root = w[:-1] if w.endswith("e") else w
        return any(self._chunk_df[form] for form in (root + "ed", root + "ing", w + "ed", w + "ing"))

    def _key_term(self, answer: str) -> bool:
        """A term the notes set out (a heading, a table row, a definition, an acronym, a compared name)
        or name again and again: worth recalling, and the notes' own word for it."""
        e = self.entity(answer)
        if e is None or len(answer.split()) > 3 or "generic" in e.kinds:
            return False
        if " " not in answer and answer.islower() and is_common_word(answer):
            return False  # "manual", "invoked": an everyday word has synonyms that fit the blank as well
        ws = answer.split()
        verb_first = ws[0].lower() in _BASE_VERBS or ws[0].lower() in _ADVERBS
        if len(ws) > 1 and (verb_first or self.is_verb(ws[0], ws[1])):
            return False  # "apply deprotonation": an action, typed in many ways, not a term
        return bool(e.kinds & SET_OUT_KINDS)

    def _common(self, word: str) -> bool:
        """A word in more than a few percent of the chunks is too everyday for a one-word blank."""
        return self._chunk_df.get(word, 0) > max(3, 0.04 * len(self.chunks))

    # -- second right answers ------------------------------------------------------------------
    def _index_clauses(self) -> None:
        """Clauses of the notes by the names they mention, so a distractor's own sentences are at hand."""
        self.clauses: list[_Clause] = []
        self._label_says: dict[str, list[list[str]]] = defaultdict(list)
        self.by_word: dict[str, set[int]] = defaultdict(set)
        df: Counter = Counter()
        seen: set[tuple[str, ...]] = set()
        self._naming: dict[str, list[_Clause]] = {}
        sid = 0
        for c in self.chunks:
            entries, tables = self.parsed[c.id]
            texts = []
            for e in entries:
                label, body = split_label(e.text)
                said = sentences(strip_markup(body))
                if label:
                    texts.append(strip_markup(label))
                    if said:
                        # 'meronym - part of whole': what the line's opening says of its label
                        self._label_says[key(_clean_name(label))].append(_phrase_stems(said[0]))
                texts.extend(said)
            texts += [" ".join(strip_markup(x) for x in [*row]) for t in tables for row in t.rows]
            texts += [" ".join(strip_markup(x) for x in t.header) for t in tables]
            for text in texts:
                for clause in _CLAUSE.split(text):
                    ws = words(clause)
                    if not ws or tuple(ws) in seen:
                        continue  # a clause the notes repeat says nothing new about who it fits
                    seen.add(tuple(ws))
                    ts = frozenset(terms(clause))
                    idx = len(self.clauses)
                    self.clauses.append(_Clause(sid, ts, ws))
                    df.update(ts)
                    for w in set(ws):
                        self.by_word[w].add(idx)
                sid += 1
        n = max(1, len(self.clauses))
        self.idf = {t: math.log(1 + n / f) for t, f in df.items()}

    def clauses_naming(self, name: str) -> list[_Clause]:
        """Clauses that name ``name`` or an alias (cached: each distractor is checked many times)."""
        cached = self._naming.get(name)
        if cached is None:
            cached = self._naming[name] = self._clauses_naming(name)
        return cached

    def _clauses_naming(self, name: str) -> list[_Clause]:
        found: dict[int, _Clause] = {}
        for alias in self.aliases_of(name):
            aw = words(alias)
            if not aw:
                continue
            ids = set.intersection(*(self.by_word.get(w, set()) for w in aw))
            for i in ids:
                if _contains_phrase(self.clauses[i].words, alias):
                    found[i] = self.clauses[i]
        return list(found.values())

    def fits(self, candidate: str, pred: str, answer: str, own_line: bool = False) -> bool:
        """Whether the notes say ``pred`` of ``candidate`` too (most of its weighted key terms). With
        ``own_line``, the candidate's own definition in a run of them does not count: "Inelastic
        demand is the demand that barely moves when the price changes" contrasts with its sibling's
        definition on the same terms, it does not repeat it."""
        own = set(terms(" ".join(self.aliases_of(answer) | self.aliases_of(candidate))))
        want = {t for t in terms(pred) if t not in own}
        if not want:
            return False
        total = sum(self.idf.get(t, 1.0) for t in want)
        named = words(candidate)
        if not own_line:
            # 'meronym - part of whole' for "internal relation: part of a whole": the clue says all its
            # line says of it, word for word ('some ADL impairment' is not in "all ADL impairment")
            clue = _phrase_stems(pred)
            for said in self._label_says.get(key(candidate), ()):
                n = len(said)
                if sum(w not in STOPWORDS for w in said) < 2 or n >= len(clue):
                    continue
                for i in range(len(clue) - n + 1):
                    # "Not equal to X" denies 'eq X - Equal to X', it does not say it
                    if clue[i : i + n] == said and not _NEGATIONS & {*clue[:i], *clue[i + n :]}:
                        return True
        for clause in self.clauses_naming(candidate):
            if own_line and clause.words[: len(named)] == named:
                continue
            shared = want & clause.terms
            if not shared:
                continue
            weight = sum(self.idf.get(t, 1.0) for t in shared)
            if (len(shared) >= 2 or len(want) == 1) and weight >= 0.6 * total:
                return True
        return False

    # -- distractors and items -------------------------------------------------------------------
    def _peer_groups(self) -> dict[str, list[tuple[int, list[str], str]]]:
        """Names the notes set side by side, by key, with where: the labels of one list, the things of
        one table, the sides of an "X vs. Y" label, the named headings under one parent. A distractor of
        the right kind is one of these; a name from elsewhere in the notes is a guess at best. Each
        group says how the notes set it out ("vs", "table", "list", "headings")."""
        groups: list[tuple[int, list[str], str]] = []
        self._heading_kids: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)
        lists: dict[tuple, tuple[int, list[str]]] = {}
        children: dict[tuple[str, ...], list[str]] = defaultdict(list)
        first_at: dict[tuple[str, ...], int] = {}
        seen_paths: set[tuple[str, ...]] = set()
        for c in self.chunks:
            here = self.pos[c.id]
            for depth in range(1, len(c.heading)):
                path = (c.source, *c.heading[: depth + 1])
                if path not in seen_paths:
                    seen_paths.add(path)
                    first_at.setdefault(path[:-1], here)
                    # "Pod: Creating, Yaml, LifeCycle" sets out the Pod: its name is before the colon
                    title = _clean_heading(path[-1])
                    head = re.split(r"\s*(?:[:,(–—]|\s-\s)", title)[0].strip()
                    name = head if 0 < len(head.split()) <= 4 else title
                    if self._named_thing(name):
                        children[path[:-1]].append(name)  # a heading that names a thing, not a topic
                    if len(name.split()) <= 4 and not _TOPIC_HEADING.search(name):
                        self._heading_kids[path[:-1]].append((here, name))
            entries, tables = self.parsed[c.id]
            for e in entries:
                label = _clean_name(e.label) if e.label else ""
                if label and _VS.search(label):
                    groups.append((here, [_clean_name(p) for p in _VS.split(label)], "vs"))
                elif label and e.item and len(label.split()) <= 5:
                    # a top-level list may run on into the next chunk of its section: one list
                    where = (c.source, c.heading) if e.parent is None else (c.id, e.parent)
                    lists.setdefault(where, (here, []))[1].append(label)
            for t in tables:
                things = [_clean_name(_plain(r[0])) for r in t.rows if r and r[0].strip()]
                groups.append((here, things, "table"))
        groups.extend((at, v, "list") for at, v in lists.values() if len(v) >= 2)
        groups.extend((first_at[p], v, "headings") for p, v in children.items() if len(v) >= 2)
        peers: dict[str, list[tuple[int, list[str], str]]] = defaultdict(list)
        for at, group, how in groups:
            names = [n for n in dict.fromkeys(group) if n and len(n.split()) <= 6]
            if len(names) < 2:
                continue
            for n in names:
                for k in self._keys(n)[0]:
                    peers[k].append((at, [m for m in names if m != n], how))
        return peers

    def _add_described_headings(self, facts: list[_Fact]) -> None:
        """Sibling headings that name things the notes state something about ('Class Methods' and
        'Static Methods', 'SyntaxError' and 'TypeError' under one chapter) are things of one kind,
        though the glossary never set them out: each other's distractors."""
        described = {k for f in facts if f.kind in ("statement", "mapping") for k in self._keys(f.answer)[0]}
        for kids in self._heading_kids.values():
            names = [(at, n) for at, n in kids if self._keys(n)[0] & described or self._named_thing(n)]
            names = list({key(n): (at, n) for at, n in names}.values())
            if len(names) < 2 or sum(bool(self._keys(n)[0] & described) for _, n in names) < 1:
                continue
            group = [n for _, n in names]
            at = names[0][0]
            for n in group:
                for k in self._keys(n)[0]:
                    self.peers[k].append((at, [m for m in group if m != n], "described"))

    def _head_siblings(self, name: str, near: Chunk) -> list[str]:
        """'Multiple Inheritance' beside 'Single Inheritance', 'Class Methods' beside 'Static Methods':
        names with the answer's head noun and another modifier are things of its kind, nearest first."""
        ws = words(name)
        if len(ws) < 2 or len(ws) > 5:
            return []
        here = self.pos[near.id]
        rivals = [
            (self.context_similarity(n, name), abs(at - here), n)
            for at, n in self._names_by_head.get(stem(ws[-1]), {}).values()
            if self.chunks[at].source == near.source  # 'Log Groups' of another file is another kind
            and not self.same_thing(n, name)
        ]
        # most alike first ('Double Bond' before a table's 'Observed bonding'), then nearest
        return [n for sim, _, n in sorted(rivals, key=lambda t: (-t[0], t[1])) if sim >= HEAD_MIN]

    @cached_property
    def _names_by_head(self) -> dict[str, dict[str, tuple[int, str]]]:
        """Names of two to five words by the stem of their last word, each where first met: the
        glossary's names, the headings that name things, the answers of the facts made."""
        found = [
            (self.pos[e.chunks[0]] if e.chunks and e.chunks[0] in self.pos else 0, self.name_of(e))
            for e in self.glossary.entities.values()
            if self.thinglike(e)
        ]
        found += [x for kids in self._heading_kids.values() for x in kids]
        found += self._described
        by_head: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
        for at, n in found:
            nw = words(n)
            if 2 <= len(nw) <= 5 and not any(w in _DETERMINERS for w in nw):
                names = by_head[stem(nw[-1])]
                if key(n) not in names or at < names[key(n)][0]:
                    names[key(n)] = (at, n)
        return by_head

    @cached_property
    def _topic_titles(self) -> frozenset[str]:
        """Keys of the headings that name a topic or task ('Properties of Triple Bonds')."""
        return frozenset(
            key(h) for h in self._headings if _TOPIC_HEADING.search(h) or re.search(r"\w-\w+-\w", h)
        )

    def _topic_heading(self, name: str, near: Chunk) -> bool:
        k = key(name)
        own = {key(_clean_heading(h)) for h in near.heading}
        return k in self._topic_titles or k in own or k.rstrip("s") in {o.rstrip("s") for o in own}

    def context_similarity(self, a: str, b: str, unknown: float = 1.0) -> float:
        """Cosine of the mean embeddings of the sentences naming ``a`` and ``b``; ``unknown`` when
        either is never named (1.0 lets it pass a bound; -1.0 ranks it last)."""
        va, vb = self._context_vector(a), self._context_vector(b)
        return unknown if va is None or vb is None else float(va @ vb)

    def _context_vector(self, name: str) -> np.ndarray | None:
        if name in self._context_cache:
            return self._context_cache[name]
        vector = None
        if self.unit_vectors is not None:
            if not self._unit_words:
                self._unit_words = [words(u) for c in self.chunks for u in c.units]
                for i, ws in enumerate(self._unit_words):
                    for w in set(ws):
                        self._units_with[w].append(i)
            nw = words(name)
            naming = self._units_with.get(nw[0], ()) if nw else ()
            rows = [i for i in naming if _contains_phrase(self._unit_words[i], name)][:12]
            if rows:
                mean = self.unit_vectors[rows].mean(axis=0)
                vector = mean / max(float(np.linalg.norm(mean)), 1e-9)
        self._context_cache[name] = vector
        return vector

    def _defined_subjects_near(self, chunk: Chunk) -> list[str]:
        """Section subjects the notes define in chapters of one folder ('Encapsulation' and
        'Inheritance', each a file of its own) or in sibling sections of one file, nearest first.
        Subjects of far-apart sections of one long file are things of different kinds ('melting
        point' and 'functional group')."""
        folder = PurePosixPath(chunk.source).parent
        # a folder of the notes groups one chapter's files ('c07_oop'); the notes' top folder holds
        # every chapter, whose subjects are of a kind only by name ('Panic disorder' of anxiety and
        # 'Intermittent explosive disorder' of impulse control)
        nested = folder != PurePosixPath(".")
        here = self.pos[chunk.id]

        def chapter(name: str, c: Chunk) -> bool:
            """'Encapsulation' of a file titled 'Encapsulation': the subject of a chapter of its own."""
            title = {stem(w) for w in words(_clean_heading(c.heading[0]))} if c.heading else set()
            return bool(title) and {stem(w) for w in words(name)} <= title

        found = [
            (abs(self.pos[c.id] - here), name)
            for name, c in self._heading_term_at.items()
            if (nested and c.source != chunk.source and PurePosixPath(c.source).parent == folder)
            and chapter(name, c)
            or (c.source == chunk.source and c.heading[:-1] == chunk.heading[:-1])
        ]
        return [name for _, name in sorted(found)]

    def _named_thing(self, name: str) -> bool:
        """A name the notes use as a term (bold, a table row, a comparison, a definition), not only as
        a section title: "Networking & Security" or "What is Kubernetes?" is a topic, not a choice."""
        e = self.entity(name)
        if e is None or "generic" in e.kinds or not self.thinglike(e):
            return False
        if re.search(r"[&?:]|\band\b|\bor\b", name):
            return False
        return bool(e.kinds - {"heading", "text", "name"})

    def peers_of(
        self, name: str, near: Chunk | None = None, how: frozenset[str] | None = None, here_only: bool = False
    ) -> list[str]:
        """The names set beside ``name`` (in groups set out ``how``, when given), those of the group
        nearest to ``near`` first; with ``here_only``, only groups of ``near``'s own topic."""
        here = self.pos[near.id] if near is not None else 0
        found = [
            g
            for k in sorted(self._keys(name)[0])
            for g in self.peers.get(k, ())
            if how is None or g[2] in how
        ]
        found.sort(key=lambda g: abs(g[0] - here))
        if near is not None:
            # a name in two lists of two topics ("Task" of one service and of another) is two things
            def topic(c: Chunk) -> tuple[str, str]:
                return c.source, self.topics[c.id]

            same = [g for g in found if topic(self.chunks[g[0]]) == topic(near)]
            found = same if here_only else same or found[:1]
        return list(dict.fromkeys(n for _, names, _ in found for n in names))

    def _kin_index(self) -> tuple[list[str], np.ndarray]:
        """Names the notes set out (headings, tables, definitions, comparisons, bold terms used again),
        each with the mean embedding of the passages that set it out: a name's neighbours by meaning
        are things of its kind ("Encapsulation" near "Inheritance", not near "JSON")."""
        if self._kin is None:
            names: list[str] = []
            rows: list[np.ndarray] = []
            if self.vectors is not None:
                for e in self.glossary.entities.values():
                    at = [self.pos[c] for c in e.defined[:4] if c in self.pos]
                    if not at or not self._named_thing(self.name_of(e)):
                        continue
                    if not e.kinds & SET_OUT_KINDS and len(e.chunks) < 2:
                        continue  # bold once: emphasis, not a name the notes use
                    names.append(self.name_of(e))
                    rows.append(self._name_vector(e, at))
                # a section's own subject ("Encapsulation", a chapter's title), when the notes define it
                known = {key(n) for n in names}
                for term, where in [*self._heading_term_at.items(), *self._defined_term_at.items()]:
                    if key(term) not in known:
                        known.add(key(term))
                        names.append(term)
                        rows.append(self.vectors[self.pos[where.id]])
                for c in self.chunks:
                    for title in c.heading:
                        head = _clean_heading(title)
                        if head in self._heading_term_at and key(head) not in known:
                            known.add(key(head))
                            names.append(head)
                            rows.append(self.vectors[self.pos[c.id]])
            matrix = np.vstack(rows) if rows else np.zeros((0, 1), dtype=np.float32)
            if len(matrix):
                matrix = matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
            self._kin = (names, matrix)
        return self._kin

    def _alike_peers(
        self, name: str, near: Chunk, how: frozenset[str] | None = None, here_only: bool = False
    ) -> list[str]:
        return self._of_a_kind(name, self.peers_of(name, near, how, here_only))

    def _of_a_kind(self, name: str, peers: list[str]) -> list[str]:
        """Names set beside ``name`` without the odd one out: a security protocol listed among network
        services is set beside them, but far from the answer in meaning (when the index can tell)."""
        names, matrix = self._kin_index()
        if not names:
            return peers
        row = {key(n): i for i, n in enumerate(names)}
        mine = next((row[k] for k in sorted(self._keys(name)[0]) if k in row), None)
        if mine is None:
            return peers
        sims: dict[str, float | None] = {}
        for p in peers:
            if key(p) == key(name):
                continue  # the answer itself ('KMS' of "KMS vs. Secrets Manager") is no nearest peer
            i = next((row[k] for k in sorted(self._keys(p)[0]) if k in row), None)
            sims[p] = None if i is None else float(matrix[i] @ matrix[mine])
        known = [v for v in sims.values() if v is not None]
        # absolute floor, and relative to the nearest peer: in notes on one field every name is
        # "similar", but the odd one out is still the furthest
        floor = max(PEER_MIN, max(known, default=0.0) - PEER_SPREAD)
        return [p for p, v in sims.items() if v is None or v >= floor]

    def _name_vector(self, e: Entity, at: list[int]) -> np.ndarray:
        """What a name means here: its own sentences where the notes set it out (mTLS's, not the
        network services' listed beside it), else the passages'."""
        assert self.vectors is not None
        if self.unit_vectors is not None:
            aliases = [words(a) for a in {e.name, *e.aliases} if words(a)]
            rows = [
                int(self.unit_start[i]) + j
                for i in at
                for j, unit in enumerate(self.chunks[i].units)
                if any(_contains_phrase(words(unit), " ".join(a)) for a in aliases)
            ]
            if rows:
                return self.unit_vectors[rows[:8]].mean(axis=0)
        return self.vectors[at].mean(axis=0)

    def _choose(self, fact: _Fact) -> list[str] | None:
        # "to Global Accelerator's static IPs" names Global Accelerator: no rival of it
        prompt_words = [re.sub(r"['’]s$", "", w) for w in words(fact.prompt)]
        chosen: list[str] = []

        def ok(cand: str, outside: bool, defined_apart: bool = False) -> bool:
            if not cand or len(cand) > 200 or len(key(cand)) < 2 or self.enumerated(cand):
                return False
            if cand.lower() in STOPWORDS:
                return False  # 'US' of 'us-east-1', 'IT': a word, not a name
            if fact.pool != "cell" and ", " in _BRACKETED.sub("", cand) and ", " not in fact.answer:
                return False  # "Aortic stenosis, HCM, ..." (a table's row of causes) is three things, not one
            if fact.pool != "cell" and self._topic_heading(cand, fact.chunk):
                return False  # 'Types of Inheritance', the answer's own section: a topic, not a thing
            if fact.pool != "cell" and (key(cand) in self._fields or key(cand) in self._columns):
                return False  # 'Structure', a field of each record, is not a thing to choose
            if outside and any(_nested(cand, c) for c in [fact.answer, *chosen]):
                return False  # 'Rollout and Rollback' beside 'K8s-Rollout-Rollback': one thing twice
            if outside and fact.pool != "cell" and self.context_similarity(cand, fact.answer) < CONTEXT_MIN:
                return False
            if any(key(cand) == key(c) for c in [fact.answer, *chosen]):
                return False
            # the subjects of a run of definitions are things apart however their names nest
            # ('Elastic demand' and 'Unit elastic demand')
            apart = fact.parallel and not outside
            if fact.kind != "table" or fact.pool != "cell":
                if not apart and (
                    self.same_thing(cand, fact.answer) or any(self.same_thing(cand, c) for c in chosen)
                ):
                    return False
                # a row named in the stem ('import' for "used to import specific part of the module")
                # is the lure a teacher would pick; a thing named elsewhere in a sentence is not
                lure = fact.kind == "table" and not outside
                if not lure and any(_contains_phrase(prompt_words, a) for a in self.aliases_of(cand)):
                    return False
                if self._form_of(cand, fact.answer):
                    return False  # "Korsakoff's amnesia: a form of anterograde amnesia" fits it too
                if outside and fact.kind == "statement" and _DEFINES_WHAT.match(fact.pred):
                    own = {stem(w) for w in words(cand) if w not in STOPWORDS}
                    own -= {stem(w) for w in words(fact.answer)}
                    if own & {stem(w) for w in prompt_words}:
                        return False  # 'operating risk' for "the risk of a firm's operating income": it fits
            if fact.pool != "cell" and self.ubiquitous(cand) and not self.ubiquitous(fact.answer):
                return False  # the notes' whole subject ("Python" in Python notes) is nobody's fair guess
            if fact.loose and not (_head(cand) and _head(cand) == _head(fact.answer)):
                # "money which has no intrinsic value" among 'inflation' and 'liquidity': a glossary
                # mixes kinds, and only a term whose definition names the same genus is a rival
                genus = self._glossary_genus.get(key(fact.answer), "")
                if not genus or self._glossary_genus.get(key(cand)) != genus:
                    return False
            own = apart or defined_apart
            return not (
                fact.pred and fact.pool != "cell" and self.fits(cand, fact.pred, fact.answer, own_line=own)
            )

        def take(cands: Iterable[str], outside: bool = True, tier: str = "own") -> bool:
            # a sibling section's subject is defined by its own opening line, said on the same terms
            # ("Difference gives the items contained in only ..." beside "Union gives the items contained
            # in either ..."): that line sets it apart, it does not make it a second answer
            defined_apart = tier in ("sections", "kind", "near")
            for cand in cands:
                if len(chosen) >= MAX_CHOICES - 1:
                    return True
                if ok(cand, outside, defined_apart):
                    chosen.append(cand)
                    fact.tiers.append(tier)
            return len(chosen) >= MAX_CHOICES - 1

        # names from the answer's own list or table are the notes' own set ('Kinesis' beside 'Kinesis
        # Analytics'); names gathered from elsewhere must not be the answer or each other twice
        if fact.kind in ("table", "mapping"):
            group = fact.group
        else:
            # the sides of "KMS vs. Secrets Manager vs. Parameter Store" are the notes' own set: none is
            # the odd one out, however far apart in meaning
            sides = list(dict.fromkeys(g for g in fact.group if g in fact.compared))
            group = sides + self._of_a_kind(fact.answer, [g for g in fact.group if g not in fact.compared])
        if fact.kind == "mapping" and len(group) > MAX_CHOICES - 1:
            # a long list (a glossary of twenty terms) offers its answer's nearest kin, not the first
            # three it happens to list: 'deflation' beside inflation, not 'Okun's law'
            sides = [g for g in group if g in fact.compared]
            rest = sorted(
                (g for g in group if g not in fact.compared),
                key=lambda g: -self.context_similarity(g, fact.answer, unknown=-1.0),
            )
            group = sides + rest
        took = take(group, outside=False)
        if took or (len(chosen) >= 2 and fact.pool != "cell") or fact.kind == "table":
            return chosen  # the same list or table gives the best distractors: no outsider beside them
        if fact.pool == "cell":
            return chosen
        if fact.pool in ("mapping-right", "mapping-left"):
            take(self._all_pool(fact.pool), tier="pool")
            return chosen
        if fact.kind == "mapping":
            # a label's definition is asked among the labels of its own list: an outsider beside them
            # is of another kind, or true of the description as well, too often to be worth it
            return chosen
        # only names the notes set beside the answer in a comparison, a table or a list: a name from
        # elsewhere is of another kind, and leaves one real candidate. Sibling headings and names by
        # meaning made distractors that graders found of the wrong kind more often than not.
        opens = fact.answer in self._defines_section and (
            _DEFINES_WHAT.match(fact.pred) or self._opening.get(fact.answer) == fact.pred
        )
        if fact.kind == "statement" and opens:
            if take(self._of_one_head(fact.answer, self._sibling_definitions(fact.answer)), tier="sections"):
                return chosen
            if len(chosen) >= 2:
                return chosen
        defines = self._defines.get(fact.answer, (None, ""))[1] == fact.pred
        if fact.kind == "statement" and not chosen and defines:
            # 'Financial risk' and 'Operating risk' for "Business risk refers to the risk ...": terms the
            # same chapter defines, of one kind by their names or by what their definitions call them
            take(self._defined_of_a_kind(fact.answer), tier="kind")
            if len(chosen) >= 2:
                return chosen
            if len(chosen) == 1:
                # one other term of its kind, named alike but for its first word ('Primary qualities' and
                # 'Secondary qualities') is the contrast the notes draw: an either-or
                mine, theirs = words(fact.answer), words(chosen[0])
                alike = len(mine) == len(theirs) >= 2 and mine[1:] == theirs[1:]
                # or two terms defined as one kind of thing ('stock' and 'flow', each "a quantity measured")
                genus = self._genus.get(fact.answer, "")
                if alike or (genus not in _VAGUE_GENUS and self._genus.get(chosen[0]) == genus):
                    return chosen
            chosen.clear()
            fact.tiers.clear()
        for how in _SET_BESIDE:
            # a list of another topic names another thing ('Task' of one service and of another)
            peers = self._alike_peers(fact.answer, fact.chunk, frozenset({how}), here_only=how == "list")
            if take(peers, tier=how):
                return chosen
        if chosen and take(self._head_siblings(fact.answer, fact.chunk), tier="head"):
            return chosen
        if fact.answer in self._heading_term_at and len(chosen) < 2:
            # "Encapsulation is ..." and "Inheritance is ...": subjects the notes define in sections of
            # one folder are things of one kind, when nothing closer is set beside the answer
            take(self._of_one_head(fact.answer, self._defined_subjects_near(fact.chunk)), tier="near")
        return chosen

    def _restates_its_kind(self, fact: _Fact) -> bool:
        """Whether a kind's line only says what its whole kind is: 'Single Inheritance' as "the
        inheritance in which a child class inherits attributes ... from a parent class", where the
        notes define Inheritance itself as passing "the attributes ... of the parent class to the child
        class". Every kind of inheritance does that, so each rival is as right as the key."""
        names = words(fact.answer)
        if len(names) < 2 or not fact.pred:
            return False
        head = self._defines_by_key.get(key(names[-1]))
        if head is None:
            return False
        own = {stem(w) for w in names} | {"refer", "describ", "call", "mean", "defin"}
        said = {t for t in terms(fact.pred) if t not in own}
        kind = set(terms(head[1]))
        return len(said) >= 4 and len(said & kind) >= 0.75 * len(said)

    @staticmethod
    def _named_in(cand: str, fact: _Fact) -> bool:
        """Whether the description asked about names ``cand`` by a word of its own ('monitoring' of
        Monitoring costs), one the answer's name doesn't share."""
        own = {stem(w) for w in words(cand) if w not in STOPWORDS and len(w) > 2}
        own -= {stem(w) for w in words(fact.answer)}
        return bool(own & {stem(w) for w in words(fact.pred)})

    def _compares(self, fact: _Fact) -> bool:
        """Whether a statement's choices are things the notes set side by side to tell apart: its
        section compares them ('SQS vs Kinesis', 'When to use ...'), or every wrong choice is a side of
        a comparison, a row of a table or a sibling chapter's subject. A sentence about one thing
        asked among names gathered elsewhere is a guess at its rivals: graders found more than half
        of those of the wrong kind, true of a rival too, or trivial."""
        if fact.compared or any(_COMPARING.search(h) for h in fact.chunk.heading):
            return True
        if fact.parallel and fact.tiers and all(t == "own" for t in fact.tiers):
            return True
        return bool(fact.tiers) and all(t in _COMPARED_TIERS for t in fact.tiers)

    def _all_pool(self, pool: str) -> list[str]:
        return [n for c in self.chunks for n in self.pools[pool].get(c.id, ())]

    def _recall(self, fact: _Fact) -> QuizItem | None:
        """A term the notes define, with no rivals the notes set beside it, asked the other way round:
        its definition with the name blanked ("____ is the amount a seller is paid for a good minus
        the cost"), answered by typing the name. Notes written as prose define term after term in
        sentences and set few of them side by side; a definition fits the one thing it defines, so
        no rivals are needed and none are guessed. One per term: its first definition."""
        if fact.kind != "statement" or not _DEFINES_WHAT.match(fact.pred):
            return None
        lead = re.match(r"^(In “[^”]+”, )?[Ww]hich (?:one|of these) ", fact.prompt)
        if lead is None or key(fact.answer) in self._recalled:
            return None
        if not self._key_term(fact.answer) or len(set(terms(fact.pred)) - _VAGUE_TERMS) < 4:
            return None
        if re.match(r"^(?:is|are)\s+(?:an?|the)\s+\w+ly\b", fact.pred):
            return None  # "Shape is a actually bent": a slip of the notes, not "X is a <kind>"
        if re.search(r"\s(?:and|or|in|&)\s", fact.answer):
            return None  # 'Depreciation and amortisation' (two terms), 'Event in Statistics' (a heading)
        if len(self._mentions(fact.answer)) > max(12, 0.06 * len(self.chunks)):
            return None  # a name the notes use all through ('Function' in notes on code): trivial to recall
        if _APPRAISAL.match(fact.pred) or not re.fullmatch(r"[A-Za-z][\w' -]*", fact.answer):
            return None  # "HTTP is an example of ...": one of many; '__init__.py' is code to type
        if not any(_emphasised(a, fact.explanation) for a in self.aliases_of(fact.answer)):
            # a textbook sets the term it defines in bold or italics; graders kept 32 of 41 such blanks,
            # and 44 of 83 of terms written plainly ("Lenz's law is a necessary consequence of ...")
            return None
        said, opening = words(_plain(fact.explanation)), " ".join(words(fact.pred)[:3])
        if not any(_contains_phrase(said, f"{a} {opening}") for a in self.aliases_of(fact.answer)):
            return None  # the sentence must say "X is ..." itself, not of a heading's or a label's X
        text = re.sub(r"\?$", ".", f"{lead.group(1) or ''}{BLANK} {fact.prompt[lead.end():]}")
        if re.search(r"[a-z0-9)]\. [A-Z]", text):
            return None  # "... for gain. It is not a psychiatric pathology.": two sentences, one of them bare
        same = {
            a
            for a in self.aliases_of(fact.answer)
            if _holds_words(a, fact.answer) or _abbreviates(a, fact.answer) or _abbreviates(fact.answer, a)
        }
        self._recalled.add(key(fact.answer))
        self.recall_ids.add(_item_id("cloze", fact.chunk.citation, text, fact.answer))
        accept = sorted(_variants(fact.answer, same))
        source = fact.chunk.citation
        return QuizItem(
            _item_id("cloze", source, text, fact.answer),
            "cloze",
            text,
            (),
            fact.answer,
            readable(fact.explanation),
            source,
            self.topics[fact.chunk.id],
            fact.chunk.id,
            tuple(a for a in accept if key(a) != key(fact.answer)),
        )

    def _item(self, fact: _Fact) -> QuizItem | None:
        prompt_words = words(fact.prompt)
        if len(key(fact.answer)) < 2 or not fact.prompt:
            return None
        if fact.kind != "table" and self.ubiquitous(fact.answer):
            return None  # "Which one is a programming language?" in notes on one: the answer is the notes
        if fact.kind in ("statement", "mapping") and self._restates_its_kind(fact):
            return None  # "Single Inheritance: a child class inherits ... from a parent class": all kinds do
        for alias in self.aliases_of(fact.answer):
            if _contains_phrase(prompt_words, alias):
                return None
        telling = [w for w in words(fact.answer) if w not in STOPWORDS and len(w) > 1]
        if len(telling) >= 2 and sum(w in prompt_words for w in telling) * 3 >= 2 * len(telling):
            return None  # 'Acme Private Zone' asked with 'Acme Private' in the prompt
        if fact.kind != "table":
            # name the answer as the explanation does ('HSM' where the notes say HSM)
            said, plain = words(fact.explanation), _plain(fact.explanation)
            written = re.search(rf"(?<![\w-]){re.escape(fact.answer)}(?![\w-])", plain, re.IGNORECASE)
            if written and fact.answer.isupper() and not written.group(0).isupper():
                fact.answer = written.group(0)  # 'Pod' as the notes write it, not 'POD' of a shouted line
            if fact.answer not in plain:
                aliases = sorted(self.aliases_of(fact.answer), key=lambda a: (-len(a), a))
                verbatim = [a for a in aliases if re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", plain)]
                shown = verbatim or [a for a in aliases if _contains_phrase(said, a)]
                if not shown:
                    return None
                fact.answer = shown[0]
        source = fact.chunk.citation
        topic = self.topics[fact.chunk.id]
        if fact.kind == "cloze":
            item_id = _item_id("cloze", source, fact.prompt, fact.answer)
            accept = tuple(a for a in fact.extra if key(a) != key(fact.answer))
            return QuizItem(
                item_id,
                "cloze",
                fact.prompt,
                (),
                fact.answer,
                readable(fact.explanation),
                source,
                topic,
                fact.chunk.id,
                accept,
            )
        distractors = self._choose(fact)
        # two things the notes set side by side (a table or list of two, "A vs. B") make a fair
        # either-or; anything else needs three choices
        # a sibling label with no line of its own fills out a list's choices but makes no either-or:
        # 'Standard' beside a FIFO queue's whole line pasted in the stem is a coin toss
        others = {key(g) for g in fact.group if not self._form_of(g, fact.answer) and g not in fact.rivals}
        others -= self._keys(fact.answer)[0]
        peers = self.peers_of(fact.answer, fact.chunk)
        # an either-or: two things the notes set side by side ("Scan" and "Query"), and nothing else
        pair = (len(others) == 1 or not others) and len(peers) <= 1 and (bool(others) or bool(peers))
        # or two terms one file defines alike ('Primary qualities', 'Secondary qualities')
        fewest = 1 if pair or fact.tiers == ["kind"] else 2
        if distractors is None or len(distractors) < fewest:
            return self._recall(fact)
        if len(distractors) == 1 and distractors[0] in fact.rivals:
            return None
        eliminated = fact.kind == "mapping" and len(distractors) >= 2
        if eliminated and all(self._named_in(d, fact) for d in distractors):
            return None  # "... even with monitoring and bonding provisions": answered by elimination
        if fact.kind == "statement" and not self._compares(fact):
            return self._recall(fact)
        choices = [fact.answer, *distractors[: MAX_CHOICES - 1]]
        heads = {stem(words(c)[-1]) for c in choices if words(c)}
        if fact.noun and len(heads) == 1 and heads != {stem(words(fact.noun)[-1])}:
            # "Which IAM Role ..." over 'Trust Policy' and 'Permissions Policy': the label named the
            # thing the list is about, not its items
            which = rf"\b([Ww])hich {re.escape(fact.noun)} "
            fact.prompt = re.sub(which, r"\1hich one ", fact.prompt, count=1)
        setting = re.match(r"^In “([^”]+)”, (\w)", fact.prompt)
        if setting and all(
            {stem(w) for w in words(setting.group(1))} <= {stem(w) for w in words(c)} for c in choices
        ):
            # "In “Dementia”" over Early, Moderate and Late dementia: every choice says it already
            fact.prompt = setting.group(2).upper() + fact.prompt[setting.end() :]
        item_id = _item_id(fact.kind, source, fact.prompt, fact.answer)
        twins = any(_bare(g) != g and key(_bare(g)) == key(_bare(fact.answer)) for g in fact.group)
        if fact.pool != "cell" and not twins:
            # "Rough ER (studded with ribosomes)": a gloss in a choice answers the question for it
            # (but "Volume Mode (Cache Mode)" beside "Volume Mode (Gateway Stored)" needs its gloss)
            bare = [_GLOSS.sub("", c) for c in choices]
            if len({key(b) for b in bare}) == len(bare) and all(key(b) for b in bare):
                choices = bare
                fact.answer = bare[0]
            # "Zombie (Terminated)" beside "Ready (Runnable)": a second name in brackets is a clue too
            named = [_bare(c) for c in choices]
            if named != choices and len({key(b) for b in named}) == len(named) and all(key(b) for b in named):
                choices = named
                fact.answer = named[0]
        if all(c[:1].isupper() for c in choices[1:]) and re.fullmatch(r"[a-z][a-z ]*", choices[0]):
            # 'protection bits' among 'Present Bit' and 'Valid Bit': a key in another case stands out
            choices[0] = choices[0][0].upper() + choices[0][1:]
            fact.answer = choices[0]
        random.Random(int(item_id, 16)).shuffle(choices)
        return QuizItem(
            item_id,
            fact.kind,
            fact.prompt,
            tuple(choices),
            choices.index(fact.answer),
            readable(fact.explanation),
            source,
            topic,
            fact.chunk.id,
        )


