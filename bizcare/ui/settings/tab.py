"""The Pengaturan tab: business profile, numbering, tax, payment terms, Rupiah style, language.

One Save is ``settings_ops.save_all`` run by ``run_op``: profile and settings in one
transaction, so any problem rolls all of it back, and is shown next to the field it names.
After saving, the runner broadcasts ``Changes(settings=True)`` so the other tabs pick up the
new values.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bizcare.domain.errors import BizCareError, ValidationError
from bizcare.services import settings_ops
from bizcare.services.settings import (
    Settings,
    next_number_preview,
)
from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.common.errors import error_text, show_error
from bizcare.ui.common.follow import follow_changes
from bizcare.ui.common.ops import run_op
from bizcare.ui.settings.fields import FieldRow
from bizcare.ui.settings.numbering_form import NumberingForm
from bizcare.ui.settings.preferences_form import PreferencesForm
from bizcare.ui.settings.profile_form import ProfileForm

CONTENT_MAX_WIDTH = 1240


class SettingsTab(QWidget):
    """Signals:
    saved(): profile and settings were stored.
    """

    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._settings = Settings()
        self._dirty = False
        from bizcare.services.billing import INVOICE_SERIES, RECEIPT_SERIES

        self.profile = ProfileForm()
        self.numbering = NumberingForm(self._next_number, INVOICE_SERIES, RECEIPT_SERIES)
        self.preferences = PreferencesForm()
        self.rows: dict[str, FieldRow] = {
            **self.profile.rows, **self.numbering.rows, **self.preferences.rows,
        }
        for form in (self.profile, self.numbering, self.preferences):
            form.changed.connect(self._mark_dirty)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save all settings (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        self.revert_button.clicked.connect(self.reload)
        self.state = QLabel()
        self.state.setObjectName("hint")
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 10, 16, 6)
        bar.addWidget(self.save_button)
        bar.addWidget(self.revert_button)
        bar.addSpacing(8)
        bar.addWidget(self.state, 1)

        content = QWidget()
        content.setObjectName("settingsContent")
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        columns = QHBoxLayout(content)
        columns.setContentsMargins(16, 8, 16, 16)
        columns.setSpacing(18)
        columns.addWidget(self.profile, 11)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self.numbering)
        right.addWidget(self.preferences)
        right.addStretch(1)
        columns.addLayout(right, 10)
        holder = QWidget()
        centred = QHBoxLayout(holder)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(content, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        self.follower = follow_changes(self, ctx.hub, self._on_changed,
                                       Changes(settings=True, invoices=True, receipts=True))
        self.reload()

    # -- loading ------------------------------------------------------------------------
    def _next_number(self, series: str, pattern: str) -> str:
        return self.ctx.db.run(
            lambda s: next_number_preview(s, series, pattern, date.today()), write=False)

    def reload(self) -> None:
        """Show what is stored, dropping unsaved edits."""
        try:
            stored = settings_ops.load_all(self.ctx.db)
            self._settings, profile = stored.settings, stored.profile
        except BizCareError as exc:
            show_error(self, exc)
            return
        self.profile.load(profile)
        self.numbering.load(self._settings)
        self.preferences.load(self._settings)
        self._set_dirty(False)

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings and not self._dirty:
            self.reload()
        elif changes.invoices or changes.receipts:
            self.numbering.refresh_previews()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.numbering.refresh_previews()  # another window may have issued documents

    # -- editing ------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.state.setText(self.tr("Unsaved changes.") if dirty else "")

    @property
    def dirty(self) -> bool:
        return self._dirty

    def collect(self) -> tuple[Settings, dict[str, Any]]:
        """What is on screen, as the services take it (ValidationError for a bad amount)."""
        settings = replace(self._settings, invoice_pattern=self.numbering.invoice.text(),
                           receipt_pattern=self.numbering.receipt.text())
        return self.preferences.values(settings), self.profile.values()

    def save(self) -> bool:
        """Store profile and settings together; on any problem store nothing and say why."""
        for row in self.rows.values():
            row.clear_error()
        before = self._settings

        def work() -> Settings:
            settings, profile = self.collect()
            return settings_ops.save_all(self.ctx.db, settings, profile)

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.show_problem(exc)

        return run_op(self, self.ctx.hub, work, changes=settings_ops.SETTINGS,
                      on_success=lambda saved: self._saved(before, saved),
                      on_failure=refused, quiet=(ValidationError,))

    def _saved(self, before: Settings, saved: Settings) -> None:
        self.reload()
        message = self.tr("Settings saved.")
        if saved.language != before.language:
            message += " " + self.tr("Restart BizCare to use the new language.")
        self.state.setText(message)
        self.ctx.hub.status.emit(message)
        self.saved.emit()

    def show_problem(self, exc: ValidationError) -> None:
        """Put the message under its field and bring that field into view."""
        row = self.rows.get(exc.field or "")
        if row is None:
            show_error(self, exc)
            return
        row.set_error(error_text(exc))
        self.scroll_area.ensureWidgetVisible(row, 40, 60)
        row.editor.setFocus()
        self.state.setText(self.tr("Nothing was saved: please correct the marked field."))
