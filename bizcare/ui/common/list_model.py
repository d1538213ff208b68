"""A table model over a short list held whole (an overdue list, a history, invoice lines).

Paged lists use :class:`~bizcare.ui.common.paged_model.PagedTableModel`; a list of a few
dozen rows a service already answered needs none of that, only the Qt plumbing below. A
subclass declares ``Columns`` (an ``IntEnum``) or overrides :meth:`column_count`, and
overrides :meth:`header_text` and :meth:`cell`; numeric columns listed in ``right_columns``
(or answered by :meth:`is_right`) are right-aligned in their cells and headers.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from bizcare.ui.common.paged_model import IdRole, RowRole

R = TypeVar("R")

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ListTableModel(QAbstractTableModel, Generic[R]):
    """Rows of a service shown whole; ``RowRole`` gives the row, ``IdRole`` its :meth:`row_id`."""

    #: The columns in display order (or override :meth:`column_count`).
    Columns: ClassVar[type[IntEnum]]
    #: Numeric columns, right-aligned.
    right_columns: ClassVar[Collection[int]] = ()
    #: Whether headers of right-aligned columns are right-aligned too.
    right_headers: ClassVar[bool] = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    # -- what subclasses override ------------------------------------------------------
    def column_count(self) -> int:
        return len(self.Columns)

    def header_text(self, column: int) -> str:
        """The translated header of ``column``; by default the enum member's name."""
        return self.Columns(column).name.replace("_", " ").title()

    def is_right(self, column: int) -> bool:
        return column in self.right_columns

    def row_id(self, row: R) -> Any:
        return getattr(row, "id", None)

    def cell(self, row: R, column: int, role: int) -> Any:
        """Data of one cell for ``role`` (alignment, ``RowRole`` and ``IdRole`` are answered)."""
        del row, column, role
        return None

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.column_count()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.column_count():
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.right_headers and \
                self.is_right(section):
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or \
                not 0 <= index.column() < self.column_count():
            return None
        row = self.rows[index.row()]
        if role == RowRole:
            return row
        if role == IdRole:
            return self.row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.is_right(index.column()):
            return RIGHT
        return self.cell(row, index.column(), role)
