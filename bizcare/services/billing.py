"""Billing in one import: invoices, payments and kwitansi, lists, receivables, documents.

The use cases live in smaller modules along their seams; this module is the stable API the
GUI, the CLI and other areas call. Every function takes the caller's ``Session`` and does
one use case inside its transaction (numbers are taken in that same transaction).
"""

from __future__ import annotations

from bizcare.services.billing_common import (
    OVERDUE,
    customer_by_code,
    display_status,
    invoice_by_number,
    paid_amount,
    receipt_by_number,
)
from bizcare.services.billing_totals import LineInput, Totals, clean_quantity, preview_totals
from bizcare.services.invoice_queries import (
    INVOICE_STATUSES,
    InvoiceDetail,
    InvoiceQuery,
    InvoiceRow,
    ReceiptQuery,
    ReceiptRow,
    count_invoices,
    count_receipts,
    invoice_detail,
    invoice_page,
    receipt_page,
)
from bizcare.services.invoices import (
    INVOICE_SERIES,
    DraftInput,
    delete_draft,
    duplicate_invoice,
    issue_invoice,
    lines_of,
    save_draft,
    void_invoice,
)
from bizcare.services.payments import (
    RECEIPT_SERIES,
    issue_cash_receipt,
    record_payment,
    void_receipt,
)

__all__ = [
    "INVOICE_SERIES",
    "INVOICE_STATUSES",
    "OVERDUE",
    "RECEIPT_SERIES",
    "DraftInput",
    "InvoiceDetail",
    "InvoiceQuery",
    "InvoiceRow",
    "LineInput",
    "ReceiptQuery",
    "ReceiptRow",
    "Totals",
    "clean_quantity",
    "count_invoices",
    "count_receipts",
    "customer_by_code",
    "delete_draft",
    "display_status",
    "duplicate_invoice",
    "invoice_by_number",
    "invoice_detail",
    "invoice_page",
    "issue_cash_receipt",
    "issue_invoice",
    "lines_of",
    "paid_amount",
    "preview_totals",
    "receipt_by_number",
    "receipt_page",
    "record_payment",
    "save_draft",
    "void_invoice",
    "void_receipt",
]
