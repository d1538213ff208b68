"""Checks and normalisations for what people type: e-mail, NPWP, Indonesian phone numbers."""

from __future__ import annotations

import re
from functools import lru_cache

from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def clean_email(value: str, field: str = "email") -> str:
    """Lower-cased e-mail, or "" for empty; raises for a malformed address."""
    value = value.strip()
    if not value:
        return ""
    if len(value) > 200 or not _EMAIL.match(value) or ".." in value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Not a valid e-mail address: {value}"),
            field=field,
            value=value,
        )
    return value.lower()


def clean_npwp(value: str, field: str = "npwp") -> str:
    """NPWP as digits only: 15 (old format) or 16 (NIK-based), or "" for empty."""
    digits = re.sub(r"[\s.\-]", "", value)
    if not digits:
        return ""
    if not digits.isdigit() or len(digits) not in (15, 16):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "NPWP must have 15 or 16 digits: {value}"),
            field=field,
            value=value.strip(),
        )
    return digits


def format_npwp(digits: str) -> str:
    """Print form: 15 digits as ``01.234.567.8-901.000``; 16 digits in groups of four."""
    if len(digits) == 15:
        d = digits
        return f"{d[0:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:15]}"
    if len(digits) == 16:
        return " ".join(digits[i : i + 4] for i in range(0, 16, 4))
    return digits


# An Indonesian mobile as typed, separators removed: 0812…, 62812…, +62812…; libphonenumber
# agrees for the real mobile lengths, 9 to 12 digits after the 0 (a property test checks).
_MOBILE = re.compile(r"(?:0|\+?62)(8\d{8,11})")


def normalize_phone(value: str, field: str = "phone") -> str:
    """E.164 (``+6281234567890``) from ``0812-3456-7890``, ``+62 812…``, ``62812…``,
    ``(021) 5890 5002``; "" for empty; raises for something that is not a number."""
    raw = value.strip()
    if not raw:
        return ""
    compact = re.sub(r"[\s().\-/]", "", raw)
    if not compact.lstrip("+").isdigit() or compact.count("+") > 1:
        raise _bad_phone(raw, field)  # libphonenumber would read letters as a keypad
    mobile = _MOBILE.fullmatch(compact)
    if mobile:  # the usual 08… number: what libphonenumber would answer, 20x quicker
        return "+62" + mobile.group(1)
    if compact.startswith("62") and not compact.startswith("+"):
        compact = "+" + compact
    import phonenumbers

    try:
        parsed = phonenumbers.parse(compact, "ID")
    except phonenumbers.NumberParseException as exc:
        raise _bad_phone(raw, field) from exc
    if not phonenumbers.is_possible_number(parsed):
        raise _bad_phone(raw, field)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=4096)
def format_phone(e164: str) -> str:
    """Readable national form as Indonesians write it (libphonenumber's rules):
    ``+6281234567890`` -> ``0812-3456-7890``, ``+622158905002`` -> ``(021) 58905002``."""
    if not e164.startswith("+"):
        return e164
    import phonenumbers

    try:
        parsed = phonenumbers.parse(e164, "ID")
    except phonenumbers.NumberParseException:
        return e164
    if parsed.country_code != 62:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


def _bad_phone(raw: str, field: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Not a valid phone number: {value}"), field=field, value=raw
    )
