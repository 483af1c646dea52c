"""Alembic environment: run programmatically by :func:`tokumei.review.db.migrate` with a live
connection in ``config.attributes["connection"]`` (no alembic.ini needed)."""
from alembic import context

from tokumei.review.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the programmatic path is supported
    raise RuntimeError("run migrations through tokumei.review.db.migrate()")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
