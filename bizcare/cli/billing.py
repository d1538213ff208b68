"""``invoice``, ``receipt``, ``catalogue`` and ``reminder`` commands.

stdout carries exactly what a command promises (a number, an id, tab-separated rows with
a header; dates ISO, money as plain integers) so scripts can use it. Services are imported
inside the handlers to keep ``bizcare --help`` fast.
"""

from __future__ import annotations

import argparse
from typing import Any

from bizcare.cli import _billing_args as a
from bizcare.cli import _types as t

METHODS = ("tunai", "transfer", "qris", "ewallet", "kartu")
STATUSES = ("draft", "issued", "partial", "paid", "void", "overdue")


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    _invoice(sub, parents)
    _receipt(sub, parents)
    _catalogue(sub, parents)
    _reminder(sub, parents)


def _group(sub: Any, parents: list[argparse.ArgumentParser], name: str, text: str) -> Any:
    p = sub.add_parser(name, parents=parents, help=text, description=text)
    return p.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True,
                            parser_class=sub._parser_class)


def _invoice(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    from bizcare.cli import _billing_invoice as h

    inv = _group(sub, parents, "invoice", "invoices: create, issue, pay, void, list, print")
    p = inv.add_parser("create", parents=parents, help="create a draft (or issue it at once)")
    p.add_argument("--customer", required=True, metavar="CODE", type=t.text)
    p.add_argument("--line", action="append", required=True, metavar="DESC;QTY;PRICE",
                   type=t.text,
                   help="one line; repeat for more (optional 4th part: unit)")
    p.add_argument("--due-days", type=t.due_days, metavar="N",
                   help="0 to 3650 (default: payment terms setting)")
    p.add_argument("--date", type=t.day, metavar="YYYY-MM-DD", help="invoice date (default: today)")
    p.add_argument("--discount", type=t.amount, default="0", metavar="N",
                   help="invoice discount in Rupiah")
    p.add_argument("--notes", type=t.text, default="")
    p.add_argument("--issue", action="store_true", help="issue it: prints the number")
    p.set_defaults(handler=h.cmd_create)

    p = inv.add_parser("issue", parents=parents, help="number a draft; prints the number")
    p.add_argument("draft_id", metavar="DRAFT", type=t.draft, help="e.g. draft:12")
    p.set_defaults(handler=h.cmd_issue)

    p = inv.add_parser("void", parents=parents, help="void an issued invoice")
    p.add_argument("number", metavar="NUMBER", type=t.document)
    p.add_argument("--reason", required=True, type=t.text)
    p.add_argument("--with-payments", action="store_true",
                   help="also void its payments and kwitansi (money refunded)")
    p.set_defaults(handler=h.cmd_void)

    p = inv.add_parser("pay", parents=parents, help="record a payment; prints the kwitansi no.")
    p.add_argument("number", metavar="NUMBER", type=t.document)
    p.add_argument("--amount", required=True, metavar="N", type=t.amount)
    p.add_argument("--method", choices=METHODS, default="tunai")
    p.add_argument("--date", type=t.day, metavar="YYYY-MM-DD",
                   help="payment date (default: today)")
    p.add_argument("--reference", type=t.text, default="", help="transfer or card reference")
    p.set_defaults(handler=h.cmd_pay)

    p = inv.add_parser("list", parents=parents, help="tab-separated list with a header")
    p.add_argument("--month", type=t.month, metavar="YYYY-MM")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--customer", type=t.text, metavar="CODE")
    p.add_argument("--search", type=t.text, default="")
    p.set_defaults(handler=h.cmd_list)

    p = inv.add_parser("show", parents=parents, help="one invoice, its lines and kwitansi")
    p.add_argument("number", metavar="NUMBER", type=t.document)
    p.set_defaults(handler=h.cmd_show)

    p = inv.add_parser("pdf", parents=parents, help="write the invoice PDF")
    p.add_argument("number", metavar="NUMBER", type=t.document)
    a.output(p)
    p.set_defaults(handler=h.cmd_pdf)

    p = inv.add_parser("duplicate", parents=parents,
                       help="copy as a new draft; prints its name, e.g. draft:12")
    p.add_argument("number", metavar="NUMBER", type=t.document)
    p.set_defaults(handler=h.cmd_duplicate)

    p = inv.add_parser("delete", parents=parents, help="delete a draft")
    p.add_argument("draft_id", metavar="DRAFT", type=t.draft, help="e.g. draft:12")
    p.set_defaults(handler=h.cmd_delete)

    p = inv.add_parser("ageing", parents=parents, help="receivables per customer by age")
    p.add_argument("--as-of", type=t.day, metavar="YYYY-MM-DD")
    p.set_defaults(handler=h.cmd_ageing)

    p = inv.add_parser("export", parents=parents, help="write a month's PDFs to a folder")
    p.add_argument("month", type=t.month, metavar="YYYY-MM")
    p.add_argument("-o", "--output", required=True, metavar="FOLDER", type=t.output_folder)
    p.set_defaults(handler=h.cmd_export)


def _receipt(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    from bizcare.cli import _billing_receipt as h

    rcp = _group(sub, parents, "receipt", "kwitansi: list, print, cash sale, void")
    p = rcp.add_parser("list", parents=parents, help="tab-separated list with a header")
    p.add_argument("--month", type=t.month, metavar="YYYY-MM")
    p.add_argument("--customer", type=t.text, metavar="CODE")
    p.add_argument("--search", type=t.text, default="")
    p.set_defaults(handler=h.cmd_list)

    p = rcp.add_parser("pdf", parents=parents, help="write the kwitansi PDF")
    p.add_argument("number", metavar="NUMBER", type=t.document)
    a.output(p)
    p.set_defaults(handler=h.cmd_pdf)

    p = rcp.add_parser("issue", parents=parents,
                       help="kwitansi for a cash sale without invoice; prints its number")
    p.add_argument("--customer", required=True, metavar="CODE", type=t.text)
    p.add_argument("--amount", required=True, metavar="N", type=t.amount)
    p.add_argument("--purpose", required=True, type=t.text, help="what the money is for")
    p.add_argument("--method", choices=METHODS, default="tunai")
    p.add_argument("--date", type=t.day, metavar="YYYY-MM-DD")
    p.add_argument("--reference", type=t.text, default="")
    p.set_defaults(handler=h.cmd_issue)

    p = rcp.add_parser("void", parents=parents, help="void a kwitansi and its payment")
    p.add_argument("number", metavar="NUMBER", type=t.document)
    p.add_argument("--reason", required=True, type=t.text)
    p.set_defaults(handler=h.cmd_void)


def _catalogue(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    from bizcare.cli import _billing_receipt as h

    cat = _group(sub, parents, "catalogue", "products and services for invoice lines")
    p = cat.add_parser("add", parents=parents, help="add an item; prints its id")
    p.add_argument("name", type=t.text)
    p.add_argument("--price", required=True, metavar="N", type=t.amount)
    p.add_argument("--unit", type=t.text, default="pcs")
    p.add_argument("--category", type=t.text, default="")
    p.add_argument("--sku", type=t.text, default="")
    p.add_argument("--service", action="store_true", help="a service rather than goods")
    p.set_defaults(handler=h.cmd_catalogue_add)

    p = cat.add_parser("update", parents=parents,
                       help="change an item's name, price, unit, category or retire it")
    p.add_argument("id", type=t.ident, metavar="ID")
    for flag in ("--name", "--unit", "--category", "--sku"):
        p.add_argument(flag, type=t.text)
    p.add_argument("--price", metavar="N", type=t.amount)
    p.add_argument("--kind", choices=("goods", "service"))
    p.add_argument("--active", choices=("yes", "no"),
                   help="'no' stops offering it on new invoices")
    p.set_defaults(handler=h.cmd_catalogue_update)

    p = cat.add_parser("list", parents=parents, help="tab-separated list with a header")
    p.add_argument("--search", type=t.text, default="")
    p.add_argument("--all", action="store_true", help="include inactive items")
    p.set_defaults(handler=h.cmd_catalogue_list)


def _reminder(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    from bizcare.cli import _billing_receipt as h

    rem = _group(sub, parents, "reminder", "collection: overdue list and payment reminders")
    p = rem.add_parser("list", parents=parents, help="overdue invoices, longest first")
    p.add_argument("--as-of", type=t.day, metavar="YYYY-MM-DD")
    p.set_defaults(handler=h.cmd_reminder_list)
    for name, text in (("text", "print the WhatsApp text (nothing is logged)"),
                       ("send", "number and log the reminder; prints the WhatsApp text"),
                       ("pdf", "write the Surat Tagihan PDF")):
        p = rem.add_parser(name, parents=parents, help=text)
        p.add_argument("customer", metavar="CODE", type=t.text)
        p.add_argument("--level", type=t.count(1, 3), choices=(1, 2, 3), required=True)
        p.add_argument("--as-of", type=t.day, metavar="YYYY-MM-DD")
        if name == "pdf":
            a.output(p)
        elif name == "send":
            p.add_argument("-o", "--output", metavar="FILE.pdf", type=t.output_file,
                           help="also write the letter")
        p.set_defaults(handler=getattr(h, f"cmd_reminder_{name}"))
