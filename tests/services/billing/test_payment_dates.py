"""Money is received today or earlier: a kwitansi dated in the future is refused whole."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from bizcare.domain.errors import ValidationError
from bizcare.domain.models import Payment, Receipt
from bizcare.services.billing import issue_cash_receipt, record_payment
from bizcare.services.billing.common import get_invoice
from tests.services.billing_helpers import make_customer, make_invoice, make_profile

TODAY = date(2026, 11, 24)


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> date:
    from bizcare.domain import clock

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def _written(session: Session) -> tuple[int, int]:
    receipts = session.execute(select(func.count()).select_from(Receipt)).scalar_one()
    payments = session.execute(select(func.count()).select_from(Payment)).scalar_one()
    return receipts, payments


def test_a_payment_dated_tomorrow_is_refused_and_writes_nothing(
    session: Session, today: date
) -> None:
    make_profile(session)
    invoice = make_invoice(session, make_customer(session), on=today - timedelta(days=3))
    with pytest.raises(ValidationError, match="future") as caught:
        record_payment(session, invoice.id, 50_000, "tunai", today + timedelta(days=1))
    assert caught.value.field == "paid_on"
    assert _written(session) == (0, 0)
    assert get_invoice(session, invoice.id).status == "issued"
    receipt = record_payment(session, invoice.id, 50_000, "tunai", today)
    assert receipt.issued_on == today


def test_a_cash_sale_dated_in_the_future_is_refused(session: Session, today: date) -> None:
    make_profile(session)
    customer = make_customer(session)
    with pytest.raises(ValidationError, match="future"):
        issue_cash_receipt(session, customer.id, 75_000, "Servis AC", "tunai",
                           date(2027, 1, 1))  # fmt: skip
    assert _written(session) == (0, 0)
