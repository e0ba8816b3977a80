"""FSRS review scheduling and quiz item selection over the store."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
import pytest_asyncio
from fsrs import Card, State

from bot.app.srs import pick_items, review
from bot.app.store import Store
from bot.quiz.items import QuizItem

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest_asyncio.fixture(loop_scope="function")
async def store(database):
    s = await Store.open(database)
    yield s
    await s.close()


def item(i: str, topic: str = "DNS") -> QuizItem:
    return QuizItem(
        id=i,
        kind="statement",
        prompt=f"Question {i}?",
        choices=("yes", "no"),
        answer=0,
        explanation="Because the notes say so.",
        source="notes.md › DNS",
        topic=topic,
    )


async def test_wrong_answer_comes_due_before_right_one(store):
    right = await review(store, 1, "a", True, NOW)
    wrong = await review(store, 1, "b", False, NOW)
    assert NOW < wrong < right
    assert {i for i, c in (await store.card_states(1)).items() if c.last_correct is False} == {"b"}
    card = Card.from_json(await store.load_card(1, "a"))
    assert card.due == right and card.last_review == NOW


async def test_intervals_grow_with_correct_answers_and_reset_on_lapse(store):
    now, gaps = NOW, []
    for _ in range(5):
        due = await review(store, 1, "a", True, now)
        gaps.append(due - now)
        now = due
    assert gaps == sorted(gaps) and gaps[-1] > timedelta(days=7)
    assert Card.from_json(await store.load_card(1, "a")).state == State.Review
    lapse = await review(store, 1, "a", False, now)
    assert lapse - now < timedelta(hours=1)
    assert Card.from_json(await store.load_card(1, "a")).state == State.Relearning


async def test_review_is_deterministic(store):
    other = await Store.open(":memory:")
    for s in (store, other):
        for ok in (True, False, True, True):
            await review(s, 1, "a", ok, NOW)
    assert await store.load_card(1, "a") == await other.load_card(1, "a")
    await other.close()


async def test_review_needs_aware_time(store):
    with pytest.raises(ValueError):
        await review(store, 1, "a", True, datetime(2026, 1, 1))


async def test_pick_prefers_due_then_wrong_then_unseen_then_rest(store):
    start = NOW - timedelta(days=30)
    await review(store, 1, "due-old", True, start)  # due long ago (after ~10 minutes)
    await review(store, 1, "due-new", True, NOW - timedelta(minutes=20))  # due 10 minutes ago
    await review(store, 1, "wrong", False, NOW - timedelta(seconds=30))  # wrong, due in 30 s
    await review(store, 1, "known", True, NOW - timedelta(minutes=5))
    await review(store, 1, "known", True, NOW - timedelta(minutes=4))  # learned: due in days
    await review(store, 2, "unseen-1", True, start)  # another user's card does not count
    pool = [item(i) for i in ("known", "unseen-1", "wrong", "due-new", "unseen-2", "due-old", "due-old")]

    picked = [q.id for q in await pick_items(store, 1, pool, NOW, 10, random.Random(1))]
    assert picked[:3] == ["due-old", "due-new", "wrong"]
    assert sorted(picked[3:5]) == ["unseen-1", "unseen-2"]
    assert picked[5:] == ["known"]
    two = await pick_items(store, 1, pool, NOW, 2, random.Random(1))
    assert [q.id for q in two] == ["due-old", "due-new"]
    assert await pick_items(store, 1, pool, NOW, 0, random.Random(1)) == []


async def test_pick_is_deterministic_for_a_seed(store):
    pool = [item(f"q{i}") for i in range(40)]
    first = await pick_items(store, 1, pool, NOW, 10, random.Random(42))
    again = await pick_items(store, 1, pool, NOW, 10, random.Random(42))
    other = await pick_items(store, 1, pool, NOW, 10, random.Random(7))
    assert first == again and first != other
    assert len({q.id for q in first}) == 10


async def test_new_user_gets_unseen_items(store):
    pool = [item("a"), item("b")]
    assert {q.id for q in await pick_items(store, 9, pool, NOW, 5, random.Random(0))} == {"a", "b"}


def twin(i: str, line: str) -> QuizItem:
    return QuizItem(
        id=i,
        kind="mapping",
        prompt=f"Question {i}?",
        choices=("yes", "no", "maybe"),
        answer=0,
        explanation=line,
        source="notes.md › DNS",
        topic="DNS",
    )


async def test_the_reverse_of_a_question_asked_waits_behind_the_other_new_ones(store):
    """'Which one is described as X?' and 'Which of these describes A?' ask one line of the notes:
    after one of them, every other new question comes first."""
    await review(store, 1, "fwd", True, NOW - timedelta(minutes=5))
    await review(store, 1, "fwd", True, NOW - timedelta(minutes=4))  # learned: not due for days
    pool = [twin("fwd", "A: X."), twin("rev", "A: X."), *(twin(f"new{n}", f"B{n}: Y.") for n in range(6))]
    for seed in range(5):
        picked = [q.id for q in await pick_items(store, 1, pool, NOW, 8, random.Random(seed))]
        assert picked.index("rev") == 6 and picked[-1] == "fwd", picked


async def test_a_channel_does_not_get_the_reverse_of_a_recent_post(store):
    from bot.app.quiz_service import QuizBank, QuizService

    items = [twin("fwd", "A: X."), twin("rev", "A: X."), twin("other", "B: Y."), twin("third", "C: Z.")]
    service = QuizService(store, QuizBank(items), now=lambda: NOW, seed=0)
    await service.post(items[0], channel_id=5, guild_id=9)
    picks = {(await service.pick(channel_id=5, guild_id=9)).id for _ in range(30)}
    assert picks == {"other", "third"}


async def test_quiz_now_twice_without_answering_asks_something_else(store):
    """A person's "/quiz now", then "/quiz now" again without answering: the question still open in
    the channel, and its reverse, wait while other new ones remain (it came up again one time in four
    on a bank of four)."""
    from bot.app.quiz_service import QuizBank, QuizService

    items = [twin("fwd", "A: X."), twin("rev", "A: X."), twin("other", "B: Y."), twin("third", "C: Z.")]
    service = QuizService(store, QuizBank(items), now=lambda: NOW, seed=0)
    await service.post(items[0], channel_id=5, guild_id=9)
    picks = {(await service.pick(user_id=1, channel_id=5, guild_id=9)).id for _ in range(30)}
    assert picks == {"other", "third"}
    # with only its reverse left, the reverse; with nothing else left, the open question again
    pair = QuizService(store, QuizBank(items[:2]), now=lambda: NOW, seed=0)
    assert {(await pair.pick(user_id=1, channel_id=5, guild_id=9)).id for _ in range(20)} == {"rev"}
    alone = QuizService(store, QuizBank(items[:1]), now=lambda: NOW, seed=0)
    assert (await alone.pick(user_id=1, channel_id=5, guild_id=9)).id == "fwd"


async def test_a_question_answered_wrong_comes_back_though_it_was_just_posted(store):
    """The hold on a question posted to a person is for one they have not answered: the one they got
    wrong there a while ago is due again, and comes first (review 74)."""
    from bot.app.quiz_service import QuizBank, QuizService

    items = [twin("fwd", "A: X."), twin("other", "B: Y."), twin("third", "C: Z.")]
    clock = [NOW]
    service = QuizService(store, QuizBank(items), now=lambda: clock[0], seed=0)
    post_id, _ = await service.post(items[1], channel_id=5, guild_id=9)
    await service.answer(post_id, 1, 1, guild_id=9)  # wrong ("no")
    clock[0] = NOW + timedelta(hours=1)
    assert (await service.pick(user_id=1, channel_id=5, guild_id=9)).id == "other"


async def test_a_due_question_posted_and_not_answered_is_not_posted_again(store):
    """A question due for review, posted and left unanswered, waits behind the others however due it
    is: "/quiz now" again gives another (review 75)."""
    from bot.app.quiz_service import QuizBank, QuizService

    items = [twin("fwd", "A: X."), twin("other", "B: Y."), twin("third", "C: Z.")]
    await review(store, 1, "other", False, NOW - timedelta(hours=2))  # due long ago
    service = QuizService(store, QuizBank(items), now=lambda: NOW, seed=0)
    assert (await service.pick(user_id=1, channel_id=5, guild_id=9)).id == "other"
    await service.post(items[1], channel_id=5, guild_id=9)
    picks = {(await service.pick(user_id=1, channel_id=5, guild_id=9)).id for _ in range(10)}
    assert "other" not in picks
