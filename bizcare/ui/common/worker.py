"""Long work off the GUI thread, with a progress dialog that can be cancelled.

A job is a plain function ``job(progress) -> result`` that opens its own database session
and reports through :class:`Progress` (Qt-free as seen from the services). Worker code never
touches a widget; results and errors come back to the GUI thread by signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from bizcare.domain.errors import BizCareError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP


class Cancelled(BizCareError):
    default_message = QT_TRANSLATE_NOOP("errors", "Cancelled. Nothing was changed.")


class Progress:
    """Passed to a job: ``tick(done, total, text)`` reports and raises ``Cancelled`` if asked."""

    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def tick(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        if self._report is not None:
            self._report(done, total, text)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.fn, self.signals, self.progress = fn, signals, progress

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class BackgroundTask(QObject):
    """Runs ``fn(progress)`` on the thread pool, optionally behind a ``QProgressDialog``.

    Signals:
        finished(object): the job's result (GUI thread).
        failed(object): the exception it raised, ``Cancelled`` included (GUI thread).
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        fn: Callable[[Progress], Any],
        parent: QWidget | None = None,
        label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self.progress = Progress(self._signals.progress.emit)
        self._job = _Job(fn, self._signals, self.progress)
        self._job.setAutoDelete(False)
        self.dialog: QProgressDialog | None = None
        if label is not None:
            self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.progress.cancel)
            self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    def start(self) -> BackgroundTask:
        QThreadPool.globalInstance().start(self._job)
        return self

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)
            if text:
                self.dialog.setLabelText(text)

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.close()

    def _on_finished(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        self._close()
        self.failed.emit(exc)
