"""Row look-ups several areas share, with the message an owner reads when a row is missing.

Billing and loyalty find a customer by id or code without importing the customers area (whose
overview reads billing and loyalty): the look-up lives below all three.
"""

from __future__ import annotations

from sqlmodel import Session, select

from bizcare.domain.errors import NotFoundError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer


def get_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Customer {code} not found."), code=f"#{customer_id}"
        )
    return customer


def get_customer_by_code(session: Session, code: str) -> Customer:
    wanted = code.strip().upper()
    customer = session.exec(select(Customer).where(Customer.code == wanted)).first()
    if customer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Customer {code} not found."), code=code.strip()
        )
    return customer
