"""What the buttons of the billing tab do: open a dialog, or run one ``billing_ops`` use case
through ``run_op`` (which shows a refusal and broadcasts what changed).

Dialogs are opened window-modal with ``open()`` (never a nested ``exec()``), and their
``accepted`` signal finishes the operation, so the GUI stays responsive and tests can drive
them. No business rule is decided here: the services refuse what is not allowed.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from bizcare.services.billing import ops as billing_ops
from bizcare.ui.common.errors import show_error
from bizcare.ui.common.ops import run_op

if TYPE_CHECKING:
    from bizcare.ui.billing.detail import InvoiceDetailPanel
    from bizcare.ui.billing.receipt_detail import ReceiptDetailPanel
    from bizcare.ui.common.context import UiContext


class BillingView(Protocol):
    """What the operations need of the billing tab (the tab builds them; they never import it)."""

    ctx: UiContext
    invoice_detail: InvoiceDetailPanel
    receipt_detail: ReceiptDetailPanel

    def changed(self, message: str = "", invoice_id: int | None = None) -> None: ...

    def select_invoice(self, invoice_id: int | None) -> None: ...


class BillingOps(QObject):
    """The operations of one billing tab; ``last_dialog`` is the dialog last opened."""

    def __init__(self, tab: Any) -> None:
        """``tab`` is a :class:`QWidget` that is a :class:`BillingView`."""
        super().__init__(tab)
        self.tab: BillingView = tab
        self.parent_widget: QWidget = tab
        self.last_dialog: QDialog | None = None

    @property
    def ctx(self):  # type: ignore[no-untyped-def]
        return self.tab.ctx

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        dialog.setModal(True)
        dialog.open()
        return dialog

    # -- invoices ----------------------------------------------------------------------
    def new_invoice(self) -> QDialog:
        """Open the editor on a new draft."""
        from bizcare.ui.billing.editor import InvoiceEditor

        editor = InvoiceEditor(self.ctx, parent=self.parent_widget)
        editor.accepted.connect(lambda: self._after_editor(editor))
        return self._open(editor)

    def edit_invoice(self, invoice_id: int) -> QDialog:
        from bizcare.ui.billing.editor import InvoiceEditor

        editor = InvoiceEditor(self.ctx, invoice_id, parent=self.parent_widget)
        editor.accepted.connect(lambda: self._after_editor(editor))
        return self._open(editor)

    def _after_editor(self, editor) -> None:  # type: ignore[no-untyped-def]
        if editor.issued_number:
            message = self.tr("Invoice {number} issued.").format(number=editor.issued_number)
        else:
            message = self.tr("Draft saved.")
        self.tab.changed(message, editor.invoice_id)
        self.tab.select_invoice(editor.invoice_id)

    def invoice_action(self, name: str) -> QDialog | None:
        """Run the detail panel's action ``name`` on the invoice shown there."""
        detail = self.tab.invoice_detail.detail
        if detail is None:
            return None
        invoice_id = detail.invoice.id or 0
        if name == "edit":
            return self.edit_invoice(invoice_id)
        if name == "pay":
            return self.pay(detail)
        if name == "void":
            return self.void_invoice(detail)
        if name in ("preview", "print"):
            from bizcare.ui.billing.preview import invoice_pdf

            return self._pdf(name, lambda: invoice_pdf(self.ctx.db, invoice_id),
                             detail.invoice.number or self.tr("Draft"))
        if name == "delete":
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete draft"), self.tr(
                "Delete this draft invoice? It has no number yet, so nothing is lost from "
                "the numbering."), parent=self.parent_widget)
            delete = box.addButton(self.tr("Delete draft"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not delete:
                return None
        self.run(name, invoice_id)
        return None

    def run(self, name: str, invoice_id: int) -> bool:
        """Issue, delete or duplicate ``invoice_id`` (one service call, one transaction)."""
        db, hub, parent = self.ctx.db, self.ctx.hub, self.parent_widget

        def done(message: str, select: int | None) -> None:
            self.tab.changed(message, select)
            self.tab.select_invoice(select)

        if name == "issue":
            return run_op(parent, hub, partial(billing_ops.issue_invoice, db, invoice_id),
                          on_success=lambda issued: done(self.tr(
                              "Invoice {number} issued.").format(number=issued.number),
                              invoice_id))
        if name == "delete":
            return run_op(parent, hub, partial(billing_ops.delete_draft, db, invoice_id),
                          on_success=lambda _r: done(self.tr("Draft deleted."), None))
        if name == "duplicate":
            return run_op(parent, hub, partial(billing_ops.duplicate_invoice, db, invoice_id),
                          on_success=lambda copy: done(self.tr("Copied as a new draft."), copy))
        raise ValueError(name)

    def pay(self, detail) -> QDialog:  # type: ignore[no-untyped-def]
        from bizcare.ui.billing.pay_dialog import PayDialog

        dialog = PayDialog(self.ctx, detail, self.parent_widget)
        invoice_id = detail.invoice.id

        dialog.paid.connect(lambda number: self.tab.changed(
            self.tr("Payment recorded; kwitansi {number} issued.").format(number=number),
            invoice_id))
        dialog.document.connect(self.receipt_document)
        return self._open(dialog)

    def receipt_document(self, name: str, receipt_id: int) -> QDialog | None:
        """Preview or print the kwitansi ``receipt_id``."""
        from bizcare.ui.billing.preview import receipt_pdf

        return self._pdf(name, lambda: receipt_pdf(self.ctx.db, receipt_id),
                         self.tr("Kwitansi"))

    def void_invoice(self, detail) -> QDialog:  # type: ignore[no-untyped-def]
        from bizcare.ui.billing.void_dialog import VoidDialog

        dialog = VoidDialog(self.ctx, detail.invoice.number or "", invoice_id=detail.invoice.id,
                            paid=detail.paid, parent=self.parent_widget)
        dialog.accepted.connect(lambda: self.tab.changed(self.tr("Invoice {number} voided.").format(
            number=detail.invoice.number), detail.invoice.id))
        return self._open(dialog)

    # -- kwitansi ----------------------------------------------------------------------
    def receipt_action(self, name: str) -> QDialog | None:
        row = self.tab.receipt_detail.row
        if row is None:
            return None
        if name == "void":
            from bizcare.ui.billing.void_dialog import VoidDialog

            dialog = VoidDialog(self.ctx, row.number, receipt_id=row.id, parent=self.parent_widget)
            dialog.accepted.connect(lambda: self.tab.changed(
                self.tr("Kwitansi {number} voided.").format(number=row.number)))
            return self._open(dialog)
        return self.receipt_document(name, row.id)

    def cash_receipt(self) -> QDialog:
        from bizcare.ui.billing.cash_dialog import CashReceiptDialog

        dialog = CashReceiptDialog(self.ctx, self.parent_widget)
        dialog.accepted.connect(lambda: self.tab.changed(
            self.tr("Kwitansi {number} issued.").format(number=dialog.receipt_number)))
        return self._open(dialog)

    # -- documents ---------------------------------------------------------------------
    def _pdf(self, name: str, make, title: str) -> QDialog | None:  # type: ignore[no-untyped-def]
        from bizcare.ui.billing.preview import PdfPreview, print_pdf

        try:
            data = make()
        except Exception as exc:  # noqa: BLE001 - user errors shown, bugs logged
            show_error(self.parent_widget, exc)
            return None
        if name == "print":
            print_pdf(data, self.parent_widget)
            return None
        return self._open(PdfPreview(data, title, self.parent_widget))

    def catalogue(self) -> QDialog:
        from bizcare.ui.billing.catalogue_dialog import CatalogueDialog

        return self._open(CatalogueDialog(self.ctx, self.parent_widget))

    def export_month(self) -> QDialog:
        from bizcare.ui.billing.export_dialog import ExportDialog

        return self._open(ExportDialog(self.ctx, self.parent_widget))
