"""Ringkasan tab: this month's figures, the 12-month chart, follow-ups and expiring points."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bizcare.ui.common.context import UiContext


def create_tab(ctx: UiContext) -> QWidget:
    from bizcare.ui.dashboard.tab import DashboardTab

    return DashboardTab(ctx)
