"""Importing the owner's customer list: map columns, check every row, then add all at once.

The use case has two steps so the window can show a preview: :func:`plan_import` reads and
checks every row (nothing is written) and :func:`import_customers` inserts the good rows in
bulk in the caller's transaction. It is all or nothing: with bad rows nothing is imported
unless ``skip_invalid``; a failure or a cancel (``progress`` raising) rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session

from bizcare.domain.enums import CustomerKind
from bizcare.domain.errors import BizCareError, ImportFailed, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, CustomerTag
from bizcare.domain.models._base import utcnow
from bizcare.services import audit
from bizcare.services.customer_codes import reserve_codes
from bizcare.services.customer_index import bulk_indexing
from bizcare.services.customer_input import CustomerInput, validate_customer
from bizcare.services.customers import division_id_for, tag_ids
from bizcare.services.import_files import RawTable, read_table
from bizcare.services.import_mapping import FIELDS, guess_mapping, row_input

__all__ = [
    "FIELDS", "ImportPlan", "RawTable", "bulk_insert", "guess_mapping", "import_customers",
    "plan_import", "read_table", "row_input",
]  # fmt: skip

Translate = Callable[[str, str], str]
Progress = Callable[[int, int, str], None]

CHUNK = 5000  # rows per insert, and per progress report


@dataclass
class ImportPlan:
    """The checked file: good rows, bad rows and possible duplicates as (line, reason)."""

    good: list[tuple[int, CustomerInput]] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    duplicates: list[tuple[int, str]] = field(default_factory=list)


def plan_import(
    session: Session,
    table: RawTable,
    mapping: dict[int, str],
    translate: Translate | None = None,
) -> ImportPlan:
    """Check every row (dates dd/mm/yyyy, phones, e-mails, kinds) and flag duplicates
    within the file and against the database. Writes nothing.

    ``translate(context, text)`` renders the reasons in the user's language.
    """
    today = date.today()
    _check_mapping(mapping, len(table.headers))
    plan = ImportPlan()
    columns = sorted(mapping.items())
    for index, row in enumerate(table.rows):
        cells = {}
        for col, name in columns:
            text = row[col].strip() if col < len(row) else ""
            cells[name] = text[1:].strip() if text[:1] == "'" else text  # Excel's text mark
        if not any(cells.values()):
            continue
        line = table.line_of(index)
        try:
            plan.good.append((line, validate_customer(row_input(cells), today)))
        except BizCareError as exc:
            plan.problems.append((line, _row_problems(cells, exc, today, translate)))
    plan.duplicates = _duplicates(session, plan.good, translate)
    return plan


def _row_problems(
    cells: dict[str, str], first: BizCareError, today: date, translate: Translate | None
) -> str:
    """Every reason a bad row is refused, not just the first, so the owner fixes the row in
    one go: the faulty cell is set aside and the row checked again (only for bad rows)."""
    reasons, seen, exc = [first.render(translate)], set(), first
    cells = dict(cells)
    while isinstance(exc, ValidationError) and exc.field and exc.field not in seen:
        seen.add(exc.field)
        cells[exc.field] = "-" if exc.field in _REQUIRED else ""
        try:
            validate_customer(row_input(cells), today)
            break
        except BizCareError as again:
            exc = again
            if not (isinstance(again, ValidationError) and again.field in seen):
                reasons.append(again.render(translate))
    return reasons[0] if len(reasons) == 1 else "; ".join(r.rstrip(".") for r in reasons)


_REQUIRED = frozenset({"name", "division"})  # set aside with a stand-in text, not emptied


def _check_mapping(mapping: dict[int, str], width: int) -> None:
    unknown = sorted(set(mapping.values()) - set(FIELDS))
    if unknown or any(not 0 <= col < width for col in mapping):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown customer field: {value}"),
            field="mapping",
            value=unknown[0] if unknown else "?",
        )
    names = list(mapping.values())
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Two columns are mapped to the same field."),
            field="mapping",
        )
    if "name" not in names:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the column that holds the customer's name."),
            field="mapping",
        )


def _duplicates(
    session: Session, good: list[tuple[int, CustomerInput]], translate: Translate | None
) -> list[tuple[int, str]]:
    tr_ = translate or (lambda _context, text: text)
    table = Customer.__table__  # type: ignore[attr-defined]
    owners: dict[tuple[str, str], tuple[str, str]] = {}
    for key in ("phone", "email"):
        values = sorted({getattr(data, key) for _line, data in good} - {""})
        column = table.c[key]
        for start in range(0, len(values), 500):
            stmt = select(column, table.c.code, table.c.name).where(
                column.in_(values[start : start + 500]), table.c.merged_into_id.is_(None)
            )
            for value, code, name in session.execute(stmt):
                owners.setdefault((key, value), (code, name))
    seen: dict[tuple[str, str], int] = {}
    result: list[tuple[int, str]] = []
    for line, data in good:
        reasons = []
        for key, value in (("phone", data.phone), ("email", data.email)):
            if not value:
                continue
            if (key, value) in owners:
                label = tr_("fields", FIELDS[key])
                code, name = owners[(key, value)]
                text = tr_(
                    "import",
                    QT_TRANSLATE_NOOP(
                        "import", "{label} {value} already belongs to {code} {name}."
                    ),
                )
                reasons.append(text.format(label=label, value=value, code=code, name=name))
            elif (key, value) in seen:
                label = tr_("fields", FIELDS[key])
                text = tr_("import", QT_TRANSLATE_NOOP("import", "Same {label} as line {line}."))
                reasons.append(text.format(label=label, line=seen[(key, value)]))
            seen.setdefault((key, value), line)
        if reasons:
            result.append((line, " ".join(reasons)))
    return result


def import_customers(
    session: Session,
    plan: ImportPlan,
    progress: Progress | None = None,
    skip_invalid: bool = False,
    skip_duplicates: bool = False,
    actor: str = "",
) -> int:
    """Add the plan's good rows with bulk inserts; returns how many were added.

    Raises:
        ImportFailed: the plan has bad rows and ``skip_invalid`` is false (nothing written).
        Anything ``progress`` raises (e.g. the user cancelled): the caller rolls back.
    """
    if plan.problems and not skip_invalid:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("errors", "{count} rows have problems, so nothing was imported."),
            problems=list(plan.problems),
            count=len(plan.problems),
        )
    skipped = {line for line, _reason in plan.duplicates} if skip_duplicates else set()
    rows = [data for line, data in plan.good if line not in skipped]
    total = len(rows)
    if progress is not None:
        progress(0, total, "")
    if not total:
        return 0
    records = _records(session, rows, actor)
    table = Customer.__table__  # type: ignore[attr-defined]
    with bulk_indexing(session):
        for start in range(0, total, CHUNK):
            bulk_insert(session, table, records[start : start + CHUNK])
            if progress is not None:
                done = min(start + CHUNK, total)
                progress(done, total, f"{done:,}/{total:,}".replace(",", "."))
    _insert_tags(session, rows, [r["code"] for r in records])
    audit.record(
        session, "import", "customer", None, actor,
        count=total, first=records[0]["code"], last=records[-1]["code"],
    )  # fmt: skip
    return total


def bulk_insert(session: Session, table: Any, records: list[dict[str, Any]]) -> None:
    """``executemany`` of ``records`` (same keys each), values converted once per column
    the way SQLAlchemy would: a Core insert spends most of its time doing that per value."""
    if not records:
        return
    conn = session.connection()
    if conn.dialect.paramstyle != "qmark":
        session.execute(insert(table), records)
        return
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(records[0]))
    keys = list(compiled.positiontup or [])
    converters = [table.c[k].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
                  for k in keys]  # fmt: skip
    columns = []
    for key, convert in zip(keys, converters, strict=True):
        values = [r[key] for r in records]
        if convert is not None:  # dates and flags repeat: convert each distinct value once
            done: dict[Any, Any] = {None: None}
            values = [done[v] if v in done else done.setdefault(v, convert(v)) for v in values]
        columns.append(values)
    conn.exec_driver_sql(str(compiled), list(zip(*columns, strict=True)))


def _records(session: Session, rows: list[CustomerInput], actor: str) -> list[dict[str, Any]]:
    divisions = {
        name.casefold(): division_id_for(session, name, actor)
        for name in {r.division for r in rows if r.kind == CustomerKind.INTERNAL}
    }
    codes = {
        kind: iter(reserve_codes(session, kind, sum(1 for r in rows if r.kind == kind)))
        for kind in (CustomerKind.EXTERNAL.value, CustomerKind.INTERNAL.value)
    }
    now, today = utcnow(), date.today()
    records = []
    for r in rows:
        record = {name: getattr(r, name) for name in _COLUMNS}
        record.update(
            code=next(codes[r.kind]),
            division_id=divisions.get(r.division.casefold()) if r.division else None,
            joined_on=r.joined_on or today,
            archived=False,
            merged_into_id=None,
            created_at=now,
            updated_at=now,
        )
        records.append(record)
    return records


_COLUMNS = tuple(
    name for name in CustomerInput.__dataclass_fields__ if name not in {"division", "tags"}
)


def _insert_tags(session: Session, rows: list[CustomerInput], codes: list[str]) -> None:
    tagged = [(code, r.tags) for code, r in zip(codes, rows, strict=True) if r.tags]
    if not tagged:
        return
    table = Customer.__table__  # type: ignore[attr-defined]
    ids: dict[str, int] = {}
    wanted = [code for code, _tags in tagged]
    for start in range(0, len(wanted), 500):
        stmt = select(table.c.code, table.c.id).where(table.c.code.in_(wanted[start : start + 500]))
        ids.update({code: int(i) for code, i in session.execute(stmt)})
    tags = tag_ids(session, [t for _code, names in tagged for t in names])
    links = [
        {"customer_id": ids[code], "tag_id": tags[name.casefold()]}
        for code, names in tagged
        for name in names
    ]
    session.execute(insert(CustomerTag.__table__), links)  # type: ignore[attr-defined]
