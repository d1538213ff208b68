"""Billing in one import: invoices, payments and kwitansi, lists, receivables, documents.

The use cases live in smaller modules along their seams; this module is the stable API the
GUI, the CLI and other areas call. Every function takes the caller's ``Session`` and does
one use case inside its transaction (numbers are taken in that same transaction).
"""

from __future__ import annotations

from bizcare.services.billing.catalogue import add_item, get_item, list_items, update_item
from bizcare.services.billing.common import (
    INV,
    OVERDUE,
    PAY,
    customer_by_code,
    display_status,
    draft_handle,
    get_customer,
    invoice_by_number,
    lines_of,
    paid_amount,
    parse_draft_handle,
    receipt_by_number,
)
from bizcare.services.billing.documents import invoice_doc, receipt_doc, reminder_doc
from bizcare.services.billing.export import (
    ExportResult,
    export_month_documents,
    invoice_pdf,
    receipt_pdf,
    reminder_pdf,
)
from bizcare.services.billing.invoice_loyalty import LoyaltyOffer, LoyaltyTotals, loyalty_offer
from bizcare.services.billing.invoices import (
    INVOICE_SERIES,
    DraftInput,
    delete_draft,
    duplicate_invoice,
    issue_invoice,
    save_draft,
    void_invoice,
)
from bizcare.services.billing.payments import (
    RECEIPT_SERIES,
    issue_cash_receipt,
    record_payment,
    void_receipt,
)
from bizcare.services.billing.queries import (
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
from bizcare.services.billing.receivables import (
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
from bizcare.services.billing.totals import (
    LineInput,
    Totals,
    clean_quantity,
    line_amount,
    preview_totals,
)

__all__ = [
    "Ageing",
    "AgeingRow",
    "BUCKETS",
    "BUCKET_LABELS",
    "DraftInput",
    "ExportResult",
    "INV",
    "INVOICE_SERIES",
    "INVOICE_STATUSES",
    "InvoiceDetail",
    "InvoiceQuery",
    "InvoiceRow",
    "LineInput",
    "LoyaltyOffer",
    "LoyaltyTotals",
    "OVERDUE",
    "OverdueInvoice",
    "PAY",
    "RECEIPT_SERIES",
    "ReceiptQuery",
    "ReceiptRow",
    "SentReminder",
    "Totals",
    "add_item",
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
    "get_customer",
    "get_item",
    "invoice_by_number",
    "invoice_detail",
    "invoice_doc",
    "invoice_page",
    "invoice_pdf",
    "issue_cash_receipt",
    "issue_invoice",
    "line_amount",
    "lines_of",
    "list_items",
    "loyalty_offer",
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
    "update_item",
    "void_invoice",
    "void_receipt",
]
