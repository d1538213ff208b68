"""The overview's figures on real rows: definitions, boundaries, and index use."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from bizcare.domain.enums import (
    ComplaintStatus,
    CustomerCategory,
    CustomerKind,
    InvoiceStatus,
    RequestStatus,
)
from bizcare.domain.models import (
    Complaint,
    Customer,
    Division,
    Interaction,
    InternalRequest,
    Invoice,
    LoyaltyEntry,
    Payment,
)
from bizcare.services.dashboard import figures as dash
from bizcare.services.dashboard.lists import FollowUpKind

TODAY = date(2026, 11, 24)


def customer(session, code: str, *, internal: bool = False, archived: bool = False) -> Customer:
    row = Customer(
        code=code,
        name=f"Pelanggan {code}",
        kind=CustomerKind.INTERNAL if internal else CustomerKind.EXTERNAL,
        category=CustomerCategory.DIVISION if internal else CustomerCategory.PERORANGAN,
        archived=archived,
    )
    session.add(row)
    session.flush()
    return row


def invoice(session, cust: Customer, total: int, issued: date, *, status=InvoiceStatus.ISSUED,
            due: date | None = None, number: str | None = None) -> Invoice:
    row = Invoice(
        customer_id=cust.id, total=total, subtotal=total, issue_date=issued,
        due_date=due or issued + timedelta(days=14), status=status,
        number=number if status != InvoiceStatus.DRAFT else None,
    )
    session.add(row)
    session.flush()
    if row.number is None and status != InvoiceStatus.DRAFT:
        row.number = f"INV/{row.id:04d}"
    return row


def pay(session, cust: Customer, amount: int, on: date, inv: Invoice | None = None,
        voided: bool = False) -> Payment:
    row = Payment(customer_id=cust.id, invoice_id=inv.id if inv else None, amount=amount,
                  paid_on=on, voided_at=datetime.now(UTC) if voided else None)
    session.add(row)
    session.flush()
    return row


def test_empty_database_shows_zeros_not_fake_data(session) -> None:
    board = dash.load_dashboard(session, TODAY)
    f = board.figures
    assert (f.sales.current, f.paid.current, f.receivable.current, f.overdue) == (0, 0, 0, 0)
    assert f.active_customers == dash.Comparison(0, 0)
    assert f.sales.change_percent is None
    assert [m.month for m in board.months][0] == date(2025, 12, 1)
    assert [m.month for m in board.months][-1] == date(2026, 11, 1)
    assert all(m.sales == 0 and m.paid == 0 for m in board.months)
    assert [g.kind for g in board.follow_ups] == list(FollowUpKind)
    assert all(g.count == 0 and not g.items for g in board.follow_ups)
    assert board.expiring == dash.ExpiringSummary(0, 0, ())


@pytest.mark.parametrize(
    ("today", "prev_start", "prev_end"),
    [
        (date(2026, 11, 24), date(2026, 10, 1), date(2026, 10, 24)),
        (date(2026, 3, 31), date(2026, 2, 1), date(2026, 2, 28)),
        (date(2028, 3, 30), date(2028, 2, 1), date(2028, 2, 29)),
        (date(2027, 1, 15), date(2026, 12, 1), date(2026, 12, 15)),
    ],
)
def test_period_compares_with_the_same_days_of_last_month(today, prev_start, prev_end) -> None:
    p = dash.period_of(today)
    assert (p.start, p.previous_start, p.previous_end) == (today.replace(day=1), prev_start,
                                                          prev_end)


def test_sales_count_issued_invoices_only_and_compare_like_for_like(session) -> None:
    c = customer(session, "PLG-1")
    invoice(session, c, 1_000_000, date(2026, 11, 1))
    invoice(session, c, 500_000, date(2026, 11, 24), status=InvoiceStatus.PARTIAL)
    invoice(session, c, 250_000, date(2026, 11, 10), status=InvoiceStatus.PAID)
    invoice(session, c, 9_000_000, date(2026, 11, 5), status=InvoiceStatus.VOID)
    invoice(session, c, 7_000_000, date(2026, 11, 6), status=InvoiceStatus.DRAFT)
    invoice(session, c, 800_000, date(2026, 10, 24))  # same days last month: counted
    invoice(session, c, 600_000, date(2026, 10, 25))  # after the 24th: not comparable
    invoice(session, c, 300_000, date(2026, 10, 31), status=InvoiceStatus.VOID)
    f = dash.key_figures(session, TODAY)
    assert f.sales == dash.Comparison(1_750_000, 800_000)
    assert f.sales_count == 3
    assert f.sales.change_percent == 119  # 1.750.000 / 800.000 = +118,75 % -> 119


def test_paid_counts_every_payment_received_this_month_cash_sales_included(session) -> None:
    c = customer(session, "PLG-1")
    inv = invoice(session, c, 1_000_000, date(2026, 10, 1), status=InvoiceStatus.PARTIAL)
    pay(session, c, 400_000, date(2026, 11, 2), inv)
    pay(session, c, 150_000, date(2026, 11, 24))  # cash sale, kwitansi without invoice
    pay(session, c, 999_000, date(2026, 11, 3), inv, voided=True)
    pay(session, c, 100_000, date(2026, 10, 20), inv)
    pay(session, c, 50_000, date(2026, 12, 1))  # post-dated: not yet
    f = dash.key_figures(session, TODAY)
    assert f.paid == dash.Comparison(550_000, 100_000)
    assert f.paid_count == 2
    assert f.paid.change_percent == 450


def test_receivable_and_overdue_on_open_invoices(session) -> None:
    c = customer(session, "PLG-1")
    late = invoice(session, c, 2_000_000, date(2026, 10, 1), due=date(2026, 11, 23),
                   status=InvoiceStatus.PARTIAL)
    pay(session, c, 500_000, date(2026, 10, 15), late)
    pay(session, c, 700_000, date(2026, 10, 16), late, voided=True)
    invoice(session, c, 1_000_000, date(2026, 11, 20), due=date(2026, 11, 24))  # due today
    paid = invoice(session, c, 300_000, date(2026, 11, 1), status=InvoiceStatus.PAID)
    pay(session, c, 300_000, date(2026, 11, 2), paid)
    invoice(session, c, 5_000_000, date(2026, 9, 1), status=InvoiceStatus.VOID)
    f = dash.key_figures(session, TODAY)
    assert f.receivable.current == 1_500_000 + 1_000_000
    assert (f.overdue, f.overdue_count) == (1_500_000, 1)
    # On 24 October: the October invoice less its October payment; November ones not yet.
    assert f.receivable.previous == 1_500_000


def test_active_customers_are_external_and_paid_within_90_days(session) -> None:
    a, b, old = customer(session, "A"), customer(session, "B"), customer(session, "C")
    division = customer(session, "DIV-1", internal=True)
    pay(session, a, 10_000, TODAY)
    pay(session, a, 10_000, TODAY - timedelta(days=3))
    pay(session, b, 10_000, TODAY - timedelta(days=89))  # first day of the window
    pay(session, old, 10_000, TODAY - timedelta(days=90))  # just outside
    pay(session, division, 10_000, TODAY)
    ghost = customer(session, "D")
    pay(session, ghost, 10_000, TODAY, voided=True)
    f = dash.key_figures(session, TODAY)
    assert f.active_customers.current == 2
    # 90 days up to 24 October (27 July – 24 October): B and C, not A.
    assert f.active_customers.previous == 2


def test_monthly_totals_place_amounts_in_their_calendar_month(session) -> None:
    c = customer(session, "PLG-1")
    invoice(session, c, 100, date(2025, 12, 1))
    invoice(session, c, 200, date(2025, 11, 30))  # thirteen months back: outside
    invoice(session, c, 300, date(2026, 11, 30))  # later this month: in the bar
    invoice(session, c, 400, date(2026, 2, 28), status=InvoiceStatus.VOID)
    pay(session, c, 50, date(2026, 1, 31))
    pay(session, c, 70, date(2026, 1, 1))
    months = {m.month: m for m in dash.monthly_totals(session, TODAY)}
    assert len(months) == 12
    assert months[date(2025, 12, 1)].sales == 100
    assert months[date(2026, 11, 1)].sales == 300
    assert months[date(2026, 2, 1)].sales == 0
    assert months[date(2026, 1, 1)].paid == 120


def test_follow_up_lists(session) -> None:
    c = customer(session, "PLG-1")
    div_customer = customer(session, "DIV-1", internal=True)
    gudang = Division(name="Gudang")
    session.add(gudang)
    session.flush()
    old = invoice(session, c, 1_000_000, date(2026, 9, 1), due=date(2026, 9, 15),
                  status=InvoiceStatus.PARTIAL, number="INV/2026/09/0001")
    pay(session, c, 250_000, date(2026, 9, 20), old)
    invoice(session, c, 2_000_000, date(2026, 10, 1), due=date(2026, 10, 31),
            number="INV/2026/10/0001")
    invoice(session, c, 3_000_000, date(2026, 11, 1), due=TODAY)  # due today: not late
    invoice(session, c, 4_000_000, date(2026, 9, 1), due=date(2026, 9, 2),
            status=InvoiceStatus.PAID)
    session.add_all([
        Interaction(customer_id=c.id, channel="whatsapp", summary="Tanya  stok\nAC 1 PK",
                    follow_up_on=TODAY),
        Interaction(customer_id=c.id, channel="telepon", follow_up_on=TODAY - timedelta(days=2)),
        Interaction(customer_id=c.id, channel="telepon", follow_up_on=TODAY - timedelta(days=9),
                    follow_up_done=True),
        Interaction(customer_id=c.id, channel="telepon", follow_up_on=TODAY + timedelta(days=1)),
        Complaint(customer_id=c.id, description="AC bocor", category="Servis",
                  due_on=TODAY - timedelta(days=1)),
        Complaint(customer_id=c.id, description="Lama", status=ComplaintStatus.IN_PROGRESS),
        Complaint(customer_id=c.id, description="Beres", status=ComplaintStatus.RESOLVED),
        InternalRequest(requester_id=div_customer.id, provider_division_id=gudang.id,
                        title="Stok opname", due_on=TODAY - timedelta(days=3)),
        InternalRequest(requester_id=div_customer.id, provider_division_id=gudang.id,
                        title="Belum", due_on=TODAY),
        InternalRequest(requester_id=div_customer.id, provider_division_id=gudang.id,
                        title="Selesai", due_on=TODAY - timedelta(days=3),
                        status=RequestStatus.DONE),
    ])
    session.flush()
    groups = {g.kind: g for g in dash.follow_ups(session, TODAY, limit=5)}
    invoices = groups[FollowUpKind.INVOICE]
    assert invoices.count == 2
    assert [(i.title, i.amount, i.on) for i in invoices.items] == [
        ("INV/2026/09/0001", 750_000, date(2026, 9, 15)),
        ("INV/2026/10/0001", 2_000_000, date(2026, 10, 31)),
    ]
    assert invoices.items[0].party == "Pelanggan PLG-1"
    fu = groups[FollowUpKind.FOLLOW_UP]
    assert fu.count == 2
    assert [(i.on, i.late) for i in fu.items] == [(TODAY - timedelta(days=2), True),
                                                   (TODAY, False)]
    assert fu.items[1].title == "Tanya stok AC 1 PK"
    complaints = groups[FollowUpKind.COMPLAINT]
    assert complaints.count == 2
    assert complaints.items[0].title == "Servis" and complaints.items[0].late
    assert complaints.items[1].title == "Lama" and not complaints.items[1].late
    requests = groups[FollowUpKind.REQUEST]
    assert requests.count == 1
    assert requests.items[0].title == "Stok opname"
    assert requests.items[0].party == "Pelanggan DIV-1 → Gudang"


def test_follow_up_list_is_short_but_counts_everything(session) -> None:
    c = customer(session, "PLG-1")
    for day in range(1, 13):
        invoice(session, c, 1000 * day, date(2026, 9, day), due=date(2026, 10, day))
    group = dash.follow_ups(session, TODAY, limit=5)[0]
    assert group.count == 12 and len(group.items) == 5
    assert group.items[0].on == date(2026, 10, 1)


def _earn(session, c: Customer, points: int, expires: date | None, kind: str = "earn") -> None:
    session.add(LoyaltyEntry(customer_id=c.id, kind=kind, points=points, expires_on=expires,
                             occurred_on=TODAY - timedelta(days=300)))


def test_points_expiring_are_what_is_left_of_the_soonest_lots(session) -> None:
    a, b, c, d = (customer(session, code) for code in ("A", "B", "C", "D"))
    # A: 100 expire in 10 days, 200 later; spent 30 -> 70 at risk.
    _earn(session, a, 100, TODAY + timedelta(days=10))
    _earn(session, a, 200, TODAY + timedelta(days=200))
    _earn(session, a, -30, None, "redeem")
    # B: everything soon-expiring already spent -> nothing at risk.
    _earn(session, b, 50, TODAY + timedelta(days=5))
    _earn(session, b, 80, None, "bonus")
    _earn(session, b, -60, None, "redeem")
    # C: an old lot was spent long ago, a new one expires on the horizon.
    _earn(session, c, 40, TODAY - timedelta(days=3))
    _earn(session, c, -40, None, "expire")
    _earn(session, c, 25, TODAY + timedelta(days=30))
    # D: expires the day after the horizon -> not listed.
    _earn(session, d, 500, TODAY + timedelta(days=31))
    session.flush()
    summary = dash.expiring_points(session, TODAY)
    assert [(e.code, e.points, e.expires_on) for e in summary.items] == [
        ("A", 70, TODAY + timedelta(days=10)),
        ("C", 25, TODAY + timedelta(days=30)),
    ]
    assert (summary.customers, summary.points) == (2, 95)


def test_customer_count_leaves_out_archived_and_merged(session) -> None:
    a = customer(session, "A")
    customer(session, "B", internal=True)
    customer(session, "C", archived=True)
    merged = customer(session, "D")
    merged.merged_into_id = a.id
    session.flush()
    assert dash.customer_count(session) == 2


# -- the receivable of last month equals its definition, whatever the history ------------
histories = st.lists(
    st.tuples(
        st.integers(0, 115),  # issue day, counted from 1 August (115 = today)
        st.sampled_from(["normal", "draft", "void"]),
        st.integers(1, 5_000_000),
        st.lists(st.tuples(st.integers(0, 60), st.integers(1, 3_000_000), st.booleans()),
                 max_size=3),
    ),
    max_size=12,
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=histories)
def test_receivable_last_month_matches_definition(db, history) -> None:
    """Outstanding on day D = invoices issued by D (not draft, not void) less payments by D."""
    start = date(2026, 8, 1)
    prev_end = dash.period_of(TODAY).previous_end
    with db.session() as s:
        c = customer(s, "PLG-1")
        expected_prev = expected_now = 0
        for offset, kind, total, payments in history:
            issued = start + timedelta(days=offset)
            received: list[tuple[date, int, bool]] = []
            left = total
            for delay, amount, voided in payments if kind != "draft" else []:
                on = min(issued + timedelta(days=delay), TODAY)
                amount = amount if voided else min(amount, left)
                if amount:
                    received.append((on, amount, voided))
                    left -= 0 if voided else amount
            status = {"draft": InvoiceStatus.DRAFT, "void": InvoiceStatus.VOID}.get(kind) or (
                InvoiceStatus.ISSUED if left == total
                else InvoiceStatus.PAID if left == 0 else InvoiceStatus.PARTIAL)
            inv = invoice(s, c, total, issued, status=status)
            for on, amount, voided in received:
                pay(s, c, amount, on, inv, voided)
            if kind == "normal":
                expected_now += left
                if issued <= prev_end:
                    expected_prev += total - sum(
                        a for on, a, v in received if not v and on <= prev_end)
        f = dash.key_figures(s, TODAY)
        assert f.receivable == dash.Comparison(expected_now, expected_prev)
        s.rollback()


# -- every query reads through an index --------------------------------------------------
BIG_TABLES = ("invoice", "payment", "interaction", "complaint", "internal_request",
              "loyalty_entry", "customer")


def test_dashboard_queries_use_indexes(db) -> None:
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with db.session(write=False) as s:
            dash.load_dashboard(s, TODAY)
            dash.customer_count(s)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    assert len(statements) >= 15
    full_scan = re.compile(r"\bSCAN (\w+)(?! USING)")
    with db.engine.connect() as conn:
        for sql, params in statements:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            details = [row[-1] for row in plan]
            scans = [m.group(1) for d in details for m in [full_scan.search(d)] if m]
            assert not set(scans) & set(BIG_TABLES), (sql, details)
