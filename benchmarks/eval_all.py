"""`make eval`: every question set, each on its own notes, next to the naive pipeline from the same run.

One row per set: passage recall@5, all-gold@5 (and for comparisons), answer recall, refusals of
uncovered and of covered questions, and the median answer length, for this pipeline and for the naive
one (benchmarks/naive.py). Indexes are kept in `.eval-cache/` and updated incrementally, so a second
run only re-embeds notes that changed.

Run: `make eval` (or `.venv/bin/python benchmarks/eval_all.py [--only NAME] [--misses] [--json]`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bot.config import load_settings  # noqa: E402
from bot.engine import Engine, index_notes  # noqa: E402
from bot.evaluate import evaluate, format_report, load_questions  # noqa: E402
from bot.render import answer_json  # noqa: E402
from bot.search.embedder import shared_embedder  # noqa: E402

SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
CORPORA = SHARED / "corpora"
# name -> (notes folder, question set): the shared sets, each on the corpus its README names, plus ours
SETS = {
    "seed": (ROOT / "corpus", EVAL / "dev.jsonl"),
    "kubernetes": (
        CORPORA / "omerbsezer-fast-kubernetes" / "notes",
        EVAL / "omerbsezer-fast-kubernetes.jsonl",
    ),
    "biochem": (CORPORA / "rhighs-bioinformatics-msc" / "notes", EVAL / "rhighs-bioinformatics-msc.jsonl"),
    "python": (CORPORA / "ghimiresdp-python-notes" / "notes", EVAL / "ghimiresdp-python-notes.jsonl"),
    "alozano": (CORPORA / "alozano-saa-c02-notes" / "notes", ROOT / "benchmarks" / "alozano_questions.jsonl"),
}
COLUMNS = [
    ("passage_recall_at_5", "pr@5"),
    ("all_gold_at_5", "ag@5"),
    ("all_gold_at_5_comparison", "ag@5cmp"),
    ("answer_recall", "ans"),
    ("true_refusals", "unc"),
    ("false_refusals", "cov"),
    ("median_answer_chars", "med"),
]


def settings_for(name: str, corpus: Path):
    cache = ROOT / ".eval-cache" / name
    cache.mkdir(parents=True, exist_ok=True)
    cfg = cache / "config.toml"
    cfg.write_text(f'[paths]\ncorpus = "{corpus.as_posix()}"\nindex = "index"\n', encoding="utf-8")
    return load_settings(cfg)


def run_set(name: str, corpus: Path, questions_file: Path, embedder, naive: bool) -> dict:
    settings = settings_for(name, corpus)
    index_notes(settings, embedder=embedder)
    engine = Engine.load(settings, embedder)
    questions = load_questions(questions_file)
    ours = evaluate(questions, lambda q: answer_json(engine.ask(q)))
    row = {"set": name, "questions": len(questions), "ours": ours.to_json(), "report": format_report(ours)}
    if naive:
        from naive import NaivePipeline

        row["naive"] = evaluate(questions, NaivePipeline(corpus, embedder).ask).to_json()
    return row


def _cells(d: dict) -> list[str]:
    out = []
    for k, _ in COLUMNS:
        v = d[k]
        if k == "median_answer_chars":
            out.append(str(round(v)))
        else:
            out.append(f"{v:.2f}" if isinstance(v, float) else str(v))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=sorted(SETS), action="append")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive pipeline")
    parser.add_argument("--misses", action="store_true", help="print each set's misses")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    embedder = shared_embedder("all-MiniLM-L6-v2")
    rows = []
    for name, (corpus, questions) in SETS.items():
        if args.only and name not in args.only:
            continue
        if not corpus.is_dir() or not questions.is_file():
            print(
                f"skipping {name}: {corpus if not corpus.is_dir() else questions} not found", file=sys.stderr
            )
            continue
        rows.append(run_set(name, corpus, questions, embedder, not args.no_naive))
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if k != "report"} for r in rows]))
        return 0
    header = ["set", "who", *(label for _, label in COLUMNS)]
    table = [header]
    for r in rows:
        table.append([r["set"], "ours", *_cells(r["ours"])])
        if "naive" in r:
            table.append(["", "naive", *_cells(r["naive"])])
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    if args.misses:
        for r in rows:
            print(f"\n== {r['set']}\n{r['report']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
