"""Revision 0005 re-indexes the customers already there, and goes back cleanly."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from bizcare.services.customers import (
    CustomerInput,
    CustomerQuery,
    count_customers,
    create_customer,
)
from bizcare.storage.migrate import alembic_config, current_revision


def _integrity(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        s.execute(text(
            "INSERT INTO customer_fts(customer_fts, rank) VALUES ('integrity-check', 0)"
        ))  # fmt: skip


def _count(db, typed: str) -> int:  # type: ignore[no-untyped-def]
    with db.session(write=False) as s:
        return count_customers(s, CustomerQuery(search=typed))


def test_down_to_0004_and_up_again_keeps_every_customer_findable(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        create_customer(s, CustomerInput(name="Toko Ibu", phone="0812-3456-7890"))
        create_customer(s, CustomerInput(name="Budi Santoso", city="Bandung"))
    assert (_count(db, "bu"), _count(db, "santoso")) == (2, 1)

    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0004")
    assert current_revision(db) == "0004"
    _integrity(db)
    assert _count(db, "santoso") == 1
    with db.session() as s:  # the 0004 triggers index a customer added now
        create_customer(s, CustomerInput(name="Ibu Sari", city="Bogor"))

    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    _integrity(db)
    assert (_count(db, "bu"), _count(db, "sari"), _count(db, "0812")) == (3, 1, 1)
    with db.session(write=False) as s:
        names = s.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customer'"
        )).scalars().all()  # fmt: skip
    assert "ix_customer_name" not in names and "ix_customer_name_nocase" in names
