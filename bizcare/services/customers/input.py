"""What a form or an import row says about a customer, and how it is checked and cleaned.

Kept free of any session so the importer can validate 100,000 rows quickly and the form can
check a field before saving. Phones are cleaned to E.164; the common Indonesian mobile forms
(``0812-3456-7890``, ``+62 812…``, ``62812…``) take a fast path that gives the same result as
``phonenumbers``, which handles everything else (landlines, foreign numbers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from bizcare.domain.enums import EXTERNAL_CATEGORIES, Channel, CustomerCategory, CustomerKind
from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.validation import clean_email, clean_npwp, normalize_phone


@dataclass
class CustomerInput:
    """Everything a form or an import row provides; strings as typed."""

    name: str
    kind: str = CustomerKind.EXTERNAL.value
    category: str = CustomerCategory.PERORANGAN.value
    company: str = ""
    division: str = ""
    contact_person: str = ""
    phone: str = ""
    whatsapp: str = ""
    email: str = ""
    address: str = ""
    city: str = ""
    province: str = ""
    birth_date: date | None = None
    gender: str = ""
    preferred_channel: str = Channel.WHATSAPP.value
    preferences: str = ""
    needs: str = ""
    tags: list[str] = field(default_factory=list)
    npwp: str = ""
    marketing_consent: bool = False
    notes: str = ""
    joined_on: date | None = None


# Longest text each field may hold (the table's column sizes; notes are bounded here).
MAX_LENGTHS = {
    "name": 200, "company": 200, "division": 100, "contact_person": 200, "address": 500,
    "city": 100, "province": 100, "preferences": 1000, "needs": 1000, "notes": 10_000,
}  # fmt: skip
MULTILINE = frozenset({"address", "preferences", "needs", "notes"})
MAX_TAG_LENGTH = 50
MAX_TAGS = 30

_GENDERS = {
    "l": "L", "laki-laki": "L", "laki laki": "L", "lk": "L", "pria": "L", "m": "L",
    "male": "L", "p": "P", "perempuan": "P", "pr": "P", "wanita": "P", "f": "P", "female": "P",
}  # fmt: skip
_CHANNELS = {
    "whatsapp": Channel.WHATSAPP, "wa": Channel.WHATSAPP, "telepon": Channel.PHONE,
    "telp": Channel.PHONE, "phone": Channel.PHONE, "email": Channel.EMAIL,
    "e-mail": Channel.EMAIL, "kunjungan": Channel.VISIT, "visit": Channel.VISIT,
    "media_sosial": Channel.SOCIAL, "media sosial": Channel.SOCIAL, "medsos": Channel.SOCIAL,
    "social media": Channel.SOCIAL,
}  # fmt: skip

_KIND_VALUES = frozenset(k.value for k in CustomerKind)
_EXTERNAL, _INTERNAL = CustomerKind.EXTERNAL.value, CustomerKind.INTERNAL.value
_CHANNEL_VALUES = frozenset(c.value for c in Channel)
_EXTERNAL_VALUES = frozenset(c.value for c in EXTERNAL_CATEGORIES)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_BREAKS = re.compile(r"[\t\r\n\u2028\u2029]+")
_SEPARATORS = re.compile(r"[\s().\-/]")
_MOBILE = re.compile(r"(?:\+62|62|0)(8\d{8,11})")


def clean_text(value: str, name: str, *, multiline: bool = False) -> str:
    """Stripped text without control characters; single-line fields lose their line breaks."""
    if value.isprintable():  # the usual case, checked in C: nothing to remove
        text = value.strip()
    else:
        text = value.replace("\r\n", "\n")
        if not multiline:
            text = _BREAKS.sub(" ", text)
        text = _CONTROL.sub("", text).strip()
    limit = MAX_LENGTHS.get(name)
    if limit is not None and len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Too long, at most {limit} characters: {value}…"),
            field=name,
            value=text[:30],
            limit=limit,
        )
    return text


def clean_phone(value: str, field: str = "phone") -> str:
    """E.164 for any way Indonesians write a number, "" for empty; ValidationError otherwise."""
    raw = _CONTROL.sub("", value).strip()
    if not raw:
        return ""
    compact = _SEPARATORS.sub("", raw)
    mobile = _MOBILE.fullmatch(compact)
    if mobile:
        return "+62" + mobile.group(1)
    e164 = normalize_phone(raw, field)
    if e164.startswith("+62") and (len(e164) < 11 or e164[3] == "0"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Not a valid phone number: {value}"),
            field=field,
            value=raw,
        )
    return e164


def parse_gender(value: str) -> str:
    """``L``/``P`` from how people write it (Laki-laki, Perempuan, pria, wanita, M, F)."""
    text = value.strip().lower()
    if not text:
        return ""
    if text in _GENDERS:
        return _GENDERS[text]
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "Gender must be L (laki-laki) or P (perempuan): {value}"),
        field="gender",
        value=value.strip(),
    )


def parse_channel(value: str) -> str:
    """A stored channel value from its name in Indonesian or English."""
    text = value.strip().lower()
    if not text:
        return Channel.WHATSAPP.value
    channel = _CHANNELS.get(text)
    if channel is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Unknown channel: {value} (use WhatsApp, telepon, email, kunjungan or "
                "media sosial).",
            ),
            field="preferred_channel",
            value=value.strip(),
        )
    return channel.value


def clean_tags(tags: list[str]) -> list[str]:
    """Tags without blanks and without case-insensitive repeats, in the order given."""
    seen: set[str] = set()
    result: list[str] = []
    for tag in tags:
        text = _BREAKS.sub(" ", _CONTROL.sub("", tag)).strip()
        if not text or text.casefold() in seen:
            continue
        if len(text) > MAX_TAG_LENGTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A tag may have at most {limit} characters: {value}"),
                field="tags",
                limit=MAX_TAG_LENGTH,
                value=text[:60],
            )
        seen.add(text.casefold())
        result.append(text)
    if len(result) > MAX_TAGS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A customer may have at most {limit} tags."),
            field="tags",
            limit=MAX_TAGS,
        )
    return result


def validate_customer(data: CustomerInput, today: date | None = None) -> CustomerInput:
    """A cleaned copy (E.164 phones, lower-case e-mail, known kind and category).

    Raises:
        ValidationError: naming the first wrong field in ``field``.
    """
    today = today or date.today()
    texts: dict[str, str] = {}
    for name in MAX_LENGTHS:  # the loop runs 100,000 times in an import: keep it lean
        value = getattr(data, name)
        if value and (not value.isprintable() or len(value) > MAX_LENGTHS[name]):
            value = clean_text(value, name, multiline=name in MULTILINE)
        texts[name] = value.strip() if value else ""
    if not texts["name"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The customer needs a name."), field="name"
        )
    kind, category = _kind_and_category(data.kind, data.category)
    if kind == _INTERNAL:
        if not texts["division"]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "An internal customer needs a division."),
                field="division",
            )
    else:
        texts["division"] = ""
    if data.birth_date is not None and not date(1900, 1, 1) <= data.birth_date <= today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The birth date must be between 1900 and today."),
            field="birth_date",
        )
    values = dict(data.__dict__)
    values.update(texts)
    values.update(
        kind=kind,
        category=category,
        phone=clean_phone(data.phone, "phone") if data.phone else "",
        whatsapp=clean_phone(data.whatsapp, "whatsapp") if data.whatsapp else "",
        email=clean_email(_CONTROL.sub("", data.email)) if data.email else "",
        gender=parse_gender(data.gender) if data.gender else "",
        preferred_channel=(
            data.preferred_channel
            if data.preferred_channel in _CHANNEL_VALUES
            else parse_channel(data.preferred_channel)
        ),
        tags=clean_tags(list(data.tags)) if data.tags else [],
        npwp=clean_npwp(_CONTROL.sub("", data.npwp)) if data.npwp else "",
        marketing_consent=bool(data.marketing_consent),
    )
    return CustomerInput(**values)


def _kind_and_category(kind: str, category: str) -> tuple[str, str]:
    if kind == _EXTERNAL and category in _EXTERNAL_VALUES:
        return kind, category
    kind = (kind or _EXTERNAL).strip().lower()
    category = (category or "").strip().lower()
    if kind not in _KIND_VALUES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of customer: {value}"),
            field="kind",
            value=kind,
        )
    if kind == CustomerKind.INTERNAL or category == CustomerCategory.DIVISION:
        return CustomerKind.INTERNAL.value, CustomerCategory.DIVISION.value
    category = category or CustomerCategory.PERORANGAN.value
    if category not in _EXTERNAL_VALUES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Unknown category: {value} (use perorangan, B2B, reseller or ritel)."
            ),
            field="category",
            value=category,
        )
    return kind, category


# English labels of the fields (translatable), for messages, the import mapping and exports.
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    "category": QT_TRANSLATE_NOOP("fields", "Category"),
    "company": QT_TRANSLATE_NOOP("fields", "Company"),
    "division": QT_TRANSLATE_NOOP("fields", "Division"),
    "contact_person": QT_TRANSLATE_NOOP("fields", "Contact person"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "whatsapp": QT_TRANSLATE_NOOP("fields", "WhatsApp"),
    "email": QT_TRANSLATE_NOOP("fields", "E-mail"),
    "address": QT_TRANSLATE_NOOP("fields", "Address"),
    "city": QT_TRANSLATE_NOOP("fields", "City"),
    "province": QT_TRANSLATE_NOOP("fields", "Province"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "Birth date"),
    "gender": QT_TRANSLATE_NOOP("fields", "Gender"),
    "preferred_channel": QT_TRANSLATE_NOOP("fields", "Preferred channel"),
    "preferences": QT_TRANSLATE_NOOP("fields", "Preferences"),
    "needs": QT_TRANSLATE_NOOP("fields", "Needs"),
    "tags": QT_TRANSLATE_NOOP("fields", "Tags"),
    "npwp": QT_TRANSLATE_NOOP("fields", "NPWP"),
    "marketing_consent": QT_TRANSLATE_NOOP("fields", "Marketing consent"),
    "notes": QT_TRANSLATE_NOOP("fields", "Notes"),
    "joined_on": QT_TRANSLATE_NOOP("fields", "Joined on"),
}
