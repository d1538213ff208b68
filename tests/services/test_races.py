"""Sessions racing for the same thing, on SQLite and PostgreSQL, as threads and as processes.

Each case releases ``SESSIONS`` sessions at one barrier, two of them threads of this process
and two spawned processes (tests/services/race_helpers.py). Where only one may succeed (issue a
draft, pay an invoice in full, void it, void a kwitansi, spend the same points, hand over the
last reward) exactly one does and the others get the message a later attempt gets; where all
may succeed (the first customers, divisions, invoices, kwitansi of a period) they all do, with
gapless numbers. Balances, stock and sequence values are checked exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from multiprocessing.pool import Pool

import pytest
from sqlalchemy import func, select

from bizcare.domain.models import AuditLog, Customer, Division, Invoice, Payment, Receipt, Reward
from bizcare.domain.numbering import period_of
from bizcare.services.numbering import peek_last
from bizcare.storage.db import Database
from tests.pg import needs_postgres
from tests.services.race_helpers import (
    DAY,
    SESSIONS,
    attempt,
    customer,
    draft,
    issued,
    points,
    race,
    same,
    start_pool,
    voucher,
)


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    workers = start_pool()
    yield workers
    workers.close()
    workers.join()


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=needs_postgres)])
def database(request: pytest.FixtureRequest) -> Database:
    return request.getfixturevalue("db" if request.param == "sqlite" else "pg")  # type: ignore[no-any-return]


@pytest.fixture
def run(database: Database, pool: Pool):  # type: ignore[no-untyped-def]
    """``run(op, args)``: the race on this database, threads and processes together."""
    return lambda op, args: race(database.url, op, args, pool)


def one_wins(outcomes: list[str], later: str) -> str:
    """Exactly one success; every other session got ``later``, what a later attempt gets."""
    wins = [o for o in outcomes if o.startswith("ok ")]
    assert len(wins) == 1, outcomes
    assert later.startswith("error "), later
    assert sorted(outcomes) == sorted(wins + [later] * (SESSIONS - 1)), outcomes
    return wins[0].removeprefix("ok ")


def count(db: Database, stmt) -> int:  # type: ignore[no-untyped-def]
    return int(db.run(lambda s: s.execute(stmt).scalar() or 0, write=False))


def seq(db: Database, series: str, pattern: str | None = None) -> int:
    period = period_of(pattern, DAY) if pattern else "all"
    return db.run(lambda s: peek_last(s, series, period), write=False)


INV = "INV/{yyyy}/{mm}/{seq:04d}"
KW = "KW/{yyyy}/{mm}/{seq:04d}"


def audits(db: Database, action: str, entity: str) -> int:
    return count(db, select(func.count()).select_from(AuditLog).where(
        AuditLog.action == action, AuditLog.entity == entity))  # type: ignore[arg-type]


def test_one_draft_issued_by_four(database, run) -> None:  # type: ignore[no-untyped-def]
    invoice_id = draft(database, customer(database))
    number = one_wins(run("issue", same(invoice_id)), attempt(database, "issue", invoice_id))
    assert number == "INV/2026/11/0001"
    assert seq(database, "INV", INV) == 1
    assert audits(database, "issue", "invoice") == 1


def test_one_invoice_paid_in_full_by_four(database, run) -> None:  # type: ignore[no-untyped-def]
    invoice_id = issued(database, customer(database))
    outcomes = run("pay_in_full", same(invoice_id))
    later = attempt(database, "pay_in_full", invoice_id)
    one_wins(outcomes, later)
    assert "is already paid in full" in later
    paid = count(database, select(func.sum(Payment.amount)))  # type: ignore[arg-type]
    receipts = count(database, select(func.count()).select_from(Receipt))
    total = count(database, select(Invoice.total))  # type: ignore[arg-type]
    assert (paid, receipts) == (total, 1)
    assert total >= 100_000
    assert seq(database, "KW", KW) == 1


def test_one_invoice_voided_by_four(database, run) -> None:  # type: ignore[no-untyped-def]
    invoice_id = issued(database, customer(database))
    outcomes = run("void_invoice", same(invoice_id))
    later = attempt(database, "void_invoice", invoice_id)
    one_wins(outcomes, later)
    assert later == "error Invoice INV/2026/11/0001 is void."
    assert audits(database, "void", "invoice") == 1


def test_one_kwitansi_voided_by_four(database, run) -> None:  # type: ignore[no-untyped-def]
    invoice_id = issued(database, customer(database))
    number = attempt(database, "pay_in_full", invoice_id).removeprefix("ok ")
    receipt_id = count(database, select(Receipt.id).where(Receipt.number == number))  # type: ignore[arg-type]
    outcomes = run("void_receipt", same(receipt_id))
    later = attempt(database, "void_receipt", receipt_id)
    one_wins(outcomes, later)
    assert later == f"error Kwitansi {number} is already void."
    assert audits(database, "void", "receipt") == 1


def test_same_points_redeemed_by_four(database, run) -> None:  # type: ignore[no-untyped-def]
    from bizcare.services.loyalty import balance

    cid = customer(database)
    points(database, cid, 100)
    outcomes = run("redeem_points", same(cid))
    later = attempt(database, "redeem_points", cid)
    one_wins(outcomes, later)
    assert later == "error PLG-000001 has 0 points; 100 are needed. Nothing was changed."
    assert database.run(lambda s: balance(s, cid), write=False) == 0


def test_points_adjusted_below_zero_by_four(database, run) -> None:  # type: ignore[no-untyped-def]
    from bizcare.services.loyalty import balance

    cid = customer(database)
    points(database, cid, 100)
    outcomes = run("adjust_down", same(cid))
    later = attempt(database, "adjust_down", cid)
    one_wins(outcomes, later)
    assert "has 0 points" in later
    assert database.run(lambda s: balance(s, cid), write=False) == 0


def test_last_reward_in_stock_redeemed_by_four_members(database, run) -> None:  # type: ignore[no-untyped-def]
    from bizcare.services.loyalty import RewardInput, balance, save_reward

    members = [customer(database, f"Anggota {i}") for i in range(SESSIONS + 1)]
    for cid in members:
        points(database, cid, 100)
    reward_id = database.run(lambda s: save_reward(s, RewardInput("Payung", 100, stock=1)).id)
    outcomes = run("redeem_reward", [[(cid, reward_id)] for cid in members[:SESSIONS]])
    later = attempt(database, "redeem_reward", (members[-1], reward_id))
    one_wins(outcomes, later)
    assert later == "error Reward Payung is out of stock."
    assert count(database, select(Reward.stock)) == 0
    left = database.run(lambda s: [balance(s, c) for c in members], write=False)
    assert sorted(left) == [0] + [100] * SESSIONS


def test_one_voucher_on_four_invoices_issued_at_once(database, run) -> None:  # type: ignore[no-untyped-def]
    cid = customer(database)
    voucher_id = voucher(database, cid)
    drafts = [draft(database, cid, voucher_id=voucher_id) for _ in range(SESSIONS)]
    outcomes = run("issue", [[d] for d in drafts])
    winner = one_wins(outcomes, "error Voucher VC-RACE was already used.")
    assert winner == "INV/2026/11/0001"
    assert [attempt(database, "issue", d) for d in drafts].count(
        "error Voucher VC-RACE was already used.") == SESSIONS - 1  # as a later attempt
    assert audits(database, "use", "voucher") == 1


def test_daily_loyalty_run_started_by_four_windows(database, run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from bizcare.domain import clock
    from bizcare.services.customers.records import CustomerInput, create_customer
    from bizcare.services.loyalty import balance

    cid = int(database.run(lambda s: create_customer(s, CustomerInput(
        name="Sari", birth_date=date(1990, DAY.month, DAY.day))).id or 0))
    # Earned while still valid (a back-dated earning would be written off at once); they
    # lapse on 10 January 2026, before the run's day.
    with monkeypatch.context() as m:
        m.setattr(clock, "today", lambda: date(2025, 6, 1))
        points(database, cid, 100, on=date(2025, 1, 10))
    outcomes = run("daily_run", same(DAY))
    assert sorted(outcomes) == ["ok expired 0 birthdays 0"] * (SESSIONS - 1) + [
        "ok expired 100 birthdays 1"]
    assert database.run(lambda s: balance(s, cid), write=False) == 50  # the bonus, once


def test_first_customers_of_a_series(database, run) -> None:  # type: ignore[no-untyped-def]
    outcomes = run("add_customer", [[f"Pelanggan {i}"] for i in range(SESSIONS)])
    assert sorted(outcomes) == [f"ok PLG-{i:06d}" for i in range(1, SESSIONS + 1)]
    assert seq(database, "PLG") == SESSIONS


def test_first_divisions_of_a_series(database, run) -> None:  # type: ignore[no-untyped-def]
    outcomes = run("add_division_member", [[f"Staf {i}"] for i in range(SESSIONS)])
    assert sorted(outcomes) == [f"ok DIV-{i:04d}" for i in range(1, SESSIONS + 1)]
    assert seq(database, "DIV") == SESSIONS
    assert count(database, select(func.count()).select_from(Division)) == 1  # one "Gudang"


def test_first_invoices_of_a_period(database, run) -> None:  # type: ignore[no-untyped-def]
    cid = customer(database)
    drafts = [[draft(database, cid)] for _ in range(SESSIONS)]
    outcomes = run("issue", drafts)
    assert sorted(outcomes) == [f"ok INV/2026/11/{i:04d}" for i in range(1, SESSIONS + 1)]
    assert seq(database, "INV", INV) == SESSIONS


def test_first_kwitansi_of_a_period(database, run) -> None:  # type: ignore[no-untyped-def]
    members = [[customer(database, f"Pembeli {i}")] for i in range(SESSIONS)]
    outcomes = run("cash_receipt", members)
    assert sorted(outcomes) == [f"ok KW/2026/11/{i:04d}" for i in range(1, SESSIONS + 1)]
    assert seq(database, "KW", KW) == SESSIONS


def test_a_hundred_concurrent_customer_adds(database, run) -> None:  # type: ignore[no-untyped-def]
    each = 100 // SESSIONS
    outcomes = run("add_customer", [[f"Pelanggan {i}-{j}" for j in range(each)]
                                    for i in range(SESSIONS)])
    assert sorted(outcomes) == [f"ok PLG-{i:06d}" for i in range(1, 101)]
    assert seq(database, "PLG") == 100
    assert count(database, select(func.count()).select_from(Customer)) == 100
