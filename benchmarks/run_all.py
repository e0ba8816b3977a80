"""`make bench`: every benchmark, one after another, each printing its own figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = [
    "bench_retrieval.py",
    "bench_scale.py",
    "bench_dispatch.py",
    "bench_daily_burst.py",
    "bench_busy_server.py",
    "bench_multiprocess.py",
    "bench_quiz.py",
]


def main() -> int:
    status = 0
    for name in BENCHES:
        path = HERE / name
        if not path.exists():
            continue
        print(f"### {name}", flush=True)
        status |= subprocess.call([sys.executable, str(path)])
    return status


if __name__ == "__main__":
    raise SystemExit(main())
