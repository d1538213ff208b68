"""The shop's "today", read in one place.

Rules that compare with today (a payment cannot be dated in the future) ask here, so a
test can move the clock instead of depending on the day it runs.
"""

from __future__ import annotations

from datetime import date


def today() -> date:
    """Today on this computer's calendar (the shop's local date)."""
    return date.today()
