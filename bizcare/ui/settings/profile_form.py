"""The business profile part of Pengaturan: what prints on the letterhead of every document.

Values are shown as stored and handed back as typed; ``services.settings.save_profile``
checks and cleans them (e-mail, NPWP 15/16 digits, phone, postal code, logo).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bizcare.domain.errors import BizCareError
from bizcare.domain.models import BusinessProfile
from bizcare.domain.validation import format_npwp
from bizcare.services.settings import validate_logo
from bizcare.ui.common.errors import error_text
from bizcare.ui.settings.fields import FieldRow, settings_form, stack_boxes

LOGO_BOX = QSize(200, 84)


class LogoPicker(QWidget):
    """A logo preview with Choose… and Remove; keeps the bytes until the form is saved.

    Signals:
        changed(): a logo was chosen or removed.
        problem(str): the chosen file cannot be used (shown under the field).
    """

    changed = Signal()
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: bytes | None = None
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setFixedSize(LOGO_BOX)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_logo(None)

    def show_logo(self, data: bytes | None) -> None:
        self.data = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            inner = LOGO_BOX - QSize(12, 12)
            self.preview.setPixmap(pixmap.scaled(
                inner, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo yet"))
        self.remove_button.setEnabled(data is not None)

    def load_file(self, path: Path) -> bool:
        """Take the image at ``path`` if it is a usable logo; say why not otherwise."""
        try:
            data = validate_logo(path.read_bytes())
        except OSError:
            self.problem.emit(self.tr("Cannot read {file}.").format(file=path.name))
            return False
        except BizCareError as exc:
            self.problem.emit(error_text(exc))
            return False
        self.show_logo(data)
        self.changed.emit()
        return True

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_file(Path(path))

    def remove(self) -> None:
        self.show_logo(None)
        self.changed.emit()


def _line(placeholder: str = "", width: int | None = None) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    if width:
        edit.setMaximumWidth(width)
    return edit


def _text(placeholder: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setFixedHeight(height)
    return edit


class ProfileForm(QWidget):
    """Two group boxes: the business and its contacts; signature and bank accounts.

    Signals:
        changed(): any value was edited.
    """

    changed = Signal()
    TEXT_FIELDS = ("name", "city", "province", "postal_code", "phone", "email", "npwp",
                   "signatory_name", "signatory_title")
    AREA_FIELDS = ("address", "bank_accounts")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logo_changed = False
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {
            "name": _line(self.tr("e.g. Toko Sumber Rejeki")),
            "address": _text(self.tr("Street, number, district"), 2),
            "city": _line(self.tr("e.g. Jakarta Timur")),
            "province": _line(self.tr("e.g. DKI Jakarta")),
            "postal_code": _line("13630", 90),
            "phone": _line("021-5890 5002", 220),
            "email": _line("admin@tokoanda.co.id"),
            "npwp": _line("01.234.567.8-901.000", 240),
            "signatory_name": _line(self.tr("e.g. Siti Rahayu")),
            "signatory_title": _line(self.tr("e.g. Owner")),
            "bank_accounts": _text(self.tr("BCA 123-456-7890 a.n. Toko Sumber Rejeki"), 3),
        }
        self.logo = LogoPicker()
        hints = {
            "npwp": self.tr("15 digits, or the 16-digit NIK-based NPWP. Leave empty if none."),
            "bank_accounts": self.tr("One account per line; printed under \"Payment\" on "
                                     "invoices."),
            "logo": self.tr("PNG or JPEG up to 2 MB, printed on the letterhead."),
        }
        self.rows: dict[str, FieldRow] = {
            key: FieldRow(edit, hints.get(key, "")) for key, edit in self.edits.items()
        }
        self.rows["logo"] = FieldRow(self.logo, hints["logo"])
        for key, edit in self.edits.items():
            signal = edit.textChanged if isinstance(edit, QPlainTextEdit) else edit.textEdited
            signal.connect(lambda *_a, k=key: self._edited(k))
        self.logo.changed.connect(self._logo_edited)
        self.logo.problem.connect(self.rows["logo"].set_error)

        business = QGroupBox(self.tr("Business profile"))
        form = settings_form(business)
        form.addRow(self.tr("Business &name"), self.rows["name"])
        form.addRow(self.tr("&Address"), self.rows["address"])
        form.addRow(self.tr("&City"), self.rows["city"])
        form.addRow(self.tr("&Province"), self.rows["province"])
        form.addRow(self.tr("Postal co&de"), self.rows["postal_code"])
        form.addRow(self.tr("P&hone"), self.rows["phone"])
        form.addRow(self.tr("&E-mail"), self.rows["email"])
        form.addRow(self.tr("NP&WP"), self.rows["npwp"])
        form.addRow(self.tr("Logo"), self.rows["logo"])

        signing = QGroupBox(self.tr("Signature and payment"))
        form = settings_form(signing)
        form.addRow(self.tr("Si&gned by"), self.rows["signatory_name"])
        form.addRow(self.tr("&Title"), self.rows["signatory_title"])
        form.addRow(self.tr("&Bank accounts"), self.rows["bank_accounts"])

        stack_boxes(self, business, signing)

    def _edited(self, key: str) -> None:
        self.rows[key].clear_error()
        self.changed.emit()

    def _logo_edited(self) -> None:
        self._logo_changed = True
        self.rows["logo"].clear_error()
        self.changed.emit()

    def load(self, profile: BusinessProfile) -> None:
        """Show the stored profile (signals blocked: loading is not editing)."""
        for key, edit in self.edits.items():
            value = str(getattr(profile, key) or "")
            if key == "npwp":
                value = format_npwp(value)
            edit.blockSignals(True)
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
                edit.setCursorPosition(0)
            edit.blockSignals(False)
            self.rows[key].clear_error()
        self.logo.show_logo(profile.logo)
        self.rows["logo"].clear_error()
        self._logo_changed = False

    def values(self) -> dict[str, Any]:
        """What the owner typed, for ``save_profile`` (the logo only when it changed)."""
        out: dict[str, Any] = {
            key: edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            for key, edit in self.edits.items()
        }
        if self._logo_changed:
            out["logo"] = self.logo.data
        return out
