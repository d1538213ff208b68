"""Plain, prepared contexts the renderers receive (never a session, never a model).

Services build these from the database; renderers only lay them out. All money is int
Rupiah; all text is exactly what the user typed (renderers escape it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    npwp: str = ""  # digits; the renderer formats it
    logo_png: bytes | None = None
    signatory_name: str = ""
    signatory_title: str = ""
    rupiah_spaced: bool = False


@dataclass(frozen=True)
class Party:
    """Who a document is addressed to ("Kepada Yth." / "Sudah terima dari")."""

    name: str
    company: str = ""
    address: str = ""
    city: str = ""
    phone: str = ""
    code: str = ""


@dataclass(frozen=True)
class DocLine:
    description: str
    quantity: Decimal
    unit: str
    unit_price: int
    discount: int
    amount: int


@dataclass(frozen=True)
class InvoiceDoc:
    letterhead: Letterhead
    customer: Party
    number: str  # "" for a draft (printed as DRAF)
    issue_date: date
    due_date: date
    lines: tuple[DocLine, ...]
    subtotal: int
    discount: int
    dpp: int
    ppn: int
    ppn_label: str  # e.g. "PPN 11%" or "PPN 12% × DPP 11/12"; "" when not PKP
    total: int
    paid: int
    total_words: str
    payment_instructions: str = ""
    notes: str = ""
    status_stamp: str = ""  # "LUNAS", "BATAL" or ""
    void_reason: str = ""
    # Loyalty taken off the total (``total`` is already after them): an open voucher, points.
    voucher_code: str = ""
    voucher_discount: int = 0
    points_redeemed: int = 0
    points_discount: int = 0


@dataclass(frozen=True)
class ReceiptDoc:
    letterhead: Letterhead
    number: str
    received_from: str
    amount: int
    amount_words: str  # frozen at issue
    purpose: str  # frozen at issue
    place: str
    issued_on: date
    signatory: str
    meterai_required: bool
    meterai_value: int = 10_000
    method: str = ""
    points_earned: int = 0
    void: bool = False


@dataclass(frozen=True)
class ReminderDoc:
    """A "Surat Tagihan": level 1 friendly, 2 second reminder, 3 formal letter."""

    letterhead: Letterhead
    customer: Party
    level: int
    letter_number: str
    on: date
    invoices: tuple[tuple[str, date, date, int, int], ...] = field(default=())
    # (number, issue date, due date, total, outstanding)
    total_outstanding: int = 0
    payment_instructions: str = ""  # bank accounts, as on the invoices
