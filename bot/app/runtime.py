"""One process's runtime: the engine, the store and the threads they run on, shared by every front end.

The Discord bot and the console session both hold a :class:`Runtime`. Its job is that the event loop
never waits on CPU work or on the database:

- **Engine work** (loading the index, answering a question, re-indexing) runs on the engine's own pool
  of a few threads, with a limit on how many questions may wait for it. Past the limit a question is
  refused at once with :class:`Busy` ("try again in a moment") instead of queuing behind dozens of
  others for longer than Discord's 3-second window, and quiz clicks never wait behind questions at all.
- **Store work** is awaited on the async store (aiosqlite's connection threads, or asyncpg's sockets):
  a click waits for its own transactions, never for a question, and a write lock held by another
  process suspends the coroutine that needs it, not the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from bot.answer import Answer
    from bot.app.store import Store
    from bot.config import Settings
    from bot.engine import Engine

log = logging.getLogger("tutor.app")

T = TypeVar("T")

ENGINE_THREADS = 2  # retrieval is CPU-bound: more threads than cores only interleave the same work
QUEUE_LIMIT = 1000  # questions running or waiting, whatever their speed: memory stays bounded
MAX_WAIT_SECONDS = 20.0  # a question that would wait longer than this for the engine is refused now
BUSY_TEXT = "I'm answering a lot of questions right now. Please try again in a moment."


class Busy(RuntimeError):
    """Too many questions are waiting for the engine; the asker should try again in a moment."""

    def __init__(self) -> None:
        super().__init__(BUSY_TEXT)


def settle_heap() -> None:
    """Move what is loaded so far (the index, glossary and quiz bank: hundreds of thousands of objects
    that live as long as the process) out of the garbage collector's sight: a full collection then walks
    only what a burst of work allocates, instead of pausing the event loop ~200 ms to re-walk the notes."""
    gc.collect()
    gc.freeze()


class Runtime:
    """The engine, the store and the engine's worker threads for one process. Front ends call ``ask``
    and ``compute``, and use cases await the store; nothing they await blocks the event loop."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine | None = None,
        store: Store | None = None,
        *,
        engine_threads: int = ENGINE_THREADS,
        queue_limit: int = QUEUE_LIMIT,
    ) -> None:
        self.settings = settings
        self.engine: Engine | None = engine
        if engine is not None:
            settle_heap()
        self.store: Store | None = store
        self._owns_store = store is None
        self.queue_limit = queue_limit
        self.engine_threads = engine_threads
        self._engine_pool: ThreadPoolExecutor | None = None
        self._store_lock: asyncio.Lock | None = None
        self._engine_lock: asyncio.Lock | None = None
        self._waiting = 0  # questions running or queued on the engine pool
        self._seconds_per_ask = 0.1  # moving average of how long one question takes (~30 ms measured)
        self.store_error: str | None = None

    # -- threads -------------------------------------------------------------------------------------
    def expected_wait(self) -> float:
        """Seconds a question asked now would wait for a free engine thread, from the recent pace."""
        return self._waiting * self._seconds_per_ask / self.engine_threads

    async def compute(self, fn: Callable[..., T], *args: Any, bounded: bool = True) -> T:
        """Run engine work on the engine pool. ``bounded`` work (a question) is refused with Busy when
        it would wait longer than MAX_WAIT_SECONDS: two hundred questions at once on small notes are
        all answered in a few seconds, while on big notes a backlog is refused before it grows stale."""
        if bounded and (self._waiting >= self.queue_limit or self.expected_wait() > MAX_WAIT_SECONDS):
            raise Busy
        self._waiting += bounded

        def timed() -> T:
            start = time.perf_counter()
            try:
                return fn(*args)
            finally:
                if bounded:  # the pace of questions only, not of loading or re-indexing
                    took = time.perf_counter() - start
                    self._seconds_per_ask = 0.8 * self._seconds_per_ask + 0.2 * took

        try:
            if self._engine_pool is None:
                self._engine_pool = ThreadPoolExecutor(self.engine_threads, thread_name_prefix="tutor-engine")
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._engine_pool, timed)
        finally:
            self._waiting -= bounded

    # -- the engine ----------------------------------------------------------------------------------
    async def get_engine(self) -> Engine:
        """The loaded engine; the first call loads it on the engine pool (index files, model weights)."""
        if self.engine is not None:
            return self.engine
        if self._engine_lock is None:
            self._engine_lock = asyncio.Lock()
        async with self._engine_lock:
            if self.engine is None:
                from bot.engine import Engine

                self.engine = await self.compute(Engine.load, self.settings, bounded=False)
                settle_heap()
            return self.engine

    async def warm_up(self) -> Engine:
        """Load the engine and the model and run one question, then settle the heap: what the first
        question loads (model weights, tokenizer) stays out of later full garbage collections too."""
        engine = await self.get_engine()
        await self.compute(engine.warm_up, bounded=False)
        settle_heap()
        return engine

    async def ask(self, question: str, context: str | None = None) -> Answer:
        """Answer on the engine pool; raises Busy when too many questions are already waiting."""
        engine = await self.get_engine()
        return await self.compute(lambda: engine.ask(question, None, context=context))

    async def reindex(
        self, settings: Settings | None = None, warn: Callable[[str], None] | None = None
    ) -> Any:
        """Re-read the notes and update the index on the engine's threads (never the loop); when
        anything changed, load the new engine and swap it in only once it is whole, so questions in
        flight keep the old one. Returns the index stats (what changed)."""
        from bot.engine import Engine, index_notes

        settings = settings or self.settings
        stats = await self.compute(lambda: index_notes(settings, warn=warn), bounded=False)
        if stats.changed:
            self.engine = await self.compute(Engine.load, settings, bounded=False)
            settle_heap()
        return stats

    # -- the store -----------------------------------------------------------------------------------
    async def open_store(self) -> Store | None:
        """Open the configured database (migrating it). A database that cannot be opened is one log
        line: questions are still answered, and quiz commands say the database is unavailable."""
        if self.store is None:
            if self._store_lock is None:
                self._store_lock = asyncio.Lock()
            async with self._store_lock:
                if self.store is None:
                    self.store = await self._open(self.settings.database)
        return self.store

    async def _open(self, database: str | Path) -> Store | None:
        from bot.app.store import Store, redacted
        from bot.app.store.base import one_line

        try:
            return await Store.open(database)  # it makes the file's folder
        except Exception as exc:  # noqa: BLE001 - a broken database must not stop the bot answering
            self.store_error = one_line(exc)
            log.warning("database unavailable (%s): %s", redacted(database), self.store_error)
            return None

    async def close(self) -> None:
        """Close the store and stop the engine threads. Safe to call twice; a later ``compute`` starts
        fresh threads (a new console session)."""
        if self._owns_store and self.store is not None:
            store, self.store = self.store, None
            await store.close()
        engine_pool, self._engine_pool = self._engine_pool, None
        if engine_pool is not None:
            engine_pool.shutdown(wait=False, cancel_futures=True)


def stop_on_signals(stop: Callable[[], Awaitable[Any]]) -> None:
    """SIGTERM (docker stop, systemd) and SIGINT (Ctrl-C) both run the same orderly ``stop()``."""
    loop = asyncio.get_running_loop()
    started: list[asyncio.Task] = []

    def on_signal(sig: signal.Signals) -> None:
        if started:
            return  # a second signal while stopping: the shutdown under way is enough
        log.info("%s received: shutting down", sig.name)
        started.append(loop.create_task(stop()))

    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not main thread / Windows
            loop.add_signal_handler(sig, on_signal, sig)
