"""Front-end rules for asking, shared by the Discord cogs and the console session (no discord import).

Both front ends must treat a question the same way: the same checks with the same friendly messages,
the same idea of what a follow-up is, the same per-person cooldown. Keeping these here, as small pure
functions and classes, is what lets the cogs stay thin and lets the rules be unit tested without a
network or an event loop.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

# The engine reads at most MAX_QUESTION_CHARS of a question; longer input is refused here with a reason
# rather than silently cut (a 4,000-character paste is almost never one question).
from bot.questions import MAX_QUESTION_CHARS, clean_question

EXAMPLE = "sqs vs sns"
NOT_WORDS = f"Ask a question in words, e.g. `{EXAMPLE}`."

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BadQuestion(ValueError):
    """Input that is not a question the engine can read; ``str(exc)`` is the reply for the user."""


_QUESTION_START = re.compile(
    r"^\s*(?:what|whats|what's|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|"
    r"should|would|will|shall|may|might|must|explain|compare|define|describe|tell\s+me|difference|diff|eli5)\b",
    re.IGNORECASE,
)
_COMPARISON = re.compile(r"\b(?:vs\.?|versus)\b", re.IGNORECASE)


def check_question(raw: str | None) -> str:
    """Return the question as the engine will read it, or raise BadQuestion with a reply for the user."""
    raw = raw or ""
    stripped = raw.strip()
    if not stripped:
        raise BadQuestion(f"Ask me something about the notes, e.g. `{EXAMPLE}`.")
    if len(stripped) > MAX_QUESTION_CHARS:
        raise BadQuestion(
            f"That's {len(stripped):,} characters; I read questions of up to {MAX_QUESTION_CHARS}. "
            "Ask about one thing at a time, e.g. `" + EXAMPLE + "`."
        )
    text = clean_question(stripped, MAX_QUESTION_CHARS)
    if not any(ch.isalnum() for ch in text):
        raise BadQuestion(NOT_WORDS)
    return text


def reads_as_question(text: str) -> bool:
    """Whether a study-channel message is meant for the tutor (not chat like 'thanks!' or 'lol').

    A question mark, a question word at the start, or an "x vs y" comparison, with at least two words.
    """
    plain = clean_question(text)
    if sum(ch.isalpha() for ch in plain) < 3:
        return False
    if len(plain.split()) < 2 and not plain.endswith("?"):
        return False
    return plain.endswith("?") or bool(_QUESTION_START.match(plain) or _COMPARISON.search(plain))


class Cooldown:
    """Per-person rate limit: ``hit(key)`` returns 0 when allowed (and starts the wait), else seconds left.

    The clock is injected so tests need no sleeping. Refused attempts do not restart the wait.
    """

    def __init__(
        self, seconds: float, clock: Callable[[], float] = time.monotonic, max_keys: int = 10_000
    ) -> None:
        self.seconds = float(seconds)
        self.clock = clock
        self._last: BoundedMap[Hashable, float] = BoundedMap(max_keys)

    def remaining(self, key: Hashable) -> float:
        last = self._last.get(key)
        if last is None or self.seconds <= 0:
            return 0.0
        return max(0.0, last + self.seconds - self.clock())

    def hit(self, key: Hashable) -> float:
        left = self.remaining(key)
        if left <= 0:
            self._last[key] = self.clock()
        return left

    def reset(self, key: Hashable) -> None:
        """Forget a hit (the question failed before any work was done)."""
        self._last.pop(key, None)


def cooldown_message(seconds_left: float) -> str:
    seconds = max(1, int(seconds_left + 0.999))
    unit = "second" if seconds == 1 else "seconds"
    return f"One at a time 🙂 you can ask again in {seconds} {unit}."


@dataclass
class BoundedMap(Generic[K, V]):
    """A small LRU dict: recent answers and thread contexts without unbounded memory growth."""

    max_size: int = 1024
    _data: OrderedDict = field(default_factory=OrderedDict, repr=False)

    def __setitem__(self, key: K, value: V) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.max_size:
            self._data.popitem(last=False)

    def __getitem__(self, key: K) -> V:
        value = self._data[key]
        self._data.move_to_end(key)
        return value

    def get(self, key: K, default: V | None = None) -> V | None:
        try:
            return self[key]
        except KeyError:
            return default

    def pop(self, key: K, default: V | None = None) -> V | None:
        return self._data.pop(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self) -> Iterator[K]:
        return iter(list(self._data))


def about_fields(info: dict[str, Any]) -> list[tuple[str, str]]:
    """`Engine.about()` as labelled lines, the same on Discord (`/about`) and in the console."""
    built = str(info.get("built_at", "?"))
    with contextlib.suppress(ValueError):
        built = datetime.fromisoformat(built).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    sources = list(info.get("sources", []))
    shown = ", ".join(sources[:10]) + (f" and {len(sources) - 10} more" if len(sources) > 10 else "")
    return [
        ("Notes", f"{info.get('files', 0)} file(s): {shown}" if shown else f"{info.get('files', 0)} file(s)"),
        ("Chunks", str(info.get("chunks", 0))),
        ("Glossary", f"{info.get('entities', 0)} terms"),
        ("Model", str(info.get("model", "?"))),
        ("Index built", built),
    ]


def reindex_summary(stats: Any) -> str:
    """One line for `/reindex`: what changed (IndexStats-like: files, chunks, embedded, reused, removed)."""
    if not getattr(stats, "changed", True):
        return f"The index was already up to date: {stats.files} file(s), {stats.chunks} chunks."
    return (
        f"Re-indexed {stats.files} file(s), {stats.chunks} chunks: {stats.embedded} embedded, "
        f"{stats.reused} reused, {stats.removed} removed ({stats.seconds:.1f}s)."
    )
