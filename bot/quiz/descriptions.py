"""Definitions: a list's label asked the other way round ("Which of these describes Kubelet?"), among
what the same list says of its siblings. A mixin of the quiz builder (``bot.quiz.generate._Builder``),
which asks each label by its line first; the labels asked so are handed here.

The notes' own set gives choices of one kind. Not asked: a description that names its own label or the
one asked (it gives itself away), two lines a word tells apart ('Increase …' and 'Decrease …'), names
or values passed off as descriptions, and an either-or between two such lines of a list that left a
label out.
"""

from __future__ import annotations

import random
import re

from bot.quiz.facts import _Fact
from bot.quiz.grading import normalized
from bot.quiz.items import QuizItem
from bot.quiz.rivals import lines_alike as _lines_alike
from bot.quiz.wording import (
    _BRACKETED,
    _COMMON_MARK,
    COUNT_WORD,
    _as_choice,
    _item_id,
    _label_key,
    _mirrored,
    _prose,
    _singular_head,
    _stem_set,
    _unref,
)
from bot.text import is_common_word, key, stem, words

# a heading that relates its list to a thing ("Indications for Oxygen Therapy", "Attitude to …")
_RELATES = re.compile(r"\b(?:for|to|towards?|against|in|at|on|with|without|versus|vs)\b", re.IGNORECASE)
# a mapping item set in a heading that counts its items: "Two ways to charge: which one …?"
_COUNTED_PROMPT = re.compile(rf"^({COUNT_WORD} [^:]{{1,60}}): which ")


def _names_as_written(name: str, text: str) -> bool:
    """Whether a line writes a short name as it is written ('IgG' in "… antibodies are IgG"), where its
    word stems say nothing ('Ig', 'G')."""
    name = name.strip()
    return 2 <= len(name) <= 8 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _kind_in_name(kind: str, name: str) -> bool:
    """The name's last word is a word of its kind: "the endpoint Reader endpoint", "the Proxy Server IP
    Proxy" say the kind twice; 'IP Proxy' alone says it."""
    last = words(name)[-1:]
    return bool(last) and stem(last[0]) in {stem(w) for w in words(kind)}


class Descriptions:
    """The labels already asked by their lines, asked once more for their lines among their siblings'."""

    @staticmethod
    def _definitions_by_name(facts: list[_Fact]) -> dict[tuple[str, str], _Fact]:
        """The definition facts of list labels, by file and label."""
        by_name: dict[tuple[str, str], _Fact] = {}
        for f in facts:
            if f.kind == "mapping" and f.pool == "term" and f.pred:
                by_name.setdefault((f.chunk.source, _label_key(f.answer)), f)
        return by_name

    def _mirror_pair(self, fact: _Fact, item: QuizItem, by_name: dict[tuple[str, str], _Fact]) -> bool:
        """A label asked between two whose definitions differ by a word or two ('Increase in economic
        benefits ...' for Income, 'Decrease in economic benefits ...' for Expenses): an antonym, not
        knowledge, answers it."""
        if fact.kind != "mapping" or fact.pool != "term" or len(item.choices) != 2:
            return False
        other = item.choices[1 - item.answer]
        f = by_name.get((fact.chunk.source, _label_key(other)))
        return f is not None and _mirrored(fact.pred, f.pred)

    def _descriptions(
        self, by_name: dict[tuple[str, str], _Fact], defined: list[tuple[_Fact, QuizItem]]
    ) -> list[QuizItem]:
        """The labels of a list asked the other way round: 'Which of these describes Kubelet?' among
        the descriptions the same list gives its siblings. The notes' own set gives choices of one
        kind; a description that names its own label (or the one asked) would give itself away."""
        out: list[QuizItem] = []
        seen: set[str] = set()
        for fact, item in defined:
            asked = item.choices[item.answer]
            siblings = {_label_key(g) for g in fact.group}
            # a choice shown without the mark every label carried ('Stage 3 Anaphase' of '… (HL)')
            marked = {_label_key(_COMMON_MARK.sub("", g)): _label_key(g) for g in fact.group}
            unlined = {_label_key(r) for r in fact.rivals}
            here = fact.chunk.source
            said: list[tuple[str, str]] = []
            asides: dict[str, set[str]] = {}  # what each choice's line says in brackets
            skipped = False
            for name in item.choices:
                k = _label_key(name)
                alt = marked.get(k, k)
                f = fact if name == asked else by_name.get((here, k)) or by_name.get((here, alt))
                if name in fact.rivals or alt in unlined:
                    skipped = True
                    continue  # 'SaaS' beside IaaS has no line of its own to offer as a choice
                if f is None or (f is not fact and k not in siblings and alt not in siblings):
                    break
                text = _as_choice(f.pred)
                if self._misspelled(text):
                    if f is fact:
                        break
                    continue  # 'expresive': a typo copied from the notes is not posted
                said.append((name, text))
                asides[name] = _stem_set(" ".join(_BRACKETED.findall(f.explanation)))
            else:
                fewest = 3 if skipped else 2  # a list that left a label out asks among three at least
                if len(said) < fewest or (len(said) == 2 and _mirrored(said[0][1], said[1][1])):
                    continue  # 'Increase in economic benefits' or 'Decrease ...': a word tells them apart
                if len(said) == 2 and all(len(words(n)) == 1 and is_common_word(n.lower()) for n, _ in said):
                    continue  # 'Read' or 'Write' once more, the other way round: the words answer it
                texts = [t for _, t in said]
                if len({key(t) for t in texts}) < len(texts) or not all(map(_prose, texts)):
                    continue  # '1000-Base-LX', 'Asia Pacific (Sydney)': names, not descriptions
                own = next(t for n, t in said if n == asked)
                if any(_lines_alike(own, t) for n, t in said if n != asked):
                    continue  # "Two sounds occur in the same phonetic environment", "Sounds occur in same …"
                # two distractors that say one thing: one of them goes, the item stays (review 83)
                kept: list[tuple[str, str]] = []
                for n, t in said:
                    if n == asked or not any(_lines_alike(t, k) for m, k in kept if m != asked):
                        kept.append((n, t))
                if len(kept) < len(said) and len(kept) < 3:
                    continue
                said, texts = kept, [t for _, t in kept]
                own = next(t for n, t in said if n == asked)
                if _stem_set(asked) & _stem_set(own):
                    continue  # "... at a static port (the NodePort)": a description naming its label
                # a wrong choice naming its own label, or the asked one ("tiny projections on the villi"
                # of Microvilli, for Villi), goes; the item stays while it has its fewest (review 86)
                left = [
                    (n, t)
                    for n, t in said
                    if n == asked
                    or not (
                        _stem_set(n) & _stem_set(t)
                        or _stem_set(asked) & _stem_set(t)
                        # ('IgG' in "The most common type (75% of the antibodies are IgG)": a short
                        # name, as written)
                        or _names_as_written(n, t)
                        or _names_as_written(asked, t)
                        # "Controls active breathing. (as well as inspiratory centre, …)" holds of
                        # the inspiratory centre as well: no wrong answer for it
                        or bool(_stem_set(asked)) and _stem_set(asked) <= asides[n]
                    )
                ]
                if len(left) < (3 if len(left) < len(said) else fewest):
                    continue  # (a list that left a choice out asks among three at least, as above)
                said = left
                texts = [t for _, t in said]
                # 'Provisioned' alone names nothing: the heading that set its line (or the nearest one
                # that names a thing) does; a thing's own name ('Lipids') is asked as it is ("In “The
                # Living Cell”, which of these describes Lipids?" pointed at a heading the reader can't
                # see, graded odd twice, r214)
                # (a heading that relates the list to a thing, "Indications for Oxygen Therapy", says
                # what about 'Perioperative Care' is asked: without it two lines fitted, graded BAD, r215)
                wrapper = re.match(r"^In “([^”]*)”, ", item.prompt)
                heading = wrapper.group(1) if wrapper else self._own_heading(fact.chunk)
                # ... and a heading that names a thing the notes talk of ('Control Plane' over
                # 'Scheduler') anchors the question where a chapter's title ("The Living Cell") does
                # not (a reader endpoint asked without its database was graded unanchored, r216)
                anchor = wrapper.group(1) if wrapper else self._setting(fact.chunk, asked)
                named_alone = (
                    self._named_alone(asked)
                    and not _RELATES.search(heading)
                    and not self._talked_of(anchor)
                )
                wrapped = None if named_alone else wrapper
                lead = f"In “{wrapped.group(1)}”, which" if wrapped else "Which"
                # "Two ways to charge: which one …?" (a heading that counts its items) sets both ways
                counted = _COUNTED_PROMPT.match(item.prompt)
                if counted:
                    wrapped, lead = counted, f"{counted.group(1)}: which"
                kind = fact.noun and not _kind_in_name(fact.noun, asked)
                # "the type of Defense Mechanisms regression" reads garbled: the kind is a defense mechanism
                # (only of a kind named in the plural: "Forms of Government" keeps 'the form of Government')
                sort = re.fullmatch(r"(?:type|kind|form|category|class|sort) of (.+)", fact.noun or "")
                one = _singular_head(sort.group(1)) if sort else ""
                noun = one if sort and one != sort.group(1) else fact.noun
                named = f"the {noun} {asked}" if kind else asked
                prompt = f"{lead} of these describes {named}?"
                unset = wrapped or fact.noun or named_alone
                setting = self._setting(fact.chunk, asked) if not unset else ""
                if setting and key(_COMMON_MARK.sub("", setting)) == key(asked):
                    setting = ""  # the heading is the label itself, with the mark the choices left off
                if setting and any(self.same_thing(setting, n) for n, _ in said):
                    setting = ""  # "In “NMS”, which describes Serotonin syndrome?" beside NMS: a rival
                if setting:
                    prompt = f"In “{_unref(setting)}”, {prompt[0].lower()}{prompt[1:]}"
                if normalized(prompt) in seen:
                    continue
                seen.add(normalized(prompt))
                answer = texts[[n for n, _ in said].index(asked)]
                choices = list(texts)
                item_id = _item_id("definition", item.source, prompt, answer)
                random.Random(int(item_id, 16)).shuffle(choices)
                out.append(
                    QuizItem(
                        item_id,
                        "definition",
                        prompt,
                        tuple(choices),
                        choices.index(answer),
                        item.explanation,
                        item.source,
                        item.topic,
                        item.chunk_id,
                    )
                )
        return out
