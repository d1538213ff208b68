"""Service quality: feedback and surveys, complaints to closure, requests between divisions."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from bizcare.domain.enums import ComplaintStatus, Priority, RequestStatus
from bizcare.domain.models._base import utcnow


class Feedback(SQLModel, table=True):
    """A satisfaction answer: CSAT 1–5 and optionally NPS 0–10."""

    __tablename__ = "feedback"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id")
    received_on: date = Field(default_factory=date.today, index=True)
    channel: str = Field(default="whatsapp", max_length=20)
    score: int
    nps: int | None = Field(default=None)
    comment: str = Field(default="", max_length=2000)


class Complaint(SQLModel, table=True):
    __tablename__ = "complaint"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    invoice_id: int | None = Field(default=None, foreign_key="invoice.id")
    opened_on: date = Field(default_factory=date.today, index=True)
    due_on: date | None = Field(default=None)
    channel: str = Field(default="whatsapp", max_length=20)
    category: str = Field(default="", max_length=100)
    description: str = Field(max_length=4000)
    priority: str = Field(default=Priority.NORMAL, max_length=10)
    status: str = Field(default=ComplaintStatus.OPEN, max_length=12, index=True)
    assigned_to: str = Field(default="", max_length=100)
    resolution: str = Field(default="", max_length=4000)
    resolved_on: date | None = Field(default=None)
    closed_on: date | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow)


class InternalRequest(SQLModel, table=True):
    """One division asking another for something, with a due date and a rating on completion."""

    __tablename__ = "internal_request"

    id: int | None = Field(default=None, primary_key=True)
    requester_id: int = Field(foreign_key="customer.id", index=True)
    provider_division_id: int = Field(foreign_key="division.id", index=True)
    title: str = Field(max_length=200)
    description: str = Field(default="", max_length=4000)
    priority: str = Field(default=Priority.NORMAL, max_length=10)
    opened_on: date = Field(default_factory=date.today)
    due_on: date
    status: str = Field(default=RequestStatus.OPEN, max_length=12, index=True)
    completed_on: date | None = Field(default=None)
    rating: int | None = Field(default=None)
    notes: str = Field(default="", max_length=2000)
    created_at: datetime = Field(default_factory=utcnow)
