"""Words shown for the stored codes of customers (kinds, categories, channels…).

The database keeps short English/Indonesian codes (``external``, ``b2b``, ``telepon``); the
screen shows them translated. Marked with ``QT_TRANSLATE_NOOP`` in the ``customers`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bizcare.domain.enums import Channel, CustomerCategory, CustomerKind, Direction, Gender
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "customers"

KINDS: dict[str, str] = {
    CustomerKind.EXTERNAL: QT_TRANSLATE_NOOP("customers", "External"),
    CustomerKind.INTERNAL: QT_TRANSLATE_NOOP("customers", "Internal"),
}

CATEGORIES: dict[str, str] = {
    CustomerCategory.PERORANGAN: QT_TRANSLATE_NOOP("customers", "Individual"),
    CustomerCategory.B2B: QT_TRANSLATE_NOOP("customers", "B2B"),
    CustomerCategory.RESELLER: QT_TRANSLATE_NOOP("customers", "Reseller"),
    CustomerCategory.RITEL: QT_TRANSLATE_NOOP("customers", "Retail"),
    CustomerCategory.DIVISION: QT_TRANSLATE_NOOP("customers", "Division"),
}

CHANNELS: dict[str, str] = {
    Channel.WHATSAPP: QT_TRANSLATE_NOOP("customers", "WhatsApp"),
    Channel.PHONE: QT_TRANSLATE_NOOP("customers", "Phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("customers", "E-mail"),
    Channel.VISIT: QT_TRANSLATE_NOOP("customers", "Visit"),
    Channel.SOCIAL: QT_TRANSLATE_NOOP("customers", "Social media"),
    Channel.LETTER: QT_TRANSLATE_NOOP("customers", "Letter"),
}

DIRECTIONS: dict[str, str] = {
    Direction.OUTBOUND: QT_TRANSLATE_NOOP("customers", "Outgoing"),
    Direction.INBOUND: QT_TRANSLATE_NOOP("customers", "Incoming"),
}

GENDERS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("customers", "Not stated"),
    Gender.MALE: QT_TRANSLATE_NOOP("customers", "Male"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("customers", "Female"),
}

#: Chip style (see ``bizcare.ui.common.delegates``) per customer kind.
KIND_CHIPS: dict[str, str] = {CustomerKind.EXTERNAL: "blue", CustomerKind.INTERNAL: "teal"}


def label(table: dict[str, str], code: str) -> str:
    """The translated word for ``code`` in ``table``; the code itself if unknown."""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def kind_label(code: str) -> str:
    return label(KINDS, code)


def category_label(code: str) -> str:
    return label(CATEGORIES, code)


def channel_label(code: str) -> str:
    return label(CHANNELS, code)


def direction_label(code: str) -> str:
    return label(DIRECTIONS, code)


def gender_label(code: str) -> str:
    return label(GENDERS, code)
