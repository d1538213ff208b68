"""`bizcare backup -o` to a place it cannot write: one line, exit 2, nothing left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from bizcare.cli import main


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "toko.db"
    assert main(["--db", str(path), "backup", "-o", str(tmp_path / "first.db")]) == 0
    capsys.readouterr()
    return path


def refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    try:
        code = main(["--lang", "en", *argv])
    except SystemExit as exc:  # refused by the argument's type, before the command ran
        code = exc.code
    assert code == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err
    return err


def test_a_folder_is_refused(shop: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(["--db", str(shop), "backup", "-o", str(tmp_path)], capsys)
    assert err == (f"bizcare backup: argument -o/--output: {tmp_path} is a folder; give a "
                   "file name.\n")
    assert not tmp_path.with_name(tmp_path.name + ".part").exists()


def test_the_live_database_itself_is_refused(shop: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    before = shop.read_bytes()
    refused(["--db", str(shop), "backup", "-o", str(shop)], capsys)
    assert shop.read_bytes() == before


def test_a_path_under_a_file_is_refused(shop: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "catatan.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    refused(["--db", str(shop), "backup", "-o", str(blocker / "b.db")], capsys)
    assert blocker.read_text(encoding="utf-8") == "not a folder"
