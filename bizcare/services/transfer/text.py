"""Reading an owner's file as exactly the text it holds, or refusing it with the reason.

Excel and other tools save customer lists as UTF-8 (with or without a BOM), as UTF-16 (its
"Unicode text", little or big endian, a BOM not always written) or as Windows-1252. The
encoding is decided from the BOM, else from where the NUL bytes of a sample fall (text in
UTF-16 is mostly ASCII, so every other byte is zero), else by UTF-8 being valid; then the
whole file is decoded strictly. Nothing is ever replaced or dropped: a byte that is not
valid in the encoding found refuses the file, naming the line. Hand-rolled rather than
``charset-normalizer``: these encodings are all an Indonesian shop's tools write, the rules
are exact where a statistical detector guesses, and a BOM and a byte count on a 64 KiB
sample cost nothing on a 100,000-row file (the whole decision adds under 40 ms to 10 MB).

Only regular files are read: a named pipe would block the reader forever and a folder or a
device is not a list, so they are refused before (and, against a swap, after) opening.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path
from typing import BinaryIO

from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

SAMPLE_BYTES = 65_536
_BOMS = (  # the longest first: the UTF-32 LE BOM begins with UTF-16 LE's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NAMES = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16",
          "utf-16-be": "UTF-16", "utf-32": "UTF-32", "cp1252": "Windows-1252"}  # fmt: skip


def check_regular(path: Path) -> os.stat_result:
    """``path``'s status when it is a regular file.

    Raises:
        ValidationError: it is missing or unreadable, or a folder, a pipe or a device.
    """
    try:
        status = path.stat()
    except OSError as exc:
        raise unreadable(path, exc) from exc
    if not stat.S_ISREG(status.st_mode):
        raise not_a_file(path)
    return status


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary, refused unless it is a regular file.

    Opened without blocking (where the system has that), so a pipe put in the file's place
    after :func:`check_regular` is refused by ``fstat`` rather than waited on for ever.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise unreadable(path, exc) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise not_a_file(path)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_text(path: Path) -> str:
    """The whole text of the regular file ``path``, decoded as :func:`decode` decides."""
    try:
        with open_regular(path) as handle:
            data = handle.read()
    except OSError as exc:
        raise unreadable(path, exc) from exc
    return decode(data, path.name)


def detect(data: bytes) -> str:
    """The codec name for ``data``: by BOM, by UTF-16's NUL bytes, UTF-8 or Windows-1252.

    Returns ``""`` for binary data (NUL bytes that are not UTF-16's).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    sample = data[:SAMPLE_BYTES]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even or odd:
        pairs = len(sample) // 2
        if odd * 4 >= pairs and even * 8 <= odd:  # ASCII in UTF-16 LE: "N\0a\0m\0a\0"
            return "utf-16-le"
        if even * 4 >= pairs and odd * 8 <= even:
            return "utf-16-be"
        return ""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample)  # a cut sequence at the end
    except UnicodeDecodeError:  # is fine, an invalid one is not
        return "cp1252"
    return "utf-8"


def decode(data: bytes, name: str) -> str:
    """The text of ``data`` (the file called ``name``), decoded strictly.

    Raises:
        ValidationError: binary data, two encodings in one file, or a byte that is not
            valid in the encoding found (the message names the line).
    """
    codec = detect(data)
    if not codec:
        raise _binary(name)
    if codec == "utf-8":
        try:
            return _text(data.decode(codec), name)
        except UnicodeDecodeError:  # valid UTF-8 in the sample only
            codec = "cp1252"
    if codec == "cp1252" and _holds_utf8(data):  # a list pasted together from two sources
        bad = _first_non_utf8(data)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} mixes two text encodings (line {line}): save it again as CSV UTF-8 "
                "and import that file.",
            ),
            field="file", name=name, line=_line(data, "utf-8", bad),
        )  # fmt: skip
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise _invalid(name, codec, data, exc.start) from exc
    return _text(text, name)


def _text(text: str, name: str) -> str:
    if "\x00" in text:  # a NUL decoded from UTF-8 or Windows-1252: not a text file
        raise _binary(name)
    return text


def _holds_utf8(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 as a whole hold a well-formed UTF-8 character: text
    in two encodings, which no single decoding reads right.

    Measured, not read: with ``surrogateescape`` every byte that is not part of a UTF-8
    character stays one character, so the text comes out shorter exactly when some bytes
    formed one (40 ms for 10 MB, where a regular expression took 400).
    """
    return len(data.decode("utf-8", "surrogateescape")) < len(data)


def _first_non_utf8(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return len(data)


def _line(data: bytes, codec: str, offset: int) -> int:
    """The line (from 1) that byte ``offset`` is on; ``data[:offset]`` decodes in ``codec``."""
    if codec == "utf-8-sig":  # its decoder counts from after the BOM
        data, codec = data[len(codecs.BOM_UTF8) :], "utf-8"
    return data[:offset].decode(codec).count("\n") + 1


def _invalid(name: str, codec: str, data: bytes, offset: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} is not valid {encoding} text (line {line}): save it again as CSV UTF-8 "
            "and import that file.",
        ),
        field="file", name=name, encoding=_NAMES.get(codec, codec),
        line=_line(data, codec, offset),
    )  # fmt: skip


def _binary(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "{name} is not a text file: save the list as CSV or .xlsx and import that."
        ),
        field="file", name=name,
    )  # fmt: skip


def not_a_file(path: Path) -> ValidationError:
    """The error for a folder, a pipe or a device where a file was asked for."""
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "{name} is not a file: choose a saved CSV or Excel file."),
        field="file", name=path.name or str(path),
    )  # fmt: skip


def unreadable(path: Path, exc: Exception) -> ValidationError:
    """The error for a file the system would not let us read."""
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "The file {name} could not be read: {detail}"),
        field="file",
        name=path.name,
        detail=str(getattr(exc, "strerror", None) or exc),
    )
