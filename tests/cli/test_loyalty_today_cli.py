"""``bizcare loyalty balance`` is the ledger sum right after a back-dated kwitansi, and
``bizcare loyalty expire`` refuses a day after today (exit 2, one line, nothing written)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bizcare.cli import main
from bizcare.services import loyalty
from bizcare.services.database import open_database
from tests.services import loyalty_helpers as h


@pytest.fixture
def dbfile(tmp_path: Path, set_today) -> Path:  # type: ignore[no-untyped-def]
    set_today(date(2027, 1, 15))
    path = tmp_path / "cli.db"
    db = open_database(path)
    with db.session() as s:
        c = h.customer(s, "PLG-000001", "Budi Santoso")
        loyalty.earn_for_receipt(s, h.receipt(s, c, 2_000_000, date(2026, 12, 1)))
        loyalty.earn_for_receipt(s, h.receipt(s, c, 6_000_000, date(2025, 12, 1)))  # lapsed
    db.dispose()
    return path


def run(dbfile: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        status = main(["loyalty", *args, "--db", str(dbfile), "--lang", "en"])
    except SystemExit as exc:  # refused by the argument's type (a date outside 1900-2200)
        status = int(exc.code or 0)
    out = capsys.readouterr()
    return status, out.out, out.err


def test_balance_is_the_ledger_sum_without_an_expiry_run(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(dbfile, capsys, "balance", "PLG-000001")
    assert status == 0 and out.splitlines()[0] == "points\t200"
    history = [line.split("\t") for line in run(dbfile, capsys, "history", "PLG-000001")[1]
               .splitlines()[1:]]  # fmt: skip
    assert [(row[0], row[1], row[2], row[3]) for row in history] == [
        ("2025-12-01", "earn", "600", "600"),
        ("2026-12-01", "earn", "200", "800"),
        ("2026-12-01", "expire", "-600", "200"),
    ]
    assert run(dbfile, capsys, "expire")[1] == "expired_entries\t0\nexpired_points\t0\n"


@pytest.mark.parametrize("day", ["2027-01-16", "9999-12-31"])
def test_expire_on_a_later_day_exits_2_and_writes_nothing(
    dbfile: Path, capsys: pytest.CaptureFixture[str], day: str
) -> None:
    before = run(dbfile, capsys, "history", "PLG-000001")[1]
    status, out, err = run(dbfile, capsys, "expire", "--date", day)
    shown = date.fromisoformat(day).strftime("%d/%m/%Y")
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    if day.startswith("9999"):  # outside the calendar any command accepts
        assert "A date must lie between 1900-01-01 and 2200-12-31" in err
    else:
        assert err == (f"bizcare: Points can only be written off as of today or earlier, "
                       f"not {shown}.\n")
    assert run(dbfile, capsys, "daily", "--date", day)[0] == 2
    assert run(dbfile, capsys, "history", "PLG-000001")[1] == before
