"""Tax, payment terms, meterai, Rupiah style and language in Pengaturan.

``values()`` turns what is on screen into a :class:`Settings`; a Rupiah amount that cannot be
read raises the same ``ValidationError`` (naming the field) the service would, so every
problem is shown the same way, next to its field.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_rupiah
from bizcare.domain.enums import PpnMode
from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.services.settings import Settings
from bizcare.ui.settings.fields import FieldRow, RupiahEdit, settings_form, stack_boxes

PPN_MODES = (
    (PpnMode.NONE, QT_TRANSLATE_NOOP("PreferencesForm", "No PPN (not a PKP)")),
    (PpnMode.PPN_11, QT_TRANSLATE_NOOP("PreferencesForm", "PPN 11%")),
    (PpnMode.PPN_12_DPP, QT_TRANSLATE_NOOP("PreferencesForm", "PPN 12% on DPP 11/12")),
)
PPN_NOTES = {
    PpnMode.NONE: QT_TRANSLATE_NOOP(
        "PreferencesForm",
        "Invoices show no PPN. Keep this unless the business is registered as a PKP "
        "(Pengusaha Kena Pajak)."),
    PpnMode.PPN_11: QT_TRANSLATE_NOOP(
        "PreferencesForm", "11% PPN is added to the price after discount."),
    PpnMode.PPN_12_DPP: QT_TRANSLATE_NOOP(
        "PreferencesForm",
        "12% PPN on a tax base (DPP) of 11/12 of the price after discount: the customer pays "
        "the same as with 11%, and the invoice shows the DPP."),
}
#: Each language in its own words, so anyone can find theirs.
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))
SAMPLE = 1_250_000


class PreferencesForm(QWidget):
    """Two group boxes: tax and payment; display and language.

    Signals:
        changed(): any value was edited.
        spaced_changed(bool): the Rupiah style changed (amounts elsewhere follow it).
    """

    changed = Signal()
    spaced_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ppn = QComboBox()
        for mode, text in PPN_MODES:
            self.ppn.addItem(QCoreApplication.translate("PreferencesForm", text), str(mode))
        self.ppn.setMaximumWidth(340)
        self.terms = QSpinBox()
        self.terms.setRange(0, 365)
        self.terms.setSuffix(self.tr(" days"))
        self.terms.setMaximumWidth(120)
        self.meterai_threshold = RupiahEdit()
        self.meterai_value = RupiahEdit()
        for edit in (self.meterai_threshold, self.meterai_value):
            edit.setMaximumWidth(170)
        self.rows = {
            "ppn_mode": FieldRow(self.ppn, " "),
            "payment_terms_days": FieldRow(self.terms, self.tr(
                "Due date = invoice date + these days; 0 means due on receipt.")),
            "meterai_threshold": FieldRow(self.meterai_threshold, self.tr(
                "A kwitansi above this amount gets a box for the meterai (stamp duty).")),
            "meterai_value": FieldRow(self.meterai_value),
        }
        self.ppn.currentIndexChanged.connect(lambda _i: self._ppn_changed())
        self.terms.valueChanged.connect(lambda _v: self._edited("payment_terms_days"))
        self.meterai_threshold.edited.connect(lambda: self._edited("meterai_threshold"))
        self.meterai_value.edited.connect(lambda: self._edited("meterai_value"))

        tax = QGroupBox(self.tr("Tax and payment"))
        form = settings_form(tax)
        form.addRow(self.tr("&PPN"), self.rows["ppn_mode"])
        form.addRow(self.tr("Payment &terms"), self.rows["payment_terms_days"])
        form.addRow(self.tr("Meterai &above"), self.rows["meterai_threshold"])
        form.addRow(self.tr("Meterai &value"), self.rows["meterai_value"])

        self.unspaced = QRadioButton()
        self.spaced = QRadioButton()
        self.style_group = QButtonGroup(self)
        self.style_group.addButton(self.unspaced)
        self.style_group.addButton(self.spaced)
        self.unspaced.setText(self.tr("{sample} (standard spelling)").format(
            sample=format_rupiah(SAMPLE)))
        self.spaced.setText(self.tr("{sample} (with a space)").format(
            sample=format_rupiah(SAMPLE, spaced=True)))
        self.spaced.toggled.connect(self._style_changed)
        style_box = QWidget()
        radios = QVBoxLayout(style_box)
        radios.setContentsMargins(0, 0, 0, 0)
        radios.addWidget(self.unspaced)
        radios.addWidget(self.spaced)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setMaximumWidth(220)
        self.language.currentIndexChanged.connect(lambda _i: self._edited("language"))
        self.rows["rupiah_spaced"] = FieldRow(style_box)
        self.rows["language"] = FieldRow(self.language, self.tr(
            "The new language is used the next time BizCare starts."))

        display = QGroupBox(self.tr("Display and language"))
        form = settings_form(display)
        form.addRow(self.tr("Rupiah"), self.rows["rupiah_spaced"])
        form.addRow(self.tr("&Language"), self.rows["language"])

        stack_boxes(self, tax, display)
        self._ppn_changed(emit=False)

    def _edited(self, key: str) -> None:
        self.rows[key].clear_error()
        self.changed.emit()

    def _ppn_changed(self, emit: bool = True) -> None:
        mode = PpnMode(self.ppn.currentData())
        self.rows["ppn_mode"].hint.setText(
            QCoreApplication.translate("PreferencesForm", PPN_NOTES[mode]))
        if emit:
            self._edited("ppn_mode")

    def _style_changed(self, spaced: bool) -> None:
        for edit in (self.meterai_threshold, self.meterai_value):
            edit.set_spaced(spaced)
        self.spaced_changed.emit(spaced)
        self._edited("rupiah_spaced")

    def load(self, settings: Settings) -> None:
        """Show stored settings (signals blocked: loading is not editing)."""
        widgets = (self.ppn, self.terms, self.spaced, self.unspaced, self.language,
                   self.meterai_threshold, self.meterai_value)
        for widget in widgets:
            widget.blockSignals(True)
        self.ppn.setCurrentIndex(max(0, self.ppn.findData(str(settings.ppn_mode))))
        self.terms.setValue(settings.payment_terms_days)
        (self.spaced if settings.rupiah_spaced else self.unspaced).setChecked(True)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        for edit, amount in ((self.meterai_threshold, settings.meterai_threshold),
                             (self.meterai_value, settings.meterai_value)):
            edit.spaced = settings.rupiah_spaced
            edit.set_amount(amount)
        for widget in widgets:
            widget.blockSignals(False)
        self._ppn_changed(emit=False)
        for row in self.rows.values():
            row.clear_error()

    def values(self, base: Settings) -> Settings:
        """``base`` with this form's values; ValidationError for an unreadable amount."""
        return replace(
            base,
            ppn_mode=str(self.ppn.currentData()),
            payment_terms_days=self.terms.value(),
            rupiah_spaced=self.spaced.isChecked(),
            language=str(self.language.currentData()),
            meterai_threshold=_amount("meterai_threshold", self.meterai_threshold),
            meterai_value=_amount("meterai_value", self.meterai_value),
        )


def _amount(key: str, edit: RupiahEdit) -> int:
    """The amount in ``edit``; its ValidationError names the field ``key``."""
    try:
        return edit.amount()
    except ValidationError as exc:
        raise ValidationError(exc.message, key, **exc.params) from None


