"""The Poin Loyalitas tab: assembles the pages and runs the redeem and adjust dialogs.

Pages: members (list, detail, history), "poin akan hangus" reminders, internal appreciation,
rewards and campaigns, programme settings. Every operation is a ``loyalty_ops`` use case run
by ``run_op``, which broadcasts ``Changes(loyalty=True)``; each page follows the hub by the
shared rule (``follow_changes``: now if in view, else when next shown), and other tabs
(customer detail, dashboard) follow too.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from bizcare.ui.common.context import Changes, UiContext
from bizcare.ui.common.follow import follow_changes
from bizcare.ui.loyalty.catalogue_page import CataloguePage
from bizcare.ui.loyalty.dialogs import AdjustDialog, RedeemDialog
from bizcare.ui.loyalty.internal import InternalPage
from bizcare.ui.loyalty.members import MembersPage
from bizcare.ui.loyalty.reminders import RemindersPage
from bizcare.ui.loyalty.settings_page import SettingsPage


class LoyaltyTab(QWidget):
    """``last_dialog`` is the dialog opened last (tests drive it)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.members = MembersPage(ctx)
        self.reminders = RemindersPage(ctx)
        self.internal = InternalPage(ctx)
        self.catalogue = CataloguePage(ctx)
        self.settings = SettingsPage(ctx)
        self.pages.addTab(self.members, self.tr("Members"))
        self.pages.addTab(self.reminders, self.tr("Points expiring soon"))
        self.pages.addTab(self.internal, self.tr("Internal appreciation"))
        self.pages.addTab(self.catalogue, self.tr("Rewards && campaigns"))
        self.pages.addTab(self.settings, self.tr("Programme settings"))
        layout.addWidget(self.pages)
        self.members.redeem_requested.connect(self.redeem)
        self.members.adjust_requested.connect(self.adjust)
        self.members.settings_requested.connect(
            lambda: self.pages.setCurrentWidget(self.settings))
        self.internal.award_requested.connect(self.adjust)
        for page in (self.internal, self.catalogue):
            page.changed.connect(self.changed)
        self.settings.saved.connect(self.changed)
        people = Changes(loyalty=True, invoices=True, receipts=True, customers=True)
        programme = Changes(loyalty=True, settings=True)
        follows: tuple[tuple[Any, Changes], ...] = (
            (self.members, people), (self.reminders, people), (self.internal, people),
            (self.catalogue, programme), (self.settings, programme))
        for page, watches in follows:
            follow_changes(page, ctx.hub, partial(_reload, page), watches)
        self.members.select_first()

    def redeem(self, customer_id: int, name: str) -> QDialog:
        dialog = RedeemDialog(self.ctx, customer_id, name, self)
        return self._open(dialog)

    def adjust(self, customer_id: int, name: str) -> QDialog:
        dialog = AdjustDialog(self.ctx, customer_id, name, self)
        return self._open(dialog)

    def _open(self, dialog: RedeemDialog | AdjustDialog) -> QDialog:
        dialog.succeeded.connect(self.changed)
        self.last_dialog = dialog
        dialog.setModal(True)
        dialog.open()
        return dialog

    def changed(self, message: str = "") -> None:
        """An operation of this tab succeeded (the runner broadcast what changed): say so."""
        if message:
            self.ctx.hub.status.emit(message)


def _reload(page: Any, _changes: Changes) -> None:
    page.reload()
