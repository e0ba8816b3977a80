"""The document model inside a chunk: its logical lines, each with a kind, a parent and a role.

Markdown is read once. ``blocks.py`` (markdown-it) cuts the notes into blocks and ``chunker.py``
packs blocks into chunks; this module reads a chunk's text into the lines everything else uses: the
quote units, the answer composer, the glossary and the quiz generator. Nobody else splits chunk text
into lines, joins wrapped lines, finds table headers, list parents or sentences.

A line is one paragraph, list item, table row or code line, hard-wrapped lines joined ("One
consumption group from" / "that tier." is one sentence). Its role says whether a reader learns from it:
``content``, ``navigation`` (links, images, badges, HTML, a section such as "Table of contents") or
``code``. Sections have roles too (``section_role``): reference lists, worked examples, labs and study
advice teach a reader who follows them, but make poor quiz questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.ingest.roles import is_navigation_heading, is_navigation_line
from bot.text import is_dictionary_word

LineKind = Literal["paragraph", "item", "caption", "header", "row", "delimiter", "code", "fence", "blank"]
Role = Literal["content", "navigation", "code"]
SectionRole = Literal["content", "navigation", "example", "advice"]

# a list item's mark, after its indent ("  - ", "1. "): the one pattern the document model, the block
# reader and the chunker read items by
LIST_MARK = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d+[.)])\s+")
# a heading's hashes or a quote's '>' opening an item's text ('> 5 GB' and '>= 2' are comparisons)
_ITEM_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*(?![\s\d=<>]))")
_TABLE_LINE = re.compile(r"^\s*\|")
_DELIMITER = re.compile(r"[\s|:-]+")
_BOLD_ONLY = re.compile(r"\*\*[^*]+\*\*:?")
# a line that opens with a term in bold and its colon or dash ("**Flux**: measure of …", "**Polarizer**
# (aka **polaroid**): …"): notes written a term a line start a new one with each, blank line or not
_BOLD_LABEL_LINE = re.compile(
    r"^(?:\*\*|__)[^*_\n]{1,80}?:?(?:\*\*|__)\s*(?:\([^()\n]{0,60}\)\s*)?(?::|\s[-–—]\s|\s\|\s(?![^|\n]*\|))"
    r"|^(?:\*\*_|__\*|\*\*\*)[^*_\n]{1,80}?(?:_\*\*|\*__|\*\*\*)\s*:"
)
# "Fetch - length of water over which the wind has blown": a line that opens with a short label and a
# dash or colon, as notes written a term a line set each term
_LABEL_LINE = re.compile(r"^[A-Z][\w'’/&(). -]{0,40}?(?:\s[-–—]\s|:\s)\S")
_ACRONYM_LINE = re.compile(r"[A-Z]{2,6}")  # "GORD" alone on a line, over the points about it
_LEAD_LINE = re.compile(r"^[A-Z0-9](?:\S*\s+){0,9}\S*:$")  # "4 Processes of Erosion (coasts & rivers):"
# a line that stops mid-clause ("… its causes - and", "… valued in"): the next line goes on with it
_OPEN_END = re.compile(
    r"(?:,|\b(?:and|or|but|nor|of|in|on|at|to|for|from|with|by|as|the|a|an|that|which|who|whose))$",
    re.IGNORECASE,
)
_FENCE = ("```", "~~~")
# Sentence ends: a full stop, '!' or '?' and a capital (or markup) after it; "e.g. Foo" is not an end,
# nor the point of a dotted initialism ("the U.S. Senate", "U.K. law": cut there, a definition stopped
# at "a procedural mechanism in the U.S", graded BAD, politics notes, r333).
# Markup includes an underscore: "Sellers gain too. _Producer surplus_ is ..." is two sentences.
_SENTENCE = re.compile(r"(?<![\s(]e\.g\.)(?<![\s(]i\.e\.)(?<!\.[A-Z]\.)(?<=[.!?])\s+(?=[A-Z*_\"'(`\[])")

# Sections whose lines walk through one worked case, a lab's steps or how to study: a reader follows
# them, but a question cut from one step leans on the steps around it. Words of document structure only.
_EXAMPLE_HEADINGS = re.compile(
    r"\b(?:examples?|worked\s+examples?|walk-?through|demo|labs?|hands[- ]on|exercises?|steps|step\s+\d+|"
    r"installation|install|setup|set\s*up|getting\s+started|quick\s*start|scenarios?\s*\d*)\b",
    re.IGNORECASE,
)
# "Real-World Strategy Examples" over "Toyota → Lexus": each heading below it is one example, a case
# whose lines ("Incremental Cost: Not much more than an Accord") hold only inside it
# (a bare "Examples" over 'Water Hyacinth' and 'Killer shrimp' lists kinds of a thing, each worth knowing)
_EXAMPLES_OVER = re.compile(
    r"\b(?:real[- ]world|real[- ]life|practical)\b.*\bexamples?$|\bcase\s+stud(?:y|ies)$", re.IGNORECASE
)
# "Virtual Address: 0x1234": a heading over one value's working-out (a hexadecimal or binary literal)
_WORKED_VALUE = re.compile(r"\b0[xb][0-9A-Fa-f]+\b")
# "Disorder Assignment: Conversion Disorder", "Homework 3", "Worksheet": the student's own work on a task
# (an assignment operator is no assignment)
# "Practice Questions", "Self-test", "Practice for the Quiz": questions set to the reader (their answers
# sit below, out of context), not lines to quiz from ("Best practice for …", "Power-on self-test" and
# "Weimar Republic › Problems" teach)
_COURSEWORK_HEADINGS = re.compile(
    r"\bassignment\s*(?:\d+|:)|\b(?:homework|worksheets?|problem\s+sets?)\b|"
    r"\b(?:practice|review|revision|sample|example)\s+(?:questions?|problems?)\b(?!\s+for\s+(?!"
    r"(?:the\s+|a\s+)?(?:quiz|exam|test|midterm|final|chapter|week|unit|lecture|module|section|lesson|part|\d)))|"
    r"\bpractice\s+for\s+(?:the\s+|a\s+)?(?:quiz|exam|test|midterm|final)|"
    r"^\s*self[- ]tests?\s*(?:$|[:\d(]|(?:questions?|quiz(?:zes)?|problems?|exercises?)\b)|"
    r"\b(?:chapter|week|unit|lecture|module|section|lesson|part)\s*\d*\s*self[- ]tests?|"
    # "PollEV Answers", "Quiz answers", "Answer key": answers worked to questions set in class (a bare
    # "Solutions" or "Answers" is as often a chapter: solutes and solvents)
    r"\b(?:poll\w*|clicker|quiz|practice|review|exam|test|homework|worksheet)\s+(?:answers?|solutions?)\b|"
    r"\banswer\s+key\b",
    re.IGNORECASE,
)
# "Problem 3", "Problem: A ball is thrown upward at 20 m/s", "Problem: Rank employees by salary …": a
# task set to the reader, its own section only ("Problem: the halting problem" is taught)
_TASK_HEADING = re.compile(r"^\s*problem\s*(?:\d+\b|:\s*(?P<task>.+))", re.IGNORECASE)


def _task(heading: str) -> bool:
    m = _TASK_HEADING.match(heading)
    if m is None:
        return False
    task = m.group("task")
    if task is None or "?" in task or _TASK_OPENING.match(task):
        return True  # "Problem 3", "Problem: Find the mean", "Problem: What is the pH of …?"
    # a noun phrase names a problem taught ("Race conditions between concurrent threads"); a sentence
    # with figures sets one ("A ball is thrown upward at 20 m/s")
    return len(task.split()) >= 5 and re.search(r"\d", task) is not None


_TASK_OPENING = re.compile(
    r"(?:find|calculate|compute|write|rank|prove|show|get|compare|determine|list|explain|derive|solve|"
    r"estimate|evaluate|count|select|return|create|design|implement|draw|identify|use|given|consider|"
    r"suppose|assume|let)(?=\s)",
    re.IGNORECASE,
)

_POINTS_TO = re.compile(r"https?://|\bwww\.", re.IGNORECASE)
_ADVICE_HEADINGS = re.compile(
    r"\b(?:study\s+(?:plan|guide|tips?)|how\s+to\s+(?:study|prepare|use\s+this|read\s+this)|"
    r"exam\s+(?:day|strategy|preparation|prep|registration|format|tips?|traps?|weights?|weighting|domains?|"
    r"blueprint|content\s+outline)|"
    r"about\s+(?:this|the)\s+"
    r"(?:course|exam|repo|repository|notes?|book)|course\s+(?:overview|outline|structure|content|contents|"
    r"aims|objectives|description|information|info|details|logistics)|learning\s+(?:outcomes|objectives)|"
    r"lecturers|office\s+hours|prerequisites?|roadmap|changelog|todo|to-do|disclaimer|syllabus)\b",
    re.IGNORECASE,
)
# Words that head a course's own pages ("Contact", "Lecture Schedule", "About the Authors", "Tutorial
# Solutions") and also name things taught ("Language Contact & Variation", "Multi-level Feedback Queue",
# "Buffer solutions", "Significant contributors"): such a page only when no other word says what of
_PAGE_WORDS = re.compile(
    r"\b(?:contact|feedback|contributing|contributors?|authors?|schedules?|solutions?)\b", re.IGNORECASE
)
_SOLUTIONS = re.compile(r"\bsolutions?\b", re.IGNORECASE)
# what a course page's heading may say beside its word: whose page, for which class, how it is given
_PAGE_CONTEXT = frozenset(
    "a an the and or of for to on in our my your us me this about info information details page list "
    "guide get touch give send repo note notes email discord faq tentative changes exceptions "
    "study revision readings lecture lectures tutorial tutorials course class classes weekly week "
    "semester term spring summer fall autumn winter exam exams midterm instructor instructors "
    "teacher teachers ta office hours problem problems question questions exercise exercises homework "
    "assignment assignments quiz quizzes lab labs practice worked sample suggested model".split()
)
# what only a course's pages number: weeks, lectures, problems ("Week 3 Schedule", "Quiz 3
# solutions"); a number or letter alone is a statute's or a drug list's ("Schedule 2", "Schedule C")
_NUMBERED_PAGES = frozenset(
    "week lecture lectures problem problems exercise exercises homework assignment assignments quiz "
    "quizzes tutorial tutorials lab labs exam exams midterm class semester term".split()
)
# what a course's own line of logistics is labelled by ("Lecturer: …", "QUIZ SCHEDULE: available …",
# "Text Book: check the library"), beside the page words above; at least one of them is the course's
_COURSE_LABEL_WORDS = _PAGE_CONTEXT | frozenset(
    "lecturer lecturers textbook textbooks text book books schedule schedules consultation consultations "
    "tutor tutors assessment assessments deadline deadlines syllabus grading slides attendance "
    "prerequisite prerequisites exam exams weight weighting".split()
)
_COURSE_ONLY_WORDS = frozenset(
    "lecturer lecturers textbook textbooks quiz quizzes exam exams midterm tutorial tutorials "
    "lecture lectures syllabus consultation consultations homework assignment assignments semester "
    "instructor instructors attendance prerequisite prerequisites".split()
)


def course_label(name: str) -> bool:
    """Whether a line's label is a course's logistics ('Lecturer', 'QUIZ SCHEDULE', 'Text Book',
    'Office hours'), not a thing taught: every word a course page's, one of them only a course's."""
    ws = re.findall(r"[a-z]+", name.lower())
    if not ws or any(w not in _COURSE_LABEL_WORDS for w in ws):
        return False
    return any(w in _COURSE_ONLY_WORDS for w in ws) or "".join(ws) in _COURSE_ONLY_WORDS


_ROMAN = re.compile(r"(?=[IVXLCDM]{1,6}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _label(word: str) -> bool:
    """A number, a capital letter or a Roman numeral labelling one of a series: '2', 'C', 'IV', '2019'
    (as written: 'a' and 'mix' are words)."""
    return word.isdigit() or (len(word) == 1 and word.isupper()) or bool(_ROMAN.fullmatch(word))


def _page_rest(title: str) -> list[str]:
    """The words of a heading as written, besides its page words (and a possessive's 's': "Author's
    note")."""
    tokens = re.findall(r"[^\W\d_]+|\d+", title)
    if tokens and tokens[0] in ("A", "I"):
        tokens[0] = tokens[0].lower()  # "A note on office hours": an article, not a label
    return [w for w in tokens if not _PAGE_WORDS.fullmatch(w) and w.lower() != "s"]


def _course_words(rest: list[str]) -> bool:
    """Whether a heading's other words are a course page's: course words, and labels only beside a
    word that numbers pages ("Week 3", not "Schedule 2" of a statute)."""
    lower = {w.lower() for w in rest}
    if any(w.lower() not in _PAGE_CONTEXT and not _label(w) for w in rest):
        return False
    return not any(_label(w) for w in rest) or bool(_NUMBERED_PAGES & lower)


def _on_a_course_page(heading: tuple[str, ...]) -> bool:
    """A subsection of a course page ("Contact › Office hours", "Course feedback › Week 2"); not
    what a bare page word heads in a chapter ("Feedback › Gain margin", "Schedules › Variable
    ratio", "Schedules › Schedule 1"), nor a kind of what the page's word names ("Course feedback ›
    Negative feedback")."""
    if len(heading) < 2 or _course_page(heading[-2]) != "advice":
        return False
    word = _PAGE_WORDS.search(heading[-2])
    assert word is not None  # a course page is one by its page word
    if not _page_rest(heading[-2]):
        child = _page_rest(heading[-1])
        return bool(child) and _course_words(child)
    kind = re.escape(word.group(0).lower().removesuffix("s"))  # 'Schedules' over "Fixed ratio schedule"
    return not re.search(rf"\b{kind}s?\b", heading[-1], re.IGNORECASE)


def _course_page(title: str) -> SectionRole | None:
    """'advice' or 'example' for a course page's heading built on a word that also names things."""
    found = _PAGE_WORDS.search(title)
    if found is None:
        return None
    if not _course_words(_page_rest(title)):
        # "Buffer solutions", "Language Contact & Variation": what the word is of; "Schedule 2",
        # "Schedule C": one of a statute's or a drug list's
        return None
    return "example" if _SOLUTIONS.fullmatch(found.group(0)) else "advice"


@dataclass(frozen=True)
class Line:
    """One logical line of a chunk. ``raw`` is as written (list mark kept, wrapped lines joined)."""

    kind: LineKind
    raw: str
    indent: int = 0
    parent: int | None = None  # index (in the chunk's lines) of the list item this one sits under
    header: int | None = None  # rows and headers: index of their table's header line
    role: Role = "content"

    @property
    def body(self) -> str:
        """The text without the list mark or surrounding space."""
        if self.kind != "item":
            return self.raw.strip()
        # "* ### Definitions", "* >**Capital** - wealth ...": a heading or a quote mark written inside
        # a list item marks it up; the item is the text after it
        return _ITEM_MARKUP.sub("", LIST_MARK.sub("", self.raw).strip())

    @property
    def is_table(self) -> bool:
        return self.kind in ("header", "row")

    def cells(self) -> list[str]:
        """The row's cells, an empty one kept where the row leaves it empty: "||Thiazides|Loop|"
        has an empty corner, "||Hepatic disease|" an empty first cell (one outer pipe each side)."""
        return table_cells(self.raw)


def table_cells(row: str) -> list[str]:
    """A table row's cells: one outer pipe each side is markup, any more are empty cells. An escaped
    pipe is a character of its cell ("Θ(\\|V\\|·\\|E\\|)" reads "Θ(|V|·|E|)"), not a border."""
    body = row.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", body)]


# A full stop after a whole word, before a word in lower case, ends a sentence too: notes written in
# lower case ("religion is an expression of emotional experience. essence of religion is …") start
# their sentences so. A short word before the stop ('etc.', 'vs.', 'Fig.') or a cut one ('approx.') is
# an abbreviation
_LOWER_SENTENCE = re.compile(r"(?<=[a-z]{4}\.)\s+(?=[a-z]{2,}\b)")
# words written short with a point inside a sentence ("esp. in", "approx. 5 mL", "var. capitata"): no
# sentence ends there (the quiz's blanks read the same list)
ABBREVIATED_WORDS = frozenset(
    "etc esp incl excl approx usu var spp subsp ssp viz resp orig freq max min vol govt dept cf vs cont prev "
    "misc".split()
)


def split_sentences(text: str) -> list[str]:
    """Sentences of a line, in order, stripped (the one sentence splitter of the project)."""
    out: list[str] = []
    for part in _SENTENCE.split(text):
        at = 0
        for m in _LOWER_SENTENCE.finditer(part):
            word = re.search(r"([a-z]+)\.$", part[: m.start()])
            if word is None or word.group(1) in ABBREVIATED_WORDS or not is_dictionary_word(word.group(1)):
                continue
            out.append(part[at : m.start()])
            at = m.end()
        out.append(part[at:])
    return [s.strip() for s in out if s.strip()]


def is_delimiter_row(line: str) -> bool:
    return bool(_DELIMITER.fullmatch(line))


def section_role(heading: tuple[str, ...]) -> SectionRole:
    """What a section is for, read from its heading path (nearest heading first)."""
    if heading and (is_navigation_heading(heading[-1]) or _POINTS_TO.search(heading[-1])):
        return "navigation"  # "This is even better: https://…": a heading that points elsewhere
    page = _course_page(heading[-1]) if heading else None
    advice = any(_ADVICE_HEADINGS.search(h) for h in heading[-2:])
    if advice or page == "advice" or _on_a_course_page(heading):
        return "advice"
    worked = bool(heading) and (_EXAMPLE_HEADINGS.search(heading[-1]) or _WORKED_VALUE.search(heading[-1]))
    worked = worked or any(_EXAMPLES_OVER.search(h) for h in heading[:-1])
    if worked or page == "example":
        return "example"
    if any(_COURSEWORK_HEADINGS.search(h) for h in heading):
        return "example"  # a student's own answer to a task, under every heading of its tree
    if heading and _task(heading[-1]):
        return "example"
    return "content"


def _hard_break(raw_above: str, above: str, line: str) -> bool:
    """Whether a line the writer broke by markdown's hard break (two spaces or a backslash at its end)
    opens a new sentence: the line above ends on no mark ("… an individual patient response to a drug")
    and this one opens on a capitalised word ("Typically mediated by a reactive metabolite …"), which
    joined as one were one run-on sentence (graded garbled twice, r290). A heading above opens no
    sentence of its own, and a break inside a link's words or brackets is no sentence's end."""
    if not raw_above.endswith(("  ", "\\")) or above.lstrip().startswith("#"):
        return False
    said = above.rstrip(" \\").rstrip("*_").rstrip()
    return not re.search(r"[.,;:!?\[(/-]$", said) and re.match(r"[A-Z][a-z]", line) is not None


# a sentence's opening that no wrapped line goes on with: "The", "A", "This" … before a lower-case word
_SENTENCE_OPENING = re.compile(r"(?:A|An|The|This|These|It|Its)\s+[a-z]")


def _new_sentence(above: str, line: str) -> bool:
    """Whether a wrapped line opens a sentence of its own after a line that ends on no mark: "3. Unit
    elastic: |E| = 1" over "A percentage change in price has caused …" ran on as "|E| = 1 A percentage
    change …" (graded garbled four times, economics notes, r348). A line wrapped mid-sentence goes on
    in lower case, or with a name; a formula set apart ("$$ … $$") ends its own sentence."""
    said = above.rstrip(" \\").rstrip("*_").rstrip()
    return not re.search(r"[.,;:!?\[(/$-]$", said) and _SENTENCE_OPENING.match(line) is not None


def read_lines(text: str, heading: tuple[str, ...] = ()) -> tuple[Line, ...]:
    """The chunk's logical lines with kind, list parent, table header and role."""
    nav_section = bool(heading) and is_navigation_heading(heading[-1])
    raws = _logical(_unquoted(text))
    out: list[Line] = []
    stack: list[tuple[int, int, bool]] = []  # open list items: (indent, index, numbered)
    header: int | None = None
    in_fence = False
    for raw in raws:
        stripped = raw.strip()
        idx = len(out)
        if stripped.startswith(_FENCE):
            in_fence = not in_fence
            out.append(Line("fence", raw, role="code"))
            header = None
            continue
        if in_fence:
            out.append(Line("code", raw, role="code"))
            continue
        if not stripped:
            out.append(Line("blank", raw))
            header = None
            continue
        if _TABLE_LINE.match(raw):
            if is_delimiter_row(stripped):
                out.append(Line("delimiter", raw, header=header))
                continue
            kind: LineKind = "row" if header is not None else "header"
            if header is None:
                header = idx
            role: Role = "navigation" if nav_section or is_navigation_line(raw) else "content"
            out.append(Line(kind, raw, header=header, role=role))
            stack.clear()
            continue
        header = None
        indent = len(raw) - len(raw.lstrip())
        role = "navigation" if nav_section or is_navigation_line(raw) else "content"
        if LIST_MARK.match(raw):
            indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
            numbered = stripped[:1].isdigit()
            # " - **WPA**" after "- **WEP**": one space more is no nesting (a list item's text starts two
            # columns in at least; markdown renders the two side by side). A mark of the other kind one
            # space in (" + Realized - …" under "2. Accrual - …") starts no new list beside it: the
            # writer set it under the item above
            while stack and stack[-1][0] >= indent - (1 if stack[-1][2] == numbered else 0):
                stack.pop()
            parent = stack[-1][1] if stack else None
            out.append(Line("item", raw, indent, parent, role=role))
            stack.append((indent, idx, numbered))
            continue
        if indent == 0:
            stack.clear()
        parent = stack[-1][1] if stack and indent else None
        caption = _BOLD_ONLY.fullmatch(stripped) or _is_caption(stripped)
        out.append(Line("caption" if caption else "paragraph", raw, indent, parent, role=role))
    return tuple(out)


def _is_caption(stripped: str) -> bool:
    """'When to use Instance Store' above a list: a few words and no full stop."""
    return len(stripped.split()) <= 5 and not stripped.endswith((".", "!", "?", ")", ",", ";"))


def broken_row_end(lines: list[str], i: int) -> int | None:
    """Where a table row that line ``i`` leaves open ends: a row with no closing pipe, then (past one
    blank line at most) a line with no opening pipe that closes it ("| | Racemic Mixture | ... | - Forms"
    / "" / " racemate crystal structure in solids |"). A blank line ends a table, so the rows after the
    break were read as a table whose first row was its header, and the broken cell as a paragraph."""
    if not _TABLE_LINE.match(lines[i]) or lines[i].rstrip().endswith("|"):
        return None
    j = i + 1
    if j < len(lines) and not lines[j].strip():
        j += 1
    if j >= len(lines) or not lines[j].strip() or _TABLE_LINE.match(lines[j]):
        return None
    return j if lines[j].rstrip().endswith("|") and not lines[j].rstrip().endswith("\\|") else None


def _rows_mended(text: str) -> list[str]:
    """The lines of a text with each broken table row joined back into one line (code left alone)."""
    lines = text.split("\n")
    out: list[str] = []
    in_fence = False
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith(_FENCE):
            in_fence = not in_fence
        end = None if in_fence else broken_row_end(lines, i)
        if end is None:
            out.append(lines[i])
            i += 1
            continue
        out.append(f"{lines[i].rstrip()} {lines[end].strip()}")
        i = end + 1
    return out


# a heading written inside a quote
_QUOTED_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
# a blockquote's marks ("> ", ">> "), up to three spaces in, as markdown reads them
_QUOTE_MARKS = re.compile(r"^ {0,3}>(?:[ \t]?>)*[ \t]?")


def _unquoted(text: str) -> str:
    """``text`` with the blockquote marks of each quoted list gone, line for line: a quoted box of
    definitions ("> - **DNA**: The molecule …") is a list like any other. A quote that holds no list (a
    remark, "> Cyclops: one eyed giant of greek mythology" beside a list of palaces) stays a quote, an
    aside, not one more line of the list around it; and a fence opened outside a quote keeps its lines
    as written ('>>> x' is a prompt)."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    fence: str | None = None  # how the open fence was written: "quoted" or "plain"
    block: list[tuple[int, str]] = []  # the quote being read: each line's index and its text unquoted

    def close() -> None:
        if any(LIST_MARK.match(inner) for _, inner in block):
            for at, inner in block:
                # a heading inside the box ("> ### σ and π bonds") titles the box's lines: a bold caption,
                # not a section of the notes
                lines[at] = _QUOTED_HEADING.sub(r"**\1**", inner)
        block.clear()

    for i, line in enumerate(lines):
        m = _QUOTE_MARKS.match(line)
        if fence == "plain":
            if line.strip().startswith(_FENCE):
                fence = None
            continue
        inner = line[m.end() :] if m else line
        if inner.strip().startswith(_FENCE):
            fence = None if fence else ("quoted" if m else "plain")
        if m:
            block.append((i, inner))
        else:
            close()
    close()
    return "\n".join(lines)


_WRAP_SLACK = 1.4  # a hard-wrapped paragraph's next line is about as long as the one above it
# words a line wrapped mid-clause stops on: an article, a preposition, a conjunction
_LEADS_ON = frozenset("a an the of to in on for with by from and or but that which as at into".split())


def _logical(text: str) -> list[str]:
    """Lines as written, with hard-wrapped paragraphs, list items and broken table rows joined back into
    one line."""
    out: list[str] = []
    joinable = False
    captioned = False  # whether the line before was too short to be prose, and so no paragraph's start
    in_fence = False
    labelled = False  # whether the line being built opened with a label ("Source - start of the river")
    lines = _rows_mended(text)
    for at, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(_FENCE) or in_fence:
            # code keeps its lines: a fence is never a wrapped paragraph
            if stripped.startswith(_FENCE):
                in_fence = not in_fence
            out.append(line)
            joinable = captioned = False
            continue
        # ("- Solution - river water dissolves soft rocks": a list item's text after its mark)
        label = _LABEL_LINE.match(LIST_MARK.sub("", line).strip()) is not None
        open_end = bool(out) and _OPEN_END.search(out[-1].rstrip()) is not None
        starts_block = (
            not stripped
            or _TABLE_LINE.match(line)
            or LIST_MARK.match(line)
            or stripped.startswith(("#", ">", "```"))
            or _BOLD_ONLY.fullmatch(stripped)
            or _BOLD_LABEL_LINE.match(stripped)
            # a run of "Term - what it is" lines, one under the other: a term a line, not a paragraph,
            # and the lead-in to a list after them ("4 Processes of Erosion (coasts & rivers):")
            or (labelled and not open_end and (label or _LEAD_LINE.match(stripped) is not None))
            # "    - Group of individuals …" then "Community" at the margin: the next term of the outline
            # written without its mark, not the nested item's wrapped text
            or (
                line[:1].isupper()
                and len(stripped.split()) <= 4
                and not stripped.endswith((".", ",", ";", ":"))
                and bool(out)
                and LIST_MARK.match(out[-1]) is not None
                and out[-1][:1] in (" ", "\t")
            )
            # "- Pregnant Patients: … fetal well-being." then "  Preoperative Optimization" over the next
            # list: a short title between two lists heads the second (a heading written without its
            # hashes), not the wrapped end of the item above (it read "… fetal well-being.
            # Preoperative Optimization", graded garbled, r215)
            or (
                stripped[:1].isupper()
                and len(stripped.split()) <= 4
                and not stripped.endswith((".", ",", ";", ":", "!", "?"))
                and bool(out)
                and LIST_MARK.match(out[-1]) is not None
                and not open_end
                and at + 1 < len(lines)
                and LIST_MARK.match(lines[at + 1]) is not None
                # after a finished sentence, or an acronym alone ("GORD"): a line wrapped mid-sentence
                # ("… a standby in another" then "Availability Zone") goes on with its item
                and (
                    out[-1].rstrip().endswith((".", "!", "?"))
                    or _ACRONYM_LINE.fullmatch(stripped) is not None
                )
            )
        )
        # "Method Patterns both encapsulate" over "algorithms, the first by composition": a line that goes
        # on in small letters continues the short one above it, which was no caption
        # (not "st1 - throughput" over "sc1 - cold", nor "db.m5 general" over "db.r5 memory": a term a
        # line, each opening on a name; nor "myelin sheath" over "a layer of fatty tissue …", a glossary's
        # term over its definition, far longer than a line wrapped at the term's width)
        first_word = re.match(r"[a-z]+(?=[\s,;:]|$)", stripped)
        goes_on = (
            captioned
            and bool(out)
            and len(stripped) <= _WRAP_SLACK * len(out[-1].strip()) + 4
            and not labelled
            and first_word is not None
            and is_dictionary_word(first_word.group(0))
            and not LIST_MARK.match(line)
            and not lines[at - 1].endswith(("  ", "\\"))  # a break the writer marked stays one
        )
        if out and (joinable or goes_on) and not starts_block:
            # "- **Operator Sequence**" over its indented line: a term in bold alone on an item's first
            # line, and what it is under it (a note-taking app's habit), is a term and its definition
            above = LIST_MARK.sub("", out[-1]).strip().removesuffix("<br>").strip()
            term_above = LIST_MARK.match(out[-1]) and _BOLD_ONLY.fullmatch(above) and not above.endswith(":")
            glue = ": " if term_above and ":**" not in above and stripped[:1].isalpha() else " "
            broken = _hard_break(lines[at - 1], out[-1], stripped) or _new_sentence(out[-1], stripped)
            if glue == " " and broken:
                # "… response to a drug  " over "Typically mediated by …": two sentences (a backslash
                # that breaks the line is markup, not a character of it)
                glue = ". "
                out[-1] = out[-1].rstrip().removesuffix("\\")
            out[-1] = f"{out[-1].rstrip()}{glue}{stripped}"
            continue
        out.append(line)
        labelled = label
        # a line continues the one before only inside prose or a list item, never after a caption
        joinable = bool(stripped) and not _TABLE_LINE.match(line) and not _BOLD_ONLY.fullmatch(stripped)
        captioned = False
        if (
            joinable
            and not LIST_MARK.match(line)
            and len(stripped.split()) <= 6
            and not stripped.endswith((".", ",", ";"))
            # ("Gene transcription is regulated by the" stops short of its noun: no caption does)
            and stripped.split()[-1].lower() not in _LEADS_ON
        ):
            joinable = False  # "When to use Instance Store": a caption, not the start of a paragraph
            captioned = True
    return out
