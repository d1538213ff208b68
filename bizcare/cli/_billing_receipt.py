"""Handlers of ``bizcare receipt …``, ``catalogue …`` and ``reminder …``."""

from __future__ import annotations

from typing import Any

from bizcare.cli import _billing_args as a
from bizcare.cli.base import write_output

RECEIPT_HEADER = ("number", "date", "customer_code", "received_from", "invoice", "amount",
                  "method", "status")
PAGE = 1000


def cmd_list(ctx: Any) -> int:
    from bizcare.services.billing import ReceiptQuery, customer_by_code, receipt_page

    args = ctx.args
    with ctx.db.session(write=False) as s:
        customer_id = customer_by_code(s, args.customer).id if args.customer else None
        q = ReceiptQuery(search=args.search, month=args.month, customer_id=customer_id,
                         sort="date", descending=False)
        rows = receipt_page(s, q, 0, PAGE)  # a bad --month fails before the header is printed
        ctx.out(*RECEIPT_HEADER)
        offset = 0
        while rows:
            for r in rows:
                ctx.out(r.number, r.issued_on.isoformat(), r.customer_code, r.received_from,
                        r.invoice_number or "", r.amount, r.method, r.status)
            offset += len(rows)
            rows = receipt_page(s, q, offset, PAGE)
    return 0


def cmd_pdf(ctx: Any) -> int:
    from bizcare.services.billing import receipt_by_number, receipt_pdf

    with ctx.db.session(write=False) as s:
        data = receipt_pdf(s, a.id_of(receipt_by_number(s, ctx.args.number)))
    ctx.out(write_output(ctx.args.output, data))
    return 0


def cmd_issue(ctx: Any) -> int:
    from bizcare.services.billing import customer_by_code, issue_cash_receipt

    args = ctx.args
    amount = args.amount

    def work(s: Any) -> str:
        customer = customer_by_code(s, args.customer)
        return issue_cash_receipt(s, a.id_of(customer), amount, args.purpose, args.method,
                                  args.date, args.reference, actor="cli").number

    ctx.out(ctx.db.run(work))
    return 0


def cmd_void(ctx: Any) -> int:
    from bizcare.services.billing import receipt_by_number, void_receipt

    def work(s: Any) -> None:
        receipt = receipt_by_number(s, ctx.args.number)
        void_receipt(s, a.id_of(receipt), ctx.args.reason, actor="cli")

    ctx.db.run(work)
    return 0


def cmd_catalogue_add(ctx: Any) -> int:
    from bizcare.services.billing import add_item

    args = ctx.args
    with ctx.db.session() as s:
        item = add_item(s, args.name, args.price, args.unit, args.category, args.sku,
                        args.service, actor="cli")
    ctx.out(item.id)
    return 0


def cmd_catalogue_update(ctx: Any) -> int:
    from bizcare.services.billing import update_item

    args = ctx.args
    changes: dict[str, Any] = {k: getattr(args, k) for k in ("name", "unit", "category", "sku")
                               if getattr(args, k) is not None}
    if args.price is not None:
        changes["price"] = args.price
    if args.kind is not None:
        changes["is_service"] = args.kind == "service"
    if args.active is not None:
        changes["active"] = args.active == "yes"
    with ctx.db.session() as s:
        update_item(s, args.id, actor="cli", **changes)
    return 0


def cmd_catalogue_list(ctx: Any) -> int:
    from bizcare.services.billing import list_items

    with ctx.db.session(write=False) as s:
        ctx.out("id", "sku", "name", "unit", "price", "category", "kind", "active")
        offset = 0
        while items := list_items(s, ctx.args.search, include_inactive=ctx.args.all,
                                  offset=offset, limit=PAGE):
            for i in items:
                ctx.out(i.id, i.sku, i.name, i.unit, i.price, i.category,
                        "service" if i.is_service else "goods", int(i.active))
            offset += len(items)
    return 0


def cmd_reminder_list(ctx: Any) -> int:
    from bizcare.services.billing import overdue_invoices

    with ctx.db.session(write=False) as s:
        rows = overdue_invoices(s, ctx.args.as_of)
    ctx.out("number", "due", "days_overdue", "customer_code", "customer_name", "outstanding",
            "level")
    for r in rows:
        ctx.out(r.number, r.due_date.isoformat(), r.days_overdue, r.customer_code,
                r.customer_name, r.outstanding, r.suggested_level)
    return 0


def cmd_reminder_text(ctx: Any) -> int:
    from bizcare.services.billing import customer_by_code, reminder_text

    with ctx.db.session(write=False) as s:
        customer = customer_by_code(s, ctx.args.customer)
        text = reminder_text(s, a.id_of(customer), ctx.args.level, ctx.args.as_of)
    print(text)
    return 0


def cmd_reminder_send(ctx: Any) -> int:
    from bizcare.services.billing import customer_by_code, reminder_pdf, send_reminder

    args = ctx.args
    def work(s: Any) -> Any:
        customer = customer_by_code(s, args.customer)
        sent = send_reminder(s, a.id_of(customer), args.level, args.as_of, actor="cli")
        if args.output:
            # Inside the unit: a letter that cannot be written takes no number. A retried
            # attempt writes the file again, with the number that is finally committed.
            data = reminder_pdf(s, a.id_of(customer), args.level, args.as_of,
                                sent.letter_number)
            write_output(args.output, data)
        return sent

    sent = ctx.db.run(work)
    print(sent.text)
    return 0


def cmd_reminder_pdf(ctx: Any) -> int:
    from bizcare.services.billing import customer_by_code, reminder_pdf

    with ctx.db.session(write=False) as s:
        customer = customer_by_code(s, ctx.args.customer)
        data = reminder_pdf(s, a.id_of(customer), ctx.args.level, ctx.args.as_of)
    ctx.out(write_output(ctx.args.output, data))
    return 0
