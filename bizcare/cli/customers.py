"""Customer commands: ``customer add|list|show|archive|restore``, ``import customers FILE``
and ``export customers -o FILE``.

``import`` and ``export`` are command groups other areas add their own sub-commands to
(``export invoices`` …); :func:`command_group` creates a group or reuses the one another
module registered first, so the order modules load in does not matter.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

LIST_COLUMNS = ("code", "name", "kind", "category", "phone", "email", "city")
PAGE = 1000


def command_group(sub: Any, parents: list[argparse.ArgumentParser], name: str,
                  help_text: str) -> Any:  # fmt: skip
    """The sub-command action of the top-level command ``name``, created on first use."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, parents=parents, help=help_text)
        return parser.add_subparsers(
            dest=f"{name}_what", metavar="WHAT", required=True, parser_class=sub._parser_class
        )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError(f"command {name!r} has no sub-commands to add to")


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    from bizcare.cli import _types as t

    p = sub.add_parser("customer", parents=parents, help="add, list, show or archive customers")
    cmds = p.add_subparsers(
        dest="customer_command", metavar="ACTION", required=True, parser_class=sub._parser_class
    )

    add = cmds.add_parser("add", parents=parents, help="add a customer; prints its new code")
    add.add_argument("--name", type=t.text, required=True)
    add.add_argument("--kind", choices=("external", "internal"), default="external")
    add.add_argument("--category", type=t.text, default="",
                     help="perorangan, b2b, reseller or ritel")
    add.add_argument("--company", type=t.text, default="")
    add.add_argument("--division", type=t.text, default="",
                     help="division name (internal customers)")
    add.add_argument("--contact", type=t.text, default="", help="contact person")
    add.add_argument("--phone", type=t.text, default="")
    add.add_argument("--whatsapp", type=t.text, default="")
    add.add_argument("--email", type=t.text, default="")
    add.add_argument("--city", type=t.text, default="")
    add.add_argument("--tag", type=t.text, action="append", default=[],
                     help="may be given several times")
    add.add_argument("--notes", type=t.text, default="")
    add.set_defaults(handler=cmd_add)

    lst = cmds.add_parser(
        "list", parents=parents, help="tab-separated code, name, kind, category, phone, email, city"
    )
    lst.add_argument("--search", type=t.text, default="",
                     help="name, company, code, phone, e-mail or city")
    lst.add_argument("--kind", choices=("external", "internal"))
    lst.add_argument("--category", type=t.text)
    lst.add_argument("--city", type=t.text)
    lst.add_argument("--tag", type=t.text)
    lst.add_argument("--archived", action="store_true", help="include archived customers")
    lst.add_argument("--sort", type=t.text, default="name",
                     choices=("code", "name", "kind", "category", "city", "phone", "email",
                              "joined_on"))  # fmt: skip
    lst.set_defaults(handler=cmd_list)

    for name, handler, text in (
        ("show", cmd_show, "print one customer's details, money owed and loyalty points as "
                           "field<TAB>value lines"),
        ("archive", cmd_archive, "archive a customer (history is kept)"),
        ("restore", cmd_restore, "bring an archived customer back"),
    ):
        c = cmds.add_parser(name, parents=parents, help=text)
        c.add_argument("code", metavar="CODE", type=t.text, help="e.g. PLG-000123")
        c.set_defaults(handler=handler)

    imp = command_group(sub, parents, "import", "import data from a file").add_parser(
        "customers", parents=parents, help="import customers from CSV or XLSX (all or nothing)"
    )
    imp.add_argument("file", metavar="FILE", type=t.input_file)
    imp.add_argument("--skip-invalid", action="store_true",
                     help="import the good rows and report the bad ones")  # fmt: skip
    imp.add_argument("--skip-duplicates", action="store_true",
                     help="leave out rows whose phone or e-mail is already known")  # fmt: skip
    imp.set_defaults(handler=cmd_import)

    exp = command_group(sub, parents, "export", "export data to a file").add_parser(
        "customers", parents=parents, help="export customers to CSV (UTF-8 with BOM) or XLSX"
    )
    exp.add_argument("-o", "--output", required=True, metavar="FILE", type=t.output_file)
    exp.add_argument("--delimiter", default=",", type=t.delimiter,
                     help="CSV separator, e.g. ';' or tab (default ',')")
    exp.set_defaults(handler=cmd_export)


def _warn(ctx: Any, template: str, **values: object) -> None:
    from bizcare.i18n import translator_for

    text = translator_for(ctx.lang)("cli", template).format(**values)
    sys.stderr.write(f"bizcare: {text}\n")


def cmd_add(ctx: Any) -> int:
    from bizcare.domain.i18n import QT_TRANSLATE_NOOP
    from bizcare.services.customers import CustomerInput, create_customer, find_duplicates

    a = ctx.args
    data = CustomerInput(
        name=a.name, kind=a.kind, category=a.category, company=a.company, division=a.division,
        contact_person=a.contact, phone=a.phone, whatsapp=a.whatsapp, email=a.email,
        city=a.city, tags=a.tag, notes=a.notes,
    )  # fmt: skip
    def work(s: Any) -> tuple[str, list[tuple[str, str]]]:
        customer = create_customer(s, data)
        found = find_duplicates(s, customer.phone, customer.email, exclude_id=customer.id)
        return customer.code, [(other.code, other.name) for other in found]

    code, duplicates = ctx.db.run(work)  # printed once, after the commit (run may retry)
    for other_code, other_name in duplicates:
        _warn(ctx, QT_TRANSLATE_NOOP("cli", "possible duplicate of {code} {name}"),
              code=other_code, name=other_name)  # fmt: skip
    ctx.out(code)
    return 0


def cmd_list(ctx: Any) -> int:
    from bizcare.services.customers import CustomerQuery, search_page

    a = ctx.args
    query = CustomerQuery(search=a.search, kind=a.kind, category=a.category, city=a.city,
                          tag=a.tag, include_archived=a.archived, sort=a.sort)  # fmt: skip
    ctx.out(*LIST_COLUMNS)
    offset = 0
    with ctx.db.session(write=False) as s:
        while True:
            rows = search_page(s, query, offset, PAGE)
            for r in rows:
                ctx.out(*(getattr(r, column) for column in LIST_COLUMNS))
            if len(rows) < PAGE:
                return 0
            offset += PAGE


def cmd_show(ctx: Any) -> int:
    """The record's fields, then today's overview: money owed and loyalty (plain integers)."""
    from dataclasses import fields
    from datetime import date

    from bizcare.services.customers import customer_input, customer_overview, get_customer_by_code

    with ctx.db.session(write=False) as s:
        customer = get_customer_by_code(s, ctx.args.code)
        assert customer.id is not None
        data = customer_input(s, customer.id)
        ctx.out("code", customer.code)
        for f in fields(data):
            value = getattr(data, f.name)
            if isinstance(value, list):
                value = ", ".join(value)
            elif hasattr(value, "strftime"):
                value = value.strftime("%d/%m/%Y")
            elif isinstance(value, bool):
                value = "ya" if value else "tidak"
            ctx.out(f.name, value)
        ctx.out("archived", "ya" if customer.archived else "tidak")
        overview = customer_overview(s, customer.id, date.today(), recent=0)
    ctx.out("outstanding", overview.outstanding)
    ctx.out("overdue", overview.overdue_amount)
    ctx.out("overdue_invoices", overview.overdue_count)
    ctx.out("points", overview.member.points)
    ctx.out("tier", overview.member.tier or "-")
    return 0


def cmd_archive(ctx: Any) -> int:
    from bizcare.services.customers import archive_customer, get_customer_by_code

    with ctx.db.session() as s:
        customer = get_customer_by_code(s, ctx.args.code)
        assert customer.id is not None
        archive_customer(s, customer.id, actor="cli")
    return 0


def cmd_restore(ctx: Any) -> int:
    from bizcare.services.customers import get_customer_by_code, restore_customer

    with ctx.db.session() as s:
        customer = get_customer_by_code(s, ctx.args.code)
        assert customer.id is not None
        restore_customer(s, customer.id, actor="cli")
    return 0


def cmd_import(ctx: Any) -> int:
    """Prints the number of customers added; bad rows and duplicates go to stderr."""
    from bizcare.domain.i18n import QT_TRANSLATE_NOOP
    from bizcare.i18n import translator_for
    from bizcare.services.transfer import guess_mapping, import_customers, plan_import, read_table

    a = ctx.args
    table = read_table(Path(a.file))
    with ctx.db.session() as s:
        plan = plan_import(s, table, guess_mapping(table.headers), translator_for(ctx.lang))
        for line, reason in plan.problems:
            _warn(ctx, QT_TRANSLATE_NOOP("cli", "line {line}: {reason}"), line=line,
                  reason=reason)  # fmt: skip
        for line, reason in plan.duplicates:
            _warn(ctx, QT_TRANSLATE_NOOP("cli", "line {line}: possible duplicate: {reason}"),
                  line=line, reason=reason)  # fmt: skip
        count = import_customers(s, plan, skip_invalid=a.skip_invalid,
                                 skip_duplicates=a.skip_duplicates, actor="cli")  # fmt: skip
    ctx.out(count)
    return 0


def cmd_export(ctx: Any) -> int:
    """Prints the file written."""
    from bizcare.services.transfer import export_customers

    delimiter = {"tab": "\t", "\\t": "\t"}.get(ctx.args.delimiter, ctx.args.delimiter)
    path = Path(ctx.args.output)
    with ctx.db.session(write=False) as s:
        export_customers(s, path, delimiter=delimiter, lang=ctx.lang)
    ctx.out(path)
    return 0
