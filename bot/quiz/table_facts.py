"""Facts read off pipe tables: each cell against its row and its column, in either orientation.

A mixin of the quiz builder (``bot.quiz.generate._Builder``): its methods read the notes and the
state the builder sets up in ``__init__``."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import cached_property

import numpy as np

from bot.ingest import Chunk
from bot.ingest.document import table_cells
from bot.ingest.entries import Table, readable
from bot.ingest.entries import plain as _plain
from bot.quiz.facts import _Fact
from bot.quiz.wording import (
    _AREA_LABEL,
    _ASPECT_LABELS,
    _ATTRIBUTE_CORNERS,
    _BASE_VERBS,
    _BRACKETED,
    _DESCRIBING_COLUMNS,
    _ENUMERATED,
    _FILING_HEADING,
    _GENERIC_ADJECTIVES,
    _GLOSS,
    _MEASURE_COLUMNS,
    _NOT_KINDS,
    _NUMBER_WORDS,
    _PAST_FORMS,
    _PLACEHOLDER_COLUMNS,
    _QUALITY,
    _TOPIC_HEADING,
    _WH,
    _alike,
    _attribute_head,
    _attribute_question,
    _clean_heading,
    _clean_name,
    _column_name,
    _contains_phrase,
    _generic_cell,
    _head,
    _lower_title,
    _overlap,
    _parts_of_a_whole,
    _plain_cell,
    _plural_attribute,
    _remark,
    _sentence_like,
    _singular_head,
    _table_noun,
    _unref,
    describes_row,
    is_affix,
    is_when,
)
from bot.text import (
    STOPWORDS,
    has_verb_forms,
    is_common_word,
    is_dictionary_word,
    is_participle,
    is_spelt,
    is_word_form,
    key,
    stem,
    verb_roots,
    words,
)
from bot.text import plural as _plural
from bot.text import singular as _singular

# how a use is said to be ("Typical use", "Intended use", "Everyday uses"), not whose ("Memory usage")
_USE_ADJECTIVES = frozenset("everyday modern best chief usual current primary principal typical".split())


# a cell that opens on an operator ('+ KI', '→ ArOH', '× 2') goes on from something outside it
_GOES_ON = re.compile(r"^\s*(?:\+|×|→|->|=|&)\s*\S")
# '10', '-1', '2 1/2': a count with no unit or word of what it counts
_BARE_NUMBER = re.compile(r"[+\-−–]?\s*\d+(?:[.,]\d+)?(?:\s+\d+/\d+|/\d+)?")
# "A + B", "+ B + D", "-B": areas a figure labels with letters, summed, not a value of their own
_LETTERED_AREAS = re.compile(r"[+\-−–]?\s*[A-Z](?:\s*[+\-−–]\s*[A-Z])*")


# a line that says what follows is what code above gave: "Answer:", "Output (first 5 rows):", "Result:"
# (the word alone, or with its count in brackets: "Results of Mendel's crosses:" leads a table of facts)
_OUTPUT_LEAD = re.compile(
    r"^(?:answer|output|results?|returns?|prints?|sample output)\s*(?:\(.*\))?\s*:?\s*$", re.IGNORECASE
)


def _identifier_columns(header: list[str]) -> bool:
    """Whether most column names are a program's identifiers ('region_name', 'total_orders_cost'), as
    a query's output names its columns: data, not a list of things with properties."""
    names = [_plain(h).strip() for h in header if _plain(h).strip()]
    snake = [n for n in names if re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", n)]
    return len(names) >= 2 and len(snake) * 2 >= len(names)


def _short_names(names: list[str]) -> bool:
    """Two names or more, each of one to three words: things a table can set side by side. A name's
    gloss is no word of it ("NAT (Network Address Translation)" is a short name)."""
    return len(names) >= 2 and all(0 < len((_BRACKETED.sub(" ", h).strip() or h).split()) <= 3 for h in names)


def _use_column(attr: str) -> bool:
    """Whether a column holds what each row is used for: "Use", "Uses", "Common uses", "Used for"."""
    said = [w.lower() for w in words(_BRACKETED.sub(" ", attr))]
    if said == ["used", "for"] or said in (["use"], ["uses"], ["usage"]):
        return True
    # "Typical use", "Clinical uses": an adjective before it; not "Memory usage" or "Land use", the use
    # of something by the row (review 68)
    first = said[0] if len(said) == 2 else ""
    adjective = first in _GENERIC_ADJECTIVES or first in _USE_ADJECTIVES or first.endswith(("ical", "ended"))
    return bool(first) and adjective and said[-1] in ("use", "uses", "usage")


def _names_uses(cell: str) -> bool:
    """Whether a use cell names what a thing is used for ("Rheumatoid arthritis, osteoarthritis",
    "Caching"), not a line that says it ("Used to store data", "To relieve pain", "Measures voltage",
    "Low-dose aspirin: …")."""
    ws = cell.split()
    first = ws[0].lower().strip(",.;:") if ws else ""
    if not first or first in STOPWORDS or first in {"use", "used", "uses", "using"} or ":" in cell:
        return False
    if first in _BASE_VERBS or (first.endswith("ed") and len(first) > 4):
        return False  # "Measure voltage", "Designed for …": a line of its own
    following = ws[1].lower() if len(ws) > 1 else ""
    # "Measures voltage and current", "Shows a signal's waveform": what the row does, said as a
    # sentence ("Burns, scalds and cuts" reads as one too, and is described as before)
    verbish = following in ("a", "an", "the", "its", "their") or following not in STOPWORDS
    return not (first.endswith("s") and verbish and any(map(has_verb_forms, verb_roots(first))))


def _aside_holds_of_a_twin(thing: str, names: list[str]) -> bool:
    """Whether what ``thing`` says beside its name holds of another row named alike: 'sp³' (nothing
    beside it) of every 'sp³ (…)', 'sp³ (with lone pair)' of 'sp³ (with 2 lone pairs)' (its words are
    among the other's). 'Treaty of Paris (1763)' and '… (1783)' each say what the other does not."""
    bare = key(_BRACKETED.sub(" ", thing))
    mine = {stem(w) for aside in _BRACKETED.findall(thing) for w in words(aside)}
    for other in names:
        if other == thing or key(_BRACKETED.sub(" ", other)) != bare:
            continue
        if mine <= {stem(w) for aside in _BRACKETED.findall(other) for w in words(aside)}:
            return True
    return False


# the corner of a table whose rows are terms ("| Term | Definition |", "| Concept | Meaning |")
_TERM_CORNERS = frozenset(
    key(w) for w in "term terms concept concepts word words vocabulary glossary".split()
)


# the line over a table that sets up a worked example: "Consider the following scenario where four people
# want to buy an album:", "Let's perform a test on the following data:", "Suppose …". Its rows are the
# example's made-up actors and figures ('Taylor | 100'), not things to learn ("Let's compare the
# enzymes:", "For example:" over a table of enzymes, "… in the worst-case scenario:" set out real ones)
_SETS_UP_EXAMPLE = re.compile(
    r"^(?:suppose|imagine)\b|^(?:consider|let'?s|let us|say)\s.*\b(?:scenario|situation|data)\b",
    re.IGNORECASE,
)

# a column's name for the words of a memory sentence: the notes' word for the device, in any field
_MEMORY_AID = re.compile(r"^\s*(?:mnemonics?|memory aids?|acrostics?)\s*$", re.IGNORECASE)


def _carried_down(rows: list[list[str]]) -> list[list[str]]:
    """Rows whose leading cells are left blank under a value written once ("| ↓ Folate synthesis |
    Dihydrofolate reductase | Trimethoprim |" then "| | | Pyrimethamine |"): merged cells, each blank the
    value above. The first column keeps its blanks (a label written once over the rows below it is a
    group, read as one); the columns after it take the value down, so two rows that share a target are
    seen to share it ("Which medication has the target “Dihydrofolate reductase”?" had three answers)."""
    out: list[list[str]] = []
    for row in rows:
        lead = next((j for j, c in enumerate(row) if c.strip()), len(row))
        if out and 2 <= lead < len(row):
            above = out[-1]
            row = [row[0], *[above[j] if j < len(above) else "" for j in range(1, lead)], *row[lead:]]
        out.append(row)
    return out


# "Same as histamine", "As for penicillin G.", "As with aspirin", "Same as above": a cell that points at
# another row's cell ("as in v" of a pronunciation table names an example word, not a row)
_SAME_AS = re.compile(
    r"^(?:(?:the\s+)?same\s+as|as\s+(?:for|with))\s+(?:the\s+)?(?P<other>.+?)\.?$", re.IGNORECASE
)


def _likenings_resolved(rows: list[list[str]]) -> list[list[str]]:
    """Rows whose cells that say only "Same as <another row>" (or "Same as above") hold that row's cell
    instead ("| Serotonin | Platelets | Same as histamine |" has histamine's actions). Asked as written,
    "Which mediator has the main action “Same as histamine”?" points at a row the reader can't see,
    and histamine's own actions, asked, have serotonin for a second answer; resolved, the two rows
    share the cell, and a cell two rows share is asked of neither."""
    def name(cell: str) -> str:
        return key(_BRACKETED.sub(" ", cell))  # 'Histamine (H1)' is the histamine of "Same as histamine"

    out: list[list[str]] = []
    for i, row in enumerate(rows):
        new = list(row)
        for j, cell in enumerate(row[1:], start=1):
            m = _SAME_AS.match(cell.strip())
            if m is None:
                continue
            other = name(m.group("other"))
            if other in ("above", "previous"):
                source = out[i - 1] if i else None
            else:  # a row above, as resolved, or one below, as written
                source = next((r for r in [*out, *rows[i + 1 :]] if r and name(r[0]) == other), None)
            if source is not None and j < len(source) and not _SAME_AS.match(source[j]):
                new[j] = source[j]
        out.append(new)
    return out


def _column_key(name: str) -> str:
    """A column's name as a key, one or many ('Pathogens' is 'Pathogen')."""
    return key(_singular_phrase(_column_name(_clean_name(name))))


def _initial(text: str) -> str:
    m = re.search(r"[A-Za-z]", text)
    return m.group(0).lower() if m else ""


def _mnemonic_words(cells: list[str]) -> bool:
    """Cells that are one word each, two in three or more, as the words of a memory sentence are
    ("Many", "Friendly", "Zebras", "Granulo-", "L"); not short names in capitals ('SQS', 'IAM')."""
    one = [c.strip() for c in cells]
    single = sum(1 for c in one if re.fullmatch(r"[A-Za-z][a-z]*-?", c))
    return len(one) >= 3 and single * 3 >= len(one) * 2


def _everyday_share(cells: list[str]) -> float:
    """The share of ``cells`` that are a word of everyday English."""
    one = [c.strip().rstrip("-").lower() for c in cells if c.strip()]
    return sum(1 for c in one if c.isalpha() and is_common_word(c)) / max(len(one), 1)


def _spells(cells: list[str], others: list[str]) -> bool:
    """Each of ``cells`` begins with the letter its row's (or column's) name begins with: a memory
    sentence laid beside what it spells out ("Some Anatomists Like Freaking Out" beside 'Superior
    thyroid artery', 'Ascending pharyngeal artery', ...)."""
    pairs = [(a.strip(), b.strip()) for a, b in zip(cells, others, strict=False) if a.strip() and b.strip()]
    same = sum(1 for a, b in pairs if _initial(a) and _initial(a) == _initial(b))
    return len(pairs) >= 3 and same * 5 >= len(pairs) * 4


# "| No. | Intelligence Type | …" over 'i', 'ii', 'iii': a column that counts the rows off
_COUNT_HEADER = re.compile(
    r"^(?:#|nos?\.?|s\.?\s?no\.?|sr\.?\s?(?:no\.?)?|sl\.?\s?no\.?|number|index|)$", re.IGNORECASE
)
_ROW_NUMBER = re.compile(r"^\(?(?:\d{1,3}|[ivxlc]{1,6})[.)]?$", re.IGNORECASE)


def _without_row_numbers(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The table less its first column when that column only counts the rows off ("| No. |" over
    'i', 'ii', 'iii', or '1', '2', '3'): the rows are named by the column after it ('Linguistic'),
    and "Which one is described by “Visual-spatial abilities”?" over 'Iii' names nothing (graded
    BAD three times, r323)."""
    if len(header) < 3 or not rows:
        return header, rows
    cells = [_plain(r[0]).strip() for r in rows if r]
    counted = all(_ROW_NUMBER.match(c) for c in cells if c)
    # ('| Type | … |' over 'I', 'II', 'III' names the types: Type I hypersensitivity is a thing)
    if not counted or not _COUNT_HEADER.match(_plain(header[0]).strip()):
        return header, rows
    return header[1:], [r[1:] for r in rows]


def _without_acrostics(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The table less a column (or row) of mnemonic words beside the names they spell out: 'The',
    'Zebra', 'Brought' beside the facial nerve's branches are no property of a branch, and asking
    "What is the branch of the mnemonic The?" makes no sense."""
    width = len(header)
    column = [[r[j] if j < len(r) else "" for r in rows] for j in range(width)]
    # of two columns that spell each other ('Cannot' | 'Carbamazepine'), the memory words are the
    # everyday ones
    drop = {
        j
        for j in range(width)
        if _mnemonic_words(column[j])
        and any(
            _spells(column[j], column[k]) and _everyday_share(column[k]) < _everyday_share(column[j])
            for k in range(width)
            if k != j
        )
    }
    # a column the notes call a memory aid is one, whatever it spells and however everyday its words
    # ("Read That Damn Cell Biology" beside 'Root', 'Trunk', 'Division'; 'Californians', 'Like',
    # 'Girls' beside 'Stratum corneum', 'Stratum lucidum', … spell the word after 'Stratum', and
    # "Which mnemonic has the layer 'Stratum basalis'?" was answered by its first letter, graded BAD
    # three times, r341; 'Wind', 'Water', 'Wound' of the 5 W's beside the causes of a fever they recall
    # made "Which of these sets POD apart from Etiology?", read as two things, graded BAD, r341): no
    # property of a row, nor its name
    drop |= {j for j in range(width) if _MEMORY_AID.match(_plain(header[j]))}
    if drop and len(drop) < width:
        header = [h for j, h in enumerate(header) if j not in drop]
        rows = [[c for j, c in enumerate(r) if j not in drop] for r in rows]
    # a row of them under a header of names ("| Mnemonic | Drinking | Election | Puberty |" under Down,
    # Edwards and Patau Syndrome)
    rows = [r for r in rows if not (_mnemonic_words(r[1:]) and _spells(r[1:], header[1:]))]
    return header, rows


# Words of English whose plural takes no -s, which a row of a comparison table may be named by
_IRREGULAR_PLURALS = frozenset("children people men women feet teeth mice".split())
# endings of English adjectives ('Anti-inflammatory', 'Reversible', 'Nephrotoxic'): a row so named is
# a quality the things have or lack, not a property noun to ask "What is the … of X?"
_ADJECTIVE_ENDING = re.compile(r"(?:ory|ive|ous|ful|able|ible|ic|ical)$", re.IGNORECASE)


def _no_property_noun(attr: str, cell: str) -> bool:
    """Whether a comparison table's row name reads wrong in "What is the <row> of X?": an adjective
    ('Anti-inflammatory', 'Nephrotoxic'), a plural without -s ('Children'), or a plural over one
    short value that is no list or count ('Cells' over 'Few'). A noun with such an ending ('History')
    reads "What is listed for X under “History”?", clumsier, not wrong."""
    ws = words(_BRACKETED.sub(" ", attr))
    if not ws:
        return False
    last = ws[-1]
    one_word = len(_BRACKETED.sub(" ", attr).split()) == 1
    # 'Long-acting', 'Water-soluble', 'Self-limiting' (not 'Half-life', 'Side-effects')
    compound = one_word and "-" in attr and re.search(r"(?:ing|ed|ble)$", last) is not None
    if compound or (one_word and _ADJECTIVE_ENDING.search(last) and not last.endswith("ics")):
        return True
    if last in _IRREGULAR_PLURALS:
        return True
    short_value = len(words(cell)) <= 3 and not re.search(r",|\band\b|\d", cell)
    # "Antigens on RBC", "Antibodies in Plasma": a plural said with what it is on or in names a property
    # ("What are the antigens on RBC of O?"), whatever its value (graded odd as "listed under", r163)
    placed = re.search(r"\w\s+(?:on|in|at)\s+\w", _BRACKETED.sub(" ", attr), re.IGNORECASE) is not None
    # but not over how many or how much ('Receptors in brain' over 'Few', 'Years in office' over 'Four')
    said = [w.lower() for w in words(cell)]
    amount = bool(said) and all(w in _RATING_WORDS - {"none"} or w in _NUMBER_WORDS for w in said)
    return _plural_attribute(attr) and short_value and (not placed or amount or is_participle(cell.lower()))


def _names_what_rows_mean(col_names: list[str]) -> bool:
    """Whether a column says what each row is or means ('Meaning', 'Description'; not 'Translation', a
    thing of its own beside 'Remeasurement' as often as a word's meaning): the columns are then
    attributes of the rows, whatever the corner calls itself ("| Metric | Meaning | Good Value |" over
    'R²', 'P-value': "Which of these sets Meaning apart from Good Value?" was graded BAD, r324)."""
    return any(describes_row(_clean_name(_plain(h))) for h in col_names)


def columns_are_things(header: list[str]) -> bool:
    """Whether a table's columns are the things it compares ("| Feature | SN1 | SN2 |", "| Metric |
    RAID 0 | RAID 1 |"): a corner that says the rows are attributes, or columns that count off one
    kind, over two or more short column names."""
    names = [_clean_name(_plain(h)) for h in header[1:]]
    short = _short_names(names)
    corner = key(_clean_name(_plain(header[0]))) if header else ""
    counted = len(names) >= 2 and all(_ENUMERATED.match(h) for h in names)
    if _names_what_rows_mean(header[1:]):
        return False
    return short and bool(header) and (corner in _ATTRIBUTE_CORNERS or counted)


def _rows_named_as_aspects(row_names: list[str]) -> bool:
    """Whether two rows or more, and a third of them, are named as aspects are ('Antiviral properties',
    'Antibacterial properties'): "| Drug | Isopropyl Alcohol | Chlorhexidine |" over such rows compares
    its columns, whatever its corner calls them (its rows were offered as drugs, 'Toxic' and 'Other'
    among them; graded BAD eleven times, microbiology notes, r326)."""
    heads = [words(_clean_name(_plain(r))) for r in row_names]
    tails = [ws[-1].lower() for ws in heads if len(ws) >= 2]
    aspects = sum(1 for w in tails if w in _ASPECT_LABELS or _singular(w) in _ASPECT_LABELS)
    return aspects >= 2 and 3 * aspects >= len(row_names)


def _aspects_of_named_columns(row_names: list[str], col_names: list[str]) -> bool:
    """Whether the rows are everyday words ('Full name', 'Sugar', 'Bases') and the columns, two or more,
    names no dictionary holds as a word ('DNA', 'RNA'; 'Mitosis', 'Meiosis')."""
    rows = [words(_clean_name(_plain(r))) for r in row_names]
    cols = [_clean_name(_plain(c)) for c in col_names]
    if len(cols) < 2 or len(rows) < 2 or not all(rows):
        return False
    everyday = all(is_common_word(w) for ws in rows for w in ws)
    named = all(c and (c.isupper() or not all(is_common_word(w) for w in words(c))) for c in cols)
    return everyday and named


# "Key Features of Operant Conditioning", "Characteristics of STM": a heading over one thing's traits
_FEATURES_OF = re.compile(
    r"\b(?:features|characteristics|properties|attributes|traits)\s+of\s+\S", re.IGNORECASE
)


def _one_things_record(header: list[str], rows: list[list[str]], title: str = "") -> bool:
    """"| Feature | Description |" over "| Best for | Home networks |", "| Setup | Simple |" under
    "WPA2 Personal": the rows are aspects of the heading's one thing, each of its own kind, and a value
    of one offered for another ('Simple' for "Best for") is off-type (graded so four times). A table of
    named features, each with a line of what it does, is a list of things and stays, unless its heading
    says whose they are ("Key Features of Operant Conditioning" over 'Developer', 'Core principle',
    'Response type': 'B.F. Skinner' offered for a response type, graded off-type, r323)."""
    if len(header) != 2 or key(header[0]) not in _ATTRIBUTE_CORNERS - {""}:
        return False
    if key(header[1]) not in _DESCRIBING_COLUMNS | {"value", "values", "detail", "details"}:
        return False
    lengths = sorted(len(words(r[1])) for r in rows if len(r) > 1)
    short = bool(lengths) and lengths[len(lengths) // 2] <= 3
    # a corner that names its rows as aspects ('Aspect', 'Attribute'), not as features a product has,
    # says whose they are by itself: "| Aspect | Description |" over 'Question', 'Hypothesis',
    # 'Conclusion' of one experiment ("Which aspect is described by “What do genes do?”?" over
    # 'Question', graded BAD, genetics notes, r326)
    aspects = key(header[0]) in _ASPECT_CORNERS
    return (short or aspects or _FEATURES_OF.search(title) is not None) and _rows_of_aspects(rows)


_ASPECT_CORNERS = frozenset(
    {"aspect", "aspects", "attribute", "attributes", "characteristic", "characteristics"}
)


def _rows_of_aspects(rows: list[list[str]]) -> bool:
    """Whether three rows in four or more are named in everyday words, as aspects are ('Best for',
    'Setup', 'Risk'), not names ('AES', 'SHA-256')."""
    aspects = [r for r in rows if words(r[0]) and all(is_common_word(w) for w in words(r[0]))]
    return len(aspects) * 4 >= len(rows) * 3


def _grid(table: Table) -> bool:
    """A grid of names placed by two properties: an empty corner, two columns or more named by one
    property's values ('Rival in consumption', 'Nonrival'), rows by another's ('Excludable', 'Non-
    excludable'), and in every cell a different name set in bold (**Private goods**): the things are the
    cells, not the rows. Bold tells a name from a value ("| Number of divisions | One | Two |")."""
    if not _grid_shaped(table):
        return False
    cells = [c.strip() for r in table.rows for c in r[1:]]
    return all(re.fullmatch(r"(\*\*|__)[^*_|]+\1", c) for c in cells)


def _name_key(cell: str) -> str:
    """A row's or a column's name as tables are matched by it ('**Skills**' and 'Skills' are one)."""
    return key(_clean_name(_plain(cell)))


def _english(text: str) -> bool:
    """Whether most words of a cell (more than three in five) are English words or forms of one ('to
    flee', 'a world without housework'; not "die Anleitung", whose 'die' is English by chance)."""
    ws = [w.lower() for w in words(text) if w.isalpha()]
    known = sum(1 for w in ws if w in STOPWORDS or is_word_form(w) or is_spelt(w))
    return bool(ws) and known * 5 > 3 * len(ws)


def _translates(header: list[str], rows: list[list[str]]) -> str:
    """How a table of two columns is a word list of another language: a header in no English words
    ("| Wort | Bedeutung |", "| Palabra | Significado |"), English down one column and words of no
    English dictionary down the other, in most rows (four or more). "meaning" when the second column
    says what the first's words mean, "word" when the first does (" Bedeutung | Wort |"), else ''."""
    if len(header) != 2 or len(rows) < 4:
        return ""
    named = [w.lower() for h in header for w in words(_clean_name(_plain(h))) if w.isalpha()]
    if not named or any(is_dictionary_word(w) or is_common_word(w) for w in named):
        return ""
    full = [r for r in rows if len(r) >= 2 and r[0].strip() and r[1].strip()]
    if len(full) < 4:
        return ""
    said = [(_english(_clean_name(r[0])), _english(_clean_name(r[1]))) for r in full]
    for side, english in (("meaning", (False, True)), ("word", (True, False))):
        if sum(1 for s in said if s == english) * 10 >= 7 * len(full):
            return side
    return ""


def _written_form(text: str) -> tuple[str, bool, bool]:
    """How a cell is written, as a word class shows in it: the short word it opens on before another
    ('to' of "to flee", 'the' of "the Middle Ages", 'der' of "der Laib"), whether a word after it is
    capitalised ('eine Dichte' is no 'erhalten'), and whether a short word trails after a comma
    ("Mittelalter, das")."""
    ws = text.strip().split()
    lead = ws[0].lower() if len(ws) >= 2 and len(ws[0]) <= 3 and ws[0].isalpha() and ws[0].islower() else ""
    capital = any(w[:1].isupper() for w in ws[1 if lead else 0 :])
    return lead, capital, re.search(r",\s*[^\W\d]{2,3}$", text.strip()) is not None


def _shows_word_class(forms: list[tuple]) -> bool:
    """Whether a column's cells, by their written forms (lead word first, trailing tag last), show a
    word class: a fifth of them or more open on a short word ("to flee", "a keyword") or trail one
    ("Mittelalter, das")."""
    return bool(forms) and 5 * sum(1 for f in forms if f[0] or f[-1]) >= len(forms)


def _by_written_form(cells: list[str], asked: str) -> list[str]:
    """``cells`` (in order) with those written as ``asked`` is first: in a column where a word class
    shows in how a cell is written (``_shows_word_class``), the one noun among verbs was the answer by
    its form alone (graded weak nine times, German vocabulary notes, r334). Other columns are left as
    they are."""
    forms = [_written_form(c) for c in cells]
    if not _shows_word_class(forms):
        return cells
    mine = _written_form(asked)
    return [c for c, f in zip(cells, forms, strict=True) if f == mine] + [
        c for c, f in zip(cells, forms, strict=True) if f != mine
    ]


def _alone_in_form(cells: list[str], asked: str) -> bool:
    """Whether ``asked`` is written as fewer than two of ``cells`` are, in a column where a word class
    shows in how a cell is written (see ``_by_written_form``): 'recognized' among glosses that are
    each "to resist", "to cover something" is the one adjective, and its form answers the question
    (graded weak twice, German vocabulary notes, r347)."""
    # (by the short word it opens or ends on: a capital alone names no word class in English, 'None'
    # among 'dict' and 'str', and one letter is a variable, 'k' of "k (number of predictors)", but for
    # the article 'a')
    def form(text: str) -> tuple[str, bool]:
        lead, _, tag = _written_form(text)
        return (lead if len(lead) >= 2 or lead == "a" else "", tag)

    forms = [form(c) for c in cells]
    return _shows_word_class(forms) and sum(1 for f in forms if f == form(asked)) < 2


def _opens_quoted(cell: str) -> bool:
    """Whether a cell opens on a quotation ("“Let It Be”, “Zombie”"): a title or a saying, not words of
    the notes' own."""
    return cell.strip()[:1] in ('"', "“")


def _grid_shaped(table: Table) -> bool:
    """An empty corner, two columns and two rows, every row full, every cell a different one: a two-by-
    two of two properties' values. A longer table under an empty corner compares things by their
    aspects ("| | SQL | NoSQL |" over Example, Scaling, Schema), and is read as such."""
    if table.header[0].strip() or len(table.header) != 3 or len(table.rows) != 2:
        return False
    if any(len(r) != len(table.header) or not _plain_cell(r[0]) for r in table.rows):
        return False
    cells = [key(_plain_cell(c)) for r in table.rows for c in r[1:]]
    return all(cells) and len(set(cells)) == len(cells)


def _as_said(phrase: str) -> str:
    """A property as a sentence says it: 'Rival in Consumption' -> 'rival in consumption', an acronym
    kept ('High CPU')."""
    return " ".join(w.lower() if w.istitle() or w.islower() else w for w in phrase.split())


# English words of degree and rating ('Yes', 'Few', 'Weak ok', '3° best', 'Minimal', 'Older'), and a verb's
# yes or no ('Does not' of "Synapsis of homologous chromosomes"): a cell of nothing else rates its thing
# on the row's property and names nothing to know ('Absent' or 'Present', a nucleus's, is a fact of
# the thing)
_RATING_WORDS = frozenset(
    """yes no none nil few many some more less most least high higher highest low lower lowest weak
    weaker strong stronger ok okay fine needed required rare rarely common uncommon frequent safe
    unsafe minimal minimum maximal maximum significant negligible moderate mild severe fast faster slow
    slower best better worse worst good poor small smaller large larger big little great increased
    decreased reduced raised normal possible impossible limited broad narrow only
    always never sometimes often usually avoid avoided preferred favoured favored very
    not does doesn't do don't did didn't is isn't are aren't can cannot can't will won't has hasn't
    have haven't older newer younger earlier later cheaper easier harder simpler shorter longer wider
    heavier lighter deeper greater lesser quicker safer riskier oldest newest latest strongest weakest
    simplest easiest hardest cheapest""".split()
)


def _rating_only(cell: str) -> bool:
    """Whether a cell says only how much or how well ('Negligible', 'Many (neutrophils)', '3° best',
    'Strong needed'), a short aside and numbers set apart."""
    # an aside of one word ('(neutrophils)') is no content; '(Reye syndrome)', '(crosses placenta)' are
    bare = re.sub(r"\(([^()]*)\)", lambda m: " " if len(m.group(1).split()) <= 1 else m.group(0), cell)
    ws = [w for w in words(bare) if not w.isdigit()]
    return bool(ws) and all(w in _RATING_WORDS for w in ws)


# a word or two and an ellipsis: the row goes on as the one above it ("Continues...", "Same…")
_FILLER = re.compile(r"[A-Za-z]+(?:\s[A-Za-z]+)?\s?(?:\.{3}|…)|[×—–-]|[Nn]/[Aa]|[Aa]s above|[Ss]ame")
# a cell that sends the reader to another row ("See ACEIs", "Same as above", "See ACEIs; Preference for
# ARB …"): what it says is that row's, which the question does not show
_SEE_ANOTHER = re.compile(r"(?:[Ss]ee|[Ss]ame as|[Aa]s (?:in|for))\s+\w")
# a number with a short unit or none, or a range of them: '180-220 mg/dL', '>300 mg/dL', '4U', '12.5 %'
_QUANTITY = re.compile(
    r"[<>≤≥~≈]?\s*\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?:[A-Za-zµ°%]{1,4}(?:/[A-Za-z]{1,4})?)?"
)


# a column that says how a row is told or done: "how to recognize", "How to treat"
_HOW_TO = re.compile(r"how\s+to\s+([a-z]{3,})", re.IGNORECASE)


def _participle(verb: str) -> str:
    """'recognize' -> 'recognized', 'identify' -> 'identified', 'treat' -> 'treated', 'tell' -> 'told'."""
    irregular = _PAST_FORMS.get(verb)
    if irregular:
        return irregular.split()[-1]
    if verb.endswith("e"):
        return f"{verb}d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return f"{verb[:-1]}ied"
    return f"{verb}ed"


class TableFacts:
    # -- tables -------------------------------------------------------------------------------
    def _named_grid(self, table: Table) -> bool:
        """A grid whose names are not in bold but set out elsewhere in the notes: "||Reformist|Radical|"
        over "|Prosaic|Problem solving|Survivalism|", with "### Prosaic and Radical: Survivalism" further
        on. Half its cells or more head a section or are set in bold somewhere; values ('One', 'Two',
        'Circular') are not."""
        if not _grid_shaped(table):
            return False
        cells = [_plain_cell(c) for r in table.rows for c in r[1:]]
        if any(not c or len(c.split()) > 4 or _rating_only(c) for c in cells):
            return False
        named = sum(key(cell) in self._heading_names for cell in cells)
        return named * 2 >= len(cells)

    @cached_property
    def _heading_names(self) -> frozenset[str]:
        """The names the notes' headings give, read once for every table: a heading whole, and the name
        one gives after its colon or dash ("Prosaic and Radical: Survivalism"); 'Vertical' inside
        "Vertical scaling" is no name of its own."""
        headings = {_plain(h) for c in self.chunks for h in c.heading}
        return frozenset({key(h) for h in headings}) | {
            key(m.group(1)) for h in headings if (m := re.search(r"(?::|\s[-–—])\s*(.+)$", h))
        }

    def _grid_facts(self, chunk: Chunk, table: Table) -> list[_Fact]:
        """A grid's names asked by the two properties that place each ("Which one is both non-excludable
        and rival in consumption?" for 'Common resources'), among the grid's other names, each of which
        lacks one of the two."""
        names = [[_plain_cell(c) for c in r[1:]] for r in table.rows]
        across = [_plain(h) for h in table.header[1:]]
        facts: list[_Fact] = []
        for i, row in enumerate(table.rows):
            down = _plain_cell(row[0])
            for j, name in enumerate(names[i]):
                others = [n for r in names for n in r if n != name]
                prompt = f"Which one is both {_as_said(down)} and {_as_said(across[j])}?"
                fact = _Fact("table", prompt, name, f"{name}: {down}, {across[j]}", chunk, "subject", others)
                fact.siblings_only = True
                facts.append(fact)
        return facts

    def _table_facts(self, chunk: Chunk, table: Table) -> list[_Fact]:
        if code_named(table):
            return []  # a table of commands or code names is asked by ``code_facts``, code kept whole
        if _SETS_UP_EXAMPLE.search(_plain(table.lead)):
            return []
        if _OUTPUT_LEAD.match(_plain(table.lead).strip()) or _identifier_columns(table.header):
            # "Answer (first 5 of 350 rows)" over "| region_name | account_name | total_orders_cost |": a
            # query's or a program's output, rows of one run's data ("What is the total_orders_cost of
            # Alcoa?", graded WEAK as sample-output trivia eight times of nine, r243)
            return []
        # (a heading that is a link, "[Freedom Score](https://freedomhouse.org/)", cites where its figures
        # come from: a column of statistics quoted from elsewhere, snapshot numbers graded trivia nine times
        # of twelve (r312). It stays a link, and the markup check keeps its column out of the bank)
        header = [_plain(h) for h in table.header]
        # "Continues...", "Same…": a cell that only says the row goes on as the one above is no value,
        # nor is a mark that leaves it empty ("$\times$" under Mean Square for Total, a dash, "N/A")
        rows = [
            ["" if _FILLER.fullmatch(c) or _SEE_ANOTHER.match(c) else c for c in map(_plain_cell, r)]
            for r in table.rows
        ]
        rows = [r for r in rows if not _stops_short(r, rows)]
        values = [c.strip() for r in rows for c in r[1:] if c.strip()]
        lettered = [c for c in values if _LETTERED_AREAS.fullmatch(c)]
        if len(lettered) * 2 > len(values) and any(re.search(r"[+\-−–]", c) for c in lettered):
            # "| Producer Surplus | C | B + C + D | + B + D |": areas of a figure the learner can't see
            # ("Which one has the producer surplus “C”?", graded BAD twice, r247)
            return []
        unitless = not any("(" in h for h in header[1:])
        if len(header) >= 4 and values and unitless and all(_BARE_NUMBER.fullmatch(c) for c in values):
            # "| Repairs Produced | 10 | 7 | 17 |" under "| 24hr Day | Martha | Ruth | Total |": a grid of
            # a worked example's counts, no unit or word of what they measure ("What is the Martha of the day
            # Repairs Produced?" beside '2 1/2', graded BAD, r247); a column that names its unit
            # ("Energy Increase (KJ/mol)") holds measured values
            return []
        # "| Covalent | | |": a row that only labels the rows below it is a group, not a thing
        rows = [r for r in rows if any(c.strip() for c in r[1:])]
        if rows and sum(1 for r in rows if _GOES_ON.match(r[0])) * 2 > len(rows):
            # "| + CuBr (Sandmeyer) | ArBr |" under "Diazonium Salt Reactions (ArN₂⁺)": rows that open on
            # a '+' go on from a thing the table does not name, and asked alone ("What is the product of
            # the reaction + CuBr?") they lean on a heading the learner can't see (graded BAD seven
            # times of seven, r241)
            return []
        # "| pros | constant look up times |" below "| adding edge | O(1) |": a verdict on the columns'
        # things, not one more thing of the rows' kind ("Which operation has … “slow removal”?" for
        # 'cons', graded BAD four times)
        if key(header[0]) not in _ATTRIBUTE_CORNERS:
            # (under "| Feature | TCP | UDP |" the rows are aspects, and 'Advantages' is one of them)
            rows = [r for r in rows if key(r[0]) not in _VERDICT_ROWS]
        if _grid(table) or self._named_grid(table):
            return self._grid_facts(chunk, table)
        header, rows = _without_row_numbers(*_without_acrostics(header, rows))
        rows = _likenings_resolved(_carried_down(rows))
        if len(header) < 2 or len(rows) < 1:
            return []
        title = _clean_heading(chunk.heading[-1]) if chunk.heading else ""
        if _one_things_record(header, rows, title) or self._a_record_again(header, rows):
            return []
        if _side_by_side(header, rows):
            return []  # "Pros | Cons", "Kinesis | SQS": two lists of remarks, not rows of things
        if len(header) == 2 and self._two_sides_of_a_name(header[0], header[1]):
            return []  # "| Upper Egypt | Lower Egypt |": two sides, each column its own list
        if all(len(re.sub(r"\W", "", h)) <= 1 for h in header):
            # "| A | B | C |" over 'a1 | b1 | c1': a sample relation of a worked example, its columns
            # variables, not properties of things ("Which a has the C “c3”?")
            return []
        # "| `$` | Matches end of the string |": a name in code is shown as written ('[+*]' keeps its
        # star, '.' its point, 'A|B' the pipe a table escapes), not cleaned as words are, and told
        # from another by its marks ('{m,n}' and '{m,n}?' have the same words)
        in_code = {_plain_cell(c): code for r in table.rows for c in r if (code := _code_name(c))}
        # the names each cell writes in code, by the cell as read ("Runs when the `if` test fails")
        code_in = {key(_plain_cell(c)): frozenset(re.findall(r"`([^`]+)`", c)) for r in table.rows for c in r}
        firsts = [r[0] if r[0] in in_code else key(r[0]) for r in rows]
        grouped = False
        if len(set(firsts)) < len(firsts):
            # "| Category | Term | Definition |": the first column groups the rows; the things are the
            # first column whose every row is a different name
            for j in range(1, len(header)):
                col = [key(r[j]) if j < len(r) else "" for r in rows]
                if all(col) and len(set(col)) == len(col) and all(re.search(r"[a-z]", c) for c in col):
                    grouped = True
                    order = [j, *[i for i in range(len(header)) if i != j]]
                    header = [header[i] for i in order]
                    rows = [[r[i] if i < len(r) else "" for i in order] for r in rows]
                    break
            else:
                return []
        # "| fill the pool | fool the pill | metathesis |": a row of two versions of one thing is known
        # by both, and its other cells hold for the pair (the error is in the change, not the words)
        paired = {t for t, r in enumerate(rows) if any(_versions(r[0], c) for c in r[1:])}
        corner = key(header[0])
        col_names = header[1:]
        row_names = [r[0] for r in rows]
        # "| Category | DNA | RNA |" over 'Full name', 'Sugar', 'Structure': rows that are everyday words
        # under columns that are names are aspects of the columns, whatever the corner calls them (the
        # rows were asked as things, "Which category has “Single-stranded helix” under “RNA”?", graded
        # trivial ten times of ten, r243)
        attribute_corner = (
            corner in _ATTRIBUTE_CORNERS
            or _aspects_of_named_columns(row_names, col_names)
            or _rows_named_as_aspects(row_names)
        )
        # "| Metric | Meaning | Good Value |": a column of what each row means is an attribute of the rows,
        # whatever the corner says ("Which of these sets Meaning apart from Good Value?", graded BAD, r324)
        attribute_corner = attribute_corner and not _names_what_rows_mean(col_names)

        if len({key(h) for h in header}) < len(header):
            return []  # "| Bond | Length | Bond | Length |": pairs side by side, not one row per thing
        if (
            not table.ruled
            and len(rows) >= 2
            and any(", " in h and all(", " in r[j] for r in rows if j < len(r)) for j, h in enumerate(header))
            # (a header over a rule line names its columns, commas and all: "| Gland | Location, hormones |")
        ):
            # "| Ancient System | Nobles, Slaves |" over "| Feudal System | Lords, Serfs |" (no rule line
            # under it): a header cell listing values as every row's does is a row of data, and the
            # table has no column names to ask by ("what are the Nobles, slaves of …", graded BAD)
            return []
        if all(_QUANTITY.fullmatch(c.strip()) for r in rows for c in r if c.strip()):
            # "| 180-220 mg/dL | 4U |" down a sample scale: a number looked up by a number, read off
            # the table's order (graded BAD four times: no thing, and the key follows from the rows)
            return []
        if (
            not attribute_corner
            and len(header) >= 3
            and all(
                len(_BRACKETED.sub("", c).split()) <= 2 and not re.search(r"\d", c)
                for r in rows
                for c in r
                if c.strip()
            )
        ):
            return []  # "| Donors | Shared | Acceptors |" of one-word names: lists side by side, not rows
        group_of: list[str] = []  # the group each row is under, where the first column groups them
        families: list[str] = []  # the same, a label written once carried down the rows below it
        if grouped:
            # the grouping column itself is no property: "Stereochemistry in Reactions", written once
            # for the three rows below it, is true of all three. Written out on every row, it
            # qualifies each ("Local tenderness" of IPV, "Local soreness" of HBV): a question keeps it
            group_of = [_clean_name(r[1]) for r in rows]
            # a label written once over the rows below it ("Stereochemical Rules" over CIP, R/S and E/Z)
            # says which rows are of one kind: each other's rivals first
            label = ""
            for r in rows:
                label = _clean_name(r[1]) or label
                families.append(key(label))
            if len(set(group_of)) < 2 or not all(re.search(r"[A-Za-z]{2}", g) for g in group_of):
                group_of = []  # a label over blank cells, or a count ('1', '2' carbons), qualifies nothing
            header = [header[0], *header[2:]]
            rows = [[r[0], *r[2:]] for r in rows]
            col_names = header[1:]
        if any(not re.search(r"[A-Za-z]", h) for h in header[1:]) or re.fullmatch(r"[^A-Za-z]+", header[0]):
            # a header of numbers or blanks is a row of data: the table has no column names (an
            # empty corner over row labels is a header all the same: "| | Thiazides | Loop |")
            return []
        if any(_sentence_cell(h) for h in table.header):
            # a header cell that is a sentence or a list is a row of data: the rest of a table a blank
            # line cut in two, read as a table of its own ("| Stereochemical Rules | CIP | System to
            # assign priority ... |" over its sibling rows) has no column names to ask by
            return []
        # a table compares the things of its first column, unless its corner says the rows are
        # attributes ("| Feature | A | B |") and its columns are short names
        short_columns = _short_names(col_names)
        if not header[0].strip() and not short_columns:
            return []  # an empty corner over long column names: neither its rows nor its columns are named
        # "| Metric | RAID 0 | RAID 1 | RAID 4 |": columns that count off one kind of thing are the things
        counted = len(col_names) >= 2 and all(_ENUMERATED.match(_clean_name(h)) for h in col_names)
        by_columns = (attribute_corner or counted) and short_columns
        if by_columns and sum(1 for n in row_names if re.search(r"[a-z]{3}", n)) * 2 <= len(row_names):
            return []  # "| Disk 0 | Disk 1 |" over rows of block numbers: a layout, not properties
        if by_columns and all(_everyday(_clean_name(h)) for h in col_names):
            # "| | Acute | Chronic |" over treatments: phases of what the heading names, not things;
            # "What is the warfarin of Acute?" says nothing
            return []
        adjectives = all(_ADJECTIVE.fullmatch(_clean_name(h)) for h in col_names)
        if by_columns and not header[0].strip() and adjectives:
            # "| | Somatic | Visceral |" over 'Origin', 'Pain pathway': two kinds of a thing the table never
            # names; "What is the origin of Somatic?" lacks its noun (graded odd or BAD, eight items)
            return []
        if not by_columns:
            first = [r[0] for r in rows]
            # ('$' or '\\d', a symbol in code, is a name: what it matches is its property)
            numeric = sum(1 for c in first if not re.search(r"[A-Za-z]", c) and re.search(r"\d", c))
            if numeric * 2 >= len(first):
                return []  # a first column of counts (half or more): an index, not the things compared
        noun = "one" if by_columns else self._as_written(_table_noun(header[0]))
        # "| Wort | Bedeutung |" over 'fliehen' | 'to flee': a word list of another language, its header
        # in that language ("What is the bedeutung of the wort …?" read as a slip, r334)
        # (a table too short to tell is a word list when the notes head one under the same words)
        foreign = not by_columns and (
            _translates(header, rows) or self._word_list_headers.get(tuple(map(_name_key, table.header)), "")
        )
        if foreign:
            noun = "one"
        if by_columns:
            things = col_names
            attrs = row_names
            cells = [
                [rows[a][t + 1] if t + 1 < len(rows[a]) else "" for a in range(len(rows))]
                for t in range(len(things))
            ]
        else:
            things = row_names
            attrs = header[1:]
            cells = [r[1:] + [""] * (len(attrs) - len(r[1:])) for r in rows]
        if _grid_of_pairs(things, attrs):
            # "| | Price low | Price high |" over rows 'Price low', 'Price high': a payoff matrix (or a
            # table of distances), each cell of two things at once, not a property of one; and so is
            # "| | State DEFENDANT | Citizen DEFENDANT |" over 'State PLAINTIFF' ("What is the state
            # PLAINTIFF of Citizen DEFENDANT?" was graded BAD twice)
            return []
        placeholders = sum(1 for t in things if re.fullmatch(r"[A-Z][0-9]?", _clean_name(t)))
        filled = [c for row in cells for c in row if c.strip()]
        numbers = sum(1 for c in filled if re.fullmatch(r"[-+]?[$€£]?\s*[\d.,]+\s*%?", _clean_name(c)))
        if placeholders * 2 >= len(things) and numbers * 2 >= len(filled):
            # "| Student | Reservation Price |" over 'A' 40, 'B' 38: people of a worked example and its
            # numbers; nothing to know about student D
            return []
        points = sum(1 for c in filled if _FIGURE_POINT.fullmatch(_clean_name(c)))
        shown_on = " ".join([table.lead, chunk.heading[-1] if chunk.heading else ""])
        figure = "![" in chunk.text or "<img" in chunk.text or _FIGURE_WORD.search(shown_on) is not None
        if filled and points * 3 >= len(filled) * 2 and figure:
            # "| Total Cost | DEJ0 |", "| Profit or Loss | BCED |" under "Interpreting a … graph:": the
            # points and areas of a figure the reader can't see (graded BAD ten times)
            return []
        names = []
        for t in things:
            e = self.entity(t)
            names.append(
                in_code[t]
                if t in in_code
                else self.name_of(e)
                if e is not None
                and key(self._vendor.sub("", t)) == key(self.name_of(e))
                and not re.search(r"[<>=≤≥≡≠→⇌]", t)  # "pKa > 15" is not "pKa 15", nor "HC ≡ CH" "HC CH"
                and not is_affix(t)  # the affix '-one', not the word 'one' the glossary names
                else _clean_name(t)
            )
        facts: list[_Fact] = []
        # 'Fragile X syndrome' or 'Alport syndrome', down two rows of "| Disease | Gene | Product |": a
        # list that happens to hold two, not two things compared
        no_either_or = len(things) >= 3 or not by_columns
        lead = "Which one" if noun == "one" else f"Which {noun}"
        # what each row says, as the index embedded it: rows alike in meaning ('break' and 'continue')
        # are the fair distractors, not the rows that share a word
        row_vectors = self._row_vectors(chunk, [r[0] for r in rows]) if not by_columns else {}
        one_thing = len(attrs) == 1 and not describes_row(_clean_name(attrs[0]))
        if one_thing and key(header[0]) and key(header[0]) in _ATTRIBUTE_CORNERS:
            # "| Property | Amiodarone |" over 'Resp', 'GIT', 'Endocrine': one thing's record, row by
            # row. "Which property is described by “Bronchospasm”?" files a fact under its heading:
            # a grader found all sixteen such items trivial (or worse). "| Feature | Description |"
            # lists features, things of their own, and is asked.
            return []
        # "| System | Effect |" under "Physiological Effects" under "Thyroid": effects of what? The
        # heading above an aspect heading names the thing the table is of
        of_what = ""
        # ("Comparison Table" names the table, not what it compares: the heading above it does)
        titles = [_clean_heading(h) for h in chunk.heading]
        title = next((t for t in reversed(titles) if not _NAMES_A_TABLE.search(t)), "")
        head = words(title)[-1] if words(title) else ""
        if noun in _BARE_KINDS and (kind := _kind_named_by(title)):
            # "| Type | Description |" under "Place of Articulation": "Which type is described by …?"
            # never said of what (graded odd four times); the heading names the kind
            noun = kind
            lead = f"Which {noun}"
        # the line above that titles the table, or its own heading ("Blood Groups", "Chambers compared")
        # ("Trigger 1", "Week 3": a heading that counts a course off names nothing the table is of)
        counted = key(title) in self._counted_headings
        caption = _caption(table.lead) or ("" if counted else _caption(title))
        named = {stem(w.lower()) for t in things for w in words(t) if w.lower() not in STOPWORDS}
        if named & {stem(w.lower()) for w in words(caption) if w.lower() not in STOPWORDS}:
            caption = ""  # "Aspirin vs Paracetamol" names the choices: "which one" would answer itself
        for_whom = _quantity_caption(table.lead)
        if head and _singular(head) in _ASPECT_LABELS and len(words(title)) <= 3:
            above = [_clean_heading(h) for h in chunk.heading[:-1]]
            thing = next(
                (
                    h
                    for h in reversed(above)
                    if 0 < len(h.split()) <= 4 and _names_a_thing(h) and not self.enumerated(h)
                ),
                "",
            )
            of_what = f"In “{_unref(thing)}”, " if thing else ""
            if of_what and one_thing and not by_columns:
                # "| System | Effect |" of thyroid hormone, row by row, is one thing's record as well:
                # "which system has the effect ↑ HR, inotropy?" names its answer (graded trivial, 5 of 5)
                return []
        elif len(chunk.heading) >= 2 and title == titles[-1] and key(title) in self._aspect_headings:
            # "### Preterite" under "## Ir -> to go", and again under each verb: the table is the
            # verb's, and "In “Preterite”, what is the conjugation of Yo?" asks of which verb not
            # (Spanish notes, r339): the heading above says, as it does over an aspect label
            thing = next((h for h in reversed(titles[:-1]) if 0 < len(h.split()) <= 6), "")
            # (not "24 Jun, 2025 › Miscellaneous": a day's notes filed away name no thing)
            if thing and key(thing) not in self._aspect_headings and not re.search(r"\d", thing) and not (
                _FILING_HEADING.search(title)
            ):
                of_what = f"In “{_unref(thing)} › {_unref(title)}”, "
        # "| Term | Definition |": a glossary set as a table, its terms of many kinds ('sunk cost',
        # 'rational person'): as in a glossary list, a term's rivals share the genus its definition names
        glossary = (
            not by_columns
            and key(_clean_name(header[0])) in _TERM_CORNERS
            and any(describes_row(_column_name(_clean_name(a))) for a in attrs)
        )
        measures: set[str] = set()  # columns asked already, their units aside
        # rows that are times ("| Era | … |" over 'Mid-1980s', 'Today'; '1760s', '1492'): a timeline of
        # something the table's heading names
        # and rows that are stages or levels ("| Stage | Description |" over 'Exploit', 'Avoid'): stages
        # of a model the heading names ("Which stage is described by …?" of what? graded BAD ten times
        # of ten, r235)
        timeline = not by_columns and (
            key(_clean_name(header[0])) in _TIME_CORNERS | _ORDERED_CORNERS
            or sum(map(is_when, names)) * 2 > len(names)
        )
        # names that two rows or more share but for an aside ('sp³' and 'sp³ (with lone pair)')
        bare_names = Counter(key(_BRACKETED.sub(" ", n)) for n in names)
        qualified = {k for k, count in bare_names.items() if count >= 2}
        # "| Situation | Apply Deprotonation? | Reason |": the reason is the yes-or-no column's, which is
        # not asked; "Which situation has the reason …?" leaves out what it is the reason for
        answers_a_question = any(_asks(h) for h in header[1:])
        conditions = _conditions(attrs) if not by_columns else set()
        # "| Aspect | Performance Marketing | Brand Marketing |": each cell of a table of two things was
        # an either-or of the two, asked both ways ("What is the outlook of Brand Marketing?",
        # "Which one has the outlook “Long-term investment”?"), graded coin flips more often than not
        # (40 WEAK of 78, r246-r287). Their cells, row by row, are asked as what sets one apart
        contrasts: dict[int, dict[int, tuple[str, str, str, bool]]] | None = (
            {} if by_columns and len(things) == 2 else None
        )
        for a, attr in enumerate(attrs):
            if a in conditions:
                # "| Tissue | Infection | Non-infection |": a case and its negation say when each cell
                # holds, not what it is; "What is the Non-infection of the tissue General?" was
                # graded BAD (the row's and the column's names, and no question)
                continue
            attr = _column_name(_clean_name(attr))
            uses = _use_column(attr)  # "| Action | Use |": its cells say what each row is used for
            measure = key(_BRACKETED.sub(" ", attr))
            if measure and measure != key(attr):
                if measure in measures:
                    # "Energy Increase (Kcal/mol)" beside "Energy Increase (KJ/mol)": the same fact in
                    # other units; a second question on it is a near-duplicate, not a new one
                    continue
                measures.add(measure)
            defines = glossary and describes_row(attr)
            if defines:
                for t, thing in enumerate(names):
                    cell = _clean_name(cells[t][a])
                    if cell:
                        self._glossary_genus.setdefault(key(thing), self._fragment_genus(cell))
            if (
                not attr
                or _asks(attr)  # "Mirror Image?": a yes/no column, not a property of the row
                or (answers_a_question and key(attr) in _BECAUSE_COLUMNS)
                or key(attr) in _PLACEHOLDER_COLUMNS
                or attr.split()[0].lower() in _BASE_VERBS | {"apply"}
                or attr.split()[-1].lower() in STOPWORDS
            ):
                # "What is the Term of ...", "the Apply Deprotonation of ...", "the Exhibited by of ...":
                # a column that labels or reads as a clause, not a property of the row's thing
                continue
            if key(attr) in _ASIDE_COLUMNS:
                # "| Sub-group | Members | Note |": a remark beside each row ('Dysmenorrhoea', 'Renal
                # failure risk factor') is no property to tell the rows by ("has the note": graded odd,
                # three times, and twice with two right answers)
                continue
            column = [_without_conversion(cells[t][a]) for t in range(len(things))]
            # (a table of two asks its rows as contrasts, whose rivals are the other thing's cells in
            # table order: its cells need no embedding to rank them)
            cell_vectors = self._cell_vectors(column) if contrasts is None else {}
            measured = of_what
            head_words = words(_BRACKETED.sub(" ", attr))
            bare = len(head_words) == 1 and head_words[0].lower() in _MEASURE_COLUMNS
            restated = _heading_restates(title, header[0], attr)  # 'Units' over "| Quantity | Unit |"
            if not measured and bare and title and _names_a_thing(title) and not counted and not restated:
                # "What is the value (mmHg) of the region Mixed Venous?" of what? The table's heading
                # ("CO2 Cascade") says what its values measure
                measured = f"In “{_unref(title)}”, "
            if not measured and for_whom and 2 * sum(map(_has_digit, column)) > len(column):
                # "Reference values for an adult man, 70 kg" above "| Reserve | Mass | Energy |": each
                # value holds for that man, and a question without the line asks the value of no one
                # (graded dropping the table's qualifier ten times, nutrition notes, r326)
                measured = f"In “{for_whom}”, "
            if _parts_of_a_whole(column):
                continue  # '910 / 53 / 37' of 1,000: a tally of one sample, not each row's property
            for t, thing in enumerate(names):
                cell = _clean_name(column[t])
                if cell and thing:
                    self._row_cells.append((thing, cell))  # what each row (or column) says, asked or not
                if not cell or not thing or len(cell) > 160 or (not by_columns and t in paired):
                    continue
                if by_columns and len(things) == 2 and any(_rating_only(_clean_name(c)) for c in column):
                    # "| Anti-inflammatory | Yes | Negligible |", "| Substrate | 3° best | 1° best |": a
                    # rating, not a property; asked either way it reads as table-speak or a coin flip
                    # (graded odd or trivial nine times of nine); and the other side's cell has only
                    # the rating for a rival ("During prophase 1 …" beside 'Does not')
                    continue
                if by_columns and _names_its_half(attr, cell):
                    # "| Charge/Mass | q is charge | m is mass |": the row pairs each side's counterpart,
                    # and a cell that names its half of the pair answers itself ("Which one has the
                    # charge or mass “m is mass”?", graded BAD twice)
                    continue
                if sum(1 for c in column if _alike(c, cell)) > 1 and not (
                    contrasts is not None and _worded_apart(*column)
                ):
                    # two things share the cell (or nearly: "A boolean oprator"): no single answer; two
                    # cells a word apart ('Short conversion window', 'Long conversion window') contrast
                    continue
                explanation = f"{thing} — {attr}: {cell}"
                wh = bool(_WH.match(attr))
                # "Rationale", "Colonial Reaction": a column that names what its cells are; "Key
                # Characteristics" or "Notes" only says they describe the row
                said = words(_BRACKETED.sub(" ", attr))
                named_column = (
                    1 <= len(said) <= 2
                    and key(said[-1]) not in _ATTRIBUTE_CORNERS
                    and said[-1].lower() not in _REMARK_COLUMNS
                )
                if uses and _names_uses(cell):
                    # "| Action | Use |" over "Rheumatoid arthritis, osteoarthritis": what it is used for,
                    # not what "describes" it (graded odd twice)
                    ask = f"{lead} is used for “{cell}”?"
                elif not wh and (key(attr) in _MEANING_COLUMNS or foreign == "meaning"):
                    # "| Verb | Meaning |" over 'to hope': "Which verb means “to hope”?", not "is described
                    # by" (graded odd template wording, r231)
                    ask = f"{lead} means “{cell}”?"
                elif foreign == "word":
                    ask = f"What does “{cell}” mean?"  # the rows are the meanings of its words
                elif how := _HOW_TO.fullmatch(attr.strip()):
                    # "| how to recognize |" over 'complementary distribution': "Which one is recognized
                    # by …?", not "is described by", which drops what the cell is for (graded odd, r366)
                    ask = f"{lead} is {_participle(how.group(1).lower())} by “{cell}”?"
                elif wh or describes_row(attr) or (len(cell) > 60 and not named_column):
                    # "(How It Works)" after the quote reads as a stray column name; a long cell under
                    # a column that names what it holds keeps the name: "Which act has the rationale
                    # “The Sons of Liberty dumped …”?", not "is described by" (the Tea Party is no act)
                    ask = f"{lead} is described by “{cell}”?"
                else:
                    # "Which class has the drug “Verapamil”?": one value of a plural column ("Drugs")
                    one = attr if re.search(r",|;|\band\b", cell) else _singular_phrase(attr)
                    # "Rationale (for passage)": the column's aside reads as a stray phrase in a question
                    one = _GLOSS.sub("", one) or one
                    if (by_columns and _no_property_noun(attr, cell)) or self._unwritten_singular(attr):
                        ask = f"{lead} has “{cell}” under “{attr}”?"  # 'Cells' as the table writes it
                    elif _AREA_LABEL.fullmatch(one):
                        # 'Sensory', 'Adrenergic': an area's label, no property ("has the sensory")
                        ask = f"{lead} has “{cell}” under “{one}”?"
                    elif not by_columns and (verb := self._verb_column(attr, column, names)):
                        ask = f"{lead} {verb} “{cell}”?"  # "Which condition favours “SN2”?"
                    else:
                        ask = f"{lead} has the {_lower_title(one)} “{cell}”?"
                # the rows whose cells read most like this one first: 'break' beside 'continue', not 'True'
                generic = _generic_cell(cell)
                likeness = self._likeness(t, column, row_vectors, cell_vectors)
                rows_by_likeness = sorted(likeness, key=lambda i: (-likeness[i], abs(i - t)))
                if families and not by_columns:
                    # rows of the answer's own group first, and only those when they are two or more
                    kin_rows = [i for i in rows_by_likeness if families[i] and families[i] == families[t]]
                    if len(kin_rows) >= 2:
                        rows_by_likeness = kin_rows
                    else:
                        rows_by_likeness = kin_rows + [i for i in rows_by_likeness if i not in kin_rows]
                # "Down a Group" beside "Resonance": a row named by where it holds is no rival of a
                # row named by what it is, nor the other way round
                placed = _circumstance(thing)
                # (a row that leaves the column empty may hold the value as well: the notes don't say,
                # "Which one has the time to peak effect “5 minutes”?" beside a drug with none written)
                others = [
                    names[i]
                    for i in rows_by_likeness
                    if _circumstance(names[i]) == placed and column[i].strip()
                ]
                others = _by_written_form(others, thing)
                if _plural_attribute(thing) and sum(map(_plural_attribute, others)) >= 2:
                    # 'Enantiomers' among 'Diastereomers' and 'Structural Isomers', not 'Achiral': rows
                    # that name things in the plural are the things, a singular row is of another kind
                    others = [o for o in others if _plural_attribute(o)]
                where = f"In “{group_of[t]}”, " if group_of and not by_columns else measured
                if not where and _qualifies(title, header[0], attr, thing, cell):
                    # "| Tissue | Stimulus |" under "Metaplasia": the stimulus of what? A one-word heading
                    # that names none of the table's words says what its columns are about; one that
                    # names parts of something ("Levels" under "Limnology") says it with the heading above
                    # it (graded as pointing at an unseen heading, r367)
                    where = f"In “{_unref(_specific(title, titles))}”, "
                if not where and glossary and self._topic_over_a_glossary(title):
                    # "| Term | Definition |" under "Removing barriers to effective communication": its
                    # 'definitions' are the heading's remedies ("Invest to upgrade systems and apps" for
                    # Technology), and asked bare they read as a definition of the term (graded missing
                    # the table's qualifier, eight times in r229)
                    where = f"In “{_unref(title)}”, "
                if not where and by_columns and caption:
                    # "| | A | B | AB | O |" over 'Antigens on RBC': "What is the antigen on RBC of O?"
                    # of what? The title of a table read by its columns ("Blood Groups") says
                    where = f"In “{caption}”, "
                if not where and timeline and title and not (_remark(title) or _FILING_HEADING.search(title)):
                    # "| Era | Key Development |" under "Evolution of Wireless Networking": "What is the key
                    # development of the era Mid-1980s?" in what? (graded missing its topic, r231)
                    where = f"In “{_unref(_specific(title, titles))}”, "
                if not where and title and self._row_elsewhere(chunk, header[0], attr, thing, cell):
                    # MRSA under "| Pathogen | Antibiotics |" in "Prophylactic Antibiotics" and again in
                    # "Treatment": which antibiotic it takes depends on the table, which its heading says
                    where = f"In “{_unref(title)}”, "
                if contrasts is not None:
                    # two things side by side: asked together, below, not one cell at a time
                    contrasts.setdefault(t, {})[a] = (attr, cell, where, generic)
                    continue
                if where:
                    ask = f"{where}{ask[0].lower()}{ask[1:]}"
                if defines:
                    # 'sunk cost' is confused with 'opportunity cost' (one head noun) or with a term its
                    # definition names the same genus of, before 'rational person'
                    genus = self._glossary_genus.get(key(thing), "")

                    def kin(name: str, genus: str = genus, thing: str = thing) -> int:
                        if _head(name) and _head(name) == _head(thing):
                            return 0
                        return 1 if genus and self._glossary_genus.get(key(name)) == genus else 2

                    others = sorted(others, key=kin)
                    if not others or kin(others[0]) == 2:
                        generic = True  # 'rational person' among costs: no term of its kind to confuse
                # ('wirken' among 'der Pfeil' and 'der Leib' is the one verb of the names: its form says it)
                if not generic and not _alone_in_form(others, thing):
                    # "Which one has “Highly scalable” ...": true of more than the notes say
                    fact = _Fact("table", ask, thing, explanation, chunk, "subject", others, pred=cell)
                    fact.no_either_or = no_either_or
                    facts.append(fact)
                if sum(len(c) for c in column) > 40 * len(column):
                    continue  # sentences, not values: "Which factor is described by ..." asks it better
                if {stem(w) for w in words(thing)} <= {stem(w) for w in words(cell)}:
                    continue  # "Higher electronegativity = stronger acid" for Electronegativity
                if len(names) >= 3 and len({key(_clean_name(c)) for c in column if c.strip()}) == 2:
                    continue  # 'Shared' or 'Private' down 3 rows: a yes-or-no column: each cell a coin flip
                if len(thing.split()) > 6:
                    continue  # "What is the person of the schedule Every fourth week of first month of ...?"
                if key(_BRACKETED.sub(" ", thing)) in qualified and _aside_holds_of_a_twin(thing, names):
                    # 'sp³', 'sp³ (with lone pair)', 'sp³ (with 2 lone pairs)': what the aside says holds
                    # of a twin. "What is the actual angle of sp³?" holds of the others too, and "… of
                    # sp³ (with lone pair)?" of H₂O's (graded two right answers, r162 and r164); 'Treaty
                    # of Paris (1763)' is still asked beside '(1783)' (review 68)
                    continue
                # "Acidity increases" under "Trend in Acidity" only says the column's name again: beside
                # "Electron-withdrawing groups increase acidity" it is no rival (graded vague, three times)
                said_by_column = {stem(w) for w in words(attr)}
                # a row whose name holds the asked one's, or is held by it ('Schistosoma haematobium' and
                # Schistosoma), is a kind of it or its genus: their cells are no rivals (the kind's cell
                # offered for the genus was true of it too: graded BAD)
                # ... nor is a cell that names the asked row ("An alternative statement for `if`", of
                # else, offered as a description of if: graded a choice that rules itself out, r228)
                rival_rows = [
                    i
                    for i in rows_by_likeness
                    if column[i].strip()
                    and not _names_within(names[i], thing)
                    and not _names_the_row(column[i], thing, code_in.get(key(column[i]), frozenset()))
                ]
                # "Boogie-woogie blues" down a column of quoted song titles ("Stand By Me", "Blue Moon"):
                # a cell written as a remark beside titles is no title (graded off-type seven times, r321)
                rival_rows = [i for i in rival_rows if _opens_quoted(column[i]) == _opens_quoted(column[t])]
                if not _names_its_row(column[t], names[t], own_names=True):
                    # "250mg dobutamine in 20ml water" offered as isoprenaline's presentation: a rival that
                    # names its own row by a name, no word of English, says it is another's and rules
                    # itself out (graded WEAK, r353); "Larger atoms = stronger acid" of 'Atomic Size'
                    # says a word of the subject, which every row's cell may
                    rival_rows = [
                        i for i in rival_rows if not _names_its_row(column[i], names[i], own_names=True)
                    ]
                rival_cells = [_clean_name(column[i]) for i in rival_rows]
                if _alone_in_form(rival_cells, cell):
                    continue
                same_row = _by_written_form(rival_cells, cell)
                other = next(iter(rival_rows), t)
                if len(same_row) == 1 and _names_its_row(column[other], names[other]):
                    # "100 senators", the Senate's, beside the House's "435 people": the one rival says
                    # whose it is, and the either-or answers itself
                    continue
                telling = [c for c in same_row if not _restates(c, said_by_column)]
                same_row = telling or same_row  # a table of two keeps its either-or
                # 'is' and 'for' of a keyword table read as words unless named as the rows are, and so
                # does a row in lower case ("the actual utterance “she decide to hits it”")
                quoted = thing.islower() or ", " in thing or thing in in_code.values() or foreign
                shown = f"“{thing}”" if quoted else thing
                # "the class Class I" says its kind twice: 'Class I' names it
                said = noun == "one" or stem(noun.split()[-1].lower()) in {stem(w) for w in words(thing)}
                named = shown if said else f"the {noun} {shown}"
                if not said and shown == thing and (
                    self._rows_written_before(tuple(names), noun) or _qualities(names)
                ):
                    # "the Physical layer", as the notes say its rows; "the Hypovolemic shock", "the
                    # Mild persistent asthma": rows that are each a quality say it before the noun
                    # ("the shock Hypovolemic" copied the table's layout, graded WEAK, r342)
                    named = f"the {thing} {noun}"
                # (two joined by '&' may be one name: 'Research & Development')
                parts = [p.strip() for p in re.split(r";" if ";" in thing else r"\s&\s", thing) if p.strip()]
                if not said and len(parts) >= (2 if ";" in thing else 3) and noun != "one" and noun.isalpha():
                    # "the medication Metoclopramide; Prochlorperazine; Domperidone": a row of several,
                    # named as a sentence names them ("the medications Metoclopramide, … and Domperidone")
                    named = f"the {_plural(noun)} {', '.join(parts[:-1])} and {parts[-1]}"
                if wh:
                    ask = f"Which of these describes {thing} under “{attr}”?"
                elif uses and _names_uses(cell):
                    # "What is Dopamine used for?" among the other rows' uses: a thing has uses the table
                    # leaves out, and a rival's use is often one of them ('Haemodynamic support' of
                    # dobutamine as well; graded two right answers five times in eight, r253-r279). Which
                    # row a use is listed for ("Which one is used for …?") is still asked, and so is what a
                    # row does ("Strains lumps out of liquids"), which is its own
                    continue
                elif key(attr) in _MEANING_COLUMNS or foreign == "meaning":
                    ask = f"What does {named} mean?"  # "What does the verb “dejar” mean?"
                elif foreign == "word":
                    ask = f"Which one means {named}?"
                elif describes_row(attr):
                    ask = f"Which of these describes {named}?"  # not "What is the description of is?"
                elif not by_columns and (verb := self._verb_column(attr, column, names)):
                    # "| Condition | Favours |": "What does the condition … favour?"
                    ask = f"What does {named} {_singular(verb)}?"
                elif (by_columns and _no_property_noun(attr, cell)) or self._unwritten_singular(attr):
                    # "| Feature | Aspirin | Paracetamol |" over 'Anti-inflammatory', 'Children' or 'Cells'
                    # ('Few'): "What is the anti-inflammatory of Aspirin?" reads as a slip (graded odd)
                    ask = f"What is listed for {named} under “{attr}”?"
                elif not by_columns and _sorts_the_column(header[0], thing, attr):
                    # "| height | vowels |" over 'high': the row sorts the column's things ("Which are the
                    # high vowels?", not "What are the vowels of the height “high”?", graded odd, r231)
                    ask = f"Which are the {thing} {attr.strip().lower()}?"
                elif (at := _at_a_value(_clean_name(_plain(header[0])), thing)) is not None:
                    # "| Conjugate Acid pKa |" over 'pKa > 15': no thing, a value of the row's column
                    # ("What is the conjugate base stability of pKa > 15?" read as a slip, r214)
                    ask = f"What is the {_lower_title(attr)} for {at}?"
                else:
                    ask = _attribute_question(attr, cell, named)
                if where:
                    ask = f"{where}{ask[0].lower()}{ask[1:]}"
                facts.append(
                    _Fact("table", ask, cell, explanation, chunk, "cell", same_row, no_either_or=no_either_or)
                )
        if contrasts is not None:
            facts.extend(_contrast_facts(chunk, names, contrasts))
        return facts

    @cached_property
    def _word_list_headers(self) -> dict[tuple[str, ...], str]:
        """The headers of the notes' word lists of another language, each with the side its words are on
        (see ``_translates``): three rows under "| Wort | Bedeutung |" are too few to tell a word list
        by, but the notes' longer lists under that header tell it ("Which wort has the bedeutung “unless
        / except if”?" read the header as English, graded odd wording, German notes, r360)."""
        found: dict[tuple[str, ...], str] = {}
        for _, tables in self.parsed.values():
            for t in tables:
                rows = [[_plain_cell(c) for c in r] for r in t.rows]
                side = _translates([_plain(h) for h in t.header], rows)
                if side:
                    found.setdefault(tuple(map(_name_key, t.header)), side)
        return found

    @cached_property
    def _tables_naming_row(self) -> Counter:
        """In how many tables of the notes each row name (by key) heads a row, and each header (by its
        names' keys) heads a table."""
        counts: Counter = Counter()
        for _, tables in self.parsed.values():
            for t in tables:
                counts.update({_name_key(r[0]) for r in t.rows if r and r[0].strip()})
                counts[tuple(map(_name_key, t.header))] += 1
        return counts

    def _a_record_again(self, header: list[str], rows: list[list[str]]) -> bool:
        """"| Aspect | Description |" over 'Skills', 'Professions', 'Measured by' under each intelligence
        of Gardner's, or "| Feature | Description |" over 'Duration', 'Capacity' under short-term memory
        and again under long-term memory: rows another table names too are the fields of a record, each
        of its own kind, and "Which aspect is described by “Understanding one's own emotions”?" files a
        fact under its field (graded trivial or two right answers eight times in forty, r323)."""
        if len(header) != 2 or key(header[0]) not in _ATTRIBUTE_CORNERS - {""}:
            return False
        names = [_name_key(r[0]) for r in rows if r and r[0].strip()]
        again = [n for n in names if self._tables_naming_row[n] >= 2]
        if len(names) >= 2 and len(again) * 2 >= len(names):
            return True
        # "| Aspect | Description |" over 'Position', 'Examples', 'Priority' under one of Maslow's needs
        # and over 'Desire for', 'Leads to', 'Goal' under the next: the same header over rows of
        # everyday words, section after section, is a record of each section's thing (graded trivial or
        # two right answers seven times in forty, r324)
        header_again = self._tables_naming_row[tuple(map(_name_key, header))] >= 2
        return header_again and _rows_of_aspects(rows)

    def _unwritten_singular(self, attr: str) -> bool:
        """Whether a column's name ends on a plural-looking word whose singular neither English nor the
        notes write ('nosotros', 'ustedes' over conjugations): "the nosotro of" is no word, and the
        column is named as written, "under “nosotros”"."""
        if not _plural_attribute(attr):
            return False
        last = _attribute_head(attr).lower()
        one = _singular(last)
        # ('antidote' of "Antidotes" is English, though the notes write only the plural)
        return not is_common_word(last) and not is_spelt(one) and not self._chunk_df.get(one)

    def _rows_written_before(self, rows: tuple[str, ...], noun: str) -> bool:
        """Whether the notes name a table's rows before their kind ("Network layer", "Transport
        layer"), two rows and half of them at least, so a stem says "the Physical layer", not "the layer
        Physical"; one line on "Warfarin drug interactions" makes no "Aspirin drug". Read once a table."""
        if (rows, noun) not in self._rows_before:
            named = [r for r in rows if r and self._said_of(rf"(?<![\w-]){re.escape(r)}(?![\w-])")]
            before = [
                r for r in named if self._said_of(rf"(?<![\w-]){re.escape(r)}\s+{re.escape(noun)}s?(?![\w-])")
            ]
            enough = len(before) >= 2 and 2 * len(before) >= len(named)
            self._rows_before[(rows, noun)] = noun.isalpha() and enough
        return self._rows_before[(rows, noun)]

    @cached_property
    def _lines_outside_tables(self) -> str:
        lines = (ln for c in self.chunks for ln in c.text.splitlines())
        return "\n".join(ln for ln in lines if not ln.lstrip().startswith("|"))

    def _said_of(self, pattern: str) -> bool:
        """Whether the notes' lines outside tables say ``pattern`` (case aside)."""
        return re.search(pattern, self._lines_outside_tables, re.IGNORECASE) is not None

    def _verb_column(self, attr: str, column: list[str], rows: list[str]) -> str:
        """The verb a column is named by ("| Condition | Favours |" over 'SN2', 'E1'), lower case, when
        the notes use its one word as a verb in the passive ("favoured by"), never as a noun ("the
        causes of", "common uses"), and never in a sentence with a row's thing, which would be the one
        acted on ("Cholera is an infection caused by …": '| Disease | Causes |' lists what causes each
        disease); its cells short names. Else ''. Read once per column."""
        ws = attr.split()
        if len(ws) != 1 or not ws[0].isalpha() or not ws[0].lower().endswith("s"):
            return ""
        word = ws[0].lower()
        if word.endswith(("ss", "us", "is")) or not all(len(c.split()) <= 4 for c in column if c.strip()):
            return ""
        at = (word, tuple(rows))
        if at not in self._verb_columns:
            self._verb_columns[at] = word if self._reads_as_verb(word, rows) else ""
        return self._verb_columns[at]

    def _reads_as_verb(self, word: str, rows: list[str]) -> bool:
        text = self._notes_text
        before = r"(?:the|a|its|their|these|those|main|common|major|other|all|of)"
        if re.search(rf"\b{before}\s+{word}\b|\b{word}\s+of\b", text):
            return False
        verb = _singular(word)
        past = re.compile(rf"\b(?:{re.escape(verb)}d|{re.escape(verb)}ed)\s+by\b")
        said = [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if past.search(s)]
        if not said:
            return False
        things = [t.lower() for t in rows if t.strip()]
        return not any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", s) for s in said for t in things)

    @cached_property
    def _notes_text(self) -> str:
        """The notes' text in lower case, once, for how they use a word."""
        return "\n".join(c.text.lower() for c in self.chunks)

    def _two_sides_of_a_name(self, a: str, b: str) -> bool:
        """Whether two column names are two parts of one thing the notes name as a proper name, alike
        but for the word before it ('Upper Egypt' and 'Lower Egypt' over 'vulture | cobra'): each
        column lists its own side's things, row by row counterparts, and "What is the lower egypt of
        the upper Egypt vulture?" asks nothing (graded garbled three times of three). A shared word
        that is no name ('Generic name' and 'Brand name', 'English word' and 'French word') says
        what the cells are: a name and its property."""
        x, y = _plain(a).split(), _plain(b).split()
        if len(x) < 2 or len(x) != len(y) or x[-1] != y[-1] or not x[-1][:1].isupper():
            return False
        if sum(p.lower() != q.lower() for p, q in zip(x, y, strict=True)) != 1 or x[-2] == y[-2]:
            return False
        return self._always_capitalised(x[-1])

    def _always_capitalised(self, word: str) -> bool:
        """Whether the notes' prose writes ``word`` as a proper name: capitalised inside a sentence, and
        never in lower case ('Egypt'; not 'Name', which prose writes as 'name'). Headings and tables
        are title-cased, and a link's address is no prose: only the lines of text count."""
        capitalised, lower = self._word_cases
        return word in capitalised and word.lower() not in lower

    @cached_property
    def _word_cases(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words the notes' lines write capitalised after a lower-case word or a comma, and the
        words they write in lower case: read once, for every table that asks."""
        capitalised: set[str] = set()
        lower: set[str] = set()
        for c in self.chunks:
            for entry in self.parsed[c.id][0]:
                text = readable(entry.text)  # links as their words, not their addresses
                lower.update(re.findall(r"\b[a-z][a-z'-]*\b", text))
                capitalised.update(re.findall(r"(?<=[a-z,;] )[A-Z][a-z'-]+\b", text))
        return frozenset(capitalised), frozenset(lower)

    def _as_written(self, phrase: str) -> str:
        """``phrase`` with the words the notes write capitalised again and again, and never in lower
        case, capitalised again ('British' of "British Action": "Which British action …?", never
        "Which british action …?"; a header's 'Situation', written once, is no name)."""
        def named(w: str) -> bool:
            if not w.islower() or self._forms[w]:
                return False
            # capitalised after a word in lower case: in running text, not at a line's or title's start
            mid = re.compile(rf"(?<![\w'-])[a-z][\w'-]*,? {re.escape(w.capitalize())}\b")
            return sum(len(mid.findall(c.text)) for c in self.chunks) >= 2

        return " ".join(w.capitalize() if named(w) else w for w in phrase.split(" "))

    @cached_property
    def _table_rows(self) -> dict[tuple[str, str, str], set[tuple[tuple[str, ...], str]]]:
        """(corner, column, row name) of every table of the notes -> the (heading, cell) pairs of its rows."""
        seen: dict[tuple[str, str, str], set] = {}
        for c in self.chunks:
            for table in self.parsed.get(c.id, ([], []))[1]:
                names = [_column_key(_plain(h)) for h in table.header]
                for row in table.rows:
                    first = key(_clean_name(_plain_cell(row[0]))) if row else ""
                    for i, name in enumerate(names[1:], start=1):
                        said = _without_conversion(row[i]) if i < len(row) else ""
                        cell = key(_clean_name(_plain_cell(said)))
                        seen.setdefault((names[0], name, first), set()).add((c.heading, cell))
        return seen

    def _row_elsewhere(self, chunk: Chunk, corner: str, attr: str, thing: str, cell: str) -> bool:
        """Whether another section of the notes has a table with this corner and column and a row of
        this name that says otherwise: then the heading is what tells the two rows apart. A review
        sheet that repeats the lecture's table word for word needs no heading ("In “Gravitational
        Force”, what is the direction of …" over the second copy of a table of every force)."""
        at = (_column_key(corner), _column_key(attr), key(thing))
        return any(h != chunk.heading and c != key(cell) for h, c in self._table_rows.get(at, set()))

    def _topic_over_a_glossary(self, title: str) -> bool:
        """Whether the heading over a table of terms and definitions says what its lines are about
        ("Removing barriers to effective communication", "The developments of ICT and its impact on
        business"): three words or more that name no kind of the rows ("Types of Business Meetings")
        and no glossary ("Key Terms and Definitions"), said as a phrase, not a name ("Stereochemistry
        defs cheatsheet" is a glossary's title, "General Data Protection Regulation" the thing's own)."""
        ws = words(title)
        if len(ws) < 3 or _kind_named_by(title) or self.enumerated(title):
            return False
        if not any(w.lower() in STOPWORDS - {"and", "or"} for w in ws):
            return False
        return not (_FILING_HEADING.search(title) or _remark(title) or _NAMES_A_TABLE.search(title))

    def _likeness(
        self, t: int, column: list[str], row_vectors: dict[int, np.ndarray], cells: dict[int, np.ndarray]
    ) -> dict[int, float]:
        """How like row ``t``'s cell of ``column`` each other row's reads: the cosine of the cells
        embedded alone (``cells``), with the rows' own vectors as the index embedded them in their
        table. A row's vector carries its neighbours' words, so on its own it ranks the rows next to it
        first ('not' and 'or' beside 'nonlocal'); the cell alone ranks 'global' first, the lure a
        teacher would offer (graded missing, r227). Word overlap stands in without a model."""
        mine, own = row_vectors.get(t), cells.get(t)
        likeness: dict[int, float] = {}
        for i in range(len(column)):
            if i == t:
                continue
            pairs = ((row_vectors, mine), (cells, own))
            alike = [float(w @ v[i]) for v, w in pairs if w is not None and i in v]
            likeness[i] = sum(alike) / len(alike) if alike else _overlap(column[i], column[t])
        return likeness

    def _cell_vectors(self, column: list[str]) -> dict[int, np.ndarray]:
        """The unit embedding of each cell of a column that says something in words (two words or
        more), by row number, each text embedded once per bank; empty without a model."""
        if self.embed is None:
            return {}
        # ('C₈H₁₇', '16', '\\n': a value's embedding says little of it; its row's context says more)
        texts = [c if len(re.findall(r"[A-Za-z]{3,}", c)) >= 2 else "" for c in map(_clean_name, column)]
        alone = self._embedded_alone([x for x in texts if x])
        return {i: alone[x] for i, x in enumerate(texts) if x}

    def _row_vectors(self, chunk: Chunk, firsts: list[str]) -> dict[int, np.ndarray]:
        """The unit embedding of each table row (by row number), found by its first cell among the
        section's units (a table row is one unit); empty without unit vectors."""
        if self.unit_vectors is None:
            return {}
        wanted = {key(f): n for n, f in enumerate(firsts) if key(f)}
        found: dict[int, np.ndarray] = {}
        for c in self.section_of.get(chunk.id, [chunk]):
            start = int(self.unit_start[self.pos[c.id]])
            for j, unit in enumerate(c.units):
                if not unit.lstrip().startswith("|"):
                    continue
                first = table_cells(unit)[0]
                n = wanted.get(key(_plain_cell(first)))
                if n is not None and n not in found:
                    v = self.unit_vectors[start + j]
                    found[n] = v / max(float(np.linalg.norm(v)), 1e-9)
        return found


# words that say how much or which way, of nothing in particular
_DEGREE_WORDS = frozenset(
    """increase increases increased decrease decreases decreased high highly higher low lower more less
    strong stronger weak weaker good poor very""".split()
)


# "Across a Period", "Down a Group", "In the cytoplasm": where or when something holds, not a thing
_CIRCUMSTANCE = re.compile(
    r"^(?:across|down|up|along|through|in|at|on|under|over|within|between|after|before|during|from|"
    r"to|with|without)\s+(?:a|an|the)\s",
    re.IGNORECASE,
)


# one word that reads as an adjective by its ending ('Somatic', 'Visceral', 'Aerobic', 'Invasive')
# ('Mammal', 'Reptile', 'Metal', 'Hospital' end so too and are nouns: only the endings nouns seldom take)
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ic|ical|eral|ous|ive)")
# the endings of English adjectives of quality or place ('Hypovolemic', 'persistent', 'Inferior',
# 'Apical'), which a row's name is asked by before its noun when every row's name ends so
_QUALITY_ENDING = re.compile(r"[a-z]{2,}(?:ic|al|ous|ive|ent|ant|ior|ary)")


def _qualities(names: list[str]) -> bool:
    """Whether a table's rows are named each by a quality, in a word or two ending as English
    adjectives end ('Intermittent', 'Mild persistent', 'Severe persistent'): three rows at least."""
    named = [n.strip() for n in names if n.strip()]
    lasts = [n.split()[-1].lower() for n in named if 1 <= len(n.split()) <= 2]
    return len(named) >= 3 and len(lasts) == len(named) and all(_QUALITY_ENDING.fullmatch(w) for w in lasts)


def _contrast_facts(
    chunk: Chunk, names: list[str], cells: dict[int, dict[int, tuple[str, str, str, bool]]]
) -> list[_Fact]:
    """"Which of these sets SQS apart from MQ?" over the rows' cells labelled by their rows ('Message
    Model: Simple queue' among MQ's 'Message Model: Message broker' and 'Protocol Support: AMQP, JMS,
    MQTT'): what the table says of one of two things, among what it says of the other. A quality said
    by degree ('Highly scalable') beside a cell that says none is true of both as far as anyone knows
    (graded two right answers, r285) and is offered neither way; two such cells in one row ('Narrow',
    'Broad') are a contrast of degree. A cell that names either thing says whose it is, and the other
    thing with fewer than two rows to offer leaves only a coin flip."""
    usable: dict[int, dict[int, tuple[str, str, str]]] = {0: {}, 1: {}}
    # the things' own names, as a word of a cell may hold one ('norbuprenorphine')
    named = [{w.lower() for w in words(n) if len(w) >= 4} for n in names]
    for t in (0, 1):
        for a, (attr, cell, where, generic) in cells.get(t, {}).items():
            other = cells.get(1 - t, {}).get(a)
            if other is None:
                # "| pKa | 8.5 | |": a row the other thing leaves empty sets nothing apart; for all the
                # table says, its value may be the same (graded BAD, r288)
                continue
            if _degree(cell, generic) and not _degree(other[1], other[3]):
                continue
            if _shares_members(cell, other[1]) or _shares_members(other[1], cell):
                # "MOP, KOP, DOP" beside "Partial MOP agonist, KOP antagonist": a list whose members the
                # other cell names as well sets neither apart (graded WEAK, r290)
                continue
            if _names_its_row(cell, names[t]) or len(cell) > _CONTRAST_CELL:
                continue  # (a sentence is read, not chosen: "Courier service — guaranteed delivery, …")
            if any(n in w.lower() for w in words(cell) for ns in named for n in ns):
                # "Hepatic to active norbuprenorphine" among oxycodone's rivals names whose it is
                # (graded WEAK three times, r288)
                continue
            usable[t][a] = (attr, cell, where)
    # "Proxy (Forward Proxy)": the stem names each by its name, the aside left to the notes
    shown = [_BRACKETED.sub(" ", n).strip() or n for n in names]
    shown = [re.sub(r"\s+", " ", n) for n in shown]
    facts: list[_Fact] = []
    for t in (0, 1):
        mine, theirs = usable[t], usable[1 - t]
        if len(mine) < 1 or len(theirs) < 2:
            continue
        order = sorted(theirs)
        # a table of nine rows asked nine times over one stem is one question posted again and again
        for a, (attr, cell, where) in list(mine.items())[:_CONTRASTS_PER_SIDE]:
            # the other thing's cell of the same row first, the sharpest contrast, then its next rows
            start = next((i for i, b in enumerate(order) if b >= a), 0)
            rows = [*order[start:], *order[:start]]
            rivals = [f"{theirs[b][0]}: {theirs[b][1]}" for b in rows]
            ask = f"Which of these sets {shown[t]} apart from {shown[1 - t]}?"
            if where:
                ask = f"{where}{ask[0].lower()}{ask[1:]}"
            explanation = f"{names[t]} — {attr}: {cell}"
            if a in theirs:
                explanation += f"; {names[1 - t]} — {attr}: {theirs[a][1]}"
            key_line = f"{attr}: {cell}"
            fact = _Fact("table", ask, key_line, explanation, chunk, "cell", rivals, no_either_or=True)
            fact.apart = True
            facts.append(fact)
    return facts


def _shares_members(cell: str, other: str) -> bool:
    """Whether a cell that lists short names ('MOP, KOP, DOP') has half of them or more named in the
    other cell as well."""
    parts = [p.strip() for p in re.split(r"[,;/]", _BRACKETED.sub(" ", cell)) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 3 for p in parts):
        return False
    theirs = {w.lower() for w in words(other)}
    shared = sum(1 for p in parts if {w.lower() for w in words(p)} <= theirs)
    return shared * 2 >= len(parts)


def _worded_apart(a: str, b: str) -> bool:
    """Two cells that differ by whole words on each side ('Short …' and 'Long …'), none of them a
    misspelling of the other's ('boolean operator' and 'boolean oprator' are one cell)."""
    wa, wb = {w.lower() for w in words(a)}, {w.lower() for w in words(b)}
    only_a, only_b = wa - wb, wb - wa
    return bool(only_a and only_b) and not any(
        SequenceMatcher(None, x, y).ratio() >= 0.75 for x in only_a for y in only_b
    )


def _degree(cell: str, generic: bool) -> bool:
    """A quality said by its degree ('Highly scalable', 'Fully managed', 'Very fast') or in everyday
    words (``generic``: 'Cheap', 'Yes'): how much, not what ('Early onset' names when)."""
    ws = [w.lower() for w in cell.split()]
    if generic:
        return True
    if not 2 <= len(ws) <= 3:
        return False
    return ws[0] in _INTENSIFIERS or (ws[0].endswith("ly") and _QUALITY.search(ws[-1]) is not None)


_CONTRAST_CELL = 60  # characters of a cell offered as a choice beside its row's name
_CONTRASTS_PER_SIDE = 4  # rows asked of each of a table's two things
# words that say how much of a quality, before it
_INTENSIFIERS = frozenset("very more less most least quite rather fairly".split())


def _asks(header: str) -> bool:
    """Whether a column's name is a question ("Mirror Image?", "Conductive? (aka. an electrolyte?)"):
    its cells answer yes or no, they are no property to ask a row by."""
    return _BRACKETED.sub(" ", _clean_name(header)).rstrip().endswith("?")


def _names_its_row(cell: str, row: str, own_names: bool = False) -> bool:
    """Whether a cell says its own row's name ('100 senators' in the Senate's row) by a word's stem; with
    ``own_names``, by a word no English dictionary writes ('dobutamine')."""
    own = {
        stem(w)
        for w in words(row)
        if w not in STOPWORDS and len(w) >= 4 and not (own_names and is_common_word(w.lower()))
    }
    return bool(own & {stem(w) for w in words(cell) if len(w) >= 4})


# a table's corner that says its rows are times
_TIME_CORNERS = frozenset("era eras period periods year years date dates decade decades century".split())
# the name of a table's rows that are steps of one sequence or scale, of whatever its heading names
_ORDERED_CORNERS = frozenset(
    "stage stages phase phases level levels tier tiers step steps grade grades generation generations".split()
)
# a column that gives what its rows mean: a vocabulary's, a glossary's of a foreign tongue
_MEANING_COLUMNS = frozenset({"meaning", "meanings", "translation", "translations"})


def _sorts_the_column(corner: str, thing: str, attr: str) -> bool:
    """Whether a row names a sort of what its column lists: a one-word corner in small letters that names
    a property ('height', 'place'), a row that is one word in small letters ('high', 'front') and a
    column that is one plural noun of things, not of facets ('vowels'; not 'examples', 'uses')."""
    corner, attr = _clean_name(_plain(corner)).strip(), _clean_name(attr).strip()
    shapes = ((r"[a-z]+", corner), (r"[a-z]+", thing), (r"[A-Za-z]+", attr))
    if not all(re.fullmatch(shape, text) for shape, text in shapes):
        return False
    low = attr.lower()
    return _plural_attribute(attr) and not ({low} & (_NOT_KINDS | _ASPECT_LABELS | STOPWORDS))


def _names_the_row(cell: str, row: str, in_code: frozenset[str]) -> bool:
    """Whether a cell of another row names ``row`` whole: in code (``in_code``, what the cell writes
    so: 'if' in "An alternative statement for `if`"), or as a name of three letters or more
    ('isotonic' in "More concentrated than isotonic"); a word like 'if' or 'is' in prose names
    nothing."""
    if row in in_code:
        return True
    if len(row) < 3 or row.lower() in STOPWORDS:
        return False
    return re.search(rf"(?<![\w-]){re.escape(row)}(?![\w-])", _plain(cell), re.IGNORECASE) is not None


def _circumstance(name: str) -> bool:
    """'Across a Period': a row named by where or when it holds."""
    return _CIRCUMSTANCE.match(name) is not None


def _restates(cell: str, column_words: set[str]) -> bool:
    """A cell that only repeats its column's name with a degree ('Acidity increases' under "Trend in
    Acidity", 'Highly scalable' under "Scalability"): a direction without its cause. 'Message broker'
    under "Message Model" names a model."""
    ws = [w.lower() for w in words(cell)]
    own = [w for w in ws if stem(w) not in column_words]
    return 0 < len(ws) <= 2 and len(own) < len(ws) and all(w in _DEGREE_WORDS for w in own)


def _qualifies(title: str, corner: str, attr: str, thing: str, cell: str) -> bool:
    """Whether a table's heading is a qualifier of one or two words of its questions ("Metaplasia" over
    "| Tissue | Stimulus |", "2. Tongue Advancement" over "| place | vowels |": places of what?), not a
    word the question already says ("Antidotes for Toxins" over "| Toxin | Antidotes |")."""
    ws = words(title)  # (cleaned: "2. Tongue Advancement" is "Tongue Advancement" here)
    if any(w.isdigit() for w in ws):
        return False  # "Trigger 1" counts a case off, it says nothing of what the table compares
    if not 1 <= len(ws) <= 2 or not _names_a_thing(title) or _singular(ws[-1]) in _ASPECT_LABELS:
        return False
    said = {stem(w) for w in words(" ".join([corner, attr, thing, cell]))}
    return all(stem(w) not in said and stem(_singular(w)) not in said for w in ws)


def _names_its_half(attr: str, cell: str) -> bool:
    """Whether a row labelled with a pair ("Charge/Mass", "Voltage / Potential") has for ``cell`` a
    line that names one half of the pair by its words."""
    halves = [h for h in re.split(r"\s*/\s*|\s+or\s+", attr) if h.strip()]
    if len(halves) != 2 or any(len(words(h)) > 3 for h in halves):
        return False
    said = {stem(w.lower()) for w in words(cell)}
    return any({stem(w.lower()) for w in words(h)} <= said for h in halves)


def _without_conversion(cell: str) -> str:
    """A cell without a conversion tacked on after a comma ("Radians (rad), 1 degree = π/180 radians"
    -> "Radians (rad)"): offered as a choice, the aside tells what the cell measures, and the others
    carry none (graded a give-away twice, science notes). A cell that is an equation keeps it whole,
    and so does one whose aside is a law or a condition rather than a conversion of units."""
    m = re.fullmatch(r"(?P<main>[^=]*?[A-Za-z][^=]*?),\s*(?P<aside>[^,]*=[^,]*)", cell.strip())
    # only a conversion of units ("1 degree = …", "1 N = …"), not a law or a condition the cell states
    # ("Current through a conductor, V = IR", "Profit, TR = TC": review 83)
    if m is None or not re.match(r"[`$]*\d[\d.,/]*[`$]*\s*[A-Za-zµ°]+\s*=", m.group("aside")):
        return cell
    return m.group("main").strip()


def _heading_restates(title: str, corner: str, attr: str) -> bool:
    """Whether a table's heading only names what its question already says: 'Units' over "| Thing to
    Measure | Unit |" ("In “Units”, what is the unit of Speed?", graded odd eight times). Such a setting
    qualifies nothing. Every word of the heading counts but an article or 'and', 'of': 'Levels Before
    Meals' says when, which the columns do not (review 81)."""
    own = {stem(_singular(w.lower())) for w in words(title) if w.lower() not in _BARE_WORDS}
    said = {stem(_singular(w.lower())) for w in words(f"{corner} {attr}")}
    return bool(own) and own <= said


_BARE_WORDS = frozenset({"a", "an", "the", "and", "of", "&"})


# a line that points at the table rather than titles it ("Below is a summary", "the following", "Table 2")
_POINTS_AT = re.compile(
    r"\b(?:below|above|following|here|there|this|these|shown|shows|summar(?:y|ises|izes)|click)\b"
    r"|^(?:table\s*\d|compare|note|see)\b",
    re.IGNORECASE,
)
# what a table's title calls it when the title says only that it compares ("Key Differences")
_COMPARING = frozenset({"difference", "comparison", "similarity", "contrast", "versus", "vs"})


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _quantity_caption(lead: str) -> str:
    """The line above a table when it is a short phrase holding a quantity ("Reference values for an
    adult man, 70 kg", "Values at 25 °C"): what the table's numbers hold for; else ''."""
    text = _plain(lead).strip().rstrip(":").strip()
    if not _has_digit(text) or not 2 <= len(words(text)) <= 10 or not text[:1].isupper():
        return ""
    if re.search(r"[.!?;]\s|[.!?;]$|\s-\s|\w:\s", text) or _POINTS_AT.search(text):
        return ""  # a sentence, or "Table 2 shows …": no phrase to set a question in
    return _unref(text)


# nouns that name the parts or kinds of something else, and say of what only with the heading above
_PARTS_OF = frozenset(
    "level layer stage phase type kind part zone component region class category division tier".split()
)


def _specific(title: str, titles: list[str]) -> str:
    """A one-word heading, or the heading above it when that word names parts or kinds of something
    ('Levels' under 'Limnology', 'Layers' under 'Epidermis': levels of what?) and the one above names
    a thing in a few words. 'Medicines' under 'Ancient Egypt' are no parts of it."""
    at = titles.index(title) if title in titles else -1
    if len(words(title)) != 1 or _singular(title.lower()) not in _PARTS_OF or at < 1:
        return title
    over = titles[at - 1]
    if 1 <= len(words(over)) <= 4 and _names_a_thing(over) and not re.search(r"\d", over):
        return over
    return title


def _caption(lead: str) -> str:
    """A table's title, the line just above it or its heading ("Blood Groups", "Timing of recognition"):
    a short phrase, no sentence, that names what the table is of; else ''."""
    text = _plain(lead).strip().rstrip(":").strip()
    ws = words(text)
    if not 2 <= len(ws) <= 8 or not text[:1].isupper() or re.search(r"[.!?;]|\s-\s|\w:\s", text):
        return ""
    worked = re.search(r"\b(?:example|exercise|problem|practice|question)s?\b", text, re.IGNORECASE)
    if _remark(text) or worked:
        return ""  # "Example 2", "Practice problems": a worked case, no subject to set a question in
    if _sentence_like(text) or _POINTS_AT.search(text):
        return ""  # "The table below shows …", "Here is how they compare", "Compare the two drugs", "Table 2"
    named = [w for w in ws if w.lower() not in STOPWORDS and not _FILING_HEADING.search(w)]
    if all(_singular(w.lower()) in _ASPECT_LABELS | _COMPARING for w in named):
        return ""  # "Key Differences", "Main features": what the table is, not what it is of
    return _unref(text)


# a table's corner that says only that its rows are kinds of something ('Type', 'Kind')
_BARE_KINDS = frozenset({"type", "kind", "category", "sort", "variety"})


def _kind_named_by(title: str) -> str:
    """The kind a heading names, as a question says it, or '': 'Types of Consonants' -> 'type of
    consonant', 'Place of Articulation' -> 'place of articulation', 'Market Structures' -> 'market
    structure'. Only those shapes: 'The Big Five', 'Week One', 'Tort Law', 'Classification of Anemias',
    'Antibiotics' or 'Exam Tips' name no kind a row is one of (review 82)."""
    text = re.sub(r"^the\s+", "", title.strip(), flags=re.IGNORECASE)
    if not re.fullmatch(r"[A-Za-z][A-Za-z -]*", text) or len(text.split()) > 4:
        return ""
    if _remark(text) or _FILING_HEADING.search(text) or re.search(r"\b(?:and|or|vs)\b", text, re.I):
        return ""  # "Key points", "Glossary", "Stops and Fricatives": no one kind
    sort = re.fullmatch(
        r"(?:(?:different|main|common|major)\s+)?(types?|kinds?|categories|category|classes|forms?|sorts?)"
        r"\s+of\s+([A-Za-z-]+(?:\s+[A-Za-z-]+)?)",
        text,
        re.IGNORECASE,
    )
    if sort:
        return f"{_singular(sort.group(1).lower())} of {_lower_title(_singular_phrase(sort.group(2)))}"
    of = re.fullmatch(r"([A-Za-z]+)\s+of\s+([A-Za-z]+)", text)
    if of:
        head = _singular(of.group(1).lower())
        if re.search(r"(?:tion|sion|ment|sis|ics|ing)$", head) or head in _NOT_KINDS:
            return ""  # 'Classification of Anemias', 'Overview of …': a process or a look at one
        return _lower_title(f"{head} of {of.group(2)}")
    last = text.split()[-1]
    plain_plural = last.lower().endswith("s") and not re.search(r"(?:ss|us|is|ics|ses)$", last.lower())
    if len(text.split()) <= 3 and plain_plural and last.lower() not in _NOT_KINDS:
        return _lower_title(_singular_phrase(text))
    return ""


def _names_a_thing(heading: str) -> bool:
    """A heading a question can be set in: not a remark ("Key points"), a filing label ("Related
    Concepts") or a topic ("Properties of Triple Bonds")."""
    return not (_remark(heading) or _FILING_HEADING.search(heading) or _TOPIC_HEADING.search(heading))


def _grid_of_pairs(things: list[str], attrs: list[str]) -> bool:
    """Whether a table's side and top name the same things, or the same but for one word each side
    shares ('State DEFENDANT', 'Citizen DEFENDANT' across, 'State PLAINTIFF', 'Citizen PLAINTIFF'
    down): a grid of pairs, not things and their properties."""
    if {key(_clean_name(t)) for t in things} & {key(_clean_name(a)) for a in attrs} - {""}:
        return True

    def varying(names: list[str]) -> set[frozenset[str]]:
        said = [{w.lower() for w in words(_clean_name(n))} for n in names]
        common = set.intersection(*said) if said else set()
        return {frozenset(w - common) for w in said}

    if len(things) < 2 or len(attrs) < 2:
        return False
    across, down = varying(things), varying(attrs)
    return across == down and all(across)


def _singular_phrase(attr: str) -> str:
    """'Drugs' -> 'Drug', 'Side effects' -> 'Side effect'; 'Status' and 'Class' as they are."""
    if not _plural_attribute(attr):
        return attr
    return _singular_head(attr)


def _everyday(name: str) -> bool:
    """One everyday word in ordinary case ('Acute', 'Chronic'), not a name ('FIFO', 'Erasmus')."""
    ws = name.split()
    return len(ws) == 1 and not name.isupper() and is_common_word(name.lower())


def _versions(a: str, b: str) -> bool:
    """Whether two cells are two versions of one phrase: as many words, some the same, most letters
    in place ('splicing from one tape', 'splacing from one tape'), not one name in two numbers."""
    mine, theirs = words(a.lower()), words(b.lower())
    if len(mine) < 2 or len(mine) != len(theirs) or [stem(w) for w in mine] == [stem(w) for w in theirs]:
        return False
    shared = {w for w in set(mine) & set(theirs) if len(w) >= 3}  # not 'hc' of 'HC ≡ CH' and 'HC≡ C⁻'
    return bool(shared) and SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.6


# columns that give why: of a yes-or-no column beside them, when there is one
_BECAUSE_COLUMNS = frozenset(key(w) for w in "reason reasons why explanation rationale justification".split())
# columns that only say their cells remark on the row, whatever they hold
_VERDICT_ROWS = frozenset(
    """pros cons pro con advantages disadvantages advantage disadvantage benefits drawbacks strengths
    weaknesses limitations downsides upsides notes note remarks comments""".split()
)
_ASIDE_COLUMNS = frozenset("notes note comments comment remarks remark".split())
_REMARK_COLUMNS = frozenset("notes note details comments comment remarks info information points".split())
# the middle column of a Venn diagram written as a table ("| Enlightenment | Both | Great Awakening |")
_SHARED_COLUMN = frozenset({"both", "similarities", "similarity", "common", "incommon", "shared", "overlap"})


_NEGATED = re.compile(r"^(?:non-?|(?:not|no|without)\s+)(.+)$", re.IGNORECASE)


def _conditions(attrs: list[str]) -> set[int]:
    """The columns that name a case and its negation ("Infection" and "Non-infection", "With aura" and
    "Without aura"): conditions under which each cell holds, not properties of the row's thing."""
    keys = [key(_clean_name(a)) for a in attrs]
    out: set[int] = set()
    for i, a in enumerate(attrs):
        m = _NEGATED.match(_clean_name(a).strip())
        if not m:
            continue
        plain = key(m.group(1))
        for j, k in enumerate(keys):
            if j != i and k and (k == plain or (k.startswith("with") and k[4:] == plain)):
                out |= {i, j}
    return out


def _names_within(a: str, b: str) -> bool:
    """Whether one row's name holds the other's whole, as a run of words with a real word in it
    ('Schistosoma' in 'Schistosoma haematobium', 'H₁ antagonists' in 'H₁ antagonists :: 1°'; not 'H-H'
    in 'CH₃-H', nor 'A protein' beside 'M protein'). Any such run counts, a kind or not ('Acid' in
    'Amino acid'): it only ever takes a rival away."""
    wa, wb = words(a), words(b)
    short, long = (a, wb) if len(wa) <= len(wb) else (b, wa)
    return any(len(w) >= 4 and w.isalpha() for w in words(short)) and _contains_phrase(long, short)


def _sentence_cell(cell: str) -> bool:
    """Whether a table cell reads as a line of the notes rather than a column name: a list ("- Priority
    based on ...", "a<br> - b"), or a sentence (a full stop after five words, or more than twelve). A
    line break alone only wraps a long name ("Max<br>IOPS")."""
    text = _plain(cell)
    n = len(text.split())
    return (
        bool(re.match(r"^\s*[-*•]\s", cell) or re.search(r"<br\s*/?>\s*[-*•]\s", cell))
        or n > 12
        or (n >= 5 and text.rstrip().endswith("."))
    )


def _two_named_lists(a: str, b: str) -> bool:
    """Whether two column names are one plural said of two things, alike but for one word ("Words that
    indicate preterite tense" beside "… imperfect tense", "Explosive eruptions" beside "Effusive
    eruptions"): each column lists its own thing's members, and a row pairs two cells that say nothing
    of each other ("What is the words that indicate imperfect tense of “ayer”?", graded BAD four times,
    r299). "English word" and "French word" name one word and its counterpart, row by row."""
    x, y = _plain(a).split(), _plain(b).split()
    if len(x) < 2 or len(x) != len(y):
        return False
    differ = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p.lower() != q.lower()]
    if len(differ) != 1:
        return False
    shared = [w.lower() for i, w in enumerate(x) if i != differ[0]]
    return any(len(w) > 3 and w not in STOPWORDS and _singular(w) != w for w in shared)


def _side_by_side(header: list[str], rows: list[list[str]]) -> bool:
    """Two columns that are two lists of remarks set side by side ("Kinesis | SQS" over "Large
    throughput … | One consumption group …", "Pros | Cons" over "Cheap to run | Slow to start"): a
    row's two cells say nothing of each other, so neither names the other. A table of things has names
    down its first column and what they are, longer, beside them ("| break | Used to get out of the
    loop |"), or short values on both sides ("| HCl | Cl⁻ |"). A Venn diagram set as a table ("| A |
    Both | B |") is three lists side by side."""
    if len(header) == 3 and key(header[1]) in _SHARED_COLUMN:
        # "| Enlightenment | Both | Great Awakening |": two things compared, what each has and what
        # both share, three lists side by side; 'Ben Franklin' has no 'Great Awakening'
        return True
    filled = [h for h in header if h.strip()]
    if len(filled) != 2 or len(rows) < 2:
        return False
    if len(header) == 2 and _two_named_lists(header[0], header[1]):
        return True
    if len(header) == 2 and all(_AREA_LABEL.fullmatch(_plain(h).strip()) for h in header):
        # "| Cholinergic | Adrenergic |" over 'Diarrhea | Constipation': two sides' lists, row by row
        # opposites, neither the other's property ("Which cholinergic has “Constipation” …?")
        return True
    left = [len(r[0].split()) for r in rows]
    right = [len(r[1].split()) if len(r) > 1 else 0 for r in rows]
    a, b = sum(left) / len(left), sum(right) / len(right)
    return min(a, b) >= 2.5 and max(a, b) <= 2 * min(a, b)


# "Comparison Table", "Summary table": a heading that names the table itself
_NAMES_A_TABLE = re.compile(r"^(?:[A-Za-z]+\s+)?tables?$", re.IGNORECASE)
# 'B', 'J', 'DEJ0', 'BCED', 'MC=D': a figure's points and areas, named by the letters on it
_FIGURE_POINT = re.compile(r"[A-Z][A-Z0-9]{0,4}(?:\s*=\s*[A-Z][A-Z0-9]{0,3})?")
_FIGURE_WORD = re.compile(r"\b(?:graph|figure|diagram|chart|plot|image|picture)s?\b", re.IGNORECASE)


def _code_name(cell: str) -> str:
    """The code a cell holds and nothing else ("`$`", "`*?`, `+?`"), as written: a pipe a table escaped
    ('A\\|B') is the pipe; "" when the cell has words outside code."""
    cell = cell.strip()
    if not re.fullmatch(r"`[^`]+`(?:\s*,\s*`[^`]+`)*", cell):
        return ""
    return ", ".join(c.replace("\\|", "|").strip() for c in re.findall(r"`([^`]+)`", cell))


def code_named(table: Table) -> bool:
    """Whether a table lists one program's commands ("| `docker ps -a` | List all containers |"): every
    row named by a command of two words or more, all of one program. A table of single names in code
    (keywords, escape characters) stays a table: its rows' rivals are found by meaning."""
    firsts = [r[0].strip() if r else "" for r in table.rows]
    if not firsts or not all(re.fullmatch(r"`[^`]+`", f) for f in firsts):
        return False
    words_of = [f.strip("`").split() for f in firsts]
    return all(len(w) >= 2 for w in words_of) and len({w[0] for w in words_of}) == 1


def _stops_short(row: list[str], rows: list[list[str]]) -> bool:
    """"| adjectives | -er | taller, faster |" under four columns whose last the other rows all fill: a
    row that ends a cell early does not say which column it left out ('taller, faster' is the example,
    read as the function: graded BAD), so none of its cells is asked."""
    last = len(row) - 1
    if last < 2 or row[last].strip() or not any(c.strip() for c in row[1:last]):
        return False
    filled = sum(1 for r in rows if len(r) > last and r[last].strip())
    return filled >= 3 and filled * 2 > len(rows)


# a row named by its column's quantity and a value: 'pKa > 15', 'pKa 5–15', 'pH < 7'
_VALUE_ROW = re.compile(
    r"(?P<quantity>[A-Za-z][\w-]*)\s*(?P<value>(?:[<>≤≥]=?\s*)?[-−]?\d[\d.,]*(?:\s*(?:[-–]|to)\s*\d[\d.,]*)?)"
)


def _at_a_value(column: str, row: str) -> str | None:
    """"a conjugate acid pKa > 15" for the row 'pKa > 15' of the column "Conjugate Acid pKa": a row that
    is its column's quantity at a value, named as the column names the quantity; None for a thing."""
    m = _VALUE_ROW.fullmatch(_clean_name(row).strip())
    column_words = column.split()
    if m is None or not column_words or column_words[-1].lower() != m.group("quantity").lower():
        return None
    value, quantity = m.group("value"), m.group("quantity")
    # ('Level' as the column writes it, 'pKa' kept: "an energy level of 2")
    shown = " ".join([*map(_lower_title, column_words[:-1]), _lower_title(quantity)])
    article = "an" if shown[:1].lower() in "aeiou" else "a"
    return f"{article} {shown} {value}" if value[0] in "<>≤≥" else f"{article} {shown} of {value}"
