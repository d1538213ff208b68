"""Customer speed (issue 3, point 9), measured in one run on fresh database files.

1. Search: with N customers (default 100,000, bulk-inserted here with SQLAlchemy Core), the
   first page (100 rows) of typical searches through ``services.customers.search_page``:
   p50/p95 over repeated runs, against the same FTS5 query in raw ``sqlite3`` and against a
   ``LIKE '%…%'`` scan over the same columns. The count the list shows is timed as well,
   and so is a deep page (the last one) since the table model pages with OFFSET.
   Targets: first page p95 < 10 ms at 100k (< 30 ms at 1M).
2. Import: N rows from a semicolon CSV — read, check every row, insert, commit — through
   ``services.importing``, against raw ``csv`` + ``executemany`` of the same rows into the
   same table (FTS triggers included) on a fresh file. Targets: < 3 s and < 4× raw.

    python bench/bench_customers.py [--customers 100000] [--repeat 40] [--skip-import]
                                    [--skip-search] [--import-rows 100000]
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

FIRST = ("Budi", "Siti", "Agus", "Dewi", "Rina", "Joko", "Ani", "Hendra", "Putri", "Bayu",
         "Wahyu", "Sri", "Eko", "Yuni", "Dian", "Rizky", "Fajar", "Indah", "Nur", "Teguh",
         "Bambang", "Lestari", "Andi", "Ratna", "Yoga", "Maya", "Dimas", "Wulan", "Arif", "Citra")
LAST = ("Santoso", "Rahayu", "Wijaya", "Pratama", "Saputra", "Lestari", "Hidayat", "Susanto",
        "Kurniawan", "Setiawan", "Nugroho", "Putra", "Sari", "Halim", "Gunawan", "Wahyuni",
        "Siregar", "Nasution", "Simanjuntak", "Hutapea", "Tanjung", "Harahap", "Purba", "Sinaga")
CITIES = ("Jakarta Timur", "Jakarta Selatan", "Bandung", "Surabaya", "Medan", "Semarang",
          "Yogyakarta", "Makassar", "Denpasar", "Malang", "Bogor", "Bekasi", "Tangerang",
          "Depok", "Palembang", "Surakarta", "Pontianak", "Balikpapan", "Manado", "Padang")
COMPANY = ("PT Maju Jaya", "CV Sinar Terang", "UD Sumber Rezeki", "PT Nusantara Logistik",
           "CV Berkah Abadi", "Toko Makmur", "PT Sentosa Abadi", "CV Karya Mandiri")
CATEGORIES = ("perorangan", "perorangan", "perorangan", "b2b", "reseller", "ritel")
QUERIES = ("budi", "santoso", "sri wahyuni", "0812-34", "+62 857", "jakarta", "example",
           "PLG-004", "maju jaya", "bu", "ya", "a", "x", "q", "7", "")  # fmt: skip
COLUMNS = ("code", "kind", "category", "name", "company", "division_id", "contact_person",
           "phone", "whatsapp", "email", "address", "city", "province", "birth_date", "gender",
           "preferred_channel", "preferences", "needs", "npwp", "marketing_consent", "notes",
           "joined_on", "archived", "merged_into_id", "created_at", "updated_at")  # fmt: skip


def person(rng: random.Random, i: int) -> dict[str, object]:
    """One realistic external customer (Indonesian name, mobile number, city)."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    category = rng.choice(CATEGORIES)
    return {
        "name": f"{first} {last}" if category == "perorangan" else rng.choice(COMPANY),
        "category": category,
        "company": rng.choice(COMPANY) if category == "b2b" else "",
        "phone": f"+628{rng.choice('1235789')}{rng.randrange(10**8, 10**10)}",
        "email": f"{first.lower()}.{last.lower()}{i}@example.com" if rng.random() < 0.7 else "",
        "address": f"Jl. {rng.choice(LAST)} No. {rng.randint(1, 250)}",
        "city": rng.choice(CITIES),
        "birth_date": date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)),
    }


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))]


def fresh_db(folder: Path, name: str):  # type: ignore[no-untyped-def]
    from bizcare.services.database import open_database

    return open_database(folder / name)


def fill(db, count: int, seed: int = 7) -> None:  # type: ignore[no-untyped-def]
    """``count`` customers (about 1 in 200 internal) with Core bulk inserts."""
    from sqlalchemy import insert

    from bizcare.domain.models import Customer, Division, NumberSequence
    from bizcare.services.customers import bulk_indexing

    rng = random.Random(seed)
    now, today = datetime.now(UTC), date(2026, 11, 24)
    with db.session() as s:
        divisions = []
        for name in ("Sales", "Gudang", "Finance", "HR", "IT"):
            division = Division(name=name)
            s.add(division)
            s.flush()
            divisions.append(division.id)
        table = Customer.__table__  # type: ignore[attr-defined]
        rows, internal = [], 0
        for i in range(1, count + 1):
            p = person(rng, i)
            if i % 200 == 0:
                internal += 1
                p.update(name=f"Divisi {internal}", category="division", company="")
            rows.append({
                **dict.fromkeys(("contact_person", "whatsapp", "province", "gender",
                                 "preferences", "needs", "npwp", "notes"), ""),
                **p, "code": f"DIV-{internal:04d}" if i % 200 == 0 else f"PLG-{i:06d}",
                "kind": "internal" if i % 200 == 0 else "external",
                "division_id": divisions[internal % 5] if i % 200 == 0 else None,
                "preferred_channel": "whatsapp", "marketing_consent": False, "joined_on": today,
                "archived": i % 50 == 0, "merged_into_id": None, "created_at": now,
                "updated_at": now,
            })  # fmt: skip
            if len(rows) == 10_000:
                with bulk_indexing(s):
                    s.execute(insert(table), rows)
                rows = []
        if rows:
            with bulk_indexing(s):
                s.execute(insert(table), rows)
        s.add(NumberSequence(series="PLG", period="all", last_value=count))
        s.add(NumberSequence(series="DIV", period="all", last_value=internal))


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    fn()  # warm the page cache and statement cache once
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times


RAW_FTS = """SELECT c.id, c.code, c.name, c.kind, c.category, c.company, c.phone, c.email, c.city,
       coalesce(d.name, ''), c.archived
FROM customer c LEFT JOIN division d ON d.id = c.division_id
WHERE c.id IN (SELECT s.id FROM customer_fts JOIN customer AS s INDEXED BY ix_customer_sort
               ON s.id = customer_fts.rowid WHERE customer_fts MATCH ? AND s.archived = 0
               ORDER BY s.name COLLATE NOCASE, s.id LIMIT 100)
ORDER BY c.name COLLATE NOCASE, c.id"""
RAW_LIKE = """SELECT c.id, c.code, c.name, c.kind, c.category, c.company, c.phone, c.email, c.city,
       coalesce(d.name, ''), c.archived
FROM customer c LEFT JOIN division d ON d.id = c.division_id
WHERE (c.code LIKE :p OR c.name LIKE :p OR c.company LIKE :p OR c.contact_person LIKE :p
       OR c.email LIKE :p OR c.city LIKE :p OR c.phone LIKE :p) AND +c.archived = 0
ORDER BY c.name COLLATE NOCASE, c.id LIMIT 100"""
LIKE_COUNT = """SELECT count(*) FROM customer c
WHERE (c.code LIKE :p OR c.name LIKE :p OR c.company LIKE :p OR c.contact_person LIKE :p
       OR c.email LIKE :p OR c.city LIKE :p OR c.phone LIKE :p) AND +c.archived = 0"""


def bench_search(db, path: Path, repeat: int) -> None:  # type: ignore[no-untyped-def]
    from bizcare.services.customers import CustomerQuery, count_customers, plan, search_page
    from bizcare.storage.db import sqlite_connect

    con = sqlite_connect(path)
    print(f"\n{'search':<14}{'hits':>8}{'page p50':>10}{'p95':>8}{'raw FTS':>9}{'ratio':>7}"
          f"{'LIKE page':>11}{'LIKE count':>12}{'count p95':>11}{'last page':>11}")  # fmt: skip
    worst = 0.0
    with db.session(write=False) as s:
        for typed in QUERIES:
            q = CustomerQuery(search=typed)
            hits = count_customers(s, q)
            page = timed(lambda q=q: search_page(s, q, 0, 100), repeat)
            count = timed(lambda q=q: count_customers(s, q), repeat)
            last = timed(lambda q=q, h=hits: search_page(s, q, max(0, h - 100), 100),
                         max(5, repeat // 4))  # fmt: skip
            match = plan(s, typed, expand_letters=True)  # the FTS query the service may send
            raw = (
                timed(lambda m=match.fts: con.execute(RAW_FTS, (m,)).fetchall(), repeat)
                if match.fts and not match.like else []
            )  # fmt: skip
            pattern = {"p": f"%{typed}%"}
            like = timed(lambda p=pattern: con.execute(RAW_LIKE, p).fetchall(), max(5, repeat // 4))
            like_count = timed(lambda p=pattern: con.execute(LIKE_COUNT, p).fetchone(), 3)
            p95 = percentile(page, 95)
            worst = max(worst, p95)
            raw95 = percentile(raw, 95) if raw else float("nan")
            ratio = p95 / raw95 if raw else float("nan")
            print(f"{typed or '(none)':<14}{hits:>8}{statistics.median(page):>9.2f}m"
                  f"{p95:>7.2f}m{raw95:>8.2f}m{ratio:>6.1f}×{percentile(like, 95):>10.1f}m"
                  f"{percentile(like_count, 95):>11.1f}m{percentile(count, 95):>10.2f}m"
                  f"{percentile(last, 95):>10.1f}m")  # fmt: skip
    con.close()
    print(f"worst first-page p95: {worst:.2f} ms (target < 10 ms at 100k, < 30 ms at 1M)")
    print("raw FTS = the same FTS5 query in sqlite3, hits joined to ix_customer_sort and sorted; "
          "LIKE = '%text%' over the same columns "
          "(the scan FTS replaces); ms")  # fmt: skip


def write_csv(path: Path, count: int) -> None:
    rng = random.Random(11)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nama", "No. HP", "Email", "Alamat", "Kota", "Tanggal Lahir", "Jenis",
                         "Perusahaan"])  # fmt: skip
        for i in range(count):
            p = person(rng, i)
            phone = str(p["phone"])
            national = f"0{phone[3:6]}-{phone[6:10]}-{phone[10:]}"
            born = p["birth_date"]
            assert isinstance(born, date)
            writer.writerow([p["name"], national, p["email"], p["address"], p["city"],
                             born.strftime("%d/%m/%Y"), p["category"], p["company"]])  # fmt: skip


def bench_import(folder: Path, count: int) -> None:
    from bizcare.services.transfer import guess_mapping, import_customers, plan_import, read_table

    source = folder / "import.csv"
    write_csv(source, count)

    db = fresh_db(folder, "import.db")
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    table = read_table(source)
    t1 = time.perf_counter()
    with db.session() as s:
        plan = plan_import(s, table, guess_mapping(table.headers))
        t2 = time.perf_counter()
        added = import_customers(s, plan)
        t3 = time.perf_counter()
    t4 = time.perf_counter()
    cpu = time.process_time() - cpu0
    db.dispose()
    assert added == count, (added, plan.problems[:3])
    service = t4 - t0

    raw, raw_cpu = raw_import(folder, source, "raw.db", bulk=True)
    naive, naive_cpu = raw_import(folder, source, "naive.db", bulk=False)

    print(f"\nimport of {count:,} rows from a semicolon CSV")
    print(f"  service   {service:6.2f} s  (read {t1 - t0:.2f}, check {t2 - t1:.2f}, "
          f"insert+index {t3 - t2:.2f}, commit {t4 - t3:.2f}; CPU {cpu:.2f} s)")  # fmt: skip
    print(f"  raw       {raw:6.2f} s  (csv + executemany + the same one-statement FTS fill; "
          f"CPU {raw_cpu:.2f} s)")  # fmt: skip
    print(f"  naive raw {naive:6.2f} s  (csv + executemany through the per-row FTS trigger; "
          f"CPU {naive_cpu:.2f} s)")  # fmt: skip
    print(f"  ratio     {service / raw:6.2f}× raw, {service / naive:.2f}× naive raw "
          "(target < 4×; wall < 3 s)")  # fmt: skip


def raw_import(folder: Path, source: Path, filename: str, bulk: bool) -> tuple[float, float]:
    """The same rows with ``csv`` and ``executemany`` on a fresh file; wall and CPU seconds."""
    from bizcare.services.customers import INDEX_NEW_ROWS, TRIGGER
    from bizcare.storage.db import sqlite_connect

    fresh_db(folder, filename).dispose()
    con = sqlite_connect(folder / filename)
    con.isolation_level = None
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    r0 = time.perf_counter()
    cpu0 = time.process_time()
    with source.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        rows = [
            (f"PLG-{i:06d}", "external", cat, name, company, None, "",
             "+62" + phone[1:].replace("-", ""), "", email, address, city, "",
             f"{born[6:]}-{born[3:5]}-{born[:2]}", "", "whatsapp", "", "", "", 0, "",
             "2026-11-24", 0, None, now, now)
            for i, (name, phone, email, address, city, born, cat, company) in enumerate(reader, 1)
        ]  # fmt: skip
    con.execute("BEGIN IMMEDIATE")
    trigger = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (TRIGGER,)).fetchone()[0]
    if bulk:
        con.execute(f"DROP TRIGGER {TRIGGER}")
    con.executemany(
        f"INSERT INTO customer ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
        rows,
    )
    if bulk:
        con.execute(str(INDEX_NEW_ROWS), {"after": 0})
        con.execute(trigger)
    con.execute("COMMIT")
    wall, cpu = time.perf_counter() - r0, time.process_time() - cpu0
    con.close()
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--skip-search", action="store_true",
                        help="only the import part (the search part fills 100k rows first)")
    parser.add_argument("--import-rows", type=int, default=100_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bizcare-bench-") as tmp:
        folder = Path(tmp)
        print(f"sqlite {sqlite3.sqlite_version}")
        if not args.skip_search:
            db = fresh_db(folder, "search.db")
            t0 = time.perf_counter()
            fill(db, args.customers)
            print(f"filled {args.customers:,} customers in {time.perf_counter() - t0:.1f} s "
                  "(Core bulk insert)")
            bench_search(db, folder / "search.db", args.repeat)
            db.dispose()
        if not args.skip_import:
            bench_import(folder, args.import_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
