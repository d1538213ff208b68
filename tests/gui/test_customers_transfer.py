"""Importing and exporting customer lists from the Pelanggan tab."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from bizcare.services.customers.records import CustomerQuery, count_customers
from bizcare.ui.common.context import Changes
from tests.gui.customers_setup import names, people, tab

pytestmark = pytest.mark.gui

__all__ = ["people", "tab"]  # fixtures used by name

CSV = (
    "Nama;No. HP;Email;Kota;Tanggal Lahir;Catatan\n"
    "Andi Pratama;0812-1111-0001;andi@contoh.id;Medan;01/02/1990;\n"
    "Rina Kusuma;bukan nomor;rina@contoh.id;Padang;15/08/1985;pelanggan lama\n"
    "Joko Susilo;0813 2222 0003;;Solo;;\n"
)


def _import_dialog(qtbot: Any, db: Any, tmp_path: Path) -> Any:
    from bizcare.services.transfer.importing import read_table
    from bizcare.ui.customers.import_dialog import ImportDialog

    path = tmp_path / "pelanggan.csv"
    path.write_text(CSV, encoding="utf-8-sig")
    dialog = ImportDialog(db, read_table(path), path.name)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.show()
    return dialog


def test_import_shows_the_bad_row_with_its_reason(qtbot: Any, db: Any,
                                                  tmp_path: Path) -> None:
    dialog = _import_dialog(qtbot, db, tmp_path)
    assert [c.currentData() for c in dialog.combos] == [
        "name", "phone", "email", "city", "birth_date", "notes"]
    assert dialog.problems.rowCount() == 1
    assert dialog.problems.item(0, 0).text() == "3"
    assert "bukan nomor" in dialog.problems.item(0, 1).text()
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Import 2 customers"
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.import_button.click()
    assert done.args == [2]
    with db.session(write=False) as s:
        assert count_customers(s, CustomerQuery()) == 2


def test_a_row_with_several_problems_shows_each_on_its_own_line(qtbot: Any, db: Any,
                                                                tmp_path: Path) -> None:
    from bizcare.services.transfer.importing import read_table
    from bizcare.ui.customers.import_dialog import ImportDialog

    path = tmp_path / "rusak.csv"
    path.write_text("Nama;No. HP;Email\nRina;bukan nomor;rina@\n", encoding="utf-8")
    dialog = ImportDialog(db, read_table(path), path.name)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.show()
    lines = dialog.problems.item(0, 1).text().splitlines()
    assert len(lines) == 2 and "bukan nomor" in lines[0] and "rina@" in lines[1]
    assert dialog.problems.rowHeight(0) > dialog.problems.verticalHeader().defaultSectionSize()


def test_editing_the_mapping_rechecks_the_rows(qtbot: Any, db: Any, tmp_path: Path) -> None:
    dialog = _import_dialog(qtbot, db, tmp_path)
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.set_field(1, None)  # leave the phone column out
    assert dialog.problems.rowCount() == 0
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Import 3 customers"
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.set_field(5, "city")  # one column per field: Kota lets go of "city"
    assert dialog.combos[3].currentData() is None


def test_customers_the_shop_has_are_left_out_unless_the_owner_says_otherwise(
        qtbot: Any, db: Any, tmp_path: Path) -> None:
    from bizcare.services.customers.records import CustomerInput, create_customer

    with db.session() as s:  # Andi is already a customer (same mobile number)
        create_customer(s, CustomerInput(name="Andi P.", phone="0812-1111-0001"))
    dialog = _import_dialog(qtbot, db, tmp_path)
    dialog.skip_invalid.setChecked(True)
    assert dialog.duplicates.rowCount() == 1 and dialog.skip_duplicates.isChecked()
    assert dialog.import_button.text() == "Import 1 customers"
    dialog.skip_duplicates.click()  # the owner wants Andi twice after all
    assert dialog.import_button.text() == "Import 2 customers"
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.set_field(5, None)  # a new check of the rows keeps the owner's choice
    assert not dialog.skip_duplicates.isChecked()


def test_import_button_reads_the_file_and_opens_the_preview(qtbot: Any, tab: Any,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "daftar.csv"
    path.write_text(CSV, encoding="utf-8")
    tab.transfer.open_import(path)
    qtbot.waitUntil(lambda: tab.transfer.dialog is not None, timeout=10_000)
    dialog = tab.transfer.dialog
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.problems.item(0, 0).text() == "3"
    dialog.skip_invalid.setChecked(True)
    seen: list[Changes] = []
    tab.ctx.hub.changed.connect(seen.append)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert seen and seen[-1].customers
    assert {"Andi Pratama", "Joko Susilo"} <= set(names(tab))
    assert tab.count_label.text() == "6 customers"


def test_xlsx_list_imports_through_the_preview(qtbot: Any, tab: Any, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Phone", "City", "Type"])
    sheet.append(["Wayan Sudarsana", "0819-3344-5566", "Denpasar", "Reseller"])
    sheet.append(["CV Sinar Jaya", "(031) 7654 321", "Surabaya", "B2B"])
    path = tmp_path / "pelanggan.xlsx"
    book.save(path)
    tab.transfer.open_import(path)
    qtbot.waitUntil(lambda: tab.transfer.dialog is not None, timeout=10_000)
    dialog = tab.transfer.dialog
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.problems.rowCount() == 0
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    tab.category.setCurrentIndex(tab.category.findData("b2b"))
    assert "CV Sinar Jaya" in names(tab)


def test_unreadable_file_is_reported(qtbot: Any, monkeypatch: pytest.MonkeyPatch, tab: Any,
                                     tmp_path: Path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    tab.transfer.open_import(tmp_path / "hilang.csv")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "hilang.csv" in shown[0]
    assert tab.transfer.dialog is None


def test_a_file_in_two_encodings_is_refused_with_the_reason(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tab: Any, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    path = tmp_path / "campur.csv"
    path.write_bytes("Nama\nCafé Ñoño\n".encode() + "José\n".encode("cp1252"))
    tab.transfer.open_import(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "campur.csv" in shown[0] and "(line 3)" in shown[0] and "\n" not in shown[0]
    assert tab.transfer.dialog is None


def test_cancelled_import_imports_nothing(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                          db: Any, tmp_path: Path) -> None:
    from bizcare.services.transfer import importing
    from bizcare.ui.common.worker import Cancelled

    gate = threading.Event()
    real = importing.import_customers

    def slow_import(*args: Any, **kwargs: Any) -> int:
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "import_customers", slow_import)
    dialog = _import_dialog(qtbot, db, tmp_path)
    dialog.skip_invalid.setChecked(True)
    dialog.start_import()
    failed: list[object] = []
    dialog.task.failed.connect(failed.append)
    dialog.cancel_import()
    gate.set()
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert isinstance(failed[0], Cancelled)
    assert dialog.summary.text() == "Import cancelled. Nothing was imported."
    assert dialog.isVisible()
    with db.session(write=False) as s:
        assert count_customers(s, CustomerQuery(include_archived=True)) == 0


def test_export_writes_the_customers_shown(qtbot: Any, tab: Any, tmp_path: Path) -> None:
    tab.city.choose("Bandung")
    target = tmp_path / "pelanggan.csv"
    with qtbot.waitSignal(tab.transfer.exported, timeout=10_000):
        tab.transfer.export_to(target, ";", tab.query())
    text = target.read_text(encoding="utf-8-sig")
    assert "Budi Santoso" in text and "Siti Rahayu" in text
    assert "PT Maju" not in text
    assert ";" in text.splitlines()[0]
