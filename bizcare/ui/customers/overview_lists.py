"""The customer's latest invoices and kwitansi, as two small read-only tables in tabs.

Rows are the billing service's ``InvoiceRow`` / ``ReceiptRow`` (at most a few dozen), so the
model simply holds them. Money is painted by the shared ``MoneyDelegate`` from ``RawRole``
and the invoice status by the ``ChipDelegate`` from ``ChipRole``, the same look the billing
tab has. Opening an invoice is the billing tab's job: tabs do not call each other, so these
lists only show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_date_short, format_number, format_rupiah
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.ui.billing.labels import status_chip, status_label
from bizcare.ui.common.delegates import ChipDelegate, MoneyDelegate
from bizcare.ui.common.list_model import ListTableModel
from bizcare.ui.common.list_view import configure_table
from bizcare.ui.common.paged_model import ChipRole, RawRole
from bizcare.ui.common.palette import FADED, qcolor, set_tone

if TYPE_CHECKING:  # rows arrive from the worker; the services load there, not with the tab
    from bizcare.services.billing import InvoiceRow, ReceiptRow
    from bizcare.services.customers import CustomerOverview

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: header (English source, context ``CustomerOverview``), text, and optional
    raw money (``RawRole``) or chip style (``ChipRole``)."""

    header: str
    text: Callable[[Any], str]
    money: Callable[[Any], int] | None = None
    chip: Callable[[Any], str | None] | None = None


class RowsModel(ListTableModel[Any]):
    """A fixed list of rows shown through ``columns``; ``void(row)`` greys and strikes a row."""

    def __init__(self, columns: Sequence[Column], void: Callable[[Any], bool] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._void = void
        self.spaced = False

    def set_rows(self, rows: Sequence[Any], spaced: bool = False) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.spaced = spaced
        self.endResetModel()

    def column_count(self) -> int:
        return len(self.columns)

    def header_text(self, column: int) -> str:
        return QCoreApplication.translate("CustomerOverview", self.columns[column].header)

    def cell(self, row: Any, column: int, role: int) -> Any:
        spec = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if spec.money is not None:
                return format_rupiah(spec.money(row), spaced=self.spaced)
            return spec.text(row)
        if role == RawRole and spec.money is not None:
            return spec.money(row)
        if role == ChipRole and spec.chip is not None:
            return spec.chip(row)
        voided = self._void is not None and self._void(row)
        if role == Qt.ItemDataRole.ForegroundRole and voided:
            return qcolor(FADED)
        if role == Qt.ItemDataRole.FontRole and voided:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, spec, voided)
        return None

    def _tooltip(self, row: Any, column: Column, voided: bool) -> str | None:
        """The full text of a cell that may be elided in a narrow panel, and "Void" on void
        rows; money and chips need none."""
        if column.money is not None or column.chip is not None:
            return None
        text = column.text(row)
        if voided:
            text = f"{text} · " + QCoreApplication.translate("CustomerOverview", "Void")
        return text


def _number(row: InvoiceRow) -> str:
    return row.number or QCoreApplication.translate("CustomerOverview", "(draft)")


def _paid_for(row: ReceiptRow) -> str:
    return row.invoice_number or QCoreApplication.translate("CustomerOverview", "Cash sale")


def invoice_model(lang: str, parent: QObject | None = None) -> RowsModel:
    """Number, date, total, what is still owed, and the status chip of each invoice."""
    return RowsModel([
        Column(QT_TRANSLATE_NOOP("CustomerOverview", "Number"), _number),
        Column(QT_TRANSLATE_NOOP("CustomerOverview", "Date"),
               lambda r: format_date_short(r.issue_date, lang)),
        Column(QT_TRANSLATE_NOOP("CustomerOverview", "Total"), str, money=lambda r: r.total),
        Column(QT_TRANSLATE_NOOP("CustomerOverview", "Owed"), str,
               money=lambda r: r.outstanding),
        Column(QT_TRANSLATE_NOOP("CustomerOverview", "Status"),
               lambda r: status_label(r.status), chip=lambda r: status_chip(r.status)),
    ], parent=parent)


def receipt_model(lang: str, parent: QObject | None = None) -> RowsModel:
    """Number, date, what it paid for and the amount of each kwitansi (void ones struck)."""
    return RowsModel([
        Column(QT_TRANSLATE_NOOP("CustomerOverview", "Number"), lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("CustomerOverview", "Date"),
               lambda r: format_date_short(r.issued_on, lang)),
        Column(QT_TRANSLATE_NOOP("CustomerOverview", "For"), _paid_for),
        Column(QT_TRANSLATE_NOOP("CustomerOverview", "Amount"), str,
               money=lambda r: r.amount),
    ], void=lambda r: bool(r.void), parent=parent)


class OverviewTable(QTableView):
    """A compact read-only table over a :class:`RowsModel`: no grid, whole rows, chips."""

    def __init__(self, model: RowsModel, stretch: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.rows_model = model
        configure_table(self, stretch=stretch, fit=True)
        # A narrow panel shortens the number in the middle ("INV/20…/0042"), keeping the
        # sequence readable; the tooltip has it in full.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.money = MoneyDelegate(self)
        chips = ChipDelegate(self)
        for number, column in enumerate(model.columns):
            if column.money is not None:
                self.setItemDelegateForColumn(number, self.money)
            elif column.chip is not None:
                self.setItemDelegateForColumn(number, chips)



class ListPage(QWidget):
    """A table with one muted sentence instead when it is empty, and a note when it is cut
    to the latest rows ("The latest 20 of 35.").

    The model is filled whenever an overview arrives; the table view over it is only built
    the first time the page is shown, so the customer detail opens no slower for it.
    """

    def __init__(self, model: RowsModel, stretch: int, empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table: OverviewTable | None = None
        self._stretch = stretch
        self._spaced = False
        self._loaded = False
        self.blank = QWidget()  # before the first overview arrives: nothing, not "none"
        self.empty = QLabel(empty_text)
        set_tone(self.empty, "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(4, 10, 4, 4)
        self.note = QLabel()
        set_tone(self.note, "muted")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.blank)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        self.note.hide()

    def showEvent(self, event: QShowEvent) -> None:
        if self.table is None:
            self.table = OverviewTable(self.model, self._stretch)
            self.table.money.spaced = self._spaced
            self.stack.addWidget(self.table)
            self._show_current()
        super().showEvent(event)

    def set_rows(self, rows: Sequence[Any], total: int, spaced: bool = False) -> None:
        self._spaced = spaced
        if self.table is not None:
            self.table.money.spaced = spaced
        self.model.set_rows(rows, spaced)
        self._loaded = True
        self._show_current()
        cut = total > len(rows)
        self.note.setText(QCoreApplication.translate(
            "CustomerOverview", "The latest {shown} of {total}.").format(
                shown=format_number(len(rows)), total=format_number(total)) if cut else "")
        self.note.setVisible(cut)

    def clear(self) -> None:
        self.model.set_rows([])
        self._loaded = False
        self.note.hide()
        self._show_current()

    def _show_current(self) -> None:
        if self.table is not None and (self.model.rows or not self._loaded):
            self.stack.setCurrentWidget(self.table)
        elif self._loaded and not self.model.rows:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.blank)


class RelationshipPages(QTabWidget):
    """The bottom of the customer detail: contact history, invoices and kwitansi as tabs,
    each tab titled with its count ("Invoices (12)")."""

    HISTORY, INVOICES, RECEIPTS = range(3)

    def __init__(self, history: QWidget, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.history = history
        self.invoices = ListPage(invoice_model(lang, self), 0, self.tr("No invoices yet."))
        self.receipts = ListPage(receipt_model(lang, self), 2, self.tr("No kwitansi yet."))
        self.addTab(history, self.tr("Contact history"))
        self.addTab(self.invoices, self.tr("Invoices"))
        self.addTab(self.receipts, self.tr("Kwitansi"))

    def set_history_count(self, count: int, follow_ups_open: int) -> None:
        self.setTabText(self.HISTORY, self.tr("Contact history ({count})").format(count=count))
        self.setTabToolTip(self.HISTORY, self.tr("Open follow-ups: {count}").format(
            count=follow_ups_open) if follow_ups_open else "")

    def set_overview(self, o: CustomerOverview, spaced: bool = False) -> None:
        self.invoices.set_rows(o.invoices, o.invoice_count, spaced)
        self.receipts.set_rows(o.receipts, o.receipt_count, spaced)
        self.setTabText(self.INVOICES, self.tr("Invoices ({count})").format(
            count=format_number(o.invoice_count)))
        self.setTabText(self.RECEIPTS, self.tr("Kwitansi ({count})").format(
            count=format_number(o.receipt_count)))

    def clear_overview(self) -> None:
        self.invoices.clear()
        self.receipts.clear()
        self.setTabText(self.INVOICES, self.tr("Invoices"))
        self.setTabText(self.RECEIPTS, self.tr("Kwitansi"))
