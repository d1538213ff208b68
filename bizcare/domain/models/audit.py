"""Append-only audit trail: who did what to which record, and why."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from bizcare.domain.models._base import utcnow


class AuditLog(SQLModel, table=True):
    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(default="", max_length=100)
    action: str = Field(max_length=50)
    entity: str = Field(max_length=50)
    entity_id: int | None = Field(default=None)
    detail: str = Field(default="")
