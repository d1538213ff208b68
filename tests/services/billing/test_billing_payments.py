"""Payments and kwitansi: instalments, frozen text, meterai, refusals that change nothing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import func, select

from bizcare.domain.errors import NotFoundError, StateError, ValidationError
from bizcare.domain.models import AuditLog, Payment, Receipt
from bizcare.services.billing import (
    invoice_detail,
    issue_cash_receipt,
    record_payment,
    void_invoice,
    void_receipt,
)
from bizcare.services.settings import save_profile
from tests.services.billing_helpers import line, make_customer, make_invoice, make_profile

NOV = date(2026, 11, 25)


@pytest.fixture
def invoice(session):  # type: ignore[no-untyped-def]
    make_profile(session)
    customer = make_customer(session, name="PT Maju & Jaya <Tbk>", company="")
    return make_invoice(
        session, customer,
        [line("Jasa servis AC", "2", 750_000), line('Kabel 2" x 10m', "1", 3_500_001)],
    )  # fmt: skip


def test_full_payment_is_pelunasan_with_frozen_text(session, invoice) -> None:
    receipt = record_payment(session, invoice.id, 5_000_001, "transfer", NOV, "TRX-1")
    assert receipt.number == "KW/2026/11/0001"
    assert receipt.received_from == "PT Maju & Jaya <Tbk>"
    assert receipt.amount_words == "Lima Juta Satu Rupiah"
    assert receipt.purpose == (
        'Pelunasan invoice INV/2026/11/0001 — Jasa servis AC, Kabel 2" x 10m')
    assert (receipt.place, receipt.signatory, receipt.issued_on) == ("Jakarta", "Siti Rahayu",
                                                                     NOV)
    assert receipt.meterai_required is True
    assert invoice.status == "paid"
    # A later change of the profile does not touch a kwitansi already handed over.
    save_profile(session, city="Bandung", signatory_name="Orang Lain")
    session.refresh(receipt)
    assert (receipt.place, receipt.signatory) == ("Jakarta", "Siti Rahayu")


def test_instalments_then_pelunasan(session, invoice) -> None:
    first = record_payment(session, invoice.id, 1_000_000, "tunai", NOV)
    assert first.purpose.startswith("Pembayaran ke-1 invoice INV/2026/11/0001 — ")
    assert invoice.status == "partial"
    second = record_payment(session, invoice.id, 2_000_000, "qris", NOV)
    assert second.purpose.startswith("Pembayaran ke-2 invoice")
    last = record_payment(session, invoice.id, 2_000_001, "kartu", date(2026, 12, 2))
    assert last.purpose.startswith("Pelunasan invoice INV/2026/11/0001")
    assert last.number == "KW/2026/12/0001"
    assert invoice.status == "paid"
    assert [a.action for a in session.exec(select(AuditLog).where(
        AuditLog.entity == "receipt"))] == ["payment"] * 3
    detail = invoice_detail(session, invoice.id)
    assert (detail.paid, detail.outstanding, detail.status) == (5_000_001, 0, "paid")
    assert [r.number for r in detail.receipts] == ["KW/2026/11/0001", "KW/2026/11/0002",
                                                    "KW/2026/12/0001"]


def test_meterai_only_strictly_above_threshold(session) -> None:
    customer = make_customer(session)
    at = issue_cash_receipt(session, customer.id, 5_000_000, "Penjualan tunai", paid_on=NOV)
    above = issue_cash_receipt(session, customer.id, 5_000_001, "Penjualan tunai", paid_on=NOV)
    assert (at.meterai_required, above.meterai_required) == (False, True)
    assert at.invoice_id is None and at.purpose == "Penjualan tunai"


def count(session, model) -> int:  # type: ignore[no-untyped-def]
    return session.exec(select(func.count()).select_from(model)).one()


@pytest.mark.parametrize(
    ("amount", "error"),
    [(0, ValidationError), (-5, ValidationError), (5_000_002, ValidationError)],
)
def test_refusals_change_nothing(session, invoice, amount, error) -> None:
    with pytest.raises(error):
        record_payment(session, invoice.id, amount, "tunai", NOV)
    assert count(session, Payment) == 0 and count(session, Receipt) == 0
    assert invoice.status == "issued"

# Payments here are dated on fixed days: 'today' is moved past them.
pytestmark = pytest.mark.usefixtures("late_clock")


def test_overpaying_after_a_partial_payment_is_refused(session, invoice) -> None:
    record_payment(session, invoice.id, 5_000_000, "tunai", NOV)
    with pytest.raises(ValidationError) as err:
        record_payment(session, invoice.id, 2, "tunai", NOV)
    assert "Rp1" in str(err.value) and "Rp2" in str(err.value)
    assert count(session, Receipt) == 1


def test_paying_draft_void_paid_or_unknown_is_refused(session, invoice) -> None:
    draft = make_invoice(session, invoice_customer(session, invoice), issue=False)
    with pytest.raises(StateError):
        record_payment(session, draft.id, 1, "tunai", NOV)
    other = make_invoice(session, invoice_customer(session, invoice))
    void_invoice(session, other.id, "Salah")
    with pytest.raises(StateError):
        record_payment(session, other.id, 1, "tunai", NOV)
    record_payment(session, invoice.id, 5_000_001, "tunai", NOV)
    with pytest.raises(StateError):
        record_payment(session, invoice.id, 1, "tunai", NOV)
    with pytest.raises(NotFoundError):
        record_payment(session, 9999, 1, "tunai", NOV)
    assert count(session, Receipt) == 1


def invoice_customer(session, invoice):  # type: ignore[no-untyped-def]
    from bizcare.domain.models import Customer

    return session.get(Customer, invoice.customer_id)


def test_bad_method_or_date_is_refused(session, invoice) -> None:
    with pytest.raises(ValidationError):
        record_payment(session, invoice.id, 1, "cek", NOV)
    with pytest.raises(ValidationError):
        record_payment(session, invoice.id, 1, "tunai", date(2026, 11, 1))
    assert count(session, Payment) == 0


def test_void_receipt_reopens_the_invoice(session, invoice) -> None:
    first = record_payment(session, invoice.id, 1_000_000, "tunai", NOV)
    last = record_payment(session, invoice.id, 4_000_001, "tunai", NOV)
    assert invoice.status == "paid"
    void_receipt(session, last.id, "Transfer dibatalkan bank")
    assert invoice.status == "partial"
    assert last.voided_at is not None and last.void_reason == "Transfer dibatalkan bank"
    with pytest.raises(StateError):
        void_receipt(session, last.id, "lagi")
    void_receipt(session, first.id, "Salah input")
    assert invoice.status == "issued"
    again = record_payment(session, invoice.id, 5_000_001, "tunai", NOV)
    assert again.purpose.startswith("Pelunasan") and again.number == "KW/2026/11/0003"


def test_cash_receipt_needs_purpose_and_customer(session) -> None:
    customer = make_customer(session)
    with pytest.raises(ValidationError):
        issue_cash_receipt(session, customer.id, 10_000, "   ")
    with pytest.raises(NotFoundError):
        issue_cash_receipt(session, 999, 10_000, "Beli")
    assert count(session, Receipt) == 0


def test_received_from_adds_company(session) -> None:
    customer = make_customer(session, name="Budi Santoso", company="CV Sinar")
    receipt = issue_cash_receipt(session, customer.id, 10_000, "Beli", paid_on=NOV)
    assert receipt.received_from == "Budi Santoso (CV Sinar)"
    assert receipt.amount_words == "Sepuluh Ribu Rupiah"


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(total=st.integers(1, 10_000_000), tries=st.lists(st.integers(-5, 12_000_000),
                                                       min_size=1, max_size=6))
def test_any_payment_sequence_keeps_the_books_straight(session, total, tries) -> None:
    customer = make_customer(session, f"PLG-{session.info.setdefault('n', 0) + 1:06d}")
    session.info["n"] = session.info["n"] + 1
    invoice = make_invoice(session, customer, [line(price=total)])
    paid = 0
    for amount in tries:
        if invoice.status == "paid":
            with pytest.raises(StateError):
                record_payment(session, invoice.id, max(amount, 1), "tunai", NOV)
            continue
        if 0 < amount <= total - paid:
            receipt = record_payment(session, invoice.id, amount, "tunai", NOV)
            paid += amount
            assert receipt.meterai_required == (amount > 5_000_000)
            assert receipt.purpose.startswith("Pelunasan" if paid == total else "Pembayaran ke-")
        else:
            with pytest.raises(ValidationError):
                record_payment(session, invoice.id, amount, "tunai", NOV)
        detail = invoice_detail(session, invoice.id)
        assert detail.paid == paid and detail.outstanding == total - paid >= 0
        assert invoice.status == ("paid" if paid == total else "partial" if paid else "issued")
