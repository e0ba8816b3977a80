"""Index throughput, answer quality and warm `ask` latency, each next to a baseline from the same run.

- index: chunks/s of a full `tutor index` build vs raw `model.encode` of the same chunk texts (the ratio
  is the figure), and the no-change re-index time;
- quality: `tutor eval` figures on the dev set (seed notes) and on our own 15 questions about someone
  else's notes, for this pipeline and the naive one (benchmarks/naive.py);
- latency: warm `ask` p50/p99 for both pipelines over the same questions.

Run: `make bench` (or `.venv/bin/python benchmarks/bench_retrieval.py [--json]`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from naive import NaivePipeline  # noqa: E402

from bot.config import load_settings  # noqa: E402
from bot.engine import Engine, index_notes  # noqa: E402
from bot.evaluate import evaluate, load_questions  # noqa: E402
from bot.render import answer_json  # noqa: E402
from bot.search.embedder import shared_embedder  # noqa: E402

SHARED = ROOT.parent / "shared"
SETS = {
    "seed": (ROOT / "corpus", SHARED / "eval" / "dev.jsonl"),
    "alozano": (
        SHARED / "corpora" / "alozano-saa-c02-notes" / "notes",
        ROOT / "benchmarks" / "alozano_questions.jsonl",
    ),
}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def settings_for(base: Path, corpus: Path):
    cfg = base / "config.toml"
    cfg.write_text(f'[paths]\ncorpus = "{corpus.as_posix()}"\nindex = "index"\n', encoding="utf-8")
    return load_settings(cfg)


def bench_set(name: str, corpus: Path, questions_file: Path, embedder, rounds: int) -> dict:
    out: dict = {"set": name}
    with tempfile.TemporaryDirectory() as tmp:
        settings = settings_for(Path(tmp), corpus)
        began = time.perf_counter()
        stats = index_notes(settings, embedder=embedder)
        build = time.perf_counter() - began
        engine = Engine.load(settings, embedder)
        chunk_texts = [c.embed_text for c in engine.index.chunks]
        units = sum(len(c.units) for c in engine.index.chunks)
        began = time.perf_counter()
        embedder.encode(chunk_texts)
        raw_chunks = time.perf_counter() - began
        began = time.perf_counter()
        again = index_notes(settings, embedder=embedder)
        noop = time.perf_counter() - began
        assert again.embedded == 0
        out["index"] = {
            "files": stats.files,
            "chunks": stats.chunks,
            "units": units,
            "build_seconds": round(build, 2),
            "build_chunks_per_s": round(stats.chunks / build, 1),
            "raw_encode_chunks_per_s": round(len(chunk_texts) / raw_chunks, 1),
            "ratio_build_to_raw_encode": round(raw_chunks / build, 3),
            "noop_reindex_seconds": round(noop, 3),
        }

        naive = NaivePipeline(corpus, embedder)
        if questions_file.exists():
            questions = load_questions(questions_file)
            ours = evaluate(questions, lambda q: answer_json(engine.ask(q))).to_json()
            base = evaluate(questions, naive.ask).to_json()
            keys = [
                "passage_recall_at_5",
                "all_gold_at_5",
                "all_gold_at_5_comparison",
                "answer_recall",
                "true_refusals",
                "false_refusals",
                "median_answer_chars",
            ]
            out["quality"] = {
                "ours": {k: ours[k] for k in keys},
                "naive": {k: base[k] for k in keys},
                "misses": ours["misses"],
            }
            texts = [q.q for q in questions]
        else:
            texts = ["sqs vs sns?", "what is an ebs volume", "nat gateway vs nat instance"]

        for q in texts:  # warm both
            engine.ask(q)
            naive.ask(q)
        lat_ours, lat_naive = [], []
        for _ in range(rounds):
            for q in texts:
                t = time.perf_counter()
                engine.ask(q)
                lat_ours.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                naive.ask(q)
                lat_naive.append((time.perf_counter() - t) * 1000)
        p50o, p50n = statistics.median(lat_ours), statistics.median(lat_naive)
        out["latency_ms"] = {
            "ours_p50": round(p50o, 2),
            "ours_p99": round(percentile(lat_ours, 99), 2),
            "naive_p50": round(p50n, 2),
            "naive_p99": round(percentile(lat_naive, 99), 2),
            "p50_ratio": round(p50o / p50n, 2),
            "samples": len(lat_ours),
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--only", choices=sorted(SETS))
    args = parser.parse_args()
    embedder = shared_embedder("all-MiniLM-L6-v2")
    embedder.encode(["warm up"])
    results = []
    for name, (corpus, questions) in SETS.items():
        if args.only and name != args.only:
            continue
        if not corpus.is_dir():
            print(f"skipping {name}: {corpus} not found", file=sys.stderr)
            continue
        results.append(bench_set(name, corpus, questions, embedder, args.rounds))
    if args.json:
        print(json.dumps(results))
    else:
        for r in results:
            print(f"== {r['set']}")
            for section in ("index", "latency_ms"):
                print(f"  {section}: " + ", ".join(f"{k}={v}" for k, v in r[section].items()))
            if "quality" in r:
                for who in ("ours", "naive"):
                    print(f"  quality {who}: " + ", ".join(f"{k}={v}" for k, v in r["quality"][who].items()))
                for m in r["quality"]["misses"]:
                    detail = {k: v for k, v in m.items() if k not in ("id", "q")}
                    print(f"    miss {m['id']}: {m['q']} -> {detail}")
    shutil.rmtree(ROOT / "benchmarks" / "__pycache__", ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
