"""Importing customers on PostgreSQL: the Core insert path, tags, divisions and duplicates.

Runs when ``BIZCARE_TEST_DATABASE_URL`` names an empty PostgreSQL database (``.ci/run`` starts
a throw-away server and sets it); the schema is dropped before and after.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from bizcare.domain.models import Customer, CustomerTag
from bizcare.services.customers.records import CustomerInput, create_customer
from bizcare.services.transfer.importing import (
    RawTable,
    guess_mapping,
    import_customers,
    plan_import,
)
from bizcare.storage.db import Database
from tests.pg import needs_postgres

pytestmark = needs_postgres


@pytest.mark.parametrize("others", [0, 40])  # duplicates: the table read once, or by index
def test_import_on_postgres(pg: Database, others: int) -> None:
    with pg.session() as s:
        old = create_customer(s, CustomerInput(name="Lama", phone="0812-3456-7890"))
        for i in range(others):
            create_customer(s, CustomerInput(name=f"Lain {i}"))
    table = RawTable(
        ["Nama", "HP", "Jenis", "Divisi", "Tag", "Tanggal Lahir"],
        [["Budi", "0812 3456 7890", "", "", "VIP; Grosir", "17/08/1985"],
         ["Gudang", "", "internal", "Gudang", "", ""],
         ["Ani", "+62 857 1111 2222", "b2b", "", "", ""]],
        2,
    )  # fmt: skip
    with pg.session() as s:
        plan = plan_import(s, table, guess_mapping(table.headers))
        assert plan.problems == []
        assert plan.duplicates == [(2, f"Phone +6281234567890 already belongs to {old.code} Lama.")]
        assert import_customers(s, plan, skip_duplicates=True) == 2
        assert import_customers(s, plan) == 3
    with pg.session(write=False) as s:
        rows = s.execute(
            select(Customer.code, Customer.name, Customer.phone, Customer.birth_date)  # type: ignore[call-overload]
            .where(Customer.id > others + 1)
            .order_by(Customer.id)
        ).all()
        assert [tuple(r) for r in rows] == [
            ("DIV-0001", "Gudang", "", None),
            (f"PLG-{others + 2:06d}", "Ani", "+6285711112222", None),
            (f"PLG-{others + 3:06d}", "Budi", "+6281234567890", date(1985, 8, 17)),
            ("DIV-0002", "Gudang", "", None),
            (f"PLG-{others + 4:06d}", "Ani", "+6285711112222", None),
        ]
        assert s.execute(select(func.count()).select_from(CustomerTag)).scalar_one() == 2
