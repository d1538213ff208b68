"""``bizcare demo``: one summary line, refusal on real data, ``--force`` backs up first."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bizcare.cli import main
from bizcare.domain.models import Customer


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def customers_in(path: Path) -> int:
    from bizcare.services.database import open_database

    db = open_database(path)
    try:
        with db.session(write=False) as s:
            return int(s.execute(select(func.count()).select_from(Customer)).scalar() or 0)
    finally:
        db.dispose()


def test_demo_prints_one_summary_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    status, out, err = run(capsys, "demo", "--customers", "25", "--months", "3", "--seed", "5",
                           "--db", str(db), "--lang", "en")
    assert status == 0 and err == ""
    assert len(out.splitlines()) == 1
    assert out.startswith("Demo data created: 31 customers (6 internal), ")
    assert "(seed 5)." in out
    assert customers_in(db) == 31


def test_demo_refuses_a_database_with_customers(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert run(capsys, "demo", "--customers", "10", "--months", "1", "--db", db)[0] == 0
    status, out, err = run(capsys, "demo", "--customers", "50", "--db", db, "--lang", "en")
    assert status == 2 and out == ""
    assert err == ("bizcare: The database already has 16 customers. Use --force to replace "
                   "all data with demo data (a backup is made first).\n")
    assert customers_in(Path(db)) == 16


def test_force_backs_up_then_replaces(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                      bizcare_home: Path) -> None:
    db = tmp_path / "demo.db"
    assert run(capsys, "demo", "--customers", "10", "--months", "1", "--db", str(db))[0] == 0
    status, out, err = run(capsys, "demo", "--customers", "20", "--months", "1", "--force",
                           "--db", str(db), "--lang", "en")
    assert status == 0 and out.startswith("Demo data created: 26 customers")
    backups = list((bizcare_home / "backups").glob("*.db"))
    assert len(backups) == 1 and err == f"The previous data was backed up to {backups[0]}\n"
    assert customers_in(backups[0]) == 16 and customers_in(db) == 26


@pytest.mark.parametrize("argv", [["--customers", "0"], ["--months", "99"],
                                  ["--customers", "many"]])
def test_bad_arguments_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                            argv: list[str]) -> None:
    db = tmp_path / "demo.db"
    if argv[-1] == "many":
        with pytest.raises(SystemExit) as exit_info:
            main(["demo", *argv, "--db", str(db)])
        status, err = exit_info.value.code, capsys.readouterr().err
    else:
        status, _, err = run(capsys, "demo", *argv, "--db", str(db), "--lang", "en")
    assert status == 2 and len(err.strip().splitlines()) == 1
    assert not db.exists() or customers_in(db) == 0


def test_if_empty_fills_once_then_succeeds_without_changes(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from bizcare.cli import main

    args = ["demo", "--customers", "5", "--months", "1", "--if-empty", "--db",
            str(tmp_path / "d.db"), "--lang", "en"]
    assert main(args) == 0
    first = capsys.readouterr()
    assert first.out.startswith("Demo data created")
    assert main(args) == 0
    second = capsys.readouterr()
    assert second.out == "" and "no demo data was added" in second.err
