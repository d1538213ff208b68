"""The Ringkasan tab: four figure cards, the 12-month chart and two short lists.

Nothing is read while the tab is built: the first load starts once the tab is on screen,
in two background tasks (cards and chart; the lists), so the window appears at once and
the quick half never waits for the slow half. Any change announced on the hub reloads the
tab if it is visible, or marks it stale for the next time it is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bizcare.domain.errors import BizCareError
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.errors import error_text
from bizcare.ui.common.follow import follow_changes
from bizcare.ui.common.worker import BackgroundTask, Progress
from bizcare.ui.dashboard.cards import FigureCard
from bizcare.ui.dashboard.chart import RevenueChart
from bizcare.ui.dashboard.lists import ExpiringList, FollowUpList

if TYPE_CHECKING:  # the services load with the first figures, not with the window
    from bizcare.services.dashboard import Figures, KeyFigures, Lists, Period

log = logging.getLogger(__name__)

PARTS = ("figures", "lists")


class DashboardTab(QWidget):
    """Signals:
    loaded(): both halves are on screen (tests and snapshots wait for it).
    """

    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: Callable[[], date] = date.today
        self.spaced = False
        self._tasks: dict[str, BackgroundTask] = {}
        self._again: set[str] = set()

        today = self.today()
        self.heading = QLabel(QLocale().toString(QDate(today.year, today.month, 1), "MMMM yyyy"))
        self.heading.setObjectName("sectionTitle")
        self.period = QLabel()
        self.period.setObjectName("hint")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the figures again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(10)
        top.addWidget(self.period, 1)
        top.addWidget(self.refresh_button)

        self.sales = FigureCard(self.tr("Sales this month"), self.tr(
            "Invoices issued from the 1st of this month up to today (not drafts, not void), "
            "compared with the same days of last month."))
        self.paid = FigureCard(self.tr("Received"), self.tr(
            "Money received from the 1st of this month up to today: every payment with a "
            "kwitansi, cash sales included."))
        self.receivable = FigureCard(self.tr("Receivables"), self.tr(
            "Still owed on issued and partly paid invoices today, and how much of it is past "
            "its due date; compared with the balance on the same day last month."),
            higher_is_better=False)
        self.active = FigureCard(self.tr("Active customers"), self.tr(
            "External customers who paid something in the last 90 days; compared with the 90 "
            "days up to the same day last month."))
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in self.cards:
            cards.addWidget(card)

        self.chart = RevenueChart()
        chart_card = QFrame()
        chart_card.setObjectName("card")
        chart_title = QLabel(self.tr("Sales and payments, last 12 months"))
        chart_title.setObjectName("sectionTitle")
        chart_layout = QVBoxLayout(chart_card)
        chart_layout.setContentsMargins(16, 12, 16, 8)
        chart_layout.addWidget(chart_title)
        chart_layout.addWidget(self.chart, 1)

        self.follow_ups = FollowUpList()
        self.expiring = ExpiringList()
        lists = QHBoxLayout()
        lists.setSpacing(12)
        lists.addWidget(self.follow_ups, 3)
        lists.addWidget(self.expiring, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(chart_card, 4)
        layout.addLayout(lists, 4)
        # Every area feeds some figure here; read again once the window has painted.
        self.follower = follow_changes(self, ctx.hub, lambda _c: QTimer.singleShot(
            0, self.refresh))
        self.follower.mark_stale()  # the first read waits for the first show

    @property
    def cards(self) -> tuple[FigureCard, ...]:
        return (self.sales, self.paid, self.receivable, self.active)

    # -- loading ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def refresh(self) -> None:
        """Read everything again in the background (a running read is redone afterwards)."""
        for part in PARTS:
            if part in self._tasks:
                self._again.add(part)
            else:
                self._start(part)

    def _start(self, part: str) -> None:
        db, today = self.ctx.db, self.today()

        def job(progress: Progress) -> Any:
            del progress
            from bizcare.services.dashboard import load_figures, load_lists
            from bizcare.services.settings import load_settings

            if part == "figures":
                return db.run(lambda s: (load_figures(s, today), load_settings(s).rupiah_spaced),
                              write=False)
            return db.run(lambda s: load_lists(s, today), write=False)

        task = BackgroundTask(job, self)
        task.finished.connect(lambda result, p=part: self._done(p, result))
        task.failed.connect(lambda exc, p=part: self._failed(p, exc))
        self._tasks[part] = task
        task.start()

    def _finish(self, part: str) -> None:
        task = self._tasks.pop(part, None)
        if task is not None:
            task.deleteLater()
        if part in self._again:
            self._again.discard(part)
            self._start(part)
        elif not self._tasks:
            self.loaded.emit()

    def _done(self, part: str, result: Any) -> None:
        if part == "figures":
            figures, self.spaced = result
            self.show_figures(figures)
        else:
            self.show_lists(result)
        self._finish(part)

    def _failed(self, part: str, exc: object) -> None:
        if not isinstance(exc, BizCareError):
            log.error("overview could not be read", exc_info=exc)  # type: ignore[arg-type]
        self.period.setText(self.tr("The figures could not be read: {reason}").format(
            reason=error_text(exc) if isinstance(exc, BaseException) else str(exc)))
        self._finish(part)

    # -- showing ------------------------------------------------------------------------
    def money(self, amount: int) -> str:
        from bizcare.documents.formatting import format_rupiah

        return format_rupiah(amount, spaced=self.spaced)

    def show_figures(self, result: Figures) -> None:
        from bizcare.documents.formatting import format_date_short, format_month_year, format_number

        f, lang = result.figures, self.ctx.lang
        p = f.period
        days = self._days(p)
        self.heading.setText(format_month_year(p.today, lang))
        self.period.setText(self.tr("compared with {days}   ·   updated {time}").format(
            days=days, time=QLocale().toString(QTime.currentTime(),
                                               QLocale.FormatType.ShortFormat)))
        on = format_date_short(p.previous_end, lang)
        self.sales.show_figure(
            self.money(f.sales.current), f.sales, days, self.money,
            self.tr("{count} invoices").format(count=format_number(f.sales_count)))
        self.paid.show_figure(
            self.money(f.paid.current), f.paid, days, self.money,
            self.tr("{count} payments").format(count=format_number(f.paid_count)))
        self.receivable.show_figure(
            self.money(f.receivable.current), f.receivable, on, self.money,
            self._overdue_text(f))
        self.active.show_figure(
            format_number(f.active_customers.current), f.active_customers, on, format_number,
            self.tr("paid in the last 90 days"))
        self.chart.set_data(list(result.months), self.spaced, lang)

    def _days(self, p: Period) -> str:
        """"1–24 Okt 2026": the days of last month the figures are compared with."""
        from bizcare.documents.formatting import format_date_short

        end = format_date_short(p.previous_end, self.ctx.lang)
        return end if p.previous_end.day == 1 else f"1–{end}"

    def _overdue_text(self, f: KeyFigures) -> str:
        from bizcare.documents.formatting import format_number

        if not f.overdue_count:
            return self.tr("nothing past due")
        return self.tr("{amount} past due ({count} invoices)").format(
            amount=self.money(f.overdue), count=format_number(f.overdue_count))

    def show_lists(self, result: Lists) -> None:
        self.follow_ups.set_groups(result.follow_ups, self.spaced, self.ctx.lang)
        self.expiring.set_summary(result.expiring, self.ctx.lang)
