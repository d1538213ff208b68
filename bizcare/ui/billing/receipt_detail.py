"""The right-hand side of the kwitansi list: what the kwitansi says, and its actions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_date_long, format_rupiah
from bizcare.services.billing import ReceiptRow
from bizcare.ui.billing.actions import ReceiptAction
from bizcare.ui.billing.labels import method_label, status_label
from bizcare.ui.billing.widgets import number_head
from bizcare.ui.common.palette import set_chip, set_tone


class ReceiptDetailPanel(QWidget):
    """Signals:
    requested(ReceiptAction): a button was pressed.
    """

    requested = Signal(object)

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.row: ReceiptRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.number, self.chip = number_head(layout)
        form = QFormLayout()
        self.received_from, self.amount, self.words = QLabel(), QLabel(), QLabel()
        self.purpose, self.issued, self.method = QLabel(), QLabel(), QLabel()
        self.meterai, self.void_reason = QLabel(), QLabel()
        for label in (self.received_from, self.words, self.purpose, self.void_reason):
            label.setWordWrap(True)
        bold = self.amount.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.amount.setFont(bold)
        self.words.setStyleSheet("font-style: italic;")
        set_tone(self.meterai, "warning")
        form.addRow(self.tr("Received from"), self.received_from)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("In words"), self.words)
        form.addRow(self.tr("For"), self.purpose)
        form.addRow(self.tr("Date"), self.issued)
        form.addRow(self.tr("Method"), self.method)
        layout.addLayout(form)
        layout.addWidget(self.meterai)
        set_tone(self.void_reason, "error")
        layout.addWidget(self.void_reason)
        buttons = QHBoxLayout()
        self.buttons: dict[ReceiptAction, QPushButton] = {}
        for action, text in ((ReceiptAction.PREVIEW, self.tr("Preview PDF")),
                             (ReceiptAction.PRINT, self.tr("Print…")),
                             (ReceiptAction.VOID, self.tr("Void kwitansi…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, n=action: self.requested.emit(n))
            self.buttons[action] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_receipt(self, row: ReceiptRow, purpose: str, words: str, void_reason: str) -> None:
        """Show one kwitansi; ``purpose`` and ``words`` are its frozen texts."""
        self.row = row
        self.number.setText(row.number)
        set_chip(self.chip, status_label("void") if row.void else self.tr("VALID"),
                 "void" if row.void else "green")
        self.received_from.setText(row.received_from)
        self.amount.setText(format_rupiah(row.amount))
        self.words.setText(words)
        self.purpose.setText(purpose)
        self.issued.setText(format_date_long(row.issued_on, self.lang))
        self.method.setText(method_label(row.method))
        self.meterai.setVisible(row.meterai_required)
        self.meterai.setText(self.tr("Above the stamp-duty threshold: the printed kwitansi has "
                                     "a box for a meterai."))
        self.void_reason.setVisible(row.void)
        self.void_reason.setText(self.tr("Voided: {reason}").format(reason=void_reason))
        self.buttons[ReceiptAction.VOID].setVisible(not row.void)
