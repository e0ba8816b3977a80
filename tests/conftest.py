"""Shared fixtures. The embedding model loads once per session (shared_embedder caches it per process)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import Settings, load_settings
from bot.quiz.bank import QuizBank
from bot.quiz.items import QuizItem
from bot.search.embedder import Embedder, shared_embedder

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "aws-prep-notes.md"
SHARED = ROOT.parent / "shared"
DEV_SET = SHARED / "eval" / "dev.jsonl"
OTHER_CORPUS = SHARED / "corpora" / "alozano-saa-c02-notes" / "notes"


def make_settings(base: Path, corpus: Path | None = None, extra: str = "") -> Settings:
    """A config.toml in `base` pointing at its own corpus/index/database folders."""
    corpus = corpus or base / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (base / "config.toml").write_text(
        f'[paths]\ncorpus = "{corpus.as_posix()}"\nindex = "index"\ndatabase = "data/tutor.db"\n{extra}',
        encoding="utf-8",
    )
    return load_settings(base / "config.toml")


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return shared_embedder("all-MiniLM-L6-v2", 64)


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory, embedder) -> Settings:
    """The seed notes indexed once for the whole session (read-only: copy before changing)."""
    from bot.engine import index_notes

    base = tmp_path_factory.mktemp("seed")
    settings = make_settings(base)
    shutil.copy(SEED, settings.corpus / SEED.name)
    index_notes(settings, embedder=embedder)
    return settings


@pytest.fixture(scope="session")
def seed_engine(seed_settings, embedder):
    from bot.engine import Engine

    return Engine.load(seed_settings, embedder)


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the session (tests/pg_server.py), with a template database
    already migrated, so each test's fresh database is a cheap copy."""
    from tests.pg_server import PostgresServer

    server = PostgresServer().start()
    try:
        yield server
    finally:
        server.stop()


_pg_count = 0


@pytest.fixture
def pg_database(pg_server) -> str:
    """A new, empty database on the session's PostgreSQL server; its URL."""
    global _pg_count
    _pg_count += 1
    name = f"t{_pg_count}"
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path):
    """Where a fresh store lives: a new SQLite file, or a new database on the session's PostgreSQL. A
    test taking it runs on both backends (use loop_scope="function" for async fixtures over it: an
    asyncpg connection belongs to the loop that opened it)."""
    if request.param == "sqlite":
        return tmp_path / "tutor.db"
    return request.getfixturevalue("pg_database")


def seed_cloze(engine) -> QuizItem:
    """A fill-in-the-blank of the seed notes: the bank's first, or one cut from a line of the notes when
    the bank has none (its blanks are few, and a blank of everyday words is not posted)."""
    found = next((it for it in engine.quiz_bank.items if it.is_cloze), None)
    if found is not None:
        return found
    line = "Amazon SQS is a message queuing service that provides asynchronous communication."
    return QuizItem(
        "5eedc1025eedc102",
        "cloze",
        line.replace("SQS", "____", 1),
        (),
        "SQS",
        line,
        "aws-prep-notes.md › Amazon SQS",
        "Amazon SQS",
    )


def with_cloze(engine) -> QuizBank:
    """The seed bank with a fill-in-the-blank in it."""
    item = seed_cloze(engine)
    items = engine.quiz_bank.items
    return QuizBank(items if item in items else [*items, item])
