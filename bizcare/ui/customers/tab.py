"""The Pelanggan tab: the paged customer list on the left, the chosen customer on the right.

Search, filters and sorting are passed to the service as a ``CustomerQuery`` and answered in
SQL; the list pages rows in as it scrolls. Every operation is one service call run by
``run_op``, which broadcasts the ``Changes`` it made: the list reloads only when customers
changed; billing and loyalty only reload the shown customer's detail (``follow_changes``
defers both while the tab is hidden).
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bizcare.services.customers import CustomerQuery, follow_ups_due, get_customer
from bizcare.services.customers import ops as customer_ops
from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.common.empty_state import EmptyState
from bizcare.ui.common.errors import error_text
from bizcare.ui.common.follow import follow_changes
from bizcare.ui.common.list_view import ListPage
from bizcare.ui.common.ops import run_op
from bizcare.ui.customers.customer_list import CustomerList
from bizcare.ui.customers.detail import CustomerDetail
from bizcare.ui.customers.interactions import FollowUpsDialog
from bizcare.ui.customers.transfer import TransferActions

#: What the tab shows: the list (customers) and the shown customer's money and points.
WATCHES = Changes(customers=True, interactions=True, invoices=True, receipts=True, loyalty=True)


class CustomersTab(QWidget):
    """The customers tab (see the module docstring)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.active_dialog: QWidget | None = None
        self.list = CustomerList(ctx.db)
        self.list.model.failed.connect(lambda exc: ctx.hub.status.emit(error_text(exc)))
        # The list's parts, as the tests and the benchmark reach them.
        self.model, self.view, self.filters = self.list.model, self.list.view, self.list.filters
        self.search, self.kind, self.category = (
            self.filters.search, self.filters.kind, self.filters.category)
        self.city, self.tag, self.archived = (
            self.filters.city, self.filters.tag, self.filters.archived)
        self.count_label = self.filters.count_label
        self.transfer = TransferActions(ctx, self)
        self.empty = EmptyState(self.tr("No customers yet."), self.tr("Add first customer"))
        self.empty.action.connect(self.new_customer)
        # A new shop's customers are often in a spreadsheet already: the one other way in.
        empty_import = QPushButton(self.tr("Import from Excel or CSV…"))
        empty_import.setFlat(True)
        empty_import.clicked.connect(self.transfer.import_file)
        self.empty.add_link(empty_import)
        self.stack = ListPage(self._build_main(), self.empty)
        self.list.emptiness.connect(self.stack.set_empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._add_shortcuts()
        self.apply_filters()
        self.follow_ups_button.setText(self.tr("Follow-ups"))
        self.follower = follow_changes(self, ctx.hub, self._on_changed, WATCHES)
        # The list paints first; the first customer's detail and the follow-up count a moment
        # later, so a click on the tab shows the list at once.
        QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self.model.total and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        self._update_follow_ups()

    # -- building ------------------------------------------------------------------------
    def _build_main(self) -> QWidget:
        self.new_button = QPushButton(self.tr("+ New Customer"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Add a customer (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_customer)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import customers from a CSV or Excel file"))
        self.import_button.clicked.connect(self.transfer.import_file)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the customers shown to CSV or Excel"))
        self.export_button.clicked.connect(lambda: self.transfer.export_file(self.query()))
        self.follow_ups_button = QPushButton()
        self.follow_ups_button.setToolTip(self.tr("Contacts you promised to follow up"))
        self.follow_ups_button.clicked.connect(self.show_follow_ups)
        top = QHBoxLayout()
        for button in (self.new_button, self.import_button, self.export_button,
                       self.follow_ups_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.search)

        self.list.current_changed.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())

        self.detail = CustomerDetail(self.db, self.ctx.lang, hub=self.ctx.hub)
        self.detail.setMinimumWidth(360)
        self.detail.edit_requested.connect(self.edit_customer)
        self.detail.archive_requested.connect(self.archive)
        self.detail.restore_requested.connect(self.restore)
        self.detail.merge_requested.connect(self.open_merge)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 480])
        self.splitter.setChildrenCollapsible(False)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        return page

    def _add_shortcuts(self) -> None:
        for keys, slot in (("Ctrl+N", self.new_customer), ("Ctrl+F", self.focus_search)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- the query -----------------------------------------------------------------------
    def query(self) -> CustomerQuery:
        """What the list shows now: search text, filters, and the archived switch."""
        return self.list.query()

    def apply_filters(self) -> None:
        self.list.apply_filters()

    def _update_follow_ups(self) -> None:
        today = date.today()
        due = len(self.db.run(lambda s: follow_ups_due(s, today), write=False))
        self.follow_ups_button.setText(self.tr("Follow-ups ({count})").format(count=due)
                                       if due else self.tr("Follow-ups"))

    # -- selection -----------------------------------------------------------------------
    def _current_changed(self, customer_id: int | None) -> None:
        if customer_id is not None and customer_id != self.detail.customer_id:
            self.detail.show_customer(customer_id)

    def select_customer(self, customer_id: int) -> None:
        """Show ``customer_id`` in the detail, and select it in the list when it is there."""
        self.detail.show_customer(customer_id)
        self.list.select_id(customer_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- refreshing ----------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.customers:
            self.refresh()
            return
        if changes.interactions:  # the shown customer's contacts and the follow-ups due
            self.detail.reload()
            self._update_follow_ups()
        if changes.invoices or changes.receipts or changes.loyalty:
            self.detail.reload_overview()  # money owed, documents and points of the customer

    @property
    def busy(self) -> bool:
        """True while the detail is still reading (the snapshot waits for it)."""
        return self.detail.busy

    def refresh(self) -> None:
        self.list.refresh()
        self.detail.reload()
        self._update_follow_ups()

    # -- actions -------------------------------------------------------------------------
    def new_customer(self) -> None:
        self._open_form(None)

    def edit_current(self) -> None:
        if self.detail.customer_id is not None:
            self.edit_customer(self.detail.customer_id)

    def edit_customer(self, customer_id: int) -> None:
        self._open_form(customer_id)

    def _open_form(self, customer_id: int | None) -> None:
        from bizcare.ui.customers.form import CustomerForm  # loaded on first use

        form = CustomerForm(self.db, customer_id, self, hub=self.ctx.hub)
        form.saved.connect(self._saved)
        form.open_existing.connect(self.select_customer)
        form.merge_requested.connect(self.open_merge)
        self.active_dialog = form
        form.open()

    def _saved(self, customer_id: int) -> None:
        self.select_customer(customer_id)

    def archive(self, customer_id: int) -> None:
        customer = self.db.run(lambda s: get_customer(s, customer_id), write=False)
        answer = QMessageBox.question(self, self.tr("Archive customer"), self.tr(
            "Archive {name}? The history is kept, and you can restore the customer at any "
            "time.").format(name=customer.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_op(self, self.ctx.hub, partial(customer_ops.archive_customer, self.db, customer_id))

    def restore(self, customer_id: int) -> None:
        run_op(self, self.ctx.hub, partial(customer_ops.restore_customer, self.db, customer_id))

    def open_merge(self, customer_id: int, other_id: int | None = None) -> None:
        from bizcare.ui.customers.merge_dialog import MergeDialog  # loaded on first use

        dialog = MergeDialog(self.db, customer_id, other_id, self, hub=self.ctx.hub)
        dialog.merged.connect(self.select_customer)
        self.active_dialog = dialog
        dialog.open()

    def show_follow_ups(self) -> None:
        dialog = FollowUpsDialog(self.db, self.ctx.lang, self, hub=self.ctx.hub)
        dialog.open_customer.connect(self.select_customer)
        self.active_dialog = dialog
        dialog.show()

