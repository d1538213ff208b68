"""Poin akan hangus: members whose points lapse soon, with a WhatsApp text ready to send."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_number
from bizcare.domain.validation import format_phone
from bizcare.services.loyalty import (
    REMINDER_TEMPLATE,
    ExpiringRow,
    expiring_soon,
    reminder_message,
    whatsapp_url,
)
from bizcare.services.settings import load_profile
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.errors import show_error
from bizcare.ui.common.list_view import configure_table
from bizcare.ui.common.paged_model import RowRole
from bizcare.ui.common.worker import BackgroundTask, Progress
from bizcare.ui.loyalty.models import Column, RowsModel, fit_rows, short_date


class RemindersPage(QWidget):
    """Signals:
    whatsapp_opened(str): the wa.me link that was opened (for tests and the status bar).
    loaded(): a reload's answer is shown (or its failure reported).
    """

    whatsapp_opened = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.business = ""
        self._generation = 0
        self._reading = False
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Points expiring within")))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        bar.addWidget(self.days)
        self.summary = QLabel()
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)
        lang = ctx.lang
        self.model = RowsModel([
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("WhatsApp"), lambda r: format_phone(r.phone) if r.phone else "–"),
            Column(self.tr("Points expiring"), lambda r: format_number(r.points), right=True),
            Column(self.tr("Expires on"), lambda r: short_date(r.expires_on, lang)),
            Column(self.tr("Balance"), lambda r: format_number(r.balance), right=True),
        ], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        configure_table(self.view, stretch=1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(self.tr("Message")))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        side.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy text"))
        self.send_button = QPushButton(self.tr("Send via WhatsApp"))
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.send_button)
        side.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.days.valueChanged.connect(self.reload)
        self.view.selectionModel().selectionChanged.connect(self._show_message)
        self.copy_button.clicked.connect(self.copy_text)
        self.send_button.clicked.connect(self.send)
        self.reload()

    @property
    def busy(self) -> bool:
        """True while the list is being read (the page shows it is reading)."""
        return self._reading

    def reload(self) -> None:
        """Read the members whose points lapse soon off the GUI thread (it replays every
        member's points: a quarter of a second at 20,000 members); the list and the text
        follow when the answer comes, an answer overtaken by a newer request is dropped."""
        db, today, days = self.ctx.db, date.today(), self.days.value()
        self._generation += 1
        generation = self._generation

        def job(_progress: Progress) -> tuple[list[ExpiringRow], str]:
            # Worker thread: its own read session, no widget touched.
            return db.run(lambda session: (
                expiring_soon(session, today, days), load_profile(session).name), write=False)

        self._reading = True
        self.summary.setText(self.tr("Reading the members…"))
        self.view.setEnabled(False)
        task = BackgroundTask(job, self)
        task.finished.connect(lambda result: self._show(generation, today, days, *result))
        task.failed.connect(lambda exc: self._failed(generation, exc))
        for done in (task.finished, task.failed):
            done.connect(task.deleteLater)
        task.start()

    def _show(self, generation: int, today: date, days: int, rows: list[ExpiringRow],
              business: str) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self.view.setEnabled(True)
        self.business = business
        self.model.set_rows(rows)
        fit_rows(self.view, 1)
        total = sum(r.points for r in rows)
        if rows:
            self.summary.setText(self.tr("{count} members, {points} points, until {date}").format(
                count=format_number(len(rows)), points=format_number(total),
                date=short_date(today + timedelta(days=days), self.ctx.lang)))
            self.view.selectRow(0)
        else:
            self.summary.setText(self.tr("No points expire in this period."))
        self._show_message()
        self.loaded.emit()

    def _failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self.view.setEnabled(True)
        self.summary.setText("")
        if isinstance(exc, BaseException):
            show_error(self, exc)
        self.loaded.emit()

    def selected(self) -> ExpiringRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def message(self) -> str:
        row = self.selected()
        if row is None:
            return ""
        template = QCoreApplication.translate("loyalty", REMINDER_TEMPLATE)
        business = self.business or self.tr("our shop")
        return reminder_message(template, row, business, self.ctx.lang)

    def _show_message(self, *_args: object) -> None:
        row = self.selected()
        self.text.setPlainText(self.message())
        self.copy_button.setEnabled(row is not None)
        self.send_button.setEnabled(row is not None and bool(row.phone))

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.message())
        self.ctx.hub.status.emit(self.tr("Message copied."))

    def send(self) -> None:
        row = self.selected()
        if row is None or not row.phone:
            return
        url = whatsapp_url(row.phone, self.message())
        QDesktopServices.openUrl(QUrl(url))
        self.whatsapp_opened.emit(url)
