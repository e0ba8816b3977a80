"""A fake Discord REST API on loopback, for benchmarks that must go through discord.py's real HTTP client
(its rate-limit handling included), not around it.

Every call waits ``latency`` seconds; a share ``rate_limited`` of message sends is answered 429 with a
``Retry-After`` first, as Discord does, which discord.py sleeps out and retries. Each accepted message
is logged by channel, so a benchmark can check that every channel got exactly one post. A send with a
``nonce`` and ``enforce_nonce`` that was already used gets the first message back and posts nothing,
as Discord does within its nonce window (here: for the life of the fake).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import random
from collections import Counter
from typing import Any

from aiohttp import web

BOT_ID = 4242


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON as Discord sends it: discord.py reads a body as JSON only for exactly 'application/json'."""
    return web.Response(body=json.dumps(data).encode(), status=status,
                        headers={"Content-Type": "application/json", **(headers or {})})


class FakeDiscord:
    def __init__(self, latency: float = 0.05, rate_limited: float = 0.05, seed: int = 7) -> None:
        self.latency = latency
        self.rate_limited = rate_limited
        self.random = random.Random(seed)
        self.posts: Counter[int] = Counter()  # channel id -> messages accepted
        # nonce -> the id of the message it created (ids only: ten thousand stored payloads would weigh
        # on the garbage collector of the process the benchmark measures)
        self.by_nonce: dict[str, str] = {}
        self.deduplicated = 0  # sends answered with an earlier message because of their nonce
        self.calls = 0
        self.limited = 0
        self._ids = itertools.count(1_300_000_000_000_000_000)
        self._runner: web.AppRunner | None = None
        self.port = 0

    def _message(self, channel_id: int, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": str(next(self._ids)), "channel_id": str(channel_id), "type": 0, "tts": False,
            "author": {"id": str(BOT_ID), "username": "tutor", "discriminator": "0001", "avatar": None,
                       "bot": True},
            "content": body.get("content") or "", "embeds": body.get("embeds") or [],
            "components": body.get("components") or [], "flags": 0,
            "timestamp": "2026-06-01T12:00:00+00:00", "edited_timestamp": None, "mention_everyone": False,
            "mentions": [], "mention_roles": [], "attachments": [], "pinned": False,
        }

    async def _me(self, request: web.Request) -> web.Response:
        return _json({"id": str(BOT_ID), "username": "tutor", "discriminator": "0001",
                                  "avatar": None, "bot": True})

    async def _application(self, request: web.Request) -> web.Response:
        owner = {"id": "1", "username": "owner", "discriminator": "0001", "avatar": None}
        return _json({"id": str(BOT_ID), "name": "tutor", "icon": None, "description": "", "rpc_origins": [],
                      "bot_public": True, "bot_require_code_grant": False, "verify_key": "0" * 64,
                      "flags": 0, "owner": owner, "team": None, "summary": ""})

    async def _send(self, request: web.Request) -> web.Response:
        self.calls += 1
        await asyncio.sleep(self.latency)
        if self.random.random() < self.rate_limited:
            self.limited += 1
            retry = 0.1
            return _json(
                {"message": "You are being rate limited.", "retry_after": retry, "global": False},
                status=429,
                headers={"Retry-After": str(retry), "X-RateLimit-Scope": "user", "Via": "1.1 google"},
            )
        channel_id = int(request.match_info["channel"])
        body = await request.json()
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce") and str(nonce) in self.by_nonce:
            self.deduplicated += 1
            return _json({**self._message(channel_id, body), "id": self.by_nonce[str(nonce)]})
        self.posts[channel_id] += 1
        message = self._message(channel_id, body)
        if nonce is not None:
            self.by_nonce[str(nonce)] = message["id"]
        return _json(message)

    async def _edit(self, request: web.Request) -> web.Response:
        self.calls += 1
        await asyncio.sleep(self.latency)
        body = await request.json()
        message = self._message(int(request.match_info["channel"]), body)
        message["id"] = request.match_info["message"]
        return _json(message)

    async def start(self) -> str:
        """Serve on a free loopback port; returns the API base URL for ``discord.http.Route.BASE``."""
        app = web.Application()
        app.router.add_get("/api/v10/users/@me", self._me)
        app.router.add_get("/api/v10/oauth2/applications/@me", self._application)
        app.router.add_post("/api/v10/channels/{channel}/messages", self._send)
        app.router.add_patch("/api/v10/channels/{channel}/messages/{message}", self._edit)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return f"http://127.0.0.1:{self.port}/api/v10"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
