"""The same code on PostgreSQL (for shops that outgrow one laptop).

Runs when ``BIZCARE_TEST_DATABASE_URL`` names an empty PostgreSQL database (CI starts a
throw-away server and sets it); the schema is dropped before and after.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.pg import needs_postgres

pytestmark = needs_postgres


def test_migrations_match_models_on_postgres(pg) -> None:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    from bizcare.storage.migrate import HEAD, current_revision, include_object

    assert current_revision(pg) == HEAD
    with pg.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object})
        assert compare_metadata(ctx, SQLModel.metadata) == []


def test_customer_invoice_payment_on_postgres(pg) -> None:  # type: ignore[no-untyped-def]
    from bizcare.services.billing import invoices, payments
    from bizcare.services.customers import records as customers

    with pg.session() as s:
        customer = customers.create_customer(s, customers.CustomerInput(
            name="Budi Santoso", company="PT Maju & Jaya <Tbk>", phone="0812-3456-7890"))
    with pg.session(write=False) as s:
        query = customers.CustomerQuery(search="maju")
        assert [r.code for r in customers.search_page(s, query, 0, 10)] == [customer.code]
    with pg.session() as s:
        draft = invoices.save_draft(s, invoices.DraftInput(customer_id=customer.id, lines=[
            invoices.LineInput("Jasa servis AC", Decimal(2), 750_000)]))
        issued = invoices.issue_invoice(s, draft.id)
    with pg.session() as s:
        receipt = payments.record_payment(s, issued.id, 1_500_000, paid_on=date.today())
    assert issued.total == 1_500_000
    assert receipt.amount_words.lower() == "satu juta lima ratus ribu rupiah"
