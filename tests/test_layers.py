"""The layers, read from the imports: core (notes → answers, quiz generation, schedule maths) knows
nothing of the application or the front ends; the application knows no front end; only the Discord
front end imports discord."""

from __future__ import annotations

import ast
import logging
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "bot"
FRONT_ENDS = ("bot.discord_app", "bot.console", "bot.console_quiz", "bot.cli", "bot.__main__")
APPLICATION = ("bot.app",)


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def _under(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def _layer(module: str) -> str:
    if _under(module, FRONT_ENDS):
        return "front end"
    if _under(module, APPLICATION):
        return "application"
    return "core"


def test_each_layer_imports_only_the_layers_below_it():
    below = {"core": {"core"}, "application": {"core", "application"},
             "front end": {"core", "application", "front end"}}
    offenders = []
    for path in sorted(ROOT.rglob("*.py")):
        module = _module(path)
        for name in _imports(path):
            if name.startswith("bot.") and _layer(name) not in below[_layer(module)]:
                offenders.append(f"{module} ({_layer(module)}) imports {name} ({_layer(name)})")
            discord_import = name == "discord" or name.startswith("discord.")
            if discord_import and not _under(module, ("bot.discord_app",)):
                offenders.append(f"{module} imports {name}")
    assert offenders == []


def test_logs_carry_a_timestamp_and_never_the_token(caplog):
    from bot.app.logs import FORMAT, Redact

    token = "MTIzNDU2Nzg5.secret-token-value"
    redact = Redact()
    redact.secrets.add(token)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(redact)
    log = logging.getLogger("tutor.test-logs")
    try:
        raise RuntimeError(f"login failed with {token}")
    except RuntimeError as exc:
        record = log.makeRecord(log.name, logging.ERROR, __file__, 1, "bad token %s", (token,), None)
        record.exc_info = (type(exc), exc, exc.__traceback__)
    assert redact.filter(record)
    line = handler.format(record)
    assert token not in line and "[redacted]" in line
    assert "Traceback" in line and "RuntimeError" in line  # the operator keeps the traceback
    assert line[:4].isdigit() and " ERROR tutor.test-logs: bad token" in line  # 2026-… ERROR name: …
