"""Alembic environment: always run through charting.db.migrate with a live connection."""

from __future__ import annotations

from alembic import context

import charting.db.models  # noqa: F401  (registers every table)
from charting.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
