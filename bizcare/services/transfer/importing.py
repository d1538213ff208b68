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

from sqlalchemy import bindparam, func, insert, select
from sqlmodel import Session

from bizcare.domain.enums import CustomerKind
from bizcare.domain.errors import BizCareError, ImportFailed, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, CustomerTag
from bizcare.domain.models._base import utcnow
from bizcare.services import audit
from bizcare.services.customers import (
    bulk_indexing,
    division_id_for,
    reserve_codes,
    tag_ids,
    validate_customer,
)
from bizcare.services.transfer.bulk_gc import paused_gc
from bizcare.services.transfer.checks import check_rows
from bizcare.services.transfer.column_insert import ColumnInsert, bulk_insert
from bizcare.services.transfer.files import RawTable, read_table
from bizcare.services.transfer.mapping import FIELDS, guess_mapping, row_input
from bizcare.services.transfer.rows import INPUT_FIELDS, CheckedRows

__all__ = [
    "FIELDS", "CheckedRows", "ImportPlan", "RawTable", "bulk_insert", "guess_mapping",
    "import_customers", "plan_import", "read_table", "row_input",
]  # fmt: skip

Translate = Callable[[str, str], str]
Progress = Callable[[int, int, str], None]

CHUNK = 5000  # rows per insert, and per progress report


@dataclass
class ImportPlan:
    """The checked file: good rows, bad rows and possible duplicates as (line, reason).

    ``good`` reads as a sequence of ``(line, CustomerInput)``; ``good.lines`` alone is
    cheaper when only the line numbers are needed (no input is built).
    """

    good: CheckedRows = field(default_factory=CheckedRows)
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
    with paused_gc():
        good, failed = check_rows(table, mapping, today)
        plan = ImportPlan(good=good)
        plan.problems = [
            (line, _row_problems(cells, exc, today, translate)) for line, cells, exc in failed
        ]
        plan.duplicates = _duplicates(session, good, translate)
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
    session: Session, good: CheckedRows, translate: Translate | None
) -> list[tuple[int, str]]:
    """(line, reason) for rows whose phone or e-mail a customer already has, or an earlier
    line of the file has."""
    tr_ = translate or (lambda _context, text: text)
    keys = ("phone", "email")
    columns = {key: good.column(key) for key in keys}
    distinct = {key: set(column) - {""} for key, column in columns.items()}
    owners = _owners(session, distinct)
    if not any(owners.values()) and all(
        len(distinct[key]) == len(column) - column.count("") for key, column in columns.items()
    ):
        return []  # nobody has these numbers and addresses, and no two lines share one
    phone_owners, email_owners = owners["phone"], owners["email"]
    seen: dict[str, dict[str, int]] = {key: {} for key in keys}
    phone_seen, email_seen = seen["phone"], seen["email"]
    labels = {key: tr_("fields", FIELDS[key]) for key in keys}
    owned = tr_(
        "import", QT_TRANSLATE_NOOP("import", "{label} {value} already belongs to {code} {name}.")
    )
    same = tr_("import", QT_TRANSLATE_NOOP("import", "Same {label} as line {line}."))
    result: list[tuple[int, str]] = []
    for line, phone, email in zip(good.lines, columns["phone"], columns["email"], strict=True):
        if (phone and (phone in phone_owners or phone in phone_seen)) or (
            email and (email in email_owners or email in email_seen)
        ):
            reasons = []
            for key, value in (("phone", phone), ("email", email)):
                if value in owners[key]:
                    code, name = owners[key][value]
                    reasons.append(
                        owned.format(label=labels[key], value=value, code=code, name=name)
                    )
                elif value in seen[key]:
                    reasons.append(same.format(label=labels[key], line=seen[key][value]))
            result.append((line, " ".join(reasons)))
        if phone:
            phone_seen.setdefault(phone, line)
        if email:
            email_seen.setdefault(email, line)
    return result


def _owners(session: Session, wanted: dict[str, set[str]]) -> dict[str, dict[str, tuple[str, str]]]:
    """For each key (phone, email), value -> (code, name) of the oldest active customer who
    has it. A big import against a small table reads the table once; a small import against
    a big table looks its values up through the column's index."""
    table = Customer.__table__  # type: ignore[attr-defined]
    found: dict[str, dict[str, tuple[int, str, str]]] = {key: {} for key in wanted}
    count = sum(map(len, wanted.values()))
    if count:
        active = table.c.merged_into_id.is_(None)
        size = session.execute(select(func.max(table.c.id))).scalar() or 0
        if size <= 8 * count:
            stmt = select(table.c.id, table.c.code, table.c.name, *(table.c[k] for k in wanted))
            for id_, code, name, *values in session.execute(stmt.where(active)):
                for key, value in zip(wanted, values, strict=True):
                    if value in wanted[key]:
                        _keep_oldest(found[key], value, id_, code, name)
        else:
            for key, distinct in wanted.items():
                column, ordered = table.c[key], sorted(distinct)
                stmt = select(column, table.c.id, table.c.code, table.c.name).where(
                    column.in_(bindparam("values", expanding=True)), active
                )
                for start in range(0, len(ordered), 500):
                    chunk = {"values": ordered[start : start + 500]}
                    for value, id_, code, name in session.execute(stmt, chunk):
                        _keep_oldest(found[key], value, id_, code, name)
    return {key: {v: (c, n) for v, (_i, c, n) in owners.items()} for key, owners in found.items()}


def _keep_oldest(
    owners: dict[str, tuple[int, str, str]], value: str, id_: int, code: str, name: str
) -> None:
    if value not in owners or id_ < owners[value][0]:
        owners[value] = (id_, code, name)


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
    good = plan.good if isinstance(plan.good, CheckedRows) else CheckedRows.from_pairs(plan.good)
    keep: list[int] | None = None
    if skip_duplicates and plan.duplicates:
        skipped = {line for line, _reason in plan.duplicates}
        keep = [i for i, line in enumerate(good.lines) if line not in skipped]
    total = len(good) if keep is None else len(keep)
    if progress is not None:
        progress(0, total, "")
    if not total:
        return 0
    with paused_gc():  # the rows built here are freed before it ends: no debt left behind
        codes, columns = _columns(session, good, keep, actor)
        tags = columns.pop("tags", None)
        insert_rows = ColumnInsert(session, Customer.__table__, columns)  # type: ignore[attr-defined]
        del columns
        with bulk_indexing(session):
            for start in range(0, total, CHUNK):
                insert_rows(start, start + CHUNK)
                if progress is not None:
                    done = min(start + CHUNK, total)
                    progress(done, total, f"{done:,}/{total:,}".replace(",", "."))
        del insert_rows
    if tags:
        _insert_tags(session, codes, tags)
    audit.record(
        session, "import", "customer", None, actor,
        count=total, first=codes[0], last=codes[-1],
    )  # fmt: skip
    return total


def _columns(
    session: Session, good: CheckedRows, keep: list[int] | None, actor: str
) -> tuple[list[str], dict[str, list[Any]]]:
    """The new customers' codes, and their table values (and tags) as columns; ``keep``
    lists the rows to add when not all of them."""

    def column(name: str) -> list[Any]:
        values = good.column(name)
        return values if keep is None else [values[i] for i in keep]

    kinds = column("kind")
    count = len(kinds)
    reserved = {
        kind: reserve_codes(session, kind, kinds.count(kind))
        for kind in (CustomerKind.EXTERNAL.value, _INTERNAL)
    }
    if not reserved[_INTERNAL]:
        codes = reserved[CustomerKind.EXTERNAL.value]
    else:
        series = {kind: iter(reserved[kind]) for kind in reserved}
        codes = [next(series[kind]) for kind in kinds]
    columns = {name: column(name) for name in _COLUMNS}
    if "tags" in good.columns:  # otherwise no row has tags
        columns["tags"] = column("tags")
    division_ids: list[int | None] = [None] * count
    if reserved[_INTERNAL]:
        names = column("division")
        first: dict[str, str] = {}  # each division once, spelt as the file first spells it
        for name, kind in zip(names, kinds, strict=True):
            if kind == _INTERNAL:
                first.setdefault(name.casefold(), name)
        ids = {key: division_id_for(session, name, actor) for key, name in first.items()}
        division_ids = [ids.get(name.casefold()) if name else None for name in names]
    today, now = date.today(), utcnow()
    columns.update(
        code=codes,
        division_id=division_ids,
        joined_on=[joined or today for joined in columns["joined_on"]],
        archived=[False] * count,
        merged_into_id=[None] * count,
        created_at=[now] * count,
        updated_at=[now] * count,
    )
    return codes, columns


_COLUMNS = tuple(name for name in INPUT_FIELDS if name not in {"division", "tags"})
_INTERNAL = CustomerKind.INTERNAL.value


def _insert_tags(session: Session, codes: list[str], tags: list[list[str]]) -> None:
    tagged = [(code, names) for code, names in zip(codes, tags, strict=True) if names]
    if not tagged:
        return
    table = Customer.__table__  # type: ignore[attr-defined]
    ids: dict[str, int] = {}
    wanted = [code for code, _tags in tagged]
    for start in range(0, len(wanted), 500):
        stmt = select(table.c.code, table.c.id).where(table.c.code.in_(wanted[start : start + 500]))
        ids.update({code: int(i) for code, i in session.execute(stmt)})
    tag_id = tag_ids(session, [t for _code, names in tagged for t in names])
    links = [
        {"customer_id": ids[code], "tag_id": tag_id[name.casefold()]}
        for code, names in tagged
        for name in names
    ]
    session.execute(insert(CustomerTag.__table__), links)  # type: ignore[attr-defined]
