"""The Poin Loyalitas tab: assembles the pages and runs the redeem and adjust dialogs.

Pages: members (list, detail, history), "poin akan hangus" reminders, internal appreciation,
rewards and campaigns, programme settings. Operations broadcast ``Changes(loyalty=True)`` and
every page reloads itself from the hub, so other tabs (customer detail, dashboard) follow.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from bizcare.ui.common.context import Changes, UiContext
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
        self._stale: set[QWidget] = set()
        self.pages.currentChanged.connect(self._page_shown)
        ctx.hub.changed.connect(self._on_changed)
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
        """An operation of this tab changed loyalty data: tell everyone (this tab included)."""
        if message:
            self.ctx.hub.status.emit(message)
        self.ctx.hub.changed.emit(Changes(loyalty=True))

    def _on_changed(self, changes: object) -> None:
        """Reload the page in view now; the others when they are next shown."""
        if not isinstance(changes, Changes):
            return
        pages: list[QWidget] = []
        if changes.loyalty or changes.invoices or changes.customers:
            pages += [self.members, self.reminders, self.internal]
        if changes.loyalty or changes.settings:
            pages += [self.catalogue, self.settings]
        self._stale.update(pages)
        self._page_shown()

    def _page_shown(self, *_args: object) -> None:
        page = self.pages.currentWidget()
        if page in self._stale:
            self._stale.discard(page)
            page.reload()  # type: ignore[attr-defined]
