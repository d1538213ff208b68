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
from typing import cast

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_number
from bizcare.services import customer_ops
from bizcare.services.customers import (
    CustomerQuery,
    count_customers,
    follow_ups_due,
    get_customer,
    list_cities,
    list_tags,
)
from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.common.delegates import ChipDelegate
from bizcare.ui.common.empty_state import EmptyState
from bizcare.ui.common.errors import error_text
from bizcare.ui.common.follow import follow_changes
from bizcare.ui.common.ops import run_op
from bizcare.ui.common.paged_model import IdRole
from bizcare.ui.customers.detail import CustomerDetail
from bizcare.ui.customers.interactions import FollowUpsDialog
from bizcare.ui.customers.labels import CATEGORIES, KINDS, label
from bizcare.ui.customers.model import CustomerSource, CustomerTableModel
from bizcare.ui.customers.transfer import TransferActions
from bizcare.ui.customers.widgets import LazyComboBox

SEARCH_DELAY_MS = 150
ROW_HEIGHT = 30
COLUMN_WIDTHS = {0: 100, 2: 92, 3: 112, 4: 128, 5: 132, 6: 210}
#: Shown in the detail; the list offers it through the header's context menu.
HIDDEN_COLUMNS = (6,)
#: What the tab shows: the list (customers) and the shown customer's money and points.
WATCHES = Changes(customers=True, interactions=True, invoices=True, receipts=True, loyalty=True)


class CustomersTab(QWidget):
    """The customers tab (see the module docstring)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.active_dialog: QWidget | None = None
        self.model = CustomerTableModel(page_size=100, max_pages=24, parent=self)
        self.model.failed.connect(lambda exc: ctx.hub.status.emit(error_text(exc)))
        self.model.reloaded.connect(self._update_count)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.transfer = TransferActions(ctx, self)
        self.stack = QStackedWidget()
        self.empty = EmptyState(self.tr("No customers yet."), self.tr("Add first customer"))
        self.empty.action.connect(self.new_customer)
        empty_import = QPushButton(self.tr("Import from Excel or CSV…"))
        empty_import.setFlat(True)
        empty_import.clicked.connect(self.transfer.import_file)
        empty_layout = cast(QVBoxLayout, self.empty.layout())
        empty_layout.insertWidget(3, empty_import, 0, Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_main())
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
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, code, phone, e-mail, city… "
                                               "(Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(340)
        self.search.textChanged.connect(self._search_timer.start)
        top = QHBoxLayout()
        for button in (self.new_button, self.import_button, self.export_button,
                       self.follow_ups_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.search)

        self.kind = self._combo(self.tr("All kinds"), KINDS)
        self.category = self._combo(self.tr("All categories"), CATEGORIES)
        self.city = LazyComboBox(self.tr("All cities"), self._cities)
        self.city.currentIndexChanged.connect(self.apply_filters)
        self.tag = LazyComboBox(self.tr("All tags"), self._tags)
        self.tag.currentIndexChanged.connect(self.apply_filters)
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.toggled.connect(self.apply_filters)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        filters = QHBoxLayout()
        for caption, combo in ((self.tr("Kind:"), self.kind),
                               (self.tr("Category:"), self.category),
                               (self.tr("City:"), self.city), (self.tr("Tag:"), self.tag)):
            filters.addWidget(QLabel(caption))
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addWidget(self.archived)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.view = QTableView()
        self.view.setObjectName("customerList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(CustomerTableModel.Columns.NAME,
                                    QHeaderView.ResizeMode.Stretch)
        self._add_column_menu(header)
        header.setSortIndicator(CustomerTableModel.Columns.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setItemDelegateForColumn(CustomerTableModel.Columns.KIND,
                                           ChipDelegate(self.view))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())

        self.detail = CustomerDetail(self.db, self.ctx.lang, hub=self.ctx.hub)
        self.detail.setMinimumWidth(360)
        self.detail.edit_requested.connect(self.edit_customer)
        self.detail.archive_requested.connect(self.archive)
        self.detail.restore_requested.connect(self.restore)
        self.detail.merge_requested.connect(self.open_merge)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
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
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        return page

    def _add_column_menu(self, header: QHeaderView) -> None:
        """Right-click on the header shows or hides columns (e-mail is hidden at first)."""
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in CustomerTableModel.Columns:
            if column == CustomerTableModel.Columns.NAME:
                continue
            action = QAction(self.model.header_text(column), header)
            action.setCheckable(True)
            action.setChecked(column not in HIDDEN_COLUMNS)
            action.toggled.connect(lambda on, c=column: self.view.setColumnHidden(c, not on))
            header.addAction(action)
            self.view.setColumnHidden(column, column in HIDDEN_COLUMNS)

    def _combo(self, everything: str, choices: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for code in choices:
            combo.addItem(label(choices, code), code)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaxVisibleItems(20)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

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
        return CustomerQuery(
            search=self.search.text(), kind=self.kind.currentData(),
            category=self.category.currentData(), city=self.city.currentData(),
            tag=self.tag.currentData(), include_archived=self.archived.isChecked())

    def apply_filters(self) -> None:
        self._search_timer.stop()
        source = self.model.source
        if isinstance(source, CustomerSource):  # keeps the order the owner chose
            self.model.set_source(source.with_query(self.query()))
        else:
            self.model.set_source(CustomerSource(self.db, self.query()))
        if self.model.counting:  # a full first page: the list, while its total is counted
            self.stack.setCurrentIndex(1)
        self._select_shown()

    def _cities(self) -> list[str]:
        return self.db.run(list_cities, write=False)

    def _tags(self) -> list[str]:
        return self.db.run(list_tags, write=False)

    def _update_count(self, total: int) -> None:
        if self._is_unfiltered():
            text = self.tr("{count} customers").format(count=format_number(total))
        else:
            unfiltered = CustomerQuery(include_archived=self.archived.isChecked())
            everyone = self.db.run(lambda s: count_customers(s, unfiltered), write=False)
            text = self.tr("{count} of {total} customers").format(
                count=format_number(total), total=format_number(everyone))
        self.count_label.setText(text)
        if total == 0 and self._is_unfiltered():
            with_archived = CustomerQuery(include_archived=True)
            empty = self.db.run(lambda s: count_customers(s, with_archived), write=False) == 0
        else:
            empty = False
        self.stack.setCurrentIndex(0 if empty else 1)

    def _is_unfiltered(self) -> bool:
        return self.query() == CustomerQuery(include_archived=self.archived.isChecked())

    def _update_follow_ups(self) -> None:
        today = date.today()
        due = len(self.db.run(lambda s: follow_ups_due(s, today), write=False))
        self.follow_ups_button.setText(self.tr("Follow-ups ({count})").format(count=due)
                                       if due else self.tr("Follow-ups"))

    # -- selection -----------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        customer_id = current.data(IdRole) if current.isValid() else None
        if customer_id != self.detail.customer_id:
            self.detail.show_customer(customer_id)

    def _select_shown(self) -> None:
        """After a reload, select the customer the detail shows if it is on the first page."""
        shown = self.detail.customer_id
        if shown is None or self.model.total == 0:
            return
        self.model.row_at(0)
        row = self.model.row_of_id(shown)
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def select_customer(self, customer_id: int) -> None:
        """Show ``customer_id`` in the detail, and select it in the list when it is there."""
        self.detail.show_customer(customer_id)
        self._select_shown()

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
        self.city.mark_stale()
        self.tag.mark_stale()
        self.model.reload()
        self.detail.reload()
        self._select_shown()
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
        self.detail.show_customer(customer_id)

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
        dialog.merged.connect(self.detail.show_customer)
        self.active_dialog = dialog
        dialog.open()

    def show_follow_ups(self) -> None:
        dialog = FollowUpsDialog(self.db, self.ctx.lang, self, hub=self.ctx.hub)
        dialog.open_customer.connect(self.select_customer)
        self.active_dialog = dialog
        dialog.show()

