"""Loyalty as an append-only ledger; balances, tiers and expiry are derived from it."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from bizcare.domain.enums import LoyaltyProgram
from bizcare.domain.models._base import utcnow


class LoyaltyTier(SQLModel, table=True):
    """A tier reached by rolling 12-month paid spend; ``multiplier_bp`` 10000 = ×1."""

    __tablename__ = "loyalty_tier"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=50, unique=True)
    min_spend: int = Field(default=0)
    multiplier_bp: int = Field(default=10_000)


class LoyaltyEntry(SQLModel, table=True):
    """One ledger line: never updated, never deleted. ``points`` is signed."""

    __tablename__ = "loyalty_entry"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    program: str = Field(default=LoyaltyProgram.CUSTOMER, max_length=10)
    kind: str = Field(max_length=10)
    points: int
    occurred_on: date = Field(default_factory=date.today, index=True)
    expires_on: date | None = Field(default=None, index=True)
    receipt_id: int | None = Field(default=None, foreign_key="receipt.id", index=True)
    reward_id: int | None = Field(default=None, foreign_key="reward.id")
    reverses_id: int | None = Field(default=None, foreign_key="loyalty_entry.id")
    reason: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utcnow)


class Reward(SQLModel, table=True):
    __tablename__ = "reward"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    points_cost: int
    stock: int | None = Field(default=None)
    active: bool = Field(default=True)


class RewardRule(SQLModel, table=True):
    """Hands out a voucher automatically (every N points, Nth paid purchase, new tier)."""

    __tablename__ = "reward_rule"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    trigger: str = Field(max_length=20)
    threshold: int = Field(default=0)
    voucher_value: int = Field(default=0)
    active: bool = Field(default=True)


class Voucher(SQLModel, table=True):
    __tablename__ = "voucher"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=30, unique=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    rule_id: int | None = Field(default=None, foreign_key="reward_rule.id")
    value: int
    issued_on: date = Field(default_factory=date.today)
    used_on: date | None = Field(default=None)


class Campaign(SQLModel, table=True):
    """A bonus period, e.g. Hari Pelanggan Nasional (4 September) ×2."""

    __tablename__ = "campaign"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    starts_on: date
    ends_on: date
    multiplier_bp: int = Field(default=20_000)
    active: bool = Field(default=True)
