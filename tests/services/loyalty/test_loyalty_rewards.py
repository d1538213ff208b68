"""Rewards, vouchers, birthdays, internal appreciation and the member lists."""

from __future__ import annotations

from datetime import date

import hypothesis.strategies as st
import pytest
from hypothesis import given

from bizcare.domain.enums import RequestStatus
from bizcare.domain.errors import InsufficientPointsError, StateError
from bizcare.domain.models import InternalRequest
from bizcare.services import loyalty
from bizcare.services.loyalty.campaigns import birthday_due
from bizcare.services.loyalty.fifo import add_months, birthday_in
from bizcare.services.loyalty.settings import LoyaltySettings
from tests.services import loyalty_helpers as h

D = date(2026, 3, 10)


def test_reward_stock_and_balance(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session)
    loyalty.earn_for_receipt(session, h.receipt(session, c, 3_000_000, D))
    mug = loyalty.save_reward(session, loyalty.RewardInput("Mug BizCare", 100, stock=1))
    loyalty.redeem_reward(session, c.id, mug.id, D)
    assert mug.stock == 0 and loyalty.balance(session, c.id) == 200
    with pytest.raises(StateError):
        loyalty.redeem_reward(session, c.id, mug.id, D)
    bag = loyalty.save_reward(session, loyalty.RewardInput("Tas belanja", 500))
    with pytest.raises(InsufficientPointsError):
        loyalty.redeem_reward(session, c.id, bag.id, D)
    assert loyalty.reward_by_name(session, "tas BELANJA").id == bag.id
    assert loyalty.history(session, c.id)[-1].reward_name == "Mug BizCare"


def test_discount_never_exceeds_the_total_and_leaves_no_remainder() -> None:
    s = LoyaltySettings(redeem_value=100)
    assert loyalty.points_discount(s, 10_050, 500) == loyalty.Discount(101, 10_050)
    assert loyalty.points_discount(s, 10_050, 50) == loyalty.Discount(50, 5_000)
    assert loyalty.points_discount(s, 0, 50) == loyalty.Discount(0, 0)


def test_redeem_for_invoice_spends_only_what_is_needed(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session)
    loyalty.earn_for_receipt(session, h.receipt(session, c, 5_000_000, D))
    got = loyalty.redeem_for_invoice(session, c.id, 10_050, 500, "INV/2026/03/0001", D)
    assert got == loyalty.Discount(101, 10_050)
    assert loyalty.balance(session, c.id) == 399


def test_every_n_points_rule_hands_out_vouchers_once(session) -> None:  # type: ignore[no-untyped-def]
    loyalty.save_rule(session, loyalty.RuleInput("Tiap 100 poin", loyalty.EVERY_POINTS, 100,
                                                 25_000))
    c = h.customer(session)
    loyalty.earn_for_receipt(session, h.receipt(session, c, 2_500_000, D))
    vouchers = loyalty.open_vouchers(session, c.id)
    assert [v.value for v in vouchers] == [25_000, 25_000]
    assert loyalty.apply_reward_rules(session, c.id, D) == []
    loyalty.use_voucher(session, vouchers[0].id, c.id, D)
    with pytest.raises(StateError):
        loyalty.use_voucher(session, vouchers[0].id, c.id, D)
    assert len(loyalty.open_vouchers(session, c.id)) == 1


def test_nth_purchase_and_tier_rules(session) -> None:  # type: ignore[no-untyped-def]
    gold = next(t for t in loyalty.list_tiers(session) if t.name == "Gold")
    from bizcare.services.loyalty.settings import tier_id_by_name

    loyalty.save_rule(session, loyalty.RuleInput("Belanja ke-3", loyalty.NTH_PURCHASE, 3,
                                                 10_000))
    loyalty.save_rule(session, loyalty.RuleInput("Naik Gold", loyalty.REACH_TIER,
                                                 tier_id_by_name(session, gold.name) or 0,
                                                 50_000))
    c = h.customer(session)
    for _ in range(2):
        loyalty.earn_for_receipt(session, h.receipt(session, c, 100_000, D))
    assert loyalty.open_vouchers(session, c.id) == []
    loyalty.earn_for_receipt(session, h.receipt(session, c, 4_800_000, D))
    assert sorted(v.value for v in loyalty.open_vouchers(session, c.id)) == [10_000, 50_000]


@pytest.mark.parametrize("year,expected", [(2027, date(2027, 2, 28)), (2028, date(2028, 2, 29))])
def test_29_february_birthdays(year: int, expected: date) -> None:
    assert birthday_in(year, date(1992, 2, 29)) == expected


def test_birthday_bonus_once_a_year_leap_day(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session, birth_date=date(1992, 2, 29))
    assert loyalty.grant_birthday_bonuses(session, date(2027, 2, 27)) == 0
    assert loyalty.grant_birthday_bonuses(session, date(2027, 2, 28)) == 1
    assert loyalty.grant_birthday_bonuses(session, date(2027, 3, 1)) == 0
    assert loyalty.grant_birthday_bonuses(session, date(2028, 2, 28)) == 0
    assert loyalty.grant_birthday_bonuses(session, date(2028, 2, 29)) == 1
    rows = loyalty.history(session, c.id)
    assert [(r.kind, r.occurred_on, r.points) for r in rows] == [
        ("bonus", date(2027, 2, 28), 50), ("bonus", date(2028, 2, 29), 50)]
    assert rows[0].reason == loyalty.BIRTHDAY_REASON


def test_missed_birthday_is_celebrated_within_grace(session) -> None:  # type: ignore[no-untyped-def]
    c = h.customer(session, birth_date=date(1990, 12, 30))
    # closed over New Year: a late-December birthday is still celebrated in January, once
    assert loyalty.grant_birthday_bonuses(session, date(2027, 1, 2)) == 1
    assert loyalty.grant_birthday_bonuses(session, date(2026, 12, 31)) == 0
    assert loyalty.grant_birthday_bonuses(session, date(2027, 1, 5)) == 0
    assert [r.occurred_on for r in loyalty.history(session, c.id)] == [date(2026, 12, 30)]
    assert birthday_due(date(1990, 12, 30), date(2027, 1, 7), 7) is None
    assert loyalty.grant_birthday_bonuses(session, date(2027, 12, 30)) == 1  # next year's


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2026, 3, 10), -12) == date(2025, 3, 10)


def _request(session, requester, division, **kw) -> InternalRequest:  # type: ignore[no-untyped-def]
    row = InternalRequest(requester_id=requester.id, provider_division_id=division.id,
                          title=kw.pop("title", "Cek stok"), opened_on=date(2026, 3, 1),
                          due_on=date(2026, 3, 5), **kw)
    session.add(row)
    session.flush()
    return row


def test_internal_appreciation_and_leaderboard(session) -> None:  # type: ignore[no-untyped-def]
    gudang, it = h.division(session, "Gudang"), h.division(session, "IT")
    sales = h.division(session, "Sales")
    g = h.customer(session, "DIV-0001", "Gudang", kind="internal", division_id=gudang.id)
    i = h.customer(session, "DIV-0002", "IT", kind="internal", division_id=it.id)
    asker = h.customer(session, "DIV-0003", "Sales", kind="internal", division_id=sales.id)
    done = {"status": RequestStatus.DONE, "rating": 5}
    on_time = _request(session, asker, gudang, completed_on=date(2026, 3, 5), **done)
    _request(session, asker, gudang, title="Kirim", completed_on=date(2026, 3, 4), **done)
    _request(session, asker, it, completed_on=date(2026, 3, 6), **done)  # late
    _request(session, asker, it, completed_on=date(2026, 3, 2), status=RequestStatus.DONE,
             rating=2)  # poor rating
    assert loyalty.sync_internal_awards(session) == 2
    assert loyalty.sync_internal_awards(session) == 0
    assert loyalty.award_internal_request(session, on_time.id) is None
    loyalty.adjust_points(session, i.id, 5, "Bantu migrasi kasir", date(2026, 3, 7))
    board = loyalty.internal_leaderboard(session, date(2026, 3, 1), date(2026, 3, 31))
    assert [(r.rank, r.code, r.points_period) for r in board] == [
        (1, g.code, 20), (2, i.code, 5)]
    assert loyalty.balance(session, g.id) == 0  # the customer programme is separate
    assert loyalty.balance(session, g.id, "internal") == 20


def test_member_page_and_expiring_list(session, set_today) -> None:  # type: ignore[no-untyped-def]
    set_today(D)
    a = h.customer(session, "PLG-000001", "Ani")
    b = h.customer(session, "PLG-000002", "Bambang")
    h.customer(session, "PLG-000003", "Citra")
    loyalty.earn_for_receipt(session, h.receipt(session, a, 6_000_000, date(2025, 3, 20)))
    loyalty.earn_for_receipt(session, h.receipt(session, b, 200_000, date(2025, 9, 1)))
    q = loyalty.MemberQuery(on=D, sort="points", descending=True)
    assert loyalty.count_members(session, q) == 3
    rows = loyalty.member_page(session, q, 0, 10)
    assert [(r.code, r.points, r.tier, r.expiring_30d) for r in rows] == [
        ("PLG-000001", 600, "Gold", 600), ("PLG-000002", 20, "Silver", 0),
        ("PLG-000003", 0, "Silver", 0)]
    assert loyalty.count_members(session, loyalty.MemberQuery(text="bam", on=D)) == 1
    soon = loyalty.expiring_soon(session, D)
    assert [(r.code, r.points, r.expires_on) for r in soon] == [
        ("PLG-000001", 600, date(2026, 3, 20))]
    text = loyalty.reminder_message(loyalty.REMINDER_TEMPLATE, soon[0], "Toko Sumber Rejeki")
    assert "600" in text and "20 Maret 2026" in text and "Toko Sumber Rejeki" in text
    url = loyalty.whatsapp_url("+62 812-3456-7890", text)
    assert url.startswith("https://wa.me/6281234567890?text=Hello%20Ani")


@given(total=st.integers(0, 10**10), points=st.integers(0, 10**7), value=st.integers(1, 10**4))
def test_points_discount_properties(total: int, points: int, value: int) -> None:
    got = loyalty.points_discount(LoyaltySettings(redeem_value=value), total, points)
    assert 0 <= got.amount <= total
    assert 0 <= got.points <= points
    if total and points * value >= total:
        assert got.amount == total  # nothing left to pay, not even a few Rupiah
        assert (got.points - 1) * value < total  # and no point more than needed
    else:
        assert got.amount == got.points * value
