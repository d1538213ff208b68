"""Demo data: reproducible, realistic, and consistent with the billing and numbering rules."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import text
from sqlmodel import SQLModel, select

from bizcare.documents.terbilang import terbilang
from bizcare.domain.errors import ValidationError
from bizcare.domain.models import (
    Customer,
    Invoice,
    InvoiceLine,
    NumberSequence,
    Payment,
    Receipt,
)
from bizcare.domain.validation import clean_email
from bizcare.services.database import open_database
from bizcare.services.demo.run import DatabaseNotEmpty, generate
from bizcare.storage.db import Database

TODAY = date(2026, 11, 24)
CUSTOMERS = 300


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo database for the read-only checks of this module (300 customers, 12 months)."""
    home = tmp_path_factory.mktemp("demo-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BIZCARE_HOME", str(home))
        db = open_database(home / "demo.db")
        generate(db, CUSTOMERS, 12, 7, today=TODAY)
        yield db
        db.dispose()


def dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in primary-key order (the demo's own audit row left out)."""
    out = {}
    with db.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            where = " WHERE action != 'demo'" if table.name == "audit_log" else ""
            keys = ", ".join(c.name for c in table.primary_key.columns)
            out[table.name] = conn.execute(
                text(f"SELECT * FROM {table.name}{where} ORDER BY {keys}")).all()
    return out


def test_same_seed_gives_the_same_database(tmp_path: Path) -> None:
    first, second, other = (open_database(tmp_path / f"{n}.db") for n in ("a", "b", "c"))
    generate(first, 40, 6, 3, today=TODAY)
    generate(second, 40, 6, 3, today=TODAY)
    generate(other, 40, 6, 4, today=TODAY)
    assert dump(first) == dump(second)
    assert dump(first)["customer"] != dump(other)["customer"]


def test_refuses_a_database_with_customers_and_replaces_on_request(tmp_path: Path) -> None:
    db = open_database(tmp_path / "x.db")
    fresh = open_database(tmp_path / "fresh.db")
    generate(db, 20, 3, 9, today=TODAY)
    with pytest.raises(DatabaseNotEmpty) as caught:
        generate(db, 20, 3, 9, today=TODAY)
    assert "26 customers" in str(caught.value)
    generate(db, 20, 3, 9, today=TODAY, replace=True)
    generate(fresh, 20, 3, 9, today=TODAY)
    assert dump(db) == dump(fresh)


def test_arguments_are_checked(db: Database) -> None:
    with pytest.raises(ValidationError):
        generate(db, 0, 12, 1)
    with pytest.raises(ValidationError):
        generate(db, 10, 61, 1)


def test_zero_months_gives_customers_without_history(db: Database) -> None:
    summary = generate(db, 30, 0, 1, today=TODAY)
    assert summary["customer"] == 36 and summary["invoice"] == 0
    assert summary["interaction"] == 0 and summary["loyalty_entry"] > 0  # welcome bonuses
    with db.session(write=False) as s:
        assert all(c.joined_on <= TODAY for c in s.exec(select(Customer)))


def test_progress_reports_every_step_up_to_the_end(db: Database) -> None:
    calls: list[tuple[int, int, str]] = []
    generate(db, 10, 2, 1, lambda done, total, what: calls.append((done, total, what)),
             today=TODAY)
    dones = [done for done, _, _ in calls]
    assert dones == sorted(dones) and dones[0] == 0
    assert calls[-1][0] == calls[-1][1] and calls[-1][2] == "Demo data is ready."
    assert "Saving invoices…" in {what for _, _, what in calls}


# -- customers ------------------------------------------------------------------------------
def test_customers_have_codes_in_joining_order_and_the_sequences_know_them(demo) -> None:
    with demo.session(write=False) as s:
        customers = s.exec(select(Customer).order_by(Customer.id)).all()
        seqs = {(q.series, q.period): q.last_value for q in s.exec(select(NumberSequence))}
    internal = [c for c in customers if c.kind == "internal"]
    external = [c for c in customers if c.kind == "external"]
    assert [c.code for c in internal] == [f"DIV-{i:04d}" for i in range(1, 7)]
    assert {c.name for c in internal} == {"Sales", "Gudang", "Finance", "HR", "IT",
                                          "Customer Service"}
    assert all(c.category == "division" and c.contact_person and c.division_id
               for c in internal)
    assert [c.code for c in external] == [f"PLG-{i:06d}" for i in range(1, CUSTOMERS + 1)]
    joined = [c.joined_on for c in external]
    assert joined == sorted(joined) and joined[-1] <= TODAY
    assert seqs[("PLG", "all")] == CUSTOMERS and seqs[("DIV", "all")] == 6


def test_customers_look_indonesian_and_are_valid(demo) -> None:
    with demo.session(write=False) as s:
        external = s.exec(select(Customer).where(Customer.kind == "external")).all()
    phones = [c.phone for c in external]
    assert len(set(phones)) == len(phones)
    for c in external:
        number = phonenumbers.parse(c.phone)
        assert c.phone.startswith("+62") and phonenumbers.is_valid_number(number), c.phone
        if c.whatsapp:
            assert re.fullmatch(r"\+628\d{8,11}", c.whatsapp)
        if c.email:
            assert clean_email(c.email) == c.email
        if c.npwp:
            assert re.fullmatch(r"\d{15}", c.npwp)
        assert c.city and c.province and c.address
        assert c.gender in ("", "L", "P")
        if c.category != "perorangan":
            assert c.company
    emails = [c.email for c in external if c.email]
    assert len(set(emails)) == len(emails)
    categories = defaultdict(int)
    for c in external:
        categories[c.category] += 1
    assert set(categories) == {"perorangan", "b2b", "reseller", "ritel"}
    assert categories["perorangan"] == max(categories.values())
    assert any(c.phone.startswith("+6221") for c in external)  # B2B landlines in Jakarta
    assert sum(c.preferred_channel == "whatsapp" for c in external) > len(external) / 2
    assert len({c.city for c in external}) >= 10


# -- billing ----------------------------------------------------------------------------------
def test_invoice_totals_are_derived_from_the_lines(demo) -> None:
    from bizcare.services.billing.totals import LineInput, preview_totals

    with demo.session(write=False) as s:
        lines = defaultdict(list)
        for ln in s.exec(select(InvoiceLine).order_by(InvoiceLine.position)):
            lines[ln.invoice_id].append(LineInput(ln.description, ln.quantity, ln.unit_price,
                                                  ln.unit, ln.discount, ln.item_id))
        invoices = s.exec(select(Invoice)).all()
    assert len(invoices) > CUSTOMERS
    for inv in invoices:
        expected = preview_totals(lines[inv.id], inv.discount, inv.ppn_mode)
        got = (inv.subtotal, inv.discount, inv.dpp, inv.ppn, inv.total)
        assert got == (expected.subtotal, expected.discount, expected.dpp, expected.ppn,
                       expected.total)
        assert inv.ppn_mode == "none" and inv.total > 0
        assert "BCA 123-456-7890" in inv.payment_instructions


def test_invoice_numbers_are_gapless_per_month_in_date_order(demo) -> None:
    with demo.session(write=False) as s:
        invoices = s.exec(select(Invoice).order_by(Invoice.id)).all()
        seqs = {(q.series, q.period): q.last_value for q in s.exec(select(NumberSequence))}
    by_month: dict[str, list[Invoice]] = defaultdict(list)
    for inv in invoices:
        if inv.status == "draft":
            assert inv.number is None and inv.issued_at is None
            continue
        by_month[f"{inv.issue_date:%Y-%m}"].append(inv)
    assert len(by_month) == 13  # 25 Nov 2025 .. 24 Nov 2026
    for month, docs in by_month.items():
        year, mm = month.split("-")
        assert [d.number for d in docs] == [f"INV/{year}/{mm}/{i:04d}"
                                           for i in range(1, len(docs) + 1)]
        dates = [d.issue_date for d in docs]
        assert dates == sorted(dates)
        assert seqs[("INV", month)] == len(docs)


def test_payments_decide_the_status_and_every_payment_has_a_kwitansi(demo) -> None:
    with demo.session(write=False) as s:
        invoices = {i.id: i for i in s.exec(select(Invoice))}
        payments = s.exec(select(Payment).order_by(Payment.id)).all()
        receipts = {r.payment_id: r for r in s.exec(select(Receipt))}
        customers = {c.id: c for c in s.exec(select(Customer))}
    paid: dict[int, list[Payment]] = defaultdict(list)
    for p in payments:
        assert p.id in receipts and p.amount > 0 and p.paid_on <= TODAY
        if p.invoice_id is not None:
            paid[p.invoice_id].append(p)
            assert p.paid_on >= invoices[p.invoice_id].issue_date
    statuses = defaultdict(int)
    for inv in invoices.values():
        total = sum(p.amount for p in paid[inv.id])
        expected = {0: "issued", inv.total: "paid"}.get(total, "partial")
        if inv.status in ("draft", "void"):
            assert total == 0
            expected = inv.status
        assert inv.status == expected, inv.number
        statuses[expected] += 1
        statuses["overdue"] += expected in ("issued", "partial") and inv.due_date < TODAY
        if inv.status == "void":
            assert inv.void_reason and inv.voided_at and inv.number
    assert all(statuses[k] for k in ("draft", "paid", "partial", "void", "overdue"))
    methods = {p.method for p in payments}
    assert methods == {"tunai", "transfer", "qris", "ewallet", "kartu"}
    cash_sales = [p for p in payments if p.invoice_id is None]
    assert cash_sales and all(receipts[p.id].purpose.startswith("Pembelian tunai: ")
                              for p in cash_sales)
    assert customers  # every payment's customer exists (foreign keys hold)


def test_kwitansi_freeze_words_purpose_and_stamp_duty(demo) -> None:
    from bizcare.services.billing.payments import received_from

    with demo.session(write=False) as s:
        receipts = s.exec(select(Receipt).order_by(Receipt.id)).all()
        invoices = {i.id: i for i in s.exec(select(Invoice))}
        customers = {c.id: c for c in s.exec(select(Customer))}
        seqs = {(q.series, q.period): q.last_value for q in s.exec(select(NumberSequence))}
    instalments: dict[int, int] = defaultdict(int)
    paid: dict[int, int] = defaultdict(int)
    per_month: dict[str, list[str]] = defaultdict(list)
    for r in receipts:
        assert r.amount_words == terbilang(r.amount, rupiah=True, capitalize=True)
        assert r.meterai_required == (r.amount > 5_000_000)
        assert r.place == "Jakarta Timur" and r.signatory == "Siti Rahayu"
        assert r.received_from == received_from(customers[r.customer_id])
        per_month[f"{r.issued_on:%Y-%m}"].append(r.number)
        if r.invoice_id is None:
            continue
        inv = invoices[r.invoice_id]
        instalments[inv.id] += 1
        paid[inv.id] += r.amount
        head = ("Pelunasan" if paid[inv.id] == inv.total
                else f"Pembayaran ke-{instalments[inv.id]}")
        assert r.purpose.startswith(f"{head} invoice {inv.number} — "), r.purpose
    assert any(r.meterai_required for r in receipts)
    for month, numbers in per_month.items():
        year, mm = month.split("-")
        assert numbers == [f"KW/{year}/{mm}/{i:04d}" for i in range(1, len(numbers) + 1)]
        assert seqs[("KW", month)] == len(numbers)


class _Cancelled(Exception):
    pass


@pytest.mark.parametrize("stop_at", ["Creating contacts, feedback and requests…",
                                     "Saving payments and kwitansi…"])
def test_a_failure_anywhere_leaves_nothing_behind(db: Database, stop_at: str) -> None:
    """Cancelling while rows are built or while they are written rolls everything back."""

    def progress(done: int, total: int, text: str) -> None:
        if text == stop_at:
            raise _Cancelled

    with pytest.raises(_Cancelled):
        generate(db, 30, 3, 1, progress, today=TODAY)
    after = dump(db)
    assert all(not rows for name, rows in after.items() if name != "setting")
    generate(db, 30, 3, 1, today=TODAY)  # and the database is usable afterwards
