"""`tutor quiz --audit N --seed S`: a sample of the bank a person grades in minutes, laid out as posted."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from bot.cli import main
from bot.discord_app.quiz_views import quiz_payload
from bot.quiz.audit import audit_sample, format_audit
from bot.quiz.items import QuizItem


def _audit(settings, capsys, *args: str) -> str:
    assert main(["quiz", "--config", str(settings.source), *args]) == 0
    return capsys.readouterr().out


def _blocks(out: str) -> list[str]:
    return re.split(r"\n\n(?=\d+\. \[)", out.split("\n\n", 1)[1].strip())


def test_an_audit_shows_each_item_as_the_learner_sees_its_post(seed_settings, seed_engine, capsys):
    """The sample says how to read it, and each item opens with the post's own title line (the topic a
    learner sees above the question) before the question: a grader who took the topic for a heading
    the learner never sees would mark down a question that stands alone."""
    out = _audit(seed_settings, capsys, "--audit", "6", "--seed", "7")
    bank = seed_engine.quiz_bank.items
    assert out.startswith(f"6 of {len(bank)} items (")
    assert "the post's title line (the topic)" in out and "✓ marks the key" in out
    blocks = _blocks(out)
    assert len(blocks) == 6
    by_prompt = {item.prompt: item for item in bank}
    for block in blocks:
        first, question, *rest = block.split("\n")
        item = by_prompt[question.strip()]
        assert first.endswith(quiz_payload(item)["title"]), (first, quiz_payload(item)["title"])
        assert first.startswith(f"{blocks.index(block) + 1}. [{item.kind}] Quiz")
        if not item.is_cloze:
            marked = [line for line in rest if line.lstrip().startswith("✓")]
            assert marked == [f"   ✓ {'ABCDEFGH'[item.answer]}) {item.answer_text}"]
        assert any(line.startswith("   Notes say: ") for line in rest)


def test_an_audit_sample_is_drawn_again_with_its_seed(seed_settings, capsys):
    """The same seed draws the same sample, so two graders grade the same items; another draws others."""
    first = _audit(seed_settings, capsys, "--audit", "5", "--seed", "2026")
    again = _audit(seed_settings, capsys, "--audit", "5", "--seed", "2026")
    other = _audit(seed_settings, capsys, "--audit", "5", "--seed", "2027")
    assert first == again
    assert first != other


def test_an_audit_draws_each_kind_in_proportion_to_the_bank():
    """30 table rows and 10 mappings: a sample of 8 holds 6 of one and 2 of the other."""
    base = QuizItem("0", "table", "Which one?", ("a", "b", "c"), 0, "a", "notes.md › A", "A")
    items = [replace(base, id=f"t{i}") for i in range(30)]
    items += [replace(base, id=f"m{i}", kind="mapping") for i in range(10)]
    assert Counter(item.kind for item in audit_sample(items, 8, seed=1)) == {"table": 6, "mapping": 2}


def test_a_topic_that_would_name_the_answer_is_not_shown_in_the_audit_either():
    """A post hides a topic that names its answer; the audit shows the same bare title."""
    item = QuizItem(
        "1", "mapping", "Which one is described as “The process whereby energy is lost”?",
        ("Damping", "Resonance", "Inertia"), 0, "Damping: the process whereby energy is lost",
        "physics.md › Damping", "Damping",
    )
    first = format_audit(1, item).split("\n")[0]
    assert first == "1. [mapping] Quiz"
    assert quiz_payload(item)["title"] == "Quiz"
