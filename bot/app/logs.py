"""How the tutor logs: timestamp, level and logger on every line, tracebacks kept for the operator
(never shown to users), and secrets the process knows (the Discord token) masked wherever they would
appear, including inside a traceback or a library's own message."""

from __future__ import annotations

import logging

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MASK = "[redacted]"


class Redact(logging.Filter):
    """Replaces each known secret in a record's message, arguments and traceback text."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        for secret in self.secrets:
            message = message.replace(secret, MASK)
            if record.exc_text:
                record.exc_text = record.exc_text.replace(secret, MASK)
        record.msg, record.args = message, None
        return True


_REDACT = Redact()


def setup_logging(level: int = logging.WARNING) -> None:
    """Configure the root handler once (``tutor`` commands call this first)."""
    logging.basicConfig(level=level, format=FORMAT)
    for handler in logging.getLogger().handlers:
        if _REDACT not in handler.filters:
            handler.addFilter(_REDACT)


def keep_secret(secret: str | None) -> None:
    """From now on ``secret`` never appears in a log line."""
    if secret and len(secret) >= 8:
        _REDACT.secrets.add(secret)
