"""Demo data read back through the other areas' services: they must find nothing to fix.

The loyalty start-up job must have nothing left to expire, grant or award; every kwitansi's
points must be what the earning rule gives; billing must carry on numbering where the demo
stopped; the customer checks must accept every demo customer as it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlmodel import select

from bizcare.domain.models import Customer, Invoice, LoyaltyEntry, Receipt
from bizcare.services.database import open_database
from bizcare.services.demo.run import generate
from bizcare.storage.db import Database

TODAY = date(2026, 11, 24)


@pytest.fixture
def demo(tmp_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "demo.db")
    generate(db, 200, 12, 11, today=TODAY)
    yield db
    db.dispose()


def test_the_loyalty_start_up_job_finds_nothing_to_do(demo: Database) -> None:
    from bizcare.services.loyalty import run_daily

    with demo.session() as s:
        done = run_daily(s, TODAY)
    assert (done.expired_entries, done.birthdays, done.internal_awards) == (0, 0, 0)


def test_ledgers_replay_first_in_first_out_without_going_negative(demo: Database) -> None:
    from bizcare.services.loyalty.fifo import Line, replay

    with demo.session(write=False) as s:
        entries = s.exec(select(LoyaltyEntry).order_by(LoyaltyEntry.id)).all()
    per_member: dict[tuple[int, str], list[LoyaltyEntry]] = defaultdict(list)
    for e in entries:
        per_member[(e.customer_id, e.program)].append(e)
    kinds = {e.kind for e in entries}
    assert kinds == {"earn", "bonus", "redeem", "expire"}
    for lines in per_member.values():
        running = 0
        for e in sorted(lines, key=lambda e: (e.occurred_on, e.id)):
            running += e.points
            assert running >= 0
        state = replay([Line(e.id, e.occurred_on, e.points, e.expires_on, e.reverses_id)
                        for e in lines])
        assert state.remaining == running
        assert all(lot.remaining >= 0 for lot in state.lots)
        assert state.due(TODAY) == []
    expired = [e for e in entries if e.kind == "expire"]
    assert expired and all(e.reverses_id and e.occurred_on <= TODAY for e in expired)
    internal = [e for e in entries if e.program == "internal"]
    assert internal and all(e.reason.startswith("#") for e in internal)


def test_points_on_every_kwitansi_follow_the_earning_rule(demo: Database) -> None:
    from bizcare.services.loyalty.campaigns import campaign_multiplier
    from bizcare.services.loyalty.earning import points_for
    from bizcare.services.loyalty.fifo import window_start
    from bizcare.services.loyalty.settings import list_tiers, tier_for_spend

    with demo.session(write=False) as s:
        receipts = s.exec(select(Receipt).order_by(Receipt.id)).all()
        invoices = {i.id: i for i in s.exec(select(Invoice))}
        earned = {e.receipt_id: e.points for e in s.exec(
            select(LoyaltyEntry).where(LoyaltyEntry.kind == "earn"))}
        tiers = list_tiers(s)
        campaigns = {r.issued_on: campaign_multiplier(s, r.issued_on)[0] for r in receipts}
    earlier: dict[int, list[Receipt]] = defaultdict(list)
    paid_before: dict[int, int] = defaultdict(int)
    doubled = 0
    for r in receipts:
        spend = sum(p.amount for p in earlier[r.customer_id]
                    if window_start(r.issued_on) <= p.issued_on <= r.issued_on)
        tier = tier_for_spend(tiers, spend)
        inv = invoices.get(r.invoice_id) if r.invoice_id else None
        total, base = (inv.total, inv.total - inv.ppn) if inv else (r.amount, r.amount)
        before = paid_before[r.invoice_id] if inv else 0
        expected = points_for(before, r.amount, total, base, 10_000,
                              tier.multiplier_bp if tier else 10_000, campaigns[r.issued_on])
        assert r.points_earned == expected == earned.get(r.id, 0), r.number
        doubled += campaigns[r.issued_on] == 20_000
        earlier[r.customer_id].append(r)
        if inv:
            paid_before[inv.id] += r.amount
    assert doubled  # payments on Hari Pelanggan Nasional count double


def test_billing_carries_on_numbering_after_the_demo(demo: Database) -> None:
    from bizcare.services.billing import issue_invoice, record_payment

    with demo.session() as s:
        partial = s.exec(select(Invoice).where(Invoice.status == "partial")
                         .order_by(Invoice.id)).first()
        draft = s.exec(select(Invoice).where(Invoice.status == "draft")).first()
        assert partial is not None and draft is not None
        last_kw = s.exec(select(Receipt.number).where(
            Receipt.issued_on >= TODAY.replace(day=1)).order_by(Receipt.id.desc())).first()
        paid = sum(r.amount for r in s.exec(select(Receipt).where(
            Receipt.invoice_id == partial.id)))
        receipt = record_payment(s, partial.id, partial.total - paid, "transfer", TODAY)
        assert receipt.number == f"KW/2026/11/{int(last_kw.rsplit('/', 1)[1]) + 1:04d}"
        assert partial.status == "paid"
        month = draft.issue_date.replace(day=1)
        last_inv = s.exec(select(Invoice.number).where(
            Invoice.issue_date >= month, Invoice.number.is_not(None))
            .order_by(Invoice.id.desc())).first()
        issued = issue_invoice(s, draft.id)
        assert issued.number == last_inv[:-4] + f"{int(last_inv[-4:]) + 1:04d}"


def test_invoice_list_shows_demo_invoices_with_their_state(demo: Database) -> None:
    from bizcare.services.billing.queries import InvoiceQuery, count_invoices, invoice_page

    with demo.session(write=False) as s:
        overdue = invoice_page(s, InvoiceQuery(status="overdue", as_of=TODAY), 0, 500)
        paid = invoice_page(s, InvoiceQuery(status="paid", as_of=TODAY), 0, 500)
        total = count_invoices(s, InvoiceQuery(as_of=TODAY))
        stored = len(s.exec(select(Invoice)).all())
    assert total == stored
    assert overdue and all(r.due_date < TODAY and r.paid < r.total for r in overdue)
    assert paid and all(r.paid == r.total for r in paid)


def test_customer_checks_accept_every_demo_customer(demo: Database) -> None:
    from bizcare.services.customers.input import CustomerInput, validate_customer

    with demo.session(write=False) as s:
        customers = s.exec(select(Customer)).all()
    fields = ("name", "kind", "category", "company", "contact_person", "phone", "whatsapp",
              "email", "address", "city", "province", "birth_date", "gender",
              "preferred_channel", "preferences", "needs", "npwp", "notes")
    for c in customers:
        data = CustomerInput(**{f: getattr(c, f) for f in fields},
                             division="x" if c.kind == "internal" else "",
                             marketing_consent=c.marketing_consent)
        clean = validate_customer(data, today=TODAY)
        assert (clean.phone, clean.whatsapp, clean.email) == (c.phone, c.whatsapp, c.email)
        assert c.birth_date is None or c.birth_date <= TODAY - timedelta(days=20 * 365)
