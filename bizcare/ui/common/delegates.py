"""Painting of list cells shared by every tab: right-aligned Rupiah and coloured status chips.

Models give raw values (``RawRole``: int Rupiah) and a chip style name (``ChipRole``); the look
is decided here, once, so all tabs show money and statuses the same way.

Billing maps invoice statuses to chip styles, e.g. draft -> "grey", issued -> "blue",
partial -> "amber", paid -> "green", overdue -> "red", void -> "void" (struck through).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from bizcare.documents.formatting import format_rupiah
from bizcare.ui.common.paged_model import ChipRole, RawRole
from bizcare.ui.common.palette import CHIP_STYLES, RED, ChipStyle, qcolor

Index = QModelIndex | QPersistentModelIndex


_H_PAD = 8
_V_PAD = 2
_MARGIN = 6


class MoneyDelegate(QStyledItemDelegate):
    """Rupiah from the cell's ``RawRole`` int, right-aligned; negative amounts in red."""

    def __init__(self, parent: QObject | None = None, *, spaced: bool = False) -> None:
        super().__init__(parent)
        self.spaced = spaced

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        raw = index.data(RawRole)
        if isinstance(raw, int) and not isinstance(raw, bool):
            option.text = format_rupiah(raw, spaced=self.spaced)
            if raw < 0:
                option.palette.setColor(QPalette.ColorRole.Text, qcolor(RED))
        option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ChipDelegate(QStyledItemDelegate):
    """The cell's text as a rounded chip coloured by its ``ChipRole`` style name.

    Cells without a known style are painted as plain text.
    """

    def __init__(self, parent: QObject | None = None,
                 styles: dict[str, ChipStyle] | None = None) -> None:
        super().__init__(parent)
        self.styles = styles if styles is not None else CHIP_STYLES

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        chip = self.styles.get(str(index.data(ChipRole) or ""))
        if chip is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = self.chip_rect(opt, text)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(chip.background))
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        font = opt.font
        font.setStrikeOut(chip.strike)
        font.setPointSizeF(max(font.pointSizeF() * 0.92, 7.0))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(qcolor(chip.foreground))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def chip_rect(self, option: QStyleOptionViewItem, text: str) -> QRect:
        """Where the chip is drawn: left-aligned, vertically centred in the cell."""
        font = option.font
        font.setPointSizeF(max(font.pointSizeF() * 0.92, 7.0))
        font.setBold(True)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(text) + 2 * _H_PAD
        height = metrics.height() + 2 * _V_PAD
        cell = option.rect
        width = min(width, max(cell.width() - 2 * _MARGIN, 0))
        top = cell.top() + (cell.height() - height) // 2
        return QRect(cell.left() + _MARGIN, top, width, height)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 2 * (_H_PAD + _MARGIN), hint.height() + 2 * _V_PAD)
