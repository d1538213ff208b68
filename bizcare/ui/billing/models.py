"""The invoice and kwitansi lists: paged models over the billing list services.

Filtering, searching and sorting are SQL in :mod:`bizcare.services.billing.queries`; these
models only say what each cell shows. Money cells carry int Rupiah in ``RawRole`` for the
money delegate, the status cell a chip style in ``ChipRole``.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import Qt

from bizcare.documents.formatting import format_date_short, format_rupiah
from bizcare.services.billing import (
    InvoiceQuery,
    InvoiceRow,
    ReceiptQuery,
    ReceiptRow,
    count_invoices,
    count_receipts,
    invoice_page,
    receipt_page,
)
from bizcare.storage.db import Database
from bizcare.ui.billing.labels import method_label, status_chip, status_label
from bizcare.ui.common.paged_model import ChipRole, PagedTableModel, QuerySource, RawRole
from bizcare.ui.common.palette import FADED, qcolor

R = TypeVar("R")


def invoice_source(db: Database, query: InvoiceQuery | None = None,
                   ) -> QuerySource[InvoiceQuery, InvoiceRow]:
    """One invoice query answered by :mod:`bizcare.services.billing.queries` in SQL."""
    return QuerySource(db, query if query is not None else InvoiceQuery(),
                       count_invoices, invoice_page)


def receipt_source(db: Database, query: ReceiptQuery | None = None,
                   ) -> QuerySource[ReceiptQuery, ReceiptRow]:
    """One kwitansi query answered by :mod:`bizcare.services.billing.queries` in SQL."""
    return QuerySource(db, query if query is not None else ReceiptQuery(),
                       count_receipts, receipt_page)


class _BillingModel(PagedTableModel[R]):
    """A billing list: cells shown in ``lang``; DisplayRole from :meth:`text`, RawRole from
    :meth:`raw`, any other role from :meth:`styled`."""

    def __init__(self, lang: str = "id", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = lang

    def cell(self, row: R, column: int, role: int) -> Any:
        c = self.Columns(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, c)
        if role == RawRole:
            return self.raw(row)[c]
        return self.styled(row, c, role)

    def text(self, row: R, c: IntEnum) -> str:
        raise NotImplementedError

    def raw(self, row: R) -> dict[IntEnum, Any]:
        raise NotImplementedError

    def styled(self, row: R, c: IntEnum, role: int) -> Any:
        raise NotImplementedError


class InvoiceTableModel(_BillingModel[InvoiceRow]):
    """Invoices: number, date, due, customer, total, outstanding, status chip."""

    Columns = IntEnum("Columns", "NUMBER DATE DUE CUSTOMER TOTAL OUTSTANDING STATUS", start=0)

    MONEY = (Columns.TOTAL, Columns.OUTSTANDING)
    right_columns: ClassVar[tuple[int, ...]] = MONEY

    sort_keys: ClassVar[dict[int, str]] = {
        Columns.NUMBER: "number", Columns.DATE: "date", Columns.DUE: "due",
        Columns.CUSTOMER: "customer", Columns.TOTAL: "total", Columns.STATUS: "status",
    }

    def header_text(self, column: int) -> str:
        c = self.Columns
        return {
            c.NUMBER: self.tr("Number"), c.DATE: self.tr("Date"), c.DUE: self.tr("Due"),
            c.CUSTOMER: self.tr("Customer"), c.TOTAL: self.tr("Total"),
            c.OUTSTANDING: self.tr("Outstanding"), c.STATUS: self.tr("Status"),
        }[self.Columns(column)]

    def raw(self, row: InvoiceRow) -> dict[IntEnum, Any]:
        c = self.Columns
        return {
            c.NUMBER: row.number, c.DATE: row.issue_date, c.DUE: row.due_date,
            c.CUSTOMER: row.customer_name, c.TOTAL: row.total,
            # None, not 0: the money delegate then shows the dash of "nothing owed".
            c.OUTSTANDING: row.outstanding or None, c.STATUS: row.status,
        }

    def styled(self, row: InvoiceRow, c: IntEnum, role: int) -> Any:
        if role == ChipRole and c == self.Columns.STATUS:
            return status_chip(row.status)
        if role == Qt.ItemDataRole.ForegroundRole and (
                row.status == "void" or (c == self.Columns.NUMBER and not row.number)):
            return qcolor(FADED)
        if role == Qt.ItemDataRole.ToolTipRole and c == self.Columns.CUSTOMER:
            return f"{row.customer_code} · {row.customer_name}"
        return None

    def text(self, row: InvoiceRow, c: IntEnum) -> str:
        cols = self.Columns
        if c == cols.NUMBER:
            return row.number or self.tr("Draft #{id}").format(id=row.id)
        if c == cols.DATE:
            return format_date_short(row.issue_date, self.lang)
        if c == cols.DUE:
            return format_date_short(row.due_date, self.lang)
        if c == cols.CUSTOMER:
            return row.customer_name
        if c == cols.TOTAL:
            return format_rupiah(row.total)
        if c == cols.OUTSTANDING:
            return format_rupiah(row.outstanding) if row.outstanding else "–"
        return status_label(row.status)


class ReceiptTableModel(_BillingModel[ReceiptRow]):
    """Kwitansi: number, date, received from, invoice, method, amount, status chip."""

    Columns = IntEnum("Columns", "NUMBER DATE RECEIVED_FROM INVOICE METHOD AMOUNT STATUS", start=0)

    sort_keys: ClassVar[dict[int, str]] = {
        Columns.NUMBER: "number", Columns.DATE: "date", Columns.RECEIVED_FROM: "customer",
        Columns.INVOICE: "invoice", Columns.METHOD: "method", Columns.AMOUNT: "amount",
    }
    right_columns: ClassVar[tuple[int, ...]] = (Columns.AMOUNT,)

    def header_text(self, column: int) -> str:
        c = self.Columns
        return {
            c.NUMBER: self.tr("Number"), c.DATE: self.tr("Date"),
            c.RECEIVED_FROM: self.tr("Received from"), c.INVOICE: self.tr("Invoice"),
            c.METHOD: self.tr("Method"), c.AMOUNT: self.tr("Amount"),
            c.STATUS: self.tr("Status"),
        }[self.Columns(column)]

    def raw(self, row: ReceiptRow) -> dict[IntEnum, Any]:
        c = self.Columns
        return {
            c.NUMBER: row.number, c.DATE: row.issued_on, c.RECEIVED_FROM: row.received_from,
            c.INVOICE: row.invoice_number, c.METHOD: row.method, c.AMOUNT: row.amount,
            c.STATUS: row.status,
        }

    def styled(self, row: ReceiptRow, c: IntEnum, role: int) -> Any:
        if role == ChipRole and c == self.Columns.STATUS:
            return "void" if row.void else "green"
        if role == Qt.ItemDataRole.ForegroundRole and row.void:
            return qcolor(FADED)
        if role == Qt.ItemDataRole.ToolTipRole and c == self.Columns.AMOUNT and \
                row.meterai_required:
            return self.tr("Above the stamp-duty threshold: affix a meterai.")
        return None

    def text(self, row: ReceiptRow, c: IntEnum) -> str:
        cols = self.Columns
        if c == cols.NUMBER:
            return row.number
        if c == cols.DATE:
            return format_date_short(row.issued_on, self.lang)
        if c == cols.RECEIVED_FROM:
            return row.received_from
        if c == cols.INVOICE:
            return row.invoice_number or self.tr("Cash sale")
        if c == cols.METHOD:
            return method_label(row.method)
        if c == cols.AMOUNT:
            return format_rupiah(row.amount)
        return status_label("void") if row.void else self.tr("VALID")
