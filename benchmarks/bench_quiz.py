"""Quiz bank generation: seconds per corpus, as a share of the index build, and what the bank holds.

`python benchmarks/bench_quiz.py [NOTES_DIR ...]` (default: the seed notes and every corpus in
../shared/corpora). Each corpus is chunked and embedded once, as `tutor index` does (the bank reads the
chunk and unit vectors to find names of one kind), then the glossary and `generate_items` are timed,
best of three. The share is the
bank's time over the embedding time of the same chunks, measured in the same run: the bank should stay
a small part of `tutor index`.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from bot.glossary import Glossary
from bot.ingest import Chunker, read_corpus
from bot.ingest.units import unit_spans
from bot.quiz.generate import generate_items
from bot.search.embedder import shared_embedder, token_counter

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULTS = [ROOT / "corpus", *sorted(p / "notes" for p in CORPORA.iterdir() if (p / "notes").is_dir())]
MODEL = "all-MiniLM-L6-v2"


def main(folders: list[Path]) -> None:
    chunker = Chunker(token_counter(MODEL), 200)
    embedder = shared_embedder(MODEL, 64)
    embedder.encode(["warm up: the model loads once, outside the timings"])
    print("corpus | chunks | embed s | glossary s | bank s | bank / embed | items | kinds")
    for folder in folders:
        if not folder.is_dir():
            print(f"{folder}: missing")
            continue
        docs = read_corpus(folder)
        chunks = [c for d in docs for c in chunker.chunk(d)]
        # embedded as `tutor index` embeds them: each chunk once, its units pooled from the chunk's
        # tokens, so the bank below is the one the index holds
        spans = [unit_spans(c.text, c.units, len(c.embed_text) - len(c.text)) for c in chunks]
        start = time.perf_counter()
        vectors, per_chunk_units = embedder.encode_with_spans([c.embed_text for c in chunks], spans)
        embed_s = time.perf_counter() - start
        unit_vectors = np.vstack(per_chunk_units) if per_chunk_units else np.zeros((0, vectors.shape[1]))
        start = time.perf_counter()
        glossary = Glossary.build(chunks)
        glossary_s = time.perf_counter() - start
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            items = generate_items(chunks, glossary, vectors, unit_vectors, embedder.encode)
            best = min(best, time.perf_counter() - start)
        kinds = dict(sorted(Counter(it.kind for it in items).items()))
        name = folder.parent.name if folder.name == "notes" else folder.name
        print(
            f"{name} | {len(chunks)} | {embed_s:.1f} | {glossary_s:.2f} | {best:.2f} | "
            f"{(glossary_s + best) / embed_s:.2f} | {len(items)} | {kinds}"
        )


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or DEFAULTS)
