"""One list view for every master list (customers, invoices, kwitansi, loyalty members).

After Electrum's ``MyTreeView``: the house's table settings live here once (whole rows,
single selection, no grid, alternating rows, a fixed row height, no editing, widths per
column and one stretching column), and so does keeping the selection by id across a reload.
:class:`ListPage` puts the list and its :class:`~bizcare.ui.common.empty_state.EmptyState`
in one stack, so a tab only says when it is empty.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from bizcare.ui.common.empty_state import EmptyState
from bizcare.ui.common.paged_model import IdRole

ROW_HEIGHT = 28


def configure_table(view: QTableView, *, widths: Mapping[int, int] | None = None,
                    stretch: int | None = None,
                    delegates: Mapping[int, type[QStyledItemDelegate]] | None = None,
                    row_height: int = ROW_HEIGHT, fit: bool = False) -> None:
    """The house's settings for any read-only table: whole rows, single selection, no grid,
    alternating rows, fixed row height, left-aligned headers; ``fit`` sizes the columns to
    their contents (short lists held whole), ``widths`` sets some, ``stretch`` takes the rest.
    """
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if fit:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column, width in (widths or {}).items():
        header.resizeSection(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, delegate in (delegates or {}).items():
        view.setItemDelegateForColumn(column, delegate(view))


class ListView(QTableView):
    """A master list whose current row is known by id (``IdRole``) and kept across reloads.

    After every model reset the row of the remembered id is made current again; when it is
    gone (filtered out, not on the loaded pages) the first row is, if ``select_first``.

    Signals:
        current_id_changed(object): the id of the current row, None when there is none;
            also emitted once after each reset, so a detail panel shows fresh data.
    """

    current_id_changed = Signal(object)

    def __init__(self, model: QAbstractItemModel, *, widths: Mapping[int, int] | None = None,
                 stretch: int | None = None,
                 delegates: Mapping[int, type[QStyledItemDelegate]] | None = None,
                 sort: tuple[int, Qt.SortOrder] | None = None, select_first: bool = True,
                 row_height: int = ROW_HEIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.select_first = select_first
        self._wanted_id: Any = None
        self._restoring = False
        self.setModel(model)
        configure_table(self, widths=widths, stretch=stretch, delegates=delegates,
                        row_height=row_height)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        if sort is not None:
            self.horizontalHeader().setSortIndicator(*sort)
        self.setSortingEnabled(True)
        self.selectionModel().currentRowChanged.connect(self._current_row_changed)
        model.modelReset.connect(self.restore_selection)

    def current_id(self) -> Any:
        """The id of the current row (None without one)."""
        index = self.selectionModel().currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select_id(self, row_id: Any) -> bool:
        """Make the row of ``row_id`` current (remembered for later reloads); False if absent."""
        self._wanted_id = row_id
        row = self._row_of_id(row_id)
        self._restoring = True  # the caller shows the detail; a cleared row must not forget
        try:
            self._make_current(row)
        finally:
            self._restoring = False
        return row is not None

    def restore_selection(self) -> None:
        """Select the remembered id again (or the first row), then say which id is current."""
        row = self._row_of_id(self._wanted_id)
        if row is None and self.select_first and self.model().rowCount() > 0:
            row = 0
        if row is None and not self.select_first:
            self.selectionModel().clear()
            return  # the detail keeps what it shows (a customer filtered out of the list)
        self._restoring = True
        try:
            self._make_current(row)
        finally:
            self._restoring = False
        self._wanted_id = None if row is None else self.model().index(row, 0).data(IdRole)
        self.current_id_changed.emit(self._wanted_id)

    def _row_of_id(self, row_id: Any) -> int | None:
        if row_id is None:
            return None
        model = self.model()
        finder = getattr(model, "row_of_id", None)
        if finder is not None:  # a paged model: look in the pages loaded, the first one too
            model.row_at(0)  # type: ignore[attr-defined]
            found: int | None = finder(row_id)
            return found
        for row in range(model.rowCount()):
            if model.index(row, 0).data(IdRole) == row_id:
                return row
        return None

    def _make_current(self, row: int | None) -> None:
        if row is None:
            self.selectionModel().clear()
            return
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        self._wanted_id = current.data(IdRole) if current.isValid() else None
        self.current_id_changed.emit(self._wanted_id)


class ListPage(QStackedWidget):
    """A list (with whatever surrounds it) or, when there is nothing yet, its empty state:
    one sentence of what the list is for and one button to start."""

    def __init__(self, content: QWidget, empty: EmptyState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content, self.empty = content, empty
        self.addWidget(content)
        self.addWidget(empty)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty if empty else self.content)

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty
