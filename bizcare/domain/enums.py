"""Closed sets of values stored as short strings (``StrEnum`` keeps them readable in SQL)."""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    EXTERNAL = "external"
    INTERNAL = "internal"


class CustomerCategory(StrEnum):
    """External categories plus ``division`` for internal customers."""

    PERORANGAN = "perorangan"
    B2B = "b2b"
    RESELLER = "reseller"
    RITEL = "ritel"
    DIVISION = "division"


EXTERNAL_CATEGORIES = (
    CustomerCategory.PERORANGAN,
    CustomerCategory.B2B,
    CustomerCategory.RESELLER,
    CustomerCategory.RITEL,
)


class Channel(StrEnum):
    WHATSAPP = "whatsapp"
    PHONE = "telepon"
    EMAIL = "email"
    VISIT = "kunjungan"
    SOCIAL = "media_sosial"
    LETTER = "surat"  # a printed letter, e.g. the Surat Tagihan


class Gender(StrEnum):
    MALE = "L"
    FEMALE = "P"


class Direction(StrEnum):
    INBOUND = "masuk"
    OUTBOUND = "keluar"


class InvoiceStatus(StrEnum):
    """Stored lifecycle; "overdue" is derived from the due date, never stored."""

    DRAFT = "draft"
    ISSUED = "issued"
    PARTIAL = "partial"
    PAID = "paid"
    VOID = "void"


INVOICE_TRANSITIONS: dict[InvoiceStatus, frozenset[InvoiceStatus]] = {
    InvoiceStatus.DRAFT: frozenset({InvoiceStatus.ISSUED}),
    InvoiceStatus.ISSUED: frozenset(
        {InvoiceStatus.PARTIAL, InvoiceStatus.PAID, InvoiceStatus.VOID}
    ),
    InvoiceStatus.PARTIAL: frozenset({InvoiceStatus.PAID, InvoiceStatus.VOID}),
    InvoiceStatus.PAID: frozenset({InvoiceStatus.VOID}),
    InvoiceStatus.VOID: frozenset(),
}


class PaymentMethod(StrEnum):
    CASH = "tunai"
    TRANSFER = "transfer"
    QRIS = "qris"
    EWALLET = "ewallet"
    CARD = "kartu"


class PpnMode(StrEnum):
    """Non-PKP (no PPN), PPN 11% on the price, PPN 12% on DPP 11/12 (effective 11%)."""

    NONE = "none"
    PPN_11 = "ppn11"
    PPN_12_DPP = "ppn12_dpp"


class LedgerKind(StrEnum):
    EARN = "earn"
    BONUS = "bonus"
    REDEEM = "redeem"
    EXPIRE = "expire"
    ADJUST = "adjust"
    REVERSE = "reverse"


class LoyaltyProgram(StrEnum):
    CUSTOMER = "customer"
    INTERNAL = "internal"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


class RequestStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"
