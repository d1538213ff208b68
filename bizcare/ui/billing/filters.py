"""The filter bar over the billing lists, and the typed filters it edits.

Each list keeps its own filter (:class:`InvoiceFilter`, :class:`ReceiptFilter`); the bar
shows the filter of the page in view and, when the owner changes a field, emits the page's
filter with that field changed. Nothing is read back from translated text: the combos carry
their values as item data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from bizcare.documents.formatting import format_month_year
from bizcare.domain.enums import InvoiceStatus
from bizcare.services.billing import InvoiceQuery, ReceiptQuery
from bizcare.storage.db import Database
from bizcare.ui.billing.labels import status_label
from bizcare.ui.billing.widgets import DEBOUNCE_MS, CustomerPicker
from bizcare.ui.common.combos import select_data

MONTHS_OFFERED = 36
# "overdue" is derived from the due date, so the status filter offers it beside the stored ones.
StatusChoice = InvoiceStatus | Literal["overdue"]
STATUS_ORDER: tuple[StatusChoice, ...] = (
    InvoiceStatus.DRAFT, InvoiceStatus.ISSUED, InvoiceStatus.PARTIAL, "overdue",
    InvoiceStatus.PAID, InvoiceStatus.VOID)


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


@dataclass(frozen=True)
class ReceiptFilter:
    """What the kwitansi list shows: ``month`` is "2026-11"; ``customer_label`` is the
    picker's text for ``customer_id`` (so the bar can show it again)."""

    search: str = ""
    month: str | None = None
    customer_id: int | None = None
    customer_label: str = ""

    @property
    def is_filtered(self) -> bool:
        return bool(self.search or self.month or self.customer_id is not None)

    def query(self) -> ReceiptQuery:
        return ReceiptQuery(search=self.search, month=self.month, customer_id=self.customer_id)


@dataclass(frozen=True)
class InvoiceFilter(ReceiptFilter):
    """What the invoice list shows: the kwitansi fields plus the status."""

    status: StatusChoice | None = None

    @property
    def is_filtered(self) -> bool:
        return super().is_filtered or self.status is not None

    def query(self) -> InvoiceQuery:  # type: ignore[override]
        return InvoiceQuery(search=self.search, status=self.status, month=self.month,
                            customer_id=self.customer_id)


class FilterBar(QWidget):
    """Edits the filter of the page in view (see :meth:`show_filter`).

    Signals:
        changed(object): the filter with the owner's change (the search after a short pause).
    """

    changed = Signal(object)

    def __init__(self, db: Database, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter: ReceiptFilter = InvoiceFilter()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, customer code or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._edited)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in STATUS_ORDER:
            self.status.addItem(status_label(status), status)
        self.status.currentIndexChanged.connect(self._edited)
        self.month = QComboBox()
        self.month.addItem(self.tr("All months"), None)
        for first in recent_months(date.today()):
            self.month.addItem(format_month_year(first, lang), f"{first:%Y-%m}")
        self.month.currentIndexChanged.connect(self._edited)
        self.customer = CustomerPicker(db, self)
        self.customer.setPlaceholderText(self.tr("All customers"))
        self.customer.setMinimumWidth(200)
        self.customer.picked.connect(self._edited)
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

    @property
    def filter(self) -> ReceiptFilter:
        """The filter the bar shows (an :class:`InvoiceFilter` on the invoice page)."""
        return self._filter

    def show_filter(self, value: ReceiptFilter) -> None:
        """Show ``value`` in the fields (no signal); the status only for invoices."""
        self._timer.stop()
        self._filter = value
        widgets = (self.search, self.status, self.month, self.customer)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.setText(value.search)
            is_invoice = isinstance(value, InvoiceFilter)
            select_data(self.status, value.status if isinstance(value, InvoiceFilter) else None)
            select_data(self.month, value.month)
            if value.customer_id is None:
                self.customer.clear_customer()
            else:
                self.customer.set_customer(value.customer_id, value.customer_label)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.status.setVisible(is_invoice)
        self.status_caption.setVisible(is_invoice)

    def reset(self) -> None:
        """Every field of the page's filter back to "all"."""
        self.show_filter(type(self._filter)())
        self.changed.emit(self._filter)

    def _edited(self, *_args: object) -> None:
        customer_id = self.customer.customer_id
        fields: dict[str, object] = {
            "search": self.search.text().strip(), "month": self.month.currentData(),
            "customer_id": customer_id,
            "customer_label": self.customer.text() if customer_id is not None else ""}
        if isinstance(self._filter, InvoiceFilter):
            fields["status"] = self.status.currentData()
        self._filter = replace(self._filter, **fields)  # type: ignore[arg-type]
        self.changed.emit(self._filter)
