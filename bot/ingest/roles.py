"""What a line or a section of the notes is for: content to teach from, or navigation and references.

Notes carry tables of contents, anchor links (``[Caching](#caching)``), "further reading" lists,
image lines, badges and raw HTML. A reader skips them; an answer or a quiz question built on them is
noise. The rules here look only at markup and at a few words of document structure ("contents",
"references"), never at a field's vocabulary, so they hold for any study group's notes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import words

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_HTML = re.compile(r"</?[a-zA-Z][^>]*>")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
_LIST_MARK = re.compile(r"^\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s*")
_MARKUP = re.compile(r"[*_`#|>~\[\]()]+")

# Headings of sections that point elsewhere instead of teaching: words of document structure.
_NAV_HEADINGS = re.compile(
    r"^(?:table\s+of\s+contents?|contents|toc|index|references?|sources?|further\s+reading|"
    r"reading\s+list|links?|useful\s+links|resources|external\s+resources|see\s+also|bibliography|"
    r"credits|acknowledge?ments?|citations?|license|licence|footnotes)$",
    re.IGNORECASE,
)


def strip_navigation_markup(text: str) -> str:
    """Text a reader reads: images, HTML tags and URLs dropped, links reduced to their words."""
    text = _IMAGE.sub(" ", text)
    text = _HTML.sub(" ", text)
    text = _LINK.sub(lambda m: m.group(1) if not m.group(2).startswith("#") else " ", text)
    return re.sub(r"\s+", " ", _URL.sub(" ", text)).strip()


# A contents list: it points at the sections below it, so it ends where the notes start saying things.
_CONTENTS_HEADINGS = re.compile(r"^(?:table\s+of\s+contents?|contents|toc)$", re.IGNORECASE)


def _heading_plain(title: str) -> str:
    return re.sub(r"\s+", " ", _MARKUP.sub(" ", _HTML.sub(" ", title))).strip(" :.-")


def is_contents_heading(title: str) -> bool:
    """'Table of Contents', '**Contents**:': a section that is one list of the sections below."""
    return bool(_CONTENTS_HEADINGS.match(_heading_plain(title)))


def is_navigation_heading(title: str) -> bool:
    """'Table of Contents', 'References', 'Further reading': a section that lists, not teaches."""
    return bool(_NAV_HEADINGS.match(_heading_plain(title)))


def is_navigation_line(line: str) -> bool:
    """A line that only points somewhere: anchor or link lists, images, badges, bare URLs, HTML.

    What is left once links, images, tags and URLs are taken out decides: a lead-in of a few words
    ("Goto the scenario:") or nothing at all means the line was there to point, not to say.
    """
    if line.lstrip().startswith("|"):
        # a table row points only when every cell is a link or an image ("| [Intro](#intro) |")
        cells = [c.strip() for c in line.strip().strip("|").split("|") if c.strip()]
        return bool(cells) and all(
            not words(_LINK.sub(" ", _IMAGE.sub(" ", c))) and c != "---" for c in cells
        )
    body = _LIST_MARK.sub("", line).strip()
    if not body:
        return False
    has_pointer = bool(_IMAGE.search(body) or _LINK.search(body) or _HTML.search(body) or _URL.search(body))
    if not has_pointer:
        return False
    rest = _IMAGE.sub(" ", body)
    rest = _LINK.sub(" ", rest)
    rest = _URL.sub(" ", _HTML.sub(" ", rest))
    rest = re.sub(r"\s+", " ", _MARKUP.sub(" ", rest)).strip()
    n = len(words(rest))
    return n == 0 or (n <= 4 and (rest.endswith(":") or not rest.endswith((".", "!", "?")))) or n <= 2


# A highlight of a note-taking app: '==Current is the rate of flow of charge==' shows the words
# marked; 'a==b', 'Django==3.2' and 'x == y' in code are comparisons (a word or a space inside the
# marks' edges). The reader drops the marks from the notes; ``entries.plain`` from any other text.
HIGHLIGHT = re.compile(r"(?<![=\w<>!])==([^\s=][^=\n]*?[^\s=]|[^\s=])==(?![=\w])")


def clean_inline_html(text: str) -> str:
    """A heading or label without its HTML anchors (``Service <a name="service"></a>``). Its subscripts
    and superscripts are text already ("CO₂ Cascade"): the reader renders them once, for every reader."""
    return re.sub(r"\s+", " ", _HTML.sub(" ", text)).strip()


# Sentences that send the reader elsewhere instead of teaching: plain English study-guide phrases.
_POINTER = re.compile(
    r"\b(?:for more(?: information| details| info| examples)?(?=\s*(?:[,.:;]|$|on\b|about\b))|"
    r"learn more|have a look|take a look|check out|"
    r"see (?:the |also |below|above)|refer to|review the|click (?:here|the)|(?:link|links) below|"
    r"below link|as shown below)\b|^\W*(?:\*\*)?keywords?\s*:",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def is_pointer(text: str) -> bool:
    """ "For more, review the list chapter.", "Keywords: ...": a line that points, not teaches."""
    return bool(_POINTER.search(text))
