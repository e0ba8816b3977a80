"""Spaced repetition over the store, using the ``fsrs`` package (FSRS-6) as the scheduler.

Why it looks like this: quiz answers are binary (right/wrong), so a right answer is ``Rating.Good`` and a
wrong one ``Rating.Again``; the card itself is FSRS's own JSON, stored per (user, item), so upgrading the
package or its parameters keeps working on old cards. Fuzzing is off so the same answers always give
the same due dates (reproducible tests and explainable "see you in 3 days" messages).
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Collection, Sequence
from datetime import datetime

from fsrs import Card, Rating, Scheduler

from bot.app.store import Store
from bot.quiz.items import QuizItem

_SCHEDULER = Scheduler(enable_fuzzing=False)


def _new_card(item_id: str, now: datetime) -> Card:
    # An explicit id and due date: Card() would otherwise read the wall clock and sleep 1 ms.
    return Card(card_id=zlib.crc32(item_id.encode("utf-8")), due=now)


async def review(
    store: Store,
    user_id: int,
    item_id: str,
    correct: bool,
    now: datetime,
    scheduler: Scheduler | None = None,
) -> datetime:
    """Record one answer in the user's card for ``item_id``; returns when it is next due (aware UTC)."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    stored = await store.load_card(user_id, item_id)
    card = Card.from_json(stored) if stored else _new_card(item_id, now)
    card, _log = (scheduler or _SCHEDULER).review_card(
        card, Rating.Good if correct else Rating.Again, review_datetime=now
    )
    await store.save_card(user_id, item_id, card.to_json(), card.due, correct=correct, reviewed_at=now)
    return card.due


async def pick_items(
    store: Store,
    user_id: int,
    candidates: Sequence[QuizItem],
    now: datetime,
    count: int,
    rng: random.Random,
    hold: Collection[str] = (),
) -> list[QuizItem]:
    """Choose ``count`` items for one user, in this order of preference:

    1. due for review (most overdue first),
    2. answered wrong last time (not yet due), shuffled,
    3. never seen, shuffled (the reverse of a question already asked after the others),
    4. the rest, soonest due first;

    a question in ``hold`` (posted to them and not answered yet) comes after all of these, behind its
    own reverse.

    Deterministic for a seeded ``rng``. Duplicate candidate ids count once.
    """
    if count <= 0:
        return []
    by_id: dict[str, QuizItem] = {}
    for item in candidates:
        by_id.setdefault(item.id, item)
    states = await store.card_states(user_id)

    due, wrong, unseen, rest = [], [], [], []
    for item_id in by_id:
        state = states.get(item_id)
        if state is None:
            unseen.append(item_id)
        elif state.due <= now:
            due.append(item_id)
        elif state.last_correct is False:
            wrong.append(item_id)
        else:
            rest.append(item_id)
    due.sort(key=lambda i: (states[i].due, i))
    rng.shuffle(wrong)
    rng.shuffle(unseen)
    # the reverse of a question already asked, or held, waits until the other new ones are used up
    asked = {by_id[i].fact for i in states if i in by_id} | {by_id[i].fact for i in hold if i in by_id}
    unseen.sort(key=lambda i: by_id[i].fact in asked)
    rest.sort(key=lambda i: (states[i].due, i))
    order = due + wrong + unseen + rest
    # a question still waiting for the person's answer comes last, due or not
    order = [i for i in order if i not in hold] + [i for i in order if i in hold]
    return [by_id[i] for i in order[:count]]
