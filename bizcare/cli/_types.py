"""Argument types: every value on the command line is checked here, before a handler runs.

Each function is an argparse ``type=``: it returns the value the handler uses or raises
``ArgumentTypeError`` with one translated line, so bad input exits 2 naming the argument and
nothing is opened or written. What they refuse, and why it slipped through before:

* text that is not Unicode (argv bytes that are not UTF-8 arrive as lone surrogates and
  fail deep in the database driver), NUL characters (PostgreSQL refuses them), and text
  longer than any field;
* digits other than ASCII (``str.isdigit()``, ``int()`` and ``Decimal()`` accept ``١٠`` and
  ``１０``), underscores (``int("1_000")`` is 1000) and signs where none belongs;
* numbers beyond a sane range (a 2^63 amount overflows the database integer) and dates
  outside 1900-01-01…2200-12-31;
* paths that cannot be used: an empty name, a file where a folder should be, a folder where a
  file should be, a folder without write permission, an input that is not a regular file.
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NoReturn

from bizcare.cli._argparse_i18n import render
from bizcare.domain.errors import BizCareError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

MAX_TEXT = 10_000  # characters: more than any field holds, far less than a pasted file
MAX_POINTS = 1_000_000_000
MAX_ID = 2**31 - 1  # PostgreSQL's integer
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)

_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_SIGNED = re.compile(r"-?[0-9]+", re.ASCII)
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", re.ASCII)
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})", re.ASCII)
_SIZE = re.compile(r"([0-9]{1,5})[xX]([0-9]{1,5})", re.ASCII)


def _refuse(message: str, **params: object) -> NoReturn:
    raise argparse.ArgumentTypeError(render(ValidationError(message, None, **params)))


def shown(value: str, limit: int = 60) -> str:
    """``value`` as one printable line: escapes for control characters and broken bytes,
    cut to ``limit`` characters."""
    text = value.encode("utf-8", "backslashreplace").decode("utf-8")
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text(value: str) -> str:
    """Any text: valid Unicode, no NUL, at most :data:`MAX_TEXT` characters."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        _refuse(QT_TRANSLATE_NOOP("errors", "Not valid text (the characters are not UTF-8): "
                                            "{value}"), value=shown(value))
    if "\x00" in value:
        _refuse(QT_TRANSLATE_NOOP("errors", "Text cannot contain a NUL character: {value}"),
                value=shown(value))
    if len(value) > MAX_TEXT:
        _refuse(QT_TRANSLATE_NOOP("errors", "The text is longer than {limit} characters."),
                limit=MAX_TEXT)
    return value


def document(value: str) -> str:
    """An invoice or kwitansi number, or ``draft:12`` (looked up by the service)."""
    value = text(value).strip()
    if not value:
        _refuse(QT_TRANSLATE_NOOP("errors", "Give a number such as INV/2026/11/0005, or a "
                                            "draft as draft:12."))
    return value


def draft(value: str) -> int:
    """``draft:12`` -> 12. A bare number is refused: it reads like an invoice number."""
    from bizcare.domain.numbering import parse_draft_handle

    found = parse_draft_handle(text(value))
    if found is None or found > MAX_ID:
        _refuse(QT_TRANSLATE_NOOP("errors", "A draft is named like draft:12: {value}"),
                value=shown(value))
    return found


def amount(value: str) -> int:
    """Whole Rupiah, not negative, at most Rp999.999.999.999.999: ``1250000``, ``1.250.000``,
    ``Rp1.250.000``."""
    from bizcare.documents.formatting import parse_rupiah

    try:
        rupiah = parse_rupiah(text(value))
    except BizCareError as exc:
        raise argparse.ArgumentTypeError(render(exc)) from None
    if rupiah < 0:
        _refuse(QT_TRANSLATE_NOOP("errors", "Amounts cannot be negative."))
    return rupiah


def count(low: int, high: int) -> Callable[[str], int]:
    """A whole number from ``low`` to ``high``, ASCII digits only (no sign, no ``1_000``)."""
    return _number(_DIGITS, low, high)


def signed(low: int, high: int) -> Callable[[str], int]:
    """Like :func:`count`, with an optional minus sign (``-20``)."""
    return _number(_SIGNED, low, high)


def _number(pattern: re.Pattern[str], low: int, high: int) -> Callable[[str], int]:
    def number(value: str) -> int:
        raw = text(value).strip()
        if not pattern.fullmatch(raw) or not low <= int(raw) <= high:
            _refuse(QT_TRANSLATE_NOOP("errors", "Give a whole number from {low} to {high}: "
                                                "{value}"),
                    low=low, high=high, value=shown(value))
        return int(raw)

    return number


ident = count(1, MAX_ID)
points = count(1, MAX_POINTS)
points_change = signed(-MAX_POINTS, MAX_POINTS)
due_days = count(0, 3650)


def day(value: str) -> date:
    """A date written ``YYYY-MM-DD`` within 1900-01-01…2200-12-31."""
    raw = text(value).strip()
    try:
        if not _DATE.fullmatch(raw):
            raise ValueError(raw)
        parsed = date.fromisoformat(raw)
    except ValueError:
        _refuse(QT_TRANSLATE_NOOP("errors", "A date looks like 2026-11-24: {value}"),
                value=shown(value))
    if not FIRST_DAY <= parsed <= LAST_DAY:
        _refuse(QT_TRANSLATE_NOOP("errors", "A date must lie between {first} and {last}: "
                                            "{value}"),
                first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat(), value=shown(value))
    return parsed


def month(value: str) -> str:
    """A month written ``YYYY-MM`` within the years of :func:`day`; returned as typed."""
    raw = text(value).strip()
    found = _MONTH.fullmatch(raw)
    if not found or not 1 <= int(found.group(2)) <= 12:
        _refuse(QT_TRANSLATE_NOOP("errors", "A month looks like 2026-11: {value}"),
                value=shown(value))
    if not FIRST_DAY.year <= int(found.group(1)) <= LAST_DAY.year:
        _refuse(QT_TRANSLATE_NOOP("errors", "A date must lie between {first} and {last}: "
                                            "{value}"),
                first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat(), value=shown(value))
    return raw


def size(value: str) -> tuple[int, int]:
    """Window size ``WxH`` in pixels, 320x240 to 7680x4320."""
    found = _SIZE.fullmatch(text(value).strip())
    w, h = (int(found.group(1)), int(found.group(2))) if found else (0, 0)
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        _refuse(QT_TRANSLATE_NOOP("errors", "Size must look like 1280x800: {value}"),
                value=shown(value))
    return w, h


def delimiter(value: str) -> str:
    """A CSV separator: one character (not a quote or a line break), or ``tab``."""
    if value in ("tab", "\\t", "\t"):
        return "\t"
    if len(text(value)) != 1 or value in "\"\r\n" or not (value.isprintable()):
        _refuse(QT_TRANSLATE_NOOP("errors", "The separator must be one character, e.g. ; or "
                                            "tab: {value}"), value=shown(value))
    return value


def _path(value: str) -> Path:
    raw = text(value)
    if not raw.strip():
        _refuse(QT_TRANSLATE_NOOP("errors", "Give a file name."))
    return Path(raw).expanduser()


def _folder_problem(folder: Path) -> None:
    """Refuse a folder that is a file, or that is missing and cannot be made because one of
    its parents is a file; missing folders under real ones are made where the command does."""
    for place in (folder, *folder.parents):
        if place.is_dir():
            if place == folder and not os.access(folder, os.W_OK):
                _refuse(QT_TRANSLATE_NOOP("errors", "No permission to write in {path}."),
                        path=shown(str(folder), 200))
            return
        if place.exists():
            _refuse(QT_TRANSLATE_NOOP("errors", "{path} is a file, not a folder."),
                    path=shown(str(place), 200))


def output_file(value: str) -> str:
    """A file to write (``-o``): not a folder, in an existing folder BizCare may write in."""
    path = _path(value)
    if path.is_dir():
        _refuse(QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a file name."),
                path=shown(value, 200))
    folder = path.parent
    _folder_problem(folder)
    if not folder.is_dir():
        _refuse(QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."),
                path=shown(str(folder), 200))
    if path.exists() and not os.access(path, os.W_OK):
        _refuse(QT_TRANSLATE_NOOP("errors", "No permission to write in {path}."),
                path=shown(value, 200))
    return value


def output_folder(value: str) -> str:
    """A folder to write files into: an existing one, or one that can be made."""
    path = _path(value)
    _folder_problem(path)
    if not path.is_dir():
        _folder_problem(path.parent)
    return value


def input_file(value: str) -> str:
    """A file to read: it must exist and be a regular file (not a folder, pipe or device)."""
    path = _path(value)
    if not path.exists():
        _refuse(QT_TRANSLATE_NOOP("errors", "File {path} not found."), path=shown(value, 200))
    if not path.is_file():
        _refuse(QT_TRANSLATE_NOOP("errors", "{path} is not a regular file."),
                path=shown(value, 200))
    return value


def database_file(value: str) -> str:
    """``--db``: a database file, or a new one in a folder that exists or can be made."""
    path = _path(value)
    if path.is_dir():
        _refuse(QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a file name."),
                path=shown(value, 200))
    _folder_problem(path.parent)
    return value


def database_url(value: str) -> str:
    """``--database-url``: any non-empty text; SQLAlchemy and the server judge the rest."""
    if not text(value).strip():
        _refuse(QT_TRANSLATE_NOOP("errors", "Give a database URL, e.g. "
                                            "postgresql+psycopg://user@host/bizcare"))
    return value


__all__ = ["amount", "count", "database_file", "database_url", "day", "delimiter", "document",
           "draft", "due_days", "ident", "input_file", "month", "output_file", "output_folder",
           "points", "points_change", "shown", "signed", "size", "text"]
