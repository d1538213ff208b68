"""Amounts in Indonesian words ("terbilang"), as written on a kwitansi.

Rules: 1 before "ratus"/"puluh"/"belas" becomes "se-" (seratus, sepuluh, sebelas), and a
thousands group of exactly 1 is "seribu"; larger scales keep "satu" ("satu juta").
"""

from __future__ import annotations

from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

__all__ = ["LIMIT", "terbilang"]

LIMIT = 10**15
"""Exclusive bound of ``abs(n)``: up to 999 triliun and change."""

_DIGITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SCALES = ("", "ribu", "juta", "miliar", "triliun")


def _below_thousand(n: int) -> list[str]:
    """Words for 1..999."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words += [_DIGITS[hundreds], "ratus"]
    tens, ones = divmod(rest, 10)
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif tens == 1:
        words += [_DIGITS[ones], "belas"]
    else:
        if tens > 1:
            words += [_DIGITS[tens], "puluh"]
        if ones:
            words.append(_DIGITS[ones])
    return words


def terbilang(n: int, *, rupiah: bool = False, capitalize: bool = False) -> str:
    """Spell ``n`` in Indonesian: 5000001 -> "lima juta satu".

    Args:
        n: a whole number with ``abs(n) < 10**15``.
        rupiah: append "rupiah".
        capitalize: title-case every word ("Lima Juta Satu Rupiah"), as on a kwitansi.

    Raises:
        TypeError: if ``n`` is not an int (bools are refused too).
        ValidationError: if ``n`` is outside the supported range.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"terbilang() takes an int, not {type(n).__name__}")
    if abs(n) >= LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{number} is too large to write in words (the limit is 999 trillion)."
            ),
            number=n,
        )
    words: list[str] = []
    if n < 0:
        words.append("minus")
    remaining = abs(n)
    if remaining == 0:
        words.append("nol")
    groups: list[int] = []
    while remaining:
        remaining, group = divmod(remaining, 1000)
        groups.append(group)
    for scale in reversed(range(len(groups))):
        group = groups[scale]
        if group == 0:
            continue
        if scale == 1 and group == 1:
            words.append("seribu")
            continue
        words += _below_thousand(group)
        if _SCALES[scale]:
            words.append(_SCALES[scale])
    if rupiah:
        words.append("rupiah")
    text = " ".join(words)
    return text.title() if capitalize else text
