"""The customer list: a paged model over ``search_page`` so 100,000 customers scroll lightly."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from sqlmodel import Session

from bizcare.domain.enums import CustomerKind
from bizcare.domain.validation import format_phone
from bizcare.services.customers import (
    CustomerQuery,
    CustomerRow,
    count_customers,
    rows_for_ids,
    search_ids,
    search_page,
)
from bizcare.storage.db import Database
from bizcare.ui.common.paged_model import ChipRole, PagedTableModel, RawRole
from bizcare.ui.common.palette import FADED, qcolor
from bizcare.ui.customers.labels import KIND_CHIPS, category_label, kind_label

#: Rows near the top served with OFFSET; deeper pages come from the query's id list.
DEEP_ROWS = 2_000


class CustomerSource:
    """One customer query (search, filters, order) answered by the service in SQL.

    The first pages come from ``search_page`` (OFFSET, fast near the top). A page deeper than
    ``deep_rows`` would make SQLite step over every row before it (~130 ms at 100,000), so
    the source then takes the query's ids once (``search_ids``, 8 bytes each) and serves
    every page by primary key (``rows_for_ids``, ~2 ms). Each call opens its own short read
    transaction, so the list never holds a lock. A new query or order is a new source.
    """

    def __init__(self, db: Database, query: CustomerQuery | None = None,
                 deep_rows: int = DEEP_ROWS) -> None:
        self.db = db
        self.query = query if query is not None else CustomerQuery()
        self.deep_rows = deep_rows
        self._ids: array[int] | None = None

    def count(self) -> int:
        if self._ids is not None:
            return len(self._ids)
        return self.db.run(lambda session: count_customers(session, self.query), write=False)

    def fetch(self, offset: int, limit: int) -> Sequence[CustomerRow]:
        return self.db.run(lambda session: self._fetch(session, offset, limit), write=False)

    def _fetch(self, session: Session, offset: int, limit: int) -> Sequence[CustomerRow]:
        if self._ids is None and offset + limit <= self.deep_rows:
            return search_page(session, self.query, offset, limit)
        if self._ids is None:
            self._ids = array("q", search_ids(session, self.query))
        return rows_for_ids(session, self._ids[offset:offset + limit].tolist())

    @property
    def has_ids(self) -> bool:
        """Whether the id list was taken (the list was scrolled deep)."""
        return self._ids is not None

    def sorting(self) -> tuple[str, bool]:
        return (self.query.sort, self.query.descending)

    def sorted_by(self, key: str, descending: bool) -> CustomerSource:
        return CustomerSource(self.db, replace(self.query, sort=key, descending=descending),
                              self.deep_rows)

    def with_query(self, query: CustomerQuery) -> CustomerSource:
        """Another search or filter, keeping the current order."""
        return CustomerSource(self.db, replace(query, sort=self.query.sort,
                                               descending=self.query.descending),
                              self.deep_rows)


class CustomerTableModel(PagedTableModel[CustomerRow]):
    """Customers as rows: code, name, kind chip, category, city, phone, e-mail."""

    Columns = IntEnum("Columns", "CODE NAME KIND CATEGORY CITY PHONE EMAIL", start=0)

    sort_keys: ClassVar[dict[int, str]] = {
        Columns.CODE: "code", Columns.NAME: "name", Columns.KIND: "kind",
        Columns.CATEGORY: "category", Columns.CITY: "city", Columns.PHONE: "phone",
        Columns.EMAIL: "email",
    }

    def header_text(self, column: int) -> str:
        c = self.Columns
        return {
            c.CODE: self.tr("Code"), c.NAME: self.tr("Name"), c.KIND: self.tr("Kind"),
            c.CATEGORY: self.tr("Category"), c.CITY: self.tr("City"),
            c.PHONE: self.tr("Phone"), c.EMAIL: self.tr("E-mail"),
        }[self.Columns(column)]

    def cell(self, row: CustomerRow, column: int, role: int) -> Any:
        col = self.Columns(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == RawRole:
            return getattr(row, col.name.lower())
        if role == ChipRole and col == self.Columns.KIND:
            return KIND_CHIPS.get(row.kind)
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return qcolor(FADED)
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.Columns.NAME:
            return self._tooltip(row)
        return None

    def _text(self, row: CustomerRow, col: IntEnum) -> str:
        c = self.Columns
        if col == c.KIND:
            return kind_label(row.kind)
        if col == c.CATEGORY:
            if row.kind == CustomerKind.INTERNAL and row.division:
                return row.division
            return category_label(row.category)
        if col == c.PHONE:
            return format_phone(row.phone)
        if col == c.NAME and row.archived:
            return self.tr("{name} (archived)").format(name=row.name)
        return str(getattr(row, col.name.lower()) or "")

    def _tooltip(self, row: CustomerRow) -> str:
        parts = [row.name]
        if row.company:
            parts.append(row.company)
        if row.kind == CustomerKind.INTERNAL and row.division:
            parts.append(self.tr("Division {name}").format(name=row.division))
        return " · ".join(parts)
