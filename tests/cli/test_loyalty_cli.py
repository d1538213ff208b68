"""``bizcare loyalty``: balance, history, redeem (short balance exits 2), expire, adjust."""

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
    set_today(date(2026, 1, 15))  # the day the commands run, unless a test moves it
    path = tmp_path / "cli.db"
    db = open_database(path)
    with db.session() as s:
        c = h.customer(s, "PLG-000001", "Budi Santoso")
        loyalty.earn_for_receipt(s, h.receipt(s, c, 6_000_000, date(2025, 12, 1)))
        loyalty.save_reward(s, loyalty.RewardInput("Payung", 200, stock=5))
    db.dispose()
    return path


def run(dbfile: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["loyalty", *args, "--db", str(dbfile), "--lang", "en"])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_balance(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(dbfile, capsys, "balance", "plg-000001", "--date", "2026-01-15")
    assert status == 0
    assert out.splitlines() == ["points\t600", "tier\tGold", "next_expiry\t2026-12-01"]


def test_history_has_a_header(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(dbfile, capsys, "history", "PLG-000001")
    lines = [line.split("\t") for line in out.splitlines()]
    assert status == 0
    assert lines[0] == ["date", "kind", "points", "balance", "expires_on", "reference",
                        "reason"]
    assert lines[1][:5] == ["2025-12-01", "earn", "600", "600", "2026-12-01"]
    assert lines[1][5].startswith("KW/")


def test_redeem_points_and_reward(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(dbfile, capsys, "redeem", "PLG-000001", "--points", "150", "--date",
               "2026-01-15")[:2] == (0, "redeemed\t150\npoints\t450\n")
    assert run(dbfile, capsys, "redeem", "PLG-000001", "--reward", "payung", "--date",
               "2026-01-15")[:2] == (0, "redeemed\t200\npoints\t250\n")


def test_short_balance_exits_2_and_changes_nothing(
    dbfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(dbfile, capsys, "redeem", "PLG-000001", "--points", "601",
                           "--date", "2026-01-15")
    assert (status, out) == (2, "")
    assert err.startswith("bizcare: PLG-000001 has 600 points; 601 are needed")
    assert len(err.strip().splitlines()) == 1
    _, out, _ = run(dbfile, capsys, "history", "PLG-000001")
    assert len(out.splitlines()) == 2


def test_redeem_needs_reward_or_points(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["loyalty", "redeem", "PLG-000001", "--db", str(dbfile)])
    assert exit_.value.code == 2


def test_expire_is_idempotent(dbfile: Path, capsys: pytest.CaptureFixture[str], set_today) -> None:  # type: ignore[no-untyped-def]
    set_today(date(2026, 12, 1))
    assert run(dbfile, capsys, "expire", "--date", "2026-12-01")[:2] == (
        0, "expired_entries\t1\nexpired_points\t600\n")
    assert run(dbfile, capsys, "expire", "--date", "2026-12-01")[:2] == (
        0, "expired_entries\t0\nexpired_points\t0\n")


def test_adjust_requires_a_reason(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(dbfile, capsys, "adjust", "PLG-000001", "--points", "-100", "--reason",
               "Koreksi input", "--date", "2026-01-15")[:2] == (0, "points\t500\n")
    status, _, err = run(dbfile, capsys, "adjust", "PLG-000001", "--points", "5", "--reason",
                         " ")
    assert status == 2 and "reason" in err


def test_unknown_customer(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(dbfile, capsys, "balance", "PLG-999999")
    assert (status, out) == (2, "")
    assert "PLG-999999" in err


def test_daily_grants_birthdays_once_and_is_idempotent(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from sqlmodel import select

    from bizcare.cli import main
    from bizcare.domain.models import Customer
    from bizcare.services.database import open_database

    path = tmp_path / "d.db"
    assert main(["customer", "add", "--name", "Sri Wahyuni", "--kind", "external",
                 "--db", str(path)]) == 0
    code = capsys.readouterr().out.strip()
    db = open_database(path)
    with db.session() as s:
        customer = s.exec(select(Customer).where(Customer.code == code)).one()
        customer.birth_date = date(1990, 11, 24)
        s.add(customer)
    db.dispose()
    args = ["loyalty", "daily", "--date", "2026-11-24", "--db", str(path)]
    assert main(args) == 0
    first = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert main(args) == 0
    second = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert first["birthday_bonuses"] == "1"
    assert second["birthday_bonuses"] == "0" and second["expired_entries"] == "0"
