"""Facts read off list items and paragraphs: labelled definitions, statements about a named thing, runs of
definitions, sections that say what their subject is, and "X ~ Y" lines.

A mixin of the quiz builder (``bot.quiz.generate._Builder``): its methods read the notes and the
state the builder sets up in ``__init__``."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from bot.glossary import SET_OUT_KINDS
from bot.ingest import Chunk
from bot.ingest.document import course_label, section_role
from bot.ingest.entries import Entry, sentences, split_label
from bot.ingest.entries import plain as _plain
from bot.ingest.units import looks_like_code
from bot.quiz.facts import _Fact
from bot.quiz.wording import (
    _ADVERBS,
    _ASPECT_LABELS,
    _ASPECT_OF,
    _AUX,
    _BACKREF,
    _BASE_VERBS,
    _BOLD,
    _BRACKETED,
    _CLAUSE,
    _COUNTED_WORDS,
    _COUNTS_ITS_KINDS,
    _CUT_SHORT,
    _DANGLING,
    _DEFINES_ITSELF,
    _DEFINES_WHAT,
    _DEFINING,
    _DETERMINERS,
    _ENUMERATED,
    _FIELD_LABELS,
    _FILING_HEADING,
    _FRAGMENT_OPENERS,
    _GENUS_END,
    _GLOSS,
    _HEADING_DEFINES,
    _IF_NEED,
    _IT,
    _LEAD_IN,
    _LIKENESS,
    _NUMBER_START,
    _NUMBER_WORDS,
    _ORDINAL_START,
    _OWN_SUBJECT,
    _PAGE_OR_PART,
    _PAREN_AFTER,
    _PARTICIPLE_PHRASE,
    _PAST_VERBS,
    _PLACEHOLDER,
    _PLURAL_AUX,
    _POSITION,
    _POSSIBLE,
    _PROCEDURE,
    _PRONOUN_START,
    _QUANTITY_OF,
    _QUESTION_HEADING,
    _SENTENCE_VERBS,
    _SIZE,
    _SPLICED,
    _STUDY,
    _THEY_ARE,
    _TOC,
    _USE,
    _VAGUE,
    _VAGUE_GENUS,
    _VAGUE_TERMS,
    _VS,
    CONDITION_OPENERS,
    EXAMPLES_OF,
    VOCABULARY_RUN,
    _attribute_head,
    _capitalised,
    _clean_heading,
    _clean_name,
    _contains_phrase,
    _counted_lead,
    _everyday,
    _first_word,
    _genus_of,
    _head,
    _holds_run,
    _kind_in_lead,
    _kind_of,
    _lead_in_lists_no_things,
    _leads_in,
    _longer_subject,
    _nested,
    _phrase_stems,
    _plural_attribute,
    _recap,
    _remark,
    _sentence_case_lower,
    _sentence_like,
    _stem_set,
    _title_stems,
    _topic_parts,
    _unquote,
    _unref,
    _vocabulary_size,
    heading_lead,
    is_when,
)
from bot.text import (
    STOPWORDS,
    has_verb_forms,
    is_common_word,
    is_dictionary_word,
    is_participle,
    key,
    maps_with_tilde,
    stem,
    terms,
    trim_end,
    words,
)
from bot.text import singular as _singular

# what closes a list line before its words go into a quote: a full stop, a colon, a list's comma
_CLOSING = ".;:,…"

# a person a short line speaks of, whom it does not name (lower case: 'He' and 'His' are symbols too)
_SOMEONE = re.compile(r"\b(?:she|her|hers|him|he|his)\b")
# the writer's own sample or a placeholder for the reader's ("In my friends pool", "your name here")
_SAMPLE = re.compile(r"\b[Yy]our (?:name|own|email|username|password)\b|^In my\b")
# "$$E=\frac{F}{q}$$" on the lines under a definition: a formula of its own, not the sentence's end
_DISPLAY_MATH = re.compile(r"\$\$.*?\$\$", re.DOTALL)

# a lead-in's last word that names no kind ("… the significance of the following items:")
_ANY_KIND = frozenset("things items points terms questions examples notes words names ones".split())
# the small words inside a name ("Sec. of State", "Charles de Gaulle")
_NAME_GLUE = frozenset(("of", "the", "de", "da", "van", "von", "la", "le", "del", "y"))
# a topic's words in a label: a possessive, a preposition or a conjunction ("Truman's Rhetoric",
# "Ignored by Women", "Scope of Laws"), not a term's ("Spatial Agnosia", "Open Door Policy")
_TOPIC_WORDS = re.compile(r"['’]s\b|&|\b(?:of|by|for|and|in|on|to|the|with|from|as|at)\b", re.IGNORECASE)

# "It is (virtually) impossible to ...", "It is clear that ...": "it" stands for the clause after, not
# for the thing named before
_EXPLETIVE = re.compile(
    r"^(?:\w+ly\s+)?(?:not\s+)?(?:possible|impossible|necessary|unnecessary|important|essential|crucial|"
    r"vital|likely|unlikely|clear|true|false|recommended|advisable|common|worth|known|thought|said|"
    r"believed|assumed|estimated)\s+(?:to|that)\b",
    re.IGNORECASE,
)

# words after which a plural is a noun ('of amino acids', 'the requests', 'many pages')
_BEFORE_NOUNS = frozenset(
    "of the for with to from in on by at all many some these those their its two three several".split()
)

# a definition list: this many labelled lines in a row, each a short name over a line of what it is
_DEFINITION_RUN = 3
# "Unary 1": a name and the number it counts itself off by
_COUNT_GLOSS = re.compile(r"(.*[A-Za-z].*?)\s+(\d{1,2})")


def _titled(titles: dict[str, str], name: str) -> str | None:
    """The heading (by its key in ``titles``) that names ``name``, in either number."""
    k = key(name)
    return titles.get(k) or titles.get(k + "s") or (titles.get(k[:-1]) if k.endswith("s") else None)


def _plural_head(name: str) -> bool:
    """'Nodes of Ranvier': a name whose head is the plural of a word ('node'), not 'Pancreas'."""
    head = _attribute_head(name)
    return _plural_attribute(name) and bool(head) and is_dictionary_word(head.lower()[:-1])


def _contrasted(made: list[tuple[str, str, str]]) -> list[str]:
    """The subjects of one sentence's clauses when it says the same kind of thing of each
    ("HTTP uses pull, SMTP uses push": one verb, two subjects, two objects), else []."""
    subjects = list(dict.fromkeys(subj for subj, _, _ in made))
    verbs = {pred.split()[0].lower() for _, _, pred in made if pred.split()}
    preds = {pred.lower() for _, _, pred in made}
    if len(subjects) < 2 or len(subjects) != len(made) or len(verbs) != 1 or len(preds) != len(made):
        return []
    return subjects


# nouns of a thing among others of a whole, which their "of" names ("a part of the midbrain")
_WHOLE_OF = frozenset(stem(w) for w in "part set group collection combination kind type form".split())
# what follows a participle, not a noun ('involved in', 'made up', 'located near'; not 'lining that')
_AFTER_PARTICIPLE = (STOPWORDS - {"that", "which", "who", "whose"}) | frozenset(
    "near along across around within inside outside behind beside between below above under over up".split()
)
_COUNT_WORDS = _NUMBER_WORDS | {"several", "many", "more"}
# "**2. Axon Structure:** Long, thin processes …" beside "**3. Microtubules:** …": a chapter's numbered
# topics in bold, headings in all but name; asked among each other they mix kinds (an axon, a protein
# polymer, transport: graded BAD)
_NUMBERED_LABEL = re.compile(r"^(?:\*\*|__)\d{1,2}[.)]\s")
# a bracketed aside in a label: "(Mobitz II)", "(optional)"
_ASIDE = re.compile(r"\s*\([^()]*\)")


def _bold_label(entry: Entry) -> bool:
    """Whether a line opens with its label in bold ("**Polemarch** - senior military title")."""
    return entry.text.lstrip().startswith(("**", "__"))


def _written_lower(name: str, sentence: str) -> bool:
    """Whether ``sentence`` writes ``name`` in lower case, as a common noun ('river water'), not as a
    name ('the Mitochondrion')."""
    m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence, re.IGNORECASE)
    return m is not None and m.group(0)[:1].islower()


# "In which the C1 binding complex binds …", "Whereby …": a label's line that goes on from it as a clause
_RELATIVE_OPENING = re.compile(
    r"^(?:in|by|through|from|for|with|on|at|to)\s+(?:which|whom)\b|^(?:whereby|wherein)\b", re.IGNORECASE
)

# a demonstrative before a noun ("this attack", "these enzymes"): a sentence about what came before
# ("in this way" says how, and "this is" points at nothing in particular)
_POINTS_BACK = re.compile(r"\b(?:this|these|such)\s+(?!(?:is|are|was|were|way)\b)[a-z]{3,}", re.IGNORECASE)
# a line that says what the change its lead-in names brings about ("Leading to anemia, …")
_BRINGS_ABOUT = re.compile(r"(?:leading|resulting|giving\s+rise)\s+(?:to|in)\b", re.IGNORECASE)
# a line that opens with a name in bold and goes on in words of its own ("**Decreased water intake**
# leading to …"; not a label the reader refused, "**Everyone else:** silence")
_BOLD_OPENING = re.compile(r"^\s*(?:\*\*|__)([A-Za-z][^*_:]{1,60}?)(?:\*\*|__)(?=\s+[a-z])")


def _bold_body(entry: Entry) -> bool:
    """Whether what a line says after its label holds bold ("Key battles: **Thermopylae, Salamis**")."""
    return re.search(r"\*\*|__", entry.body) is not None


# a label written as lower-case words cut short, ending in a full stop ('pos.', 'neg.', 'no.rel.'; a
# file name or a call, 'setup.py', 'os.path', never ends in one)
_SHORTHAND = re.compile(r"[a-z]{1,5}\.(?:[a-z]{1,5}\.)?")


def _shorthand(label: str) -> bool:
    """'pos.', 'no.rel.': lower-case words cut short, one of three letters or more no word, ending in a
    full stop ('q.d.', 'sp.', 'aq.' are a field's own abbreviations, of a letter or two, and stay)."""
    if not _SHORTHAND.fullmatch(label):
        return False
    return any(len(p) >= 3 and not is_dictionary_word(p) for p in label.split(".") if p)


# "Operant conditioning is everywhere", "Memory is fallible": a heading that states a point in a word
# (not "What firings do to potters", "Drugs that are contraindicated", "If x is negative")
_CLAIM = re.compile(
    r"^(?!(?:what|how|why|which|when|where|who|if|once|while|unless|so)\b)"
    r"(?:(?!\b(?:that|which|who|whose|where|when|if)\b)[\w'-]+\s+){1,4}(?:is|are)\s+[\w'-]+$",
    re.I,
)


# a note-taker's words about the notes themselves: where lines come from, how much they matter
_NOTE_TAKING = frozenset(
    "handout handouts textbook book slides slide lecture lectures lecturer teacher professor prof tutor "
    "reading readings notes exam exams revision important useful interesting optional stuff things bits "
    "forgetting forget remember worth".split()
)
# words that join a line to the one before it ("In contrast:", "According to Darwin:", "Unlike plants:")
_CONNECTIVES = frozenset(
    "according unlike besides compared contrast however moreover furthermore additionally meanwhile "
    "finally firstly secondly thirdly lastly similarly conversely instead otherwise".split()
)
# the words a list weighs one thing up by ('Performance Benefits', 'Major Drawback', 'Key Limitation')
_VERDICTS = frozenset(
    "benefit advantage disadvantage drawback downside upside limitation weakness strength pro con "
    "merit demerit shortcoming caveat".split()
)


def _of_another_kind(kind: str, names: list[str]) -> bool:
    """Whether most of a list's names end on one noun the kind does not say ('Bond' under a kind
    'exchange rate'): three or more, and more than half of the list ('Equal Temperament' and
    'Meantone Temperament' beside 'Pythagorean Tuning' are tuning methods named alike). A short name
    ('AD') or a word that may be a participle ('Compute Optimized') says no kind."""
    ends = [ws[-1] for n in names if (ws := _BRACKETED.sub(" ", n).split())]
    if not ends or not words(kind):
        return False
    common, count = Counter(stem(e.lower()) for e in ends).most_common(1)[0]
    word = next(e for e in ends if stem(e.lower()) == common)
    if not word.isalpha() or word.isupper() or word.lower().endswith(("ed", "ing")):
        return False
    return count >= 3 and count * 2 > len(names) and common not in {stem(w.lower()) for w in words(kind)}


# "Big C", "Small λ", "Large k": how large a variable is set, a setting of it, not a thing's name
_SIZE_OF_A_VARIABLE = re.compile(
    r"(?:big|small|large|high|low|higher|lower|larger|smaller|bigger|tiny|huge)\s+(?:[A-Za-z]|[\u0370-\u03ff])",
    re.IGNORECASE,
)


def _says_another_kind(desc: str, term: str, kind: str) -> bool:
    """Whether a line opens by naming its label's kind by the label's own last word, one the kind
    does not say: "Samuri Bond - A foreign bond issued in Japan" is a bond, whatever the heading."""
    ws = _BRACKETED.sub(" ", term).split()
    if not ws or not ws[-1].isalpha() or ws[-1].isupper() or len(ws[-1]) < 3:
        return False
    head = ws[-1].lower()
    opens = re.match(rf"(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}(?:s|es)?\b", desc, re.IGNORECASE)
    return opens is not None and stem(head) not in {stem(w.lower()) for w in words(kind)}


# a line that ends on the thing its list tells apart: "… whether the contract is...", "A cell can be:"
_KIND_BEFORE_LIST = re.compile(
    r"\b(?:the|a|an|each|every)\s+(?P<noun>[A-Za-z]{3,})\s+(?:is|can\s+be|may\s+be)\s*(?:\.\.\.|…|:)\s*$",
    re.IGNORECASE,
)


# a line's opening term in bold, after an article at most ("The **Marxist** lens …", "**arrays** are …")
_LEAD_BOLD = re.compile(
    r"^\s*(?:(?:the|a|an)\s+)?(?:\*\*|__)([^*_\n]{1,40}?)(?:\*\*|__)\s+(?=[a-z])", re.IGNORECASE
)
# the verb a bold-led line says its term is something by
_STATES = re.compile(r"(?:is|are|was|were)\s", re.IGNORECASE)


# small words that are no verb of a line, an auxiliary ('is', 'are') aside
_STOPWORDS_NOT_AUX = STOPWORDS - _AUX

# examples in code after a comma at a line's end: ", `[T]`, `str`"
_CODE_TAIL = re.compile(r"(?:\s*,\s*`[^`\n]+`)+\s*[.;]?\s*$")


# a heading or lead line that a list of situations follows: "Use TCP When:", "Choose SQL if"
_CONDITIONS_FOLLOW = re.compile(r"\b(?:when|if)\W*$", re.IGNORECASE)


def _lead_line(entry: Entry, entries: list[Entry]) -> Entry | None:
    """The nearest line above ``entry`` that is no list item: what leads its list in, if anything."""
    return next((e for e in reversed(entries[: entry.index]) if not e.item), None)


# the last word of a label that makes a remark of its line ("**Historical note:** McKinsey pioneered …",
# "**Israeli examples:** Osherod, Ami Levi"), not a name
_REMARK_HEADS = frozenset("example examples tip tips reminder reminders caveat caveats aside".split())
# "Quick method: Leads I and II", "Easy way: …": a shortcut the writer offers for the thing above, not a
# term of its own ('Scientific method' is one); asked, its line said nothing alone (graded BAD twice,
# medicine notes, r331 and r338)
_SHORTCUT = re.compile(
    r"(?:quick|quicker|quickest|easy|easier|easiest|simple|simpler|fast|faster|short|shortcut|handy)\s+"
    r"(?:methods?|ways?|tricks?|approach|rules? of thumb|check)",
    re.IGNORECASE,
)
# a time told by the one before it ("- Week 1-2: …" then "- Following weeks: …", "- Later stages: …",
# "- Final stage: …"): a step of one plan, which names nothing alone
_RELATIVE_TIME = re.compile(
    r"(?:following|later|final|next|subsequent|remaining|previous|earlier)\s+"
    r"(?:weeks?|days?|months?|years?|stages?|phases?|steps?|rounds?|periods?)",
    re.IGNORECASE,
)
# ... and a note that says what kind of remark it is ('Historical note'; 'Passing note' is a name)
_REMARK_NOTE = re.compile(
    r"(?:historical|side|quick|important|final|general|extra|additional|personal|brief|short)\s+notes?",
    re.IGNORECASE,
)
# a noun and one of these is a clause ("**Tension exists:** …", "**Order matters** — …"), not a name
_CLAUSE_VERBS = frozenset(
    "exists matters happens occurs applies arises emerges persists varies depends helps".split()
)


# "If a pod does not tolerate this effect, it can not run on the node": a condition and the main clause
# it governs, a whole sentence (a subject and a helping verb after the comma); "when the price rises"
# alone is a fragment
_CONDITIONAL = re.compile(
    rf"^{CONDITION_OPENERS}\s[^,;]{{3,120}},\s+(?:\w+\s+){{0,3}}?"
    r"(?:is|are|was|were|can|cannot|can't|could|will|won't|would|should|must|may|might|does|do|did)\s",
    re.IGNORECASE,
)


# a label that marks the writer's own aside ("MY: …", "IMO: …", "My take: …", "Note to self: …"), not a
# term: what follows is an opinion or a reminder, not what the notes teach (graded BAD, r337)
_OWN_ASIDE = re.compile(
    r"(?:my|imo|imho|personally|note to self|my (?:take|thoughts?|opinion|view|notes?|comment))",
    re.IGNORECASE,
)


def _under_advice(entry: Entry, entries: list[Entry]) -> bool:
    """Whether a list item sits under an item that titles its sub-list as a heading of study advice or
    of the exam would ("Exam Domains" over "People - 42% of exam, 14 tasks"): what the exam weighs, not
    what the notes teach (six such items graded trivia, project-management notes, r333)."""
    at = entry.parent
    while at is not None:
        title = _plain(entries[at].text).strip().rstrip(":").strip()
        if 0 < len(title.split()) <= 5 and section_role((title,)) == "advice":
            return True
        at = entries[at].parent
    return False


# a one-word label over this many lines of the notes is a field of a record ("Holding:" in each case box)
_FIELD_LINES = 4
# "Sections 5 to 7", "Article 12", "Part II", "ss. 2-4": a numbered part of some text, not a term
_NUMBERED_PART = re.compile(
    r"^(?:sections?|ss?\.|articles?|arts?\.|clauses?|parts?|chapters?|paragraphs?|paras?\.|schedules?)\s+"
    r"(?:\d+|[IVXLC]+)[A-Za-z]?(?:\s*(?:-|–|to|and|&|,)\s*(?:\d+|[IVXLC]+)[A-Za-z]?)*$",
    re.IGNORECASE,
)


# "a young, liberal French aristocrat who …", "an English social reformer who …": someone, described
_SOMEONE_WHO = re.compile(r"\b(?:a|an)\s+(?:[\w'-]+,?\s+){0,5}who\b", re.IGNORECASE)
# "it primarily benefited": a line that speaks of its subject as a thing
_OF_A_THING = re.compile(r"\b(?:it|its|itself)\b", re.IGNORECASE)
# "he believed", "her novels": a line that speaks of its subject as a person
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)

class EntryFacts:
    # -- facts from list items and paragraphs ----------------------------------------------------
    def _entry_facts(self, chunk: Chunk, entries: list[Entry]) -> list[_Fact]:
        self._chunk = chunk  # a definition of the section's own subject needs its heading path
        facts: list[_Fact] = []
        subjects: dict[int, str] = {}  # entry index -> subject name stated there
        terms_of: dict[int, str] = {}  # entry index -> term it defines
        pending: list[tuple[_Fact, int]] = []
        said_before = False  # a statement came before in this chunk
        for entry in entries:
            if _under_advice(entry, entries):
                continue
            label, body = split_label(entry.text)
            if _OWN_ASIDE.fullmatch(label.strip()):
                continue  # "MY: Operation Management is a very Si-Te activity": the writer's own aside
            if label:
                body = self._without_field(entry, entries, body)
            if maps_with_tilde(entry.text):
                facts.extend(self._mapping_facts(chunk, entry, entries))
                continue
            label_is_term = bool(label) and not _VS.search(label) and not re.search(r"[&+]|\band\b", label)
            last: str | None = None
            previous = ""
            said = [x for part in _DISPLAY_MATH.split(body) if part.strip() for x in sentences(part.strip())]
            lead = _lead_of(entry, entries)
            for n, sentence in enumerate(said):
                # "X contains 2 different elements:" says what follows, not what X is
                bold = _LEAD_BOLD.match(sentence) if n == 0 and not label else None
                if bold:
                    # "**slices** offer referencing data sequences …, `[T]`, `str`": the examples in
                    # code after the saying are no part of it (a stem that ended ", [T], str?" read
                    # garbled, r239)
                    sentence = _CODE_TAIL.sub("", sentence) or sentence
                made = (
                    []
                    if sentence.rstrip().endswith(":")
                    else self._statements(sentence, last, bold.group(1).strip() if bold else None)
                )
                if (
                    made
                    and n == 0
                    and label_is_term
                    and sentence[:1].islower()
                    and all(key(subj) != key(label) and _written_lower(subj, sentence) for subj, _, _ in made)
                ):
                    # "Solution - river water dissolves soft rocks": a term a line, whose line says what
                    # the term is in a clause of its own; 'river water', written as a common noun, is no
                    # rival of 'Abrasion' ("Energy: the Mitochondrion produces ATP" is of a name)
                    made = []
                # "HTTP uses pull, SMTP uses push": one sentence saying the same of two things, each
                # its own way, sets them side by side as an "X vs. Y" label does
                contrast = _contrasted(made)
                if made:
                    for subj, prompt, pred in made:
                        explanation = (
                            sentence if not _IT.match(_plain(sentence)) else f"{previous} {sentence}"
                        )
                        defined = subj in self._heading_term_at or subj in self._defined_term_at
                        # the section's opening sentence about its own subject says what it is
                        # ("Paranoid personality disorder exhibits suspicious ...")
                        opening = not said_before and self.section_of.get(chunk.id, [chunk])[0] is chunk
                        if (_DEFINES_WHAT.match(pred) or opening) and self._names_section(chunk, subj):
                            self._defines_section.setdefault(subj, chunk)
                            self._opening.setdefault(subj, pred)
                            self._genus.setdefault(subj, _genus_of(pred))
                        if _DEFINES_WHAT.match(pred):
                            self._defines.setdefault(subj, (chunk, pred))
                            self._genus.setdefault(subj, _genus_of(pred))
                        said_before = True
                        pool = "term" if _DEFINING.match(pred) or defined else "subject"
                        fact = _Fact("statement", prompt, subj, explanation.strip(), chunk, pool, pred=pred)
                        fact.compared, fact.contrast = list(contrast), bool(contrast)
                        fact.under = self._stated_above(entry, subj, subjects, terms_of)
                        pending.append((fact, entry.index))
                        (subjects if pool == "subject" else terms_of).setdefault(entry.index, subj)
                    # "It ..." next refers to this subject only when nothing else is named here
                    named = self.names_in(_plain(sentence)) - {key(a) for a in self.aliases_of(made[-1][0])}
                    last = made[-1][0] if not named else None
                    previous = sentence if not _IT.match(_plain(sentence)) else previous
                elif (
                    n == 0
                    and label_is_term
                    and body
                    and not self._stray_label(entry, entries)
                    and not _NUMBERED_LABEL.match(entry.text)
                ):
                    fact = self._definition(chunk, entry, entries, label, sentence)
                    if fact is not None:
                        pending.append((fact, entry.index))
                        terms_of[entry.index] = fact.answer
                        opening = not said_before and self.section_of.get(chunk.id, [chunk])[0] is chunk
                        # a bullet that opens its section names the section's own subject only as
                        # the heading words it ("Cultural Relativism"), or those words and a kind; a
                        # bullet "Ephemeral volume: …" under "Volume" names the first of its kinds
                        named = self._names_section(chunk, fact.answer) and (
                            not entry.item or self._title_first(chunk, fact.answer)
                        )
                        if opening and named:
                            # "Conservatism - Accounting should reflect …" opening "### Conservatism", or a
                            # bullet "- **Cultural Relativism**: not judging …" under its own heading:
                            # the section says what its subject is, as its siblings may
                            self._defines_section.setdefault(fact.answer, chunk)
                            self._opening.setdefault(fact.answer, fact.pred)
                        said_before = True
                    # "Bottleneck: The parity disk is accessed ... It serializes all writes": after a
                    # sentence with its own subject, "it" is that subject, not the label
                    own = _OWN_SUBJECT.match(_unquote(_plain(sentence)))
                    # ("A Chart is a Helm package. It contains ...": the label is that subject)
                    own_subject = own is not None and not _contains_phrase(words(own.group(0)), label)
                    last = label if self.entity(label) and not own_subject else None
                    # the label and its line up to here: an "It's a type of …" after it is told by them
                    # (not the whole line, which holds that sentence already: it read twice)
                    at = entry.text.find(sentence)
                    previous = entry.text[: at + len(sentence)] if at >= 0 else entry.text
                else:
                    last = None
                asked = {key(m[0]) for m in made}
                for fact in self._clozes(chunk, entry, sentence, asked, n == 0, lead):
                    under = self._stated_above(entry, fact.answer, subjects, terms_of)
                    if under and not fact.prompt.startswith("In “"):
                        fact.prompt = f"In “{_unref(under)}”, {fact.prompt[0].lower()}{fact.prompt[1:]}"
                    facts.append(fact)
        # what each entry's first statement says its subject is ("Suppression is the conscious ...")
        defining = {
            index: fact.answer
            for fact, index in pending
            # a run of lines each about its own set-out term ("A *statutory merger* results in …", "A
            # *consolidation* results in …") sets those terms side by side, whatever its verb
            if fact.kind == "statement" and (_DEFINES_WHAT.match(fact.pred) or self._set_out(fact))
        }
        # groups: siblings in the same list and members of an "X vs. Y" label above
        overviews: dict[tuple[tuple[int, ...], str], int | None] = {}
        genera: dict[tuple[tuple[int, ...], str], frozenset[int]] = {}
        for fact, index in pending:
            entry = entries[index]
            siblings = self._siblings(entry, entries)
            names = subjects if fact.pool == "subject" else terms_of
            members = tuple(sorted({i for i in siblings if i in names} | {index}))
            if (members, fact.pool) not in overviews:  # one reading a list: a glossary is long
                overviews[(members, fact.pool)] = _overview(entries, members, names)
            overview = overviews[(members, fact.pool)]
            if index == overview:
                continue  # "Industrial structure - the proportion in each sector (primary, secondary, ...)"
            # "settlement house: community center …" beside 'Hull House' under "The Settlement Houses":
            # the kind the heading names is the genus of the list's other terms, each of them one too
            # (graded two right answers, r161): neither asked among them nor offered beside them
            if (members, fact.pool) not in genera:
                genera[(members, fact.pool)] = frozenset(
                    i for i in members if len(members) >= 3 and self._kind_headed(chunk, names[i])
                )
            genus = genera[(members, fact.pool)]
            # the line that names the rest of its list is about them, not one of them
            siblings = [] if index in genus else [i for i in siblings if i != overview and i not in genus]
            group = [names[i] for i in siblings if i in names and i != index]
            if fact.kind == "mapping" and fact.pool == "term" and _bold_label(entry):
                # "**Polemarch** - senior military title" beside "Key battles: **Thermopylae, Salamis**":
                # a line that sets its value in bold, not its label, labels a field, not a term (graded
                # BAD as a rival: a lead-in, no candidate answer)
                group = [
                    names[i]
                    for i in siblings
                    if i in names and i != index and (_bold_label(entries[i]) or not _bold_body(entries[i]))
                ]
            if fact.kind == "mapping" and fact.pool == "term":
                # 'CrashLoopBackOff', whose line says nothing to ask, is still a pod state beside
                # 'ImagePullBackOff': a sibling label is a rival of the list's own kind
                fields = _bold_label(entry)  # a bold label's rivals are bold too (see above)
                for i in siblings:
                    if fields and not _bold_label(entries[i]) and _bold_body(entries[i]):
                        continue
                    if not entries[i].body and len(entries[i].children) >= 3 and entry.body:
                        # "**Socrates**:" over three lines about him, beside "**Propylaea** - gate to the
                        # Acropolis": a label over a list of its own is a topic, not a thing of the list's
                        # kind (offered for a gate and a roof, graded WEAK twice); "**Brass:**" over "loud
                        # and bright" is described by its one line
                        continue
                    rival = self._rival_label(chunk, entries, i) if i != index and i not in names else None
                    if rival:
                        group.append(rival)
                        fact.rivals.add(rival)
            if index in defining and defining[index] == fact.answer:
                # a run of entries each saying what its own subject is ("Suppression is the ...",
                # "Sublimation is the ...") sets those subjects side by side as things of a kind
                # but 'Vascular dementia' beside 'Dementia' under "Dementia" is a kind of it
                # (a run of bold-led lines sets side by side the terms of one kind: "**Sound** arguments
                # are …" is no rival of "A **conclusion** is …", an adjective among nouns, r239)
                kind = self._bold_led.get(key(fact.answer), "")
                parallel = [
                    defining[i]
                    for i in siblings
                    if i in defining
                    and i != index
                    and not (
                        _nested(defining[i], fact.answer)
                        and (
                            self._names_section(chunk, fact.answer)
                            or self._names_section(chunk, defining[i])
                        )
                    )
                ]
                same = [d for d in parallel if self._bold_led.get(key(d), "") == kind]
                # (a term of no named kind keeps the run when the kinds would leave it one rival:
                # "The **parent** name indicates …" beside "The **prefix** tells …")
                parallel = same if kind or len(same) >= 2 else parallel
                # two of them named alike but for their first word ('Global Variables' and 'Local
                # Variables') are the pair the notes contrast, each said on its own terms
                pair = len(parallel) == 1 and _first_word_apart(parallel[0], fact.answer)
                if len(parallel) >= 2 or pair:
                    fact.parallel = True
                    group = parallel
                    # "**Western quadrature** is the same as eastern quadrature, except it's 90 degrees
                    # to the right": a term of the run whose line says nothing to ask of it alone is
                    # still one of the run's kind, and the rival a teacher would set beside 'Eastern
                    # quadrature' (left out, graded WEAK, astronomy notes, r347)
                    for i in siblings:
                        said = _LEAD_BOLD.match(entries[i].text) if i not in defining and i != index else None
                        if said and _STATES.match(entries[i].text[said.end() :]):
                            rival = _clean_name(said.group(1))
                            if self._bold_led.get(key(rival), kind) == kind and rival not in group:
                                group.append(rival)
                                fact.rivals.add(rival)
            if fact.compared:  # the other sides of its own sentence come first
                group = fact.compared + [g for g in group if g not in fact.compared]
            for label in (entry.label, entries[entry.parent].label if entry.parent is not None else ""):
                if label and _VS.search(label):
                    sides = [_clean_name(p) for p in _VS.split(label)]
                    if not _one_of(fact.answer, [*sides, entry.label]):
                        # "Interrupts (Asynchronous): A device signals the CPU ..." under "Synchronous
                        # vs. Asynchronous Events": the device is no side of that comparison
                        group = [g for g in group if g not in sides]
                        continue
                    fact.compared, fact.contrast = sides, False
                    group = fact.compared + group
            fact.group = group
            facts.append(fact)
        return facts

    def _stated_above(
        self, entry: Entry, subject: str, subjects: dict[int, str], terms_of: dict[int, str]
    ) -> str:
        """The subject the item above ``entry`` states, when it is another thing than ``subject``:
        "**Greatest eastern elongation** is the left-most position from Earth's perspective" under
        "**Inferior planets** are planets with orbits inside of Earth's" holds of inferior planets only
        (asked without them, graded BAD three times, astronomy notes, r333)."""
        if entry.parent is None:
            return ""
        above = subjects.get(entry.parent) or terms_of.get(entry.parent) or ""
        return above if above and not self.same_thing(above, subject) else ""

    def _stated_term(self, fact: _Fact) -> bool:
        """Whether a statement's subject is a term the notes set out where they define it (in
        italics or stressed capitals: "MODES are formulations of a substance") and the statement
        says what it is: the notes mark the sentence as its definition, article or not."""
        return self._set_out(fact) and re.match(r"(?:is|are)\s", fact.pred) is not None

    def _set_out(self, fact: _Fact) -> bool:
        """Whether a statement's subject is a term the notes set out where they define it or say what
        it does ("*Pecking order theory* states ...", "A *statutory merger* results in ...")."""
        e = self.entity(fact.answer)
        return (e is not None and "definition" in e.kinds) or key(fact.answer) in self._bold_led

    @staticmethod
    def _kind_headed(chunk: Chunk, name: str) -> bool:
        """Whether the section's heading ends by naming ``name`` in the plural, as the kind of its list
        ('settlement house' under "\"Spearheads for Reform\": The Settlement Houses"); a heading that
        is the name itself ("Cultural Relativism") is the section's subject, not a kind."""
        if not chunk.heading:
            return False
        tail = _clean_heading(chunk.heading[-1]).rsplit(":", 1)[-1]
        said, mine = words(tail), words(name)
        if not said or not mine or said[-1] == mine[-1]:
            return False
        return _phrase_stems(tail) == _phrase_stems(name)

    def _names_section(self, chunk: Chunk, name: str) -> bool:
        """Whether the section ``chunk`` is under is about ``name``: its title, or its title and a kind
        ('Hoarding disorder' under "Hoarding", 'Paranoid personality disorder' under "Paranoid")."""
        if not chunk.heading:
            return False
        title = _clean_heading(chunk.heading[-1])
        if key(title) == key(name) or self.same_thing(title, name):
            return True
        # "Pod: Life Cycle", "Pod: Creating, Yaml, LifeCycle": a section on a side of the thing its
        # heading names before the colon
        lead = heading_lead(title)
        if lead and (key(lead) == key(name) or self.same_thing(lead, name)):
            return True
        mine, theirs = [stem(w) for w in words(name)], [stem(w) for w in words(title)]
        return bool(theirs) and set(theirs) <= set(mine) and len(mine) - len(theirs) <= 2

    @staticmethod
    def _title_first(chunk: Chunk, name: str) -> bool:
        """Whether ``name`` opens with its section's title ('Cultural Relativism' under "Cultural
        Relativism", 'Hoarding disorder' under "Hoarding"), not a kind of it ('Ephemeral volume' under
        "Volume")."""
        title = [stem(w) for w in words(_clean_heading(chunk.heading[-1]))] if chunk.heading else []
        return bool(title) and [stem(w) for w in words(name)][: len(title)] == title

    def _form_of(self, a: str, b: str) -> bool:
        """Whether the notes say one of ``a`` and ``b`` is a form of the other."""
        return bool(
            self._kind_of_name.get(key(a), set()) & self._keys(b)[0]
            or self._kind_of_name.get(key(b), set()) & self._keys(a)[0]
        )

    def _of_one_head(self, name: str, names: list[str]) -> list[str]:
        """Sibling subjects of the kind of ``name``: those its definition's noun says are ('a market
        structure in which ...' for Monopoly and Oligopoly, not 'the general rise of prices');
        else as their names tell it: those with its head noun ('Panic disorder' for 'Intermittent
        explosive disorder', not 'Suicide'), or those not of a kind two others share and ``name`` is
        not ('Suicide' is asked beside no two disorders, 'inductive effect' beside no Lewis pair)."""
        genus = self._genus.get(name)
        if genus:
            same = [n for n in names if self._genus.get(n) == genus]
            if len(same) == 1 and _head(name):
                # 'Multiple Inheritance', "a type of inheritance in which …", has one sibling said to
                # be a type; 'Hybrid Inheritance', "a mix of all inheritance …", is named as one too
                same += [n for n in names if n not in same and _head(n) == _head(name)]
            if same:
                return same
            # 'the general rise of prices' beside three market structures is not one of them
            kinds = Counter(self._genus[n] for n in names if self._genus.get(n))
            names = [n for n in names if kinds[self._genus.get(n, "")] < 2]

        mine = _head(name)
        if mine and any(_head(n) == mine for n in names):
            return [n for n in names if _head(n) == mine]
        # 'Lewis acid' and 'Lewis base' are named as a pair by their first word: the pair, not
        # 'inductive effect' of the next section, is what a learner has to tell apart
        named_as = _first_word(name)
        if named_as and any(_first_word(n) == named_as for n in names):
            return [n for n in names if _first_word(n) == named_as]
        shared = {h for h, c in Counter(_head(n) for n in names if _head(n)).items() if c >= 2}
        pairs = {f for f, c in Counter(_first_word(n) for n in names if _first_word(n)).items() if c >= 2}
        return [n for n in names if _head(n) not in shared and _first_word(n) not in pairs]

    def _defined_of_a_kind(self, name: str) -> list[str]:
        """Other terms one file defines that are of the kind of ``name`` by their names' head noun
        ('Business risk', 'Financial risk' beside 'Operating risk') or by the noun their definitions
        use ('a market structure'), nearest first."""
        at, _ = self._defines[name]
        here = self.pos[at.id]
        head = _head(name)
        genus = self._genus.get(name, "")
        found = []
        for other, (c, _pred) in self._defines.items():
            if other == name or c.source != at.source:
                continue
            same_head = bool(head) and _head(other) == head
            same_genus = bool(genus) and genus not in _VAGUE_GENUS and self._genus.get(other) == genus
            if same_head or same_genus:
                found.append((abs(self.pos[c.id] - here), other))
        return [other for _, other in sorted(found)]

    @cached_property
    def _peer_paths(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Each section's place among the things its notes set side by side, by (source, heading). A
        heading that only lists its subsections' topics ("Label and Selector, Annotation, Namespace",
        over 'Label', 'Selector', 'Annotation' and 'Namespaces') is a grouping, not a thing: its
        topics stand beside the sections next to it ('Deployment', 'ConfigMap'), as if it were not
        there. A heading that names one of its subsections among other topics ("Serverless and App
        Services", over 'Serverless' and 'SNS') is a chapter, and keeps its place."""
        below: dict[tuple[str, ...], set[frozenset[str]]] = {}
        for c in self.chunks:
            for k in range(1, len(c.heading)):
                title = _title_stems(_clean_heading(c.heading[k]))
                below.setdefault((c.source, *c.heading[:k]), set()).add(title)
        places: dict[tuple[str, ...], tuple[str, ...]] = {}
        for c in self.chunks:
            heading, place = c.heading, c.heading
            if len(heading) >= 2:
                parts = _topic_parts(heading[-2])
                under = below.get((c.source, *heading[:-1]), set())
                named = sum(1 for p in parts if p in under)
                # every part named but one, and no more than one subsection beside the parts
                beside = len(under - set(parts))
                mine = _title_stems(_clean_heading(heading[-1]))
                if mine in parts and named >= 2 and named >= len(parts) - 1 and beside <= 1:
                    place = (*heading[:-2], heading[-1])
            places[(c.source, *heading)] = place
        return places

    def _peer_place(self, chunk: Chunk, subject: str) -> tuple[str, ...]:
        """Where a section stands among its siblings (``_peer_paths``). A topic a grouping heading
        gathers is of its new siblings' kind only when its section says what it is: "Environment
        Variables can be defined for each pod" does not, and stays where it was."""
        place = self._peer_paths.get((chunk.source, *chunk.heading), chunk.heading)
        if place != chunk.heading and _POSSIBLE.match(self._opening.get(subject, "")):
            return chunk.heading
        return place

    def _sibling_definitions(self, name: str) -> list[str]:
        """Subjects of the sibling sections that each say what their subject is, nearest first: the
        notes set "Delirium is a disorder of ..." and "Dementia is a disorder of ..." side by side."""
        at = self._defines_section[name]
        here = self.pos[at.id]
        place = self._peer_place(at, name)[:-1]
        # "## Glass" over "### What is glass?", "### Density", "### Refractive Index": the sections
        # under a heading that names the subject are its aspects, not things of its kind ('Density'
        # offered for glass as a kind of evidence, graded BAD twice, forensics notes, r345/r348)
        own = next(
            (at.heading[: k + 1] for k, h in enumerate(at.heading) if key(_clean_heading(h)) == key(name)),
            None,
        )
        found = [
            (abs(self.pos[c.id] - here), other)
            for other, c in self._defines_section.items()
            if other != name
            and c.source == at.source
            and c.heading != at.heading
            and self._peer_place(c, other)[:-1] == place
            and not (own and c.heading[: len(own)] == own)
        ]
        return [other for _, other in sorted(found)]

    def _stray_label(self, entry: Entry, entries: list[Entry]) -> bool:
        """A labelled line among a list of plain ones ("Benjamin Disraeli - Tory leader ..." between
        lines on wages and reforms) or under a line asking several questions at once ("What city ...?
        Name two famous artists ..."): its labels are not things of one kind, each a rival of the
        others."""
        if entry.parent is None:
            return False  # top-level lines of a chunk are lists and paragraphs of many passages
        asked = _plain(entries[entry.parent].text)
        if "?" in asked and len(sentences(asked)) >= 2:
            return True
        mates = self._siblings(entry, entries)
        labelled = sum(1 for i in mates if entries[i].label)
        return len(mates) >= 4 and labelled * 2 < len(mates)

    def _without_field(self, entry: Entry, entries: list[Entry], body: str) -> str:
        """A labelled line's body without the field name every labelled line of its list opens its body
        with ("**Growth of Factories:** *Significance: Marked a shift …*" beside "**Expansion of Coal
        Mining:** *Significance: Provided the fuel …*"): a record's field, as a table's column name,
        not a label of what the line is about."""
        field = split_label(_plain(body))[0]
        if not field:
            return body
        siblings = self._siblings(entry, entries)
        run = tuple(entries[i].text for i in siblings)
        shared = self._run_fields.get(run)
        if shared is None:
            # once per list (it is asked of every line, and of each line's siblings): a list of 80 such
            # lines took half a minute read line by line
            labelled = [i for i in siblings if entries[i].label]
            fields = {key(split_label(_plain(entries[i].body))[0]) for i in labelled}
            one = len(labelled) >= 3 and len(fields) == 1
            shared = self._run_fields[run] = next(iter(fields)) if one else ""
        if not shared or key(field) != shared:
            return body
        m = re.match(rf"^[*_\s]*{re.escape(field)}[*_\s]*[:\-–—][*_]*\s*", body)
        return body[m.end() :] if m else body

    @staticmethod
    def _siblings(entry: Entry, entries: list[Entry]) -> list[int]:
        """The items of ``entry``'s own list. A paragraph that leads into a list ("Here are some common
        standard markings:") starts another one: the fields above it are no rivals of the markings."""
        if entry.parent is not None:
            return entries[entry.parent].children
        if not entry.item:
            return [e.index for e in entries if e.parent is None and not e.item]
        run, runs = 0, {}
        for e in entries:
            # a lead-in ("Here are some common markings:") starts another list, and so does a paragraph
            # the items after it are indented under ("II. Political Economy" of an outline); a remark
            # between the items of one list ("Note: …", a caption) does not
            after = entries[e.index + 1] if e.index + 1 < len(entries) else None
            heads = not e.item and after is not None and after.item and after.indent > e.indent
            # a paragraph with a label of its own ("Mx: aim is to relieve symptoms …" between the tests
            # of a diagnosis and the steps of its treatment) opens a topic: the list after it is another
            titled = not e.item and bool(e.label) and e.index > 0
            run += e.parent is None and (_leads_in(e) or heads or titled)
            runs[e.index] = run
        here = runs[entry.index]
        items = [e for e in entries if e.parent is None and e.item and runs[e.index] == here]
        gaps = [e.gap for e in items[1:]]
        if any(gaps) and not all(gaps) and not any(e.children or e.folded for e in items):
            # "Simple: a single layer", "Stratified: many layers", a blank line, "Squamous: flattened",
            # "Cuboidal: …": one-line items set close but for a blank line or two are groups, each told
            # apart on its own terms (a shape offered for a layering fits a kind of it too, graded WEAK
            # four times); items with lines of their own, or spaced throughout, are one list
            group, at = 0, {items[0].index: 0}
            for gap, e in zip(gaps, items[1:], strict=True):
                group += gap
                at[e.index] = group
            return [e.index for e in items if at[e.index] == at[entry.index]]
        return [e.index for e in items]

    def _statements(
        self, sentence: str, last: str | None, bold: str | None = None
    ) -> list[tuple[str, str, str]]:
        """(subject, prompt, predicate) for each clause of a sentence that states something of a name;
        ``bold``, the term in bold the sentence opens with, is a subject where the glossary knows none."""
        plain = _plain(sentence).strip()
        if len(plain) > 300 or "http" in plain:
            return []
        out = []
        for clause in (c for part in _CLAUSE.split(plain) for c in self._split_subjects(part)):
            clause = clause.strip().rstrip(".!").strip()
            got = self._statement(clause, last, bold)
            bold = None  # only the sentence's opening clause opens with it
            if got is not None:
                out.append(got)
                last = got[0]
        return out

    def _split_subjects(self, clause: str) -> list[str]:
        """'ASG defines when, Launch Template defines what' -> both halves."""
        out, start = [], 0
        for m in re.finditer(r",\s+", clause):
            rest = clause[m.end() :]
            found = self.subject_at(rest)
            if found is None:
                continue
            ws = rest[found[1] :].split()
            if ws and self.is_verb(ws[0], ws[1] if len(ws) > 1 else ""):
                out.append(clause[start : m.start()])
                start = m.end()
        out.append(clause[start:])
        return out

    def _statement(
        self, clause: str, last: str | None, bold: str | None = None
    ) -> tuple[str, str, str] | None:
        m = _IF_NEED.match(clause)
        if m:
            e = self.entity(m.group("subj"))
            if e is not None and self.thinglike(e):
                what = m.group("what").strip()
                return self._finish(
                    self.name_of(e),
                    f"Which one should you use if you {m.group('verb').lower()} {what}?",
                    what,
                )
            return None
        m = _USE.match(clause)
        if m:
            rest = clause[m.end() :]
            found = self.subject_at(rest)
            if found is None or not self.thinglike(found[0]):
                return None
            e, end = found
            tail = rest[end:]
            um = re.match(r"^\s+(for|when|to|if|as)\s+(.+)$", tail)
            if not um:
                return None
            conj, what = um.group(1), um.group(2)
            lead = {
                "for": "Which one is used for",
                "when": "Which one should you use when",
                "to": "Which one would you use to",
                "if": "Which one should you use if",
                "as": "Which one is used as",
            }[conj]
            return self._finish(self.name_of(e), f"{lead} {what}?", what)
        m = _IT.match(clause)
        if m and last:
            rest = clause[m.end() :]
            if m.group(0).strip().lower() in ("it", ""):
                ws = rest.split()
                if not ws or not self.is_verb(ws[0], ws[1] if len(ws) > 1 else ""):
                    return None
                pred = rest
            else:
                if _EXPLETIVE.match(rest):
                    return None  # "It is virtually impossible to lose data ...": no thing's "it"
                pred = "is " + rest
            return self._finish(last, f"Which one {pred}?", pred)
        headed = self._bold_led_statement(clause, bold, headed=True)
        if headed is not None:
            return headed  # "The **great people** lens views …": not "Which one lens views …", 'lens' a verb
        found = self.subject_at(clause)
        if found is None or not self.thinglike(found[0]):
            return self._bold_led_statement(clause, bold) or self._heading_definition(clause)
        e, end = found
        rest = clause[end:]
        pm = _PAREN_AFTER.match(rest)
        if pm:
            rest = rest[pm.end() :]
        if not rest.startswith(" "):
            return None
        ws = rest.split()
        i = 0
        if ws and ws[0].lower() in _ADVERBS and len(ws) > 1:
            i = 1
        if len(ws) < i + 2 or not self.is_verb(ws[i], ws[i + 1] if len(ws) > i + 1 else ""):
            # "**Arid** climate zone shows ..." under "Arid": the name and its kind are the subject
            return self._bold_led_statement(clause, bold) or self._heading_definition(clause)
        if _longer_subject(ws, i):
            return None  # "Secret objects store ...", "X architectures generally ...": a longer subject
        pred = " ".join(ws)
        spliced = re.fullmatch(r"([^,]+), ([a-z]+s)( [^,]+)", pred)
        if spliced and self.is_verb(spliced.group(2), spliced.group(3).split()[0]):
            # "supports multiple engines, requires manual scaling": two sayings, joined as one
            pred = f"{spliced.group(1)} and {spliced.group(2)}{spliced.group(3)}"
        lead = "Which of these" if ws[i] in _PLURAL_AUX or ws[i] in _BASE_VERBS else "Which one"
        return self._finish(self.name_of(e), f"{lead} {pred}?", pred)

    def _bold_led_statement(
        self, clause: str, bold: str | None, headed: bool = False
    ) -> tuple[str, str, str] | None:
        """A line that opens on a term in bold, then (at most two words of) its kind, then what it is or
        does: "The **Marxist** lens focuses on class conflict" asks "Which lens focuses on class
        conflict?", "**arrays** are fixed-size collections …" asks "Which of these are …?". The bold
        marks the term where the glossary holds no name for it ('arrays', 'structuralist'); a run of
        such lines sets their terms side by side (``_set_out``). With ``headed``, only a line that names
        the kind between the term and its verb."""
        if not bold or not re.fullmatch(r"[A-Za-z][\w'’ -]{0,38}", bold) or _ORDINAL_START.match(bold):
            return None  # ('**first digit** represents the owner's permissions': a place, no name)
        ws = clause.split()
        start = 1 if ws and ws[0].lower() in ("a", "an", "the") else 0
        named = bold.split()
        if [w.lower() for w in ws[start : start + len(named)]] != [w.lower() for w in named]:
            return None
        rest = ws[start + len(named) :]
        for h in range(3):
            head = rest[:h]
            if len(rest) < h + 3 or any(not w.isalpha() or not w.islower() or w in STOPWORDS for w in head):
                return None
            if self.is_verb(rest[h], rest[h + 1]) and rest[h].lower() not in _STOPWORDS_NOT_AUX:
                break
        else:
            return None
        later = rest[h + 1] if len(rest) > h + 3 else ""
        if (
            h < 2
            and rest[h].lower() not in _AUX
            and (later in _AUX or later.endswith("s"))
            and rest[h].isalpha()
            and self.is_verb(later, rest[h + 2])
        ):
            h += 1  # "lens views history …": a noun a verb may be spelt as, then the verb
        head = rest[:h]
        if headed and not h:
            return None
        verb = rest[h]
        if re.match(r"(?:is|are)\s+(?:also|often|sometimes)\b", " ".join(rest[h : h + 2])):
            return None  # "… is also …": one more thing said of it, not what sets it apart
        plural = verb in _PLURAL_AUX or verb in _BASE_VERBS
        lead = f"Which {' '.join(head)}" if head else ("Which of these" if plural else "Which one")
        pred = " ".join(rest[h:])
        got = self._finish(_capitalised(_clean_name(bold)), f"{lead} {pred}?", pred)
        if got is not None:
            self._bold_led[key(got[0])] = " ".join(head).lower()
        return got

    def _heading_definition(self, clause: str) -> tuple[str, str, str] | None:
        """'Encapsulation is the process of ...' under a heading 'Encapsulation': the notes define the
        thing their section is about, even when it is an ordinary word the glossary does not hold."""
        if self._chunk is None:
            return None
        titles = {key(_clean_heading(h)): _clean_heading(h) for h in self._chunk.heading}
        m = _HEADING_DEFINES.match(clause)
        if m is None:
            return self._heading_subject(clause, titles)
        term = m.group("term")
        title = _titled(titles, term)
        setting = ""
        if m.group("of"):
            # "Resistance of a conductor is the ratio …" under "Resistance": the section's subject,
            # and what it is of, which the definition says again ("across the conductor"); a name
            # that holds its "of" ("Theory of the firm", a section's title) is the whole of it
            whole = term + m.group("of")
            if len(whole.split()) <= 4 and (_titled(titles, whole) or title is None):
                term, title = whole, _titled(titles, whole)
            elif title is None:
                return self._heading_subject(clause, titles)
            else:
                # the stem keeps what it is of, which the definition may point back at ("For a
                # conductor, which one is the opposition the conductor offers …?")
                prep, _, of_what = m.group("of").strip().partition(" ")
                setting = f"{'For' if prep.lower() == 'of' else prep.capitalize()} {of_what}, "
        k = key(term)
        if title is None and self._names_section(self._chunk, _clean_name(term)):
            title = _clean_name(term)  # "Hoarding disorder is ..." under "Hoarding"
        own = title is not None
        if own and key(title) == k and term[:1].islower() and title[:1].isupper():
            term = title  # "A monopoly is ..." under "Monopoly": the choice as the heading names it
        if title is None:
            title = self._notable_term(term)
        if (
            title is None
            or len(title.split()) > 4
            or _PRONOUN_START.match(term)
            or term.split()[0].lower() in _FRAGMENT_OPENERS  # "Since bupropion is a mild stimulant, ..."
        ):
            return None
        verb = m.group("verb") or m.group("by")
        pred = f"{verb} {m.group('rest') or m.group('what')}"
        lead = "Which of these" if verb.split()[0].lower() == "are" else "Which one"
        if setting:
            lead = setting + lead[0].lower() + lead[1:]
        got = self._finish(_clean_name(term), f"{lead} {pred}?", pred)
        if got is not None:
            # a section's own subject is of a kind with the other sections' subjects; a term defined
            # in passing is not of a kind with the terms defined beside it
            (self._heading_term_at if own else self._defined_term_at).setdefault(got[0], self._chunk)
            self._genus.setdefault(got[0], _genus_of(pred))
        return got

    def _heading_subject(self, clause: str, titles: dict[str, str]) -> tuple[str, str, str] | None:
        """'A Deployment provides declarative updates for Pods' under a heading 'Deployment': a statement
        of the section's own subject, though the notes also use the word as an ordinary one."""
        ws = clause.split()
        start = 1 if ws and ws[0].lower() in ("a", "an", "the") else 0
        for n in range(min(4, len(ws) - start - 2), 0, -1):
            term = " ".join(ws[start : start + n])
            title = _titled(titles, term)
            if title is None or not term[:1].isalpha() or _PRONOUN_START.match(term):
                continue
            rest = ws[start + n :]
            # "**Paranoid** personality disorder exhibits ..." under "Paranoid": the title and its kind
            for tail in (1, 2):
                if (
                    len(rest) > tail + 2
                    and not self.is_verb(rest[0], rest[1])
                    and all(w.isalpha() and w.lower() not in STOPWORDS for w in rest[:tail])
                    and self.is_verb(rest[tail], rest[tail + 1])
                    and self._names_section(self._chunk, " ".join(ws[start : start + n + tail]))
                ):
                    term, rest = " ".join(ws[start : start + n + tail]), rest[tail:]
                    break
            i = 1 if rest[0].lower() in _ADVERBS and len(rest) > 2 else 0
            if len(rest) < i + 3 or not self.is_verb(rest[i], rest[i + 1]):
                return None
            if rest[i].lower() in ("is", "are", "was", "were"):
                return None  # "X is/are ..." without an article is a property, not what X is
            if _longer_subject(rest, i):
                return None  # "Low-potency antipsychotics include ...": a plural noun of a longer subject
            pred = " ".join(rest)
            lead = "Which of these" if rest[i] in _PLURAL_AUX or rest[i] in _BASE_VERBS else "Which one"
            name = _clean_name(term)
            got = self._finish(_capitalised(name), f"{lead} {pred}?", pred)
            if got is not None:
                self._defined_term_at.setdefault(got[0], self._chunk)
            return got
        return None

    def _notable_term(self, term: str) -> str | None:
        """'A decorator is a function that ...' outside a section on decorators: a definition of a term
        the notes use as one (a heading names it, or the glossary sets it out), as written, capitalised
        as a choice is; None for a phrase ('The first step', 'Each pod', 'This one')."""
        name = _clean_name(term)
        ws = words(name)
        if not ws or len(ws) > 3 or ws[0] in STOPWORDS or ws[0] in _DETERMINERS or ws[-1] in STOPWORDS:
            return None
        if _PRONOUN_START.match(name) or _NUMBER_START.match(name) or key(name) in _FIELD_LABELS:
            return None
        if self.enumerated(name):
            return None
        if any(w in _VAGUE or w in _VAGUE_TERMS for w in ws) or not name[:1].isalpha():
            return None
        e = self.entity(name)
        if e is not None and "generic" in e.kinds:
            return None
        variants = {" ".join(ws), " ".join(ws)[:-1] if ws[-1].endswith("s") else " ".join(ws) + "s"}
        if len(ws) == 1:
            # one word is a term when a heading is that word alone ('Encapsulation'), not when it
            # occurs in one ('value' in 'Key and value pairs')
            in_heading = bool(variants & self._heading_phrases)
        else:
            in_heading = any(_contains_phrase(h, v) for h in self._heading_words for v in variants)
        set_out = e is not None and bool(e.kinds & SET_OUT_KINDS) and self.thinglike(e)
        if not (in_heading or set_out) or self.ubiquitous(name):
            return None
        return _capitalised(name)

    @cached_property
    def _headings(self) -> list[str]:
        """Every heading of the notes, cleaned, once each."""
        return sorted({_clean_heading(h) for c in self.chunks for h in c.heading})

    @cached_property
    def _heading_words(self) -> list[list[str]]:
        """The words of every heading of the notes (short ones: titles, not sentences)."""
        return [ws for ws in map(words, self._headings) if len(ws) <= 8]

    @cached_property
    def _heading_phrases(self) -> frozenset[str]:
        return frozenset(" ".join(ws) for ws in self._heading_words)

    def _finish(self, answer: str, prompt: str, pred: str) -> tuple[str, str, str] | None:
        prompt = re.sub(r"\s+", " ", prompt).replace(" ?", "?")
        opening = re.match(r"^(Which (?:one|of these) )([A-Z][a-z]+)\b\s*(\S*)", prompt)
        if opening and pred.startswith(opening.group(2)):
            # "**Contractility**  / Refers to the rate of …": a label's line goes on from the label, and
            # its capital is the line's, not the verb's ("Which one refers to …", not "one Refers"); a
            # name the line opens with ("Mercury orbits …", "Congress passed …") is no verb and keeps it
            low, following = opening.group(2).lower(), opening.group(3)
            if self.is_verb(low, following) and not (following[:1].isupper() and not following.isupper()):
                prompt = f"{opening.group(1)}{low}{prompt[opening.end(2) :]}"
                pred = f"{low}{pred[len(low) :]}"
        ones = re.match(r"^Which (?:one|of these) (?:is|are) ones? (?=where |in which |whose |that )", prompt)
        head = words(answer)[-1] if ones and words(answer) else ""
        if head.isalpha():
            # "A longitudinal wave is one where ...": "Which wave is the one where ...?", not "Which one is
            # one where ...?"
            prompt = f"Which {_singular(head)} is the one {prompt[ones.end() :]}"
        # "*Vertical conflicts* are when the producer and distributor have different incentives": "What is
        # it called when …?", not "Which of these are when …?" (graded awkward wording, r261)
        prompt = re.sub(r"^Which (?:one|of these) (?:is|are) when ", "What is it called when ", prompt)
        prompt = re.sub(r"[.,:;!]+\?$", "?", prompt)  # "... the triggering event.?"
        if (
            len(set(terms(pred)) - _VAGUE_TERMS) < 2
            or len(prompt) > 190
            or prompt.count("(") != prompt.count(")")
        ):
            return None
        if prompt.count('"') % 2 or re.search(r"\b(?:e\.g|i\.e|etc)\?$", prompt):
            return None
        if _DANGLING.search(pred) or _BACKREF.search(pred):
            return None  # 'can trigger this based on metrics': what is 'this'?
        if _CUT_SHORT.search(pred):
            return None  # "... and zero or more": the sentence lost its end
        if _SPLICED.search(pred):
            return None  # "is unchanged, the real cost of import has increased": two sentences spliced
        one_thing = prompt.startswith(("Which one ", "What is it called "))
        if one_thing and re.search(r"\b(?:they|them|their)\b", pred, re.IGNORECASE):
            return None  # "an area of the world they have selected": who? not the one thing asked
        if _LIKENESS.match(pred):
            return None  # "is similar to single inheritance": a likeness, true of more than one
        if re.match(r"^(?:may|might|could)\s", pred, re.IGNORECASE):
            return None  # "may resemble the bipolar disorders": a hedge that fits others as well
        if re.match(r"^(?:is|are)\s+(?:an?|the)\s", pred, re.IGNORECASE) and len(set(terms(pred))) <= 2:
            return None  # "is a clinical diagnosis": a class many things are in, not what sets one apart
        return answer, prompt, pred

    @cached_property
    def _field_words(self) -> frozenset[str]:
        """One-word labels the notes write over line after line ("**Holding:**", "**Context:**" in every
        case's box): the fields of a record, whatever is named before them elsewhere."""
        counts: Counter = Counter()
        for entries, _ in self.parsed.values():
            counts.update(key(_clean_name(e.label)) for e in entries if e.label and len(e.label.split()) == 1)
        return frozenset(k for k, n in counts.items() if n >= _FIELD_LINES)

    def _term_label(
        self, chunk: Chunk, entry: Entry, entries: list[Entry], label: str, rival: bool = False
    ) -> str | None:
        """The thing a list item's label names ('Vertical Scaling'), or None for a lead-in, an aspect,
        a step or a count ('e.g.', 'Definition', 'Option 2'). A ``rival`` (a sibling offered beside
        a defined label) may be a word the notes use only there: 'Running' beside 'ImagePullBackOff'
        in a list of pod states."""
        term = self._without_count(_clean_name(label), entry, entries)
        if _shorthand(_plain(label).strip(" :-")):
            return None  # 'pos.', 'neg.', 'no.rel.': a word cut short in a hurry, no name to show on a button
        first = term.split()[0].lower() if term.split() else ""
        known = self.entity(term)
        if first in STOPWORDS or (known is not None and "generic" in known.kinds) or _LEAD_IN.match(term):
            return None  # "on master", "For Linux PCs", "Best Practice", "e.g. 3-for-2 split": not a thing
        lead = _lead_line(entry, entries)
        led = _plain(lead.text) if lead is not None and entry.parent is None else ""
        over = [self._own_heading(chunk), led]
        if any(_CONDITIONS_FOLLOW.search(o) for o in over):
            # "Use TCP When:" over "**Order matters** — data must be processed in sequence": each label is
            # a situation, not a thing, and two of them fit one line ("every byte must arrive correctly"
            # of 'Data integrity is critical' and 'Reliability is required', graded BAD twice, r245)
            return None
        if course_label(term):
            return None  # "Lecturer: …", "QUIZ SCHEDULE: available on …": the course's logistics (BAD, r242)
        if len(term.split()) >= 2 and key(term.split()[-1]) in self._field_words:
            # "SGHC Holding", "SGCA Holding" in a case's box, where "**Holding:**" heads a line of case
            # after case: one court's holding of an unnamed case, a field, not a term (graded BAD four
            # times, law notes, r343/r344)
            return None
        if _SIZE_OF_A_VARIABLE.fullmatch(term):
            return None  # 'Big C', 'Small C': a setting of a variable the line never names, no thing
        placed = re.search(r":\s+(?:[a-z]{1,3}\.?\s*)?\d", term)  # "First theme group (1T): m. 1"
        share = re.match(r"\d+(?:\.\d+)?\s*%", term)
        if not term or term.split()[0] in ("Vs", "vs", "Vs.", "vs.", "versus", "Versus") or placed or share:
            # "Vs 19th-century view" goes on from the line before; "60% Protestant" is a share of
            # something; "First theme group (1T): m. 1" is a label and a place, not one name
            return None
        parts = term.split()
        if (
            known is None
            and len(parts) >= 2
            and parts[0][:1].isupper()
            # "Binds with": a verb before a small word ('Series circuit', 'Diabetes mellitus' and
            # 'Oligodendrocytes (CNS)' are a name's words, whatever their ending)
            and parts[1].lower() in STOPWORDS
            and self.is_verb(first, parts[1])
        ):
            return None  # "Binds with CNS: arousal, attention": what a thing does, not a name
        if (
            known is None
            and not re.search(r"[A-Z0-9_]", term[1:])
            and not entry.glossary
            and not rival
            and not _defines_each(entry, entries)
        ):
            return None  # a label the notes never use again as a name ("Default provided username")
        if self.enumerated(term) or (words(term) or [""])[-1] in STOPWORDS or key(term) in self._fields:
            return None  # 'Example 2', 'step3' count things off; 'created by' is a lead-in
        if _lead_in_lists_no_things(entry, entries):
            return None  # "This is because: 1. **Electron Repulsion**: ...": a reason, not a thing
        if "=" in term:
            return None  # "Q = Charge - Coulombs (C)": a symbol of a formula, not a thing to choose
        if _POSITION.search(term) or _PLACEHOLDER.match(term):
            return None  # 'Bytes 12-15', 'bits 0-5', 'Bytes 20+', 'XX': where a field sits, not a thing
        if _PAGE_OR_PART.match(term):
            return None  # 'p. 124', '(d) Summons': a page of a book or a lettered part of a passage
        last = term.split()[-1] if term.split() else ""
        verb_last = last[:-1] in _SENTENCE_VERBS or _singular(last) in _BASE_VERBS
        if known is None and len(term.split()) >= 2 and last.islower() and last.endswith("s") and verb_last:
            return None  # "US Supreme Court holds: no jurisdiction ...", "MBB says: …": a sentence's start
        if _recap(term) or (entry.parent is not None and _recap(entries[entry.parent].label)):
            return None  # 'Case Summary' names no thing; the steps under 'Summary of the Flow' restate
        if all(w in _ASPECT_LABELS or w in STOPWORDS for w in words(term)):
            return None  # 'Definition:', 'Logic:', 'Location:': an aspect of the section's thing
        ws = words(term)
        if 2 <= len(ws) <= 3 and (ws[-1].lower() in _REMARK_HEADS or _REMARK_NOTE.fullmatch(term.strip())):
            return None  # 'Israeli examples', 'Historical note': a remark the line makes, not a thing
        if len(ws) == 2 and ws[1].lower() in _CLAUSE_VERBS:
            return None  # 'Tension exists', 'Order matters': a clause that leads into its line
        if _RELATIVE_TIME.fullmatch(term.strip()):
            return None  # 'Following weeks', 'Later stages', 'Final stage': a time after the line above
        if _SHORTCUT.fullmatch(term.strip()):
            return None  # 'Quick method: Leads I and II': a way to read the thing above, no term
        if _ASPECT_OF.match(term):
            return None  # 'Causes of obesity', 'Complications of diabetes': a topic, not a thing
        if _QUANTITY_OF.match(term):
            return None  # "Lots of stupid arguments" over what was argued: a remark on them, not a thing
        counted = _ENUMERATED.match(re.sub(r"\s*\([^()]*\)$", "", _clean_name(term)))
        if counted and counted.group(1).lower() in _ASPECT_LABELS | _COUNTED_WORDS:
            return None  # 'Approach 1 (Flush)', 'Option 2': means nothing out of its passage
        siblings = [_clean_name(entries[i].label) for i in self._siblings(entry, entries) if entries[i].label]
        if _STUDY.fullmatch(term.strip()) and sum(
            all(w in _ASPECT_LABELS or w in STOPWORDS for w in words(s)) for s in siblings
        ) >= 2:
            return None  # 'Pathology:' beside 'Diagnostics:' and 'Treatment:': the study of the thing above
        verdicts = [s for s in [term, *siblings] if _singular((words(s) or [""])[-1]) in _VERDICTS]
        if len(verdicts) >= 2:
            # 'Congestion Signal', 'Reaction to Congestion', 'Performance Benefits', 'Major Drawback': a
            # run that weighs a thing up (its benefits, its drawback) lays out one thing's facets, not
            # things of a kind; 'Pedal point' beside 'Passing note', 'Sunk cost' beside 'Break-even
            # point' are things of one kind whose names happen to end in an aspect's word (review 84)
            return None
        if len(siblings) >= 2 and all(_SIZE.match(s) for s in [term, *siblings]):
            return None  # '1 bit', '3 bits', '12 bits': sizes of the fields the lines name, not things
        if len(siblings) >= 2 and all(
            self._verbal((words(s) or [""])[0]) and len(words(s)) >= 2 for s in siblings
        ):
            return None  # 'Extract VPN', 'Lookup PFN', 'Formulate PA': steps of a procedure, not things
        if chunk.heading and _PROCEDURE.match(_clean_heading(chunk.heading[-1])):
            return None  # 'Intent', 'Priority', 'Spin' under "How it works": steps, not things
        if (
            _PRONOUN_START.match(term)
            or _NUMBER_START.match(term)
            or (
                not term
                # "Type 2 (Mobitz II) Second Degree Blocks": an aside in brackets lengthens no name
                or len(_ASIDE.sub(" ", term).split()) > 6
                or key(term) in _TOC | _FIELD_LABELS
                or not any(c.isalpha() for c in term)
                # "new: error detection …", "old: …": a word that qualifies what follows, not a name
                or (term.islower() and term in _VAGUE)
            )
        ):
            return None
        return term

    def _without_count(self, term: str, entry: Entry, entries: list[Entry]) -> str:
        """'Unary 1', 'Binary 2', 'Ternary 3' one under another: names that count themselves off, the
        number a gloss that lets a stem with "more than 3" or "Four …" be answered by elimination
        (graded BAD four times). Their names are 'Unary', 'Binary', 'Ternary'. Only a run numbered
        1, 2, 3 … in order, each a name of its own ('Type 1', 'Type 2' and 'Python 2', 'Python 3' are
        one name counted; 'Apollo 11' is a name)."""
        own = _COUNT_GLOSS.fullmatch(term)
        if own is None or not entry.label:
            return term
        found = [
            _COUNT_GLOSS.fullmatch(_clean_name(entries[i].label))
            for i in self._siblings(entry, entries)
            if entries[i].label
        ]
        counted = [m for m in found if m]
        numbers = [int(m.group(2)) for m in counted]
        names = {key(m.group(1)) for m in counted}
        if len(counted) >= 3 and numbers == list(range(1, len(numbers) + 1)) and len(names) == len(counted):
            return own.group(1)
        return term

    def _rival_label(self, chunk: Chunk, entries: list[Entry], i: int) -> str | None:
        """The thing entry ``i``'s label names, offered as a rival though its line gives nothing to ask;
        None for no label, a lead-in, a remark, or what a thing does ('Provides additional services')."""
        entry = entries[i]
        label = entry.label
        if not label and entry.item:
            # "3. **Decreased water intake** leading to sodium concentration, …" beside "1. **Decreased
            # sodium excretion**: …": a name in bold that its line goes on from, with no colon, is one
            # of the list's things all the same (two of four causes offered as an either-or, graded
            # WEAK twice, r260)
            opening = _BOLD_OPENING.match(entry.text)
            after = entry.text[opening.end() :].split() if opening else []
            # ("**Hypolipidemics** may be used to control …" is a sentence, its subject in bold)
            sentence = bool(after) and (after[0] in _AUX or self.is_verb(after[0], " ".join(after[1:2])))
            label = opening.group(1) if opening and not sentence else ""
        if not label:
            return None
        if not entry.item and not entry.body and not _bold_label(entry):
            return None  # "Back to the examples:" over what follows: a paragraph's lead-in, no list's label
        rival = self._term_label(chunk, entry, entries, label, rival=True)
        if not rival or _sentence_like(rival) or _remark(rival):
            return None
        first, *rest = rival.split()
        if self.is_verb(first.lower(), " ".join(rest[:1])) or self._verbal(first):
            return None
        return rival

    def _page_title(self, chunk: Chunk, term: str) -> str:
        """The title a page gives itself ("Probability In statistics"), when it says what the page is
        about: not a place in a course ("Week 2"), a remark, a count, or the term itself."""
        title = _clean_heading(chunk.heading[0])
        if (
            _remark(title)
            or _FILING_HEADING.search(title)
            or self.enumerated(title)
            or len(title.split()) > 5
            or self._keys(title)[0] & self._keys(term)[0]
        ):
            return ""
        return title

    def _definition(
        self, chunk: Chunk, entry: Entry, entries: list[Entry], label: str, sentence: str
    ) -> _Fact | None:
        """'Vertical Scaling: Change instance type for more power' -> which one is described so?"""
        if _NUMBERED_PART.match(_clean_name(label)):
            # "Sections 5 to 7: Liability arising from sale or supply of goods": sections of which Act? A
            # numbered part of a text is asked with its text, which the label leaves to its heading
            # (graded BAD twice, law notes, r343)
            return None
        if entry.under_figure:
            # "- inferior wall: papillary muscle …", "- thrill: feel with hand" under a picture: callouts
            # of something the reader can't see, of as many kinds as it has parts (graded BAD, r341)
            return None
        term = self._term_label(chunk, entry, entries, label)
        if term is None:
            return None
        siblings = [_clean_name(entries[i].label) for i in self._siblings(entry, entries) if entries[i].label]
        if _plain(sentence).rstrip(" *_").endswith(":"):
            return None  # 'Only involved in "tricky" operations:': the list it leads into says what
        if looks_like_code(sentence.strip()):
            return None  # "Compilation: `gcc XXX.c -lpthread`": a line of code, not what the label is
        # "Melodic minor scale: - the upper tetrachord is …", "Stent - tube that keeps artery open -": a
        # dash at either end of the line is no word of it
        # (not a minus sign: "Absolute zero: - 273.15 degrees Celsius")
        desc = re.sub(r"^[-–—]\s+(?!\d)|\s+[-–—]$", "", trim_end(_unquote(_plain(sentence)), _CLOSING))
        body = self._without_field(entry, entries, entry.body)
        rest = [_unquote(r) for r in sentences(_plain(body))]
        names_term = [a for a in self.aliases_of(term) | {term} if words(a)]
        # the second sentence joins unless it names the term or a sibling ("NodePort and ClusterIP
        # Services ... are created"): the choices would be in the stem
        # "An agent that runs on each node. It makes sure ...": a description that opens with what kind
        # of thing the label is says what sets it apart next; inside the quote "it" is the thing itself
        kind_first = (
            re.match(r"^(?:an?|the)\s", desc, re.IGNORECASE) is not None
            and len(desc) < 80
            # "The paper sheet is pressed ...": a sentence of its own, whose "It" is that sheet
            and not _OWN_SUBJECT.match(desc)
        )
        if (
            len(rest) > 1
            and len(" ".join(rest[:2])) <= 200
            and (not _PRONOUN_START.match(rest[1]) or (kind_first and re.match(r"^It\s", rest[1])))
            # "... identity. Generally, there are three ways:": a lead-in to a list not asked with it
            and not rest[1].rstrip(" *_").endswith(":")
            and not any(_contains_phrase(words(rest[1]), a) for a in [*names_term, *siblings] if words(a))
        ):
            desc = trim_end(" ".join(rest[:2]), _CLOSING)  # the whole definition, not its first half
        elif len(rest) > 1:
            # "Create multiple records of the same name within the hosted zone": an opening that a
            # sibling's body says too tells nothing apart; what follows it ("... a weighted value") does
            theirs = [
                {stem(w) for w in words(_plain(b)) if w not in STOPWORDS}
                for i in self._siblings(entry, entries)
                if i != entry.index
                for b in [self._without_field(entries[i], entries, entries[i].body)]
            ]

            def shared(text: str) -> bool:
                mine = {stem(w) for w in words(text) if w not in STOPWORDS}
                return bool(mine) and any(len(mine & t) * 5 >= len(mine) * 3 for t in theirs)

            n = 1
            while shared(desc):
                n += 1
                if n > len(rest) or len(" ".join(rest[:n])) > 200:
                    return None
                desc = trim_end(" ".join(rest[:n]), _CLOSING)
        # "If pod is not tolerated with this effect, ..." begins two siblings' bodies: it tells them
        # apart only whole
        bodies = [
            key(_plain(self._without_field(entries[i], entries, entries[i].body)))
            for i in self._siblings(entry, entries)
            if i != entry.index
        ]
        if any(b.startswith(key(desc)) for b in bodies if b):
            whole = trim_end(_unquote(_plain(body)), _CLOSING)
            if len(whole) > 200 or any(b.startswith(key(whole)) for b in bodies if b):
                return None
            desc = whole
        # '**Chart:** A Chart is a Helm package': the label's own sentence names it; ask what it is
        lead = re.match(r"^(?:(?:the|a|an)\s+)?(.+?)\s+(is|are)\s+(?=\S)", desc, re.IGNORECASE)
        if lead and any(key(lead.group(1)) == key(a) for a in names_term):
            desc = f"{lead.group(2).capitalize()} {desc[lead.end() :]}"
        # "... from registry. E.g" : the sentence splitter cut an example's lead-in off its example
        # (not in brackets: "… all cluster data (meta data, objects, etc.)" keeps its closing bracket)
        desc = re.sub(r"[.;,]?\s*\b(?:e\.g|i\.e|eg|ex|etc)[^\w)]*$", "", desc, flags=re.IGNORECASE).strip()
        if re.fullmatch(r"\([^()]*\)", desc):
            return None  # "kind: (pod, deployment, etc.)": a few of its values in brackets, said of nothing
        # "waiting some time after starting. e.g. 5sec, after 5 sec start to run command": what it is,
        # then a worked example the reader can't parse alone; the definition is the part before it
        # ("a target group to be studied e.g. the wives": a few words at the end, the notes' running
        # example, unseen; "coping via pro-social e.g. trying to reconnect or anti-social" goes on)
        example = re.search(
            r"[.;,]\s+(?:e\.g\.?|for example|for instance)[\s,:]|\s(?:e\.g\.?)\s+(?:\S+\s*){1,3}$",
            desc,
            flags=re.IGNORECASE,
        )
        if example and len(words(desc[: example.start()])) >= 4:
            desc = desc[: example.start()].strip()
        it = _IT.match(desc)
        if it:
            # '**Kube-proxy:** "It is a network proxy ..."': the label's own sentence, its subject the label
            rest_ws = desc[it.end() :].split()
            if it.group(0).strip().lower() != "it":
                if _EXPLETIVE.match(desc[it.end() :]):
                    return None  # "Prevention of progression: it is vital to treat …": no thing's "it"
                desc = "Is " + desc[it.end() :]
            elif rest_ws and self.is_verb(rest_ws[0], "".join(rest_ws[1:2])) and rest_ws[0].endswith("s"):
                desc = desc[it.end() :]
                desc = desc[0].upper() + desc[1:]
        they = _THEY_ARE.match(desc)
        if they and not _EXPLETIVE.match(desc[they.end() :]):
            # "Visual binaries: These are binaries that can be resolved …": the label's own line, its
            # subject the label, as "It is …" is; not of a label in the singular ("Lysosome: These are
            # small vesicles …" would be asked "Which of these are …?" of one)
            # the label's head noun: 'Types' of "Types of RNA", 'Lysosome' of "Lysosome (animal cells)"
            head = re.sub(r"\s*\([^()]*\)", "", term).split(" of ")[0]
            last = (words(head) or [""])[-1]
            if _singular(last) == last:
                return None
            desc = "Are " + desc[they.end() :]
        # "… round-shaped (a)": the panel of a figure the reader can't see, no part of the description
        desc = re.sub(r"\s*\((?:[a-h]|i{1,3}|iv|v)\)$", "", desc)
        these = re.match(r"^(?:These|This)\s+([a-z]+)\s+(is|are|has|have)\s+(?=\S)", desc)
        over = entries[entry.parent] if entry.parent is not None else None
        kinds = [term, self._own_heading(chunk), (over.label or _plain(over.text)[:60]) if over else ""]
        # (not when the line then says the label's own root: "Spirillum: These bacteria have a spiral …")
        said = words(desc[these.end() :]) if these else []
        rooted = any(len(a) >= 5 and len(b) >= 5 and a[:4] == b[:4] for a in words(term) for b in said)
        kind_words = {_singular(w) for k in kinds for w in words(k)}
        if these and not rooted and _singular(these.group(1)) in kind_words:
            # "Coccus: These bacteria are spherical …" under "Bacteria … come in different shapes:",
            # "Tubular Spring: This spring has …": the line's subject is its label, named by its kind
            verb = {"are": "is", "have": "has"}.get(these.group(2), these.group(2))
            desc = f"{verb.capitalize()} {desc[these.end() :]}"
        if (
            _PRONOUN_START.match(desc)
            or _BACKREF.search(desc)
            # "Don Giovanni: matches her style": whose? someone the line before named (a longer line,
            # "Marie Curie: won her second Nobel Prize in 1911", speaks of its label); "Subtitle: In my
            # friends pool", "Copyright: ©2020 your name": a sample to type in, not what the label is
            or (len(desc.split()) < 5 and _SOMEONE.search(desc) is not None)
            or _SAMPLE.search(desc) is not None
            or len(terms(desc)) < 2
            # "(N × S) / 2", "N × R (All disks utilized)": a value (and a remark on it), not a description
            or len(re.findall(r"[A-Za-z]{3,}", _GLOSS.sub("", desc))) < 2
            or len(desc) > 180
            or _LIKENESS.match(desc)
            or _COUNTS_ITS_KINDS.match(desc)
            or self._unbound_they(desc)
            or _LEAD_IN.match(desc)  # "for instance, Kubernetes will ...": an example, not a definition
            or desc.endswith((":", "?"))  # "Parent: What is the longest chain?" is a how-to, not a definition
            # "less trade discounts", "when the price ..." (not a whole conditional: "NoSchedule: If a
            # pod does not tolerate this effect, it can not run on the node")
            or (desc.split()[0].lower() in _FRAGMENT_OPENERS and not _CONDITIONAL.match(desc))
            # "Red Blood Cells: Leading to anemia, which …" under "a reduction in …:": what the lead-in's
            # change brings about in it, not what the label is (graded a fragment, r272)
            or _BRINGS_ABOUT.match(desc) is not None
            or "http" in desc
            # 'Viewer Request': a name, not what the label is
            or (len(desc.split()) <= 3 and re.fullmatch(r"(?:[A-Z][\w/-]*\s*)+", desc) is not None)
            # "Civil Law: Tort law": a kind of the label named by its head noun, not what the label is
            or (len(desc.split()) <= 3 and key(desc) != key(term) and _head(desc) == _head(term) != "")
        ):
            return None
        ws = desc.split()
        verb_first = ws[0][:1].isupper() and self.is_verb(_sentence_case_lower(ws[0]), "".join(ws[1:2]))
        if verb_first and _plural_head(term):
            verb_first = False  # "Nodes of Ranvier: gaps in myelin sheath …": a plural takes no 'gaps'
        if verb_first and ws[0].lower() in {w.lower() for w in term.split()}:
            # "motor neurons: Neurons that carry signals …": the line names the term's kind by the
            # term's own word, which is no verb however the notes spell it ('neuron')
            verb_first = False
        if (
            ((verb_first and ws[0].endswith("s")) or ws[0].lower() in ("is", "are"))
            and ". " not in desc
            # "Depends on the organization, the off-site location will be close or far away" runs on
            # into a clause of its own (graded garbled, security notes, r346)
            and not _SPLICED.search(desc)
        ):
            # "Provides ..." reads "Which one provides ...?"; "Run from a single AZ" would not, nor
            # two sentences ("Which one is a Helm package. It contains ...?")
            who = "Which of these" if ws[0].lower() == "are" else "Which one"
            core = f"{who} {_sentence_case_lower(desc)}?"
        elif _RELATIVE_OPENING.match(desc):
            # "Classical Pathway: In which the C1 binding complex binds …": the line goes on from its label
            # as a clause, so "Which one is the one in which …?", not described as “In which …” (graded
            # garbled, r283)
            core = f"Which one is the one {desc[:1].lower()}{desc[1:]}?"
        else:
            core = f"Which one is described as “{desc}”?"
        context = ""
        # a top-level list a sentence leads into ("... they rate firms through 4 broad categories:")
        # is that sentence's, not its heading's ("Credit rating agencies")
        lead = _lead_line(entry, entries)
        led_in = entry.parent is None and lead is not None and _leads_in(lead)
        # "Standard: 3-5 hours to restore": an everyday word names a thing only in its section (a
        # glossary's entries are terms by where they stand: 'inflation', 'front')
        everyday = all(_everyday(w) for w in term.split()) and not entry.glossary
        vague = bool(
            _PRONOUN_START.match(desc)
            or re.search(r"\b(?:it|its|they|them|this)\b", desc, re.IGNORECASE)
            or (len(ws) < 4)
            # "1 - 5 minutes, but is the most expensive": two words of substance say of what only
            # with the section's name
            or len([w for w in re.findall(r"[A-Za-z]{3,}", desc) if w.lower() not in STOPWORDS]) < 3
        )
        # "Oxidative work-up: aldehydes → carboxylic acids": what becomes of what in a process the
        # section names ("Ozonolysis"), which the stem says where it can
        flows = re.search(r"[→⇒⟶⟹➔➜↦]", desc) is not None
        # 'initialDelaySeconds', 'max_retries': a setting is a setting of something, named by its section
        setting_name = re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)+|[a-z]+(?:_[a-z0-9]+)+", term) is not None
        headed = False  # whether the setting is the section's heading over a nested entry
        page = ""  # the page's title, for an everyday word under a heading that names nothing
        # "There are two main ways this attack is carried out:" under "Race Condition": the lead-in
        # points back at the section's thing, which the stem has to name (two ways of what? graded
        # missing its heading twice, r271)
        points_back = led_in and lead is not None and _POINTS_BACK.search(_plain(lead.text)) is not None
        if vague or everyday or setting_name or flows or points_back:
            parent = entries[entry.parent] if entry.parent is not None else None
            context = _clean_name(parent.label or _plain(parent.text)) if parent is not None else ""
            # "Scaling in RDS:" over 'Vertical Scaling' and 'Horizontal Scaling': the thing they are of
            # sets the question ("In “RDS”, ..."), not the label that names the topic in it
            where = re.match(r"^[\w-]+(?:\s+[\w-]+){0,2}\s+(?:in|for|on|within)\s+(?P<thing>.+)$", context)
            thing = self.entity(where.group("thing")) if where else None
            if where and thing is not None and self.thinglike(thing):
                context = where.group("thing")
            aspect = key(context) in self._aspect_labels  # "Throughput:" under each RAID level
            # "Pharmacology:" over 'Tetrodotoxin (TTX): Blocks Na+ channels' studies the section's thing
            aspect = aspect or (_STUDY.fullmatch(context) is not None and bool(self._own_heading(chunk)))
            # "Example factors:" over "Strengths: core competences, …" says what its lines are, not of what
            examples = EXAMPLES_OF.search(context) is not None
            if not context or _remark(context) or _sentence_like(context) or aspect or examples:
                headed = parent is not None
                context = self._own_heading(chunk)
                if context and chunk.heading and self._keys(context)[0] & self._keys(term)[0]:
                    # "Consistency - …" under "Consistency": the term's own heading sets nothing, the
                    # one above it ("Accounting Principles and Rules") does
                    above = [_clean_heading(h) for h in chunk.heading[:-1]]
                    context = above[-1] if above else ""
            if (
                _remark(context)
                or _sentence_like(context)
                or _QUESTION_HEADING.match(context)
                or _FILING_HEADING.search(context)
                # "6th - 4th c's BCE: powers of the king …" cut at its dash: a time, or half of one
                or is_when(context)
                or re.fullmatch(r"\d+(?:st|nd|rd|th)?", context) is not None
                or _clean_name(context) in self._lettered  # "In “L6”", a lecture's number, names nothing
            ):
                context = ""  # "In “There are four main families…”", "In “Related Concepts”" set nothing
                if everyday and (" " not in term or vague) and not headed and len(chunk.heading) >= 2:
                    # "Event: subset of the sample space" under "Basic idea" on the page "Probability
                    # In statistics": a heading that names nothing leaves the page's title to say of what
                    # an everyday word is the name of (two everyday words say enough, as below), when
                    # no line titles the list
                    page = self._thing_in(chunk.heading[:-1], term) or self._page_title(chunk, term)
        of_example = over is not None and _singular((over.label.split() or [""])[-1].lower()) == "example"
        named = _plain(over.body).strip(" .:") if of_example and over is not None else ""
        if 1 <= len(named.split()) <= 4:
            # "Ancient example: Torridon Group" over 'Basal facies', 'Grey facies', 'Red facies': the
            # labels are parts of the one example the line names, and say nothing without it, nor with
            # only their section's heading ("Which one is described as “angular, poorly sorted - piedmont
            # fan”?" under "River deposits", graded meaningless alone, r253)
            context = named
        titled = led_in and entry.parent is None and lead is not None and self._titles_its_list(lead)
        if not context and titled and lead is not None:
            # "DDx lower limb weakness and pain:" over 'CVS', 'MSK', 'Neuro': the short title a line gives
            # its list says what the labels are of; without it "Which one is described as “seizures, …”?"
            # never said of what (graded odd on clinical notes, twelve times in one round); a heading
            # that names a thing ("In “S3 Glacier”") says more, one that counts a course off nothing
            context = _plain(lead.text).strip().rstrip(":").strip()
        context = context or page
        parent = entries[entry.parent] if entry.parent is not None else None
        kind = _kind_of(_clean_name(parent.label)) if parent is not None and parent.label else None
        # "**Socrates**:" over "339 BCE: Condemned to death": the dates under a name are its story, and
        # "Which date goes with “Condemned to death”?" never said whose (graded BAD twice, history notes,
        # r341/r342); the name sets the question, and no kind is read off it ('socrate')
        dated = parent is not None and bool(parent.label) and is_when(term)
        if dated and parent is not None:
            kind, context = None, _clean_name(parent.label)
        if kind is None and parent is not None and not parent.label:
            # "Forms of acceptance differ depending on whether the contract is..." over "BILATERAL: …"
            # and "UNILATERAL: …": the line names the thing its labels are kinds of (graded bare
            # adjectives asked of nothing without it)
            said = _KIND_BEFORE_LIST.search(_plain(parent.text))
            noun = said.group("noun").lower() if said else ""
            kind = noun if noun and noun not in STOPWORDS else None
        # a heading names the kind of its own list's items, not of those a remark deep in it leads into
        # ('rostra' and 'corvus' under "Romans won by building a fleet:" under "Punic Wars": no wars)
        if kind is None and context and not (led_in and parent is None) and not headed and not dated:
            kind = _kind_of(context)
        # a chapter's vocabulary may set paragraphs and short lists of sub-terms one after another
        # ("**babbling** - ..." then "- **canonical babbling** - ..."): counted together, over the section
        vocabulary = max(len(siblings), _vocabulary_size(entries)) >= VOCABULARY_RUN
        if kind is None and parent is None and chunk.heading and not led_in and not vocabulary:
            # a top-level list under "Types of Stars"; not one a sentence leads into ("Credit rating
            # agencies ... they rate firms through 4 broad categories:"), whose items it names, nor a
            # chapter's vocabulary ("Ch. 1 Sounds" over 'phonetics' and 'spectrogram')
            kind = _kind_of(_clean_heading(chunk.heading[-1]))
        named_alike = list(dict.fromkeys([term, *siblings]))
        if kind and (_of_another_kind(kind, named_alike) or _says_another_kind(desc, term, kind)):
            # 'Yankee Bond', 'Bull Bond', 'Samuri Bond' under "Exchange Rates": names that end on one
            # word say their kind themselves, and a heading naming another is a topic, not their kind
            # ("Which exchange rate is described as “A foreign bond …”?"); it may still set the scene
            kind = None
        title = _clean_heading(chunk.heading[-1]) if chunk.heading else ""
        lone = len(title.split()) == 1
        if kind and parent is None and lead is not None and lone and kind == _kind_of(title):
            # "Eukaryotes" opening with what eukaryotic cells are lists their parts, not eukaryotes
            kind = None
        named = bool(context) and _contains_phrase(words(core), _unref(context))  # "a Helm package"
        counted = None
        if led_in and parent is None and lead is not None:
            counted = _counted_lead(lead, len(siblings))
        elif parent is not None and not parent.label and len(sentences(_plain(parent.text))) == 1:
            # "- Three major components of utilitarianism" over its three labelled sub-items (not "…
            # a network of membranes. There are two types:", two types of what the sentence before says)
            counted = _counted_lead(parent, len(siblings))
            if counted is not None:
                vocabulary = False  # the item says what they are: one kind, not a vocabulary's many
        if counted is not None and any(
            stem(words(counted[0])[-1]) in {stem(w) for w in words(n)} for n in [term, *siblings]
        ):
            counted = None  # "There are 2 types of buyouts" over 'Management buyouts': it names a choice
        if kind is None and counted is None and led_in and lead is not None:
            # "There are various types of inheritance which are as follows:" names the list's kind,
            # uncounted, as a heading would ("Which type of inheritance is described as …?")
            kind = _kind_in_lead(lead)
            if kind and (_of_another_kind(kind, named_alike) or _says_another_kind(desc, term, kind)):
                kind = None
        if counted is not None and core.startswith("Which one "):
            # "AD can typically be classified into 4 stages: which stage is described as ...?"
            setup, kind = counted
            prompt = f"{setup}: which {kind} {core[len('Which one ') :]}"
        elif kind and core.startswith("Which one ") and self._list_speaks_of(kind, entry, entries):
            # "**1. Action potentials**" over 'Threshold: … initiates action potential' and 'All-or-
            # nothing: … action potential amplitude …': the list gives the properties of an action
            # potential, not action potentials; asked "Which one …?" as any list
            prompt = core
        elif kind and core.startswith("Which one "):
            # "Which endpoint is described as ...?" says of what only with the thing its section is
            # about ("In “Pipe Organ”"); 'Directory Modes' over a Directory Mode is the kind itself
            setting = self._setting(chunk, term)
            if not setting and parent is not None:
                # "Ideological Causes:" in the American Revolution's file and in the French one's: the
                # kind says of what only with its file ("Which Ideological Cause …?" of which
                # revolution? graded missing its setting six times, r230)
                over = parent.label or _plain(parent.text).strip().rstrip(":").strip()
                setting = self._page_of(chunk, over)
            if {stem(w) for w in words(kind)} <= {stem(w) for w in words(setting)}:
                setting = ""
            lead = f"In “{_unref(setting)}”, which" if setting else "Which"
            prompt = f"{lead} {kind} {core[len('Which one ') :]}"  # "Which feature is described as ..."
        elif context and _DEFINES_ITSELF.match(core):
            # "Vacuoles are membrane-bound sacs …" under "The Cell": the line says what its term is, and
            # "In “The Cell”" before it only points at a heading (graded odd five times of seven)
            prompt = core
        elif context and self._heading_lists(context, term):
            # set in the heading, the stem would name its own answer and its rivals; without it, an
            # everyday word ('Standard' under "Standard and FIFO Queues") names nothing (see below)
            if everyday and not named and (" " not in term or vague):
                return None
            prompt = core
        elif context and not _VS.search(context) and not named:
            own = _clean_heading(chunk.heading[-1]) if chunk.heading else ""
            over = _clean_heading(chunk.heading[-2]) if len(chunk.heading) >= 2 else ""
            if (
                key(context) == key(own)
                and len(words(own)) == 1
                and is_common_word(own.lower())
                and 2 <= len(words(over)) <= 4
                and not (_remark(over) or _FILING_HEADING.search(over) or self.enumerated(over))
                and not any(_contains_phrase(words(over), n) for n in [term, *siblings])
                and not _contains_phrase(words(term), own)  # ('Global Impact' under "Impact" says it)
            ):
                # "In “Impact”, which one …" of whose impact? A heading of one everyday word is an aspect
                # of the one above it: "In “American Revolution › Impact”" (graded missing, r230, r234)
                context = f"{over} › {own}"
            prompt = f"In “{_unref(context)}”, {core[0].lower()}{core[1:]}"
        elif everyday and not named and (" " not in term or vague):
            # "Which one is described as “multi-lane”?" among 'Standard' and 'FIFO' of what? Two
            # everyday words ('Sampling Error') under a heading that names nothing ("Related
            # Concepts") make a term of their own, when its line says enough
            return None
        elif not led_in and (of_aspect := self._thing_of_aspect(chunk, term)):
            # "Diabetes Mellitus: target a strict control of serum glucose …" under "Chronic Kidney
            # Disease › Management": the targets are the disease's; "Management" alone says of what not
            prompt = f"In “{_unref(of_aspect)}”, {core[0].lower()}{core[1:]}"
        else:
            prompt = core
        if prompt.count("(") != prompt.count(")"):
            return None
        fact = _Fact("mapping", prompt, term, entry.text, chunk, "term", pred=desc)
        fact.noun = kind if kind and re.search(rf"(?:^|, |: )[Ww]hich {re.escape(kind)} ", prompt) else ""
        # a run of eight terms or more under one heading ("**phonetics** - study of ...", "**spectrogram**
        # - a 3D representation ...") is a chapter's vocabulary, of many kinds, like a glossary
        # a short run of terms each over its definition ("- **Spatial Agnosia**" over "- Cannot navigate
        # …", beside 'Auditory Agnosia') is a list of one kind, as labelled lines are; a run of topics
        # ("**Truman's Rhetoric**", "**Ignored by Women**") files notes, of many kinds, like a glossary
        # (under a heading or a lead-in that says of what: a file's bare glossary, "- humidity" over its
        # line beside "- isobar", mixes kinds, and so does a review's "Identify and explain the
        # significance of the following:" over people and the societies they founded)
        if parent is not None:
            # a sentence that names the kind ("The life cycle consists of the following stages:") says
            # of what as well as a title does
            lead = _plain(parent.text).strip(" :")
            last = words(lead)[-1] if words(lead) else ""
            headed = not _sentence_like(lead) or (
                len(last) > 3 and last.endswith("s") and not last.endswith("ss") and last not in _ANY_KIND
            )
            # "importance of adult responsiveness" over 'orphanages' and 'daycare': how much a thing
            # matters, which the lines under it show by cases
            aspect = r"(?:the\s+)?(?:importance|significance|relevance)\s+(?:of|in|on|for)\s"
            shows = re.match(aspect, lead, re.I) is not None
        else:
            headed = any(not _FILING_HEADING.search(_clean_heading(h)) for h in chunk.heading[1:])
            # "Operant conditioning is everywhere" over 'school' and 'sports': a claim and where it holds
            shows = bool(chunk.heading) and bool(_CLAIM.match(_clean_heading(chunk.heading[-1])))
        if entry.folded and shows:
            return None  # illustrations of a point, not terms each defined by its line
        listed = entry.folded and headed and _names_terms([term, *siblings])
        if entry.folded and len(siblings) < 3:
            # two terms a slide happens to hold ('spacing effect', 'serial position effect') set no
            # either-or: a coin flip graded trivial (four of four, r178); a third of their kind may come
            fact.no_either_or = True
        # a line that gives a field's value ("Integumentary: dry mucous membranes", and "Normovolemic:
        # rapid pulse rate" under "Cardiovascular:") says what the thing above has, not what its label is
        over_field = parent is not None and key(_clean_name(parent.label or "")) in self._told_apart
        fact.one_point = entry.pointed or key(term) in self._told_apart or over_field
        if listed and self._about_the_named(desc):
            # "Alaska" over "Sec. of State William H. Seward", "Hawai'i" over "Christian Missionaries try
            # to gain influence": the first of a topic's notes, about someone, not what the label is
            return None
        # a list under "Definitions" or "Key Terms" files the terms of a chapter, of many kinds
        # ('Simple Majority' beside 'Legal Positivism'), as a glossary does
        # (the whole heading: "Payment terms" lists terms of one kind)
        filing = r"(?:key|important|basic|main|common|useful|general)\s+"
        files = rf"(?:{filing})?(?:definitions?|terms|terminology|glossary|vocabulary|key\s?words)"
        filed = parent is None and re.fullmatch(files, title, re.I) is not None
        self._label_genus.setdefault(key(term), self._fragment_genus(desc))
        if (entry.glossary and not listed) or vocabulary or filed:
            self._glossary_genus.setdefault(key(term), self._fragment_genus(desc))
            if self._tells_of_someone(desc):
                self._agents.add(key(term))
            # "**Self-healing:** Kubernetes restarts …" beside "**Self-monitoring:** Kubernetes checks …":
            # lines that are clauses of one subject list what that one thing does, things of one kind
            # ... and so are the lines a short title leads into ("The functions of money:" over 'Medium of
            # exchange', 'Unit of account', 'Store of value'): the title says what they all are
            fact.loose = not fact.noun and not titled and not self._of_one_subject(entry, entries)
        return fact

    def _titles_its_list(self, lead: Entry) -> bool:
        """Whether a line that leads into a list is a short title of it ("Signs of anaemia:", "DDx lower
        limb weakness and pain:"), not a sentence ("Here are some common markings:"), a count the
        stem says its own way ("There are 2 types of buyouts:") or a remark."""
        title = _plain(lead.text).strip().rstrip(":").strip()
        # ("The functions of money:" is titled as "Functions of money:" is; its article opens no sentence)
        title = re.sub(r"^(?:The|A|An)\s+(?=\S+\s)", "", title)
        return (
            2 <= len(title.split()) <= 6
            # "Mr Patel's handout:", "Less important but useful:": where the lines come from, or what
            # the note-taker thinks of them, is no title of theirs (review 84)
            and not {w.lower() for w in words(title)} & _NOTE_TAKING
            # "In contrast:", "Also worth knowing:", "According to Darwin:": a connective, not a title
            and title.split()[0].lower() not in STOPWORDS | _CONNECTIVES
            and not re.search(r"[.;?!]", title)
            and not _sentence_like(title)
            and not _remark(title)
            and not _FILING_HEADING.search(title)
            and not is_when(title)
            and re.search(r"\d", title) is None
        )

    def _of_one_subject(self, entry: Entry, entries: list[Entry]) -> bool:
        """Whether most lines of a run of labels open with one and the same name, a clause of one
        subject each ("Kubernetes can expose …", "Kubernetes restarts …"): the labels are what that
        subject has or does, one kind of thing, however many there are."""
        bodies = [_plain(self._without_field(entries[i], entries, entries[i].body)).strip()
                  for i in self._siblings(entry, entries)]
        firsts = [m.group(0) if (m := re.match(r"[\w'’-]+", b)) else "" for b in bodies]
        # (a verb every line opens with, "Refers to …" down a glossary, is no subject: review 84)
        common = Counter(
            w
            for w in firsts
            if w[:1].isupper() and w.lower() not in STOPWORDS and _singular(w.lower()) not in _BASE_VERBS
        ).most_common(1)
        return len(firsts) >= 3 and bool(common) and common[0][1] * 2 > len(firsts)

    def _about_the_named(self, desc: str) -> bool:
        """Whether a line is a name ("Sec. of State William H. Seward (Lincoln/Johnson)") or a clause
        whose subject is named things ("France, Spain, Britain, send force …", "Wilson supports …"),
        not what a label is ("Cannot navigate …", "Inability to recognize faces")."""
        tokens = re.findall(r"[A-Za-z][\w'’.-]*", desc)
        at = 0
        while at < len(tokens) and (tokens[at][0].isupper() or tokens[at].lower() in _NAME_GLUE):
            at += 1
        named = tokens[:at]
        if len(named) >= 2 and at == len(tokens):
            return True
        if at == 0 or at == len(tokens):
            return False
        proper = len([t for t in named if t[0].isupper()]) >= 2 or not is_common_word(named[0].lower())
        verb = tokens[at]
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        return proper and (self.is_verb(verb, following) or has_verb_forms(verb))

    def _heading_lists(self, context: str, term: str) -> bool:
        """Whether a heading names the term, in any number ("Total revenue, Total Cost, and Profit" or
        "Total Revenues, Total Costs and Profits" over 'Total Cost: The amount …')."""
        said = _phrase_stems(_unref(context))
        return any(_holds_run(said, _phrase_stems(name)) for name in {term, *self.aliases_of(term)})

    def _thing_of_aspect(self, chunk: Chunk, term: str) -> str:
        """The thing a section is an aspect of, when its heading is one word of everyday English in the
        singular ("Management", "Pricing" under "Chronic Kidney Disease", "DynamoDB"): that heading
        names no thing, the nearest one above that does names it. '' otherwise."""
        if len(chunk.heading) < 2:
            return ""
        title = _clean_heading(chunk.heading[-1])
        plain = title.isalpha() and not title.lower().endswith("s") and is_common_word(title.lower())
        if not plain:
            return ""
        thing = self._setting(chunk, term)
        return "" if key(thing) == key(title) else thing

    def _list_speaks_of(self, kind: str, entry: Entry, entries: list[Entry]) -> bool:
        """Whether a list's lines name its kind ('microtubules' in "Acetylation: Strengthens
        microtubules …" under "Microtubules"): then its labels are aspects of one such thing, not
        things of that kind. Two lines of the list or more, and half of them, must say so; a caption
        that says its labels are types ("Types of Stars") is a list of that kind whatever they say."""
        if re.match(r"(?:types?|kinds?|sorts?|forms?|classes|class|categories|category) of\b", kind, re.I):
            return False  # "types of cloud:" says its labels are clouds, whatever their lines say
        head = stem((words(kind) or [""])[-1])
        lines = [split_label(entries[i].text)[1] for i in [entry.index, *self._siblings(entry, entries)]]
        saying = sum(1 for said in lines if head in {stem(w) for w in words(said)})
        return bool(head) and saying >= 2 and saying * 2 >= len(lines)

    def _unbound_they(self, desc: str) -> bool:
        """"The driver decides the most efficient order to execute them": a 'they' or 'them' with
        nothing plural before it in the description points at lines the reader does not see ("IAM or
        Route 53. No way for them to go down" and "Made of amino acids; they act as ..." bind theirs)."""
        m = re.search(r"\b(?:they|them|their)\b", desc, re.IGNORECASE)
        if m is None:
            return False
        before = desc[: m.start()]
        if re.search(r"\b(?:and|or)\b|,|/", before):
            return False
        tokens = re.findall(r"[A-Za-z']+", before)
        for i, t in enumerate(tokens):
            low = t.lower()
            plural = len(low) >= 4 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s"))
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            before_it = tokens[i - 1].lower() if i else ""
            # 'organisms react', 'of amino acids;': a plural before a verb, after a preposition or
            # ending the clause is a noun, whatever is_verb guesses of it alone
            nounish = not after or self._verbal(after) or before_it in _BEFORE_NOUNS
            if plural and (nounish or not self.is_verb(low, after)):
                return False
        return True

    def _tells_of_someone(self, desc: str) -> bool:
        """Whether a glossary line tells what someone did or who they were ("wrote Reflections on the
        Revolution in France, he believed …", "led the revolt on Saint-Domingue …", "was an Austrian
        statesman …", "a female utopian socialist, who wrote …"): a list of the people of a period,
        each a rival of the others whatever noun, if any, each line opens with. Not a thing done
        to ("organized by manufacturers who …")."""
        plain = _plain(desc)
        if _OF_A_THING.search(plain) and not _PERSONAL.search(plain):
            return False  # "helped the working poor … (in the end, it primarily benefited …)": an act
        if _SOMEONE_WHO.search(plain.split(". ")[0]) or _PERSONAL.search(plain):
            return True
        ws = plain.split()
        if len(ws) < 3:
            return False
        first, after = ws[0].lower(), ws[1].lower()
        if first in ("was", "were"):
            return after in ("a", "an", "the") or after[:1] in "\"“"
        return self._did(first) and after not in ("by", "as", "in", "to", "with", "from", "for")

    def _fragment_genus(self, desc: str) -> str:
        """The noun a glossary's definition opens with, the kind of thing it defines: 'money which
        has no intrinsic value' -> 'money', 'the temperature at which ...' -> 'temperatur';
        '' when it opens with a verb ('accepts a list of things') or says no kind. A vague noun
        takes what it is of: 'A part of the midbrain that …' -> 'part of midbrain', not the 'part' of
        "The part of the nervous system …" (a tectum is no rival of the CNS)."""
        genus = self._bare_genus(desc)
        if genus not in _WHOLE_OF:
            return genus  # "The process of keeping information …": what follows a process is the process
        ofs = re.finditer(r"\b([A-Za-z]+)\s+of\s+", desc, re.IGNORECASE)
        of = next((m for m in ofs if stem(m.group(1).lower()) == genus), None)
        if of is None:
            return genus
        # the whole's name, up to three words: not an article or a count, nor a participle and what
        # follows it ("the brain involved in memory", "the nervous system made up of …", "countries
        # sharing a border"; not the noun of "the stomach lining" or "the inner ring")
        ws = re.sub(r"^(?:the|an?)\s+", "", desc[of.end() :], flags=re.IGNORECASE).split()
        whole: list[str] = []
        for i, w in enumerate(ws[:3]):
            bare = w.rstrip(",.;:()").lower()
            after = ws[i + 1].lower() if i + 1 < len(ws) and bare == w.lower() else ""
            verbal = bare in _PAST_VERBS or is_participle(bare)  # "made up of", "involved in"
            if not re.fullmatch(r"[a-z-]+", bare) or bare in STOPWORDS or bare in _COUNT_WORDS:
                break
            if whole and verbal and after in _AFTER_PARTICIPLE:
                break  # "the brain located near …", not "the stomach lining that …" (review 69)
            whole.append(bare)
            if bare != w.lower():
                break  # "the midbrain, which …": the comma ends the name
        return f"{genus} of {' '.join(map(stem, whole))}" if whole else genus

    def _bare_genus(self, desc: str) -> str:
        """The noun itself a glossary's definition opens with (see ``_fragment_genus``)."""
        genus = _genus_of(desc)
        if genus:
            return genus
        ws = re.sub(r"^(?:the|a|an)\s+", "", desc, flags=re.IGNORECASE).split()
        span: list[str] = []
        after = ""  # the word that ends the noun phrase
        for w in ws:
            bare = w.rstrip(",;:.")
            if bare.lower().strip("()") in _GENUS_END or not re.fullmatch(r"[A-Za-z-]+", bare):
                after = bare.lower()
                break
            if span and len(bare) > 4 and bare.lower().endswith("ed"):
                break  # 'speech sound produced with ...': the participle starts what the sound is like
            span.append(bare)
            if bare != w:
                break  # 'a simple vowel, composed of ...': the comma ends the noun phrase
        first = span[0].lower() if span else ""
        if (
            not 1 <= len(span) <= 4
            # 'study of minimal units': a word before "of" is a noun, whatever else it can be
            or (self._verbal(first) and not (len(span) == 1 and after == "of"))
            or (first.endswith("s") and self._verbal(first[:-1]))  # 'accepts a list of things'
            or any(w.lower() in ("a", "an", "the") for w in span)
        ):
            return ""
        return stem(span[-1].lower())

    # -- "X ~ Y" ----------------------------------------------------------------------------------
    def _mapping_facts(self, chunk: Chunk, entry: Entry, entries: list[Entry]) -> list[_Fact]:
        pairs = []
        for other in self._siblings(entry, entries):
            pair = self._pair(entries[other].text)
            if pair:
                pairs.append(pair)
        mine = self._pair(entry.text)
        if not mine:
            return []
        left, desc, right, scope = mine
        self.pools["mapping-left"][chunk.id].append(left)
        self.pools["mapping-right"][chunk.id].append(right)
        lefts = [p[0] for p in pairs if p[0] != left]
        rights = [p[2] for p in pairs if p[2] != right]
        shown = f"{left} ({desc})" if desc else left
        forward = (
            f"What is the {scope} counterpart of {shown}?"
            if scope
            else f"Which one is the counterpart of {shown}?"
        )
        backward = (
            f"{right} is the {scope} counterpart of which one?"
            if scope
            else f"{right} is the counterpart of which one?"
        )
        return [
            _Fact("mapping", forward, right, entry.text, chunk, "mapping-right", rights),
            _Fact("mapping", backward, left, entry.text, chunk, "mapping-left", lefts),
        ]

    def _pair(self, text: str) -> tuple[str, str, str, str] | None:
        if "~" not in text:
            return None
        left_md, _, right_md = text.partition("~")
        if re.match(r"\s*\d", right_md) or left_md.rstrip().endswith("("):
            return None  # "people speak ~150-200 words per minute": about, not a counterpart
        lb = [a or b for a, b in _BOLD.findall(left_md)]
        rb = [a or b for a, b in _BOLD.findall(right_md)]
        left_plain, right_plain = _plain(left_md), _plain(right_md)
        left = _clean_name(lb[-1]) if lb else _clean_name(left_plain.split("(")[0])
        right = _clean_name(rb[0] if rb else re.split(r"\s+in\s+|\(", right_plain)[0])
        m = re.search(r"\(([^()]{2,50})\)", left_plain)
        desc = (
            m.group(1).strip()
            if m and lb and left_plain.find(m.group(0)) > left_plain.find(_plain(lb[-1]))
            else ""
        )
        sm = re.search(r"\bin\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|[a-z][\w-]{2,})\s*[.!]?\s*$", right_plain)
        scope = sm.group(1) if sm and sm.group(1).lower() not in STOPWORDS else ""
        right = (
            self._vendor.sub("", right) if scope and right.lower().startswith(scope.lower() + " ") else right
        )
        e = self.entity(right)
        if e is not None and key(self.name_of(e)) in {key(right), key(self._vendor.sub("", right))}:
            right = self.name_of(e)
        if (
            not left
            or not right
            or len(left.split()) > 5
            or len(right.split()) > 5
            or key(left) == key(right)
            or any(_PARTICIPLE_PHRASE.match(side) for side in (left, right))
        ):
            return None  # "Aragon ~ Ruled by Ferdinand": a side that says something of the other, no name
        return left, desc, right, scope


def _overview(entries: list[Entry], members: tuple[int, ...], names: dict[int, str]) -> int | None:
    """The list's overview, if it opens with one: a first line that names the others, three at least and
    all but one at most. It heads the list ("Industrial structure - the proportion of workers in each
    sector (primary, secondary, tertiary, quaternary)" over Primary, Secondary, ...) and is neither a
    rival of them (graded a wrong-type distractor three times of four) nor a question whose stem names
    its own rivals. The names are listed apart, in brackets or after a colon: a line that names them in
    its sentence compares itself with them ("Plasma - hotter than a solid, liquid or gas"), and one that
    names two ("V₃ - midway between V₂ and V₄") still says what its own term is."""
    if len(members) < 4:
        return None
    first, rest = members[0], members[1:]
    body = split_label(entries[first].text)[1]
    # the names sit in one enumeration of their own: in brackets, or after a colon
    spans = re.findall(r"\(([^()]*)\)", body) + re.findall(r":\s*([^:]*)$", body)
    wanted = len({key(names[j]) for j in rest}) - 1
    for span in spans:
        said = words(span)
        named = {key(names[j]) for j in rest if _contains_phrase(said, names[j])}
        if len(named) >= 3 and len(named) >= wanted:
            return first
    return None


def _defines_each(entry: Entry, entries: list[Entry]) -> bool:
    """``entry`` is one of a run of list items each a short label over a description ("Offeror:
    person making an offer", "Offeree: person receiving an offer", "Estate: people who ..."): a
    glossary written in one line each. Its labels name terms even when the notes never use them
    again, as a glossary's do."""
    if not entry.item or not entry.label:
        return False
    mates = [entries[i] for i in EntryFacts._siblings(entry, entries)]
    shaped = [
        e
        for e in mates
        if e.label and len(e.label.split()) <= 3 and len(words(split_label(e.text)[1])) >= 3
    ]
    return len(shaped) >= _DEFINITION_RUN and len(shaped) * 4 >= len(mates) * 3


def _one_of(answer: str, names: list[str]) -> bool:
    """Whether ``answer`` is (a word of) one of ``names``: 'Polling' of 'Polling (Synchronous)'."""
    mine = _stem_set(answer)
    return any(mine & _stem_set(n) for n in names if n)


def _first_word_apart(a: str, b: str) -> bool:
    """'Global Variables' and 'Local Variables', 'Primary qualities' and 'Secondary qualities': two
    names of two words or more that differ in their first word only."""
    mine, theirs = words(a), words(b)
    return len(mine) == len(theirs) >= 2 and mine[1:] == theirs[1:] and mine[0] != theirs[0]


def _names_terms(labels: list[str]) -> bool:
    """Whether every label of a run is a term: three words or fewer, none a topic's (one topic among
    them, "Wilson's Liberal Internationalism" beside 'Open Door Policy', makes the run a writer's
    outline of a story, not a list of things of a kind)."""
    return all(1 <= len(words(n)) <= 3 and not _TOPIC_WORDS.search(n) for n in labels)


def _lead_of(entry: Entry, entries: list[Entry]) -> str:
    """The subject a list's lead-in names ("Eubacteria :" over "- Cell wall contains … peptidoglycan"),
    for an item of that list: a name of three words or fewer over a run of items, not a sentence."""
    at = entry.index
    if not entry.item or entry.parent is not None or not (0 <= at < len(entries) and entries[at] is entry):
        return ""
    while at > 0 and entries[at - 1].item:
        at -= 1
    if at == 0 or not _leads_in(entries[at - 1]):
        return ""
    said = _plain(entries[at - 1].text).strip().rstrip(":").strip()
    return said if 1 <= len(words(said)) <= 3 else ""
