"""Whole-program commands: the window, words for amounts, snapshots, backup and restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

TABS = ("dashboard", "customers", "segments", "loyalty", "billing", "service", "reports",
        "settings")


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    from bizcare.cli import _types as t

    p = sub.add_parser("gui", parents=parents, help="open the main window (the default)")
    p.set_defaults(handler=cmd_gui)

    p = sub.add_parser("terbilang", parents=parents,
                       help="print the Indonesian words for an amount, as on a kwitansi")
    p.add_argument("amount", type=t.text, help="whole Rupiah, e.g. 5000001 or 5.000.001")
    p.add_argument("--no-rupiah", action="store_true", help="leave out the word 'rupiah'")
    p.set_defaults(handler=cmd_terbilang)

    p = sub.add_parser("snapshot", parents=parents, help="render the main window to a PNG")
    p.add_argument("--tab", choices=TABS, default="dashboard",
                   help="the tab to show (default: dashboard)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.png", type=t.output_file,
                   help="the PNG to write")
    p.add_argument("--size", default="1280x800", metavar="WxH", type=t.size,
                   help="window size in pixels (default: 1280x800)")
    p.set_defaults(handler=cmd_snapshot)

    p = sub.add_parser("backup", parents=parents, help="consistent copy of the database")
    p.add_argument("-o", "--output", metavar="FILE", type=t.output_file,
                   help="default: backups folder, timestamped")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", parents=parents,
                       help="replace the database with a verified backup (refused while "
                       "another BizCare window or command has it open; the replaced data "
                       "is kept in the backups folder)")
    p.add_argument("file", metavar="FILE", type=t.input_file,
                   help="a backup made by 'bizcare backup'")
    p.set_defaults(handler=cmd_restore)


def cmd_gui(ctx: Any) -> int:
    from bizcare.domain.errors import BizCareError
    from bizcare.ui.app import run_gui, show_startup_error

    lang = ctx.lang if hasattr(ctx.args, "lang") else None
    lock = None
    try:
        if not getattr(ctx.args, "database_url", None):  # one window per database file
            from bizcare.config import database_file
            from bizcare.storage.instance import hold_for_window

            lock = hold_for_window(database_file(getattr(ctx.args, "db", None)))
        db = ctx.db
    except BizCareError as exc:
        # The windowed launcher has no console: a refused database must be said in a dialog.
        show_startup_error(exc, lang or "id")
        if lock is not None:
            lock.release()
        raise
    try:
        return run_gui(db, lang)
    finally:
        if lock is not None:
            lock.release()


def cmd_terbilang(ctx: Any) -> int:
    from bizcare.documents.formatting import parse_rupiah
    from bizcare.documents.terbilang import terbilang

    amount = parse_rupiah(ctx.args.amount)
    print(terbilang(amount, rupiah=not ctx.args.no_rupiah))
    return 0


def cmd_snapshot(ctx: Any) -> int:
    size = ctx.args.size
    out = Path(ctx.args.output)
    from bizcare.ui.snapshot import snapshot

    snapshot(ctx.db, ctx.args.tab, out, size, ctx.lang if hasattr(ctx.args, "lang") else None)
    print(out)
    return 0


def cmd_backup(ctx: Any) -> int:
    from bizcare.services.maintenance import make_backup

    print(make_backup(ctx.db, Path(ctx.args.output) if ctx.args.output else None))
    return 0


def cmd_restore(ctx: Any) -> int:
    from bizcare.domain.i18n import QT_TRANSLATE_NOOP
    from bizcare.i18n import translator_for
    from bizcare.services.maintenance import restore_backup

    source = Path(ctx.args.file)
    done = restore_backup(ctx.db, source)
    text = QT_TRANSLATE_NOOP("cli", "Restored {path}. The data it replaced is kept in {kept}")
    print(translator_for(ctx.lang)("cli", text).format(path=source, kept=done.safety_copy))
    return 0
