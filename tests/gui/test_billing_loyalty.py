"""The invoice editor as a member's invoice is written: balance and tier, points, voucher."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool

from bizcare.domain.models import Voucher
from bizcare.services import loyalty
from bizcare.services.billing import invoice_detail, issue_cash_receipt
from bizcare.services.customers.records import CustomerInput, create_customer
from bizcare.ui.billing.detail import InvoiceDetailPanel
from bizcare.ui.billing.editor import InvoiceEditor
from bizcare.ui.billing.lines_model import LinesModel
from bizcare.ui.common.context import UiContext

pytestmark = pytest.mark.gui

Lc = LinesModel.Columns
TODAY = date.today()


@pytest.fixture
def gold_member(db: Any) -> int:
    """A Gold member (Rp6.000.000 paid in the last 12 months) with exactly 1.240 points."""
    with db.session() as s:
        cid = int(create_customer(s, CustomerInput(name="Budi Santoso", city="Bandung")).id)
        issue_cash_receipt(s, cid, 6_000_000, "Paket AC 2 PK", paid_on=TODAY)
        loyalty.adjust_points(s, cid, 1_240 - loyalty.balance(s, cid), "Saldo awal", on=TODAY)
        s.add(Voucher(code="VC-00C0FFEE", customer_id=cid, value=20_000, issued_on=TODAY))
    return cid


@pytest.fixture
def editor(qtbot: Any, db: Any, gold_member: int) -> Iterator[InvoiceEditor]:
    dialog = InvoiceEditor(UiContext(db=db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.customer.setText("Budi")
    dialog.customer.choose(dialog.customer.search_now()[0])
    lines = dialog.lines
    assert lines.setData(lines.index(0, Lc.DESCRIPTION), "Servis AC")
    assert lines.setData(lines.index(0, Lc.UNIT_PRICE), "300.000")
    yield dialog
    QThreadPool.globalInstance().waitForDone()


def test_editor_shows_balance_tier_and_open_vouchers(editor: InvoiceEditor) -> None:
    panel = editor.loyalty
    assert panel.status.text() == "Gold · 1.240 points"
    vouchers = [panel.voucher.itemText(i) for i in range(panel.voucher.count())]
    assert vouchers == ["No voucher", "VC-00C0FFEE · Rp20.000"]
    assert panel.points.maximum() == 1_240
    assert "1 point = Rp100" in panel.hint.text()


def test_use_points_and_voucher_then_issue_drops_the_balance(
    qtbot: Any, db: Any, editor: InvoiceEditor, gold_member: int
) -> None:
    panel = editor.loyalty
    panel.voucher.setCurrentIndex(1)
    panel.points.setValue(500)
    assert editor.voucher_label.text() == "−Rp20.000"
    assert editor.points_caption.text() == "Points discount (500 points)"
    assert editor.points_label.text() == "−Rp50.000"
    assert editor.total_label.text() == "Rp230.000"
    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(editor.issue_button, Qt.MouseButton.LeftButton)
    assert editor.issued_number
    with db.session(write=False) as s:
        assert loyalty.balance(s, gold_member) == 740
        assert loyalty.open_vouchers(s, gold_member) == []
        detail = invoice_detail(s, editor.invoice_id or 0)
        assert (detail.invoice.points_redeemed, detail.invoice.total) == (500, 230_000)
    panel_detail = InvoiceDetailPanel()
    qtbot.addWidget(panel_detail)
    panel_detail.show_detail(detail)
    grid = panel_detail.totals
    shown = [(grid.itemAtPosition(r, 0).widget().text(), grid.itemAtPosition(r, 1).widget().text())
             for r in range(grid.rowCount()) if grid.itemAtPosition(r, 0) is not None]
    assert ("Loyalty discount (500 points)", "-Rp70.000") in shown


def test_all_uses_only_what_the_total_needs(qtbot: Any, editor: InvoiceEditor) -> None:
    lines = editor.lines
    assert lines.setData(lines.index(0, Lc.UNIT_PRICE), "50.000")
    qtbot.mouseClick(editor.loyalty.all_button, Qt.MouseButton.LeftButton)
    assert editor.loyalty.points.value() == 500
    assert editor.total_label.text() == "Rp0"
    assert editor.words_label.text() == ""


def test_a_saved_draft_reopens_with_its_points(
    qtbot: Any, db: Any, editor: InvoiceEditor, gold_member: int
) -> None:
    editor.loyalty.points.setValue(300)
    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with db.session(write=False) as s:
        assert loyalty.balance(s, gold_member) == 1_240  # a draft deducts nothing
    again = InvoiceEditor(UiContext(db=db), editor.invoice_id)
    qtbot.addWidget(again)
    assert again.loyalty.points.value() == 300
    assert again.total_label.text() == "Rp270.000"
