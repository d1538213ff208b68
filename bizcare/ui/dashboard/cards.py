"""The four figure cards of Ringkasan, each with ▲/▼ against the same days of last month."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from bizcare.ui.common.palette import restyle

if TYPE_CHECKING:  # the services load with the first figures, not with the window
    from bizcare.services.dashboard import Comparison

LOADING = "…"


def trend_of(comparison: Comparison, higher_is_better: bool = True) -> str:
    """"good", "bad" or "flat": the colour of the change, from the owner's point of view."""
    change = comparison.current - comparison.previous
    if change == 0:
        return "flat"
    return "good" if (change > 0) == higher_is_better else "bad"


def compare_text(comparison: Comparison, against: str, show: Callable[[int], str]) -> str:
    """``▲ 12% vs 1–24 Okt 2026 (Rp42.700.000)``, or just the earlier value when it was 0."""
    percent = comparison.change_percent
    before = show(comparison.previous)
    if percent is None:
        return QCoreApplication.translate("FigureCard", "{period}: {value}").format(
            period=against, value=before)
    arrow = "▲" if percent > 0 else "▼" if percent < 0 else "="
    return QCoreApplication.translate("FigureCard", "{arrow} {percent}% vs {period} ({value})"
                                      ).format(arrow=arrow, percent=abs(percent),
                                               period=against, value=before)


class FigureCard(QFrame):
    """A white card: title, the figure, its change against last month, one line of detail."""

    def __init__(self, title: str, explanation: str, higher_is_better: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.higher_is_better = higher_is_better
        self.setToolTip(explanation)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = QLabel(title.upper())
        self.title.setObjectName("cardTitle")
        self.value = QLabel(LOADING)
        self.value.setObjectName("cardValue")
        self.change = QLabel(" ")
        self.detail = QLabel(" ")
        self.detail.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(3)
        for label in (self.change, self.detail):
            label.setWordWrap(True)  # wraps in a narrow window instead of widening it
        for label in (self.title, self.value, self.change, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)

    def show_loading(self) -> None:
        self.value.setText(LOADING)

    def show_figure(self, value: str, comparison: Comparison, against: str,
                    show: Callable[[int], str], detail: str = "") -> None:
        self.value.setText(value)
        self.change.setText(compare_text(comparison, against, show))
        restyle(self.change, trend=trend_of(comparison, self.higher_is_better))
        self.detail.setText(detail or " ")
