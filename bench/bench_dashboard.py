"""How long the overview's queries take on a large shop, and whether they read via indexes.

Builds (once, cached in the temp folder) a database of 100,000 customers with a year of
invoices, payments, follow-ups, complaints, requests and loyalty entries, written straight
through sqlite3 ``executemany``; then times ``load_dashboard`` and ``customer_count`` (median
of 5) and prints each statement's query plan. The tab runs these off the GUI thread, so the
window never waits for them; the numbers say how soon the figures appear.

    python bench/bench_dashboard.py [--customers 100000] [--fresh]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import event

from bizcare.services.dashboard import figures as dashboard
from bizcare.services.database import open_database
from bizcare.storage.db import sqlite_connect

TODAY = date.today()


def build(path: Path, customers: int, seed: int = 7) -> None:
    """Fill a migrated database with a plausible year of activity."""
    rng = random.Random(seed)
    open_database(path).dispose()
    now = datetime.now(UTC).isoformat(sep=" ")
    con = sqlite_connect(path)
    con.executemany(
        "INSERT INTO division (id, name, active) VALUES (?, ?, 1)",
        [(i, name) for i, name in enumerate(("Sales", "Gudang", "Finance", "HR", "IT"), 1)],
    )
    rows = []
    for cid in range(1, customers + 1):
        internal = cid <= 5
        rows.append((
            cid, f"PLG-{cid:06d}", "internal" if internal else "external",
            "division" if internal else "perorangan", f"Pelanggan {cid}", cid if internal else None,
            TODAY.isoformat(), now, now,
        ))
    con.executemany(
        "INSERT INTO customer (id, code, kind, category, name, division_id, joined_on, "
        "created_at, updated_at, company, contact_person, phone, whatsapp, email, address, city,"
        " province, gender, preferred_channel, preferences, needs, npwp, marketing_consent, notes,"
        " archived) VALUES (?,?,?,?,?,?,?,?,?,'','','','','','','','','',"
        "'whatsapp','','','',0,'',0)",
        rows,
    )
    invoices, payments, loyalty = [], [], []
    for iid in range(1, customers * 3 + 1):
        cid = rng.randint(6, customers)
        issued = TODAY - timedelta(days=rng.randint(0, 365))
        due = issued + timedelta(days=14)
        total = rng.randint(50, 5000) * 1000
        roll = rng.random()
        status = "paid" if roll < 0.8 else "partial" if roll < 0.87 else "issued" if roll < 0.97 \
            else "void"
        invoices.append((iid, f"INV/{iid:07d}", cid, status, issued.isoformat(), due.isoformat(),
                         total, total, total, now))
        if status in ("paid", "partial"):
            amount = total if status == "paid" else total // 2
            paid_on = min(issued + timedelta(days=rng.randint(0, 20)), TODAY)
            payments.append((iid, cid, amount, paid_on.isoformat(), now))
            loyalty.append((cid, "earn", amount // 10_000, paid_on.isoformat(),
                            (paid_on + timedelta(days=365)).isoformat(), now))
    con.executemany(
        "INSERT INTO invoice (id, number, customer_id, status, issue_date, due_date, subtotal,"
        " dpp, total, created_at, ppn_mode, discount, ppn, notes, payment_instructions,"
        " void_reason) VALUES (?,?,?,?,?,?,?,?,?,?,'none',0,0,'','','')",
        invoices,
    )
    con.executemany(
        "INSERT INTO payment (invoice_id, customer_id, amount, paid_on, created_at, method,"
        " reference) VALUES (?,?,?,?,?,'transfer','')",
        payments,
    )
    con.executemany(
        "INSERT INTO loyalty_entry (customer_id, kind, points, occurred_on, expires_on,"
        " created_at, program, reason) VALUES (?,?,?,?,?,?,'customer','')",
        loyalty,
    )
    con.executemany(
        "INSERT INTO interaction (customer_id, occurred_at, channel, direction, summary,"
        " follow_up_on, follow_up_done, created_by) VALUES (?,?,'whatsapp','keluar',"
        "'Tanya harga',?,?,'')",
        [(rng.randint(6, customers), now,
          (TODAY - timedelta(days=rng.randint(-30, 365))).isoformat(), rng.random() < 0.9)
         for _ in range(customers * 2)],
    )
    con.executemany(
        "INSERT INTO complaint (customer_id, opened_on, due_on, channel, category, description,"
        " priority, status, assigned_to, resolution, created_at) VALUES (?,?,?,'whatsapp',"
        "'Servis','Keluhan','normal',?,'','',?)",
        [(rng.randint(6, customers), TODAY.isoformat(), TODAY.isoformat(),
          rng.choice(("open", "resolved", "closed", "closed")), now)
         for _ in range(customers // 20)],
    )
    con.executemany(
        "INSERT INTO internal_request (requester_id, provider_division_id, title, description,"
        " priority, opened_on, due_on, status, notes, created_at) VALUES (?,?,'Permintaan','',"
        "'normal',?,?,?,'',?)",
        [(rng.randint(1, 5), rng.randint(1, 5), TODAY.isoformat(),
          (TODAY - timedelta(days=rng.randint(-10, 30))).isoformat(),
          rng.choice(("open", "done", "done")), now) for _ in range(customers // 50)],
    )
    con.commit()
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached database")
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"bizcare_bench_dashboard_{args.customers}.db"
    if args.fresh or not path.exists():
        path.unlink(missing_ok=True)
        started = time.perf_counter()
        build(path, args.customers)
        print(f"built {path} in {time.perf_counter() - started:.1f} s", flush=True)
    db = open_database(path)
    statements: list[tuple[str, object]] = []

    def capture(_c, _cur, sql, params, _ctx, _many) -> None:  # type: ignore[no-untyped-def]
        statements.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", capture)
    timings, counts = [], []
    for _ in range(5):
        statements.clear()
        started = time.perf_counter()
        with db.session(write=False) as s:
            board = dashboard.load_dashboard(s)
        timings.append(time.perf_counter() - started)
        started = time.perf_counter()
        with db.session(write=False) as s:
            dashboard.customer_count(s)
        counts.append(time.perf_counter() - started)
    event.remove(db.engine, "before_cursor_execute", capture)
    f = board.figures
    print(f"sales {f.sales}, paid {f.paid}, receivable {f.receivable}, overdue {f.overdue_count}"
          f", active {f.active_customers}, expiring {board.expiring.customers} customers")
    print(f"load_dashboard: median {statistics.median(timings) * 1000:.0f} ms "
          f"(min {min(timings) * 1000:.0f}, max {max(timings) * 1000:.0f})")
    print(f"customer_count: median {statistics.median(counts) * 1000:.1f} ms")
    with db.engine.connect() as conn:
        for sql, params in statements:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            started = time.perf_counter()
            conn.exec_driver_sql(sql, params).fetchall()
            took = (time.perf_counter() - started) * 1000
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            print(f"{took:7.1f} ms  {' '.join(sql.split())[:90]}")
            for row in plan:
                print(f"             {row[-1]}")
    db.dispose()


if __name__ == "__main__":
    main()
