"""The owner keeps the catalogue in the GUI: add an item, change its price, retire it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

from bizcare.services.billing.catalogue import list_items
from bizcare.ui.billing.catalogue_dialog import CatalogueDialog
from bizcare.ui.common.context import UiContext

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot: Any, db: Any) -> Iterator[Any]:
    from bizcare.ui.billing import create_tab

    widget = create_tab(UiContext(db=db))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    QThreadPool.globalInstance().waitForDone()


def names(db: Any, **kw: Any) -> dict[str, tuple[int, bool]]:
    with db.session(write=False) as s:
        return {i.name: (i.price, i.active) for i in list_items(s, include_inactive=True, **kw)}


def test_add_edit_and_retire_an_item(db: Any, tab: Any) -> None:
    dialog = tab.ops.catalogue()
    assert isinstance(dialog, CatalogueDialog)
    assert dialog.table.rowCount() == 0
    dialog.name.setText('Kabel 2" x 10m')
    dialog.unit.setText("roll")
    dialog.price.setText("125.000")
    assert dialog.save()
    assert names(db) == {'Kabel 2" x 10m': (125_000, True)}
    assert dialog.table.item(0, 2).text() == "Rp125.000"

    dialog.start_new()
    dialog.name.setText("Jasa servis AC")
    dialog.price.setText("750000")
    dialog.is_service.setChecked(True)
    assert dialog.save()
    dialog.search.setText("kabel")
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.name.text() == 'Kabel 2" x 10m' and dialog.price.amount() == 125_000
    dialog.price.setText("130.000")
    dialog.active.setChecked(False)
    assert dialog.save()
    assert names(db)['Kabel 2" x 10m'] == (130_000, False)
    with db.session(write=False) as s:  # retired items are no longer offered on invoices
        assert [i.name for i in list_items(s)] == ["Jasa servis AC"]
    dialog.reject()


def test_bad_input_is_refused_and_saves_nothing(monkeypatch: pytest.MonkeyPatch, db: Any,
                                                tab: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr("bizcare.ui.common.ops.show_error",
                        lambda _parent, exc: shown.append(str(exc)))
    dialog = tab.ops.catalogue()
    dialog.price.setText("1000")
    assert not dialog.save()  # no name
    assert "name" in shown[-1]
    dialog.name.setText("Freon R32")
    dialog.price.setText("12,5")
    assert not dialog.save()
    assert len(shown) == 2
    assert names(db) == {}
    dialog.reject()
