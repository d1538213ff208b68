"""Paged invoice and kwitansi lists: filters, derived overdue, sorting and search in SQL."""

from __future__ import annotations

from datetime import date

import pytest

from bizcare.domain.errors import ValidationError
from bizcare.services.billing import (
    InvoiceQuery,
    ReceiptQuery,
    count_invoices,
    count_receipts,
    invoice_page,
    receipt_page,
    record_payment,
    void_invoice,
    void_receipt,
)
from tests.services.billing_helpers import line, make_customer, make_invoice

AS_OF = date(2026, 12, 20)


@pytest.fixture
def data(session):  # type: ignore[no-untyped-def]
    budi = make_customer(session, "PLG-000001", "Budi Santoso")
    maju = make_customer(session, "PLG-000002", "PT Maju & Jaya <Tbk>", company="Maju 100%")
    inv = {
        "paid": make_invoice(session, budi, [line(price=100_000)], on=date(2026, 11, 1)),
        "partial_overdue": make_invoice(session, maju, [line(price=200_000)],
                                        on=date(2026, 11, 2), due=date(2026, 11, 30)),
        "issued_open": make_invoice(session, maju, [line(price=300_000)],
                                    on=date(2026, 12, 10), due=date(2026, 12, 24)),
        "void": make_invoice(session, budi, [line(price=400_000)], on=date(2026, 12, 11)),
        "draft": make_invoice(session, budi, [line(price=500_000)], on=date(2026, 12, 12),
                              issue=False),
    }
    record_payment(session, inv["paid"].id, 100_000, "tunai", date(2026, 11, 5))
    record_payment(session, inv["partial_overdue"].id, 50_000, "transfer", date(2026, 11, 6))
    void_invoice(session, inv["void"].id, "Dobel")
    return {"budi": budi, "maju": maju, **inv}


def statuses(session, **kw) -> dict[int, str]:  # type: ignore[no-untyped-def]
    q = InvoiceQuery(as_of=AS_OF, **kw)
    rows = invoice_page(session, q, 0, 50)
    assert len(rows) == count_invoices(session, q)
    return {r.id: r.status for r in rows}


def test_statuses_are_stored_or_derived_overdue(session, data) -> None:
    got = statuses(session)
    assert got == {
        data["paid"].id: "paid", data["partial_overdue"].id: "overdue",
        data["issued_open"].id: "issued", data["void"].id: "void", data["draft"].id: "draft",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("status", "expected"),
    [("overdue", ["partial_overdue"]), ("issued", ["issued_open"]), ("partial", []),
     ("draft", ["draft"]), ("void", ["void"]), ("paid", ["paid"])],
)
def test_status_filter_matches_what_is_shown(session, data, status, expected) -> None:
    assert sorted(statuses(session, status=status)) == sorted(data[k].id for k in expected)


def test_month_customer_and_search_filters(session, data) -> None:
    assert set(statuses(session, month="2026-11")) == {data["paid"].id,
                                                        data["partial_overdue"].id}
    assert set(statuses(session, customer_id=data["maju"].id)) == {
        data["partial_overdue"].id, data["issued_open"].id}
    assert set(statuses(session, search="maju &")) == {data["partial_overdue"].id,
                                                       data["issued_open"].id}
    assert set(statuses(session, search="100%")) == {data["partial_overdue"].id,
                                                     data["issued_open"].id}
    assert set(statuses(session, search="2026/11/0001")) == {data["paid"].id}
    assert statuses(session, search="_") == {}


def test_rows_carry_paid_and_outstanding(session, data) -> None:
    rows = {r.id: r for r in invoice_page(session, InvoiceQuery(as_of=AS_OF), 0, 50)}
    row = rows[data["partial_overdue"].id]
    assert (row.number, row.customer_code, row.customer_name, row.total, row.paid) == (
        "INV/2026/11/0002", "PLG-000002", "PT Maju & Jaya <Tbk>", 200_000, 50_000)
    assert row.outstanding == 150_000
    assert rows[data["void"].id].outstanding == 0


def test_sorting_and_paging(session, data) -> None:
    q = InvoiceQuery(as_of=AS_OF, sort="total", descending=False)
    totals = [r.total for r in invoice_page(session, q, 0, 50)]
    assert totals == sorted(totals)
    assert [r.total for r in invoice_page(session, q, 1, 2)] == totals[1:3]
    with pytest.raises(ValidationError):
        invoice_page(session, InvoiceQuery(sort="drop table"), 0, 5)
    with pytest.raises(ValidationError):
        count_invoices(session, InvoiceQuery(status="lunas"))
    with pytest.raises(ValidationError):
        count_invoices(session, InvoiceQuery(month="11-2026x"))


def test_receipt_list(session, data) -> None:
    rows = receipt_page(session, ReceiptQuery(sort="number", descending=False), 0, 10)
    assert [(r.number, r.invoice_number, r.amount, r.method, r.status) for r in rows] == [
        ("KW/2026/11/0001", "INV/2026/11/0001", 100_000, "tunai", "valid"),
        ("KW/2026/11/0002", "INV/2026/11/0002", 50_000, "transfer", "valid"),
    ]
    void_receipt(session, rows[0].id, "Salah")
    assert count_receipts(session, ReceiptQuery(include_void=False)) == 1
    assert count_receipts(session, ReceiptQuery(month="2026-12")) == 0
    assert count_receipts(session, ReceiptQuery(search="maju")) == 1
    assert count_receipts(session, ReceiptQuery(customer_id=data["budi"].id)) == 1
