"""Bonus periods (campaigns) and the yearly birthday bonus.

A campaign multiplies the points of payments made on its days; when several overlap, the
highest multiplier applies (they do not stack). Hari Pelanggan Nasional (4 September) ×2 is
a preset. The birthday bonus is granted once per calendar year, on the birthday or up to a
few days later when BizCare was not opened that day; 29 February birthdays are celebrated
on 28 February in other years.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import extract, select
from sqlmodel import Session, col

from bizcare.domain.enums import CustomerKind, LedgerKind, LoyaltyProgram
from bizcare.domain.errors import NotFoundError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Campaign, Customer, LoyaltyEntry
from bizcare.services import audit
from bizcare.services.loyalty.expiry import LOYALTY_RUN
from bizcare.services.loyalty.fifo import birthday_in, expiry_for
from bizcare.services.loyalty.ledger import add_entry
from bizcare.services.loyalty.settings import load_loyalty_settings
from bizcare.services.numbering import hold

BIRTHDAY_REASON = QT_TRANSLATE_NOOP("loyalty", "Birthday bonus")
HPN_NAME = "Hari Pelanggan Nasional {year}"
NO_MULTIPLIER = 10_000


@dataclass(frozen=True)
class CampaignInput:
    name: str
    starts_on: date
    ends_on: date
    multiplier_bp: int = 20_000
    active: bool = True


def list_campaigns(session: Session) -> list[Campaign]:
    """Every campaign, the latest first."""
    stmt = select(Campaign).order_by(col(Campaign.starts_on).desc(), col(Campaign.id).desc())
    return list(session.execute(stmt).scalars())


def save_campaign(
    session: Session, data: CampaignInput, campaign_id: int | None = None, actor: str = ""
) -> Campaign:
    """Create or change a campaign.

    Raises:
        ValidationError: no name, an end before the start, or a multiplier outside ×1–×10.
        NotFoundError: ``campaign_id`` does not exist.
    """
    name = data.name.strip()
    if not name or len(name) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A campaign needs a name of up to 200 characters."),
            "name",
        )
    if data.ends_on < data.starts_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A campaign cannot end before it starts."), "ends_on"
        )
    if not NO_MULTIPLIER <= data.multiplier_bp <= 100_000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The campaign multiplier must be between ×1 and ×10."),
            "multiplier_bp",
        )
    if campaign_id is None:
        campaign = Campaign(name=name, starts_on=data.starts_on, ends_on=data.ends_on)
    else:
        found = session.get(Campaign, campaign_id)
        if found is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "That campaign no longer exists."))
        campaign = found
    campaign.name = name
    campaign.starts_on = data.starts_on
    campaign.ends_on = data.ends_on
    campaign.multiplier_bp = int(data.multiplier_bp)
    campaign.active = bool(data.active)
    session.add(campaign)
    session.flush()
    audit.record(session, "save", "campaign", campaign.id, actor, name=name,
                 starts_on=data.starts_on, ends_on=data.ends_on,
                 multiplier_bp=data.multiplier_bp, active=data.active)
    return campaign


def next_hpn_year(today: date) -> int:
    """The year of the next Hari Pelanggan Nasional (4 September), today's included."""
    return today.year if today <= date(today.year, 9, 4) else today.year + 1


def add_hpn_campaign(session: Session, year: int, actor: str = "") -> Campaign:
    """The Hari Pelanggan Nasional preset: 4 September of ``year``, points ×2 (once a year)."""
    day = date(year, 9, 4)
    name = HPN_NAME.format(year=year)
    existing: Campaign | None = session.execute(
        select(Campaign).where(col(Campaign.name) == name)
    ).scalars().first()
    if existing is not None:
        return existing
    return save_campaign(session, CampaignInput(name, day, day, 20_000), actor=actor)


def campaign_multiplier(session: Session, on: date) -> tuple[int, str]:
    """The highest active campaign multiplier on ``on`` and its campaign's name."""
    row = session.execute(
        select(col(Campaign.multiplier_bp), col(Campaign.name))
        .where(col(Campaign.active).is_(True), col(Campaign.starts_on) <= on,
               col(Campaign.ends_on) >= on)
        .order_by(col(Campaign.multiplier_bp).desc(), col(Campaign.id))
        .limit(1)
    ).first()
    if row is None:
        return NO_MULTIPLIER, ""
    return int(row[0]), str(row[1])


# -- birthdays -----------------------------------------------------------------------------
def birthday_due(born: date, on: date, grace_days: int) -> date | None:
    """The birthday ``on`` is on or up to ``grace_days`` after; else None.

    Last year's birthday counts too, so a birthday in the last days of December is still
    celebrated when the shop first opens BizCare in January.
    """
    for year in (on.year, on.year - 1):
        celebrated = birthday_in(year, born)
        if celebrated <= on <= celebrated + timedelta(days=grace_days):
            return celebrated
    return None


def grant_birthday_bonuses(session: Session, on: date | None = None) -> int:
    """Give the birthday bonus to every external member whose birthday is due; returns how many.

    Idempotent: a member who already has a birthday bonus dated in the year of the birthday
    being celebrated gets none.
    """
    day = on or date.today()
    settings = load_loyalty_settings(session)
    if settings.birthday_bonus <= 0:
        return 0
    hold(session, LOYALTY_RUN)  # two windows starting at once give one bonus, not two
    start = day - timedelta(days=settings.birthday_grace_days)
    candidates = session.execute(
        select(col(Customer.id), col(Customer.birth_date)).where(
            col(Customer.kind) == CustomerKind.EXTERNAL,
            col(Customer.archived).is_(False),
            col(Customer.merged_into_id).is_(None),
            col(Customer.birth_date).is_not(None),
            _month_day_between(start, day),
        )
    ).all()
    done = {
        (cid, when.year) for (cid, when) in session.execute(
            select(col(LoyaltyEntry.customer_id), col(LoyaltyEntry.occurred_on)).where(
                col(LoyaltyEntry.kind) == LedgerKind.BONUS,
                col(LoyaltyEntry.reason) == BIRTHDAY_REASON,
                col(LoyaltyEntry.occurred_on) >= date(day.year - 1, 1, 1),
                col(LoyaltyEntry.occurred_on) <= date(day.year, 12, 31),
            )
        )
    }  # fmt: skip
    granted = 0
    for cid, born in candidates:
        celebrated = birthday_due(born, day, settings.birthday_grace_days)
        if celebrated is None or (cid, celebrated.year) in done:
            continue
        add_entry(
            session, customer_id=cid, program=LoyaltyProgram.CUSTOMER, kind=LedgerKind.BONUS,
            points=settings.birthday_bonus, occurred_on=celebrated, reason=BIRTHDAY_REASON,
            expires_on=expiry_for(celebrated, settings.expiry_months),
        )  # fmt: skip
        granted += 1
    return granted


def _month_day_between(start: date, end: date):  # type: ignore[no-untyped-def]
    """SQL filter: the birth month-day falls in ``start``…``end`` (a narrow pre-filter).

    29 February is always let through; :func:`birthday_due` decides exactly in Python.
    """
    birth = col(Customer.birth_date)
    md = extract("month", birth) * 100 + extract("day", birth)
    leap = md == 229
    lo, hi = start.month * 100 + start.day, end.month * 100 + end.day
    if lo <= hi:
        return md.between(lo, hi) | leap
    return (md >= lo) | (md <= hi) | leap
