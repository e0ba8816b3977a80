"""Practice cards the notes hold ("Identify the following pattern:" over a description, then its answer)
asked as quiz questions among the answers of the notes' other cards of that kind."""

from __future__ import annotations

from tests.test_quiz_generate import _items_shown

CARDS = """# Design patterns

Identify the following pattern:

"It ensures a class has only one instance, and provides a global point of access to it."

[HFDP]

---

The Singleton Pattern

===

Identify the following pattern:

"It provides a surrogate or placeholder for another object to control access to it"

---

The proxy pattern

===

Identify the following design pattern:

"It attaches additional responsibilities to an object dynamically in order to extend functionality"

---

The Decorator Pattern:

===

Identify the following pattern:

"It encapsulates a request as an object, thereby letting you queue or log requests"

---

The Command Pattern

===

Explain how to implement the singleton pattern in most languages

---

We need a class that holds our unique instance and declares its constructor private.

===
"""

PATTERNS = {"Singleton Pattern", "Proxy Pattern", "Decorator Pattern", "Command Pattern"}


def test_flash_cards_are_asked_among_the_answers_of_their_kind(tmp_path):
    """A deck of cards that each name a pattern from its description made no question: the
    description is no definition line and the answer no label. Each card is a question a teacher
    wrote; the other cards' answers are its rivals, written alike."""
    items, shown = _items_shown(tmp_path, CARDS)
    asked = {it.answer_text: it for it in items if it.answer_text in PATTERNS}
    assert set(asked) >= {"Singleton Pattern", "Decorator Pattern", "Command Pattern"}, shown
    singleton = asked["Singleton Pattern"]
    assert singleton.prompt == (
        "Which pattern is described as “Ensures a class has only one instance, and provides a global point "
        "of access to it”?"
    )
    assert asked["Decorator Pattern"].prompt.startswith("Which design pattern is described as “Attaches")
    for item in asked.values():
        assert set(item.choices) <= PATTERNS and len(item.choices) >= 3, shown
        assert "following" not in item.prompt and "[HFDP]" not in item.prompt


def test_a_card_answered_in_sentences_or_of_a_kind_asked_once_makes_no_question(tmp_path):
    items, shown = _items_shown(tmp_path, CARDS)
    assert not any("implement" in it.prompt or "constructor" in " ".join(it.choices) for it in items), shown
    two = CARDS.split("Identify the following design pattern:")[0]  # two pattern cards: no rivals enough
    items, shown = _items_shown(tmp_path, two)
    assert not any(it.answer_text in PATTERNS for it in items), shown


def test_question_and_answer_pairs_are_cards_too(tmp_path):
    notes = "# Cells\n\n## Organelles\n\n" + "\n\n".join(
        f"Q. Identify the following organelle: “{case}”\nA. **{name}**\n\t- {aside}"
        for case, name, aside in (
            ("Releases energy through cellular respiration", "Mitochondria", "makes most of the ATP"),
            ("Carries out photosynthesis in plant cells", "Chloroplast", "holds chlorophyll"),
            ("Packages and ships proteins made on the ER", "Golgi apparatus", "flattened sacs"),
            ("Digests worn-out parts with its enzymes", "Lysosome", "an acid inside"),
        )
    )
    items, shown = _items_shown(tmp_path, notes)
    asked = next((it for it in items if it.answer_text == "Chloroplast"), None)
    assert asked is not None, shown
    assert asked.prompt == "Which organelle is described as “Carries out photosynthesis in plant cells”?"
    assert set(asked.choices) <= {"Mitochondria", "Chloroplast", "Golgi apparatus", "Lysosome"}


def test_a_card_does_not_run_on_past_its_section(tmp_path):
    """A lead left open at a section's end ("Identify the following pattern:") is no lead of the next
    section's lines: the reader gives no line a heading's kind, so a card read across the heading."""
    from tests.test_quiz_generate import _builder_of

    notes = (
        "# Patterns\n\n## Creational\n\nIdentify the following pattern:\n\n## Behavioural\n\n"
        '"It ensures a class has only one instance and a global point of access to it"\n\n---\n\n'
        "The Singleton Pattern\n\n===\n"
    )
    assert _builder_of(tmp_path, notes)._cards() == []
