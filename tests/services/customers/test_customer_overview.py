"""The customer overview: money owed, the latest documents and loyalty, as exact figures."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from bizcare.domain.enums import InvoiceStatus, LoyaltyProgram
from bizcare.domain.errors import NotFoundError
from bizcare.services.billing import (
    OVERDUE,
    ageing,
    issue_cash_receipt,
    record_payment,
    void_invoice,
)
from bizcare.services.customers.overview import customer_overview
from bizcare.services.loyalty import EVERY_POINTS, RuleInput, adjust_points, save_rule
from tests.services.billing_helpers import line, make_customer, make_invoice

AS_OF = date(2026, 11, 24)


@pytest.fixture
def budi(session: Session) -> int:
    """Budi: a paid, an overdue, a partly paid, an issued invoice, a draft and a void one.

    Payments (10,000 Rupiah per point; Gold from Rp5.000.000 spent in 12 months, ×1,25):
    5 Aug 4,800,000 on INV D (Silver, 480 points), 1 Nov cash 200,000 (Silver, 20),
    15 Nov 500,000 on INV B (spend before 5,000,000 = Gold: 50 × 1,25 = 62). A rule gives a
    Rp50.000 voucher for every 500 points earned: the first one on 1 November.
    """
    save_rule(session, RuleInput("Voucher 500 poin", EVERY_POINTS, 500, 50_000))
    customer = make_customer(session)
    cid = customer.id or 0
    paid = make_invoice(session, customer, [line(price=4_800_000)], on=date(2026, 8, 1),
                        due=date(2026, 8, 15))
    record_payment(session, paid.id or 0, 4_800_000, paid_on=date(2026, 8, 5))
    make_invoice(session, customer, [line(price=750_000)], on=date(2026, 9, 15),
                 due=date(2026, 10, 15))
    issue_cash_receipt(session, cid, 200_000, "Pembelian freon", paid_on=date(2026, 11, 1))
    partial = make_invoice(session, customer, [line(price=2_000_000)], on=date(2026, 11, 10),
                           due=date(2026, 12, 10))
    record_payment(session, partial.id or 0, 500_000, paid_on=date(2026, 11, 15))
    make_invoice(session, customer, [line(price=1_000_000)], on=date(2026, 11, 20),
                 due=date(2026, 12, 20))
    voided = make_invoice(session, customer, [line(price=300_000)], on=date(2026, 11, 21))
    void_invoice(session, voided.id or 0, "Salah input")
    make_invoice(session, customer, [line(price=90_000)], on=date(2026, 11, 22), issue=False)
    return cid


def test_money_owed_and_overdue(session: Session, budi: int) -> None:
    o = customer_overview(session, budi, AS_OF)
    assert o.outstanding == 1_000_000 + 1_500_000 + 750_000
    assert (o.overdue_amount, o.overdue_count) == (750_000, 1)


def test_latest_invoices_newest_first_with_status_and_balance(session: Session,
                                                              budi: int) -> None:
    o = customer_overview(session, budi, AS_OF)
    assert o.invoice_count == 6
    shown = [(i.number, i.issue_date, i.total, i.outstanding, i.status) for i in o.invoices]
    assert shown == [
        (None, date(2026, 11, 22), 90_000, 0, InvoiceStatus.DRAFT),
        ("INV/2026/11/0003", date(2026, 11, 21), 300_000, 0, InvoiceStatus.VOID),
        ("INV/2026/11/0002", date(2026, 11, 20), 1_000_000, 1_000_000, InvoiceStatus.ISSUED),
        ("INV/2026/11/0001", date(2026, 11, 10), 2_000_000, 1_500_000, InvoiceStatus.PARTIAL),
        ("INV/2026/09/0001", date(2026, 9, 15), 750_000, 750_000, OVERDUE),
        ("INV/2026/08/0001", date(2026, 8, 1), 4_800_000, 0, InvoiceStatus.PAID),
    ]


def test_receipts_newest_first(session: Session, budi: int) -> None:
    o = customer_overview(session, budi, AS_OF)
    assert o.receipt_count == 3
    shown = [(r.number, r.issued_on, r.amount, r.invoice_number) for r in o.receipts]
    assert shown == [
        ("KW/2026/11/0002", date(2026, 11, 15), 500_000, "INV/2026/11/0001"),
        ("KW/2026/11/0001", date(2026, 11, 1), 200_000, None),
        ("KW/2026/08/0001", date(2026, 8, 5), 4_800_000, "INV/2026/08/0001"),
    ]


def test_points_tier_expiry_and_vouchers(session: Session, budi: int) -> None:
    o = customer_overview(session, budi, AS_OF)
    assert o.program == LoyaltyProgram.CUSTOMER and not o.is_internal
    assert o.member.points == 480 + 20 + 62
    assert o.member.tier == "Gold"
    assert o.member.spend_12m == 5_500_000
    assert (o.member.next_expiry, o.member.next_expiry_points) == (date(2027, 8, 5), 480)
    assert [(v.value, v.issued_on) for v in o.vouchers] == [(50_000, date(2026, 11, 1))]


def test_recent_limits_the_lists_not_the_counts(session: Session, budi: int) -> None:
    o = customer_overview(session, budi, AS_OF, recent=2)
    assert [i.issue_date for i in o.invoices] == [date(2026, 11, 22), date(2026, 11, 21)]
    assert len(o.receipts) == 2
    assert (o.invoice_count, o.receipt_count) == (6, 3)


def test_as_of_an_earlier_day_ignores_later_invoices_and_payments(session: Session,
                                                                  budi: int) -> None:
    o = customer_overview(session, budi, date(2026, 11, 12))
    # D paid; C overdue (750,000); B issued 10 Nov, not yet paid on 12 Nov.
    assert o.outstanding == 750_000 + 2_000_000
    assert (o.overdue_amount, o.overdue_count) == (750_000, 1)
    assert (o.member.tier, o.member.spend_12m) == ("Gold", 5_000_000)


def test_agrees_with_the_ageing_report(session: Session, budi: int) -> None:
    row = next(r for r in ageing(session, AS_OF).rows if r.customer_id == budi)
    o = customer_overview(session, budi, AS_OF)
    assert o.outstanding == row.total
    assert o.overdue_amount == sum(row.buckets[1:])


def test_new_customer_has_nothing(session: Session) -> None:
    cid = make_customer(session, "PLG-000009", "Dewi Lestari").id or 0
    o = customer_overview(session, cid, AS_OF)
    assert (o.outstanding, o.overdue_amount, o.overdue_count) == (0, 0, 0)
    assert (o.invoices, o.receipts, o.vouchers) == ([], [], [])
    assert (o.invoice_count, o.receipt_count) == (0, 0)
    assert (o.member.points, o.member.tier, o.member.next_expiry) == (0, "Silver", None)


def test_internal_customer_shows_appreciation_points_without_tier(session: Session) -> None:
    gudang = make_customer(session, "DIV-000001", "Gudang", kind="internal",
                           category="division")
    cid = gudang.id or 0
    adjust_points(session, cid, 85, "Stok opname tepat waktu", on=date(2026, 11, 2))
    o = customer_overview(session, cid, AS_OF)
    assert o.is_internal and o.program == LoyaltyProgram.INTERNAL
    assert (o.member.points, o.member.tier, o.member.next_expiry) == (85, "", None)
    assert o.vouchers == []


def test_unknown_customer_is_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError):
        customer_overview(session, 999_999, AS_OF)
