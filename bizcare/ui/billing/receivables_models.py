"""Table models of the receivables page: ageing per customer (with a total row), overdue list.

Both hold a small, already aggregated answer of :mod:`bizcare.services.receivables` (one row
per customer owing money, one per overdue invoice), so they are plain models, not paged.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from bizcare.documents.formatting import format_date_short, format_rupiah
from bizcare.services.receivables import BUCKET_LABELS, Ageing, OverdueInvoice
from bizcare.ui.common.paged_model import IdRole, RawRole, RowRole

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class AgeingModel(QAbstractTableModel):
    """Customer, the five buckets and the total; the last row sums every customer.

    ``IdRole`` gives the customer id (None on the total row).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ageing: Ageing | None = None

    def set_ageing(self, ageing: Ageing) -> None:
        self.beginResetModel()
        self.ageing = ageing
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self.ageing is None or not self.ageing.rows:
            return 0
        return len(self.ageing.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Customer")
            if section == 6:
                return self.tr("Total")
            return QCoreApplication.translate("Ageing", BUCKET_LABELS[section - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.ageing is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < 7):
            return None
        is_total = row == len(self.ageing.rows)
        item = None if is_total else self.ageing.rows[row]
        if role == IdRole:
            return None if item is None else item.customer_id
        if role == RowRole:
            return item
        amounts = self.ageing.totals if item is None else item.buckets
        total = self.ageing.total if item is None else item.total
        if role in (Qt.ItemDataRole.DisplayRole, RawRole):
            if column == 0:
                if item is None:
                    return self.tr("All customers")
                return f"{item.customer_name} ({item.customer_code})"
            value = total if column == 6 else amounts[column - 1]
            if role == RawRole:
                return value
            return format_rupiah(value) if value else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and (is_total or column == 6):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column >= 4 and column < 6 and \
                amounts[column - 1]:
            return QColor("#c62828")
        return None


class OverdueModel(QAbstractTableModel):
    """Overdue invoices, longest overdue first: what to chase today."""

    class Columns(IntEnum):
        NUMBER = 0
        CUSTOMER = 1
        DUE = 2
        DAYS = 3
        OUTSTANDING = 4
        LEVEL = 5

    def __init__(self, lang: str = "id", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[OverdueInvoice] = []

    def set_rows(self, rows: list[OverdueInvoice]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.Columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.Columns):
            return super().headerData(section, orientation, role)
        c = self.Columns(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                c.NUMBER: self.tr("Invoice"), c.CUSTOMER: self.tr("Customer"),
                c.DUE: self.tr("Due"), c.DAYS: self.tr("Days late"),
                c.OUTSTANDING: self.tr("Outstanding"), c.LEVEL: self.tr("Suggested reminder"),
            }[c]
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (c.DAYS, c.OUTSTANDING):
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or \
                not 0 <= index.column() < len(self.Columns):
            return None
        item = self.rows[index.row()]
        c = self.Columns(index.column())
        if role == IdRole:
            return item.customer_id
        if role == RowRole:
            return item
        if role == RawRole:
            return {
                c.NUMBER: item.number, c.CUSTOMER: item.customer_name, c.DUE: item.due_date,
                c.DAYS: item.days_overdue, c.OUTSTANDING: item.outstanding,
                c.LEVEL: item.suggested_level,
            }[c]
        if role == Qt.ItemDataRole.DisplayRole:
            if c == c.NUMBER:
                return item.number
            if c == c.CUSTOMER:
                return f"{item.customer_name} ({item.customer_code})"
            if c == c.DUE:
                return format_date_short(item.due_date, self.lang)
            if c == c.DAYS:
                return str(item.days_overdue)
            if c == c.OUTSTANDING:
                return format_rupiah(item.outstanding)
            return self.tr("Level {level}").format(level=item.suggested_level)
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (c.DAYS, c.OUTSTANDING):
            return RIGHT
        return None
