"""The paged table model base and the shared delegates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from bizcare.ui.common.delegates import CHIP_STYLES, ChipDelegate, MoneyDelegate
from bizcare.ui.common.paged_model import (
    ChipRole,
    EmptySource,
    IdRole,
    PagedTableModel,
    RawRole,
    RowRole,
)

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    amount: int


@dataclass
class ListSource:
    """An in-memory stand-in for a service query that counts its calls."""

    items: list[Item]
    key: str = "id"
    descending: bool = False
    fetches: list[tuple[int, int]] = field(default_factory=list)
    fail: bool = False
    count_fails: bool = False

    def count(self) -> int:
        if self.fail or self.count_fails:
            raise RuntimeError("database gone")
        return len(self.items)

    def fetch(self, offset: int, limit: int) -> Sequence[Item]:
        if self.fail:
            raise RuntimeError("database gone")
        self.fetches.append((offset, limit))
        ordered = sorted(self.items, key=lambda i: getattr(i, self.key), reverse=self.descending)
        return ordered[offset: offset + limit]

    def sorting(self) -> tuple[str, bool]:
        return (self.key, self.descending)

    def sorted_by(self, key: str, descending: bool) -> ListSource:
        return ListSource(self.items, key, descending, self.fetches)


class ItemModel(PagedTableModel[Item]):
    class Columns(IntEnum):
        ID = 0
        NAME = 1
        AMOUNT = 2

    sort_keys: ClassVar[dict[int, str]] = {Columns.ID: "id", Columns.NAME: "name"}

    def cell(self, row: Item, column: int, role: int) -> Any:
        if role == ChipRole and column == self.Columns.NAME:
            return "green" if row.amount >= 0 else "red"
        return super().cell(row, column, role)


def items(n: int) -> list[Item]:
    return [Item(i, f"name {n - i:05d}", (i - 5) * 1000) for i in range(1, n + 1)]


def test_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = ItemModel(ListSource(items(250)), page_size=10, max_pages=4)
    qtmodeltester.check(model)
    model.sort(ItemModel.Columns.NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_empty_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = ItemModel()
    assert isinstance(model.source, EmptySource)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time_and_the_cache_stays_small() -> None:
    source = ListSource(items(1000))
    model = ItemModel(source, page_size=50, max_pages=3)
    assert model.rowCount() == 1000
    assert source.fetches == []
    assert model.index(0, 1).data() == "name 00999"
    assert model.index(49, 0).data() == "50"
    assert source.fetches == [(0, 50)]
    assert model.index(999, 0).data(RawRole) == 1000
    assert source.fetches[-1] == (950, 50)
    for row in range(0, 1000, 7):
        model.index(row, 0).data()
    assert model.cached_rows() <= 3 * 50
    assert model.index(10, 0).data(IdRole) == 11
    assert model.index(10, 0).data(RowRole) == Item(11, "name 00989", 6000)
    assert model.index(1000, 0).data() is None


def test_sort_asks_the_source_and_unsortable_columns_are_ignored(qtbot: Any) -> None:
    model = ItemModel(ListSource(items(30)), page_size=8)
    with qtbot.waitSignal(model.modelReset):
        model.sort(ItemModel.Columns.NAME, Qt.SortOrder.AscendingOrder)
    assert model.source.sorting() == ("name", False)
    assert model.index(0, 1).data() == "name 00000"
    before = model.source
    model.sort(ItemModel.Columns.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert model.source is before
    model.sort(ItemModel.Columns.NAME, Qt.SortOrder.AscendingOrder)
    assert model.source is before


def test_header_click_sorts_through_the_source(qtbot: Any) -> None:
    model = ItemModel(ListSource(items(40)), page_size=8)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(ItemModel.Columns.ID, Qt.SortOrder.DescendingOrder)
    assert model.source.sorting() == ("id", True)
    assert model.index(0, 0).data() == "40"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"


def test_set_source_resets_and_reports_total(qtbot: Any) -> None:
    model = ItemModel(ListSource(items(5)))
    with qtbot.waitSignal(model.reloaded) as blocker:
        model.set_source(ListSource(items(12)))
    assert blocker.args == [12]
    assert model.rowCount() == 12
    assert model.rowCount(model.index(0, 0)) == 0


def test_a_failing_source_shows_nothing_and_reports(qtbot: Any) -> None:
    model = ItemModel(ListSource(items(5)))
    with qtbot.waitSignal(model.failed) as blocker:
        model.set_source(ListSource(items(5), fail=True))
    assert isinstance(blocker.args[0], RuntimeError)
    assert model.rowCount() == 0


def test_a_short_first_page_is_the_whole_answer(qtbot: Any) -> None:
    model = ItemModel(ListSource(items(5)), page_size=10)
    source = ListSource(items(7), count_fails=True)  # count() would raise: it is not needed
    with qtbot.waitSignal(model.reloaded) as blocker:
        model.set_source(source)
    assert (blocker.args, model.rowCount(), model.counting) == ([7], 7, False)


def test_a_long_list_shows_its_first_page_and_counts_off_the_gui_thread(
    qtbot: Any, qtmodeltester: Any
) -> None:
    model = ItemModel(page_size=10)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.reloaded) as blocker:
        model.set_source(ListSource(items(250)))
        assert (model.rowCount(), model.counting) == (10, True)
        assert model.index(9, 0).data() == "10"
    assert (blocker.args, model.rowCount(), model.counting) == ([250], 250, False)
    assert model.index(249, 0).data() == "250"
    qtmodeltester.check(model)


def test_a_count_for_an_older_query_is_ignored(qtbot: Any) -> None:
    model = ItemModel(page_size=10)
    model.set_source(ListSource(items(500)))
    with qtbot.waitSignal(model.reloaded) as blocker:
        model.set_source(ListSource(items(40)))
    assert blocker.args == [40]
    model.wait_for_count()
    qtbot.wait(20)  # queued results of the first count, if any, are delivered now
    assert model.rowCount() == 40


def test_a_failing_count_keeps_the_first_page_and_reports(qtbot: Any) -> None:
    model = ItemModel(page_size=10)
    with qtbot.waitSignal(model.failed) as blocker:
        model.set_source(ListSource(items(30), count_fails=True))
    assert isinstance(blocker.args[0], RuntimeError)
    assert (model.rowCount(), model.counting) == (10, False)


def test_money_delegate_formats_rupiah_right_aligned(qtbot: Any) -> None:
    model = ItemModel(ListSource(items(10)))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = MoneyDelegate(view)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, model.index(9, ItemModel.Columns.AMOUNT))
    assert option.text == "Rp5.000"
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    delegate.initStyleOption(option, model.index(0, ItemModel.Columns.AMOUNT))
    assert option.text == "-Rp4.000"
    spaced = MoneyDelegate(view, spaced=True)
    spaced.initStyleOption(option, model.index(9, ItemModel.Columns.AMOUNT))
    assert option.text == "Rp 5.000"


def test_chip_delegate_paints_the_chip_colour(qtbot: Any) -> None:
    model = ItemModel(ListSource(items(10)))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = ChipDelegate(view)
    view.setItemDelegateForColumn(ItemModel.Columns.NAME, delegate)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    index = model.index(9, ItemModel.Columns.NAME)
    image = QImage(200, 30, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = image.rect()
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    green = QColor(CHIP_STYLES["green"].background)
    rect = delegate.chip_rect(option, "name 00991")
    assert rect.width() > 40
    assert image.pixelColor(rect.left() + 3, rect.center().y()) == green
    assert delegate.sizeHint(option, index).width() > 40
