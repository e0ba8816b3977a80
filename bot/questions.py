"""Question understanding: is it a comparison or a lookup, and which things is it about?

Entities resolve through the glossary built from the notes. A compared side that names nothing the
notes know (no glossary entity, no word the notes ever use) is kept as an unknown entity: that is how
"step functions vs eventbridge" is recognised as outside the notes before any retrieval score is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from bot.glossary import SET_OUT_KINDS, Entity, Glossary
from bot.text import (
    QUALIFIERS,
    QUESTION_WORDS,
    STOPWORDS,
    is_code_name,
    is_common_word,
    is_jargon,
    key,
    stem,
    words,
)

Intent = Literal["comparison", "lookup"]

# Where one compared thing ends and the next begins ("a vs b", "a or b", "between a and b", "a / b").
_SIDE_SPLIT = re.compile(
    r"\s+(?:vs\.?|versus|or|and|over|compared\s+(?:to|with)|instead\s+of|rather\s+than|basically|just|"
    r"(?:the\s+)?same\s+as|similar\s+to)\s+|\s+/\s+|\s*[,;:?]+\s*|\s+[-\u2013\u2014]+\s+|\s+v\s+",
    re.IGNORECASE,
)
# A side that opens like a clause ("or is that redundant", "or do i need sns") names no thing.
_CLAUSE_START = frozenset(
    """is are was were be do does did can could should would will shall may might must that this it its
    i you we they he she there what how why when which who whom if then so just also even""".split()
)
_PREPOSITIONS = frozenset(
    ["for", "to", "in", "with", "on", "at", "from", "by", "into", "of", "about", "when", "while"]
)
_COMPARE_CUES = re.compile(
    r"\b(?:vs\.?|versus|v|or|differ\w*|diff|compare\w*|comparison|between|similar|basically|same|"
    r"better|which|together|instead|over|alternative|rather|pick|choose|when\s+to\s+use|who\s+does\s+what|"
    r"like|unlike|just|the\s+way|same\s+as|equivalent|version|counterpart|analog\w*|rank\w*)\b|/",
    re.IGNORECASE,
)
_EQUIVALENT_CUES = re.compile(
    r"\b(?:equivalent|version|counterpart|alternative|analog\w*|like|similar|replacement)\b", re.IGNORECASE
)


@dataclass
class ParsedQuestion:
    """What the answerer needs: the cleaned text, intent, known entities and unknown names."""

    text: str
    intent: Intent
    entities: list[Entity] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    content_terms: list[str] = field(default_factory=list)  # stemmed topic words
    # other names a compared side also used ("ecs ec2 mode": ECS (EC2) and EC2 mode), by entity key
    also: dict[str, set[str]] = field(default_factory=dict)
    # sides whose entity names only part of what was typed, by entity key: "generator expression"
    # read as "Expression" is only right if the notes say "generator expression" somewhere
    partial: dict[str, str] = field(default_factory=dict)
    # sides that may carry the list's shared head noun ("loop" in "loop or thiazide diuretics"), by key
    shared: dict[str, str] = field(default_factory=dict)

    def with_shared_heads(self, said: set[str]) -> ParsedQuestion:
        """Sides read with the shared head noun where the notes write that phrase ("loop diuretics")."""
        swap = {k: _asked_entity(p) for k, p in self.shared.items() if p in said}
        return replace(self, entities=[swap.get(e.key, e) for e in self.entities], shared={})

    def without_partial(self, missing: list[str]) -> ParsedQuestion:
        """The question with the partly named sides the notes never write taken as unknown names."""
        gone = {k for k, head in self.partial.items() if head in missing}
        return replace(self._as_unknown(gone, missing), partial={})

    def without_sides(self, absent: list[Entity]) -> ParsedQuestion:
        """The question with sides the notes never write taken as unknown names."""
        return self._as_unknown({e.key for e in absent}, [e.name for e in absent])

    def _as_unknown(self, keys: set[str], names: list[str]) -> ParsedQuestion:
        entities = [e for e in self.entities if e.key not in keys]
        return replace(self, entities=entities, unknown=[*self.unknown, *names])

    def keys_for(self, entity: Entity) -> set[str]:
        return {entity.key, *self.also.get(entity.key, ())}

    @property
    def entity_names(self) -> list[str]:
        return [e.name for e in self.entities] + self.unknown


def clean_question(text: str, limit: int = 500) -> str:
    """Collapse whitespace, drop code blocks, cap the length the engine reads. (A chat front end removes
    its own syntax, such as Discord's mentions, before the question gets here.)"""
    text = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:limit]


def _content_words(text: str) -> list[str]:
    return [
        w
        for w in words(text)
        if w not in STOPWORDS and w not in QUESTION_WORDS and not w.isdigit() and len(w) > 1
    ]


Says = Callable[[str], bool]
_BETWEEN = re.compile(r"\b(?:between|among|compare|comparing|rank|ranking)\s+", re.IGNORECASE)
# A typed name: letters, digits and the marks code and formulas keep ("json.dumps", "@property", "k3s").
_TYPED = re.compile(r"[@*]*[A-Za-z0-9\u00c0-\u024f][\w.+'\u00c0-\u024f-]*(?:\(\))?")
_FILLER = frozenset("every each one ones some thing things way ways another other others".split())
MAX_SIDES = 4


@dataclass
class Side:
    """One compared thing as the learner typed it, and what the notes call it."""

    text: str  # the side of the question
    head: str  # the name it gives, as typed
    entity: Entity | None = None
    unknown: bool = False
    partial: bool = False  # the entity names only part of the head ("Expression" in "generator expression")
    shared: str = ""  # the side with the list's head noun, when the notes have no term for it


def _never(phrase: str) -> bool:
    return False


def parse_question(text: str, glossary: Glossary, says: Says = _never) -> ParsedQuestion:
    """``says`` tells whether some passage of the notes writes a phrase ("special revelation",
    "goodness of fit"): a side keeps the words around its name that the notes write with it."""
    text = clean_question(text)
    matches = glossary.find(text)
    entities = [m.entity for m in matches]
    content = _content_words(text)
    cue = bool(_COMPARE_CUES.search(text))

    unknown: list[str] = []
    also: dict[str, set[str]] = {}
    partial: dict[str, str] = {}
    shared: dict[str, str] = {}
    sides = _sides(text, glossary, says) if cue else []
    if len([s for s in sides if s.entity or s.unknown]) >= 2:
        chosen = list({s.entity.key: s.entity for s in sides if s.entity is not None}.values())
        entities = chosen[:MAX_SIDES]
        unknown = [s.head for s in sides if s.unknown][:MAX_SIDES]
        for side in sides:
            if side.entity is not None and side.entity in entities:
                also[side.entity.key] = _also_named(
                    side.text, side.entity, glossary, {e.key for e in entities}
                )
                if side.partial:
                    partial[side.entity.key] = side.head
                if side.shared:
                    shared[side.entity.key] = side.shared
    else:
        entities = [e for e in entities if e.key not in glossary.prefixes] or entities
        # "max size of a single dynamodb item": "single" is bold once in the notes, but typed in lower
        # case an everyday word is the question's English, not a second thing asked about
        entities = [e for e in entities if not _everyday_word(e, text)] or entities
        if not entities:
            # "why does cyclohexane sit in the chair conformation": terms the notes set out in bold,
            # tables or headings name the subject even when they are not capitalised names
            # ("what did malthus argue": a person asked of by the surname the notes write in full)
            surnamed = [e for e in map(glossary.surnamed, re.findall(r"[\w'’-]+", text)) if e is not None]
            entities = surnamed[:1] or _terms_in(text, glossary) or _compounds_in(text, glossary)
        unknown = _unknown_names(text, glossary)
        if entities and not unknown:
            # "how does myasthenia gravis affect the NMJ" over notes that never name the disease: the
            # thing asked about is a term of art the notes lack, whatever else they cover
            unknown = _unwritten_terms(text, glossary)[:1]
        if not entities and not unknown and content:
            # "max size of a dynamodb item" in notes that never say DynamoDB: the thing asked about is a
            # name the notes lack, even if "size" and "item" appear in them
            # ("piaget's": the name without its possessive; "ospf": four letters no word has, its
            # consonants run as an acronym's do, after any longer one)
            bare = [re.sub(r"['’]s$", "", w) for w in content]
            unwritten = [w for w in bare if not glossary.knows_word(w) and not glossary.near_word(w)]
            jargon = [w for w in unwritten if is_jargon(w)] + [
                w for w in unwritten if len(w) == 4 and _ACRONYM_TYPED.fullmatch(w) and not is_common_word(w)
            ]
            if jargon:
                unknown.append(jargon[0])
            elif not any(glossary.knows_word(w) for w in content):
                unknown.append(_name_of(text))

    # "what is the X version of Kafka": the notes' own "Kafka ~ Y" mapping answers it
    # (the other thing named, "the X version", is only where the counterpart lives)
    mapped = [e for e in entities if e.related]
    if len(mapped) == 1 and len(entities) <= 2 and not unknown and _EQUIVALENT_CUES.search(text):
        for name in sorted(mapped[0].related):
            related = glossary.lookup(name)
            if related is not None and related not in entities and "/" not in related.name:
                entities = [mapped[0], related]
                break

    intent: Intent = "comparison" if (len(entities) + len(unknown) >= 2 and cue) else "lookup"
    return ParsedQuestion(text, intent, entities, unknown, [stem(w) for w in content], also, partial, shared)


def _sides(text: str, glossary: Glossary, says: Says = _never) -> list[Side]:
    """The compared things, one per side of "a vs b", "a, b and c", "between a and b"."""
    m = _BETWEEN.search(text)
    body = text[m.end() :] if m else text
    parts = re.split(f"({_SIDE_SPLIT.pattern})", body, flags=re.IGNORECASE)
    # "@property over getter and setter methods": when another word already splits the sides, "and"
    # joins words inside one side; "cloudfront and global accelerator together or is that redundant"
    # has no such word (its "or" opens a clause), so there "and" splits
    primary = any(
        re.search(r"[a-z]", parts[i], re.IGNORECASE)
        and not re.fullmatch(r"\s*and\s*", parts[i], re.IGNORECASE)
        and i + 1 < len(parts)
        and not _opens_clause(parts[i + 1])
        for i in range(1, len(parts), 2)
    )
    if primary:
        merged = [parts[0]]
        for i in range(1, len(parts), 2):
            if re.fullmatch(r"\s*and\s*", parts[i], re.IGNORECASE):
                merged[-1] += parts[i] + parts[i + 1]
            else:
                merged += [parts[i], parts[i + 1]]
        parts = merged
    pieces: list[str] = []
    delims: list[str] = []
    for i in range(0, len(parts), 2):
        if parts[i] and parts[i].strip():
            pieces.append(parts[i])
            delims.append(parts[i - 1] if i else "")
    if len(pieces) < 2:
        return []
    # "floor vs ceil vs trunc in the math module, esp for negative numbers": a piece after a comma
    # with no "vs/or/and" after it is a trailing remark, not a compared thing (unless it names one)
    worded = [bool(re.search(r"[a-z]", d, re.IGNORECASE)) for d in delims]
    trailing = [
        i > 0 and not worded[i] and not any(worded[i + 1 :]) and not (m and i == len(pieces) - 1)
        for i in range(len(pieces))
    ]
    out: list[Side] = []
    listed = [i for i in range(len(pieces)) if not trailing[i]]
    last_head = _read_side(pieces[listed[-1]], False, glossary, says=says) if listed else None
    for i, piece in enumerate(pieces):
        side = _read_side(piece, i == 0 and m is None, glossary, trailing=trailing[i], says=says)
        if side is None and last_head is not None and i < listed[-1] and len(words(piece)) == 1:
            # "real vs nominal interest rate": 'real', alone an everyday qualifier, is the other side's
            # kind when the notes name "real interest rate"
            named = _with_head_noun(Side(piece, piece.strip(), None), last_head, glossary, says)
            side = named if named.entity is not None else None
        if side is not None and last_head is not None and i < listed[-1]:
            side = _with_head_noun(side, last_head, glossary, says)
        if side is not None and not any(
            (side.entity is not None and o.entity is side.entity) or key(o.head) == key(side.head)
            for o in out
        ):
            out.append(side)
    if len(out) >= 2 and out[-1].partial and len(words(out[0].head)) == 1:
        out[-1].partial = False  # "static vs dynamic site-to-site vpn": two kinds of the one thing
    last = out[-1] if len(out) >= 2 else None
    if (
        last is not None
        and (last.unknown or (last.entity is not None and last.entity.kinds == {"asked"}))
        and len(last.head.split()) >= 2
        and all(len(words(o.head)) == 1 for o in out[:-1])
        and not says(last.head)
        # (the word left off is a head noun, not a short name of letters, which a side keeps)
        and re.fullmatch(r"[A-Za-z]{4,}", noun := last.head.rsplit(" ", 1)[1]) is not None
        and glossary.lookup(noun) is None
        and says(shorter := last.head.rsplit(" ", 1)[0])
    ):
        # "derivational vs inflectional morphemes" over notes that write "Derivational:" and
        # "Inflectional:", never "inflectional morphemes": the head noun is the pair's, and each side is
        # its first word (a side the notes never write matched no line and was left out)
        out[-1] = Side(last.text, shorter, _asked_entity(shorter))
    return out[:MAX_SIDES]


def _opens_clause(piece: str) -> bool:
    first = words(piece)[:1]
    return bool(first) and (
        first[0] in _CLAUSE_START or first[0] in QUESTION_WORDS and first[0].startswith("wh")
    )


def _with_head_noun(side: Side, last: Side, glossary: Glossary, says: Says = _never) -> Side:
    """ "single, multiple and hierarchical inheritance": the last side's head noun is shared."""
    own, tail = words(side.head), words(last.head)
    if len(own) != 1 or len(tail) < 2:
        return side
    # "real vs nominal interest rate": the head may be more than one word ("real interest rate"), the
    # longest the notes name first
    ent, phrase = None, f"{side.head} {tail[-1]}"
    for k in range(1, len(tail)):
        longer = " ".join([side.head, *tail[k:]])
        ent = glossary.lookup(longer)
        if ent is not None and ent.key not in glossary.prefixes:
            phrase = longer
            break
        if (side.entity is None or side.entity.kinds == {"asked"}) and says(longer):
            # "general vs special revelation": notes in lower case write "general revelation" as no term
            return Side(side.text, longer, _asked_entity(longer))
    if ent is None or ent.key in glossary.prefixes:
        if side.entity is not None and "name" not in side.entity.kinds:
            side.shared = phrase  # "loop or thiazide diuretics": "loop diuretics", if the notes say so
        return side
    return Side(side.text, phrase, ent)


def _is_filler(token: str) -> bool:
    if len(token) == 1 and token.isupper() and token != "I":
        return False  # "vitamin A", "E vs Z": a letter typed as a name
    ws = words(token)
    return not ws or all(
        w in STOPWORDS or w in QUESTION_WORDS or w in _FILLER or w in QUALIFIERS or w.isdigit() for w in ws
    )


def _read_side(
    piece: str, first: bool, glossary: Glossary, trailing: bool = False, says: Says = _never
) -> Side | None:
    tokens = _TYPED.findall(piece)
    if not tokens:
        return None
    first_word = words(tokens[0])[:1]
    clause = trailing or (
        bool(first_word)
        and (
            first_word[0] in _CLAUSE_START
            or first_word[0] in QUESTION_WORDS
            and first_word[0].startswith("wh")
        )
    )
    if first:
        # the side before "vs" ends with its name: "compare chiral", "is a pod" -> "chiral", "pod"
        run: list[str] = []
        for j in range(len(tokens) - 1, -1, -1):
            tok = tokens[j]
            joins = tok.lower() in ("and", "&") and run and j > 0 and not _is_filler(tokens[j - 1])
            if _is_filler(tok) and not joins:
                break
            run.insert(0, tok)
        head_tokens = _said_with(run[-4:], tokens[: len(tokens) - len(run)], says, before=True)
        clause = False
    else:
        i = 0
        while i < len(tokens) and _is_filler(tokens[i]):
            i += 1
        if trailing and i > 0:
            return None  # "- which ones break my code": a remark, even if a word of it is a term
        head_tokens = []
        rest = tokens[i:]
        for j, tok in enumerate(rest):
            joins = (
                tok.lower() in ("and", "&")
                and head_tokens
                and j + 1 < len(rest)
                and not _is_filler(rest[j + 1])
            )
            if (_is_filler(tok) and not joins) or (
                head_tokens and words(tok)[:1] and words(tok)[0] in _PREPOSITIONS
            ):
                break
            head_tokens.append(tok)
        head_tokens = _said_with(head_tokens[:4], rest[len(head_tokens) :], says, before=False)
        head_tokens = _said_with(head_tokens, tokens[:i], says, before=True)
    if not head_tokens:
        return None
    head = " ".join(head_tokens)
    if len(head_tokens) == 1 and is_code_name(head):
        # "json.dumps" is not "JSON": a code name is what it says, if the notes write it
        exact = glossary.lookup(head)
        if exact is not None and key(exact.name) == key(head):
            return Side(piece, head, exact)
        if glossary.mentions_literally(head):
            return Side(piece, head, _asked_entity(head))
    entity = _entity_for(head, glossary)
    if entity is None and not clause:
        # "share one sqs queue": the side names a thing of the notes after a verb
        entity = _main_entity([m for m in glossary.find(piece) if m.entity.key not in glossary.prefixes])
    if entity is None and clause:
        return None  # "which one actually lets people in": a clause, unless it names a known thing
    if entity is not None:
        return Side(piece, head, entity, partial=_names_more(head, entity, glossary))
    if _known_phrase(head_tokens, glossary):
        return Side(piece, head, _asked_entity(head))
    if clause or len(head_tokens) > 3 or not _names_something_else(head_tokens, glossary):
        return None
    return Side(piece, _name_of(head) or head, None, unknown=True)


def _said_with(head: list[str], beside: list[str], says: Says, before: bool) -> list[str]:
    """The name with the words next to it that the notes write with it: a qualifier before it
    ("special revelation"), or a small word and a word ("decision under risk", "goodness of fit"),
    on the side ``beside`` lies (at most two words, and four in all)."""
    if not head or not beside:
        return head
    for n in (2, 1):
        near = beside[-n:] if before else beside[:n]
        if len(near) < n or len(head) + n > 4 or any(not words(t) for t in near):
            continue
        small = [t for t in near if words(t)[0] in STOPWORDS]
        # one qualifier ('special'), or a small word between the name and a word ('under risk')
        shaped = (n == 1 and words(near[0])[0] in QUALIFIERS) or (
            n == 2 and len(small) == 1 and (near[1] if before else near[0]) in small
        )
        if not shaped or any(words(t)[0] in QUESTION_WORDS for t in near):
            continue
        joined = [*near, *head] if before else [*head, *near]
        if says(" ".join(joined)):
            return joined
    return head


def _names_more(head: str, entity: Entity, glossary: Glossary) -> bool:
    """The typed name adds to the entity's a word that is itself a term of the notes ("generator" in
    "generator expression" for Expression): perhaps a different thing the notes never name."""
    named = {stem(w) for n in (entity.name, *entity.aliases) for w in words(n)}
    ws = [w for w in words(head) if not _is_filler(w)]
    extra = [i for i, w in enumerate(ws) if stem(w) not in named]
    # exactly one word, right before the name: a qualifier making it another kind of thing
    return extra == [0] and len(ws) >= 2 and glossary.is_term_word(ws[0])


def _everyday_word(entity: Entity, text: str) -> bool:
    """A one-word name the notes only emphasised, typed in lower case, that a dictionary has."""
    name = entity.name
    return (
        " " not in name
        and not entity.kinds & SET_OUT_KINDS
        and re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is not None
        and name not in text
        and is_common_word(name.lower())
    )


def _entity_for(head: str, glossary: Glossary) -> Entity | None:
    """The glossary's thing for a side's name: a name match first, then any term of the notes."""
    found = glossary.find(head)
    best = _main_entity([m for m in found if m.entity.key not in glossary.prefixes])
    if best is not None:
        return best
    completed = glossary.complete(head)  # "requiredDuringScheduling" for the notes' longer name
    if completed is not None:
        return completed
    surnamed = glossary.surnamed(head)  # "malthus" for 'Thomas Malthus'
    if surnamed is not None:
        return surnamed
    toks = words(head)
    for n in range(len(toks), 0, -1):
        for i in range(len(toks) - n + 1):
            span = toks[i : i + n]
            if span[0] in STOPWORDS or span[-1] in STOPWORDS or (n == 1 and span[0] in QUESTION_WORDS):
                continue
            ent = glossary.lookup(" ".join(span))
            if ent is not None and ent.key not in glossary.prefixes and (n == len(toks) or n >= 2):
                return ent
    return None


def _terms_in(text: str, glossary: Glossary, limit: int = 2) -> list[Entity]:
    """Glossary terms of any kind named in the text, longest first, at most ``limit``."""
    toks = words(text)
    taken = [False] * len(toks)
    found: list[Entity] = []
    for n in range(min(4, len(toks)), 0, -1):
        for i in range(len(toks) - n + 1):
            span = toks[i : i + n]
            if any(taken[i : i + n]) or span[0] in STOPWORDS or span[-1] in STOPWORDS:
                continue
            if n == 1 and (span[0] in QUESTION_WORDS or len(span[0]) < 4):
                continue
            ent = glossary.lookup(" ".join(span))
            if ent is None or ent.key in glossary.prefixes or ent in found or "generic" in ent.kinds:
                continue
            found.append(ent)
            for j in range(i, i + n):
                taken[j] = True
    return found[:limit]


def _known_phrase(tokens: list[str], glossary: Glossary) -> bool:
    """Every word of the name is one the notes use (or a small typo or short form of one), and a
    typed compound ("twist-boat", "k3s") is one the notes write."""
    for tok in tokens:
        if re.search(r"[-.]|\d", tok.strip("*@()")) and not glossary.knows_compound(tok.strip("*@().")):
            ws = words(tok)
            if not all(glossary.knows_word(w) for w in ws if len(w) > 1) or any(c.isdigit() for c in tok):
                return False
            if "-" in tok:
                return False
        for w in words(tok):
            if w in STOPWORDS or w.isdigit() or len(w) == 1:
                continue
            if not (glossary.knows_word(w) or glossary.near_word(w)):
                return False
    return True


def _names_something_else(tokens: list[str], glossary: Glossary) -> bool:
    """An unknown side names a thing, not an everyday word the notes happen not to use: a word no
    dictionary has, a typed compound or name, or an unknown kind of a noun whose kinds the notes name
    ("fischer projection" where the notes teach "Newman projection")."""
    ws = [w for tok in tokens for w in words(tok) if w not in STOPWORDS and len(w) > 1]
    unknown = [w for w in ws if not (glossary.knows_word(w) or glossary.near_word(w))]
    if any(re.search(r"[-.]|\d|[a-z][A-Z]", tok.strip("*@().")) for tok in tokens):
        return True
    if not unknown:
        return False
    if any(is_jargon(w) or not is_common_word(w) for w in unknown) or (
        len(ws) >= 2 and len(unknown) == len(ws)
    ):
        return True
    # "fischer projection", "list comprehension": a name of several words, one of which the notes
    # never use, is a thing they do not teach (everyday qualifiers like "plain" were dropped before)
    return len(ws) >= 2


def _compounds_in(text: str, glossary: Glossary) -> list[Entity]:
    """A typed compound the notes write as typed ("what is c-command", "k3s"), or a term of art they
    write ("what is a supernode"): the thing asked about, looked up where the notes write it, though no
    heading or bold sets it out (its words alone matched too weakly, and the question was refused)."""
    for tok in _TYPED.findall(text):
        tok = tok.strip(".'")
        # (a word with a hyphen or digits in it, not a number: "my /28 has less than I thought")
        if re.search(r"[a-z]-[a-z]|[a-z]\d|\d[a-z]", tok, re.IGNORECASE) and glossary.knows_compound(tok):
            return [Entity(tok, kinds={"asked", "literal"})]
    for w in words(text):
        if is_jargon(w) and w in glossary.vocabulary:
            return [_asked_entity(w)]
    return []


def _unwritten_terms(text: str, glossary: Glossary) -> list[str]:
    """Runs of the question's words that no dictionary has and the notes never write, nor anything
    near them ("myasthenia gravis"): terms of art the notes do not teach."""
    runs: list[list[str]] = [[]]
    for w in words(text):
        if w not in STOPWORDS and not glossary.knows_word(w) and not glossary.near_word(w) and (
            is_jargon(w) or (runs[-1] and not is_common_word(w))
        ):
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    return [" ".join(r) for r in runs if r and any(is_jargon(w) for w in r)]


# "ospf", "hsrp": four letters with three consonants running, an acronym typed in lower case
_ACRONYM_TYPED = re.compile(r"[a-z]*[^aeiouy\W\d]{3}[a-z]*")


def _asked_entity(head: str) -> Entity:
    """A thing the notes discuss without naming it as a term ("tuple", "loop diuretic"): the side is
    looked up by its words, and passages that use them are its evidence."""
    name = re.sub(r"\s+", " ", head.strip("?!.,;:")).strip()
    return Entity(name, kinds={"asked", "literal"} if is_code_name(name) else {"asked"})


def _unknown_names(text: str, glossary: Glossary) -> list[str]:
    """Names typed like names (CamelCase, letters with digits) that the notes never write."""
    out = []
    for tok in _TYPED.findall(text):
        bare = tok.strip("*@().")
        camel = re.search(r"[a-z][A-Z]", bare) is not None
        mixed = re.search(r"[A-Za-z]", bare) is not None and re.search(r"\d", bare) is not None
        if not (camel or mixed) or len(bare) < 3:
            continue
        if (
            glossary.knows_compound(bare)
            or glossary.lookup(bare) is not None
            or glossary.knows_word(key(bare))
        ):
            continue
        out.append(bare)
    return out[:2]


def _also_named(side: str, main: Entity, glossary: Glossary, compared: set[str]) -> set[str]:
    """Multi-word names the side also contains that share words with its main one."""
    matches = glossary.find(side, overlapping=True)
    spans = [(m.start, m.end) for m in matches if m.entity.key == main.key]
    if not spans:
        return set()
    a, b = spans[0]
    return {
        m.entity.key
        for m in matches
        if m.entity.key not in compared and len(m.entity.name.split()) >= 2 and m.start < b and m.end > a
    }


def _main_entity(matches: list) -> Entity | None:
    """The thing a side is about: the longest name in it, the rarer one on a tie."""
    if not matches:
        return None
    best = max(matches, key=lambda m: (m.end - m.start, len(m.entity.name.split()), -len(m.entity.chunks)))
    return best.entity


def _name_of(side: str) -> str:
    """The thing a side names: its words up to the first preposition, at most three."""
    picked: list[str] = []
    for typed in re.findall(r"[A-Za-z0-9][\w'-]*", side):  # as typed: "ec2", not "ec 2"
        w = typed.lower()
        if w in _PREPOSITIONS and picked:
            break
        if w not in STOPWORDS and w not in QUESTION_WORDS and not w.isdigit():
            picked.append(typed)
    return " ".join(picked[:3])


_FOLLOW_UP = re.compile(
    r"^\s*(?:and|also|plus|or|vs\.?|versus|same\s+for|what\s+about|how\s+about|and\s+what\s+about)\b",
    re.IGNORECASE,
)
# The engine reads this much of a question; the front ends tell the user when they typed more.
MAX_QUESTION_CHARS = 500


def is_follow_up(text: str) -> bool:
    """'and kinesis?', 'what about fifo?': a line that only makes sense after the previous question."""
    return bool(_FOLLOW_UP.match(text))


def merge_follow_up(pq: ParsedQuestion, previous: ParsedQuestion) -> ParsedQuestion:
    """Read a follow-up in the context of the question it replies to.

    "and kinesis?" after "sqs vs sns" becomes a three-way comparison; "what about fifo?" after "what is
    sqs" keeps SQS and adds its words. A follow-up that names its own entities and is a full question
    stands on its own.
    """
    if pq.entities and not is_follow_up(pq.text) and len(words(pq.text)) > 6:
        return pq
    merged = list(previous.entities)
    for e in pq.entities:
        if e not in merged:
            merged.append(e)
    unknown = [u for u in pq.unknown if u not in previous.unknown]
    added_things = bool(pq.entities) or bool(unknown)
    intent: Intent = (
        "comparison"
        if (previous.intent == "comparison" or added_things) and len(merged) + len(unknown) >= 2
        else "lookup"
    )
    terms = list(dict.fromkeys(pq.content_terms + ([] if added_things else previous.content_terms)))
    text = pq.text if not merged else f"{pq.text} ({', '.join(e.name for e in merged)})"
    return ParsedQuestion(text, intent, merged, unknown, terms, {**previous.also, **pq.also})
