"""The editable lines of the invoice editor: description, qty, unit, price, discount, amount.

The model only holds what the user typed and parses it (Rupiah via ``parse_rupiah``,
quantities as ``Decimal`` via the service's ``clean_quantity``); the amount column asks the
service's pure ``line_amount`` so the rule lives in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from bizcare.documents.formatting import format_rupiah, parse_rupiah
from bizcare.domain.errors import BizCareError
from bizcare.domain.models import InvoiceLine
from bizcare.services.billing import LineInput, clean_quantity, line_amount
from bizcare.ui.common.errors import error_text
from bizcare.ui.common.list_model import RIGHT, ListTableModel
from bizcare.ui.common.paged_model import RawRole

Index = QModelIndex | QPersistentModelIndex


def format_quantity(qty: Decimal) -> str:
    """``Decimal("1.500")`` -> "1,5"; whole numbers without decimals, Indonesian comma."""
    text = format(qty.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


@dataclass(frozen=True)
class EditLine:
    """One line as the editor holds it (always valid: bad input is refused on entry)."""

    description: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = "pcs"
    unit_price: int = 0
    discount: int = 0
    item_id: int | None = None

    def to_input(self) -> LineInput:
        return LineInput(description=self.description, quantity=self.quantity,
                         unit_price=self.unit_price, unit=self.unit or "pcs",
                         discount=self.discount, item_id=self.item_id)

    @classmethod
    def from_stored(cls, line: InvoiceLine) -> EditLine:
        """A stored line of a draft, back into the editor."""
        return cls(line.description, line.quantity, line.unit, line.unit_price,
                   line.discount, line.item_id)


class LinesModel(ListTableModel[EditLine]):
    """Editable invoice lines.

    Signals:
        edited(): any line was added, removed or changed (the editor recomputes totals).
        rejected(str): typed text could not be read (the message to show).
    """

    edited = Signal()
    rejected = Signal(str)

    Columns = IntEnum("Columns", "DESCRIPTION QUANTITY UNIT UNIT_PRICE DISCOUNT AMOUNT", start=0)

    MONEY = (Columns.UNIT_PRICE, Columns.DISCOUNT, Columns.AMOUNT)
    right_columns = MONEY + (Columns.QUANTITY,)

    # -- content -----------------------------------------------------------------------
    def lines(self) -> list[EditLine]:
        return list(self.rows)

    def inputs(self) -> list[LineInput]:
        """The lines for the service, skipping rows left completely empty."""
        return [ln.to_input() for ln in self.rows if not self._blank(ln)]

    def set_lines(self, lines: Sequence[EditLine]) -> None:
        self.set_rows(lines)
        self.edited.emit()

    def append(self, line: EditLine | None = None) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(line or EditLine())
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit()

    @staticmethod
    def _blank(line: EditLine) -> bool:
        return not line.description.strip() and line.unit_price == 0 and line.discount == 0

    # -- Qt model API ------------------------------------------------------------------
    def header_text(self, column: int) -> str:
        c = self.Columns
        return {
            c.DESCRIPTION: self.tr("Description"), c.QUANTITY: self.tr("Qty"),
            c.UNIT: self.tr("Unit"), c.UNIT_PRICE: self.tr("Unit price"),
            c.DISCOUNT: self.tr("Discount"), c.AMOUNT: self.tr("Amount"),
        }[c(column)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cells need the line's number (the service's messages name it), so not :meth:`cell`."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if index.column() >= len(self.Columns):
            return None
        line = self.rows[index.row()]
        c = self.Columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, c, index.row())
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(line, c)
        if role == RawRole:
            return self._raw(line, c, index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and self.is_right(c):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and c == c.AMOUNT:
            return self._problem(line, index.row())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.Columns.AMOUNT:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, c = index.row(), self.Columns(index.column())
        line = self.rows[row]
        text = "" if value is None else str(value).strip()
        try:
            if c == c.DESCRIPTION:
                line = replace(line, description=text)
            elif c == c.QUANTITY:
                line = replace(line, quantity=clean_quantity(text or "1"))
            elif c == c.UNIT:
                line = replace(line, unit=text or "pcs")
            elif c == c.UNIT_PRICE:
                line = replace(line, unit_price=self._rupiah(text))
            elif c == c.DISCOUNT:
                line = replace(line, discount=self._rupiah(text))
            else:
                return False
        except BizCareError as exc:
            self.rejected.emit(error_text(exc))
            return False
        self.rows[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.Columns) - 1))
        self.edited.emit()
        return True

    # -- helpers -----------------------------------------------------------------------
    @staticmethod
    def _rupiah(text: str) -> int:
        value = parse_rupiah(text) if text else 0
        if value < 0:
            from bizcare.domain.errors import ValidationError
            from bizcare.domain.i18n import QT_TRANSLATE_NOOP

            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Amounts cannot be negative."))
        return value

    def _amount(self, line: EditLine, row: int) -> int | None:
        try:
            return line_amount(line.to_input(), row)
        except BizCareError:
            return None

    def _problem(self, line: EditLine, row: int) -> str | None:
        try:
            line_amount(line.to_input(), row)
        except BizCareError as exc:
            return error_text(exc)
        return None

    def _raw(self, line: EditLine, c: IntEnum, row: int) -> Any:
        cols = self.Columns
        if c == cols.AMOUNT:
            return self._amount(line, row)
        return {
            cols.DESCRIPTION: line.description, cols.QUANTITY: line.quantity,
            cols.UNIT: line.unit, cols.UNIT_PRICE: line.unit_price,
            cols.DISCOUNT: line.discount,
        }[cols(c)]

    def _display(self, line: EditLine, c: IntEnum, row: int) -> str:
        cols = self.Columns
        if c == cols.AMOUNT:
            amount = self._amount(line, row)
            return "—" if amount is None else format_rupiah(amount)
        if c == cols.QUANTITY:
            return format_quantity(line.quantity)
        if c == cols.UNIT_PRICE:
            return format_rupiah(line.unit_price)
        if c == cols.DISCOUNT:
            return format_rupiah(line.discount) if line.discount else "–"
        return line.description if c == cols.DESCRIPTION else line.unit

    def _edit_text(self, line: EditLine, c: IntEnum) -> str:
        cols = self.Columns
        if c == cols.QUANTITY:
            return format_quantity(line.quantity)
        if c == cols.UNIT_PRICE:
            return format_rupiah(line.unit_price).removeprefix("Rp")
        if c == cols.DISCOUNT:
            return format_rupiah(line.discount).removeprefix("Rp") if line.discount else ""
        if c == cols.AMOUNT:
            return ""
        return line.description if c == cols.DESCRIPTION else line.unit
