"""The Discord front end. Only this package imports discord; the core stays plain Python."""

from bot.discord_app.bot import (
    EXTENSIONS,
    StartupError,
    TutorBot,
    create_bot,
    describe_sync,
    resolve_token,
    run_discord,
    sync_commands,
    sync_once,
)

__all__ = [
    "EXTENSIONS",
    "StartupError",
    "TutorBot",
    "create_bot",
    "describe_sync",
    "resolve_token",
    "run_discord",
    "sync_commands",
    "sync_once",
]
