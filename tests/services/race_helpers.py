"""Racing sessions for tests/services/test_races.py: N sessions, half of them threads of the
test process and half spawned processes, released at one barrier, each running one use case
through ``Database.run`` (so in-process and cross-process contention meet in every race).

An outcome is a string: ``"ok <value>"`` for a use case that committed, ``"error <message>"``
for a ``BizCareError`` (rendered in English, as the CLI prints it). Anything else is a bug and
fails the test with its traceback.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal
from multiprocessing.pool import Pool
from typing import Any

from sqlmodel import Session

from bizcare.domain.errors import BizCareError
from bizcare.storage.db import Database

SESSIONS = 4
DAY = date(2026, 11, 24)
BARRIER_TIMEOUT = 120
CTX = mp.get_context("spawn")  # each process builds its own engine from nothing

Barrier = Any  # threading.Barrier or a multiprocessing Barrier: both have wait(timeout)


# -- the use cases that race (looked up by name in the worker) ---------------------------------
def _issue(s: Session, invoice_id: int) -> str:
    from bizcare.services.billing import issue_invoice

    return str(issue_invoice(s, invoice_id, actor="race").number)


def _pay_in_full(s: Session, invoice_id: int) -> str:
    from bizcare.services.billing import record_payment
    from bizcare.services.billing.common import get_invoice

    total = get_invoice(s, invoice_id).total
    return record_payment(s, invoice_id, total, paid_on=DAY, actor="race").number


def _void_invoice(s: Session, invoice_id: int) -> str:
    from bizcare.services.billing import void_invoice

    return str(void_invoice(s, invoice_id, "salah input", actor="race").number)


def _void_receipt(s: Session, receipt_id: int) -> str:
    from bizcare.services.billing import void_receipt

    return void_receipt(s, receipt_id, "uang dikembalikan", actor="race").number


def _cash_receipt(s: Session, customer_id: int) -> str:
    from bizcare.services.billing import issue_cash_receipt

    return issue_cash_receipt(s, customer_id, 50_000, "Pulsa", paid_on=DAY,
                              actor="race").number


def _redeem_points(s: Session, customer_id: int) -> str:
    from bizcare.services.loyalty import redeem_points

    return str(redeem_points(s, customer_id, 100, reason="hadiah", actor="race").points)


def _adjust_down(s: Session, customer_id: int) -> str:
    from bizcare.services.loyalty import adjust_points

    return str(adjust_points(s, customer_id, -100, "koreksi", actor="race").points)


def _redeem_reward(s: Session, pair: tuple[int, int]) -> str:
    from bizcare.services.loyalty import redeem_reward

    customer_id, reward_id = pair
    return str(redeem_reward(s, customer_id, reward_id, actor="race").points)


def _add_customer(s: Session, name: str) -> str:
    from bizcare.services.customers.records import CustomerInput, create_customer

    return create_customer(s, CustomerInput(name=name)).code


def _add_division_member(s: Session, name: str) -> str:
    from bizcare.services.customers.records import CustomerInput, create_customer

    return create_customer(s, CustomerInput(name=name, kind="internal",
                                            division="Gudang")).code


def _daily_run(s: Session, day: date) -> str:
    from bizcare.services.loyalty import run_daily

    done = run_daily(s, day)
    return f"expired {done.expired_points} birthdays {done.birthdays}"


OPS: dict[str, Callable[[Session, Any], str]] = {
    "daily_run": _daily_run,
    "issue": _issue,
    "pay_in_full": _pay_in_full,
    "void_invoice": _void_invoice,
    "void_receipt": _void_receipt,
    "cash_receipt": _cash_receipt,
    "redeem_points": _redeem_points,
    "adjust_down": _adjust_down,
    "redeem_reward": _redeem_reward,
    "add_customer": _add_customer,
    "add_division_member": _add_division_member,
}


def attempt(db: Database, op: str, arg: object) -> str:
    """One use case in a transaction of its own, as the CLI and the window run it."""
    try:
        return "ok " + db.run(lambda s: OPS[op](s, arg))
    except BizCareError as exc:
        return "error " + exc.render()


def _session(url: str, op: str, args: list[object], barrier: Barrier) -> list[str]:
    db = Database(url)
    try:
        db.engine.connect().close()  # connected before the start: the race is the use case
        barrier.wait(BARRIER_TIMEOUT)
        return [attempt(db, op, arg) for arg in args]
    finally:
        db.dispose()


# -- half the sessions in threads, half in spawned processes, at one barrier -------------------
THREADS = SESSIONS // 2
PROCESSES = SESSIONS - THREADS
_BARRIER: Barrier = None


def _init_worker(barrier: Barrier) -> None:
    global _BARRIER
    _BARRIER = barrier


def _in_process(url: str, op: str, args: list[object]) -> list[str]:
    return _session(url, op, args, _BARRIER)


def start_pool() -> Pool:
    """``PROCESSES`` spawned workers sharing one barrier with this process's threads; each
    worker takes exactly one session per race (a worker waiting at the barrier cannot take
    a second one)."""
    barrier = CTX.Barrier(SESSIONS)
    pool = CTX.Pool(PROCESSES, initializer=_init_worker, initargs=(barrier,))
    _init_worker(barrier)  # the threads of this process wait at the same barrier
    return pool


def race(url: str, op: str, args: list[list[object]], pool: Pool) -> list[str]:
    """Run ``op`` in ``SESSIONS`` sessions released at once: the first ``THREADS`` as threads
    of this process, the rest in the pool's processes; session i runs ``args[i]`` in order.
    Returns every outcome, session by session."""
    assert len(args) == SESSIONS
    in_processes = pool.starmap_async(
        _in_process, [(url, op, a) for a in args[THREADS:]], chunksize=1
    )
    with ThreadPoolExecutor(THREADS) as threads:
        in_threads = list(threads.map(lambda a: _session(url, op, a, _BARRIER), args[:THREADS]))
    per_session = in_threads + in_processes.get(BARRIER_TIMEOUT)
    return [outcome for outcomes in per_session for outcome in outcomes]


def same(arg: object) -> list[list[object]]:
    """Every session tries the same thing once."""
    return [[arg] for _ in range(SESSIONS)]


# -- set-up -------------------------------------------------------------------------------------
def customer(db: Database, name: str = "Budi Santoso") -> int:
    from bizcare.services.customers.records import CustomerInput, create_customer

    return int(db.run(lambda s: create_customer(s, CustomerInput(name=name)).id or 0))


def draft(
    db: Database, customer_id: int, price: int = 100_000, voucher_id: int | None = None
) -> int:
    from bizcare.services.billing import DraftInput, LineInput, save_draft

    lines = [LineInput("Jasa servis AC", Decimal(1), price)]
    data = DraftInput(customer_id, lines, issue_date=DAY, voucher_id=voucher_id)
    return int(db.run(lambda s: save_draft(s, data).id or 0))


def voucher(db: Database, customer_id: int, value: int = 25_000) -> int:
    from bizcare.domain.models import Voucher

    def work(s: Session) -> int:
        row = Voucher(code="VC-RACE", customer_id=customer_id, value=value, issued_on=DAY)
        s.add(row)
        s.flush()
        return row.id or 0

    return db.run(work)


def issued(db: Database, customer_id: int, price: int = 100_000) -> int:
    invoice_id = draft(db, customer_id, price)
    assert attempt(db, "issue", invoice_id).startswith("ok ")
    return invoice_id


def points(db: Database, customer_id: int, amount: int, on: date | None = None) -> None:
    from bizcare.services.loyalty import adjust_points

    db.run(lambda s: adjust_points(s, customer_id, amount, "saldo awal", on=on))
