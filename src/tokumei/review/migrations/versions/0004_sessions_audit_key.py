"""server-side sign-in sessions (logout and password change end them; issue #13)

The audit chain's key needs no schema change: it lives outside the database, and the start of
the keyed chain is an ordinary ``audit_keyed`` event written by the app (see docs/audit.md).

Revision ID: 0004_security
Revises: 0003_consent (relinked from 0002 when h/review-security was merged after h/review-consent);
the chain 0002 → 0003_consent → 0004_security (and the roster branch r001_roster from 0002) is
checked from empty and from a 0002 database, down to 0002 and up again, on SQLite and PostgreSQL
by tests/review/test_migrations.py.
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_security"
down_revision = "0003_consent"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "adviser_sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("adviser_id", sa.Integer, sa.ForeignKey("advisers.id"), nullable=False),
        sa.Column("sid_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_adviser_sessions_adviser", "adviser_sessions", ["adviser_id"])


def downgrade() -> None:
    op.drop_index("ix_adviser_sessions_adviser", table_name="adviser_sessions")
    op.drop_table("adviser_sessions")
