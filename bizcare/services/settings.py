"""The business profile and typed settings, validated before anything is saved."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

from sqlmodel import Session, select

from bizcare.domain.enums import PpnMode
from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import BusinessProfile, Setting
from bizcare.domain.models._base import utcnow
from bizcare.domain.numbering import period_of, render_number, validate_pattern
from bizcare.domain.validation import clean_email, clean_npwp, normalize_phone
from bizcare.services import audit

LANGUAGES = ("id", "en")
MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class Settings:
    """Every setting with its default; stored one row per field in ``setting``."""

    invoice_pattern: str = "INV/{yyyy}/{mm}/{seq:04d}"
    receipt_pattern: str = "KW/{yyyy}/{mm}/{seq:04d}"
    ppn_mode: str = PpnMode.NONE
    payment_terms_days: int = 14
    rupiah_spaced: bool = False
    meterai_threshold: int = 5_000_000
    meterai_value: int = 10_000
    language: str = "id"


def load_settings(session: Session) -> Settings:
    rows = {row.key: row.value for row in session.exec(select(Setting))}
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in rows:
            values[f.name] = json.loads(rows[f.name])
    try:
        return replace(Settings(), **values)
    except TypeError:
        return Settings()


def _whole(value: Any, field: str, low: int, high: int, message: str) -> int:
    """``value`` as an int in ``low..high`` (never a float or bool), else ValidationError."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError(message, field)
    try:
        number = int(value)
    except ValueError:
        raise ValidationError(message, field) from None
    if not low <= number <= high:
        raise ValidationError(message, field)
    return number


def _pattern(pattern: str, field: str) -> str:
    """A checked number pattern; the error names which of the two patterns is wrong."""
    try:
        return validate_pattern(pattern)
    except ValidationError as exc:
        raise ValidationError(exc.message, field, **exc.params) from None


def validate_settings(s: Settings) -> Settings:
    """Return a cleaned copy, or raise ``ValidationError`` naming the first bad field."""
    if s.ppn_mode not in {m.value for m in PpnMode}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown PPN mode: {value}"), "ppn_mode", value=s.ppn_mode
        )
    terms = _whole(s.payment_terms_days, "payment_terms_days", 0, 365,
                   QT_TRANSLATE_NOOP("errors", "Payment terms must be 0 to 365 days."))
    threshold = _whole(s.meterai_threshold, "meterai_threshold", 0, 10**12, QT_TRANSLATE_NOOP(
        "errors", "The stamp-duty threshold must be a whole Rupiah amount, zero or more."))
    value = _whole(s.meterai_value, "meterai_value", 0, 10**9, QT_TRANSLATE_NOOP(
        "errors", "The stamp-duty value must be a whole Rupiah amount, zero or more."))
    if s.language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown language: {value}"), "language", value=s.language
        )
    return replace(
        s,
        invoice_pattern=_pattern(s.invoice_pattern, "invoice_pattern"),
        receipt_pattern=_pattern(s.receipt_pattern, "receipt_pattern"),
        payment_terms_days=terms,
        rupiah_spaced=bool(s.rupiah_spaced),
        meterai_threshold=threshold,
        meterai_value=value,
    )


def save_settings(session: Session, settings: Settings, actor: str = "") -> Settings:
    clean = validate_settings(settings)
    old = load_settings(session)
    for key, value in asdict(clean).items():
        session.merge(Setting(key=key, value=json.dumps(value)))
    changed = {k: v for k, v in asdict(clean).items() if getattr(old, k) != v}
    if changed:
        audit.record(session, "update", "settings", None, actor, **changed)
    return clean


def load_profile(session: Session) -> BusinessProfile:
    """The business profile (an empty one until the owner fills it in)."""
    profile = session.get(BusinessProfile, 1)
    return profile if profile is not None else BusinessProfile(id=1)


PROFILE_FIELDS = (
    "name", "address", "city", "province", "postal_code", "phone", "email", "npwp",
    "signatory_name", "signatory_title", "bank_accounts",
)  # fmt: skip

# The column sizes of ``business_profile`` (SQLite would not enforce them; PostgreSQL would).
PROFILE_LIMITS = {
    "name": 200, "address": 500, "city": 100, "province": 100, "postal_code": 10,
    "phone": 40, "email": 200, "npwp": 32, "signatory_name": 200, "signatory_title": 100,
    "bank_accounts": 1000,
}  # fmt: skip


def validate_logo(data: bytes | None) -> bytes | None:
    """The logo as given (None removes it), or ValidationError unless a PNG/JPEG under 2 MB."""
    if data is not None and (len(data) > MAX_LOGO_BYTES or not _is_image(bytes(data))):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The logo must be a PNG or JPEG under 2 MB."), "logo"
        )
    return None if data is None else bytes(data)


def clean_postal_code(value: str) -> str:
    """An Indonesian kode pos: five digits, or "" when not given."""
    value = value.strip()
    if value and not (len(value) == 5 and value.isascii() and value.isdigit()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A postal code has 5 digits: {value}"),
            "postal_code",
            value=value,
        )
    return value


def save_profile(session: Session, actor: str = "", **values: Any) -> BusinessProfile:
    """Validate and store profile fields (``logo`` as PNG/JPEG bytes, or None to remove)."""
    unknown = set(values) - set(PROFILE_FIELDS) - {"logo"}
    if unknown:
        raise TypeError(f"unknown profile fields: {sorted(unknown)}")
    clean: dict[str, Any] = {k: str(v).strip() for k, v in values.items() if k != "logo"}
    if "name" in clean and not clean["name"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The business name cannot be empty."), "name"
        )
    for key, text in clean.items():
        if len(text) > PROFILE_LIMITS[key]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Too long: at most {limit} characters."),
                key,
                limit=PROFILE_LIMITS[key],
            )
    if "email" in clean:
        clean["email"] = clean_email(clean["email"])
    if "npwp" in clean:
        clean["npwp"] = clean_npwp(clean["npwp"])
    if "postal_code" in clean:
        clean["postal_code"] = clean_postal_code(clean["postal_code"])
    if "phone" in clean and clean["phone"]:
        normalize_phone(clean["phone"])  # validate, but keep it as the owner wrote it
    if "logo" in values:
        clean["logo"] = validate_logo(values["logo"])
    profile = session.get(BusinessProfile, 1) or BusinessProfile(id=1)
    for key, value in clean.items():
        setattr(profile, key, value)
    profile.updated_at = utcnow()
    session.add(profile)
    audit.record(session, "update", "business_profile", 1, actor, fields=sorted(clean))
    return profile


def _is_image(data: bytes) -> bool:
    return data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")


def next_number_preview(session: Session, series: str, pattern: str, on: date) -> str:
    """The number the next document of ``series`` dated ``on`` would get with ``pattern``.

    Reads the sequence without taking it, so the settings form can show "INV/2026/11/0043"
    while the owner edits the pattern; raises ``ValidationError`` for a bad pattern.
    """
    from bizcare.services.numbering import peek_last

    clean = validate_pattern(pattern)
    return render_number(clean, on, peek_last(session, series, period_of(clean, on)) + 1)
