"""Catalogue, invoices (billed before payment), payments, kwitansi (receipts), numbering."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from bizcare.domain.enums import InvoiceStatus, PaymentMethod, PpnMode
from bizcare.domain.models._base import utcnow

QTY_SCALE = 1000  # quantities are stored in thousandths: 1,5 kg -> 1500


class CatalogueItem(SQLModel, table=True):
    __tablename__ = "catalogue_item"

    id: int | None = Field(default=None, primary_key=True)
    sku: str = Field(default="", max_length=40, index=True)
    name: str = Field(max_length=200, index=True)
    unit: str = Field(default="pcs", max_length=20)
    price: int = Field(default=0)
    category: str = Field(default="", max_length=100)
    is_service: bool = Field(default=False)
    active: bool = Field(default=True)


class NumberSequence(SQLModel, table=True):
    """The last number given in one series and period, taken under a write lock."""

    __tablename__ = "number_sequence"
    __table_args__ = (UniqueConstraint("series", "period"),)

    id: int | None = Field(default=None, primary_key=True)
    series: str = Field(max_length=20)
    period: str = Field(max_length=10)
    last_value: int = Field(default=0)


class Invoice(SQLModel, table=True):
    """A bill. Drafts have no number; issuing numbers and freezes it; void keeps the number.

    Amount columns are derived from the lines by ``services.billing`` when the invoice is
    saved or issued, and kept for fast lists and reports.
    """

    __tablename__ = "invoice"

    id: int | None = Field(default=None, primary_key=True)
    number: str | None = Field(default=None, max_length=40, unique=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    status: str = Field(default=InvoiceStatus.DRAFT, max_length=10, index=True)
    issue_date: date = Field(default_factory=date.today, index=True)
    due_date: date = Field(default_factory=date.today, index=True)
    ppn_mode: str = Field(default=PpnMode.NONE, max_length=12)
    discount: int = Field(default=0)
    subtotal: int = Field(default=0)
    dpp: int = Field(default=0)
    ppn: int = Field(default=0)
    total: int = Field(default=0)
    voucher_id: int | None = Field(default=None, foreign_key="voucher.id")
    points_redeemed: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    notes: str = Field(default="")
    payment_instructions: str = Field(default="")
    issued_at: datetime | None = Field(default=None)
    voided_at: datetime | None = Field(default=None)
    void_reason: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)


class InvoiceLine(SQLModel, table=True):
    __tablename__ = "invoice_line"

    id: int | None = Field(default=None, primary_key=True)
    invoice_id: int = Field(foreign_key="invoice.id", index=True)
    position: int = Field(default=0)
    item_id: int | None = Field(default=None, foreign_key="catalogue_item.id")
    description: str = Field(max_length=500)
    quantity_milli: int = Field(default=QTY_SCALE)
    unit: str = Field(default="pcs", max_length=20)
    unit_price: int = Field(default=0)
    discount: int = Field(default=0)

    @property
    def quantity(self) -> Decimal:
        return Decimal(self.quantity_milli) / QTY_SCALE


class Payment(SQLModel, table=True):
    """Money received, against an invoice or (cash sale) none; always has a kwitansi."""

    __tablename__ = "payment"

    id: int | None = Field(default=None, primary_key=True)
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id", index=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    amount: int
    method: str = Field(default=PaymentMethod.CASH, max_length=12)
    paid_on: date = Field(default_factory=date.today, index=True)
    reference: str = Field(default="", max_length=100)
    voided_at: datetime | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow)


class Receipt(SQLModel, table=True):
    """A kwitansi. Words and text are frozen at issue so a reprint is identical."""

    __tablename__ = "receipt"

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=40, unique=True)
    payment_id: int = Field(foreign_key="payment.id", unique=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id", index=True)
    amount: int
    received_from: str = Field(max_length=200)
    amount_words: str = Field(max_length=500)
    purpose: str = Field(max_length=1000)
    place: str = Field(default="", max_length=100)
    issued_on: date = Field(default_factory=date.today, index=True)
    signatory: str = Field(default="", max_length=200)
    meterai_required: bool = Field(default=False)
    meterai_value: int = Field(default=0)  # Rp printed in the box; 0 = from settings (pre-0004)
    points_earned: int = Field(default=0)
    voided_at: datetime | None = Field(default=None)
    void_reason: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
