"""The `/quiz stats` chart: a PNG that grows with the topics, nothing without answers."""

import struct

from bot.app.store import Stats, TopicStats
from bot.discord_app.chart import accuracy_chart

PNG = b"\x89PNG\r\n\x1a\n"


def stats(by_topic: dict[str, TopicStats], streak: int = 2) -> Stats:
    answered = sum(t.answered for t in by_topic.values())
    correct = sum(t.correct for t in by_topic.values())
    return Stats(1, answered, correct, streak, streak, by_topic)


def size(png: bytes) -> tuple[int, int]:
    assert png.startswith(PNG)
    return struct.unpack(">II", png[16:24])  # IHDR: width, height


def test_chart_is_a_png_that_grows_with_the_topics():
    one = accuracy_chart(stats({"Cells": TopicStats(3, 2)}))
    long_name = "The French Revolution and its long aftermath in Europe " * 3
    three = accuracy_chart(
        stats({"Cells": TopicStats(3, 2), "Algebra": TopicStats(4, 0), long_name: TopicStats(1, 1)})
    )
    assert one is not None and three is not None
    (w1, h1), (w3, h3) = size(one), size(three)
    assert w1 == w3 == 640
    assert h3 > h1


def test_no_chart_without_answers():
    assert accuracy_chart(stats({})) is None
    assert accuracy_chart(stats({"Cells": TopicStats(0, 0)})) is None
