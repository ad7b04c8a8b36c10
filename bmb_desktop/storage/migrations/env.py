"""Alembic environment: migrations always run on a connection handed over by ``storage.database``."""

from __future__ import annotations

from alembic import context

from bmb_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("BMB Desktop migrations run through bmb_desktop.storage.database only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
