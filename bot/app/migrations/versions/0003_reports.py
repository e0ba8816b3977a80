"""Reports of bad quiz questions, and the items withdrawn from a server's quizzes because of them."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("item_id", sa.Text, primary_key=True),
        sa.Column("user_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("moderator", sa.Integer, nullable=False),
        sa.Column("reported_at", sa.Text, nullable=False),
        sa.Column("cleared_at", sa.Text),
    )
    op.create_table(
        "withdrawn",
        sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("item_id", sa.Text, primary_key=True),
        sa.Column("withdrawn_at", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("withdrawn")
    op.drop_table("reports")
