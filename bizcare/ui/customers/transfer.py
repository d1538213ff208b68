"""Import and export of customer lists from the tab: file choice, background work, results.

The import and export modules are loaded on first use, so opening the tab stays quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from bizcare.documents.formatting import format_number
from bizcare.services.customers import CustomerQuery
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.errors import show_error
from bizcare.ui.common.worker import BackgroundTask, Progress

if TYPE_CHECKING:
    from bizcare.services.transfer import RawTable
    from bizcare.ui.customers.import_dialog import ImportDialog


class TransferActions(QObject):
    """The tab's Import… and Export… buttons.

    Signals:
        exported(str): the file a list was written to.
    """

    exported = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.widget = ctx, parent
        self.task: BackgroundTask | None = None
        self.dialog: ImportDialog | None = None

    # -- import --------------------------------------------------------------------------
    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.widget, self.tr("Import customers"), _documents(),
            self.tr("Customer lists (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)"))
        if path:
            self.open_import(Path(path))

    def open_import(self, path: Path) -> None:
        """Read ``path`` in the background, then show the import preview."""
        from bizcare.services.transfer import read_table

        def read(_progress: Progress) -> RawTable:
            return read_table(path)

        self.task = BackgroundTask(read, self.widget,
                                   self.tr("Reading {file}…").format(file=path.name))
        self.task.finished.connect(lambda table: self._show_import(table, path.name))
        self.task.failed.connect(lambda exc: show_error(self.widget, exc))
        self.task.start()

    def _show_import(self, table: RawTable, name: str) -> None:
        from bizcare.ui.customers.import_dialog import ImportDialog

        self.task = None
        self.dialog = ImportDialog(self.ctx.db, table, name, self.widget, hub=self.ctx.hub)
        self.dialog.imported.connect(self._imported)
        self.dialog.open()

    def _imported(self, count: int) -> None:
        self.ctx.hub.status.emit(self.tr("{count} customers imported.").format(
            count=format_number(count)))

    # -- export --------------------------------------------------------------------------
    def export_file(self, query: CustomerQuery) -> None:
        semicolon = self.tr("CSV for Excel in Indonesian, semicolons (*.csv)")
        comma = self.tr("CSV, commas (*.csv)")
        workbook = self.tr("Excel workbook (*.xlsx)")
        start = str(Path(_documents()) / "pelanggan.csv")
        path, chosen = QFileDialog.getSaveFileName(
            self.widget, self.tr("Export customers"), start,
            ";;".join((semicolon, comma, workbook)), semicolon)
        if not path:
            return
        target = Path(path)
        wanted = ".xlsx" if chosen == workbook else ".csv"
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_name(target.name + wanted)
        self.export_to(target, ";" if chosen == semicolon else ",", query)

    def export_to(self, path: Path, delimiter: str, query: CustomerQuery) -> None:
        """Write the customers of ``query`` to ``path`` in the background."""
        from bizcare.services.transfer import export_customers

        db, lang = self.ctx.db, self.ctx.lang

        def run(_progress: Progress) -> int:
            return db.run(lambda s: export_customers(
                s, path, delimiter=delimiter, query=query, lang=lang), write=False)

        self.task = BackgroundTask(run, self.widget, self.tr("Exporting customers…"))
        self.task.finished.connect(lambda count: self._exported(path, count))
        self.task.failed.connect(lambda exc: show_error(self.widget, exc))
        self.task.start()

    def _exported(self, path: Path, count: int) -> None:
        self.task = None
        self.ctx.hub.status.emit(self.tr("{count} customers saved to {file}.").format(
            count=format_number(count), file=str(path)))
        self.exported.emit(str(path))


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
