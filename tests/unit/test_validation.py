"""Phones, e-mails and NPWP as Indonesians type them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizcare.domain.errors import ValidationError
from bizcare.domain.validation import (
    clean_email,
    clean_npwp,
    format_npwp,
    format_phone,
    normalize_phone,
)


@pytest.mark.parametrize(
    "typed",
    ["0812-3456-7890", "+62 812 3456 7890", "62812-3456-7890", "081234567890", "0812.3456.7890"],
)
def test_mobile_numbers_become_e164(typed: str) -> None:
    assert normalize_phone(typed) == "+6281234567890"


def test_landline_with_area_code() -> None:
    assert normalize_phone("(021) 5890 5002") == "+622158905002"
    assert format_phone("+622158905002") == "(021) 58905002"


@pytest.mark.parametrize("bad", ["12", "abc", "0812-abcd-efgh", "+62", "++62812"])
def test_bad_phones_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        normalize_phone(bad)


@given(st.integers(min_value=10_000_000, max_value=99_999_999_999))
def test_mobile_round_trip(rest: int) -> None:
    typed = f"08{rest}"[:13]
    try:
        e164 = normalize_phone(typed)
    except ValidationError:
        return
    assert normalize_phone(format_phone(e164)) == e164


def test_npwp_15_and_16_digits() -> None:
    assert clean_npwp("01.234.567.8-901.000") == "012345678901000"
    assert format_npwp("012345678901000") == "01.234.567.8-901.000"
    assert clean_npwp("3201 1234 5678 9012") == "3201123456789012"
    with pytest.raises(ValidationError):
        clean_npwp("12345")


def test_email() -> None:
    assert clean_email(" Budi@Example.CO.ID ") == "budi@example.co.id"
    for bad in ["budi", "budi@", "budi@example", "bu di@example.com", "a..b@example.com"]:
        with pytest.raises(ValidationError):
            clean_email(bad)


def _libphonenumber(typed: str) -> str | None:
    import phonenumbers

    compact = "".join(ch for ch in typed if ch.isdigit() or ch == "+")
    if compact.startswith("62"):
        compact = "+" + compact
    try:
        parsed = phonenumbers.parse(compact, "ID")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@given(st.sampled_from(["0", "62", "+62", "+62 ", "0-"]), st.text("0123456789", min_size=4,
                                                                    max_size=16))
def test_mobile_fast_path_agrees_with_libphonenumber(prefix: str, digits: str) -> None:
    typed = f"{prefix}8{digits}"
    try:
        ours: str | None = normalize_phone(typed)
    except ValidationError:
        ours = None
    assert ours == _libphonenumber(typed)
