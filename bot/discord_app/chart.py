"""A small PNG of a user's quiz accuracy by topic, for ``/quiz stats``.

Plain matplotlib through the object-oriented API (``Figure`` + the Agg canvas): no pyplot, no global
state, no GUI backend, so it is safe in a worker thread. matplotlib is imported on first use, so
importing this module costs nothing.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.app.store import Stats

WIDTH_PX = 640
DPI = 100
BASE_PX = 120  # title and axis
PER_TOPIC_PX = 40
MAX_TOPICS = 15  # the busiest ones; the embed text lists them all
TOPIC_MAX = 24  # characters of a topic label

# Neutral colours that read on Discord's dark and light themes alike: a light card with dark text.
BACKGROUND = "#f2f3f5"
TEXT = "#2e3338"
GRID = "#d4d7dc"
TRACK = "#e3e5e8"
BAR_GOOD = "#3ba55c"  # >= 80%
BAR_MID = "#5865f2"  # >= 50%
BAR_LOW = "#ed4245"


def _label(topic: str) -> str:
    topic = " ".join(topic.split())
    return topic if len(topic) <= TOPIC_MAX else topic[: TOPIC_MAX - 1].rstrip() + "…"


def _color(accuracy: float) -> str:
    return BAR_GOOD if accuracy >= 0.8 else BAR_MID if accuracy >= 0.5 else BAR_LOW


def accuracy_chart(stats: Stats) -> bytes | None:
    """Horizontal bars of accuracy (0–100%) per topic (the ``MAX_TOPICS`` most answered), each labelled
    "correct/answered"; the title has the overall accuracy and the current streak. None without answers."""
    topics = sorted(
        ((t, s) for t, s in stats.by_topic.items() if s.answered), key=lambda kv: (-kv[1].answered, kv[0])
    )[:MAX_TOPICS]
    if not stats.answered or not topics:
        return None

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    height_px = BASE_PX + PER_TOPIC_PX * len(topics)
    fig = Figure(figsize=(WIDTH_PX / DPI, height_px / DPI), dpi=DPI, facecolor=BACKGROUND)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_facecolor(BACKGROUND)

    rows = range(len(topics))
    accuracies = [s.accuracy * 100 for _, s in topics]
    ax.barh(rows, [100] * len(topics), height=0.6, color=TRACK, zorder=1)  # the 100% track
    ax.barh(rows, accuracies, height=0.6, color=[_color(s.accuracy) for _, s in topics], zorder=2)
    for row, (_, s) in zip(rows, topics, strict=True):
        label = f"{s.correct}/{s.answered} · {s.accuracy:.0%}"
        ax.text(101.5, row, label, va="center", ha="left", fontsize=10, color=TEXT)

    ax.set_yticks(list(rows), [_label(t) for t, _ in topics], fontsize=10, color=TEXT)
    ax.invert_yaxis()  # the busiest topic on top
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"], fontsize=9, color=TEXT)
    ax.tick_params(length=0)
    ax.grid(axis="x", color=GRID, linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    for spine in ax.spines.values():
        spine.set_visible(False)

    days = "day" if stats.current_streak == 1 else "days"
    overall = f"Accuracy {stats.accuracy:.0%} ({stats.correct}/{stats.answered})"
    title = f"{overall} · streak {stats.current_streak} {days}"
    fig.suptitle(
        title,
        x=16 / WIDTH_PX,
        y=1 - 14 / height_px,
        ha="left",
        va="top",
        fontsize=12,
        fontweight="bold",
        color=TEXT,
    )
    # Fixed pixel margins (not tight_layout) so the image height is exactly BASE + PER_TOPIC per topic.
    fig.subplots_adjust(
        left=200 / WIDTH_PX, right=1 - 110 / WIDTH_PX, top=1 - 60 / height_px, bottom=40 / height_px
    )

    buffer = BytesIO()
    try:
        fig.savefig(buffer, format="png", dpi=DPI, facecolor=BACKGROUND)
    finally:
        fig.clear()  # no pyplot: nothing global to close; drop the artists now
    return buffer.getvalue()
