"""``bizcare customer show`` ends with today's money owed and loyalty figures."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from bizcare.cli import main
from bizcare.services.billing import record_payment
from bizcare.services.database import open_database
from bizcare.services.loyalty import adjust_points
from tests.services.billing_helpers import line, make_customer, make_invoice


def _show(db: Path, code: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, str]]:
    status = main(["customer", "show", code, "--db", str(db), "--lang", "en"])
    out = capsys.readouterr().out
    return status, dict(row.split("\t", 1) for row in out.splitlines())


def test_show_prints_outstanding_overdue_points_and_tier(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.db"
    today = date.today()
    database = open_database(path)
    with database.session() as s:
        budi = make_customer(s)
        late = make_invoice(s, budi, [line(price=2_000_000)], on=today - timedelta(days=40),
                            due=today - timedelta(days=10))
        record_payment(s, late.id or 0, 500_000, paid_on=today - timedelta(days=20))
        make_invoice(s, budi, [line(price=300_000)], on=today, due=today + timedelta(days=14))
        make_customer(s, "DIV-000001", "Gudang", kind="internal", category="division")
    database.dispose()
    status, fields = _show(path, "PLG-000001", capsys)
    assert status == 0 and fields["name"] == "Budi Santoso"
    assert fields["outstanding"] == "1800000"
    assert (fields["overdue"], fields["overdue_invoices"]) == ("1500000", "1")
    assert (fields["points"], fields["tier"]) == ("50", "Silver")


def test_show_internal_customer_has_appreciation_points_and_no_tier(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.db"
    database = open_database(path)
    with database.session() as s:
        gudang = make_customer(s, "DIV-000001", "Gudang", kind="internal", category="division")
        adjust_points(s, gudang.id or 0, 30, "Pengiriman tepat waktu")
    database.dispose()
    status, fields = _show(path, "DIV-000001", capsys)
    assert status == 0
    assert (fields["outstanding"], fields["overdue"], fields["overdue_invoices"]) == (
        "0", "0", "0")
    assert (fields["points"], fields["tier"]) == ("30", "-")
