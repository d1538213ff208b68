"""Checking an import's rows quickly: one column at a time, with the form's rules.

Checking 100,000 rows through the form's :func:`validate_customer` spends most of its time
building a dict and two objects per row. Here each mapped column is cleaned in one pass, the
usual values on a short path that gives the same answer (a mobile written ``0812-…``, a
printable name within its length, a date or a kind already seen), everything else through the
very functions the form uses. A row where any cell is refused is checked again by the form's
own path, which has the last word and names the reason, so a row is accepted or refused, and
stored, exactly as before; ``fast=False`` runs every row that way (a property test compares).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import MISSING
from datetime import date
from functools import partial
from typing import Any

from bizcare.domain.errors import BizCareError, ValidationError
from bizcare.domain.validation import _EMAIL, clean_email, clean_npwp
from bizcare.services.customers.input import (
    _CHANNEL_VALUES,
    _CONTROL,
    _INTERNAL,
    _MOBILE,
    MAX_LENGTHS,
    MULTILINE,
    CustomerInput,
    _kind_and_category,
    clean_phone,
    clean_tags,
    clean_text,
    parse_channel,
    parse_gender,
    validate_customer,
)
from bizcare.services.transfer.files import GUARDED, RawTable
from bizcare.services.transfer.mapping import (
    _TAG_SPLIT,
    parse_bool,
    parse_date,
    parse_kind,
    row_input,
)
from bizcare.services.transfer.rows import INPUT_FIELDS, CheckedRows

Failed = list[tuple[int, dict[str, str], BizCareError]]

# clean_phone's and clean_email's patterns, anchored to each line of a column joined by "\n".
# (_MOBILE is "(?:\+62|62|0)(8\d{8,11})": its prefix, where the whole line is such a mobile)
_MOBILE_LINE_PREFIX = re.compile(r"^(?:\+62|62|0)(?=8\d{8,11}$)", re.MULTILINE)
_EMAIL_LINES = re.compile(_EMAIL.pattern, re.MULTILINE)  # already ^...$
_EMAIL_MAX = 200  # clean_email refuses longer addresses
_REFUSED = object()  # a cell value the short path refuses: the row goes the form's way
_OLDEST_BIRTH = date(1900, 1, 1)
# Free text, where a leading apostrophe can be data (tags are texts too).
TEXT_FIELDS = frozenset({*MAX_LENGTHS, "tags"})


def check_rows(
    table: RawTable, mapping: dict[int, str], today: date, *, fast: bool = True
) -> tuple[CheckedRows, Failed]:
    """Good rows as (line, cleaned input) and refused rows as (line, cells, first error),
    both in file order; rows whose mapped cells are all empty are left out."""
    names = [name for _col, name in sorted(mapping.items())]
    if "name" not in names:  # plan_import refuses such a mapping first; be safe anyway
        fast = False
    cells = _cells(table, sorted(mapping), names)
    lines = table.lines if len(table.lines) >= len(table.rows) else [
        table.line_of(i) for i in range(len(table.rows))
    ]  # fmt: skip
    lines = lines[: len(table.rows)]
    if all("" in column for column in cells):  # else no row can be blank
        kept = [i for i, row in enumerate(zip(*cells, strict=True)) if any(row)]
        if len(kept) < len(lines):
            cells = [[column[i] for i in kept] for column in cells]
            lines = [lines[i] for i in kept]
    by_name = dict(zip(names, cells, strict=True))
    count = len(lines)
    refused: set[int] = set()
    if fast:
        columns, fixed = _clean_columns(by_name, count, today, refused)
    else:
        columns, fixed = {name: [None] * count for name in INPUT_FIELDS}, {}
        refused.update(range(count))
    failed: Failed = []
    dropped: list[int] = []
    for index in sorted(refused):  # the form's own path decides, and names the reasons
        raw = {name: by_name[name][index] for name in names}
        try:
            data = validate_customer(row_input(raw), today)
        except BizCareError as exc:
            failed.append((lines[index], raw, exc))
            dropped.append(index)
            continue
        for name, column in columns.items():  # fields absent from the file keep `fixed`
            column[index] = getattr(data, name)
    if dropped:
        keep = sorted(set(range(count)) - set(dropped))
        columns = {name: [column[i] for i in keep] for name, column in columns.items()}
        lines = [lines[i] for i in keep]
    return CheckedRows(lines, columns, fixed), failed


def _cells(table: RawTable, columns: list[int], names: list[str]) -> list[list[str]]:
    """Each mapped column's cells, stripped, with exactly the apostrophe our export added.

    A leading ``'`` is data in a text (``'Ali Baba``); in a CSV (``table.guarded``) one
    before ``= + - @`` or another ``'`` is the export's guard and comes off, because the
    export puts one there and only there. In a value read for its meaning (a phone, a date,
    a yes/no) an apostrophe is never data: Excel's text mark, taken off wherever it is.
    """
    rows = table.rows
    if not rows or not columns:
        return [[] for _col in columns]
    if min(map(len, rows)) > columns[-1]:  # as read_table gives it: every row full width
        every = list(zip(*rows, strict=False))
        raws: list[Sequence[str]] = [every[col] for col in columns]
    else:
        raws = [[r[col] if col < len(r) else "" for r in rows] for col in columns]
    result = []
    for raw, name in zip(raws, names, strict=True):
        cells = list(map(str.strip, raw))
        if "'" in "".join(cells):
            if name not in TEXT_FIELDS:
                cells = [t if t[:1] != "'" else t[1:].strip() for t in cells]
            elif table.guarded:
                cells = [t[1:] if t[:1] == "'" and t[1:2] in GUARDED else t for t in cells]
        result.append(cells)
    return result


def _clean_columns(
    cells: dict[str, list[str]], count: int, today: date, refused: set[int]
) -> tuple[dict[str, list[Any]], dict[str, Any]]:
    """CustomerInput's fields as columns of cleaned values, and the values of the fields the
    file does not have (their defaults); adds the rows to look at again to ``refused``."""
    out: dict[str, list[Any]] = {}
    fixed: dict[str, Any] = {}
    for name in INPUT_FIELDS:
        column = cells.get(name)
        if column is None:
            if name in _DEFAULTS:
                fixed[name] = _DEFAULTS[name]
        elif name in MAX_LENGTHS:
            out[name] = _texts(column, name, refused)
        elif name in ("phone", "whatsapp"):
            out[name] = _phones(column, name, refused)
        elif name == "email":
            out[name] = _emails(column, refused)
    _required(out["name"], refused)
    kind_cells, category_cells = cells.get("kind"), cells.get("category")
    if kind_cells is not None and category_cells is not None:
        pairs: Iterable[Any] = zip(kind_cells, category_cells, strict=True)
        kinds = _by_value(pairs, lambda pair: _kind_and_category(*parse_kind(*pair)), refused)
    elif category_cells is not None:
        kinds = _by_value(category_cells, lambda c: _kind_and_category(*parse_kind("", c)), refused)
    else:
        kind_cells = kind_cells if kind_cells is not None else [""] * count
        kinds = _by_value(kind_cells, lambda k: _kind_and_category(*parse_kind(k, "")), refused)
    out["kind"] = kind = [k[0] if k is not _REFUSED else "" for k in kinds]
    out["category"] = [k[1] if k is not _REFUSED else "" for k in kinds]
    for name in ("kind", "category"):
        fixed.pop(name, None)
    if "division" in out:
        out["division"] = _divisions(kind, out["division"], refused)
    else:
        _required([k != _INTERNAL for k in kind], refused)
    for name, parse in _BY_VALUE:
        if name in cells:
            out[name] = _by_value(cells[name], partial(_on_day, parse, today), refused)
    if "tags" in cells:
        out["tags"] = _each(
            cells["tags"], lambda v: clean_tags(_TAG_SPLIT.split(v)) if v else [], refused
        )
    if "npwp" in cells:
        out["npwp"] = _each(
            cells["npwp"], lambda v: clean_npwp(_CONTROL.sub("", v)) if v else "", refused
        )
    return out, fixed


def _texts(column: list[str], name: str, refused: set[int]) -> list[str]:
    """What validate_customer keeps of a text: the cell itself unless it is too long or holds
    a control character or a line break (then clean_text decides)."""
    limit, multiline = MAX_LENGTHS[name], name in MULTILINE
    if not column or (max(map(len, column)) <= limit and "".join(column).isprintable()):
        return list(column)  # the usual case, checked for the whole column at C speed
    odd = [i for i, v in enumerate(column) if len(v) > limit or not v.isprintable()]
    if not odd:
        return column
    result = list(column)
    for i in odd:
        try:
            result[i] = clean_text(column[i], name, multiline=multiline).strip()
        except ValidationError:
            refused.add(i)
    return result


def _phones(column: list[str], name: str, refused: set[int]) -> list[str]:
    """E.164 as clean_phone gives it; a mobile typed with only digits, spaces and dashes is
    read here with clean_phone's own pattern, anything else by clean_phone itself."""
    lines = _one_per_line(column)
    if lines is not None:  # all the column at once: each non-empty line must be a mobile
        compact = lines.replace("-", "").replace(" ", "")
        e164, mobiles = _MOBILE_LINE_PREFIX.subn("+62", compact)  # +62 + _MOBILE's group
        if mobiles == len(column) - column.count(""):
            return e164.split("\n")
    result: list[str] = []
    append, match = result.append, _MOBILE.fullmatch
    for i, value in enumerate(column):
        if not value:
            append("")
            continue
        mobile = match(value.replace("-", "").replace(" ", ""))
        if mobile:
            append("+62" + mobile.group(1))
            continue
        try:
            append(clean_phone(value, name))
        except ValidationError:
            refused.add(i)
            append("")
    return result


def _emails(column: list[str], refused: set[int]) -> list[str]:
    """Lower-cased by clean_email; a printable address has no control character to remove."""
    lines = _one_per_line(column)
    if (
        lines is not None
        and "".join(column).isprintable()
        and ".." not in lines
        and max(map(len, column)) <= _EMAIL_MAX
        and _EMAIL_LINES.subn("", lines)[1] == len(column) - column.count("")
    ):  # clean_email's rules for all the column at once; its pattern is ASCII only
        return lines.lower().split("\n")
    result: list[str] = []
    append = result.append
    for i, value in enumerate(column):
        try:
            if not value:
                append("")
            elif value.isprintable():
                append(clean_email(value))
            else:
                append(clean_email(_CONTROL.sub("", value)))
        except ValidationError:
            refused.add(i)
            append("")
    return result


def _one_per_line(column: list[str]) -> str | None:
    """The cells joined by line breaks, unless a cell holds a line break itself."""
    text = "\n".join(column)
    return text if column and text.count("\n") == len(column) - 1 else None


def _required(column: Iterable[object], refused: set[int]) -> None:
    refused.update(i for i, value in enumerate(column) if not value)


def _divisions(kinds: list[str], divisions: list[str], refused: set[int]) -> list[str]:
    """An internal customer's division (required); external customers have none."""
    result = [d if k == _INTERNAL else "" for k, d in zip(kinds, divisions, strict=True)]
    _required((k != _INTERNAL or d for k, d in zip(kinds, result, strict=True)), refused)
    return result


def _by_value(column: Iterable[Any], clean: Callable[[Any], Any], refused: set[int]) -> list[Any]:
    """``clean`` applied once per distinct value (dates, kinds, genders repeat a lot)."""
    cells = list(column)
    done: dict[Any, Any] = {}
    for value in set(cells):
        try:
            done[value] = clean(value)
        except ValidationError:
            done[value] = _REFUSED
    result = list(map(done.__getitem__, cells))
    if any(value is _REFUSED for value in done.values()):
        refused.update(i for i, value in enumerate(result) if value is _REFUSED)
    return result


def _each(column: list[str], clean: Callable[[str], Any], refused: set[int]) -> list[Any]:
    """``clean`` applied to every cell (values that are mostly unique, or mutable)."""
    result = []
    for i, value in enumerate(column):
        try:
            result.append(clean(value))
        except ValidationError:
            refused.add(i)
            result.append(None)
    return result


def _on_day(parse: Callable[[str, date], Any], today: date, value: str) -> Any:
    return parse(value, today)


def _birth_date(text: str, today: date) -> object:
    """The date, or refused when validate_customer would refuse it (before 1900, future)."""
    if not text:
        return None
    born = parse_date(text, "birth_date")
    return born if _OLDEST_BIRTH <= born <= today else _REFUSED


_BY_VALUE: tuple[tuple[str, Callable[[str, date], Any]], ...] = (
    ("birth_date", _birth_date),
    ("joined_on", lambda v, _t: parse_date(v, "joined_on") if v else None),
    ("gender", lambda v, _t: parse_gender(v) if v else ""),
    ("preferred_channel", lambda v, _t: v if v in _CHANNEL_VALUES else parse_channel(v)),
    ("marketing_consent", lambda v, _t: bool(parse_bool(v, "marketing_consent"))),
)
# What validate_customer gives a field the file does not have: CustomerInput's default
# (tags is left out: each row gets a list of its own).
_DEFAULTS = {
    name: spec.default
    for name, spec in CustomerInput.__dataclass_fields__.items()
    if spec.default is not MISSING
}
