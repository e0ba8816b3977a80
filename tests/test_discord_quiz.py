"""The quiz on Discord, offline: /quiz now, buttons (dynamic, restart-proof), reveals, cloze answers,
scores, subscriptions and the dispatcher's Discord sender.

Slash commands and button clicks run through real ``discord.Interaction`` objects and the bot's own
dispatch (see tests/discord_helpers.py); message edits, DMs and sends to unknown channels go to
``FakeRest``; prefix commands go through dpytest.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import discord
import discord.ext.test as dpytest
import pytest
import pytest_asyncio
from discord.ext import commands
from discord.webhook.async_ import async_context

from bot.app.quiz_service import QuizService
from bot.app.schedule import Dispatcher, TargetGone
from bot.app.store import Store
from bot.discord_app import create_bot
from bot.discord_app.format import embed_size
from bot.discord_app.quiz_views import BUTTON_LABEL_MAX, QuizButton, quiz_payload
from bot.discord_app.text import inert
from bot.quiz.items import QuizItem
from tests.conftest import with_cloze
from tests.discord_helpers import (
    EPHEMERAL,
    NONE_MENTIONS,
    FakeRest,
    FakeWebhookAdapter,
    assert_all_sends_inert,
    assert_inert,
    button_press,
    channel_named,
    configure,
    http_error,
    member_named,
    modal_submit,
    person,
    press,
    record_sends,
    settle,
    slash,
    until,
)
from tests.store_reads import post_by_message

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _answered(env) -> bool:
    """Whether the typed answer's verdict has been sent: it is graded on the database thread, so how
    long that takes depends on the machine, not on a fixed pause."""
    return any(kind != "response" or payload.get("type") != 5 for kind, payload in env.adapter.calls)


class Env:
    """One bot process over a store, with its fakes: interaction adapter, REST, dpytest channels."""

    def __init__(self, bot, store, rest, adapter, clock) -> None:
        self.bot, self.store, self.rest, self.adapter, self.clock = bot, store, rest, adapter, clock
        self.cog = bot.get_cog("Quiz")
        self.desk = self.cog.desk
        self.general = channel_named(bot, "general")
        self.ana, self.ben = member_named(bot, "ana"), member_named(bot, "ben")

    @property
    def bank(self):
        return self.bot.engine.quiz_bank

    def item(self, cloze: bool = False):
        return next(i for i in self.bank.items if i.is_cloze == cloze and len(i.choices) != 1)

    async def slash(self, name: str, member=None, channel=None, **options):
        who, where = member or self.ana, channel or self.general
        await self.bot.tree._call(slash(self.bot, who, where, name, **options))
        await settle(5, 0)

    async def post(self, item, member=None) -> dict:
        """`/quiz now` that posts ``item``; returns the posted message payload."""
        self.adapter.calls.clear()
        original = QuizService.pick
        async def fixed(svc, topic=None, user_id=None, channel_id=None, guild_id=None):
            return item

        QuizService.pick = fixed
        try:
            await self.slash("quiz now", member)
        finally:
            QuizService.pick = original
        for kind, payload in self.adapter.calls:
            if not (kind == "response" and payload.get("type") == 5):  # an acknowledgement has no content
                assert_inert(payload)
        self.adapter.calls.clear()
        return dict(self.adapter.messages["@original"])

    async def post_of(self, message: dict):
        return await post_by_message(self.store, int(message["id"]))

    def replies(self) -> list[dict]:
        """Content of each interaction response/follow-up so far (and clear them)."""
        out = []
        for kind, payload in self.adapter.calls:
            if (kind == "response" and payload.get("type") == 5) or kind == "delete_original":
                continue  # "thinking…": an acknowledgement without content (or its removal)
            assert_inert(payload)
            out.append(payload.get("data", payload) if kind == "response" else payload)
        self.adapter.calls.clear()
        return out


async def _boot(settings, engine, store, monkeypatch, clock) -> tuple:
    bot = create_bot(settings, engine, store=store, sync_on_start=False, preload=False)
    await bot._async_setup_hook()
    configure(bot, text_channels=["general", "study"], members=["ana", "ben"])
    await bot.setup_hook()
    rest = FakeRest(bot, monkeypatch)
    desk = bot.get_cog("Quiz").desk
    desk.now, desk.debounce = (lambda: clock[0]), 0.0
    return bot, rest


@pytest.fixture
def sends(monkeypatch):
    return record_sends(monkeypatch)


@pytest_asyncio.fixture(loop_scope="function")
async def env(seed_settings, seed_engine, sends, monkeypatch):
    settings = replace(seed_settings, ask_cooldown_seconds=0, quiz_reveal_after_minutes=60)
    monkeypatch.setattr(seed_engine, "quiz_bank", with_cloze(seed_engine))  # a blank to answer by typing
    store = await Store.open(":memory:")
    clock = [T0]
    bot, rest = await _boot(settings, seed_engine, store, monkeypatch, clock)
    adapter = FakeWebhookAdapter(bot, channel_named(bot, "general"))
    token = async_context.set(adapter)
    yield Env(bot, store, rest, adapter, clock)
    async_context.reset(token)
    await dpytest.empty_queue()
    for task in list(bot._background):
        task.cancel()
    await store.close()


def _ids(message: dict) -> list[str]:
    return [c["custom_id"] for row in message["components"] for c in row["components"]]


def _buttons(payload: dict) -> list[dict]:
    return [c for row in payload["components"] for c in row["components"]]


# ------------------------------------------------------------------------------------ the message


def test_quiz_payload_fits_discord_limits(seed_engine):
    for item in seed_engine.quiz_bank.items:
        for revealed in (False, True):
            payload = quiz_payload(item, 7, 3, revealed=revealed)
            discord.Embed.from_dict(payload)
            assert embed_size(payload) <= 6000 and len(payload["description"]) <= 4096
    item = next(i for i in seed_engine.quiz_bank.items if i.choices)
    assert QuizButton(12, 3).custom_id == "quiz:12:3" and QuizButton(12, "cloze").custom_id == "quiz:12:cloze"
    revealed = quiz_payload(item, 4, 1, revealed=True)
    assert "1/4 got it right (25%)" in revealed["fields"][0]["value"]
    assert "nobody answered" in quiz_payload(item, revealed=True)["fields"][0]["value"]


def test_a_post_never_titles_its_question_with_the_answer():
    """A section headed "Damping" holds "Damping is the process whereby energy is taken from an
    oscillating system": "Quiz · Damping" over the blank would answer it. A title that says the answer
    by a word of its root or its initials goes too; one that names what every choice shares stays."""

    def item(topic: str, answer: str | int, choices: tuple[str, ...] = ()) -> QuizItem:
        stem = "____ is the process whereby energy is taken from an oscillating system."
        return QuizItem("d", "mapping" if choices else "cloze", stem, choices, answer, "", "f.md › X", topic)

    assert quiz_payload(item("Damping", "Damping"))["title"] == "Quiz"
    assert quiz_payload(item("Damping", "Damping"), revealed=True)["title"] == "Quiz · Damping"  # once out
    assert quiz_payload(item("Drag or viscous force", "Viscosity"))["title"] == "Quiz"
    assert quiz_payload(item("First Hop Redundancy Protocols", "FHRP"))["title"] == "Quiz"
    assert quiz_payload(item("Electromotive force (e.m.f)", "E.m.f"))["title"] == "Quiz"
    assert quiz_payload(item("MG", "Myasthenia gravis"))["title"] == "Quiz"
    kinds = ("Schizotypal personality disorder", "Schizoaffective disorder", "Brief psychotic disorder")
    assert quiz_payload(item("Schizoaffective", 1, kinds))["title"] == "Quiz"
    assert quiz_payload(item("Psychotic disorders", 1, kinds))["title"] == "Quiz · Psychotic disorders"
    assert quiz_payload(item("Oscillations", "Damping"))["title"] == "Quiz · Oscillations"
    waves = item("Waves", 0, ("Transverse waves", "Longitudinal waves"))
    assert quiz_payload(waves)["title"] == "Quiz · Waves"
    transverse = item("Transverse waves", 0, ("Transverse waves", "Longitudinal waves"))
    assert quiz_payload(transverse)["title"] == "Quiz"
    # every word of the key is some rival's too, but only the key is the whole title
    potentials = ("Electric field", "Electric potential", "Gravitational potential energy")
    assert quiz_payload(item("Electric potential", 1, potentials))["title"] == "Quiz"
    assert quiz_payload(item("Electric fields", 1, potentials))["title"] == "Quiz · Electric fields"


# --------------------------------------------------------------------------------- /quiz now + clicks


async def test_quiz_now_posts_a_button_per_choice_with_dynamic_custom_ids(env, monkeypatch):
    seen = {}
    original = QuizService.pick

    async def spy(svc, topic=None, user_id=None, channel_id=None, guild_id=None):
        seen["user"], seen["guild"] = user_id, guild_id
        return await original(svc, topic, user_id, channel_id, guild_id)

    monkeypatch.setattr(QuizService, "pick", spy)
    await env.slash("quiz now")
    assert seen["user"] == env.ana.id  # favour the asker's due and missed items
    assert seen["guild"] == env.general.guild.id  # and never what this server withdrew
    [(ack, deferred), (kind, payload)] = env.adapter.calls
    assert ack == "response" and deferred["type"] == 5  # acknowledged first, publicly
    assert not (deferred.get("data") or {}).get("flags", 0) & EPHEMERAL
    assert kind == "followup" and not payload.get("flags")
    assert_inert(payload)
    message = env.adapter.messages["@original"]
    post = await env.post_of(message)
    assert post is not None and post.channel_id == env.general.id
    item = env.bank.by_id[post.item_id]
    expected = [f"quiz:{post.id}:cloze"] if item.is_cloze else [f"quiz:{post.id}:{i}" for i in
                                                                range(len(item.choices))]
    assert _ids(message) == [*expected, f"quizr:{post.id}"]
    assert message["embeds"][0]["title"] == (f"Quiz · {item.headline}" if item.headline else "Quiz")

    env.adapter.calls.clear()
    await env.slash("quiz now", topic="cooking")
    # the public "thinking…" is taken down: the apology goes to the asker only
    assert [k for k, _ in env.adapter.calls] == ["response", "delete_original", "followup"]
    [unknown] = env.replies()
    assert "No quiz questions on “cooking”" in unknown["content"] and unknown["flags"] & EPHEMERAL

    plain = env.item()
    mc = replace(plain, choices=(*plain.choices[:-1], "a very long choice " * 8))
    message = await env.post(mc)
    labels = [b["label"] for b in _buttons(message)][:-1]  # the last is 🚩 Report
    assert [label[:3] for label in labels] == [f"{c}) " for c in "ABCD"[: len(mc.choices)]]
    assert all(len(label) <= BUTTON_LABEL_MAX for label in labels)


async def test_right_and_wrong_clicks_get_private_verdicts_and_the_count_updates(env):
    item = env.item()
    message = await env.post(item)
    post = await env.post_of(message)
    right, wrong = item.answer, (item.answer + 1) % len(item.choices)
    await press(env.bot, env.ana, env.general, message, f"quiz:{post.id}:{right}")
    await press(env.bot, env.ben, env.general, message, f"quiz:{post.id}:{wrong}")
    [ana, ben] = env.replies()
    assert ana["flags"] & EPHEMERAL and ana["content"].startswith("Correct!")
    assert item.explanation in ana["content"] and item.source in ana["content"]
    assert ben["flags"] & EPHEMERAL and f"Not quite. The answer is: {item.answer_text}" in ben["content"]

    await press(env.bot, env.ana, env.general, message, f"quiz:{post.id}:{wrong}")  # second click
    [again] = env.replies()
    assert "already answered" in again["content"] and again["flags"] & EPHEMERAL
    assert await env.store.post_tally(post.id) == (2, 1)

    await env.desk.flush()
    edits = env.rest.edits_of(int(message["id"]))
    assert edits and edits[-1]["embeds"][0]["footer"]["text"].startswith("2 answered")
    assert all(e["allowed_mentions"] == NONE_MENTIONS for e in edits)
    assert not any(b.get("disabled") for b in _buttons(edits[-1]))


async def test_concurrent_clicks_count_each_person_exactly_once(env):
    item = env.item()
    message = await env.post(item)
    post = await env.post_of(message)
    people = [person(5000 + n) for n in range(30)]
    for wave in (1, 2):  # everyone clicks twice, all at once
        for n, who in enumerate(people):
            choice = item.answer if n % 3 == 0 else (item.answer + 1) % len(item.choices)
            env.bot._connection.parse_interaction_create(
                button_press(env.bot, who, env.general, message, f"quiz:{post.id}:{choice}"))
        await until(lambda w=wave: sum(k == "followup" for k, _ in env.adapter.calls) >= 30 * w)
    assert await env.store.post_tally(post.id) == (30, 10)
    replies = env.replies()
    assert len(replies) == 60
    assert sum("already answered" in r["content"] for r in replies) == 30
    await env.desk.flush()
    assert env.rest.edits_of(int(message["id"]))[-1]["embeds"][0]["footer"]["text"].startswith("30 answered")


async def test_buttons_still_work_after_a_restart(env, seed_settings, seed_engine, monkeypatch):
    item = env.item()
    message = await env.post(item)
    post = await env.post_of(message)
    # A new process: new bot, new cog, nothing in memory; only the dynamic item registered at setup.
    fresh, rest = await _boot(env.bot.settings, seed_engine, env.store, monkeypatch, env.clock)
    env.adapter.bot = fresh
    message["author"]["id"] = str(fresh.user.id)
    ben = member_named(fresh, "ben")
    await press(fresh, ben, channel_named(fresh, "general"), message, f"quiz:{post.id}:{item.answer}")
    [verdict] = env.replies()
    assert verdict["content"].startswith("Correct!") and verdict["flags"] & EPHEMERAL
    assert await env.store.post_tally(post.id) == (1, 1)
    await fresh.get_cog("Quiz").desk.flush()
    assert rest.edits_of(int(message["id"]))
    for task in list(fresh._background):
        task.cancel()


async def test_the_next_quiz_reveals_the_earlier_one(env):
    first_item = env.item()
    first = await env.post(first_item)
    first_post = await env.post_of(first)
    await press(env.bot, env.ana, env.general, first, f"quiz:{first_post.id}:{first_item.answer}")
    env.clock[0] += timedelta(minutes=5)
    second = await env.post(env.item(cloze=True))
    assert (await env.store.get_post(first_post.id)).closed_at is not None
    reveal = env.rest.edits_of(int(first["id"]))[-1]
    embed = reveal["embeds"][0]
    assert embed["fields"][0]["name"] == "Answer" and "1/1 got it right (100%)" in embed["fields"][0]["value"]
    assert first_item.answer_text in embed["fields"][0]["value"]
    *buttons, report = _buttons(reveal)
    assert all(b["disabled"] for b in buttons) and not report.get("disabled")  # a bad one can be reported
    assert buttons[first_item.answer]["style"] == discord.ButtonStyle.success.value
    assert reveal["allowed_mentions"] == NONE_MENTIONS
    assert (await env.store.get_post((await env.post_of(second)).id)).closed_at is None

    env.replies()
    await press(env.bot, env.ben, env.general, first, f"quiz:{first_post.id}:{first_item.answer}")
    [late] = env.replies()
    assert "closed" in late["content"] and await env.store.post_tally(first_post.id) == (1, 1)


async def test_someone_elses_quiz_now_does_not_close_a_quiz_people_are_answering(env):
    first_item = env.item()
    first = await env.post(first_item)
    first_post = await env.post_of(first)
    env.clock[0] += timedelta(minutes=1)
    await env.post(env.item(cloze=True), member=env.ben)  # ben wants his own question a minute later
    assert (await env.store.get_post(first_post.id)).closed_at is None
    env.replies()
    await press(env.bot, env.ana, env.general, first, f"quiz:{first_post.id}:{first_item.answer}")
    [verdict] = env.replies()
    assert verdict["content"].startswith("Correct!")  # still counted


async def test_old_quizzes_are_revealed_after_the_configured_time(env):
    message = await env.post(env.item())
    post = await env.post_of(message)
    assert await env.desk.reveal_stale() == 0
    env.clock[0] += timedelta(minutes=61)
    assert await env.desk.reveal_stale() == 1
    edit = env.rest.edits_of(int(message["id"]))[-1]
    assert "nobody answered" in edit["embeds"][0]["fields"][0]["value"]
    assert (await env.store.get_post(post.id)).closed_at is not None


async def test_cloze_answer_box_grades_typed_answers(env):
    item = env.item(cloze=True)
    message = await env.post(item)
    post = await env.post_of(message)
    assert _ids(message) == [f"quiz:{post.id}:cloze", f"quizr:{post.id}"]

    async def answer(member, text):
        env.adapter.calls.clear()
        await press(env.bot, member, env.general, message, f"quiz:{post.id}:cloze")
        [(kind, modal)] = env.adapter.calls
        assert kind == "response" and modal["type"] == 9  # a modal
        field = modal["data"]["components"][0]["components"][0]["custom_id"]
        env.adapter.calls.clear()
        env.bot._connection.parse_interaction_create(
            modal_submit(env.bot, member, env.general, modal["data"]["custom_id"], {field: text}))
        await until(lambda: _answered(env))
        [verdict] = env.replies()
        assert verdict["flags"] & EPHEMERAL
        return verdict["content"]

    assert (await answer(env.ana, f"  {item.answer_text.upper()} ")).startswith("Correct!")
    assert (await answer(env.ben, "something else")).startswith("Not quite")
    assert "already answered" in await answer(env.ana, item.answer_text)
    assert await env.store.post_tally(post.id) == (2, 1)

    env.clock[0] += timedelta(hours=2)
    await env.desk.reveal_stale()
    await press(env.bot, env.ben, env.general, message, f"quiz:{post.id}:cloze")
    [closed] = env.replies()
    assert "closed" in closed["content"]  # no answer box for a closed quiz


async def test_two_people_with_the_answer_box_open_are_both_counted(env):
    """Each opened box has its own id: the second box no longer replaces the first one's."""
    item = env.item(cloze=True)
    message = await env.post(item)
    post = await env.post_of(message)
    boxes = {}
    for member in (env.ana, env.ben):  # both open the box before either submits
        env.adapter.calls.clear()
        await press(env.bot, member, env.general, message, f"quiz:{post.id}:cloze")
        [(_, modal)] = env.adapter.calls
        boxes[member.id] = modal["data"]
    assert boxes[env.ana.id]["custom_id"] != boxes[env.ben.id]["custom_id"]
    for member, text in ((env.ana, item.answer_text), (env.ben, "something else")):
        box = boxes[member.id]
        field = box["components"][0]["components"][0]["custom_id"]
        env.adapter.calls.clear()
        env.bot._connection.parse_interaction_create(
            modal_submit(env.bot, member, env.general, box["custom_id"], {field: text}))
        await until(lambda: _answered(env))
        [verdict] = env.replies()
        assert verdict["content"].startswith("Correct!" if member is env.ana else "Not quite")
    assert await env.store.post_tally(post.id) == (2, 1)


async def test_a_click_is_acknowledged_before_the_store_is_read(env, monkeypatch):
    """The verdict needs the database; the acknowledgement must not wait for it."""
    item = env.item()
    message = await env.post(item)
    post = await env.post_of(message)
    order = []
    real_get_post = env.store.get_post

    async def get_post(post_id):
        order.append(("db", [k for k, p in env.adapter.calls if k == "response"]))
        return await real_get_post(post_id)

    monkeypatch.setattr(env.store, "get_post", get_post)
    env.adapter.calls.clear()
    await press(env.bot, env.ben, env.general, message, f"quiz:{post.id}:{item.answer}")
    # the verdict waits on the store's thread: slow on a busy machine (a fixed pause failed under load)
    await until(lambda: any(k != "response" or p.get("type") != 5 for k, p in env.adapter.calls))
    assert order and all(responses == ["response"] for _, responses in order)
    [verdict] = env.replies()
    assert verdict["content"].startswith("Correct!")


async def test_report_button_three_members_withdraw_and_a_moderator_restores(env):
    item = env.item()
    message = await env.post(item)
    post = await env.post_of(message)
    member = "0"  # no permissions: an ordinary member

    async def report(who, reason, permissions=member):
        env.adapter.calls.clear()
        env.bot._connection.parse_interaction_create(
            button_press(env.bot, who, env.general, message, f"quizr:{post.id}", permissions=permissions))
        await settle()
        await until(lambda: env.adapter.calls)
        [(kind, modal)] = env.adapter.calls
        assert kind == "response" and modal["type"] == 9  # the reason box
        field = modal["data"]["components"][0]["components"][0]["custom_id"]
        env.adapter.calls.clear()
        env.bot._connection.parse_interaction_create(modal_submit(
            env.bot, who, env.general, modal["data"]["custom_id"], {field: reason}, permissions=permissions))
        await settle()
        # the report is stored on the store's thread before the verdict is sent: wait for it, not a
        # fixed pause (a busy machine took longer than one)
        def answered() -> bool:
            return any(
                (k == "response" and p.get("type") != 5) or k not in ("response", "delete_original")
                for k, p in env.adapter.calls
            )

        await until(answered)
        *_, verdict = env.replies()
        assert verdict["flags"] & EPHEMERAL
        return verdict["content"], modal["data"]["custom_id"]

    first, box_a = await report(env.ana, "two right answers")
    assert "1 so far" in first
    second, box_b = await report(env.ben, "@everyone [free](https://x.example) nitro")
    assert box_a != box_b  # two open boxes never replace each other
    third, _ = await report(person(7001), "")
    assert "withdrawn from this server's quizzes" in third
    assert await env.store.withdrawn_item_ids(env.general.guild.id) == {item.id}

    # members can't see the list; a moderator sees it, reasons escaped, and restores the item
    await env.slash("quiz reported", permissions=member)
    [refused] = env.replies()
    assert "Manage Messages" in refused["content"]
    await env.slash("quiz reported")
    [listed] = env.replies()
    text = listed["embeds"][0]["description"]
    assert listed["flags"] & EPHEMERAL and "withdrawn · 3 reports" in text and item.prompt in text
    assert "@everyone" not in text and "](https://" not in text
    await env.slash("quiz restore", item=item.id[:10])
    [restored] = env.replies()
    assert "Restored" in restored["content"]
    assert await env.store.withdrawn_item_ids(env.general.guild.id) == set()


async def test_a_moderators_report_withdraws_at_once(env):
    item = env.item()
    message = await env.post(item)
    post = await env.post_of(message)
    await press(env.bot, env.ana, env.general, message, f"quizr:{post.id}")
    [(_, modal)] = env.adapter.calls
    field = modal["data"]["components"][0]["components"][0]["custom_id"]
    env.adapter.calls.clear()
    env.bot._connection.parse_interaction_create(
        modal_submit(env.bot, env.ana, env.general, modal["data"]["custom_id"], {field: "wrong key"}))
    await settle()
    *_, verdict = env.replies()
    assert "withdrawn" in verdict["content"]
    [reported] = await env.store.reported_items(env.general.guild.id)
    assert reported.moderator and reported.reasons == ("wrong key",)


async def test_prefix_quiz_now_posts_in_the_channel(env, sends):
    await dpytest.message("!quiz now")
    sent = dpytest.get_message()
    assert sent.embeds[0].title == "Quiz" or sent.embeds[0].title.startswith("Quiz · ")
    post = await post_by_message(env.store, sent.id)
    assert post is not None and all(i.startswith((f"quiz:{post.id}:", f"quizr:{post.id}")) for i in
                                    (c.custom_id for c in sends.last()["view"].children))
    assert_all_sends_inert(sends)


async def test_user_text_echoed_in_a_reply_is_not_a_live_link_and_never_too_long(env, sends):
    await dpytest.message("!quiz now [Free Nitro](https://nitro.example/claim) @everyone")
    reply = dpytest.get_message()
    assert "No quiz questions on" in reply.content
    assert "](" not in reply.content and "://" not in reply.content and "@everyone" not in reply.content
    env.adapter.calls.clear()
    await env.slash("quiz now", topic="x" * 3000)  # a slash option can be far longer than a message
    [unknown] = env.replies()
    assert "No quiz questions on" in unknown["content"] and len(unknown["content"]) < 2000


# ---------------------------------------------------------------------------------------- scores


async def test_stats_and_leaderboard(env):
    await env.slash("quiz stats")
    [empty] = env.replies()
    assert "No quiz answers yet" in empty["embeds"][0]["description"] and empty["flags"] & EPHEMERAL
    assert not empty.get("attachments") and "image" not in empty["embeds"][0]  # no chart of nothing

    item = env.item()
    message = await env.post(item)
    post = await env.post_of(message)
    await press(env.bot, env.ana, env.general, message, f"quiz:{post.id}:{item.answer}")
    await press(env.bot, env.ben, env.general, message, f"quiz:{post.id}:{(item.answer + 1) % 4}")
    env.replies()

    await env.slash("quiz stats")
    [stats] = env.replies()
    text = stats["embeds"][0]["description"]
    assert "Answered 1, correct 1 (100%)" in text and "Streak: 1 day(s)" in text and item.topic in text
    assert stats["flags"] & EPHEMERAL
    assert [a["filename"] for a in stats["attachments"]] == ["quiz-stats.png"]  # the accuracy chart
    assert stats["embeds"][0]["image"]["url"] == "attachment://quiz-stats.png"
    [(name, png)] = env.adapter.files
    assert name == "quiz-stats.png" and png.startswith(b"\x89PNG")

    await env.slash("quiz leaderboard")
    [board] = env.replies()
    lines = board["embeds"][0]["description"].splitlines()
    assert lines[0].startswith(f"1. {inert(env.ana.display_name)} — 1 correct of 1")  # escaped name
    assert lines[1].startswith(f"2. {inert(env.ben.display_name)} — 0 correct")
    absent = person(6000)  # not in the member cache: a mention, which embeds render as a name, never a ping
    await env.store.record_answer(post.id, absent.id, env.general.guild.id, "x", True, T0)
    await env.slash("quiz leaderboard")
    assert "<@6000> — 1 correct of 1" in env.replies()[0]["embeds"][0]["description"]
    assert board["allowed_mentions"] == NONE_MENTIONS


async def test_leaderboard_names_people_the_member_cache_does_not_hold(env):
    """Without the members intent the cache is nearly empty: the name someone answered under is shown."""
    item = env.item()
    message = await env.post(item)
    post = await env.post_of(message)
    stranger = person(7000, "Zoë *the* Great")  # clicks, but is not in the member cache
    await press(env.bot, stranger, env.general, message, f"quiz:{post.id}:{item.answer}")
    env.replies()
    await env.slash("quiz leaderboard")
    text = env.replies()[0]["embeds"][0]["description"]
    assert "1. Zoë \\*the\\* Great — 1 correct of 1" in text and "<@7000>" not in text


async def test_stats_of_someone_who_answered_on_150_topics_fit_one_embed(env):
    for n in range(150):
        post = await env.store.create_post(f"item-{n}", env.general.id, env.general.guild.id, None, T0,
                                     topic=f"Topic number {n} with a rather long heading to fill the card")
        await env.store.record_answer(post, env.ana.id, env.general.guild.id, "A", n % 2 == 0, T0)
    await env.slash("quiz stats")
    [stats] = env.replies()
    text = stats["embeds"][0]["description"]
    assert len(text) <= 4096 and "Answered 150, correct 75 (50%)" in text
    assert "more topic(s)" in text


# --------------------------------------------------------------------------------- subscriptions


@pytest.mark.parametrize(
    ("options", "fragment"),
    [({"time": "9"}, "e.g. 09:00"), ({"time": "25:00"}, "e.g. 09:00"),
     ({"timezone": "Mars/Olympus"}, "e.g. Europe/Berlin"), ({"timezone": "berlin"}, "Europe/Berlin"),
     ({"topic": "cooking"}, "Topics:")],
)
async def test_subscribe_with_bad_input_says_why_with_an_example(env, options, fragment):
    await env.slash("quiz subscribe", **options)
    [reply] = env.replies()
    assert fragment in reply["content"] and reply["flags"] & EPHEMERAL
    assert await env.store.list_subscriptions() == []


async def test_subscribing_a_channel_needs_manage_server(env):
    await env.slash("quiz subscribe", time="09:00", permissions="0")
    [reply] = env.replies()
    assert "Manage Server" in reply["content"] and reply["flags"] & EPHEMERAL
    assert await env.store.list_subscriptions() == []
    await env.slash("quiz subscribe_dm", time="9am", permissions="0")  # your own DMs: no permission needed
    assert await env.store.find_subscription("dm", env.ana.id) is not None


async def test_subscribe_stores_and_wakes_the_dispatcher(env):
    env.cog.dispatcher._wake.clear()
    await env.slash("quiz subscribe", time="9am", timezone="europe/berlin", topic="networking")
    [reply] = env.replies()
    sub = await env.store.find_subscription("channel", env.general.id)
    assert (sub.local_time, sub.timezone, sub.topic) == ("09:00", "Europe/Berlin", "Networking & Security")
    assert sub.created_by == env.ana.id and sub.guild_id == env.general.guild.id
    assert reply["content"].startswith("Subscribed: <#") and "09:00 Europe/Berlin" in reply["content"]
    assert env.cog.dispatcher._wake.is_set()

    await env.slash("quiz subscribe")  # defaults from config
    assert "Updated" in env.replies()[0]["content"]
    default = env.bot.settings.quiz_default_time
    assert (await env.store.find_subscription("channel", env.general.id)).local_time == default

    await env.slash("quiz subscribe_dm", member=env.ben, time="21:30", timezone="America/New_York")
    assert "your DMs" in env.replies()[0]["content"]
    await env.slash("quiz timezone", member=env.ben, zone="Asia/Tokyo")
    assert "Asia/Tokyo" in env.replies()[0]["content"]

    await env.slash("quiz subscriptions", member=env.ben)
    [listing] = env.replies()
    text = listing["embeds"][0]["description"]
    assert f"<#{env.general.id}>: daily at 09:00 UTC" in text
    assert "Your DMs: daily at 21:30 America/New_York" in text
    assert "your time" in text and listing["flags"] & EPHEMERAL


async def test_pause_resume_and_unsubscribe(env):
    await env.slash("quiz subscribe", time="09:00")
    await env.slash("quiz pause")
    assert not (await env.store.find_subscription("channel", env.general.id)).active
    await env.slash("quiz pause", member=env.ben, permissions="0")
    await env.slash("quiz resume")
    assert (await env.store.find_subscription("channel", env.general.id)).active
    await env.slash("quiz pause", dm=True)
    await env.slash("quiz unsubscribe")
    assert await env.store.find_subscription("channel", env.general.id) is None
    texts = [r["content"] for r in env.replies()]
    assert texts[1].startswith("Paused") and "Manage Server" in texts[2] and texts[3].startswith("Resumed")
    assert "no daily quiz by DM" in texts[4] and texts[5].startswith("Unsubscribed")


async def test_prefix_bad_option_gets_the_commands_usage(env, sends):
    with pytest.raises(commands.BadBoolArgument):
        await dpytest.message("!quiz pause maybe")
    text = dpytest.get_message().content
    assert "Usage: `!quiz pause" in text and "Ask me something" not in text
    assert dpytest.verify().message().nothing()
    assert_all_sends_inert(sends)


# ------------------------------------------------------------------------------------ dispatcher


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.t = now

    def now(self) -> datetime:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.t += timedelta(seconds=seconds)


async def _subscribe(store, kind, target, created_by=1, guild_id=None):
    return await store.add_subscription(kind, target, guild_id, "09:00", "UTC", None, created_by, now=T0)


async def test_scheduled_quiz_is_posted_to_the_channel(env, sends):
    sub = await _subscribe(env.store, "channel", env.general.id, env.ana.id, env.general.guild.id)
    post_id = await env.desk.send_scheduled(sub, date(2026, 3, 2))
    sent = dpytest.get_message()
    post = await env.store.get_post(post_id)
    assert post.message_id == sent.id and post.subscription_id == sub.id and post.channel_id == env.general.id
    assert [c.custom_id for c in sends.last()["view"].children][0].startswith(f"quiz:{post_id}:")
    assert_all_sends_inert(sends)


async def test_scheduled_dm_quiz_favours_the_subscriber(env, monkeypatch):
    seen = {}
    original = QuizService.pick

    async def spy(svc, topic=None, user_id=None, channel_id=None, guild_id=None):
        seen["u"] = user_id
        return await original(svc, topic, user_id, channel_id, guild_id)

    monkeypatch.setattr(QuizService, "pick", spy)
    sub = await _subscribe(env.store, "dm", 4242, 4242)
    post_id = await env.desk.send_scheduled(sub, date(2026, 3, 2))
    [(channel_id, payload)] = env.rest.sent
    assert seen["u"] == 4242 and (await env.store.get_post(post_id)).channel_id == channel_id
    assert payload["allowed_mentions"] == NONE_MENTIONS and payload["components"]


@pytest.mark.parametrize(
    ("kind", "error", "fragment"),
    [("channel", (discord.NotFound, 404, "Unknown Channel"), "deleted"),
     ("channel", (discord.Forbidden, 403, "Missing Permissions"), "not allowed"),
     ("dm", (discord.Forbidden, 403, "Cannot send messages to this user"), "can't DM")],
)
async def test_discord_errors_that_mean_gone_become_target_gone(env, kind, error, fragment):
    target = 777 if kind == "channel" else 888
    sub = await _subscribe(env.store, kind, target)
    if kind == "channel":
        env.rest.fail[target] = http_error(*error)
    else:
        env.rest.fail[900_000] = http_error(*error)  # the DM channel FakeRest opens first
        env.rest.dm_ids = iter([900_000])
    with pytest.raises(TargetGone, match=fragment):
        await env.desk.send_scheduled(sub, date(2026, 3, 2))
    assert await env.store.open_posts() == []  # the unsent quiz doesn't linger as an open post


async def test_other_discord_errors_are_left_to_the_retry(env):
    sub = await _subscribe(env.store, "channel", 779)
    env.rest.fail[779] = http_error(discord.DiscordServerError, 503, "Service Unavailable")
    with pytest.raises(discord.DiscordServerError):
        await env.desk.send_scheduled(sub, date(2026, 3, 2))


async def test_deleted_channel_pauses_the_subscription_and_tells_its_creator(env, caplog):
    caplog.set_level(logging.INFO)
    sub = await _subscribe(env.store, "channel", 31337, created_by=4242, guild_id=env.general.guild.id)
    env.rest.fail[31337] = http_error(discord.NotFound, 404, "Unknown Channel")
    clock = FakeClock(T0 - timedelta(hours=2))
    dispatcher = Dispatcher(env.store, env.desk.send_scheduled, clock, on_results=env.desk.report)
    await dispatcher.dispatch_due()  # schedules 09:00 UTC today
    clock.t = T0 + timedelta(hours=1, seconds=1)
    results = await dispatcher.dispatch_due()
    await env.desk.report(results)
    [result] = results
    assert result.status == "gone" and "deleted" in result.detail
    paused = await env.store.get_subscription(sub.id)
    assert not paused.active and "deleted" in paused.paused_reason
    [(dm_channel, note)] = env.rest.sent  # the creator is told by DM
    assert f"<#{31337}>" in note["content"] and "/quiz resume" in note["content"]
    assert note["allowed_mentions"] == NONE_MENTIONS
    clock.t += timedelta(days=1)
    assert await dispatcher.dispatch_due() == []  # paused: no retries, no loop


async def test_the_dispatcher_and_reveal_loop_start_once_and_stop_on_close(env):
    env.cog.start()
    tasks = list(env.cog._tasks)
    env.cog.start()
    assert env.cog._tasks == tasks and all(not t.done() for t in tasks)
    await env.cog.cog_unload()
    await asyncio.sleep(0)
    assert all(t.cancelled() or t.done() for t in tasks)


def test_subscribing_a_thread_checks_send_messages_in_threads():
    """In a thread, Send Messages says nothing: posting there is Send Messages in Threads."""
    from types import SimpleNamespace

    from bot.discord_app.cogs.quiz import _cannot_post

    thread = discord.Thread.__new__(discord.Thread)
    thread.id = 4242
    can_chat = discord.Permissions(view_channel=True, send_messages=True, embed_links=True)
    ctx = SimpleNamespace(channel=thread, bot_permissions=can_chat, guild=None)
    assert "Send Messages in Threads" in (_cannot_post(ctx, thread) or "")
    ctx.bot_permissions = discord.Permissions(
        view_channel=True, send_messages_in_threads=True, embed_links=True
    )
    assert _cannot_post(ctx, thread) is None
