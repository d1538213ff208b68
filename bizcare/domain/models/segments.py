"""Rule-based segments ranked on a priority matrix, and their computed membership."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from bizcare.domain.models._base import utcnow


class Segment(SQLModel, table=True):
    """``rules`` is JSON (demographics, preferences, recency/frequency/spend, needs).

    The four scores (1–5) place the segment on the priority matrix.
    """

    __tablename__ = "segment"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)
    description: str = Field(default="", max_length=1000)
    rules: str = Field(default="{}")
    profitability: int = Field(default=3)
    loyalty: int = Field(default=3)
    retention: int = Field(default=3)
    growth: int = Field(default=3)
    active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow)


class SegmentMember(SQLModel, table=True):
    """Membership as last computed (segments are re-evaluated, never edited by hand)."""

    __tablename__ = "segment_member"

    segment_id: int = Field(foreign_key="segment.id", primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", primary_key=True, index=True)
    computed_at: datetime = Field(default_factory=utcnow)
