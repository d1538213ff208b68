"""The list-view base: house settings, the current row kept by id across reloads, empty state."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractItemView

from bizcare.domain.enums import InvoiceStatus
from bizcare.ui.common.combos import data_combo, select_data
from bizcare.ui.common.empty_state import EmptyState
from bizcare.ui.common.list_model import ListTableModel
from bizcare.ui.common.list_view import ListPage, ListView

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class Names(ListTableModel[Row]):
    Columns = IntEnum("Columns", "NAME", start=0)

    def cell(self, row: Row, column: int, role: int) -> Any:
        return row.name if role == 0 else None


def rows(*ids: int) -> list[Row]:
    return [Row(i, f"Pelanggan {i}") for i in ids]


@pytest.fixture
def view(qtbot: Any) -> ListView:
    model = Names()
    model.set_rows(rows(1, 2, 3))
    widget = ListView(model, stretch=0)
    qtbot.addWidget(widget)
    return widget


def test_house_settings(view: ListView) -> None:
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not view.showGrid() and view.alternatingRowColors()
    assert view.verticalHeader().isHidden()


def test_the_current_row_follows_its_id_across_a_reload(qtbot: Any, view: ListView) -> None:
    seen: list[object] = []
    view.current_id_changed.connect(seen.append)
    view.selectRow(1)
    assert view.current_id() == 2 and seen == [2]
    model = view.model()
    assert isinstance(model, Names)
    model.set_rows(rows(5, 4, 3, 2))  # moved to the last row
    assert view.current_id() == 2 and view.currentIndex().row() == 3
    assert seen == [2, 2]  # once more after the reload: the detail shows fresh data
    model.set_rows(rows(7, 8))  # gone: the first row
    assert view.current_id() == 7 and seen[-1] == 7
    model.set_rows([])
    assert view.current_id() is None and seen[-1] is None


def test_without_select_first_a_missing_id_is_kept_for_later(qtbot: Any) -> None:
    model = Names()
    model.set_rows(rows(1, 2))
    view = ListView(model, select_first=False)
    qtbot.addWidget(view)
    seen: list[object] = []
    view.current_id_changed.connect(seen.append)
    assert not view.select_id(9)  # not loaded yet (a new customer before the reload)
    model.set_rows(rows(1, 2))
    assert view.current_id() is None and seen == []
    model.set_rows(rows(1, 9, 2))
    assert view.current_id() == 9 and seen == [9]


def test_list_page_shows_the_list_or_its_empty_state(qtbot: Any) -> None:
    view = ListView(Names())
    empty = EmptyState("Belum ada invoice.", "Buat invoice pertama")
    page = ListPage(view, empty)
    qtbot.addWidget(page)
    assert not page.is_empty and page.currentWidget() is view
    page.set_empty(True)
    assert page.is_empty and page.currentWidget() is empty
    assert empty.button is not None and empty.button.text() == "Buat invoice pertama"


def test_combos_carry_values_not_labels(qtbot: Any) -> None:
    combo = data_combo("Semua status", [("LUNAS", InvoiceStatus.PAID), ("BATAL", "void")])
    qtbot.addWidget(combo)
    assert select_data(combo, InvoiceStatus.PAID) and combo.currentData() == "paid"
    assert select_data(combo, "void") and combo.currentText() == "BATAL"
    assert not select_data(combo, "draft") and combo.currentData() is None
