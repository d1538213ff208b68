"""The Invoice & Kwitansi tab: invoice and kwitansi lists (master) with their detail.

Lists page in from the billing services (filtered, searched and sorted in SQL). The tab
only wires widgets: every write is an operation in :mod:`bizcare.ui.billing.ops`, a
``billing_ops`` use case run by ``run_op``, which broadcasts the ``Changes`` it declares
(invoices, kwitansi, loyalty; never the customer records); every tab, this one too,
refreshes itself from the hub (``follow_changes``: at once if shown, else when next shown).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bizcare.domain.errors import BizCareError
from bizcare.ui.billing.actions import InvoiceAction, ReceiptAction
from bizcare.ui.billing.detail import InvoiceDetailPanel
from bizcare.ui.billing.filters import FilterBar, InvoiceFilter, ReceiptFilter
from bizcare.ui.billing.models import (
    InvoiceTableModel,
    ReceiptTableModel,
    invoice_source,
    receipt_source,
)
from bizcare.ui.billing.ops import BillingOps
from bizcare.ui.billing.receipt_detail import ReceiptDetailPanel
from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.common.delegates import ChipDelegate, MoneyDelegate
from bizcare.ui.common.empty_state import EmptyState
from bizcare.ui.common.errors import show_error
from bizcare.ui.common.follow import follow_changes
from bizcare.ui.common.list_view import ListPage, ListView
from bizcare.ui.common.paged_model import QuerySource, RowRole

INVOICES, RECEIPTS, RECEIVABLES = 0, 1, 2
Ic, Rc = InvoiceTableModel.Columns, ReceiptTableModel.Columns


class BillingTab(QWidget):
    """Invoices, kwitansi and receivables of the business."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = BillingOps(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)

        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("+ New Invoice"))
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Create a new invoice (Ctrl+N)"))
        self.new_button.clicked.connect(self.ops.new_invoice)
        QShortcut(QKeySequence("Ctrl+N"), self, self.ops.new_invoice,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cash_button = QPushButton(self.tr("Cash-sale kwitansi…"))
        self.cash_button.setToolTip(self.tr("A kwitansi for money received without an invoice"))
        self.cash_button.clicked.connect(self.ops.cash_receipt)
        self.export_button = QPushButton(self.tr("Export month's documents…"))
        self.export_button.setToolTip(self.tr(
            "Save every invoice and kwitansi PDF of a month into a folder"))
        self.export_button.clicked.connect(self.ops.export_month)
        bar.addWidget(self.new_button)
        bar.addWidget(self.cash_button)
        bar.addWidget(self.export_button)
        self.catalogue_button = QPushButton(self.tr("Catalogue…"))
        self.catalogue_button.setToolTip(self.tr("Products and services picked into invoice lines"))
        self.catalogue_button.clicked.connect(self.ops.catalogue)
        bar.addWidget(self.catalogue_button)
        bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.invoice_filter = InvoiceFilter()
        self.receipt_filter = ReceiptFilter()
        self.filters = FilterBar(ctx.db, ctx.lang, self)
        self.filters.changed.connect(self._filter_edited)
        layout.addWidget(self.filters)

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        layout.addWidget(self.pages, 1)

        self.invoice_model = InvoiceTableModel(ctx.lang, parent=self)
        self.invoice_view = ListView(
            self.invoice_model, stretch=Ic.CUSTOMER, sort=(Ic.DATE, Qt.SortOrder.DescendingOrder),
            widths={Ic.NUMBER: 135, Ic.DATE: 88, Ic.DUE: 88, Ic.TOTAL: 108, Ic.OUTSTANDING: 118,
                    Ic.STATUS: 112},
            delegates={Ic.TOTAL: MoneyDelegate, Ic.OUTSTANDING: MoneyDelegate,
                       Ic.STATUS: ChipDelegate})
        self.invoice_detail = InvoiceDetailPanel(ctx.lang)
        self.invoice_detail.requested.connect(self.ops.invoice_action)
        self.invoice_model.failed.connect(lambda exc: show_error(self, exc))
        self.empty = EmptyState(self.tr("No invoices yet."), self.tr("Create the first invoice"))
        self.empty.action.connect(self.ops.new_invoice)
        self.invoice_stack = ListPage(self._split(self.invoice_view, self.invoice_detail),
                                      self.empty)
        self.pages.addTab(self.invoice_stack, self.tr("Invoices"))

        self.receipt_model = ReceiptTableModel(ctx.lang, parent=self)
        self.receipt_view = ListView(
            self.receipt_model, stretch=Rc.RECEIVED_FROM,
            sort=(Rc.DATE, Qt.SortOrder.DescendingOrder),
            widths={Rc.NUMBER: 130, Rc.DATE: 88, Rc.INVOICE: 135, Rc.METHOD: 110,
                    Rc.AMOUNT: 108, Rc.STATUS: 80},
            delegates={Rc.AMOUNT: MoneyDelegate, Rc.STATUS: ChipDelegate})
        self.receipt_detail = ReceiptDetailPanel(ctx.lang)
        self.receipt_detail.requested.connect(self.ops.receipt_action)
        self.receipt_model.failed.connect(lambda exc: show_error(self, exc))
        self.pages.addTab(self._split(self.receipt_view, self.receipt_detail), self.tr("Kwitansi"))

        from bizcare.ui.billing.receivables import ReceivablesView

        self.receivables = ReceivablesView(ctx, self)
        self.pages.addTab(self.receivables, self.tr("Receivables"))
        self.pages.currentChanged.connect(self._on_page)

        self.invoice_view.current_id_changed.connect(self.show_invoice)
        self.invoice_view.doubleClicked.connect(self._on_invoice_double_click)
        self.receipt_view.doubleClicked.connect(
            lambda _i: self.ops.receipt_action(ReceiptAction.PREVIEW))
        self.receipt_view.current_id_changed.connect(self._on_receipt_id)
        # A long list is counted off the GUI thread: its total arrives with ``reloaded``.
        self.invoice_model.reloaded.connect(lambda _total: self._update_count())
        self.receipt_model.reloaded.connect(lambda _total: self._update_count())
        self._invoice_id: int | None = None
        self.follower = follow_changes(self, ctx.hub, self.on_changed, Changes(
            invoices=True, receipts=True, customers=True, settings=True))
        self.apply_filters()
        self._on_page(INVOICES)

    # -- layout ------------------------------------------------------------------------
    def _split(self, view: ListView, detail: QWidget) -> QSplitter:
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(view)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([800, 440])
        split.setChildrenCollapsible(False)
        detail.setMinimumWidth(360)
        return split

    def _on_page(self, index: int) -> None:
        """Show the filter of the page in view (each list keeps its own)."""
        if index == RECEIPTS:
            self.filters.show_filter(self.receipt_filter)
        elif index == INVOICES:
            self.filters.show_filter(self.invoice_filter)
        self._update_filter_bar()
        self._update_count()  # the receivables refresh themselves when shown and stale

    # -- queries -----------------------------------------------------------------------
    def _filter_edited(self, value: ReceiptFilter) -> None:
        """The bar edits the filter of the page in view; only that list is queried again."""
        if isinstance(value, InvoiceFilter):
            self.invoice_filter = value
            self._apply_invoice_filter()
        else:
            self.receipt_filter = value
            self._apply_receipt_filter()
        self._update_count()

    def apply_filters(self) -> None:
        """Query both lists again with their filters (the database filters and sorts)."""
        self._apply_invoice_filter()
        self._apply_receipt_filter()
        self._update_count()

    def _apply_invoice_filter(self) -> None:
        query, current = self.invoice_filter.query(), self.invoice_model.source
        self.invoice_model.set_source(
            current.with_query(query) if isinstance(current, QuerySource)
            else invoice_source(self.ctx.db, query))
        self._update_empty()

    def _apply_receipt_filter(self) -> None:
        query, current = self.receipt_filter.query(), self.receipt_model.source
        self.receipt_model.set_source(
            current.with_query(query) if isinstance(current, QuerySource)
            else receipt_source(self.ctx.db, query))

    def _update_empty(self) -> None:
        self.invoice_stack.set_empty(
            self.invoice_model.total == 0 and not self.invoice_filter.is_filtered)
        self._update_filter_bar()

    def _update_filter_bar(self) -> None:
        """Filters over the two lists, but not over the empty state or the receivables."""
        page = self.pages.currentIndex()
        self.filters.setVisible(page == RECEIPTS
                                or (page == INVOICES and not self.invoice_stack.is_empty))

    def _update_count(self) -> None:
        page = self.pages.currentIndex()
        if page == INVOICES:
            text = self.tr("{count} invoices").format(count=f"{self.invoice_model.total:,}"
                                                      .replace(",", "."))
        elif page == RECEIPTS:
            text = self.tr("{count} kwitansi").format(count=f"{self.receipt_model.total:,}"
                                                      .replace(",", "."))
        else:
            text = ""
        self.count_label.setText(text)

    def on_changed(self, changes: Changes) -> None:
        """Refresh from the hub (now if shown, else when next shown: ``follow_changes``)."""
        del changes  # documents, customer names and the settings all show in the lists
        self.invoice_model.reload()
        self.receipt_model.reload()
        self._update_empty()
        self._update_count()  # the receivables follow the hub themselves

    # -- selection ---------------------------------------------------------------------
    def select_invoice(self, invoice_id: int | None) -> None:
        """Select the invoice (when it is in the loaded pages) and show its detail."""
        self.pages.setCurrentIndex(INVOICES)
        self.invoice_view.select_id(invoice_id)
        self.show_invoice(invoice_id)

    def current_invoice_id(self) -> int | None:
        return self._invoice_id

    def _on_invoice_double_click(self, _index: object) -> None:
        """A draft opens in the editor; an issued invoice opens its PDF preview."""
        detail = self.invoice_detail.detail
        if detail is not None:
            self.ops.invoice_action(InvoiceAction.EDIT if detail.can_edit
                                    else InvoiceAction.PREVIEW)

    def _on_receipt_id(self, receipt_id: int | None) -> None:
        if receipt_id is None:
            self.receipt_detail.setVisible(False)
            return
        index = self.receipt_view.selectionModel().currentIndex()
        self.show_receipt(index.data(RowRole))

    def show_invoice(self, invoice_id: int | None) -> None:
        """Load the detail of one invoice from the service into the right panel."""
        from bizcare.services.billing import invoice_detail

        self._invoice_id = invoice_id
        if invoice_id is None:
            self.invoice_detail.setVisible(False)
            return
        try:
            detail = self.ctx.db.run(lambda s: invoice_detail(s, invoice_id), write=False)
        except BizCareError:
            self._invoice_id = None
            self.invoice_detail.setVisible(False)
            return
        self.invoice_detail.show_detail(detail)
        self.invoice_detail.setVisible(True)

    def show_receipt(self, row: object) -> None:
        from bizcare.services.billing import receipt_by_number

        if row is None:
            return
        number = row.number  # type: ignore[attr-defined]
        receipt = self.ctx.db.run(lambda s: receipt_by_number(s, number), write=False)
        purpose, words, why = receipt.purpose, receipt.amount_words, receipt.void_reason
        self.receipt_detail.show_receipt(row, purpose, words, why)  # type: ignore[arg-type]
        self.receipt_detail.setVisible(True)

    # -- after an operation ------------------------------------------------------------
    def changed(self, message: str = "", invoice_id: int | None = None) -> None:
        """After an operation (the runner broadcast what it changed): say so, keep the choice."""
        if invoice_id is not None:
            self._invoice_id = invoice_id
            self.invoice_view.select_id(invoice_id)
        if message:
            self.ctx.hub.status.emit(message)
