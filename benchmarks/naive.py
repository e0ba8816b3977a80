"""The pipeline most people build first, as the baseline the README of the eval set describes.

LangChain's recursive splitter at 500/50 characters over the raw files, all-MiniLM-L6-v2, FAISS flat,
top 5; the answer is the top 3 chunks pasted up to 2,000 characters, and it never refuses.
"""

from __future__ import annotations

from pathlib import Path

import faiss
from langchain_text_splitters import RecursiveCharacterTextSplitter

from bot.ingest.reader import list_note_files
from bot.search.embedder import Embedder


class NaivePipeline:
    def __init__(self, corpus: Path, embedder: Embedder) -> None:
        splitter = RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50)
        self.chunks: list[tuple[str, str]] = []
        for path in list_note_files(corpus):
            text = path.read_text(encoding="utf-8", errors="replace")
            rel = path.relative_to(corpus).as_posix()
            self.chunks += [(rel, piece) for piece in splitter.split_text(text)]
        self.embedder = embedder
        vectors = embedder.encode([c[1] for c in self.chunks])
        self.index = faiss.IndexFlatIP(vectors.shape[1])
        self.index.add(vectors)

    def ask(self, question: str, k: int = 5) -> dict:
        qvec = self.embedder.encode([question])
        scores, rows = self.index.search(qvec, k)
        passages = [
            {
                "id": str(r),
                "source": self.chunks[r][0],
                "heading": "",
                "text": self.chunks[r][1],
                "score": float(s),
            }
            for s, r in zip(scores[0], rows[0], strict=True)
            if r >= 0
        ]
        answer = "\n\n".join(p["text"] for p in passages[:3])[:2000]
        return {
            "question": question,
            "kind": "lookup",
            "entities": [],
            "answer": answer,
            "passages": passages,
        }
