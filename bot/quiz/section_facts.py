"""Sibling sections read as one list: each heading a label, its opening line what it says of it.

Notes written as prose set their terms out as headings, not as a list: "##### Graph" over
"Relationships between things are formally defined and stored ...", beside "##### Document" and
"##### Key-Value databases" under one parent. Those headings are things of one kind as much as the
labels of a list are, and the line that opens each section says what sets it apart. Read so, a
section tree asks "Which one is described as “Relationships between things are formally defined
...”?" among its siblings, through the same checks as a list's labels (a label that names a term, a
description that stands alone, a rival the line fits as well).

A mixin of the quiz builder (``bot.quiz.generate._Builder``): its methods read the notes and the
state the builder sets up in ``__init__``."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from functools import cached_property

import numpy as np

from bot.ingest import Chunk
from bot.ingest.document import section_role
from bot.ingest.entries import Entry, Table, sentences, without_outline_letters
from bot.ingest.entries import plain as _plain
from bot.quiz.facts import _Fact
from bot.quiz.wording import (
    _AUX,
    _BASE_VERBS,
    _BRACKETED,
    _DEFINES_ITSELF,
    _FILING_HEADING,
    _THEY_ARE,
    _VS,
    CONDITION_OPENERS,
    _bare,
    _clean_heading,
    _contains_phrase,
    _head,
    _nested,
    _remark,
    _sentence_like,
    _unquote,
    _unref,
    is_topic_heading,
    of_its_kind,
    says_a_limb,
    says_whole,
)
from bot.text import STOPWORDS, key, stem, terms, words
from bot.text import singular as _singular

# a sibling section read less than this share as near the key's as its nearest sibling's is of another
# kind: among graded sibling lists, every one with a sibling this far was marked for mixed kinds
_ODD_ONE_OUT = 0.5
_Path = tuple[str, ...]  # (source, heading, …, heading)
_MIN_RECORDS = 3  # sibling sections setting out the same fields: fewer are a pair, not a table
_MAX_TITLE_WORDS = 8  # a heading this long is a title; a longer one is a sentence
# more words than this is a title, not a name
_MAX_NAME_WORDS = 4
# "EC2 Strengths", "Exam Tips", "Load Balancing Fundamentals", "Athena Explained": a section on
# an aspect of a thing, or a study aid, is no thing of its siblings' kind
_ASPECT_TITLE = re.compile(
    r"\b(?:exam|exams|highlights?|considerations?|fundamentals|explained|strengths?|"
    r"weaknesses|limitations?|calculations?|pricing|essentials|tips|recap|summary|conclusions?|"
    # the setting of what the notes go on to ("Historical Context", "Background"): no thing of its own
    r"context|background)\b|"
    # an account of events over time ("Iran-US History", "Timeline"): what happened, told point by point
    r"\b(?:history|histories|timeline|chronology)$|"
    # what a thing meant, as the whole title ("Significances", "Legacy of Rome"; not 'Legacy systems')
    r"^(?:the\s+)?(?:significances?|importance|implications|consequences|aftermath|legacy|outcomes)"
    r"(?:\s+of\b.*)?$",
    re.IGNORECASE,
)
# "Alternative hypo 2", "Pattern 4": counted off, not named
_COUNTED = re.compile(r"\s#?\d{1,3}$")
_CITED = re.compile(r"\s*\((?:ref|reference|source|src|from|via|see|cf)\b[^()]*\)\s*$", re.IGNORECASE)
# a parent that names several topics ("IAM, Accounts and Organizations") holds things of several kinds
_SEVERAL_TOPICS = re.compile(r"[,&/+]|\band\b", re.IGNORECASE)
# "Users-Groups-Roles-Policies": a slug of several topics, as written
_SLUG = re.compile(r"\w-\w+-\w")
# "still", "also", "instead": a section's first line that goes on from what came before it
_GOES_ON = re.compile(
    r"\b(?:still|also|too|again|instead|otherwise|likewise|however|though)\b", re.IGNORECASE
)
# words that say how often or how widely a claim holds, read by both patterns below
_HEDGE_WORDS = r"often|usually|generally|typically|normally|mostly"
# "Sometimes, …", "In general, …": a line that opens on how often something holds says when, not what
_HEDGED = re.compile(
    rf"^(?:sometimes|{_HEDGE_WORDS}|occasionally|in general|"
    r"in (?:most|some|many) cases),"
    # "Many tort actions result from car accidents" under "Automobile Negligence": how many of a class,
    # a remark with a subject of its own, not what the heading is
    r"|^(?:many|most|some|several|few)\s+(?-i:(?:[a-z]+\s+)?[a-z]+s)\s+(?-i:[a-z]+)\b(?<!ly)",
    re.IGNORECASE,
)
# how often or how widely a claim holds: "Generally increases across period" says what "increases
# across period" does ("never", "only", "always", "directly" turn or narrow it, and stay)
# (the words, not their stems: "general anaesthesia" is no hedge)
_HEDGES = re.compile(rf"\b(?:{_HEDGE_WORDS}|mainly|largely|primarily)\b", re.IGNORECASE)
# "decreases with temperature, while thermal noise increases with it": two claims, each of its own
_CLAUSES = re.compile(r";|,?\s+(?:while|whereas|but|although|though)\s+", re.IGNORECASE)
_SUBORDINATE = frozenset(
    "once when whenever if unless until while after before because since although though as".split()
)
_RELATIVE = frozenset({"that", "which", "who", "whose", "whom", "where"})
# "Consider the relative acidities ...", "Note: ...": a line that speaks to the reader, or a labelled
# remark, opens a section without saying what its subject is
_TO_THE_READER = re.compile(
    r"^(?:consider|note|notice|recall|remember|see|imagine|suppose|let|look|think|important|remark)\b",
    re.IGNORECASE,
)


def _leaves(paths: list[_Path], first: dict[_Path, Chunk], kids: dict[_Path, list[_Path]]) -> list[_Path]:
    """The sections of ``paths`` that are content with no subsections of their own, headed by a real
    heading (not a caption or a bold line over a list)."""
    return [
        p
        for p in paths
        if section_role(first[p].heading) == "content" and not kids.get(p) and not first[p].pseudo_heading
    ]


def _outline_names(paths: list[_Path]) -> dict[_Path, str]:
    """Sibling sections' names as a stem says them: "A. Thiazide Diuretics", "B. Loop Diuretics" and
    "C. Potassium-Sparing Diuretics" without the outline's letters, as a list's items lose theirs ("A)
    B. Loop Diuretics" among lettered choices, graded odd four times, r319)."""
    return dict(zip(paths, without_outline_letters([_clean_heading(p[-1]) for p in paths]), strict=True))


def _fields(entries: list[Entry], lines: list[Entry]) -> dict[str, str]:
    """The labelled ones of ``lines``, each label with what it says: its line's body, or its points under
    it joined ("Uses:" over "Mild hypoxemia", "Long-term oxygen therapy")."""
    fields: dict[str, str] = {}
    for e in lines:
        if not e.item:
            continue
        label, body = e.label, _plain(e.body).strip()
        if not label or len(label.split()) > _MAX_NAME_WORDS:
            continue
        if e.children and (not body or e.folded):
            # its points under it; a label over a list whose first point the entries folded into its
            # line ("Distribution" over "Impaired synthetic function …", "Increased VD due to fluid
            # retention") says all of them: another row that says the second says what this row does
            points = [body] if body else []
            body = "; ".join(points + [_plain(entries[i].text).strip() for i in e.children])
        if body:
            fields.setdefault(label, body)
    return fields


def _record_table(corner: str, records: dict[str, dict[str, str]]) -> Table | None:
    """The table of the rows named in ``records``, each with its fields: the columns are the fields most
    rows hold (three rows at least, and half of them: not one row's aside), the rows those that hold
    two of them; None when fewer than three rows or two columns are left."""
    written: dict[str, str] = {}
    for fields in records.values():
        for label in fields:
            written.setdefault(key(label), label)
    counts = Counter(key(label) for fields in records.values() for label in fields)
    shared = [k for k, n in counts.items() if n >= _MIN_RECORDS and n * 2 >= len(records)]
    if len(shared) < 2:
        return None
    cells = {name: {key(label): v for label, v in fields.items()} for name, fields in records.items()}
    rows = [name for name in records if sum(k in cells[name] for k in shared) >= 2]
    if len(rows) < _MIN_RECORDS:
        return None
    return Table(
        header=[corner, *(written[k] for k in shared)],
        rows=[[name, *(cells[name].get(k, "") for k in shared)] for name in rows],
    )


class SectionFacts:
    @cached_property
    def _section_tree(self) -> tuple[dict[_Path, Chunk], dict[str, list[Chunk]], dict[_Path, list[_Path]]]:
        """Each heading path's first chunk, each section's chunks, and each heading's subsections in
        order: (source, parent heading, …) -> [(source, …, own heading)]; read once for the sibling
        lists and the record tables."""
        first: dict[tuple[str, ...], Chunk] = {}
        whole: dict[str, list[Chunk]] = {}  # a section's first chunk -> all of its chunks
        for group in self.section_of.values():
            c = group[0]
            first.setdefault((c.source, *c.heading), c)
            # two sections under one heading path in one file read as one
            whole.setdefault(first[(c.source, *c.heading)].id, []).extend(group)
        kids: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
        for path in sorted(first, key=lambda p: self.pos[first[p].id]):
            if len(path) >= 3:  # (source, parent heading, ..., own heading)
                kids[path[:-1]].append(path)
        return first, whole, kids

    def _section_facts(self) -> list[_Fact]:
        """What each of two or more sibling sections says of the thing its heading names, asked
        among its siblings and no one else. Only sections with no subsections, directly under one
        parent in one file that is neither the file's title nor a heading over several topics."""
        first, whole, kids = self._section_tree
        facts: list[_Fact] = []
        for parent, paths in kids.items():
            # a heading with headings of its own under it is a topic of the notes, not one thing
            # beside its siblings ("Isomers", with its subsections, under "Resonance structures")
            # nor is a caption or a bold line over a list ("English vowels" above its remarks, beside
            # "Great Vowel Shift"): the writer labelled what follows, not a thing of its siblings' kind
            children = _leaves(paths, first, kids)
            called = _outline_names(children)
            title = _clean_heading(parent[-1])
            if len(children) < 2 or _SLUG.search(parent[-1]):
                continue  # a slug of several topics
            named = [p for p in children if of_its_kind(called[p], title)]
            # "Major Release", "Minor Release", "Patch Release" under "Semantic Versioning": siblings
            # that end on one word name things of one kind, whatever the title over them says
            heads = [stem(ws[-1]) if (ws := words(called[p])) else "" for p in children]
            common, count = Counter(h for h in heads if h).most_common(1)[0] if any(heads) else ("", 0)
            if count >= 2 and count * 2 > len(children):
                named = [p for p, h in zip(children, heads, strict=True) if h == common or p in named]
            if len(parent) < 3 and (len(named) < 2 or len(named) * 2 < len(children)):
                # a file's own title over its chapters, unless it names what most of them are
                # ("Formal Fallacies" over "Fallacy of equivocation" and "Naturalistic Fallacy";
                # "Sorting Algorithms" over 'Practice Problems' names nothing of them)
                continue
            if _SEVERAL_TOPICS.search(title) and not self._names_them(title, children):
                continue  # "IAM, Accounts and Organizations": several topics, things of several kinds
            entries: list[Entry] = []
            held: list[Chunk] = []  # the section each entry stands for
            for path in children:
                name = called[path]
                # "Fallacy of Denying the Antecedent" under "Formal Fallacies": a name of the parent's
                # kind, though it is long and reads "X of Y" as a topic's heading does
                of_kind = of_its_kind(name, title)
                if (
                    not name
                    or len(name.split()) > _MAX_NAME_WORDS + 2 * of_kind
                    or is_topic_heading(name, title)
                    or _FILING_HEADING.search(name)
                    or _ASPECT_TITLE.search(name)
                    or _VS.search(name)  # "Affected vs Effected": a comparison, not a thing
                    or _COUNTED.search(name)
                    or self.enumerated(name)
                    or self._aspect_of(name, title)
                ):
                    continue
                opening = self._opening_line(first[path], name)
                # a section whose first line says nothing of it is still a rival of its siblings
                text = f"**{name}:** {opening}" if opening else f"**{name}:**"
                entries.append(Entry(len(entries), text, True, 0))
                held.append(first[path])
            if len(entries) < 2:
                continue
            # the list stands where the parent's heading does: "In “Non-Relational (NoSQL)”, ..."
            at = first[children[0]]
            listed = dataclasses.replace(at, heading=tuple(parent[1:]))
            sections = {called[p]: whole.get(first[p].id, [first[p]]) for p in children}
            meanings = self._section_vectors(sections)
            for fact in self._entry_facts(listed, entries):
                if fact.kind != "mapping" or fact.pool != "term":
                    continue  # the sections' own sentences make their statements and blanks already
                index = next((i for i, e in enumerate(entries) if e.text == fact.explanation), None)
                if index is None:
                    continue
                # a sibling whose section says the whole clue fits it too ("Nuclear membrane broken down"
                # opens Metaphase, and Prophase's section says "Nuclear membrane starts to break down");
                # and a sibling far off in meaning is of another kind
                odd = self._odd_ones_out(fact, meanings)
                fact.unfit = {
                    n
                    for n, chunks in sections.items()
                    if n != fact.answer and (n in odd or self._section_says(chunks, fact, n))
                }
                facts.append(self._among_siblings(fact, held[index], listed))
        return facts

    def _section_vectors(self, sections: dict[str, list[Chunk]]) -> dict[str, np.ndarray]:
        """Each section's meaning, the mean of its chunks' vectors (none without the index's vectors)."""
        if self.vectors is None:
            return {}
        out = {}
        for name, chunks in sections.items():
            mean = self.vectors[[self.pos[c.id] for c in chunks]].mean(axis=0)
            out[name] = mean / max(float(np.linalg.norm(mean)), 1e-9)
        return out

    @staticmethod
    def _odd_ones_out(fact: _Fact, meanings: dict[str, np.ndarray]) -> list[str]:
        """Siblings whose sections read at most half as near the key's as the nearest sibling's do:
        'Ear hair' and 'Sound waves' beside 'Selective Attention' and 'Inattentional blindness' under
        one heading are topics of another kind (graded WEAK, twice), though filed side by side."""
        mine = meanings.get(fact.answer)
        if mine is None:
            return []
        near = {n: float(v @ mine) for n, v in meanings.items() if n in fact.group}
        if len(near) < 2:
            return []
        nearest = max(near.values())
        return [n for n, sim in near.items() if sim < _ODD_ONE_OUT * nearest]

    def _section_says(self, chunks: list[Chunk], fact: _Fact, name: str) -> bool:
        """Whether a line of a sibling's section holds every word of the clue asked of another (but
        the two names), with no negation or degree the clue lacks. The clue's claim is read without
        its aside and its hedge as well, against one clause of the line read without its own aside:
        "Generally increases across period (more nuclear charge, …)" of Electron Affinity is said of
        Electronegativity too ("Across period: increases"), and of Ionization Energy ("generally
        increases (harder to remove electron from smaller atom)")."""
        want = self.clue_terms(fact.pred, fact.answer, name)
        if len(want) < 2:
            return False
        lines = [
            line
            for chunk in chunks
            for entry in self.parsed[chunk.id][0]
            for line in sentences(_plain(entry.text))
        ]
        # (or half of it: "Reinfection with same organism" of C3 deficit as well as of MAC deficit)
        said = [(terms(line), words(line)) for line in lines]
        if any(says_whole(want, t, w, fact.pred) or says_a_limb(want, t, w, fact.pred) for t, w in said):
            return True
        claim = _HEDGES.sub(" ", _BRACKETED.sub(" ", fact.pred))
        core = self.clue_terms(claim, fact.answer, name)
        if len(core) < 3 or core == want or not self._states(claim):
            return False
        # (a negation or degree only the aside holds excuses none in the line: "(not decolourised)")
        return any(
            says_whole(core, terms(part), words(part), claim)
            for line in lines
            for part in _CLAUSES.split(_BRACKETED.sub(" ", line))
        )

    def _states(self, claim: str) -> bool:
        """Whether a claim holds a verb: "Generally increases across period" says something of its
        subject; "Skeletal muscle fibre type (slow-twitch, …)" names a kind, and its aside says which."""
        ws = claim.split()
        pairs = zip(ws, [*ws[1:], ""], strict=True)
        return any(self.is_verb(w.strip(",.;:").lower(), nxt) for w, nxt in pairs)

    def _among_siblings(self, fact: _Fact, chunk: Chunk, listed: Chunk) -> _Fact:
        """A section list's fact, cited where its section is and asked among its siblings only."""
        fact.chunk = chunk
        # 'S3 Glacier' beside 'S3 Glacier Deep Archive': what a section says of the general thing its
        # variant's section may leave unsaid and still share
        variants = {g for g in fact.group if _nested(g, fact.answer)}
        fact.group = [g for g in fact.group if g not in variants]
        fact.rivals -= variants
        # 'Stopped State' beside 'Terminated State' and 'AMI (Server Image)': where siblings share the
        # key's head noun, those are its kind and the others are not
        head = _head(_bare(fact.answer))
        kin = [g for g in fact.group if head and _head(_bare(g)) == head]
        if kin:
            fact.group = kin
            fact.rivals &= set(kin)
        fact.siblings_only = True
        # "Which hemisphere ..." over 'Split brain phenomena' under "Hemispheres": a heading's children
        # are often its aspects, not things of the kind it names; the parent, when it names a thing,
        # sets the question ("In “S3 Glacier”" over its retrieval tiers) without saying what kind the
        # choices are
        asked = re.sub(r"^In “[^”]+”, ", "", fact.prompt)
        if fact.noun:
            asked = re.sub(rf"^[Ww]hich {re.escape(fact.noun)} ", "which one ", asked)
            fact.noun = ""
        # "Vacuoles are membrane-bound sacs …" says what its subject is wherever it stands
        setting = "" if _DEFINES_ITSELF.match(asked) else self._sibling_setting(listed, fact)
        if setting:
            asked = f"In “{_unref(setting)}”, {asked[0].lower()}{asked[1:]}"
        fact.prompt = asked[0].upper() + asked[1:]
        return fact

    def _record_facts(self) -> list[_Fact]:
        """Sibling sections that each set out the same fields ("Flow Rate: 1-6 L/min", "Uses:" over its
        points, under each of four oxygen masks; "Mechanism:", "Side effects:" under each drug) are the
        rows of a table the writer did not draw: read as one and asked as a table's rows are, each
        field a column ("Which one has the flow rate “1-6 L/min”?"), cited where its row's section is."""
        first, _, kids = self._section_tree
        facts: list[_Fact] = []
        for parent, paths in kids.items():
            children = _leaves(paths, first, kids)
            if len(children) < _MIN_RECORDS:
                continue
            names = {n: p for p, n in _outline_names(children).items()}
            fields = {}
            for name, p in names.items():
                entries = self.parsed[first[p].id][0]
                fields[name] = _fields(entries, [e for e in entries if e.parent is None])
            table = _record_table(_clean_heading(parent[-1]), fields)
            if table is None:
                continue
            listed = dataclasses.replace(first[children[0]], heading=tuple(parent[1:]))
            for fact in self._table_facts(listed, table):
                # (the row as the explanation writes it: 'Alpha-Blockers' of the heading 'Alpha Blockers')
                opening = key(re.split(r" — |:", fact.explanation, maxsplit=1)[0])
                row = next((n for n in names if key(n) == opening), None)
                if row is not None:
                    fact.chunk = first[names[row]]
                # "Quiz · Anti-Hypertensive Drugs", not the one row's ("ACE Inhibitors" over a question
                # on Alpha-Blockers, graded a wrong title, r247)
                fact.topic = _clean_heading(parent[-1])
                facts.append(fact)
        return facts

    def _list_record_facts(self, chunk: Chunk, entries: list[Entry]) -> list[_Fact]:
        """A list of names each over the same labelled points ("- **Mitochondrion**" over "Function: …"
        and "Membrane: …", then "- **Ribosome**" over its own): the rows of a table the writer did not
        draw, as sibling sections with the same fields are, their kind named by what heads the list."""
        by_parent: dict[int | None, list[Entry]] = defaultdict(list)
        for e in entries:
            if e.item:
                by_parent[e.parent].append(e)
        facts: list[_Fact] = []
        for parent, siblings in by_parent.items():
            fields: dict[str, dict[str, str]] = {}
            for e in siblings:
                # ("- **Mitochondrion**" alone is a name, as "- Mitochondrion" is; "- Function: …" a field)
                if e.label and _plain(e.body).strip():
                    continue
                name = _plain(e.text).strip().rstrip(":").strip()
                if not e.children or not name or len(name.split()) > _MAX_NAME_WORDS:
                    continue
                fields.setdefault(name, _fields(entries, [entries[i] for i in e.children]))
            if len(fields) < _MIN_RECORDS:
                continue
            over = _plain(entries[parent].text).strip().rstrip(":") if parent is not None else ""
            corner = over or (_clean_heading(chunk.heading[-1]) if chunk.heading else "")
            table = _record_table(corner if 0 < len(corner.split()) <= 3 else "Name", fields)
            if table is not None:
                facts.extend(self._table_facts(chunk, table))
        return facts

    def _sibling_setting(self, listed: Chunk, fact: _Fact) -> str:
        """Where sibling sections are asked: the nearest heading that names a thing. Siblings named by
        one word each ('Absolute', 'Relative' under "Contraindications"; 'Pharmacology', 'CVS' under
        "Properties of the Ideal Anaesthetic Agent") are kinds or aspects of what the headings above
        them say, and without it the stem leaves out of what (graded BAD twice, r215-r216): their
        parent heading, and the thing above a one-word parent, set the question."""
        setting = self._setting(listed, fact.answer)
        if not listed.heading:
            return setting
        parent = _clean_heading(listed.heading[-1])
        if not all(len(n.split()) == 1 for n in [fact.answer, *fact.group]):
            if (
                setting
                and key(setting) != key(parent)
                and 2 <= len(words(parent)) <= _MAX_NAME_WORDS
                and not _FILING_HEADING.search(parent)
                and not _remark(parent)
                and not any(_contains_phrase(words(parent), n) for n in [fact.answer, *fact.group])
            ):
                return f"{setting} › {parent}"
            return setting
        if not setting:
            # (of two words or more: a one-word heading that names no thing is a filler, "Other")
            return parent if 2 <= len(words(parent)) <= _MAX_TITLE_WORDS else ""
        if key(setting) == key(parent) and len(words(parent)) == 1:
            over = _clean_heading(listed.heading[-2]) if len(listed.heading) >= 2 else ""
            above = self._thing_in(listed.heading[:-1], fact.answer)
            above = above or (over if 2 <= len(words(over)) <= _MAX_TITLE_WORDS else "")
            # ("Human Digestion" over 'Digestion' and 'Absorption' would name the key or a rival)
            if above and not any(_contains_phrase(words(above), n) for n in [fact.answer, *fact.group]):
                return f"{above} › {parent}"
        return setting

    @staticmethod
    def _names_them(title: str, children: list[tuple[str, ...]]) -> bool:
        """Whether a heading of several parts names its subsections: "Snowball / Edge / Snowmobile"
        over 'Snowball', 'Snowball Edge' and 'Snowmobile' sets them side by side, as "X vs Y" does.
        Only parts split by slashes, which set out alternatives; "Label and Selector, Annotation,
        Namespace" lists a chapter's topics, whose lines overlap (a selector reaches objects by their
        labels' key:value pairs too). Every subsection must share a word with a part."""
        if "/" not in title or _SEVERAL_TOPICS.search(title.replace("/", " ")):
            return False
        parts = [{stem(w) for w in words(p)} for p in title.split("/") if words(p)]
        return len(parts) >= 2 and all(
            any({stem(w) for w in words(_clean_heading(c[-1]))} & part for part in parts) for c in children
        )

    def _aspect_of(self, name: str, parent: str) -> bool:
        """Whether a heading names a part or a side of its parent rather than a thing beside its
        siblings: 'EC2 Strengths' under "Elastic Compute Cloud (EC2)", 'DynamoDB Architecture' under
        "DynamoDB"; or is a sentence's start ('EC2 host contains')."""
        last = name.split()[-1]
        verb = last[:-1] in _BASE_VERBS or _singular(last) in _BASE_VERBS
        if last.islower() and last.endswith("s") and verb:
            return True  # 'EC2 host contains' (a title-cased name ends in a noun: 'Auto Scaling Groups')
        ws = name.split()
        if (
            len(ws) >= 2
            and ws[0].lower().endswith("s")
            and self.is_verb(ws[0].lower(), ws[1].lower())
            and any(w.islower() and w not in STOPWORDS for w in ws[1:])
        ):
            # 'Comes across the sphinx' beside 'Sigmund Freud': a step of a story told as a heading, not
            # a name (graded BAD twice, literature notes, r333); 'Works Progress Administration' is one
            return True
        if _sentence_like(name) or _remark(name):
            return True
        mine = words(name)
        own = {parent, *re.findall(r"\(([^()]+)\)", parent), re.sub(r"\s*\([^()]*\)", "", parent)}
        return any(
            words(n) and len(words(n)) < len(mine) and _contains_phrase(mine, n)
            for n in own | set(self.aliases_of(parent))
        )

    def _opening_line(self, chunk: Chunk, name: str) -> str:
        """The first paragraph or list item of a section, when it is plain text that says something
        of the section's own subject: not a labelled line ("Definition: ..."), a lead-in to a list,
        code, a table, a word to the reader, or a sentence about another thing ("DynamoDB is one
        type of database" under "Wide Column Store")."""
        entries, _ = self.parsed[chunk.id]
        if not entries:
            return ""
        entry = entries[0]
        if entry.label or entry.children:
            return ""
        # '"An API object that manages ..." (ref: Kubernetes.io)': the line, not where it was quoted from
        text = _unquote(_CITED.sub("", _plain(entry.text)).strip())
        if not text or text.endswith(":") or re.match(r"^[|`<]", text) or _TO_THE_READER.match(text):
            return ""
        if text.endswith(("...", "…")):
            # "Mutation of single nucleotide..." under "Silent Mutation": the line trails off, and the
            # points after it say what sets the section apart (a single nucleotide is changed in the
            # missense and nonsense mutations as well: graded two right answers twice, r314)
            return ""
        if re.match(r"^[A-Z][\w-]*:\s", text):
            return ""  # "Important: S3 is private by default!"
        if entry.item and text[:1].islower():
            # "- understanding limited to studies of aphasia" under "Brain Regions": a bullet jotted
            # in a lecture, a remark on its heading more often than what sets it apart (of ten such
            # items graded blind, two were BAD and only five KEEP)
            return ""
        if _GOES_ON.search(text):
            return ""  # "Guest OS are still running ..., except ...": it goes on from the section before
        if _HEDGED.match(text):
            return ""  # "Sometimes, more than one arrangement of atoms is possible" says when, not what
        if entry.item and re.match(rf"^{CONDITION_OPENERS}\s", text, re.IGNORECASE):
            # "1. If the ΔEN is less than 0.5, the bond is nonpolar" under "Rules": the first case of a
            # list, not what its heading is ("When naturally recycling organelles, …" under "Autophagy",
            # a paragraph, says what it is)
            return ""
        if re.match(r"^(?:in order )?to [a-z]+\b[^,]*, ", text, re.IGNORECASE):
            # "To maintain God's favor, the magistrates removed anyone …" under "Roger Williams": the
            # sentence says what its own subject did, after the comma
            return ""
        # "Provides ...", "Hourly rate based on ...", "Documents are formatted ..." under "Document"
        # say what the heading's thing is; "The public key is uploaded ..." under "Asymmetric
        # Encryption" (a step told) or "Encryption is obvious when used" under "Steganography" (what
        # it is set against) is a sentence about another thing
        if _THEY_ARE.match(text):
            return text  # "These are binaries that …" under "Visual binaries": the heading's things
        clause = words(re.split(r"[,;:.(]", text, maxsplit=1)[0])
        if clause and self.is_verb(clause[0], " ".join(clause[1:2])):
            return text  # "Keeps the piece warm until ...": what it does, its subject the heading
        verb = next((i for i, w in enumerate(clause) if w in _AUX), None)
        # "Once an object has been uploaded, ..." has no subject, nor "Harmful software that is
        # disguised as ..." (what kind of thing it is, and which)
        if verb and clause[0] not in _SUBORDINATE and not _RELATIVE & set(clause[:verb]):
            subject = {stem(w) for w in clause[:verb]}
            if not subject & {stem(w) for w in words(name)}:
                return ""
        subject = self.subject_at(text)
        if subject is not None and not self.same_thing(self.name_of(subject[0]), name):
            return ""  # "ECS cluster is created within a VPC" under "EC2 mode": a line on the cluster
        return text
