"""The honest empty state of a tab whose capability has not landed yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from bizcare.ui.common.empty_state import EmptyState


def not_yet(purpose: str) -> QWidget:
    """``purpose`` says what the tab will be for; no fake data is ever shown."""
    text = purpose + "\n\n" + QCoreApplication.translate(
        "EmptyState", "This part of BizCare is not available in this version yet.")
    return EmptyState(text)
