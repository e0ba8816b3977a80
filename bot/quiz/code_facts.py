"""Questions on code: which command does what a cheat sheet says, and what a line of code gives.

A mixin of the quiz builder (``bot.quiz.generate._Builder``). Prose makes the rest of the bank; this
reads the other half of technical notes, the code.

Commands. A command the notes annotate is a fact: a line of a fence with a comment saying what it does
(``kubectl rollout undo deployment web   # returns back to the previous revision``), or a fence of one
line under a heading or a "To …:" line that says so ("#### Add a repository" over ``helm repo add
[name] [url]``). The rivals are the same program's other commands in the same file, which a learner of
that cheat sheet has to tell apart; a command with too few siblings is not asked. Never asked:
- a comment that is not a description: a value, a note on syntax, a word or two ("inverse");
- a command of a lab or worked example (a step, not a thing to know), or one full of literals
  (hashes, addresses, tokens) that nobody learns by heart;
- a choice set where the stem's words point at the key: every rival repeats each stem word the key
  repeats, or it is not a rival;
- a rival that the notes describe the same way, or that is the key with more to it.

Results. A line whose comment is its result (``round(5.85)  # 6``) is asked "What is the result of
…?" among its neighbours' results, when the line stands alone (see ``CodeResults``).
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass

from bot.ingest import Chunk
from bot.ingest.document import section_role
from bot.ingest.entries import plain as _plain
from bot.quiz.items import QuizItem
from bot.quiz.wording import _BASE_VERBS, _item_id
from bot.text import STOPWORDS, is_word_form, names_its_answer, stem, words

# a trailing comment: '#' or '//' after the code, outside quotes
_COMMENT = re.compile(r"""^(?P<code>(?:[^#'"/]|'[^']*'|"[^"]*"|/(?!/))*?)\s+(?:#|//)\s*(?P<note>.*)$""")
_PROMPT = re.compile(r"^(?:\$|>>>|>|PS>|C:\\>|#)\s+")
# "To add a repository:" / "- To get the pods:" over a one-line fence
_TO_LEAD = re.compile(r"^(?:[-*+]\s+)?to\s+(?P<what>[a-z].*?):?$", re.IGNORECASE)
# literals nobody learns: hashes, long hex or base64, addresses, version-pinned digests
_LITERAL = re.compile(r"[0-9a-f]{12,}|[A-Za-z0-9+/]{24,}|\d+\.\d+\.\d+\.\d+|sha256:", re.IGNORECASE)
_PROGRAM = re.compile(r"^[a-z][a-z0-9_.-]*$")
# a list item named by code: "`%A`: Weekday full name", "`object.__doc__`: the documentation string"
_CODE_LABEL = re.compile(r"^`([^`]{1,40})`\s*(?::|\s[-–—]\s)\s*(\S.*)$")
# the shortest description worth a question: "all namespaces" is a label, not what a command does
_MIN_WORDS = 3
_MAX_CODE = 60
_MIN_SIBLINGS = 4  # a program with fewer described commands in a file is an example, not a cheat sheet


@dataclass(frozen=True)
class _Command:
    code: str
    note: str
    chunk: Chunk
    line: str  # the notes' line(s) that justify it, for the explanation

    @property
    def program(self) -> str:
        return self.code.split()[0]


def _core(code: str) -> str:
    """The name a code is known by: `sqrt` of ``math.sqrt(x)``, `Y` of ``%Y``, `rb` of ``rb+``; a
    command has none (its words are matched one by one)."""
    if " " in code.strip():
        return ""
    names = re.findall(r"[A-Za-z][A-Za-z0-9_]*", code.split("(")[0])
    return names[-1].lower() if names else ""


def _shortens(code: str, said: list[str]) -> bool:
    """Whether a code name is the stem's words cut short: a letter that begins one of them (`%Y`,
    "Year"), or letters taken in order from one or two of them starting with the first (`sqrt`,
    "square root")."""
    core = _core(code)
    if not core:
        return False
    for i, w in enumerate(said):
        if w in STOPWORDS and len(core) > 1:
            continue
        if len(core) == 1:
            if w[0] == core and w not in STOPWORDS:
                return True
            continue
        phrase = w + (said[i + 1] if i + 1 < len(said) else "")
        if phrase[0] == core[0] and _in_order(core, phrase):
            return True
    return False


def _in_order(letters: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in letters)


def _says_what(note: str) -> bool:
    """A list item's text that says what its code name is ("Weekday full name (Sun, Mon, ..., Sat)"),
    not a bare value ('1', '9999') or another name."""
    ws = re.findall(r"[A-Za-z]{2,}", note)
    known = [w for w in ws if is_word_form(w.lower())]
    return len(ws) >= 2 and len(known) * 3 >= len(ws) * 2 and len(note) <= 110 and "`" not in note


def _in_content(heading: tuple[str, ...]) -> bool:
    """A section to learn from: on a cheat sheet every command has a heading of its own, so the lab
    or example a command belongs to is a heading further up."""
    return all(section_role(heading[:k]) == "content" for k in range(1, len(heading) + 1))


def _content(text: str) -> set[str]:
    """Stemmed content words."""
    return {stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1}


def _echoes(stem_words: set[str], code: str) -> set[str]:
    """The stem's words a command repeats ('list' in ``helm repo list``, and 'repo' for
    'repositories': a short word a longer one begins with)."""
    parts = {p.lower() for p in re.findall(r"[A-Za-z][A-Za-z0-9]*", code) if len(p) >= 2}
    return {
        w
        for w in stem_words
        if any(
            stem(p) == w or (len(p) >= 3 and w.startswith(p)) or (len(w) >= 3 and p.startswith(w))
            for p in parts
        )
    }


def _describes(note: str) -> bool:
    """Whether a comment says what a command does in words: enough words, nearly all of them English
    ('watch pods always'), and no code or values of its own ('default=minikube', 'podlar')."""
    if re.search(r"[=<>{}\[\]$|`]|--?\w|\w\.\w|\w/\w", note):
        return False
    ws = re.findall(r"[A-Za-z]+", note)
    if len(ws) < _MIN_WORDS or len(note) > 110:
        return False
    unknown = [w for w in ws if len(w) > 2 and not is_word_form(w.lower())]
    return len(unknown) * 4 <= len(ws) and ws[0][0].isalpha()


def _says_does(note: str) -> bool:
    """A code comment that says what its line does ("returns the pods of a namespace", "Creates a
    directory"), not a remark beside it ("when pod deleted, ip also deleted", "all pods")."""
    first = note.split()[0].lower()
    if first in _BASE_VERBS:
        return True
    return (
        len(first) >= 4
        and first.endswith("s")
        and not first.endswith(("ss", "us", "is"))
        and is_word_form(first)
        and (is_word_form(first[:-1]) or is_word_form(first[:-2]))
        and note.split()[1:2] != ["and"]
    )


class CodeFacts:
    # -- commands ---------------------------------------------------------------------------------
    def _commands(self) -> list[_Command]:
        """Every described command of the notes' content sections, in order."""
        out: list[_Command] = []
        for chunk in self.chunks:
            if not _in_content(chunk.heading):
                continue
            lines = chunk.lines
            for i, ln in enumerate(lines):
                if ln.kind == "code":
                    m = _COMMENT.match(ln.raw.strip())
                    if (
                        m
                        and m.group("code").strip()
                        and _describes(m.group("note"))
                        and _says_does(m.group("note"))
                    ):
                        code = _PROMPT.sub("", m.group("code").strip())
                        out.append(_Command(code, m.group("note").strip().rstrip("."), chunk, ln.raw.strip()))
                    continue
                one_line = (
                    ln.kind == "fence"
                    and i + 2 < len(lines)
                    and lines[i + 1].kind == "code"
                    and lines[i + 2].kind == "fence"
                )
                if not one_line:
                    continue
                before = [x for x in lines[:i] if x.kind != "blank"]
                if not before:
                    note = chunk.heading[-1] if chunk.heading else ""
                else:
                    m = _TO_LEAD.match(before[-1].raw.strip())
                    note = m.group("what")[0].upper() + m.group("what")[1:] if m else ""
                if not note or not _describes(note):
                    continue
                code = _PROMPT.sub("", lines[i + 1].raw.strip())
                cm = _COMMENT.match(code)
                code = cm.group("code").strip() if cm else code
                out.append(_Command(code, note.strip().rstrip(".:"), chunk, f"{note}: {code}"))
        return [c for c in out if self._learnable(c)]

    @staticmethod
    def _learnable(c: _Command) -> bool:
        """A command a learner could know by heart: a program's name first, short, no literals."""
        return (
            bool(_PROGRAM.match(c.program))
            and len(c.code.split()) >= 2
            and len(c.code) <= _MAX_CODE
            and not _LITERAL.search(c.code)
            and "=" not in c.code.split()[0]
            and not c.code.rstrip().endswith(("\\", "|", "&&"))
        )

    def _command_items(self) -> list[QuizItem]:
        """A question per described command that has rivals among its program's commands in the same
        file and survives the word-matching check."""
        commands = self._commands()
        by_file: dict[tuple[str, str], list[_Command]] = defaultdict(list)
        for c in commands:
            by_file[(c.chunk.source, c.program)].append(c)
        notes_of: dict[tuple[str, str], set[str]] = defaultdict(set)
        for c in commands:
            notes_of[(c.chunk.source, _norm(c.code))].add(c.note.lower())
        items: list[QuizItem] = []
        seen: set[str] = set()
        groups = [(f"Which {program} command", group) for (_, program), group in by_file.items()]
        groups += self._code_label_lists()
        for asking, group in groups:
            codes = {_norm(c.code) for c in group}
            if len(codes) < _MIN_SIBLINGS:
                continue
            for c in group:
                k = _norm(c.code)
                if (c.chunk.source, k) in seen or len(notes_of[(c.chunk.source, k)]) > 1:
                    continue  # one command the notes describe two ways is not asked either way
                item = self._command_item(c, group, f"{asking} is described as “{c.note}”?")
                if item is not None:
                    seen.add((c.chunk.source, k))
                    items.append(item)
        return items

    def _code_label_lists(self) -> list[tuple[str, list[_Command]]]:
        """Lists whose items are each a name written as code and what it is ("- `%A`: Weekday full
        name", "- `math.sqrt(x)`: Returns the square root of x"): a list is a set of siblings (read
        across the chunks its section was cut into), asked in its section ("In “Formatting codes”,
        which one ...")."""
        runs: dict[tuple, list[_Command]] = defaultdict(list)
        code = "\n".join(ln.raw for c in self.chunks for ln in c.lines if ln.kind == "code")
        for chunk in self.chunks:
            if not _in_content(chunk.heading):
                continue
            for ln in chunk.lines:
                m = _CODE_LABEL.match(ln.body) if ln.kind == "item" and ln.role == "content" else None
                if m is None:
                    continue
                note = _plain(m.group(2)).strip().rstrip(".")
                callee = m.group(1).split("(")[0].strip()
                if "(" in m.group(1) and not re.search(rf"(?<![\w.]){re.escape(callee)}\(", code):
                    continue  # a function the notes list but never call: reference, where a typo hides
                if _says_what(note):
                    under = None if ln.parent is None else (chunk.id, ln.parent)
                    named = _Command(m.group(1).strip(), note, chunk, _plain(ln.body))
                    runs[(chunk.source, chunk.heading, ln.indent, under)].append(named)
        out: list[tuple[str, list[_Command]]] = []
        for (_, heading, _, _), run in runs.items():
            title = _plain(heading[-1]) if heading else ""
            named = any(names_its_answer(c.code, title) for c in run)
            if title and len(title.split()) <= 6 and not named:
                out.append((f"In “{title}”, which one", run))
            else:
                out.append(("Which one", run))
        return out

    def _command_item(self, c: _Command, group: list[_Command], prompt: str) -> QuizItem | None:
        asked = _content(c.note) - {stem(c.program)}
        mine = _content(c.code)
        tokens = set(_norm(c.code).split())
        echoed = _echoes(asked, c.code)
        rivals: dict[str, _Command] = {}
        for o in group:
            k = _norm(o.code)
            if k == _norm(c.code) or k in rivals:
                continue
            theirs = _content(o.note) - {stem(c.program)}
            if theirs == asked:
                # described the same ('Binary Reading mode' for both `rb` and `rb+`): either could be
                # meant, and leaving one out makes the other look like the answer
                return None
            if theirs >= asked or len(theirs & asked) * 2 >= max(len(theirs), len(asked)):
                # described alike ('all namespaces', 'all-namespace'), or as the key and more ('Reading
                # mode plus Writing mode' of `r+` beside 'Reading mode' of `r`): both could be right
                continue
            if tokens < set(k.split()):
                continue  # the key and more ('helm search hub [keyword]' also searches): right as well
            if not echoed <= _echoes(asked, o.code):
                continue  # it lacks a stem word the key repeats: matching words would rule it out
            rivals[k] = o
        if len(rivals) < 2:
            return None

        def closeness(o: _Command) -> tuple:
            # the key's neighbours on the sheet (the same section, the same subcommand), then those
            # described most nearly alike ('Month full name' for 'Month abbreviated name'), then the
            # most alike in code
            theirs = _content(o.code)
            return (
                o.chunk.heading[:-1] != c.chunk.heading[:-1],
                o.code.split()[:2] != c.code.split()[:2],
                -len(_content(o.note) & asked),
                -len(theirs & mine),
                _norm(o.code),
            )

        # one rival per subcommand, but for the key's own ('helm show all' beside 'helm show chart'):
        # three 'helm upgrade' variants beside 'helm pull' make the key the odd one out
        chosen: list[_Command] = []
        for o in sorted(rivals.values(), key=closeness):
            sub = o.code.split()[:2]
            if sub == c.code.split()[:2] or all(x.code.split()[:2] != sub for x in chosen):
                chosen.append(o)
        chosen = chosen[:3]
        if len(chosen) < 2:
            return None
        said = [w.lower() for w in re.findall(r"[A-Za-z]+", c.note)]
        if _shortens(c.code, said) and not any(_shortens(o.code, said) for o in chosen):
            return None  # `%Y` for "Year with century", `w` for "Writing mode", `sqrt` for "square root"
        choices = [c.code, *(o.code for o in chosen)]
        item_id = _item_id("code", c.chunk.citation, prompt, c.code)
        random.Random(int(item_id, 16)).shuffle(choices)
        return QuizItem(
            item_id,
            "code",
            prompt,
            tuple(choices),
            choices.index(c.code),
            c.line,
            c.chunk.citation,
            self.topics[c.chunk.id],
            c.chunk.id,
        )


def _norm(code: str) -> str:
    return " ".join(code.split())  # case is kept: '-A' and '-a', '%B' and '%b' are two things


# -- results ------------------------------------------------------------------------------------------
# "x = round(5.85)  # 6 (rounded up)", "print(9 | 26)   # 27": a line of code the notes show the result
# of. Asked as "What is the result of round(5.85)?" among the results of its neighbours, when the line
# stands alone: only literals and names the notes never define (a library's function, a method of a
# literal), never a variable set a few lines up or a function the notes wrote.
_ASSIGNED = re.compile(
    r"^\s*(?:const\s+|let\s+|var\s+)?(?P<name>[A-Za-z_]\w*)\s*(?::[^=]+)?=(?!=)(?P<rhs>.+)$"
)
_DEFINES = re.compile(r"\b(?:def|class|function|fn|func|for|let|const|var)\s+([A-Za-z_]\w*)")
_IMPORTS = re.compile(r"^\s*(?:import\s+([\w.]+)|from\s+[\w.]+\s+import\s+(.+))")
_STRING = re.compile(r"""'[^'\\]*'|"[^"\\]*\"""")
_IDENT = re.compile(r"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
_NUMBER = r"-?\d+(?:\.\d+)?(?:e-?\d+)?"
# a result as the notes write it, before any remark: a number, a quoted or bare word, a short literal
_RESULT = re.compile(
    rf"^(?:output\s*:?\s*)?(?P<value>{_NUMBER}|'[^']*'|\"[^\"]*\"|\[[^\]]*\]|\([^)]*\)|[A-Za-z][\w-]{{0,30}})"
    r"(?:\s*(?:\(.*\)|≈.*|->.*|,.*))?$",
    re.IGNORECASE,
)
_PRINTS = re.compile(r"^(?:print|console\.log|println|puts|echo)\s*\((?P<inner>.*)\)\s*;?$")


def _shape(value: str) -> str:
    """What kind of value a result is, so that rivals are of its kind: '-6' beside '5', never 'JOHN'."""
    if re.fullmatch(r"-?\d+", value):
        return "int"
    if re.fullmatch(_NUMBER, value):
        return "float"
    if value[:1] in "[(":
        return "list"
    return "text"


@dataclass(frozen=True)
class _Result:
    expr: str
    value: str
    chunk: Chunk
    line: str
    at: int  # position in the file's code, for nearness

    @property
    def shape(self) -> str:
        return _shape(self.value)


def _result_of(raw: str) -> tuple[str, str] | None:
    """(expression, result) of a code line whose comment is its result, else None."""
    m = _COMMENT.match(raw.strip())
    if not m or not m.group("code").strip():
        return None
    code, note = m.group("code").strip().rstrip(";"), m.group("note").strip()
    r = _RESULT.match(note)
    if not r:
        return None
    value = r.group("value").strip()
    if value.lower() in ("true", "false", "none", "null", "nil", "undefined", "output", "result", "error"):
        return None  # a yes-or-no is a coin toss; a word like 'output' is no result
    a = _ASSIGNED.match(code)
    expr = a.group("rhs").strip() if a else code
    p = _PRINTS.match(expr)
    expr = p.group("inner").strip() if p else expr
    return expr, value


def _echoed_by_the_shell(raw: str, following: str) -> tuple[str, str] | None:
    """(expression, result) of an interactive session's line (``>>> len('abc')`` over ``3``)."""
    line, shown = raw.strip(), following.strip()
    if not line.startswith(">>> ") or not shown or shown.startswith((">>>", "...")):
        return None
    r = _RESULT.fullmatch(shown)
    if not r or r.group("value") != shown:
        return None  # a result with a remark after it, or a traceback
    return _result_of(f"{line[4:]}  # {shown}")


def _stands_alone(expr: str, defined: set[str], imported: set[str]) -> bool:
    """Whether a reader can work ``expr`` out from itself: it computes something (a call or an
    operator) from literals, the library's names (imported, or never defined in the notes) and
    methods of literals; no variable or function the notes set up elsewhere."""
    bare = _STRING.sub("S", expr)
    if not re.search(r"\w\(|[-+*/%^|&<>]", bare) or len(expr) > 50:
        return False
    for m in _IDENT.finditer(bare):
        name = m.group()
        root = name.split(".")[0]
        if root == "S" and m.start() > 0 and bare[m.start() - 1 : m.start()] in "'\"":
            continue
        after = bare[m.end() :].lstrip()
        if root in defined:
            return False
        if "." in name and root not in imported and root != "S":
            return False  # 'd1.strftime(...)': a value from elsewhere
        if "." not in name and not after.startswith("(") and root != "S":
            return False  # a bare name: a variable
    return True


class CodeResults:
    def _results(self) -> list[_Result]:
        by_file: dict[str, list[Chunk]] = defaultdict(list)
        for chunk in self.chunks:
            by_file[chunk.source].append(chunk)
        out: list[_Result] = []
        for chunks in by_file.values():
            code = [_PROMPT.sub("", ln.raw.strip()) for c in chunks for ln in c.lines if ln.kind == "code"]
            defined = {m.group(1) for ln in code for m in _DEFINES.finditer(ln)}
            defined |= {
                m.group("name") for ln in code if (m := _ASSIGNED.match(_COMMENT.sub(r"\g<code>", ln)))
            }
            imported: set[str] = set()
            for ln in code:
                m = _IMPORTS.match(ln)
                if m and m.group(1):
                    imported.add(m.group(1).split(".")[0])
                elif m:
                    imported |= {n.split(" as ")[-1].strip() for n in m.group(2).split(",")}
            defined -= imported
            at = 0
            for c in chunks:
                if not _in_content(c.heading):
                    continue
                lines = c.lines
                for i, ln in enumerate(lines):
                    if ln.kind != "code":
                        continue
                    at += 1
                    after = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].kind == "code" else None
                    found = _result_of(ln.raw) or _echoed_by_the_shell(ln.raw, after.raw if after else "")
                    if (
                        found
                        and _stands_alone(found[0], defined, imported)
                        and not _shows(found[0], found[1])
                    ):
                        out.append(_Result(found[0], found[1], c, ln.raw.strip(), at))
        return out

    def _result_items(self) -> list[QuizItem]:
        results = self._results()
        items: list[QuizItem] = []
        for r in results:
            rivals: dict[str, _Result] = {}
            for o in sorted(
                (o for o in results if o.chunk.source == r.chunk.source and o.shape == r.shape),
                key=lambda o: (o.chunk.heading != r.chunk.heading, abs(o.at - r.at)),
            ):
                v = o.value.strip("'\"")  # 'John', 'JOHN' and 'john' are three results
                if v == r.value.strip("'\"") or v in rivals or _same_number(o.value, r.value):
                    continue
                if not _plausible(o.value, r) or not _operands(o.expr) & _operands(r.expr):
                    continue  # a rival from a line on other inputs ('4.0' of sqrt(16) for sin(0.5*pi))
                rivals[v] = o
            chosen = [o.value for o in list(rivals.values())[:3]]
            if len(chosen) < 2:
                continue
            if _likeness(r.value, r.expr) > max(_likeness(v, r.expr) for v in chosen) + 1:
                continue  # 4.567 for round(4.56678, 3) among 1.0 and 3.14: the one that looks like it
            prompt = f"What is the result of {r.expr}?"
            choices = [r.value, *chosen]
            item_id = _item_id("code", r.chunk.citation, prompt, r.value)
            if r.shape in ("int", "float"):
                choices.sort(key=float)  # numbers read best in order, as a teacher sets them
            else:
                random.Random(int(item_id, 16)).shuffle(choices)
            items.append(
                QuizItem(
                    item_id,
                    "code",
                    prompt,
                    tuple(choices),
                    choices.index(r.value),
                    r.line,
                    r.chunk.citation,
                    self.topics[r.chunk.id],
                    r.chunk.id,
                )
            )
        return items


def _numbers(expr: str) -> list[str]:
    return re.findall(r"(?<![\w.])-?\d+(?:\.\d+)?", _STRING.sub("", expr))


def _plausible(value: str, r: _Result) -> bool:
    """Whether a neighbour's result could pass for this line's: a number of a sign the line's own
    numbers allow (no -6 for floor(5.56)), of about its size (no 148.4 for sqrt(16))."""
    if r.shape not in ("int", "float"):
        return True
    v, k = float(value), float(r.value)
    if v < 0 and not any(n.startswith("-") for n in _numbers(r.expr)) and k >= 0:
        return False
    return r.shape != "float" or not (k and v) or 0.1 <= abs(v / k) <= 10


def _operands(expr: str) -> set[str]:
    """What a line works on, loosely: its strings in any case ('john' of 'JOHN'.lower()) and the whole
    part of its numbers (5 of -5.56 and of 5.678). Neighbours on the same operands make rivals a
    learner could mistake for the result: floor, ceil and trunc of -5.56, 9 & 26 beside 9 | 26."""
    out = {m.group()[1:-1].lower() for m in _STRING.finditer(expr)}
    out |= {str(int(abs(float(n)))) for n in _numbers(expr)}
    return out


def _likeness(value: str, expr: str) -> int:
    """How many leading characters a result shares with a number the line holds ('4.567' with
    '4.56678': four)."""
    best = 0
    for n in _numbers(expr):
        k = 0
        while k < min(len(n), len(value)) and n[k] == value[k]:
            k += 1
        best = max(best, k)
    return best


def _shows(expr: str, value: str) -> bool:
    """Whether the expression has its result written in it ('str(5)' is '5')."""
    bare = value.strip("'\"")
    return bool(re.search(rf"(?<![\w.]){re.escape(bare)}(?![\w.])", expr))


def _same_number(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return False
