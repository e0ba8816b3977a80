"""The on-disk index: chunk vectors in FAISS, chunk metadata and file hashes in a manifest.

Layout under ``index/``: ``manifest.json`` names the data files of one build (``vectors-<build>.npy``
for chunks, ``units-<build>.npy`` for each chunk's quotable sentences, ``faiss-<build>.index``,
``extras-<build>.json`` for the glossary). Data files are written first under fresh names and the
manifest is swapped in last with an atomic rename, so a crash mid-build leaves the previous index
loadable and never a half-written one.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from bot.ingest import CHUNKER_VERSION, Chunk, Chunker, read_corpus
from bot.ingest.units import unit_spans
from bot.search.embedder import Embedder, token_counter

MANIFEST = "manifest.json"
FORMAT = 3  # 3: quote-unit vectors pooled from the passage pass


class IndexError_(RuntimeError):  # noqa: N801 - avoid shadowing the builtin IndexError
    """The index is missing, corrupt or built for another model; the message says what to run."""


@dataclass
class IndexStats:
    files: int
    chunks: int
    embedded: int
    reused: int
    removed: int
    seconds: float
    changed: bool = True
    skipped: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "chunks": self.chunks,
            "embedded": self.embedded,
            "reused": self.reused,
            "removed": self.removed,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class LoadedIndex:
    """A built index in memory: chunks in row order, their vectors and the FAISS index over them."""

    directory: Path
    manifest: dict[str, Any]
    chunks: list[Chunk]
    vectors: np.ndarray
    faiss_index: faiss.Index
    extras: dict[str, Any]
    unit_vectors: np.ndarray  # rows of every chunk's units, chunk after chunk
    unit_offsets: np.ndarray  # chunk i's units are unit_vectors[unit_offsets[i]:unit_offsets[i + 1]]
    bm25: Any = None  # bm25s.BM25 built with the index (None for an index from before that)

    def units_of(self, row: int) -> tuple[tuple[str, ...], np.ndarray]:
        a, b = self.unit_offsets[row], self.unit_offsets[row + 1]
        return self.chunks[row].units, self.unit_vectors[a:b]

    @property
    def model(self) -> str:
        return self.manifest["model"]

    @property
    def built_at(self) -> str:
        return self.manifest["built_at"]

    @property
    def files(self) -> dict[str, dict[str, Any]]:
        return self.manifest["files"]


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_json(path: Path, data: Any) -> None:
    _atomic_write(path, lambda p: p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8"))


def read_manifest(directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST
    if not path.exists():
        raise IndexError_(f"no index in {directory}: run `tutor index` to build it")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise IndexError_(f"index in {directory} has an older format: run `tutor index` to rebuild it")
        for key in ("model", "dimension", "chunker_version", "files", "chunks", "vectors", "units", "faiss"):
            if key not in manifest:
                raise KeyError(key)
    except IndexError_:
        raise
    except (ValueError, KeyError, AttributeError, OSError) as exc:
        raise IndexError_(
            f"index in {directory} is corrupt ({exc!s:.80}): run `tutor index` to rebuild it"
        ) from None
    return manifest


def load_index(directory: Path, model: str | None = None, search: bool = True) -> LoadedIndex:
    """Load and check an index; every failure is one IndexError_ line saying what to run.

    ``search=False`` skips what only answering needs (BM25): a re-index compares, it does not search."""
    manifest = read_manifest(directory)
    hint = "run `tutor index` to rebuild it"
    if model is not None and manifest["model"] != model:
        raise IndexError_(
            f"index in {directory} was built with model {manifest['model']!r}, config says {model!r}: {hint}"
        )
    try:
        chunks = [Chunk.from_record(r) for r in manifest["chunks"]]
        vectors = np.load(directory / manifest["vectors"], allow_pickle=False)
        unit_vectors = np.load(directory / manifest["units"], allow_pickle=False)
        index = faiss.read_index(str(directory / manifest["faiss"]))
        extras_name = manifest.get("extras")
        extras = json.loads((directory / extras_name).read_text(encoding="utf-8")) if extras_name else {}
        bm25 = _load_bm25(directory / manifest["bm25"]) if manifest.get("bm25") and search else None
    except Exception as exc:  # noqa: BLE001 - numpy/faiss raise assorted types on damaged files
        raise IndexError_(f"index in {directory} is corrupt ({type(exc).__name__}): {hint}") from None
    n, dim = len(chunks), int(manifest["dimension"])
    offsets = _offsets(chunks)
    if (
        vectors.shape != (n, dim)
        or index.ntotal != n
        or index.d != dim
        or unit_vectors.shape != (int(offsets[-1]), dim)
    ):
        raise IndexError_(f"index in {directory} is inconsistent (files from different builds): {hint}")
    if manifest.get("bm25") and search and not (directory / manifest["bm25"]).is_dir():
        raise IndexError_(f"index in {directory} is corrupt (BM25 missing): {hint}")
    if bm25 is not None and int(bm25.scores["num_docs"]) != n:
        raise IndexError_(f"index in {directory} is inconsistent (files from different builds): {hint}")
    return LoadedIndex(directory, manifest, chunks, vectors, index, extras, unit_vectors, offsets, bm25)


def build_bm25(chunks: list[Chunk]):
    """BM25 over the chunks' heading-prefixed text, in the stemmed terms queries use."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)

    from bot.text import terms

    bm25 = bm25s.BM25(k1=1.2, b=0.75)
    if chunks:
        bm25.index([terms(c.embed_text) or ["\u2205"] for c in chunks], show_progress=False)
    return bm25


def _load_bm25(path: Path):
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)

    return bm25s.BM25.load(str(path), show_progress=False, verbosity=0)


def _offsets(chunks: list[Chunk]) -> np.ndarray:
    return np.concatenate([[0], np.cumsum([len(c.units) for c in chunks])]).astype(np.int64)


def build_faiss(vectors: np.ndarray, hnsw_threshold: int) -> tuple[faiss.Index, str]:
    """Exact inner product for small corpora; HNSW once brute force would be slow."""
    dim = vectors.shape[1]
    if len(vectors) >= hnsw_threshold:
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = 64
        kind = "hnsw"
    else:
        index = faiss.IndexFlatIP(dim)
        kind = "flat"
    if len(vectors):
        # building is the one big FAISS job: every core (queries keep to one thread, see retrieve.py)
        previous = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(os.cpu_count() or 1)
        try:
            index.add(vectors)
        finally:
            faiss.omp_set_num_threads(previous)
    return index, kind


# (chunks, token counter, chunk vectors aligned with the chunks, unit vectors of the chunks' units in
# order, the model's encoder for a few more texts) -> the extras record
ExtrasBuilder = Callable[
    [list[Chunk], Callable[[str], int], np.ndarray, np.ndarray, Callable[[list[str]], np.ndarray]],
    dict[str, Any],
]


def build_index(
    corpus: Path,
    directory: Path,
    model: str,
    *,
    chunk_tokens: int = 200,
    hnsw_threshold: int = 50000,
    embedder: Embedder | None = None,
    extras_builder: ExtrasBuilder | None = None,
    extras_version: str = "0",
    warn: Callable[[str], None] | None = None,
    progress: bool = False,
) -> IndexStats:
    """Build or update the index incrementally.

    Files whose bytes are unchanged keep their chunks and vectors; only new or changed files are
    chunked and embedded. A different model, chunker or chunk size rebuilds everything. When nothing
    changed, nothing is written and the model is never loaded.
    """
    began = time.perf_counter()
    if not corpus.is_dir():
        raise IndexError_(f"corpus folder not found: {corpus}")
    skipped: list[str] = []

    def note(msg: str) -> None:
        skipped.append(msg)
        if warn:
            warn(msg)

    docs = read_corpus(corpus, note)
    directory.mkdir(parents=True, exist_ok=True)
    old: LoadedIndex | None = None
    try:
        old = load_index(directory, search=False)
    except IndexError_ as exc:
        if (directory / MANIFEST).exists() and warn:
            warn(f"{exc}; rebuilding from scratch")
    settings_key = {"model": model, "chunker_version": CHUNKER_VERSION, "chunk_tokens": chunk_tokens}
    reusable = old is not None and all(old.manifest.get(k) == v for k, v in settings_key.items())

    old_rows: dict[str, list[int]] = {}
    if old is not None:
        for row, chunk in enumerate(old.chunks):
            old_rows.setdefault(chunk.source, []).append(row)

    counter: Callable[[str], int] | None = None
    chunks: list[Chunk] = []
    sources_rows: list[int | None] = []  # old row to reuse, or None to embed
    files: dict[str, dict[str, Any]] = {}
    for doc in docs:
        prev = old.files.get(doc.source) if (reusable and old is not None) else None
        if prev is not None and prev.get("sha256") == doc.sha256:
            rows = old_rows.get(doc.source, [])
            chunks.extend(old.chunks[r] for r in rows)  # type: ignore[union-attr]
            sources_rows.extend(rows)
        else:
            counter = counter or token_counter(model)
            new = _unique_ids(Chunker(counter, chunk_tokens).chunk(doc))
            chunks.extend(new)
            sources_rows.extend([None] * len(new))
        files[doc.source] = {"sha256": doc.sha256}

    embedded = sum(1 for r in sources_rows if r is None)
    reused = len(chunks) - embedded
    removed = (len(old.chunks) - reused) if old is not None else 0
    extras_key = extras_version if extras_builder else None
    unchanged = (
        reusable
        and embedded == 0
        and removed == 0
        and old is not None
        and list(old.files) == list(files)
        and old.manifest.get("hnsw_threshold") == hnsw_threshold
        and old.manifest.get("extras_version") == extras_key
        and (bool(old.manifest.get("bm25")) or not chunks)
    )
    if unchanged:
        return IndexStats(len(files), len(chunks), 0, reused, 0, time.perf_counter() - began, False, skipped)

    embedder = embedder or Embedder(model)
    fresh = [c for c, r in zip(chunks, sources_rows, strict=True) if r is None]
    spans = [unit_spans(c.text, c.units, len(c.embed_text) - len(c.text)) for c in fresh]
    fresh_vecs, fresh_units = embedder.encode_with_spans(
        [c.embed_text for c in fresh], spans, progress=progress
    )
    dim = fresh_vecs.shape[1] if fresh else (old.vectors.shape[1] if old else embedder.dimension)
    offsets = _offsets(chunks)
    vectors = np.zeros((len(chunks), dim), dtype=np.float32)
    unit_vectors = np.zeros((int(offsets[-1]), dim), dtype=np.float32)
    next_chunk = 0
    for i, row in enumerate(sources_rows):
        a, b = offsets[i], offsets[i + 1]
        if row is None:
            vectors[i] = fresh_vecs[next_chunk]
            unit_vectors[a:b] = fresh_units[next_chunk]
            next_chunk += 1
        else:
            vectors[i] = old.vectors[row]  # type: ignore[union-attr]
            oa, ob = old.unit_offsets[row], old.unit_offsets[row + 1]  # type: ignore[union-attr]
            unit_vectors[a:b] = old.unit_vectors[oa:ob]  # type: ignore[union-attr]
    index, kind = build_faiss(vectors, hnsw_threshold)

    build = f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
    names = {
        "vectors": f"vectors-{build}.npy",
        "units": f"units-{build}.npy",
        "faiss": f"faiss-{build}.index",
        "extras": f"extras-{build}.json",
    }
    if chunks:
        names["bm25"] = f"bm25-{build}"

    def saver(array: np.ndarray) -> Callable[[Path], None]:
        def save(p: Path) -> None:
            with open(p, "wb") as fh:
                np.save(fh, array, allow_pickle=False)

        return save

    _atomic_write(directory / names["vectors"], saver(vectors))
    _atomic_write(directory / names["units"], saver(unit_vectors))
    _atomic_write(directory / names["faiss"], lambda p: faiss.write_index(index, str(p)))
    if chunks:
        _write_bm25(directory / names["bm25"], build_bm25(chunks))
    extras = (
        extras_builder(chunks, counter or token_counter(model), vectors, unit_vectors, embedder.encode)
        if extras_builder
        else {}
    )
    _write_json(directory / names["extras"], extras)
    manifest = {
        "format": FORMAT,
        **settings_key,
        "dimension": int(dim),
        "index_kind": kind,
        "hnsw_threshold": hnsw_threshold,
        "extras_version": extras_key,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "build": build,
        "files": files,
        "chunks": [c.to_record() for c in chunks],
        **names,
    }
    _write_json(directory / MANIFEST, manifest)
    _remove_stale(directory, set(names.values()))
    return IndexStats(
        len(files), len(chunks), embedded, reused, removed, time.perf_counter() - began, True, skipped
    )


def _write_bm25(path: Path, bm25) -> None:
    """bm25s writes a folder: written beside, then renamed into place whole."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    try:
        bm25.save(str(tmp), show_progress=False)
        os.replace(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _unique_ids(chunks: list[Chunk]) -> list[Chunk]:
    """Identical text under the same heading twice in a file still needs two ids."""
    from dataclasses import replace

    seen: dict[str, int] = {}
    out = []
    for c in chunks:
        n = seen.get(c.id, 0)
        seen[c.id] = n + 1
        out.append(c if n == 0 else replace(c, id=f"{c.id}-{n}"))
    return out


def _remove_stale(directory: Path, keep: set[str]) -> None:
    for path in directory.iterdir():
        if path.name in keep or path.name in (MANIFEST, ".gitkeep"):
            continue
        if path.name.startswith(("vectors-", "units-", "faiss-", "extras-", "bm25-")) or (
            path.name.startswith(".")
            and path.name.endswith(".tmp")
            and time.time() - path.stat().st_mtime > 3600
        ):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
