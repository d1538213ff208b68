"""The Pelanggan tab with 100,000 customers: how fast it opens, what scrolling costs in memory.

Fills (once, cached in the temp folder) a database with N customers through SQLAlchemy Core
bulk inserts, then, offscreen:

* opens a bare ``QTableView`` over an empty model (the baseline),
* opens the customers tab (cold: with its module imports, as the first click on the tab;
  warm: a second tab, as after a refresh) and lets it paint,
* scrolls the list from the top to the bottom a screen at a time, painting every step,
* jumps to the bottom and back, and runs a typed search through the tab,

and prints each figure with its ratio to the baseline. Targets (issue 3 point 9): the tab
opens in under 100 ms; scrolling top to bottom keeps the process under 300 MB.

    QT_QPA_PLATFORM=offscreen python bench/bench_customers_gui.py [--customers 100000] [--fresh]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIRST = ("Budi", "Siti", "Agus", "Dewi", "Rina", "Joko", "Andi", "Fitri", "Hendra", "Yohanes",
         "Made", "Putu", "Lim", "Wayan", "Nur", "Sri", "Eko", "Dian", "Rudi", "Ayu")
LAST = ("Santoso", "Rahayu", "Wijaya", "Lestari", "Kusuma", "Susilo", "Pratama", "Handayani",
        "Gunawan", "Siregar", "Nasution", "Harahap", "Saputra", "Hidayat", "Setiawan", "Tan")
CITIES = ("Jakarta Timur", "Bandung", "Surabaya", "Medan", "Semarang", "Makassar", "Yogyakarta",
          "Denpasar", "Palembang", "Malang", "Padang", "Solo", "Bogor", "Bekasi", "Depok")
CATEGORIES = ("perorangan", "perorangan", "perorangan", "b2b", "reseller", "ritel")


def build(path: Path, customers: int, seed: int = 3) -> None:
    """A migrated database with ``customers`` external customers, written with Core inserts."""
    from sqlalchemy import insert

    from bizcare.domain.models import Customer
    from bizcare.services.database import open_database

    rng = random.Random(seed)
    db = open_database(path)
    now = datetime.now(UTC)
    start = date.today() - timedelta(days=3 * 365)
    batch: list[dict[str, object]] = []
    with db.session() as session:
        for i in range(1, customers + 1):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            batch.append({
                "code": f"PLG-{i:06d}", "kind": "external",
                "category": rng.choice(CATEGORIES), "name": f"{first} {last} {i}",
                "phone": f"+628{rng.randint(11, 59)}{i:08d}", "whatsapp": "",
                "email": f"{first.lower()}.{last.lower()}{i}@contoh.co.id",
                "city": rng.choice(CITIES), "joined_on": start + timedelta(days=i % 1000),
                "created_at": now, "updated_at": now,
            })
            if len(batch) == 10_000:
                session.execute(insert(Customer), batch)
                batch.clear()
        if batch:
            session.execute(insert(Customer), batch)
    db.dispose()


def rss_mb() -> float:
    """Resident memory now, from /proc/self/status (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def settle(model=None) -> None:  # type: ignore[no-untyped-def]
    """Let the event loop handle pending paints and queued work (and ``model``'s count,
    which runs in a worker thread, with the rows it adds)."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(3):
        QCoreApplication.processEvents()
    if model is not None:
        model.wait_for_count()
        for _ in range(3):
            QCoreApplication.processEvents()


def cached_database(description: str) -> tuple[argparse.Namespace, Path]:
    """Parse ``--customers``/``--fresh`` and return the (built once) database file."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached database")
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"bizcare_bench_customers_gui_{args.customers}.db"
    if args.fresh or not path.exists():
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
        t = time.perf_counter()
        build(path, args.customers)
        print(f"built {args.customers:,} customers in {time.perf_counter() - t:.1f} s: {path}")
    return args, path


def main() -> None:
    args, path = cached_database(__doc__.splitlines()[0])

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from bizcare.services.database import open_database

    app = QApplication.instance() or QApplication([])
    assert app is not None
    db = open_database(path)
    rss_start = rss_mb()

    t = time.perf_counter()
    bare = QTableView()
    bare.setModel(QStandardItemModel(0, 7))
    bare.resize(1280, 760)
    bare.show()
    settle()
    bare_open = time.perf_counter() - t
    rss_bare = rss_mb()

    # What the running app has loaded before the first click on the tab: the main window,
    # and the settings service it reads the business name with.
    import bizcare.services.settings  # noqa: F401
    import bizcare.ui.app  # noqa: F401
    import bizcare.ui.main_window  # noqa: F401
    from bizcare.ui.common.context import UiContext

    ctx = UiContext(db=db)
    t = time.perf_counter()
    from bizcare.ui.customers import create_tab
    from bizcare.ui.customers import tab as _tab_module  # noqa: F401 - what the first click loads

    cold_import = time.perf_counter() - t
    t = time.perf_counter()
    tab = create_tab(ctx)
    tab.resize(1280, 760)
    tab.show()
    tab.grab()  # renders the list now, before the deferred detail and follow-up count
    cold_list = time.perf_counter() - t
    settle(tab.model)
    cold_build = time.perf_counter() - t

    warm_times, warm_lists = [], []
    tab.hide()  # one window at a time, as in the app
    for _ in range(7):
        t = time.perf_counter()
        other = create_tab(ctx)
        other.resize(1280, 760)
        other.show()
        other.grab()
        warm_lists.append(time.perf_counter() - t)
        settle(other.model)
        warm_times.append(time.perf_counter() - t)
        other.close()
        other.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    tab.show()
    settle()
    rss_open = rss_mb()

    view, model = tab.view, tab.model
    total_all = model.total
    bar = view.verticalScrollBar()
    steps: list[float] = []
    t = time.perf_counter()
    value = 0
    while True:
        s = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()
        settle()
        steps.append(time.perf_counter() - s)
        if value >= bar.maximum():
            break
        value = min(value + bar.pageStep(), bar.maximum())
    scroll_total = time.perf_counter() - t
    rss_scrolled = rss_mb()
    last_row = view.rowAt(view.viewport().height() - 1)
    shown_last = model.index(last_row, 1).data() if last_row >= 0 else None

    t = time.perf_counter()
    bar.setValue(0)
    view.viewport().repaint()
    settle()
    bar.setValue(bar.maximum())
    view.viewport().repaint()
    settle()
    jump = (time.perf_counter() - t) / 2

    searches = []
    for typed in ("santoso 12", "budi", "0812", "medan", "wijaya 77"):
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            tab.search.setText(typed)
            tab.apply_filters()
            view.viewport().repaint()
            settle(model)
            best = min(best, time.perf_counter() - t)
        searches.append(best)
        print(f"  search {typed!r:14} {best * 1000:7.1f} ms  {model.total:>7,} found")
    tab.search.setText("")
    tab.apply_filters()

    ms = 1000
    print(f"customers in the list               {total_all:>10,}")
    print(f"bare QTableView (empty model) open  {bare_open * ms:10.1f} ms   (baseline)")
    cold, cold_shown = cold_import + cold_build, cold_import + cold_list
    print(f"customers tab open, cold: list      {cold_shown * ms:10.1f} ms   "
          f"x{cold_shown / bare_open:.1f} baseline (imports {cold_import * ms:.0f} ms + "
          f"build and paint {cold_list * ms:.0f} ms)   (target < 100 ms)")
    print(f"customers tab open, cold: settled   {cold * ms:10.1f} ms   x{cold / bare_open:.1f} "
          "baseline (with the first customer's detail and the follow-up count)")
    print(f"customers tab open, warm: list      {min(warm_lists) * ms:10.1f} ms   "
          f"x{min(warm_lists) / bare_open:.1f} baseline (best of 7; median "
          f"{statistics.median(warm_lists) * ms:.1f} ms)")
    print(f"customers tab open, warm: settled   {min(warm_times) * ms:10.1f} ms   "
          f"x{min(warm_times) / bare_open:.1f} baseline (best of 7; median "
          f"{statistics.median(warm_times) * ms:.1f} ms)")
    p95 = statistics.quantiles(steps, n=20)[-1]
    print(f"scroll top to bottom                {scroll_total:10.1f} s    "
          f"{len(steps):,} screens, p50 {statistics.median(steps) * ms:.1f} ms, "
          f"p95 {p95 * ms:.1f} ms per screen")
    print(f"jump top <-> bottom                 {jump * ms:10.1f} ms")
    print(f"typed search + count + paint        {statistics.median(searches) * ms:10.1f} ms   "
          f"(median of 5 queries, each best of 3; slowest {max(searches) * ms:.1f} ms)")
    print(f"rows cached after scrolling         {model.cached_rows():>10,}   "
          f"(last row shown: {shown_last})")
    print(f"RSS at start (Qt + app loaded)      {rss_start:10.1f} MB")
    print(f"RSS with bare view                  {rss_bare:10.1f} MB   (baseline)")
    print(f"RSS with tab open                   {rss_open:10.1f} MB   "
          f"x{rss_open / rss_bare:.2f} baseline")
    print(f"RSS after scrolling to the bottom   {rss_scrolled:10.1f} MB   "
          f"x{rss_scrolled / rss_bare:.2f} baseline   (target < 300 MB)")
    print(f"peak RSS of the process             {peak_mb():10.1f} MB")
    db.dispose()


if __name__ == "__main__":
    main()
