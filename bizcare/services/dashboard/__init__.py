"""The Ringkasan figures and lists, computed by the database (the one source the reports
will use too)."""

from __future__ import annotations

from bizcare.services.dashboard.figures import (
    Comparison,
    ExpiringSummary,
    Figures,
    FollowUpGroup,
    KeyFigures,
    Lists,
    MonthTotal,
    Period,
    customer_count,
    load_figures,
    load_lists,
)

__all__ = [
    "Comparison",
    "ExpiringSummary",
    "Figures",
    "FollowUpGroup",
    "KeyFigures",
    "Lists",
    "MonthTotal",
    "Period",
    "customer_count",
    "load_figures",
    "load_lists",
]
