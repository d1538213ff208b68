"""The business profile and typed settings, validated before anything is saved."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlmodel import Session, select

from bizcare.domain.enums import PpnMode
from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import BusinessProfile, Setting
from bizcare.domain.models._base import utcnow
from bizcare.domain.numbering import validate_pattern
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


def validate_settings(s: Settings) -> Settings:
    """Return a cleaned copy, or raise ``ValidationError`` naming the first bad field."""
    if s.ppn_mode not in {m.value for m in PpnMode}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown PPN mode: {value}"), "ppn_mode", value=s.ppn_mode
        )
    if not 0 <= int(s.payment_terms_days) <= 365:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Payment terms must be 0 to 365 days."),
            "payment_terms_days",
        )
    if not 0 <= int(s.meterai_threshold) <= 10**12 or not 0 <= int(s.meterai_value) <= 10**9:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The stamp-duty amounts must be zero or more."),
            "meterai_threshold",
        )
    if s.language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown language: {value}"), "language", value=s.language
        )
    return replace(
        s,
        invoice_pattern=validate_pattern(s.invoice_pattern),
        receipt_pattern=validate_pattern(s.receipt_pattern),
        payment_terms_days=int(s.payment_terms_days),
        meterai_threshold=int(s.meterai_threshold),
        meterai_value=int(s.meterai_value),
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
    if "email" in clean:
        clean["email"] = clean_email(clean["email"])
    if "npwp" in clean:
        clean["npwp"] = clean_npwp(clean["npwp"])
    if "phone" in clean and clean["phone"]:
        normalize_phone(clean["phone"])  # validate, but keep it as the owner wrote it
    if "logo" in values:
        logo = values["logo"]
        if logo is not None and (len(logo) > MAX_LOGO_BYTES or not _is_image(logo)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The logo must be a PNG or JPEG under 2 MB."), "logo"
            )
        clean["logo"] = logo
    profile = session.get(BusinessProfile, 1) or BusinessProfile(id=1)
    for key, value in clean.items():
        setattr(profile, key, value)
    profile.updated_at = utcnow()
    session.add(profile)
    audit.record(session, "update", "business_profile", 1, actor, fields=sorted(clean))
    return profile


def _is_image(data: bytes) -> bool:
    return data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")
