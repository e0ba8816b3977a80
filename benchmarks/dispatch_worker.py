"""One daily-quiz dispatcher process, for the multi-process test and benchmark.

It runs the product's dispatcher and quiz use cases (``Dispatcher``, ``QuizApp.daily``) on the given
database, and sends each quiz to a Discord REST API (the fake in ``fake_discord.py``) with the run's
nonce, as the Discord front end does, through aiohttp instead of discord.py so that four of them start
in a second. The quiz bank is a small synthetic one: what is measured is claiming and sending.
SIGTERM stops it like the bot (sends in flight finish, runs not started are released); exit status 0.

    python benchmarks/dispatch_worker.py --database URL_OR_PATH --api http://127.0.0.1:PORT/api/v10
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402

from bot.app.quiz import QuizApp  # noqa: E402
from bot.app.runtime import Runtime  # noqa: E402
from bot.app.schedule import Dispatcher, RetryPolicy, delivery_nonce  # noqa: E402
from bot.app.store import Store, Subscription  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.quiz.bank import QuizBank  # noqa: E402
from bot.quiz.items import QuizItem  # noqa: E402

ITEMS = [
    QuizItem(f"item-{n}", "statement", f"Question {n}?", ("A", "B", "C"), n % 3, "Because.", "notes.md", "T")
    for n in range(20)
]


async def serve(database: str, api: str, lease: float, concurrency: int) -> int:
    store = await Store.open(database)
    settings = Settings(base_dir=ROOT, corpus=ROOT / "corpus", index=ROOT / "index", database=database)
    app = QuizApp(Runtime(settings, store=store), bank=QuizBank(ITEMS))
    http = aiohttp.ClientSession()

    async def send(sub: Subscription, day) -> int:
        posted = await app.daily(sub, sub.target_id, day)
        body = {"content": posted.item.prompt, "nonce": delivery_nonce(sub.id, day), "enforce_nonce": True}
        async with http.post(f"{api}/channels/{sub.target_id}/messages", json=body) as response:
            if response.status != 200:
                raise RuntimeError(f"HTTP {response.status}")
            message = await response.json()
        await app.posted(posted.post_id, int(message["id"]))
        return posted.post_id

    dispatcher = Dispatcher(store, send, grace=timedelta(hours=3), lease=timedelta(seconds=lease),
                            concurrency=concurrency, retry=RetryPolicy(attempts=6, base_delay=0.2),
                            max_sleep=1.0)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    runner = asyncio.ensure_future(dispatcher.run())
    print("ready", flush=True)
    await stopping.wait()
    await dispatcher.stop(timeout=10)
    runner.cancel()
    await asyncio.gather(runner, return_exceptions=True)
    await http.close()
    await store.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--api", required=True)
    parser.add_argument("--lease", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()
    return asyncio.run(serve(args.database, args.api, args.lease, args.concurrency))


if __name__ == "__main__":
    raise SystemExit(main())
