"""A month's documents to a folder; a cancelled export leaves the folder as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from bizcare.services.billing import issue_cash_receipt, record_payment, void_invoice
from bizcare.services.billing.export import (
    export_month_documents,
    file_name,
    receipt_pdf,
)
from tests.services.billing_helpers import line, make_customer, make_invoice, make_profile


def text_of(data: bytes | Path) -> str:
    import io

    source = io.BytesIO(data) if isinstance(data, bytes) else data
    return "\n".join(p.extract_text() for p in PdfReader(source).pages)


@pytest.fixture
def month(session):  # type: ignore[no-untyped-def]
    make_profile(session)
    customer = make_customer(session)
    a = make_invoice(session, customer, [line(price=200_000)], on=date(2026, 11, 3))
    b = make_invoice(session, customer, [line(price=300_000)], on=date(2026, 11, 20))
    make_invoice(session, customer, on=date(2026, 11, 21), issue=False)  # draft: not exported
    make_invoice(session, customer, on=date(2026, 12, 1))  # other month
    record_payment(session, a.id, 200_000, "tunai", date(2026, 11, 4))
    void_invoice(session, b.id, "Dobel")
    return customer


def test_export_writes_issued_void_and_receipts(session, month, tmp_path) -> None:
    seen: list[tuple[int, int, str]] = []
    result = export_month_documents(session, "2026-11", tmp_path / "nov",
                                    lambda d, t, s: seen.append((d, t, s)))
    names = sorted(p.name for p in (tmp_path / "nov").iterdir())
    assert names == ["invoice_INV-2026-11-0001.pdf", "invoice_INV-2026-11-0002.pdf",
                     "kwitansi_KW-2026-11-0001.pdf"]
    assert (result.invoices, result.receipts) == (2, 1)
    assert seen[0] == (0, 3, "INV/2026/11/0001") and seen[-1] == (3, 3, "")
    assert "BATAL" in text_of(tmp_path / "nov" / "invoice_INV-2026-11-0002.pdf")
    assert "LUNAS" in text_of(tmp_path / "nov" / "invoice_INV-2026-11-0001.pdf")


def test_cancel_leaves_the_folder_as_it_was(session, month, tmp_path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "invoice_INV-2026-11-0001.pdf").write_bytes(b"older export")

    def cancel(done: int, total: int, text: str) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_month_documents(session, "2026-11", folder, cancel)
    assert [p.name for p in folder.iterdir()] == ["invoice_INV-2026-11-0001.pdf"]
    assert (folder / "invoice_INV-2026-11-0001.pdf").read_bytes() == b"older export"


def test_file_names_are_safe() -> None:
    assert file_name("invoice", "INV/2026/XI/0001") == "invoice_INV-2026-XI-0001.pdf"
    assert file_name("kwitansi", "../KW:1") == "kwitansi_KW-1.pdf"


def test_meterai_box_just_above_the_threshold_only(session) -> None:
    customer = make_customer(session)
    at = issue_cash_receipt(session, customer.id, 5_000_000, "Penjualan", paid_on=date(2026, 11, 1))
    above = issue_cash_receipt(session, customer.id, 5_000_001, "Penjualan",
                               paid_on=date(2026, 11, 1))
    assert "Meterai" not in text_of(receipt_pdf(session, at.id))
    assert "Meterai" in text_of(receipt_pdf(session, above.id))
