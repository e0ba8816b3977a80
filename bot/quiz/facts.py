"""A question before its rivals are chosen (``_Fact``), and a clause of the notes indexed for the
second-right-answer check (``_Clause``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.ingest import Chunk


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
    siblings_only: bool = False  # rivals only from ``group`` (a heading's siblings), never from elsewhere
    contrast: bool = False  # its sentence says alike of each of ``compared`` ("A uses X, B uses Y")
    # names of ``group`` never offered (a sibling of another kind, or whose section says the clue too):
    # still of the list, so the two left make no either-or
    unfit: set[str] = field(default_factory=set)
    # a row of a table that sets no either-or: of three things or more, an either-or between two of
    # them is a coin flip the table did not set (graded weak 16 times of 18); of two things listed down
    # its rows, one too (graded 0 KEEP of 21). A table that names two things over its columns ("| Feature
    # | SQS | MQ |") compares them, and sets one
    no_either_or: bool = False
    # a line that is one of its label's points ("Brain: stereoscopic vision …", folded from a term over
    # a list of them): asked among the list's labels, never as "The term for … is ____"
    one_point: bool = False
    # the topic of the post's title line, where it is not the topic of ``chunk``'s section: a row of a
    # table read off sibling sections is cited where its section is, and is on their parent's topic
    topic: str = ""
    # one row of a table of two, asked as what sets its thing apart from the other ("Which of these sets
    # SQS apart from MQ?"): the stem is the pair's, each row a question of its own by its choices
    apart: bool = False
    # the subject its list item's parent item states ("**Inferior planets** are planets …" over
    # "**Greatest eastern elongation** is the left-most position …"): what the line holds for
    under: str = ""


@dataclass
class _Clause:
    sid: int
    terms: frozenset[str]
    words: list[str]
