"""Receivables: ageing per customer and in total, the overdue list, and reminders.

Choosing a customer (in either table) shows the reminder at the suggested level: the
WhatsApp text from the service, a button that numbers and logs the reminder as an
interaction and opens the wa.me link, and the "Surat Tagihan" PDF.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_rupiah
from bizcare.domain.errors import BizCareError
from bizcare.services.billing import Ageing, OverdueInvoice
from bizcare.services.billing import ops as billing_ops
from bizcare.services.changes import Changes
from bizcare.ui.billing.labels import level_label
from bizcare.ui.billing.receivables_models import AgeingModel, OverdueModel
from bizcare.ui.billing.widgets import date_edit, to_date
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.errors import show_error
from bizcare.ui.common.follow import follow_changes
from bizcare.ui.common.list_view import configure_table
from bizcare.ui.common.ops import run_op
from bizcare.ui.common.paged_model import IdRole, RowRole
from bizcare.ui.common.worker import BackgroundTask, Progress


def _view(model: AgeingModel | OverdueModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    configure_table(view, stretch=1 if isinstance(model, OverdueModel) else 0, fit=True)
    return view


class ReceivablesView(QWidget):
    """Signals:
    reminded(str): a reminder was sent (its letter number) and logged.
    refreshed(): the ageing and the overdue list on screen are up to date.
    """

    reminded = Signal(str)
    refreshed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.customer_id: int | None = None
        #: Opens the wa.me link (replaceable, e.g. in tests).
        self.open_url = QDesktopServices.openUrl
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("As of")))
        self.as_of = date_edit(date.today())
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        top.addWidget(self.as_of)
        self.summary = QLabel()
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        tables = QSplitter(Qt.Orientation.Vertical)
        self.ageing_model = AgeingModel(self)
        self.ageing_view = _view(self.ageing_model)
        self.overdue_model = OverdueModel(ctx.lang, self)
        self.overdue_view = _view(self.overdue_model)
        tables.addWidget(self._boxed(self.tr("Ageing per customer"), self.ageing_view))
        tables.addWidget(self._boxed(self.tr("Overdue invoices"), self.overdue_view))
        split.addWidget(tables)
        split.addWidget(self._reminder_box())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.ageing_view.selectionModel().currentRowChanged.connect(self._on_row)
        self.overdue_view.selectionModel().currentRowChanged.connect(self._on_row)
        # Documents, payments and customer names feed the ageing; read when in view.
        self.follower = follow_changes(self, ctx.hub, lambda _changes: self.refresh(), Changes(
            invoices=True, receipts=True, customers=True, settings=True))
        self.follower.mark_stale()  # the first read waits for the first show

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(widget)
        return box

    def _reminder_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reminder"))
        layout = QVBoxLayout(box)
        self.reminder_for = QLabel(self.tr("Choose a customer in the lists."))
        self.reminder_for.setWordWrap(True)
        layout.addWidget(self.reminder_for)
        self.level = QComboBox()
        for level in (1, 2, 3):
            self.level.addItem(level_label(level), level)
        self.level.currentIndexChanged.connect(lambda _i: self.update_text())
        layout.addWidget(self.level)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Send via WhatsApp"))
        self.send_button.setToolTip(self.tr(
            "Numbers the reminder, logs it on the customer and opens WhatsApp with the text"))
        self.send_button.clicked.connect(self.send)
        self.letter_button = QPushButton(self.tr("Surat Tagihan (PDF)"))
        self.letter_button.setToolTip(self.tr(
            "Numbers the letter, logs it on the customer and opens it to print or save"))
        self.letter_button.clicked.connect(self.letter)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.letter_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._enable(False)
        return box

    def _enable(self, on: bool) -> None:
        for widget in (self.level, self.send_button, self.letter_button):
            widget.setEnabled(on)

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask the service, off the GUI thread, for the ageing and the overdue list.

        ``refreshed`` is emitted once the answer is shown; an answer overtaken by a newer
        request is dropped.
        """
        from bizcare.services.billing import ageing, overdue_invoices

        db, on = self.ctx.db, to_date(self.as_of.date())
        self._generation += 1
        generation = self._generation

        def job(_progress: Progress) -> tuple[Ageing, list[OverdueInvoice]]:
            # Worker thread: its own read session, no widget touched.
            return db.run(lambda s: (ageing(s, on), overdue_invoices(s, on)), write=False)

        task = BackgroundTask(job, self)
        task.finished.connect(lambda result: self._show(generation, *result))
        task.failed.connect(lambda exc: show_error(self, exc))
        task.start()

    def _show(self, generation: int, result: Ageing, overdue: list[OverdueInvoice]) -> None:
        if generation != self._generation:
            return
        self.ageing_model.set_ageing(result)
        self.overdue_model.set_rows(overdue)
        late = sum(result.totals[1:])
        self.summary.setText(self.tr(
            "Receivables {total} · overdue {late} in {count} invoices").format(
            total=format_rupiah(result.total), late=format_rupiah(late), count=len(overdue)))
        if self.customer_id is not None and not any(
                r.customer_id == self.customer_id for r in result.rows):
            self.choose_customer(None)
        else:
            self.update_text()
        self.refreshed.emit()

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        customer_id = current.data(IdRole)
        level = None
        item = current.data(RowRole)
        if item is not None and hasattr(item, "suggested_level"):
            level = item.suggested_level
        self.choose_customer(customer_id, level)

    def choose_customer(self, customer_id: int | None, level: int | None = None) -> None:
        """Show the reminder for ``customer_id`` at ``level`` (default: by the worst delay)."""
        self.customer_id = customer_id
        if level is None and customer_id is not None:
            levels = [r.suggested_level for r in self.overdue_model.rows
                      if r.customer_id == customer_id]
            level = max(levels) if levels else 1
        if level is not None:
            self.level.blockSignals(True)
            self.level.setCurrentIndex(self.level.findData(level))
            self.level.blockSignals(False)
        self.update_text()

    def update_text(self) -> None:
        from bizcare.services.billing import reminder_text

        if self.customer_id is None:
            self.reminder_for.setText(self.tr("Choose a customer in the lists."))
            self.text.clear()
            self._enable(False)
            return
        try:
            customer_id, level = self.customer_id, self.level.currentData()
            on = to_date(self.as_of.date())
            text = self.ctx.db.run(
                lambda s: reminder_text(s, customer_id, level, on), write=False)
        except BizCareError as exc:
            from bizcare.ui.common.errors import error_text

            self.text.setPlainText(error_text(exc))
            self._enable(False)
            self.level.setEnabled(True)
            return
        names = [r.customer_name for r in self.ageing_model.ageing.rows
                 if r.customer_id == self.customer_id] if self.ageing_model.ageing else []
        self.reminder_for.setText(names[0] if names else "")
        self.text.setPlainText(text)
        self._enable(True)

    # -- actions -----------------------------------------------------------------------
    def send(self) -> str | None:
        """Number and log the reminder, then open WhatsApp with its text; returns the link."""
        if self.customer_id is None:
            return None
        sent: list[billing_ops.Reminder] = []
        if not run_op(self, self.ctx.hub, partial(
                billing_ops.send_reminder, self.ctx.db, self.customer_id,
                self.level.currentData(), to_date(self.as_of.date())), on_success=sent.append):
            return None
        self.ctx.hub.status.emit(self.tr("Reminder {number} logged.").format(
            number=sent[0].letter_number))
        self.reminded.emit(sent[0].letter_number)
        self.open_url(QUrl(sent[0].link))
        return sent[0].link

    def letter_pdf(self, letter_number: str = "") -> bytes:
        from bizcare.services.billing import reminder_pdf

        customer_id, level = self.customer_id or 0, self.level.currentData()
        on = to_date(self.as_of.date())
        return self.ctx.db.run(
            lambda s: reminder_pdf(s, customer_id, level, on, letter_number), write=False)

    def letter(self) -> QDialog | None:
        """Number and log the Surat Tagihan (channel: letter), then preview it to print."""
        from bizcare.domain.enums import Channel
        from bizcare.ui.billing.preview import PdfPreview

        if self.customer_id is None:
            return None
        sent_letters: list[billing_ops.Reminder] = []
        if not run_op(self, self.ctx.hub, partial(
                billing_ops.send_reminder, self.ctx.db, self.customer_id,
                self.level.currentData(), to_date(self.as_of.date()), Channel.LETTER),
                on_success=sent_letters.append):
            return None
        sent = sent_letters[0]
        try:
            data = self.letter_pdf(sent.letter_number)
        except Exception as exc:  # noqa: BLE001 - user errors shown, bugs logged
            show_error(self, exc)
            return None
        self.ctx.hub.status.emit(self.tr("Surat Tagihan {number} logged.").format(
            number=sent.letter_number))
        self.reminded.emit(sent.letter_number)
        dialog = PdfPreview(data, self.tr("Surat Tagihan {number}").format(
            number=sent.letter_number), self)
        dialog.open()
        return dialog
