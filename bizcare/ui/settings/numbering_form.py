"""Document numbering in Pengaturan: the invoice and kwitansi patterns with a live preview.

The preview shows the number the next document would really get today (the sequence is read,
not taken), so the owner sees "INV/2026/XI/0043" while typing ``INV/{yyyy}/{rm}/{seq:04d}``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bizcare.domain.errors import BizCareError
from bizcare.services.settings import Settings
from bizcare.ui.common.errors import error_text
from bizcare.ui.settings.fields import FieldRow

PREVIEW_DELAY_MS = 200

#: Common Indonesian layouts, offered in the pattern boxes (any other can be typed).
PRESETS = (
    "{code}/{{yyyy}}/{{mm}}/{{seq:04d}}",
    "{code}/{{yyyy}}/{{rm}}/{{seq:04d}}",
    "{{seq:03d}}/{code}/{{rm}}/{{yyyy}}",
    "{code}-{{yy}}{{mm}}-{{seq:04d}}",
)

#: (series, pattern) -> the next number, or ValidationError for a bad pattern.
Preview = Callable[[str, str], str]


class PatternEdit(QWidget):
    """An editable pattern box and, beside it, the next number it would give.

    Signals:
        edited(): the owner changed the pattern.
        checked(str): the preview was refreshed; the problem with the pattern, or "".
    """

    edited = Signal()
    checked = Signal(str)

    def __init__(self, series: str, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series, self._preview = series, preview
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems([p.format(code=series) for p in PRESETS])
        # No inline completion: "INV/{yyyy}" must stay as typed. Qt takes a null completer
        # to remove it; PySide6's stub types the argument as not Optional.
        self.combo.setCompleter(None)  # type: ignore[arg-type]
        self.combo.setMinimumWidth(250)
        self.next_label = QLabel()
        self.next_label.setObjectName("numberPreview")
        self.next_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.combo)
        layout.addWidget(self.next_label, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        line = self.combo.lineEdit()
        assert line is not None
        line.textEdited.connect(self._typed)
        self.combo.activated.connect(lambda _i: self._typed())

    def _typed(self, *_args: object) -> None:
        self._timer.start()
        self.edited.emit()

    def text(self) -> str:
        return self.combo.currentText()

    def set_text(self, pattern: str) -> None:
        self.combo.blockSignals(True)
        self.combo.setEditText(pattern)
        self.combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Show the next number, or what is wrong with the pattern."""
        self._timer.stop()
        try:
            number = self._preview(self.series, self.text())
        except BizCareError as exc:
            self.error = error_text(exc)
            self.next_label.setText(self.tr("Next: —"))
        else:
            self.error = ""
            self.next_label.setText(self.tr("Next: {number}").format(number=number))
        self.checked.emit(self.error)


class NumberingForm(QGroupBox):
    """Signals:
    changed(): a pattern was edited.
    """

    changed = Signal()

    def __init__(self, preview: Preview, invoice_series: str, receipt_series: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Document numbers"), parent)
        self.invoice = PatternEdit(invoice_series, preview)
        self.receipt = PatternEdit(receipt_series, preview)
        self.rows = {"invoice_pattern": FieldRow(self.invoice),
                     "receipt_pattern": FieldRow(self.receipt)}
        for key, edit in (("invoice_pattern", self.invoice), ("receipt_pattern", self.receipt)):
            edit.edited.connect(lambda k=key: self._edited(k))
            edit.checked.connect(self.rows[key].set_error)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("&Invoice"), self.rows["invoice_pattern"])
        form.addRow(self.tr("&Kwitansi"), self.rows["receipt_pattern"])
        help_text = QLabel(self.tr(
            "{yyyy} year · {yy} two-digit year · {mm} month · {rm} month in Roman numerals (XI)"
            " · {seq:04d} running number with 4 digits. Numbering restarts every month when "
            "the pattern has a month, every year when it has only a year."))
        help_text.setObjectName("hint")
        help_text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)

    def _edited(self, key: str) -> None:
        self.rows[key].clear_error()
        self.changed.emit()

    def load(self, settings: Settings) -> None:
        self.invoice.set_text(settings.invoice_pattern)
        self.receipt.set_text(settings.receipt_pattern)
        for row in self.rows.values():
            row.clear_error()

    def refresh_previews(self) -> None:
        self.invoice.refresh()
        self.receipt.refresh()
