"""Quiz generation on the real notes: counts, spread, one right answer, no give-aways, stable ids, grading."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from bot.glossary import Glossary
from bot.ingest import Chunker, read_corpus
from bot.quiz.generate import generate_items
from bot.quiz.grading import filter_items, grade
from bot.quiz.items import QuizItem
from bot.quiz.wording import when_shape
from bot.search.embedder import token_counter
from bot.text import key, strip_markup, words

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus"
ALOZANO = ROOT.parent / "shared" / "corpora" / "alozano-saa-c02-notes" / "notes"
SEED_SECTIONS = ("Messaging & Event-Driven Architectures", "Networking & Security", "Databases & Scaling")


def _load(folder: Path):
    chunker = Chunker(token_counter("all-MiniLM-L6-v2"), 200)
    chunks = [c for d in read_corpus(folder) for c in chunker.chunk(d)]
    return chunks, Glossary.build(chunks)


@pytest.fixture(scope="module")
def seed():
    chunks, glossary = _load(SEED)
    return chunks, glossary, generate_items(chunks, glossary)


@pytest.fixture(scope="module")
def alozano():
    if not ALOZANO.is_dir():
        pytest.skip("alozano corpus not available")
    chunks, glossary = _load(ALOZANO)
    start = time.perf_counter()
    items = generate_items(chunks, glossary)
    return chunks, glossary, items, time.perf_counter() - start


@pytest.fixture(params=["seed", "alozano"])
def bank(request, seed, alozano):
    """(chunks, items) for each corpus."""
    if request.param == "seed":
        return seed[0], seed[2]
    return alozano[0], alozano[2]


def _phrase_in(text: str, phrase: str) -> bool:
    tw, pw = words(strip_markup(text)), words(strip_markup(phrase))
    return bool(pw) and any(tw[i : i + len(pw)] == pw for i in range(len(tw) - len(pw) + 1))


def _norm(text: str) -> str:
    return " ".join(words(strip_markup(text)))


def _answer_clause(explanation: str, answer: str) -> str:
    """The clause stating the answer ("X does A, while Y does B" -> "X does A"), the answer cut out."""
    plain = strip_markup(explanation)
    clauses = re.split(r",?\s+while\s+|;\s+|,\s+whereas\s+|(?<=[.!?])\s+", plain)
    found = next((c for c in clauses if _phrase_in(c, answer)), plain)
    return " ".join(words(found)).replace(" ".join(words(answer)), " | ")


# --------------------------------------------------------------------------------------------- counts


def test_seed_count_kinds_and_spread(seed):
    items = seed[2]
    assert len(items) >= 40
    kinds = Counter(it.kind for it in items)
    assert {"statement", "table", "mapping"} <= set(kinds), kinds
    topics = Counter(it.topic for it in items)
    for section in SEED_SECTIONS:
        assert topics[section] >= 3, topics


def test_alozano_bank_size_and_kinds(alozano):
    """Fewer, better items: a month of daily questions that pass the gates, most of them a label's
    definition asked among its own list; a sentence about one thing is asked only where the notes
    compare (these notes have an "SQS vs Kinesis" section). (The time the bank takes is reported by
    `make bench`, not bounded here.)"""
    items = alozano[2]
    # these notes set their terms out as headings: read as lists, they make most of the bank
    assert len(items) >= 70
    assert any(it.prompt.startswith("In “EC2 Pricing Models”, which one") for it in items)
    kinds = Counter(it.kind for it in items)
    assert {"statement", "mapping"} <= set(kinds), kinds
    assert kinds["mapping"] > kinds["statement"], kinds
    # "Small or burst style workloads ____ makes sense": a blank between a subject and its verb
    between = re.compile(r"\b[a-z]+s ____ (?:is|are|makes|make|has|have)\b")
    assert not any(between.search(it.prompt) for it in items if it.is_cloze)


def test_seed_examples_from_the_brief(seed):
    items = seed[2]
    sns = next(it for it in items if it.kind == "statement" and "broadcasting" in it.prompt)
    assert sns.answer_text == "SNS" and {"SQS", "Kinesis"} <= set(sns.choices)
    assert "broadcasting" in sns.explanation
    kafka = next(it for it in items if it.kind == "mapping" and "Kafka" in it.prompt)
    assert kafka.answer_text == "Kinesis"
    # the table of two is asked as what sets one apart, the other's cells the rivals
    sqs = next(it for it in items if it.answer_text == "Protocol Support: AWS API")
    assert sqs.prompt == "Which of these sets SQS apart from MQ?"
    assert "Protocol Support: AMQP, JMS, MQTT" in sqs.choices and len(sqs.choices) == 4
    # asked of MQ, "MQ" would point at the only choice with "MQTT" in it: that item is not made
    assert not any(it.answer_text == "Protocol Support: AMQP, JMS, MQTT" for it in items)
    # nor asked the other way round: "MQTT" in the stem begins with the key "MQ"
    assert not any(it.kind == "table" and "AMQP, JMS, MQTT" in it.prompt for it in items)
    # the other orientation: things as rows
    dns = next(it for it in items if it.kind == "table" and "DNS Management" in it.prompt)
    assert dns.answer_text == "Route 53"
    assert all(it.source.startswith("aws-prep-notes.md › AWS Prep Notes") for it in items)


# ------------------------------------------------------------------------------------- well-formed


def test_items_are_well_formed(bank):
    chunks, items = bank
    ids = {c.id for c in chunks}
    for it in items:
        assert isinstance(it, QuizItem)
        assert it.kind in ("statement", "table", "mapping", "definition", "cloze")
        assert it.prompt.strip() and it.explanation.strip() and it.topic.strip()
        assert it.chunk_id in ids
        assert " › " in it.source or it.source
        if it.kind == "cloze":
            assert it.choices == () and isinstance(it.answer, str) and it.answer
            assert "____" in it.prompt
        else:
            assert 2 <= len(it.choices) <= 4, it  # two: the notes set exactly two things side by side
            assert isinstance(it.answer, int) and 0 <= it.answer < len(it.choices)
            normed = [_norm(c) for c in it.choices]
            assert len(set(normed)) == len(normed), it.choices
            assert all(c.strip() for c in it.choices)


def test_no_duplicate_prompts(bank):
    """No question is asked twice; only a table of two asks its rows over one stem ("Which of these
    sets SQS apart from MQ?"), each row a question of its own by its key."""
    _, items = bank
    prompts = Counter(_norm(it.prompt) for it in items)
    assert [p for p, n in prompts.items() if n > 1 and " apart from " not in p] == []
    assert len({(_norm(it.prompt), _norm(it.answer_text)) for it in items}) == len(items)
    assert len({it.id for it in items}) == len(items)


def test_answer_in_explanation_or_source(bank):
    _, items = bank
    for it in items:
        assert _phrase_in(it.explanation, it.answer_text) or _phrase_in(it.source, it.answer_text), it


def test_prompt_does_not_give_the_answer_away(bank):
    _, items = bank
    for it in items:
        assert not _phrase_in(it.prompt, it.answer_text), it
        for alt in it.accept:
            assert not _phrase_in(it.prompt, alt), (it, alt)


def test_no_second_right_answer(bank):
    """A distractor is neither named where the answer stands nor said, in the notes, to do the same thing."""
    chunks, items = bank
    corpus = " \n ".join(_norm(c.text) for c in chunks)
    for it in items:
        if it.kind not in ("statement", "mapping") or it.is_cloze:
            continue
        clause = _answer_clause(it.explanation, it.answer_text)
        predicate = re.sub(
            r"^(?:which one|which of these)\s+", "", it.prompt.rstrip("?"), flags=re.IGNORECASE
        )
        for i, choice in enumerate(it.choices):
            if i == it.answer:
                continue
            assert not _phrase_in(clause, choice), (it.prompt, choice, clause)
            assert not _phrase_in(it.prompt, choice), (it.prompt, choice)
            if len(words(predicate)) >= 3:
                assert f" {_norm(choice)} {_norm(predicate)} " not in f" {corpus} ", (it.prompt, choice)


def test_table_items_have_one_right_cell(seed):
    for it in seed[2]:
        if it.kind != "table":
            continue
        if " apart from " in it.prompt:
            # "MQ — Message Model: Message broker; SQS — Message Model: Simple queue"
            assert it.answer_text == it.explanation.split("; ")[0].split(" — ", 1)[1]
            continue
        thing_attr, _, cell = it.explanation.partition(": ")
        assert cell and it.answer_text in (cell, thing_attr.split(" — ")[0])
        # no other choice carries the same text as the answer
        assert sum(_norm(c) == _norm(it.answer_text) for c in it.choices) == 1


def test_ids_and_order_are_stable(seed):
    chunks, glossary, items = seed
    again = generate_items(chunks, glossary)
    assert [it.to_record() for it in again] == [it.to_record() for it in items]


def test_ids_do_not_depend_on_other_notes(seed):
    """An item's id hashes its own kind, source, prompt and answer, not its position in the bank."""
    chunks, glossary, items = seed
    fewer = generate_items(chunks[:6], Glossary.build(chunks[:6]))
    by_prompt = {(it.prompt, it.answer_text): it.id for it in items}
    shared = [it for it in fewer if (it.prompt, it.answer_text) in by_prompt]
    assert shared
    assert all(by_prompt[it.prompt, it.answer_text] == it.id for it in shared)


def test_nothing_generated_from_nothing():
    assert generate_items([], Glossary()) == []


# ------------------------------------------------------------------------------------ filter, grade


def test_filter_items_by_topic(seed):
    items = seed[2]
    assert filter_items(items, None) == items
    net = filter_items(items, "networking")
    assert net and all(it.topic == "Networking & Security" for it in net)
    assert filter_items(items, "DATABASES & scaling") == [
        it for it in items if it.topic == "Databases & Scaling"
    ]
    assert {it.topic for it in filter_items(items, "messaging")} == {"Messaging & Event-Driven Architectures"}
    assert {it.topic for it in filter_items(items, "event-driven")} == {
        "Messaging & Event-Driven Architectures"
    }
    assert filter_items(items, "astrophysics") == []


def _mc() -> QuizItem:
    return QuizItem(
        "x",
        "statement",
        "Which one is used for broadcasting?",
        ("SQS", "SNS", "Kinesis", "MQ"),
        1,
        "Use SNS for **broadcasting**.",
        "f.md › A",
        "A",
    )


def _cloze() -> QuizItem:
    return QuizItem(
        "y",
        "cloze",
        "Aurora is ____, highly available.",
        (),
        "auto-scaling",
        "Aurora is **auto-scaling**, highly available.",
        "f.md › A",
        "A",
        accept=("autoscaling",),
    )


def test_grade_multiple_choice():
    item = _mc()
    assert grade(item, 1) and not grade(item, 0)
    assert grade(item, "B") and grade(item, "b") and grade(item, " b) ") and not grade(item, "A")
    assert grade(item, "2") and not grade(item, "1")
    assert grade(item, "SNS") and grade(item, "sns") and not grade(item, "SQS")
    assert not grade(item, "E") and not grade(item, "") and not grade(item, 7)


def test_grade_cloze_tolerates_case_spacing_and_small_typos():
    item = _cloze()
    for ok in ("auto-scaling", "Auto Scaling", "autoscaling", "AUTO-SCALING.", "auto-scalling", "autoscalng"):
        assert grade(item, ok), ok
    assert grade(item, "the auto-scaling") and grade(item, "An autoscaling")  # an article in front
    for bad in ("manual scaling", "scaling", "", "auto", "the", "theauto"):
        assert not grade(item, bad), bad
    short = QuizItem("z", "cloze", "Port ____ is SSH.", (), "22", "Port **22** is SSH.", "f.md", "A")
    assert grade(short, "22") and not grade(short, "23")


def test_generated_items_grade_their_own_answers(bank):
    _, items = bank
    for it in items[:200]:
        if it.is_cloze:
            assert grade(it, it.answer) and all(grade(it, a) for a in it.accept)
        else:
            assert grade(it, it.answer) and grade(it, "ABCD"[it.answer]) and grade(it, it.answer_text)
            wrong = (it.answer + 1) % len(it.choices)
            assert not grade(it, wrong) and not grade(it, it.choices[wrong])


GENERIC_NOTES = """# Cell Biology

## Organelles
- **Mitochondria vs. Chloroplasts**:
  - **Mitochondria** produce ATP through cellular respiration.
  - **Chloroplasts** capture light energy through photosynthesis.
- **Ribosome**: Builds proteins from amino acids.
- **Lysosome**: Breaks down waste with digestive enzymes.
- **Golgi Apparatus**: Packages and ships proteins to their destinations.

| Feature | Prokaryote | Eukaryote |
| Nucleus | Absent | Present |
| Size | 1-10 micrometres | 10-100 micrometres |
| Example | Bacteria | Animal cells |

## Genetics
- **Transcription** (DNA to RNA) ~ **Copying** in computing.
- **Translation** (RNA to protein) ~ **Compiling** in computing.
- **Replication** (DNA to DNA) ~ **Backup** in computing.

DNA polymerase builds the new strand during **replication**, reading the template 3' to 5'.
```
code block: **ignored** ~ not a mapping
```
"""


def test_generic_notes_on_another_subject(tmp_path):
    (tmp_path / "bio.md").write_text(GENERIC_NOTES, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    items = generate_items(chunks, glossary)
    kinds = Counter(it.kind for it in items)
    assert {"statement", "table", "mapping"} <= set(kinds), [it.prompt for it in items]
    atp = next(it for it in items if "ATP" in it.prompt)
    assert atp.answer_text == "Mitochondria" and "Chloroplasts" in atp.choices
    ribo = next(it for it in items if "amino acids" in it.prompt)
    assert ribo.answer_text == "Ribosome" and {"Lysosome", "Golgi Apparatus"} <= set(ribo.choices)
    wanted = "What is the computing counterpart of Transcription (DNA to RNA)?"
    assert any(it.prompt == wanted and it.answer_text == "Copying" for it in items)
    assert all("ignored" not in it.prompt for it in items)
    assert {it.topic for it in items} <= {"Organelles", "Genetics"}


# A field none of the corpora hold (astronomy), written the way study notes are: a record list with
# the same field labels under each item, numbered examples, a list of kinds under a plural label,
# a definition outside its own section, and code names in a table.
SKY_NOTES = """# Observational Astronomy

## Telescopes
- **Refractor**: Uses a lens to bend light to a focus.
- **Reflector**: Uses a curved mirror to gather light.
- **Catadioptric**: Combines lenses and mirrors in one tube.

## Types of Stars
- **Red Dwarf**: A small cool star that burns hydrogen for trillions of years.
- **Blue Giant**: A massive hot star that burns out in a few million years.
- **White Dwarf**: The dense leftover core of a star like the Sun.
- **Neutron Star**: The collapsed core of a massive star after a supernova.

## Planets
- **Mercury**:
  - **Orbit**: The closest planet to the Sun with an 88 day year.
  - **Surface**: Cratered rock with no atmosphere to speak of.
- **Jupiter**:
  - **Orbit**: Takes twelve years to circle the Sun once.
  - **Surface**: No solid surface, only deep layers of gas.
- **Neptune**:
  - **Orbit**: The farthest planet, with a 165 year orbit.
  - **Surface**: Icy clouds driven by the fastest winds measured.

## Worked examples
- **Example 1**: A star twice as far away looks four times dimmer.
- **Example 2**: A lens twice as wide gathers four times the light.

## Distances
A parsec is the distance at which one astronomical unit subtends one arcsecond.
A light year is the distance light travels in one year of time.

## Catalogue helpers
| Method | Operator |
| `__add__(self, other)` | Addition |
| `__sub__(self, other)` | Subtraction |
| `__mul__(self, other)` | Multiplication |
| `__invert__(self)` | Bitwise NOT |
"""


def _items_of(folder: Path, notes: str, name: str = "notes.md") -> list[QuizItem]:
    """The bank of one file of notes written into ``folder`` (without vectors: fast, and the rules here
    do not need them)."""
    (folder / name).write_text(notes, encoding="utf-8")
    chunks, glossary = _load(folder)
    return generate_items(chunks, glossary)


def _items_shown(folder: Path, notes: str) -> tuple[list[QuizItem], list[tuple[str, tuple[str, ...]]]]:
    """The bank of ``notes`` and its stems with their choices, to show when an assertion fails."""
    items = _items_of(folder, notes)
    return items, [(it.prompt, it.choices) for it in items]


def _asked_among_their_own(folder: Path, notes: str, group: set[str]) -> None:
    """Asserts that the bank of ``notes`` asks some of ``group``, and each only among the others."""
    items, shown = _items_shown(folder, notes)
    asked = [it for it in items if it.answer_text in group]
    assert asked, shown
    assert all(set(it.choices) <= group for it in asked if it.kind == "mapping"), shown


def _named_in(folder: Path, notes: str) -> tuple[set[str], list]:
    """Every name the bank of ``notes`` offers (keys and choices), with its items to show on failure."""
    items = _items_of(folder, notes)
    return {c for it in items for c in it.choices} | {it.answer_text for it in items}, items


def _builder_of(folder: Path, notes: str):
    """The bank's builder over one file of notes written into ``folder``, for rules checked on a line
    itself (without vectors)."""
    from bot.quiz.generate import _Builder

    (folder / "notes.md").write_text(notes, encoding="utf-8")
    chunks, glossary = _load(folder)
    return _Builder(chunks, glossary, None, None)


def _asking(folder: Path, notes: str, phrase: str) -> QuizItem | None:
    """The first item of the bank of ``notes`` whose stem holds ``phrase``, or None."""
    return next((it for it in _items_of(folder, notes) if phrase in it.prompt), None)


def _stems_of(folder: Path, notes: str) -> list[str]:
    """The stems of the bank of ``notes``."""
    return [it.prompt for it in _items_of(folder, notes)]


def _asks_but_never(folder: Path, notes: str, phrase: str) -> bool:
    """Whether the bank of ``notes`` asks something, but nothing whose stem holds ``phrase``."""
    stems = _stems_of(folder, notes)
    return bool(stems) and not any(phrase in p for p in stems)


@pytest.fixture(scope="module")
def sky(tmp_path_factory):
    return _items_of(tmp_path_factory.mktemp("sky"), SKY_NOTES)


def test_a_list_of_kinds_names_the_kind_asked(sky):
    dwarf = next(it for it in sky if "trillions of years" in it.prompt)
    assert dwarf.prompt.startswith("Which type of Stars "), dwarf.prompt
    assert dwarf.answer_text == "Red Dwarf"
    assert set(dwarf.choices) <= {"Red Dwarf", "Blue Giant", "White Dwarf", "Neutron Star"}


def test_field_labels_and_numbered_labels_are_never_choices(sky):
    for it in sky:
        for choice in [it.answer_text, *it.choices]:
            assert choice not in ("Orbit", "Surface"), it.prompt  # a field of each planet's record
            assert not re.fullmatch(r"Example \d", choice), it.prompt  # counts examples off


def test_code_names_that_abbreviate_the_key_are_not_asked(sky):
    # "__sub__" spells out "Subtraction": matching letters is enough, so the item is not made
    asked = {it.prompt for it in sky}
    assert not any("__sub__" in p or "__add__" in p or "__mul__" in p for p in asked), asked
    assert not any(p.endswith("“Subtraction”?") or p.endswith("“Addition”?") for p in asked), asked


def test_a_term_defined_outside_its_own_section_is_asked(sky):
    parsec = [it for it in sky if it.answer_text.lower() == "parsec"]
    assert not parsec or all("astronomical unit" in it.explanation for it in parsec)


def test_a_list_cut_by_the_chunker_keeps_its_siblings(tmp_path):
    """A long nested list spans two chunks; the items after the cut still belong to their parent, and
    their distractors are the other items of that one list, never the neighbouring group's label."""
    silicates = {
        "Quartz": "Hard silica crystal that scratches glass and resists weathering on beaches and in granite",
        "Feldspar": "The most abundant group in the crust, pink or white blocky crystals",
        "Olivine": "Green magnesium iron silicate common in the upper mantle and in basalt lavas",
        "Mica": "Sheet silicate that peels into thin flexible flakes and glitters in schist",
        "Garnet": "Deep red dodecahedral crystals that grow in metamorphic rocks under pressure",
        "Talc": "The softest mineral on the scale, greasy to the touch and used as a powder",
        "Zircon": "Durable crystal that survives erosion and dates the oldest rocks on the planet",
        "Kyanite": "Blue bladed crystal whose hardness differs along and across its length",
        "Beryl": "Hexagonal prisms that give emerald and aquamarine their colours",
        "Topaz": "Hard gem that forms in granite pegmatites and marks eight on the scale",
    }
    sulfides = {
        "Pyrite": "Brassy iron sulfide with cubic crystals, long mistaken by miners for gold",
        "Galena": "Heavy grey lead sulfide with perfect cubic cleavage and a metallic shine",
        "Sphalerite": "Resinous zinc sulfide, the main ore of zinc, brown to black in colour",
    }
    lines = ["# Minerals", "", "## Common minerals", "- **Silicates**:"]
    lines += [f"  - **{k}**: {v}." for k, v in silicates.items()]
    lines += ["- **Sulfides**:"] + [f"  - **{k}**: {v}." for k, v in sulfides.items()]
    (tmp_path / "minerals.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    assert len({c.id for c in chunks}) > 1, "the list should be cut into several chunks"
    items = generate_items(chunks, glossary)
    for group in (silicates, sulfides):
        asked = [it for it in items if it.answer_text in group]
        assert asked, [it.prompt for it in items]
        for it in asked:
            assert set(it.choices) <= set(group), it
            assert len(it.choices) == min(4, len(group)), it  # the whole list to draw from
    assert any(it.answer_text == "Topaz" for it in items), "the last silicate, after the cut"


# Another field (music), with what study notes get wrong: a typo met once ('expresive'), a gloss in a
# label that answers the question for it, a "definition" that is a question, a table whose corner
# names its rows.
MUSIC_NOTES = """# Music Theory

## Instrument families
| Family | Description |
| --- | --- |
| Strings | Instruments that sound by a vibrating string, bowed or plucked |
| Woodwinds | Instruments that sound by air blown across an edge or through a reed |
| Brass | Instruments that sound by the player's buzzing lips in a cup mouthpiece |
| Percussion | Instruments that sound when struck, shaken or scraped |

## Cadences
- **Perfect Cadence (strong final close)**: Ends a phrase with a firm sense of arrival on the home chord.
- **Plagal Cadence (gentle church close)**: Ends a phrase softly with the amen ending of hymns.
- **Imperfect Cadence (open half close)**: Leaves a phrase open by pausing on the dominant chord.
- **Interrupted Cadence (deceptive close)**: Surprises the listener by moving to an unexpected chord.

## Tempo markings
- **Largo**: A very slow and broad pace, solemn and expressive.
- **Adagio**: A slow and expresive pace for tender movements.
- **Allegro**: A fast and lively pace for bright opening movements.
- **Presto**: An extremely fast pace, quicker than any other marking.

## Dynamics
- **Crescendo**: A gradual growth in loudness, expressive and dramatic.
- **Diminuendo**: A gradual fading of loudness toward silence.
- **Sforzando**: What is a sudden accent on one note?

## Form
The sonata form is expressive in its contrasts of key.

## Sections of the orchestra
| Section | Instrument | Role |
| --- | --- | --- |
| Strings | Violin | Carries the melody high above the rest of the orchestra |
| | Cello | Sings a warm tenor line below the violins and violas |
| Brass | Horn | Blends the woodwinds and brass with a round mellow tone |
| | Tuba | Anchors the lowest notes of the whole brass section |

## Who plays what
| Strings | Woodwinds | Brass |
| --- | --- | --- |
| Violin | Flute | Horn |
| Viola | Oboe | Trumpet |
| Cello | Clarinet | Tuba |
"""


@pytest.fixture(scope="module")
def music(tmp_path_factory):
    return _items_of(tmp_path_factory.mktemp("music"), MUSIC_NOTES)


def test_a_typo_met_once_in_the_notes_is_not_posted(music):
    assert not any("expresive" in it.prompt for it in music), [it.prompt for it in music]
    assert any(it.answer_text == "Largo" for it in music)  # its correctly spelt siblings still are


FAINTING_NOTES = """# Fainting

## Causes of syncope
| Cause | Clinical clue |
| --- | --- |
| Vasovagal orneurally mediated syncope | follows prolonged standing, pain or emotional distress |
| Orthostatic syncope | comes on when standing up suddenly, with a fall in blood pressure |
| Situational syncope | is triggered by cough, micturition or defecation |
| Ventricular arrhythmia | strikes abruptly in a patient with prior heart disease, with rapid recovery |
"""


def test_a_wrong_choice_with_words_run_together_is_left_out(tmp_path):
    """'orneurally' lost a space in the notes: the three choices spelt right are still asked."""
    items = _items_of(tmp_path, FAINTING_NOTES)
    asked = [it for it in items if it.answer_text in ("Orthostatic syncope", "Situational syncope")]
    assert asked, [it.prompt for it in items]
    assert not any("orneurally" in it.prompt + " ".join(it.choices) for it in items)
    assert all(len(it.choices) >= 2 for it in asked)


def test_a_stem_with_that_run_into_the_next_word_is_not_posted(tmp_path):
    """"The amount of a good thatsellers are willing and able to supply": 'that' lost its space in the
    notes, and the stem copied the typo (graded WEAK twice, r247, r248). 'that', 'than', 'from',
    'which' and 'when' run together with a word are typos as 'or' and 'the' are; 'whichever' and
    'thatched' are words."""
    notes = (
        "# Markets\n\n## Supply and demand\n\n"
        "- **Quantity Supplied**: The amount of a good thatsellers are willing and able to supply\n"
        "- **Quantity Demanded**: The amount of a good that buyers are willing and able to buy\n"
        "- **Law of Supply**: As price rises, the quantity supplied rises, other things held equal\n"
        "- **Law of Demand**: As price rises, the quantity demanded falls, other things held equal\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "Quantity Demanded" for it in items), shown
    assert not any("thatsellers" in it.prompt + " ".join(it.choices) for it in items), shown


def test_a_gloss_in_a_label_is_not_shown_in_the_choices(music):
    cadences = [it for it in music if "Plagal Cadence" in it.choices]
    assert len(cadences) >= 3, [it.prompt for it in music]
    for it in cadences:
        assert not any("(" in c for c in it.choices), it.choices  # "(gentle church close)" gives it away
        assert it.answer_text.endswith("Cadence")


def test_a_question_is_not_taken_for_a_definition(music):
    assert not any("sudden accent" in it.prompt for it in music)


def test_a_table_names_its_rows_by_its_corner(music):
    brass = next(it for it in music if "buzzing lips" in it.prompt)
    # the column of descriptions reads as one, not "... (Description)"
    assert brass.prompt == (
        "Which family is described by "
        "“Instruments that sound by the player's buzzing lips in a cup mouthpiece”?"
    )
    assert brass.answer_text == "Brass"
    assert set(brass.choices) == {"Strings", "Woodwinds", "Brass", "Percussion"}


def test_a_list_of_labels_is_asked_the_other_way_round_too(music):
    """'Which of these describes Adagio?' among the descriptions the same list gives its siblings,
    beside 'Which one is described as ...' -> Adagio: a flashcard and its reverse are two questions."""
    allegro = next(it for it in music if it.kind == "definition" and it.prompt.endswith("Allegro?"))
    assert allegro.prompt == "Which of these describes the tempo marking Allegro?"  # the list's kind
    assert allegro.answer_text == "A fast and lively pace for bright opening movements"
    assert set(allegro.choices) <= {
        "A very slow and broad pace, solemn and expressive",
        "A fast and lively pace for bright opening movements",
        "An extremely fast pace, quicker than any other marking",
    }
    assert len(allegro.choices) >= 2
    assert any(it.kind == "mapping" and it.answer_text == "Allegro" for it in music)
    for it in (it for it in music if it.kind == "definition"):
        # a description that names its own label ("a gradual fading ... Diminuendo") is never a choice
        assert not any(c.split()[0] in ("Is", "Are") for c in it.choices), it.choices


def _choice_item(prompt: str, choices: tuple[str, ...], answer: int) -> QuizItem:
    return QuizItem("z", "mapping", prompt, choices, answer, prompt, "f.md › A", "A")


def _cloze_item(prompt: str, answer: str) -> QuizItem:
    return QuizItem("z", "cloze", prompt, (), answer, prompt, "f.md › A", "A")


def test_labels_under_a_named_example_are_asked_in_that_example(tmp_path):
    """"Ancient example: Torridon Group" over 'Basal facies', 'Grey facies' and 'Red facies': asked under
    the section's heading alone ("River deposits"), the labels said nothing (graded meaningless alone
    three times, r253). They are parts of the one example the line names, and the stem says so."""
    notes = (
        "# Reading rock layers\n\n## Canyon walls\n\n"
        "* Layers are read from the bottom up, the oldest first\n"
        "* Classic example: Grand Canyon\n"
        "  * Lower layers: dark schist and granite, the oldest rock exposed in the walls\n"
        "  * Middle layers: grey limestone full of marine fossils from shallow warm seas\n"
        "  * Upper layers: pale sandstone with cross-beds left by ancient desert dunes\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    layers = [it for it in items if it.answer_text.endswith("layers")]
    assert layers and all(it.prompt.startswith("In “Grand Canyon”, ") for it in layers), shown


def test_a_line_keeps_its_bracketed_etc_and_loses_a_trailing_example(tmp_path):
    """'Etcd: "… for all cluster data (meta data, objects, etc.)."' lost its closing bracket with the
    "etc." cut off its end, and the unbalanced line was never asked; "a target group to be studied e.g.
    the wives" quoted the notes' running example (graded BAD, r255). A label over a few of its values
    in brackets ("kind: (pod, deployment, etc.)") says nothing of it and is not asked."""
    notes = (
        "# Finance terms\n\n## Instruments a firm uses\n"
        '- **Debenture:** "A loan certificate a firm issues to lenders and repays with interest'
        ' (bonds, notes, etc.)."\n'
        "- **Annuity:** A fixed sum paid out every year until the contract ends e.g. the pension.\n"
        "- **Escrow:** Money held by a third party until both sides of a deal have done their part.\n"
        "- **Arbitrage:** (buying, selling, etc.)\n"
        "- **Amortization:** Paying off a loan in regular instalments of interest and principal.\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    asked = {it.answer_text: it.prompt for it in items}
    assert "(bonds, notes, etc.)”?" in asked.get("Debenture", ""), shown
    annuity = "“A fixed sum paid out every year until the contract ends”?"
    assert asked.get("Annuity", "").endswith(annuity), shown
    assert "Arbitrage" not in asked and not any("buying, selling" in it.prompt for it in items), shown


def test_an_exams_numbered_questions_are_no_things_to_ask(tmp_path):
    """"Q4. investment decisions - long NPV question" beside 'Q2. capital budgeting': a revision
    lecture's outline of the exam's questions, asked as things (graded BAD twice, r242, r245). A label
    that opens with a question's number names a question of one paper, not a thing."""
    notes = (
        "# Finance revision\n\n## Exam outline\n\n"
        "Q1. optimal capital structure - the mix of debt and equity a firm uses\n\n"
        "Q2. capital budgeting - WACC and APV methods for valuing projects\n\n"
        "Q3. payout policy - dividends against share buybacks\n\n"
        "Q4. investment decisions - the long NPV question of the paper\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any(c.startswith("Q") for it in items for c in it.choices), shown
    assert not any("Q4." in it.prompt for it in items), shown


def test_a_compound_written_solid_in_the_stem_gives_away_the_key_that_hyphenates_it():
    """"Prolonged exposure to antagonists causes an upregulation of receptor" for 'Receptor
    up-regulation' among 'Receptor down-regulation' and others (graded a giveaway, r253): the stem
    writes the key's word without its hyphen. The other way round too; a stem that names neither is
    a question."""
    from bot.quiz.quality import problems

    pumps = ("Pump up-regulation", "Pump down-regulation", "Gene silencing")
    asked = "Which one is described as “Long use of the drug causes an upregulation of the pump”?"
    solid = _choice_item(asked, pumps, 0)
    assert "gives the answer away" in problems(solid)
    split = ("Upregulation", "Downregulation", "Desensitisation")
    hyphen = _choice_item("Which one is described as “The cell makes up-regulation of pumps”?", split, 0)
    assert "gives the answer away" in problems(hyphen)
    fair = _choice_item("Which one is described as “Long use of a blocker grows more pumps”?", pumps, 0)
    assert "gives the answer away" not in problems(fair)


_OPERATIONS = ("Arithmetic operations", "Logical operations", "Identity operation", "Bitwise operation")
_ACCESS_MODES = ("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce")


@pytest.mark.parametrize(
    ("stem", "choices", "answer", "away"),
    [
        # 'Bitwise operation' for "done on a bit-by-bit …" (graded BAD for the giveaway, r306): the key's
        # word is the stem's 'bit' and 'wise' run together, as 'Workload' is 'work' and 'load'
        ("Which one is done on a bit-by-bit rather than a number as a whole?", _OPERATIONS, 3, True),
        ("Which one is the work a team carries?", ("Workload", "Deadline", "Overtime"), 0, True),
        ("Which one compares single binary digits of two numbers?", _OPERATIONS, 3, False),
        # 'ReadWriteOnce' for "read/write for only 1 node" (graded WEAK r257, BAD r307): the figure is
        # the key's 'Once'; a figure of a formula ("N-1 other threads") counts nothing, nor "Which one"
        ("Which one is described as “read/write for only 1 node”?", _ACCESS_MODES, 2, True),
        ("Which one is described as “it runs N-1 threads that spin”?", ("Single CPU", "Many CPUs"), 0, False),
        ("Which one is described as “mounted read/write by a lone node”?", _ACCESS_MODES, 2, False),
        # 'PD1' for "Binds Programmed Death Protein Ligand 1 and 2" (graded BAD, r297): a numbered short
        # name spelt out by its words' initials, as 'KMS' by "key management service"
        ("Which one binds Programmed Death Protein Ligand 1 and 2?", ("PD1", "CTLA4", "CD28"), 0, True),
        ("Which one binds the ligands of T cell exhaustion?", ("PD1", "CTLA4", "CD28"), 0, False),
        # 'front end' for "pay upfront" beside 'back end' (graded a giveaway, r326): the key's word
        # joined to an everyday one in the stem; with an affix ('uncommon') it is another word
        ("Which one is described as “pay upfront”?", ("front end", "back end"), 0, True),
        ("Which one is described as “pay at the start”?", ("front end", "back end"), 0, False),
        ("Which one is described as “rarely uncommon”?", ("common case", "edge case"), 0, False),
    ],
)
def test_a_word_of_the_stem_inside_the_keys_name_gives_it_away(stem, choices, answer, away):
    """A key whose name holds a word of the stem in another shape is read off the stem: a word run
    together with another, a count the stem writes as a figure, or the initials of a numbered name."""
    from bot.quiz.quality import problems

    assert ("gives the answer away" in problems(_choice_item(stem, choices, answer))) is away


def test_a_description_of_these_types_points_at_the_line_before():
    """"tissue is composed of these types of cells" (Parenchyma's line, among Collenchyma and
    Sclerenchyma) names the kinds the line before named, and says as much of every rival (graded
    meaningless alone, r229); a description that says what the cells are is a question."""
    from bot.quiz.quality import problems

    tissues = ("Sclerenchyma", "Parenchyma", "Collenchyma")
    these = _choice_item("Which one is described as “composed of these types of cells”?", tissues, 1)
    assert "points at unseen text" in problems(these)
    fair = _choice_item("Which one is described as “thin-walled cells that store starch”?", tissues, 1)
    assert problems(fair) == [], problems(fair)


def test_a_symbol_spelt_by_the_initials_of_the_name_asked_gives_the_key_away():
    """'(CV)' for "cost variance" among '(PV)', '(SV)' and '(EV)' is read off the name's initials (graded a
    giveaway, r229); the symbol of a name whose initials no choice spells is a question."""
    from bot.quiz.quality import problems

    def asked(name: str, choices: tuple[str, ...], answer: int) -> QuizItem:
        return _choice_item(f"What is the symbol of the variable “{name}”?", choices, answer)

    assert "gives the answer away" in problems(asked("cost variance", ("(PV)", "(CV)", "(SV)", "(EV)"), 1))
    assert "gives the answer away" in problems(asked("budget at completion", ("(PV)", "(BAC)", "(SV)"), 1))
    assert "gives the answer away" in problems(asked("actual cost", ("PV", "CV", "AC"), 2))
    assert "gives the answer away" not in problems(asked("money spent so far", ("(PV)", "(AC)", "(EV)"), 1))


def test_a_short_name_sounded_out_by_the_stem_gives_the_key_away():
    from bot.quiz.quality import problems

    txt = _choice_item(
        "Which one lets you add arbitrary text to a record?", ("MX Record", "TXT Record", "NS Record"), 1
    )
    assert "gives the answer away" in problems(txt)
    records = ("MX Record", "TXT Record", "NS Record")
    fair = _choice_item("Which one points a name at another name?", records, 1)
    assert "gives the answer away" not in problems(fair)
    rs = _choice_item(
        "Which rule is used to determine R or S at a centre?", ("E/Z Rule", "R/S Rule", "Priority Rule"), 1
    )
    assert "gives the answer away" in problems(rs)
    # a code whose letters are only the key's initials is spelled, not known: "\\v" -> Vertical Tab
    escapes = ("Carriage Return", "Backspace", "Vertical Tab", "Backslash")
    assert "gives the answer away" in problems(_choice_item("Which has the escape “\\v”?", escapes, 2))
    assert "gives the answer away" not in problems(_choice_item("Which has the escape “\\b”?", escapes, 1))
    dunders = ("__eq__(self, other)", "__gt__(self, other)", "__ne__(self, other)")
    assert "gives the answer away" in problems(_choice_item("Which method has “Greater than”?", dunders, 1))


def test_a_choice_whose_symbol_the_markup_ate_is_not_posted():
    from bot.quiz.quality import problems

    ops = ("Modulus ( % )", "Multiplication ( )", "Subtraction ( - )")
    assert "a choice lost its symbols" in problems(_choice_item("Which one finds the remainder?", ops, 0))
    calls = ("copy()", "sort()", "reverse()")
    assert "a choice lost its symbols" not in problems(_choice_item("Which one copies a list?", calls, 0))


PLANET_NOTES = """# Planetary Configurations

- **Superior planets** are planets with orbits outside of Earth's.
  - **Conjunction** is the point in orbit where the planet aligns with the Earth and the sun.
  - **Opposition** is the point in orbit where the planet aligns with the sun but is behind Earth.
  - **Eastern quadrature** is the point in orbit where the line of sight makes 90 degrees to the left.
- **Inferior planets** are planets with orbits inside of Earth's.
  - **Greatest eastern elongation** is the left-most position from Earth's perspective.
  - **Greatest western elongation** is the right-most position from Earth's perspective.
  - **Inferior conjunction** is the point in orbit where the planet aligns in front of the sun.
"""


def test_a_line_under_an_item_that_states_its_subject_is_asked_of_that_subject(tmp_path):
    """"Greatest eastern elongation is the left-most position …" under "Inferior planets are planets
    …" holds of inferior planets only: asked without them, "Which one is the left-most position
    from Earth's perspective?" was graded BAD three times (astronomy notes, r333). The stem, or
    the blank, is set in the subject the item above states."""
    items = _items_of(tmp_path, PLANET_NOTES)
    shown = [it.prompt for it in items]
    asked = [it for it in items if "left-most" in it.prompt or "aligns with the sun but" in it.prompt]
    assert asked, shown
    settings = ("In “Inferior planets”", "In “Superior planets”")
    assert all(it.prompt.startswith(settings) for it in asked), shown


PMP_NOTES = """# PMP Course Notes

- Conflict resolution techniques
  - Forcing: one side wins at the other's expense
  - Smoothing: stressing what the sides agree on
  - Withdrawal: retreating from the conflict
  - Collaborating: working together for a solution both accept
- Exam Domains
  - People - 42% of exam, 14 tasks
  - Processes - 50% of exam, 17 tasks
  - Business environment - 8% of exam, 4 tasks
"""


def test_the_weights_of_an_exam_are_not_asked(tmp_path):
    """"Which Exam Domain is described as “42% of exam, 14 tasks”?": what the exam weighs, listed under
    an item titled as an exam's outline, is no knowledge of the field (six items graded trivia,
    project-management notes, r333). The notes' own lists are still asked."""
    items = _items_of(tmp_path, PMP_NOTES)
    shown = [(it.prompt, it.choices) for it in items]
    assert any(it.answer_text == "Forcing" for it in items), shown
    assert not any("of exam" in " ".join([it.prompt, *it.choices]) for it in items), shown


GERMAN_NOTES = """# 22 May

## Im Netz

Wort | Bedeutung |
------|-----------|
eine Dichte | a density |
fliehen | to flee |
einer Fülle | an abundance |
der Bogen | the bow |
der Pfeil | the arrow |
die Quelle | the source |
flüstern | to whisper |
fürchten | to fear, to dread |
schweigen | to stay silent |
aufregend | exciting |

## Am Computer

 Bedeutung | Wort |
-----------|------|
teaching aid | Lehrmittel |
librarian | Bibliothekarin |
service industry | Dienstleistungsbranche |
housework | Hausarbeit |
"""


def test_a_word_list_of_another_language_is_asked_what_its_words_mean(tmp_path):
    """"| Wort | Bedeutung |" over German words and their English: asked "What is the bedeutung of the
    wort …?" (the header's words in an English question), and with 'the bow' among verbs, the one noun
    was the answer by its form alone (graded weak nine times, German notes, r334). The list is asked
    "What does “fliehen” mean?" or "Which one means “to flee”?", whichever way round it is written, and
    a verb's choices are verbs ("to …") first."""
    items = _items_of(tmp_path, GERMAN_NOTES)
    shown = [(it.prompt, it.choices) for it in items]
    assert items, shown
    assert not any(re.search(r"\b(?:wort|bedeutung)\b", it.prompt, re.I) for it in items), shown
    asked = {re.sub(r"^In “[^”]*”, (\w)", lambda m: m.group(1).upper(), it.prompt): it for it in items}
    assert "What does “fliehen” mean?" in asked, shown
    assert "Which one means “teaching aid”?" in asked, shown
    flee = [asked["What does “fliehen” mean?"], asked["Which one means “to flee”?"]]
    assert all(c.startswith("to ") for c in flee[0].choices), shown
    assert all(c.islower() and " " not in c for c in flee[1].choices), shown  # no 'eine Dichte'


def test_a_short_word_list_under_the_notes_own_word_list_header_is_one_too(tmp_path):
    """Three rows under "| Wort | Bedeutung |" are too few to tell a word list by their cells, and were
    asked "Which wort has the bedeutung “unless / except if”?" (graded odd wording, German notes, r360);
    the notes' longer lists under that header say what it is."""
    notes = GERMAN_NOTES + """
## Bedingungen

Wort | Bedeutung |
------|-----------|
es sei denn | unless / except if |
angenommen | assuming / suppose |
vorausgesetzt | provided that / on condition that |
"""
    items, shown = _items_shown(tmp_path, notes)
    asked = [it for it in items if "es sei denn" in [it.answer_text, *it.choices]]
    assert asked, shown
    assert not any(re.search(r"\b(?:wort|bedeutung)\b", it.prompt, re.I) for it in items), shown


def test_a_blank_whose_key_is_a_typo_is_not_asked(tmp_path):
    """"____ is a green sac that stores and concentrates bile …" answered 'Gallblader', with the right
    spelling 'gallbladder' marked wrong (graded BAD, physiology notes, r334): a blank's typed key is
    checked for a slip copied from the notes as its stem and choices are."""
    notes = """# Digestion

## Accessory Organs

**Gallblader** is a green sac that stores and concentrates bile for release into the duodenum.

**Pancreas** is a gland behind the stomach that secretes digestive enzymes into the duodenum.

After a fatty meal the gallbladder contracts.
"""
    items = _items_of(tmp_path, notes)
    shown = [(it.prompt, it.answer_text) for it in items]
    assert any(it.answer_text == "Pancreas" for it in items), shown
    assert not any("gallblader" in it.answer_text.lower() for it in items), shown


def test_a_lecture_dated_in_its_heading_sets_no_question_in_its_date(tmp_path):
    """"# Lecture 13 02-24-26" is when the notes were taken: "In “02 24 26”, which one is described as
    …?" under "Quiz · 02 24 26" said nothing of what (graded BAD, religion notes, r334). The list's own
    title sets it; a year alone ("1929") is a time of the subject and still may."""
    notes = """# Lecture 13 02-24-26

Asian Religions:
* God - Open to polytheism
* Life - Life progression is not linear (born, die, reborn) through reincarnation
* Morality - From categorical to contextual
* Mysticism - From outer to inner
"""
    items = _items_of(tmp_path, notes)
    shown = [(it.prompt, it.topic) for it in items]
    assert items, shown
    assert not any("02 24 26" in f"{it.prompt} {it.topic}" for it in items), shown
    from bot.quiz.wording import _clean_heading

    assert _clean_heading("1929") == "1929"


def test_the_writers_own_aside_is_not_asked(tmp_path):
    """"* MY: Operation Management is a very Si-Te activity." marks the writer's own aside, asked as
    "Which one is a very Si-Te activity?" (graded BAD, operations notes, r337). The notes' lines are
    asked; a line the writer labels as their own is not."""
    notes = """# Operations

- **Process focus**: low-volume, high-variety production in job shops
- **Repetitive focus**: assembly lines that put together modules made beforehand
- **Product focus**: high-volume, low-variety production in continuous flows
- MY: Product focus is a very Si-Te activity.
"""
    items = _items_of(tmp_path, notes)
    shown = [(it.prompt, it.choices) for it in items]
    assert items, shown
    assert not any("Si-Te" in it.prompt for it in items), shown


def test_a_miscellaneous_label_is_no_etiology(tmp_path):
    """"Miscellaneous: Trauma, metabolic (uremia), drug-induced, malignancy" files the causes left over;
    asked "Which etiology is described as …?" it was graded BAD (medicine notes, r338), and offered as a
    rival it is no thing of the list's kind either. 'Misc' was a filing label already."""
    notes = """# Pericarditis

## Etiologies
- Infectious: viral (coxsackie, echovirus), bacterial (tuberculosis), fungal
- Inflammatory: lupus, rheumatoid arthritis, post-myocardial infarction (Dressler syndrome)
- Neoplastic: metastatic breast or lung cancer, lymphoma, mesothelioma
- Miscellaneous: trauma after cardiac surgery, uremia, hypothyroidism, drug-induced
"""
    names, items = _named_in(tmp_path, notes)
    shown = [(it.prompt, it.choices) for it in items]
    assert {"Infectious", "Inflammatory", "Neoplastic"} & names, shown
    assert "Miscellaneous" not in names, shown


def test_a_shortcut_label_is_no_term(tmp_path):
    """"Quick method: Leads I and II" under "Axis" is a way to read the axis, not a term: asked "Which
    one is described as “Leads I and II”?", it was graded BAD twice (medicine notes, r331, r338)."""
    notes = """# ECG

## Axis
- Quick method: Leads I and II
- Normal Axis: QRS upright in lead I and in lead II
- Left Axis Deviation: QRS upright in lead I, negative in lead II
- Right Axis Deviation: QRS negative in lead I, upright in lead II
"""
    names, items = _named_in(tmp_path, notes)
    shown = [(it.prompt, it.choices) for it in items]
    assert "Left Axis Deviation" in names, shown
    assert "Quick method" not in names, shown


def test_a_table_under_a_heading_repeated_for_each_thing_is_asked_of_that_thing(tmp_path):
    """"### Preterite" over a table of conjugations under "## Ir -> to go", and again under each verb:
    "In “Preterite”, what is the conjugation of the subject Yo?" asked of which verb not (Spanish
    notes, r339). The heading above the repeated one says: "In “Ir -> to go › Preterite”, …"."""
    table = "| Subject | Conjugation |\n|---|---|\n"
    verbs = {
        "Ir -> to go": ["Fui", "Fuiste", "Fue", "Fuimos"],
        "Ver -> to see": ["Vi", "Viste", "Vio", "Vimos"],
        "Hablar -> to speak": ["Hablé", "Hablaste", "Habló", "Hablamos"],
    }
    subjects = ["Yo", "Tú", "Él/Ella/Usted", "Nosotros/Nosotras"]
    notes = "# Verbs for the final\n\n" + "".join(
        f"## {verb}\n\n### Preterite\n\n{table}"
        + "".join(f"| {s} | {f} |\n" for s, f in zip(subjects, forms, strict=True))
        + "\n"
        for verb, forms in verbs.items()
    )
    items = _items_of(tmp_path, notes)
    shown = [it.prompt for it in items]
    asked = [it for it in items if "Preterite" in it.prompt]
    assert asked, shown
    assert all(re.match(r"In “\w+ -> to \w+ › Preterite”", it.prompt) for it in asked), shown


def test_a_clue_set_in_this_period_leans_on_the_line_before():
    """"Which court case is described as “During this period, the Supreme Court put …”?" (graded BAD,
    politics notes, r333): which period the line before said. "from this point forward" is an idiom."""
    from bot.quiz.quality import problems

    cases = ("U.S. v. Miller", "McDonald v. Chicago", "Brandenburg v. Ohio")
    period = "Which one is described as “During this period, the Court upheld a ban on sawed-off shotguns”?"
    assert "points at unseen text" in problems(_choice_item(period, cases, 0))
    kinds = ("anterograde amnesia", "retrograde amnesia", "source amnesia")
    idiom = "Which one is described as “an inability to form new memories (from this point forward)”?"
    assert "points at unseen text" not in problems(_choice_item(idiom, kinds, 0))
    # "Warehouse Storage: see text p459" points at the course's book (operations notes, r336)
    stages = ("Warehouse Storage", "Transportation Mode Analysis", "Supplier selection analysis")
    book = "Which one is described as “see text p459”?"
    assert "points at unseen text" in problems(_choice_item(book, stages, 0))
    # "A fifth variation … known as ____": the four before it were counted off above (r336)
    fifth = _cloze_item("A fifth variation is few suppliers and vertical integration: ____.", "keiretsu")
    assert "points at unseen text" in problems(fifth)
    party = _cloze_item("A third party that holds the deposit until a sale closes is ____.", "escrow agent")
    assert "points at unseen text" not in problems(party)


def test_the_second_limb_of_a_test_leans_on_the_first():
    """"Which one is described as “Secondly, if there are such interests, the court must see …”?" (law
    notes, graded BAD): 'Secondly' and 'such interests' point at the line before. "such as" does not."""
    from bot.quiz.quality import problems

    limbs = ("Proportionality", "Legitimate Commercial Interests", "Bargaining Power")
    second = "Which one is described as “Secondly, the court must see whether the clause was extravagant”?"
    assert "leans on unseen text" in problems(_choice_item(second, limbs, 0))
    such = "Which one is described as “Where there are such interests, the clause must be proportionate”?"
    assert "points at unseen text" in problems(_choice_item(such, limbs, 0))
    named = "Which one is described as “Weighing benefits such as goodwill against the sum the clause sets”?"
    assert not problems(_choice_item(named, limbs, 0))
    listed = "Which one is described as “Excluded unless within such exceptions as dying declarations”?"
    assert not problems(_choice_item(listed, limbs, 0))
    # ("Contains pepsinogen, which is activated into active pepsin in the aforementioned pH": which pH?)
    cells = ("Chief Cells", "Parietal Cells", "Mucous Cells")
    pepsin = "Which one is described as “Holds pepsinogen, made into pepsin at the aforementioned pH”?"
    assert "points at unseen text" in problems(_choice_item(pepsin, cells, 0))


def test_a_pronoun_behind_a_question_word_leans_on_unseen_text():
    from bot.quiz.quality import problems

    relations = ("syntagmatic relationships", "paradigmatic relationships")
    how = _choice_item("Which one is described as “how they are put together (order)”?", relations, 0)
    assert "leans on unseen text" in problems(how)
    own = _choice_item("Which one is described as “how words are put together (order)”?", relations, 0)
    assert "leans on unseen text" not in problems(own)
    told = ("How they are put together", "What the chunks are")
    asked = "Which of these describes syntagmatic relationships?"
    back = QuizItem("z", "definition", asked, told, 0, "", "f.md", "A")
    assert "a lead-in or a sentence as a choice" in problems(back)


def test_a_stem_whose_verb_agrees_with_the_key_alone_is_not_posted():
    from bot.quiz.quality import problems

    def statement(prompt: str, choices: tuple[str, ...], answer: int) -> QuizItem:
        return QuizItem("z", "statement", prompt, choices, answer, prompt, "f.md › A", "A")

    gate = "the stem's grammar picks the key"
    pair = ("Sharp corners", "Dipole")
    # "Which of these have ...": only the plural choice reads as an answer
    higher = "Which of these have a higher field strength than a flat surface?"
    assert gate in problems(statement(higher, pair, 0))
    assert gate in problems(statement("Which one is a pair of equal but opposite charges?", pair, 1))
    kinds = ("Dipole", "Point charge", "Sharp corners")
    assert gate not in problems(statement("Which one is a pair of equal but opposite charges?", kinds, 0))
    # a name whose form does not say its number ('Kubernetes') and two things with 'and' are no sign
    named = ("Kubernetes", "Docker", "Rollout and Rollback")
    assert gate not in problems(statement("Which one schedules containers on nodes?", named, 0))


SPEECH_ERROR_NOTES = """# Speech errors

## Slips of the tongue
| Intended | Actual | Error type |
| --- | --- | --- |
| fill the pool | fool the pill | metathesis |
| dear old queen | queer old dean | spoonerism |
| his immortal soul | his immoral soul | deletion |
| spic and span | spic and splan | addition |

## Speech organs
| Organ | What it does | Where it sits |
| --- | --- | --- |
| Larynx | holds the vocal folds that vibrate in voiced sounds | in the throat |
| Velum | is lowered to let air out through the nose | at the back of the roof of the mouth |
| Alveolar ridge | is where the tongue tip touches for t and d | just behind the upper teeth |
| Hard palate | is where the tongue body rises for y | in the middle of the roof of the mouth |
"""


SERIAL_NOTES = """# Data formats

## Types across formats
| SN | Format type | Example | Language type |
|----|-------------|---------|---------------|
| 1  | number      | `2.5`   | `float`       |
| 2  | string      | `"Ann"` | `str`         |
| 3  | object      | `{"a": 1}` | `dict`     |
| 4  | null        | `null`  | `None`        |
"""


def test_a_column_that_only_numbers_the_rows_is_no_property(tmp_path):
    """'| SN | ... |' over 1, 2, 3, 4: the count is no fact of a row, and with it in front the table
    read as an index of numbers and was never asked."""
    items = _items_of(tmp_path, SERIAL_NOTES)
    assert any(it.answer_text in ("dict", "object") for it in items), [it.prompt for it in items]
    assert not any(re.search(r"\bSN\b", it.prompt) for it in items)
    # a score is a value of its row: the Glasgow scale's responses hang on it, not on each other
    from bot.ingest.entries import _counted_off

    scale = [["Score", "Eye", "Verbal"], ["1", "None", "None"], ["2", "To pain", "Sounds"]]
    scale.append(["3", "To voice", "Words"])
    assert not _counted_off(scale)
    assert _counted_off([["S.No.", *scale[0][1:]], *scale[1:]])


HEMISPHERES_NOTES = """# Brain and language

## Hemispheres
- two hemispheres are different with respect to function
- right hemisphere:
\t- perception, matching global patterns, part-whole relationships, spatial orientation
\t- discern intonation, emotion, pragmatics, metaphor
- left hemisphere
\t- analysis, categorization, calculations, logical organization, information sequencing
\t- active when speaking, writing, reading
- dichotic listening experiments
\t- different word played in each ear, see which is more accurately reported
"""


def test_a_list_member_not_of_the_kind_its_heading_names_is_not_asked_as_one(tmp_path):
    """"Which hemisphere is described as 'a different word played in each ear'?" keyed 'dichotic
    listening experiments' beside the left and right hemisphere: the list holds more than its
    heading's kind (graded BAD), and the experiment is no rival of a hemisphere either (graded WEAK
    four times)."""
    items = _items_of(tmp_path, HEMISPHERES_NOTES)
    shown = [it.prompt for it in items]
    assert not any(it.answer_text == "dichotic listening experiments" for it in items), shown
    left = next(it for it in items if it.answer_text == "left hemisphere")
    assert set(left.choices) == {"left hemisphere", "right hemisphere"}  # no experiment among hemispheres


def test_a_row_of_two_versions_of_a_phrase_is_not_asked_by_one_of_them(tmp_path):
    items = _items_of(tmp_path, SPEECH_ERROR_NOTES)
    # the error is in the change from "fill the pool" to "fool the pill": either alone says nothing
    either = re.compile(r"pool|pill|queen|dean|soul|span")
    assert not any(either.search(it.prompt + " ".join(it.choices)) for it in items)
    organs = {"Larynx", "Velum", "Alveolar ridge", "Hard palate"}
    assert any(it.answer_text in organs for it in items), [it.prompt for it in items]


def test_a_stem_asked_by_what_is_not_so_is_negative_but_a_value_named_none_is_not():
    """"Which one cannot read from the queue?" is true of every rival that cannot; "the keyword None"
    names a value and "whether two objects are the same or not" asks both ways."""
    from bot.quiz.quality import problems

    kinds = ("Identity operation", "Membership operation", "Arithmetic operation")
    assert "negative stem" in problems(_choice_item("Which one cannot compare two objects?", kinds, 0))
    assert "negative stem" in problems(_choice_item("Which one is not used on numbers?", kinds, 0))
    both = _choice_item("Which one checks whether 2 objects are the same objects or not?", kinds, 0)
    assert "negative stem" not in problems(both)
    values = ("A logical operator", "Represents a null value", "Gets out of the loop")
    none = _choice_item("Which of these describes the keyword None?", values, 1)
    assert "negative stem" not in problems(none)


def test_a_function_named_with_its_brackets_is_a_name_not_code():
    """'Floor() function' beside 'Ceil() function' names functions, as notes on code write them; a call
    with arguments or an expression is code."""
    from bot.quiz.quality import problems

    names = ("Floor() function", "Ceil() function", "Trunc() function", "Round function")
    stem = "Which one returns the largest integer that is less than or equal to the number?"
    assert "code, not prose" not in problems(_choice_item(stem, names, 0))
    calls = ("floor(x / 2)", "ceil(x) + 1", "trunc(x)")
    assert "code, not prose" in problems(_choice_item(stem, calls, 0))


GEOLOGY_NOTES = """# Geology

## Igneous rocks compared
- **Granite** cools slowly deep underground and shows large interlocking crystals.
- **Basalt** cools quickly at the surface and shows tiny crystals in dark lava flows.
- **Obsidian** cools almost instantly and forms a glassy volcanic rock with no crystals.

## Field trip
- **Granite** quarries supplied the old town hall, whose steps wore smooth over a century.
- **Basalt** columns line the coast road north of the harbour.

## Colour
Some granite looks pink where it is cut. This is because:
1. **Feldspar Colour**: Pink crystals of one mineral make up much of the rock.
2. **Iron Staining**: Traces of rust seep in along cracks and tint the grains.
3. **Clear Quartz**: Glassy grains let the shade below show through the surface.
"""


def test_a_sentence_about_one_thing_is_asked_where_the_notes_compare(tmp_path):
    items = _items_of(tmp_path, GEOLOGY_NOTES)
    compared = [it for it in items if it.kind == "statement" and "cools" in it.prompt]
    asked = [it.prompt for it in items]
    assert {it.answer_text for it in compared} == {"Granite", "Basalt", "Obsidian"}, asked
    assert all(set(it.choices) == {"Granite", "Basalt", "Obsidian"} for it in compared)
    # the field trip's remarks are true of one rock, but nothing there sets the rocks side by side
    assert not any("quarries" in it.prompt or "coast road" in it.prompt for it in items)
    # the steps of an argument ("This is because: 1. ... 2. ...") are not things to choose between
    assert not any(it.answer_text in ("Feldspar Colour", "Iron Staining", "Clear Quartz") for it in items)


_BANK_IDS = """
import sys
from pathlib import Path
from bot.glossary import Glossary
from bot.ingest import Chunker, read_corpus
from bot.quiz.generate import generate_items
from bot.search.embedder import token_counter

chunker = Chunker(token_counter("all-MiniLM-L6-v2"), 200)
chunks = [c for d in read_corpus(Path(sys.argv[1])) for c in chunker.chunk(d)]
glossary = Glossary.build(chunks)
print(sorted(e.name for e in glossary.entities.values()))
for it in generate_items(chunks, glossary):
    print(it.id, it.answer_text, "|".join(it.choices))
"""


def test_the_bank_does_not_depend_on_the_hash_seed():
    """Same notes, same bank, in every process: a set's order once picked 'Edge Locations' in one
    run and 'Edge locations' in the next, and so a different bank after every restart."""
    if not ALOZANO.is_dir():
        pytest.skip("alozano corpus not available")
    banks = [
        subprocess.run(
            [sys.executable, "-c", _BANK_IDS, str(ALOZANO)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
        for seed in ("1", "2", "3")
    ]
    assert banks[0].count("\n") >= 30
    assert banks[0] == banks[1] == banks[2]



def test_a_table_grouping_column_and_lists_side_by_side_are_not_asked(music):
    for it in music:
        # "Strings", written once for two rows, is true of both: not a property of the Violin
        assert not ("Strings" in it.prompt and it.answer_text in ("Violin", "Cello")), it.prompt
        # three lists side by side: "Flute" is not a property of "Violin" because it shares its row
        assert not ({"Flute", "Oboe", "Clarinet"} & {it.answer_text, *it.choices}), it.prompt
    tuba = next(it for it in music if "lowest notes" in it.prompt)
    assert tuba.answer_text == "Tuba" and "Horn" in tuba.choices


CHEMISTRY_NOTES = r"""# Acids

## Acid strength
| Acid | $\text{pK}_a$ | Conjugate base |
| --- | --- | --- |
| $\ce{HC \equiv CH}$ | 25 | $\ce{HC\equiv C^-}$ |
| $\ce{H2O}$ | 15.7 | $\ce{HO^-}$ |
| $\ce{NH3}$ | 38 | $\ce{NH2^-}$ |
| $\ce{HCl}$ | -7 | $\ce{Cl^-}$ |

The acid $\ce{HC \equiv CH}$ is far weaker than $\ce{HCl}$.
"""


def test_formulas_keep_their_bonds_and_subscripts(tmp_path):
    items = _items_of(tmp_path, CHEMISTRY_NOTES)
    shown = [" ".join([it.prompt, *it.choices]) for it in items]
    assert shown and not any("HC CH" in s or "_" in s or "\\" in s for s in shown), shown
    acetylene = next(it for it in items if it.prompt == "What is the pKₐ of the acid HC ≡ CH?")
    assert acetylene.answer_text == "25"


ECONOMICS_NOTES = """# Market Structures

## Perfect competition
Perfect competition is a market structure in which many firms sell identical products at the market price.

## Monopoly
A monopoly is a market structure in which a single firm supplies the whole market and sets its price.

## Oligopoly
Oligopoly is a market structure in which a few large firms dominate and watch each other's prices.

## Inflation
Inflation is the general rise of prices across an economy over a period of years.

# Elasticity

**Elastic demand** is the demand that changes by more than the price when the price changes.

**Inelastic demand** is the demand that barely moves however much the price changes.

**Unit elastic demand** is the demand that changes in exactly the same proportion as the price.

# Accounts
- **Revenue**: increase in economic benefits during the period, raising assets or lowering liabilities
- **Expenses**: decrease in economic benefits during the period, lowering assets or raising liabilities

# Funding
- **Lines of credit**: ranked from least to most reliable, each LOC a bank extends to its clients
- **Corporate bonds**: debt sold to outside investors who receive fixed interest
- **Common shares**: ownership stakes sold to investors who receive dividends
- **Trade credit**: when a supplier lets the firm pay for goods some weeks later

# Costs
Firms pay for rent, wages, and ____ before they sell anything.

# Risk
Every firm faces risk of some kind.

**Business risk** refers to the uncertainty of a firm's operating income from one year to the next.

## Borrowing
Loans let a firm grow faster than its profits allow.

**Financial risk** refers to the extra uncertainty that shareholders carry when a firm borrows.

## Cost structure
Rent stays the same whatever the firm sells.

**Operating risk** refers to the uncertainty that comes from a firm's mix of fixed and variable costs.
"""


@pytest.fixture(scope="module")
def economics(tmp_path_factory):
    return _items_of(tmp_path_factory.mktemp("economics"), ECONOMICS_NOTES)


def test_a_run_of_definitions_is_asked_among_itself(economics):
    """'**Elastic demand** is the demand that ...', '**Inelastic demand** is ...': paragraphs that each
    say what their subject is set those subjects side by side, with no list or table around them."""
    inelastic = next(it for it in economics if "barely moves" in it.prompt)
    assert inelastic.prompt.startswith("Which one is the demand")
    assert inelastic.answer_text == "Inelastic demand"
    assert set(inelastic.choices) == {"Elastic demand", "Inelastic demand", "Unit elastic demand"}


def test_sibling_sections_that_define_their_subject_are_asked_among_their_own_kind(economics):
    """Sections that open by saying what their subject is ('Oligopoly is a market structure ...')
    give each other's subjects as choices, but not a sibling of another kind ('Inflation is the
    general rise of prices')."""
    oligopoly = next(it for it in economics if "a few large firms" in it.prompt)
    assert oligopoly.answer_text == "Oligopoly"
    assert "Monopoly" in oligopoly.choices or "monopoly" in oligopoly.choices
    assert not any("Inflation" in c for c in oligopoly.choices), oligopoly.choices


def test_terms_one_chapter_defines_are_rivals_when_their_names_say_they_are_of_a_kind(economics):
    """'Business risk', 'Financial risk' and 'Operating risk', each defined in a paragraph of its
    own: the same head noun makes them things of a kind, whatever sits between them."""
    borrowing = next(it for it in economics if "shareholders carry" in it.prompt)
    assert borrowing.answer_text == "Financial risk"
    assert set(borrowing.choices) == {"Business risk", "Financial risk", "Operating risk"}


def test_mirror_images_fragments_and_spelled_initials_are_not_asked(economics):
    shown = [" ".join([it.prompt, *it.choices]) for it in economics]
    # 'increase in economic benefits ...' against 'decrease ...': one word answers it
    assert not any("economic benefits" in s for s in shown), shown
    # 'when a supplier lets ...' is half a sentence, not what trade credit is
    assert not any("when a supplier" in it.prompt for it in economics)
    # "LOC" in the stem spells 'Lines of credit'
    assert not any("LOC" in it.prompt and "Lines of credit" in it.choices for it in economics)
    # the bonds' own definition is still asked among the funding labels
    assert any(it.answer_text == "Corporate bonds" for it in economics)


def test_two_lines_one_swapped_word_apart_are_no_either_or(tmp_path):
    """'Will open the sluice' or 'Will close the sluice' for the Raiser and the Lowerer: one everyday
    word tells them apart, and the names' sense picks it (graded trivial six times). Lines one fact
    apart by a code ('Blocks the XR2 gate', 'Blocks the QT7 gate') stay: which gate is the knowledge."""
    notes = """# Canal works

## Sluice keepers
- **Raiser**: Will open the sluice
- **Lowerer**: Will close the sluice

## Lock pins
- **Amber pin**: Blocks the XR2 gate of the upper basin
- **Basalt pin**: Blocks the QT7 gate of the upper basin
"""
    items = _items_of(tmp_path, notes)
    assert not any("the sluice" in " ".join([it.prompt, *it.choices]) for it in items)
    assert any(it.answer_text in ("Amber pin", "Basalt pin") for it in items), [it.prompt for it in items]


def test_a_heading_names_the_kind_of_its_own_list_not_of_a_list_deep_in_it(tmp_path):
    """"Which Punic War is described as “ship ram”?" over 'rostra' and 'corvus', nested under a remark
    under "Punic Wars" (graded BAD: the choices are no wars); the heading sets the question instead. (A
    list right under a heading of kinds is asked by its kind: test_a_list_of_kinds_names_the_kind_asked.)"""
    notes = """# Harbour history

## Sea Raids

- First Sea Raid: years of burning along the coast
  - The towns won by building a fleet:
    - **gripnel**: hooked boarding plank
    - **prowspike**: iron ram
- **Salt Raid**: raid on the salt pans that ended the first truce
- **Lantern Raid**: night raid on the lighthouse that ended the second truce
- **Reed Raid**: raid on the reed beds that ended the third truce
"""
    items = _items_of(tmp_path, notes)
    ram = next(it for it in items if "iron ram" in it.prompt)
    assert ram.prompt == "In “Sea Raids”, which one is described as “iron ram”?"


def test_a_year_is_no_wrong_choice_for_a_name(tmp_path):
    """A timeline list mixes terms and years ("**814 BCE**: Carthage founded" beside "**Punic**: Roman
    term for Carthaginians"); '814 BCE' offered for a people, or '337 BCE' for a king, was graded WEAK
    and BAD. Names are asked among names."""
    notes = """# River towns

## Founding

- **Marrowfolk**: settlers from the northern hills, also known as the Hill Clans
- **Quellish**: the river traders' word for the Marrowfolk
- **Ostrani**: fishing people of the delta marshes who paid tribute in salt
- **812 BCE**: the first bridge built across the river
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "mapping"]
    assert any(it.answer_text == "Ostrani" for it in items), [it.prompt for it in items]
    assert not any("812 BCE" in it.choices for it in items if it.answer_text != "812 BCE")


def test_a_line_that_bolds_its_value_labels_a_field_not_a_term(tmp_path):
    """"**Polemarch** - senior military title" beside "Key battles: **Thermopylae, Salamis**": the second
    line's label names a field and its bold value the terms; offered as a rival of the title it was
    graded BAD (a lead-in, no candidate)."""
    notes = """# Harbour wars

## The second raid

- **Tidewarden** - senior harbour title
- **Gullreeve** - keeper of the beacon towers
- **Saltmaster** - officer who rationed the salt stores
- Key skirmishes: **Brackwater, Fennick, Oldmole**
- Much larger raiding fleet: **90 longships**
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "mapping"]
    warden = next(it for it in items if it.answer_text == "Tidewarden")
    assert set(warden.choices) == {"Tidewarden", "Gullreeve", "Saltmaster"}


def test_a_time_cut_at_its_dash_sets_no_question(tmp_path):
    """"6th - 4th c's BCE: powers of the king went to officials" over 'Consuls' and 'Praetors' was read
    as the label '6th', and the stem began "In “6th”, …" (graded BAD)."""
    notes = """# City offices

## Early council

- 6th - 4th c's BCE: powers of the king went to officials
  - **Wardens** - analog of the old harbour reeves
  - **Assessors** - judges in the market courts
  - **Stewards** - keepers of the grain in famine years
"""
    items = _items_of(tmp_path, notes)
    assert any(it.answer_text == "Assessors" for it in items), [it.prompt for it in items]
    assert not any("“6th”" in it.prompt for it in items)


def test_a_timelines_years_are_asked_as_dates(tmp_path):
    """"Which one is described as “Battle of Issus”?" among four years reads as if a year were a thing,
    and "Which one dies in Babylon?" has lost whose death it was (four of four graded odd). A year is
    asked for by what happened then: "Which date goes with “…”?"; a line with no subject is not asked."""
    notes = """# Old kingdoms

## Rise of Sarel and Queen Sarel the Bold

### Campaigns of Queen Sarel (612-604 BCE)

**Important Events**: Siege of Ostra, Capture of Keln, and Mutiny at Varra.

- **611 BCE**: **Siege of Ostra**
  - The river fort falls after a winter
- **609 BCE**: Captures the salt mines of Keln
- **607 BCE**: Turns back after a mutiny at the Varra pass
- **604 BCE**: Dies in the summer palace at Mell
- Established towns in: Ostra, Keln and Mell
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "mapping"]
    ostra = next(it for it in items if "Siege of Ostra" in it.prompt)
    assert ostra.prompt.endswith("which date goes with “Siege of Ostra”?"), ostra.prompt
    assert ostra.answer_text == "611 BCE"
    assert not any("turns back" in it.prompt.lower() for it in items)


def test_a_label_over_a_list_of_its_own_is_a_topic_not_a_rival(tmp_path):
    """"**Socrates**:" over three lines about him, beside "**Propylaea** - gate to the Acropolis": a label
    that heads a sub-list of its own is a topic filed in the list, and was offered for a gate and a roof
    (graded WEAK twice). One line under a label describes it ('Brass' in ORCHESTRA_NOTES stays a rival)."""
    notes = """# Hill town

## Buildings

- **Gatehouse** - the arched entrance to the upper town
- **Bellspire** - tower over the market that rings the hours
- **Saltbarn** - long shed where the salt tax was stored
- **Mayor Tobin**:
  - was charged with selling the salt tax
  - fled to the coast in the spring
  - came back as a monk
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "mapping"]
    assert items, "the buildings are asked among each other"
    assert not any("Mayor Tobin" in it.choices for it in items)
    gate = next(it for it in items if it.answer_text == "Gatehouse")
    assert set(gate.choices) == {"Gatehouse", "Bellspire", "Saltbarn"}


def test_numbered_bold_topics_are_not_asked_among_each_other(tmp_path):
    """"**1. Dendritic arbors:** Receptive region …" beside "**2. Axon Structure:** …" and "**3.
    Microtubules:**": a chapter's numbered topics, headings in all but name; asked among each other the
    choices were a heading and a protein (graded BAD). A list under one of them is still asked."""
    notes = """# Chapter 4: Parts of the loom

**1. Warp beam:** Roller at the back of the loom that holds the long threads under tension.
- **Ratchet**: Toothed wheel that stops the beam from unwinding
- **Pawl**: Catch that drops into the ratchet's teeth
- **Brake band**: Strap that slows the beam as the cloth is wound on

**2. Heddle Structure:** Wires with an eye in the middle through which each warp thread passes.

**3. Shuttles:** Carry the weft thread across the shed from one side to the other.
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "mapping"]
    assert not any("Heddle Structure" in it.choices or "Warp beam" in it.choices for it in items)
    assert any(it.answer_text == "Ratchet" for it in items), [it.prompt for it in items]


def test_the_study_of_a_thing_sets_no_question_the_thing_does(tmp_path):
    """"In “Etiology”, which of these describes Glomerular diseases?" never said of what (graded WEAK or
    BAD five times of five), nor did "In “Pharmacology”, which one blocks K+ channels?". A heading or a
    label that names the study of a thing gives way to the heading above that names the thing."""
    causes = """# Timber decay

## Dry rot
Dry rot is a decay of timber caused by a fungus that spreads through brick and plaster.

### Etiology
1. **Damp walls**: leaking gutters, rising damp
2. **Poor airflow**: blocked air bricks
3. **Untreated timber**: softwood joists
4. **Cavity bridging**: mortar droppings
"""
    stems = _stems_of(tmp_path, causes)
    framed = "In “Dry rot”, which one is described as “mortar droppings”"
    assert any(s.startswith(framed) for s in stems), stems
    assert not any("Etiology" in s for s in stems), stems
    kilns = """## Chapter 3: Pottery

**7. Glazes**
- **Structure:** Glass layer fused to the clay body during the second firing.
- **Examples:**
    - Celadon
    - Tenmoku

**8. Kilns**
- **Structure:**
    - Firebox: chamber where the fuel burns
- **Toxicology:**
    - Lead oxide (PbO): Releases toxic fumes
    - Barium carbonate (BaCO3): Poisons the water supply
"""
    stems = _stems_of(tmp_path, kilns)
    assert "In “Kilns”, which one releases toxic fumes?" in stems, stems
    assert not any("Toxicology" in s for s in stems), stems


GEOGRAPHY_NOTES = """# Climate Zones

## Tropical
**Tropical** climate zone shows high temperatures and heavy rain through every month of the year.

## Arid
**Arid** climate zone shows very little rain and large swings between day and night temperatures.

## Polar
**Polar** climate zone shows long freezing winters and very short cool summers with little daylight.

# Landforms
- **Plateau**: raised flat land that rises sharply above the land around it
- **Mesa**: a form of plateau with a flat top and steep cliffs on every side
- **Valley**: low land between hills or mountains, often carved by a river
- **Delta**: a fan of sediment laid down where a river meets the sea

# Rocks
## Basalt
Basalt may form where lava cools quickly at the surface of the crust.
"""


@pytest.fixture(scope="module")
def geography(tmp_path_factory):
    return _items_of(tmp_path_factory.mktemp("geography"), GEOGRAPHY_NOTES)


def test_a_section_opening_with_its_subject_and_kind_is_asked_among_its_siblings(geography):
    """'**Arid** climate zone shows ...' under "Arid": the section's subject named with its kind,
    asked by that kind among the sibling sections' subjects ("Which climate zone shows …?")."""
    arid = next(it for it in geography if "very little rain" in it.prompt)
    assert arid.prompt.startswith("Which climate zone shows")
    assert arid.answer_text == "Arid"
    assert set(arid.choices) == {"Tropical", "Arid", "Polar"}


def test_a_form_of_the_answer_is_not_a_wrong_choice_and_hedges_are_not_asked(geography):
    """'Mesa: a form of plateau' fits what a plateau is: it is never offered against Plateau (or
    Plateau against it); "Basalt may form ..." is a hedge, true of other rocks as well."""
    plateau = next(it for it in geography if it.answer_text == "Plateau")
    assert "Mesa" not in plateau.choices and len(plateau.choices) >= 3, plateau.choices
    assert not any(it.answer_text == "Mesa" and "Plateau" in it.choices for it in geography)
    assert not any(it.prompt.startswith("Which one may") for it in geography)


RAILWAY_NOTES = """# Railways

## Signals
- **Definition:** A signal is a device that tells a driver whether the line ahead is clear.
- **Location:** Signals stand beside the track at the entrance of every block section.
- **Purpose:** They keep two trains from entering the same block section at once.

## Gauges
| Measure | Gauge 1 | Gauge 2 | Gauge 3 |
| --- | --- | --- | --- |
| Track width | 1435 millimetres | 1000 millimetres | 1676 millimetres |
| Typical use | Most main lines across Europe | Narrow mountain lines | Wide lines across plains |

## Train states
- **Boarding (Loading)**: Passengers get on while the doors stay open at the platform
- **Moving (Running)**: The train travels between two stations at full line speed
- **Stabled (Parked)**: The train rests in a siding overnight with its power switched off

## Dispatching
- **Option 1 (Timetable)**: Trains leave at fixed times printed months in advance
- **Option 2 (Headway)**: Trains leave whenever the gap behind the last one has passed
- **Demand dispatch**: Trains leave as soon as enough passengers have booked a seat

## How it works
1. **Request**: The driver asks the signaller for the block section ahead
2. **Grant**: The signaller clears the signal once that block section is empty
3. **Release**: The block section is freed again when the train has left it

## Block layout
| Block 1 | Block 2 | Block 3 |
| --- | --- | --- |
| 1 | 2 | 3 |
| 4 | 5 | 6 |
"""


def test_aspect_labels_are_not_things_and_tables_by_columns_are_read_by_columns(tmp_path):
    """'Definition:', 'Location:', 'Purpose:' name aspects of signals, not things to choose between;
    a table whose columns count off one kind of thing ('Gauge 1', 'Gauge 2') has those as its
    things; a table of numbers under 'Block 1', 'Block 2' is a layout, not facts."""
    items = _items_of(tmp_path, RAILWAY_NOTES)
    assert not any({"Definition", "Location", "Purpose"} & {it.answer_text, *it.choices} for it in items)
    width = next(it for it in items if it.prompt == "What is the track width of Gauge 2?")
    assert width.answer_text == "1000 millimetres"
    assert not any("Block" in " ".join([it.prompt, *it.choices]) for it in items)


def test_second_names_in_brackets_and_steps_of_a_procedure_are_not_choices(tmp_path):
    """'Stabled (Parked)' beside 'Moving (Running)': the second name is a clue, so choices are
    'Stabled' and 'Moving'; 'Request', 'Grant', 'Release' under "How it works" are steps."""
    items = _items_of(tmp_path, RAILWAY_NOTES)
    rests = next(it for it in items if "siding overnight" in it.prompt)
    assert rests.answer_text == "Stabled" and "Moving" in rests.choices, rests.choices
    assert not any("(" in c for it in items for c in it.choices if it.kind != "table")
    assert not any({"Request", "Grant", "Release"} & {it.answer_text, *it.choices} for it in items)
    # 'Option 1 (Timetable)' means nothing out of its passage
    assert not any("Option" in " ".join([it.answer_text, *it.choices]) for it in items)


WEATHER_NOTES = """- humidity
    + the amount of water vapour held in the air at a given time
    + measured with a hygrometer
- dew point
    + aka saturation temperature
    + the temperature at which air becomes saturated and its water vapour condenses
- isobar
    + line on a weather map joining places of equal air pressure
- isotherm
    + line on a weather map joining places of equal temperature
- isohyet
    + line on a weather map joining places that had equal rainfall
- forecast tips
    + for example check the barometer twice a day
    + a falling barometer means rain is likely

- types of cloud:
    * cirrus clouds: thin wispy clouds high in the sky made of ice crystals
    * cumulus clouds: puffy heaped clouds with flat bases seen on fair days
    * stratus clouds: flat grey layers that cover the whole sky like a blanket
"""


def test_a_glossary_of_terms_over_their_definitions_is_asked(tmp_path):
    """Students write glossaries as a lower-case term with its definition in the sub-item below it; a
    run of those is a set of terms to tell apart by their definitions ('aka' lines are second names,
    and an item whose first sub-item is an example has no definition). A glossary mixes kinds, so a
    term's rivals are terms whose definitions name the same genus (lines beside a line, never
    'humidity'). A 'types of cloud:' item names its labelled sub-items as terms of one kind."""
    items = _items_of(tmp_path, WEATHER_NOTES)
    asked = [it for it in items if it.kind == "mapping"]
    isotherm = next(it for it in asked if it.answer_text == "isotherm")
    assert "equal temperature" in isotherm.prompt
    assert set(isotherm.choices) == {"isobar", "isotherm", "isohyet"}
    assert not any("humidity" in it.choices and it.answer_text != "humidity" for it in items)
    assert "forecast tips" not in {c for it in items for c in [it.answer_text, *it.choices]}
    assert not any("hygrometer" in it.prompt for it in items if not it.is_cloze)
    cloud = next(it for it in asked if "wispy" in it.prompt)
    assert cloud.answer_text == "cirrus clouds" and "cumulus clouds" in cloud.choices
    assert cloud.prompt.startswith("Which type of cloud ")


def _blank(prompt: str, answer: str) -> QuizItem:
    return QuizItem("x", "cloze", prompt, (), answer, "", "notes.md", "Drugs")


def test_a_blank_among_examples_or_ending_a_list_is_not_asked():
    """'(e.g. ____, quetiapine)' and '... mood disorders and ____': any other member fills it too."""
    from bot.quiz.quality import problems

    example = _blank("Atypical drugs (e.g. ____, quetiapine) are first-line in mania.", "olanzapine")
    listed = _blank("Phobic patients have more anxiety disorders, mood disorders and ____.", "abuse")
    alone = _blank("Lithium toxicity shows as a coarse tremor and ____ in the elderly patient.", "confusion")
    assert "an example as the blank" in problems(example)
    assert "one of a list as the blank" in problems(listed)
    assert not any("blank" in p for p in problems(alone) if "list" in p or "example" in p)


def test_a_blank_beside_the_answers_root_or_initials_gives_it_away():
    """"a centralized cavity (syrinx) within the spinal cord" for Syringomyelia, "below the arachnoid"
    for Subarachnoid hemorrhage, "Application Layer Load Balancer" for ALB: the blank is filled by
    matching words, not by knowing the term."""
    from bot.quiz.quality import problems

    given = "the answer's words are beside the blank"
    syrinx = _blank("____ is a central cavity (syrinx) within the spinal cord.", "Syringomyelia")
    arachnoid = _blank("____ is a brain bleed below the arachnoid layer.", "Subarachnoid Hemorrhage")
    alb = _blank("____ is a layer 7 or Application Layer Load Balancer.", "ALB")
    fair = _blank("____ is a sudden loss of consciousness followed by complete recovery.", "Syncope")
    assert all(given in problems(it) for it in (syrinx, arachnoid, alb))
    assert given not in problems(fair)


def test_a_singular_blank_before_a_plural_verb_is_not_asked():
    """"____ account for 80% of adult primary brain tumors" over 'Glioblastoma multiforme': the verb
    wants a class ('Gliomas' fits as well, graded BAD). "____ structure is also known as a split" goes
    on with a noun, and "____ accounts for ..." agrees."""
    from bot.quiz.quality import problems

    wrong = "a plural verb after a singular blank"
    assert wrong in problems(_blank("____ account for 80% of adult brain tumors.", "Glioblastoma"))
    assert wrong not in problems(_blank("____ accounts for 80% of adult brain tumors.", "Glioblastoma"))
    assert wrong not in problems(_blank("____ structure is also known as a split coupon.", "Deferred coupon"))
    assert wrong not in problems(_blank("____ are the building blocks of nucleic acids.", "Nucleotides"))
    assert wrong not in problems(_blank("____ can tolerate the failure of a whole zone.", "Multi-AZ"))


def test_a_blank_compared_with_unseen_text_or_in_a_study_instruction_is_not_asked():
    """'The ____ is much harder to estimate.' is harder than what the sentence before said, and
    'Understand the spread between ... and ____.' is advice, not a fact; a comparison that names its
    other side is a fact."""
    from bot.quiz.quality import problems

    harder = _blank("The ____ is much harder to estimate for a young company.", "cost of equity")
    advice = _blank("Understand the spread between the benchmark rate and ____.", "yield-to-maturity")
    both_sides = _blank("Dementia usually has an insidious onset, while ____ has an acute onset.", "delirium")
    than = _blank("The cost of equity is higher than the cost of ____ for most firms.", "debt")
    assert "a comparison with unseen text" in problems(harder)
    assert "a study instruction" in problems(advice)
    assert not problems(both_sides) and "a comparison with unseen text" not in problems(than)
    # "____ is the opposite (the negative of the public savings)": of what the line before said (graded
    # BAD, r328); "the opposite of" says of what
    opposite = _blank("____ is the opposite (the negative of the public savings).", "budget deficit")
    of_what = _blank("____ is the opposite of inflation, a fall in the price level.", "deflation")
    assert "a comparison with unseen text" in problems(opposite)
    assert "a comparison with unseen text" not in problems(of_what)


def test_a_blank_after_the_same_is_not_asked():
    """'Twins share the same ____' is filled by anything they share ('genes', 'birthday'), not only
    the word the notes bolded."""
    from bot.quiz.quality import problems

    shared = _blank("Identical twins share the same ____, so a graft between them is not rejected.", "genome")
    named = _blank("Identical twins develop from one ____ that splits in two early on.", "zygote")
    assert "a shared thing as the blank" in problems(shared)
    assert "a shared thing as the blank" not in problems(named)


def test_a_blank_whose_sentence_names_nothing_or_counts_off_a_pair_is_not_asked(tmp_path):
    """'Treatment involves ____' (of what? only the heading says) and 'The first is a ____ ...' (the
    first of what the sentence before set out) lean on text the reader can't see; a sentence that
    names its subject stands alone."""
    notes = """# Mood disorders

## Psychotherapy

Psychotherapy is a talking treatment delivered by a trained therapist over many sessions.

## Cyclothymic disorder

Cyclothymic disorder is a chronic mood disorder with numerous periods of hypomanic and depressive symptoms.

- Treatment involves **psychotherapy** and mood stabilizers for the patient.
- The first is a **psychotherapy** session held every week with the family present.
- Severe cases of cyclothymic disorder respond to **psychotherapy** given over many months.
"""
    blanks = [it.prompt for it in _items_of(tmp_path, notes) if it.is_cloze]
    assert blanks == ["Severe cases of cyclothymic disorder respond to ____ given over many months."]


def test_two_labels_told_apart_only_by_a_hedge_are_not_asked(tmp_path):
    """'profit more when company outperforms' / 'may not profit much when company outperforms': 'may not'
    tells them apart, not knowledge; two policies that say different things are still asked."""
    notes = """# Capital structure

## Stakeholders

There are various stakeholders which can be broadly divided into two types:

- **Risk-preferred (higher debt)** - profit more when company outperforms
- **Stability-preferred (lower debt)** - may not profit much when company outperforms

## Role policies

- **Trust Policy** - specifies which identities are allowed to assume the role
- **Permissions Policy** - specifies what the role is allowed to do
"""
    items = _items_of(tmp_path, notes)
    assert not any("profit" in it.prompt or "preferred" in it.prompt for it in items)
    assert any(it.answer_text == "Permissions Policy" for it in items)


def test_an_example_written_as_a_label_is_not_a_term(tmp_path):
    """'e.g. 3-for-2 split: 100 shares ⇒ 150 shares' is a worked example, not a thing to name."""
    notes = """# Earnings per share

## Corporate actions that change the number of shares

##### Stock split
- The division of each old share into a specific number of new post-split shares
- e.g. 2-for-1 split: 100 shares (original) ⇒ 200 shares (new)
- e.g. 3-for-2 split: 100 shares (original) ⇒ 150 shares (new)
"""
    items = _items_of(tmp_path, notes)
    assert not any("e.g" in t for it in items for t in [it.prompt, *it.choices])


def test_a_worked_example_after_a_definition_is_cut_from_the_description(tmp_path):
    """'**initialDelaySeconds**: waiting some time after starting. e.g. 5sec, after 5 sec start to run
    command': what the setting is, then an example no reader can parse alone."""
    notes = """# Probes

## Liveness probe settings

- **initialDelaySeconds**: waiting some period of time after starting. e.g. 5sec, after 5 sec run command
- **periodSeconds**: the interval between two runs of the probe command
- **timeoutSeconds**: how long one run of the probe may take before it counts as failed
"""
    delay = next(it for it in _items_of(tmp_path, notes) if it.answer_text == "initialDelaySeconds")
    assert "after starting”" in delay.prompt and "5sec" not in delay.prompt


def test_a_plural_noun_of_the_subject_is_not_read_as_its_verb(tmp_path):
    """'Low-potency antipsychotics include chlorpromazine ...' under 'Low potency': the subject is
    'Low-potency antipsychotics', so the sentence is not asked as 'Which one antipsychotics include ...?'
    (a psychiatry bank posted that stem; the rule is checked on the sentence itself)."""
    from bot.text import key

    notes = (
        "# Antipsychotics\n\n## Low potency\n\n"
        "Low-potency antipsychotics include **chlorpromazine** and **thioridazine**.\n"
    )
    builder = _builder_of(tmp_path, notes)
    builder._chunk = next(c for c in builder.chunks if c.heading and c.heading[-1] == "Low potency")
    sentence = "Low-potency antipsychotics include chlorpromazine and thioridazine"
    got = builder._heading_subject(sentence, {key("Low potency"): "Low potency"})
    # not read at all, or read with its whole subject: "Which of these include …?" for the class
    whole = got is not None and got[0] == "Low-potency antipsychotics"
    assert got is None or (whole and got[1].startswith("Which of these include"))


def test_the_term_x_refers_to_defines_x(tmp_path):
    """'The term polymorphism refers to ...' under 'Polymorphism' defines Polymorphism, not a thing
    called 'term polymorphism' offered beside Inheritance."""
    notes = """# Object-oriented programming

## Encapsulation

Encapsulation is the process of restricting the direct access to the data of an object.

## Inheritance

Inheritance is the process of passing attributes and methods from a parent class to its child class.

## Polymorphism

The term polymorphism refers to the state of having many forms in one interface.
"""
    items = _items_of(tmp_path, notes)
    forms = next(it for it in items if "many forms" in it.prompt)
    assert forms.answer_text == "Polymorphism"
    assert not any("term" in c.lower() for it in items for c in it.choices)


def test_a_question_is_not_set_in_a_how_to_heading(tmp_path):
    """'In “When to use roles”, which one is described as ...' reads oddly: a heading that asks how or
    when names no thing a question holds for."""
    notes = """# Identity

## When to use roles

- **Permission Policy**: to grant access to other services
- **Trust Policy**: to say which identities may take on the role
- **Session Policy**: to narrow a session below what the role allows
"""
    assert not any("When to use" in it.prompt for it in _items_of(tmp_path, notes))


def test_a_question_is_not_set_in_a_section_named_after_a_rival_choice(tmp_path):
    """Under '### NMS', "In “NMS”, which of these describes Serotonin syndrome?" sets the question in
    one of its own choices: the heading names a rival, not the thing the line holds for."""
    notes = """# Drug toxicity

## Serotonin syndrome and NMS

**Neuroleptic malignant syndrome** (NMS) is a serious toxicity of antipsychotic medications.
Serotonin syndrome is a toxicity of serotonergic drugs such as SSRIs.

### NMS

- **Neuroleptic malignant syndrome**: More likely to have lead-pipe muscle rigidity
- **Serotonin syndrome**: More likely to have hyperreflexia and clonus
"""
    items = _items_of(tmp_path, notes)
    serotonin = [it for it in items if it.kind == "definition" and it.prompt.endswith("Serotonin syndrome?")]
    assert serotonin and not any("“NMS”" in it.prompt for it in serotonin)


def test_a_stem_that_runs_two_sentences_together_is_not_asked():
    from bot.quiz.quality import problems

    stem = "Which one is remaining at a childish level. Sticking to one way of reacting?"
    two = QuizItem("x", "statement", stem, ("Fixation", "Splitting", "Denial"), 0, "", "notes.md", "Defense")
    quoted = QuizItem("y", "mapping", "Which one is described as “Is a Helm package. It holds charts”?",
                      ("Chart", "Release", "Repository"), 0, "", "notes.md", "Helm")
    assert "two sentences in one stem" in problems(two)
    assert "two sentences in one stem" not in problems(quoted)


def test_markdown_escapes_are_read_as_the_characters_they_escape():
    from bot.ingest.entries import plain

    escaped = r"Buspirone is an \*\*5HT1a partial agonist. \*\*"
    assert plain(escaped) == "Buspirone is an 5HT1a partial agonist."
    assert plain(r"match digits with `re\d`") == r"match digits with re\d"
    # bold opened inside a word: two words with the space forgotten, unless together they make one
    assert plain("More likely to have muscular**rigidity**") == "More likely to have muscular rigidity"
    assert plain("an **un**likely result") == "an unlikely result"
    # only punctuation is escaped: a formula's leftover command keeps its backslash, and the gate sees it
    from bot.quiz.quality import problems

    formula = r"The current yield is $$\mathrm{\frac{Coupon}{Price}}$$ a crude measure of the ____."
    assert "\\frac" in plain(formula)
    assert "markup or a link" in problems(_blank(plain(formula), "rate of return"))


ORCHESTRA_NOTES = """# Orchestra notes

## Sections of the orchestra

- **Strings:** the largest section, played with a bow or plucked; violins carry most melodies
- **Woodwinds:** sound made by blowing across an edge or through a vibrating reed
- **Brass:**
  - loud and bright
- **Percussion:**
  - timpani, snare drum, cymbals

## Stage seating

- **Concertmaster chair:** the first seat of the first violins, who tunes the orchestra
- **Principal chair:** leads each section and plays its solos, sitting nearest the audience
- **Back desks:** may occur even with adequate concertmaster and principal cues

## Valve positions

- **Open Valve (Natural Tone)**: the air takes the shortest path and gives the natural harmonic series
- **Open Valve (Lowered Tone)**: a crook is added and the whole series sounds lower
- **Closed Valve**: all tubing is used for the lowest notes of the instrument
- **Half Valve**: the valve is pressed halfway for a choked and muffled sound

## Score markings

- **Fermata Sign:** Hold Note
- **Tempo Change:** 2 × B (All players wait)
- **Dynamic Mark:** p or f (Soft or loud passages everywhere)
- **Repeat Sign:** play the passage between the dots again from its start

## Tuning

### Concert pitch (A440)

- Permissions
  - **Conductor:** Anyone can request it
  - **Oboist:** Plays the tuning note for the others
  - **Players:** Tune to the oboe one section after another

## Before the concert

- **Wandelprobe:** 1 - 2 hours, but is the most tiring
- **Generalprobe:** 3 - 4 hours with costumes and the full stage lighting
- **Sitzprobe:** the first sing-through with orchestra and singers seated together
"""


def test_a_list_gives_its_labels_as_rivals_but_never_a_clue_to_them(tmp_path):
    """'Brass' and 'Percussion', whose lines say nothing to ask, are still sections beside Woodwinds.
    A description that names every rival ('even with concertmaster and principal cues') is answered
    by elimination; one that is a name ('Hold Note') or a value ('2 × B (All players wait)') says
    nothing; twins told apart by their brackets keep them; 'it' and a bare 'hours, most tiring' need
    the section they hold in."""
    items = _items_of(tmp_path, ORCHESTRA_NOTES)
    woodwinds = next(it for it in items if it.answer_text == "Woodwinds" and it.kind == "mapping")
    assert {"Brass", "Percussion"} <= set(woodwinds.choices)
    assert not any(it.answer_text == "Back desks" for it in items)
    assert not any(it.answer_text in ("Fermata Sign", "Tempo Change", "Dynamic Mark") for it in items)
    assert not any("Open Valve" in it.choices for it in items)
    conductor = next(it for it in items if it.answer_text == "Conductor")
    assert conductor.prompt.startswith("In “Concert pitch (A440)”, which permission")
    tiring = next(it for it in items if it.answer_text == "Wandelprobe" and it.kind == "mapping")
    assert tiring.prompt.startswith("In “Before the concert”, ")


def test_a_label_with_no_line_of_its_own_makes_no_either_or(tmp_path):
    """'Reed' with nothing to say beside one described label is a coin toss, not a question."""
    notes = """# Winds

## Mouthpieces

- **Embouchure Hole:** the oval opening across which a flautist blows a stream of air
- **Double Reed:**
  - oboe, bassoon
"""
    items = _items_of(tmp_path, notes)
    assert not any("Double Reed" in it.choices for it in items)


def test_twin_labels_keep_the_brackets_that_tell_them_apart(alozano):
    """'Volume Mode (Gateway Stored)' and 'Volume Mode (Cache Mode)' are two things: neither is offered
    as a bare 'Volume Mode', which would be true of both."""
    chunks, _, items, _ = alozano
    glosses: dict[str, set[str]] = {}
    for c in chunks:
        for m in re.finditer(r"^\s*[-*]\s+([A-Z][\w ]{2,40}?)\s*\(([^()]{2,30})\)\s*$", c.text, re.MULTILINE):
            glosses.setdefault(m.group(1).strip().lower(), set()).add(m.group(2).strip().lower())
    twins = {name for name, seen in glosses.items() if len(seen) >= 2}
    assert twins, "the notes hold labels told apart by brackets"
    offered = {c.lower() for it in items for c in (*it.choices, it.answer_text)}
    assert not twins & offered


PRESS_NOTES = """# Printing press

## Press parts

- **Platen:** The paper sheet is pressed onto the inked type. It absorbs the ink best when slightly damp.
- **Tympan:** a padded frame that holds the sheet in place while the platen comes down
- **Frisket:** a thin paper mask that keeps the margins of the sheet clean during the impression

| Part | Description |
| --- | --- |
| composing stick | Holds letters while a line of type is set |
| Chase Frame | Locks the set type into a page |
| Quoin Key | Tightens the wedges that hold the type |
| Galley Tray | Stores set lines before they are locked |
"""


def test_it_after_a_sentence_with_its_own_subject_is_not_the_label(tmp_path):
    """'Platen: The paper sheet is pressed ... It absorbs the ink': 'it' is the sheet, not the platen.
    A key in lower case among capitalised rivals ('composing stick') stands out, so it takes their
    case."""
    items = _items_of(tmp_path, PRESS_NOTES)
    assert not any("absorbs the ink" in it.prompt for it in items)
    stick = next(it for it in items if "Holds letters" in it.prompt)
    assert stick.answer_text == "Composing stick"


def _chapters(folder: Path) -> None:
    """Three files, each the chapter of one disorder, as a psychiatry course writes them."""
    folder.mkdir(parents=True, exist_ok=True)
    chapters = {
        "anxiety.md": "# Panic disorder\n\nPanic disorder is characterized by recurrent periods of intense "
        "fear peaking within ten minutes. A panic attack comes without warning, and panic may recur.\n",
        "impulse.md": "# Intermittent explosive disorder\n\nIntermittent explosive disorder is characterized "
        "by recurrent outbursts of anger out of proportion to the trigger. The outbursts are intermittent "
        "and the intermittent anger is brief.\n",
        "mood.md": "# Cyclothymic disorder\n\nCyclothymic disorder is marked by alternating periods of "
        "hypomanic symptoms and depressive symptoms. The cyclothymic swings are milder and cyclothymic "
        "patients rarely seek help.\n",
    }
    for name, text in chapters.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_subjects_of_files_in_one_chapter_folder_are_rivals_but_not_across_the_whole_notes(tmp_path):
    """Files in a folder of their own ('oop/encapsulation.md', 'oop/inheritance.md') are the chapters
    of one topic, whose subjects are of a kind. The notes' top folder holds every chapter: panic
    disorder (anxiety) beside intermittent explosive disorder (impulse control) is a guess graders
    found implausible, however alike the names."""
    _chapters(tmp_path / "flat")
    chunks, glossary = _load(tmp_path / "flat")
    flat = generate_items(chunks, glossary)
    assert not any("intense fear" in it.prompt and it.choices for it in flat)
    _chapters(tmp_path / "nested" / "disorders")
    chunks, glossary = _load(tmp_path / "nested")
    nested = generate_items(chunks, glossary)
    fear = next(it for it in nested if "intense fear" in it.prompt)
    assert fear.answer_text == "Panic disorder" and "Cyclothymic disorder" in fear.choices


def test_a_stem_cut_from_another_with_the_same_answer_is_not_asked_twice(tmp_path):
    """'An agent on each node. It makes sure that containers are running in a Pod' asked as a whole
    and again as "which one makes sure that containers are running in a Pod?": one question twice."""
    notes = """# Cluster

## Cluster components

- **Node:** "Node components run on every node, maintaining running pods."
    - **Kubelet:** "An agent that runs on each node in the cluster. It makes sure that containers are \
running in a Pod. The kubelet takes a set of PodSpecs and ensures that their containers are healthy."
    - **Kube-proxy:** "It is a network proxy that runs on each node in your cluster.
        - It maintains network rules on nodes."
    - **Container Runtime:** "The container runtime is the software responsible for running containers."
"""
    items = _items_of(tmp_path, notes)
    kubelet = [it for it in items if it.answer_text == "Kubelet"]
    assert len(kubelet) == 1, [it.prompt for it in kubelet]


def test_a_kind_named_by_a_list_is_asked_in_the_thing_its_section_is_about(tmp_path):
    """'Which stop is described as ...?' says of what only with its section: the pipe organ's stops,
    not any stop. ('Which pitfall ...?' of nothing was graded WEAK.)"""
    notes = """# Instruments

## Pipe Organ

- Stops
  - **Principal:** the foundation tone of the instrument, bright and firm in every register
  - **Flute Stop:** a soft round tone made by wide stopped pipes of wood or metal
  - **Reed Stop:** a brassy tone made by a vibrating brass tongue inside each pipe

## Harpsichord

The **Harpsichord** plucks its strings with quills when a key is pressed.

### Goals

- Tuning methods:
  - **Equal Temperament:** divides the octave into twelve equal semitones for playing in every key
  - **Meantone Temperament:** keeps the thirds pure at the cost of a few unusable keys
  - **Pythagorean Tuning:** builds every interval from pure fifths stacked one on another
"""
    items = _items_of(tmp_path, notes)
    reed = next(it for it in items if it.answer_text == "Reed Stop" and it.kind == "mapping")
    assert reed.prompt.startswith("In “Pipe Organ”, which stop is described as"), reed.prompt
    # 'Goals' is an aspect of the harpsichord, no thing to ask in
    tuning = [it.prompt for it in items if "tuning method" in it.prompt]
    assert tuning and not any("“Goals”" in p for p in tuning), tuning


def test_a_statement_of_two_sentences_spliced_by_a_comma_is_not_asked(tmp_path):
    """"Nominal interest rate is unchanged, the real cost of import has increased" is two sentences: the
    stem "Which one is unchanged, the real cost ... has increased?" asks neither (a finance bank posted
    it; the rule is checked on the statement itself)."""
    builder = _builder_of(tmp_path, "# Trade\n\n## Imports\n\nImports are goods bought abroad.\n")
    spliced = "is unchanged, the real cost of import has increased for the importer"
    assert builder._finish("Tariff", f"Which one {spliced}?", spliced) is None
    single = "is unchanged while the real cost of import increases for the importer"
    assert builder._finish("Tariff", f"Which one {single}?", single) is not None


CAMERA_NOTES = """# Cameras

## Shutter
- **Open**: Light reaches the sensor through the lens.
- **Closed**: The sensor is covered and records nothing.

## Exposure modes
- **Manual**: Aperture and shutter speed are both set by hand.
- **Automatic**: Aperture and speed are chosen by the built-in light meter.
- **Priority**: One setting is fixed by hand and the meter picks the other.
"""


def test_two_everyday_words_are_no_question_but_three_are(tmp_path):
    """'Open' or 'Closed' for "Light reaches the sensor": the clue's plain sense picks one of two everyday
    words (graders marked every such item trivial: 'Read' or 'Write', 'Shared' or 'Private'). Three
    labels of everyday words still make a fair question."""
    items = _items_of(tmp_path, CAMERA_NOTES)
    assert not any({"Open", "Closed"} & set(it.choices) for it in items)
    assert any(it.answer_text == "Automatic" and len(it.choices) == 3 for it in items)


KITCHEN_NOTES = """# Kitchen

## Utensils
| Utensil | Use | Dishwasher |
| --- | --- | --- |
| Whisk | Beats eggs and cream into a light foam | Safe |
| Ladle | Serves soup and stew from a deep pot | Unsafe |
| Spatula | Turns food over in a hot frying pan | Unsafe |
"""


def test_a_yes_or_no_column_asks_no_cell(tmp_path):
    """'Safe' or 'Unsafe' down a column of three rows is a coin flip for each cell; the column of uses,
    one per row, is asked both ways."""
    items = _items_of(tmp_path, KITCHEN_NOTES)
    assert not any("Safe" in it.choices or "dishwasher" in it.prompt.lower() for it in items)
    assert any(it.answer_text == "Whisk" for it in items)
    assert any(it.answer_text == "Serves soup and stew from a deep pot" for it in items)


def test_a_figure_between_two_is_no_question_but_between_three_is(tmp_path):
    """'1 year' or '18 months' down a table of two rows is a coin toss for each cell (graded BAD and
    WEAK), and so is every either-or between its two rows; a column of three figures is still asked."""
    two = """# Councils

## Seats
| Council | Term length | Members |
| --- | --- | --- |
| Harbour Board | 3 years | Elected by the dock owners of the port |
| Water Board | 18 months | Appointed by the mayor from the city council |
"""
    assert not any(it.kind == "table" for it in _items_of(tmp_path, two))
    three = two + "| Road Board | 5 years | Chosen by lot from the town's carters |\n"
    items = _items_of(tmp_path, three)
    assert any("18 months" in it.choices and len(it.choices) == 3 for it in items)
    assert any(it.answer_text == "Harbour Board" for it in items)


UTENSIL_NOTES = """# Kitchen

## Tools

| Tool | Use |
| --- | --- |
| Whisk | Beats eggs and cream into a light froth |
| Colander | Drains the boiling water off cooked pasta |
| Ladle | Serves hot soup out of a deep pot |
| Peeler | Strips the skin from potatoes and carrots |
| Rolling pin | Flattens dough into an even sheet |
| Grater | Shreds hard cheese into fine strands |
| Tongs | Grip hot food to turn it over in the pan |
| Sieve | Strains lumps out of liquids and sifts flour |
"""


def test_a_table_row_is_asked_beside_the_rows_whose_cells_mean_most_alike(tmp_path, embedder):
    """The colander is confused with the sieve, six rows down and with no word in common, not with the
    whisk and the ladle beside it (a keyword table offered 'import' and 'lambda' for 'nonlocal', never
    'global': graded a missing lure, r227)."""
    (tmp_path / "notes.md").write_text(UTENSIL_NOTES, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    items = generate_items(chunks, glossary, embed=embedder.encode)
    shown = [(it.prompt, it.choices) for it in items]
    drains = [it for it in items if it.answer_text == "Colander"]
    assert drains and all("Sieve" in it.choices for it in drains), shown
    told = [it for it in items if "the tool Colander" in it.prompt]
    assert told and all("Strains lumps out of liquids and sifts flour" in it.choices for it in told), shown


ROCK_NOTES = """# Rocks

## How rocks form

**Kinds of Rock**

There are several kinds of rock, which are as follows:

1. **Igneous Rock**: Cooled from molten magma deep underground or from lava at the surface
2. **Sedimentary Rock**: Layers of sand and mud pressed together over long ages
3. **Metamorphic Rock**: Changed by great heat and pressure without melting
"""


def test_a_lead_that_names_its_lists_kind_uncounted_names_it_in_the_stem(tmp_path):
    """"There are several kinds of rock, which are as follows:" says what its labels are: "Which kind
    of rock is described as …?", not "In “Kinds of Rock”, which one …" (a bold line quoted as a
    heading, graded odd twice, r227 and r228), and every rock is still offered though the stem says
    'rock'."""
    items, shown = _items_shown(tmp_path, ROCK_NOTES)
    asked = [it for it in items if it.prompt.startswith("Which kind of rock is described as")]
    assert len(asked) == 3 and all(len(it.choices) == 3 for it in asked), shown
    assert not any(it.prompt.startswith("In “") for it in items), shown


KEYWORD_NOTES = """# Python

## Keywords

| Keyword | Description |
| --- | --- |
| `if` | Opens a conditional branch |
| `else` | Runs when the `if` test fails |
| `while` | Repeats while a test holds |
| `for` | Walks over an iterable |
| `return` | Hands back a value |
| `import` | Loads a module by name |
"""


def test_a_cell_that_names_the_asked_row_is_no_description_of_it(tmp_path):
    """"Runs when the `if` test fails", else's cell, is no rival description of if: it names
    if as another thing (graded a choice that rules itself out, r228)."""
    items, shown = _items_shown(tmp_path, KEYWORD_NOTES)
    told = [it for it in items if it.prompt.endswith("the keyword “if”?")]
    assert told, shown
    assert not any("`if`" in c or "if test" in c for it in told for c in it.choices), shown


REMEDY_NOTES = """# Business

## Communication

### Removing barriers to effective communication with staff

|Term              |Definition                                  |
|------------------|--------------------------------------------|
|Noise             |Choose a quiet setting                      |
|Jargon            |Adapt the language to suit the recipient    |
|Timing            |Use face-to-face meetings when it is urgent |
|Overload          |Give clear and concise instructions         |

### Types of Business Meetings

|Term              |Definition                                  |
|------------------|--------------------------------------------|
|Annual General Meeting|Mandatory yearly gathering of shareholders |
|Board meeting     |Monthly meeting of the board of directors   |
|Ad hoc meeting    |Unplanned meeting for issues that arise suddenly |
"""


def test_a_table_of_terms_under_a_topic_is_asked_in_that_topic(tmp_path):
    """"| Term | Definition |" under "Removing barriers to effective communication": its 'definitions' are
    remedies, and "Which of these describes the term Noise?" took "Choose a quiet setting" for what noise
    is (graded missing the table's qualifier, eight times in r229). A heading that names the rows' kind
    ("Types of Business Meetings") needs no setting."""
    items, shown = _items_shown(tmp_path, REMEDY_NOTES)
    remedies = [it for it in items if "Choose a quiet setting" in (it.answer_text, *it.choices)]
    assert remedies, shown
    setting = "In “Removing barriers to effective communication with staff”, "
    assert all(it.prompt.startswith(setting) for it in remedies), shown
    meetings = [it for it in items if "Board meeting" in (it.answer_text, *it.choices)]
    assert meetings and not any(it.prompt.startswith("In “") for it in meetings), shown


ROOT_NOTES = """# Roots and Soils

## Mycorrhizae

- **Mycorrhizae** - association of the roots with fungi that trade sugars for minerals

## Soils

- **Soil** - a mix of mineral particles, organic matter, air and water

## Lateral meristems

### Vascular Cambium

- **Vascular Cambium** - a thin cylinder of dividing cells that adds wood and inner bark

### Cork Cambium

- **Cork Cambium** - a layer of dividing cells just under the bark that makes cork
"""


def test_two_sibling_sections_make_an_either_or_only_when_named_as_one_kind(tmp_path):
    """'Soil' or 'Mycorrhizae' for "association of the roots with fungi": the two sections of the chapter
    that open by defining their subjects are not two of a kind (graded off-type, r229); two cambiums are."""
    items, shown = _items_shown(tmp_path, ROOT_NOTES)
    assert not any("Soil" in it.choices for it in items), shown
    assert any(set(it.choices) == {"Vascular Cambium", "Cork Cambium"} for it in items), shown


def test_a_list_label_that_two_files_repeat_is_asked_in_its_files_title(tmp_path):
    """"*Economic Causes*:" heads a list in the Dutch Revolt's file and in the English Civil War's: "Which
    Economic Cause is described as …?" never said whose (graded missing its setting six times, r230),
    so it is asked "In “Dutch Revolt”, …". A label only one file writes needs no setting."""
    verbs = ("angered the merchants of every port", "ruined the weavers of the towns", "united the nobles")
    for name, war, causes in (
        ("1_dutch.md", "Dutch Revolt", ("Tenth Penny", "Grain Prices", "Trade Routes")),
        ("2_english.md", "English Civil War", ("Ship Money", "Forced Loans", "Monopolies")),
    ):
        said = zip(causes, verbs, strict=True)
        lines = "".join(f"    - *{c}*: a burden that {v} against the crown\n" for c, v in said)
        notes = f"# {war}\n\n## Causes\n\n- *Economic Causes*:\n{lines}"
        (tmp_path / name).write_text(notes, encoding="utf-8")
    (tmp_path / "3_only.md").write_text(
        "# Thirty Years War\n\n## Aftermath\n\n- *Peace Terms*:\n"
        "    - *Religious Toleration*: each prince kept the right to choose the faith of his own lands\n"
        "    - *Swiss Independence*: the confederation was freed from the empire for good by the treaty\n"
        "    - *Dutch Independence*: the seven provinces were recognised as a republic of their own\n",
        encoding="utf-8",
    )
    chunks, glossary = _load(tmp_path)
    items = generate_items(chunks, glossary)
    shown = [it.prompt for it in items]
    dutch = [it for it in items if it.answer_text in ("Tenth Penny", "Grain Prices", "Trade Routes")]
    assert dutch and all(it.prompt.startswith("In “Dutch Revolt”, ") for it in dutch), shown
    peace = [it for it in items if it.answer_text == "Swiss Independence"]
    assert peace and not any(it.prompt.startswith("In “") for it in peace), shown


STAFFING_NOTES = """# Human resources

## Manpower planning

- **Steps** - Carry out a staff audit, estimate future staff needs, then recruit or make redundancies
- **Implications of being understaffed** - Output falls short of demand and customers go to competitors
- **Implications of being overstaffed** - Workers grow bored and the wage bill runs higher than needed

## Recruitment

- **Internal recruitment** - filling a vacancy by promoting or moving a current employee
- **External recruitment** - filling a vacancy with a candidate from outside the business
- **Headhunting** - approaching a person who works for a rival firm to offer them the post
"""


def test_steps_and_the_implications_of_a_thing_are_no_things_to_choose(tmp_path):
    """'Steps' (keyed for a procedure, graded given away) and 'Implications of being overstaffed' (offered
    beside it, graded trivial, r229 and r230) label facets of the section's topic, as 'Causes of obesity'
    does; the kinds of recruitment are things."""
    items, shown = _items_shown(tmp_path, STAFFING_NOTES)
    named = {c for it in items for c in (it.answer_text, *it.choices)}
    assert not any(n == "Steps" or n.startswith("Implications") for n in named), shown
    assert any(it.answer_text == "External recruitment" for it in items), shown


VOCABULARY_NOTES = """# Spanish

## Verbs of wishing

| Verb | Meaning |
| --- | --- |
| esperar | to hope |
| temer | to fear |
| dudar | to doubt |
| negar | to deny |
"""


def test_a_column_of_meanings_is_asked_by_what_a_word_means(tmp_path):
    """"| Verb | Meaning |": "Which verb means “to hope”?" and "What does the verb “temer” mean?", not "which
    verb is described by “to hope”" (graded odd template wording, r231)."""
    items, shown = _items_shown(tmp_path, VOCABULARY_NOTES)
    stems = [it.prompt for it in items]
    assert "Which verb means “to hope”?" in stems, shown
    assert "What does the verb “temer” mean?" in stems, shown
    assert not any("described by" in p or "describes" in p for p in stems), shown


TIMELINE_NOTES = """# Flight

## History of powered flight

| Era | Key Development |
| --- | --- |
| Early 1900s | First controlled powered aeroplane |
| 1930s | Metal monoplanes with retractable wheels |
| 1950s | Jet airliners carry passengers across oceans |
| 1970s | Wide-body aircraft for mass travel |
"""


def test_a_timeline_table_is_asked_in_what_it_is_a_timeline_of(tmp_path):
    """"What is the key development of the era 1950s?" in what? (graded missing its topic, r231): a table
    whose rows are times is asked in its heading, "In “History of powered flight”, …"."""
    items, shown = _items_shown(tmp_path, TIMELINE_NOTES)
    eras = [it for it in items if "era" in it.prompt]
    assert eras, shown
    assert all(it.prompt.startswith("In “History of powered flight”, ") for it in eras), shown


STAGE_TABLE_NOTES = """# Corporate sustainability

## Kellner's ladder of engagement

A model of how firms come to take sustainability seriously, one step after another.

| Stage | Description |
| --- | --- |
| Ignore | Denial that the firm has any effect worth caring about |
| Comply | Doing what the regulator demands and no more |
| Improve | Cutting waste where it also cuts costs |
| Transform | Rebuilding the business model around long-term value |
"""


def test_a_table_of_stages_is_asked_in_the_model_it_is_of(tmp_path):
    """"Which stage is described by “Strategic proactivity”?" never said which model the stage is of
    (graded BAD ten times of ten, r235): a table whose rows are stages, phases or levels is asked in its
    heading, as a timeline is."""
    items, shown = _items_shown(tmp_path, STAGE_TABLE_NOTES)
    stages = [it for it in items if "stage" in it.prompt]
    assert stages, shown
    assert all(it.prompt.startswith("In “Kellner's ladder of engagement”, ") for it in stages), shown


BOND_TABLE_NOTES = """# Organic chemistry

## Complete Functional Group Table

| Class | Functional Group | Structure | Suffix/Prefix | Example |
|-------|-----------------|-----------|---------------|---------|
| Alkene | C=C | –CH=CH– | -ene | Ethene |
| Alcohol | –OH | –C–OH | -ol | Methanol |
| Phenol | –OH on ring | Ph–OH | phenol | Phenol |
| Ether | –O– | –C–O–C– | ether | Diethyl ether |
| Aldehyde | –CHO | –C(=O)H | -al | Ethanal |
| Amine | –NH₂ | –C–NH₂ | -amine | Methylamine |
| Nitrile | –CN | –C≡N | -nitrile | Ethanenitrile |
"""


def test_a_bond_written_onto_a_formula_is_part_of_it(tmp_path):
    """"Which class has the functional group “O”?" (graded BAD: 'O' fits an alcohol and a phenol as
    well, r235): the dashes of '–O–' are its bonds, not punctuation round a name, and stay."""
    items, shown = _items_shown(tmp_path, BOND_TABLE_NOTES)
    texts = [t for it in items for t in (it.prompt, *it.choices)]
    assert any("“–O–”" in t for t in texts) or "–O–" in texts, shown
    assert not any(t in ("O", "OH", "NH₂") or "“O”" in t or "“OH”" in t for t in texts), shown


VOWEL_NOTES = """# Phonetics

## Tongue height

| height | description | vowels |
| ------ | ----------- | ------ |
| high | raised tongue, front of mouth less open | [i] leak, [u] Luke |
| mid | intermediate tongue height | [ɛ] bet, [ə] above |
| low | tongue lowered, front of mouth open | [æ] cat, [ɑ] cot |
"""


def test_a_row_that_sorts_its_columns_things_asks_for_that_sort(tmp_path):
    """"| height | vowels |" over 'high': "Which are the high vowels?", not "What are the vowels of the height
    “high”?" (graded odd template wording four times, r231)."""
    items, shown = _items_shown(tmp_path, VOWEL_NOTES)
    stems = [it.prompt for it in items]
    assert "Which are the high vowels?" in stems, shown
    assert not any("of the height" in p for p in stems), shown


PATHWAY_NOTES = """# Plants

## Water

- Diffusion:
    - movement of molecules from a region of higher to lower concentration
- Osmosis:
    - diffusion of water across a membrane that lets water through but not solutes
- Turgor:
    - pressure of the cell contents pushing against the cell wall
- Pathways through plant:
    - across a membrane at endodermis
    - up the stem and into the leaves in the xylem
    - from soil to roots through osmosis
    - evaporation from leaf tissues into the atmosphere
"""


def test_a_plural_title_over_its_members_is_no_term_in_a_run_of_terms(tmp_path):
    """"Pathways through plant:" over four pathways sat in a run of terms each over its definition, and its
    first pathway was read as what it is ("Which of these describes Pathways through plant?" → "Across a
    membrane at endodermis": graded a list heading taken for a term, r234). The terms stay asked."""
    items, shown = _items_shown(tmp_path, PATHWAY_NOTES)
    said = " ".join(" ".join((it.prompt, *it.choices)) for it in items).lower()
    assert "pathways" not in said and "endodermis" not in said, shown
    assert any(it.answer_text == "Turgor" for it in items), shown


PRINTING_NOTES = """# Printing Press

## Impact

- *Spread of Ideas*: Religious and political arguments crossed Europe in pamphlets within weeks.
- *Cheaper Books*: The price of a book fell so far that merchants and artisans could own several.
- *Common Languages*: Printers settled the spelling of national tongues, which slowly replaced Latin.
"""


def test_a_one_word_aspect_heading_is_set_in_the_thing_above_it(tmp_path):
    """"In “Impact”, which one …" of whose impact? (graded missing its setting, r230 and r234): a heading of
    one everyday word is an aspect of the heading above it, "In “Printing Press › Impact”, …"."""
    items, shown = _items_shown(tmp_path, PRINTING_NOTES)
    set_in = [it.prompt for it in items if it.prompt.startswith("In “")]
    assert set_in and all(p.startswith("In “Printing Press › Impact”, ") for p in set_in), shown


def test_a_plural_that_no_verb_is_spelt_as_before_a_past_verb_is_the_subject(tmp_path):
    """"Pamphlets carried new arguments …" was asked "which one pamphlets carried …?": 'pamphlets' before a
    past verb is its subject, as no verb is spelt so; "Requires trained staff" still opens with a verb."""
    builder = _builder_of(tmp_path, PRINTING_NOTES)
    assert not builder.is_verb("pamphlets", "carried")
    assert builder.is_verb("requires", "trained")


GLIA_NOTES = """# Glia

**Astrocytes**
- **Fibrous:** Reside in white matter and support the nodes along myelinated axons
- **Protoplasmic:** Reside in gray matter and support the synapses between neurons
- **Radial:** Span the thickness of the developing cortex and guide migrating neurons
- **Syncytia:** Astrocytes are coupled via gap junctions, letting calcium waves spread quickly
"""


def test_a_line_that_speaks_of_the_kind_as_a_whole_is_no_member_of_it(tmp_path):
    """'Syncytia' ("Astrocytes are coupled via gap junctions …") was offered as an astrocyte beside
    'Fibrous' and 'Protoplasmic' (graded off-type, r233): its line speaks of astrocytes as a whole."""
    items, shown = _items_shown(tmp_path, GLIA_NOTES)
    kinds = [it for it in items if it.prompt.startswith("Which astrocyte")]
    assert kinds and not any("Syncytia" in it.choices for it in kinds), shown
    assert any(it.answer_text == "Fibrous" and "Radial" in it.choices for it in kinds), shown


CAR_NOTES = """# Cars

## Brakes
- **Disc Brakes**: Pads squeeze a spinning rotor to slow the wheel.
- **Drum Brakes**: Shoes press outward against a rotating drum inside the wheel.

## Optional extras
- **Heated Seats**: A wire mesh under the cover that warms the driver on cold mornings.
- **Parking Sensors**: Beep faster as the bumper nears a wall while reversing.
"""


def test_an_either_or_between_two_labels_of_different_kinds_is_not_asked(tmp_path, embedder):
    """'Heated Seats' or 'Parking Sensors': two things one list put together, not two of a kind; the
    kind alone settles the question (graders marked 'Cache' or 'Track Skew' trivial). Two brakes are
    two of a kind, and stay. Without the model the bank cannot tell them apart and asks both."""
    (tmp_path / "notes.md").write_text(CAR_NOTES, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    told = generate_items(chunks, glossary, embed=embedder.encode)
    blind = generate_items(chunks, glossary)
    extras = {"Heated Seats", "Parking Sensors"}
    assert any(extras & set(it.choices) for it in blind)
    assert not any(extras & set(it.choices) or "A wire mesh" in " ".join(it.choices) for it in told)
    assert any(it.answer_text == "Disc Brakes" and "Drum Brakes" in it.choices for it in told)


BLOCKADE_NOTES = """# Trade in wartime

## Effects of the blockade
- **Rise of Shipping Firms**: Merchant fleets grew as the blockade closed rival ports to foreign ships.
- **Decline of Farm Prices**: Grain sold for less once the army stopped buying the harvest.

## Rocks carried as ballast
- **Igneous**: Formed when molten magma cools and hardens, as granite and basalt are.
- **Sedimentary**: Formed when layers of sand and mud settle and are pressed into stone.

## Paying for a cart
- **Monthly Rental**: Costs a trader more over five years than an outright purchase does.
- **Outright Purchase**: Pays the whole price at once and leaves the cart with the trader.
"""


def test_an_either_or_between_two_points_of_a_list_named_in_phrases_is_not_asked(tmp_path, embedder):
    """'Rise of Shipping Firms' or 'Decline of Farm Prices': two points a list holds, named in phrases
    that share no word, are told apart by what the words mean ("Rise of the United States" for
    "Emerged as a leading creditor nation", graded trivial every time). So are two named in a word each
    that no line sets side by side ('Igneous' or 'Sedimentary', as 'Plantae' or 'Fungi' for
    "Decomposers …" was graded trivial); a pair one line names together ("more … than an outright
    purchase") is compared by the notes themselves, and stays."""
    (tmp_path / "notes.md").write_text(BLOCKADE_NOTES, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    told = generate_items(chunks, glossary, embed=embedder.encode)
    blind = generate_items(chunks, glossary)
    assert any("Decline of Farm Prices" in it.choices for it in blind)
    points = {"Decline of Farm Prices", "Rise of Shipping Firms"}
    assert not any(points & set(it.choices) or "Grain sold" in " ".join(it.choices) for it in told)
    assert any(it.answer_text == "Igneous" and "Sedimentary" in it.choices for it in blind)
    assert not any("Igneous" in it.choices for it in told)
    assert any(it.answer_text == "Outright Purchase" for it in told)


def test_a_swapped_typo_that_stems_to_a_word_is_still_a_typo(tmp_path):
    """'assing' stems to 'ass' + 'ing', so the dictionary took it for a word form, and a Kubernetes bank
    posted "which of these take pod from etcd, assing on node?". Two letters swapped from a word the
    notes use ('assign') is a slip; a real form one letter from another word ('masking', 'making') is
    not."""
    notes = (
        "# Teams\n\n## Planning\n\nManagers assign work on Monday, making a plan for the week.\n\n"
        "## Review\n\nLeads assign reviewers, making sure each change is read.\n"
    )
    builder = _builder_of(tmp_path, notes)
    assert builder._misspelled("Which one will assing the work to a team?") == "assing"
    assert builder._misspelled("Which one is masking the noise of the room?") is None


def test_a_long_word_form_met_once_two_letters_off_a_frequent_word_is_a_typo(tmp_path):
    """'accessment' (read as 'access' + 'ment') written once beside 'assessment' in three passages was
    posted as a key (graded a typo, r233); 'automating' beside 'automation' is another form of the word,
    its ending its own."""
    notes = "# Care\n\n" + "".join(
        f"## Ward {n}\n\nThe assessment of each patient and the automation of records come first.\n\n"
        for n in range(1, 4)
    ) + "## Theatre\n\nThe pre-operative accessment is done before automating the list.\n"
    builder = _builder_of(tmp_path, notes)
    assert builder._misspelled("Which one is the pre-operative accessment?") == "accessment"
    assert builder._misspelled("Which one is automating the list of patients?") is None



BIRD_NOTES = """# Birdwatching

## Basics
**Migration**: a seasonal journey between breeding and wintering grounds.

**Plumage**: the layer of feathers that covers the body and wings.

**Moult**: the shedding and regrowth of worn feathers once a year.

Back to the garden:

A robin was seen twice on the feeder this week.

## Survey counts
| Species | Sightings | Share |
| --- | --- | --- |
| Robin | 50 | .50 |
| Wren | 30 | .30 |
| Finch | 20 | .20 |

## Wingspans
| Bird | Wingspan (m) | Habitat |
| --- | --- | --- |
| Albatross | 3.5 | Open ocean far from any land |
| Eagle | 2.3 | Mountains and high rocky cliffs |
| Sparrow | .25 | Towns, gardens and farmland |
"""


def test_a_worked_tally_and_a_lead_in_line_are_not_asked(tmp_path):
    """A survey's counts and shares (50 / 30 / 20 of 100) are one sample's tally, not each bird's
    property; "Back to the garden:" leads into the next paragraph and is no rival of Moult. A bird's
    wingspan is its own, and '.25' keeps its point."""
    items = _items_of(tmp_path, BIRD_NOTES)
    assert not any("sightings" in it.prompt.lower() or "share" in it.prompt.lower() for it in items)
    assert not any("Back to the garden" in it.choices for it in items)
    assert any(it.answer_text == "Moult" for it in items)
    sparrow = next(it for it in items if it.prompt.endswith("Sparrow?") and "wingspan" in it.prompt.lower())
    assert sparrow.answer_text == ".25"


def test_a_code_family_told_apart_by_a_letter_the_stem_spells_gives_the_key_away():
    """'SCF', 'SCP', 'SCE' share 'SC'; asking the code of Freight spells its last letter (as the code
    of the source Total spelled 'SST' in a statistics bank), and so does asking which class has “SCF”
    when the stem writes the family 'SC' out."""
    from bot.quiz.quality import problems

    family = ("SCF", "SCP", "SCE")
    given = _choice_item("What is the SC (shipping class) code of Freight?", family, 0)
    fair = _choice_item("Which shipping code marks goods sent overseas by boat?", family, 0)
    back = _choice_item("Which shipping class has the SC code “SCF”?", ("Parcel", "Freight", "Express"), 1)
    assert "gives the answer away" in problems(given)
    assert "gives the answer away" not in problems(fair)
    assert "gives the answer away" in problems(back)


def test_a_table_whose_first_column_is_half_numbers_is_not_asked(tmp_path):
    """'| 1,2,3,4,5 | Not some |' beside '| All 5 | ... |': rows named by numbers are no things."""
    notes = (
        "# Rings\n\n## Ring sizes\n| Ring | Fits |\n| --- | --- |\n"
        "| 4.5 | Small songbirds such as wrens and tits |\n| Large | Birds of prey and big waterfowl |\n"
    )
    items = _items_of(tmp_path, notes)
    assert not any("4.5" in it.prompt or "4.5" in it.choices or "Large" in it.choices for it in items)


OPTICS_NOTES = """# Optics

## Lens measures
- **Focal Length**: The distance $d$ from the lens at which parallel rays meet.
- **Magnification**: The ratio $h_i / h_o$ of image height to object height.
- **Optical Power**: The reciprocal $1/f$ of the focal length, in dioptres.
- **Aperture**: A lens costing $5 and one costing $10 let in the same light when its opening is equal.
"""


def test_latex_delimiters_written_for_a_markdown_page_are_math_and_escaped_brackets_are_brackets():
    """Jekyll notes write inline math as "\\\\(A_V < 1 \\\\)" (markdown eats one backslash): the line
    read "(A_V < 1 ) mag", brackets and all. A single backslash before a bracket only escapes it
    ("\\(respect for others\\)"), as CommonMark reads it."""
    from bot.ingest.entries import plain

    assert plain("Translucent cloud: \\\\(1 < A_V < 5 \\\\) mag") == "Translucent cloud: 1 < A_V < 5 mag"
    assert plain("the \\\\(T_s \\\\) spin, \\\\[ E = mc^2 \\\\]") == "the Tₛ spin, E = mc²"
    assert plain("chivalry \\(respect for others\\)") == "chivalry (respect for others)"


def test_a_variable_in_dollar_signs_reads_as_the_variable_and_prices_stay(tmp_path):
    """'$f$' is the variable f as the notes' app shows it: the line is asked with 'f', not dropped as
    markup; '$5 and $10' are prices and stay as written."""
    from bot.text import render_math

    shown = render_math("The distance $f$ from the lens, $n - 1$ of them")
    assert shown == "The distance f from the lens, n - 1 of them"
    assert render_math("costs $5 and $10 a month") == "costs $5 and $10 a month"
    items = _items_of(tmp_path, OPTICS_NOTES)
    focal = next(it for it in items if it.answer_text == "Focal Length")
    # (not "$f$": the key's initial as its symbol would give 'Focal Length' away)
    assert "distance d from the lens" in focal.prompt and "$" not in focal.prompt


GARDEN_NOTES = """# Gardening

## Related Concepts
- **Companion Planting**: Growing different crops side by side so that each helps the other thrive.
- **Crop Rotation**: Moving each crop family to a new bed every year to keep the soil healthy.
- **Green Manure**: A cover crop dug back into the soil to add nutrients before planting.
"""


def test_a_heading_that_files_lines_away_sets_no_question(tmp_path):
    """"In “Related Concepts”, which one ...?" names no thing the reader could be asked in (graders
    marked every such stem weak); the line is asked on its own."""
    items = _items_of(tmp_path, GARDEN_NOTES)
    rotation = next(it for it in items if it.answer_text == "Companion Planting" and it.kind == "mapping")
    assert rotation.prompt.startswith("Which one ")
    assert not any("Related Concepts" in it.prompt for it in items)


def test_a_word_of_the_keys_root_or_its_lone_letter_gives_it_away():
    """'strata' in the stem for 'Stratified Sampling', "a high F value" for 'F-Statistic'; words that
    only begin alike ('contract', 'controller') give nothing away."""
    from bot.quiz.quality import problems

    sampling = ("Stratified Sampling", "Cluster Sampling", "Quota Sampling")
    strata = _choice_item("Which one samples at random from each of the strata of a town?", sampling, 0)
    tests = ("F-Statistic", "T-Statistic", "Chi-Square")
    letter = _choice_item("Which one is described as “A high F value says the model is useful”?", tests, 0)
    fair = _choice_item("Which one tests whether a whole model explains more than chance?", tests, 0)
    parts = ("Controller", "Scheduler", "Kubelet")
    unlike = _choice_item("Which one signs a contract with the cluster to keep replicas running?", parts, 0)
    assert "gives the answer away" in problems(strata)
    organs = ("Spinal Cord", "Brain Stem", "Cerebellum")
    spine = _choice_item("Which one is imaged with an MRI of the spine when it is compressed?", organs, 0)
    assert "gives the answer away" in problems(spine)
    assert "gives the answer away" in problems(letter)
    assert "gives the answer away" not in problems(fair)
    assert "gives the answer away" not in problems(unlike)
    liquids = ("Viscosity", "Surface tension", "Meniscus")
    viscous = _choice_item("Which one is described as “stronger forces, more viscous”?", liquids, 0)
    assert "gives the answer away" in problems(viscous)  # 'visco' of seven letters
    # 'samples' in the stem and 'Sampling' in every choice: no word of the key's alone
    samples = _choice_item("Which one samples at random from every part of a town?", sampling, 0)
    assert "gives the answer away" not in problems(samples)


def test_a_prefixed_word_or_a_hyphened_particle_gives_the_key_away():
    """'presynaptic' is of synapse's root behind its prefix, and "works up to the brain" names the 'up'
    of 'Bottom-up' beside 'Top-down' (both graded BAD, answered by matching words). A particle no
    choice tells apart, or one the rival holds too, gives nothing away."""
    from bot.quiz.quality import problems

    glia = ("Tripartite synapse", "Syncytia", "Fibrous")
    contact = _choice_item("Which one is described as “processes contact the presynaptic terminal”?", glia, 0)
    assert "gives the answer away" in problems(contact)
    ways = ("Bottom-up processing", "Top-down processing")
    up = _choice_item("Which one is described as “starts at receptors and works up to the brain”?", ways, 0)
    assert "gives the answer away" in problems(up)
    fair = _choice_item("Which one is described as “guided by expectations and past knowledge”?", ways, 1)
    assert "gives the answer away" not in problems(fair)
    checks = ("Sign-up form", "Log-in form", "Opt-out form")
    shared = _choice_item("Which one is filled in when a reader first signs up?", checks, 0)
    assert "gives the answer away" in problems(shared)
    calls = ("Follow-up call", "Call-back", "Wind-up call")
    both = _choice_item("Which one is made a week after a visit to see how things turned out?", calls, 0)
    assert "gives the answer away" not in problems(both)
    # the key's word behind a prefix: 'dissimilations' for "sounds too similar" (graded BAD)
    changes = ("dissimilations", "natural classes", "allomorphy")
    too_alike = "Which one is described as “sounds that sound too similar change to be different”?"
    unlike = _choice_item(too_alike, changes, 0)
    assert "gives the answer away" in problems(unlike)
    # the key's own adjective of the stem's noun: 'Anal Stage' for the focus "Anus" (graded BAD)
    stages = ("Anal Stage", "Oral Stage", "Phallic Stage")
    anus = _choice_item("Which stage has the focus of libido “Anus”?", stages, 0)
    assert "gives the answer away" in problems(anus)
    # a noun kin of a rival's word only ('Genitals' beside 'Genital Stage') points away from the key
    rival_kin = _choice_item("Which stage has the focus of libido “Genitals”?", stages, 2)
    assert "gives the answer away" not in problems(rival_kin)


IMAGE_FILE_NOTES = """# Image files

## Header layout
- **Bytes 0-3**: Magic number that marks the file as a picture.
- **Bytes 4-7**: Width of the picture counted in pixels.
- **Bytes 8+**: The pixel data itself, one row after another.

## Flag sizes
- **1 bit**: Flag that is set when the picture is compressed.
- **3 bits**: Colour depth code shared by every pixel.
- **12 bits**: Palette index of the background colour.

## Colour models
- **RGB**: Three lights added together on screens, starting from black.
- **CMYK**: Four inks laid down on paper, taking light away from white.
- **HSV**: A shade, its strength and its brightness arranged as a cylinder of colours.
"""


def test_positions_and_sizes_are_not_things_to_choose(tmp_path):
    """'Bytes 4-7' or '12 bits' says where a field sits or how big it is: "Which one is described as
    “Width of the picture”?" answered 'Bytes 4-7' is back to front. Named things still are asked."""
    items = _items_of(tmp_path, IMAGE_FILE_NOTES)
    shown = [c for it in items for c in (*it.choices, it.answer_text)]
    assert not any(re.search(r"\d+-\d+|\d\+|\d+ bits?\b", c) for c in shown), shown
    assert any(it.answer_text == "CMYK" for it in items)


def test_a_word_counted_in_the_notes_is_a_noun_not_a_verb(tmp_path):
    """"DSCP bits in the IP header" was asked as "Which one bits in the IP header?": the notes count
    bits ('3 bits', '6 bits'), so 'bits' is a noun; a word they never count still reads as a verb, and
    a version number ('IPv6 allows') counts nothing."""
    notes = (
        "# Headers\n\n## Fields\n\nThe flag takes 3 bits. The class code takes 6 bits. IPv6 allows longer "
        "addresses, and IPv6 allows more of them.\n"
    )
    builder = _builder_of(tmp_path, notes)
    assert not builder.is_verb("bits", "in")
    assert builder.is_verb("spins", "in")
    assert builder.is_verb("allows", "longer")


def test_a_line_about_the_course_the_notes_were_taken_in_is_not_asked():
    """"the one we are learning about now" is true only in the student's class that week."""
    from bot.quiz.quality import problems

    versions = ("Version 1", "Version 2", "Version 3")
    now = _choice_item("Which one is described as “the one we are learning about now”?", versions, 0)
    fair = _choice_item("Which one is described as “adds strong encryption and user accounts”?", versions, 2)
    assert "points at unseen text" in problems(now)
    assert "points at unseen text" not in problems(fair)


def test_an_acronym_ending_in_a_word_a_code_before_a_placeholder_and_the_earlier_step():
    """"non-volatile RAM" spells NVRAM (initials, then the word it ends with), "greater than X" spells
    'gt X' (the placeholder aside), and "learned from the earlier message" points at a walkthrough the
    reader can't see."""
    from bot.quiz.quality import problems

    memory = ("NVRAM", "Flash", "Disk")
    nvram = _choice_item("Which one is described as “non-volatile RAM that keeps settings”?", memory, 0)
    fair = _choice_item("Which one is described as “memory that keeps settings unpowered”?", memory, 0)
    ops = ("lt X", "gt X", "eq X")
    greater = _choice_item("Which one is described as “greater than X”?", ops, 1)
    earlier = _choice_item("Which one is described as “the address from the earlier message”?", memory, 0)
    assert "gives the answer away" in problems(nvram)
    assert "gives the answer away" not in problems(fair)
    assert "gives the answer away" in problems(greater)
    assert "points at unseen text" in problems(earlier)


def test_a_second_one_of_something_points_at_the_first_the_reader_cannot_see():
    """"Which one was a second threat to the magistrates' authority?" was graded BAD: the first threat
    was in the line before. "Carries the most data in a second at best" is a time, not a count."""
    from bot.quiz.quality import problems

    people = ("Roger Williams", "Anne Hutchinson", "John Winthrop")
    second = _choice_item("Which one was a second threat to the magistrates' authority?", people, 1)
    links = ("Bandwidth", "Latency", "Throughput")
    most = "Which one is described as “the most data a link carries in a second at best”?"
    timed = _choice_item(most, links, 0)
    assert "points at unseen text" in problems(second)
    assert "points at unseen text" not in problems(timed)


def test_a_stem_that_names_a_rival_the_key_is_kin_of_gives_the_key_away():
    """"Passed because the Stamp Act was doing more harm than good" names the rival 'Stamp Act', whose
    whole name the key 'Repeal of Stamp Act' holds: the stem is about that act, and only its repeal
    is left (graded BAD). A stem that names no choice is fair."""
    from bot.quiz.quality import problems

    acts = ("Stamp Act (1765)", "Sugar Act (1764)", "Repeal of Stamp Act (1766)", "Currency Act (1764)")
    named = "Which British action has the rationale “Passed as the Stamp Act did more harm than good”?"
    fair = "Which British action has the rationale “Ended a tax after merchants boycotted British goods”?"
    assert "gives the answer away" in problems(_choice_item(named, acts, 2))
    assert "gives the answer away" not in problems(_choice_item(fair, acts, 2))


def test_a_code_name_that_opens_with_the_key_cut_short_gives_it_away():
    """"… manipulated using two routines: sem_wait() and sem_post()" spells Semaphore (graded BAD); a
    routine named for something else does not."""
    from bot.quiz.quality import problems

    spelled = _blank("____ is an object with a value changed by sem_wait() and sem_post().", "Semaphore")
    other = _blank("____ is an object with an integer value changed by down() and up().", "Semaphore")
    assert "gives the answer away" in problems(spelled)
    assert "gives the answer away" not in problems(other)


def test_a_call_named_by_everyday_words_the_stem_says_gives_it_away():
    """"Which one returns all non-overlapping matches …?" over 're.findall() function' (graded BAD):
    the little word the call's name closes on is the stem's. A word every choice's name holds ('list'
    of three 'list.' methods) tells none apart."""
    from bot.quiz.quality import problems

    calls = ("re.compile() function", "re.split() function", "re.findall() function")
    found = _choice_item("Which one returns all non-overlapping matches of pattern in the string?", calls, 2)
    methods = ("list.append()", "list.extend()", "list.insert()")
    placed = _choice_item("Which method is used to add new item to the list at an index?", methods, 2)
    assert "gives the answer away" in problems(found)
    assert "gives the answer away" not in problems(placed)


def test_a_condition_with_no_subject_leans_on_unseen_text():
    """"If enabled, the load balancer generates a cookie called ____." (enabled what? graded BAD); "If
    the queue is empty, …" says what."""
    from bot.quiz.quality import problems

    bare = _blank("If enabled, the load balancer generates a cookie for the user called ____.", "AWSALB")
    said = _blank("If the queue is empty, the consumer waits on a condition variable called ____.", "fill")
    assert "leans on unseen text" in problems(bare)
    assert "leans on unseen text" not in problems(said)


def test_a_date_that_labels_an_event_is_no_name_to_choose():
    """"jul 2003: Ali Isildar drowned …" in a case's timeline made "Which one is described as …?" with
    'Protocol' and 'Case' beside the date (graded BAD); an act named with its year is a name, and a
    date among the timeline's other dates is a fair "when"."""
    from bot.quiz.quality import problems

    drowned = "Which one is described as “Ali Isildar (28 yrs.) drowned in the river during a deep dive”?"
    dated = _choice_item(drowned, ("Protocol", "Case", "jul 2003"), 2)
    acts = ("Stamp Act (1765)", "Proclamation of 1763", "Sugar Act (1764)")
    named = _choice_item("Which one is described as “Forbade settling west of the mountains”?", acts, 1)
    timeline = _choice_item(drowned, ("jun 2001", "jul 2003", "may 2008"), 1)
    assert "a date as a name" in problems(dated)
    assert "a date as a name" not in problems(named)
    assert "a date as a name" not in problems(timeline)


def test_a_month_without_its_year_is_no_answer():
    """"1968: A Pivotal Year" over "Jan - Tet Offensive", "Nov - Nixon elected president": asked
    "Which one is described as “Nixon elected president”?" over 'Nov' among 'Jun' and 'Aug', the year the
    month belongs to is lost with the heading (history notes); a month named with its year, and a
    word that merely starts as a month does ('Marketing', 'Decorator'), still make answers."""
    from bot.quiz.quality import problems

    stem = "Which one is described as “Nixon elected president”?"
    months = _choice_item(stem, ("Jun", "Nov", "Aug"), 1)
    days = _choice_item(stem, ("June 5", "Nov 5", "Aug 28"), 1)
    dated = _choice_item(stem, ("jun 1968", "nov 1968", "aug 1968"), 1)
    words = _choice_item("Which one is described as “Wraps a function”?", ("Marketing", "Decorator"), 1)
    assert "a month without its year" in problems(months)
    assert "a month without its year" in problems(days)
    assert "a month without its year" not in problems(dated)
    assert "a month without its year" not in problems(words)


BREAD_NOTES = """# Baking

## Bread
A loaf has two parts:
- **Crust**: The hard outer layer browned in the heat of the oven.
- **Crumb**: The soft inside full of small air pockets.

Bakers shape their dough in several common ways:
- **Boule**: A round loaf baked free-standing on a hot stone.
- **Baguette**: A long thin loaf with a crisp golden outside.
- **Batard**: An oval loaf, shorter and fatter than the long thin one.
"""


def test_a_paragraph_leading_into_a_list_starts_another_list(tmp_path):
    """The parts of a loaf and its shapes are two lists of one section: 'Crust' is no rival of 'Boule'
    (a networking bank offered the DSCP field among the markings listed after "Here are some common
    standard markings:")."""
    items = _items_of(tmp_path, BREAD_NOTES)
    parts, shapes = {"Crust", "Crumb"}, {"Boule", "Baguette", "Batard"}
    assert any(shapes & set(it.choices) for it in items)
    assert not any(parts & set(it.choices) and shapes & set(it.choices) for it in items)


LAB_NOTES = """# Routing lab

## Topology
R1, R2 and R3 are routers in a row; PC1 sits behind R1 and PC2 behind R3.

## Neighbour messages
- **src MAC**: the interface's MAC on R2.
- **dst MAC**: the multicast MAC all routers listen on.
- **src IP**: the link-local address the sending router uses.
- **dst IP**: the all-routers multicast group address.
"""


def test_a_fact_placed_on_a_worked_examples_numbered_machine_is_not_asked(tmp_path):
    """'R1', 'R2', 'R3' are machines of one lab: "the interface's MAC on R2" is true there only (a
    networking bank posted it); a name numbered once ('IPv6', 'S3') places nothing."""
    notes = LAB_NOTES + "\nIPv6 runs on S3 and on IPv4 links too.\n"
    builder = _builder_of(tmp_path, notes)
    assert builder._on_an_example_actor("Which one is described as “the interface's MAC on R2”?")
    assert builder._on_an_example_actor("Which one is described as “R1's MAC”?")
    assert not builder._on_an_example_actor("Which one runs on S3 and on IPv4 links?")
    assert not any("R2" in it.prompt for it in generate_items(builder.chunks, builder.glossary))


CONTRACT_NOTES = """# Contracts

## Contract
A contract is an agreement between two parties that a court will enforce.

## Express Contract
Express Contract refers to the contract in which two parties make an agreement that a court will enforce.

## Implied Contract
Implied Contract refers to the contract whose terms are inferred from the conduct of the parties.

## Void Contract
Void Contract refers to the contract that has no legal effect from the moment it is made.
"""


def test_a_kind_whose_line_only_restates_its_whole_kind_is_not_asked(tmp_path):
    """"an agreement between two parties that a court will enforce" is what every contract is: asked for
    Express Contract, each rival is as right (a Python bank asked Single Inheritance so). A kind's own
    difference ("terms inferred from the conduct of the parties") is asked."""
    items = _items_of(tmp_path, CONTRACT_NOTES)
    assert not any(it.answer_text == "Express Contract" and "court" in it.prompt for it in items)
    assert any(it.answer_text == "Implied Contract" for it in items)


def test_a_setting_is_asked_in_the_thing_it_sets(tmp_path):
    """'initialDelaySeconds' is a setting of a liveness probe: "which one is described as “waiting some
    period of time after starting”?" says of what only with its section (graded weak without it)."""
    notes = (
        "# Backups\n\n## Nightly Backup Job\n"
        "- **retentionDays**: how long each saved copy is kept before it is deleted.\n"
        "- **maxParallel**: how many copies may be written to the disks at the same time.\n"
        "- **startHour**: the hour of the night when the first copy begins to run.\n"
    )
    items = _items_of(tmp_path, notes)
    asked = [it for it in items if it.answer_text in ("retentionDays", "maxParallel", "startHour")]
    assert asked and all(it.prompt.startswith("In “Nightly Backup Job”, ") for it in asked), asked


HOUSEPLANT_NOTES = """# Houseplants

## Fern
### Care
- **Summer**: Water twice a week and keep the pot out of direct sun.
- **Winter**: Water once a fortnight and keep the pot away from radiators.
- **Spring**: Repot into fresh soil as the new fronds unfurl.

## Cactus
### Care
- **Summer**: Water when the soil is completely dry to the bottom.
- **Winter**: Stop watering and keep the plant somewhere cool and bright.

## Orchid
### Care
- **Summer**: Soak the bark weekly and let it drain in the sink.
- **Winter**: Mist the roots and move the pot closer to a window.
"""


def test_a_heading_repeated_under_each_thing_is_an_aspect_of_the_thing_above(tmp_path):
    """"Care" under the fern, the cactus and the orchid says nothing of which plant: a question set in it
    is set in the plant ("In “Fern”, ..."), as "Symptoms" under each disease is the disease's."""
    items = _items_of(tmp_path, HOUSEPLANT_NOTES)
    assert not any("“Care”" in it.prompt for it in items)
    assert any(it.prompt.startswith("In “Fern”, ") for it in items)


def test_a_class_many_things_are_in_is_not_what_sets_one_apart(tmp_path):
    """"Which one is a clinical diagnosis?" (graded BAD: others are diagnosed clinically too): a bare
    "is a <kind>" of two words says what class a thing is in, not which thing it is."""
    builder = _builder_of(tmp_path, "# Soils\n\n## Clay\n\nClay is a heavy soil.\n")
    assert builder._finish("Clay", "Which one is a heavy soil?", "is a heavy soil") is None
    told = "is a heavy soil whose fine particles hold water and swell when wet"
    assert builder._finish("Clay", f"Which one {told}?", told) is not None


def test_a_blank_of_everyday_words_is_not_asked():
    """'Solvency ratio is the ability to satisfy ____ obligations' takes 'debt' as well as 'long-term',
    and 'AWS ____' takes 'Systems Manager' as well as 'Session Manager': a blank of dictionary words
    has near fills. A name no dictionary has ('delirium') is the notes' own."""
    from bot.quiz.quality import problems

    everyday = _blank("Solvency ratio is the ability of a firm to satisfy ____ obligations.", "long-term")
    named = _blank("Dementia usually has an insidious onset, while ____ has an acute onset.", "delirium")
    assert "everyday words as the blank" in problems(everyday)
    assert "everyday words as the blank" not in problems(named)


STAGES_NOTES = """# Frog life

## Development

A frog's life can be divided into 4 stages:

- **Spawn** – clumps of jelly-coated eggs laid in still water in early spring
- **Tadpole** – hatched larva with gills and a tail, feeding on algae in ponds
- **Froglet** – young frog that has grown legs while still keeping a stub of its tail
- **Adult** – fully grown frog that breathes with lungs and leaves the water to hunt insects

Thus, a pond has three zones:

- **Margin** – shallow edge where reeds grow and frogs lay their spawn in spring
- **Open water** – deep middle where fish hunt tadpoles that stray from the weeds
- **Bed** – muddy floor where adult frogs sleep through the winter months

The pond has 2 kinds of weeds:

- **Duckweed** – tiny floating leaves that cover still water in a green film
- **Hornwort** – feathery stems that float below the surface without roots
- **Starwort** – rooted stems whose leaf rosettes float in star shapes on top

There are 3 types of calls:

- **Mating call** – loud croak a male makes at night to draw females to the pond
- **Release call** – short chirp a male makes when another male grabs him by mistake
- **Distress call** – scream a frog gives when a heron or snake seizes it by the leg

They can be told apart by these marks:

- **Gills** – organs that take oxygen from water while the animal stays submerged all day
- **Lungs** – organs that take oxygen from air once the animal leaves the pond for land
"""


def test_a_counted_lead_in_sets_the_question(tmp_path):
    """"A frog's life can be divided into 4 stages:" says of what the list's items are; the stem says it
    too ("... 4 stages: which stage is described as ...?") instead of the bare heading, which names
    nothing. A lead-in that points back ("They can be told apart by these marks:", "Thus, ...") sets
    nothing."""
    items = _items_of(tmp_path, STAGES_NOTES)
    stages = [it for it in items if it.answer_text in ("Spawn", "Tadpole", "Froglet", "Adult")]
    assert stages
    assert all(
        it.prompt.startswith("A frog's life can be divided into 4 stages: which stage ") for it in stages
    ), [it.prompt for it in stages]
    weeds = [it for it in items if it.answer_text in ("Duckweed", "Hornwort", "Starwort")]
    assert weeds and not any("2 kinds of weeds" in it.prompt for it in weeds)  # three are listed
    calls = [it for it in items if it.answer_text in ("Mating call", "Release call", "Distress call")]
    assert calls and not any("types of calls" in it.prompt for it in calls)  # it names the choices
    zones = [it for it in items if it.answer_text in ("Margin", "Open water", "Bed")]
    assert zones and not any(it.prompt.startswith("Thus") for it in zones)
    assert not any(it.prompt.startswith("They can be told") for it in items)


KINGDOM_NOTES = """# Early modern Europe

## Spain
- What were the two largest kingdoms of Spain?
  - Aragon ~ Ruled by Ferdinand
  - Castille ~ Ruled by Isabella

## Painters
- What city was the centre of Italian art? Name two Northern painters and one work of each.
  - Italy: Florence, the city of the Medici bankers and their guild workshops
  - Jan van Eyck: Portrait of Giovanni Arnolfini and his wife, painted in oil
  - Albrecht Dürer: Adoration of the Magi, painted for a church in Wittenberg

## Composers
| Composer | Famous pieces | Years |
| --- | --- | --- |
| Johann Sebastian Bach | Mass in B Minor, St Matthew Passion | 1685 - 1750 |
| George Frideric Handel | Messiah, Water Music | 1685 - 1759 |
| Franz Joseph Haydn | The Creation, The Seasons | 1732 - 1809 |
| Wolfgang Amadeus Mozart | The Magic Flute, Don Giovanni | 1756 - 1791 |
"""


def test_answers_to_several_questions_and_sayings_are_no_set_of_things(tmp_path):
    """'Ruled by Ferdinand' says something of Aragon; it is no name to pair with it ("Ruled by
    Isabella is the counterpart of which one?"). The answers under a line asking two questions (a
    city, then painters) are no set of things: 'Italy' is no painter's rival. A column named by a
    plural asks "What are the famous pieces of ...", not "What is"."""
    items = _items_of(tmp_path, KINGDOM_NOTES)
    assert not any("Ruled by" in " ".join([it.prompt, *it.choices]) for it in items)
    assert not any("Italy" in it.choices or it.answer_text == "Italy" for it in items)
    pieces = [it for it in items if "famous pieces of" in it.prompt]
    assert pieces and all(it.prompt.startswith("What are the famous pieces of") for it in pieces)



def test_a_plural_column_asks_for_one_value_in_the_singular():
    """'Base units' over 'second' asks "What is the base unit of Time?"; several values, a range or a
    bracketed header keep the plural."""
    from bot.quiz.wording import _attribute_question

    assert _attribute_question("Base units", "second", "Time") == "What is the base unit of Time?"
    assert _attribute_question("Years", "1756 - 1791", "Mozart") == "What are the years of Mozart?"
    assert _attribute_question("Famous pieces", "Messiah, Water Music", "Handel").startswith("What are")
    assert _attribute_question("Status", "Active", "Pod") == "What is the status of Pod?"
    assert _attribute_question("Consonants", "24", "Erse") == "What is the number of consonants of Erse?"
    # a plural in -ics has no singular to ask by ("What is the antibiotics of MRSA?" was graded a slip)
    assert _attribute_question("Antibiotics", "Vancomycin", "MRSA") == "What are the antibiotics of MRSA?"
    assert _attribute_question("Genetics", "Recessive", "Albinism") == "What are the genetics of Albinism?"
    assert _attribute_question("Clinics", "3", "Ward B") == "What is the number of clinics of Ward B?"
    # a noun in -f takes -ves: "What is the leave of Flood?" was the singular of "Leaves"
    assert _attribute_question("Leaves", "Yellow from the bottom up", "Flood") == "What is the leaf of Flood?"


def test_a_column_of_one_or_more_values_is_named_in_the_singular():
    """'Affix(es)' heads a column whose cells hold one affix or several: "What is the affix of the
    function “progressive aspect”?", not "What is the Affix(es) of ..." (graded clumsy)."""
    from bot.quiz.wording import _column_name

    assert _column_name("Affix(es)") == "Affix" and _column_name("Name(s) of author") == "Name of author"
    assert _column_name("Name of Works") == "Works" and _column_name("Mass (kg)") == "Mass (kg)"


def test_a_table_row_that_stops_a_cell_early_is_not_asked(tmp_path):
    """"| Oboe | blowing through a double reed |" under three columns whose last every other row fills:
    how it is played sits under "Family", so nothing of that row is asked; the full rows are."""
    notes = (
        "# Orchestra\n\n## Instruments\n\n| Instrument | Family | Played by |\n| --- | --- | --- |\n"
        "| Violin | strings | drawing a bow across the strings |\n"
        "| Trumpet | brass | buzzing the lips into a cup mouthpiece |\n"
        "| Flute | woodwinds | blowing across a hole in the head joint |\n"
        "| Timpani | percussion | striking the skin with felt mallets |\n"
        "| Oboe | blowing through a double reed |\n"
    )
    items = _items_of(tmp_path, notes)
    assert any(it.answer_text == "Flute" for it in items)
    assert not any("Oboe" in it.prompt or "Oboe" in it.choices or "reed" in it.answer_text for it in items)


WRITER_NOTES = """# Medieval writers

## Writers
| Writer | Name of Works | From/Region |
| --- | --- | --- |
| Dante Alighieri | Divine Comedy | Florence |
| Geoffrey Chaucer | Canterbury Tales | London |
| Giovanni Boccaccio | Decameron | Certaldo |
| Christine de Pizan | The Book of the City of Ladies | Venice |

## Copying rules
- Parts of the rule:
  - (d) Copies: made by hand in the scriptorium from an approved exemplar only
  - (f) Return: the exemplar goes back to the library within a single season
  - (m) Time limit: copying ends within ninety days or the licence lapses

## Rulings
- Abbey Court holds: no licence is valid once the exemplar has left the library
- Bishop Court rules: a licence is valid in every house of the order at once
- Chapter Court: a licence is valid only for the house that granted it to the scribe
"""


def test_a_column_is_named_as_a_teacher_would_and_lettered_parts_are_no_names(tmp_path):
    """'Name of Works' asks "Which writer has the work ...", not "has the name of works"; 'From/Region',
    half of which is no noun, asks nothing; '(d) Copies' is a lettered part of a rule, no name."""
    items = _items_of(tmp_path, WRITER_NOTES)
    prompts = " ".join(it.prompt for it in items)
    assert "Which writer has the work “Divine Comedy”?" in [it.prompt for it in items]
    assert "name of works" not in prompts.lower() and "region" not in prompts.lower()
    assert not any("(d)" in it.prompt or "(d) Copies" in it.choices for it in items)
    # "Abbey Court holds: ..." starts a sentence; it names no court to choose
    assert not any(c.endswith((" holds", " rules")) for it in items for c in it.choices)


def test_a_description_that_goes_on_from_unseen_text_leans_on_it():
    """"still can have motor function ..." says "even so" of something the reader does not see."""
    from bot.quiz.quality import problems

    stem = "Which one is described as “still can reflex and track with the eyes”?"
    item = _choice_item(stem, ("Coma", "Stupor", "Sleep"), 1)
    assert "leans on unseen text" in problems(item)


FAINT_NOTES = """# Fainting

## Causes of fainting
| Cause | Clues |
| --- | --- |
| Heart block, slow rhythms, paused beats | Sudden fall without any warning in an older person |
| Valve narrowing, thick heart muscle | Fainting during hard exercise such as a sprint |
| Reflex fainting | Long standing or the sight of blood comes first |
| Standing fainting | Dizzy on getting up quickly from a bed or chair |
| Situation fainting | Coughing, laughing or swallowing sets it off |
"""


def test_a_row_naming_several_things_is_no_rival_of_one(tmp_path):
    """'Valve narrowing, thick heart muscle' is two causes in one row: beside 'Reflex fainting' it is
    no single thing to choose, and a reader drops it at sight."""
    items = _items_of(tmp_path, FAINT_NOTES)
    single = [it for it in items if it.choices and ", " not in it.answer_text]
    assert single
    assert not any(", " in c for it in single for c in it.choices), [it.choices for it in single]


BASKET_NOTES = """# Baskets

## Combining baskets

### Merging
Merging gives the items contained in either basket.

### Overlap
Overlap gives the items contained in both baskets.

### Remainder
Remainder gives the items contained in only the first basket.
"""


def test_sibling_sections_defined_on_the_same_terms_are_rivals(tmp_path):
    """"Remainder gives the fruits contained in only the first basket" is said on the terms of
    Merging's own line: that line sets Remainder apart, it does not make it a second answer."""
    items = _items_of(tmp_path, BASKET_NOTES)
    merging = next(it for it in items if it.answer_text == "Merging")
    assert set(merging.choices) == {"Merging", "Overlap", "Remainder"}


STORM_NOTES = """# Weather

## Storm
- Mild Storm: only small branches fall and loose garden chairs move
- Strong Storm: whole trees fall and roof tiles fly off the houses
- Severe Storm: houses lose their roofs and power lines come down
"""


def test_no_setting_that_every_choice_names(tmp_path):
    """"In “Storm”, which one ...?" over Mild, Strong and Severe storm says what every choice says."""
    items = _items_of(tmp_path, STORM_NOTES)
    storms = [it for it in items if it.answer_text.endswith("Storm")]
    assert storms and not any(it.prompt.startswith("In “Storm”") for it in storms)


BOAT_NOTES = """# Boats

## Rowing boat
- Speed:
  - Calm Water: about six knots with a strong crew pulling together
  - Choppy Water: about four knots, oars catching the wave tops
  - Rough Water: about two knots and very hard going for the crew

## Sailing boat
- Speed:
  - Calm Water: drifting slowly unless a breeze picks up in the afternoon
  - Choppy Water: steady progress as long as the wind holds from one side
  - Rough Water: fast when the wind fills the sail and the keel grips

## Motor boat
- Speed:
  - Calm Water: thirty knots at full throttle across the open bay
  - Choppy Water: twenty knots, the hull slapping on every small wave
  - Rough Water: slowed right down by waves slamming into the hull
"""


def test_a_label_repeated_in_every_section_sets_no_question(tmp_path):
    """"Speed:" over the same three lines in each boat's section is an aspect of the boat: a question
    set "In “Speed”" does not say which boat; the boat's own heading does."""
    items = _items_of(tmp_path, BOAT_NOTES)
    water = [it for it in items if it.answer_text.endswith("Water")]
    assert water and not any(it.prompt.startswith("In “Speed”") for it in water)
    assert any(it.prompt.startswith("In “Rowing boat”") for it in water), [it.prompt for it in water]


def test_course_numbering_and_field_names_are_no_setting_or_kind():
    """"In “Ch. 2 Phonetics”" reads "In “Phonetics”"; 'Sociolinguistics' names a field, not a plural
    of things ("Which sociolinguistic ...?")."""
    from bot.quiz.wording import _clean_heading, _kind_of

    assert _clean_heading("Ch. 2 Phonetics") == "Phonetics"
    assert _clean_heading("Lecture 4 - Joins") == "Joins"
    assert _clean_heading("Week 3: Markets") == "Markets"
    assert _clean_heading("Chapter 2, Application Layer") == "Application Layer"
    assert _clean_heading("Chapter 11") == "Chapter 11"  # nothing after the number: left as it is
    assert _kind_of("Sociolinguistics") is None and _kind_of("Economics") is None
    assert _kind_of("Process States") == "Process State"


TREE_NOTES = """# Trees

## Latin names
- Oak ~ Quercus
- Ash ~ Fraxinus
- Beech ~ Fagus
- an oak lives ~300 years
- a beech grows ~ 40 metres tall
"""


def test_a_tilde_before_a_number_means_about(tmp_path):
    """'Oak ~ Quercus' pairs two names; "an oak lives ~300 years" says about how long, and pairs
    nothing ("300 years is the counterpart of which one?")."""
    items = _items_of(tmp_path, TREE_NOTES)
    assert any(it.answer_text in ("Quercus", "Oak") for it in items)
    assert not any(re.search(r"\b(?:300|40)\b", " ".join([it.prompt, *it.choices])) for it in items)


VOCAB_NOTES = """# Vocabulary

## Ch. 1 Sounds
**phonetics** - study of the speech sounds people make and hear

**phonology** - study of how a language organises its sounds into systems

**morphology** - study of how words are built out of smaller meaningful parts

**syntax** - study of how words are combined into phrases and sentences

**spectrogram** - a picture of the frequencies of a sound as they change over time

**larynx** - organ at the top of the windpipe that holds the vocal cords

**glottis** - opening between the vocal cords through which the air passes

**onset** - the consonants that come before the vowel of a syllable
"""


def test_a_long_run_of_terms_is_a_vocabulary_whose_rivals_share_a_genus(tmp_path):
    """Eight "**term** - definition" lines under one heading are a chapter's vocabulary of many
    kinds: 'study of ...' is asked among the other studies, never beside 'spectrogram' or 'onset'."""
    items = _items_of(tmp_path, VOCAB_NOTES)
    studies = {"phonetics", "phonology", "morphology", "syntax"}
    asked = [it for it in items if it.choices and it.answer_text in studies]
    assert asked
    assert all(set(it.choices) <= studies for it in asked), [it.choices for it in asked]


GROWING_NOTES = """# Vocabulary

## Ch. 8 Growing Up
**babbling** - a phase during which the infant produces meaningless sequences of sounds
- **canonical babbling** - continuous repetition of the same syllable by infants
- **variegated babbling** - production of varied syllable sequences by infants

**critical period** - age span during which a child must hear language to gain native competence
- **neglected child** - child neglected by caretakers, with little exposure to language
- **feral child** - child who grew up in the wild without care by adults, often with animals

**innate** - determined from factors present at birth

**imitation theory** - theory that children acquire language by reproducing what they hear

**reinforcement theory** - theory that children acquire language by being rewarded for correct speech
"""


def test_a_vocabulary_of_paragraphs_and_short_sublists_is_one_vocabulary(tmp_path):
    """A chapter's vocabulary that hangs two sub-terms off some of its terms is still a vocabulary of
    many kinds: 'feral child' is never asked beside two kinds of babbling (graded off-type, and one
    babbling fits the other's line)."""
    items = _items_of(tmp_path, GROWING_NOTES)
    children, babbles = {"neglected child", "feral child"}, {"canonical babbling", "variegated babbling"}
    for it in items:
        if it.choices and it.answer_text in children | babbles:
            group = children if it.answer_text in children else babbles
            assert set(it.choices) <= group, it.choices


def _defined_terms(folder: Path, notes: str):
    """Chunks and glossary of one file of notes, and the names the glossary read as defined terms."""
    (folder / "notes.md").write_text(notes, encoding="utf-8")
    chunks, glossary = _load(folder)
    return chunks, glossary, {e.name for e in glossary.entities.values() if "definition" in e.kinds}


def test_terms_set_in_italics_where_a_sentence_defines_them_are_the_notes_terms(tmp_path):
    """Textbook-style notes mark a defined term in italics ("_Producer surplus_ is the amount ...",
    "... is known as a _shortage_"): those are the notes' terms; a word only stressed in italics
    ("we look at things _marginally_") is not."""
    _, glossary, defined = _defined_terms(
        tmp_path,
        "We look at things _marginally_ - the changes that occur when we make a small change.\n\n"
        "_Producer surplus_ is the amount a seller is paid for a good minus the cost. "
        "The *total surplus* is the sum of the consumer surplus and producer surplus.\n\n"
        "The excess demand is known as a _shortage_.\n",
    )
    assert {"Producer surplus", "total surplus", "shortage"} <= defined
    assert "marginally" not in {e.name for e in glossary.entities.values()}


def test_a_term_set_in_italics_as_its_sentence_subject_is_a_term_and_its_run_is_asked(tmp_path):
    """Study notes set a term in italics as the subject of the line that says what it does ("*Pecking
    order theory* suggests ...", "A *statutory merger* results in ..."); a run of such lines is a list
    of things of one kind. A case name ("*Childs* v. Boyle"), a label ("*Note:* this") or a stressed
    word before a little word ("*only* for") is no term."""
    notes = (
        "# Mergers\n\n## Kinds of merger\n\n"
        "- A *statutory merger* results in the target company ceasing to exist.\n"
        "- A *subsidiary merger* results in the acquired firm continuing as a unit of the buyer.\n"
        "- A *consolidation* results in both firms being replaced by a newly formed company.\n\n"
        "## Cases\n\n"
        "- *Childs* v. Boyle set the rule on social hosts.\n"
        "- *Note:* prices rise when the offer is announced.\n"
        "- It applies *only* for listed firms.\n"
    )
    _, glossary, defined = _defined_terms(tmp_path, notes)
    assert {"statutory merger", "subsidiary merger", "consolidation"} <= defined
    names = {e.name.lower() for e in glossary.entities.values()}
    assert not {"childs", "note", "note:", "only"} & names
    # one line with a word in italics before a noun in -s is no run of terms
    _, _, defined = _defined_terms(tmp_path, "# Plays\n\n- *Hamlet* themes include revenge and doubt.\n")
    assert "Hamlet" not in defined
    item = _asking(tmp_path, notes, "ceasing to exist")
    assert item is not None and item.answer_text == "statutory merger"
    assert set(item.choices) == {"statutory merger", "subsidiary merger", "consolidation"}


def test_terms_stressed_in_capitals_where_a_sentence_defines_them_are_the_notes_terms(tmp_path):
    """Some lecture notes stress the term they define in capitals instead of bold ("PRIMARY
    QUALITIES are things ...", "a position known as VITALISM"). Those are the notes' terms, named as a
    person would write them, and asked as blanks like terms in italics; an acronym ('CDP is ...') or a
    word shouted for emphasis ('NOT') is no such term, and "An ARGUMENT is ..." names 'Argument'."""
    chunks, glossary, defined = _defined_terms(
        tmp_path,
        "# Perception\n\n"
        "- In modern terms, this is a distinction between two kinds of qualities\n"
        "    - PRIMARY QUALITIES are things that are actually part of an object, like size and shape\n"
        "    - Descartes did NOT think his beliefs were false\n"
        "- She thinks living things can move themselves, a position known as VITALISM\n"
        "- An ARGUMENT is a series of statements that lend support to a conclusion\n"
        "- CDP is enabled by default on every switch of the lab\n",
    )
    assert {"Primary qualities", "Vitalism", "Argument"} <= defined
    names = {e.name for e in glossary.entities.values()}
    assert not {"Cdp", "Not", "NOT", "An ARGUMENT"} & names
    blanks = {it.answer_text: it for it in generate_items(chunks, glossary) if it.is_cloze}
    qualities = blanks["Primary qualities"]
    assert qualities.prompt.endswith(
        "____ are things that are actually part of an object, like size and shape."
    )
    assert grade(qualities, "primary quality") and grade(qualities, "PRIMARY QUALITIES")


def test_a_file_named_by_its_place_in_a_course_sets_no_question(tmp_path):
    """Notes kept one file per lecture ("lecture-14.md") have no heading but the file's name; "In
    “lecture-14”, which one ...?" tells the reader nothing, so no stem is set in it."""
    (tmp_path / "lecture-14.md").write_text(
        "_Producer surplus_ is the amount a seller is paid for a good minus the cost of producing it.\n\n"
        "The _consumer surplus_ is the amount a buyer would pay for a good minus the price paid for it.\n\n"
        "The _total surplus_ is the sum of the consumer surplus and the producer surplus of a market.\n\n"
        "_Deadweight surplus_ is the fall in total surplus that results from a tax on a market.\n",
        encoding="utf-8",
    )
    chunks, glossary = _load(tmp_path)
    items = generate_items(chunks, glossary)
    assert any(it.answer_text == "Deadweight surplus" for it in items)
    assert not any("lecture" in it.prompt.lower() for it in items), [it.prompt for it in items]
    # a statement of its own, outside a run of definitions, is not set in the file's name either
    from bot.quiz.generate import _Builder, _Fact

    builder = _Builder(chunks, glossary, None, None)
    builder.build()
    fact = _Fact("statement", "Which one rises with the price?", "Producer surplus", "", chunks[0], "subject")
    assert builder._with_section(fact) == "Which one rises with the price?"


def test_a_class_named_by_its_date_sets_no_question(tmp_path):
    """Class notes headed by the day they were taken ("## February 24th, 2020") set no question in it:
    "In “February 24th, 2020”, which one thinks ...?" tells the reader nothing."""
    from bot.quiz.generate import _Fact

    builder = _builder_of(
        tmp_path,
        "# Space\n\n## February 24th, 2020\n\n- **Leibniz** thinks every position needs a reason.\n"
        "- **Newton** thinks the position of the universe can be arbitrary.\n",
    )
    builder.build()
    chunk = next(c for c in builder.chunks if c.heading[-1] == "February 24th, 2020")
    asked = "Which one thinks the position can be arbitrary?"
    fact = _Fact("statement", asked, "Newton", "", chunk, "subject")
    assert builder._with_section(fact) == asked


def test_every_side_of_a_three_way_comparison_is_a_choice(seed_engine):
    """"KMS vs. Secrets Manager vs. Parameter Store" sets three things side by side: asked what encrypts
    data, the reader chooses among all three, none dropped as the odd one out in meaning."""
    prompt = "Which one encrypts data & manages keys?"
    asked = [it for it in seed_engine.quiz_bank.items if it.prompt == prompt]
    assert asked and set(asked[0].choices) == {"KMS", "Secrets Manager", "Parameter Store"}


def test_a_thing_the_stem_names_is_no_choice_even_in_the_possessive(seed_engine):
    """"Which one can resolve domain names to Global Accelerator's static IPs?" names Global Accelerator:
    offering it leaves one real rival (graded WEAK)."""
    for it in seed_engine.quiz_bank.items:
        if it.kind != "statement":
            continue
        stem_words = [re.sub(r"['’]s$", "", w) for w in words(it.prompt)]
        for choice in it.choices:
            cw = words(choice)
            named = any(stem_words[i : i + len(cw)] == cw for i in range(len(stem_words)))
            assert not named, (it.prompt, it.choices)


RELATIONS_NOTES = """# Semantics

## Word Relationships
- _metonymy_: external relation between expressions
- _synecdoche_: internal relation
	- part of a whole
- meronym - part of whole
- holonym - wholes to which meronyms belong

| meronym | holonym |
| - | - |
| nose | face |
"""


def test_a_rival_whose_own_line_the_clue_says_whole_is_not_offered(tmp_path):
    """'synecdoche: internal relation / part of a whole' asked beside 'meronym - part of whole': the
    clue says all the meronym's line says, so both answers hold (graded BAD)."""
    builder = _builder_of(tmp_path, RELATIONS_NOTES)
    builder.build()
    assert builder.fits("meronym", "internal relation: part of a whole", "synecdoche")
    assert not builder.fits("holonym", "internal relation: part of a whole", "synecdoche")
    assert not builder.fits("meronym", "external relation, not part of a whole", "metonymy")  # denies it


SLIPS_NOTES = """# Speech

## Slips of the Tongue
| Actual Utterance | Error Type |
| - | - |
| splacing from one tape | anticipation |
| splicing from one type | perseveration |
| spic and spoon | addition |
| his immoral soul | deletion |
"""


def test_a_row_named_in_lower_case_is_quoted_in_the_stem(tmp_path):
    """"What is the error type of the actual utterance his immoral soul?" runs the row into the
    sentence; quoted, the reader sees where it starts and ends."""
    items = _items_of(tmp_path, SLIPS_NOTES)
    asked = [it for it in items if it.prompt.startswith("What is the error type")]
    assert asked and all("“" in it.prompt for it in asked), [it.prompt for it in asked]


WAVES_NOTES = """# Waves

## Types of waves

### Longitudinal waves
A longitudinal wave is one where the direction of vibration of the wave particles is parallel to the \
direction of propagation of the wave. Sound waves in air are longitudinal.

### Transverse waves
A transverse wave is one where light and other electromagnetic radiation oscillate at right angles to \
their motion, as ripples on water do.

### Progressive waves
A progressive wave is one where energy is carried from one place to another by the vibrations.
"""


def test_a_definition_by_one_where_asks_which_thing_is_the_one(tmp_path):
    """"A longitudinal wave is one where ..." asks "Which wave is the one where ...?", not "Which one is
    one where ...?" (graded odd twice)."""
    items = _items_of(tmp_path, WAVES_NOTES)
    asked = [it for it in items if "parallel to the direction" in it.prompt]
    assert asked and asked[0].prompt.startswith("Which wave is the one where"), [it.prompt for it in items]
    assert not any(re.search(r"\bis one (?:where|that)\b", it.prompt) for it in items)


FIELDS_NOTES = r"""# Electric fields

## Electric field strength
- ==Electric field strength is the electric force exerted per unit positive test charge placed at a point==
  $$E=\frac{F}{q}$$
- Electric field strength is a vector

## Electric potential
- ==Electric potential is the work done per unit charge in bringing a test charge from infinity to a point==
  $$V=\frac{W}{q}$$
- Electric potential is a scalar

## Capacitance
- ==Capacitance is the charge stored per unit potential difference across a conductor==
  $$C=\frac{Q}{V}$$
- Capacitance is measured in farads

## Electric flux
- ==Electric flux is the number of field lines passing through a surface at right angles==
  $$\Phi=EA$$
"""


def test_a_highlighted_definition_over_its_formula_is_asked_in_words(tmp_path):
    """'==Capacitance is ...==' over '$$C=\\frac{Q}{V}$$': the highlight marks are not text and the
    formula under the sentence is not its end (the stem ran on into LaTeX and was never posted)."""
    from bot.ingest.entries import plain

    assert plain("a ==herniated disk== and **==sciatica==**") == "a herniated disk and sciatica"
    assert plain("pip install Django==3.2 if x==0") == "pip install Django==3.2 if x==0"  # code
    builder = _builder_of(tmp_path, FIELDS_NOTES)
    asked: dict[str, str] = {}
    made = builder._item

    def record(fact):
        asked.setdefault(fact.answer, fact.prompt)
        return made(fact)

    builder._item = record
    builder.build()
    stored = "Which one is the charge stored per unit potential difference across a conductor?"
    assert asked.get("Capacitance") == stored
    assert not any("==" in p or "frac" in p for p in asked.values()), asked


def test_a_topic_in_a_thing_sets_the_question_in_the_thing(seed):
    """"Scaling in RDS:" over 'Vertical Scaling' and 'Horizontal Scaling' sets the question in RDS ("In
    “RDS”, which of these describes Vertical Scaling?"), not in the label (graded odd four times)."""
    prompts = [it.prompt for it in seed[2]]
    assert not any("Scaling in RDS" in p for p in prompts)
    assert "In “RDS”, which of these describes Vertical Scaling?" in prompts


SOUNDS_NOTES = """# Phonetics

## Classifying Sounds
- **voiced sounds** - sounds made while the vocal folds vibrate together
- **whispering** - holding the vocal folds partly apart so air rushes through
- **glottal stop** - a sound created by momentarily closing the vocal folds
- **egressive sounds** - sounds made with air pushed out of the lungs
"""


def test_a_heading_that_names_a_task_names_no_kind(tmp_path):
    """"Classifying Sounds" says what the section does, not what its items are: "Which Classifying Sound
    is described as ...?" was graded odd."""
    items = _items_of(tmp_path, SOUNDS_NOTES)
    assert items
    assert not any("Which Classifying Sound" in it.prompt for it in items), [it.prompt for it in items]


QUALITIES_NOTES = """# Locke

## Bodies

Locke says every body has a size, a shape and a motion of its own, seen or not.

**Primary qualities** are the qualities that belong to the object itself, like its size and shape.

## Perception

The mind builds complex ideas by combining simple ones, and it compares them.

**Secondary qualities** are the powers an object has to cause sensations in us, like colour and taste.
"""


def test_two_terms_one_file_defines_alike_are_an_either_or(tmp_path):
    """'Primary qualities' and 'Secondary qualities', each defined in a section of one file: the contrast
    the notes draw, asked as an either-or though no third term of the kind is defined."""
    items = _items_of(tmp_path, QUALITIES_NOTES)
    asked = [it for it in items if it.answer_text == "Primary qualities"]
    assert asked and set(asked[0].choices) == {"Primary qualities", "Secondary qualities"}, [
        (it.prompt, it.choices) for it in items
    ]


def test_two_terms_defined_as_the_same_kind_of_thing_are_an_either_or(tmp_path):
    """"A _stock_ is a quantity measured at a point of time", "a _flow_ is a quantity measured per unit
    time": the notes set two quantities apart, asked as an either-or (lecture notes in prose, which
    made no question at all before)."""
    notes = (
        "Investment is spending on new capital, such as factories and machines.\n\n"
        "A _stock_ is a quantity measured at a point of time. A _flow_ is a quantity measured per unit "
        "time. For example, GDP is a flow measure.\n\n"
        "Government spending excludes transfer payments, which buy no goods or services.\n"
    )
    items = _items_of(tmp_path, notes, "lecture-21.md")
    asked = [it for it in items if it.answer_text.lower() in ("stock", "flow")]
    assert asked and {c.lower() for c in asked[0].choices} == {"stock", "flow"}, [
        (it.prompt, it.choices) for it in items
    ]


def test_two_sayings_spliced_by_a_comma_are_joined_in_the_stem(seed):
    """"RDS: Supports multiple engines, requires manual scaling" asks "Which one supports multiple
    engines and requires manual scaling?", not the comma splice graders marked odd twice."""
    prompts = [it.prompt for it in seed[2]]
    assert "Which one supports multiple engines and requires manual scaling?" in prompts
    spliced = re.compile(r"[a-z]s [^,?]+, [a-z]+s\b[^,]*\?$")
    assert not any(spliced.search(p) for p in prompts if p.startswith("Which"))


LECTURES = {
    "lecture-3.md": "# Surplus\n\nSellers gain from trade too. _Producer surplus_ is the amount a seller is "
    "paid for a good minus the cost of making it.\n\nFew markets have one seller. _Monopoly_ is a good "
    "example of a market with a single seller.\n",
    "lecture-4.md": "# Prices\n\nPrices move until markets clear. _Equilibrium_ is the situation where the "
    "quantity supplied is equal to the quantity demanded.\n\nWe then turned to taxes, and _Tax incidence_ "
    "studies this.\n",
    "lecture-5.md": "# Trade\n\n## Comparative advantage\n\nComparative advantage is the ability to "
    "produce a good at a lower opportunity cost than another producer.\n",
    "lecture-6.md": "# Slumps\n\nSlumps show in many numbers. _Falling output_ is a characteristic finding "
    "of a recession in the quarterly accounts of every region.\n",
}


def test_prose_notes_are_quizzed_with_blanks_in_their_definitions(tmp_path):
    """Lecture notes in prose define a term here and there and set none side by side, so no
    multiple-choice question has rivals. Each definition of a term set in italics or bold is asked with
    the term blanked, answered by typing it (an article in front is fine); a sentence that only
    appraises its subject ('a good example of') or leans on another ('studies this') is not asked."""
    for name, text in LECTURES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    items = generate_items(chunks, glossary)
    blanks = {it.answer_text: it for it in items if it.is_cloze}
    assert {"Producer surplus", "Equilibrium"} <= set(blanks), [it.prompt for it in items]
    surplus = blanks["Producer surplus"]
    assert surplus.prompt == "____ is the amount a seller is paid for a good minus the cost of making it."
    assert grade(surplus, "the producer surplus") and grade(surplus, "Producer Surplus")
    assert not grade(surplus, "consumer surplus")
    assert not any(name in blanks for name in ("Monopoly", "Tax incidence"))
    # "is a characteristic finding of": one sign among others, which fill the blank as well
    assert "Falling output" not in blanks
    # a textbook sets the term it defines in bold or italics; a term written plainly is left alone
    assert "Comparative advantage" not in blanks


def test_blanks_in_definitions_only_fill_a_bank_too_small_for_a_month(tmp_path):
    """Graders kept about two in three definition blanks, against four in five of the other questions:
    notes whose lists and tables make a month of daily questions get none."""
    for name, text in LECTURES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    parts = "\n".join(
        f"- **Widget {chr(65 + i)}{chr(65 + j)}**: A part that holds gear {i} against spring {j} in the case."
        for i in range(6)
        for j in range(6)
    )
    (tmp_path / "parts.md").write_text("# Parts\n\n" + parts + "\n", encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    items = generate_items(chunks, glossary)
    assert sum(1 for it in items if it.choices) >= 30
    assert not any(it.is_cloze and it.prompt.startswith("____ is the") for it in items)


def test_two_lists_set_side_by_side_in_a_table_are_not_rows_of_things(tmp_path):
    notes = """# Messaging

## SQS vs Kinesis

Kinesis | SQS |
---------|----------|
Large throughput or large numbers of devices| One thing or one group of things sending messages
Huge scale ingestion with multiple consumers| One consumption group from that tier
Rolling window for multiple consumers | Allow for async communications

## Trade-offs

| Pros | Cons |
|---|---|
| Cheap to run | Slow to start |
| Easy to learn | Hard to debug |
| Scales out well | Vendor lock-in |

## Keywords

| Keyword | Meaning |
|---|---|
| break | Used to get out of the loop |
| continue | Used to skip the current iteration |
| pass | Used as an empty body of a block |
"""
    tables = [it for it in _items_of(tmp_path, notes) if it.kind == "table"]
    # "Which kinesi has the SQS “Allow for async communications”?", "What is the con of the pro Easy to
    # learn?": a row's two cells say nothing of each other
    assert not [it for it in tables if "kinesi" in it.prompt.lower() or " pro" in it.prompt.lower()]
    assert any(it.answer_text in ("break", "continue", "pass") for it in tables)  # a real table still is


DRUG_TABLES = """# Diuretics {#id}

## Comparison of Diuretics
||Thiazides|Loop diuretics|Potassium sparing|Osmotic|
|--|--|--|--|--|
|**Example**|Chlorothiazide|Frusemide|Amiloride|Mannitol|
|**Site**|Proximal tubule|Loop of Henle|Distal tubule|Glomerulus|

## Amiodarone
|Property|Amiodarone|
|--|--|
|**Resp**|Pneumonitis and fibrosis|
|**Endocrine**|Hyperthyroidism and hypothyroidism|
|**GIT**|Cirrhosis, hepatitis and jaundice|
|**Skin**|Photosensitivity, grey skin|

## Stroke management
| | Acute | Chronic |
|--|--|--|
| Warfarin | No | If atrial fibrillation |
| Blood pressure | Permissive up to 220/120 | Below 140/90 |
| Antiplatelet | Aspirin 325 | Aspirin 81 |
"""


TREE_TABLE = (
    "# Trees of the valley\n\n## Comparison of common trees\n"
    "| Property | Quercus | Pinus | Betula | Acer |\n|--|--|--|--|--|\n"
    "| **Bark** | Grey and deeply ridged | Grey and deeply ridged, with resin pockets along the trunk"
    " | White and papery, peeling in strips | Brown with shallow furrows |\n"
    "| **Tannin** | 4.5 means 60% dissolves in cold water | Low tannin means little dissolves in cold water"
    " | 2.1, staining the bark dark | Almost none in the sap |\n"
    "| **Wood** | Hard, heavy and used for barrels | Soft and used for framing houses"
    " | Pale and used for plywood | Hard and used for flooring |\n"
)


def test_a_column_that_says_the_clue_is_no_rival_and_a_number_tells_two_cells_apart(tmp_path):
    """"Which one has the presentation “Clear, colourless solution”?" beside Phenylephrine, whose column
    says "Clear, colourless solution at 100mcg/ml" (graded two right answers, r253): what the things of
    a table read by its columns say was never weighed, as a table's rows are. And a number is a word of
    the clue however short: "4.5 means 60% dissolves in cold water" is not said by "Low tannin means
    little dissolves in cold water"."""
    items, shown = _items_shown(tmp_path, TREE_TABLE)
    ridged = [it for it in items if it.prompt.endswith("“Grey and deeply ridged”?")]
    assert ridged and ridged[0].answer_text == "Quercus" and "Pinus" not in ridged[0].choices, shown
    tannin = [it for it in items if "“4.5 means 60% dissolves in cold water”?" in it.prompt]
    assert tannin and tannin[0].answer_text == "Quercus" and "Pinus" in tannin[0].choices, shown


def test_a_thing_that_leaves_the_asked_cell_empty_is_no_rival(tmp_path):
    """"Which one has the time to peak effect (IV) “5 minutes”?" beside a drug whose cell the table
    leaves empty (graded a coin flip the notes can't settle, r253): what it holds there is not said,
    so it is not offered as the wrong answer."""
    notes = (
        "# Planets\n\n## The planets compared\n"
        "| Property | Jupiter | Mercury | Saturn | Uranus | Neptune |\n|---|---|---|---|---|---|\n"
        "| **Day length** | 10 hours | 59 Earth days | 11 hours | 17 hours | 16 hours |\n"
        "| **Ring system** | Faint dusty bands | | Broad icy bands | Narrow dark bands"
        " | Clumpy arcs of dust |\n"
        "| **Moons** | Ninety five, four of them large | None at all | Over a hundred and forty"
        " | Twenty eight, all small | Sixteen, Triton the largest |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    rings = [it for it in items if "ring system “" in it.prompt]
    assert len(rings) >= 3 and not any("Mercury" in it.choices for it in rings), shown


def test_tables_with_an_empty_corner_are_read_by_columns_and_one_things_record_is_not_asked(tmp_path):
    """A table with an empty corner is read by its columns, each row's label its own: "What is
    the site of Osmotic?", never "the site of the thiazide Example". A two-column table of one
    thing's properties ("| Property | Amiodarone |") is that thing's record, not things to tell
    apart, and is not asked. Columns that are everyday words ('Acute', 'Chronic') are phases of the
    heading's subject, not things, and are not asked either."""
    items = _items_of(tmp_path, DRUG_TABLES)
    prompts = [it.prompt for it in items]
    site = next(it for it in items if it.prompt == "What is the site of Osmotic?")
    assert site.answer_text == "Glomerulus" and "Distal tubule" in site.choices
    assert not any("of the thiazide" in p.lower() or "Example" in p for p in prompts), prompts
    # one drug's record: "Which property is described by “Pneumonitis”?" only files a fact under its
    # heading (graded trivial or worse sixteen times of sixteen); "has the amiodarone" is worse
    assert not any(it.topic == "Amiodarone" for it in items), prompts
    # "| | Acute | Chronic |": phases of what the heading names; "the warfarin of Acute" says nothing
    assert not any("Acute" in p or "Chronic" in p for p in prompts), prompts
    assert not any("{#id}" in it.topic or "{#id}" in it.source for it in items)


def test_a_table_read_by_columns_is_asked_in_the_line_that_titles_it(tmp_path):
    """"Which one has the revenue recorded “When billed”?" recorded where? A table whose rows are
    properties and whose columns are the things is set in the line that titles it ("Timing of
    recognition"); a title that only says the table compares ("Key Differences") sets nothing."""
    items = _items_of(
        tmp_path,
        "# Bookkeeping\n\n## Recording a sale\n\nTiming of recognition\n\n"
        "| | Cash basis | Accrual basis | Modified basis |\n|---|---|---|---|\n"
        "| Revenue recorded | When payment arrives | When the work is delivered | When billed |\n"
        "| Expense recorded | When the bill is paid | When the cost is incurred | When ordered |\n\n"
        "## Reports\n\nKey Differences\n\n"
        "| | Ledger | Journal | Trial balance |\n|---|---|---|---|\n"
        "| Order | By account | By date | By total |\n| Entries | Posted sums | Raw events | Balances |\n",
    )
    prompts = {it.prompt for it in items}
    asked = "In “Timing of recognition”, which one has the revenue recorded “When the work is delivered”?"
    assert asked in prompts, prompts
    assert not any("recorded" in p and "Timing of recognition" not in p for p in prompts), prompts
    assert "Which one has the order “By account”?" in prompts, prompts
    assert not any("Key Differences" in p for p in prompts), prompts


def test_a_value_of_a_plural_column_is_asked_in_the_singular_and_a_label_naming_its_kind_once(tmp_path):
    """"Which class has the drug “Verapamil”?", not "the drugs “Verapamil”"; "What is the drug of
    Class I?", not "the drug of the class Class I"."""
    items = _items_of(
        tmp_path,
        "# Calcium channel blockers\n\n"
        "| Class | Chemical structure | Drugs |\n|---|---|---|\n"
        "| Class I | Phenylalkylamines | Verapamil |\n"
        "| Class II | Dihydropyridines | Nifedipine, amlodipine, nimodipine |\n"
        "| Class III | Benzothiazepines | Diltiazem |\n",
    )
    prompts = {it.prompt for it in items}
    assert "Which class has the drug “Verapamil”?" in prompts, prompts
    assert "Which class has the drugs “Nifedipine, amlodipine, nimodipine”?" in prompts
    assert "What is the chemical structure of Class III?" in prompts
    assert not any("the class Class" in p for p in prompts)


def test_a_second_name_after_aka_is_no_clue_and_a_line_counting_subtypes_is_no_description(tmp_path):
    """"Confidentiality AKA data privacy" beside 'Data integrity' tells by its gloss alone; the choice
    is 'Confidentiality'. "Two main types in Peyer's patches" opening the section on dendritic cells
    says what is listed under them, not what they are."""
    notes = (
        "# Study notes\n\n## Security goals\n\n"
        "- **Confidentiality AKA data privacy**: the assurance that data cannot be viewed by outsiders\n"
        "- **Data integrity**: the assurance that data has not been changed by an unauthorized party\n"
        "- **Data origin authentication**: the assurance that data comes from the claimed sender\n\n"
        "## Mucosal immune system\n\n"
        "### Dendritic cells\n\nTwo main types in Peyer's patches\n\n"
        "### Macrophages\n\nLarge cells that engulf and digest microbes in tissues\n\n"
        "### Neutrophils\n\nShort-lived cells that arrive first at a site of infection\n"
    )
    items = _items_of(tmp_path, notes)
    viewed = next(it for it in items if "cannot be viewed" in it.prompt)
    assert viewed.answer_text == "Confidentiality" and not any("AKA" in c for c in viewed.choices)
    assert any(it.answer_text == "Macrophages" for it in items)  # the sections are asked
    assert not any("Two main types" in " ".join([it.prompt, *it.choices]) for it in items)


def test_a_cells_comparison_sign_and_decimal_value_are_kept(tmp_path):
    """">25 °C" is more than 25 °C, and "0.5 °C below zero" is not "°C below zero": a sign before a
    number is no quote mark or shell prompt, and a decimal value is no section number."""
    items = _items_of(
        tmp_path,
        "# Breast milk storage\n\n"
        "| Storage place | Duration of viability | Temperature |\n| --- | --- | --- |\n"
        "| Room temperature | 8 hours | >25 °C |\n"
        "| Refrigerator body | 24 hours | 4 °C |\n"
        "| Refrigerator freezer | 1 month | 0.5 °C below zero |\n"
        "| Chest freezer | 1 year | -20 °C |\n",
    )
    asked = "What is the temperature of the storage place Room temperature?"
    room = next(it for it in items if it.prompt == asked)
    assert room.answer_text == "> 25 °C" and "0.5 °C below zero" in room.choices
    assert not any(c in ("25 °C", "°C below zero") for it in items for c in it.choices)


def test_a_grouping_column_written_on_every_row_qualifies_the_question(tmp_path):
    """"| IPV | Local tenderness | Cold compress |" beside "| HBV | Local soreness | Cold compress may
    be used |": which side effect takes a cold compress depends on the vaccine, so the question says
    which ("In “IPV”, ..."); without it two answers fit."""
    items = _items_of(
        tmp_path,
        "# Vaccine side effects\n\n"
        "| Vaccine | Side effect | Management |\n| --- | --- | --- |\n"
        "| BCG | Deep abscess at the vaccination site | Refer for incision and drainage |\n"
        "| BCG | Indolent ulcer that persists after twelve weeks | Treat with isoniazid powder |\n"
        "| HBV | Local soreness at injection site | No treatment necessary. Cold compress may be used |\n"
        "| DPT | Fever that lasts for one day | Advise parents to give an antipyretic |\n"
        "| IPV | Local tenderness | Cold compress |\n",
    )
    prompts = {it.prompt: it for it in items}
    ulcer = prompts["In “BCG”, which side effect has the management “Treat with isoniazid powder”?"]
    assert ulcer.answer_text == "Indolent ulcer that persists after twelve weeks"
    assert "In “IPV”, what is the management of the side effect Local tenderness?" in prompts
    assert all(p.startswith("In “") for p in prompts), list(prompts)


def test_a_code_in_brackets_spelling_the_keys_initial_gives_it_away():
    """"Program Report (Q1)" among 'Monthly Forms', 'Annual Forms', 'Quarterly Forms': the Q spells
    the key; a plain description does not."""
    from bot.quiz.quality import problems

    forms = ("Monthly Forms", "Annual Forms", "Quarterly Forms")
    spelled = _choice_item("Which Reporting Form is described as “Program Report (Q1)”?", forms, 2)
    assert "gives the answer away" in problems(spelled)
    asked = "Which Reporting Form is described as “Program report on vaccine coverage”?"
    plain = _choice_item(asked, forms, 2)
    assert "gives the answer away" not in problems(plain)


def test_a_row_named_by_a_long_phrase_is_asked_for_but_not_named_in_a_question(tmp_path):
    """"What is the person of the schedule Every fourth week of first month of succeeding quarter?"
    buries the question in the row's name; asking which report a person sends is fine."""
    items = _items_of(
        tmp_path,
        "# Reporting\n\n| Report | Sender |\n| --- | --- |\n"
        "| Summary of the monthly tally from every village health station | Midwife |\n"
        "| Consolidated table of the quarterly reports from all rural health units | Public health nurse |\n"
        "| Provincial report on the yearly counts of births and deaths by town | Provincial coordinator |\n"
        "| Regional digest of the program reports sent in by all the provinces | Regional officer |\n",
    )
    prompts = [it.prompt for it in items]
    assert "Which report has the sender “Midwife”?" in prompts, prompts
    assert not any(p.startswith("What is the sender of") for p in prompts), prompts


def test_a_run_of_plain_labels_over_definitions_is_asked_like_a_glossary(tmp_path):
    """"Throughput: end rate achieved ..." among "Latency: ..." and "Bandwidth: ...": a list of short
    labels each over what it is names its terms, though the notes never set them in bold or use
    them again; a lone plain label over a sentence ("Default provided username: ...") is no term."""
    notes = (
        "# Storage\n\n## Performance measures\n\n"
        "- Throughput: the end rate achieved, expressed in megabytes per second\n"
        "- Latency: the time one request takes from being sent to being answered\n"
        "- Bandwidth: the most data the link could carry in a second at best\n\n"
        "## Setup\n\nThe console asks for a few things.\n\n"
        "- Default provided username: the name the installer creates for the first login\n"
    )
    items = _items_of(tmp_path, notes)
    asked = {it.answer_text for it in items if it.kind in ("mapping", "definition")}
    assert {"Throughput", "Latency", "Bandwidth"} <= asked, [it.prompt for it in items]
    assert "Default provided username" not in asked


def test_a_recap_of_a_passage_is_neither_a_choice_nor_a_setting(tmp_path):
    """"Summary of the Flow" under a driver's two halves names no thing, and its numbered lines restate
    the halves as dialogue: no item offers it as a choice, sets a question in it, or asks its lines."""
    notes = (
        "# Devices\n\n## Device Driver\n\n"
        "- **Two halves of a driver**:\n"
        "  - **Top Half:** The OS calls it to set up the buffers and configure the registers.\n"
        "  - **Bottom Half:** The hardware calls it when the device finishes its job; it runs at once.\n"
        "  - **Summary of the Flow:**\n"
        "    1. **Top Half:** \"Hey drive, fetch file X.\" (the CPU does other work)\n"
        "    2. **Bottom Half:** \"Interrupt! The data is here!\"\n"
    )
    items = _items_of(tmp_path, notes)
    assert items, "the two halves are asked"
    for it in items:
        assert "Summary" not in " ".join([it.prompt, *it.choices]), it.prompt
        assert "Interrupt!" not in it.prompt and "fetch file" not in it.prompt, it.prompt


def test_a_heading_cut_short_or_a_course_code_sets_no_question():
    """'Three-branch structure of...' is a lead-in the lines under it finish, and 'S1W1 Contract 1' a
    week of a course: "In “Three-branch structure of”, which one ..." says nothing of where."""
    from bot.quiz.wording import _remark

    assert _remark("Three-branch structure of...")
    assert _remark("S1W1 Contract 1")
    assert _remark("Case Summary") and _remark("Summary of the Flow")
    assert not _remark("Separation of powers") and not _remark("S3 Glacier")
    assert not _remark("Vitamin A")  # a letter that names the thing, not a word the line goes on from


def test_a_key_whose_words_the_stem_spells_out_gives_it_away():
    """'File Inodes near Directory Data' for "the inodes for the files ... placed close to the
    directory's data": every choice recombines the same words, and reading the stem finds the key."""
    from bot.quiz.quality import problems

    choices = (
        "File Inodes near Directory Data",
        "Directory Data near Directory Inodes",
        "Data Blocks near File Inodes",
    )
    spelled = _choice_item(
        "Which one is described as “The inodes for the files within a directory are placed close to the "
        "directory's data”?",
        choices,
        0,
    )
    assert "gives the answer away" in problems(spelled)
    plain = _choice_item("Which one is described as “Keeps related metadata together on disk”?", choices, 0)
    assert "gives the answer away" not in problems(plain)
    # "also known as acid (lysergic acid diethylamide)" writes LSD out, its S inside the first word
    # (graded a giveaway, psychology notes, r338)
    drugs = ("LSD", "amphetamines", "barbiturates")
    lsd = "Which one is described as “a powerful hallucinogenic drug (lysergic acid diethylamide)”?"
    assert "gives the answer away" in problems(_choice_item(lsd, drugs, 0))
    trip = "Which one is described as “a powerful hallucinogenic drug that distorts perception”?"
    assert "gives the answer away" not in problems(_choice_item(trip, drugs, 0))


def test_a_label_whose_line_leads_into_a_list_is_asked_without_the_lead_in(tmp_path):
    """"Authentication: The act of proving a user's identity. Generally, there are three ways:" is
    asked by its first sentence; "Hypervisor: Only involved in "tricky" operations:" not at all, since
    what the operations are is in the list below it."""
    notes = (
        "# Security\n\n## Design for security\n\n"
        "- **Authentication:** The act of proving a user's identity. Generally, there are three ways:\n"
        "  - Something you know\n  - Something you have\n"
        "- **Authorization:** Deciding which resources an authenticated user may touch and how.\n"
        "- **Auditing:** Recording who did what and when, so that abuse can be traced afterwards.\n\n"
        "## Machines\n\n"
        "- **Hypervisor:** Only involved in the tricky operations:\n"
        "  - Page table updates\n  - Device access\n"
        "- **Emulator:** Translates every instruction the guest runs into host instructions one by one.\n"
        "- **Container runtime:** Starts processes in isolated namespaces on the shared host kernel.\n"
    )
    prompts = [it.prompt for it in _items_of(tmp_path, notes)]
    assert any("“The act of proving a user's identity”" in p for p in prompts), prompts
    assert not any("three ways" in p or "tricky" in p for p in prompts), prompts


def test_an_it_that_stands_for_the_clause_after_is_not_the_thing_before(tmp_path):
    """"RAID 1 copies data onto two disks. It is virtually impossible to lose data ...": the "it" of
    "it is impossible to" is no RAID level; "It stores each block twice" is RAID 1's."""
    builder = _builder_of(tmp_path, "# RAID\n\nRAID 1 copies every block onto two disks.\n")
    expletive = "It is virtually impossible to lose data unless all disks fail"
    assert builder._statement(expletive, "RAID 1") is None
    made = builder._statement("It stores each block on two disks at once", "RAID 1")
    assert made is not None and made[1] == "Which one stores each block on two disks at once?"


def test_a_step_that_follows_another_leans_on_unseen_text():
    """"The logged writes are then performed on disk": then after what? "If the log is full, then ..."
    is one sentence's own logic."""
    from bot.quiz.quality import problems

    steps = ("Permanent Changes", "Commit", "Clear Log")
    after = _choice_item("Which one is described as “The logged writes are then performed”?", steps, 0)
    assert "points at unseen text" in problems(after)
    own = _choice_item("Which one is described as “If the log fills, then writes wait”?", steps, 0)
    assert "points at unseen text" not in problems(own)


def test_a_key_spelled_like_a_stem_word_but_for_its_prefix_gives_it_away():
    """'Polysaccharides' for "polymers made of long chains of monosaccharides": the spelling answers."""
    from bot.quiz.quality import problems

    kinds = ("Proteins", "Polysaccharides", "Lipids")
    spelled = _choice_item("Which of these are polymers made of long chains of monosaccharides?", kinds, 1)
    assert "gives the answer away" in problems(spelled)
    fair = _choice_item("Which of these store energy in the liver and muscles as glycogen?", kinds, 1)
    assert "gives the answer away" not in problems(fair)


def test_a_comparison_label_offers_its_sides_only_for_a_side(tmp_path):
    """Under "Synchronous vs. Asynchronous Events", "A device signals the CPU when an event occurs" is
    about a device, which is neither side: "Which one signals the CPU ...?" among 'Synchronous' and
    'Asynchronous Events' has one real candidate. The sides are asked of their own lines."""
    notes = (
        "# Devices\n\n## Device interactions\n\n"
        "- **Synchronous vs. Asynchronous Events:**\n"
        "  - **Polling (Synchronous):** The CPU repeatedly checks a device's status register to see if "
        "it is ready.\n"
        "  - **Interrupts (Asynchronous):** A device signals the CPU when an event occurs.\n"
    )
    for it in _items_of(tmp_path, notes):
        if {"Synchronous", "Asynchronous Events"} & set(it.choices):
            assert it.answer_text in ("Synchronous", "Asynchronous Events", "Polling", "Interrupts"), it


def test_amounts_one_inside_another_are_two_right_answers():
    """'90 seconds' lies inside '1-3 minutes': a grader takes either for the drug peaking at 90 s.
    Amounts apart ('5 minutes' beside '1-3 minutes') or in other units ('3 - 5 hours') are fair."""
    from bot.quiz.quality import problems

    asked = "What is the time to peak effect of Alfentanil?"
    inside = _choice_item(asked, ("1-3 minutes", "90 seconds", "5 minutes"), 1)
    assert "overlapping choices" in problems(inside)
    apart = _choice_item(asked, ("1-3 minutes", "30 seconds", "5 minutes"), 1)
    assert "overlapping choices" not in problems(apart)
    # "Start 1µg/kg/min" is a dose inside "0.5-20µg/kg/min" (graded two right answers, r326); per
    # minute without the weight is another unit
    doses = ("Start 1µg/kg/min", "Infusion from 0.5-10µg/min", "0.5-20µg/kg/min")
    assert "overlapping choices" in problems(_choice_item("What is the dosing of Dopamine?", doses, 0))
    apart = ("Start 30µg/kg/min", "Infusion from 0.5-10µg/min", "0.5-20µg/kg/min")
    assert "overlapping choices" not in problems(_choice_item("What is the dosing of Dopamine?", apart, 0))


def test_a_table_under_an_aspect_heading_says_what_it_is_of(tmp_path):
    """A table of several columns under "Physiological Effects" under "Thyroid" is asked in "Thyroid".
    "| System | Effect |" there is one thing's record, row by row: "Which system has the effect
    “↑ HR, ↑ inotropy”?" names its answer (graded trivial, five of five), and is not asked."""
    notes = (
        "# Thyroid\n\n## Physiological Effects\n\n| System | Effect |\n|--|--|\n"
        "| **CVS** | ↑ HR, ↑ inotropy, ↓ SVR |\n| **CNS** | ↑ Excitability: seizures, tremor |\n"
        "| **MSK** | ↑ Osteoblastic activity |\n| **GU** | Impotence (men), oligomenorrhoea (women) |\n\n"
        "| Hormone | Onset | Half-life |\n|--|--|--|\n"
        "| T3 | a few hours | one day |\n| T4 | several days | seven days |\n"
        "| rT3 | no effect | a few hours |\n"
    )
    prompts = [it.prompt for it in _items_of(tmp_path, notes) if it.kind == "table"]
    assert prompts, "the hormone table is asked"
    assert all(p.startswith("In “Thyroid”, ") for p in prompts), prompts
    assert not any("system" in p for p in prompts), prompts


def test_a_them_with_nothing_plural_before_it_points_at_unseen_lines(tmp_path):
    """"Scheduling: The driver decides the most efficient order to execute them": them, the requests
    of a line the reader does not see. "Made of amino acids; they act as enzymes" binds its own."""
    builder = _builder_of(tmp_path, "# Drivers\n\nThe driver talks to the device.\n")
    assert builder._unbound_they("The driver decides the most efficient order to execute them")
    assert not builder._unbound_they("Made of amino acids; they act as enzymes and in signalling")
    assert not builder._unbound_they("Living organisms react to cues to maximize their survival")
    assert not builder._unbound_they("IAM or Route 53. No way for them to go down")


AGENT_NOTES = """# Pressor agents

## Comparison of agents
|Properties|Dopamine|Isoprenaline|Dobutamine|
|--|--|--|--|
|**Class**|Natural amine|Synthetic amine|Synthetic amine|
|**Dosing**|Start 1 unit per minute|Infusion from 0.5 to 10 units a minute|0.5 to 20 units per kg a minute|
|**CNS**|Inhibits prolactin|Stimulant|Tremor|
|**Renal**|Raises urine flow|No renal effect listed|Raises blood flow to the kidney|

###CO<sub>2</sub> Cascade
|Region|Value (mmHg)|
|--|--|
|Mixed Venous|46|
|Alveolar|40|
|Mixed-expired|27|
"""


def test_a_row_that_names_a_body_part_or_field_asks_what_is_listed_under_it(tmp_path):
    """'CNS' and 'Renal' name where an effect shows, not a property: "What is the CNS of Dopamine?"
    was graded ungrammatical. The item asks what the notes list for the drug under it, or which drug
    has a given effect under it."""
    items = _items_of(tmp_path, AGENT_NOTES)
    cns = [it for it in items if "CNS" in it.prompt]
    assert cns, [it.prompt for it in items]
    listed = (
        r"(?:In “Comparison of agents”, )?"  # the table's title
        r"(?:[Ww]hat is listed for \w+ under “CNS”\?|[Ww]hich one has “[^”]+” under “CNS”\?)"
    )
    assert all(re.fullmatch(listed, it.prompt) for it in cns), cns
    assert not any(re.search(r"the (?:CNS|renal|Renal) of", it.prompt) for it in items)


def test_a_column_of_bare_values_is_asked_in_its_table_heading(tmp_path):
    """'Value (mmHg)' measures what only the heading says ("CO2 Cascade"): the question carries it,
    its subscript rendered, not dropped to "CO 2"."""
    items = _items_of(tmp_path, AGENT_NOTES)
    valued = [it for it in items if "value (mmHg)" in it.prompt]
    assert valued, [it.prompt for it in items]
    assert all(it.prompt.startswith("In “CO₂ Cascade”, ") for it in valued), [it.prompt for it in valued]


MARKET_NOTES = """# Pricing

## Perfect price discrimination
Student | Reservation Price | Total Revenue | MR
--- | --- | --- | ---
A | 40 | 40 | 40
B | 38 | 76 | 36
C | 36 | 106 | 32
D | 34 | 136 | 28
E | 32 | 160 | 24
F | 30 | 180 | 20

## Possible outcomes
Walmart\\Target | Price low | Price high
--- | --- | ---
Price low | 150,150 | 300,0
Price high | 0,300 | 225,225

## Costs
Term | Definition
--- | ---
Explicit cost | payments firms make to purchase <ul><li>hiring labor, renting land, products</li></ul>
Implicit cost | the costs of resources the firm's owners supply<br>- labor of the owner<br>- the owner's car
Sunk cost | a cost that is beyond recovery at the moment a decision must be made
Rational person | someone with well-defined goals who tries to fulfil those goals as best they can
"""


def test_a_worked_example_table_of_lettered_rows_and_numbers_is_not_asked(tmp_path):
    """Students 'A' to 'D' and their reservation prices are a worked example's data, and a payoff
    matrix has the same labels on both sides: "What is the reservation price of the student D?" and
    "What is the price low of Price high?" were all a bank of economics notes asked."""
    items = _items_of(tmp_path, MARKET_NOTES)
    assert items
    assert not any("student" in it.prompt.lower() or "Price low" in it.prompt for it in items), [
        it.prompt for it in items
    ]


def test_a_list_written_in_html_inside_a_cell_is_asked_as_text(tmp_path):
    """`<ul><li>` and `<br>- ` in a table cell are a list the notes' viewer shows as one: the line is
    asked with its items as text, not dropped as markup."""
    items = _items_of(tmp_path, MARKET_NOTES)
    texts = [" ".join([it.prompt, *it.choices]) for it in items]
    assert any("purchase: hiring labor, renting land" in t for t in texts), texts
    assert any("owners supply: labor of the owner; the owner's car" in t for t in texts), texts
    assert not any(re.search(r"</?(?:ul|li|br)\b|; - ", t) for t in texts)


def test_those_of_a_word_said_before_it_points_at_nothing_unseen():
    """"well-defined goals … fulfil those goals" points back at its own words; "those choices" with no
    choices before it points at lines the reader does not see."""
    from bot.quiz.items import QuizItem
    from bot.quiz.quality import problems

    def item(prompt: str) -> QuizItem:
        return QuizItem(
            id="x", kind="table", prompt=prompt, choices=("Rational person", "Sunk cost"), answer=0,
            explanation="", source="notes.md", topic="", chunk_id="c",
        )

    bound = item("Which term is described by “someone with well-defined goals who fulfils those goals”?")
    unbound = item("Which term is described by “someone who weighs those choices against their cost”?")
    assert "points at unseen text" not in problems(bound)
    assert "points at unseen text" in problems(unbound)


LIGHT_NOTES = """# Light

## Snell's Law
When light enters water, it slows down and changes direction.
This bending of light between two materials is called **refraction**. ![p.png](/i/w%20r.png) It turns.

## Ammonia
- In ammonia one of the four groups attached to the central atom is a lone pair.
- The molecular shape is referred to as **trigonal pyramidal**.
- Two thiol groups join and the type of bonding forms what is called a **disulfide bridge**...

## Circuits
This process is called **self induction**. A resistor turns electrical energy into heat.

## Lakes
Limestone forms in quiet freshwater lakes.
With more clay in its structure, the limestone is known as a **marl**.
"""


def test_a_thing_named_after_what_it_is_is_asked_as_a_blank(tmp_path):
    """"This bending of light … is called **refraction**" names the thing its own words describe: the
    blank stands alone as "The bending of light … is called ____." A picture after it does not glue
    the next sentence on. "The molecular shape" (of what?), a name given in passing ("what is called")
    and "This process" (which?) are not asked, nor "the limestone" after a clause (the lake limestone
    of the sentence before, graded BAD, r253)."""
    items = _items_of(tmp_path, LIGHT_NOTES)
    blanks = {it.answer_text: it.prompt for it in items if it.is_cloze}
    assert blanks.get("refraction") == "The bending of light between two materials is called ____.", blanks
    assert not {"trigonal pyramidal", "disulfide bridge", "self induction", "marl"} & set(blanks), blanks


TRADE_NOTES = """# Mercantilism

The eighteenth century was dominated by trade and commerce through the mercantile system.
Guilds controlled wages, prices, and professions in most towns.
The crown used tariffs to control imports and the economy, a practice called protectionism.
Nations also hired privateers to disrupt and steal the trade of other countries.

## The eye
To focus the rays, the lens changes its curvature and thickness in a process called accommodation.
The gentry were called in to serve the king in person.
"""


def test_a_question_of_a_problem_set_is_no_sentence_to_blank(tmp_path):
    """"What protein factor is responsible for binding the initiator tRNA (Met-tRNAi) in ____?" was
    posted to be typed 'eukaryotes' (a problem set's question; r256): a question asks, it states
    nothing a blank could be cut from."""
    (tmp_path / "set.md").write_text(
        "What protein factor is responsible for binding the initiator tRNA (Met-tRNAi) in **eukaryotes**?\n"
        "> The initial tRNA binds to the P site so that it can synthesize the first peptide bond between"
        " the initiator amino acid and the subsequent amino acid that comes into the A site.\n",
        encoding="utf-8",
    )
    (tmp_path / "gal.md").write_text("#eukaryotes\n2 TFs control expression of enzymes\n", encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    items = generate_items(chunks, glossary)
    assert not any(it.is_cloze and it.prompt.endswith("?") for it in items), [it.prompt for it in items]


def test_a_term_a_sentence_ends_by_naming_is_asked_as_a_blank(tmp_path):
    """Narrative notes name a term without bold: "…, a practice called protectionism." says what the
    blank is as "____ is …" does, so the name is asked though a dictionary has it. "called in" names
    nothing."""
    items = _items_of(tmp_path, TRADE_NOTES)
    blanks = {it.answer_text: it.prompt for it in items if it.is_cloze}
    assert blanks.get("protectionism") == (
        "The crown used tariffs to control imports and the economy, a practice called ____."
    ), blanks
    assert "accommodation" in blanks, blanks
    assert not {"in", "serve"} & set(blanks), blanks


SPEECH_VOCAB = """# Vocab

## Ch. 2 Phonetics
- **phonetics** - study of minimal units that make up language
- **spectrogram** - a 3D representation of sound: time x frequency x amplitude
- **trachea** - windpipe, tube between larynx and lungs
- **larynx** - aka voice box; cartilage and muscle at the top of the trachea
- **syllable** - a unit of speech, made up of an onset and rhyme
- **coarticulation** - the adjustment of articulation of a segment due to a neighboring sound
- **running speech** - either people talk fast or they talk slowly without any pauses at all
- **voicing** - vibration of the vocal folds while a speech sound is being made
- **babbling** - production of speech-like sounds by infants before their first words
    - **variegated babbling** - production of meaningless consonant-vowel sequences by infants
- **linguist** - a person who studies the structure and history of human languages
- **linguistic expression** - piece of language with form, meaning and syntactic properties
- **lexical category** - class of words grouped together by their morphological properties; part of speech

## Mail
- The mail server keeps persistent connections open between messages
- Web browsing pulls pages from servers, while outgoing mail is pushed to them
- SMTP: multiple object in multipart message
"""


def test_a_vocabulary_term_without_rivals_of_its_kind_is_typed_from_its_definition(tmp_path):
    """A chapter's vocabulary mixes kinds (an organ, a field of study, a unit of speech), so its terms
    are not asked among each other; each is asked by its line and typed instead, everyday word or
    not. A line that gives another name first ("aka voice box"), an example ("either people talk
    fast or …") or a clause of its own is no definition to ask by."""
    items = _items_of(tmp_path, SPEECH_VOCAB)
    blanks = {it.answer_text: it.prompt for it in items if it.is_cloze}
    assert blanks.get("trachea") == "The term for “windpipe, tube between larynx and lungs” is ____.", blanks
    assert "syllable" in blanks, blanks
    assert not {"larynx", "running speech", "voicing"} & set(blanks), blanks
    assert not any(it.choices and "trachea" in it.choices for it in items), [it.prompt for it in items]
    # 'babbling' (over it) fits the line of 'variegated babbling' too; 'linguist' shares a stem with
    # 'linguistic expression' but is no wider term; a synonym after the definition is taken
    assert "variegated babbling" not in blanks and "linguistic expression" in blanks, blanks
    category = next(it for it in items if it.is_cloze and it.answer_text == "lexical category")
    assert "part of speech" not in category.prompt and "part of speech" in category.accept, category
    # a labelled remark among remarks ("SMTP: multiple object in …") defines nothing
    assert "SMTP" not in blanks, blanks


KIDNEY_NOTES = """# Kidney Disease

## Chronic Kidney Disease
Chronic kidney disease is a slow loss of kidney function over months or years.

### Management
1. **Treatment of complications**
	- **Hypertension**: target a blood pressure of 130/80 with diuretics and sodium restriction
	- **Diabetes Mellitus**: target a serum glucose of 80 to 140 mg/dL and a HbA1c below seven percent
	- **Anemia**: target a hemoglobin level of 10 to 13 g/dL with epoetin, iron and folic acid
"""


def test_a_list_under_an_everyday_word_heading_is_set_in_the_thing_above(tmp_path):
    """The targets under "Chronic Kidney Disease › Management" are the disease's: asked without it
    they dropped the qualifier the list holds for (graded BAD). "Management" names no thing, so the
    heading above it sets the question."""
    items = _items_of(tmp_path, KIDNEY_NOTES)
    asked = [it for it in items if it.kind == "mapping" and it.answer_text == "Anemia"]
    assert asked, [it.prompt for it in items]
    assert all(it.prompt.startswith("In “Chronic Kidney Disease”, ") for it in asked), asked


JSON_TYPES_NOTES = """# The json module

## JSON Data Types and its python equivalent

| SN | JSON Data Type | JSON Example       | Python Equivalent | Python Example     |
|----|----------------|--------------------|-------------------|--------------------|
| 1  | number         | `1`, `2.5`         | `int` or `float`  | `1`, `2.5`         |
| 2  | string         | `"John"`           | `str`             | `'john'`           |
| 3  | boolean        | `true` or `false`  | `bool`            | `True` or `False`  |
| 4  | object         | `{"key": "value"}` | `dict`            | `{'key': 'value'}` |
| 5  | array          | `[1, 2, 3]`        | `list`            | `[1, 2, 3]`        |
"""


def test_a_table_whose_rows_are_named_in_three_words_keeps_them_in_its_questions(tmp_path):
    """"What is the python equivalent of “object”?" dropped what the rows are (graded WEAK: the stem
    leaves out JSON); the corner 'JSON Data Type' names them, as 'Keyword' does."""
    items = _items_of(tmp_path, JSON_TYPES_NOTES)
    prompts = [it.prompt for it in items]
    assert "What is the python equivalent of the JSON Data Type “object”?" in prompts, prompts
    assert "Which JSON Data Type has the python equivalent “dict”?" in prompts, prompts


def test_a_cell_that_is_a_list_from_its_first_word_reads_as_one_list():
    """"- Contains stereogenic centers<br> - Plane of symmetry …" is three points, none leading into
    the others: no colon after the first (graded odd when it had one)."""
    from bot.quiz.wording import _plain_cell

    cell = " - Contains stereogenic centers<br> - Plane of symmetry<br> - Optically inactive "
    assert _plain_cell(cell) == "Contains stereogenic centers; Plane of symmetry; Optically inactive"
    assert _plain_cell("owned by the firm<br>- labor<br>- a car") == "owned by the firm: labor; a car"


def test_a_break_inside_a_phrase_only_wraps_it():
    """"From the shore<br>to where plants stop growing" was asked as "From the shore; to where …", and
    "Between epilimnion<br>& hypolimnion" as "Between epilimnion; & hypolimnion" (graded broken, r255):
    a line that goes on with a small word or '&' continues the phrase. Lines of names stay a list."""
    from bot.quiz.wording import _plain_cell

    assert _plain_cell("From the shore<br>to where plants stop") == "From the shore to where plants stop"
    assert _plain_cell("Between epilimnion<br>& hypolimnion") == "Between epilimnion & hypolimnion"
    assert _plain_cell("Glucose<br>fructose<br>galactose") == "Glucose; fructose; galactose"


def test_a_glossary_table_asks_a_term_among_terms_of_its_kind(tmp_path):
    """"| Term | Definition |" holds terms of many kinds: 'sunk cost' is asked with the other costs first
    among its choices, and 'rational person', of which the table has no kin, is not asked among costs
    (graded off-type)."""
    items = _items_of(tmp_path, MARKET_NOTES)
    sunk = [it for it in items if it.answer_text == "Sunk cost" and it.choices]
    assert sunk, [it.prompt for it in items]
    assert all({"Explicit cost", "Implicit cost"} <= set(it.choices) for it in sunk), sunk
    assert not any(it.answer_text == "Rational person" and it.choices for it in items)


def test_two_lists_that_share_a_name_are_overlapping_choices():
    """'AF, DVT/PE, Prosthetic Valves' and 'AF, DVT/PE, Extra-corporeal Circuit' both hold what
    the other has: a grader found a third drug's uses right too. One description with an 'and' in it,
    or an aside in brackets, is no list."""
    from bot.quiz.quality import problems

    uses = ("AF, DVT/PE, Prosthetic Valves", "AF, DVT/PE, Extra-corporeal Circuit", "DVT Prophylaxis")
    assert "overlapping choices" in problems(_choice_item("What are the uses of Warfarin?", uses, 0))
    sites = (
        "Oxygen with three bonds and a positive charge (e.g., R-OH2+, R-NH3+)",
        "Nitrogen with four bonds and a positive charge (e.g., R4N+)",
        "After attack by a neutral molecule (e.g., H2O, NH3)",
    )
    asked = _choice_item("Which situation has the reason “Quaternary ions are stable”?", sites, 1)
    assert "overlapping choices" not in problems(asked)


def test_a_choice_that_is_one_alternative_of_another_overlaps_it():
    """'Operating' beside 'Operating or Investing': the alternative the key names is right too (a
    grader found all four such items of an accounting table one answer short of two)."""
    from bot.quiz.quality import problems

    sections = ("Operating or Investing", "Operating")
    asked = _choice_item("Where does IFRS report interest received?", sections, 0)
    assert "overlapping choices" in problems(asked)


def test_a_choice_and_the_same_name_with_its_headings_word_overlap():
    """'Normal' beside 'Normal Axis' under "Approach to the ECG › Axis" (graded two right answers,
    medicine notes, r329): under that heading the bare word is the whole name. 'Right Axis Deviation'
    beside 'Right' would be too; 'Kinesis Analytics' beside 'Kinesis' elsewhere is another thing."""
    from dataclasses import replace

    from bot.quiz.quality import problems

    axes = ("Normal Axis", "Right Axis Deviation", "Normal")
    asked = _choice_item("Which one is described as “Upright in I and II”?", axes, 0)
    under = replace(asked, source="ekg.md › Approach to the ECG › Axis")
    assert "overlapping choices" in problems(under)
    streams = ("Kinesis Analytics", "Kinesis", "Firehose")
    other = replace(_choice_item("Which one runs SQL over streams?", streams, 0), source="aws.md › Streams")
    assert "overlapping choices" not in problems(other)


def test_a_heading_that_counts_its_items_sets_the_question_as_a_lead(tmp_path):
    """"In “Two ways to charge”, which one …?" was graded odd; the heading reads as the sentence it is:
    "Two ways to charge: which one is described as …?", and so does its reverse."""
    notes = (
        "# Charge\n\n## Two ways to charge\n"
        "- **Charging by contact:** touch a charged object with a neutral conductor, so charge flows\n"
        "- **Charging by induction:** bring a charged object close to a conductor, then ground it\n"
    )
    prompts = [it.prompt for it in _items_of(tmp_path, notes) if it.choices]
    assert prompts
    assert all(p.startswith("Two ways to charge: which ") for p in prompts), prompts


STEREO_TABLE = """# Stereochemistry

## Cheatsheet
| Category | Term | Definition |
|---|---|---|
| **Rules** | **CIP rules** | System that ranks the substituents on a stereocentre by atomic number |
| | **R/S labels** | Labels that give the absolute configuration of a chiral centre |
| | **E/Z labels** | Labels that give the configuration of a double bond in geometric isomers |
| **Centres** | **Stereogenic centre** | Atom with four different substituents, giving rise to chirality |
| | **Prochiral centre** | Atom that becomes chiral when one of its substituents is changed |
| **Reactions** | **Enantioselective** | Reaction that makes one enantiomer in excess over the other |
| | **Stereospecific** | Reaction in which each stereoisomer of the reactant gives its own product |
"""


def test_a_group_label_written_once_makes_its_rows_each_others_rivals(tmp_path):
    """"Rules" written once over CIP, R/S and E/Z: the labels are asked among the rules, not beside
    'Prochiral centre' (an atom: graded off-type for a naming system)."""
    items = _items_of(tmp_path, STEREO_TABLE)
    rules = {"CIP rules", "R/S labels", "E/Z labels"}
    asked = [it for it in items if it.choices and it.answer_text in rules]
    assert asked, [it.prompt for it in items]
    assert all(set(it.choices) <= rules for it in asked), [it.choices for it in asked]


TREND_NOTES = """# Acids

## Acidity trends
| Factor | Trend in Acidity |
|---|---|
| Inductive Effect | Electron-withdrawing groups increase acidity |
| Resonance | Resonance stabilization increases acidity |
| Atom Size | Larger atoms = stronger acid |
| Hybridization | More s-character = stronger acid |
| Solvent | Acidity increases |
"""


def test_a_cell_that_only_restates_its_column_is_no_rival(tmp_path):
    """'Acidity increases' under "Trend in Acidity" says the column's name and a direction, of no
    cause: beside "Electron-withdrawing groups increase acidity" it was graded vague three times."""
    items = _items_of(tmp_path, TREND_NOTES)
    trends = [it for it in items if it.prompt.startswith("What is the trend in acidity of")]
    assert trends, [it.prompt for it in items]
    others = [it for it in trends if it.answer_text != "Acidity increases"]
    assert not any("Acidity increases" in it.choices for it in others), [it.choices for it in others]


UNITS_NOTES = """# Alkanes

## Strain in conformations
| Interaction | Energy Increase (kJ/mol) | Energy Increase (kcal/mol) |
|---|---|---|
| H,H eclipsing | 4.0 | 1.0 |
| H,CH3 eclipsing | 6.0 | 1.4 |
| CH3,CH3 eclipsing | 11 | 2.6 |
| Gauche CH3 groups | 3.8 | 0.9 |
"""


def test_one_measure_in_two_units_is_asked_once(tmp_path):
    """kJ/mol beside kcal/mol is one fact written twice: "What is the energy increase (kcal/mol) of H,H
    eclipsing?" after the kJ/mol question is a near-duplicate a teacher would not post."""
    items = _items_of(tmp_path, UNITS_NOTES)
    asked = [it.prompt for it in items if it.prompt.startswith("What is the energy increase")]
    assert any("(kJ/mol)" in p for p in asked), [it.prompt for it in items]
    assert not any("(kcal/mol)" in p for p in asked), asked


REGEX_NOTES = """# The re module

The `re` module contains several functions for regular expressions.

## `re.findall()` function

The `re.findall()` function returns every non-overlapping match of pattern in the string as a list
of strings. If there are no matches, it returns an empty list.

## `re.split()` function

The `re.split()` function breaks the string apart wherever the pattern occurs. It is similar to the
`string.split()` method.

## `re.sub()` function

The `re.sub()` function replaces every occurrence of the pattern in the string with a replacement text.
"""


def test_sibling_sections_on_code_names_are_asked_as_written(tmp_path):
    """Three sections that each open with what their function does are one kind, asked side by side;
    the names keep their case ('re.split() function', never 'Re.split() function': code is
    case-exact), however the answer is spelled where the text shows it."""
    items = _items_of(tmp_path, REGEX_NOTES)
    asked = {it.answer_text: it for it in items if it.kind == "statement"}
    assert {"re.findall() function", "re.sub() function"} <= set(asked), [
        (it.prompt, it.choices) for it in items
    ]
    for it in asked.values():
        assert set(it.choices) <= {"re.findall() function", "re.split() function", "re.sub() function"}
        assert len(it.choices) == 3, it.choices


LEWIS_NOTES = """# Acids and bases

## Lewis acids

A lewis acid is an electron pair acceptor, usually an electron-deficient species.

## Lewis bases

A lewis base is an electron pair donor, usually with a lone pair of electrons.

## Inductive effects

The inductive effect is the pull of electron density through sigma bonds caused by differences in
electronegativity.

## Hydrogen bonding

Hydrogen bonding is the attraction between a hydrogen atom bonded to an electronegative atom and a
lone pair on another atom.
"""


def test_a_pair_named_by_its_first_word_is_no_rival_of_another_kind(tmp_path):
    """'Lewis acid' and 'Lewis base' are a pair by their name: 'inductive effect' of the next section is
    no rival of either, nor they of it (graded off-type beside the inductive effect, twice)."""
    items = _items_of(tmp_path, LEWIS_NOTES)
    for it in items:
        lewis = {c for c in it.choices if c.lower().startswith("lewis")}
        assert not lewis or lewis == set(it.choices), (it.prompt, it.choices)


VENN_NOTES = """# Colonial thought

## The Enlightenment and the Great Awakening

Enlightenment | Both | The Great Awakening
------------- | ------------- | -------------
Scientific Revolution | 18th Century | Religious revival
Thomas Hobbes | Focus on the individual | German pietism
John Locke | Question central authority | George Whitefield
Reason, Logic, Rationality | | Jonathan Edwards
Ben Franklin | | Emotion
"""


def test_a_venn_diagram_written_as_a_table_is_not_read_as_rows(tmp_path):
    """"| A | Both | B |" sets three lists side by side: "What is the great awakening of the
    enlightenment Ben Franklin?" reads a row that is no row."""
    items = _items_of(tmp_path, VENN_NOTES)
    assert not any(it.kind == "table" for it in items), [it.prompt for it in items]


VOWEL_VOCAB = """# Vocab

## Ch. 2 Phonetics

**phonetics** - study of minimal units of language (sounds)

**phonology** - study of the distribution of speech sounds in a language

**morphology** - study of how words are constructed out of morphemes

**syntax** - study of how expressions combine into sentences

**spectrogram** - a 3D representation of sound: time x frequency x amplitude

**monophthong** - a simple vowel, composed of a single configuration of vocal organs

**diphthong** - a complex vowel, composed of a sequence of two different configurations of the vocal organs

**tense vowel** - vowel that has a more peripheral position in vowel space

**lax vowel** - vowel that has a less peripheral position in vowel space

**larynx** - cartilage and muscle located at the top of the trachea
"""


def test_a_vocabulary_term_is_asked_among_terms_its_definition_names_alike(tmp_path):
    """"a simple vowel, composed of …" names a vowel, not a 'simple': monophthong is asked among
    the other vowels of the vocabulary (a comma ends the noun its definition opens with)."""
    items = _items_of(tmp_path, VOWEL_VOCAB)
    asked = [it for it in items if it.answer_text == "monophthong"]
    assert asked, [(it.prompt, it.choices) for it in items]
    vowels = {"monophthong", "diphthong", "tense vowel", "lax vowel"}
    assert all(set(it.choices) <= vowels for it in asked), [it.choices for it in asked]


ACTS_NOTES = """# Road to Revolution

| British Action | Description | Rationale |
|---|---|---|
| Sugar Act (1764) | Lowered the duty on molasses and enforced it | Merchants smuggled and bribed officials |
| Stamp Act (1765) | Required a tax stamp on all printed items | Britain needed revenue for its troops |
| Townshend Act (1767) | Imposed taxes on colonial imports of paper, paint, glass and tea | Import taxes |
| Coercive Acts | Closed the port | The Sons of Liberty dumped 10,000 pounds of tea into Boston Harbor |
"""


def test_a_long_cell_keeps_the_name_of_its_column(tmp_path):
    """"Which british action is described by “The Sons of Liberty dumped … tea …”?" drops the column
    the cell answers (the Tea Party is no British action: graded BAD); a column that names what its
    cells are keeps its name: "… has the rationale “…”?"."""
    items = _items_of(tmp_path, ACTS_NOTES)
    tea = [it for it in items if "Sons of Liberty" in it.prompt]
    assert tea, [it.prompt for it in items]
    assert all("has the rationale “" in it.prompt for it in tea), [it.prompt for it in tea]
    assert any("is described by “Imposed taxes" in it.prompt for it in items), [it.prompt for it in items]


def test_a_columns_aside_is_left_out_of_the_question(tmp_path):
    """"Which British action has the rationale (for passage) “…”?" reads the column's aside as a stray
    phrase (graded odd); the question names the column by its name alone."""
    notes = ACTS_NOTES.replace("| Rationale |", "| Rationale (for passage) |")
    tea = [it for it in _items_of(tmp_path, notes) if "Sons of Liberty" in it.prompt]
    assert tea and all("has the rationale “" in it.prompt for it in tea), [it.prompt for it in tea]


def test_a_clue_that_opens_on_because_they_leans_on_unseen_text():
    """"… has the rationale “Because they had just ended the Stamp Act, they hoped it would be
    forgotten”?": who "they" are was in the row the reader can't see; "Because merchants smuggled …"
    names its subject."""
    from bot.quiz.items import QuizItem
    from bot.quiz.quality import problems

    acts = ("Declaratory Act", "Stamp Act", "Sugar Act")

    def item(clue: str) -> QuizItem:
        prompt = f"Which British action has the rationale “{clue}”?"
        return QuizItem("z", "table", prompt, acts, 0, prompt, "f.md › A", "A")

    they = item("Because they had just ended the Stamp Act, they hoped it would be forgotten quickly")
    assert "leans on unseen text" in problems(they)
    named = item("Because merchants smuggled molasses past the customs officials")
    assert "leans on unseen text" not in problems(named)


def test_a_key_cut_short_or_grown_from_a_stem_word_is_given_away():
    """"the average value" for AVG and "to pay our vendors" for Accounts Payable Turnover are read off
    the stem (graded BAD)."""
    from bot.quiz.items import QuizItem
    from bot.quiz.quality import problems

    def item(prompt: str, choices: tuple[str, ...]) -> QuizItem:
        return QuizItem(
            id="x", kind="mapping", prompt=prompt, choices=choices, answer=0,
            explanation="", source="notes.md", topic="", chunk_id="c",
        )

    methods = ("AVG", "FIFO", "LIFO")
    assert "gives the answer away" in problems(
        item("Which one is described as “Every item is expensed at the average value of all items”?", methods)
    )
    assert "gives the answer away" in problems(
        item(
            "Which of these describes AVG?",
            ("Every item is expensed at the average value", "First items in are the first expensed",
             "Last items in are the first expensed"),
        )
    )
    turnovers = ("Accounts Payable Turnover", "Inventory Turnover", "Asset Turnover")
    assert "gives the answer away" in problems(
        item("Which one is an indicator of how long it takes us to pay our vendors?", turnovers)
    )


def _inventory_notes() -> str:
    """Notes that write 'invetory' twice and 'inventory' in six passages."""
    sections = [
        f"## {topic}\n\nThe inventory of a firm is counted at the end of each period; inventory held too long"
        " loses value.\n"
        for topic in ("Counting stock", "Valuing stock", "Ordering", "Audits", "Write-downs", "Turnover")
    ]
    sections.append(
        "## Cost flow methods\n\n"
        "- FIFO: First items in inventory are the first items expensed\n"
        "- LIFO: Last items in invetory are the first items expensed\n"
        "- AVG: Every item is expensed at the mean cost of all items held\n"
        "- Specific identification: Each item is expensed at its own recorded cost\n"
    )
    sections.append("## Periodic counts\n\nA periodic count checks the invetory against the books.\n")
    return "# Inventory\n\n" + "\n".join(sections)


def test_a_typo_made_twice_beside_the_right_spelling_is_not_posted(tmp_path):
    """'invetory' in two passages beside 'inventory' in six is a slip made again, not the notes' word:
    an item that shows it is not posted (graded WEAK three times), the rest of the list still is."""
    items = _items_of(tmp_path, _inventory_notes())
    assert any(it.answer_text == "FIFO" for it in items), [it.prompt for it in items]
    assert not any("invetory" in " ".join([it.prompt, *it.choices]) for it in items), [
        (it.prompt, it.choices) for it in items
    ]


EXPRESSION_NOTES = """# Vocab

## Ch. 5 Syntax

**linguistic expression** - piece of language with form, meaning, and syntactic properties

**lexical expression** - linguistic expression that has to be listed in the mental lexicon

**phrasal expression** - linguistic expression that results from the combination of smaller expressions

**idiomatic expression** - piece of language whose meaning is not built from its parts

**syntactic category** - group of expressions that can occur in the same positions

**constituent** - group of words that functions as a single unit

**head** - the word that determines the category of a phrase

**complement** - phrase that the head selects and that completes its meaning
"""


def test_a_term_defined_as_a_kind_of_the_key_is_no_rival(tmp_path):
    """"lexical expression - linguistic expression that …" is a linguistic expression: beside it,
    "piece of language with form, meaning …" has two right answers (graded BAD)."""
    items = _items_of(tmp_path, EXPRESSION_NOTES)
    asked = [it for it in items if it.answer_text == "linguistic expression" and it.choices]
    assert not any({"lexical expression", "phrasal expression"} & set(it.choices) for it in asked), [
        it.choices for it in asked
    ]


def test_two_tags_jotted_beside_a_name_are_no_description():
    """"DHCP discover - broadcast, optional" and "DHCP offer - response, optional": "Which one is
    described as “broadcast, optional”?" tells the messages apart by nothing (graded BAD)."""
    from bot.quiz.items import QuizItem
    from bot.quiz.quality import problems

    def item(prompt: str) -> QuizItem:
        messages = ("DHCP discover", "DHCP offer", "DHCP request", "DHCP ack")
        return QuizItem(
            id="x", kind="mapping", prompt=prompt, choices=messages, answer=0,
            explanation="", source="notes.md", topic="", chunk_id="c",
        )

    assert "tags, not a description" in problems(item("Which one is described as “broadcast, optional”?"))
    assert not problems(item("Which one is described as “broadcast by a client looking for a server”?"))


RDT_NOTES = """# Transport layer

## Reliable data transfer

rdt2.0
- ACK - tell sender the packet was good
- NAK -> say it has errors
- new: error detection and feedback control
- Utilization: fraction of time the sender is busy sending
"""


def test_a_lowercase_lead_in_label_is_no_term(tmp_path):
    """'new' of "new: error detection …" is a lead-in, not a name: neither a key nor a rival beside
    ACK (graded BAD: it left ACK the only real candidate)."""
    items = _items_of(tmp_path, RDT_NOTES)
    assert not any("new" in it.choices for it in items), [(it.prompt, it.choices) for it in items]


COLONY_NOTES = """# New England

## Dissenters

#### Roger Williams
To maintain God's favor, the Massachusetts Bay magistrates removed anyone against their faith
- A main target was Roger Williams

#### Anne Hutchinson
Held weekly prayer meetings for women and accused the clergy of preaching good works

#### Thomas Hooker
Led his congregation out of Massachusetts to found Hartford in the Connecticut valley

#### John Winthrop
Governed the Massachusetts Bay colony and preached the city upon a hill
"""


def test_a_section_opening_on_a_purpose_clause_says_what_another_did(tmp_path):
    """"To maintain God's favor, the magistrates removed anyone …" under "Roger Williams" says what
    the magistrates did: asked as what describes Roger Williams, it had two right answers (BAD)."""
    items = _items_of(tmp_path, COLONY_NOTES)
    assert any(it.answer_text == "Thomas Hooker" for it in items), [it.prompt for it in items]
    assert not any("God's favor" in it.prompt for it in items), [it.prompt for it in items]


ARBITRARY_NOTES = """# Language

## non-arbitrariness
- onomatopoeia: words that imitate the natural sounds they name
- sound symbolism: sounds of a word associated with a meaning, like small vowels for small things
- iconicity: a resemblance between the form of a sign and what it means
- evidence: cross-linguistic comparisons
"""


def test_a_label_that_gives_what_a_line_is_for_is_no_term(tmp_path):
    """'evidence' of "evidence: cross-linguistic comparisons" is what the line gives of its section,
    not a thing of it: no key ("Which one is described as “cross-linguistic comparisons”?" was graded
    BAD) and no rival beside onomatopoeia."""
    items = _items_of(tmp_path, ARBITRARY_NOTES)
    assert items, "the three terms are still asked"
    assert not any("evidence" in it.choices or it.answer_text == "evidence" for it in items), [
        (it.prompt, it.choices) for it in items
    ]


def test_a_name_in_a_table_corner_keeps_its_capital(tmp_path):
    """"British Action" over the acts: "Which British action …?", as the notes write 'British' in
    running text, never "Which british action …?"; 'Action' is an everyday word set in a title."""
    notes = ACTS_NOTES + "\nThe acts raised British revenue and angered British merchants.\n"
    items = _items_of(tmp_path, notes)
    leads = {it.prompt.split(" has ")[0].split(" is ")[0] for it in items if it.kind == "table"}
    assert "Which British action" in leads, leads
    assert not any("british" in lead or "Action" in lead for lead in leads), leads


PRINCIPLES_NOTES = """# Accounting principles

### Conservatism

Conservatism - Accounting should reflect the more cautious valuation rather than the optimistic one.

### Consistency

**Consistency** - Practices and estimates stay the same from one reporting period to the next

### Entity Concept

**Entity Concept** - A business is identified apart from its owners and keeps its own records

### Going Concern

**Going Concern** - A business is expected to keep operating for the foreseeable future
"""


def test_a_section_that_opens_with_its_own_label_is_asked_among_its_siblings(tmp_path):
    """"### Conservatism" opened by "Conservatism - Accounting should reflect …": the sibling
    sections, each opened so, are the list its label belongs to."""
    items = _items_of(tmp_path, PRINCIPLES_NOTES)
    asked = [it for it in items if it.answer_text == "Conservatism" and it.choices]
    assert asked, [(it.prompt, it.choices) for it in items]
    assert all(set(it.choices) <= {"Conservatism", "Consistency", "Entity Concept", "Going Concern"}
               for it in asked), [it.choices for it in asked]


STORY_NOTES = """# Oedipus Intro

## Story Intro

### Sigmund Freud
- Came up with the oedipal complex.

### Comes across the sphinx
- Monster sent by Hera, the queen of the gods.

### Jocasta
- Queen of Thebes who married her own son.

### Tiresias
- Blind prophet who tells Oedipus the truth.

### Historical Context
- Athens was at war with Sparta when the play was first staged.
"""


def test_a_heading_that_tells_a_step_or_a_setting_is_no_sibling_of_named_things(tmp_path):
    """'Comes across the sphinx' (a step of the story told as a heading) and 'Historical Context' (the
    setting of what follows) beside 'Sigmund Freud' and 'Jocasta' are no names of one kind: offered
    as choices, they left one real candidate (graded BAD twice, literature notes, r333)."""
    names, items = _named_in(tmp_path, STORY_NOTES)
    shown = [(it.prompt, it.choices) for it in items]
    assert {"Sigmund Freud", "Jocasta", "Tiresias"} & names, shown
    assert not {"Comes across the sphinx", "Historical Context"} & names, shown


UTILITY_NOTES = """# Lecture Notes

## Week 1 Thursday: Well-Being
- Utilitarianism -- the morally right act is the one which produces the greatest happiness.
- Attractions
  - Intuition: well-being matters
  - Intuition: moral rules must be evaluated on consequences
- Six specific objections: pig philosophy, abhorrent actions, demandingness, separateness of persons
- Pig philosophy: Hedonistic focus of pleasure excludes important non-pleasures
- Demandingness: it asks every agent to give up nearly everything for strangers
- Separateness of persons: sums of welfare ignore whose welfare it is
- Three major components of utilitarianism
  - Consequentialism: the right thing to do is to bring about as much good as possible
  - Impartiality: all goods are counted equally
  - Welfarism: what is good is well-being and happiness only
- Act utilitarianism: each act is judged by its own consequences
- Rule utilitarianism: acts are judged by the rules they follow
"""


def test_an_item_that_counts_its_sub_items_sets_their_question(tmp_path):
    """"- Three major components of utilitarianism" over three labelled sub-items says what they are:
    one kind, asked "Three major components of utilitarianism: which component …?", though the
    lecture's many other labels make the section read like a vocabulary of many kinds."""
    items = _items_of(tmp_path, UTILITY_NOTES)
    asked = [it for it in items if it.answer_text in ("Consequentialism", "Impartiality", "Welfarism")]
    assert asked, [(it.prompt, it.choices) for it in items]
    lead = "Three major components of utilitarianism: which component"
    assert all(it.prompt.startswith(lead) for it in asked), [it.prompt for it in asked]


def test_a_stem_word_only_the_key_and_its_own_repeal_echo_gives_the_key_away():
    """"Required a tax stamp …" names the Stamp Act; 'Repeal of Stamp Act' echoes 'stamp' only through
    the key's own name, so the word still points at one choice (graded BAD)."""
    from bot.quiz.quality import problems

    acts = ("Stamp Act (1765)", "Repeal of Stamp Act (1766)", "Sugar Act (1764)", "Currency Act (1764)")
    stem = "Which British action is described by “Required a tax stamp on printed items”?"
    asked = _choice_item(stem, acts, 0)
    assert "gives the answer away" in problems(asked)


def test_words_said_twice_running_are_garbled():
    """"more than one than one arrangement" and "the the" are slips of the notes, not a stem to post."""
    from bot.quiz.quality import problems

    names = ("Isomers", "Resonance", "Formal charge")
    stutter = "Which one is described as “more than one than one arrangement of atoms for a formula”?"
    assert "garbled: words said twice" in problems(_choice_item(stutter, names, 0))
    plain = "Which one is described as “more than one arrangement of atoms for a formula”?"
    assert "garbled: words said twice" not in problems(_choice_item(plain, names, 0))


DEPROTONATION_NOTES = """# Mechanisms

## When to deprotonate
| Situation | Apply Deprotonation? | Reason |
|---|---|---|
| Oxygen with three bonds and a positive charge | Yes | A proton must go to leave a neutral product |
| Nitrogen with four bonds and a positive charge | No | Quaternary ammonium ions are stable with a charge |
| Leaving group departs without gaining a proton | No | No positive intermediate needs neutralizing |
"""


def test_the_reason_of_a_yes_or_no_column_is_not_asked_without_it(tmp_path):
    """"Which situation has the reason “Quaternary ammonium ions are stable …”?" leaves out what it is
    the reason for (whether to deprotonate, a yes-or-no column that is not asked): graded BAD."""
    items = _items_of(tmp_path, DEPROTONATION_NOTES)
    assert not any("reason" in it.prompt.lower() or "Quaternary" in " ".join(it.choices) for it in items), [
        (it.prompt, it.choices) for it in items
    ]


HEDGED_NOTES = """# Structures

## Drawing molecules

### Resonance

Resonance spreads the electrons of one bond over several atoms of a molecule.

### Formal charge

Formal charge is the charge given to one atom of a Lewis structure by counting its electrons.

### Isomers

Sometimes, more than one arrangement of atoms is possible for a given molecular formula.

### Octet rule

The octet rule says that second-row atoms hold at most eight electrons in their valence shell.
"""


def test_a_section_opening_on_how_often_says_when_not_what(tmp_path):
    """"Sometimes, more than one arrangement of atoms is possible …" under "Isomers" says when
    something happens, not what isomers are: not asked as what describes them."""
    items = _items_of(tmp_path, HEDGED_NOTES)
    assert not any("Sometimes" in it.prompt for it in items), [it.prompt for it in items]


REFRESHER_NOTES = """# Astronomy

## Quick Chemistry Refresher
- Atomic Number: The number of protons in the nucleus of an atom
- Mass Number: The total number of protons and neutrons in the nucleus of an atom
- Isotopes: Atoms of the same element that have different numbers of neutrons
- Molecules: A group of atoms bonded together
"""


def test_a_study_aid_heading_sets_no_question(tmp_path):
    """"In “Quick Chemistry Refresher”, which one …?" quotes a study aid's title the reader never
    sees (graded odd, twice); a refresher or a primer is filed under its purpose, not a thing."""
    items = _items_of(tmp_path, REFRESHER_NOTES)
    assert items, "the terms are still asked"
    assert not any("Refresher" in it.prompt for it in items), [it.prompt for it in items]


FACTOR_NOTES = """# Acids

## Acidity trends
| Factor | Trend in Acidity | Explanation |
|---|---|---|
| **Down a Group (e.g., HCl to HI)** | Acidity increases | Larger atoms form weaker bonds with H |
| **Across a Period (e.g., CH4 to HF)** | Acidity increases | More electronegative atoms hold the charge |
| **Inductive Effect** | Electron-withdrawing groups increase acidity | Nearby groups pull electron density |
| **Resonance** | Resonance stabilization increases acidity | The charge is spread over several atoms |
| **Hybridization** | More s-character = stronger acid | s orbitals hold the charge closer |
| **Solvent Effects** | Protic solvents stabilize acids | Hydrogen bonds stabilize the conjugate base |
"""


def test_a_row_named_by_where_it_holds_is_no_rival_of_a_thing(tmp_path):
    """'Across a Period' and 'Down a Group' say where a trend holds: beside 'Resonance' and
    'Hybridization' they were graded off-type, four times."""
    items = _items_of(tmp_path, FACTOR_NOTES)
    things = [it for it in items if it.answer_text in ("Inductive Effect", "Resonance", "Hybridization")]
    assert things, [(it.prompt, it.choices) for it in items]
    assert not any(c.startswith(("Across", "Down")) for it in things for c in it.choices), [
        it.choices for it in things
    ]


ISOMER_NOTES = """# Isomers

## Types of isomers
| Term | Definition | Key Characteristics |
|---|---|---|
| Structural Isomers | Same formula but different connectivity | Examples: chain isomers |
| Stereoisomers | Same connectivity, another arrangement | Includes enantiomers and diastereomers |
| Conformational Isomers | Isomers that differ by rotation around single bonds | Flexible |
| Configurational Isomers | Isomers that need bonds broken | Includes enantiomers and diastereomers |
| Enantiomers | Non-superimposable mirror-image molecules | Opposite configurations at every center |
| Diastereomers | Stereoisomers that are not mirror images | Different configurations at some centers |
"""


def test_a_wider_term_is_no_rival_of_the_kinds_it_includes(tmp_path):
    """"Diastereomers | Stereoisomers that are not mirror images" and "Configurational Isomers |
    Includes enantiomers and diastereomers": what is said of a diastereomer is true of a stereoisomer,
    and "Includes enantiomers and diastereomers" is true of Stereoisomers as well (graded two right
    answers)."""
    items = _items_of(tmp_path, ISOMER_NOTES)
    wider = {"Stereoisomers", "Configurational Isomers"}
    kinds = [it for it in items if it.answer_text in ("Enantiomers", "Diastereomers")]
    assert kinds, [(it.prompt, it.choices) for it in items]
    assert not any(wider & set(it.choices) for it in kinds), [it.choices for it in kinds]
    includes = [it for it in items if "Includes enantiomers" in it.prompt]
    assert all(len(wider & set(it.choices)) == 1 for it in includes), [it.choices for it in includes]


def test_a_rival_the_stem_negates_is_no_rival():
    """"Achiral molecule with stereogenic centers …" rules out 'Chiral' by its own words."""
    from bot.quiz.quality import problems

    cases = {"Achiral molecule with internal symmetry": True, "Molecule with internal symmetry": False}
    for described, ruled_out in cases.items():
        asked = _choice_item(f"Which term is described by “{described}”?", ("Meso", "Chiral"), 0)
        assert ("a rival the stem rules out" in problems(asked)) is ruled_out, described


def test_singular_rows_are_no_rivals_of_things_named_in_the_plural(tmp_path):
    """'Achiral' and 'Meso Compound' rows among 'Enantiomers' and 'Structural Isomers': a property and
    a compound among kinds of isomers, graded off-type twice; rows named in the plural are the kind."""
    notes = ISOMER_NOTES.rstrip("\n") + (
        "\n| Achiral | Superimposable on its own mirror image | Symmetric |"
        "\n| Meso Compound | Has centers but an internal plane of symmetry | Optically inactive |\n"
    )
    items = _items_of(tmp_path, notes)
    kinds = [it for it in items if it.answer_text in ("Enantiomers", "Diastereomers") and it.choices]
    assert kinds, [(it.prompt, it.choices) for it in items]
    odd = {"Achiral", "Meso Compound"}
    assert not any(odd & set(it.choices) for it in kinds), [it.choices for it in kinds]


SPIKE_NOTES = """# Neuronal electrophysiology

## Chapter 5

**1. Action potentials**
- **Threshold:** -55 mV membrane potential that initiates an action potential
- **All-or-nothing:** Once threshold is reached, action potential amplitude is the same
- **Self-regenerative:** Once initiated, the action potential propagates along the axon by itself
- **Refractory period:** Time after initiation during which a new action potential cannot start
"""


def test_a_list_that_speaks_of_its_caption_gives_aspects_not_kinds(tmp_path):
    """"**Action potentials**" over 'Threshold', 'All-or-nothing' and 'Refractory period', each line
    about an action potential: "Which action potential is described as …?" calls a property an action
    potential. The list is asked as any list."""
    items = _items_of(tmp_path, SPIKE_NOTES)
    asked = [it for it in items if it.answer_text in ("Threshold", "All-or-nothing", "Refractory period")]
    assert asked, [(it.prompt, it.choices) for it in items]
    assert not any("Which action potential" in it.prompt for it in asked), [it.prompt for it in asked]


COURSEWORK_NOTES = """# Disorders

## Criteria
- **Maladaptive:** destructive to oneself or to others
- **Unjustifiable:** has no rational basis in the situation
- **Disturbing:** troubling to other people around the person
- **Atypical:** so different that it violates the norms of a culture

## Disorder Assignment: Conversion Disorder

### MUDA of Conversion Disorder

#### Maladaptive
- Causes the person to have seizures, dysphagia, and chronic fatigue
#### Unjustified
- Gets dizzy, has lack of energy, and pain
#### Disturbing
- Passing out makes the person rely on others to protect their body
#### Atypical
- Has unusual spasms
"""


def test_a_students_own_assignment_is_no_quiz_material(tmp_path):
    """"## Disorder Assignment: Conversion Disorder" holds the student's own answer to a task:
    "Which one gets dizzy, has lack of energy, and pain?" read as nonsense (graded BAD four times).
    The criteria themselves are still asked."""
    items = _items_of(tmp_path, COURSEWORK_NOTES)
    assert any("destructive to oneself" in it.prompt.lower() for it in items), [it.prompt for it in items]
    assert not any("dizzy" in it.prompt or "spasms" in it.prompt for it in items), [it.prompt for it in items]


MYELIN_NOTES = """# The neuron

## Myelin
- **Internode:** Segment of axon wrapped by a myelin sheath between nodes
- **Nodes of Ranvier:** Gaps in myelin sheath where the axon is exposed to extracellular space
- **Saltatory conduction:** Provides fast conduction as the signal jumps from node to node
"""


def test_a_plural_label_takes_no_verb_in_s(tmp_path):
    """"Nodes of Ranvier: gaps in myelin sheath …": a plural subject would say 'gap', so 'gaps' is a
    noun, and "Which one gaps in myelin sheath …?" is garbled (graded WEAK). "Provides fast
    conduction" of a singular label still reads as what it does."""
    items = _items_of(tmp_path, MYELIN_NOTES)
    prompts = [it.prompt for it in items]
    assert not any(p.startswith("Which one gaps") for p in prompts), prompts
    assert any("“Gaps in myelin sheath" in p for p in prompts), prompts


KIDNEY_CARE_NOTES = """# Kidney care

## Management
1. **Diet regimen**: restrict protein, potassium and phosphorus intake to slow the decline of the kidneys.
2. **Medications**: binders lower serum phosphate and vitamin D supports the bones of the patient.
3. **Prevention of progression**: it is vital to treat the underlying cause of the failing kidneys.
4. **Dialysis**: a machine filters the blood of waste when the kidneys no longer manage it at all.
"""


def test_a_labels_line_whose_it_stands_for_what_follows_is_not_asked_of_the_label(tmp_path):
    """"Prevention of progression: it is vital to treat the underlying cause": the "it" is the clause
    after, not the label, so "Which one is vital to treat the underlying cause?" is nonsense (graded
    BAD); the other labels of the list are still asked."""
    items = _items_of(tmp_path, KIDNEY_CARE_NOTES)
    assert not any("vital" in it.prompt for it in items)
    assert any(it.answer_text == "Dialysis" for it in items)


CONGRESS_NOTES = """# Congress

## Chambers compared
| Points | House of Commons | House of Lords | Regional Assembly |
| - | - | - | - |
| **Members** | 435 people | 100 senators | 60 delegates |
| **Term Length** | 2 years | 6 years | 4 years |
| **Minimum Age** | 25 years | 30 years | 21 years |

## Federalism †
### 4 Requirements
- **Legal powers**: regional governments must have power to form their own political structure.
- **Revenue powers**: regional governments must be able to raise their own taxes from their people.
- **Cultural identity**: regions keep a historical, social and cultural identity of their own.
- **Functional authority**: regions hold responsibility for functional areas such as schooling.

## Reading Maps
- **Contour lines**: curves that join points of equal height above sea level on the sheet.
- **Scale bar**: a ruled line that converts a distance on the sheet into one on the ground.
- **Compass rose**: a figure that shows which way north, south, east and west lie on the sheet.
"""


def test_a_lists_kind_drops_its_count_and_a_task_heading_names_no_kind(tmp_path):
    """"### 4 Requirements" asks "Which requirement …?", not "Which 4 Requirement …?"; "## Reading Maps"
    is a task, and its items are no maps ("Which Reading Map …?" was graded garbled). A footnote's mark
    is no part of a heading's name ("Federalism †")."""
    items = _items_of(tmp_path, CONGRESS_NOTES)
    prompts = [it.prompt for it in items]
    assert any(p.startswith("In “Federalism”, which requirement is described as") for p in prompts)
    assert not any("4 Requirement" in p or "†" in p for p in prompts)
    maps = [it for it in items if it.answer_text in ("Scale bar", "Compass rose", "Contour lines")]
    assert maps and not any("Reading Map " in it.prompt for it in maps)


def test_a_table_whose_corner_says_its_rows_are_points_compares_its_columns(tmp_path):
    """"| Points | House of Commons | House of Lords | …" over 'Members' and 'Term Length': the columns are
    the things compared and the rows what they are compared on. "Which point has the house of lords
    “6 years”?" was graded garbled; a count ('435 people') of a plural row is asked as a number."""
    items = _items_of(tmp_path, CONGRESS_NOTES)
    asked = {it.prompt: it.answer_text for it in items if it.kind == "table"}
    setting = "In “Chambers compared”, "  # the table's title
    assert asked.get(f"{setting}what is the term length of House of Lords?") == "6 years"
    assert asked.get(f"{setting}what is the number of members of House of Commons?") == "435 people"
    assert not any("point" in p.lower() for p in asked)


def test_a_bound_on_a_value_is_no_description():
    """"Normally less than 0.44 s" is true of every wave whose length is under it (graded two right
    answers); a bound inside a sentence that says more is a description."""
    from bot.quiz.quality import problems

    waves = ("QT Interval", "P Wave", "QRS Complex", "PR Interval")
    bound = _choice_item("Which ECG wave parameter is described as “Normally less than 0.44 s”?", waves, 0)
    assert "a bare value described" in problems(bound)
    up_to = _choice_item("Which ECG wave parameter is described as “up to 0.10s”?", waves, 1)
    assert "a bare value described" in problems(up_to)
    said = "Which ECG wave parameter is described as “ventricular depolarization, less than 0.12 s”?"
    assert "a bare value described" not in problems(_choice_item(said, waves, 2))


def test_a_sibling_function_opening_its_own_section_with_the_is_a_rival_not_a_second_answer(tmp_path):
    """"The ceil() function … returns the integer value" is ceil's own line, as much as "ceil() returns
    …" would be: it does not make ceil fit floor's "returns the nearest integer that is less …"."""
    notes = (
        "# Rounding\n\n## floor() function\n\nThe floor() function returns the nearest integer that is less"
        " than or equal to the provided number.\n\n## ceil() function\n\nThe ceil() function returns the"
        " nearest integer that is greater than or equal to the provided number. The ceil() function takes"
        " only one argument and returns the integer value.\n\n## trunc() function\n\n"
        "The trunc() function drops the fractional part of the number.\n\n## round() function\n\nThe"
        " round() function returns the number rounded to the given digits. A number rounded up gets larger"
        " and a number rounded down gets smaller. Rounding the number 9.99 gives the number 10.\n"
    )
    floor = _asking(tmp_path, notes, "integer that is less")
    assert floor is not None and "ceil() function" in floor.choices
    assert floor.answer_text == "floor() function"


def test_a_word_every_name_of_a_list_shares_gives_nothing_away(tmp_path):
    """'Class B range' asked by "Half the range of class A": 'class' and 'range' are in every choice, so
    the stem saying them tells no choice from another."""
    notes = (
        "# Addressing\n\n## Classful addressing\n\n- Class A range: Started at 0.0.0.0 and ended at"
        " 127.255.255.255\n- Class B range: Half the range of class A, from 128.0.0.0 to 191.255.255.255\n"
        "- Class C range: Half of the range of class B, from 192.0.0.0 to 223.255.255.255\n"
        "- Class D range: Kept for multicast, from 224.0.0.0 to 239.255.255.255\n"
    )
    half = _asking(tmp_path, notes, "Half the range of class A")
    assert half is not None and half.answer_text == "Class B range"
    assert "Class A range" not in half.choices  # the stem names it: no rival (r214)


def test_a_kind_said_to_be_a_type_has_for_rivals_the_siblings_named_as_its_kind_too(tmp_path):
    """'Multiple Inheritance', "a type of inheritance in which …", has one sibling said to be a type;
    'Hybrid Inheritance', "a mix of all inheritance …", is named as one too and is a fair rival."""
    notes = (
        "# Inheritance\n\nInheritance is the process of passing the attributes of a parent class to a"
        " child class.\n\n## Single Inheritance\n\nSingle Inheritance refers to the inheritance in which a"
        " child class inherits attributes from one parent class.\n\n## Multiple Inheritance\n\nMultiple"
        " Inheritance is a type of inheritance in which a class inherits features from more than one"
        " parent class.\n\n## Multilevel Inheritance\n\nMultilevel Inheritance is a type of inheritance in"
        " which a child class inherits from a parent class that itself inherits from its own parent.\n\n"
        "## Hybrid Inheritance\n\nHybrid Inheritance is a mix of all inheritance where different levels of"
        " classes are inherited.\n"
    )
    many = _asking(tmp_path, notes, "more than one parent class")
    assert many is not None and len(many.choices) >= 3 and many.answer_text == "Multiple Inheritance"


def test_a_name_a_section_says_of_its_own_subject_is_no_rival_of_it(tmp_path):
    """"Deployment object is …" in Deployment's own section names Deployment again: asked beside it, it is
    one thing twice, and the question has its sibling sections for rivals instead."""
    notes = (
        "# What is Kubernetes?\n\n## Deployment\n\n- A Deployment provides declarative updates for Pods and"
        " ReplicaSets.\n- We define states in the deployment, and the deployment controller keeps the desired"
        " state.\n- Deployment object is the higher level object that controls and keeps the state of"
        " pods automatically.\n- Imperative way:\n\n"
        "## ConfigMap\n\n- ConfigMap stores data with key-value pairs.\n\n"
        "## Stateful Set\n\n- Stateful Set provides to run stateful apps.\n\n## Ingress controller\n\n"
        "- Ingress controller is a layer 7 load balancer that works inside the cluster.\n"
    )
    updates = _asking(tmp_path, notes, "declarative updates")
    assert updates is not None and updates.answer_text == "Deployment"
    assert "Deployment object" not in updates.choices and len(updates.choices) >= 3


def test_a_table_whose_columns_are_single_letters_is_a_worked_example_not_facts(tmp_path):
    """"| A | B | C |" over 'a1 | b1 | c1' is a sample relation to reason about: "Which a has the C “c3”?"
    asks nothing the notes teach."""
    notes = (
        "# Design theory\n\n## Functional dependency\n\nA functional dependency X → Y holds when rows that"
        " agree on X agree on Y.\n\n| A | B | C |\n| --- | --- | --- |\n| a1 | b1 | c1 |\n| a2 | b1 | c2 |\n"
        "| a3 | b2 | c1 |\n| a4 | b2 | c2 |\n| a5 | b3 | c3 |\n"
    )
    assert not [it for it in _items_of(tmp_path, notes) if it.kind == "table"]


def test_labels_that_finish_their_lead_in_sentence_are_not_terms(tmp_path):
    """"… in an environment that is: **shared** - concurrent access …": 'shared' says what the environment
    is like, it names no thing; "The term for “concurrent access by multiple users” is ____" (shared)
    asks for a word of a sentence, not a term."""
    notes = (
        "# Transactions\n\nA database provides a valuable information resource in an environment that is:\n\n"
        "* **shared** - concurrent access by multiple users\n* **unstable** - potential for hardware and"
        " software failure\n\nEach user should see the system as:\n\n* **unshared** - their work is as if"
        " they are the only user\n* **stable** - the data survives in the face of system failures\n\n"
        "## Kinds of failure\n\nThe kinds of failure are:\n\n* **Crash** - the server stops and loses its"
        " memory\n* **Media failure** - a disk loses the data written to it\n* **Deadlock** - two"
        " transactions each wait for a lock the other holds\n"
    )
    answers = {it.answer_text for it in _items_of(tmp_path, notes)}
    assert not answers & {"shared", "unstable", "unshared", "stable"}
    assert answers & {"Crash", "Media failure", "Deadlock"}  # "The kinds of failure are:" lists things


def test_a_mark_every_choice_carries_is_left_off_the_choices(tmp_path):
    """'Stage 3 Anaphase (HL)' beside 'Stage 1 Prophase (HL)': the course level every label carries tells
    no choice apart; the choices and the questions that name them read without it."""
    notes = "# Cell division\n\n## Stages of mitosis\n\n" + "".join(
        f"### Stage {n} {name} (HL)\n\n- {line}\n\n"
        for n, name, line in (
            (1, "Prophase", "Chromosomes become visible and the nucleolus disappears"),
            (2, "Metaphase", "Chromosomes line up along the equator of the spindle"),
            (3, "Anaphase", "Sister chromatids separate and move to opposite poles"),
            (4, "Telophase", "A nuclear membrane forms around each set of chromosomes"),
        )
    )
    items = _items_of(tmp_path, notes)
    staged = [it for it in items if any("Stage" in c for c in it.choices) or "Stage" in it.prompt]
    assert staged
    assert not any("(HL)" in c for it in staged for c in it.choices)
    assert not any("(HL)" in it.prompt for it in staged)


def test_a_word_a_sentence_defines_in_bold_is_typed_from_its_definition(tmp_path):
    """"A **transaction** is an atomic unit of work …": the bold sets the everyday word out as the term
    the sentence defines, so it is asked as a blank; "____ is a database management system …" spells out
    DBMS and is not."""
    notes = (
        "# Databases\n\n## Overview\n\n- a **DBMS** is a database management system which is software to"
        " manage data, control access and enforce constraints\n\n## Transactions\n\nA **transaction** is an"
        " atomic unit of work in an application which may require multiple database changes.\n"
    )
    blanks = {it.answer_text: it for it in _items_of(tmp_path, notes) if it.is_cloze}
    assert "transaction" in blanks
    assert blanks["transaction"].prompt.startswith("____ is an atomic unit of work")
    assert "DBMS" not in blanks


def test_a_line_that_says_what_its_term_is_needs_no_heading_before_it(tmp_path):
    """"Vacuoles are membrane-bound sacs …" says what vacuoles are wherever it stands: "In “The Cell”,
    which of these are …?" only points at a heading (graded odd five times of seven)."""
    # a student's notes as written (fresh set P), images and rules between sections kept
    lines = [
        '# The Cell',
        'The smallest unit of living matter',
        '## Organelles',
        'Cells contain a variety of internal structures called **organelles**',
        'An organelle is a cell component that **performs functions for the cell**',
        '### Ribosomes',
        '![Ribosomes](the-cell/ribosomes.png)',
        'Ribosomes can be seen as red dots in this cell',
        'Their function is to make proteins',
        '---',
        '### Cytoplasm',
        'Cytoplasm is a clear jelly like fluid that fills the cell',
        'It contains all the organelles within the cell',
        '![Cytoplasm](the-cell/cytoplasm.png)',
        (
            'When the cell cytoplasm fills with water, it pushes the cell membrane against the '
            'cell wall making the cell turgid (rigid and firm). When the plant is short of water,'
            ' the cells become flaccid (soft) and the plant wilts'
        ),
        '---',
        '### Chloroplast',
        '![Chloroplast 1](the-cell/chloroplast-1.png)',
        'The function of chloroplasts is Photosynthesis',
        '![Chloroplast 2](the-cell/chloroplast-2.png)',
        'The thylakoids contain the chlorophyll which traps the sun’s energy',
        '---',
        '### Cell Wall',
        'The cell wall is rigid and gives plant cells a very defined shape.',
        'The cell wall is composed of cellulose fibre, polysaccharides, and proteins.',
        'The function of the cell wall is to support and strengthen the cell.',
        '![Cell Wall](the-cell/cell-wall.png)',
        '---',
        '### Vacuoles',
        'Vacuoles are membrane-bound sacs within the cytoplasm of a cell',
        (
            'Vacuoles provide structural support, as well as serving functions such as storage, '
            'waste disposal, protection and growth.'
        ),
        'Plant cells have large vacuoles',
        '![Vacuoles](the-cell/vacuoles.png)',
    ]
    sacs = _asking(tmp_path, "\n\n".join(lines) + "\n", "membrane-bound sacs")
    assert sacs is not None and sacs.prompt.startswith("Which of these are membrane-bound sacs")


def test_a_plural_the_notes_count_opens_a_line_as_its_subject_not_as_a_verb(tmp_path):
    """"Fibres contract, chromosomes pulled apart" is not "Which one fibres contract …?": "has 2 fibres
    attached" counts fibres, so they are things, the line's subject, and it is quoted as said."""
    notes = "# Cell division\n\n## Stages of mitosis\n\n" + "".join(
        f"### Stage {n} {name}\n\n" + "".join(f"- {line}\n" for line in lines) + "\n"
        for n, name, lines in (
            (1, "Prophase", ("Chromosomes become visible", "Each chromosome has 2 fibres attached")),
            (2, "Metaphase", ("Chromosomes line up along the equator of the cell",)),
            (3, "Anaphase", ("Fibres contract, chromosomes pulled apart",)),
            (4, "Telophase", ("A nuclear membrane forms around each set of chromosomes",)),
        )
    )
    stems = _stems_of(tmp_path, notes)
    assert "Which one is described as “Fibres contract, chromosomes pulled apart”?" in stems
    assert not any(p.startswith("Which one fibres") for p in stems)


def test_an_either_or_whose_one_rival_names_its_own_row_is_not_asked(tmp_path):
    """"What is the number of members of the House?" between "435 people" and "100 senators": the Senate's
    cell says whose it is, so the either-or answers itself; the two chambers a table compares are still
    asked by their other cells."""
    notes = (
        "# Parliament\n\n## Chambers\n\n| Feature | Bundestag | Bundesrat |\n| --- | --- | --- |\n"
        "| Chair | Elected speaker of the lower house | Head of the Bundesrat, rotating yearly |\n"
        "| Leader | President chosen by the majority | President rotating among the states |\n"
    )
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "table"]
    assert items  # the chambers are still asked by their cells
    assert not any("Head of the Bundesrat, rotating yearly" in it.choices for it in items)


def test_a_statement_that_files_its_subject_under_a_listed_kind_is_not_asked(tmp_path):
    """"A class is a building block of an OOP" beside "Building blocks of an OOP" (objects, classes,
    methods): each of them is one, so "Which one is a building block of an OOP?" has several answers."""
    notes = (
        "# OOP\n\n## Building blocks of an OOP\n\n- Classes: user-defined data types that act as a blueprint"
        " for objects\n- Objects: instances of a class that hold specific data\n- Methods: functions"
        " defined inside a class that describe behaviours\n\n## Python Classes\n\nA class is a building"
        " block of an OOP. A class is created with the class keyword.\n\n## Keywords\n\n| Keyword |"
        " Description |\n| --- | --- |\n| def | used to define a function |\n| del | used to delete an"
        " object |\n| assert | used to test a condition |\n| class | used to define a class |\n"
    )
    assert _asks_but_never(tmp_path, notes, "a building block of an OOP?")


GENE_TERMS = """# DNA and RNA

## Important Definitions

| Terms | Definitions |
|-|-|
| Triplet (codon) | A sequence of three bases |
| Genetic code | A sequence of three bases (codon or triplet) that represents a code for an amino acid |
| Anti codon | A sequence of three bases on the tRNA that complement three bases on the mRNA |
| Genetic screening | The testing of DNA for an altered gene |
| Protein synthesis | The making of a protein |
| Translation | The making of a protein using the mRNA code |
| Transcription | The making of mRNA from DNA |
"""


def test_a_table_row_is_a_rival_unless_its_own_cell_says_the_key_whole(tmp_path):
    """Translation ("The making of a protein using the mRNA code") shares words with Transcription's "The
    making of mRNA from DNA" and is its natural rival; Genetic code ("A sequence of three bases (codon or
    triplet) that …") says Triplet's line whole and would be a second right answer."""
    items = [it for it in _items_of(tmp_path, GENE_TERMS) if it.kind == "table"]
    transcription = [it for it in items if "“The making of mRNA from DNA”" in it.prompt]
    assert transcription and "Translation" in transcription[0].choices
    triplet = [it for it in items if "“A sequence of three bases”" in it.prompt]
    assert not any("Genetic code" in it.choices or "Anti codon" in it.choices for it in triplet)


def test_a_description_with_a_label_of_its_own_is_not_asked():
    """"Purkinje cells: Inhibitory, GABAergic" for Projection: the line names the cells it is about, and
    the question asks for their category by that name (graded odd twice on fresh neuroscience notes)."""
    from bot.quiz.quality import problems

    labelled = _choice_item(
        "In “Cerebellar Cortex”, which cell type is described as “Purkinje cells: Inhibitory, GABAergic”?",
        ("Granule cells", "Local Interneurons", "Projection"),
        2,
    )
    plain = _choice_item(
        "Which one is described as “Inhibitory, GABAergic, the only output of the cortex”?",
        ("Granule cells", "Local Interneurons", "Projection"),
        2,
    )
    assert "a label inside the description" in problems(labelled)
    assert "a label inside the description" not in problems(plain)


def test_review_bounds_of_this_stops_rules(tmp_path):
    """Where each new rule stops: an acronym is not read into small words or one word's letters ("the
    computer" is no TCP); a superlative keeps its section ("which one is the cheapest tier"); a list after
    "classified as:" lists things; a count after "step 2" is no count; "Most significant bit is …" is
    no remark on how many; "is a protein" is not filed under "Protein synthesis"; a clause before a colon
    is no label; max('Apple', 'apple') is asked, upper() is not."""
    from bot.quiz.code_results import _recased
    from bot.quiz.quality import _labelled
    from bot.quiz.section_facts import _HEDGED
    from bot.quiz.wording import _DEFINES_ITSELF, _PREDICATE_LEAD
    from bot.text import spells_out

    assert spells_out("DBMS", "____ is a database management system which is software")
    assert not spells_out("TCP", "which makes sure the computer gets every packet")
    assert not spells_out("API", "Which one is a pipeline of requests?")
    assert _DEFINES_ITSELF.match("Which of these are membrane-bound sacs within the cytoplasm?")
    assert not _DEFINES_ITSELF.match("Which one is the cheapest tier, on spinning disks?")
    assert _PREDICATE_LEAD.search("in an environment that is:")
    assert _PREDICATE_LEAD.search("see the system as:")
    assert not _PREDICATE_LEAD.search("Common linear structures are classified as:")
    assert not _PREDICATE_LEAD.search("Data structures such as:")
    assert _HEDGED.match("Many tort actions result from car accidents")
    assert not _HEDGED.match("Most significant bit is the leftmost bit")
    assert _labelled("Purkinje cells: Inhibitory, GABAergic")
    assert not _labelled("Two stages happen here: copying and splitting")
    assert _recased("'john'.upper()", "JOHN") and not _recased("max('Apple', 'apple')", "apple")
    builder = _builder_of(
        tmp_path,
        "# Loops\n\nThe loop ends when step 2 returns a value.\n\n## Amino acids\n\nA protein is a chain"
        " of amino acids.\n\n## Protein synthesis\n\nRibosomes make proteins from the mRNA code.\n",
    )
    builder.build()
    assert builder.is_verb("returns", "the")
    assert not builder._one_of_those_listed("is a protein")
    from bot.quiz.wording import _DEFINES_ALONE

    assert _DEFINES_ALONE.match("is the watery liquid inside the cell membrane")
    assert not _DEFINES_ALONE.match("is the cheapest tier, on spinning disks")


def test_a_sentence_saying_alike_of_two_things_sets_them_side_by_side(tmp_path):
    # "HTTP uses pull, SMTP uses push": one verb, two subjects, each with its own object
    notes = """# Courier services

## Couriers
- PGP carries short letters across rivers in under an hour.
- RLR carries parcels between towns along the old roads.
- PGP uses trained birds, RLR uses fresh horses at every station.
- Both were replaced by the telegraph.
"""
    # either side is asked (before the bank keeps one question per line) with the other as its
    # rival: the sentence that names both is neither's second right answer
    made = {it.answer_text: it for it in _builder_of(tmp_path, notes).build() if " uses " in it.prompt}
    assert set(made) == {"PGP", "RLR"}
    assert "fresh horses" in made["RLR"].prompt and "trained birds" in made["PGP"].prompt
    assert all(set(it.choices) == {"PGP", "RLR"} for it in made.values())
    assert _asking(tmp_path, notes, "uses") is not None


def test_points_made_about_one_thing_are_not_asked_as_which_thing(tmp_path):
    # a numbered list of what language does is a list of points about language, not of things: the
    # labels beside it (gestures, a hypothesis about language) communicate too, or are about it
    notes = """# Culture

## Symbolic culture

- **Gestures**: the ways in which people use their bodies to communicate with one another.
- **Language**: a system of symbols that can be combined in countless ways to communicate abstract thought.
  1. Language allows a shared past by letting us talk about events that are gone.
  2. Language enables us to agree on times, dates, and places.
  3. Language allows shared perspectives by communication.
- **Whorf Hypothesis**: the hypothesis that language creates ways of thinking and perceiving.
"""
    assert _asks_but_never(tmp_path, notes, "one allows")


def test_a_siblings_own_line_that_holds_the_whole_clue_is_a_second_right_answer(tmp_path):
    # run of definitions: each line sets its own subject apart on the same terms, but a consolidation,
    # after which both firms cease to exist, is also one after which the target ceases to exist
    notes = """# Mergers

## Kinds of merger

- A *statutory merger* results in the target company ceasing to exist.
- A *subsidiary merger* results in the acquired firm continuing as a unit of the buyer.
- A *consolidation* results in both the target company and the buyer ceasing to exist.
- A *reverse merger* results in a private firm gaining a listing through a listed shell company.
"""
    items = [it for it in _items_of(tmp_path, notes) if "results in the target company ceasing" in it.prompt]
    assert items and all("consolidation" not in it.choices for it in items)
    # a line that says the clue's terms with a 'not' or an 'only' of its own says something else
    turned = notes.replace("both the target company and the buyer ceasing", "the target company not ceasing")
    items = [it for it in _items_of(tmp_path, turned) if "results in the target company ceasing" in it.prompt]
    assert items and all("consolidation" in it.choices for it in items)
    # the lines that only share some terms stay rivals of each other
    assert _asking(tmp_path, notes, "continuing as a unit") is not None


def test_how_much_a_term_matters_is_no_definition_to_blank(tmp_path):
    # "Language is key as it allows ...": a blank other words fill as well ('communication')
    notes = """# Socialization

### Society makes us human

- Sociologists studied **feral children** and **isolated children** to see how much nature and nurture
  matter. They found out some important aspects:
  - *Language* is key as it allows us to have a culture, shared ideas, and connections with others.
  - **The Skeels Experiment:** babies cared for by women had a much higher IQ than babies in orphanages.
- **Socialization:** the process by which people learn the characteristics of their group.
"""
    stems = _stems_of(tmp_path, notes)
    assert stems
    assert not any("is key as it allows" in s for s in stems)


def test_a_party_to_an_act_is_no_rival_of_the_act(tmp_path):
    # 'grantor' and 'grantee' beside 'grant': people, where the key is a transfer (graded off-type)
    notes = """# Property

## Transfers of land

- **grant**: a transfer of land made by a written instrument rather than by inheritance
- **grantor**: the person who gives up the land under the instrument
- **grantee**: the person who receives the land under the instrument
- **devise**: a gift of land left to someone in a will
- **lease**: a right to occupy land for a fixed term in return for rent
"""
    item = _asking(tmp_path, notes, "a transfer of land made by a written instrument")
    assert item is not None and item.answer_text == "grant"
    assert not {"grantor", "grantee"} & set(item.choices)


def test_an_aside_in_brackets_keeps_a_long_name_a_rival(tmp_path):
    # 'Type 1 (Mobitz I or Wenckebach) Second Degree Blocks': long only by its aside; left out, the
    # list's first and last member were asked as an either-or (graded WEAK: "second-degree left out")
    notes = """# Cardiology

## Heart Blocks

1. **First Degree Atrioventricular Blocks**: a prolonged PR interval; the impulse continues as normal.
2. **Type 1 (Mobitz I or Wenckebach) Second Degree Atrioventricular Blocks**: progressively lengthening
   PR intervals until a QRS complex is dropped.
3. **Type 2 (Mobitz II) Second Degree Atrioventricular Blocks**: a stable PR interval with
   intermittently dropped beats.
4. **Third Degree Atrioventricular Blocks**: a complete heart block where atrial and ventricular
   activity are detached from one another.
"""
    item = _asking(tmp_path, notes, "a prolonged PR interval")
    assert item is not None and item.answer_text == "First Degree Atrioventricular Blocks"
    assert len(item.choices) == 4
    assert "Type 2 (Mobitz II) Second Degree Atrioventricular Blocks" in item.choices


def test_a_bare_count_that_only_the_keys_prefix_makes_gives_it_away():
    from bot.quiz.quality import problems

    def given_away(prompt: str, choices: tuple[str, ...], answer: int) -> bool:
        return "gives the answer away" in problems(_choice_item(prompt, choices, answer))

    # "One trait" for Monohybrid: mono- is one (graded trivial, twice)
    terms = ("Monohybrid", "Homozygous", "Bihybrid", "Heterozygous")
    assert given_away("Which term is described by “One trait”?", terms, 0)
    assert given_away("Which term is described by “Two traits”?", terms, 2)
    # a definition the count is one word of was kept: "a sequence of two different configurations"
    vowels = ("monophthong", "tense vowel", "lax vowel", "diphthong")
    said = "Which one is described as “a vowel made of a sequence of two different configurations”?"
    assert not given_away(said, vowels, 3)
    # "one of" counts nothing
    sugars = ("Monosaccharides", "Polysaccharides", "Disaccharides")
    assert not given_away("Which one is described as “one of sugars”?", sugars, 0)
    assert given_away("Which one is described as “single sugars”?", sugars, 0)
    # a longer clue that says the rest of the name too: "two molecules involved" for 'bimolecular step'
    # (bi- is two, and the molecules are in the clue; graded trivial five times, r275), whichever way
    steps = ("unimolecular step", "bimolecular step", "termolecular step")
    two, three = "two molecules involved -- rate is second order", "requires three molecules -- third order"
    assert given_away(f"Which one is described as “{two}”?", steps, 1)
    assert given_away(f"Which one is described as “{three}”?", steps, 2)
    asked = "Which of these describes termolecular step?"
    described = QuizItem("z", "definition", asked, (two, three), 1, "", "f", "A")
    assert "gives the answer away" in problems(described)


def test_a_symbol_in_square_brackets_stays_part_of_the_name(tmp_path):
    # "Carbon monoxide [CO]" was offered as 'Carbon monoxide [CO': the glossary trimmed its bracket
    notes = """# Toxicology

## Antidotes for Toxins

|Toxin|Antidotes|
|-|-|
|Acetaminophen|N-acetylcysteine|
|Carbon monoxide [CO]|100% oxygen; hyperbaric oxygen|
|Cyanide|Hydroxocobalamin; thiosulfate|
|Iron [Fe]|Deferoxamine|
|Lead [Pb]|EDTA; succimer|
"""
    items = _items_of(tmp_path, notes)
    names = {c for it in items for c in it.choices} | {it.prompt for it in items}
    assert any("Carbon monoxide [CO]" in n for n in names)
    assert not any(n.count("[") != n.count("]") for n in names)


def test_the_words_of_a_memory_sentence_are_no_column_to_ask(tmp_path):
    # "What is the branch of the mnemonic The?", "Knockers" for Ketoconazole: graded BAD, the key the
    # only choice with the name's first letter
    notes = """# Anatomy

## Nerves of the Upper Limb

|Mnemonic|Nerve|Muscle supplied|
|-|-|-|
|Some|Spinal accessory nerve|trapezius and sternocleidomastoid|
|Lovers|Long thoracic nerve|serratus anterior|
|Try|Thoracodorsal nerve|latissimus dorsi|
|Positions|Phrenic nerve|diaphragm|
|Rarely|Radial nerve|triceps brachii|

## Brachial Plexus

|Mnemonic|Plexus part|
|-|-|
|Read|Root|
|That|Trunk|
|Damn|Division|
|Cell|Cord|
|Biology|Branch|
"""
    items = _items_of(tmp_path, notes)
    memory = {"Some", "Lovers", "Try", "Positions", "Rarely", "Read", "That", "Damn", "Cell", "Biology"}
    assert not any("mnemonic" in it.prompt.lower() or memory & set(it.choices) for it in items)
    # the columns the sentence spells out are still asked of each other
    assert any("Phrenic nerve" in it.choices or "Phrenic nerve" in it.prompt for it in items)


def test_a_column_of_short_names_beside_their_long_names_is_kept(tmp_path):
    # 'TCP' beside 'Transmission Control Protocol' begins with its letter too, and is the name itself
    notes = """# Networking

## Transport and naming

|Short name|Protocol|Purpose|
|-|-|-|
|TCP|Transmission Control Protocol|reliable ordered delivery of a byte stream|
|UDP|User Datagram Protocol|connectionless delivery of single datagrams|
|ARP|Address Resolution Protocol|maps an IP address to a hardware address|
|DNS|Domain Name System|translates host names into addresses|
"""
    items = _items_of(tmp_path, notes)
    assert any("UDP" in it.choices or "UDP" in it.prompt for it in items)


def test_a_table_of_viruses_names_each_row_a_virus(tmp_path):
    # "Which viruse has …": a plural in -uses lost only its s
    notes = """# Microbiology

## Families

|Viruses|Disease|
|-|-|
|Herpesvirus|cold sores|
|Poxvirus|smallpox|
|Parvovirus|fifth disease|
|Hepadnavirus|hepatitis B|
|Rhabdovirus|rabies|
"""
    prompts = [it.prompt for it in _items_of(tmp_path, notes)]
    assert any("Which virus has" in p or "the virus " in p for p in prompts), prompts
    assert not any("viruse" in p for p in prompts)


def test_what_a_person_did_is_no_term_to_blank(tmp_path):
    # "The term for “wrote Essay on the Principles of Population …” is ____." -> Thomas Malthus: a
    # person, graded odd four times of four
    notes = """# Reaction, Revolution, and Romanticism

## Questions

- Identify and explain the significance of the following:
  - Flora Tristan
    - a female utopian socialist, who wrote Workers Union that advocated equality for the working class
  - Charles Fourier
    - proposed creation of small model communities called phalansteries
  - Robert Owen
    - believe that humans would reveal their true natural goodness in a cooperative environment
  - Burschenschaften
    - student societies dedicated to fostering the goal of a free, united Germany
  - Thomas Malthus
    - wrote *Essay on the Principles of Population*, arguing that population outgrows the food supply
"""
    blanks = [it for it in _items_of(tmp_path, notes) if it.is_cloze]
    people = ("Charles Fourier", "Thomas Malthus", "Flora Tristan")
    assert not any(it.answer in people for it in blanks)
    assert any(it.answer == "Burschenschaften" for it in blanks)


def test_a_species_column_is_not_a_specy(tmp_path):
    notes = """# Pharmacology

## Antimicrobials

|Medication|Species|
|-|-|
|Griseofulvin|Fungus|
|Pyrimethamine|Protozoa|
|Ribavirin|Virus|
|Streptomycin|Bacterium|
|Albendazole|Helminth|
"""
    prompts = [it.prompt for it in _items_of(tmp_path, notes)]
    assert any("species" in p for p in prompts), prompts
    assert not any("specy" in p for p in prompts)


def test_a_column_of_aliases_asks_for_one_alias():
    from bot.text import singular

    # "What is the aliase of Perfect 5th?" was asked of a column headed 'Aliases' (music notes, r333)
    words_ = ("Aliases", "biases", "lenses", "hypotheses", "analyses", "bases", "phases", "causes")
    assert [singular(w) for w in words_] == [
        "Alias",
        "bias",
        "lens",
        "hypothesis",
        "analysis",
        "base",
        "phase",
        "cause",
    ]


def test_a_name_in_us_or_is_is_already_singular():
    from bot.quiz.wording import _singular

    # "Which plexu has the nerve …?" was posted from a column headed 'Plexus'
    assert [_singular(w) for w in ("Plexus", "Axis", "Stimulus", "Viruses", "Nerves")] == [
        "Plexus",
        "Axis",
        "Stimulus",
        "Virus",
        "Nerve",
    ]


def test_a_column_of_examples_names_no_kind(tmp_path):
    # "What is the location of the example Keratin?" was graded odd: 'Example' heads the column, it is
    # no kind of thing
    notes = """# Cell biology

## Intermediate filaments

|Example|Location|
|-|-|
|Keratin|Epithelial cell|
|Vimentin|Connective tissue|
|Desmin|Muscle cell|
|GFAP|Glial cell|
|Neurofilament|Neuron|
"""
    prompts = [it.prompt for it in _items_of(tmp_path, notes)]
    assert prompts
    assert not any("example" in p.lower() for p in prompts), prompts


def test_a_lead_in_line_or_a_task_is_no_setting(tmp_path):
    # "In “Derivatives include”, which one …" and "In “converting unpolarized to polarized light”"
    # were graded odd: a sentence's start and a task are no thing a question is set in
    from bot.quiz.wording import _remark

    assert _remark("Derivatives include:")
    assert _remark("converting unpolarized to polarized light")
    assert not _remark("sorting algorithms") and not _remark("AWS Lambda Functions")
    assert not _remark("Control flow")  # a name whose last word is also a verb
    notes = """# Lecture 4: Foreign currency derivatives

## Derivatives

- These are financial instruments whose value depends on an observable value
- Derivatives include:
  - Options: A contract that grants the holder the right, but not the obligation, to transact in an asset.
  - Futures: A contract to buy or sell a commodity at a point in the future, settled daily.
  - Swaps: A contract in which two parties exchange cashflows from different financial instruments.
"""
    prompts = [it.prompt for it in _items_of(tmp_path, notes)]
    assert prompts
    assert not any("include" in p for p in prompts), prompts


def test_columns_whose_names_end_in_a_letter_are_not_counted_off(tmp_path):
    # 'Arthropod' and 'Disease' read as 'Arthropo D' and 'Diseas E', columns counted off like 'Type A',
    # 'Type B': the table was read by its columns ("What is the yersinia pestis of Arthropod?")
    notes = """# Microbiology

## Arthropod-Borne Pathogens

|Pathogen|Arthropod|Disease|
|-|-|-|
|Borrelia burgdorferi|Tick|Lyme disease with a bull's-eye rash|
|Rickettsia prowazekii|Louse|Epidemic typhus|
|Yersinia pestis|Flea|Plague|
|Plasmodium|Mosquito|Malaria|
|Trypanosoma brucei|Tsetse fly|African sleeping sickness|
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "table"]
    assert items
    assert not any(" of Arthropod" in it.prompt or " of Disease" in it.prompt for it in items)
    plague = next(it for it in items if "Yersinia pestis" in it.prompt or "“Plague”" in it.prompt)
    assert len(plague.choices) >= 3


def test_an_area_column_is_asked_under_its_name_and_two_sides_are_not_rows(tmp_path):
    # "Which branch has the sensory “Medial leg”?" was graded odd: 'Sensory' names an area, no property;
    # "| Cholinergic | Adrenergic |" sets opposite effects side by side, neither the other's property
    notes = """# Anatomy

## Branches of the Lumbosacral Plexus

|Branch|Motor|Sensory|
|-|-|-|
|Femoral nerve|Quadriceps femoris and the hip flexors|Anterior thigh|
|Obturator nerve|Adductors of the thigh|Medial thigh|
|Saphenous nerve|No muscles at all|Medial leg|
|Tibial nerve|Posterior compartment of the leg|Sole of the foot|
|Common fibular nerve|Anterior and lateral compartments|Anterolateral leg|

## Autonomic Effects

|Cholinergic|Adrenergic|
|-|-|
|Bradycardia|Tachycardia|
|Miosis|Mydriasis|
|Salivation|Dry mouth|
|Diarrhea|Constipation|
"""
    prompts = [it.prompt for it in _items_of(tmp_path, notes)]
    assert any("under “Sensory”" in p for p in prompts), prompts
    assert not any("has the sensory" in p for p in prompts)
    assert not any("Tachycardia" in p or "Bradycardia" in p for p in prompts)


def test_blank_leading_cells_carry_the_value_above(tmp_path):
    # "| | | Pyrimethamine |" under "| ↓ Folate synthesis | Dihydrofolate reductase | Trimethoprim |":
    # merged cells; "Which medication has the target “Dihydrofolate reductase”?" had three answers
    notes = """# Pharmacology

## Nucleotide Inhibitors

|Mechanism|Target|Medication|Species|
|-|-|-|-|
|↓ Purine synthesis|IMP dehydrogenase|Ribavirin|Virus|
|↓ Pyrimidine synthesis|Dihydroorotate dehydrogenase|Leflunomide|Human|
||Thymidylate synthase|Flucytosine|Fungus|
|↓ dNTP synthesis|Ribonucleotide reductase|Hydroxyurea|Human|
|↓ Folate synthesis|Dihydropteroate synthase|Sulfamethoxazole|Bacterium|
||Dihydrofolate reductase|Trimethoprim|Bacterium|
|||Pyrimethamine|Protozoa|
|||Methotrexate|Human|
"""
    items = _items_of(tmp_path, notes)
    assert items
    assert not any("“Dihydrofolate reductase”" in it.prompt for it in items)
    assert any("“Ribonucleotide reductase”" in it.prompt or "Hydroxyurea" in it.prompt for it in items)


def test_a_row_that_two_tables_give_is_asked_in_its_tables_heading(tmp_path):
    # MRSA under "| Pathogen | Antibiotics |" in "Prophylactic Antibiotics" and again in "Treatment":
    # "What is the antibiotic of MRSA?" dropped the qualifier the answer depends on (graded BAD)
    notes = """# Infectious Diseases

## Prophylactic Antibiotics

|Pathogen|Antibiotics|
|-|-|
|MRSA|Vancomycin|
|Enterococcus|Ampicillin-sulbactam|
|Group B Streptococcus|Penicillin G given during labour|
|Neisseria meningitidis|Rifampin for close contacts|

## Treatment

|Pathogens|Antibiotics|
|-|-|
|MRSA|Clindamycin, or TMP-SMX for skin infections|
|Enterococcus|Penicillin with an aminoglycoside|
|Pseudomonas|Piperacillin-tazobactam|
|Bacillus anthracis|Ciprofloxacin|
"""
    items = [it for it in _items_of(tmp_path, notes) if "MRSA" in it.prompt]
    assert items
    assert all(it.prompt.startswith(("In “Prophylactic Antibiotics”", "In “Treatment”")) for it in items), [
        it.prompt for it in items
    ]


def test_a_key_inside_a_longer_stem_word_or_made_an_adjective_of_one_is_given_away():
    from bot.quiz.quality import problems

    tissues = ("Esophagus", "Airways", "Urinary bladder", "Endocervix")
    reflux = _choice_item("Which tissue has the stimulus “Gastroesophageal reflux (GERD)”?", tissues, 0)
    assert "gives the answer away" in problems(reflux)
    necrosis = ("Liquefactive", "Fatty", "Fibrinoid", "Caseous")
    fat = _choice_item("What is the necrosis of the tissue Fat?", necrosis, 1)
    assert "gives the answer away" in problems(fat)
    # a stem word that only shares a short start with the key gives nothing away
    fair = _choice_item("Which tissue has the stimulus “Cigarette smoke”?", tissues, 1)
    assert "gives the answer away" not in problems(fair)


def test_a_short_name_with_a_number_spelled_out_by_the_stem_gives_the_key_away():
    from bot.quiz.quality import problems

    diseases = ("G6PD deficiency", "Haemophilia A", "Lesch-Nyhan syndrome", "Fabry disease")
    products = {
        "Glucose-6-phosphate dehydrogenase": 0,  # G-6-P-D: the key's short name, spelled
        "Hypoxanthine-guanine phosphoribosyltransferase": 2,  # no short name in the key to spell
    }
    asked = {f"Which disease has the product “{p}”?": k for p, k in products.items()}
    given = ["gives the answer away" in problems(_choice_item(q, diseases, k)) for q, k in asked.items()]
    assert given == [True, False]


def test_a_one_word_heading_over_a_table_qualifies_its_questions(tmp_path):
    # "What is the stimulus of the tissue Airways?" of what? The heading "Metaplasia" says (graded
    # WEAK three times: "leaves out metaplasia"); a heading that says the table's own words adds nothing
    notes = """# Pathology

## Metaplasia

|Tissue|Normal|Stimulus|
|-|-|-|
|Airways|Pseudostratified columnar epithelium|Cigarette smoke|
|Esophagus|Squamous epithelium|Gastric acid reflux|
|Endocervix|Columnar epithelium|Low vaginal pH|
|Urinary bladder|Transitional epithelium|Bladder stones|

## Antidotes

|Toxin|Antidotes|
|-|-|
|Acetaminophen|N-acetylcysteine|
|Cyanide|Hydroxocobalamin and thiosulfate|
|Iron|Deferoxamine|
|Lead|EDTA and succimer|
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "table"]
    stimulus = [it for it in items if "stimulus" in it.prompt]
    assert stimulus and all(it.prompt.startswith("In “Metaplasia”, ") for it in stimulus)
    assert not any(it.prompt.startswith("In “Antidotes”") for it in items)


def test_a_numbered_two_word_heading_over_a_table_qualifies_its_questions(tmp_path):
    """"Which place has the vowels “[ᴧ] luck; [ə] another”?" was asked of a table under "2. Tongue
    Advancement" whose corner says 'place' (graded odd five times, r315: place of what?). A heading of
    two words, its number left off, says what the table's rows are places of."""
    notes = """# Vowel Articulation

#### 2. Tongue Advancement
| place | description | vowels |
| ----- | ----------- | ------ |
| front | tongue raised & pushed forward under hard palate | [i] seek <br> [ɪ] sick <br> [ɛ] sec |
| central | no tongue advancement or retraction | [ᴧ] luck <br> [ə] another |
| back | tongue raised in back of mouth toward velum | [u] ooze <br> [ʊ] look <br> [ɔ] draw |
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "table"]
    placed = [it for it in items if "which place has the vowels" in it.prompt.lower()]
    assert placed and all(it.prompt.startswith("In “Tongue Advancement”, ") for it in placed), [
        it.prompt for it in items
    ]


def test_only_a_table_comparing_two_over_its_columns_sets_an_either_or(tmp_path):
    # "What is the species of the medication Ribavirin?" between 'Human' and 'Virus', from a table of
    # twelve drugs: graded WEAK 16 times of 18. Two diseases down the rows of "| Disease | Gene |
    # Product |" are a list that holds two (0 KEEP of 21 such either-ors); a table that names two things
    # over its columns compares them, and sets its own either-or
    notes = """# Pharmacology

## Nucleotide Inhibitors

|Mechanism|Target|Medication|Species|
|-|-|-|-|
|↓ Purine synthesis|IMP dehydrogenase|Ribavirin|Virus|
|||Mycophenolate|Human|
||PRPP amidotransferase|Azathioprine|Human|
|||6-Mercaptopurine (6-MP)|Human|
|↓ Pyrimidine synthesis|Dihydroorotate dehydrogenase|Leflunomide|Human|
||Thymidylate synthase|Flucytosine|Fungus|
|||5-Fluorouracil (5-FU)|Human|
|↓ dNTP synthesis|Ribonucleotide reductase|Hydroxyurea|Human|
|↓ Folate synthesis|Dihydropteroate synthase|Sulfonamides|Bacterium|
||Dihydrofolate reductase|Trimethoprim|Bacterium|
|||Pyrimethamine|Protozoa|
|||Methotrexate|Human|

## Leprosy

||Tuberculoid|Lepromatous|
|-|-|-|
|Immunity|Cellular|Humoral|
|Neuropathy|Localized|Generalized|

## Collagen and repeat disorders

|Disease|Gene|Product|
|-|-|-|
|Fragile X syndrome|FMR1|FMR protein (RNA-binding)|
|Alport syndrome|COL4A5|Type 4 collagen (basement membrane)|
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "table"]
    # (a table of two asks what sets one apart, among the other's cells: no either-or of two names)
    assert not any(len(it.choices) == 2 for it in items), [it.prompt for it in items]
    apart = [it for it in items if "apart from" in it.prompt]
    assert apart and all("Tuberculoid" in it.prompt and len(it.choices) == 3 for it in apart)
    assert not any("Alport" in " ".join([it.prompt, *it.choices]) for it in items)
    # (the rows of a list of three things or more are still asked, among three choices at least, under
    # the heading that names them)
    inhibitors = [it for it in items if it.prompt.startswith("In “Nucleotide Inhibitors”, ")]
    assert any("species of the medication" in it.prompt and len(it.choices) >= 3 for it in inhibitors)


def test_a_case_and_its_negation_are_no_columns_to_ask(tmp_path):
    """"| Tissue | Infection | Non-infection |": two columns that say when each cell holds, not what
    the row's thing has. "What is the Non-infection of the tissue General?" was graded BAD (nothing but
    the table's row and column names). The table's other columns are still asked."""
    notes = """# Building stone

## Stone surfaces

|Stone|Weathered|Non-weathered|Typical use|
|-|-|-|-|
|Granite|Pale crumbly grit|Speckled glassy face|Kerbs and harbour walls|
|Sandstone|Soft flaking crust|Warm even grain|Terraced houses in the north|
|Limestone|Pitted grey skin|Creamy smooth block|Cathedrals and college quads|
|Slate|Split brittle sheets|Dark polished layers|Roof tiles and damp courses|
"""
    stems = _stems_of(tmp_path, notes)
    assert "Which stone is used for “Roof tiles and damp courses”?" in stems, stems
    assert not any(re.search("weathered", s, re.IGNORECASE) for s in stems), stems


def test_a_row_naming_several_things_is_named_in_the_plural(tmp_path):
    """"What is the indication of the medication Metoclopramide; Prochlorperazine; Domperidone?" called
    a list of drugs "the medication" (graded odd twice): a row that names several is asked as a sentence
    names them."""
    notes = """# Glazes

## Glaze faults

|Fault|Cause|Cure|
|-|-|-|
|Crawling; Beading|Dust or grease on the bisque before glazing|Wipe the ware with a damp sponge|
|Crazing|Glaze shrinks more than the clay body on cooling|Add silica to the glaze recipe|
|Pinholing|Gas escaping from the body late in the firing|Hold the kiln at its top temperature|
|Shivering|Glaze shrinks less than the clay body on cooling|Add feldspar to lower expansion|
"""
    stems = _stems_of(tmp_path, notes)
    assert any(s.endswith(" of the faults Crawling and Beading?") for s in stems), stems
    assert not any("Crawling; Beading" in s for s in stems), stems


def test_a_counted_lead_after_term_lines_sets_its_lists_question(tmp_path):
    """Notes written a term a line, no blank lines: "4 Processes of Erosion (coasts & rivers):" over
    its four processes was read into the line above it, so the processes were asked beside the
    transport methods further down, and 'river water' (the subject of "Solution - river water
    dissolves soft rocks") was offered as a process. A count that opens the lead, and an aside in
    brackets after its kind, still set the question."""
    notes = """# Cooking science

## Heat
Boiling point - the temperature at which water turns to steam
Smoke point - the temperature at which an oil starts to burn
3 Methods of Heat Transfer (stove & oven):
- Conduction - heat passes from the hot pan straight into the food touching it
- Convection - hot air or water circulates around the food and cooks it evenly
- Radiation - infrared waves from the grill element heat the food surface directly
2 ways to thicken a sauce:
- Roux - flour cooked in butter before the liquid is added
- Reduction - simmering the sauce until water evaporates away
"""
    items = _items_of(tmp_path, notes)
    waves = next((it for it in items if "“infrared waves" in it.prompt), None)
    assert waves is not None, [it.prompt for it in items]
    assert waves.prompt.startswith("3 Methods of Heat Transfer (stove & oven): which method is described as")
    assert set(waves.choices) == {"Conduction", "Convection", "Radiation"}
    for it in items:
        strays = {"Roux", "Reduction", "Infrared waves"} & set(it.choices)
        assert not strays or "sauce" in it.prompt, it.choices


def test_an_agencys_initials_skip_its_small_words():
    """"Which one is described as “Agency for Integrated Care”?" for AIC gave the key away by its
    initials (graded BAD): 'for', 'of', 'and' between the words are no letters of the name."""
    from bot.text import spells_out

    assert spells_out("AIC", "Which one is described as “Agency for Integrated Care”?")
    assert spells_out("DOD", "the Department of Defense")
    assert not spells_out("AIC", "An agency that cares for integrated services")


def test_a_grid_of_pairs_and_an_aspect_of_a_thing_are_not_asked(tmp_path):
    """"| | State DEFENDANT | Citizen DEFENDANT |" over 'State PLAINTIFF', 'Citizen PLAINTIFF' is a grid:
    "What is the state PLAINTIFF of Citizen DEFENDANT?" was graded BAD twice. And 'Causes of erosion',
    'Effects on farming' label a topic, not a thing: offered beside each other they were graded mixed
    headings."""
    notes = """# Rivers

## Who pays for flood damage

| | Council PAYER | Owner PAYER |
| :---: | :---: | :---: |
| **Council DAMAGE** | Public works budget | Repair levy on the street |
| **Owner DAMAGE** | Compensation scheme claim | Household insurance policy |

## Flooding
- **Causes of flooding**: heavy rain on saturated ground, snowmelt and blocked drains
- **Effects on farming**: crops drown, soil is washed away and livestock must be moved
- **Floodplain**: the flat land beside a river that is covered when it floods
- **Levee**: a raised bank along a river that holds back water in a flood
- **Flood barrier**: a gate across a river that is closed when a surge comes
"""
    from bot.quiz.wording import _ASPECT_OF

    # an aspect in the plural before what it is of; 'Point of sale' and 'Cost of goods sold' are things
    assert not _ASPECT_OF.match("Point of sale") and not _ASPECT_OF.match("Cost of goods sold")
    items = _items_of(tmp_path, notes)
    assert items, "the flooding list is still asked"
    for it in items:
        said = " ".join([it.prompt, *it.choices])
        assert "PAYER" not in said and "DAMAGE" not in said, it.prompt
        assert "Causes of flooding" not in said and "Effects on farming" not in said, (it.prompt, it.choices)


def test_a_line_that_names_a_kind_of_its_label_is_no_description(tmp_path):
    """"Civil Law: Tort law" names a kind of civil law, not what it is: "Which one is described as “Tort
    law”?" was graded odd. A short line that ends in its label's own head noun sets no question."""
    notes = """# Boats

## Types of boats
- **Rowing boat**: Racing boat
- **Sailing boat**: moved by the wind on one or more sails
- **Motor boat**: driven by an engine turning a propeller
- **Narrow boat**: a long thin boat built for the canals
"""
    stems = _stems_of(tmp_path, notes)
    assert any("driven by an engine" in s for s in stems), stems
    assert not any("Racing boat" in s for s in stems), stems


def test_a_word_of_the_stem_that_rivals_hold_too_gives_nothing_away():
    """"In “DNS Record”, which one is described as “How emails are sent”?" over 'MX records', 'TXT
    Record', 'CNAME Record Type': the heading's word is in the key and in two rivals, and tells none
    apart (a fair item was dropped as a giveaway). The letter the key alone shares with the stem still
    gives it away ("activates phospholipase C" for 'Phospholipase C Pathway' beside the A2 one)."""
    from bot.quiz.quality import problems

    mx = _choice_item(
        "In “DNS Record”, which one is described as “How emails are sent”?",
        ("Nameserver (NS)", "TXT Record", "MX records", "CNAME Record Type"),
        2,
    )
    assert problems(mx) == [], problems(mx)
    plc = _choice_item(
        "Which pathway is described as “Alpha subunit activates phospholipase C”?",
        ("Retrograde signaling", "Phospholipase A2 Pathway", "Phospholipase C Pathway", "cAMP Pathway"),
        2,
    )
    assert "gives the answer away" in problems(plc)


def test_a_heading_that_names_both_choices_gives_neither_away():
    """"In “Inline Policies and Managed Policies”, which one is described as “grants access … to each
    account individually”?" names both choices in its heading: that sets them side by side, and was
    dropped as a giveaway of 'Inline Policy'. A heading that names the key alone still gives it away."""
    from bot.quiz.quality import problems

    both = _choice_item(
        "In “Inline Policies and Managed Policies”, which one is described as “assigned to each account"
        " individually”?",
        ("Inline Policy", "Managed Policy"),
        0,
    )
    assert problems(both) == [], problems(both)
    alone = _choice_item(
        "In “Inline Policies”, which one is described as “assigned to each account individually”?",
        ("Inline Policy", "Managed Policy"),
        0,
    )
    assert "gives the answer away" in problems(alone)


_BROKEN_TABLE = (
    "# Government\n\n## Branches and bodies\n\n"
    "| **Category** | **Term** | **Definition** | **Key Characteristics** |\n|---|---|---|---|\n"
    "| **Law making** | **Parliament** | Passes bills and debates the budget. "
    "| - Elected<br> - Meets in a chamber |\n"
    "| | **Senate** | Reviews the bills the lower house passed. | - Appointed<br> - Fewer members |\n"
    "| **Law applying** | **Courts** | Decide disputes under the law. | - Independent<br> - Hear"
    "\n\n appeals from lower courts |\n"
    "| **Administration** | **Cabinet** | Sets the rules of the civil service for each ministry. "
    "| - Checks every ministry<br> - Meets weekly |\n"
    "| | **Ministry** | Runs one area of policy day to day. "
    "| - Led by a minister<br> - Has civil servants |\n"
    "| | **Agency** | Carries out one task under a ministry. | - Arm's length<br> - Has a board |\n"
    "| | **Council** | Governs a town or a district. | - Elected locally<br> - Sets local taxes |\n"
)


def test_a_table_row_broken_across_a_blank_line_is_one_row_and_the_table_goes_on(tmp_path):
    """A writer's row broken across a blank line ("- Hear" / "" / "appeals from lower courts |") is one
    row: its cell reads whole, and the rows after it keep the table's header, so they are asked by its
    column names ("Which term is described by ...") and never by their first row's cells ("Sets the rules
    of ...", "- Checks ..."), which no explanation glues to another row."""
    from bot.ingest.document import read_lines

    rows = [line.raw for line in read_lines(_BROKEN_TABLE) if line.kind == "row"]
    assert any(row.endswith("- Hear appeals from lower courts |") for row in rows), rows
    assert len(rows) == 7  # one header over all seven rows
    items = _items_of(tmp_path, _BROKEN_TABLE)
    assert not any(it.answer_text.endswith("Hear") for it in items), [it.answer_text for it in items]
    assert any(it.prompt == "Which of these describes the term Council?" for it in items), [
        it.prompt for it in items
    ]
    assert not any("Sets the rules of the civil service" in it.explanation for it in items
                   if not it.explanation.startswith("Cabinet")), [it.explanation for it in items]
    assert not any("Checks every ministry" in it.prompt and "Cabinet" not in it.answer_text for it in items)


def test_the_rest_of_a_table_cut_off_by_a_blank_line_is_not_asked_by_its_first_rows_cells(tmp_path):
    """Rows that no longer follow their table (a paragraph between) are no table with column names: a
    first row of sentences and lists is data, not a header, and asks nothing."""
    notes = _BROKEN_TABLE.replace("\n\n appeals from lower courts |\n", " |\n\nA note between.\n\n")
    items = _items_of(tmp_path, notes)
    assert any("Law making" in it.prompt for it in items), [it.prompt for it in items]
    assert not any("Sets the rules of the civil service" in it.explanation for it in items
                   if not it.explanation.startswith("Cabinet")), [it.explanation for it in items]


def test_a_line_that_names_the_rest_of_its_list_is_no_rival_of_them(tmp_path):
    """"Sections - the groups of players (strings, woodwind, brass, percussion)" heads the list it names:
    it is offered beside none of them, nor asked as one of them. A first line that compares itself with
    its siblings in its sentence ("Keyboards - ... may sound like strings, woodwind or brass") is one of
    them."""
    notes = (
        "# Orchestra\n\n## The players\n\n"
        "- Sections - the groups of players in an orchestra (strings, woodwind, brass, percussion)\n"
        "- Strings - instruments whose sound comes from a bowed or plucked string\n"
        "- Woodwind - instruments sounded by blowing across an edge or through a reed\n"
        "- Brass - instruments sounded by buzzing lips into a cup-shaped mouthpiece\n"
        "- Percussion - instruments sounded by striking, shaking or scraping\n"
    )
    items = _items_of(tmp_path, notes)
    assert any(it.answer_text == "Woodwind" for it in items), [it.prompt for it in items]
    assert not any("Sections" in it.choices or it.answer_text == "Sections" for it in items)
    compared = notes.replace(
        "- Sections - the groups of players in an orchestra (strings, woodwind, brass, percussion)\n",
        "- Keyboards - instruments played from keys, which may sound like strings, woodwind or brass\n",
    )
    items = _items_of(tmp_path, compared)
    assert any("Keyboards" in it.choices for it in items), [it.choices for it in items]


@pytest.mark.parametrize(
    ("rows", "row", "key", "rival"),
    [
        # 'Nails & Pegs & Dowels' beside the key 'Nails' is right in part
        ("| Claw hammer | Nails |\n| Mallet | Nails & Pegs & Dowels |\n| Screwdriver | Screws |\n"
         "| Wrench | Bolts |\n| Rivet gun | Rivets |\n", "Claw hammer", "Nails", "Nails & Pegs & Dowels"),
        # 'Weeping willow' is a kind of willow: a kind's cell beside its genus is a second fair answer
        ("| Willow | Narrow leaves |\n| Weeping willow | Drooping branches |\n| Pine | Needles |\n"
         "| Holly | Spiny leaves |\n| Fern | Fronds |\n", "Willow?", "Narrow leaves", "Drooping branches"),
    ],
    ids=["a cell listing the key", "a row whose name holds the asked row's"],
)
def test_a_cell_true_of_the_asked_row_too_is_no_rival(tmp_path, rows, row, key, rival):
    """A cell that lists the key among other things, or the cell of a row whose name holds the asked
    row's, is true of the asked row as well: the item offers other cells."""
    notes = "# Things\n\n## Of one kind\n\n| Thing | Feature |\n|---|---|\n" + rows
    items = _items_of(tmp_path, notes)
    offered = [it.choices for it in items if row in it.prompt and it.answer_text == key]
    assert offered, [it.prompt for it in items]
    assert all(rival not in choices for choices in offered), offered


def test_a_header_wrapped_by_a_line_break_still_names_its_column(tmp_path):
    """"Top<br>speed" only wraps a long column name: the table is asked by it, unlike a header cell that
    is a list ("a<br> - b") or a sentence, which is the rest of a table a blank line cut off."""
    notes = (
        "# Animals\n\n## Fast runners\n\n| Animal | Top<br>speed | Habitat |\n|---|---|---|\n"
        "| Cheetah | 110 km/h | Savanna |\n| Pronghorn | 88 km/h | Prairie |\n"
        "| Springbok | 90 km/h | Dry plains |\n| Ostrich | 70 km/h | Desert |\n"
    )
    items = _items_of(tmp_path, notes)
    assert any(it.kind == "table" and "Cheetah" in it.prompt for it in items), [it.prompt for it in items]


def test_a_short_name_with_a_number_in_it_spelled_out_by_the_key_gives_it_away():
    """"G6PD deficiency" asks for 'Glucose-6-phosphate dehydrogenase': the short name's letters and its
    number are the key's, and no rival's; asked the other way round, nothing is spelled out."""
    from bot.quiz.quality import problems

    given = _choice_item(
        "What is the product of the disease G6PD deficiency?",
        ("Factor 8 & 9 & 11", "Glucose-6-phosphate dehydrogenase", "α-Galactosidase", "HGPRT"), 1,
    )
    assert "gives the answer away" in problems(given)
    fair = _choice_item(
        "What is the product of the disease Lesch-Nyhan syndrome?",
        ("HGPRT", "Factor 8 & 9 & 11", "Iduronate sulfatase", "Glucose-6-phosphate dehydrogenase"), 0,
    )
    assert "gives the answer away" not in problems(fair)


_LABELLED_ODDLY = """# Scales

## Minor scales

- A minor scale has a minor tetrachord as its lower tetrachord. There are three types of minor scale:
  - Melodic minor scale: - the upper tetrachord is a major tetrachord going up.
  - Harmonic minor scale: - the upper tetrachord holds an augmented second between sixth and seventh.
  - Natural minor scale: - the upper tetrachord is a minor tetrachord with a lowered seventh.

## Threads in C

- Header file: the library's declarations come from pthread.h
- Compilation: `gcc prog.c -lpthread`
- Creation: a new thread starts running the function it is given
- Joining: the caller waits until the thread it names has finished

## Pricing the tablet edition

- Conjoint analysis: a survey technique that infers how buyers value each feature of a product
- Pair-wise rankings: buyers compare two versions at a time and pick the better one
- Direct ranking: buyers order every version from best to worst
- MBB says: the team needed conjoint analysis to find what readers wanted most
"""


def test_a_line_is_asked_without_a_dash_after_its_label_and_never_as_code_or_a_saying(tmp_path: Path):
    items = _items_of(tmp_path, _LABELLED_ODDLY)
    texts = [t for it in items for t in (it.prompt, *it.choices)]
    # "Melodic minor scale: - the upper …": the dash is no word of the line, which is still asked
    assert any("“the upper tetrachord is a major tetrachord going up”" in it.prompt for it in items)
    assert not any("“-" in t or t.startswith("- ") for t in texts)
    # a label over a line of code says nothing the reader can pick it by
    assert not any("gcc" in t.lower() for t in texts)
    # "MBB says:" opens a report of what someone said: no term, as a key or as a rival
    assert not any("MBB" in t for t in texts)


_COMPARED_AND_DERIVED = """# Memory

## Measuring retention

Forgetting is measured by how much of a list a person still retains over time.

- Recall: results in a more steep curve
- Recognition: more shallow curve
- Relearning: even more shallow curve

# Personality

## Psychosexual stages

| Stage | Focus of libido | Fixation traits |
| --- | --- | --- |
| Oral Stage | Mouth | Smoking, overeating, dependence |
| Anal Stage | Anus | Orderliness, stubbornness, messiness |
| Phallic Stage | Genitals | Vanity, recklessness, sexual anxiety |
| Genital Stage | Genitals, mature | None if the earlier stages went well |

## Prenatal development

- Germinal stage: the first two weeks after conception (Zygote)
- Embryonic stage: weeks 3 to 8, when the organs form (Embryo)
- Fetal stage: weeks 9 to 38, when the body grows (Fetus)
"""


def test_a_comparison_with_no_other_side_and_a_noun_of_the_keys_adjective_are_not_asked(tmp_path: Path):
    items = _items_of(tmp_path, _COMPARED_AND_DERIVED)
    texts = [t for it in items for t in (it.prompt, *it.choices)]
    # "more shallow curve" than the line before it, which the reader never sees
    assert not any("shallow" in t or "steep" in t for t in texts)
    # "(Fetus)" for 'Fetal stage', "Anus" for 'Anal Stage': the key is the stem's noun made an adjective
    assert not any("Fetus" in it.prompt for it in items)
    assert not any("Anus" in it.prompt or it.answer_text == "Anus" for it in items)
    # the rest of the table and list still make questions
    assert any(it.answer_text == "Anal Stage" and "Orderliness" in it.prompt for it in items)
    assert any(it.answer_text == "Germinal stage" for it in items)


def test_a_milder_version_and_these_forces_point_at_unseen_text():
    """"Hypomania: milder version that is noticeable but less impairing" (milder than what? graded BAD,
    and cyclothymia is milder too) and the Superego's "… manages conflict among these forces" (the
    forces of lines around it) lean on text the learner never sees (psychology notes, r329). A
    comparison that states its other side, and a line that names what it speaks of, stand."""
    from bot.quiz.quality import problems

    def described(line: str, choices: tuple[str, ...], key: int):
        return _choice_item(f"Which one is described as “{line}”?", choices, key)

    moods = ("Mania", "Hypomania", "Cyclothymic disorder")
    milder = described("milder version that is noticeable but less impairing", moods, 1)
    than = described("milder than mania, noticeable but less impairing", moods, 1)
    parts = ("Id", "Ego", "Superego")
    these = described("internalized rules; the ego manages conflict among these forces", parts, 2)
    named = described("internalized rules and values of parents and society", parts, 2)
    assert "points at unseen text" in problems(milder)
    assert "points at unseen text" in problems(these)
    assert "points at unseen text" not in problems(than)
    assert "points at unseen text" not in problems(named)


_GLOSSARY_AS_LINES = """# Physics

## Electricity

Insulator - material that does not let heat or electricity pass through -
Conductor - material that lets heat and electricity pass through easily
Resistor - component that limits the current in a circuit
Fuse - resistor that melts if the current gets too high
Diode - component that lets current flow in one direction only
Q = Charge - measured in coulombs, current multiplied by time
Thermistor - resistor whose resistance falls as its temperature rises
"""


def test_a_glossary_written_as_lines_without_list_marks_is_asked(tmp_path: Path):
    items = _items_of(tmp_path, _GLOSSARY_AS_LINES)
    # one term a line, as a list of them would be: each line defines its term
    blanks = {it.answer_text: it for it in items if it.is_cloze}
    assert "Insulator" in blanks and "Resistor" in blanks
    assert grade(blanks["Resistor"], "resistor")
    # the notes' trailing dash is no word of the definition; a formula's symbol is no term
    assert "“material that does not let heat or electricity pass through”" in blanks["Insulator"].prompt
    texts = [t for it in items for t in (it.prompt, it.answer_text, *it.choices)]
    assert not any("Q =" in t or "Charge" in t for t in texts)


_WHAT_IT_DOES = """# Biological bases

## Acetylcholine

Acetylcholine is a neurotransmitter found across the nervous system.

- Binds with CNS: arousal, attention, learning and memory
- Binds with PNS: muscle contraction at the junctions of nerve and muscle

## Glial cells

- Astrocytes: nurture neurons and remove waste products between them
- Microglia: act as the immune system of the brain and remove invaders
- Oligodendrocytes (CNS): one cell makes myelin for segments of several axons
- Schwann cells (PNS): one cell makes myelin for a single segment of one axon
"""


def test_a_label_that_says_what_a_thing_does_is_no_term(tmp_path: Path):
    items = _items_of(tmp_path, _WHAT_IT_DOES)
    # "Binds with CNS" is what acetylcholine does there (graded WEAK: no concept names as choices)
    assert not any("Binds" in t for it in items for t in (it.prompt, *it.choices))
    # a plural name with a gloss after it ('Oligodendrocytes (CNS)') is still a name
    assert any(it.answer_text == "Oligodendrocytes (CNS)" for it in items)


_QUALIFIED = """# Chords

## Third

A third spans three letter names. A minor third is three half steps; a major third is four.

## Sixth

A sixth spans six letter names. A minor sixth is eight half steps; a major sixth is nine.

## Seventh

A seventh spans seven letter names. A minor seventh is ten half steps; a major seventh is eleven.

## Four-part chords

| Chord name | Notes | Chord symbol |
| --- | --- | --- |
| major seventh | root, major 3rd, perfect 5th, major 7th | Cma7 or CM7 |
| major sixth | root, major 3rd, perfect 5th, major 6th | C6 or CM6 |
| minor seventh | root, minor 3rd, perfect 5th, minor 7th | Cmi7 or Cm7 |
| dominant seventh | root, major 3rd, perfect 5th, minor 7th | C7 |
| minor major seventh | root, minor 3rd, perfect 5th, major 7th | CmiMa7 or CmM7 |
| minor sixth | root, minor 3rd, perfect 5th, major 6th | Cmi6 or Cm6 |
"""


def test_two_words_that_qualify_the_same_names_are_no_vendor_prefix(tmp_path: Path):
    """'minor' and 'major' stand before 'seventh' and 'sixth' as 'Acme' stands before its products,
    but 'minor seventh' and 'major seventh' are two things. Taken for a prefix, 'minor major seventh'
    became 'major seventh', and a chord's symbol was keyed to the wrong row (graded BAD)."""
    (tmp_path / "notes.md").write_text(_QUALIFIED, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    assert not glossary.prefixes & {"minor", "major"}
    items = generate_items(chunks, glossary)
    for it in items:
        if "CmM7" in it.prompt:
            assert it.answer_text == "minor major seventh"
        assert "Sixth" not in it.choices or it.kind != "table"  # no row shortened to a bare 'Sixth'
    assert any(it.kind == "table" for it in items)


def test_a_term_ending_in_a_noun_that_is_also_a_verb_of_saying_is_still_a_term(tmp_path: Path):
    """'Small claims' ends in 'claims', which could report a saying ("MBB says:"); here it is a court."""
    notes = """# Courts

## Civil courts

- Small claims: a court for disputes worth less than a few thousand dollars, heard without lawyers
- Family court: a court for divorce, custody and adoption cases between relatives
- Probate court: a court that settles the estates and wills of people who have died
- Appeals court: a court that reviews the decisions of lower courts for errors of law
"""
    items = _items_of(tmp_path, notes)
    assert any("Small claims" in it.choices for it in items)


def test_a_name_whose_first_word_ends_in_s_is_still_a_name(tmp_path: Path):
    """The verb-first rule ("Binds with CNS") reads a verb only before a small word: 'Series circuit'
    and 'Pseudomonas aeruginosa' are names."""
    notes = """# Electricity

## Circuits

A circuit is a closed path that current flows around.

- Series circuit: components sit on one path, so the same current flows through each of them
- Parallel circuit: components sit on separate branches, so the voltage across each branch is the same
- Short circuit: a path of almost no resistance that lets a dangerously large current flow
- Open circuit: a break in the path, so no current flows at all

# Microbiology

## Gram-negative rods

- Pseudomonas aeruginosa: infects burns and the lungs of cystic fibrosis patients, gives a green pigment
- Escherichia coli: lives in the gut; some strains cause urinary tract infections and food poisoning
- Klebsiella pneumoniae: causes pneumonia in alcoholics with thick red currant jelly sputum
- Proteus mirabilis: swarms on agar and makes urease, which favours kidney stones
"""
    named = {c for it in _items_of(tmp_path, notes) for c in (it.answer_text, *it.choices)}
    assert {"Series circuit", "Pseudomonas aeruginosa"} <= named


def test_labelled_paragraphs_apart_or_of_recurring_speakers_are_no_glossary(tmp_path: Path):
    """An interview ("Nurse: about eleven years now …") or a plan of days, each line a paragraph of its
    own, is no glossary: "The term for “rest day, a walk …” is ____" (Thursday) would be nonsense."""
    transcript = """# Interview with a nurse

## Transcript

Interviewer: how long have you worked on the night shift at this hospital?
Nurse: about eleven years now, mostly on the cardiac ward with older patients.
Interviewer: what is the hardest part of the job for you and your team?
Nurse: staffing, because two people often cover a ward meant for four.
Interviewer: and what keeps you going through the long nights there?
Nurse: the patients, and the colleagues who always have my back.
"""
    plan = """# Revision plan

## Week one

Monday: read chapter three and summarise the key ideas on cards.

Tuesday: do the practice questions at the end of chapter three.

Wednesday: review the flash cards with a friend over video call.

Thursday: rest day, a walk and an early night before the mock.

Friday: sit the mock paper under timed conditions in the library.
"""
    for notes in (transcript, plan):
        assert not [it for it in _items_of(tmp_path, notes) if it.is_cloze]


def test_a_word_that_only_looks_like_the_keys_adjective_gives_nothing_away():
    from bot.quiz.quality import problems

    pay = ("Salary", "Commission", "Bonus")
    fixed = "Which one is described as “a fixed yearly amount paid whatever the month's sales”?"
    salary = _choice_item(fixed, pay, 0)
    assert "gives the answer away" not in problems(salary)
    energy = ("Solar radiation", "Geothermal heat", "Tidal energy")
    sole = "Which one is described as “the sole source of energy for nearly all food chains”?"
    sun = _choice_item(sole, energy, 0)
    assert "gives the answer away" not in problems(sun)


def test_a_vendor_written_two_ways_is_still_a_prefix():
    """Notes that write 'AWS S3' here and 'Amazon S3' there name one service: the check that keeps
    'minor' and 'major' from being prefixes reads only names a table sets apart."""
    from types import SimpleNamespace

    from bot.glossary import Entity, Glossary

    names = ["S3", "EC2", "SQS", "Lambda", "AWS S3", "AWS EC2", "AWS Lambda", "AWS SQS"]
    names += ["Amazon S3", "Amazon EC2"]
    g = Glossary()
    for n in names:
        e = Entity(n, kinds={"name"})
        g.entities[e.key] = e
    chunks = [SimpleNamespace(text="Amazon S3 and AWS Lambda, Amazon EC2, AWS SQS and AWS EC2")] * 10
    assert g._merge_prefixed(chunks) == {"aws", "amazon"}
    assert sorted(e.name for e in g.entities.values()) == ["EC2", "Lambda", "S3", "SQS"]



TWO_SIDES_NOTES = """# Ancient Egypt

## Geography

Egypt lay along the Nile. Upper Egypt was the narrow valley in the south; Lower Egypt was the delta
in the north. Egypt was united around 3100 BCE, and its kings wore both crowns. See the
[museum's map](https://example.org/egypt/map.html) for the border between them.

| Upper Egypt | Lower Egypt |
| --- | --- |
| white crown | red crown |
| lotus flower | papyrus reed |
| vulture goddess | cobra goddess |

## Medicines

| Generic Name | Brand Name |
| --- | --- |
| Atorvastatin | Lipitor |
| Metformin | Glucophage |
| Omeprazole | Prilosec |
| Amlodipine | Norvasc |

## Verbs

| Present tense | Past tense |
| --- | --- |
| go | went |
| see | saw |
| take | took |
| eat | ate |
"""


def test_two_columns_naming_two_parts_of_a_named_thing_are_sides_not_rows(tmp_path):
    # "What is the lower egypt of the upper Egypt vulture?" was graded garbled three times of three:
    # two parts of a thing the notes name are two sides, each column its own list (a link's address
    # in lower case is no prose). A shared word that is no name ('Name' of a title-cased header, which
    # the prose never writes, or 'tense') says what the cells are: those tables are asked as before
    tables = [it for it in _items_of(tmp_path, TWO_SIDES_NOTES) if it.kind == "table"]
    prompts = " ".join(it.prompt.lower() for it in tables)
    assert "egypt" not in prompts, [it.prompt for it in tables]
    assert "brand name" in prompts and "generic name" in prompts
    assert "past tense" in prompts


HISTORY_NOTES = """# The Industrial Revolution

**Causes of the Industrial Revolution:**

*   **Agricultural Revolution:**
    *   *New Farming Techniques*: Crop rotation, the seed drill and improved plows raised farm output.
    *   *Enclosure Movement*: Consolidation of common lands into private holdings drove farmers to towns.

*   **Technological Innovation:**
    *   *Steam Engine*: Perfected by James Watt, it revolutionized power generation in mills and mines.
    *   *Textile Machines*: Spinning jenny, water frame and power loom multiplied cloth production.

**Key Events of the Industrial Revolution:**

*   **Growth of Factories:** *Significance: Marked a shift from cottage industry to factory
    production.* Workers and machines gathered under one roof.
*   **Expansion of Coal Mining:** *Significance: Provided the fuel for steam engines and iron
    making.* Mines grew deeper every decade.
*   **Development of the Railroad:** *Significance: Revolutionized transport of goods and
    people.* Lines linked the mill towns.
*   **Factory Acts:** *Significance: Began the regulation of working conditions in
    industry.* Laws limited child labour.
"""


def test_italic_labels_are_items_and_a_field_every_line_repeats_is_no_part_of_the_clue(tmp_path):
    """Notes that label sub-items in italics ("*Steam Engine*: Perfected by James Watt …") ask those
    labels, not the bold heading over them with its first sub-item pasted in as its "description";
    and "*Significance:*", opening every line of a list, is a field name: the clue is what follows."""
    items = _items_of(tmp_path, HISTORY_NOTES)
    asked = {it.answer_text: it for it in items if it.choices}
    assert "Agricultural Revolution" not in asked  # its "line" is its first sub-item
    events = {
        "Growth of Factories",
        "Expansion of Coal Mining",
        "Development of the Railroad",
        "Factory Acts",
    }
    assert events & set(asked), sorted(asked)
    for name in events & set(asked):
        assert "Significance" not in asked[name].prompt, asked[name].prompt
    labelled = {"New Farming Techniques", "Enclosure Movement", "Steam Engine", "Textile Machines"}
    for it in items:
        assert not any(f"{x}:" in it.prompt for x in labelled), it.prompt


FALLACY_NOTES = """# Formal Fallacies

### Fallacy of equivocation
using the same word to mean two different things between premises

### Naturalistic Fallacy
inferring that something natural is good based on its being natural alone

### Fallacy of Affirming the Consequent
concluding the antecedent of a conditional from the truth of its consequent

### Fallacy of Denying the Antecedent
concluding the negation of the consequent from the negation of the antecedent
"""


def test_sections_named_for_the_kind_their_file_title_names_are_asked_among_each_other(tmp_path):
    """ "Fallacy of equivocation" under a file titled "Formal Fallacies" is a fallacy, though it reads
    "X of Y" like a topic's heading: its opening line is asked among the other fallacies."""
    items = _items_of(tmp_path, FALLACY_NOTES)
    asked = [it for it in items if it.choices and it.answer_text == "Fallacy of equivocation"]
    assert asked
    fallacies = {
        "Fallacy of equivocation",
        "Naturalistic Fallacy",
        "Fallacy of Affirming the Consequent",
        "Fallacy of Denying the Antecedent",
    }
    assert all(set(it.choices) <= fallacies for it in asked), [it.choices for it in asked]


_NSAIDS = ("Aspirin (acetylsalicylic acid), diflunisal", "Ibuprofen, naproxen", "Celecoxib, etoricoxib")


_GROUPS = ("Propionic acid derivatives", "Acetic acid derivatives", "Selective COX-2 inhibitors")
_MEMBERS = ("Ibuprofen, naproxen", "Celecoxib, etoricoxib", "Paracetamol")
_SHAPES = ("cyclic Br⁺ bridge", "cyclohexadienyl cation", "neutral, 6e⁻")
_ENZYMES = ("RNA polymerase", "DNA ligase", "Helicase")
_IONS = ("Carbene", "Bromonium ion", "Arenium ion")
_INJURIES = ("Coagulative necrosis", "Apoptosis", "Atrophy")


@pytest.mark.parametrize(
    ("prompt", "choices", "answer", "away"),
    [
        (
            "Which one is described as “low affinity: MRSA (mecA gene → PBP2a)”?",
            ("Efflux pumps", "Altered PBPs", "Decreased permeability", "β-lactamase production"),
            1,
            True,
        ),
        ("What are the members of the sub-group Salicylates?", _NSAIDS, 0, True),
        ("What are the members of the sub-group Propionic acid derivatives?", _NSAIDS, 1, False),
        # a short name held inside a word of the key or the stem, either way round: 'COX' in
        # 'celecoxib, etoricoxib', the symbol 'Br⁺' opening 'Bromonium' (graded BAD, r162-r165)
        ("Which sub-group has the members “Celecoxib, etoricoxib”?", _GROUPS, 2, True),
        ("What are the members of the sub-group Selective COX-2 inhibitors?", _MEMBERS, 1, True),
        ("What is the structure of the intermediate Bromonium ion?", _SHAPES, 0, True),
        ("Which intermediate has the structure “cyclic Br+ bridge”?", _IONS, 1, True),
        # ('internal' holds 'RNA' by chance: a dictionary word points at nothing; nor does a symbol
        # opening a word that names no species of it, nor letters inside one word alone)
        ("Which enzyme works on the internal strand of the bubble?", _ENZYMES, 0, False),
        ("Which ion does digoxin raise in cardiomyocytes?", ("Ca²⁺", "K⁺", "Cl⁻"), 0, False),
        ("Which injury do ROS cause in heart muscle?", _INJURIES, 0, False),
        # letters inside an everyday word, a shared ending: no pointer
        (
            "Which organ do ACE inhibitors cross in pregnancy?",
            ("Placenta", "Kidney", "Liver"),
            0,
            False,
        ),
        (
            "Which one measures test-retest reliability of a scale?",
            ("Coefficient of stability", "Cronbach probability", "Split-half method"),
            1,
            False,
        ),
    ],
)
def test_an_acronym_or_a_long_root_the_stem_shares_with_the_key_alone_gives_it_away(
    prompt, choices, answer, away
):
    """'PBP2a' in the stem and 'Altered PBPs' the key, the sub-group Salicylates over 'Aspirin
    (acetylsalicylic acid)': matching letters find the key. A root every choice shares, or none,
    letters inside an everyday word ('ACE' in 'Placenta') or a shared ending tell nothing."""
    from bot.quiz.quality import problems

    assert ("gives the answer away" in problems(_choice_item(prompt, choices, answer))) is away


COMPARISON_TABLE_NOTES = """# Analgesics

## Aspirin vs Paracetamol

| Feature | Aspirin | Paracetamol |
| --- | --- | --- |
| Anti-inflammatory | Yes | Negligible |
| Mechanism | Peripheral COX inhibition | Mainly central COX inhibition |
| GI toxicity | Significant | Minimal |
| Children | Reye syndrome risk in viral illness | First choice for fever |
| Platelet inhibition | Irreversible, lasting the platelet's lifetime | Does not |

## Impacts

- **A. Weakening of Imperial Powers:** The war drained resources and undermined control over colonies.
- **B. Rise of Colonial Nationalism:** Colonial soldiers returned home demanding self-rule and rights.
- **C. Mandate System:** Former colonies of the defeated empires were handed to the victors to govern.
"""


def test_a_comparison_tables_rows_are_asked_in_words_that_read_and_outline_letters_are_no_names(tmp_path):
    """"What is the children of Paracetamol?" reads as a slip: a row named by an adjective or a plural
    without -s is asked "What is listed for Aspirin under “Children”?"; 'Mechanism' is still "the
    mechanism of". A row of ratings ('Yes' / 'Negligible') is not asked. "A." and "B." of an outline
    are no part of the names offered."""
    items = _items_of(tmp_path, COMPARISON_TABLE_NOTES)
    prompts = [it.prompt for it in items]
    assert not any(re.search(r"the (?:anti-inflammatory|children) of", p, re.IGNORECASE) for p in prompts)
    # the columns are the things compared: a row is asked as what sets one drug apart, by its name
    apart = [it for it in items if it.prompt == "Which of these sets Aspirin apart from Paracetamol?"]
    assert {it.answer_text for it in apart} == {
        "Mechanism: Peripheral COX inhibition",
        "Children: Reye syndrome risk in viral illness",
    }, prompts
    offered = {c for it in items for c in it.choices}
    # 'Yes' against 'Negligible', 'Significant' against 'Minimal': ratings, table-speak either way
    assert not any(c.startswith(("Anti-inflammatory", "GI toxicity")) for c in offered), offered
    # 'Does not' is a verb's no: neither side of its row is asked
    assert not any("Does not" in c or "Platelet inhibition" in c for c in offered), offered
    for it in items:
        assert not any(re.match(r"[A-C]\. ", c) for c in it.choices), it.choices


ML_NOTES = """# Week 1

## Key Concept 1: Introduction to Supervised Learning

- **Key Definitions:**
    - **Machine Learning:** The field of study that gives computers the ability to learn without being
      explicitly programmed.
    - **Supervised Learning:** A type of machine learning where the algorithm learns from labeled data.
    - **Unsupervised Learning:** A type of machine learning where the algorithm learns from unlabeled
      data, finding structure in the data on its own.
"""


def test_two_kinds_of_a_genus_listed_beside_it_are_an_either_or(tmp_path):
    """Supervised and Unsupervised Learning, each "a type of machine learning", listed under Machine
    Learning itself: the genus the stem names is no withheld choice, and the two kinds make a fair
    either-or (labeled or unlabeled data tells them apart)."""
    items = _items_of(tmp_path, ML_NOTES)
    asked = {it.answer_text: it for it in items if it.choices}
    assert {"Supervised Learning", "Unsupervised Learning"} <= set(asked), sorted(asked)
    for name in ("Supervised Learning", "Unsupervised Learning"):
        assert set(asked[name].choices) == {"Supervised Learning", "Unsupervised Learning"}


def test_capitals_run_into_a_number_name_things_and_a_word_before_a_number_counts_them():
    """'SN1' and 'SN2' (or 'E1' and 'E2') are two reactions, choices of their own; 'Step 1' and 'Step
    2', 'Example 1' and 'Example 2' count off a passage's parts."""
    from bot.quiz.wording import _enumerators

    assert _enumerators(["SN1", "SN2", "E1", "E2", "Step 1", "Step 2", "example3", "example4"]) == {
        "step",
        "example",
    }


REACTION_TABLE_NOTES = """# Substitution and elimination

SN2 is favoured by a strong nucleophile; E2 is favoured by a strong base and heat.

## When SN vs E?

| Condition | Favours |
|-----------|---------|
| Strong nucleophile, low temp, 1° substrate | SN2 |
| Weak nucleophile, 3° substrate, protic solvent | SN1 |
| Strong base, high temp | E2 |
| 3° substrate, weak base, high temp | E1 |

## Classification of NSAIDs

| Sub-group | Members | Note |
| --- | --- | --- |
| Salicylates | Aspirin, diflunisal | Aspirin irreversibly inhibits COX |
| Propionic acid derivatives | Ibuprofen, naproxen, ketoprofen | Most-used reversible NSAIDs |
| Fenamates | Mefenamic acid | Dysmenorrhoea |
| Oxicams | Piroxicam, meloxicam | Long half-life |
"""


def test_a_column_named_by_a_verb_is_asked_with_it_and_a_column_of_notes_is_not_asked(tmp_path):
    """"| Condition | Favours |" asks "Which condition favours “SN1”?" and "What does the condition
    “Strong base, high temp” favour?", never "the favour of"; a "Note" column beside each row holds
    remarks ('Dysmenorrhoea'), no property to tell the rows by."""
    items = _items_of(tmp_path, REACTION_TABLE_NOTES)
    prompts = [it.prompt for it in items]
    assert not any("the favour" in p for p in prompts), prompts
    assert any(re.match(r"Which condition favours “(?:SN1|SN2|E1|E2)”\?", p) for p in prompts), prompts
    assert any(re.match(r"What does the condition “.+” favour\?", p) for p in prompts), prompts
    assert not any("note" in p.lower() or "Dysmenorrhoea" in p for p in prompts), prompts
    assert not any("Dysmenorrhoea" in c for it in items for c in it.choices)


CAUSES_NOTES = """# Infections

Cholera is an acute diarrhoeal infection caused by Vibrio cholerae. Amoebiasis is a parasitic
infection caused by a protozoon. Many drugs are used by travellers.

## Organisms

| Disease | Causes |
| --- | --- |
| Cholera | Vibrio cholerae |
| Amoebiasis | Entamoeba histolytica |
| Typhoid | Salmonella typhi |
| Malaria | Plasmodium falciparum |
"""


def test_a_plural_noun_column_is_not_read_as_a_verb(tmp_path):
    """"| Disease | Causes |" lists what causes each disease ("Cholera is caused by ..."): "Which
    disease causes “Entamoeba histolytica”?" would say it backwards."""
    prompts = [it.prompt for it in _items_of(tmp_path, CAUSES_NOTES)]
    assert prompts
    assert not any(re.search(r"\bcauses “|What does .* cause\?", p) for p in prompts), prompts


SORTING_NOTES = """# Sorting Algorithms

## Bubble Sort
swaps neighbouring items until no swap is left, in quadratic time

## Merge Sort
splits the list in halves, sorts each and merges them in n log n time

## Quick Sort
partitions around a pivot and sorts each side, fast on average

## Practice Problems
trace each algorithm by hand on a list of eight numbers before coding it
"""


def test_a_file_title_naming_no_kind_of_its_chapters_makes_no_list_of_them(tmp_path):
    """"Sorting Algorithms" over 'Bubble Sort' and 'Practice Problems': the title names no kind most
    of its chapters are ("sort" is not "algorithm"), so 'Practice Problems' is never a key."""
    from bot.quiz.wording import is_topic_heading, of_its_kind

    items = _items_of(tmp_path, SORTING_NOTES)
    assert not any(it.choices and it.answer_text == "Practice Problems" for it in items)
    assert not of_its_kind("History of Fallacies", "Formal Fallacies")
    assert is_topic_heading("History of Fallacies", "Formal Fallacies")
    assert not is_topic_heading("FALLACY OF EQUIVOCATION", "Formal Fallacies")


def test_a_hyphenated_quality_reads_as_one_and_a_hyphenated_noun_as_a_property():
    from bot.quiz.table_facts import _no_property_noun

    assert _no_property_noun("Long-acting", "Once a month")
    assert _no_property_noun("Anti-inflammatory", "Weak at low doses")
    assert not _no_property_noun("Half-life", "40 hours")


def test_a_one_word_gloss_after_a_name_is_left_off_a_choice():
    """'COX-1 (constitutive)' beside 'COX-2 (inducible)' for "the housekeeping isoform": the gloss
    answers for the name; 'Enolic acid (oxicams)' spells the members asked for. Acronyms stay."""
    from bot.quiz.wording import _bare

    assert _bare("COX-2 (inducible)") == "COX-2"
    assert _bare("Enolic acid (oxicams)") == "Enolic acid"
    assert _bare("Infrastructure as a Service (IaaS)") == "Infrastructure as a Service (IaaS)"
    assert _bare("Zombie (Terminated)") == "Zombie"


HYDROCARBON_TABLES = """# Hydrocarbons

## Alkanes

| Name | Formula | Boiling point |
|------|---------|---------------|
| Methane | CH₄ | −162 °C |
| Ethane | C₂H₆ | −89 °C |
| Propane | C₃H₈ | −42 °C |
| Butane | C₄H₁₀ | −1 °C |

## Reaction intermediates

| Property | Carbocation | Carbanion | Free radical |
|----------|-------------|-----------|--------------|
| Electrons on C | 0 (empty orbital) | 2 (lone pair) | 1 (unpaired) |
| Hybridization | sp² | sp³ | sp² |
"""


def test_a_column_is_asked_by_its_head_noun_and_a_name_column_names_no_kind(tmp_path):
    """"What is the formula of the name Ethane?" and "What is the electrons on C of Carbanion?" read as
    slips (graded WEAK, nine of forty): a 'Name' corner names no kind, and the head noun of 'Electrons
    on C' is 'Electrons', a count of them."""
    from bot.quiz.wording import _attribute_question, _plural_attribute, _singular_head

    prompts = [it.prompt for it in _items_of(tmp_path, HYDROCARBON_TABLES)]
    assert "In “Alkanes”, what is the formula of Ethane?" in prompts
    assert "In “Reaction intermediates”, what is the number of electrons on C of Carbanion?" in prompts
    assert not any("the name " in p or "is the electrons" in p for p in prompts)
    assert _attribute_question("Effects on heart", "Slows the rate", "Digoxin") == (
        "What is the effect on heart of Digoxin?"
    )
    assert _attribute_question("Sites of action", "Kidney and liver", "Digoxin") == (
        "What are the sites of action of Digoxin?"
    )
    # a year with a remark is no count; the noun after the preposition keeps its s ('CNS', 'gas')
    asked = _attribute_question("Key dates", "1154 (accession)", "Henry II")
    assert asked == "What is the key date of Henry II?"
    assert _attribute_question("Bond angles", "109.5", "CH4") == "What is the bond angle of CH4?"
    assert _singular_head("Organs affected") == "Organ affected"
    assert _attribute_question("Organs affected", "Pancreas", "Type 1 diabetes") == (
        "What is listed for Type 1 diabetes under “Organs affected”?"
    )
    assert _singular_head("Drugs (examples)") == "Drug (examples)"
    assert _singular_head("Lens speed in stops") == "Lens speed in stops"
    assert _singular_head("Effects on CNS") == "Effect on CNS"
    assert _singular_head("Drugs used in infections") == "Drug used in infections"
    assert _plural_attribute("Drugs used in infections") and not _plural_attribute("Status")


VOLUME_NOTES = """# Kubernetes

## Volume

- Ephemeral volume (Temporary volume): Multiple containers reach ephemeral volume in the pod.
  When the pod is deleted, volume is also deleted.

### Emptydir Volume

- Emptydir is created on the node the pod runs on and mounted on the container using volumeMounts.

### Hostpath Volume

- Hostpath is also created on the node the pod runs on, at a path defined on the node.

## Persistent Volume and Persistent Volume Claim

- Volumes are temporary areas that store data.
- Persistent volume provides long term storage area that runs out of the cluster.
- Container Storage Interface (CSI) provides the connection of the cluster and different storage solutions.

### Persistent Volume

- "accessModes" types: ReadWriteOnce, ReadOnlyMany, ReadWriteMany.
"""


def test_a_statement_is_asked_among_names_that_say_they_are_of_its_kind(tmp_path, embedder):
    """"Which one provides long term storage area …?" among 'Hostpath Volume' and 'Emptydir Volume'
    found by meaning: their own names say they are volumes too, so they are rivals of its kind, where
    names gathered by meaning alone ('CSI') are a guess at rivals and stay out."""
    (tmp_path / "notes.md").write_text(VOLUME_NOTES, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    vectors = embedder.encode([c.text for c in chunks])
    units = embedder.encode([u for c in chunks for u in c.units])
    items = generate_items(chunks, glossary, vectors, units, embedder.encode)
    item = next((it for it in items if "long term storage" in it.prompt), None)
    assert item is not None and item.answer_text == "Persistent Volume"
    assert len(item.choices) >= 3 and all(c.lower().endswith("volume") for c in item.choices)
    from bot.quiz.rivals import _one_word_apart

    assert _one_word_apart("Hostpath Volume", "Persistent Volume (PV)")
    assert not _one_word_apart("Decimal Number System", "Database Management System")
    assert _one_word_apart("Type 1 Diabetes", "Type 2 Diabetes") and _one_word_apart("Vitamin A", "Vitamin D")
    assert not _one_word_apart("Cell Membrane", "Cell Theory")
    assert _one_word_apart("Law of Demand", "Law of Supply")


def test_a_file_of_two_parallel_parts_keeps_which_part_in_its_topic(tmp_path):
    """"Impacts of World War I" and "Impacts of World War II" in one file: neither is the file's
    title, and dropping the more common one left "following the war" asking of an unnamed war."""
    from bot.quiz.generate import _parallel

    assert _parallel("Impacts of World War I", "Impacts of World War II")
    assert not _parallel("What is Kubernetes?", "Play With Kubernetes")
    # a series of lectures names no subject, and two subjects one word apart are no series
    assert not _parallel("Lecture 1", "Lecture 2") and not _parallel("Chapter 3 Notes", "Chapter 4 Notes")
    assert not _parallel("Linear Algebra", "Linear Regression")
    assert not _parallel("Unit 1 Review", "Unit 2 Review")
    assert not _parallel("BIO 101 Lecture 1", "BIO 101 Lecture 2")
    assert _parallel("Class A Networks", "Class C Networks")
    assert not _parallel("Biology Day 1", "Biology Day 2")
    assert not _parallel("Chemistry Part 1", "Chemistry Part 2")
    assert _parallel("Class 1 Antiarrhythmics", "Class 3 Antiarrhythmics")
    assert not _parallel("Topic 1 Flashcards", "Topic 2 Flashcards")
    notes = "\n".join(
        f"## Impacts of World War {war}\n\n**I. POLITICAL REPERCUSSIONS**\n\n"
        f"* *1. {a}:* {x}\n* *2. {b}:* {y}\n* *3. {c}:* {z}\n"
        for war, a, x, b, y, c, z in [
            ("I", "Collapse of Empires", "four empires fell and new states were drawn on the map",
             "Rise of Communism", "the Bolshevik Revolution inspired movements worldwide",
             "League of Nations", "an early body for collective security that lacked power"),
            ("II", "Granting of Independence", "many colonies gained independence after the war",
             "Creation of the United Nations", "a body set up in 1945 to keep the peace",
             "Nuremberg Trials", "trials that held leaders accountable for war crimes"),
        ]
    )
    items = _items_of(tmp_path, notes)
    topics = {it.answer_text: it.topic for it in items if it.choices}
    assert "Impacts of World War II" in topics.values()
    assert all(t.startswith("Impacts of World War") for t in topics.values())


def test_a_heading_in_capitals_is_quoted_as_a_title_is_written(tmp_path):
    """"In “IMPACT ON TECHNOLOGY”, which one …" shouts a heading at the learner (graded odd): it is
    written as a title is, and an acronym the notes only ever write in capitals stays one."""
    from collections import Counter

    from bot.quiz.wording import unshouted

    forms = Counter({"USA": 3, "impact": 1, "rise": 2, "Power": 1, "world": 1, "War": 2, "part": 1})
    assert unshouted("IMPACT ON COLONIES AND IMPERIALISM (General)", forms) == (
        "Impact on Colonies and Imperialism (General)"
    )
    assert unshouted("RISE OF THE USA AS A POWER", forms) == "Rise of the USA as a Power"
    assert unshouted("DNA Replication", forms) == "DNA Replication"
    assert unshouted("IMPACTS OF WORLD WAR I", forms) == "Impacts of World War I"
    assert unshouted("PART A: THE BASICS", forms) == "Part A: The Basics"
    # an acronym that is also a small word, a letter naming a kind, a spelling of the notes' own
    said = Counter({"WHO": 4, "who": 1, "Vitamin": 2, "mRNA": 3, "Newton": 1, "global": 1, "role": 2})
    assert unshouted("ROLE OF WHO IN GLOBAL HEALTH", said) == "Role of WHO in Global Health"
    assert unshouted("VITAMIN A AND VITAMIN D DEFICIENCY", said) == "Vitamin A and Vitamin D Deficiency"
    assert unshouted("MRNA PROCESSING STEPS", said) == "mRNA Processing Steps"
    assert unshouted("NEWTON'S LAWS OF MOTION", said) == "Newton's Laws of Motion"
    assert unshouted("JSON AND TCP HANDSHAKES", said) == "JSON and TCP Handshakes"
    # a pronoun far more often than the acronym, a numeral, an article after a verb, a short word
    pronoun = Counter({"who": 6, "WHO": 1, "war": 3, "cold": 1})
    assert unshouted("ROLE OF WHO IN GLOBAL HEALTH", pronoun) == "Role of WHO in Global Health"
    assert unshouted("THE COLD WAR AND ITS ORIGINS", pronoun) == "The Cold War and its Origins"
    assert unshouted("HENRY VIII AND THE REFORMATION", pronoun) == "Henry VIII and the Reformation"
    assert unshouted("BUILDING A WELFARE STATE", pronoun) == "Building a Welfare State"
    assert unshouted("DNA REPLICATION AND REPAIR", Counter({"DNA": 1, "replication": 2})) == (
        "DNA Replication and Repair"
    )
    # an acronym whose lower case is a word of its own ("AIDS is …", "mobility aids") stays one
    aids = Counter({"AIDS": 1, "aids": 1})
    assert unshouted("AIDS AND OPPORTUNISTIC INFECTIONS", aids).startswith("AIDS and")
    # "The KEY idea", "IMPORTANT" once beside their lower case are stress, not acronyms
    stressed = Counter({"KEY": 1, "key": 1, "IMPORTANT": 1, "important": 2})
    assert unshouted("KEY CONCEPTS IN GENETICS", stressed) == "Key Concepts in Genetics"
    assert unshouted("IMPORTANT DATES OF THE REVOLUTION", stressed).startswith("Important Dates")
    # "Do NOT …" once is emphasis, not an acronym; 'CIVIL' and 'MILD' are words, not numerals
    shouted_once = Counter({"NOT": 1, "not": 9, "civil": 2, "war": 2})
    assert unshouted("WHY NOT TAX CAPITAL GAINS", shouted_once).startswith("Why not")
    assert unshouted("THE CIVIL WAR AND RECONSTRUCTION", shouted_once).startswith("The Civil War")
    notes = "# World War I\n\n## IMPACT ON TECHNOLOGY\n\n" + "".join(
        f"* *{n}. {a}:* {b}\n"
        for n, a, b in [
            (1, "New Weapons", "tanks, airplanes, poison gas and submarines were used in battle"),
            (2, "Medical Advances", "surgery, blood transfusions and prosthetics improved"),
            (3, "Aviation", "aircraft moved from scouting to bombing in four years"),
        ]
    )
    items = [it for it in _items_of(tmp_path, notes) if it.choices]
    assert items and not any("TECHNOLOGY" in it.prompt or "TECHNOLOGY" in it.topic for it in items)
    assert any("Impact on Technology" in it.prompt or it.topic == "Impact on Technology" for it in items)


ALGORITHM_LABELS = "# Learning\n\n## Algorithms\n\n" + "".join(
    f"- **{label}:** {line}\n"
    for label, line in [
        ("Decision Tree", "A model of decisions and their consequences. It's a type of supervised learning "
         "algorithm used for classification and regression."),
        ("Random Forest", "An ensemble of decision trees. It uses bagging to train each tree on other data."),
        ("K-Means", "A clustering method that groups points around centroids. It's a type of unsupervised "
         "learning algorithm."),
    ]
)


def test_a_labelled_line_is_quoted_once_for_its_it_sentence(tmp_path):
    """"Decision Tree: A model … It's a type of supervised learning algorithm … It's a type of …": the
    "Notes say" of a question on the line's "It" sentence quoted that sentence twice (a grader saw it)."""
    builder = _builder_of(tmp_path, ALGORITHM_LABELS)
    told = [
        f.explanation
        for c in builder.chunks
        for f in builder._entry_facts(c, builder.parsed[c.id][0])
        if f.kind == "statement"
    ]
    assert told
    for explanation in told:
        said = [s for s in re.split(r"(?<=[.!?])\s+", explanation) if s]
        assert len(said) == len(set(said)), explanation


def test_a_drug_class_named_by_its_members_root_gives_the_key_away():
    """'oxicams' in the stem and 'Piroxicam, meloxicam' the key, 'Fenamates' and 'Mefenamic acid':
    two names no dictionary has share a root of five letters, and no other choice does. Every choice a
    kinase, one written as one word ('Hexokinase'), is the stem's class and no giveaway."""
    from bot.quiz.quality import problems

    cases = [
        ("What are the members of the sub-group Enolic acid (oxicams)?",
         ("Piroxicam, meloxicam", "Mefenamic acid", "Ibuprofen, naproxen"), True),
        ("Which sub-group has the member “Mefenamic acid”?",
         ("Fenamates", "Salicylates", "Propionic acid derivatives"), True),
        ("Which one is described by “Different configurations at one or more stereogenic centers”?",
         ("Diastereomers", "Enantiomers", "Conformers"), False),
        ("Which of these kinases phosphorylates glucose in most tissues?",
         ("Hexokinase", "Pyruvate kinase", "Protein kinase A", "Creatine kinase"), False),
    ]
    for prompt, choices, away in cases:
        assert ("gives the answer away" in problems(_choice_item(prompt, choices, 0))) is away, prompt


def test_names_the_clue_joins_by_and_are_no_rivals(tmp_path):
    """"Any layer between the input and output layers" among 'Input Layer' and 'Output Layer': the clue
    names both and rules them out, and the key is left by elimination (graded BAD)."""
    from bot.quiz.rivals import _coordinated_names, _stems_of

    named = _coordinated_names("Which one is described as “Any layer between the input and output layers”?")
    assert _stems_of("Input Layer") in named and _stems_of("Output layers") in named
    assert _stems_of("Hidden Layer") not in named
    assert _stems_of("Input Layer") in _coordinated_names("between the input, embedding and output layers")
    notes = "# Networks\n\n## Layers\n\n" + "".join(
        f"- **{label}:** {line}\n"
        for label, line in [
            ("Input Layer", "The first layer, which receives the raw features of an example."),
            ("Hidden Layer", "Any layer between the input and output layers, learning patterns."),
            ("Output Layer", "The last layer, which produces the prediction."),
            ("Dropout Layer", "A layer that switches off random units while training to curb overfitting."),
        ]
    )
    item = _asking(tmp_path, notes, "between the input and output")
    assert item is None or not {"Input Layer", "Output Layer"} & set(item.choices)


LAYER_TABLE = """# Networking

## The TCP/IP model

The Network layer moves packets between networks; the Transport layer moves data between applications.

| TCP/IP Layer | Main Function | Common Examples |
|---|---|---|
| **Application** | Network services used by applications | HTTP, DNS, SSH |
| **Transport** | Application-to-application delivery | TCP, UDP |
| **Network** | Logical addressing and packet forwarding | IPv4, IPv6, ICMP |
| **Data Link** | Local-link framing and delivery | Ethernet, 802.11 |
| **Physical** | Transmission of bits | Copper, fiber, radio |
"""


def test_a_tables_rows_are_named_as_the_notes_name_them(tmp_path):
    """'TCP/IP Layer' over 'Physical' and 'Network': the rows are layers, and the notes write "the
    Network layer", so a stem asks of "the Physical layer", not of "Physical" or "the layer Physical"."""
    prompts = [it.prompt for it in _items_of(tmp_path, LAYER_TABLE)]
    assert any("of the Physical layer?" in p for p in prompts), prompts
    assert not any(p.endswith(" of Physical?") or "the layer Physical" in p for p in prompts)
    drugs = (
        "# Drugs\n\nAspirin and Metformin are taken daily; Warfarin drug interactions are many.\n\n"
        "| Drug | Class |\n|---|---|\n| Aspirin | NSAID |\n| Metformin | Biguanide |\n"
        "| Warfarin | Anticoagulant |\n"
    )
    prompts = [it.prompt for it in _items_of(tmp_path, drugs)]
    assert not any("Aspirin drug" in p for p in prompts), prompts


FLUID_TABLE = """# Oedema

Three fluids collect in tissues: Transudate, Exudate and Lymph.

| Fluid | Mechanism |
|---|---|
| Transudate | Raised hydrostatic or lowered oncotic pressure |
| exudate | Raised vascular permeability in inflammation |
| Lymph | Blocked lymphatic drainage after surgery |
"""


def test_a_choice_written_in_lower_case_among_capitalised_ones_is_capitalised(tmp_path):
    """'Transudate' beside 'exudate', as a table happened to write them: the odd case marks a choice
    (graded WEAK); the notes also write 'Exudate', so it is shown so. Code keeps its case."""
    items = [it for it in _items_of(tmp_path, FLUID_TABLE) if "Transudate" in it.choices]
    assert items and all("exudate" not in it.choices and "Exudate" in it.choices for it in items)


_LIKENED = """# Mediators

## Chemical Mediators

| Mediator | Source | Main actions |
| --- | --- | --- |
| Histamine | Mast cells, basophils | Vasodilation and raised permeability in the immediate phase |
| Serotonin | Platelets | Same as histamine |
| Leukotrienes | Arachidonate via lipoxygenase | Sustained permeability and bronchospasm |
| Bradykinin | Kinin system | Pain and vasodilation in inflamed tissue |
| Prostaglandins | Arachidonate via cyclooxygenase | Fever and pain in inflamed tissue |
"""


def test_a_row_the_notes_call_the_same_as_the_key_is_no_rival(tmp_path):
    """'Serotonin | Platelets | Same as histamine': whatever is asked of histamine's actions is true of
    serotonin too, so serotonin is no wrong choice beside it, nor histamine beside serotonin."""
    items = _items_of(tmp_path, _LIKENED)
    keyed = [it for it in items if it.answer_text in ("Histamine", "Serotonin")]
    assert keyed, [it.prompt for it in items]
    assert not [it.prompt for it in keyed if {"Histamine", "Serotonin"} <= set(it.choices)]
    # the cell points at a row the reader can't see: neither a clue nor a choice
    assert not [it.prompt for it in items if "same as" in " ".join([it.prompt, *it.choices]).lower()]


def test_a_statement_of_the_key_is_not_asked_among_a_row_likened_to_it(tmp_path):
    said = "- **Histamine** opens the immediate permeability gap; leukotrienes sustain it.\n"
    notes = f"{_LIKENED}\n## Summary\n\n{said}"
    items = _items_of(tmp_path, notes)
    asked = [it for it in items if "opens the immediate permeability gap" in it.prompt]
    assert not [it.choices for it in asked if "Serotonin" in it.choices]


def test_a_list_of_examples_names_no_kind_of_its_labels(tmp_path):
    """"Example factors:" over "Strengths: core competences, …": the labels are categories its lines
    give examples of; "Which example factor is …?" calls Strengths an example."""
    notes = """# Strategy

## Competitive Analysis

- A SWOT analysis is another technique for analysis of a firm and its rivals
  - Example factors:
    - Strengths: core competences, cost advantages, patents held by the firm
    - Weaknesses: product quality (objective or perceived), brand image/reputation
    - Opportunities: acquiring firms with attractive technology, expanding into new geographic markets
    - Threats: new entrants, emergence of better/cheaper technologies, unfavourable demographic shifts
"""
    stems = _stems_of(tmp_path, notes)
    assert not [s for s in stems if "example factor" in s.lower() or "“Example factors”" in s]


def test_a_noun_made_of_a_word_of_the_stem_gives_the_key_away():
    from bot.quiz.quality import problems

    choices = ("IV Needle Gauge", "Administration Set", "Storage", "Period of Viability")
    stored = _choice_item("Which one is described as “blood is not stored at the nursing unit”?", choices, 2)
    assert "gives the answer away" in problems(stored)
    fair = _choice_item("Which one is described as “kept between 1 and 6 °C until it is used”?", choices, 2)
    assert "gives the answer away" not in problems(fair)


def test_a_task_the_notes_head_a_section_with_is_asked_among_tasks_only(tmp_path):
    """"Administering blood is a dependent nursing action" under "# Administering Blood": 'Blood
    Transfusion' (a thing the notes define beside it) is no rival of a task."""
    from bot.quiz.facts import _Fact

    notes = """# Blood Transfusion

A **Blood Transfusion** is the introduction of whole blood or other blood components into venous circulation.

# Administering Blood

Administering blood is a **dependent** nursing action. Blood requires strict storage and preparation.

# Transfusion Reactions

An **Acute Hemolytic Transfusion Reaction** results from an incompatibility, destroying transfused cells.
"""
    builder = _builder_of(tmp_path, notes)
    builder.build()
    chunk = next(c for c in builder.chunks if c.heading[-1] == "Administering Blood")
    said = "Administering blood is a dependent nursing action."
    asked = "Which one is a dependent nursing action?"
    fact = _Fact("statement", asked, "Administering Blood", said, chunk, "subject")
    fact.pred = "is a dependent nursing action"
    assert "Blood Transfusion" not in builder._choose(fact)


def test_a_described_line_with_a_label_or_a_pointer_of_its_own_is_not_asked():
    from bot.quiz.quality import problems

    choices = ("Closing theme", "Second theme", "Transition")
    placed = _choice_item("Which one is described as “m.41: galant style, immediately repeated”?", choices, 1)
    assert "a label inside the description" in problems(placed)
    named = _choice_item("Which one is described as “fortepiano: type of piano from 18C”?", choices, 1)
    assert "a label inside the description" in problems(named)
    remark = _choice_item("Which one is described as “contrast: gentle melody, change of key”?", choices, 1)
    assert "a label inside the description" not in problems(remark)
    slide = _choice_item("Which one is described as “expanded binary form (A B): see slide 3”?", choices, 0)
    assert "points at unseen text" in problems(slide)
    run_on = _choice_item("Which one is described as “b minor1st verse of the hymn”?", choices, 0)
    assert "garbled: words run together" in problems(run_on)


_OUTLINE = """# British Politics

## Society

- Northern Ireland:
  - 60% Protestant - mostly Unionist and loyal to the crown
  - 40% Catholic - mostly Separatist and looking to Dublin
- Views of the sonata:
  - 18th-Century view: expanded binary form with two halves, each repeated
  - Vs 19th-century view: ternary form with exposition, development and recapitulation
- Opera characters:
  - Donna Anna: dramatic opera seria style with wide leaps and long runs
  - Don Giovanni: matches her style
  - Leporello: comic buffa patter, quick repeated notes and asides

## Political Economy Since 1945

- IV. New Labour Government: Tony Blair's Third Way of markets with social investment (1997-2010)
- v. The Coalition Government: Cameron's Big Society of volunteers and local control (2010-2015)
- vi. The Conservative Government: austerity budgets and the referendum on leaving Europe (2015-2019)
"""


def test_outline_numerals_shares_and_continuations_are_no_names(tmp_path):
    """'v. The Coalition Government' is named without its outline numeral; "60% Protestant" is a share
    and "Vs 19th-century view" goes on from the line before, neither a name; "matches her style" says
    nothing of Don Giovanni without the line that names her."""
    from bot.quiz.wording import _clean_name

    assert _clean_name("v. The Coalition Government") == "The Coalition Government"
    assert _clean_name('IV. "New Labour"') == '"New Labour"'
    assert _clean_name("V. Cholerae") == "V. Cholerae"  # a genus's initial, one word after it
    items = _items_of(tmp_path, _OUTLINE)
    shown = [c for it in items for c in it.choices]
    assert "Donna Anna" in shown, [it.prompt for it in items]
    assert not [c for c in shown if "%" in c or c.startswith("Vs ")]
    assert not [it.prompt for it in items if "her style" in it.prompt]


def test_a_star_on_a_greek_letter_is_the_symbol_not_emphasis():
    from bot.ingest.entries import plain

    assert plain("Paramagnetic (2 unpaired e⁻ in π*)") == "Paramagnetic (2 unpaired e⁻ in π*)"
    assert plain("an *italic* word beside σ* and **bold**") == "an italic word beside σ* and bold"


def test_a_symbol_the_keys_formula_opens_with_gives_it_away():
    from bot.quiz.quality import problems

    lines = (
        "+2 more stable than +4 (inert pair effect)",
        "Toxic (binds to haemoglobin), reducing agent",
        "Semiconductor; SiO₂ forms a covalent network solid",
    )
    assert "gives the answer away" in problems(_choice_item("Which of these describes Si?", lines, 2))
    assert "gives the answer away" not in problems(_choice_item("Which of these describes Pb?", lines, 0))


def test_sample_values_and_placed_lines_are_not_asked(tmp_path):
    """"Subtitle: In my friends pool" is a sample to type into a form, and "M.71: cadential ideas" a
    place in a score the reader can't see: neither is what its label is."""
    from bot.quiz.quality import problems

    themes = ("M.71: cadential ideas: firmly establishes dominant key", "Song-like melody over chords")
    asked = "Which of these describes the closing theme?"
    placed = QuizItem("z", "definition", asked, themes, 0, "x", "f.md › A", "A")
    assert "a label inside the description" in problems(placed)
    notes = """# Engraving

## New score

- Title: the name of the piece, printed centred at the top of the first page
- Subtitle: In my friends pool
- Composer: Your name here
- Copyright: ©2020 your name
- Lyricist: the writer of the words, printed on the left under the title
"""
    stems = _stems_of(tmp_path, notes)
    assert not [s for s in stems if "friends pool" in s or "your name" in s.lower()]


def test_review_60_rules_keep_what_they_should(tmp_path):
    """The rules above leave alone what only looks like their cases: a closing italic star on a Greek
    letter, "not the same as", a noun that only starts like a stem word, 'Ming Dynasty' (no task),
    'Blood samples' (a kind), and a line whose "her" is its own label's."""
    from bot.ingest.entries import plain
    from bot.quiz.quality import problems
    from bot.quiz.rivals import _LIKENING, _task_named
    from bot.quiz.wording import _kind_of

    assert plain("*β*-lactamase and Type *α* error") == "β-lactamase and Type α error"
    assert not _LIKENING.search("not the same as type 1 diabetes")
    likened = [m.group(1) or m.group(2) for m in _LIKENING.finditer("Same as TCP but unlike UDP")]
    assert [w.strip() for w in likened] == ["TCP"]
    works = ("St Matthew Passion", "Mass in B minor", "Magnificat")
    assert "gives the answer away" not in problems(_choice_item("Which one passed into obscurity?", works, 0))
    assert not _task_named("Ming Dynasty") and _task_named("Administering Blood")
    assert _kind_of("Blood samples") == "blood sample"
    notes = """# Physics

## Nobel laureates

- Marie Curie: won her second Nobel Prize in 1911, for discovering polonium and radium
- Albert Einstein: explained the photoelectric effect with light quanta in 1905
- Niels Bohr: proposed a model of the atom with electrons in fixed orbits in 1913
"""
    assert any(it.answer_text == "Marie Curie" for it in _items_of(tmp_path, notes))


def test_a_paragraph_between_two_lists_parts_them(tmp_path):
    """An outline's "II. Political Economy" and "IV. Politics of Collective Identity" are paragraphs
    over two lists: 'Political' and 'Economy' are no rivals of 'Strongest Democrat'."""
    notes = """Themes of Comparative Government
================================

I.  The State
    -   becoming less sovereign as trade bodies grow

II. Political Economy
    -   Political: how power is allocated among the groups of a society
    -   Economy: how resources are allocated among the groups of a society

IV. Politics of Collective Identity
    -   Politics was thought to be about social class
    -   Strongest Democrat: single black woman living in a large city
    -   Strongest Republican: married white man living in a rural county
    -   Swing voter: suburban parent who splits the ticket between the parties
"""
    items = _items_of(tmp_path, notes)
    voters = [it for it in items if it.answer_text.startswith("Strongest")]
    assert not [it.choices for it in voters if {"Political", "Economy"} & set(it.choices)]


def test_review_61_lists_and_labels_that_only_look_split_or_placed(tmp_path):
    """A remark between the items of one list ("Note: …") parts nothing; "John 3:16" is a name, not a
    place in a score; a label of punctuation alone builds a bank, not a crash."""
    notes = """# Mountains

## Kinds of volcano

- Shield volcano: broad gentle slopes built by runny basalt lava flows over a hot spot
Note: the largest volcanoes on Earth are of this kind.
- Composite volcano: steep cone of alternating ash and lava layers at a subduction zone
- Cinder cone: small steep hill of loose volcanic fragments around a single vent
- **...**: an ellipsis the writer left in the list
"""
    items = _items_of(tmp_path, notes)
    shield = [it for it in items if it.answer_text == "Shield volcano"]
    assert shield and all("Cinder cone" in it.choices or "Composite volcano" in it.choices for it in shield)
    verses = """# Gospels

## Key verses

- **John 3:16**: God so loved the world that he gave his only begotten son to save it
- **Matthew 5:9**: blessed are the peacemakers, for they shall be called children of God
- **Luke 6:31**: do to others as you would have them do to you, the golden rule
"""
    assert any(it.answer_text == "John 3:16" for it in _items_of(tmp_path, verses))


def test_a_class_date_is_no_topic_and_a_clause_about_it_or_them_is_not_asked(tmp_path):
    """"### Spetember 8 2023" heads a class's notes: the post's title names the section, not the day.
    "…, they realized that …" leans on the line before that named them."""
    from bot.quiz.quality import problems

    notes = """### Ann Smith
### Earth Science
### Chapter 2: Geologic Time Scale
### Spetember 8 2023

#### 2.3. Relative and Numerical Geologic Dating
 - Relative dating is the process of determining whether an object or event is older or younger than others.
 - Numerical dating is the process of determining the actual age of an object or event.
"""
    topics = set(_builder_of(tmp_path, notes).topics.values())
    assert topics and not [t for t in topics if "2023" in t], topics
    heated = QuizItem("z", "cloze", "If it is heated, a gas expands and its ____ falls.", (), "density",
                      "x", "f.md › A", "A")
    assert "points at unseen text" not in problems(heated)  # the gas, named after it
    realized = QuizItem("z", "cloze", "As more was learnt, they realized the crust is broken into ____.", (),
                        "plates", "x", "f.md › A", "A")
    assert "points at unseen text" in problems(realized)
    bound = QuizItem("z", "cloze", "Enzymes speed up reactions because they lower the ____.", (),
                     "activation energy", "x", "f.md › A", "A")
    assert "points at unseen text" not in problems(bound)


def test_a_line_that_names_its_label_by_its_kind_is_asked_of_the_label(tmp_path):
    """"Coccus: These bacteria are spherical …" under "Bacteria … come in different shapes:": the line's
    subject is Coccus, named by its kind; the figure's panel "(a)" is no part of what it is."""
    notes = """# Microbiology

## Prokaryotes

- **Bacteria**, a major group of prokaryotes, come in different **shapes**, which can classify them:
  - **Coccus**: These bacteria are **spherical** or round-shaped (a).
  - **Bacillus**: These bacteria are **rod-shaped** or stick-like (b).
  - **Spirillum**: These bacteria have a **spiral or corkscrew shape** (c).
"""
    stems = _stems_of(tmp_path, notes)
    assert "Which one is spherical or round-shaped?" in stems, stems
    assert not [s for s in stems if "(a)" in s or "(b)" in s]
    # "Spirillum … a spiral shape": the line says the label's own root, which gives it away
    assert not [s for s in stems if "spiral" in s]


def test_a_table_a_line_sets_up_as_a_worked_example_makes_no_items(tmp_path):
    """"Consider the following scenario where four people want to buy an album:" over 'Taylor | 100':
    the rows are a made-up example's actors, graded BAD as "What is the willingness to pay of Rihanna?"
    (r157). The same kind of table with no such line is asked."""
    table = """| Buyer | Willingness to Pay |
| --- | --- |
| Taylor | 100 |
| Carrie | 80 |
| Rihanna | 70 |
| Gaga | 50 |
"""
    lead = "- Consider the following scenario where four people want to buy an album:\n\n"
    notes = "# Markets\n\n## Consumer Surplus\n\n{}{}\n- The price would rise to 80.\n"
    assert not [s for s in _stems_of(tmp_path, notes.format(lead, table)) if "Rihanna" in s or "100" in s]
    assert [s for s in _stems_of(tmp_path, notes.format("", table)) if "Rihanna" in s or "100" in s]
    compare = "- Let's compare the buyers:\n\n"  # a lead that sets out real rows, no scenario
    assert [s for s in _stems_of(tmp_path, notes.format(compare, table)) if "Rihanna" in s or "100" in s]


def test_the_aspects_of_a_thing_are_neither_asked_nor_offered(tmp_path):
    """'Pathology:', 'Diagnostics:', 'Treatment:' under one disease are aspects of it, and 'Types of
    amyloid proteins' a topic: offered beside 'P component' or asked by "Blood work should be
    illuminating", they were graded BAD (r157)."""
    notes = """# Amyloidosis

## AL protein

- Plasma cell dyscrasias: myeloma-associated or plasma cell hyperplasia.
- Pathology: deposits in the synovium lead to arthritis and deposits in the heart lead to failure.
- Diagnostics: Blood work should be illuminating.
- Treatment: treat the multiple myeloma, no good treatment for the primary disease though.
- Light chain deposit: a sheet of lambda chains laid down in the kidney.
- Heavy chain deposit: a rarer sheet of heavy chains laid down in the spleen.

## Deposits

- **P component**: the doughnut portion, not really amyloid, which stabilizes the deposit.
- **Types of amyloid proteins**: 23 known, all begin with A.
- **Fibril protein**: the misfolded protein whose sheets make the deposit insoluble.
- **Beta sheet**: the pleated structure every deposit shares under polarized light.
"""
    items = _items_of(tmp_path, notes)
    assert items
    offered = {c for it in items for c in it.choices} | {it.answer_text for it in items}
    for aspect in ("Pathology", "Diagnostics", "Treatment", "Types of amyloid proteins"):
        assert aspect not in offered, (aspect, [(it.prompt, it.choices) for it in items])


def test_a_label_that_opens_with_a_task_names_no_kind_and_an_amount_is_no_thing(tmp_path):
    """"Righting past wrongs" over the Philippines and Puerto Rico made "Which righting past wrong is
    described as …?" (graded garbled four times, r157); "Lots of stupid arguments" over what was argued
    was offered as a choice."""
    from bot.quiz.wording import _kind_of, _remark

    assert _remark("Lots of stupid arguments")
    assert _kind_of("Righting past wrongs") is None
    assert _kind_of("Racial Issues") is None
    # kinds whose first word ends in -ing: that word is an adjective of its own
    assert _kind_of("Leading economic indicators") == "leading economic indicator"
    assert _kind_of("Floating point numbers") == "floating point number"
    notes = """# Progressive Era

## Women and Reform
* **Feminism**: Women should be equal to men
    - Promotes self determination, rather than domesticity and separate spheres
* **National Consumers League**: Improve lives of working women (safety)
    - Factory safety laws
* **Muller v. Oregon**: constitutional to limit _women's_ hours of work
    - Louis Brandeis wins the case, women need special protection
* **Militant Suffragists**
    - Alice Paul, forms National Women's Party,
    - Pickets, parades, hunger strikes
* Largely white, middle class movement
* Lots of stupid arguments
    - "voting will corrupt women, unable to care for the children"
    - "women will temper politics"

## Moral Diplomacy

- **Righting past wrongs**
    - **Philippines**: Jones Act makes it a territory, universal male suffrage, independence once stable
    - **Puerto Rico**: US citizenship, limited self government
    - **Panama Canal**: Repeal US special status, pay tolls
"""
    items = _items_of(tmp_path, notes)
    assert items
    assert not [it for it in items if "Lots of" in " ".join(it.choices) or "righting" in it.prompt]


def test_a_verb_whose_noun_turns_its_last_letter_to_s_gives_that_noun_away():
    """"… when they adhere to the endothelium" for 'Neutrophil adhesion' (graded BAD, r157), as "decide"
    for 'Decision' and "extend" for 'Extension'; "differ" does not name 'Diffusion'."""
    from bot.quiz.quality import problems

    choices = ("Transcytosis", "Endothelial gap formation", "Direct vessel injury", "Neutrophil adhesion")
    adhere = _choice_item(
        "Which one is described as “PMNs release enzymes when they adhere to the endothelium”?", choices, 3
    )
    assert "gives the answer away" in problems(adhere)
    including = _choice_item(
        "Which one is described as “granules in the cytoplasm, including stored glycogen and lipid”?",
        ("Vacuoles", "Inclusions", "Ribosomes"),
        1,
    )
    assert "gives the answer away" not in problems(including)  # a connective, not the stem's verb
    provided = _choice_item(
        "Which one is described as “a term read into a lease, provided that both sides knew of it”?",
        ("Covenant", "Implied provision", "Warranty"),
        1,
    )
    assert "gives the answer away" not in problems(provided)


def test_a_bracket_closed_on_a_word_that_needs_more_is_garbled():
    """"sustained (days in length due to )": the notes lost what it was due to (graded garbled, r157);
    "clause (a)" and "(and/or)" are whole."""
    from bot.quiz.quality import problems

    rivals = ("Transcytosis", "Direct vessel injury", "Endothelial gap formation")
    cut = _choice_item("Which one is described as “sustained (days in length due to )”?", rivals, 1)
    assert "garbled: a phrase cut short" in problems(cut)
    whole = _choice_item("Which one is described as “breach of clause (a) of the lease (and/or) deed”?",
                         ("Waiver", "Forfeiture", "Estoppel"), 1)
    assert "garbled: a phrase cut short" not in problems(whole)


MIXED_LIST_NOTES = """# Ch 21. The Progressive Era

## Racial Issues
* Few white progressives oppose disfranchisement
* **Booker T. Washington**
    - Born at end of Civil War, founds Tuskegee institute
    - Tells black people in the south to accept the southern way of life
* **W.E.B Du Bois**: Intellectual, civil rights leader, sociologist, Marxist
    - Born in Massachusetts, attended integrated public schools
    - Oppose Booker T. Washington's accomodationism
    - Meets with other intellectuals at Niagara, called the Niagara Movement
* **National Urban League**: Help African Americans fleeing Southern violence migrate north
* **Plessy v. Ferguson**: Separate but Equal doctrine

## Key Figures
- **Sigmund Freud**: founded psychoanalysis and studied the unconscious mind through dreams
- **B. F. Skinner**: studied operant conditioning with rewards and punishments in boxes for rats
- **Ivan Pavlov**: discovered classical conditioning while measuring the saliva of his dogs
- **Abraham Maslow**: proposed a hierarchy of needs topped by self-actualization

## Cell Death
- **Coagulation necrosis**: proteins are denatured and the cytoplasm is eosinophilic; cell shape is kept
- **Liquefaction necrosis**: enzymes digest the dead cells into a viscous liquid mass
- **Caseous necrosis**: dead cells turn white and crumbly, as in tuberculosis
- **Fat necrosis**: enzymes released into fat destroy fat cells, leaving chalky deposits
"""


def test_a_list_of_things_of_different_kinds_sets_no_rivals_beside_its_key(tmp_path, embedder):
    """A person, a league and a court case under "Racial Issues" are no kind: "Which one is described as
    “Intellectual, civil rights leader …”?" among Plessy v. Ferguson and the Urban League was graded
    off-type (r157), where the kinds of necrosis, spoken of alike, and four psychologists, named alike,
    stay each other's rivals (review 64)."""
    (tmp_path / "notes.md").write_text(MIXED_LIST_NOTES, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    vectors = embedder.encode([c.text for c in chunks])
    units = embedder.encode([u for c in chunks for u in c.units])
    items = generate_items(chunks, glossary, vectors, units, embedder.encode)
    keys = {it.answer_text for it in items if it.choices}
    assert keys & {"Coagulation necrosis", "Liquefaction necrosis", "Caseous necrosis", "Fat necrosis"}
    # four people whose lines say different things are still four of a kind, named alike
    assert keys & {"Sigmund Freud", "B. F. Skinner", "Ivan Pavlov", "Abraham Maslow"}, keys
    assert not keys & {"W.E.B Du Bois", "National Urban League", "Plessy v. Ferguson"}, [
        (it.prompt, it.choices) for it in items
    ]


def test_a_glossary_of_one_row_tables_is_a_glossary(tmp_path):
    """"**empiricism** | The belief that …" a line each, with no header row: a glossary written as
    tables of one row. Read as paragraphs, psychology notes with four such glossaries made no item at
    all (r159); each term is asked among the glossary's other terms."""
    notes = """# Memory

## Summary

Memory is the ability to store and retrieve information over time.

## Glossary
**encoding** | The process of transforming what we perceive, think, or feel into an enduring memory.

**storage** | The process of maintaining information in memory over time.

**retrieval** | The process of bringing to mind information that has been previously encoded and stored.

**rehearsal** | The process of keeping information in short-term memory by mentally repeating it.

**iconic memory** | A fast-decaying store of visual information.

**echoic memory** | A fast-decaying store of auditory information.

**working memory** | Active maintenance of information in short-term storage.

**episodic memory** | The collection of past personal experiences of a particular time and place.
"""
    items = _items_of(tmp_path, notes)
    terms = {"encoding", "storage", "retrieval", "rehearsal", "iconic memory", "echoic memory",
             "working memory", "episodic memory"}
    asked = [it for it in items if it.choices]
    assert len(asked) >= 4, [it.prompt for it in items]
    assert all(set(it.choices) <= terms or it.answer_text not in terms for it in asked)
    assert "echoic memory" in {it.answer_text for it in asked}
    # the same glossary a line each with no blank lines between, under a header row of bold cells
    packed = notes.replace(".\n\n**", ".\n**")
    packed = packed.replace("## Glossary\n", "## Glossary\n**Term** | **Definition**\n")
    items = _items_of(tmp_path, packed)
    assert "echoic memory" in {it.answer_text for it in items if it.choices}, [it.prompt for it in items]
    for it in items:  # no term offered from the header row, no two lines glued into one
        texts = (it.prompt, *it.choices, it.explanation)
        glued = [t for t in texts if "enduring memory" in t and "over time" in t]
        assert "Term" not in it.choices and not glued, it
    # rows of three cells are a table's rows with no header, not a term and its line
    rows = """# Drugs

## Common analgesics
- **Aspirin** | NSAID | Pain relief and reduces clotting of blood platelets
- **Ibuprofen** | NSAID | Pain relief and reduces inflammation of the joints
- **Paracetamol** | Analgesic | Pain relief and fever reduction without anti-inflammatory action
- **Morphine** | Opioid | Relief of severe pain after surgery or injury
"""
    assert not [it for it in _items_of(tmp_path, rows) if "NSAID Pain" in " ".join([it.prompt, *it.choices])]


def test_a_heading_that_names_the_terms_under_it_is_no_setting_for_them(tmp_path):
    """"**Total revenue, Total Cost, and Profit**" over '**Total Revenue**: …': set "In “Total revenue,
    Total Cost, and Profit”", the stem named its own key ('Total Cost') and the item was dropped; it is
    asked without it."""
    notes = """# The Costs of Production

## Total revenue, Total Cost, and Profit

- Must make the assumption that the goal of a firm is to make profit
- **Total Revenue**: The amount a firm receives for the sale of the goods it makes
- **Total Cost**: The amount a firm pays for the inputs of production, such as ingredients and workers
- **Accounting Profit**: Total revenue minus the explicit costs of a firm
- The objective is to make the profit as high as possible
"""
    item = _asking(tmp_path, notes, "pays for the inputs")
    assert item is not None and item.answer_text == "Total Cost", _stems_of(tmp_path, notes)
    assert "In “" not in item.prompt


def test_a_heading_that_names_its_terms_leaves_their_everyday_words_unasked(tmp_path):
    """Under "Standard and FIFO Queues" the stem is no longer set in the heading, and without it
    'Standard' described as "multi-lane" names nothing (review 65): not asked. A heading that names a
    term in the plural ("Total Revenues, Total Costs and Profits") is no setting for it either."""
    queues = """# Messaging

## Standard and FIFO Queues

- **Standard**: multi-lane
- **FIFO**: single lane, messages in order, exactly once
"""
    assert not [s for s in _stems_of(tmp_path, queues) if "multi-lane" in s]
    costs = """# The Costs of Production

## Total Revenues, Total Costs and Profits

- **Total Revenue**: The amount a firm receives from selling goods to buyers
- **Total Cost**: The amount a firm pays for the inputs of production, such as ingredients and workers
- **Accounting Profit**: Total revenue minus the explicit costs of a firm
"""
    item = _asking(tmp_path, costs, "pays for the inputs")
    assert item is not None and "In “" not in item.prompt, _stems_of(tmp_path, costs)


def test_a_header_row_of_bold_cells_is_no_term_however_spaced():
    """"**Term** |  **Definition**" (two spaces) and "**Term** | __Definition__" are header rows too
    (review 65): no label. "**storage** |  The process …" is a term and its line."""
    from bot.ingest.entries import split_label

    for row in ("**Term** | **Definition**", "**Term** |  **Definition**", "**Term** | __Definition__"):
        assert split_label(row)[0] == "", row
    assert split_label("**storage** |  The process of keeping") == ("storage", "The process of keeping")


def test_the_kind_a_heading_names_is_no_rival_of_its_own_members(tmp_path):
    """'settlement house' beside 'Hull House' under "The Settlement Houses": the list's term that the
    heading names is the genus of the others, and "community center operated by social reformers …"
    fits Hull House too (graded two right answers, r161). It is neither asked among them nor offered."""
    notes = """# Progressive Era

## "Spearheads for Reform": The Settlement Houses
* **settlement house**: community center operated by social reformers in slum areas, help poor people
* **Hull House**: first one in Chicago, founded by Jane Addams in a working class neighborhood
* **Henry Street Settlement**: founded by Lillian Wald on the Lower East Side of New York
* **South End House**: founded by Robert Woods in Boston, studied the lives of the urban poor
"""
    items = [it for it in _items_of(tmp_path, notes) if it.choices]
    assert {"Hull House", "Henry Street Settlement"} & {it.answer_text for it in items}, "members asked"
    for it in items:
        assert it.answer_text.lower() != "settlement house", it.prompt
        assert "settlement house" not in {c.lower() for c in it.choices}, it.choices
    # a heading that is a member's own name ("Cultural Relativism") is its subject, not a kind
    subject = """# Culture

### Cultural Relativism
- **Cultural Relativism**: judging a culture by its own standards rather than by those of another
- **Ethnocentrism**: judging another culture by the standards of one's own culture
- **Culture shock**: the disorientation felt when meeting a way of life that is not one's own
"""
    assert _asking(tmp_path, subject, "by its own standards") is not None, _stems_of(tmp_path, subject)


CELL_VOCAB = """# Cell death

## Ch. 3 Terms
- **caspase** - contains cysteine, cleaves proteins after aspartate residues
- **calpain** - plays a key role in calcium-dependent injury of the cell
- **cytokines** - signals released by cells to recruit and activate other cells
- **histamine** - causes swelling and itching in allergic reactions of the skin
- **chemokines** - signals guiding white cells to the site of an injury
- **apoptosis** - programmed cell death without inflammation
- **necrosis** - unregulated cell death with swelling and inflammation
- **opsonin** - molecule that coats bacteria to enhance their phagocytosis
- **lysosome** - organelle that holds digestive enzymes of the cell
- **autophagy** - digestion of the cell's own parts inside lysosomes
- **pyknosis** - shrinkage of the nucleus with condensed chromatin
- **karyolysis** - fading of the nucleus as its chromatin dissolves
"""


def test_a_line_that_says_what_a_term_does_is_no_term_to_type(tmp_path):
    """"The term for “contains cysteine, cleaves aspartase” is ____" (Caspase), "… “plays important role
    in fat digestion in infants” …" (Gastric lipase): a line that opens with what a thing does names
    no term, and other things do the same (graded weak three times of three). A line that says what
    the term is ("organelle that …", "signals released by …") is typed as before."""
    blanks = {it.answer_text: it.prompt for it in _items_of(tmp_path, CELL_VOCAB) if it.is_cloze}
    assert not {"caspase", "calpain", "histamine"} & set(blanks), blanks
    # "signals released by cells …": a plural noun and its participle say what the term is
    assert {"cytokines", "chemokines"} <= set(blanks), blanks
    # "organelle that holds …": 'holds' follows the noun the line opens with
    kept = "The term for “organelle that holds digestive enzymes of the cell” is ____."
    assert blanks.get("lysosome") == kept, blanks


def test_a_clause_the_stem_opens_with_leans_on_unseen_text_through_its_pronoun():
    """"When it melts, glacial till is dropped in piles called ____." (moraines, graded BAD): the "it" of
    a clause the stem opens with is the glacier of the line before, which the reader does not see."""
    from bot.quiz.quality import problems

    melts = QuizItem(
        "z", "cloze", "When it melts, glacial till is dropped in piles called ____.", (), "moraines",
        "When it melts, glacial till is dropped in piles called **moraines**.", "f.md", "A",
    )
    named = QuizItem(
        "z", "cloze", "When a glacier melts, its till is dropped in piles called ____.", (), "moraines",
        "When a glacier melts, its till is dropped in piles called **moraines**.", "f.md", "A",
    )
    assert "leans on unseen text" in problems(melts)
    assert "leans on unseen text" not in problems(named)
    # a name the main clause opens with is what the pronoun points at; "you" is anyone (review 67)
    for stem in (
        "Before he became president, Lincoln worked as a ____.",
        "If you call len() on a list, the result is its ____.",
        "When other factors are held constant, demand falls as the ____ rises.",
    ):
        item = QuizItem("z", "cloze", stem, (), "lawyer", stem, "f.md", "A")
        assert "leans on unseen text" not in problems(item), stem
    # "that", "then" and "it" point back whatever the main clause opens with (review 68)
    for stem in (
        "When that happens, the central bank raises the ____.",
        "When it was signed, Germany lost its colonies to the ____.",
        "Since then, Congress has required a ____ for every treaty.",
    ):
        item = QuizItem("z", "cloze", stem, (), "rate", stem, "f.md", "A")
        assert "leans on unseen text" in problems(item), stem
    # a clause cut to its participle has the main clause's subject, and a pronoun there points back
    # ("if attached in pairs their called ____": leaves, graded BAD in r229)
    for stem, leans in (
        ("if attached in pairs their called ____", True),
        ("When attached in pairs, they are called ____.", True),
        ("When attached in pairs, leaves are called ____.", False),
        # the "they" a blank names stands for a plural noun said before it, or for the line before
        # ("Like in Python, for example, they're called ____": hash tables, unsaid)
        ("Like in Persia, for example, they're called ____.", True),
        ("In the south of Persia they are usually known as ____.", True),
        ("Glazes that run in the kiln are easy to spot, they are called ____.", False),
    ):
        item = QuizItem("z", "cloze", stem, (), "opposite", stem, "f.md", "A")
        assert ("leans on unseen text" in problems(item)) is leans, stem


def test_a_line_that_goes_on_from_its_bold_label_is_asked_in_lower_case(tmp_path):
    """"**Contractility**" with "Refers to the rate of tension development …" on the line below: the
    capital is the line's, and the stem asks "which one refers to …", not "which one Refers to …". A
    name the line opens with keeps its capital."""
    builder = _builder_of(tmp_path, "# Demand\n\nA line of notes.\n")
    line = "Refers to the rate of tension development as well as its magnitude"
    got = builder._finish("Contractility", f"Which one {line}?", line)
    assert got is not None and got[1] == f"Which one refers{line[6:]}?", got
    assert got[2].startswith("refers to the rate"), got
    line = "Provides DNS resolution inside the cluster for every pod and every service"
    got = builder._finish("CoreDNS", f"Which one {line}?", line)
    assert got is not None and got[1] == f"Which one provides{line[8:]}?", got
    for named in (
        "Kubelet makes sure that containers are running in a pod on each node",
        "Mercury orbits the sun faster than any other planet of the solar system",
    ):
        got = builder._finish("Agent", f"Which one {named}?", named)
        assert got is not None and got[1] == f"Which one {named}?", got


PARTS_GLOSSARY = """# Neuroscience

## Glossary

**central nervous system (CNS)** | The part of the nervous system made up of the brain and spinal cord.

**peripheral nervous system (PNS)** | The part of the nervous system that connects the brain to the organs.

**tectum** | A part of the midbrain that orients an organism in the environment.

**tegmentum** | A part of the midbrain that is involved in movement and arousal.

**dendrite** | The part of a neuron that receives information from other neurons.

**axon** | The part of a neuron that carries information to other neurons, muscles, or glands.

**cell body (or soma)** | The part of a neuron that keeps the cell alive and processes information.

**amygdala** | A part of the limbic system that plays a central role in the formation of emotional memories.

"""


def test_a_glossary_part_is_a_rival_only_of_parts_of_the_same_whole(tmp_path):
    """A glossary mixes kinds, and its terms are asked among terms its definitions name alike. "A part
    of the midbrain" and "The part of the nervous system" are not alike however both say 'part': the
    tectum was offered beside the CNS and the PNS (graded off-type, r159 and r162). Parts of a neuron
    are still asked among each other."""
    items = [it for it in _items_of(tmp_path, PARTS_GLOSSARY) if it.choices]
    by_key = {it.answer_text: set(it.choices) for it in items}
    assert by_key.get("axon") == {"axon", "dendrite", "cell body (or soma)"}, by_key
    assert not any({"tectum", "central nervous system (CNS)"} <= chosen for chosen in by_key.values()), by_key
    assert not any("amygdala" in chosen and "axon" in chosen for chosen in by_key.values()), by_key
    # the whole is named up to a participle or a clause, whatever follows it (review 67)
    genus = _builder_of(tmp_path, PARTS_GLOSSARY)._fragment_genus
    cns = genus("The part of the nervous system made up of the brain and spinal cord.")
    assert cns == genus("The part of the nervous system that connects the brain to the organs.") != "part"
    assert genus("A part of the brain involved in memory") == genus("A part of the Brain located near it")
    assert genus("The process of keeping information in memory") == genus("The process of storing data")
    assert genus("A part of the stomach lining that secretes") != genus("A part of the stomach that churns")
    assert genus("A combination of two or more substances") == "combin"


def test_rows_named_alike_but_for_an_aside_are_not_asked_their_cells(tmp_path):
    """'sp³' above 'sp³ (with lone pair)' and 'sp³ (with 2 lone pairs)': rows told apart by an aside
    and another column (CH₄, NH₃, H₂O). "What is the actual angle of the hybridization “sp³”?" holds of
    107° and 104.5° too, and "… of “sp³ (with lone pair)”?" of H₂O's 104.5° (graded two right answers,
    r162 and r164). Their cells are not asked; the other rows are, and a twin is still a key."""
    notes = """# Bond Properties

## Bond Angle

| Hybridization | Ideal angle | Example | Actual angle |
|---------------|-------------|---------|--------------|
| sp³ | 109.5° | CH₄ | 109.5° |
| sp³ (with lone pair) | <109.5° | NH₃ | 107° |
| sp³ (with 2 lone pairs) | <<109.5° | H₂O | 104.5° |
| sp² | 120° | C₂H₄ | 120° |
| sp | 180° | C₂H₂ | 180° |
"""
    items = _items_of(tmp_path, notes)
    prompts = [it.prompt for it in items]
    asked_of = {re.sub(r"^.*“(.*)”\?$", r"\1", it.prompt) for it in items if it.answer_text.endswith("°")}
    assert not {"sp³", "sp³ (with lone pair)"} & asked_of, prompts
    assert "What is the actual angle of the hybridization “sp²”?" in prompts, prompts
    assert "Which hybridization has the actual angle “109.5°”?" in prompts, prompts
    # asides that say different things ('1763', '1783') set their rows apart (review 68)
    treaties = """# Diplomacy

## Treaties

| Treaty | War ended | Main loser |
|--------|-----------|------------|
| Treaty of Paris (1763) | Seven Years' War | France |
| Treaty of Paris (1783) | American Revolutionary War | Britain |
| Treaty of Versailles | First World War | Germany |
| Treaty of Nanking | First Opium War | Qing China |
"""
    assert any("Treaty of Paris (1763)" in p for p in _stems_of(tmp_path, treaties))


def test_a_use_column_asks_what_a_row_is_used_for(tmp_path):
    """"| Action | Basis | Use |" over "Rheumatoid arthritis, osteoarthritis": "Which action is described
    by “Rheumatoid arthritis, osteoarthritis”?" leaves out that these are what it is used for (graded
    odd twice); the stem says so. A use cell that says it itself ("Measures voltage …") is not."""
    notes = """# NSAIDs

## Pharmacological Actions and Uses

| Action | Basis | Use |
|--------|-------|-----|
| Analgesic | Blocks PG sensitisation of nociceptors | Headache, myalgia, dental pain |
| Antipyretic | Resets the hypothalamic set point | Fever in adults |
| Anti-inflammatory | Blocks PG synthesis at the site | Rheumatoid arthritis, osteoarthritis |
| Antiplatelet | Irreversible thromboxane block | Secondary prevention of myocardial infarction |
"""
    prompts = _stems_of(tmp_path, notes)
    assert any(p.startswith("Which action is used for “") for p in prompts), prompts
    assert not any("described by “Headache" in p or "described by “Rheumatoid" in p for p in prompts), prompts
    tools = """# Instruments

## Bench tools

| Tool | Power | Use |
|------|-------|-----|
| Multimeter | Battery | Measures voltage and current in a circuit |
| Oscilloscope | Mains | Shows a signal's waveform over time |
| Soldering iron | Mains | Joins wires and components with molten solder |
| Logic analyser | USB | Records many digital lines at once |
| Ribbon cable | None | Carries signals between two boards |
"""
    prompts = _stems_of(tmp_path, tools)
    # ('Carries' is 'carry' said of the row, as 'Measures' is 'measure')
    assert not any(re.search(r"used for “(?:Measures|Joins|Shows|Carries)", p) for p in prompts), prompts
    assert not any(p.endswith(("Oscilloscope used for?", "Multimeter used for?")) for p in prompts), prompts
    # the use of memory by a structure is no use the structure is for (review 68)
    memory = """# Data structures

## Comparison

| Structure | Lookup time | Memory usage |
|-----------|-------------|--------------|
| Array | Constant by index | Compact contiguous block |
| Linked list | Linear scan | Extra pointer per node |
| Hash table | Constant on average | Spare buckets kept empty |
"""
    assert not any("used for" in p for p in _stems_of(tmp_path, memory))


def test_the_purposes_or_uses_of_a_thing_are_a_topic_not_a_thing(tmp_path):
    """"Purposes of repair: stop bleeding, prevent infection, …" beside 'Scar formation' and 'Partial
    reconstruction': a label that names the purposes (uses, functions, features …) of something is a
    topic of the notes, and the rivals cannot be it (graded answer given away, r158 and r163)."""
    notes = """# Healing and repair

## Outcomes of injury

- Reconstruction: regeneration of the lost tissue with its normal structure
- Partial reconstruction: some regeneration of tissue, some scar in its place
- Scar formation: clinical significance depends on the location of the scar in the body
- Purposes of repair: stop bleeding, prevent infection, fill in the defect, pull tissue back together
"""
    items = _items_of(tmp_path, notes)
    assert not any("Purposes of repair" in [it.answer_text, *it.choices] for it in items), [
        (it.prompt, it.choices) for it in items
    ]


def test_a_line_of_what_becomes_of_what_is_asked_in_its_process(tmp_path):
    """"Oxidative work-up (H₂O₂): aldehydes → carboxylic acids" under "Ozonolysis": the arrow says what
    a step of the section's process makes of what, and "Which one is described as “aldehydes →
    carboxylic acids”?" said nothing of which process (graded BAD, r162); the stem names it."""
    notes = """# Named Reactions

## Oxidation Reactions

### 8. Ozonolysis
Alkene + O₃ → ozonide → (Zn/H₂O) → aldehydes/ketones
- Oxidative work-up (H₂O₂): aldehydes → carboxylic acids
- Reductive work-up (Zn/H₂O): aldehydes stay
"""
    prompts = _stems_of(tmp_path, notes)
    assert "In “Ozonolysis”, which one is described as “aldehydes → carboxylic acids”?" in prompts, prompts
    prompts = _stems_of(tmp_path, notes.replace("→ carboxylic", "⟶ carboxylic"))
    assert "In “Ozonolysis”, which one is described as “aldehydes ⟶ carboxylic acids”?" in prompts, prompts


def test_a_plural_said_with_where_it_is_names_a_property(tmp_path):
    """"| | A | B | AB | O |" over 'Antigens on RBC' and 'Antibodies in Plasma': "What is listed for O
    under “Antigens on RBC”?" points at the table's layout (graded odd twice, r163); the row names a
    property of each group, asked as one."""
    notes = """# Blood transfusion

## Blood Groups

|                      | A         | B         | AB              | O                 |
| -------------------- | --------- | --------- | --------------- | ----------------- |
| Antibodies in Plasma | Anti-B    | Anti-A    | None            | Anti-A and Anti-B |
| Antigens on RBC      | A antigen | B antigen | A and B antigen | None              |
"""
    prompts = _stems_of(tmp_path, notes)
    assert not any("listed for" in p for p in prompts), prompts
    # set in the table's heading: "of O" alone says nothing of blood
    antigen = r"In “Blood Groups”, what (?:is|are) the antigens? on RBC of "
    assert any(re.match(antigen, p) for p in prompts), prompts
    # over how many it names no property: "What is the receptor in brain of B?" → 'Few' (review 70)
    from bot.quiz.table_facts import _no_property_noun

    assert _no_property_noun("Receptors in Brain", "Few") and _no_property_noun("Years in office", "Four")
    assert not _no_property_noun("Antigens On RBC", "None")


def test_of_three_choices_a_key_the_stem_means_far_more_nearly_is_not_asked(embedder):
    """"supports Roosevelt, falls apart in 1916" among 'New inventions' and 'Interest groups': of three
    choices, the one the stem calls to mind is found without the notes (graded BAD or weak in 13 of
    15 such items). A key the stem means a little more nearly (kept by the graders), a fourth choice,
    a pair of the notes' own comparison and a definition asked the other way round stay."""
    from bot.quiz.meaning_gates import without_pulled_keys

    war = (
        "Which one is described as “Advances in surgery, blood transfusions, and prosthetics were made "
        "during the war”?"
    )
    roosevelt = "Which one is described as “supports Roosevelt, falls apart in 1916”?"
    shifts = (
        "Which one is described as “Skewed gender ratios (shortage of men) affected marriage rates, "
        "birth rates, and labor forces for decades”?"
    )
    advances = ("New Weapons", "Rapid Technological Advancement")
    losses = ("Widows and Orphans", "Immense Loss of Life")
    items = {
        "pulled": _choice_item(war, (*advances, "Medical Advances"), 2),
        "roosevelt": _choice_item(roosevelt, ("New inventions", "Interest groups", "Progressive Party"), 2),
        "kept": _choice_item(shifts, (*losses, "Population Imbalances"), 2),
        "four": _choice_item(war, (*advances, "Medical Advances", "Propaganda"), 2),
        "pair": _choice_item(roosevelt, ("Interest groups", "Progressive Party"), 1),
    }
    items["definition"] = replace(items["pulled"], kind="definition")
    # of four, a pull as strong as "muscle strength" for the Musculoskeletal System (graded a giveaway, r215)
    systems = ("Abdominal Examination", "Respiratory System", "Neurological System", "Musculoskeletal System")
    muscle = "Which one is described as “Joint mobility, muscle strength, any deformities”?"
    items["four pulled"] = _choice_item(muscle, systems, 3)
    bank = [replace(it, id=name) for name, it in items.items()]
    kept = [it.id for it in without_pulled_keys(bank, embedder.encode)]
    assert kept == ["kept", "four", "pair", "definition"], kept

def test_a_key_the_stem_says_in_other_words_is_not_asked(embedder):
    """"Lavish court at Versailles drained the treasury" for 'Extravagant Royal Spending': no word of the
    key is in the stem, yet the one choice that echoes it is found without the notes (graded trivial or
    a giveaway in 21 of 25 such items, r242-r295). A rival as near the stem ('Market Towns' beside
    'Urban Guilds' for "cities"), a word every choice says, a near word of the same root (the word
    gates' business) and a definition asked the other way round stay."""
    from bot.quiz.synonyms import synonym_given

    lavish = "Which one is described as “Lavish gilding on every rim drained the workshop's funds”?"
    cities = "In “Trade”, which one is described as “Potters moved to the cities to sell their wares”?"
    spending = ("Kiln Failures", "Clay Shortage", "Extravagant Ornament")
    items = {
        "lavish": _choice_item(lavish, spending, 2),
        "cities": _choice_item(cities, ("Urban Guilds", "Kiln Failures", "Clay Shortage"), 0),
        "towns": _choice_item(cities, ("Urban Guilds", "Market Towns", "Clay Shortage"), 0),
        # 'Porcelain' is what every choice is made of: it tells none apart
        "shared": _choice_item(
            "Which one is described as “A ceramic fired until it rings”?",
            ("Hard Porcelain", "Soft Porcelain", "Bone Porcelain"),
            0,
        ),
        "statement": replace(
            _choice_item("Which one drained the workshop's funds with lavish gilding?", spending, 2),
            kind="statement",
        ),
    }
    items["definition"] = replace(items["lavish"], kind="definition")
    bank = [replace(it, id=name) for name, it in items.items()]
    assert synonym_given(bank, embedder.encode) == {"lavish", "cities", "statement"}


def test_a_bare_list_filed_under_its_obvious_heading_is_not_asked(embedder):
    """"Organomegaly, tenderness, masses" among four examinations asks which heading a list of findings
    is filed under; when the key is the choice nearest the list in meaning, the list names it (graded
    trivial in all seven such items, r215-r216). A list whose heading is not the nearest ("Mallampati
    score, …" for the airway assessment, kept) and a sentence of the same shape stay."""
    from bot.quiz.meaning_gates import _lists_members, without_pulled_keys

    exams = ("General Examination", "Airway Assessment", "Abdominal Examination", "Neurological System")
    abdomen = "In “Physical Examination”, which one is described as “Organomegaly, tenderness, masses”?"
    airway = "Which one is described as “Mallampati score, neck circumference, dentition, jaw movement”?"
    findings = (
        "Joint mobility, muscle strength, any deformities",
        "Organomegaly, tenderness, masses",
        "Mental status, cranial nerve function, motor and sensory function",
    )
    items = {
        "abdomen": _choice_item(abdomen, exams, 2),
        "airway": _choice_item(airway, exams, 1),
        # asked the other way round, the heading calls its list to mind as plainly
        "muscles": replace(
            _choice_item("Which of these describes Musculoskeletal System?", findings, 0), kind="definition"
        ),
    }
    bank = [replace(it, id=name) for name, it in items.items()]
    assert [it.id for it in without_pulled_keys(bank, embedder.encode)] == ["airway"]
    assert _lists_members("Heart sounds, murmurs, jugular venous pressure")
    assert _lists_members("Mental status, cranial nerve function, motor and sensory function")
    assert not _lists_members("No charges, deletes the disk and prevents all future charges")
    assert not _lists_members("Dispatchables; Cheap and easy to roll out; Well understood")


def test_a_line_about_the_course_material_is_no_question():
    """"Materials: chapter 1 of Onno Pols' lecture notes" is what the course hands out, not a thing
    of the field: "The term for “chapter 1 of … lecture notes” is ____" asks nothing a learner studies
    (course blurbs, pattern 8 of the issue). A law's chapter, or notes as a thing the field studies,
    stay (review 71)."""
    from bot.quiz.quality import problems

    blurb = _cloze_item("The term for “chapter 1 of Onno Pols' lecture notes” is ____.", "Materials")
    assert "points at unseen text" in problems(blurb)
    chapter = _cloze_item(
        "Bankruptcy under ____ lets a firm keep running while it repays creditors.",
        "Chapter 11",
    )
    assert "points at unseen text" not in problems(chapter)
    code = _cloze_item(
        "Chapter 11 of the US Bankruptcy Code lets a firm run on under ____.",
        "reorganization",
    )
    assert "points at unseen text" not in problems(code)
    method = _cloze_item("The ____ method splits class notes into cues, notes and a summary.", "Cornell")
    assert "points at unseen text" not in problems(method)


def test_a_line_break_typed_loosely_in_a_cell_is_a_break_not_markup(tmp_path):
    """"[æ] cat < br> [ɑ] cot": a break written with a space is a break; it reached a choice as
    markup (r166, linguistics notes), which no item may show."""
    from bot.quiz.quality import problems

    notes = """# Vowels

| height | description | vowels |
| --- | --- | --- |
| high | tongue raised toward the roof of the mouth | [i] leak < br> [u] Luke |
| mid | tongue halfway between high and low | [ɛ] bet <br /> [ə] above |
| low | tongue lowered, front of mouth open | [æ] cat < br> [ɑ] cot |
"""
    items = _items_of(tmp_path, notes)
    shown = [t for it in items for t in (it.prompt, *it.choices)]
    assert any("[æ] cat; [ɑ] cot" in t for t in shown), shown
    assert not any("<" in t for t in shown), shown
    asked = "Which height has the vowel “[æ] cat < br> [ɑ] cot”?"
    loose = _choice_item(asked, ("low", "mid", "high"), 0)
    assert "markup or a link" in problems(loose)


def test_a_word_that_turns_a_claim_is_no_hedge_to_read_it_without(tmp_path):
    """Only hedges ('generally', 'usually') come off a clue: "Never contain a membrane-bound nucleus"
    is not said of a sibling whose line says they contain one, nor "Directly stimulates" of one that
    "Indirectly stimulates", nor "general anaesthesia" of "local anaesthesia" (review 72)."""
    notes = """# Cells

## Cell types

### Prokaryotes
- Never contain a membrane-bound nucleus (DNA lies in the nucleoid)

### Eukaryotes
- Contain a membrane-bound nucleus and membrane-bound organelles

### Archaea
- Single-celled organisms living in extreme environments such as hot springs
"""
    builder = _builder_of(tmp_path, notes)
    never = next(f for f in builder._section_facts() if f.answer == "Prokaryotes")
    assert "Eukaryotes" not in never.unfit, never.unfit
    stains = """# Microbiology

## Gram staining

### Gram-positive bacteria
- Retain the crystal violet stain after the alcohol wash (not decolourised)

### Gram-negative bacteria
- Do not retain the crystal violet stain after the alcohol wash, so they look pink

### Acid-fast bacteria
- Waxy mycolic acid walls resist ordinary staining, so they need the Ziehl-Neelsen method
"""
    # a "not" only the clue's aside holds excuses none in the sibling's line
    builder = _builder_of(tmp_path, stains)
    kept = next(f for f in builder._section_facts() if f.answer == "Gram-positive bacteria")
    assert "Gram-negative bacteria" not in kept.unfit, kept.unfit


def test_all_the_other_things_points_at_those_the_reader_cannot_see():
    """"Period Costs - Are all the other costs a company incurs …" is other than the product costs the
    line before named (graded odd, r166, accounting notes). "One is the primary and the other the
    secondary" says both within its own line."""
    from bot.quiz.quality import problems

    costs = ("Period Costs", "Product Costs")
    other = _choice_item(
        "Which of these are all the other costs a company incurs while doing business, such as office rent?",
        costs,
        0,
    )
    assert "points at unseen text" in problems(other)
    policies = ("Failover", "Weighted", "Latency-based")
    pair = _choice_item(
        "Which one is described as “One record is set to be the primary and the other is the secondary”?",
        policies,
        0,
    )
    assert "points at unseen text" not in problems(pair)
    # set against the rest of its kind, which the stem names: no pointer (review 72)
    planets = ("Jupiter", "Saturn", "Neptune")
    unlike = _choice_item("Which planet is more massive than all the other planets combined?", planets, 0)
    assert "points at unseen text" not in problems(unlike)


_TRENDS = """# Periodic Trends and Bonding

> Across period: atomic radius falls, IE rises, EN rises.

## Periodic Trends

### Atomic Radius
- **Across period (→):** decreases (more protons, same shell, electrons pulled in)
- **Down group (↓):** increases (new shells added)

### Ionization Energy (IE)
- **Across period (→):** generally increases (harder to remove electron from smaller atom)
- **Down group (↓):** decreases

### Electron Affinity (EA)
- Generally increases across period (more nuclear charge, wants electron more)
- Cl has highest EA (not F, whose compact 2p shell repels an added electron)

### Electronegativity (EN)
- Across period: increases; Down group: decreases
- Highest: F (3.98); Lowest: Cs/Fr
"""


def test_a_sibling_that_says_the_clue_without_its_aside_fits_it_too(tmp_path):
    """"Generally increases across period (more nuclear charge, …)" of Electron Affinity was asked
    beside Electronegativity ("Across period: increases") and Ionization Energy ("generally
    increases"): the claim, read without its aside and its hedge, is theirs too (graded two right
    answers in r162, r164 and r167)."""
    builder = _builder_of(tmp_path, _TRENDS)
    affinity = next(f for f in builder._section_facts() if f.answer == "Electron Affinity (EA)")
    assert {"Electronegativity (EN)", "Ionization Energy (IE)"} <= affinity.unfit, affinity.unfit
    assert "Atomic Radius" not in affinity.unfit  # it decreases across a period
    asked = [it for it in _items_of(tmp_path, _TRENDS) if "increases across period" in it.prompt]
    assert not any({"Electronegativity (EN)", "Ionization Energy (IE)"} & set(it.choices) for it in asked)
    # siblings that say otherwise leave the claim Electron Affinity's own
    apart = _TRENDS.replace("generally increases (harder", "decreases (easier").replace(
        "Across period: increases;", "Across period: barely changes;"
    )
    assert any("increases across period" in it.prompt for it in _items_of(tmp_path, apart))


# a chapter's glossary whose definitions name no genus of their own ("The time following …"): its
# terms are of one kind by where they stand, and are asked among each other
NEURON_GLOSSARY = """# Neuroscience and behaviour

## Glossary

**refractory period** | The time following an action potential when a new action potential cannot start.

**resting potential** | A neuron's resting charge across its membrane.

**terminal buttons** | Knoblike structures that branch out from an axon.

**myelin sheath** | An insulating layer of fatty material around the axon.

**synaptic cleft** | The junction or region between the axon of one neuron and the dendrites of another.

**membrane excitability** | A neuron's readiness to fire again after a signal.

**depolarization** | An increase in the electric charge across a membrane.

**kiss-and-run release** | The vesicle or granule touches the membrane briefly and then closes up again.

**Otto Loewi** | A physiologist who showed that nerves pass their signals on with chemicals.

**motor neurons** | Neurons that carry signals from the spinal cord to the muscles.

**sensory neurons** | Neurons that carry signals from the skin and the eyes to the spinal cord.

**pyramidal neurons** | Neurons that carry signals between the layers of the cortex.
"""


def test_a_glossary_term_whose_definition_names_no_genus_is_asked_among_its_glossary(tmp_path):
    """'refractory period' ("The time following an action potential …") was asked by typing it, or
    not at all: its definition names no genus (no noun a rival's definition could share), and a
    glossary mixes kinds. A definition that opens as a noun phrase says what its term is, and the
    glossary's other terms that name no genus either are the rivals a teacher would set beside it
    (graded on psychology notes)."""
    items = _items_of(tmp_path, NEURON_GLOSSARY)
    asked = next(it for it in items if "new action potential" in it.prompt and it.choices)
    assert asked.choices[asked.answer] == "refractory period"
    assert len(asked.choices) >= 3
    # a term whose definition names its kind ("A physiologist who …", "Knoblike structures …") is of
    # another kind than a time
    assert not {"Otto Loewi", "terminal buttons", "myelin sheath"} & set(asked.choices)
    # a line that is a sentence of its own ("The vesicle or granule touches …") says what happens, not
    # what its term is: no choice of terms fits it
    assert not any("granule touches" in it.prompt and it.choices for it in items)
    # "Neurons that carry signals …" names the kind of 'motor neurons' by its own word, no verb
    motor = next(it for it in items if "to the muscles" in it.prompt and it.choices)
    assert "described as “Neurons that carry" in motor.prompt, motor.prompt


def test_a_list_line_ending_in_a_comma_is_asked_without_it(tmp_path):
    """"2. On-failure: It starts again when it gets only error," ends as a sentence of a list does, with
    a comma (or a comma and "..."); "which one starts again when it gets only error,?" kept it before
    the question mark, as did a list of commands."""
    notes = """# Deployments

## Update strategies

- **Recreate**: stops every old pod before any new pod starts,
- **Rolling update**: replaces the old pods with new pods a few at a time,
- **Canary release**: sends a small share of the traffic to the new version first,
- **Blue-green deployment**: keeps two full environments and switches the traffic between them at once,
"""
    trailing = notes.replace(",\n", ", ...\n")  # "… at once, ...": the list goes on, the line does not
    commands = """# Kubernetes

## kubectl basics

- `kubectl get pods`: lists the pods of the current namespace,
- `kubectl describe pod`: shows the events and settings of one pod,
- `kubectl logs`: prints the output a container wrote,
- `kubectl apply -f`: creates or updates the objects a file describes,
- `kubectl delete pod`: removes one pod from the cluster,
"""
    for text, asked in ((notes, "small share of the traffic"), (trailing, "small share of the traffic"),
                        (commands, "objects a file describes")):
        items = _items_of(tmp_path, text)
        assert any(asked in it.prompt for it in items), [it.prompt for it in items]
        assert not any(re.search(r"[,.]\s*(?:”|\?)", it.prompt) for it in items), [it.prompt for it in items]
        assert not any(c.endswith((",", ".")) for it in items for c in it.choices)


def test_a_definition_that_says_what_its_subject_is_of_is_asked_with_it(tmp_path):
    """"Resistance of a conductor is the opposition …" under "Resistance": physics notes define a
    quantity of something; the subject was read as 'Resistance of a conductor', no section's, and
    nothing was asked (a physics set made 6 items of 11,700 words). The stem keeps what the quantity
    is of, which the definition points back at ("the conductor", "the points"). A name that holds its
    "of" ('Balance of payments') is still the whole name (review 74)."""
    physics = """# Electricity

## Current
- Current is the rate of flow of electric charge past a point.

## Resistance
- Resistance of a conductor is the opposition the conductor offers to a steady flow of electrons.

## Potential difference
- Potential difference between two points in a circuit is the work done per coulomb moved between the points.

## Capacitance
- Capacitance is the ability of a component to store energy in an electric field.
"""
    items = {it.prompt: it for it in _items_of(tmp_path, physics)}
    resistance = items[
        "For a conductor, which one is the opposition the conductor offers to a steady flow of electrons?"
    ]
    assert resistance.choices[resistance.answer] == "Resistance"
    pd = items[
        "Between two points in a circuit, which one is the work done per coulomb moved between the points?"
    ]
    assert pd.choices[pd.answer] == "Potential difference"
    # "Balance of payments" under "Balance" is the name (no "of a …", "of the …"), and so are its rivals
    economy = """# Open economy

## Balance
- Balance of payments is the record of all transactions between a country and the rest of the world.

## Exchange
- Exchange rate is the price of one currency in terms of another currency.

## Tariffs
- A tariff is a tax that a government puts on imported goods.
"""
    asked = _items_of(tmp_path, economy)
    record = next(it for it in asked if "record of all transactions" in it.prompt)
    assert record.choices[record.answer] == "Balance of payments"
    assert not any("Balance" in c and c != "Balance of payments" for it in asked for c in it.choices)


def test_two_terms_named_alike_but_for_their_first_word_are_asked_against_each_other(tmp_path: Path):
    # "**Global Variables** are those variables which …" beside "**Local Variables** are those
    # variables which …": the pair the notes contrast, each line said on its own terms, so the other's
    # line sharing its words ('defined inside a function') does not make it a second answer
    notes = """# Kiln lore

## Kiln zones

- **Upper zones** are those parts of the kiln which sit directly above the burners and glow orange all day.
- **Lower zones** are those parts of the kiln which sit beside the door and stay at a dull red heat.
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "statement"]
    asked = {it.answer_text: it for it in items}
    assert set(asked) == {"Upper zones", "Lower zones"}
    lower = asked["Lower zones"].prompt
    assert lower.startswith("Which of these are those parts of the kiln which sit beside")
    assert set(asked["Lower zones"].choices) == {"Upper zones", "Lower zones"}


def test_a_label_whose_line_opens_these_are_is_what_the_line_says(tmp_path: Path):
    # "**Visual binaries**: These are binaries that …": the line's subject is its label, as "It is …"
    notes = """# Kiln lore

## Furnaces of a glassworks

- **Pot furnaces**: These are furnaces that hold a single crucible and melt one colour at a time.
- **Tank furnaces**: These are furnaces that melt glass without stop in one long basin fed from one end.
- **Day furnaces**: They are furnaces that are filled each morning and emptied before the workshop closes.
- **Cracked furnaces**: These are shown in the photograph below.
- **Glory hole**: These are small ovens where a gaffer reheats a piece between shaping steps.
"""
    asked = {it.answer_text: it for it in _items_of(tmp_path, notes)}
    assert asked["Day furnaces"].prompt == (
        "Which of these are furnaces that are filled each morning and emptied before the workshop closes?"
    )
    assert "Cracked furnaces" not in asked
    # "Which of these are small vesicles …?" of 'Lysosome', one thing (review 76)
    assert not any("small ovens" in it.prompt for it in asked.values())
    assert not any(p.prompt.lower().count("these") > 1 for p in asked.values())


# A run of terms each over its definition, a run of topics over their notes, a price, a citation, and a
# port list whose short names the lines write out (made-up field: nothing comes from what a reader knows)
FOLDED_NOTES = """# Kiln lore

## What long firings do to potters

- **Heat blindness**
    - Cannot tell a hot pot from a cool one by its glow
    - Common after long firings
- **Glaze deafness**
    - Cannot hear the ring of a pot that fired well
- **Body amnesia**
    - Forgets the recipe of a slip after one season
- **Fire dread**
    - Refuses to open the oven door while the flames burn

## The guild's decline

- **Smith's Rise to Power**
    - Largely unexpected, the smith never wanted to lead the guild
- **Ignored by Potters**
    - Settlement kilns consider the glaze tax natural
- **Seeds of Future Conflict**
    - The guild gets the river kilns and the clay pits

## Kiln rentals

- **Basic rental**: a small kiln for a weekend of firing.
- **Premium rental**: $3000 per month
- **Guided glazing**: Cave and Wolf (1990)
- **Shared rental**: one kiln split between three studios by the hour.

## Kiln ports

- **21: KFTP**: Kiln FTP is used to copy firing curves to a controller over the studio network.
- **22: KSH**: opens a secure shell on the controller to change its settings by hand.
- **80: KWEB**: serves the controller's status page to a browser on the studio network.
- **161: KMON**: sends the controller's temperatures to a monitoring board every minute.
"""


def test_a_run_of_terms_each_over_its_definition_is_asked_as_a_list(tmp_path: Path):
    # "- **Spatial Agnosia**" over "- Cannot navigate …", beside 'Auditory Agnosia': a list of one kind
    asked = {it.answer_text: it for it in _items_of(tmp_path, FOLDED_NOTES)}
    deaf = asked["Glaze deafness"]
    assert deaf.prompt == "Which one is described as “Cannot hear the ring of a pot that fired well”?"
    assert set(deaf.choices) == {"Heat blindness", "Glaze deafness", "Body amnesia", "Fire dread"}
    # "**Smith's Rise to Power**", "**Ignored by Potters**": topics that file notes, no things of a kind
    assert not {"Smith's Rise to Power", "Ignored by Potters", "Seeds of Future Conflict"} & set(asked)
    assert not any("Ignored by Potters" in it.choices for it in asked.values())


def test_two_terms_set_in_italics_each_over_its_definition_are_terms_but_no_either_or(tmp_path: Path):
    """A slide holds two terms, each in italics over its definition and remarks ("* _spacing effect_"
    over "* distributed practice beats massed study …"): terms defined by their lines, as a run of
    three is, but two a slide happens to hold set no either-or (graded trivial, four of four, r178).
    Two plain items over sub-lists ("* Pros" over "* fast") are no terms."""
    notes = (
        "# Memory\n\n## Memory Effects\n\n"
        "* _spacing effect_\n  * distributed practice beats massed study for long-term retention\n"
        "  * ex - studying over weeks instead of one night\n"
        "* _serial position effect_\n  * tendency to recall the first and last items of a list best\n"
        "  * recency effect\n\n"
        "## Flashcards\n\n* Pros\n  * quick to review on a phone between classes\n"
        "* Cons\n  * slow to write out by hand for every chapter\n"
    )
    builder = _builder_of(tmp_path, notes)
    texts = [e.text for c in builder.chunks for e in builder.parsed[c.id][0]]
    assert "spacing effect: distributed practice beats massed study for long-term retention" in texts, texts
    assert not any(t.startswith(("Pros:", "Cons:")) for t in texts), texts
    items = _items_of(tmp_path, notes)
    assert not any(len(it.choices) == 2 for it in items), [it.prompt for it in items]


SLIDE_NOTES = """# Psychology

## Scatterplots
* _TN_ -
  * pos.    - hours studying _vs._ grade
  * neg.    - days absent _vs._ grade
  * no.rel. - eye color _vs._ grade

## Attachment
* attachment and institutions
  * importance of adult responsiveness
    * orphanages
      * volunteers check on the children every few hours
    * current medical practice
      * parents stay overnight with a young child in hospital
    * daycare
      * staff pick up the children and play with them

## Operant conditioning is everywhere
* school
  * classroom behavioral management with token rewards
* work
  * bonuses for good work and warnings for bad work
* sports
  * relationship between performance and playing time

## Parenting Styles
* authoritarian
  * emphasize rules, obedience and consequences
* permissive
  * want to be your friend, not your parent
* authoritative -> in the middle
  * have rules, but explain them through reason and discussion

## Types of Defense Mechanisms
* _repression_ - banish anxiety-arousing thoughts from consciousness
* _regression_ - retreat to a more infantile stage of development
* _projection_ - disguise threatening impulses by attributing them to others
* _displacement_ - shift aggressive impulses toward a more acceptable object or person
* _rationalisation_ - generate self-justifying explanations to hide the real reasons for actions

## Prenatal
* zygote
  * rapid cell division
* embryo
  * some organ formation; heart beat
* fetus
  * higher level organ formation
"""


def test_slide_shorthand_and_illustrations_of_a_point_are_no_terms(tmp_path: Path):
    """Slide notes a student typed in class: 'pos.' and 'neg.' are words cut short, no names for a
    button; 'orphanages' and 'daycare' under "importance of adult responsiveness", and 'school' and
    'sports' under "Operant conditioning is everywhere", illustrate a point and are not terms each
    defined by its line (graded BAD: "The term for “relationship between performance and playing
    time” is ____" → sports). 'authoritative -> in the middle' is the style 'authoritative' and a
    remark. A blank over "some organ formation" (a second line cut off after ';') says too little:
    'fetus' fills it as well. A kind named "Types of X" is said of one as an X."""
    items = _items_of(tmp_path, SLIDE_NOTES)
    shown = [" ".join([it.prompt, *it.choices, str(it.answer_text)]) for it in items]
    assert not any(re.search(r"\b(?:pos|neg|no\.rel)\b", t) for t in shown), shown
    for word in ("orphanages", "daycare", "sports", "school"):
        assert not any(it.answer_text == word or word in it.choices for it in items), shown
    styles = next(it for it in items if "want to be your friend" in it.prompt)
    assert set(styles.choices) == {"authoritarian", "permissive", "authoritative"}
    assert not any(it.is_cloze and "organ formation" in it.prompt for it in items), shown
    # "Which of these describes the type of Defense Mechanisms regression?" read garbled (r176)
    described = [it.prompt for it in items if it.kind == "definition" and "regression" in it.prompt]
    assert described == ["Which of these describes the Defense Mechanism regression?"], shown


def test_a_field_of_several_words_under_case_after_case_is_no_term(tmp_path: Path):
    """"Court Ruling:" over its own lines under each case of the notes is a field of a record, as a
    table's column is: "Which one is described as “No term specifying duration …”?" among 'Plaintiff
    argues' and 'Court Ruling' (graded junk, law notes). A term of several words the notes list
    twice ('Technical controls') stays a term."""
    case = (
        "* `{name}`\n    * Case Summary:\n        * {summary}\n    * Plaintiff argues:\n"
        "        * the agreement bound both sides to go on talking\n"
        "    * Court Ruling:\n        * {ruling}\n    * Later Rulings:\n        * followed in two appeals\n"
    )
    rulings = [
        ("Walden v Myles", "a sale of a bakery fell through", "No term specifying how long talks must last"),
        ("Pike v Harrow", "a lease was signed by one side only", "An unsigned lease binds nobody"),
        ("Brill v Stone", "a price was left to two valuers", "The court may appoint its own valuer"),
        ("Crane v Lowe", "a letter of intent led to work", "Conduct can show a contract was meant"),
    ]
    notes = "# Contract\n\n## Cases\n\n" + "".join(
        case.format(name=n, summary=sm, ruling=r) for n, sm, r in rulings
    )
    items = _items_of(tmp_path, notes)
    shown = [" ".join([it.prompt, *it.choices, str(it.answer_text)]) for it in items]
    assert not any("Court Ruling" in t or "Plaintiff argues" in t for t in shown), shown


def test_a_list_under_a_definitions_heading_is_a_glossary_of_many_kinds(tmp_path: Path):
    """"## Definitions" over 'Simple Majority', 'Legal Positivism' and 'Constitutional Supremacy' files a
    chapter's terms, of many kinds, as a glossary does: a school of thought is no rival of a voting
    threshold (graded off-type, law notes)."""
    notes = (
        "# Legal system\n\n## Definitions\n\n"
        "* **Simple Majority**: support by more than half of the members present and voting.\n"
        "* **Legal Positivism**: a philosophy of law that holds law is socially constructed by its makers.\n"
        "* **Constitutional Supremacy**: enshrined in the fourth article of the national constitution.\n"
        "* **Parliamentary Sovereignty**: parliament may create or end any law; no court may overrule it.\n"
    )
    items = _items_of(tmp_path, notes)
    majority = [it for it in items if it.answer_text == "Simple Majority" or "Simple Majority" in it.choices]
    assert not any("Legal Positivism" in it.choices for it in majority), [it.prompt for it in items]


def test_what_marks_slide_shorthand_leaves_a_fields_own_lists_alone(tmp_path: Path):
    """Review 78: the shorthand, illustration and glossary rules stay narrow. A dosing list of
    'q.d.' and 'p.o.', terms under "Role of hormones …", a heading "Drugs that are contraindicated …",
    a reaction step 'glucose -> pyruvate' and "Payment terms" are all asked as before."""
    notes = (
        "# Notes\n\n## Glucose control\n\n* Role of hormones in glucose control\n"
        "  * Insulin\n    * lowers blood glucose by moving it into cells\n"
        "  * Glucagon\n    * raises blood glucose by releasing stored glycogen\n"
        "  * Cortisol\n    * raises blood glucose during long stress\n\n"
        "## Drugs that are contraindicated in pregnancy\n\n"
        "* Warfarin\n  * an anticoagulant that crosses the placenta and harms the fetus\n"
        "* Isotretinoin\n  * an acne drug that causes severe birth defects\n"
        "* Lisinopril\n  * a blood pressure drug that harms the fetal kidney\n\n"
        "## Respiration\n\n* glucose -> pyruvate\n  * happens in the cytoplasm during glycolysis\n"
        "* pyruvate -> acetyl CoA\n  * happens in the mitochondrial matrix after transport\n"
        "* acetyl CoA -> carbon dioxide\n  * happens in the citric acid cycle in the matrix\n\n"
        "## Payment terms\n\n* **Net 30**: the buyer pays the whole invoice within thirty days of delivery\n"
        "* **Cash on delivery**: the buyer pays the carrier when the goods arrive at the door\n"
        "* **Payment in advance**: the buyer pays the whole price before the goods are shipped\n"
    )
    asked = {it.answer_text for it in _items_of(tmp_path, notes) if it.choices}
    assert {"Insulin", "Warfarin", "Net 30"} <= asked, sorted(asked)
    assert "glucose" not in asked and "pyruvate" not in asked, sorted(asked)


def test_a_price_or_a_citation_is_no_description_to_ask_by(tmp_path: Path):
    items = _items_of(tmp_path, FOLDED_NOTES)
    assert any("kiln rental" in it.prompt for it in items)
    # neither asked by nor offered as what a thing is (review 76: '$3000 per month' was still a choice)
    posted = [" ".join([it.prompt, *it.choices]) for it in items]
    assert not any("$3000" in p or "Cave and Wolf" in p for p in posted)
    from bot.quiz.quality import problems

    told = ("Cave and Wolf (1990)", "A glaze poured over a stencil", "A glaze brushed on by hand")
    cited = QuizItem("z", "definition", "Which of these describes Guided glazing?", told, 0, "", "f.md", "A")
    assert "a bare value described" in problems(cited)


def test_a_short_name_the_stem_writes_out_gives_the_key_away(tmp_path: Path):
    # '21: KFTP' for "Kiln FTP is used to copy …": spelled out, the key needs no knowing
    items = _items_of(tmp_path, FOLDED_NOTES)
    assert any(it.answer_text == "80: KWEB" for it in items)
    assert not any("Kiln FTP" in it.prompt for it in items)


def test_a_slip_of_a_common_word_is_told_from_a_term_of_art():
    from bot.text import slip_of

    # two letters swapped, or one dropped inside a word the dictionary writes often
    assert slip_of("transofrm") == "transform"
    assert slip_of("stimlus") == "stimulus"
    assert slip_of("enviroment") == "environment"
    # a term of art: a letter short at its end, or no slip of any common word
    assert slip_of("addressin") is None
    assert slip_of("kubelet") is None
    assert slip_of("environment") is None
    # a long word with a letter more inside it, posted twice as a stem's word (economics notes, r341)
    assert slip_of("liablilities") == "liabilities"
    assert slip_of("enterances") == "entrances"
    # a British spelling is the American with a letter more, and no slip
    assert slip_of("behavioural") is None
    assert slip_of("haemoglobin") is None
    assert slip_of("containerd") is None


def test_a_typo_the_notes_repeat_is_not_posted(tmp_path: Path):
    # "enviroment" twice is still a typo: a teacher would not post it, however often the notes say it
    notes = """# Kiln lore

## Kiln hazards

- **Fume sickness**: headaches from breathing the kiln enviroment without a hood over the door.
- **Glaze burns**: blisters from touching a glaze still hot from the enviroment of the firing chamber.
- **Dust lung**: coughing from years of breathing dry clay powder in a closed studio.
- **Ember eye**: soreness after a spark jumps out of the firebox when it is stoked.
"""
    items = _items_of(tmp_path, notes)
    assert any(it.answer_text == "Dust lung" for it in items)
    assert not any("enviroment" in " ".join([it.prompt, *it.choices]).lower() for it in items)


def test_a_comparison_label_is_no_choice(tmp_path: Path):
    # "**Bluejacking vs Bluesnarfing**: …" beside 'Near Field Communication (NFC)': two things compared,
    # no one thing to pick (graded WEAK: a heading-like comparison, not a real candidate)
    notes = """# Kiln lore

## Studio gadgets

- **Ember Jacking vs Ember Snarfing**: Ember Jacking SENDS a curve to a controller, Ember Snarfing TAKES one
- Never leave a controller on its default pairing code
- **Load Beacons (LB)**: small tags on each shelf that a reader in the door picks up from metres away
- **Palm Pairing (PP)**: lets a phone and a controller swap a firing curve when held a hand's width apart
- **Bench Cable (BC)**: a wire from the controller to a laptop for changing settings by hand
"""
    items = _items_of(tmp_path, notes)
    assert any(it.answer_text == "Palm Pairing (PP)" for it in items)
    assert not any("Ember Jacking vs Ember Snarfing" in it.choices for it in items)


def test_a_topic_run_whose_lines_are_about_named_people_is_not_asked_as_a_list(tmp_path: Path):
    # "- **Alaska**" over "- Sec. of State William H. Seward", "- **Hawai'i**" over "- Christian
    # Missionaries try to gain influence": the first of a topic's notes, about someone, not what the label
    # is (graded BAD: a person is no description, and the notes tie him to another place as well)
    notes = """# Guild history

## The guild abroad (1865 - 1880)

- **Ostmark**
    - Guild Warden Hal Brenner (First Council)
    - bought the clay pits for a song
- **Westfold**
    - Norvik, Halm and Tarrow send potters to collect debts from the Westfold kilns
- **Southreach**
    - Travelling Glaze Sellers try to win the market over
- **Northfell**
    - a cold valley where the guild kept its winter kilns
"""
    items = _items_of(tmp_path, notes)
    assert not any(it.answer_text in ("Ostmark", "Westfold", "Southreach") for it in items)
    assert not any("Hal Brenner" in it.prompt or "Glaze Sellers" in it.prompt for it in items)


def test_a_short_name_ending_in_a_capital_s_is_no_plural_kind(tmp_path: Path):
    # "## KoS" (a short name, like DoS) over its kinds: "In “KoS”, which one …", never "which ko …"
    notes = """# Kiln lore

## KoS

- **Flame Rush**: opens every burner at once so the chamber overheats in minutes.
- **Damper Jam**: wedges the flue shut and fills the studio with smoke.
- **Cone Swap**: replaces the witness cones with ones that bend too late.
"""
    stems = [it.prompt for it in _items_of(tmp_path, notes)]
    assert stems
    assert not any(" ko " in s.lower() for s in stems)


RIVAL_NOTES = """# Kiln lore

## Glaze records

- **Glaze Card (GC)**: the studio's card for every glaze, with its owner's name and the kiln it fired in
- **Shared glazes**: let every member of the studio use the same glaze book and have it read as theirs
- **Single-signed cards**: only require the potter to be named
- **Double-signed cards**: require both the potter and the kiln master to be named
- A glaze card must be written down. There are a few ways under the Glaze Card rules:
    - **Loose Writing Rules (LWR)**: the first rules for glaze cards where many different scripts can be used
    - **Tidy Writing Rules (TWR)**: A stricter version of LWR that only allows the use of one script
    - **Fair Writing Rules (FWR)**: stricter version of LWR which allows one script and has stricter
      rules for margins, inks, and how recipes on a card are laid out

## Kiln types

- **Tunnel kiln**: fired by wood, used for stoneware in long runs of ware up to 1300 degrees
- **Shuttle kiln**: fired by gas, used for earthenware in short runs of ware up to 1300 degrees
- **Bottle kiln**: fired by coal and used in towns until smoke laws ended it
- Potters use cones to read the heat, and use a spy hole to watch them bend

## Ash glazes

- Ash glazes go back a long way; Ash Zero was too runny, and Ash Half crazed before anyone sold it
- **Ash One**: clear stream glaze using a variable kiln heat from 900 to 1300 degrees on thin stoneware jugs
- **Ash Two**: clear block glaze uses kiln heats up to 1300 degrees on thin stoneware jugs
- **Ash Three**: based on Ash Two and was brought in as a stand-in for lead glaze before tin glaze came along

### Ash glaze flow trends

- **Higher cone (> 12)**: Very runny glazes, very pale fired colours.
- **Cone 8 to 12**: Runny to stiff glazes, pale fired colours.
- **Cone 4 to 8**: Stiff glazes, dark fired colours.
- **Cone < 4**: Very stiff glazes, dark colours.
"""


def test_a_sibling_whose_line_says_the_whole_clue_is_a_second_right_answer(tmp_path: Path):
    # "Canonical Encoding Rules (CER): A restricted version of BER that only allows the use of one encoding
    # type" beside DER's "restricted version of BER which allows one encoding type and has more
    # restrictive rules …": DER's line says all of CER's but 'use'. RC5's "symmetric block cipher …" is
    # not RC4's "symmetric stream cipher …", nor "only require the server" what "require both the server
    # and the user" says
    items = _items_of(tmp_path, RIVAL_NOTES)
    assert not any("A stricter version of LWR" in it.prompt for it in items)
    block = next(it for it in items if "clear block glaze" in it.prompt)
    assert block.answer_text == "Ash Two" and "Ash One" in block.choices
    single = next(it for it in items if "only require the potter" in it.prompt)
    assert "Double-signed cards" in single.choices
    # "Strong to moderate acids, weak conjugate bases" is not "Very strong acids, very weak conjugate bases"
    runny = next(it for it in items if "“Very runny glazes, very pale fired colours”" in it.prompt)
    assert runny.answer_text == "Higher cone (> 12)" and "Cone 8 to 12" in runny.choices


def test_a_plural_of_a_word_ending_in_e_keeps_its_e():
    from bot.text import singular

    # "In “Ash glazes”, which ash glaz is described as …?"
    assert [singular(w) for w in ("glazes", "caches", "niches", "quizzes", "matches", "boxes")] == [
        "glaze",
        "cache",
        "niche",
        "quiz",
        "match",
        "box",
    ]


def test_a_one_word_name_ending_in_the_stems_word_is_given_away():
    from bot.quiz.quality import problems

    # "… for editing and replaying previous capture network traffic" -> 'tcpreplay' (graded BAD)
    tools = ("kilnlog", "Curveshark", "kilnreplay")
    replay = _choice_item(
        "Which one is described as “suite of free tools for editing and replaying recorded firing curves”?",
        tools,
        2,
    )
    assert "gives the answer away" in problems(replay)
    fair = _choice_item("Which one is described as “tool that records each firing curve”?", tools, 0)
    assert "gives the answer away" not in problems(fair)


def test_a_kind_the_name_says_is_not_said_twice():
    from bot.quiz.descriptions import _kind_in_name

    # "Which of these describes the Proxy Server IP Proxy?" (graded WEAK for its wording)
    assert _kind_in_name("Proxy Server", "IP Proxy")
    assert _kind_in_name("endpoint", "Reader endpoint")
    assert not _kind_in_name("Clay Body", "Stoneware Blend")


def test_a_sibling_that_turns_the_clue_is_no_second_right_answer(tmp_path: Path):
    # the sibling says the clue's words, but with a negation or a comparison one side lacks, or of
    # another thing: it is the distractor that tests the reader, not a second key (review 76)
    notes = """# Kiln lore

## Cards

- **Shared cards**: can be copied by any member of the studio office
- **Sealed cards**: cannot be copied by any member of the studio office after the kiln is lit
- **Open cards**: do not require the potter to be named on the glaze card at all
- **Signed cards**: require the potter to be named on the glaze card before firing
- **Single cards**: allows one script on each card
- **Double cards**: allows more than one script on each card
- **Tidy cards**: a stricter version of loose cards that only allows the use of one script
- **Fair cards**: stricter version of loose cards which allows one script and has more rules for inks

## Kilns

- Potters use cones to read the heat, and use a spy hole to watch them bend
- Most studios use a gas kiln for reduction and use an electric kiln for the rest
- A shuttle kiln is one to use for short runs
- Use a kiln log, and use it every time
- Wood kilns use a lot of wood; use dry wood
"""
    builder = _builder_of(tmp_path, notes)
    builder._index_clauses()
    copied = "can be copied by any member of the studio office"
    assert not builder.fits("Sealed cards", copied, "Shared cards")
    sealed = "cannot be copied by any member of the studio office after the kiln is lit"
    assert not builder.fits("Shared cards", sealed, "Sealed cards")
    unnamed = "do not require the potter to be named on the glaze card at all"
    assert not builder.fits("Signed cards", unnamed, "Open cards")
    assert not builder.fits("Double cards", "allows one script on each card", "Single cards")
    assert not builder.fits("Single cards", "allows more than one script on each card", "Double cards")
    # what a line adds after the whole clue ("and has more rules …") does not turn it
    tidy = "a stricter version of loose cards that only allows the use of one script"
    assert builder.fits("Fair cards", tidy, "Tidy cards")


def test_a_choice_the_stem_names_by_its_short_name_is_not_offered(tmp_path: Path):
    # "Replacement for WEP which uses TKIP …" offered 'Wired Equivalent Privacy (WEP)': no guess at all
    notes = """# Kiln lore

## Ash glazes

- Ash glazes go back a long way
- **Ash One (AO)**: clear stream glaze using a variable kiln heat from 900 to 1300 degrees on stoneware
- **Ash Two**: clear block glaze uses kiln heats up to 1300 degrees on thin stoneware jugs
- **Ash Three**: a stand-in for AO brought in before tin glaze came along, fired on thick bowls
- **Ash Four**: a dark glaze from beech ash that pools in the foot of a bowl
"""
    stand_in = _asking(tmp_path, notes, "a stand-in for AO")
    assert stand_in is not None and stand_in.answer_text == "Ash Three"
    assert "Ash One (AO)" not in stand_in.choices


def test_without_a_spelling_dictionary_the_bank_is_still_built(tmp_path: Path, monkeypatch):
    import bot.text

    # a missing or damaged pyspellchecker costs the typo checks, never the bank
    monkeypatch.setattr(bot.text, "_spelling", lambda: None)
    assert bot.text.slip_of("enviroment") is None
    assert bot.text.singular("boxes") == "box"
    items = _items_of(tmp_path, RIVAL_NOTES)
    assert any(it.answer_text == "Ash Two" for it in items)


def test_a_roman_numeral_is_no_short_name_the_stem_spells_out():
    from bot.quiz.quality import problems

    # "Class II glaze" dropped as given away: "is intended" has the initials i-i (review 76)
    classes = ("Class I glaze", "Class II glaze", "Class III glaze")
    ii = _choice_item("Which one is described as “a matte coat that is intended for tiles”?", classes, 1)
    assert "gives the answer away" not in problems(ii)
    iii = _choice_item("Which one is described as “a coat that is intended in its first firing”?", classes, 2)
    assert "gives the answer away" not in problems(iii)
    ports = ("21: FTP", "69: KFTP", "80: HTTP")
    spelled = _choice_item("Which one is described as “Kiln File Transfer Protocol is used …”?", ports, 1)
    assert "gives the answer away" in problems(spelled)


def test_a_letter_struck_twice_is_a_slip_and_one_letter_more_a_name():
    from bot.text import slip_of

    assert slip_of("configuratiion") == "configuration" and slip_of("runnning") == "running"
    # 'backend', 'containerd', 'tiering': a letter more than 'backed', 'contained', 'tiring', and words
    assert slip_of("backend") is None and slip_of("containerd") is None and slip_of("tiering") is None


def test_a_blank_the_stem_all_but_writes_is_given_away():
    from bot.quiz.quality import problems

    # "If you make a pre-payment add an asset called ____." for 'prepaid expense' (graded BAD)
    prepaid = _cloze_item(
        "If a potter makes a pre-payment, the studio books an asset called ____.",
        "prepaid fee",
    )
    assert "gives the answer away" in problems(prepaid)
    # a shared prefix alone ('inter', 'trans') is no giveaway
    fair = _cloze_item(
        "The kiln's internet link reports through a small ____ on its side.",
        "interface panel",
    )
    assert "gives the answer away" not in problems(fair)
    from bot.quiz.quality import _blank_said

    assert not _blank_said("comparison", "Unlike the company's first kiln, this ____ …")
    assert _blank_said("inheritance", "Lets a class inherit the methods of another by ____")


def test_a_short_name_is_said_by_a_stem_only_as_written():
    from bot.quiz.rivals import _and_short

    # 'Information Technology (IT)' is named by "… IT …", not by "what is it used for"
    named, short = _and_short(["Kiln Temperature (KT)", "Iron Spot"])
    assert named == {"Kiln Temperature (KT)", "Kiln Temperature", "Iron Spot"} and short == {"KT"}


def test_a_glossary_that_mixes_a_person_with_things_never_offers_one_for_the_other(tmp_path: Path):
    """"Coward: someone who throws the shield" among a spear, a chest guard and a formation was offered
    as a piece of armour, and the armour for "someone who …" (nine items graded WEAK or BAD, history
    notes). A line that defines a person sets its term apart from the things beside it."""
    notes = (
        "# Old wars\n\n## Kelt Warfare\n\n"
        "- **Brandon Shield**: a round shield of layered oak\n"
        "- **Tarsa**: a long spear of ash wood\n"
        "- **Vellum Coat**: a quilted linen chest guard\n"
        "- **Shirker**: someone who drops the shield and runs\n"
        "- **Shin Plates**: bronze guards for the lower legs\n"
    )
    items = _items_of(tmp_path, notes)
    gear = [it for it in items if it.choices and it.answer_text != "Shirker"]
    assert gear, [it.prompt for it in items]
    assert not any("Shirker" in it.choices for it in gear), [(it.prompt, it.choices) for it in gear]
    assert not any("someone who" in " ".join(it.choices).lower() for it in items)


def test_centuries_are_times_and_a_line_holding_its_year_is_not_asked_for_it(tmp_path: Path):
    """'Late 3rd c. BCE' is a time as '337 BCE' is: a timeline of centuries is asked "Which date goes
    with …?", not "Which one is described as …?" (graded odd), and a line that holds a year ("… (till
    197)") dates itself (graded BAD: answer given away)."""
    notes = (
        "# Old wars\n\n## Wars of the league\n\n"
        "- Late 3rd c. BCE: Kelts attack the coast, asked by their river allies\n"
        "- Early 2nd c. BCE: War vs. King Orm and the Hill League (till 197)\n"
        "- Mid 2nd c. BCE: The league breaks up after a famine\n"
        "- Late 2nd c. BCE: Kelt towns sign the harbour treaty\n"
    )
    items = _items_of(tmp_path, notes)
    asked = [it.prompt for it in items]
    assert any(p == "Which date goes with “The league breaks up after a famine”?" for p in asked), asked
    assert not any("described as" in p or "197" in p for p in asked), asked


def test_a_part_of_a_decade_is_a_time_not_a_name():
    """"End of 1970s: mainstream Americans felt betrayed …" beside 'Nixon's foreign policy' and 'War
    Powers Act of 1973' was asked "Which one is described as …?" (graded BAD: a time label among mixed
    fragments, history notes, r326). 'End of 1970s', 'Early 1900s' and 'mid-1960s' are times, as '1970s'
    is; 'Early Republic' and 'Late Bronze Age' are names."""
    from bot.quiz.wording import is_when

    assert all(map(is_when, ("End of 1970s", "Early 1900s", "mid-1960s", "1970s")))
    assert not any(map(is_when, ("Early Republic", "Late Bronze Age")))


def test_a_name_heading_lines_under_three_lists_is_a_field_and_counted_headings_set_nothing(tmp_path: Path):
    """Case notes head each case's differentials and exam with the same body systems ("CVS: heart
    failure, …", "CVS: vasculitis, …", "CVS: check pulses …"): a name under three lists is a heading of
    each, whose lines say different kinds of thing, and "Which one is described as “check pulses …”?"
    among systems was graded trivial or with two answers. "Short case 1", "Trigger 2" count sections
    off: "In “Trigger 2”, …" told the reader nothing (graded odd)."""
    notes = (
        "# Clinic\n\n## Short case 1\n\n### Trigger 1\n\nDDx:\n\n"
        "- CVS: heart failure, arrhythmia, valve disease\n- Resp: asthma, pneumonia, embolism\n"
        "- Renal: kidney stones, nephritis, cysts\n\n"
        "### Trigger 2\n\nTests for hepatitis:\n\n- HBsAg: current infection\n"
        "- Anti HBs: resolved or vaccinated\n- Anti HBc IgG: past infection\n"
        "- HBV DNA: shows if the patient is infective\n\n"
        "## Short case 2\n\n### Trigger 1\n\nDDx lower limb weakness:\n\n"
        "- CVS: vasculitis, stroke, infection\n- Neuro: seizures, tumour, myasthenia\n"
        "- MSK: arthritis, fractures, gout\n\nExam:\n\n- CVS: check pulses for the peripheral vessels\n"
        "- GIT: check for an enlarged liver, jaundice\n- Neuro: tone, strength, reflexes, sensation\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "Anti HBs" for it in items), shown
    assert not any("CVS" in it.choices or it.answer_text == "CVS" for it in items), shown
    assert not any(re.search(r"In “(?:Trigger|Short case) \d”", it.prompt) for it in items), shown


def test_a_plural_noun_and_its_clause_is_no_verb(tmp_path: Path):
    """"Capacitors: Devices that store energy …" was asked "Which one devices that store energy …?"
    (graded odd): 'devices' before 'that' is a noun with its clause; 'means that', 'shows that' are
    verbs."""
    builder = _builder_of(tmp_path, "# Circuits\n\n## Parts\n\nA lamp glows.\n")
    assert not builder.is_verb("devices", "that")
    assert not builder.is_verb("materials", "which")
    assert builder.is_verb("means", "that") and builder.is_verb("shows", "that")
    notes = (
        "# Circuits\n\n## Parts\n\n- **Spark Gap**\n  - The release of stored charge across a narrow gap\n"
        "- **Wirings**\n  - Materials that allow the flow of charge\n"
        "- **Jars**\n  - Devices that store energy in an electric field\n"
    )
    asked = [it.prompt for it in _items_of(tmp_path, notes)]
    assert asked and not any(re.search(r"[Ww]hich one (?:devices|materials) ", p) for p in asked), asked


def test_a_heading_that_names_one_of_the_choices_sets_no_question(tmp_path: Path):
    """A table of four forces under "## Gravitational Force" asked "In “Gravitational Force”, which
    force is described by “The support force …”?" among Gravitational and Normal (graded misleading
    three times, science notes): a heading that names a choice points at the wrong one. Another
    table's heading ("Boats") still sets its own rows apart."""
    table = (
        "| Force | Direction | Description |\n| --- | --- | --- |\n"
        "| Gravitational | {0} | {1} |\n| Normal | {2} | {3} |\n"
        "| Frictional | {4} | {5} |\n| Drag | {6} | {7} |\n| Tension | {8} | {9} |\n"
    )
    notes = (
        "# Lecture 2\n\n## Gravitational Force\n\n"
        + table.format(
            "Towards the centre of the planet", "The pull between two masses",
            "Perpendicular to the surface", "The support force a surface exerts on a body",
            "Against the sliding motion", "The force that resists two surfaces sliding",
            "Against the motion through a fluid", "The force a fluid exerts on a moving body",
            "Along the rope away from the body", "The pull a taut rope or cable exerts",
        )
        + "\n## Boats\n\n"
        + table.format(
            "Down through the keel", "The weight of the hull and its load",
            "Up from the water", "The buoyant push of the displaced water",
            "Along the hull", "The skin friction of water on the planks",
            "Against the bow", "The resistance of the water to the moving hull",
            "Along the mooring line", "The pull of the line that holds the boat to the quay",
        )
    )
    items = _items_of(tmp_path, notes)
    named = [it for it in items if "Normal" in it.choices]
    assert named and any(it.prompt.startswith("In “Boats”") for it in named), [it.prompt for it in named]
    shown = [it.prompt for it in named]
    assert not any(p.startswith("In “Gravitational Force”") for p in shown), shown
    # nor when the row it names is not among the three choices offered
    assert any(it for it in named if "Gravitational" not in it.choices), shown


def test_a_heading_that_only_names_the_question_sets_none(tmp_path: Path):
    """"In “Units”, what is the unit of Speed?" over "| Quantity | Unit |" (graded odd eight times,
    science notes) and "In “Gravitational Force”, what is the direction of the Gravitational force?"
    over a table of every force: a heading that names only the table's own columns, or the row asked,
    qualifies nothing. A heading that says more ("Engine Units") still sets its table's questions."""
    units = (
        "| Thing to Measure | Unit |\n| --- | --- |\n| Mass | Kilograms (kg) |\n| Time | Seconds (s) |\n"
        "| Speed | Metres per second (m/s) |\n| Force | Newtons (N) |\n| Charge | Coulombs (C) |\n"
        "| Angle | Radians (rad), 1 degree = π/180 radians |\n"
    )
    forces = (
        "| Force | Direction |\n| --- | --- |\n| Gravitational | Towards the centre of the planet |\n"
        "| Normal | Perpendicular to the surface, away from it |\n"
        "| Frictional | Against the sliding motion |\n"
        "| Drag | Against the motion through a fluid |\n| Tension | Along the rope, away from the body |\n"
    )
    # a review sheet repeats the lecture's tables: which table a row is asked from would matter, if the
    # headings said anything the question does not
    lectures = f"## Units\n\n{units}\n## Gravitational Force\n\n{forces}"
    notes = f"# Lecture 1\n\n{lectures}\n# Review for test 1\n\n{lectures}"
    asked = [it.prompt for it in _items_of(tmp_path, notes)]
    assert sum("the unit" in p for p in asked) >= 3 and sum("the direction" in p for p in asked) >= 3, asked
    assert not any(p.startswith(("In “Units”", "In “Gravitational Force”")) for p in asked), asked
    # a conversion tacked on a cell ("1 degree = π/180 radians") says what it measures: not shown
    units_asked = [it for it in _items_of(tmp_path, notes) if "unit" in it.prompt]
    assert not any("degree" in " ".join([it.prompt, *it.choices]) for it in units_asked), units_asked
    # a law or a condition after the comma is what the cell says, not a conversion (review 83)
    from bot.quiz.table_facts import _without_conversion

    assert _without_conversion("Radians (rad), 1 degree = π/180 radians") == "Radians (rad)"
    assert _without_conversion("Current through a conductor, V = IR") == "Current through a conductor, V = IR"
    assert _without_conversion("Profit, TR = TC") == "Profit, TR = TC"
    # the same rows with other values under two headings: the heading is what tells them apart, though
    # its words ('Meals') are the table's own (review 81)
    dose = "| Meal | Insulin dose |\n| --- | --- |\n| Breakfast | {} |\n| Lunch | {} |\n| Dinner | {} |\n"
    notes = (
        "# Insulin\n\n## Before Meals\n\n" + dose.format("6 units", "4 units", "8 units")
        + "\n## After Meals\n\n" + dose.format("1 unit if high", "2 units", "3 units")
    )
    asked = [it.prompt for it in _items_of(tmp_path, notes)]
    dinner = [p for p in asked if p.endswith("the meal Dinner?")]
    assert dinner and all(p.startswith(("In “Before Meals”", "In “After Meals”")) for p in dinner), asked


def test_a_row_of_counterparts_whose_cell_names_its_half_is_not_asked(tmp_path: Path):
    """"| Charge/Mass | q is charge | m is mass |" in a table comparing two forces was asked "Which one
    has the charge or mass “m is mass”?" (graded BAD twice, science notes): the cell names its half
    of the row's pair and answers itself. The table's other rows are still asked."""
    notes = (
        "# Lecture 9\n\n## Two forces compared\n\n"
        "| Feature | Static Electricity | Gravity |\n| --- | --- | --- |\n"
        "| Charge/Mass | q is charge | m is mass |\n"
        "| Acts between | Any two charged bodies | Any two bodies with mass |\n"
        "| Direction | Attracts or repels | Always attracts |\n"
        "| Relative strength | Very strong at short range | Very weak unless a body is huge |\n"
    )
    items = _items_of(tmp_path, notes)
    offered = [c for it in items for c in [it.prompt, *it.choices]]
    assert any(c.startswith("Direction: ") for c in offered), offered
    assert not any("is mass" in c or "is charge" in c for c in offered), offered


def test_a_table_of_types_is_asked_by_the_kind_its_heading_names(tmp_path: Path):
    """"| type | description |" under "Place of Articulation" was asked "Which type is described by
    “lower lip against upper front teeth”?", never saying of what (graded odd four times, linguistics
    notes); a column of several values ("[i] leak; [u] Luke") is asked in the plural."""
    notes = (
        "# Phonetics\n\n#### 2. Place of Articulation\n\n| type | description |\n| --- | --- |\n"
        "| **bilabial** | bring both lips close together |\n"
        "| **labiodental** | lower lip against upper front teeth |\n"
        "| **interdental** | tip of tongue protruding between front teeth |\n"
        "| **velar** | back of the tongue raised against the soft palate |\n\n"
        "#### Tongue Height\n\n| height | vowels |\n| --- | --- |\n| high | [i] leak; [u] Luke |\n"
        "| mid | [e] bait; [o] boat |\n| low | [æ] cat; [ɑ] cot |\n"
    )
    asked = [it.prompt for it in _items_of(tmp_path, notes)]
    described = [p for p in asked if "is described by" in p]
    assert described and all(p.startswith("Which place of articulation is") for p in described), asked
    # ("Which are the high vowels?": the row sorts its column's things, r231)
    listed = [p for p in asked if p.endswith(" vowels?")]
    assert listed and all(p.startswith("Which are the ") for p in listed), asked
    # only a heading shaped as a kind names one (review 82)
    from bot.quiz.table_facts import _kind_named_by

    assert _kind_named_by("Different Types of Cells") == "type of cell"
    assert _kind_named_by("Market Structures") == "market structure"
    for title in ("The Big Five", "Week One", "Tort Law", "Classification of Anemias", "Antibiotics"):
        assert _kind_named_by(title) == "", title


def test_a_label_over_line_after_line_is_no_term(tmp_path: Path):
    """'**General Rule:**' leads twenty rules in law notes; it was keyed as the thing "described as “The
    right to elect to affirm the contract has been said to be unfettered”" beside two real limits
    (graded BAD). Terms defined once each, beside it, are still asked."""
    rules = [
        "Where parties perform what they agreed to do, the contract comes to an end",
        "Lump sum contracts are not necessarily entire contracts",
        "The right to elect to affirm the contract has been said to be unfettered",
        "A frustrating event occurs without the fault of either party",
        "Supervening illegality of performance discharges the contract by frustration",
    ]
    sections = "".join(f"## Topic {i + 1}\n\n**General Rule:** {r}.\n\n" for i, r in enumerate(rules))
    notes = (
        "# Contracts\n\n" + sections + "## Remedies\n\n"
        "- **Termination:** the innocent party treats the contract as at an end and sues for damages\n"
        "- **Affirmation:** the innocent party keeps the contract alive and performs its own side\n"
        "- **Rescission:** the contract is set aside from the start as if never made\n"
        "- **Rectification:** the court corrects the written terms to match what was agreed\n"
    )
    items = _items_of(tmp_path, notes)
    named = {it.answer_text for it in items} | {c for it in items for c in it.choices}
    assert "General Rule" not in named, [it.prompt for it in items]
    assert {"Termination", "Rescission"} & {it.answer_text for it in items}, [it.prompt for it in items]
    # a term a lecture, a summary, a glossary and flashcards each define in their own words is a term
    from bot.quiz.generate import _says_other_things
    from bot.text import STOPWORDS, stem

    def said(line: str) -> frozenset[str]:
        return frozenset(stem(w) for w in words(line) if w not in STOPWORDS)

    again = [
        "the value of the next best alternative forgone",
        "the next best alternative that is forgone when choosing",
        "what is forgone: the best alternative use of a resource",
        "the cost of the best alternative forgone, e.g. studying",
    ]
    assert not _says_other_things([said(x) for x in again])
    assert _says_other_things([said(r) for r in rules])


def test_a_row_whose_cell_says_the_clue_in_other_words_is_no_rival(tmp_path: Path):
    """"Which speech act has the function “elicit information”?" offered 'request', whose function the
    notes give as "elicit action or information" (graded BAD: two defensible answers). Rows that say
    something else stay."""
    notes = (
        "# Pragmatics\n\n## Common speech acts\n\n| Speech act | Function |\n| --- | --- |\n"
        "| assertion | convey information |\n| question | elicit information |\n"
        "| request | (more or less politely) elicit action or information |\n| order | demand action |\n"
        "| promise | commit speaker to an action |\n"
    )
    items = _items_of(tmp_path, notes)
    asked = [it for it in items if "“elicit information”" in it.prompt]
    shown = [(it.prompt, it.choices) for it in items]
    assert asked and all("request" not in it.choices for it in asked), shown
    assert all(len(it.choices) >= 3 for it in asked), [it.choices for it in asked]
    # a clue its rival's cell denies is no second answer: "Does not require oxygen" beside "Requires
    # oxygen" keeps the best distractor (review 82)
    notes = (
        "# Respiration\n\n## Kinds of respiration\n\n| Process | Requirement |\n| --- | --- |\n"
        "| Aerobic respiration | Requires oxygen |\n| Anaerobic respiration | Does not require oxygen |\n"
        "| Photorespiration | Light and the enzyme rubisco |\n"
        "| Fermentation | Sugar and yeast in a sealed vessel |\n"
    )
    denied = [it for it in _items_of(tmp_path, notes) if "“Does not require oxygen”" in it.prompt]
    assert denied and "Aerobic respiration" in denied[0].choices, [it.choices for it in denied]


def test_two_labels_whose_lines_say_one_thing_are_not_set_against_each_other(tmp_path: Path):
    """'contrastive distribution' ("two sounds occur in the same phonetic environment") was asked beside
    'overlapping distribution' ("sounds occur in same environment"), and both lines were offered as two
    distractors of another term (graded BAD three times, linguistics notes). A line that negates the
    other ("two sounds never occur …") is its opposite and a fair rival."""
    notes = (
        "# Phonology\n\n## Distribution\n\n"
        "- **contrastive distribution:** two sounds occur in the same phonetic environment\n"
        "- **overlapping distribution:** sounds occur in same environment\n"
        "- **complementary distribution:** two sounds never occur in same phonetic environment\n"
        "- **free variation:** multiple pronunciations of a given sound without changing word meaning\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    alike = {"contrastive distribution", "overlapping distribution"}
    assert not any(it.answer_text in alike and alike <= set(it.choices) for it in items), shown
    lines = {"Two sounds occur in the same phonetic environment", "Sounds occur in same environment"}
    assert not any(lines <= set(it.choices) for it in items), shown
    opposite = [it for it in items if it.answer_text == "complementary distribution"]
    assert opposite and "contrastive distribution" in opposite[0].choices, shown
    # a third term is still described among the lines, one of the two alike ones left out (review 83)
    assert any(
        it.kind == "definition" and "free variation" in it.prompt and len(it.choices) >= 3 for it in items
    ), shown


def test_a_chapters_dotted_number_is_no_part_of_its_subject():
    """'Chapter 3.2. Tuple' is a chapter on tuples, as 'Chapter 3 Tuples' is: the course's numbering
    with its section number is not the topic's name."""
    from bot.quiz.wording import _clean_heading

    assert _clean_heading("Chapter 3.2. Tuple") == "Tuple"
    assert _clean_heading("Ch. 2.1 - Variables") == "Variables"
    assert _clean_heading("Unit 3.1.2 Cells") == "Cells"
    assert _clean_heading("Chapter 3 Tuples") == "Tuples"


def test_a_heading_that_files_terms_away_sets_no_question():
    """"In “Dictionary”, which one has …" named a heading the reader never sees and that says only that
    terms are filed there (graded BAD, science notes), as "Glossary" or "Key terms" would."""
    from bot.quiz.wording import _FILING_HEADING

    assert _FILING_HEADING.search("Dictionary") and _FILING_HEADING.search("Glossary")
    assert not _FILING_HEADING.search("Dictionary attacks")


def test_answers_worked_to_class_polls_are_coursework(tmp_path: Path):
    """"###### PollEV Answers" under a lecture holds worked answers to questions set in class: its step
    headings ('Units of Force (F)') were offered beside 'Hooke's Law' (graded BAD)."""
    from bot.ingest.document import section_role

    assert section_role(("Lecture 7", "Pendulum", "PollEV Answers")) == "example"
    assert section_role(("Chemistry", "Answer Key")) == "example"
    assert section_role(("Cloud", "Solutions Architecture")) == "content"
    assert section_role(("Grammar", "Short answers")) == "content"


REVIEW_79_NOTES = {
    # a comparison under each aspect, one side missing once: terms compared, not fields
    "field": "# Transport protocols\n\n## Reliability\n\n"
    "- TCP: retransmits lost segments until acknowledged\n- UDP: sends datagrams once and never retransmits\n"
    "- QUIC: retransmits lost frames inside encrypted packets\n"
    "\n## Connection setup\n\n- TCP: a three-way handshake before any data flows\n"
    "- UDP: no handshake, data flows at once\n\n## Typical uses\n\n"
    "- TCP: web pages, email and file transfer\n"
    "- UDP: live video, games and DNS lookups\n- QUIC: HTTP/3 traffic in modern browsers\n",
    # versions glued to their number are named things, whose heading sets each question
    "count": "# Internet addressing\n\n## IPv4\n\n- Address length: 32 bits written as four decimal octets\n"
    "- Header checksum: recomputed by every router on the path\n- Fragmentation: done by routers and hosts\n"
    "- Broadcast: supported, one packet reaches every host on the subnet\n\n## IPv6\n\n"
    "- Address length: 128 bits written as eight groups of hex digits\n"
    "- Header checksum: removed, left to the link and transport layers\n"
    "- Fragmentation: done only by the sending host\n- Broadcast: removed and replaced by multicast groups\n",
    # 'the party against whom' and 'a lawyer who' define people as 'someone who' does
    "person": "# Courts\n\n## Courtroom roles\n\n- Plaintiff: the person who brings a civil suit\n"
    "- Defendant: the party against whom a suit is brought\n"
    "- Prosecutor: a lawyer who brings criminal charges on behalf of the state\n"
    "- Bailiff: an officer who keeps order in the courtroom\n"
    "- Witness: someone who gives evidence under oath\n",
    # 'the 13th Amendment' names a law, it does not date the line
    "time": "# Reform era\n\n## Amendments after the war\n\n"
    "- **c. 1865**: Congress passes the 13th Amendment against slavery\n"
    "- **c. 1870**: Southern states are readmitted under new rules\n"
    "- **c. 1873**: The league of reformers breaks up after a scandal\n"
    "- **c. 1877**: Federal troops leave the southern states\n",
    # a chapter on solutions is no answer sheet
    "solutions": "# Chemistry of mixtures\n\n## Solutions\n\n### Parts of a solution\n\n"
    "- Solute: the substance dissolved, present in the smaller amount\n"
    "- Solvent: the substance that does the dissolving, present in the larger amount\n"
    "- Concentration: the amount of solute in a given amount of solution\n",
}


@pytest.mark.parametrize("case", sorted(REVIEW_79_NOTES))
def test_rules_from_history_and_case_notes_leave_other_fields_alone(tmp_path: Path, case: str):
    """Review 79 ran each rule of this round on notes of other fields; what each must leave asked."""
    items = _items_of(tmp_path, REVIEW_79_NOTES[case])
    shown = [(it.prompt, it.choices, it.answer_text) for it in items]
    if case == "field":
        assert any(it.answer_text == "TCP" for it in items), shown
    elif case == "count":
        assert any(it.prompt.startswith("In “IPv6”") for it in items), shown
    elif case == "person":
        plaintiff = [it for it in items if it.answer_text == "Plaintiff" and it.choices]
        assert plaintiff and any("Defendant" in it.choices for it in plaintiff), shown
    elif case == "time":
        assert any("13th Amendment" in it.prompt for it in items), shown
    else:
        assert any(it.answer_text == "Solvent" for it in items), shown
        # 'Solute' is not named by "Parts of a solution", though a stemmer reads both as 'solut'
        assert any(it.prompt.startswith("In “Parts of a solution”") for it in items), shown


def test_a_verb_before_that_is_read_back_to_its_root():
    """'implies', 'applies', 'specifies' before "that" are verbs ('imply'); 'devices' is not."""
    import tempfile

    builder = _builder_of(Path(tempfile.mkdtemp()), "# Logic\n\n## Rules\n\nA rule holds.\n")
    assert all(builder.is_verb(w, "that") for w in ("implies", "applies", "specifies", "means"))
    assert not builder.is_verb("devices", "that") and not builder.is_verb("structures", "that")
    # "Always moving/changing" made "Which one always moving/changing?" (r212): an adverb, no verb
    assert not builder.is_verb("always", "moving") and not builder.is_verb("sometimes", "moving")


def test_labels_of_words_and_a_number_count_an_outline_off(tmp_path: Path):
    """"1. Early Period 2: Literary achievement", "2. Early Period 3: …": a lecture's outline counts its
    parts off by number, and "Which one is described as “Aristocratic to communal”?" among 'Early
    Period 2', '3' and '5' was graded BAD (history notes). A name that goes on after its number
    ('Type 1 diabetes') is untouched."""
    notes = (
        "# The Rise of the Town\n\n**Outline**\n"
        "1. Early Period 2: Literary and artistic achievement of the age\n"
        "2. Early Period 3: From aristocratic rule to a communal one\n"
        "3. Early Period 5: The town system and its assemblies\n"
    )
    named, items = _named_in(tmp_path, notes)
    assert not any(n.startswith("Early Period") for n in named), [(it.prompt, it.choices) for it in items]
    from bot.quiz.wording import enumerated_as

    assert enumerated_as("Early Period 2") and enumerated_as("step3")
    assert not enumerated_as("Type 1 diabetes")


def test_a_table_under_a_counted_heading_is_asked_without_it(tmp_path: Path):
    """"In “Trigger 1”, what is the pain pathway of Visceral?": a case's 'Trigger 1' counts the case
    off and says nothing of what the table compares (clinical notes). (A table of two adjectives,
    'Visceral' and 'Somatic', is not asked at all since: its columns are named here.)"""
    table = (
        "| | Gut pain | Wall pain |\n| --- | --- | --- |\n"
        "| Perception | Poorly localised, dull | Localised to one region, sharp |\n"
        "| Pain pathway | Autonomic nerves to the cord | Spinal nerves: dermatomes and myotomes |\n"
        "| Stimuli | Stretch, ischaemia, spasm | Inflammation, laceration, heat |\n"
    )
    notes = (
        f"# Abdominal pain\n\n## Trigger 1\n\n{table}\n## Trigger 2\n\n"
        "- Colic: pain that comes and goes in waves\n- Referred pain: felt away from its source\n"
        "- Peritonism: pain worse on movement and coughing\n"
    )
    items = _items_of(tmp_path, notes)
    pathway = [it.prompt for it in items if any(c.startswith("Pain pathway: ") for c in it.choices)]
    assert pathway and not any("Trigger" in p for p in pathway), pathway


REVIEW_80_NOTES = {
    # numbered names beside unnumbered ones of their list are names, not an outline's parts
    "wars": "# Twentieth Century Conflicts\n\n"
    "- **World War 1**: A global war centred on Europe that began after an assassination in 1914\n"
    "- **World War 2**: A global war that began in 1939 when one state invaded its neighbour\n"
    "- **Korean War**: A war between the north and south of a peninsula that ended in an armistice\n"
    "- **Cold War**: A rivalry between two superpowers without direct fighting between them\n",
    # 'Class 2' names a class of drugs: the heading still sets its table's questions
    "classes": "# Antiarrhythmic Drugs\n\n## Class 1\n\n"
    "| Feature | 1A | 1B | 1C |\n| --- | --- | --- | --- |\n"
    "| Sodium channel block | Moderate | Weak | Strong |\n"
    "| Action potential | Prolonged | Shortened | Unchanged |\n"
    "| Example drug | Procainamide | Lidocaine | Flecainide |\n\n## Class 2\n\n"
    "| Feature | Cardioselective | Non-selective | Mixed |\n| --- | --- | --- | --- |\n"
    "| Receptor | Beta-1 only | Beta-1 and beta-2 | Beta and alpha-1 |\n"
    "| Example drug | Metoprolol | Propranolol | Carvedilol |\n"
    "| Asthma | Relatively safe | Avoid | Avoid |\n",
}


@pytest.mark.parametrize("case", sorted(REVIEW_80_NOTES))
def test_numbered_names_and_counted_headings_of_a_subject_stay(tmp_path: Path, case: str):
    """Review 80: 'World War 1' beside 'Korean War', and "In “Class 2”" over a table of beta-blockers,
    are the subject's own names, not a course counted off."""
    items = _items_of(tmp_path, REVIEW_80_NOTES[case])
    shown = [(it.prompt, it.choices, it.answer_text) for it in items]
    if case == "wars":
        assert any(it.answer_text == "World War 2" for it in items), shown
    else:
        assert any(it.prompt.startswith("In “Class 2”") for it in items), shown


def test_quarto_div_marks_are_layout_not_text():
    """A callout in Quarto notes ("::: {.callout-tip}" … ":::") ran its closing mark into the last term
    of its list ('Basophil: circulating cousin of the mast cell :::'); a shortcode line is layout too."""
    from bot.ingest.reader import repair_text

    text = (
        "# Cells\n\n::: {.callout-tip}\n## Immune cells\n- Mast cell: releases histamine\n"
        "- Basophil: circulating cousin of the mast cell\n:::\n\n{{< include _common.qmd >}}\n\n"
        "```r\nx <- 1\n:::\n```\n"
    )
    fixed = repair_text(text)
    assert fixed.count("\n") == text.count("\n")
    assert "- Basophil: circulating cousin of the mast cell\n\n" in fixed
    assert "callout" not in fixed and "include" not in fixed
    assert "x <- 1\n:::\n```" in fixed  # code keeps its lines


ONE_SUBJECT_FEATURES = """# Photosynthesis

## Stages and traits

- **Light capture:** Chlorophyll absorbs red and blue light in the thylakoid membranes of the chloroplast.
- **Water splitting:** Chlorophyll drives the breaking of water molecules, releasing oxygen as a by-product.
- **Carbon fixation:** Chlorophyll does not take part; the enzyme rubisco attaches carbon dioxide to a sugar.
- **Electron transport:** Chlorophyll passes excited electrons along a chain of carriers that pumps protons.
- **Photoprotection:** Chlorophyll sheds surplus energy as heat when the light is too strong for the leaf.
- **Accessory pigments:** Chlorophyll works beside carotenoids that widen the range of colours absorbed.
- **Reaction centres:** Chlorophyll pairs at the core of each photosystem give up electrons first.
- **Antenna complexes:** Chlorophyll molecules around the core funnel the energy they catch inwards.
- **Regeneration:** the cycle rebuilds its five-carbon acceptor so that fixation can go on.
"""


def test_a_long_run_of_labels_about_one_subject_is_one_kind(tmp_path: Path):
    """Thirteen '**Self-healing:** Kubernetes restarts …' lines under 'Features' were taken for a
    chapter's vocabulary of many kinds, whose lines must name a genus to be rivals, and none was asked.
    Lines that open with one subject, most of them, say what that one thing has or does: the labels are
    of one kind, each the others' rival."""
    items = _items_of(tmp_path, ONE_SUBJECT_FEATURES)
    labels = {"Light capture", "Water splitting", "Electron transport", "Photoprotection", "Reaction centres",
              "Antenna complexes", "Accessory pigments", "Carbon fixation", "Regeneration"}
    asked = [it for it in items if it.answer_text in labels and len(set(it.choices) & labels) >= 3]
    assert asked, [(it.prompt, it.choices) for it in items]


SENTENCE_CASE_NOTES = """# Bonds

_Ionic bonding_ is the transfer of electrons from a metal atom to a non-metal atom. A crystal of salt is held
together by ionic bonding between its ions.

The _covalent bonding_ is the sharing of electron pairs between two non-metal atoms. Water and methane are
held together by covalent bonding inside each molecule.
"""


def test_a_choice_capitalised_by_its_sentence_is_written_as_its_rivals(tmp_path: Path):
    """'Producer surplus' beside 'total surplus' (graded: the key's capital singles it out): a term
    capitalised only because its sentence began with it, and written in lower case elsewhere, is shown in
    lower case beside rivals in lower case."""
    items = _items_of(tmp_path, SENTENCE_CASE_NOTES)
    asked = [it for it in items if {c.lower() for c in it.choices} == {"ionic bonding", "covalent bonding"}]
    assert asked, [(it.prompt, it.choices) for it in items]
    assert all(len({c[:1].islower() for c in it.choices}) == 1 for it in asked), [it.choices for it in asked]


BROKEN_LINE_NOTES = (
    "# Rocks\n\nThe _igneous rock_ is a rock that forms when molten material cools and the   \n"
    "Clearly, it is hard to see the crystals without a lens.   \n"
) + """The _sedimentary rock_ is a rock made of layers of grains pressed together over a long time.
The _metamorphic rock_ is a rock changed by heat and pressure without melting.
"""


def test_a_line_broken_off_after_an_article_is_not_asked():
    """"… the combinations of output that the Obviously, it's extremely difficult …" (graded BAD): the
    notes' line stopped after 'the' and the next sentence ran into it. No item shows such a sentence; the
    other definitions of the same notes are still asked."""
    from bot.quiz.quality import problems

    broken = "____ is a rock that forms when molten material cools and the Clearly, it is hard to see."
    item = QuizItem("x", "cloze", broken, (), "igneous rock", "The igneous rock is …", "notes.md", "Rocks")
    assert "garbled: a sentence broken off" in problems(item)
    names = "____ met the Early Republic and the Assembly, which voted."
    fine = QuizItem("y", "cloze", names, (), "x", "", "", "")
    assert "garbled: a sentence broken off" not in problems(fine)


def test_notes_with_a_broken_line_keep_their_whole_sentences(tmp_path: Path):
    items = _items_of(tmp_path, BROKEN_LINE_NOTES)
    shown = [(it.prompt, it.choices, it.answer_text) for it in items]
    assert not any("Clearly" in it.prompt or "Clearly" in it.explanation for it in items), shown


def test_struck_text_is_markup_and_an_operation_named_not_is_no_negation():
    """'~~Losing or gaining~~ electrons' (chemistry notes that strike key words through for emphasis)
    showed its marks in a stem; a chat shows them struck through, and crossed-out words may be wrong.
    'Bitwise NOT' names an operation, it does not ask by what is not so."""
    from bot.quiz.quality import problems

    stem = "Which bond is described as “~~Losing or gaining~~ electrons”?"
    said = "Ionic: ~~Losing or gaining~~ electrons"
    struck = QuizItem("s", "mapping", stem, ("Ionic", "Covalent"), 0, said, "notes.md", "Bonds")
    assert "markup or a link" in problems(struck)
    named = QuizItem(
        "n", "table", "What is the method of the operator Bitwise NOT?", ("__invert__(self)", "__neg__(self)",
        "__pos__(self)"), 0, "Bitwise NOT — Method: __invert__(self)", "notes.md", "Operators",
    )
    assert "negative stem" not in problems(named)
    asked_by_not = QuizItem(
        "a", "mapping", "Which one does not need a cell wall?", ("Animal cell", "Plant cell"), 0, "", "", "",
    )
    assert "negative stem" in problems(asked_by_not)


REFERENCE_AND_BLANK_NOTES = """# Salts

## Comparisons

| Substance | Conductive? (aka. an electrolyte?) | Litmus |
| --- | --- | --- |
| Acid solution | Yes | Turns blue litmus red |
| Base solution | Yes | Turns red litmus blue |
| Neutral molecular solution | No (has no ions) | Leaves both litmus colours as they are |

## Naming

| Anion ending | Acid name |
| --- | --- |
| Ends in -ide | hydro\\_\\_\\_\\_\\_ic acid |
| Ends in -ate | \\_\\_\\_\\_\\_ic acid |
| Ends in -ite | \\_\\_\\_\\_\\_ous acid |

## Physical Properties

- **Ionization Energies:** p.8, slide 4 & p.9, slide 2 page 8 of the data booklet
- **Electron Arrangement:** shells filled from the inside out, two in the first and eight in the next
- **Particle Radius:** grows down a group as shells are added and shrinks across a period
"""


def test_yes_no_columns_blanks_and_page_pointers_are_not_asked_as_they_are_written(tmp_path: Path):
    """Chemistry notes (graded odd or BAD): "Which substance has the Conductive? (aka. an electrolyte?)
    “No (has no ions)”?" asked by a yes-or-no column whose question ends before an aside; "hydroic acid"
    where the notes wrote a blank to fill ("hydro\\_\\_\\_ic acid"); "described as “p.8, slide 4 & p.9,
    slide 2 …”", a line that only says where to look."""
    items = _items_of(tmp_path, REFERENCE_AND_BLANK_NOTES)
    shown = [(it.prompt, it.choices) for it in items]
    texts = [" ".join([it.prompt, *it.choices, it.answer_text]) for it in items]
    assert not any("Conductive" in t for t in texts), shown
    assert not any("slide" in t for t in texts), shown
    assert not any(re.search(r"(?<![…\w])(?:hydro)?ic acid|(?<![…\w])ous acid", t) for t in texts), shown
    assert any("…ous acid" in it.choices for it in items), shown  # the blank shown as a gap


VERDICT_LABEL_NOTES = """# Sharing a channel

## Dividing the channel

**Frequency division:** each sender keeps its own narrow band of the spectrum for as long as it talks

**Time division:** each sender takes the whole band in its turn of a fixed round of slots

**Code division:** each sender spreads its signal with a code the receiver correlates against

Downside: inflexible. The share of each sender is fixed however many of them are silent.

## Asking who owns an address

- **Broadcast query:** "who has this address?" goes to every host on the segment
- **Unicast reply:** "I do, here is my hardware address" comes back from the one host that owns it
- **Cache update:** the asker keeps the answer for a few minutes before it asks again
- **Everyone else:** silence
"""


def test_a_verdict_or_the_rest_of_the_hosts_is_no_term():
    """'Downside: inflexible …' after the labels of three protocols, and '**Everyone else:** silence'
    after the steps of a lookup, were offered as choices beside the protocols and the steps (graded as
    non-candidates). A verdict on what was said before, and 'everyone else', name nothing to choose."""
    from bot.ingest.entries import split_label

    assert split_label("Downside: inflexible. The share is fixed.") == ("", "inflexible. The share is fixed.")
    assert split_label("**Everyone else:** silence") == ("", "silence")
    assert split_label("**Unicast reply:** comes back") == ("Unicast reply", "comes back")


def test_verdicts_and_bystanders_are_not_offered_as_choices(tmp_path: Path):
    named, items = _named_in(tmp_path, VERDICT_LABEL_NOTES)
    assert {"Frequency division", "Unicast reply"} & named, [(it.prompt, it.choices) for it in items]
    assert not {"Downside", "Everyone else"} & named, [(it.prompt, it.choices) for it in items]


TITLED_PARAGRAPH_NOTES = """# Peptic ulcer

## Trigger 4

Detecting the infection

-  Urease test: during gastroscopy mucosa is biopsied and placed in indicator, less acidic if urea is made
-  Serology: lacks specificity, cannot tell a past infection from a present one
-  13C urea: high sensitivity and specificity, requires mass spectrometry
-  Faecal antigen test: cheap and specific, acceptability is a disadvantage

Mx: aim is to relieve symptoms, induce healing, and prevent recurrence.

-  All patients with proven ulcers and a positive test have eradication: two antibiotics with an acid blocker.
-  General: stop cigarettes, aspirin and anti-inflammatory drugs
-  Surgery if indicated: persistent ulceration, gastric outflow obstruction, perforation or bleeding
"""


def test_a_titled_paragraph_between_two_lists_keeps_them_apart(tmp_path: Path):
    """'Surgery if indicated' was keyed among the tests that detect an infection, and 'General' (of the
    treatment) offered as one of them (graded BAD): the paragraph "Mx: aim is to …" between the lists
    opens another topic, and the treatments are no rivals of the tests."""
    items = _items_of(tmp_path, TITLED_PARAGRAPH_NOTES)
    shown = [(it.prompt, it.choices) for it in items]
    tests = {"Urease test", "Serology", "13C urea", "Faecal antigen test"}
    treatments = {"General", "Surgery if indicated"}
    assert any(set(it.choices) & tests for it in items), shown
    assert not any(set(it.choices) & tests and set(it.choices) & treatments for it in items), shown


FACETS_NOTES = """# Drug delivery

#### Slow-release tablets

Slow-release tablets let a drug into the blood over many hours rather than all at once.

- **Release Pattern**: a coating dissolves layer by layer so that the dose leaves the tablet at a steady rate.
- **Dosing Schedule**: one tablet a day replaces three or four doses of the plain form of the drug.
- **Patient Benefits**: fewer missed doses and fewer peaks of side effects through the day.
- **Major Drawback**: a tablet that is crushed or chewed releases the whole day's dose at once.

#### Light effects

- **Doppler effect**: the pitch of a siren rises as it comes closer and falls as it moves away
- **Tyndall effect**: a beam of light shows up as it scatters off fine particles in a colloid
- **Photoelectric effect**: light above a threshold frequency knocks electrons out of a metal
"""


def test_the_facets_of_one_thing_are_not_things_to_choose_among(tmp_path: Path):
    """'Congestion Signal', 'Reaction to Congestion', 'Performance Benefits' and 'Major Drawback' under
    one algorithm were asked as if they were things (graded odd: a question on the layout of the notes).
    Labels that end in two aspects or more lay out one thing's facets; a run of effects is a kind."""
    named, items = _named_in(tmp_path, FACETS_NOTES)
    shown = [(it.prompt, it.choices) for it in items]
    assert not {"Release Pattern", "Dosing Schedule", "Patient Benefits", "Major Drawback"} & named, shown
    assert {"Doppler effect", "Tyndall effect", "Photoelectric effect"} <= named, shown


EMPHASISED_LEAD_IN_NOTES = """# Layers

## Overview

- **Stream protocol**: byte streams with ordering, delivery confirmation and pacing

*Here is an analogy of mailing a letter to explain the layers of the network:*

1. **Writing layer:** what you are going to say in your letter to your friend
2. **Envelope layer:** the address you write on the envelope so that it reaches the house
3. **Postal layer:** the vans and sorting offices that carry the envelope from town to town
"""


def test_an_emphasised_lead_in_starts_a_list_of_its_own(tmp_path: Path):
    """'*Here is an analogy … of the network:*' leads into a list of its own (its colon is inside the
    emphasis); its labels were offered as rivals of the protocol above it (graded: layers offered for a
    protocol)."""
    items = _items_of(tmp_path, EMPHASISED_LEAD_IN_NOTES)
    shown = [(it.prompt, it.choices) for it in items]
    analogy = {"Writing layer", "Envelope layer", "Postal layer"}
    assert not any("Stream protocol" in it.choices and analogy & set(it.choices) for it in items), shown


TITLED_LIST_NOTES = """# Slopes

## Week 3

Warning signs of a landslide:

-  Cracks: new cracks in plaster, tile, brick or foundations of houses on the slope
-  Tilting: trees, fences, poles or walls lean downhill more each month
-  Seepage: springs or saturated ground appear where the slope was dry before
-  Bulging: the ground at the foot of the slope swells outwards into the road
"""


def test_a_short_title_over_a_list_sets_its_questions(tmp_path: Path):
    """"Which one is described as “seizures, tumour …, GBS, myasthenia”?" never said which list (the
    differentials of lower-limb weakness; graded odd twelve times on clinical notes): the short title a
    line gives its list is the question's setting."""
    items = _items_of(tmp_path, TITLED_LIST_NOTES)
    shown = [(it.prompt, it.choices) for it in items]
    labelled = [it for it in items if {"Cracks", "Tilting"} & ({*it.choices} | {it.answer_text})]
    assert labelled, shown
    assert all(it.prompt.startswith("In “Warning signs of a landslide”, ") for it in labelled), shown


CITED_NOTES = """# Social psychology

## Conformity and obedience

- Most participants gave at least one wrong answer to match the group on a line-length task (Asch, 1951)
- Two thirds of participants obeyed the experimenter to the highest shock on the board (Milgram, 1963)
- Guards became abusive within days once they were given uniforms and power (Zimbardo, 1971)
- A lone dissenter in the group cut conformity by about three quarters (Asch, 1951)

## Helping

- Bystanders were less likely to help when they believed others had heard the emergency (Darley, 1968)
- People in a hurry walked past a man slumped in a doorway more often than those with time (Darley, 1973)
"""


def test_a_claim_the_notes_attribute_is_asked_by_its_claim_among_the_sources_they_cite(tmp_path: Path):
    """Business-law notes hang each rule on its case ("… is not a frustrating event. - _Davis Contractors
    v Fareham UDC_ (1956)") and made no item at all: a rule is no definition and a case no term. A claim
    with its source is asked by the claim among the other sources the notes cite; a source cited for the
    claim too ('Asch' twice) is not a wrong choice of another's claim that it also made."""
    items = _items_of(tmp_path, CITED_NOTES)
    shown = [(it.prompt, it.choices, it.answer_text) for it in items]
    cited = [it for it in items if it.prompt.startswith("Which of these do the notes cite for")]
    obeyed = [it for it in cited if "highest shock" in it.prompt]
    assert obeyed and obeyed[0].answer_text == "Milgram (1963)", shown
    assert len(obeyed[0].choices) >= 3 and "Zimbardo (1971)" in obeyed[0].choices, shown
    for it in cited:
        assert len({c.split(" (")[0] for c in it.choices}) == len(it.choices), shown  # one source once


def test_a_claims_sources_come_from_its_own_file_and_a_numbered_situation_is_unseen(tmp_path: Path):
    """Graded on business-law notes: a negligence rule offered a frustration case and an agency case as
    wrong sources (ruled out by their topic alone), and "… go under Situation 3 instead" names a case of a
    list the reader does not see. Sources are drawn from the claim's own file, or the claim is not asked."""
    from bot.quiz.quality import problems

    (tmp_path / "helping.md").write_text(
        "# Helping\n\n- Bystanders were less likely to help when many others heard the emergency"
        " (Latane, 1970)\n",
        encoding="utf-8",
    )
    items = _items_of(tmp_path, CITED_NOTES)
    shown = [(it.prompt, it.choices) for it in items]
    assert any("Milgram (1963)" in it.choices for it in items), shown
    assert not any("Latane (1970)" in it.choices for it in items), shown  # a source of another file
    assert not any("many others heard" in it.prompt for it in items), shown  # one source in its file
    stem = "Which of these do the notes cite for “If X will perform badly, go under Situation 3 instead”?"
    item = QuizItem("s", "mapping", stem, ("A v B (1990)", "C v D (1991)", "E v F (1992)"), 0, "", "", "")
    assert "points at unseen text" in problems(item)


NON_CHORD_TONES = """# Harmony

## Non-chord tones

- **Passing note:** a note that moves by step between two chord notes on a weak beat
- **Auxiliary note:** a note a step above or below a chord note that returns to it
- **Pedal point:** a note held in the bass while the harmony above it changes
- **Suspension:** a note held over from the previous chord that then falls by step
- **Appoggiatura:** a leaning note on the strong beat that resolves by step
"""


def test_review_84_names_that_end_in_an_aspect_word_and_lines_that_are_no_citation():
    """Review 84 (old against new rules on notes of other fields): a list of non-chord tones ('Passing
    note', 'Pedal point') was dropped as one thing's facets; 'CH4', 'p53', 'P2P' and 'Chapter 11
    bankruptcy' read as page pointers; 'the We Will Rock You anthem' as a sentence broken off; a
    timeline's 'May 1915' and a count '(M = 14.2, SD = 3.1, 2019)' as sources cited; '\\_\\_init\\_\\_'
    as a blank to fill."""
    from bot.ingest.entries import plain
    from bot.quiz.cited_facts import _cited
    from bot.quiz.quality import _broken_off, _points_elsewhere

    named_things = ["CH4, released by cattle", "codes for p53", "Chapter 11 bankruptcy"]
    assert not any(map(_points_elsewhere, named_things))
    assert _points_elsewhere("p.8, slide 4 & p.9, slide 2 of the booklet")
    assert not _broken_off("recorded the We Will Rock You anthem") and not _broken_off("the It miniseries")
    assert _broken_off("shows the output that the It was hard to get")
    assert _cited("The Lusitania is sunk by a German submarine off the coast of Ireland - May 1915") is None
    assert _cited("Scores rose after the tutoring sessions ended (M = 14.2, SD = 3.1, 2019)") is None
    assert _cited("Nurses obeyed a doctor on the phone who broke hospital rules (Hofling et al., 1966)") == (
        "Nurses obeyed a doctor on the phone who broke hospital rules",
        "Hofling et al. (1966)",
    )
    assert plain(r"\_\_init\_\_ sets up the object") == "init sets up the object"
    assert plain(r"hydro\_\_\_\_ic acid") == "hydro…ic acid"


def test_names_of_one_kind_that_end_in_an_aspect_word_are_still_asked(tmp_path: Path):
    named, items = _named_in(tmp_path, NON_CHORD_TONES)
    assert {"Passing note", "Pedal point", "Suspension"} <= named, [(it.prompt, it.choices) for it in items]


PEOPLE_TABLE_NOTES = """# Acids and bases

## People

| Person | Theory |
| --- | --- |
| Lavoisier | Oxygen is what makes a substance acidic |
| Davy | Hydrogen is what makes a substance acidic |
| Arrhenius | Acids ionise in water to give hydrogen ions |
"""


def test_a_heading_that_is_the_plural_of_the_tables_corner_sets_nothing(tmp_path: Path):
    """"In “People”, which person has … under “Theory”?" (graded odd): 'People' is the plural of the
    corner 'Person', a heading that only names the table's rows, like 'Units' over "| Quantity | Unit |"."""
    from bot.text import singular

    assert [singular(w) for w in ("People", "children", "women")] == ["Person", "child", "woman"]
    items = _items_of(tmp_path, PEOPLE_TABLE_NOTES)
    shown = [(it.prompt, it.choices) for it in items]
    assert any("Davy" in it.choices for it in items), shown
    assert not any(it.prompt.startswith("In “People”") for it in items), shown


ADJECTIVE_COLUMNS_NOTES = """# Pain

## Trigger 1

|                | Somatic                                 | Visceral                                      |
|----------------|-----------------------------------------|-----------------------------------------------|
| Origin         | Parietal lining and the muscle over it  | The organs themselves                         |
| Pathway        | Spinal nerves: dermatomes and myotomes  | Sympathetic fibres to the spinal cord         |
| Perception     | Sharp and easy to point to              | Dull, diffuse, often felt in the midline      |
"""


def test_two_adjectives_as_a_tables_columns_ask_nothing_without_their_noun(tmp_path: Path):
    """"What is the origin of Somatic?" (graded odd or BAD, eight items of one table): columns that are two
    adjectives of a thing the table never names ('Somatic' and 'Visceral' pain) make no question."""
    items = _items_of(tmp_path, ADJECTIVE_COLUMNS_NOTES)
    assert not any({"Somatic", "Visceral"} & {*it.choices, it.answer_text} for it in items), [
        (it.prompt, it.choices) for it in items
    ]


REVIEW_85_NOTES = """# Economic history

## Thinkers

- Markets are guided by self-interest as if by an invisible hand - Adam Smith (1776)
- Capitalism contains the seeds of its own destruction - Karl Marx (1867)
- Governments should spend in a slump to lift aggregate demand - John Maynard Keynes (1936)
- Inflation is always and everywhere a monetary phenomenon - Milton Friedman (1963)

## Products

- First home computer sold fully assembled with a keyboard - Apple II (1977)
- Brought a graphical desktop to a low-cost machine - Macintosh (1984)
- Introduced the Start menu and the taskbar to a desktop - Windows (1995)

## Week 3

In contrast:

- Mitosis: one division of a body cell that gives two identical diploid cells
- Meiosis: two divisions of a germ cell that give four different haploid cells
- Binary fission: a bacterium copies its one chromosome and splits in two
"""


def test_review_85_cited_rivals_of_the_claims_topic_and_a_connective_is_no_title(tmp_path: Path):
    """Review 85: a product's release was offered an economist's book as a rival ('Adam Smith (1776)' for
    "Introduced the Start menu …"): a claim's rivals come from its own topic while it has two; "In
    contrast:" over a list set "In “In contrast”, which one …", which a gate then dropped; 'Mammal' and
    'Reptile' end as adjectives do and are nouns."""
    from bot.quiz.table_facts import _ADJECTIVE

    assert _ADJECTIVE.fullmatch("Somatic") and _ADJECTIVE.fullmatch("Visceral")
    assert not _ADJECTIVE.fullmatch("Mammal") and not _ADJECTIVE.fullmatch("Reptile")
    items = _items_of(tmp_path, REVIEW_85_NOTES)
    shown = [(it.prompt, it.choices) for it in items]
    products = [it for it in items if "Windows (1995)" in it.choices]
    assert products, shown
    assert not any("Adam Smith (1776)" in it.choices for it in products), shown
    assert not any(it.prompt.startswith("In “In contrast”") for it in items), shown
    assert any({"Mitosis", "Meiosis"} <= set(it.choices) for it in items), shown


def test_a_term_set_off_by_two_hyphens_is_a_label(tmp_path):
    """"Mass -- measure of material in an object": two hyphens are the dash a keyboard types, and
    the line is a term over its definition as "Mass - …" or "Mass: …" would be (astronomy notes gave
    no item from a run of them)."""
    notes = (
        "# Motion\n\n## Newton's synthesis\n"
        "- Newton invented calculus to deal with problems in universal attraction\n"
        "- Mass -- measure of material in an object\n"
        "- Volume -- amount of physical space occupied by a body\n"
        "- Density -- mass per volume of a substance\n"
        "- Momentum -- mass times velocity of a moving body\n"
    )
    item, shown = _asking(tmp_path, notes, "amount of physical space occupied"), _stems_of(tmp_path, notes)
    assert item is not None, shown
    assert item.answer_text == "Volume"
    assert set(item.choices) <= {"Mass", "Volume", "Density", "Momentum"}


def test_a_title_over_sentences_is_no_term_but_a_term_over_its_points_is():
    """"1. Key considerations:" over three sentences on older adults is a title that leads into its
    list, not a term its first point defines (graded BAD four of four: 'Attitudes toward medications'
    offered as a thing "described as" a point); "- Taproot:" over three short points of what it is
    remains a term and its definition, a glossary as before (review 86: botany lost four items)."""
    from bot.ingest.document import read_lines
    from bot.ingest.entries import parse

    roots = (
        "- Taproot:\n  - one main root grows deep into the soil\n  - stores food in some plants\n"
        "  - e.g. carrot, radish\n"
        "- Fibrous roots:\n  - many thin roots of about equal size\n  - hold the topsoil together\n"
        "  - e.g. grasses, wheat\n"
        "- Adventitious roots:\n  - roots that grow from stems or leaves\n  - prop up tall plants\n"
        "  - e.g. maize prop roots\n"
    )
    older = (
        "1. Key considerations:\n   - Older adults usually need lower doses of sedatives and hypnotics.\n"
        "   - Side effects may be unusual or severe in older adults.\n"
        "   - Use the principle start low and go slow with dosage adjustments.\n"
        "2. Attitudes toward medications:\n   - Some older adults passively resist their medications.\n"
        "   - Others may be suspicious and refuse them outright.\n"
        "   - Nurses should stay and observe medication intake when necessary.\n"
        "3. Support strategies:\n   - Simplify regimens with routines at meals or bedtime.\n"
        "   - Use pill organizers and large-print instructions for clients.\n"
        "   - Address vision or memory impairments before discharge.\n"
    )
    terms = [e for e in parse(read_lines(roots))[0] if e.parent is None]
    assert [e.label for e in terms if e.folded] == ["Taproot", "Fibrous roots", "Adventitious roots"]
    titles = [e for e in parse(read_lines(older))[0] if e.parent is None]
    assert not any(e.folded for e in titles), [e.text for e in titles]



@pytest.mark.parametrize(
    ("stem", "choices", "away"),
    [
        # a compound of the key in the stem (graded BAD twice: answered by matching letters)
        ("Which one is described as “kilogram, milligram, microgram”?", ("Gram", "Liter", "Meter"), True),
        ("Which one is described as “centimeters and millimeter”?", ("Meter", "Gram", "Liter"), True),
        ("Which one is described as “the base unit of mass”?", ("Gram", "Liter", "Meter"), False),
        ("Which one is described as “a brass instrument with a slide”?", ("Trombone", "Bone"), False),
        # the key's root with another ending, one of the two no everyday word (graded BAD twice)
        ("Which enzyme has the function “Breaks maltose into two glucose”?", ("Maltase", "Sucrase"), True),
        ("Which one is described as “Cube-like cells”?", ("Cuboidal", "Squamous", "Columnar"), True),
        # two words that only share a beginning give nothing away
        ("Which one is described as “1 - 5 minutes, but the most expensive”?", ("Expedited", "Bulk"), False),
        ("Which keyword is described by “used to initialize a loop”?", ("while", "yield", "return"), False),
        # two choices echoing one stem word, one by its root, one as written, point at neither
        ("Which one is described as “a bass line on a keyboard”?", ("Basso continuo", "Figured bass"), False),
    ],
)
def test_a_key_spelled_inside_the_stem_gives_it_away(stem, choices, away):
    """A word of the stem that holds the key's ('milligram' for Gram) or shares its root with another
    ending ('maltose' for Maltase) names the key to anyone matching letters. The key is the first
    choice."""
    from bot.quiz.quality import problems

    assert ("gives the answer away" in problems(_choice_item(stem, choices, 0))) == away


def test_such_a_thing_of_the_line_before_leans_on_unseen_text():
    """"Eisenstein exaggerated such contrast with a technique known as ____": the contrast the line
    before drew (graded BAD). "such as" and "such that" name what follows, not what came before."""
    from bot.quiz.quality import problems

    such = _cloze_item("Eisenstein exaggerated such contrast with a technique known as ____.", "montage")
    assert "points at unseen text" in problems(such)
    example = _cloze_item("Montage joins shots such as a face and a bowl of soup into ____.", "meaning")
    assert "points at unseen text" not in problems(example)


def test_a_lone_bullet_in_a_table_cell_is_no_word_of_the_cell(tmp_path):
    """"• Computerized provider order entry …", a cell holding a list of one point, is that point: the
    bullet showed in the stem (graded leftover markup)."""
    notes = (
        "# Medication safety\n\n## Errors by stage\n"
        "| Stage | Safety Strategy |\n| --- | --- |\n"
        "| Prescribing | • Medication reconciliation at every transition in care |\n"
        "| Transcribing | • Typed orders that eliminate handwriting errors |\n"
        "| Dispensing | • Clinical pharmacists who manage the dispensing process |\n"
        "| Administering | • The five rights checked at the bedside |\n"
    )
    stems = _stems_of(tmp_path, notes)
    assert any("Typed orders that eliminate handwriting errors" in s for s in stems), stems
    assert not any("•" in s for s in stems), stems


def test_a_dotted_section_number_before_a_colon_is_no_word_of_the_heading():
    """"### 3.2: Newton's Great Synthesis" is the section "Newton's Great Synthesis": a stem set in
    it read "In “3.2: Newton's Great Synthesis”" (graded odd, a textbook's number as the frame)."""
    from bot.ingest.blocks import clean_heading

    assert clean_heading("### 3.2: Newton's Great Synthesis") == "Newton's Great Synthesis"
    assert clean_heading("## 12.2: The Galilean Moons of Jupiter") == "The Galilean Moons of Jupiter"
    assert clean_heading("## 1984: Orwell's novel") == "1984: Orwell's novel"


def test_a_table_of_numbers_looked_up_by_numbers_asks_nothing(tmp_path):
    """"| 180-220 mg/dL | 4U |" down a sample sliding scale is a number read off by a number, the key
    following from the rows' order (graded BAD four times). A table of things with numbers beside them
    is still asked."""
    notes = (
        "# Dosing\n\n## Sliding scale\nA sample scale for insulin by blood sugar reading.\n\n"
        "| CBG Reading | Sample Dosage |\n| --- | :---: |\n"
        "| 180-220 mg/dL | 4U |\n| 221-250 mg/dL | 6U |\n| 251-300 mg/dL | 8U |\n| \\>300 mg/dL | 10U |\n"
        "\n## Metric System\n\n| Prefix | Value | Abbreviation |\n| --- | --- | --- |\n"
        "| nano | 0.000000001 | n |\n| micro | 0.000001 | µ or mc |\n| milli | 0.001 | m |\n"
        "| centi | 0.01 | c |\n| deci | 0.1 | d |\n| deka | 10 | da |\n| kilo | 1000 | k |\n"
    )
    stems = _stems_of(tmp_path, notes)
    assert not any("mg/dL" in s for s in stems), stems
    assert any("deka" in s or "“da”" in s for s in stems), stems


def test_a_header_row_shaped_as_the_rows_below_it_names_no_columns(tmp_path):
    """"| Ancient System | Nobles, Slaves |" over "| Feudal System | Lords, Serfs |", with no rule line
    under it, is a row of data read as a header: "what are the Nobles, slaves of Feudal System?" (graded
    BAD five times). A table whose header names its columns is still asked."""
    notes = (
        "# Marx\n\n## Dialectics\nHistory moves through conflicts between classes.\n\n"
        "| Ancient System | Nobles, Slaves |\n| Feudal System | Lords, Serfs |\n"
        "| Industrial Society | Bourgeois, Proletariat |\n| Future | Socialism, Communism |\n"
        "\n## Film movements\n\n| Movement | Country | Known for |\n| --- | --- | --- |\n"
        "| Neorealism | Italy | location shooting, non-professional actors |\n"
        "| New Wave | France | jump cuts, handheld camera |\n"
        "| Expressionism | Germany | distorted sets, stark shadows |\n"
        "| Dogme 95 | Denmark | natural light, no props brought in |\n"
    )
    stems = _stems_of(tmp_path, notes)
    assert not any("Nobles" in s or "Serfs" in s for s in stems), stems
    assert any("Neorealism" in s or "Italy" in s for s in stems), stems
    # over a rule line, a header with commas names its columns all the same (review 86)
    header = "| Ancient System | Nobles, Slaves |\n"
    ruled = notes.replace(header, header + "| --- | --- |\n")
    assert any("Nobles, Slaves" in s or "Nobles, slaves" in s for s in _stems_of(tmp_path, ruled))


@pytest.mark.parametrize(
    ("described", "broken"),
    [
        ("unique, not null, can be primary key but not", True),  # half a claim (graded BAD)
        ("roots that anchor the plant and", True),
        ("Half the range of class A", False),  # 'A' is a name
        ("what all speakers must be aware of", False),  # a preposition may end an English line
        ("return from holding to", True),  # a doing and its 'to', the rest cut off (graded BAD, r331)
        ("the value it is compared to", False),
    ],
)
def test_a_description_that_stops_on_a_word_leading_on_is_broken_off(described, broken):
    """A description that stops on a word leading into more ("… can be primary key but not") is half
    a thought the notes broke off."""
    from bot.quiz.quality import problems

    item = _choice_item(f"Which one is described as “{described}”?", ("Candidate Key", "Unique key"), 0)
    assert ("garbled: a sentence broken off" in problems(item)) == broken


def test_an_affix_keeps_its_hyphen_and_a_filler_cell_is_no_value(tmp_path):
    """"| `-one` | Hormone |" asks of the suffix '-one', not the word "one" (graded BAD: makes no
    sense); "Continues..." down a column says the row goes on as the one above and is offered as no
    one's enzymes (graded BAD: table filler as a choice)."""
    notes = (
        "# Digestion\n\n## Helpful Patterns\n\n| Pattern | Meaning |\n| :------ | :------ |\n"
        "| Hepatic | Liver |\n| `-one` | Hormone |\n| `-ase` | Enzyme |\n| `-gen` | Inactive Enzyme |\n"
        "| `-itis` | Inflammation |\n"
        "\n## The Path\n\n| Structure | Enzymes | Hormones |\n| --- | --- | --- |\n"
        "| Mouth | Salivary amylase | none |\n| Pharynx | Continues... | none |\n"
        "| Esophagus | Continues... | none |\n| Stomach | Pepsin | Gastrin |\n"
        "| Small Intestine | Maltase, sucrase, lactase | Secretin |\n| Pancreas | Trypsin | Insulin |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    # ('-one' and 'Hormone' pair by their letters alone, and are not asked of each other)
    assert any("“-itis”" in it.prompt or "-itis" in it.choices for it in items), shown
    assert not any("“one”" in it.prompt or "“itis”" in it.prompt for it in items), shown
    assert not any("Continues" in " ".join([it.prompt, *it.choices]) for it in items), shown


def test_a_cell_that_sends_the_reader_to_another_row_is_no_value(tmp_path):
    """"| Losartan | See ACEIs |" says the row is as another: "Which drug has the mechanism “See ACEIs”?"
    asks nothing (heart failure drug table, medicine notes)."""
    notes = (
        "# Heart failure\n\n## Drugs\n\n| Drug | Mechanism | Precautions |\n| --- | --- | --- |\n"
        "| Lisinopril | Blocks the conversion of angiotensin I | Risk of angioedema |\n"
        "| Losartan | See ACEIs | See ACEIs; preferred over ACEIs before an ARNI |\n"
        "| Valsartan | Same as above | Same |\n"
        "| Spironolactone | Blocks aldosterone at its receptor | Hyperkalemia |\n"
        "| Ivabradine | Inhibits the funny current of the SA node | Needs sinus rhythm |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any("Blocks aldosterone" in " ".join([it.prompt, *it.choices]) for it in items), shown
    said = [" ".join([it.prompt, *it.choices]) for it in items]
    assert not any(re.search("See ACEIs|Same as above|preferred over", s) for s in said), shown


def test_an_effect_the_notes_give_many_rows_is_no_clue_to_one(tmp_path):
    """"Which drug has the precaution “Hypotension”?" asked of hydralazine, while the notes list
    hypotension for diltiazem and procainamide too, and ACE inhibitors lower blood pressure as well
    (graded two right answers twice, medicine notes, r362, r363)."""
    notes = (
        "# Heart failure\n\n## Drugs\n\n| Drug | Precautions |\n| --- | --- |\n"
        "| Hydralazine | Hypotension |\n| Lisinopril | Risk of angioedema |\n"
        "| Spironolactone | Hyperkalemia |\n| Ivabradine | Needs sinus rhythm |\n"
        "\n## Rate control\n\n| Drug | Side Effects |\n| --- | --- |\n"
        "| Diltiazem | Hypotension; Avoid in HFrEF |\n| Procainamide | Lupus-like syndrome; Hypotension |\n"
        "| Amiodarone | Thyroid toxicity; Bradycardia |\n| Digoxin | Slow onset; Nausea |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any("“Hyperkalemia”" in it.prompt for it in items), shown
    assert not any("“Hypotension”" in it.prompt for it in items), shown


def test_a_rival_whose_cell_is_one_of_the_clues_list_is_no_rival(tmp_path):
    """"Which drug has the side effects “Hypotension; Negative inotropy”?" offered Esmolol, whose side
    effects the table gives as "Hypotension": true of it as well (graded two right answers, medicine
    notes, r362). A cell of one short name is a list of one."""
    notes = (
        "# Arrhythmias\n\n## Rate control\n\n| Drug | Side Effects |\n| --- | --- |\n"
        "| Metoprolol | Hypotension; Negative inotropy |\n| Esmolol | Hypotension |\n"
        "| Amiodarone | Pulmonary and thyroid toxicity |\n| Digoxin | Slow onset; Depends on vagal tone |\n"
        "| Procainamide | Lupus-like syndrome; Torsades |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    asked = [it for it in items if "“Hypotension; Negative inotropy”" in it.prompt]
    assert asked, shown
    assert all("Esmolol" not in it.choices for it in asked), shown


@pytest.mark.parametrize(
    ("stem", "choices", "away"),
    [
        # the symbol's parts spell the key's words and no rival's (graded BAD three times)
        ("Which chord has the symbol “C9sus or Gsus9, G11”?", ("suspended 9th", "minor 9th"), True),
        ("Which chord has the symbol “CmiMa7 or CmM7”?", ("minor major seventh", "minor sixth"), True),
        # written outside quotes, as a table's row is named (review 86)
        ("What is the chord quality of the symbol Csus4?", ("Suspended fourth", "Major seventh"), True),
        # parts every choice holds as well tell nothing
        ("Which chord has the symbol “C7”?", ("dominant seventh", "minor seventh"), False),
        # an ordinal is no symbol, and the heading a stem is set in is no clue (review 86)
        ("In “1st law of heat”, which of these describes U?", ("Energy stored", "Heat lost"), False),
        ("Which one is described as “anti-art of the 20th century”?", ("Dada", "Fauvism", "Cubism"), False),
    ],
)
def test_a_symbol_that_spells_the_keys_words_gives_it_away(stem, choices, away):
    """"C9sus" spells 'suspended', "CmiMa7" 'minor major seventh': the symbol is read off, not known.
    The key is the first choice."""
    from bot.quiz.quality import problems

    assert ("gives the answer away" in problems(_choice_item(stem, choices, 0))) == away


def test_a_point_of_a_list_cell_another_row_holds_too_makes_that_row_no_rival(tmp_path):
    """"Computerized provider order entry" is a strategy of two stages: asked by the one stage's points,
    the other stage fits as well (graded two right answers twice), and is not offered."""
    notes = (
        "# Medication safety\n\n## Errors by stage\n"
        "| Stage | Safety Strategy |\n| --- | --- |\n"
        "| Prescribing | • Computerized provider order entry<br>• Medication reconciliation in care |\n"
        "| Transcribing | • Computerized provider order entry to eliminate handwriting errors |\n"
        "| Dispensing | • Clinical pharmacists who manage the dispensing process |\n"
        "| Administering | • The five rights checked at the bedside |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    asked = [it for it in items if "Computerized provider order entry" in it.prompt]
    assert asked, shown
    for it in asked:
        assert not {"Prescribing", "Transcribing"} <= set(it.choices), shown


def test_a_wrong_description_naming_the_asked_label_goes_and_the_item_stays(tmp_path):
    """"Which of these describes Villi?" was not asked at all because Microvilli's line ("tiny
    projections on the villi …") names Villi (review 86): that one choice goes, and the item stays
    among three."""
    notes = (
        "# Digestion\n\n## Small intestine\n"
        "- Villi: finger-like folds that line the small intestine and absorb nutrients\n"
        "- Microvilli: tiny projections on the villi forming the brush border\n"
        "- Lacteals: lymph vessels that take up digested fats into the lymph\n"
        "- Crypts: glands between the folds that secrete intestinal juice\n"
        "- Peyer's patches: lymphoid tissue that watches the gut for pathogens\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    villi = next((it for it in items if it.prompt.endswith("describes Villi?")), None)
    assert villi is not None, shown
    wrong = [c for c in villi.choices if c != villi.answer_text]
    assert len(villi.choices) >= 3 and not any("villi" in c.lower() for c in wrong), villi.choices


def test_names_that_count_themselves_off_are_shown_without_the_count(tmp_path):
    """"Unary 1", "Binary 2", "Ternary 3": the number glosses the name, and beside "Four entities
    involved" it answers by elimination (graded BAD four times). 'Type 1', 'Type 2' are one name
    counted, and keep their numbers."""
    notes = (
        "# Data modelling\n\n## Degrees\nNumber of entities involved in a relationship\n"
        "1. Unary 1: a foreign key in the same table points at its primary key\n"
        "2. Binary 2: two entities in one relation, many to many with a bridge table\n"
        "3. Ternary 3: three entities joined by one relation at the same time\n"
        "4. Quaternary - four entities involved in one relation\n"
    )
    named, shown = _named_in(tmp_path, notes)
    assert named, shown
    assert not any(re.search(r"\s\d$", n) for n in named), shown


def test_one_line_items_a_blank_line_sets_apart_are_two_groups(tmp_path):
    """"Simple: a single layer", "Stratified: many layers", a blank line, then "Squamous", "Cuboidal",
    "Columnar" by their shape: a shape offered for a layering fits a kind of it too (graded WEAK four
    times). Each group is asked among its own; items with lines of their own are one list however
    they are spaced."""
    notes = (
        "# Tissue\n\n## Epithelial types\n\n"
        "* Simple epithelium: arranged in a single layer of cells\n"
        "* Stratified epithelium: arranged in many layers of cells\n\n"
        "* Squamous epithelium: flattened cells at the surface\n"
        "* Cuboidal epithelium: cells as tall as they are wide at the surface\n"
        "* Columnar epithelium: elongated cells at the surface\n"
    )
    shapes = {"Squamous epithelium", "Cuboidal epithelium", "Columnar epithelium"}
    _asked_among_their_own(tmp_path, notes, shapes)


_NOTATION = (
    "# Patterns\n\n## Escape sequences\n\n"
    "| SN | Symbol | Description |\n| ---: | ------ | ----------- |\n"
    "| 1 | `\\d` | Matches a digit from zero to nine |\n"
    "| 2 | `\\D` | Matches any character except a digit |\n"
    "| 3 | `\\s` | Matches a space, a tab or a line break |\n"
    "| 4 | `\\w` | Matches a letter, a digit or an underscore |\n"
    "| 5 | `\\Z` | Matches only at the end of the string |\n\n"
    "## Quantifiers\n\n"
    "| SN | Symbol | Description |\n|---:|---|---|\n"
    "| 1 | `{m}` | Repeats the item exactly m times |\n"
    "| 2 | `{m,n}` | Repeats the item from m up to n times |\n"
    "| 3 | `[+*]` | Stands for a plus sign or an asterisk itself |\n"
    "| 4 | `(...)` | Groups whatever pattern is inside parenthesis |\n"
    "| 5 | `A\\|B` | Takes the pattern on the left or the one on the right |\n"
)


def test_a_table_of_symbols_asks_them_as_written(tmp_path):
    """"| 1 | `\\s` | Matches a space … |": a notation's symbols are names a learner must know, though
    they have no words (a table of them made no item at all: '\\s' was a name too short to ask).
    Each is shown as written, marks and all ('{m,n}' is no 'mn', '[+*]' keeps its star, 'A|B' the
    pipe the table escapes), and told from '{m}' by its marks."""
    items, shown = _items_shown(tmp_path, _NOTATION)
    symbols = {"\\d", "\\D", "\\s", "\\w", "\\Z", "{m}", "{m,n}", "[+*]", "(...)", "A|B"}
    asked = [it for it in items if it.answer_text in symbols]
    assert len(asked) >= 3, shown
    offered = {c for it in items for c in it.choices}
    assert offered & symbols and not any(c in {"mn", "m", "[+]", "A B"} for c in offered), shown


def test_a_stem_naming_the_only_mark_of_the_key_is_not_asked(tmp_path):
    """"Groups whatever pattern is inside parenthesis" among '{m}', '{m,n}' and '(...)': the stem names
    the one mark only the key is written with, and gives it away."""
    items, shown = _items_shown(tmp_path, _NOTATION)
    assert not any("parenthesis" in it.prompt and it.answer_text == "(...)" for it in items), shown
    # "any hexadecimal character from 0-9 and a-f" spells the ranges only '[0-9A-Fa-f]' holds (r208)
    from bot.quiz.quality import problems

    hexa = _choice_item(
        "Which symbol is described by “matches any hexadecimal character from 0-9 and a-f or A-F”?",
        ("[0-9A-Fa-f]", "[a-m]", "[a-m0-5]", "[^abc]"),
        0,
    )
    assert "gives the answer away" in problems(hexa)


@pytest.mark.parametrize(
    "line, shown",
    [
        ("as few as it can after *, + or ?", "as few as it can after *, + or ?"),
        ("either a [+*] or a digit", "either a [+*] or a digit"),
        ("an *italic* word and a _second_ one", "an italic word and a second one"),
        ("**bold** and *italic*", "bold and italic"),
        ("Aspirin* is taken with food", "Aspirin is taken with food"),
        ("snake_case_name stays", "snake_case_name stays"),
        # what is left of a mark whose other half a cut or a line break took (review 87)
        ("The first locomotive.* An engineer", "The first locomotive. An engineer"),
        ("*A quarter of the colonists", "A quarter of the colonists"),
        ("the value of the median._", "the value of the median."),
        ("$\\ce{(CH_2O)_X}$", "(CH₂O)X"),
        ("**$\\large{lacO}$ Operator Sequence**", "lacO Operator Sequence"),
        ("$\\large lacZ$ Gene", "lacZ Gene"),
        ("$\\Large{lacI}$ Repressor Protein Gene", "lacI Repressor Protein Gene"),
        ("$\\displaystyle x^2$ grows", "x² grows"),
    ],
)
def test_a_line_is_shown_as_a_reader_sees_it(line, shown):
    """A single star or underscore emphasises only when it opens and closes a span; a lone one is part
    of the text ("after *, + or ?" lost its star, and '[+*]' became '[+]'); a star closing a word
    is a footnote's mark. A formula's size or style switch ("$\\large{lacO}$ Operator Sequence")
    changes how it looks, not what it says: left in, every item on a genetics page went as markup."""
    from bot.ingest.entries import plain

    assert plain(line) == shown


def test_sibling_sections_ending_on_one_word_are_asked_among_each_other(tmp_path):
    """"Major Release", "Minor Release", "Patch Release" under a file's own title ("Semantic
    versioning") name things of one kind though the title does not say so; each section's line is
    asked among its siblings."""
    notes = (
        "# Semantic versioning\n\n"
        "## Major Release\nBreaks code written against earlier versions and resets the other numbers.\n\n"
        "## Minor Release\nAdds features while staying backward compatible with the code before.\n\n"
        "## Patch Release\nFixes bugs inside the code without adding any feature.\n"
    )
    _asked_among_their_own(tmp_path, notes, {"Major Release", "Minor Release", "Patch Release"})


def test_a_rival_named_in_the_keys_aside_is_not_offered(tmp_path):
    """"Controls active breathing. (as well as inspiratory centre, …)": the stem leaves the aside out,
    and the inspiratory centre it names controls active breathing too; asked the other way round,
    that line is no wrong description of the inspiratory centre."""
    notes = (
        "# Breathing control\n\n"
        "## Inspiratory Centre\nControls relaxed breathing by resting three seconds between breaths.\n\n"
        "## Expiratory Centre\nControls active/strenuous breathing. (as well as inspiratory centre, but "
        "at a faster rate)\n\n"
        "## Pneumotaxic Centre\nLimits how long each breath in lasts by switching inspiration off.\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert items, shown
    assert not any(
        it.answer_text == "Expiratory Centre" and "Inspiratory Centre" in it.choices for it in items
    ), shown
    assert not any(
        it.prompt.endswith("describes Inspiratory Centre?") and "Controls active/strenuous breathing" in c
        for it in items
        for c in it.choices
    ), shown


@pytest.mark.parametrize("bonds", [("Yankee", "Samurai"), ("Yankee", "Bulldog", "Samurai")])
def test_a_heading_is_no_kind_of_names_that_end_on_another_word(tmp_path, embedder, bonds):
    """'Yankee Bond', 'Bulldog Bond', 'Samurai Bond' beside 'Euro currency' under "Exchange Rates": the
    names say their kind (most of the list ends on it, or the line opens "A foreign bond …"), and
    "Which exchange rate is described as “A foreign bond …”?" names the wrong one (graded BAD)."""
    where = {"Yankee": "the US, and denominated in dollars", "Bulldog": "the UK, and denominated in pounds",
             "Samurai": "Japan, and denominated in yen"}
    notes = (
        "# Exchange Rates\n"
        + "".join(f"**{b} Bond** - A foreign bond issued in {where[b]}.\n\n" for b in bonds)
        + "**Euro currency** - When money is held in a foreign country, but in its original currency.\n"
    )
    (tmp_path / "notes.md").write_text(notes, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    vectors = embedder.encode([c.text for c in chunks])
    units = embedder.encode([u for c in chunks for u in c.units])
    items = generate_items(chunks, glossary, vectors, units, embedder.encode)
    shown = [(it.prompt, it.choices) for it in items]
    assert any(it.answer_text.endswith("Bond") for it in items), shown
    assert not any(re.search(r"(?i)which exchange rate", it.prompt) for it in items), shown


def test_a_line_another_opens_with_is_no_wrong_answer_beside_it(tmp_path):
    """IgM "Found on B-lymphocytes' membranes" beside IgD "Found on B-lymphocytes, helps them mature
    …": IgD is found on B-lymphocytes too, and each offered for the other was graded a second right
    answer."""
    notes = (
        "# Immunology\n\n## Antibody classes\n\n"
        "- IgG: the most common class, in blood and lymph\n"
        "- IgM: Found on B-lymphocytes' membranes\n"
        "- IgD: Found on B-lymphocytes, helps them mature into plasma cells\n"
        "- IgE: involved in allergic reactions and parasites\n"
        "- IgA: found in mucus, saliva and tears\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    pair = {"IgM", "IgD"}
    asked = [it for it in items if it.answer_text in pair]
    assert asked, shown
    assert not any(pair <= set(it.choices) for it in asked), shown
    described = [it for it in items if it.answer_text.startswith("Found on B-lymphocytes")]
    assert not any(sum(c.startswith("Found on B-") for c in it.choices) > 1 for it in described), shown


def test_a_conjugation_table_is_asked_of_its_tense_and_its_columns_as_written(tmp_path):
    """"In “Formation”, what is listed for “ar” under “nosotros”?" never said which tense (the present
    indicative ends otherwise: graded two right answers, five times); "Formation" is an aspect of the
    heading above it. And 'nosotros' is no English plural: "the nosotro of" is no word."""
    notes = (
        "# Spanish\n\n## Present subjunctive\n\n### Formation\n\n"
        "1. Drop the o of the yo form\n2. Add the ending\n\n"
        "|  | ar | er/ir |\n|---|---|---|\n| yo | e | a |\n| tu | es | as |\n"
        "| el / ella / usted | e | a |\n| nosotros | emos | amos |\n| ellos / ellas / ustedes | en | an |\n\n"
        "### Stem changes\n\n"
        "| ending | change | example | nosotros |\n|---|---|---|---|\n"
        "| -ar | E->IE | pensar -> piense | pensemos |\n"
        "| -er | O->UE | volver -> vuelva | volvamos |\n"
        "| -ir | E->I | pedir -> pida | pidamos |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert items, shown
    assert not any("In “Formation”" in it.prompt for it in items), shown
    assert any("Present subjunctive" in it.prompt for it in items), shown
    assert not any(re.search(r"\bnosotro\b", it.prompt) for it in items), shown


def test_a_key_spelt_like_the_word_its_stem_quotes_is_not_asked(tmp_path):
    """"Which ending has the change “-uyir”?" among '-uir', '-iar', '-uar': only the key is one letter
    from the quoted word, a match by letters, not by knowing (graded BAD)."""
    notes = (
        "# Spelling changes\n\n"
        "| ending | change | example |\n|---|---|---|\n"
        "| -uir | -uyir | incluir -> incluyan |\n| -iar | -íar | enviar -> envíen |\n"
        "| -uar | -úar | situar -> sitúe |\n| -ger | -jar | escoger -> escoja |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any("“-uyir”" in it.prompt and it.answer_text == "-uir" for it in items), shown


def test_a_labelled_remark_is_no_rival_of_a_strategy(tmp_path):
    """"Stag: higher pay-off, with risk", "Hare: lower pay-off …", then "Different strategies: …" and
    "Cooperation requires trust - …": a clause labelled as the lines are is no name to choose
    ("Cooperation requires trust" offered for the hare was graded BAD)."""
    notes = (
        "# Game theory\n\n## Stag Hunt\n"
        "||Stag |Hare|\n|--|--|--|\n|**Stag** |3, 3| 0, 2|\n|**Hare** |2, 0 |1, 1|\n\n"
        "Stag: Higher pay-off, with risk  \n"
        "Hare: lower pay-off, but guaranteed profit\n\n"
        "Different strategies: Maximize pay-off vs risk-avoidance\n\n"
        "Cooperation requires trust - Stag hunt game a.k.a. Assurance Game  \n"
        "In evolutionary simulations with random pairing: hare hunters take over the population.\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any("Cooperation requires trust" in it.choices for it in items), shown


def test_how_large_a_variable_is_set_is_no_term(tmp_path):
    """"Big C: penalise the training data more", "Small C: want big margins": settings of a variable
    the lines never say is the penalty of a soft-margin classifier (graded BAD three times: the
    options mean nothing on their own)."""
    notes = (
        "# Support vector machines\n\n## Soft margin\n\n"
        "- Where C is a box constraint\n"
        "  - Big C: penalise the training data more, let it have more influence\n"
        "  - Small C: care less about the training data, want big margins\n"
        "  - Kernel trick: replaces dot products with a kernel function of the two points\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any({"Big C", "Small C"} & {it.answer_text, *it.choices} for it in items), shown


def test_a_bold_term_over_its_indented_line_is_a_term_and_its_definition(tmp_path):
    """"1. **Mucosa**" with "Epithelial cells … secrete mucus" indented under it (a note-taking app's
    line break): the term and what it is, as "**Mucosa**: …" would be; joined as one sentence, the four
    layers of the gut wall made no item."""
    notes = (
        "# Digestive system\n\n### Layers of the gut wall\n\nFrom inside to outside.\n"
        "1. **Mucosa**  \n   Epithelial cells lining the inside that secrete mucus\n"
        "2. **Submucosa**  \n   Connective tissue holding blood vessels, nerves and glands\n"
        "3. **Muscularis**  \n   Smooth muscle in an inner circular and an outer longitudinal layer\n"
        "4. **Serosa**  \n   Fibrous outer coat of connective tissue\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    layers = {"Mucosa", "Submucosa", "Muscularis", "Serosa"}
    ends = tuple(f"{x}?" for x in layers)
    asked = [it for it in items if it.answer_text in layers or it.prompt.endswith(ends)]
    assert asked, shown


def test_a_sibling_line_naming_a_short_label_as_written_is_left_out(tmp_path):
    """"The most common type (75% of the antibodies are IgG)" offered as a wrong description of IgM
    names its own label, and was dropped at once (graded WEAK three times): 'IgG' has no word stems
    to catch it by, so it is read as written."""
    notes = (
        "# Immunology\n\n## Antibody classes\n\n"
        "- IgG: The most common type (75% of the antibodies are IgG). In blood and lymph\n"
        "- IgM: the first made in a response, a pentamer in the blood\n"
        "- IgE: involved in allergic reactions and against parasites\n"
        "- IgA: found in mucus, saliva, tears and breast milk\n"
        "- IgD: sits on naive B cells beside IgM as a receptor\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    described = [it for it in items if it.prompt.startswith("Which of these describes")]
    for it in described:
        wrong = [c for c in it.choices if c != it.answer_text]
        assert not any("IgG" in c for c in wrong), shown
    assert described, shown


def test_a_description_that_is_a_labelled_example_is_not_asked_for():
    """"Which one is described as “puedo maquillarme: I can make up myself”?": an example labelled in
    another language, not what the key is (and 'puedo' gives 'poder' away)."""
    from bot.quiz.quality import problems

    item = _choice_item(
        "Which one is described as “puedo maquillarme: I can make up myself”?",
        ("poder", "querer", "vestirse", "ducharse"),
        0,
    )
    assert "a label inside the description" in problems(item)


def test_a_heading_over_one_values_working_out_is_an_example(tmp_path):
    """"**Virtual Address: `0x1234`**" over "3. Find Segment Info: the hardware looks at entry 0 (because
    the identifier was 00)": a step of one address's working-out, which leans on the values above
    it (graded BAD twice)."""
    notes = (
        "# Virtual Memory\n\n### Segmentation\n\n**Virtual Address: `0x1234`**\n\n"
        "1. **Convert to Binary:** `0x1234` = `0001 0010 0011 0100`\n"
        "2. **Identify Segment:** the top two bits say segment `00`\n"
        "3. **Find Segment Info:** The hardware looks at entry 0 in the Segment Table (because the "
        "identifier was `00`)\n"
        "4. **Check Bounds:** The hardware checks that the offset is below the limit of the segment\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any("identifier was" in it.prompt or "Find Segment Info" in it.choices for it in items), shown


def test_an_affix_and_the_one_name_spelt_with_it_are_not_asked_of_each_other(tmp_path):
    """"Which class has the suffix “-ene”?" among Alkene, Alkyne and Alcohol, and "What is the suffix
    of the class Ketone?" among '-one', '-oate', '-amide': the letters pair them, not knowing (graded
    BAD four times)."""
    notes = (
        "# Functional groups\n\n## Table\n\n| Class | Functional Group | Suffix/Prefix | Example |\n"
        "|---|---|---|---|\n| Alkene | C=C | -ene | Ethene |\n| Alkyne | C≡C | -yne | Ethyne |\n"
        "| Alcohol | –OH | -ol | Methanol |\n| Ketone | C=O in chain | -one | Propanone |\n"
        "| Ester | –COO– | -oate | Ethyl ethanoate |\n| Amide | –CONH₂ | -amide | Ethanamide |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    for it in items:
        if "“-ene”" in it.prompt or "“-one”" in it.prompt:
            assert it.answer_text not in ("Alkene", "Ketone"), shown
        if it.prompt.endswith(("class Ketone?", "class Alkene?")):
            assert it.answer_text not in ("-one", "-ene"), shown


def test_a_table_of_a_figures_points_is_not_asked(tmp_path):
    """"| Total Cost | DEJ0 |", "| Profit or Loss | BCED |" under "Interpreting a … graph:": points and
    areas of a figure the reader can't see (graded BAD ten times of ten)."""
    notes = (
        "# Monopolistic competition\n\n![](graph.png)\n\n**Interpreting the graph:**\n\n"
        "Concept|Area\n---|---\nPrice|B\nOutput|J\nTotal Revenue|BCJ0\nTotal Cost|DEJ0\n"
        "Consumer Surplus|ABC\nProfit or Loss|BCED\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any({"BCED", "DEJ0", "ABC", "BCJ0"} & {it.answer_text, *it.choices} for it in items), shown


def test_a_table_named_as_a_table_is_asked_in_the_heading_above_it(tmp_path):
    """"In “Comparison Table”, which one has the bond angle “180°”?" names the notes' layout (graded
    odd nine times); the heading above names what the table compares."""
    notes = (
        "# Hybridization\n\nCarbon mixes its orbitals before it bonds.\n\n## Comparison Table\n\n"
        "| Property | sp³ | sp² | sp |\n|---|---|---|---|\n| Bond angle | 109.5° | 120° | 180° |\n"
        "| Shape | Tetrahedral | Trigonal planar | Linear |\n| s-character | 25% | 33% | 50% |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert items and not any("Comparison Table" in it.prompt for it in items), shown


SUMMARY_NOTES = """# French Revolution

## Estates-General

The Estates-General was summoned in 1789 for the first time since 1614 to raise taxes.

## Quick Revision

**Causes**
- **Social**: The Third Estate carried the tax burden while the clergy and nobles were exempt.
- **Economic**: War debts and poor harvests doubled the price of bread in Paris.
- **Political**: An absolute king ignored the Estates-General until bankruptcy forced him to call it.
- **Ideological**: Rousseau's social contract taught that sovereignty belongs to the people.
"""


def test_a_pages_summary_is_set_in_the_pages_title(tmp_path):
    """"In “Quick Revision”, which cause …" points at the notes' layout (graded odd four times in one
    round): the causes a page's summary lists are the page's subject's ("In “French Revolution”")."""
    items = [it for it in _items_of(tmp_path, SUMMARY_NOTES) if "which cause" in it.prompt]
    assert items
    assert all(it.prompt.startswith("In “French Revolution”, which cause") for it in items), [
        it.prompt for it in items
    ]


GRID_NOTES = """# Public goods

##### Characteristics of Goods

|                | Rival in Consumption | Nonrival in consumption       |
| -------------- | -------------------- | ----------------------------- |
| Excludable     | **Private goods**    | **Club goods**                |
| Non-Excludable | **Common resources** | **Public goods**              |

## Mitosis and meiosis

|                     | Mitosis | Meiosis |
| ------------------- | ------- | ------- |
| Number of divisions | One     | Two     |
| Daughter cells      | Two identical diploid cells | Four genetically different haploid cells |
"""


def test_a_grid_of_names_asks_each_by_the_two_properties_that_place_it(tmp_path):
    """"In “Characteristics of Goods”, which one has “Public goods” under “Non-Excludable”?" read a grid
    of four goods as rows of properties (graded odd four times): its names are asked by their row and
    column, among the grid's other names. A table of values under an empty corner is no grid."""
    items = _items_of(tmp_path, GRID_NOTES)
    grid = {it.answer_text: it for it in items if " is both " in it.prompt}
    assert set(grid) == {"Private goods", "Club goods", "Common resources", "Public goods"}
    common = grid["Common resources"]
    assert common.prompt == "Which one is both non-excludable and rival in consumption?"
    assert set(common.choices) <= {"Private goods", "Club goods", "Common resources", "Public goods"}
    assert len(common.choices) >= 3
    assert not any("under “" in it.prompt for it in items)
    # the cells of mitosis and meiosis are values, not names: no grid ("Which one is both number of
    # divisions and mitosis?")
    assert not any("mitosis" in it.prompt.lower() for it in grid.values())


TWO_TOPICS_NOTES = """# Public finance

## Poverty and Taxes

- Poverty Line: Official income benchmark below which a family counts as poor
- Progressive tax: Government takes a larger share of income from families with larger incomes
- Regressive tax: Government takes a larger share of income from families with smaller incomes
- Proportional tax: Government takes the same share of income from every family
"""


def test_a_list_under_a_heading_of_two_topics_offers_the_keys_own_kind(tmp_path):
    """'Poverty Line' offered beside three taxes under "Poverty and Taxes" (graded off-type three
    times): a heading of two topics lists two kinds, and a tax's rivals are the taxes."""
    items = [it for it in _items_of(tmp_path, TWO_TOPICS_NOTES) if it.answer_text.endswith(" tax")]
    assert items
    for it in items:
        assert "Poverty Line" not in it.choices, (it.prompt, it.choices)


VERDICT_ROWS_NOTES = """# Graphs

## Representations

| operation       | adjacency list        | adjacency matrix            | incidence matrix          |
| --------------- | --------------------- | --------------------------- | ------------------------- |
| memory          | grows with the edges  | grows with the square       | grows with both           |
| adding vertex   | a new empty list      | a resized matrix            | a resized matrix          |
| removing edge   | a search of the list  | one cell cleared            | one column removed        |
| pros            | cheap additions       | constant look up times      | easy incidence sums       |
| cons            | slow removal          | slow to add vertices        | slow to change            |
"""


def test_a_tables_verdict_rows_are_no_things_of_its_kind(tmp_path):
    """'pros' and 'cons' below three operations are a verdict on the columns' things: "Which
    operation has … “slow removal”?" for 'cons' (graded BAD four times)."""
    for it in _items_of(tmp_path, VERDICT_ROWS_NOTES):
        assert not {"pros", "cons"} & {c.lower() for c in it.choices}, (it.prompt, it.choices)
        assert it.answer_text.lower() not in ("pros", "cons")


def test_a_quantitys_symbol_that_is_the_keys_initial_gives_it_away():
    """"f is positive for converging lenses" for 'focal length' (graded BAD twice): the symbol names
    the quantity; a letter that no choice or every choice begins with tells nothing."""
    from bot.quiz.quality import problems

    lens = ("focal length", "image distance", "object distance", "magnification")
    named = _choice_item("Which one is described as “f is positive for converging lenses”?", lens, 0)
    untold = _choice_item("Which one is described as “positive for converging lenses”?", lens, 0)
    assert "gives the answer away" in problems(named)
    assert "gives the answer away" not in problems(untold)


def test_a_plural_noun_before_its_relative_clause_is_no_verb(tmp_path):
    """"- Port numbers that guide processing" made "Which one numbers that guide processing?" (graded
    BAD): 'numbers' takes no "that" clause as a verb does ("means that", "ensures that"); and "Port
    numbers tell devices …" made "Which one numbers tell devices …?" (BAD, r210)."""
    notes = """# Networks

## Transport layer

- A Port is a logical endpoint of a connection on a host.
- Port numbers that guide processing
- Port numbers tell devices how to process data
- A Socket is the pair of an address and a port that names one end of a connection.
- A Packet is a unit of data sent across a network.
"""
    # nor before a verb of its own ("numbers tell devices …": 'tell' is the plural noun's verb)
    assert not any(it.prompt.startswith("Which one numbers") for it in _items_of(tmp_path, notes))


RECORD_NOTES = """# Wireless security

## WPA2 Personal

| Feature | Description |
|---|---|
| Authentication | Shared passphrase |
| Best for | Home networks |
| Setup | Simple |
| Risk | Password sharing |

## Protocols compared

| Feature | WireGuard | IPSec |
|---|---|---|
| Age | Newer | Older |
| Code base | About four thousand lines of code | Hundreds of thousands of lines of code |
| Handshake | One round trip with static public keys | Negotiated suites over a separate key exchange |

## Protocol status

| Protocol | Status |
|---|---|
| WEP | ❌ Insecure, broken by key recovery attacks |
| WPA | ⚠ Transitional, a stopgap on old hardware |
| WPA2 | ✅ Standard, AES with a four-way handshake |
| WPA3 | 🔒 Most secure, SAE in place of a shared key |
"""


def test_a_things_record_a_comparative_and_a_cells_pictograph_make_no_item(tmp_path):
    """"| Feature | Description |" over one thing's aspects offered 'Simple' for "Best for" (graded
    off-type four times); "What is the age of IPSec?" 'Older' leaves out than what (BAD); '✅' and
    '❌' before a choice say which one is good."""
    items = _items_of(tmp_path, RECORD_NOTES)
    prompts = [it.prompt for it in items]
    assert not any("Best for" in p or "the feature" in p for p in prompts), prompts
    assert not any({"Older", "Newer"} & set(it.choices) or "the age of" in it.prompt for it in items)
    status = [it for it in items if "status" in it.prompt]
    assert status, prompts
    for it in items:
        assert not any(mark in c for c in it.choices for mark in "❌⚠✅🔒"), it.choices


def test_a_plural_and_the_word_that_says_it_is_at_hand_name_the_kind(tmp_path):
    """"In “Tools Available”, which one manages infrastructure …?" (graded odd, r209): "Tools
    Available" names what its items are, as "Tools" does."""
    from bot.quiz.wording import _kind_of

    assert _kind_of("Tools Available") == "tool" and _kind_of("Methods Used") == "method"
    notes = """# Infrastructure as code

## Tools Available

- **Terraform:** Open-source tool that works with many cloud providers for infrastructure provisioning.
- **Ansible:** Open-source tool for software provisioning, configuration management, and deployment.
- **Puppet:** Keeps servers in a declared state with a pull model and its own language.
"""
    asked = [it.prompt for it in _items_of(tmp_path, notes)]
    assert asked and not any("Tools Available" in p for p in asked), asked


def test_a_home_path_or_an_amount_is_no_pairing_by_tilde(tmp_path):
    """"- customize through `~/.vimrc`" made "Which one is the counterpart of customize through?"
    (a path's home read as "X ~ Y"); "~4500 men" is an amount. "SQS ~ a queue" still pairs."""
    from bot.text import maps_with_tilde

    assert maps_with_tilde("**SQS** ~ a queue") and maps_with_tilde("Mitochondria ~ powerhouse")
    assert not maps_with_tilde("customize through `~/.vimrc`")
    assert not maps_with_tilde("edit ~/.bashrc to set it") and not maps_with_tilde("~4500 men")
    notes = """# Vim

## Customizing

- customize through `~/.vimrc`
- create the directory `~/.vim/pack/vendor/start/`
- cd to home directory with `cd ~`
"""
    assert not any("counterpart" in it.prompt for it in _items_of(tmp_path, notes))


COURSE_ADMIN_NOTES = """# Sustainability and business

## Intro

### Lecturers

- Dr Chris Green, who worked on sustainability at a research lab for ten years

### Course Content

- Understand how sustainability and sustainable development impact business

### Learning Outcomes

- Explain the triple bottom line and apply it to a firm of your choice

## A brief aside on testing

- **Unit test:** a small test that checks one feature in isolation from the rest
- **Integration test:** a larger test that checks that features work together as a whole
- **Regression test:** a test that keeps a bug fixed once from coming back in a later change
"""


def test_a_courses_own_pages_and_a_heading_of_prose_set_no_question(tmp_path):
    """The lecturers and the course's content are the course's, not the field's ("Which one is
    described as “Understand how sustainability … impact business”?" among 'Lecturers' and
    'Assessment', graded BAD); "In “A brief aside on testing”" quotes a phrase, not a thing (odd, r211)."""
    items = _items_of(tmp_path, COURSE_ADMIN_NOTES)
    prompts = [it.prompt for it in items]
    assert not any({"Lecturers", "Course Content", "Learning Outcomes"} & set(it.choices) for it in items)
    assert any("Unit test" in it.choices for it in items), prompts
    assert not any("aside" in p for p in prompts), prompts


NAMED_GRID_NOTES = """# Environmental discourses

## Dryzek's model

||Reformist|Radical|
|:---|---|---:|
|Prosaic|Problem solving|Survivalism|
|Imaginative|Sustainability|Green Radicalism|

### Prosaic and Reformist: Problem solving

Experts and markets fix each problem as it comes, within the system as it stands.

### Prosaic and Radical: Survivalism

Limits to growth demand that the system itself be replaced, led by elites.

### Imaginative and Reformist: Sustainability

Growth and protection are reconciled by redefining what growth means.
"""


def test_a_grid_whose_names_head_sections_is_asked_as_a_grid(tmp_path):
    """"In “Dryzek's Model”, which one has “Survivalism” under “Prosaic”?" (graded odd four times,
    r211): a grid's cells that head sections of their own are names placed by row and column."""
    items = _items_of(tmp_path, NAMED_GRID_NOTES)
    both = {it.answer_text: it.prompt for it in items if " is both " in it.prompt}
    assert both.get("Survivalism") == "Which one is both prosaic and radical?", both
    assert not any("under “" in it.prompt for it in items)


POINTS_NOTES = """# Living primates and comparative anatomy

* Brain
  - stereoscopic vision with closer eyes and better depth perception
  - skull protection of the eye
  - enhanced colour vision and a reduced sense of smell
* Maturation
  - long infancy with a single offspring at a time
  - late sexual maturity and a long life span
  - more time spent learning from the mother
* Diet and Dentition
  - omnivorous diet that gives a fallback when one food runs out
  - flat cusps on the molars and no enormous canines
  - teeth fit for fruit and leaves more than for meat
"""


def test_a_heading_over_its_points_is_no_term_for_the_first_of_them(tmp_path):
    """"The term for “stereoscopic vision …” is ____." with the key 'Brain' (graded BAD: a wrong key;
    Brain is the group the trait is listed under, not a term for it)."""
    items = _items_of(tmp_path, POINTS_NOTES)
    assert not any(it.is_cloze and it.answer_text in ("Brain", "Maturation") for it in items), [
        (it.prompt, it.answer_text) for it in items
    ]



def test_a_field_valued_under_each_thing_is_no_term_for_its_line(tmp_path):
    """A nurse's notes list each disorder's signs by body system ("**Integumentary**: dry mucous
    membranes"), and under one system the states it shows ("**Normovolemic**: rapid pulse rate"). The
    label is the field, the line its value for that disorder: "The term for “drowsiness and lethargy
    that progresses to a coma” is ____" wants 'Central Nervous System' (graded BAD three times, r260:
    "CNS depression" and "Hypernatremia" answer it as well). A term defined once is still asked so."""
    notes = """# Brine Fever

## Assessment
1. **Cardiovascular**: signs depend on vascular volume.
\t- **Hypovolemic**: slow, bounding pulse; hypotension; flat neck veins
\t- **Hypervolemic**: rapid, bounding pulse; raised blood pressure
2. **Central Nervous System**: headache and blurred vision

# Salt Wasting

## Assessment
1. **Cardiovascular**: signs depend on vascular volume.
\t- **Hypovolemic**: rapid, thready pulse; hypotension; flat neck veins
\t- **Hypervolemic**: irregular pulse; raised blood pressure; distended neck veins
2. **Central Nervous System**: agitation, confusion and seizures

# Dust Lung

## Assessment
4. **Central Nervous System**: drowsiness and lethargy that progresses to a coma

# Terms

- **Tonicity**: the ability of a surrounding solution to make a cell gain or lose water
- **Osmolality**: the concentration of dissolved particles in a kilogram of body water
- **Oncotic pressure**: the pull that plasma proteins exert to hold water inside the vessels
"""
    items = _items_of(tmp_path, notes)
    shown = [(it.prompt, it.answer_text) for it in items]
    fields = {"Cardiovascular", "Hypovolemic", "Hypervolemic", "Central Nervous System"}
    assert not any(it.is_cloze and it.answer_text in fields for it in items), shown
    terms = ("Tonicity", "Osmolality", "Oncotic pressure")
    assert any(it.is_cloze and it.answer_text in terms for it in items), shown


REVIEW88_NOTES = """# Databases and security

## SQL vs NoSQL

| | SQL | NoSQL |
|---|---|---|
| Example | **MySQL** | **MongoDB** |
| Scaling | **Vertical** | **Horizontal** |
| Schema | **Fixed** | **Flexible** |

## Transport protocols

| Feature | TCP | UDP |
|---|---|---|
| Connection | Connection-oriented with a three-way handshake | Connectionless, each datagram on its own |
| Advantages | Reliable, ordered delivery with retransmission | Low overhead and low latency for streams |
| Disadvantages | Slower to start and heavier per packet | Packets may be lost or arrive out of order |

## Ciphers and hashes

| Feature | Description |
|---|---|
| AES | Symmetric block cipher |
| RSA | Asymmetric public-key cipher |
| SHA-256 | One-way hash function |
| HMAC | Keyed message authentication |

## SWOT

| **S** | Resources such as a patent or a design |
|---|---|
| **W** | Little money for marketing |
| **O** | A new market abroad |
| **T** | A rival with lower prices |
"""


def test_review_88_tables_keep_their_reading(tmp_path):
    """Review 88: a comparison of three aspects under an empty corner is no grid ("Which one is both
    example and nosql?"); 'Advantages' under "| Feature | TCP | UDP |" is an aspect, not a verdict row
    to drop; a table of named ciphers with short descriptions is no record of one thing; an acrostic's
    letters as row names raise nothing."""
    items = _items_of(tmp_path, REVIEW88_NOTES)
    prompts = [it.prompt for it in items]
    assert not any(" is both " in p for p in prompts), prompts
    assert any(it.answer_text.startswith("Advantages: ") for it in items), prompts
    assert any(it.answer_text in ("AES", "RSA", "SHA-256", "HMAC") for it in items), prompts


def test_review_88_text_and_words_keep_their_sense():
    """A music sign is text, not a pictograph ('F♯ major'); 'format' opens on "for", a little word that
    names nothing; a heading "Next.js" is a name, not a move to the next topic."""
    from bot.quiz.quality import problems
    from bot.quiz.wording import _plain_cell, _remark

    assert _plain_cell("F♯ major") == "F♯ major" and _plain_cell("B♭") == "B♭"
    assert _plain_cell("✅ Standard") == "Standard"
    calls = ("str.format()", "str.join()", "str.split()")
    fmt = _choice_item("Which method is used to insert values for display into a text?", calls, 0)
    assert "gives the answer away" not in problems(fmt)
    assert not _remark("Next.js") and _remark("Next, the data")


def test_a_table_under_an_empty_header_has_no_column_names(tmp_path):
    """"| | |" over "|-|-|": the first row is data, not the columns' names ("Which mission statement has
    the visionary statement …?" for the planning types, graded BAD twice, r212)."""
    notes = """# Management

## Types of planning

| | |
|-|-|
| Mission statement | Visionary statement containing the company values |
| Strategic planning | Created by senior management, long-term goals |
| Tactical planning | Created by middle management, short-term goals |
| Operational planning | Day-to-day planning, staff rosters and schedules |
"""
    for it in _items_of(tmp_path, notes):
        assert "mission statement" not in it.prompt.lower()[:40], it.prompt
        assert "visionary statement" not in it.prompt.lower() or "“" in it.prompt, it.prompt


def test_a_choice_or_stem_pointing_at_unseen_text_and_a_heading_that_is_a_link(tmp_path):
    """r212: a choice "Tissue is composed of these types of cells" points at the line before it; "the
    table created by the query in question 1" at an exercise; a section under a heading that holds a
    link ("This is even better: https://…") points elsewhere, and is not asked."""
    from bot.ingest.document import section_role
    from bot.quiz.quality import problems

    pointer = _choice_item(
        "Which of these describes Collenchyma?",
        ("Have living cytoplasm and stay alive a long time", "Tissue is composed of these types of cells"),
        0,
    )
    assert "a choice leans on unseen text" in problems(pointer)
    exercise = _choice_item(
        "Which one fills the NULL values of the table created by the query in question 1?",
        ("position", "concat", "coalesce"),
        2,
    )
    assert "points at unseen text" in problems(exercise) or "leans on unseen text" in problems(exercise)
    assert section_role(("Functions", "This is even better: https://example.org/docs")) == "navigation"
    assert section_role(("Functions", "String functions")) == "content"


@pytest.mark.parametrize(
    ("prompt", "choices", "answer", "away"),
    [
        # r211: the letters a stem lists one by one are the set only the key's brackets hold
        ("Which one is described as “any single character except for a, b, c”?",
         ("[^abc]", "[a-z]", ".*", "\\S"), 0, True),
        ("Which one is described as “any lowercase letter”?", ("[^abc]", "[a-z]", ".*", "\\S"), 1, False),
        # r212: 'advice' and 'Advisory' are one root ('-ce' of the noun, '-s' of the verb)
        ("Which one promotes best practice and gives policy advice?",
         ("Inspection service", "Advisory service", "Mediation service"), 1, True),
        ("Which one promotes best practice and gives policy guidance?",
         ("Inspection service", "Advisory service", "Mediation service"), 1, False),
    ],
)
def test_a_listed_set_or_a_noun_of_the_keys_root_gives_it_away(prompt, choices, answer, away):
    from bot.quiz.quality import problems

    assert ("gives the answer away" in problems(_choice_item(prompt, choices, answer))) is away


def test_a_cell_in_quote_marks_is_quoted_once():
    """“"Sets rules and laws, collects taxes …"” doubled the quote marks (graded odd, r212); a string's
    value in marks ('"John"') keeps them."""
    from bot.quiz.wording import _plain_cell

    assert _plain_cell('"Sets rules and laws, collects taxes"') == "Sets rules and laws, collects taxes"
    assert _plain_cell('"John"') == '"John"'


def test_these_things_in_a_stem_point_at_unseen_text():
    """"… water droplets produced through these things at the tips of veins" (graded odd, r212): the
    things the line is about, never named in it."""
    from bot.quiz.quality import problems

    pointed = _choice_item(
        "Which one is described as “water droplets produced through these things at the tips of veins”?",
        ("Guttation", "Stomatal Apparatus", "Hydathodes"),
        2,
    )
    named = _choice_item(
        "Which one is described as “pores at the tips of veins through which water droplets leave a leaf”?",
        ("Guttation", "Stomatal Apparatus", "Hydathodes"),
        2,
    )
    assert "points at unseen text" in problems(pointed)
    assert "points at unseen text" not in problems(named)


def test_a_keyword_of_a_table_that_is_also_a_lead_in_word_is_a_choice(tmp_path: Path):
    """'finally' is a row of a table of keywords, not a lead-in taken for a term: the items whose
    choices offer it are kept (Python's bank lost "Which keyword is … used to loop across the
    iterable?" to it)."""
    notes = (
        "# Keywords\n\n"
        "| Keyword | Description |\n| --- | --- |\n"
        "| finally | Used to run code after the try block whatever happens |\n"
        "| for | Used to loop across the iterable |\n"
        "| import | Used to bring a module into the program |\n"
        "| break | Used to get out of the loop |\n"
    )
    items = _items_of(tmp_path, notes)
    offering = [it for it in items if "finally" in it.choices and it.answer_text != "finally"]
    assert offering, [(it.prompt, it.choices) for it in items]


def test_a_clause_of_its_own_noun_says_also_and_not_of_that_noun():
    """"…from a parent class, which also inherits from its parent class" and "access those variables of
    outer functions which are not global" say their own nouns' 'also' and 'not': neither points at
    unseen text nor asks by what the key is not; "Which one is also …" and "Which one cannot …" do."""
    from bot.quiz.quality import problems

    kinds = ("Multilevel Inheritance", "Multiple Inheritance", "Hybrid Inheritance")
    own = _choice_item(
        "Which one is a type of inheritance in which a child class inherits from a parent class, which also "
        "inherits from its parent class?",
        kinds,
        0,
    )
    back = _choice_item("Which one is also a type of inheritance with two parents?", kinds, 1)
    assert "points at unseen text" not in problems(own)
    assert "points at unseen text" in problems(back)
    keywords = ("from", "global", "nonlocal")
    of_object = _choice_item(
        "Which keyword is used to access those variables of outer functions which are not global?",
        keywords,
        2,
    )
    of_key = _choice_item("Which keyword cannot be used inside a function?", keywords, 0)
    assert not {"points at unseen text", "negative stem"} & set(problems(of_object)), problems(of_object)
    assert "negative stem" in problems(of_key)


def test_a_passage_gives_the_bank_at_most_twelve_items():
    """A table of thirty keywords in one passage is thirty facts: the bank keeps twelve of them, not
    eight (Python's keyword table), and no more, so one passage does not fill a bank."""
    from bot.quiz.quality import curate

    tasks = (
        "looping over sequences", "raising exceptions", "importing modules", "defining functions",
        "creating classes", "skipping iterations", "leaving loops", "returning values", "yielding generators",
        "asserting conditions", "deleting objects", "declaring globals", "handling errors", "closing files",
        "awaiting results", "branching conditionally", "passing silently", "testing identity",
        "combining booleans", "negating truth",
    )
    items = [
        QuizItem(
            f"i{n}",
            "mapping",
            f"Which keyword is described by “used for {task}”?",
            (f"kw{n}", f"kw{n + 1}", f"kw{n + 2}"),
            0,
            f"kw{n}: used for {task}",
            "f.md › A",
            "A",
            "one-passage",
        )
        for n, task in enumerate(tasks)
    ]
    assert len(curate(items)) == 12


def test_a_row_that_is_its_columns_quantity_at_a_value_is_asked_at_that_value(tmp_path: Path):
    """"What is the conjugate base stability of pKa > 15?" read as a slip (graded odd three times,
    r214): 'pKa > 15' is no thing, but the column's quantity at a value."""
    notes = (
        "# Acids\n\n## pKa value trends\n\n"
        "| Conjugate Acid pKa | Conjugate Base Stability | Leaving Group Quality |\n| --- | --- | --- |\n"
        "| **pKa < 0** | Very stable (weak base) | Excellent leaving group |\n"
        "| **pKa 5–15** | Moderately stable | Moderate leaving group |\n"
        "| **pKa > 15** | Unstable (strong base) | Poor leaving group |\n"
    )
    from bot.quiz.table_facts import _at_a_value

    assert _at_a_value("Energy Level", "Level 2") == "an energy level of 2"
    assert _at_a_value("Element", "Helium") is None
    stems = _stems_of(tmp_path, notes)
    assert "What is the conjugate base stability for a conjugate acid pKa > 15?" in stems, stems
    assert "What is the conjugate base stability for a conjugate acid pKa of 5–15?" in stems, stems
    assert not [s for s in stems if " of pKa" in s], stems


def test_a_named_term_is_described_without_the_heading_above_it(tmp_path: Path):
    """"In “The Living Cell”, which of these describes Lipids?" pointed at a heading the reader can't
    see (graded odd twice, r214): a term's own name says what is asked; a label that names nothing
    alone ('Provisioned', 'Efficiency') still takes the heading that names its thing."""
    notes = """# Digestive system

## Tissue organisation

### Layers of the gut wall

- **Mucosa**: The innermost layer, lining the lumen and secreting mucus and enzymes.
- **Submucosa**: Dense connective tissue holding blood vessels, lymphatics and nerves.
- **Muscularis**: Smooth muscle in two layers that moves food along by peristalsis.
- **Serosa**: The outermost thin membrane that lowers friction against other organs.

The mucosa faces the lumen. The submucosa holds the vessels. The muscularis contracts in waves.
The serosa covers the outside of the gut.
"""
    items = _items_of(tmp_path, notes)
    described = [it.prompt for it in items if " describes " in it.prompt]
    assert described, [it.prompt for it in items]
    assert not [p for p in described if p.startswith("In “")], described


def test_a_word_only_the_key_repeats_as_written_gives_it_away():
    """"… and herbal medications" for 'Current Medications' beside 'Medical Conditions' (graded a
    giveaway, r215): a rival's word of the same root ('Medical') does not make the match fair; words
    every side repeats as written ('digestion') give nothing away."""
    from bot.quiz.quality import problems

    history = ("Allergies", "Medical Conditions", "Current Medications", "Anesthetic History")
    away = _choice_item(
        "Which one is described as “List of all prescribed, over-the-counter, and herbal medications”?",
        history,
        2,
    )
    assert "gives the answer away" in problems(away)
    fair = _choice_item("Which one is described as “Known reactions to drugs, foods or latex”?", history, 0)
    assert "gives the answer away" not in problems(fair)
    digestion = _choice_item(
        "Which one is described as “Digestion outside the cell, in a cavity, by secreted enzymes”?",
        ("Intracellular digestion", "Extracellular digestion", "Phagocytosis"),
        1,
    )
    assert "gives the answer away" not in problems(digestion)


def test_an_aside_in_a_script_the_notes_barely_write_is_left_out(tmp_path: Path):
    """"Rapid onset/offset (မကြန့်မကြာ)": a mnemonic in Burmese beside English notes, offered as a
    choice, was graded garbled (r215); the aside is left out and the item stands."""
    notes = """# Inhalational Anaesthesia

## Properties of the Ideal Anaesthetic Agent

- **Rapid onset**: The patient falls asleep within a minute of breathing it (မကြန့်မကြာ)
- **Stable storage**: A long shelf life without any need for preservatives
- **Low solubility**: Little of it dissolves in blood, so levels change quickly
- **Non-irritant**: It does not irritate the airway, so coughing is rare
"""
    items = _items_of(tmp_path, notes)
    assert items
    for it in items:
        shown = " ".join([it.prompt, *it.choices, it.explanation])
        assert "မ" not in shown, shown


def test_a_term_listed_under_a_heading_that_relates_it_keeps_a_setting(tmp_path: Path):
    """"Which of these describes Perioperative Care?" over "Pre- and post-surgery to ensure adequate
    oxygenation" dropped what about it is asked (graded BAD, r215: another line fitted as well): a
    list under "Indications for Oxygen Therapy" is of the therapy, and says so."""
    notes = """# Oxygen Therapy

Oxygen therapy gives extra oxygen to patients whose tissues lack it. Perioperative care, hypoxaemia and
carbon monoxide poisoning all call for it; cyanosis is a late sign.

## Indications for Oxygen Therapy

- **Hypoxaemia**: Low arterial oxygen, corrected by raising the inspired oxygen fraction.
- **Perioperative Care**: Pre- and post-surgery to ensure adequate oxygenation.
- **Carboxyhaemoglobinaemia**: Carbon monoxide bound to haemoglobin, displaced by high-flow oxygen.
- **Cyanosis**: Bluish skin from deoxygenated haemoglobin, a late sign of hypoxia.
"""
    items = _items_of(tmp_path, notes)
    described = [it.prompt for it in items if " describes " in it.prompt]
    assert described, [it.prompt for it in items]
    assert all(p.startswith("In “") for p in described), described


def test_the_article_before_a_blank_is_left_open():
    """"An ____ is derived from an alkane …" tells the word starts with a vowel (graded a hint, r214):
    the blank reads "A(n) ____", and a question with choices is left as it is."""
    from bot.quiz.generate import _either_article

    vowel = _cloze_item("An ____ is derived from an alkane by removing one hydrogen atom.", "alkyl group")
    assert _either_article(vowel).prompt.startswith("A(n) ____ is derived from an alkane")
    router = _cloze_item("Traffic between networks passes a ____ that forwards it by IP address.", "router")
    assert "passes a(n) ____ that forwards" in _either_article(router).prompt
    choice = _choice_item("Which one is an ____?", ("a", "b"), 0)
    assert _either_article(choice) == choice


def test_a_rival_the_stem_names_in_other_order_is_not_offered(tmp_path: Path):
    """"Half the range of class A" offered 'Class A range' beside the key 'Class B range' (graded a
    two-way pick, r214): the stem rules it out."""
    notes = """# Networking

## Classful Addressing

- **Class A range**: The largest blocks of addresses, for the biggest networks.
- **Class B range**: Half the range of class A, for mid-sized networks.
- **Class C range**: Small blocks of 256 addresses for small networks.
- **Class D range**: Reserved for multicast groups, not for hosts.
"""
    items = _items_of(tmp_path, notes)
    half = [it for it in items if "Half the range of class A" in it.prompt]
    assert half, [it.prompt for it in items]
    assert all("Class A range" not in it.choices for it in half), [(it.prompt, it.choices) for it in half]


def test_a_word_every_choice_holds_is_written_in_one_case():
    """'Class A range' beside 'Class B Range' and 'Class C Range': only the key wrote 'range' in lower
    case, a tell (r216). Lines as choices keep their own capitals."""
    from bot.quiz.generate import _one_case

    assert _one_case(("Class C Range", "Class B Range", "Class A range")) == (
        "Class C Range",
        "Class B Range",
        "Class A Range",
    )
    lines = ("The innermost layer of the wall", "Lines the lumen and the glands", "Covers the outside")
    assert _one_case(lines) == lines


def test_a_heading_that_names_a_thing_the_notes_talk_of_anchors_a_described_term(tmp_path: Path):
    """"Which of these describes Reader endpoint?" never said of what database (graded unanchored,
    r216): a heading the notes' lines name as a thing ('Galera') sets the question, where a chapter's
    title the lines never name ("The Living Cell") does not."""
    notes = """# Databases

## Galera

Galera replicates every write to all nodes. Galera clusters need three nodes at least.

- **Writer endpoint**: Points at the one node that takes writes.
- **Reader endpoint**: Will load balance over the available replicas.
- **Custom endpoint**: Points at a chosen set of nodes for one workload.
"""
    items = _items_of(tmp_path, notes)
    described = [it.prompt for it in items if " describes " in it.prompt]
    assert described, [it.prompt for it in items]
    assert all(p.startswith("In “Galera”") for p in described), described


def test_a_stem_that_says_one_thing_or_a_list_of_things_is_not_asked():
    """"Which one has 1 thing sending messages to the queue?" (graded BAD twice, r214 and r216) and
    "accepts a list of things" name nothing a choice is told by; "things, actions, and ideas" do."""
    from bot.quiz.quality import problems

    queue = _choice_item("Which one has 1 thing sending messages to the queue?", ("Kinesis", "SQS"), 1)
    states = ("Wait", "Parallel", "Map")
    listed = _choice_item("Which state is described as “accepts a list of things”?", states, 2)
    fair = _choice_item(
        "Which one is described as “the ability to talk about things, actions, and ideas that are absent”?",
        ("arbitrariness", "productivity", "displacement"),
        2,
    )
    assert "vague wording" in problems(queue) and "vague wording" in problems(listed)
    assert "vague wording" not in problems(fair)


def test_a_line_that_names_what_its_labels_are_kinds_of_sets_their_kind(tmp_path):
    """"Forms of acceptance differ depending on whether the contract is..." over "BILATERAL: …" and
    "UNILATERAL: …": asked "Which one is described as …?" among two bare adjectives written in
    capitals, the question never said of what (graded odd, contract-law notes). The line names the
    kind, and a word capitalised for stress is written as a name is; a keyword ('PARTITION BY') and
    a short acronym stay as written."""
    notes = (
        "# Contract law\n\n## Acceptance\n\n"
        "* A final and unqualified expression of assent to the terms of an offer.\n"
        "* Forms of acceptance differ depending on whether the contract is...\n"
        "    * BILATERAL: exchange of a promise for a promise\n"
        "    * UNILATERAL: exchange of a promise for an act\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    act = [it for it in items if it.prompt.endswith("“exchange of a promise for an act”?")]
    assert act and "which contract is described as" in act[0].prompt.lower(), shown
    assert set(act[0].choices) == {"Bilateral", "Unilateral"}, shown
    from bot.quiz.generate import _unstressed

    assert _unstressed("PARTITION BY") == "PARTITION BY" and _unstressed("NASDAQ") == "NASDAQ"
    assert _unstressed("IMPORTANT") == "Important"


def test_a_short_name_in_the_plural_spelled_out_by_the_key_gives_it_away():
    """"… to produce more RGs and neurons" for 'radial glial cells' (graded a giveaway, r223): RGs is
    the plural of the key's short name."""
    from bot.quiz.quality import problems

    cells = ("radial glial cells", "basal progenitors", "neuroepithelial cells")
    plural = _choice_item("Which one is described as “Divide to produce more RGs and neurons”?", cells, 0)
    assert "gives the answer away" in problems(plural)
    other = _choice_item("Which one is described as “Divide to produce more neurons”?", cells, 0)
    assert "gives the answer away" not in problems(other)


def test_a_line_of_another_head_noun_is_no_rival_of_a_list_of_kinds(tmp_path):
    """'Visibility timeout' listed beside 'Standard queue', 'FIFO queue' and 'Dead-letter queue': the
    list names its kinds by the head noun they share, and the timeout is a setting of the service,
    not a kind of queue (offered as one, graded off-type twice, r224). A line that opens by naming the
    kind ('Small claims: a court for …' among courts) is one of them whatever its name ends on."""
    notes = (
        "# Messaging\n\n## Courier Queue Service\n\n"
        "- Standard queue: delivers messages at least once, in no guaranteed order, at any volume\n"
        "- FIFO queue: delivers each message exactly once, in the order it was sent\n"
        "- Dead-letter queue: holds the messages that failed processing too many times\n"
        "- Visibility timeout: the time a consumer has to process a message before others see it\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    queues = [it for it in items if it.kind == "mapping" and it.answer_text.endswith("queue")]
    assert queues, shown
    assert all("Visibility timeout" not in it.choices for it in queues), shown


QUOTED_BOX_NOTES = """# Cell biology

## Organelles

The cell's parts, each with its own job.

> Organelles to know by heart
>
> - **Ribosome**: The organelle that synthesizes proteins from amino acids, reading messenger RNA.
> - **Lysosome**: A sac of hydrolytic enzymes that digests worn-out parts of the cell.
> - **Golgi apparatus**: Stacks of flattened membranes that package and ship molecules out of the cell.
> - **Mitochondrion**: The powerhouse that makes most of the cell's ATP by respiration.
"""


def test_a_list_in_a_quote_box_is_asked_as_any_list(tmp_path):
    """Notes set definitions in a quoted box ("> - **Lysosome**: A sac of hydrolytic enzymes …"): the box's
    list is a list of terms like any other, asked among its own labels (it was read as stray quoted
    lines, and none of it was asked)."""
    items, shown = _items_shown(tmp_path, QUOTED_BOX_NOTES)
    asked = [it for it in items if it.kind == "mapping"]
    assert asked, shown
    box = {"Ribosome", "Lysosome", "Golgi apparatus", "Mitochondrion"}
    assert all(set(it.choices) <= box for it in asked), shown
    assert all(">" not in it.prompt for it in items), shown


FIELD_TERMS_NOTES = """# History

## Historiography

### Historical concepts

There are six key historical concepts that should be taken under consideration in the analysis of history.

- **Change**: how people and events create change, the differences before and after an event
- **Continuity**: what does not change and to what extent things stay as they were
- **Causation**: why an event occurred, and what factors brought it about
- **Consequence**: the long- and short-term effects of an event on society
- **Significance**: why the event matters and the importance of some details over others
"""


def test_a_heading_that_names_a_fields_concepts_names_their_kind(tmp_path):
    """"Historical concepts" over 'Continuity' and 'Significance' names what they are, as "Types of
    Inheritance" does: "Which historical concept is described as …?". The labels are everyday words,
    and without the kind none of them was asked; "Key concepts" still files lines of many kinds."""
    items, shown = _items_shown(tmp_path, FIELD_TERMS_NOTES)
    asked = [it for it in items if it.answer_text in ("Continuity", "Significance", "Consequence")]
    assert asked, shown
    assert all("which historical concept is described as" in it.prompt.lower() for it in asked), shown
    keyed = FIELD_TERMS_NOTES.replace("Historical concepts", "Key concepts")
    keyed = keyed.replace("six key historical", "six")
    assert not any("key concept" in it.prompt.lower() for it in _items_of(tmp_path, keyed))


BOLD_LED_NOTES = """# Historiography

## Lenses

There are several schools of thought historians fall under when they explain why history happens.

- The **great people** lens holds that individuals create change, and that without them history would differ.
- The **Marxist** lens focuses on class conflict between the exploiter and the exploited.
- The **Toynbee** lens regards the response of people to crises as the largest cause of events.
- The **feminist** lens states that history should reflect the experience of women and men equally.

## Constructs

- **arrays** are fixed-size collections of values that share one type
- **tuples** are collections of values of different types, grouped together, `(i32, i32, &str)`
- **closures** are anonymous functions that capture their surrounding context
- **traits** define behaviour that types have in common, like printing

## Logic

- A **conclusion** is a proposition that follows from all the others in an argument.
- An **inference** is a connection that acts as a leap between a premise and a conclusion.
- A **premise** is a statement that an argument takes as given, from which it starts.
- **Sound** arguments are of valid form and rest only on true premises.

## Permissions

- **first digit** represents the owner's permissions on the file.
- **second digit** represents the group's permissions on the file.
- **third digit** represents everyone else's permissions on the file.
"""


def test_a_run_of_lines_opening_on_a_term_in_bold_asks_each_among_the_others(tmp_path):
    """"The **Marxist** lens focuses on class conflict …" and "**arrays** are fixed-size collections …":
    a term set in bold where its line opens, then its kind, then what it does, is the line's subject
    though the glossary holds no name for it ('arrays', 'structuralist'); the run sets its terms side by
    side ("Which lens focuses on class conflict …?" among the other lenses; it read "which one lens"
    with 'lens' for a verb, or was not asked at all). A place ('**first digit**') names nothing."""
    items, shown = _items_shown(tmp_path, BOLD_LED_NOTES)
    lenses = {"Great people", "Marxist", "Toynbee", "Feminist"}
    marxist = next((it for it in items if it.answer_text == "Marxist"), None)
    assert marxist is not None, shown
    assert marxist.prompt.startswith("Which lens focuses on class conflict"), shown
    assert set(marxist.choices) <= lenses, shown
    closures = next((it for it in items if it.answer_text == "Closures"), None)
    assert closures is not None, shown
    assert closures.prompt.startswith("Which of these are anonymous functions"), shown
    assert set(closures.choices) <= {"Arrays", "Tuples", "Closures", "Traits"}, shown
    assert not any("digit" in " ".join(it.choices).lower() for it in items), shown
    # the examples in code after the saying are no part of the stem
    assert not any("i32" in it.prompt for it in items), shown
    # a term of one kind ('**Sound** arguments') is no rival of terms of none ('conclusion')
    conclusion = next((it for it in items if it.answer_text == "Conclusion"), None)
    assert conclusion is not None and "Sound" not in conclusion.choices, shown


def test_a_quoted_name_and_its_meaning_is_a_labelled_line(tmp_path):
    """'"Retain" : volume remains with all data after using it.': a setting's values written in quotes,
    as a config spells them, each with what it means, are a list of labels like any other (read as
    plain lines, none was asked). Each is asked by its line among the others."""
    notes = (
        "# Storage\n\n## Reclaim policies\n\n"
        "- Reclaim policy types: what happens to a volume once its claim is released.\n"
        '    - "Retain" : volume remains with all data after using it.\n'
        '    - "Recycle": volume is not deleted but all data in the volume is wiped clean.\n'
        '    - "Delete" : volume is removed from the cluster after using it.\n'
        "    - “Archive”: volume is copied to cold storage and kept read only for a year.\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    asked = [it for it in items if it.answer_text == "Retain"]
    assert asked, shown
    assert set(asked[0].choices) <= {"Retain", "Recycle", "Delete", "Archive"}, shown
    assert all('"' not in c and "“" not in c for it in items for c in it.choices), shown


def test_a_typed_answer_one_slip_from_another_term_of_the_notes_is_wrong(tmp_path):
    """'Abience' (an urge to withdraw) typed for 'Adience' (an urge to approach) is one letter off, which
    the typo allowance forgave: the opposite term was marked right (graded BAD twice, r241). A blank
    knows the notes' terms a slip away from its answer, and those are wrong; a slip of the answer
    itself, or its plural, is still right."""
    notes = (
        "# Social psychology\n\n## Urges\n\n"
        "#### Abience\nA psychological urge to withdraw from a situation or object.\n\n"
        "#### Adience\nA psychological urge to accept or approach a situation or object.\n\n"
        "#### Conformity\nConformity is the act of matching attitudes, beliefs and behaviours to group "
        "norms.\n"
    )
    builder = _builder_of(tmp_path, notes)
    blank = _cloze_item("The term for “an urge to approach a situation” is ____.", "Adience")
    item = builder.with_near_terms(blank)
    assert item.near == ("Abience",)
    assert not grade(item, "Abience") and not grade(item, "abience")
    assert grade(item, "Adience") and grade(item, "adiense") and grade(item, "Adiences")
    # a record read back keeps them; a blank with no such neighbour keeps its whole allowance
    assert not grade(QuizItem.from_record(item.to_record()), "Abience")
    other = builder.with_near_terms(_cloze_item("____ is matching attitudes to group norms.", "Conformity"))
    assert other.near == () and grade(other, "conformaty")
    from bot.quiz.audit import format_audit

    assert "‘Abience’ is wrong" in format_audit(1, item)


def test_table_rows_that_go_on_from_an_unnamed_thing_are_not_asked(tmp_path):
    """"| + CuBr (Sandmeyer) | ArBr |" under "Diazonium Salt Reactions (ArN₂⁺)": each row adds a reagent
    to a salt only the heading names, and "What is the product of the reaction + CuBr?" leaned on it
    (graded BAD seven times of seven, r241). A table of things, beside it, is still asked."""
    notes = (
        "# Amines\n\n## Key Reactions\n\n### Diazonium Salt Reactions (ArN₂⁺)\n\n"
        "| Reaction | Product |\n|---|---|\n"
        "| + H₂O/H⁺ (heat) | ArOH (phenol) |\n| + CuCl (Sandmeyer) | ArCl |\n| + CuBr (Sandmeyer) | ArBr |\n"
        "| + CuCN (Sandmeyer) | ArCN |\n| + KI | ArI (no copper needed) |\n\n"
        "### Named tests\n\n"
        "| Test | Reagent | Positive result |\n|---|---|---|\n"
        "| Tollens | Ammoniacal silver nitrate | Silver mirror on the tube wall |\n"
        "| Fehling | Copper(II) tartrate complex | Brick-red precipitate of copper oxide |\n"
        "| Iodoform | Iodine with sodium hydroxide | Yellow precipitate with an antiseptic smell |\n"
        "| Carbylamine | Chloroform with alcoholic potash | Foul-smelling isocyanide |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text in ("Tollens", "Fehling", "Iodoform", "Carbylamine") for it in items), shown
    assert not any("+" in it.prompt or any(c.startswith("+") or c.startswith("Ar") for c in it.choices)
                   for it in items), shown


def test_a_course_s_logistics_are_no_terms(tmp_path):
    """"Lecturer: J-dude again", "QUIZ SCHEDULE: available on Wattle (first in week 3)", "Text Book: check
    Wattle …": the lines atop a student's course notes say how the course runs; asked, "Which one is
    described as “available on Wattle”?" among 'Lecturer' and 'Text Book' was graded BAD twice (r242).
    The terms the same notes define are still asked."""
    notes = (
        "# FINM2001\n\n"
        "Lecturer: J-dude again, consultations on Tuesday afternoons in the usual room\n"
        "QUIZ SCHEDULE: available on the course site (first one in week 3)\n"
        "Text Book: check the course site, grab a second hand copy at some point\n"
        "Office hours: Tuesday 1-3 in room 4.05 of the business school building\n\n"
        "## Payout policy\n\n"
        "- **Declaration Date**: The date on which the board of directors authorizes the payment of a "
        "dividend.\n"
        "- **Record Date**: The date by which shareholders must be registered to receive the dividend.\n"
        "- **Payable Date**: The date on which the firm mails dividend cheques to its registered "
        "shareholders.\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "Declaration Date" for it in items), shown
    logistics = {"lecturer", "quiz schedule", "text book", "office hours"}
    assert not any(c.lower() in logistics for it in items for c in (*it.choices, it.answer_text)), shown


def test_a_comparison_table_s_aspects_are_not_asked_when_a_column_has_a_gloss(tmp_path):
    """"| Feature | Subnetting | NAT (Network Address Translation) |": the corner says the rows are
    aspects and the columns the things compared; the gloss made 'NAT' four words long, too long for a
    thing's name, and the aspects were asked as things ("Which feature has the subnetting “Requires
    careful planning …”?" among 'Operation', 'Scalability': graded WEAK or BAD eighteen times of
    eighteen, r242)."""
    notes = (
        "# Networks\n\n## NAT vs Subnetting\n\n"
        "| Feature | Subnetting | NAT (Network Address Translation) |\n|---|---|---|\n"
        "| **Definition** | Dividing a network into smaller network segments. | Remapping one IP "
        "address space "
        "into another by rewriting packet headers. |\n"
        "| **Primary Use** | Creating smaller, manageable networks from a larger one. | Letting many private "
        "devices share a single public IP address. |\n"
        "| **Configuration** | Requires careful planning of ranges and subnet masks. | Configured on routers "
        "and firewalls with static or dynamic mappings. |\n"
        "| **Visibility** | Subnets are visible inside and outside when routed. | Internal addresses stay "
        "hidden from the external network. |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    aspects = {"Definition", "Primary Use", "Configuration", "Visibility"}
    assert not any(set(it.choices) & aspects for it in items), shown
    assert not any(it.prompt.startswith("Which feature") for it in items), shown


def test_a_name_a_file_writes_in_capitals_keeps_them_where_a_file_name_lowers_it(tmp_path):
    """'tcp.md' has no title line, so its file name titles it, and the glossary took 'tcp' for the
    name: "What are the use cases of “tcp”?" (graded odd six times, r242). The notes write TCP."""
    (tmp_path / "tcp.md").write_text(
        "TCP packets carry headers added by encapsulation.\n\n"
        "TCP closes a connection once the other device has received all of the data.\n",
        encoding="utf-8",
    )
    (tmp_path / "udp_compare.md").write_text(
        "# TCP vs UDP\n\n| Feature | TCP | UDP |\n|---|---|---|\n"
        "| **Use Cases** | Web, email, file transfer, SSH | DNS, streaming, gaming, VoIP |\n"
        "| **State** | Stateful (tracks connection) | Stateless |\n"
        "| **Ordering** | Data arrives in order (sequence numbers) | No ordering guarantees |\n",
        encoding="utf-8",
    )
    chunks, glossary = _load(tmp_path)
    assert glossary.lookup("tcp").name == "TCP"
    items = generate_items(chunks, glossary)
    assert not any("tcp" in it.prompt for it in items), [it.prompt for it in items]


def test_questions_numbered_with_a_letter_are_no_terms(tmp_path):
    """"Q1 - Week 5 material …", "Q2 - IRR. Know everything about it": an exam's questions numbered
    with a letter, as a student lists them, name nothing; asked ("Which one is described as “IRR …”?"
    among 'Q1', 'Q3') or offered beside 'Capital Structure' they were graded BAD four times and WEAK
    twice (r242). Names a letter and a number spell and the notes use in their sentences ('SN1', 'SN2')
    are still asked."""
    notes = (
        "# Finance\n\n## Mid-sem\n\n"
        "Q1 - Week 5 material, lectures and tutorials, fair value questions\n\n"
        "Q2 - IRR, know everything about it, probably the hardest part\n\n"
        "Q3 - NPV and leasing, comparing outright purchase with borrowing to buy\n\n"
        "**Capital Structure**: The relative mix of debt, equity and other securities a firm has "
        "outstanding.\n\n"
        "**Unlevered Firm**: A firm with no debt, whose equity is unlevered equity.\n\n"
        "**Weighted Average Cost of Capital**: The rate used to discount free cash flows of the firm.\n\n"
        "## Substitution\n\n"
        "- SN1: substitution in two steps through a carbocation, giving a racemic mixture.\n"
        "- SN2: substitution in one concerted step with backside attack and inversion.\n\n"
        "Tertiary halides react by SN1, and methyl halides by SN2 only.\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any(c in ("Q1", "Q2", "Q3") for it in items for c in (*it.choices, it.answer_text)), shown
    assert any(it.answer_text in ("SN1", "SN2") for it in items), shown


def test_a_lecture_number_that_heads_sections_is_no_term(tmp_path):
    """"L15: Deadweight loss of tax is bigger when tax t is larger", a line under lectures headed L1 …
    L6, offered 'L15' beside 'progressive tax' (graded a junk distractor, r247): sections headed by one
    letter numbered 1, 2, 3 … are a course's numbering, even where a sentence names one ("some stuff
    from L2") or a lecture is left out of the notes (L4 here), and set no stem in a lecture ("In “L6”")."""
    lectures = {
        1: "Scarcity means choices.", 2: "Supply and demand meet.", 3: "Elasticity measures response.",
        5: "Markets clear at equilibrium.",
    }
    notes = "# Economics\n\n" + "".join(f"## L{n}\n\n{text}\n\n" for n, text in lectures.items())
    notes += (
        "## L6\n\n(Some stuff from L2, the changing formula thingies)\n\n"
        "- excise tax: tax on a good or service, collected from the seller per unit\n"
        "- progressive tax: a tax whose rate rises with the income it is levied on\n"
        "- L3: elasticity of the supply of labour sets who bears an income tax\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any("L3" in (*it.choices, it.answer_text) or "“L6”" in it.prompt for it in items), shown


def test_a_table_of_a_figures_lettered_areas_is_not_asked(tmp_path):
    """"| Producer Surplus | C | B + C + D | + B + D |": areas of a graph the learner can't see, and the
    same letter is another column's value in the next table ("Which one has the producer surplus “C”?",
    graded BAD twice, r247). A table of single-letter values that are no sums (blood groups) is asked."""
    notes = (
        "# Trade\n\n## Exporting country\n\nWhen the world price is above the domestic price:\n\n"
        "| | Before Trade | After Trade | Change |\n|--|--|--|--|\n"
        "| Consumer Surplus | A + B | A | -B |\n| Producer Surplus | C | B + C + D | + B + D |\n"
        "| Total Surplus | A + B + C | A + B + C + D | + D |\n\n"
        "## Blood groups\n\n| Blood group | Antigen on red cells | Antibody in plasma |\n|--|--|--|\n"
        "| Group A | A | anti-B |\n| Group B | B | anti-A |\n| Group O | none | anti-A and anti-B |\n"
        "| Group AB | A and B | none |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any("Trade" in c for it in items for c in it.choices), shown
    assert any(it.answer_text.startswith("Group") for it in items), shown


def test_a_worked_examples_counts_without_a_unit_are_not_asked(tmp_path):
    """"| Repairs Produced | 10 | 7 | 17 |" under "| 24hr Day | Martha | Ruth | Total |": the numbers
    of one worked example, with no word of what they measure ("What is the martha of the day Repairs
    Produced?" among '2 1/2', '11', '10', graded BAD, r247). Numbers under a column that names its unit
    ("Energy Increase (KJ/mol)") are measured values, and asked."""
    notes = (
        "# Trade\n\n## Gains from trade\n\nRuth offers to make 1 repair for Martha. Martha makes 1 less "
        "repair but spends more time cooking and offers 1.5 meals to Ruth.\n\n"
        "| 24hr Day | Martha | Ruth | Total|\n|--|--|--|-:|\n|**No Trade** | | | |\n"
        "| Repairs Produced and Consumed| 11 | 6 | 17|\n| Meals Produced and Consumed | 2 | 2 | 4 |\n"
        "| **With Trade** |\n| Repairs Produced | 10 | 7 | 17 |\n|Meals Produced | 4 | 1 | 5 |\n| |\n"
        "| Repairs Traded | +1 received | -1 given | |\n"
        "| Meals Traded | -1 1/2 given | + 1 1/2 received | |\n"
        "| Repairs consumed | 11 | 6 | 17 |\n| Meals consumed | 2 1/2 | 2 1/2 | 5 |\n\n"
        "## Strain\n\n| Type of interaction | Energy Increase (KJ/mol) |\n|--|--|\n"
        "| H,H eclipsing | 4.0 |\n| H,CH₃ eclipsing | 6.0 |\n| CH₃,CH₃ eclipsing | 11 |\n"
        "| gauche CH₃ groups | 3.8 |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any("martha" in it.prompt.lower() or "Repairs" in it.prompt for it in items), shown
    assert any("eclipsing" in it.prompt or "eclipsing" in it.answer_text for it in items), shown


def test_a_short_root_made_a_longer_word_gives_the_answer_away():
    """"Which of these describes Tax Burden on the Third Estate?" with the one description that says
    "bore the brunt of taxation" (graded BAD, r242): 'tax' is too short a root for the shared-root rule,
    and 'taxation' is tax with an ending. A root no rival shares is matched by its ending too; one
    every choice says ('Sugars' of 'sugar') tells nothing."""
    import dataclasses

    from bot.quiz.quality import problems

    asked = QuizItem(
        "z", "definition", "Which of these describes Tax Burden on the Third Estate?",
        ("Lavish court at Versailles drained the treasury",
         "Commoners bore the brunt of taxation while clergy and nobility were exempt",
         "Led to food shortages, rising prices and famine"),
        1, "Tax Burden: Commoners bore the brunt of taxation", "f.md › A", "A",
    )
    assert "gives the answer away" in problems(asked)
    fair = dataclasses.replace(asked, prompt="Which of these describes Debt Crisis?", answer=0)
    assert "gives the answer away" not in problems(fair)


def test_sibling_sections_read_as_a_table_are_on_their_parents_topic_and_a_rival_says_a_long_clue_too(
    tmp_path,
):
    """Drug classes each with "**Usage**:" and "**Side Effects**:" are a table's rows. The post's title
    named the first row's section ("Quiz · ACE Inhibitors" over a question on Alpha-Blockers, graded a
    wrong title, r247): it is their parent's topic, and each row is cited where its section is, however
    the heading spells it ('2. Alpha-Blockers'). "Reduce blood pressure by dilating blood vessels" was
    asked beside Direct Vasodilators, whose usage says every word of it ("Directly dilate blood vessels,
    reducing blood pressure"; two right answers, r247): only clues of four words were checked so."""
    notes = (
        "# Anti-Hypertensive Drugs\n"
        "\n"
        "## 1. ACE Inhibitors\n"
        "\n"
        "- **Examples**: `Captopril`, `Enalapril`\n"
        "- **Usage**: Prevent conversion of angiotensin I to angiotensin II, reducing blood pressure\n"
        "- **Side Effects**: Dry cough, hyperkalemia, angioedema\n"
        "\n"
        "## 2. Alpha-Blockers\n"
        "\n"
        "- **Examples**: `Prazosin`, `Doxazosin`\n"
        "- **Usage**: Reduce blood pressure by dilating blood vessels\n"
        "- **Side Effects**: Orthostatic hypotension, dizziness, reflex tachycardia\n"
        "\n"
        "## 3. Central Alpha Agonists\n"
        "\n"
        "- **Examples**: `Clonidine`, `Methyldopa`\n"
        "- **Usage**: Reduce sympathetic outflow, lowering blood pressure\n"
        "- **Side Effects**: Sedation, dry mouth, rebound hypertension\n"
        "\n"
        "## 4. Direct Vasodilators\n"
        "\n"
        "- **Examples**: `Hydralazine`, `Minoxidil`\n"
        "- **Usage**: Directly dilate blood vessels, reducing blood pressure\n"
        "- **Side Effects**: Reflex tachycardia, fluid retention, lupus-like syndrome\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert items and all(it.topic == "Anti-Hypertensive Drugs" for it in items), [it.topic for it in items]
    blockers = [it for it in items if it.answer_text == "Alpha-Blockers"]
    assert blockers and all(it.source.endswith("› Alpha-Blockers") for it in blockers), shown
    assert not any("dilating" in it.prompt and "Direct Vasodilators" in it.choices for it in items), shown


def test_a_dose_is_an_aspect_of_the_line_above_not_one_of_the_list(tmp_path):
    """"- **Dose**: 0.5 mg for < 34 weeks …" under a line on vitamin K1, among 'Multivitamins' and
    'Folic acid': the dose of the line above, asked as "Which Vitamin Supplement is described as …?"
    with 'Dose' the key (graded BAD) and offered beside folic acid (WEAK, r247)."""
    notes = (
        "# Preterm babies\n\n## Management\n\n#### Vitamin Supplements\n\n"
        "- All preterm babies must receive `IM Vit K1` after birth to prevent haemorrhagic disease.\n"
        "- **Dose**: `0.5 mg` for < 34 weeks of gestation, `1 mg` for > 34 weeks\n"
        "- **Multivitamins**: starts from Day 7-14\n"
        "- **Folic acid**: `1 mg/day` from Day 7-14 till 3 months of age\n"
        "- **Iron supplementation**: `2mg/kg` starts only at 6-8 weeks after birth\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "Folic acid" for it in items), shown
    assert not any("Dose" in (*it.choices, it.answer_text) for it in items), shown


def test_a_mark_that_leaves_a_cell_empty_is_no_value(tmp_path):
    """"| **Total** | SST | $n - 1$ | $\\times$ | $\\times$ |": the ANOVA table's '×' leaves a cell empty,
    and "Which source has the mean square (MS) “×”?" made no sense (graded BAD, r248); so does a dash or
    "N/A". The cells that hold values are asked."""
    notes = (
        "# Linear Regression\n\n## ANOVA Table\n\nWe use an ANOVA table to assess the regression model:\n\n"
        "| Source | SS (Sum of Squares) | df (Degrees of Freedom) | Mean Square (MS) |\n"
        "| --- | --- | --- | --- |\n"
        "| **Regression** | SSR | $k$ (number of predictors) | $MSR = \\frac{SSR}{k}$ |\n"
        "| **Residual (Error)** | SSE | $n - (k + 1)$ | $MSE = \\frac{SSE}{n-(k+1)}$ |\n"
        "| **Total** | SST | $n - 1$ | $\\times$ |\n| **Lack of fit** | SSLF | — | N/A |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text in ("SSR", "SSE", "SST") or "SST" in it.prompt for it in items), shown
    assert not any(c in ("×", "—", "N/A") for it in items for c in (*it.choices, it.prompt[-4:-2])), shown
    assert not any("“×”" in it.prompt or "“—”" in it.prompt or "“N/A”" in it.prompt for it in items), shown


def test_a_state_whose_line_opens_on_an_arrow_of_a_flow_is_asked(tmp_path):
    """"**Pending:** API->etcd, pod created, pod id created, but not running on the node." among a pod's
    states: its line was read as code by the arrow, and the one state of five a teacher asks first was
    never asked."""
    notes = (
        "# Pods\n\n#### Pod: Life Cycle\n"
        "- **Pending:** API->etcd, pod created, pod id created, but not running on the node.\n"
        "- **Creating:** Scheduler take pod from etcd, assing on node. Kubelet on the Node pull images.\n"
        "- **ImagePullBackOff:** Kubelet can not pull image from registry. E.g. Image name is fault.\n"
        "- **Succeeded:** If the container closes successfully without error, it converts to succeed.\n"
        "- **CrashLoopBackOff:** If restart policy is always and container closes again and again, it "
        "restarts again and again.\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "Pending" and "Creating" in it.choices for it in items), shown


def test_a_label_that_makes_a_remark_or_a_clause_names_nothing(tmp_path):
    """"**Tension exists:** Operating side gets daily pushback …", "**Historical note:** McKinsey
    pioneered …" beside 'CSO', and "**Israeli examples:** Osherod, Ami Levi" beside 'Aldi/Hofer': lead-ins
    asked and offered as things (graded BAD twice and WEAK twice, r250)."""
    notes = (
        "# Strategy\n\n## Organizational Structure\n\n### Key Points:\n\n"
        "- **CSO (Chief Strategy Officer):** Relatively new role (last ~30 years)\n"
        "- **Tension exists:** Operating side gets daily pushback, wants different direction than strategy\n"
        "- **Historical note:** McKinsey pioneered strategic consulting before in-house CSO roles existed\n\n"
        "## Cost Focus\n\n- **Examples:**\n"
        "  - **Aldi/Hofer:** Lower-priced supermarket targeting cost-conscious consumers\n"
        "  - **Regal Cinema:** Only in cities with fewer than 200,000 people, slightly cheaper than chains\n"
        "  - **Israeli examples:** Osherod, Ami Levi, Rami Levy\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    gone = ("Tension exists", "Historical note", "Israeli examples")
    assert not any(g in (*it.choices, it.answer_text) for it in items for g in gone), shown


def test_times_told_by_the_line_before_name_nothing(tmp_path):
    """"- Week 1-2: Full 60-second emotional ad" then "- Following weeks: …", "- Later stages: …",
    "- Final stage: …": steps of one campaign, asked as "Which one is described as “Feature-focused ads
    (consideration)”?" (graded BAD five times, r251). A list of stages that name themselves ('Awareness
    stage', 'Consideration stage') is still asked."""
    notes = (
        "# Marketing\n\n## Commercial\n\n**Campaign Structure**:\n"
        "- Week 1-2: Full 60-second emotional ad (TV)\n- Following weeks: 30-second and 15-second versions\n"
        "- Later stages: Feature-focused ads (consideration)\n"
        "- Final stage: Discount/promotion ads (conversion)\n\n"
        "## Funnel\n\n- **Awareness stage**: people first hear of the brand through broad reach ads\n"
        "- **Consideration stage**: people compare the brand with its rivals and read reviews\n"
        "- **Conversion stage**: people buy, often nudged by a discount or a limited offer\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "Consideration stage" for it in items), shown
    gone = ("Following weeks", "Later stages", "Final stage")
    assert not any(g in (*it.choices, it.answer_text) for it in items for g in gone), shown


def test_things_set_out_by_marked_bold_lines_are_asked_among_each_other(tmp_path):
    """Security notes that set each attack out as "🟢 **Virus**" over its definition ("A type of malware
    that, when executed, replicates itself …") asked none of them: the marked line was no heading, and
    the definitions had no subject. Each is a section of its own and asked among its siblings; an
    aspect set out the same way ("🟢 **Defenses**") is no rival of them."""
    notes = (
        "# Attacks\n\n## **Malware**\n* Software designed to cause damage to a system.\n\n"
        "🟢 **Virus**  \n\nA type of malware that, when executed, replicates itself by modifying other "
        "computer programs and inserting its own code into those programs.\n\n"
        "🟢 **Rootkit**  \n\nA type of malware designed to modify the operation of the operating system "
        "to facilitate nonstandard functionality.\n\n"
        "🟢 **Logic Bombs**  \n\nA type of malware that is deliberately installed by an authorized user "
        "and sits dormant until some event or date invokes its malicious payload.\n\n"
        "🟢 **Defenses**  \n\nStopping malware begins with policies and procedures that eliminate the "
        "pathways used by the attacks.\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    virus = [it for it in items if it.answer_text == "Virus"]
    assert virus and all({"Rootkit", "Logic Bombs"} & set(it.choices) for it in virus), shown
    assert not any("Defenses" in (*it.choices, it.answer_text) for it in items), shown


def test_a_row_that_says_all_but_one_word_of_a_long_clue_is_no_rival(tmp_path):
    """"completely obstruct airstream in oral cavity" (stops) was asked beside flaps, "complete
    obstruction of oral cavity, but faster closure than a stop" (two right answers, graded BAD, r252):
    of a clue of five words or more, a row that says all but one of them says it too."""
    notes = (
        "# Phonetics\n\n## Manner of Articulation\n\n| type | description |\n| --- | --- |\n"
        "| **stop** | completely obstruct airstream in oral cavity |\n"
        "| **fricative** | form nearly complete obstruction in vocal tract, noise called frication |\n"
        "| **nasal** | relax and lower velum, opening nasal passage to vocal tract |\n"
        "| **approximant** | constrict vocal tract but not narrow enough to cause turbulence |\n"
        "| **flap** | complete obstruction of oral cavity, but faster closure than a stop |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    stops = [it for it in items if it.answer_text == "stop" and "obstruct airstream" in it.prompt]
    assert stops and not any("flap" in it.choices for it in stops), shown


def test_an_acronyms_plural_column_is_asked_in_the_plural_or_singular_as_its_value_is():
    """"What is the KPIs of B2C?" (graded an ungrammatical template three times, r250): 'KPIs' is the
    plural of KPI, though it ends in -is as 'analysis' does."""
    from bot.quiz.wording import _attribute_question

    assert _attribute_question("KPIs", "Leads", "B2B") == "What is the KPI of B2B?"
    assert _attribute_question("KPIs", "CPA, ROI", "Performance Marketing") == (
        "What are the KPIs of Performance Marketing?"
    )
    assert _attribute_question("Analysis", "Qualitative", "X") == "What is the analysis of X?"


def test_a_statement_that_only_quotes_someones_words_is_not_asked(tmp_path):
    """'Airlines have "very little control"' under "Biggest cost: Oil/Fuel": the professor's words, of
    what the line leaves out, asked as "Which of these have “very little control”?" among industries
    (graded BAD, r250)."""
    notes = (
        "# Strategy\n\n## Industry Structure Comparison Matrix\n\n"
        "| Industry | Barriers to Entry | Rivalry | Profitability | Key Characteristics |\n"
        "|---|---|---|---|---|\n"
        "| **Pharmaceuticals** | Very High | Low (few rivals) | Very High | Patents, FDA, huge costs |\n"
        "| **Fast Food** | Moderate | High | Moderate | Strong differentiation possible |\n"
        "| **Airlines** | Moderate-High | Very High | Low | Price wars, oil volatility |\n"
        "| **Smartphones** | High | Very High | Mixed | Rapid innovation cycles |\n"
        "| **Supermarkets** | Low | High | Low-Moderate | Convenience-based, higher prices |\n\n"
        "### Industry-Specific Cost Considerations:\n\n#### Airlines\n\n1. **Biggest cost:** Oil/Fuel\n"
        "   - Historical impact: Every penny oil goes up/down = $100M to industry\n"
        "   - Airlines have \"very little control\"\n2. Second biggest: Employees\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any("little control" in it.prompt for it in items), shown


def test_a_root_that_drops_its_e_before_an_ending_gives_the_answer_away():
    """"anything that prevents firms from entering a market" for 'Barriers to entry' (graded BAD, r247):
    'enter' drops its e in 'entry', as 'hunger' in 'hungry' and 'disaster' in 'disastrous'. A word that
    only begins so ('entropy') is no kin of it."""
    from bot.quiz.quality import problems
    from bot.text import same_root

    asked = _choice_item(
        "Which one is described as “anything that prevents firms from entering a market”?",
        ("Barriers to entry", "Natural monopoly", "Constant-cost industry"), 0,
    )
    assert "gives the answer away" in problems(asked)
    assert same_root("hungry", "hunger") and same_root("disastrous", "disaster")
    assert not same_root("entropy", "entering")


def test_everyday_rows_under_named_columns_are_aspects_whatever_the_corner_says(tmp_path):
    """"| Category | DNA | RNA |" over 'Full name', 'Sugar', 'Bases', 'Structure': 'Category' is no
    corner the rule for attributes knew, so the rows were asked as things ("Which category has
    “Single-stranded helix” under “RNA”?", graded trivial ten times of ten, r243). Rows in everyday words
    under columns that are names are the columns' aspects."""
    notes = (
        "# Molecules of life\n\n## Difference between RNA and DNA\n\n"
        "| Category | DNA | RNA |\n|---|---|---|\n"
        "| Full name | Deoxyribonucleic acid | Ribonucleic acid |\n"
        "| Sugar | Deoxyribose | Ribose |\n"
        "| Structure | Double-stranded helix | Single-stranded helix |\n"
        "| Function | Stores genetic information | Transfers genetic information for protein synthesis |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    rows = {"Full name", "Sugar", "Structure", "Function"}
    assert not any(set(it.choices) & rows or it.answer_text in rows for it in items), shown


def test_a_query_s_output_table_is_no_list_of_things(tmp_path):
    """"Answer (first 5 of 350 rows)" over "| region_name | account_name | total_orders_cost |" after a
    query: one run's rows of data ("What is the total_orders_cost of Alcoa?", graded WEAK as sample-
    output trivia eight times of nine, r243). Neither a table an "Answer:" line leads into nor one whose
    columns are a program's identifiers is asked; a table of things beside them still is, though a line
    that opens on "Results of …" leads it."""
    notes = (
        "# SQL\n\n## Joins\n\n"
        "```sql\nselect r.name as region_name, a.name as account_name\nfrom region r\n```\n\n"
        "Answer (first 4 of 350 rows)\n\n| region_name | account_name | total_orders_cost |\n|-|-|-|\n"
        "| Midwest | Abbott Laboratories | 96819.92 |\n| Midwest | AbbVie | 11243.63 |\n"
        "| Midwest | Aflac | 117862.77 |\n| Midwest | Alcoa | 19882.16 |\n\n"
        "```sql\nselect name, count(*) from web_events group by 1\n```\n\nAnswer:\n\n"
        "| name | count |\n|-|-|\n| Performance Food Group | 38 |\n| Merck | 35 |\n"
        "| Alcoa | 34 |\n| Aflac | 33 |\n\n"
        "## Named tests\n\nResults of the named tests:\n\n"
        "| Test | Reagent | Positive result |\n|---|---|---|\n"
        "| Tollens | Ammoniacal silver nitrate | Silver mirror on the tube wall |\n"
        "| Fehling | Copper(II) tartrate complex | Brick-red precipitate of copper oxide |\n"
        "| Iodoform | Iodine with sodium hydroxide | Yellow precipitate with an antiseptic smell |\n"
        "| Carbylamine | Chloroform with alcoholic potash | Foul-smelling isocyanide |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text in ("Tollens", "Fehling", "Iodoform", "Carbylamine") for it in items), shown
    data = {"Abbott Laboratories", "AbbVie", "Aflac", "Alcoa", "Merck", "Performance Food Group", "Midwest"}
    named = [it for it in items if data & {*it.choices, it.answer_text} or any(d in it.prompt for d in data)]
    assert not named, shown


def test_a_category_over_a_list_of_its_members_is_no_blank(tmp_path):
    """"- predisposing" over "+ low SES, previous delirium, impaired cognition, depression …": a category
    and its members, not a term and its definition. Typed into a blank ("The term for “dementia,
    parkinsons disease, stroke …” is ____.") another category fits as well (graded BAD twice, r243)."""
    notes = (
        "# Delirium\n\n# Risk factors/ triggers for developing delirium\n"
        "- pre-existing medical conditions\n"
        "    + dementia, parkinsons disease, psychiatry illness, stroke, sensory impairment, advanced age\n"
        "- predisposing\n"
        "    + low SES, previous delirium, impaired cognition, low education background, depression\n"
        "- delirium subtypes\n"
        "    + hyperactive, hypoactive, mixed pattern, normal psychomotor activity\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any(it.is_cloze and "," in it.prompt for it in items), shown


def test_a_category_over_members_with_asides_is_no_blank(tmp_path):
    """"**Increased calcium excretion**: kidney disease (polyuric phase), diarrhea, steatorrhea, and
    wound drainage (especially gastrointestinal)": a cause's members, an aside in brackets and an "and"
    before the last no words of theirs ("The term for “kidney disease (polyuric phase), …” is ____.",
    graded WEAK, r268: "increased calcium loss" fits as well)."""
    notes = (
        "# Hypocalcemia\n\nA serum calcium level below the normal range. This may be caused by:\n\n"
        "1. **Increased calcium excretion**: kidney disease (polyuric phase), diarrhea, steatorrhea, and"
        " wound drainage (especially gastrointestinal)\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any(it.is_cloze and "steatorrhea" in it.prompt for it in items), shown

def test_who_named_a_term_is_no_blank_of_it(tmp_path):
    """"#### Folkways" over "A term introduced by William Graham Sumner in 1906.": who named the term,
    not what it is; the same book named 'mores' as well ("The term for “a term introduced by …” is
    ____.", graded BAD, r243). A heading term whose line says what it is still makes its blank."""
    notes = (
        "# Social psychology\n\n## Terms\n\n"
        "#### Folkways\nA term introduced by William Graham Sumner in 1906.\n\n"
        "#### Abience\nA psychological urge to withdraw from a situation or object.\n\n"
        "#### Adience\nA psychological urge to accept or approach a situation or object.\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text in ("Abience", "Adience") for it in items), shown
    assert not any(it.answer_text == "Folkways" for it in items), shown


def test_a_letter_struck_for_another_in_a_long_word_is_a_typo_not_posted(tmp_path):
    """"the way a firm chosses between the alternative ways to distribute free cash flow": 'chosses' is
    'chooses' with one letter struck for another, which the slip rule (swapped, dropped or doubled
    letters) did not see, and the typo was posted (graded WEAK, r245). A long word one letter off a word
    written very often is a slip; terms of art so near a rarer word ('kinases') are not."""
    from bot.text import slip_of

    assert slip_of("chosses") is not None
    assert slip_of("kinases") is None and slip_of("haemoglobin") is None
    notes = (
        "# Finance\n\n## Payout\n\n"
        "**Payout Policy**: the way a firm chosses between the ways to distribute free cash flow.\n\n"
        "**Dividend Smoothing**: the practice of maintaining relatively constant dividends over time.\n"
    )
    builder = _builder_of(tmp_path, notes)
    assert builder._misspelled("the way a firm chosses between the ways") == "chosses"
    assert builder._misspelled("the practice of maintaining relatively constant dividends") is None


def test_a_list_of_situations_after_when_is_no_list_of_things(tmp_path):
    """"### Use TCP When:" over "**Data integrity is critical** — every byte must arrive correctly",
    "**Reliability is required** — lost packets must be retransmitted": each label is a situation, and
    one line fits two of them (graded BAD twice, r245). A list of things beside it is still asked."""
    notes = (
        "# Transport\n\n### Use TCP When:\n\n"
        "- **Data integrity is critical** — every byte must arrive correctly (file transfers, web pages).\n"
        "- **Order matters** — data must be processed in sequence (database transactions).\n"
        "- **Reliability is required** — lost packets must be retransmitted (email delivery).\n\n"
        "### Flags\n\n"
        "- **SYN**: opens a connection and carries the initial sequence number.\n"
        "- **FIN**: closes the sender's half of a connection once its data is sent.\n"
        "- **RST**: aborts a connection at once, as the last resort when something failed.\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text in ("SYN", "FIN", "RST") for it in items), shown
    situations = {"Data integrity is critical", "Order matters", "Reliability is required"}
    assert not any(situations & {*it.choices, it.answer_text} for it in items), shown


def test_a_blank_the_sentence_builds_with_a_prefix_is_not_asked(tmp_path):
    """"____ is a serum calcium level lower than 9.0 mg/dL" wants 'Hypocalcemia': 'calcium' behind
    'hypo' (graded BAD, r260). A term the sentence does not spell is still asked."""
    notes = """# Mineral imbalances

## Calcium

**Hypocalcemia** is a serum calcium level lower than 9.0 mg/dL, seen after thyroid surgery and in
chronic kidney failure.

## Muscles

**Tetany** is a state of sustained involuntary muscle spasms of the hands and feet, brought on by low
mineral levels in the blood.
"""
    items = _items_of(tmp_path, notes)
    shown = [(it.prompt, it.answer_text) for it in items]
    assert not any(it.is_cloze and it.answer_text == "Hypocalcemia" for it in items), shown
    assert any(it.is_cloze and it.answer_text == "Tetany" for it in items), shown


def test_a_name_in_bold_its_line_goes_on_from_is_one_of_the_list(tmp_path):
    """Four causes, two labelled with a colon and two in bold that their line goes on from ("3.
    **Decreased water intake** leading to …"): all four are the list's things, so the labelled two are
    asked among them, never as an either-or of two (graded WEAK twice, r260). A bold subject of a
    sentence ("**Hypolipidemics** may be used …") is no thing of a list of conditions."""
    notes = """# Fluid balance

## Hypernatremia

A serum sodium level above the normal range. This is caused by:
1. **Decreased sodium excretion**: corticosteroids, Cushing's syndrome, kidney disease, hyperaldosteronism
2. **Increased sodium intake**: excessive oral sodium ingestion or sodium-containing IV fluids.
3. **Decreased water intake** leading to sodium concentration, from fasting or NPO status.
4. **Increased water loss** leading to sodium concentration: fever, hyperventilation, watery diarrhea.

## Management of kidney disease

- **Hypertension**: target a blood pressure of 130/80 with diuretics and sodium restriction
- **Diabetes Mellitus**: target a strict control of serum glucose with insulin and diet
- **Anemia**: target a hemoglobin level of 10 to 13 g/dL with iron and folic acid
- **Hypolipidemics** may be used to control dyslipidemia.
"""
    items, shown = _items_shown(tmp_path, notes)
    labelled = ("Decreased sodium excretion", "Increased sodium intake")
    causes = [it for it in items if it.answer_text in labelled]
    assert causes, shown
    assert all(len(it.choices) >= 3 and "Decreased water intake" in it.choices for it in causes), shown
    assert not any("Hypolipidemics" in it.choices for it in items), shown


def test_a_lead_in_that_points_back_sets_its_section(tmp_path):
    """"There are two main ways this attack is carried out:" under "Race Condition": two ways of what?
    The lead-in points back at the section's thing, and the post says it (its title line holds the
    setting; graded missing its heading twice, r271)."""
    notes = """# Security notes

## Threats and attacks

### Race Condition

A race condition lets an attacker slip in between two steps a program takes in a fixed order.
There are two main ways this attack is carried out:

* **Interference by an untrusted process**: The attacker inserts a piece of code in between the steps
  of a secure process.
* **Interference by a trusted process**: The attacker exploits two different processes that share
  some state in common.
"""
    items, shown = _items_shown(tmp_path, notes)
    asked = [it for it in items if "untrusted" in it.answer_text or "trusted" in it.answer_text]
    assert asked, shown
    assert all("Race Condition" in it.headline for it in asked), [(it.headline, it.prompt) for it in asked]


def test_a_line_that_says_what_the_lead_in_brings_about_is_no_description(tmp_path):
    """"a reduction in the number of all three major blood cell types:" over "**Red Blood Cells**:
    Leading to anemia, which can cause fatigue …": what the reduction brings about, a fragment that
    goes on from the lead-in, not what red blood cells are (graded WEAK, r272)."""
    notes = """# Pancytopenia

> Pancytopenia is a condition with a reduction in the number of all three major blood cell types:

1. **Red Blood Cells (RBCs)**: Leading to anemia, which can cause fatigue, pallor, and shortness of breath.
2. **White Blood Cells (WBCs)**: Leading to leukopenia, which can result in an increased risk of infections.
3. **Platelets**: Leading to thrombocytopenia, which can cause bleeding tendencies, bruising, and petechiae.
"""
    items, shown = _items_shown(tmp_path, notes)
    assert not any("Leading to" in " ".join([it.prompt, *it.choices]) for it in items), shown


def test_a_row_is_not_asked_for_its_use_among_the_other_rows_uses(tmp_path):
    """"What is Dopamine used for?" offered 'Haemodynamic support', 'Severe bradycardia' and 'Stress
    testing': a thing has uses the table leaves out, and another row's use is often one of them (graded
    two right answers five times in eight, r253-r279). Which row a use is listed for is still asked."""
    notes = """# Glazes

## Glaze comparison

| Glaze | Base | Typical use |
|-------|------|-------------|
| Celadon | Iron oxide | Tea bowls and vases |
| Tenmoku | Iron-saturated | Rice bowls and teapots |
| Shino | Feldspar | Serving plates and jars |
| Raku | Low-fire frit | Decorative bowls |
"""
    stems = _stems_of(tmp_path, notes)
    assert any(re.match(r"Which glaze (?:is used for|has the typical use) “", s) for s in stems), stems
    assert not any(re.search(r"used for\?", s) for s in stems), stems


def test_a_headings_closing_remark_is_no_part_of_the_quiz_title(tmp_path):
    """"Gravity, Isostasy and Paleomagnetism(more to add)" and "Kubernetes Components (Ref:
    Kubernetes.io)" showed in the posts' title lines: the writer's note to self and where the section
    was taken from are no part of its name (graded a leftover, r282)."""
    notes = """# Pottery

## Kiln Parts (more to add)

- **Firebox**: the chamber where the fuel burns beneath the ware
- **Flue**: the channel that draws the hot gases up and out of the kiln
- **Damper**: the sliding plate that narrows the flue to hold the heat in
- **Spyhole**: the small plugged opening through which the potter watches the cones

## Glaze Faults (Ref: The Potter's Handbook)

- **Crawling**: the glaze pulls back into beads and leaves bare clay between them
- **Crazing**: a fine web of cracks forms in the glaze as it cools faster than the body
- **Pinholing**: tiny craters open where gas escaped through the melted glaze
- **Shivering**: flakes of glaze spring off the edges because the glaze shrank too little
"""
    items, shown = _items_shown(tmp_path, notes)
    titles = {it.headline for it in items}
    assert {"Kiln Parts", "Glaze Faults"} <= titles, titles


def test_a_term_said_to_be_when_something_happens_is_asked_what_it_is_called(tmp_path):
    """"*Vertical conflicts* are when the producer and distributor have different incentives" was asked
    "Which of these are when …?" (graded awkward wording, r261): a teacher asks what it is called."""
    notes = """# Harbours

## Harbour disputes

* Harbour disputes come in two kinds:
	* *Mooring disputes* are when two captains claim the same berth on one tide
	* *Toll disputes* are when a harbour raises its fees on the ships of one flag
"""
    stems = _stems_of(tmp_path, notes)
    assert "What is it called when two captains claim the same berth on one tide?" in stems, stems
    assert not any(" when " in s and s.startswith("Which") for s in stems), stems


def test_a_file_of_several_chapters_titles_each_question_by_its_chapter(tmp_path):
    """"# Anatomical Barriers", "# Complement System", …: the commonest chapter of a file of several was
    taken for the file's title and left out, so questions on the complement system's outcomes were
    titled "Outcomes" alone (outcomes of what?, graded missing context, r283). No chapter holding half
    the file or less is its title."""
    notes = """# Clay Bodies

## Earthenware
Fired at low heat, earthenware stays porous unless it is glazed.

## Stoneware
Fired hot enough to vitrify, stoneware holds water without a glaze.

# Glazes

## Ash Glaze
Wood ash melted with clay gives a runny green or brown glaze.

## Salt Glaze
Salt thrown into the hot kiln leaves an orange-peel surface on the ware.

# Kiln Firing

## Stages

- **Candling**: the kiln is held just below boiling point to drive out the last water
- **Bisque**: the first firing that turns dry clay into hard porous ware
- **Glost**: the second firing that melts the glaze onto the bisque ware

## Outcomes

- **Vitrification**: the clay body fuses into a glassy mass that holds water
- **Bloating**: trapped gases swell the body into blisters when the heat rises too fast
- **Dunting**: cracks open across the ware when it cools too quickly through quartz inversion

## Kiln Care
Kiln shelves are coated with kiln wash so that drips of glaze do not fuse the ware to them.
"""
    items, shown = _items_shown(tmp_path, notes)
    fired = [it for it in items if it.answer_text in {"Dunting", "Bloating", "Candling"}]
    assert fired and all(it.headline.startswith("Kiln Firing") for it in fired), [it.headline for it in fired]


def test_a_title_that_names_every_choice_stays_over_the_question(tmp_path):
    """"Which one has the utilization “Hard, only aerobically”?" was posted with no title at all: its
    heading, "Fat vs Carbohydrate", names the key and was left out as a giveaway (graded odd, the topic
    missing, r284). A title that names every choice gives none away."""
    notes = """# Fibres

## Angora vs Mohair

Knitters choose between the two most often.

The big differences are:

|             | Angora                | Mohair                     |
|-------------|-----------------------|----------------------------|
| Warmth      | Warm even when damp   | Cold once it is wet        |
| Drying      | Slow, heavy when wet  | Quick in the sun and wind  |
| Stretch     | Springs back to shape | Sags and stays stretched   |
"""
    items, shown = _items_shown(tmp_path, notes)
    which = [it for it in items if "apart from" in it.prompt]
    assert which and all(it.headline == "Angora vs Mohair" for it in which), [it.headline for it in which]


def test_one_word_of_a_longer_key_in_the_topic_keeps_the_topic_over_the_question(tmp_path):
    """"What is the use case of MQ?" (key "Migrating existing messaging systems") was posted with no
    title: its topic, "Messaging & Event-Driven Architectures", shares 'messaging' with the key, and was
    left out as naming it (graded BAD twice, the topic missing, r251). One word of a longer key is the
    topic's; a title names the key when it holds half its own words."""
    notes = """# Ceramics

## Glazing and Firing

### Celadon vs Tenmoku

|          | Celadon                          | Tenmoku                          |
|----------|----------------------------------|----------------------------------|
| Use case | Pale green glazing of porcelain bowls | Dark iron coats on stoneware teapots |
| Colourant | Iron oxide in small amounts     | Iron oxide in large amounts      |
| Kiln atmosphere | Reduction at high heat    | Oxidation or reduction           |
"""
    items, shown = _items_shown(tmp_path, notes)
    asked = [it for it in items if it.answer_text == "Use case: Pale green glazing of porcelain bowls"]
    assert asked and asked[0].headline == "Glazing and Firing", shown


def test_a_line_that_goes_on_from_its_label_as_a_clause_is_asked_as_one(tmp_path):
    """"Classical Pathway: In which the C1 binding complex binds pathogens …" was asked "Which one is
    described as “In which the C1 binding complex …”?" (graded garbled, r283): the line goes on from
    its label as a relative clause, and the stem says so."""
    notes = """# Ceramics

## Forming Methods

- **Dry pressing**: In which damp clay powder is squeezed into steel dies under great force
- **Slip casting**: In which liquid clay is poured into plaster moulds that draw out its water
- **Jiggering**: In which a spinning mould and a shaped blade form plates from a slab of soft clay
- **Extrusion**: In which stiff clay is forced through a shaped opening to make pipes and tiles
"""
    stems = _stems_of(tmp_path, notes)
    clause = "is the one in which stiff clay is forced through a shaped opening to make pipes and tiles?"
    assert any(s.endswith(clause) for s in stems), stems
    assert not any("“In which" in s for s in stems), stems


def test_a_table_of_two_is_asked_as_what_sets_one_apart(tmp_path):
    """"| Aspect | Performance Marketing | Brand Marketing |" was asked cell by cell as an either-or of the
    two ("What is the outlook of Brand Marketing?" between its cell and the other's), both ways round:
    coin flips, graded WEAK 40 times of 78. A row is asked as what sets one thing apart, among the other
    thing's cells, its own row's first (graded 55 KEEP of 65, r288). A quality said by degree ('Highly
    durable') beside a cell that says none is true of both as far as anyone knows, a row the other thing
    leaves empty sets nothing apart, a list whose members the other cell names too sets neither apart, and
    a cell that names the other thing says whose it is."""
    notes = """# Textiles

## Ramie vs Cashmere

| Aspect | Ramie | Cashmere |
| --- | --- | --- |
| Fibre source | Stalks of the nettle plant | Undercoat of goats |
| Feel | Crisp and cool against the skin | Soft and springy |
| Care | Washed hot and ironed damp | Washed cold, dried flat like felted cashmeres |
| Durability | Highly durable | Pills with wear |
| Dye uptake | Takes plant dyes slowly | |
| Blends | Cotton, silk | Nylon, hemp, jute, silk, cotton |
"""
    items = [it for it in _items_of(tmp_path, notes) if it.kind == "table"]
    assert items and not any(len(it.choices) < 3 for it in items), [(it.prompt, it.choices) for it in items]
    stem = "Which of these sets Ramie apart from Cashmere?"
    ramie = {it.answer_text: it for it in items if it.prompt == stem}
    assert "Fibre source: Stalks of the nettle plant" in ramie, list(ramie)
    assert "Fibre source: Undercoat of goats" in ramie["Fibre source: Stalks of the nettle plant"].choices
    assert any(it.prompt == "Which of these sets Cashmere apart from Ramie?" for it in items)
    offered = {c for it in items for c in it.choices}
    # (the other side of the row says what it is, and is still asked: 'Pills with wear')
    assert not any("Highly durable" in c or c.startswith("Dye uptake") for c in offered), offered
    # "Cotton, silk" beside "Nylon, hemp, jute, silk, cotton": a list the other names too sets neither apart
    assert not any(c.startswith("Blends") for c in offered), offered
    assert not any("cashmeres" in c for c in offered), offered


def test_one_name_is_asked_four_times_in_all_and_twice_from_one_passage():
    """Notes that say four different things of one name in four sections ('SNS' in a page on messaging:
    a pub-sub service, broadcasting, delivery by email or SMS, real-time updates) are four questions a
    learner can tell apart, and the bank asks them all; three steps of one example are still not three
    items with one answer: a passage gives one answer at most twice."""
    from bot.quiz.quality import curate

    said = (
        ("threshing floors", "grain is beaten from the straw"),
        ("winnowing baskets", "chaff is blown away in the wind"),
        ("granary pits", "sealed jars keep the seed dry"),
        ("quern stones", "flour is ground between two stones"),
        ("bakery ovens", "dough is baked on hot clay"),
    )

    def item(n: int, where: str, what: str, passage: str) -> QuizItem:
        return QuizItem(
            f"i{n}{passage}",
            "statement",
            f"Which village is known for {where}, where {what}?",
            ("Ashford", "Brampton", "Caldwell"),
            0,
            f"Ashford is known for {where}, where {what}.",
            f"f.md › {passage}",
            passage,
            passage,
        )

    apart = [item(n, where, what, f"section-{n}") for n, (where, what) in enumerate(said)]
    assert len(curate(apart)) == 4
    together = [item(n, where, what, "one-example") for n, (where, what) in enumerate(said)]
    assert len(curate(together)) == 2


def test_a_plural_noun_before_where_it_is_is_no_verb(tmp_path):
    """"Herpes Labialis: Vesicles at mucocutaneous junctions of the lips or nose" was asked "Which one
    vesicles at mucocutaneous junctions …?" (graded ungrammatical, r291): a plural English writes no
    '-ed' or '-ing' of, before a word of place, is a noun and what it is; "Binds to" is still a verb."""
    notes = """# Glaze faults

- **Pinholing**: Craters in the glaze surface after a fast firing
- **Crawling**: Glaze pulling back into beads from bare patches of clay
- **Shivering**: Glaze flaking off at rims and edges of the pot
- **Crazing**: A web of fine cracks running across the whole glaze
"""
    prompts = [it.prompt for it in _items_of(tmp_path, notes)]
    assert not any(" craters in the glaze" in p for p in prompts), prompts
    assert any("“Craters in the glaze surface after a fast firing”" in p for p in prompts), prompts


def test_a_blank_under_a_lists_lead_in_keeps_its_subject(tmp_path):
    """"Eubacteria :" over "- Cell wall contains a complex organic molecule called peptidoglycan." was
    asked "Cell wall contains a complex organic molecule called ____." (graded BAD three times:
    cellulose and chitin fill it as well): the list's subject is its lead-in's, and the blank says it."""
    notes = """# Microbes

Eubacteria :
- Small single celled organisms ranging from 1 to 10 um across.
- Cell wall contains a complex organic molecule called peptidoglycan.

Fungi :
- Cell wall contains a tough organic polymer called chitin.
- Decomposers that feed on dead matter in soil and wood.
"""
    blanks = [it.prompt for it in _items_of(tmp_path, notes) if it.is_cloze]
    assert "Eubacteria: Cell wall contains a complex organic molecule called ____." in blanks, blanks
    assert not any(p.startswith("Cell wall") for p in blanks), blanks


def test_a_labelled_line_that_is_a_whole_conditional_describes_its_label(tmp_path):
    """"NoSchedule: If pod is not tolerated with this effect, it can not run on the related node": a
    condition and the main clause it governs describe the label as a sentence does; "when the price
    rises" alone stays a fragment. The first case of a numbered list under "Rules" is one rule, not
    what the heading is."""
    notes = """# Glazing

## Glaze faults

- **Crawling:** If the glaze is laid over dust, it will pull back into beads and leave bare clay.
- **Crazing:** A web of fine cracks across the glaze surface after cooling.
- **Pinholing:** Tiny holes left where gas escaped through the glaze during firing.
- **Shivering:** Flakes of glaze lost at the rims because the body shrinks more than the glaze.
- **Blistering:** When the kiln fires too fast

## Firing

### Bisque

A first firing that turns dried clay into porous ware that still takes glaze.

### Raku

A fast firing in which red-hot ware is pulled from the kiln and smoked in sawdust.

### Salt glazing

A firing in which salt thrown into the hot kiln forms a glassy orange-peel coat.

### Rules

1. If the kiln is opened above 200 degrees, the ware will crack from the cold air.
2. If a pot is still damp, it will burst in the first hour.
"""
    items, shown = _items_shown(tmp_path, notes)
    crawling = "Which glaze fault is described as “If the glaze is laid over dust, it will pull back"
    assert any(it.prompt.startswith(crawling) and it.answer_text == "Crawling" for it in items), shown
    assert not any("When the kiln fires too fast" in it.prompt for it in items), shown
    assert any(it.answer_text == "Raku" for it in items), shown
    assert not any(it.answer_text == "Rules" for it in items), shown


def test_breaks_typed_to_space_out_a_line_end_nothing_and_leave_it_askable(tmp_path):
    """"… initiate expression of the operon downstream. <br>" then "</br>" on the next line: breaks a
    note-taker types to space the lines out say nothing, and the line was dropped as markup (the genetics
    notes asked nothing at all). A break inside a line is still markup the gate turns away."""
    from bot.ingest.entries import plain

    assert plain("coats the ware in glass. <br>\n</br>") == "coats the ware in glass."
    assert plain("coats the ware<br/>") == "coats the ware"
    assert "<br>" in plain("coats the <br> ware")
    notes = """# Glazes

- **Celadon Glaze**
  A grey-green glaze coloured by a trace of iron, fired without air. <br>
  </br>
- **Tenmoku Glaze**
  A glossy black glaze that breaks to rust brown at the rims. <br>
  </br>
- **Shino Glaze**
  A thick white glaze that pits and blushes orange where it thins. <br>
  </br>
"""
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "Celadon Glaze" for it in items), shown
    assert not any("<" in it.prompt or any("<" in c for c in it.choices) for it in items), shown


def test_a_member_the_notes_call_a_type_of_another_thing_is_not_of_its_lists_kind(tmp_path):
    """'sibilants - special type of fricatives' filed under "Airstream Mechanisms" was asked "Which
    Airstream Mechanism is described as “special type of fricatives”?" and offered beside 'lingual
    sounds' (graded off-type as key and as rival, r296). A line that calls its label a type of
    something the list's kind is not says the label is of another kind: it is neither asked nor
    offered there. A type of the list's own kind ('a type of malware' under "Malware") stays."""
    notes = """# Ceramics

## Kilns

**Firing Methods**
- _raku firing_: ware pulled red-hot from the kiln and smoked in sawdust
- _pit firing_: ware buried in a pit of burning sawdust and dung overnight
- _wood firing_: a kiln fed with split logs for days until ash glazes the ware
- _celadon_ - special type of glaze
\t- grey-green
\t- iron in a reducing kiln
"""
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "raku firing" for it in items), shown
    assert not any(it.answer_text == "celadon" or "celadon" in it.choices for it in items), shown
    threats = (
        "# Threats\n\n**Malware**\n- **Rootkit**: a type of malware that hides itself\n"
        "- **Worm**: a type of malware that spreads by itself\n"
        "- **Spyware**: a kind of program that watches\n"
    )
    builder = _builder_of(tmp_path, threats)
    builder.build()
    assert not builder.typed_otherwise("Rootkit", "Malware")
    assert builder.typed_otherwise("Spyware", "Malware")


def test_two_columns_that_list_two_things_members_pair_no_rows(tmp_path):
    """"| Words that indicate preterite tense | Words that indicate imperfect tense |" lists each tense's
    words down its own column; a row's two cells say nothing of each other, and "What is the words that
    indicate imperfect tense of “ayer”?" asked nothing (graded BAD four times, r299). One plural said of
    two things is two lists; "English word" beside "Italian word" names a word and its counterpart."""
    notes = """# Pottery words

## Firing words

| Words that mean a low firing | Words that mean a high firing |
|---|---|
| bisque | glost |
| raku | stoneware heat |
| pit fire | cone ten |
| smoke firing | reduction |

## Workshop terms

| English word | Italian word |
|---|---|
| plate | piatto |
| bowl | ciotola |
| jug | brocca |
| cup | tazza |
"""
    items, shown = _items_shown(tmp_path, notes)
    assert not any("firing" in it.prompt.lower() for it in items), shown
    assert any(it.answer_text == "piatto" for it in items), shown



def test_an_either_or_of_two_names_is_asked_only_of_a_pair_the_notes_draw(tmp_path, embedder):
    """'Crazing' or 'Shivering', two faults a list merely holds together, make a coin flip whose other
    side is plainly not it: 'Encephalitis' or 'Disseminated Disease' for "Fever, headache, seizures",
    'Anemia' or 'Hypertension' for "target a blood pressure …" (of twelve such items in the banks at
    hand, the eight graded blind, r243-r300, were WEAK every time). Two the names pair ('Bisque
    firing', 'Glaze firing') or a line names together ("… fire stoneware hotter than earthenware") are
    a contrast the notes draw, and stay."""
    notes = """# Ceramics

## Glaze faults

- **Crazing**: a network of fine cracks in the glaze surface after cooling
- **Shivering**: flakes of glaze lifting off the rim of the pot

## Firings

- **Bisque firing**: the first, slow firing that hardens raw clay into porous ware
- **Glaze firing**: the second, hotter firing that melts the glaze onto the ware

## Clay bodies

- **Earthenware**: a porous body fired low, left soft enough to scratch with a knife
- **Stoneware**: a dense body fired high until it holds water without a glaze

Most studio potters fire stoneware hotter than earthenware.
"""
    (tmp_path / "notes.md").write_text(notes, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    told = generate_items(chunks, glossary, embed=embedder.encode)
    blind = generate_items(chunks, glossary)
    asked = {it.answer_text for it in told if len(it.choices) == 2}
    shown = [(it.prompt, it.choices) for it in told]
    assert any("Crazing" in it.choices for it in blind)
    assert not any({"Crazing", "Shivering"} & set(it.choices) for it in told), shown
    assert not any("fine cracks" in " ".join(it.choices) for it in told), shown
    assert {"Bisque firing", "Glaze firing"} & asked, shown
    assert {"Earthenware", "Stoneware"} & asked, shown


def _hive_notes() -> str:
    """Beekeeping notes whose section on the hive is headed "Hive: Basics", beside sibling sections
    that each open by saying what their subject is, and months of tasks that name the hive in passing:
    in a quarter of the passages, a central thing of the notes, not what they are about."""
    months = "March April May June July August September October November December January February"
    parts = ["# Beekeeping course\n\n## Year round\n\nEvery Hive needs water within reach of the apiary.\n"]
    for i, month in enumerate(months.split()):
        weak = f"- A weak Hive gets sealed brood from a strong one in {month}.\n" if i % 4 != 3 else ""
        parts.append(
            f"### {month} tasks\n\n- In {month} the keeper checks the frames for eggs and stores.\n{weak}"
            "- Smoke calms the bees before the lid comes off.\n"
        )
        parts.append(f"### {month} weather\n\n- Rain in {month} keeps the foragers at home for days.\n")
        parts.append(f"### {month} flowers\n\n- Clover and lime give the most nectar in {month}.\n")
    parts += [
        "## Keeping bees\n\n### Hive: Basics\n\n- **Hive** is the smallest unit that a beekeeper buys, moves"
        " and inspects.\n- Each Hive has one queen and thousands of workers.\n",
        "### Swarm\n\n- A swarm is a cluster of bees that leaves with the old queen to found a new home.\n",
        "### Brood\n\n- Brood is the eggs, larvae and pupae that the bees raise in wax cells.\n",
        "### Nectar flow\n\n- Nectar flow is the weeks when flowers give more nectar than bees eat.\n",
    ]
    return "\n".join(parts)


def test_a_section_headed_by_its_subject_and_a_colon_is_that_subjects(tmp_path):
    """"### Pod: Creating, Yaml, LifeCycle" opens with "Pod is the smallest unit that is created and
    managed in K8s", beside "### Deployment" ("A Deployment provides …"); the line was never asked:
    the heading did not read as Pod's, so Pod, in a third of the passages and the subject of no
    section, counted as what the notes are about, and was no rival of its siblings either. What a
    heading names before its colon is the section's subject, asked among its siblings' subjects."""
    items, shown = _items_shown(tmp_path, _hive_notes())
    hive = [it for it in items if it.answer_text == "Hive"]
    assert hive and "smallest unit" in hive[0].prompt, shown
    assert {"Swarm", "Brood"} <= set(hive[0].choices), shown
    swarm = next(it for it in items if it.answer_text == "Swarm")
    assert "Hive" in swarm.choices, shown


def test_an_everyday_word_met_first_in_capitals_is_offered_as_the_notes_mostly_write_it(tmp_path):
    """'POD' beside 'Deployment' and 'Namespaces': the glossary met the word first in "All PODs can
    communicate …", though a hundred lines say "Pod" or "pods". A choice is spelt as the notes mostly
    write it; a name they write in capitals half the time or more keeps them."""
    notes = (
        "# Cluster\n\n## Networking\n\nAll PODs can talk to each other. The POD keeps its IP.\n\n"
        "## Pods\n\nA Pod runs one container or more. Pods share a network namespace. Each pod has an IP.\n"
        "A pod is scheduled on a node. Pods are replaced, not repaired.\n"
    )
    from bot.quiz.generate import _Builder

    (tmp_path / "notes.md").write_text(notes)
    chunks, glossary = _load(tmp_path)
    built = _Builder(chunks, glossary, None, None, None)
    assert built._as_mostly_written("POD") == "Pod"
    assert built._as_mostly_written("PODS") == "Pods"
    loud = "# Cluster\n\nThe POD runs. A POD restarts. POD logs go to disk. A pod is small.\n"
    (tmp_path / "notes.md").write_text(loud)
    chunks, glossary = _load(tmp_path)
    assert _Builder(chunks, glossary, None, None, None)._as_mostly_written("POD") == "POD"


def test_subscripts_written_in_html_are_asked_as_a_reader_sees_them(tmp_path):
    """"**V<sub>1</sub>, V<sub>2</sub>**: septal wall" and a column "FiO<sub>2</sub>": the notes' page
    shows V₁ and FiO₂. Both were dropped as markup, and the column's name was split at the tag's slash
    ("FiO<sub>2< or sub>"); they are asked as the page reads."""
    notes = (
        "# ECG and oxygen\n\n## Lead Placement\n\n"
        "The leads that look at each wall of the heart:\n\n"
        "- **V<sub>1</sub>, V<sub>2</sub>**: septal wall\n"
        "- **V<sub>3</sub>, V<sub>4</sub>**: anterior wall\n"
        "- **V<sub>5</sub>, V<sub>6</sub>**: lateral wall\n"
        "- **II, III, AVF**: inferior wall\n"
        "- **I, AVL**: high lateral wall\n\n"
        "## Oxygen delivery\n\n"
        "| Delivery System | Flow Rate | FiO<sub>2</sub> |\n|---|---|---|\n"
        "| Nasal Cannula | 1-6 L/min | 24% to 44% |\n"
        "| Simple Face Mask | 5-8 L/min | 45% to 60% |\n"
        "| Non-Rebreather Face Mask | 10-15 L/min | 80% to 100% |\n"
        "| Venturi Mask | 4-12 L/min | 24% to 50% |\n"
    )
    items = _items_of(tmp_path, notes)
    shown = [" ".join([it.prompt, *it.choices, str(it.answer_text)]) for it in items]
    assert any("V₁, V₂" in it.choices for it in items), shown
    assert any("FiO₂" in it.prompt for it in items), shown
    assert not any(re.search(r"</?su[bp]|sub>", s) for s in shown), shown


def test_a_tables_names_written_as_links_are_asked_as_their_words(tmp_path):
    """"| [19th](https://constitutioncenter.org/…) | Established that women were granted the right to
    vote |": the page shows the link's words. Every row was dropped as a link; the rows are asked by
    those words, and no item shows an address."""
    base = "https://constitutioncenter.org/interactive-constitution/amendments/amendment-"
    notes = (
        "# Voting rights\n\n## Amendments that widened the vote\n\n"
        "| Amendment | Summary | Historical context |\n|---|---|---|\n"
        f"| [15th]({base}xv) | Forbids denying the vote on account of race | Reconstruction after the war |\n"
        f"| [19th]({base}xix) | Forbids denying the vote on account of sex | Women's suffrage |\n"
        f"| [24th]({base}xxiv) | Bans poll taxes in federal elections | Taxes kept poor voters away |\n"
        f"| [26th]({base}xxvi) | Sets the voting age at 18 | Drafted at 18 but unable to vote |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "19th" and "suffrage" in it.prompt for it in items), shown
    assert not any("](" in s or "http" in s for it in items for s in (it.prompt, *it.choices)), shown


def test_a_worksheets_column_is_asked_as_a_description_and_three_measures_in_one_are_not_asked(tmp_path):
    """A column headed "Summarize amendment" asks for a description: "Which amendment has the summarize
    amendment …?" was graded ungrammatical three times (r311). A column "GDP/GDP per capita/gini" holds
    three measures at once, no one property of its row ("has the GDP or GDP per capita or gini")."""
    notes = (
        "# Voting rights\n\n## Amendments that widened the vote\n\n"
        "| Amendment | Summarize amendment | Historical context |\n|---|---|---|\n"
        "| Fifteenth | Forbids denying the vote on account of race | Reconstruction after the war |\n"
        "| Nineteenth | Forbids denying the vote on account of sex | The women's suffrage movement |\n"
        "| Twenty-fourth | Bans poll taxes in federal elections | Taxes kept poor voters away |\n"
        "| Twenty-sixth | Sets the voting age at 18 | Drafted at 18 but unable to vote |\n\n"
        "## Classifying nations\n\n"
        "| Nation | Freedom score | GDP/GDP per capita/gini |\n|---|---|---|\n"
        "| Mexico | 60/100 | 1.2 trillion, 9,900 per capita, 45% |\n"
        "| Nigeria | 45/100 | 0.4 trillion, 2,500 per capita, 35% |\n"
        "| Iran | 16/100 | 0.2 trillion, 7,000 per capita, 42% |\n"
        "| China | 9/100 | 17.7 trillion, 12,500 per capita, 38% |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any("described by “Bans poll taxes in federal elections”" in it.prompt for it in items), shown
    assert not any("summarize amendment" in it.prompt.lower() for it in items), shown
    assert any(it.answer_text == "16/100" and "Iran" in it.prompt for it in items), shown
    assert not any("GDP" in it.prompt or "trillion" in " ".join(it.choices) for it in items), shown


@pytest.mark.parametrize(
    ("stem", "points_back"),
    [
        ("____ refers to the three-dimensional structure of a molecule.", False),
        ("____ opens a connection with the two-way handshake of the protocol.", False),
        ("____ is the one of the three that keeps its shape when heated.", True),
    ],
)
def test_a_compound_of_a_number_is_no_count_of_things_named_before(stem, points_back):
    """"the three-dimensional structure" is one word, not "the three" things of the line before: the
    blank on Stereochemistry was dropped as pointing at unseen text."""
    from bot.quiz.quality import problems

    assert ("points at unseen text" in problems(_cloze_item(stem, "Stereochemistry"))) is points_back


def test_a_blank_on_a_syndrome_named_after_someone_takes_the_name_alone(tmp_path):
    """"____ is the failure of the thymus to grow …" for 'DiGeorge syndrome': a learner types
    "DiGeorge", as the field says it (noted by a grader, r313). A name of everyday words ('Down
    syndrome' is 'Down' alone) keeps its whole name."""
    from bot.quiz.grading import grade

    notes = (
        "# Immune deficiencies\n\n## T cell defects\n\n"
        "**DiGeorge syndrome** is the failure of the thymus to grow because of embryonic defects, causing "
        "a congenital T cell defect.\n\n"
        "**Bare lymphocyte syndrome** is a lack of MHC class II molecules on antigen presenting cells, "
        "leaving the CD4 T cells without their signal.\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    blank = next((it for it in items if it.is_cloze and it.answer_text == "DiGeorge syndrome"), None)
    assert blank is not None, shown
    assert grade(blank, "DiGeorge") and grade(blank, "digeorge syndrome")
    assert not grade(blank, "syndrome")
    bare = next((it for it in items if it.is_cloze and it.answer_text == "Bare lymphocyte syndrome"), None)
    assert bare is None or not grade(bare, "Bare lymphocyte")


def test_an_either_or_is_no_pair_when_the_stem_names_the_third_of_its_kind(tmp_path):
    """"The legislative branch was meant to … limit the executive branch": asked among the Judicial and
    Legislative branches alone, with the executive left out for being named, the two were graded two
    right answers (the courts limit the president too, r313). The notes set three branches side by
    side, not a pair; a stem that names the key's parts or kind ("long chains of monosaccharides") still
    makes one."""
    notes = (
        "# AP US Government Notes\n\n## Overview of the Constitution\n\n"
        "### Separation of Powers & Checks and Balances\n\n"
        "* The **executive branch** is the second branch of government mentioned in the Constitution "
        "(Article 2, Section 1)\n"
        "* The **judicial branch** is the third branch of government mentioned in the Constitution "
        "(Article 3, Section 1)\n"
        "* The Framers of the Constitution deliberately implemented a series of checks on the powers of "
        "the different branches of government to keep them balanced\n"
        "  * Each of the branches has the power to check (i.e. limit) the other two\n"
        "  * The **legislative branch** was meant to prevent the president from becoming a tyrant and "
        "dictator like King George III, and to limit the **executive branch**\n"
        "    * The power of impeachment allows Congress to remove the President from office\n"
        "  * The **executive branch** has the ability to limit the **legislative branch**\n"
        "    * The President can veto laws passed by Congress\n"
        "  * The **judicial branch** also has the ability to limit the **executive branch**\n"
        "    * The courts can declare the President's actions unconstitutional\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any("second branch" in it.prompt for it in items), shown
    assert not any(len(it.choices) == 2 and "Legislative branch" in it.choices for it in items), shown


@pytest.mark.parametrize(
    ("described", "unseen"),
    [
        ("no one better off without another worse off: pp. 169-170", True),
        ("no one made better off without another made worse off", False),
    ],
)
def test_pages_of_the_course_book_in_a_stem_point_at_text_the_reader_has_not(described, unseen):
    """"… worse off 3 conditions for econ. effiency: pp. 169-170" (graded leftover text, r295): a page
    reference is the book the notes were taken from; the same line without it is a question."""
    from bot.quiz.quality import problems

    efficiencies = ("Pareto Efficiency", "Output Efficient", "Consumption Efficient")
    item = _choice_item(f"Which one is described as “{described}”?", efficiencies, 0)
    assert ("points at unseen text" in problems(item)) is unseen


_LEADS = ("V₃", "V₁", "V₆", "V₅")


@pytest.mark.parametrize(
    ("stem", "choices", "away"),
    [
        # 'V₃' for "Midway between V₂ and V₄" (graded a giveaway, r313): counting answers it
        ("Which lead is described as “Midway between V₂ and V₄”?", _LEADS, True),
        ("Which one comes after Phase 1 and before Phase 3?", ("Phase 2", "Phase 3", "Phase 4"), True),
        # one member named, or another choice between the two: the numbers settle nothing
        ("Which lead is described as “4th ICS, on the same level as V₄”?", _LEADS, False),
        ("Which lead is described as “Somewhere between V₂ and V₆”?", _LEADS, False),
    ],
)
def test_a_key_whose_number_the_stem_brackets_is_given_away(stem, choices, away):
    """Members of one numbered series as choices, and a stem that names two others on either side of
    the key's number with no other choice between them."""
    from bot.quiz.quality import problems

    assert ("gives the answer away" in problems(_choice_item(stem, choices, 0))) is away


MUTATION_NOTES = """---
title: Coding Sequence Mutations
---
### Silent Mutation
- Mutation of single nucleotide...
- Does not change the amino acid the codon codes for.

### Missense Mutation
- Mutation of 1 or more nucleotides within a single codon...
- Replaces the intended amino acid with a different amino acid.

### Nonsense Mutation
- Mutation of a single nucleotide that turns an amino acid's codon into a stop codon...

### Frameshift Mutation
- Insertion or deletion of nucleotides that shifts the whole reading frame.
"""


def test_a_section_line_that_trails_off_does_not_set_it_apart(tmp_path: Path):
    """"Mutation of single nucleotide..." under "Silent Mutation" was asked among the missense and
    nonsense mutations, which change a single nucleotide too (graded two right answers twice, r314):
    a line that trails off leaves what sets its section apart to the points after it."""
    items, shown = _items_shown(tmp_path, MUTATION_NOTES)
    assert not any("single nucleotide" in it.prompt or "single codon" in it.prompt for it in items), shown


def test_a_footnote_star_is_markup_and_a_name_s_own_star_is_not():
    """"(except for multiples of three*)" showed a footnote's star with its footnote out of sight; the
    'A*' of a search algorithm is its name."""
    from bot.quiz.quality import problems

    said = "Frameshift Mutation: Insertion or deletion of nucleotides (except for multiples of three*)."
    stem = "Which one is described as “Insertion or deletion of nucleotides (but for multiples of three*)”?"
    mutations = ("Frameshift Mutation", "Silent Mutation", "Nonsense Mutation")
    starred = QuizItem("f", "mapping", stem, mutations, 0, said, "notes.md", "x")
    assert "markup or a link" in problems(starred)
    stem = "Which one is described as “Best-first search guided by cost so far plus a heuristic”?"
    searches = ("A*", "Dijkstra's algorithm", "Breadth-first search")
    named = QuizItem("a", "mapping", stem, searches, 0, "A*: Best-first search …", "notes.md", "x")
    assert "markup or a link" not in problems(named)


SUICIDE_NOTES = """# Theory of Suicide

## Types of Suicide

### Egoistic Suicide

Egoistic suicide occurs when there is negative integration and group solidarity grows weak. The individual
feels isolated from society.

### Anomic Suicide

Anomic suicide occurs when there is negative integration because society undergoes rapid changes. It is
rooted in societies with a lack of regulation.

### Altruistic Suicide

Altruistic suicide occurs when the society has a very high degree of group solidarity and positive
integration. The interests of the group come first.

### Fatalistic Suicide

Fatalistic suicide occurs due to extreme regulation and extreme positive integration. Individuals
experience a high level of outside control.
"""


def test_a_rival_whose_line_says_one_limb_of_the_clue_is_not_offered(tmp_path: Path):
    """"Which one occurs when there is negative integration and group solidarity grows weak?" offered
    Anomic suicide, which "occurs when there is negative integration" as well; Altruistic suicide's
    "group solidarity and positive integration" offered Fatalistic's "extreme positive integration"
    (graded two right answers twice, r315). Half the clue said of a sibling makes it a second answer."""
    items, shown = _items_shown(tmp_path, SUICIDE_NOTES)
    egoistic = [it for it in items if "grows weak" in it.prompt]
    altruistic = [it for it in items if "very high degree" in it.prompt]
    assert egoistic and altruistic, shown
    assert all("Anomic Suicide" not in it.choices for it in egoistic), shown
    assert all("Fatalistic Suicide" not in it.choices for it in altruistic), shown


DENDRITIC_NOTES = """# T Cell Immunity

## Dendritic Cells (DCs)

Dendritic cells (DCs) are antigen-presenting cells that activate naive T cells in lymph nodes.

### Antigen processing

#### Receptor-mediated phagocytosis
Pathogen engulfed, then presented on MHC II. Activates **CD4 T cells**.

#### Viral infection
Degraded by cytoplasmic proteosomes. Peptide loaded onto MHC I. Activates **CD8 T cells**.

#### Autophagy
When naturally recycling organelles, internally created peptides are presented on MHC II.

## Thymus

The thymus is where T cells mature. Dendritic cells (DCs) in the thymus present self-antigens.
A T cell that binds a self antigen strongly is deleted there, and each antigen it meets later is foreign.
"""


def test_sibling_sections_are_asked_under_the_heading_that_gathers_them(tmp_path: Path):
    """"In “Dendritic Cells (DCs)”, which of these describes Viral infection?" left out that it is a
    route of antigen processing (graded WEAK, r313): sibling sections are asked where they stand, under
    the thing above and the heading that gathers them."""
    items, shown = _items_shown(tmp_path, DENDRITIC_NOTES)
    named = {"Receptor-mediated phagocytosis", "Viral infection", "Autophagy"}
    routes = [it for it in items if it.kind == "mapping" and it.answer_text in named]
    assert routes, shown
    where = "In “Dendritic Cells (DCs) › Antigen processing”, "
    assert all(it.prompt.startswith(where) for it in routes), shown


COMPLEMENT_NOTES = """# Complement System

## Clinical pearls

### C1 inhibitor deficit
Angioedema without urticaria in response to trauma. Hereditary or acquired.

### C3 deficit (childhood)
Severe case presentation. Recurrent otitis and sinusitis. Reinfection with same organism.

### MAC deficit (teens)
Increased susceptibility to Neisseria meningitidis. Reinfection with same organism.

### Properdin deficit
Fulminant meningococcal disease in males. Inherited on the X chromosome.
"""


def test_a_sibling_whose_section_says_one_sentence_of_the_clue_is_not_offered(tmp_path: Path):
    """"Which one is described as “Increased susceptibility to Neisseria meningitidis. Reinfection with
    same organism”?" offered C3 deficit, whose section says "Reinfection with same organism" as well
    (graded two right answers twice, r316): one sentence of a clue of two said of a sibling makes it a
    second answer."""
    items, shown = _items_shown(tmp_path, COMPLEMENT_NOTES)
    reinfected = [it for it in items if it.kind == "mapping" and "same organism" in it.prompt]
    assert not any("C3 deficit" in it.choices for it in reinfected), shown
    assert any(it.kind == "mapping" and it.answer_text == "C1 inhibitor deficit" for it in items), shown


def test_a_key_that_misspells_a_word_of_the_stem_gives_it_away():
    """'Typsinogen' for "the inactive form of the enzyme Trypsin" and 'Denitification' for "Denitrifying
    bacteria remove nitrogen" (graded giveaways twice, r316): the notes' typo hides the shared root
    from a check of words, not from a reader. A word that opens on another letter is a word of its own."""
    from bot.quiz.quality import problems

    def asked(stem: str, choices: tuple[str, ...], key: int) -> QuizItem:
        return QuizItem("t", "mapping", stem, choices, key, f"{choices[key]}: …", "notes.md", "x")

    steps = ("Nitrification", "Denitification", "Ammonification", "Decomposition")
    denitrifying = asked("Which one is described as “Denitrifying bacteria remove nitrogen”?", steps, 1)
    assert "gives the answer away" in problems(denitrifying)
    zymogens = ("Procarboxypeptidase", "Pepsinogen", "Typsinogen")
    trypsin = asked("What is the inactive form of the enzyme Trypsin?", zymogens, 2)
    assert "gives the answer away" in problems(trypsin)
    # ('Efferent' beside "afferent" opens on another letter: a word of its own, not a typo of it)
    paths = ("Efferent pathways", "Sensory pathways", "Reflex arcs")
    stem = "Which one is described as “carry signals away from the cord, the reverse of afferent pathways”?"
    assert "gives the answer away" not in problems(asked(stem, paths, 0))


DIURETIC_NOTES = """# Diuretics

## A. Thiazide Diuretics
- **Examples**: Hydrochlorothiazide, Chlorthalidone
- **Side Effects**: Hypokalemia, hypercalcemia, hyperuricemia
- **Contraindications**: Gout, severe renal failure

## B. Loop Diuretics
- **Examples**: Furosemide, Bumetanide
- **Side Effects**: Hypokalemia, ototoxicity, dehydration
- **Contraindications**: Anuria, severe electrolyte depletion

## C. Potassium-Sparing Diuretics
- **Examples**: Spironolactone, Amiloride
- **Side Effects**: Hyperkalemia, gynecomastia
- **Contraindications**: Hyperkalemia, severe renal impairment
"""


def test_sibling_sections_lettered_off_are_named_without_their_letters(tmp_path: Path):
    """"A) B. Loop Diuretics" among "B) A. Thiazide Diuretics": an outline's letters read as part of the
    names (graded odd four times, r319). Sections lettered off in order are named without them."""
    items, shown = _items_shown(tmp_path, DIURETIC_NOTES)
    said = [t for it in items for t in (it.prompt, *it.choices)]
    assert any("Loop Diuretics" in t for t in said), shown
    assert not any(re.search(r"\b[ABC]\. \w", t) for t in said), shown


def test_what_a_person_held_is_no_description_of_a_thing():
    """"Which one is described as “Marx argued that a worker does not fulfill himself in his work”?"
    (graded odd twice, sociology notes): a person's claim quoted as what a thing is, asked one way or
    the other. A line that names a person inside it still describes its thing."""
    from bot.quiz.quality import problems

    alienation = ("Alienation from Human Potential", "Alienation from Workers", "Alienation from the Product")
    claim = "Which one is described as “Marx argued that a worker does not fulfill himself in his work”?"
    assert "a person's claim, not a description" in problems(_choice_item(claim, alienation, 0))
    lines = ("Marx believed it brought wealth to the lords", "A system of lords and serfs", "Wage labour")
    reverse = QuizItem("r", "definition", "Which of these describes Feudalism?", lines, 0, "…", "n.md", "x")
    assert "a person's claim, not a description" in problems(reverse)
    named = "Which one is described as “The theory of labour that Marx set out in Capital”?"
    assert "a person's claim, not a description" not in problems(_choice_item(named, alienation, 0))


def test_everyday_terms_under_a_heading_that_names_nothing_are_set_in_the_page_title(tmp_path: Path):
    """"Experiment: a process that results in an outcome …" under "Basic idea" (statistics notes): an
    everyday word is a term only where it stands, and "Basic idea" says nothing of where; the page's
    own title does ("In “Probability In statistics”, …")."""
    notes = (
        "# Probability In statistics\n\n## Basic idea\n\n"
        "**Experiment**: a process that results in an outcome that cannot be predicted in advance\n\n"
        "**Sample space**: set of all possible outcomes\n\n"
        "**Event**: subset of the sample space\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    experiment = [it for it in items if it.answer_text == "Experiment"]
    assert experiment, shown
    assert all(it.prompt.startswith("In “Probability In statistics”, ") for it in experiment), shown


GAS_LAW_NOTES = """# Chapter 5: Gases

## Gas Laws

### Boyle's Law
- Robert Boyle -- measured effects of trapped gases
- as pressure increases, volume decreases (inverse relationship)

### Charles' Law
- direct relationship between temperature and volume

### Avogadro's Law
- at constant pressure, volume is directly proportional to the amount of gas

### Partial Pressures
- Dalton's Law: the total pressure is equal to the sum of the pressures of individual gases
"""


def test_a_lone_labelled_law_is_asked_among_the_laws_its_file_heads_sections_with(tmp_path: Path):
    """"Dalton's Law: the total pressure is …", the one line of its list under "Partial Pressures",
    was never asked (chemistry notes): the sections "Boyle's Law", "Charles' Law" and "Avogadro's Law"
    of the same file end on its head noun and are its kind."""
    items, shown = _items_shown(tmp_path, GAS_LAW_NOTES)
    dalton = [it for it in items if it.answer_text == "Dalton's Law" and not it.is_cloze]
    assert dalton, shown
    assert all(c.endswith("Law") for it in dalton for c in it.choices), shown


def test_words_said_twice_by_a_half_done_edit_are_garbled():
    """"Light is composed of particles called So light is composed of particles called ____." with the
    answer 'photons photons' (physics notes): a doubled word or a run of five words said again in one
    line is an edit the notes left half done. A parallel line ("which volume is a boot volume and which
    volume is a data volume") and a name said twice on purpose ('Bora Bora') are not."""
    from bot.quiz.quality import problems

    garbled = "garbled: words said twice"
    run = "Light is composed of particles called So light is composed of particles called ____."
    assert garbled in problems(_cloze_item(run, "photons"))
    assert garbled in problems(_cloze_item("Light is made of particles called ____.", "photons photons"))
    parallel = "Which one determines which volume is a boot volume and which volume is a data volume?"
    assert garbled not in problems(_choice_item(parallel, ("Block Device Mapping", "Permissions"), 0))
    island = "Which island is described as “Bora Bora, a lagoon of French Polynesia”?"
    assert garbled not in problems(_choice_item(island, ("Tahiti", "Moorea", "Raiatea"), 0))


def test_a_short_form_spelt_by_the_key_alone_gives_it_away():
    """"What does the notation IM mean?" over 'Intramuscular' among 'Intravenous' and 'Subcutaneous', and
    "Which notation means “Intravenous”?" over 'IV' (nursing notes, graded trivial six times): only the
    key's letters make the short form. Letters inside a name of two words ('On-Demand Instances' for
    "OS", 'CloudFront' for "CDN") are read by its initials, which they are not."""
    from bot.quiz.quality import problems

    away = "gives the answer away"
    routes = ("Subcutaneous", "Inhaled", "Intramuscular", "Intravenous")
    assert away in problems(_table_item("What does the notation IM mean?", routes, 2))
    notations = ("per orem (p.o.)", "parenteral", "inhalation (i.h.)", "IV")
    assert away in problems(_table_item("Which notation means “Intravenous”?", notations, 3))
    frequencies = ("prn", "qod", "qh", "od")
    assert away not in problems(_table_item("Which notation means “Every hour”?", frequencies, 2))
    pricing = ("Reserved Instance", "On-Demand Instances", "Spot Instances")
    hourly = "Which one is described as “Hourly rate based on OS, size, options”?"
    assert away not in problems(_choice_item(hourly, pricing, 1))
    services = ("Route 53", "CloudFront", "Global Accelerator")
    assert away not in problems(_choice_item("Which service is described by “CDN”?", services, 1))


def _table_item(prompt: str, choices: tuple[str, ...], answer: int) -> QuizItem:
    return QuizItem("t", "table", prompt, choices, answer, prompt, "f.md › A", "A")


SONG_TABLE_NOTES = """# Chord progressions

| Name | Progression | Notable songs |
|:-----|:------------|:--------------|
| Pop-punk progression | I-V-vi-IV | "Let It Be", "Someone Like You" |
| Doo-wop progression | I-vi-IV-V | "Stand By Me", "Blue Moon" |
| Sensitive female progression | vi-IV-I-V | "Zombie", "Apologize" |
| Three-chord rock | I-IV-V | "La Bamba", "Wild Thing" |
| Rock ballad | vi-V-IV-V | Common in rock music |
| Twelve-bar blues | I-I-I-I-IV-IV-I-I-V-IV-I-V | Boogie-woogie blues |
"""


def test_a_remark_down_a_column_of_quoted_titles_is_no_rival_of_a_title(tmp_path: Path):
    """"Boogie-woogie blues" and "Common in rock music" offered among quoted song titles for "What are
    the notable songs of …?" (music notes, graded off-type seven times in forty): a cell that opens on a
    quotation is set only beside cells that do."""
    items, shown = _items_shown(tmp_path, SONG_TABLE_NOTES)
    songs = [it for it in items if it.kind == "table" and it.answer_text.startswith('"')]
    assert songs, shown
    assert all(c.startswith('"') for it in songs for c in it.choices), shown


def test_an_aside_that_points_above_leans_on_unseen_text():
    """"The term for “the classical theory (above) fails miserably at low wavelengths” is ____." (physics
    notes, graded BAD r321): "(above)" points at lines the learner never sees."""
    from bot.quiz.quality import problems

    stem = "The term for “the classical theory (above) fails miserably at low wavelengths” is ____."
    assert "points at unseen text" in problems(_cloze_item(stem, "Ultraviolet catastrophe"))
    named = "The term for “the classical theory of radiation fails at low wavelengths” is ____."
    assert "points at unseen text" not in problems(_cloze_item(named, "Ultraviolet catastrophe"))


def test_a_blank_on_a_thing_named_for_a_thing_takes_no_half_of_its_name(tmp_path):
    """"The term for “number of protons and neutrons per unit volume …” is ____." took 'Nucleon' for
    'Nucleon density' (physics notes, graded a wrong answer accepted, r321): read as a person's name
    before the kind of thing named after them, as 'DiGeorge' of 'DiGeorge syndrome' is. A word the notes
    also write in lower case ("nucleons") is a thing of its own, not a name."""
    from bot.quiz.grading import grade

    notes = (
        "# Nuclear physics\n\n## Nuclear structure\n\n"
        "The nucleus holds nucleons: protons and neutrons bound by the strong force.\n\n"
        "**Nucleon density** is the number of protons and neutrons per unit volume, the same for all "
        "atoms.\n\n"
        "**Binding energy** is the energy needed to pull a nucleus apart into its separate nucleons.\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    blank = next((it for it in items if it.is_cloze and it.answer_text == "Nucleon density"), None)
    assert blank is not None, shown
    assert grade(blank, "nucleon density") and not grade(blank, "Nucleon")


def test_a_label_that_opens_a_sentence_is_no_rival(tmp_path: Path):
    """'Natural notes are' offered beside 'Accidental notes' for "Which of these are used to fill gaps in
    music?" (music notes, graded a cut-off fragment, r321): "Natural notes are: C, D, E, …" labels its
    line with the opening of a sentence, not a name."""
    notes = (
        "# Music Theory\n\n## Note\n\n"
        "A sound itself, it represents the pitch and duration of a sound in musical notation.\n\n"
        "- There are 12 musical notes (In Western Music)\n"
        "- Natural notes are: C, D, E, F, G, A, B\n"
        "- Accidental Notes:\n"
        "  - Accidental notes are used to fill gaps in music.\n\n"
        "## Interval\n\n"
        "- Intervals are the building blocks of Music.\n"
        "- Harmonic intervals are the building blocks of Chords.\n"
    )
    offered, items = _named_in(tmp_path, notes)
    shown = [(it.prompt, it.choices) for it in items]
    assert "Accidental notes" in offered, shown
    assert not any(o.endswith(" are") for o in offered), shown


def test_a_sentence_that_says_its_point_before_a_colon_is_no_label():
    """"PVCs are common: Up to 80% of apparently healthy people have PVCs" made 'PVCs are common' a
    choice beside 'PVC burden' (graded a fragment as an option, medicine notes, r329). Before a colon,
    a subject and 'is' or 'are' are a sentence; a name with a dash after it keeps its label."""
    from bot.ingest.entries import split_label

    line = "PVCs are common: Up to 80% of apparently healthy people have PVCs"
    assert split_label(line) == ("", line)
    assert split_label("PVC burden: % of beats of ventricular origin")[0] == "PVC burden"
    assert split_label("Rule of thumb is: measure twice")[0] == ""


def test_a_flashcard_cards_doubled_colon_is_one_mark(tmp_path: Path):
    """"empiricism::the view that …", as a spaced-repetition plug-in writes a card: the line's label is
    the term and its definition starts after both colons (it began ":the view …")."""
    from bot.ingest.entries import split_label

    assert split_label("empiricism::the view that knowledge comes from experience") == (
        "empiricism",
        "the view that knowledge comes from experience",
    )
    notes = "# Schools\n\n" + "\n".join(
        f"- {t}::{d}"
        for t, d in [
            ("structuralism", "an early school that used introspection to explore the structure of the mind"),
            ("functionalism", "a school that focused on how mental processes help us adapt and survive"),
            ("behaviorism", "the view that psychology should study observable behavior only"),
            ("gestalt psychology", "a school that studied how we perceive wholes rather than parts"),
        ]
    )
    items, shown = _items_shown(tmp_path, notes + "\n")
    assert any(it.answer_text == "functionalism" for it in items), shown
    assert not any("“:" in it.prompt or any(c.startswith(":") for c in it.choices) for it in items), shown


def test_a_remark_on_a_column_is_no_part_of_its_name(tmp_path: Path):
    """"Which notation has the example (depending on Institution) “8 AM, 12 NN, 4 PM, 8 PM”?" (nursing
    notes, graded odd, r321): "(depending on Institution)" remarks on the column; the stem names the
    column without it."""
    notes = (
        "# Medication administration\n\n## Frequency notations\n\n"
        "| Notation | Meaning | Example (depending on Institution) |\n|---|---|---|\n"
        "| od | Once a day | 8 AM |\n| bid | Twice a day | 8 AM, 6 PM |\n"
        "| tid | Three times a day | 8 AM, 1 PM, 6 PM |\n"
        "| qid | Four times a day | 8 AM, 12 NN, 4 PM, 8 PM |\n"
        "| hs | Hours of sleep; at bed-time | 9 PM |\n| qod | Every other day | |\n"
        "| qh | Every hour | |\n| ac | Before meals | |\n| prn | As necessary | |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.kind == "table" for it in items), shown
    assert not any("depending" in it.prompt for it in items), shown


def test_a_bold_term_after_an_article_labels_its_line(tmp_path: Path):
    """"A **surplus budget** - revenue is greater than spending (T > G)" (economics notes) made no item:
    a label is read only where the bold opens the line. An article before it is the sentence's own."""
    notes = (
        "# Fiscal Policy\n\n## Budget outcomes\n\n"
        "The outcome of the budget refers to the relationship between revenue and spending.\n"
        "- There are 3 possible outcomes:\n"
        "    - A **balanced budget** - revenue and expenditure are equal\n"
        "    - A **surplus budget** - revenue is greater than spending\n"
        "    - A **deficit budget** - spending exceeds revenue\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    budgets = {"balanced budget", "surplus budget", "deficit budget"}
    assert any(it.answer_text in budgets for it in items), shown
    assert all(set(it.choices) <= budgets for it in items if it.answer_text in budgets), shown


INTELLIGENCE_NOTES = """# Multiple intelligences

## Overview Table

| No. | Intelligence Type | Description | Exhibited By |
|-----|-------------------|-------------|--------------|
| i | **Linguistic** | Verbal ability | Writers, poets, lawyers |
| ii | **Logical-Mathematical** | Logical reasoning and numerical skills | Scientists, mathematicians |
| iii | **Spatial** | Visual-spatial abilities | Sculptors, engineers, architects |
| iv | **Kinesthetic** | Body movement and coordination | Surgeons, dancers, sportsmen |
| v | **Musical** | Skills in music | Musicians, instrumentalists |

## Linguistic Intelligence

| Aspect | Description |
|--------|-------------|
| **Skills** | Reading, writing, speaking, word usage |
| **Professions** | Writers, poets, lawyers, journalists, speakers |
| **Measured by** | Traditional IQ tests |

## Spatial Intelligence

| Aspect | Description |
|--------|-------------|
| **Skills** | Visualization, mental imagery, spatial reasoning |
| **Professions** | Sculptors, engineers, architects, painters |
| **Measured by** | Creative design tasks |
"""


def test_a_column_that_counts_rows_off_names_none(tmp_path: Path):
    """"Which one is described by “Visual-spatial abilities”?" over 'Iii' among 'vii', 'iv' and 'II'
    (psychology notes, graded BAD three times, r323): "| No. |" over 'i', 'ii', 'iii' counts the rows
    off, and the column after it names them ('Spatial')."""
    items, shown = _items_shown(tmp_path, INTELLIGENCE_NOTES)
    numerals = {"i", "ii", "iii", "iv", "v"}
    assert any("Spatial" in (*it.choices, it.answer_text) for it in items), shown
    named = [c.lower().strip("“”") for it in items for c in (*it.choices, it.answer_text)]
    assert not numerals & set(named), shown


def test_rows_another_table_names_too_are_fields_of_a_record(tmp_path: Path):
    """"In “Spatial Intelligence”, which aspect is described by “Sculptors, engineers, …”?" among
    'Skills' and 'Measured by' (psychology notes, graded trivial or two right answers eight times in
    forty, r323): "| Aspect | Description |" over the same rows under each intelligence is a record of
    each, its rows fields of their own kinds, not things to tell apart."""
    items, shown = _items_shown(tmp_path, INTELLIGENCE_NOTES)
    fields = {"Skills", "Professions", "Measured by"}
    assert not any(fields & {*it.choices, it.answer_text} for it in items), shown


def test_a_table_of_one_things_features_under_a_heading_saying_whose_is_a_record(tmp_path: Path):
    """"Which feature is described by “B.F. Skinner”?" among 'Core principle' and 'Response type', and
    'B.F. Skinner' offered for the response type (psychology notes, graded off-type, r323): under "Key
    Features of Operant Conditioning" the rows are one thing's traits, each of its own kind."""
    notes = (
        "# Operant conditioning\n\n## Summary: Key Features of Operant Conditioning\n\n"
        "| Feature | Description |\n|---|---|\n"
        "| **Developer** | B.F. Skinner |\n"
        "| **Also called** | Type-R conditioning, Instrumental conditioning |\n"
        "| **Core principle** | Reinforcement of desired response |\n"
        "| **Response type** | Emitted (spontaneous), not elicited |\n"
        "| **Reinforcer timing** | After the response, not before |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert not any(it.kind == "table" for it in items), shown


MASLOW_NOTES = """# Maslow's hierarchy of needs

### I. Physiological Needs

| Aspect | Description |
|--------|-------------|
| **Position** | Lowest in the motivational hierarchy |
| **Examples** | Food, water, oxygen, sleep |
| **Priority** | Must be fulfilled before higher order motives become prominent |

### II. Safety Needs

| Aspect | Description |
|--------|-------------|
| **Purpose** | To perceive an orderly and organised world |
| **Also includes** | Routine, regularity |
| **For children** | Need discipline within their levels of understanding |

### III. Esteem Needs

| Aspect | Description |
|--------|-------------|
| **Desire for** | Strength, mastery, competency |
| **Leads to** | Feeling of independence and freedom |
| **Goal** | To be high in the eyes of others |
"""


def test_the_same_aspect_header_section_after_section_is_a_record_of_each(tmp_path: Path):
    """"Which aspect is described by “Feeling of independence and freedom”?" among 'Desire for' and
    'Goal' (psychology notes, graded trivial or two right answers seven times in forty, r324): "| Aspect |
    Description |" over rows of everyday words under each of Maslow's needs is a record of each need."""
    items, shown = _items_shown(tmp_path, MASLOW_NOTES)
    fields = {"Position", "Examples", "Priority", "Purpose", "Also includes", "Desire for", "Leads to"}
    assert not any(fields & {*it.choices, it.answer_text} for it in items), shown


def test_a_column_of_meanings_is_no_thing_compared(tmp_path: Path):
    """"Which of these sets Meaning apart from Good Value?" (accounting notes, graded BAD, r324): under
    "| Metric | Meaning | Good Value |" the metrics are the things, whatever the corner calls itself, and
    what each means is asked of it."""
    notes = (
        "# Regression analysis\n\n## Key Metrics\n\n| Metric | Meaning | Good Value |\n|---|---|---|\n"
        "| R² | Variation explained | Closer to 1.0 |\n"
        "| Adjusted R² | Accounts for # of predictors | Closer to 1.0 |\n"
        "| P-value | Statistical significance | < 0.05 |\n"
        "| Residuals | Prediction errors | Random, no pattern |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "P-value" or "P-value" in it.prompt for it in items), shown
    assert not any("apart from" in it.prompt for it in items), shown


def test_exam_tips_and_an_exams_weight_are_no_quiz_material(tmp_path: Path):
    """"In “Exam Tips”, which one is described as “Know all formulas cold; most tested topic”?" and
    "Which one is described as “Audit planning, internal controls, …”?" among 'Exam Weight' and 'Time'
    (accounting notes, graded BAD as study advice and exam logistics, r324)."""
    notes = (
        "# CPA AUD Cheatsheet\n\n## Section Overview\n"
        "- **Exam Weight**: 25% of Core Exam\n"
        "- **Focus Areas**: Audit planning, internal controls, evidence, reporting, ethics\n"
        "- **Time**: Allocated about 93 minutes in Core\n\n"
        "## Audit Risk Components\n"
        "- **Inherent risk**: susceptibility of an assertion to misstatement before any controls\n"
        "- **Control risk**: the chance that internal controls fail to prevent or detect a misstatement\n"
        "- **Detection risk**: the chance that the auditor's own procedures miss a misstatement\n\n"
        "## Exam Tips\n"
        "1. **Variance analysis** - Know all formulas cold; most tested topic\n"
        "2. **Budget relationships** - Understand flow from sales to cash budget\n"
        "3. **Responsibility centers** - Match evaluation metric to center type\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any("Control risk" in (*it.choices, it.answer_text) for it in items), shown
    advice = {"Exam Weight", "Focus Areas", "Time", "Variance analysis", "Budget relationships"}
    assert not any(advice & {*it.choices, it.answer_text} for it in items), shown


def test_a_hyphenated_name_opening_on_a_lead_in_word_is_one_word():
    """"Which one is described as “chooses the block that is closest in size to the request”?" among
    'First-fit', 'Next-fit' and 'Best-fit' (operating-systems notes) was dropped as holding a lead-in:
    'Next-fit' read as "Next, …". A word joined to another by a hyphen is one name."""
    from bot.quiz.quality import problems

    stem = "Which one is described as “chooses the block that is closest in size to the request”?"
    assert problems(_choice_item(stem, ("First-fit", "Next-fit", "Best-fit"), 2)) == []
    lead = "Which one is described as “chooses the next available block that is large enough”?"
    scans = _choice_item(lead, ("Next, it scans", "Best-fit"), 1)
    assert "a lead-in or a sentence as a choice" in problems(scans)


def test_a_pages_recap_names_no_topic(tmp_path: Path):
    """Items of a "Quick Revision Table" were titled "Quiz · Quick Revision Table", which never says of
    which chapter (psychology notes, graded missing its subject, r325): a recap's heading names no topic,
    and the page's title does."""
    notes = (
        "# Skinner's Operant Conditioning\n\n## Basic principle\n\n"
        "Behaviour that is reinforced tends to be repeated.\n\n## Quick Revision Table\n\n"
        "| Concept | Key Point |\n|---|---|\n"
        "| **Operant** | Spontaneously emitted response |\n"
        "| **Reinforcement** | Must come after the response |\n"
        "| **Extinction** | No reinforcement, so the response weakens |\n"
        "| **Shaping** | Reinforcing closer and closer approximations |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    tabled = [it for it in items if it.kind == "table"]
    assert tabled, shown
    assert all(it.topic == "Skinner's Operant Conditioning" for it in tabled), [it.topic for it in tabled]


def test_a_column_named_by_an_adjective_is_asked_what_it_lists(tmp_path: Path):
    """"What is the benign of the tissue Bone?" and "Which tissue has the benign “Osteoma”?" (pathology
    notes, graded broken wording six times in forty, r324): 'Benign' and 'Malignant' are no property
    nouns, and a stem asks what the table lists under them."""
    notes = (
        "# Neoplasia\n\n- **Anaplasia** = loss of differentiation, the hallmark of malignancy.\n\n"
        "## Nomenclature\n\n| Tissue | Benign | Malignant |\n| --- | --- | --- |\n"
        "| Squamous epithelium | Squamous papilloma | Squamous cell carcinoma |\n"
        "| Transitional epithelium | Transitional cell papilloma | Transitional cell carcinoma |\n"
        "| Glandular epithelium | Adenoma | Adenocarcinoma |\n| Fibrous tissue | Fibroma | Fibrosarcoma |\n"
        "| Fat | Lipoma | Liposarcoma |\n| Smooth muscle | Leiomyoma | Leiomyosarcoma |\n"
        "| Skeletal muscle | Rhabdomyoma | Rhabdomyosarcoma |\n| Cartilage | Chondroma | Chondrosarcoma |\n"
        "| Bone | Osteoma | Osteosarcoma |\n| Blood vessels | Haemangioma | Angiosarcoma |\n"
        "| Melanocytes | Naevus | Melanoma |\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any("under “Benign”" in it.prompt or "under “Malignant”" in it.prompt for it in items), shown
    assert not any(re.search(r"the (?:benign|malignant)\b", it.prompt) for it in items), shown


def test_a_mnemonic_spelt_by_the_stems_words_gives_it_away():
    """"Which one is described as “Government-wide, Reconciliation, and Statement of Position/
    Proprietary”?" over 'GRaSPP' (accounting notes, graded BAD, r325): the stem's words spell the
    mnemonic's capitals, a hyphenated word as one. A key whose capitals the stem does not spell stays."""
    from bot.quiz.quality import problems

    mnemonics = ("GRaSPP", "CFRPT", "OWNES", "IPART")
    said = "Government-wide, Reconciliation, and Statement of Position/Proprietary"
    spelt = f"Which one is described as “{said}”?"
    assert "gives the answer away" in problems(_choice_item(spelt, mnemonics, 0))
    other = "Which one is described as “Revenue recognition five-step model”?"
    assert "gives the answer away" not in problems(_choice_item(other, mnemonics, 3))


CIPHER_NOTES = """# Symmetric Algorithms

- **DES:** breaks the input into 64-bit blocks and uses transposition and substitution to create ciphertext
- **Blowfish:** symmetric block cipher which uses 64-bit blocks to encrypt plaintext into ciphertext
- **AES:** symmetric block cipher with 128-bit blocks and a matched key to encrypt plaintext into ciphertext
- **RC4:** symmetric stream cipher using a variable key size that is used in SSL and WEP
- **Twofish:** symmetric block cipher with 128-bit blocks and long keys to encrypt plaintext into ciphertext
"""


def test_a_rival_whose_line_says_what_sets_the_clue_apart_is_no_rival(tmp_path: Path):
    """IDEA (Blowfish here) "uses 64-bit blocks to encrypt plaintext into ciphertext": of a list of ciphers,
    only '64-bit' sets that line apart ('symmetric', 'block', 'cipher' are said of most), and DES's own
    line says "64-bit blocks" too; offered beside IDEA it was a second right answer (graded BAD, security
    notes, r326). Rivals whose lines lack the telling word stay."""
    items, shown = _items_shown(tmp_path, CIPHER_NOTES)
    asked = next(it for it in items if it.kind == "mapping" and it.answer_text == "Blowfish")
    assert "DES" not in asked.choices, shown
    assert len(asked.choices) >= 3, shown


RESERVE_NOTES = """# Body composition

* Reference values for an adult man, 70 kg

| Reserve | Mass | Energy held |
| --- | --- | --- |
| Fat | 15 kg | 135000 kcal |
| Glycogen | 300 ~ 500 g | 1200 ~ 2000 kcal |
| Protein | 6 ~ 12 kg | 24000 ~ 48000 kcal |
"""


def test_a_table_of_numbers_is_asked_with_the_line_that_says_whose_they_are(tmp_path: Path):
    """"Reference values for an adult man, 70 kg" above a table of the body's reserves: asked bare,
    "What is the mass of the reserve Protein?" asks the value of no one (graded dropping the table's
    qualifier ten times, nutrition notes, r326). Every question of its numbers carries the line."""
    items, shown = _items_shown(tmp_path, RESERVE_NOTES)
    asked = [it for it in items if it.kind == "table"]
    assert asked, shown
    assert all("Reference values for an adult man, 70 kg" in it.prompt for it in asked), shown


ANTISEPTIC_NOTES = """# Antiseptics

|Drug|Isopropyl Alcohol|Chlorhexidine|Povidone iodine|
|--|--|
|Pharmaceutics|Typically 60-90%, needs some water.|Aqueous or with alcohol.|Iodine with a polymer
|Antiviral Properties|Poor antiviral|Poor antiviral|Good antiviral|
|Antibacterial properties|Broad spectrum|Broad spectrum and antifungal|Broad spectrum, spores too
|Toxic|Irritant on mucous membranes|Hypersensitivity|Hypersensitivity
|Other||Persistent antiseptic effect|Inactivated by organic substances. Stains.
"""


def test_rows_named_as_aspects_are_no_things_whatever_the_corner_says(tmp_path: Path):
    """"| Drug | Isopropyl Alcohol | Chlorhexidine | Povidone iodine |" over 'Antiviral Properties',
    'Antibacterial properties', 'Toxic' and 'Other': the drugs are the columns, though the corner names
    their kind. Read by its rows, the bank offered 'Toxic' and 'Other' as drugs ("Which drug has the
    chlorhexidine “Hypersensitivity”?", graded BAD eleven times, microbiology notes, r326)."""
    items, shown = _items_shown(tmp_path, ANTISEPTIC_NOTES)
    offered = {c for it in items for c in (*it.choices, it.answer_text)}
    assert not offered & {"Toxic", "Other", "Pharmaceutics", "Antiviral Properties"}, shown


def test_the_one_of_a_kind_a_heading_names_leans_on_that_heading():
    """"Exocrine: 80% of the organ is composed of acinar cells" under "Accessory Digestive Organs ›
    Pancreas › Function": "the organ" is the pancreas, which the question never names (graded BAD four
    times, anatomy notes, r326). Set in its heading, or said of any one of the kind ("what the role is
    allowed to do" right under "IAM Roles"), the line stands."""
    from dataclasses import replace

    from bot.quiz.quality import problems

    stem = "Which one is described as “80% of the organ is composed of acinar cells”?"
    bare = replace(
        _choice_item(stem, ("Exocrine", "Endocrine"), 0),
        source="13.md › Accessory Digestive Organs › Pancreas › Function",
    )
    set_in = replace(bare, prompt=f"In “Pancreas”, {stem[0].lower()}{stem[1:]}")
    said = "Which one specifies what the role is allowed to do?"
    policies = ("Permissions Policy", "Trust Policy")
    any_one = replace(_choice_item(said, policies, 0), source="iam.md › IAM Roles")
    assert "leans on unseen text" in problems(bare)
    assert "leans on unseen text" not in problems(set_in)
    assert "leans on unseen text" not in problems(any_one)


SWAPPED_NOTES = """# Emile Durkheim

Durkheim named four types of suicide:

- **Egoistic Suicide** occurs when group solidarity grows weak.
- **Altruisitc Suicide** occurs when the society has a very high degree of group solidarity.
- **Anomic Suicide** occurs when society undergoes rapid changes.
- **Fatalistic Suicide** occurs when people are oppressively regulated.
"""


def test_two_letters_the_notes_swapped_are_put_right_in_a_choice(tmp_path: Path):
    """'Altruisitc Suicide', so written every time, beside 'Anomic' and 'Egoistic' (graded a typo three
    times, sociology notes, r326): left out, the choice left a coin toss; offered, the teacher's post
    carried the typo. It is offered spelt right; the notes' line is shown as written."""
    items, shown = _items_shown(tmp_path, SWAPPED_NOTES)
    offered = {c for it in items for c in it.choices}
    assert "Altruistic Suicide" in offered, shown
    assert not any("Altruisitc" in it.prompt or "Altruisitc" in " ".join(it.choices) for it in items), shown


def test_the_headings_under_real_world_examples_are_each_a_case():
    """"Real-World Strategy Examples › Toyota → Lexus › Strategy Change" held "Incremental Cost: Not much
    more than an Accord", asked with no Lexus in sight (graded BAD three times, business notes, r326):
    every heading under a heading of real-world examples or case studies is one case, an example, at any
    depth. A bare "Examples" over 'Water Hyacinth' and 'Killer shrimp' lists kinds worth knowing."""
    from bot.ingest.document import section_role

    case = ("Strategy", "Real-World Strategy Examples", "Toyota → Lexus", "Strategy Change")
    assert section_role(case) == "example"
    assert section_role(("Ethics", "Case Studies", "Theranos")) == "example"
    assert section_role(("Invasive Aquatic Species", "Examples", "Water Hyacinth")) == "content"


INTERMEDIARY_NOTES = """# Financial intermediaries

- main 4 types of institutions: banks, trust companies, life insurance companies, and investment dealers
- credit unions: user owned, "non-profit", cooperative
- trust companies: manage estates and trusts for a fee
- pawn shops: provide liquidity for tangible assets
- payday loan companies: short loans at very high rates
"""


def test_a_label_that_counts_kinds_is_neither_answer_nor_choice(tmp_path: Path):
    """"main 4 types of institutions: banks, trust companies, …" heads a list in one line: asked "Which one
    is described as “banks, trust companies, …”?", its line matched the stem by being a list (graded
    BAD, accounting notes, r326), and offered beside 'credit unions' it is no institution at all."""
    items, shown = _items_shown(tmp_path, INTERMEDIARY_NOTES)
    assert any(it.answer_text == "credit unions" for it in items), shown
    assert not any("main 4 types" in " ".join([*it.choices, str(it.answer)]) for it in items), shown


EXPERIMENT_NOTES = """# What do genes do?

## An experimental test

| Aspect | Description |
| --- | --- |
| Question | What do genes do? |
| Hypothesis | Each gene contains information needed to make one enzyme. |
| Null Hypothesis | Genes do not have a one-to-one correspondence with enzymes. |
| Experimental Strategy | Produce mutants unable to make arginine, then test each step of the pathway. |
| Conclusion | The one-gene, one-enzyme hypothesis is supported. |
"""


def test_a_table_of_aspects_is_one_things_record_however_long_its_lines(tmp_path: Path):
    """"| Aspect | Description |" over 'Question', 'Hypothesis', 'Conclusion' of one experiment: "Which
    aspect is described by “What do genes do?”?" over 'Question' (graded BAD, and its siblings WEAK:
    answered from the line's form, genetics notes, r326). A corner that names its rows as aspects says
    they are one thing's, long lines or short."""
    items, shown = _items_shown(tmp_path, EXPERIMENT_NOTES)
    offered = {c for it in items for c in (*it.choices, it.answer_text)}
    assert not offered & {"Question", "Hypothesis", "Conclusion"}, shown


def test_a_setting_drops_the_mark_that_led_into_its_list(tmp_path: Path):
    """"4. UDP usage =" over "**Online Gaming**: Low latency …" set its items "In “UDP usage =”" (graded a
    garbled heading, networking notes, r326): the '=' or ':' that led into the list is no part of it."""
    notes = (
        "# UDP\n\n4. UDP usage =\n\n"
        "   1. **Online Gaming**: Low latency more important than reliability\n"
        "   2. **DNS Queries**: Simple request-response\n"
        "   3. **IoT Sensors**: Small data bursts, high volume\n"
    )
    items, shown = _items_shown(tmp_path, notes)
    assert any("UDP usage" in it.prompt for it in items), shown
    assert not any("usage =" in it.prompt or "usage:" in it.prompt for it in items), shown


def _handbook_page(disease: str, kinds: list[tuple[str, str]]) -> str:
    lines = "\n".join(f"- **{k}**: {v}" for k, v in kinds)
    causes = f"## Background\n\nCauses by kind:\n\n{lines}\n\n"
    return f"# {disease}\n\n{causes}## Management\n\nTreat the cause.\n"


def test_an_aspect_heading_under_every_pages_title_names_no_topic(tmp_path: Path):
    """"# Pericarditis" over "## Background", "## Etiology", as on every page of a handbook: the posts
    were titled "Quiz · Background" over "Which etiology …?", never saying of what (graded WEAK twice,
    medicine notes, r329). An aspect heading the notes repeat under three pages gives way to the
    page's title."""
    pages = {
        "Pericarditis": [
            ("Infectious", "viral, bacterial or fungal infection of the sac"),
            ("Inflammatory", "lupus and rheumatoid arthritis, after radiation"),
            ("Neoplastic", "spread of a breast or lung tumour to the sac"),
        ],
        "Cardiogenic Shock": [
            ("Arrhythmic", "tachycardias and complete heart block"),
            ("Mechanical", "valve rupture or a torn septum"),
            ("Cardiomyopathic", "a large infarct or end-stage failure"),
        ],
        "Ascites": [
            ("Portal hypertensive", "cirrhosis, heart failure or a blocked hepatic vein"),
            ("Peritoneal", "carcinomatosis or tuberculous peritonitis"),
            ("Low albumin", "nephrotic syndrome or severe malnutrition"),
        ],
    }
    for disease, kinds in pages.items():
        (tmp_path / f"{key(disease)}.md").write_text(_handbook_page(disease, kinds), encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    items = generate_items(chunks, glossary)
    shown = [(it.topic, it.prompt) for it in items]
    assert items, shown
    assert all(it.topic in ("Pericarditis", "Cardiogenic Shock", "Ascites") for it in items), shown


def test_a_blank_on_a_doing_takes_the_noun_the_notes_write_for_it(tmp_path: Path):
    """"The term for “the nurse utilizes their senses …” is ____." over 'Observing' refused
    'observation', which the notes write two lines below (graded a right answer refused, nursing notes,
    r326). A blank on a doing accepts its noun where the notes write it; one they never write is not
    guessed."""
    from bot.quiz.grading import grade

    notes = (
        "# Assessment\n\nThe nurse obtains data with three methods:\n\n"
        "1. **Observing**: the nurse utilizes their senses to obtain data. The process of observation is "
        "systematic.\n2. **Interviewing**: communication planned and carried out with a purpose.\n"
        "3. **Examining**: inspection, palpation, percussion and auscultation.\n"
    )
    builder = _builder_of(tmp_path, notes)
    assert builder._doings_named("Observing") == {"observation"}
    assert builder._doings_named("Interviewing") == set()  # 'interview' is not written
    accept = tuple(builder._doings_named("Observing"))
    stem = "The term for “uses the senses” is ____."
    blank = QuizItem("z", "cloze", stem, (), "Observing", "x", "f.md › A", "A", accept=accept)
    assert grade(blank, "observation") and grade(blank, "Observing") and not grade(blank, "Interviewing")


def test_a_vocabulary_list_of_terms_over_definitions_is_asked_term_by_term(tmp_path: Path):
    """A cheat sheet written term over definition, a blank line between (psychology notes, r329: 16
    items from 600 terms): each term is asked by its definition, among the list's other terms."""
    terms = [
        ("empiricism", "the view that knowledge originates in experience and observation"),
        ("structuralism", "an early school of psychology that used introspection to explore the mind"),
        ("functionalism", "a school of psychology that focused on how mental processes help us adapt"),
        ("behaviorism", "the view that psychology should be an objective science of observable behavior"),
        ("humanistic psychology", "a perspective that emphasized the growth potential of healthy people"),
        ("sensory memory", "the immediate, very brief recording of sensory information"),
        ("short-term memory", "activated memory that holds a few items briefly before they are stored"),
        ("long-term memory", "the relatively permanent and limitless storehouse of the memory system"),
        ("flashbulb memory", "a clear memory of an emotionally significant moment or event"),
        ("retrograde amnesia", "an inability to retrieve information from one's past"),
        ("anterograde amnesia", "an inability to form new memories from this point forward"),
        ("source amnesia", "attributing to the wrong source an event we have experienced or heard about"),
        ("stimulants", "drugs that excite neural activity and speed up body functions"),
        ("depressants", "drugs such as alcohol and opiates that reduce neural activity and slow the body"),
        ("hallucinogens", "psychedelic drugs that distort perceptions and evoke sensory images"),
        ("frontal lobes", "the portion of the cerebral cortex behind the forehead, involved in planning"),
        ("parietal lobes", "the portion of the cortex at the top of the head that receives touch input"),
        ("occipital lobes", "the portion of the cortex at the back of the head that receives visual input"),
        ("temporal lobes", "the portion of the cortex above the ears that receives auditory input"),
        ("mental set", "a tendency to approach a problem in one way that has worked in the past"),
    ]
    notes = "# Psychology Cheat Sheet\n\n### Unit I\n\n" + "\n\n".join(f"{t}\n{d}" for t, d in terms) + "\n"
    items, shown = _items_shown(tmp_path, notes)
    asked = {it.answer_text for it in items if it.kind == "mapping"}
    assert len(asked) >= 8 and asked <= {t for t, _ in terms}, shown
    assert {"frontal lobes", "long-term memory"} <= asked, shown


DRUG_CLASS_NOTES = """# Drugs

- **depressants**: drugs (such as alcohol, barbiturates, and opiates) that reduce neural activity
- **stimulants**: drugs (such as caffeine, nicotine, and amphetamines) that excite neural activity
- **barbiturates**: drugs that depress central nervous system activity, reducing anxiety but impairing memory
- **amphetamines**: drugs that stimulate neural activity, speeding up body functions
- **hallucinogens**: psychedelic drugs that distort perceptions and evoke sensory images
"""


def test_a_rival_whose_line_names_the_key_as_one_of_its_kind_is_no_rival(tmp_path: Path):
    """'depressants', "drugs (such as alcohol, barbiturates, and opiates) that …", beside the key
    'barbiturates' for "drugs that depress central nervous system activity …" fit it too (graded two
    right answers twice, psychology notes, r330): a rival whose own line names the key as an example
    is its class."""
    items, shown = _items_shown(tmp_path, DRUG_CLASS_NOTES)
    barbiturates = [it for it in items if it.kind == "mapping" and it.answer_text == "barbiturates"]
    assert barbiturates, shown
    assert all("depressants" not in it.choices for it in barbiturates), shown


_CIPHERS = """# Symmetric Algorithms

- **International Data Encryption Algorithm (IDEA):** symmetric block cipher which uses 64-bit blocks to
  encrypt plaintext into ciphertext
- **Advanced Encryption Standard (AES):** symmetric block cipher that uses 128-bit, 192-bit, or 356-bit
  blocks and a matching encryption key size to encrypt plaintext into ciphertext
- **Blowfish:** symmetric block cipher that uses 64-bit blocks and a variable length encryption key
- **Twofish:** provides the ability to use 128-bit blocks in its encryption algorithm and uses 128-bit,
  192-bit, or 256-bit encryption keys
- **RC4:** symmetric stream cipher using a variable key size from 40-bits to 2048-bits
"""


def test_a_rival_whose_line_says_most_of_the_keys_figures_is_no_rival(tmp_path: Path):
    """Twofish's "128-bit blocks … 128-bit, 192-bit, or 256-bit encryption keys" beside AES's "128-bit,
    192-bit, or 356-bit blocks": AES fits the clue by its numbers, whatever its other words (graded two
    right answers, security notes, r340). AES is still asked, among the ciphers that do not."""
    items, shown = _items_shown(tmp_path, _CIPHERS)
    asked = {it.answer_text: it for it in items if it.kind == "mapping"}
    assert "Advanced Encryption Standard (AES)" in asked, shown
    assert "Twofish" not in asked["Advanced Encryption Standard (AES)"].choices, shown
    assert "Advanced Encryption Standard (AES)" not in getattr(asked.get("Twofish"), "choices", ()), shown


def test_a_column_of_bare_figures_offers_no_value_in_a_unit(tmp_path: Path):
    """'0.83 g proteine/kg' among '45~60' and '20~35' of a column of shares of the day's calories is
    another measure, and leaves two real choices (graded off-type twice, nutrition notes, r340)."""
    notes = """# Guidelines

## For everyone

The share of calories should come from:

| Class | % USA | % INRAN | % EFSA |
| --- | --- | --- | --- |
| Carbohydrates | 45~65 | 55~60 | 45~60 |
| Fats | 25~35 | 25~35 | 20~35 |
| Proteins | 10~35 | 10~15 | 0.83 g protein/kg |
| Fibre | 14~20 | 12~18 | 10~25 |
"""
    items, shown = _items_shown(tmp_path, notes)
    figures = [it for it in items if it.kind == "table" and re.fullmatch(r"[\d~]+", it.answer_text)]
    assert figures, shown
    assert not any("0.83 g protein/kg" in it.choices for it in figures), shown


def test_a_label_spelt_with_two_letters_swapped_is_a_typo(tmp_path: Path):
    """'Steganogrpahy' under a line that writes 'steganography': two letters swapped, which no two names
    are, of a word the notes spell right elsewhere; posted, the slip was graded WEAK (security notes,
    r340). A word the dictionary knows and the notes write once ('Altruistic', the generator's mend of
    'Altruisitc') is not one."""
    notes = """# Obfuscation

- Examples: code obfuscation, data masking, steganography
- **Steganogrpahy:** derived from Greek words that mean covered writing, concealing a message within
  another so that the very existence of the message is hidden
- **Tokenization:** replaces sensitive data with a random token that maps back to it in a vault
- **Data Masking:** disguises data by replacing characters with symbols so that it stays usable
- **Pseudo-anonymization:** replaces identifying fields with artificial identifiers that can be reversed
"""
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.kind == "mapping" for it in items), shown
    assert not any("Steganogrpahy" in " ".join((it.prompt, *it.choices)) for it in items), shown


def test_a_rival_whose_line_lists_a_member_of_the_keys_is_no_rival(tmp_path: Path):
    """'Forced changes' ("Competitors, technology disruption") beside 'External events' ("Market
    conditions, regulations, competition"): both lines list competition, and either fits (graded two
    right answers three times, strategy notes, r340). 'coping pattern' and 'sleep pattern' are two."""
    notes = """# Strategy

## Reasons for Strategy Change

- External events: Market conditions, regulations, competition
- Internal factors: Company learns more about its capabilities
- Forced changes: Competitors, technology disruption
- Planned reviews: Annual planning cycle, board review
"""
    items, shown = _items_shown(tmp_path, notes)
    asked = [it for it in items if it.answer_text == "External events" and it.kind == "mapping"]
    assert asked, shown
    assert not any("Forced changes" in it.choices for it in asked), shown
    described = [it for it in items if it.kind == "definition" and "External events" in it.prompt]
    assert not any("Competitors, technology disruption" in it.choices for it in described), shown


def test_a_mnemonic_column_spelling_the_word_that_tells_its_names_apart_is_not_asked(tmp_path: Path):
    """"Californians Like Girls In String Bikinis" beside 'Stratum corneum', 'Stratum lucidum', …: the
    memory words spell the word after 'Stratum', and "Which mnemonic has the layer 'Stratum basalis'?"
    is answered by its first letter (graded BAD three times, dermatology notes, r341). A verb's forms
    beside it ('no hagas' of 'hacer') are asked: no column there is called a memory aid."""
    notes = """# Skin

## Layers of Epidermis

|Mnemonic|Layer|Depth|
|-|-|-|
|Californians|Stratum corneum|Outermost|
|Like|Stratum lucidum|Second|
|Girls|Stratum granulosum|Third|
|String|Stratum spinosum|Fourth|
|Bikinis|Stratum basalis|Deepest|
"""
    items, shown = _items_shown(tmp_path, notes)
    assert items, shown
    mnemonics = {"Californians", "Like", "Girls", "String", "Bikinis"}
    asked = [it for it in items if mnemonics & {*it.choices, it.answer_text} or "mnemonic" in it.prompt]
    assert not asked, shown


def test_a_line_that_opens_with_an_equals_sign_goes_on_from_the_line_above(tmp_path: Path):
    """"= 1st year of muslim calendar, called the ____" under "622 CE -- muhammad leaves mecca …, makes the
    journey to medina": the thing called so is the journey of the line above, which the reader does
    not see (graded BAD, history notes, r341)."""
    notes = """# islam

- 570 CE -- muhammad is born in mecca, orphaned young and raised by his uncle
- 595 CE -- khadijah proposes to muhammad, they marry
- 610 CE -- muhammad first hears the call to teach islam through allah's voice (first converts = muslims)
- 622 CE -- muhammad leaves mecca under threat of murder, makes the journey to medina
  - = 1st year of muslim calendar, called the HEGIRA
- 630 CE -- muhammad returns to mecca, defeats his enemies, dedicates the kaaba to allah
- 632 CE -- muhammad dies
"""
    items, shown = _items_shown(tmp_path, notes)
    assert not any(re.match(r"^(?:In “[^”]*”, )?=", it.prompt) for it in items), shown


def test_a_memory_aid_column_is_neither_a_property_nor_a_rows_name(tmp_path: Path):
    """'Wind', 'Water', 'Wound', 'Walking' (the 5 W's of a fever after surgery) beside the causes they
    recall and the day they show: with the words read as the rows' names, the other two columns were
    read as two things, and "Which of these sets POD apart from Etiology?" was posted (graded BAD,
    surgery notes, r341)."""
    notes = """# Surgery

## Etiology of Postoperative Fever {5W}

|Mnemonic|Etiology|POD|
|-|-|-|
|Wind|Pneumonia & Atelectasis|1 ~ 3|
|Water|Sepsis & UTI|3 ~ 5|
|Wound|Surgical site infection (SSI)|5 ~ 7|
|Walking|DVT & PE|> 5|
|Wonder|Drugs|-|
"""
    items, shown = _items_shown(tmp_path, notes)
    words_of_the_aid = {"Wind", "Water", "Wound", "Walking", "Wonder"}
    assert not any("apart from" in it.prompt for it in items), shown
    assert not any(words_of_the_aid & {*it.choices, it.answer_text} for it in items), shown


def test_labels_under_one_of_many_screenshots_are_callouts_not_terms(tmp_path: Path):
    """Notes that annotate screenshot after screenshot label the pictures' parts: 'high HR' (a cell of
    a pictured table) among the types of shock, 'inferior wall' asked as a complication beside 'thrill'
    (graded BAD, cardiology notes, r341). A list under a section's one figure is the section's own."""
    notes = """# Shock

![](https://example.org/a.jpg)

![](https://example.org/b.jpg)

- cardiogenic: weak heart can't pump
- insensible loss: lose fluid in lungs or by vomiting, not sensed by body compared to loss through kidney

![](https://example.org/c.jpg)

- high HR: body response to increased sympathetic drive
- cardiogenic: hallmark low CO from weak muscle, blood back flow to all heart chambers
- hypovolemic: low CO, all low chamber pressure from low blood volume
- septic: hallmark low SVR, early dilation of veins = all low pressure, may be normal from IV fluid

![](https://example.org/d.jpg)

# Biomolecules

![Four classes](./four-classes.jpg)

1. **Nucleic Acids**: DNA and RNA, which store and transmit genetic information.
2. **Lipids**: Fats and oils used for energy storage, insulation, and cell membranes.
3. **Carbohydrates**: Sugars and starches used for energy and structure.
4. **Proteins**: Made of amino acids; they act as enzymes, structural components, and in cell signaling.
"""
    items, shown = _items_shown(tmp_path, notes)
    callouts = {"cardiogenic", "hypovolemic", "high HR", "septic"}
    assert not any(callouts & {*it.choices, it.answer_text} for it in items), shown
    assert any(it.answer_text == "Lipids" for it in items), shown


def test_a_year_is_asked_among_years_not_spans_or_centuries(tmp_path: Path):
    """'407 - 404 BCE' and '3rd c. BCE' beside '509 BCE' are told from it by their form (graded WEAK,
    history notes, r341): a year among years, a span among spans, a century among centuries."""
    notes = """# Rome and Greece

## Dates

- 900 BCE: Greek poleis begin to form around citadels
- 509 BCE: Rome stops being monarchy and the republic begins
- 338 BCE: Philip of Macedon defeats Athens and Thebes at Chaeronea
- 336 BCE: Philip is murdered and Alexander becomes king
- 407 - 404 BCE: Sparta wins the last years of the Peloponnesian War with Persian money
- 264 - 241 BCE: First Punic War between Rome and Carthage over Sicily
- 3rd c. BCE: Rome builds roads across the whole Italian peninsula
- 1st c. BCE: several civil wars between generals end the republic
"""
    items, shown = _items_shown(tmp_path, notes)
    dated = [it for it in items if it.answer_text.endswith("BCE")]
    assert dated, shown
    for it in dated:
        assert len({when_shape(c) for c in it.choices}) == 1, shown


def test_a_plural_column_name_is_asked_in_its_english_singular(tmp_path: Path):
    """"| Toxin | Antidotes |": the notes write only the plural, but 'antidote' is English, and "What is
    listed for the toxin Cyanide under 'Antidotes'?" copied the table's layout into every stem (graded
    WEAK for it alone, toxicology notes, r342). A plural whose singular is no word ('nosotros') is still
    named as written."""
    notes = """# Toxicology

## Antidotes for Toxins

|Toxin|Antidotes|
|-|-|
|Acetaminophen|N-acetylcysteine|
|Benzodiazepines|Flumazenil|
|Cyanide|Hydroxocobalamin|
|Heparin|Protamine sulfate|
|Opioids|Naloxone|
"""
    items, shown = _items_shown(tmp_path, notes)
    assert items, shown
    assert not any("listed for" in it.prompt or "“Antidotes”" in it.prompt for it in items), shown
    assert any("antidote" in it.prompt for it in items), shown


def test_a_figure_a_paper_reported_is_not_asked_by_the_paper(tmp_path: Path):
    """"Which of these do the notes cite for '7 ankle sprains per 1000 exposures'?": the figure is the fact
    to learn, and which paper reported it is trivia (graded WEAK or BAD six times in six, sports medicine
    notes, r343). A finding in words is still asked by whoever found it."""
    notes = """# Ankle sprains

## Prevalence

- 7 ankle sprains per 1000 exposures (Doherty et al., 2014)
- Ankle sprains make up 15% of all collegiate sports injuries (Hootman et al., 2007)
- Graft rupture in children and adolescents is 13% with the contralateral knee being 14% (Kay et al., 2018)

## Obedience

- Most participants obeyed the experimenter to the very end of the shocks (Milgram, 1963)
- People conform to a group's wrong answer about the length of a line (Asch, 1951)
- Ordinary students given the role of guards soon abused their prisoners (Zimbardo, 1971)
"""
    items, shown = _items_shown(tmp_path, notes)
    cited = [it for it in items if "do the notes cite" in it.prompt]
    assert any(it.answer_text == "Milgram (1963)" for it in cited), shown
    assert not any(re.search(r"\d", it.prompt) for it in cited), shown


def test_a_numbered_part_of_an_unnamed_text_is_no_term(tmp_path: Path):
    """"Which of these describes Sections 5 to 7?" – sections of which Act? The label is a numbered part
    of a text its heading names, and asked alone it makes no sense (graded BAD twice, law notes, r343)."""
    notes = """# Exemption Clauses

## UCTA (The Unfair Contract Terms Act)

### Overview

- Sections 2 to 4: Avoidance of liability for negligence, breach of contract
- Sections 5 to 7: Liability arising from sale or supply of goods
- Sections 8 to 10: Misrepresentation and the reasonableness of terms excluding it

### Kinds of terms

- Condition: a term so important that its breach lets the innocent party terminate the contract
- Warranty: a minor term whose breach gives a claim to damages only and never lets the contract end
- Innominate term: a term whose breach lets the innocent party terminate only if the breach is serious
"""
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "Warranty" for it in items), shown
    assert not any("Sections" in " ".join((it.prompt, *it.choices, it.answer_text)) for it in items), shown


def test_a_label_ending_on_a_field_of_every_record_is_no_term(tmp_path: Path):
    """"**SGHC Holding**" and "**SGCA Holding**" in one case's box, where "**Holding:**" heads a line of
    case after case: the holding of one court in a case the stem never names, a field and not a term
    (graded BAD four times, law notes, r343/r344)."""
    cases = "\n".join(
        f"### Case {n}\n\n- **Context:** {ctx}\n- **Holding:** {held}\n"
        for n, ctx, held in [
            (1, "a shop displayed goods with prices on shelves", "the display was an invitation to treat"),
            (2, "a company promised money to anyone who caught flu", "the advertisement was an offer"),
            (3, "a buyer sent a counter-offer with a lower price", "the counter-offer rejected the offer"),
            (4, "an acceptance was posted but never arrived", "acceptance was complete on posting"),
        ]
    )
    notes = f"""# Contract

{cases}
## Promissory estoppel

- **SGHC Holding**: detriment in either the narrow or the broad conception of the term suffices
- **SGCA Holding**: where the promisor obtained an advantage from a promise, he should not resile from it

## Terms

- **Condition**: a term so important that its breach lets the innocent party terminate the contract
- **Warranty**: a minor term whose breach gives a claim to damages only and never lets the contract end
- **Innominate term**: a term whose breach lets the innocent party terminate only if the breach is serious
"""
    items, shown = _items_shown(tmp_path, notes)
    assert any(it.answer_text == "Warranty" for it in items), shown
    assert not any("Holding" in " ".join((*it.choices, it.answer_text)) for it in items), shown


def test_a_line_that_calls_itself_self_explanatory_says_nothing_to_ask_by(tmp_path: Path):
    """"self explanatory. If this is high, tends to raise spending" under "Consumption (C)": the line says
    it needs no saying, and what is left fits every choice (graded BAD twice, economics notes, r341/r342)."""
    notes = """# Aggregate expenditure

**Consumption (C)**:
- *current disposable income*: amount of money available to devote to spending after tax and
  transfer payments.
- *expected future income*: self explanatory. If this is high, tends to raise spending, and if low,
  spending reduced.
- *household wealth*: accumulation of income in form of assets, financial (e.g. savings) and real
  (e.g. a house).
"""
    items, shown = _items_shown(tmp_path, notes)
    assert items, shown
    assert not any("explanatory" in it.prompt or "explanatory" in " ".join(it.choices) for it in items), shown


def test_a_date_under_a_name_is_asked_of_that_name(tmp_path: Path):
    """"**Socrates**:" over "339 BCE: Condemned to death": "Which date goes with 'Condemned to death'?"
    never said whose death (graded BAD twice, history notes, r341/r342). The name sets the question,
    and no kind is read off it ("Which socrate …")."""
    notes = """# Classical Greece

## Timeline

- **490 BCE**: Athenians defeat the Persians at Marathon
- **480 BCE**: Greek fleet defeats the Persians at Salamis
- **431 BCE**: Peloponnesian War between Athens and Sparta begins
- **338 BCE**: Philip of Macedon defeats Athens and Thebes at Chaeronea
- **336 BCE**: Philip is murdered and Alexander becomes king

## People

- **Socrates**:
  - was charged with corrupting youth and not recognizing the Gods
  - Plato was Socrates student
  - **399 BCE**: Condemned to death
"""
    items, shown = _items_shown(tmp_path, notes)
    dated = [it for it in items if "Condemned to death" in it.prompt]
    assert dated, shown
    assert all(it.prompt.startswith("In “Socrates”, which date") for it in dated), shown


def test_rows_named_each_by_a_quality_say_it_before_their_noun(tmp_path: Path):
    """"What is the awakening of the asthma Mild persistent?" copied the table's layout (graded WEAK,
    medicine notes, r342): rows that are each a quality ('Intermittent', 'Mild persistent') are said
    before their noun, "the Mild persistent asthma"."""
    notes = """# Asthma

## Classification of Asthma Severity

|Asthma|Symptoms|Awakening|FEV1|
|-|-|-|-|
|Intermittent|≤ 2 days/week|≤ 2/month|Normal between attacks|
|Mild persistent|> 2 days/week|3 ~ 4/month|Above four fifths of predicted|
|Moderate persistent|Daily|> 1/week|Between three fifths and four fifths|
|Severe persistent|Throughout the day|Nightly|Below three fifths of predicted|
"""
    items, shown = _items_shown(tmp_path, notes)
    assert any("persistent asthma" in it.prompt or "Intermittent asthma" in it.prompt for it in items), shown
    assert not any("the asthma " in it.prompt for it in items), shown


VT_NOTES = """# Arrhythmias

VT Morphologies

- Monomorphic VT: similar QRS configuration from beat to beat
    - Usually scar-mediated VT from prior infarction
- Polymorphic VT: a continuously changing QRS configuration from beat
    to beat
    - Ischemia until proven otherwise
- Torsades de Pointes (TdP): a form of polymorphic VT with a continually
    varying QRS that appears to spiral around the baseline of the ECG
- Ventricular fibrillation (VF): chaotic rhythm characterized by undulations that are irregular in
    timing and morphology
"""


def test_a_rival_its_own_line_calls_a_form_of_the_key_is_no_rival(tmp_path: Path):
    """'Torsades de Pointes', "a form of polymorphic VT with a continually varying QRS", fits "a
    continuously changing QRS configuration" of 'Polymorphic VT' too (graded two right answers,
    medicine notes, r346): it is not offered against it."""
    items, shown = _items_shown(tmp_path, VT_NOTES)
    asked = [it for it in items if it.answer_text == "Polymorphic VT" and it.kind == "mapping"]
    assert asked, shown
    assert all(not any("Torsades" in c for c in it.choices) for it in asked), shown


SPLICED_NOTES = """# Disaster Recovery

## Geographic considerations
- Off-site backups: Copies of the data are kept in another building away from the main site.
- Distance: Depends on the organization, the off-site location will be close or far away.
- Location selection: Chosen to stay clear of the floods and earthquakes that threaten the main site.
- Legal implications: Data stored in another country falls under that country's laws.
"""


def test_a_line_that_runs_on_into_a_clause_of_its_own_is_quoted_not_made_a_question(tmp_path: Path):
    """"Distance: Depends on the organization, the off-site location will be close or far away": made a
    question by its verb it read "Which one depends on the organization, the off-site location will be
    close or far away?" (graded garbled, security notes, r346); the line is quoted instead."""
    items, shown = _items_shown(tmp_path, SPLICED_NOTES)
    asked = [it for it in items if "close or far away" in it.prompt]
    assert asked, shown
    assert all("described as “Depends on the organization" in it.prompt for it in asked), shown


def test_an_everyday_label_under_a_subject_in_four_files_is_a_field_not_a_rival(tmp_path: Path):
    """'Physical exam:' under a condition in each of four files is a field of each, as a table's
    column is; offered beside 'Classic Angina' and 'Anginal Equivalents' it was no kind of presentation
    (graded an off-type rival three times, medicine notes, r346)."""
    files = {
        "acs.md": """# Acute Coronary Syndromes

## Presentation
- Classic Angina: dyspnea on exertion, substernal, pressure or vice-like quality, improved with rest
- Anginal Equivalents: nausea, weakness, epigastric pain in older patients, women and diabetics
- Atypical Angina: sharp, pleuritic or positional pain that is hard to tell from other causes
- Physical Exam: sinus tachycardia, diaphoresis
""",
        "valves.md": """# Aortic Regurgitation

## Presentation
- Acute AR: the ventricle cannot respond to the increased volume, so pulmonary edema follows
- Chronic AR: indolent presentation with symptoms of heart failure over years
- Physical exam: water-hammer pulses, wide pulse pressure, a blowing diastolic murmur
""",
        "cirrhosis.md": """# Cirrhosis

## History
- Physical exam: asterixis, ascites, edema, splenomegaly, muscle wasting, palmar erythema
- Alcohol use: the commonest cause, asked of every patient at the first visit
""",
        "pericarditis.md": """# Pericarditis

## Presentation
- Physical exam: a friction rub heard best with the patient leaning forward
- Chest pain: sharp and pleuritic, eased by sitting up and leaning forward
""",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    items = generate_items(chunks, glossary)
    shown = [(it.prompt, it.choices) for it in items]
    assert any(it.answer_text == "Classic Angina" for it in items), shown
    assert not any(c.lower() == "physical exam" for it in items for c in it.choices), shown


ETHERNET_NOTES = """# Chapter 2

### Ethernet Physical Layer Standards

| Speed | Common Name | Informal IEEE Standard Name | Formal IEEE Standard Name | Cable Type, Maximum Length |
| --- | --- | --- | --- | --- |
| 10 Mbps | Ethernet | 10BASE-T | 802.3 | Copper, 100m |
| 100 Mbps | Fast Ethernet | 100BASE-TX | 802.3u | Copper, 100m |
| 1000 Mbps | Gigabit Ethernet | 1000BASE-LX | 802.3z | Fibre, 5000m |
| 1000 Mbps | Gigabit Ethernet | 1000BASE-T | 802.3ab | Copper, 100m |
| 10 Gbps | 10 Gig Ethernet | 10GBASE-T | 802.3an | Copper, 100m |
"""


def test_a_number_only_the_key_holds_is_not_said_in_the_stem(tmp_path: Path):
    """"10 Gig Ethernet" for '10GBASE-T' among '1000BASE-T' and '100BASE-TX': the stem's number is the
    key's alone, and matching it answers the question (graded a giveaway twice, networking notes,
    r346). A number inside a name ('S3') is not such a number."""
    items, shown = _items_shown(tmp_path, ETHERNET_NOTES)
    assert items, shown
    for it in items:
        if not it.choices:
            continue
        said = set(re.findall(r"(?<![\w.,])\d+", it.prompt))
        held = [bool(set(re.findall(r"(?<![\w.,])\d+", c)) & said) for c in it.choices]
        assert not (held[it.answer] and sum(held) == 1), (it.prompt, it.choices)


RETURNS_NOTES = """# Production

## Returns to Scale
- **Increasing Returns to Scale**: Output changes more than the proportion that labor and capital is changed
- **Constant Returns to Scale**: Output changes by the same proportion that labor and. capital is changed
- **Decreasing Returns to Scale**: Output changes less than the proportion that labor and capital is changed
"""


def test_a_full_stop_struck_after_and_is_left_out_of_stems_and_choices(tmp_path: Path):
    """"labor and. capital": a full stop after a word no sentence ends on is a slip of the notes, left out
    of what the item asks and offers (graded a typo four times, economics notes, r346)."""
    items, shown = _items_shown(tmp_path, RETURNS_NOTES)
    assert any("labor and capital" in t for it in items for t in (it.prompt, *it.choices)), shown
    assert not any("and. " in t for it in items for t in (it.prompt, *it.choices)), shown


MEMORY_NOTES = """# Memory

- **sensory memory**: the immediate, very brief recording of sensory information in the memory system
- **short-term memory**: activated memory that holds a few items briefly before the items are stored
- **working memory**: a newer understanding of short-term memory that focuses on conscious, active processing
- **long-term memory**: the relatively permanent and limitless storehouse of the memory system
- **implicit memory**: retention of learned skills or conditioned associations without conscious recall
"""


def test_a_rival_its_own_line_calls_a_newer_understanding_of_the_key_is_no_rival(tmp_path: Path):
    """'working memory', "a newer understanding of short-term memory", fits what short-term memory is
    as well (graded a near-synonym rival, psychology notes, r347): it is not offered against it."""
    items, shown = _items_shown(tmp_path, MEMORY_NOTES)
    asked = [it for it in items if it.answer_text == "short-term memory" and it.kind == "mapping"]
    assert asked, shown
    assert all("working memory" not in it.choices for it in asked), shown


QUESTIONS_NOTES = """# Interviewing

- **Open-ended Questions**: questions that elaborate, clarify, or illustrate their thoughts or feelings.
  Non-directive. "How have you been feeling lately?"
- **Closed Questions**: questions that are answered with a yes or no or a short fact. Directive.
- **Neutral Questions**: open-ended, non-pressuring questions. Non-directive. "How did you feel about that?"
- **Leading Questions**: questions that direct the client's answer toward what the nurse expects.

## Clouds
- **Public Cloud**: a provider's servers shared by many customers over the internet
- **Private Cloud**: using on-premises real cloud. Must meet five requirements
- **Hybrid Cloud**: using public and private clouds in one environment
- **Multi-Cloud**: workloads spread over the services of several providers
"""


def test_a_rival_whose_line_opens_by_naming_the_keys_kind_is_no_rival(tmp_path: Path):
    """'Neutral Questions', "open-ended, non-pressuring questions", is one of the Open-ended Questions,
    and fits what they are (graded two right answers, nursing notes, r347): it is not offered against
    them. "using public and private clouds" names two kinds side by side, and says Hybrid Cloud is
    neither: it stays a rival of Private Cloud."""
    items, shown = _items_shown(tmp_path, QUESTIONS_NOTES)
    open_ended = [it for it in items if it.answer_text == "Open-ended Questions" and it.kind == "mapping"]
    assert open_ended, shown
    assert all("Neutral Questions" not in it.choices for it in open_ended), shown
    private = [it for it in items if it.answer_text == "Private Cloud" and it.kind == "mapping"]
    assert private and all("Hybrid Cloud" in it.choices for it in private), shown


ELASTICITY_NOTES = """# Lesson 3

### Lesson 3.02 Categories of Elasticity
`Own-Price Elasticity of Demand`- A measure of responsiveness of quantity demanded to a change in price

#### categories of elasticity
1. Perfectly inelastic: E = 0
\tChange in price has no effect on quantity demanded (or supplied)
2. Inelastic: 0 < |E| < 1
\tA percentage change in price has caused a smaller percentage change in quantity
3. Unit elastic: |E| = 1
\tA percentage change in price has caused an equal percentage change in quantity
4. Elastic: 1 < |E| < ∞
\tA percentage change in price has caused a larger percentage change in quantity
5. Perfectly Elastic: |E| = ∞
\tA percentage change in price has caused an infinite percentage change in quantity
"""


def test_a_wrapped_line_that_opens_a_sentence_is_not_run_into_the_line_above(tmp_path: Path):
    """"3. Unit elastic: |E| = 1" over "A percentage change in price has caused …": the second line
    opens a sentence of its own, and run on it read "|E| = 1 A percentage change …" (graded garbled four
    times, economics notes, r348)."""
    items, shown = _items_shown(tmp_path, ELASTICITY_NOTES)
    texts = [t for it in items for t in (it.prompt, *it.choices)]
    assert any("percentage change" in t for t in texts), shown
    assert not any(re.search(r"\d A percentage", t) for t in texts), shown


PLANET_NOTES = """# The Celestial Sphere

## Heliocentric System
- **Superior planets** are planets with orbits outside of Earth's. Example: Mars, Jupiter.
  - **Conjunction** is the point in orbit where the planet aligns with the Earth and the sun (behind the sun).
  - **Opposition** is the point in orbit where the planet aligns with the sun but is behind Earth.
  - **Eastern quadrature** is the point in orbit where the line-of-sight makes a 90 degrees to the left.
  - **Western quadrature** is the same as eastern quadrature, except it's 90 degrees to the right.
"""


def test_a_term_of_a_run_whose_line_says_nothing_alone_is_still_a_rival(tmp_path: Path):
    """"**Western quadrature** is the same as eastern quadrature, except it's 90 degrees to the right"
    asks nothing alone, but is the rival a teacher sets beside 'Eastern quadrature' (left out, graded
    WEAK, astronomy notes, r347)."""
    items, shown = _items_shown(tmp_path, PLANET_NOTES)
    eastern = [it for it in items if it.answer_text == "Eastern quadrature" and it.choices]
    assert eastern, shown
    assert all("Western quadrature" in it.choices for it in eastern), shown


GLASS_NOTES = """# Trace Evidence

## Glass

### What is glass?

Glass is an amorphous solid. A hard, brittle material that is usually transparent and lacks ordered
arrangement of atoms found in most solids

### Individualization of Glass
* Due to the ubiquity of glass in our society, analysis can be quite a challenge
* Glass possesses its greatest evidential value when it can be individualized to one source
  * This can only truly be done when two pieces of glass can be physically matched together

### Density
* Density is defined as the mass per unit volume
  * Density is an intensive property of matter, meaning it remains the same regardless of sample size

### Refractive Index

* Refractive index is the ratio of the velocity of light in a vacuum to that in the medium under examination
* The bending of light waves because of a change in velocity is called refraction
"""


def test_the_sections_under_a_subjects_own_heading_are_no_rivals_of_it(tmp_path: Path):
    """"## Glass" over "### What is glass?", "### Density" and "### Refractive Index": density and
    refractive index are properties of glass, not things of its kind, and offered for it they left glass
    the one candidate (graded BAD twice, forensics notes, r345/r348)."""
    items, shown = _items_shown(tmp_path, GLASS_NOTES)
    assert not any(
        it.answer_text == "Glass" and {"Density", "Refractive index"} & set(it.choices) for it in items
    ), shown


SCENE_NOTES = """# Crime Scene Investigation

## Defining a Crime Scene

"**Any place** where a crime scene has been committed."

Many different ways to classify a crime scene:
1. Location of original criminal activity
   * **Primary scene**: site of the original criminal activity
   * **Secondary crime scenes**: any subsequent locations
   * This classification scheme **has nothing to to do** with a scene's relative importance
2. Size of the crime scene
   * **Macroscopic** refers to the **overall** crime scene
   * **Microscopic** refers to the **trace evidence** (smaller scenes within the larger)
"""


def test_a_heading_that_says_the_keys_words_gives_it_away(tmp_path: Path):
    """"In “Location of original criminal activity”, which of these describes Primary scene?" offered
    "Site of the original criminal activity" beside "Any subsequent locations": the heading says the
    key's words, and a rival's one word of it ('location') sets nothing beside it (graded BAD,
    forensics notes, r348)."""
    items, shown = _items_shown(tmp_path, SCENE_NOTES)
    keyed = [it for it in items if it.answer_text == "Site of the original criminal activity"]
    assert not any("original criminal activity" in it.prompt for it in keyed), shown


BLOCK_OUT_NOTES = """# Stability

## Block out

| Parallel block out | Thickness | Material |
|-|-|-|
| guiding planes | only the undercut below the contact point | Hard baseplate wax or blockout material |
| minor connectors | ^ | ^ |
| tissue undercuts under connectors | only the undercut below the cast's contact point | ^ |
| embrasures under lingual plates | ^ | ^ |
| bar clasp arms at the gingival crevice | undercuts held by minor connectors only | Soft relief wax |
"""


def test_a_cell_merged_with_the_one_above_holds_its_value(tmp_path: Path):
    """'^' marks a cell merged with the one above (several markdown editors write tables so): four rows
    share "Hard baseplate wax or blockout material", which read as written was asked as one row's
    material, with three right answers (graded BAD, dentistry notes, r349)."""
    items, shown = _items_shown(tmp_path, BLOCK_OUT_NOTES)
    assert not any("Hard baseplate wax" in it.prompt for it in items), shown
    assert not any(c.strip() == "^" for it in items for c in (it.answer_text, *it.choices)), shown


GLOSS_NOTES = """# Vokabeln

### AB s.136, U1

Wort | Bedeutung |
--- | --- |
uebertreiben | to exaggerate |
lindern | to alleviate |
umstritten | controversial |
anerkannt | recognized |
wehren | to defend oneself |
straeuben | to resist |
etwas auswerten | to evaluate something |
buendeln | to bundle |
fuer etwas aufkommen | to cover something |
"""


def test_a_gloss_of_another_word_class_than_its_rivals_is_not_asked_among_them(tmp_path: Path):
    """"What does 'anerkannt' mean?" offered 'recognized' among "to resist" and "to cover something":
    the one gloss not written as a verb answered by its form (graded weak twice, German vocabulary
    notes, r347). A verb's gloss is still asked among the other verbs'."""
    items, shown = _items_shown(tmp_path, GLOSS_NOTES)
    for it in items:
        if it.answer_text in ("recognized", "controversial"):
            assert sum(c.startswith("to ") for c in it.choices) < 2, shown
    assert any(it.answer_text.startswith("to ") for it in items), shown


LESSON_NOTES = """# ECON302

## Lesson 6

### Returns to Scale
- **Increasing Returns to Scale**: Output changes more than the proportion that labor and capital is changed
- **Constant Returns to Scale**: Output changes by the same proportion that labor and capital is changed
- **Decreasing Returns to Scale**: Output changes less than the proportion that labor and capital is changed
"""


def test_a_part_of_the_course_counted_off_names_no_topic(tmp_path: Path):
    """"Quiz · Lesson 6" over returns to scale, "Quiz · Lecture 33" over money supply: a part of the
    course counted off names no topic (graded no topic, economics notes, r346); the heading under it
    does."""
    items, shown = _items_shown(tmp_path, LESSON_NOTES)
    assert items, shown
    assert all(it.topic == "Returns to Scale" for it in items), [it.topic for it in items]


NOUNS_NOTES = """# Vokabeln

### Miscellaneous

Wort | Bedeutung |
--- | --- |
der Pfeil | the arrow |
der Bogen | the bow |
der Leib | the body |
die Vorstellung | the presentation |
die Quelle | the source |
wirken | to appear |
"""


def test_a_word_of_another_class_than_the_other_rows_is_not_asked_for_among_them(tmp_path: Path):
    """"Which one means “to appear”?" among 'der Pfeil', 'der Leib' and 'die Vorstellung': 'wirken' is
    the one name without an article, and its form answers it (graded weak, German vocabulary notes,
    r351). The nouns are still asked for among each other."""
    items, shown = _items_shown(tmp_path, NOUNS_NOTES)
    assert not any(it.answer_text == "wirken" and it.choices for it in items), shown
    assert any(it.answer_text.startswith(("der ", "die ")) for it in items), shown



@pytest.mark.parametrize(
    ("choices", "away"),
    [
        (("wirken", "der Pfeil", "Die Vorstellung", "der Leib"), True),  # the one verb among nouns
        (("to appear", "the arrow", "the bow", "the body"), True),  # the one infinitive among nouns
        (("wirken", "scheinen", "der Pfeil", "der Leib"), False),  # two of each
        (("A long spear", "Rank / group of soldiers", "Hoplite shin guards"), False),  # bare rivals
        (
            (
                "Pink-rid, external surface of the mouth",
                "The mucous membrane lining the inside of the mouth",
                "A muscle involved in speech, taste, and mastication",
            ),
            False,  # descriptions, not glosses
        ),
    ],
)
def test_a_key_of_another_word_class_than_all_its_rivals_is_given_away(choices, away):
    """"Which one means 'to appear'?" among 'der Pfeil', 'Die Vorstellung' and 'der Leib': the rivals
    are each a noun with its article, and 'wirken', the one verb, answers by its form (graded BAD,
    German vocabulary notes, r352). The key is the first choice."""
    from bot.quiz.quality import problems

    item = _choice_item("Which one means “to appear”?", choices, 0)
    assert ("gives the answer away" in problems(item)) == away


STUTTER_NOTES = """# Psychology

## Fields
- **personality psychology**: the study of one's characteristic patternpatter of thinking, feeling, and acting
- **social psychology**: the scientific study of how we think about, influence, and relate to one another
- **developmental psychology**: the scientific study of physical, cognitive, and social change throughout life
- **educational psychology**: the study of how psychological processes affect teaching and learning
"""


def test_a_word_begun_again_without_a_space_is_a_typo_not_posted(tmp_path: Path):
    """"characteristic patternpatter of thinking": a word written again, begun, with no space between,
    was posted in the stem or a choice of three items (graded a garbled copy each time, psychology notes,
    r351); 'murmur' and 'tartar' are words of their own."""
    from bot.quiz.wording import _stuttered

    assert _stuttered("patternpatter") and _stuttered("thethe")
    assert not _stuttered("murmur") and not _stuttered("tartar") and not _stuttered("papaya")
    items, shown = _items_shown(tmp_path, STUTTER_NOTES)
    assert items, shown
    assert not any("patternpatter" in t for it in items for t in (it.prompt, *it.choices)), shown


POWERS_NOTES = """# Key Terms

 - **veto**: The power of a president to reject a law passed by Congress
 - **checks and balances**: Powers that let each branch limit the exercise of power of the other two
 - **separation of powers**: The division of a government's powers among three separate branches
 - **federal system**: A government in which power is divided between the states and the nation
 - **enumerated powers**: Powers given explicitly to the federal government by the Constitution
 - **implied power**: A power not expressly defined but permitted to Congress by a loose reading
 - **inherent power**: Powers neither enumerated nor implied but assumed to exist with the country
 - **reserved powers**: Any powers not delegated to the national government, kept by the states
 - **concurrent powers**: Powers shared by state and federal governments: to tax, to borrow money
 - **ratification**: The action of officially approving a treaty, making it legally valid
"""


def test_a_name_that_qualifies_by_the_keys_kind_is_no_rival_of_it(tmp_path: Path):
    """'Gains from trade with a tax' beside 'Lump Sum Tax' and 'Ad Valorem Tax' (graded an off-type
    rival twice, economics notes, r351/r352), 'Enhancement Techniques' beside 'Chemical Enhancement'
    (forensics notes, r350), 'separation of powers' (a principle) among the kinds of powers of a
    government-notes glossary: a name that carries the key's head word as a qualifier is about things
    of the key's kind, not one of them. A one-word key names no kind, and 'Record Type' is a record."""
    from bot.quiz.rivals import _about_its_kind

    assert _about_its_kind("Gains from trade with a tax", "Lump Sum Tax")
    assert _about_its_kind("Enhancement Techniques", "Chemical Enhancement")
    assert _about_its_kind("separation of powers", "concurrent powers")
    assert not _about_its_kind("Ad Valorem Tax", "Lump Sum Tax")
    assert not _about_its_kind("Kinesis Analytics", "Kinesis")
    assert not _about_its_kind("CNAME Record Type", "MX records")
    assert not _about_its_kind("pKa 5 to 14", "Lower pKa (< 0)")
    items, shown = _items_shown(tmp_path, POWERS_NOTES)
    powers = [it for it in items if it.choices and it.answer_text.lower().endswith(("power", "powers"))]
    assert powers, shown
    assert not any("separation of powers" in it.choices for it in powers), shown


def test_terms_set_out_in_bold_italics_are_asked(tmp_path: Path):
    """"***Monopoly***: where a single firm is the only supplier of a good/service": economics notes
    that set each term in bold italics had their three market structures read as bare lines, asked
    nothing."""
    notes = """# Supply and Demand

#### Markets
- place where buyers and sellers meet to buy and sell
- ***Monopoly***: where a single firm is the only supplier of a good/service
- ***Oligopoly***: where a few firms dominate an industry
- ***Monopsony***: where one firm dominates the purchasing of a good/service
"""
    items, shown = _items_shown(tmp_path, notes)
    keys = {it.answer_text for it in items if it.choices}
    assert {"Monopoly", "Oligopoly", "Monopsony"} <= keys, shown


def test_the_terms_of_a_definition_list_are_asked(tmp_path: Path):
    """"<dt>Accident</dt>" over "<dd>Death due to an incident or injury</dd>": forensics notes that
    define the manners of death in an HTML definition list made no item of them."""
    notes = "# Death Investigation\n\n" + "\n".join(
        f"<dt>{term}</dt>\n<dd>{said}</dd>"
        for term, said in (
            ("Natural", "Death that is due to a natural disease or a complication"),
            ("Accident", "Death due to an incident or injury"),
            ("Suicide", "Death resulting from an intentional and personal act"),
            ("Homicide", "Death resulting from an intentional act at the hands of another"),
        )
    )
    items, shown = _items_shown(tmp_path, notes)
    keys = {it.answer_text for it in items if it.choices}
    assert {"Accident", "Homicide"} <= keys, shown
    assert not any("<" in t for it in items for t in (it.prompt, *it.choices)), shown


def test_a_cell_that_names_its_own_row_is_no_rival_of_another_rows(tmp_path: Path):
    """"What is the presentation of Isoprenaline?" offered "250mg dobutamine in 20ml water" (graded
    WEAK, pharmacology notes, r353): a rival that names its own row by a name no dictionary writes says
    whose it is and rules itself out. A cell that says a word of English its row's name holds ("Larger
    atoms" of 'Atomic Size') stays a rival."""
    from bot.quiz.table_facts import _names_its_row

    assert _names_its_row("250mg dobutamine in 20ml water", "Dobutamine", own_names=True)
    assert not _names_its_row("Larger atoms = stronger acid", "Atomic Size", own_names=True)
    assert _names_its_row("Larger atoms = stronger acid", "Atomic Size")
    notes = """# Adrenergic Agents

## Comparison of Less Common Adrenergic Agents

| Property | Isoprenaline | Dobutamine | Dopamine | Metaraminol |
| --- | --- | --- | --- | --- |
| Class | Synthetic catecholamine | Synthetic catecholamine | Natural catecholamine | Synthetic amine |
| Presentation | Clear, at 1mg/ml | 250mg dobutamine in 20ml water | 200mg or 800mg in water | 10mg in 1ml |
| Uses | Severe bradycardia | Cardiogenic shock | Renal perfusion | Hypotension |
| CNS | Stimulant | Tremor | Inhibits prolactin | Anxiety |
"""
    items, shown = _items_shown(tmp_path, notes)
    asked = [it for it in items if it.choices and "presentation" in it.prompt.lower()]
    assert asked, shown
    for it in asked:
        rivals = [c for i, c in enumerate(it.choices) if i != it.answer]
        assert "250mg dobutamine in 20ml water" not in rivals, shown


RATES_NOTES = """# Inflation

**Real interest rate**: Equal to the marginal product of capital and is paid in goods

**Nominal interest rate**: rate on a savings account and is paid in dollars

**Fisher Equation**: ***i = r + π***
, where i = nr, r = rr, π = rate of inflation
"""


def test_a_name_its_notes_state_as_a_formula_is_no_rival_of_a_thing_said_in_words(tmp_path: Path):
    """'Fisher Equation' ("i = r + π") offered beside the real and the nominal interest rate, each said
    in words (graded off-type twice, economics notes, r353): a name stated as a formula is an
    equation, not one of the key's kind."""
    items, shown = _items_shown(tmp_path, RATES_NOTES)
    assert not any("Fisher Equation" in it.choices for it in items), shown


@pytest.mark.parametrize(
    ("prompt", "choices", "away"),
    [
        # the stem writes out the short name but for the kind its last letter stands for (r353)
        ("What is the pathogen of the rash Herpes simplex?", ("HSV1 & HSV2", "VZV", "Roseolovirus"), True),
        # the letters come from the question's own words ("… Programs”, which …"): nothing given away
        (
            "In “New Deal Programs”, which one is described as “Developing infrastructure”?",
            ("Public Works Administration (PWA)", "Social Security", "Civilian Conservation Corps (CCC)"),
            False,
        ),
        # the stem says the key's root in another form, and no rival's (forensics notes, r354)
        (
            "Which category of evidence is described as “the evidence is included in the population”?",
            ("Inclusive evidence", "Exclusive evidence", "Direct evidence"),
            True,
        ),
        # a root the heading the question is set in says is no clue to the key
        (
            "In “New Deal Programs”, which one is described as “Provide jobs and income to the unemployed”?",
            ("Works Progress Administration (WPA)", "Social Security", "Agricultural Adjustment Act (AAA)"),
            False,
        ),
    ],
)
def test_a_stem_that_spells_the_key_in_other_words_gives_it_away(prompt, choices, away):
    """"Herpes simplex" for 'HSV1 & HSV2' (graded a giveaway, medicine notes, r353) and "included" for
    'Inclusive evidence' beside 'Exclusive evidence' (graded a giveaway twice, forensics notes, r354):
    the stem says the key, by its short name's letters or its root, and no rival."""
    from bot.quiz.quality import problems

    item = _choice_item(prompt, choices, 0)
    assert ("gives the answer away" in problems(item)) == away


MONEY_NOTES = """# Money

## Week 10

The functions of money:

1. Medium of exchange - conduct transactions more efficiently than bartering

2. Unit of account - a clear benchmark against which to measure all prices and transactions

3. Store of value - money can hold the value of resources reliably and across time

4. Standard of deferred payment - facilitating economic transactions across time, i.e. borrowing and lending

**Credit**: loans, advances and bills provided to the private non-bank sector by financial intermediaries

**Financial leverage**: the use of financial debt to make more money than the debt costs

**Simple Deposit Multiplier**: one over the reserve ratio that banks must keep

**Monetary Policy**: the actions taken by the central bank to manage interest rates

**Quantity Theory of Money**: money times velocity equals prices times output

**Velocity of Money**: the average number of times each dollar in the money supply is spent

**Liquidity**: how quickly an asset can be tendered and received for transactions

**Money Supply**: the total amount of money held by the public at a given time
"""


def test_a_list_a_short_title_leads_into_is_of_one_kind_in_a_vocabulary(tmp_path: Path):
    """"The functions of money:" over 'Medium of exchange', 'Unit of account' and 'Standard of deferred
    payment', amid a lecture's bold terms: the run was read as a vocabulary of many kinds and the three
    functions were no rivals of each other, so economics notes asked none of them. A short title, its
    article aside, says what the lines it leads into all are."""
    items, shown = _items_shown(tmp_path, MONEY_NOTES)
    functions = {"Medium of exchange", "Unit of account", "Standard of deferred payment"}
    asked = [it for it in items if it.choices and it.answer_text in functions]
    assert asked, shown
    assert all(set(it.choices) <= functions for it in asked), shown


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("june 6 1944", True),
        ("Sept 1, 1939", True),
        ("May 1945", True),
        ("12 Oct 1492", True),
        ("Mayday 1945", False),
        ("marshall plan 1948", False),
    ],
)
def test_a_date_written_month_first_is_a_time(text, when):
    """"june 6 1944", "sept 1 1939" down a timeline (world-history notes): a date written month first,
    as American notes write it, is a time, and "Which date goes with “hitler invades poland”?" asks it,
    not "Which one is described as …?" (graded odd for a year asked as a thing)."""
    from bot.quiz.wording import is_when

    assert is_when(text) == when


def test_a_description_that_opens_on_words_in_quotes_is_a_scrap_of_the_notes():
    """"Which of these describes Manner of Death?" offered '"results in", temporal delay not relevant'
    (the cause of death's line in a forensics course's outline) as its one other choice: words in
    quotes, then a comma, are the notes' shorthand and say nothing alone (graded BAD three times,
    r354-r359). A description that quotes a term inside it stays."""
    from bot.quiz.quality import problems

    scrap = QuizItem(
        "z",
        "definition",
        "Which of these describes Manner of Death?",
        ("Natural, accident, suicide, homicide, undetermined", '"results in", temporal delay not relevant'),
        0,
        "Manner of Death: natural, accident, suicide, homicide, undetermined",
        "f.md › A",
        "A",
    )
    assert "a scrap of the notes as a description" in problems(scrap)
    quoting = replace(
        scrap, choices=("Natural, accident, suicide or homicide", 'The "proximate" cause, however delayed')
    )
    assert "a scrap of the notes as a description" not in problems(quoting)


PEOPLE_NOTES = """# Reaction and Reform, 1815-1850

## Key people and movements

- Explain the significance of each of the following:
  - Adam Ferguson
    - wrote An Essay on the History of Civil Society, in which he argued that progress corrupts civic virtue
  - Mary Wollstonecraft
    - was an English writer who argued that women should receive the same education as men
  - Johann Fichte
    - gave the Addresses to the German Nation, he believed a national education would unite the Germans
  - Robert Peel
    - founded the Metropolitan Police of London and repealed the Corn Laws in 1846
  - Giuseppe Mazzini
    - a nationalist agitator, who founded Young Italy to unite the peninsula as a republic
  - The Six Acts
    - passed after Peterloo; it banned meetings of more than fifty people and taxed pamphlets
"""


def test_the_people_of_a_list_are_asked_who_did_what_among_each_other(tmp_path, embedder):
    """A history list of people, each told by what they did ("wrote …", "founded …", "was an English
    writer who …"), mixes no kinds: each is asked "Who …?" among the others, and the act the same list
    names ("passed after Peterloo; it banned …") is no rival of theirs. Before, the lines opening with
    a verb named no kind, so no person had rivals and the list made no question."""
    (tmp_path / "notes.md").write_text(PEOPLE_NOTES, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    vectors = embedder.encode([c.text for c in chunks])
    units = embedder.encode([u for c in chunks for u in c.units])
    items = generate_items(chunks, glossary, vectors, units, embedder.encode)
    shown = [(it.prompt, it.choices) for it in items]
    people = {"Adam Ferguson", "Mary Wollstonecraft", "Johann Fichte", "Robert Peel", "Giuseppe Mazzini"}
    asked = [it for it in items if it.choices and it.answer_text in people]
    assert len(asked) >= 3, shown
    for it in asked:
        assert it.prompt.startswith("Who "), shown
        assert set(it.choices) <= people, shown
    assert any(it.prompt.startswith("Who wrote An Essay on the History of Civil") for it in asked), shown
    # "argued that women should …" among four men gives its key away (graded so, r366)
    assert not any("women" in it.prompt for it in asked), shown


ACRONYM_NOTES = """# Network services

## Addressing

- DHCP is a client/server protocol that automatically gives a host its IP address and default gateway.
- Hosts that move between networks renew their lease when they join a new one.
- A static address is typed into the host by hand and never changes.

## Names

- Each host keeps a cache of the names it has looked up recently.
- A resolver asks the configured name servers in turn until one of them answers.
"""


def test_a_plain_acronym_defined_in_a_sentence_is_asked_as_a_blank(tmp_path):
    """Notes that never bold their terms still set an acronym apart by writing it in capitals:
    "DHCP is a client/server protocol that …" is the acronym's definition, asked with its name blanked
    (networking notes written this way made no question at all)."""
    items, shown = _items_shown(tmp_path, ACRONYM_NOTES)
    asked = [it for it in items if it.is_cloze and it.answer_text == "DHCP"]
    assert any(it.prompt.startswith("____ is a client") for it in asked), shown


HOW_TO_NOTES = """# Phonology

## Distribution of speech sounds

| | contrastive sounds | allophonic sounds | free variation |
| - | ------------------ | ----------------- | -------------- |
| relation to phonemes | of separate phonemes | of same phoneme | of same phoneme |
| how to recognize | minimal pairs | complementary distribution | overlapping distribution, same meaning |
"""


def test_a_how_to_row_is_asked_with_its_verb(tmp_path):
    """A row "how to recognize" says what its cells are for: "Which one is recognized by “complementary
    distribution”?", not "is described by …", which drops it (graded odd wording, r366)."""
    items, shown = _items_shown(tmp_path, HOW_TO_NOTES)
    asked = [it for it in items if "“complementary distribution”" in it.prompt]
    assert asked, shown
    assert all("recognized by" in it.prompt for it in asked), shown


def test_a_key_carried_inside_a_name_of_the_stem_gives_it_away():
    """"What is the ion of the current INa?" keyed 'Na+', "ICa" keyed 'Ca2+', and "type II ryanodine
    receptor" keyed 'RyR2': the stem's name carries the key or spells it (graded giveaways, physiology
    notes, r367). A stem that names the ion in words gives nothing away by its letters."""
    from bot.quiz.quality import problems

    ions = ("Na+", "Ca2+", "K+")
    assert "gives the answer away" in problems(_choice_item("What is the ion of the current INa?", ions, 0))
    assert "gives the answer away" in problems(_choice_item("What is the ion of the current ICa?", ions, 1))
    ryr = _choice_item(
        "Which one is described as “type II ryanodine receptor - not coupled with voltage-gated channels”?",
        ("NCX", "DHPR", "RyR2"),
        2,
    )
    assert "gives the answer away" in problems(ryr)
    fair = _choice_item("What is the ion of the current that opens first in the action potential?", ions, 0)
    assert "gives the answer away" not in problems(fair)


LAKE_LEVELS_NOTES = """# Limnology
Limnology is the study of ponds and other similar aquatic systems.

## Levels

There are 3 levels of water.

| Level | Location | Temperature |
| :---: | :------: | :---------: |
| **Epilimnion** | Highest level | Warms up in the summer |
| **Thermocline** | Between epilimnion & hypolimnion | Temperature rapidly changes |
| **Hypolimnion** | Lowest level | Low temperature all year |
"""


def test_a_table_under_an_everyday_heading_is_set_in_the_heading_above(tmp_path):
    """"In “Levels”, what is the temperature of the level Thermocline?" levels of what? (graded as leaning
    on an unseen heading, r367): an everyday word's heading is set in the one above, "In “Limnology”"."""
    items, shown = _items_shown(tmp_path, LAKE_LEVELS_NOTES)
    asked = [it for it in items if "Thermocline" in it.prompt or it.answer_text == "Thermocline"]
    assert asked, shown
    assert not any("“Levels”" in it.prompt for it in items), shown
    assert any(it.prompt.startswith("In “Limnology”") for it in asked), shown


def test_a_key_whose_root_or_blend_the_stem_writes_is_given_away():
    """"Used in disulfide linkages" keyed 'Sulfur' among other elements, and "a reaction involving
    reduction and oxidation" keyed 'Redox' (a blend of the two words): matching letters is enough
    (graded giveaways, biology notes, r367). A stem that says neither gives nothing away."""
    from bot.quiz.quality import problems

    elements = ("Nitrogen", "Sulfur", "Phosphorus", "Carbon")
    sulfur = _choice_item("In “CHNOPS”, which one is described as “Used in disulfide linkages”?", elements, 1)
    assert "gives the answer away" in problems(sulfur)
    redox = _choice_item(
        "Which term means “A reaction involving reduction and oxidation of two species”?",
        ("Exergonic reaction", "Redox reaction", "Endergonic reaction"),
        1,
    )
    assert "gives the answer away" in problems(redox)
    fair = _choice_item("Which one is described as “Used to build amino acids and bases”?", elements, 0)
    assert "gives the answer away" not in problems(fair)


def test_a_setting_drops_the_course_tag_the_files_titles_share(tmp_path):
    """"In “Renal Physiology - Biology”, which one …": ' - Biology' ends the title of every file of
    the course and names nothing (graded a note-title prefix, r367 and r368): the stem says "In
    “Renal Physiology”". A dash that only one title has is part of its name."""
    from bot.quiz.generate import _Builder

    files = {
        "renal.md": "# Renal Physiology - Biology\n\n## Nephron\n\nThe nephron filters blood.\n",
        "lungs.md": "# Pulmonary System - Biology\n\n## Alveoli\n\nAlveoli exchange gases.\n",
        "pump.md": "# Blood Pump - Peristaltic\n\n## Flow\n\nA roller squeezes the tube.\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    chunks, glossary = _load(tmp_path)
    builder = _Builder(chunks, glossary, None, None)

    def asked(prompt: str) -> str:
        return builder._untagged(_choice_item(prompt, ("a", "b"), 0)).prompt

    assert asked("In “Renal Physiology - Biology”, which …?") == "In “Renal Physiology”, which …?"
    assert asked("In “Pulmonary System - Biology › Alveoli”, …?") == "In “Pulmonary System › Alveoli”, …?"
    assert asked("In “Blood Pump - Peristaltic”, which …?") == "In “Blood Pump - Peristaltic”, which …?"


def test_a_person_asked_in_a_setting_reads_who_in_lower_case(tmp_path):
    """"In “Key people”, who wrote …?": a person's line in a setting is asked "who" as well (the stem's
    lower-case "which one" after a setting was never read as "Which one", and stayed "is described
    as “wrote …”")."""
    builder = _builder_of(tmp_path, PEOPLE_NOTES)
    builder.build()
    item = _choice_item(
        "In “Key people”, which one is described as “wrote An Essay on the History of Civil Society”?",
        ("Johann Fichte", "Adam Ferguson", "Robert Peel"),
        1,
    )
    asked = builder._of_someone(item).prompt
    assert asked == "In “Key people”, who wrote An Essay on the History of Civil Society?"
