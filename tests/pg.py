"""PostgreSQL tests: they run when ``BIZCARE_TEST_DATABASE_URL`` names an empty PostgreSQL
database (``.ci/run`` starts a throw-away server and sets it); the schema is dropped before
and after each test. Use ``pytestmark = needs_postgres`` and the ``pg`` fixture
(tests/conftest.py).

Without a server they are skipped on a developer's machine, but FAIL when ``CI`` is set: a
CI run that silently skipped every PostgreSQL test would prove nothing about PostgreSQL.
"""

from __future__ import annotations

import os

import pytest

URL = os.environ.get("BIZCARE_TEST_DATABASE_URL", "")
HAVE_SERVER = URL.startswith("postgresql")
IN_CI = bool(os.environ.get("CI"))
MISSING = "no PostgreSQL server: set BIZCARE_TEST_DATABASE_URL (.ci/run does)"

needs_postgres = pytest.mark.postgres
"""Marks a test (or a ``pytest.param``) that needs the server; tests/conftest.py calls
:func:`require_server` before it runs."""


def require_server() -> None:
    """Fail (under CI) or skip (elsewhere) a test that needs the server when there is none."""
    if HAVE_SERVER:
        return
    if IN_CI:
        pytest.fail(f"CI is set but there is {MISSING}", pytrace=False)
    pytest.skip(MISSING)


def wipe(url: str = URL) -> None:
    """An empty ``public`` schema."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
