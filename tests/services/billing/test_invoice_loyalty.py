"""Points and vouchers on an invoice: chosen on the draft, deducted on issue, back on void."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlmodel import Session, col

from bizcare.domain.enums import CustomerKind, InvoiceStatus, LedgerKind
from bizcare.domain.errors import InsufficientPointsError, StateError, ValidationError
from bizcare.domain.models import AuditLog, Customer, Invoice, NumberSequence, Voucher
from bizcare.services import loyalty
from bizcare.services.billing import DraftInput, issue_invoice, save_draft, void_invoice
from bizcare.services.billing.invoice_loyalty import apply_loyalty, loyalty_offer
from bizcare.services.loyalty.settings import LoyaltySettings
from tests.services.billing_helpers import line, make_customer

TODAY = date.today()


def member(session: Session, points: int = 1_240, **extra: object) -> Customer:
    c = make_customer(session, **extra)
    if points:
        loyalty.adjust_points(session, c.id or 0, points, "Saldo awal", on=TODAY)
    return c


def draft(session: Session, c: Customer, price: int = 300_000, points: int = 0,
          voucher_id: int | None = None) -> Invoice:
    return save_draft(session, DraftInput(
        customer_id=c.id or 0, lines=[line(price=price)], issue_date=TODAY, points=points,
        voucher_id=voucher_id))


def voucher(session: Session, c: Customer, value: int = 50_000) -> Voucher:
    v = Voucher(code="VC-1A2B3C4D", customer_id=c.id or 0, value=value, issued_on=TODAY)
    session.add(v)
    session.flush()
    return v


def audits(session: Session, action: str) -> list[AuditLog]:
    return list(session.execute(
        select(AuditLog).where(col(AuditLog.action) == action)).scalars())


def test_draft_remembers_points_and_issue_deducts_them(session: Session) -> None:
    c = member(session)
    inv = draft(session, c, points=500)
    assert (inv.points_redeemed, inv.subtotal, inv.total) == (500, 300_000, 250_000)
    assert loyalty.balance(session, c.id or 0) == 1_240  # nothing while a draft
    issued = issue_invoice(session, inv.id or 0, on=TODAY)
    assert issued.status == InvoiceStatus.ISSUED
    assert issued.total == 250_000
    rows = loyalty.history(session, c.id or 0)
    assert [(r.kind, r.points, r.reason) for r in rows][-1] == (
        LedgerKind.REDEEM, -500, issued.number)
    assert loyalty.balance(session, c.id or 0) == 740


def test_points_beyond_the_total_are_not_used_and_nothing_is_left_to_pay(
    session: Session,
) -> None:
    c = member(session, points=5_000)
    inv = draft(session, c, price=110_050, points=5_000)
    assert (inv.points_redeemed, inv.total) == (1_101, 0)  # ceil(110.050 / 100)
    issued = issue_invoice(session, inv.id or 0, on=TODAY)
    assert issued.status == InvoiceStatus.PAID  # nothing left to pay
    assert loyalty.balance(session, c.id or 0) == 5_000 - 1_101


def test_draft_refuses_more_points_than_the_balance_or_under_the_minimum(
    session: Session,
) -> None:
    c = member(session, points=300)
    with pytest.raises(InsufficientPointsError):
        draft(session, c, points=400)
    with pytest.raises(ValidationError) as err:
        draft(session, c, points=50)
    assert err.value.field == "points_redeemed"
    with pytest.raises(ValidationError):
        draft(session, c, points=-5)


def test_issue_is_refused_when_the_balance_fell_short_and_nothing_changes(db: Any) -> None:
    with db.session() as s:
        c = member(s, points=600)
        cid, inv_id = c.id, draft(s, c, points=500).id
        loyalty.redeem_points(s, cid, 300, on=TODAY, reason="Hadiah payung")
    with pytest.raises(InsufficientPointsError), db.session() as s:
        issue_invoice(s, inv_id, on=TODAY)
    with db.session(write=False) as s:
        inv = s.get(Invoice, inv_id)
        assert (inv.status, inv.number) == (InvoiceStatus.DRAFT, None)
        assert loyalty.balance(s, cid) == 300
        assert s.execute(select(NumberSequence)).first() is None  # no number was taken


def test_void_gives_the_points_back_and_reopens_the_voucher(session: Session) -> None:
    c = member(session)
    v = voucher(session, c)
    inv = draft(session, c, points=200, voucher_id=v.id)
    assert (inv.voucher_id, inv.points_redeemed, inv.total) == (v.id, 200, 230_000)
    issued = issue_invoice(session, inv.id or 0, on=TODAY)
    assert v.used_on == TODAY
    assert loyalty.balance(session, c.id or 0) == 1_040
    assert loyalty.open_vouchers(session, c.id or 0) == []
    void_invoice(session, issued.id or 0, "Salah pelanggan", on=TODAY)
    assert loyalty.balance(session, c.id or 0) == 1_240
    last = loyalty.history(session, c.id or 0)[-1]
    assert (last.kind, last.points, last.reason) == (LedgerKind.REVERSE, 200, issued.number)
    assert [x.id for x in loyalty.open_vouchers(session, c.id or 0)] == [v.id]
    assert len(audits(session, "reopen")) == 1
    assert '"points_returned": 200' in audits(session, "void")[-1].detail


def test_a_voucher_cannot_be_used_by_two_invoices(session: Session) -> None:
    c = member(session)
    v = voucher(session, c)
    first, second = draft(session, c, voucher_id=v.id), draft(session, c, voucher_id=v.id)
    issue_invoice(session, first.id or 0, on=TODAY)
    with pytest.raises(StateError):
        issue_invoice(session, second.id or 0, on=TODAY)
    other = make_customer(session, code="PLG-000002", name="Sari")
    with pytest.raises(StateError):
        draft(session, other, voucher_id=v.id)


def test_internal_customers_cannot_pay_with_points(session: Session) -> None:
    c = member(session, points=0, kind=CustomerKind.INTERNAL)
    assert loyalty_offer(session, c.id or 0).status is None
    with pytest.raises(ValidationError):
        draft(session, c, points=100)


def test_offer_shows_balance_tier_and_open_vouchers(session: Session) -> None:
    c = member(session)
    v = voucher(session, c)
    offer = loyalty_offer(session, c.id or 0, on=TODAY)
    assert offer.points == 1_240
    assert [(x.id, x.code, x.value) for x in offer.vouchers] == [(v.id, v.code, 50_000)]


@given(gross=st.integers(0, 10**9), value=st.integers(0, 10**7),
       points=st.integers(0, 10**7), rate=st.integers(1, 10_000))
def test_voucher_and_points_never_exceed_the_total_nor_leave_a_remainder(
    gross: int, value: int, points: int, rate: int
) -> None:
    t = apply_loyalty(LoyaltySettings(redeem_value=rate), gross, value, points)
    assert 0 <= t.total <= gross
    assert t.points <= points
    if t.points * rate >= gross - t.voucher_amount:
        assert t.total == 0
    else:
        assert t.points_amount == t.points * rate
