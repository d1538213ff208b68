"""The customer count in the status bar ("12.431 pelanggan"), read off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.common.worker import BackgroundTask, Progress


class CustomerCountLabel(QLabel):
    """Counts customers in use once the window is up, and again when customers change."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("customerCount")
        self.count: int | None = None
        self._task: BackgroundTask | None = None
        self._again = False
        ctx.hub.changed.connect(self._on_changed)
        QTimer.singleShot(0, self.refresh)  # after the window is shown

    def _on_changed(self, changes: Changes) -> None:
        if changes.customers:
            self.refresh()

    def refresh(self) -> None:
        if self._task is not None:
            self._again = True
            return
        db = self.ctx.db

        def job(progress: Progress) -> Any:
            del progress
            from bizcare.services.dashboard import customer_count

            return db.run(customer_count, write=False)

        self._task = BackgroundTask(job, self)
        self._task.finished.connect(self._show)
        self._task.failed.connect(lambda _exc: self._done())
        self._task.start()

    def _show(self, count: object) -> None:
        from bizcare.documents.formatting import format_number

        self.count = int(count)  # type: ignore[call-overload]
        self.setText(self.tr("1 customer") if self.count == 1 else
                     self.tr("{count} customers").format(count=format_number(self.count)))
        self._done()

    def _done(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
            self._task = None
        if self._again:
            self._again = False
            self.refresh()
