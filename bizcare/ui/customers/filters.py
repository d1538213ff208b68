"""The filter row of the customer list: search, kind, category, city, tag, archived.

The bar turns its fields into a :class:`~bizcare.services.customers.records.CustomerQuery` (the
typed filter the service answers in SQL); the combos carry their codes as item data.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from bizcare.services.customers import CustomerQuery
from bizcare.ui.common.combos import data_combo
from bizcare.ui.customers.labels import CATEGORIES, KINDS, label
from bizcare.ui.customers.widgets import LazyComboBox

SEARCH_DELAY_MS = 150


class CustomerFilterBar(QWidget):
    """The filter row; :attr:`search` is placed by the tab (in its top row).

    Signals:
        changed(): a filter changed, or the search text after a short pause.
    """

    changed = Signal()

    def __init__(self, cities: Callable[[], list[str]], tags: Callable[[], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, code, phone, e-mail, city… "
                                               "(Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(340)
        self.search.textChanged.connect(self._timer.start)
        self.kind = data_combo(self.tr("All kinds"),
                               ((label(KINDS, code), code) for code in KINDS))
        self.category = data_combo(self.tr("All categories"),
                                   ((label(CATEGORIES, code), code) for code in CATEGORIES))
        self.city = LazyComboBox(self.tr("All cities"), cities)
        self.tag = LazyComboBox(self.tr("All tags"), tags)
        for combo in (self.kind, self.category, self.city, self.tag):
            combo.currentIndexChanged.connect(self._now)
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.toggled.connect(self._now)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for caption, combo in ((self.tr("Kind:"), self.kind),
                               (self.tr("Category:"), self.category),
                               (self.tr("City:"), self.city), (self.tr("Tag:"), self.tag)):
            row.addWidget(QLabel(caption))
            row.addWidget(combo)
            row.addSpacing(8)
        row.addWidget(self.archived)
        row.addStretch(1)
        row.addWidget(self.count_label)

    def query(self) -> CustomerQuery:
        """What the list shows: search text, filters, and the archived switch."""
        return CustomerQuery(
            search=self.search.text(), kind=self.kind.currentData(),
            category=self.category.currentData(), city=self.city.currentData(),
            tag=self.tag.currentData(), include_archived=self.archived.isChecked())

    def is_unfiltered(self) -> bool:
        return self.query() == CustomerQuery(include_archived=self.archived.isChecked())

    def stop_pending(self) -> None:
        """Forget a search still waiting for its pause (the caller queries now)."""
        self._timer.stop()

    def mark_stale(self) -> None:
        """Customers changed: read the cities and tags again when next opened."""
        self.city.mark_stale()
        self.tag.mark_stale()

    def _now(self, *_args: object) -> None:
        self._timer.stop()
        self.changed.emit()
