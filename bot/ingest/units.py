"""Quotable units of a chunk: sentences, short list items whole, and table rows.

Answers quote the notes, so they are assembled from these units; each is embedded at index time so
picking the sentence that answers a question costs a dot product, not a model call.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.ingest.document import read_lines, split_sentences
from bot.ingest.roles import is_navigation_heading
from bot.text import strip_markup

_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
TABLE_LINE = re.compile(r"^\s*\|")
UNITS_VERSION = "23"  # bump when quote_units changes: the index re-chunks
UNIT_MAX = (
    320  # a labelled list item this short stays whole ("SQS vs. SNS: use SQS for ..., use SNS for ...")
)
_PRONOUN = re.compile(r"^(?:It|It's|Its|This|These|They|Their)\b")
_BOLD_ONLY = re.compile(r"\*\*[^*]+\*\*:?")
# a question, and the count a card asks for ("… Adapter Pattern? (2)"); or an exam's task, with its count
# ("Explain actors involed in the template method pattern (2)") or on a thing it names ("Explain how …",
# "List the …"), not a line that opens on a name ("List comprehension builds a new list")
_TASK = r"(?:explain|describe|list|name|identify|compare|contrast|discuss|define|outline)"
_ASKS = re.compile(
    r"\?\s*(?:\(\d+\))?[*_]*$"
    rf"|^{_TASK}\b[^.]*\(\d+\)$"
    rf"|^{_TASK}\s+(?:the|a|an|how|why|what|when|which|who|whether|each|all|two|three|four|five)\b[^.]*$",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^\*\*[^*]{1,80}\*\*\s*:|^[^:.]{1,60}:\s")


_CODE_START = re.compile(
    r"^\s*(?:[\w.\[\]'\"]+\s*(?:[+\-*/%|&]?=|:=|->|=>)\s*\S"  # assignment
    r"|[\w.]+\(.*\)\s*;?\s*(?:#.*|//.*)?$"  # a call on its own
    r"|#\s*[\[({<\d'\"]"  # an output comment
    r"|\$\s|>>>|\.\.\.\s|[{}\[\]]\s*$|[}\])]+[,;]?\s*$)"
)


_COMMENT = re.compile(r"^\s*\S.*?\s(?:#|//)\s*(.+)$")


def _explained(line: str) -> bool:
    """A code line with a comment of at least three words after it."""
    m = _COMMENT.match(line)
    return bool(m) and len(re.findall(r"\b[A-Za-z]{2,}\b", m.group(1))) >= 3


@lru_cache(maxsize=65536)
def looks_like_code(line: str) -> bool:
    """A line of code written outside a fence: an assignment, a bare call, a prompt, brackets."""
    body = _LIST_MARK.sub("", line).strip()
    if not body or TABLE_LINE.match(body):
        return False
    start = _CODE_START.match(body)
    if start and re.search(r"->|=>", start.group(0)) and mostly_words(body):
        # "API->etcd, pod created, pod id created, but not running on the node.": an arrow of a flow
        # in a sentence, not code
        start = None
    if start or re.fullmatch(r"_?`[^`]+`_?[.,;:]?", body):
        return True
    tokens = body.split()
    symbols = sum(ch in "=(){}[];<>" for ch in body)
    return symbols >= 4 and _words_in(tokens) < 0.5 * len(tokens)


def _words_in(tokens: list[str]) -> int:
    return sum(1 for t in tokens if t.strip(".,:;!?'\"").isalpha())


def mostly_words(text: str) -> bool:
    """Whether a line is a sentence, five tokens or more and three in five of them words, whatever
    arrow or sign it holds ("API->etcd, pod created, pod id created …")."""
    tokens = text.split()
    return len(tokens) >= 5 and _words_in(tokens) >= 0.6 * len(tokens)


def quote_units(text: str, heading: tuple[str, ...] = ()) -> list[str]:
    """Units in reading order: sentences, labelled list items whole, table rows (header skipped).

    Navigation is never a unit: a section titled "Table of contents" or "References", and lines that
    only point elsewhere (anchor links, images, badges, bare URLs, HTML) are not quoted.
    """
    out: list[str] = []
    if heading and is_navigation_heading(heading[-1]):
        return out
    for line in read_lines(text, heading):
        if line.kind in ("fence", "blank", "delimiter", "header"):
            continue  # a table's header row names columns; its rows say things
        if line.kind == "code" or looks_like_code(line.raw):
            # code is not quoted as a sentence, but a line the notes explain with a comment is:
            # "backoffLimit: 5  # to tolerate fail number of job"
            if _explained(line.raw):
                out.append(line.raw.strip())
            continue
        if line.role == "navigation":
            continue
        if line.kind == "row":
            out.append(line.raw.strip())
            continue
        item = line.kind == "item"
        body = line.body
        plain = strip_markup(body)
        if plain.endswith(":"):
            # a lead-in ("... they serve different purposes:") says nothing alone, but the sentences
            # before it in the same line do ("All X inherit from Y. The hierarchy is as follows:")
            lead = [s for s in split_sentences(body)[:-1] if len(strip_markup(s)) >= 12]
            out.extend(s.strip() for s in lead)
            continue
        if len(plain) < 12:
            continue
        caption = (
            len(plain.split()) <= 5
            and not plain.endswith((".", "!", "?", ")"))
            and not item
        )
        if caption or _BOLD_ONLY.fullmatch(body):
            continue  # a caption used as a heading ("How They Work Together", "**Instance Store**")
        if item and _LABEL.match(body) and len(body) <= UNIT_MAX:
            out.append(body)
            continue
        sentences = [s.strip() for s in split_sentences(body) if len(strip_markup(s)) >= 12]
        asks = [bool(_ASKS.search(strip_markup(x))) for x in sentences]
        if len(sentences) > 1 and len(body) <= UNIT_MAX and not all(asks):
            out.append(body)  # the whole item too: the notes' own paragraph about one thing
        for i, sentence in enumerate(sentences):
            if asks[i]:
                continue  # "What's the difference between X and Y? (2)": a question answers nothing
            # "It ensures reliable delivery" means nothing without the sentence naming "it"
            if i > 0 and _PRONOUN.match(sentence) and not _PRONOUN.match(sentences[0]):
                sentence = f"{sentences[0]} {sentence}"
            out.append(sentence)
    return out


def unit_spans(text: str, units: list[str] | tuple[str, ...], offset: int = 0) -> list[list[tuple[int, int]]]:
    """Where each unit sits in ``text`` (character spans, shifted by ``offset``).

    A unit is a substring of its chunk, or two ("X is ... It ..." joins a sentence to the one naming
    its subject); a unit not found maps to the whole text.
    """
    out: list[list[tuple[int, int]]] = []
    cursor = 0
    for unit in units:
        found = _find_loose(text, unit, cursor) or _find_loose(text, unit, 0)
        if found:
            out.append([(offset + found[0], offset + found[1])])
            cursor = found[0]
            continue
        group: list[tuple[int, int]] = []
        m = re.match(r"^(.+?[.!?])\s+(.*)$", unit, re.DOTALL)
        for piece in m.groups() if m else ():
            hit = _find_loose(text, piece, 0)
            if hit:
                group.append((offset + hit[0], offset + hit[1]))
        out.append(group or [(offset, offset + len(text))])
    return out


def _find_loose(text: str, unit: str, start: int) -> tuple[int, int] | None:
    """Find ``unit`` in ``text`` allowing any run of white space where it has one (wrapped lines)."""
    pos = text.find(unit, start)
    if pos >= 0:
        return pos, pos + len(unit)
    pattern = r"\s+".join(re.escape(w) for w in unit.split())
    m = re.compile(pattern).search(text, start) if pattern else None
    return (m.start(), m.end()) if m else None
