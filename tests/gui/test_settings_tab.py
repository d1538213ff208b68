"""The Pengaturan tab as an owner uses it: fill in the profile, choose tax and numbering, save."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from bizcare.domain.enums import PpnMode
from bizcare.services.numbering import take_next_number
from bizcare.services.settings import Settings, load_profile, load_settings, save_settings
from bizcare.ui.common.context import Changes, UiContext

pytestmark = pytest.mark.gui

TODAY = date.today()


@pytest.fixture
def tab(qtbot: Any, db: Any) -> Iterator[Any]:
    from bizcare.ui.settings import create_tab

    widget = create_tab(UiContext(db=db))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    yield widget


def stored(db: Any) -> tuple[Settings, Any]:
    with db.session(write=False) as s:
        return load_settings(s), load_profile(s)


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def png_file(tmp_path: Path) -> tuple[Path, bytes]:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#00796b"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path = tmp_path / "logo.png"
    path.write_bytes(bytes(data.data()))
    return path, bytes(data.data())


def test_opens_with_defaults_and_nothing_to_save(tab: Any) -> None:
    prefs = tab.preferences
    assert prefs.ppn.currentData() == PpnMode.NONE
    assert prefs.terms.value() == 14
    assert prefs.unspaced.isChecked()
    assert prefs.meterai_threshold.text() == "Rp5.000.000"
    assert tab.numbering.invoice.text() == "INV/{yyyy}/{mm}/{seq:04d}"
    assert tab.numbering.invoice.next_label.text().endswith(
        f"INV/{TODAY:%Y}/{TODAY:%m}/0001")
    assert not tab.save_button.isEnabled()


def test_fill_in_and_save_everything(qtbot: Any, tab: Any, db: Any, tmp_path: Path) -> None:
    edits = tab.profile.edits
    type_into(qtbot, edits["name"], "Toko Sumber Rejeki")
    edits["address"].setPlainText("Jl. Letjen M.T. Haryono Kav. 10\nCawang")
    type_into(qtbot, edits["city"], "Jakarta Timur")
    type_into(qtbot, edits["postal_code"], "13630")
    type_into(qtbot, edits["phone"], "021-5890 5002")
    type_into(qtbot, edits["email"], "Admin@SumberRejeki.co.id")
    type_into(qtbot, edits["npwp"], "01.234.567.8-901.000")
    edits["bank_accounts"].setPlainText("BCA 123-456-7890 a.n. Toko Sumber Rejeki")
    path, logo = png_file(tmp_path)
    assert tab.profile.logo.load_file(path)
    assert not tab.profile.logo.preview.pixmap().isNull()
    prefs = tab.preferences
    prefs.ppn.setCurrentIndex(prefs.ppn.findData(str(PpnMode.PPN_12_DPP)))
    prefs.terms.setValue(30)
    assert tab.save_button.isEnabled() and tab.dirty
    with qtbot.waitSignal(tab.ctx.hub.changed) as changed:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert changed.args[0] == Changes(settings=True)
    settings, profile = stored(db)
    assert (settings.ppn_mode, settings.payment_terms_days) == (PpnMode.PPN_12_DPP, 30)
    assert profile.name == "Toko Sumber Rejeki"
    assert profile.email == "admin@sumberrejeki.co.id"
    assert profile.npwp == "012345678901000"
    assert profile.logo == logo
    assert profile.address == "Jl. Letjen M.T. Haryono Kav. 10\nCawang"
    # Shown back as stored, nothing left to save.
    assert edits["npwp"].text() == "01.234.567.8-901.000"
    assert not tab.save_button.isEnabled()
    assert tab.state.text() == "Settings saved."


def test_bad_npwp_is_shown_next_to_it_and_nothing_is_saved(qtbot: Any, tab: Any,
                                                           db: Any) -> None:
    type_into(qtbot, tab.profile.edits["name"], "Toko Baru")
    type_into(qtbot, tab.profile.edits["npwp"], "12.345")
    tab.preferences.terms.setValue(45)
    assert tab.save() is False
    row = tab.rows["npwp"]
    assert row.has_error and "15" in row.error.text()
    assert row.editor.property("invalid") is True
    settings, profile = stored(db)
    assert profile.name == "" and settings.payment_terms_days == 14
    assert tab.dirty
    # Typing in the field clears its error.
    qtbot.keyClicks(tab.profile.edits["npwp"], "6")
    assert not row.has_error and row.editor.property("invalid") is False


def test_unreadable_meterai_amount_is_refused(qtbot: Any, tab: Any, db: Any) -> None:
    type_into(qtbot, tab.profile.edits["name"], "Toko")
    type_into(qtbot, tab.preferences.meterai_threshold, "lima juta")
    assert tab.save() is False
    assert tab.rows["meterai_threshold"].has_error
    assert stored(db)[1].name == ""


def test_business_name_is_required(tab: Any) -> None:
    tab.preferences.terms.setValue(7)
    assert tab.save() is False
    assert tab.rows["name"].has_error


def test_pattern_preview_follows_typing_and_the_sequence(qtbot: Any, tab: Any,
                                                         db: Any) -> None:
    invoice = tab.numbering.invoice
    line = invoice.combo.lineEdit()
    type_into(qtbot, line, "INV/{yyyy}/{rm}/{seq:03d}")
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
    expected = f"INV/{TODAY:%Y}/{roman[TODAY.month - 1]}/001"
    qtbot.waitUntil(lambda: invoice.next_label.text().endswith(expected))
    with db.session() as s:
        take_next_number(s, "INV", "INV/{yyyy}/{mm}/{seq:04d}", TODAY)
    tab.ctx.hub.changed.emit(Changes(invoices=True))
    assert invoice.next_label.text().endswith(expected.replace("/001", "/002"))
    type_into(qtbot, line, "INV/{yyyy}")
    qtbot.waitUntil(lambda: tab.rows["invoice_pattern"].has_error)
    assert "{seq}" in tab.rows["invoice_pattern"].error.text()
    type_into(qtbot, tab.profile.edits["name"], "Toko")
    assert tab.save() is False
    assert stored(db)[0].invoice_pattern == "INV/{yyyy}/{mm}/{seq:04d}"


def test_roman_month_preset_is_offered(tab: Any) -> None:
    combo = tab.numbering.receipt.combo
    presets = [combo.itemText(i) for i in range(combo.count())]
    assert "KW/{yyyy}/{rm}/{seq:04d}" in presets


def test_rupiah_style_shows_its_preview_and_reformats_amounts(qtbot: Any, tab: Any,
                                                              db: Any) -> None:
    prefs = tab.preferences
    assert "Rp1.250.000" in prefs.unspaced.text()
    assert "Rp 1.250.000" in prefs.spaced.text()
    prefs.spaced.setChecked(True)
    assert prefs.meterai_threshold.text() == "Rp 5.000.000"
    type_into(qtbot, tab.profile.edits["name"], "Toko")
    assert tab.save()
    assert stored(db)[0].rupiah_spaced is True


def test_language_change_says_it_needs_a_restart(qtbot: Any, tab: Any, db: Any) -> None:
    type_into(qtbot, tab.profile.edits["name"], "Toko")
    tab.preferences.language.setCurrentIndex(tab.preferences.language.findData("en"))
    with qtbot.waitSignal(tab.ctx.hub.status) as status:
        assert tab.save()
    assert "Restart" in status.args[0]
    assert stored(db)[0].language == "en"


def test_logo_that_is_not_an_image_is_refused_at_once(tab: Any, tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_text("not really a picture")
    assert tab.profile.logo.load_file(path) is False
    assert tab.rows["logo"].has_error
    assert tab.profile.logo.data is None


def test_reloads_when_settings_change_elsewhere_unless_editing(qtbot: Any, tab: Any,
                                                               db: Any) -> None:
    with db.session() as s:
        save_settings(s, Settings(payment_terms_days=21))
    tab.ctx.hub.changed.emit(Changes(settings=True))
    assert tab.preferences.terms.value() == 21
    type_into(qtbot, tab.profile.edits["city"], "Bandung")
    with db.session() as s:
        save_settings(s, Settings(payment_terms_days=60))
    tab.ctx.hub.changed.emit(Changes(settings=True))
    assert tab.profile.edits["city"].text() == "Bandung"  # the owner's typing survives
    tab.revert_button.click()
    assert tab.profile.edits["city"].text() == ""
    assert tab.preferences.terms.value() == 60
