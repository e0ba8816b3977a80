"""A key given away in other words: a word of the answer that the stem says by a near-synonym.

"Lavish court at Versailles drained the treasury" asked for 'Extravagant Royal Spending', "Poll … the
growth of cities" for 'Urbanization', "… gastrointestinal bleeding" for 'Chronic Blood Loss': no word
of the key is in the stem, so the word gates let them through, yet a learner who knows no history
picks the one choice that echoes the stem (graded trivial or a giveaway in round after round). The
model that embeds the notes embeds single words too: a word of the key and a word of the stem this
close in meaning, when no rival has a word nearly as close, is the answer said twice."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import numpy as np

from bot.quiz.items import QuizItem
from bot.quiz.wording import SETTING
from bot.text import STOPWORDS, stem, words

# cosine of two single words' embeddings at which they say one thing ('lavish' and 'extravagant' 0.76,
# 'cities' and 'urban' 0.81, 'bleeding' and 'blood' 0.71); words merely of one field sit lower
# ('vitamin' and 'acid' 0.42, 'inputs' and 'variable' below 0.5)
SYNONYM = 0.65
# ... and by this much closer than any rival's nearest word: a stem whose words echo every choice
# ('Ottoman Empire' and 'Turkey' beside 'German Empire' and 'Weimar') gives none of them away
SYNONYM_LEAD = 0.1

# the description a stem quotes: “…”
_QUOTED = re.compile(r"“([^”]+)”")


def _content(text: str) -> list[str]:
    """The words that carry meaning: no stopword, number or two-letter abbreviation."""
    return [w.lower() for w in words(text) if w.isalpha() and len(w) > 2 and w.lower() not in STOPWORDS]


def _clue(item: QuizItem) -> str | None:
    """What the stem says of the key: the description it quotes, or a statement's predicate. A stem
    that names a thing and offers descriptions, or sets two things apart, has no clue to echo."""
    if item.kind not in ("mapping", "table", "statement") or not isinstance(item.answer, int):
        return None
    asked = SETTING.sub("", item.prompt)  # "In “Types of Inheritance”, …": where it is asked, no clue
    quoted = _QUOTED.search(asked)
    if quoted:
        return quoted.group(1)
    return asked if item.kind == "statement" else None


def synonym_given(items: Iterable[QuizItem], embed: Callable[[list[str]], np.ndarray]) -> set[str]:
    """The ids of items whose key has a word the stem says in other words and no rival does.
    ``embed`` gives unit vectors (the index's model normalises), so a dot product is the cosine."""
    asked: list[tuple[QuizItem, list[str], list[list[str]]]] = []
    for item in items:
        clue = _clue(item)
        if clue is None or len(item.choices) < 2:
            continue
        choices = [_content(c) for c in item.choices]
        # a word every choice says ('Empire' of three empires) tells none apart
        shared = set.intersection(*map(set, choices))
        choices = [[w for w in c if w not in shared] for c in choices]
        asked.append((item, _content(clue), choices))
    vocabulary = sorted({w for _, clue, choices in asked for w in [*clue, *(x for c in choices for x in c)]})
    if not vocabulary:
        return set()
    vectors = embed(vocabulary)
    at = {w: i for i, w in enumerate(vocabulary)}

    def nearest(of: list[str], clue: list[str]) -> float:
        # a word of the same root is the word gates' business, which let it through for a reason (a
        # word all the list's names share, a name the notes spell in the stem)
        pairs = [(a, b) for a in of for b in clue if stem(a) != stem(b)]
        return max((float(vectors[at[a]] @ vectors[at[b]]) for a, b in pairs), default=0.0)

    given: set[str] = set()
    for item, clue, choices in asked:
        key = nearest(choices[int(item.answer)], clue)
        rival = max((nearest(c, clue) for i, c in enumerate(choices) if i != item.answer), default=0.0)
        if key >= SYNONYM and key - rival >= SYNONYM_LEAD:
            given.add(item.id)
    return given
