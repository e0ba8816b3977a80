"""Daily quizzes, posts, answers and per-user preferences.

Discord ids are 64-bit (BigInteger); row ids are plain Integer primary keys (a rowid on SQLite, an
identity column on PostgreSQL). Times are ISO-8601 text in UTC, as the store writes them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("target_id", sa.BigInteger, nullable=False),
        sa.Column("guild_id", sa.BigInteger),
        sa.Column("local_time", sa.Text, nullable=False),
        sa.Column("timezone", sa.Text, nullable=False),
        sa.Column("topic", sa.Text),
        sa.Column("created_by", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("active", sa.Integer, nullable=False, server_default="1"),
        sa.Column("paused_reason", sa.Text),
        sa.Column("next_run_utc", sa.Text),
        sa.Column("next_local_date", sa.Text),
        sa.CheckConstraint("kind IN ('channel', 'dm')", name="subscriptions_kind"),
        sa.UniqueConstraint("kind", "target_id", name="subscriptions_target"),
    )
    op.create_index("subscriptions_next_run", "subscriptions", ["active", "next_run_utc"])
    op.create_index("subscriptions_guild", "subscriptions", ["guild_id"])
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "subscription_id",
            sa.Integer,
            sa.ForeignKey("subscriptions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("local_date", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("claimed_at", sa.Text, nullable=False),
        sa.Column("finished_at", sa.Text),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
        sa.Column("post_id", sa.Integer),
        sa.CheckConstraint("status IN ('claimed', 'sent', 'skipped', 'failed')", name="deliveries_status"),
        sa.UniqueConstraint("subscription_id", "local_date", name="deliveries_once_a_day"),
    )
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Text, nullable=False),
        sa.Column("topic", sa.Text, nullable=False, server_default=""),
        sa.Column("channel_id", sa.BigInteger),
        sa.Column("guild_id", sa.BigInteger),
        sa.Column("subscription_id", sa.Integer, sa.ForeignKey("subscriptions.id", ondelete="SET NULL")),
        sa.Column("message_id", sa.BigInteger),
        sa.Column("posted_at", sa.Text, nullable=False),
        sa.Column("closed_at", sa.Text),
    )
    op.create_index("posts_channel", "posts", ["channel_id", "closed_at", "posted_at"])
    op.create_index("posts_message", "posts", ["message_id"])
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("post_id", sa.Integer, sa.ForeignKey("posts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("user_id", sa.BigInteger, nullable=False),
        sa.Column("guild_id", sa.BigInteger),
        sa.Column("item_id", sa.Text, nullable=False),
        sa.Column("topic", sa.Text, nullable=False, server_default=""),
        sa.Column("choice", sa.Text, nullable=False),
        sa.Column("correct", sa.Integer, nullable=False),
        sa.Column("answered_at", sa.Text, nullable=False),
        sa.UniqueConstraint("post_id", "user_id", name="answers_once_per_post"),
    )
    op.create_index("answers_user", "answers", ["user_id", "guild_id"])
    op.create_index("answers_guild", "answers", ["guild_id", "user_id"])
    op.create_table(
        "user_prefs",
        sa.Column("user_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("timezone", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("user_prefs", "answers", "posts", "deliveries", "subscriptions"):
        op.drop_table(table)
