"""Blanks: a bold term cut out of its sentence, and what makes a term worth a blank.

A mixin of the quiz builder (``bot.quiz.generate._Builder``): its methods read the notes and the
state the builder sets up in ``__init__``."""

from __future__ import annotations

import re
from functools import cached_property

from bot.glossary import ACRONYM, SET_OUT_KINDS
from bot.ingest import Chunk
from bot.ingest.document import ABBREVIATED_WORDS
from bot.ingest.entries import Entry, readable, sentences
from bot.ingest.entries import plain as _plain
from bot.quiz.facts import _Fact
from bot.quiz.items import QuizItem
from bot.quiz.wording import (
    _ADVERBS,
    _APPRAISAL,
    _AUX,
    _BASE_VERBS,
    _BOLD,
    _DEFINES_WHAT,
    _FIELD_LABELS,
    _FRAGMENT_OPENERS,
    _NAMELIKE,
    _ORDINAL_START,
    _PAST_VERBS,
    _POINTER_WORDS,
    _PRONOUN_START,
    _RATES,
    _VAGUE,
    _VAGUE_TERMS,
    _VS,
    BLANK,
    NAMED_BLANK,
    _abbreviates,
    _clean_name,
    _contains_phrase,
    _emphasised,
    _eponym,
    _holds_words,
    _item_id,
    _variants,
)
from bot.text import (
    STOPWORDS,
    has_verb_forms,
    is_common_word,
    key,
    stem,
    strip_markup,
    terms,
    verb_roots,
    words,
)

# "This bending of light as it travels between two materials is called **refraction**": a textbook
# names a thing after saying what it is; "This" points at the words after it, not at unseen text
_NAMED_HERE = re.compile(
    rf"^(?:This|These)\s+(?P<what>.+?)\s+(?:is|are)\s+(?:then\s+)?(?:called|known as|termed|named)\s+"
    rf"(?:(?:the|a|an)\s+)?{re.escape(BLANK)}"
)
# "The molecular shape is referred to as ____": a definite name of two words says of what only in the
# line above; "The bending of light … is called ____." says what the blank is, as "____ is …" does.
# So after a clause: "With more clay in its structure, the limestone is known as ____" (the freshwater
# limestone of the sentence before), "…, each layer is known as ____" (graded BAD twice, r253)
_THE_NAMED = re.compile(
    rf"^(?:The|[^,]{{3,80}},\s+(?:the|each))\s+(?P<what>.+?)\s+(?:is|are)\s+(?:\w+\s+)?"
    rf"(?:called|known as|termed|referred to as|named)\s+(?:(?:the|an?)\s+)?{re.escape(BLANK)}"
)
_NAMES_BLANK = re.compile(
    rf"^(?:The|An?)\s+\S.*\s+(?:is|are)\s+(?:called|known as|termed|named)\s+(?:(?:the|an?)\s+)?"
    rf"{re.escape(BLANK)}\W*$"
)

# words after a glossary line's first word that make it a verb ("plays a key role") or keep it a noun
# ("rules that govern …", "shares of a firm")
_DETERMINERS = frozenset("a an the its their his her some each every".split())
_NOUN_FOLLOWERS = STOPWORDS - _DETERMINERS | {"that", "which", "who", "whose"}


# "Governments used tariffs to control imports, a practice called protectionism.": a sentence that
# ends by naming what it described
_CALLED_AT_END = re.compile(
    r"\b(?:called|known as|termed|referred to as)\s+(?:(?:the|an?)\s+)?"
    r"(?P<term>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2})\s*[.;]?\s*$"
)


def _one_head(a: str, b: str) -> bool:
    """Two names, one the other with more words before the same head ('babbling', 'variegated
    babbling'; 'misrepresentation', 'innocent misrepresentation'): the wider and a kind of it. Not
    'linguist' and 'linguistic expression', which share a stem but no head."""
    wa, wb = words(a), words(b)
    if not wa or not wb or wa == wb or stem(wa[-1]) != stem(wb[-1]):
        return False
    return set(wa) <= set(wb) or set(wb) <= set(wa)


def _substance(phrase: str) -> int:
    """How many words of substance a phrase holds (not 'the', 'of', 'it')."""
    return sum(1 for w in words(phrase) if w not in STOPWORDS and len(w) > 2)


def _named_here(text: str) -> str:
    """"This <what it is> is called ____" as "The <what it is> is called ____" when what it is says
    enough alone (three words of substance: not "This process is called ____")."""
    m = _NAMED_HERE.match(text)
    if m is None:
        return text
    what = m.group("what")
    if _substance(what) < 3 or _POINTER_WORDS.search(what):
        return text
    return "The " + text[text.index(" ") + 1 :]


# words written short with a point inside a sentence ("esp. in", "var. capitata"): no sentence ends there
# (the one list of them, which the sentence splitter reads too)
_ABBREVIATED = "(?:" + "|".join(sorted(ABBREVIATED_WORDS)) + ")"

# "a term introduced by William Graham Sumner in 1906": a line that says who named a term
_NAMED_BY = re.compile(
    r"^(?:an?|the)\s+(?:term|word|phrase|concept|name|expression)\s+(?:first\s+)?"
    r"(?:introduced|coined|used|proposed)\s+(?:first\s+)?by\b",
    re.IGNORECASE,
)


class Blanks:
    # -- clozes --------------------------------------------------------------------------------
    def _clozes(
        self,
        chunk: Chunk,
        entry: Entry,
        sentence: str,
        subjects: set[str],
        first_of_body: bool,
        lead: str = "",
    ) -> list[_Fact]:
        sentence = re.sub(r"\*{3,}", "**", sentence)
        # "... is called **refraction**. ![water refraction.png](...)": a picture beside it is not read
        pictured = re.sub(r"\s*!\[[^\]\n]*\](?:\([^)\n]*\)?)?", "", sentence).strip()
        if pictured != sentence:
            # the splitter does not end a sentence at a picture: two sentences may sit either side of it
            said = sentences(pictured)
            if len(said) > 1:
                made = [self._clozes(chunk, entry, one, subjects, first_of_body, lead) for one in said]
                return [f for facts in made for f in facts][:2]
            sentence = pictured
        bolds = list(_BOLD.finditer(sentence))
        called = False
        if not bolds:
            named = _CALLED_AT_END.search(sentence)
            if named is None:
                return []
            # "..., a practice called protectionism.": the naming words set the term out as bold would
            start, end = named.span("term")
            sentence = f"{sentence[:start]}**{sentence[start:end]}**{sentence[end:]}"
            bolds = list(_BOLD.finditer(sentence))
            called = True
        plain_sentence = _plain(sentence)
        sw = words(plain_sentence)
        if len(sw) < 5 or len(plain_sentence) > 260 or "~" in sentence or "http" in sentence:
            return []
        if plain_sentence.rstrip(" *_").endswith("?"):
            return []  # "What protein factor binds the initiator tRNA in **eukaryotes**?": a question asked
        out: list[_Fact] = []
        for m in bolds:
            raw = m.group(1) or m.group(2)
            term = _plain(raw).strip(" .,:;!?")
            if not term or _VS.search(term):
                continue
            if len(words(term)) > max(3, 0.6 * len(sw)):
                continue  # a bold sentence, not a term
            leading = not sentence[: m.start()].strip(" *_-")
            if subjects & {key(a) for a in self.aliases_of(term)}:
                continue  # the statement item asks for it already
            if sentence[m.end() :].lstrip().startswith(":") and leading:
                continue  # a label
            parts = (
                [p.strip() for p in re.split(r"\s+&\s+|\s+and\s+", term)]
                if re.search(r"\s(?:&|and)\s", term)
                else [term]
            )
            for part in parts:
                fact = self._cloze(chunk, sentence, m, raw, part, entry, first_of_body, called, lead)
                if fact is not None:
                    out.append(fact)
            if len(out) >= 2:
                break
        return out

    def _cloze(
        self,
        chunk: Chunk,
        sentence: str,
        m: re.Match,
        raw: str,
        answer: str,
        entry: Entry,
        first_of_body: bool,
        called: bool = False,
        lead: str = "",
    ) -> _Fact | None:
        aw = words(answer)
        if (
            not aw
            or len(aw) > 5
            or len(answer) < 3
            or not _NAMELIKE.fullmatch(answer)
            or "(" in answer
            or all(w in STOPWORDS for w in aw)
        ):
            return None
        if len(aw) == 1 and (aw[0] in _VAGUE or len(answer) < 4 or answer.lower().endswith("ly")):
            return None
        if aw[0] in _BASE_VERBS or aw[0] in _AUX or (len(aw) > 1 and aw[0] == "apply"):
            return None  # "apply deprotonation": an action has many right phrasings, a term has one
        if len(aw) == 1 and answer.islower() and self._common(aw[0]):
            return None
        if aw[0] in STOPWORDS or (
            len(aw) == 1
            and answer[:1].isupper()
            and answer[1:].islower()
            and self._forms[answer.lower()] >= max(2, self._forms[answer] / 2)
        ):
            return None  # 'no all users' or 'Direct': not a term worth recalling
        inner = raw.replace(answer, "\x01", 1) if answer in raw else "\x01"
        blanked = sentence[: m.start()] + "\x00" + sentence[m.end() :]
        text = _plain(blanked).replace("\x00", _plain(inner)).replace("\x01", BLANK)
        text = re.sub(r"\s+", " ", text).strip()
        text = re.sub(r"\s+([,.;:!?])", r"\1", text)
        text = re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", text)  # a list item's mark left in a nested line
        if text.count(BLANK) != 1:
            return None
        text = _named_here(text)
        naming = _THE_NAMED.match(text)
        if naming and _substance(naming.group("what")) < 3:
            return None  # "The molecular shape is referred to as ____": of what, the line above says
        first = words(text)[:2]
        subjectless = bool(first) and (
            first[0] in _AUX or first[0].endswith("ed") or self.is_verb(first[0], "".join(first[1:2]))
        )
        pointing = _POINTER_WORDS.search(text) or _ORDINAL_START.match(text)
        if _PRONOUN_START.match(text) or subjectless or pointing:
            return None  # "This makes them ____": a heading in front does not say what "this" is
        # "The bending of light as it travels between two materials is called ____." says what the
        # blank is, as "____ is the bending of light ..." does
        about_blank = (
            re.match(rf"^(?:(?:A|An|The)\s+)?{re.escape(BLANK)}", text) is not None
            or _NAMES_BLANK.match(text) is not None
            or NAMED_BLANK.search(text) is not None
        )
        if not about_blank and not self.names_in(text.replace(BLANK, " "), any_kind=True):
            return None  # "Treatment involves ____.": of what, only the heading the reader can't see says
        if not (called and self._named_term(answer)) and not self._key_term(answer):
            return None  # a blank on a phrase has many right fills; a term of the notes has one
        label = _clean_name(entry.label) if entry.label else ""
        if (
            first_of_body
            and label
            and not _VS.search(label)
            and label not in text
            and key(label) not in self._fields | _FIELD_LABELS  # "Structure:" labels every item alike
        ):
            text = f"{label}: {text}"
        elif lead and not _contains_phrase(words(text), lead):
            # "Eubacteria :" over "- Cell wall contains … called ____": the list's subject is the lead's,
            # and without it cellulose and chitin fill the blank too (graded BAD three times, r243-r292)
            text = f"{lead}: {text}"
        opening = re.match(rf"^(?:(?:A|An|The)\s+)?{re.escape(BLANK)}\s+(\S+)\s*(\S*)", text)
        if opening and not (
            opening.group(1).lower() in _AUX
            or self._verbal(opening.group(1))
            or self.is_verb(opening.group(1), opening.group(2))
        ):
            return None  # "____ global infrastructure which ...": the blank is no sentence's subject
        between = re.search(rf"([A-Za-z]+)\s+{re.escape(BLANK)}\s+([A-Za-z]+)\s*(\S*)", text)
        if (
            between
            and between.group(1).islower()  # "Acme ____ is": a qualifier of the name, not a subject
            and between.group(1) not in STOPWORDS
            and not self._verbal(between.group(1))
            and (between.group(2).lower() in _AUX or self.is_verb(between.group(2), between.group(3)))
        ):
            return None  # "Small or burst style workloads ____ makes sense": a name dropped between two
        rest = words(text.replace(BLANK, " "))
        if len([w for w in rest if w not in STOPWORDS and w.isalpha() and len(w) > 2 and w != "vs"]) < 3:
            return None
        if text.rstrip().endswith(":") or text.count("(") != text.count(")"):
            return None
        if re.match(rf"^{re.escape(BLANK)}:?\s+[A-Z][a-z]", text):
            return None  # a run-in heading ('**Resource Policy** A bucket can ...'), not a term in a sentence
        tw = words(text)
        for alias in self.aliases_of(answer):
            if _contains_phrase(tw, alias):
                return None
        subject_first = re.match(rf"^(?:(?:A|An|The)\s+)?{re.escape(BLANK)}", text) is not None
        if self._names_section(chunk, answer) and not subject_first:
            # "About 25% of patients with bulimia nervosa have comorbid ____" under "Kleptomania": only
            # the heading the reader does not see narrows the blank to the section's own subject
            return None
        if any(self._paired(answer, other) for other in self.names_in(text.replace(BLANK, " "), True)):
            return None  # "Unlike ____, reversal is not allowed under US GAAP": the other of a pair
        accept = sorted(self._spellings_of(answer))
        return _Fact("cloze", text, answer, sentence, chunk, "cloze", extra=accept)

    def _spellings_of(self, answer: str) -> set[str]:
        """What a blank on ``answer`` accepts typed: its own variants, and another name the glossary
        joined to it when that is this one written otherwise (an acronym, more or fewer words of it),
        never a neighbour merged by mistake."""
        same = {
            a
            for a in self.aliases_of(answer)
            if _holds_words(a, answer) or _abbreviates(a, answer) or _abbreviates(answer, a)
        }
        spellings = _variants(answer, same)
        # 'DiGeorge' for 'DiGeorge syndrome' is a person's name, which the notes never write in lower case;
        # 'Nucleon' of 'Nucleon density' is a thing of its own ("nucleons", graded a wrong answer taken)
        cut = {n.rsplit(" ", 1)[0] for n in [answer, *same] if _eponym(n)}
        lower = {v for v in cut if self._forms[v.lower()] + self._forms[v.lower() + "s"]}
        return (spellings - lower) | self._doings_named(answer)

    def _doings_named(self, answer: str) -> set[str]:
        """The noun the notes write for a doing that is the blank ("Observing" and "observation",
        "Interviewing" and "interview"): the learner who types the noun names the same method
        (graded a right answer refused, nursing notes, r326)."""
        word = answer.strip()
        if " " in word or len(word) < 7 or not word.lower().endswith("ing"):
            return set()
        base = word[:-3].lower()
        forms = {base + "ation", base + "ion", base, base + "e", base + "ment"}
        return {f for f in forms if self._forms[f] + self._forms[f.capitalize()]}


    @cached_property
    def _lower_texts(self) -> list[str]:
        return [strip_markup(c.text).lower() for c in self.chunks]  # "_producer surplus_" names it too

    def _mentions(self, name: str) -> set[int]:
        """The chunks that name ``name`` (any of its aliases), by position. Not the glossary's
        ``Entity.chunks``, which records a name only where its longest-match lookup lands: with it,
        blanks graded BAD as the other of a pair ('income statement and ____') came back."""
        found = self._mentioned.get(key(name))
        if found is None:
            pats = [
                (a.lower(), re.compile(rf"(?<![\w-]){re.escape(a.lower())}(?![\w-])"))
                for a in self.aliases_of(name) | {name}
                if len(a) >= 2
            ]
            # the plain substring test first: most chunks hold none of the name, and it is cheap
            found = {
                i for i, t in enumerate(self._lower_texts) if any(a in t and p.search(t) for a, p in pats)
            }
            self._mentioned[key(name)] = found
        return found

    def _paired(self, a: str, b: str) -> bool:
        """Whether the notes name ``a`` and ``b`` together more often than not ('IFRS' and 'US GAAP',
        'income statement' and 'balance sheet'): a blank beside one is filled by naming the other."""
        if self.same_thing(a, b):
            return False
        ma, mb = self._mentions(a), self._mentions(b)
        both = len(ma & mb)
        # together in a third of the chunks of the two (by geometric mean), however common each is:
        # a rare name beside a common word ('Ionic bonds' and 'electron') is no pair
        return both >= 2 and both * both * 9 >= len(ma) * len(mb)

    def _verbal(self, word: str) -> bool:
        """'work', 'result': a base verb, known to the list or met in the notes as '-ed' or '-ing'."""
        w = word.lower()
        if w in _BASE_VERBS:
            return True
        if not w.isalpha() or not w.islower() or len(w) < 3:
            return False
        root = w[:-1] if w.endswith("e") else w
        return any(self._chunk_df[form] for form in (root + "ed", root + "ing", w + "ed", w + "ing"))

    def _key_term(self, answer: str, defined_here: bool = False, bold: bool = False) -> bool:
        """A term the notes set out (a heading, a table row, a definition, an acronym, a compared name)
        or name again and again: worth recalling, and the notes' own word for it. A label its own
        line defines (``defined_here``: "**syllable** - a unit of speech …") is set out by that line,
        and the line is of it alone, so an everyday word is no less its one name; so is one a
        sentence defines in bold (``bold``: "A **transaction** is an atomic unit of work …")."""
        e = self.entity(answer)
        if e is None or len(answer.split()) > 3 or "generic" in e.kinds:
            return False
        if " " not in answer and answer.islower() and is_common_word(answer) and not (defined_here or bold):
            return False  # "manual", "invoked": an everyday word has synonyms that fit the blank as well
        ws = answer.split()
        verb_first = ws[0].lower() in _BASE_VERBS or ws[0].lower() in _ADVERBS
        if len(ws) > 1 and (verb_first or self.is_verb(ws[0], ws[1])):
            return False  # "apply deprotonation": an action, typed in many ways, not a term
        return defined_here or bool(e.kinds & SET_OUT_KINDS) or (bold and "bold" in e.kinds)

    def _named_term(self, answer: str) -> bool:
        """A name a sentence gives in so many words ("..., a practice called protectionism"): a term by
        the naming, whether or not the notes set it out again, unless a word the notes use all through
        or an action."""
        ws = answer.split()
        if len(ws) == 1 and answer.islower() and self._common(answer):
            return False  # a word the notes use all through ('function') has other fills as good
        return not (ws[0].lower() in _BASE_VERBS or ws[0].lower() in _ADVERBS)

    def _common(self, word: str) -> bool:
        """A word in more than a few percent of the chunks is too everyday for a one-word blank."""
        return self._chunk_df.get(word, 0) > max(3, 0.04 * len(self.chunks))

    def _recall(self, fact: _Fact) -> QuizItem | None:
        """A term the notes define, with no rivals the notes set beside it, asked the other way round:
        its definition with the name blanked ("____ is the amount a seller is paid for a good minus
        the cost"), answered by typing the name. Notes written as prose define term after term in
        sentences and set few of them side by side; a definition fits the one thing it defines, so
        no rivals are needed and none are guessed. One per term: its first definition. A label over
        its line is asked by that line (``_recall_label``)."""
        if fact.kind == "mapping":
            return self._recall_label(fact)
        if fact.kind != "statement" or not (_DEFINES_WHAT.match(fact.pred) or self._stated_term(fact)):
            return None
        if _RATES.match(fact.pred):
            return None  # "… is the most important …": a blank other words fill as well
        lead = re.match(r"^(In “[^”]+”, )?[Ww]hich (?:one|of these) ", fact.prompt)
        if lead is None or key(fact.answer) in self._recalled:
            return None
        if not any(_emphasised(a, fact.explanation) for a in self.aliases_of(fact.answer)) and not (
            ACRONYM.fullmatch(fact.answer)
        ):
            # a textbook sets the term it defines in bold or italics; graders kept 32 of 41 such blanks,
            # and 44 of 83 of terms written plainly ("Lenz's law is a necessary consequence of ...").
            # An acronym is set apart by its capitals ("DHCP is a client/server protocol that …")
            return None
        in_bold = any(
            re.search(rf"(?:\*\*|__)\s*{re.escape(a)}\s*(?:\*\*|__)", fact.explanation, re.IGNORECASE)
            for a in self.aliases_of(fact.answer)
        )
        if not self._recallable(fact.answer, fact.pred, bold=in_bold):
            return None
        said, opening = words(_plain(fact.explanation)), " ".join(words(fact.pred)[:3])
        if not any(_contains_phrase(said, f"{a} {opening}") for a in self.aliases_of(fact.answer)):
            return None  # the sentence must say "X is ..." itself, not of a heading's or a label's X
        text = re.sub(r"\?$", ".", f"{lead.group(1) or ''}{BLANK} {fact.prompt[lead.end():]}")
        return self._recall_item(fact, text)

    def _recallable(self, answer: str, pred: str, defined_here: bool = False, bold: bool = False) -> bool:
        """Whether a term and what the notes say it is make a blank worth typing: a term the notes set
        out, one thing, not named all through the notes, and a definition of substance."""
        if not self._key_term(answer, defined_here, bold) or len(set(terms(pred)) - _VAGUE_TERMS) < 4:
            return False
        if re.match(r"^(?:is|are)\s+(?:an?|the)\s+\w+ly\b", pred):
            return False  # "Shape is a actually bent": a slip of the notes, not "X is a <kind>"
        if re.search(r"\s(?:and|or|in|&)\s", answer):
            return False  # 'Depreciation and amortisation' (two terms), 'Event in Statistics' (a heading)
        if len(self._mentions(answer)) > max(12, 0.06 * len(self.chunks)):
            return False  # a name the notes use all through ('Function' in notes on code): trivial to recall
        # "HTTP is an example of ...": one of many; '__init__.py' is code to type
        return not _APPRAISAL.match(pred) and re.fullmatch(r"[A-Za-z][\w' -]*", answer) is not None

    def _recall_label(self, fact: _Fact) -> QuizItem | None:
        """A term a list defines ("**larynx** - cartilage and muscle at the top of the trachea") with no
        rivals of its kind beside it, asked by its line and answered by typing it: a chapter's
        vocabulary mixes kinds, and a rival of another kind gives the key away, but a definition
        fits the one term it defines. A line that is a sentence of its own ("Kubernetes restarts
        containers that fail") says what the term does, not what it is, and is not asked so."""
        m = re.match(r"^(In “[^”]+”, )?[Ww]hich one is described as “(.+)”\?$", fact.prompt)
        if m is None or key(fact.answer) in self._recalled:
            return None
        if fact.pool != "term" or fact.one_point:
            return None  # "Brain: stereoscopic vision …" is one of Brain's points, not what it means
        if not self._recallable(fact.answer, fact.pred, defined_here=True):
            return None
        setting, desc = m.group(1) or "", m.group(2).rstrip(" .;:")
        if ":" in setting or not self._says_what_it_is(desc):
            return None
        set_out = any(_emphasised(f"{fact.answer}{colon}", fact.explanation) for colon in ("", ":"))
        if len(fact.group) < 2 and not set_out:
            # "SMTP: multiple object in multipart message" among remarks is a remark with a label; a
            # bold one ("**allurement:** site or object that …") is a term set out where it is defined
            return None
        labels = [*fact.group, *self._file_labels.get(fact.chunk.source, [])]
        if any(_one_head(g, fact.answer) for g in labels):
            return None  # 'babbling' over 'variegated babbling': the wider term fits its line too
        # "class of words grouped … ; part of speech": another name after the definition is the
        # notes' synonym, which the blank would take as well; it is accepted, not shown
        other = re.match(r"^(?P<desc>.{12,}?);\s*(?P<alias>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,2})$", desc)
        also = ()
        if other and not any(w.lower() in _AUX for w in other.group("alias").split()):
            desc, also = other.group("desc").rstrip(" ,"), (other.group("alias"),)
            if len(set(terms(desc)) - _VAGUE_TERMS) < 4:
                # "some organ formation; heart beat" of 'embryo': what is left says too little to fill
                # the blank with one term ('fetus' is "higher level organ formation")
                return None
        if re.match(r"(?:is|are)\s", desc, re.IGNORECASE):
            text = f"{setting}{BLANK} {desc[0].lower()}{desc[1:]}."  # "Is a flat collection of objects"
        elif desc[:1].islower() or re.match(r"(?:An?|The)\s", desc):
            lead = f"{setting}the" if setting else "The"
            text = f"{lead} term for “{desc[0].lower()}{desc[1:]}” is {BLANK}."
        else:
            return None
        return self._recall_item(fact, text, also)

    @cached_property
    def _file_labels(self) -> dict[str, list[str]]:
        """The labels of every list in each file ("**babbling** - …" over its sub-list), by source."""
        labels: dict[str, list[str]] = {}
        for c in self.chunks:
            entries, _ = self.parsed[c.id]
            labels.setdefault(c.source, []).extend(_clean_name(e.label) for e in entries if e.label)
        return labels

    def _did(self, word: str) -> bool:
        """'proposed', 'wrote', 'believe': a verb's past or base form, the notes' or English's."""
        if word in STOPWORDS:
            return False
        if word in _PAST_VERBS or self._verbal(word):
            return True
        return word.endswith("ed") and any(self._verbal(word[:-n]) for n in (1, 2))

    def _does(self, word: str) -> bool:
        """'contains', 'plays', 'carries': a verb in the third person, the notes' or English's."""
        if not word.endswith("s") or word.endswith("ss") or len(word) < 4:
            return False
        return any(self._verbal(r) or has_verb_forms(r) for r in verb_roots(word))

    def _says_what_it_is(self, desc: str) -> bool:
        """Whether a label's line is a definition ("ring of muscle tissue that forms the colored
        portion of the eye …"), not a clause of its own ("highest trading partner will stay", "the
        atrium is rapidly triggered"), an instruction ("target a blood pressure of 130/80"), a
        formula ("drop income = rise demanded"), quoted tags ('unreliable, "best-effort"'), an
        example ("either Pia likes logic or she likes stats") or another name ("aka voice box; …")."""
        ws = desc.split()
        if not ws or re.search(r"[=<>→\"“]", desc):
            return False
        if _NAMED_BY.match(desc):
            # "a term introduced by William Graham Sumner in 1906": who named it, not what it is; the
            # same author named others ('Folkways', 'mores'; graded BAD, r243)
            return False
        # (an aside in brackets and the "and" before the last member are no words of a member:
        # "kidney disease (polyuric phase), diarrhea, steatorrhea, and wound drainage (especially …)")
        bare = re.sub(r"\s*\([^()]*\)", "", desc)
        parts = [re.sub(r"^(?:and|or)\s+", "", p.strip()) for p in re.split(r"[,;]", bare) if p.strip()]
        if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
            # "dementia, parkinsons disease, stroke, sensory impairment, advanced age": members of a
            # category, which another category's members may share ('predisposing' or 'pre-existing
            # medical conditions'?), typed into a blank with no choices to tell them (graded BAD, r243)
            return False
        if re.match(r"(?:is|are)\s", desc, re.IGNORECASE):
            return True  # "Is a flat collection of objects": the line goes on from its label
        if re.match(r"(?:aka|e\.g|i\.e|see|cf)\b", desc, re.IGNORECASE):
            return False  # "aka voice box; …": another name first, which is no definition
        first = ws[0].lower()
        if first in _BASE_VERBS or first in _AUX or first in _FRAGMENT_OPENERS or first == "either":
            return False  # "either Pia likes logic or …": an example, a condition, not what a thing is
        if self._did(first):
            return False  # "wrote Essay on the Principles of Population": what someone did, not a term
        after = ws[1].lower().strip(",;()") if len(ws) > 1 else ""
        # "claims held by creditors", "functions defined inside another": a plural noun and its
        # participle; "plays a key role", "contains cysteine": a verb and what it takes
        following = ws[2].lower().strip(",;()") if len(ws) > 2 else ""
        past = after in _PAST_VERBS or (after.endswith("ed") and self._did(after))
        # "cells lining the gut", "forces acting on a body": a participle; "causes swelling and
        # itching": a verb and its objects, joined (reviews 68 and 69)
        present = after.endswith("ing") and following not in ("and", "or", "nor")
        participle = past or present
        if self._does(first) and (after in _DETERMINERS or not (participle or after in _NOUN_FOLLOWERS)):
            # what a thing does, which other things do too, not what it is ("The term for …" asks that)
            return False
        if re.search(r",\s*who\b", desc, re.IGNORECASE):
            # "a female utopian socialist, who wrote …": one person, whom no term names ("someone who
            # throws away his shield" defines one)
            return False
        if ": " in desc:
            return False  # "variable: video encoding rate changes …": a label of its own inside
        plain = [w.lower().strip(",;()") for w in ws]
        for i, w in enumerate(plain):
            # a verb of its own, but not one of a clause on a noun ("a unit that is stressed")
            if w in _AUX and not {"that", "which", "who", "whose", "where"} & set(plain[max(0, i - 3) : i]):
                return False
        return True

    def _recall_item(self, fact: _Fact, text: str, also: tuple[str, ...] = ()) -> QuizItem | None:
        """The blank ``text`` on ``fact``'s term, typed, taking its spellings and the names in
        ``also``; one per term."""
        if re.search(r"[a-z0-9)]\. [A-Z]|\b(?!" + _ABBREVIATED + r"\.)[a-z]{3,}\. [a-z]", text):
            # "... for gain. It is not a psychiatric pathology.", "church gigues. didn't write opera": two
            # sentences, one of them bare
            return None
        source = fact.chunk.citation
        item_id = _item_id("cloze", source, text, fact.answer)
        self._recalled.add(key(fact.answer))
        self.recall_ids.add(item_id)
        accept = sorted(self._spellings_of(fact.answer) | set(also))
        return QuizItem(
            item_id,
            "cloze",
            text,
            (),
            fact.answer,
            readable(fact.explanation),
            source,
            fact.topic or self.topics[fact.chunk.id],
            fact.chunk.id,
            tuple(a for a in accept if key(a) != key(fact.answer)),
        )
