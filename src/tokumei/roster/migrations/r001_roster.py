"""roster tables (issue 14): rosters, members, consent records, personal links, editions (and who each printed), copies

On its own branch (label ``roster``) so that it never collides with the review area's linear
migrations; ``tokumei.review.db.migrate`` upgrades to ``heads``.

Revision ID: r001_roster
Revises: 0002
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "r001_roster"
down_revision = "0002"
branch_labels = ("roster",)
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "rosters",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("adviser_id", sa.Integer, sa.ForeignKey("advisers.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("purpose", sa.Text, nullable=False),
        sa.Column("audiences", sa.JSON, nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("retention_until", sa.Date, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "roster_members",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("roster_id", sa.Integer, sa.ForeignKey("rosters.id"), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("choices", sa.JSON, nullable=False),
        sa.Column("answered_at", TZ, nullable=True),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_index("ix_roster_members_roster_id", "roster_members", ["roster_id"])
    op.create_table(
        "roster_consents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("roster_members.id"), nullable=False),
        sa.Column("choices", sa.JSON, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("by", sa.String(40), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_index("ix_roster_consents_member_id", "roster_consents", ["member_id"])
    op.create_table(
        "roster_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("roster_members.id"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("expires_at", TZ, nullable=False),
        sa.Column("revoked_at", TZ, nullable=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_index("ix_roster_links_member_id", "roster_links", ["member_id"])
    op.create_table(
        "roster_editions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("roster_id", sa.Integer, sa.ForeignKey("rosters.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("audience", sa.String(40), nullable=False),
        sa.Column("order", sa.String(10), nullable=False),
        sa.Column("rows", sa.JSON, nullable=False),
        sa.Column("consent_state", sa.JSON, nullable=False),
        sa.Column("consent_sha256", sa.String(64), nullable=False),
        sa.Column("rows_sha256", sa.String(64), nullable=False),
        sa.Column("listed", sa.Integer, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.UniqueConstraint("roster_id", "number"),
    )
    op.create_index("ix_roster_editions_roster_id", "roster_editions", ["roster_id"])
    op.create_table(
        "roster_edition_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("edition_id", sa.Integer, sa.ForeignKey("roster_editions.id"), nullable=False),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("roster_members.id"), nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
    )
    op.create_index("ix_roster_edition_entries_edition_id", "roster_edition_entries", ["edition_id"])
    op.create_index("ix_roster_edition_entries_member_id", "roster_edition_entries", ["member_id"])
    op.create_table(
        "roster_copies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("edition_id", sa.Integer, sa.ForeignKey("roster_editions.id"), nullable=False),
        sa.Column("copy_no", sa.Integer, nullable=False),
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("fmt", sa.String(10), nullable=False),
        sa.Column("mark", sa.String(64), nullable=False, unique=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("returned_at", TZ, nullable=True),
        sa.UniqueConstraint("edition_id", "copy_no"),
    )
    op.create_index("ix_roster_copies_edition_id", "roster_copies", ["edition_id"])


def downgrade() -> None:
    for t in ("roster_copies", "roster_edition_entries", "roster_editions", "roster_links", "roster_consents", "roster_members", "rosters"):
        op.drop_table(t)
