"""The console session: option parsing, the command table, a scripted session, and `tutor chat` via a pipe."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.console import (
    ConsoleSession,
    OptionError,
    lines_from,
    parse_options,
    stdin_lines,
)

ROOT = Path(__file__).resolve().parents[1]
TUTOR = [sys.executable, "-m", "bot"]


def _session(seed_settings, seed_engine) -> tuple[ConsoleSession, io.StringIO]:
    out = io.StringIO()
    return ConsoleSession(seed_settings, seed_engine, out=out), out


async def _run(session: ConsoleSession, *lines: str) -> int:
    return await session.run(lines_from(lines))


# ------------------------------------------------------------------------------------ options


def test_options_are_name_value_with_spaces_and_colons(seed_settings, seed_engine):
    session, _ = _session(seed_settings, seed_engine)
    ask, _, _ = session.commands.resolve("/ask question:what is a:b")
    assert parse_options("question:what is a:b", ask) == {"question": "what is a:b"}
    assert parse_options("sqs vs sns", ask) == {"question": "sqs vs sns"}  # free text
    with pytest.raises(OptionError, match="needs question:"):
        parse_options("", ask)
    about, _, _ = session.commands.resolve("/about")
    with pytest.raises(OptionError, match="takes no options"):
        parse_options("verbose:yes", about)


def test_the_table_takes_new_commands_with_several_words(seed_settings, seed_engine):
    """How the quiz issues plug in: register handlers; the longest command name wins."""
    session, out = _session(seed_settings, seed_engine)
    seen: list[tuple[str, dict[str, str]]] = []

    @session.commands.command("quiz subscribe", options=("time", "timezone", "topic"), required=("time",),
                              description="daily quiz")
    async def subscribe(s, options):
        seen.append(("subscribe", options))

    @session.commands.command("quiz now", options=("topic",), free_text="topic")
    async def now(s, options):
        seen.append(("now", options))
        s.say("Q1. Which service broadcasts?")

    asyncio.run(_run(session, "/quiz subscribe time:09:00 timezone:Europe/Berlin topic:Messaging & events",
                     "/quiz now networking", "/quiz", "/quiz subscribe timezone:UTC"))
    assert seen == [
        ("subscribe", {"time": "09:00", "timezone": "Europe/Berlin", "topic": "Messaging & events"}),
        ("now", {"topic": "networking"}),
    ]
    text = out.getvalue()
    assert "Q1. Which service broadcasts?" in text
    assert "/quiz needs a subcommand" in text and "/quiz now" in text
    assert "needs time:" in text
    # A copy per session: what this session registered did not reach the global table.
    fresh = ConsoleSession(seed_settings, seed_engine).commands.commands
    assert all(c.handler not in (subscribe, now) for c in fresh.values())


# ------------------------------------------------------------------------------------ a session


def test_a_session_answers_follows_up_and_runs_commands(seed_settings, seed_engine):
    session, out = _session(seed_settings, seed_engine)
    status = asyncio.run(_run(session, "sqs vs sns", "and kinesis?", "/ask question:what is route 53",
                              "/about", "/help", "/nope"))
    text = out.getvalue()
    assert status == 0
    assert "SQS vs SNS\n" in text and "SQS vs SNS vs Kinesis" in text
    assert "Route 53" in text
    assert "Chunks:" in text and "Model: all-MiniLM-L6-v2" in text
    assert "/ask question:<question>" in text
    assert "Unknown command /nope" in text and "/ask" in text.split("Unknown command /nope")[1]


@pytest.mark.parametrize(
    ("line", "fragment"),
    [("🙂🙂", "in words"), ("x" * 4000, "4,000 characters"), ("```rm -rf```", "in words"),
     ("/ask", "needs question:")],
)
def test_bad_input_gets_one_clear_line(seed_settings, seed_engine, line, fragment):
    session, out = _session(seed_settings, seed_engine)
    asyncio.run(_run(session, line))
    assert fragment in out.getvalue() and "Traceback" not in out.getvalue()


def test_a_failing_handler_is_one_line_not_a_traceback(seed_settings, seed_engine, caplog):
    session, out = _session(seed_settings, seed_engine)

    @session.commands.command("boom")
    async def boom(s, options):
        raise RuntimeError("kaput")

    assert asyncio.run(_run(session, "/boom", "what is sqs")) == 0
    assert "something went wrong" in out.getvalue() and "SQS" in out.getvalue()  # still running
    assert not [r for r in caplog.records if r.exc_info]


def test_background_work_runs_while_waiting_for_input(seed_settings, seed_engine):
    """The subscriptions issue needs this: post a due quiz while the user has not typed anything."""
    session, out = _session(seed_settings, seed_engine)

    async def slow_input():
        await asyncio.sleep(0.05)
        yield "/quit"
        yield "never read"

    async def post_due_quiz():
        await asyncio.sleep(0.01)
        session.say("📬 Your daily quiz is here")

    async def main():
        session.start_task(post_due_quiz(), name="quiz")
        return await session.run(slow_input())

    assert asyncio.run(main()) == 0
    assert out.getvalue().startswith("📬 Your daily quiz is here") and "never read" not in out.getvalue()


def test_stdin_lines_reads_a_blocking_stream_until_eof():
    async def collect():
        return [line async for line in stdin_lines(io.StringIO("a\nb\n"))]

    assert asyncio.run(collect()) == ["a\n", "b\n"]


# ------------------------------------------------------------------------------------ the CLI


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "TUTOR_CONFIG")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_tutor_chat_from_a_pipe_prints_answers_and_exits_0(seed_settings):
    result = subprocess.run(
        [*TUTOR, "chat", "--config", str(seed_settings.source)],
        input="sqs vs sns\nand kinesis?\n/about\n", capture_output=True, text=True, timeout=120, env=_env(),
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("SQS vs SNS\n")  # no banner or prompt when stdin is a pipe
    assert "SQS vs SNS vs Kinesis" in result.stdout and "Chunks:" in result.stdout
    assert not [ln for ln in result.stdout.splitlines() if ln.startswith("›")]  # no prompt
    assert "Traceback" not in result.stderr


def test_tutor_run_without_a_token_is_the_console(seed_settings):
    result = subprocess.run(
        [*TUTOR, "run", "--config", str(seed_settings.source)],
        input="what is sqs\n", capture_output=True, text=True, timeout=120, env=_env(), cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "SQS" in result.stdout


def test_tutor_sync_without_a_token_is_one_line(seed_settings):
    result = subprocess.run([*TUTOR, "sync", "--config", str(seed_settings.source)], capture_output=True,
                            text=True, timeout=60, env=_env(), cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "DISCORD_TOKEN" in result.stderr


def test_tutor_chat_without_an_index_is_one_line(tmp_path):
    (tmp_path / "config.toml").write_text('[paths]\ncorpus = "corpus"\nindex = "index"\n')
    result = subprocess.run([*TUTOR, "chat", "--config", str(tmp_path / "config.toml")], input="",
                            capture_output=True, text=True, timeout=60, env=_env(), cwd=ROOT)
    assert result.returncode == 2 and "tutor index" in result.stderr and "Traceback" not in result.stderr
