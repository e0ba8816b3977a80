"""`tutor`: the command line. Every command takes --config; errors are one line, never a traceback."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.app.logs import keep_secret, setup_logging
from bot.config import ConfigError, Settings, load_settings
from bot.search.embedder import ModelError
from bot.search.index_store import IndexError_

log = logging.getLogger("tutor")


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 2."""


def _common(p: argparse.ArgumentParser, paths: Sequence[str] = ("index",)) -> None:
    p.add_argument("--config", help="config file (default ./config.toml or $TUTOR_CONFIG)")
    if "corpus" in paths:
        p.add_argument("--corpus", help="notes folder (default: from config)")
    if "index" in paths:
        p.add_argument("--index", help="index folder (default: from config)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tutor", description="A study tutor that answers from your notes.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("index", help="build or update the index from the notes")
    _common(p, ("corpus", "index"))
    p.add_argument("--json", action="store_true", help="print one JSON object with the counts")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("chunks", help="list the indexed chunks")
    _common(p)
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.set_defaults(func=cmd_chunks)

    p = sub.add_parser(
        "ask", help="answer a question from the notes ('-' reads one question a line from stdin)"
    )
    _common(p)
    p.add_argument("-k", type=int, default=None, help="passages to retrieve (default: config answer.top_k)")
    p.add_argument("--json", action="store_true", help="one JSON object per question")
    p.add_argument("question", nargs="+", help="the question, or - for stdin")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", help="score the engine on question sets (JSON lines), each on its own notes")
    _common(p)
    p.add_argument(
        "sets",
        nargs="+",
        metavar="FILE[=NOTES]",
        help="question set, e.g. ../shared/eval/dev.jsonl; with =NOTES it is scored on that notes folder "
        "(indexed into .eval-cache/ beside the config), else on the configured index",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("chat", help="a console session: ask questions and use /commands as on Discord")
    _common(p)
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("run", help="run the Discord bot (DISCORD_TOKEN or discord.token_file), else chat")
    _common(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("sync", help="log in to Discord, sync the slash commands, print what was synced")
    _common(p, ())
    p.add_argument("--json", action="store_true", help="one JSON object a line: {guild, commands}")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("quiz", help="print quiz items generated from the notes (no model needed)")
    _common(p)
    p.add_argument("--count", type=int, default=5, help="how many items (default 5; 0: all, in index order)")
    p.add_argument("--topic", help="only items on this topic (a top heading; a word of it is enough)")
    p.add_argument("--seed", type=int, default=None, help="sample deterministically (default: random)")
    p.add_argument(
        "--audit",
        type=int,
        metavar="N",
        help="print N random items for grading, drawn in proportion to the kinds in the bank: "
        "stem, choices with the key marked, explanation and the source line",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help='one JSON object a line: {"id", "kind", "prompt", '
        '"choices", "answer", "explanation", "source", "topic"}',
    )
    p.set_defaults(func=cmd_quiz)

    p = sub.add_parser("db", help="the database: upgrade its schema, or check what it holds")
    p.add_argument("action", choices=("upgrade", "check"), help="upgrade: run the migrations; check: report")
    _common(p, ())
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=cmd_db)

    for extra in _EXTRA_COMMANDS:
        extra(sub)
    return parser


_EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = []


def settings_for(args: argparse.Namespace) -> Settings:
    settings = load_settings(getattr(args, "config", None))
    return settings.with_paths(getattr(args, "corpus", None), getattr(args, "index", None))


def cmd_index(args: argparse.Namespace) -> int:
    from bot.engine import index_notes

    settings = settings_for(args)
    if not settings.corpus.is_dir():
        raise CliError(
            f"corpus folder not found: {settings.corpus} (set paths.corpus in config.toml or pass --corpus)"
        )
    stats = index_notes(
        settings,
        warn=lambda m: print(f"warning: {m}", file=sys.stderr),
        progress=not args.json and sys.stderr.isatty(),
    )
    if args.json:
        print(json.dumps(stats.to_json()))
    else:
        state = "up to date" if not stats.changed else "updated"
        print(
            f"index {state}: {stats.files} files, {stats.chunks} chunks "
            f"({stats.embedded} embedded, {stats.reused} reused, {stats.removed} removed) "
            f"in {stats.seconds:.2f}s"
        )
        if stats.files == 0:
            found = ".md, .markdown, .mdx, .txt, .Rmd or .qmd"
            print(f"note: no {found} notes found in {settings.corpus}", file=sys.stderr)
    return 0


def cmd_chunks(args: argparse.Namespace) -> int:
    from bot.search.index_store import load_index

    settings = settings_for(args)
    index = load_index(settings.index)
    for c in index.chunks:
        if args.json:
            rec = {
                "id": c.id,
                "source": c.source,
                "heading": c.heading_path,
                "lines": [c.start, c.end],
                "tokens": c.tokens,
                "text": c.text,
            }
            print(json.dumps(rec, ensure_ascii=False))
        else:
            print(f"{c.id}  {c.source}:{c.start}-{c.end}  {c.tokens:>3} tok  {c.heading_path}")
    return 0


def cmd_quiz(args: argparse.Namespace) -> int:
    import random

    from bot.quiz.audit import audit_header, audit_sample, format_audit
    from bot.quiz.bank import NO_QUESTIONS, QuizBank
    from bot.quiz.grading import filter_items
    from bot.quiz.items import LETTERS, post_title
    from bot.search.index_store import load_index

    settings = settings_for(args)
    if args.count < 0:
        raise CliError("--count must be 0 (all) or more")
    index = load_index(settings.index)  # the quiz bank is in the index's extras: no model to load
    bank = QuizBank.from_records(index.extras.get("quiz", []))
    if "quiz" not in index.extras:
        raise CliError(f"the index in {settings.index} has no quiz bank: run `tutor index` to rebuild it")
    if not bank.items:
        raise CliError(NO_QUESTIONS[0].lower() + NO_QUESTIONS[1:])
    items = filter_items(bank.items, args.topic)
    if not items:
        raise CliError(f"no quiz items on {args.topic!r}; topics: {'; '.join(bank.topics)}")
    if args.audit is not None:
        if args.audit < 1:
            raise CliError("--audit must be at least 1")
        sample = audit_sample(items, args.audit, args.seed)
        if args.json:
            for item in sample:
                print(json.dumps(item.to_json(), ensure_ascii=False))
        else:
            print(audit_header(sample, items) + "\n")
            print("\n\n".join(format_audit(n, item) for n, item in enumerate(sample, 1)))
        return 0
    if args.count and args.count < len(items):
        items = random.Random(args.seed).sample(items, args.count)
    for n, item in enumerate(items, 1):
        if args.json:
            print(json.dumps(item.to_json(), ensure_ascii=False))
            continue
        lines = [f"{n}. [{item.kind}] {post_title(item.headline)}", f"   {item.question}"]
        lines += [f"   {LETTERS[i]}) {c}" for i, c in enumerate(item.choices)]
        answer = item.answer_text if item.is_cloze else f"{LETTERS[item.answer]}) {item.answer_text}"
        lines += [f"   Answer: {answer}", f"   Why: {item.explanation}", f"   Source: {item.source}", ""]
        print("\n".join(lines))
    return 0


def load_engine(settings: Settings):
    from bot.engine import Engine

    return Engine.load(settings)


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.engine import QuestionError
    from bot.render import answer_json, answer_text

    settings = settings_for(args)
    if args.k is not None and args.k < 1:
        raise CliError("-k must be at least 1")
    engine = load_engine(settings)
    questions = sys.stdin if args.question == ["-"] else [" ".join(args.question)]
    status = 0
    for raw in questions:
        question = raw.strip()
        if args.question == ["-"] and not question:
            continue
        try:
            answer = engine.ask(question, args.k)
        except QuestionError as exc:
            if args.json:
                print(json.dumps({"question": question, "error": str(exc)}), flush=True)
            else:
                print(f"tutor: {exc}", file=sys.stderr)
            status = 2
            continue
        if args.json:
            print(json.dumps(answer_json(answer), ensure_ascii=False), flush=True)
        else:
            print(answer_text(answer))
            if args.question == ["-"]:
                print()
    return status


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.evaluate import evaluate, format_report, format_rows, load_questions
    from bot.render import answer_json

    settings = settings_for(args)
    plans = []
    for spec in args.sets:
        file, _, notes = spec.partition("=")
        path = Path(file)
        if not path.is_file():
            raise CliError(f"question set not found: {path}")
        if notes and not Path(notes).is_dir():
            raise CliError(f"notes folder not found: {notes}")
        try:
            plans.append((path, Path(notes) if notes else None, load_questions(path)))
        except ValueError as exc:
            raise CliError(str(exc)) from None
    results = []
    for path, notes, questions in plans:
        engine = load_engine(_eval_settings(settings, path, notes) if notes else settings)
        results.append((path.stem, evaluate(questions, lambda q, e=engine: answer_json(e.ask(q)))))
    if args.json:
        out = [{"set": name, **r.to_json()} for name, r in results]
        print(json.dumps(out[0] if len(out) == 1 else out))
    elif len(results) == 1:
        print(format_report(results[0][1]))
    else:
        print(format_rows(results))
    return 0


def _eval_settings(settings: Settings, questions: Path, notes: Path) -> Settings:
    """Settings that index ``notes`` into a cache folder of its own (incremental on later runs)."""
    from bot.engine import index_notes

    cache = settings.base_dir / ".eval-cache" / questions.stem
    local = settings.with_paths(str(notes.resolve()), str(cache))
    index_notes(local, warn=lambda m: print(f"warning: {m}", file=sys.stderr))
    return local


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.console import chat

    settings = settings_for(args)
    return chat(settings, load_engine(settings))


def _discord_token(settings: Settings) -> str | None:
    from bot.discord_app import StartupError, resolve_token

    try:
        return resolve_token(settings)
    except StartupError as exc:
        raise CliError(str(exc)) from None


def cmd_run(args: argparse.Namespace) -> int:
    settings = settings_for(args)
    token = _discord_token(settings)
    keep_secret(token)
    engine = load_engine(settings)  # a missing index is one line here, not a failure after connecting
    if token is None:
        if sys.stdin.isatty():
            print("No DISCORD_TOKEN (or discord.token_file): starting the console session.", file=sys.stderr)
        from bot.console import chat

        return chat(settings, engine)
    from bot.discord_app import StartupError, run_discord

    logging.getLogger("tutor").setLevel(logging.INFO)
    logging.getLogger("discord").setLevel(logging.INFO)
    try:
        return run_discord(settings, token, engine)
    except StartupError as exc:
        raise CliError(str(exc)) from None


def cmd_db(args: argparse.Namespace) -> int:
    """`tutor db upgrade` migrates the configured database to the current schema (opening it does the
    same); `tutor db check` says which backend and revision it is at and how much it holds."""
    import asyncio

    from bot.app.store import Store, StoreError, redacted
    from bot.app.store.base import one_line

    settings = settings_for(args)
    where = redacted(settings.database)

    async def check() -> dict[str, object]:
        async with await Store.open(settings.database) as store:
            return await store.report()

    try:
        report = asyncio.run(check())
    except (StoreError, OSError) as exc:
        raise CliError(f"database {where}: {one_line(exc)}") from None
    except Exception as exc:  # noqa: BLE001 - a corrupt file or a refused connection is one line
        raise CliError(f"database {where} can't be used: {one_line(exc)}") from None
    if args.json:
        print(json.dumps(report))
    elif args.action == "upgrade":
        print(f"{report['database']}: {report['backend']}, schema {report['revision']} (current)")
    else:
        counts = ", ".join(f"{n} {table}" for table, n in report["counts"].items())  # type: ignore[union-attr]
        head = f"{report['database']}: {report['backend']}, schema {report['revision']}"
        print(f"{head} (code: {report['head']})")
        print(f"{report['active_subscriptions']} active subscriptions, {report['deliveries_in_flight']} "
              f"deliveries being sent; {counts}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    settings = settings_for(args)
    token = _discord_token(settings)
    keep_secret(token)
    if token is None:
        raise CliError("no token: set DISCORD_TOKEN or discord.token_file in config.toml")
    from bot.discord_app import StartupError, describe_sync, sync_once

    try:
        for result in sync_once(settings, token):
            print(json.dumps(result) if args.json else describe_sync(result))
    except StartupError as exc:
        raise CliError(str(exc)) from None
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except (CliError, ConfigError, IndexError_, ModelError) as exc:
        print(f"tutor: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
