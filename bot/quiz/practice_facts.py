"""Practice cards the notes hold, asked as they are: "Identify the following pattern: “It ensures a class
has only one instance …”" among the answers of the notes' other cards of that kind.

Students keep flash cards in their notes: a question, a line that parts it from its answer ("---", "?"),
the answer, and a line that closes the card ("==="); or "Q. … A. …" pairs copied from a practice quiz.
Such a card is a question a teacher already wrote (made into an item as a code question is, by the
builder's ``_code_item``). Its right answer is on the card; its rivals are the
answers of the notes' other cards that ask the same thing of another case ("Identify the following
pattern:" over each pattern's description), which are of its kind by how the notes ask them. A card whose
answer is a sentence, or whose question no other card asks of three answers at least, makes no choice.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass

from bot.ingest import Chunk
from bot.ingest.document import section_role
from bot.ingest.entries import plain as _plain
from bot.quiz.items import QuizItem
from bot.text import STOPWORDS, key, stem, words

# the line between a card's question and its answer, and the one that closes a card
_PARTS = frozenset(("---", "?", "??"))
_CLOSES = frozenset(("===",))
# "Q. Regions of the ER … referred to as: A. **Smooth ER**" (a pair set as one paragraph or two)
_Q = re.compile(r"^(?:\*\*)?Q(?:uestion)?\s*\d*\s*[.:)](?:\*\*)?\s+(?P<q>.+?)$")
_A = re.compile(r"^(?:\*\*)?A(?:nswer)?\s*[.:)](?:\*\*)?\s+(?P<a>.+?)$")
_QA = re.compile(
    r"^(?:\*\*)?Q(?:uestion)?\s*\d*\s*[.:)](?:\*\*)?\s+(?P<q>.+)\s+A(?:nswer)?[.:)]\s+(?P<a>.+)$"
)
# a card's source tag on a line of its own: "[HFDP]"
_TAG = re.compile(r"^\[[^\]]{1,30}\]$")
# the lead a card asks its case with ("Identify the following pattern:"), then the case itself
_LEAD = re.compile(r"^(?P<lead>[^\"“:]{8,80}?):?$")
# "Identify the following pattern", "Name the following muscle": the kind of thing the card names
_IDENTIFY = re.compile(
    r"^(?:identify|name|which\s+is)\s+(?:the\s+)?following\s+(?P<kind>[a-z][a-z -]{2,40})$", re.IGNORECASE
)
_MAX_ANSWER_WORDS = 6
_MIN_ANSWERS = 3  # a kind of question asked of fewer answers has no rivals to set beside one
_RIVALS = 3


@dataclass(frozen=True)
class _Card:
    lead: str  # "Identify the following pattern"
    case: str  # what the card gives to identify: "It ensures a class has only one instance …"
    answer: str
    chunk: Chunk


def _frame(lead: str) -> tuple[str, str]:
    """What a lead asks, as its first and last words ("Identify the following design pattern" and
    "Identify the following pattern" ask one thing of a pattern)."""
    ws = [w for w in words(lead) if w not in STOPWORDS]
    return (stem(ws[0]), stem(ws[-1])) if ws else ("", "")


def _short_answer(text: str) -> str:
    """A card's answer as a name to choose ("The Observer Pattern:" → 'Observer Pattern'; the bold of
    "**Smooth ER**" and its asides left out), or '' for an answer in sentences."""
    bold = re.match(r"^\*\*(.+?)\*\*", text.strip())
    said = _plain(bold.group(1) if bold else text).strip().rstrip(":.;,").strip()
    said = re.sub(r"^(?:the|an?)\s+", "", said, flags=re.IGNORECASE)
    ws = said.split()
    if not 1 <= len(ws) <= _MAX_ANSWER_WORDS or re.search(r"[,;()]|\b(?:is|are|was|were)\b", said):
        return ""
    return said


def _case(text: str) -> str:
    """The case a card gives, quoted as a description: its quotes off, and a leading "It" (the thing to
    name) left out ("It ensures a class has …" reads "Ensures a class has …")."""
    said = _plain(text).strip().strip("\"“”").strip()
    it = re.match(r"^It\s+(?P<verb>[a-z]+s)\b", said)
    if it:
        said = it.group("verb").capitalize() + said[it.end("verb") :]
    return said.rstrip(".").strip()


class PracticeFacts:
    def _cards(self) -> list[_Card]:
        """Every card of the notes' content sections whose answer is a name, in order."""
        out: list[_Card] = []
        for lines in self._lines_by_file().values():
            question: list[tuple[Chunk, str]] = []
            heading: tuple[str, ...] = ()
            i = 0
            while i < len(lines):
                chunk, kind, text = lines[i]
                if chunk.heading != heading:
                    question, heading = [], chunk.heading  # a card never runs on past its section
                if text in _CLOSES:
                    question = []
                elif text in _PARTS and question:
                    answer = next(((c, t) for c, k, t in lines[i + 1 :] if t and not _TAG.match(t)), None)
                    if answer is not None:
                        card = self._card([t for _, t in question], answer[1], question[0][0])
                        if card is not None:
                            out.append(card)
                    question = []
                elif (pair := _QA.match(text)) is not None or (
                    (asked := _Q.match(text)) is not None
                    and i + 1 < len(lines)
                    and (reply := _A.match(lines[i + 1][2])) is not None
                ):
                    # "Q. … A. …" as one paragraph, or its answer on the next line
                    if pair is not None:
                        card = self._card([pair.group("q")], pair.group("a"), chunk)
                    else:
                        card = self._card([asked.group("q")], reply.group("a"), chunk)
                        i += 1
                    if card is not None:
                        out.append(card)
                    question = []
                elif text and not _TAG.match(text):
                    question.append((chunk, text))
                i += 1
        return out

    def _lines_by_file(self) -> dict[str, list[tuple[Chunk, str, str]]]:
        """Each file's content lines in order (blank ones left out), with their chunk and kind."""
        out: dict[str, list[tuple[Chunk, str, str]]] = defaultdict(list)
        for chunk in self.chunks:
            if section_role(chunk.heading) != "content":
                continue
            for ln in chunk.lines:
                if ln.kind != "blank" and ln.role == "content":
                    out[chunk.source].append((chunk, ln.kind, ln.raw.strip()))
        return out

    @staticmethod
    def _card(question: list[str], answer: str, chunk: Chunk) -> _Card | None:
        """A card of a lead and the case it gives ("Identify the following pattern:" over a quoted
        description), or None: a question of one line asks of no case another card shares."""
        name = _short_answer(answer)
        if len(question) == 1 and ": " in question[0]:
            question = question[0].split(": ", 1)  # "Identify the following organelle: “Makes ATP …”"
        if not name or len(question) < 2:
            return None
        lead = _LEAD.match(_plain(question[0]).strip())
        if lead is None:
            return None
        case = _case(" ".join(question[1:]))
        if len(words(case)) < 5:
            return None
        return _Card(lead.group("lead").strip(), case, name, chunk)

    def _practice_items(self) -> list[QuizItem]:
        """A question per card whose lead the notes ask of three answers or more: the card's answer
        among the others'."""
        by_frame: dict[tuple[str, str], list[_Card]] = defaultdict(list)
        for card in self._cards():
            by_frame[_frame(card.lead)].append(card)
        items: list[QuizItem] = []
        for cards in by_frame.values():
            names = _in_one_case([c.answer for c in cards])
            answers = {key(n): n for n in names}
            if len(answers) < _MIN_ANSWERS:
                continue
            for card, name in zip(cards, names, strict=True):
                if sum(key(n) == key(name) for n in names) > 1:
                    continue  # one answer to two cards: either case could be asked of it
                rivals = [n for k, n in answers.items() if k != key(name)]
                rivals = random.Random(key(card.case)).sample(rivals, min(_RIVALS, len(rivals)))
                kind = _IDENTIFY.match(card.lead)
                prompt = (
                    f"Which {kind.group('kind').strip()} is described as “{card.case}”?"
                    if kind
                    else f"{card.lead}: “{card.case}”"
                )
                explanation = f"{name}: “{card.case}”"
                items.append(self._code_item(card.chunk, prompt, name, rivals, explanation, kind="mapping"))
        return items


def _in_one_case(names: list[str]) -> list[str]:
    """Names of one kind written alike: where most capitalise their words ("Observer Pattern"), the
    rest do too ("command pattern" → "Command Pattern"), so no choice stands out by its case."""
    long = [n for n in names if len(n.split()) > 1]  # (a name of one word says no way of writing names)
    titled = [n for n in long if all(w[:1].isupper() for w in n.split() if w.lower() not in STOPWORDS)]
    if not long or len(titled) * 2 < len(long):
        return names
    def titled_word(w: str) -> str:
        return w if w.lower() in STOPWORDS or not w[:1].islower() else w[:1].upper() + w[1:]

    return [" ".join(map(titled_word, n.split())) for n in names]
