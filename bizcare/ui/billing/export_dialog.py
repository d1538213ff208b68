"""Export a month's invoices and kwitansi as PDF files into a folder, in the background.

The service renders into a hidden staging folder and moves the files into place only when
every document is done, so pressing Batal (Cancel) in the progress dialog leaves the folder
as it was. The job runs on the thread pool with its own read session and never touches a
widget.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from bizcare.documents.formatting import format_month_year
from bizcare.ui.billing.filters import recent_months
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.errors import show_error
from bizcare.ui.common.widgets import intro_layout
from bizcare.ui.common.worker import BackgroundTask, Cancelled, Progress

if TYPE_CHECKING:  # the service loads with the first export, not with the dialog
    from bizcare.services.billing import ExportResult


def default_folder(month: str) -> Path:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(documents) / "BizCare" / f"Dokumen {month}"


class ExportDialog(QDialog):
    """Pick the month and the folder, then export with a progress dialog and Cancel.

    ``exported`` holds the service's ``ExportResult`` after a finished export.
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: BackgroundTask | None = None
        self.exported: ExportResult | None = None
        self.setWindowTitle(self.tr("Export month's documents"))
        self.setMinimumWidth(520)
        layout = intro_layout(self, self.tr("Every invoice and kwitansi of the month is saved "
                                            "as a PDF, named after its number."))
        form = QFormLayout()
        self.month = QComboBox()
        for first in recent_months(date.today(), 24):
            self.month.addItem(format_month_year(first, ctx.lang), f"{first:%Y-%m}")
        self.month.currentIndexChanged.connect(self._on_month)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(default_folder(self.month.currentData())))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("&Month"), self.month)
        folder_label = QLabel(self.tr("&Folder"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        layout.addLayout(form)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("&Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = buttons.addButton(self.tr("&Open folder"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_folder)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_month(self) -> None:
        self.folder.setText(str(default_folder(self.month.currentData())))

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"),
                                                self.folder.text())
        if path:
            self.folder.setText(path)

    def make_task(self) -> BackgroundTask:
        """The export as a background task with its progress dialog, not started yet."""
        from bizcare.services.billing import export_month_documents

        db, month, folder = self.ctx.db, self.month.currentData(), Path(self.folder.text())

        def job(progress: Progress) -> ExportResult:
            # Worker thread: its own session, no widget touched.
            return db.run(
                lambda s: export_month_documents(s, month, folder, progress.tick), write=False)

        task = BackgroundTask(job, self, self.tr("Exporting documents…"))
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        self.task = task
        return task

    def start_export(self) -> BackgroundTask | None:
        if not self.folder.text().strip():
            self.outcome.setText(self.tr("Please choose a folder."))
            return None
        self.export_button.setEnabled(False)
        self.outcome.setText(self.tr("Exporting…"))
        return self.make_task().start()

    def _on_finished(self, result: ExportResult) -> None:
        self.exported = result
        self.export_button.setEnabled(True)
        self.outcome.setText(self.tr(
            "{invoices} invoices and {receipts} kwitansi saved in {folder}.").format(
            invoices=result.invoices, receipts=result.receipts, folder=result.folder))
        self.open_button.setVisible(True)

    def _on_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.outcome.setText(self.tr("Export cancelled. No files were written."))
            return
        self.outcome.setText("")
        show_error(self, exc)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text()))
