"""Tests for bizcare.documents.formatting: Rupiah, numbers and Indonesian dates."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizcare.documents.formatting import (
    format_date_full,
    format_date_long,
    format_date_short,
    format_month_year,
    format_number,
    format_rupiah,
    parse_rupiah,
    round_rupiah,
)
from bizcare.domain.errors import ValidationError
from bizcare.domain.money import MAX_AMOUNT
from bizcare.domain.numbering import roman_month

AMOUNTS = st.integers(min_value=-(10**15), max_value=10**15)


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0"), (999, "999"), (1000, "1.000"), (-1250000, "-1.250.000")]
    + [(10**15, "1.000.000.000.000.000"), (1250000, "1.250.000")],
)
def test_format_number(n: int, expected: str) -> None:
    assert format_number(n) == expected


@pytest.mark.parametrize(
    ("amount", "kwargs", "expected"),
    [
        (1250000, {}, "Rp1.250.000"),
        (1250000, {"spaced": True}, "Rp 1.250.000"),
        (1250000, {"dash": True}, "Rp1.250.000,-"),
        (1250000, {"spaced": True, "dash": True}, "Rp 1.250.000,-"),
        (-1250000, {}, "-Rp1.250.000"),
        (-1250000, {"spaced": True, "dash": True}, "-Rp 1.250.000,-"),
        (0, {}, "Rp0"),
        (Decimal("1249999.5"), {}, "Rp1.250.000"),
        (Decimal("0.4"), {}, "Rp0"),
        (Decimal("-2.5"), {}, "-Rp3"),
    ],
)
def test_format_rupiah(amount: int | Decimal, kwargs: dict[str, bool], expected: str) -> None:
    assert format_rupiah(amount, **kwargs) == expected


@pytest.mark.parametrize(
    "text",
    ["Rp1.250.000", "Rp 1.250.000,-", "1.250.000", "1250000", " 1.250.000,00 "]
    + ["rp1.250.000", "Rp1.250.000,-", "1.250.000,0", "1250000,-"],
)
def test_parse_rupiah_accepts(text: str) -> None:
    assert parse_rupiah(text) == 1250000
    assert parse_rupiah(f"-{text.strip()}") == -1250000


@pytest.mark.parametrize(
    "text",
    ["", "   ", "Rp", "1.250.000,50", "1.250.000,05", "12.50", "1,250,000", "1.25.000"]
    + ["1250.000.0", "abc", "Rp1.250.000,-,-", "1 250 000", "$1.250.000", "--5"],
)
def test_parse_rupiah_rejects(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_rupiah(text)


def test_parse_rupiah_error_names_the_text() -> None:
    with pytest.raises(ValidationError) as info:
        parse_rupiah("1.250.000,50")
    assert "1.250.000,50" in info.value.render()


@given(st.integers(min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT), st.booleans(), st.booleans())
def test_format_then_parse_round_trips(n: int, spaced: bool, dash: bool) -> None:
    assert parse_rupiah(format_rupiah(n, spaced=spaced, dash=dash)) == n


@given(AMOUNTS, st.booleans())
def test_format_rupiah_has_no_comma_unless_dash(n: int, spaced: bool) -> None:
    assert "," not in format_rupiah(n, spaced=spaced)
    assert format_rupiah(n, spaced=spaced, dash=True).count(",") == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0.5", 1), ("1.5", 2), ("2.5", 3), ("-2.5", -3), ("-0.5", -1), ("2.49", 2), ("7", 7)],
)
def test_round_rupiah_half_up(value: str, expected: int) -> None:
    assert round_rupiah(value) == expected
    assert round_rupiah(Decimal(value)) == expected


@given(st.decimals(min_value=-(10**15), max_value=10**15, places=3, allow_nan=False))
def test_round_rupiah_matches_decimal_half_up(value: Decimal) -> None:
    expected = int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    assert round_rupiah(value) == expected
    assert round_rupiah(str(value)) == expected


@given(AMOUNTS)
def test_round_rupiah_keeps_ints(n: int) -> None:
    assert round_rupiah(n) == n


@pytest.mark.parametrize("value", [1.5, True, None])
def test_round_rupiah_refuses_floats_and_others(value: object) -> None:
    with pytest.raises(TypeError):
        round_rupiah(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["abc", "", "NaN", "Infinity"])
def test_round_rupiah_rejects_bad_text(value: str) -> None:
    with pytest.raises(ValidationError):
        round_rupiah(value)


TUESDAY = datetime.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("func", "locale", "expected"),
    [
        (format_date_long, "id", "24 November 2026"),
        (format_date_long, "en", "24 November 2026"),
        (format_date_full, "id", "Selasa, 24 November 2026"),
        (format_date_full, "en", "Tuesday, 24 November 2026"),
        (format_date_short, "id", "24 Nov 2026"),
        (format_date_short, "en", "24 Nov 2026"),
        (format_month_year, "id", "November 2026"),
        (format_month_year, "en", "November 2026"),
    ],
)
def test_dates_for_tuesday(func: Callable[..., str], locale: str, expected: str) -> None:
    assert func(TUESDAY, locale=locale) == expected


@pytest.mark.parametrize(
    ("d", "full_id", "full_en"),
    [
        (datetime.date(2026, 8, 17), "Senin, 17 Agustus 2026", "Monday, 17 August 2026"),
        (datetime.date(2025, 1, 1), "Rabu, 1 Januari 2025", "Wednesday, 1 January 2025"),
        (datetime.date(2024, 2, 29), "Kamis, 29 Februari 2024", "Thursday, 29 February 2024"),
        (datetime.date(2027, 5, 2), "Minggu, 2 Mei 2027", "Sunday, 2 May 2027"),
    ],
)
def test_dates_fixed(d: datetime.date, full_id: str, full_en: str) -> None:
    long_id = full_id.split(", ")[1]
    assert format_date_long(d) == long_id
    assert format_date_full(d) == full_id
    assert format_date_full(d, locale="en") == full_en
    assert format_date_long(datetime.datetime(d.year, d.month, d.day, 23, 59)) == long_id


ID_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
ID_LONG = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November".split()
ID_LONG.append("Desember")


@pytest.mark.parametrize("month", range(1, 13))
def test_every_indonesian_month(month: int) -> None:
    d = datetime.date(2026, month, 5)
    assert format_date_short(d) == f"5 {ID_SHORT[month - 1]} 2026"
    assert format_month_year(d) == f"{ID_LONG[month - 1]} 2026"
    assert "." not in format_date_short(d, locale="en")


def test_locale_variants_and_unsupported() -> None:
    assert format_date_long(TUESDAY, locale="id_ID") == "24 November 2026"
    assert format_date_full(TUESDAY, locale="en-US") == "Tuesday, 24 November 2026"
    with pytest.raises(ValueError):
        format_date_long(TUESDAY, locale="fr")


@pytest.mark.parametrize(
    ("month", "roman"), list(enumerate("I II III IV V VI VII VIII IX X XI XII".split(), start=1))
)
def test_roman_month(month: int, roman: str) -> None:
    assert roman_month(month) == roman


@pytest.mark.parametrize("month", [0, 13, -1])
def test_roman_month_out_of_range(month: int) -> None:
    with pytest.raises(ValueError):
        roman_month(month)
