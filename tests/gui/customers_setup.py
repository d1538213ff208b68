"""Shared set-up of the customers tab tests: four customers of both kinds and the tab."""

from __future__ import annotations

from typing import Any

import pytest

from bizcare.services.customers.records import CustomerInput, create_customer
from bizcare.ui.common.context import UiContext
from bizcare.ui.customers.model import CustomerTableModel

Cols = CustomerTableModel.Columns


def add(db: Any, **values: Any) -> int:
    with db.session() as s:
        return int(create_customer(s, CustomerInput(**values)).id)


@pytest.fixture
def people(db: Any) -> dict[str, int]:
    return {
        "budi": add(db, name="Budi Santoso", phone="0812-3456-7890", city="Bandung",
                    email="budi@contoh.co.id", tags=["langganan"]),
        "maju": add(db, name="PT Maju & Jaya", category="b2b", company="PT Maju & Jaya",
                    phone="(021) 5890 5002", city="Jakarta Timur"),
        "siti": add(db, name="Siti Rahayu", phone="+62 813 1111 2222", city="Bandung",
                    category="reseller", tags=["grosir"]),
        "gudang": add(db, name="Gudang", kind="internal", division="Gudang",
                      contact_person="Pak Joko", phone="0811-2222-3333"),
    }


@pytest.fixture
def tab(qtbot: Any, db: Any, people: dict[str, int]) -> Any:
    from bizcare.ui.customers import create_tab

    widget = create_tab(UiContext(db=db))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def names(tab: Any) -> list[str]:
    return [tab.model.index(r, Cols.NAME).data() for r in range(tab.model.rowCount())]
