"""The quiz item: one question generated from the notes, shared by generator, store and front ends."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Literal

# Bump when item generation changes: the next `tutor index` rebuilds the quiz bank.
QUIZ_VERSION = "1"

QuizKind = Literal["statement", "table", "mapping", "definition", "cloze"]

LETTERS = "ABCDEFGH"  # how choices are named everywhere: buttons, console, audit, explanations
_CHOICE = re.compile(r"\(?([A-Za-z]|[1-9])\s*[.):]?")


def choice_index(text: str) -> int | None:
    """The 0-based choice a typed letter or number names ("B", "b)", "(2", "2."), else None. The one
    reader of answer letters: grading, the console and the Discord buttons all go through it."""
    m = _CHOICE.fullmatch(text.strip())
    if m is None:
        return None
    token = m.group(1)
    return int(token) - 1 if token.isdigit() else ord(token.upper()) - ord("A")


def fact_key(item: QuizItem) -> str:
    """The notes' line an item asks about: a question and its reverse ("Which one is described as X?",
    "Which of these describes A?") share it, and are not posted one right after the other."""
    return item.source + "|" + " ".join(re.findall(r"\w+", item.explanation.lower()))


@dataclass(frozen=True)
class QuizItem:
    """A question with its answer and the notes' own sentence that justifies it.

    ``answer`` is an index into ``choices`` for multiple choice, or the expected text for a cloze
    (``choices`` is then empty). ``id`` is stable across rebuilds of the same notes, so answers and
    spaced-repetition state stored against it survive a re-index.
    """

    id: str
    kind: QuizKind
    prompt: str
    choices: tuple[str, ...]
    answer: int | str
    explanation: str
    source: str  # "file › heading path", for display
    topic: str  # top heading below the document title
    chunk_id: str = ""
    accept: tuple[str, ...] = field(default_factory=tuple)  # other accepted cloze spellings

    @cached_property
    def fact(self) -> str:
        """``fact_key`` of this item, worked out once: picking a channel's quiz compares it for every
        item of the bank, for each of thousands of daily posts."""
        return fact_key(self)

    @property
    def is_cloze(self) -> bool:
        return not self.choices

    @property
    def answer_text(self) -> str:
        return self.answer if isinstance(self.answer, str) else self.choices[self.answer]

    def to_json(self) -> dict:
        """The `tutor quiz --json` object (CLI contract)."""
        data = asdict(self)
        data["choices"] = list(self.choices)
        for key in ("chunk_id", "accept"):
            data.pop(key)
        return data

    def to_record(self) -> dict:
        data = asdict(self)
        data["choices"] = list(self.choices)
        data["accept"] = list(self.accept)
        return data

    @classmethod
    def from_record(cls, data: dict) -> QuizItem:
        return cls(
            id=data["id"],
            kind=data["kind"],
            prompt=data["prompt"],
            choices=tuple(data.get("choices", ())),
            answer=data["answer"],
            explanation=data["explanation"],
            source=data["source"],
            topic=data["topic"],
            chunk_id=data.get("chunk_id", ""),
            accept=tuple(data.get("accept", ())),
        )
