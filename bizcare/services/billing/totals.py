"""Invoice totals from lines, in integer Rupiah: pure, so the editor can show them live.

The rounding rule (half up, once per printed figure):

* line amount = round_half_up(unit price × quantity) − line discount;
* subtotal = Σ line amounts; base = subtotal − invoice discount;
* ``none`` (non-PKP): no DPP and no PPN, total = base;
* ``ppn11``: DPP = base, PPN = round_half_up(11% × base);
* ``ppn12_dpp``: DPP = round_half_up(11/12 × base), PPN = round_half_up(12% × 11/12 × base);
* total = base + PPN.

Every printed figure is rounded exactly once from an exact value (one Decimal division of
integers), never from another rounded figure, so no cent drifts in through a chain of
roundings. With ``ppn12_dpp`` the PPN therefore equals 11% of the base, which is what the
11/12 rule is meant to give.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bizcare.domain.enums import PpnMode
from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models.billing import QTY_SCALE
from bizcare.domain.money import BP, MAX_AMOUNT, mul_qty, round_half_up, too_large

MAX_QUANTITY = Decimal(1_000_000)
_QUANTITY = re.compile(r"[0-9]+(?:[.,][0-9]+)?")
PPN_11_BP = 1100
PPN_12_BP = 1200


@dataclass(frozen=True)
class LineInput:
    """One invoice line as typed in the editor (or picked from the catalogue)."""

    description: str
    quantity: Decimal
    unit_price: int
    unit: str = "pcs"
    discount: int = 0
    item_id: int | None = None


@dataclass(frozen=True)
class Totals:
    """Every money figure of an invoice, as printed."""

    line_amounts: tuple[int, ...]
    subtotal: int
    discount: int
    dpp: int
    ppn: int
    total: int
    ppn_mode: str

    @property
    def base(self) -> int:
        """Subtotal after the invoice discount (what PPN is charged on)."""
        return self.subtotal - self.discount


def clean_quantity(value: Decimal | int | str, field: str = "quantity") -> Decimal:
    """A positive quantity with at most three decimals (stored in thousandths)."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError("quantities are Decimal, never float")
    try:
        if isinstance(value, str) and not _QUANTITY.fullmatch(value.strip()):
            raise InvalidOperation  # Decimal() also reads "1_000", "١٠" and "１０"
        qty = Decimal(str(value).strip().replace(",", ".")) if isinstance(value, str) else (
            Decimal(value))
    except InvalidOperation:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{value}” is not a quantity."), field, value=str(value)
        ) from None
    if not qty.is_finite() or qty <= 0 or qty > MAX_QUANTITY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The quantity must be more than 0 and at most 1,000,000."),
            field,
        )
    if (qty * QTY_SCALE) != (qty * QTY_SCALE).to_integral_value():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A quantity can have at most three decimals: {value}"),
            field,
            value=str(value),
        )
    return qty


def _money(value: int, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{field} must be int Rupiah, not {type(value).__name__}")
    if value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Amounts cannot be negative."), field
        )
    if value > MAX_AMOUNT:
        raise too_large(field)
    return value


def line_amount(line: LineInput, index: int = 0) -> int:
    """round_half_up(price × quantity) − line discount, refusing a discount above the price."""
    price = _money(line.unit_price, f"lines.{index}.unit_price")
    gross = mul_qty(price, clean_quantity(line.quantity, f"lines.{index}.quantity"))
    discount = _money(line.discount, f"lines.{index}.discount")
    if gross > MAX_AMOUNT:
        raise too_large(f"lines.{index}.quantity")
    if discount > gross:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Line {line}: the discount is larger than the line amount."
            ),
            f"lines.{index}.discount",
            line=index + 1,
        )
    return gross - discount


def preview_totals(lines: Sequence[LineInput], discount: int, ppn_mode: str) -> Totals:
    """All figures for ``lines`` with an invoice ``discount`` under ``ppn_mode``.

    Raises:
        ValidationError: negative amounts, a discount larger than what it discounts, a bad
            quantity, an unknown PPN mode or an absurdly large amount.
    """
    if ppn_mode not in {m.value for m in PpnMode}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown PPN mode: {value}"), "ppn_mode", value=ppn_mode
        )
    amounts = tuple(line_amount(line, i) for i, line in enumerate(lines))
    subtotal = sum(amounts)
    discount = _money(discount, "discount")
    if discount > subtotal:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The invoice discount is larger than the subtotal."),
            "discount",
        )
    base = subtotal - discount
    dpp = ppn = 0
    if ppn_mode == PpnMode.PPN_11:
        dpp = base
        ppn = round_half_up(Decimal(base * PPN_11_BP) / BP)
    elif ppn_mode == PpnMode.PPN_12_DPP:
        dpp = round_half_up(Decimal(base * 11) / 12)
        ppn = round_half_up(Decimal(base * 11 * PPN_12_BP) / (12 * BP))
    if base + ppn > MAX_AMOUNT:  # what a kwitansi for the whole bill must write in words
        raise too_large("lines")
    return Totals(amounts, subtotal, discount, dpp, ppn, base + ppn, str(ppn_mode))
