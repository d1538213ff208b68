"""What the billing detail panels ask for: one enum per panel, never a button's text.

``StrEnum`` so the operations (``BillingOps.invoice_action``) and tests may still say "pay".
"""

from __future__ import annotations

from enum import StrEnum


class InvoiceAction(StrEnum):
    """The invoice panel's buttons, in their order on screen (first row up to VOID)."""

    EDIT = "edit"
    ISSUE = "issue"
    DELETE = "delete"
    PAY = "pay"
    VOID = "void"
    DUPLICATE = "duplicate"
    PREVIEW = "preview"
    PRINT = "print"


#: The actions of the invoice panel's first row (what changes the invoice).
FIRST_ROW = frozenset({InvoiceAction.EDIT, InvoiceAction.ISSUE, InvoiceAction.DELETE,
                       InvoiceAction.PAY, InvoiceAction.VOID})


class ReceiptAction(StrEnum):
    """The kwitansi panel's buttons."""

    PREVIEW = "preview"
    PRINT = "print"
    VOID = "void"
