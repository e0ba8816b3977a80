"""Claims the notes attribute to a source, asked by their claim: "Which of these do the notes cite for
“Insufficiency of labour and materials is not a frustrating event”?" among the other sources the same
notes cite.

Notes of law, psychology or history hang a rule, a finding or a quotation on whoever said it, written at
the end of its line: "… is not a frustrating event. - _Davis Contractors v Fareham UDC_ (1956)", "…
obeyed to the end (Milgram, 1963)". Such a line is a fact a teacher asks by its claim ("Which case held
…?"), and nothing else the generator reads makes one: the claim is no definition and the source no term.
A source's rivals are the other sources the same file cites, nearest first, which are of its kind by
how the notes write them (a name and a year) and of its topic by where; one cited for the same claim, or
for a claim said alike, is no rival.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bot.ingest import Chunk
from bot.ingest.document import section_role
from bot.ingest.entries import plain as _plain
from bot.quiz.items import QuizItem
from bot.quiz.rivals import lines_alike
from bot.quiz.wording import _item_id
from bot.text import key, trim_end, words

# "claim - Source (1956)", "claim. — Source, 1996", "claim (Source, 1963)": a year closes the line
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_DASHED = re.compile(rf"^(?P<claim>.+?)\s+[-–—]\s+(?P<source>[A-Z][^()\n]{{2,90}}?),?\s*\(?{_YEAR}\)?\.?$")
_BRACKETED = re.compile(rf"^(?P<claim>.+?)\s*\((?P<source>[A-Z][^()\n]{{1,60}}?),?\s+{_YEAR}\)\.?$")
_CITED_YEAR = re.compile(r"\((\d{4})\)$")  # the year a source is shown with: 'Bohr (1913)'
# a figure a claim reports: '13%', '1000 exposures', '2.5 times' (not a limb's number, "(1) continuing")
_FIGURE = re.compile(r"\d\s*(?:%|percent\b)|\d[.,]\d|\b\d{2,}\b")
_MIN_CLAIM_WORDS = 5
_MAX_CLAIM_CHARS = 200
_RIVALS = 3


@dataclass
class _Cited:
    claim: str
    source: str  # as the notes write it, with its year: "Davis Contractors v Fareham UDC (1956)"
    chunk: Chunk
    line: str
    at: int  # the line's place in the notes


def _cited(text: str) -> tuple[str, str] | None:
    """(claim, source with its year) of a line that ends by citing its source, else None."""
    plain = " ".join(_plain(text).split())
    for pattern in (_DASHED, _BRACKETED):
        m = pattern.match(plain)
        if m is None:
            continue
        claim = trim_end(m.group("claim").strip(" -–—:;,"))
        source = m.group("source").strip(" ,-–—")
        source = source if source.endswith("al.") else source.rstrip(".")  # 'Schwane et al.' keeps its dot
        if not _names_a_source(source):
            continue
        if len(words(claim)) < _MIN_CLAIM_WORDS or len(claim) > _MAX_CLAIM_CHARS:
            continue
        if len(re.findall(r"(?<![\w'])[a-z][a-z'-]+", claim)) < 3:
            continue  # "Dunlop test (Court of Appeal)": a name of a test and its court, no claim
        if {w.lower() for w in words(claim)} & _READING:
            continue  # "The chapters on cell division - Campbell Biology (2017)": where to read, no claim
        if _FIGURE.search(claim):
            # "7 ankle sprains per 1000 exposures (Doherty et al., 2014)": a figure is the fact to learn,
            # and which paper reported it is trivia (graded WEAK or BAD six times in six, r343)
            continue
        return claim, f"{source} ({m.group('year')})"
    return None


# the small words of a name ('Asfar and Co v Blundell', 'Loftus & Palmer', 'Hofling et al.', 'van Gogh')
_NAME_JOINS = frozenset("v vs v. and & et al al. of the de da del van von der la le du".split())
# a reading list's words: "The chapters on the cell cycle - Campbell Biology (2017)" says where to read
_READING = frozenset(
    "chapter chapters page pages read reading readings textbook revision specimen exercises".split()
)
# a month or a season names a time, not who said it ("… sunk off the coast of Ireland - May 1915")
_TIMES = frozenset(
    "january february march april may june july august september october november december jan feb mar "
    "apr jun jul aug sep sept oct nov dec spring summer autumn fall winter early mid late".split()
)


def _names_a_source(source: str) -> bool:
    """Whether the words before a year name who or what is cited: every word capitalised but the small
    words of a name ('Davis Contractors v Fareham UDC', 'Milgram', 'Hofling et al.'), one word at
    least a name of letters ('SD = 3.1' is none), no time ('May', 'Early'), no count or list ('Asch,
    1955; Milgram'), not a clause ('Starbucks, founded')."""
    if re.search(r"[\d;=]", source):
        return False
    tokens = re.findall(r"[^\s,]+", source)
    if not 1 <= len(tokens) <= 12:
        return False
    if any(t.lower().strip(".") in _TIMES for t in tokens):
        return False
    named = [t for t in tokens if t.lower() not in _NAME_JOINS]
    return bool(named) and all(t[:1].isupper() for t in named) and any(
        re.fullmatch(r"[A-Z][a-z][\w'’.-]*", t) for t in named
    )


class CitedFacts:
    """The attributed claims of the notes, each asked among the sources its file cites near it."""

    def _citations(self) -> list[_Cited]:
        found: list[_Cited] = []
        for chunk in self.chunks:
            if section_role(chunk.heading) != "content":
                continue
            entries, _ = self.parsed[chunk.id]
            for entry in entries:
                one = _cited(entry.body)  # the line without its label ('**General Rule:**')
                if one is not None:
                    found.append(_Cited(one[0], one[1], chunk, _plain(entry.text), self.pos[chunk.id]))
        return found

    def _cited_items(self) -> list[QuizItem]:
        cited = self._citations()
        sources = {key(c.source) for c in cited}
        if len(sources) < _RIVALS:
            return []  # a source or two is a remark's reference, not what the notes are built on
        items: list[QuizItem] = []
        claims_of: dict[str, list[str]] = {}
        for c in cited:
            claims_of.setdefault(key(c.source), []).append(c.claim)
        asked: set[str] = set()
        for c in cited:
            if key(c.claim) in asked:
                continue
            asked.add(key(c.claim))
            # nearest first, from the same file: a case of another chapter (a negligence case beside a
            # rule of agency) is ruled out by its topic alone (graded WEAK twice); and from the claim's own
            # topic while it has two: a product's release beside an economist's book, a birthplace beside
            # the models of the atom, are ruled out by their kind (review 85)
            same_file = sorted(
                (o for o in cited if o.chunk.source == c.chunk.source), key=lambda o: abs(o.at - c.at)
            )
            same_topic = [o for o in same_file if self.topics[o.chunk.id] == self.topics[c.chunk.id]]
            rivals = self._rival_sources(c, same_topic, claims_of)
            if len(rivals) < 2:
                rivals = self._rival_sources(c, same_file, claims_of)
            if len(rivals) < 2:
                continue
            # ("which source": a treaty, a place or a release cited with its year is no source)
            prompt = f"Which of these do the notes cite for “{c.claim}”?"
            choices = [c.source, *rivals]
            item_id = _item_id("mapping", c.chunk.citation, prompt, c.source)
            random.Random(int(item_id, 16)).shuffle(choices)
            items.append(
                QuizItem(
                    item_id,
                    "mapping",
                    prompt,
                    tuple(choices),
                    choices.index(c.source),
                    c.line,
                    c.chunk.citation,
                    self.topics[c.chunk.id],
                    c.chunk.id,
                )
            )
        return items

    def _rival_sources(self, c: _Cited, near: list[_Cited], claims_of: dict[str, list[str]]) -> list[str]:
        """Up to three sources of ``near`` (nearest first) that are not ``c``'s own, once each, and
        not cited for its claim or for one said alike (a second right answer)."""
        rivals: list[str] = []
        for o in near:
            k = key(o.source)
            if k == key(c.source) or any(key(r) == k for r in rivals):
                continue
            if self._same_source(o.source, c.source):
                continue
            if any(key(x) == key(c.claim) or lines_alike(x, c.claim) for x in claims_of[k]):
                continue
            rivals.append(o.source)
            if len(rivals) == _RIVALS:
                break
        return rivals

    @staticmethod
    def _same_source(one: str, other: str) -> bool:
        """'Alliance Concrete v Sato Kyogo (2014)' and 'Alliance Concrete Singapore Pte Ltd v Sato Kyogo
        (2014)': one source written short and long, its year and its first name alike."""
        a, b = _CITED_YEAR.search(one), _CITED_YEAR.search(other)
        first_a, first_b = (words(one) or [""])[0], (words(other) or [""])[0]
        return bool(a and b and a.group(1) == b.group(1) and first_a == first_b)
