"""Demo loyalty ledger, written the way the loyalty service would have written it day by day.

One member at a time, in date order:

* earn on every kwitansi: paid Rupiah excluding PPN ÷ Rp10.000, × the tier multiplier (tier
  from the Rupiah paid on earlier kwitansi in the rolling 12 months up to that day), × the
  campaign multiplier on Hari Pelanggan Nasional, rounded down on the invoice's running
  total so instalments lose nothing; the kwitansi's ``points_earned`` shows the same number;
* bonus: a welcome bonus for members who signed up (marketing consent) on the day they
  joined, and the birthday bonus every year (29 February celebrated on 28 February in other
  years), as the daily start-up job grants it;
* redeem: now and then a reward handed over at a visit, points taken first in, first out;
* expire: what is left of a lot once its 12 months are over, naming the lot in
  ``reverses_id``.

Reasons are the loyalty area's English source strings (the loyalty tab translates them).
"""

from __future__ import annotations

import calendar
from collections import deque
from datetime import date, datetime, timedelta
from random import Random
from typing import Any

from bizcare.domain.enums import LedgerKind, LoyaltyProgram
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.money import BP
from bizcare.services.demo.catalogue import WELCOME_BONUS
from bizcare.services.demo.common import Calendar, Row, add_months, office_time, stamp
from bizcare.services.demo.customers import Person

RUPIAH_PER_POINT = 10_000
EXPIRY_MONTHS = 12
BIRTHDAY_BONUS = 50
BIRTHDAY_GRACE_DAYS = 7
REDEEM_CHANCE = 0.18
WELCOME_REASON = QT_TRANSLATE_NOOP("loyalty", "Welcome bonus")
BIRTHDAY_REASON = QT_TRANSLATE_NOOP("loyalty", "Birthday bonus")  # as the loyalty service
EXPIRE_REASON = QT_TRANSLATE_NOOP("loyalty", "Expired (first in, first out)")
_EARN, _BONUS, _REDEEM, _EXPIRE = (k.value for k in (
    LedgerKind.EARN, LedgerKind.BONUS, LedgerKind.REDEEM, LedgerKind.EXPIRE))
_CUSTOMER = LoyaltyProgram.CUSTOMER.value


def birthday_in(year: int, born: date) -> date:
    """The birthday celebrated in ``year``: 29 February becomes 28 February in other years."""
    if born.month == 2 and born.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return born.replace(year=year)


class Ledger:
    """Writes the customer programme's ledger entries for one member after another."""

    def __init__(self, rng: Random, cal: Calendar, tiers: list[tuple[int, int]],
                 rewards: list[Row], campaign_days: set[date]) -> None:
        self.rng, self.cal = rng, cal
        self.tiers = sorted(tiers)  # (min_spend, multiplier_bp)
        self.rewards = sorted(rewards, key=lambda r: r["points_cost"])
        self.stock = {r["name"]: r["stock"] for r in rewards}
        self.campaign_days = campaign_days
        self.entries: list[Row] = []
        self.redemptions: list[tuple[Row, Person, Row]] = []  # (entry, member, reward)

    def run(self, person: Person, receipts: list[Row], visits: list[date]) -> None:
        """Earn on ``receipts``, bonuses, maybe redeem at ``visits``, expire what lapsed."""
        cid = person.row["id"]
        lots: deque[list[Any]] = deque()  # [entry, remaining], oldest first
        events: list[tuple[date, int, datetime | None, Row | None]] = []
        if person.row["marketing_consent"]:
            events.append((person.joined, 0, None, None))
        born = person.row["birth_date"]
        if born is not None and not person.row["archived"] and self.cal.days:
            grace = self.cal.today - timedelta(days=BIRTHDAY_GRACE_DAYS)
            for year in range(self.cal.start.year, self.cal.today.year + 1):
                day = birthday_in(year, born)
                # Granted at the first start on or after the birthday (within the grace).
                if self.cal.start <= day <= self.cal.today and (
                        person.joined <= day or day >= grace):
                    events.append((day, 1, None, None))
        events += [(r["issued_on"], 2, r["created_at"], r) for r in receipts]
        events += [(day, 3, None, None) for day in visits]
        events.sort(key=lambda e: (e[0], e[1], e[2] or stamp(e[0], 0)))
        window: deque[tuple[date, int]] = deque()  # (day, amount) of earlier kwitansi
        spend = 0
        paid_on_invoice: dict[int, int] = {}
        for day, kind, _, receipt in events:
            self._expire(cid, lots, day)
            if kind == 0:
                self._lot(cid, lots, _BONUS, WELCOME_BONUS, day, WELCOME_REASON)
            elif kind == 1:
                self._lot(cid, lots, _BONUS, BIRTHDAY_BONUS, day, BIRTHDAY_REASON)
            elif kind == 2 and receipt is not None:
                start = add_months(day, -12) + timedelta(days=1)
                while window and window[0][0] < start:
                    spend -= window.popleft()[1]
                points = self._points(receipt, spend, day, paid_on_invoice)
                window.append((day, receipt["amount"]))
                spend += receipt["amount"]
                receipt["points_earned"] = points
                if points > 0:
                    entry = self._entry(cid, _EARN, points, day, receipt["created_at"],
                                        receipt=receipt)
                    lots.append([entry, points])
            elif kind == 3 and self.rng.random() < REDEEM_CHANCE:
                self._redeem(person, lots, day)
        self._expire(cid, lots, self.cal.today)

    def _points(self, receipt: Row, spend: int, day: date, paid_on: dict[int, int]) -> int:
        multiplier = BP
        for min_spend, tier_bp in self.tiers:
            if spend >= min_spend:
                multiplier = tier_bp
        campaign = 20_000 if day in self.campaign_days else BP
        amount = receipt["amount"]
        invoice = receipt["invoice_id"]
        if isinstance(invoice, dict):
            total, base = invoice["total"], invoice["total"] - invoice["ppn"]
            before = paid_on.get(id(invoice), 0)
            paid_on[id(invoice)] = before + amount
        else:
            total = base = amount
            before = 0
        den = total * RUPIAH_PER_POINT * BP * BP
        factor = base * multiplier * campaign
        return int((before + amount) * factor // den - before * factor // den)

    def _lot(self, cid: int, lots: deque[list[Any]], kind: str, points: int, day: date,
             reason: str) -> None:
        entry = self._entry(cid, kind, points, day, office_time(self.rng, day, 7, 8),
                            reason=reason)
        lots.append([entry, points])

    def _redeem(self, person: Person, lots: deque[list[Any]], day: date) -> None:
        balance = sum(remaining for _, remaining in lots)
        choices = [r for r in self.rewards
                   if r["points_cost"] <= balance and self.stock[r["name"]] != 0]
        if not choices:
            return
        reward = self.rng.choice(choices[:4])
        if self.stock[reward["name"]] is not None:
            self.stock[reward["name"]] -= 1
        cost = reward["points_cost"]
        at = office_time(self.rng, day)
        if self.entries and self.entries[-1]["created_at"] >= at:  # after the day's purchase
            at = self.entries[-1]["created_at"] + timedelta(minutes=self.rng.randint(1, 30))
        entry = self._entry(person.row["id"], _REDEEM, -cost, day, at, reward=reward,
                            reason=reward["name"])
        self.redemptions.append((entry, person, reward))
        while cost:
            lot = lots[0]
            take = min(cost, lot[1])
            lot[1] -= take
            cost -= take
            if not lot[1]:
                lots.popleft()

    def _expire(self, cid: int, lots: deque[list[Any]], day: date) -> None:
        while lots and lots[0][0]["expires_on"] <= day:
            entry, remaining = lots.popleft()
            lapse = entry["expires_on"]
            self._entry(cid, _EXPIRE, -remaining, lapse, stamp(lapse, 0, 5), reverses=entry,
                        reason=EXPIRE_REASON)

    def _entry(self, cid: int, kind: str, points: int, day: date, at: datetime, *,
               receipt: Row | None = None, reward: Row | None = None,
               reverses: Row | None = None, reason: str = "") -> Row:
        entry: Row = {
            "customer_id": cid, "program": _CUSTOMER, "kind": kind, "points": points,
            "occurred_on": day,
            "expires_on": add_months(day, EXPIRY_MONTHS) if points > 0 else None,
            "receipt_id": receipt, "reward_id": reward, "reverses_id": reverses,
            "reason": reason, "created_at": at,
        }
        self.entries.append(entry)
        return entry
