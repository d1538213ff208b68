"""Record a payment on an invoice: amount (the balance by default), method, date, reference.

The service refuses anything wrong (more than the balance, a void invoice, Rp0) and changes
nothing then; the dialog stays open with the message so the user can correct it. After a
payment it turns into a confirmation showing the number of the kwitansi that was issued,
with buttons to preview or print it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_rupiah
from bizcare.documents.terbilang import terbilang
from bizcare.domain.enums import PaymentMethod
from bizcare.services.billing import InvoiceDetail
from bizcare.services.billing import ops as billing_ops
from bizcare.ui.billing.labels import method_label
from bizcare.ui.billing.widgets import RupiahEdit, date_edit, to_date, to_qdate
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.ops import run_op
from bizcare.ui.common.palette import set_tone


class PayDialog(QDialog):
    """After a payment ``receipt_number``/``receipt_id`` name the kwitansi it issued.

    Signals:
        paid(str): the payment was recorded (the kwitansi number); data changed.
        document(str, int): "preview" or "print" of the kwitansi (its id) was asked for.
    """

    paid = Signal(str)
    document = Signal(str, int)

    def __init__(self, ctx: UiContext, detail: InvoiceDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.detail = ctx, detail
        self.receipt_number: str | None = None
        self.receipt_id: int | None = None
        inv = detail.invoice
        self.setWindowTitle(self.tr("Record payment – {number}").format(number=inv.number))
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        form_page = QWidget()
        self.pages.addWidget(form_page)
        layout = QVBoxLayout(form_page)
        layout.setContentsMargins(0, 0, 0, 0)
        summary = QLabel(self.tr("{customer}<br>Total {total} · paid {paid} · "
                                 "<b>outstanding {outstanding}</b>").format(
            customer=detail.customer.name.replace("&", "&amp;").replace("<", "&lt;"),
            total=format_rupiah(inv.total), paid=format_rupiah(detail.paid),
            outstanding=format_rupiah(detail.outstanding)))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        form = QFormLayout()
        self.amount = RupiahEdit()
        self.amount.set_amount(detail.outstanding)
        self.amount.amountChanged.connect(self._update_words)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setObjectName("amountWords")
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(method_label(method), str(method))
        self.paid_on = date_edit(max(date.today(), inv.issue_date))
        self.paid_on.setMinimumDate(to_qdate(inv.issue_date))
        if inv.issue_date <= date.today():  # money received today or earlier
            self.paid_on.setMaximumDate(to_qdate(date.today()))
        self.reference = QLineEdit()
        self.reference.setMaxLength(100)
        self.reference.setPlaceholderText(self.tr("e.g. transfer reference (optional)"))
        form.addRow(self.tr("&Amount (Rp)"), self.amount)
        form.addRow("", self.words)
        form.addRow(self.tr("&Method"), self.method)
        form.addRow(self.tr("&Date"), self.paid_on)
        form.addRow(self.tr("&Reference"), self.reference)
        layout.addLayout(form)
        self.hint = QLabel(self.tr("A kwitansi is issued automatically for this payment."))
        set_tone(self.hint, "muted")
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Record &payment"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.pay)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._build_done_page()
        self._update_words(self.amount.amount())

    def _build_done_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_label = QLabel()
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addStretch(1)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        preview = QPushButton(self.tr("Preview kwitansi"))
        printing = QPushButton(self.tr("Print kwitansi…"))
        preview.clicked.connect(lambda: self.document.emit("preview", self.receipt_id or 0))
        printing.clicked.connect(lambda: self.document.emit("print", self.receipt_id or 0))
        buttons.addButton(preview, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(printing, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(self.tr("Close"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.pages.addWidget(page)

    def _update_words(self, amount: int) -> None:
        self.words.setText(terbilang(amount, rupiah=True, capitalize=True) if amount > 0 else "")

    def set_method(self, method: str) -> None:
        self.method.setCurrentIndex(max(self.method.findData(method), 0))

    def pay(self) -> bool:
        """Record the payment; on success the dialog closes, else it shows why."""
        def work() -> billing_ops.Issued:
            return billing_ops.record_payment(
                self.ctx.db, self.detail.invoice.id or 0, self.amount.amount(),
                self.method.currentData(), to_date(self.paid_on.date()), self.reference.text())

        return run_op(self, self.ctx.hub, work, changes=billing_ops.DOCUMENTS,
                      on_success=self._paid)

    def _paid(self, receipt: billing_ops.Issued) -> None:
        number, amount = receipt.number, self.amount.amount()
        self.receipt_number, self.receipt_id = number, receipt.id
        self.done_label.setText(self.tr(
            "<p>Payment of <b>{amount}</b> recorded.</p><p>Kwitansi issued:</p>"
            "<p style='font-size:16pt'><b>{number}</b></p>").format(
            amount=format_rupiah(amount), number=number))
        self.pages.setCurrentIndex(1)
        self.close_button.setDefault(True)
        self.paid.emit(number)
