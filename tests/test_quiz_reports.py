"""Reporting a bad quiz question: stored with who and why, withdrawn per server by a moderator or three
people, listed for moderators, restorable, and still there after a restart."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import pytest_asyncio

from bot.app.quiz_service import REPORTS_TO_WITHDRAW, QuizBank, QuizError, QuizService, reported_text
from bot.app.store import Store
from bot.quiz.items import QuizItem

from .test_console_quiz import T0, ManualClock, script, session_for
from .test_console_quiz import settings as settings  # noqa: F401 - the fixture

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
GUILD, OTHER_GUILD = 111, 222


def item(n: int) -> QuizItem:
    return QuizItem(
        f"{n:016x}",
        "statement",
        f"Which one is number {n}?",
        ("one", "two", "three"),
        0,
        "One is one.",
        "notes.md › Numbers",
        "Numbers",
    )


@pytest_asyncio.fixture(loop_scope="function")
async def service(database):
    store = await Store.open(database)
    yield QuizService(store, QuizBank([item(1), item(2)]), now=lambda: NOW, seed=0)
    await store.close()


async def test_three_reports_withdraw_an_item_in_that_server_only(service):
    post_id, _ = await service.post(item(1), channel_id=5, guild_id=GUILD)
    for user in range(1, REPORTS_TO_WITHDRAW):
        _, outcome = await service.report(post_id, user, GUILD, "two right answers", moderator=False)
        assert (outcome.reports, outcome.withdrawn) == (user, False)
    _, again = await service.report(post_id, 1, GUILD, "still wrong", moderator=False)
    assert again.reports == REPORTS_TO_WITHDRAW - 1  # the same person twice counts once
    _, last = await service.report(post_id, 99, GUILD, "makes no sense", moderator=False)
    assert last.newly_withdrawn and last.withdrawn
    picks = {(await service.pick(guild_id=GUILD)).id for _ in range(20)}
    assert picks == {item(2).id}  # never offered again in that server
    assert {(await service.pick(guild_id=OTHER_GUILD)).id for _ in range(30)} == {item(1).id, item(2).id}


async def test_a_moderator_report_withdraws_at_once_and_a_restore_brings_it_back(service):
    post_id, _ = await service.post(item(1), channel_id=5, guild_id=GUILD)
    _, outcome = await service.report(post_id, 7, GUILD, "link list, not a question", moderator=True)
    assert outcome.newly_withdrawn
    listed = await service.reported(GUILD)
    assert [(r.item_id, r.reports, r.moderator, r.withdrawn) for r, _ in listed] == [
        (item(1).id, 1, True, True)
    ]
    text = reported_text(listed)
    assert "withdrawn" in text and "by a moderator" in text and "link list, not a question" in text
    assert item(1).prompt in text
    assert not await service.restore(GUILD, "ffff")  # no such id
    assert await service.restore(GUILD, item(1).id[:10])  # the id as listed
    assert await service.reported(GUILD) == []
    assert item(1).id in {(await service.pick(guild_id=GUILD)).id for _ in range(30)}
    # fresh reports are needed to withdraw it again
    _, outcome = await service.report(post_id, 8, GUILD, "meh", moderator=False)
    assert (outcome.reports, outcome.withdrawn) == (1, False)


async def test_reports_survive_a_restart(tmp_path):
    path = tmp_path / "tutor.db"
    async with await Store.open(path) as store:
        service = QuizService(store, QuizBank([item(1), item(2)]), now=lambda: NOW)
        post_id, _ = await service.post(item(1), channel_id=5, guild_id=GUILD)
        await service.report(post_id, 7, GUILD, "wrong key", moderator=True)
    async with await Store.open(path) as store:
        service = QuizService(store, QuizBank([item(1), item(2)]), now=lambda: NOW)
        assert await store.withdrawn_item_ids(GUILD) == {item(1).id}
        assert [r.reasons for r, _ in await service.reported(GUILD)] == [("wrong key",)]


async def test_when_every_question_is_withdrawn_the_user_is_told(service):
    for n in (1, 2):
        await service.report_item(item(n).id, 7, GUILD, "bad", moderator=True)
    with pytest.raises(QuizError, match="withdrawn"):
        await service.pick(guild_id=GUILD)


async def test_console_report_withdraws_the_last_question_and_restore_brings_it_back(settings, seed_engine):
    bank = QuizBank(seed_engine.quiz_bank.items[:2])
    session, quiz, out = session_for(settings, seed_engine, clock=ManualClock(T0), bank=bank)

    async def report_whatever_was_posted() -> str:
        return "/quiz report the blank has two answers"

    await session.run(script("/quiz now", report_whatever_was_posted, "/quiz reported"))
    text = out.getvalue()
    assert "withdrawn from your quizzes" in text
    assert "the blank has two answers" in text and "/quiz restore" in text
    async with await Store.open(settings.database) as store:
        withdrawn = await store.withdrawn_item_ids(0)
    assert len(withdrawn) == 1
    gone = next(it for it in bank.items if it.id in withdrawn)
    # the withdrawn question is not asked again; restoring it puts it back
    service = await quiz.app.service()
    picked = {(await service.pick(guild_id=0)).id for _ in range(10)}
    assert picked == {it.id for it in bank.items} - withdrawn
    await session.run(script(f"/quiz restore id:{gone.id[:10]}"))
    assert "Restored" in out.getvalue()
    async with await Store.open(settings.database) as store:
        assert await store.withdrawn_item_ids(0) == set()
