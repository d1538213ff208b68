"""The loyalty programme's settings and tiers, validated before anything is saved.

Settings live in the ``setting`` key/value table under keys prefixed ``loyalty.`` (one row per
field, JSON-encoded), next to the general settings of :mod:`bizcare.services.settings`.
Tiers live in ``loyalty_tier``; until the owner saves their own, the defaults below apply
(Silver / Gold / Platinum on rolling 12-month paid spend).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlmodel import Session, col, select

from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import LoyaltyTier, Setting
from bizcare.services import audit

PREFIX = "loyalty."
MAX_POINTS = 10**9


@dataclass(frozen=True)
class LoyaltySettings:
    """Every programme setting with its default.

    Attributes:
        rupiah_per_point: paid Rupiah (excluding PPN) that earn one point, rounded down.
        earn_on_ppn: 1 = points are earned on the amount paid including PPN, 0 (default)
            = on the amount paid excluding PPN.
        min_purchase: a purchase (invoice excluding PPN, or a cash sale) below this earns
            nothing.
        expiry_months: points expire this many months after they were earned (0 = never),
            first in, first out.
        redeem_value: Rupiah of discount one point is worth on a new invoice.
        redeem_minimum: the fewest points one redemption may use.
        birthday_bonus: points given once a year on the birthday (0 = off).
        birthday_grace_days: a birthday missed by up to this many days (BizCare not opened)
            is still celebrated.
        internal_points: internal appreciation points for a request completed on time with
            a good rating (0 = off).
        internal_min_rating: the lowest rating (1–5) that counts as good.
    """

    rupiah_per_point: int = 10_000
    earn_on_ppn: int = 0
    min_purchase: int = 0
    expiry_months: int = 12
    redeem_value: int = 100
    redeem_minimum: int = 100
    birthday_bonus: int = 50
    birthday_grace_days: int = 7
    internal_points: int = 10
    internal_min_rating: int = 4


@dataclass(frozen=True)
class TierSpec:
    """A tier as the settings form edits it; ``multiplier_bp`` 12500 = ×1,25."""

    name: str
    min_spend: int
    multiplier_bp: int = 10_000


DEFAULT_TIERS: tuple[TierSpec, ...] = (
    TierSpec("Silver", 0, 10_000),
    TierSpec("Gold", 5_000_000, 12_500),
    TierSpec("Platinum", 20_000_000, 15_000),
)


def load_loyalty_settings(session: Session) -> LoyaltySettings:
    """The stored settings over the defaults (an unreadable value falls back to its default)."""
    keys = [PREFIX + f.name for f in fields(LoyaltySettings)]
    rows = session.exec(select(Setting).where(col(Setting.key).in_(keys)))
    values: dict[str, Any] = {}
    for row in rows:
        try:
            value = json.loads(row.value)
        except ValueError:
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            values[row.key.removeprefix(PREFIX)] = value
    return replace(LoyaltySettings(), **values)


_LIMITS: dict[str, tuple[int, int, str]] = {
    "rupiah_per_point": (1, 10**9, QT_TRANSLATE_NOOP(
        "errors", "The earn rate must be at least Rp1 per point.")),
    "earn_on_ppn": (0, 1, QT_TRANSLATE_NOOP(
        "errors", "Points are earned either with or without PPN.")),
    "min_purchase": (0, 10**12, QT_TRANSLATE_NOOP(
        "errors", "The minimum purchase must be zero or more.")),
    "expiry_months": (0, 120, QT_TRANSLATE_NOOP(
        "errors", "Points expire after 0 to 120 months (0 = never).")),
    "redeem_value": (1, 10**9, QT_TRANSLATE_NOOP(
        "errors", "A point must be worth at least Rp1.")),
    "redeem_minimum": (1, MAX_POINTS, QT_TRANSLATE_NOOP(
        "errors", "The minimum redemption must be at least 1 point.")),
    "birthday_bonus": (0, MAX_POINTS, QT_TRANSLATE_NOOP(
        "errors", "The birthday bonus must be zero or more points.")),
    "birthday_grace_days": (0, 60, QT_TRANSLATE_NOOP(
        "errors", "A missed birthday can be celebrated up to 60 days late.")),
    "internal_points": (0, MAX_POINTS, QT_TRANSLATE_NOOP(
        "errors", "Appreciation points must be zero or more.")),
    "internal_min_rating": (1, 5, QT_TRANSLATE_NOOP(
        "errors", "A good rating is between 1 and 5.")),
}


def validate_loyalty_settings(s: LoyaltySettings) -> LoyaltySettings:
    """A cleaned copy, or ``ValidationError`` naming the first field out of range."""
    clean: dict[str, int] = {}
    for name, (low, high, message) in _LIMITS.items():
        value = getattr(s, name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(message, name)
        clean[name] = value
    return replace(s, **clean)


def save_loyalty_settings(
    session: Session, settings: LoyaltySettings, actor: str = ""
) -> LoyaltySettings:
    """Validate and store every field; changed values are audited."""
    clean = validate_loyalty_settings(settings)
    old = load_loyalty_settings(session)
    for key, value in asdict(clean).items():
        session.merge(Setting(key=PREFIX + key, value=json.dumps(value)))
    changed = {k: v for k, v in asdict(clean).items() if getattr(old, k) != v}
    if changed:
        audit.record(session, "update", "loyalty_settings", None, actor, **changed)
    return clean


# -- tiers ---------------------------------------------------------------------------------
def list_tiers(session: Session) -> list[TierSpec]:
    """The tiers by rising threshold: the saved ones, or the defaults before any are saved."""
    rows = session.exec(select(LoyaltyTier).order_by(col(LoyaltyTier.min_spend)))
    tiers = [TierSpec(r.name, r.min_spend, r.multiplier_bp) for r in rows]
    return tiers or list(DEFAULT_TIERS)


def tier_for_spend(tiers: Sequence[TierSpec], spend: int) -> TierSpec | None:
    """The highest tier whose threshold ``spend`` reaches (None below the first one)."""
    reached = None
    for tier in sorted(tiers, key=lambda t: t.min_spend):
        if spend >= tier.min_spend:
            reached = tier
    return reached


def save_tiers(session: Session, tiers: Sequence[TierSpec], actor: str = "") -> list[TierSpec]:
    """Replace the tiers (matched by name so reward rules keep pointing at theirs).

    Raises:
        ValidationError: a blank or repeated name, a negative threshold, two tiers with the
            same threshold, or a multiplier below ×1 or above ×10.
    """
    clean = _validate_tiers(tiers)
    existing = {row.name: row for row in session.exec(select(LoyaltyTier))}
    for spec in clean:
        row = existing.pop(spec.name, None) or LoyaltyTier(name=spec.name)
        row.min_spend = spec.min_spend
        row.multiplier_bp = spec.multiplier_bp
        session.add(row)
    for row in existing.values():
        session.delete(row)
    session.flush()
    audit.record(session, "update", "loyalty_tiers", None, actor,
                 tiers=[asdict(t) for t in clean])
    return clean


def tier_id_by_name(session: Session, name: str) -> int | None:
    """The stored id of tier ``name`` (the defaults are stored on first use by a rule)."""
    if not session.exec(select(LoyaltyTier)).first():
        save_tiers(session, DEFAULT_TIERS, actor="system")
    row = session.exec(select(LoyaltyTier).where(LoyaltyTier.name == name)).first()
    return row.id if row is not None else None


def _validate_tiers(tiers: Sequence[TierSpec]) -> list[TierSpec]:
    clean: list[TierSpec] = []
    for tier in tiers:
        name = tier.name.strip()
        if not name or len(name) > 50:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Every tier needs a name of up to 50 characters."),
                "tiers",
            )
        if tier.min_spend < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The spend threshold of {name} must be zero or more."),
                "tiers", name=name,
            )
        if not 10_000 <= tier.multiplier_bp <= 100_000:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The multiplier of {name} must be between ×1 and ×10."),
                "tiers", name=name,
            )
        clean.append(TierSpec(name, int(tier.min_spend), int(tier.multiplier_bp)))
    names = [t.name.casefold() for t in clean]
    spends = [t.min_spend for t in clean]
    if len(set(names)) != len(names) or len(set(spends)) != len(spends):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Tier names and spend thresholds must all differ."),
            "tiers",
        )
    return sorted(clean, key=lambda t: t.min_spend)


def tier_names_by_id(session: Session) -> dict[int, str]:
    """Stored tiers by id (for showing "reaching Gold" rules); read-only."""
    return {row.id or 0: row.name for row in session.exec(select(LoyaltyTier))}
