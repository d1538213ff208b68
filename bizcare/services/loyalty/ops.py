"""Loyalty use cases as the GUI runs them: each opens and commits one transaction of its own.

Every function takes the :class:`Database` and plain values, runs one use case through
``Database.run`` and declares the :class:`Changes` it makes (see ``billing_ops``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from bizcare.services import loyalty
from bizcare.services.changes import Changes, declares
from bizcare.services.loyalty.campaigns import next_hpn_year
from bizcare.storage.db import Database

#: Points, vouchers, rewards, campaigns and the programme's settings.
LOYALTY = Changes(loyalty=True)


@dataclass(frozen=True)
class Redeemed:
    """Points handed over for a reward: how many, and the reward's name."""

    points: int
    reward: str


@declares(LOYALTY)
def redeem_reward(db: Database, customer_id: int, reward_id: int, on: date) -> Redeemed:
    def work(session: Session) -> Redeemed:
        entry = loyalty.redeem_reward(session, customer_id, reward_id, on)
        return Redeemed(-entry.points, entry.reason)

    return db.run(work)


@declares(LOYALTY)
def redeem_points(db: Database, customer_id: int, points: int, on: date, reason: str) -> None:
    db.run(lambda s: loyalty.redeem_points(s, customer_id, points, on, reason))


@declares(LOYALTY)
def adjust_points(db: Database, customer_id: int, points: int, reason: str, on: date) -> None:
    db.run(lambda s: loyalty.adjust_points(s, customer_id, points, reason, on))


@declares(LOYALTY)
def sync_internal_awards(db: Database) -> int:
    """Appreciate every completed internal request not yet awarded; returns how many."""
    return db.run(loyalty.sync_internal_awards)


@declares(LOYALTY)
def save_programme(db: Database, settings: loyalty.LoyaltySettings,
                   tiers: Sequence[loyalty.TierSpec]) -> None:
    """The programme's settings and its tiers, saved together (both or neither)."""

    def work(session: Session) -> None:
        loyalty.save_loyalty_settings(session, settings)
        loyalty.save_tiers(session, tiers)

    db.run(work)


@declares(LOYALTY)
def add_hpn_campaign(db: Database, today: date) -> int:
    """The Hari Pelanggan Nasional campaign of the next 4 September (today's included)."""
    return db.run(lambda s: loyalty.add_hpn_campaign(s, next_hpn_year(today)).id or 0)


@declares(LOYALTY)
def save_campaign(db: Database, data: loyalty.CampaignInput) -> int:
    return db.run(lambda s: loyalty.save_campaign(s, data).id or 0)


@declares(LOYALTY)
def save_reward(db: Database, data: loyalty.RewardInput, reward_id: int | None = None) -> int:
    return db.run(lambda s: loyalty.save_reward(s, data, reward_id).id or 0)


@declares(LOYALTY)
def save_rule(db: Database, name: str, trigger: str, threshold: int, voucher_value: int,
              tier: str | None = None) -> int:
    """An automatic voucher rule; with ``tier`` it fires on reaching that tier (by name)."""
    from bizcare.services.loyalty.settings import tier_id_by_name

    def work(session: Session) -> int:
        if tier is not None:
            rule = loyalty.RuleInput(name, loyalty.REACH_TIER, tier_id_by_name(session, tier) or 0,
                                     voucher_value)
        else:
            rule = loyalty.RuleInput(name, trigger, threshold, voucher_value)
        return loyalty.save_rule(session, rule).id or 0

    return db.run(work)


@declares(LOYALTY)
def set_active(db: Database, kind: str, row_id: int, active: bool) -> None:
    """Switch a reward, a rule or a campaign on or off."""
    from bizcare.services.loyalty.rewards import set_active as switch

    db.run(lambda s: switch(s, kind, row_id, active))


@declares(LOYALTY)
def run_daily(db: Database) -> loyalty.DailyRun:
    """Expiry, birthday bonuses and internal appreciation (idempotent; run at start)."""
    return db.run(loyalty.run_daily)
