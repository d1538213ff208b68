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
from bizcare.services.loyalty_campaigns import (
    BIRTHDAY_REASON,
    CampaignInput,
    add_hpn_campaign,
    campaign_multiplier,
    grant_birthday_bonuses,
    list_campaigns,
    save_campaign,
)
from bizcare.services.loyalty_earning import earn_for_receipt, points_for, reverse_for_receipt
from bizcare.services.loyalty_expiry import EXPIRE_REASON, expire_points
from bizcare.services.loyalty_internal import (
    LeaderRow,
    award_internal_request,
    internal_leaderboard,
    sync_internal_awards,
)
from bizcare.services.loyalty_ledger import (
    HistoryRow,
    MemberStatus,
    adjust_points,
    balance,
    history,
    member_by_code,
    member_status,
    redeem_points,
    tier_on,
)
from bizcare.services.loyalty_members import (
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
from bizcare.services.loyalty_rewards import (
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
from bizcare.services.loyalty_settings import (
    DEFAULT_TIERS,
    LoyaltySettings,
    TierSpec,
    list_tiers,
    load_loyalty_settings,
    save_loyalty_settings,
    save_tiers,
)

__all__ = [
    "BIRTHDAY_REASON", "DEFAULT_TIERS", "EVERY_POINTS", "EXPIRE_REASON", "NTH_PURCHASE",
    "REACH_TIER", "REMINDER_TEMPLATE", "SORT_KEYS", "CampaignInput", "DailyRun", "Discount",
    "ExpiringRow", "HistoryRow", "LeaderRow", "LoyaltySettings", "MemberQuery", "MemberRow",
    "MemberStatus", "RewardInput", "RuleInput", "TierSpec", "add_hpn_campaign",
    "adjust_points", "apply_reward_rules", "award_internal_request", "balance",
    "campaign_multiplier", "count_members", "earn_for_receipt", "expire_points",
    "expiring_soon", "grant_birthday_bonuses", "history", "internal_leaderboard",
    "list_campaigns", "list_rewards", "list_rules", "list_tiers", "load_loyalty_settings",
    "member_by_code", "member_page", "member_status", "open_vouchers", "points_discount",
    "points_for", "redeem_for_invoice", "redeem_points", "redeem_reward", "reminder_message",
    "reverse_for_receipt", "reward_by_name", "run_daily", "save_campaign",
    "save_loyalty_settings", "save_reward", "save_rule", "save_tiers", "sync_internal_awards",
    "tier_on", "use_voucher", "whatsapp_url",
]  # fmt: skip


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
