"""Offline Discord test helpers shared by the ask and quiz tests.

* ``record_sends`` wraps ``handle_message_parameters`` to see what each REST send/edit passed (dpytest
  keeps only content and embeds).
* ``FakeWebhookAdapter`` stands in for Discord's interaction endpoints: real ``discord.Interaction``
  objects built from payloads (as discord.py's own tests do) respond through it, and it records every
  response and follow-up (and the files they attach).
* ``FakeRest`` replaces chosen ``bot.http`` calls (message edits, DMs, sends to uncached channels) with
  recorders that answer with message payloads, or raise the error a test wants.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from types import SimpleNamespace
from typing import Any

import discord
import discord.ext.test as dpytest
from discord.ext import commands

NONE_MENTIONS = discord.AllowedMentions.none().to_dict()
EPHEMERAL = 64


class Sends:
    """Every message the bot sent or edited through the REST API, with the arguments it passed."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def last(self) -> dict[str, Any]:
        return self.calls[-1]


def record_sends(monkeypatch) -> Sends:
    record = Sends()
    for module in (discord.abc, discord.message):
        original = module.handle_message_parameters

        def wrapped(*args, _original=original, **kwargs):
            record.calls.append(kwargs)
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, "handle_message_parameters", wrapped)
    return record


def assert_all_sends_inert(sends: Sends) -> None:
    assert sends.calls, "nothing was sent"
    for call in sends.calls:
        am = call.get("allowed_mentions")
        assert am is not None and am.to_dict() == NONE_MENTIONS, call


def assert_inert(payload: dict[str, Any]) -> None:
    body = payload.get("data", payload)
    assert body.get("allowed_mentions") == NONE_MENTIONS, payload


def configure(bot, **kwargs) -> None:
    """dpytest needs the member cache (members intent) to fake people; the bot itself does not."""
    bot._connection._intents.members = True
    bot._connection.member_cache_flags = discord.MemberCacheFlags.from_intents(bot._connection._intents)
    dpytest.configure(bot, **kwargs)


def channel_named(bot, name: str) -> discord.TextChannel:
    return discord.utils.get(bot.guilds[0].text_channels, name=name)


def member_named(bot, name: str) -> discord.Member:
    return discord.utils.get(bot.guilds[0].members, name=name)


def person(user_id: int, name: str | None = None) -> Any:
    """A stand-in for a member who is not in dpytest's cache (interaction payloads only need id + name)."""
    return SimpleNamespace(id=user_id, name=name or f"user{user_id}")


_message_ids = itertools.count(10**17)


def message_payload(bot, channel_id: int, payload: dict[str, Any]) -> dict[str, Any]:
    """A MESSAGE object as Discord would return it for something the bot sent."""
    user = bot.user
    return {
        "id": str(next(_message_ids)), "channel_id": str(channel_id), "type": 0, "tts": False,
        "author": {"id": str(user.id), "username": user.name, "discriminator": "0001", "avatar": None,
                   "bot": True},
        "content": payload.get("content") or "", "embeds": payload.get("embeds") or [],
        "components": payload.get("components") or [], "flags": payload.get("flags") or 0,
        "timestamp": "2026-01-01T00:00:00+00:00", "edited_timestamp": None, "mention_everyone": False,
        "mentions": [], "mention_roles": [], "attachments": [], "pinned": False,
    }


class FakeWebhookAdapter:
    """Stands in for Discord's interaction endpoints: records each call, answers with message payloads."""

    def __init__(self, bot: commands.Bot, channel: discord.TextChannel) -> None:
        self.bot, self.channel = bot, channel
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.messages: dict[str, dict[str, Any]] = {}
        self.files: list[tuple[str, bytes]] = []  # (filename, content) of every file sent

    def _payload(self, payload: dict[str, Any] | None, multipart: list[dict[str, Any]] | None,
                 files: Any) -> dict[str, Any]:
        """The JSON body of a call; with files, discord.py sends it as the multipart part payload_json."""
        for file in files or ():
            self.files.append((file.filename, file.fp.read()))
        if payload is None and multipart:
            payload = json.loads(next(p["value"] for p in multipart if p["name"] == "payload_json"))
        return payload  # type: ignore[return-value]

    def _message(self, payload: dict[str, Any]) -> dict[str, Any]:
        data = message_payload(self.bot, self.channel.id, payload)
        self.messages["@original"] = data
        return data

    def payloads(self, kind: str | None = None) -> list[dict[str, Any]]:
        return [p for k, p in self.calls if kind is None or k == kind]

    async def create_interaction_response(self, interaction_id, token, *, session, proxy=None,
                                          proxy_auth=None, params):
        payload = self._payload(params.payload, params.multipart, params.files)
        self.calls.append(("response", payload))
        inner = payload.get("data") or {}
        out: dict[str, Any] = {"interaction": {
            "id": str(interaction_id), "type": 2, "response_message_loading": payload["type"] == 5,
            "response_message_ephemeral": bool(inner.get("flags", 0) & EPHEMERAL)}}
        if payload["type"] == 4:
            message = self._message(inner)
            out["interaction"]["response_message_id"] = message["id"]
            out["resource"] = {"type": 4, "message": message}
        return out

    async def execute_webhook(self, webhook_id, token, *, session, payload=None, multipart=None, files=None,
                              **kwargs):
        payload = self._payload(payload, multipart, files)
        self.calls.append(("followup", payload))
        return self._message(payload)

    async def get_original_interaction_response(self, application_id, token, *, session, **kwargs):
        return self.messages["@original"]

    async def delete_original_interaction_response(self, application_id, token, *, session, **kwargs):
        self.calls.append(("delete_original", {}))
        self.messages.pop("@original", None)

    async def edit_original_interaction_response(self, application_id, token, *, session, payload=None,
                                                 multipart=None, files=None, **kwargs):
        payload = self._payload(payload, multipart, files)
        self.calls.append(("edit_original", payload))
        return self._message(payload)


class FakeRest:
    """Replaces some of ``bot.http``: records payloads; ``fail[channel_id]`` raises for that channel.

    Patched: ``edit_message`` (all edits), ``start_private_message`` and ``get_user`` (DMs), and
    ``send_message`` for channels dpytest doesn't know (or that a test made fail); sends to dpytest's own
    channels still go through dpytest.
    """

    def __init__(self, bot, monkeypatch) -> None:
        self.bot = bot
        self.edits: list[tuple[int, int, dict[str, Any]]] = []
        self.sent: list[tuple[int, dict[str, Any]]] = []
        self.fail: dict[int, Exception] = {}
        self.dm_ids = itertools.count(900_000)
        http = bot._connection.http
        self._send = http.send_message
        for name in ("edit_message", "send_message", "start_private_message", "get_user"):
            monkeypatch.setattr(http, name, getattr(self, name))

    async def send_message(self, channel_id, *, params):
        if channel_id in self.fail:
            raise self.fail[channel_id]
        channel = self.bot.get_channel(channel_id)  # dpytest's send reads `channel` from its caller's frame
        if isinstance(channel, discord.TextChannel):
            return await self._send(channel_id, params=params)  # dpytest's channel: dpytest records it
        self.sent.append((int(channel_id), params.payload))
        return message_payload(self.bot, channel_id, params.payload)

    async def edit_message(self, channel_id, message_id, *, params):
        if channel_id in self.fail:
            raise self.fail[channel_id]
        self.edits.append((int(channel_id), int(message_id), params.payload))
        return dict(message_payload(self.bot, channel_id, params.payload), id=str(message_id))

    async def start_private_message(self, user_id):
        if user_id in self.fail:
            raise self.fail[user_id]
        return {"id": str(next(self.dm_ids)), "type": 1,
                "recipients": [{"id": str(user_id), "username": f"user{user_id}", "discriminator": "0001",
                                "avatar": None}]}

    async def get_user(self, user_id):
        if user_id in self.fail:
            raise self.fail[user_id]
        return {"id": str(user_id), "username": f"user{user_id}", "discriminator": "0001", "avatar": None}

    def edits_of(self, message_id: int) -> list[dict[str, Any]]:
        return [p for _, mid, p in self.edits if mid == message_id]


def http_error(cls: type[discord.HTTPException], status: int, text: str) -> discord.HTTPException:
    response = SimpleNamespace(status=status, reason=text)
    return cls(response, {"code": 0, "message": text})  # type: ignore[arg-type]


# Real snowflakes: an interaction whose id dates from 2015 counts as expired (15-minute token).
_interaction_ids = itertools.count(discord.utils.time_snowflake(discord.utils.utcnow()))


def interaction_payload(bot, member: Any, channel: discord.abc.Snowflake, *, permissions: str = "8",
                        **extra: Any) -> dict:
    return {
        "id": str(next(_interaction_ids)), "application_id": str(bot.user.id), "token": "t", "version": 1,
        "guild_id": str(channel.guild.id), "channel": {"id": str(channel.id), "type": 0},
        "member": {"user": {"id": str(member.id), "username": member.name, "discriminator": "0001",
                            "avatar": None}, "roles": [], "joined_at": "2026-01-01T00:00:00+00:00",
                   "deaf": False, "mute": False, "permissions": permissions, "flags": 0},
        "app_permissions": "8", "locale": "en-US", "attachment_size_limit": 8 << 20, **extra,
    }


def _option(name: str, value: Any) -> dict[str, Any]:
    kind = 5 if isinstance(value, bool) else 3
    return {"name": name, "type": kind, "value": value}


def slash(bot, member, channel, name: str, **options: Any) -> discord.Interaction:
    """``/name option:value …``; ``name`` may be ``"group sub"`` for a subcommand. ``permissions`` (a
    permission bit string, default administrator) sets the invoking member's permissions."""
    permissions = options.pop("permissions", "8")
    opts = [_option(k, v) for k, v in options.items() if v is not None]
    parts = name.split()
    if len(parts) == 2:
        opts = [{"name": parts[1], "type": 1, "options": opts}]
    data = {"id": "1", "name": parts[0], "type": 1, "options": opts}
    return discord.Interaction(
        data=interaction_payload(bot, member, channel, permissions=permissions, type=2, data=data),
        state=bot._connection)


def button_press(bot, member, channel, message: dict[str, Any], custom_id: str, *,
                 permissions: str = "8") -> dict[str, Any]:
    return interaction_payload(bot, member, channel, type=3, message=message, permissions=permissions,
                               data={"custom_id": custom_id, "component_type": 2})


def modal_submit(bot, member, channel, modal_id: str, values: dict[str, str], *,
                 permissions: str = "8") -> dict[str, Any]:
    rows = [{"type": 1, "components": [{"type": 4, "custom_id": k, "value": v}]} for k, v in values.items()]
    return interaction_payload(bot, member, channel, type=5, permissions=permissions,
                               data={"custom_id": modal_id, "components": rows})


async def settle(rounds: int = 50, pause: float = 0.05) -> None:
    for _ in range(rounds):
        await asyncio.sleep(0)
    await asyncio.sleep(pause)


async def press(bot, member, channel, message: dict[str, Any], custom_id: str) -> None:
    """Dispatch a button press the way the gateway does, then wait for the view's callback."""
    bot._connection.parse_interaction_create(button_press(bot, member, channel, message, custom_id))
    await settle()


async def until(done, rounds: int = 400, pause: float = 0.05) -> None:
    """Let the loop run until ``done()`` holds (the work is on other threads, so how long it takes
    depends on the machine); gives up after ``rounds`` pauses and leaves the assertion to the test."""
    for _ in range(rounds):
        if done():
            return
        await asyncio.sleep(pause)
