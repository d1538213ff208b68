"""Customers of both kinds, the divisions that are internal customers, tags, interactions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel

from bizcare.domain.enums import CustomerCategory, CustomerKind, Direction
from bizcare.domain.models._base import utcnow


class Division(SQLModel, table=True):
    """A division of the shop (Sales, Gudang, Finance, HR, IT…): an editable list."""

    __tablename__ = "division"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)
    active: bool = Field(default=True)


class Customer(SQLModel, table=True):
    """External (perorangan, B2B, reseller, ritel) or internal (a division) customer.

    Phones are stored E.164 (``+62…``). A customer with history is archived, never deleted;
    a merged duplicate points at its survivor through ``merged_into_id``.
    """

    __tablename__ = "customer"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=20, unique=True)
    kind: str = Field(default=CustomerKind.EXTERNAL, max_length=10, index=True)
    category: str = Field(default=CustomerCategory.PERORANGAN, max_length=20, index=True)
    name: str = Field(max_length=200)
    company: str = Field(default="", max_length=200)
    division_id: int | None = Field(default=None, foreign_key="division.id", index=True)
    contact_person: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=20, index=True)
    whatsapp: str = Field(default="", max_length=20)
    email: str = Field(default="", max_length=200, index=True)
    address: str = Field(default="", max_length=500)
    city: str = Field(default="", max_length=100, index=True)
    province: str = Field(default="", max_length=100)
    birth_date: date | None = Field(default=None)
    gender: str = Field(default="", max_length=1)
    preferred_channel: str = Field(default="whatsapp", max_length=20)
    preferences: str = Field(default="", max_length=1000)
    needs: str = Field(default="", max_length=1000)
    npwp: str = Field(default="", max_length=32)
    marketing_consent: bool = Field(default=False)
    notes: str = Field(default="")
    joined_on: date = Field(default_factory=date.today)
    archived: bool = Field(default=False, index=True)
    merged_into_id: int | None = Field(default=None, foreign_key="customer.id")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


# The list sorts names case-insensitively ("ani" next to "Andi"); migration 0002 creates it.
# SQLite only: NOCASE is SQLite's collation (PostgreSQL sorts on lower(name) instead).
Index(
    "ix_customer_name_nocase",
    Customer.__table__.c.name.collate("NOCASE"),  # type: ignore[attr-defined]
).ddl_if(dialect="sqlite")
# The same for active customers only: the default list pages through it without reading
# archived rows, so even the last page of 100,000 is an index walk (migration 0002).
Index(
    "ix_customer_name_active",
    Customer.__table__.c.name.collate("NOCASE"),  # type: ignore[attr-defined]
    sqlite_where=text("archived = 0"),
).ddl_if(dialect="sqlite")

# What a search sorted by name reads for each hit, keyed by id (migration 0005).
Index(
    "ix_customer_sort",
    Customer.__table__.c.id,  # type: ignore[attr-defined]
    Customer.__table__.c.archived,  # type: ignore[attr-defined]
    Customer.__table__.c.kind,  # type: ignore[attr-defined]
    Customer.__table__.c.category,  # type: ignore[attr-defined]
    Customer.__table__.c.name.collate("NOCASE"),  # type: ignore[attr-defined]
).ddl_if(dialect="sqlite")


class Tag(SQLModel, table=True):
    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=50, unique=True)


class CustomerTag(SQLModel, table=True):
    __tablename__ = "customer_tag"

    customer_id: int = Field(foreign_key="customer.id", primary_key=True)
    tag_id: int = Field(foreign_key="tag.id", primary_key=True, index=True)


class Interaction(SQLModel, table=True):
    """One contact with a customer: a WhatsApp chat, a call, a visit, a reminder sent."""

    __tablename__ = "interaction"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    occurred_at: datetime = Field(default_factory=utcnow)
    channel: str = Field(max_length=20)
    direction: str = Field(default=Direction.OUTBOUND, max_length=10)
    summary: str = Field(default="", max_length=2000)
    follow_up_on: date | None = Field(default=None, index=True)
    follow_up_done: bool = Field(default=False)
    created_by: str = Field(default="", max_length=100)
