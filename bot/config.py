"""config.toml -> typed settings, validated up front so a typo names its key instead of failing later."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_CONFIG = "config.toml"
DEFAULT_MODEL = "all-MiniLM-L6-v2"


class ConfigError(ValueError):
    """A config file that cannot be used; the message names the file and key."""


@dataclass(frozen=True)
class Settings:
    """Everything the core and the front ends read from config.toml."""

    base_dir: Path
    corpus: Path
    index: Path
    database: Path | str  # a SQLite file, or a postgresql:// URL
    model: str = DEFAULT_MODEL
    batch_size: int = 64
    chunk_tokens: int = 200
    hnsw_threshold: int = 50000
    top_k: int = 5
    prefix: str = "!"
    guild_ids: tuple[int, ...] = ()
    study_channels: tuple[int, ...] = ()
    ask_cooldown_seconds: float = 5.0
    token_file: Path | None = None
    quiz_default_time: str = "09:00"
    quiz_default_timezone: str = "UTC"
    quiz_grace_minutes: int = 180
    quiz_reveal_after_minutes: int = 720
    shard_count: int | None = None  # several processes: how many shards in all
    shard_ids: tuple[int, ...] = ()  # ... and the ones this process runs (all of them when empty)
    source: Path | None = field(default=None, compare=False)

    def with_paths(self, corpus: str | Path | None = None, index: str | Path | None = None) -> Settings:
        """Command-line overrides: relative to the working directory, as a user typing them expects."""
        from dataclasses import replace

        return replace(
            self,
            corpus=Path(corpus).resolve() if corpus else self.corpus,
            index=Path(index).resolve() if index else self.index,
        )


_SCHEMA: dict[str, dict[str, tuple[str, type | tuple[type, ...]]]] = {
    "paths": {"corpus": ("corpus", str), "index": ("index", str), "database": ("database", str)},
    "embedding": {
        "model": ("model", str),
        "batch_size": ("batch_size", int),
        "chunk_tokens": ("chunk_tokens", int),
    },
    "index": {"hnsw_threshold": ("hnsw_threshold", int)},
    "answer": {"top_k": ("top_k", int)},
    "discord": {
        "prefix": ("prefix", str),
        "guild_ids": ("guild_ids", list),
        "study_channels": ("study_channels", list),
        "ask_cooldown_seconds": ("ask_cooldown_seconds", (int, float)),
        "token_file": ("token_file", str),
        "shard_count": ("shard_count", int),
        "shard_ids": ("shard_ids", list),
    },
    "quiz": {
        "default_time": ("quiz_default_time", str),
        "default_timezone": ("quiz_default_timezone", str),
        "grace_minutes": ("quiz_grace_minutes", int),
        "reveal_after_minutes": ("quiz_reveal_after_minutes", int),
    },
}


def config_path(explicit: str | Path | None = None) -> Path:
    """--config, else $TUTOR_CONFIG, else ./config.toml."""
    return Path(explicit or os.environ.get("TUTOR_CONFIG") or DEFAULT_CONFIG)


def load_settings(path: str | Path | None = None) -> Settings:
    """Read and validate a config file. A missing default file means built-in defaults."""
    cfg = config_path(path)
    explicit = path is not None or "TUTOR_CONFIG" in os.environ
    if not cfg.exists():
        if explicit:
            raise ConfigError(f"config file not found: {cfg}")
        return _build({}, Path.cwd(), None)
    try:
        data = tomllib.loads(cfg.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{cfg}: not valid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{cfg}: cannot read ({exc})") from None
    return _build(data, cfg.resolve().parent, cfg)


def _database(value: str, base: Path) -> Path | str:
    """A ``postgresql://`` URL is kept as written (TUTOR_DATABASE overrides it, so a password need not
    sit in config.toml); anything else is a SQLite file path, relative to the config file."""
    value = os.environ.get("TUTOR_DATABASE") or value
    if value.startswith(("postgresql://", "postgres://", "postgresql+asyncpg://")):
        return value
    p = Path(value).expanduser()
    return p if p.is_absolute() else (base / p).resolve()


def _shards(values: dict[str, Any], where: str) -> None:
    """[discord] shard_count and shard_ids, or TUTOR_SHARD_COUNT and TUTOR_SHARD_IDS ("0,1") from the
    environment (so one config serves every process of a deployment)."""
    count_env, ids_env = os.environ.get("TUTOR_SHARD_COUNT"), os.environ.get("TUTOR_SHARD_IDS")
    try:
        if count_env:
            values["shard_count"] = int(count_env)
        if ids_env:
            values["shard_ids"] = [int(part) for part in ids_env.replace(" ", "").split(",") if part]
    except ValueError:
        raise ConfigError("TUTOR_SHARD_COUNT must be a number and TUTOR_SHARD_IDS numbers like 0,1") from None
    ids = values.get("shard_ids", [])
    if not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        raise ConfigError(f"{where}: discord.shard_ids must be a list of shard numbers")
    count = values.get("shard_count")
    if count is None:
        if ids:
            raise ConfigError(f"{where}: discord.shard_ids needs discord.shard_count")
        return
    if count < 1:
        raise ConfigError(f"{where}: discord.shard_count must be at least 1")
    if any(not 0 <= i < count for i in ids):
        raise ConfigError(f"{where}: discord.shard_ids must be between 0 and {count - 1}")
    values["shard_ids"] = tuple(sorted(set(ids)))


def _build(data: dict[str, Any], base: Path, source: Path | None) -> Settings:
    where = str(source) if source else "config"
    values: dict[str, Any] = {}
    for section, body in data.items():
        if section not in _SCHEMA:
            raise ConfigError(f"{where}: unknown section [{section}] (known: {', '.join(_SCHEMA)})")
        if not isinstance(body, dict):
            raise ConfigError(f"{where}: [{section}] must be a table")
        for key, value in body.items():
            if key not in _SCHEMA[section]:
                known = ", ".join(_SCHEMA[section])
                raise ConfigError(f"{where}: unknown key {section}.{key} (known: {known})")
            attr, kind = _SCHEMA[section][key]
            if isinstance(value, bool) or not isinstance(value, kind):
                names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
                raise ConfigError(f"{where}: {section}.{key} must be {names}, got {value!r}")
            values[attr] = value

    def resolve(name: str, default: str) -> Path:
        p = Path(values.pop(name, default)).expanduser()
        return p if p.is_absolute() else (base / p).resolve()

    for name in ("guild_ids", "study_channels"):
        items = values.get(name, [])
        if not all(isinstance(i, int) and not isinstance(i, bool) for i in items):
            section = "discord"
            raise ConfigError(f"{where}: {section}.{name} must be a list of integer ids")
        values[name] = tuple(items)
    for name, low in (("batch_size", 1), ("chunk_tokens", 32), ("top_k", 1), ("hnsw_threshold", 1)):
        if name in values and values[name] < low:
            section = next(s for s, keys in _SCHEMA.items() for k, (a, _) in keys.items() if a == name)
            key = next(k for k, (a, _) in _SCHEMA[section].items() if a == name)
            raise ConfigError(f"{where}: {section}.{key} must be at least {low}")
    if values.get("chunk_tokens", 0) > 250:
        raise ConfigError(f"{where}: embedding.chunk_tokens must be at most 250 (the model reads 256)")
    _shards(values, where)
    token_file = values.pop("token_file", "")
    return Settings(
        base_dir=base,
        corpus=resolve("corpus", "corpus"),
        index=resolve("index", "index"),
        database=_database(values.pop("database", "data/tutor.db"), base),
        token_file=(base / token_file).resolve() if token_file else None,
        source=source,
        **values,
    )
