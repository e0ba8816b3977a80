"""Daily-quiz subscriptions as the commands see them: validate, store, describe. No Discord here.

`/quiz subscribe`, `/quiz unsubscribe`, `/quiz subscriptions` and pause/resume do the same thing on
Discord and in the console; the front ends only supply who is asking and where.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.app.quiz_service import QuizBank
from bot.app.schedule import ScheduleError, next_run, parse_local_time, parse_timezone
from bot.app.store import Store, Subscription, SubscriptionKind


@dataclass(frozen=True)
class Subscribed:
    subscription: Subscription
    next_utc: datetime
    next_local: date
    updated: bool  # an existing subscription was changed rather than created


async def subscribe(
    store: Store,
    bank: QuizBank,
    *,
    kind: SubscriptionKind,
    target_id: int,
    guild_id: int | None,
    created_by: int,
    time_text: str | None,
    timezone_text: str | None,
    topic: str | None,
    default_time: str,
    default_timezone: str,
    now: datetime | None = None,
) -> Subscribed:
    """Validate and store one subscription. Raises ScheduleError or QuizError with a user message."""
    now = now or datetime.now(UTC)
    at = parse_local_time(time_text or default_time)
    zone = parse_timezone(timezone_text or default_timezone)
    topic = (topic or "").strip() or None
    if topic:
        topic = _canonical_topic(bank, topic)
    existed = await store.find_subscription(kind, target_id) is not None
    sub = await store.add_subscription(kind, target_id, guild_id, at, zone.key, topic, created_by, now=now)
    next_utc, next_local = next_run(at, zone, now)
    return Subscribed(sub, next_utc, next_local, existed)


def _canonical_topic(bank: QuizBank, topic: str) -> str:
    """The bank's own spelling of a topic the user typed loosely ("networking" -> "Networking & Security")."""
    items = bank.on_topic(topic)  # raises QuizError listing the topics when nothing matches
    topics = sorted({it.topic for it in items})
    return topics[0] if len(topics) == 1 else topic


def next_post(sub: Subscription, now: datetime | None = None) -> datetime | None:
    """When this subscription posts next (UTC), or None while paused."""
    if not sub.active:
        return None
    if sub.next_run_utc is not None and sub.next_run_utc > (now or datetime.now(UTC)):
        return sub.next_run_utc
    try:
        zone = ZoneInfo(sub.timezone)
    except (KeyError, ValueError):
        return None
    return next_run(sub.time_of_day, zone, now or datetime.now(UTC))[0]


def describe(
    sub: Subscription, where: str, viewer_zone: str | None = None, now: datetime | None = None
) -> str:
    """One line: where, when (in the subscriber's zone and, if different, the viewer's), topic, state."""
    topic = f", topic {sub.topic}" if sub.topic else ""
    head = f"{where}: daily at {sub.local_time} {sub.timezone}{topic}"
    if not sub.active:
        return f"{head} — paused ({sub.paused_reason or 'paused'})"
    when = next_post(sub, now)
    if when is None:
        return f"{head} — time zone no longer known; subscribe again"
    local = when.astimezone(ZoneInfo(sub.timezone))
    text = f"{head} — next {local:%a %d %b %H:%M} {local.tzname()}"
    if viewer_zone and viewer_zone != sub.timezone:
        try:
            mine = when.astimezone(ZoneInfo(viewer_zone))
            text += f" ({mine:%a %H:%M} {mine.tzname()} your time)"
        except (KeyError, ValueError):
            pass
    return text


def confirm_text(result: Subscribed, where: str) -> str:
    sub = result.subscription
    verb = "Updated" if result.updated else "Subscribed"
    local = result.next_utc.astimezone(ZoneInfo(sub.timezone))
    topic = f" on {sub.topic}" if sub.topic else ""
    return (
        f"{verb}: {where} gets a daily quiz{topic} at {sub.local_time} {sub.timezone}. "
        f"First one: {local:%a %d %b %H:%M} {local.tzname()}."
    )


__all__ = ["ScheduleError", "Subscribed", "confirm_text", "describe", "next_post", "subscribe"]
