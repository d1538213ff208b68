"""The main window only assembles: menus, status bar, and one lazily built tab per room."""

from __future__ import annotations

import gc
import importlib
import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bizcare import __version__
from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.common.ops import run_job, run_op
from bizcare.ui.tabs import TAB_KEYS, TABS

PRELOAD_DELAY_MS = 800


class _LazyTab(QWidget):
    """Holds a tab's place until it is first shown, then builds the real widget."""

    def __init__(self, module: str, ctx: UiContext) -> None:
        super().__init__()
        self.module, self.ctx = module, ctx
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.content is None:
            self.content = importlib.import_module(self.module).create_tab(self.ctx)
            self._layout.addWidget(self.content)
        return self.content


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, business_name: str = "") -> None:
        super().__init__()
        self.ctx = ctx
        self.set_business_name(business_name)
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._pages: dict[str, _LazyTab] = {}
        for spec in TABS:
            page = _LazyTab(spec.module, ctx)
            self._pages[spec.key] = page
            self.tabs.addTab(page, spec.title)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        central = QStackedWidget()
        central.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._build_menus()
        from bizcare.ui.dashboard.status import CustomerCountLabel

        self.customer_count = CustomerCountLabel(ctx)
        self.statusBar().addPermanentWidget(self.customer_count)
        self._db_label = QLabel()
        self._db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self._db_label)
        self._update_db_label()
        ctx.hub.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.hub.changed.connect(self._on_changed)
        self._on_tab_changed(0)
        # Once the window is up and idle, load the other tabs' code one module at a time so
        # the first click on a tab only builds widgets (the Pelanggan tab's code alone is
        # ~60 ms to import). On the GUI thread: Qt objects made at import stay thread-safe.
        self._preload = [name for spec in TABS[1:] for name in (spec.module, f"{spec.module}.tab")
                         if importlib.util.find_spec(name) is not None]
        self._preload.append("phonenumbers")  # every list formats phones with it
        QTimer.singleShot(PRELOAD_DELAY_MS, self._preload_next)

    def set_business_name(self, name: str) -> None:
        self.setWindowTitle("BizCare" + (f" — {name}" if name else ""))

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:  # the business may have a new name
            from bizcare.services.settings_ops import business_name

            self.set_business_name(business_name(self.ctx.db))

    # -- tabs ---------------------------------------------------------------------------
    def show_tab(self, key: str) -> QWidget:
        """Switch to the tab named ``key`` (see ``TAB_KEYS``) and return its content."""
        index = TAB_KEYS.index(key)
        self.tabs.setCurrentIndex(index)
        return self._pages[key].ensure_built()

    def _preload_next(self) -> None:
        if not self._preload:
            # Everything loaded so far lives as long as the window: one full collection now,
            # then Python's collector leaves it alone. Otherwise a full collection scans it
            # all at some later moment, e.g. during the first click on a tab (+40 ms).
            if not gc.get_freeze_count():  # once per process (tests open many windows)
                gc.collect()
                gc.freeze()
            return
        importlib.import_module(self._preload.pop(0))
        QTimer.singleShot(0, self._preload_next)

    def _on_tab_changed(self, index: int) -> None:
        if 0 <= index < len(TABS):
            self._pages[TABS[index].key].ensure_built()

    # -- menus --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Back up database…"), self.backup, "Ctrl+Shift+B")
        self._action(file_menu, self.tr("&Restore from backup…"), self.restore)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, "Ctrl+Q")
        view = bar.addMenu(self.tr("&View"))
        for number, spec in enumerate(TABS, start=1):
            self._action(view, spec.title, lambda _=False, k=spec.key: self.show_tab(k),
                         f"Ctrl+{number}")
        view.addSeparator()
        self._action(view, self.tr("Re&fresh"), self.refresh_all, QKeySequence.StandardKey.Refresh)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Open &log folder"), self.open_log_folder)
        self._action(help_menu, self.tr("&About BizCare"), self.about)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def refresh_all(self) -> None:
        self.ctx.hub.changed.emit(Changes.everything())

    def _update_db_label(self) -> None:
        from bizcare.services.maintenance import last_backup

        where = str(self.ctx.db.path) if self.ctx.db.path else self.ctx.db.url.split("@")[-1]
        text = self.tr("Database: {where}").format(where=where)
        newest = last_backup()
        if newest is not None:
            from datetime import datetime

            stamp = datetime.fromtimestamp(newest.stat().st_mtime).strftime("%d-%m-%Y %H:%M")
            text += " · " + self.tr("last backup {when}").format(when=stamp)
        self._db_label.setText(text)

    def backup(self) -> None:
        from bizcare.services.maintenance import default_backup_path, make_backup

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up database"), str(default_backup_path()),
            self.tr("BizCare database (*.db)"))
        if not path:
            return
        run_job(self, self.ctx.hub, lambda _p: make_backup(self.ctx.db, Path(path)),
                changes=Changes(), on_success=self._backup_saved,
                label=self.tr("Backing up…"))

    def _backup_saved(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Backup saved: {path}").format(path=path), 8000)
        self._update_db_label()

    def restore(self) -> None:
        from bizcare.services.maintenance import restore_backup

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from backup"), "",
                                              self.tr("BizCare database (*.db)"))
        if not path:
            return
        answer = QMessageBox.question(self, self.tr("Restore"), self.tr(
            "Replace all current data with this backup? A safety copy of the current "
            "database is kept in the backups folder."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Refused while another window or command has the database open; this window's own
        # connections and shared lock are handed over and taken back by the service.
        run_op(self, self.ctx.hub, lambda: restore_backup(self.ctx.db, Path(path)),
               changes=Changes.everything(),  # every tab reads again
               on_success=self._restored)

    def _restored(self, done: Any) -> None:
        self._update_db_label()
        self.statusBar().showMessage(self.tr(
            "Backup restored. The data it replaced is kept in {path}").format(
                path=done.safety_copy), 15000)

    def open_log_folder(self) -> None:
        from bizcare.logs import log_path

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path().parent)))

    def about(self) -> None:
        from bizcare.logs import log_path

        QMessageBox.about(self, self.tr("About BizCare"), self.tr(
            "BizCare {version}\nCustomer care, loyalty and billing for Indonesian small "
            "businesses.\n\nLog file: {log}").format(version=__version__, log=log_path()))
