"""Invoice & Kwitansi tab: invoices before payment, kwitansi when money is received, collection.

Modules: ``tab`` (lists and detail), ``editor`` (invoice editor), ``pay_dialog``,
``void_dialog``, ``cash_dialog``, ``preview`` (PDF preview and printing), ``receivables``
(ageing, overdue list, reminders) and ``export_dialog`` (a month's PDFs into a folder).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bizcare.ui.common.context import UiContext


def create_tab(ctx: UiContext) -> QWidget:
    from bizcare.ui.billing.tab import BillingTab

    return BillingTab(ctx)
