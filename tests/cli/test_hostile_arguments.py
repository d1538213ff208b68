"""Every command, every argument, hostile values: exit 0 or 2, never a traceback, and a
command that fails leaves the database as it was.

The commands are found by walking ``build_parser()``, so a new command is covered the day it
is registered. Each example runs one command in-process (``bizcare.cli.base.run``) on a copy
of a small shop database, with valid values for what the command requires and one hostile
value in one of its arguments. A few real-argv cases (bytes that are not UTF-8) run in a
subprocess, since only the interpreter turns them into lone surrogates.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bizcare.cli import _types as t
from bizcare.cli.base import build_parser, run

NOT_DRIVEN = {("gui",): "opens the main window and waits for the user"}

HOSTILE = [
    "", " ", "\t", "\x00", "a\x00b", "\udcff\udcfe", "caf\udce9", "x" * 20_000, "-1", "-5",
    "0", "1_000", "١٠٠٠", "１０００", "٣", "9223372036854775808", str(2**64), "10000000000",
    "999999999999999999999999", "9999-12-31", "0001-01-01", "2026-02-30", "9999-12",
    "Rp1.000.000.000.000.000", "1e9", "NaN", "draft:", "draft:99999999999999999999",
    "INV/2026/11/0001\n", "../../../../escape.pdf", ".", "afile/x.pdf", "afile/x.db",
    "nosuch/dir/x.pdf", "line1\nline2", "'; DROP TABLE invoice; --", "%s%(x)s{0}",
]
def _stays_here(value: str) -> bool:
    """Generated text never names a place outside the test's folder (as an output path it
    would be written there: the tests may run as root)."""
    return not value.startswith(("/", "\\")) and ":" not in value and ".." not in value


TRACEBACK = re.compile(r'Traceback \(most recent call last\)|File ".*", line \d+')


Command = tuple[tuple[str, ...], argparse.ArgumentParser]


def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[Command]:
    """Every runnable command below ``parser`` with its own parser."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
    for action in subs:
        for name, child in action.choices.items():
            yield from leaves(child, (*path, name))


COMMANDS = [(path, p) for path, p in leaves(build_parser()) if path and path not in NOT_DRIVEN]


def takes_value(action: argparse.Action) -> bool:
    return action.nargs != 0 and not isinstance(
        action, (argparse._HelpAction, argparse._VersionAction, argparse._SubParsersAction))


ARGUMENTS = [(path, p, a) for path, p in COMMANDS for a in p._actions if takes_value(a)]
"""Every (command, argument) pair, equally likely to be drawn."""


def valid_value(action: argparse.Action, shop: Path) -> str:
    """A value the argument accepts, pointing at the shop's real rows where it names one."""
    if action.choices:
        return str(next(iter(action.choices)))
    kind = action.type
    by_type = {
        t.amount: "1000", t.day: "2026-11-24", t.month: "2026-11",
        t.document: "INV/2026/11/0001", t.draft: "draft:2", t.ident: "1", t.points: "1",
        t.points_change: "1", t.due_days: "14", t.size: "1280x800", t.delimiter: ";",
        t.output_file: str(shop.parent / "out.file"), t.output_folder: str(shop.parent / "out"),
        t.input_file: str(shop.parent / "customers.csv"), t.database_file: str(shop),
        t.database_url: f"sqlite:///{shop}",
    }
    if kind in by_type:
        return by_type[kind]
    if action.metavar in ("CODE", "CUSTOMER") or action.dest == "customer":
        return "PLG-000001"
    if action.dest == "line":
        return "Jasa servis AC;1;1000"
    return "1" if kind is not t.text else "Servis"


def argv_for(path: tuple[str, ...], parser: argparse.ArgumentParser, target: argparse.Action,
             hostile: str, shop: Path) -> list[str]:  # fmt: skip
    """``path`` with valid values for what it requires and ``hostile`` in ``target``."""
    argv = [*path]
    for action in parser._actions:
        if not takes_value(action) or action.dest in ("db", "database_url"):
            continue
        if action is not target and not action.required:
            continue
        value = hostile if action is target else valid_value(action, shop)
        if action.option_strings:
            argv.append(f"{action.option_strings[-1]}={value}")  # "=": a value may start "-"
        else:
            argv.append(value)
    if target.dest == "database_url":
        return [*argv, f"--database-url={hostile}"]
    return [*argv, f"--db={hostile if target.dest == 'db' else shop}"]


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A shop with a customer, an issued and paid invoice, a draft and a catalogue item."""
    from datetime import date

    from bizcare.services.billing import record_payment
    from bizcare.services.billing.catalogue import add_item
    from bizcare.services.customers.records import CustomerInput, create_customer
    from bizcare.services.database import open_database
    from tests.services.billing_helpers import make_invoice

    path = tmp_path_factory.mktemp("shop") / "toko.db"
    db = open_database(path)
    with db.session() as s:
        customer = create_customer(s, CustomerInput(name="Budi Santoso"))  # PLG-000001
        invoice = make_invoice(s, customer, on=date(2026, 11, 1))
        record_payment(s, invoice.id or 0, 1000, "tunai", date(2026, 11, 2), "")
        make_invoice(s, customer, issue=False)
        add_item(s, "Kabel", 1000, "pcs", "", "", False)
    db.dispose()
    return path


@pytest.fixture
def shop_dir(tmp_path: Path, template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Relative hostile paths land in the test's own folder: the working folder sits deeper
    # than any "../" among them (the tests run as root on CI, where a path that climbs out
    # could overwrite a system file: "../../../../etc/passwd" once did).
    here = tmp_path.joinpath(*"sandbox/a/b/c/d/e".split("/"))
    here.mkdir(parents=True)
    assert max(v.count("..") for v in HOSTILE) < len(here.relative_to(tmp_path).parts)
    monkeypatch.chdir(here)
    (here / "afile").write_text("a file where a folder should be", encoding="utf-8")
    (here / "customers.csv").write_text("nama,telepon\nSari,0812345678\n",
                                        encoding="utf-8")
    return here


def run_captured(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = run(argv)
        except SystemExit as exc:  # argparse refused an argument
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def check(argv: list[str], shop: Path) -> None:
    before = dump(shop)
    code, out, err = run_captured(argv)
    shown = [t.shown(a) for a in argv]
    assert code in (0, 2), (shown, code, err[-2000:])
    for line in (out + err).splitlines():
        assert not TRACEBACK.search(line), (shown, err[-2000:])
    if code == 2:
        assert err.splitlines()[-1].startswith("bizcare"), (shown, err[-500:])
        assert dump(shop) == before, shown


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_hostile_values_never_crash_and_failures_change_nothing(
        data: st.DataObject, shop_dir: Path, template: Path) -> None:  # fmt: skip
    path, parser, target = data.draw(st.sampled_from(ARGUMENTS), label="argument")
    hostile = data.draw(st.sampled_from(HOSTILE) | st.text(max_size=30).filter(_stays_here),
                        label="value")
    shop = shop_dir / "toko.db"
    shutil.copyfile(template, shop)
    check(argv_for(path, parser, target, hostile, shop), shop)


def test_every_argument_has_a_checking_type() -> None:
    """What reaches a handler went through ``cli/_types.py`` (or a fixed list of choices)."""
    checked = {getattr(t, name) for name in t.__all__ if callable(getattr(t, name))}
    unchecked = []
    for path, parser in COMMANDS:
        for action in parser._actions:
            if not takes_value(action) or action.choices:
                continue
            kind = action.type
            owner = getattr(kind, "__module__", "")
            if kind not in checked and owner != "bizcare.cli._types":
                unchecked.append((path, action.dest))
    assert unchecked == []


@pytest.mark.parametrize("argv", [
    ["invoice", "pay", "INV/2026/11/0001", "--amount", str(2**63)],
    ["invoice", "pay", "INV/2026/11/0001", "--amount", "١٠٠٠"],
    ["invoice", "create", "--customer", "PLG-000001", "--line", "A;1;1000", "--due-days",
     "10000000000"],
    ["invoice", "create", "--customer", "PLG-000001", "--line", f"A;1;{2**63}"],
    ["invoice", "create", "--customer", "PLG-000001", "--line", "A;١;1000"],
    ["invoice", "create", "--customer", "PLG-000001", "--line", "A;1;1000", "--date",
     "0001-01-01"],
    ["receipt", "issue", "--customer", "PLG-000001", "--amount", "1000", "--purpose", "x",
     "--date", "9999-12-31"],
    ["loyalty", "adjust", "PLG-000001", "--points", "1_000", "--reason", "x"],
    ["invoice", "void", "1", "--reason", "x"],
    ["invoice", "delete", "2"],
    ["invoice", "pdf", "INV/2026/11/0001", "-o", "afile/x.pdf"],
    ["invoice", "pdf", "INV/2026/11/0001", "-o", ""],
    ["invoice", "pdf", "INV/2026/11/0001", "-o", "."],
    ["export", "customers", "-o", "x.csv", "--delimiter", "ab"],
    ["import", "customers", "."],
    ["catalogue", "add", "Kabel", "--price", "999999999999999999999"],
])
def test_the_testers_cases_exit_2_and_change_nothing(argv: list[str], shop_dir: Path,
                                                     template: Path) -> None:
    shop = shop_dir / "toko.db"
    shutil.copyfile(template, shop)
    before = dump(shop)
    code, out, err = run_captured([*argv, "--db", str(shop), "--lang", "en"])
    assert (code, out, err.count("\n")) == (2, "", 1), err
    assert dump(shop) == before


def test_db_under_a_file_is_refused(shop_dir: Path) -> None:
    code, _, err = run_captured(["invoice", "list", "--db", "afile/x.db", "--lang", "en"])
    assert (code, err) == (2, "bizcare invoice list: argument --db: afile is a file, not a "
                              "folder.\n")


def test_an_unexpected_error_is_one_line_pointing_at_the_log(
        shop_dir: Path, template: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import bizcare.services.billing as billing

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(billing, "invoice_page", broken)
    shop = shop_dir / "toko.db"
    shutil.copyfile(template, shop)
    code, out, err = run_captured(["invoice", "list", "--db", str(shop), "--lang", "en"])
    from bizcare.logs import log_path

    assert (code, err) == (1, f"bizcare: Something went wrong. The details are in the log "
                              f"file: {log_path()}\n")
    assert "RuntimeError: a bug" in log_path().read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows argv is UTF-16, never bad bytes")
@pytest.mark.parametrize("raw", [b"\xff\xfe", b"caf\xe9"])
def test_argv_bytes_that_are_not_utf8_are_refused(raw: bytes, shop_dir: Path,
                                                  template: Path) -> None:
    shop = shop_dir / "toko.db"
    shutil.copyfile(template, shop)
    before = dump(shop)
    done = subprocess.run(
        [sys.executable.encode(), b"-m", b"bizcare", b"customer", b"add", b"--name", raw,
         b"--db", str(shop).encode(), b"--lang", b"id"],
        capture_output=True, timeout=120, check=False,
    )
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2 and done.stdout == b"", err
    assert err.count("\n") == 1 and "--name" in err and "UTF-8" in err
    assert dump(shop) == before
