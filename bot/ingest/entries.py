"""List entries of the document model: items and paragraphs with their parents, labels, sentences, tables.

Notes are bullet lists nested under "**X vs. Y**:" labels, "Term - what it is" lines, glossaries written
as a term over its definition's sub-item, and pipe tables. This module turns a chunk's lines
(``Chunk.lines``, read once by ``bot.ingest.document``) into entries that know their parent item, and
splits entries into labels and bodies. The glossary (terms for answers) and the quiz (facts to ask)
both read notes through it, so a term one learns the other knows. It knows nothing about any
particular subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.ingest.document import Line, split_sentences
from bot.ingest.roles import HIGHLIGHT, strip_navigation_markup
from bot.text import is_common_word, is_word_form, key, render_math, singular, words

# "Types of Inheritance", "3 kinds of rock": a label that names its items' kind (group 1, group 2)
KINDS_OF = re.compile(
    r"(?:the\s+)?(?:\d+\s+|main\s+|different\s+|common\s+)?(types|kinds|forms|categories|classes)\s+of\s+"
    r"([A-Za-z][\w -]{1,40})",
    re.IGNORECASE,
)
# "**Term**: …", "**Term** - …", and "**empiricism** | The belief that …" (a glossary written as
# one-row tables with no header, a line each: two cells, the second no bold header cell)
_BOLD_LABEL = re.compile(
    r"^\*\*([^*]{1,80}?)\*\*(\s*\([^()]{1,40}\))?\s*"
    r"(?::\s*|\s+[-–—]\s+|\s+\|\s+(?=\S)(?![^|]*\|)(?!(?:\*\*|__)[^*_]+(?:\*\*|__)\s*$))(.*)$"
)
# a label in bold spelt otherwise than "**…**": '***…***', '___…___', '__…__', '_**…**_', '*__…__*'
_STRONG_LABEL = re.compile(
    r"^(\*\*\*|___|__(?![_*])|_\*\*|\*__|__\*)([^*_]{1,80}?)(\*\*\*|___|__|\*\*_|__\*|\*__)(?![*_])"
)
_BOLD_LABEL_COLON_IN = re.compile(r"^\*\*([^*]{1,80}?):\*\*()\s*(.*)$")
# "A **surplus budget** - revenue is greater than spending": an article, then the label in bold
_ARTICLE_BOLD_LABEL = re.compile(
    r"^(?:A|An|The)\s+\*\*([^*]{1,80}?)\*\*(\s*\([^()]{1,40}\))?(?::\s*|\s+[-–—]\s+)(\S.*)$"
)
# "*Enclosure Movement*: Consolidation of common lands …", "_Water Power:_ …": a label set in italics
_ITALIC_LABEL = re.compile(
    r"^([*_])(?![*_\s])([^*_]{2,80}?)(?<!\s)\1(\s*\([^()]{1,40}\))?\s*(?::\s*|\s+[-–—]\s+)(.*)$"
)
_ITALIC_LABEL_COLON_IN = re.compile(r"^([*_])(?![*_\s])([^*_]{2,80}?):\1()\s*(.*)$")
_EMPHASIS = re.compile(r"\*{2,3}|_{2,3}|`")
# "*italic*", "_italic_": a single mark emphasises only when it opens and closes a span on its line; a
# lone one is a character of the text ('[+*]', "qualified by *, + and ?", 'x * y')
_SINGLE_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^\n]*?[^\s\\])\1(?![\w*])")
# what is left of a mark whose other half a line break or a cut took ("*A quarter of …", "… locomotive.*",
# "(CH₂O)_X"), and a star closing a word ("Aspirin*", a footnote's mark): a lone mark against a word's
# edge is markup; one between marks or spaces is text ('[+*]', "after *, + or ?", 'a * b')
_STRAY_MARK = re.compile(r"(?<![\w*])[*_](?=[A-Za-z0-9])|(?<=[\w.,;:!?)\]])[*_](?=\s|$)")
# ("Light year -- the distance …": two hyphens are a dash typed on a keyboard)
_PLAIN_LABEL = re.compile(r"^([A-Za-z0-9(][^:!?*]{0,58}?)\s*(?::|\s(?:[-–—]|--)\s)\s*(.*)$")
# '"Retain" : volume remains with all data', '“Delete”: volume is deleted': a name in quotes (a value
# or a setting, as a config writes it) and what it means
_QUOTED_LABEL = re.compile(r'^["“]([A-Za-z0-9][^"“”:!?*]{0,58}?)["”]\s*(?::|\s(?:[-–—]|--)\s)\s*(\S.*)$')
# the last word of a sentence's opening before a colon ("Natural notes are:", "Symptoms include:")
_SENTENCE_GOES_ON = frozenset("is are was were include includes including consist consists means".split())
_BE = frozenset("is are was were".split())
# A label such as "Important:" or "Note -" is a remark on its sentence, not a term it defines.
REMARK_LABELS = frozenset(
    key(w)
    for w in str.split(
        "note notes important tip tips example examples eg e.g ie i.e remember exam warning caution "
        "nb ps p.s summary tldr update edit question answer q a why how what result results "
        # the writer's asides ("_Interesting_: Physical books are …", "REMINDER: VPNs are …", "Case: NYT
        # introduced …"): what they think of a line, or where it comes from, no name of a thing
        "interesting reminder hint fyi aside recap takeaway takeaways case "
        # a verdict on what the lines before it said ("Downside: inflexible. Max throughput is …")
        "downside downsides drawback drawbacks upside upsides disadvantage disadvantages caveat caveats"
    )
) | {
    # who else takes part in a step ("**Everyone else:** silence", after the reply of the one asked)
    key(w)
    for w in ("everyone", "everyone else", "everybody", "everybody else", "others", "the others", "the rest")
}


@dataclass
class Entry:
    """A list item or a paragraph of a chunk, wrapped lines joined, markdown kept."""

    index: int
    text: str
    item: bool
    indent: int
    parent: int | None = None  # index of the enclosing list item
    children: list[int] = field(default_factory=list)
    glossary: bool = False  # a term over its definition, one of a run of them (fold_nested_definitions)
    folded: bool = False  # written as a term item over its definition's sub-item, read as one line
    # folded from a term over three points or more ("* Brain" over "stereoscopic vision", "skull
    # protection of eye", …): its line is one of the term's points, not what the term means
    pointed: bool = False
    gap: bool = False  # a blank line stands before it: between one-line items of a list, a group's end
    # of a list right under one of a passage's many pictures ("![](…)" over "- inferior wall: …",
    # "- thrill: feel with hand"): its labels are the picture's callouts, parts of something the reader
    # does not see
    under_figure: bool = False

    @property
    def label(self) -> str:
        return split_label(self.text)[0]

    @property
    def body(self) -> str:
        return split_label(self.text)[1]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    lead: str = ""  # the line just above the table, that sets it up ("Consider the following scenario …")
    ruled: bool = True  # a rule line ("| --- |") sets the header off from the rows


@lru_cache(maxsize=65536)
def split_label(text: str) -> tuple[str, str]:
    """'**RDS vs. Aurora**: body' -> ('RDS vs. Aurora', 'body'); no label -> ('', text)."""
    if text.startswith("(**") and text.count("(") > text.count(")"):
        return split_label(text[1:])  # "(**WEP**: Original …": a bracket opened and never closed
    strong = _STRONG_LABEL.match(text)
    dunder = strong and "_" in strong.group(1) and re.fullmatch(r"[a-z][a-z0-9]*", strong.group(2))
    if strong and strong.group(3) == strong.group(1)[::-1] and not dunder:
        # "***Monopoly***: where a single firm …", "__Epatico__ - riserva …": bold in markdown's other
        # spellings (bold italics, underscores) is the same label as "**Monopoly**:" ('__init__' is a
        # name of code)
        label, body = split_label(f"**{strong.group(2)}**{text[strong.end():]}")
        return (label, body) if label else ("", text)
    for pattern in (_BOLD_LABEL_COLON_IN, _BOLD_LABEL, _ARTICLE_BOLD_LABEL):
        m = pattern.match(text)
        if m:
            label = plain(m.group(1) + (m.group(2) or "")).strip(" :")
            if key(label) in REMARK_LABELS:
                return "", m.group(3).strip()
            return label, m.group(3).strip()
    for pattern in (_ITALIC_LABEL_COLON_IN, _ITALIC_LABEL):
        m = pattern.match(text)
        if m and m.group(4).strip():
            label = plain(m.group(2) + (m.group(3) or "")).strip(" :")
            if key(label) in REMARK_LABELS:
                return "", m.group(4).strip()
            return label, m.group(4).strip()
    m = _PLAIN_LABEL.match(text)
    if (
        m
        and len(m.group(1).split()) <= 6
        and not re.search(r"https?$", m.group(1))
        and not (m.group(1)[-1:].isdigit() and m.group(2)[:1].isdigit())
    ):
        label = plain(m.group(1)).strip()
        if key(label) in REMARK_LABELS:
            return "", m.group(2).strip()
        said = label.lower().split()
        if len(said) >= 2 and said[-1] in _SENTENCE_GOES_ON:
            return "", text  # "Natural notes are: C, D, E, …": a sentence with a colon, not a label
        colon = text[m.end(1) :].lstrip().startswith(":")
        if colon and len(said) >= 3 and any(w in _BE for w in said[1:-1]):
            # "PVCs are common: up to 80% of …": a sentence that says its point first ("ALB is a layer 7
            # - it is capable of …" is a sentence either way, and read as a label it asks nothing)
            return "", text
        # "empiricism::the view that …", a flashcard plug-in's card: the doubled colon is one mark
        return label, m.group(2).lstrip(":").strip()
    m = _QUOTED_LABEL.match(text)
    if m and len(m.group(1).split()) <= 6 and key(m.group(1)) not in REMARK_LABELS:
        return m.group(1).strip(), m.group(2).strip()
    return "", text


def _glued(m: re.Match) -> str:
    """'muscular**rigidity**': bold opened inside a word. Two dictionary words that make none together
    are two words with the space forgotten; '**un**likely' stays one word."""
    before = re.search(r"[A-Za-z]+$", m.string[: m.start()])
    after = re.match(r"[A-Za-z]+", m.string[m.end() :])
    left, right = (before.group(0) if before else ""), (after.group(0) if after else "")
    whole = (left + right).lower()
    apart = all(len(w) >= 3 and is_common_word(w.lower()) for w in (left, right))
    return f" {m.group(1)}" if apart and not is_word_form(whole) else m.group(1)


_GREEK_STAR = re.compile(r"(?<=[\u0370-\u03ff])\*(?![\w*])")


def _closes_emphasis(text: str, at: int) -> bool:
    """Whether the star at ``at`` closes an italic span opened before it on its line ("*β*-lactamase",
    "Type *α* error", “*α*”), reading the line's single stars in order: one after a space or a mark
    opens a span, one after a letter or digit closes the open span or else stands for itself ("π*")."""
    start = text.rfind("\n", 0, at) + 1
    open_ = False
    for m in re.finditer(r"(?<!\*)\*(?!\*)", text[start:at]):
        i = start + m.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if open_ and before.strip():
            open_ = False  # "*E. coli.*": a star after a mark closes the open span
        elif not before.isalnum():
            open_ = bool(after.strip())
    return open_


# line breaks typed at the end of a line ("<br>", "</br>", "<br/>"), however many
_TRAILING_BREAKS = re.compile(r"(?:\s*<\s*/?\s*br\s*/?\s*>)+\s*$", re.IGNORECASE)


# "|E|", "|x - y|": bars around a symbol or a difference, an absolute value, not a table's cell
_ABSOLUTE = re.compile(r"(?<![\w|])(\|(?:[A-Za-zΔ]\w?|\w+ ?[-+] ?\w+)\|)(?![\w|])")


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """Markdown emphasis removed without leaving gaps ('**queuing**,' -> 'queuing,'), snake_case kept,
    and code spans kept as written (`__init__()` stays ``__init__()``, it is not bold 'init()')."""
    spans: list[str] = []

    def keep(m: re.Match) -> str:
        spans.append(m.group(1))
        return f"\x00{len(spans) - 1}\x00"

    text = re.sub(r"\[\^[^\]]{1,8}\]", "", text)  # footnote markers ("[^1]")
    # "… initiate expression of the operon downstream. <br> </br>": a break typed to space the lines
    # out, which ends the line and says nothing
    text = _TRAILING_BREAKS.sub("", text)
    text = re.sub(r"`([^`\n]+)`", keep, render_math(text))
    text = re.sub(r"(?<![\w`])(__\w+__)(?![\w`])", keep, text)  # a dunder name, not bold: __lt__
    # markdown escapes ("\\*\\*5HT1a"): the character, not the mark; only ASCII punctuation escapes, so
    # "\\frac" left over from a formula keeps its backslash and the quiz's markup gate still sees it
    # a blank to fill in ("hydro\\_\\_\\_ic acid", "____ic acid"): a gap, not emphasis to drop
    # (three marks at least: "\\_\\_init\\_\\_" is an escaped dunder name, review 84)
    text = re.sub(r"(?:\\_){3,}|(?<![\w_])_{4,}|(?<=\w)_{4,}", "…", text)
    text = re.sub(r"\\(?=[!-/:-@\[-`{-~])", "", text)
    text = re.sub(r"(?<=[a-z])(\*\*|__)(?=[a-z])", _glued, text)
    text = HIGHLIGHT.sub(r"\1", text)
    # "π*", "σ*": a star on a Greek letter marks the symbol (antibonding), it opens or closes no emphasis
    # (the star after "*β" closes one); a private-use character holds it while emphasis goes
    text = re.sub(_GREEK_STAR, lambda m: m.group(0) if _closes_emphasis(text, m.start()) else "\ue000", text)
    text = _STRAY_MARK.sub("", _SINGLE_EMPHASIS.sub(r"\2", _EMPHASIS.sub("", text))).replace("\ue000", "*")
    # an absolute value in a line of prose ("Inelastic: 0 < |E| < 1", graded a formula lost, r331) keeps
    # its bars; a table row's pipes go
    if not (text.lstrip().startswith("|") and text.count("|") >= 3):
        text = _ABSOLUTE.sub(keep, text)
    # heading and quote marks, table pipes; "x > 14" stays, and so does "> 13.5 cm" or ">=5" of a cell
    text = re.sub(r"^\s*(?:(?:#+|>(?!\s*[\d=]))\s*)+|\|", " ", text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: spans[int(m.group(1))], text)
    return re.sub(r"\s+", " ", text).strip()


def readable(text: str) -> str:
    """A line of the notes as a chat shows it: links as their words, no HTML, emphasis or math markup."""
    return plain(strip_navigation_markup(text))


def sentences(text: str) -> list[str]:
    return split_sentences(text)


def parse(lines: tuple[Line, ...]) -> tuple[list[Entry], list[Table]]:
    """Entries (items and paragraphs, in order, with parent links) and tables of a chunk's lines.

    Reads the document model (``Chunk.lines``): only content, never navigation or code.
    """
    entries: list[Entry] = []
    at: dict[int, int] = {}  # line index -> entry index
    tables: dict[int, list[list[str]]] = {}
    figure = False  # the lines since a picture are a list under it, blank lines aside
    # notes that annotate screenshot after screenshot (three or more in a passage) write their lists as
    # the pictures' callouts; a list under a section's one figure ("Four classes" over the four
    # classes of biomolecules, each named and described) is the section's own
    annotated = sum(1 for x in lines if x.role != "content" and x.raw.lstrip().startswith("![")) >= 3
    for i, line in enumerate(lines):
        if line.role != "content":
            figure = annotated and line.raw.lstrip().startswith("![")
            continue
        if line.kind == "blank":
            continue
        figure = figure and line.kind == "item"
        under_figure = figure
        if line.is_table and line.header is not None:
            tables.setdefault(line.header, []).append(line.cells())
            continue
        if line.kind not in ("item", "paragraph", "caption"):
            continue
        parent = at.get(line.parent) if line.parent is not None else None
        entry = Entry(len(entries), line.body, line.kind == "item", line.indent, parent)
        entry.gap = i > 0 and lines[i - 1].kind == "blank"
        entry.under_figure = under_figure
        if parent is not None:
            entries[parent].children.append(entry.index)
        at[i] = entry.index
        entries.append(entry)
    _mark_paragraph_glossaries(entries, {e: i for i, e in at.items()})
    _drop_outline_letters(entries)
    entries = fold_nested_definitions(entries)
    out: list[Table] = []
    for first, rows in tables.items():
        if _counted_off(rows):
            rows = [r[1:] for r in rows]  # "| SN | symbol | Description |": the count is no property
        # "| **Ranking** | |" between rows groups the rows after it: a heading inside the table, no row
        rows = rows[:1] + [r for r in rows[1:] if not (r and _BOLD_CELL.fullmatch(r[0]) and not any(r[1:]))]
        if len(rows) >= 2 and len(rows[0]) >= 2:
            width = len(rows[0])
            before = [x for x in lines[:first] if x.kind not in ("blank", "delimiter")]
            lead = before[-1].body if before and before[-1].kind in ("item", "paragraph", "caption") else ""
            ruled = any(x.kind == "delimiter" and x.header == first for x in lines)
            header, body = rows[0], rows[1:]
            if _headless(lines, first):
                # "| | |" over "|-|-|": the table has no column names, and its first row is data ("|
                # Mission statement | Visionary statement … |" read as names made "Which mission
                # statement has the visionary statement …?", graded BAD twice)
                header, body = [""] * width, rows
            body = _merged_down(body)
            out.append(Table(header, [r[:width] + [""] * (width - len(r)) for r in body], lead, ruled))
    return entries, out


def _merged_down(rows: list[list[str]]) -> list[list[str]]:
    """Rows with each cell written '^' read as the cell above it: the mark of a cell merged with the
    one above in the tables of several markdown editors. Read as written, "Hard baseplate wax" was
    asked as one row's material when four rows share it (graded BAD, dentistry notes, r349)."""
    out: list[list[str]] = []
    for row in rows:
        out.append(
            [
                out[-1][i] if cell.strip() == "^" and out and i < len(out[-1]) else cell
                for i, cell in enumerate(row)
            ]
        )
    return out


def _headless(lines: tuple[Line, ...], first: int) -> bool:
    """Whether the table whose first row is ``lines[first]`` sits under an empty header ("| | |") and
    its rule line: the row the reader took for its header is data."""
    above = list(lines[max(0, first - 2) : first])
    return (
        len(above) == 2
        and all(x.kind == "delimiter" for x in above)
        and "-" not in above[0].raw
        and "|" in above[0].raw
    )


_BOLD_CELL = re.compile(r"(?:\*\*[^*]+\*\*|__[^_]+__)\s*:?")
# a column header that says the column numbers the rows ('SN', 'S.No.', 'Sr', '#', or none)
_SERIAL = re.compile(
    r"(?:s\.?\s?n\.?|s/n|s\.?\s?no\.?|sr\.?(?:\s?no\.?)?|sl\.?(?:\s?no\.?)?|no\.?|#|serial(?:\s?no\.?)?)?",
    re.I,
)


def _counted_off(rows: list[list[str]]) -> bool:
    """Whether a table's first column only numbers its rows: a short header ('SN', 'No.', '#') over
    1, 2, 3, ... in order."""
    if len(rows) < 3 or len(rows[0]) < 3 or not _SERIAL.fullmatch(plain(rows[0][0]).strip()):
        return False  # 'Score' over 1 to 6 is a value of each row: the Glasgow scale's columns hang on it
    cells = [plain(r[0]).rstrip(".") if r else "" for r in rows[1:]]
    return cells == [str(n) for n in range(1, len(cells) + 1)]


_ASIDE = re.compile(r"^\(?(?:aka|a\.k\.a\.?|also called|also known as)\b", re.I)
_EXAMPLE = re.compile(r"^\(?(?:e\.g\.?|eg|i\.e\.?|ie|for example|for instance|example|see)\b", re.I)
_POINTING = frozenset("this that these those it its their your my our".split())
_TERM_ONLY = re.compile(r"^[^.!?;=]{1,60}?:?$")


# words a remark after an arrow opens with ("-> in the middle", "-> not used"), unlike a step's product
_REMARK_OPENERS = frozenset("in at on by for with between like not more less mostly only also both".split())
# an item that is one emphasised phrase and nothing else: "_spacing effect_", "**Okun's law**:"
_WHOLLY_EMPHASISED = re.compile(r"^\s*(\*\*|__|\*|_)(?!\s)[^*_]+(?<!\s)\1\s*:?\s*$")


def _term_only(entry: Entry) -> str:
    """The name an item holds when it holds nothing else ('inflation', '**Okun's law**:'), else ''."""
    text = entry.text.strip()
    if not entry.item or not _TERM_ONLY.match(text):
        return ""
    label, body = split_label(text)
    name = plain(label if label and not body else text).strip(" :")
    # 'authoritative -> in the middle': a name and a remark; 'glucose -> pyruvate' is a step, kept whole
    parts = re.split(r"\s+(?:->|→)\s+", name, maxsplit=1)
    if len(parts) == 2 and parts[1].split()[:1] and parts[1].split()[0].lower() in _REMARK_OPENERS:
        name = parts[0]
    ws = name.lower().split()
    if not 0 < len(ws) <= 5 or name[:1].isdigit() or "," in name or _POINTING.intersection(ws):
        return ""  # 'Terminate this instance', 'Regional, unique ID': a step or a description
    return name


def _definition_child(name: str, entry: Entry, entries: list[Entry]) -> Entry | None:
    """The first sub-item that says something of ``name`` in words of its own (not an 'aka' or
    'e.g.' aside)."""
    term = words(re.sub(r"\([^()]*\)", "", name))
    points = [plain(entries[i].text) for i in entry.children if not _ASIDE.match(plain(entries[i].text))]
    said = [p for p in points if p[:1].isupper() and p.endswith(".") and len(p.split()) >= 5]
    titled = plain(entry.text).rstrip(" *_").endswith(":")
    parts = re.split(r"\s+(?:of|through|in|on|for|to|from|by|with)\s+", name.lower(), maxsplit=1)
    head = parts[0].split()
    if titled and len(points) >= 3 and len(parts) == 2 and head and singular(head[-1]) != head[-1]:
        # "Pathways through plant:" over four pathways: a plural and what it is of or through titles its
        # members, and the first is no definition of it (graded a list heading taken for a term, r234);
        # "Fibrous roots:" over what they are is a term
        return None
    if titled and len(points) >= 3 and len(said) * 2 > len(points):
        # "1. Key considerations:" over four sentences on older adults ("Older adults usually need
        # lower doses …."): a title that leads into its list, each point as much its own as the first
        # (graded BAD as "Which one is described as …?" with 'Education' beside it); "Taproot:" over
        # "one main root grows deep", "e.g. carrot" is a term and what it is (review 86)
        return None
    for i in entry.children:
        child = entries[i]
        if not child.item or split_label(child.text)[0]:
            return None  # '+ primary factors: land, ...': a list of labelled parts, not a definition
        said = plain(child.text)
        if _ASIDE.match(said):
            continue  # "aka 'factors' of production": a second name; the definition follows
        if _EXAMPLE.match(said):
            return None  # an example first: what follows it is not the term's definition
        if child.children or said.endswith(":"):
            return None  # "Among these, the most important are" leads into a list: not a definition
        opening = words(said)
        opening = opening[1:] if opening[:1] in (["the"], ["a"], ["an"]) else opening
        if len(opening) < 3 or (term and opening[: len(term)] == term):
            return None  # 'The endoplasmic reticulum is ...' says its own subject: a sentence already
        return child
    return None


# "Repel - …", "Insulator - …", "Conductor - …" one under the other: from this many on, a glossary
_GLOSSARY_RUN = 4


def _mark_paragraph_glossaries(entries: list[Entry], line_of: dict[int, int]) -> None:
    """A glossary written as lines with no list marks ("Insulator - material that doesn't allow heat
    to pass through" over "Conductor - material that allows ..."): a run of top-level paragraphs one
    under the other (``line_of``: each entry's line), each a short term of its own over a definition
    of a few words, marks its terms as a glossary's, as a list of the same lines would be. A paragraph
    or two with a label ("Note: ..."), paragraphs apart, or a transcript whose speakers' names recur
    ("Nurse: …", "Interviewer: …") is no glossary."""
    run: list[Entry] = []

    def close() -> None:
        shaped = [e for e in run if len(e.label.split()) <= 4 and len(plain(e.body).split()) >= 3]
        distinct = len({key(e.label) for e in run}) == len(run)
        if distinct and len(shaped) >= _GLOSSARY_RUN and len(shaped) * 4 >= len(run) * 3:
            for e in shaped:
                e.glossary = True
        run.clear()

    for e in entries:
        if e.item or e.parent is not None or not e.label:
            close()  # a list or an unlabelled paragraph ends the run
            continue
        if run and line_of.get(e.index) != line_of.get(run[-1].index, -2) + 1:
            close()  # a blank line (or anything) between two labelled paragraphs: prose, not a glossary
        run.append(e)
    close()


# "**A. Weakening of Imperial Powers:** …": an outline's letter before a list item's words
_OUTLINE_LETTER = re.compile(r"^((?:\*\*|__)?)([A-L])[.)]\s+(?![A-Z]\.)(?=\S)")


def without_outline_letters(texts: list[str]) -> list[str]:
    """"A. Weakening of Imperial Powers", "B. Rise of Colonial Nationalism" one under the other (list
    items, or sibling headings): the letters count them off, they are no part of the names. Only a run
    lettered A, B, … in order loses them (an initial, "F. Scott Fitzgerald", stands alone)."""
    run = [_OUTLINE_LETTER.match(t) for t in texts]
    letters = "".join(m.group(2) if m else "?" for m in run)
    if len(run) < 2 or not "ABCDEFGHIJKL".startswith(letters):
        return texts
    return [m.group(1) + t[m.end() :] if m else t for t, m in zip(texts, run, strict=True)]


def _drop_outline_letters(entries: list[Entry]) -> None:
    """A list's items without the letters that count them off (``without_outline_letters``)."""
    # one list: the items under one parent, a paragraph between them starting another
    runs: dict[tuple[int | None, int], list[Entry]] = {}
    breaks: dict[int | None, int] = {}
    for e in entries:
        if not e.item:
            breaks[e.parent] = breaks.get(e.parent, 0) + 1
            continue
        runs.setdefault((e.parent, breaks.get(e.parent, 0)), []).append(e)
    for siblings in runs.values():
        for e, text in zip(siblings, without_outline_letters([e.text for e in siblings]), strict=True):
            e.text = text


def fold_nested_definitions(entries: list[Entry]) -> list[Entry]:
    """A glossary written as a term item with its definition in the first sub-item ("- inflation",
    "    + sustained increase in the general price level ...") read as 'inflation: sustained ...'.

    Only a run of them (three or more siblings of that shape) is a glossary; a lone "- Features" over
    a list of features is not, and stays as written."""
    folds: dict[int, tuple[str, int]] = {}  # term entry -> (its name, its definition entry)
    pointed: set[int] = set()  # term entries over three points or more
    by_parent: dict[int | None, list[int]] = {}
    for e in entries:
        if e.item:
            by_parent.setdefault(e.parent, []).append(e.index)
    for siblings in by_parent.values():
        found = {}
        for i in siblings:
            name = _term_only(entries[i])
            child = _definition_child(name, entries[i], entries) if name else None
            if child is not None:
                found[i] = (name, child.index)
                said = [plain(entries[c].text) for c in entries[i].children]
                plain_points = [p for p in said if not _ASIDE.match(p) and not _EXAMPLE.match(p)]
                if len(plain_points) >= 3:
                    pointed.add(i)
        # (of two words or a name: "**Advantages**" over "**Disadvantages**" are aspects, not terms)
        set_out = all(
            _WHOLLY_EMPHASISED.match(entries[i].text) and (" " in name or not is_common_word(name.lower()))
            for i, (name, _) in found.items()
        )
        if len(found) >= 3 or (len(found) == 2 and set_out):
            # two terms set in bold or italics, each over its own line ("* _spacing effect_" beside
            # "* _serial position effect_" on a slide) are terms as plainly as a run of three
            folds.update(found)
    for parent, siblings in by_parent.items():
        # "+ types of unemployment:" over "* frictional unemployment: occurs due to ...": the parent
        # says its labels are terms of a kind, lower case or not
        if parent is None or not KINDS_OF.fullmatch(plain(entries[parent].text).strip(" :")):
            continue
        labelled = [i for i in siblings if entries[i].label and len(plain(entries[i].body).split()) >= 3]
        if len(labelled) >= 2:
            for i in labelled:
                entries[i].glossary = True
    if not folds:
        return entries
    dropped = {child for _, child in folds.values()}
    renumber: dict[int, int] = {}
    out: list[Entry] = []
    for e in entries:
        if e.index in dropped:
            continue
        renumber[e.index] = len(out)
        text = e.text
        if e.index in folds:
            name, child = folds[e.index]
            text = f"{name}: {entries[child].text.strip()}"
        out.append(
            Entry(
                len(out),
                text,
                e.item,
                e.indent,
                e.parent,
                glossary=e.glossary or e.index in folds,
                folded=e.index in folds,
                pointed=e.index in folds and e.index in pointed,
                gap=e.gap,
            )
        )
    for e in out:
        parent = e.parent
        while parent is not None and parent in dropped:
            parent = entries[parent].parent
        e.parent = renumber[parent] if parent is not None else None
        if e.parent is not None:
            out[e.parent].children.append(e.index)
    return out
