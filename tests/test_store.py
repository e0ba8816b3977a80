"""Store: schema migrations, exactly-once claims and answers (also across threads), scores, SRS rows."""

from __future__ import annotations

import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.app.store import SCHEMA_VERSION, Store, StoreError, upgrade_schema
from tests.store_reads import deliveries, post_by_message

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "tutor.db")
    yield s
    s.close()


def _post(store: Store, channel: int = 10, guild: int | None = 1, topic: str = "Networking") -> int:
    return store.create_post("item-1", channel, guild, None, T0, topic=topic)


# ------------------------------------------------------------------------------ opening and schema


def test_open_sets_wal_foreign_keys_and_version(store):
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert store.schema_version == SCHEMA_VERSION


def test_memory_store_works():
    with Store(":memory:") as s:
        sub = s.add_subscription("dm", 5, None, "07:15", "UTC", None, 5)
        assert s.get_subscription(sub.id) == sub


def _first_release_file(path) -> sqlite3.Connection:
    """A database as the first release wrote it: the v1 tables, its version in PRAGMA user_version."""
    conn = sqlite3.connect(path, isolation_level=None)
    upgrade_schema(conn, str(path))
    for table in ("display_names", "withdrawn", "reports", "asked", "feedback", "cards", "alembic_version"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA user_version = 1")
    return conn


def test_old_version_file_is_migrated_and_data_survives_reopen(tmp_path):
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

    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        sub = s.find_subscription("channel", 77)
        assert sub is not None and sub.timezone == "Europe/Berlin" and sub.time_of_day == time(9, 0)
        assert s.user_stats(9).correct == 1
        s.save_card(9, "q1", "{}", T0)  # a v2 table exists now
        s.record_feedback(500, 9, 1, "q?", "a.")

    with Store(path) as s:  # reopening does not migrate again and keeps everything
        assert s.schema_version == SCHEMA_VERSION
        assert s.find_subscription("channel", 77) is not None
        assert s.load_card(9, "q1") == "{}"
        assert s.feedback_counts(500) == (1, 0)


def test_newer_file_is_refused(tmp_path):
    path = tmp_path / "future.db"
    with Store(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")  # written by a later release
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="upgrade"):
        Store(path)


def test_a_file_from_before_alembic_newer_than_it_knows_is_refused(tmp_path):
    path = tmp_path / "odd.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 9")
    conn.close()
    with pytest.raises(StoreError, match="upgrade"):
        Store(path)


def test_two_processes_opening_a_new_file_at_once_migrate_it_once(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "race.db"
    code = "import sys; from bot.app.store import Store; Store(sys.argv[1]).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION


def test_naive_datetimes_are_rejected(store):
    with pytest.raises(ValueError, match="naive"):
        store.create_post("x", 1, 1, None, datetime(2026, 1, 1))


# ----------------------------------------------------------------------------------- subscriptions


def test_subscribe_twice_updates_and_resumes(store):
    first = store.add_subscription("channel", 100, 1, "09:00", "Europe/Berlin", None, created_by=7)
    store.set_next_runs([(first, T0, date(2026, 3, 1))])
    assert store.pause_subscription(first.id, "asked to")
    again = store.add_subscription("channel", 100, 1, time(18, 30), "Asia/Kolkata", "DNS", created_by=8)
    assert again.id == first.id
    assert (again.local_time, again.timezone, again.topic) == ("18:30", "Asia/Kolkata", "DNS")
    assert again.active and again.paused_reason is None and again.next_run_utc is None
    assert again.created_by == 8  # the last to subscribe is told about pauses
    assert len(store.list_subscriptions()) == 1


def test_resubscribe_same_time_keeps_pending_run(store):
    sub = store.add_subscription("dm", 3, None, "09:00", "UTC", None, 3)
    store.set_next_runs([(sub, T0, T0.date())])
    again = store.add_subscription("dm", 3, None, "09:00", "UTC", "Storage", 3)
    assert again.next_run_utc == T0 and again.topic == "Storage"


def test_subscription_validation(store):
    with pytest.raises(ValueError):
        store.add_subscription("group", 1, None, "09:00", "UTC", None, 1)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        store.add_subscription("dm", 1, None, "9am", "UTC", None, 1)
    with pytest.raises(ValueError):
        store.add_subscription("dm", 1, None, "09:00", "Mars/Olympus", None, 1)


def test_list_remove_pause_resume(store):
    a = store.add_subscription("channel", 1, 10, "09:00", "UTC", None, 1)
    b = store.add_subscription("channel", 2, 20, "09:00", "UTC", None, 1)
    store.add_subscription("dm", 3, None, "09:00", "UTC", None, 3)
    assert [s.id for s in store.list_subscriptions(guild_id=10)] == [a.id]
    assert store.pause_subscription(b.id, "channel deleted")
    paused = store.get_subscription(b.id)
    assert paused is not None and not paused.active and paused.paused_reason == "channel deleted"
    assert len(store.list_subscriptions(active_only=True)) == 2
    assert store.resume_subscription(b.id)
    assert not store.resume_subscription(b.id)  # already active
    assert store.remove_subscription("channel", 1)
    assert not store.remove_subscription("channel", 1)
    assert store.get_subscription(a.id) is None


def test_next_run_bookkeeping(store):
    a = store.add_subscription("channel", 1, 10, "09:00", "UTC", None, 1)
    b = store.add_subscription("channel", 2, 10, "10:00", "UTC", None, 1)
    assert {s.id for s in store.unscheduled_subscriptions()} == {a.id, b.id}
    assert store.earliest_next_run() is None
    changed = store.set_next_runs([(a, T0 + timedelta(hours=1), T0.date()), (b, T0, T0.date())])
    assert changed == 2
    assert store.unscheduled_subscriptions() == []
    assert store.earliest_next_run() == T0
    assert [s.id for s in store.due_subscriptions(T0)] == [b.id]
    # A stale view (the row moved on since it was read) does not overwrite the newer schedule.
    assert store.set_next_runs([(a, T0 + timedelta(days=5), T0.date())]) == 0
    got = store.get_subscription(a.id)
    assert got is not None and got.next_run_utc == T0 + timedelta(hours=1)


# -------------------------------------------------------------------------------------- deliveries


def test_claim_delivery_once_then_finish(store):
    sub = store.add_subscription("channel", 1, 10, "09:00", "UTC", None, 1)
    day = date(2026, 3, 1)
    assert store.claim_deliveries([(sub.id, day)], T0) == [True]
    assert store.claim_deliveries([(sub.id, day)], T0 + timedelta(seconds=1)) == [False]
    assert store.claim_deliveries([(sub.id, day + timedelta(days=1))], T0) == [True]
    store.finish_delivery(sub.id, day, "sent", "", 42, finished_at=T0)
    first, second = deliveries(store, sub.id)
    assert (first.status, first.post_id, first.finished_at) == ("sent", 42, T0)
    assert second.status == "claimed" and second.finished_at is None
    assert store.claim_deliveries([(sub.id, day), (sub.id, day + timedelta(days=2))], T0) == [False, True]
    with pytest.raises(ValueError):
        store.finish_delivery(sub.id, day, "claimed")


def test_claims_from_two_connections_and_many_threads_win_once(tmp_path):
    path = tmp_path / "shared.db"
    a, b = Store(path), Store(path)
    sub = a.add_subscription("channel", 1, 10, "09:00", "UTC", None, 1)
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(50)]

    def claim(args):
        store, day = args
        return store.claim_deliveries([(sub.id, day)], T0)[0]

    with ThreadPoolExecutor(8) as pool:
        wins = list(pool.map(claim, [(s, d) for d in days for s in (a, b, a, b)]))
    assert sum(wins) == len(days)
    assert len(deliveries(a, sub.id)) == len(days)
    a.close()
    b.close()


# -------------------------------------------------------------------------------- posts and answers


def test_posts_lifecycle(store):
    p1 = _post(store, channel=5)
    p2 = store.create_post("item-2", 5, 1, None, T0 + timedelta(minutes=1), topic="DNS")
    store.set_post_message(p2, 999)
    assert store.latest_open_post(5).id == p2  # type: ignore[union-attr]
    assert post_by_message(store, 999).id == p2  # type: ignore[union-attr]
    assert store.close_post(p2, T0 + timedelta(hours=1))
    assert not store.close_post(p2, T0 + timedelta(hours=2))
    assert store.latest_open_post(5).id == p1  # type: ignore[union-attr]
    assert [p.id for p in store.open_posts(posted_before=T0 + timedelta(seconds=30))] == [p1]
    got = store.get_post(p2)
    assert got is not None and got.closed_at == T0 + timedelta(hours=1) and got.message_id == 999
    assert store.latest_open_post(6) is None


def test_second_answer_of_same_person_is_refused(store):
    post = _post(store)
    assert store.record_answer(post, 1, 1, "B", True, T0)
    assert not store.record_answer(post, 1, 1, "C", False, T0)
    assert store.record_answer(post, 2, 1, "C", False, T0)
    assert store.post_tally(post) == (2, 1)
    with pytest.raises(KeyError):
        store.record_answer(12345, 1, 1, "A", True, T0)


def test_concurrent_clicks_record_one_answer_per_person(store):
    post = _post(store)

    def click(i: int) -> bool:
        user = i % 7  # seven people clicking repeatedly
        return store.record_answer(post, user, 1, "ABCD"[i % 4], i % 2 == 0, T0)

    with ThreadPoolExecutor(16) as pool:
        accepted = list(pool.map(click, range(700)))
    assert sum(accepted) == 7
    assert store.post_tally(post)[0] == 7


# --------------------------------------------------------------------------------------------- scores


def test_user_stats_topics_and_streaks_in_user_zone(store):
    store.set_user_timezone(1, "America/New_York")
    assert store.get_user_timezone(1) == "America/New_York"
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
        post = store.create_post(f"q{i}", 10, 1, None, at, topic=topic)
        store.record_answer(post, 1, 1, "A", ok, at)
    now = datetime(2026, 3, 9, 12, tzinfo=UTC)  # March 9th, no answer yet today: streak still alive

    stats = store.user_stats(1, guild_id=1, now=now)
    assert (stats.answered, stats.correct) == (6, 5)
    assert stats.accuracy == pytest.approx(5 / 6)
    assert stats.by_topic["DNS"].accuracy == 1.0
    assert stats.by_topic["Storage"].answered == 3 and stats.by_topic["Storage"].correct == 2
    assert (stats.current_streak, stats.best_streak) == (2, 3)  # Mar 1-3 local; Mar 7-8

    in_utc = store.user_stats(1, guild_id=1, tz="UTC", now=now)
    assert (in_utc.current_streak, in_utc.best_streak) == (2, 2)  # Mar 1-2, 4 ... 7-8

    later = store.user_stats(1, now=datetime(2026, 3, 11, 12, tzinfo=UTC))
    assert later.current_streak == 0 and later.best_streak == 3
    assert store.user_stats(1, guild_id=2).answered == 0
    assert store.user_stats(42).accuracy == 0.0


def test_leaderboard_orders_by_correct_then_accuracy(store):
    results = {1: [True, True, False], 2: [True, True], 3: [True, True, True, False], 4: [False]}
    for user, outcomes in results.items():
        for ok in outcomes:
            post = _post(store)
            store.record_answer(post, user, 1, "A", ok, T0)
    other = _post(store, guild=2)
    store.record_answer(other, 5, 2, "A", True, T0)
    board = store.leaderboard(1)
    assert [e.user_id for e in board] == [3, 2, 1, 4]
    assert board[1].accuracy == 1.0
    assert [e.user_id for e in store.leaderboard(1, limit=2)] == [3, 2]


def test_leaderboard_ties_on_correct_go_to_the_better_accuracy(store):
    """5 of 6 is ahead of 5 of 10, whichever row the database happens to read first."""
    for user, right, wrong in ((1, 5, 5), (2, 5, 1)):
        for ok in [True] * right + [False] * wrong:
            store.record_answer(_post(store), user, 1, "A", ok, T0)
    assert [(e.user_id, e.correct, e.answered) for e in store.leaderboard(1)] == [(2, 5, 6), (1, 5, 10)]


def test_leaderboard_shows_the_name_people_last_answered_under(store):
    store.record_answer(_post(store), 7, 1, "A", True, T0, name="Ana")
    store.record_answer(_post(store), 7, 1, "A", True, T0 + timedelta(minutes=1), name="Ana B.")
    store.record_answer(_post(store), 8, 1, "A", True, T0)  # never seen by name
    store.record_answer(_post(store, guild=2), 7, 2, "A", True, T0, name="ana-elsewhere")
    assert [(e.user_id, e.name) for e in store.leaderboard(1)] == [(7, "Ana B."), (8, None)]


def test_resubscribing_makes_the_new_subscriber_the_one_told_about_pauses(store):
    store.add_subscription("channel", 10, 1, "09:00", "UTC", None, created_by=111, now=T0)
    again = store.add_subscription("channel", 10, 1, "10:00", "UTC", None, created_by=222, now=T0)
    assert again.created_by == 222 and store.get_subscription(again.id).created_by == 222


def test_bad_user_timezone_rejected(store):
    with pytest.raises(ValueError):
        store.set_user_timezone(1, "Nowhere/Land")


# ------------------------------------------------------------------------------------- SRS + feedback


def test_card_rows(store):
    store.save_card(1, "a", '{"a": 1}', T0 - timedelta(days=2), correct=False)
    store.save_card(1, "b", '{"b": 1}', T0 - timedelta(days=5), correct=True)
    store.save_card(1, "c", '{"c": 1}', T0 + timedelta(days=1), correct=True)
    store.save_card(2, "a", "{}", T0 - timedelta(days=9), correct=False)
    assert store.load_card(1, "a") == '{"a": 1}'
    assert store.load_card(1, "zzz") is None
    states = store.card_states(1)
    assert set(states) == {"a", "b", "c"}  # person 2's card is theirs
    assert [i for i, c in sorted(states.items(), key=lambda kv: kv[1].due) if c.due <= T0] == ["b", "a"]
    assert {i for i, c in states.items() if c.last_correct is False} == {"a"}
    store.save_card(1, "a", '{"a": 2}', T0 + timedelta(days=3), correct=True)
    assert store.card_states(1)["a"].due == T0 + timedelta(days=3)
    assert store.card_states(1)["a"].last_correct is True


def test_feedback_is_one_changeable_vote_per_person(store):
    store.record_feedback(77, 1, 1, "What is DNS?", "A naming system.")
    store.record_feedback(77, 2, 1, "What is DNS?", "A naming system.")
    store.record_feedback(77, 3, -1, "What is DNS?", "A naming system.")
    assert store.feedback_counts(77) == (2, 1)
    store.record_feedback(77, 1, -1, "What is DNS?", "A naming system.")  # changed their mind
    assert store.feedback_counts(77) == (1, 2)
    assert store.feedback_counts(78) == (0, 0)
    with pytest.raises(ValueError):
        store.record_feedback(77, 1, 0, "q", "a")


def test_a_channel_is_not_asked_the_same_item_again_soon(tmp_path):
    from bot.app.quiz_service import QuizBank, QuizService
    from bot.quiz.items import QuizItem

    items = [
        QuizItem(f"i{n}", "statement", f"Question {n}?", ("A", "B", "C"), 0, "A is.", "notes.md", "T")
        for n in range(4)
    ]
    store = Store(tmp_path / "t.db")
    service = QuizService(store, QuizBank(items), seed=3)
    seen = []
    for _ in range(4):
        item = service.pick(channel_id=42)
        service.post(item, 42, 1)
        seen.append(item.id)
    assert sorted(seen) == ["i0", "i1", "i2", "i3"]  # every item once before any repeats


def test_tutor_db_upgrades_checks_and_refuses_a_broken_file(tmp_path, capsys):
    from bot.cli import main

    config = tmp_path / "config.toml"
    config.write_text(f'[paths]\ndatabase = "{(tmp_path / "data" / "t.db").as_posix()}"\n', encoding="utf-8")
    assert main(["db", "upgrade", "--config", str(config)]) == 0
    assert f"sqlite, schema {SCHEMA_VERSION}" in capsys.readouterr().out
    with Store(tmp_path / "data" / "t.db") as s:
        s.add_subscription("channel", 9, 1, "09:00", "UTC", None, 1)
    assert main(["db", "check", "--config", str(config), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["revision"] == SCHEMA_VERSION and report["counts"]["subscriptions"] == 1
    (tmp_path / "data" / "t.db").write_bytes(b"not a database at all" * 100)
    for name in ("t.db-wal", "t.db-shm"):
        (tmp_path / "data" / name).unlink(missing_ok=True)
    assert main(["db", "check", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "can't be used" in err and "Traceback" not in err
