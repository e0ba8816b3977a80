"""Deliveries that survive a crash: a lease, the run's scheduled time, the Discord message and the tries.

A delivery claimed by a process that died before recording its message is taken over by another
process once ``lease_until`` has passed, and sent again with the same Discord nonce.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("lease_until", sa.Text))
        batch.add_column(sa.Column("scheduled_utc", sa.Text))
        batch.add_column(sa.Column("message_id", sa.BigInteger))
        batch.add_column(sa.Column("attempts", sa.Integer, nullable=False, server_default="1"))
    op.create_index("deliveries_lease", "deliveries", ["status", "lease_until"])


def downgrade() -> None:
    op.drop_index("deliveries_lease", "deliveries")
    with op.batch_alter_table("deliveries") as batch:
        for column in ("attempts", "message_id", "scheduled_utc", "lease_until"):
            batch.drop_column(column)
