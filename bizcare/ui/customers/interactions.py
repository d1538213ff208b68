"""Contact history: logging an interaction, the customer's log, and the follow-ups due."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import partial
from typing import cast

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_date_short
from bizcare.domain.enums import Channel, Direction
from bizcare.domain.models import Interaction
from bizcare.services.customers import follow_ups_due
from bizcare.services.customers import ops as customer_ops
from bizcare.storage.db import Database
from bizcare.ui.common.context import EventHub
from bizcare.ui.common.ops import run_op
from bizcare.ui.common.palette import FADED, RED, qcolor
from bizcare.ui.customers.labels import channel_label, direction_label
from bizcare.ui.customers.widgets import to_date


def local_time(moment: datetime) -> datetime:
    """A stored aware UTC time in the computer's time zone, for display."""
    return moment.astimezone() if moment.tzinfo is not None else moment


class InteractionDialog(QDialog):
    """Record one contact with a customer, optionally with a follow-up date.

    Signals:
        saved(int): the new interaction's id.
    """

    saved = Signal(int)

    def __init__(self, db: Database, customer_id: int, customer_name: str,
                 parent: QWidget | None = None, *, hub: EventHub | None = None) -> None:
        super().__init__(parent)
        self.db, self.customer_id = db, customer_id
        self.hub = hub if hub is not None else EventHub()
        self.setWindowTitle(self.tr("Log contact with {name}").format(name=customer_name))
        self.setMinimumWidth(480)
        self.channel = QComboBox()
        for value in Channel:
            self.channel.addItem(channel_label(value), value.value)
        self.direction = QComboBox()
        for direction in (Direction.OUTBOUND, Direction.INBOUND):
            self.direction.addItem(direction_label(direction), direction.value)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What was said or agreed"))
        self.summary.setTabChangesFocus(True)
        self.follow_up = QCheckBox(self.tr("Follow up on"))
        self.follow_up_on = QDateEdit(QDate.currentDate().addDays(3))
        self.follow_up_on.setDisplayFormat("dd/MM/yyyy")
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_on)
        follow.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Direction:"), self.direction)
        form.addRow(self.tr("When:"), self.when)
        form.addRow(self.tr("Summary:"), self.summary)
        form.addRow("", follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        channel = str(self.channel.currentData())
        direction = str(self.direction.currentData())
        summary = self.summary.toPlainText()
        when = cast(datetime, self.when.dateTime().toPython())  # local, without a zone
        follow = to_date(self.follow_up_on.date()) if self.follow_up.isChecked() else None
        def saved(interaction_id: int) -> None:
            self.saved.emit(interaction_id)
            self.accept()

        run_op(self, self.hub, partial(customer_ops.log_interaction, self.db, self.customer_id,
                                       channel, summary, direction, follow, when),
               on_success=saved)


class InteractionList(QTreeWidget):
    """A customer's contacts, newest first; an open follow-up can be marked done.

    Signals:
        complete_requested(int): mark the follow-up of this interaction as done.
    """

    complete_requested = Signal(int)

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)  # summaries wrap onto several lines; rows are few (≤ 200)
        self.setHeaderLabels([self.tr("When"), self.tr("Summary"), self.tr("Follow-up")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.itemDoubleClicked.connect(self._double_clicked)

    def set_interactions(self, interactions: Sequence[Interaction], today: date) -> None:
        self.clear()
        for i in interactions:
            when = local_time(i.occurred_at)
            item = QTreeWidgetItem([
                f"{format_date_short(when.date(), self.lang)} {when:%H:%M}\n"
                f"{channel_label(i.channel)} · {direction_label(i.direction)}",
                i.summary.strip(),
                self._follow_up_text(i),
            ])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            item.setToolTip(1, i.summary)
            item.setData(0, Qt.ItemDataRole.UserRole, i.id)
            open_follow_up = i.follow_up_on is not None and not i.follow_up_done
            item.setData(2, Qt.ItemDataRole.UserRole, open_follow_up)
            if open_follow_up and i.follow_up_on is not None and i.follow_up_on <= today:
                item.setForeground(2, qcolor(RED))
            elif i.follow_up_done:
                item.setForeground(2, qcolor(FADED))
            if open_follow_up:
                item.setToolTip(2, self.tr("Double-click to mark the follow-up done"))
            self.addTopLevelItem(item)

    def _follow_up_text(self, i: Interaction) -> str:
        if i.follow_up_on is None:
            return ""
        when = format_date_short(i.follow_up_on, self.lang)
        return self.tr("done {date}").format(date=when) if i.follow_up_done else when

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(2, Qt.ItemDataRole.UserRole):
            self.complete_requested.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))


class FollowUpsDialog(QDialog):
    """The follow-ups due today or earlier, across all customers.

    Signals:
        open_customer(int): show this customer in the tab.
        changed(): a follow-up was marked done.
    """

    open_customer = Signal(int)
    changed = Signal()

    def __init__(self, db: Database, lang: str = "id", parent: QWidget | None = None, *,
                 hub: EventHub | None = None) -> None:
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.hub = hub if hub is not None else EventHub()
        self.setWindowTitle(self.tr("Follow-ups due"))
        self.resize(760, 420)
        self.summary = QLabel()
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Due"), self.tr("Code"), self.tr("Customer"),
                                   self.tr("Channel"), self.tr("Summary")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.itemDoubleClicked.connect(lambda _i, _c: self._open())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.open_button = QPushButton(self.tr("&Open customer"))
        self.open_button.clicked.connect(self._open)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.clicked.connect(self._done)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        today = date.today()
        due = self.db.run(lambda s: follow_ups_due(s, today), write=False)
        self.list.clear()
        for f in due:
            item = QTreeWidgetItem([format_date_short(f.due, self.lang), f.customer_code,
                                    f.customer_name, channel_label(f.channel),
                                    " ".join(f.summary.split())])
            item.setData(0, Qt.ItemDataRole.UserRole, (f.interaction_id, f.customer_id))
            item.setToolTip(4, f.summary)
            if f.due < today:
                item.setForeground(0, qcolor(RED))
            self.list.addTopLevelItem(item)
        if due:
            self.summary.setText(self.tr("{count} follow-ups are due.").format(count=len(due)))
            first = self.list.topLevelItem(0)
            if first is not None:
                self.list.setCurrentItem(first)
        else:
            self.summary.setText(self.tr("No follow-ups are due. Well done!"))
        self._update_buttons()

    def _current(self) -> tuple[int, int] | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        has = self._current() is not None
        self.open_button.setEnabled(has)
        self.done_button.setEnabled(has)

    def _open(self) -> None:
        current = self._current()
        if current is not None:
            self.open_customer.emit(current[1])

    def _done(self) -> None:
        current = self._current()
        if current is None:
            return
        run_op(self, self.hub, partial(customer_ops.complete_follow_up, self.db, current[0]),
               on_success=lambda _r: self._completed())

    def _completed(self) -> None:
        self.reload()
        self.changed.emit()

