"""`/quiz ...` in the console session, and the daily-quiz dispatcher running alongside it.

The console is one channel with one person in it, so it uses fixed ids (no Discord snowflake is ever 0):

* channel ``session.channel_id`` (0) and user ``session.user_id`` (0), as ``bot.console`` defines them;
* guild ``CONSOLE_GUILD_ID`` (0), not None: the leaderboard and subscription listings are per server, and
  the console is a server of its own;
* its daily quiz is the subscription of kind ``"channel"`` with ``target_id`` 0 (one per database, so every
  console session on the same database shares it, like a channel shared by everyone who opens it).

Everything lives in the store (``Store.open(settings.database)``): the open quiz a typed letter
answers is "the latest open post in the console's channel", so answering still works after a restart, and
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
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from bot.app.quiz import OpenQuiz, QuizApp, QuizUnavailable
from bot.app.quiz_service import (
    LETTERS,
    QuizBank,
    QuizError,
    Reveal,
    leaderboard_text,
    outcome_text,
    question_text,
    report_text,
    reported_text,
    reveal_text,
    stats_text,
)
from bot.app.schedule import (
    Clock,
    Dispatcher,
    DispatchResult,
    RetryPolicy,
    ScheduleError,
    SystemClock,
    parse_local_time,
)
from bot.app.store import LeaderboardEntry, Subscription
from bot.app.subscriptions import confirm_text, describe
from bot.console import ConsoleSession, console_command, on_console_start
from bot.quiz.bank import NO_QUESTIONS
from bot.quiz.items import QuizItem, choice_index, post_title

log = logging.getLogger("tutor.console.quiz")

CONSOLE_GUILD_ID = 0
WHERE = "this console"
MAX_SLEEP = 300.0  # seconds; the dispatcher re-reads the schedule at least this often
_QUESTION_START = re.compile(
    r"^(what|whats|what's|which|who|why|how|when|where|is|are|can|could|does|do|did|should|would|will|"
    r"explain|compare|define|describe|tell|list|and|vs)\b",
    re.IGNORECASE,
)


# ------------------------------------------------------------------------------------ per session


class ConsoleQuiz:
    """The quiz side of one console session: its use cases (``QuizApp``) and its dispatcher. Kept in
    ``session.state``."""

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
        # one person: a new quiz replaces their own last one at once (min_open 0)
        self.app = QuizApp(
            session.runtime, now=lambda: self.clock.now(), seed=seed, bank=bank, min_open=timedelta(0)
        )
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
    async def dispatcher(self) -> Dispatcher:
        if self._dispatcher is None:
            store = await self.app.store()  # QuizUnavailable when the database can't be opened
            self._dispatcher = Dispatcher(
                store,
                self._send,
                clock=self.clock,
                grace=timedelta(minutes=self.session.settings.quiz_grace_minutes),
                concurrency=1,
                retry=RetryPolicy(attempts=2, base_delay=2.0),
                log=log,
                max_sleep=MAX_SLEEP,
                accepts=self._mine,
            )
        return self._dispatcher

    def _mine(self, sub: Subscription) -> bool:
        """Only the console's own subscription: a database shared with the Discord bot holds theirs too."""
        return sub.kind == "channel" and sub.target_id == self.channel_id

    async def subscription(self) -> Subscription | None:
        return await self.app.find("channel", self.channel_id)

    async def schedule_changed(self) -> None:
        """A subscription was added, changed or resumed: plan its next run now (durably) and re-plan
        the sleep, so a quiz due in a minute is not waiting behind a five-minute sleep."""
        dispatcher = await self.dispatcher()
        try:
            self._report(await dispatcher.schedule_new(self.clock.now()))
        finally:
            dispatcher.wake()

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
    async def post(self, topic: str | None) -> QuizItem:
        """A quiz for the console's person now (spaced repetition: due and missed items first), printed.
        Raises QuizError for an unknown topic or an empty bank."""
        posted = await self.app.quiz_now(self.channel_id, CONSOLE_GUILD_ID, self.user_id, topic)
        earlier = self.reveals_text(posted.reveals)
        if earlier:
            self.session.say(earlier)
        item = posted.item
        title = post_title(item.headline)
        self.session.say(f"{title}\n{question_text(item)}\n{answer_hint(item)}")
        return item

    async def _send(self, sub: Subscription, local_date: Any) -> int:
        """The dispatcher's sender: today's quiz of the console's subscription, printed."""
        posted = await self.app.daily(sub, self.channel_id, local_date)  # vanished topic: paused
        item = posted.item
        earlier = self.reveals_text(posted.reveals)
        title = f"Daily quiz for {local_date}" + (f" · {item.headline}" if item.headline else "")
        text = f"{title}\n{question_text(item)}\n{answer_hint(item)}"
        self.announce(f"{earlier}\n\n{text}" if earlier else text)
        return posted.post_id

    # -- the dispatcher loop ---------------------------------------------------------------------
    async def dispatch_once(self) -> None:
        """Post what is due now (and catch up a run missed within the grace window).

        If the session ends while runs are being posted, they are finished first: they are already
        claimed, and a claimed run that is never printed is a lost quiz.
        """
        dispatcher = await self.dispatcher()
        task = asyncio.ensure_future(dispatcher.dispatch_due())
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
        dispatcher = await self.dispatcher()
        while True:
            dispatcher.clear_wake()
            try:
                await self.dispatch_once()
                delay = await dispatcher.seconds_until_next_run()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - the session must outlive a failed dispatch
                log.warning(
                    "daily quiz dispatch failed (%s: %s); trying again in 60 s", type(exc).__name__, exc
                )
                delay = 60.0
            await dispatcher.sleep_or_wake(delay)

    # -- answering -----------------------------------------------------------------------------
    async def open_quiz(self) -> OpenQuiz | None:
        """The console's latest open quiz, its item, and whether it has been answered."""
        return await self.app.open_quiz(self.channel_id)

    async def answer(self, found: OpenQuiz, response: str | int) -> None:
        outcome = await self.app.answer(found.post.id, self.user_id, response, CONSOLE_GUILD_ID)
        self.session.say(outcome_text(outcome))


def letters(item: QuizItem) -> str:
    return f"A–{LETTERS[len(item.choices) - 1]}"


def answer_hint(item: QuizItem) -> str:
    if item.is_cloze:
        return "Type the missing words to answer (or /quiz answer answer:…)."
    return f"Type a letter ({letters(item)}) to answer."


def read_choice(item: QuizItem, text: str) -> int | str | None:
    """A typed letter or number for a multiple-choice item: its index, "" when out of range, else None."""
    index = choice_index(text)
    if index is None:
        return None
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
        item = found.item
        response = looks_like_answer(item, line, found.answered)
        if response is None:
            return False
        if response == "":
            if item.is_cloze:
                session.say("That quiz is fill-in-the-blank: type the missing words.")
            else:
                session.say(f"That quiz has choices {letters(item)}: type one of those letters.")
            return True
        await quiz.answer(found, response)
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
    item = found.item
    text = options["answer"]
    response: int | str = text
    if not item.is_cloze:
        choice = read_choice(item, text)
        if choice == "":
            session.say(f"That quiz has choices {letters(item)}.")
            return
        if choice is not None:
            response = choice
    await quiz.answer(found, response)


@quiz_command("stats", description="your quiz score: accuracy by topic, streaks")
async def _stats(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    session.say(stats_text(await quiz.app.stats(quiz.user_id)))


@quiz_command("leaderboard", description="the best quiz scores here")
async def _leaderboard(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    entries = await quiz.app.leaderboard(CONSOLE_GUILD_ID)

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
    # the console's person runs the notes: their report counts as a moderator's
    done = await quiz.app.report_latest(
        quiz.channel_id, quiz.user_id, CONSOLE_GUILD_ID, options.get("reason", ""), moderator=True
    )
    if done is None:
        session.say("There is no quiz question to report yet. Try /quiz now.")
        return
    item, outcome = done
    verdict = report_text(outcome, "your quizzes")
    session.say(f"Reported: {item.prompt}\n{verdict} (/quiz reported lists reports.)")


@quiz_command("reported", description="reported quiz questions, to restore one")
async def _reported(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    text = reported_text(await quiz.app.reported(CONSOLE_GUILD_ID))
    session.say(text + ("\nRestore one with /quiz restore id:<id>." if "·" in text else ""))


@quiz_command(
    "restore",
    options=("id",),
    required=("id",),
    free_text="id",
    description="put a reported question back into the quizzes",
)
async def _restore(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    if await quiz.app.restore(CONSOLE_GUILD_ID, options["id"]):
        session.say("Restored: the question is back in your quizzes.")
    else:
        session.say("No reported question has that id. /quiz reported lists them.")


@quiz_command("topics", description="the topics quiz questions come from")
async def _topics(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    bank = await quiz.app.bank()
    if not bank.items:
        session.say(NO_QUESTIONS)
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
    time_text, zone_text = _time_and_zone(options)
    settings = session.settings
    result = await quiz.app.subscribe(
        "channel", quiz.channel_id, CONSOLE_GUILD_ID, quiz.user_id, time_text, zone_text, options.get("topic")
    )
    await quiz.schedule_changed()
    session.say(
        f"{confirm_text(result, WHERE)} Keep a session open to get it; if none is open then, "
        f"the next session posts it if it starts within {settings.quiz_grace_minutes} minutes."
    )


@quiz_command("unsubscribe", description="stop the daily quiz here")
async def _unsubscribe(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    if await quiz.app.unsubscribe("channel", quiz.channel_id):
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
    change = await quiz.app.pause("channel", quiz.channel_id)
    if change.outcome == "none":
        session.say("There is no daily quiz here to pause.")
    elif change.outcome == "unchanged":
        reason = change.subscription.paused_reason if change.subscription else None
        session.say(f"The daily quiz here is already paused ({reason or 'paused'}).")
    else:
        await quiz.schedule_changed()
        session.say("Paused: no daily quiz here until /quiz resume.")


@quiz_command("resume", description="resume the paused daily quiz here")
async def _resume(session: ConsoleSession, quiz: ConsoleQuiz, options: dict[str, str]) -> None:
    change = await quiz.app.resume("channel", quiz.channel_id)
    if change.outcome == "none":
        session.say("There is no daily quiz here. Subscribe with /quiz subscribe time:09:00 timezone:UTC.")
        return
    if change.outcome == "unchanged" or change.subscription is None:
        session.say("The daily quiz here is not paused.")
        return
    await quiz.schedule_changed()
    fresh = await quiz.subscription()
    session.say(f"Resumed. {describe(fresh or change.subscription, 'This console', now=quiz.clock.now())}")
