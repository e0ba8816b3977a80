"""Hybrid retrieval: BM25 (bm25s) and FAISS fused by a weighted sum, one sub-query per entity.

FAISS alone misses exact names (JMS, mTLS); BM25 alone misses paraphrase ("pub/sub" for
"broadcasting"). For a comparison every entity gets its own sub-query, passages that name several of
the entities (the notes' own comparisons and tables) are lifted, and every side is guaranteed its own
evidence in the top k.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field

import faiss
import numpy as np

from bot.glossary import Entity, Glossary
from bot.ingest import Chunk
from bot.questions import ParsedQuestion
from bot.search.embedder import Embedder
from bot.search.index_store import LoadedIndex, build_bm25
from bot.text import Phrase, literal_pattern, phrase_terms, terms, words

# One query is a tiny search: FAISS's OpenMP threads would only spin afterwards and steal the cores
# the next question's embedding needs (measured: model encode 7 -> 12 ms with the default).
faiss.omp_set_num_threads(1)

DUPLICATE_COSINE = 0.92
# passages an answer may quote from (the first k are the ones shown and scored); a comparison also
# quotes each side's next best passage beyond these
COMPOSE_POOL = 5
DENSE_CANDIDATES = 256
# Fusion weights, chosen on the dev set and checked on our alozano questions (a grid moved little).
WEIGHTS = {
    "bm25": 0.3,
    "mention": 0.3,
    "defined": 0.15,
    "defined_lookup": 0.1,
    "entity_cmp": 0.35,
    "entity_lookup": 0.15,
    "together": 0.12,
}
logging.getLogger("bm25s").setLevel(logging.WARNING)


@dataclass(frozen=True)
class Passage:
    chunk: Chunk
    row: int  # position in the index, for the chunk's unit vectors
    score: float
    dense: float  # cosine of the chunk to the whole question
    entities: tuple[str, ...]  # keys of the asked entities this passage names

    def to_json(self) -> dict:
        c = self.chunk
        return {
            "id": c.id,
            "source": c.source,
            "heading": c.heading_path,
            "text": c.text,
            "score": round(self.score, 4),
        }


@dataclass
class Retrieval:
    passages: list[Passage]
    query_vector: np.ndarray
    best_dense: float  # highest cosine of any chunk to the question
    best_bm25: float  # highest BM25 score of any chunk for the question's words
    entity_vectors: dict[str, np.ndarray] = field(default_factory=dict)  # each asked thing's name
    phrases: dict[str, tuple] = field(default_factory=dict)  # how the notes name each asked thing
    shown: int = 5  # the first ``shown`` passages are the top k a reader (and `--json`) sees


def _scaled(scores: np.ndarray) -> np.ndarray:
    top = float(scores.max()) if len(scores) else 0.0
    return scores / top if top > 0 else scores


class Retriever:
    """Search over one loaded index. Thread-safe: the Discord layer calls it from an executor."""

    def __init__(self, index: LoadedIndex, glossary: Glossary, embedder: Embedder) -> None:
        self.index = index
        self.chunks = index.chunks
        self.glossary = glossary
        self.embedder = embedder
        self._row = {c.id: i for i, c in enumerate(self.chunks)}
        self._mentions: dict[str, set[int]] = {
            e.key: {self._row[cid] for cid in e.chunks if cid in self._row}
            for e in glossary.entities.values()
        }
        # where the notes set a term out (bold, a table row, its heading): its definition is there
        self._defined: dict[str, list[int]] = {
            e.key: [self._row[cid] for cid in e.defined if cid in self._row]
            for e in glossary.entities.values()
        }
        # BM25 comes built with the index (a large corpus loads in seconds, not minutes); an index from
        # before that is indexed here
        self._bm25 = index.bm25 if index.bm25 is not None else build_bm25(self.chunks)
        self._vocab = set(self._bm25.vocab_dict) if self.chunks else set()
        # which passages use a word (the evidence for a thing the notes discuss but never name as a
        # term), read from BM25's own term-by-passage matrix
        self._postings: dict[str, set[int]] = {}
        self._phrase_rows: dict[tuple[str, frozenset[str], int], set[int]] = {}
        self._entity_vecs: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    # -- scoring primitives ------------------------------------------------------------------------
    def _posting(self, term: str) -> set[int]:
        """Rows of the passages that use a (stemmed) term."""
        found = self._postings.get(term)
        if found is None:
            column = self._bm25.vocab_dict.get(term) if self.chunks else None
            if column is None:
                found = set()
            else:
                scores = self._bm25.scores
                a, b = scores["indptr"][column], scores["indptr"][column + 1]
                found = set(scores["indices"][a:b].tolist())
            with self._lock:
                self._postings[term] = found
        return found

    def _bm25_scores(self, text: str) -> np.ndarray:
        q = [t for t in terms(text) if t in self._vocab]
        if not q or not self.chunks:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return self._bm25.get_scores(q)

    def _dense_scores(self, vecs: np.ndarray) -> np.ndarray:
        """Cosine of each chunk to each query vector, from a FAISS search (rows: queries).

        Chunks outside a query's nearest ``DENSE_CANDIDATES`` get that query's lowest returned score:
        with a flat index on a small corpus that is every chunk; with HNSW on a large one it keeps
        the search sub-linear while fusion still sees every candidate that could matter.
        """
        vecs = np.atleast_2d(vecs).astype(np.float32, copy=False)
        n = len(self.chunks)
        k = min(n, DENSE_CANDIDATES)
        scores, rows = self.index.faiss_index.search(vecs, k)
        out = np.empty((len(vecs), n), dtype=np.float32)
        for i in range(len(vecs)):
            valid = rows[i] >= 0
            out[i] = scores[i][valid].min() if valid.any() else 0.0
            out[i, rows[i][valid]] = scores[i][valid]
        return out

    def _embed(self, question: str, entities: list[Entity]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """One model call: the question plus any entity names not yet cached."""
        with self._lock:
            missing = [e for e in entities if e.key not in self._entity_vecs]
        vecs = self.embedder.encode([question] + [e.name for e in missing])
        with self._lock:
            for e, v in zip(missing, vecs[1:], strict=True):
                self._entity_vecs[e.key] = v
            ent = {e.key: self._entity_vecs[e.key] for e in entities}
        return vecs[0], ent

    # -- retrieval ---------------------------------------------------------------------------------
    def retrieve(self, pq: ParsedQuestion, k: int = 5) -> Retrieval:
        n = len(self.chunks)
        qvec, ent_vecs = self._embed(pq.text, pq.entities)
        if n == 0:
            return Retrieval([], qvec, 0.0, 0.0, ent_vecs)
        dense_all = self._dense_scores(np.vstack([qvec, *(ent_vecs[e.key] for e in pq.entities)]))
        dense = dense_all[0]
        bm25 = self._bm25_scores(pq.text)
        w = WEIGHTS
        # Weighted sum rather than rank fusion: a passage far closer in meaning than the rest keeps
        # its margin (rank fusion flattens it), while BM25 still lifts exact names.
        score = dense + w["bm25"] * _scaled(bm25)

        comparison = pq.intent == "comparison"
        mention_count = np.zeros(n, dtype=np.float32)
        per_entity: dict[str, np.ndarray] = {}
        for i, e in enumerate(pq.entities, start=1):
            mentioned = np.zeros(n, dtype=np.float32)
            rows = list(self._rows(pq, e))
            mentioned[rows] = 1.0
            alias_text = " ".join([e.name, *sorted(e.aliases)])
            sub = dense_all[i] + w["bm25"] * _scaled(self._bm25_scores(alias_text))
            # an entity named in a handful of passages says more than one named everywhere
            specificity = 1.0 / (1.0 + np.log1p(len(rows)))
            defined = self._defined.get(e.key)
            if defined:
                sub[defined] += w["defined"]
            per_entity[e.key] = sub + w["mention"] * mentioned
            weight = w["entity_cmp"] if comparison else w["entity_lookup"] * (0.5 + specificity)
            score += weight * per_entity[e.key]
            if defined and not comparison:
                score[defined] += w["defined_lookup"]  # a question about one thing: where it is set out
            mention_count += mentioned
        if len(pq.entities) >= 2:
            # the notes' own comparisons: passages naming several of the asked entities come first
            score += np.maximum(mention_count - 1, 0) * w["together"]

        order = self._diverse(list(np.argsort(-score, kind="stable")[: max(k, 1) * 6]))
        chosen = order[:k]
        if pq.intent == "comparison":
            chosen = self._cover_every_side(chosen, order, per_entity, pq, score, k)
            # and a second passage each where the notes have one: "is node affinity basically just
            # nodeSelector with extra steps?" took four node affinity passages and nodeSelector's one,
            # which missed where the notes say what Node Selector does
            if k >= 2 * len(pq.entities):
                chosen = self._cover_every_side(chosen, order, per_entity, pq, score, k, need=2)
        # the answer may quote from passages past the top k (up to COMPOSE_POOL, and per side below)
        chosen = list(chosen) + [r for r in order if r not in chosen][: max(0, COMPOSE_POOL - len(chosen))]
        for e in pq.entities if comparison else ():  # and each compared side its next best passage
            # ... from where the notes set it out, when no passage taken does: "list vs tuple" took five
            # of the tuple chapter, which names lists throughout, and the list chapter's opening none
            home = list(self._defined.get(e.key) or ())
            pool = home if home and not any(r in chosen for r in home) else self._rows(pq, e)
            rows = [r for r in pool if r not in chosen]
            if rows:
                chosen.append(int(max(rows, key=lambda r: per_entity[e.key][r] + score[r])))
        passages = [
            Passage(
                self.chunks[r],
                int(r),
                float(score[r]),
                float(dense[r]),
                tuple(e.key for e in pq.entities if r in self._rows(pq, e)),
            )
            for r in chosen
        ]
        phrases = {e.key: self.phrase(e.name) for e in pq.entities if "asked" in e.kinds}
        return Retrieval(passages, qvec, float(dense.max()), float(bm25.max()), ent_vecs, phrases, k)

    def _diverse(self, order: list[int]) -> list[int]:
        """Near-copies of a passage already taken go to the back: notes often repeat themselves
        (a summary file restating the per-topic files), and five copies of one passage answer less."""
        if not order:
            return order
        vecs = self.index.vectors[order]
        close = (vecs @ vecs.T) >= DUPLICATE_COSINE  # one small matrix instead of a product per step
        kept: list[int] = []
        later: list[int] = []
        for i, r in enumerate(order):
            if kept and close[i, kept].any():
                later.append(r)
            else:
                kept.append(i)
        return [order[i] for i in kept] + later

    def _rows(self, pq: ParsedQuestion, e: Entity) -> set[int]:
        """Passages naming an asked entity, or another name its side of the question used."""
        keys = pq.keys_for(e)
        if "literal" in e.kinds:
            pattern = literal_pattern(e.name)
            return {r for r in self.rows_using(e.name) if pattern.search(self.chunks[r].embed_text)}
        if "asked" in e.kinds:
            return self.rows_using(e.name)
        if len(keys) == 1:
            return self._mentions.get(e.key, set())
        return set().union(*(self._mentions.get(k, set()) for k in keys))

    def says(self, phrase: str) -> bool:
        """Some passage writes the words of the phrase next to each other ("generator expression")."""
        ws = words(phrase)
        if not ws:
            return False
        pattern = re.compile(r"\b" + r"\W+".join(re.escape(w) + r"\w{0,3}" for w in ws), re.IGNORECASE)
        head, others, _ = phrase_terms(phrase, strict=True)
        return any(
            pattern.search(self.chunks[r].embed_text) for r in self._rows_for((head, others, len(others)))
        )

    def phrase(self, name: str) -> Phrase:
        """How the notes name an asked thing: all its words where some passage uses them together
        ("bronsted-lowry acid"), else its head noun and half the rest ("adding replicas")."""
        strict = phrase_terms(name, strict=True)
        head, others, _ = strict
        full = (head, others, len(others))
        return full if self._rows_for(full) else phrase_terms(name)

    def rows_using(self, phrase: str) -> set[int]:
        """Passages that name a phrase (see ``phrase``)."""
        return self._rows_for(self.phrase(phrase))

    def _rows_for(self, wanted: Phrase) -> set[int]:
        head, others, need = wanted
        if not head:
            return set()
        cached = self._phrase_rows.get(wanted)
        if cached is None:
            cached = {r for r in self._posting(head) if sum(r in self._posting(t) for t in others) >= need}
            self._phrase_rows[wanted] = cached
        return cached

    def _cover_every_side(self, chosen, order, per_entity, pq, score, k, need: int = 1):
        """Swap in each entity's best passage not taken, while it has fewer than ``need``, for the
        weakest one no side needs to keep ``need`` of its own."""
        chosen = list(chosen)
        entities = pq.entities
        for e in entities:
            rows = self._rows(pq, e)
            left = [r for r in rows if r not in chosen]
            if not left or sum(r in rows for r in chosen) >= need:
                continue
            best = max(left, key=lambda r: per_entity[e.key][r] + score[r])
            if len(chosen) < k:
                chosen.append(best)
                continue
            for pos in range(len(chosen) - 1, -1, -1):
                victim = chosen[pos]
                needed = any(
                    victim in self._rows(pq, o) and sum(1 for c in chosen if c in self._rows(pq, o)) <= need
                    for o in entities
                )
                if not needed:
                    chosen[pos] = best
                    break
        return sorted(chosen, key=lambda r: -score[r])
