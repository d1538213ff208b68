"""First in, first out over plain ledger lines (no database)."""

from __future__ import annotations

from datetime import date

import hypothesis.strategies as st
from hypothesis import given

from bizcare.services.loyalty.fifo import Line, replay

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)


def test_spending_takes_the_lot_that_expires_first() -> None:
    state = replay([
        Line(1, JAN, 100, date(2027, 1, 1)),
        Line(2, FEB, 50, date(2026, 6, 1)),  # earned later, but lapses first
        Line(3, MAR, -70),
    ])
    assert [(lot.entry_id, lot.remaining) for lot in state.lots] == [(2, 0), (1, 80)]


def test_a_reverse_takes_from_its_own_lot_first() -> None:
    state = replay([
        Line(1, JAN, 100, date(2027, 1, 1)),
        Line(2, FEB, 50, date(2027, 2, 1)),
        Line(3, MAR, -50, reverses_id=2),
    ])
    assert [(lot.entry_id, lot.remaining) for lot in state.lots] == [(1, 100), (2, 0)]


def test_lapsed_lots_are_due_and_not_spendable_first() -> None:
    state = replay([
        Line(1, JAN, 100, date(2026, 2, 15)),
        Line(2, FEB, 40, date(2027, 2, 1)),
        Line(3, MAR, -30),  # on 1 March the January lot has lapsed
    ])
    assert [(lot.entry_id, lot.remaining) for lot in state.due(MAR)] == [(1, 100)]
    assert state.next_expiry(MAR) == (date(2027, 2, 1), 10)


def test_a_spend_dated_before_its_points_is_carried() -> None:
    state = replay([Line(1, JAN, -30), Line(2, FEB, 50, date(2027, 2, 1))])
    assert state.remaining == 20


@given(st.lists(st.tuples(st.integers(0, 400), st.integers(-300, 500)), max_size=30))
def test_points_left_equal_the_ledger_sum_while_it_is_not_negative(
    moves: list[tuple[int, int]],
) -> None:
    lines, total = [], 0
    for i, (day, points) in enumerate(moves, start=1):
        if points == 0 or total + points < 0:
            continue
        total += points
        when = date.fromordinal(JAN.toordinal() + day)
        expires = date.fromordinal(when.toordinal() + 365) if points > 0 else None
        lines.append(Line(i, when, points, expires))
    assert replay(lines).remaining == total
