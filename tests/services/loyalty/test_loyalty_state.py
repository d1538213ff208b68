"""A state machine over random payments, voids, redemptions, adjustments, expiries, birthday
runs and date jumps.

Whatever happens, the balance is the ledger sum, it never goes negative at any entry, nothing
past its expiry stays spendable after an expiry run, each payment earns what an independent
computation says, tiers match an independent computation from the payments, and birthday
bonuses come once a year on the right day (29 February → 28 February in other years).
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlmodel import select

from bizcare.domain import clock
from bizcare.domain.errors import InsufficientPointsError
from bizcare.domain.models import LoyaltyEntry, Receipt
from bizcare.services import loyalty
from bizcare.services.database import open_database
from bizcare.services.loyalty.fifo import add_months, birthday_in
from bizcare.services.loyalty.ledger import fifo_state
from tests.services import loyalty_helpers as h

_TEMPLATE: Path | None = None


def _template() -> Path:
    """One migrated database, copied for every run (migrating each time is slow)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        folder = Path(tempfile.mkdtemp(prefix="loyalty-sm-"))
        db = open_database(folder / "template.db")
        db.dispose()
        _TEMPLATE = folder / "template.db"
    return _TEMPLATE


def independent_tier(spend: int) -> str:
    return "Platinum" if spend >= 20_000_000 else "Gold" if spend >= 5_000_000 else "Silver"


HPN_UNTIL = 2050  # Hari Pelanggan Nasional presets are added up to this year
BORN = (date(1992, 2, 29), date(1990, 9, 4))  # a leap-day birthday and one on HPN day
TIER_BP = {"Silver": 10_000, "Gold": 12_500, "Platinum": 15_000}


class LoyaltyMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="loyalty-run-"))
        shutil.copyfile(_template(), self.folder / "db.sqlite")
        self.db = open_database(self.folder / "db.sqlite", migrate=False)
        self.today = date(2025, 8, 1)
        # The shop's "today" is the machine's: expiry refuses later days, and a lot that
        # has lapsed by today is written off when it is earned.
        self.clock = mock.patch.object(clock, "today", lambda: self.today)
        self.clock.start()
        self.payments: list[dict] = []  # receipt id, customer, amount, day, void
        with self.db.session() as s:
            self.customers = [
                h.customer(s, f"PLG-00000{i}", f"Member {i}", birth_date=BORN[i - 1]).id
                for i in (1, 2)]
            for year in range(2025, HPN_UNTIL):
                loyalty.add_hpn_campaign(s, year)

    def teardown(self) -> None:
        self.clock.stop()
        self.db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    def spend(self, cid: int, on: date, before_id: int | None = None) -> int:
        start = add_months(on, -12) + timedelta(days=1)
        return sum(
            p["amount"] for p in self.payments
            if p["cid"] == cid and not p["void"] and start <= p["day"] <= on
            and (before_id is None or p["id"] != before_id)
        )

    @rule(who=st.integers(0, 1), amount=st.integers(1_000, 12_000_000))
    def pay(self, who: int, amount: int) -> None:
        cid = self.customers[who]
        with self.db.session() as s:
            r = h.receipt(s, loyalty.member_by_code(s, f"PLG-00000{who + 1}"), amount,
                          self.today)
            got = loyalty.earn_for_receipt(s, r)
            rid = r.id
        tier = independent_tier(self.spend(cid, self.today))
        hpn = (self.today.month, self.today.day) == (9, 4) and self.today.year < HPN_UNTIL
        campaign = 20_000 if hpn else 10_000
        assert got == amount * TIER_BP[tier] * campaign // (10_000 * 10_000 * 10_000)
        self.payments.append({"id": rid, "cid": cid, "amount": amount, "day": self.today,
                              "void": False})

    @precondition(lambda self: any(not p["void"] for p in self.payments))
    @rule(data=st.data())
    def void(self, data: st.DataObject) -> None:
        live = [p for p in self.payments if not p["void"]]
        p = data.draw(st.sampled_from(live))
        with self.db.session() as s:
            r = s.get(Receipt, p["id"])
            h.void(s, r)
            loyalty.reverse_for_receipt(s, r, "batal", self.today)
        p["void"] = True

    @rule(who=st.integers(0, 1), points=st.integers(100, 3_000))
    def redeem(self, who: int, points: int) -> None:
        cid = self.customers[who]
        before = self.entry_count()
        try:
            with self.db.session() as s:
                loyalty.redeem_points(s, cid, points, self.today)
        except InsufficientPointsError:
            assert self.entry_count() == before  # nothing written, not even expiry

    @rule()
    def expire(self) -> None:
        with self.db.session() as s:
            loyalty.expire_points(s, self.today)
        with self.db.session() as s:
            assert loyalty.expire_points(s, self.today) == (0, 0)
            for cid in self.customers:
                state = fifo_state(s, cid)
                assert state.due(self.today) == []
                assert loyalty.member_status(s, cid, self.today).points == \
                    loyalty.balance(s, cid)

    @rule()
    def birthdays(self) -> None:
        with self.db.session() as s:
            loyalty.grant_birthday_bonuses(s, self.today)

    @rule(who=st.integers(0, 1), points=st.integers(-500, 500).filter(bool))
    def adjust(self, who: int, points: int) -> None:
        before = self.entry_count()
        try:
            with self.db.session() as s:
                loyalty.adjust_points(s, self.customers[who], points, "koreksi", self.today)
        except InsufficientPointsError:
            assert points < 0 and self.entry_count() == before

    @rule(days=st.integers(1, 200))
    def jump(self, days: int) -> None:
        self.today += timedelta(days=days)

    def entry_count(self) -> int:
        with self.db.session(write=False) as s:
            return len(s.exec(select(LoyaltyEntry.id)).all())

    @invariant()
    def ledger_adds_up(self) -> None:
        with self.db.session(write=False) as s:
            rows = s.exec(select(LoyaltyEntry).order_by(LoyaltyEntry.id)).all()
            for cid in self.customers:
                mine = [e.points for e in rows if e.customer_id == cid]
                assert loyalty.balance(s, cid) == sum(mine)
                running = 0
                for points in mine:
                    running += points
                    assert running >= 0
                years = [e.occurred_on for e in rows if e.customer_id == cid
                         and e.reason == loyalty.BIRTHDAY_REASON]
                assert len({d.year for d in years}) == len(years)  # once a year
                born = BORN[self.customers.index(cid)]
                assert all(d == birthday_in(d.year, born) for d in years)
                status = loyalty.member_status(s, cid, self.today)
                assert 0 <= status.points <= sum(mine)
                assert status.tier == independent_tier(self.spend(cid, self.today))


LoyaltyMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestLoyaltyMachine = LoyaltyMachine.TestCase
