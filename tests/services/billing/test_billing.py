"""Invoice lifecycle: drafts have no number, issuing numbers and freezes, void keeps the number."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlmodel import select

from bizcare.domain.errors import NotFoundError, StateError, ValidationError
from bizcare.domain.models import AuditLog, Invoice, InvoiceLine
from bizcare.services.billing import (
    DraftInput,
    delete_draft,
    duplicate_invoice,
    issue_invoice,
    lines_of,
    record_payment,
    save_draft,
    void_invoice,
)
from bizcare.services.settings import Settings, save_settings
from tests.services.billing_helpers import line, make_customer, make_invoice, make_profile

# Payments here are dated on fixed days: 'today' is moved past them.
pytestmark = pytest.mark.usefixtures("late_clock")


def audit_actions(session, entity: str) -> list[str]:
    rows = session.exec(select(AuditLog).where(AuditLog.entity == entity)).all()
    return [r.action for r in rows]


def test_draft_has_no_number_and_defaults_from_settings(session) -> None:
    make_profile(session)
    customer = make_customer(session)
    draft = save_draft(session, DraftInput(customer.id, [line(qty="2", price=750_000)],
                                           issue_date=date(2026, 11, 24)))
    assert draft.number is None and draft.status == "draft"
    assert draft.due_date == date(2026, 12, 8)  # 14 days of payment terms
    assert draft.total == 1_500_000
    assert "BCA 123-456-7890" in draft.payment_instructions


def test_draft_can_be_edited_and_deleted(session) -> None:
    customer = make_customer(session)
    draft = make_invoice(session, customer, issue=False)
    edited = save_draft(
        session,
        DraftInput(customer.id, [line("Freon R32", "1.5", 200_000, unit="kg"), line()],
                   issue_date=date(2026, 11, 24), discount=10_000, notes="Lantai 2"),
        invoice_id=draft.id,
    )
    assert edited.id == draft.id
    assert [ln.description for ln in lines_of(session, draft.id)] == ["Freon R32",
                                                                     "Jasa servis AC"]
    assert lines_of(session, draft.id)[0].quantity == Decimal("1.5")
    assert edited.total == 300_000 + 100_000 - 10_000
    delete_draft(session, draft.id)
    assert session.get(Invoice, draft.id) is None
    assert session.exec(select(InvoiceLine)).all() == []


def test_issue_numbers_from_issue_date_and_audits(session) -> None:
    customer = make_customer(session)
    a = make_invoice(session, customer, on=date(2026, 11, 3))
    b = make_invoice(session, customer, on=date(2026, 12, 1))
    c = make_invoice(session, customer, on=date(2026, 11, 30))
    assert (a.number, b.number, c.number) == ("INV/2026/11/0001", "INV/2026/12/0001",
                                              "INV/2026/11/0002")
    assert a.status == "issued" and a.issued_at is not None
    assert audit_actions(session, "invoice") == ["issue", "issue", "issue"]


def test_roman_month_pattern_from_settings(session) -> None:
    save_settings(session, Settings(invoice_pattern="INV/{yyyy}/{rm}/{seq:04d}"))
    invoice = make_invoice(session, make_customer(session), on=date(2026, 11, 3))
    assert invoice.number == "INV/2026/XI/0001"


def test_issue_uses_current_ppn_mode(session) -> None:
    customer = make_customer(session)
    draft = make_invoice(session, customer, [line(price=1_000_000)], issue=False)
    save_settings(session, Settings(ppn_mode="ppn11"))
    issued = issue_invoice(session, draft.id)
    assert (issued.ppn_mode, issued.dpp, issued.ppn, issued.total) == (
        "ppn11", 1_000_000, 110_000, 1_110_000)


def test_issued_invoice_is_frozen(session) -> None:
    customer = make_customer(session)
    invoice = make_invoice(session, customer)
    with pytest.raises(StateError):
        save_draft(session, DraftInput(customer.id, [line()]), invoice_id=invoice.id)
    with pytest.raises(StateError):
        delete_draft(session, invoice.id)
    with pytest.raises(StateError):
        issue_invoice(session, invoice.id)


def test_issue_refuses_empty_or_zero(session) -> None:
    customer = make_customer(session)
    empty = make_invoice(session, customer, [], issue=False)
    with pytest.raises(ValidationError):
        issue_invoice(session, empty.id)
    free = make_invoice(session, customer, [line(price=0)], issue=False)
    with pytest.raises(ValidationError):
        issue_invoice(session, free.id)
    assert session.get(Invoice, free.id).number is None


def test_draft_validation(session) -> None:
    customer = make_customer(session)
    with pytest.raises(ValidationError) as err:
        save_draft(session, DraftInput(customer.id, [line()], issue_date=date(2026, 11, 24),
                                       due_date=date(2026, 11, 23)))
    assert err.value.field == "due_date"
    with pytest.raises(ValidationError):
        save_draft(session, DraftInput(customer.id, [line(desc="  ")]))
    with pytest.raises(NotFoundError):
        save_draft(session, DraftInput(9999, [line()]))
    archived = make_customer(session, "PLG-000002", "Lama", archived=True)
    with pytest.raises(ValidationError):
        save_draft(session, DraftInput(archived.id, [line()]))


def test_void_keeps_number_and_needs_reason(session) -> None:
    invoice = make_invoice(session, make_customer(session))
    with pytest.raises(ValidationError):
        void_invoice(session, invoice.id, "  ")
    voided = void_invoice(session, invoice.id, "Salah harga")
    assert (voided.status, voided.number, voided.void_reason) == (
        "void", "INV/2026/11/0001", "Salah harga")
    with pytest.raises(StateError):
        void_invoice(session, invoice.id, "lagi")
    row = session.exec(select(AuditLog).where(AuditLog.action == "void")).one()
    assert json.loads(row.detail)["reason"] == "Salah harga"


def test_void_draft_is_refused(session) -> None:
    draft = make_invoice(session, make_customer(session), issue=False)
    with pytest.raises(StateError):
        void_invoice(session, draft.id, "x")


def test_void_with_payments_needs_consent(session) -> None:
    make_profile(session)
    invoice = make_invoice(session, make_customer(session), [line(price=1_000_000)])
    receipt = record_payment(session, invoice.id, 400_000, "tunai", date(2026, 11, 25))
    with pytest.raises(StateError) as err:
        void_invoice(session, invoice.id, "Batal pesan")
    assert "Rp400.000" in str(err.value)
    assert session.get(Invoice, invoice.id).status == "partial"
    void_invoice(session, invoice.id, "Batal pesan", void_payments=True)
    session.refresh(receipt)
    assert receipt.voided_at is not None and receipt.void_reason == "Batal pesan"
    assert session.get(Invoice, invoice.id).status == "void"


def test_duplicate_as_new_draft(session) -> None:
    customer = make_customer(session)
    source = make_invoice(session, customer, [line("A", "2", 1_000), line("B", "1", 5)],
                          discount=5)
    void_invoice(session, source.id, "Salah")
    copy = duplicate_invoice(session, source.id, on=date(2026, 12, 1))
    assert copy.id != source.id and copy.number is None and copy.status == "draft"
    assert copy.issue_date == date(2026, 12, 1)
    assert copy.due_date == date(2026, 12, 1) + timedelta(days=14)
    assert [(ln.description, ln.quantity) for ln in lines_of(session, copy.id)] == [
        ("A", Decimal(2)), ("B", Decimal(1))]
    assert copy.total == source.total
