"""Index work besides embedding grows linearly with the notes.

Builds the index of alozano's notes copied 1x, 4x and 16x (each copy in its own folder, so every
chunk is new) with the embedding model replaced by a stub that returns random unit vectors: what is
left is reading, parsing, chunking, the glossary, the quiz bank and writing the index. Each size runs
in its own process so its peak memory (max RSS) is its own. The figure is the time ratio to 1x,
next to the notes ratio (4 and 16); the target is at most 20x the single-copy time for 16 copies.

Run: `make bench` (or `.venv/bin/python benchmarks/bench_scale.py [--copies 1 4 16] [--json]`).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
NOTES = ROOT.parent / "shared" / "corpora" / "alozano-saa-c02-notes" / "notes"


class StubEmbedder:
    """The Embedder interface without a model: deterministic random unit vectors."""

    dimension = 384

    def __init__(self) -> None:
        self.rng = np.random.default_rng(0)

    def _vecs(self, n: int) -> np.ndarray:
        v = self.rng.standard_normal((n, self.dimension)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    def encode(self, texts, progress: bool = False) -> np.ndarray:
        return self._vecs(len(texts))

    def encode_with_spans(self, texts, spans, progress: bool = False):
        return self._vecs(len(texts)), [self._vecs(len(s)) for s in spans]


def run_one(copies: int, serve: bool = False) -> dict:
    from bot.config import load_settings
    from bot.engine import index_notes

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        corpus = base / "corpus"
        for i in range(copies):
            for path in NOTES.rglob("*.md"):
                target = corpus / f"copy{i}" / path.relative_to(NOTES)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(path.read_bytes())
        (base / "config.toml").write_text(
            f'[paths]\ncorpus = "{corpus.as_posix()}"\nindex = "index"\n', encoding="utf-8"
        )
        settings = load_settings(base / "config.toml")
        began = time.perf_counter()
        stats = index_notes(settings, embedder=StubEmbedder())  # type: ignore[arg-type]
        seconds = time.perf_counter() - began
        size = sum(p.stat().st_size for p in (base / "index").iterdir())
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out = {
            "copies": copies,
            "chunks": stats.chunks,
            "seconds": round(seconds, 2),
            "peak_mb": round(peak),
            "index_mb": round(size / 2**20, 1),
        }
        if serve:
            out.update(_serve(settings))
    return out


def _serve(settings) -> dict:
    """Load time and warm ask latency on this index: the question is embedded by the real model (the
    passages' vectors are the stub's, so this measures time, not answers)."""
    import statistics

    from bot.engine import Engine
    from bot.evaluate import load_questions
    from bot.search.embedder import shared_embedder

    embedder = shared_embedder("all-MiniLM-L6-v2")
    embedder.encode(["warm up"])
    began = time.perf_counter()
    engine = Engine.load(settings, embedder)
    load = time.perf_counter() - began
    questions = [q.q for q in load_questions(ROOT / "benchmarks" / "alozano_questions.jsonl")]
    for q in questions:
        engine.ask(q)
    times = []
    for _ in range(3):
        for q in questions:
            t = time.perf_counter()
            engine.ask(q)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {
        "load_seconds": round(load, 2),
        "ask_p50_ms": round(statistics.median(times), 1),
        "ask_p99_ms": round(times[min(len(times) - 1, round(0.99 * (len(times) - 1)))], 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-serve", action="store_true", help="skip load time and ask latency")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.serve)))
        return 0
    if not NOTES.is_dir():
        print(f"skipping: {NOTES} not found", file=sys.stderr)
        return 0
    rows = []
    for n in args.copies:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), *([] if args.no_serve else ["--serve"])],
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    base = rows[0]["seconds"] or 1e-9
    for r in rows:
        r["time_ratio"] = round(r["seconds"] / base, 2)
    if args.json:
        print(json.dumps(rows))
        return 0
    for r in rows:
        print(
            f"  {r['copies']:>2}x notes: {r['chunks']:>6} chunks in {r['seconds']:>7.2f}s "
            f"({r['time_ratio']}x the 1x time), peak {r['peak_mb']} MB, index {r['index_mb']} MB"
            + (
                f"; load {r['load_seconds']}s, ask p50 {r['ask_p50_ms']} ms, p99 {r['ask_p99_ms']} ms"
                if "load_seconds" in r
                else ""
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
