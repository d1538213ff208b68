"""Handlers of ``bizcare invoice …`` (registered by ``bizcare.cli.billing``)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bizcare.cli import _billing_args as a
from bizcare.cli.base import write_output

INVOICE_HEADER = ("number", "date", "due", "customer_code", "customer_name", "total", "paid",
                  "status")
PAGE = 1000


def cmd_create(ctx: Any) -> int:
    from bizcare.services.billing import (
        DraftInput,
        customer_by_code,
        draft_handle,
        issue_invoice,
        save_draft,
    )

    args = ctx.args
    lines = [a.invoice_line(text) for text in args.line]
    issue_date = args.date

    def work(s: Any) -> object:
        customer = customer_by_code(s, args.customer)
        due = None
        if args.due_days is not None:
            due = (issue_date or date.today()) + timedelta(days=max(args.due_days, 0))
        draft = save_draft(
            s,
            DraftInput(a.id_of(customer), lines, issue_date=issue_date, due_date=due,
                       discount=args.discount, notes=args.notes),
            actor="cli",
        )
        if args.issue:
            return issue_invoice(s, a.id_of(draft), actor="cli").number
        return draft_handle(a.id_of(draft))

    ctx.out(ctx.db.run(work))
    return 0


def cmd_issue(ctx: Any) -> int:
    from bizcare.services.billing import issue_invoice

    number = ctx.db.run(lambda s: issue_invoice(s, ctx.args.draft_id, actor="cli").number)
    ctx.out(number)
    return 0


def cmd_void(ctx: Any) -> int:
    from bizcare.services.billing import invoice_by_number, void_invoice

    def work(s: Any) -> None:
        invoice = invoice_by_number(s, ctx.args.number)
        void_invoice(s, a.id_of(invoice), ctx.args.reason, actor="cli",
                     void_payments=ctx.args.with_payments)

    ctx.db.run(work)
    return 0


def cmd_pay(ctx: Any) -> int:
    from bizcare.services.billing import invoice_by_number, record_payment

    args = ctx.args
    amount = args.amount

    def work(s: Any) -> str:
        invoice = invoice_by_number(s, args.number)
        return record_payment(s, a.id_of(invoice), amount, args.method, args.date,
                              args.reference, actor="cli").number

    ctx.out(ctx.db.run(work))
    return 0


def cmd_list(ctx: Any) -> int:
    from bizcare.services.billing import (
        InvoiceQuery,
        customer_by_code,
        draft_handle,
        invoice_page,
    )

    args = ctx.args
    with ctx.db.session(write=False) as s:
        customer_id = customer_by_code(s, args.customer).id if args.customer else None
        q = InvoiceQuery(search=args.search, status=args.status, month=args.month,
                         customer_id=customer_id, sort="date", descending=False)
        rows = invoice_page(s, q, 0, PAGE)  # a bad --month fails before the header is printed
        ctx.out(*INVOICE_HEADER)
        offset = 0
        while rows:
            for r in rows:
                ctx.out(r.number or draft_handle(r.id), r.issue_date.isoformat(),
                        r.due_date.isoformat(), r.customer_code, r.customer_name, r.total,
                        r.paid, r.status)
            offset += len(rows)
            rows = invoice_page(s, q, offset, PAGE)
    return 0


def cmd_show(ctx: Any) -> int:
    from bizcare.services.billing import draft_handle, invoice_by_number, invoice_detail

    with ctx.db.session(write=False) as s:
        d = invoice_detail(s, a.id_of(invoice_by_number(s, ctx.args.number)))
    inv = d.invoice
    for key, value in (
        ("number", inv.number or draft_handle(a.id_of(inv))), ("id", inv.id), ("status", d.status),
        ("date", inv.issue_date.isoformat()), ("due", inv.due_date.isoformat()),
        ("customer_code", d.customer.code), ("customer_name", d.customer.name),
        ("subtotal", inv.subtotal), ("discount", inv.discount), ("ppn_mode", inv.ppn_mode),
        ("dpp", inv.dpp), ("ppn", inv.ppn), ("total", inv.total), ("paid", d.paid),
        ("outstanding", d.outstanding), ("void_reason", inv.void_reason),
    ):  # fmt: skip
        ctx.out(key, value)
    for ln, amount in zip(d.lines, d.line_amounts, strict=True):
        ctx.out("line", ln.description, ln.quantity.normalize(), ln.unit, ln.unit_price,
                ln.discount, amount)
    for r in d.receipts:
        ctx.out("receipt", r.number, r.issued_on.isoformat(), r.amount, r.method, r.status)
    return 0


def cmd_pdf(ctx: Any) -> int:
    from bizcare.services.billing import invoice_by_number, invoice_pdf

    with ctx.db.session(write=False) as s:
        data = invoice_pdf(s, a.id_of(invoice_by_number(s, ctx.args.number)))
    ctx.out(write_output(ctx.args.output, data))
    return 0


def cmd_duplicate(ctx: Any) -> int:
    from bizcare.services.billing import draft_handle, duplicate_invoice, invoice_by_number

    with ctx.db.session() as s:
        source = invoice_by_number(s, ctx.args.number)
        copy = duplicate_invoice(s, a.id_of(source), actor="cli")
    ctx.out(draft_handle(a.id_of(copy)))
    return 0


def cmd_delete(ctx: Any) -> int:
    from bizcare.services.billing import delete_draft

    ctx.db.run(lambda s: delete_draft(s, ctx.args.draft_id, actor="cli"))
    return 0


def cmd_ageing(ctx: Any) -> int:
    from bizcare.services.billing import BUCKETS, ageing

    with ctx.db.session(write=False) as s:
        report = ageing(s, ctx.args.as_of)
    ctx.out("customer_code", "customer_name", *BUCKETS, "total")
    for row in report.rows:
        ctx.out(row.customer_code, row.customer_name, *row.buckets, row.total)
    ctx.out("TOTAL", "", *report.totals, report.total)
    return 0


def cmd_export(ctx: Any) -> int:
    from bizcare.services.billing import export_month_documents

    with ctx.db.session(write=False) as s:
        result = export_month_documents(s, ctx.args.month, Path(ctx.args.output))
    for path in result.files:
        ctx.out(path)
    return 0
