"""Store: schema migrations, exactly-once claims and answers (also concurrent), scores, SRS rows.

Everything not about SQLite files runs on both backends: the ``store`` fixture is a fresh SQLite file
and a fresh database on a throwaway PostgreSQL server (``tests/pg_server.py``)."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import UTC, date, datetime, time, timedelta

import pytest
import pytest_asyncio
import sqlalchemy

from bot.app.store import SCHEMA_VERSION, Store, StoreError
from bot.app.store.schema import _alembic_config
from tests.store_reads import claim_deliveries, deliveries, due_subscriptions, post_by_message

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest_asyncio.fixture(loop_scope="function")
async def store(database):
    s = await Store.open(database)
    yield s
    await s.close()


async def _post(store: Store, channel: int = 10, guild: int | None = 1, topic: str = "Networking") -> int:
    return await store.create_post("item-1", channel, guild, None, T0, topic=topic)


# ------------------------------------------------------------------------------ opening and schema


async def test_a_sqlite_file_gets_wal_foreign_keys_and_the_head_revision(tmp_path):
    async with await Store.open(tmp_path / "tutor.db") as store:
        async with store._read() as conn:
            assert (await conn.exec_driver_sql("PRAGMA journal_mode")).scalar() == "wal"
            assert (await conn.exec_driver_sql("PRAGMA foreign_keys")).scalar() == 1
            assert (await conn.exec_driver_sql("PRAGMA busy_timeout")).scalar() > 0
        assert await store.schema_version() == SCHEMA_VERSION
        assert (await store.report())["backend"] == "sqlite"


async def test_the_tables_the_queries_use_are_the_ones_the_migrations_made(store):
    """``tables.py`` (what the queries are built from) and the migrations must not drift apart."""
    from bot.app.store import tables

    def columns(sync_conn):
        inspector = sqlalchemy.inspect(sync_conn)
        return {name: {c["name"] for c in inspector.get_columns(name)} for name in tables.metadata.tables}

    async with store._read() as conn:
        found = await conn.run_sync(columns)
    assert found == {name: {c.name for c in table.c} for name, table in tables.metadata.tables.items()}


async def test_memory_store_works():
    async with await Store.open(":memory:") as s:
        sub = await s.add_subscription("dm", 5, None, "07:15", "UTC", None, 5)
        assert await s.get_subscription(sub.id) == sub


def _first_release_file(path) -> sqlite3.Connection:
    """A database as the first release wrote it: the v1 tables, its version in PRAGMA user_version."""
    from alembic import command

    engine = sqlalchemy.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        conn.exec_driver_sql("DROP TABLE alembic_version")
    engine.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA user_version = 1")
    return conn


async def test_old_version_file_is_migrated_and_data_survives_reopen(tmp_path):
    path = tmp_path / "old.db"
    conn = _first_release_file(path)  # a file written by the first release
    conn.execute(
        """INSERT INTO subscriptions (kind, target_id, guild_id, local_time, timezone, topic, created_by,
           created_at) VALUES ('channel', 77, 1, '09:00', 'Europe/Berlin', NULL, 3, ?)""",
        ("2026-01-01T00:00:00.000000+00:00",),
    )
    conn.execute("INSERT INTO posts (item_id, topic, posted_at) VALUES ('q1', 'DNS', ?)", (T0.isoformat(),))
    conn.execute(
        """INSERT INTO answers (post_id, user_id, guild_id, item_id, topic, choice, correct, answered_at)
           VALUES (1, 9, 1, 'q1', 'DNS', 'A', 1, ?)""",
        ("2026-03-01T12:00:00.000000+00:00",),
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()

    async with await Store.open(path) as s:
        assert await s.schema_version() == SCHEMA_VERSION
        sub = await s.find_subscription("channel", 77)
        assert sub is not None and sub.timezone == "Europe/Berlin" and sub.time_of_day == time(9, 0)
        assert (await s.user_stats(9)).correct == 1
        await s.save_card(9, "q1", "{}", T0)  # a v2 table exists now
        await s.record_feedback(500, 9, 1, "q?", "a.")

    async with await Store.open(path) as s:  # reopening does not migrate again and keeps everything
        assert await s.schema_version() == SCHEMA_VERSION
        assert await s.find_subscription("channel", 77) is not None
        assert await s.load_card(9, "q1") == "{}"
        assert await s.feedback_counts(500) == (1, 0)


async def test_newer_file_is_refused(tmp_path):
    path = tmp_path / "future.db"
    async with await Store.open(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")  # written by a later release
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="upgrade"):
        await Store.open(path)


async def test_a_file_from_before_alembic_newer_than_it_knows_is_refused(tmp_path):
    path = tmp_path / "odd.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 9")
    conn.close()
    with pytest.raises(StoreError, match="upgrade"):
        await Store.open(path)


async def test_two_processes_opening_a_new_file_at_once_migrate_it_once(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "race.db"
    code = ("import asyncio, sys; from bot.app.store import Store\n"
            "async def main():\n    await (await Store.open(sys.argv[1])).close()\n"
            "asyncio.run(main())")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    async with await Store.open(path) as s:
        assert await s.schema_version() == SCHEMA_VERSION


async def test_naive_datetimes_are_rejected(store):
    with pytest.raises(ValueError, match="naive"):
        await store.create_post("x", 1, 1, None, datetime(2026, 1, 1))


# ----------------------------------------------------------------------------------- subscriptions


async def test_subscribe_twice_updates_and_resumes(store):
    first = await store.add_subscription("channel", 100, 1, "09:00", "Europe/Berlin", None, created_by=7)
    await store.set_next_runs([(first, T0, date(2026, 3, 1))])
    assert await store.pause_subscription(first.id, "asked to")
    again = await store.add_subscription("channel", 100, 1, time(18, 30), "Asia/Kolkata", "DNS", created_by=8)
    assert again.id == first.id
    assert (again.local_time, again.timezone, again.topic) == ("18:30", "Asia/Kolkata", "DNS")
    assert again.active and again.paused_reason is None and again.next_run_utc is None
    assert again.created_by == 8  # the last to subscribe is told about pauses
    assert len(await store.list_subscriptions()) == 1


async def test_resubscribe_same_time_keeps_pending_run(store):
    sub = await store.add_subscription("dm", 3, None, "09:00", "UTC", None, 3)
    await store.set_next_runs([(sub, T0, T0.date())])
    again = await store.add_subscription("dm", 3, None, "09:00", "UTC", "Storage", 3)
    assert again.next_run_utc == T0 and again.topic == "Storage"


async def test_subscription_validation(store):
    with pytest.raises(ValueError):
        await store.add_subscription("group", 1, None, "09:00", "UTC", None, 1)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        await store.add_subscription("dm", 1, None, "9am", "UTC", None, 1)
    with pytest.raises(ValueError):
        await store.add_subscription("dm", 1, None, "09:00", "Mars/Olympus", None, 1)


async def test_list_remove_pause_resume(store):
    a = await store.add_subscription("channel", 1, 10, "09:00", "UTC", None, 1)
    b = await store.add_subscription("channel", 2, 20, "09:00", "UTC", None, 1)
    await store.add_subscription("dm", 3, None, "09:00", "UTC", None, 3)
    assert [s.id for s in await store.list_subscriptions(guild_id=10)] == [a.id]
    assert await store.pause_subscription(b.id, "channel deleted")
    paused = await store.get_subscription(b.id)
    assert paused is not None and not paused.active and paused.paused_reason == "channel deleted"
    assert len(await store.list_subscriptions(active_only=True)) == 2
    assert await store.resume_subscription(b.id)
    assert not await store.resume_subscription(b.id)  # already active
    assert await store.remove_subscription("channel", 1)
    assert not await store.remove_subscription("channel", 1)
    assert await store.get_subscription(a.id) is None


async def test_next_run_bookkeeping(store):
    a = await store.add_subscription("channel", 1, 10, "09:00", "UTC", None, 1)
    b = await store.add_subscription("channel", 2, 10, "10:00", "UTC", None, 1)
    assert {s.id for s in await store.unscheduled_subscriptions()} == {a.id, b.id}
    assert await store.earliest_next_run() is None
    await store.set_next_runs([(a, T0 + timedelta(hours=1), T0.date()), (b, T0, T0.date())])
    assert await store.unscheduled_subscriptions() == []
    assert await store.earliest_next_run() == T0
    assert [s.id for s in await due_subscriptions(store, T0)] == [b.id]
    # A stale view (the row moved on since it was read) does not overwrite the newer schedule.
    await store.set_next_runs([(a, T0 + timedelta(days=5), T0.date())])
    got = await store.get_subscription(a.id)
    assert got is not None and got.next_run_utc == T0 + timedelta(hours=1)


# -------------------------------------------------------------------------------------- deliveries


async def test_claim_delivery_once_then_finish(store):
    sub = await store.add_subscription("channel", 1, 10, "09:00", "UTC", None, 1)
    day = date(2026, 3, 1)
    assert await claim_deliveries(store, [(sub.id, day)], T0) == [True]
    assert await claim_deliveries(store, [(sub.id, day)], T0 + timedelta(seconds=1)) == [False]
    assert await claim_deliveries(store, [(sub.id, day + timedelta(days=1))], T0) == [True]
    await store.finish_delivery(sub.id, day, "sent", "", 42, finished_at=T0)
    first, second = await deliveries(store, sub.id)
    assert (first.status, first.post_id, first.finished_at) == ("sent", 42, T0)
    assert second.status == "claimed" and second.finished_at is None
    both = await claim_deliveries(store, [(sub.id, day), (sub.id, day + timedelta(days=2))], T0)
    assert both == [False, True]
    with pytest.raises(ValueError):
        await store.finish_delivery(sub.id, day, "claimed")


async def test_a_post_made_for_a_run_is_recorded_with_it(store):
    """Whoever re-sends a run (a takeover) finds the post to send again."""
    sub = await store.add_subscription("channel", 1, 10, "09:00", "UTC", None, 1)
    day = date(2026, 3, 1)
    assert await claim_deliveries(store, [(sub.id, day)], T0) == [True]
    assert await store.delivery_post(sub.id, day) is None
    post = await store.create_post("item-1", 1, 10, sub.id, T0, delivery=day)
    assert await store.delivery_post(sub.id, day) == post
    await store.set_post_message(post, 777)
    await store.finish_delivery(sub.id, day, "sent", "", post, finished_at=T0)
    [delivery] = await deliveries(store, sub.id)
    assert (delivery.status, delivery.post_id, delivery.message_id) == ("sent", post, 777)


async def test_claims_from_two_stores_at_once_win_once(database):
    """Two processes' stores on one database, claiming the same runs concurrently."""
    a, b = await Store.open(database), await Store.open(database)
    sub = await a.add_subscription("channel", 1, 10, "09:00", "UTC", None, 1)
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(50)]

    async def claim(store, day):
        return (await claim_deliveries(store, [(sub.id, day)], T0))[0]

    wins = await asyncio.gather(*(claim(s, d) for d in days for s in (a, b, a, b)))
    assert sum(wins) == len(days)
    assert len(await deliveries(a, sub.id)) == len(days)
    await a.close()
    await b.close()


# -------------------------------------------------------------------------------- posts and answers


async def test_posts_lifecycle(store):
    p1 = await _post(store, channel=5)
    p2 = await store.create_post("item-2", 5, 1, None, T0 + timedelta(minutes=1), topic="DNS")
    await store.set_post_message(p2, 999)
    assert (await store.latest_open_post(5)).id == p2  # type: ignore[union-attr]
    assert (await post_by_message(store, 999)).id == p2  # type: ignore[union-attr]
    assert await store.close_post(p2, T0 + timedelta(hours=1))
    assert not await store.close_post(p2, T0 + timedelta(hours=2))
    assert (await store.latest_open_post(5)).id == p1  # type: ignore[union-attr]
    assert [p.id for p in await store.open_posts(posted_before=T0 + timedelta(seconds=30))] == [p1]
    got = await store.get_post(p2)
    assert got is not None and got.closed_at == T0 + timedelta(hours=1) and got.message_id == 999
    assert await store.latest_open_post(6) is None


async def test_second_answer_of_same_person_is_refused(store):
    post = await _post(store)
    assert await store.record_answer(post, 1, 1, "B", True, T0)
    assert not await store.record_answer(post, 1, 1, "C", False, T0)
    assert await store.record_answer(post, 2, 1, "C", False, T0)
    assert await store.post_tally(post) == (2, 1)
    with pytest.raises(KeyError):
        await store.record_answer(12345, 1, 1, "A", True, T0)


async def test_concurrent_clicks_record_one_answer_per_person(store):
    post = await _post(store)

    async def click(i: int) -> bool:
        user = i % 7  # seven people clicking repeatedly
        return await store.record_answer(post, user, 1, "ABCD"[i % 4], i % 2 == 0, T0)

    accepted = await asyncio.gather(*(click(i) for i in range(700)))
    assert sum(accepted) == 7
    assert (await store.post_tally(post))[0] == 7


# --------------------------------------------------------------------------------------------- scores


async def test_user_stats_topics_and_streaks_in_user_zone(store):
    await store.set_user_timezone(1, "America/New_York")
    assert await store.get_user_timezone(1) == "America/New_York"
    answers = [
        # (UTC time, correct, topic)
        (datetime(2026, 3, 1, 15, tzinfo=UTC), True, "DNS"),
        (datetime(2026, 3, 2, 15, tzinfo=UTC), True, "DNS"),
        # 02:00 UTC on the 4th is still the 3rd in New York (EST, UTC-5)
        (datetime(2026, 3, 4, 2, tzinfo=UTC), True, "Storage"),
        (datetime(2026, 3, 6, 15, tzinfo=UTC), False, "Storage"),
        (datetime(2026, 3, 7, 15, tzinfo=UTC), True, "Storage"),
        (datetime(2026, 3, 8, 15, tzinfo=UTC), True, "DNS"),
    ]
    for i, (at, ok, topic) in enumerate(answers):
        post = await store.create_post(f"q{i}", 10, 1, None, at, topic=topic)
        await store.record_answer(post, 1, 1, "A", ok, at)
    now = datetime(2026, 3, 9, 12, tzinfo=UTC)  # March 9th, no answer yet today: streak still alive

    stats = await store.user_stats(1, guild_id=1, now=now)
    assert (stats.answered, stats.correct) == (6, 5)
    assert stats.accuracy == pytest.approx(5 / 6)
    assert stats.by_topic["DNS"].accuracy == 1.0
    assert stats.by_topic["Storage"].answered == 3 and stats.by_topic["Storage"].correct == 2
    assert (stats.current_streak, stats.best_streak) == (2, 3)  # Mar 1-3 local; Mar 7-8

    in_utc = await store.user_stats(1, guild_id=1, tz="UTC", now=now)
    assert (in_utc.current_streak, in_utc.best_streak) == (2, 2)  # Mar 1-2, 4 ... 7-8

    later = await store.user_stats(1, now=datetime(2026, 3, 11, 12, tzinfo=UTC))
    assert later.current_streak == 0 and later.best_streak == 3
    assert (await store.user_stats(1, guild_id=2)).answered == 0
    assert (await store.user_stats(42)).accuracy == 0.0


async def test_leaderboard_orders_by_correct_then_accuracy(store):
    results = {1: [True, True, False], 2: [True, True], 3: [True, True, True, False], 4: [False]}
    for user, outcomes in results.items():
        for ok in outcomes:
            post = await _post(store)
            await store.record_answer(post, user, 1, "A", ok, T0)
    other = await _post(store, guild=2)
    await store.record_answer(other, 5, 2, "A", True, T0)
    board = await store.leaderboard(1)
    assert [e.user_id for e in board] == [3, 2, 1, 4]
    assert board[1].accuracy == 1.0
    assert [e.user_id for e in await store.leaderboard(1, limit=2)] == [3, 2]


async def test_leaderboard_ties_on_correct_go_to_the_better_accuracy(store):
    """5 of 6 is ahead of 5 of 10, whichever row the database happens to read first."""
    for user, right, wrong in ((1, 5, 5), (2, 5, 1)):
        for ok in [True] * right + [False] * wrong:
            await store.record_answer(await _post(store), user, 1, "A", ok, T0)
    assert [(e.user_id, e.correct, e.answered) for e in await store.leaderboard(1)] == [(2, 5, 6), (1, 5, 10)]


async def test_leaderboard_shows_the_name_people_last_answered_under(store):
    await store.record_answer(await _post(store), 7, 1, "A", True, T0, name="Ana")
    await store.record_answer(await _post(store), 7, 1, "A", True, T0 + timedelta(minutes=1), name="Ana B.")
    await store.record_answer(await _post(store), 8, 1, "A", True, T0)  # never seen by name
    await store.record_answer(await _post(store, guild=2), 7, 2, "A", True, T0, name="ana-elsewhere")
    assert [(e.user_id, e.name) for e in await store.leaderboard(1)] == [(7, "Ana B."), (8, None)]


async def test_resubscribing_makes_the_new_subscriber_the_one_told_about_pauses(store):
    await store.add_subscription("channel", 10, 1, "09:00", "UTC", None, created_by=111, now=T0)
    again = await store.add_subscription("channel", 10, 1, "10:00", "UTC", None, created_by=222, now=T0)
    assert again.created_by == 222 and (await store.get_subscription(again.id)).created_by == 222


async def test_bad_user_timezone_rejected(store):
    with pytest.raises(ValueError):
        await store.set_user_timezone(1, "Nowhere/Land")


# ------------------------------------------------------------------------------------- SRS + feedback


async def test_card_rows(store):
    await store.save_card(1, "a", '{"a": 1}', T0 - timedelta(days=2), correct=False)
    await store.save_card(1, "b", '{"b": 1}', T0 - timedelta(days=5), correct=True)
    await store.save_card(1, "c", '{"c": 1}', T0 + timedelta(days=1), correct=True)
    await store.save_card(2, "a", "{}", T0 - timedelta(days=9), correct=False)
    assert await store.load_card(1, "a") == '{"a": 1}'
    assert await store.load_card(1, "zzz") is None
    states = await store.card_states(1)
    assert set(states) == {"a", "b", "c"}  # person 2's card is theirs
    assert [i for i, c in sorted(states.items(), key=lambda kv: kv[1].due) if c.due <= T0] == ["b", "a"]
    assert {i for i, c in states.items() if c.last_correct is False} == {"a"}
    await store.save_card(1, "a", '{"a": 2}', T0 + timedelta(days=3), correct=True)
    assert (await store.card_states(1))["a"].due == T0 + timedelta(days=3)
    assert (await store.card_states(1))["a"].last_correct is True


async def test_feedback_is_one_changeable_vote_per_person(store):
    await store.record_feedback(77, 1, 1, "What is DNS?", "A naming system.")
    await store.record_feedback(77, 2, 1, "What is DNS?", "A naming system.")
    await store.record_feedback(77, 3, -1, "What is DNS?", "A naming system.")
    assert await store.feedback_counts(77) == (2, 1)
    await store.record_feedback(77, 1, -1, "What is DNS?", "A naming system.")  # changed their mind
    assert await store.feedback_counts(77) == (1, 2)
    assert await store.feedback_counts(78) == (0, 0)
    with pytest.raises(ValueError):
        await store.record_feedback(77, 1, 0, "q", "a")


async def test_a_channel_is_not_asked_the_same_item_again_soon(tmp_path):
    from bot.app.quiz_service import QuizBank, QuizService
    from bot.quiz.items import QuizItem

    items = [
        QuizItem(f"i{n}", "statement", f"Question {n}?", ("A", "B", "C"), 0, "A is.", "notes.md", "T")
        for n in range(4)
    ]
    store = await Store.open(tmp_path / "t.db")
    service = QuizService(store, QuizBank(items), seed=3)
    seen = []
    for _ in range(4):
        item = await service.pick(channel_id=42)
        await service.post(item, 42, 1)
        seen.append(item.id)
    assert sorted(seen) == ["i0", "i1", "i2", "i3"]  # every item once before any repeats


def test_tutor_db_upgrades_checks_and_refuses_a_broken_file(tmp_path, capsys):
    from bot.cli import main

    config = tmp_path / "config.toml"
    config.write_text(f'[paths]\ndatabase = "{(tmp_path / "data" / "t.db").as_posix()}"\n', encoding="utf-8")
    assert main(["db", "upgrade", "--config", str(config)]) == 0
    assert f"sqlite, schema {SCHEMA_VERSION}" in capsys.readouterr().out
    async def subscribe():
        async with await Store.open(tmp_path / "data" / "t.db") as s:
            await s.add_subscription("channel", 9, 1, "09:00", "UTC", None, 1)

    asyncio.run(subscribe())
    assert main(["db", "check", "--config", str(config), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["revision"] == SCHEMA_VERSION and report["counts"]["subscriptions"] == 1
    (tmp_path / "data" / "t.db").write_bytes(b"not a database at all" * 100)
    for name in ("t.db-wal", "t.db-shm"):
        (tmp_path / "data" / name).unlink(missing_ok=True)
    assert main(["db", "check", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "can't be used" in err and "Traceback" not in err


# ----------------------------------------------------------------------------------------- PostgreSQL


def test_tutor_db_checks_a_postgresql_database_and_an_unreachable_one_is_one_line(
        tmp_path, capsys, pg_database):
    from bot.cli import main
    from tests.pg_server import free_port

    config = tmp_path / "config.toml"
    config.write_text(f'[paths]\ndatabase = "{pg_database}"\n', encoding="utf-8")
    assert main(["db", "upgrade", "--config", str(config)]) == 0
    assert main(["db", "check", "--config", str(config), "--json"]) == 0
    report = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert report["backend"] == "postgresql" and report["revision"] == SCHEMA_VERSION
    nowhere = f"postgresql://tutor:hunter2@127.0.0.1:{free_port()}/tutor"
    config.write_text(f'[paths]\ndatabase = "{nowhere}"\n', encoding="utf-8")
    assert main(["db", "check", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "hunter2" not in err  # the password is never shown


@pytest_asyncio.fixture(loop_scope="function")
async def pg_store(pg_database):
    s = await Store.open(pg_database)
    yield s
    await s.close()


async def test_a_lost_postgresql_connection_is_retried_not_raised(pg_store, pg_database, caplog):
    """The server drops every connection (a restart, a failover): the next calls reconnect and work."""
    import asyncpg

    sub = await pg_store.add_subscription("channel", 1, 10, "09:00", "UTC", None, 1)
    other = await asyncpg.connect(pg_database)
    await other.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()")
    await other.close()
    with caplog.at_level("WARNING", logger="tutor.store"):
        assert (await pg_store.get_subscription(sub.id)) == sub
        assert await pg_store.pause_subscription(sub.id, "asked to")
    assert any("connection lost" in r.getMessage() for r in caplog.records)


async def test_a_bot_whose_postgresql_is_unreachable_says_so_in_one_line_and_keeps_answering(
        tmp_path, caplog):
    """Quizzes are off with one clear line; nothing crashes, the password is not logged."""
    from dataclasses import replace

    from bot.app.quiz import QuizApp, QuizUnavailable
    from bot.app.runtime import Runtime
    from tests.conftest import make_settings
    from tests.pg_server import free_port

    url = f"postgresql://tutor:hunter2@127.0.0.1:{free_port()}/tutor"
    runtime = Runtime(replace(make_settings(tmp_path), database=url))
    with caplog.at_level("WARNING", logger="tutor.app"):
        assert await runtime.open_store() is None
    [line] = [r.getMessage() for r in caplog.records if "database unavailable" in r.getMessage()]
    assert "\n" not in line and "hunter2" not in line and "127.0.0.1" in line
    with pytest.raises(QuizUnavailable, match="could not be opened") as refused:
        await QuizApp(runtime).stats(1)
    assert "hunter2" not in str(refused.value)
    await runtime.close()
