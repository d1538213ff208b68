"""The right-hand side of the invoice list: one invoice with its lines, payments and actions.

It shows an ``InvoiceDetail`` from the service and offers only the actions its state
allows (a draft: edit, issue, delete; an issued invoice: pay, void, duplicate, PDF, print).
The tab connects the buttons to its operations; this widget never writes anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import (
    format_date_long,
    format_date_short,
    format_number,
    format_rupiah,
)
from bizcare.services.billing import InvoiceDetail
from bizcare.ui.billing.actions import FIRST_ROW, InvoiceAction
from bizcare.ui.billing.labels import method_label, ppn_label, status_chip, status_label
from bizcare.ui.billing.lines_model import format_quantity
from bizcare.ui.billing.widgets import number_head
from bizcare.ui.common.palette import set_chip, set_tone

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(RIGHT)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        table.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents)
    return table


class InvoiceDetailPanel(QWidget):
    """Signals:
    requested(InvoiceAction): an action button was pressed.
    """

    requested = Signal(object)

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.detail: InvoiceDetail | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)

        self.number, self.chip = number_head(layout)
        self.customer = QLabel()
        self.customer.setWordWrap(True)
        self.dates = QLabel()
        set_tone(self.dates, "muted")
        self.void_reason = QLabel()
        self.void_reason.setWordWrap(True)
        set_tone(self.void_reason, "error")
        for label in (self.customer, self.dates, self.void_reason):
            layout.addWidget(label)

        self.buttons: dict[InvoiceAction, QPushButton] = {}
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        a = InvoiceAction
        texts = {
            a.EDIT: self.tr("Edit"), a.ISSUE: self.tr("Issue"), a.DELETE: self.tr("Delete draft"),
            a.PAY: self.tr("Record payment…"), a.VOID: self.tr("Void…"),
            a.DUPLICATE: self.tr("Duplicate as new draft"), a.PREVIEW: self.tr("Preview PDF"),
            a.PRINT: self.tr("Print…"),
        }
        for action in InvoiceAction:
            button = QPushButton(texts[action])
            button.clicked.connect(lambda _=False, n=action: self.requested.emit(n))
            self.buttons[action] = button
            (row1 if action in FIRST_ROW else row2).addWidget(button)
        self.buttons[a.PAY].setProperty("primary", True)
        row1.addStretch(1)
        row2.addStretch(1)
        layout.addLayout(row1)
        layout.addLayout(row2)

        layout.addWidget(self._caption(self.tr("Lines")))
        self.lines = _table([self.tr("Description"), self.tr("Qty"), self.tr("Unit price"),
                             self.tr("Discount"), self.tr("Amount")])
        layout.addWidget(self.lines)
        self.totals = QGridLayout()
        self.totals.setColumnStretch(0, 1)
        layout.addLayout(self.totals)
        self.payments_caption = self._caption(self.tr("Payments and kwitansi"))
        layout.addWidget(self.payments_caption)
        self.payments = _table([self.tr("Kwitansi"), self.tr("Date"), self.tr("Method"),
                                self.tr("Amount")])
        layout.addWidget(self.payments)
        self.no_payments = QLabel(self.tr("No payments yet."))
        set_tone(self.no_payments, "muted")
        layout.addWidget(self.no_payments)
        self.notes_caption = self._caption(self.tr("Notes and payment instructions"))
        layout.addWidget(self.notes_caption)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        set_tone(self.notes, "muted")
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notes)
        layout.addStretch(1)

    @staticmethod
    def _caption(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 2)
        return label

    def show_detail(self, detail: InvoiceDetail) -> None:
        """Fill the panel from the service's detail of one invoice."""
        self.detail = detail
        inv, customer = detail.invoice, detail.customer
        self.number.setText(inv.number or self.tr("Draft #{id}").format(id=inv.id))
        set_chip(self.chip, status_label(detail.status), status_chip(detail.status))
        who = f"<b>{_esc(customer.name)}</b> · {_esc(customer.code)}"
        if customer.company and customer.company != customer.name:
            who += f"<br>{_esc(customer.company)}"
        self.customer.setText(who)
        self.dates.setText(self.tr("Date {date} · due {due}").format(
            date=format_date_long(inv.issue_date, self.lang),
            due=format_date_long(inv.due_date, self.lang)))
        self.void_reason.setVisible(bool(inv.void_reason))
        self.void_reason.setText(self.tr("Voided: {reason}").format(reason=inv.void_reason))
        a = InvoiceAction
        allowed = {
            a.EDIT: detail.can_edit, a.ISSUE: detail.can_edit, a.DELETE: detail.can_edit,
            a.PAY: detail.can_pay, a.VOID: detail.can_void, a.DUPLICATE: True,
            a.PREVIEW: True, a.PRINT: True,
        }
        for name, button in self.buttons.items():
            button.setVisible(allowed[name])
        self._fill_lines(detail)
        self._fill_totals(detail)
        self._fill_payments(detail)
        texts = [t for t in (inv.notes, inv.payment_instructions) if t]
        self.notes.setText("\n\n".join(texts))
        self.notes_caption.setVisible(bool(texts))
        self.notes.setVisible(bool(texts))

    def _fill_lines(self, detail: InvoiceDetail) -> None:
        self.lines.setRowCount(len(detail.lines))
        for row, (line, amount) in enumerate(zip(detail.lines, detail.line_amounts,
                                                 strict=True)):
            qty = f"{format_quantity(line.quantity)} {line.unit}"
            cells = [
                _item(line.description), _item(qty, True), _item(format_rupiah(line.unit_price),
                                                                  True),
                _item(format_rupiah(line.discount) if line.discount else "–", True),
                _item(format_rupiah(amount), True),
            ]
            for column, item in enumerate(cells):
                self.lines.setItem(row, column, item)
        _fit_height(self.lines)

    def _fill_totals(self, detail: InvoiceDetail) -> None:
        while (item := self.totals.takeAt(0)) is not None:
            old = item.widget()
            if old is not None:
                old.hide()
                old.deleteLater()
        inv = detail.invoice
        rows: list[tuple[str, int, bool]] = [(self.tr("Subtotal"), inv.subtotal, False)]
        if inv.discount:
            rows.append((self.tr("Discount"), -inv.discount, False))
        if inv.ppn_mode != "none":
            rows.append((self.tr("DPP"), inv.dpp, False))
            rows.append((ppn_label(inv.ppn_mode), inv.ppn, False))
        loyalty = inv.subtotal - inv.discount + inv.ppn - inv.total  # voucher and points
        if loyalty > 0:
            caption = self.tr("Loyalty discount ({points} points)").format(
                points=format_number(inv.points_redeemed)) if inv.points_redeemed \
                else self.tr("Loyalty discount")
            rows.append((caption, -loyalty, False))
        rows.append((self.tr("Total"), inv.total, True))
        if detail.paid:
            rows.append((self.tr("Paid"), detail.paid, False))
        if detail.can_pay or detail.outstanding:
            rows.append((self.tr("Outstanding"), detail.outstanding, True))
        for i, (caption, amount, bold) in enumerate(rows):
            left, right = QLabel(caption), QLabel(format_rupiah(amount))
            left.setAlignment(RIGHT)
            right.setAlignment(RIGHT)
            right.setMinimumWidth(130)
            if bold:
                for label in (left, right):
                    font = label.font()
                    font.setBold(True)
                    label.setFont(font)
            self.totals.addWidget(left, i, 0)
            self.totals.addWidget(right, i, 1)

    def _fill_payments(self, detail: InvoiceDetail) -> None:
        receipts = detail.receipts
        self.payments.setRowCount(len(receipts))
        for row, receipt in enumerate(receipts):
            number = receipt.number
            if receipt.void:
                number += " (" + status_label("void") + ")"
            cells = [
                _item(number), _item(format_date_short(receipt.issued_on, self.lang)),
                _item(method_label(receipt.method)), _item(format_rupiah(receipt.amount), True),
            ]
            for column, item in enumerate(cells):
                if receipt.void:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.payments.setItem(row, column, item)
        is_draft = detail.invoice.status == "draft"
        self.payments_caption.setVisible(not is_draft)
        self.payments.setVisible(bool(receipts))
        self.no_payments.setVisible(not receipts and not is_draft)
        _fit_height(self.payments)

    def payment_rows(self) -> list[list[str]]:
        """What the payments table shows, cell by cell (for tests and copy)."""
        return [[_text(self.payments.item(r, c)) for c in range(self.payments.columnCount())]
                for r in range(self.payments.rowCount())]


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


def _fit_height(table: QTableWidget) -> None:
    """Show every row without an inner scroll bar; the panel itself scrolls."""
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    for row in range(table.rowCount()):
        height += table.rowHeight(row)
    table.setFixedHeight(height + 2)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
