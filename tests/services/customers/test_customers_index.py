"""The search index filled in bulk holds exactly what the per-row trigger would have put."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlmodel import Session

from bizcare.services.customers.records import (
    CustomerInput,
    CustomerQuery,
    count_customers,
    create_customer,
    customer_input,
    update_customer,
)
from bizcare.services.customers.search.index import TRIGGER, bulk_indexing

PEOPLE = [
    CustomerInput(name="Budi Santoso", phone="0812-3456-7890", whatsapp="0857-1111-2222",
                  email="budi@example.com", city="Bandung"),
    CustomerInput(name="PT Maju & Jaya", company="PT Maju & Jaya Tbk", phone="(021) 5890 5002",
                  contact_person="Ibu Ratna"),
    CustomerInput(name="Joe", phone="+1 415 555 0100"),
    CustomerInput(name="Gudang", kind="internal", division="Gudang"),
]  # fmt: skip


def index_entries(session: Session) -> list[tuple[object, ...]]:
    session.execute(text(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms "
        "USING fts5vocab(main, customer_fts, 'instance')"
    ))  # fmt: skip
    return list(session.execute(text("SELECT * FROM temp.fts_terms ORDER BY 1, 2, 3, 4")))


def trigger_present(session: Session) -> bool:
    found = session.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
        {"n": TRIGGER},
    ).scalar_one()
    return bool(found)


def test_bulk_index_equals_trigger_index(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bizcare.services.database import open_database

    with db.session() as s:
        for data in PEOPLE:
            create_customer(s, data)
        by_trigger = index_entries(s)
    other = open_database(tmp_path / "bulk.db")
    with other.session() as s:
        with bulk_indexing(s):
            assert not trigger_present(s)
            for data in PEOPLE:
                create_customer(s, data)
        assert trigger_present(s)
        assert index_entries(s) == by_trigger
        assert len(by_trigger) > 50
        # rows indexed in bulk are removed correctly by the update trigger later
        form = customer_input(s, 1)
        form.name = "Budi Prasetyo"
        update_customer(s, 1, form)
        assert count_customers(s, CustomerQuery(search="santoso")) == 0
        assert count_customers(s, CustomerQuery(search="prasetyo")) == 1
        s.execute(
            text("INSERT INTO customer_fts(customer_fts, rank) VALUES ('integrity-check', 0)")
        )
    other.dispose()


def test_failure_inside_restores_trigger_and_index(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), db.session() as s:
        with bulk_indexing(s):
            create_customer(s, PEOPLE[0])
            raise RuntimeError("cancelled")
    with db.session() as s:
        assert trigger_present(s)
        create_customer(s, PEOPLE[1])
        assert count_customers(s, CustomerQuery(search="maju")) == 1
        assert count_customers(s, CustomerQuery(search="budi")) == 0
