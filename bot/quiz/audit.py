"""A sample of the quiz bank laid out for a person to grade in minutes (`tutor quiz --audit N`).

The quiz rubric grades a bank by drawing items at random in proportion to the kinds in it, with a
fixed seed so the same sample can be drawn again; each item is shown whole: stem, choices with the
key marked, the accepted answers of a blank, the notes' line that justifies it and where it is.
Each item is laid out as the learner sees it, title line first: a grader who takes the topic in a
post's title for a heading the learner never sees marks down an item that stands alone.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict

from bot.quiz.grading import typos_allowed
from bot.quiz.items import LETTERS, QuizItem, post_title


def audit_sample(items: list[QuizItem], n: int, seed: int | None = None) -> list[QuizItem]:
    """``n`` items drawn at random, each kind in proportion to its share of the bank."""
    if n >= len(items):
        return list(items)
    rng = random.Random(seed)
    by_kind: dict[str, list[QuizItem]] = defaultdict(list)
    for item in items:
        by_kind[item.kind].append(item)
    # largest remainder: every kind gets its share of n, rounded so the shares add up to n
    shares = {k: n * len(v) / len(items) for k, v in by_kind.items()}
    counts = {k: int(s) for k, s in shares.items()}
    for k in sorted(shares, key=lambda k: (-(shares[k] - counts[k]), k))[: n - sum(counts.values())]:
        counts[k] += 1
    picked = [item for k in sorted(by_kind) for item in rng.sample(by_kind[k], counts[k])]
    rng.shuffle(picked)
    return picked


AUDIT_LEGEND = (
    "Each item as a learner sees it: the post's title line (the topic, then the heading the question is\n"
    "asked in, if any), the question and its choices.\n"
    "✓ marks the key; a blank is answered by typing. \"Notes say\" and \"Source\" are shown with the answer."
)


def audit_header(sample: list[QuizItem], items: list[QuizItem]) -> str:
    """What a sample is drawn from, and how to read it."""
    kinds = ", ".join(f"{k} {n}" for k, n in Counter(item.kind for item in items).items())
    return f"{len(sample)} of {len(items)} items ({kinds})\n{AUDIT_LEGEND}"


def format_audit(n: int, item: QuizItem) -> str:
    """One item as a grader reads it: its kind, then the post as the learner sees it."""
    lines = [f"{n}. [{item.kind}] {post_title(item.headline)}", f"   {item.question}"]
    if item.is_cloze:
        accepted = ", ".join(item.accept)
        # the longest spelling forgives most: "up to" holds for every one of them
        typos = max(typos_allowed(s) for s in (item.answer_text, *item.accept))
        letters = "letters" if typos > 1 else "letter"
        slips = f"up to {typos} wrong {letters} forgiven" if typos else "spelled exactly"
        if any(ch.isdigit() for ch in item.answer_text):
            slips += ", numbers exact"
        if typos and item.near:
            slips += ", but " + ", ".join(f"‘{n}’" for n in item.near) + " is wrong"
        also = f"  (also accepted: {accepted}; {slips})" if accepted else f"  ({slips})"
        lines.append(f"   Answer (typed): {item.answer}{also}")
    else:
        for i, choice in enumerate(item.choices):
            mark = "✓" if i == item.answer else " "
            lines.append(f"   {mark} {LETTERS[i]}) {choice}")
    lines.append(f"   Notes say: {item.explanation}")
    lines.append(f"   Source: {item.source}")
    return "\n".join(lines)
