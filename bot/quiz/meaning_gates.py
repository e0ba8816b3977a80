"""Gates on the built bank that read it with the index's model: what a learner could answer from the
meaning of the words alone, without the notes.

- An either-or between two labels of different kinds ('Cache' or 'Track Skew'), or between two names
  the notes never pair ('Encephalitis' or 'Disseminated Disease'): the kind, or what the words mean,
  settles it.
- A key the stem's meaning points at, among three or four ("fix corruption in city government" for
  'Municipal Reform'), and the obvious heading of a quoted list of members.

A key the stem says in other words, word by word, is ``bot.quiz.synonyms``. Both take ``embed``, the
index's model, which gives unit vectors, so a dot product is the cosine.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from bot.ingest import Chunk
from bot.ingest.entries import plain as _plain
from bot.quiz.items import QuizItem
from bot.quiz.wording import _contains_phrase
from bot.text import STOPWORDS, singular, words

# Two labels whose names embed further apart than this are not two of one kind but two things a list
# put together ('Track Skew' and 'Cache' under "Advanced Features", 'Bitmaps' beside 'Pre-allocation
# Policy'): an either-or between them is settled by the kind alone. In the blind grades, pairs below it
# were 9 trivial or off-type to 2 kept; pairs of one kind ('Rough ER' and 'Smooth ER' at 0.65,
# 'On-Demand' and 'Provisioned' at 0.28) sit above it.
_UNLIKE_PAIR = 0.25
# Two phrases that share no word, nearer than that but not by this much, are a list's two points ('Rise
# of the United States' and 'Decline of Europe', 'Steam Engine' and 'Textile Machines'): all seven such
# items graded in r246-r251 were trivial, told by what the words mean. Phrases of one kind ('Drip
# Irrigation' and 'Sprinkler Systems' at 0.58) stay. Names of a word embed far apart whatever their kind
# ('Stocks' and 'Bonds' at 0.30, 'Debit' and 'Credit' at 0.41, 'Anemia' and 'Hypertension' at 0.29), so
# their names and the notes' lines alone decide: 'Encephalitis' or 'Disseminated Disease', 'Plantae' or
# 'Fungi', never named alike nor together, were graded trivial every time (eight items, r243-r300).
_PHRASE_PAIR = 0.45


def without_unlike_pairs(
    items: list[QuizItem], chunks: list[Chunk], embed: Callable[[list[str]], np.ndarray]
) -> list[QuizItem]:
    """``items`` less the either-or questions between two labels of different kinds, or two names the
    notes never pair, asked either way round (the label by its line, or the line by its label: both are
    told by their explanation)."""
    pairs = [it for it in items if it.kind == "mapping" and len(it.choices) == 2]
    if not pairs:
        return items
    names = sorted({c for it in pairs for c in it.choices})
    vectors = embed(names)
    at = {n: i for i, n in enumerate(names)}
    unlike: set[str] = set()
    lines: list[list[str]] | None = None  # the notes' lines as singular words, read once if needed
    for it in pairs:
        near = float(vectors[at[it.choices[0]]] @ vectors[at[it.choices[1]]])
        if near < _UNLIKE_PAIR:
            unlike.add(it.explanation)
            continue
        phrases = all(len(words(c)) >= 2 for c in it.choices)
        if (phrases and near >= _PHRASE_PAIR) or _named_alike(*it.choices):
            continue
        # the notes set two side by side when a line names both ("On-Demand: … as much as 5 times the
        # price as provisioned", or elsewhere: "Capacity can be provisioned or use on-demand mode")
        if lines is None:
            lines = [[singular(w) for w in words(_plain(ln))] for c in chunks for ln in c.text.splitlines()]
        if not _compared(it.choices, lines):
            unlike.add(it.explanation)
    return [
        it
        for it in items
        if not (it.kind in ("mapping", "definition") and len(it.choices) == 2 and it.explanation in unlike)
    ]


def _named_alike(a: str, b: str) -> bool:
    """Whether two labels are named as two of one kind: they share a word ('Smooth ER', 'Rough ER'),
    a word's beginning or ending ('Snowball Edge', 'Snowmobile'; 'Aerobic respiration', 'Anaerobic
    glycolysis'), or both are codes ('st1', 'sc1'; 'SRR', 'CRR'). Two points a list happens to hold
    side by side ('Sensory impairments' and 'Major handicaps') share none of these."""
    wa, wb = (_label_words(n) for n in (a, b))
    if wa & wb:
        return True
    if all(_CODE_NAME.fullmatch(n.strip()) for n in (a, b)):
        return True
    return any(
        x[:4] == y[:4] or (len(x) >= 7 and len(y) >= 7 and x[-6:] == y[-6:])
        for x in wa
        for y in wb
        if len(x) >= 5 and len(y) >= 5
    )


def _label_words(name: str) -> set[str]:
    """A label's words, each singular ('CPUs' -> 'cpu', 'impairments' -> 'impairment')."""
    ws = [re.sub(r"(?<=[A-Z]{2})s$", "", w) for w in re.findall(r"[A-Za-z0-9]+", name)]
    return {singular(w.lower()) for w in ws if w.lower() not in STOPWORDS}


# a code for a name: one word with a digit, an inner capital, or in capitals ('st1', 'enableDns', 'SRR')
_CODE_NAME = re.compile(r"(?=\S*(?:\d|[a-z][A-Z]|^[A-Z]{2,}$))\S+")


def _compared(names: tuple[str, ...], lines: list[list[str]]) -> bool:
    """Whether a line of the notes (each as its singular words) names every one of ``names``: the
    notes compare them there."""
    wanted = [" ".join(singular(w) for w in words(n)) for n in names]
    return any(all(_contains_phrase(said, w) for w in wanted) for said in lines)


# Of three choices, a key that the stem means this much more nearly than it means either rival (by the
# index's model, stem against each choice) is found by what the words call to mind: "a party that supports
# Roosevelt" beside 'New inventions', "fix corruption in city government" for 'Municipal Reform' among
# two ways of fixing it. In the blind grades (r148-r165), the 15 grades of three-choice items above it
# (7 items, some graded in two or three rounds) kept 2 and found 6 BAD; with four choices a third rival
# dilutes the pull (13 of 23 grades kept), and two-choice pairs are the notes' own comparisons, which a
# bank keeps. The cut is the default model's, as the index's other cosine cuts are.
_PULLED_KEY = 0.2
# four choices: "Joint mobility, muscle strength, any deformities" for the Musculoskeletal System among
# three other body systems (0.31, graded a giveaway in r215); the four-choice items of r214 and r215 between
# 0.2 and 0.3 kept three of five
_PULLED_FROM_FOUR = 0.3
# a stem that quotes a bare list of members ("Organomegaly, tenderness, masses", "Charisma, debate,
# bribery") asks which heading they are filed under, and a key nearer the list than every rival by this
# much is its obvious heading: of the nine such items graded in r215-r216 on the medicine notes, the
# seven above it were all trivial (the abdominal examination, laboratory tests, the neurological system);
# the one below it that was kept ("Mallampati score, neck circumference, dentition, jaw movement" for the
# airway assessment) was -0.14
_PULLED_BY_A_LIST = 0.05
_QUOTED_LIST = re.compile(r"“([^”]+)”\?$")


def _lists_members(text: str) -> bool:
    """Whether a quoted description is only a list of three or more short names, no sentence ("Heart
    sounds, murmurs, jugular venous pressure"; not "No charges, deletes the disk and prevents …")."""
    parts = [p.strip() for p in re.split(r"[,;]", re.sub(r"\([^()]*\)", " ", text)) if p.strip()]
    if parts and len(parts[-1].split()) <= 4:
        parts[-1:] = [p for p in re.split(r"\s+(?:and|or)\s+", parts[-1]) if p]
    return len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts)


def _files_a_list(item: QuizItem) -> bool:
    """A heading asked the other way round, for its list of members ("Which of these describes
    Pregnant Patients?" → "Gestational age, obstetric history, fetal well-being"): a filing question too."""
    if item.kind != "definition" or not isinstance(item.answer, int):
        return False
    return _lists_members(item.choices[item.answer])


def without_pulled_keys(
    items: list[QuizItem], embed: Callable[[list[str]], np.ndarray]
) -> list[QuizItem]:
    """``items`` less the three-choice questions on a line whose key the stem's meaning points at.
    ``embed`` gives unit vectors (the index's model normalises), so a dot product is the cosine."""
    # (four choices dilute the pull, but not one as strong as _PULLED_FROM_FOUR; a definition asked the
    # other way round is the term's own line, which its name calls to mind as it should)
    kinds = ("mapping", "table", "statement")
    asked = [
        it
        for it in items
        if (it.kind in kinds or _files_a_list(it))
        and len(it.choices) in (3, 4)
        and isinstance(it.answer, int)
    ]
    if not asked:
        return items
    texts = sorted({t for it in asked for t in (it.prompt, *it.choices)})
    vectors = embed(texts)
    at = {t: i for i, t in enumerate(texts)}
    pulled: set[int] = set()
    for it in asked:
        near = [float(vectors[at[c]] @ vectors[at[it.prompt]]) for c in it.choices]
        rival = max(x for i, x in enumerate(near) if i != it.answer)
        quoted = _QUOTED_LIST.search(it.prompt)
        if (quoted and _lists_members(quoted.group(1))) or _files_a_list(it):
            cut = _PULLED_BY_A_LIST
        else:
            cut = _PULLED_KEY if len(it.choices) == 3 else _PULLED_FROM_FOUR
        if near[it.answer] - rival >= cut:
            pulled.add(id(it))
    return [it for it in items if id(it) not in pulled]
