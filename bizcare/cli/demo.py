"""``bizcare demo``: fill the database with a realistic Indonesian shop and its history.

Demo data only goes into a database without customers, so it never mixes with real ones.
``--force`` replaces ALL data (customers, invoices, kwitansi, points… — the settings stay)
after writing a safety copy to the backups folder (its path is printed on stderr); it is
refused while another BizCare process (a window, a command) has the database file open.
On success stdout gets one line saying what was created.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bizcare.domain.i18n import QT_TRANSLATE_NOOP

SUMMARY = QT_TRANSLATE_NOOP(
    "demo",
    "Demo data created: {customers} customers ({internal} internal), {invoices} invoices, "
    "{receipts} kwitansi, {entries} loyalty entries, {interactions} contacts, {feedback} "
    "feedback, {complaints} complaints, {requests} internal requests, from {start} to {end} "
    "(seed {seed}).",
)
KEPT = QT_TRANSLATE_NOOP(
    "demo", "The database already has {count} customers; no demo data was added."
)
BACKED_UP = QT_TRANSLATE_NOOP("demo", "The previous data was backed up to {path}")
NOT_EMPTY = QT_TRANSLATE_NOOP(
    "errors",
    "The database already has {count} customers. Use --force to replace all data with demo "
    "data (a backup is made first).",
)


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    from bizcare.cli import _types as t

    p = sub.add_parser(
        "demo", parents=parents,
        help="fill an empty database with realistic Indonesian demo data",
        description="Creates a demo shop: customers of both kinds, invoices, payments, "
        "kwitansi, loyalty points, contacts, feedback, complaints and internal requests "
        "over the last M months. The same seed S gives the same data. Refuses a database "
        "that already has customers unless --force (which backs it up first; database "
        "files only).",
    )  # fmt: skip
    p.add_argument("--customers", type=t.count(0, 10**9), default=500, metavar="N",
                   help="external customers to create (default 500; the six divisions come "
                   "on top as internal customers)")
    p.add_argument("--months", type=t.count(0, 10**9), default=12, metavar="M",
                   help="months of history ending today (default 12; 0 = no history)")
    p.add_argument("--seed", type=t.count(0, 2**32 - 1), default=1, metavar="S",
                   help="random seed, 0 to 4294967295 (default 1)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--force", action="store_true",
                      help="replace all existing data; a backup is written first")
    mode.add_argument("--if-empty", action="store_true",
                      help="fill only an empty database; otherwise say so and succeed "
                      "(for set-up scripts that may run twice)")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(ctx: Any) -> int:
    from bizcare.domain.errors import StateError
    from bizcare.i18n import translator_for
    from bizcare.services.demo import DatabaseNotEmpty, check_arguments, count_customers, generate
    from bizcare.services.maintenance import replacing_all_data

    args = ctx.args
    check_arguments(args.customers, args.months)
    translate = translator_for(ctx.lang)
    db = ctx.db
    try:
        if args.force and (db.path is not None or db.run(count_customers, write=False)):
            # Alone on the file (refused while a window or a command has it open), and
            # what it held is kept first: a window would otherwise see its data vanish.
            with replacing_all_data(db) as kept:
                sys.stderr.write(translate("demo", BACKED_UP).format(path=kept) + "\n")
                summary = generate(db, args.customers, args.months, args.seed,
                                   _progress(translate), replace=True)
        else:
            summary = generate(db, args.customers, args.months, args.seed,
                               _progress(translate), replace=args.force)
    except DatabaseNotEmpty as exc:
        if args.if_empty:
            sys.stderr.write(translate("demo", KEPT).format(count=exc.params["count"]) + "\n")
            return 0
        raise StateError(NOT_EMPTY, count=exc.params["count"]) from None
    ctx.out(translate("demo", SUMMARY).format(
        customers=summary["customer"], internal=summary["customer"] - args.customers,
        invoices=summary["invoice"], receipts=summary["receipt"],
        entries=summary["loyalty_entry"], interactions=summary["interaction"],
        feedback=summary["feedback"], complaints=summary["complaint"],
        requests=summary["internal_request"], start=summary.first_day.isoformat(),
        end=summary.last_day.isoformat(), seed=summary.seed,
    ))  # fmt: skip
    return 0


def _progress(translate: Any) -> Any:
    """Progress on a terminal's stderr (one line, rewritten); nothing when redirected."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, text: str) -> None:
        line = f"[{done}/{total}] {translate('demo', text)}"
        sys.stderr.write("\r" + line.ljust(70) + ("\n" if done >= total else ""))
        sys.stderr.flush()

    return show
