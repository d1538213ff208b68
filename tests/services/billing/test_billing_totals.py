"""Totals, tax and rounding: worked examples and properties (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizcare.domain.errors import ValidationError
from bizcare.services.billing import LineInput, preview_totals

MODES = ("none", "ppn11", "ppn12_dpp")


def test_non_pkp_has_no_tax() -> None:
    t = preview_totals([LineInput("Jasa servis AC", Decimal(2), 750_000)], 0, "none")
    assert (t.subtotal, t.dpp, t.ppn, t.total) == (1_500_000, 0, 0, 1_500_000)


def test_line_amount_rounds_half_up_then_subtracts_the_line_discount() -> None:
    # 1,5 kg × Rp3.333 = 4.999,5 -> 5.000; minus 500
    t = preview_totals([LineInput("Gula", Decimal("1.5"), 3_333, discount=500)], 0, "none")
    assert t.line_amounts == (4_500,)


def test_ppn11_on_the_discounted_base() -> None:
    t = preview_totals([LineInput("Barang", Decimal(1), 1_000_010)], 5, "ppn11")
    assert (t.subtotal, t.discount, t.dpp) == (1_000_010, 5, 1_000_005)
    assert t.ppn == 110_001  # 110.000,55 -> 110.001
    assert t.total == 1_110_006


def test_ppn12_with_dpp_eleven_twelfths() -> None:
    t = preview_totals([LineInput("Barang", Decimal(1), 1_200_000)], 0, "ppn12_dpp")
    assert (t.dpp, t.ppn, t.total) == (1_100_000, 132_000, 1_332_000)
    # 11/12 × 1.000.000 = 916.666,67 -> 916.667; PPN = 12% × 916.666,67 = 110.000 exactly
    t = preview_totals([LineInput("Barang", Decimal(1), 1_000_000)], 0, "ppn12_dpp")
    assert (t.dpp, t.ppn, t.total) == (916_667, 110_000, 1_110_000)


def test_half_rupiah_ppn_rounds_up_in_both_modes() -> None:
    # 11% of 50 = 5,5 -> 6; 12% × 11/12 × 50 = 5,5 -> 6
    assert preview_totals([LineInput("x", Decimal(1), 50)], 0, "ppn11").ppn == 6
    assert preview_totals([LineInput("x", Decimal(1), 50)], 0, "ppn12_dpp").ppn == 6


@pytest.mark.parametrize(
    ("lines", "discount", "field"),
    [
        ([LineInput("x", Decimal(1), 1_000, discount=1_001)], 0, "lines.0.discount"),
        ([LineInput("x", Decimal(1), 1_000)], 1_001, "discount"),
        ([LineInput("x", Decimal(1), -1)], 0, "lines.0.unit_price"),
        ([LineInput("x", Decimal(0), 1_000)], 0, "lines.0.quantity"),
        ([LineInput("x", Decimal("0.0001"), 1_000)], 0, "lines.0.quantity"),
        ([LineInput("x", Decimal(1), 1_000)], -1, "discount"),
    ],
)
def test_refused_inputs_name_the_field(lines, discount, field) -> None:
    with pytest.raises(ValidationError) as err:
        preview_totals(lines, discount, "ppn11")
    assert err.value.field == field


def test_float_money_is_a_bug() -> None:
    with pytest.raises(TypeError):
        preview_totals([LineInput("x", Decimal(1), 1000.0)], 0, "none")  # type: ignore[arg-type]


quantities = st.decimals(min_value=Decimal("0.001"), max_value=Decimal(1000), places=3)
prices = st.integers(min_value=0, max_value=50_000_000)


@st.composite
def invoices(draw):  # type: ignore[no-untyped-def]
    lines = []
    for _ in range(draw(st.integers(min_value=0, max_value=8))):
        qty, price = draw(quantities), draw(prices)
        gross = int((Decimal(price) * qty).to_integral_value(rounding="ROUND_HALF_UP"))
        lines.append(LineInput("x", qty, price, discount=draw(st.integers(0, gross))))
    return lines


@given(invoices(), st.sampled_from(MODES), st.data())
def test_totals_properties(lines, mode, data) -> None:
    subtotal = preview_totals(lines, 0, mode).subtotal
    discount = data.draw(st.integers(0, subtotal))
    t = preview_totals(lines, discount, mode)
    figures = (*t.line_amounts, t.subtotal, t.discount, t.dpp, t.ppn, t.total)
    assert all(type(v) is int for v in figures)
    assert all(v >= 0 for v in figures)
    assert t.subtotal == sum(t.line_amounts)
    assert t.total == t.subtotal - t.discount + t.ppn
    exact_ppn = {"none": 0, "ppn11": Decimal(t.base) * 11 / 100,
                 "ppn12_dpp": Decimal(t.base) * 11 / 100}[mode]
    assert abs(t.ppn - exact_ppn) <= Decimal("0.5")
    if mode == "none":
        assert t.dpp == 0 and t.ppn == 0
    elif mode == "ppn11":
        assert t.dpp == t.base
    else:
        assert abs(t.dpp - Decimal(t.base) * 11 / 12) <= Decimal("0.5")


@given(invoices(), st.sampled_from(MODES), st.integers(1, 10**9))
def test_discount_above_the_subtotal_is_refused(lines, mode, extra) -> None:
    subtotal = preview_totals(lines, 0, mode).subtotal
    with pytest.raises(ValidationError):
        preview_totals(lines, subtotal + extra, mode)


@given(quantities, prices, st.integers(1, 10**6))
def test_line_discount_above_the_amount_is_refused(qty, price, extra) -> None:
    gross = preview_totals([LineInput("x", qty, price)], 0, "none").subtotal
    with pytest.raises(ValidationError):
        preview_totals([LineInput("x", qty, price, discount=gross + extra)], 0, "none")
