"""Void an invoice or a kwitansi: a reason is required, and the consequences are spelled out.

An issued invoice keeps its number and prints as BATAL. When it already has payments the
service refuses unless they are voided together (a refund); the dialog asks for that
explicitly with a check box, so money received is never hidden by accident.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_rupiah
from bizcare.services.billing import ops as billing_ops
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.ops import run_op


class VoidDialog(QDialog):
    """Ask for the reason, then void ``invoice_id`` or ``receipt_id`` through the service."""

    def __init__(self, ctx: UiContext, number: str, *, invoice_id: int | None = None,
                 receipt_id: int | None = None, paid: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.invoice_id, self.receipt_id = ctx, invoice_id, receipt_id
        self.setWindowTitle(self.tr("Void {number}").format(number=number))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        if invoice_id is not None:
            text = self.tr("Invoice {number} keeps its number and is shown as VOID. This "
                           "cannot be undone.").format(number=number)
        else:
            text = self.tr("Kwitansi {number} and its payment are voided; the invoice it paid "
                           "is open again. This cannot be undone.").format(number=number)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        reason_label = QLabel(self.tr("&Reason (required):"))
        layout.addWidget(reason_label)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        reason_label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.with_payments = QCheckBox(self.tr(
            "Also void its payments of {amount} and their kwitansi (money refunded)").format(
            amount=format_rupiah(paid)))
        self.with_payments.setVisible(invoice_id is not None and paid > 0)
        layout.addWidget(self.with_payments)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("&Void"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setEnabled(False)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.void)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip())))

    def void(self) -> bool:
        reason, db = self.reason.toPlainText(), self.ctx.db
        if self.invoice_id is not None:
            work = partial(billing_ops.void_invoice, db, self.invoice_id, reason,
                           self.with_payments.isChecked())
        else:
            work = partial(billing_ops.void_receipt, db, self.receipt_id or 0, reason)
        return run_op(self, self.ctx.hub, work, on_success=lambda _r: self.accept())
