"""Money is ``int`` Rupiah; rates are basis points (11% = 1100). Never a float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

BP = 10_000  # basis points in one whole


def round_half_up(value: Decimal) -> int:
    """Round to whole Rupiah, .5 away from zero (Indonesian practice, not banker's rounding)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def apply_bp(amount: int, rate_bp: int) -> int:
    """``amount × rate`` rounded half up, e.g. PPN 11% of Rp1.000.005 is Rp110.001."""
    return round_half_up(Decimal(amount) * rate_bp / BP)


def mul_qty(unit_price: int, quantity: Decimal) -> int:
    """Line amount for a Decimal quantity (e.g. 1,5 kg), rounded half up."""
    return round_half_up(Decimal(unit_price) * quantity)
