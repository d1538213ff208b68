"""Loyalty points (issue 5): the entry point the UI, the CLI and billing import.

The programme is an append-only ledger (:mod:`loyalty_ledger`); balance, tier and expiry are
derived from it. Earning and reversing on kwitansi live in :mod:`loyalty_earning`, rewards
and vouchers in :mod:`loyalty_rewards`, campaigns and birthdays in :mod:`loyalty_campaigns`,
internal appreciation in :mod:`loyalty_internal`, lists for the tab in
:mod:`loyalty_members`, and the settings in :mod:`loyalty_settings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from bizcare.domain import clock
from bizcare.services.loyalty.campaigns import (
    BIRTHDAY_REASON,
    CampaignInput,
    add_hpn_campaign,
    campaign_multiplier,
    grant_birthday_bonuses,
    list_campaigns,
    save_campaign,
)
from bizcare.services.loyalty.earning import earn_for_receipt, points_for, reverse_for_receipt
from bizcare.services.loyalty.expiry import EXPIRE_REASON, expire_points
from bizcare.services.loyalty.fifo import add_months, expiry_for
from bizcare.services.loyalty.internal import (
    LeaderRow,
    award_internal_request,
    internal_leaderboard,
    sync_internal_awards,
)
from bizcare.services.loyalty.ledger import (
    MAX_POINTS,
    HistoryRow,
    MemberStatus,
    add_entry,
    adjust_points,
    balance,
    fifo_state,
    get_member,
    history,
    lock_member,
    member_by_code,
    member_status,
    program_of,
    redeem_points,
    spend_points,
    spendable,
    tier_on,
)
from bizcare.services.loyalty.members import (
    REMINDER_TEMPLATE,
    SORT_KEYS,
    ExpiringRow,
    MemberQuery,
    MemberRow,
    count_members,
    expiring_soon,
    member_page,
    reminder_message,
    whatsapp_url,
)
from bizcare.services.loyalty.rewards import (
    EVERY_POINTS,
    NTH_PURCHASE,
    REACH_TIER,
    Discount,
    RewardInput,
    RuleInput,
    apply_reward_rules,
    list_rewards,
    list_rules,
    open_vouchers,
    points_discount,
    redeem_for_invoice,
    redeem_reward,
    reward_by_name,
    save_reward,
    save_rule,
    use_voucher,
)
from bizcare.services.loyalty.screens import catalogue, member_card, programme, redeem_choices
from bizcare.services.loyalty.settings import (
    DEFAULT_TIERS,
    LoyaltySettings,
    TierSpec,
    list_tiers,
    load_loyalty_settings,
    save_loyalty_settings,
    save_tiers,
)

__all__ = [
    "BIRTHDAY_REASON",
    "CampaignInput",
    "DEFAULT_TIERS",
    "DailyRun",
    "Discount",
    "EVERY_POINTS",
    "EXPIRE_REASON",
    "ExpiringRow",
    "HistoryRow",
    "LeaderRow",
    "LoyaltySettings",
    "MAX_POINTS",
    "MemberQuery",
    "MemberRow",
    "MemberStatus",
    "NTH_PURCHASE",
    "REACH_TIER",
    "REMINDER_TEMPLATE",
    "RewardInput",
    "RuleInput",
    "SORT_KEYS",
    "TierSpec",
    "add_entry",
    "add_hpn_campaign",
    "add_months",
    "adjust_points",
    "apply_reward_rules",
    "award_internal_request",
    "balance",
    "campaign_multiplier",
    "catalogue",
    "count_members",
    "earn_for_receipt",
    "expire_points",
    "expiring_soon",
    "expiry_for",
    "fifo_state",
    "get_member",
    "grant_birthday_bonuses",
    "history",
    "internal_leaderboard",
    "list_campaigns",
    "list_rewards",
    "list_rules",
    "list_tiers",
    "load_loyalty_settings",
    "lock_member",
    "member_by_code",
    "member_card",
    "member_page",
    "member_status",
    "open_vouchers",
    "points_discount",
    "points_for",
    "program_of",
    "programme",
    "redeem_choices",
    "redeem_for_invoice",
    "redeem_points",
    "redeem_reward",
    "reminder_message",
    "reverse_for_receipt",
    "reward_by_name",
    "run_daily",
    "save_campaign",
    "save_loyalty_settings",
    "save_reward",
    "save_rule",
    "save_tiers",
    "spend_points",
    "spendable",
    "sync_internal_awards",
    "tier_on",
    "use_voucher",
    "whatsapp_url",
]


@dataclass(frozen=True)
class DailyRun:
    expired_entries: int
    expired_points: int
    birthdays: int
    internal_awards: int


def run_daily(session: Session, on: date | None = None) -> DailyRun:
    """What runs at start (idempotent): expiry, birthday bonuses, internal appreciation."""
    day = on or clock.today()
    entries, points = expire_points(session, day)  # refuses a day after today
    birthdays = grant_birthday_bonuses(session, day)
    awards = sync_internal_awards(session)
    return DailyRun(entries, points, birthdays, awards)
