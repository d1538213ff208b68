"""Money is ``int`` Rupiah; rates are basis points (11% = 1100). Never a float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

BP = 10_000  # basis points in one whole

MAX_AMOUNT = 999_999_999_999_999
"""The largest amount BizCare accepts anywhere (Rp999.999.999.999.999): the most terbilang can
write in words, far above any UMKM bill, and far inside a 64-bit database integer, so a sum of
many such amounts still fits."""

TOO_LARGE = QT_TRANSLATE_NOOP("errors", "Amounts above Rp{limit} are not accepted.")


def too_large(field: str | None = None) -> ValidationError:
    """The one message for an amount above :data:`MAX_AMOUNT` (CLI, window and services)."""
    return ValidationError(TOO_LARGE, field, limit="999.999.999.999.999")


def check_amount(value: int, field: str | None = None) -> int:
    """``value`` when it is at most :data:`MAX_AMOUNT` in size; ``too_large`` otherwise."""
    if abs(value) > MAX_AMOUNT:
        raise too_large(field)
    return value


def round_half_up(value: Decimal) -> int:
    """Round to whole Rupiah, .5 away from zero (Indonesian practice, not banker's rounding)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def apply_bp(amount: int, rate_bp: int) -> int:
    """``amount × rate`` rounded half up, e.g. PPN 11% of Rp1.000.005 is Rp110.001."""
    return round_half_up(Decimal(amount) * rate_bp / BP)


def mul_qty(unit_price: int, quantity: Decimal) -> int:
    """Line amount for a Decimal quantity (e.g. 1,5 kg), rounded half up."""
    return round_half_up(Decimal(unit_price) * quantity)
