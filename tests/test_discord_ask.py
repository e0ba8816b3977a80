"""The Discord front end, offline.

* Pure helpers (question checks, echo neutralising, cooldown, embed payloads, error replies, token).
* dpytest drives prefix commands, mentions, study channels and replies end to end (message in, embed
  out); ``handle_message_parameters`` is wrapped to see what each send passed (allowed_mentions,
  reply reference, view), since dpytest keeps only content and embeds.
* Slash commands and buttons run through real ``discord.Interaction`` objects built from payloads (as
  discord.py's own tests do) and the bot's own ``tree.call`` / view dispatch; a fake webhook adapter
  records every interaction response and follow-up instead of calling Discord.
"""

from __future__ import annotations

import inspect
import logging
import re
from dataclasses import replace
from typing import Any

import discord
import discord.ext.test as dpytest
import discord.ext.test.backend as dpy_back
import discord.ext.test.factories as dpy_facts
import pytest
import pytest_asyncio
from discord.ext import commands
from discord.webhook.async_ import async_context

from bot.app.asking import (
    MAX_QUESTION_CHARS,
    BadQuestion,
    BoundedMap,
    Cooldown,
    check_question,
    cooldown_message,
    reads_as_question,
)
from bot.app.store import Store
from bot.discord_app import StartupError, create_bot, resolve_token
from bot.discord_app.bot import error_reply
from bot.discord_app.format import (
    EMBED_TOTAL_MAX,
    answer_payload,
    embed_size,
    embed_text,
    question_from_embed,
    sources_payload,
)
from bot.discord_app.text import discord_question, inert, strip_bot_mention
from bot.discord_app.views import DOWN_ID, SOURCES_ID, UP_ID
from bot.questions import is_follow_up
from tests.discord_helpers import (
    EPHEMERAL,
    FakeWebhookAdapter,
    Sends,
    record_sends,
    slash,
    until,
)
from tests.discord_helpers import assert_all_sends_inert as _assert_all_sends_inert
from tests.discord_helpers import assert_inert as _assert_inert
from tests.discord_helpers import channel_named as _channel
from tests.discord_helpers import configure as _configure
from tests.discord_helpers import member_named as _member
from tests.discord_helpers import press as _press

# ----------------------------------------------------------------------------------- pure helpers


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("", "Ask me something"),
        ("   ", "Ask me something"),
        ("x" * 4000, "4,000 characters"),
        ("🙂🎉🔥", "in words"),
        ("<:blob:123456789012345678> <a:party:123456789012345678>", "in words"),
        ("@everyone", "don't ping"),
        ("<@&123456789012345678>", "don't ping"),
        ("```rm -rf```", "in words"),
    ],
)
def test_bad_questions_get_a_clear_reason(raw, fragment):
    with pytest.raises(BadQuestion, match=fragment):
        discord_question(raw)


def test_good_questions_are_cleaned_for_the_engine():
    assert discord_question("  @everyone sqs   vs sns? ") == "sqs vs sns?"
    assert discord_question("<@123> <#456> what is <:sqs:1234> sqs?") == "what is sqs?"
    assert check_question("x" * MAX_QUESTION_CHARS)
    assert check_question("**what** is [sqs](https://evil.example)?").startswith("**what** is")


def test_inert_echo_cannot_ping_or_render_markdown():
    text = inert("@everyone <@&42> <@!7> <#9> # Title **bold** [x](https://evil.example) `code`")
    assert "@everyone" not in text and "@\u200beveryone" in text
    assert "<@" not in text and "<#" not in text
    assert "\\*\\*bold\\*\\*" in text and "\\[x\\]" in text and "\\`code\\`" in text
    assert "https://" not in text
    assert inert("a" * 50, limit=10).endswith("…") and len(inert("a" * 50, limit=10)) == 10


def test_follow_ups_and_study_channel_questions():
    assert is_follow_up("and kinesis?") and is_follow_up("What about FIFO?") and not is_follow_up("sandbox?")
    assert reads_as_question("sqs vs sns") and reads_as_question("what is route 53")
    assert reads_as_question("kinesis shards?")
    assert not reads_as_question("thanks!") and not reads_as_question("lol") and not reads_as_question("👍?")
    assert strip_bot_mention("<@!123> sqs vs sns?", 123) == "sqs vs sns?"


def test_cooldown_counts_down_with_an_injected_clock():
    now = [100.0]
    cd = Cooldown(5, clock=lambda: now[0])
    assert cd.hit("u") == 0
    now[0] += 2
    assert cd.hit("u") == pytest.approx(3)  # refused: the wait is not restarted
    assert cd.hit("v") == 0  # per person
    now[0] += 3
    assert cd.hit("u") == 0
    assert "3 seconds" in cooldown_message(2.2) and "1 second." in cooldown_message(0.1)


def test_bounded_map_forgets_the_oldest():
    m: BoundedMap[int, str] = BoundedMap(2)
    m[1], m[2] = "a", "b"
    assert m[1] == "a"  # touch 1: 2 is now the oldest
    m[3] = "c"
    assert 2 not in m and m.get(1) == "a" and len(m) == 2


def test_answer_payload_carries_the_question_within_limits(seed_engine):
    answer = seed_engine.ask("sqs vs sns")
    payload = answer_payload(answer)
    assert question_from_embed(payload) == answer.question
    assert embed_size(payload) + len(payload["author"]["name"]) <= EMBED_TOTAL_MAX
    discord.Embed.from_dict(payload)  # a valid embed
    assert "SQS" in embed_text(payload)
    assert question_from_embed({"title": "not ours"}) is None

    answer.question = "why " * 200
    long = answer_payload(answer)
    assert len(long["author"]["name"]) <= 256 and long["author"]["name"].endswith("…")


def test_sources_payload_lists_citations_and_short_text():
    payload = sources_payload([("notes.md › A › B", "word " * 200), ("notes.md › C", "short")])
    assert [f["name"] for f in payload["fields"]] == ["1. notes.md › A › B", "2. notes.md › C"]
    assert len(payload["fields"][0]["value"]) <= 300
    assert "no passages" in sources_payload([])["description"]


def test_error_replies_are_polite_and_unexpected_errors_are_logged():
    assert "owner" in error_reply(commands.NotOwner())
    param = commands.Parameter("question", inspect.Parameter.KEYWORD_ONLY)
    assert "Ask me something" in error_reply(commands.MissingRequiredArgument(param), "?")
    assert error_reply(RuntimeError("boom")) is None


def test_token_comes_from_env_then_file_and_is_never_echoed(tmp_path, seed_settings):
    assert resolve_token(seed_settings, {"DISCORD_TOKEN": " abc.def "}) == "abc.def"
    assert resolve_token(seed_settings, {}) is None
    token_file = tmp_path / "token.txt"
    token_file.write_text("secret.token.value\n")
    settings = replace(seed_settings, token_file=token_file)
    assert resolve_token(settings, {}) == "secret.token.value"
    token_file.write_text("")
    with pytest.raises(StartupError, match="empty"):
        resolve_token(settings, {})
    with pytest.raises(StartupError, match="cannot read") as err:
        resolve_token(replace(seed_settings, token_file=tmp_path / "missing.txt"), {})
    assert "secret" not in str(err.value)


@pytest.mark.parametrize(
    ("error", "fragment"),
    [
        (discord.LoginFailure("Improper token has been passed."), "rejected the token"),
        (OSError("Name or service not known"), "cannot reach Discord"),
    ],
)
def test_start_failures_are_one_line_without_the_token(monkeypatch, seed_settings, error, fragment):
    from bot.discord_app import TutorBot, run_discord, sync_once

    async def fail(self, *args, **kwargs):
        raise error

    monkeypatch.setattr(TutorBot, "start", fail)
    monkeypatch.setattr(TutorBot, "login", fail)
    token = "MTIz.secret.token"
    for start in (lambda: run_discord(seed_settings, token), lambda: sync_once(seed_settings, token)):
        with pytest.raises(StartupError, match=fragment) as err:
            start()
        assert token not in str(err.value) and "\n" not in str(err.value)


def test_core_never_imports_discord():
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[1] / "bot"
    offenders = [
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if "discord_app" not in p.parts
        and re.search(r"^\s*(import|from) discord\b", p.read_text(), re.MULTILINE)
    ]
    assert offenders == []


# ----------------------------------------------------------------------------- dpytest end to end


@pytest.fixture
def sends(monkeypatch) -> Sends:
    return record_sends(monkeypatch)


@pytest_asyncio.fixture(loop_scope="function")
async def tutor(seed_settings, seed_engine, sends):
    settings = replace(seed_settings, ask_cooldown_seconds=0)
    store = await Store.open(":memory:")
    bot = create_bot(settings, seed_engine, store=store, sync_on_start=False, preload=False)
    await bot._async_setup_hook()
    _configure(bot, text_channels=["general", "study"], members=["ana", "ben"])
    await bot.setup_hook()
    yield bot
    await dpytest.empty_queue()
    for task in list(bot._background):
        task.cancel()
    await store.close()


async def test_prefix_ask_replies_with_an_embed_and_buttons(tutor, sends):
    message = await dpytest.message("!ask sqs vs sns")
    reply = dpytest.get_message()
    embed = reply.embeds[0]
    assert embed.title == "SQS vs SNS"
    assert {f.name for f in embed.fields} >= {"SQS", "SNS"}
    assert embed.author.name == "Q: sqs vs sns"
    assert "aws-prep-notes.md" in embed.footer.text
    call = sends.last()
    assert call["message_reference"]["message_id"] == message.id  # a reply to the asker
    assert [c.custom_id for c in call["view"].children] == [SOURCES_ID, UP_ID, DOWN_ID]
    _assert_all_sends_inert(sends)
    assert tutor.answers.get(reply.id).question == "sqs vs sns"


async def test_mention_is_answered_as_a_reply(tutor, sends):
    message = await dpytest.message(f"<@{tutor.user.id}> sqs vs sns?")
    reply = dpytest.get_message()
    assert reply.embeds[0].title == "SQS vs SNS"
    assert sends.last()["message_reference"]["message_id"] == message.id
    _assert_all_sends_inert(sends)


async def test_study_channel_answers_questions_without_a_mention(tutor, sends):
    study, general = _channel(tutor, "study"), _channel(tutor, "general")
    tutor.settings = replace(tutor.settings, study_channels=(study.id,))
    await dpytest.message("what is route 53?", channel=study)
    assert "Route 53" in repr(dpytest.get_message().embeds[0].to_dict())
    await dpytest.message("thanks, that helped!", channel=study)
    await dpytest.message("what is route 53?", channel=general)  # not a study channel, no mention
    assert dpytest.verify().message().nothing()


async def test_study_channel_chat_the_notes_do_not_cover_gets_no_public_refusal(tutor, sends, monkeypatch):
    """People talk to each other in a study channel: an uncovered question there gets a quiet
    reaction, not an embed; asked directly (a mention), the honest refusal still comes."""
    parse = discord.state.ConnectionState.parse_message_reaction_add

    def with_type(self, data):  # dpytest's reaction event lacks the "type" discord.py 2.7 reads
        return parse(self, {"type": 0, **data})

    monkeypatch.setattr(discord.state.ConnectionState, "parse_message_reaction_add", with_type)
    study = _channel(tutor, "study")
    tutor.settings = replace(tutor.settings, study_channels=(study.id,))
    overheard = await dpytest.message("when is the exam for the group?", channel=study)
    assert dpytest.verify().message().nothing()
    fresh = await study.fetch_message(overheard.id)
    assert [str(r.emoji) for r in fresh.reactions] == ["🤷"]
    await dpytest.message(f"<@{tutor.user.id}> when is the exam for the group?", channel=study)
    refusal = dpytest.get_message()
    assert refusal.embeds and "notes" in repr(refusal.embeds[0].to_dict()).lower()


async def test_a_full_question_queue_answers_busy_at_once(tutor, sends):
    tutor.runtime.queue_limit = 0  # as if two dozen questions were already waiting
    await dpytest.message("!ask sqs vs sns")
    reply = dpytest.get_message()
    assert "a lot of questions" in reply.content and not reply.embeds
    assert tutor.cooldown.hit(_member(tutor, "ana").id) == 0  # a refused question costs no cooldown


async def test_answers_do_not_each_keep_a_view_in_memory(tutor, sends):
    """A busy server posts thousands of answers: their buttons are served by one persistent view."""
    store = tutor._connection._view_store
    before = (len(store._views), len(store._synced_message_views))
    for n in range(12):
        await dpytest.message(f"!ask sqs vs sns {n}")
        dpytest.get_message()
    assert (len(store._views), len(store._synced_message_views)) == before
    answer = await dpytest.message("!ask what is route 53?")
    reply = dpytest.get_message()
    assert [c.custom_id for c in sends.last()["view"].children] == [SOURCES_ID, UP_ID, DOWN_ID]
    assert answer.id != reply.id


async def _reply_to(bot, target: discord.Message, content: str, *, resolved: bool = True) -> discord.Message:
    """A user's reply to ``target`` (dpytest has no reply helper): a MESSAGE_CREATE with a reference."""
    channel, author = target.channel, _member(bot, "ana")
    data = dpy_facts.make_message_dict(channel, author, content=content, guild_id=channel.guild.id)
    data["message_reference"] = {
        "message_id": target.id,
        "channel_id": channel.id,
        "guild_id": channel.guild.id,
    }
    if resolved:
        data["referenced_message"] = dpy_facts.dict_from_message(target)
    state = dpy_back.get_state()
    state.parse_message_create(data)
    await dpytest.run_all_events()
    return state._get_message(data["id"])


async def test_reply_to_an_answer_is_a_follow_up(tutor, sends):
    await dpytest.message("!ask sqs vs sns")
    first = dpytest.get_message()
    await _reply_to(tutor, first, "and kinesis?")
    follow = dpytest.get_message()
    assert follow.embeds[0].title == "SQS vs SNS vs Kinesis"


async def test_follow_up_after_a_restart_reads_the_question_off_the_embed(tutor, sends):
    await dpytest.message("!ask sqs vs sns")
    first = dpytest.get_message()
    tutor.answers = BoundedMap(8)  # as if the bot had restarted
    await _reply_to(tutor, first, "and kinesis?", resolved=False)  # the bot has to fetch the message
    assert dpytest.get_message().embeds[0].title == "SQS vs SNS vs Kinesis"


async def test_a_reply_that_is_chat_is_ignored(tutor):
    await dpytest.message("!ask sqs vs sns")
    first = dpytest.get_message()
    await _reply_to(tutor, first, "thanks!")
    assert dpytest.verify().message().nothing()


async def test_cooldown_gives_a_friendly_message_with_seconds_left(tutor, sends):
    tutor.cooldown = Cooldown(30)
    await dpytest.message("!ask sqs vs sns")
    assert dpytest.get_message().embeds
    await dpytest.message("!ask what is kinesis")
    text = dpytest.get_message().content
    assert "ask again in" in text and "seconds" in text
    await dpytest.message("!ask what is kinesis", member=_member(tutor, "ben"))  # another person is fine
    assert dpytest.get_message().embeds
    _assert_all_sends_inert(sends)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("!ask 🙂🙂🙂", "in words"),
        ("!ask @everyone", "don't ping"),
        ("!ask " + "sqs " * 1000, "characters"),
        ("<@{bot}> ", "Ask me something"),
    ],
)
async def test_bad_input_gets_a_clear_reply_and_no_traceback(tutor, sends, caplog, content, fragment):
    caplog.set_level(logging.DEBUG)
    await dpytest.message(content.replace("{bot}", str(tutor.user.id)))
    reply = dpytest.get_message()
    assert fragment in reply.content
    assert "@everyone" not in reply.content
    _assert_all_sends_inert(sends)
    assert not [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]


async def test_empty_prefix_ask_is_a_polite_usage_line(tutor, sends, caplog):
    # dpytest re-raises command errors after the bot's own handler ran; the user saw one polite line.
    with pytest.raises(commands.MissingRequiredArgument):
        await dpytest.message("!ask")
    assert "Ask me something" in dpytest.get_message().content
    _assert_all_sends_inert(sends)
    assert not [r for r in caplog.records if r.exc_info]


async def test_markdown_injection_is_answered_without_echoing_a_link(tutor, sends):
    await dpytest.message("!ask # SQS **vs** [SNS](https://evil.example) @here")
    embed = dpytest.get_message().embeds[0].to_dict()
    assert "https://evil.example" not in repr({k: v for k, v in embed.items() if k != "author"})
    assert "@here" not in repr(embed)
    _assert_all_sends_inert(sends)


async def test_engine_failure_is_one_logged_error_with_its_traceback_and_a_polite_reply(
    tutor, sends, caplog, monkeypatch
):
    def boom(*args, **kwargs):
        raise RuntimeError("model exploded")

    monkeypatch.setattr(tutor.engine, "ask", boom)
    await dpytest.message("!ask sqs vs sns")
    assert "couldn't answer" in dpytest.get_message().content
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "model exploded" in errors[0].getMessage()
    assert errors[0].exc_info and errors[0].exc_info[0] is RuntimeError  # the operator gets the traceback


async def test_about_lists_notes_chunks_and_model(tutor, sends):
    await dpytest.message("!about")
    fields = {f.name: f.value for f in dpytest.get_message().embeds[0].fields}
    assert "aws-prep-notes.md" in fields["Notes"] and int(fields["Chunks"]) > 0
    assert fields["Model"] == "all-MiniLM-L6-v2" and "UTC" in fields["Index built"]
    _assert_all_sends_inert(sends)


async def test_reindex_is_owner_only_and_reports_what_changed(tutor, sends, tmp_path, seed_settings):
    with pytest.raises(commands.NotOwner):
        await dpytest.message("!reindex")
    assert "owner" in dpytest.get_message().content

    # Re-index a private copy of the notes, so the session index stays as it is.
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(seed_settings.corpus, corpus)
    shutil.copytree(seed_settings.index, tmp_path / "index")
    (corpus / "extra.md").write_text("# Extra\n\n**Amazon Glacier** stores archives cheaply.\n")
    tutor.settings = replace(tutor.settings, corpus=corpus, index=tmp_path / "index")
    tutor.owner_id = _member(tutor, "ana").id
    await dpytest.message("!reindex")
    assert "background" in dpytest.get_message().content
    await tutor.get_cog("Admin").reindexing
    await dpytest.run_all_events()
    report = dpytest.get_message().content
    assert "Re-indexed 2 file(s)" in report and "embedded" in report
    assert tutor.engine.about()["files"] == 2
    _assert_all_sends_inert(sends)


# ------------------------------------------------------------------ slash commands and buttons


@pytest.fixture
def adapter(tutor):
    fake = FakeWebhookAdapter(tutor, _channel(tutor, "general"))
    token = async_context.set(fake)
    yield fake
    async_context.reset(token)


async def test_slash_ask_defers_then_sends_the_embed(tutor, adapter):
    await tutor.tree._call(
        slash(tutor, _member(tutor, "ana"), _channel(tutor, "general"), "ask", question="sqs vs sns")
    )
    (kind, first), (kind2, answer) = adapter.calls
    assert kind == "response" and first["type"] == 5  # deferred before the engine runs
    assert kind2 == "followup" and answer["embeds"][0]["title"] == "SQS vs SNS"
    ids = [c["custom_id"] for row in answer["components"] for c in row["components"]]
    assert ids == [SOURCES_ID, UP_ID, DOWN_ID]
    _assert_inert(answer)


@pytest.mark.parametrize(
    ("question", "fragment"), [("🙂", "in words"), ("@everyone", "don't ping"), ("q" * 4000, "characters")]
)
async def test_slash_bad_input_is_an_ephemeral_notice_without_deferring(tutor, adapter, question, fragment):
    await tutor.tree._call(
        slash(tutor, _member(tutor, "ana"), _channel(tutor, "general"), "ask", question=question)
    )
    [(kind, payload)] = adapter.calls
    assert kind == "response" and payload["type"] == 4
    assert payload["data"]["flags"] & EPHEMERAL and fragment in payload["data"]["content"]
    _assert_inert(payload)


async def test_slash_about(tutor, adapter):
    await tutor.tree._call(slash(tutor, _member(tutor, "ana"), _channel(tutor, "general"), "about"))
    answer = adapter.payloads("followup")[0]
    assert answer["embeds"][0]["title"] == "About the tutor"
    _assert_inert(answer)


async def test_slash_reindex_refuses_non_owners_politely(tutor, adapter, caplog):
    tutor.owner_id = _member(tutor, "ben").id
    await tutor.tree._call(slash(tutor, _member(tutor, "ana"), _channel(tutor, "general"), "reindex"))
    await dpytest.run_all_events()  # the check failure reaches on_command_error as a dispatched event
    [(kind, payload)] = adapter.calls
    assert "owner" in payload["data"]["content"] and payload["data"]["flags"] & EPHEMERAL
    _assert_inert(payload)
    assert not [r for r in caplog.records if r.exc_info]


async def _answer_message(bot, adapter) -> dict[str, Any]:
    ana, general = _member(bot, "ana"), _channel(bot, "general")
    await bot.tree._call(slash(bot, ana, general, "ask", question="sqs vs sns"))
    message = dict(adapter.messages["@original"])
    adapter.calls.clear()
    return message


async def test_sources_button_shows_the_passages_privately(tutor, adapter):
    message = await _answer_message(tutor, adapter)
    await _press(tutor, _member(tutor, "ben"), _channel(tutor, "general"), message, SOURCES_ID)
    [(kind, payload)] = adapter.calls
    data = payload["data"]
    assert data["flags"] & EPHEMERAL and data["embeds"][0]["title"] == "Sources"
    assert all("aws-prep-notes.md" in f["name"] for f in data["embeds"][0]["fields"])
    _assert_inert(payload)


async def test_votes_are_stored_one_per_person_and_changeable(tutor, adapter):
    message = await _answer_message(tutor, adapter)
    ana, ben, channel = _member(tutor, "ana"), _member(tutor, "ben"), _channel(tutor, "general")
    await _press(tutor, ana, channel, message, UP_ID)
    await _press(tutor, ana, channel, message, DOWN_ID)  # changes her vote
    await _press(tutor, ben, channel, message, DOWN_ID)
    assert await tutor.store.feedback_counts(int(message["id"])) == (0, 2)
    sql = "SELECT question, answer FROM feedback WHERE user_id = ?"
    async with tutor.store._read() as conn:
        row = (await conn.exec_driver_sql(sql, (ana.id,))).first()
    assert row[0] == "sqs vs sns" and "SQS" in row[1]
    edits = [p for k, p in adapter.calls if k == "response" and p["type"] == 7]  # edit the buttons' counts
    labels = [c.get("label") for c in edits[-1]["data"]["components"][0]["components"]]
    assert labels == ["Sources", None, "2"]
    thanks = adapter.payloads("followup")
    assert all(p["flags"] & EPHEMERAL for p in thanks) and "👎" in thanks[-1]["content"]
    for _, payload in adapter.calls:
        _assert_inert(payload)


async def test_buttons_keep_working_after_a_restart(tutor, adapter, seed_settings, seed_engine):
    message = await _answer_message(tutor, adapter)
    # A new bot process: nothing in memory, only the persistent view registered in setup_hook.
    fresh = create_bot(
        replace(seed_settings, ask_cooldown_seconds=0),
        seed_engine,
        store=tutor.store,
        sync_on_start=False,
        preload=False,
    )
    await fresh._async_setup_hook()
    _configure(fresh, text_channels=["general"], members=["ana"])
    await fresh.setup_hook()
    adapter.bot, adapter.channel = fresh, _channel(fresh, "general")
    message["author"]["id"] = str(fresh.user.id)
    await _press(fresh, _member(fresh, "ana"), _channel(fresh, "general"), message, SOURCES_ID)
    kinds = [(k, p.get("type")) for k, p in adapter.calls]
    assert kinds[0] == ("response", 5)  # deferred while it asks the engine again
    # the engine answers again on a worker thread: how long that takes depends on the machine
    await until(lambda: adapter.payloads("followup"))
    sources = adapter.payloads("followup")[-1]
    assert sources["embeds"][0]["title"] == "Sources" and sources["flags"] & EPHEMERAL
    await _press(fresh, _member(fresh, "ana"), _channel(fresh, "general"), message, UP_ID)
    assert await fresh.store.feedback_counts(int(message["id"])) == (1, 0)


async def test_slash_commands_are_synced_only_when_the_command_tree_changed(tutor, tmp_path, monkeypatch):
    import bot.discord_app.bot as bot_module

    synced = []

    async def fake_sync(bot, guild_ids=None):
        synced.append(list(bot.settings.guild_ids))
        return [{"guild": None, "commands": ["ask"]}]

    monkeypatch.setattr(bot_module, "sync_commands", fake_sync)
    tutor.settings = replace(tutor.settings, database=tmp_path / "data" / "tutor.db")
    assert await tutor.sync_if_changed() is True  # first start: nothing synced before
    assert await tutor.sync_if_changed() is False  # a restart with the same commands: no call
    tutor.settings = replace(tutor.settings, guild_ids=(123,))
    assert await tutor.sync_if_changed() is True  # synced to a new guild
    tutor.tree.remove_command("about")
    assert await tutor.sync_if_changed() is True  # a changed command tree
    assert await tutor.sync_if_changed() is False
    assert synced == [[], [123], [123]]
