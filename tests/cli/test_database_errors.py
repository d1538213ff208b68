"""A database BizCare cannot use is one line on stderr and exit 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from bizcare.cli import main


def test_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"not a database\n" * 100)

    assert main(["--lang", "en", "backup", "--db", str(path)]) == 2

    err = capsys.readouterr().err
    assert err == (f"bizcare: The database could not be read or written: {path} "
                   "(file is not a database)\n")
    assert path.read_bytes() == b"not a database\n" * 100


@pytest.mark.parametrize("url", ["foo://shop:rahasia@host/db", "not a url"])
def test_url_sqlalchemy_cannot_read(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--database-url", url]) == 2

    err = capsys.readouterr().err
    assert err.startswith("bizcare: Basis data tidak dapat dibaca atau ditulis: ")
    assert err.count("\n") == 1
    assert "rahasia" not in err
