"""The argument types of cli/_types.py: what they accept, what they refuse, and in which words."""

from __future__ import annotations

import argparse
import os
import re
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizcare.cli import _argparse_i18n
from bizcare.cli import _types as t


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    _argparse_i18n.install("en")
    yield
    _argparse_i18n.install("en")  # a test that switched to Indonesian must not leak it


def refusal(kind: object, value: str) -> str:
    with pytest.raises(argparse.ArgumentTypeError) as refused:
        kind(value)  # type: ignore[operator]
    message = str(refused.value)
    assert "\n" not in message
    return message


@given(st.text(max_size=12))
def test_a_count_is_ascii_digits_in_range_or_refused(text: str) -> None:
    due = t.count(0, 3650)
    plain = re.fullmatch(r"[0-9]+", text.strip(), re.ASCII)
    if plain and int(text) <= 3650 and "\x00" not in text:
        assert due(text) == int(text)
    else:
        refusal(due, text)


@pytest.mark.parametrize("value", ["1_000", "+5", "-5", "١٠", "１０", "5.0", "", " ", "3651"])
def test_counts_refuse_what_int_would_read(value: str) -> None:
    assert refusal(t.due_days, value).startswith("Give a whole number from 0 to 3650")


def test_signed_points_take_a_minus_only() -> None:
    assert t.points_change("-20") == -20
    refusal(t.points_change, "+20")
    refusal(t.points_change, "--20")


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01"])
def test_dates_outside_the_range_are_refused(value: str) -> None:
    assert refusal(t.day, value) == ("A date must lie between 1900-01-01 and 2200-12-31: "
                                     f"{value}")


@pytest.mark.parametrize("value", ["2026-1-5", "2026-02-30", "２０２６-11-24", "24/11/2026",
                                   "20261124"])
def test_dates_are_written_yyyy_mm_dd(value: str) -> None:
    assert refusal(t.day, value).startswith("A date looks like 2026-11-24")


def test_dates_and_months_within_range() -> None:
    assert t.day(" 2026-11-24 ") == date(2026, 11, 24)
    assert t.month("2026-11") == "2026-11"
    assert refusal(t.month, "2026-13").startswith("A month looks like")
    assert refusal(t.month, "9999-12").startswith("A date must lie between")


def test_text_refuses_broken_bytes_nul_and_floods() -> None:
    assert refusal(t.text, "caf\udce9") == ("Not valid text (the characters are not UTF-8): "
                                            "caf\\udce9")
    assert refusal(t.text, "a\x00b") == "Text cannot contain a NUL character: a\\x00b"
    assert refusal(t.text, "x" * 10_001) == "The text is longer than 10000 characters."
    assert t.text("Kopi susu\n2 gelas") == "Kopi susu\n2 gelas"


def test_amounts() -> None:
    assert t.amount("Rp1.250.000") == 1_250_000
    assert refusal(t.amount, "-5") == "Amounts cannot be negative."
    assert refusal(t.amount, str(2**63)) == "Amounts above Rp999.999.999.999.999 are not " \
                                            "accepted."


def test_drafts_are_named_draft_n() -> None:
    assert t.draft("draft:12") == 12
    for value in ("12", "#12", "draft:", "draft:١", f"draft:{2**31}"):
        assert refusal(t.draft, value).startswith("A draft is named like draft:12")


def test_output_files(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    assert t.output_file(str(tmp_path / "a.pdf")) == str(tmp_path / "a.pdf")
    assert refusal(t.output_file, "") == "Give a file name."
    assert refusal(t.output_file, "   ") == "Give a file name."
    assert refusal(t.output_file, str(tmp_path)) == f"{tmp_path} is a folder; give a file name."
    assert refusal(t.output_file, str(blocker / "x.pdf")) == f"{blocker} is a file, not a folder."
    assert refusal(t.output_file, str(blocker / "sub" / "x.pdf")) == (
        f"{blocker} is a file, not a folder.")
    assert refusal(t.output_file, str(tmp_path / "no" / "x.pdf")) == (
        f"The folder {tmp_path / 'no'} does not exist.")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="POSIX permissions; root may write anywhere")
def test_a_folder_without_write_permission_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert refusal(t.output_file, str(locked / "x.pdf")) == (
            f"No permission to write in {locked}.")
    finally:
        locked.chmod(stat.S_IRWXU)


def test_output_folders_databases_and_inputs(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    assert t.output_folder(str(tmp_path / "new")) == str(tmp_path / "new")
    assert refusal(t.output_folder, str(blocker)) == f"{blocker} is a file, not a folder."
    assert t.database_file(str(tmp_path / "deep" / "toko.db")) == str(tmp_path / "deep" / "toko.db")
    assert refusal(t.database_file, str(blocker / "x.db")) == f"{blocker} is a file, not a folder."
    assert refusal(t.database_file, str(tmp_path)) == f"{tmp_path} is a folder; give a file name."
    assert refusal(t.database_file, "") == "Give a file name."
    assert t.input_file(str(blocker)) == str(blocker)
    assert refusal(t.input_file, str(tmp_path)) == f"{tmp_path} is not a regular file."
    assert refusal(t.input_file, str(tmp_path / "none.csv")) == (
        f"File {tmp_path / 'none.csv'} not found.")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_not_an_input_file(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    assert refusal(t.input_file, str(pipe)) == f"{pipe} is not a regular file."


def test_messages_follow_the_language() -> None:
    _argparse_i18n.install("id")
    assert refusal(t.day, "9999-12-31") == ("Tanggal harus antara 1900-01-01 dan 2200-12-31: "
                                            "9999-12-31")


def test_a_separator_is_one_printable_character() -> None:
    assert (t.delimiter(";"), t.delimiter("tab")) == (";", "\t")
    for value in ("ab", "", '"', "\n"):
        refusal(t.delimiter, value)
