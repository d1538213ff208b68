"""Several processes issuing invoices on one SQLite file: no duplicate, no gap, even when a
process dies between taking a number and committing."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from bizcare.domain.models import Customer, Invoice

DAY = date(2026, 11, 24)
WORKERS = 4
EACH = 50
CTX = mp.get_context("spawn")  # each process builds its own engine from nothing


def _open(path: str):  # type: ignore[no-untyped-def]
    from bizcare.services.database import open_database

    return open_database(path, migrate=False)


def _issue_one(session, customer_id: int) -> str:  # type: ignore[no-untyped-def]
    from bizcare.services.billing import DraftInput, LineInput, issue_invoice, save_draft

    draft = save_draft(session, DraftInput(
        customer_id, [LineInput("Jasa servis AC", Decimal(1), 150_000)], issue_date=DAY))
    return str(issue_invoice(session, draft.id).number)


def issue_many(path: str, customer_id: int, count: int, start) -> None:  # type: ignore[no-untyped-def]
    db = _open(path)
    start.wait()
    for _ in range(count):
        with db.session() as s:
            _issue_one(s, customer_id)
    db.dispose()


def die_holding_a_number(path: str, customer_id: int, how: str, start, taken) -> None:  # type: ignore[no-untyped-def]
    db = _open(path)
    start.wait()
    with db.session() as s:
        _issue_one(s, customer_id)
        s.flush()
        taken.set()
        if how == "exit":
            os._exit(3)
        threading.Event().wait(120)  # hold the number and the write lock until killed
        os._exit(4)  # never commits, even if nobody kills us


@pytest.fixture
def shared(db) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        customer = Customer(code="PLG-000001", name="Budi Santoso")
        s.add(customer)
        s.flush()
        customer_id = customer.id
    assert db.path is not None
    return str(db.path), int(customer_id or 0)


def numbers(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session(write=False) as s:
        return sorted(str(n) for n in s.exec(select(Invoice.number)) if n)


def expected(count: int) -> list[str]:
    return [f"INV/2026/11/{i:04d}" for i in range(1, count + 1)]


def _start(target, *args):  # type: ignore[no-untyped-def]
    p = CTX.Process(target=target, args=args)
    p.start()
    return p


def test_parallel_processes_give_gapless_unique_numbers(db, shared) -> None:
    path, customer_id = shared
    start = CTX.Event()
    procs = [_start(issue_many, path, customer_id, EACH, start) for _ in range(WORKERS)]
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    assert numbers(db) == expected(WORKERS * EACH)


@pytest.mark.parametrize("how", ["exit", "kill"])
def test_process_dying_after_taking_a_number_leaves_no_gap(db, shared, how) -> None:
    path, customer_id = shared
    start, taken = CTX.Event(), CTX.Event()
    victim = _start(die_holding_a_number, path, customer_id, how, start, taken)
    start.set()
    assert taken.wait(60)
    if how == "kill":
        os.kill(victim.pid, signal.SIGKILL)
    victim.join(60)
    assert victim.exitcode in (3, -signal.SIGKILL)
    with db.session() as s:
        assert _issue_one(s, customer_id) == "INV/2026/11/0001"
    with db.session(write=False) as s:
        assert len(s.exec(select(Invoice)).all()) == 1  # the victim's draft is gone too


def test_kill_in_the_middle_of_a_parallel_run(db, shared) -> None:
    path, customer_id = shared
    start, taken = CTX.Event(), CTX.Event()
    procs = [_start(issue_many, path, customer_id, EACH, start) for _ in range(WORKERS)]
    victim = _start(die_holding_a_number, path, customer_id, "kill", start, taken)
    start.set()
    assert taken.wait(60)
    os.kill(victim.pid, signal.SIGKILL)
    victim.join(60)
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    assert numbers(db) == expected(WORKERS * EACH)
    assert Path(path).exists()
