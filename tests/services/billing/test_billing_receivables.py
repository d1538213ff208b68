"""Ageing buckets, the overdue list and reminders (text, numbering, logged interaction)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from bizcare.domain.enums import Channel
from bizcare.domain.errors import StateError, ValidationError
from bizcare.domain.models import Interaction
from bizcare.services.billing import record_payment, void_invoice
from bizcare.services.billing.receivables import (
    ageing,
    overdue_invoices,
    reminder_text,
    send_reminder,
)
from tests.services.billing_helpers import line, make_customer, make_invoice, make_profile

# Payments here are dated on fixed days: 'today' is moved past them.
pytestmark = pytest.mark.usefixtures("late_clock")

AS_OF = date(2026, 12, 31)


def inv(session, customer, price, due, on=date(2026, 8, 1)):  # type: ignore[no-untyped-def]
    return make_invoice(session, customer, [line(price=price)], on=on, due=due)


@pytest.fixture
def book(session):  # type: ignore[no-untyped-def]
    make_profile(session)
    budi = make_customer(session, "PLG-000001", "Budi Santoso")
    sari = make_customer(session, "PLG-000002", "Sari Dewi")
    inv(session, budi, 1_000, date(2026, 12, 31))        # due today: not yet due
    inv(session, budi, 2_000, date(2026, 12, 30))        # 1 day
    inv(session, budi, 3_000, date(2026, 12, 1))         # 30 days
    inv(session, budi, 4_000, date(2026, 11, 30))        # 31 days
    inv(session, sari, 6_000, date(2026, 10, 2))         # 90 days
    old = inv(session, sari, 7_000, date(2026, 10, 1))   # 91 days
    record_payment(session, old.id, 2_000, "tunai", date(2026, 12, 5))
    record_payment(session, old.id, 1_000, "tunai", date(2027, 1, 5))  # after as_of
    paid = inv(session, sari, 9_000, date(2026, 9, 1))
    record_payment(session, paid.id, 9_000, "tunai", date(2026, 9, 1))
    void_invoice(session, inv(session, sari, 10_000, date(2026, 9, 1)).id, "Salah")
    inv(session, sari, 11_000, date(2027, 1, 30), on=date(2027, 1, 2))  # issued after as_of
    make_invoice(session, sari, [line(price=12_000)], on=date(2026, 8, 1), issue=False)
    return budi, sari


def test_ageing_buckets_per_customer_and_total(session, book) -> None:
    budi, sari = book
    report = ageing(session, AS_OF)
    by_code = {row.customer_code: row.buckets for row in report.rows}
    assert by_code == {
        "PLG-000001": (1_000, 5_000, 4_000, 0, 0),
        "PLG-000002": (0, 0, 0, 6_000, 5_000),
    }
    assert report.totals == (1_000, 5_000, 4_000, 6_000, 5_000)
    assert report.total == 21_000
    assert [r.customer_code for r in report.rows] == ["PLG-000002", "PLG-000001"]


def test_overdue_list_and_levels(session, book) -> None:
    rows = overdue_invoices(session, AS_OF)
    assert [(r.days_overdue, r.outstanding, r.suggested_level) for r in rows] == [
        (91, 5_000, 3), (90, 6_000, 3), (31, 4_000, 2), (30, 3_000, 1), (1, 2_000, 1)]
    assert rows[0].number == "INV/2026/08/0006"


def test_reminder_text_levels(session, book) -> None:
    budi, _ = book
    friendly = reminder_text(session, budi.id, 1, AS_OF)
    assert friendly.startswith("Halo Budi Santoso")
    assert "INV/2026/08/0002, jatuh tempo 30 Desember 2026: Rp2.000" in friendly
    assert "Total: Rp9.000" in friendly
    assert "BCA 123-456-7890" in friendly and "Siti Rahayu" in friendly
    second = reminder_text(session, budi.id, 2, AS_OF)
    assert "paling lambat 7 Januari 2027" in second
    formal = reminder_text(session, budi.id, 3, AS_OF, "001/ST/XII/2026")
    assert "Surat Tagihan No. 001/ST/XII/2026" in formal
    with pytest.raises(ValidationError):
        reminder_text(session, budi.id, 4, AS_OF)


def test_send_reminder_numbers_and_logs(session, book) -> None:
    budi, _ = book
    first = send_reminder(session, budi.id, 3, AS_OF, actor="siti")
    second = send_reminder(session, budi.id, 1, AS_OF)
    assert (first.letter_number, second.letter_number) == ("001/ST/XII/2026",
                                                           "002/ST/XII/2026")
    logged = session.exec(select(Interaction).order_by(Interaction.id)).all()
    assert [i.summary for i in logged] == [
        "Pengingat tagihan level 3: INV/2026/08/0004, INV/2026/08/0003, INV/2026/08/0002",
        "Pengingat tagihan level 1: INV/2026/08/0004, INV/2026/08/0003, INV/2026/08/0002",
    ]
    assert logged[0].channel == "whatsapp" and logged[0].created_by == "siti"


def test_a_letter_is_logged_as_a_letter(session, book) -> None:
    budi, _ = book
    sent = send_reminder(session, budi.id, 3, AS_OF, channel=Channel.LETTER)
    logged = session.exec(select(Interaction)).one()
    assert logged.channel == "surat"
    assert logged.summary.startswith(f"Surat Tagihan {sent.letter_number} level 3: INV/")


def test_nothing_overdue_is_refused(session) -> None:
    customer = make_customer(session)
    make_invoice(session, customer, due=date(2027, 1, 1))
    with pytest.raises(StateError):
        send_reminder(session, customer.id, 1, AS_OF)
    assert session.exec(select(Interaction)).all() == []
