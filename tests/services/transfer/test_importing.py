"""Importing customer lists: files from any Excel, mapping, row checks, all or nothing."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlmodel import Session

from bizcare.domain.errors import BizCareError, ImportFailed, ValidationError
from bizcare.domain.models import Customer, CustomerTag, Division
from bizcare.services.customers.records import CustomerInput, create_customer, customer_input
from bizcare.services.transfer.importing import (
    FIELDS,
    RawTable,
    guess_mapping,
    import_customers,
    plan_import,
    read_table,
)

HEADER = ["Nama", "No. HP", "Email", "Alamat", "Kota", "Provinsi", "Tanggal Lahir", "Jenis",
          "Catatan"]  # fmt: skip
GOOD = [
    ["Budi Santoso", "0812-3456-7890", "budi@example.com", "Jl. Merdeka 1; RT 02", "Bandung",
     "Jawa Barat", "17/08/1985", "Perorangan", 'Suka "promo"'],
    ["PT Maju & Jaya <Tbk>", "(021) 5890 5002", "", "Jl. Letjen M.T. Haryono Kav. 10",
     "Jakarta Timur", "DKI Jakarta", "", "B2B", "Tagihan\nke bagian keuangan"],
    ["Ani Wijaya", "+62 857 1111 2222", "ANI@example.com", "", "Surabaya", "Jawa Timur",
     "1/2/1990", "reseller", ""],
]  # fmt: skip


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ";",
              encoding: str = "utf-8-sig", header: list[str] = HEADER) -> Path:  # fmt: skip
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def customers(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(Customer)).scalar_one())


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(";", "utf-8-sig"), (",", "utf-8"), (";", "cp1252"), ("\t", "utf-8"), (",", "utf-16")],
)
def test_csv_from_any_excel(tmp_path: Path, delimiter: str, encoding: str) -> None:
    rows = [r for r in GOOD if all(ch.isascii() for ch in "".join(r))]
    table = read_table(write_csv(tmp_path / "a.csv", rows, delimiter, encoding))
    assert table.headers == HEADER
    assert table.rows == rows
    assert table.line_of(0) == 2


def test_cp1252_letters_survive(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["José Café", "", "", "", "", "", "", "", ""]],
                     encoding="cp1252")  # fmt: skip
    assert read_table(path).rows[0][0] == "José Café"


def test_line_numbers_count_multiline_cells_and_blank_lines(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", GOOD)
    path.write_text(path.read_text(encoding="utf-8-sig") + "\n\nBad Row;12ab\n", encoding="utf-8")
    table = read_table(path)
    assert [table.line_of(i) for i in range(len(table.rows))] == [2, 3, 5, 8]


def test_xlsx_with_real_dates_and_numeric_phones(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Nama", "HP", "Tanggal Lahir", "Kategori", "Persetujuan Pemasaran", "Tag"])
    ws.append(["Budi", 81234567890, date(1985, 8, 17), "Ritel", True, "VIP, Grosir"])
    ws.append([None, None, None, None, None, None])
    ws.append(["Siti", "0857-1111-2222", "01/02/1990", "b2b", "tidak", ""])
    wb.save(tmp_path / "a.xlsx")
    table = read_table(tmp_path / "a.xlsx")
    assert table.rows[0][:3] == ["Budi", "81234567890", "17/08/1985"]
    assert [table.line_of(i) for i in range(2)] == [2, 4]
    mapping = guess_mapping(table.headers)
    assert mapping == {0: "name", 1: "phone", 2: "birth_date", 3: "category",
                       4: "marketing_consent", 5: "tags"}  # fmt: skip


@pytest.mark.parametrize(
    ("content", "name"),
    [(b"", "a.csv"), (b"\n\n  \n", "a.csv"), (b"PK\x03\x04 broken", "a.xlsx"),
     (b"not a zip", "a.xlsx"), (b"x", "a.xls")],
)  # fmt: skip
def test_unreadable_files_raise_validation_errors(
    tmp_path: Path, content: bytes, name: str
) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ValidationError):
        read_table(tmp_path / name)
    with pytest.raises(ValidationError):
        read_table(tmp_path / "missing.csv")


def test_headers_recognised_in_indonesian_and_english() -> None:
    assert guess_mapping(["Name", "Phone", "E-mail", "Address", "City", "Birth date", "Type",
                          "Notes", "Kode"]) == {  # fmt: skip
        0: "name", 1: "phone", 2: "email", 3: "address", 4: "city", 5: "birth_date", 6: "kind",
        7: "notes",
    }  # fmt: skip
    assert guess_mapping(["NAMA", "WA"]) == {0: "name", 1: "phone"}
    assert guess_mapping(["Nama", "Telepon", "WhatsApp"]) == {0: "name", 1: "phone",
                                                              2: "whatsapp"}  # fmt: skip
    assert guess_mapping(["\ufeffNama", "Nama Lengkap", "Jenis Kelamin", "Jenis"]) == {
        0: "name", 2: "gender", 3: "kind"
    }  # fmt: skip


def test_plan_reports_each_bad_row_and_duplicates(session: Session, tmp_path: Path) -> None:
    create_customer(session, CustomerInput(name="Lama", phone="0812-3456-7890"))
    rows = [
        *GOOD,
        ["", "0813", "", "", "", "", "", "", ""],
        ["Citra", "12ab", "", "", "", "", "", "", ""],
        ["Dodi", "", "dodi@", "", "", "", "", "", ""],
        ["Eka", "", "", "", "", "", "31/02/1990", "", ""],
        ["Fani", "", "", "", "", "", "", "grosir", ""],
        ["Ani Lagi", "0857 1111 2222", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
    ]
    table = read_table(write_csv(tmp_path / "a.csv", rows))
    plan = plan_import(session, table, guess_mapping(table.headers))
    assert [line for line, _ in plan.good] == [2, 3, 5, 11]  # a cell over two lines: 3-4
    lines = [line for line, _ in plan.problems]
    assert lines == [6, 7, 8, 9, 10]
    reasons = dict(plan.problems)
    assert "name" in reasons[6] and "12ab" in reasons[7] and "dodi@" in reasons[8]
    assert "31/02/1990" in reasons[9] and "grosir" in reasons[10]
    dups = dict(plan.duplicates)
    assert "PLG-000001" in dups[2] and "line 5" in dups[11]
    data = dict(plan.good)
    assert data[2].phone == "+6281234567890" and data[2].birth_date == date(1985, 8, 17)
    assert data[3].category == "b2b" and data[3].notes == "Tagihan\nke bagian keuangan"
    assert data[5].email == "ani@example.com" and data[5].birth_date == date(1990, 2, 1)


def test_a_bad_row_lists_every_reason_at_once(session: Session, tmp_path: Path) -> None:
    rows = [["", "08xx", "ani@", "", "", "", "32/13/1990", "internal", ""], ["Budi", "0813"]]
    table = read_table(write_csv(tmp_path / "a.csv", rows))
    plan = plan_import(session, table, guess_mapping(table.headers))
    reasons = dict(plan.problems)
    assert not plan.good and sorted(reasons) == [2, 3]
    first = reasons[2].split("; ")
    assert len(first) == 5  # name, division, phone, e-mail and date, fixed in one go
    assert any("08xx" in r for r in first) and any("ani@" in r for r in first)
    assert any("32/13/1990" in r for r in first)
    assert ";" not in reasons[3] and reasons[3].endswith("0813")


def test_all_or_nothing(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = read_table(write_csv(tmp_path / "a.csv", [*GOOD, ["Citra", "12ab"] + [""] * 7]))
    with db.session() as s:
        plan = plan_import(s, table, guess_mapping(table.headers))
        with pytest.raises(ImportFailed) as info:
            import_customers(s, plan)
        assert info.value.problems == [(6, "Not a valid phone number: 12ab")]
        assert customers(s) == 0
        assert import_customers(s, plan, skip_invalid=True) == 3
    with db.session(write=False) as s:
        assert customers(s) == 3
        form = customer_input(s, 2)
        assert (form.name, form.city, form.phone) == ("PT Maju & Jaya <Tbk>", "Jakarta Timur",
                                                      "(021) 58905002")  # fmt: skip


def test_cancel_in_progress_rolls_everything_back(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    class Cancelled(Exception):
        pass

    ticks: list[tuple[int, int]] = []

    def progress(done: int, total: int, text: str) -> None:
        ticks.append((done, total))
        if done > 0:
            raise Cancelled

    table = RawTable(["Nama"], [[f"Pelanggan {i}"] for i in range(12_000)], 2)
    with pytest.raises(Cancelled), db.session() as s:
        plan = plan_import(s, table, {0: "name"})
        import_customers(s, plan, progress=progress)
    assert ticks == [(0, 12_000), (5_000, 12_000)]
    with db.session() as s:
        assert customers(s) == 0
        assert import_customers(s, plan, progress=lambda *a: None) == 12_000
        assert customers(s) == 12_000
        assert s.get(Customer, 12_000).code == "PLG-012000"  # type: ignore[union-attr]


def test_internal_rows_tags_and_skip_duplicates(session: Session) -> None:
    create_customer(session, CustomerInput(name="Lama", email="budi@example.com"))
    table = RawTable(
        ["Nama", "Jenis", "Divisi", "Email", "Tag"],
        [["Gudang", "internal", "Gudang", "", "Logistik"],
         ["Budi", "perorangan", "", "budi@example.com", "VIP"],
         ["Ani", "", "", "", "VIP; Grosir"]],
        2,
    )  # fmt: skip
    plan = plan_import(session, table, guess_mapping(table.headers))
    assert [line for line, _ in plan.duplicates] == [3]
    assert import_customers(session, plan, skip_duplicates=True) == 2
    codes = sorted(session.execute(select(Customer.code)).scalars())  # type: ignore[call-overload]
    assert codes == ["DIV-0001", "PLG-000001", "PLG-000002"]
    assert [d.name for d in session.execute(select(Division)).scalars()] == ["Gudang"]
    assert customer_input(session, 3).tags == ["Grosir", "VIP"]
    assert customers(session) == 3
    assert session.execute(select(func.count()).select_from(CustomerTag)).scalar_one() == 3


def test_mapping_mistakes(session: Session) -> None:
    table = RawTable(["A", "B"], [["x", "y"]], 2)
    for mapping in ({0: "phone"}, {0: "name", 1: "name"}, {0: "name", 1: "salary"},
                    {0: "name", 5: "city"}):  # fmt: skip
        with pytest.raises(ValidationError):
            plan_import(session, table, mapping)
    assert set(FIELDS) >= {"name", "phone", "email", "birth_date", "kind", "notes"}


# --- property: nothing a file holds raises anything but a BizCareError, or half-imports ---

_cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["0812-3456-7890", "+62 812 1111 2222", "31/02/1990", "17/08/1985",
                     "b2b", "internal", "x@y.co", "@", '"', ";", ",", "\n", "ya", "=1+1"]),
    st.text(min_size=300, max_size=2000),
)  # fmt: skip
_headers = st.lists(
    st.sampled_from(["Nama", "HP", "Email", "Tanggal Lahir", "Jenis", "Catatan", "Divisi",
                     "Tag", "Kota", "WA", "Persetujuan Pemasaran", "Name", "???", ""]),
    min_size=1, max_size=8,
)  # fmt: skip


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(headers=_headers, rows=st.lists(st.lists(_cells, max_size=9), max_size=8),
       delimiter=st.sampled_from([";", ",", "\t"]), skip=st.booleans(),
       encoding=st.sampled_from(["utf-8", "utf-8-sig"]))  # fmt: skip
def test_importer_never_raises_anything_else_nor_half_imports(
    db, tmp_path: Path, headers: list[str], rows: list[list[str]], delimiter: str, skip: bool,
    encoding: str,
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "random.csv"
    with path.open("w", encoding=encoding, newline="", errors="surrogatepass") as handle:
        csv.writer(handle, delimiter=delimiter).writerows([headers, *rows])
    with db.session(write=False) as s:
        before = customers(s)
    added = 0
    try:
        with db.session() as s:
            table = read_table(path)
            plan = plan_import(s, table, guess_mapping(table.headers))
            added = import_customers(s, plan, skip_invalid=skip)
            assert added == len(plan.good)
    except BizCareError:
        added = 0
    with db.session(write=False) as s:
        assert customers(s) == before + added


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes_never_crash(db, tmp_path: Path, content: bytes, suffix: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(content)
    try:
        with db.session() as s:
            table = read_table(path)
            mapping = guess_mapping(table.headers) or {0: "name"}
            import_customers(s, plan_import(s, table, mapping), skip_invalid=True)
    except BizCareError:
        pass


def test_a_huge_cell_is_a_clear_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["Budi", "", "", "", "", "", "", "", "x" * 200_000]])
    with pytest.raises(ValidationError, match="Line 2"):
        read_table(path)


def test_the_sample_file_for_owners_imports_cleanly(session: Session) -> None:
    sample = Path(__file__).resolve().parents[3] / "resources" / "sample" / "pelanggan_contoh.csv"
    table = read_table(sample)
    plan = plan_import(session, table, guess_mapping(table.headers))
    assert plan.problems == [] and plan.duplicates == []
    assert len(guess_mapping(table.headers)) == len(table.headers)
    assert import_customers(session, plan) == len(table.rows)
    internal = [d for _line, d in plan.good if d.kind == "internal"]
    assert {d.division for d in internal} >= {"Gudang", "Sales", "Finance", "HR", "IT"}


@pytest.mark.parametrize("others", [0, 40])  # the table read once, or looked up by index
def test_duplicates_name_the_oldest_active_owner(session: Session, others: int) -> None:
    first = create_customer(session, CustomerInput(name="Lama", phone="0812-3456-7890"))
    for i in range(others):
        create_customer(session, CustomerInput(name=f"Lain {i}", email=f"lain{i}@example.com"))
    create_customer(session, CustomerInput(name="Baru", phone="0812-3456-7890",
                                           email="sama@example.com"))  # fmt: skip
    table = RawTable(["Nama", "HP", "Email"],
                     [["Budi", "0812 3456 7890", "SAMA@example.com"], ["Ani", "", "ani@x.id"]],
                     2)  # fmt: skip
    plan = plan_import(session, table, guess_mapping(table.headers))
    assert plan.duplicates == [
        (2, f"Phone +6281234567890 already belongs to {first.code} Lama. "
            f"E-mail sama@example.com already belongs to PLG-{others + 2:06d} Baru.")
    ]  # fmt: skip


def test_divisions_are_made_once_each_in_file_order(session: Session) -> None:
    table = RawTable(["Nama", "Jenis", "Divisi"],
                     [["Tim Sales", "internal", "Sales"], ["Gudang A", "internal", "Gudang"],
                      ["Gudang B", "internal", "gudang"], ["Budi", "", "Sales"]], 2)  # fmt: skip
    assert import_customers(session, plan_import(session, table, guess_mapping(table.headers))) == 4
    dt, ct = Division.__table__, Customer.__table__  # type: ignore[attr-defined]
    divisions = session.execute(select(dt.c.id, dt.c.name).order_by(dt.c.id)).all()
    assert [name for _id, name in divisions] == ["Sales", "Gudang"]
    ids = dict(divisions)
    stored = session.execute(select(ct.c.name, ct.c.division_id).order_by(ct.c.id)).all()
    assert [(name, ids.get(d)) for name, d in stored] == [
        ("Tim Sales", "Sales"), ("Gudang A", "Gudang"), ("Gudang B", "Gudang"), ("Budi", None)
    ]  # fmt: skip
