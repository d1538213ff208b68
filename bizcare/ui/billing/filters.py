"""The filter bar over the billing lists: search (debounced), status, month, customer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from bizcare.documents.formatting import format_month_year
from bizcare.storage.db import Database
from bizcare.ui.billing.labels import OVERDUE, status_label
from bizcare.ui.billing.widgets import DEBOUNCE_MS, CustomerPicker

MONTHS_OFFERED = 36
STATUS_ORDER = ("draft", "issued", "partial", OVERDUE, "paid", "void")


def recent_months(today: date, count: int = MONTHS_OFFERED) -> list[date]:
    """The first day of this month and the ``count - 1`` months before it, newest first."""
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(date(year, month, 1))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return months


class FilterBar(QWidget):
    """Signals:
    changed(): the search text (after a short pause) or a filter changed.
    """

    changed = Signal()

    def __init__(self, db: Database, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, customer code or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in STATUS_ORDER:
            self.status.addItem(status_label(status), status)
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.month = QComboBox()
        self.month.addItem(self.tr("All months"), None)
        for first in recent_months(date.today()):
            self.month.addItem(format_month_year(first, lang), f"{first:%Y-%m}")
        self.month.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.customer = CustomerPicker(db, self)
        self.customer.setPlaceholderText(self.tr("All customers"))
        self.customer.setMinimumWidth(200)
        self.customer.picked.connect(lambda _id: self.changed.emit())
        self.status_caption = QLabel(self.tr("Status:"))
        layout.addWidget(self.search, 2)
        layout.addSpacing(8)
        layout.addWidget(self.status_caption)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Month:")))
        layout.addWidget(self.month)
        layout.addWidget(QLabel(self.tr("Customer:")))
        layout.addWidget(self.customer, 1)
        self.reset_button = QToolButton()
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset)
        layout.addWidget(self.reset_button)

    def set_status_visible(self, visible: bool) -> None:
        """The kwitansi list has no invoice status to filter on."""
        self.status.setVisible(visible)
        self.status_caption.setVisible(visible)

    def values(self) -> dict[str, object]:
        """search, status, month ("2026-11") and customer_id as the list services take them."""
        return {
            "search": self.search.text().strip(),
            "status": None if self.status.isHidden() else self.status.currentData(),
            "month": self.month.currentData(),
            "customer_id": self.customer.customer_id,
        }

    def is_filtered(self) -> bool:
        v = self.values()
        return bool(v["search"] or v["status"] or v["month"] or v["customer_id"] is not None)

    def reset(self) -> None:
        for widget in (self.search, self.status, self.month, self.customer):
            widget.blockSignals(True)
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.month.setCurrentIndex(0)
        self.customer.clear_customer()
        for widget in (self.search, self.status, self.month, self.customer):
            widget.blockSignals(False)
        self.changed.emit()
