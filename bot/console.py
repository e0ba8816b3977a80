"""The console session: the bot without Discord, in a terminal or behind a pipe.

It behaves like a channel: a plain line is a question, `/ask question:...`, `/about` and `/help` are typed
as on Discord with options as ``name:value``. Commands live in a table (``COMMANDS``) so other modules can
add theirs (the quiz issues register ``/quiz ...``) without touching this file: decorate a handler with
``@console_command("quiz now", options=("topic",))`` in a module listed in ``CONSOLE_EXTENSIONS``.

The loop is asyncio, not a blocking ``input()`` loop, because the session must keep doing work while it
waits for the next line (posting a subscribed quiz when it falls due). Stdin is read on a daemon thread
that feeds an asyncio queue, so Ctrl-C or end of input never waits on a blocked read.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import re
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from bot.app.asking import BadQuestion, about_fields, check_question
from bot.app.runtime import Busy, Runtime, stop_on_signals
from bot.questions import is_follow_up

if TYPE_CHECKING:
    from bot.answer import Answer
    from bot.config import Settings
    from bot.engine import Engine

log = logging.getLogger("tutor.console")

# The console stands in for one Discord user in one channel (quiz answers and subscriptions need ids).
CONSOLE_USER_ID = 0
CONSOLE_CHANNEL_ID = 0

Handler = Callable[["ConsoleSession", dict[str, str]], Awaitable[None]]
LineHook = Callable[["ConsoleSession", str], Awaitable[bool]]
StartHook = Callable[["ConsoleSession"], Awaitable[None]]


class OptionError(ValueError):
    """A command line whose options cannot be read; the message is the reply."""


@dataclass(frozen=True)
class ConsoleCommand:
    """One slash command as typed in the console. ``name`` may have several words ("quiz subscribe")."""

    name: str
    handler: Handler
    options: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    description: str = ""
    free_text: str | None = None  # the option that takes text typed without a name ("/ask sqs vs sns")

    @property
    def usage(self) -> str:
        shown = [f"{o}:<{o}>" if o in self.required else f"[{o}:…]" for o in self.options]
        return " ".join([f"/{self.name}", *shown])


@dataclass
class CommandTable:
    """Slash commands by name; longest name wins, so "/quiz subscribe" and "/quiz now" can coexist."""

    commands: dict[str, ConsoleCommand] = field(default_factory=dict)

    def add(self, command: ConsoleCommand) -> ConsoleCommand:
        self.commands[command.name] = command
        return command

    def command(
        self,
        name: str,
        *,
        options: Iterable[str] = (),
        required: Iterable[str] = (),
        description: str = "",
        free_text: str | None = None,
    ) -> Callable[[Handler], Handler]:
        """Decorator registering an async ``handler(session, options)``."""

        def wrap(handler: Handler) -> Handler:
            self.add(
                ConsoleCommand(
                    " ".join(name.split()), handler, tuple(options), tuple(required), description, free_text
                )
            )
            return handler

        return wrap

    def copy(self) -> CommandTable:
        return CommandTable(dict(self.commands))

    def resolve(self, line: str) -> tuple[ConsoleCommand | None, str, str]:
        """'/quiz now topic:x' -> (command, 'topic:x', 'quiz now'); unknown -> (None, rest, typed name)."""
        body = line.strip()[1:]
        parts = body.split()
        for n in range(len(parts), 0, -1):
            name = " ".join(parts[:n]).lower()
            if name in self.commands:
                rest = re.split(r"\s+", body.strip(), maxsplit=n)
                return self.commands[name], (rest[n] if len(rest) > n else ""), name
        return None, body, parts[0].lower() if parts else ""

    def starting_with(self, prefix: str) -> list[ConsoleCommand]:
        return [c for n, c in sorted(self.commands.items()) if n.split()[0] == prefix]

    def __iter__(self):
        return iter(sorted(self.commands.values(), key=lambda c: c.name))


def parse_options(text: str, command: ConsoleCommand) -> dict[str, str]:
    """``name:value`` pairs for the command's known options; values may contain spaces and colons.

    Only ``name:`` keys that match a known option start a new value, so "question:what is a:b" reads as
    one question. Text before the first key goes to the command's free-text option, if it has one.
    """
    values: dict[str, str] = {}
    text = text.strip()
    if command.options:
        names = "|".join(re.escape(o) for o in sorted(command.options, key=len, reverse=True))
        keys = list(re.finditer(rf"(?:(?<=\s)|^)({names}):", text, re.IGNORECASE))
    else:
        keys = []
    lead = text[: keys[0].start()] if keys else text
    if lead.strip():
        if command.free_text is None:
            known = ", ".join(f"{o}:" for o in command.options) or "no options"
            raise OptionError(f"/{command.name} takes {known} (try /help).")
        values[command.free_text] = lead.strip()
    for i, m in enumerate(keys):
        end = keys[i + 1].start() if i + 1 < len(keys) else len(text)
        values[m.group(1).lower()] = text[m.end() : end].strip()
    missing = [o for o in command.required if not values.get(o)]
    if missing:
        needs = ", ".join(f"{o}:" for o in missing)
        raise OptionError(f"/{command.name} needs {needs} — usage: {command.usage}")
    return values


# The table every new session starts from. Other modules add to it at import time.
COMMANDS = CommandTable()
console_command = COMMANDS.command
# Modules imported when a session starts, so their @console_command / on_console_start run (e.g. quiz).
CONSOLE_EXTENSIONS: list[str] = ["bot.console_quiz"]
# Async hooks run when a session starts (e.g. the quiz dispatcher); they may call session.start_task().
START_HOOKS: list[StartHook] = []


def on_console_start(hook: StartHook) -> StartHook:
    START_HOOKS.append(hook)
    return hook


class ConsoleSession:
    """One console conversation. Never raises to its caller for anything the user types."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine | None = None,
        *,
        out: TextIO | None = None,
        commands: CommandTable | None = None,
        interactive: bool = False,
        user_id: int = CONSOLE_USER_ID,
        channel_id: int = CONSOLE_CHANNEL_ID,
    ) -> None:
        load_extensions()
        self.settings = settings
        self.runtime = Runtime(settings, engine)
        self.out = out or sys.stdout
        self.commands = commands or COMMANDS.copy()
        self.interactive = interactive
        self.user_id = user_id
        self.channel_id = channel_id
        self.previous_question: str | None = None
        self.running = True
        # Consulted before a plain line is read as a question (e.g. a quiz answer typed as "B").
        self.line_hooks: list[LineHook] = []
        self.state: dict[str, Any] = {}  # per-session data for extensions
        self._tasks: set[asyncio.Task] = set()
        self._said = False

    # -- output ------------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        """Post to the 'channel'. Replies are separated by a blank line, as messages would be."""
        if self._said:
            print(file=self.out)
        print(text, file=self.out, flush=True)
        self._said = True

    # -- engine ------------------------------------------------------------------------------------
    async def engine(self) -> Engine:
        return await self.runtime.get_engine()

    async def ask(self, question: str, context: str | None = None) -> Answer:
        """Answer on the engine's threads: the loop stays free for background work (due quizzes)."""
        return await self.runtime.ask(question, context)

    async def answer_question(self, raw: str) -> None:
        """The console's version of a message in a study channel: check, answer, remember for follow-ups."""
        from bot.engine import QuestionError
        from bot.render import answer_text

        try:
            question = check_question(raw)
        except BadQuestion as exc:
            self.say(str(exc))
            return
        context = self.previous_question if is_follow_up(question) else None
        try:
            answer = await self.ask(question, context)
        except (QuestionError, Busy) as exc:
            self.say(str(exc))
            return
        self.previous_question = answer.question
        self.say(answer_text(answer))

    # -- background work ---------------------------------------------------------------------------
    def start_task(self, coro: Awaitable[Any], name: str | None = None) -> asyncio.Task:
        """Run something alongside the input loop (cancelled when the session ends); errors are logged."""
        task = asyncio.ensure_future(coro)
        if name:
            task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            log.warning("background task %s failed: %s: %s", task.get_name(), type(exc).__name__, exc)

    # -- dispatch ----------------------------------------------------------------------------------
    async def handle_line(self, line: str) -> None:
        """One line of input, as one message in a channel. Errors become one line, never a traceback."""
        line = line.strip()
        if not line:
            return
        try:
            if line.startswith("/") and not line.startswith("//"):
                await self._command(line)
                return
            for hook in list(self.line_hooks):
                if await hook(self, line):
                    return
            await self.answer_question(line)
        except Exception as exc:  # noqa: BLE001 - the session must survive anything a line triggers
            log.warning("console: %s failed: %s: %s", line[:60], type(exc).__name__, exc)
            self.say(f"Sorry, something went wrong with that ({type(exc).__name__}). Try again, or /help.")

    async def _command(self, line: str) -> None:
        command, rest, typed = self.commands.resolve(line)
        if command is None:
            group = self.commands.starting_with(typed)
            if group:
                self.say(f"/{typed} needs a subcommand: " + ", ".join(c.usage for c in group))
            else:
                names = ", ".join(f"/{c.name}" for c in self.commands)
                self.say(
                    f"Unknown command /{typed}. Commands: {names}. Type a question without a slash to ask it."
                )
            return
        try:
            options = parse_options(rest, command)
        except OptionError as exc:
            self.say(str(exc))
            return
        await command.handler(self, options)

    async def run(self, lines: AsyncIterator[str]) -> int:
        """Read lines until the input ends (or /quit); returns the exit status (0)."""
        for hook in START_HOOKS:
            try:
                await hook(self)
            except Exception as exc:  # noqa: BLE001 - an extension failing to start must not end the session
                log.warning("console start hook %s failed: %s", getattr(hook, "__name__", hook), exc)
        if self.interactive:
            await self._banner()
        try:
            while self.running:
                if self.interactive:
                    print("\n› " if self._said else "› ", end="", file=self.out, flush=True)
                    self._said = False
                try:
                    line = await anext(lines)
                except StopAsyncIteration:
                    break
                await self.handle_line(line)
        finally:
            for task in list(self._tasks):
                task.cancel()
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            await self.runtime.close()
            if self.interactive:
                print(file=self.out)
        return 0

    async def _banner(self) -> None:
        engine = await self.engine()
        info = engine.about()
        self.say(
            f"Tutor — answering from {info['files']} note file(s), {info['chunks']} chunks. "
            "Type a question, /help for commands, Ctrl-D to leave."
        )


# -- built-in commands ------------------------------------------------------------------------------


@console_command(
    "ask",
    options=("question",),
    required=("question",),
    free_text="question",
    description="answer a question from the notes",
)
async def _ask(session: ConsoleSession, options: dict[str, str]) -> None:
    await session.answer_question(options["question"])


@console_command("about", description="what the tutor knows: notes, chunks, model, index build time")
async def _about(session: ConsoleSession, options: dict[str, str]) -> None:
    engine = await session.engine()
    session.say("\n".join(f"{label}: {value}" for label, value in about_fields(engine.about())))


@console_command("help", description="list the commands")
async def _help(session: ConsoleSession, options: dict[str, str]) -> None:
    width = max(len(c.usage) for c in session.commands)
    lines = ['Type a question to ask it (start with "and …" or "what about …" to follow up). Commands:']
    lines += [f"  {c.usage.ljust(width)}  {c.description}" for c in session.commands]
    session.say("\n".join(lines))


@console_command("quit", description="leave the session (or press Ctrl-D)")
async def _quit(session: ConsoleSession, options: dict[str, str]) -> None:
    session.running = False


# -- input ------------------------------------------------------------------------------------------

_loaded: set[str] = set()


def load_extensions() -> None:
    """Import the modules that add console commands (once per process)."""
    for name in CONSOLE_EXTENSIONS:
        if name not in _loaded:
            importlib.import_module(name)
            _loaded.add(name)


async def stdin_lines(stream: TextIO | None = None) -> AsyncIterator[str]:
    """Lines from a blocking stream without blocking the loop: a daemon thread feeds a queue."""
    stream = stream or sys.stdin
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def pump() -> None:
        try:
            for line in iter(stream.readline, ""):
                loop.call_soon_threadsafe(queue.put_nowait, line)
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            log.warning("console: cannot read input: %s", exc)
        finally:
            with contextlib.suppress(RuntimeError):  # the loop closed first
                loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=pump, name="tutor-stdin", daemon=True).start()
    while (line := await queue.get()) is not None:
        yield line


async def lines_from(items: Iterable[str]) -> AsyncIterator[str]:
    """An async line source from a list (tests and scripted sessions)."""
    for item in items:
        yield item
        await asyncio.sleep(0)


async def run_console(
    settings: Settings,
    engine: Engine | None = None,
    *,
    stream: TextIO | None = None,
    out: TextIO | None = None,
) -> int:
    stream = stream or sys.stdin
    interactive = stream.isatty() and (out or sys.stdout).isatty()
    session = ConsoleSession(settings, engine, out=out, interactive=interactive)
    main = asyncio.current_task()
    stopped: list[bool] = []

    async def stop() -> None:  # SIGTERM/SIGINT: end the session as end of input would
        stopped.append(True)
        if main is not None:
            main.cancel()

    stop_on_signals(stop)
    try:
        return await session.run(stdin_lines(stream))
    except asyncio.CancelledError:
        if not stopped:
            raise
        return 0


def chat(settings: Settings, engine: Engine | None = None) -> int:
    """`tutor chat`: blocking entry point."""
    try:
        return asyncio.run(run_console(settings, engine))
    except KeyboardInterrupt:
        print(file=sys.stdout)
        return 130
