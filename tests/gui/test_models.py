"""Every table model of the tabs passes Qt's model tester over a demo shop's data.

*qutebrowser*'s ``model_validator``: a model that answers a wrong row count, an index of
another model or a header beyond its columns breaks views in ways no screenshot shows. The
data are the demo builder's (both kinds of customer, every invoice status, kwitansi, points),
on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from sqlalchemy import func
from sqlmodel import select

from bizcare.domain.enums import InvoiceStatus
from bizcare.domain.models import Invoice
from bizcare.services.billing import duplicate_invoice
from bizcare.services.demo.run import generate
from bizcare.storage.db import Database
from bizcare.ui.common.context import UiContext
from tests.pg import needs_postgres

pytestmark = pytest.mark.gui

#: The demo's end day: fixed, so each run sees the same shop.
TODAY = date(2026, 11, 30)


@pytest.fixture(params=["db", pytest.param("pg", marks=needs_postgres)])
def shop(request: pytest.FixtureRequest) -> Iterator[Database]:
    database: Database = request.getfixturevalue(request.param)
    generate(database, customers=40, months=6, seed=7, today=TODAY)
    yield database
    QThreadPool.globalInstance().waitForDone()  # no background query outlives the database


def busiest_customer(db: Database) -> int:
    with db.session(write=False) as s:
        count = func.count(Invoice.id)
        row = s.exec(select(Invoice.customer_id, count).group_by(Invoice.customer_id)
                     .order_by(count.desc())).first()
    assert row is not None
    return int(row[0])


def a_draft(db: Database) -> int:
    """A draft copied from the demo's longest issued invoice (what "Duplicate" does)."""
    with db.session() as s:
        issued = s.exec(select(Invoice.id).where(Invoice.status != InvoiceStatus.DRAFT)
                        .order_by(Invoice.total.desc())).first()  # type: ignore[attr-defined]
        assert issued is not None
        return int(duplicate_invoice(s, issued).id)  # type: ignore[arg-type]


def check(qtmodeltester: Any, model: Any) -> None:
    assert model.rowCount() > 0, type(model).__name__  # a check of an empty model proves little
    qtmodeltester.check(model)


def test_billing_models(qtbot: Any, qtmodeltester: Any, shop: Database) -> None:
    from bizcare.ui.billing import create_tab
    from bizcare.ui.billing.editor import InvoiceEditor

    ctx = UiContext(db=shop)
    tab = create_tab(ctx)
    qtbot.addWidget(tab)
    tab.invoice_model.wait_for_count()
    tab.receipt_model.wait_for_count()
    check(qtmodeltester, tab.invoice_model)
    check(qtmodeltester, tab.receipt_model)
    with qtbot.waitSignal(tab.receivables.refreshed):
        tab.receivables.refresh()
    check(qtmodeltester, tab.receivables.ageing_model)
    check(qtmodeltester, tab.receivables.overdue_model)
    editor = InvoiceEditor(ctx, a_draft(shop), parent=tab)
    qtbot.addWidget(editor)
    check(qtmodeltester, editor.lines)


def test_customer_models(qtbot: Any, qtmodeltester: Any, shop: Database) -> None:
    from bizcare.ui.customers import create_tab

    tab = create_tab(UiContext(db=shop))
    qtbot.addWidget(tab)
    tab.model.wait_for_count()
    check(qtmodeltester, tab.model)
    tab.select_customer(busiest_customer(shop))
    qtbot.waitUntil(lambda: not tab.busy)
    pages = tab.detail.pages
    check(qtmodeltester, pages.invoices.model)
    check(qtmodeltester, pages.receipts.model)


def test_loyalty_models(qtbot: Any, qtmodeltester: Any, shop: Database) -> None:
    from bizcare.ui.loyalty.tab import LoyaltyTab

    tab = LoyaltyTab(UiContext(db=shop))
    qtbot.addWidget(tab)
    tab.members.model.wait_for_count()
    check(qtmodeltester, tab.members.model)
    tab.members.view.select_id(busiest_customer(shop))
    tab.members.detail.show_member(busiest_customer(shop))
    check(qtmodeltester, tab.members.detail.history_model)
    tab.reminders.reload()
    qtmodeltester.check(tab.reminders.model)
    tab.internal.reload()
    check(qtmodeltester, tab.internal.model)
