"""The importer's column-at-a-time row checks agree with the form's own checks, row by row."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bizcare.services.transfer.checks import check_rows
from bizcare.services.transfer.files import RawTable
from bizcare.services.transfer.mapping import FIELDS
from bizcare.services.transfer.rows import CheckedRows

TODAY = date(2026, 11, 24)

_DIGITS = st.text(alphabet="0123456789", min_size=0, max_size=14)
_PHONES = st.one_of(
    st.sampled_from([
        "0812-3456-7890", "+62 812 1111 2222", "6281234567890", "(021) 5890 5002", "08-12",
        "0812 3456 78901 2", "0812\u00a03456 7890", "08١٢٣٤٥٦٧٨٩٠", "+62 0812 3456 789",
        "+1 415 555 2671", "0812.3456.7890", "0812/3456/7890", "12ab", "0813", "+62812345",
        "081234567\x01890", "08123456789012345", "628", "",
    ]),
    st.builds(lambda head, rest: head + rest, st.sampled_from(["0", "62", "+62", "08", "8"]),
              _DIGITS),
)  # fmt: skip
_EMAILS = st.one_of(
    st.sampled_from(["budi@example.com", "ANI@Example.COM", "a..b@x.co", "x@y", "dodi@",
                     "o'neil@mail.id", "é@x.co", "a@b.c\x01o", " x@y.co ", "a" * 199 + "@x.co"]),
    st.emails().map(str),
)  # fmt: skip
_DATES = st.one_of(
    st.sampled_from(["17/08/1985", "1/2/1990", "31/02/1990", "29/02/2024", "29/02/2023",
                     "01/01/1900", "31/12/1899", "2026-11-24", "24/11/2026", "25/11/2026",
                     "1990-1-2", "17.08.1985", "17-08-1985", "17/08/1985 00:00", "32/13/1990",
                     "x", "1985"]),
    st.dates(min_value=date(1850, 1, 1), max_value=TODAY + timedelta(days=400)).map(
        lambda d: d.strftime("%d/%m/%Y")),
)  # fmt: skip
_TEXT = st.one_of(
    st.sampled_from(["Budi Santoso", "PT Maju & Jaya <Tbk>", "baris\nkedua", "tab\there",
                     "x\x00y", "'0812", "' ", "  spasi  ", "\u2028", "x" * 201, ""]),
    st.text(max_size=20),
    st.text(min_size=95, max_size=210),
)  # fmt: skip
_CELLS: dict[str, st.SearchStrategy[str]] = {
    "phone": _PHONES,
    "whatsapp": _PHONES,
    "email": _EMAILS,
    "birth_date": _DATES,
    "joined_on": _DATES,
    "kind": st.sampled_from(["", "Perorangan", "B2B", "internal", "Divisi", "eksternal", "toko",
                             "grosir", " reseller ", "RITEL"]),
    "category": st.sampled_from(["", "perorangan", "b2b", "division", "ritel", "x"]),
    "gender": st.sampled_from(["", "L", "p", "Laki-laki", "wanita", "x", " L "]),
    "preferred_channel": st.sampled_from(["", "WhatsApp", "wa", "telepon", "email", "surat",
                                          "media_sosial", "pos"]),
    "marketing_consent": st.sampled_from(["", "ya", "tidak", "Y", "x", "1"]),
    "tags": st.sampled_from(["", "VIP", "VIP; Grosir", "a,A,b", ";;", "x" * 51]),
    "npwp": st.sampled_from(["", "01.234.567.8-901.000", "1234567890123456", "123", "abc"]),
}  # fmt: skip


# Columns as a tidy list has them: valid or empty but for the odd near miss (a dotted pair in
# an e-mail, a mobile too long, a name over 200 characters), so that whole columns take the
# short path and the near misses must be caught there too.
_TIDY: dict[str, st.SearchStrategy[str]] = {
    "phone": st.sampled_from(["0812-3456-7890", "+62 812 1111 2222", "6281234567890",
                              "0857 1111 22223", "", "0812-3456-7890-1234"]),
    "email": st.sampled_from(["budi@example.com", "ANI@Example.COM", "o'neil@mail.id", "",
                              "budi..s@example.com", "a" * 195 + "@x.com"]),
    "birth_date": st.sampled_from(["17/08/1985", "1/2/1990", "2000-01-31", "", "01/01/2099"]),
}  # fmt: skip
_TIDY["whatsapp"] = _TIDY["phone"]
_TIDY_TEXT = st.sampled_from(["Budi Santoso", "Jl. Merdeka No. 1", "PT Maju & Jaya <Tbk>", "",
                              "x" * 201])  # fmt: skip


@st.composite
def tables(draw: st.DrawFn) -> tuple[RawTable, dict[int, str]]:
    fields = ["name", *draw(st.lists(st.sampled_from(sorted(set(FIELDS) - {"name"})),
                                     unique=True, max_size=len(FIELDS) - 1))]  # fmt: skip
    order = draw(st.permutations(fields))
    mapping = dict(enumerate(order))
    cells = [
        _TIDY.get(name, _TIDY_TEXT if name not in _CELLS else _CELLS[name])
        if draw(st.booleans()) else _CELLS.get(name, _TEXT)
        for name in order
    ]  # fmt: skip
    rows: list[list[str]] = draw(st.lists(st.builds(list, st.tuples(*cells)), max_size=12))
    width = len(order)
    for row in rows:  # some rows shorter than the header, as hand-made tables are
        del row[draw(st.integers(min_value=0, max_value=width)) if draw(st.booleans()) else width :]
    return RawTable(list(order), rows, 2), mapping


@settings(max_examples=300, deadline=None)
@given(tables())
def test_fast_checks_accept_refuse_and_clean_exactly_as_the_form(
    case: tuple[RawTable, dict[int, str]],
) -> None:
    table, mapping = case
    fast_good, fast_failed = check_rows(table, mapping, TODAY)
    slow_good, slow_failed = check_rows(table, mapping, TODAY, fast=False)
    assert list(fast_good) == list(slow_good)
    assert [(line, cells, exc.render()) for line, cells, exc in fast_failed] == [
        (line, cells, exc.render()) for line, cells, exc in slow_failed
    ]


def test_blank_rows_are_left_out_and_lines_kept() -> None:
    table = RawTable(["Nama", "HP"], [["Budi", ""], [" ", "'"], ["", "0812-3456-7890"]], 2)
    good, failed = check_rows(table, {0: "name", 1: "phone"}, TODAY)
    assert [line for line, _data in good] == [2] and good[0][1].name == "Budi"
    assert [(line, cells) for line, cells, _exc in failed] == [
        (4, {"name": "", "phone": "0812-3456-7890"})
    ]


_GOOD_ROW = {
    "name": "Budi Santoso",
    "phone": "0812-3456-7890",
    "whatsapp": "",
    "email": "Budi@Example.com",
    "birth_date": "17/08/1985",
    "notes": "Suka promo",
}
_NEAR_MISSES = {
    "phone": ["0812-3456-7890-1234", "0812-3456", "+62 0812 3456 789", "0812 3456\u00a07890",
              "08١٢٣٤٥٦٧٨٩٠", "-", "(021) 5890 5002", "0812\r3456 7890", "0812-3456-7890x",
              "0812 3456 7890 ext 1"],
    "email": ["budi..s@example.com", "a" * 195 + "@x.com", "é@x.co", "x@y", "a@b.co\x01"],
    "name": ["x" * 201, "tab\there", "baris\nkedua", "'", "' Budi", "Budi\x00"],
    "birth_date": ["01/01/2099", "31/12/1899", "29/02/2023", "17/08/1985 10:00"],
    "notes": ["x" * 10_001, "baris\nkedua", "\u2028"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("field", "near"), [(f, v) for f, values in _NEAR_MISSES.items() for v in values]
)
def test_a_near_miss_among_good_cells_is_judged_as_the_form_would(field: str, near: str) -> None:
    """Whole columns of good cells are cleaned at once; one odd cell must not slip through."""
    names = list(_GOOD_ROW)
    rows = [[_GOOD_ROW[n] for n in names] for _ in range(4)]
    rows[2][names.index(field)] = near
    table = RawTable(names, rows, 2)
    mapping = dict(enumerate(names))
    fast_good, fast_failed = check_rows(table, mapping, TODAY)
    slow_good, slow_failed = check_rows(table, mapping, TODAY, fast=False)
    assert list(fast_good) == list(slow_good)
    assert [(line, exc.render()) for line, _cells, exc in fast_failed] == [
        (line, exc.render()) for line, _cells, exc in slow_failed
    ]


def test_checked_rows_read_like_a_list_of_pairs() -> None:
    table = RawTable(
        ["Nama", "HP", "Tag"],
        [["Budi", "0812-3456-7890", "VIP"], ["Ani", "", ""], ["Eka", "", "a;b"]],
        2,
    )
    good, _failed = check_rows(table, {0: "name", 1: "phone", 2: "tags"}, TODAY)
    pairs = list(good)
    assert len(good) == 3 and [good[i] for i in range(3)] == pairs == good[:]
    assert good[-1] == pairs[-1] and good[1:2] == pairs[1:2]
    assert pairs[0][1].phone == "+6281234567890" and pairs[2][1].tags == ["a", "b"]
    assert pairs[1][1].preferred_channel == "whatsapp" and pairs[1][1].birth_date is None
    assert list(CheckedRows.from_pairs(pairs)) == pairs
    untagged, _failed = check_rows(table, {0: "name"}, TODAY)
    first, second = (data for _line, data in untagged[:2])
    first.tags.append("x")  # each row's tags are its own list
    assert second.tags == [] and untagged[0][1].tags == []
    with pytest.raises(IndexError):
        good[3]
