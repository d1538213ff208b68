"""Pengaturan tab: business profile, numbering, tax, payment terms, Rupiah style, language."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bizcare.ui.common.context import UiContext


def create_tab(ctx: UiContext) -> QWidget:
    from bizcare.ui.settings.tab import SettingsTab

    return SettingsTab(ctx)
