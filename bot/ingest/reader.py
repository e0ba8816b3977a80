"""Read every note file under the corpus folder, skipping what is not text, and repair mojibake.

Repair happens here, before anything else sees the text, so that chunks, the glossary, BM25 and the
embedder all agree on one spelling (``‚Äî`` becomes ``—``, ``1Ô∏è‚É£`` becomes ``1️⃣``).
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import ftfy

from bot.ingest.roles import HIGHLIGHT
from bot.text import render_scripts

log = logging.getLogger(__name__)

# R Markdown and Quarto notes are markdown with code chunks ("```{r}"), read as fences like any other;
# MDX (a documentation site's pages) is markdown with components, whose tags read as HTML's do
NOTE_SUFFIXES = (".md", ".markdown", ".txt", ".rmd", ".qmd", ".mdx")
MAX_FILE_BYTES = 20 * 1024 * 1024
# notes that are knitted or rendered to markdown (R Markdown, Quarto)
_SOURCE_SUFFIXES = (".rmd", ".qmd")


@dataclass
class Document:
    """One note file: its corpus-relative path, repaired text and the hash of its raw bytes.

    Repair (ftfy) runs on first use of ``text``: an unchanged file is recognised by its hash and
    never repaired, which keeps a no-change re-index of a large corpus fast."""

    source: str
    raw: str
    sha256: str
    repaired: bool = False
    _text: str | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.raw if self.repaired else repair_text(self.raw)
        return self._text


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def list_note_files(corpus: Path) -> list[Path]:
    """Note files under ``corpus`` in a stable order (relative path), hidden folders skipped."""
    if not corpus.is_dir():
        return []
    found = []
    for path in corpus.rglob("*"):
        rel = path.relative_to(corpus)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.suffix.lower() in NOTE_SUFFIXES and path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(corpus).as_posix())


# control characters no text holds (tab, line ends and form feed aside)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_note(data: bytes) -> tuple[str, str] | None:
    """Text of a note file and the encoding it was read in, or None when it is binary."""
    if b"\x00" in data[:8192]:
        # UTF-16 notes exist (Windows editors); they carry a BOM. Anything else with NULs is binary.
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            try:
                return data.decode("utf-16"), "utf-16"
            except UnicodeDecodeError:
                return None
        return None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    # "caf\xe9 cr\xe8me": notes an older Windows or Mac editor saved as Windows-1252 (Latin-1's
    # superset) are read as the text they are, not dropped; bytes that code page leaves undefined, or
    # control characters no text holds, say the file is binary
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(text) else (text, "cp1252")


def read_corpus(corpus: Path, warn: Callable[[str], None] | None = None) -> list[Document]:
    """Read and repair every usable note; one warning line for each file skipped."""
    warn = warn or log.warning
    docs = []
    for path in list_note_files(corpus):
        rel = path.relative_to(corpus).as_posix()
        try:
            data = path.read_bytes()
        except OSError as exc:
            warn(f"skipped {rel}: cannot read ({exc.strerror or exc})")
            continue
        if len(data) > MAX_FILE_BYTES:
            warn(f"skipped {rel}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
            continue
        decoded = decode_note(data)
        if decoded is None:
            warn(f"skipped {rel}: binary, not text")
            continue
        text, encoding = decoded
        if encoding == "cp1252":
            warn(f"read {rel} as Windows-1252: it is not UTF-8 (save it as UTF-8 to be sure of its accents)")
        if not text.strip():
            warn(f"skipped {rel}: empty")
            continue
        docs.append(Document(source=rel, raw=text, sha256=file_hash(data)))
    return _without_knitted_sources(docs, warn)


def _without_knitted_sources(docs: list[Document], warn: Callable[[str], None]) -> list[Document]:
    """'week1.Rmd' knitted to 'week1.md' beside it is one note in two files: the knitted one is kept,
    as it shows what the code printed ("`r mean(x)`" read as its value). Only a knitted file that was
    read counts: an empty or unreadable one (a failed render) leaves its source in."""
    knitted = {
        PurePosixPath(d.source).with_suffix("").as_posix()
        for d in docs
        if PurePosixPath(d.source).suffix.lower() in (".md", ".markdown")
    }
    kept = []
    for d in docs:
        path = PurePosixPath(d.source)
        if path.suffix.lower() in _SOURCE_SUFFIXES and path.with_suffix("").as_posix() in knitted:
            warn(f"skipped {d.source}: the knitted note beside it is read instead")
            continue
        kept.append(d)
    return kept


# A run of characters that Mac OS Roman maps from bytes >= 0x80 (ftfy declines some of these, e.g.
# the Apple logo U+F8FF that a UTF-8 emoji's 0xF0 lead byte becomes).
_MAC_ROMAN_HIGH = "".join(sorted({bytes([b]).decode("mac_roman") for b in range(0x80, 0x100)}))
_MAC_ROMAN_RUN = re.compile(f"[{re.escape(_MAC_ROMAN_HIGH)}]{{2,}}")


def _undo_mac_roman(match: re.Match[str]) -> str:
    run = match.group(0)
    try:
        fixed = run.encode("mac_roman").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return run
    return fixed if len(fixed) < len(run) else run


# A wiki link of a note-taking app: '[[Population]]', '[[Sample|samples]]', '[[Event#Kinds]]'; an
# embed '![[chart.png]]' shows a file. The target starts with a letter: '[[1, 2]]' is code.
_WIKI_EMBED = re.compile(r"!\[\[[^\[\]\n]*\]\]")
# A published vault writes the alias bar escaped ('[[notes/ch. 18#Field\\|field]]'), and a target may be a
# path that starts with a digit; one with no letter at all ('[[1, 2]]') is still code.
_WIKI_LINK = re.compile(
    r"\[\[(?=[^\[\]\n]*[A-Za-z])([^\[\]\n|#\\]*)(?:#([^\[\]\n|\\]*))?(?:\\?\|([^\[\]\n]+))?\]\]"
)
# A note-taking app's block id at a line's end: "... { #e0c8d1}" (a published vault), "... ^e0c8d1"
_BLOCK_ID = re.compile(
    r"[ \t]*(?:\{\s*#[A-Za-z0-9-]{4,}\s*\}|(?<=\s)\^[A-Za-z0-9-]{4,})[ \t]*$", re.MULTILINE
)
# A note-taking app's tag in running text or a heading: "Ignatius of Loyola's #person book", "## Philip II
# #person". A colour ('#fff') is no tag; code (a fence, a `span`) is left as it is.
_TAG = re.compile(r"[ \t]+#(?![0-9a-fA-F]{3}\b|[0-9a-fA-F]{6}\b)[A-Za-z][\w/-]*(?=[\s.,;:!?)]|$)")
_FENCE = re.compile(r"^\s*(```|~~~)")
# A line of tags alone: "#eukaryotes" at the top of a note, "#biology #exam". One tag in capitals
# ("#Summary") may be a heading written without its space, as some notes write them ("##Comparison")
_TAG_LINE = re.compile(r"^[ \t]*(?:#[a-z][\w/-]*|#[A-Za-z][\w/-]*(?:[ \t]+#[A-Za-z][\w/-]*)+)[ \t]*$")


def _without_tags(text: str) -> str:
    """The note without its tags outside code, line for line."""
    lines = text.split("\n")
    fenced = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or "#" not in line:
            continue
        if _TAG_LINE.match(line):
            lines[i] = ""
            continue
        parts = line.split("`")  # even parts are outside inline code
        for j in range(0, len(parts), 2):
            parts[j] = _TAG.sub("", parts[j])
        lines[i] = "`".join(parts)
    return "\n".join(lines)


# An HTML comment, which no markdown viewer shows, nor a page's script or style ("<script src=...mathjax">).
_COMMENT = re.compile(r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)


# A site generator's or a note-taking app's front matter: "---\nlayout: page\ntitle: Lecture 5\n---" (YAML)
# or "+++ ... +++" (TOML) at the very top sets a page's fields, which no reader of the page sees.
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n((?:[^\n]*\n){0,80}?)(?:\1|\.\.\.)[ \t]*(?:\n|\Z)")
_FIELD_LINE = re.compile(r"^[A-Za-z_][\w-]*\s*[:=]", re.MULTILINE)


# "title: 'Chapter 3: Working with Financial Statements'": the page's title, as its site shows it
_TITLE_FIELD = re.compile(r"^title\s*[:=]\s*(['\"]?)(?P<title>[^\n]*?)\1\s*$", re.MULTILINE | re.IGNORECASE)
# a title of the page's own: "# Lecture 5", or a line underlined with "=" (a setext heading)
_PAGE_HEADING = re.compile(r"^#[ \t]+\S|^[^\n]*\S[^\n]*\n=+[ \t]*$", re.MULTILINE)


def _without_front_matter(text: str) -> str:
    """The note without its front matter; its line breaks stay, so every line keeps its number. A
    note that opens with a rule and prose under it ("---\nSome text\n---") keeps both. A page with
    a title field and no title of its own is titled by it, as its site shows it ('Exchange Rates',
    not the file's '2018-11-29-exchange-rates'), over its sections: "### Silent Mutation" and
    "### Nonsense Mutation" stand under "Coding Sequence Mutations" as the page shows them, not
    loose at the top of the file."""
    m = _FRONT_MATTER.match(text)
    if m is None or not _FIELD_LINE.search(m.group(2)):
        return text
    rest = text[m.end() :]
    gap = m.group(0).count("\n")
    title = _TITLE_FIELD.search(m.group(2))
    if title and title.group("title").strip() and gap >= 1 and not _PAGE_HEADING.search(rest):
        return "\n" * (gap - 1) + f"# {title.group('title').strip()}\n" + rest
    return "\n" * gap + rest


# A note-taking app's callout: "> [!info] Definition" opens a box titled "Definition" (or, untitled, by
# its type) over the quoted lines below it.
_CALLOUT = re.compile(r"^(\s*>[>\s]*)\[!([A-Za-z-]+)\][+-]?[ \t]*(.*)$", re.MULTILINE)
# A static site's collapsible block: "<details><summary>What is X?</summary> ... </details>"; and an
# "<aside>" box. The summary reads as a bold line; the tags are not shown.
_SUMMARY = re.compile(r"<summary>\s*(.*?)\s*</summary>", re.IGNORECASE)
_BOX_TAG = re.compile(r"</?(?:details|aside)\b[^>]*>", re.IGNORECASE)


# A static site's admonition: '!!! info "Golgi apparatus"' (or '??? note', folded) over lines indented by
# four spaces, which are its text, not code.
_ADMONITION = re.compile(
    r'^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]*(?P<type>[\w-]+)(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$'
)


def _unfold_admonitions(text: str) -> str:
    """Each admonition as a bold title over its text, dedented; line for line."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = _ADMONITION.match(lines[i])
        if m is None:
            i += 1
            continue
        indent = m.group("indent")
        title = (m.group("title") or "").strip() or m.group("type").capitalize()
        lines[i] = f"{indent}**{title}:**"
        i += 1
        while i < len(lines):
            line = lines[i]
            if line.strip() and not line.startswith((indent + "    ", indent + "\t")):
                break
            inner = line[len(indent) + 4 :] if line.startswith(indent + "    ") else line.strip("\t")
            lines[i] = indent + inner
            i += 1
    return "\n".join(lines)


def _callout_title(match: re.Match[str]) -> str:
    title = match.group(3).strip() or match.group(2).capitalize()
    return f"{match.group(1)}**{title}:**"


def _wiki_text(match: re.Match[str]) -> str:
    """What the app shows of a wiki link: its alias, else the note's name without its folders
    ('[[semester2/ch. 18 - forces]]' -> 'ch. 18 - forces'), else the heading of this note it points at."""
    alias, heading, target = match.group(3), match.group(2), match.group(1)
    return (alias or target.rsplit("/", 1)[-1].removesuffix(".md") or heading or "").strip()


# A character reference as markdown renders it outside code: "Axioms satisfied &rarr; utility function"
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CODE_SPAN = re.compile(r"(`+)[^`]*?\1")


def _unescape_entities(text: str) -> str:
    """``text`` with its character references ('&rarr;', '&mdash;', '&#8594;') as the characters they
    stand for, as a markdown viewer shows them; ftfy leaves them when the file also holds a '<'. Code
    blocks and code spans keep theirs: there they are what the code says. A reference to a line break
    stays, so every line keeps its number."""

    def one(m: re.Match[str]) -> str:
        char = html.unescape(m.group(0))
        # a line or page break of any kind ('&#10;', '&#12;', '&#x2028;') stays written out
        return char if char.splitlines() == [char] else m.group(0)

    return _outside_code(text, "&", lambda part: _ENTITY.sub(one, part), _CODE_SPAN)


def _outside_code(text: str, mark: str, fix: Callable[[str], str], kept: re.Pattern[str]) -> str:
    """``text`` with ``fix`` applied to the parts of each line that holds ``mark`` outside code blocks
    and outside the spans ``kept`` matches (code spans, formulas): there the text is what it says."""
    lines, fence = text.split("\n"), ""
    for i, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1) == fence:
                fence = ""
            continue
        if opened:
            fence = opened.group(1)
            continue
        if mark in line:
            parts, at = [], 0
            for span in kept.finditer(line):
                parts.append(fix(line[at : span.start()]))
                parts.append(span.group(0))
                at = span.end()
            parts.append(fix(line[at:]))
            lines[i] = "".join(parts)
    return "\n".join(lines)


# "H~2~O", "P~vap~", "x^2^": Pandoc's subscripts and superscripts, written right after what they mark
# (a spaced "A ~ B" compares, and "~~gone~~" strikes out)
_PANDOC_SCRIPTS = (
    re.compile(r"(?<=[A-Za-z0-9)\]])(~)([A-Za-z0-9+\-]{1,10})~(?!~)"),
    re.compile(r"(?<=[A-Za-z0-9)\]₀-₉ₐ-ₜ])(\^)([A-Za-z0-9+\-]{1,10})\^"),
)
# code and LaTeX ("$k^2l^2$") say what they say
_CODE_OR_MATH = re.compile(r"(`+)[^`]*?\1|\$\$?[^$\n]+\$\$?")
# a LaTeX drawing on one line, with the dollars of the formula it may sit in
_DRAWING = re.compile(
    r"[ \t]*\$?\\begin\{(circuitikz|tikzpicture|tikz|pgfpicture|picture)\}.*?\\end\{\1\}\$?"
)
_SUBSCRIPTS = str.maketrans("0123456789+-aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")
_SUPERSCRIPTS = str.maketrans("0123456789+-n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻ⁿ")


def _pandoc_scripts(text: str) -> str:
    """``text`` with Pandoc's '~sub~' and '^sup^' as the characters a viewer shows ('H~2~O' -> 'H₂O',
    'e^-^' -> 'e⁻'); a script Unicode cannot write ('P~Hg~') reads 'P_Hg', as plain text writes it.
    Code and math keep what they say."""

    def one(m: re.Match[str]) -> str:
        mark, body = m.group(1), m.group(2)
        table, fallback = (_SUBSCRIPTS, "_") if mark == "~" else (_SUPERSCRIPTS, "^")
        shown = body.translate(table)
        return shown if not re.search(r"[A-Za-z0-9+-]", shown) else fallback + body

    for script, mark in zip(_PANDOC_SCRIPTS, "~^", strict=True):
        text = _outside_code(text, mark, lambda part, script=script: script.sub(one, part), _CODE_OR_MATH)
    return text


# "~~Group of organisms~~ of the ~~same species~~ that ~~occupy a space~~": notes that strike key words
# through all along mark them, as a theme's highlight does, and a reader reads them; a few struck words
# in a note are words crossed out ("~~Losing or gaining~~ electrons"), which may be wrong, and stay so
_STRUCK = re.compile(r"~~(?=\S)([^~\n]*?\S)~~")
_STRUCK_AS_EMPHASIS = 8


def repair_text(text: str) -> str:
    """Fix mojibake and odd characters while keeping one output line per input line; wiki links and
    highlights read as their text, and comments, scripts and front matter are gone, as the note-taking
    app shows them (a term in brackets is no answer to post)."""
    # character references are read below, outside code only (ftfy would read them in code too, and
    # leaves them all in a file that holds a '<')
    fixed = ftfy.fix_text(
        text.replace("\r\n", "\n").replace("\r", "\n"), normalization="NFC", unescape_html=False
    )
    fixed = _MAC_ROMAN_RUN.sub(_undo_mac_roman, fixed)
    if fixed.startswith(("---", "+++")):
        fixed = _without_front_matter(fixed)
    if "[[" in fixed:
        fixed = _WIKI_LINK.sub(_wiki_text, _WIKI_EMBED.sub("", fixed))
    if "#" in fixed or "^" in fixed:
        fixed = _BLOCK_ID.sub("", fixed)
    if "#" in fixed:
        fixed = _without_tags(fixed)
    if "!!!" in fixed or "???" in fixed:
        fixed = _unfold_admonitions(fixed)
    if "[!" in fixed:
        fixed = _CALLOUT.sub(_callout_title, fixed)
    if "<summary" in fixed or "<details" in fixed or "<aside" in fixed:
        fixed = _BOX_TAG.sub("", _SUMMARY.sub(lambda m: f"**{m.group(1)}**", fixed))
    if "==" in fixed:
        fixed = HIGHLIGHT.sub(r"\1", fixed)
    if "<!--" in fixed or "</" in fixed:
        # a comment is not shown ("<!-- no cards made.. b:1058090785437 -->" of a flashcard plug-in);
        # its line breaks stay, so every line keeps its number
        fixed = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), fixed)
    if "&" in fixed:
        # after the comments are gone: "&lt;!-- … --&gt;" is text the note shows, not a comment
        fixed = _unescape_entities(fixed)
    if "~~" in fixed and len(_STRUCK.findall(fixed)) >= _STRUCK_AS_EMPHASIS:
        fixed = _outside_code(fixed, "~~", lambda part: _STRUCK.sub(r"\1", part), _CODE_OR_MATH)
    if "~" in fixed or "^" in fixed:
        fixed = _pandoc_scripts(fixed)
    if "<su" in fixed.lower():
        # "V<sub>1</sub>", "FiO<sub>2</sub>": as the app shows them, for every reader of the notes (a
        # table's column named "FiO<sub>2</sub>" is no column of "FiO<sub>2<" or "sub>")
        fixed = _outside_code(fixed, "<", render_scripts, _CODE_OR_MATH)
    if "import " in fixed or "export " in fixed:
        # 'import ReactPlayer from "react-player"' over an MDX page: the page's code, which it does not
        # show (a line kept blank, so every line keeps its number)
        fixed = _outside_fences(fixed, _ESM_LINE, "")
    if ":::" in fixed or "{{<" in fixed:
        fixed = _without_div_marks(fixed)
    if "\\begin{" in fixed:
        # "\begin{circuitikz}\draw (0, 3) to[R=$R_1$] …\end{circuitikz}": a drawing the page renders,
        # no words of the notes (quoted, it read as code)
        fixed = _outside_code(fixed, "\\begin{", lambda part: _DRAWING.sub("", part), _CODE_SPAN)
    if "<table" in fixed.lower():
        fixed = _html_tables(fixed)
    if "<dt" in fixed.lower() or "\n: " in fixed:
        fixed = _definition_lists(fixed)
    fixed = _two_line_glossary(fixed)
    return fixed.replace("\u00a0", " ")


# An MDX page's module lines: 'import X from "y"', 'import "./style.css"', 'export const meta = {…}'
_ESM_LINE = re.compile(
    r"^(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?['\"][^'\"]+['\"];?|export\s+(?:default\s+|const\s+|function\s+)\S.*)\s*$"
)


def _outside_fences(text: str, line: re.Pattern[str], by: str) -> str:
    """``text`` with every line ``line`` matches whole, outside code fences, written as ``by``."""
    lines, fence = text.split("\n"), False
    for i, one in enumerate(lines):
        if one.lstrip().startswith(("```", "~~~")):
            fence = not fence
        elif not fence and line.match(one):
            lines[i] = by
    return "\n".join(lines)


# An HTML table as a markdown converter writes a grid table ("<table>" over "<tr>" rows of "<td><p>…</p>
# <p>…</p></td>" cells): its own lines from "<table …>" to "</table>", cells spread over lines
_HTML_TABLE = re.compile(
    r"^[ \t]*<table\b[^>]*>.*?</table\s*>[ \t]*$", re.IGNORECASE | re.DOTALL | re.MULTILINE
)
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<(t[dh])\b([^>]*)>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_COLSPAN = re.compile(r"""colspan\s*=\s*["']?(\d+)""", re.IGNORECASE)
# where a cell's paragraphs, lines or points meet ("<p>NYHA class II</p> <p>HFrEF</p>")
_HTML_PARTS = re.compile(r"</p\s*>\s*<p\b[^>]*>|<br\s*/?>|</li\s*>\s*<li\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _html_tables(text: str) -> str:
    """``text`` with each HTML table set as the markdown table the page shows: a row a line, the first
    row its header, a cell's paragraphs joined by "; " (a cell in raw tags was quoted as "<td><p>HFrEF <35%,
    on maximally tolerated BB …" in an answer, medicine notes). A cell across columns ("<td colspan="4">
    Vasodilators</td>", a group's name over its rows) leaves the rest of its row empty. The table's other
    lines are left blank, so every line after it keeps its number; a table on fewer lines than it has
    rows, or inside a code fence, is left as written."""
    fences = [m.start() for m in re.finditer(_FENCE.pattern, text, re.MULTILINE)]

    def markdown(m: re.Match[str]) -> str:
        block = m.group(0)
        if sum(1 for f in fences if f < m.start()) % 2:
            return block
        rows: list[list[str]] = []
        for row in _HTML_ROW.finditer(block):
            cells: list[str] = []
            for cell in _HTML_CELL.finditer(row.group(1)):
                parts = [
                    re.sub(r"\s+", " ", _HTML_TAG.sub(" ", part)).strip(" ,;")
                    for part in _HTML_PARTS.split(cell.group(3))
                ]
                # (a header's lines are one name, "velocity" over "(m/s)"; a cell's are points)
                joint = " " if cell.group(1).lower() == "th" else "; "
                cells.append(joint.join(p for p in parts if p).replace("|", "\\|"))
                span = _HTML_COLSPAN.search(cell.group(2))
                cells += [""] * (int(span.group(1)) - 1 if span else 0)
            if any(cells):
                rows.append(cells)
        lines = block.count("\n") + 1
        if len(rows) < 2 or len(rows) + 1 > lines:
            return block
        width = max(map(len, rows))
        rows = [r + [""] * (width - len(r)) for r in rows]
        table = [f"| {' | '.join(r)} |" for r in rows]
        table.insert(1, "|" + " --- |" * width)
        return "\n".join(table + [""] * (lines - len(table)))

    return _HTML_TABLE.sub(markdown, text)


# A definition list: "<dt>Hypothesis</dt>" over "<dd>A testable idea …</dd>" (HTML, as a static site
# writes it), or "Luting agent" over ": what it is" (the Pandoc and kramdown syntax)
_DT_LINE = re.compile(r"^\s*<dt>\s*(?P<term>[^<>\n]{1,80}?)\s*</dt>\s*$", re.IGNORECASE)
_DD_OPEN = re.compile(r"^\s*<dd>\s*", re.IGNORECASE)
_DD_COLON = re.compile(r"^:[ \t]+(?=\S)")
_DL_TAGS_ONLY = re.compile(r"^\s*(?:</?(?:dl|dd|dt)\b[^>]*>\s*)+$", re.IGNORECASE)
# where a definition's own words end: its closing tag, or a list or block of its own
_DD_END = re.compile(r"</dd>|</?(?:ol|ul|li|dl|dt|dd|table|div|p)\b", re.IGNORECASE)


def _definition_lists(text: str) -> str:
    """``text`` with each term of a definition list set as the bold label of its definition
    ("**Hypothesis**: A testable idea …"), as the page shows a term over what it means; the term's
    own line is left blank, so every line keeps its number. A definition's own list of points stays
    under it; a term whose definition is only such a list ("<dd>" alone, its points below) is left as
    it was written, since a bold line alone would read as a heading over the terms after it."""
    lines = text.split("\n")
    fence = False
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        if fence:
            continue
        dt = _DT_LINE.match(line)
        if dt:
            nxt = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
            opened = _DD_OPEN.match(lines[nxt]) if nxt is not None else None
            if nxt is None or opened is None:
                continue
            # the definition runs over wrapped lines to its "</dd>", or to a list of its own points,
            # which stays as it is under it; a term whose definition is only such a list is left alone
            said, j, rest = [], nxt, lines[nxt][opened.end() :]
            while j < len(lines) and j < nxt + 12:
                stop = _DD_END.search(rest)
                said.append(rest[: stop.start()] if stop else rest)
                if stop:
                    rest = rest[stop.start() :]
                    break
                j += 1
                rest = lines[j] if j < len(lines) else ""
            text_said = " ".join(x.strip() for x in said).strip()
            if not text_said or j >= len(lines) or j >= nxt + 12:
                continue
            lines[i] = ""
            lines[nxt] = f"**{dt.group('term')}**: {text_said}"
            lines[nxt + 1 : j] = [""] * (j - nxt - 1)
            # the closing tag goes with the definition: left on a line of its own, a wrapped line joins it
            # to the definition's text ("… at the hands of another </dd>" in an answer)
            rest = re.sub(r"^\s*</dd>", "", rest, flags=re.IGNORECASE)
            if j > nxt:
                lines[j] = rest if rest.strip() else ""
            elif rest.strip():
                lines[nxt] += f" {rest}"  # a list opened on the definition's own line stays there
            continue
        colon = _DD_COLON.match(line)
        if colon and i >= 1:
            # the term is the line above, or the one above a blank line; a short line of its own
            above = i - 1 if lines[i - 1].strip() else i - 2
            term = lines[above].strip() if above >= 0 else ""
            if (
                term
                and len(term.split()) <= 8
                and not _MARKED.match(lines[above])
                and not _DD_COLON.match(lines[above])
                and not term.endswith((".", ":", ",", ";"))
            ):
                lines[above] = ""
                lines[i] = f"**{term}**: {line[colon.end() :].strip()}"
    # a line of the list's own tags alone ("</dl>", "</dd>") shows nothing; left, a wrapped line would join
    # it to the definition above ("… an incident or injury </dl>")
    return "\n".join("" if _DL_TAGS_ONLY.match(one) else one for one in lines)


# A vocabulary list exported term over definition ("empiricism" on one line, "the view that knowledge
# originates in experience …" on the next, a blank line, the next term): a term is a short name with no
# sentence's mark, its line is a name or phrase, never a clause run on into the next line
_TERM_LINE = re.compile(r"^[A-Za-z(][\w'’()/&,\- ]{0,58}[\w)]$")
_RUNS_ON = re.compile(
    r"^(?:is|are|was|were|has|have|had|can|will|would|should|may|might|must|does|do|did|and|or|but|to|"
    r"of|in|on|at|by|for|with|from|that|which|who)\b",
    re.IGNORECASE,
)
_MARKED = re.compile(r"^\s*(?:#|[-*+>|]|\d+[.)]\s|```|~~~|\$\$)")
# a file is such a list when it holds this many pairs, and they are most of its paragraphs of two lines
# or more: prose that happens to open a paragraph on a short line is a few of many
_GLOSSARY_PAIRS = 20
_GLOSSARY_SHARE = 0.6


def _two_line_glossary(text: str) -> str:
    """``text`` with each term of a term-over-definition vocabulary list set as the bold label of its
    definition ("**empiricism**: the view that …"), every line kept in place (psychology notes, r329: 600
    terms read as run-on paragraphs, 16 items made). Only a file that is mostly such pairs."""
    if "\n\n" not in text:
        return text
    lines = text.split("\n")
    pairs: list[tuple[int, int]] = []  # each pair's first line and the line after its last
    paragraphs = 0
    start = None
    fence = False
    for i, line in enumerate([*lines, ""]):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        if line.strip() and not fence:
            start = i if start is None else start
            continue
        if start is not None and i - start >= 2:
            paragraphs += 1
            term, said = lines[start].strip(), " ".join(x.strip() for x in lines[start + 1 : i])
            if (
                _TERM_LINE.match(term)
                and len(term.split()) <= 6
                and not term.endswith(",")
                and not _MARKED.match(lines[start])
                and not _MARKED.match(lines[start + 1])
                and not _RUNS_ON.match(said)
                and len(said.split()) >= 4
            ):
                pairs.append((start, i))
        start = None
    if len(pairs) < _GLOSSARY_PAIRS or len(pairs) < _GLOSSARY_SHARE * paragraphs:
        return text
    for first, end in pairs:
        # one line, as a list of "**term**: definition" lines would be; a bold line alone reads as a
        # heading over its definition (the lines below stay, blank, so every line keeps its number)
        said = " ".join(x.strip() for x in lines[first + 1 : end])
        lines[first] = f"**{lines[first].strip()}**: {said}"
        lines[first + 1 : end] = [""] * (end - first - 1)
    return "\n".join(lines)


# Quarto and Pandoc: a fenced div's marks (":::", "::: {.callout-tip}", "::::: columns") and a shortcode
# line ("{{< include _common.qmd >}}") are layout, which a rendered page does not show
_DIV_MARK = re.compile(r"^\s*(?::{3,}\s*(?:\{[^{}]*\}|[\w-]+)?\s*:*|\{\{<[^>]*>\}\})\s*$")


_BOX_TITLE = re.compile(r"""\b(?:title|text)\s*=\s*(["'])(.*?)\1""")
# a box that folds or frames notes under a title (a static site's spoiler or admonition, a Quarto
# callout): not a figure, button or video, whose title= is a caption or a label (review 82)
_BOX = re.compile(
    r"^\s*(?:\{\{<\s*(?:spoiler|details|expand|collapse|hint|admonition|tab|accordion|callout|notice|alert)\b"
    r"|:{3,}\s*\{[^{}]*\.callout)",
    re.IGNORECASE,
)


def _without_div_marks(text: str) -> str:
    """``text`` with each div mark or shortcode line blank (outside code), every line kept in place: the
    closing ":::" would otherwise run into the last item of the list above it."""
    lines = text.split("\n")
    fence = False
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        elif not fence and _DIV_MARK.match(line):
            # a box's title shows on the page ('{{<spoiler text="Arcos v Ronaasen (1933)">}}',
            # '::: {.callout-tip title="Key idea"}'): it heads what the box holds, as a bold line does
            titled = _BOX_TITLE.search(line) if _BOX.match(line) else None
            # (after a blank line only: a bold line right under a list item would join the item's text)
            apart = i == 0 or not lines[i - 1].strip()
            title = titled.group(2).strip() if titled and apart else ""
            lines[i] = f"**{title}**" if title else ""
    return "\n".join(lines)
