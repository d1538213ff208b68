"""Poin Loyalitas tab: members, redemption, reminders, internal appreciation, settings."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bizcare.ui.common.context import UiContext


def create_tab(ctx: UiContext) -> QWidget:
    from bizcare.ui.loyalty.tab import LoyaltyTab

    return LoyaltyTab(ctx)
