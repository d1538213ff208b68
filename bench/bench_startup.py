"""Start-up time: process start to main window shown, empty database vs 100,000 customers.

    python bench/bench_startup.py [--customers 100000] [--runs 5] [--importtime]

Each run is a fresh ``python bench/_startup_probe.py DB`` process (see that file for the exact
steps; they are those of ``bizcare`` opening its window). Per run: the probe's own clock,
started on its first line before any import; the wall time from spawning the process to
reading its answer (which adds the interpreter's own start); and the process's CPU time.
Runs on the two databases alternate, so a machine that gets busier or quieter during the
bench affects both alike. One warm-up run per database is not counted (it fills the OS file
cache and lets the loyalty start-up job do its one-off work, e.g. birthday bonuses). The big
database holds demo customers and reference data (``--months 0``).

Targets (issue 2, point 13): median under 0.8 s with 100,000 customers, and at most 1.2× the
empty database. ``--importtime`` also prints the slowest imports of one start
(``python -X importtime``), to see which module costs what.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "bench" / "_startup_probe.py"
TARGET_SECONDS = 0.8
TARGET_RATIO = 1.2


def prepare(home: Path, customers: int) -> tuple[Path, Path]:
    """An empty migrated database and one with ``customers`` demo customers."""
    os.environ["BIZCARE_HOME"] = str(home)
    from bizcare.services.database import open_database
    from bizcare.services.demo import generate

    empty, big = home / "empty.db", home / "big.db"
    open_database(empty).dispose()
    db = open_database(big)
    started = time.perf_counter()
    summary = generate(db, customers, 0, 1)
    db.dispose()
    print(f"prepared {summary['customer']:,} customers (months 0) in "
          f"{time.perf_counter() - started:.1f} s")
    return empty, big


def one_start(db: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """(probe, wall, CPU) seconds of one fresh process opening the window on ``db``."""
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(PROBE), str(db)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    wall = time.perf_counter() - began
    if proc.wait(timeout=60) != 0 or not line.strip():
        raise SystemExit(f"the probe failed on {db}")
    probe, cpu = (float(x) for x in line.split())
    return probe, wall, cpu


def measure(dbs: list[Path], runs: int, env: dict[str, str]) -> list[list[tuple[float, ...]]]:
    """``runs`` starts per database, alternating between them, after one warm-up each."""
    for db in dbs:
        one_start(db, env)
    results: list[list[tuple[float, ...]]] = [[] for _ in dbs]
    for _ in range(runs):
        for i, db in enumerate(dbs):
            results[i].append(one_start(db, env))
    return results


def medians(runs: list[tuple[float, ...]]) -> tuple[float, ...]:
    return tuple(statistics.median(column) for column in zip(*runs, strict=True))


def import_profile(db: Path, env: dict[str, str], top: int = 15) -> None:
    """The slowest imports (cumulative) of one start, from ``python -X importtime``."""
    proc = subprocess.run([sys.executable, "-X", "importtime", str(PROBE), str(db)], env=env,
                          capture_output=True, text=True, timeout=120)
    rows = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, cumulative, name = (part.strip() for part in line[12:].split("|"))
            rows.append((int(cumulative), name))
    seconds = proc.stdout.split()[0] if proc.stdout.strip() else "?"
    print(f"\nslowest imports of one start (cumulative ms; that start took {seconds} s):")
    for micros, name in sorted(rows, reverse=True)[:top]:
        print(f"  {micros / 1000:8.1f}  {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--importtime", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bizcare-startup-") as tmp:
        home = Path(tmp)
        empty, big = prepare(home, args.customers)
        env = {**os.environ, "BIZCARE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        empty_runs, big_runs = measure([empty, big], args.runs, env)
        (e_probe, e_wall, e_cpu), (b_probe, b_wall, b_cpu) = medians(empty_runs), medians(
            big_runs)
        print(f"\nmedian of {args.runs} starts   probe (s)  wall (s)  CPU (s)   probe runs")
        for label, (probe, wall, cpu), runs in (("empty database", (e_probe, e_wall, e_cpu),
                                                 empty_runs),
                                                (f"{args.customers:,} customers",
                                                 (b_probe, b_wall, b_cpu), big_runs)):
            print(f"{label:22s} {probe:9.3f} {wall:9.3f} {cpu:8.3f}   "
                  + " ".join(f"{r[0]:.3f}" for r in runs))
        ratio = b_probe / e_probe
        print(f"{'ratio big/empty':22s} {ratio:9.2f} {b_wall / e_wall:9.2f} "
              f"{b_cpu / e_cpu:8.2f}")
        ok = b_probe < TARGET_SECONDS and ratio <= TARGET_RATIO
        print(f"target: < {TARGET_SECONDS} s and <= {TARGET_RATIO}x empty -> "
              f"{'met' if ok else 'NOT met'} (load average now {os.getloadavg()[0]:.1f})")
        if args.importtime:
            import_profile(big, env)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
