"""How fast ``bizcare demo`` fills a database, against raw sqlite3 on the same rows.

    python bench/bench_demo.py [--customers 10000] [--months 12] [--seed 1]

Prints the total seconds (target for 10,000 customers × 12 months: under 15 s) and CPU
seconds, rows and write seconds per table, and the baseline: the very customer
rows the demo wrote, inserted again into fresh databases with the same schema, indexes,
search triggers and pragmas (WAL, synchronous=FULL) — once through the demo's own writing
path (``demo_store.write``: Core-compiled INSERT, column bind processors, one executemany
per chunk) and once with a bare ``sqlite3.executemany`` of ready tuples. Best of three each,
alternating, in the same run; the ratio is what the demo's writing path costs over the
fastest Python can do on this machine right now.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 15.0


def customer_baseline(source: Path, folder: Path, tries: int = 3) -> tuple[int, float, float]:
    """(rows, demo path seconds, raw sqlite3 seconds) for the demo's customer rows."""
    import sqlite3

    from sqlalchemy import select

    from bizcare.domain.models import Customer, Division
    from bizcare.services.database import open_database
    from bizcare.services.demo import store as demo_store
    from bizcare.storage.db import sqlite_connect

    source_db = open_database(source)
    with source_db.engine.connect() as conn:
        divisions = [dict(r._mapping) for r in conn.execute(select(Division.__table__))]
        dicts = [dict(r._mapping) for r in conn.execute(
            select(Customer.__table__).order_by(Customer.__table__.c.id))]
    source_db.dispose()
    with sqlite3.connect(source) as src:
        cursor = src.execute("SELECT * FROM customer ORDER BY id")
        columns = [d[0] for d in cursor.description]
        tuples = cursor.fetchall()
    sql = (f"INSERT INTO customer ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    demo_times, raw_times = [], []
    for attempt in range(tries):
        db = open_database(folder / f"path{attempt}.db")  # same schema, indexes, triggers
        with db.session() as session:
            connection = session.connection()
            demo_store.write(connection, Division, divisions)
            started = time.perf_counter()
            demo_store.write(connection, Customer, [dict(d) for d in dicts])
        demo_times.append(time.perf_counter() - started)  # commit included
        db.dispose()
        open_database(folder / f"raw{attempt}.db").dispose()
        con = sqlite_connect(folder / f"raw{attempt}.db")
        con.executemany("INSERT INTO division VALUES (?, ?, ?)",
                        [(d["id"], d["name"], int(d["active"])) for d in divisions])
        con.commit()
        started = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.executemany(sql, tuples)
        con.commit()
        raw_times.append(time.perf_counter() - started)
        con.close()
    return len(tuples), min(demo_times), min(raw_times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bizcare-demo-bench-") as tmp:
        home = Path(tmp)
        os.environ["BIZCARE_HOME"] = str(home)
        from bizcare.services.database import open_database
        from bizcare.services.demo import generate
        from bizcare.services.demo import store as demo_store

        writes: dict[str, float] = {}
        write = demo_store.write

        def timed_write(connection, model, rows, tick=None, memo=None):  # type: ignore[no-untyped-def]
            began = time.perf_counter()
            count = write(connection, model, rows, tick, memo)
            writes[model.__tablename__] = time.perf_counter() - began
            return count

        demo_store.write = timed_write  # type: ignore[assignment]
        db = open_database(home / "demo.db")
        cpu = time.process_time()
        started = time.perf_counter()
        summary = generate(db, args.customers, args.months, args.seed)
        total = time.perf_counter() - started
        cpu = time.process_time() - cpu
        db.dispose()
        demo_store.write = write  # type: ignore[assignment]
        rows = sum(summary.counts.values())
        print(f"bizcare demo --customers {args.customers} --months {args.months} "
              f"--seed {args.seed}")
        written = sum(writes.values())
        print(f"total {total:.2f} s wall ({cpu:.2f} s CPU): building rows "
              f"{total - written:.2f} s, writing {written:.2f} s; {rows:,} rows, "
              f"{rows / total:,.0f} rows/s")
        print(f"\n{'table':18s} {'rows':>9s}  write s")
        for table, count in summary.counts.items():
            print(f"{table:18s} {count:9,d}  {writes.get(table, 0):8.3f}")
        raw_rows, path_seconds, raw_seconds = customer_baseline(home / "demo.db", home)
        print(f"\ncustomer rows ({raw_rows:,}, with indexes and search triggers), best of 3:")
        print(f"  demo writing path  {path_seconds:7.3f} s")
        print(f"  raw sqlite3        {raw_seconds:7.3f} s   -> ratio "
              f"{path_seconds / raw_seconds:.2f}x")
        print(f"whole demo per row vs raw customer insert per row: "
              f"{(total / rows) / (raw_seconds / raw_rows):.2f}x")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory {peak:.0f} MB; load average {os.getloadavg()[0]:.1f}")
        verdict = "met" if total < TARGET_SECONDS else "NOT met"
        print(f"target (10,000 customers x 12 months): < {TARGET_SECONDS:.0f} s -> {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
