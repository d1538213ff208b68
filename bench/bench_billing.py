"""Billing speed (issue 4, point 12), measured in one run on a fresh database file.

1. Issuing an invoice — the whole transaction: BEGIN IMMEDIATE, read the draft and its
   lines and settings, derive totals, take the number, stamp the invoice, write the audit
   row, COMMIT (WAL, synchronous=FULL) — through ``services.billing.issue_invoice``: p50
   and p95, against the same statements in raw ``sqlite3`` on the same kind of file.
   Targets: p95 < 5 ms and < 10× raw.
2. Exporting a month of 1,000 invoices to PDF files. Target: < 15 s.

    python bench/bench_billing.py [--invoices 500] [--export 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

DAY = date(2026, 11, 24)
EXPORT_DAY = date(2026, 12, 1)  # a month of its own: exactly the invoices exported
LINES = (("Jasa servis AC", 2_000, 750_000), ("Freon R32", 1_500, 200_000),
         ('Kabel 2" x 10m', 1_000, 3_333))  # (description, quantity in thousandths, price)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def make_drafts(db, count: int, customer_id: int, on: date = DAY) -> list[int]:  # type: ignore[no-untyped-def]
    from bizcare.services.billing import DraftInput, LineInput, save_draft

    lines = [LineInput(d, Decimal(q) / 1000, p) for d, q, p in LINES]
    ids = []
    with db.session() as s:
        for _ in range(count):
            ids.append(save_draft(s, DraftInput(customer_id, lines, issue_date=on)).id)
    return ids


def bench_service(db, ids: list[int]) -> tuple[list[float], float]:  # type: ignore[no-untyped-def]
    """Wall time of each issuing transaction, and the CPU time per transaction."""
    from bizcare.services.billing import issue_invoice

    times = []
    cpu = time.process_time()
    for invoice_id in ids:
        t0 = time.perf_counter()
        with db.session() as s:
            issue_invoice(s, invoice_id, actor="bench")
        times.append(time.perf_counter() - t0)
    return times, (time.process_time() - cpu) / max(len(ids), 1)


def bench_raw(path: Path, ids: list[int]) -> tuple[list[float], float]:
    """The same reads and writes in plain sqlite3, totals computed inline."""
    from bizcare.storage.db import sqlite_connect

    con = sqlite_connect(path)
    con.isolation_level = None
    times = []
    cpu = time.process_time()
    for invoice_id in ids:
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        inv = con.execute(
            "SELECT id, status, issue_date, discount FROM invoice WHERE id = ?", (invoice_id,)
        ).fetchone()
        rows = con.execute(
            "SELECT quantity_milli, unit_price, discount FROM invoice_line "
            "WHERE invoice_id = ? ORDER BY position, id", (invoice_id,)
        ).fetchall()
        settings = dict(con.execute("SELECT key, value FROM setting").fetchall())
        pattern = json.loads(settings.get("invoice_pattern", '"INV/{yyyy}/{mm}/{seq:04d}"'))
        subtotal = sum((q * p + 500) // 1000 - d for q, p, d in rows)
        total = subtotal - inv[3]
        period = inv[2][:7]
        seq = con.execute(
            "SELECT id, last_value FROM number_sequence WHERE series = 'RAW' AND period = ?",
            (period,),
        ).fetchone()
        if seq is None:
            con.execute("INSERT INTO number_sequence (series, period, last_value) "
                        "VALUES ('RAW', ?, 1)", (period,))
            value = 1
        else:
            value = seq[1] + 1
            con.execute("UPDATE number_sequence SET last_value = ? WHERE id = ?", (value, seq[0]))
        number = pattern.replace("INV", "RAW").format(yyyy=period[:4], mm=period[5:], seq=value)
        now = datetime.now(UTC).isoformat()
        con.execute(
            "UPDATE invoice SET number = ?, status = 'issued', issued_at = ?, subtotal = ?, "
            "total = ?, dpp = 0, ppn = 0 WHERE id = ?", (number, now, subtotal, total, inv[0]))
        con.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
            "VALUES (?, 'bench', 'issue', 'invoice', ?, ?)",
            (now, invoice_id, json.dumps({"number": number, "total": total})))
        con.execute("COMMIT")
        times.append(time.perf_counter() - t0)
    con.close()
    return times, (time.process_time() - cpu) / max(len(ids), 1)


def bench_export(db, customer_id: int, count: int, folder: Path) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    from bizcare.services.billing import export_month_documents

    month_ids = make_drafts(db, count, customer_id, EXPORT_DAY)
    bench_service(db, month_ids)
    with db.session(write=False) as s:
        t0, cpu = time.perf_counter(), time.process_time()
        result = export_month_documents(s, f"{EXPORT_DAY:%Y-%m}", folder)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu
    assert result.invoices == count, result.invoices
    return elapsed, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=500)
    parser.add_argument("--export", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BIZCARE_HOME"] = tmp
        from bizcare.domain.models import Customer
        from bizcare.services.database import open_database
        from bizcare.services.settings import save_profile

        db = open_database(Path(tmp) / "bench.db")
        with db.session() as s:
            customer = Customer(code="PLG-000001", name="PT Maju & Jaya <Tbk>",
                                address="Jl. Raya Bogor Km 20", city="Jakarta Timur")
            s.add(customer)
            save_profile(s, name="Toko Sumber Rejeki", city="Jakarta", npwp="012345678901000",
                         signatory_name="Siti Rahayu", bank_accounts="BCA 123-456-7890")
            s.flush()
            customer_id = int(customer.id or 0)
        warm = make_drafts(db, 20, customer_id)
        bench_service(db, warm[:10])
        bench_raw(Path(tmp) / "bench.db", warm[10:])
        service_ids = make_drafts(db, args.invoices, customer_id)
        raw_ids = make_drafts(db, args.invoices, customer_id)
        svc, svc_cpu = bench_service(db, service_ids)
        raw, raw_cpu = bench_raw(Path(tmp) / "bench.db", raw_ids)
        p50, p95 = statistics.median(svc) * 1000, percentile(svc, 95) * 1000
        r50, r95 = statistics.median(raw) * 1000, percentile(raw, 95) * 1000
        print(f"issue invoice (service): p50 {p50:.2f} ms, p95 {p95:.2f} ms "
              f"[target p95 < 5 ms: {'ok' if p95 < 5 else 'MISSED'}]")
        print(f"issue invoice (raw sqlite3): p50 {r50:.2f} ms, p95 {r95:.2f} ms")
        print(f"ratio service/raw: p50 {p50 / r50:.2f}x, p95 {p95 / r95:.2f}x "
              f"[target < 10x: {'ok' if p95 / r95 < 10 else 'MISSED'}]")
        print(f"CPU per issue (disk waits excluded): service {svc_cpu * 1000:.2f} ms, "
              f"raw {raw_cpu * 1000:.2f} ms, ratio {svc_cpu / raw_cpu:.2f}x")
        sys.stdout.flush()
        if args.export:
            seconds, cpu = bench_export(db, customer_id, args.export, Path(tmp) / "export")
            print(f"export {args.export} invoices of a month to PDF: {seconds:.2f} s "
                  f"({seconds / args.export * 1000:.1f} ms each; this process's CPU "
                  f"{cpu:.2f} s) [target < 15 s: {'ok' if seconds < 15 else 'MISSED'}]")
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
