"""Question understanding: is it a comparison or a lookup, and which things is it about?

Entities resolve through the glossary built from the notes. A compared side that names nothing the
notes know (no glossary entity, no word the notes ever use) is kept as an unknown entity: that is how
"step functions vs eventbridge" is recognised as outside the notes before any retrieval score is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from bot.glossary import Entity, Glossary
from bot.text import QUESTION_WORDS, STOPWORDS, is_jargon, stem, words

Intent = Literal["comparison", "lookup"]

# Where one compared thing ends and the next begins ("a vs b", "a or b", "between a and b", "a / b").
_SIDE_SPLIT = re.compile(
    r"\s+(?:vs\.?|versus|or|and|over|compared\s+(?:to|with)|instead\s+of)\s+|\s+/\s+",
    re.IGNORECASE,
)
# A side that opens like a clause ("or is that redundant", "or do i need sns") names no thing.
_CLAUSE_START = frozenset(
    """is are was were be do does did can could should would will shall may might must that this it its
    i you we they he she there what how why when which who whom if then so just also even""".split()
)
_PREPOSITIONS = frozenset(
    ["for", "to", "in", "with", "on", "at", "from", "by", "into", "of", "about", "when", "while"]
)
_COMPARE_CUES = re.compile(
    r"\b(?:vs\.?|versus|v|or|differ\w*|diff|compare\w*|comparison|between|similar|basically|same|"
    r"better|which|together|instead|over|alternative|rather|pick|choose|when\s+to\s+use|who\s+does\s+what|"
    r"like|unlike|just|the\s+way|same\s+as|equivalent|version|counterpart|analog\w*)\b|/",
    re.IGNORECASE,
)
_EQUIVALENT_CUES = re.compile(
    r"\b(?:equivalent|version|counterpart|alternative|analog\w*|like|similar|replacement)\b", re.IGNORECASE
)


@dataclass
class ParsedQuestion:
    """What the answerer needs: the cleaned text, intent, known entities and unknown names."""

    text: str
    intent: Intent
    entities: list[Entity] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    content_terms: list[str] = field(default_factory=list)  # stemmed topic words
    # other names a compared side also used ("ecs ec2 mode": ECS (EC2) and EC2 mode), by entity key
    also: dict[str, set[str]] = field(default_factory=dict)

    def keys_for(self, entity: Entity) -> set[str]:
        return {entity.key, *self.also.get(entity.key, ())}

    @property
    def entity_names(self) -> list[str]:
        return [e.name for e in self.entities] + self.unknown


def clean_question(text: str, limit: int = 500) -> str:
    """Collapse whitespace, drop mentions/markup noise, cap the length the engine reads."""
    text = re.sub(r"<[@#][!&]?\d+>|@everyone|@here", " ", text)
    text = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:limit]


def _content_words(text: str) -> list[str]:
    return [
        w
        for w in words(text)
        if w not in STOPWORDS and w not in QUESTION_WORDS and not w.isdigit() and len(w) > 1
    ]


def parse_question(text: str, glossary: Glossary) -> ParsedQuestion:
    text = clean_question(text)
    matches = glossary.find(text)
    entities = [m.entity for m in matches]
    content = _content_words(text)
    cue = bool(_COMPARE_CUES.search(text))

    unknown: list[str] = []
    also: dict[str, set[str]] = {}
    sides = [s for s in _SIDE_SPLIT.split(text) if s and s.strip()]
    if len(sides) >= 2 and cue:
        # one compared thing per side: "gateway vs interface endpoints, which one ... every az for HA"
        # compares two endpoint types, not also AZ and HA that the sentence happens to name
        per_side = [_main_entity(glossary.find(side)) for side in sides]
        for i, side in enumerate(sides):
            if per_side[i] is None:  # "gateway vs interface endpoints": the head noun is shared
                per_side[i] = _with_shared_head(side, sides, glossary)
        chosen = list({e.key: e for e in per_side if e is not None}.values())
        if len(chosen) >= 2:
            entities = chosen[:4]
            for side, main in zip(sides, per_side, strict=True):
                if main is not None:
                    also[main.key] = _also_named(side, main, glossary, {e.key for e in entities})
        for side in sides:
            side_words = _content_words(side)
            first = words(side)[:1]
            if not side_words or (first and first[0] in _CLAUSE_START) or glossary.find(side):
                continue
            if not any(glossary.knows_word(w) for w in side_words):
                unknown.append(_name_of(side))
    if not entities and not unknown and content:
        # "max size of a dynamodb item" in notes that never say DynamoDB: the thing asked about is a
        # name the notes lack, even if "size" and "item" appear in them
        jargon = [
            w for w in content if not glossary.knows_word(w) and is_jargon(w) and not glossary.near_word(w)
        ]
        if jargon:
            unknown.append(jargon[0])
        elif not any(glossary.knows_word(w) for w in content):
            unknown.append(_name_of(text))

    # "what's the aws version of kafka": the notes' own "Kafka ~ Kinesis" mapping answers it
    if len(entities) == 1 and not unknown and _EQUIVALENT_CUES.search(text) and entities[0].related:
        for name in sorted(entities[0].related):
            related = glossary.lookup(name)
            if related is not None and related not in entities and "/" not in related.name:
                entities.append(related)
                break

    intent: Intent = "comparison" if (len(entities) + len(unknown) >= 2 and cue) else "lookup"
    return ParsedQuestion(text, intent, entities, unknown, [stem(w) for w in content], also)


def _also_named(side: str, main: Entity, glossary: Glossary, compared: set[str]) -> set[str]:
    """Multi-word names the side also contains that share words with its main one."""
    matches = glossary.find(side, overlapping=True)
    spans = [(m.start, m.end) for m in matches if m.entity.key == main.key]
    if not spans:
        return set()
    a, b = spans[0]
    return {
        m.entity.key
        for m in matches
        if m.entity.key not in compared and len(m.entity.name.split()) >= 2 and m.start < b and m.end > a
    }


def _main_entity(matches: list) -> Entity | None:
    """The thing a side is about: the longest name in it, the rarer one on a tie."""
    if not matches:
        return None
    best = max(matches, key=lambda m: (m.end - m.start, len(m.entity.name.split()), -len(m.entity.chunks)))
    return best.entity


def _with_shared_head(side: str, sides: list[str], glossary: Glossary) -> Entity | None:
    own = _content_words(side)[-2:]
    if not own:
        return None
    for other in sides:
        if other is side:
            continue
        for head in _content_words(other)[:3]:
            for phrase in (" ".join([*own, head]), " ".join([own[-1], head])):
                found = glossary.find(phrase)
                if found and found[0].end - found[0].start >= 2:
                    return found[0].entity
    return None


def _name_of(side: str) -> str:
    """The thing a side names: its words up to the first preposition, at most three."""
    picked: list[str] = []
    for typed in re.findall(r"[A-Za-z0-9][\w'-]*", side):  # as typed: "ec2", not "ec 2"
        w = typed.lower()
        if w in _PREPOSITIONS and picked:
            break
        if w not in STOPWORDS and w not in QUESTION_WORDS and not w.isdigit():
            picked.append(typed)
    return " ".join(picked[:3])


_FOLLOW_UP = re.compile(
    r"^\s*(?:and|also|plus|or|vs\.?|versus|same\s+for|what\s+about|how\s+about|and\s+what\s+about)\b",
    re.IGNORECASE,
)
# The engine reads this much of a question; the front ends tell the user when they typed more.
MAX_QUESTION_CHARS = 500


def is_follow_up(text: str) -> bool:
    """'and kinesis?', 'what about fifo?': a line that only makes sense after the previous question."""
    return bool(_FOLLOW_UP.match(text))


def merge_follow_up(pq: ParsedQuestion, previous: ParsedQuestion) -> ParsedQuestion:
    """Read a follow-up in the context of the question it replies to.

    "and kinesis?" after "sqs vs sns" becomes a three-way comparison; "what about fifo?" after "what is
    sqs" keeps SQS and adds its words. A follow-up that names its own entities and is a full question
    stands on its own.
    """
    if pq.entities and not is_follow_up(pq.text) and len(words(pq.text)) > 6:
        return pq
    merged = list(previous.entities)
    for e in pq.entities:
        if e not in merged:
            merged.append(e)
    unknown = [u for u in pq.unknown if u not in previous.unknown]
    added_things = bool(pq.entities) or bool(unknown)
    intent: Intent = (
        "comparison"
        if (previous.intent == "comparison" or added_things) and len(merged) + len(unknown) >= 2
        else "lookup"
    )
    terms = list(dict.fromkeys(pq.content_terms + ([] if added_things else previous.content_terms)))
    text = pq.text if not merged else f"{pq.text} ({', '.join(e.name for e in merged)})"
    return ParsedQuestion(text, intent, merged, unknown, terms, {**previous.also, **pq.also})
