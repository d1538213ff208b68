"""Import reads exactly what the file says, in any encoding Excel writes, or refuses it.

UTF-8 (with or without BOM), UTF-16 little or big endian (with or without BOM) and
Windows-1252 are read to the letter; binary data, two encodings in one file and bytes not
valid in the encoding found are refused with one line naming the line. Only regular files
are read: a pipe, a folder or a device is refused at once, never waited on.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bizcare.domain.errors import ValidationError
from bizcare.services.transfer.importing import (
    guess_mapping,
    import_customers,
    plan_import,
    read_table,
)
from bizcare.services.transfer.text import decode, detect

ADDRESS = 'Jl. Soekarno–Hatta "A"'
ROWS = [["Nama", "Alamat", "Catatan"],
        ["Budi Santoso", ADDRESS, "Café; ‘kopi’ €5"],
        ["Ñoño Wijaya", "Gg. Mawar, No. 7", "baris\nkedua"]]  # fmt: skip
ENCODINGS = {  # name -> how the bytes start (BOM or none)
    "utf-8": b"",
    "utf-8-sig": b"",
    "utf-16": b"",  # Python writes the BOM of the machine's order
    "utf-16-le": b"",
    "utf-16-be": b"",
    "utf-16-be+bom": codecs.BOM_UTF16_BE,
    "cp1252": b"",
}


def csv_text(rows: list[list[str]], delimiter: str = ";") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue()


def encoded(text: str, encoding: str) -> bytes:
    codec = encoding.removesuffix("+bom")
    return ENCODINGS[encoding] + text.encode(codec)


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_every_encoding_excel_writes_is_read_to_the_letter(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "pelanggan.csv"
    path.write_bytes(encoded(csv_text(ROWS), encoding))
    table = read_table(path)
    assert [table.headers, *table.rows] == ROWS


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "cp1252"])
def test_the_address_is_stored_as_written(db, tmp_path: Path, encoding: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "pelanggan.csv"
    path.write_bytes(encoded(csv_text(ROWS), encoding))
    with db.session() as s:
        table = read_table(path)
        assert import_customers(s, plan_import(s, table, guess_mapping(table.headers))) == 2
    with db.session(write=False) as s:
        from bizcare.services.customers.records import customer_input

        assert customer_input(s, 1).address == ADDRESS
        assert customer_input(s, 2).name == "Ñoño Wijaya"


def test_utf16_without_bom_is_detected_by_its_zero_bytes() -> None:
    text = csv_text(ROWS)
    assert detect(text.encode("utf-16-le")) == "utf-16-le"
    assert detect(text.encode("utf-16-be")) == "utf-16-be"
    assert detect(text.encode("utf-8")) == "utf-8"
    assert detect(text.encode("cp1252")) == "cp1252"
    assert detect(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") == ""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Nama;Alamat\r\nBudi;Jl. \x00\x01\x02\x00\x00\x07 x\r\n", "is not a text file"),
        ("Nama\r\nBudi\r\nCafé\r\n".encode() + "José\r\n".encode("cp1252"),
         "mixes two text encodings (line 4)"),
        (b"Nama\r\nBudi\r\nAni \x81\r\n", "is not valid Windows-1252 text (line 3)"),
        ("Nama\r\nBudi\r\n".encode("utf-16-le") + b"\x00\xd8A\x00", "is not valid UTF-16"),
        (codecs.BOM_UTF16_LE + "Nama\r\nBudi\r\n".encode("utf-16-le") + b"x",
         "is not valid UTF-16 text (line 3)"),
        (codecs.BOM_UTF8 + b"Nama\r\n\xff\r\n", "is not valid UTF-8 text (line 2)"),
    ],
)  # fmt: skip
def test_what_cannot_be_read_right_is_refused_naming_the_line(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(data)
    with pytest.raises(ValidationError, match="x.csv") as caught:
        read_table(path)
    assert message in caught.value.render()
    assert "\n" not in caught.value.render()


_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40
)  # fmt: skip
_LATIN = st.text(
    st.sampled_from("abcXYZ 019;,\"'=+-@.\nàéñüçÉÑ–—‘’“”€…ß"), max_size=40
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.lists(_TEXT, min_size=2, max_size=2), max_size=6),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be+bom"]))  # fmt: skip
def test_any_text_with_a_bom_or_in_utf8_reads_back_unchanged(
    rows: list[list[str]], encoding: str
) -> None:
    text = csv_text([["Nama", "Catatan"], *rows])
    assert decode(encoded(text, encoding), "x.csv") == text


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.lists(_LATIN, min_size=2, max_size=2), max_size=6),
       encoding=st.sampled_from(["utf-16-le", "utf-16-be", "cp1252"]))  # fmt: skip
def test_without_a_bom_the_text_is_read_unchanged_or_refused(
    rows: list[list[str]], encoding: str
) -> None:
    """Never read as something else. (Windows-1252 bytes that happen to be valid UTF-8,
    such as ``É–``, are UTF-8 to any reader: that case is left out.)"""
    text = csv_text([["Nama", "Catatan"], *rows])
    data = encoded(text, encoding)
    if encoding == "cp1252":
        try:
            data.decode("utf-8")
            assume(False)
        except UnicodeDecodeError:
            pass
    try:
        assert decode(data, "x.csv") == text
    except ValidationError as exc:
        assert "mixes two text encodings" in exc.render()  # É– next to a lone é: ambiguous


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    pipe = tmp_path / "pelanggan.csv"
    os.mkfifo(pipe)
    with pytest.raises(ValidationError, match="pelanggan.csv is not a file"):
        read_table(pipe)
    xlsx = tmp_path / "pelanggan.xlsx"
    os.mkfifo(xlsx)
    with pytest.raises(ValidationError, match="pelanggan.xlsx is not a file"):
        read_table(xlsx)


def test_a_folder_or_a_device_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "daftar.csv"
    folder.mkdir()
    with pytest.raises(ValidationError, match="daftar.csv is not a file"):
        read_table(folder)
    device = Path("NUL" if sys.platform == "win32" else "/dev/zero")
    with pytest.raises(ValidationError, match="is not a file"):
        read_table(device)


def _encodings(text: str) -> set[bytes]:
    """Every way the import may have read bytes into ``text``, run backwards."""
    out = set()
    for bom, codec in ((b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"), (b"", "cp1252"),
                       (b"", "utf-16-le"), (b"", "utf-16-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le"),
                       (codecs.BOM_UTF32_BE, "utf-32-be")):  # fmt: skip
        try:
            out.add(bom + text.encode(codec))
        except UnicodeEncodeError:
            continue
    return out


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=60).map(lambda t: t.encode("utf-16-le", "surrogatepass")),
    )
)
def test_any_bytes_are_read_strictly_or_refused(data: bytes) -> None:
    """Nothing replaced or dropped: the text read encodes back to exactly the file's bytes."""
    try:
        text = decode(data, "x.csv")
    except ValidationError:
        return
    assert data in _encodings(text)
