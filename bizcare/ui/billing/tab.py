"""The Invoice & Kwitansi tab: invoice and kwitansi lists (master) with their detail.

Lists page in from the billing services (filtered, searched and sorted in SQL). The tab
only wires widgets: every write is an operation in :mod:`bizcare.ui.billing.ops`, a
``billing_ops`` use case run by ``run_op``, which broadcasts the ``Changes`` it declares
(invoices, kwitansi, loyalty; never the customer records); every tab, this one too,
refreshes itself from the hub (``follow_changes``: at once if shown, else when next shown).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bizcare.domain.errors import BizCareError
from bizcare.services.billing import InvoiceQuery, ReceiptQuery
from bizcare.ui.billing.detail import InvoiceDetailPanel
from bizcare.ui.billing.filters import FilterBar
from bizcare.ui.billing.models import (
    InvoiceTableModel,
    ReceiptTableModel,
    invoice_source,
    receipt_source,
)
from bizcare.ui.billing.ops import BillingOps
from bizcare.ui.billing.receipt_detail import ReceiptDetailPanel
from bizcare.ui.billing.widgets import PRIMARY_STYLE
from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.common.delegates import ChipDelegate, MoneyDelegate
from bizcare.ui.common.empty_state import EmptyState
from bizcare.ui.common.errors import show_error
from bizcare.ui.common.follow import follow_changes
from bizcare.ui.common.paged_model import IdRole, QuerySource, RowRole

INVOICES, RECEIPTS, RECEIVABLES = 0, 1, 2


def _list_view(model: InvoiceTableModel | ReceiptTableModel, money: tuple[int, ...],
               status: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    view.setWordWrap(False)
    for column in money:
        view.setItemDelegateForColumn(column, MoneyDelegate(view))
    view.setItemDelegateForColumn(status, ChipDelegate(view))
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    return view


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
        self.new_button.setStyleSheet(PRIMARY_STYLE)
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
        self.count_label.setStyleSheet("color: #5f6b76;")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.filters = FilterBar(ctx.db, ctx.lang, self)
        self.filters.changed.connect(self.apply_filters)
        layout.addWidget(self.filters)

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        layout.addWidget(self.pages, 1)

        self.invoice_model = InvoiceTableModel(ctx.lang, parent=self)
        self.invoice_view = _list_view(self.invoice_model, InvoiceTableModel.MONEY,
                                       InvoiceTableModel.Columns.STATUS)
        self.invoice_detail = InvoiceDetailPanel(ctx.lang)
        self.invoice_detail.requested.connect(self.ops.invoice_action)
        self.invoice_model.failed.connect(lambda exc: show_error(self, exc))
        self.invoice_stack = QStackedWidget()
        self.empty = EmptyState(
            self.tr("No invoices yet.") + "\n\n" + self.tr(
                "An invoice bills a customer before payment; each payment then issues its "
                "kwitansi automatically."),
            self.tr("Create the first invoice"))
        self.empty.action.connect(self.ops.new_invoice)
        self.invoice_stack.addWidget(self._split(self.invoice_view, self.invoice_detail))
        self.invoice_stack.addWidget(self.empty)
        self.pages.addTab(self.invoice_stack, self.tr("Invoices"))

        self.receipt_model = ReceiptTableModel(ctx.lang, parent=self)
        self.receipt_view = _list_view(self.receipt_model, (ReceiptTableModel.Columns.AMOUNT,),
                                       ReceiptTableModel.Columns.STATUS)
        self.receipt_detail = ReceiptDetailPanel(ctx.lang)
        self.receipt_detail.requested.connect(self.ops.receipt_action)
        self.receipt_model.failed.connect(lambda exc: show_error(self, exc))
        self.pages.addTab(self._split(self.receipt_view, self.receipt_detail), self.tr("Kwitansi"))

        from bizcare.ui.billing.receivables import ReceivablesView

        self.receivables = ReceivablesView(ctx, self)
        self.pages.addTab(self.receivables, self.tr("Receivables"))
        self.pages.currentChanged.connect(self._on_page)

        self.invoice_view.selectionModel().currentRowChanged.connect(self._on_invoice_row)
        self.invoice_view.doubleClicked.connect(self._on_invoice_double_click)
        self.receipt_view.doubleClicked.connect(
            lambda _i: self.ops.receipt_action("preview"))
        self.receipt_view.selectionModel().currentRowChanged.connect(self._on_receipt_row)
        self.invoice_model.modelReset.connect(self._restore_invoice_selection)
        # A long list is counted off the GUI thread: its total arrives with ``reloaded``.
        self.invoice_model.reloaded.connect(lambda _total: self._update_count())
        self.receipt_model.reloaded.connect(lambda _total: self._update_count())
        self.receipt_model.modelReset.connect(self._restore_receipt_selection)
        self._invoice_id: int | None = None
        self._receipt_id: int | None = None
        self._restoring = False
        self.follower = follow_changes(self, ctx.hub, self.on_changed, Changes(
            invoices=True, receipts=True, customers=True, settings=True))
        self.apply_filters()
        self._size_columns()
        self._on_page(INVOICES)

    # -- layout ------------------------------------------------------------------------
    def _split(self, view: QTableView, detail: QWidget) -> QSplitter:
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(view)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([800, 440])
        split.setChildrenCollapsible(False)
        detail.setMinimumWidth(360)
        return split

    def _size_columns(self) -> None:
        """Fixed widths for numbers, dates, money and chips; the name takes the rest."""
        c = InvoiceTableModel.Columns
        self._fix_widths(self.invoice_view, {c.NUMBER: 135, c.DATE: 88, c.DUE: 88, c.TOTAL: 108,
                                             c.OUTSTANDING: 108, c.STATUS: 112}, c.CUSTOMER)
        r = ReceiptTableModel.Columns
        self._fix_widths(self.receipt_view, {r.NUMBER: 130, r.DATE: 88, r.INVOICE: 135,
                                             r.METHOD: 110, r.AMOUNT: 108, r.STATUS: 80},
                         r.RECEIVED_FROM)
        self.invoice_view.horizontalHeader().setSortIndicator(
            c.DATE, Qt.SortOrder.DescendingOrder)
        self.receipt_view.horizontalHeader().setSortIndicator(
            r.DATE, Qt.SortOrder.DescendingOrder)

    @staticmethod
    def _fix_widths(view: QTableView, widths: dict[int, int], stretch: int) -> None:
        header = view.horizontalHeader()
        for column, width in widths.items():
            view.setColumnWidth(column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _on_page(self, index: int) -> None:
        self._update_filter_bar()
        self.filters.set_status_visible(index == INVOICES)
        self._update_count()  # the receivables refresh themselves when shown and stale

    # -- queries -----------------------------------------------------------------------
    def apply_filters(self) -> None:
        """Swap in the queries of the filter bar (the database filters and sorts)."""
        v = self.filters.values()
        invoice_q = InvoiceQuery(search=str(v["search"]), status=v["status"],  # type: ignore[arg-type]
                                 month=v["month"], customer_id=v["customer_id"])  # type: ignore[arg-type]
        receipt_q = ReceiptQuery(search=str(v["search"]), month=v["month"],  # type: ignore[arg-type]
                                 customer_id=v["customer_id"])  # type: ignore[arg-type]
        current_i = self.invoice_model.source
        current_r = self.receipt_model.source
        self.invoice_model.set_source(
            current_i.with_query(invoice_q) if isinstance(current_i, QuerySource)
            else invoice_source(self.ctx.db, invoice_q))
        self.receipt_model.set_source(
            current_r.with_query(receipt_q) if isinstance(current_r, QuerySource)
            else receipt_source(self.ctx.db, receipt_q))
        self._update_empty()
        self._update_count()

    def _update_empty(self) -> None:
        empty = self.invoice_model.total == 0 and not self.filters.is_filtered()
        self.invoice_stack.setCurrentIndex(1 if empty else 0)
        self._update_filter_bar()

    def _update_filter_bar(self) -> None:
        """Filters over the two lists, but not over the empty state or the receivables."""
        page = self.pages.currentIndex()
        empty = self.invoice_stack.currentWidget() is self.empty
        self.filters.setVisible(page == RECEIPTS or (page == INVOICES and not empty))

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
        self._invoice_id = invoice_id
        self.pages.setCurrentIndex(INVOICES)
        self._restore_invoice_selection()

    def current_invoice_id(self) -> int | None:
        return self._invoice_id

    def current_receipt_id(self) -> int | None:
        return self._receipt_id

    def _select_row(self, view: QTableView, row: int | None) -> None:
        if row is None:
            view.clearSelection()
            return
        index = view.model().index(row, 0)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(index)

    def _restore_invoice_selection(self) -> None:
        row = None
        if self._invoice_id is not None:
            self.invoice_model.row_at(0)  # make sure the first page is loaded
            row = self.invoice_model.row_of_id(self._invoice_id)
        if row is None and self.invoice_model.total:
            row = 0
        self._restoring = True
        try:
            self._select_row(self.invoice_view, row)
        finally:
            self._restoring = False
        self.show_invoice(None if row is None else self.invoice_model.index(row, 0).data(IdRole))

    def _restore_receipt_selection(self) -> None:
        row = None
        if self._receipt_id is not None:
            self.receipt_model.row_at(0)
            row = self.receipt_model.row_of_id(self._receipt_id)
        if row is None and self.receipt_model.total:
            row = 0
        self._select_row(self.receipt_view, row)
        if row is None:
            self._receipt_id = None
            self.receipt_detail.setVisible(False)

    def _on_invoice_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        self.show_invoice(current.data(IdRole) if current.isValid() else None)

    def _on_invoice_double_click(self, _index: QModelIndex) -> None:
        """A draft opens in the editor; an issued invoice opens its PDF preview."""
        detail = self.invoice_detail.detail
        if detail is not None:
            self.ops.invoice_action("edit" if detail.can_edit else "preview")

    def _on_receipt_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.show_receipt(current.data(RowRole))

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
        self._receipt_id = row.id  # type: ignore[attr-defined]
        self.receipt_detail.show_receipt(row, purpose, words, why)  # type: ignore[arg-type]
        self.receipt_detail.setVisible(True)

    # -- after an operation ------------------------------------------------------------
    def changed(self, message: str = "", invoice_id: int | None = None) -> None:
        """After an operation (the runner broadcast what it changed): say so, keep the choice."""
        if invoice_id is not None:
            self._invoice_id = invoice_id
        if message:
            self.ctx.hub.status.emit(message)
