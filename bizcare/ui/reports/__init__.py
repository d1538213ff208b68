"""Laporan tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from bizcare.ui.common.coming import not_yet
from bizcare.ui.common.context import UiContext


def create_tab(ctx: UiContext) -> QWidget:
    del ctx
    return not_yet(QCoreApplication.translate(
        "ReportsTab", "The monthly report as a PDF, with charts."))
