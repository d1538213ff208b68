"""Importing a customer list: editable column mapping, a check of every row, then the import.

The rows are checked by ``plan_import`` in the background whenever the mapping changes; bad
rows are listed with their line number and reason. The import itself runs in one transaction
behind a progress dialog: cancelling or any failure rolls it back, so nothing is imported.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_number
from bizcare.domain.errors import ImportFailed
from bizcare.services.customers import ops as customer_ops
from bizcare.services.transfer import FIELDS, ImportPlan, RawTable, guess_mapping, plan_import
from bizcare.storage.db import Database
from bizcare.ui.common.context import EventHub
from bizcare.ui.common.errors import show_error
from bizcare.ui.common.ops import run_job
from bizcare.ui.common.palette import AMBER, RED, qcolor
from bizcare.ui.common.worker import BackgroundTask, Cancelled, Progress

PREVIEW_ROWS = 50
EXAMPLES = 3


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text)
    return item


class ImportDialog(QDialog):
    """Preview and import ``table`` (read from ``file_name``).

    Signals:
        planned(): the rows were checked against the current mapping.
        imported(int): how many customers were imported.
    """

    planned = Signal()
    imported = Signal(int)

    def __init__(self, db: Database, table: RawTable, file_name: str,
                 parent: QWidget | None = None, *, hub: EventHub | None = None) -> None:
        super().__init__(parent)
        self.db, self.table = db, table
        self.hub = hub if hub is not None else EventHub()
        self.plan: ImportPlan | None = None
        self.task: BackgroundTask | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(980, 720)
        title = QLabel(self.tr("{file}: {rows} rows").format(
            file=file_name, rows=format_number(len(table.rows))))
        title.setStyleSheet("font-weight: 600;")
        hint = QLabel(self.tr("Check which column of the file goes into which field. Columns "
                              "set to “do not import” are left out."))
        hint.setWordWrap(True)
        mapping_box = QGroupBox(self.tr("Columns"))
        box_layout = QVBoxLayout(mapping_box)
        box_layout.addWidget(hint)
        box_layout.addWidget(self._build_mapping())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.problems = self._list_table([self.tr("Line"), self.tr("Problem")])
        self.duplicates = self._list_table([self.tr("Line"), self.tr("Possible duplicate")])
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setDefaultSectionSize(26)
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.tabs.addTab(self.duplicates, self.tr("Possible duplicates"))
        self.tabs.addTab(self.preview, self.tr("Data preview"))
        self.skip_invalid = QCheckBox(self.tr("Skip the rows with problems and import the rest"))
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.skip_duplicates = QCheckBox(self.tr("Leave out the possible duplicates"))
        self.skip_duplicates.toggled.connect(self._update_buttons)
        # Ticked by default when the file holds customers the shop already has (importing
        # the same list twice adds nobody), until the owner decides otherwise.
        self._owner_chose_duplicates = False
        self.skip_duplicates.clicked.connect(self._duplicates_chosen)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        options = QVBoxLayout()
        options.addWidget(self.skip_invalid)
        options.addWidget(self.skip_duplicates)
        bottom.addLayout(options)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(mapping_box, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 2)
        layout.addLayout(bottom)
        self._fill_preview()
        self.replan()

    # -- mapping -------------------------------------------------------------------------
    def _build_mapping(self) -> QTableWidget:
        guessed = guess_mapping(self.table.headers)
        self.mapping_table = QTableWidget(len(self.table.headers), 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.verticalHeader().setDefaultSectionSize(30)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 220)
        self.combos: list[QComboBox] = []
        for column, name in enumerate(self.table.headers):
            self.mapping_table.setItem(column, 0, _item(name or self.tr("(no title)")))
            self.mapping_table.setItem(column, 1, _item(self._examples(column)))
            combo = QComboBox()
            combo.addItem(self.tr("— do not import —"), None)
            for field, source in FIELDS.items():
                combo.addItem(QCoreApplication.translate("fields", source), field)
            combo.setCurrentIndex(max(combo.findData(guessed.get(column)), 0))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_changed(c))
            self.combos.append(combo)
            self.mapping_table.setCellWidget(column, 2, combo)
        return self.mapping_table

    def _examples(self, column: int) -> str:
        found: list[str] = []
        for row in self.table.rows[:PREVIEW_ROWS]:
            value = row[column].strip() if column < len(row) else ""
            if value and value not in found:
                found.append(value)
            if len(found) == EXAMPLES:
                break
        return " · ".join(v if len(v) <= 40 else v[:39] + "…" for v in found)

    def mapping(self) -> dict[int, str]:
        """Column index -> customer field, as chosen in the dialog."""
        return {i: str(c.currentData()) for i, c in enumerate(self.combos)
                if c.currentData() is not None}

    def set_field(self, column: int, field: str | None) -> None:
        """Choose the field of one column (what a user does with the combo box)."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def _mapping_changed(self, column: int) -> None:
        field = self.combos[column].currentData()
        if field is not None:  # one column per field: the other column lets go of it
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._fill_preview()
        self.replan()

    def _fill_preview(self) -> None:
        mapping = self.mapping()
        rows = self.table.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(self.table.headers))
        self.preview.setRowCount(len(rows))
        labels = []
        for column, name in enumerate(self.table.headers):
            field = mapping.get(column)
            target = (QCoreApplication.translate("fields", FIELDS[field]) if field
                      else self.tr("not imported"))
            labels.append(f"{name}\n→ {target}")
        self.preview.setHorizontalHeaderLabels(labels)
        self.preview.setVerticalHeaderLabels(
            [str(self.table.line_of(i)) for i in range(len(rows))])
        for r, row in enumerate(rows):
            for c in range(len(self.table.headers)):
                self.preview.setItem(r, c, _item(row[c] if c < len(row) else ""))

    # -- checking ------------------------------------------------------------------------
    def replan(self) -> None:
        """Check every row against the current mapping, in the background."""
        self._generation += 1
        generation, table, mapping, db = self._generation, self.table, self.mapping(), self.db
        self.plan = None
        self.summary.setText(self.tr("Checking the rows…"))
        self._update_buttons()

        def check(_progress: Progress) -> ImportPlan:
            return db.run(
                lambda s: plan_import(s, table, mapping, QCoreApplication.translate), write=False)

        task = BackgroundTask(check, self)
        task.finished.connect(lambda plan: self._planned(generation, plan))
        task.failed.connect(lambda exc: self._plan_failed(generation, exc))
        task.finished.connect(task.deleteLater)
        task.failed.connect(task.deleteLater)
        task.start()

    def _planned(self, generation: int, plan: ImportPlan) -> None:
        if generation != self._generation:
            return  # the mapping changed again meanwhile
        self.plan = plan
        self._fill_list(self.problems, plan.problems, RED)
        self._fill_list(self.duplicates, plan.duplicates, AMBER)
        self.tabs.setTabText(0, self.tr("Problems ({count})").format(count=len(plan.problems)))
        self.tabs.setTabText(1, self.tr("Possible duplicates ({count})").format(
            count=len(plan.duplicates)))
        self.tabs.setCurrentIndex(0 if plan.problems else 1 if plan.duplicates else 2)
        if not self._owner_chose_duplicates:
            self.skip_duplicates.setChecked(bool(plan.duplicates))
        self.summary.setText(self.tr(
            "{good} rows are ready to import, {bad} rows have problems, {dup} look like "
            "customers you already have.").format(
                good=format_number(len(plan.good)), bad=format_number(len(plan.problems)),
                dup=format_number(len(plan.duplicates))))
        self._update_buttons()
        self.planned.emit()

    def _plan_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        self.summary.setText(self.tr("The rows could not be checked."))
        show_error(self, exc)  # type: ignore[arg-type]
        self.planned.emit()

    def _list_table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def _fill_list(self, table: QTableWidget, entries: list[tuple[int, str]], colour: str,
                   limit: int = 1000) -> None:
        shown = entries[:limit]
        table.setRowCount(len(shown))
        for row, (line, reason) in enumerate(shown):
            table.setItem(row, 0, _item(str(line)))
            item = _item(reason.replace("; ", "\n"))  # a row's reasons one under the other
            item.setForeground(qcolor(colour))
            table.setItem(row, 1, item)
            if "; " in reason:  # only these rows grow; the list is capped at ``limit``
                table.resizeRowToContents(row)

    def _duplicates_chosen(self) -> None:
        self._owner_chose_duplicates = True

    def _update_buttons(self) -> None:
        plan = self.plan
        count = self._to_import()
        self.import_button.setText(self.tr("Import {count} customers").format(
            count=format_number(count)))
        blocked = plan is not None and bool(plan.problems) and not self.skip_invalid.isChecked()
        self.import_button.setEnabled(plan is not None and count > 0 and not blocked
                                      and self.task is None)
        self.import_button.setToolTip(self.tr(
            "Fix those rows in the file, or tick “Skip the rows with problems”.")
            if blocked else "")
        self.skip_invalid.setEnabled(plan is not None and bool(plan.problems))
        self.skip_duplicates.setEnabled(plan is not None and bool(plan.duplicates))

    def _to_import(self) -> int:
        """How many rows the import button would add with the current choices."""
        if self.plan is None:
            return 0
        if not self.skip_duplicates.isChecked():
            return len(self.plan.good)
        left_out = {line for line, _reason in self.plan.duplicates}
        return sum(1 for line in self.plan.good.lines if line not in left_out)  # no inputs built

    # -- importing -----------------------------------------------------------------------
    def start_import(self) -> None:
        """Import the checked rows in one transaction, with a progress dialog and Cancel."""
        if self.plan is None or self.task is not None:
            return
        plan, db = self.plan, self.db
        skip, skip_dup = self.skip_invalid.isChecked(), self.skip_duplicates.isChecked()

        def run(progress: Progress) -> int:
            # Worker thread: one transaction of its own, no widget touched.
            return customer_ops.import_customers(db, plan, progress.tick, skip, skip_dup)

        self.task = run_job(self, self.hub, run, changes=customer_ops.CUSTOMERS,
                            on_success=self._imported, on_failure=self._import_failed,
                            quiet=(Cancelled, ImportFailed),
                            label=self.tr("Importing customers…"))
        self._update_buttons()

    def cancel_import(self) -> None:
        """What the progress dialog's Cancel does."""
        if self.task is not None:
            self.task.progress.cancel()

    def _imported(self, count: int) -> None:
        self.task = None
        self.imported.emit(count)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self.task = None
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Import cancelled. Nothing was imported."))
        elif isinstance(exc, ImportFailed):
            self._fill_list(self.problems, exc.problems, RED)
            self.tabs.setCurrentIndex(0)
            self.summary.setText(self.tr("Nothing was imported: some rows have problems."))
        else:  # the runner showed it
            self.summary.setText(self.tr("Nothing was imported."))
        self._update_buttons()
