"""The figures of the Ringkasan (overview) tab, computed by the database, Qt-free.

Definitions (the tab's tooltips repeat them for the owner):

* **Penjualan** (sales): the total of invoices issued (status issued, partial or paid; never
  drafts or void ones) with an issue date from the 1st of this month up to today.
* **Terbayar** (paid): money received from the 1st of this month up to today: every payment
  that is not void, with or without an invoice (cash sales have a kwitansi but no invoice).
* **Piutang** (receivables): what is still owed on issued and partly paid invoices today; the
  part whose due date has passed is *jatuh tempo* (overdue).
* **Pelanggan aktif** (active customers): external customers who paid something in the 90
  days up to today.

Every figure is compared with the same days of last month (1–24 October when today is
24 November), so the arrow means something on the 5th of the month too. Receivables of last
month are the balance on that day: today's balance minus invoices issued since, plus
invoice payments received since. Every query filters on an indexed column (issue date, paid
date, status, follow-up date, expiry date) so the tab stays quick on a large database.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import case, select
from sqlmodel import Session, col, func

from bizcare.domain.enums import CustomerKind, InvoiceStatus
from bizcare.domain.models import Customer, Invoice, Payment
from bizcare.domain.money import round_half_up
from bizcare.services.dashboard.lists import (
    ExpiringPoints,
    ExpiringSummary,
    FollowUpGroup,
    FollowUpItem,
    FollowUpKind,
    expiring_points,
    follow_ups,
)

__all__ = [
    "Comparison",
    "Dashboard",
    "ExpiringPoints",
    "Figures",
    "Lists",
    "ExpiringSummary",
    "FollowUpGroup",
    "FollowUpItem",
    "FollowUpKind",
    "KeyFigures",
    "MonthTotal",
    "Period",
    "customer_count",
    "expiring_points",
    "follow_ups",
    "key_figures",
    "load_dashboard",
    "load_figures",
    "load_lists",
    "monthly_totals",
]

# Issued invoices are written as "not draft, not void": nearly every invoice is issued, so
# the planner must read them through the date index, not through the status index.
NOT_ISSUED = (InvoiceStatus.DRAFT, InvoiceStatus.VOID)
OPEN = (InvoiceStatus.ISSUED, InvoiceStatus.PARTIAL)
ACTIVE_DAYS = 90


@dataclass(frozen=True)
class Comparison:
    """A figure now and on the same days of last month."""

    current: int
    previous: int

    @property
    def change_percent(self) -> int | None:
        """Whole percent change (half up), or None when last month was zero."""
        if self.previous == 0:
            return None
        return round_half_up(Decimal(self.current - self.previous) * 100 / abs(self.previous))


@dataclass(frozen=True)
class Period:
    """This month so far and the same days of last month."""

    today: date
    start: date
    previous_start: date
    previous_end: date


@dataclass(frozen=True)
class KeyFigures:
    period: Period
    sales: Comparison
    sales_count: int
    paid: Comparison
    paid_count: int
    receivable: Comparison
    overdue: int
    overdue_count: int
    active_customers: Comparison


@dataclass(frozen=True)
class MonthTotal:
    month: date  # the 1st of the month
    sales: int
    paid: int


@dataclass(frozen=True)
class Dashboard:
    figures: KeyFigures
    months: tuple[MonthTotal, ...]
    follow_ups: tuple[FollowUpGroup, ...]
    expiring: ExpiringSummary


# -- periods -------------------------------------------------------------------------------
def add_months(d: date, months: int) -> date:
    """The 1st of the month ``months`` after (or before) the month of ``d``."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_of(today: date) -> Period:
    previous_start = add_months(today, -1)
    last_day = calendar.monthrange(previous_start.year, previous_start.month)[1]
    previous_end = previous_start.replace(day=min(today.day, last_day))
    return Period(today, today.replace(day=1), previous_start, previous_end)


# -- key figures ---------------------------------------------------------------------------
def _scalar(session: Session, stmt: Any) -> int:
    return int(session.execute(stmt).scalar() or 0)


@dataclass(frozen=True)
class _Daily:
    """Sales and payments per day since ``first``: one indexed pass per table, summed
    afterwards for the cards, the comparison and the chart alike."""

    sales: dict[date, tuple[int, int]]
    paid: dict[date, tuple[int, int]]

    @staticmethod
    def _between(days: dict[date, tuple[int, int]], start: date, end: date) -> tuple[int, int]:
        rows = [v for d, v in days.items() if start <= d <= end]
        return sum(v[0] for v in rows), sum(v[1] for v in rows)

    def sales_between(self, start: date, end: date = date.max) -> tuple[int, int]:
        return self._between(self.sales, start, end)

    def paid_between(self, start: date, end: date = date.max) -> tuple[int, int]:
        return self._between(self.paid, start, end)


def _daily(session: Session, first: date) -> _Daily:
    issued = col(Invoice.issue_date)
    sales = session.execute(
        select(issued, func.sum(Invoice.total), func.count())
        .where(issued >= first, col(Invoice.status).not_in(NOT_ISSUED))
        .group_by(issued)
    ).all()
    paid_on = col(Payment.paid_on)
    paid = session.execute(
        select(paid_on, func.sum(Payment.amount), func.count())
        .where(paid_on >= first, col(Payment.voided_at).is_(None))
        .group_by(paid_on)
    ).all()
    return _Daily(
        sales={_as_date(d): (int(t), int(n)) for d, t, n in sales},
        paid={_as_date(d): (int(t), int(n)) for d, t, n in paid},
    )


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _invoice_payments_after(session: Session, after: date) -> int:
    """Payments on invoices that still count (not void) received after ``after``."""
    return _scalar(
        session,
        select(func.coalesce(func.sum(Payment.amount), 0))
        .join(Invoice, col(Invoice.id) == col(Payment.invoice_id))
        .where(
            col(Payment.paid_on) > after,
            col(Payment.voided_at).is_(None),
            col(Invoice.status) != InvoiceStatus.VOID,  # drafts take no payments
        ),
    )


def _receivable_now(session: Session, today: date) -> tuple[int, int, int]:
    """(outstanding, overdue outstanding, overdue invoice count) on open invoices today."""
    late = col(Invoice.due_date) < today
    billed, billed_late, late_count = session.execute(
        select(
            func.coalesce(func.sum(Invoice.total), 0),
            func.coalesce(func.sum(case((late, col(Invoice.total)), else_=0)), 0),
            func.coalesce(func.sum(case((late, 1), else_=0)), 0),
        ).where(col(Invoice.status).in_(OPEN))
    ).one()
    paid, paid_late = session.execute(
        select(
            func.coalesce(func.sum(Payment.amount), 0),
            func.coalesce(func.sum(case((late, col(Payment.amount)), else_=0)), 0),
        )
        .join(Invoice, col(Invoice.id) == col(Payment.invoice_id))
        .where(col(Invoice.status).in_(OPEN), col(Payment.voided_at).is_(None))
    ).one()
    return int(billed) - int(paid), int(billed_late) - int(paid_late), int(late_count)


def _active_customers(session: Session, p: Period) -> Comparison:
    """External customers with a payment in the 90 days up to today / up to a month ago.

    One pass over the payments of both windows; internal customers (a handful of
    divisions) are left out by id, so no customer row is read per payment.
    """
    now_from = p.today - timedelta(days=ACTIVE_DAYS - 1)
    before_from = p.previous_end - timedelta(days=ACTIVE_DAYS - 1)
    paid_on = col(Payment.paid_on)
    internal = select(col(Customer.id)).where(col(Customer.kind) == CustomerKind.INTERNAL)
    per_customer = (
        select(
            func.max(case(((paid_on >= now_from) & (paid_on <= p.today), 1), else_=0)).label(
                "now"
            ),
            func.max(case((paid_on <= p.previous_end, 1), else_=0)).label("before"),
        )
        .where(
            paid_on >= before_from,
            paid_on <= p.today,
            col(Payment.voided_at).is_(None),
            col(Payment.customer_id).not_in(internal),
        )
        .group_by(col(Payment.customer_id))
        .subquery()
    )
    now, before = session.execute(
        select(
            func.coalesce(func.sum(per_customer.c.now), 0),
            func.coalesce(func.sum(per_customer.c.before), 0),
        )
    ).one()
    return Comparison(int(now), int(before))


def _key_figures(session: Session, p: Period, daily: _Daily) -> KeyFigures:
    sales, sales_count = daily.sales_between(p.start, p.today)
    paid, paid_count = daily.paid_between(p.start, p.today)
    receivable, overdue, overdue_count = _receivable_now(session, p.today)
    after = p.previous_end + timedelta(days=1)
    receivable_before = (
        receivable
        - daily.sales_between(after)[0]
        + _invoice_payments_after(session, p.previous_end)
    )
    return KeyFigures(
        period=p,
        sales=Comparison(sales, daily.sales_between(p.previous_start, p.previous_end)[0]),
        sales_count=sales_count,
        paid=Comparison(paid, daily.paid_between(p.previous_start, p.previous_end)[0]),
        paid_count=paid_count,
        receivable=Comparison(receivable, receivable_before),
        overdue=overdue,
        overdue_count=overdue_count,
        active_customers=_active_customers(session, p),
    )


def key_figures(session: Session, today: date | None = None) -> KeyFigures:
    """The four cards: sales, paid, receivables (with overdue) and active customers."""
    p = period_of(today or date.today())
    return _key_figures(session, p, _daily(session, p.previous_start))


def _monthly(daily: _Daily, today: date, months: int) -> list[MonthTotal]:
    first = add_months(today, -(months - 1))
    result = []
    for i in range(months):
        start = add_months(first, i)
        end = add_months(start, 1) - timedelta(days=1)
        result.append(MonthTotal(start, daily.sales_between(start, end)[0],
                                 daily.paid_between(start, end)[0]))
    return result


def monthly_totals(
    session: Session, today: date | None = None, months: int = 12
) -> list[MonthTotal]:
    """Sales and payments per calendar month, the last ``months`` months up to this one."""
    day = today or date.today()
    return _monthly(_daily(session, add_months(day, -(months - 1))), day, months)


@dataclass(frozen=True)
class Figures:
    """The cards and the chart: the quick half of the overview."""

    figures: KeyFigures
    months: tuple[MonthTotal, ...]


@dataclass(frozen=True)
class Lists:
    """The two short lists: the slower half (the loyalty ledger is replayed per member)."""

    follow_ups: tuple[FollowUpGroup, ...]
    expiring: ExpiringSummary


def load_figures(session: Session, today: date | None = None) -> Figures:
    """Cards and 12-month chart from one pass over the year's invoices and payments."""
    day = today or date.today()
    daily = _daily(session, add_months(day, -11))
    return Figures(_key_figures(session, period_of(day), daily), tuple(_monthly(daily, day, 12)))


def load_lists(session: Session, today: date | None = None) -> Lists:
    day = today or date.today()
    return Lists(tuple(follow_ups(session, day, limit=4)),
                 expiring_points(session, day, limit=6))


def load_dashboard(session: Session, today: date | None = None) -> Dashboard:
    """Everything the overview shows, in one read transaction (run it off the GUI thread)."""
    day = today or date.today()
    top, lists = load_figures(session, day), load_lists(session, day)
    return Dashboard(top.figures, top.months, lists.follow_ups, lists.expiring)


def customer_count(session: Session) -> int:
    """Customers in use (not archived, not merged away), for the status bar."""
    return _scalar(
        session,
        select(func.count())
        .select_from(Customer)
        .where(col(Customer.archived).is_(False), col(Customer.merged_into_id).is_(None)),
    )
