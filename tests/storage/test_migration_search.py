"""Revision 0005 re-indexes the customers already there, and goes back cleanly."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from bizcare.services.customers.records import (
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
    with db.session() as s:  # what 0004 searched with; its triggers index a new customer
        match = "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH '\"santoso\"'"
        assert s.execute(text(match)).scalar_one() == 1
        s.execute(text(
            "INSERT INTO customer (code, kind, category, name, company, contact_person, phone, "
            "whatsapp, email, address, city, province, gender, preferred_channel, preferences, "
            "needs, npwp, marketing_consent, notes, joined_on, archived, created_at, updated_at) "
            "VALUES ('PLG-000003', 'external', 'perorangan', 'Ibu Sari', '', '', '', '', '', "
            "'', 'Bogor', '', '', 'whatsapp', '', '', '', 0, '', '2026-11-24', 0, "
            "'2026-11-24 00:00:00', '2026-11-24 00:00:00')"
        ))  # fmt: skip

    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    _integrity(db)
    assert (_count(db, "bu"), _count(db, "sari"), _count(db, "0812")) == (3, 1, 1)
    with db.session(write=False) as s:
        names = s.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customer'"
        )).scalars().all()  # fmt: skip
    assert "ix_customer_name" not in names and "ix_customer_name_nocase" in names


def test_upgrade_without_planner_statistics(db) -> None:  # type: ignore[no-untyped-def]
    """A database whose sqlite_stat1 is gone (never analysed, or dropped) upgrades too."""
    with db.session() as s:
        create_customer(s, CustomerInput(name="Toko Ibu"))
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0004")
        conn.exec_driver_sql("DROP TABLE sqlite_stat1")
        command.upgrade(alembic_config(conn), "head")
        measured = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'customer'"
        ).scalar()  # fmt: skip
    assert measured
    assert _count(db, "bu") == 1
