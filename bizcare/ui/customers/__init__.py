"""Pelanggan tab: customers of both kinds, their contacts and history."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bizcare.ui.common.context import UiContext


def create_tab(ctx: UiContext) -> QWidget:
    from bizcare.ui.customers.tab import CustomersTab

    return CustomersTab(ctx)
