"""throttle failures in the database (shared by all server processes) and an index for the
review page's state stamp (newest event of an engagement that is not a ``viewed`` event)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "throttle_failures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("at", sa.Float, nullable=False),  # Unix time (seconds): comparable across processes
    )
    op.create_index("ix_throttle_failures_key_at", "throttle_failures", ["key", "at"])
    # partial index: max(seq) of an engagement's state-changing events without reading its views
    op.create_index("ix_events_engagement_state", "events", ["engagement_id", "seq"],
                    sqlite_where=sa.text("kind != 'viewed'"), postgresql_where=sa.text("kind != 'viewed'"))


def downgrade() -> None:
    op.drop_index("ix_events_engagement_state", table_name="events")
    op.drop_index("ix_throttle_failures_key_at", table_name="throttle_failures")
    op.drop_table("throttle_failures")
