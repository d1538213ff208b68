"""The business itself: its profile (letterhead) and its key/value settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, LargeBinary
from sqlmodel import Field, SQLModel

from bizcare.domain.models._base import utcnow


class BusinessProfile(SQLModel, table=True):
    """One row (id = 1): what prints on the letterhead of every document."""

    __tablename__ = "business_profile"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(default="", max_length=200)
    address: str = Field(default="", max_length=500)
    city: str = Field(default="", max_length=100)
    province: str = Field(default="", max_length=100)
    postal_code: str = Field(default="", max_length=10)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    npwp: str = Field(default="", max_length=32)
    logo: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    signatory_name: str = Field(default="", max_length=200)
    signatory_title: str = Field(default="", max_length=100)
    bank_accounts: str = Field(default="", max_length=1000)
    updated_at: datetime = Field(default_factory=utcnow)


class Setting(SQLModel, table=True):
    """A setting as a JSON-encoded value; ``services.settings`` gives them types."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="null")
