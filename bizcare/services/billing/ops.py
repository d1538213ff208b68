"""Billing use cases as the GUI runs them: each opens and commits one transaction of its own.

Every function takes the :class:`Database` and plain values, does one use case through
``Database.run`` (so the whole unit can be run again) and declares the :class:`Changes` it
makes. The session-level functions in :mod:`bizcare.services.billing` stay the building
blocks the CLI, the demo data and the tests compose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from bizcare.domain.enums import Channel
from bizcare.services import billing
from bizcare.services.changes import Changes, declares
from bizcare.storage.db import Database

#: A draft changes only the invoice list.
DRAFTS = Changes(invoices=True)
#: Issuing, paying and voiding move invoices, kwitansi, the customer's balance and points.
DOCUMENTS = Changes(invoices=True, receipts=True, loyalty=True, segments=True)
#: A reminder is logged as an interaction with the customer.
REMINDERS = Changes(interactions=True)
CATALOGUE = Changes(catalogue=True)


@dataclass(frozen=True)
class Issued:
    """What an operation that writes a numbered document hands back to the screen."""

    id: int
    number: str


@declares(DRAFTS)
def save_draft(db: Database, draft: billing.DraftInput, invoice_id: int | None = None) -> int:
    """Create or replace a draft invoice; returns its id."""
    return db.run(lambda s: billing.save_draft(s, draft, invoice_id).id or 0)


@declares(DOCUMENTS)
def save_and_issue(db: Database, draft: billing.DraftInput,
                   invoice_id: int | None = None) -> Issued:
    """Save the draft and issue it in the same transaction (both or neither)."""

    def work(session: Session) -> Issued:
        saved = billing.save_draft(session, draft, invoice_id)
        issued = billing.issue_invoice(session, saved.id or 0)
        return Issued(issued.id or 0, issued.number or "")

    return db.run(work)


@declares(DOCUMENTS)
def issue_invoice(db: Database, invoice_id: int) -> Issued:
    def work(session: Session) -> Issued:
        issued = billing.issue_invoice(session, invoice_id)
        return Issued(issued.id or 0, issued.number or "")

    return db.run(work)


@declares(DRAFTS)
def delete_draft(db: Database, invoice_id: int) -> None:
    db.run(lambda s: billing.delete_draft(s, invoice_id))


@declares(DRAFTS)
def duplicate_invoice(db: Database, invoice_id: int) -> int:
    """Copy an invoice as a new draft; returns the draft's id."""
    return db.run(lambda s: billing.duplicate_invoice(s, invoice_id).id or 0)


@declares(DOCUMENTS)
def record_payment(db: Database, invoice_id: int, amount: int, method: str,
                   paid_on: date | None, reference: str) -> Issued:
    """Take a payment and issue its kwitansi; returns the kwitansi."""

    def work(session: Session) -> Issued:
        receipt = billing.record_payment(session, invoice_id, amount, method=method,
                                         paid_on=paid_on, reference=reference)
        return Issued(receipt.id or 0, receipt.number)

    return db.run(work)


@declares(DOCUMENTS)
def issue_cash_receipt(db: Database, customer_id: int, amount: int, purpose: str, method: str,
                       paid_on: date | None, reference: str) -> Issued:
    """A kwitansi for a sale without an invoice; returns the kwitansi."""

    def work(session: Session) -> Issued:
        receipt = billing.issue_cash_receipt(session, customer_id, amount, purpose,
                                             method=method, paid_on=paid_on,
                                             reference=reference)
        return Issued(receipt.id or 0, receipt.number)

    return db.run(work)


@declares(DOCUMENTS)
def void_invoice(db: Database, invoice_id: int, reason: str, void_payments: bool) -> None:
    db.run(lambda s: billing.void_invoice(s, invoice_id, reason, void_payments=void_payments))


@declares(DOCUMENTS)
def void_receipt(db: Database, receipt_id: int, reason: str) -> None:
    db.run(lambda s: billing.void_receipt(s, receipt_id, reason))


@dataclass(frozen=True)
class Reminder:
    """A reminder that was numbered and logged, and the WhatsApp link that sends its text."""

    letter_number: str
    text: str
    link: str


@declares(REMINDERS)
def send_reminder(db: Database, customer_id: int, level: int, as_of: date,
                  channel: str = Channel.WHATSAPP) -> Reminder:
    """Number and log a reminder (and for WhatsApp, the link that sends its text)."""
    from bizcare.services.customers import get_customer, whatsapp_link, whatsapp_number

    def work(session: Session) -> Reminder:
        sent = billing.send_reminder(session, customer_id, level, as_of, channel=channel)
        link = ""
        if channel == Channel.WHATSAPP:  # no number: raises, and nothing is logged
            link = whatsapp_link(whatsapp_number(get_customer(session, customer_id)), sent.text)
        return Reminder(sent.letter_number, sent.text, link)

    return db.run(work)


@declares(CATALOGUE)
def save_catalogue_item(db: Database, item_id: int | None, active: bool,
                        values: dict[str, Any]) -> int:
    """Add (``item_id`` None) or update a catalogue item; returns its id."""
    from bizcare.services.billing.catalogue import add_item, update_item

    def work(session: Session) -> int:
        if item_id is None:
            item = add_item(session, **values)
            if not active:
                update_item(session, int(item.id or 0), active=False)
        else:
            item = update_item(session, item_id, active=active, **values)
        return int(item.id or 0)

    return db.run(work)
