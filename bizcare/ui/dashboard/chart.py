"""The 12-month bar chart of Ringkasan, painted with QPainter (no chart library needed).

Two bars per month: sales invoiced and money received. The axis speaks Rupiah the way
people say it ("Rp12 jt", "Rp1,5 M"); hovering a month shows the exact amounts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.ui.common import palette
from bizcare.ui.common.palette import qcolor

if TYPE_CHECKING:  # the services load with the first figures, not with the window
    from bizcare.services.dashboard import MonthTotal

SALES = qcolor(palette.TEAL)
PAID = qcolor(palette.TEAL_PALE)
GRID = qcolor(palette.GRID)
AXIS = qcolor(palette.MUTED)
TEXT = qcolor(palette.TEXT)

#: (size of the unit, English source with {n}); the Indonesian glossary says jt, M, rb, T.
_UNITS = (
    (10**12, QT_TRANSLATE_NOOP("RevenueChart", "Rp{n}tn")),
    (10**9, QT_TRANSLATE_NOOP("RevenueChart", "Rp{n}bn")),
    (10**6, QT_TRANSLATE_NOOP("RevenueChart", "Rp{n}m")),
    (10**3, QT_TRANSLATE_NOOP("RevenueChart", "Rp{n}k")),
)


def short_rupiah(amount: int) -> str:
    """Rupiah for an axis: 12_000_000 -> "Rp12 jt", 1_500_000_000 -> "Rp1,5 M" (Indonesian).

    Whole units when the amount is round, else one decimal (integer arithmetic, half up).
    """
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    for size, source in _UNITS:
        if amount >= size:
            tenths = (amount * 10 + size // 2) // size
            whole, tenth = divmod(tenths, 10)
            number = str(whole) if tenth == 0 else f"{whole}{QLocale().decimalPoint()}{tenth}"
            return sign + QCoreApplication.translate("RevenueChart", source).format(n=number)
    return sign + f"Rp{amount}"


def axis(highest: int, most: int = 5) -> tuple[int, int]:
    """(step, intervals): a round step (1, 2, 2.5 or 5 × 10^k Rupiah) and at most ``most``
    intervals of it covering ``highest``; (1, 1) for an empty chart."""
    if highest <= 0:
        return 1, 1
    wanted = -(-highest // most)  # the smallest step that needs no more than `most`
    magnitude = 1
    while magnitude * 10 <= wanted:
        magnitude *= 10
    step = next(magnitude * tenths // 10 for tenths in (10, 20, 25, 50, 100)
                if magnitude * tenths // 10 >= wanted)
    return step, -(-highest // step)


class RevenueChart(QWidget):
    """Sales and payments of the last 12 months as grouped bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[MonthTotal] = []
        self.spaced = False
        self.lang = "id"
        self.setMouseTracking(True)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(900, 240)

    def set_data(self, months: list[MonthTotal], spaced: bool = False, lang: str = "id") -> None:
        self.months, self.spaced, self.lang = list(months), spaced, lang
        self.update()

    # -- geometry -----------------------------------------------------------------------
    @property
    def highest(self) -> int:
        return max((max(m.sales, m.paid) for m in self.months), default=0)

    @property
    def top_value(self) -> int:
        """The Rupiah at the top of the axis (0 when there is nothing to draw)."""
        step, intervals = axis(self.highest)
        return step * intervals if self.highest > 0 else 0

    def _plot(self) -> QRectF:
        labels = [short_rupiah(self.top_value), short_rupiah(self.top_value // 2)]
        left = max(self.fontMetrics().horizontalAdvance(t) for t in labels) + 16
        bottom = self.fontMetrics().height() * 2 + 10
        return QRectF(left, 30, max(10, self.width() - left - 12),
                      max(10, self.height() - 30 - bottom))

    def month_at(self, x: float) -> int | None:
        """Index of the month under ``x`` (for the tooltip), or None outside the plot."""
        plot = self._plot()
        if not self.months or not plot.left() <= x < plot.right():
            return None
        return min(len(self.months) - 1, int((x - plot.left()) / (plot.width() / len(self.months))))

    def tooltip_for(self, index: int) -> str:
        from bizcare.documents.formatting import format_month_year, format_rupiah

        m = self.months[index]
        return "\n".join((
            format_month_year(m.month, self.lang),
            self.tr("Sales: {amount}").format(amount=format_rupiah(m.sales, spaced=self.spaced)),
            self.tr("Received: {amount}").format(amount=format_rupiah(m.paid, spaced=self.spaced)),
        ))

    # -- Qt overrides -----------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.month_at(event.position().x())
        if index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(index), self)
        super().mouseMoveEvent(event)

    def event(self, e: object) -> bool:
        if isinstance(e, QHelpEvent):  # tooltips are shown from mouseMoveEvent
            return True
        return super().event(e)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        self._paint_grid(painter, plot)
        if self.months and self.top_value == 0:  # read, and really nothing (not loading)
            painter.setPen(AXIS)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter,
                             self.tr("No sales or payments in the last 12 months yet."))
        elif self.months:
            self._paint_bars(painter, plot)
        self._paint_months(painter, plot)
        self._paint_legend(painter)
        painter.end()

    # -- painting -------------------------------------------------------------------------
    def _paint_grid(self, painter: QPainter, plot: QRectF) -> None:
        top = self.top_value
        lines = axis(self.highest)[1] if top else 1
        metrics = self.fontMetrics()
        for i in range(lines + 1):
            y = plot.bottom() - plot.height() * i / lines
            painter.setPen(GRID if i else AXIS)
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            if top:
                label = short_rupiah(top * i // lines) if i else "0"
                painter.setPen(AXIS)
                box = QRectF(0, y - metrics.height() / 2, plot.left() - 8, metrics.height())
                painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 label)

    def _paint_bars(self, painter: QPainter, plot: QRectF) -> None:
        group = plot.width() / len(self.months)
        bar = min(22.0, group * 0.3)
        painter.setPen(Qt.PenStyle.NoPen)
        for i, m in enumerate(self.months):
            centre = plot.left() + group * (i + 0.5)
            for offset, value, colour in ((-bar - 1, m.sales, SALES), (1, m.paid, PAID)):
                height = plot.height() * value / self.top_value
                if value > 0:
                    height = max(height, 1.5)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(centre + offset, plot.bottom() - height, bar,
                                               height), 2, 2)

    def _paint_months(self, painter: QPainter, plot: QRectF) -> None:
        if not self.months:
            return
        group = plot.width() / len(self.months)
        height = self.fontMetrics().height()
        locale = QLocale()
        for i, m in enumerate(self.months):
            box = QRectF(plot.left() + group * i, plot.bottom() + 4, group, height)
            current = i == len(self.months) - 1
            font = QFont(self.font())
            font.setBold(current)
            painter.setFont(font)
            painter.setPen(TEXT if current else AXIS)
            name = locale.monthName(m.month.month, QLocale.FormatType.ShortFormat).rstrip(".")
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
            if i == 0 or m.month.month == 1:
                painter.setPen(AXIS)
                painter.drawText(box.translated(0, height), Qt.AlignmentFlag.AlignCenter,
                                 str(m.month.year))
        painter.setFont(self.font())

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        x = float(self.width() - 12)
        for text, colour in ((self.tr("Received"), PAID), (self.tr("Sales"), SALES)):
            width = metrics.horizontalAdvance(text)
            x -= width
            painter.setPen(AXIS)
            painter.drawText(QPoint(int(x), 8 + metrics.ascent()), text)
            x -= 18
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, 8 + (metrics.height() - 12) / 2, 12, 12), 2, 2)
            x -= 16
