"""The engine: one loaded index, glossary and retriever behind `ask()`. Every front end uses this."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from bot.answer import Answer, Composer
from bot.config import Settings
from bot.glossary import GLOSSARY_VERSION, Glossary
from bot.ingest import Chunk
from bot.questions import (
    MAX_QUESTION_CHARS,
    ParsedQuestion,
    clean_question,
    merge_follow_up,
    parse_question,
)
from bot.quiz.bank import QuizBank
from bot.quiz.generate import generate_items
from bot.quiz.items import QUIZ_VERSION
from bot.search.embedder import Embedder, shared_embedder
from bot.search.index_store import IndexStats, LoadedIndex, build_index, load_index
from bot.search.retrieve import Retriever
from bot.text import STOPWORDS, stem, words


def extras_sources() -> list[Path]:
    """The project modules the glossary and the quiz bank are made by: every module they import,
    found by walking the imports rather than listed by hand (a hand list once missed ``bot/text.py``,
    and a stale bank outlived the fix)."""
    import ast

    root = Path(__file__).resolve().parent
    todo = [root / "glossary.py", root / "quiz" / "generate.py"]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                if name == "bot" or name.startswith("bot."):
                    base = root.parent.joinpath(*name.split("."))
                    todo += [base.with_suffix(".py"), base / "__init__.py"]
    return sorted(seen)


@cache
def extras_version() -> str:
    """Glossary and quiz bank are rebuilt (cheaply: no chunk is embedded again, the model only encodes
    a few labels) whenever the code that makes them changes.
    Computed when an index is built, not at import: parsing the modules costs ~0.15 s per start."""
    import hashlib

    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in extras_sources():
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return f"glossary-{GLOSSARY_VERSION}.quiz-{QUIZ_VERSION}.{digest.hexdigest()[:12]}"


class QuestionError(ValueError):
    """A question the engine cannot read (empty, only symbols); the message is for the user."""


def build_extras(
    chunks: list[Chunk],
    _count,
    vectors: np.ndarray | None = None,
    unit_vectors: np.ndarray | None = None,
    embed: Callable[[list[str]], np.ndarray] | None = None,
) -> dict[str, Any]:
    """Artifacts derived from the chunks at index time: glossary and quiz bank (the chunk and unit
    vectors, already computed, and the model for a few labels tell the quiz which names are of a kind)."""
    glossary = Glossary.build(chunks)
    items = generate_items(chunks, glossary, vectors, unit_vectors, embed)
    return {"glossary": glossary.to_record(), "quiz": [it.to_record() for it in items]}


def index_notes(
    settings: Settings, *, warn=None, progress: bool = False, embedder: Embedder | None = None
) -> IndexStats:
    """`tutor index`: build or update the index for the configured corpus."""
    return build_index(
        settings.corpus,
        settings.index,
        settings.model,
        chunk_tokens=settings.chunk_tokens,
        hnsw_threshold=settings.hnsw_threshold,
        embedder=embedder or shared_embedder(settings.model, settings.batch_size),
        extras_builder=build_extras,
        extras_version=extras_version(),
        warn=warn,
        progress=progress,
    )


@dataclass
class Engine:
    settings: Settings
    index: LoadedIndex
    glossary: Glossary
    retriever: Retriever
    composer: Composer
    quiz_bank: QuizBank

    @classmethod
    def load(cls, settings: Settings, embedder: Embedder | None = None) -> Engine:
        """Load the built index (IndexError_ with a one-line hint when missing or corrupt)."""
        index = load_index(settings.index, settings.model)
        glossary = Glossary.from_record(index.extras.get("glossary", {}))
        embedder = embedder or shared_embedder(settings.model, settings.batch_size)
        bank = QuizBank.from_records(index.extras.get("quiz", []))
        return cls(
            settings, index, glossary, Retriever(index, glossary, embedder), Composer(glossary, index), bank
        )

    def parse(self, question: str) -> ParsedQuestion:
        text = clean_question(question, MAX_QUESTION_CHARS)
        if not any(ch.isalnum() for ch in text):
            raise QuestionError("Ask a question in words, e.g. `sqs vs sns?`")
        return parse_question(self.glossary.respelled(text), self.glossary, self.retriever.says)

    def ask(self, question: str | ParsedQuestion, k: int | None = None, context: str | None = None) -> Answer:
        """Answer one question from the notes (CPU-bound: call from an executor in async code).

        ``context`` is the earlier question a follow-up replies to ("and kinesis?" after "sqs vs sns").
        """
        pq = question if isinstance(question, ParsedQuestion) else self.parse(question)
        if context and any(ch.isalnum() for ch in context):
            pq = merge_follow_up(pq, self.parse(context))
        said = {phrase for phrase in pq.shared.values() if self.retriever.says(phrase)}
        if said:
            pq = pq.with_shared_heads(said)
        missing = [head for head in pq.partial.values() if not self.retriever.says(head)]
        if missing:
            pq = pq.without_partial(missing)
        # "mitosis vs meiosis" over notes that never write 'meiosis' (nor 'meioses'): a side read by its
        # words whose head noun no passage writes is a thing the notes lack, and the answer says so
        # (of two sides: among three or more, one read from a description, "… vs spiky small stuff",
        # says no thing is missing)
        # ('warranties' over notes that write 'warranty' is their word in another number, and 'plebeians'
        # over notes that write 'plebians' a slip of theirs: no thing they lack)
        absent = [
            e
            for e in pq.entities
            if e.kinds == {"asked"}
            and stem((head := _head_word(e.name)).lower()) not in self.glossary.vocab_stems
            and not self.retriever.says(head)
            and not self.glossary.slip_of_a_word(head)
        ]
        if absent and len(pq.entities) == 2:
            pq = pq.without_sides(absent)
        retrieval = self.retriever.retrieve(pq, k or self.settings.top_k)
        return self.composer.compose(pq, retrieval)

    def warm_up(self) -> None:
        """Load the model and touch every path once, so the first user question is fast."""
        self.ask("warm up question")

    def about(self) -> dict[str, Any]:
        return {
            "files": len(self.index.files),
            "chunks": len(self.index.chunks),
            "model": self.index.model,
            "built_at": self.index.built_at,
            "entities": len(self.glossary.entities),
            "quiz_items": len(self.quiz_bank.items),
            "sources": sorted(self.index.files),
        }


def _head_word(name: str) -> str:
    """The last word of a name that is no stopword, as written: the head noun a passage must write."""
    content = [w for w in words(name) if w not in STOPWORDS]
    return content[-1] if content else name
