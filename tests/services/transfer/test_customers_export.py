"""Exporting customers to CSV (BOM, any delimiter) and XLSX, and importing the file again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session

from bizcare.domain.errors import ValidationError
from bizcare.services.customers.records import (
    CustomerInput,
    CustomerQuery,
    archive_customer,
    create_customer,
    customer_input,
)
from bizcare.services.transfer.exporting import export_customers
from bizcare.services.transfer.importing import (
    guess_mapping,
    import_customers,
    plan_import,
    read_table,
)


@pytest.fixture
def shop(session: Session) -> Session:
    create_customer(session, CustomerInput(
        name="Budi Santoso", phone="0812-3456-7890", email="budi@example.com", city="Bandung",
        birth_date=date(1985, 8, 17), gender="L", tags=["VIP", "Grosir"], marketing_consent=True,
        notes="Suka promo;\nbayar tunai", npwp="01.234.567.8-901.000", joined_on=date(2024, 1, 2),
    ))  # fmt: skip
    create_customer(session, CustomerInput(name="=SUM(A1:A2)", category="b2b",
                                           company="PT Maju & Jaya <Tbk>"))  # fmt: skip
    create_customer(session, CustomerInput(name="Gudang", kind="internal", division="Gudang",
                                           contact_person="Pak Joko"))  # fmt: skip
    return session


def test_csv_has_bom_indonesian_headers_and_readable_values(shop: Session, tmp_path: Path) -> None:
    path = tmp_path / "pelanggan.csv"
    assert export_customers(shop, path, delimiter=";") == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfKode;Nama;Jenis;Kategori;")
    table = read_table(path)
    first = dict(zip(table.headers, table.rows[0], strict=True))
    assert first["Kode"] == "DIV-0001" and first["Divisi"] == "Gudang"
    budi = dict(zip(table.headers, table.rows[1], strict=True))
    assert (budi["No. HP"], budi["Tanggal Lahir"], budi["Tag"]) == (
        "0812-3456-7890", "17/08/1985", "Grosir, VIP"
    )  # fmt: skip
    assert budi["Persetujuan Pemasaran"] == "ya" and budi["NPWP"] == "01.234.567.8-901.000"
    assert budi["Catatan"] == "Suka promo;\nbayar tunai"
    formula = dict(zip(table.headers, table.rows[2], strict=True))
    assert formula["Nama"] == "'=SUM(A1:A2)"  # never run as a formula in Excel


def test_round_trip_through_csv_and_xlsx(shop: Session, db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name in ("a.csv", "a.xlsx"):
        export_customers(shop, tmp_path / name)
        from bizcare.services.database import open_database

        other = open_database(tmp_path / f"{name}.db")
        with other.session() as s:
            table = read_table(tmp_path / name)
            plan = plan_import(s, table, guess_mapping(table.headers))
            assert plan.problems == []
            assert import_customers(s, plan) == 3
            budi = customer_input(s, 2)
            original = customer_input(shop, 1)
            assert budi == original, name
            assert customer_input(s, 3).name == "=SUM(A1:A2)"
            assert customer_input(s, 1).division == "Gudang"
        other.dispose()


def test_xlsx_has_dates_as_dates_and_no_formulas(shop: Session, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    export_customers(shop, tmp_path / "a.xlsx", lang="en")
    sheet = load_workbook(tmp_path / "a.xlsx").active
    assert sheet.title == "Customers"
    assert sheet["A1"].value == "Code" and sheet["A1"].font.b
    assert sheet["N3"].value.date() == date(1985, 8, 17)
    assert sheet["B4"].value == "=SUM(A1:A2)" and sheet["B4"].data_type == "s"


def test_export_follows_the_query_and_leaves_merged_out(shop: Session, tmp_path: Path) -> None:
    archive_customer(shop, 2)
    path = tmp_path / "a.csv"
    assert export_customers(shop, path, query=CustomerQuery(search="budi")) == 1
    assert export_customers(shop, path, query=CustomerQuery()) == 2
    assert export_customers(shop, path) == 3  # default: everyone, archived marked


def test_bad_delimiter_or_folder_changes_nothing(shop: Session, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError):
        export_customers(shop, out / "a.csv", delimiter="x")
    with pytest.raises(ValidationError):
        export_customers(shop, out / "missing" / "a.csv")
    assert list(out.iterdir()) == []
