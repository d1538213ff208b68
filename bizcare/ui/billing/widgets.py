"""Small input widgets of the billing dialogs: Rupiah fields, the customer picker, chips."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from bizcare.documents.formatting import format_number, parse_rupiah
from bizcare.domain.errors import ValidationError
from bizcare.storage.db import Database
from bizcare.ui.common.palette import restyle
from bizcare.ui.common.widgets import figure_label

DEBOUNCE_MS = 150


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(value: date) -> QDateEdit:
    """A date field of the billing dialogs: ``value``, a calendar popup, dd-MM-yyyy."""
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


def number_head(layout: QBoxLayout) -> tuple[QLabel, QLabel]:
    """The head of a detail panel: the document number, large and selectable, then its chip."""
    head = QHBoxLayout()
    number = figure_label(1.35)
    chip = QLabel()
    head.addWidget(number)
    head.addWidget(chip)
    head.addStretch(1)
    layout.addLayout(head)
    return number, chip


class RupiahEdit(QLineEdit):
    """A whole-Rupiah field: accepts "1.250.000", "Rp1250000", shows "1.250.000".

    Signals:
        amountChanged(int): the parsed amount changed (0 while the text is unreadable).
    """

    amountChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0")
        self._last = 0
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self._tidy)

    def amount(self) -> int:
        """The amount typed; raises ``ValidationError`` when it is not whole Rupiah."""
        text = self.text().strip()
        return parse_rupiah(text) if text else 0

    def set_amount(self, value: int) -> None:
        self.setText(format_number(value) if value else "")
        self._emit(value)

    def is_valid(self) -> bool:
        try:
            self.amount()
        except ValidationError:
            return False
        return True

    def _on_edited(self, _text: str) -> None:
        valid = self.is_valid()
        restyle(self, invalid=not valid)  # the red frame of style.qss
        self._emit(self.amount() if valid else 0)

    def _tidy(self) -> None:
        if self.is_valid() and self.text().strip():
            self.setText(format_number(self.amount()))

    def _emit(self, value: int) -> None:
        if value != self._last:
            self._last = value
            self.amountChanged.emit(value)


class CustomerPicker(QLineEdit):
    """Type part of a code, name or company; matches come from the customers service.

    The database does the matching (debounced), the completer only shows the answer.

    Signals:
        picked(int): a customer was chosen (its id); -1 when the text no longer matches one.
    """

    picked = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None, limit: int = 20) -> None:
        super().__init__(parent)
        self.db, self.limit = db, limit
        self.setPlaceholderText(self.tr("Type a customer code or name…"))
        self.setClearButtonEnabled(True)
        self._choices: dict[str, int] = {}
        self._customer_id: int | None = None
        self._list = QStringListModel(self)
        self._completer = QCompleter(self._list, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # activated(QString), not activated(QModelIndex); PySide6's stubs leave out the
        # SignalInstance.__getitem__ that picks an overload at run time.
        self._completer.activated[str].connect(self._choose)  # type: ignore[index]
        self.setCompleter(self._completer)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._on_edited)

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def set_customer(self, customer_id: int, label: str) -> None:
        """Show an already chosen customer (editing a draft)."""
        self._choices = {label: customer_id}
        self.setText(label)
        self._customer_id = customer_id
        self.picked.emit(customer_id)

    def clear_customer(self) -> None:
        """Forget the chosen customer (no signal: the caller refreshes)."""
        self._customer_id = None
        self.clear()

    def search_now(self) -> list[str]:
        """Ask the service for matches of the current text and show them; returns them."""
        from bizcare.services.customers import CustomerQuery, search_page

        query = CustomerQuery(search=self.text().strip())
        rows = self.db.run(lambda s: search_page(s, query, 0, self.limit), write=False)
        self._choices = {f"{r.code} · {r.name}": r.id for r in rows if not r.archived}
        labels = list(self._choices)
        self._list.setStringList(labels)
        if self.hasFocus() and labels:
            self._completer.complete()
        return labels

    def choose(self, label: str) -> None:
        """Pick one of the labels last offered (for keyboard, mouse and tests)."""
        self._choose(label)

    def _choose(self, label: str) -> None:
        customer_id = self._choices.get(label)
        if customer_id is None:
            return
        self.setText(label)
        self._customer_id = customer_id
        self.picked.emit(customer_id)

    def _on_edited(self, text: str) -> None:
        if self._customer_id is not None and self._choices.get(text) != self._customer_id:
            self._customer_id = None
            self.picked.emit(-1)
        self._timer.start()
