"""Merging two records of the same customer: history moves, the duplicate is archived.

Every table with a foreign key to ``customer.id`` is found from the metadata, so tables that
later areas add (invoices, loyalty, complaints, …) move along without this module knowing
them. Where the customer is part of a primary key (tags, segment membership) rows the
survivor already has are dropped instead of moved.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, delete, select, tuple_, update
from sqlmodel import Session, SQLModel

from bizcare.domain.errors import NotFoundError, StateError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer
from bizcare.domain.models._base import utcnow
from bizcare.services import audit

# Contact and profile fields the survivor takes from the duplicate when its own are blank.
FILL_BLANKS = (
    "company", "contact_person", "phone", "whatsapp", "email", "address", "city", "province",
    "birth_date", "gender", "preferences", "needs", "npwp",
)  # fmt: skip


def merge_customers(
    session: Session, survivor_id: int, duplicate_id: int, actor: str = ""
) -> Customer:
    """Move all of ``duplicate_id``'s history to ``survivor_id`` and archive the duplicate.

    Raises:
        ValidationError: both ids are the same customer.
        StateError: one of them was already merged, or their kinds differ.
    """
    if survivor_id == duplicate_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose two different customers to merge."),
            field="duplicate",
        )
    survivor, duplicate = _customer(session, survivor_id), _customer(session, duplicate_id)
    for customer in (survivor, duplicate):
        if customer.merged_into_id is not None:
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Customer {code} has already been merged."),
                code=customer.code,
            )
    if survivor.kind != duplicate.kind:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "An internal and an external customer cannot be merged.")
        )
    moved = _move_history(session, survivor_id, duplicate_id)
    session.expire_all()  # rows moved behind the ORM's back
    filled = [name for name in FILL_BLANKS if _fill(survivor, duplicate, name)]
    if duplicate.notes.strip() and duplicate.notes.strip() not in survivor.notes:
        survivor.notes = f"{survivor.notes.rstrip()}\n{duplicate.notes.strip()}".strip()
    survivor.joined_on = min(survivor.joined_on, duplicate.joined_on)
    survivor.updated_at = duplicate.updated_at = utcnow()
    duplicate.archived = True
    duplicate.merged_into_id = survivor_id
    session.add_all([survivor, duplicate])
    session.flush()
    audit.record(
        session, "merge", "customer", survivor_id, actor,
        duplicate_id=duplicate_id, duplicate_code=duplicate.code, moved=moved, filled=filled,
    )  # fmt: skip
    return survivor


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Customer {code} not found."), code=f"#{customer_id}"
        )
    return customer


def _fill(survivor: Customer, duplicate: Customer, name: str) -> bool:
    if getattr(survivor, name) in ("", None) and getattr(duplicate, name) not in ("", None):
        setattr(survivor, name, getattr(duplicate, name))
        return True
    return False


def customer_references() -> list[tuple[Table, Any]]:
    """(table, column) for every column pointing at ``customer.id``."""
    refs = []
    for table in SQLModel.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "customer" and fk.column.name == "id":
                refs.append((table, fk.parent))
    return refs


def _move_history(session: Session, survivor_id: int, duplicate_id: int) -> dict[str, int]:
    moved: dict[str, int] = {}
    for table, column in customer_references():
        if column.primary_key:
            others = [c for c in table.primary_key.columns if c is not column]
            key = others[0] if len(others) == 1 else tuple_(*others)
            taken = select(*others).where(column == survivor_id)
            session.execute(delete(table).where(column == duplicate_id, key.in_(taken)))
        result: Any = session.execute(
            update(table).where(column == duplicate_id).values({column.name: survivor_id})
        )
        if result.rowcount:
            moved[f"{table.name}.{column.name}"] = int(result.rowcount)
    return moved
