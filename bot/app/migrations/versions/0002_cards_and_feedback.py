"""Spaced-repetition cards, answer feedback, and the asked-questions log."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cards",
        sa.Column("user_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("item_id", sa.Text, primary_key=True),
        sa.Column("card_json", sa.Text, nullable=False),
        sa.Column("due", sa.Text, nullable=False),
        sa.Column("last_correct", sa.Integer),
        sa.Column("reviewed_at", sa.Text),
    )
    op.create_index("cards_due", "cards", ["user_id", "due"])
    op.create_table(
        "feedback",
        sa.Column("message_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("user_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("vote", sa.Integer, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("voted_at", sa.Text, nullable=False),
        sa.CheckConstraint("vote IN (-1, 1)", name="feedback_vote"),
    )
    op.create_table(
        "asked",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.BigInteger, nullable=False),
        sa.Column("guild_id", sa.BigInteger),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("answered", sa.Integer, nullable=False),
        sa.Column("asked_at", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("asked", "feedback", "cards"):
        op.drop_table(table)
