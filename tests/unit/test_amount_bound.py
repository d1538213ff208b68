"""One upper bound for amounts (domain/money.py), the same message from the CLI, the window's
parsing and the services; digits are ASCII only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizcare.documents.formatting import parse_rupiah
from bizcare.domain.errors import ValidationError
from bizcare.domain.money import MAX_AMOUNT, check_amount
from bizcare.services.billing import LineInput, clean_quantity, preview_totals, record_payment
from tests.services.billing_helpers import make_customer, make_invoice

TOO_LARGE = "Amounts above Rp999.999.999.999.999 are not accepted."
# Decimal digits that are not ASCII: Arabic-Indic, Extended Arabic-Indic, Devanagari, full-width.
FOREIGN_DIGITS = st.sampled_from("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९０１２３４５６７８９")


@given(st.integers(min_value=MAX_AMOUNT + 1, max_value=2**80))
def test_parse_rupiah_refuses_amounts_above_the_bound(n: int) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_rupiah(str(n))
    assert refused.value.render() == TOO_LARGE


def test_the_bound_itself_is_accepted() -> None:
    assert parse_rupiah("Rp999.999.999.999.999") == MAX_AMOUNT == check_amount(MAX_AMOUNT)


@given(st.text(alphabet="0123456789.", min_size=0, max_size=6), FOREIGN_DIGITS,
       st.text(alphabet="0123456789.", min_size=0, max_size=6))
def test_digits_other_than_ascii_are_never_an_amount_or_a_quantity(
        head: str, digit: str, tail: str) -> None:  # fmt: skip
    text = head + digit + tail
    with pytest.raises(ValidationError):
        parse_rupiah(text)
    with pytest.raises(ValidationError):
        clean_quantity(text)


def test_underscores_are_not_a_quantity() -> None:
    with pytest.raises(ValidationError):
        clean_quantity("1_000")
    assert clean_quantity("1,5") == Decimal("1.5")


def test_a_bill_above_the_bound_is_refused_by_the_service() -> None:
    lines = [LineInput("A", Decimal(1000), MAX_AMOUNT // 1000 + 1)]
    with pytest.raises(ValidationError) as refused:
        preview_totals(lines, 0, "none")
    assert refused.value.render() == TOO_LARGE
    with pytest.raises(ValidationError):  # PPN pushes the total over the bound
        preview_totals([LineInput("A", Decimal(1), MAX_AMOUNT)], 0, "ppn11")


def test_a_payment_above_the_bound_is_refused_by_the_service(session) -> None:  # type: ignore[no-untyped-def]
    invoice = make_invoice(session, make_customer(session))
    with pytest.raises(ValidationError) as refused:
        record_payment(session, invoice.id or 0, 2**63, "tunai", date(2026, 11, 25), "")
    assert refused.value.render() == TOO_LARGE
