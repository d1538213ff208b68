"""Small builders for billing tests: customers straight from the model, invoices via services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import Session

from bizcare.domain.models import Customer, Invoice
from bizcare.services.billing import DraftInput, LineInput, issue_invoice, save_draft
from bizcare.services.settings import save_profile


def make_customer(
    session: Session, code: str = "PLG-000001", name: str = "Budi Santoso", **extra: object
) -> Customer:
    customer = Customer(code=code, name=name, **extra)
    session.add(customer)
    session.flush()
    return customer


def make_profile(session: Session) -> None:
    save_profile(
        session,
        name="Toko Sumber Rejeki",
        address="Jl. Letjen M.T. Haryono Kav. 10",
        city="Jakarta",
        phone="021-5890 5002",
        npwp="01.234.567.8-901.000",
        signatory_name="Siti Rahayu",
        signatory_title="Pemilik",
        bank_accounts="BCA 123-456-7890 a.n. Toko Sumber Rejeki",
    )


def line(desc: str = "Jasa servis AC", qty: str = "1", price: int = 100_000,
         discount: int = 0, unit: str = "unit") -> LineInput:
    return LineInput(desc, Decimal(qty), price, unit=unit, discount=discount)


def make_invoice(
    session: Session,
    customer: Customer,
    lines: list[LineInput] | None = None,
    *,
    on: date = date(2026, 11, 24),
    due: date | None = None,
    issue: bool = True,
    discount: int = 0,
) -> Invoice:
    draft = DraftInput(
        customer_id=customer.id or 0,
        lines=lines if lines is not None else [line()],
        issue_date=on,
        due_date=due,
        discount=discount,
    )
    invoice = save_draft(session, draft)
    return issue_invoice(session, invoice.id or 0) if issue else invoice
