"""The Surat Tagihan PDF read back: letter fields, overdue invoices, wording per level."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from bizcare.documents.reminder import render_reminder
from bizcare.documents.text_id import TEXT
from tests.documents.samples import TRICKY_CUSTOMER, lines_of, pages_text, reminder, text


def after(lines: list[str], label: str) -> str:
    return lines[lines.index(label) + 1]


def test_letter_fields_and_addressee():
    lines = lines_of(render_reminder(reminder(1)))

    assert "SURAT TAGIHAN" in lines
    assert lines[lines.index("Nomor") + 2] == "ST/2026/11/0003"
    assert "Jakarta, 24 November 2026" in lines
    assert lines[lines.index("Perihal") + 2] == "Pemberitahuan Tagihan Jatuh Tempo"
    assert after(lines, "Kepada Yth.") == TRICKY_CUSTOMER
    assert "Dengan hormat," in lines


def test_overdue_invoices_with_lateness_and_total():
    lines = lines_of(render_reminder(reminder(1)))

    first = lines.index("INV/2026/09/0007")
    assert lines[first - 1 : first + 6] == [
        "1", "INV/2026/09/0007", "1 Sep 2026", "15 Sep 2026", "70 hari", "Rp2.500.000",
        "Rp2.500.000",
    ]  # fmt: skip
    second = lines.index("INV/2026/10/0031")
    assert lines[second + 3 : second + 6] == ["38 hari", "Rp1.750.000", "Rp750.000"]
    assert after(lines, "Total yang harus dibayar") == "Rp3.250.000"
    assert "Terbilang: Tiga Juta Dua Ratus Lima Puluh Ribu Rupiah" in lines


@pytest.mark.parametrize("level", [1, 2, 3])
def test_each_level_has_its_own_wording(level: int):
    body = " ".join(lines_of(render_reminder(reminder(level))))
    wording = TEXT.reminder(level)

    assert wording.subject in body
    assert wording.opening in body
    assert wording.request in body
    others = [TEXT.reminder(other).opening for other in (1, 2, 3) if other != level]
    assert not any(opening in body for opening in others)


def test_levels_escalate_in_tone():
    friendly = text(render_reminder(reminder(1)))
    second = text(render_reminder(reminder(2)))
    formal = text(render_reminder(reminder(3)))

    assert "PENGINGAT KEDUA" not in friendly and "PERINGATAN TERAKHIR" not in friendly
    assert "PENGINGAT KEDUA" in second
    assert "PERINGATAN TERAKHIR" in formal
    assert "langkah penagihan" in " ".join(formal.split())


def test_payment_instructions_when_given():
    doc = reminder(payment_instructions="Transfer ke BCA 123-456-7890 a.n. Toko & Co")
    lines = lines_of(render_reminder(doc))

    assert after(lines, "Cara Pembayaran") == "Transfer ke BCA 123-456-7890 a.n. Toko & Co"
    assert "Cara Pembayaran" not in lines_of(render_reminder(reminder()))


def test_signature_and_missing_letter_number():
    lines = lines_of(render_reminder(reminder(letter_number="")))

    assert lines[lines.index("Nomor") + 2] == "-"
    tail = lines[lines.index("Hormat kami,") :]
    assert tail[:4] == ["Hormat kami,", "Toko Sumber Rejeki", "Siti Rahayu", "Pemilik"]


def test_many_invoices_flow_onto_more_pages_with_the_header_repeated():
    rows = tuple(
        (f"INV/2026/01/{n:04d}", date(2026, 1, 5), date(2026, 1, 19), 100_000, 100_000)
        for n in range(1, 81)
    )
    pages = pages_text(render_reminder(reminder(invoices=rows, total_outstanding=8_000_000)))

    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
        if "INV/2026/01/" in page:
            assert "Nomor Invoice" in page and "Sisa Tagihan" in page
    assert "Total yang harus dibayar\nRp8.000.000" in "\n".join(pages)


def test_same_letter_gives_identical_bytes():
    assert render_reminder(reminder(3)) == render_reminder(reminder(3))


def test_renderers_do_not_import_qt():
    code = (
        "import sys\n"
        "import bizcare.documents.invoice, bizcare.documents.receipt, bizcare.documents.reminder\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
