"""The whole-program commands: help everywhere, terbilang, snapshot, backup and restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from bizcare.cli import main
from bizcare.cli.base import build_parser


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def all_commands() -> list[list[str]]:
    """Every command path (``["invoice", "pay"]`` …) the parser knows."""
    import argparse

    found: list[list[str]] = []

    def walk(parser: argparse.ArgumentParser, prefix: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    found.append([*prefix, name])
                    walk(child, [*prefix, name])

    walk(build_parser(), [])
    return found


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    commands = all_commands()
    assert {"terbilang", "snapshot", "backup", "restore", "gui"} <= {c[0] for c in commands}
    for command in commands:
        with pytest.raises(SystemExit) as exit_info:
            main([*command, "--help"])
        assert exit_info.value.code == 0
        assert "usage: bizcare" in capsys.readouterr().out


def test_bad_input_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["no-such-command"])
    assert exit_info.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "amount,words",
    [
        ("5000001", "lima juta satu rupiah"),
        ("1.250.000", "satu juta dua ratus lima puluh ribu rupiah"),
        ("0", "nol rupiah"),
    ],
)
def test_terbilang(capsys: pytest.CaptureFixture[str], tmp_path: Path, amount: str,
                   words: str) -> None:
    status, out, _ = run(capsys, "terbilang", amount, "--db", str(tmp_path / "t.db"))
    assert (status, out) == (0, words + "\n")


def test_terbilang_refuses_garbage(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = run(capsys, "terbilang", "12,5abc", "--db", str(tmp_path / "t.db"),
                           "--lang", "en")
    assert status == 2 and out == "" and err.startswith("bizcare: ")


def test_backup_then_restore(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = ["--db", str(tmp_path / "live.db")]
    status, out, _ = run(capsys, "backup", "-o", str(tmp_path / "copy.db"), *db)
    assert status == 0 and out.strip() == str(tmp_path / "copy.db")
    status, _, _ = run(capsys, "restore", str(tmp_path / "copy.db"), *db)
    assert status == 0


def test_restore_is_refused_while_a_window_has_the_database_open(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import subprocess
    import sys

    live = tmp_path / "live.db"
    db = ["--db", str(live), "--lang", "en"]
    assert run(capsys, "backup", "-o", str(tmp_path / "copy.db"), *db)[0] == 0
    holder = subprocess.Popen(  # the window's start-up (cmd_gui) with the event loop stubbed
        [sys.executable, "-c", "import sys; import bizcare.ui.app as app; "
         "app.run_gui = lambda db, lang: print('held', flush=True) or sys.stdin.readline() "
         "and 0; from bizcare.cli import main; sys.exit(main(['--db', sys.argv[1]]))",
         str(live)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = live.read_bytes()
        status, out, err = run(capsys, "restore", str(tmp_path / "copy.db"), *db)
        assert (status, out) == (2, "")
        assert "is open in another BizCare program" in err and err.count("\n") == 1
        assert live.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    assert run(capsys, "restore", str(tmp_path / "copy.db"), *db)[0] == 0


@pytest.mark.gui
@pytest.mark.parametrize("tab", ["dashboard", "settings"])
def test_snapshot_writes_a_png(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                               tab: str) -> None:
    png = tmp_path / f"{tab}.png"
    status, out, err = run(capsys, "snapshot", "--tab", tab, "-o", str(png),
                           "--db", str(tmp_path / "s.db"))
    assert status == 0, err
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_snapshot_refuses_unknown_tab(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["snapshot", "--tab", "kitchen", "-o", str(tmp_path / "x.png")])
    assert exit_info.value.code == 2


@pytest.mark.parametrize("lang,expected", [("id", "pilihan tidak valid"), ("en", "invalid choice")])
def test_argparse_errors_follow_lang(capsys: pytest.CaptureFixture[str], lang: str,
                                     expected: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["kitchen", "--lang", lang])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert expected in err and len(err.strip().splitlines()) == 1
