"""Demo data on PostgreSQL: explicit ids must leave the id sequences ready for normal use.

Runs when ``BIZCARE_TEST_DATABASE_URL`` names an empty PostgreSQL database (``.ci/run``
starts a throw-away server and sets it); the schema is dropped before and after.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from tests.pg import needs_postgres

TODAY = date(2026, 11, 24)

pytestmark = needs_postgres


def test_demo_then_everyday_work_on_postgres(pg) -> None:  # type: ignore[no-untyped-def]
    from bizcare.domain.models import AuditLog, Invoice
    from bizcare.services.billing import DraftInput, LineInput, issue_invoice, save_draft
    from bizcare.services.customers.records import CustomerInput, create_customer
    from bizcare.services.demo.run import generate

    summary = generate(pg, 40, 3, 2, today=TODAY)
    assert summary["customer"] == 46 and summary["invoice"] > 0
    with pg.session() as s:
        customer = create_customer(s, CustomerInput(name="Budi Santoso", phone="0812-1111-2222"))
        assert customer.code == "PLG-000041" and customer.id == 47
        draft = save_draft(s, DraftInput(customer.id, [LineInput("Cuci AC", 1, 75_000)],
                                         issue_date=TODAY))
        assert draft.id == summary["invoice"] + 1
        issued = issue_invoice(s, draft.id)
        numbers = s.exec(select(Invoice.number).where(Invoice.issue_date >= date(2026, 11, 1),
                                                      Invoice.id != draft.id)).all()
        last = max(int(n.rsplit("/", 1)[1]) for n in numbers if n)
        assert issued.number == f"INV/2026/11/{last + 1:04d}"
        assert s.exec(select(AuditLog).where(AuditLog.action == "demo")).one()
