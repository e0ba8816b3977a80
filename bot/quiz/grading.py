"""Reading a learner's answer and a requested topic: whether a click or a typed answer is right, and
which items a topic names. Used at every click and post, so it loads nothing of the generator."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from bot.quiz.items import QuizItem, choice_index
from bot.text import key, strip_markup, words


def filter_items(items: Iterable[QuizItem], topic: str | None) -> list[QuizItem]:
    """Items on ``topic`` (case-insensitive; prefix, substring, then fuzzy match); all when no topic."""
    items = list(items)
    if not topic or not topic.strip():
        return items
    want = normalized(topic)
    if not want:
        return items

    def matches(text: str) -> bool:
        have = normalized(text)
        return have.startswith(want) or want in have or key(topic) in key(text)

    found = [it for it in items if matches(it.topic)]
    if found:
        return found
    topics = sorted({it.topic for it in items})
    close = {t for t in topics if fuzz.partial_ratio(want, normalized(t)) >= 85 and len(want) >= 3}
    if close:
        return [it for it in items if it.topic in close]
    return [it for it in items if matches(it.source)]


def grade(item: QuizItem, response: str | int) -> bool:
    """Whether ``response`` is right.

    Multiple choice takes the 0-based index (int), a letter "A".."D", a 1-based number as text ("2"),
    or the choice's text. A cloze takes the answer or an accepted spelling, ignoring case, spacing and
    punctuation, with a small typo allowance for longer answers.
    """
    if item.is_cloze:
        return _grade_cloze(item, str(response))
    if isinstance(response, bool):
        return False
    if isinstance(response, int):
        return response == item.answer
    text = str(response).strip()
    if not text:
        return False
    exact = [i for i, c in enumerate(item.choices) if c.strip() == text]
    if len(exact) == 1:
        return exact[0] == item.answer  # 'John' among 'john' and 'JOHN', '-6' beside '6', '1' as a value
    wanted = key(text)
    hits = [i for i, c in enumerate(item.choices) if key(c) == wanted]
    if len(hits) == 1:
        return hits[0] == item.answer
    index = choice_index(text)
    if hits and index is None:
        return False  # it names two choices alike; a letter ('B' among '%b' and '%B') picks by place
    if index is not None:
        return index == item.answer
    scores = [fuzz.ratio(normalized(text), normalized(c)) for c in item.choices]
    best = max(range(len(scores)), key=scores.__getitem__)
    return scores[best] >= 90 and sorted(scores)[-2:-1] != [scores[best]] and best == item.answer


def normalized(text: str) -> str:
    """Lower-case words without markup: how a topic, a stem or a choice is compared."""
    return " ".join(words(strip_markup(text)))


def typos_allowed(answer: str) -> int:
    """How many letters a typed answer may get wrong: none in a short word, one in a longer one, two in
    a long name ("cursus honorum" for the notes' own "cursus honorun")."""
    n = len(key(answer))
    return 0 if n <= 4 else 1 if n <= 9 else 2


def _grade_cloze(item: QuizItem, response: str) -> bool:
    """A typed answer is right when it is the answer or an accepted spelling, give or take case,
    spacing, a typo in a long word, and an article in front ("the income effect")."""
    typed = {key(response), key(re.sub(r"^\s*(?:the|an?)\s+", "", response, flags=re.IGNORECASE))}
    typed.discard("")
    others = [k for k in map(key, item.near) if k]
    for want in (str(item.answer), *item.accept):
        k = key(want)
        if not k:
            continue
        for got in typed:
            if got == k:
                return True
            if any(c.isdigit() for c in k) and re.sub(r"\D", "", got) != re.sub(r"\D", "", k):
                continue
            slips = Levenshtein.distance(got, k)
            # a slip of the answer, not another term of the notes ('Abience' for 'Adience')
            if slips <= typos_allowed(want) and all(Levenshtein.distance(got, o) > slips for o in others):
                return True
    return False
