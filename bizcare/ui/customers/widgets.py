"""Small widgets of the customers tab: chips, an optional date field, section headings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from bizcare.ui.common.palette import set_chip


def chip(text: str, style: str, parent: QWidget | None = None) -> QLabel:
    """A rounded coloured label, the same colours the list's ``ChipDelegate`` paints."""
    label = QLabel(text, parent)
    set_chip(label, text, style)
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A section title inside a panel (bold, a little larger, with space above)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.05)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


class OptionalDateEdit(QDateEdit):
    """A date field that may be left empty (shown blank), typed as dd/mm/yyyy."""

    _NULL = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None, empty_page: int = 1990) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(self._NULL)
        self.setSpecialValueText(" ")
        self.setDate(self._NULL)
        self._empty_page = empty_page
        self.calendarWidget().setCurrentPage(empty_page, 1)

    def value(self) -> date | None:
        current = self.date()
        if current == self._NULL:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(self._NULL)
            self.calendarWidget().setCurrentPage(self._empty_page, 1)
        else:
            self.setDate(QDate(value.year, value.month, value.day))


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class LazyComboBox(QComboBox):
    """A filter whose choices (cities, tags) are read when it is opened, not with the tab.

    The first item means "no filter" (data None). After data changed, :meth:`mark_stale`
    makes the next opening read the choices again; the chosen value is always kept.
    """

    def __init__(self, everything: str, loader: Callable[[], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(everything, None)
        self._loader = loader
        self._stale = True
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(12)
        self.setMaxVisibleItems(20)

    def mark_stale(self) -> None:
        self._stale = True

    def showPopup(self) -> None:
        if self._stale:
            self.load()
        super().showPopup()

    def load(self) -> None:
        """Read the choices now, keeping the current one selected (without signals)."""
        values = self._loader()
        chosen = self.currentData()
        if chosen is not None and chosen not in values:
            values = [chosen, *values]
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for value in values:
            self.addItem(value, value)
        self.setCurrentIndex(max(self.findData(chosen), 0))
        self.blockSignals(False)
        self._stale = False

    def choose(self, value: str | None) -> None:
        """Select ``value`` as a user would (loading the choices first if needed)."""
        if self._stale:
            self.load()
        self.setCurrentIndex(max(self.findData(value), 0))
