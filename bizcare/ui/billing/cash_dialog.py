"""A kwitansi for money received without an invoice (a cash sale)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bizcare.domain.enums import PaymentMethod
from bizcare.services.billing import ops as billing_ops
from bizcare.ui.billing.labels import method_label
from bizcare.ui.billing.widgets import CustomerPicker, RupiahEdit, date_edit, to_date
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.ops import run_op


class CashReceiptDialog(QDialog):
    """After ``accept()``: ``receipt_number`` is the kwitansi issued."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.receipt_number: str | None = None
        self.setWindowTitle(self.tr("Cash-sale kwitansi"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.customer = CustomerPicker(ctx.db, self)
        self.amount = RupiahEdit()
        self.purpose = QLineEdit()
        self.purpose.setMaxLength(1000)
        self.purpose.setPlaceholderText(self.tr("e.g. Pembelian 2 karung beras 25 kg"))
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(method_label(method), str(method))
        self.paid_on = date_edit(date.today())
        self.paid_on.setMaximumDate(self.paid_on.date())  # money received today or earlier
        self.reference = QLineEdit()
        self.reference.setMaxLength(100)
        form.addRow(self.tr("&Received from"), self.customer)
        form.addRow(self.tr("&Amount (Rp)"), self.amount)
        form.addRow(self.tr("&For"), self.purpose)
        form.addRow(self.tr("&Method"), self.method)
        form.addRow(self.tr("&Date"), self.paid_on)
        form.addRow(self.tr("Re&ference"), self.reference)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Issue kwitansi"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def issue(self) -> bool:
        from bizcare.domain.errors import ValidationError
        from bizcare.domain.i18n import QT_TRANSLATE_NOOP

        def work() -> billing_ops.Issued:
            if self.customer.customer_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Please choose a customer from the list."),
                    "customer_id")
            return billing_ops.issue_cash_receipt(
                self.ctx.db, self.customer.customer_id, self.amount.amount(),
                self.purpose.text(), self.method.currentData(),
                to_date(self.paid_on.date()), self.reference.text())

        return run_op(self, self.ctx.hub, work, changes=billing_ops.DOCUMENTS,
                      on_success=self._issued)

    def _issued(self, receipt: billing_ops.Issued) -> None:
        self.receipt_number = receipt.number
        self.accept()
