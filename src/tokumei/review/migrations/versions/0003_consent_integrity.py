"""consent integrity: at most one approval in force per engagement (a UNIQUE column, so the
database itself refuses a second one), approvals ended by an edit or a newer approval, the
snapshot of what was approved, superseded links, and answers carried from an earlier version

Revision ID: 0003_consent
Revises: 0002
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_consent"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("decisions") as b:
        # the engagement's id while this approval is in force, else NULL; UNIQUE (NULLs are
        # distinct in SQLite and PostgreSQL): never two approvals in force for one engagement
        b.add_column(sa.Column("in_force_engagement_id", sa.Integer, nullable=True))
        b.add_column(sa.Column("ended_at", TZ, nullable=True))
        b.add_column(sa.Column("ended_reason", sa.String(20), nullable=True))  # edited | superseded
        b.add_column(sa.Column("snapshot", sa.JSON, nullable=True))
        b.create_unique_constraint("uq_decisions_in_force", ["in_force_engagement_id"])
    with op.batch_alter_table("links") as b:
        b.add_column(sa.Column("superseded_at", TZ, nullable=True))
    with op.batch_alter_table("claims") as b:
        b.add_column(sa.Column("carried_from", sa.Integer, nullable=True))  # version number of the answer
    _backfill()


def _backfill() -> None:
    """Existing data: the newest approval still valid (not withdrawn, bound to the version's
    current hash) of each engagement is the one in force; older ones count as superseded."""
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT d.id, v.engagement_id FROM decisions d JOIN versions v ON v.id = d.version_id "
        "WHERE d.kind = 'approved' AND d.withdrawn_at IS NULL AND d.sha256 = v.sha256 "
        "ORDER BY v.number DESC, d.id DESC")).all()
    seen: set[int] = set()
    for did, eid in rows:
        if eid in seen:
            conn.execute(sa.text("UPDATE decisions SET ended_reason = 'superseded' WHERE id = :d"), {"d": did})
            continue
        seen.add(eid)
        conn.execute(sa.text("UPDATE decisions SET in_force_engagement_id = :e WHERE id = :d"), {"e": eid, "d": did})
    conn.execute(sa.text(
        "UPDATE links SET superseded_at = CURRENT_TIMESTAMP WHERE EXISTS (SELECT 1 FROM links l2 "
        "JOIN versions v2 ON v2.id = l2.version_id JOIN versions v1 ON v1.id = links.version_id "
        "WHERE l2.engagement_id = links.engagement_id AND v2.number > v1.number)"))


def downgrade() -> None:
    with op.batch_alter_table("claims") as b:
        b.drop_column("carried_from")
    with op.batch_alter_table("links") as b:
        b.drop_column("superseded_at")
    with op.batch_alter_table("decisions") as b:
        b.drop_constraint("uq_decisions_in_force", type_="unique")
        b.drop_column("snapshot")
        b.drop_column("ended_reason")
        b.drop_column("ended_at")
        b.drop_column("in_force_engagement_id")
