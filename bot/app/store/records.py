"""What the store hands back: plain records, and the conversions between them and rows."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

SubscriptionKind = Literal["channel", "dm"]
DeliveryStatus = Literal["claimed", "sent", "skipped", "failed"]

BUSY_TIMEOUT_MS = 10_000


_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class StoreError(RuntimeError):
    """The database cannot be used by this version of the code (e.g. it is newer)."""


# ---------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class Subscription:
    """A daily quiz for one channel or one user's DMs. ``next_run_utc`` is owned by the dispatcher."""

    id: int
    kind: SubscriptionKind
    target_id: int
    guild_id: int | None
    local_time: str  # "HH:MM", 24h, in ``timezone``
    timezone: str
    topic: str | None
    created_by: int
    created_at: datetime
    active: bool
    paused_reason: str | None
    next_run_utc: datetime | None
    next_local_date: date | None

    @property
    def time_of_day(self) -> time:
        return time.fromisoformat(self.local_time)


@dataclass(frozen=True)
class Delivery:
    """One subscription's quiz for one local date; existing at all means it was claimed."""

    subscription_id: int
    local_date: date
    status: DeliveryStatus
    claimed_at: datetime
    finished_at: datetime | None
    detail: str
    post_id: int | None
    message_id: int | None = None  # the Discord message, once sent
    lease_until: datetime | None = None  # a claimed run not finished by then may be taken over
    attempts: int = 1  # how many processes have owned it (more than one: taken over)


@dataclass(frozen=True)
class Post:
    """A quiz question posted somewhere (channel, DM or an ad-hoc /quiz)."""

    id: int
    item_id: str
    topic: str
    channel_id: int | None
    guild_id: int | None
    subscription_id: int | None
    message_id: int | None
    posted_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class TopicStats:
    answered: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class Stats:
    """A user's score card; streaks count consecutive local days with at least one correct answer."""

    user_id: int
    answered: int
    correct: int
    current_streak: int
    best_streak: int
    by_topic: dict[str, TopicStats] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class LeaderboardEntry:
    user_id: int
    answered: int
    correct: int
    name: str | None = None  # the display name they last answered under in that server

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class ReportOutcome:
    """What one report did: how many open reports the item now has and whether it is withdrawn."""

    reports: int
    withdrawn: bool  # withdrawn from this server's quizzes (now or before)
    newly_withdrawn: bool  # this report withdrew it


@dataclass(frozen=True)
class ReportedItem:
    item_id: str
    reports: int  # open reports (not cleared by a restore)
    moderator: bool  # a moderator reported it
    withdrawn: bool
    reasons: tuple[str, ...]
    last_at: datetime


@dataclass(frozen=True)
class CardState:
    """What item selection needs to know about one spaced-repetition card without decoding it."""

    item_id: str
    due: datetime
    last_correct: bool | None


# ------------------------------------------------------------------------------------------- helpers


def to_db_time(dt: datetime) -> str:
    """Aware datetime -> fixed-width UTC text (microseconds always present, so text order = time order)."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"naive datetime {dt!r}: pass an aware datetime (e.g. datetime.now(UTC))")
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def from_db_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _normalize_local_time(value: str | time) -> str:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if not _HHMM.match(value):
        raise ValueError(f"local_time must be HH:MM (24h), got {value!r}")
    return value


def _check_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (KeyError, ValueError) as exc:  # ZoneInfoNotFoundError is a KeyError
        raise ValueError(f"unknown time zone {name!r}") from exc
    return name


def _subscription(row: Mapping[str, Any]) -> Subscription:
    return Subscription(
        id=row["id"],
        kind=row["kind"],
        target_id=row["target_id"],
        guild_id=row["guild_id"],
        local_time=row["local_time"],
        timezone=row["timezone"],
        topic=row["topic"],
        created_by=row["created_by"],
        created_at=from_db_time(row["created_at"]),  # type: ignore[arg-type]
        active=bool(row["active"]),
        paused_reason=row["paused_reason"],
        next_run_utc=from_db_time(row["next_run_utc"]),
        next_local_date=date.fromisoformat(row["next_local_date"]) if row["next_local_date"] else None,
    )


def _delivery(row: Mapping[str, Any]) -> Delivery:
    return Delivery(
        subscription_id=row["subscription_id"],
        local_date=date.fromisoformat(row["local_date"]),
        status=row["status"],
        claimed_at=from_db_time(row["claimed_at"]),  # type: ignore[arg-type]
        finished_at=from_db_time(row["finished_at"]),
        detail=row["detail"],
        post_id=row["post_id"],
        message_id=row.get("message_id"),
        lease_until=from_db_time(row.get("lease_until")),
        attempts=int(row.get("attempts") or 1),
    )


def _post(row: Mapping[str, Any]) -> Post:
    return Post(
        id=row["id"],
        item_id=row["item_id"],
        topic=row["topic"],
        channel_id=row["channel_id"],
        guild_id=row["guild_id"],
        subscription_id=row["subscription_id"],
        message_id=row["message_id"],
        posted_at=from_db_time(row["posted_at"]),  # type: ignore[arg-type]
        closed_at=from_db_time(row["closed_at"]),
    )


def _streaks(days: set[date], today: date) -> tuple[int, int]:
    """(current, best) runs of consecutive days; the current run may end today or yesterday."""
    best = run = 0
    previous: date | None = None
    for day in sorted(days):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    current = 0
    cursor = today if today in days else today - timedelta(days=1)
    while cursor in days:
        current += 1
        cursor -= timedelta(days=1)
    return current, best


# --------------------------------------------------------------------------------------------- store


