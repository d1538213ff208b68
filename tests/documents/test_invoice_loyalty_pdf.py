"""Loyalty on paper: the invoice shows the voucher and points taken off, the kwitansi the
points earned; both read back as a person reads them."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from bizcare.documents.invoice import render_invoice
from bizcare.documents.receipt import render_receipt
from bizcare.domain.models import Voucher
from bizcare.services import loyalty
from bizcare.services.billing import (
    DraftInput,
    issue_invoice,
    record_payment,
    save_draft,
    void_invoice,
)
from bizcare.services.billing.documents import invoice_doc, receipt_doc
from tests.documents.samples import flat
from tests.services.billing_helpers import line, make_customer, make_profile

TODAY = date.today()


def loyal_invoice(session: Session) -> int:
    make_profile(session)
    c = make_customer(session)
    loyalty.adjust_points(session, c.id or 0, 1_240, "Saldo awal", on=TODAY)
    v = Voucher(code="VC-1A2B3C4D", customer_id=c.id or 0, value=25_000, issued_on=TODAY)
    session.add(v)
    session.flush()
    draft = save_draft(session, DraftInput(
        customer_id=c.id or 0, lines=[line(price=1_000_000)], issue_date=TODAY,
        points=1_200, voucher_id=v.id))
    return issue_invoice(session, draft.id or 0, on=TODAY).id or 0


def test_invoice_prints_voucher_and_points_lines_and_the_total_after_them(
    session: Session,
) -> None:
    pdf = flat(render_invoice(invoice_doc(session, loyal_invoice(session))))
    assert "Subtotal Rp1.000.000" in pdf
    assert "Potongan voucher VC-1A2B3C4D −Rp25.000" in pdf
    assert "Potongan poin (1.200 poin) −Rp120.000" in pdf
    assert "TOTAL Rp855.000" in pdf
    assert "Delapan Ratus Lima Puluh Lima Ribu Rupiah" in pdf


def test_an_invoice_without_loyalty_has_no_such_lines(session: Session) -> None:
    c = make_customer(session)
    draft = save_draft(session, DraftInput(customer_id=c.id or 0, lines=[line()]))
    pdf = flat(render_invoice(invoice_doc(session, draft.id or 0)))
    assert "Potongan" not in pdf


def test_void_invoice_still_prints_what_was_redeemed(session: Session) -> None:
    inv_id = loyal_invoice(session)
    void_invoice(session, inv_id, "Salah harga", on=TODAY)
    pdf = flat(render_invoice(invoice_doc(session, inv_id)))
    assert "Potongan poin (1.200 poin) −Rp120.000" in pdf
    assert "BATAL" in pdf


def test_kwitansi_shows_points_earned(session: Session) -> None:
    inv_id = loyal_invoice(session)
    receipt = record_payment(session, inv_id, 855_000, paid_on=TODAY)
    assert receipt.points_earned > 0
    doc = receipt_doc(session, receipt.id or 0)
    assert doc.points_earned == receipt.points_earned
    pdf = flat(render_receipt(doc))
    assert f"Poin didapat: {receipt.points_earned}" in pdf
