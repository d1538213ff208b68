"""Document contexts built from the database: what the renderers will print."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from bizcare.documents.model import DocLine
from bizcare.services.billing import record_payment, void_invoice
from bizcare.services.billing.documents import invoice_doc, receipt_doc, reminder_doc
from bizcare.services.settings import Settings, save_profile, save_settings
from tests.services.billing_helpers import line, make_customer, make_invoice, make_profile

# Payments here are dated on fixed days: 'today' is moved past them.
pytestmark = pytest.mark.usefixtures("late_clock")


def test_invoice_doc_fields(session) -> None:
    make_profile(session)
    save_settings(session, Settings(ppn_mode="ppn12_dpp", rupiah_spaced=True))
    customer = make_customer(session, name="PT Maju & Jaya <Tbk>", address="Jl. Raya 1",
                             city="Jakarta Timur")
    invoice = make_invoice(
        session, customer,
        [line("Jasa servis AC", "2", 750_000, unit="unit"),
         line('Kabel 2" x 10m', "1.5", 3_333, discount=500, unit="roll")],
    )  # fmt: skip
    doc = invoice_doc(session, invoice.id)
    assert doc.number == "INV/2026/11/0001"
    assert (doc.customer.name, doc.customer.code, doc.customer.city) == (
        "PT Maju & Jaya <Tbk>", "PLG-000001", "Jakarta Timur")
    assert doc.lines[1] == DocLine('Kabel 2" x 10m', Decimal("1.5"), "roll", 3_333, 500, 4_500)
    assert (doc.subtotal, doc.dpp, doc.ppn, doc.total) == (
        1_504_500, 1_379_125, 165_495, 1_669_995)
    assert doc.ppn_label == "PPN 12% × DPP 11/12"
    assert doc.total_words == terbilang_title(1_669_995)
    assert doc.letterhead.name == "Toko Sumber Rejeki" and doc.letterhead.rupiah_spaced
    assert doc.letterhead.npwp == "012345678901000"
    assert doc.status_stamp == "" and doc.paid == 0
    assert "BCA" in doc.payment_instructions


def terbilang_title(n: int) -> str:
    from bizcare.documents.terbilang import terbilang

    return terbilang(n, rupiah=True, capitalize=True)


def test_draft_paid_and_void_stamps(session) -> None:
    customer = make_customer(session)
    draft = make_invoice(session, customer, issue=False)
    assert invoice_doc(session, draft.id).number == ""
    paid = make_invoice(session, customer)
    record_payment(session, paid.id, paid.total, "tunai", date(2026, 11, 24))
    doc = invoice_doc(session, paid.id)
    assert (doc.status_stamp, doc.paid, doc.ppn_label) == ("LUNAS", paid.total, "")
    void = make_invoice(session, customer)
    void_invoice(session, void.id, "Dobel input")
    doc = invoice_doc(session, void.id)
    assert (doc.status_stamp, doc.void_reason) == ("BATAL", "Dobel input")


def test_receipt_doc_reprints_what_was_frozen(session) -> None:
    make_profile(session)
    customer = make_customer(session, name="Budi Santoso")
    invoice = make_invoice(session, customer, [line(price=5_000_001)])
    receipt = record_payment(session, invoice.id, 5_000_001, "transfer", date(2026, 11, 25),
                             "BCA 0099")
    before = receipt_doc(session, receipt.id)
    customer.name = "Nama Baru"
    session.add(customer)
    save_profile(session, city="Surabaya", signatory_name="Orang Lain")
    save_settings(session, Settings(meterai_value=12_000))  # the duty changes years later
    after = receipt_doc(session, receipt.id)
    # Only the letterhead follows the profile; everything the kwitansi says is frozen.
    assert replace(before, letterhead=after.letterhead) == after
    assert (after.number, after.received_from, after.amount) == (
        "KW/2026/11/0001", "Budi Santoso", 5_000_001)
    assert after.amount_words == "Lima Juta Satu Rupiah"
    assert after.purpose == "Pelunasan invoice INV/2026/11/0001 — Jasa servis AC"
    assert (after.place, after.signatory, after.issued_on) == ("Jakarta", "Siti Rahayu",
                                                               date(2026, 11, 25))
    assert after.meterai_required and after.meterai_value == 10_000
    assert after.method == "Transfer bank (BCA 0099)" and not after.void


def test_reminder_doc(session) -> None:
    make_profile(session)
    customer = make_customer(session)
    invoice = make_invoice(session, customer, [line(price=300_000)], on=date(2026, 10, 1),
                           due=date(2026, 10, 15))
    record_payment(session, invoice.id, 100_000, "tunai", date(2026, 10, 20))
    doc = reminder_doc(session, customer.id, 2, date(2026, 11, 1), "003/ST/XI/2026")
    assert doc.invoices == (("INV/2026/10/0001", date(2026, 10, 1), date(2026, 10, 15),
                             300_000, 200_000),)
    assert (doc.level, doc.letter_number, doc.total_outstanding) == (2, "003/ST/XI/2026",
                                                                     200_000)
    assert doc.customer.name == "Budi Santoso"
