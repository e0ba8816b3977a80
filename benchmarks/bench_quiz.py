"""Quiz generation speed and counts: `python benchmarks/bench_quiz.py [NOTES_DIR ...]`.

Chunks with the model's tokenizer only (no embedding model), then times `generate_items` alone.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from bot.glossary import Glossary
from bot.ingest import Chunker, read_corpus
from bot.quiz.generate import generate_items
from bot.search.embedder import token_counter

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = [ROOT / "corpus", ROOT.parent / "shared" / "corpora" / "alozano-saa-c02-notes" / "notes"]


def main(folders: list[Path]) -> None:
    chunker = Chunker(token_counter("all-MiniLM-L6-v2"), 200)
    for folder in folders:
        if not folder.is_dir():
            print(f"{folder}: missing")
            continue
        docs = read_corpus(folder)
        size = sum(len(d.text.encode()) for d in docs)
        chunks = [c for d in docs for c in chunker.chunk(d)]
        glossary = Glossary.build(chunks)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            items = generate_items(chunks, glossary)
            best = min(best, time.perf_counter() - start)
        kinds = Counter(it.kind for it in items)
        print(
            f"{folder.name}: {size / 1024:.0f} KB, {len(chunks)} chunks -> {len(items)} items "
            f"{dict(sorted(kinds.items()))} in {best * 1000:.0f} ms, {len({it.topic for it in items})} topics"
        )


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or DEFAULTS)
