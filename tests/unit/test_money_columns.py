"""Money is int Rupiah in every table: no column anywhere may hold a float or a decimal."""

from __future__ import annotations

from sqlalchemy import Float, Numeric
from sqlmodel import SQLModel

import bizcare.domain.models  # noqa: F401 - registers every table


def test_no_table_has_a_float_or_decimal_column() -> None:
    tables = SQLModel.metadata.sorted_tables
    names = {t.name for t in tables}
    assert {"invoice", "payment", "receipt", "loyalty_entry", "customer"} <= names
    inexact = [f"{t.name}.{c.name}" for t in tables for c in t.columns
               if isinstance(c.type, Float | Numeric)]
    assert inexact == []


def test_amount_columns_are_integers() -> None:
    amounts = [c for t in SQLModel.metadata.sorted_tables for c in t.columns
               if c.name in {"total", "amount", "subtotal", "unit_price"}]
    assert amounts
    assert all(c.type.python_type is int for c in amounts), [
        f"{c.table.name}.{c.name}" for c in amounts if c.type.python_type is not int]
