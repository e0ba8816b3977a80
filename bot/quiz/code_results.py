"""Questions on what a line of code gives: "What is the result of math.floor(-5.56)?".

A mixin of the quiz builder (``bot.quiz.generate._Builder``), beside ``code_facts`` (commands). A line
whose comment is its result (``x = round(5.85)  # 6 (rounded up)``, ``print(9 | 26)   # 27``) or an
interactive session's line over the result it printed (``>>> 'ada'.title()`` / ``'Ada'``) is asked
among the results of its neighbours on the same operands, when the line stands alone: only literals
and names the notes never define (a library's function, a method of a literal), never a function the
notes wrote. A variable set to a literal a few lines up in the same block, and not changed since, is
restated in the question ("With prime = [2, 3, 5, 7], what is the result of prime[:2]?"). The
patterns below read code the way ``bot/ingest`` reads markdown: by the syntax common languages share
(assignments, definitions, imports, a print call), never by what the code is about.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from bot.ingest import Chunk
from bot.quiz.code_facts import _COMMENT, _NEAREST, _PROMPT, _in_content
from bot.quiz.items import QuizItem
from bot.quiz.wording import RESULT_OF

_ASSIGNED = re.compile(
    r"^\s*(?:const\s+|let\s+|var\s+)?(?P<name>[A-Za-z_]\w*)\s*(?::[^=]+)?=(?!=)(?P<rhs>.+)$"
)
_DEFINES = re.compile(r"\b(?:def|class|function|fn|func|for|let|const|var)\s+([A-Za-z_]\w*)")
_IMPORTS = re.compile(r"^\s*(?:import\s+([\w.]+)|from\s+[\w.]+\s+import\s+(.+))")
_STRING = re.compile(r"""'[^'\\]*'|"[^"\\]*\"""")
_IDENT = re.compile(r"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
_NUMBER = r"-?\d+(?:\.\d+)?(?:e-?\d+)?"
# a result as the notes write it: a number, a quoted or bare word, or a bracketed literal (read by
# ``_value``, which balances brackets), then at most a remark after a space: "6 (rounded up)",
# "0.5235987755982988 ≈ 30°"
_RESULT = re.compile(
    rf"^(?:output\s*:?\s*)?(?P<value>{_NUMBER}|'[^']*'|\"[^\"]*\"|[A-Za-z][\w-]{{0,30}})"
    r"(?:\s+(?:\(.*\)|≈.*|->.*))?$",
    re.IGNORECASE,
)
# a draw: its result is one run of many ("random", "shuffle", "sample")
_CHANCE = re.compile(r"random|shuffl|\bsample|\bchoice", re.IGNORECASE)
# a number taken whole: "131072" is one number, never "13" then "1072" (which backtracks without end)
_ONE_NUMBER = rf"{_NUMBER}(?![\d.])"
# a value written out: a number, a string, or brackets of numbers and strings ("[2, 3, 5, 7]")
_LITERAL = re.compile(
    rf"""(?:{_ONE_NUMBER}|'[^'\\]*'|"[^"\\]*"|[\[({{](?:\s*(?:{_ONE_NUMBER}|'[^'\\]*'|"[^"\\]*"|[\[\](){{}}:,]))*\s*[\])}}])"""
)
# after a name, what writes to it: an assignment to it or to an item of it, plain, augmented or chained
# ("x = …", "x[0][1] = 9", "x **= 2", "v[0] += 3", "x ||= y"), a step ("n++") or a push ("x << 4")
_WRITES = r"(?:\s*\[[^\]]*\])*\s*(?:(?:\*\*|//|>>|<<|\|\||&&|\?\?|[-+*/%&|^@:])?=(?!=)|\+\+|--|<<)"
# before a name, what rebinds or removes it: "del x", "++n", "… as x"
_REBINDS = r"(?:\bdel\s+|\+\+|--|\bas\s+)"
# a loop that binds a name: "for x in", "for i, x in", "for (const x of xs)", not "for v in x"
_LOOPS = r"\bfor\b(?:(?!\b(?:in|of)\b)[^:])*(?<![\w.]){n}(?!\w)(?:(?!\b(?:in|of)\b)[^:])*\b(?:in|of)\b"
_MOST_GIVEN = 2  # names set above a line a question may restate for it ("With x = 45.5 and y = 54.5, …")
_LONGEST_GIVEN = 60  # a longer value is data to read; two of them keep the stem under the gate's 230
_LONGEST_RESULT = 40  # a longer result is data to read, not an answer to pick
_LONGEST_LINE = 300
_PRINTS = re.compile(r"^(?:print|console\.log|println|puts|echo)\s*\((?P<inner>.*)\)\s*;?$")


def _shape(value: str) -> str:
    """What kind of value a result is, so that rivals are of its kind: '-6' beside '5', never 'JOHN'."""
    if re.fullmatch(r"-?\d+", value):
        return "int"
    if re.fullmatch(_NUMBER, value):
        return "float"
    if value[:1] in "[(":
        return "list"
    if value[:1] == "{":
        # '{1, 9}' of odd - prime beside '{2}' of prime - odd; a dict is no set's rival, nor a list
        return "dict" if ":" in _STRING.sub("", value) else "set"
    return "text"


@dataclass(frozen=True)
class _Result:
    expr: str
    value: str
    chunk: Chunk
    line: str
    at: int  # position in the file's code, for nearness
    given: tuple[str, ...] = ()  # "prime = [2, 3, 5]": the lines above it that set the names it reads

    @property
    def shape(self) -> str:
        return _shape(self.value)

    @property
    def worked_on(self) -> str:
        """The line with what it reads: the numbers of ``x = 45.5`` count as the line's own."""
        return "; ".join([*self.given, self.expr])

    @property
    def operands(self) -> set[str]:
        """What the line works on: its literals' and the names it was given ('prime' of prime[:3] and
        of prime[5:], two slices of one list)."""
        return _operands(self.expr) | _names_set_by(self.given)


def _balanced(text: str) -> bool:
    """Whether every bracket of ``text`` (outside quotes) is closed, in order."""
    pairs, stack = {")": "(", "]": "[", "}": "{"}, []
    for ch in _STRING.sub("S", text):
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs and (not stack or stack.pop() != pairs[ch]):
            return False
    return not stack


def _value(note: str) -> str | None:
    """The result a comment shows, or None when it shows something else: a bracketed literal whole
    ('[[3, 4], [1, 2]]', not '[[3, 4]'), a number, a quoted or bare word; never a tuple written
    bare ('3, 2' of divmod), nor a comment holding another comment."""
    if "#" in note or "//" in note or len(note) > 120:
        return None
    if note[:1] in "[({":
        depth = 0
        for i, ch in enumerate(note):
            depth += ch in "[({"
            depth -= ch in "])}"
            if depth == 0:
                value, rest = note[: i + 1], note[i + 1 :]
                remark = rest[:1].isspace() and not rest.lstrip().startswith(",")
                return value if _balanced(value) and (not rest.strip() or remark) else None
        return None
    r = _RESULT.match(note)
    return r.group("value").strip() if r else None


def _result_of(raw: str) -> tuple[str, str] | None:
    """(expression, result) of a code line whose comment is its result, else None."""
    if len(raw) > _LONGEST_LINE:
        return None
    m = _COMMENT.match(raw.strip())
    if not m or not m.group("code").strip() or not _balanced(m.group("code")):
        return None  # 'round(7.5) // 2, ...': a floor division, not a comment
    code, note = m.group("code").strip().rstrip(";"), m.group("note").strip()
    value = _value(note)
    if value is None or len(value) > _LONGEST_RESULT:
        return None
    if value.lower() in ("true", "false", "none", "null", "nil", "undefined", "output", "result", "error"):
        return None  # a yes-or-no is a coin toss; a word like 'output' is no result
    a = _ASSIGNED.match(code)
    expr = a.group("rhs").strip() if a else code
    p = _PRINTS.match(expr)
    expr = p.group("inner").strip() if p else expr
    if _shape(value) == "text" and value[:1] not in "'\"" and not _from_its_strings(value, expr):
        return None  # '# multiplication' beside 10 * 3 names the operation; 'John' of 'john' is its result
    return expr, _spaced(value)


def _spaced(value: str) -> str:
    """A bracketed result written as its rivals are: '[2,3,5]' beside '[13, 17, 19]' would stand out
    by its spacing alone."""
    if value[:1] not in "[({" or "'" in value or '"' in value:
        return value
    return re.sub(r"\s*([,:])\s*(?![\])}])", r"\1 ", value)


def _from_its_strings(word: str, expr: str) -> bool:
    """Whether a bare word result is made of the line's own strings ('John' of 'john'.capitalize())."""
    strings = [m.group()[1:-1].lower() for m in _STRING.finditer(expr)]
    return any(word.lower() in s or s in word.lower() for s in strings if s)


def _echoed_by_the_shell(raw: str, following: str) -> tuple[str, str] | None:
    """(expression, result) of an interactive session's line (``>>> len('abc')`` over ``3``)."""
    line, shown = raw.strip(), following.strip()
    if not line.startswith(">>> ") or not shown or shown.startswith((">>>", "...")):
        return None
    if _value(shown) != shown:
        return None  # a result with a remark after it, or a traceback
    return _result_of(f"{line[4:]}  # {shown}")


def _stands_alone(
    expr: str, defined: set[str], imported: set[str], given: frozenset[str] = frozenset()
) -> bool:
    """Whether a reader can work ``expr`` out from itself and the values ``given`` it (names a line
    just above set to a literal, which the question restates): it computes something (a call, an
    operator, an index into a given name) from literals, those names, the library's names (imported,
    or never defined in the notes) and methods of literals; no other variable or function the notes
    set up elsewhere."""
    bare = _STRING.sub("S", expr)
    indexed = any(re.search(rf"(?<![\w.]){re.escape(n)}\s*\[", bare) for n in given)
    if not (re.search(r"\w\(|[-+*/%^|&<>]", bare) or indexed) or len(expr) > 50:
        return False
    if re.search(r"(?<![=!<>])=(?!=)", bare):
        return False  # "even[-1] = 10": a change to a value, not a value
    for m in _IDENT.finditer(bare):
        name = m.group()
        root = name.split(".")[0]
        if root == "S" and m.start() > 0 and bare[m.start() - 1 : m.start()] in "'\"":
            continue
        after = bare[m.end() :].lstrip()
        if root in given:
            continue
        if root in defined:
            return False
        if "." in name and root not in imported and root != "S" and not root[:1].isupper():
            # 'd1.strftime(...)': a value from elsewhere; a capitalised name the notes never define
            # is a library's own ('Math.floor(-5.5)', 'Integer.parseInt("42")')
            return False
        if "." not in name and not after.startswith("(") and root != "S":
            return False  # a bare name: a variable
    return True


def _track(line: str, set_to: dict[str, str], shown: bool = False) -> None:
    """Keep ``set_to`` (name -> the line that set it to a literal) up to date past one line of code: a
    literal assigned at the block's own level sets a name; any other line that may change it unsets it
    (a write, a rebinding, a tuple's "a, b = b, a", a method called on a list or other bracket anywhere
    on the line, a list handed on whole, "y = x" or "shuffle(x)", on a line that shows no result). A
    string or a number is changed only by a write: "data.index('John')" keeps data. The writes are
    looked for in the whole line: "n //= 3" is no comment."""
    if re.match(r"^\s*(?:#|//|\.\.\.\s*$)", line):
        return  # "# x = 10": a line commented out sets nothing
    code = _COMMENT.sub(r"\g<code>", line).rstrip().rstrip(";")
    note = _COMMENT.match(line)
    ambiguous = note is not None and "//" in line and re.fullmatch(r"[-\w.()]+", note.group("note").strip())
    a = _ASSIGNED.match(code)
    if (
        a
        and not code[:1].isspace()  # "if …:" / "    x = 10": set only when the branch is taken
        and not ambiguous  # "x = 7 // 2": a floor division, not a comment
        and len(code) <= _LONGEST_GIVEN
        and _LITERAL.fullmatch(a.group("rhs").strip())
    ):
        set_to[a.group("name")] = f"{a.group('name')} = {a.group('rhs').strip()}"
        return
    if len(line) > _LONGEST_LINE:
        set_to.clear()  # a line too long to read for what it changes may change anything
        return
    # "a, b = b, a", "[a, b] = [b, a]", "(p, q) = (q, p)": every name on the left is bound anew
    unpacks = re.match(r"^\s*[\[(]?\s*(?:\w+\s*,\s*)+\w+\s*[\])]?\s*=(?!=)", code)
    for name, was in list(set_to.items()):
        n = re.escape(name)
        if not re.search(rf"(?<![\w.]){n}(?!\w)", line):
            continue
        mutable = was.split(" = ", 1)[1][:1] in "[({"
        if (
            re.search(rf"(?<![\w.]){n}{_WRITES}", line)
            or re.search(rf"{_REBINDS}{n}(?!\w)", line)
            or re.search(_LOOPS.format(n=n), line)
            or (unpacks and re.search(rf"(?<![\w.]){n}(?!\w)", unpacks.group()))
            or (mutable and re.search(rf"(?<![\w.]){n}(?:\s*\[[^\]]*\])*\s*\.\s*\w+\s*\(", line))
            or (mutable and not shown and re.search(rf"(?:=|\(|,)\s*{n}\s*(?:[,)]|$)", code))
            or re.search(rf"(?<![\w.]){n}\s*\.\s*\w+!", line)  # Ruby's "s.upcase!"
        ):
            del set_to[name]


def _names_set_by(given: tuple[str, ...]) -> frozenset[str]:
    """The names the lines ``given`` set ('prime' of "prime = [2, 3, 5]")."""
    return frozenset(_ASSIGNED.match(g).group("name") for g in given)


def _given(expr: str, set_to: dict[str, str]) -> tuple[str, ...]:
    """The lines that set the names ``expr`` reads, in the order it reads them; () when it reads none
    or more than a question can restate."""
    bare = _STRING.sub("S", expr)
    read = [n for n in dict.fromkeys(m.group().split(".")[0] for m in _IDENT.finditer(bare)) if n in set_to]
    if len(read) > _MOST_GIVEN:
        return ()
    return tuple(set_to[n] for n in read)


class CodeResults:
    def _results(self) -> list[_Result]:
        """Every line of the notes' content sections that shows its result and stands alone, except
        where the result is a draw ('random.randint(1, 10)  # 7'): a section or a call about chance
        shows one run of many."""
        by_file: dict[str, list[Chunk]] = defaultdict(list)
        for chunk in self.chunks:
            by_file[chunk.source].append(chunk)
        out: list[_Result] = []
        for chunks in by_file.values():
            code = [
                _PROMPT.sub("", ln.raw.strip())
                for c in chunks
                for ln in c.lines
                if ln.kind == "code" and len(ln.raw) <= _LONGEST_LINE
            ]
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
                set_to: dict[str, str] = {}  # names this block set to a literal, and the line that did
                margin: int | None = None
                for i, ln in enumerate(lines):
                    if ln.kind != "code":
                        set_to.clear()  # a new block of code is a new example
                        margin = None
                        continue
                    if margin is None:  # the block's own level: a fence inside a list item is indented
                        margin = len(ln.raw) - len(ln.raw.lstrip())
                    at += 1
                    after = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].kind == "code" else None
                    found = _result_of(ln.raw) or _echoed_by_the_shell(ln.raw, after.raw if after else "")
                    given = _given(found[0], set_to) if found else ()
                    names = _names_set_by(given)
                    if (
                        found
                        and _stands_alone(found[0], defined, imported, names)
                        and not _shows(found[0], found[1])
                        and not _CHANCE.search(" ".join([found[0], *c.heading]))
                    ):
                        out.append(_Result(found[0], found[1], c, ln.raw.strip(), at, given))
                    own = ln.raw[margin:] if not ln.raw[:margin].strip() else ln.raw.lstrip()
                    _track(re.sub(r"^(?:>>>|\$|>|PS>)\s", "", own.rstrip()), set_to, found is not None)
        return out

    def _result_items(self) -> list[QuizItem]:
        """A question per result line with at least two fair rivals among its neighbours' results."""
        results = self._results()
        by_kind: dict[tuple[str, str], list[_Result]] = defaultdict(list)
        for r in results:
            by_kind[(r.chunk.source, r.shape)].append(r)
        place = {id(r): i for kin in by_kind.values() for i, r in enumerate(kin)}
        items: list[QuizItem] = []
        for r in results:
            if _recased(r.worked_on, r.value):
                continue  # asked, 'JOHN' of 'john'.upper() is told by the call's name; a rival, it is fair
            if any(_spaced(g.split(" = ", 1)[1]).strip("'\"") == r.value.strip("'\"") for g in r.given):
                continue  # prime[:] of "prime = [2, 3, 5]": the stem would show its result; a rival, fair
            rivals: dict[str, _Result] = {}
            kin = by_kind[(r.chunk.source, r.shape)]
            at = place[id(r)]
            near = kin[max(0, at - _NEAREST // 2) : at + _NEAREST // 2]  # thousands of lines stay fast
            for o in sorted(near, key=lambda o: (o.chunk.heading != r.chunk.heading, abs(o.at - r.at))):
                v = o.value.strip("'\"")  # 'John', 'JOHN' and 'john' are three results
                if v == r.value.strip("'\"") or v in rivals or _same_number(o.value, r.value):
                    continue
                if not _plausible(o.value, r) or not o.operands & r.operands:
                    continue  # a rival from a line on other inputs ('4.0' of sqrt(16) for sin(0.5*pi))
                rivals[v] = o
            chosen = [o.value for o in list(rivals.values())[:3]]
            if len(chosen) < 2:
                continue
            if _likeness(r.value, r.worked_on) > max(_likeness(v, r.worked_on) for v in chosen) + 1:
                continue  # 4.567 for round(4.56678, 3) among 1.0 and 3.14: the one that looks like it
            prompt = f"{RESULT_OF[0].upper()}{RESULT_OF[1:]} {r.expr}?"
            if r.given:
                # "With prime = [2, 3, 5, 7], what is the result of prime[:3]?": the example's values
                prompt = f"With {' and '.join(r.given)}, {RESULT_OF} {r.expr}?"
            numbers = r.shape in ("int", "float")
            items.append(self._code_item(r.chunk, prompt, r.value, chosen, r.line, ordered=numbers))
        return items


def _numbers(expr: str) -> list[str]:
    """The numbers written in a line, outside its strings."""
    return re.findall(r"(?<![\w.])-?\d+(?:\.\d+)?", _STRING.sub("", expr))


def _plausible(value: str, r: _Result) -> bool:
    """Whether a neighbour's result could pass for this line's: a number of a sign the line's own
    numbers allow (no -6 for floor(5.56)), of about its size (no 148.4 for sqrt(16))."""
    if r.shape not in ("int", "float"):
        return True
    v, k = float(value), float(r.value)
    if v < 0 and not any(n.startswith("-") for n in _numbers(r.worked_on)) and k >= 0:
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


# a method named for the case it gives: upper(), lower(), toUpperCase(), casefold(), upcase …
_CASE_CALL = re.compile(r"\.(?:to)?(?:upper|lower|up|down)(?:case)?\w*\(|\.casefold\(", re.IGNORECASE)


def _recased(expr: str, value: str) -> bool:
    """Whether the result is one of the line's strings in all capitals or all small letters
    ('JOHN' of 'john'.upper()): the call is named for what it does to the case, and its name gives the
    result away; 'John' of 'john'.capitalize() is a question."""
    bare = value.strip("'\"")
    if not bare or not (bare.isupper() or bare.islower()) or not _CASE_CALL.search(expr):
        return False
    strings = [m.group()[1:-1] for m in _STRING.finditer(expr)]
    return any(s != bare and s.lower() == bare.lower() for s in strings)


def _same_number(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return False
