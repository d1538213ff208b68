"""A user story through billing: issue → pay → kwitansi → points; void → points reversed."""

from __future__ import annotations

from datetime import date

from bizcare.domain.enums import PpnMode
from bizcare.services import loyalty
from bizcare.services.billing.invoices import void_invoice
from bizcare.services.billing.payments import issue_cash_receipt, record_payment, void_receipt
from bizcare.services.settings import Settings, save_settings
from tests.services.billing_helpers import line, make_customer, make_invoice

D = date(2026, 11, 24)


def test_points_are_earned_on_payment_never_on_issue(session) -> None:  # type: ignore[no-untyped-def]
    save_settings(session, Settings(ppn_mode=PpnMode.PPN_11))
    c = make_customer(session)
    inv = make_invoice(session, c, [line(price=1_000_000)], on=D)
    assert inv.total == 1_110_000
    assert loyalty.balance(session, c.id) == 0  # issued, not paid
    first = record_payment(session, inv.id, 555_000, paid_on=D)
    second = record_payment(session, inv.id, 555_000, paid_on=D)
    assert (first.points_earned, second.points_earned) == (50, 50)
    assert loyalty.balance(session, c.id) == 100


def test_voiding_a_kwitansi_reverses_its_points(session) -> None:  # type: ignore[no-untyped-def]
    c = make_customer(session)
    receipt = issue_cash_receipt(session, c.id, 250_000, "Servis AC", paid_on=D)
    assert receipt.points_earned == 25
    void_receipt(session, receipt.id, "Salah nominal")
    rows = loyalty.history(session, c.id)
    assert [(r.kind, r.points, r.reason) for r in rows] == [
        ("earn", 25, ""), ("reverse", -25, "Salah nominal")]


def test_voiding_an_invoice_with_refund_reverses(session) -> None:  # type: ignore[no-untyped-def]
    c = make_customer(session)
    inv = make_invoice(session, c, [line(price=300_000)], on=D)
    record_payment(session, inv.id, 300_000, paid_on=D)
    void_invoice(session, inv.id, "Dibatalkan pelanggan", void_payments=True)
    assert loyalty.balance(session, c.id) == 0
