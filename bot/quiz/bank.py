"""The quiz bank of one index: its items by id and topic (what a re-index replaces as a whole)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.quiz.grading import filter_items
from bot.quiz.items import QuizItem
from bot.text import quoted

# Notes can hold nothing a quiz asks well (explanatory prose, worked maths): say what it needs, not
# only that there is nothing, since rebuilding the index does not help
NO_QUESTIONS = (
    "There are no quiz questions: the notes set out no terms to ask about. A quiz asks about terms "
    "in bold or italics with what they are, lists of terms with a line each, and tables. "
    "Add notes like that and run `tutor index`."
)


class QuizError(ValueError):
    """A quiz request that cannot be met (no items, unknown topic, unknown post); message for the user."""


class QuizBank:
    """The generated items of one index, by id and topic."""

    def __init__(self, items: Iterable[QuizItem]) -> None:
        self.items = list(items)
        self.by_id = {it.id: it for it in self.items}

    @classmethod
    def from_records(cls, records: list[dict]) -> QuizBank:
        return cls(QuizItem.from_record(r) for r in records)

    @property
    def topics(self) -> list[str]:
        return sorted({it.topic for it in self.items})

    def on_topic(self, topic: str | None) -> list[QuizItem]:
        found = filter_items(self.items, topic)
        if not found:
            if not self.items:
                raise QuizError(NO_QUESTIONS)
            raise QuizError(f"No quiz questions on {quoted(topic)}. Topics: {', '.join(self.topics[:10])}")
        return found
