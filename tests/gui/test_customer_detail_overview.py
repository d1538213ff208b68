"""The customer detail shows the relationship: money owed, invoices, kwitansi, points, tier."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from bizcare.domain.models import Voucher
from bizcare.services.billing import issue_cash_receipt, record_payment, void_receipt
from bizcare.services.loyalty import adjust_points
from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.common.paged_model import ChipRole, RawRole
from tests.services.billing_helpers import line, make_customer, make_invoice

pytestmark = pytest.mark.gui

GLOSSARY = Path(__file__).resolve().parents[2] / "translations" / "glossary"
TODAY = date.today()


class GlossaryTranslator(QTranslator):
    """Indonesian straight from the glossaries, as the merge script will compile them."""

    def __init__(self) -> None:
        super().__init__()
        self.words: dict[str, str] = {}
        for path in sorted(GLOSSARY.glob("*.json")):
            self.words.update(json.loads(path.read_text(encoding="utf-8")))

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return self.words.get(f"{context}|{source}") or self.words.get(source) or ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def people(db: Any) -> dict[str, int]:
    """Budi owes 1,500,000 overdue and 300,000 not yet due, paid 500,000 (50 points), bought
    200,000 in cash (voided) and holds a Rp50.000 voucher; Gudang (a division) has 30
    appreciation points."""
    with db.session() as s:
        budi = make_customer(s)
        late = make_invoice(s, budi, [line(price=2_000_000)], on=TODAY - timedelta(days=40),
                            due=TODAY - timedelta(days=10))
        record_payment(s, late.id or 0, 500_000, paid_on=TODAY - timedelta(days=20))
        make_invoice(s, budi, [line(price=300_000)], on=TODAY, due=TODAY + timedelta(days=14))
        cash = issue_cash_receipt(s, budi.id or 0, 200_000, "Freon", paid_on=TODAY)
        void_receipt(s, cash.id or 0, "Salah input")
        s.add(Voucher(code="VC-7F3A21B9", customer_id=budi.id or 0, value=50_000))
        gudang = make_customer(s, "DIV-000001", "Gudang", kind="internal", category="division")
        adjust_points(s, gudang.id or 0, 30, "Stok opname tepat waktu")
        return {"budi": budi.id or 0, "gudang": gudang.id or 0}


@pytest.fixture
def detail(qtbot: Any, db: Any) -> Any:
    from bizcare.ui.customers.detail import CustomerDetail

    widget = CustomerDetail(db, "en")
    qtbot.addWidget(widget)
    widget.resize(520, 900)
    widget.show()
    return widget


def shown(qtbot: Any, detail: Any, customer_id: int) -> None:
    with qtbot.waitSignal(detail.loader.loaded, timeout=5000):
        detail.show_customer(customer_id)
    assert not detail.busy


def cells(model: Any, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_money_owed_points_and_tier(qtbot: Any, detail: Any, people: dict[str, int]) -> None:
    shown(qtbot, detail, people["budi"])
    cards = detail.relationship
    assert cards.money_card.isVisibleTo(detail)
    assert cards.owed.text() == "Rp1.800.000"
    assert cards.owed_detail.text() == "1 overdue · Rp1.500.000"
    assert cards.points.text() == "Silver · 50 points"
    assert cards.points_detail.text().startswith("50 points expire on ")
    assert cards.vouchers.isVisibleTo(detail)
    assert "VC-7F3A21B9 · Rp50.000" in cards.vouchers.text()


def test_invoices_and_kwitansi_lists(qtbot: Any, detail: Any, people: dict[str, int],
                                     qtmodeltester: Any) -> None:
    shown(qtbot, detail, people["budi"])
    pages = detail.pages
    assert pages.tabText(pages.INVOICES) == "Invoices (2)"
    assert pages.tabText(pages.RECEIPTS) == "Kwitansi (2)"
    invoices = pages.invoices.model
    this_month = f"INV/{TODAY:%Y}/{TODAY:%m}/"
    assert cells(invoices, 0)[0].startswith(this_month)  # newest first
    assert cells(invoices, 4) == ["ISSUED", "OVERDUE"]
    assert cells(invoices, 4, ChipRole) == ["blue", "red"]
    assert cells(invoices, 2, RawRole) == [300_000, 2_000_000]
    assert cells(invoices, 3, RawRole) == [300_000, 1_500_000]
    receipts = pages.receipts.model
    assert cells(receipts, 2) == ["Cash sale", cells(invoices, 0)[1]]
    assert cells(receipts, 3, RawRole) == [200_000, 500_000]
    void_font = receipts.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert void_font is not None and void_font.strikeOut()  # the voided cash kwitansi
    assert receipts.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert pages.invoices.table is None  # built when its tab is first shown
    pages.setCurrentIndex(pages.INVOICES)
    assert pages.invoices.stack.currentWidget() is pages.invoices.table
    assert pages.invoices.table.model() is invoices
    qtmodeltester.check(invoices)
    qtmodeltester.check(receipts)


def test_indonesian_reads_piutang_jatuh_tempo_and_poin(qtbot: Any, db: Any,
                                                       people: dict[str, int]) -> None:
    from bizcare.ui.customers.detail import CustomerDetail

    translator = GlossaryTranslator()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        widget = CustomerDetail(db, "id")
        qtbot.addWidget(widget)
        widget.show()
        shown(qtbot, widget, people["budi"])
        text = " ".join(label.text() for label in (
            widget.relationship.money_card.findChild(type(widget.relationship.owed),
                                                     "cardTitle"),
            widget.relationship.owed, widget.relationship.owed_detail,
            widget.relationship.points))
        assert text == "Piutang Rp1.800.000 1 jatuh tempo · Rp1.500.000 Silver · 50 poin"
        assert widget.pages.tabText(widget.pages.INVOICES) == "Invoice (2)"
        assert cells(widget.pages.invoices.model, 4) == ["TERBIT", "JATUH TEMPO"]
    finally:
        app.removeTranslator(translator)


def test_internal_customer_shows_appreciation_points_only(qtbot: Any, detail: Any,
                                                          people: dict[str, int]) -> None:
    shown(qtbot, detail, people["gudang"])
    cards = detail.relationship
    assert not cards.money_card.isVisibleTo(detail)  # a division never invoiced
    assert cards.points_title.text() == "Appreciation points"
    assert cards.points.text() == "30 points"
    assert not cards.vouchers.isVisibleTo(detail)
    detail.pages.setCurrentIndex(detail.pages.INVOICES)
    assert detail.pages.invoices.stack.currentWidget() is detail.pages.invoices.empty
    detail.pages.setCurrentIndex(detail.pages.RECEIPTS)
    assert detail.pages.receipts.stack.currentWidget() is detail.pages.receipts.empty


def test_a_quick_walk_through_the_list_ends_on_the_last_customer(
        qtbot: Any, detail: Any, people: dict[str, int]) -> None:
    detail.show_customer(people["budi"])
    detail.show_customer(people["gudang"])
    detail.show_customer(people["budi"])
    detail.show_customer(people["gudang"])
    qtbot.waitUntil(lambda: not detail.busy and detail.relationship.points.text() != "")
    assert detail.relationship.points.text() == "30 points"
    detail.show_customer(None)
    qtbot.waitUntil(lambda: not detail.busy)
    assert detail.relationship.points.text() == ""


def test_tab_refreshes_the_detail_when_invoices_change(qtbot: Any, db: Any,
                                                       people: dict[str, int]) -> None:
    from bizcare.ui.customers import create_tab

    ctx = UiContext(db=db)
    tab = create_tab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.select_customer(people["budi"])
    qtbot.waitUntil(lambda: tab.detail.relationship.owed.text() == "Rp1.800.000")
    with db.session() as s:
        invoice_id = make_invoice(s, make_customer(s, "PLG-000002", "Siti"), on=TODAY).id
        record_payment(s, invoice_id or 0, 100_000, paid_on=TODAY)  # someone else's
    with db.session() as s:
        latest = next(i for i in tab.detail.pages.invoices.model.rows
                      if i.status == "issued")
        record_payment(s, latest.id, 300_000, paid_on=TODAY)
    ctx.hub.changed.emit(Changes(invoices=True))
    qtbot.waitUntil(lambda: tab.detail.relationship.owed.text() == "Rp1.500.000")
    assert tab.detail.pages.tabText(tab.detail.pages.RECEIPTS) == "Kwitansi (3)"
    qtbot.waitUntil(lambda: not tab.busy)
