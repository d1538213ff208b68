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
    draft_handle,
    invoice_by_number,
    paid_amount,
    parse_draft_handle,
    receipt_by_number,
)
from bizcare.services.billing_docs import invoice_doc, receipt_doc, reminder_doc
from bizcare.services.billing_export import (
    ExportResult,
    export_month_documents,
    invoice_pdf,
    receipt_pdf,
    reminder_pdf,
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
from bizcare.services.receivables import (
    BUCKET_LABELS,
    BUCKETS,
    Ageing,
    AgeingRow,
    OverdueInvoice,
    SentReminder,
    ageing,
    overdue_invoices,
    reminder_text,
    send_reminder,
)

__all__ = [
    "BUCKETS",
    "BUCKET_LABELS",
    "INVOICE_SERIES",
    "INVOICE_STATUSES",
    "OVERDUE",
    "RECEIPT_SERIES",
    "Ageing",
    "AgeingRow",
    "DraftInput",
    "ExportResult",
    "InvoiceDetail",
    "InvoiceQuery",
    "InvoiceRow",
    "LineInput",
    "OverdueInvoice",
    "ReceiptQuery",
    "ReceiptRow",
    "SentReminder",
    "Totals",
    "ageing",
    "clean_quantity",
    "count_invoices",
    "count_receipts",
    "customer_by_code",
    "delete_draft",
    "display_status",
    "draft_handle",
    "duplicate_invoice",
    "export_month_documents",
    "invoice_by_number",
    "invoice_detail",
    "invoice_doc",
    "invoice_page",
    "invoice_pdf",
    "issue_cash_receipt",
    "issue_invoice",
    "lines_of",
    "overdue_invoices",
    "paid_amount",
    "parse_draft_handle",
    "preview_totals",
    "receipt_by_number",
    "receipt_doc",
    "receipt_page",
    "receipt_pdf",
    "record_payment",
    "reminder_doc",
    "reminder_pdf",
    "reminder_text",
    "save_draft",
    "send_reminder",
    "void_invoice",
    "void_receipt",
]
