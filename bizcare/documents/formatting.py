"""Indonesian number, money and date formatting, Qt-free.

Money is integer Rupiah everywhere. Amounts follow PUEBI ("Rp1.250.000", no decimals) and
are rounded half up, never half even; Babel is used for dates only, because its IDR
currency format keeps two decimals and rounds half to even.
"""

from __future__ import annotations

import datetime
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.dates import format_date

from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.money import check_amount

__all__ = [
    "format_date_full",
    "format_date_long",
    "format_date_short",
    "format_month_year",
    "format_number",
    "format_rupiah",
    "parse_rupiah",
    "round_rupiah",
]

_SUPPORTED_LOCALES = frozenset({"id", "en"})
# Optional sign, optional "Rp" (with or without a space), then either plain digits or
# digits grouped by dots in threes, then an optional ",-" or all-zero ",00" tail. ASCII
# digits only: ``\d`` alone would read Arabic-Indic "١٠٠٠" and full-width "１０００" as 1000.
_RUPIAH_RE = re.compile(
    r"""^(?P<sign>-)?\s*(?:rp\.?\s*)?
        (?P<digits>\d{1,3}(?:\.\d{3})+|\d+)
        (?:,(?P<tail>-|\d+))?$""",
    re.IGNORECASE | re.VERBOSE | re.ASCII,
)


def round_rupiah(value: int | Decimal | str) -> int:
    """Round to whole Rupiah, halves away from zero (2.5 -> 3, -2.5 -> -3).

    Raises:
        TypeError: for floats, bools or other types (money is never a float).
        ValidationError: for text or a Decimal that is not a finite number.
    """
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
        raise TypeError(f"round_rupiah() takes int, Decimal or str, not {type(value).__name__}")
    if isinstance(value, int):
        return value
    try:
        number = Decimal(value.strip()) if isinstance(value, str) else value
        if not number.is_finite():
            raise InvalidOperation
        return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except InvalidOperation:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a number."), text=str(value)
        ) from None


def format_number(n: int) -> str:
    """Group thousands with dots: 1250000 -> "1.250.000", -1250000 -> "-1.250.000"."""
    grouped = f"{abs(n):,}".replace(",", ".")
    return f"-{grouped}" if n < 0 else grouped


def format_rupiah(amount: int | Decimal, *, spaced: bool = False, dash: bool = False) -> str:
    """Format Rupiah PUEBI style: "Rp1.250.000"; spaced gives "Rp 1.250.000".

    Args:
        amount: whole Rupiah, or a Decimal that is rounded half up first.
        spaced: put a space after "Rp".
        dash: append ",-" as written on a kwitansi ("Rp1.250.000,-").
    """
    rupiah = round_rupiah(amount)
    text = ("Rp " if spaced else "Rp") + format_number(abs(rupiah))
    if dash:
        text += ",-"
    return f"-{text}" if rupiah < 0 else text


def parse_rupiah(text: str) -> int:
    """Read a Rupiah amount: "Rp1.250.000", "Rp 1.250.000,-", "1250000", "1.250.000,00".

    Raises:
        ValidationError: for empty text, anything that is not an amount, or cents that
            are not zero ("1.250.000,50"), or an amount above Rp999.999.999.999.999.
    """
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter an amount in Rupiah."))
    match = _RUPIAH_RE.match(cleaned)
    if match is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a Rupiah amount."), text=cleaned
        )
    tail = match["tail"]
    if tail is not None and tail != "-" and tail.strip("0"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Rupiah amounts have no cents: “{text}”."),
            text=cleaned,
        )
    value = check_amount(int(match["digits"].replace(".", "")))
    return -value if match["sign"] else value


def _language(locale: str) -> str:
    """The supported language of ``locale`` ("id_ID" -> "id"); ValueError otherwise."""
    language = locale.replace("-", "_").split("_", 1)[0].lower()
    if language not in _SUPPORTED_LOCALES:
        raise ValueError(f"unsupported locale {locale!r}; use 'id' or 'en'")
    return language


def format_date_long(d: datetime.date, locale: str = "id") -> str:
    """Day, month name and year: "24 November 2026"."""
    return format_date(d, "d MMMM y", locale=_language(locale))


def format_date_full(d: datetime.date, locale: str = "id") -> str:
    """With the weekday: "Selasa, 24 November 2026" / "Tuesday, 24 November 2026"."""
    return format_date(d, "EEEE, d MMMM y", locale=_language(locale))


def format_date_short(d: datetime.date, locale: str = "id") -> str:
    """Abbreviated month, no dot: "24 Nov 2026", "24 Agu 2026"."""
    language = _language(locale)
    month = format_date(d, "MMM", locale=language).replace(".", "")
    return f"{d.day} {month} {d.year}"


def format_month_year(d: datetime.date, locale: str = "id") -> str:
    """Month name and year: "November 2026"."""
    return format_date(d, "MMMM y", locale=_language(locale))
