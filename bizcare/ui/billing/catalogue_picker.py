"""Pick a product or service from the catalogue into the invoice lines (searched in SQL)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from bizcare.documents.formatting import format_rupiah
from bizcare.storage.db import Database
from bizcare.ui.billing.lines_model import EditLine
from bizcare.ui.billing.widgets import DEBOUNCE_MS


class CataloguePicker(QLineEdit):
    """A search field whose matches are catalogue items; choosing one emits a new line.

    Signals:
        picked(object): the ``EditLine`` made from the chosen item (quantity 1).
    """

    picked = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None, limit: int = 25) -> None:
        super().__init__(parent)
        self.db, self.limit = db, limit
        self.setPlaceholderText(self.tr("Add from catalogue: type a product or service…"))
        self.setClearButtonEnabled(True)
        self._items: dict[str, EditLine] = {}
        self._list = QStringListModel(self)
        self._completer = QCompleter(self._list, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # activated(QString), not activated(QModelIndex); PySide6's stubs leave out the
        # SignalInstance.__getitem__ that picks an overload at run time.
        self._completer.activated[str].connect(self.choose)  # type: ignore[index]
        self.setCompleter(self._completer)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _t: self._timer.start())

    def search_now(self) -> list[str]:
        """Offer the active items matching the text; returns the labels offered."""
        from bizcare.services.billing import list_items

        items = self.db.run(
            lambda s: list_items(s, self.text(), limit=self.limit), write=False)
        self._items = {}
        for item in items:
            label = f"{item.name} · {format_rupiah(item.price)}/{item.unit}"
            self._items[label] = EditLine(description=item.name, unit=item.unit,
                                          unit_price=item.price, item_id=item.id)
        labels = list(self._items)
        self._list.setStringList(labels)
        if self.hasFocus() and labels:
            self._completer.complete()
        return labels

    def choose(self, label: str) -> None:
        line = self._items.get(label)
        if line is None:
            return
        self.picked.emit(line)
        # Clear after the completer has written the label into the field.
        QTimer.singleShot(0, self.clear)
