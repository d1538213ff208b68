"""Loyalty never drifts from its ledger: the points a member can spend today are the ledger
sum after every write, and nothing is written off ahead of today.

A kwitansi dated in the past can earn points whose expiry has already passed; they are
written off in the same transaction, so ``loyalty balance`` and the ledger sum agree without
waiting for the next expiry run. Expiry as of a later day (``--date 9999-12-31``) is refused.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from bizcare.domain.enums import LedgerKind
from bizcare.domain.errors import BizCareError, ValidationError
from bizcare.domain.models import LoyaltyEntry
from bizcare.services import loyalty
from bizcare.services.loyalty.settings import LoyaltySettings
from tests.pg import needs_postgres
from tests.services import loyalty_helpers as h

TODAY = date(2027, 6, 1)


def ledger(session: Session, customer_id: int) -> list[LoyaltyEntry]:
    return list(session.exec(select(LoyaltyEntry).where(LoyaltyEntry.customer_id == customer_id)
                             .order_by(LoyaltyEntry.id)))  # fmt: skip


def agree(session: Session, customer_id: int) -> int:
    """The spendable points today, after checking they are the ledger sum every way."""
    total = sum(e.points for e in ledger(session, customer_id))
    assert loyalty.balance(session, customer_id) == total
    assert loyalty.member_status(session, customer_id).points == total
    rows = loyalty.history(session, customer_id)
    assert (rows[-1].balance if rows else 0) == total
    return total


@pytest.mark.parametrize("database", ["db", pytest.param("pg", marks=needs_postgres)])
def test_a_back_dated_kwitansi_earns_and_lapses_in_one_transaction(
    request: pytest.FixtureRequest, set_today, database: str
) -> None:  # type: ignore[no-untyped-def]
    set_today(TODAY)
    db = request.getfixturevalue(database)
    with db.session() as s:
        c = h.customer(s)
        cid = c.id
        loyalty.earn_for_receipt(s, h.receipt(s, c, 500_000, date(2027, 1, 10)))  # still valid
        assert loyalty.earn_for_receipt(s, h.receipt(s, c, 3_000_000, date(2026, 3, 1))) == 300
    with db.session(write=False) as s:
        kinds = [(e.kind, e.points, e.occurred_on) for e in ledger(s, cid)]
        assert kinds == [
            (LedgerKind.EARN, 50, date(2027, 1, 10)),
            (LedgerKind.EARN, 300, date(2026, 3, 1)),
            (LedgerKind.EXPIRE, -300, date(2027, 3, 1)),  # written off as it lapsed
        ]
        assert agree(s, cid) == 50
        assert loyalty.expire_points(s) == (0, 0)  # nothing left for the next run


@pytest.mark.parametrize("database", ["db", pytest.param("pg", marks=needs_postgres)])
def test_expiry_as_of_a_later_day_is_refused_and_writes_nothing(
    request: pytest.FixtureRequest, set_today, database: str
) -> None:  # type: ignore[no-untyped-def]
    set_today(date(2026, 6, 1))
    db = request.getfixturevalue(database)
    with db.session() as s:
        c = h.customer(s)
        cid = c.id
        loyalty.earn_for_receipt(s, h.receipt(s, c, 1_000_000, date(2026, 5, 1)))
    for later in (date(2026, 6, 2), date(9999, 12, 31)):
        for run in (lambda s, day=later: loyalty.expire_points(s, day),
                    lambda s, day=later: loyalty.run_daily(s, day)):  # fmt: skip
            with pytest.raises(ValidationError, match="today or earlier"), db.session() as s:
                run(s)
    with db.session(write=False) as s:
        assert [e.kind for e in ledger(s, cid)] == [LedgerKind.EARN]
        assert agree(s, cid) == 100


def test_a_redemption_dated_ahead_writes_nothing_off(session: Session, set_today) -> None:  # type: ignore[no-untyped-def]
    set_today(date(2026, 6, 1))
    loyalty.save_loyalty_settings(session, LoyaltySettings(redeem_minimum=1))
    c = h.customer(session)
    loyalty.earn_for_receipt(session, h.receipt(session, c, 1_000_000, date(2025, 6, 10)))
    loyalty.earn_for_receipt(session, h.receipt(session, c, 500_000, date(2026, 5, 1)))
    loyalty.redeem_points(session, c.id, 20, date(2026, 6, 20))  # lot 1 lapses on 10 June
    assert [e.kind for e in ledger(session, c.id)] == [
        LedgerKind.EARN, LedgerKind.EARN, LedgerKind.REDEEM]
    assert agree(session, c.id) == 130


_codes = itertools.count(1)
_days_back = st.integers(min_value=0, max_value=900)
_steps = st.lists(
    st.one_of(
        st.tuples(st.just("earn"), st.integers(10_000, 5_000_000), _days_back),
        st.tuples(st.just("redeem"), st.integers(1, 400), _days_back),
        st.tuples(st.just("expire"), st.just(0), _days_back),
        st.tuples(st.just("adjust"), st.integers(-300, 300).filter(bool), _days_back),
        st.tuples(st.just("void"), st.integers(0, 20), _days_back),
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=_steps)
def test_spendable_points_are_the_ledger_sum_after_any_writes(
    session: Session, set_today, steps: list[tuple[str, int, int]]
) -> None:  # type: ignore[no-untyped-def]
    """Earn on any day up to today, redeem, adjust, void a kwitansi, expire as of any day
    up to today: after each, what can be spent today is the ledger sum."""
    set_today(TODAY)
    loyalty.save_loyalty_settings(session, LoyaltySettings(redeem_minimum=1))
    c = h.customer(session, f"PLG-{next(_codes):06d}")
    receipts = []
    for action, amount, back in steps:
        day = TODAY - timedelta(days=back)
        try:
            with session.begin_nested():  # a refused step changes nothing, as in the app
                if action == "earn":
                    receipt = h.receipt(session, c, amount, day)
                    loyalty.earn_for_receipt(session, receipt)
                    receipts.append(receipt)
                elif action == "redeem":
                    loyalty.redeem_points(session, c.id, amount, day)
                elif action == "expire":
                    loyalty.expire_points(session, day)
                elif action == "adjust":
                    loyalty.adjust_points(session, c.id, amount, "koreksi", day)
                elif receipts:
                    receipt = receipts.pop(amount % len(receipts))
                    h.void(session, receipt)
                    loyalty.reverse_for_receipt(session, receipt, "batal",
                                                max(day, receipt.issued_on))  # fmt: skip
        except BizCareError:
            pass
        agree(session, c.id)
