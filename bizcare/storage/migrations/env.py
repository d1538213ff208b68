"""Alembic environment: run by ``bizcare.storage.migrate`` on a connection it passes in."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import bizcare.domain.models  # noqa: F401 - registers every table on the metadata
from bizcare.storage.migrate import include_object

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("BizCare runs migrations online only")
run_migrations_online()
