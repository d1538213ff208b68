"""The Ringkasan tab and the window around it: figures from real rows, loaded off-thread."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from bizcare.domain.enums import InvoiceStatus
from bizcare.domain.models import Customer, Invoice, LoyaltyEntry, Payment
from bizcare.services.dashboard.figures import Comparison, MonthTotal
from bizcare.services.settings import save_profile
from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.dashboard.cards import compare_text, trend_of
from bizcare.ui.dashboard.chart import RevenueChart, axis, short_rupiah

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 24)


def add_customer(db: Any, code: str) -> int:
    with db.session() as s:
        row = Customer(code=code, name=f"Pelanggan {code}")
        s.add(row)
        s.flush()
        return int(row.id)


def add_invoice(db: Any, customer_id: int, total: int, issued: date, due: date,
                status: str = InvoiceStatus.ISSUED, paid: int = 0) -> None:
    with db.session() as s:
        inv = Invoice(customer_id=customer_id, total=total, subtotal=total, issue_date=issued,
                      due_date=due, status=status, number=f"INV/{issued:%Y/%m}/{total}")
        s.add(inv)
        s.flush()
        if paid:
            s.add(Payment(customer_id=customer_id, invoice_id=inv.id, amount=paid,
                          paid_on=issued))


@pytest.fixture
def make_tab(qtbot: Any, db: Any) -> Iterator[Any]:
    made: list[Any] = []

    def make(show: bool = True) -> Any:
        from bizcare.ui.dashboard import create_tab

        tab = create_tab(UiContext(db=db, lang="en"))
        tab.today = lambda: TODAY
        qtbot.addWidget(tab)
        tab.resize(1280, 760)
        made.append(tab)
        if show:
            with qtbot.waitSignal(tab.loaded, timeout=10_000):
                tab.show()
        return tab

    yield make
    QThreadPool.globalInstance().waitForDone()  # no query outlives the database


def test_empty_database_shows_zeros_and_honest_sentences(make_tab: Any) -> None:
    tab = make_tab()
    assert [c.value.text() for c in tab.cards] == ["Rp0", "Rp0", "Rp0", "0"]
    assert tab.follow_ups.stack.currentWidget() is tab.follow_ups.empty
    assert "Nothing needs following up" in tab.follow_ups.empty.text()
    assert tab.expiring.stack.currentWidget() is tab.expiring.empty
    assert tab.chart.top_value == 0 and len(tab.chart.months) == 12


def test_nothing_is_read_until_the_tab_is_on_screen(qtbot: Any, db: Any, make_tab: Any) -> None:
    selects: list[str] = []

    def capture(_c: Any, _cur: Any, sql: str, *_rest: Any) -> None:
        selects.append(sql)

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        tab = make_tab(show=False)
        assert selects == []
        assert tab.sales.value.text() == "…"
        with qtbot.waitSignal(tab.loaded, timeout=10_000):
            tab.show()
            assert tab.sales.value.text() == "…"  # the window is up before the figures
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    assert selects


def test_figures_and_lists_from_real_rows(db: Any, make_tab: Any) -> None:
    budi = add_customer(db, "PLG-1")
    add_invoice(db, budi, 2_000_000, TODAY - timedelta(days=3), TODAY + timedelta(days=11),
                status=InvoiceStatus.PARTIAL, paid=500_000)
    add_invoice(db, budi, 750_000, date(2026, 10, 2), date(2026, 10, 16))
    add_invoice(db, budi, 1_000_000, date(2026, 10, 20), date(2026, 11, 3),
                status=InvoiceStatus.PAID, paid=1_000_000)
    with db.session() as s:
        s.add(LoyaltyEntry(customer_id=budi, kind="earn", points=120,
                           occurred_on=TODAY - timedelta(days=300),
                           expires_on=TODAY + timedelta(days=9)))
    tab = make_tab()
    assert tab.sales.value.text() == "Rp2.000.000"
    assert tab.sales.change.text() == "▲ 14% vs 1–24 Oct 2026 (Rp1.750.000)"
    assert tab.sales.change.property("trend") == "good"
    assert tab.paid.value.text() == "Rp500.000"
    assert tab.receivable.value.text() == "Rp2.250.000"
    assert "Rp750.000 past due (1 invoices)" == tab.receivable.detail.text()
    assert tab.active.value.text() == "1"
    tree = tab.follow_ups.tree
    texts = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert texts[0] == "Overdue invoices (1)"
    assert texts[1].startswith("INV/2026/10/750000 · Pelanggan PLG-1")
    assert tree.topLevelItem(1).text(2) == "Rp750.000"
    assert "120 points of 1 customers" in tab.expiring.summary.text()
    months = {m.month: m for m in tab.chart.months}
    assert months[date(2026, 10, 1)].sales == 1_750_000
    assert months[date(2026, 11, 1)].paid == 500_000


def test_refreshes_when_data_changes_and_waits_when_hidden(qtbot: Any, db: Any,
                                                          make_tab: Any) -> None:
    tab = make_tab()
    budi = add_customer(db, "PLG-1")
    add_invoice(db, budi, 300_000, TODAY, TODAY)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.ctx.hub.changed.emit(Changes(invoices=True))
    assert tab.sales.value.text() == "Rp300.000"
    tab.hide()
    add_invoice(db, budi, 200_000, TODAY, TODAY)
    tab.ctx.hub.changed.emit(Changes(invoices=True))
    assert not tab.busy  # nothing is read for a tab nobody sees
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.show()
    assert tab.sales.value.text() == "Rp500.000"


def test_rupiah_style_setting_is_followed(db: Any, make_tab: Any) -> None:
    from bizcare.services.settings import Settings, save_settings

    with db.session() as s:
        save_settings(s, Settings(rupiah_spaced=True))
    tab = make_tab()
    assert tab.sales.value.text() == "Rp 0"


def test_compare_text_and_trend() -> None:
    show = str
    assert compare_text(Comparison(150, 100), "1–24 Oct", show) == "▲ 50% vs 1–24 Oct (100)"
    assert compare_text(Comparison(50, 100), "1–24 Oct", show) == "▼ 50% vs 1–24 Oct (100)"
    assert compare_text(Comparison(5, 0), "24 Oct", show) == "24 Oct: 0"
    assert trend_of(Comparison(5, 1)) == "good"
    assert trend_of(Comparison(5, 1), higher_is_better=False) == "bad"
    assert trend_of(Comparison(3, 3)) == "flat"


def test_axis_is_round_and_covers_the_highest_bar() -> None:
    assert axis(0) == (1, 1)
    assert axis(12_000_000) == (2_500_000, 5)
    assert axis(47_849_831_000) == (10_000_000_000, 5)
    for highest in (1, 7, 999, 1_000, 123_456_789, 9_999_999_999):
        step, intervals = axis(highest)
        assert step * intervals >= highest and intervals <= 5
        assert str(step).rstrip("0") in ("1", "2", "25", "5")


def test_short_rupiah_for_the_axis(qapp: QApplication) -> None:
    point = QLocale().decimalPoint()
    assert short_rupiah(12_000_000) == "Rp12m"
    assert short_rupiah(1_500_000_000) == f"Rp1{point}5bn"
    assert short_rupiah(2_000) == "Rp2k"
    assert short_rupiah(999) == "Rp999"
    assert short_rupiah(1_250_000) == f"Rp1{point}3m"  # half up


def test_chart_tooltip_names_the_month_and_amounts(qtbot: Any) -> None:
    chart = RevenueChart()
    qtbot.addWidget(chart)
    chart.resize(900, 260)
    months = [MonthTotal(date(2026, m, 1), m * 1_000_000, m * 500_000) for m in range(1, 13)]
    chart.set_data(months, spaced=False, lang="id")
    chart.show()
    plot = chart._plot()
    last = chart.month_at(plot.right() - 1)
    assert last == 11
    assert chart.month_at(plot.left() - 5) is None
    text = chart.tooltip_for(0)
    assert text.splitlines() == ["Januari 2026", "Sales: Rp1.000.000", "Received: Rp500.000"]
    assert not chart.grab().isNull()


def test_main_window_has_menus_shortcuts_icon_and_customer_count(qtbot: Any, db: Any) -> None:
    from bizcare.ui.app import build_main_window, create_app

    add_customer(db, "PLG-1")
    add_customer(db, "PLG-2")
    app = create_app("en")
    assert not app.windowIcon().isNull()
    window = build_main_window(db, "en")
    qtbot.addWidget(window)
    window.show()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Help"]
    shortcuts = {a.shortcut() for m in window.menuBar().actions() for a in m.menu().actions()}
    assert QKeySequence(QKeySequence.StandardKey.Quit) in shortcuts
    assert QKeySequence("Ctrl+1") in shortcuts
    qtbot.waitUntil(lambda: window.customer_count.count == 2, timeout=10_000)
    assert window.customer_count.text() == "2 customers"
    with db.session() as s:
        save_profile(s, name="Toko Sumber Rejeki")
    add_customer(db, "PLG-3")
    window.ctx.hub.changed.emit(Changes(customers=True, settings=True))
    assert window.windowTitle() == "BizCare — Toko Sumber Rejeki"
    qtbot.waitUntil(lambda: window.customer_count.count == 3, timeout=10_000)
    QThreadPool.globalInstance().waitForDone()
