"""Rivals for an answer, and the item made of them: who is of the same kind (the same list, table,
comparison, sibling sections, names alike by the embeddings), which rival the clue fits as well (a
second right answer), and the last checks before an item is made.

A mixin of the quiz builder (``bot.quiz.generate._Builder``): its methods read the notes and the
state the builder sets up in ``__init__``."""

from __future__ import annotations

import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cached_property
from pathlib import PurePosixPath

import numpy as np

from bot.glossary import SET_OUT_KINDS, Entity, spelled_out
from bot.ingest import Chunk
from bot.ingest.entries import plain as _plain
from bot.ingest.entries import readable, sentences, split_label
from bot.quiz.facts import _Clause, _Fact
from bot.quiz.items import QuizItem
from bot.quiz.wording import (
    _BRACKETED,
    _CLAUSE,
    _COMMON_MARK,
    _COMPARED_TIERS,
    _COMPARING,
    _DEFINES_WHAT,
    _DETERMINERS,
    _GLOSS,
    _NEGATIONS,
    _POSSIBLE,
    _SET_BESIDE,
    _TOPIC_HEADING,
    _VAGUE_GENUS,
    _VS,
    CONTEXT_MIN,
    COUNT_WORD,
    HEAD_MIN,
    KIN_CONTEXT,
    MAX_CHOICES,
    PEER_MIN,
    PEER_SPREAD,
    _attribute_head,
    _bare,
    _clean_heading,
    _clean_name,
    _contains_phrase,
    _head,
    _holds_run,
    _item_id,
    _nested,
    _phrase_stems,
    _recap,
    _task_named,
    base_stems,
    is_topic_heading,
    is_when,
    lists_the_other,
    says_a_limb,
    says_whole,
    too_short,
    when_shape,
)
from bot.text import (
    STOPWORDS,
    has_verb_forms,
    is_participle,
    key,
    singular,
    stem,
    strip_markup,
    terms,
    verb_roots,
    words,
)

# a setting that counts its items ("In “Two ways to charge”", "In “Three “Halves” of …”")
_COUNTED_SETTING = re.compile(
    rf"^In “(?P<n>{COUNT_WORD}) "
    r"(?P<rest>[\"“]?[A-Za-z]+s[\"”]?(?: [^”]*)?)”, (?P<q>[Ww]hich .+)$"
)


# a definition that opens with an article and a word in lower case: a noun phrase ("The time
# following …"), not a title ("A B A: …")
_NOUN_PHRASE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+[a-z]")
# a sibling's line that holds all of a clue's weight but this share says it too (the rest a word said of
# anything, 'use'): the clue fits it as well
_ALL_BUT = 0.15
# words that turn what a line says when one side has them and the other does not ("can"/"cannot", "one"/
# "more than one"), as stems, the way lines are compared; any "-n't" as well. The list of a clue's terms
# leaves them out, as stopwords
_TURNING = _NEGATIONS | frozenset(
    stem(w) for w in "cannot more less most least fewer greater than except unlike instead".split()
)
# words of degree: "Very strong acids" is not "Strong acids"
_INTENSIFIERS = frozenset(
    stem(w) for w in "very highly extremely slightly fairly moderately strongly weakly".split()
)
# a clue that says 'only' is not said by a line that says 'both' or 'all' of it
_ONLY = frozenset(stem(w) for w in ("only", "just"))
_MORE_THAN_ONE = frozenset(stem(w) for w in ("both", "all", "every", "each", "also"))
_TELLING_TURNS = _INTENSIFIERS | _ONLY | _MORE_THAN_ONE | _NEGATIONS

# "In “X”, which one is described as “Battle of Issus”?": a list's label asked by its line, the line
# opening on a word (not ", Darius is defeated again": a clause cut off)
_DESCRIBED_AS = re.compile(r"^(In “[^”]+”, )?[Ww]hich one is described as “(?P<what>[A-Za-z(][^”]*)”\?$")


# "(till 197)", "from 264", "c. 1450", "the 5th c.": a time in the line itself ('the 13th Amendment',
# 'the 4004 chip' are names)
_DATES_ITSELF = re.compile(
    r"\b(?:till|until|from|since|by|in|before|after|c\.|ca\.|circa)\s+\d{3,4}\b|\(\s*\d{3,4}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)\s*(?:c\.|cent\.?|centur(?:y|ies))",
    re.IGNORECASE,
)


def _party_to(name: str, act: str) -> bool:
    """Whether ``name`` is one word naming a party to the act ``act`` names: the word and an agent's
    or a patient's ending ('offeror' and 'offeree' of 'offer', 'lessee' of 'lease')."""
    n, a = name.lower(), act.lower()
    if " " in n or " " in a or len(a) < 3:
        return False
    return any(n in (a + end, a.rstrip("e") + end) for end in ("or", "ee", "er", "ors", "ees", "ers"))


# "Same as histamine", "identical to that of ATP", "As for TCP, but within 4 seconds": a thing likened
# to another; not "not the same as …", nor past a "but" or "unlike" ("similar to" likens only in part:
# the similar things are the rivals a quiz wants)
_UNTIL_CONTRAST = r"((?:(?!\b(?:but|except|unlike|whereas|while|although|though|than)\b)[^.;,()]){2,60})"
_LIKENING = re.compile(
    r"(?<!\bnot )(?<!\bnot the )(?<!n't the )(?<!\bexactly )\b(?:same as|identical to)"
    r"\s+(?:that of\s+|those of\s+)?"
    + _UNTIL_CONTRAST
    + r"|^\s*as (?:for|with)\s+"
    + _UNTIL_CONTRAST,
    re.IGNORECASE,
)


def _said_spans(text: str) -> list[re.Match]:
    """A line's words where they stand, articles left out and a lone capital kept ('class A')."""
    return [
        m
        for m in re.finditer(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", text)  # 'anti-a' is one word, no article
        if m.group(0).lower() not in ("a", "an", "the") or (len(m.group(0)) == 1 and m.group(0).isupper())
    ]


def _said_words(text: str) -> list[str]:
    """A line's words as stems, in order, articles left out and a lone capital kept ('class A')."""
    return [
        w if len(w) == 1 and w.isupper() else stem(w.lower()) for w in (m.group(0) for m in _said_spans(text))
    ]


# words that add a thing or a degree to a line, not a modifier: "protons and neutrons", "more than"
_ADDING = frozenset(stem(w) for w in "and or but than more less only except both all plus also".split())


def lines_alike(one: str, other: str) -> bool:
    """Whether one line says the other in fewer words: its words in the other's order, at most two
    left out and none that adds a thing ('and neutrons'), three of substance at least, and no negation
    on one side only ("two sounds never occur in …" turns "two sounds occur in …"); or the other opens
    with all of it but its last word."""
    (short, _), (long, long_text) = sorted(
        ((_said_words(one), one), (_said_words(other), other)), key=lambda p: len(p[0])
    )
    opening = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    if (
        opening >= 3
        and len(set(short[:opening]) - _STOP_STEMS) >= 2
        and len(short) - opening <= 1
        and _clause_ends_after(long_text, opening)
        and not _NEGATIONS & (set(short) ^ set(long))
    ):
        # "Found on B-lymphocytes' membranes" and "Found on B-lymphocytes, help differentiate …": the
        # other opens with a clause of all of it but a word, and it fits that clause as well
        # ("Formed from the metamorphism of limestone" and "… of shale" differ in what they say)
        return True
    if len(set(short) - _STOP_STEMS) < 3 or len(long) - len(short) > 2:
        return False
    added = Counter(long) - Counter(short)
    if _NEGATIONS & (set(short) ^ set(long)) or _ADDING & set(added):
        return False  # "the number of protons" is not "the total number of protons and neutrons"
    return _in_sequence(short, long)


def _clause_ends_after(text: str, n: int) -> bool:
    """Whether a clause of ``text`` ends after its first ``n`` words (as ``_said_words`` counts them):
    a comma, a stop, a bracket or the line's end comes next."""
    said = _said_spans(text)
    if n > len(said) or n == 0:
        return False
    return re.match(r"[’']?s?\s*(?:[,;:.(]|$)", text[said[n - 1].end() :]) is not None


def _in_sequence(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long`` with words left out, the rest in order."""
    it = iter(long)
    return all(w in it for w in short)


_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)


# a verb and a quotation: 'have "very little control"', 'said "it is a thinking class"'
_QUOTED_PREDICATE = re.compile(r"(?:\w+\s+){1,2}[\"“][^\"”]+[\"”][.!]?")


def _another_measure(cand: str, answer: str) -> bool:
    """Whether ``cand`` is not a value of the key's measure: the key is figures alone ('45~60', '> 80%')
    and the rival is measured in a unit ('0.83 g proteine/kg') or says no figure at all."""
    if not re.search(r"\d", answer) or re.search(r"[^\W\d_]", answer):
        return False
    return not re.search(r"\d", cand) or re.search(r"\d\s*[^\W\d_]", cand) is not None


class Rivals:
    # -- second right answers ------------------------------------------------------------------
    def _index_clauses(self) -> None:
        """Clauses of the notes by the names they mention, so a distractor's own sentences are at hand."""
        self.clauses: list[_Clause] = []
        self._label_says: dict[str, list[list[str]]] = defaultdict(list)
        self._label_lines: dict[str, list[str]] = defaultdict(list)  # each label's first line as written
        self.by_word: dict[str, set[int]] = defaultdict(set)
        df: Counter = Counter()
        seen: set[tuple[str, ...]] = set()
        self._naming: dict[str, list[_Clause]] = {}
        sid = 0
        for c in self.chunks:
            entries, tables = self.parsed[c.id]
            texts = []
            for e in entries:
                label, body = split_label(e.text)
                said = sentences(strip_markup(body))
                if label:
                    texts.append(strip_markup(label))
                    if said:
                        # 'meronym - part of whole': what the line's opening says of its label
                        self._label_says[key(_clean_name(label))].append(_phrase_stems(said[0]))
                        self._label_lines[key(_clean_name(label))].append(said[0])
                texts.extend(said)
            texts += [" ".join(strip_markup(x) for x in [*row]) for t in tables for row in t.rows]
            texts += [" ".join(strip_markup(x) for x in t.header) for t in tables]
            for text in texts:
                for clause in _CLAUSE.split(text):
                    ws = words(clause)
                    if not ws or tuple(ws) in seen:
                        continue  # a clause the notes repeat says nothing new about who it fits
                    seen.add(tuple(ws))
                    ts = frozenset(terms(clause))
                    idx = len(self.clauses)
                    self.clauses.append(_Clause(sid, ts, ws))
                    df.update(ts)
                    for w in set(ws):
                        self.by_word[w].add(idx)
                sid += 1
        n = max(1, len(self.clauses))
        self.idf = {t: math.log(1 + n / f) for t, f in df.items()}

    def clauses_naming(self, name: str) -> list[_Clause]:
        """Clauses that name ``name`` or an alias (cached: each distractor is checked many times)."""
        cached = self._naming.get(name)
        if cached is None:
            cached = self._naming[name] = self._clauses_naming(name)
        return cached

    def _clauses_naming(self, name: str) -> list[_Clause]:
        found: dict[int, _Clause] = {}
        for alias in self.aliases_of(name):
            aw = words(alias)
            if not aw:
                continue
            ids = set.intersection(*(self.by_word.get(w, set()) for w in aw))
            for i in ids:
                if _contains_phrase(self.clauses[i].words, alias):
                    found[i] = self.clauses[i]
        return list(found.values())

    def _says_alike(self, candidate: str, pred: str) -> bool:
        """Whether a label's own line says ``pred`` in fewer words, or the clue says its line so
        (``lines_alike``): 'overlapping distribution' ("sounds occur in same environment") beside
        'contrastive distribution' ("two sounds occur in the same phonetic environment") is a second
        right answer (graded BAD three times, linguistics notes). Every word but an article counts, and a
        capital letter is a name ('class A'): "Very weak acids, strong bases" does not say "Very strong
        acids, very weak conjugate bases"."""
        return any(lines_alike(line, pred) for line in self._label_lines.get(key(candidate), ()))

    def _lists_a_member(self, candidate: str, pred: str) -> bool:
        """Whether a label's own line lists a member the clue lists too: 'Forced changes' ("Competitors,
        technology disruption") beside 'External events' ("Market conditions, regulations, competition")
        fits the clue in part (graded two right answers three times, strategy notes, r340)."""
        mine = _members(pred)
        if not mine:
            return False
        return any(
            _same_member(m, t)
            for line in self._label_lines.get(key(candidate), ())
            for t in _members(line)
            for m in mine
        )

    def fits(
        self,
        candidate: str,
        pred: str,
        answer: str,
        own_line: bool = False,
        sides: bool = False,
        whole: bool = False,
    ) -> bool:
        """Whether the notes say ``pred`` of ``candidate`` too (most of its weighted key terms). With
        ``own_line``, the candidate's own definition in a run of them does not count: "Inelastic
        demand is the demand that barely moves when the price changes" contrasts with its sibling's
        definition on the same terms, it does not repeat it; with ``whole``, unless it holds every
        term of the clue and no negation or comparison the clue lacks. With ``sides``, the candidate
        and the answer are two sides of one sentence ("HTTP uses pull, SMTP uses push"): the clause
        that names them both says the clue of the answer only."""
        want = self.clue_terms(pred, answer, candidate)
        if not want:
            return False
        total = sum(self.idf.get(t, 1.0) for t in want)
        named = words(candidate)
        if not own_line:
            # 'meronym - part of whole' for "internal relation: part of a whole": the clue says all its
            # line says of it, word for word ('some ADL impairment' is not in "all ADL impairment")
            clue = _phrase_stems(pred)
            for said in self._label_says.get(key(candidate), ()):
                n = len(said)
                if sum(w not in STOPWORDS for w in said) < 2:
                    continue
                for i in range(len(clue) - n + 1):
                    # "Not equal to X" denies 'eq X - Equal to X', it does not say it
                    if clue[i : i + n] == said and not _NEGATIONS & {*clue[:i], *clue[i + n :]}:
                        return True
                # the other way round: its line says the whole clue and more ("restricted version of BER
                # which allows one encoding type and has more restrictive rules …" of DER, for CER's "A
                # restricted version of BER that only allows the use of one encoding type"), but for a
                # word said of anything ('use'). Apart: a sibling line that lacks the clue's telling word
                # ('temperature' beside "… places of equal pressure"), that has its words in another order
                # ("Strong to moderate acids, weak conjugate bases" for "Weak acids, moderate conjugate
                # bases"), that says another degree ("Strong acids" beside "Very strong acids"), a negation
                # or a comparison one side lacks ("cannot be copied", "more than one script"), or that says
                # the clue of another thing ("the firing that follows the first firing that hardens …")
                at = _in_order_of(clue, said, want)
                found = set(at)
                missing = set(want) - found
                added = set(said) - set(clue)
                # a word said after the whole clue adds to it ("… and has more restrictive rules"); one
                # before or inside turns it ("cannot be copied", "allows more than one script")
                inside = set(said[: max(at.values(), default=-1) + 1])
                lead = next((t for t in clue if t in found), None)
                apart = (
                    any(_turns(t) for t in set(clue) - set(said))
                    or any(_turns(t) for t in inside - set(clue))
                    or (lead is not None and at[lead] > clue.index(lead) + 2)
                    or (_INTENSIFIERS & (set(clue) ^ set(said)))
                    # "only require the server …" is not "require both the server and the user …"
                    or (_ONLY & set(clue) and _MORE_THAN_ONE & added)
                )
                weight = sum(self.idf.get(t, 1.0) for t in missing)
                # what it lacks are the clue's commonest words only: not 'block' of "symmetric block
                # cipher", which sets RC5 apart from RC4's "symmetric stream cipher"
                common = not missing or max(self.idf.get(t, 1.0) for t in missing) < min(
                    (self.idf.get(t, 1.0) for t in found), default=0.0
                )
                if len(want) >= 3 and not apart and common and weight <= _ALL_BUT * total:
                    return True
        answer_names = [words(a) for a in self.aliases_of(answer) if words(a)] if sides else []
        for clause in self.clauses_naming(candidate):
            if sides and any(_holds_run(clause.words, a) for a in answer_names):
                continue  # "HTTP uses pull, SMTP uses push" is SMTP's line as much as HTTP's
            # "The re.findall() function returns …" is its own line as much as "re.findall() returns …"
            said = clause.words[1:] if clause.words[:1] in (["the"], ["a"], ["an"]) else clause.words
            if own_line and said[: len(named)] == named:
                # its own line sets it apart on the same terms, unless it says the whole clue: "A
                # consolidation results in both the target and the buyer ceasing to exist" is true
                # of "results in the target ceasing to exist" as well; "not identical" is not
                if whole and (
                    says_whole(want, clause.terms, clause.words, pred)
                    or says_a_limb(want, clause.terms, clause.words, pred)
                ):
                    return True
                continue
            shared = want & base_stems(clause.terms)
            if not shared:
                continue
            weight = sum(self.idf.get(t, 1.0) for t in shared)
            if (len(shared) >= 2 or len(want) == 1) and weight >= 0.6 * total:
                return True
        return False

    def _stated_as_formula(self, name: str) -> bool:
        """Whether every line the notes write under ``name`` as its label is a formula ("i = r + π",
        "F = ma"): a symbol, an equals sign and what it equals, not words of what the name is."""
        lines = self._label_lines.get(key(_clean_name(name)), ())
        return bool(lines) and all(_FORMULA_LINE.match(line) for line in lines)

    def _classes_of(self, answer: str, distractors: list[str]) -> set[str]:
        """Rivals whose own line names the key as one of them: 'depressants', "drugs (such as alcohol,
        barbiturates, and opiates) that reduce neural activity", beside the key 'barbiturates' fit its
        line too (graded two right answers twice, psychology notes, r330). So does a rival whose line
        says it is a form of the key: 'Torsades de Pointes', "a form of polymorphic VT with a continually
        varying QRS", fits "a continuously changing QRS configuration" of 'Polymorphic VT' (graded two
        right answers, medicine notes, r346), and so does one its line calls another name or a newer
        understanding of it ('working memory', "a newer understanding of short-term memory", graded a
        near-synonym rival, psychology notes, r347), or whose line opens by calling it one of the key's
        kind ('Neutral Questions', "open-ended, non-pressuring questions", beside 'Open-ended Questions',
        graded two right answers, nursing notes, r347)."""
        names = [a for a in {answer, *self.aliases_of(answer)} if len(a) >= 3]
        if not names:
            return set()
        either = "|".join(re.escape(a) for a in names)
        # ("like SHA-2" in SHA-3's line: a rival its own line likens to the key fits the key's line too)
        named = re.compile(
            r"\b(?:such as|e\.g\.|eg\.?|including|includes|for example|for instance|like)\b[^.;:]*?"
            rf"(?<![\w-])(?:{either})(?![\w-])"
            r"|\b(?:(?:form|type|kind|sort|subtype|variant|variety|subset|special case|version|understanding)"
            r"\s+of|(?:name|synonym)\s+(?:of|for)|also\s+(?:called|known\s+as))\s+"
            rf"(?:an?\s+|the\s+)?(?:{either})(?![\w-])",
            re.IGNORECASE,
        )
        lines = {d: self._label_lines.get(key(_clean_name(d)), ()) for d in distractors}
        kind = _as_kind(answer)
        return {
            d
            for d, said in lines.items()
            if any(named.search(line) or (kind and _opens_as(line, kind)) for line in said)
        }

    def _tells_apart_as_well(self, fact: _Fact, distractors: list[str]) -> set[str]:
        """Rivals whose own line says every word by which the key's line stands out among its
        siblings' lines: "uses 64-bit blocks to encrypt plaintext into ciphertext" (IDEA) says of its
        list of ciphers only '64-bit' that most of them lack, and DES's line "breaks the input into
        64-bit blocks …" says it too (graded two right answers, security notes, r326). Words most of
        the lines say ('symmetric', 'block', 'cipher') set no one apart."""
        lines: dict[str, set[str]] = {}
        turns: dict[str, set[str]] = {}  # words that turn what a line says ('only', 'both', 'not')
        for name in dict.fromkeys([fact.answer, *fact.group, *distractors]):
            said = self._label_lines.get(key(_clean_name(name)), [])
            if len(said) == 1:  # a label defined in two places says two things; either may be the clue
                lines[name] = base_stems(terms(said[0]))
                turns[name] = {w for w in map(stem, words(said[0])) if _turns(w) or w in _TELLING_TURNS}
        if fact.answer not in lines or len(lines) < 3:
            return set()
        counts = Counter(t for said in lines.values() for t in said)
        clue = base_stems(terms(fact.pred)) - base_stems(terms(" ".join(self.aliases_of(fact.answer))))
        apart = {t for t in clue if 2 * counts[t] < len(lines)}
        if not apart:
            return set()
        # "only requires the server …" is not said by "requires both the server and the user …"
        said = {w for w in map(stem, words(fact.pred)) if _turns(w) or w in _TELLING_TURNS}
        # the figures that set the key apart, when it has two or more: a rival whose line says most of
        # them ("128-bit, 192-bit, or 356-bit blocks" of AES beside Twofish's "128-bit blocks … 128-bit,
        # 192-bit, or 256-bit encryption keys") fits the clue by its numbers, whatever its other words
        # (graded two right answers, security notes, r340)
        figures = {t for t in apart if t.isdigit()}
        # (a rival's own 'only' or 'not' elsewhere in its line turns the clue's words only if it negates)
        return {
            d
            for d in distractors
            if d in lines
            and (
                (apart <= lines[d] and said <= turns[d] and not (turns[d] - said) & _NEGATIONS)
                or (len(figures) >= 2 and 2 * len(figures & lines[d]) > len(figures))
            )
        }

    def clue_terms(self, pred: str, answer: str, candidate: str) -> set[str]:
        """The terms of a clue a rival would have to be said with to fit it too: all but the words of
        the two names ("Ingress" in a clue about Ingress and Service says nothing of either)."""
        own = base_stems(terms(" ".join(self.aliases_of(answer) | self.aliases_of(candidate))))
        return base_stems(terms(pred)) - own

    # -- distractors and items -------------------------------------------------------------------
    def _peer_groups(self) -> dict[str, list[tuple[int, list[str], str]]]:
        """Names the notes set side by side, by key, with where: the labels of one list, the things of
        one table, the sides of an "X vs. Y" label, the named headings under one parent. A distractor of
        the right kind is one of these; a name from elsewhere in the notes is a guess at best. Each
        group says how the notes set it out ("vs", "table", "list", "headings")."""
        groups: list[tuple[int, list[str], str]] = []
        self._heading_kids: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)
        lists: dict[tuple, tuple[int, list[str]]] = {}
        children: dict[tuple[str, ...], list[str]] = defaultdict(list)
        first_at: dict[tuple[str, ...], int] = {}
        seen_paths: set[tuple[str, ...]] = set()
        for c in self.chunks:
            here = self.pos[c.id]
            for depth in range(1, len(c.heading)):
                path = (c.source, *c.heading[: depth + 1])
                if path not in seen_paths:
                    seen_paths.add(path)
                    first_at.setdefault(path[:-1], here)
                    # "Pod: Creating, Yaml, LifeCycle" sets out the Pod: its name is before the colon
                    title = _clean_heading(path[-1])
                    head = re.split(r"\s*(?:[:,(–—]|\s-\s)", title)[0].strip()
                    name = head if 0 < len(head.split()) <= 4 else title
                    if self._named_thing(name):
                        children[path[:-1]].append(name)  # a heading that names a thing, not a topic
                    if len(name.split()) <= 4 and not _TOPIC_HEADING.search(name):
                        self._heading_kids[path[:-1]].append((here, name))
            entries, tables = self.parsed[c.id]
            for e in entries:
                label = _clean_name(e.label) if e.label else ""
                if label and _VS.search(label):
                    groups.append((here, [_clean_name(p) for p in _VS.split(label)], "vs"))
                elif label and e.item and len(label.split()) <= 5 and not _recap(label):
                    # a top-level list may run on into the next chunk of its section: one list
                    where = (c.source, c.heading) if e.parent is None else (c.id, e.parent)
                    lists.setdefault(where, (here, []))[1].append(label)
            for t in tables:
                things = [_clean_name(_plain(r[0])) for r in t.rows if r and r[0].strip()]
                groups.append((here, things, "table"))
        groups.extend((at, v, "list") for at, v in lists.values() if len(v) >= 2)
        groups.extend((first_at[p], v, "headings") for p, v in children.items() if len(v) >= 2)
        peers: dict[str, list[tuple[int, list[str], str]]] = defaultdict(list)
        for at, group, how in groups:
            names = [n for n in dict.fromkeys(group) if n and len(n.split()) <= 6]
            if len(names) < 2:
                continue
            for n in names:
                for k in self._keys(n)[0]:
                    peers[k].append((at, [m for m in names if m != n], how))
        return peers

    def _add_described_headings(self, facts: list[_Fact]) -> None:
        """Sibling headings that name things the notes state something about ('Class Methods' and
        'Static Methods', 'SyntaxError' and 'TypeError' under one chapter) are things of one kind,
        though the glossary never set them out: each other's distractors."""
        described = {k for f in facts if f.kind in ("statement", "mapping") for k in self._keys(f.answer)[0]}
        for kids in self._heading_kids.values():
            names = [(at, n) for at, n in kids if self._keys(n)[0] & described or self._named_thing(n)]
            names = list({key(n): (at, n) for at, n in names}.values())
            if len(names) < 2 or sum(bool(self._keys(n)[0] & described) for _, n in names) < 1:
                continue
            group = [n for _, n in names]
            at = names[0][0]
            for n in group:
                for k in self._keys(n)[0]:
                    self.peers[k].append((at, [m for m in group if m != n], "described"))

    def _head_siblings(self, name: str, near: Chunk) -> list[str]:
        """'Multiple Inheritance' beside 'Single Inheritance', 'Class Methods' beside 'Static Methods':
        names with the answer's head noun and another modifier are things of its kind, nearest first."""
        ws = words(name)
        if len(ws) < 2 or len(ws) > 5:
            return []
        here = self.pos[near.id]
        rivals = [
            (self.context_similarity(n, name), abs(at - here), n)
            for at, n in self._names_by_head.get(stem(ws[-1]), {}).values()
            if self.chunks[at].source == near.source  # 'Log Groups' of another file is another kind
            and not self.same_thing(n, name)
        ]
        # most alike first ('Double Bond' before a table's 'Observed bonding'), then nearest
        return [n for sim, _, n in sorted(rivals, key=lambda t: (-t[0], t[1])) if sim >= HEAD_MIN]

    @cached_property
    def _names_by_head(self) -> dict[str, dict[str, tuple[int, str]]]:
        """Names of two to five words by the stem of their last word, each where first met: the
        glossary's names, the headings that name things, the answers of the facts made."""
        found = [
            (self.pos[e.chunks[0]] if e.chunks and e.chunks[0] in self.pos else 0, self.name_of(e))
            for e in self.glossary.entities.values()
            if self.thinglike(e)
        ]
        found += [x for kids in self._heading_kids.values() for x in kids]
        found += self._described
        by_head: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
        for at, n in found:
            nw = words(n)
            if 2 <= len(nw) <= 5 and not any(w in _DETERMINERS for w in nw):
                names = by_head[stem(nw[-1])]
                if key(n) not in names or at < names[key(n)][0]:
                    names[key(n)] = (at, n)
        return by_head

    @cached_property
    def _topic_titles(self) -> frozenset[str]:
        """Keys of the headings that name a topic or task ('Properties of Triple Bonds')."""
        parents: dict[str, set[str]] = defaultdict(set)
        for c in self.chunks:
            for above, h in zip(("", *c.heading), c.heading, strict=False):
                parents[_clean_heading(h)].add(_clean_heading(above) if above else "")
        return frozenset(
            key(h)
            for h in self._headings
            # "Fallacy of equivocation" under "Formal Fallacies" names a thing of its parent's kind
            if all(is_topic_heading(h, p) for p in parents.get(h, {""})) or re.search(r"\w-\w+-\w", h)
        )

    def _topic_heading(self, name: str, near: Chunk) -> bool:
        k = key(name)
        own = {key(_clean_heading(h)) for h in near.heading}
        return k in self._topic_titles or k in own or k.rstrip("s") in {o.rstrip("s") for o in own}

    def _alike_in_kind(self, name: str, answer: str) -> bool:
        """Whether a rival from the answer's own list is spoken of as the answer is (their sentences near
        in meaning), or named alike ('B. F. Skinner' and 'Sigmund Freud', whose lines say different
        things, are two names of one kind; 'W.E.B Du Bois' and 'Plessy v. Ferguson' are not)."""
        if self.context_similarity(name, answer) >= KIN_CONTEXT:
            return True
        if key(name) in self._agents and key(answer) in self._agents:
            return True  # two people of one list, each told by what they did
        if self.embed is None:
            return True  # no model to tell: the list's word stands
        alone = self._embedded_alone([name, answer])
        return float(alone[name] @ alone[answer]) >= KIN_CONTEXT

    def _embedded_alone(self, texts: list[str]) -> dict[str, np.ndarray]:
        """Each of ``texts`` embedded on its own by the index's model (unit vectors), each text once per
        bank: names told apart by what they say themselves, table cells by what they mean."""
        missing = sorted({t for t in texts if t not in self._name_vectors})
        if missing and self.embed is not None:
            for text, v in zip(missing, self.embed(missing), strict=True):
                self._name_vectors[text] = v
        return {t: self._name_vectors[t] for t in texts if t in self._name_vectors}

    def context_similarity(self, a: str, b: str, unknown: float = 1.0) -> float:
        """Cosine of the mean embeddings of the sentences naming ``a`` and ``b``; ``unknown`` when
        either is never named (1.0 lets it pass a bound; -1.0 ranks it last)."""
        va, vb = self._context_vector(a), self._context_vector(b)
        return unknown if va is None or vb is None else float(va @ vb)

    def _context_vector(self, name: str) -> np.ndarray | None:
        if name in self._context_cache:
            return self._context_cache[name]
        vector = None
        if self.unit_vectors is not None:
            if not self._unit_words:
                self._unit_words = [words(u) for c in self.chunks for u in c.units]
                for i, ws in enumerate(self._unit_words):
                    for w in set(ws):
                        self._units_with[w].append(i)
            nw = words(name)
            naming = self._units_with.get(nw[0], ()) if nw else ()
            rows = [i for i in naming if _contains_phrase(self._unit_words[i], name)][:12]
            if rows:
                mean = self.unit_vectors[rows].mean(axis=0)
                vector = mean / max(float(np.linalg.norm(mean)), 1e-9)
        self._context_cache[name] = vector
        return vector

    def _defined_subjects_near(self, chunk: Chunk) -> list[str]:
        """Section subjects the notes define in chapters of one folder ('Encapsulation' and
        'Inheritance', each a file of its own) or in sibling sections of one file, nearest first.
        Subjects of far-apart sections of one long file are things of different kinds ('melting
        point' and 'functional group')."""
        folder = PurePosixPath(chunk.source).parent
        # a folder of the notes groups one chapter's files ('c07_oop'); the notes' top folder holds
        # every chapter, whose subjects are of a kind only by name ('Panic disorder' of anxiety and
        # 'Intermittent explosive disorder' of impulse control)
        nested = folder != PurePosixPath(".")
        here = self.pos[chunk.id]

        def chapter(name: str, c: Chunk) -> bool:
            """'Encapsulation' of a file titled 'Encapsulation': the subject of a chapter of its own."""
            title = {stem(w) for w in words(_clean_heading(c.heading[0]))} if c.heading else set()
            return bool(title) and {stem(w) for w in words(name)} <= title

        found = [
            (abs(self.pos[c.id] - here), name)
            for name, c in self._heading_term_at.items()
            if (nested and c.source != chunk.source and PurePosixPath(c.source).parent == folder)
            and chapter(name, c)
            or (c.source == chunk.source and c.heading[:-1] == chunk.heading[:-1])
        ]
        return [name for _, name in sorted(found)]

    def _named_thing(self, name: str) -> bool:
        """A name the notes use as a term (bold, a table row, a comparison, a definition), not only as
        a section title: "Networking & Security" or "What is Kubernetes?" is a topic, not a choice."""
        e = self.entity(name)
        if e is None or "generic" in e.kinds or not self.thinglike(e):
            return False
        if re.search(r"[&?:]|\band\b|\bor\b", name):
            return False
        return bool(e.kinds - {"heading", "text", "name"})

    def peers_of(
        self, name: str, near: Chunk | None = None, how: frozenset[str] | None = None, here_only: bool = False
    ) -> list[str]:
        """The names set beside ``name`` (in groups set out ``how``, when given), those of the group
        nearest to ``near`` first; with ``here_only``, only groups of ``near``'s own topic."""
        here = self.pos[near.id] if near is not None else 0
        found = [
            g
            for k in sorted(self._keys(name)[0])
            for g in self.peers.get(k, ())
            if how is None or g[2] in how
        ]
        found.sort(key=lambda g: abs(g[0] - here))
        if near is not None:
            # a name in two lists of two topics ("Task" of one service and of another) is two things
            def topic(c: Chunk) -> tuple[str, str]:
                return c.source, self.topics[c.id]

            same = [g for g in found if topic(self.chunks[g[0]]) == topic(near)]
            found = same if here_only else same or found[:1]
        return list(dict.fromkeys(n for _, names, _ in found for n in names))

    def _kin_index(self) -> tuple[list[str], np.ndarray]:
        """Names the notes set out (headings, tables, definitions, comparisons, bold terms used again),
        each with the mean embedding of the passages that set it out: a name's neighbours by meaning
        are things of its kind ("Encapsulation" near "Inheritance", not near "JSON")."""
        if self._kin is None:
            names: list[str] = []
            rows: list[np.ndarray] = []
            if self.vectors is not None:
                for e in self.glossary.entities.values():
                    at = [self.pos[c] for c in e.defined[:4] if c in self.pos]
                    if not at or not self._named_thing(self.name_of(e)):
                        continue
                    if not e.kinds & SET_OUT_KINDS and len(e.chunks) < 2:
                        continue  # bold once: emphasis, not a name the notes use
                    names.append(self.name_of(e))
                    rows.append(self._name_vector(e, at))
                # a section's own subject ("Encapsulation", a chapter's title), when the notes define it
                known = {key(n) for n in names}
                for term, where in [*self._heading_term_at.items(), *self._defined_term_at.items()]:
                    if key(term) not in known:
                        known.add(key(term))
                        names.append(term)
                        rows.append(self.vectors[self.pos[where.id]])
                for c in self.chunks:
                    for title in c.heading:
                        head = _clean_heading(title)
                        if head in self._heading_term_at and key(head) not in known:
                            known.add(key(head))
                            names.append(head)
                            rows.append(self.vectors[self.pos[c.id]])
            matrix = np.vstack(rows) if rows else np.zeros((0, 1), dtype=np.float32)
            if len(matrix):
                matrix = matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
            self._kin = (names, matrix)
        return self._kin

    def _alike_peers(
        self, name: str, near: Chunk, how: frozenset[str] | None = None, here_only: bool = False
    ) -> list[str]:
        return self._of_a_kind(name, self.peers_of(name, near, how, here_only))

    def _of_a_kind(self, name: str, peers: list[str]) -> list[str]:
        """Names set beside ``name`` without the odd one out: a security protocol listed among network
        services is set beside them, but far from the answer in meaning (when the index can tell)."""
        names, matrix = self._kin_index()
        if not names:
            return peers
        row = {key(n): i for i, n in enumerate(names)}
        mine = next((row[k] for k in sorted(self._keys(name)[0]) if k in row), None)
        if mine is None:
            return peers
        sims: dict[str, float | None] = {}
        for p in peers:
            if key(p) == key(name):
                continue  # the answer itself ('KMS' of "KMS vs. Secrets Manager") is no nearest peer
            i = next((row[k] for k in sorted(self._keys(p)[0]) if k in row), None)
            sims[p] = None if i is None else float(matrix[i] @ matrix[mine])
        known = [v for v in sims.values() if v is not None]
        # absolute floor, and relative to the nearest peer: in notes on one field every name is
        # "similar", but the odd one out is still the furthest
        floor = max(PEER_MIN, max(known, default=0.0) - PEER_SPREAD)
        return [p for p, v in sims.items() if v is None or v >= floor]

    def _name_vector(self, e: Entity, at: list[int]) -> np.ndarray:
        """What a name means here: its own sentences where the notes set it out (mTLS's, not the
        network services' listed beside it), else the passages'."""
        assert self.vectors is not None
        if self.unit_vectors is not None:
            aliases = [words(a) for a in {e.name, *e.aliases} if words(a)]
            rows = [
                int(self.unit_start[i]) + j
                for i in at
                for j, unit in enumerate(self.chunks[i].units)
                if any(_contains_phrase(words(unit), " ".join(a)) for a in aliases)
            ]
            if rows:
                return self.unit_vectors[rows[:8]].mean(axis=0)
        return self.vectors[at].mean(axis=0)

    def _choose(self, fact: _Fact) -> list[str] | None:
        # "to Global Accelerator's static IPs" names Global Accelerator: no rival of it
        prompt_words = [re.sub(r"['’]s$", "", w) for w in words(fact.prompt)]
        # "between the input and output layers" names the 'Input Layer' and the 'Output Layer'
        # (the heading a stem is set in, "In “Inline Policies and Managed Policies”", names the sides asked)
        unset = re.sub(r"^In “[^”]*”,\s*", "", fact.prompt)
        if fact.noun:
            # "Which type of inheritance …" names the kind every choice is, not one of them
            unset = re.sub(rf"\b[Ww]hich {re.escape(fact.noun)}\b", "Which one", unset)
        coordinated = _coordinated_names(unset)
        # the stem's own words, not its setting's ('Single Inheritance' is no name "In “Types of
        # Inheritance”, … single parent …" says)
        unset_words = {w.lower() for w in words(unset)}
        said = f"{fact.pred} {fact.explanation}"
        aside_words = words(" ".join(m.group(0) for m in _BRACKETED.finditer(said)))
        chosen: list[str] = []
        # the kinds a description says its key includes ("Includes enantiomers and diastereomers"): a
        # rival that includes them too fits the description as well
        included = self._included_in(fact.pred) if fact.pred else set()

        def ok(cand: str, outside: bool, defined_apart: bool = False) -> bool:
            if not cand or len(cand) > 200 or too_short(cand) or self.enumerated(cand):
                return False
            if fact.pool != "cell" and self._says_a_clause(cand):
                return False  # 'Cooperation requires trust', a remark labelled as a line is, is no rival
            if cand in fact.unfit or key(cand) in self._lead_labels:
                return False  # ('General Rule', a lead-in over line after line, is no rival)
            if fact.pool != "cell" and when_shape(cand) != when_shape(fact.answer):
                # '337 BCE' offered for a king of a timeline list: a time is no name's rival; and '407 -
                # 404 BCE' or '3rd c. BCE' beside '509 BCE': a span or a century among years is told by
                # its form, and a year among spans may fall inside one (graded WEAK, r341)
                return False
            if fact.pool == "cell" and _another_measure(cand, fact.answer):
                # '0.83 g proteine/kg' among '45~60' and '20~35' of a column of shares: a figure with a
                # unit of its own beside bare figures is another measure (graded off-type twice, r340)
                return False
            if cand.lower() in STOPWORDS:
                return False  # 'US' of 'us-east-1', 'IT': a word, not a name
            person = self._defines_person.get(key(fact.answer))
            if person is not None and self._defines_person.get(key(cand), person) != person:
                return False  # 'Coward' ("someone who throws …") beside 'Sarissa' ("a long spear")
            if outside and fact.pool != "cell" and _task_named(fact.answer) and not _task_named(cand):
                # 'Blood Transfusion' beside 'Administering Blood' (a task the notes head a section with):
                # from outside the key's own list, a thing is no rival of a task
                return False
            if _VS.search(cand):
                return False  # "Bluejacking vs Bluesnarfing": a comparison of two things, no one thing
            if lists_the_other(cand, fact.answer):
                return False  # 'Glaucoma & Xerophthalmia' beside 'Glaucoma': right in part
            if self._likened(cand, fact.answer) or self._likened(fact.answer, cand):
                return False  # "Serotonin | Platelets | Same as histamine": what holds of one holds of both
            if _party_to(cand, fact.answer) or _party_to(fact.answer, cand):
                return False  # 'offeror' beside 'offer': a party to the act, not a thing of its kind
            if fact.pool != "cell" and ", " in _BRACKETED.sub("", cand) and ", " not in fact.answer:
                return False  # "Aortic stenosis, HCM, ..." (a table's row of causes) is three things, not one
            if fact.pool != "cell" and self._topic_heading(cand, fact.chunk):
                return False  # 'Types of Inheritance', the answer's own section: a topic, not a thing
            if fact.pool != "cell" and (key(cand) in self._fields or key(cand) in self._columns):
                return False  # 'Structure', a field of each record, is not a thing to choose
            if outside and any(_nested(cand, c) for c in [fact.answer, *chosen]):
                return False  # 'Rollout and Rollback' beside 'K8s-Rollout-Rollback': one thing twice
            at = self._defines_section.get(fact.answer)
            if at is not None and at is self._defines_section.get(cand) and _nested(cand, fact.answer):
                return False  # 'Deployment object', defined in Deployment's own section: one thing twice
            if outside and fact.pool != "cell" and self.context_similarity(cand, fact.answer) < CONTEXT_MIN:
                return False
            if any(key(cand) == key(c) for c in [fact.answer, *chosen]):
                return False
            # the subjects of a run of definitions are things apart however their names nest
            # ('Elastic demand' and 'Unit elastic demand')
            apart = fact.parallel and not outside
            if fact.kind != "table" or fact.pool != "cell":
                if not apart and (
                    self.same_thing(cand, fact.answer) or any(self.same_thing(cand, c) for c in chosen)
                ):
                    return False
                # a row named in the stem ('import' for "used to import specific part of the module")
                # is the lure a teacher would pick; a thing named elsewhere in a sentence is not
                lure = fact.kind == "table" and not outside
                # ("Replacement for WEP …" names 'Wired Equivalent Privacy (WEP)' by its short name)
                named, short = _and_short(self.aliases_of(cand))
                if not lure and any(_contains_phrase(prompt_words, a) for a in named):
                    return False
                # "Half the range of class A" names 'Class A range' in other order: the stem rules it out
                # (graded a two-way pick, r214)
                own = [w for w in words(_BRACKETED.sub(" ", cand)) if w.isalnum()]
                if not lure and len(own) >= 2 and set(own) <= unset_words:
                    return False
                # the short name as written, capitals and all ('IT' is no "it")
                if not lure and any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", fact.prompt) for t in short):
                    return False
                if not lure and _stems_of(_BRACKETED.sub(" ", cand)) in coordinated:
                    return False  # "Any layer between the input and output layers": not those two
                if any(_contains_phrase(aside_words, a) for a in named):
                    # "Controls active breathing (as well as inspiratory centre, …)": the stem leaves
                    # the aside out, and the rival it names fits as well
                    return False
                if self._form_of(cand, fact.answer):
                    return False  # "Korsakoff's amnesia: a form of anterograde amnesia" fits it too
                if included and any(key(cand) in self._kind_of_name.get(k, ()) for k in included):
                    return False  # "Includes enantiomers and diastereomers" of Stereoisomers as well
                if outside and fact.kind == "statement" and _DEFINES_WHAT.match(fact.pred):
                    own = {stem(w) for w in words(cand) if w not in STOPWORDS}
                    own -= {stem(w) for w in words(fact.answer)}
                    if own & {stem(w) for w in prompt_words}:
                        return False  # 'operating risk' for "the risk of a firm's operating income": it fits
            if fact.pool != "cell" and self.ubiquitous(cand) and not self.ubiquitous(fact.answer):
                return False  # the notes' whole subject ("Python" in Python notes) is nobody's fair guess
            if fact.loose and not (_head(cand) and _head(cand) == _head(fact.answer)):
                # "money which has no intrinsic value" among 'inflation' and 'liquidity': a glossary
                # mixes kinds, and only a term whose definition names the same genus is a rival
                genus = self._glossary_genus.get(key(fact.answer), "")
                someone = key(fact.answer) in self._agents
                if someone != (key(cand) in self._agents):
                    return False  # 'Reform Act of 1832' beside the people of a period's list
                if someone:
                    pass  # the people of a list are rivals whatever each line says they were
                elif genus and self._glossary_genus.get(key(cand)) != genus:
                    return False
                # a definition that opens as a noun phrase and names no genus ("The time following an
                # action potential …", "An inference about the cause …") says what its term is, and the
                # glossary's other terms whose definitions name none either are its kind ('resting
                # potential'); one that names a genus ('Adam Smith', "an economist …") is another kind.
                # A clause ("Kubernetes checks …", "The scheduler keeps pods …", "$3000 per month")
                # says what a term does or costs, and has no kind to go by
                unnamed = self._glossary_genus.get(key(cand)) == ""
                if not someone and not genus and not (unnamed and self._defines_as_noun(fact.pred)):
                    return False
            of_kind = fact.kind == "mapping" and fact.noun and not outside
            if of_kind and self.typed_otherwise(cand, fact.noun):
                return False  # 'sibilants' ("special type of fricatives") under "Airstream Mechanisms"
            if of_kind and self._speaks_of_the_kind(cand, fact.noun, fact.group):
                # 'Syncytia' ("Astrocytes are coupled via gap junctions …") and 'Tripartite synapse'
                # ("Protoplasmic astrocyte processes contact …") under "Astrocytes": a line that speaks of
                # the kind, or of another of its members, is no member of it (graded off-type, r233)
                return False
            # "HTTP uses pull, SMTP uses push": a side's own clause of the sentence sets it apart
            sides = fact.contrast and cand in fact.compared
            own = apart or defined_apart
            if fact.kind == "table" and fact.pool != "cell" and fact.pred:
                # a table sets its rows apart: a row's own cells ("The making of a protein using the
                # mRNA code" of Translation) are a second fit of the key's only when they say it whole
                # ("A sequence of three bases (codon or triplet) that …" of Genetic code)
                clue = _phrase_stems(fact.pred)
                # ... or every word of a short clue, in other words ("elicit information" of a question
                # beside a request's "elicit action or information": two defensible answers, r186)
                # (words of three letters or more; a negation on one side only turns it: "Does not
                # require oxygen" is not said by "Requires oxygen", review 82)
                # (a number is content, however short: "7.3 means 58% unionised at physiologic pH" is
                # not said by another row's "Low pKa means … unionised at physiological pH")
                content = {w for w in clue if len(w) >= 3 or w.isdigit()} - _STOP_STEMS
                says_it = any(
                    _holds_run(cell, clue)
                    or (
                        len(content) >= 2
                        and len(content - set(cell)) <= (1 if len(content) >= 5 else 0)
                        and not _NEGATIONS & (set(cell) ^ set(clue))
                    )
                    for cell in self._row_phrases.get(key(cand), ())
                )
                # a point of a list cell said in the other's cell as well ("Computerized provider order
                # entry" under two stages, graded two right answers twice): whichever holds it fits
                mine = [p for p in map(_phrase_stems, fact.pred.split(";")) if len(set(p) - _STOP_STEMS) >= 3]
                theirs = [p for p in self._row_points.get(key(cand), ()) if len(set(p) - _STOP_STEMS) >= 3]
                says_it = (
                    says_it
                    or any(_holds_run(cell, p) for cell in self._row_phrases.get(key(cand), ()) for p in mine)
                    or any(_holds_run(clue, p) for p in theirs)
                )
                # a member of a listed cell that the other row lists too ('republicanism' among
                # Paine's ideas and Jefferson's, graded two right answers): it fits in part
                says_it = says_it or bool(_members(fact.pred) & self._row_members.get(key(cand), set()))
                return not says_it and not self.fits(cand, fact.pred, fact.answer, own_line=True)
            if fact.pred and fact.pool != "cell" and self._says_alike(cand, fact.pred):
                return False  # "sounds occur in same environment" beside "two sounds occur in the same …"
            if fact.pred and fact.pool != "cell" and self._lists_a_member(cand, fact.pred):
                return False  # 'Forced changes' ("Competitors, technology disruption") for "…, competition"
            return not (
                fact.pred
                and fact.pool != "cell"
                and self.fits(cand, fact.pred, fact.answer, own_line=own, sides=sides, whole=own)
            )

        def take(cands: Iterable[str], outside: bool = True, tier: str = "own") -> bool:
            # a sibling section's subject is defined by its own opening line, said on the same terms
            # ("Difference gives the items contained in only ..." beside "Union gives the items contained
            # in either ..."): that line sets it apart, it does not make it a second answer
            defined_apart = tier in ("sections", "kind", "near")
            for cand in cands:
                if len(chosen) >= MAX_CHOICES - 1:
                    return True
                if ok(cand, outside, defined_apart):
                    chosen.append(cand)
                    fact.tiers.append(tier)
            return len(chosen) >= MAX_CHOICES - 1

        # names from the answer's own list or table are the notes' own set ('Kinesis' beside 'Kinesis
        # Analytics'); names gathered from elsewhere must not be the answer or each other twice
        if fact.kind in ("table", "mapping"):
            group = fact.group
            head = _head(fact.answer)
            title = _clean_heading(fact.chunk.heading[-1]) if fact.chunk.heading else ""
            topics = [words(t) for t in re.split(r",|&|\band\b", title) if words(t)]
            kin = [g for g in group if head and _head(g) == head]
            if len(topics) >= 2 and any(stem(t[-1]) == head for t in topics) and len(kin) >= 2:
                # 'Poverty Line' listed under "Poverty and Taxes" beside three taxes: a heading of two
                # topics lists two kinds, and the key's is the topic its name ends on
                group = [g for g in group if g in kin or g in fact.compared]
            elif fact.kind == "mapping" and len(kin) >= 2:
                # 'Visibility timeout' ("The amount of time a client has …") listed beside 'FIFO queue'
                # and 'Dead-letter queue': two names or more that share the key's head noun say the
                # list's kind, and a line of another head that does not open by naming it ('Small
                # claims', "a court for disputes …", among courts) is a setting of the thing, not one
                # of its kinds (graded off-type twice, r224)
                group = [
                    g
                    for g in group
                    if g in kin or g in fact.compared or self._label_genus.get(key(g)) == head
                ]
        else:
            # the sides of "KMS vs. Secrets Manager vs. Parameter Store" are the notes' own set: none is
            # the odd one out, however far apart in meaning
            sides = list(dict.fromkeys(g for g in fact.group if g in fact.compared))
            group = sides + self._of_a_kind(fact.answer, [g for g in fact.group if g not in fact.compared])
        if fact.kind == "mapping" and len(group) > MAX_CHOICES - 1:
            # a long list (a glossary of twenty terms) offers its answer's nearest kin, not the first
            # three it happens to list: 'deflation' beside inflation, not 'Okun's law'
            sides = [g for g in group if g in fact.compared]
            rest = sorted(
                (g for g in group if g not in fact.compared),
                key=lambda g: -self.context_similarity(g, fact.answer, unknown=-1.0),
            )
            group = sides + rest
        took = take(group, outside=False)
        if fact.siblings_only:
            return chosen  # a section's siblings are its kind; names gathered elsewhere may not be
        if took or (len(chosen) >= 2 and fact.pool != "cell") or fact.kind == "table":
            return chosen  # the same list or table gives the best distractors: no outsider beside them
        if fact.pool == "cell":
            return chosen
        if fact.pool in ("mapping-right", "mapping-left"):
            take(self._all_pool(fact.pool), tier="pool")
            return chosen
        if fact.kind == "mapping":
            # a label's definition is asked among the labels of its own list: an outsider beside them
            # is of another kind, or true of the description as well, too often to be worth it. A
            # label that opens its own section ("Conservatism - Accounting should reflect …" under
            # "Conservatism") has for its list the sibling sections that open so
            subject = self._section_subject(fact.answer) if not chosen else None
            if subject is not None and self._opening.get(subject) == fact.pred:
                take(self._of_one_head(subject, self._sibling_definitions(subject)), tier="sections")
                if len(chosen) == 1 and _last_word(chosen[0]) != _last_word(fact.answer):
                    # 'Soil' beside 'Mycorrhizae', the one other section of "Roots and Soils" that opens
                    # by defining its subject: an either-or of two sections is a pair only when their
                    # names say one kind ('Vascular Cambium', 'Cork Cambium'; graded off-type, r229)
                    chosen.clear()
                    fact.tiers.clear()
            if not chosen and not fact.group:
                # "Dalton's Law: the total pressure is …", the one line of its list, beside the sections
                # "Boyle's Law" and "Charles' Law" of the same file: names that end on its head noun
                # (not the labels of its own list: a list that leaves its genus out, 'settlement
                # house' beside 'Hull House', sets it apart from them)
                listed = self.parsed.get(self.section_start.get(fact.chunk.id, fact.chunk.id), ([], []))[0]
                own = {key(_clean_name(e.label)) for e in listed if e.label}
                kin = [n for n in self._head_siblings(fact.answer, fact.chunk) if key(n) not in own]
                take(kin, tier="head")
                if len(chosen) < 2:
                    chosen.clear()
                    fact.tiers.clear()
            return chosen
        # only names the notes set beside the answer in a comparison, a table or a list: a name from
        # elsewhere is of another kind, and leaves one real candidate. Sibling headings and names by
        # meaning made distractors that graders found of the wrong kind more often than not.
        # the section's subject as its opening line named it ('re.findall() function'), however the
        # answer has been spelled since ('re.findall () function', as the text shows it)
        subject = self._section_subject(fact.answer)
        opens = subject is not None and (
            _DEFINES_WHAT.match(fact.pred) or self._opening.get(subject) == fact.pred
        )
        if fact.kind == "statement" and subject is not None and opens:
            if take(self._of_one_head(subject, self._sibling_definitions(subject)), tier="sections"):
                return chosen
            if len(chosen) >= 2:
                return chosen
        defines = self._defines.get(fact.answer, (None, ""))[1] == fact.pred
        if fact.kind == "statement" and not chosen and defines:
            # 'Financial risk' and 'Operating risk' for "Business risk refers to the risk ...": terms the
            # same chapter defines, of one kind by their names or by what their definitions call them
            take(self._defined_of_a_kind(fact.answer), tier="kind")
            if len(chosen) >= 2:
                return chosen
            if len(chosen) == 1:
                # one other term of its kind, named alike but for its first word ('Primary qualities' and
                # 'Secondary qualities') is the contrast the notes draw: an either-or
                mine, theirs = words(fact.answer), words(chosen[0])
                alike = len(mine) == len(theirs) >= 2 and mine[1:] == theirs[1:]
                # or two terms defined as one kind of thing ('stock' and 'flow', each "a quantity measured")
                genus = self._genus.get(fact.answer, "")
                if alike or (genus not in _VAGUE_GENUS and self._genus.get(chosen[0]) == genus):
                    return chosen
            chosen.clear()
            fact.tiers.clear()
        if fact.kind == "statement" and not chosen and fact.group and not fact.compared and all(
            self.same_thing(g, fact.answer) for g in fact.group
        ):
            # "1. Language enables us to agree on times … 4. Language allows shared perspectives …":
            # points about one thing, whose list sets nothing beside it
            return chosen
        for how in _SET_BESIDE:
            # a list of another topic names another thing ('Task' of one service and of another)
            peers = self._alike_peers(fact.answer, fact.chunk, frozenset({how}), here_only=how == "list")
            if take(peers, tier=how):
                return chosen
        if chosen and take(self._head_siblings(fact.answer, fact.chunk), tier="head"):
            return chosen
        if fact.answer in self._heading_term_at and len(chosen) < 2:
            # "Encapsulation is ..." and "Inheritance is ...": subjects the notes define in sections of
            # one folder are things of one kind, when nothing closer is set beside the answer
            take(self._of_one_head(fact.answer, self._defined_subjects_near(fact.chunk)), tier="near")
        return chosen

    def typed_otherwise(self, label: str, noun: str) -> bool:
        """Whether the notes' line calls a label a type, kind or form of something the list's kind is
        not: 'sibilants' ("special type of fricatives") filed under "Airstream Mechanisms" is a sound
        of another kind (graded off-type as key and as rival, r296); 'Rootkit' ("a type of malware")
        under "Malware" is of the list's kind."""
        genus = self._label_genus.get(key(_clean_name(label)), "")
        of = re.fullmatch(r"(?:type|kind|form|sort|variety|subtype) of (.+)", genus)
        if of is None:
            return False
        kind = {stem(w.lower()) for w in words(noun)}
        return not kind & set(of.group(1).split())

    def _speaks_of_the_kind(self, label: str, noun: str, group: list[str]) -> bool:
        """Whether a label's line speaks of the kind a stem asks for ('astrocyte' of "Which astrocyte …")
        as a whole ("Astrocytes are coupled via gap junctions …", the plural its subject) or as another
        member of it ("Protoplasmic astrocyte processes contact …"). A label that names the kind is one
        of it ('social context'), and so is a line that opens on it as its genus ("Open-source tool
        that …")."""
        kind = stem(words(noun)[-1].lower()) if words(noun) else ""
        if not kind or kind in {stem(w.lower()) for w in words(label)}:
            return False
        others = [[w.lower() for w in words(g)] for g in group if key(g) != key(label)]
        for line in self._label_lines.get(key(_clean_name(label)), ()):
            ws = [w.lower() for w in words(line)]
            for i, w in enumerate(ws):
                if stem(w) != kind:
                    continue
                if i <= 1 and singular(w) != w:
                    return True
                if any(o and ws[max(0, i - len(o)) : i] == o for o in others):
                    return True
        return False

    def _section_subject(self, name: str) -> str | None:
        """The subject of a section that says what it is, as that section named it, for ``name`` in
        any spelling of it (case, spaces, punctuation)."""
        if name in self._defines_section:
            return name
        return self._section_subject_keys.get(key(name))

    def _defines_as_noun(self, pred: str) -> bool:
        """Whether a glossary line opens as a noun phrase ("The time following …", "An enduring
        positive or negative evaluation …"), not as a sentence whose subject is a noun and its
        article ("The scheduler keeps pods off a node …")."""
        if not _NOUN_PHRASE.match(pred):
            return False
        ws = [w.strip(",;:()").lower() for w in pred.split()[1:4]] + [""]
        # the verb of "The scheduler keeps …" or "The kube-proxy forwards …" comes second or third
        # (one in its root, "The transporters pull …", reads as a noun phrase: no list tells them)
        pairs = zip(ws[1:-1], ws[2:], strict=True)
        return not any(self._does(w) and not is_participle(nxt) for w, nxt in pairs)

    def _restates_its_kind(self, fact: _Fact) -> bool:
        """Whether a kind's line only says what its whole kind is: 'Single Inheritance' as "the
        inheritance in which a child class inherits attributes ... from a parent class", where the
        notes define Inheritance itself as passing "the attributes ... of the parent class to the child
        class". Every kind of inheritance does that, so each rival is as right as the key."""
        names = words(fact.answer)
        if len(names) < 2 or not fact.pred:
            return False
        head = self._defines_by_key.get(key(names[-1]))
        if head is None:
            return False
        own = {stem(w) for w in names} | {"refer", "describ", "call", "mean", "defin"}
        said = {t for t in terms(fact.pred) if t not in own}
        kind = set(terms(head[1]))
        return len(said) >= 4 and len(said & kind) >= 0.75 * len(said)

    def _likened(self, name: str, other: str) -> bool:
        """Whether a table row or a label's line of ``name`` says it is the same as ``other`` ("Serotonin
        | Platelets | Same as histamine", "HTTP/HTTPS: Same as TCP but within 4 seconds"): whatever
        the notes say of the other is then true of it, so neither is the other's rival."""
        said = self._likenings.get(key(name))
        return bool(said) and any(_contains_phrase(ws, other) for ws in said)

    @cached_property
    def _likenings(self) -> dict[str, list[list[str]]]:
        """The words after "same as" or "identical to" (or an opening "as for" / "as with") in each
        table row's cells (as written) and each list label's line, by the row's or label's key."""
        out: dict[str, list[list[str]]] = defaultdict(list)
        lines: list[tuple[str, str]] = []
        for c in self.chunks:
            entries, tables = self.parsed[c.id]
            lines += [(e.label, e.body) for e in entries if e.label]
            lines += [(_plain(r[0]), cell) for t in tables for r in t.rows if r for cell in r[1:]]
        for name, text in lines:
            for m in _LIKENING.finditer(_plain(text)):
                out[key(_clean_name(name))].append(words(m.group(1) or m.group(2)))
        return out

    @cached_property
    def _row_points(self) -> dict[str, list[list[str]]]:
        """The points of each table row's list cells ("A; B" as written, a point each), as stems."""
        by_row: dict[str, list[list[str]]] = defaultdict(list)
        for row, cell in self._row_cells:
            by_row[key(row)].extend(_phrase_stems(p) for p in cell.split(";"))
        return by_row

    @cached_property
    def _row_members(self) -> dict[str, set[str]]:
        """The short members of each table row's listed cells ("Independence, republicanism, …"), by the
        row's key."""
        by_row: dict[str, set[str]] = defaultdict(set)
        for row, cell in self._row_cells:
            by_row[key(row)] |= _members(cell) or _lone_member(cell)
        return by_row

    def _said_of_many_rows(self, fact: _Fact) -> bool:
        """Whether a clue of one short name ("Hypotension", a drug's precaution) is listed in the cells of
        two other rows of the notes' tables or more ("Lupus-like syndrome; Hypotension", "Bradycardia,
        hypotension"): an effect the notes give many things, which a rival has as well though its own row
        leaves it out (graded two right answers twice, medicine notes, r362, r363)."""
        # (a name with its reason, "insoluble (no N or O atom to hydrogen bond to H₂O)", says more)
        lone = _lone_member(fact.pred) if len(fact.pred.split()) <= 2 else set()
        if not lone:
            return False
        own = key(fact.answer)
        return sum(1 for row, members in self._row_members.items() if row != own and lone & members) >= 2

    @cached_property
    def _row_phrases(self) -> dict[str, list[list[str]]]:
        """What each table row's cells say, as stems, by the row's key: read once, after every table."""
        by_row: dict[str, list[list[str]]] = defaultdict(list)
        for row, cell in self._row_cells:
            by_row[key(row)].append(_phrase_stems(cell))
        return by_row

    def _one_of_those_listed(self, pred: str) -> bool:
        """Whether ``pred`` only files its subject under a kind ("is a building block of an OOP") that a
        heading of the notes lists several of ("Building blocks of an OOP"): one of many, no definition."""
        m = re.match(r"^(?:is|are)\s+(an?|one of the)\s+([\w -]{3,40}?)(?:\s+of\s+.{1,30})?$", pred)
        if m is None or re.search(r"\b(?:that|which|who|whose|where|when|used|for|to|in|by|with)\b", pred):
            return False
        kind = m.group(2).strip().lower()
        plural = [kind + "s", kind + "es"] + ([kind[:-1] + "ies"] if kind.endswith("y") else [])
        if m.group(1) == "one of the":
            plural.append(kind)  # "is one of the building blocks of …": the kind is said in the plural
        listing = re.compile(rf"(?:{'|'.join(map(re.escape, plural))})\b")
        return any(listing.match(title.lower()) for title in self._headings)

    @staticmethod
    def _named_in(cand: str, fact: _Fact) -> bool:
        """Whether the description asked about names ``cand`` by a word of its own ('monitoring' of
        Monitoring costs), one the answer's name doesn't share."""
        own = {stem(w) for w in words(cand) if w not in STOPWORDS and len(w) > 2}
        own -= {stem(w) for w in words(fact.answer)}
        return bool(own & {stem(w) for w in words(fact.pred)})

    def _compares(self, fact: _Fact) -> bool:
        """Whether a statement's choices are things the notes set side by side to tell apart: its
        section compares them ('SQS vs Kinesis', 'When to use ...'), or every wrong choice is a side of
        a comparison, a row of a table or a sibling chapter's subject. A sentence about one thing
        asked among names gathered elsewhere is a guess at its rivals: graders found more than half
        of those of the wrong kind, true of a rival too, or trivial."""
        if fact.compared or any(_COMPARING.search(h) for h in fact.chunk.heading):
            return True
        if fact.parallel and fact.tiers and all(t == "own" for t in fact.tiers):
            return True
        return bool(fact.tiers) and all(t in _COMPARED_TIERS for t in fact.tiers)

    def _all_pool(self, pool: str) -> list[str]:
        return [n for c in self.chunks for n in self.pools[pool].get(c.id, ())]

    @staticmethod
    def _of_the_kind(name: str, noun: str) -> bool:
        """Whether a name says it is of the kind ``noun`` names ('left hemisphere' of "hemisphere"),
        by its words, not its gloss ('Relapsing-Remitting (most common subtype)')."""
        return stem(words(noun)[-1]) in {stem(w) for w in words(_GLOSS.sub("", name))}

    def _holds_more_than_its_kind(self, fact: _Fact) -> bool:
        """Whether most of a list's labels name its kind and some do not: 'left hemisphere' and 'right
        hemisphere' under "Hemispheres" beside 'dichotic listening experiments'. Where only a few
        names carry the kind word ('Neutron Star' among 'Red Dwarf' and 'Blue Giant'), names simply
        do not say their kind, and that says nothing."""
        if not fact.noun or not words(fact.noun):
            return False
        labels = list(dict.fromkeys([fact.answer, *fact.group]))
        carry = sum(1 for g in labels if self._of_the_kind(g, fact.noun))
        return 2 <= carry < len(labels) and carry * 3 >= len(labels) * 2

    def _says_a_clause(self, name: str) -> bool:
        """Whether a label is a clause, a subject and its verb ("Cooperation requires trust"), not a
        name: a word inside it that English writes as a verb, before another word."""
        ws = name.split()
        return len(ws) >= 3 and any(
            ws[i].islower()
            and ws[i].endswith("s")
            and ws[i + 1].lower() not in STOPWORDS  # ('the quarterly reports from …': a plural noun)
            and self.is_verb(ws[i], ws[i + 1])
            and any(has_verb_forms(r) for r in verb_roots(ws[i]))
            for i in range(1, len(ws) - 1)
        )

    def _item(self, fact: _Fact) -> QuizItem | None:
        prompt_words = words(fact.prompt)
        if too_short(fact.answer) or not fact.prompt:
            return None
        if fact.kind == "mapping" and fact.noun and self.typed_otherwise(fact.answer, fact.noun):
            return None  # "Which Airstream Mechanism is described as “special type of fricatives”?"
        if fact.kind != "table" and self.ubiquitous(fact.answer):
            return None  # "Which one is a programming language?" in notes on one: the answer is the notes
        if fact.kind == "statement" and _QUOTED_PREDICATE.fullmatch(_plain(fact.pred).strip()):
            return None  # 'Airlines have "very little control"': someone's words, of what the line leaves out
        if fact.kind == "statement" and _POSSIBLE.match(fact.pred) and not (fact.parallel or fact.compared):
            # "Environment Variables can be defined for each pod in the YAML file": what can be done
            # with it, and with most things beside it. The line still says what the section is about
            return None
        if fact.kind == "statement" and self._one_of_those_listed(fact.pred):
            return None  # "A class is a building block of an OOP" beside "Building blocks of an OOP"
        if fact.kind in ("statement", "mapping") and self._restates_its_kind(fact):
            return None  # "Single Inheritance: a child class inherits ... from a parent class": all kinds do
        if fact.kind == "table" and fact.pool == "subject" and self._said_of_many_rows(fact):
            return None  # "Which drug has the precaution “Hypotension”?": many rows of the notes list it
        for alias in self.aliases_of(fact.answer):
            if _contains_phrase(prompt_words, alias):
                return None
        telling = [w for w in words(fact.answer) if w not in STOPWORDS and len(w) > 1]
        if fact.kind == "mapping" and len(fact.group) >= 2:
            # 'Class B Range' among 'Class A range' and 'Class C range': a word every name of the list
            # says tells none of them apart, so its being in the stem gives nothing away
            shared = set.intersection(*({w.lower() for w in words(g)} for g in fact.group))
            telling = [w for w in telling if w.lower() not in shared]
        if len(telling) >= 2 and sum(w in prompt_words for w in telling) * 3 >= 2 * len(telling):
            return None  # 'Acme Private Zone' asked with 'Acme Private' in the prompt
        if fact.kind != "table":
            # name the answer as the explanation does ('HSM' where the notes say HSM)
            said, plain = words(fact.explanation), _plain(fact.explanation)
            written = re.search(rf"(?<![\w-]){re.escape(fact.answer)}(?![\w-])", plain, re.IGNORECASE)
            if written and fact.answer.isupper() and not written.group(0).isupper():
                fact.answer = written.group(0)  # 'Pod' as the notes write it, not 'POD' of a shouted line
            if fact.answer not in plain:
                aliases = sorted(self.aliases_of(fact.answer), key=lambda a: (-len(a), a))
                verbatim = [a for a in aliases if re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", plain)]
                shown = verbatim or [a for a in aliases if _contains_phrase(said, a)]
                if not shown:
                    return None
                fact.answer = shown[0]
        source = fact.chunk.citation
        topic = fact.topic or self.topics[fact.chunk.id]
        if fact.kind == "cloze":
            item_id = _item_id("cloze", source, fact.prompt, fact.answer)
            accept = tuple(a for a in fact.extra if key(a) != key(fact.answer))
            return QuizItem(
                item_id,
                "cloze",
                fact.prompt,
                (),
                fact.answer,
                readable(fact.explanation),
                source,
                topic,
                fact.chunk.id,
                accept,
            )
        distractors = self._choose(fact)
        if distractors and fact.kind in ("mapping", "statement"):
            # 'Enhancement Techniques' beside 'Chemical Enhancement', 'Gains from trade with a tax' beside
            # 'Lump Sum Tax': a name that carries the key's head word as a qualifier is something about
            # things of the key's kind, not one of them (graded off-type, forensics and economics notes)
            distractors = [d for d in distractors if not _about_its_kind(d, fact.answer)]
            if not self._stated_as_formula(fact.answer):
                # "**Fisher Equation**: i = r + π" beside the real and the nominal interest rate, each
                # said in words: a name its notes state as a formula is an equation, not a thing of the
                # key's kind (graded off-type twice, economics notes, r353)
                distractors = [d for d in distractors if not self._stated_as_formula(d)]
        if distractors and len(distractors) >= 2 and fact.kind != "table" and set(fact.tiers) == {"own"}:
            # a list of a person, a court case and a league ("Racial Issues") sets no kind beside the key:
            # when fewer than two of its rivals are spoken of or named as the key is, the rest are
            # fillers of other kinds (graded off-type, r157); a blank on its own line may still ask it
            near = [d for d in distractors if self._alike_in_kind(d, fact.answer)]
            if len(near) < 2:
                return self._recall(fact)
        # two things the notes set side by side (a table or list of two, "A vs. B") make a fair
        # either-or; anything else needs three choices
        # a sibling label with no line of its own fills out a list's choices but makes no either-or:
        # 'Standard' beside a FIFO queue's whole line pasted in the stem is a coin toss
        # (a sibling never offered, being of another kind, still keeps the two left from an either-or)
        # ('Machine Learning' over "A type of machine learning where ... unlabeled data" is the key's
        # genus, named in the stem: no choice withheld, and Supervised and Unsupervised stay a pair)
        stem_text = _plain(fact.prompt)
        asked = words(stem_text)
        mine = self._keys(fact.answer)[0]
        siblings = [g for g in fact.group if key(g) not in mine and not self._form_of(g, fact.answer)]
        named = [g for g in siblings if _contains_phrase(asked, g)]
        others = {key(g) for g in siblings if (g not in fact.rivals or g in fact.unfit) and g not in named}
        # a section list's siblings are all the peers it has: headings elsewhere are other lists
        peers = [] if fact.siblings_only else self.peers_of(fact.answer, fact.chunk)
        peers = [p for p in peers if not self._form_of(p, fact.answer) and not _contains_phrase(asked, p)]
        # a sibling the stem names as another thing ("… and to limit the executive branch" of the
        # Legislative branch, beside the Judicial) is a choice withheld: the two left are no pair of the
        # notes (graded two right answers, r313); the key's genus or parts named as such ("a type of
        # machine learning", "long chains of monosaccharides") are no sibling left out
        withheld = any(not _named_as_genus(stem_text, g) for g in named)
        # an either-or: two things the notes set side by side ("Scan" and "Query"), and nothing else
        pair = (
            (len(others) == 1 or not others)
            and len(peers) <= 1
            and (bool(others) or bool(peers))
            and not withheld
        )
        # or two terms one file defines alike ('Primary qualities', 'Secondary qualities')
        fewest = 1 if pair or fact.tiers == ["kind"] else 2
        if distractors is None or len(distractors) < fewest:
            return self._recall(fact)
        if len(distractors) == 1 and distractors[0] in fact.rivals:
            return None
        if len(distractors) == 1 and _holds_run(
            [stem(w) for w in words(fact.prompt)], [stem(w) for w in words(distractors[0])]
        ):
            return None  # 'Minoan' or 'Mycenaean' for "Which of these were influenced by Minoans?"
        eliminated = fact.kind == "mapping" and len(distractors) >= 2
        if eliminated and all(self._named_in(d, fact) for d in distractors):
            return None  # "... even with monitoring and bonding provisions": answered by elimination
        if fact.kind == "statement" and not self._compares(fact):
            # names gathered elsewhere are rivals only when their own words say they are of the
            # answer's kind, one word apart: 'Hostpath Volume' and 'Ephemeral volume' beside
            # 'Persistent Volume' ('Decimal Number System' is no kin of 'Database Management System')
            kin = [
                d
                for d in distractors
                if _one_word_apart(d, fact.answer) and self.context_similarity(d, fact.answer) >= CONTEXT_MIN
            ]
            if len(kin) < 2:
                return self._recall(fact)
            distractors = kin
        if fact.kind == "mapping" and fact.pred:
            told = self._tells_apart_as_well(fact, distractors) | self._classes_of(fact.answer, distractors)
            if told:
                distractors = [d for d in distractors if d not in told]
                if len(distractors) < 2:
                    return None
        choices = [fact.answer, *distractors[: MAX_CHOICES - 1]]
        heads = {stem(words(c)[-1]) for c in choices if words(c)}
        if self._holds_more_than_its_kind(fact):
            # "which hemisphere ..." beside 'dichotic listening experiments': the list holds more than
            # its heading's kind; a key not of it is not asked so, and a rival not of it is no rival
            if not self._of_the_kind(fact.answer, fact.noun):
                return None
            choices = [c for c in choices if self._of_the_kind(c, fact.noun)]
        if fact.noun and len(heads) == 1 and heads != {stem(words(fact.noun)[-1])}:
            # "Which IAM Role ..." over 'Trust Policy' and 'Permissions Policy': the label named the
            # thing the list is about, not its items
            which = rf"\b([Ww])hich {re.escape(fact.noun)} "
            fact.prompt = re.sub(which, r"\1hich one ", fact.prompt, count=1)
        setting = re.match(r"^In “([^”]+)”, (\w)", fact.prompt)
        where = {stem(w) for w in words(setting.group(1))} if setting else set()
        # a heading names a choice in the choice's own words, in either number ('Solute' is not named
        # by "Parts of a solution", though a stemmer reads both as 'solut'); a span of years in the
        # heading, "(612-604 BCE)", names no year of its timeline
        heading, asked = (setting.group(1), fact.prompt[setting.end() :]) if setting else ("", "")
        where_named = {singular(w.lower()) for w in words(heading) if w.isalpha()}
        # ... and the kind the question asks for ('which force'): what is left of the heading
        kind = {singular(w.lower()) for w in words(asked)}

        def names(choice: str, offered: bool) -> bool:
            own = {singular(w.lower()) for w in words(choice) if w not in STOPWORDS}
            if not own or not own <= where_named or is_when(choice):
                return False
            # a row not offered names the heading only when the heading is that row and its kind
            return offered or not (where_named - own - kind)

        if setting and (
            all(where <= {stem(w) for w in words(c)} for c in choices)
            # "In “Gravitational Force”" over the table of four forces: the heading names one of them
            or any(names(c, True) for c in choices)
            or any(names(c, False) for c in fact.group)
        ):
            # "In “Dementia”" over Early, Moderate and Late dementia: every choice says it already
            fact.prompt = setting.group(2).upper() + fact.prompt[setting.end() :]
        counted = _COUNTED_SETTING.match(fact.prompt)
        if counted and not (counted["rest"].split()[0].strip('"“”').lower().endswith(("ss", "us", "is"))):
            # "In “Two ways to charge”, which one …?" reads "Two ways to charge: which one …?", as a
            # sentence that counts a list's items sets its question
            fact.prompt = f"{counted['n']} {counted['rest']}: {counted['q'][0].lower()}{counted['q'][1:]}"
        if fact.kind == "mapping" and all(is_when(c) for c in choices):
            # a timeline's years: "Which one is described as “Battle of Issus”?" asks for a year as for a
            # thing (graded odd, four times of four); "Which one dies in Babylon?" has lost its subject
            said = _DESCRIBED_AS.match(fact.prompt)
            if said is None:
                return None
            if _DATES_ITSELF.search(said["what"]):
                return None  # "War vs. Philip V (till 197)": a year in the line dates it for the reader
            fact.prompt = f"{said.group(1) or ''}which date goes with “{said['what']}”?"
            fact.prompt = fact.prompt[0].upper() + fact.prompt[1:]
        item_id = _item_id(fact.kind, source, fact.prompt, fact.answer)
        # (a twin among the rivals as well: 'Volume Mode' bare beside 'File Mode' is either Volume Mode)
        names = {g for g in [fact.answer, *fact.group] if g}
        twins = len({key(_bare(g)) for g in names}) < len({key(g) for g in names})
        if fact.pool != "cell" and not twins:
            # "Rough ER (studded with ribosomes)": a gloss in a choice answers the question for it
            # (but "Volume Mode (Cache Mode)" beside "Volume Mode (Gateway Stored)" needs its gloss)
            bare = [_GLOSS.sub("", c) for c in choices]
            if len({key(b) for b in bare}) == len(bare) and all(key(b) for b in bare):
                choices = bare
                fact.answer = bare[0]
            # "Zombie (Terminated)" beside "Ready (Runnable)": a second name in brackets is a clue too
            named = [_bare(c) for c in choices]
            if named != choices and len({key(b) for b in named}) == len(named) and all(key(b) for b in named):
                choices = named
                fact.answer = named[0]
        tails = [_COMMON_MARK.search(c) for c in choices]
        # not a call's arguments ('len(x)', 'max(x)'): there the brackets are part of the name
        spaced = all(t is not None and t.group(0)[:1].isspace() for t in tails)
        if fact.pool != "cell" and spaced and len({t.group(0).strip() for t in tails if t}) == 1:
            # 'Stage 3 Anaphase (HL)' beside 'Stage 1 Prophase (HL)': a mark every choice carries (the
            # course level) tells none apart and only clutters them
            plain = [c[: t.start()] for c, t in zip(choices, tails, strict=True) if t]
            if len({key(p) for p in plain}) == len(plain) and all(key(p) for p in plain):
                choices = plain
                fact.answer = plain[0]
        if all(c[:1].isupper() for c in choices[1:]) and re.fullmatch(r"[a-z][a-z ]*", choices[0]):
            # 'protection bits' among 'Present Bit' and 'Valid Bit': a key in another case stands out
            choices[0] = choices[0][0].upper() + choices[0][1:]
            fact.answer = choices[0]
        random.Random(int(item_id, 16)).shuffle(choices)
        return QuizItem(
            item_id,
            fact.kind,
            fact.prompt,
            tuple(choices),
            choices.index(fact.answer),
            readable(fact.explanation),
            source,
            topic,
            fact.chunk.id,
        )


# where a line's opening noun phrase ends: a stop, a dash, or a clause or phrase after the noun
_LINE_OPENING = re.compile(r"[.;:(]|\s[-–—]\s|\b(?:that|which|who|whose|where|with|of|in|to|for|by|from)\b")


def _as_kind(name: str) -> list[str]:
    """A name of two words or more as the words a line would call one of its kind by, each singular
    ('open-ended', 'question' of 'Open-ended Questions'); none for a one-word name, which a sibling's
    line names in passing as often as it says it is one."""
    ws = [singular(w.lower()) for w in re.findall(r"[A-Za-z][\w-]*", name)]
    return ws if len(ws) >= 2 and not set(ws) & STOPWORDS else []


def _opens_as(line: str, kind: list[str]) -> bool:
    """Whether ``line`` opens with a noun phrase of ``kind``: its words, with the last one last
    ("open-ended, non-pressuring questions." of 'Open-ended Questions')."""
    opening = _LINE_OPENING.split(line, maxsplit=1)[0]
    ws = [singular(w.lower()) for w in re.findall(r"[A-Za-z][\w-]*", opening)]
    # ("using public and private clouds": two kinds side by side, neither of which it is said to be)
    if not ws or {"and", "or"} & set(ws):
        return False
    return len(ws) <= len(kind) + 3 and ws[-1] == kind[-1] and set(kind) <= set(ws)


def _last_word(name: str) -> str:
    """The stem of a name's last word, one word or more ('cambium' of 'Cork Cambium', 'soil' of 'Soil')."""
    ws = words(name)
    return stem(ws[-1].lower()) if ws else ""


def _members(cell: str) -> set[str]:
    """The members of a cell that lists short names ("Independence, republicanism, popular
    sovereignty"), in lower case: none for a cell that is not such a list, and no member of fewer than
    four letters ('yes', 'all')."""
    parts = [p.strip().lower() for p in re.split(r"[,;]", _BRACKETED.sub(" ", cell)) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 3 for p in parts):
        return set()
    return {p for p in parts if len(p) >= 4 and p not in STOPWORDS}


def _lone_member(cell: str) -> set[str]:
    """A cell that is one short name ("Hypotension", Esmolol's side effects): the one member of its list,
    which a clue listing it with others ("Hypotension; Negative inotropy") says of that row as well."""
    said = _BRACKETED.sub(" ", cell).strip().lower()
    return {said} if len(said) >= 4 and len(said.split()) <= 2 and said not in STOPWORDS else set()


def _same_member(a: str, b: str) -> bool:
    """Two members of lists that name one thing: every word of substance of the shorter said by the
    other, the same by its stem or by its first seven letters ('competition', 'competitors'); 'coping
    pattern' and 'sleep pattern', 'Ruptured plaque' and 'Unruptured plaque' are two."""
    wa = [w for w in words(a) if len(w) >= 3 and w not in STOPWORDS]
    wb = [w for w in words(b) if len(w) >= 3 and w not in STOPWORDS]
    if not wa or not wb:
        return False
    if len(wa) > len(wb):
        wa, wb = wb, wa

    def alike(x: str, y: str) -> bool:
        return stem(x) == stem(y) or (len(x) >= 7 and len(y) >= 7 and x[:7] == y[:7])

    return all(any(alike(x, y) for y in wb) for x in wa)


def _named_as_genus(prompt: str, name: str) -> bool:
    """Whether ``prompt`` names ``name`` as what its answer is made of or a kind of ("A type of machine
    learning where …", "Long chains of monosaccharides"), not as a thing beside it."""
    return bool(re.search(rf"\bof\s+(?:an?\s+|the\s+)?{re.escape(name)}\b", prompt, re.IGNORECASE))


# "i = r + π", "F = ma", "PV = nRT": a line that opens on a symbol or two and an equals sign
_FORMULA_LINE = re.compile(r"^\s*[^\s=]{1,6}(?:\s+[^\s=]{1,3})?\s*=\s*\S")
# 'CNAME Record Type' is a CNAME record: a last word that says "a kind of" names no head of its own
_KIND_SUFFIX = re.compile(
    r"\s+(?:types?|kinds?|forms?|class(?:es)?|variet(?:y|ies)|categor(?:y|ies))\s*$", re.IGNORECASE
)


def _about_its_kind(rival: str, answer: str) -> bool:
    """Whether ``rival`` names the head word of ``answer``, the kind it is, only as a qualifier of a
    head of its own: 'Enhancement Techniques' of 'Chemical Enhancement', 'Tax Burden' and 'Gains from
    trade with a tax' of 'Lump Sum Tax', 'Node Affinity' of 'Worker Node'. English puts a compound's kind
    last, or before its preposition, so the rival is a technique, a burden or a gain, not one of the
    key's kind. A one-word key names a thing, not its kind ('Kinesis Analytics' is a service as
    'Kinesis' is), a head that numbers or letters a series ('pKa 5 to 14', 'Class A') none, and a
    last word that says "a kind of" ('CNAME Record Type') is no head."""
    answer, rival = (_KIND_SUFFIX.sub("", _BRACKETED.sub(" ", n)).strip() for n in (answer, rival))
    if len(words(answer)) < 2:
        return False
    head, own = _attribute_head(answer).lower(), _attribute_head(rival).lower()
    if len(head) < 3 or not head.isalpha() or head in STOPWORDS or not own.isalpha():
        return False
    mine = stem(head)
    return stem(own) != mine and mine in {stem(w.lower()) for w in words(rival)}


def _one_word_apart(a: str, b: str) -> bool:
    """Two names of two words or more, glosses aside, that differ in one word only: 'Hostpath Volume'
    and 'Persistent Volume (PV)', 'Type 1 Diabetes' and 'Type 2 Diabetes': kinds of one thing."""
    wa, wb = words(_BRACKETED.sub(" ", a)), words(_BRACKETED.sub(" ", b))
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    differ = [i for i, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
    if len(differ) != 1:
        return False
    # the head noun shared ('Cell Membrane' and 'Cell Theory' share only a modifier), unless the last
    # word labels one of a series ('Vitamin A', 'Vitamin D')
    head = wa.index("of") - 1 if "of" in wa[1:-1] else len(wa) - 1  # 'Law' of 'Law of Demand'
    return differ[0] != head or all(re.fullmatch(r"[a-z]|\d{1,2}|[ivx]+", w) for w in (wa[head], wb[head]))


def _stems_of(name: str) -> tuple[str, ...]:
    return tuple(_phrase_stems(name))


def _coordinated_names(text: str) -> set[tuple[str, ...]]:
    """The names words listed with "and", "or", "&" or "/" before one noun make ("the input, embedding
    and output layers" -> input layer, embedding layer, output layer; "input/output layers"), as stems."""
    names: set[tuple[str, ...]] = set()
    word = r"[A-Za-z][\w-]*"
    listed = rf"((?:{word},\s+)*{word}),?\s+(?:and|or|&)\s+(?:the\s+)?({word})\s+({word})"
    for m in re.finditer(rf"\b{listed}|\b({word})/({word})\s+({word})", text):
        firsts, second, noun = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
        for modifier in [*re.split(r",\s+", firsts), second]:
            names.add(_stems_of(f"{modifier} {noun}"))
    return names


def _in_order_of(clue: list[str], said: list[str], want: set[str]) -> dict[str, int]:
    """The clue's terms ``said`` holds in the clue's own order, each after the one before (greedy), with
    where ``said`` has them."""
    found: dict[str, int] = {}
    at = 0
    for t in clue:
        if t not in want or t in found:
            continue
        try:
            found[t] = said.index(t, at)
        except ValueError:
            continue
        at = found[t] + 1
    return found


def _turns(word: str) -> bool:
    """A word that turns what a line says: a negation or a comparison ('cannot', "doesn't", 'more')."""
    return word in _TURNING or word.endswith(("n't", "n’t"))


def _and_short(names: Iterable[str]) -> tuple[set[str], set[str]]:
    """Names with the long half of each written 'Long Name (LN)' (read as the glossary reads acronyms),
    and the short halves apart: a stem says the thing by either, the short one only as written
    ('Information Technology (IT)' is no "it")."""
    out, short = set(names), set()
    for name in list(out):
        parts = spelled_out(name)
        if parts:
            out.add(parts[0])
            short.add(parts[1])
    return out, short
