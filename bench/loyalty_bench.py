"""Loyalty on a large ledger: member pages, search, reminder list and the expiry run.

    python bench/loyalty_bench.py [CUSTOMERS] [DB]

Fills a fresh database with CUSTOMERS members (default 20.000) and ~6 earned lots each over
two years, then times what the tab and the start-up job do. The second expiry run is printed
as a ratio of the first: it should be a small fraction (only members with new lines or lots
lapsing since the last run are replayed).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bizcare.domain.models import Customer, LoyaltyEntry
from bizcare.domain.models._base import utcnow
from bizcare.services import loyalty
from bizcare.services.database import open_database
from bizcare.services.loyalty import expiry_for

TODAY = date(2026, 11, 24)


def timed(label: str, fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn()
    ms = (time.perf_counter() - start) * 1000
    print(f"{label:<32} {ms:8.0f} ms")
    return result, ms


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp()) / "bench.db"
    path.unlink(missing_ok=True)
    db = open_database(path)
    rnd = random.Random(1)
    now = utcnow()
    with db.session() as s:
        s.execute(insert(Customer), [
            {"code": f"PLG-{i:06d}", "name": f"Pelanggan {i}", "kind": "external",
             "category": "perorangan", "created_at": now, "updated_at": now}
            for i in range(1, count + 1)])
        rows = []
        for cid in range(1, count + 1):
            for _ in range(rnd.randint(0, 12)):
                day = TODAY - timedelta(days=rnd.randint(0, 700))
                rows.append({"customer_id": cid, "program": "customer", "kind": "earn",
                             "points": rnd.randint(1, 300), "occurred_on": day,
                             "expires_on": expiry_for(day, 12), "created_at": now})
        s.execute(insert(LoyaltyEntry), rows)
    print(f"{count} members, {len(rows)} ledger lines")
    with db.session(write=False) as s:
        query = loyalty.MemberQuery(on=TODAY)
        timed("count members", lambda: loyalty.count_members(s, query))
        timed("first page by name", lambda: loyalty.member_page(s, query, 0, 100))
        by_points = loyalty.MemberQuery(on=TODAY, sort="points", descending=True)
        timed("first page by points", lambda: loyalty.member_page(s, by_points, 0, 100))
        search = loyalty.MemberQuery(text="123", on=TODAY)
        timed("search count", lambda: loyalty.count_members(s, search))
        timed("poin akan hangus (30 days)", lambda: loyalty.expiring_soon(s, TODAY))
    with db.session() as s:
        _, first = timed("expiry run (first)", lambda: loyalty.expire_points(s, TODAY))
    with db.session() as s:
        _, second = timed("expiry run (again, same day)", lambda: loyalty.expire_points(s, TODAY))
    print(f"second run / first run: {second / first:.3f}")
    db.dispose()


if __name__ == "__main__":
    main()
