"""Words and chip colours shown for the stored billing codes (statuses, payment methods).

The database keeps short codes (``issued``, ``transfer``); the screen shows them translated
in the ``billing`` context. Status chips follow the house look: DRAF grey, TERBIT blue,
SEBAGIAN amber, LUNAS green, JATUH TEMPO red, BATAL struck through.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bizcare.domain.enums import InvoiceStatus, PaymentMethod
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "billing"
OVERDUE = "overdue"

STATUSES: dict[str, str] = {
    InvoiceStatus.DRAFT: QT_TRANSLATE_NOOP("billing", "DRAFT"),
    InvoiceStatus.ISSUED: QT_TRANSLATE_NOOP("billing", "ISSUED"),
    InvoiceStatus.PARTIAL: QT_TRANSLATE_NOOP("billing", "PARTIAL"),
    InvoiceStatus.PAID: QT_TRANSLATE_NOOP("billing", "PAID"),
    OVERDUE: QT_TRANSLATE_NOOP("billing", "OVERDUE"),
    InvoiceStatus.VOID: QT_TRANSLATE_NOOP("billing", "VOID"),
}

STATUS_CHIPS: dict[str, str] = {
    InvoiceStatus.DRAFT: "grey",
    InvoiceStatus.ISSUED: "blue",
    InvoiceStatus.PARTIAL: "amber",
    InvoiceStatus.PAID: "green",
    OVERDUE: "red",
    InvoiceStatus.VOID: "void",
}

METHODS: dict[str, str] = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("billing", "Cash"),
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("billing", "Bank transfer"),
    PaymentMethod.QRIS: QT_TRANSLATE_NOOP("billing", "QRIS"),
    PaymentMethod.EWALLET: QT_TRANSLATE_NOOP("billing", "E-wallet"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("billing", "Debit/credit card"),
}

PPN_MODES: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("billing", "No PPN (not a PKP)"),
    "ppn11": QT_TRANSLATE_NOOP("billing", "PPN 11%"),
    "ppn12_dpp": QT_TRANSLATE_NOOP("billing", "PPN 12% on DPP 11/12"),
}

REMINDER_LEVELS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("billing", "Level 1 – friendly reminder"),
    2: QT_TRANSLATE_NOOP("billing", "Level 2 – second reminder"),
    3: QT_TRANSLATE_NOOP("billing", "Level 3 – formal letter"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str) -> str:
    """The chip text of a stored or derived status (``overdue``)."""
    source = STATUSES.get(str(status))
    return tr(source) if source else str(status)


def status_chip(status: str) -> str | None:
    return STATUS_CHIPS.get(str(status))


def method_label(method: str) -> str:
    source = METHODS.get(str(method))
    return tr(source) if source else str(method)


def ppn_label(mode: str) -> str:
    source = PPN_MODES.get(str(mode))
    return tr(source) if source else str(mode)


def level_label(level: int) -> str:
    source = REMINDER_LEVELS.get(level)
    return tr(source) if source else str(level)
