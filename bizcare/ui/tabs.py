"""The eight rooms of the house: key (CLI/snapshot name), module, and title.

Each module has ``create_tab(ctx: UiContext) -> QWidget``; tabs are built the first time
they are shown so start-up stays quick on a large database.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from bizcare.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TabSpec:
    key: str
    module: str
    title_source: str

    @property
    def title(self) -> str:
        # "&" would become a mnemonic in a tab label; "&&" shows it as written.
        return QCoreApplication.translate("tabs", self.title_source).replace("&", "&&")


TABS: tuple[TabSpec, ...] = (
    TabSpec("dashboard", "bizcare.ui.dashboard", QT_TRANSLATE_NOOP("tabs", "Overview")),
    TabSpec("customers", "bizcare.ui.customers", QT_TRANSLATE_NOOP("tabs", "Customers")),
    TabSpec("segments", "bizcare.ui.segments", QT_TRANSLATE_NOOP("tabs", "Segments")),
    TabSpec("loyalty", "bizcare.ui.loyalty", QT_TRANSLATE_NOOP("tabs", "Loyalty Points")),
    TabSpec("billing", "bizcare.ui.billing", QT_TRANSLATE_NOOP("tabs", "Invoices & Receipts")),
    TabSpec("service", "bizcare.ui.service_quality", QT_TRANSLATE_NOOP("tabs", "Service")),
    TabSpec("reports", "bizcare.ui.reports", QT_TRANSLATE_NOOP("tabs", "Reports")),
    TabSpec("settings", "bizcare.ui.settings", QT_TRANSLATE_NOOP("tabs", "Settings")),
)

TAB_KEYS = tuple(t.key for t in TABS)
