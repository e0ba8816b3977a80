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

The builder here holds the notes as parsed once (sections, names, topics, peers) and builds the bank;
what it reads off them is in its mixins: ``entry_facts`` (list items and paragraphs), ``table_facts``,
``blanks``, ``descriptions`` (a label asked the other way round) and ``rivals`` (who is of the answer's
kind, and the item made of them). How a name is
cleaned and worded (heads, genera, plurals, glosses) is in ``bot.quiz.wording``; the gates and the
ranking are in ``bot.quiz.quality``, and the gates that read the built bank with the index's model in
``bot.quiz.meaning_gates`` and ``bot.quiz.synonyms``; reading a learner's answer is ``bot.quiz.grading``.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import cached_property
from pathlib import PurePosixPath

import numpy as np
from rapidfuzz.distance import OSA

from bot.glossary import Entity, Glossary
from bot.ingest import Chunk
from bot.ingest.document import _label, section_role
from bot.ingest.entries import Entry, Table
from bot.ingest.entries import plain as _plain
from bot.ingest.sections import holding, section_entries, sections
from bot.quiz.blanks import Blanks
from bot.quiz.cited_facts import CitedFacts
from bot.quiz.code_facts import CodeFacts
from bot.quiz.code_results import CodeResults
from bot.quiz.descriptions import Descriptions
from bot.quiz.entry_facts import EntryFacts
from bot.quiz.facts import _Fact
from bot.quiz.grading import normalized, typos_allowed
from bot.quiz.items import QuizItem
from bot.quiz.meaning_gates import without_pulled_keys, without_unlike_pairs
from bot.quiz.practice_facts import PracticeFacts
from bot.quiz.quality import curate
from bot.quiz.rivals import Rivals
from bot.quiz.section_facts import SectionFacts
from bot.quiz.synonyms import synonym_given
from bot.quiz.table_facts import TableFacts, columns_are_things
from bot.quiz.wording import (
    _ARTICLE,
    _AUX,
    _BASE_VERBS,
    _BRACKETED,
    _DEFINES_ALONE,
    _DETERMINERS,
    _ENUMERATED_WORDS,
    _FILING_HEADING,
    _FORM_OF,
    _LISTED_AFTER,
    _NAME_GLUE,
    _NAMELIKE,
    _PAST_FORMS,
    _PAST_VERBS,
    _PLACED_ON,
    _STUDY,
    _SUMMARY_HEADING,
    _THAT_VERBS,
    _TOC,
    _TOPIC_HEADING,
    BLANK,
    COUNTS_KINDS,
    _abbreviates,
    _clean_heading,
    _clean_name,
    _contains_phrase,
    _dated,
    _enumerators,
    _remark,
    _run_together,
    _stuttered,
    _swapped,
    _unref,
    enumerated_as,
    heading_lead,
    unshouted,
)
from bot.text import (
    STOPWORDS,
    has_ing_form,
    has_verb_forms,
    is_common_word,
    is_dictionary_word,
    is_word_form,
    key,
    slip_of,
    stem,
    verb_roots,
    words,
)

# ----------------------------------------------------------------------------------------------- API

# a label over this many different lines of the notes leads lines in, it names no one thing
_LEAD_LABEL_LINES = 4


def _lead_labels(facts: list[_Fact]) -> frozenset[str]:
    """Labels the notes put before line after line, each saying something else ('**General Rule:**' over
    twenty rules, '**Holding:**' under each case): a lead-in, not a term with one definition, and so
    neither an answer nor a rival (graded BAD, law notes). A term defined again in other words, in two
    or three places, stays a term."""
    lines: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    for f in facts:
        if f.kind == "mapping" and f.pred:
            said = frozenset(stem(w) for w in words(f.pred) if w not in STOPWORDS)
            lines[key(f.answer)][key(f.pred)] = said
    return frozenset(k for k, said in lines.items() if _says_other_things(list(said.values())))


def _says_other_things(lines: list[frozenset[str]]) -> bool:
    """Whether a label's lines are many and share at most one word of substance in more than half of
    them: twenty rules each on its own matter, not one term defined again in a lecture, a summary and
    a glossary ('Opportunity cost': "the next best alternative forgone", four times in other words;
    review 82)."""
    if len(lines) < _LEAD_LABEL_LINES:
        return False
    counts = Counter(w for line in lines for w in line)
    # one word of the subject runs through any field's lines ('contract', 'claimant'); a term defined
    # again says two or more of its words each time ('best', 'alternative', 'forgone'; review 83)
    return sum(1 for n in counts.values() if 2 * n > len(lines)) < 2


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
    builder = _Builder(chunks, glossary, vectors, unit_vectors, embed)
    items = builder.build()
    if embed is not None:
        items = without_pulled_keys(without_unlike_pairs(items, chunks, embed), embed)
        given = synonym_given(items, embed)
        items = [it for it in items if it.id not in given]
    kept = curate(items)
    return [
        builder.with_near_terms(_either_article(_stray_stops_out(it)))
        for it in _recall_fills_in(kept, builder.recall_ids)
    ]


# "has 2 fibres", "of 3 bits", "into 4 stages": a number after a word of having or counting counts things
_COUNTED_THINGS = re.compile(
    r"\b(?:has|have|had|with|of|are|were|into|in|contains?|takes?|needs?|uses?)\s+\d+\s+([a-z]{3,}s)\b"
)
# a line that defines a person: "someone who …", "a lawyer who …", "the party against whom …"
_PERSON = re.compile(
    r"^\W*(?:(?:someone|somebody|anyone|people|persons|individuals)\s+(?:who|that)|(?:one|those)\s+who|"
    r"(?:a|an|the|any)\s+(?:[\w-]+\s+){1,3}(?:who|whom))\b",
    re.IGNORECASE,
)
# words that count off parts of a course or a document ("Short case 1", "Trigger 2", "pt. 1"), not named
# stages or kinds of a subject ("Phase 1", "Type 2", "IPv4", "Class 2" drugs, "Section 1" of an act)
_STRUCTURE_WORDS = frozenset(
    """case cases trigger lecture lec week pt session lesson chapter ch day tutorial lab practical seminar
    example question problem scenario slide page note notes""".split()
)
# verbs that take a that-clause and that the dictionary writes no '-ed' of ("means that …", "holds that …")
_SAYS = frozenset("says means holds finds tells thinks feels knows sees teaches keeps leads".split())
# English adverbs and conjunctions that end in -s, which no subject does
_S_ADVERBS = frozenset(
    """always sometimes perhaps towards afterwards besides whereas nevertheless thus unless across
    nowadays backwards forwards upwards downwards outwards inwards""".split()
)
# words that say where or on what a thing is, after a noun or a verb alike ("Vesicles at …", "Binds to …")
_PLACE_WORDS = frozenset(
    "at in on to from with by into onto over under within across along around near".split()
)
# lists a label of several words heads, each under another thing, before it is a record's field
_FIELD_REPEATS = 4
# a label over this many different lines is a field ('Original Repo' over its definition and once over
# a step of a workflow is still a term, defined once)
_FIELD_VALUES = 3
# a name of the notes' own ('CVS:') that heads lines under this many lists of one file is a heading of
# each list (a body system under each case's differentials, exam and tests), whose lines say different
# kinds of thing: a field, not a term one line defines. 'SQS:' under two comparisons is a term compared
# twice
_NAMED_FIELD_REPEATS = 3
# ... and an everyday label of two words or more, in this many files, is a field wherever it is
_FIELD_FILES = 3
# ... unless the names beside it are mostly the same from list to list (mean overlap, Jaccard)
_SAME_SET = 0.5
# A month of daily quizzes: a bank that small takes blanks in the notes' definitions to fill it.
_MONTH = 30


# scripts notes write symbols in, not words of another language ('λ', 'αβ T cells', '𝑥', 'ℝ', 'ⁿ')
_SYMBOL_SCRIPTS = frozenset(
    "LATIN GREEK MATHEMATICAL MODIFIER SUPERSCRIPT SUBSCRIPT DOUBLE-STRUCK SCRIPT BLACK-LETTER COMBINING "
    "FULLWIDTH ROMAN CIRCLED PARENTHESIZED NEGATIVE SQUARED PLANCK".split()
)


# a part of a course or a document counted off, and nothing more: "Lesson 6", "Lecture 33", "Unit IV",
# "W10", "Midterm #1", "chapter06": the structure words above, and the course's units and tests
_COURSE_PARTS = _STRUCTURE_WORDS | frozenset("unit module midterm final exam w wk chp".split())
_COUNTED_PART = re.compile(
    rf"(?:{'|'.join(sorted(_COURSE_PARTS))})"
    r"\s*(?:#\s*)?(?:\d+(?:\.\d+)*|[ivxlc]+)\.?",
    re.IGNORECASE,
)


# "Renal Physiology - Biology": a title and the one- or two-word tag after its dash
_TITLE_TAG = re.compile(r"(?P<title>.+?\S)\s+[-–—]\s+(?P<tag>[A-Z][\w&]*(?:\s+[\w&]+)?)")
# words that tell a person's sex apart from most of a period's names: a giveaway among them
_SEX_TOLD = re.compile(r"\b(?:she|her|hers|herself|female|woman|women|wife|daughter|mother|queen)\b", re.I)
# the stems a list's line is asked by: "Which one is described as “…”?", "The term for “…” is ____."
_DESCRIBED = re.compile(r"^(?P<setting>In “[^”]+”, )?[Ww]hich one is described as “(?P<desc>[^”]+)”\?$")
_TERM_FOR = re.compile(rf"^The term for “(?P<desc>[^”]+)” is {re.escape(BLANK)}\.$")


# "Quick Revision Table", "Summary Chart": a recap set out as a table is still a recap
_TABLE_WORD = re.compile(r"\s+(?:table|chart|sheet|notes?)$", re.IGNORECASE)


def _swap_put_right(m: re.Match) -> str:
    w = m.group(0)
    right = slip_of(w) if len(w) >= 5 and not is_dictionary_word(w.lower()) else None
    if right is None or not _swapped(w.lower(), right) or _british(w.lower(), right):
        return w
    return right.upper() if w.isupper() else right.capitalize() if w[:1].isupper() else right


def _british(word: str, right: str) -> bool:
    """'fibres' for 'fibers', 'centre' for 'center': the British spelling, not a slip."""
    diff = [i for i in range(len(word)) if word[i] != right[i]]
    return word[diff[0] : diff[0] + 2] == "re"


def _swaps_put_right(item: QuizItem) -> QuizItem:
    """A choice item with every word whose two letters the notes swapped spelt right ('Altruisitc
    Suicide' -> 'Altruistic Suicide' among 'Anomic' and 'Egoistic', graded a typo three times,
    sociology notes, r326): left out, the choice left a coin toss of two; the notes' line is shown
    as written."""
    prompt = _LETTERS_RUN.sub(_swap_put_right, item.prompt)
    choices = tuple(_LETTERS_RUN.sub(_swap_put_right, c) for c in item.choices)
    if prompt == item.prompt and choices == item.choices:
        return item
    if len({key(c) for c in choices}) < len(choices):
        return item  # put right, a choice would be another's twin
    return dataclasses.replace(item, prompt=prompt, choices=choices)


_LETTERS_RUN = re.compile(r"(?<![\w'-])[A-Za-z]{5,}(?![\w'-])")


# a full stop after a word no sentence ends on, before the sentence goes on in lower case
_STRAY_STOP = re.compile(r"\b(and|or|the|of)\.\s+(?=[a-z])")


def _stray_stops_out(item: QuizItem) -> QuizItem:
    """An item without the full stops the notes struck after a word no sentence ends on ("labor and.
    capital", graded a typo four times, economics notes, r346), in its stem and choices; the notes'
    line is shown as written."""
    prompt = _STRAY_STOP.sub(r"\1 ", item.prompt)
    choices = tuple(_STRAY_STOP.sub(r"\1 ", c) for c in item.choices)
    if prompt == item.prompt and choices == item.choices:
        return item
    return dataclasses.replace(item, prompt=prompt, choices=choices)


def _either_article(item: QuizItem) -> QuizItem:
    """"A(n) ____ is derived from an alkane …": the article before a blank is left open, since "An"
    alone says the word starts with a vowel (graded a hint, r214)."""
    if not item.is_cloze:
        return item
    prompt = re.sub(rf"\b([Aa])n?\s+{re.escape(BLANK)}", rf"\1(n) {BLANK}", item.prompt)
    return item if prompt == item.prompt else dataclasses.replace(item, prompt=prompt)


def _one_case(choices: tuple[str, ...]) -> tuple[str, ...]:
    """'Class A range' beside 'Class B Range' and 'Class C Range': a word every choice holds, written
    in two cases after the choices' first words, is written as most of them write it, so the odd case
    marks no choice (r216). A first word's capital is the name's start, and votes for nothing."""
    if len(choices) < 2 or any(len(c.split()) > 5 for c in choices):
        return choices  # names, not lines ("The …" opening a sentence and "the" inside another)
    inner = [{w.lower(): w for w in re.findall(r"[A-Za-z]+", c)[1:]} for c in choices]
    shared = set.intersection(*(set(s) for s in inner)) - STOPWORDS
    out = list(choices)
    for low in sorted(shared):
        forms = Counter(s[low] for s in inner)
        if len(forms) < 2:
            continue
        (best, n), (_, m) = forms.most_common(2)
        if n == m:
            continue
        # (a word after the first only: 'Class' opening each choice is left as it is)
        word = re.compile(rf"(?<=[^A-Za-z]){re.escape(low)}(?![A-Za-z])", re.IGNORECASE)
        # ('Water storage roots' stays: 'Water storage Roots' would mark it another way)
        out = [c if _mixed(word.sub(best, c)) else word.sub(best, c) for c in out]
    return tuple(out)


def _mixed(name: str) -> bool:
    """Whether a name's words after its first mix capitalised and lower-case ones ('Water storage
    Roots'), as no name is written."""
    rest = [w for w in re.findall(r"[A-Za-z]+", name)[1:] if w.lower() not in STOPWORDS]
    return any(w[0].isupper() for w in rest) and any(w[0].islower() for w in rest)


def _script(ch: str) -> str:
    """The script a letter is written in, by its Unicode name ('LATIN', 'GREEK', 'MYANMAR', 'CJK')."""
    try:
        return unicodedata.name(ch).split()[0]
    except ValueError:
        return ""


def _outline_labels(labels: list[str]) -> list[str]:
    """A list's labels less those of words and a number ('World War 1') beside a label that is not of
    that shape ('Korean War'): such a list names its numbered things; words and a number count off
    only a list that is all of them (a lecture's outline: 'Archaic Period 2', '3', '5')."""

    bases = [m.group(1).lower() if (m := _ENUMERATED_WORDS.match(_clean_name(b))) else None for b in labels]
    whole = len(set(bases)) == 1
    return [label for label, base in zip(labels, bases, strict=True) if base is None or whole]


def _parallel(a: str, b: str) -> bool:
    """Two headings of one file, three words or more, that differ only in the number or letter that
    labels one of a series ("Impacts of World War I" and "… II"): each names what its questions are of.
    "Lecture 1" and "Lecture 2" name no subject, and "Linear Algebra" and "Linear Regression" no series."""
    wa, wb = re.findall(r"\w+", a), re.findall(r"\w+", b)
    if len(wa) != len(wb) or len(wa) < 3:
        return False
    differ = [(i, x, y) for i, (x, y) in enumerate(zip(wa, wb, strict=True)) if x.lower() != y.lower()]
    if len(differ) != 1:
        return False
    at, x, y = differ[0]
    before = wa[at - 1].lower() if at else ""
    # ('Class 1 Antiarrhythmics' names a kind: only a part or section number ending the heading, or
    # followed by filing words, numbers the document: "Chemistry Part 1", "Part 2 Notes")
    filed = all(_DOCUMENT_PART.fullmatch(w.lower()) for w in wa[at + 1 :])
    if _NUMBERED_DOCUMENT.fullmatch(before) or (before in _FILING_WORDS and x.isdigit() and filed):
        return False  # "Unit 1 Review", "BIO 101 Lecture 1": a document's numbering
    shared = [x.lower() for x, y in zip(wa, wb, strict=True) if x.lower() == y.lower()]
    # "Chapter 3 Notes" and "Chapter 4 Notes" share only the words that file a document
    named = [w for w in shared if w.isalpha() and w not in STOPWORDS and not _DOCUMENT_PART.fullmatch(w)]
    return _series_label(x) and _series_label(y) and bool(named)


# words a document's own numbering follows ("Lecture 3", "Unit 1 Review"); 'Class A', 'Part B' also name
# kinds ("Class A Networks", "Medicare Part A") and are no veto
_NUMBERED_DOCUMENT = re.compile(
    r"(?:lecture|week|unit|module|chapter|lesson|session|lab|tutorial|exam|quiz|midterm|test|assignment|paper|"
    r"essay|homework|ch|lec|day|page|notes?)s?"
)
# ('Part 1', 'Section 2', 'Class 3' number a document; 'Part A', 'Class C' may name kinds)
_FILING_WORDS = frozenset({"part", "section", "class", "topic"})
_DOCUMENT_PART = re.compile(
    r"(?:part|week|lecture|chapter|unit|module|section|lesson|notes?|class|session|day|topic|page|ch|lec|"
    r"review|summary|overview|intro|introduction|slides?|questions?|revision|recap|handout|guide|study|exam|"
    r"quiz|midterm|final|semester|term|lab|tutorial|homework|assignment|exercise|problem|answer|solution|"
    r"reading|worksheet|flashcard|practice|key|vocabulary)s?"
)


_LETTERED = re.compile(r"^([A-Z])(\d{1,2})\.?$")
_HEADED_SERIES = 5  # sections headed 'L1', 'L2' … that many are a course's numbering


def _lettered_numbers(labels: list[str], headings: list[str], chunks: list[Chunk]) -> frozenset[str]:
    """Labels that number a list with a letter ('Q1', 'Q2', 'Q3' of an exam's questions): one letter,
    numbered 1, 2, 3 … with few left out, and never written inside a sentence of the notes. A name of
    that shape is written in sentences ("vitamin B12 deficiency", "cells in G1"); a number is not. Sections
    headed so, five or more ('L1' … 'L38', a course's lectures), are numbered whatever a sentence says
    of one ("some stuff from L16")."""
    numbers: dict[str, set[int]] = defaultdict(set)
    for label in [*labels, *headings]:
        m = _LETTERED.match(label)
        if m:
            numbers[m.group(1)].add(int(m.group(2)))
    # (one in ten may be left out of the notes, or one: 'L30' of L1 … L38)
    series = {
        x for x, ns in numbers.items() if {1, 2} <= ns and max(ns) - len(ns) <= max(1, max(ns) // 10)
    }
    if not series:
        return frozenset()
    headed = Counter(m.group(1) for m in map(_LETTERED.match, set(headings)) if m)
    inside = re.compile(rf"\S\s+([{''.join(sorted(series))}])\d{{1,2}}\b")
    said: set[str] = set()
    for c in chunks:
        for line in c.text.splitlines():
            line = re.sub(r"^\s*(?:[-*+>]|#+|\d+[.)])?\s*(?:\*\*|__)?", "", line)
            said.update(m.group(1) for m in inside.finditer(line) if headed[m.group(1)] < _HEADED_SERIES)
    return frozenset(f"{x}{n}" for x in series - said for n in numbers[x])


def _series_label(word: str) -> bool:
    """'2', 'B', 'IV': what numbers one of a series ('101' of "BIO 101" numbers a course)."""
    return _label(word) and not (word.isdigit() and len(word) > 2)


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


def _wrong_ordinal(text: str) -> bool:
    """Whether a number's ordinal ending is not its own ('3st', '2th', '11st'; '1st', '22nd', '13th' are)."""
    for m in re.finditer(r"(?<![\w.])(\d+)(st|nd|rd|th)\b", text, re.IGNORECASE):
        n = int(m.group(1))
        right = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        if m.group(2).lower() != right:
            return True
    return False


def _unstressed(text: str) -> str:
    """A word written in capitals for stress ('BILATERAL', 'UNILATERAL', as a note-taker marks the
    two kinds of contract), as a name is written: a dictionary word of six letters or more, or any
    word of eight, is no acronym ('HTTPS', 'NASDAQ' and 'DNA' are short of it, and stay)."""

    def quiet(m: re.Match) -> str:
        w = m.group(0)
        return w.capitalize() if len(w) >= 8 or is_dictionary_word(w.lower()) else w

    if len(re.findall(r"(?<![\w-])[A-Z]{2,}(?![\w-])", text)) != 1:
        return text  # 'PARTITION BY', 'RIGHT TO REFUSE': capitals that write a keyword or a title whole
    return re.sub(r"(?<![\w-])[A-Z]{6,}(?![\w-])", quiet, text)


# "Includes enantiomers and diastereomers; …", "Examples: chain isomers, positional isomers": the kinds
# a definition names
_INCLUDES = re.compile(r"^(?:includes?|including|examples?:|e\.g\.,?|such as)\s+([^;.]+)", re.IGNORECASE)


class _Builder(
    EntryFacts,
    SectionFacts,
    TableFacts,
    Blanks,
    Rivals,
    CodeFacts,
    CodeResults,
    CitedFacts,
    Descriptions,
    PracticeFacts,
):
    """One bank's making: the notes parsed once, the names and their kinds, then every fact of every
    section, each made an item with its rivals or dropped."""

    def __init__(
        self,
        chunks: list[Chunk],
        glossary: Glossary,
        vectors: np.ndarray | None = None,
        unit_vectors: np.ndarray | None = None,
        embed: Callable[[list[str]], np.ndarray] | None = None,
    ) -> None:
        self.chunks = chunks
        self.glossary = glossary
        self.embed = embed  # the index's model, for names compared by what they say themselves
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
        self.section_start: dict[str, str] = {}  # a chunk's id -> the id of its section's first chunk
        for group in sections(chunks):
            self.parsed[group[0].id] = section_entries(group)
            for c in group[1:]:
                self.parsed[c.id] = ([], [])
            self.section_of[group[0].id] = group
            self.section_start.update((c.id, group[0].id) for c in group)
        # (a heading of words and a number, 'Diabetes Type 2', counts nothing off by itself)
        labels = [
            label
            for es, _ in self.parsed.values()
            for label in _outline_labels([e.label for e in es if e.label])
        ]
        self._enumerators = _enumerators(
            labels + [h for c in chunks for h in c.heading if not _ENUMERATED_WORDS.match(_clean_name(h))]
        )
        # ('L15' of "## L15", the fifteenth of the lectures headed L1 … L38, numbers a line as well)
        self._lettered = _lettered_numbers(
            [_clean_name(e.label) for es, _ in self.parsed.values() for e in es if e.label],
            list(dict.fromkeys(_clean_name(h) for c in chunks for h in c.heading)),
            chunks,
        )
        self._fields = self._field_labels()
        # a table's column names ("Observed bonding") name attributes of its rows, never a row's thing
        # (unless another table has it as a row: "Woodwinds" heads a column of players and is a family)
        rows_named = {
            key(_clean_name(_plain(r[0]))) for _, ts in self.parsed.values() for t in ts for r in t.rows if r
        }
        # ('| Feature | SN1 | SN2 |': a corner that says the rows are attributes makes the columns the
        # things)
        self._columns = (
            frozenset(
                key(_clean_name(_plain(h)))
                for es, ts in self.parsed.values()
                for t in ts
                if not columns_are_things(t.header)
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
        self._lead_labels: frozenset[str] = frozenset()  # 'General Rule' over line after line: no term
        self._defined_term_at: dict[str, Chunk] = {}  # terms the notes define outside their own section
        # terms set in bold where a line opens by saying what they are or do ("The **Marxist** lens
        # focuses on …", "**arrays** are fixed-size …"), set out whatever the glossary holds: key -> the
        # kind named between term and verb ('lens'), '' for none
        self._bold_led: dict[str, str] = {}
        # "Delirium is a disorder of ..." under "Delirium": sections that say what their subject is
        self._defines_section: dict[str, Chunk] = {}
        self._section_subject_keys: dict[str, str] = {}  # the same by key, once all are read
        self._genus: dict[str, str] = {}  # subject -> the noun its definition names its kind by
        # name key -> keys of what the notes say it is a form of ("a form of anterograde amnesia")
        self._kind_of_name: dict[str, set[str]] = {}
        # labels whose lines define a person ("Coward: someone who throws …") and those whose lines
        # define something else ("Sarissa: a long spear"): of a glossary that mixes them, never rivals
        self._defines_person: dict[str, bool] = {}
        self._term_words: dict[str, list[list[str]]] = defaultdict(list)  # defined terms' words by first
        self._row_cells: list[tuple[str, str]] = []  # (row, cell) of every table read
        self._mentioned: dict[str, set[int]] = {}  # name key -> chunks that name it
        self._said_times: dict[str, int] = {}  # a heading's phrase -> how often the notes' lines say it
        self._opening: dict[str, str] = {}  # subject -> what its section's opening sentence says of it
        self._glossary_genus: dict[str, str] = {}  # glossary term key -> the genus its definition names
        self._label_genus: dict[str, str] = {}  # a list label's key -> the genus its line opens with
        self._agents: set[str] = set()  # glossary term keys whose lines tell what someone did or was
        self._defines: dict[str, tuple[Chunk, str]] = {}  # subject -> where and how the notes define it
        self._defines_by_key: dict[str, tuple[Chunk, str]] = {}  # the same by key, once all are read
        self._context_cache: dict[str, np.ndarray | None] = {}
        self._name_vectors: dict[str, np.ndarray] = {}  # names and cells embedded alone, by the index model
        self._described: list[tuple[int, str]] = []  # (chunk position, answer) of the facts made
        self._unit_words: list[list[str]] = []
        self._units_with: dict[str, list[int]] = defaultdict(list)
        self.peers = self._peer_groups()
        self._kin: tuple[list[str], np.ndarray] | None = None
        self._run_fields: dict[tuple[str, ...], str] = {}  # a list's shared field name, once read
        self._verb_columns: dict[tuple[str, tuple[str, ...]], str] = {}  # a column's verb, once read
        self._rows_before: dict[tuple[tuple[str, ...], str], bool] = {}  # "the Network layer", once a table
        self._recalled: set[str] = set()  # terms asked already as a blank in their definition
        self.recall_ids: set[str] = set()  # the ids of those blanks

    def with_near_terms(self, item: QuizItem) -> QuizItem:
        """A blank with the notes' other terms a slip away from its answer ('Abience' beside 'Adience',
        one letter apart): the typo allowance would take either for the other (graded BAD twice, r241),
        so typed, they are wrong. A plural or another form of the answer's own word is no other term."""
        if not item.is_cloze:
            return item
        spellings = (item.answer_text, *item.accept)
        allowed = max(typos_allowed(s) for s in spellings)
        if not allowed:
            return item
        mine = {key(s) for s in spellings}
        roots = {" ".join(stem(w) for w in words(s)) for s in spellings}
        near = sorted(
            name
            for k, name in self._terms_by_key.items()
            if k not in mine
            and min(abs(len(k) - len(m)) for m in mine) <= allowed
            and min(OSA.distance(k, m) for m in mine) <= allowed
            and " ".join(stem(w) for w in words(name)) not in roots
        )
        return dataclasses.replace(item, near=tuple(near)) if near else item

    @cached_property
    def _terms_by_key(self) -> dict[str, str]:
        """Every word of the notes and every name the glossary holds, by key, as first written."""
        out: dict[str, str] = {}
        named = [n for e in self.glossary.entities.values() for n in (e.name, *e.aliases)]
        for name in [*self._forms, *named]:
            k = key(name)
            if len(k) >= 3:
                out.setdefault(k, name)
        return out

    # -- topics ---------------------------------------------------------------------------------
    def _topics(self) -> dict[str, str]:
        titles: dict[str, Counter] = defaultdict(Counter)
        for c in self.chunks:
            if c.heading:
                titles[c.source][c.heading[0]] += 1
        # "Impacts of World War II" beside "Impacts of World War I" is no file title: it says which
        # war its questions are of
        # ... and "# Anatomical Barriers", "# Complement System", …: a file of several chapters has no
        # title heading over them all, and its commonest chapter ("Complement System") is no title to
        # leave out ("Outcomes" alone titled its questions: outcomes of what?, graded missing context,
        # r283). A title heading holds more than half of its file.
        untitled = {}
        for src, heads in titles.items():
            first = heads.most_common(1)[0][0]
            parallel = any(_parallel(first, h) for h in heads)
            untitled[src] = parallel or heads[first] * 2 <= sum(heads.values())
        out = {}
        for c in self.chunks:
            title = titles[c.source].most_common(1)[0][0] if titles[c.source] else c.source
            path = list(c.heading)
            if path and path[0] == title and not untitled.get(c.source, False):
                path = path[1:]
            # "December 14 2023", "Spetember 8 2023": the day a class met names no topic
            path = [h for h in path if key(_clean_name(h)) not in _TOC]
            path = [h for h in path if not _dated(_clean_heading(h))]
            # "Lesson 6", "Lecture 33", "Unit IV", "Midterm #1": a part of the course counted off names
            # no topic ("Quiz · Lecture 33" over a question on money supply, graded no topic, r346),
            # the heading under it does
            path = [h for h in path if not _COUNTED_PART.fullmatch(_clean_heading(h))] or path
            # "Quick Revision Table", "Summary": a page's recap names no topic; the page's title does
            path = [h for h in path if not _SUMMARY_HEADING.search(_TABLE_WORD.sub("", _clean_heading(h)))]
            if not path and _dated(_clean_heading(title)):
                title = PurePosixPath(c.source).stem  # a file headed by its date alone: its name says what
            titled = not untitled.get(c.source, False) and c.heading and c.heading[0] == title
            if titled and path and key(_clean_heading(path[0])) in self._aspect_headings:
                # "# Pericarditis" over "## Background", "## Etiology", as every page of the handbook:
                # the aspect names no topic, the page's title does ("Quiz · Background" over "Which
                # etiology …?" never said of what, graded WEAK twice, medicine notes, r329)
                path = []
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
            if name.isupper() and name.isalpha() and len(name) >= 3 and is_dictionary_word(name.lower()):
                name = self._as_mostly_written(name)
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

    @cached_property
    def _told_apart(self) -> frozenset[str]:
        """Labels the notes set over different lines in several places ('Integumentary:' over "dry
        mucous membranes" under one disorder's signs and over "pale, cool skin" under another's): a
        field whose line is its value for the thing above it, not the one line that says what the
        label means."""
        bodies: dict[str, set[str]] = defaultdict(set)
        for c in self.chunks:
            for e in self.parsed[c.id][0]:
                if e.label and e.item:
                    body = " ".join(words(_plain(e.body)))
                    if body:
                        bodies[key(_clean_name(e.label))].add(body)
        return frozenset(k for k, b in bodies.items() if len(b) >= _FIELD_VALUES)

    def _field_labels(self) -> frozenset[str]:
        """Labels the notes repeat item after item ('Structure:', 'Function:', 'Importance:' under each
        of four molecules): the fields of a record, like a table's columns, not terms. A name the
        notes compare ('SQS:' under two comparisons) is not in everyday words and stays a term."""
        parents: dict[tuple[str, str], set[str]] = defaultdict(set)
        # the lists of one file a label heads lines in (a list: the items under one parent, or those
        # after one lead line), each with the labels beside it there
        lists: dict[tuple[str, str], dict[tuple[str, int, int], frozenset[str]]] = defaultdict(dict)
        written: dict[str, str] = {}  # each key as written: 'Court Ruling' of 'courtruling'
        # every file's parents of a label: 'Physical exam:' under a condition in three files and more is a
        # field of each, as a table's column is, however few times one file says it (graded an off-type
        # rival three times, medicine notes, r346); a word alone ('Mild', 'Proteins') is a term of each
        everywhere: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        for c in self.chunks:
            entries, _ = self.parsed[c.id]
            lead = -1
            members: dict[tuple[str, int, int], set[str]] = defaultdict(set)
            labelled: list[tuple[str, tuple[str, int, int]]] = []
            for e in entries:
                if not e.item:
                    lead = e.index
                if e.label and e.item:
                    where = entries[e.parent].text if e.parent is not None else str(e.index)
                    name = _clean_name(e.label)
                    parents[(c.source, key(name))].add(where)
                    everywhere[key(name)].add((c.source, c.id, where))
                    at = (c.id, lead, -1 if e.parent is None else e.parent)
                    members[at].add(key(name))
                    labelled.append((key(name), at))
                    written.setdefault(key(name), name)
            for k, at in labelled:
                lists[(c.source, k)][at] = frozenset(members[at])
        out = set()
        for (source, k), where in parents.items():
            # 'Court Ruling:' under case after case is a field of two words; 'Technical controls' in two
            # lists is a term the notes list twice
            said = written[k].lower()
            if all(is_common_word(w) for w in words(said) or [k]):
                enough = 2 if len(words(said)) <= 1 else _FIELD_REPEATS
                if len(words(said)) > 1 and len({f for f, _, _ in everywhere[k]}) >= _FIELD_FILES:
                    where = everywhere[k]
            elif re.search(r"[a-z][A-Z]|_", written[k]):
                continue  # 'initialDelaySeconds', a key in code, names one setting wherever it is listed
            else:
                # 'CVS:' beside other systems, different ones under each differential and exam; 'Choppy
                # Water' beside the same conditions under each boat is a record's set of terms, and
                # 'TCP' beside 'UDP' (and 'QUIC' once) under each aspect compared is a comparison
                around = lists[(source, k)]
                sets = list(around.values())
                pairs = [(a, b) for i, a in enumerate(sets) for b in sets[i + 1 :]]
                if not pairs or sum(len(a & b) / len(a | b) for a, b in pairs) / len(pairs) >= _SAME_SET:
                    continue
                enough, where = _NAMED_FIELD_REPEATS, set(around)
            if len(where) >= enough and k:
                out.add(k)
        return frozenset(out)

    def enumerated(self, name: str) -> bool:
        m = enumerated_as(name)
        counted = m is not None and m.group(1).lower() in self._enumerators
        return counted or _clean_name(name) in self._lettered

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
        phrase = " ".join(words(_clean_name(name)))
        if phrase not in self._heading_phrases and phrase not in self._heading_leads:
            return True  # 'DATA' in a third of the passages and never a section's subject
        # in a fifth of the passages: the notes' subject when their files' titles name it too ('K8s'
        # in every lab's title), a central thing of the subject when they don't ('Pod')
        return self._titles_naming(e) >= max(2, 0.25 * len(self._file_titles))

    def _as_mostly_written(self, name: str) -> str:
        """An everyday word the glossary met first in capitals ('POD' of "All PODs can …") as the notes
        write it most of the time: 'Pod', where "Pod is the smallest unit …" and a hundred lines more
        say so. An acronym the notes write in capitals half the time or more stays as it is."""
        forms = [f for low in (name.lower(), f"{name.lower()}s") for f in self._said_as.get(low, {}).items()]
        upper = sum(n for w, n in forms if w[:2].isupper())
        return name if upper * 2 >= sum(n for _, n in forms) else name.capitalize()

    @cached_property
    def _said_as(self) -> dict[str, Counter]:
        """The notes' spellings of each word (``_said``), by the word in lower case."""
        out: dict[str, Counter] = defaultdict(Counter)
        for form, n in self._said.items():
            out[form.lower()][form] += n
        return out

    @cached_property
    def _heading_leads(self) -> frozenset[str]:
        """What a heading names before its colon: 'Pod' of "Pod: Life Cycle", a section on one of its
        sides."""
        return frozenset(" ".join(words(lead)) for h in self._headings if (lead := heading_lead(h)))

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
            # "has 2 fibres attached", "of 3 bits": a count after a word of having or counting is of
            # things ('Route 53 routes', "when step 2 returns" are not)
            seen.update(m.lower() for m in _COUNTED_THINGS.findall(c.text))
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
            # "Always moving/changing", "Sometimes …", "Perhaps …": an adverb that ends in -s
            and word not in _S_ADVERBS
            # 'Cgroups restrict how much ...': a name the notes use is the subject, not a verb
            and self.entity(word) is None
        ):
            if following.lower() in ("that", "which", "who", "whose"):
                # "Devices that store energy …" (a noun and its clause) against "means that …", "shows
                # that …": before a relative word, only a verb that takes a clause ("Port numbers that
                # guide processing": 'number' is a verb too, but none that says "that …")
                roots = verb_roots(word)
                if following.lower() == "that":
                    return word in _SAYS or any(r in _THAT_VERBS for r in roots)
                return word in _SAYS or any(
                    has_verb_forms(r) or r in _BASE_VERBS or r in _PAST_FORMS for r in roots
                )
            if following.lower() in _BASE_VERBS | _THAT_VERBS and not any(
                r in ("help", "let", "make") for r in verb_roots(word)
            ):
                # "Port numbers tell devices …": a plural noun, and its verb after it ('helps make …'
                # is a verb and the bare one it takes)
                return False
            nxt = following.lower().strip(",")
            past = nxt in _PAST_VERBS or nxt.endswith("ed")
            if past and not any(has_verb_forms(r) for r in verb_roots(word)):
                # "Pamphlets carried new arguments …": a plural no verb is spelt as, and its verb after it
                return False
            if nxt in _PLACE_WORDS and not any(
                has_ing_form(r) or r in _BASE_VERBS or r in _PAST_FORMS for r in verb_roots(word)
            ):
                # "Vesicles at mucocutaneous junctions of the lips": a plural no verb is spelt as, and where
                # it is ("Which one vesicles at …?", graded ungrammatical, r291); "Binds to", "Spins in"
                # are verbs the dictionary knows
                return False
            return nxt not in _AUX | {"or", "and", "of", "nor"} and not following.startswith(",")
        return False

    # -- building -------------------------------------------------------------------------------
    def build(self) -> list[QuizItem]:
        facts: list[_Fact] = []
        for chunk in self.chunks:
            if section_role(chunk.heading) != "content":
                continue  # references, worked examples, labs and study advice make poor questions
            entries, tables = self.parsed[chunk.id]
            made = self._entry_facts(chunk, entries)
            made.extend(self._list_record_facts(chunk, entries))
            for table in tables:
                made.extend(self._table_facts(chunk, table))
            group = self.section_of.get(chunk.id, [chunk])
            for fact in made:
                said = fact.explanation.split(" — ", 1)[0] if fact.kind == "table" else fact.explanation
                fact.chunk = holding(group, said)
            facts.extend(made)
        facts.extend(self._section_facts())
        facts.extend(self._record_facts())
        self._lead_labels = _lead_labels(facts)
        facts = [f for f in facts if not (f.kind == "mapping" and key(f.answer) in self._lead_labels)]
        self._index_clauses()
        for fact in facts:
            m = _FORM_OF.match(fact.pred) if fact.kind in ("mapping", "statement") else None
            if m:
                self._kind_of_name.setdefault(key(fact.answer), set()).update(self.names_in(m.group(1)))
        self._kinds_by_definition(facts)
        self._add_described_headings(facts)
        self._described = [
            (self.pos[f.chunk.id], f.answer) for f in facts if f.kind in ("statement", "mapping")
        ]
        self._defines_by_key = {key(k): v for k, v in self._defines.items()}
        for subject in self._defines_section:
            self._section_subject_keys.setdefault(key(subject), subject)
        items: list[QuizItem] = []
        seen_prompts: set[str] = set()
        defined: list[tuple[_Fact, QuizItem]] = []
        by_name = self._definitions_by_name(facts)
        for fact in facts:
            if fact.kind == "statement":
                fact.prompt = self._with_section(fact)
            item = self._item(fact)
            if item is not None and not item.is_cloze:
                item = _swaps_put_right(item)
                # 'Vasovagal orneurally mediated syncope' as a wrong choice, or a list's heading that
                # counts it ('main 4 types of institutions'): left out, the rest stands
                kept = [
                    c
                    for i, c in enumerate(item.choices)
                    if i == item.answer or not (self._misspelled(c) or COUNTS_KINDS.search(c))
                ]
                if 2 <= len(kept) < len(item.choices):
                    answer = kept.index(item.choices[item.answer])
                    item = dataclasses.replace(item, choices=tuple(kept), answer=answer)
            # (a blank's typed key too: 'Gallblader' was asked with 'gallbladder' marked wrong, r334)
            if item is None or self._misspelled(" ".join([item.prompt, *item.choices, item.answer_text])):
                continue  # 'molocules', 'impliment': a typo copied from the notes is not posted
            if any(map(_wrong_ordinal, [item.prompt, *item.choices])):
                continue  # '3st person' (graded a typo copied into the choices)
            if fact.no_either_or and len(item.choices) == 2:
                continue  # 'Human' or 'Virus' of a table of eight drugs: a coin flip the table did not set
            if self._on_an_example_actor(item.prompt):
                continue  # "the interface's MAC on R2": R2 is one machine of a worked example
            if self._mirror_pair(fact, item, by_name):
                continue
            pk = normalized(item.prompt) + (f"\n{item.choices[item.answer]}" if fact.apart else "")
            if pk in seen_prompts:
                continue
            seen_prompts.add(pk)
            items.append(item)
            if fact.kind == "mapping" and fact.pool == "term" and not item.is_cloze:
                defined.append((fact, item))  # a label asked by its line among its siblings
        items.extend(self._descriptions(by_name, defined))
        items.extend(self._command_items())
        items.extend(self._use_items())
        items.extend(self._result_items())
        items.extend(self._cited_items())
        items.extend(self._practice_items())
        asked = (self._of_someone(self._untagged(it)) for it in items)
        written = (self._in_the_notes_script(self._unshouted(it)) for it in asked if it is not None)
        return [it for it in written if it is not None]

    @cached_property
    def _course_tags(self) -> frozenset[str]:
        """Tags the files' titles end with, shared by two files or more: " - Biology" of "Renal Physiology
        - Biology" and "Pulmonary System - Biology" files a page under a course, and names nothing."""
        tails: dict[str, set[str]] = {}
        for c in self.chunks:
            m = _TITLE_TAG.fullmatch(c.heading[0]) if c.heading else None
            if m:
                tails.setdefault(m.group("tag"), set()).add(c.source)
        return frozenset(t for t, files in tails.items() if len(files) >= 2)

    def _untagged(self, item: QuizItem) -> QuizItem:
        """'In “Renal Physiology”, …', not 'In “Renal Physiology - Biology”, …' (graded a note-title
        prefix, r367, r368): a setting without the course tag its file's title ends with."""
        m = re.match(r"In “(?P<title>[^”]+)”", item.prompt)
        first, sep, rest = m.group("title").partition(" › ") if m else ("", "", "")
        t = _TITLE_TAG.fullmatch(first)
        if m is None or t is None or t.group("tag") not in self._course_tags:
            return item
        return dataclasses.replace(item, prompt=f"In “{t.group('title')}{sep}{rest}”{item.prompt[m.end():]}")

    def _of_someone(self, item: QuizItem) -> QuizItem | None:
        """A question on one of a list's people asked as a teacher asks it: "Who wrote Essay on the
        Principles of Population …?", not "Which one is described as “wrote …”?"; "____ was an
        English social reformer who …", not "The term for “an English social reformer …” is ____".
        None when the line tells the person's sex among people the stem does not ("a female utopian
        socialist" among three men: graded a giveaway, r366)."""
        if key(item.answer_text) not in self._agents:
            return item
        if item.choices and _SEX_TOLD.search(item.prompt):
            return None
        m = _DESCRIBED.match(item.prompt) or _TERM_FOR.match(item.prompt)
        if m is None:
            return item
        desc = m.group("desc")
        first = desc.split()[0].lower()
        if first in ("was", "were") or first in _PAST_VERBS or (first.endswith("ed") and self._did(first)):
            said = desc
        elif first in ("a", "an"):
            said = f"was {desc}"
        else:
            # "Earliest of socialist pioneers, …": no clause to ask "who" of; "believe that …" (the
            # notes' slip for 'believed') would ask it ungrammatically
            return item
        setting = m.groupdict().get("setting") or ""
        text = f"{setting}{'who' if setting else 'Who'} {said}?" if item.choices else f"{BLANK} {said}."
        return dataclasses.replace(item, prompt=text)

    @cached_property
    def _rare_script(self) -> re.Pattern | None:
        """Two letters running of a script other than Latin that the notes barely write (a mnemonic
        in Burmese beside English notes), or None when the notes write none."""
        counts: Counter = Counter(_script(ch) for c in self.chunks for ch in c.text if ch.isalpha())
        total = sum(counts.values()) or 1
        rare = {s for s, n in counts.items() if s and s not in _SYMBOL_SCRIPTS and n < 0.05 * total}
        if not rare:
            return None
        # (a script's vowel signs and tone marks too: they are no letters, but its words hold them)
        letters = "".join(
            sorted({ch for c in self.chunks for ch in c.text if not ch.isspace() and _script(ch) in rare})
        )
        return re.compile(f"[{re.escape(letters)}]{{2,}}")

    def _in_the_notes_script(self, item: QuizItem) -> QuizItem | None:
        """The item without an aside in a script the notes barely write ("Rapid onset/offset (မကြန့်
        မကြာ)" graded garbled, r215), or None when such words are more than an aside."""
        rare = self._rare_script
        texts = [item.prompt, *item.choices, item.explanation, item.answer_text]
        if rare is None or not any(rare.search(t) for t in texts):
            return item

        def unglossed(text: str) -> str:
            return re.sub(r"\s*\([^()]*\)", lambda m: "" if rare.search(m.group(0)) else m.group(0), text)

        prompt, choices = unglossed(item.prompt), tuple(unglossed(c) for c in item.choices)
        answer = item.answer if not item.is_cloze else unglossed(item.answer)
        if any(rare.search(t) for t in [prompt, *choices, str(answer)]) or len(set(choices)) < len(choices):
            return None
        return dataclasses.replace(
            item, prompt=prompt, choices=choices, answer=answer, explanation=unglossed(item.explanation)
        )

    def _talked_of(self, heading: str) -> bool:
        """Whether the notes' lines name a heading's thing twice or more ('Control Plane', 'Transport
        Layer'), as they do a thing they teach and not a chapter's title ("The Living Cell"). Counted
        once per heading: the notes' whole text is read for each."""
        phrase = re.sub(r"^(?:the|a|an)\s+", "", _unref(heading), flags=re.IGNORECASE).strip().lower()
        if not phrase:
            return False
        if phrase not in self._said_times:
            said = re.findall(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", self._lower_text, re.IGNORECASE)
            self._said_times[phrase] = len(said)
        return self._said_times[phrase] >= 2

    def _named_alone(self, name: str) -> bool:
        """Whether a label says what it is without its heading: a name of a thing with a word of its
        own ('Lipids', 'Serosa', 'FIFO queue'), described in one place of the notes. Words English uses
        for anything ('Efficiency', 'Vertical Scaling', 'Expedited') name a thing only under its heading,
        and so does a label the notes describe in two places ('On-Demand' of two services)."""
        e = self.entity(name)
        if e is None or not self.thinglike(e) or "generic" in e.kinds:
            return False
        bare = _BRACKETED.sub(" ", name).split()
        if len(bare) == 1 and ("-" in bare[0] or bare[0].lower().endswith(("ed", "ing"))):
            return False
        if all(is_common_word(w) for w in words(" ".join(bare))):
            return False  # 'Vertical Scaling' of RDS, 'Rising phase' of an action potential
        return sum(key(a) == key(name) for _, a in self._described) <= 1

    @cached_property
    def _said(self) -> Counter:
        """Spellings as the notes' lines write them, lines in capitals ("**IMPACT ON TECHNOLOGY**")
        aside: what tells 'WHO' and 'mRNA' from a word a heading shouts."""
        said: Counter = Counter()
        for c in self.chunks:
            for line in c.text.splitlines():
                # ('https', 'json' of a link or a file's name are no spelling of HTTPS or JSON)
                # (nor an enumerator '(ii)' of a roman numeral)
                line = re.sub(r"\S+://\S+|\S+\.[a-z]{2,4}\b|\(?\b[ivxlc]{1,4}[.):]", " ", line)
                found = re.findall(r"[A-Za-z][A-Za-z0-9-]*", line)
                loud = sum(1 for w in found if len(w) >= 2 and w.isupper())
                if found and 2 * loud < len(found):
                    said.update(found)
        return said

    def _capitalised_choice(self, choice: str) -> str:
        """A choice opening with an everyday word in lower case ('exudate') among capitalised rivals,
        capitalised as the notes also write it ('Exudate'); 'assert', 'pH' and 'kubectl' as written."""
        first = re.match(r"[a-z]{3,}(?=[\s,;]|$)", choice)
        word = first.group(0) if first else ""
        if not word or re.search(r"[_.()`/=]", choice) or not self._forms[word.capitalize()]:
            return choice
        return choice[:1].upper() + choice[1:]

    def _lowered_choice(self, choice: str) -> str:
        """A choice opening with a capitalised everyday word ('Producer surplus') in lower case, when the
        notes write that word in lower case as well; a name ('Marius', 'Python') as written."""
        # (two words or more: one capitalised word alone, 'True' or 'None', is as likely a name)
        first = re.match(r"([A-Z][a-z]{2,})(?:\s+[a-z][\w'-]*)+$", choice)
        word = first.group(1) if first else ""
        if not word or not self._forms[word.lower()] or not is_dictionary_word(word.lower()):
            return choice  # ('Doppler effect', 'Hubble constant': a name, however a line once writes it)
        if self._forms[word.lower()] * 2 < self._forms[word]:
            return choice  # mostly capitalised where the notes write it: a name, not a sentence's start
        lowered = choice[:1].lower() + choice[1:]
        # the whole name in lower case somewhere ('producer surplus'), not its first word alone ('labour'
        # of "organised labour" beside the party's 'Labour government', review 84)
        if re.search(rf"(?<![\w-]){re.escape(lowered)}(?![\w-])", self._lower_text) is None:
            return choice
        return lowered

    @cached_property
    def _lower_text(self) -> str:
        """The notes' words as written, markup aside, for a name's spellings in lower case."""
        return " ".join(_plain(c.text) for c in self.chunks)

    def _unshouted(self, item: QuizItem) -> QuizItem:
        """The item with a heading the notes write in capitals, in its stem's setting or its topic,
        written as a title is ("In “Impact on Technology”", not "In “IMPACT ON TECHNOLOGY”")."""
        topic = unshouted(item.topic, self._said)
        prompt = re.sub(
            r"^In “([^”]+)”", lambda m: f"In “{unshouted(m.group(1), self._said)}”", item.prompt, count=1
        )
        choices = item.choices
        if item.kind != "code" and 2 * sum(c[:1].islower() for c in choices) <= len(choices):
            # 'Transudate' beside 'exudate' as the notes happen to write them: the odd case marks one.
            # All or none: 'chyle' left alone beside a capitalised 'Exudate' would mark itself
            recased = tuple(self._capitalised_choice(c) for c in choices)
            # ('pH', 'mRNA' start in lower case by convention and mark nothing)
            if not any(re.match(r"[a-z]{2,}(?![A-Za-z])", c) for c in recased):
                choices = recased
        if item.kind != "code" and any(c[:1].islower() for c in choices):
            # 'Producer surplus' beside 'total surplus', 'Round function' beside 'floor() function': a
            # term capitalised only where its sentence began, and written in lower case elsewhere in
            # the notes, is lowered to match the rest (all or none, as above)
            lowered = tuple(self._lowered_choice(c) for c in choices)
            if lowered != choices and not any(re.match(r"[A-Z][a-z]+(?![A-Za-z])", c) for c in lowered):
                choices = lowered
        if item.kind != "code":
            choices = _one_case(tuple(map(_unstressed, choices)))
            # "Which of these describes the contract UNILATERAL?": the name asked, outside any quote
            prompt = re.sub(r"(?<=describes )([^“”?]+)(?=\?$)", lambda m: _unstressed(m.group(1)), prompt)
        if (topic, prompt, choices) == (item.topic, item.prompt, item.choices):
            return item
        return dataclasses.replace(item, topic=topic, prompt=prompt, choices=choices)

    def _kinds_by_definition(self, facts: list[_Fact]) -> None:
        """Terms whose definitions open with another term's name ("lexical expression - linguistic
        expression that has to be listed …", a table's "Diastereomers | Stereoisomers that are not
        mirror images") are kinds of it, and so are the terms a definition says it includes
        ("Configurational Isomers | Includes enantiomers and diastereomers"): what the notes say of the
        wider term is true of its kinds too, so neither is the other's rival."""
        # labels with their lines, and table rows with each of their cells (asked or not)
        defined = [(f.answer, f.pred) for f in facts if f.pred and (f.kind, f.pool) == ("mapping", "term")]
        defined += self._row_cells
        for name, _ in defined:
            ws = words(name)
            if ws and ws not in self._term_words[ws[0]]:
                self._term_words[ws[0]].append(ws)
        for name, said_of in defined:
            self._defines_person.setdefault(key(name), _PERSON.match(_plain(said_of)) is not None)
            said = words(said_of)
            if said and said[0] in ("a", "an", "the", "any"):
                said = said[1:]
            wider = self._term_named(said)
            if wider is not None and wider != key(name):
                self._kind_of_name.setdefault(key(name), set()).add(wider)
            for narrower in self._included_in(said_of) - {key(name)}:
                self._kind_of_name.setdefault(narrower, set()).add(key(name))

    def _term_named(self, phrase: list[str]) -> str | None:
        """The key of the defined term ``phrase`` (its words) opens with, if any."""
        for ws in self._term_words.get(phrase[0] if phrase else "", ()):
            if phrase[: len(ws)] == ws:
                return "".join(ws)
        return None

    def _included_in(self, pred: str) -> set[str]:
        """Keys of the defined terms a description says its subject includes ("Includes enantiomers
        and diastereomers", "Examples: chain isomers, positional isomers")."""
        m = _INCLUDES.match(_plain(pred))
        parts = re.split(r",\s*|\s+and\s+|\s+or\s+", m.group(1)) if m else []
        return {k for k in (self._term_named(words(p)) for p in parts) if k is not None}

    @cached_property
    def _named_words(self) -> frozenset[str]:
        """The words of the names the glossary holds: 'selectins' is a term the notes set out, one slip
        from 'selections' or not."""
        return frozenset(w for e in self.glossary.entities.values() for w in words(self.name_of(e)))

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
    def _anagrams(self) -> dict[str, list[str]]:
        """The notes' words by their letters in order ('aaeghnoprsty'), to find a word with two letters
        swapped among them."""
        found: dict[str, list[str]] = defaultdict(list)
        for w in self._chunk_df:
            if len(w) >= 5 and w.isalpha():
                found["".join(sorted(w))].append(w)
        return found

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
        """A word of ``text`` that is a typo in the notes: one slip from a word an English spelling
        dictionary writes often, however many passages repeat it (``slip_of``); or, in no dictionary,
        met in one passage only (or in a few, beside the right spelling in three times as many) and a
        letter or two away from a dictionary word the notes use elsewhere. A word that is only a
        dictionary word's form by its stem ('assing' read as 'ass' + 'ing') is a typo when one slip away
        from a word of another stem the notes use ('assign')."""
        for w in set(words(text)):
            if len(w) < 5 or not w.isalpha() or is_dictionary_word(w):
                continue
            if _stuttered(w):
                return w  # 'patternpatter': a word begun again, however often the notes repeat the line
            seen = self._chunk_df[w]
            if seen > 1 and is_word_form(w):
                continue  # 'stabilizes', 'expensed': a form of a word, however rare beside it
            fix = None if is_word_form(w) else slip_of(w)
            if fix and (w not in self._named_words or self._chunk_df[fix] or _swapped(w, fix)):
                # 'stimlus', 'transofrm': one slip from a common word, however often repeated; a name the
                # glossary holds ('selectins') only beside the word spelt right ('Retrival', 'retrieval'),
                # or with two letters swapped, which no name is ('Altruisitc Suicide', graded a typo
                # three times, sociology notes, r326)
                return w
            if seen and any(
                _swapped(w, v) and (is_word_form(v) or self._chunk_df[v] >= seen)
                for v in self._anagrams.get("".join(sorted(w)), ())
            ):
                # 'Steganogrpahy' beside 'steganography' two lines up: two letters swapped, which no two
                # names are; of two spellings met as often, either may be the slip, and neither is asked
                # (graded a typo, security notes, r340). A spelling the notes never write is the
                # generator's own mend ('Altruistic' for 'Altruisitc'), right by the dictionary
                return w
            if seen > 1:
                # 'Invetory' in four passages beside 'inventory' in twenty: a slip made again, not the
                # notes' own word for something
                if any(
                    right[0] == w[0]
                    and self._chunk_df[right] >= 3 * seen
                    and OSA.distance(w, right, score_cutoff=1) <= 1
                    for n in (len(w) - 1, len(w), len(w) + 1)
                    for right in self._spellings.get(n, ())
                ):
                    return w
                continue
            if _run_together(w):
                return w  # 'orneurally': a space lost
            if is_word_form(w):
                # a form by its stem alone ('masking', 'invert' are not in the word-piece dictionary
                # either): only two letters swapped is a slip
                if any(_swapped(w, right) for right in self._spellings.get(len(w), ())):
                    return w
                # ... or, in a long word met once, two letters off a word the notes write three times
                # as often, inside it ('accessment' once beside 'assessment' six times: graded a typo,
                # r233); another ending is another form ('automating' beside 'automation')
                if len(w) >= 9 and any(
                    right[0] == w[0]
                    and right[-3:] == w[-3:]
                    and self._chunk_df[right] >= 3 * max(seen, 1)
                    and OSA.distance(w, right, score_cutoff=2) <= 2
                    for right in self._spellings.get(len(w), ())
                ):
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
        for c, label, labelled in self._list_labels:
            if labelled:
                where[key(_clean_name(label))].add((c.source, *c.heading))
        return frozenset(k for k, sections in where.items() if len(sections) >= 3)

    @cached_property
    def _list_labels(self) -> list[tuple[Chunk, str, bool]]:
        """Each line over a sub-list, read once: its chunk, its label, and whether the label is written
        as one ("Throughput:" over its points) or is the whole line ("*Social Causes*:", nothing after)."""
        out: list[tuple[Chunk, str, bool]] = []
        for c in self.chunks:
            entries, _ = self.parsed.get(c.id, ([], []))
            for e in entries:
                if e.children:
                    label = e.label or _plain(e.text).strip().rstrip(":").strip()
                    if label:
                        out.append((c, label, bool(e.label)))
        return out

    @cached_property
    def _labels_in_files(self) -> dict[str, frozenset[str]]:
        """The files each label over a sub-list is written in ("Ideological Causes:" in the American
        Revolution's file and the French one's): a label of two files says of what only with its file."""
        where: dict[str, set[str]] = defaultdict(set)
        for c, label, _ in self._list_labels:  # ("*Social Causes*:" over its points is a label too)
            if len(label.split()) <= 4:
                where[key(_clean_name(label))].add(c.source)
        return {k: frozenset(v) for k, v in where.items()}

    def _page_of(self, chunk: Chunk, label: str) -> str:
        """The title of ``chunk``'s file when ``label`` heads lists in other files too and that title
        names a thing ("American Revolution" for its "Ideological Causes"), else ''."""
        if len(self._labels_in_files.get(key(_clean_name(label)), ())) < 2 or not chunk.heading:
            return ""
        title = _clean_heading(chunk.heading[0])
        if not title or len(title.split()) > 4 or _FILING_HEADING.search(title) or _remark(title):
            return ""
        if key(title) in self._counted_headings or self.enumerated(title):
            return ""
        return title

    @cached_property
    def _counted_headings(self) -> frozenset[str]:
        """Headings the notes count off by number ("Short case 1", "Short case 2", "Week 3"): where a
        section sits, not what it is about, so no question is set "In “Short case 1”"."""
        numbers: dict[str, set[str]] = defaultdict(set)
        titles: dict[str, list[str]] = defaultdict(list)
        for c in self.chunks:
            for h in c.heading:
                title = _clean_heading(h)
                m = re.fullmatch(r"(?P<base>.*?\b(?P<word>[A-Za-z]+))(?:\.\s*|\s+)#?(?P<n>\d{1,3})\W*", title)
                if m and m["word"].lower() in _STRUCTURE_WORDS:
                    numbers[key(m["base"])].add(m["n"])
                    titles[key(m["base"])].append(key(title))
        return frozenset(t for base, ns in numbers.items() if len(ns) >= 2 for t in titles[base])

    def _own_heading(self, chunk: Chunk) -> str:
        """The heading a chunk's lines sit under, or the one above it when that is an aspect heading
        ("Alzheimer disease" over "Symptoms") or the study of a thing a heading above names
        ("Chronic Kidney Disease" over "Etiology"): '' for none."""
        for i in range(len(chunk.heading) - 1, -1, -1):
            title = _clean_heading(chunk.heading[i])
            if key(title) in self._aspect_headings or key(title) in self._counted_headings:
                continue
            if _STUDY.fullmatch(title):
                return self._thing_in(chunk.heading[:i], "") or title
            return title
        return ""

    def _setting(self, chunk: Chunk, name: str) -> str:
        """The nearest heading above ``chunk`` that names a thing ('Aurora' over "Endpoints",
        'DynamoDB' over "Operations, Consistency, and Performance"), '' when none does."""
        return self._thing_in(chunk.heading, name)

    def _thing_in(self, headings: tuple[str, ...], name: str) -> str:
        """The nearest of ``headings`` that names a thing, '' when none does or when that is ``name``
        itself. The study of a thing ("Etiology") names it only when no heading above names it. Under a
        page's summary ("Quick Revision", "Summary"), the page's title names the thing, however often
        the notes name it: the summary's lists say what the page is about ("In “American Revolution”,
        which cause …"), and no heading between says of what."""
        summarised = False
        for i in range(len(headings) - 1, -1, -1):
            title = _clean_heading(headings[i])
            if key(title) in self._aspect_headings or key(title) in self._counted_headings:
                continue  # "Symptoms" under one disease and the next: an aspect of the thing above
            if _SUMMARY_HEADING.search(title):
                summarised = True
                continue
            e = self.entity(title)
            page_title = summarised and i == 0 and (e is None or "generic" not in e.kinds)
            if (
                (not page_title and (e is None or not self.thinglike(e) or self.ubiquitous(title)))
                or (e is not None and "generic" in e.kinds)
                or self.enumerated(title)
                or len(title.split()) > 4
                or _TOPIC_HEADING.search(title)
                or _FILING_HEADING.search(title)
                or _remark(title)
                # "Tools Available", "Methods Used": a kind of things at hand, no thing they are of
                or (len(title.split()) == 2 and title.split()[1].lower() in _LISTED_AFTER)
            ):
                continue
            if name and (self.same_thing(title, name) or _contains_phrase(words(name), title)):
                return ""
            if _STUDY.fullmatch(title):
                return self._thing_in(headings[:i], name) or title
            return title
        return ""

    def _with_section(self, fact: _Fact) -> str:
        """'In “RDS Multi-AZ”, which one ...?': a statement under a heading that names a thing holds for
        that thing; without it the stem loses the qualifier that makes one answer right. So does one
        under a list item that states its own subject ("In “Inferior planets”, which one is …?")."""
        under = fact.under
        if under and not fact.prompt.startswith("In “") and not _contains_phrase(words(fact.prompt), under):
            return f"In “{_unref(under)}”, {fact.prompt[0].lower()}{fact.prompt[1:]}"
        if not fact.chunk.heading or fact.prompt.startswith("In “") or fact.parallel:
            return fact.prompt  # one of a run of definitions needs no qualifier: it says what it is
        if _DEFINES_ALONE.match(fact.pred):
            return fact.prompt  # "Cytoplasm is the watery liquid inside …" says what it is wherever it is
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


