"""Gapless numbering per series and period, and nothing taken by a rolled-back transaction."""

from __future__ import annotations

from datetime import date

import pytest

from bizcare.services.numbering import peek_last, take_next_number

INV = "INV/{yyyy}/{mm}/{seq:04d}"


def test_numbers_count_up_per_month_and_restart(session) -> None:
    got = [take_next_number(session, "INV", INV, date(2026, 11, d)) for d in (1, 2, 30)]
    assert got == ["INV/2026/11/0001", "INV/2026/11/0002", "INV/2026/11/0003"]
    assert take_next_number(session, "INV", INV, date(2026, 12, 1)) == "INV/2026/12/0001"
    assert take_next_number(session, "INV", INV, date(2026, 11, 5)) == "INV/2026/11/0004"


def test_series_are_independent(session) -> None:
    take_next_number(session, "INV", INV, date(2026, 11, 1))
    assert take_next_number(session, "KW", "KW/{yyyy}/{mm}/{seq:04d}", date(2026, 11, 1)) == (
        "KW/2026/11/0001")


def test_roman_month_and_yearly_patterns(session) -> None:
    assert take_next_number(session, "INV", "INV/{yyyy}/{rm}/{seq:04d}", date(2026, 11, 3)) == (
        "INV/2026/XI/0001")
    yearly = "{seq:05d}/INV/{yy}"
    assert take_next_number(session, "Y", yearly, date(2026, 1, 9)) == "00001/INV/26"
    assert take_next_number(session, "Y", yearly, date(2026, 12, 9)) == "00002/INV/26"
    assert peek_last(session, "Y", "2026") == 2


def test_rollback_gives_the_number_back(db) -> None:
    with db.session() as s:
        assert take_next_number(s, "INV", INV, date(2026, 11, 1)).endswith("0001")
    with pytest.raises(RuntimeError), db.session() as s:
        take_next_number(s, "INV", INV, date(2026, 11, 1))
        raise RuntimeError("crash before commit")
    with db.session() as s:
        assert take_next_number(s, "INV", INV, date(2026, 11, 1)).endswith("0002")
