"""Loyalty points: earning on kwitansi, reversing, redeeming, expiry and adjustments."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from sqlmodel import select

from bizcare.domain.enums import LedgerKind
from bizcare.domain.errors import InsufficientPointsError, ValidationError
from bizcare.domain.models import AuditLog, LoyaltyEntry
from bizcare.services import loyalty
from bizcare.services.loyalty.settings import LoyaltySettings
from tests.services import loyalty_helpers as h

D = date(2026, 3, 10)


def entries(session, customer_id):  # type: ignore[no-untyped-def]
    return list(session.exec(select(LoyaltyEntry).where(LoyaltyEntry.customer_id == customer_id)
                             .order_by(LoyaltyEntry.id)))


def test_one_point_per_10000_rounded_down(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session)
    r = h.receipt(session, c, 129_999, D)
    assert loyalty.earn_for_receipt(session, r) == 12
    assert r.points_earned == 12
    assert loyalty.earn_for_receipt(session, r) == 12  # once per kwitansi
    assert loyalty.balance(session, c.id) == 12
    [entry] = entries(session, c.id)
    assert entry.kind == LedgerKind.EARN and entry.expires_on == date(2027, 3, 10)


def test_ppn_is_left_out_pro_rata(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session)
    inv = h.invoice(session, c, total=1_110_000, ppn=110_000)
    first = h.receipt(session, c, 555_000, D, inv)
    second = h.receipt(session, c, 555_000, D, inv)
    assert loyalty.earn_for_receipt(session, first) == 50
    assert loyalty.earn_for_receipt(session, second) == 50


def test_earning_on_ppn_is_a_setting(session) -> None:  # type: ignore[no-untyped-def]
    assert loyalty.load_loyalty_settings(session).earn_on_ppn == 0  # default: without PPN
    loyalty.save_loyalty_settings(session, LoyaltySettings(earn_on_ppn=1))
    c = h.customer(session)
    inv = h.invoice(session, c, total=1_110_000, ppn=110_000)
    assert loyalty.earn_for_receipt(session, h.receipt(session, c, 1_110_000, D, inv)) == 111
    with pytest.raises(ValidationError):
        loyalty.save_loyalty_settings(session, LoyaltySettings(earn_on_ppn=2))
    assert loyalty.load_loyalty_settings(session).earn_on_ppn == 1


def test_instalments_lose_no_points_to_rounding(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session)
    inv = h.invoice(session, c, total=29_997)
    got = [loyalty.earn_for_receipt(session, h.receipt(session, c, 9_999, D, inv))
           for _ in range(3)]
    assert got == [0, 1, 1]  # 29.997 paid at once earns 2 as well


def test_points_for_equals_paying_at_once() -> None:
    parts = [12_345, 67_890, 19_765]
    total = sum(parts)
    paid, earned = 0, 0
    for amount in parts:
        earned += loyalty.points_for(paid, amount, total, total * 100 // 111, 10_000, 12_500)
        paid += amount
    assert earned == loyalty.points_for(0, total, total, total * 100 // 111, 10_000, 12_500)


def test_minimum_purchase(session) -> None:  # type: ignore[no-untyped-def]
    loyalty.save_loyalty_settings(session, LoyaltySettings(min_purchase=50_000))
    c = h.customer(session)
    assert loyalty.earn_for_receipt(session, h.receipt(session, c, 49_999, D)) == 0
    assert loyalty.earn_for_receipt(session, h.receipt(session, c, 50_000, D)) == 5


def test_tier_multiplier_uses_spend_before_the_payment(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session)
    assert loyalty.earn_for_receipt(session, h.receipt(session, c, 5_000_000, D)) == 500
    assert loyalty.tier_on(session, c.id, D).name == "Gold"
    assert loyalty.earn_for_receipt(session, h.receipt(session, c, 1_000_000, D)) == 125
    # twelve months later the spend has rolled out of the window
    assert loyalty.tier_on(session, c.id, date(2027, 3, 10)).name == "Silver"


def test_hari_pelanggan_nasional_doubles_points(session) -> None:  # type: ignore[no-untyped-def]
    loyalty.add_hpn_campaign(session, 2026)
    loyalty.add_hpn_campaign(session, 2026)  # a preset, added once
    assert len(loyalty.list_campaigns(session)) == 1
    c = h.customer(session)
    assert loyalty.earn_for_receipt(session, h.receipt(session, c, 100_000, date(2026, 9, 3))) == 10
    assert loyalty.earn_for_receipt(session, h.receipt(session, c, 100_000, date(2026, 9, 4))) == 20
    assert loyalty.earn_for_receipt(session, h.receipt(session, c, 100_000, date(2026, 9, 5))) == 10


def test_overlapping_campaigns_do_not_stack(session) -> None:  # type: ignore[no-untyped-def]
    loyalty.add_hpn_campaign(session, 2026)
    loyalty.save_campaign(session, loyalty.CampaignInput(
        "September ceria", date(2026, 9, 1), date(2026, 9, 30), 15_000))
    assert loyalty.campaign_multiplier(session, date(2026, 9, 4))[0] == 20_000
    assert loyalty.campaign_multiplier(session, date(2026, 9, 30))[0] == 15_000
    assert loyalty.campaign_multiplier(session, date(2026, 10, 1))[0] == 10_000
    with pytest.raises(ValidationError):
        loyalty.save_campaign(session, loyalty.CampaignInput(
            "x", date(2026, 9, 2), date(2026, 9, 1)))


def test_void_reverses_with_a_new_entry(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session)
    r = h.receipt(session, c, 200_000, D)
    loyalty.earn_for_receipt(session, r)
    h.void(session, r)
    assert loyalty.reverse_for_receipt(session, r, "Salah input", D) == 20
    assert loyalty.reverse_for_receipt(session, r, "Salah input", D) == 0
    kinds = [(e.kind, e.points) for e in entries(session, c.id)]
    assert kinds == [("earn", 20), ("reverse", -20)]
    assert loyalty.balance(session, c.id) == 0


def test_reversal_never_takes_the_balance_below_zero(session) -> None:  # type: ignore[no-untyped-def]
    loyalty.save_loyalty_settings(session, LoyaltySettings(redeem_minimum=1))
    c = h.customer(session)
    r = h.receipt(session, c, 200_000, D)
    loyalty.earn_for_receipt(session, r)
    loyalty.redeem_points(session, c.id, 15, D)
    h.void(session, r)
    assert loyalty.reverse_for_receipt(session, r, "Refund", D) == 5
    assert loyalty.balance(session, c.id) == 0


def test_short_balance_changes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        c = h.customer(s)
        cid = c.id
        loyalty.earn_for_receipt(s, h.receipt(s, c, 1_500_000, D))
    with pytest.raises(InsufficientPointsError), db.session() as s:
        loyalty.redeem_points(s, cid, 151, D)
    with db.session(write=False) as s:
        assert loyalty.balance(s, cid) == 150
        assert [e.kind for e in entries(s, cid)] == ["earn"]


def test_redeem_minimum(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session)
    loyalty.earn_for_receipt(session, h.receipt(session, c, 5_000_000, D))
    with pytest.raises(ValidationError):
        loyalty.redeem_points(session, c.id, 99, D)
    loyalty.redeem_points(session, c.id, 100, D, reason="Voucher belanja")
    assert loyalty.balance(session, c.id) == 400


def test_two_redemptions_never_spend_the_same_points(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        c = h.customer(s)
        cid = c.id
        loyalty.earn_for_receipt(s, h.receipt(s, c, 1_500_000, D))
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def redeem() -> None:
        barrier.wait()
        try:
            with db.session() as s:
                loyalty.redeem_points(s, cid, 100, D)
            outcomes.append("ok")
        except InsufficientPointsError:
            outcomes.append("short")

    threads = [threading.Thread(target=redeem) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ok", "short"]
    with db.session(write=False) as s:
        assert loyalty.balance(s, cid) == 50


def test_expiry_is_fifo_and_idempotent(session, set_today) -> None:  # type: ignore[no-untyped-def]
    set_today(date(2025, 7, 1))
    loyalty.save_loyalty_settings(session, LoyaltySettings(redeem_minimum=1))
    c = h.customer(session)
    loyalty.earn_for_receipt(session, h.receipt(session, c, 1_000_000, date(2025, 1, 1)))
    loyalty.earn_for_receipt(session, h.receipt(session, c, 500_000, date(2025, 6, 1)))
    loyalty.redeem_points(session, c.id, 60, date(2025, 7, 1))
    set_today(date(2026, 1, 1))
    assert loyalty.expire_points(session, date(2025, 12, 31)) == (0, 0)
    assert loyalty.expire_points(session, date(2026, 1, 1)) == (1, 40)  # oldest lot first
    assert loyalty.expire_points(session, date(2026, 1, 1)) == (0, 0)
    assert loyalty.balance(session, c.id) == 50
    status = loyalty.member_status(session, c.id, date(2026, 1, 1))
    assert (status.points, status.next_expiry, status.next_expiry_points) == (
        50, date(2026, 6, 1), 50)
    set_today(date(2026, 6, 1))
    assert loyalty.expire_points(session, date(2026, 6, 1)) == (1, 50)
    assert loyalty.balance(session, c.id) == 0


def test_redemption_cannot_spend_lapsed_points(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session)
    loyalty.earn_for_receipt(session, h.receipt(session, c, 1_000_000, date(2025, 1, 1)))
    with pytest.raises(InsufficientPointsError):
        loyalty.redeem_points(session, c.id, 100, date(2026, 1, 2))


def test_member_status_for_the_detail_and_invoice(session, set_today) -> None:  # type: ignore[no-untyped-def]
    set_today(date(2026, 3, 10))
    c = h.customer(session)
    loyalty.earn_for_receipt(session, h.receipt(session, c, 6_000_000, date(2025, 4, 1)))
    status = loyalty.member_status(session, c.id, date(2026, 3, 10))
    assert status.points == 600
    assert status.tier == "Gold"
    assert status.next_expiry == date(2026, 4, 1)
    assert status.next_expiry_points == 600
    assert status.expiring_30d == 600  # 1 April is 22 days after 10 March
    assert loyalty.member_status(session, c.id, date(2026, 2, 1)).expiring_30d == 0


def test_adjust_needs_a_reason_and_is_audited(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session)
    with pytest.raises(ValidationError):
        loyalty.adjust_points(session, c.id, 10, "  ", D)
    entry = loyalty.adjust_points(session, c.id, 25, "Kompensasi keterlambatan", D, actor="siti")
    with pytest.raises(InsufficientPointsError):
        loyalty.adjust_points(session, c.id, -26, "Koreksi", D)
    loyalty.adjust_points(session, c.id, -5, "Koreksi", D)
    assert loyalty.balance(session, c.id) == 20
    audits = list(session.exec(select(AuditLog).where(AuditLog.action == "adjust")))
    assert len(audits) == 2
    assert audits[0].entity_id == entry.id and audits[0].actor == "siti"
    assert json.loads(audits[0].detail)["reason"] == "Kompensasi keterlambatan"


def test_history_has_a_running_balance(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session)
    r = h.receipt(session, c, 300_000, D)
    loyalty.earn_for_receipt(session, r)
    loyalty.adjust_points(session, c.id, 7, "Hadiah", D)
    rows = loyalty.history(session, c.id)
    assert [(x.kind, x.points, x.balance) for x in rows] == [("earn", 30, 30), ("adjust", 7, 37)]
    assert rows[0].receipt_number == r.number


def test_internal_customers_earn_no_loyalty_points(session) -> None:  # type: ignore[no-untyped-def]
    div = h.division(session, "Gudang")
    c = h.customer(session, "DIV-0001", "Gudang", kind="internal", division_id=div.id)
    assert loyalty.earn_for_receipt(session, h.receipt(session, c, 1_000_000, D)) == 0


def test_settings_round_trip_and_validation(session) -> None:  # type: ignore[no-untyped-def]
    saved = loyalty.save_loyalty_settings(
        session, LoyaltySettings(rupiah_per_point=5_000, expiry_months=6))
    assert loyalty.load_loyalty_settings(session) == saved
    with pytest.raises(ValidationError) as err:
        loyalty.save_loyalty_settings(session, LoyaltySettings(rupiah_per_point=0))
    assert err.value.field == "rupiah_per_point"
    c = h.customer(session)
    assert loyalty.earn_for_receipt(session, h.receipt(session, c, 10_000, D)) == 2


def test_tiers_are_settable(session) -> None:  # type: ignore[no-untyped-def]
    assert [t.name for t in loyalty.list_tiers(session)] == ["Silver", "Gold", "Platinum"]
    loyalty.save_tiers(session, [loyalty.TierSpec("Perunggu", 0), loyalty.TierSpec(
        "Emas", 1_000_000, 20_000)])
    assert [t.name for t in loyalty.list_tiers(session)] == ["Perunggu", "Emas"]
    with pytest.raises(ValidationError):
        loyalty.save_tiers(session, [loyalty.TierSpec("A", 0), loyalty.TierSpec("B", 0)])
