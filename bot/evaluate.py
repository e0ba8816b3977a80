"""`tutor eval`: score the engine on a question set (format: shared/eval/README.md).

Matching follows the eval's rules: case, markdown emphasis and white-space runs are ignored, and
mojibake is repaired first, so an answer that keeps the notes' wording scores as a reader would.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.ingest.reader import repair_text
from bot.text import normalize_for_match


@dataclass
class EvalQuestion:
    id: str
    q: str
    kind: str
    entities: list[str]
    gold: list[str]


@dataclass
class EvalResult:
    total: int = 0
    passage_recall: float = 0.0
    all_gold: float = 0.0
    all_gold_comparison: float = 0.0
    answer_recall: float = 0.0
    refused_uncovered: int = 0
    uncovered: int = 0
    refused_covered: int = 0
    covered: int = 0
    median_answer_chars: float = 0.0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "questions": self.total,
            "passage_recall_at_5": round(self.passage_recall, 3),
            "all_gold_at_5": round(self.all_gold, 3),
            "all_gold_at_5_comparison": round(self.all_gold_comparison, 3),
            "answer_recall": round(self.answer_recall, 3),
            "true_refusals": f"{self.refused_uncovered}/{self.uncovered}",
            "true_refusal_rate": round(self.refused_uncovered / self.uncovered, 3)
            if self.uncovered
            else None,
            "false_refusals": f"{self.refused_covered}/{self.covered}",
            "false_refusal_rate": round(self.refused_covered / self.covered, 3) if self.covered else None,
            "median_answer_chars": self.median_answer_chars,
            "misses": self.misses,
        }


def load_questions(path: Path) -> list[EvalQuestion]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            out.append(
                EvalQuestion(
                    str(d["id"]), d["q"], d["kind"], list(d.get("entities", [])), list(d.get("gold", []))
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not an eval question ({exc})") from None
    return out


def _norm(text: str) -> str:
    return normalize_for_match(repair_text(text))


def contains(haystack: str, phrase: str) -> bool:
    return _norm(phrase) in _norm(haystack)


AskFn = Callable[[str], dict[str, Any]]  # question -> the `ask --json` object


def evaluate(questions: Iterable[EvalQuestion], ask: AskFn, k: int = 5) -> EvalResult:
    res = EvalResult()
    found_p = found_a = gold_n = 0
    all_gold_hits = comp_hits = comp_n = covered_n = 0
    lengths = []
    for q in questions:
        res.total += 1
        out = ask(q.q)
        passages = [p["text"] for p in out["passages"][:k]]
        answer = out["answer"]
        lengths.append(len(answer))
        refused = out["kind"] == "uncovered"
        miss: dict[str, Any] = {}
        if q.kind == "uncovered":
            res.uncovered += 1
            res.refused_uncovered += refused
            if not refused:
                miss["not_refused"] = True
        else:
            res.covered += 1
            res.refused_covered += refused
            covered_n += 1
            if refused:
                miss["refused"] = True
            in_p = [g for g in q.gold if any(contains(p, g) for p in passages)]
            in_a = [g for g in q.gold if contains(answer, g)]
            found_p += len(in_p)
            found_a += len(in_a)
            gold_n += len(q.gold)
            ok = len(in_p) == len(q.gold)
            all_gold_hits += ok
            if q.kind == "comparison":
                comp_n += 1
                comp_hits += ok
            if not ok:
                miss["gold_not_in_passages"] = [g for g in q.gold if g not in in_p]
            if len(in_a) < len(q.gold):
                miss["gold_not_in_answer"] = [g for g in q.gold if g not in in_a]
        if miss:
            res.misses.append({"id": q.id, "q": q.q, "kind": out["kind"], "expected": q.kind, **miss})
    res.passage_recall = found_p / gold_n if gold_n else 1.0
    res.answer_recall = found_a / gold_n if gold_n else 1.0
    res.all_gold = all_gold_hits / covered_n if covered_n else 1.0
    res.all_gold_comparison = comp_hits / comp_n if comp_n else 1.0
    res.median_answer_chars = statistics.median(lengths) if lengths else 0
    return res


def format_report(res: EvalResult) -> str:
    d = res.to_json()
    lines = [
        f"questions            {d['questions']}",
        f"passage recall@5     {d['passage_recall_at_5']:.3f}",
        f"all-gold@5           {d['all_gold_at_5']:.3f}   (comparisons {d['all_gold_at_5_comparison']:.3f})",
        f"answer recall        {d['answer_recall']:.3f}",
        f"uncovered refused    {d['true_refusals']}",
        f"covered refused      {d['false_refusals']}",
        f"median answer chars  {d['median_answer_chars']:.0f}",
    ]
    for m in res.misses:
        lines.append(f"miss {m['id']} [{m['expected']} -> {m['kind']}] {m['q']}")
        for key in ("gold_not_in_passages", "gold_not_in_answer"):
            if key in m:
                lines.append(f"    {key.replace('_', ' ')}: {m[key]}")
        for key in ("refused", "not_refused"):
            if key in m:
                lines.append(f"    {key.replace('_', ' ')}")
    return "\n".join(lines)


def format_rows(results: list[tuple[str, EvalResult]]) -> str:
    """One row per question set: the figures side by side, misses left to the single-set report."""
    header = ["set", "pr@5", "ag@5", "ag@5 cmp", "answer", "uncovered", "covered", "median"]
    rows = [header]
    for name, r in results:
        d = r.to_json()
        rows.append(
            [
                name,
                f"{d['passage_recall_at_5']:.2f}",
                f"{d['all_gold_at_5']:.2f}",
                f"{d['all_gold_at_5_comparison']:.2f}",
                f"{d['answer_recall']:.2f}",
                d["true_refusals"],
                d["false_refusals"],
                f"{d['median_answer_chars']:.0f}",
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows)
