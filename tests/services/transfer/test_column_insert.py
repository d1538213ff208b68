"""Bulk inserts from columns: values stored exactly as a Core insert stores them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlmodel import Session

from bizcare.domain.models import Customer
from bizcare.services.transfer.column_insert import ColumnInsert, bulk_insert

TABLE = Customer.__table__  # type: ignore[attr-defined]
NOW = datetime(2026, 11, 24, 8, 30, 15, 123456, tzinfo=UTC)


def _record(i: int, **changes: Any) -> dict[str, Any]:
    record = {
        "code": f"PLG-{i:06d}", "kind": "external", "category": "perorangan",
        "name": f"Pelanggan {i}", "company": "", "division_id": None, "contact_person": "",
        "phone": "", "whatsapp": "", "email": "", "address": "", "city": "Bandung",
        "province": "", "birth_date": None, "gender": "", "preferred_channel": "whatsapp",
        "preferences": "", "needs": "", "npwp": "", "marketing_consent": False, "notes": "",
        "joined_on": date(2026, 11, 24), "archived": False, "merged_into_id": None,
        "created_at": NOW, "updated_at": NOW,
    }  # fmt: skip
    record.update(changes)
    return record


def _stored(session: Session) -> list[tuple[Any, ...]]:
    columns = [TABLE.c[k] for k in _record(0)]
    typed = [c.type.__class__.__name__ for c in columns]
    rows = session.execute(select(*columns).order_by(TABLE.c.id)).all()
    raw = session.connection().exec_driver_sql(
        "SELECT " + ", ".join(f"typeof({c.name})" for c in columns) + " FROM customer ORDER BY id"
    )
    return [(tuple(r), tuple(t)) for r, t in zip(rows, raw, strict=True)] + [tuple(typed)]


@pytest.mark.parametrize(
    "changes",
    [
        [{}],  # one row: every column the same
        [{}, {}, {}],
        [{"notes": "it's 50% ? :x -- /* no */"}] * 3,  # the same awkward text, written once
        [{"notes": "a\x00b"}] * 2,  # text with NUL stays bound
        [{"marketing_consent": True, "birth_date": date(1985, 8, 17)}, {"archived": True}],
    ],
)
def test_same_rows_as_a_core_insert(session: Session, changes: list[dict[str, Any]]) -> None:
    records = [_record(i + 1, **c) for i, c in enumerate(changes)]
    session.execute(insert(TABLE), records)
    expected = _stored(session)
    session.execute(TABLE.delete())
    bulk_insert(session, TABLE, [_record(i + 1, **c) for i, c in enumerate(changes)])
    assert _stored(session) == expected


def test_slices_insert_only_their_rows(session: Session) -> None:
    columns = {k: [_record(i)[k] for i in range(1, 8)] for k in _record(0)}
    rows = ColumnInsert(session, TABLE, columns)
    rows(0, 3)
    rows(3, 10)
    rows(10, 20)
    codes = session.execute(select(TABLE.c.code).order_by(TABLE.c.id)).scalars().all()
    assert codes == [f"PLG-{i:06d}" for i in range(1, 8)]
