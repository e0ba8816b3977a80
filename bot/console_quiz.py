"""`/quiz ...` in the console session, and the daily-quiz dispatcher running alongside it.

The console is one channel with one person in it, so it uses fixed ids (no Discord snowflake is ever 0):

* channel ``session.channel_id`` (0) and user ``session.user_id`` (0), as ``bot.console`` defines them;
* guild ``CONSOLE_GUILD_ID`` (0), not None: the leaderboard and subscription listings are per server, and
  the console is a server of its own;
* its daily quiz is the subscription of kind ``"channel"`` with ``target_id`` 0 (one per database, so every
  console session on the same database shares it, like a channel shared by everyone who opens it).

Everything lives in the store (``Store(settings.database)``): the open quiz a typed letter answers is
"the latest open post in the console's channel", so answering still works after a restart, and
exactly-once daily delivery comes from the store's delivery claims, so a second session started the
same day posts nothing.

Answers: while a quiz is open, a line that is just a choice's letter ("B", "b)") or number ("2") answers
it; so does a choice typed out exactly, and for a cloze any short line that does not read as a question,
as long as it has not been answered yet. Anything else is still a question to the tutor.
``/quiz answer answer:...`` always answers explicitly.

The dispatcher only serves the console's own subscription (``Dispatcher(accepts=...)``): a database
shared with the Discord bot holds Discord subscriptions, and the console must not claim (steal) their runs.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from bot.console import ConsoleSession, console_command, on_console_start
from bot.quiz.items import QuizItem
from bot.quiz.service import (
    LETTERS,
    QuizBank,
    QuizError,
    QuizService,
    Reveal,
    leaderboard_text,
    outcome_text,
    question_text,
    report_text,
    reported_text,
    reveal_text,
    stats_text,
)
from bot.quiz.subscriptions import confirm_text, describe, subscribe
from bot.schedule import (
    Clock,
    Dispatcher,
    DispatchResult,
    RetryPolicy,
    ScheduleError,
    SystemClock,
    TargetGone,
    parse_local_time,
)
from bot.store import LeaderboardEntry, Post, Store, StoreError, Subscription

log = logging.getLogger("tutor.console.quiz")

CONSOLE_GUILD_ID = 0
WHERE = "this console"
MAX_SLEEP = 300.0  # seconds; the dispatcher re-reads the schedule at least this often
_QUESTION_START = re.compile(
    r"^(what|whats|what's|which|who|why|how|when|where|is|are|can|could|does|do|did|should|would|will|"
    r"explain|compare|define|describe|tell|list|and|vs)\b",
    re.IGNORECASE,
)
_CHOICE = re.compile(r"\(?([A-Za-z]|[1-9])\s*[.):]?")


class QuizUnavailable(RuntimeError):
    """The quiz database cannot be used in this session; the message is for the user."""


# ------------------------------------------------------------------------------------------ targets


# -------------------------------------------------------------------------------------- per session


class ConsoleQuiz:
    """The quiz side of one console session: store, service, dispatcher. Kept in ``session.state``."""

    KEY = "quiz"

    def __init__(
        self,
        session: ConsoleSession,
        clock: Clock | None = None,
        seed: int | None = None,
        bank: QuizBank | None = None,
    ) -> None:
        self.session = session
        self.clock: Clock = clock or SystemClock()
        self.seed = seed
        self._bank = bank  # None: the engine's quiz bank
        self._store: Store | None = None
        self._service: QuizService | None = None
        self._dispatcher: Dispatcher | None = None

    @classmethod
    def of(cls, session: ConsoleSession) -> ConsoleQuiz:
        quiz = session.state.get(cls.KEY)
        if quiz is None:
            quiz = session.state[cls.KEY] = cls(session)
        return quiz

    @classmethod
    def attach(
        cls,
        session: ConsoleSession,
        clock: Clock | None = None,
        seed: int | None = None,
        bank: QuizBank | None = None,
    ) -> ConsoleQuiz:
        """Give a session its quiz side up front (tests inject a clock, a seed or a bank this way)."""
        quiz = session.state[cls.KEY] = cls(session, clock, seed, bank)
        return quiz

    # -- ids -----------------------------------------------------------------------------------
    @property
    def channel_id(self) -> int:
        return self.session.channel_id

    @property
    def user_id(self) -> int:
        return self.session.user_id

    # -- plumbing ------------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        if self._store is None:
            path = self.session.settings.database
            try:
                self._store = Store(path)
            except (sqlite3.Error, OSError, StoreError) as exc:
                raise QuizUnavailable(f"The quiz database {path} can't be opened ({exc}).") from None
        return self._store

    async def db(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """A store or quiz-service call on the runtime's database thread: the console's loop also
        runs the dispatcher, which must not stall while another process holds the write lock."""
        return await self.session.runtime.db(fn, *args, **kwargs)

    async def open_store(self) -> Store:
        return await self.db(lambda: self.store)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
        self._store = self._service = self._dispatcher = None

    async def bank(self) -> QuizBank:
        return self._bank if self._bank is not None else (await self.session.engine()).quiz_bank

    async def service(self) -> QuizService:
        store = await self.open_store()
        if self._service is None or self._service.store is not store:
            self._service = QuizService(store, await self.bank(), now=self.clock.now, seed=self.seed)
        return self._service

    @property
    def dispatcher(self) -> Dispatcher:
        if self._dispatcher is None:
            self._dispatcher = Dispatcher(
                self.store,
                self._send,
                clock=self.clock,
                grace=timedelta(minutes=self.session.settings.quiz_grace_minutes),
                concurrency=1,
                retry=RetryPolicy(attempts=2, base_delay=2.0),
                log=log,
                max_sleep=MAX_SLEEP,
                accepts=self._mine,
                db=self.db,
            )
        return self._dispatcher

    def _mine(self, sub: Subscription) -> bool:
        """Only the console's own subscription: a database shared with the Discord bot holds theirs too."""
        return sub.kind == "channel" and sub.target_id == self.channel_id

    async def subscription(self) -> Subscription | None:
        store = await self.open_store()
        return await self.db(store.find_subscription, "channel", self.channel_id)

    async def schedule_changed(self) -> None:
        """A subscription was added, changed or resumed: plan its next run now (durably) and re-plan
        the sleep, so a quiz due in a minute is not waiting behind a five-minute sleep."""
        try:
            await self.open_store()
            self._report(await self.dispatcher.schedule_new(self.clock.now()))
        finally:
            self.dispatcher.wake()

    # -- output --------------------------------------------------------------------------------
    def announce(self, text: str) -> None:
        """Post something the user did not just ask for (a due quiz): off the prompt line and back."""
        session = self.session
        if session.interactive:
            print(file=session.out)
        session.say(text)
        if session.interactive:
            print("\n› ", end="", file=session.out, flush=True)

    def reveals_text(self, reveals: list[Reveal]) -> str | None:
        """Earlier quizzes closed by a new one; only those nobody answered are worth showing here."""
        unanswered = [r for r in reveals if not r.answered]
        if not unanswered:
            return None
        return "\n\n".join(f"The previous quiz went unanswered. {reveal_text(r)}" for r in unanswered)

    # -- posting -------------------------------------------------------------------------------
    async def post(self, topic: str | None, subscription: Subscription | None = None) -> QuizItem:
        """Pick an item for the console's person (spaced repetition: due and missed items first),
        record the post and print it. Raises QuizError for an unknown topic or an empty bank."""
        service = await self.service()

        def pick_and_post() -> tuple[QuizItem, list[Reveal]]:
            item = service.pick(topic, self.user_id, guild_id=CONSOLE_GUILD_ID)
            _, reveals = service.post(
                item, self.channel_id, CONSOLE_GUILD_ID, subscription.id if subscription else None
            )
            return item, reveals

        item, reveals = await self.db(pick_and_post)
        earlier = self.reveals_text(reveals)
        head = f"Daily quiz — {item.topic}" if subscription else f"Quiz — {item.topic}"
        text = f"{head}\n{question_text(item)}\n{answer_hint(item)}"
        if subscription is not None:
            self.announce(f"{earlier}\n\n{text}" if earlier else text)
        else:
            if earlier:
                self.session.say(earlier)
            self.session.say(text)
        return item

    async def _send(self, sub: Subscription, local_date: Any) -> int:
        """The dispatcher's sender: print the quiz to the console, return its post id."""
        service = await self.service()
        try:
            item = await self.db(service.pick, sub.topic, self.user_id, guild_id=CONSOLE_GUILD_ID)
        except QuizError as exc:  # the topic is gone from the notes: pause, don't retry every day
            raise TargetGone(str(exc)) from None
        post_id, reveals = await self.db(service.post, item, self.channel_id, CONSOLE_GUILD_ID, sub.id)
        earlier = self.reveals_text(reveals)
        text = f"Daily quiz for {local_date} — {item.topic}\n{question_text(item)}\n{answer_hint(item)}"
        self.announce(f"{earlier}\n\n{text}" if earlier else text)
        return post_id

    # -- the dispatcher loop ---------------------------------------------------------------------
    async def dispatch_once(self) -> None:
        """Post what is due now (and catch up a run missed within the grace window).

        If the session ends while runs are being posted, they are finished first: they are already
        claimed, and a claimed run that is never printed is a lost quiz.
        """
        await self.open_store()
        task = asyncio.ensure_future(self.dispatcher.dispatch_due())
        try:
            results = await asyncio.shield(task)
        except asyncio.CancelledError:
            await asyncio.wait({task}, timeout=5)
            raise
        self._report(results)

    def _report(self, results: list[DispatchResult]) -> None:
        for r in results:
            if r.status == "skipped":
                self.announce(
                    f"The daily quiz for {r.local_date} ({r.subscription.local_time} "
                    f"{r.subscription.timezone}) was {r.detail}."
                )
            elif r.status == "gone":
                self.announce(
                    f"The daily quiz here is paused: {r.detail}. "
                    "Use /quiz subscribe (e.g. with another topic) or /quiz resume."
                )
            elif r.status == "failed":
                self.announce(f"The daily quiz for {r.local_date} could not be posted: {r.detail}.")

    async def run_dispatcher(self) -> None:
        """Post due quizzes for as long as the session lives; errors are logged in one line and
        retried a minute later, never raised into the console."""
        try:
            while True:
                self.dispatcher.clear_wake()
                try:
                    await self.dispatch_once()
                    delay = await self.dispatcher.seconds_until_next_run()
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # noqa: BLE001 - the session must outlive a failed dispatch
                    log.warning(
                        "daily quiz dispatch failed (%s: %s); trying again in 60 s", type(exc).__name__, exc
                    )
                    delay = 60.0
                await self.dispatcher.sleep_or_wake(delay)
        finally:
            self.close()

    # -- answering -----------------------------------------------------------------------------
    async def open_quiz(self) -> tuple[Post, QuizItem, bool] | None:
        """The console's latest open quiz, its item, and whether it has been answered."""
        store = await self.open_store()
        post = await self.db(store.latest_open_post, self.channel_id)
        if post is None:
            return None
        service = await self.service()
        item = service.bank.by_id.get(post.item_id)
        if item is None:  # removed by a re-index
            return None
        answered, _ = await self.db(store.post_tally, post.id)
        return post, item, answered > 0

    async def answer(self, post: Post, item: QuizItem, response: str | int) -> None:
        service = await self.service()
        outcome = await self.db(service.answer, post.id, self.user_id, response, CONSOLE_GUILD_ID)
        self.session.say(outcome_text(outcome))


def letters(item: QuizItem) -> str:
    return f"A–{LETTERS[len(item.choices) - 1]}"


def answer_hint(item: QuizItem) -> str:
    if item.is_cloze:
        return "Type the missing words to answer (or /quiz answer answer:…)."
    return f"Type a letter ({letters(item)}) to answer."


def read_choice(item: QuizItem, text: str) -> int | str | None:
    """A typed letter or number for a multiple-choice item: its index, "" when out of range, else None."""
    m = _CHOICE.fullmatch(text.strip())
    if m is None:
        return None
    token = m.group(1)
    index = int(token) - 1 if token.isdigit() else ord(token.upper()) - ord("A")
    return index if 0 <= index < len(item.choices) else ""


def looks_like_answer(item: QuizItem, text: str, answered: bool) -> int | str | None:
    """What a plain line answers, or None when it should go to the tutor as a question.

    A letter or number always counts while a multiple-choice quiz is open (so typing "B" twice says
    "already answered" instead of asking the tutor about "B"; at a cloze it gets a hint to type the
    words). A choice typed out, or a cloze answer,
    only counts while the quiz is unanswered, and a cloze answer must be short and not read as a question.
    """
    text = text.strip()
    if not item.is_cloze:
        choice = read_choice(item, text)
        if choice is not None:
            return choice
        if not answered:
            from bot.text import key

            wanted = key(text)
            for i, c in enumerate(item.choices):
                if wanted and key(c) == wanted:
                    return i
        return None
    if read_choice(item, text) is not None:  # a letter typed at a fill-in-the-blank
        return 0 if answered else ""
    if answered or len(text) > 80 or len(text.split()) > 6 or text.endswith("?"):
        return None
    if " vs " in f" {text.lower()} " or _QUESTION_START.match(text):
        return None
    return text


# ---------------------------------------------------------------------------------------- start up


@on_console_start
async def _start(session: ConsoleSession) -> None:
    """Answers by letter, then the dispatcher: catch up on start, then post as quizzes fall due."""
    session.line_hooks.append(_answer_hook)
    quiz = ConsoleQuiz.of(session)
    try:
        await quiz.dispatch_once()
    except QuizUnavailable as exc:
        log.warning("%s Daily quizzes are off in this session.", exc)
        return
    except Exception as exc:  # noqa: BLE001 - a broken schedule must not stop the session starting
        log.warning("daily quiz catch-up failed: %s: %s", type(exc).__name__, exc)
    session.start_task(quiz.run_dispatcher(), name="tutor-console-quiz-dispatcher")


async def _answer_hook(session: ConsoleSession, line: str) -> bool:
    """A plain line that answers the open quiz; False lets it through as a question. Never raises."""
    quiz = ConsoleQuiz.of(session)
    try:
        found = await quiz.open_quiz()
        if found is None:
            return False
        post, item, answered = found
        response = looks_like_answer(item, line, answered)
        if response is None:
            return False
        if response == "":
            if item.is_cloze:
                session.say("That quiz is fill-in-the-blank: type the missing words.")
            else:
                session.say(f"That quiz has choices {letters(item)}: type one of those letters.")
            return True
        await quiz.answer(post, item, response)
        return True
    except QuizUnavailable:  # said once at start (stderr); every question must not repeat it
        return False
    except Exception as exc:  # noqa: BLE001 - a quiz problem must not swallow the user's question
        log.warning(
            "console quiz: reading %r as an answer failed: %s: %s", line[:40], type(exc).__name__, exc
        )
        return False


# ----------------------------------------------------------------------------------------- commands


def quiz_command(name: str, **kwargs: Any) -> Callable:
    """``@console_command`` whose handler gets the session's ConsoleQuiz, with the user-facing errors
    (unknown topic, bad time or zone, database unavailable) turned into one reply line."""

    def wrap(handler: Callable) -> Callable:
        async def run(session: ConsoleSession, options: dict[str, str]) -> None:
            try:
                await handler(session, ConsoleQuiz.of(session), options)
            except (QuizError, ScheduleError, QuizUnavailable) as exc:
                session.say(str(exc))

        run.__name__ = handler.__name__
        console_command(f"quiz {name}", **kwargs)(run)
        return handler

    return wrap


@quiz_command("now", options=("topic",), free_text="topic", description="a quiz question from the notes")
async def _now(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    await quiz.post(options.get("topic") or None)


@quiz_command(
    "answer",
    options=("answer",),
    required=("answer",),
    free_text="answer",
    description="answer the open quiz (or just type the letter)",
)
async def _answer(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    found = await quiz.open_quiz()
    if found is None:
        session.say("No quiz is waiting for an answer. Try /quiz now.")
        return
    post, item, _ = found
    text = options["answer"]
    response: int | str = text
    if not item.is_cloze:
        choice = read_choice(item, text)
        if choice == "":
            session.say(f"That quiz has choices {letters(item)}.")
            return
        if choice is not None:
            response = choice
    await quiz.answer(post, item, response)


@quiz_command("stats", description="your quiz score: accuracy by topic, streaks")
async def _stats(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    service = await quiz.service()
    session.say(stats_text(await quiz.db(service.stats, quiz.user_id)))


@quiz_command("leaderboard", description="the best quiz scores here")
async def _leaderboard(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    service = await quiz.service()
    entries = await quiz.db(service.leaderboard, CONSOLE_GUILD_ID)

    def name(entry: LeaderboardEntry) -> str:
        return "you" if entry.user_id == quiz.user_id else entry.name or f"user {entry.user_id}"

    session.say(leaderboard_text(entries, name))


@quiz_command(
    "report",
    options=("reason",),
    free_text="reason",
    description="report the last quiz question as bad; it is withdrawn from your quizzes",
)
async def _report(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    store = await quiz.open_store()
    post = await quiz.db(store.latest_post, quiz.channel_id)
    if post is None:
        session.say("There is no quiz question to report yet. Try /quiz now.")
        return
    service = await quiz.service()
    # the console's person runs the notes: their report counts as a moderator's
    item, outcome = await quiz.db(
        service.report, post.id, quiz.user_id, CONSOLE_GUILD_ID, options.get("reason", ""), moderator=True
    )
    session.say(f"Reported: {item.prompt}\n{report_text(outcome)} (/quiz reported lists reports.)")


@quiz_command("reported", description="reported quiz questions, to restore one")
async def _reported(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    service = await quiz.service()
    text = reported_text(await quiz.db(service.reported, CONSOLE_GUILD_ID))
    session.say(text + ("\nRestore one with /quiz restore id:<id>." if "·" in text else ""))


@quiz_command(
    "restore",
    options=("id",),
    required=("id",),
    free_text="id",
    description="put a reported question back into the quizzes",
)
async def _restore(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    service = await quiz.service()
    if await quiz.db(service.restore, CONSOLE_GUILD_ID, options["id"]):
        session.say("Restored: the question is back in your quizzes.")
    else:
        session.say("No reported question has that id. /quiz reported lists them.")


@quiz_command("topics", description="the topics quiz questions come from")
async def _topics(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    bank = await quiz.bank()
    if not bank.items:
        session.say("There are no quiz questions yet: the notes gave none (run `tutor index`).")
        return
    counts = {t: sum(1 for it in bank.items if it.topic == t) for t in bank.topics}
    lines = [f"{len(bank.items)} questions on {len(counts)} topic(s):"]
    lines += [f"  {t} ({n})" for t, n in counts.items()]
    lines.append("Pick one with /quiz now topic:<a word of it>.")
    session.say("\n".join(lines))


def _time_and_zone(options: dict[str, str]) -> tuple[str | None, str | None]:
    """``time:9am timezone:UTC``, or typed without names: "/quiz subscribe 9am Europe/Berlin"."""
    time_text, zone_text = options.get("time") or None, options.get("timezone") or None
    if time_text and not zone_text and " " in time_text:
        try:
            parse_local_time(time_text)
        except ScheduleError:
            head, _, tail = time_text.rpartition(" ")
            return head, tail
    return time_text, zone_text


@quiz_command(
    "subscribe",
    options=("time", "timezone", "topic"),
    free_text="time",
    description="a daily quiz here, at HH:MM or 9am in a time zone",
)
async def _subscribe(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    service = await quiz.service()
    time_text, zone_text = _time_and_zone(options)
    settings = session.settings
    result = await quiz.db(
        subscribe,
        service.store,
        service.bank,
        kind="channel",
        target_id=quiz.channel_id,
        guild_id=CONSOLE_GUILD_ID,
        created_by=quiz.user_id,
        time_text=time_text,
        timezone_text=zone_text,
        topic=options.get("topic"),
        default_time=settings.quiz_default_time,
        default_timezone=settings.quiz_default_timezone,
        now=quiz.clock.now(),
    )
    await quiz.schedule_changed()
    session.say(
        f"{confirm_text(result, WHERE)} Keep a session open to get it; if none is open then, "
        f"the next session posts it if it starts within {settings.quiz_grace_minutes} minutes."
    )


@quiz_command("unsubscribe", description="stop the daily quiz here")
async def _unsubscribe(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    store = await quiz.open_store()
    if await quiz.db(store.remove_subscription, "channel", quiz.channel_id):
        await quiz.schedule_changed()
        session.say("Unsubscribed: no more daily quizzes here.")
    else:
        session.say("There is no daily quiz here. Subscribe with /quiz subscribe time:09:00 timezone:UTC.")


@quiz_command("subscriptions", description="the daily quiz here and when it comes next")
async def _subscriptions(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    sub = await quiz.subscription()
    if sub is None:
        session.say("No daily quiz here. Subscribe with /quiz subscribe time:09:00 timezone:Europe/Berlin.")
        return
    session.say(describe(sub, "This console", now=quiz.clock.now()))


@quiz_command("pause", description="pause the daily quiz here")
async def _pause(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    sub = await quiz.subscription()
    if sub is None:
        session.say("There is no daily quiz here to pause.")
    elif not sub.active:
        session.say(f"The daily quiz here is already paused ({sub.paused_reason or 'paused'}).")
    else:
        await quiz.db(quiz.store.pause_subscription, sub.id, "paused with /quiz pause")
        await quiz.schedule_changed()
        session.say("Paused: no daily quiz here until /quiz resume.")


@quiz_command("resume", description="resume the paused daily quiz here")
async def _resume(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    sub = await quiz.subscription()
    if sub is None:
        session.say("There is no daily quiz here. Subscribe with /quiz subscribe time:09:00 timezone:UTC.")
        return
    if sub.active:
        session.say("The daily quiz here is not paused.")
        return
    await quiz.db(quiz.store.resume_subscription, sub.id)
    await quiz.schedule_changed()
    fresh = await quiz.subscription()
    session.say(f"Resumed. {describe(fresh or sub, 'This console', now=quiz.clock.now())}")
