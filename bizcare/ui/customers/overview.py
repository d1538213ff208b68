"""The relationship part of the customer detail: money owed and loyalty, read off-thread.

:class:`OverviewLoader` reads :func:`bizcare.services.customers.overview.customer_overview`
on the thread pool so choosing a customer (and opening the tab) costs the GUI thread nothing
more than before; :class:`RelationshipCards` shows the two figures the owner looks for first:
"Outstanding Rp1.500.000 · 1 overdue" and "Gold · 1.240 points".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bizcare.documents.formatting import format_date_long, format_number, format_rupiah
from bizcare.domain.errors import BizCareError
from bizcare.storage.db import Database
from bizcare.ui.common.palette import MUTED, set_tone
from bizcare.ui.common.widgets import figure_label
from bizcare.ui.common.worker import BackgroundTask, Progress

if TYPE_CHECKING:  # the service (and billing and loyalty behind it) loads in the worker
    from bizcare.services.customers import CustomerOverview

log = logging.getLogger(__name__)

VOUCHERS_SHOWN = 3


@dataclass(frozen=True)
class LoadedOverview:
    """What one background read returns: the overview and how Rupiah are written."""

    overview: CustomerOverview
    spaced: bool


class OverviewLoader(QObject):
    """Reads one customer's overview on the thread pool; the latest request wins.

    One read runs at a time. Asking again while it runs (another customer, or the same one
    after data changed) reads again when it ends, so a quick walk through the list does not
    pile up reads and no result from before a change is shown. The job runs on a worker
    thread and never touches a widget.

    Signals:
        loaded(LoadedOverview): the overview of the customer asked for last.
        failed(object): the exception that read raised.
    """

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._wanted: int | None = None
        self._generation = 0
        self._task: BackgroundTask | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def load(self, customer_id: int) -> None:
        """Read ``customer_id``'s overview (again, if a read is already on its way)."""
        self._wanted = customer_id
        self._generation += 1
        if self._task is None:
            self._start()

    def forget(self) -> None:
        """No customer is shown any more: drop the result of a read still running."""
        self._wanted = None
        self._generation += 1

    def _start(self) -> None:
        assert self._wanted is not None
        db, customer_id, generation, today = self.db, self._wanted, self._generation, date.today()

        def job(progress: Progress) -> LoadedOverview:
            del progress
            from bizcare.services.customers import customer_overview
            from bizcare.services.settings import load_settings

            return db.run(lambda s: LoadedOverview(
                customer_overview(s, customer_id, today), load_settings(s).rupiah_spaced),
                write=False)

        task = BackgroundTask(job)  # kept in self._task until it reports back
        task.finished.connect(lambda result: self._done(generation, result, None))
        task.failed.connect(lambda exc: self._done(generation, None, exc))
        self._task = task
        task.start()

    def _done(self, generation: int, result: LoadedOverview | None,
              exc: BaseException | None) -> None:
        if self._task is not None:
            self._task.deleteLater()
            self._task = None
        if generation != self._generation:  # asked again meanwhile: that answer is stale
            if self._wanted is not None:
                self._start()
            return
        if exc is not None:
            if not isinstance(exc, BizCareError):
                log.error("customer overview could not be read", exc_info=exc)
            self.failed.emit(exc)
        else:
            self.loaded.emit(result)


def _card(title: str) -> tuple[QFrame, QLabel, QLabel, QLabel]:
    """A white card: a muted title, a bold figure, and a line of detail under it."""
    frame = QFrame()
    frame.setObjectName("card")
    caption = QLabel(title)
    caption.setObjectName("cardTitle")
    value = figure_label(1.3)
    value.setObjectName("overviewValue")
    detail = QLabel()
    detail.setWordWrap(True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 8, 12, 9)
    layout.setSpacing(2)
    layout.addWidget(caption)
    layout.addWidget(value)
    layout.addWidget(detail)
    layout.addStretch(1)
    return frame, caption, value, detail


class RelationshipCards(QWidget):
    """Two cards side by side: what the customer owes, and their points and tier.

    Internal customers (divisions) see their appreciation points instead of loyalty points
    and a tier, and no receivable unless they were invoiced. The cards stay empty until the
    first overview arrives.
    """

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.money_card, _, self.owed, self.owed_detail = _card(self.tr("Outstanding"))
        self.points_card, self.points_title, self.points, self.points_detail = _card("")
        self.vouchers = QLabel()
        self.vouchers.setWordWrap(True)
        self.vouchers.setTextFormat(Qt.TextFormat.RichText)
        set_tone(self.vouchers, "good")
        self.vouchers.setContentsMargins(0, 4, 0, 0)
        self.vouchers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        points_layout = self.points_card.layout()
        assert isinstance(points_layout, QVBoxLayout)
        points_layout.insertWidget(3, self.vouchers)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, "late")
        cards = QHBoxLayout()
        cards.setSpacing(10)
        cards.addWidget(self.money_card, 1)
        cards.addWidget(self.points_card, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cards)
        layout.addWidget(self.error)
        self.clear()

    def clear(self) -> None:
        for label in (self.owed, self.owed_detail, self.points, self.points_detail,
                      self.vouchers, self.error):
            label.clear()
        self.vouchers.hide()
        self.error.hide()

    def show_error(self, text: str) -> None:
        """The overview could not be read: say so under the cards (they keep what they had)."""
        self.error.setText(text)
        self.error.show()

    def set_overview(self, o: CustomerOverview, spaced: bool = False) -> None:
        self.error.hide()
        self._set_money(o, spaced)
        self._set_points(o, spaced)

    def _set_money(self, o: CustomerOverview, spaced: bool) -> None:
        # A division that was never invoiced has no receivable to speak of.
        self.money_card.setVisible(not (o.is_internal and o.invoice_count == 0))
        self.owed.setText(format_rupiah(o.outstanding, spaced=spaced))
        if o.overdue_count:
            self.owed_detail.setText(self.tr("{count} overdue · {amount}").format(
                count=format_number(o.overdue_count),
                amount=format_rupiah(o.overdue_amount, spaced=spaced)))
            set_tone(self.owed_detail, "late")
        else:
            self.owed_detail.setText(self.tr("Nothing overdue") if o.outstanding
                                     else self.tr("Nothing owed"))
            set_tone(self.owed_detail, "muted")

    def _set_points(self, o: CustomerOverview, spaced: bool) -> None:
        m = o.member
        points = format_number(m.points)
        if o.is_internal:
            self.points_title.setText(self.tr("Appreciation points"))
            self.points.setText(self.tr("{points} points").format(points=points))
        else:
            self.points_title.setText(self.tr("Loyalty points"))
            self.points.setText(
                self.tr("{tier} · {points} points").format(tier=m.tier, points=points)
                if m.tier else self.tr("{points} points").format(points=points))
        if m.next_expiry is not None and m.next_expiry_points:
            self.points_detail.setText(self.tr("{points} points expire on {date}").format(
                points=format_number(m.next_expiry_points),
                date=format_date_long(m.next_expiry, self.lang)))
            set_tone(self.points_detail, "warning" if m.expiring_30d else "muted")
        elif m.points:
            self.points_detail.setText(self.tr("Appreciation points do not expire")
                                       if o.is_internal else self.tr("No points expiring"))
            set_tone(self.points_detail, "muted")
        else:  # nothing to spend, nothing to lapse: the figure says it all
            self.points_detail.clear()
        self.vouchers.setText(self._vouchers_html(o, spaced))
        self.vouchers.setVisible(bool(o.vouchers))

    def _vouchers_html(self, o: CustomerOverview, spaced: bool) -> str:
        """"Open vouchers" over one "code · value" line each (the first few), as rich text."""
        if not o.vouchers:
            return ""
        lines = [f"{escape(v.code)} · {escape(format_rupiah(v.value, spaced=spaced))}"
                 for v in o.vouchers[:VOUCHERS_SHOWN]]
        if len(o.vouchers) > VOUCHERS_SHOWN:
            lines.append(escape(self.tr("and {count} more").format(
                count=format_number(len(o.vouchers) - VOUCHERS_SHOWN))))
        caption = escape(self.tr("Open vouchers"))
        return (f"<span style='color: {MUTED}; font-weight: normal;'>{caption}</span><br>"
                + "<br>".join(lines))
