"""``bizcare import customers`` on what is not a readable list: one line, exit 2, nothing
added, and never a hang (a named pipe is refused before anything waits on it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bizcare.cli import main


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    db = tmp_path / "cli.db"

    def call(*args: str) -> tuple[int, str, str]:
        try:
            code = main([*args, "--db", str(db), "--lang", "en"])
        except SystemExit as exc:  # refused by the argument's type, before any command ran
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return code, out.out, out.err

    return call


def _refused(run, path: Path) -> str:  # type: ignore[no-untyped-def]
    code, out, err = run("import", "customers", str(path))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert run("customer", "list")[1].count("\n") == 1  # the header alone: nothing added
    return err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_exits_2_at_once(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pipe = tmp_path / "pelanggan.csv"
    os.mkfifo(pipe)
    assert "pelanggan.csv is not a regular file." in _refused(run, pipe)


def test_a_folder_exits_2(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "daftar.csv").mkdir()
    assert "daftar.csv is not a regular file." in _refused(run, tmp_path / "daftar.csv")


def test_utf16_without_bom_is_imported_as_written(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "unicode.csv"
    path.write_bytes('Nama\tAlamat\r\n\'Ali Baba\tJl. Soekarno–Hatta "A"\r\n'.encode("utf-16-le"))
    assert run("import", "customers", str(path))[:2] == (0, "1\n")
    fields = dict(line.split("\t", 1) for line in run("customer", "show", "PLG-000001")[1]
                  .splitlines())  # fmt: skip
    assert (fields["name"], fields["address"]) == ("'Ali Baba", 'Jl. Soekarno–Hatta "A"')


def test_mixed_encodings_exit_2_naming_the_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "campur.csv"
    path.write_bytes("Nama\r\nCafé\r\n".encode() + "José\r\n".encode("cp1252"))
    assert _refused(run, path) == (
        "bizcare: campur.csv mixes two text encodings (line 3): save it again as CSV UTF-8 "
        "and import that file.\n"
    )
