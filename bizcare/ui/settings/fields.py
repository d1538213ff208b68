"""Form pieces of the Pengaturan tab: a field with its own error line, and a Rupiah editor.

An error is shown under the field that caused it (a ``ValidationError`` names its field),
the field gets a red frame through the ``invalid`` property styled in ``style.qss``, and
the message disappears as soon as the owner edits that field again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_rupiah, parse_rupiah
from bizcare.domain.errors import BizCareError
from bizcare.ui.common.palette import restyle

QWIDGETSIZE_MAX = (1 << 24) - 1


def settings_form(box: QGroupBox) -> QFormLayout:
    """The form inside one box of a settings page: labels right, fields growing."""
    form = QFormLayout(box)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(8)
    return form


def stack_boxes(page: QWidget, *boxes: QGroupBox) -> None:
    """A settings page: its boxes one under the other, the space left at the bottom."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(14)
    for box in boxes:
        layout.addWidget(box)
    layout.addStretch(1)


class FieldRow(QWidget):
    """An input with an error line and an optional hint under it (for a QFormLayout row)."""

    def __init__(self, editor: QWidget, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        # Take the row's full width so hints wrap at the form's edge, not the editor's.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        narrow = editor.maximumWidth() < QWIDGETSIZE_MAX  # e.g. a postal code box
        if narrow:
            editor.setMinimumWidth(editor.maximumWidth())
        layout.addWidget(editor, 0, Qt.AlignmentFlag.AlignLeft if narrow else Qt.AlignmentFlag(0))
        self.hint = QLabel(hint)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        restyle(self.editor, invalid=bool(message))

    def clear_error(self) -> None:
        if not self.error.isHidden():
            self.set_error("")

    @property
    def has_error(self) -> bool:
        return not self.error.isHidden()


class RupiahEdit(QLineEdit):
    """Whole Rupiah typed freely ("5000000", "5.000.000", "Rp 5.000.000") and shown in the
    business's Rupiah style once the owner leaves the field.

    Signals:
        edited(): the text was changed by the user.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spaced = False
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textEdited.connect(lambda _text: self.edited.emit())
        self.editingFinished.connect(self.tidy)

    def amount(self) -> int:
        """The amount typed; raises ``ValidationError`` if it is not whole Rupiah."""
        return parse_rupiah(self.text())

    def set_amount(self, amount: int) -> None:
        self.setText(format_rupiah(amount, spaced=self.spaced))

    def set_spaced(self, spaced: bool) -> None:
        self.spaced = spaced
        self.tidy()

    def tidy(self) -> None:
        """Rewrite a valid amount in the chosen style; leave a typo for the owner to see."""
        try:
            self.set_amount(self.amount())
        except BizCareError:
            pass
