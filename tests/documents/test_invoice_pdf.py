"""The invoice PDF read back as a person reads it, field by field."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bizcare.documents.invoice import render_invoice
from tests.documents.samples import (
    TRICKY_CUSTOMER,
    TRICKY_LINE,
    customer,
    flat,
    invoice,
    letterhead,
    line,
    lines_of,
    logo_png,
    pages_text,
    text,
)


def after(lines: list[str], label: str) -> str:
    """The line printed right after ``label`` (a label and its value in a table)."""
    return lines[lines.index(label) + 1]


def test_header_shows_number_dates_and_the_business():
    lines = lines_of(render_invoice(invoice()))

    assert "INVOICE" in lines
    assert after(lines, "Nomor") == "INV/2026/11/0042"
    assert after(lines, "Tanggal") == "24 November 2026"
    assert after(lines, "Jatuh Tempo") == "8 Desember 2026"
    assert after(lines, "Kode Pelanggan") == "PLG-000002"
    assert lines[0] == "Toko Sumber Rejeki"
    assert "NPWP 01.234.567.8-901.000" in lines
    assert "Telp (021) 5890502 · halo@sumberrejeki.co.id" in lines


def test_addressee_block_prints_the_customer_as_typed():
    lines = lines_of(render_invoice(invoice()))

    assert after(lines, "Kepada Yth.") == TRICKY_CUSTOMER
    assert "Jl. Pemuda No. 12, Rawamangun" in lines
    assert "Jakarta Timur" in lines
    assert "Telp 0812-3456-7890" in lines


def test_lines_and_totals_in_rupiah_format():
    pdf = render_invoice(invoice(discount=25_000))
    lines, words = lines_of(pdf), flat(pdf)

    assert "No Deskripsi Jml Satuan Harga Satuan Diskon Jumlah" in words
    assert "1 Jasa servis AC 2 unit Rp750.000 - Rp1.500.000" in words
    assert f"2 {TRICKY_LINE} 1,5 roll Rp125.000 Rp12.500 Rp175.000" in words
    assert "3 Freon R32 3 kg Rp350.000 - Rp1.050.000" in words
    assert after(lines, "Subtotal") == "Rp2.725.000"
    assert lines[lines.index("Subtotal") + 2 : lines.index("Subtotal") + 4] == [
        "Diskon",
        "Rp25.000",
    ]
    assert after(lines, "TOTAL") == "Rp2.700.000"
    assert "Terbilang: Dua Juta Tujuh Ratus Ribu Rupiah" in lines


def test_rupiah_spaced_setting_is_followed():
    doc = invoice(letterhead=letterhead(rupiah_spaced=True))
    body = text(render_invoice(doc))

    assert "Rp 1.500.000" in body
    assert "Rp1.500.000" not in body


def test_dpp_and_ppn_only_when_the_business_is_pkp():
    with_tax = lines_of(render_invoice(invoice(ppn=True)))
    assert after(with_tax, "DPP") == "Rp2.725.000"
    assert after(with_tax, "PPN 11%") == "Rp299.750"
    assert after(with_tax, "TOTAL") == "Rp3.024.750"

    without = lines_of(render_invoice(invoice(ppn=False)))
    assert "DPP" not in without
    assert not any(ln.startswith("PPN") for ln in without)


def test_paid_part_and_balance_are_shown_once_something_is_paid():
    lines = lines_of(render_invoice(invoice(paid=1_000_000)))

    assert after(lines, "Terbayar") == "Rp1.000.000"
    assert after(lines, "Sisa Tagihan") == "Rp1.725.000"
    assert "Terbayar" not in lines_of(render_invoice(invoice()))


@pytest.mark.parametrize("stamp", ["LUNAS", "BATAL"])
def test_status_stamp_is_printed_when_set(stamp: str):
    lines = lines_of(render_invoice(invoice(status_stamp=stamp)))

    assert stamp in lines
    assert ({"LUNAS", "BATAL"} - {stamp}).isdisjoint(lines)


def test_no_stamp_and_no_watermark_on_a_plain_issued_invoice():
    lines = lines_of(render_invoice(invoice()))

    assert {"LUNAS", "BATAL", "DRAF"}.isdisjoint(lines)


def test_void_invoice_states_its_reason():
    doc = invoice(status_stamp="BATAL", void_reason="Salah harga <lama> & dobel")
    body = text(render_invoice(doc))

    assert "Invoice ini dibatalkan. Alasan: Salah harga <lama> & dobel" in body


def test_draft_has_no_number_and_a_watermark():
    lines = lines_of(render_invoice(invoice(number="")))

    assert after(lines, "Nomor") == "DRAF (belum diterbitkan)"
    assert "DRAF" in lines


def test_payment_instructions_notes_and_signature():
    doc = invoice(notes="Baris satu\nBaris dua")
    lines = lines_of(render_invoice(doc))

    assert after(lines, "Cara Pembayaran") == "Transfer ke BCA 123-456-7890 a.n. Toko Sumber Rejeki"
    assert lines[lines.index("Catatan") + 1 : lines.index("Catatan") + 3] == [
        "Baris satu",
        "Baris dua",
    ]
    signature = lines[lines.index("Jakarta, 24 November 2026") :]
    assert signature[:4] == ["Jakarta, 24 November 2026", "Hormat kami,", "Siti Rahayu", "Pemilik"]


def test_header_row_repeats_on_every_page_of_a_long_invoice():
    items = tuple(line(f"Barang nomor {n}", "1", "pcs", 10_000 + n) for n in range(1, 121))
    pages = pages_text(render_invoice(invoice(items)))

    assert len(pages) >= 3
    with_lines = [p for p in pages if "Barang nomor" in p]
    assert len(with_lines) >= 3
    for page in with_lines:
        assert "Deskripsi" in page and "Harga Satuan" in page and "Jumlah" in page
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
    for later in pages[1:]:
        assert "INVOICE INV/2026/11/0042 (lanjutan)" in later
    body = " ".join(" ".join(pages).split())
    assert all(f"{n} Barang nomor {n} 1 pcs" in body for n in range(1, 121))
    assert "TOTAL" in pages[-1] and "Hormat kami," in pages[-1]


def test_user_text_prints_exactly_as_typed():
    tricky = "<b>tebal?</b> & &amp; <br/>"
    quoted = "'kutip' \"ganda\" 100% #"
    doc = invoice(
        (line(tricky, "1", "pcs", 1), line(quoted, "1", "m", 2), line(TRICKY_LINE, "1", "m", 3)),
        customer=customer(name=TRICKY_CUSTOMER, company="CV <Anak> & Co"),
        notes="Catatan <i>tanpa</i> miring & rapi",
    )
    pdf = render_invoice(doc)
    lines, words = lines_of(pdf), flat(pdf)

    assert f"1 {tricky} 1 pcs" in words
    assert f"2 {quoted} 1 m" in words
    assert f"3 {TRICKY_LINE} 1 m" in words
    assert TRICKY_CUSTOMER in lines
    assert "CV <Anak> & Co" in lines
    assert "Catatan <i>tanpa</i> miring & rapi" in lines


def test_long_description_wraps_inside_its_cell():
    words = [f"kata{n}" for n in range(60)]
    pdf = render_invoice(invoice((line(" ".join(words), "1", "unit", 5_000),)))

    wrapped = [ln for ln in lines_of(pdf) if ln.startswith("kata")]
    assert len(wrapped) >= 4  # several lines within the Deskripsi column
    assert f"1 {' '.join(words)} 1 unit Rp5.000" in flat(pdf)


def test_same_document_gives_identical_bytes():
    doc = invoice(letterhead=letterhead(logo_png=logo_png()), status_stamp="LUNAS")

    assert render_invoice(doc) == render_invoice(doc)


def test_logo_is_embedded_and_a_broken_logo_is_left_out(caplog: pytest.LogCaptureFixture):
    with_logo = render_invoice(invoice(letterhead=letterhead(logo_png=logo_png())))
    assert b"/Subtype /Image" in with_logo

    with caplog.at_level(logging.WARNING):
        broken = render_invoice(invoice(letterhead=letterhead(logo_png=b"not an image")))
    assert b"/Subtype /Image" not in broken
    assert "Toko Sumber Rejeki" in text(broken)
    assert "logo" in caplog.text


_TYPED = st.text(
    alphabet=st.sampled_from("abcXYZ019&<>\"';#%/()-.,:é"), min_size=1, max_size=40
).filter(lambda s: s.strip() == s)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_TYPED, description=_TYPED)
def test_any_typed_name_and_description_survive(name: str, description: str):
    doc = invoice((line(description, "1", "pcs", 1_000),), customer=customer(name=name))
    pdf = render_invoice(doc)

    assert after(lines_of(pdf), "Kepada Yth.") == name
    assert f"1 {description} 1 pcs Rp1.000" in flat(pdf)


def test_very_long_user_text_never_stops_the_print():
    notes = "Syarat dan ketentuan berlaku. " * 400
    pages = pages_text(render_invoice(invoice(notes=notes)))
    assert len(pages) >= 2
    assert "Siti Rahayu" in pages[-1]
    frame = ("Toko Sumber Rejeki · INVOICE", "Halaman ", "INVOICE INV/2026/11/0042 (lanjutan)")
    body = [ln for p in pages for ln in p.splitlines() if not ln.startswith(frame)]
    assert " ".join(" ".join(body).split()).count("Syarat dan ketentuan berlaku.") == 400

    huge = "Uraian pekerjaan yang sangat panjang. " * 600
    pages = pages_text(render_invoice(invoice((line(huge, "1", "unit", 1_000),))))
    assert len(pages) >= 3
    assert " ".join(pages).count("Uraian pekerjaan yang sangat panjang.") == 600
    assert all("Harga Satuan" in page for page in pages[:-1])
    assert "TOTAL" in pages[-1]


def test_prints_before_the_business_profile_is_filled_in():
    from bizcare.documents.model import Letterhead

    lines = lines_of(render_invoice(invoice(letterhead=Letterhead(name=""))))

    assert after(lines, "Nomor") == "INV/2026/11/0042"
    assert "INVOICE INV/2026/11/0042" in lines  # footer without a dangling "·"
    assert not any(ln.startswith("·") or ln.startswith("NPWP") for ln in lines)


def test_export_worker_and_preview_can_render_at_the_same_time():
    from concurrent.futures import ThreadPoolExecutor

    doc = invoice(letterhead=letterhead(logo_png=logo_png()), status_stamp="LUNAS")
    expected = render_invoice(doc)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: render_invoice(doc), range(12)))

    assert all(result == expected for result in results)
