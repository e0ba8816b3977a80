"""Several Discord processes: each runs its own shards, and posts the daily quizzes of their servers."""

from __future__ import annotations

import pytest
from discord.ext import commands

from bot.app.store.records import Subscription
from bot.config import ConfigError
from bot.discord_app.bot import ShardedTutorBot, TutorBot, create_bot
from bot.discord_app.quiz_views import serves, shard_of
from tests.conftest import make_settings


def _sub(kind: str, target: int, guild: int | None) -> Subscription:
    from datetime import UTC, datetime

    return Subscription(1, kind, target, guild, "09:00", "UTC", None, 1, datetime.now(UTC), True, None,  # type: ignore[arg-type]
                        None, None)


def test_shards_come_from_config_or_the_environment(tmp_path, monkeypatch):
    settings = make_settings(tmp_path, extra="[discord]\nshard_count = 4\nshard_ids = [3, 1]\n")
    assert (settings.shard_count, settings.shard_ids) == (4, (1, 3))
    monkeypatch.setenv("TUTOR_SHARD_COUNT", "2")
    monkeypatch.setenv("TUTOR_SHARD_IDS", "0")
    settings = make_settings(tmp_path / "env")
    assert (settings.shard_count, settings.shard_ids) == (2, (0,))


@pytest.mark.parametrize("extra, message", [
    ("shard_ids = [0]\n", "needs discord.shard_count"),
    ("shard_count = 2\nshard_ids = [2]\n", "between 0 and 1"),
    ("shard_count = 0\n", "at least 1"),
])
def test_bad_shard_settings_are_one_clear_line(tmp_path, extra, message):
    with pytest.raises(ConfigError, match=message):
        make_settings(tmp_path, extra=f"[discord]\n{extra}")


def test_a_process_with_shard_ids_is_an_auto_sharded_bot_running_only_those(tmp_path):
    bot = create_bot(make_settings(tmp_path, extra="[discord]\nshard_count = 2\nshard_ids = [1]\n"),
                     preload=False)
    assert isinstance(bot, ShardedTutorBot) and isinstance(bot, commands.AutoShardedBot)
    assert (bot.shard_count, bot.shard_ids) == (2, [1])
    assert type(create_bot(make_settings(tmp_path / "one"), preload=False)) is TutorBot


def test_each_process_posts_the_daily_quizzes_of_its_own_shards_and_any_dm(tmp_path):
    guild_on_1 = next(g for g in range(1 << 22, 1 << 30, 1 << 22) if shard_of(g, 2) == 1)
    guild_on_0 = next(g for g in range(1 << 22, 1 << 30, 1 << 22) if shard_of(g, 2) == 0)
    mine = serves(make_settings(tmp_path, extra="[discord]\nshard_count = 2\nshard_ids = [1]\n"))
    assert mine(_sub("channel", 10, guild_on_1))
    assert not mine(_sub("channel", 11, guild_on_0))  # the other process's server
    assert mine(_sub("dm", 12, None))  # any process can send a DM; the database gives it to one
    assert not mine(_sub("channel", 0, 0))  # a console session's subscription
    everything = serves(make_settings(tmp_path / "all"))
    assert everything(_sub("channel", 11, guild_on_0)) and not everything(_sub("channel", 0, 0))
