"""The two short lists of Ringkasan: what needs following up, and points about to expire.

Each is a card with a title, a tree of a few rows per group, and an honest sentence when
there is nothing to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.ui.common import palette
from bizcare.ui.common.palette import GROUP_BACKGROUND, RED, qcolor

if TYPE_CHECKING:  # the services load with the first figures, not with the window
    from bizcare.services.dashboard import ExpiringSummary, FollowUpGroup

LATE = qcolor(RED)
MUTED = qcolor(palette.MUTED)
GROUP = qcolor(GROUP_BACKGROUND)

#: By ``services.dashboard.FollowUpKind`` value.
GROUP_TITLES = {
    "invoice": QT_TRANSLATE_NOOP("FollowUpList", "Overdue invoices ({count})"),
    "follow_up": QT_TRANSLATE_NOOP("FollowUpList", "Follow-ups due ({count})"),
    "complaint": QT_TRANSLATE_NOOP("FollowUpList", "Open complaints ({count})"),
    "request": QT_TRANSLATE_NOOP("FollowUpList", "Internal requests past due ({count})"),
}


def _describe(kind: str, title: str, party: str) -> str:
    """Invoices and requests lead with what they are; contacts and complaints with who."""
    if not title:
        return party
    if kind in ("invoice", "request"):
        return f"{title} · {party}"
    return f"{party} · {title}"


class _ListCard(QFrame):
    """A card with a title, an optional summary line and a tree or an empty sentence."""

    def __init__(self, title: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.hide()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(columns)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setIndentation(0)
        self.tree.setObjectName("overviewList")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.empty.setObjectName("emptyStateText")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

    def show_empty(self, sentence: str) -> None:
        self.tree.clear()
        self.empty.setText(sentence)
        self.stack.setCurrentWidget(self.empty)

    def add_more(self, rest: int) -> None:
        """A muted last row saying how many more there are than the list shows."""
        from bizcare.documents.formatting import format_number

        if rest > 0:
            more = QTreeWidgetItem([self.tr("… and {count} more").format(
                count=format_number(rest))])
            more.setForeground(0, QBrush(MUTED))
            self.tree.addTopLevelItem(more)

    def show_tree(self) -> None:
        self.stack.setCurrentWidget(self.tree)

    def show_loading(self) -> None:
        self.show_empty("…")


class FollowUpList(_ListCard):
    """*Perlu ditindaklanjuti*: overdue invoices, follow-ups due, complaints, late requests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", 3, parent)
        self.title.setText(self.tr("Needs follow-up"))
        self.show_loading()

    def set_groups(self, groups: tuple[FollowUpGroup, ...] | list[FollowUpGroup],
                   spaced: bool = False, lang: str = "id") -> None:
        from bizcare.documents.formatting import format_date_short, format_number, format_rupiah

        self.tree.clear()
        shown = [g for g in groups if g.count]
        if not shown:
            self.show_empty(self.tr("Nothing needs following up today: no overdue "
                                "invoices, follow-ups, open complaints or late requests."))
            return
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in shown:
            head = QTreeWidgetItem([self.tr(GROUP_TITLES[group.kind]).format(
                count=format_number(group.count))])
            head.setFirstColumnSpanned(True)
            head.setFont(0, bold)
            for column in range(3):
                head.setBackground(column, QBrush(GROUP))
            self.tree.addTopLevelItem(head)
            for item in group.items:
                text = _describe(item.kind, item.title, item.party)
                amount = format_rupiah(item.amount, spaced=spaced) if item.amount else ""
                row = QTreeWidgetItem([text, format_date_short(item.on, lang), amount])
                row.setToolTip(0, text)
                row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if item.late:
                    row.setForeground(1, QBrush(LATE))
                self.tree.addTopLevelItem(row)
            self.add_more(group.count - len(group.items))
        self.show_tree()


class ExpiringList(_ListCard):
    """*Poin akan hangus*: customers whose points lapse in the next 30 days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", 3, parent)
        self.title.setText(self.tr("Points about to expire"))
        self.show_loading()

    def set_summary(self, summary: ExpiringSummary, lang: str = "id") -> None:
        from bizcare.documents.formatting import format_date_short, format_number

        self.tree.clear()
        if not summary.customers:
            self.summary.hide()
            self.show_empty(self.tr("No loyalty points expire in the next 30 days."))
            return
        self.summary.setText(self.tr("{points} points of {customers} customers in the next 30 days"
        ).format(points=format_number(summary.points),
                 customers=format_number(summary.customers)))
        self.summary.show()
        for entry in summary.items:
            row = QTreeWidgetItem([
                f"{entry.name} ({entry.code})",
                self.tr("{points} pts").format(points=format_number(entry.points)),
                format_date_short(entry.expires_on, lang),
            ])
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(row)
        self.add_more(summary.customers - len(summary.items))
        self.show_tree()
