"""Document number patterns such as ``INV/{yyyy}/{mm}/{seq:04d}`` or ``INV/{yyyy}/{rm}/{seq:04d}``.

Tokens: ``{yyyy}`` year, ``{yy}`` two-digit year, ``{mm}`` month 01–12, ``{rm}`` Roman month
(XI), ``{seq}`` / ``{seq:0Nd}`` the sequence. The period a sequence restarts in follows from
the pattern: monthly when a month token is present, yearly when only a year is, else never.
"""

from __future__ import annotations

import re
from datetime import date

from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

DRAFT_PREFIX = "draft:"
"""How a draft is named wherever a person reads or types it: ``draft:12``. A draft has no
number, and its bare database id must never pass for one (``5`` is not ``INV/2026/11/0005``)."""

_DRAFT = re.compile(r"draft:([0-9]{1,18})", re.IGNORECASE | re.ASCII)


def draft_handle(invoice_id: int) -> str:
    """``draft:12`` for the draft whose id is 12."""
    return f"{DRAFT_PREFIX}{invoice_id}"


def parse_draft_handle(text: str) -> int | None:
    """The id in ``draft:12`` (any case, surrounding spaces ignored); None for anything else."""
    match = _DRAFT.fullmatch(text.strip())
    return int(match.group(1)) if match else None


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_TOKEN = re.compile(r"\{([a-z]+)(?::0?(\d)d)?\}")
_KNOWN = {"yyyy", "yy", "mm", "rm", "seq"}


def validate_pattern(pattern: str) -> str:
    """Return the pattern stripped, or raise ``ValidationError`` saying what is wrong."""
    pattern = pattern.strip()
    tokens = [m.group(1) for m in _TOKEN.finditer(pattern)]
    leftover = _TOKEN.sub("", pattern)
    if not pattern or len(pattern) > 40:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A number pattern must have 1 to 40 characters."),
            field="pattern",
        )
    if tokens.count("seq") != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A number pattern must contain {{seq}} exactly once."),
            field="pattern",
        )
    unknown = [t for t in tokens if t not in _KNOWN]
    if unknown or "{" in leftover or "}" in leftover:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Unknown part in number pattern {pattern}: use {{yyyy}}, {{yy}}, {{mm}}, "
                "{{rm}} and {{seq:04d}}.",
            ),
            field="pattern",
            pattern=pattern,
        )
    return pattern


def roman_month(month: int) -> str:
    """Month as a Roman numeral, as Indonesian letters number them: 11 -> "XI"."""
    if isinstance(month, bool) or not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    return _ROMAN[month - 1]


def period_of(pattern: str, on: date) -> str:
    """The sequence period for a document dated ``on``: ``2026-11``, ``2026`` or ``all``."""
    tokens = {m.group(1) for m in _TOKEN.finditer(pattern)}
    if tokens & {"mm", "rm"}:
        return f"{on.year:04d}-{on.month:02d}"
    if tokens & {"yyyy", "yy"}:
        return f"{on.year:04d}"
    return "all"


def render_number(pattern: str, on: date, seq: int) -> str:
    """Fill the pattern for the ``seq``-th document of the period containing ``on``."""

    def fill(match: re.Match[str]) -> str:
        name, width = match.group(1), match.group(2)
        if name == "yyyy":
            return f"{on.year:04d}"
        if name == "yy":
            return f"{on.year % 100:02d}"
        if name == "mm":
            return f"{on.month:02d}"
        if name == "rm":
            return roman_month(on.month)
        return f"{seq:0{int(width)}d}" if width else str(seq)

    return _TOKEN.sub(fill, pattern)
