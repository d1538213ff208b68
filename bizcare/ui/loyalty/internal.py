"""Internal appreciation: the leaderboard of divisions and their people, and awarding."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_number
from bizcare.services.loyalty import LeaderRow, add_months, internal_leaderboard
from bizcare.services.loyalty import ops as loyalty_ops
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.list_view import configure_table
from bizcare.ui.common.ops import run_op
from bizcare.ui.common.paged_model import RowRole
from bizcare.ui.common.palette import set_tone
from bizcare.ui.loyalty.models import Column, RowsModel, fit_rows


def period_start(key: str, today: date) -> date | None:
    """First day of a leaderboard period: this month, 3 months, this year, or all time."""
    if key == "month":
        return today.replace(day=1)
    if key == "quarter":
        return add_months(today.replace(day=1), -2)
    if key == "year":
        return date(today.year, 1, 1)
    return None


class InternalPage(QWidget):
    """Signals:
    award_requested(int, str): give points by hand to (internal customer id, name).
    changed(str): appreciation was awarded (a status message).
    """

    award_requested = Signal(int, str)
    changed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Appreciation for internal customers: points when an internal request is completed "
            "on time with a good rating, or given by hand. Separate from customer points."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.period = QComboBox()
        for key, text in (("month", self.tr("This month")), ("quarter", self.tr("Last 3 months")),
                          ("year", self.tr("This year")), ("all", self.tr("All time"))):
            self.period.addItem(text, key)
        self.award_button = QPushButton(self.tr("Give appreciation…"))
        self.sync_button = QPushButton(self.tr("Award completed requests"))
        self.sync_button.setToolTip(self.tr(
            "Give points for every request completed on time with a good rating that has not "
            "been appreciated yet."))
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.sync_button)
        bar.addWidget(self.award_button)
        layout.addLayout(bar)
        self.model = RowsModel([
            Column("#", lambda r: str(r.rank), right=True),
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Division"), lambda r: r.division or "–"),
            Column(self.tr("Points in period"), lambda r: format_number(r.points_period),
                   right=True),
            Column(self.tr("Balance"), lambda r: format_number(r.points_total), right=True),
        ], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        configure_table(self.view, stretch=2)
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("No appreciation points yet."))
        set_tone(self.empty, "muted")
        layout.addWidget(self.empty)
        self.period.currentIndexChanged.connect(self.reload)
        self.sync_button.clicked.connect(self.sync)
        self.award_button.clicked.connect(self._award)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.reload()

    def reload(self) -> None:
        today = date.today()
        start = period_start(str(self.period.currentData()), today)
        rows = self.ctx.db.run(
            lambda s: internal_leaderboard(s, start, today), write=False)
        self.model.set_rows(rows)
        fit_rows(self.view, 2)
        self.empty.setVisible(not rows)
        self._update()

    def selected(self) -> LeaderRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def sync(self) -> None:
        run_op(self, self.ctx.hub, partial(loyalty_ops.sync_internal_awards, self.ctx.db),
               on_success=lambda count: self.changed.emit(
                   self.tr("{count} requests appreciated.").format(count=count)))

    def _award(self) -> None:
        row = self.selected()
        if row is not None:
            self.award_requested.emit(row.customer_id, row.name)

    def _update(self, *_args: object) -> None:
        self.award_button.setEnabled(self.selected() is not None)
