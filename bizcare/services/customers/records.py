"""Customer records of both kinds: create, edit, archive, divisions, tags and duplicates.

This module is the entry point the UI and the CLI import; searching
(:mod:`~bizcare.services.customers.search.query`), contact history
(:mod:`~bizcare.services.customers.interactions`) and merging
(:mod:`~bizcare.services.customers.merging`) live in their own modules; the package face
re-exports what other floors use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import delete, func, insert, or_
from sqlmodel import Session, col, select

from bizcare.domain.enums import CustomerKind
from bizcare.domain.errors import NotFoundError, StateError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, CustomerTag, Division, Interaction, Tag
from bizcare.domain.models._base import utcnow
from bizcare.domain.validation import clean_email, format_phone
from bizcare.services import audit
from bizcare.services.customers.codes import reserve_codes
from bizcare.services.customers.input import (
    FIELD_LABELS,
    CustomerInput,
    clean_phone,
    validate_customer,
)
from bizcare.services.customers.interactions import (
    FollowUp,
    complete_follow_up,
    follow_ups_due,
    interactions_for,
    log_interaction,
    whatsapp_link,
    whatsapp_message,
)
from bizcare.services.customers.merging import merge_customers
from bizcare.services.customers.search.query import (
    SORT_KEYS,
    CustomerQuery,
    CustomerRow,
    count_customers,
    list_cities,
    list_tags,
    rows_for_ids,
    search_ids,
    search_page,
)
from bizcare.services.lookups import get_customer, get_customer_by_code

__all__ = [
    "FIELD_LABELS", "SORT_KEYS", "CustomerInput", "CustomerQuery", "CustomerRow",
    "CustomerSummary", "FollowUp", "archive_customer", "complete_follow_up",
    "count_customers", "create_customer", "customer_input", "customer_summary",
    "find_duplicates", "follow_ups_due", "get_customer", "get_customer_by_code",
    "interactions_for", "list_cities", "list_divisions", "list_tags", "log_interaction",
    "merge_customers", "restore_customer", "rows_for_ids", "save_division", "search_ids",
    "search_page", "update_customer", "validate_customer", "whatsapp_link",
    "whatsapp_message", "whatsapp_number",
]  # fmt: skip

# CustomerInput fields copied onto the Customer row as they are.
_PLAIN = tuple(
    f.name for f in fields(CustomerInput) if f.name not in {"division", "tags", "joined_on"}
)




def create_customer(session: Session, data: CustomerInput, actor: str = "") -> Customer:
    """Validate and add a customer; its code is the next one of its kind's series."""
    clean = validate_customer(data)
    customer = Customer(code=reserve_codes(session, clean.kind, 1)[0], name=clean.name)
    _apply(session, customer, clean, actor)
    customer.joined_on = clean.joined_on or date.today()
    session.add(customer)
    session.flush()
    assert customer.id is not None
    set_tags(session, customer.id, clean.tags)
    audit.record(session, "create", "customer", customer.id, actor, code=customer.code)
    return customer


def update_customer(
    session: Session, customer_id: int, data: CustomerInput, actor: str = ""
) -> Customer:
    """Save an edited customer; the kind cannot change (it decides the code's series)."""
    customer = get_customer(session, customer_id)
    clean = validate_customer(data)
    if clean.kind != customer.kind:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The kind of a customer cannot be changed."),
            field="kind",
        )
    before = customer_input(session, customer_id)
    _apply(session, customer, clean, actor)
    if clean.joined_on is not None:
        customer.joined_on = clean.joined_on
    customer.updated_at = utcnow()
    session.add(customer)
    set_tags(session, customer_id, clean.tags)
    after = customer_input(session, customer_id)
    changed = sorted(
        f.name for f in fields(CustomerInput) if getattr(before, f.name) != getattr(after, f.name)
    )
    audit.record(session, "update", "customer", customer_id, actor, fields=changed)
    return customer


def archive_customer(session: Session, customer_id: int, actor: str = "") -> None:
    """Hide a customer from lists; history stays (customers are never deleted)."""
    customer = get_customer(session, customer_id)
    if customer.archived:
        return
    customer.archived = True
    customer.updated_at = utcnow()
    session.add(customer)
    audit.record(session, "archive", "customer", customer_id, actor, code=customer.code)


def restore_customer(session: Session, customer_id: int, actor: str = "") -> None:
    customer = get_customer(session, customer_id)
    if customer.merged_into_id is not None:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors", "Customer {code} was merged into another one and cannot be restored."
            ),
            code=customer.code,
        )
    if not customer.archived:
        return
    customer.archived = False
    customer.updated_at = utcnow()
    session.add(customer)
    audit.record(session, "restore", "customer", customer_id, actor, code=customer.code)


def customer_input(session: Session, customer_id: int) -> CustomerInput:
    """The customer as the edit form shows it (phones in their readable national form)."""
    c = get_customer(session, customer_id)
    division = session.get(Division, c.division_id) if c.division_id is not None else None
    values = {name: getattr(c, name) for name in _PLAIN}
    values.update(phone=format_phone(c.phone), whatsapp=format_phone(c.whatsapp))
    return CustomerInput(
        **values,
        division=division.name if division is not None else "",
        tags=tags_of(session, customer_id),
        joined_on=c.joined_on,
    )


def whatsapp_number(customer: Customer) -> str:
    """The number to chat with: the WhatsApp number, else the phone (E.164, maybe "")."""
    return customer.whatsapp or customer.phone


def find_duplicates(
    session: Session, phone: str, email: str, exclude_id: int | None = None
) -> list[Customer]:
    """Customers (not merged away) with the same phone/WhatsApp or e-mail, oldest first.

    Input that is not a valid phone or e-mail matches nothing instead of raising, so a form
    can ask while the user is still typing.
    """
    conditions = []
    phone_e164 = _quiet(clean_phone, phone)
    if phone_e164:
        conditions.append(col(Customer.phone) == phone_e164)
    email_clean = _quiet(clean_email, email)
    if email_clean:
        conditions.append(col(Customer.email) == email_clean)
    if not conditions:
        return []
    stmt = select(Customer).where(or_(*conditions), col(Customer.merged_into_id).is_(None))
    if exclude_id is not None:
        stmt = stmt.where(col(Customer.id) != exclude_id)
    return list(session.exec(stmt.order_by(col(Customer.id))))


def _quiet(clean: Callable[[str], str], value: str) -> str:
    try:
        return clean(value)
    except ValidationError:
        return ""


# --- divisions -------------------------------------------------------------------------------


def list_divisions(session: Session, include_inactive: bool = False) -> list[Division]:
    stmt = select(Division).order_by(func.lower(Division.name))
    if not include_inactive:
        stmt = stmt.where(col(Division.active).is_(True))
    return list(session.exec(stmt))


def save_division(
    session: Session,
    name: str,
    division_id: int | None = None,
    active: bool = True,
    actor: str = "",
) -> Division:
    """Add a division (``division_id`` None) or rename / (de)activate one."""
    clean = " ".join(name.split())
    if not clean or len(clean) > 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A division name must have 1 to 100 characters."),
            field="name",
        )
    same = session.exec(select(Division).where(func.lower(Division.name) == clean.lower())).first()
    if same is not None and same.id != division_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is already a division called {name}."),
            field="name",
            name=same.name,
        )
    if division_id is None:
        division = Division(name=clean, active=active)
    else:
        found = session.get(Division, division_id)
        if found is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Division not found."))
        division = found
        division.name, division.active = clean, active
    session.add(division)
    session.flush()
    action = "create" if division_id is None else "update"
    audit.record(session, action, "division", division.id, actor, name=clean, active=active)
    return division


def division_id_for(session: Session, name: str, actor: str = "") -> int:
    """The division called ``name`` (any case), created when it is new."""
    found = session.exec(select(Division).where(func.lower(Division.name) == name.lower())).first()
    division = found if found is not None else save_division(session, name, actor=actor)
    assert division.id is not None
    return division.id


# --- tags ------------------------------------------------------------------------------------


def tags_of(session: Session, customer_id: int) -> list[str]:
    stmt = (
        select(Tag.name)
        .join(CustomerTag, col(CustomerTag.tag_id) == col(Tag.id))
        .where(CustomerTag.customer_id == customer_id)
        .order_by(func.lower(Tag.name))
    )
    return list(session.exec(stmt))


def tag_ids(session: Session, names: list[str]) -> dict[str, int]:
    """Ids of the tags ``names`` (matched case-insensitively; new ones are created)."""
    wanted = {n.casefold(): n for n in names}
    result: dict[str, int] = {}
    if not wanted:
        return result
    for tag in session.exec(select(Tag)):
        key = tag.name.casefold()
        if key in wanted and tag.id is not None:
            result[key] = tag.id
    for key, name in wanted.items():
        if key not in result:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
            assert tag.id is not None
            result[key] = tag.id
    return result


def set_tags(session: Session, customer_id: int, names: list[str]) -> None:
    """Replace a customer's tags."""
    table = CustomerTag.__table__  # type: ignore[attr-defined]
    session.execute(delete(table).where(table.c.customer_id == customer_id))
    ids = sorted(set(tag_ids(session, names).values()))
    if ids:
        session.execute(insert(table), [{"customer_id": customer_id, "tag_id": t} for t in ids])


# --- the detail pane -------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerSummary:
    """What the detail pane shows about one customer (other areas add their own parts)."""

    customer: Customer
    division: str
    tags: list[str]
    interactions: list[Interaction]
    follow_ups_open: int


def customer_summary(session: Session, customer_id: int) -> CustomerSummary:
    customer = get_customer(session, customer_id)
    division = session.get(Division, customer.division_id) if customer.division_id else None
    open_count = session.exec(
        select(func.count())
        .select_from(Interaction)
        .where(
            Interaction.customer_id == customer_id,
            col(Interaction.follow_up_on).is_not(None),
            col(Interaction.follow_up_done).is_(False),
        )
    ).one()
    return CustomerSummary(
        customer=customer,
        division=division.name if division is not None else "",
        tags=tags_of(session, customer_id),
        interactions=interactions_for(session, customer_id),
        follow_ups_open=int(open_count),
    )


def _apply(session: Session, customer: Customer, clean: CustomerInput, actor: str) -> None:
    for name in _PLAIN:
        setattr(customer, name, getattr(clean, name))
    customer.division_id = (
        division_id_for(session, clean.division, actor)
        if clean.kind == CustomerKind.INTERNAL
        else None
    )
