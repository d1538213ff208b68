"""PostgreSQL tests: they run when ``BIZCARE_TEST_DATABASE_URL`` names an empty PostgreSQL
database (``.ci/run`` starts a throw-away server and sets it); the schema is dropped before
and after each test. Use ``pytestmark = needs_postgres`` and the ``pg`` fixture
(tests/conftest.py)."""

from __future__ import annotations

import os

import pytest

URL = os.environ.get("BIZCARE_TEST_DATABASE_URL", "")

needs_postgres = pytest.mark.skipif(
    not URL.startswith("postgresql"),
    reason="no PostgreSQL server: set BIZCARE_TEST_DATABASE_URL (.ci/run does)",
)


def wipe(url: str = URL) -> None:
    """An empty ``public`` schema."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
