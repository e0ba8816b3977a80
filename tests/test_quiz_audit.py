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
    out = _audit(seed_settings, capsys, "--audit", "6", "--seed", "3")
    bank = seed_engine.quiz_bank.items
    assert out.startswith(f"6 of {len(bank)} items (")
    assert "the post's title line (the topic, then the heading" in out and "✓ marks the key" in out
    blocks = _blocks(out)
    assert len(blocks) == 6
    by_question = {item.question: item for item in bank}
    drawn = []
    for n, block in enumerate(blocks, 1):
        first, question, *rest = block.split("\n")
        assert question.strip() in by_question, question
        item = by_question[question.strip()]
        drawn.append(item)
        title = quiz_payload(item)["title"]
        assert first == f"{n}. [{item.kind}] {title}", (first, title)
        if not item.is_cloze:
            marked = [line for line in rest if line.lstrip().startswith("✓")]
            assert marked == [f"   ✓ {'ABCDEFGH'[item.answer]}) {item.answer_text}"]
        assert any(line.startswith("   Notes say: ") for line in rest)
    # a question asked within a heading ("In “RDS”, ...") is shown under it, not quoting it
    set_in = [item for item in drawn if item.setting]
    assert set_in, "seed 3 draws a question asked within a heading"
    assert all(not item.question.startswith("In “") and item.setting in item.headline for item in set_in)


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


def _in_setting(topic: str = "Elastic Block Store (EBS)") -> QuizItem:
    return QuizItem(
        "2", "definition", "In “HDD Volume Types”, which of these describes sc1?",
        ("Lowest cost, for data seldom read", "Throughput optimized, for big data", "General purpose"), 0,
        "sc1: Lowest cost, for data seldom read", "ebs.md › Elastic Block Store (EBS) › HDD Volume Types",
        topic,
    )


def test_the_heading_a_question_is_asked_in_moves_to_the_posts_title():
    """"In “HDD Volume Types”, which of these ..." read to graders as a pointer at a heading the learner
    does not have; the post shows that heading in its title, after the topic, and asks the rest."""
    from bot.app.quiz_service import question_text

    item = _in_setting()
    assert item.headline == "Elastic Block Store (EBS) › HDD Volume Types"
    assert item.question == "Which of these describes sc1?"
    payload = quiz_payload(item)
    assert payload["title"] == "Quiz · Elastic Block Store (EBS) › HDD Volume Types"
    assert payload["description"].startswith("Which of these describes sc1?")
    assert question_text(item).startswith("Which of these describes sc1?\n")
    block = format_audit(3, item).split("\n")
    assert block[:2] == ["3. [definition] Quiz · Elastic Block Store (EBS) › HDD Volume Types",
                         "   Which of these describes sc1?"]
    # the stand-alone stem stays the item's prompt: a moderators' list or an answer box has no title
    assert item.prompt.startswith("In “HDD Volume Types”, ")


def test_a_setting_the_topic_already_says_is_not_said_twice():
    """"In “Amyloidosis”" under the topic Amyloidosis: the title says it once; a topic that names the
    answer is left out and the setting alone heads the post, until the answer is out."""
    same = _in_setting(topic="HDD Volume Types")
    assert same.headline == "HDD Volume Types" and same.question == "Which of these describes sc1?"
    naming = QuizItem(
        "3", "mapping", "In “Pricing”, which one is described as “Pay by the second”?",
        ("On-Demand", "Reserved", "Spot"), 0, "On-Demand: pay by the second", "ec2.md › On-Demand",
        "On-Demand",
    )
    assert naming.headline == "Pricing"
    assert quiz_payload(naming, revealed=True)["title"] == "Quiz · On-Demand › Pricing"


def test_an_audited_blank_says_how_close_a_typed_answer_must_be():
    """A grader who reads only the notes' misspelt key ("cursus honorun") would mark the blank unfair to a
    learner who types it right; the audit says a long name forgives two wrong letters, and it does."""
    from bot.quiz.grading import grade

    item = QuizItem(
        "4", "cloze", "The term for “course of offices (eg quaestors, aediles)” is ____.", (),
        "cursus honorun",
        "cursus honorun: course of offices (eg quaestors, aediles)", "rome.md › Republic", "Republic",
    )
    assert "Answer (typed): cursus honorun  (up to 2 wrong letters forgiven)" in format_audit(5, item)
    assert grade(item, "cursus honorum") and not grade(item, "consul")
    short = replace(item, answer="Tax", explanation="Tax: money paid to the state")
    assert "(spelled exactly)" in format_audit(6, short)
    numbered = replace(item, answer="Article 9", explanation="Article 9: the right to a fair trial")
    assert "(up to 1 wrong letter forgiven, numbers exact)" in format_audit(7, numbered)
    assert grade(numbered, "Artcle 9") and not grade(numbered, "Article 8")


def test_a_setting_that_would_name_the_answer_stays_in_the_stem():
    """A title hides a topic that names the answer ("MG" over Myasthenia gravis); a heading that names
    it stays in the stem, where the gates read it, and the title says just "Quiz"."""
    item = QuizItem(
        "5", "mapping", "In “MG crisis”, which one is described as “weakness of the breathing muscles”?",
        ("Myasthenia gravis", "Lambert-Eaton syndrome", "Botulism"), 0,
        "Myasthenia gravis: weakness of the breathing muscles", "neuro.md › MG › MG crisis", "MG",
    )
    assert item.setting == "" and item.question == item.prompt
    assert quiz_payload(item)["title"] == "Quiz"



def test_a_setting_naming_what_every_choice_shares_goes_to_the_title():
    """"Empezar -> to begin › Preterite" over 'Empezó', 'Empezaste' and 'Empecé' names the verb all
    three conjugate, not the key: the post titles the question with it and asks "What is the
    conjugation of the subject Él/Ella/Usted?", not a stem that quotes a heading path (graded odd
    wording four times of five, Spanish notes, r360)."""
    item = QuizItem(
        "7", "table",
        "In “Empezar -> to begin › Preterite”, what is the conjugation of the subject Él/Ella/Usted?",
        ("Empezó", "Empezaste", "Empecé", "Empezaron"), 0, "Él/Ella/Usted — Conjugation: Empezó",
        "verbs.md › Verbs for final › Empezar -> to begin › Preterite", "Verbs for final",
    )
    assert item.question == "What is the conjugation of the subject Él/Ella/Usted?"
    assert quiz_payload(item)["title"] == "Quiz · Verbs for final › Empezar -> to begin › Preterite"
    # a setting that names the key and no rival still stays in the stem
    named = replace(item, prompt="In “Empezó forms”, what is the conjugation of the subject Él/Ella/Usted?")
    assert named.setting == "" and named.question == named.prompt

def test_a_question_keeps_the_case_of_a_name_it_opens_with_and_a_setting_is_said_once():
    """"In “Buffers”, pH ..." asks "pH ...", not "PH ..."; "Volume" under the topic "EBS Volumes" is
    said once."""
    ph = QuizItem(
        "6", "cloze", "In “Buffers”, pH is the negative logarithm of the ____ concentration.", (),
        "hydrogen ion", "pH is the negative logarithm of the hydrogen ion concentration.",
        "chem.md › Acids › Buffers", "Acids",
    )
    assert ph.question == "pH is the negative logarithm of the ____ concentration."
    assert ph.headline == "Acids › Buffers"
    volume = replace(_in_setting(topic="EBS Volumes"), prompt="In “Volume”, which of these describes sc1?")
    assert volume.headline == "EBS Volumes" and volume.question == "Which of these describes sc1?"


def test_a_title_sharing_a_word_with_a_described_line_still_heads_the_question():
    """"Which of these describes the Economic Cause Debt Crisis?" under "Causes of the French
    Revolution": the key's line names the American Revolution, but the title points at no choice;
    without it the learner is not told what the causes are of."""
    item = QuizItem(
        "4", "definition", "Which of these describes the Economic Cause Debt Crisis?",
        ("Result of wars (e.g., American Revolution) and an inefficient tax system",
         "Lavish court at Versailles drained the treasury"),
        0, "Debt Crisis: Result of wars", "fr.md › Causes", "Causes of the French Revolution",
    )
    assert item.headline == "Causes of the French Revolution"
