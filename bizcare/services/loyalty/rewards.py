"""Rewards: the catalogue, redemption as a discount, and rules that hand out vouchers.

A reward is handed over for its points cost while it is active and in stock. Points can also
be redeemed as a discount on a new invoice: the discount is never more than the invoice total
and, when the points cover it all, nothing is left to pay (no Rupiah remainder). Automatic
rules give a member a voucher without anyone remembering to: every N points earned, every
Nth paid purchase, or on reaching a tier. A voucher is used once, on a later invoice.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import distinct, func, select
from sqlmodel import Session, col

from bizcare.domain.enums import LedgerKind, LoyaltyProgram
from bizcare.domain.errors import NotFoundError, StateError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import LoyaltyEntry, LoyaltyTier, Receipt, Reward, RewardRule, Voucher
from bizcare.services import audit
from bizcare.services.loyalty.ledger import (
    check_points,
    lock_member,
    paid_spend,
    spend_points,
)
from bizcare.services.loyalty.settings import LoyaltySettings, load_loyalty_settings

EVERY_POINTS = "every_points"
NTH_PURCHASE = "nth_purchase"
REACH_TIER = "tier"
TRIGGERS = (EVERY_POINTS, NTH_PURCHASE, REACH_TIER)


@dataclass(frozen=True)
class RewardInput:
    name: str
    points_cost: int
    stock: int | None = None
    active: bool = True


@dataclass(frozen=True)
class RuleInput:
    """``threshold`` is N points, the Nth purchase, or the tier id for ``tier`` rules."""

    name: str
    trigger: str
    threshold: int
    voucher_value: int
    active: bool = True


@dataclass(frozen=True)
class Discount:
    """Points used as a discount and the Rupiah they take off an invoice."""

    points: int
    amount: int


# -- catalogue -----------------------------------------------------------------------------
def list_rewards(session: Session, *, active_only: bool = False) -> list[Reward]:
    stmt = select(Reward).order_by(col(Reward.points_cost), col(Reward.name))
    if active_only:
        stmt = stmt.where(col(Reward.active).is_(True))
    return list(session.execute(stmt).scalars())


def reward_by_name(session: Session, name: str) -> Reward:
    wanted = name.strip().casefold()
    for reward in list_rewards(session):
        if reward.name.casefold() == wanted:
            return reward
    raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Reward {name} not found."), name=name)


def save_reward(
    session: Session, data: RewardInput, reward_id: int | None = None, actor: str = ""
) -> Reward:
    """Create or change a catalogue reward (``stock`` None = unlimited)."""
    name = data.name.strip()
    if not name or len(name) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A reward needs a name of up to 200 characters."), "name"
        )
    check_points(data.points_cost, "points_cost")
    if data.stock is not None and data.stock < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The stock must be zero or more."), "stock"
        )
    clash = session.execute(
        select(Reward).where(func.lower(col(Reward.name)) == name.lower())
    ).scalars().first()
    if clash is not None and clash.id != reward_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A reward called {name} already exists."), "name",
            name=name,
        )
    reward = Reward(name=name, points_cost=data.points_cost) if reward_id is None \
        else session.get(Reward, reward_id)
    if reward is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Reward {name} not found."), name=name)
    reward.name, reward.points_cost = name, data.points_cost
    reward.stock, reward.active = data.stock, data.active
    session.add(reward)
    session.flush()
    audit.record(session, "save", "reward", reward.id, actor, name=name,
                 points_cost=data.points_cost, stock=data.stock, active=data.active)
    return reward


def redeem_reward(
    session: Session, customer_id: int, reward_id: int, on: date | None = None, actor: str = ""
) -> LoyaltyEntry:
    """Hand a reward over: checks it is active and in stock, then the balance; audited.

    Raises:
        StateError: the reward is inactive or out of stock.
        InsufficientPointsError: the balance is short (nothing is written).
    """
    customer = lock_member(session, customer_id)  # lock order: member, then reward
    reward = session.get(Reward, reward_id, with_for_update=True, populate_existing=True)
    if reward is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Reward {name} not found."),
                            name=f"#{reward_id}")
    if not reward.active:
        raise StateError(QT_TRANSLATE_NOOP("errors", "Reward {name} is not available now."),
                         name=reward.name)
    if reward.stock is not None and reward.stock <= 0:
        raise StateError(QT_TRANSLATE_NOOP("errors", "Reward {name} is out of stock."),
                         name=reward.name)
    entry = spend_points(session, customer, reward.points_cost, on or date.today(),
                         reason=reward.name, reward_id=reward.id)
    if reward.stock is not None:
        reward.stock -= 1
        session.add(reward)
    audit.record(session, "redeem", "loyalty_entry", entry.id, actor, customer=customer.code,
                 reward=reward.name, points=reward.points_cost)
    return entry


# -- points as a discount ------------------------------------------------------------------
def points_discount(settings: LoyaltySettings, total: int, points: int) -> Discount:
    """The discount ``points`` give on an invoice of ``total``, capped at the total.

    Points beyond what the total needs are not used; when the points cover the total, the
    discount is the whole total so nothing (not even a few Rupiah) is left to pay.
    """
    if total <= 0 or points <= 0:
        return Discount(0, 0)
    needed = -(-total // settings.redeem_value)  # ceiling: points that cover the total
    used = min(points, needed)
    return Discount(used, min(used * settings.redeem_value, total))


def redeem_for_invoice(
    session: Session,
    customer_id: int,
    total: int,
    points: int,
    reference: str = "",
    on: date | None = None,
    actor: str = "",
) -> Discount:
    """Spend points as a discount on an invoice of ``total``; returns what to take off.

    Raises:
        ValidationError: fewer points than the minimum redemption (unless they cover it all).
        InsufficientPointsError: the balance is short.
    """
    check_points(points)
    settings = load_loyalty_settings(session)
    discount = points_discount(settings, total, points)
    if discount.points < settings.redeem_minimum and discount.amount < total:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "At least {minimum} points must be redeemed at once."),
            "points", minimum=settings.redeem_minimum,
        )
    customer = lock_member(session, customer_id)
    entry = spend_points(session, customer, discount.points, on or date.today(),
                         reason=reference.strip()[:500])
    audit.record(session, "redeem", "loyalty_entry", entry.id, actor, customer=customer.code,
                 points=discount.points, discount=discount.amount, reference=reference)
    return discount


# -- automatic rules and vouchers ----------------------------------------------------------
def list_rules(session: Session) -> list[RewardRule]:
    return list(session.execute(select(RewardRule).order_by(col(RewardRule.id))).scalars())


def save_rule(
    session: Session, data: RuleInput, rule_id: int | None = None, actor: str = ""
) -> RewardRule:
    name = data.name.strip()
    if not name or len(name) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A rule needs a name of up to 200 characters."), "name"
        )
    if data.trigger not in TRIGGERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown rule trigger: {value}"), "trigger",
            value=data.trigger,
        )
    if data.threshold <= 0 or (
        data.trigger == REACH_TIER and session.get(LoyaltyTier, data.threshold) is None
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The rule needs a threshold above zero or a tier."),
            "threshold",
        )
    if data.voucher_value <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A voucher must be worth more than Rp0."),
            "voucher_value",
        )
    rule = RewardRule(name=name, trigger=data.trigger) if rule_id is None \
        else session.get(RewardRule, rule_id)
    if rule is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That rule no longer exists."))
    rule.name, rule.trigger, rule.threshold = name, data.trigger, data.threshold
    rule.voucher_value, rule.active = data.voucher_value, data.active
    session.add(rule)
    session.flush()
    audit.record(session, "save", "reward_rule", rule.id, actor, name=name,
                 trigger=data.trigger, threshold=data.threshold, value=data.voucher_value)
    return rule


def apply_reward_rules(session: Session, customer_id: int, on: date) -> list[Voucher]:
    """Issue every voucher the active rules now owe this member; returns the new ones.

    Each rule owes a number of vouchers (earned points // N, paid purchases // N, or one for
    a tier reached) and the difference to those already issued is handed out, so calling this
    again issues nothing twice.
    """
    rules = [r for r in list_rules(session) if r.active and r.threshold > 0]
    if not rules:
        return []
    issued: list[Voucher] = []
    for rule in rules:
        owed = _owed(session, rule, customer_id, on)
        have = int(session.execute(
            select(func.count()).select_from(Voucher).where(
                col(Voucher.rule_id) == rule.id, col(Voucher.customer_id) == customer_id)
        ).scalar() or 0)
        for _ in range(max(0, owed - have)):
            voucher = Voucher(code=_new_code(session), customer_id=customer_id, rule_id=rule.id,
                              value=rule.voucher_value, issued_on=on)
            session.add(voucher)
            session.flush()
            issued.append(voucher)
    return issued


def _owed(session: Session, rule: RewardRule, customer_id: int, on: date) -> int:
    if rule.trigger == EVERY_POINTS:
        earned = session.execute(
            select(func.coalesce(func.sum(col(LoyaltyEntry.points)), 0)).where(
                col(LoyaltyEntry.customer_id) == customer_id,
                col(LoyaltyEntry.program) == LoyaltyProgram.CUSTOMER,
                col(LoyaltyEntry.kind).in_(
                    [LedgerKind.EARN, LedgerKind.BONUS, LedgerKind.REVERSE]),
            )
        ).scalar()
        return max(0, int(earned or 0)) // rule.threshold
    if rule.trigger == NTH_PURCHASE:
        live = (col(Receipt.customer_id) == customer_id, col(Receipt.voided_at).is_(None))
        invoices = session.execute(
            select(func.count(distinct(col(Receipt.invoice_id)))).where(*live)
        ).scalar()
        cash = session.execute(
            select(func.count()).select_from(Receipt)
            .where(*live, col(Receipt.invoice_id).is_(None))
        ).scalar()
        return (int(invoices or 0) + int(cash or 0)) // rule.threshold
    tier = session.get(LoyaltyTier, rule.threshold)
    if tier is None:
        return 0
    return 1 if paid_spend(session, customer_id, on) >= tier.min_spend else 0


def _new_code(session: Session) -> str:
    while True:
        code = "VC-" + secrets.token_hex(4).upper()
        if session.execute(select(Voucher).where(col(Voucher.code) == code)).first() is None:
            return code


def open_vouchers(session: Session, customer_id: int) -> list[Voucher]:
    """Vouchers a member can still use, oldest first (shown on the member and the invoice)."""
    stmt = (
        select(Voucher)
        .where(col(Voucher.customer_id) == customer_id, col(Voucher.used_on).is_(None))
        .order_by(col(Voucher.issued_on), col(Voucher.id))
    )
    return list(session.execute(stmt).scalars())


def use_voucher(
    session: Session, voucher_id: int, customer_id: int, on: date | None = None, actor: str = ""
) -> Voucher:
    """Mark a voucher used (by the invoice it is applied to); it cannot be used twice.

    Raises:
        NotFoundError: no such voucher for this customer.
        StateError: it was already used.
    """
    voucher = session.get(Voucher, voucher_id, with_for_update=True, populate_existing=True)
    if voucher is None or voucher.customer_id != customer_id:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Voucher {code} not found."),
                            code=f"#{voucher_id}")
    if voucher.used_on is not None:
        raise StateError(QT_TRANSLATE_NOOP("errors", "Voucher {code} was already used."),
                         code=voucher.code)
    voucher.used_on = on or date.today()
    session.add(voucher)
    audit.record(session, "use", "voucher", voucher.id, actor, code=voucher.code,
                 value=voucher.value)
    return voucher


def set_active(session: Session, kind: str, row_id: int, active: bool, actor: str = "") -> None:
    """Switch a reward (``kind`` "reward"), a rule ("rule") or a campaign ("campaign")."""
    from bizcare.domain.models import Campaign

    row: Reward | RewardRule | Campaign | None
    if kind == "reward":
        row = session.get(Reward, row_id)
    elif kind == "rule":
        row = session.get(RewardRule, row_id)
    else:
        row = session.get(Campaign, row_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That item no longer exists."))
    row.active = active
    session.add(row)
    audit.record(session, "activate" if active else "deactivate", kind, row_id, actor)
