"""Export → import is the identity for every text a customer can hold.

The CSV export writes an apostrophe before a text a spreadsheet would run as a formula and
before a text that starts with an apostrophe; the import takes off exactly that one. XLSX
cells are typed text, so nothing is added or taken off there. A leading apostrophe that is
data (``'Ali Baba``) survives both ways.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlmodel import Session

from bizcare.domain.errors import ValidationError
from bizcare.domain.models import Customer
from bizcare.services.customers.records import CustomerInput, create_customer, customer_input
from bizcare.services.transfer.exporting import export_customers
from bizcare.services.transfer.importing import (
    guess_mapping,
    import_customers,
    plan_import,
    read_table,
)
from tests.pg import needs_postgres

TEXTS = ("name", "company", "contact_person", "address", "city", "province", "preferences",
         "needs", "notes")  # fmt: skip
TRICKY = ["'Ali Baba", "' OR '1'='1", "''", "'", "'=1+1", "=SUM(A1:A2)", "+62 812", "-5%",
          "@budi", '"kutip" "ganda"', "titik;koma, dan koma", "Café Ñoño – 東京 🙂",
          "Jl. Soekarno–Hatta \"A\"", "-", "=", "'-"]  # fmt: skip
FORMATS = ("a.csv", "b.csv", "c.xlsx")  # comma, semicolon, workbook
DELIMITERS = {"a.csv": ",", "b.csv": ";", "c.xlsx": ","}


def _texts(data: CustomerInput) -> dict[str, str]:
    return {name: getattr(data, name) for name in TEXTS}


def _ids(session: Session) -> list[int]:
    return list(session.execute(select(Customer.id).order_by(Customer.id)).scalars())


def _round_trip(session: Session, target: Session, folder: Path, name: str) -> list[dict[str, str]]:
    """The customers of ``session`` exported to ``name`` and read back by the import
    (checked, and inserted into ``target``), as their texts."""
    path = folder / name
    export_customers(session, path, delimiter=DELIMITERS[name])
    table = read_table(path)
    plan = plan_import(target, table, guess_mapping(table.headers))
    assert plan.problems == []
    import_customers(target, plan, skip_duplicates=False)
    return [_texts(data) for _line, data in plan.good]


@pytest.mark.parametrize("database", ["db", pytest.param("pg", marks=needs_postgres)])
def test_leading_apostrophes_and_formula_marks_come_back_as_they_were(
    request: pytest.FixtureRequest, tmp_path: Path, database: str
) -> None:
    db = request.getfixturevalue(database)
    with db.session() as s:
        for index, text in enumerate(TRICKY):
            create_customer(s, CustomerInput(name=text, address=text, notes=f"{text}\n{text}",
                                             company=TRICKY[-1 - index]))  # fmt: skip
    for name in FORMATS:
        with db.session() as s:
            before = [_texts(customer_input(s, i)) for i in _ids(s)]
            imported = _round_trip(s, s, tmp_path, name)
            stored = [_texts(customer_input(s, i)) for i in _ids(s)[len(TRICKY) :]]
            assert imported == before, name
            assert stored == before, name
            s.rollback()  # the next format starts from the same customers


_ODD = st.sampled_from(["'", "=", "+", "-", "@", '"', ";", ",", "\n", "\t", " ", "–", "é"])
_TEXT = st.lists(st.one_of(_ODD, st.characters(codec="utf-8", exclude_categories=("Cs",))),
                 max_size=25).map("".join)  # fmt: skip


_SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]


@settings(max_examples=40, deadline=None, suppress_health_check=_SLOW_OK)
@given(customers=st.lists(st.fixed_dictionaries(dict.fromkeys(TEXTS, _TEXT)),
                          min_size=1, max_size=4))  # fmt: skip
def test_any_texts_survive_export_and_import_in_csv_and_xlsx(
    db, tmp_path: Path, customers: list[dict[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        added = []
        for values in customers:
            try:
                with s.begin_nested():
                    added.append(create_customer(s, CustomerInput(**values)).id)
            except ValidationError:  # e.g. a name of blanks only: nobody stores that
                continue
        before = [_texts(customer_input(s, cid)) for cid in added]
        for name in FORMATS:
            with s.begin_nested() as savepoint:  # imported into the same database, undone
                imported = _round_trip(s, s, tmp_path, name)
                savepoint.rollback()
            assert imported == before, name
        s.rollback()


def test_a_hand_written_list_keeps_apostrophes_that_are_data(
    session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "tulisan tangan.csv"
    path.write_text(
        "Nama;No. HP;Catatan\n'Ali Baba;'0812-3456-7890;' OR '1'='1\n''Dua;;'=1+1\n",
        encoding="utf-8",
    )
    plan = plan_import(session, read_table(path), {0: "name", 1: "phone", 2: "notes"})
    assert plan.problems == []
    assert [(d.name, d.phone, d.notes) for _line, d in plan.good] == [
        ("'Ali Baba", "+6281234567890", "' OR '1'='1"),  # Excel's text mark on a phone: off
        ("'Dua", "", "=1+1"),  # as our export writes 'Dua and =1+1
    ]
