"""What the loyalty screens read, each in one read transaction of its own (Qt-free).

The screens take these values and show them; they open no session and combine no queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from bizcare.domain.models import Campaign, Reward, RewardRule, Voucher
from bizcare.services import loyalty
from bizcare.services.loyalty.ledger import HistoryRow, MemberStatus
from bizcare.services.loyalty.settings import tier_names_by_id
from bizcare.storage.db import Database


@dataclass(frozen=True)
class MemberCard:
    """One member's balance and tier, ledger history and open vouchers."""

    status: MemberStatus
    history: list[HistoryRow]
    vouchers: list[Voucher]


def member_card(db: Database, customer_id: int, on: date) -> MemberCard:
    return db.run(lambda s: MemberCard(loyalty.member_status(s, customer_id, on),
                                       loyalty.history(s, customer_id),
                                       loyalty.open_vouchers(s, customer_id)), write=False)


@dataclass(frozen=True)
class RedeemChoices:
    """What a member may redeem: the balance on a day, the active rewards, the rules."""

    points: int
    rewards: list[Reward]
    settings: loyalty.LoyaltySettings


def redeem_choices(db: Database, customer_id: int, on: date) -> RedeemChoices:
    return db.run(lambda s: RedeemChoices(loyalty.member_status(s, customer_id, on).points,
                                          loyalty.list_rewards(s, active_only=True),
                                          loyalty.load_loyalty_settings(s)), write=False)


@dataclass(frozen=True)
class Catalogue:
    """Campaigns, rewards and automatic reward rules, with the tier names rules refer to."""

    campaigns: list[Campaign]
    rewards: list[Reward]
    rules: list[RewardRule]
    tier_names: dict[int, str]


def catalogue(db: Database) -> Catalogue:
    def work(session: Session) -> Catalogue:
        return Catalogue(loyalty.list_campaigns(session), loyalty.list_rewards(session),
                         loyalty.list_rules(session), tier_names_by_id(session))

    return db.run(work, write=False)


@dataclass(frozen=True)
class Programme:
    """The programme's settings and its tiers, as the settings page edits them."""

    settings: loyalty.LoyaltySettings
    tiers: list[loyalty.TierSpec]


def programme(db: Database) -> Programme:
    return db.run(lambda s: Programme(loyalty.load_loyalty_settings(s), loyalty.list_tiers(s)),
                  write=False)
