"""Customer use cases as the GUI runs them: each opens and commits one transaction of its own.

Every function takes the :class:`Database` and plain values, runs one use case through
``Database.run`` and declares the :class:`Changes` it makes (see ``billing_ops`` for billing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlmodel import Session

from bizcare.domain.enums import Direction
from bizcare.services.changes import NOTHING, Changes, declares
from bizcare.services.customers.input import CustomerInput
from bizcare.storage.db import Database

if TYPE_CHECKING:
    from bizcare.services.transfer import ImportPlan

#: A customer's own record: the list, its detail, the segments it falls in.
CUSTOMERS = Changes(customers=True, segments=True)
#: A contact logged or a follow-up done: the customer's history, not the record.
CONTACTS = Changes(interactions=True)
#: A merge moves all history (documents, points, service) to the survivor.
MERGE = Changes(customers=True, interactions=True, invoices=True, receipts=True, loyalty=True,
                segments=True, service=True)


@declares(CUSTOMERS)
def save_customer(db: Database, customer_id: int | None, data: CustomerInput) -> int:
    """Add (``customer_id`` None) or update a customer; returns its id."""
    from bizcare.services.customers.records import create_customer, update_customer

    def work(session: Session) -> int:
        if customer_id is None:
            return create_customer(session, data).id or 0
        return update_customer(session, customer_id, data).id or 0

    return db.run(work)


@declares(CUSTOMERS)
def archive_customer(db: Database, customer_id: int) -> None:
    from bizcare.services.customers.records import archive_customer as archive

    db.run(lambda s: archive(s, customer_id))


@declares(CUSTOMERS)
def restore_customer(db: Database, customer_id: int) -> None:
    from bizcare.services.customers.records import restore_customer as restore

    db.run(lambda s: restore(s, customer_id))


@declares(MERGE)
def merge_customers(db: Database, survivor_id: int, duplicate_id: int) -> int:
    """Merge ``duplicate_id`` into ``survivor_id``; returns the survivor's id."""
    from bizcare.services.customers.merging import merge_customers as merge

    return db.run(lambda s: merge(s, survivor_id, duplicate_id).id or 0)


@declares(CUSTOMERS)
def save_division(db: Database, name: str, division_id: int | None, active: bool) -> int:
    """Add or rename / (de)activate a division; returns its id."""
    from bizcare.services.customers.records import save_division as save

    return db.run(lambda s: save(s, name, division_id, active).id or 0)


@declares(CONTACTS)
def log_interaction(db: Database, customer_id: int, channel: str, summary: str,
                    direction: str = Direction.OUTBOUND.value, follow_up_on: date | None = None,
                    occurred_at: datetime | None = None) -> int:
    """Record one contact with a customer; returns the interaction's id."""
    from bizcare.services.customers.interactions import log_interaction as log

    return db.run(lambda s: log(s, customer_id, channel, summary, direction=direction,
                                follow_up_on=follow_up_on, occurred_at=occurred_at).id or 0)


@dataclass(frozen=True)
class Greeting:
    """The WhatsApp greeting for a customer and the wa.me link that opens it."""

    message: str
    link: str


@declares(NOTHING)
def whatsapp_greeting(db: Database, customer_id: int) -> Greeting:
    """Refuses (``ValidationError``) a customer without a phone or WhatsApp number."""
    from bizcare.services.customers.records import (
        get_customer,
        whatsapp_link,
        whatsapp_message,
        whatsapp_number,
    )
    from bizcare.services.settings import load_profile

    def work(session: Session) -> Greeting:
        customer = get_customer(session, customer_id)
        message = whatsapp_message(customer.name, load_profile(session).name)
        return Greeting(message, whatsapp_link(whatsapp_number(customer), message))

    return db.run(work, write=False)


@declares(CONTACTS)
def complete_follow_up(db: Database, interaction_id: int) -> None:
    from bizcare.services.customers.interactions import complete_follow_up as complete

    db.run(lambda s: complete(s, interaction_id))


@declares(CUSTOMERS)
def import_customers(db: Database, plan: ImportPlan, progress: Callable[[int, int, str], None],
                     skip_invalid: bool, skip_duplicates: bool) -> int:
    """Add an import plan's rows in one transaction; returns how many were added."""
    from bizcare.services.transfer import import_customers as add

    return db.run(lambda s: add(s, plan, progress=progress, skip_invalid=skip_invalid,
                                skip_duplicates=skip_duplicates))
