"""The customer list: the filter row, the paged list over ``CustomerQuery``, and its count.

After Electrum's ``contact_list.py``: the list knows its model, its columns and its filter,
and says which customer is current; the tab around it holds the buttons, the detail and the
operations. Search, filters and sorting are answered in SQL; rows page in as the list scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from bizcare.documents.formatting import format_number
from bizcare.services.customers import CustomerQuery, count_customers, list_cities, list_tags
from bizcare.storage.db import Database
from bizcare.ui.common.delegates import ChipDelegate
from bizcare.ui.common.list_view import ListView
from bizcare.ui.customers.filters import CustomerFilterBar
from bizcare.ui.customers.model import CustomerSource, CustomerTableModel

Cols = CustomerTableModel.Columns
ROW_HEIGHT = 30
COLUMN_WIDTHS: dict[int, int] = {Cols.CODE: 100, Cols.KIND: 92, Cols.CATEGORY: 112, Cols.CITY: 128,
                 Cols.PHONE: 132, Cols.EMAIL: 210}
#: Shown in the detail; the list offers it through the header's context menu.
HIDDEN_COLUMNS = (Cols.EMAIL,)


class CustomerList(QWidget):
    """The list and its filters; the tab places the filter row (:attr:`filters`, spanning
    the list and the detail) and the search box (in its top row).

    Signals:
        current_changed(object): the id of the customer now current (None: none).
        emptiness(bool): after each query, whether the shop has no customer at all (not
            even archived): the tab then shows its empty state instead.
    """

    current_changed = Signal(object)
    emptiness = Signal(bool)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = CustomerTableModel(page_size=100, max_pages=24, parent=self)
        self.filters = CustomerFilterBar(self._cities, self._tags)
        self.filters.changed.connect(self.apply_filters)
        self.view = ListView(
            self.model, widths=COLUMN_WIDTHS, stretch=Cols.NAME, row_height=ROW_HEIGHT,
            delegates={Cols.KIND: ChipDelegate}, sort=(Cols.NAME, Qt.SortOrder.AscendingOrder),
            select_first=False)
        self.view.setObjectName("customerList")
        self._add_column_menu(self.view.horizontalHeader())
        self.view.current_id_changed.connect(self.current_changed)
        self.model.reloaded.connect(self._update_count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def _add_column_menu(self, header: QHeaderView) -> None:
        """Right-click on the header shows or hides columns (e-mail is hidden at first)."""
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in Cols:
            if column == Cols.NAME:
                continue
            action = QAction(self.model.header_text(column), header)
            action.setCheckable(True)
            action.setChecked(column not in HIDDEN_COLUMNS)
            action.toggled.connect(lambda on, c=column: self.view.setColumnHidden(c, not on))
            header.addAction(action)
            self.view.setColumnHidden(column, column in HIDDEN_COLUMNS)

    # -- the query -----------------------------------------------------------------------
    def query(self) -> CustomerQuery:
        """What the list shows now: search text, filters, and the archived switch."""
        return self.filters.query()

    def apply_filters(self) -> None:
        self.filters.stop_pending()
        source = self.model.source
        if isinstance(source, CustomerSource):  # keeps the order the owner chose
            self.model.set_source(source.with_query(self.query()))
        else:
            self.model.set_source(CustomerSource(self.db, self.query()))
        if self.model.counting:  # a full first page: the list, while its total is counted
            self.emptiness.emit(False)

    def refresh(self) -> None:
        """Customers changed: query again (cities and tags when next opened)."""
        self.filters.mark_stale()
        self.model.reload()

    def select_id(self, customer_id: int) -> None:
        """Select the customer when it is in the list (remembered for the next reload)."""
        self.view.select_id(customer_id)

    def _cities(self) -> list[str]:
        return self.db.run(list_cities, write=False)

    def _tags(self) -> list[str]:
        return self.db.run(list_tags, write=False)

    def _update_count(self, total: int) -> None:
        unfiltered = self.filters.is_unfiltered()
        if unfiltered:
            text = self.tr("{count} customers").format(count=format_number(total))
        else:
            everyone_query = CustomerQuery(include_archived=self.filters.archived.isChecked())
            everyone = self.db.run(lambda s: count_customers(s, everyone_query), write=False)
            text = self.tr("{count} of {total} customers").format(
                count=format_number(total), total=format_number(everyone))
        self.filters.count_label.setText(text)
        empty = False
        if total == 0 and unfiltered:
            with_archived = CustomerQuery(include_archived=True)
            empty = self.db.run(lambda s: count_customers(s, with_archived), write=False) == 0
        self.emptiness.emit(empty)
