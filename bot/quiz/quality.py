"""Would a strict teacher post this item? Gates every quiz candidate must pass, and a score to rank by.

One silly question in a channel costs the bot its credibility, so the bank keeps fewer, better items.
The gates turn away what the quiz rubric calls bad: leftover markup or links, a stem that leans on text
the reader can't see ("This ...", "Option 2", "then"), a negative stem true of every option, code or
configuration lines passed off as descriptions, a stem that gives the answer away, choices of mixed
kinds. Survivors are scored (how the item was made, how well its choices match) and near-duplicates are
dropped, best first. Nothing here names a term of any field: only the shape of the text counts.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from rapidfuzz.distance import OSA, Levenshtein

from bot.ingest.units import looks_like_code, mostly_words
from bot.quiz.items import QuizItem, fact_key
from bot.quiz.wording import (
    _BRACKETED,
    COUNTS_KINDS,
    GIVEN,
    NAMED_BLANK,
    SETTING,
    _listed,
    is_affix,
    is_symbol,
    lists_the_other,
)
from bot.text import (
    STOPWORDS,
    is_common_word,
    is_dictionary_word,
    names_its_answer,
    same_root,
    spells_out,
    stem,
    words,
)
from bot.text import singular as _singular

BLANK = "____"

# ('~~struck~~': a line the notes cross out, or mark in a way a chat shows struck through)
# ("except for multiples of three*)": a footnote's star, its footnote out of sight; a name's own star,
# as 'A*' and 'IDA*', is no word of three small letters)
_MARKUP = re.compile(
    r"[a-z]{3}\*(?![*\w])|~~|\]\(|https?://|www\.|</?[a-zA-Z][^>]*>|<[a-z]+/?$|<\s*/?\s*br\b|\*\*|(?<!_)__(?!_)|`|\$[^$]+\$|\\[a-zA-Z]{2,}|\^\{|_\{|&[a-z]+;|!\["
)
# Words that point at text the reader can't see, at the start of a stem or a described clause.
_LEANS_ON = re.compile(
    r"^(?:this|these|that|those|it|its|it's|they|them|their|then|also|here|there(?!\s+(?:are|is)\b)|such|same|above|below|"
    r"former|latter|both|another|other|next|previous|finally|additionally|similarly|however|so|thus|hence|"
    # "Secondly, if there are such interests …": the second limb of a test the line before set out
    r"secondly|thirdly|fourthly|lastly|second(?=,)|third(?=,)|"
    r"otherwise|instead|again|likewise|furthermore|moreover|meanwhile|he|she|his|her|we|you|your|our|"
    r"therefore|consequently|accordingly|whereas|nevertheless|nonetheless|or|and|but|nor|still|"
    r"option\s*\d+|step\s*\d+|case\s*\d+|example\s*\d*|e\.g|i\.e|note|"
    # "If enabled, the load balancer generates a cookie …": enabled what? a condition with no subject
    r"(?:if|when|once|unless)\s+\w+ed(?=\s*,))\b(?![-‐])",  # ('Next-fit', 'Self-healing': one word)
    re.IGNORECASE,
)
# A line that opens with an equals sign or an arrow goes on from the line above it: "= 1st year of the
# calendar, called the ____" under "622 CE -- the journey to Medina" (graded BAD, history notes, r341)
_GOES_ON = re.compile(r"^(?:=>?|->|-->|→|⇒|∴)\s")
# Phrases anywhere in a stem that point back at text the reader can't see ("a second threat to the
# magistrates": the first was in the line before; "a second at best" is a time)
_POINTS_BACK = re.compile(
    r"\b(?:the latter|the former|for example\W*$|e\.g\.?\W*$|the above|as above|as mentioned|"
    # "are all the other costs a company incurs": other than those the line before named (a definition
    # by what is left over); "unlike all the other planets", "than all the others" set the key against
    # the rest of its kind, which the stem names
    r"(?:(?:are|is|includes?|covers?|means?|comprises?)\s+|(?<=“))all the others?\b|"
    r"on the other hand|by contrast|in contrast(?! to)|the earlier (?!stages?\b)|"
    # "if there are such interests": the interests the line before named ("such as", "such that" say)
    # ("Eisenstein exaggerated such contrast with …": the contrast the line before drew)
    r"\bsuch (?!as\b|that\b)(?:an?\s+)?[a-z]+\b(?!(?:\s+[a-z]+){0,2}\s+(?:as|that)\b)|"
    # "self explanatory. If this is high, tends to raise spending": a line that says it needs no saying
    # says nothing the stem can ask by (graded BAD, economics notes, r341/r342)
    r"\bself[- ]?explanatory\b|\bas (?:the|its) name (?:suggests|implies|says)\b|"
    r"mentioned (?:above|before|earlier)|aforementioned|aforesaid|described (?:above|before|"
    r"earlier)|the following|shown (?:above|below)|as follows|the previous|the next|the same way|"
    # "achieve the same result": as what the line before showed; "is used to do so": to do what?
    r"the same (?:result|output|outcome|effect|thing|task|job)s?\b(?!\s+as\b)|\bdo(?:ing)? so\b|"
    r"this (?:one|case|step|example|approach|method|way)|in this|of this|for this|these (?:two|three|steps)|"
    # "During this period, the Supreme Court put …": the period the line before named (graded BAD,
    # politics notes, r333); "from this point forward" is an idiom, now on
    r"\b(?:during|at|by|after|before|since|until|throughout|from) (?:this|that|these|those) "
    r"(?:period|time|era|point|stage|phase|years?|decades?|century|moment|date|age)\b"
    r"(?!\s+(?:forward|onwards?|on)\b)|"
    # ("the three-dimensional structure", "the two-way handshake": one word, no count of things above)
    r"the two(?![-‑])|the three(?![-‑])|"
    r"\ba second (?!(?:at|in|on|or|and|to|of|for|per|after|before|later|than|is|was)\b)[a-z]|"
    # "A fifth variation is …, known as ____": the four the lines before counted off (r336); 'a third
    # party' is a party to none of them
    r"\ba (?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?!(?:part(?:y|ies)|person)\b)[a-z]|"
    r"\bboth\s+(?:\w+\s+){0,2}?\w+s\b(?![^?]*\band\b)|"
    r"option\s*\d|step\s*\d|situation\s*\d|scenario\s*\d|figure\s*\d|fig\.|table\s*\d|"
    # "the table created by the query in question 1": an exercise of the course, unseen
    r"(?:question|exercise|problem|task|activity)\s*\d|"
    # "water droplets produced through these things": the things the line is about, unnamed
    r"\b(?:these|those) things\b|\bthis thing\b|"
    r"see (?:above|below|fig|figure|section|chapter|table|image|link|here|the (?:above|below|following))|"
    r"see (?:the )?(?:next|previous|last|following) (?:slides?|pages?)\b|"
    r"see (?:the|my|your|our) (?:handout|notes|slides?|video|lecture|textbook)\b|"
    # "Warehouse Storage: see text p459": the course's book, which the reader has not (r336)
    r"\bsee (?:the )?(?:text|textbook|book|reading)\b|"
    r"see (?:slides?|pages?|lecture|video|handout)\s*#?\d+|see (?:p|pp)\.\s*\d|"
    # "3 conditions for econ. efficiency: pp. 169-170": pages of the course's book, which the reader has not
    r"\bpp\.\s*\d+|"
    # "the one we are learning about now", "in this lecture": the course the notes were taken in
    r"(?:we|I)(?:'re| are| am| were| will be)? (?:learning|studying|covering|doing|looking at) "
    r"(?:now|today|here)|(?:we|I)(?:'re| are| am) (?:learning|studying|covering) about|"
    r"in (?:this|today's|the) (?:lecture|class|video|course)|"
    # "chapter 1 of Onno Pols' lecture notes", "see my class notes": someone's course material, not a
    # thing of the field ("Chapter 11 of the Bankruptcy Code", "the Cornell method splits class notes")
    r"(?:\b(?:my|our|your|these|this|his|her|their)|[A-Z][\w-]*(?:'s?|’s?))\s+(?:lecture|course|class)\s+"
    r"(?:notes|slides|handouts?)\b)",
    re.IGNORECASE,
)
# "this trigger", "those values": a thing the reader was shown before, not in the stem
# ("also known as" names a synonym; "those methods which ..." is defined on the spot)
_DEMONSTRATIVE = re.compile(
    r"(?<!which of )\b(?:this|also(?!\s+(?:known|called|referred|named)\b)"
    # "those variables which …", "those parts of the kiln which …": bound by the clause that follows
    r"|(?:these|those)(?!\s+\w+(?:\s+of\s+(?:the\s+)?\w+(?:\s+\w+)?)?\s+(?:which|that|who|whose|where)\b))\b",
    re.IGNORECASE,
)
_THEN = re.compile(r"\bthen\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|when)\b", re.IGNORECASE)  # "if ... then" is one sentence's logic
_DUNDER = re.compile(r"(?<![\w_])__[a-z][a-z0-9_]*__(?![\w_])")  # a name such as __init__, not bold
_NAME_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_NEGATIVE = re.compile(
    r"\b(?:not|cannot|can't|isn't|doesn't|don't|won't|never|except|none|no longer)\b", re.IGNORECASE
)
# "Floor() function", "len()": a function named with its brackets, as notes on code write one
_FUNCTION_NAME = re.compile(r"[A-Za-z_][\w.]*\(\)(?:\s+(?:function|method))?")
_QUOTED = re.compile(r"“([^”]*)”")
_HYPHEN = re.compile(r"(?<=[A-Za-z])[-‐](?=[A-Za-z])")
# "the classical theory (above) fails …": the theory the lines before set out, in an aside
_ASIDE_BACK = re.compile(r"\((?:see |as )?(?:above|below)\)", re.IGNORECASE)
# two words said twice running ("than one than one"), or a small word twice ("the the", "of of")
_STUTTER = re.compile(
    r"\b(\w+ \w+) \1\b|\b(the|a|an|of|to|in|on|for|and|or|is|are|with) \2\b", re.IGNORECASE
)
# a word of four letters or more twice running ("called photons photons"), or a run of five words said
# again in one line ("Light is composed of particles called So light is composed of particles called"):
# an edit left half done in the notes
_DOUBLED_WORD = re.compile(r"\b([A-Za-z]{4,})\s+\1\b", re.IGNORECASE)
_REPEATED_RUN = re.compile(r"\b((?:\w+\s+){4}\w+)\b.*\b\1\b", re.IGNORECASE)


def _stutters(text: str) -> bool:
    """Words said twice where the notes meant them once; a doubled word that is a name or a small word
    of grammar ('Bora Bora', "that that") is said so on purpose."""
    if _STUTTER.search(text) or _REPEATED_RUN.search(text):
        return True
    return any(
        m.group(1).lower() not in STOPWORDS and is_common_word(m.group(1).lower())
        for m in _DOUBLED_WORD.finditer(text)
    )


# "more shallow curve", "results in a more steep curve", "even more shallow curve": a comparison whose
# other side is the line before it in the notes (the reader never sees the list's order)
_BARE_COMPARATIVE = re.compile(
    r"^(?:(?:results?\s+in|has|have|is|are|gives?|shows?)\s+)?(?:an?\s+|the\s+)?"
    r"(?:even\s+|much\s+|far\s+)?(?:more|less)\s+[a-z]+",
    re.IGNORECASE,
)
# "milder version that is noticeable but less impairing": an adjective's comparative opening the line
# (the comparatives a blank is read for, below, and more that open a line of a list)
_ER_WORDS = (
    "harder|easier|higher|lower|greater|smaller|larger|faster|slower|better|worse|cheaper|stronger|weaker"
)
_BARE_ER = re.compile(
    rf"^(?:an?\s+|the\s+)?(?:even\s+|much\s+|far\s+)?(?:{_ER_WORDS}|milder|longer|shorter|bigger|simpler|"
    r"safer|newer|older|wider|narrower|deeper|heavier|lighter)\b",
    re.IGNORECASE,
)
# two words or short phrases and nothing else: "broadcast, optional", "response, optional"
_TWO_TAGS = re.compile(r"[\w-]+(?: [\w-]+)?, [\w-]+(?: [\w-]+)?")
# "Marx argued that a worker does not fulfill himself …", "Durkheim believed …": what a person held,
# quoted as what a thing is (graded odd twice and three times, sociology notes)
_SOMEONE_HELD = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:argued|argues|believed|believes|claimed|claims|thought|thinks|"
    r"stated|states|said|says|wrote|writes|held|holds|felt|feels|maintained|maintains|insisted|insists)\b"
)
# "____ is the amount ...", "In “Markets”, ____ refers to ...": the blank is the term being defined
_DEFINED_BLANK = re.compile(rf"^(?:(?:The|A|An) )?{re.escape(BLANK)} (?:is|are|refers? to|means?)\b")
# a shell prompt ("$ ls", "> run") but not a comparison ("> 25 °C" of a table cell)
_CODEISH = re.compile(
    r"=>|==|!=|<=|>=|::|->|\{|\}|;\s*$|^\s*[$#>]\s(?!\d)|\(\)|\w\(|\b[a-z_][a-z_0-9]*=\S|--\w|\w_\w|\.\w+\("
)


def _codeish(text: str) -> bool:
    """Whether a line reads as code, an arrow between words of a sentence aside ("API->etcd, pod
    created, pod id created, but not running on the node": the steps of a flow, not a pointer)."""
    if not _CODEISH.search(text):
        return False
    if mostly_words(text):
        return _CODEISH.search(re.sub(r"(?<=\w)\s*(?:->|=>)\s*(?=\w)", " to ", text)) is not None
    return True


# a method's name and parameters ("__sub__(self, other)"): a name to know, not a line of code
_SIGNATURE = re.compile(r"^[A-Za-z_][\w.]*\([\w\s,=\[\]*]*\)$")
_NUMBERISH = re.compile(r"^(?=\D*\d)[\s\d.,%:/+\-x×*()$€£]+[a-zA-Z]{0,3}$")  # ('-one' is an affix)
# 'jul 2003', 'March 4, 1865', '12 Oct 1492', '1763': a date
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(rf"(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}})", re.I)
# 'Oct', 'Aug 4', '12 March': a day of some year the line does not say, the year living in a heading above
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEARLESS = re.compile(
    rf"(?:{_MONTH_NAME}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME})", re.I
)
# "Cave and Wolf (1990)", "Treisman et al. 1980": who said it and when, not what it is
_CITATION = re.compile(
    r"^[A-Z][\w'-]+(?:,?\s+(?:and|&)\s+[A-Z][\w'-]+|\s+et\s+al\.?)?,?\s+\(?\d{4}[a-z]?\)?$"
)
# "p.8, slide 4 & p.9, slide 2", "see chapter 3, fig. 2": where to look, not what a thing is
# (an abbreviation only with its dot, a number only whole: 'p53', 'CH4', 'P2P' and 'Chapter 11
# bankruptcy' name things, review 84)
_POINTER = re.compile(
    r"\b(?:[Pp]p?|[Pp]gs?|[Cc]h|[Ff]ig|[Ss]ec)\.\s*\d+\b|\b(?:[Pp]ages?|[Ss]lides?)\s*\d+\b"
)
# "$3000 per month", "5 cents per GB", "$0.02/hour": a price, true of any choice that costs that
_PRICE = re.compile(
    r"^~?[$€£]?\d[\d,.]*\s*[a-zA-Z$€£%]{0,6}\s*(?:per\s+|/\s*|an?\s+|each\s+)[a-zA-Z]+$", re.IGNORECASE
)
# "Normally less than 0.44 s", "up to 5 mm": a bound on a value, true of every choice whose value is inside it
_BOUND_ONLY = re.compile(
    r"^(?:\w+ly\s+)?(?:(?:less|more|fewer|greater|lower|higher|longer|shorter)\s+than|up\s+to|at\s+(?:least|most)|"
    r"under|over|above|below|[<>≤≥])\s*~?\d[\d.,]*\s*[A-Za-z%/]{0,6}\.?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Scored:
    item: QuizItem
    score: float


def _unbound_demonstrative(text: str) -> bool:
    """A "this", "these", "those" or "also" that points outside the text. "… make choices … the
    results of those choices" and "well-defined goals … fulfil those goals" point at words said
    before them in the same line, which the reader sees."""
    for m in _DEMONSTRATIVE.finditer(text):
        if m.group(0).lower() == "also":
            if re.search(r",\s+(?:which|who)\s+$", text[: m.start()]):
                continue  # "… from a parent class, which also inherits …": the clause's own noun
            return True
        after = re.match(r"\s+([A-Za-z-]+)", text[m.end() :])
        before = {stem(w) for w in words(text[: m.start()])}
        if after is None or stem(after.group(1).lower()) not in before:
            return True
    return False


_LABELLED_LINE = re.compile(r"^(?P<label>[A-Z][\w.'/-]*(?:,? [\w'/-]+){0,5}): \S")  # 'M.71: cadential …' too


# what follows a symbol in a formula: counts and other symbols, to the end ('O₂' of 'SiO₂', 'P' of 'InP')
_FORMULA_GOES_ON = re.compile(r"[\d\u2080-\u2089]*(?:[A-Z][a-z]?[\d\u2080-\u2089]*)*$")
# "…, they realized that the continents …": a clause whose subject, just after a comma, is "they" and
# a past verb is about people the line before named ("The cells, after they divided" names them first)
_CLAUSE_PRONOUN = re.compile(r",\s+they\s+(?!need\b|proceed\b|exceed\b)[a-z]{3,}ed\b")
# "these types of cells", "those kinds of firms": kinds a line before named
_THESE_KINDS = re.compile(r"\b(?:these|those)\s+(?:types?|kinds?|sorts?|forms?)\s+of\b", re.IGNORECASE)
# "… how the ego manages conflict among these forces" (of the Superego, graded BAD, r329): the things the
# lines around it named, not said in it
_THESE_THINGS = re.compile(
    r"\b(?:among|between|of|from|with|to|for|on|in)\s+(?:these|those)\s+(?:[a-z]+\s+)?[a-z]{3,}s\b",
    re.IGNORECASE,
)
# "minor1st", "chapter2nd": a word and an ordinal with the space between them lost
_RUN_ON = re.compile(r"\b[A-Za-z]{3,}\d{1,2}(?:st|nd|rd|th)\b")
# "shows the combinations of output that the Obviously, it's …": a line broken off after an article and
# the next sentence run into it; no article comes before an '-ly' adverb or a pronoun
# ('the We Will Rock You anthem', 'the It miniseries': a title after an article; a pronoun starts a
# sentence only with its verb after it, an adverb only with its comma, review 84)
_BROKEN_OFF = re.compile(
    r"\b(?:the|a|an)\s+(?:(?P<adverb>[A-Z][a-z]{4,})ly,|(?:However|Therefore),|"
    r"(?:It|This|These|They|We|You)\s+(?:is|was|are|were|has|have|had|can|will|would|should|may|might|must|does|did)\b|It's\b)"
)
# "(days in length due to )", "(see )": a bracket closed on a word that needs more after it, the rest lost
_CUT_SHORT = re.compile(r"\b(?:to|of|by|for|with|from|the|an|see|due|than)\s+\)")


# a line that opens on a few words in quotes and goes on after a comma ('"results in", temporal …')
_QUOTED_SCRAP = re.compile(r"^[\"“][^\"”]{1,40}[\"”]\s*,")


def _labelled(line: str) -> bool:
    """Whether a line opens with a label of its own, a short name and a colon ("Purkinje cells: …",
    "Basket cells, stellate cells: …"), not a clause ("Two stages happen here: …")."""
    m = _LABELLED_LINE.match(line)
    if m is not None:
        return not any(w in STOPWORDS for w in words(m.group("label").replace(",", " ")))
    # "m.41: galant style …", "fortepiano: type of piano …": a lower-case label, a place in a score or a
    # word no dictionary has, names its own thing too ("contrast: gentle melody" is a remark)
    # ("puedo maquillarme: I can make up myself": an example in another language, labelled)
    low = re.match(r"^(?P<label>[a-z][\w.'/-]*(?: [a-z][\w.'/-]*){0,2}): \S", line)
    return low is not None and (
        any(c.isdigit() for c in low.group("label"))
        or not any(is_common_word(w) for w in low.group("label").split())
    )


def _symbol_initial(item: QuizItem) -> bool:
    """"f is positive for converging lenses" for 'focal length' among image distance and magnification:
    a quantity's one-letter symbol in the stem, the initial of the key's name and of no rival's, names
    it (graded BAD twice). Lower-case letters only: 'a' and 'i' are words, and a capital letter may open
    a sentence or name a type ("Type B")."""
    stem = SETTING.sub("", item.prompt)
    letters = set(re.findall(r"(?<![\w'’.\-/])([b-hj-z])(?![\w'’\-/]|\.\w)", stem))
    firsts = [c.strip()[:1].lower() for c in item.choices]
    return any(_key_alone(item, [f == letter for f in firsts]) for letter in letters)


def _key_alone(item: QuizItem, marks: list) -> bool:
    """Whether the key, and no rival, has the mark (one entry per choice, in their order): what the
    stem says that only the key answers to gives the key away."""
    return bool(marks[item.answer]) and sum(map(bool, marks)) == 1


# "the organ is …": a noun with its article and no clause or phrase after it that says which one
_THE_ONE = re.compile(
    r"\bthe\s+([a-z]{3,})\b(?!\s+(?:that|which|who|whom|whose|where|when|of|in|on|at|with|for|to|from|by|as|"
    r"called|known|named)\b)",
    re.IGNORECASE,
)


def _one_of_a_kind_unnamed(item: QuizItem) -> bool:
    """Whether a line speaks of "the organ" under a heading of that kind ("Accessory Digestive Organs")
    that the question does not name one of: the notes meant the heading below it ('Pancreas'), which
    the learner never sees ("80% of the organ is composed of acinar cells" of Exocrine, graded BAD
    four times, anatomy notes, r326)."""
    path = [h.strip() for h in item.source.split(" › ")[1:]]
    kinds: dict[str, list[str]] = {}
    for i, heading in enumerate(path):
        ws = words(heading)
        if len(ws) >= 2 and ws[-1].isalpha() and _singular(ws[-1].lower()) != ws[-1].lower():
            kinds[_singular(ws[-1].lower())] = path[i + 1 :]  # a heading of a kind, and those below it
    if not kinds:
        return False
    asked = [item.prompt, *(item.choices if item.kind == "definition" else ())]
    for text in asked:
        for m in _THE_ONE.finditer(text):
            below = kinds.get(m.group(1).lower())
            # (a line right under the kind's own heading speaks of any one of them: "what the role is
            # allowed to do" under "IAM Roles"; so does one under a heading of what is done with them,
            # "Importing individual elements from the module")
            one = words(below[0]) if below else []
            named = 0 < len(one) <= 3 and m.group(1).lower() not in {_singular(w.lower()) for w in one}
            if named and not any(h in item.prompt for h in below):
                return True
    return False


def problems(item: QuizItem) -> list[str]:
    """Why a strict teacher would not post ``item`` (empty: nothing found)."""
    out: list[str] = []
    prompt = item.prompt
    texts = [prompt, *item.choices] + ([item.answer] if item.is_cloze else [])
    if any(_MARKUP.search(_DUNDER.sub("x", t)) for t in texts):
        out.append("markup or a link")
    if len(prompt) < 20 or len(prompt) > 230:
        out.append("stem too short or too long")
    stem = SETTING.sub("", prompt)
    if item.kind == "code":
        stem = GIVEN.sub("", stem)  # "With data = 'He is John. …'": a string of the example, not a sentence
    described = _QUOTED.findall(stem)
    after_label = stem.split(": ", 1)[1] if ": " in stem[:60] else ""
    opened = [*map(_after_question_word, described), *map(_after_subordinator, described)]
    parts = [stem, after_label, *described, *opened]
    leans = any(part and _LEANS_ON.match(part.strip(" “”\"'(")) for part in parts)
    # "= 1st year of muslim calendar, called the ____": a line that goes on from the one above it
    leans = leans or any(part and _GOES_ON.match(part.strip(" “”\"'(")) for part in parts)
    if leans or _opening_clause_leans(stem) or _names_what_they_are(stem) or _one_of_a_kind_unnamed(item):
        out.append("leans on unseen text")
    # inside a quoted description "this value" is the thing described, the answer itself
    unquoted = _QUOTED.sub("“”", prompt) if item.kind == "mapping" else prompt
    if (
        _POINTS_BACK.search(prompt)
        or _ASIDE_BACK.search(prompt)
        or _unbound_demonstrative(unquoted)
        or _CLAUSE_PRONOUN.search(unquoted)
    ):
        out.append("points at unseen text")
    elif any(_THESE_KINDS.search(d) or _THESE_THINGS.search(d) for d in described):
        # "tissue is composed of these types of cells" (of Parenchyma): the kinds the line before named,
        # and said of each rival as well (graded meaningless alone, r229)
        out.append("points at unseen text")
    elif any(map(_compares_to_unseen, [*described, *(item.choices if item.kind == "definition" else ())])):
        out.append("points at unseen text")  # "Which one is described as “more shallow curve”?" than what?
    elif _THEN.search(prompt) and not _CONDITION.search(prompt):
        out.append("points at unseen text")  # "The logged writes are then performed": a step after another
    texts = [prompt, *(item.choices if item.kind in ("mapping", "definition", "statement", "table") else ())]
    if _VAGUE_THING.search(prompt) or any(_SHORTHAND.search(t) for t in texts):
        # "Which one has 1 thing sending messages to the queue?" (graded BAD twice, r214 and r216),
        # "accepts a list of things": a note-taker's shorthand that names no thing a choice is told by;
        # "maintain @same dose", "++risk of brady": marks standing for words ("at", "increased")
        out.append("vague wording")
    if not item.is_cloze and _negative(stem.split("“")[0]):
        out.append("negative stem")
    # "Which one is the act of ... development. Sticking to ...?": two sentences asked as one
    if not item.is_cloze and re.search(r"[a-z0-9)]\. [A-Z]", _QUOTED.sub("“”", stem)):
        out.append("two sentences in one stem")
    # "Purkinje cells: Inhibitory, GABAergic" for Projection: a line with a label of its own names the
    # thing it is about, and the question asks for its category by the name
    lines = described if item.kind == "mapping" else list(item.choices) if item.kind == "definition" else []
    if any(_labelled(d) for d in lines):
        out.append("a label inside the description")
    if any(_QUOTED_SCRAP.match(d) for d in lines):
        # '"results in", temporal delay not relevant' as what the cause of death is: words in quotes,
        # then a comma, quote the notes' shorthand and say nothing alone (graded BAD three times,
        # forensics notes, r354-r359)
        out.append("a scrap of the notes as a description")
    signatures = all(_SIGNATURE.match(c) for c in item.choices) if item.choices else False
    # a command's choices are code by design, and so are a notation's symbols ('\\s', '{m,n}'); its
    # description is still prose
    coded = [] if item.kind == "code" or _symbols(item) else item.choices
    if any(_codeish(d) or looks_like_code(d) for d in described) or any(
        _CODEISH.search(c) for c in coded if not signatures and not _FUNCTION_NAME.fullmatch(c)
    ):
        out.append("code, not prose")
    if (
        item.kind == "mapping"
        and described
        and isinstance(item.answer, int)
        and len(described[-1].split()) < len(item.answer_text.split())
    ):
        out.append("back to front: a label described by a longer name")
    if any(d.count("=") >= 2 or d.count(":") >= 2 for d in described):
        out.append("a formula or settings, not prose")
    bare = (_NUMBERISH, _BOUND_ONLY, _CITATION, _PRICE)
    told = item.choices if item.kind == "definition" else ()  # the lines offered as what a thing is
    if any(_points_elsewhere(d) for d in [*described, *told]):
        out.append("a reference, not a description")
    if any(any(p.match(d) for p in bare) for d in described if d) or any(
        _CITATION.match(c) or _PRICE.match(c) for c in told
    ):
        out.append("a bare value described")
    dates = [bool(_DATE.fullmatch(c.strip())) for c in item.choices]
    if item.kind == "mapping" and isinstance(item.answer, int) and dates[item.answer] and not all(dates):
        # "jul 2003: Ali Isildar drowned …" in a case's timeline: a date labels an event, it names
        # no thing to choose among 'Protocol' and 'Case' (graded BAD); among a timeline's other
        # dates it is a fair "when"
        out.append("a date as a name")
    if item.kind == "mapping" and not item.is_cloze and COUNTS_KINDS.search(item.answer_text):
        # "main 4 types of institutions: banks, trust companies, …" is the list's heading, no name to
        # choose: its line matches the stem by being a list (graded BAD, accounting notes, r326)
        out.append("a count of kinds as a name")
    if item.kind == "mapping" and not item.is_cloze and _YEARLESS.fullmatch(item.answer_text.strip()):
        # "Which one is described as “Nixon elected president”?" over 'Nov' among 'Jun' and 'Aug': the
        # year was the list's heading ("1968: A Pivotal Year"), which the question leaves out (history
        # notes)
        out.append("a month without its year")
    if item.kind == "mapping" and any(_TWO_TAGS.fullmatch(d) for d in described):
        # "broadcast, optional" of one DHCP message and "response, optional" of another: two tags
        # jotted beside a name tell it apart from nothing (graded two right answers)
        out.append("tags, not a description")
    if any(_SOMEONE_HELD.match(d) for d in [*described, *told]):
        out.append("a person's claim, not a description")
    if (
        prompt.count("“") != prompt.count("”")
        or prompt.count("(") != prompt.count(")")
        or any(t.count("[") != t.count("]") for t in [prompt, *item.choices])
    ):
        out.append("unbalanced quotes or brackets")  # "Carbon monoxide [CO": a name cut short
    if any(map(_stutters, [*texts, *([item.answer] if item.is_cloze else [])])):
        out.append("garbled: words said twice")  # "more than one than one arrangement", "the the"
    if any(_RUN_ON.search(t) for t in texts):
        out.append("garbled: words run together")  # "b minor1st verse": a line break lost
    if any(_broken_off(t) for t in [*texts, item.explanation]) or any(map(_dangles, described)):
        out.append("garbled: a sentence broken off")
    if any(_CUT_SHORT.search(t) for t in texts):
        out.append("garbled: a phrase cut short")
    if _gives_away(item):
        out.append("gives the answer away")
    if not item.is_cloze:
        out.extend(_choice_problems(item))
    else:
        out.extend(_cloze_problems(item))
    return out


def _points_elsewhere(text: str) -> bool:
    """Whether a line only says where to look ("p.8, slide 4 & p.9, slide 2 page 8 of ib data
    booklet"): once its page, slide and chapter numbers are gone, a few words are left at most."""
    if not _POINTER.search(text):
        return False
    rest = [w for w in words(_POINTER.sub(" ", text)) if w not in STOPWORDS and not w.isdigit()]
    return len(rest) <= 4


def _broken_off(text: str) -> bool:
    """Whether an article stands before a pronoun or an adverb of an adjective ("the Obviously,"):
    a line cut off and the next sentence joined to it, not a name ('the Assembly', 'the Early Republic')."""
    return any(
        m.group("adverb") is None or is_dictionary_word(m.group("adverb").lower())
        for m in _BROKEN_OFF.finditer(text)
    )


# "… can be primary key but not", "… made of carbon and": a line that stops on a word leading on
# (a preposition may end an English sentence: "… expected to be aware of"; 'A' is a name: "class A")
# ("yield to maturity - return from holding to": a doing and its 'to' lead on to what, r331)
_DANGLING = re.compile(r"\s(?:(?:but|and|or)\s+not|and|or|but|nor|the|an?|[a-z]{3,}ing\s+to)$")


def _dangles(text: str) -> bool:
    """Whether a quoted description stops on a word that leads into more ("… but not"): the notes
    broke the line off, and what it says is half a thought."""
    text = text.strip().rstrip(" .,;:")
    return len(text.split()) >= 4 and _DANGLING.search(text) is not None


def _compares_to_unseen(text: str) -> bool:
    """A short line that is a comparison with no other side ("more shallow curve"): in the notes it
    follows a sibling's line and means "than that one"; alone it says nothing. A trend that states both
    sides ("More s-character = stronger acid") or a "than" is whole."""
    said = len(text.split())
    return (
        (_BARE_COMPARATIVE.match(text.strip()) is not None and said <= 6)
        or (_BARE_ER.match(text.strip()) is not None and said <= 8)
    ) and not re.search(r"\bthan\b|=|→|->", text)


def _after_question_word(text: str) -> str:
    """'how they are put together' -> 'they are put together': the pronoun of unseen text behind a
    question word leans on that text as much as one in front."""
    return re.sub(r"^(?:how|what|why|where|when|whether)\s+", "", text.strip(), flags=re.IGNORECASE)


def _after_subordinator(text: str) -> str:
    """'Because they had just ended the Stamp Act, …' -> 'they had just …': a clause opened by "because"
    or "when" leans on unseen text through a pronoun after it as much as one in front."""
    return re.sub(
        r"^(?:because|since|although|though|while|whereas|whenever|even\s+(?:if|when|though)|when|"
        r"after|before|until|once|if|unless|as\s+soon\s+as|now\s+that|as)\s+",
        "",
        text.strip(),
        flags=re.IGNORECASE,
    )


# the subject a main clause after a participle's clause points back with ("… their called ____")
_REDUCED_CLAUSE_SUBJECT = re.compile(r"\b(?:they|they're|their|them|it|it's|these|those)\b", re.IGNORECASE)
# what a stem's opening clause points back with ("When it melts", "When that happens", "Since then"):
# not "other", "there" or "above", which open clauses of their own ("When other factors are held …")
_CLAUSE_LEANS = re.compile(
    r"^(?:this|these|those|that|it|its|it's|they|them|their|then|such|same|former|latter|"
    r"he|she|his|her|him)\b",
    re.IGNORECASE,
)
# "you", "we": anyone, in a stem's opening clause as anywhere ("If you call len() on a list, …")
_GENERIC_PERSON = re.compile(r"^(?:you|your|we|our|both)\b", re.IGNORECASE)
# a person's pronoun, which the name opening the main clause binds ("Before he became president, Lincoln …")
_PERSON_PRONOUN = re.compile(r"^(?:he|she|his|her|him)\b", re.IGNORECASE)


def _opening_clause_leans(stem: str) -> bool:
    """"When it melts, glacial till is dropped in piles called ____": the "it" of the clause a stem opens
    with is the glacier of the line before, and "When that happens", "Since then" point back as much.
    A person's pronoun is bound by the name the main clause opens with ("Before he became president,
    Lincoln …"); "you" is anyone (review 68)."""
    clause = _after_subordinator(stem)
    if clause == stem.strip():
        return False
    if re.match(r"[a-z]+ed\b", clause) and _REDUCED_CLAUSE_SUBJECT.search(clause):
        # "if attached in pairs their called ____": a clause cut to its participle has the main clause's
        # subject for its own, and a pronoun there names what the line before did (graded BAD, r229)
        return True
    if not _CLAUSE_LEANS.match(clause) or _GENERIC_PERSON.match(clause):
        return False
    if not _PERSON_PRONOUN.match(clause):
        return True
    main = clause.split(",", 1)[1].strip() if "," in clause else ""
    return not main[:1].isupper()


# "…, they're called ____": the things a sentence's "they" names, a plural noun said before it or not
_THEY_NAMED = re.compile(
    r"\bthey(?:'re|\s+are|\s+were)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?"
    r"(?:called|known as|termed|referred to as|named)\b",
    re.IGNORECASE,
)


def _names_what_they_are(stem: str) -> bool:
    """"Like in Python, for example, they're called ____": what "they" are is the line before, and the
    blank names it (graded as leaning on unseen text). A plural noun before the pronoun is what it
    stands for ("liquids with high vapor pressures evaporate easily, they are called ____")."""
    named = _THEY_NAMED.search(stem)
    if named is None:
        return False
    before = [w for w in words(stem[: named.start()]) if w.islower() and w not in STOPWORDS]
    return not any(len(w) > 3 and _singular(w) != w for w in before)


# "those variables of outer functions which are …": a clause of the noun after "those", not of the key
_THOSE_WHICH = re.compile(r"\bthose\s+[\w\s]{1,40}?\b(?:which|that|who)\s+(?:are\s+|is\s+|do\s+|does\s+)?$")


_VAGUE_THING = re.compile(r"\b(?:1|one|a list of|some)\s+things?\b", re.IGNORECASE)
# a mark written for a word in prose: "@" before a word ("@severe renal impairment", not an address
# or a decorator in code), "++" or "-=" before one ("++risk", "-=HR")
_SHORTHAND = re.compile(r"(?:^|(?<=[\s(/]))(?:@(?=[a-z0-9])|\+\+(?=[a-z])|-=(?=[A-Za-z]))")


def _negative(stem: str) -> bool:
    """Whether a stem asks by what is not so ("Which one cannot …?"), which every rival may satisfy.
    "whether 2 objects are the same or not" asks both ways, and "the keyword None" names a value."""
    for m in _NEGATIVE.finditer(stem):
        if m.group(0) == "None" and m.start() > 0:
            continue
        if m.group(0) == "NOT" and re.search(r"\b[A-Z][A-Za-z]+\s+$", stem[: m.start()]):
            continue  # 'Bitwise NOT', 'Logical NOT': an operation's name in capitals, not a negation
        if _THOSE_WHICH.search(stem[: m.start()]):
            continue  # "access those variables of outer functions which are not global": of the object
        ends = not stem[m.end() :].strip(" ?")
        if m.group(0).lower() == "not" and ends and re.search(r"\bor\s+$", stem[: m.start()]):
            continue
        return True
    return False


# a count written as a figure or as a word of how many times ("for only 1 node", 'ReadWriteOnce'); the
# word "one" is left out: "Which one …" opens most stems
_COUNTS = {
    **dict.fromkeys(("1", "once", "single"), "#1"),
    **dict.fromkeys(("2", "twice", "double", "dual"), "#2"),
    **dict.fromkeys(("3", "thrice", "triple"), "#3"),
}


def _stems(text: str) -> set[str]:
    """Content words stemmed and cut to six letters, so 'atoms' meets 'atomic', 'cells' 'cell' and
    'horizontally' 'horizontal', but 'kubelet' not 'kubernetes' nor 'container' 'controller'; a
    camelCase name counts as its words ('NodePort' has 'node' and 'port'), and a count as its figure
    ('Once' meets "1")."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    # a compound written with a hyphen is the word written solid too ('up-regulation', "upregulation")
    joined = [c.replace("-", "") for c in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)+", text)]
    # (a figure alone: not of a formula or a range, "N-1", "1-2 days")
    said = re.findall(r"[a-z]+|(?<![\w.,+*/^–-])\d+(?!\w|[.,]\d|\s*[+*/^–-])", text.lower())
    counts = {_COUNTS[w] for w in said if w in _COUNTS}
    return counts | {
        stem(w)[:6] for w in words(" ".join([text, *joined])) if w not in STOPWORDS and len(w) > 2
    }


def _run_together_with(word: str, name: str) -> bool:
    """Whether ``name`` is ``word`` (three letters or more) and a dictionary word of four letters or
    more written solid: 'bit' in 'bitwise', 'work' in 'workload'."""
    rest = name[len(word) :]
    if len(word) < 3 or not word.isalpha() or not name.startswith(word):
        return False
    return len(rest) >= 4 and is_dictionary_word(rest)


def _tokens(text: str) -> set[str]:
    """Stems plus the short names and symbols a stem can echo ("Cl" in "Cl⁻" and "H-Cl", "io1")."""
    short = {t.lower() for t in re.findall(r"[A-Za-z][A-Za-z0-9\u2080-\u2089]*", text) if len(t) >= 2}
    return _stems(text) | {t for t in short if t not in STOPWORDS and (len(t) <= 3 or not t.isalpha())}


# endings that make a word of another ('pay' -> 'payable', 'manage' -> 'management')
_DERIVING = frozenset("able ible ment er ers or ors ance ence ive ity".split())


# endings that make a noun of a verb's root ('stor' + 'age', 'reflect' + 'ion'): a key so made from a
# word of the stem ("blood is not stored …" for 'Storage') is named by it
_NOUN_OF_VERB = frozenset("age ages ion ions ation ations ing ment ments".split())


def _noun_of(root: str, ending: str) -> bool:
    """Whether ``root`` + ``ending`` makes a noun of the verb: 'stor' + 'age', 'reflect' + 'ion'. A
    root of four letters takes no '-ion' ('pass' + 'ion' is no passing, 'stat' + 'ion' no stating)."""
    return ending in _NOUN_OF_VERB and (len(root) >= 5 or not ending.startswith(("ion", "ation")))


# participles that join a clause, not verbs of the stem's subject ("including the wall" names no
# 'Inclusions', "provided that" no 'Provision')
_CONNECTIVES = frozenset(
    "including excluding provided providing regarding concerning depending according".split()
)


# what follows that root: a noun's '-ion', an adjective's '-ive' ("the evidence is included in …" names
# 'Inclusive evidence' beside 'Exclusive evidence', graded a giveaway twice, forensics notes, r354)
_SION_ENDINGS = ("ion", "ions", "ive", "ively")


def _sion_root(root: str) -> str:
    """The form a verb's root takes before '-ion' when its last consonant turns to s: 'adher' of
    "adhere" -> 'adhes' of 'Adhesion', 'decid' -> 'decis', 'extend' -> 'extens', 'permit' -> 'permiss'
    (not 'explor' of "explore", which makes no 'explosion'). English morphology, so "… when they adhere
    to the endothelium" names 'Neutrophil adhesion'. '' for a root that ends otherwise."""
    if root.endswith("nd"):
        return root[:-2] + "ns"
    if root.endswith("her") or re.search(r"[aeiou]d$", root):
        return root[:-1] + "s"
    if root.endswith("mit"):
        return root[:-1] + "ss"
    return ""


def _root(word: str) -> str:
    """A word without its inflection and a silent e ('stored' -> 'stor', 'focusing' -> 'focus')."""
    for end in ("ing", "ed", "es", "s", "e"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _name_words(text: str) -> set[str]:
    """The words of a name, not of its asides ('Stamp Act (1765)' -> stamp, act)."""
    return {w for w in words(_BRACKETED.sub(" ", text)) if w.isalpha()}


def _code_abbreviates(answer: str, text: str) -> bool:
    """Whether a name written as code in ``text`` opens with a cut-short word of ``answer``
    ('sem_wait()' and 'sem_post()' for Semaphore, 'str_len' for String): the code spells the key."""
    cut = set()
    for name in re.findall(r"[A-Za-z][\w.]*(?:_\w+|\.\w+|\(\))", text):
        cut |= {p.lower() for p in re.split(r"[_.()]+", name) if len(p) >= 3 and p.isalpha()}
    return any(
        w != c and w.startswith(c) for w in (x.lower() for x in words(answer)) if len(w) >= 6 for c in cut
    )


# "Which one", "one of", "one another": a one that counts nothing
_NOT_A_COUNT = re.compile(
    r"\b(?:which|each|any|no|every|the)\s+one\b|\bone\s+(?:of|another)\b", re.IGNORECASE
)
# How many, in the words of a stem and as the prefix of a name ("Two traits" for Bihybrid, "one
# trait" for Monohybrid, "three shared pairs" for a Triple bond): English and its Greek and Latin prefixes
_COUNTED_PREFIXES = {
    1: (r"one|single|1", r"mono|uni|single"),
    2: (r"two|double|both|pair|2", r"bi|di|duo|double"),
    3: (r"three|triple|3", r"tri|ter|triple"),
    4: (r"four|quadruple|4", r"tetra|quadr?i?|quadruple"),
}


def _counted(text: str, n: int) -> bool:
    text = _NOT_A_COUNT.sub(" ", text)
    return re.search(rf"\b(?:{_COUNTED_PREFIXES[n][0]})s?\b", text, re.IGNORECASE) is not None


def _prefixed(name: str, n: int) -> bool:
    return re.match(rf"(?:{_COUNTED_PREFIXES[n][1]})[a-z]{{3,}}", name.strip().lower()) is not None


def _count_in_prefix(item: QuizItem) -> bool:
    """A clue that is little more than a count, which only the key's name makes by its prefix: "Which
    term is described by 'Two traits'?" among Monohybrid, Bihybrid and Homozygous (graded trivial:
    bi- is two). A clue that says more ("a sequence of two different configurations" for diphthong)
    was kept: the count is one word of a definition; but not one that also says the rest of the name
    ("two molecules involved" for 'bimolecular step'), nor a name asked over the line that counts."""
    key = item.choices[item.answer]
    rivals = [c for i, c in enumerate(item.choices) if i != item.answer]
    if item.kind == "definition":
        # "Which of these describes termolecular step?" over "Requires three molecules …" beside "Two
        # molecules involved …": the count the name's prefix makes picks its line out
        asked = re.search(r"describes\s+(.+?)\?$", SETTING.sub("", item.prompt))
        name = asked.group(1) if asked else ""
        return any(
            _prefixed(name, n) and _counted(key, n) and not any(_counted(c, n) for c in rivals)
            for n in _COUNTED_PREFIXES
        )
    quoted = re.search(r"“([^”]*)”", item.prompt)
    if quoted is None:
        return False
    stem_text = quoted.group(1)
    said = [w.lower() for w in re.findall(r"[A-Za-z]{5,}", stem_text)]
    for n in _COUNTED_PREFIXES:
        if not (_prefixed(key, n) and _counted(stem_text, n) and not any(_prefixed(c, n) for c in rivals)):
            continue
        if len(stem_text.split()) <= 3:
            return True
        # a longer clue that says the rest of the name as well ("two molecules involved" for
        # 'bimolecular step': bi- is two, and the molecules are in the clue; graded trivial, r275)
        rest = re.sub(rf"^(?:{_COUNTED_PREFIXES[n][1]})", "", key.strip().lower())
        root = (re.findall(r"[a-z]+", rest) or [""])[0]
        if len(root) >= 5 and any(len(os.path.commonprefix([root, w])) >= 5 for w in said):
            return True
    return False


def _writes_out(short: str, long: str, numbered: bool = False) -> bool:
    """Whether ``long`` writes out a short name of ``short`` by its words' initials, numbers and all
    ("Glucose-6-phosphate dehydrogenase" for G6PD); ``numbered``: only a short name with a number."""
    initials = "".join(w if w.isdigit() else w[0] for w in re.findall(r"[A-Za-z]+|\d+", long)).lower()
    return any(
        len(re.findall(r"[A-Z]", t)) >= 2 and t.lower() in initials and (not numbered or re.search(r"\d", t))
        for t in re.findall(r"\b[A-Z0-9]{3,6}\b", short)
        if not re.fullmatch(r"[IVX]+", t)  # 'Class III': a count, no short name ("is intended in")
    )


def _short_name_spelled(item: QuizItem) -> bool:
    """A short name that the key alone holds and the stem writes out ("Glucose-6-phosphate
    dehydrogenase" for 'G6PD deficiency'), or, with a number in it, that the stem holds and the key
    alone writes out ('G6PD deficiency' asked for 'Glucose-6-phosphate dehydrogenase')."""
    rivals = [c for i, c in enumerate(item.choices) if i != item.answer]
    key_ = item.choices[item.answer]
    if _writes_out(key_, item.prompt) and not any(_writes_out(c, item.prompt) for c in rivals):
        return True
    return _writes_out(item.prompt, key_, numbered=True) and not any(
        _writes_out(item.prompt, c, numbered=True) for c in rivals
    )


def _unframed(item: QuizItem) -> str:
    """The stem without a heading that names two of its choices or more ("In “Inline Policies and
    Managed Policies”, which one …?"): such a heading sets them side by side and points at none; a
    line of code's question without the values the example gave it."""
    given = GIVEN.match(item.prompt) if item.kind == "code" else None
    if given is not None:
        return item.prompt[given.end() :]  # the values a line was given are what it works on
    frame = SETTING.match(item.prompt)
    if frame is None or not item.choices:
        return item.prompt
    common = set.intersection(*(_tokens(c) for c in item.choices))
    said = _tokens(frame.group(1))
    echoes = [(_tokens(c) - common) & said for c in item.choices]
    # "Site of the original criminal activity" under "Location of original criminal activity", beside
    # "Any subsequent locations": the heading says two words or more of the key's that no rival says
    # (graded BAD, forensics notes, r348); "Small intestine" over villi that "line the small intestine"
    # and crypts that "secrete intestinal juice" is the topic both are of
    if isinstance(item.answer, int):
        rivals = set().union(*(e for i, e in enumerate(echoes) if i != item.answer))
        if len(echoes[item.answer] - rivals) >= 2:
            return item.prompt
    if sum(1 for e in echoes if e) >= 2:
        return item.prompt[frame.end() :]
    return item.prompt


# a short name in capitals ('COX', 'ACE'), and a two-letter symbol with its charge or count ('Br⁺', 'Cl2')
_CAPITALS = re.compile(r"(?<![A-Za-z])([A-Z]{3,5})(?![A-Za-z])")
_SYMBOL = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z])(?=[+⁺⁻\u2212⁰¹²³⁴⁵⁶⁷⁸⁹\u2080-\u2089]|\d|-(?![A-Za-z]))"
)
# what a species named after its element ends in: 'bromonium', 'chloride', 'sulfate'
_SPECIES = re.compile(r"(?:onium|ium|ide|ine|ate|ite|ous|ic)$")


def _misspelt_in_key(item: QuizItem, asked: str) -> bool:
    """The key misspells a long word of the stem inside a word of its own: 'Typsinogen' for "the inactive
    form of the enzyme Trypsin", 'Denitification' for "Denitrifying bacteria remove nitrogen" (graded a
    giveaway twice, r316). The notes' typo hides the match from the checks of words and roots, not from
    a reader. A word the dictionary has is no typo, nor one that opens on another letter ('Efferent'
    beside "afferent"), nor one that holds the stem's word as written ('Hexokinase' of "kinases"); a
    misspelling another choice shares tells nothing apart."""
    if len(item.choices) < 2 or not isinstance(item.answer, int):
        return False
    roots = set()
    for w in words(asked):
        r = re.sub(r"(?:ing|ed|es|s)$", "", w.lower()) if len(w) >= 9 else w.lower()
        roots |= {x for x in (r, r[:-1] if r.endswith("y") else r) if len(x) >= 7}

    def misspells(choice: str) -> bool:
        for k in (w.lower() for w in words(choice)):
            if len(k) < 7 or is_dictionary_word(k) or any(r in k or r[:-1] in k for r in roots):
                continue  # the stem's word as written, or its singular ('kinase' of "kinases")
            for r in roots:
                sizes = (len(r) - 1, len(r), len(r) + 1)
                spans = (k[i : i + n] for n in sizes for i in range(len(k) - n + 1))
                # one letter left out, added, changed or swapped with its neighbour
                if any(p[0] == r[0] and OSA.distance(p, r) <= 1 for p in spans):
                    return True
        return False

    return misspells(item.answer_text) and not any(
        misspells(c) for i, c in enumerate(item.choices) if i != item.answer
    )


def _held_inside(item: QuizItem) -> bool:
    """The key is the one choice that holds a short name of the stem inside a word of its own, or
    whose short name a word of the stem holds: 'COX' of "Selective COX-2 inhibitors" inside
    "celecoxib" (a drug named after what it blocks), the symbol 'Br⁺' of "cyclic Br⁺ bridge" opening
    "Bromonium ion". Matching letters is enough, whichever side has the name. Only words the
    embedding model's word list lacks count (a word it has, 'internal', holds 'RNA' by chance); a
    symbol only opening the name of a species of it ('-onium', '-ide', '-ate': not 'Ca²⁺' before
    'cardiomyocytes'); letters inside a word only when two words carry them with one ending, a
    family's mark ('-coxib' of 'celecoxib, etoricoxib'; 'ACE' in 'placenta' alone is chance). With
    no word list the rule finds nothing rather than everything."""
    if len(item.choices) < 2 or not isinstance(item.answer, int):
        return False

    def names(text: str) -> set[tuple[str, bool]]:
        found = {(m.group(1).lower(), False) for m in _CAPITALS.finditer(text)}
        return found | {(m.group(1).lower(), True) for m in _SYMBOL.finditer(text)}

    def holds(text: str, name: str, opening: bool) -> bool:
        found = [w.lower() for w in re.findall(r"[A-Za-z]{5,}", text)]
        found = [w for w in found if w != name and name in w and not is_common_word(w)]
        if opening:
            return any(w.startswith(name) and _SPECIES.search(w) for w in found)
        # inside a word, by chance ('ACE' in 'placenta') unless two words of a family carry it, the
        # same mark after heads of their own: '-coxib' of 'celecoxib', 'etoricoxib' ('placental' is
        # 'placenta' again)
        tails = Counter(w[w.index(name) :] for w in set(found))
        return any(n >= 2 for n in tails.values())

    def between(text: str, asked: str) -> bool:
        return any(holds(text, n, o) for n, o in names(asked)) or any(
            holds(asked, n, o) for n, o in names(text)
        )

    asked = item.prompt
    hits = [between(c, asked) for c in item.choices]
    return _key_alone(item, hits)


# a short name of three to five capitals, not a Roman numeral ('Class II', whose "is intended" is no
# spelling of it; two letters are any two words' initials)
_SHORT_NAME = re.compile(r"\b(?![IVX]+s?\b)[A-Z]{3,5}(?=s?\b)")
# ... and one with a number after it ('HSV1', 'COX2')
_NUMBERED_SHORT = re.compile(r"\b(?![IVX]+s?\b)[A-Z]{3,5}(?=s?\b|\d)")


def _blank_said(answer: str, stem: str) -> bool:
    """A blank's word whose first five letters or more a word of the stem opens with ("If you make a
    pre-payment add an asset called ____" for 'prepaid expense', "lets a class inherit …" for
    'inheritance'): the stem all but writes it."""
    said = {w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", stem)}
    said |= {w.replace("-", "") for w in said}
    for a in (w.lower() for w in re.findall(r"[A-Za-z]{6,}", answer)):
        for b in said:
            n = len(os.path.commonprefix([a, b]))
            if n >= 5 and (n >= 0.7 * len(a) or a.startswith(b)):
                return True
    return False


# the words of counts a symbol's digits stand for ("C7": seventh), in English
_NUMBER_WORDS = {
    "2": ("two", "second"), "3": ("three", "third"), "4": ("four",), "5": ("five", "fifth"),
    "6": ("six",), "7": ("seven",), "8": ("eight",), "9": ("nine", "ninth"), "11": ("eleven",),
    "13": ("thirteen",),
}


def _symbol_spells(item: QuizItem) -> bool:
    """Whether the stem holds a symbol whose parts are the key's words cut short ("C9sus": suspended,
    "CmiMa7": minor, major, seventh) and no rival holds as many of them: a symbol spells its name,
    and reading it off is no knowing it (graded BAD three times). A symbol is a token that mixes
    letters with digits or capitals inside, its letter runs short words ('mi', 'Ma', 'sus')."""
    parts: set[str] = set()
    asked = SETTING.sub("", item.prompt)  # (not "In “20th century”, …")
    quoted = " ".join(_QUOTED.findall(asked))
    for token in re.findall(r"[A-Za-z0-9Δ+-]+", asked):
        if re.fullmatch(r"\d+(?:st|nd|rd|th)", token, re.IGNORECASE):
            continue  # '20th', '1st': an ordinal, no symbol
        mixed = re.search(r"\d", token) and re.search(r"[A-Za-z]", token)
        # (a symbol quoted may be letters alone, 'CmiMa'; outside quotes only one with digits:
        # "the symbol Csus4")
        if not (mixed or (token in quoted and re.search(r"[a-z][A-Z]", token))):
            continue
        for run in re.findall(r"[a-z]+|[A-Z][a-z]*|\d+", token):
            if run.isdigit() and run in _NUMBER_WORDS:
                parts.add(run)
            elif len(run) >= 2:
                parts.add(run.lower())

    def spelled(choice: str) -> set[str]:
        ws = [w.lower() for w in re.findall(r"[A-Za-z]+", choice)]
        return {
            p
            for p in parts
            if any(w.startswith(n) for w in ws for n in _NUMBER_WORDS.get(p, ()))
            or (not p.isdigit() and any(w.startswith(p) and w != p for w in ws))
        }

    if not parts or len(item.choices) < 2 or not isinstance(item.answer, int):
        return False
    mine = spelled(item.choices[item.answer])
    return bool(mine) and all(not mine <= spelled(c) for i, c in enumerate(item.choices) if i != item.answer)


def _one_root(a: str, b: str) -> bool:
    """Two words of one root with different endings: 'maltose' and 'maltase', 'cube' and 'cuboidal'
    (the shorter one's ending three letters at most and the longer one's five), one of them a word
    of the subject, not of everyday English: 'passed' and 'Passion', 'state' and 'stay' are everyday
    words that share a beginning."""
    if a == b or (is_common_word(a) and is_common_word(b)):
        return False  # 'passed' and 'Passion', 'state' and 'stay': everyday words that share letters
    n = len(os.path.commonprefix([a, b]))
    short, long = sorted((len(a) - n, len(b) - n))
    # four letters of root, or a short word but its final e ('cube'); 'state' and 'stabled' share three
    shorter = min(a, b, key=len)
    rooted = n >= 4 or (n == len(shorter) - 1 and shorter.endswith("e"))
    return rooted and n * 2 >= len(shorter) and short <= 3 and long <= 5


def _compound_echo(item: QuizItem, asked: str) -> bool:
    """Whether a word of the stem is the key's own word joined to an everyday one, and no other choice
    says that word: "pay upfront" over 'front end' beside 'back end' (graded a giveaway, accounting
    notes, r326)."""
    if not item.choices or not isinstance(item.answer, int):
        return False
    own = {w.lower() for w in words(item.answer_text) if len(w) >= 4 and w.lower() not in STOPWORDS}
    others = {w.lower() for i, c in enumerate(item.choices) if i != item.answer for w in words(c)}
    said = {w.lower() for w in words(asked)}
    for w in said - own:
        if len(w) < 6 or not w.isalpha():
            continue
        for part in own - others:
            rest = w[: -len(part)] if w.endswith(part) else w[len(part) :] if w.startswith(part) else ""
            if len(rest) >= 2 and is_common_word(rest) and rest not in _AFFIXES:
                return True
    return False


def _root_inside(item: QuizItem, asked: str) -> bool:
    """Whether a word of the stem holds the root of the key's word inside it, and no other choice
    does: "Used in disulfide linkages" for 'Sulfur' among other elements (graded a giveaway, biology
    notes, r367)."""
    if not item.choices or not isinstance(item.answer, int):
        return False
    own = {w.lower() for w in words(item.answer_text) if len(w) >= 5 and w.isalpha()} - STOPWORDS
    others = [w.lower() for i, c in enumerate(item.choices) if i != item.answer for w in words(c)]
    said = [w.lower() for w in words(asked) if w.isalpha()]
    for o in own:
        root = o[:5] if len(o) >= 8 else o[:4]
        if any(root in w for w in others):
            continue
        # (not "uncommon" for 'common case': the negation says the key's opposite, a lure of its own)
        if any(w.find(root) > 0 and w != o and not _negated(w, root) for w in said):
            return True
    return False


def _negated(word: str, root: str) -> bool:
    """'uncommon' of 'comm', 'nonpolar' of 'pola': the root after a prefix that turns it about."""
    return any(word.startswith(p) and word[len(p) :].startswith(root) for p in _NEGATING)


_NEGATING = ("un", "in", "im", "il", "ir", "non", "dis", "anti", "a")


def _blended(item: QuizItem, asked: str) -> bool:
    """Whether the key is a blend of two words the stem says side by side, each by its opening letters:
    'Redox' for "a reaction involving reduction and oxidation" (graded a giveaway, r367)."""
    if not item.choices or not isinstance(item.answer, int):
        return False
    said = [w.lower() for w in words(asked) if w.isalpha() and w.lower() not in ("and", "or", "&")]
    for name in (w.lower() for w in words(item.answer_text) if 4 <= len(w) <= 8 and w.isalpha()):
        if name in said:
            continue
        for a, b in zip(said, said[1:], strict=False):
            for k in range(3, min(len(a), len(name) - 2) + 1):
                rest = name[k:]
                if a.startswith(name[:k]) and len(rest) >= 2 and b.startswith(rest) and b != rest:
                    return True
    return False


# endings and openings that make another word of a word, not a second word joined to it ('uncommon')
_AFFIXES = frozenset(
    "un re in im il ir dis non pre co de en em ex er or ly ing ed es al ness ment ful".split()
)


def _inside_a_stem_name(answer: str, asked: str) -> bool:
    """'Na+' for "the ion of the current INa", 'Ca2+' for "ICa": the key's capitalised core (one or two
    letters, as a symbol is written) inside a short name of the stem, which carries it as its own part
    (graded giveaways, physiology notes, r367)."""
    m = re.fullmatch(r"([A-Z][a-z]?)\d*[+\-−]*", answer.strip())
    if m is None or len(m.group(1)) < 2:
        return False
    core = m.group(1)
    carried = re.compile(rf"(?<=[A-Z_]){core}(?![a-z])|^{core}(?=[A-Z_])")
    return any(
        tok != core and len(tok) <= len(core) + 3 and carried.search(tok)
        for tok in re.findall(r"[A-Za-z_]+", asked)
    )


def _gives_away(item: QuizItem) -> bool:
    """The stem repeats the distinctive words of the answer's name, or the key is the only choice that
    echoes a word of the stem ("used to import a module" for `import`)."""
    answer = item.answer_text
    asked = _unframed(item)
    seen = item if asked == item.prompt else replace(item, prompt=asked)  # the stem as the checks read it
    # ('PD1' for "binds Programmed Death Protein Ligand 1": the letters of a numbered one as well)
    short = re.fullmatch(r"([A-Z]{2,5})\d{0,2}s?", answer)
    if short and spells_out(short.group(1), asked):
        return True
    # 'GRaSPP' for "Government-wide, Reconciliation, and Statement of Position/Proprietary", 'ARIC-VOICES':
    # a mnemonic's capitals, spelt by the stem's words (graded BAD, r325)
    # (a hyphenated word is one: "Government-wide" is the G alone)
    capitals = "".join(ch for ch in answer if ch.isupper())
    mnemonic = " " not in answer and len(capitals) >= 3 and not short
    if mnemonic and spells_out(capitals, _HYPHEN.sub("", asked)):
        return True
    # 'RyR2' for "type II ryanodine receptor": a short name in mixed case, spelt by its capitals
    mixed = re.fullmatch(r"[A-Z][a-z]?[A-Z][a-z]?\d{0,2}", answer)
    if mixed and not short and spells_out(capitals, asked):
        return True
    if item.choices and _inside_a_stem_name(answer, asked):
        return True
    if item.is_cloze and _blank_said(answer, asked):
        return True
    if item.choices and isinstance(item.answer, int):
        # '69: TFTP' for "Trivial FTP is used …", 'Web Application Firewall (WAF)' for "… a web
        # application firewall": a short name only the key holds, written out in the stem
        others = {t for i, c in enumerate(item.choices) if i != item.answer for t in _SHORT_NAME.findall(c)}
        if any(spells_out(t, asked) for t in set(_SHORT_NAME.findall(answer)) - others if t != answer):
            return True
        # 'HSV1 & HSV2' for "the rash Herpes simplex": the stem writes out all of the short name but
        # the kind its last letter stands for (graded a giveaway, medicine notes, r353)
        rivals = [c for i, c in enumerate(item.choices) if i != item.answer]
        rivals_short = {t for c in rivals for t in _NUMBERED_SHORT.findall(c)}
        # (a family's shared letters, SC of 'SCF' beside 'SCP', tell none of them apart)
        keys_short = {
            t
            for t in set(_NUMBERED_SHORT.findall(answer)) - others - rivals_short
            if not any(r.startswith(t[:-1]) for r in rivals_short)
        }
        if any(_spelt_but_its_kind(t, asked) for t in keys_short):
            return True
    if _code_abbreviates(answer, asked):
        return True
    if _mark_named(item, asked) or _range_spelt(item, asked) or _series_bracketed(item, asked):
        return True
    if _number_matched(item, asked) or _class_apart(item):
        return True
    if _spelt_like_quoted(item, asked) or _affix_matched(item, asked):
        return True
    if _sounds_out(seen) or _initials_given(seen) or _family_letter_given(seen):
        return True
    if _abbreviation_spelt(item, asked) or _compound_echo(item, asked):
        return True
    if _root_inside(item, asked) or _blended(item, asked):
        return True
    if len(item.choices) >= 2 and isinstance(item.answer, int):
        # "Which of these describes AVG?" beside "… at the average value …": the key alone spells out
        # a short name of the stem
        # ('RGs' of "produce more RGs" is the plural of RG, radial glial cells')
        for name in re.findall(r"\b([A-Z]{2,5})s?\b", asked):
            spelled = [spells_out(name, c) for c in item.choices]
            if _key_alone(item, spelled):
                return True
        common = set.intersection(*(_tokens(c) for c in item.choices))
        stem_words = _tokens(asked)
        stem_full = {w.lower() for w in _NAME_TOKEN.findall(asked) if len(w) >= 4}
        stem_short = {w.lower() for w in _NAME_TOKEN.findall(asked) if len(w) >= 3} - STOPWORDS
        # the stem's words without their endings ('stored' -> 'stor'), for the nouns made of them
        stem_roots = {_root(w) for w in stem_short if len(w) >= 5}
        sion_roots = {_sion_root(_root(w)) for w in stem_short if len(w) >= 5 and w not in _CONNECTIVES}
        sion_roots = {r for r in sion_roots if len(r) >= 5}

        shared = set.intersection(*({w.lower() for w in _NAME_TOKEN.findall(c)} for c in item.choices))

        def echo(choice: str) -> set[str]:
            mine = _tokens(choice) - common
            # "ion" in the key, "ionic" in the stem: a short word the stem's longer word begins with
            grown = {
                t for t in mine if t.isalpha() and len(t) >= 3 and any(w.startswith(t) for w in stem_full)
            }
            # "pay" in the stem, "Payable" in the key: the key's word is the stem's with a suffix
            # "stored" in the stem, 'Storage' the key: the stem's word without its ending, and a noun's
            derived = {
                w
                for w in (x.lower() for x in _NAME_TOKEN.findall(choice))
                if any(w.startswith(t) and w[len(t) :] in _DERIVING for t in stem_short)
                or any(w.startswith(t) and _noun_of(t, w[len(t) :]) for t in stem_roots)
                # ('decisive', 'inclusive' of "decide", "included": the same root before '-ive')
                or any(w.startswith(t) and w[len(t) :] in _SION_ENDINGS for t in sion_roots)
                # "bit-by-bit" in the stem, 'Bitwise' the key: the stem's word run together with another
                # word ('work' and 'Workload', 'host' and 'Hostpath')
                or (w.isalpha() and any(_run_together_with(t, w) for t in stem_short))
            } - common
            # "replaying" in the stem, 'tcpreplay' the key: a one-word name that ends in the stem's word
            ending = {
                w
                for w in (x.lower() for x in _NAME_TOKEN.findall(choice))
                if len(w) >= 7 and any(len(r) >= 5 and w != r and w.endswith(r) for r in stem_roots)
            }
            # "kilogram, milligram" in the stem, 'Gram' the key: a word of the key that ends a longer
            # word of the stem, a compound made of it
            inside = {
                t
                for t in mine
                if t.isalpha()
                and len(t) >= 4
                and any(len(w) - len(t) >= 3 and (w.endswith(t) or w.endswith(t + "s")) for w in stem_full)
            }
            # "maltose" in the stem, 'Maltase' the key; "Cube-like", 'Cuboidal': one root, two endings
            # (as the stem's word it echoes: 'Basso continuo' and 'Figured bass' both echo "bass")
            rooted = {
                t
                for w in (x.lower() for x in _NAME_TOKEN.findall(choice))
                if w.isalpha() and len(w) >= 4 and w not in shared | STOPWORDS
                for s in stem_full - STOPWORDS
                if _one_root(w, s)
                for t in _tokens(s)
            }
            return (mine & stem_words) | grown | derived | ending | inside | rooted

        echoed = [echo(c) for c in item.choices]
        # 'Repeal of Stamp Act' beside the key 'Stamp Act': a choice that holds the key's whole name
        # echoes the stem through it, and is no rival for the word
        key_words = _name_words(answer)
        holds_key = [len(key_words) >= 2 and key_words < _name_words(c) for c in item.choices]
        others = set().union(*(e for i, e in enumerate(echoed) if i != item.answer and not holds_key[i]))
        if echoed[item.answer] - others:
            return True  # a word of the stem that only the key repeats points at it
        # "… and herbal medications" for 'Current Medications' beside 'Medical Conditions': a word the
        # key repeats as written outweighs a rival's word of the same root (graded a giveaway, r215)
        said = {_singular(w) for w in _name_words(asked) if w not in STOPWORDS and len(w) >= 4}
        as_written = [
            {_singular(w) for w in _name_words(c) if w not in shared} & said if not holds_key[i] else set()
            for i, c in enumerate(item.choices)
        ]
        if as_written[item.answer] and not any(w for i, w in enumerate(as_written) if i != item.answer):
            return True
        # and the other way round: "Passed because the Stamp Act was doing more harm than good" names
        # the rival 'Stamp Act (1765)', whose whole name the key 'Repeal of Stamp Act' holds: the stem
        # is about that thing, so the one choice that is its kin answers it
        for i, c in enumerate(item.choices):
            name = _BRACKETED.sub(" ", c).strip()
            held = len(_name_words(c)) >= 2 and _name_words(c) < key_words
            if i != item.answer and held and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", asked, re.I):
                return True
        # "MQ" in the stem, "MQTT" in the key: a short name that only the key's words begin with
        # and "Si" in the stem, "SiO₂" in the key: a symbol the key's formula opens with
        # (a symbol mid-sentence: not the stem's "In “…”," nor a sentence's first word, "As a pigment")
        mid = re.sub(r"(?:^|[.?!:]\s+)[A-Z][a-z]\b", " ", SETTING.sub("", asked))
        short = {t for t in re.findall(r"[A-Za-z][A-Za-z0-9]*", asked) if 2 <= len(t) <= 4 and t.isupper()}
        short |= {t for t in re.findall(r"\b[A-Z][a-z]\b", mid)}

        def starts(choice: str, t: str) -> bool:
            found = re.findall(r"[A-Za-z][A-Za-z0-9\u2080-\u2089]*", choice)
            if t.isupper():
                return any(w.upper().startswith(t) for w in found)
            # a formula goes on with symbols and counts ('SiO₂', 'InP', 'NaCl')
            return any(w.startswith(t) and w != t and _FORMULA_GOES_ON.match(w[len(t) :]) for w in found)

        for t in short:
            if starts(item.choices[item.answer], t) and not any(
                starts(c, t) for i, c in enumerate(item.choices) if i != item.answer
            ):
                return True

        # and the other way round: "MQTT" in the stem begins with the key "MQ" and no other choice
        def begins(choice: str) -> bool:
            return bool(re.fullmatch(r"[A-Z]{2,4}", choice)) and any(
                w.startswith(choice) and w != choice for w in re.findall(r"[A-Z][A-Z0-9]+", asked)
            )

        if begins(item.choices[item.answer]) and not any(
            begins(c) for i, c in enumerate(item.choices) if i != item.answer
        ):
            return True
        if _symbol_spells(seen):
            return True
        if _spelled_in_stem(seen) or _kin_in_stem(seen) or _count_in_prefix(seen):
            return True
        if _short_name_spelled(seen) or _held_inside(seen) or _symbol_initial(seen):
            return True
        if _misspelt_in_key(item, asked):
            return True
        pairs = _letter_pairs(asked) & _letter_pairs(answer)
        if pairs and not any(
            pairs & _letter_pairs(c) for i, c in enumerate(item.choices) if i != item.answer
        ):
            return True  # "to determine R or S" for "R/S Configuration", "A-T-rich" for "A-T pairs"
    if item.choices and isinstance(item.answer, int):
        # "s orbitals are spherical ..." for 'S Orbital': the key's whole name, one letter and all,
        # written in the stem, however many of its words the other choices share
        named = [stem(w) for w in words(answer)]
        said = [stem(w) for w in words(asked)]
        if len(named) >= 2 and any(said[i : i + len(named)] == named for i in range(len(said))):
            return True
    answer_stems = _stems(answer)
    if item.choices and isinstance(item.answer, int) and _shares_a_root(seen):
        return True
    # words every choice has ('docker ... CONTAINER' of each command) tell nothing apart
    own = answer_stems - set.intersection(*map(_stems, item.choices)) if item.choices else answer_stems
    said = _stems(asked.replace(BLANK, " "))
    if (len(own) >= 2 and not own - said) or (len(answer_stems) >= 4 and len(answer_stems - said) <= 1):
        # "File Inodes near Directory Data" for "the inodes for the files ... close to the directory's
        # data": the key's words are in the stem (all of a long one's but one), and reading is enough,
        # whatever the others share
        return True
    distinctive = answer_stems
    if item.choices and isinstance(item.answer, int):
        # words another choice has too ("... function" of three functions) tell nothing apart
        others = [_stems(c) for i, c in enumerate(item.choices) if i != item.answer]
        distinctive -= set().union(*others)
    if not distinctive:
        return False
    in_stem = _stems(asked.replace(BLANK, " "))
    # "resize the project" for 'Sizing options': a stem word that is the key's word with a prefix
    for w in in_stem:
        for prefix in _PREFIXES:
            rest = w[len(prefix) :]
            if w.startswith(prefix) and len(rest) >= 3 and any(
                len(d) >= 4 and d.startswith(rest) and len(rest) >= len(d) - 1 for d in distinctive
            ):
                return True
    token = re.sub(r"[^a-z0-9]", "", answer.lower())
    rivals = [re.sub(r"[^a-z0-9]", "", c.lower()) for i, c in enumerate(item.choices) if i != item.answer]
    if " " not in answer.strip() and any(
        len(w) >= 4 and w in token and not any(w in r for r in rivals) for w in words(asked)
    ):
        # "returns the size of" for sizeof, "get attribute" for getattr; not 'list' of "to the list"
        # when every choice is a 'list.' method
        return True
    return len(distinctive & in_stem) * 2 >= len(distinctive) + (1 if len(distinctive) > 2 else 0)


def _shares_a_root(item: QuizItem) -> bool:
    """'monosaccharides' in the stem, 'Polysaccharides' the key: two long words one ending apart (a
    prefix swapped), or sharing a long root ('Salicylates' and 'acetylsalicylic'), that no other
    choice shares point at the key by their spelling."""

    def long(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[A-Za-z]{9,}", text)}

    def rooted(choice: str, stem_words: set[str]) -> bool:
        return any(a != b and a[-8:] == b[-8:] for a in long(choice) for b in stem_words)

    stem_words = long(item.prompt)
    hits = [rooted(c, stem_words) for c in item.choices] if stem_words else []
    if hits and _key_alone(item, hits):
        return True
    # 'Salicylates' in the stem, 'Aspirin (acetylsalicylic acid)' the key: a root of seven letters or
    # more that the two words share, most of the shorter one, and that no other choice has
    # ('oxicams' and 'Piroxicam', 'Fenamates' and 'Mefenamic acid': names no dictionary has share a
    # shorter root as tellingly)
    said = {w.lower() for w in re.findall(r"[A-Za-z]{5,}", item.prompt)}

    def roots(choice: str) -> set[str]:
        own = {w.lower() for w in re.findall(r"[A-Za-z]{5,}", choice)} - said
        return {r for a in own for b in said if (r := _root_shared(a, b))}

    rooted = [roots(c) for c in item.choices]
    if not (_key_alone(item, rooted)):
        return False
    # "Which of these kinases …" over 'Hexokinase' and 'Pyruvate kinase': a rival that says the
    # shared root as a word of its own shares it too
    others = " ".join(c.lower() for i, c in enumerate(item.choices) if i != item.answer)
    return not any(re.search(rf"\b{re.escape(r)}", others) for r in rooted[item.answer])


def _root_shared(a: str, b: str) -> str:
    """The run of seven letters or more two words share, most of the shorter word, that is no ending of
    both ('salicyl' of 'salicylates' and 'acetylsalicylic'; not 'ability' of 'probability' and
    'reliability'), else ''."""
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    if m.a + m.size == len(a) and m.b + m.size == len(b):
        return ""
    if not is_common_word(a) and not is_common_word(b) and (m.a == 0 or m.b == 0):
        # two names no dictionary has ('oxicams', 'piroxicam'): five letters, over half the shorter, that
        # open one of them (not an affix inside both, as 'chlor' of 'chlorides' and 'chlorophyll')
        enough = m.size >= max(5, 0.55 * min(len(a), len(b)))
    else:
        enough = m.size >= max(7, 0.6 * min(len(a), len(b)))
    return a[m.a : m.a + m.size] if enough else ""


def _shared_root(a: str, b: str) -> bool:
    return bool(_root_shared(a, b))


_LETTER_PAIR = re.compile(r"(?<![\w/-])([A-Z]{1,2})\s*(?:/|-|\bor\b|\band\b)\s*([A-Z]{1,2})(?![a-z])")


_PREFIXES = ("re", "un", "pre", "de", "sub", "non", "over", "under", "multi", "auto", "co")


def _letter_pairs(text: str) -> set[frozenset[str]]:
    """Pairs of capital letters named together ('R/S', 'R or S', 'A-T'), each as a set of its two."""
    return {frozenset(m.groups()) for m in _LETTER_PAIR.finditer(text)}


def _sounds_out(item: QuizItem) -> bool:
    """'TXT Record' asked with 'arbitrary text' in the stem: the key's short capitalised name is the
    consonants of a word of the stem, and no other choice's name is."""
    if not item.choices or not isinstance(item.answer, int):
        return False
    stem_words = [w.lower() for w in _NAME_TOKEN.findall(item.prompt) if len(w) >= 3]

    def sounded(choice: str) -> set[str]:
        found = set()
        for short in re.findall(r"\b[A-Z]{3,4}\b", choice):
            for w in stem_words:
                if w[0] == short[0].lower() and len(w) <= len(short) + 3 and w.upper() != short:
                    letters = iter(w)
                    if all(ch in letters for ch in short.lower()):
                        found.add(w)
        return found

    mine = sounded(item.choices[item.answer])
    return bool(mine) and not any(sounded(c) for i, c in enumerate(item.choices) if i != item.answer)


def _read_off_letters(short: str, name: str) -> bool:
    """Whether ``short`` ('IM', 'SC') could be read off ``name`` ('Intramuscular', 'Subcutaneous') by its
    letters alone: a name of one word (a name of several is read by its initials, and 'CloudFront' is
    two), its first letter and then the rest in order."""
    ws = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", re.sub(r"\([^()]*\)", " ", name))
    low = short.lower()
    if len(ws) != 1 or ws[0][0].lower() != low[0]:
        return False
    letters = iter(ws[0].lower())
    return all(ch in letters for ch in low[1:])


def _spelt_but_its_kind(short: str, asked: str) -> bool:
    """Whether ``asked`` writes out a short name of three letters or more, all but its last letter, by
    consecutive words of four letters or more ("Herpes simplex" of HSV, "red blood" of RBC), none of
    them a word of the question's own ("… Programs”, which …" spells no PWA)."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    if not (3 <= len(letters) <= 5 and letters.isupper()):
        return False
    ws = [w.lower() for w in re.findall(r"[A-Za-z]+", asked)]
    want = letters[:-1].lower()
    runs = (ws[i : i + len(want)] for i in range(len(ws) - len(want) + 1))
    return any(
        all(len(w) >= 4 and w not in STOPWORDS for w in run) and "".join(w[0] for w in run) == want
        for run in runs
    )


def _abbreviation_spelt(item: QuizItem, asked: str) -> bool:
    """'What does the notation IM mean?' over 'Intramuscular' among 'Intravenous' and 'Subcutaneous', or
    "Which notation means “Intravenous”?" over 'IV': only the key's letters make the short form, and the
    learner spells the answer out instead of knowing it (graded trivial six times in forty, r321)."""
    if not item.choices or not isinstance(item.answer, int):
        return False
    for code in re.findall(r"\b[A-Z]{2,4}\b", asked):
        if _key_alone(item, [_read_off_letters(code, c) for c in item.choices]):
            return True
    for said in _QUOTED.findall(asked):
        shorts = [re.findall(r"\b[A-Z]{2,4}\b", c) if len(c) <= 12 else [] for c in item.choices]
        if _key_alone(item, [any(_read_off_letters(s, said) for s in ss) for ss in shorts]):
            return True
    return False


def _initials_given(item: QuizItem) -> bool:
    """'Which one has the escape character “\\v”?' over 'Vertical Tab': a short code in the stem whose
    letters are the key's initials, and no other choice's, is answered by spelling, not knowing."""
    if not item.choices or not isinstance(item.answer, int):
        return False

    def initials(choice: str) -> str:
        return "".join(w[0] for w in re.findall(r"[A-Za-z]+", choice)).lower()

    # "LOC" in the stem for 'Lines of credit': the key's initials, stopwords and all, and no other's
    for code in re.findall(r"\b[A-Z]{2,5}\b", item.prompt):
        said = [initials(c) == code.lower() for c in item.choices]
        if _key_alone(item, said) and len(words(item.choices[item.answer])) >= 2:
            return True
    for code in _QUOTED.findall(item.prompt):
        # the other way round: "Greater than" asked over `__gt__(self, other)`
        if 2 <= len(code.split()) <= 4:
            # 'gt X' for "greater than X": a placeholder after the code is not part of it
            codes = [re.match(r"^_*([a-z]{2,4})_*(?:\(|\s+[A-Z]$|$)", c) for c in item.choices]
            asked = initials(re.sub(r"\s+[A-Z]$", "", code))
            said = [m is not None and m.group(1) == asked for m in codes]
            # ... or a symbol in capitals ('(CV)' asked for "cost variance" among '(PV)', '(SV)': graded
            # a giveaway, r229)
            symbols = [re.fullmatch(r"[(\\]*([A-Z]{2,4})[)\\]*", c.strip()) for c in item.choices]
            spelt = [m is not None and m.group(1).lower() == asked for m in symbols]
            said = [a or b for a, b in zip(said, spelt, strict=True)]
            if _key_alone(item, said):
                return True
        # the quote a code ('\\v'), or a code in brackets in it ("Program Report (Q1)" for 'Quarterly
        # Forms' among 'Annual Forms' and 'Monthly Forms')
        short = [code] if len(code) <= 12 else []
        for letters in [*short, *re.findall(r"\(([A-Z]{1,3})\d*\)", code)]:
            letters = re.sub(r"[^a-z]", "", letters.lower())
            if not letters or len(letters) > 3:
                continue
            starts = [initials(c).startswith(letters) for c in item.choices]
            if _key_alone(item, starts):
                return True
    return False


# prefixes that make a word of another's root ('presynaptic' of synapse, 'nonlinear' of line)
_PREFIXES = tuple("pre post non sub inter intra anti multi over under un re de dis mis".split())
# the particles that close a hyphened name and tell it from its opposite ('Bottom-up', 'Top-down')
_PARTICLES = frozenset("up down out off over under back".split())


def _prefixed_word(answer: str, text: str) -> bool:
    """A key that is a word of the text behind a prefix: 'Hypocalcemia' for "a serum calcium level
    lower than …", 'hypermagnesemia' beside "magnesium" (a blank the text builds, graded BAD, r260)."""
    said = {w.lower() for w in re.findall(r"[A-Za-z]{6,}", text)}
    for a in (w.lower() for w in re.findall(r"[A-Za-z]{8,}", answer)):
        for cut in range(3, 6):
            rest = a[cut:]
            if any(len(os.path.commonprefix([rest, b])) >= 4 for b in said if b != a):
                return True
    return False


def _compounded(word: str, stem_word: str) -> bool:
    """'gastroesophageal' holds 'esophagus' but for its ending: the key's word inside a longer one."""
    root = word[:-2]
    return len(word) >= 7 and root in stem_word and len(stem_word) >= len(root) + 4


def _adjective_of(word: str, stem_word: str) -> bool:
    """'Fatty' of "the tissue Fat", 'Sandy' of 'sand': the key is the stem's word made an adjective."""
    rest = word[len(stem_word) :]
    return len(stem_word) >= 3 and word.startswith(stem_word) and rest in ("y", stem_word[-1] + "y")


# a noun's ending and the adjective endings made of its root: 'fetus' and 'fetal', 'anus' and 'anal',
# 'nucleus' and 'nuclear', 'cortex' would need a stem change and is left
_NOUN_ENDINGS = ("us", "um", "a", "is", "on")
_ADJECTIVE_ENDINGS = ("al", "ar", "ic", "ine", "ous", "ary")


def _adjective_from(word: str, noun: str) -> bool:
    """'Fetal' of "(Fetus)", 'Anal' of "Anus": the noun's root with an adjective's ending, where the
    shared letters are too few for ``same_root`` to see."""
    for a_end in _ADJECTIVE_ENDINGS:
        if word.endswith(a_end):
            root = word[: -len(a_end)]
            for n_end in _NOUN_ENDINGS:
                # 'an' of anus and anal, but three letters at least otherwise ('sole' is no 'solar')
                if noun == root + n_end and len(root) >= (2 if n_end in ("us", "um") else 3):
                    return True
    return False


# endings that make a word of a short root ('taxation' of tax, 'cellular' of cell, 'actors' of act)
_SHORT_ROOT_ENDINGS = _DERIVING | _NOUN_OF_VERB | frozenset(
    "ition ively ular al ally ic ical ed es s ise ize ised ized".split()
)


def derived_from(word: str, root: str) -> bool:
    """'taxation' of "Tax Burden", 'cellular' of 'cell': a root of three or four letters, too short for
    ``same_root``, with an ending that makes a word of it."""
    return (
        3 <= len(root) <= 4
        and root not in STOPWORDS
        and word.startswith(root)
        and word[len(root) :] in _SHORT_ROOT_ENDINGS
    )


def _kin_in_stem(item: QuizItem) -> bool:
    """A word of the key's kin in the stem, and of no rival's: 'strata' for 'Stratified Sampling' (one
    root, most of the shorter word shared: not 'contract' and 'controller'; 'presynaptic' for
    'Tripartite synapse', behind a prefix), the particle of a hyphened name ("works up to the brain"
    for 'Bottom-up processing' beside 'Top-down processing'), or the key's lone capital letter ("A
    high F value" for 'F-Statistic')."""

    prompt_words = words(item.prompt)
    stem_words = [w for w in prompt_words if w.isalpha() and w not in STOPWORDS]
    # 'presynaptic' is of synapse's root behind its prefix
    stem_words += [
        w[len(p) :] for w in stem_words for p in _PREFIXES if w.startswith(p) and len(w) >= len(p) + 5
    ]
    capitals = set(re.findall(r"(?<![\w-])([A-Z])(?![\w])", item.prompt))

    # a word every choice has ('Sampling' of three samplings) tells nothing apart
    common = set.intersection(*(set(words(c)) for c in item.choices)) if item.choices else set()

    def hits(choice: str, rival: bool = False) -> set[str]:
        """The stem's words (and particles, letters) this choice's words are kin of."""
        mine = [w for w in words(choice) if w.isalpha() and w not in common]
        # 'dissimilation' is of similar's root behind its prefix, as 'presynaptic' is of synapse's
        mine += [w[len(p) :] for w in mine for p in _PREFIXES if w.startswith(p) and len(w) >= len(p) + 6]
        found = {
            s
            for w in mine
            for s in stem_words
            if (rival and w == s)
            or same_root(w, s)
            or _compounded(w, s)
            or _adjective_of(w, s)
            or _adjective_from(w, s)
            or _adjective_from(s, w)
            or derived_from(w, s)
            or derived_from(s, w)
        }
        particles = {
            w for part in re.findall(r"\w+(?:-\w+)+", choice) for w in words(part)[1:] if w in _PARTICLES
        }
        found |= {w for w in particles - common if w in prompt_words}
        return found | {c for c in re.findall(r"(?<![\w])([A-Z])(?=-|\s|$)", choice) if c in capitals}

    # a rival that holds the stem's very word ('TXT Record' in "In “DNS Record”", 'Strata Cluster' for
    # "strata") is as near as the key's kin of it ('records', 'Stratified'): that word tells none apart
    said = [hits(c, rival=i != item.answer) for i, c in enumerate(item.choices)]
    others = set().union(*(h for i, h in enumerate(said) if i != item.answer))
    return bool(said[item.answer] - others)


def _family_letter_given(item: QuizItem) -> bool:
    """Codes of one family ('SST', 'SSR', 'SSE') told apart by a letter the stem spells: "What is the
    SS of the source Total?" over 'SST', or "Which source has the SS “SST”?" over 'Total'. The shared
    part ('SS') is the family; the letter left is the initial of the thing asked, and of no rival."""
    if not item.choices or not isinstance(item.answer, int):
        return False
    stem = _QUOTED.sub(" ", item.prompt)
    initials = [w[0] for w in words(stem) if w not in STOPWORDS]

    def spelled(rest: str) -> bool:
        rest = rest.lower()
        return any("".join(initials[i : i + len(rest)]) == rest for i in range(len(initials)))

    codes = [c.strip() for c in item.choices]
    if all(re.fullmatch(r"[A-Z]{2,6}", c) for c in codes):
        shared = len(os.path.commonprefix(codes))
        if shared and all(len(c) > shared for c in codes):
            said = [spelled(c[shared:]) for c in codes]
            return _key_alone(item, said)
    for code in _QUOTED.findall(item.prompt):
        if not re.fullmatch(r"[A-Z]{2,6}", code):
            continue
        # the family's name written out in the stem ('SS' of "the SS (Sum of Squares)")
        for family in re.findall(r"\b[A-Z]{1,5}\b", stem):
            if code.startswith(family) and len(code) > len(family):
                rest = code[len(family) :].lower()
                said = [
                    "".join(w[0] for w in words(c) if w not in STOPWORDS).startswith(rest) for c in codes
                ]
                if _key_alone(item, said):
                    return True
    return False


def _name_parts(text: str) -> set[str]:
    """The pieces of the code names in a stem ('__sub__' -> sub, 'max_len' -> max, len,
    'IgnoredDuringExecution' -> ignored, during, execution), stopwords included: in a name,
    'and' of '__and__' is the thing named."""
    parts: set[str] = set()
    for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text):
        if "_" not in name.strip("_") and not name.startswith("_") and not re.search(r"[a-z][A-Z]", name):
            continue
        spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name.replace("_", " "))
        parts |= {p.lower() for p in spaced.split() if len(p) >= 2}
    return parts


def _spelled_in_stem(item: QuizItem) -> bool:
    """The stem holds the key in short: a code name's piece the key's words begin with ('__sub__'
    -> Subtraction, '__lt__' -> Less than by initials; an acronym, 'PBP' of "PBP2a" -> 'Altered PBPs'),
    or a stem word inside a key word ('create' in 'Recreate'), when no other choice has it."""
    stem_words = {w for w in words(item.prompt) if len(w) >= 4 and w not in STOPWORDS}
    # an acronym of three letters or more that starts a key word: 'PBP' of "PBP2a" in 'Altered PBPs'
    # (not 'ACE' inside 'placenta', nor 'THE' of a stem in capitals; 'DNA' and 'ATP' are acronyms)
    acronyms = {
        a.lower()
        for a in re.findall(r"(?<![A-Za-z])[A-Z]{3,}(?![a-z])", item.prompt)
        if a.lower() not in STOPWORDS
    }
    parts = _name_parts(item.prompt) | acronyms
    small_words = {w for w in words(_QUOTED.sub(" ", item.prompt)) if len(w) >= 3 and w.isalpha()}

    def hits(choice: str, rival: bool = False) -> set[str]:
        cw = [w.lower() for w in re.findall(r"[A-Za-z]+", choice)]
        initials = "".join(w[0] for w in cw if w not in STOPWORDS or len(cw) <= 3)
        found = {p for p in parts if any(w.startswith(p) for w in cw) or (len(p) >= 2 and p == initials)}
        found |= {s for s in stem_words if any(s in w and (rival or len(w) > len(s)) for w in cw)}
        # a call's name run together of everyday words ('findall' for "returns all … matches"): the
        # little word the name opens or closes on says it, though it is too common to count elsewhere
        for name in re.findall(r"([A-Za-z_][\w.]*)\(", choice):
            for piece in re.split(r"[._]", name.lower()):
                # (a word the name opens on counts when it is no little word: 'format' opens on "for",
                # 'then' on "the"; 'findall' closes on "all")
                found |= {
                    s
                    for s in small_words
                    if (rival and piece == s)
                    or (piece != s and (piece.endswith(s) or (piece.startswith(s) and s not in STOPWORDS)))
                }
        return found

    mine = hits(item.choices[item.answer])
    others = set().union(*(hits(c, rival=True) for i, c in enumerate(item.choices) if i != item.answer))
    return bool(mine - others)


# the everyday names of a notation's marks: "Matches whatever is inside parenthesis" names the mark of
# '(...)' and of no rival
_MARK_NAMES = {
    "(": ("parenthes", "bracket"),
    "[": ("bracket",),
    "{": ("brace", "curly"),
    "<": ("angle bracket",),
    "\\": ("backslash",),
    "|": ("pipe",),
    "*": ("asterisk", "star"),
    "^": ("caret", "hat"),
    "$": ("dollar",),
    "#": ("hash", "pound"),
    "~": ("tilde",),
    "@": ("at sign",),
}


_SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
# 'V₃', 'Phase 2', 'Stage 10': a member of a numbered series, its name and its number
_SERIES_NUMBER = r"\d{1,2}|[₀-₉]{1,2}"
_SERIES_MEMBER = re.compile(rf"^(?P<name>.*?[A-Za-z])\s*(?P<n>{_SERIES_NUMBER})$")


def _series_bracketed(item: QuizItem, stem: str) -> bool:
    """'V₃' for "Midway between V₂ and V₄" (graded a giveaway, r313): choices that are members of one
    numbered series, and a stem that names two others on either side of the key's number, with no other
    choice between them; counting answers it."""
    if not isinstance(item.answer, int):
        return False
    members = [m for c in item.choices if (m := _SERIES_MEMBER.match(c.strip()))]
    if len(members) < len(item.choices) or len({m.group("name").lower() for m in members}) != 1:
        return False
    name = members[0].group("name")
    numbers = [int(m.group("n").translate(_SUBSCRIPT_DIGITS)) for m in members]
    named = rf"(?<!\w){re.escape(name)}\s*({_SERIES_NUMBER})(?!\d)"
    said = [int(n.translate(_SUBSCRIPT_DIGITS)) for n in re.findall(named, stem)]
    key_number = numbers[item.answer]
    below = [n for n in said if n < key_number]
    above = [n for n in said if n > key_number]
    if not below or not above:
        return False
    low, high = max(below), min(above)
    return not any(low < n < high for i, n in enumerate(numbers) if i != item.answer)


# a number that opens a word, not a digit of a decimal, a version or a name ('10' of "10 Gig" and
# '10GBASE-T'; not of '1.5' or 'S3')
_WHOLE_NUMBER = re.compile(r"(?<![\w.,])\d+(?![\d.,]\d)")


def _number_matched(item: QuizItem, stem: str) -> bool:
    """Whether the stem holds a number that only the key's name holds: "10 Gig Ethernet" for
    '10GBASE-T' among '1000BASE-T' and '100BASE-TX', "the degree number 5" for 'Perfect 5th' (graded a
    giveaway twice, networking notes, r346)."""
    if not isinstance(item.answer, int) or len(item.choices) < 2:
        return False
    said = set(_WHOLE_NUMBER.findall(stem))
    if not said:
        return False
    held = [bool(set(_WHOLE_NUMBER.findall(c)) & said) for c in item.choices]
    return _key_alone(item, held)


# the short words a word's class shows in, as glossaries write it: an infinitive's 'to', a noun's article
_GLOSS_WORDS = 4  # a gloss is a word or a short phrase; a longer choice is a description
_INFINITIVE = frozenset({"to"})
_ARTICLES = frozenset(
    "a an the der die das den dem des ein eine einen einem einer el la los las le les un une il lo gli"
    .split()
)


def _word_class(choice: str) -> str:
    """'verb' for "to appear", 'noun' for "the arrow" or "der Pfeil", '' for a word written bare."""
    ws = choice.split()
    first = ws[0].lower() if len(ws) >= 2 else ""
    return "verb" if first in _INFINITIVE else "noun" if first in _ARTICLES else ""


def _class_apart(item: QuizItem) -> bool:
    """Whether the key alone is written as another word class than its rivals, which share one: 'wirken'
    among 'der Pfeil', 'Die Vostellung' and 'der Leib' is the one verb, and "to appear" is asked
    (graded BAD, German vocabulary notes, r352)."""
    if not isinstance(item.answer, int) or len(item.choices) < 3:
        return False
    if any(len(c.split()) > _GLOSS_WORDS for c in item.choices):
        return False  # descriptions, not glosses: "A muscle involved in speech" beside "Pink-rid, …"
    classes = [_word_class(c) for c in item.choices]
    rivals = {c for i, c in enumerate(classes) if i != item.answer}
    # (rivals written bare beside "A long spear" say no class: a description may drop its article)
    return rivals != {""} and len(rivals) == 1 and classes[item.answer] not in rivals


def _range_spelt(item: QuizItem, stem: str) -> bool:
    """Whether the stem spells a range only the key holds ("any hexadecimal character from 0-9 and
    a-f" for '[0-9A-Fa-f]')."""
    if not isinstance(item.answer, int) or not item.choices:
        return False
    ranges = [set(re.findall(r"[A-Za-z0-9]-[A-Za-z0-9]", c)) for c in item.choices]
    spelt = [any(re.search(rf"(?<![\w-]){re.escape(r)}(?![\w-])", stem) for r in rs) for rs in ranges]
    if _key_alone(item, spelt):
        return True
    # "any single character except for a, b, c" for '[^abc]': the letters the stem lists one by one
    # are the set the key's brackets hold, and no rival's
    listed = re.findall(r"(?<![\w'])([A-Za-z0-9])(?:,\s*|\s+(?:and|or)\s+)(?=[A-Za-z0-9]\b)", stem)
    if len(listed) >= 2:
        letters = "".join(listed).lower()
        held = [
            any(letters in b.lower() for b in re.findall(r"\[\^?([A-Za-z0-9]+)\]", c)) for c in item.choices
        ]
        return _key_alone(item, held)
    return False


def _mark_named(item: QuizItem, stem: str) -> bool:
    """Whether the stem names a mark that only the key, of symbol choices, is written with."""
    if not _symbols(item) or not isinstance(item.answer, int):
        return False
    said = stem.lower()
    for mark, names in _MARK_NAMES.items():
        if any(re.search(rf"\b{re.escape(n)}", said) for n in names):
            holds = [mark in c for c in item.choices]
            if _key_alone(item, holds):
                return True
    return False


def _spelt_like_quoted(item: QuizItem, stem: str) -> bool:
    """Whether a one-word key is spelt like a word the stem quotes and no rival is: one letter apart
    ("Which ending has the change “-uyir”?" for '-uir'), or opening on its first three letters and
    more ('como' for "the yo of “comer”"), a match by letters, not by knowing."""
    if not isinstance(item.answer, int) or len(item.choices) < 2:
        return False
    # (a word quoted alone, or after a label: “comer”, “er: comer”; not one inside a quoted description)
    quoted = [
        ws[-1].lower()
        for q in _QUOTED.findall(stem)
        if len(ws := re.findall(r"[\w-]+", q.split(":")[-1])) == 1 and len(ws[-1]) >= 3
    ]
    if not quoted:
        return False

    def like(choice: str) -> bool:
        c = choice.lower()
        if " " in c.strip() or len(c) < 3:
            return False
        opens_alike = [q for q in quoted if c[:3] == q[:3] and c != q and c.isalpha()]
        return bool(opens_alike) or any(Levenshtein.distance(c, q) == 1 for q in quoted)

    spelt = [like(c) for c in item.choices]
    return _key_alone(item, spelt)


def _affix_fits(affix: str, word: str) -> bool:
    """Whether a word is spelt with an affix ('Alkene' with '-ene', 'Ketone' with '-one')."""
    core = affix.strip().strip("-").lower()
    word = word.lower()
    if len(core) < 2 or len(word) < len(core) + 2:
        return False
    return word.endswith(core) if affix.strip().startswith("-") else word.startswith(core)


def _affix_matched(item: QuizItem, stem: str) -> bool:
    """Whether an affix and a name pair up by their letters alone, the key only: "Which class has the
    suffix “-ene”?" for 'Alkene', "What is the suffix of Ketone?" for '-one'."""
    if not isinstance(item.answer, int) or len(item.choices) < 2:
        return False
    stem_words = re.findall(r"[A-Za-z]+", re.sub(r"“-?[A-Za-z]+-?”", " ", stem))
    quoted = [q for q in _QUOTED.findall(stem) if is_affix(q)]

    def fits(choice: str) -> bool:
        if is_affix(choice):
            return any(_affix_fits(choice, w) for w in stem_words)
        return any(_affix_fits(q, w) for q in quoted for w in re.findall(r"[A-Za-z]+", choice))

    fitting = [fits(c) for c in item.choices]
    return _key_alone(item, fitting)


def _symbols(item: QuizItem) -> bool:
    """Whether every choice is a symbol of a notation ('$', '\\s', '[^abc]')."""
    return bool(item.choices) and all(is_symbol(c) for c in item.choices)


def _choice_problems(item: QuizItem) -> list[str]:
    out: list[str] = []
    choices = [c.strip() for c in item.choices]
    if len(choices) < 2:
        out.append("too few choices")
    if any(len(c.split()) >= 4 and _unbound_demonstrative(c) for c in choices):
        # "Tissue is composed of these types of cells": a choice that points at the line before it
        out.append("a choice leans on unseen text")
    if any(re.search(r"\(\s+\)|\[\s+\]", c) for c in choices):
        # "Multiplication ( )": a heading's '( * )' read as emphasis, its symbol lost
        out.append("a choice lost its symbols")
    if any(
        i != item.answer and re.search(rf"\b(?:a|un|non-?|in|im|dis){re.escape(c)}\b", item.prompt, re.I)
        for i, c in enumerate(choices)
        if len(c) >= 4 and " " not in c
    ):
        out.append("a rival the stem rules out")  # "Achiral molecule …" beside the choice 'Chiral'
    unglossed = [re.sub(r"\s*\([^()]*\)", "", c).lower() for c in choices]
    bare = [" ".join(w.removesuffix("s") for w in c.split()) for c in unglossed]
    if item.kind == "code" or _symbols(item):
        # code is exact: 'John', 'JOHN' and 'john' are three results, a flag more is another command
        # ('{m}' and '{m,n}' two symbols, '(...)' no aside)
        if len(set(choices)) < len(choices):
            out.append("overlapping choices")
        return out
    # 'Lambda' and 'Lambda function', 'FIFO' and 'FIFO queue': one thing with and without its kind
    # (a lower-case word after the name; 'Kinesis Analytics' names another thing)
    # ... or with a word the heading it is asked under names: 'Normal' beside 'Normal Axis' under "Axis"
    # (graded two right answers, medicine notes, r329)
    heading = {w.lower() for w in words(item.source.rsplit(" › ", 1)[-1])} if " › " in item.source else set()
    padded = any(
        x != y
        and y.lower().startswith(x.lower() + " ")
        and (y[len(x) + 1 :].islower() or {w.lower() for w in words(y[len(x) + 1 :])} <= heading)
        for x in choices
        for y in choices
    )
    # 'IgnoredDuringExecution' inside 'requiredDuringSchedulingIgnoredDuringExecution': a part of a choice
    inside = any(
        x != y
        and " " not in x + y
        and (len(x) >= 6 or x.isupper() and len(x) >= 3)
        and x.lower() in y.lower()
        for x in choices
        for y in choices
    )
    key_at = item.answer if isinstance(item.answer, int) else None
    overlap = _amounts_overlap(choices) or _lists_overlap(choices, key_at)
    if len(set(bare)) < len(bare) or padded or inside or overlap:
        out.append("overlapping choices")  # 'Kinesis' and 'Kinesis (streams)': one thing twice
    longest = 200 if item.kind == "table" else 120
    # ('finally', a row of a table of keywords, is a name there: one word of a table is no lead-in)
    leads = [c for c in choices if not (item.kind == "table" and re.fullmatch(r"[\w-]+", c))]
    if any(_LEANS_ON.match(_after_question_word(c)) or c.endswith(":") or len(c) > longest for c in leads):
        out.append("a lead-in or a sentence as a choice")
    if any(_POINTS_BACK.search(c) for c in choices):
        out.append("points at unseen text")  # "Small number of segments ... as described above"
    if (
        item.kind == "mapping"
        and len(choices) == 2
        and all(len(words(c)) == 1 and is_common_word(c.lower()) for c in choices)
    ):
        # 'Read' or 'Write' for "Sense a magnetic pattern": two labels of everyday words, and the
        # clue's plain sense picks one. A sentence's own subject ("Scan moves through the table item by
        # item") is a name the notes use in prose, and a table's cell ('Absent' or 'Present' for a
        # prokaryote's nucleus) is asked by its row, not by a clue in plain words: both stay.
        out.append("a coin flip between two everyday words")
    if len(choices) == 2 and any(_amount(c) is not None for c in choices):
        # "Min. residency of Senate": '1 year' or '18 months', or '2 years' beside 'no term limit': a
        # figure between two is a coin toss, not a fact recalled (graded BAD and WEAK on fresh notes)
        out.append("a coin flip between two amounts")
    if item.kind == "statement" and isinstance(item.answer, int) and _agrees_alone(item):
        out.append("the stem's grammar picks the key")
    if isinstance(item.answer, int) and len(choices) >= 3:
        # the key must not be the only one of its kind: a sentence among names, a value among words
        key_len = len(choices[item.answer].split())
        others = [len(c.split()) for i, c in enumerate(choices) if i != item.answer]
        if key_len >= max(others) + 4 or key_len + 4 <= min(others):
            out.append("the key stands out by its length")
        values = [bool(_NUMBERISH.match(c)) for c in choices]
        if sum(values) == 1 and values[item.answer]:
            out.append("the key is the only value")
    return out


# a time written in any unit, as seconds: '90 seconds' lies inside '1-3 minutes'
_TIME_UNITS = {
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), 1.0),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), 60.0),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), 3600.0),
    **dict.fromkeys(("d", "day", "days"), 86400.0),
    **dict.fromkeys(("wk", "wks", "week", "weeks"), 604800.0),
}
_AMOUNT = re.compile(
    r"^[~≈<>]?\s*(\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*([A-Za-zµ%/]*)\.?$", re.IGNORECASE
)


# words before an amount that say how it is given, not what bounds it ("Start 1 µg/kg/min", "Infusion
# from 0.5-10 µg/min", "Usually 5 mg"); 'up to', 'max' or 'over' would make it a bound
_AMOUNT_LEAD = re.compile(
    r"^(?:(?:start(?:ing)?|initial(?:ly)?|infusion|from|dose|usual(?:ly)?|typical(?:ly)?|about|around|"
    r"approx\.?|approximately|roughly|given|give|at)\s+){1,2}",
    re.IGNORECASE,
)


def _amount(text: str) -> tuple[str, float, float] | None:
    """'1-3 minutes' -> ('time', 60, 180), '5 mg' -> ('mg', 5, 5), 'Start 1 mg' -> ('mg', 1, 1); None
    for anything but an amount."""
    m = _AMOUNT.match(_AMOUNT_LEAD.sub("", text.strip()))
    if m is None:
        return None
    low = float(m.group(1))
    high = float(m.group(2)) if m.group(2) else low
    unit = m.group(3).lower()
    scale = _TIME_UNITS.get(unit)
    if scale is not None:
        return "time", low * scale, high * scale
    return unit, low, high


def _lists_overlap(choices: list[str], answer: int | None = None) -> bool:
    """Two choices that list the same thing ('AF, DVT/PE, Prosthetic Valves' and 'AF, DVT/PE,
    Extra-corporeal Circuit'): what they share is right of both, and the rest tells them apart only
    by what each list leaves out. "Operating or Investing" beside "Operating": the alternative the
    other choice names is right too. A rival that lists the key ("Parkinson & Prolactinoma" beside
    "Parkinson") is right in part."""
    parts = [_listed(c) for c in choices]
    if any(len(a) + len(b) > 2 and a & b for i, a in enumerate(parts) for b in parts[i + 1 :]):
        return True
    return answer is not None and any(
        lists_the_other(c, choices[answer]) for i, c in enumerate(choices) if i != answer
    )


def _amounts_overlap(choices: list[str]) -> bool:
    """Two choices that are amounts of one kind, one inside the other ('90 seconds' and '1-3
    minutes', '5-10 mg' and '8 mg'): both are right of a value in the overlap."""
    amounts = [a for a in map(_amount, choices) if a is not None]
    return any(
        a[0] == b[0] and a[1] <= b[2] and b[1] <= a[2] and (a[1] != a[2] or b[1] != b[2])
        for i, a in enumerate(amounts)
        for b in amounts[i + 1 :]
    )


def _number(name: str) -> str | None:
    """'pl' or 'sg' for a choice's name by its head word ('Sharp corners', 'Dipole'); None when its
    form does not say ('Kubernetes', a symbol)."""
    bare = re.sub(r"\s*\([^()]*\)", "", name).strip()
    if re.search(r"\band\b|&", bare):
        return "pl"  # 'Rollout and Rollback': two things
    found = re.findall(r"[A-Za-z][A-Za-z'-]*", bare)
    if not found:
        return None
    head = found[-1].lower()
    if head.endswith(("ss", "us", "is", "ics")):
        return "sg"  # 'Ingress', 'Status', 'Analysis', 'Physics'
    if head.endswith("s") and len(head) > 3:
        return "pl" if is_common_word(_singular(head)) else None
    # 'phenomena', 'criteria', 'stimuli': a plural without its -s
    return None if head.endswith(("a", "i")) and not is_common_word(head) else "sg"


def _agrees_alone(item: QuizItem) -> bool:
    """Whether only the key agrees with the stem's verb: "Which of these have higher charge densities
    ...?" over 'Sharp corners' and 'Dipole', "Which one is a pair of ...?" the other way round. The
    grammar answers it, not the notes."""
    stem = SETTING.sub("", item.prompt)
    m = re.match(r"(?i)which (of these|one) (\w+)", stem)
    if m is None:
        return False
    verb = m.group(2).lower()
    if m.group(1).lower() == "of these":
        wanted = "pl"
    elif verb in ("is", "has", "was", "does") or verb.endswith("s") and not verb.endswith("ss"):
        wanted = "sg"
    else:
        return False
    numbers = [_number(c) for c in item.choices]
    return numbers[item.answer] == wanted and all(
        n is not None and n != wanted for i, n in enumerate(numbers) if i != item.answer
    )


_COMPARATIVE = re.compile(
    r"\b(?:more|less|fewer)\s+(?:likely|common|often|important|difficult|useful|expensive)\b"
    rf"|\b(?:{_ER_WORDS})\b",
    re.IGNORECASE,
)
# the other side is in the sentence: "than ...", "while ...", "X vs Y", "compared with"
# "is the opposite", "is the result when …": a thing named by what it is to something unsaid (with "of"
# it says what: "the opposite of inflation")
_RELATIVE_TO_UNSEEN = re.compile(
    r"^\W*(?:is|are|was|were)\s+(?:just\s+|simply\s+)?the\s+"
    r"(?:opposite|reverse|inverse|converse|result|outcome|counterpart|same)\b(?!\s+(?:of|as|to)\b)",
    re.IGNORECASE,
)
_COMPARED_WITH = re.compile(r"\b(?:than|while|whereas|unlike|compared|versus|vs)\b|, but\b", re.IGNORECASE)
_INSTRUCTION = re.compile(
    r"^\W*(?:understand|know|remember|learn|review|study|memori[sz]e|recall|note|make sure|be able)\b",
    re.IGNORECASE,
)


def _cloze_problems(item: QuizItem) -> list[str]:
    out: list[str] = []
    text = SETTING.sub("", item.prompt)  # "In “Prices”, ____ is ...": the setting is no list
    if text.count(BLANK) != 1:
        out.append("not one blank")
    before, _, after = text.partition(BLANK)
    if len(words(before + " " + after)) < 6:
        out.append("too little around the blank")
    answer = str(item.answer)
    if len(answer) > 40 or "," in answer:
        out.append("a list as the blank")
    around = before + " " + after
    if _stems(answer) & _stems(around) or names_its_answer(answer, around) or _prefixed_word(answer, around):
        out.append("the answer's words are beside the blank")
    # "comorbid with ____, other impulse control disorders, and depression": one of a list, and any
    # other member of it fills the blank as well
    ends_a_list = re.search(r",\s*(?:and\s+|or\s+)?$|,[^,.;]{1,60}\b(?:and|or)\s*$", before)
    if ends_a_list or re.match(r"^\s*,\s*[^.;]{1,60}?\b(?:and|or)\b", after):
        out.append("one of a list as the blank")
    # "Atypical antipsychotics (e.g. ____, quetiapine)": an example, and any other member fills it too
    if re.search(r"\b(?:e\.g\.?|eg|for example|for instance|such as|like|including)\W*$", before, re.I):
        out.append("an example as the blank")
    # 'long-term', 'null hypothesis', 'Session Manager': a blank of everyday words takes a synonym or
    # a near name as well ('debt obligations', 'Systems Manager'); of the blanks graded blind, 11 in
    # 60 such were kept against 28 in 62 of a name no dictionary has ('cauda equina', 'delirium')
    # (but a blank that is the subject a sentence defines, "____ is the amount a seller is paid ...",
    # is filled by the one name the definition is of, as is one a sentence ends by naming)
    defined = _DEFINED_BLANK.match(text) or NAMED_BLANK.search(text)
    if all(is_common_word(w) for w in words(answer)) and not defined:
        out.append("everyday words as the blank")
    # "____ account for 80% of adult primary brain tumors" over 'Glioblastoma multiforme': a verb
    # without its -s wants a plural subject, a class ('Gliomas') the singular name is one of
    verb = re.match(r"^(?:(?:The|A|An) )?____ ([a-z]+)(?: ([a-z]+))?", text)
    if verb and not answer.lower().endswith("s") and _wants_plural(verb.group(1), verb.group(2) or ""):
        out.append("a plural verb after a singular blank")
    # "Threads share the same ____": whatever they share fills it ('memory', 'heap' as well)
    if re.search(r"\b(?:the\s+)?same\s*$", before, re.I):
        out.append("a shared thing as the blank")
    # "The ____ is much harder to estimate.": harder than what the sentence before said
    if _COMPARATIVE.search(text) and not _COMPARED_WITH.search(text):
        out.append("a comparison with unseen text")
    elif _RELATIVE_TO_UNSEEN.search(after):
        # "____ is the opposite (the negative of public savings)", "____ is the result when …": the
        # opposite or the result of what the line before said (graded BAD twice, economics notes, r328)
        out.append("a comparison with unseen text")
    # "Understand the spread between ...": a study instruction, not a fact
    if _INSTRUCTION.match(text):
        out.append("a study instruction")
    return out


def _wants_plural(verb: str, following: str) -> bool:
    """'are', 'have', or a verb without the -s a singular subject would give it ('account for'); not a
    noun that goes on the name ("____ structure is also known as ...")."""
    if verb in ("are", "were", "have", "do"):
        return True
    if verb.endswith("s") or verb in _MODALS or following in ("is", "are", "was", "were", "has", "have"):
        return False
    return is_common_word(verb) and is_common_word(verb + "s")


_MODALS = frozenset("can could will would shall should may might must".split())


def score(item: QuizItem) -> float:
    """Higher is better: definitions and table facts from one list beat a blank in a long sentence."""
    base = {"mapping": 1.0, "definition": 0.95, "statement": 0.9, "table": 0.85, "cloze": 0.6}.get(
        item.kind, 0.5
    )
    stem = SETTING.sub("", item.prompt)
    length = len(stem)
    base -= 0.1 if length > 160 else 0.0
    base -= 0.1 if length < 35 else 0.0
    if item.choices:
        lengths = [len(c.split()) for c in item.choices]
        base -= 0.05 * (max(lengths) - min(lengths))
        base += 0.05 * (len(item.choices) - 3)
    if SETTING.match(item.prompt):
        base -= 0.05  # carries its context: fine, but wordier
    return round(base, 4)


def _similar(a: QuizItem, b: QuizItem) -> bool:
    """Two stems for one answer that ask the same: most words shared, or one's words (its section
    aside) all in the other ("... makes sure that containers are running in a Pod?" beside the whole
    definition it was cut from)."""
    wa, wb = set(words(a.prompt)) - STOPWORDS, set(words(b.prompt)) - STOPWORDS
    if not wa or not wb:
        return False
    if len(wa & wb) / len(wa | wb) >= 0.6:
        return True
    ca = set(words(SETTING.sub("", a.prompt))) - STOPWORDS
    cb = set(words(SETTING.sub("", b.prompt))) - STOPWORDS
    small = min(len(ca), len(cb))
    return small >= 4 and len(ca & cb) >= 0.8 * small


def _reverses(a: QuizItem, b: QuizItem) -> bool:
    """``a`` asks ``b`` the other way round: each one's answer is what the other's stem asks about."""
    if a.is_cloze or b.is_cloze:
        return False
    sa, sb = set(words(a.prompt)), set(words(b.prompt))
    # a keyword answer ('for', 'is') is all stopword: its words are the name itself
    wa = (set(words(a.answer_text)) - STOPWORDS) or set(words(a.answer_text))
    wb = (set(words(b.answer_text)) - STOPWORDS) or set(words(b.answer_text))
    return bool(wa) and bool(wb) and wa <= sb and wb <= sa


def curate(
    items: Iterable[QuizItem], per_answer: int = 4, per_answer_here: int = 2, per_source: int = 12
) -> list[QuizItem]:
    """Items that pass every gate, best first, without near-duplicates, without one answer asked again
    and again (three steps of one example make three items with one answer: twice from one passage,
    four times in all, as notes that say four things of one name in four sections do), without one passage
    filling the bank, and one item per fact of the notes and direction: a table cell or a label asked
    both ways round ("Which acid has the conjugate base Cl⁻?", "What is the conjugate base of HCl?")
    is two questions, as a flashcard and its reverse are; the same line asked twice one way is not.
    Reverse questions rank after every first one."""
    ranked = sorted(
        (Scored(it, score(it)) for it in items if not problems(it)),
        key=lambda s: (-s.score, s.item.id),
    )
    kept: list[QuizItem] = []
    second: list[QuizItem] = []
    answers: Counter = Counter()
    here: Counter = Counter()
    sources: Counter = Counter()
    by_answer: dict[str, list[QuizItem]] = {}
    first_of: dict[str, QuizItem] = {}  # the first item kept for each fact
    reversed_facts: set[str] = set()
    for s in ranked:
        it = s.item
        k = it.answer_text if it.kind == "code" else it.answer_text.lower()  # code is case-exact
        if answers[k] >= per_answer or here[(k, it.chunk_id)] >= per_answer_here:
            continue
        if sources[it.chunk_id] >= per_source:
            continue
        if any(_similar(it, other) for other in by_answer.get(k, ())):
            continue
        fact = fact_key(it)
        if fact in first_of:
            if fact not in reversed_facts and _reverses(it, first_of[fact]):
                reversed_facts.add(fact)
                second.append(it)
            continue
        first_of[fact] = it
        kept.append(it)
        answers[k] += 1
        here[(k, it.chunk_id)] += 1
        sources[it.chunk_id] += 1
        by_answer.setdefault(k, []).append(it)
    return kept + second
