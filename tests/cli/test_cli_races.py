"""Four ``bizcare invoice pay`` processes paying the same invoice in full at once: one prints
its kwitansi number, the others exit 2 with the one line a later attempt prints, and the
money is recorded once.

On PostgreSQL only, where the tester found Rp400.000 recorded for Rp100.000: every CLI
process costs seconds of start-up, and tests/services/test_races.py already races the same
use case on both engines."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import func, select

from bizcare.domain.models import Payment
from bizcare.storage.db import Database
from tests.pg import needs_postgres
from tests.services.race_helpers import SESSIONS, customer, issued

PAID = "bizcare: Invoice INV/2026/11/0001 is already paid in full.\n"


pytestmark = needs_postgres


def pay(url: str, amount: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bizcare", "invoice", "pay", "INV/2026/11/0001",
         "--amount", str(amount), "--date", "2026-11-24", "--database-url", url, "--lang", "en"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_four_cli_payments_of_one_invoice(pg: Database) -> None:
    from bizcare.services.billing.common import get_invoice

    invoice_id = issued(pg, customer(pg))
    amount = pg.run(lambda s: get_invoice(s, invoice_id).total, write=False)
    runs = [pay(pg.url, amount) for _ in range(SESSIONS)]
    done = sorted((p.returncode, out, err) for p in runs
                  for out, err in [p.communicate(timeout=120)])
    assert done[0] == (0, "KW/2026/11/0001\n", "")
    assert done[1:] == [(2, "", PAID)] * (SESSIONS - 1)  # what a later attempt prints
    paid = pg.run(lambda s: s.execute(
        select(func.sum(Payment.amount))).scalar(), write=False)  # type: ignore[arg-type]
    assert paid == amount
