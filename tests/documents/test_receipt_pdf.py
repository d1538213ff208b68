"""The kuitansi PDF read back as a person reads it, field by field."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from bizcare.documents.receipt import render_receipt
from tests.documents.samples import (
    TRICKY_CUSTOMER,
    TRICKY_LINE,
    letterhead,
    lines_of,
    logo_png,
    receipt,
    text,
)


def after(lines: list[str], label: str) -> str:
    return lines[lines.index(label) + 1]


def test_fields_of_the_kuitansi():
    lines = lines_of(render_receipt(receipt()))

    assert "KUITANSI" in lines
    assert "No. KW/2026/11/0017" in lines
    assert lines[lines.index("Sudah terima dari") + 2] == TRICKY_CUSTOMER
    assert lines[lines.index("Uang sejumlah") + 2] == "# Lima Juta Satu Rupiah #"
    purpose = lines[lines.index("Untuk pembayaran") + 2]
    assert purpose == f"Pelunasan invoice INV/2026/11/0042 — Jasa servis AC, {TRICKY_LINE}"
    assert lines[lines.index("Cara pembayaran") + 2] == "Transfer bank"
    assert "Rp5.000.001,-" in lines
    signed = lines[lines.index("Jakarta, 24 November 2026") :]
    assert signed == [
        "Jakarta, 24 November 2026",
        "Penerima,",
        "Meterai",
        "Rp10.000",
        "Siti Rahayu",
    ]


def test_amount_words_are_printed_exactly_as_stored():
    stored = "Lima juta satu rupiah (ejaan lama)"
    lines = lines_of(render_receipt(receipt(amount_words=stored)))

    assert f"# {stored} #" in lines


def test_words_already_guarded_are_not_guarded_twice():
    lines = lines_of(render_receipt(receipt(amount_words="# Seribu Rupiah #", amount=1_000)))

    assert "# Seribu Rupiah #" in lines


def test_meterai_box_exactly_when_required():
    above = lines_of(render_receipt(receipt(5_000_001)))
    assert "Meterai" in above
    assert after(above, "Meterai") == "Rp10.000"

    at_threshold = text(render_receipt(receipt(5_000_000)))
    assert "Meterai" not in at_threshold
    assert "Rp10.000" not in at_threshold


def test_meterai_follows_the_service_decision_and_value():
    # The service decides (threshold in the settings); the renderer only obeys.
    forced = lines_of(render_receipt(receipt(1_000, meterai_required=True, meterai_value=6_000)))
    assert after(forced, "Meterai") == "Rp6.000"

    never = text(render_receipt(receipt(50_000_000, meterai_required=False)))
    assert "Meterai" not in never


def test_void_kuitansi_is_stamped():
    lines = lines_of(render_receipt(receipt(void=True)))

    assert "BATAL" in lines
    assert "Kuitansi ini dibatalkan." in lines
    assert "BATAL" not in lines_of(render_receipt(receipt()))


def test_points_earned_only_when_some_were_earned():
    assert "Poin didapat: 1.250" in lines_of(render_receipt(receipt(points_earned=1_250)))
    assert "Poin didapat" not in text(render_receipt(receipt(points_earned=0)))


def test_spaced_rupiah_setting():
    lines = lines_of(render_receipt(receipt(letterhead=letterhead(rupiah_spaced=True))))

    assert "Rp 5.000.001,-" in lines


def test_is_one_a5_landscape_page_without_page_numbers():
    pdf = render_receipt(receipt(letterhead=letterhead(logo_png=logo_png())))
    reader = PdfReader(BytesIO(pdf))

    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 420)
    assert "Halaman" not in text(pdf)


def test_reprint_is_byte_identical():
    doc = receipt(letterhead=letterhead(logo_png=logo_png()), void=True, points_earned=10)

    assert render_receipt(doc) == render_receipt(doc)


@pytest.mark.parametrize(
    "name",
    [TRICKY_CUSTOMER, "Toko \"Sinar\" 'Abadi' & Sons", "<script>alert(1)</script>"],
)
def test_payer_name_prints_verbatim(name: str):
    lines = lines_of(render_receipt(receipt(received_from=name)))

    assert lines[lines.index("Sudah terima dari") + 2] == name


def test_largest_amount_and_long_purpose_still_fit_on_one_slip():
    from bizcare.documents.terbilang import terbilang

    amount = 999_999_999_999_999
    words = terbilang(amount, rupiah=True, capitalize=True)
    purpose = "Pelunasan invoice INV/2026/11/0042 — " + ", ".join(["Jasa servis AC split"] * 6)
    pdf = render_receipt(receipt(amount, amount_words=words, purpose=purpose, points_earned=9))

    assert len(PdfReader(BytesIO(pdf)).pages) == 1
    flat = " ".join(text(pdf).split())
    assert f"# {words} #" in flat
    assert "Rp999.999.999.999.999,-" in flat
    assert "Meterai Rp10.000" in flat


def test_runaway_purpose_flows_onto_a_second_numbered_slip():
    pdf = render_receipt(receipt(purpose="Pembayaran cicilan. " * 300))
    pages = PdfReader(BytesIO(pdf)).pages

    assert len(pages) >= 2
    assert "Halaman 1 dari" in pages[0].extract_text()
