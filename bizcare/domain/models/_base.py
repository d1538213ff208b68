"""Shared column helpers for the table modules."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Aware UTC timestamp (SQLModel's ``UTCDateTime`` refuses naive ones)."""
    return datetime.now(UTC)
