"""Document contexts for the PDF tests, built directly (no database), and a PDF reader."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from io import BytesIO
from typing import Any

from pypdf import PdfReader

from bizcare.documents.model import (
    DocLine,
    InvoiceDoc,
    Letterhead,
    Party,
    ReceiptDoc,
    ReminderDoc,
)
from bizcare.documents.terbilang import terbilang
from bizcare.domain.money import mul_qty

TRICKY_CUSTOMER = "PT Maju & Jaya <Tbk>"
TRICKY_LINE = 'Kabel 2" x 10m'


def logo_png(size: tuple[int, int] = (400, 200)) -> bytes:
    """A real PNG logo with transparency (a wide wordmark-shaped image)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((4, 4, size[0] - 4, size[1] - 4), radius=30, fill=(11, 79, 108, 255))
    draw.ellipse((30, 30, size[1] - 30, size[1] - 30), fill=(255, 255, 255, 255))
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def letterhead(**changes: Any) -> Letterhead:
    head = Letterhead(
        name="Toko Sumber Rejeki",
        address="Jl. Letjen M.T. Haryono Kav. 10",
        city="Jakarta",
        phone="+62215890502",
        email="halo@sumberrejeki.co.id",
        npwp="012345678901000",
        logo_png=None,
        signatory_name="Siti Rahayu",
        signatory_title="Pemilik",
    )
    return dataclasses.replace(head, **changes)


def customer(**changes: Any) -> Party:
    party = Party(
        name=TRICKY_CUSTOMER,
        address="Jl. Pemuda No. 12, Rawamangun",
        city="Jakarta Timur",
        phone="+6281234567890",
        code="PLG-000002",
    )
    return dataclasses.replace(party, **changes)


def line(description: str, quantity: str, unit: str, price: int, discount: int = 0) -> DocLine:
    qty = Decimal(quantity)
    return DocLine(description, qty, unit, price, discount, mul_qty(price, qty) - discount)


def invoice(
    lines: tuple[DocLine, ...] | None = None, *, ppn: bool = False, **changes: Any
) -> InvoiceDoc:
    """An invoice whose figures add up the way the billing service computes them."""
    if lines is None:
        lines = (
            line("Jasa servis AC", "2", "unit", 750_000),
            line(TRICKY_LINE, "1.5", "roll", 125_000, 12_500),
            line("Freon R32", "3", "kg", 350_000),
        )
    subtotal = sum(item.amount for item in lines)
    discount = changes.pop("discount", 0)
    dpp = subtotal - discount
    tax = (dpp * 11 + 50) // 100 if ppn else 0
    total = dpp + tax
    doc = InvoiceDoc(
        letterhead=letterhead(),
        customer=customer(),
        number="INV/2026/11/0042",
        issue_date=date(2026, 11, 24),
        due_date=date(2026, 12, 8),
        lines=lines,
        subtotal=subtotal,
        discount=discount,
        dpp=dpp if ppn else 0,
        ppn=tax,
        ppn_label="PPN 11%" if ppn else "",
        total=total,
        paid=0,
        total_words=terbilang(total, rupiah=True, capitalize=True),
        payment_instructions="Transfer ke BCA 123-456-7890 a.n. Toko Sumber Rejeki",
        notes="Garansi servis 30 hari.",
    )
    return dataclasses.replace(doc, **changes)


def receipt(amount: int = 5_000_001, **changes: Any) -> ReceiptDoc:
    doc = ReceiptDoc(
        letterhead=letterhead(),
        number="KW/2026/11/0017",
        received_from=TRICKY_CUSTOMER,
        amount=amount,
        amount_words=terbilang(amount, rupiah=True, capitalize=True),
        purpose="Pelunasan invoice INV/2026/11/0042 — Jasa servis AC, " + TRICKY_LINE,
        place="Jakarta",
        issued_on=date(2026, 11, 24),
        signatory="Siti Rahayu",
        meterai_required=amount > 5_000_000,
        method="Transfer bank",
    )
    return dataclasses.replace(doc, **changes)


def reminder(level: int = 1, **changes: Any) -> ReminderDoc:
    invoices = (
        ("INV/2026/09/0007", date(2026, 9, 1), date(2026, 9, 15), 2_500_000, 2_500_000),
        ("INV/2026/10/0031", date(2026, 10, 3), date(2026, 10, 17), 1_750_000, 750_000),
    )
    doc = ReminderDoc(
        letterhead=letterhead(),
        customer=customer(),
        level=level,
        letter_number="ST/2026/11/0003",
        on=date(2026, 11, 24),
        invoices=invoices,
        total_outstanding=sum(row[4] for row in invoices),
    )
    return dataclasses.replace(doc, **changes)


def pages_text(pdf: bytes) -> list[str]:
    """What a person reads on each page (pypdf text extraction)."""
    reader = PdfReader(BytesIO(pdf))
    return [page.extract_text() for page in reader.pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def flat(pdf: bytes) -> str:
    """All words in reading order joined by single spaces: a table row reads as one run
    ("1 Jasa servis AC 2 unit Rp750.000 - Rp1.500.000") however pypdf groups its cells."""
    return " ".join(text(pdf).split())


def lines_of(pdf: bytes) -> list[str]:
    """Extracted text as stripped lines, for checks that a value sits on its own line."""
    return [ln.strip() for ln in text(pdf).splitlines() if ln.strip()]
