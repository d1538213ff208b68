"""The catalogue of products and services that invoice lines are picked from."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlmodel import Session, col

from bizcare.domain.errors import DuplicateError, NotFoundError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import CatalogueItem
from bizcare.domain.money import MAX_AMOUNT, too_large
from bizcare.services import audit
from bizcare.services.billing.common import clean_text

_EDITABLE = ("name", "sku", "unit", "price", "category", "is_service", "active")


def add_item(
    session: Session,
    name: str,
    price: int,
    unit: str = "pcs",
    category: str = "",
    sku: str = "",
    is_service: bool = False,
    actor: str = "",
) -> CatalogueItem:
    """A new active catalogue item; a non-empty SKU must be unique."""
    item = CatalogueItem(**_clean(session, None, name=name, price=price, unit=unit,
                                  category=category, sku=sku, is_service=is_service))
    session.add(item)
    session.flush()
    audit.record(session, "create", "catalogue_item", item.id, actor, name=item.name)
    return item


def update_item(session: Session, item_id: int, actor: str = "", **changes: Any) -> CatalogueItem:
    """Change some fields (name, sku, unit, price, category, is_service, active).

    Invoices already written keep their own copy of description and price.
    """
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise TypeError(f"unknown catalogue fields: {sorted(unknown)}")
    item = get_item(session, item_id)
    current = {k: getattr(item, k) for k in _EDITABLE}
    for key, value in _clean(session, item_id, **{**current, **changes}).items():
        setattr(item, key, value)
    session.add(item)
    audit.record(session, "update", "catalogue_item", item_id, actor, fields=sorted(changes))
    return item


def get_item(session: Session, item_id: int) -> CatalogueItem:
    item = session.get(CatalogueItem, item_id)
    if item is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Catalogue item {id} not found."), id=item_id
        )
    return item


def list_items(
    session: Session,
    search: str = "",
    *,
    include_inactive: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[CatalogueItem]:
    """Items whose name, SKU or category contains ``search``, by name (for the line picker)."""
    stmt = select(CatalogueItem)
    term = search.strip()
    if term:
        like = f"%{term}%"
        stmt = stmt.where(
            or_(
                col(CatalogueItem.name).ilike(like),
                col(CatalogueItem.sku).ilike(like),
                col(CatalogueItem.category).ilike(like),
            )
        )
    if not include_inactive:
        stmt = stmt.where(col(CatalogueItem.active).is_(True))
    stmt = stmt.order_by(func.lower(CatalogueItem.name), col(CatalogueItem.id))
    return list(session.execute(stmt.offset(offset).limit(limit)).scalars())


def _clean(session: Session, item_id: int | None, **v: Any) -> dict[str, Any]:
    name = clean_text(
        v["name"], "name", 200,
        required_message=QT_TRANSLATE_NOOP("errors", "A catalogue item needs a name."),
    )  # fmt: skip
    price = v["price"]
    if isinstance(price, bool) or not isinstance(price, int):
        raise TypeError("prices are int Rupiah")
    if price < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Amounts cannot be negative."), "price")
    if price > MAX_AMOUNT:
        raise too_large("price")
    sku = clean_text(v["sku"], "sku", 40)
    if sku:
        clash = session.execute(
            select(CatalogueItem.id).where(  # type: ignore[call-overload]
                func.upper(CatalogueItem.sku) == sku.upper(), CatalogueItem.id != item_id
            )
        ).first()
        if clash is not None:
            raise DuplicateError(
                QT_TRANSLATE_NOOP("errors", "Another catalogue item already has SKU {sku}."),
                sku=sku,
            )
    return {
        "name": name,
        "price": price,
        "unit": clean_text(v["unit"], "unit", 20) or "pcs",
        "category": clean_text(v["category"], "category", 100),
        "sku": sku,
        "is_service": bool(v["is_service"]),
        "active": bool(v.get("active", True)),
    }
