"""`/quiz ...` in the console session, its daily-quiz dispatcher, and `tutor quiz`.

Sessions run in-process on a fresh database per test. The dispatcher gets a ``ManualClock``: its
``sleep`` waits until the test moves time forward, so "a quiz falls due" takes no real time.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import io
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.app.quiz_service import LETTERS, QuizBank
from bot.app.store import Store
from bot.console import ConsoleSession, run_console
from bot.console_quiz import ConsoleQuiz, looks_like_answer
from tests.conftest import seed_cloze
from tests.store_reads import deliveries

ROOT = Path(__file__).resolve().parents[1]
TUTOR = [sys.executable, "-m", "bot"]
DAY = date(2026, 3, 10)
T0 = datetime(2026, 3, 10, 8, 58, tzinfo=UTC)


# ------------------------------------------------------------------------------------------ helpers


class ManualClock:
    """now() is set by the test; sleep() returns once advance() has moved time past its deadline."""

    def __init__(self, start: datetime) -> None:
        self.t = start
        self._tick: asyncio.Event | None = None

    def now(self) -> datetime:
        return self.t

    async def sleep(self, seconds: float) -> None:
        deadline = self.t + timedelta(seconds=seconds)
        while self.t < deadline:
            if self._tick is None:
                self._tick = asyncio.Event()
            await self._tick.wait()

    def advance(self, **delta: float) -> None:
        self.t += timedelta(**delta)
        if self._tick is not None:
            self._tick.set()
            self._tick = None


Step = str | Callable[[], Awaitable[str | None]]


async def settle(rounds: int = 60) -> None:
    """Let the dispatcher run: its store calls hop to the database thread and back."""
    for _ in range(rounds):
        await asyncio.sleep(0.005)


async def script(*steps: Step) -> AsyncIterator[str]:
    """Lines for a session; a callable step runs between lines (advance the clock, wait) and may
    return a line to type (e.g. the right letter for the quiz just posted)."""
    for step in steps:
        line = step if isinstance(step, str) else await step()
        if line is not None:
            yield line
        await settle()


@pytest.fixture
def settings(seed_settings, tmp_path):
    """The seed index with a database of this test's own."""
    return dataclasses.replace(seed_settings, database=tmp_path / "data" / "tutor.db")


def session_for(settings, engine, clock=None, bank=None) -> tuple[ConsoleSession, ConsoleQuiz, io.StringIO]:
    out = io.StringIO()
    session = ConsoleSession(settings, engine, out=out)
    quiz = ConsoleQuiz.attach(session, clock=clock or ManualClock(T0), seed=0, bank=bank)
    return session, quiz, out


def one_item_bank(engine, cloze: bool) -> QuizBank:
    item = seed_cloze(engine) if cloze else next(it for it in engine.quiz_bank.items if not it.is_cloze)
    return QuizBank([item])


def letter(item, right: bool = True) -> str:
    index = item.answer if right else (item.answer + 1) % len(item.choices)
    return LETTERS[index]


async def db(settings) -> Store:
    return await Store.open(settings.database)


async def rows_of(settings, sql: str) -> list[tuple]:
    async with await db(settings) as store, store._read() as conn:
        return [tuple(r) for r in await conn.exec_driver_sql(sql)]


async def answers(settings) -> list[tuple]:
    return await rows_of(settings, "SELECT post_id, user_id, guild_id, choice, correct FROM answers")


async def posts_of(settings) -> list[tuple]:
    return await rows_of(settings, "SELECT id, channel_id, subscription_id, closed_at FROM posts")


# ------------------------------------------------------------------------------------ playing now


async def test_quiz_now_then_the_right_letter(settings, seed_engine):
    bank = one_item_bank(seed_engine, cloze=False)
    item = bank.items[0]
    session, _, out = session_for(settings, seed_engine, bank=bank)
    assert await session.run(script("/quiz now", letter(item).lower(), "/quiz stats")) == 0
    text = out.getvalue()
    assert item.prompt in text and f"A) {item.choices[0]}" in text and "Type a letter (A–" in text
    assert f"Correct!\n{item.explanation}\n— {item.source}" in text
    assert "Answered 1, correct 1 (100%)" in text
    assert await answers(settings) == [(1, 0, 0, item.answer_text, 1)]  # the choice's text is recorded


async def test_a_wrong_letter_then_answering_twice(settings, seed_engine):
    bank = one_item_bank(seed_engine, cloze=False)
    item = bank.items[0]
    session, _, out = session_for(settings, seed_engine, bank=bank)
    await session.run(
        script(
            "/quiz now",
            letter(item, right=False),
            letter(item),
            f"/quiz answer answer:{letter(item)}",
            "/quiz leaderboard",
        )
    )
    text = out.getvalue()
    assert f"Not quite. The answer is: {item.answer_text}.\n{item.explanation}\n— {item.source}" in text
    assert text.count("You already answered this one; your first answer counts.") == 2
    assert "Correct!" not in text
    assert "1. you — 0 correct of 1 (0%)" in text
    assert [a[4] for a in await answers(settings)] == [0]


async def test_letters_out_of_range_and_the_explicit_form(settings, seed_engine):
    bank = one_item_bank(seed_engine, cloze=False)
    item = bank.items[0]
    session, _, out = session_for(settings, seed_engine, bank=bank)
    await session.run(
        script(
            "/quiz answer answer:A",
            "/quiz now",
            "H",
            "/quiz answer answer:Z",
            f"/quiz answer {item.answer + 1}",
        )
    )
    text = out.getvalue()
    assert "No quiz is waiting for an answer. Try /quiz now." in text
    assert f"That quiz has choices A–{LETTERS[len(item.choices) - 1]}: type one of those letters." in text
    assert "Correct!" in text  # "/quiz answer 2" (a number, as free text)
    assert len(await answers(settings)) == 1


async def test_a_cloze_takes_the_words_and_questions_still_reach_the_tutor(settings, seed_engine):
    bank = one_item_bank(seed_engine, cloze=True)
    item = bank.items[0]
    session, _, out = session_for(settings, seed_engine, bank=bank)
    await session.run(script("/quiz now", "sqs vs sns", "B", item.answer.upper(), "what is sqs"))
    text = out.getvalue()
    order = [
        text.index(item.prompt),
        text.index("SQS vs SNS\n"),  # a question while it is open
        text.index("That quiz is fill-in-the-blank: type the missing words."),
        text.index(f"Correct!\n{item.explanation}\n— {item.source}"),
    ]
    assert order == sorted(order)
    assert "SQS" in text[order[-1] :].split(item.source, 1)[1]  # answered, a question is a question again
    assert [a[3:] for a in await answers(settings)] == [(item.answer.upper(), 1)]


def test_what_a_plain_line_answers(seed_engine):
    mc = next(it for it in seed_engine.quiz_bank.items if not it.is_cloze)
    cloze = seed_cloze(seed_engine)
    assert looks_like_answer(mc, "b", answered=False) == 1
    assert looks_like_answer(mc, "B)", answered=True) == 1  # -> "already answered", not a question
    assert looks_like_answer(mc, "2", answered=False) == 1
    assert looks_like_answer(mc, mc.choices[0].lower(), answered=False) == 0
    assert looks_like_answer(mc, mc.choices[0], answered=True) is None
    assert looks_like_answer(mc, "sqs vs sns", answered=False) is None
    assert looks_like_answer(cloze, "queuing", answered=False) == "queuing"
    assert looks_like_answer(cloze, "queuing", answered=True) is None
    for question in ("what is sqs", "sqs vs sns", "why?", "how does route 53 route traffic"):
        assert looks_like_answer(cloze, question, answered=False) is None


async def test_a_new_quiz_reveals_the_unanswered_one(settings, seed_engine):
    session, _, out = session_for(settings, seed_engine)
    await session.run(script("/quiz now", "/quiz now"))
    text = out.getvalue()
    assert "The previous quiz went unanswered. Answer:" in text and "(nobody answered)" in text
    assert [p[3] is not None for p in await posts_of(settings)] == [True, False]


async def test_topics_and_an_unknown_topic(settings, seed_engine):
    session, _, out = session_for(settings, seed_engine)
    await session.run(script("/quiz topics", "/quiz now topic:networking", "/quiz now topic:quantum"))
    text = out.getvalue()
    assert f"{len(seed_engine.quiz_bank.items)} questions on 3 topic(s):" in text
    # no title that names the answer; a heading the question is asked in may follow the topic
    assert re.search(r"^Quiz(?: · Networking & Security(?: › .+)?)?$", text, re.M)
    assert "No quiz questions on “quantum”. Topics: Databases & Scaling" in text


def test_run_console_with_a_fake_stream(settings, seed_engine):
    """The way `tutor chat` drives it (real clock): a quiz, a letter, the score; stays on one database."""
    out = io.StringIO()
    # a letter answers a multiple-choice quiz; a fill-in-the-blank one asks for words, and gets one
    stream = io.StringIO("/quiz now topic:messaging\nA\nqueuing\n/quiz stats\n")
    assert asyncio.run(run_console(settings, seed_engine, stream=stream, out=out)) == 0
    text = out.getvalue()
    assert re.search(r"^Quiz(?: · Messaging & Event-Driven Architectures(?: › .+)?)?$", text, re.M)
    assert "Answered 1, correct" in text and "Messaging & Event-Driven Architectures:" in text
    assert "Traceback" not in text


# ---------------------------------------------------------------------------------- subscriptions


async def test_subscribe_bad_time_bad_zone_then_good(settings, seed_engine):
    session, _, out = session_for(settings, seed_engine, ManualClock(datetime(2026, 3, 10, 6, 0, tzinfo=UTC)))
    await session.run(
        script(
            "/quiz subscribe time:25:00",
            "/quiz subscribe time:9 timezone:UTC",
            "/quiz subscribe time:09:00 timezone:Europe/Berlinn",
            "/quiz subscribe time:9am timezone:Mars",
            "/quiz subscribe time:9am timezone:Europe/Berlin topic:quantum",
            "/quiz subscriptions",
            "/quiz subscribe time:9am timezone:europe/berlin topic:networking",
            "/quiz subscriptions",
        )
    )
    text = out.getvalue()
    assert "“25:00” is not a time of day. Use HH:MM (24h) or 9am / 9:30pm, e.g. 09:00." in text
    assert "“9” is ambiguous" in text
    assert "Unknown time zone “Europe/Berlinn”. Use an IANA name, e.g. Europe/Berlin. Did you mean" in text
    assert "Unknown time zone “Mars”. Use an IANA name, e.g. Europe/Berlin." in text
    assert "No quiz questions on “quantum”" in text
    assert "No daily quiz here. Subscribe with /quiz subscribe" in text
    assert (
        "Subscribed: this console gets a daily quiz on Networking & Security at 09:00 Europe/Berlin. "
        "First one: Tue 10 Mar 09:00 CET."
    ) in text
    assert "This console: daily at 09:00 Europe/Berlin, topic Networking & Security — next Tue 10 Mar" in text
    async with await db(settings) as store:
        [sub] = await store.list_subscriptions()
    assert (sub.kind, sub.target_id, sub.guild_id, sub.local_time, sub.timezone) == (
        "channel",
        0,
        0,
        "09:00",
        "Europe/Berlin",
    )
    assert sub.next_run_utc == datetime(2026, 3, 10, 8, 0, tzinfo=UTC)  # planned at once, durably


async def test_defaults_positional_pause_resume_unsubscribe(settings, seed_engine):
    session, _, out = session_for(settings, seed_engine)
    await session.run(
        script(
            "/quiz pause",
            "/quiz subscribe",
            "/quiz subscribe 9:30 pm Asia/Tokyo",
            "/quiz pause",
            "/quiz pause",
            "/quiz subscriptions",
            "/quiz resume",
            "/quiz resume",
            "/quiz unsubscribe",
            "/quiz unsubscribe",
        )
    )
    text = out.getvalue()
    assert "There is no daily quiz here to pause." in text
    assert "gets a daily quiz at 09:00 UTC" in text  # defaults from config.toml
    assert "Updated: this console gets a daily quiz at 21:30 Asia/Tokyo" in text
    assert "Paused: no daily quiz here until /quiz resume." in text
    assert "already paused (paused with /quiz pause)" in text
    assert "— paused (paused with /quiz pause)" in text
    assert "Resumed. This console: daily at 21:30 Asia/Tokyo — next Tue 10 Mar 21:30 JST" in text
    assert "The daily quiz here is not paused." in text
    assert "Unsubscribed: no more daily quizzes here." in text and "There is no daily quiz here." in text


async def test_a_due_quiz_is_printed_once_and_a_letter_answers_it(settings, seed_engine):
    clock = ManualClock(T0)
    bank = QuizBank(it for it in seed_engine.quiz_bank.items if not it.is_cloze)
    session, _, out = session_for(settings, seed_engine, clock, bank)

    async def later(**delta) -> None:
        clock.advance(**delta)
        await settle()

    async def right_letter() -> str:
        async with await db(settings) as store:
            post = await store.latest_open_post(0)
        return letter(bank.by_id[post.item_id])

    await session.run(
        script(
            "/quiz subscribe time:09:00 timezone:UTC",
            lambda: later(minutes=1),  # 08:59: not yet
            lambda: later(minutes=1, seconds=1),  # 09:00:01
            lambda: later(hours=5),
            right_letter,
        )
    )
    text = out.getvalue()
    assert text.count("Daily quiz for 2026-03-10") == 1
    before, after = text.split("Daily quiz for 2026-03-10")
    assert "First one: Tue 10 Mar 09:00 UTC" in before
    assert "Type a letter (A–" in after and "Correct!" in after
    async with await db(settings) as store:
        [sub] = await store.list_subscriptions()
        [delivery] = await deliveries(store, sub.id)
        assert (delivery.local_date, delivery.status) == (DAY, "sent")
        assert delivery.claimed_at == datetime(2026, 3, 10, 9, 0, 1, tzinfo=UTC)  # when due, not before
        assert (await store.get_post(delivery.post_id)).subscription_id == sub.id
        assert sub.next_run_utc == datetime(2026, 3, 11, 9, 0, tzinfo=UTC)


async def test_a_second_session_the_same_day_posts_none(settings, seed_engine):
    clock = ManualClock(T0)
    first, _, out1 = session_for(settings, seed_engine, clock)

    async def later(c, **delta) -> None:
        c.advance(**delta)
        await settle()

    await first.run(script("/quiz subscribe time:09:00 timezone:UTC", lambda: later(clock, minutes=3)))
    assert out1.getvalue().count("Daily quiz for") == 1

    clock2 = ManualClock(T0 + timedelta(minutes=30))
    second, _, out2 = session_for(settings, seed_engine, clock2)
    await second.run(
        script(
            "/quiz subscriptions",
            "/quiz subscribe time:09:45 timezone:UTC",  # a later time today: still today's one quiz
            lambda: later(clock2, minutes=20),
            lambda: later(clock2, hours=3),
        )
    )
    text = out2.getvalue()
    assert "Daily quiz" not in text, text
    assert "next Wed 11 Mar 09:00 UTC" in text
    async with await db(settings) as store:
        [sub] = await store.list_subscriptions()
        assert [(d.local_date, d.status) for d in await deliveries(store, sub.id)] == [(DAY, "sent")]
        assert sub.next_run_utc == datetime(2026, 3, 11, 9, 45, tzinfo=UTC)


async def _subscribe_then_leave(settings, engine, at: datetime) -> None:
    session, _, _ = session_for(settings, engine, ManualClock(at))
    await session.run(script("/quiz subscribe time:09:00 timezone:Europe/Berlin"))


async def test_a_run_missed_within_grace_is_posted_at_start_once(settings, seed_engine):
    await _subscribe_then_leave(settings, seed_engine, datetime(2026, 3, 10, 6, 0, tzinfo=UTC))
    # 09:00 Berlin is 08:00 UTC; the session starts 90 minutes late (grace: 180) and nobody types.
    late, _, out = session_for(settings, seed_engine, ManualClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC)))
    await late.run(script())
    assert out.getvalue().startswith("Daily quiz for 2026-03-10")
    again, _, out2 = session_for(settings, seed_engine, ManualClock(datetime(2026, 3, 10, 9, 40, tzinfo=UTC)))
    await again.run(script("/quiz subscriptions"))
    assert "Daily quiz" not in out2.getvalue()
    async with await db(settings) as store:
        assert await store.count_deliveries("sent") == 1 and await store.count_deliveries() == 1


async def test_a_run_missed_beyond_grace_is_skipped(settings, seed_engine):
    await _subscribe_then_leave(settings, seed_engine, datetime(2026, 3, 10, 6, 0, tzinfo=UTC))
    late, _, out = session_for(settings, seed_engine, ManualClock(datetime(2026, 3, 10, 12, 0, tzinfo=UTC)))
    await late.run(script())
    text = out.getvalue()
    assert "Daily quiz" not in text
    assert (
        "The daily quiz for 2026-03-10 (09:00 Europe/Berlin) was missed by 4h00m (grace 3h00m); not posted."
    ) in text
    async with await db(settings) as store:
        [sub] = await store.list_subscriptions()
        assert [(d.local_date, d.status) for d in await deliveries(store, sub.id)] == [(DAY, "skipped")]
        assert sub.next_run_utc == datetime(2026, 3, 11, 8, 0, tzinfo=UTC)
    assert await posts_of(settings) == []


async def test_the_console_never_claims_another_front_ends_subscription(settings, seed_engine):
    """A database shared with the Discord bot: its channel's quiz is not the console's to post."""
    async with await db(settings) as store:
        await store.add_subscription(
            "channel", 123456789, 42, "09:00", "UTC", None, 7, now=datetime(2026, 3, 10, 6, 0, tzinfo=UTC)
        )
    await _subscribe_then_leave(settings, seed_engine, datetime(2026, 3, 10, 6, 0, tzinfo=UTC))
    session, _, out = session_for(settings, seed_engine, ManualClock(datetime(2026, 3, 10, 9, 5, tzinfo=UTC)))
    await session.run(script())
    assert out.getvalue().count("Daily quiz for") == 1
    async with await db(settings) as store:
        discord_sub = await store.find_subscription("channel", 123456789)
        assert await deliveries(store, discord_sub.id) == [] and discord_sub.next_run_utc is None


async def test_a_topic_gone_from_the_notes_pauses_the_subscription(settings, seed_engine):
    clock = ManualClock(T0)
    async with await db(settings) as store:
        await store.add_subscription("channel", 0, 0, "09:00", "UTC", "Vanished Topic", 0, now=T0)
    session, _, out = session_for(settings, seed_engine, clock)

    async def later() -> None:
        clock.advance(minutes=5)
        await settle()

    await session.run(script(later, "/quiz subscriptions"))
    text = out.getvalue()
    assert "The daily quiz here is paused: No quiz questions on “Vanished Topic”" in text
    assert "— paused (No quiz questions on “Vanished Topic”" in text
    assert "Traceback" not in text


# ------------------------------------------------------------------------------------------ the CLI


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "TUTOR_CONFIG")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def _tutor(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*TUTOR, *args], capture_output=True, text=True, timeout=120, env=_env(), cwd=ROOT, **kwargs
    )


def test_tutor_quiz_json_is_the_contract_and_deterministic(seed_settings):
    args = ("quiz", "--config", str(seed_settings.source), "--json", "--count", "3", "--seed", "1")
    first, second = _tutor(*args), _tutor(*args)
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    rows = [json.loads(line) for line in first.stdout.splitlines()]
    assert len(rows) == 3 and len({r["id"] for r in rows}) == 3
    for r in rows:
        assert set(r) == {"id", "kind", "prompt", "choices", "answer", "explanation", "source", "topic"}
        assert isinstance(r["choices"], list)
        if r["kind"] == "cloze":
            assert r["choices"] == [] and isinstance(r["answer"], str)
        else:
            assert isinstance(r["answer"], int) and 0 <= r["answer"] < len(r["choices"])
    other = _tutor("quiz", "--config", str(seed_settings.source), "--json", "--count", "3", "--seed", "2")
    assert other.stdout != first.stdout


def test_tutor_quiz_by_topic_text_and_unknown_topic(seed_settings):
    config = ("--config", str(seed_settings.source))
    topical = _tutor("quiz", *config, "--json", "--count", "0", "--topic", "networking")
    topics = {json.loads(line)["topic"] for line in topical.stdout.splitlines()}
    assert topics == {"Networking & Security"}
    everything = _tutor("quiz", *config, "--json", "--count", "0")
    assert len(everything.stdout.splitlines()) > len(topical.stdout.splitlines()) >= 10
    text = _tutor("quiz", *config, "--count", "2", "--seed", "3")
    assert text.returncode == 0 and text.stdout.startswith("1. [") and "   Answer: " in text.stdout
    assert "   Source: aws-prep-notes.md › " in text.stdout and "2. [" in text.stdout
    unknown = _tutor("quiz", *config, "--topic", "quantum physics")
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert unknown.stderr.count("\n") == 1 and "Traceback" not in unknown.stderr
    assert unknown.stderr.startswith("tutor: error: no quiz items on 'quantum physics'; topics: ")
    for topic in ("Databases & Scaling", "Messaging & Event-Driven Architectures", "Networking & Security"):
        assert topic in unknown.stderr


# -------------------------------------------------------------------------------- end to end, slow


@pytest.mark.slow
def test_tutor_chat_posts_the_daily_quiz_when_due_and_only_once(seed_settings, tmp_path):
    """Real time: `(echo '/quiz subscribe time:<next minute> timezone:UTC'; sleep …) | tutor chat`.

    Takes up to ~75 s (waits for the next minute boundary), so it is marked slow.
    """
    config = tmp_path / "config.toml"
    config.write_text(
        f'[paths]\ncorpus = "{seed_settings.corpus.as_posix()}"\nindex = "{seed_settings.index.as_posix()}"\n'
        f'database = "{(tmp_path / "data" / "tutor.db").as_posix()}"\n',
        encoding="utf-8",
    )
    now = datetime.now(UTC)
    if now.second > 35:  # too close to the boundary: on a busy machine the subscribe could land after it
        time.sleep(61 - now.second)
        now = datetime.now(UTC)
    at = (now + timedelta(minutes=1)).strftime("%H:%M")
    proc = subprocess.Popen(
        [*TUTOR, "chat", "--config", str(config)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=ROOT,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(ln) for ln in proc.stdout], daemon=True).start()
    try:
        proc.stdin.write(f"/quiz subscribe time:{at} timezone:UTC\n")
        proc.stdin.flush()
        seen, deadline = [], time.monotonic() + 85
        while time.monotonic() < deadline and not any("Daily quiz for" in ln for ln in seen):
            with contextlib.suppress(queue.Empty):
                seen.append(lines.get(timeout=1))
        proc.stdin.close()  # end of input: the session exits
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    text = "".join(seen)
    assert f"daily quiz at {at} UTC" in text
    assert "Daily quiz for" in text, text
    assert "Traceback" not in proc.stderr.read()

    again = subprocess.run(
        [*TUTOR, "chat", "--config", str(config)],
        input="/quiz subscriptions\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(),
        cwd=ROOT,
    )
    assert again.returncode == 0 and "Daily quiz" not in again.stdout
    assert "This console: daily at" in again.stdout


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
async def test_the_console_session_stops_cleanly_on_sigterm_and_sigint(seed_settings, tmp_path, sig):
    """`docker stop` / systemd send SIGTERM: the session ends as end of input would (exit 0, store
    closed, no traceback), and what it saved before is there on the next start."""
    db_path = tmp_path / "data" / "tutor.db"
    config = tmp_path / "config.toml"
    config.write_text(
        f'[paths]\ncorpus = "{seed_settings.corpus.as_posix()}"\nindex = "{seed_settings.index.as_posix()}"\n'
        f'database = "{db_path.as_posix()}"\n',
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [*TUTOR, "chat", "--config", str(config)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=_env(), cwd=ROOT,
    )
    try:
        proc.stdin.write("/quiz subscribe time:07:15 timezone:Europe/Berlin\n")
        proc.stdin.flush()
        first = proc.stdout.readline()  # the session is up and has answered
        assert "daily quiz at 07:15 Europe/Berlin" in first
        proc.send_signal(sig)  # stdin stays open: only the signal can end the session
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "Traceback" not in proc.stderr.read()
    async with await db(dataclasses.replace(seed_settings, database=db_path)) as store:
        [sub] = await store.list_subscriptions()
    assert (sub.local_time, sub.timezone) == ("07:15", "Europe/Berlin")
