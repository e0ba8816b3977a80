"""How the quiz generator reads and words names: cleaning a label or heading into a name, a name's
head, genus and plural, whether a line is prose, the other spellings a blank accepts, and the regexes
behind them. Plain functions of text, with no state of the notes: the builder in
``bot.quiz.generate`` holds that."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot.ingest.document import _label
from bot.ingest.entries import KINDS_OF, Entry, sentences
from bot.ingest.entries import plain as _plain
from bot.text import (
    STOPWORDS,
    is_common_word,
    is_dictionary_word,
    is_spelt,
    is_word_form,
    key,
    stem,
    terms,
    words,
)
from bot.text import singular as _singular


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "1. Intro", "2) Setup", "3.2 Joins": a section's number; not the value "0.5 mL" or "1.5 L" of a cell
_NUMBERING = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)]\s*(?=[A-Za-z(])|\d+(?:\.\d+)+\s+(?=[A-Z][a-z])"
    # an outline's Roman numeral: "VII. IMPACT ON TECHNOLOGY", "v. The Coalition Government", 'IV. "New
    # Labour"' (not "V. Cholerae", one word after it;
    # letters, which initials share, "F. Scott Fitzgerald", are read off a list in the document model)
    r"|(?:[IVX]{1,5}|[ivx]{1,4})[.)]\s+(?=[\"“']?[A-Z][A-Za-z'-]*\s+\S|[\"“'][A-Z]))"
)


_PRONOUN_START = re.compile(
    r"^(?:it|its|it's|this|these|they|those|that|there|he|she|we|you)\b", re.IGNORECASE
)


# "Use case: ..." or "Pros: ..." name a field of the thing above, not a term of its own.
_FIELD_LABELS = frozenset(
    key(w)
    for w in (
        "use case",
        "use cases",
        "purpose",
        "pros",
        "cons",
        "benefits",
        "benefit",
        "advantages",
        "disadvantages",
        "limitations",
        "limits",
        "cost",
        "costs",
        "pricing",
        "price",
        "features",
        "feature",
        "example",
        "examples",
        "how it works",
        "why",
        "when",
        "where",
        "what",
        "result",
        "description",
        "details",
        "overview",
        "summary",
        "key points",
        "default",
        "defaults",
        "notes",
        "note",
        "tip",
        "caveat",
        "caveats",
        "important",
        "exam tip",
        "exam tips",
        "remember",
        "also",
        "other",
        "others",
        "misc",
        "miscellaneous",
        # what a line gives of its section, not a thing of it: "evidence: cross-linguistic comparisons"
        "evidence",
        "problem",
        "problems",
        "reason",
        "reasons",
        "idea",
        "issue",
        "issues",
        "goal",
        "goals",
        "question",
        "questions",
    )
)


# Verbs that can follow a subject without ending in -s, and which mark a plural subject.
_AUX = _wordset(
    """is are was were has have had can cannot can't could will won't would should must may might does
    doesn't do don't did isn't aren't wasn't weren't hasn't haven't"""
)


# Everyday verbs in their plural form; a subject followed by one of these is stating something.
_BASE_VERBS = _wordset(
    """provide allow support offer enable ensure produce capture create deliver handle require contain
    need help let make give keep take include send receive read write move connect build break package
    ship replicate scale encrypt decrypt protect prevent control define determine generate perform act
    serve hold share trigger invoke execute reduce increase improve convert transform carry transport
    bind regulate release absorb attach detect measure monitor manage store run refer describe denote"""
)
# verbs of saying: "MBB says:", "Keynes argues:" open a sentence that reports what someone said
# ('claim' is left out: "Small claims" and "Independent claims" are terms)
_SAYS = _wordset("say argue think suggest explain believe conclude recommend assert contend")
# verbs that take a clause ("means that …", "ensures that …"): before "that", a word ending in -s is
# one of these or a plural noun with its relative clause ("numbers that guide processing")
_THAT_VERBS = _wordset(
    """mean show state imply ensure require indicate assume predict prove determine specify
    demonstrate reveal hold find note claim know realize realise recognize recognise guarantee dictate
    stipulate maintain posit propose infer establish confirm verify check ask demand insist
    hypothesize hypothesise observe report mention declare add emphasize emphasise stress teach
    tell warn remind apply expect agree"""
) | _SAYS
# a label's last word that makes it the start of a sentence ("US Supreme Court holds:", "MBB says:")
_SENTENCE_VERBS = _BASE_VERBS | _SAYS
_ADVERBS = _wordset(
    """also only then now automatically still always never typically usually often generally mainly
    primarily just simply natively directly"""
)
_DETERMINERS = _wordset(
    "the a an these those each every all your its their multiple many several some two three our my any"
)


_AFFIX = re.compile(r"-[A-Za-z]{1,8}|[A-Za-z]{1,8}-")


def is_affix(name: str) -> bool:
    """'-ase', 'hyper-': a prefix or suffix, whose hyphen is part of its name ("the pattern “one”"
    names another word)."""
    return _AFFIX.fullmatch(name.strip()) is not None


# '$', '\\d', '{m,n}', 'A|B': a symbol of a notation, written in marks with a letter or two at most
_SYMBOL = re.compile(r"(?=.*[$^*+?{}\[\]()|\\<>=~#@%&])[^\sA-Za-z0-9]*(?:[A-Za-z0-9][^\sA-Za-z0-9]*){0,2}")


def is_symbol(name: str) -> bool:
    """Whether a name is a symbol of a notation ('$', '\\s', '{m,n}', '[a-m0-5]'): told by its marks."""
    return _SYMBOL.fullmatch(name.strip()) is not None


def too_short(name: str) -> bool:
    """Whether a name is too short to ask or offer: a letter or less ('A', 'x', '1'), unless a symbol
    ('$', '\\s', '{m}': what it matches is worth knowing, and it is told by its marks)."""
    return len(key(name)) < 2 and not is_symbol(name)


def _clean_name(name: str) -> str:
    """A display name: no section numbers, balanced brackets, single spaces. An affix keeps its
    hyphen ('-ase', 'hyper-')."""
    if is_affix(_plain(name)):
        return _plain(name).strip()
    # a point or minus before a digit is the number's own ('.910', '-5'), not punctuation; a dash
    # written onto a letter is a bond of a formula ('–O–', '–OH on ring'), kept at either end
    text = re.sub(r"^[\s:.,;\-–—]*[\s:.,;—](?!\d)|^[-–]+(?![\w(])", "", _NUMBERING.sub("", _plain(name)))
    bond = text[:1] if text[:1] in "-–" else ""
    text = text.rstrip(" :.,;—")
    if not (bond and text.endswith(bond) and re.search(r"[\w)]", text[-2:-1])):
        text = text.rstrip(" :.,;-–—")
    text = re.sub(r"\s*[†‡]+", "", text)  # 'Federalism †': a footnote's mark, no part of the name
    if text.count("(") > text.count(")"):
        text += ")"
    return re.sub(r"\s+", " ", text)


# "Ch. 2 Phonetics", "Lecture 4 - Joins", "Week 3: Markets", "Chapter 2, Application Layer": the
# course's numbering, not the topic's name
_COURSE_NUMBER = re.compile(
    r"^(?:ch|chap|chapter|lecture|lec|week|unit|part|module|session|topic)\.?\s*\d+(?:\.\d+)*[a-z]?\s*[:.,\-–—]?\s+(?=\S)",
    re.IGNORECASE,
)


# the writer's note to self closing a heading ("(more to add)", "(TODO)", "(WIP)"): no part of its name
_WRITERS_NOTE = re.compile(
    r"\s*\((?:more\s+to\s+(?:add|come|follow)|to\s*do|wip|tbd|tbc|draft|incomplete|unfinished|in\s+progress|"
    r"to\s+be\s+(?:added|continued|completed|finished|expanded))\)$",
    re.IGNORECASE,
)
# where a heading's section was taken from ("(Ref: Kubernetes.io)", "(source: …)"): no part of its name
_CITATION = re.compile(
    r"\s*\((?:ref|refs|reference|references|source|sources|src|see|cf|from)\b[^()]*\)", re.IGNORECASE
)


def _clean_heading(title: str) -> str:
    """A heading as a title line or a stem names it: no course numbering, no closing remark of the
    writer's, and a slug's hyphens read as spaces."""
    text = _COURSE_NUMBER.sub("", _WRITERS_NOTE.sub("", _unref(_clean_name(title))))
    parts = [p for p in text.split("-") if p]
    if (
        " " not in text
        and len(parts) > 1
        and (len(parts) > 2 or all(p[:1].isupper() or p[:1].isdigit() for p in parts))
    ):
        text = re.sub(r"(?<=\w)-(?=[\w(])", " ", text)
    if re.fullmatch(r"[\d\s./-]+", text) and len(re.findall(r"\d+", text)) >= 2:
        # "Lecture 13 02-24-26" less its numbering is a date: when the notes were taken, no topic to
        # set a question in ("In “02 24 26”, which one …?", graded BAD, religion notes, r334); a year
        # alone ("1929") is a time of the subject
        return ""
    return text


def heading_lead(title: str) -> str:
    """What a heading names before its colon ('Pod' of "Pod: Life Cycle"), the thing a section on one
    of its sides is about; "" for a heading with no colon or a sentence before it."""
    lead = title.split(":", 1)[0].strip() if ":" in title else ""
    return lead if 0 < len(lead.split()) <= 4 else ""


# small words that are also acronyms ('WHO', 'IT', 'US'): one capital use in the notes' lines tells
_ACRONYM_WORDS = frozenset({"who", "it", "us", "id", "am", "pm"})
_SMALL_WORDS = frozenset({"vs", "via", "per", "nor", "yet", "etc"})
# words a note writes in capitals to stress them ("The KEY idea", "NEVER give …"): once so is emphasis
_EMPHASIS_WORDS = frozenset(
    "key important never always must major main critical essential note only all every three two four".split()
)


def unshouted(text: str, forms: Counter) -> str:
    """A heading written in capitals ("IMPACT ON COLONIES AND IMPERIALISM (General)") as a title is
    written ("Impact on Colonies and Imperialism (General)"): a stem quoting it or a post's title line
    showing it would shout (graded odd). Each word as the notes' own lines (``forms``: spellings as
    written, headings aside) write it: 'WHO' and 'AIDS', written in capitals a quarter of the time or
    more, stay so, 'mRNA' and 'DynamoDB' as spelled; else a small word in lower case, a longer or known
    word capitalised, a short word the lines never write ('DNA', 'TCP') kept."""
    found = re.findall(r"[A-Za-z]{2,}", text)
    loud = [w for w in found if w.isupper()]
    if sum(len(w) >= 4 for w in loud) < 2 or 3 * len(loud) < 2 * len(found):
        return text
    spelled: dict[str, Counter] = defaultdict(Counter)
    for form, n in forms.items():
        if form.isalpha():
            spelled[form.lower()][form] += n

    def one(w: str, opening: bool, after: str, compound: bool, rest: str) -> str:
        if not w.isupper() or w == "I":
            return w  # 'World War I'
        if w == "A":
            # 'Part A:', 'Vitamin A and …', 'Type A Personality' name; "as A Power", "Building A State" count
            label = re.match(r"\s*(?:$|[^\w\s]|and\b|or\b|\d)", rest, re.IGNORECASE) is not None
            article = after.lower() in STOPWORDS or after.lower().endswith(("ing", "ed"))
            return "a" if not opening and not label and article else w
        if w.lower() in _SMALL_WORDS and not opening:
            return w.lower()  # 'vs', 'via'
        seen = spelled.get(w.lower(), Counter())
        caps = seen[w]
        if not (seen[w.lower()] or seen[w.capitalize()]) and (
            _label(w) or not re.search(r"[AEIOUY]", w)
        ):
            return w  # 'World War II', 'Henry VIII', 'HTML'
        small = (w.lower() in STOPWORDS or w.lower() in _EMPHASIS_WORDS) and w.lower() not in _ACRONYM_WORDS
        # a small or stressing word written once in capitals ("Do NOT", "The KEY idea") is emphasised; a
        # word the lines write in capitals a quarter of the time is kept so ('AIDS' beside "mobility aids")
        if caps and 4 * caps >= sum(seen.values()) and not (small and caps == 1):
            return w  # 'DNA', 'AIDS' as the notes' lines write them
        if caps and w.lower() in _ACRONYM_WORDS:
            return w  # 'WHO', 'IT', 'US' beside the pronoun
        mixed = [f for f, _ in seen.most_common() if f != w and f != f.lower() and f != f.capitalize()]
        if mixed:
            return mixed[0]  # 'mRNA', 'DynamoDB'
        if w.lower() in STOPWORDS and not compound:
            return w.capitalize() if opening else w.lower()
        if len(w) >= 5 or seen or (len(w) == 4 and is_dictionary_word(w.lower())):
            return w.capitalize()
        return w  # 'DNA', 'GDP': a short word the notes' lines never write

    out: list[str] = []
    pos = 0
    previous = ""
    for m in re.finditer(r"[A-Za-z]+(?:'[A-Za-z]+)?", text):
        out.append(text[pos : m.start()])
        before = text[: m.start()].rstrip()
        opening = not before or before.endswith(":")
        compound = text[m.start() - 1 : m.start()] == "-" or text[m.end() : m.end() + 1] == "-"
        head, _, tail = m.group(0).partition("'")
        word = one(head, opening, previous, compound, text[m.end() :])
        out.append(word + (f"'{tail.lower()}" if tail else ""))  # "NEWTON'S" -> "Newton's"
        previous = head
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


# the parts of a heading over several topics: "Label and Selector, Annotation, Namespace"
_TOPIC_PARTS = re.compile(r"\s*(?:,|&|/|\band\b)\s*", re.IGNORECASE)


def _title_stems(title: str) -> frozenset[str]:
    """The stemmed content words of a heading (or, ``_clean_heading`` done, of a part of one): how
    headings are matched to the topics a heading above them lists."""
    return frozenset(stem(w) for w in words(title) if w not in STOPWORDS)


def _topic_parts(title: str) -> list[frozenset[str]]:
    """The stemmed words of each topic a heading gathers ("Label and Selector, Annotation,
    Namespace"), or [] for a heading of one topic."""
    parts = [p for p in _TOPIC_PARTS.split(_clean_heading(title)) if p.strip()]
    if len(parts) < 2:
        return []
    return [_title_stems(p) for p in parts]


# "can be defined …", "can also be achieved by …": a possibility, not what sets a thing apart
_POSSIBLE = re.compile(r"^can\s+(?:also\s+)?be\s", re.IGNORECASE)


# a list or line breaks written in HTML inside a table cell, where markdown has no lists:
# "payments firms make to purchase <ul><li>hiring labor, renting land</li></ul>"
# ("< br>", "<br />": a break typed loosely is a break)
_CELL_BREAK = re.compile(r"\s*(?:<\s*br\s*/?\s*>|</?li>|</?[uo]l>)\s*", re.IGNORECASE)
# "<br>- No enantiomers": a bullet typed after the break
_CELL_BULLET = re.compile(r"^(?:[-*•]|\d+[.)])\s+")


def _cell_lines(cell: str) -> str:
    """A cell's HTML list or breaks as text: "purchase <ul><li>a</li><li>b</li></ul>" -> "purchase: a; b"."""
    if "<" not in cell or not _CELL_BREAK.search(cell):
        # "• Computerized provider order entry …": a list of one point is that point, its bullet no
        # word of it (a bullet before a word: "- 5" may be a minus)
        return re.sub(r"^\s*[-*•]\s+(?=[^\W\d_])", "", cell)
    raw = [p.strip() for p in _CELL_BREAK.split(cell) if p.strip()]
    if not raw:
        return ""
    parts = [_CELL_BULLET.sub("", p) for p in raw]
    listed = "<li>" in cell.lower() or any(_CELL_BULLET.match(p) for p in raw[1:])
    # "purchase <ul><li>…" and "owners<br>- labor …" lead into their list; "- Contains …<br>- Plane …"
    # is a list from its first word
    lead = cell.strip()[:4].lower() not in ("<ul>", "<ol>") and not _CELL_BULLET.match(raw[0])
    if listed and lead and len(parts) >= 2 and not parts[0].endswith((":", ".")):
        parts[0] += ":"
    out = parts[0]
    for part in parts[1:]:
        # "From the shore<br>to where plants stop growing", "Between epilimnion<br>& hypolimnion": a
        # break inside a phrase, whose next line goes on with a small word, only wraps it
        goes_on = not listed and (part.startswith("&") or part.split()[0] in STOPWORDS)
        out += f" {part}" if goes_on or out.endswith((".", ";", ":")) else f"; {part}"
    return out


# pictographs and dingbats a table decorates its cells with ('✅ Strong', '❌ Weak', '🔒 Most secure',
# '⚠ Transitional'): a choice's mark would say which is good. The signs of the sexes and planets (♀ ♂),
# of music (♭ ♮ ♯), cards and chess, arrows (➔) and the degree are text
_DECORATION = re.compile("[\U0001F300-\U0001FAFF\u2700-\u2793\u2600-\u263F\u2690-\u26FF\uFE0F]")


# "[17th](https://constitutioncenter.org/…)": a link to a page, read as its words, as the page shows it
_WEB_LINK = re.compile(r"\[([^\[\]]+)\]\((?:https?://|www\.)[^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")


def link_words(text: str) -> str:
    """``text`` with its links to web pages as their words ("[Freedom Score](https://…)" -> "Freedom
    Score"); an anchor into the notes ("[Caching](#caching)") stays, a pointer the roles check reads."""
    return _WEB_LINK.sub(r"\1", text) if "](" in text else text


def _plain_cell(cell: str) -> str:
    """A table cell as text, its pictographs gone and its links read as their words; a leading '>' or '<'
    is a comparison ("> 15"), not a quote mark."""
    cell = _cell_lines(_DECORATION.sub("", link_words(cell)).strip())
    quoted = re.fullmatch(r'"([^"“”]+)"|“([^"“”]+)”', cell)
    if quoted and len((quoted.group(1) or quoted.group(2)).split()) >= 3:
        # '"Sets rules and laws, collects taxes"': a cell in quote marks is its words; a stem quotes
        # them once ('"John"', a string's value, keeps its marks)
        cell = quoted.group(1) or quoted.group(2)
    sign = cell[:1] if cell[:1] in "<>" else ""
    return f"{sign} {_plain(cell[1:])}" if sign else _plain(cell)


def _parts_of_a_whole(column: list[str]) -> bool:
    """A column of bare numbers that add up to a whole (1, 100 or a power of ten): the shares or counts
    a worked example tallied ('.910', '.053', '.037'), which no row has as a property of its own."""
    values = []
    for cell in column:
        text = _plain(cell).strip().rstrip("%").replace(",", "")
        if not re.fullmatch(r"-?(?:\d+\.?\d*|\.\d+)", text):
            return False
        values.append(float(text))
    if len(values) < 2:
        return False
    total = sum(values)
    return any(abs(total - whole) <= 0.01 * whole for whole in (1, 10, 100, 1000, 10000, 100000, 1000000))


def _generic_cell(cell: str) -> bool:
    """'Highly scalable', 'Yes', 'Depends': a quality in everyday words, true of more things than the
    notes say it of. A noun phrase ('Message broker') names what a thing is and stays."""
    ws = [w.strip(",.") for w in cell.split()]
    if not ws or len(ws) > 3 or re.search(r"[\d(]", cell) or not all(_everyday(w) for w in ws):
        return False
    return len(ws) == 1 or any(w.lower().endswith("ly") for w in ws) or bool(_QUALITY.search(ws[-1]))


# the ending of a word that names a quality ('scalable', 'managed', 'available', 'costly')
_QUALITY = re.compile(r"(?:ly|able|ible|ive|ous|ful|less|al|ent|ant|ic|ed)$", re.IGNORECASE)


def _everyday(word: str) -> bool:
    return word.isalpha() and word[1:].islower() and is_common_word(word.lower())


def _overlap(a: str, b: str) -> float:
    """Share of content words two cells have in common (0 when either has none)."""
    wa, wb = set(words(a)) - STOPWORDS, set(words(b)) - STOPWORDS
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _alike(a: str, b: str) -> bool:
    """The same cell, give or take a typo or a word: 'A boolean operator' and 'A boolean oprator'."""
    if key(a) == key(b):
        return True
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= 0.5 or SequenceMatcher(None, key(a), key(b)).ratio() >= 0.85


def _leads_in(entry: Entry) -> bool:
    """A paragraph that ends in a colon leads into the list below it ("Here are some common markings:"),
    emphasis and all ("*Here is an analogy … of the network:*")."""
    return not entry.item and entry.text.rstrip().rstrip("*_").rstrip().endswith(":")


def _vocabulary_size(entries: list[Entry]) -> int:
    """How many terms a section defines outside any list a sentence leads into: labelled paragraphs
    and the items of lists that hang off them ("**babbling** - ..." then "- **canonical babbling** -
    ..."). Lists led in by "Here are some common markings:" are each a set of their own."""
    count, led = 0, False
    for e in entries:
        if e.parent is not None:
            continue
        if not e.item:
            led = _leads_in(e)
        if e.label and not (e.item and led):
            count += 1
    return count


# "AD can typically be classified into 4 stages:", "There are 2 types of shares:": a sentence that says
# what a list holds and how many, ending in the list's plural noun
_COUNTED_LEAD = re.compile(
    r"\b(?:consists?|composed|made up|classified|divided|split|grouped|falls?|there (?:are|is)|has|have|"
    r"includes?|involves?|exists?|comes? in)\b.*?"
    r"\b(?P<count>[2-9]|two|three|four|five|six|seven|eight|nine)\s+"
    r"(?:(?:main|major|basic|broad|key|essential|primary|different|distinct|separate|general)\s+)?"
    r"(?P<kind>(?:[A-Za-z-]+\s+)?[A-Za-z-]+s(?:\s+of\s+[A-Za-z][\w -]*)?)$",
    re.IGNORECASE,
)
# "Three major components of utilitarianism" over its three items: a line that is only the count and
# the kind of what is listed below it
_COUNTED_TITLE = re.compile(
    r"^(?P<count>[2-9]|two|three|four|five|six|seven|eight|nine)\s+"
    r"(?:(?:main|major|basic|broad|key|essential|primary|different|distinct|separate|general)\s+)?"
    r"(?P<kind>(?:[A-Za-z-]+\s+)?[A-Za-z-]+s(?:\s+of\s+[A-Za-z][\w -]*)?)$",
    re.IGNORECASE,
)
# words by which a sentence points at another or at the page: it does not stand alone in a stem
_POINTING = re.compile(
    r"\b(?:it|its|they|them|their|this|these|those|following|above|below|here|we|you)\b", re.IGNORECASE
)


# "Ruled by Ferdinand", "Made of cellulose": a phrase that says something of a thing, not a name
_PARTICIPLE_PHRASE = re.compile(
    r"^(?:[A-Za-z]+(?:ed|en)|made|known|used|led|run|set|built|held|kept|found|sold|taught)\s+"
    r"(?:by|with|from|in|into|to|as|for|of|on|at)\b",
    re.IGNORECASE,
)


# a bracketed aside ('(Kcal/mol)', '(R, X)', '(self, other)'), read past when a name's own words count
_BRACKETED = re.compile(r"\([^()]*\)")


# 'Example (depending on Institution)', 'Dose (if any)': a remark on a column, no part of its name
_COLUMN_REMARK = re.compile(
    r"\s*\((?:depending|depends|varies|varying|if|when|optional|approx|e\.g\.|eg|see)\b[^()]*\)$",
    re.IGNORECASE,
)


def _column_name(attr: str) -> str:
    """How a stem names a column: 'Name of Works' -> 'Works' ("Which writer has the works ..."),
    'Affix(es)' -> 'Affix',
    'Significance/Contribution' -> 'Significance or Contribution'; '' for 'From/Dynasty', half of
    which is no noun."""
    attr = re.sub(r"^names?\s+of\s+", "", attr, flags=re.IGNORECASE)
    attr = re.sub(r"(?<=[A-Za-z])\((?:e?s)\)(?=\s|$)", "", attr)  # 'Affix(es)': the affix, one or more
    attr = _COLUMN_REMARK.sub("", attr)
    if "/" in _BRACKETED.sub("", attr) and not re.search(r"\d/|/\d", attr):
        # ('Kcal/mol' in brackets is a unit, left as it is)
        sides = [side.strip() for side in attr.split("/")]
        if len(sides) > 2 or any(not side or side.split()[0].lower() in STOPWORDS for side in sides):
            return ""  # 'GDP/GDP per capita/gini': three measures in one column are no one thing's
        attr = " or ".join(sides)
    return attr


# 'Value (mmHg)', 'Amount', 'Level': a column of measures says what it measures only in its table's
# heading ("CO2 Cascade"); a question asks in it
_MEASURE_COLUMNS = _wordset(
    "value values amount amounts level levels number quantity measurement reading score"
)

# 'CNS', 'GU' (an abbreviation) and 'Respiratory', 'Renal', 'Metabolic' (an adjective): a column or
# row that names a part or a field, not a property; "What is the CNS of Dopamine?" is no question
_AREA_LABEL = re.compile(r"[A-Z]{2,5}|[A-Z]?[a-z]+(?:ory|ary|al|ic|ical|ign|ant|ous|ive)")


def _attribute_question(attr: str, cell: str, named: str) -> str:
    """"What are the famous pieces of X?" over 'The Creation, The Seasons' (several values of a
    plural column), "What is the base unit of X?" over 'second' (one value: the column's plural
    is its header's), "What is the number of consonants of X?" over '24', "What is the status of X?".
    An area's label asks what is listed under it: "What is listed for Dopamine under “CNS”?"."""
    if _AREA_LABEL.fullmatch(attr) or _participle_tail(attr):
        # ('Organs affected', 'Works written by Kant': "the organ affected of X" reads as a slip)
        return f"What is listed for {named} under “{attr}”?"
    head = _attribute_head(attr)
    # 'Antibiotics', 'Characteristics' take "are" (and so do 'Genetics' or 'Economics' of a thing), but
    # never one in -ic: "What is the antibiotics of MRSA?" read as a slip
    ics = len(head) > 4 and head.lower().endswith("ics")
    if not _plural_attribute(attr) and not ics:
        return f"What is the {_lower_title(attr)} of {named}?"
    if re.fullmatch(r"~?(?:\d{1,3}(?:,\d{3})*(?:\s+[a-z]+)?|\d\s*\([^()]*\))", cell.strip()):
        # 'Consonants' over '24', 'Members' over '435 people', 'Electrons on C' over '2 (lone pair)': a count
        return f"What is the number of {_lower_title(attr)} of {named}?"
    if re.search(r",|;|\band\b|\d\s*[-–]\s*\d", cell) or "(" in attr or ics:
        return f"What are the {_lower_title(attr)} of {named}?"
    # 'Effects on heart' over 'Raises the rate': "What is the effect on heart of X?"
    one = _singular_head(attr)
    return f"What is the {_lower_title(one)} of {named}?"


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # 'KPIs', 'APIs': an acronym and a plural's s


def _plural_attribute(attr: str) -> bool:
    """'major works', 'years (Born-Died)', 'Structural Isomers': a name whose head (before any "of")
    is a plural. A column so named asks "What are the ...", while 'name of works' and 'Status' ask
    "What is the ..."."""
    head = _attribute_head(attr)
    if _ACRONYM_PLURAL.fullmatch(head):
        return True  # 'KPIs', 'APIs': an acronym's plural ("What are the KPIs of …", not "is")
    last = head.lower()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is", "ics"))
    return len(last) > 3 and last.isalpha() and plural


# "Electrons on C", "Effects on heart", "Time to onset": a column's head noun comes before its preposition
_ATTRIBUTE_PREPOSITION = re.compile(
    r"\s+(?:of|on|in|at|per|for|from|with|to|by|under|during)\s+", re.IGNORECASE
)


# "Drugs used in infections", "Organs affected", "Works written by Kant": a participle (or an adverb)
# after the head noun
_IRREGULAR_PARTICIPLE = re.compile(
    r"(?:seen|found|given|taken|known|made|shown|held|kept|left|put|set|written|done|born|grown|chosen|"
    r"drawn|sold|told|built|sent|taught|brought|bought|paid|led|fed|lost|won|worn|hidden|broken|spoken|"
    r"fought|read|spread|thrown|driven|eaten)"
)


def _participle_tail(attr: str) -> bool:
    """Whether a column's name puts a participle after its head noun ('Organs affected')."""
    a, b = _head_span(attr)
    tail = attr[b:].split()
    return bool(tail) and _participle(tail[0].lower())


def _participle(word: str) -> bool:
    """'affected', 'used', 'written', 'commonly': a participle or an adverb, not a noun in -ed ('speed')."""
    if _IRREGULAR_PARTICIPLE.fullmatch(word):
        return True
    if word.endswith("ly") and len(word) > 5 and is_dictionary_word(word[:-2]):
        return True  # 'commonly' ('assembly' is no adverb)
    if word.endswith("ied"):
        return is_dictionary_word(word[:-3] + "y")  # 'supplied'
    return word.endswith("ed") and (is_dictionary_word(word[:-2]) or is_dictionary_word(word[:-1]))


def _head_span(attr: str) -> tuple[int, int]:
    """Where the head word of a column's name is: the last word before any preposition, participles
    and adverbs after a plural noun skipped ('Electrons' of 'Electrons on C', 'Drugs' of 'Drugs
    commonly used in asthma', 'Organs' of 'Organs affected'); brackets are no part of it."""
    blanked = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), attr)
    m = _ATTRIBUTE_PREPOSITION.search(blanked)
    before = blanked[: m.start()] if m else blanked
    spans = [w.span() for w in re.finditer(r"\S+", before)]

    def plural_noun(span: tuple[int, int]) -> bool:
        word = before[span[0] : span[1]].lower()
        return word.endswith("s") and _singular(word) != word and is_dictionary_word(_singular(word))

    while len(spans) >= 2 and _participle(before[slice(*spans[-1])].lower()) and (
        plural_noun(spans[-2]) or _participle(before[slice(*spans[-2])].lower())
    ):
        spans = spans[:-1]
    return spans[-1] if spans else (0, 0)


def _attribute_head(attr: str) -> str:
    """The head word of a name, before any preposition and without its asides ('works' of 'major works',
    'Electrons' of 'Electrons on C')."""
    a, b = _head_span(attr)
    return attr[a:b]


def _singular_head(attr: str) -> str:
    """The name with its head word in the singular: 'Effects on CNS' -> 'Effect on CNS', 'Side
    effects' -> 'Side effect' ('CNS' and 'gas' after the preposition are left as they are)."""
    a, b = _head_span(attr)
    if b and _ACRONYM_PLURAL.fullmatch(attr[a:b]):
        return attr[:a] + attr[a : b - 1] + attr[b:]  # 'KPIs' -> 'KPI'
    return attr[:a] + _singular(attr[a:b]) + attr[b:] if b else attr


_COUNTS = {w: n for n, w in enumerate("two three four five six seven eight nine".split(), start=2)}
# a heading that counts its items opens with one of these ("Two ways to charge")
COUNT_WORD = r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|[2-9])"


# "There are various types of inheritance which are as follows:", "Some kinds of rock are:": a lead
# that names what its list holds without counting it
_KINDS_LEAD = re.compile(
    r"\b(?:there (?:are|is)|are|include|includes)\b.*?\b(?P<sort>types?|kinds?|forms?|sorts?)\s+of\s+"
    r"(?P<noun>[A-Za-z][A-Za-z-]+)\b",
    re.IGNORECASE,
)


def _kind_in_lead(lead: Entry) -> str | None:
    """The kind a paragraph leading into a list says its items are, uncounted ("There are various
    types of inheritance which are as follows:" -> 'type of inheritance'), or None: without it a
    list under a bold line asked "In “Types of Inheritance”, which one …" (graded odd, r227/r228)."""
    said = sentences(_plain(lead.text).strip())
    last = said[-1].strip() if said else ""
    if not last.rstrip().endswith(":") or not 4 <= len(last.split()) <= 14:
        return None
    m = _KINDS_LEAD.search(last)
    if m is None or m.group("noun").lower() in STOPWORDS:
        return None
    return f"{_singular(m.group('sort').lower())} of {_singular(m.group('noun').lower())}"


def _counted_lead(lead: Entry, listed: int) -> tuple[str, str] | None:
    """A paragraph leading into a list with what the list holds and how many ("AD can typically be
    classified into 4 stages:", or an item over its sub-items: "Three major components of
    utilitarianism") -> (that sentence, 'stage'): the stem says of what its choices are
    and that they are all the notes name, which a heading ("In “Dementia and Movement”") does not.
    None when the list below holds another number of items (``listed``): "three types of scaling
    policies" over six lines is not the list it counts."""
    said = sentences(_plain(lead.text).strip())
    if not said:
        return None
    last = said[-1].strip().rstrip(":").strip()
    opens = last[:1].isupper() or last[:1].isdigit()  # "4 Processes of Erosion" opens with its count
    if _POINTING.search(last) or not 4 <= len(last.split()) <= 18 or not opens:
        return None
    if re.match(r"^\w+,", last):
        return None  # "Thus, the process has three phases:" follows on from what came before
    # "4 Processes of Erosion (coasts & rivers):": the aside says where, not what the list holds
    bare = re.sub(r"\s+", " ", _BRACKETED.sub(" ", last)).strip()
    m = _COUNTED_LEAD.search(bare) or _COUNTED_TITLE.match(bare)
    if m is None:
        return None
    count = m.group("count").lower()
    if int(_COUNTS.get(count, count)) != listed:
        return None
    ws = m.group("kind").split(" of ", 1)
    head = ws[0].split()
    if head[-1].lower() in _NOT_KINDS or (len(head) == 2 and not head[0][:1].isupper()):
        return None  # "3 points", "two loose items": remarks or an adjective of no kind
    noun = " ".join([*head[:-1], _singular(head[-1])])  # "subtype", not "subtype of multiple sclerosis" again
    return last, noun if any(c.isupper() for c in noun[1:]) else noun.lower()


def _swapped(a: str, b: str) -> bool:
    """``a`` is ``b`` with two neighbouring letters swapped ('assing' for 'assign')."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _run_together(w: str) -> bool:
    """'orneurally': a small word and the next run together, a space lost in the notes. Only where
    one side is a small word ('or', 'the'): 'namespace' or 'runtime' are words of their own, and so is
    any word the spelling dictionary writes ('resistor', not 'resist' + 'or')."""
    if is_word_form(w) or is_spelt(w):
        return False
    for i in range(2, len(w) - 1):
        a, b = w[:i], w[i:]
        if (a in _JOINERS and len(b) >= 4 and is_word_form(b)) or (
            b in _JOINERS and len(a) >= 4 and is_word_form(a)
        ):
            return True
    return False


def _stuttered(w: str) -> bool:
    """'patternpatter', 'thethe': a word written again, whole or begun, with no space between, which no
    dictionary writes (graded a garbled copy three times, psychology notes, r351); 'murmur' and
    'tartar' are words of their own."""
    if is_word_form(w) or is_spelt(w):
        return False
    for i in range(3, len(w) - 2):
        a, b = w[:i], w[i:]
        if a.startswith(b) and len(b) >= 3 and is_word_form(a):
            return True
    return False


# the small words a lost space runs into the next (not "in", "is", "as", "up": prefixes of words
# such as "incontinence", "ischemic", "ascites", "upsample")
_JOINERS = frozenset("or and of the to on for with that than from which when".split())


def _item_id(kind: str, source: str, prompt: str, answer: str) -> str:
    return hashlib.sha256("\x1f".join((kind, source, prompt, answer)).encode()).hexdigest()[:16]


# "In “S3 Glacier”, which of these ...": the heading a question is asked in, as generators write it
SETTING = re.compile(r"^In “([^”]+)”, ")
# "With prime = [2, 3, 5], what is the result of prime[:2]?": the values a line of code was given, which
# are what the question works on, not words of its answer
RESULT_OF = "what is the result of"
GIVEN = re.compile(rf"^With (.+), (?={RESULT_OF} )")


def _holds_run(words_: list[str], run: list[str]) -> bool:
    """Whether ``run`` occurs in ``words_`` word for word."""
    n = len(run)
    return n > 0 and any(words_[i : i + n] == run for i in range(len(words_) - n + 1))


def _contains_phrase(text_words: list[str], phrase: str) -> bool:
    """Whether the words of ``phrase`` occur, in order and adjacent, among ``text_words``."""
    pw = words(phrase)
    if not pw:
        return False
    n = len(pw)
    return any(text_words[i : i + n] == pw for i in range(len(text_words) - n + 1))


def _sentence_case_lower(text: str) -> str:
    """'Change instance type' -> 'change instance type'; acronyms and names keep their case."""
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and first[1:] == first[1:].lower() and not any(c.isdigit() for c in first):
        return text[:1].lower() + text[1:]
    return text


# A heading that names a topic or a task ("Introduction to loops", "Creating Virtual Environments",
# "Types of X", "How to ...", "Networking & Security") rather than a thing.
_TOPIC_HEADING = re.compile(
    r"[&?:/]|\band\b|\bor\b|\bof\b|\bfor\b|\bwith\b|\bin\b|^\w+ing\b|^(?:introduction|intro|overview|basics?|types?|kinds?|summary|"
    r"about|how|what|why|when|where|which|using|getting|more|other|advanced|example|examples)\b",
    re.IGNORECASE,
)


def of_its_kind(name: str, parent: str) -> bool:
    """Whether a heading names one thing of the kind its parent heading names ("Fallacy of
    equivocation" under "Formal Fallacies"): then "X of Y" is a name, not a topic's heading."""
    kind = _kind_of(parent)
    head = re.split(r"\s+of\s+", name, maxsplit=1, flags=re.IGNORECASE)[0]  # not 'History of Fallacies'
    return bool(kind) and stem(words(kind)[-1]) in {stem(w) for w in words(head)}


def is_topic_heading(name: str, parent: str = "") -> bool:
    """A heading that names a topic or a task ("Causes of inflation", "Creating Virtual
    Environments"), not a thing; "Fallacy of equivocation" under "Formal Fallacies" is a thing."""
    if parent and of_its_kind(name, parent):
        name = re.sub(r"\b(?:of|for|in|with)\b", " ", name, flags=re.IGNORECASE)
    return _TOPIC_HEADING.search(name) is not None


# 'Option 2', 'step3', 'Type B', 'Phase II'; a letter or numeral counts only after a space ('Disease'
# is no 'Diseas' E, 'Arthropod' no 'Arthropo' D)
_ENUMERATED = re.compile(r"^([A-Za-z]+)(\s*#?\d{1,3}|\s+#?(?:[IVX]{1,4}|[A-Ea-e]))\W*$")
# "on R2", "R1's MAC": a fact placed on a numbered name
_PLACED_ON = re.compile(r"\b(?:on|to|from|at|via|of)\s+([A-Z]{1,3})\d{1,2}\b|\b([A-Z]{1,3})\d{1,2}'s\b")
# 'Bytes 12-15', 'bits 0-5', 'Bytes 20+', '(optional) 1-1440': a range or an open end says where a
# field sits or what values it takes, and so does an ordinal ('1st char', 'char after period'); 'XX',
# 'hh': a placeholder of a format; '12 bits': a size
_POSITION = re.compile(
    r"\d+\s*[-–]\s*\d+\b|\b\d+\+|^\d+(?:st|nd|rd|th)\s+[a-z]+$|^[a-z]+\s+(?:after|before)\s"
)
_PLACEHOLDER = re.compile(r"^([A-Za-z])\1{1,3}$")
# 'p. 124', 'pp. 12-15', '(d) Summons', '(iv) Notice': where the notes' source says it, or one lettered
# part of a passage, named by its place
# ... or the number of an exam's question before its topic: "Q4. investment decisions - long NPV question"
_PAGE_OR_PART = re.compile(
    r"^(?:(?:p|pp|pg|page|pages)\.?\s*\d+|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)\s|(?:q|question\s*)\d{1,2}[.):]\s+\S)",
    re.IGNORECASE,
)
_SIZE = re.compile(r"^\d+(?:\.\d+)?\s+[A-Za-z]+$")
# a page's summary: "Quick Revision", "Summary", "Chapter Recap", "At a glance", "Key takeaways"
_SUMMARY_HEADING = re.compile(
    r"\b(?:summary|summaries|revision|recap|overview|takeaways|in brief|at a glance|tl;?dr)$",
    re.IGNORECASE,
)
# "Related Concepts", "Basic idea", "Key Terms": a heading that files lines away names no thing the
# reader could be asked "in"
_FILING_QUALIFIERS = (
    "related key main important general basic core further additional common useful other more some misc "
    "miscellaneous"
).split()
_FILING_HEADING = re.compile(
    rf"^(?:{'|'.join(_FILING_QUALIFIERS)})\b|\b(?:concepts?|ideas?|terms|terminology|definitions?|notes?|points?|"
    r"topics?|basics|facts|details|things|vocabulary|glossary|dictionary|keywords|summary|overview|recap|review|"
    r"refresher|primer)$"
    # a file or heading named by its place in a course ("lecture-13", "Week 3", "Unit 2") names no thing
    r"|^(?:ch|chap|chapter|lecture|lec|week|unit|part|module|session|topic|day|class)\.?[\s_-]*\d+[a-z]?$"
    # and so does a class's date ("February 12th, 2020", "2/12/20", "2020-02-12")
    r"|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?$"
    r"|^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?$",
    re.IGNORECASE,
)

# a heading that is a date, as a class's notes head each meeting ("December 14 2023", "Sept. 8, 2023",
# "Spetember 8 2023"), a month's name however spelt; not "Apollo 11 1969"
_DATED = re.compile(r"^(?P<month>[A-Za-z]{3,10})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$")
_MONTHS = tuple(
    "january february march april may june july august september october november december".split()
)


def _dated(heading: str) -> bool:
    """A class's date as a heading, the month misspelt or not (``_FILING_HEADING`` reads only a month
    spelt right, as a file's or heading's name)."""
    m = _DATED.match(heading.strip())
    if m is None:
        return False
    month = m.group("month").lower()
    return any(n.startswith(month) or OSA.distance(month, n, score_cutoff=2) <= 2 for n in _MONTHS)


# "Archaic Period 2", "Archaic Period 5": words and a number apart, the items of a lecture's outline
_ENUMERATED_WORDS = re.compile(r"^([A-Za-z]+(?:\s+[A-Za-z]+){1,2})(\s+#?\d{1,3})\W*$")


def enumerated_as(label: str) -> re.Match[str] | None:
    """The words and the number of a label that counts something off ('Example 1', 'step3',
    'Archaic Period 2'), or None."""
    name = _clean_name(label)
    return _ENUMERATED.match(name) or _ENUMERATED_WORDS.match(name)


def _enumerators(labels: list[str]) -> frozenset[str]:
    """Words the notes number ('Example 1', 'Example 2', 'step3', 'Row 2', 'Archaic Period 2' and '3'):
    labels of that shape count things off, they do not name them, and never make an answer or a
    choice."""
    seen: dict[str, set[str]] = defaultdict(set)
    for label in labels:
        m = enumerated_as(label)
        if m and not (m.group(1).isupper() and m.group(2)[:1].isdigit()):
            # ('SN1' and 'SN2', 'E1' and 'E2': capitals run into their number name two things)
            seen[m.group(1).lower()].add(m.group(2).strip().lower())
    return frozenset(w for w, ns in seen.items() if len(ns) >= 2)


_GENERIC_ADJECTIVES = frozenset(
    "important key main basic common other useful different various major general special some".split()
)


def _unref(title: str) -> str:
    """A heading without its citation: 'Kubernetes Components (Ref: Kubernetes.io)' -> the name; nor the
    mark that led into its list ("UDP usage =" over its uses, graded a garbled heading, r326)."""
    return _CITATION.sub("", title).strip().rstrip(" :=").strip()


# verbs of a learner's tasks: a heading that opens with one ("Reading ECGs", "Understanding Disorders")
# names what to do, not a kind of thing ('Formatting codes', 'Operating systems' are kinds)
_TASK_VERBS = frozenset(
    """read understand interpret learn study analyse analyze classify identify recognise recognize
    diagnose treat manage solve compare choose use apply evaluate assess review""".split()
)


def _gerund(word: str) -> bool:
    """Whether ``word`` is a task's -ing form ('Reading', 'Understanding', and any '-ifying' or '-izing'
    word: 'Classifying', 'Organizing'), not a noun's adjunct ('Formatting', 'Operating') or a noun that
    ends so ('String')."""
    w = word.lower()
    if re.fullmatch(r"[a-z]+(?:ify|[iy][sz])ing", w):
        return True
    if len(w) < 6 or not w.endswith("ing"):
        return False
    base = w[:-3]
    bases = {base, base + "e"} | ({base[:-1]} if base[-1] == base[-2] else set())
    return bool(bases & _TASK_VERBS)


def _task_named(name: str) -> bool:
    """'Administering Blood', 'Handling a Y-Set': a task, a verb's -ing form and what it is done to
    (not 'Merging', one operation's name, nor 'Ming Dynasty' or 'String Quartet', whose -ing word is
    no verb's)."""
    ws = name.split()
    if len(ws) < 2 or not ws[0].lower().endswith("ing") or not is_topic_heading(name):
        return False
    base = ws[0].lower()[:-3]
    bases = {base, base + "e"} | ({base[:-1]} if len(base) > 2 and base[-1] == base[-2] else set())
    return any(len(b) >= 3 and is_dictionary_word(b) for b in bases)  # 'Using Git': use


# "Example factors", "Sample questions", "Everyday examples": a list of examples, which names no kind and
# sets no question ('Blood samples' is a kind)
EXAMPLES_OF = re.compile(r"^\s*(?:examples?|samples?)\b(?!\s*$)|\bexamples?\W*$", re.IGNORECASE)


# a word after a plural that says the list is of those things at hand ("Tools Available", "Methods
# Used", "Terms Covered")
_LISTED_AFTER = frozenset("available used covered included involved mentioned discussed".split())


def _kind_of(label: str) -> str | None:
    """The singular noun a list's label names its items by: 'Types of Inheritance' -> 'type of
    Inheritance', 'Features' -> 'feature'; None for a label that is not a plural kind."""
    label = _unref(label).strip(" :")
    m = KINDS_OF.fullmatch(label)
    if m:
        head = {"categories": "category", "classes": "class"}.get(m.group(1).lower(), m.group(1)[:-1].lower())
        return f"{head} of {m.group(2)}"
    ws = label.split()
    if len(ws) >= 2 and (ws[0].isdigit() or ws[0].lower() in _COUNTS):
        ws = ws[1:]  # "6 Requirements", "Three Branches": the count is no part of the kind's name
        label = " ".join(ws)
    if len(ws) == 2 and ws[1].lower() in _LISTED_AFTER:
        ws = ws[:1]  # "Tools Available", "Methods Used": the tools, whatever the word after says
        label = ws[0]
    if not 1 <= len(ws) <= 4 or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 -]*", label):
        return None
    if any(w.lower() in STOPWORDS for w in ws) or not ws[-1].isalpha() or key(label) in _FIELD_LABELS:
        return None
    if (
        len(ws) == 2
        and ws[-1].lower() in ("concepts", "terms")
        and ws[0].isalpha()
        and ws[0].lower() not in _FILING_QUALIFIERS
        and ws[0].lower() not in _GENERIC_ADJECTIVES
        and ws[0].lower() not in STOPWORDS
    ):
        # "Historical concepts" over 'Continuity' and 'Causation', "Command terms" over 'Analyse' and
        # 'Contrast': terms of one field, which every label is ("Which historical concept is described
        # as …?"); "Key concepts" and "Other terms" file lines of many kinds away
        first = ws[0] if any(c.isupper() for c in ws[0][1:]) else ws[0].lower()  # 'SQL term'
        return f"{first} {ws[-1][:-1].lower()}"
    if ws[-1].lower() in _NOT_KINDS:
        return None  # a list of steps, remarks or merits, not of things of one kind
    if EXAMPLES_OF.search(label):
        # "Example factors:" over "Strengths: core competences, …": its lines are examples of each
        # item, and "Which example factor is …" calls Strengths an example
        return None
    last = ws[-1]
    if not last.endswith("s") or last.lower().endswith(("ss", "us", "is", "ics")) or last.isupper():
        # ('Sociolinguistics', 'Economics' name a field, not things of a kind; 'DoS', 'PaaS' end in a
        # capital S, a short name's last letter, not a plural's)
        return None
    if len(ws) == 2 and (ws[0].lower() in _GENERIC_ADJECTIVES or ws[0].lower() in STOPWORDS):
        return None
    if len(ws) >= 2 and _gerund(ws[0]):
        return None  # "Classifying Sounds", "Reading ECGs": a task, not a kind (its items are no ECGs)
    if len(ws) >= 3 and ws[1].islower() and _task_named(label) and not is_dictionary_word(ws[0].lower()):
        return None  # "Righting past wrongs" over the Philippines and Puerto Rico: no righting past wrong
    singular = _singular(last)
    if len(ws) >= 2 and singular.lower() in _BASE_VERBS and ws[-2].islower():
        return None  # "Cloud computing provides": a sentence's start, not a plural kind
    phrase = " ".join([*ws[:-1], singular])
    return phrase if any(c.isupper() for c in phrase[1:]) else phrase.lower()


# Plural labels that name remarks or merits of a thing, not things of one kind ("Highlights:").
# Words a description cut from the middle of a sentence opens with: "less trade discounts and
# rebates", "between periods in how items are presented", "when the stock price increases".
# "The parity disk is accessed ...": a sentence with a subject of its own ("An agent that runs ..." names a
# kind and says no more of it)
_OWN_SUBJECT = re.compile(
    r"^(?:the|a|an|this|these|each|every)\s+(?:\S+\s+){0,3}?(?:is|are|was|were|has|have|can|will)\s", re.I
)
# ", the real cost of import has increased": a second sentence joined to the first by a comma
_SPLICED = re.compile(rf",\s+(?:the|a|an|this|its)\s+(?:\S+\s+){{0,4}}(?:{'|'.join(sorted(_AUX))})\b", re.I)
# the words a condition opens with ("If a pod does not tolerate …", "When naturally recycling …")
CONDITION_OPENERS = r"(?:if|when|whenever|unless)"
_FRAGMENT_OPENERS = frozenset(
    """when whenever if unless between less plus with without from by as because due than for of on at
    into while whereas although though since after before until or and but nor""".split()
)
# Labels that name an aspect of the thing a passage is about, not a thing ('Location: The page table
# itself lives in kernel space', 'Logic: It considers ...', 'Definition: ...'): words of how notes are
# written, in any field.
_ASPECT_LABELS = _wordset(
    """definition definitions description meaning purpose goal idea concept concepts logic mechanism
    implementation intuition approach solution problem issue issues guarantee result results effect
    action location identification prevalence usage example examples note notes tip summary overview
    importance benefit benefits drawback drawbacks advantage advantages disadvantage disadvantages
    limitation limitations tradeoff analysis observation motivation context background operation
    operations content contents format behavior behaviour role output input key point points idea
    catch insight rationale reason reasons consequence consequences risk risks terminology management
    syntax properties characteristics features cost costs bottleneck fix treatment treatments therapy
    diagnosis diagnoses diagnostics symptoms signs causes prognosis complications prevention formation
    structure composition steps procedure dose doses dosage dosing defense defenses defence defences
    countermeasure countermeasures mitigation mitigations"""
)
# 'Causes of obesity', 'Social influences on obesity', 'Complications of diabetes': the plural of an
# aspect before what it is of, a topic of the notes as a label, not a thing to choose ('Point of sale',
# 'Cost of goods sold' are things)
_ASPECT_OF = re.compile(
    r"^(?:[A-Za-z-]+\s+)?(?:causes|effects|consequences|complications|influences|factors|impacts|benefits|"
    r"risks|advantages|disadvantages|drawbacks|limitations|types|kinds|forms|categories|purposes|goals|aims|"
    r"functions|roles|uses|features|characteristics|properties|symptoms|signs|implications)\s+"
    r"(?:of|on|for|in)\s+\S",
    re.IGNORECASE,
)
# "Lots of stupid arguments", "A lot of debate": an amount of something, a remark on it, not a thing
_QUANTITY_OF = re.compile(r"(?:lots|a lot|plenty)\s+of\s", re.IGNORECASE)
# 'Etiology', 'Pharmacology': a word in -ology, mostly the study of a thing (or an aspect of it:
# 'Topology', 'Terminology'), which a question is set in only when no heading above names the thing
_STUDY = re.compile(r"[A-Z]?[a-z]+olog(?:y|ies)")
# Words that count off the parts of one passage ('Option 2', 'Step 3', 'Case 1').
_COUNTED_WORDS = frozenset("option step case method part phase stage version variant scenario".split())
# A heading over the steps of a procedure ("How it works", "Algorithm", "Steps").
_PROCEDURE = re.compile(r"^(?:how\b|(?:the\s+)?(?:algorithm|procedure|steps|workflow)\s*$)", re.IGNORECASE)
_NOT_KINDS = _wordset(
    """steps things items points others notes terms highlights tips details facts benefits advantages
    disadvantages pros cons considerations remarks takeaways examples reasons definition definitions
    overview summary introduction background basics concepts description descriptions explanation
    affairs matters questions answers issues"""
)


# Columns whose cells describe the row's thing in words: "described by" says it better than "has
# the description".
_DESCRIBING_COLUMNS = _wordset(
    "description descriptions definition definitions meaning explanation summary purpose use usage role"
)
# "Summarize amendment", "Explain significance": a worksheet's column asks for a description of its row
_ASKS_TO_DESCRIBE = _wordset("describe explain summarize summarise define outline")


def describes_row(attr: str) -> bool:
    """Whether a column's cells describe the row's thing in words: named so ('Description', 'Purpose'),
    or asked for as a worksheet asks ("Summarize amendment")."""
    ws = attr.split()
    return key(attr) in _DESCRIBING_COLUMNS or (len(ws) >= 2 and ws[0].lower() in _ASKS_TO_DESCRIBE)


# A table corner that says its rows are attributes ("| Feature | SQS | SNS |", "| Property | Amiodarone |"):
# its columns are the things, or with one column, the one thing the rows describe
_ATTRIBUTE_CORNERS = frozenset(
    key(w)
    for w in """feature features aspect attribute attributes property properties criteria criterion
    dimension characteristic characteristics metric metrics parameter parameters comparison point points
    basis difference differences""".split()
) | {""}


def _lower_title(phrase: str) -> str:
    """'Escape Character' -> 'escape character'; 'pKa' and 'IP Range' keep their capitals."""
    return " ".join(w.lower() if w.isalpha() and w.istitle() and len(w) > 1 else w for w in phrase.split())


# A trailing parenthesis of two or more words ("(studded with ribosomes)", "(Temporary volume)"), not
# an abbreviation or a list of letters ("(NS)", "(R, X)").
_GLOSS = re.compile(r"\s*\((?=[^()]*[A-Za-z]{3,}\s+[A-Za-z]{3,})[^()]{6,}\)$")
# "Which of these are membrane-bound sacs …?": a stem that says what its key is, not how the notes
# describe it, holds wherever its section stands; "which one is the cheapest tier" (the first, the
# default, the only one) ranks its key among the section's, and keeps the section
_RANKS = r"(?:first|second|third|last|next|main|default|only|same|best|worst|most|least|\w+est)\b"
_DEFINES_ITSELF = re.compile(
    rf"^[Ww]hich (?:one is|of these are) (?!described\b)(?!(?:(?:an?|the)\s+)?{_RANKS})"
)
# "is the watery liquid inside …": a definition, which holds wherever its section stands ("is the
# cheapest tier" ranks its subject among the section's)
_DEFINES_ALONE = re.compile(rf"(?:is|are)\s+(?:an?|the)\s(?!{_RANKS})")
# the bracket a label ends with ('Stage 3 Anaphase (HL)'), taken off the choices when every one has it
_COMMON_MARK = re.compile(r"\s*\([^()]+\)$")


def _longer_subject(ws: list[str], i: int) -> bool:
    """The word taken for the verb (``ws[i]``) is a plural noun that ends a longer subject: a verb, an
    auxiliary or an adverb follows it ('Secret objects store ...', 'X architectures generally ...')."""
    following = ws[i + 1].lower() if len(ws) > i + 1 else ""
    return ws[i].endswith("s") and (
        following in _BASE_VERBS or following in _AUX or following in _ADVERBS or _noun_then_verb(ws, i)
    )


def _noun_then_verb(ws: list[str], i: int) -> bool:
    """'Secret objects store the ...': the word taken for the verb (``ws[i]``) is a plural noun of a
    longer subject, and the verb is the next word, before a determiner."""
    return (
        ws[i].endswith("s")
        and len(ws) > i + 2
        and ws[i + 1].isalpha()
        and ws[i + 1].islower()
        and not ws[i + 1].endswith("s")
        and ws[i + 1] not in STOPWORDS
        and ws[i + 2].lower() in _DETERMINERS | {"a", "an", "the"}
    )


def _head(name: str) -> str:
    """The stem of a name's last word when it has two or more ('disorder' of 'Panic disorder'): the
    kind its words name; '' for a one-word name, which names none."""
    ws = words(name)
    return stem(ws[-1]) if len(ws) >= 2 else ""


def _first_word(name: str) -> str:
    """The first word of a name of two or more words when it names, not qualifies ('lewis' of 'Lewis
    acid'): '' for a one-word name, or a first word of everyday degree or order ('Primary', 'High')."""
    ws = words(name)
    if len(ws) < 2 or ws[0] in STOPWORDS or ws[0] in _GENERIC_ADJECTIVES:
        return ""
    return stem(ws[0])


def _label_key(name: str) -> str:
    """A list label's key without its gloss or second name: how its siblings and choices find it."""
    return key(_bare(_GLOSS.sub("", name)))


def _bare(name: str) -> str:
    """'Zombie (Terminated)' -> 'Zombie', 'Confidentiality AKA data privacy' -> 'Confidentiality',
    'COX-2 (inducible)' -> 'COX-2': a name without the second name or gloss after it."""
    name = re.sub(r"\s+(?:aka|a\.k\.a\.?|also known as)\s+\S.*$", "", name, flags=re.IGNORECASE)
    name = re.sub(r"\s*\([A-Z][\w -]{4,30}\)$", "", name)  # not an acronym: "(IaaS)" stays
    # 'COX-1 (constitutive)' beside 'COX-2 (inducible)': a one-word gloss says what the line does
    # ("the housekeeping isoform"), a clue as much as a second name
    return re.sub(r"\s*\([a-z][a-z-]{4,30}\)$", "", name)


# a name written as code: a dotted or called name ('re.findall()', 'datetime.timedelta'), a snake_case
# or camelCase identifier ('initialDelaySeconds')
_CODE_NAME = re.compile(r"^\S*(?:[._(]|[a-z][A-Z])")


def _capitalised(name: str) -> str:
    """A name as a choice starts: capitalised ('Deployment' for "a deployment"), unless it is written
    as code, where the case is the name ('re.split() function', never 'Re.split() function')."""
    if _CODE_NAME.match(name):
        return name
    return name[:1].upper() + name[1:]


def _as_choice(desc: str) -> str:
    """A description as a choice: 'Is a network proxy ...' -> 'A network proxy ...'."""
    desc = re.sub(r"^(?:is|are)\s+", "", desc.strip(), flags=re.IGNORECASE)
    return desc[:1].upper() + desc[1:]


# "A form of anterograde amnesia ...": what a thing is a kind of, never a rival of it
_FORM_OF = re.compile(
    r"^(?:(?:is|are)\s+)?(?:(?:a|an|one)\s+)?"
    r"(?:form|type|kind|subtype|variant|sort|special case)\s+of\s+(.+)",
    re.IGNORECASE,
)
_GENUS = re.compile(r"^(?:is|are)\s+(?:a|an|the|one of the)\s+(?P<np>[^,;:()]+)", re.IGNORECASE)
_GENUS_END = frozenset("in of that which who whose where when with for to by from used as on at".split())


# Nouns a definition can open with that say nothing of its subject's kind ('the sum of ...').
_VAGUE_GENUS = frozenset(
    stem(w)
    for w in """sum amount number part way process ability set thing one kind type form method means
    measure result use act state case group collection combination term name word concept idea""".split()
)


_NEGATIONS = frozenset("not no non never without nor".split())
# "337 BCE", "350-338 BCE", "1760s", "c. 1450", "12 Oct 1492": a time, which no name is a rival of
# (a month first, as American notes write it: "June 6 1944", "Sept 1, 1939", "May 1945")
_MONTH = r"(?:" + "|".join([*_MONTHS, *sorted({m[:3] for m in _MONTHS} | {"sept"})]) + r")\.?"
_WHEN = re.compile(
    r"^(?:c\.|ca\.|circa)?\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+|" + _MONTH + r"\s+(?:\d{1,2},?\s+)?)?"
    r"\d{1,4}(?:s|'s)?"
    r"(?:\s*(?:-|–|to)\s*\d{1,4}(?:s|'s)?)?\s*(?:BCE|BC|CE|AD|B\.C\.E?\.?|A\.D\.)?$",
    re.IGNORECASE,
)


# "Late 3rd c. BCE", "~end of 5th c. BCE", "5th century", "Early 2nd BCE": a century, early or late
_ERA = r"(?:BCE|BC|CE|AD|B\.C\.E?\.?|A\.D\.)"
_CENTURY = re.compile(
    r"^(?:~|c\.|ca\.|circa)?\s*(?:(?:early|mid|late|the|(?:end|beginning|start|middle|(?:first|second)\s+half)"
    r"\s+of(?:\s+the)?)[\s-]+)?\d{1,2}(?:st|nd|rd|th)(?:\s*(?:-|–|to)\s*\d{1,2}(?:st|nd|rd|th))?"
    rf"(?:\s*(?:c\.|c's|cent\.?|centur(?:y|ies))\s*{_ERA}?|\s*{_ERA})$",
    re.IGNORECASE,
)


# "End of 1970s", "Early 1900s", "mid-1960s", "Late 1848": a part of a decade or a year
_PART_OF_YEARS = re.compile(
    r"^(?:early|mid|late|(?:end|beginning|start|middle)\s+of(?:\s+the)?)[\s-]+(?:\d{3}0'?s|'\d0s|\d{4})$",
    re.IGNORECASE,
)


def is_when(text: str) -> bool:
    """Whether a choice is a date, a span of years or a century ('814 BCE', '350-338 BCE', '1492',
    'Late 3rd c. BCE', 'End of 1970s'), not a name; a bare '11' or '4.0' is a value, not a time."""
    text = text.strip()
    if _CENTURY.match(text) or _PART_OF_YEARS.match(text):
        return True
    if _WHEN.match(text) is None:
        return False
    marked = re.search(r"[A-Za-z]", text) is not None  # an era, a month, 'c.', or the 's' of '1760s'
    return marked or re.match(r"^1\d{3}|^20\d{2}", text) is not None


def when_shape(text: str) -> str:
    """How a time is told: by its century ('3rd c. BCE', '1st BCE'), as a span ('407 - 404 BCE',
    'Early 1900s', '1760s') or as one year ('509 BCE'); '' for no time."""
    text = text.strip()
    if _CENTURY.match(text):
        return "century"
    if _PART_OF_YEARS.match(text):
        return "span"
    if not is_when(text):
        return ""
    return "span" if re.search(r"\d\s*(?:-|–|to)\s*\d|\d0'?s\b", text) else "year"


# English verbs whose past forms a stemmer cannot bring home ("broken" is not "break"): "Nuclear
# membrane broken down" says what "Nuclear membrane starts to break down" says. Only forms that are
# no other word; 'left', 'led', 'bound', 'rose', 'found' and 'saw' are names and nouns as well.
_PAST_FORMS = {
    "arise": "arose arisen", "beat": "beaten", "begin": "began begun", "bite": "bitten",
    "break": "broke broken", "bring": "brought", "build": "built", "buy": "bought",
    "catch": "caught", "choose": "chose chosen", "draw": "drew drawn", "drive": "drove driven",
    "eat": "ate eaten", "fall": "fell fallen", "feel": "felt", "fight": "fought",
    "forget": "forgot forgotten", "freeze": "froze frozen", "give": "gave given", "grow": "grew grown",
    "hide": "hid hidden", "hold": "held", "keep": "kept", "know": "knew known", "lose": "lost",
    "make": "made", "meet": "met", "pay": "paid", "say": "said", "seek": "sought",
    "sell": "sold", "send": "sent", "shake": "shook shaken", "show": "shown", "speak": "spoke spoken",
    "spend": "spent", "steal": "stole stolen", "take": "took taken", "teach": "taught",
    "tear": "tore torn", "tell": "told", "think": "thought", "throw": "threw thrown",
    "understand": "understood", "wear": "wore worn", "write": "wrote written",
}
_BASE_STEM = {stem(form): stem(base) for base, forms in _PAST_FORMS.items() for form in forms.split()}
# 'wrote', 'taught', 'built', 'made': every past form above, as one set
_PAST_VERBS = frozenset(form for forms in _PAST_FORMS.values() for form in forms.split())
# numbers said in words ("Years in office: Four", "a combination of two or more …")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())


def base_stems(stems: Iterable[str]) -> set[str]:
    """Stems with the past forms of irregular verbs taken back to their verb's ('broken' -> 'break')."""
    return {_BASE_STEM.get(s, s) for s in stems}


def says_whole(want: set[str], line_terms: Iterable[str], line_words: Iterable[str], clue: str) -> bool:
    """Whether a line holds every term ``want`` of a clue (two at least) and no negation or degree the
    clue lacks: "A consolidation results in both the target and the buyer ceasing to exist" says
    "results in the target ceasing to exist"; "not identical" does not say "identical"."""
    said = list(line_words)
    # ("1 or more nucleotides" takes in one nucleotide: an "or more" widens, it turns nothing)
    widened = {w for before, w in zip(said, said[1:], strict=False) if before == "or" and w in _DEGREES}
    turned = (_NEGATIONS | _DEGREES) & (set(said) - set(words(clue)) - widened)
    return len(want) >= 2 and want <= base_stems(line_terms) and not turned


def says_a_limb(want: set[str], line_terms: Iterable[str], line_words: Iterable[str], clue: str) -> bool:
    """Whether a line holds one whole limb of a clue, joined by "and" or a sentence of its own ("… when
    there is negative integration" of "occurs when there is negative integration and group solidarity
    grows weak", said of Anomic suicide as well; "Reinfection with same organism" of MAC deficit, said of
    C3 deficit as well): the clue is half true of it, and the stem no longer tells the two apart (graded
    two right answers twice, r315, and twice, r316)."""
    limbs = _limbs(clue)
    if len(limbs) < 2:
        return False
    terms_said, words_said = list(line_terms), list(line_words)
    return any(says_whole(want & stems, terms_said, words_said, limb) for limb, stems in limbs)


@lru_cache(maxsize=4096)
def _limbs(clue: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """A clue's limbs, each with its stems: read once per clue, not once per line weighed against it."""
    parts = re.split(r"\s+and\s+|(?<=[a-z)])[.;]\s+(?=[A-Z])", clue)
    return tuple((limb, frozenset(base_stems(terms(limb)))) for limb in parts)


# words that turn how much a line says ("changes more than", "only one", "under 5"): a line with one
# the clue lacks says something else on the same terms
_DEGREES = frozenset("more less most least only over under fewer greater smaller larger".split())
# "Language is key as it allows us to have a culture", "is the most important …": how much a thing
# matters, not what it is
_RATES = re.compile(
    r"(?:is|are)\s+(?:(?:\w+ly|also|so|very|quite|the|most|more|a)\s+){0,3}(?:key|important|essential|"
    r"crucial|vital|necessary|central|critical|useful|helpful|significant|needed|required|good|bad|better|"
    r"best|worse|worst)\b",
    re.IGNORECASE,
)


def _phrase_stems(text: str) -> list[str]:
    """A phrase's words as stems, articles left out: 'part of a whole' -> ['part', 'of', 'whole']."""
    return [stem(w) for w in words(text) if w not in ("a", "an", "the")]


def _genus_of(pred: str) -> str:
    """The noun a definition names its subject's kind by: 'is a market structure in which ...' ->
    'structure', 'is the general rise of prices' -> 'rise'; '' when it names none."""
    m = _GENUS.match(pred)
    if m is None:
        return ""
    span: list[str] = []
    for w in m.group("np").split():
        low = w.lower()
        if low in _GENUS_END or low in _AFTER_GENUS:
            break
        # "a quantity measured at a point of time", "the amount a seller is paid": the noun ends where a
        # participle ('a fully managed service' aside) or another phrase begins
        if span and re.fullmatch(r"[a-z]{3,}(?:ed|ing)", low) and not span[-1].lower().endswith("ly"):
            break
        span.append(w)
    ws = words(" ".join(span))
    return stem(ws[-1]) if ws else ""


_AFTER_GENUS = frozenset("a an the is are was were can will may must should whereby".split())


_HEDGES = frozenset(stem(w) for w in "may might much many more less not never no rarely seldom".split())


def _mirrored(a: str, b: str) -> bool:
    """Two descriptions that share most of their words ('Increase in economic benefits, either
    increasing assets ...' and 'Decrease in economic benefits, either decreasing assets ...')."""
    wa = {stem(w) for w in words(a) if w not in STOPWORDS}
    wb = {stem(w) for w in words(b) if w not in STOPWORDS}
    # 'aligned with' and 'bisect' (eclipsed and staggered) share less, and ask more; but one that is
    # the other with a hedge or a negation added ('profit more when ...' / 'may not profit much when
    # ...') is told apart by that word alone
    if not (wa and wb):
        return False
    hedged = (wa < wb and wb - wa <= _HEDGES) or (wb < wa and wa - wb <= _HEDGES)
    # 'Will open the channel' and 'Will close the channel': one word swapped is all that tells them
    # apart, and the names' everyday sense ('agonist', 'antagonist') picks it (graded trivial, six times)
    # ('K+' for 'Na+' is a fact to know, not a word's sense)
    swapped = len(wa - wb) == 1 and len(wb - wa) == 1 and all(
        len(w) >= 3 and w.isalpha() and is_common_word(w) for w in wa ^ wb
    )
    return hedged or swapped or len(wa & wb) / len(wa | wb) >= 0.7


def _prose(text: str) -> bool:
    """A description in words ('Points at the primary instance'), not a name or a value."""
    return sum(1 for w in re.findall(r"\b[a-z]{3,}\b", text) if w not in STOPWORDS) >= 2


def _stem_set(text: str) -> set[str]:
    """Content-word stems of a name or a description, camelCase split ('NodePort': node, port)."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return {stem(w)[:6] for w in words(text) if w not in STOPWORDS and len(w) > 2}


def _sentence_like(label: str) -> bool:
    """'There are four main families of biomolecules': a sentence, not a name to set a question in."""
    ws = label.split()
    return len(ws) > 6 or bool(_PRONOUN_START.match(label)) or any(w.lower() in _AUX for w in ws[1:])


def _lead_in_lists_no_things(entry: Entry, entries: list[Entry]) -> bool:
    """Whether ``entry`` is an item of a list that a sentence ending "because:" or "reasons:" leads
    into: its labels name steps of an argument, not things to choose between; or one ending "an
    environment that is:" or "see the system as:": its labels ('shared', 'stable') finish that
    sentence, what the thing it names is like, not things of their own ("such as:", "classified as:"
    and "can be:" lead into things)."""
    if not entry.item or entry.parent is not None:
        return False
    i = entry.index - 1
    while i >= 0 and entries[i].item:
        i -= 1
    lead = _plain(entries[i].text) if i >= 0 else ""
    return bool(_REASONS_LEAD.search(lead) or _PREDICATE_LEAD.search(lead))


# words that file a passage under a recap ("Summary of the Flow", "Case Summary", "Quick Recap")
_FILING_WORDS = frozenset(("summary", "overview", "recap", "outline", "synopsis", "tl;dr", "tldr"))
# "S1W1", "L2T3": a course's week or lecture code, letters and numbers taking turns
_COURSE_CODE = re.compile(r"\b[A-Za-z]{1,2}\d{1,2}[A-Za-z]{1,2}\d{1,2}\b")


def _recap(label: str) -> bool:
    """'Summary of the Flow', 'Case Summary', 'Quick recap': a label over a passage's recap, which
    names no thing of its own and whose lines restate what came before (as dialogue, as steps)."""
    bare = [w.lower().strip(":") for w in label.split()]
    return bool(bare) and (bare[0] in _FILING_WORDS or bare[-1] in _FILING_WORDS)


_REASONS_LEAD = re.compile(r"\b(?:because|reasons?|why|since)\W*:\s*$", re.IGNORECASE)
_PREDICATE_LEAD = re.compile(
    r"\b(?:(?:that|which|who)\s+(?:is|are)|(?:see|sees|view|views|regard|regards)\s+[^:]{1,40}\s+as)\s*:\s*$",
    re.IGNORECASE,
)


# a heading that says where a talk goes next, not what it is about
_RESUMES = re.compile(
    r"^(?:back\s+to|more\s+(?:on|about)|aside|again|now|finally|next|then|also)(?=[\s:,]|$)", re.IGNORECASE
)


def _remark(label: str) -> bool:
    """'Highlights', 'Cloud computing provides', 'The Logic', 'Approach 2: Preemptive': a label that
    names no thing to set a question in."""
    ws = label.strip(" :").split()
    if not ws:
        return True
    bare = [w.lower().strip(":") for w in ws]
    if all(w in _ASPECT_LABELS | STOPWORDS or _singular(w) in _ASPECT_LABELS for w in bare):
        return True  # "The Logic", "The Concept", "Operation", "Goals"
    if len(ws) >= 3 and re.match(r"^an?\s+[a-z]", label.strip(), re.IGNORECASE) and ws[1].islower():
        return True  # "A brief aside on testing", "A versatile and powerful tool": a phrase, not a name
    if _RESUMES.match(label.strip()):
        return True  # "Back to data wrangling", "More on joins": where the talk goes, not a thing
    if re.search(r"^(?:\w+\s+)?(?:\d{1,3}|[IVX]{1,4}|[A-E])\s*[:.)]\s", label.strip() + " "):
        return True  # "Approach 2: ...", "A. Reading a File" count off steps of one passage
    if _recap(label):
        return True
    if _QUANTITY_OF.match(label.strip()):
        return True  # "Lots of stupid arguments" over what was argued: a remark on them, not a thing
    if (bare[-1] in STOPWORDS and ws[-1].strip(":").islower()) or label.rstrip().endswith(("...", "…")):
        return True  # "Three-branch structure of...": a lead-in the lines under it finish
    if _COURSE_CODE.search(label):
        return True  # "S1W1 Contract 1": a file named by its place in a course, not a thing
    last = ws[-1].lower()
    if last in _NOT_KINDS and all(w.lower() in _NOT_KINDS | STOPWORDS | _GENERIC_ADJECTIVES for w in ws):
        return True  # "Highlights", "Important Terms"
    if len(ws) >= 2 and ws[-1].islower() and ws[-1].strip(":") in _BASE_VERBS and bare[-2].endswith("s"):
        # "Derivatives include:": a plural and its verb, a sentence's start ('Control flow' is a name)
        return True
    if (
        len(ws) >= 3
        and ws[0].islower()
        and ws[0].endswith("ing")
        and re.search(r"\s(?:to|into|from|with|by|for)\s", label)
    ):
        return True  # "converting unpolarized to polarized light": a task, not a thing
    return len(ws) >= 2 and _singular(last) in _BASE_VERBS and ws[-2].islower()


def _table_noun(corner: str) -> str:
    """What a table's first column names its rows by ('Keyword' -> 'keyword', 'JSON Data Type'), or
    'one' when its corner is not a short plain noun ('Cahn-Ingold-Prelog (CIP)', a number, a sentence,
    three words with a small one among them)."""
    corner = corner.strip()
    qualified = re.fullmatch(r"((?:[A-Z0-9][\w/.+&-]*\s+)+)([A-Za-z]{3,})", corner)
    if qualified and all(re.search(r"[/.+&0-9]", q) or q.isupper() for q in qualified.group(1).split()):
        corner = qualified.group(2)  # 'TCP/IP Layer', 'OSI Layer' name their rows layers
    if not corner or not re.fullmatch(r"[A-Za-z][A-Za-z -]*", corner) or len(corner.split()) > 3:
        return "one"
    ws = corner.split()
    if len(ws) == 3 and any(w.lower() in STOPWORDS for w in ws):
        return "one"  # 'Type of Force' would read "the Type of Force van der Waals"
    if len(ws) == 1 and ws[0].lower() in ("example", "examples", "instance", "instances", "name", "names"):
        # '| Example | Location |': "the location of the example Keratin" names no kind, and neither does
        # "the formula of the name Ethane"
        return "one"
    noun = " ".join([*ws[:-1], _singular(ws[-1])]).strip()
    if not noun:
        return "one"  # "| **S** | Resources … |": a letter of an acrostic names no kind of row
    return noun if any(c.isupper() for c in noun[1:]) and not noun.istitle() else noun.lower()


def _abbreviates(short: str, long: str) -> bool:
    """``short`` is ``long`` by its words' initials (numbers kept whole): R53, IAM, ALB."""
    compact = re.sub(r"[^a-z0-9]", "", short.lower())
    parts = re.findall(r"[A-Za-z]+|\d+", long)
    if not 2 <= len(compact) <= 6 or len(parts) < 2:
        return False
    full = "".join(p if p.isdigit() else p[0] for p in parts).lower()
    content = "".join(p if p.isdigit() else p[0] for p in parts if p.lower() not in STOPWORDS).lower()
    return compact in (full, content)


def _holds_words(alias: str, name: str) -> bool:
    """``alias`` says all of ``name`` ('VPC Gateway Endpoint' of 'Gateway endpoints'), by stem; a
    shorter name is a broader one ('bond' of 'Ionic bonds')."""
    mine = {stem(w) for w in words(name) if w not in STOPWORDS}
    theirs = {stem(w) for w in words(alias) if w not in STOPWORDS}
    return bool(mine) and mine <= theirs and len(re.sub(r"\W", "", alias)) >= len(re.sub(r"\W", "", name)) - 1


def _nested(a: str, b: str) -> bool:
    """The content words of one name all within the other's ('rollout rollback' in 'automated
    rollouts and rollbacks'), by stem."""
    sa = {stem(w) for w in words(a) if w not in STOPWORDS}
    sb = {stem(w) for w in words(b) if w not in STOPWORDS}
    return bool(sa and sb) and (sa <= sb or sb <= sa)


def _unquote(text: str) -> str:
    """A definition quoted from a source ('"It exposes the API."'), or the first or last sentence of
    one, loses its quote marks: a stray '"' is markup to the reader, not part of the definition."""
    text = text.strip()
    for q in ('"', "“", "”"):
        if text.count(q) == 1 or (text.startswith(q) and text.endswith(q) and text.count(q) == 2):
            text = text.replace(q, "")
    if text.count("“") + text.count("”") == 1:
        text = text.replace("“", "").replace("”", "")
    return text.strip()


def _eponym(name: str) -> bool:
    """'DiGeorge syndrome', 'Chediak-Higashi syndrome', 'Kolbe Reaction': a person's name and the kind of
    thing named after them, which the name alone says ('Down syndrome' and 'Cell membrane' do not: their
    first word is an everyday one)."""
    *head, kind = name.split(" ")
    if not head or len(head) > 2 or not is_common_word(kind.lower()) or not head[0][:1].isupper():
        return False
    parts = [p for h in head for p in re.split(r"[-‐]", re.sub(r"['’]s$", "", h))]
    return all(p[:1].isupper() and p.isalpha() and not is_common_word(p.lower()) for p in parts)


def _variants(answer: str, aliases: set[str]) -> set[str]:
    """Other spellings a cloze accepts: no hyphens, '&' as 'and', singular/plural, the name's aliases."""
    out = {answer, *aliases}
    for a in list(out):
        out.add(a.replace("-", " "))
        out.add(a.replace("-", ""))
        out.add(a.replace("&", "and"))
        out.add(a.replace(" and ", " & "))
        if a.endswith("s") and not a.endswith(("ss", "us", "is", "as", "os", "ys")) and len(a) > 4:
            *head, last = a.split(" ")
            out.add(" ".join([*head, _singular(last)]))  # 'Primary quality', 'Policy'; not 'qualitie'
        if _eponym(a):
            out.add(a.rsplit(" ", 1)[0])  # 'DiGeorge' for 'DiGeorge syndrome', as a learner says it
        if "/" in a and re.fullmatch(r"[A-Za-z][\w .-]*/[A-Za-z][\w .-]*", a):
            parts = [p.strip() for p in a.split("/")]
            out.add(" and ".join(parts))
            out.add("/".join(reversed(parts)))
    return {re.sub(r"\s+", " ", v).strip() for v in out if v.strip()}


MAX_CHOICES = 4


VOCABULARY_RUN = 8  # labelled lines in one run from which on they are a vocabulary of many kinds


PEER_SPREAD = 0.08  # a peer this much further from the answer than the nearest peer is of another kind


PEER_MIN = 0.5  # below it a name set beside the answer is still of another kind


# Below it, the sentences that mention a name found away from the answer's own list talk of other
# matters than the answer's do ('IAM Users' offered for a gateway): no rival for it.
CONTEXT_MIN = 0.3
# Below it, a rival of the answer's own list is spoken of in other terms than the answer, and named
# unlike it too: a list needs two rivals at least this near (by their sentences or by their names) to
# set a kind beside the answer. In the blind grades, items whose farthest rival's sentences sat below
# it were 4 kept of 28 (r150-r158), above it 3 in 4.
KIN_CONTEXT = 0.4


# Groups whose names the notes set side by side as alternatives: the sides of a comparison, the
# things of one table, the labels of one list (sibling headings are chapters, not alternatives).
_SET_BESIDE = ("vs", "table", "list")


# Where a wrong choice of a statement may come from though its section compares nothing: the sides
# of a comparison or the rows of a table elsewhere, subjects of sibling chapters.
_COMPARED_TIERS = frozenset({"vs", "table", "list", "near", "sections", "kind"})


# A heading that sets things side by side: "Differences between X and Y", "When to use SQS or SNS".
_COMPARING = re.compile(
    r"\b(?:vs\.?|versus|differen(?:ce|ces|t)|compar\w*|contrast\w*|when to use|which to use|choos\w*)\b",
    re.IGNORECASE,
)


# Names sharing the answer's head noun are its kind only when they are talked of alike ('Class
# Methods' and 'Static Methods'), not merely both groups of something ('IAM Groups', 'Log Groups').
HEAD_MIN = 0.55


BLANK = "____"
# "..., a practice called ____.": a sentence that ends by naming what it said, as a definition does;
# "The term for “speech sound produced with …” is ____." asks a vocabulary's term by its line
NAMED_BLANK = re.compile(
    rf"\b(?:called|known as|termed|referred to as)\s+(?:(?:the|an?)\s+)?{re.escape(BLANK)}\W*$"
    rf"|^[Tt]he term for “[^”]+” is {re.escape(BLANK)}\.$"
)


_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


_VS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)


_CLAUSE = re.compile(r",?\s+while\s+|;\s+|,\s+whereas\s+", re.IGNORECASE)


_PAREN_AFTER = re.compile(r"^\s*\([^()]{1,40}\)")


_IF_NEED = re.compile(
    r"^(?:(?:and|so|then)\s+)?if you (?P<verb>need|want)(?P<what>\s.+?),\s+"
    r"(?:then\s+)?use\s+(?P<subj>.+?)[.!]?$",
    re.IGNORECASE,
)


_USE = re.compile(r"^(?:you (?:can|should) )?use\s+", re.IGNORECASE)


_IT = re.compile(r"^it(?:'s|’s|\s+is)?\s+", re.IGNORECASE)
# "These are binaries that …", "They are enzymes that …": a plural label's own line, its subject the
# label; not a reason, a way or a pointer ("These are why …", "These are shown below")
_THEY_ARE = re.compile(
    r"^(?:these|they)\s+are\s+(?!(?:because|why|how|what|where|when|which|who|shown|listed|given|"
    r"described|discussed|explained|not|as|also|then|both|all|the\s+(?:two|three|four|following|same|ones?))\b)"
    r"(?=[a-z])",
    re.IGNORECASE,
)


_ARTICLE = r"the|an|a"


# "When to use IAM Roles", "How it works": a how-to section, not a thing a question is set in
_QUESTION_HEADING = re.compile(r"^(?:how|what|why|when|where|which|who)\b", re.IGNORECASE)


# "X is the process of ...", "A list is a mutable sequence ...": a definition of the section's subject
_HEADING_DEFINES = re.compile(
    r"^(?:the\s+(?:term|word|concept|notion)\s+|(?:the|a|an)\s+)?(?P<term>[A-Za-z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}?)"
    # "Resistance of a conductor is …": what the term is of, said before what it is ("a conductor",
    # "two points": a thing or things of a kind, not "of payments" or "in Zimbabwe", which name it)
    r"(?P<of>\s+(?:of|between|across|in)\s+(?:an?|the|any|each|every|one|two|all)\s+"
    r"(?:[\w.'’/-]+\s+){0,5}?[\w.'’/-]+)?\s+"
    r"(?:(?P<verb>is|are|refers\s+to|means)\s+(?P<rest>(?:a|an|the|one|any|used)\s+.{8,})"
    r"|(?P<by>(?:is|are)\s+(?:characteri[sz]ed|marked|defined)\s+(?:by|as))\s+(?P<what>.{8,}))$",
    re.IGNORECASE,
)


# Column names that label a cell instead of naming a property of the row's thing.
_PLACEHOLDER_COLUMNS = frozenset(
    key(w) for w in ("term", "name", "category", "type", "item", "example", "examples")
)


# "The first is a full copy ...", "The latter ...": one of a pair the sentence before set out
_ORDINAL_START = re.compile(r"^(?:the\s+)?(?:first|second|third|former|latter|last|other)\b", re.IGNORECASE)


# words that point at text the reader can't see ("below link", "the above", "this")
_POINTER_WORDS = re.compile(
    r"\b(?:below|above|link|links|following|previous|this|these|that one|those|here)\b", re.IGNORECASE
)


# "is the conscious decision to ...", "are a class of ...", "refers to ...": what a thing is
_DEFINES_WHAT = re.compile(
    r"^(?:(?:is|are)\s+(?:the|an?|one of the|those)\s|refers? to\b|means?\b|"
    r"(?:is|are)\s+(?:characteri[sz]ed|marked|defined)\s+(?:by|as)\b)",
    re.IGNORECASE,
)


# "is an example of", "is a good choice for": a sentence that places its subject among others or
# appraises it, which a rival would fill as well; no definition of it
_APPRAISAL = re.compile(
    r"^(?:is|are)\s+(?:an?|the|one of the)\s+(?:(?:good|better|best|great|important|common|popular|useful|"
    r"main|key|major|typical|classic|well[- ]known)\s+)?(?:example|instance|choice|option|indication|"
    r"consequence|case)s?\b"
    # "ST segment elevation is a characteristic finding for myocardial infarction": one sign of a
    # thing among its others, which fill the blank as well (graded BAD); "the hallmark" is its only one
    r"|^(?:is|are)\s+(?:an?|one of the)\s+(?:(?:\w+(?:al|ic|ing|ive|ous)|common|early|late|main|major|"
    r"key|important)\s+)?(?:finding|sign|symptom|feature|trait|cause|effect|hallmark|factor|manifestation|"
    r"complication|characteristic|marker|indicator)s?(?![\w-])",
    re.IGNORECASE,
)


_DEFINING = re.compile(r"^(?:refers? to|means?|is defined as|are defined as|stands? for|is short for)\b")


_WH = re.compile(r"^(?:how|what|why|when|where|who|which)\b", re.IGNORECASE)


_VAGUE_TERMS = frozenset(
    terms("type types kind kinds one two three four example part thing things way form sort product service")
)


_NAMELIKE = re.compile(r"[\w][\w .,'&/+:()-]*")


_NAME_GLUE = frozenset(("of", "and", "for", "the", "to", "on", "in", "a", "an", "at", "by", "s"))


_DANGLING = re.compile(
    r"\b(?:this|these|those)\b(?=\s*(?:[,.;:?)]|$)|\s+(?:based|on|in|to|for|with|by|from|at|is|are|was|can|will)\b)",
    re.IGNORECASE,
)


_CUT_SHORT = re.compile(r"\b(?:more|less|than|or|and|of|the|a|an|to|with|such as|like)\W*$", re.IGNORECASE)


_LEAD_IN = re.compile(r"^(?:for instance|for example|e\.g\.?|i\.e\.?|such as|like)\b", re.IGNORECASE)


# "Two main types in Peyer's patches", "Several kinds: ...": a line that counts what is listed under
# the thing (its subtypes), not what the thing is
_COUNTS_ITS_KINDS = re.compile(
    r"^(?:there\s+are\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|various)\s+"
    r"(?:[a-z]+\s+)?(?:types?|kinds?|classes|forms|categories|subtypes|groups|sorts|varieties)\b",
    re.IGNORECASE,
)
# "main 4 types of institutions", "Three kinds of bonds", "2 ways to …": a list's heading that counts it,
# anywhere in a label and with its qualifier before the count, where the two above open on the count
COUNTS_KINDS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:main|major|basic|key|different)\s+)?"
    r"(?:types?|kinds?|ways?|categories|classes|forms|sorts|steps|stages|phases|parts|components|"
    r"principles|factors|reasons|elements|methods|levels)\b",
    re.IGNORECASE,
)
# "is similar to X", "Same as secrets": what is like something else tells it apart from nothing
_LIKENESS = re.compile(
    r"^(?:(?:is|are)\s+)?(?:(?:very|quite|much|mostly|basically|almost|exactly|just)\s+)?"
    r"(?:similar|identical|equivalent|comparable|analogous|alike|like|unlike|(?:the\s+)?same\s+as)\b",
    re.IGNORECASE,
)


_BACKREF = re.compile(
    r"\b(?:same as above|as above|see above|see below|as follows|the above|the following)\b", re.I
)


_NUMBER_START = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|some)\b", re.I)


_TOC = frozenset(key(w) for w in ("Table of Contents", "Contents", "TOC", "Index"))


_PLURAL_AUX = _wordset("are were have do don't aren't weren't haven't")


# Single words too vague to be worth a blank.
_VAGUE = _wordset(
    """allow allows allowed ensure ensures must never always only not cannot can't no yes all any every each
    both either none one two three first last new old same other more less most least very much many few
    free default good bad best better important note key main used use uses can will may might should
    true false on off up down in out"""
)


def _emphasised(name: str, sentence: str) -> bool:
    """Whether ``sentence`` (as written, with its markup) sets ``name`` in bold or italics, or in
    capitals for stress ('MODES are ...' of Modes; not 'TCP' of TCP, written so anyway)."""
    opens = r"(?:\*\*|__|(?<![\w*])\*|(?<![\w_])_)"
    closes = r"(?:\*\*|__|\*(?![\w*])|_(?![\w_]))"
    if re.search(rf"{opens}{re.escape(name)}{closes}", sentence, re.IGNORECASE) is not None:
        return True
    shouted = name.upper()
    return shouted != name and re.search(rf"(?<![\w-]){re.escape(shouted)}(?![\w-])", sentence) is not None


_LIST_JOIN = re.compile(r",\s*|;\s*|\s+or\s+")
# a table cell joins its values with "&" or a spaced "/" as well ("Glaucoma & Xerophthalmia")
_CELL_JOIN = re.compile(r",\s*|;\s*|\s+or\s+|\s+&\s+|\s+/\s+")


def _listed(choice: str, joins: re.Pattern[str] = _LIST_JOIN) -> set[str]:
    """The short names a choice lists, by key; none when a part is longer than four words ("three
    bonds and a positive charge" is one description, not a list). An aside in brackets ("(e.g., H2O or
    NH3)") lists nothing."""
    parts = [p for p in joins.split(re.sub(r"\s*\([^()]*\)", "", choice)) if key(p)]
    return {key(p) for p in parts} if all(len(p.split()) <= 4 for p in parts) else set()


def lists_the_other(a: str, b: str) -> bool:
    """Whether one of two choices lists the other or a name the other lists ('Glaucoma' and 'Glaucoma &
    Xerophthalmia & Xerostomia'): beside the key, such a rival is right in part."""
    x, y = _listed(a, _CELL_JOIN), _listed(b, _CELL_JOIN)
    return len(x) + len(y) > 2 and bool(x & y)
