"""Settings and business profile: defaults, validation naming the field, nothing half-saved."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from bizcare.domain.enums import PpnMode
from bizcare.domain.errors import ValidationError
from bizcare.domain.models import AuditLog, BusinessProfile, Setting
from bizcare.services.numbering import take_next_number
from bizcare.services.settings import (
    Settings,
    clean_postal_code,
    load_profile,
    load_settings,
    next_number_preview,
    save_profile,
    save_settings,
    validate_logo,
    validate_settings,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


def test_defaults_before_anything_is_saved(session) -> None:
    s = load_settings(session)
    assert s.ppn_mode == PpnMode.NONE  # non-PKP until the owner says otherwise
    assert s.invoice_pattern == "INV/{yyyy}/{mm}/{seq:04d}"
    assert s.receipt_pattern == "KW/{yyyy}/{mm}/{seq:04d}"
    assert (s.payment_terms_days, s.rupiah_spaced, s.language) == (14, False, "id")
    assert (s.meterai_threshold, s.meterai_value) == (5_000_000, 10_000)
    assert load_profile(session).name == ""


def test_settings_round_trip_and_audit(db) -> None:
    wanted = Settings(invoice_pattern=" INV/{yyyy}/{rm}/{seq:04d} ", ppn_mode=PpnMode.PPN_12_DPP,
                      payment_terms_days=30, rupiah_spaced=True, meterai_threshold=6_000_000,
                      meterai_value=10_000, language="en")
    with db.session() as s:
        saved = save_settings(s, wanted, actor="siti")
    assert saved.invoice_pattern == "INV/{yyyy}/{rm}/{seq:04d}"
    with db.session(write=False) as s:
        assert load_settings(s) == saved
        audit = s.exec(select(AuditLog).where(AuditLog.entity == "settings")).one()
    detail = json.loads(audit.detail)
    assert audit.actor == "siti"
    assert detail["ppn_mode"] == "ppn12_dpp" and detail["language"] == "en"
    assert "receipt_pattern" not in detail  # unchanged fields are not listed


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"ppn_mode": "ppn10"}, "ppn_mode"),
        ({"payment_terms_days": 366}, "payment_terms_days"),
        ({"payment_terms_days": -1}, "payment_terms_days"),
        ({"payment_terms_days": "dua"}, "payment_terms_days"),
        ({"payment_terms_days": 14.5}, "payment_terms_days"),
        ({"meterai_threshold": -1}, "meterai_threshold"),
        ({"meterai_value": -10_000}, "meterai_value"),
        ({"language": "jv"}, "language"),
        ({"invoice_pattern": "INV/{yyyy}"}, "invoice_pattern"),
        ({"receipt_pattern": "KW/{dd}/{seq}"}, "receipt_pattern"),
        ({"receipt_pattern": ""}, "receipt_pattern"),
    ],
)
def test_bad_setting_names_its_field_and_saves_nothing(db, change, field) -> None:
    with pytest.raises(ValidationError) as err, db.session() as s:
        save_settings(s, replace(Settings(), **change))
    assert err.value.field == field
    with db.session(write=False) as s:
        assert s.exec(select(Setting)).all() == []


def test_pattern_error_keeps_its_wording() -> None:
    with pytest.raises(ValidationError) as err:
        validate_settings(Settings(invoice_pattern="INV/{yyyy}/{mm}"))
    assert "{seq}" in str(err.value)


@given(st.integers(0, 365), st.integers(0, 10**12), st.integers(0, 10**9))
def test_any_sensible_number_is_accepted_as_int(terms, threshold, value) -> None:
    clean = validate_settings(Settings(payment_terms_days=str(terms), meterai_threshold=threshold,
                                       meterai_value=value))
    assert clean.payment_terms_days == terms and isinstance(clean.payment_terms_days, int)


def test_profile_round_trip(db) -> None:
    with db.session() as s:
        save_profile(s, actor="siti", name=" Toko Sumber Rejeki ", address="Jl. Haryono 10",
                     city="Jakarta Timur", province="DKI Jakarta", postal_code="13630",
                     phone="021-5890 5002", email="Admin@SumberRejeki.co.id",
                     npwp="01.234.567.8-901.000", signatory_name="Siti Rahayu",
                     signatory_title="Pemilik", bank_accounts="BCA 123-456-7890\nMandiri 123",
                     logo=PNG)
    with db.session(write=False) as s:
        p = load_profile(s)
    assert p.name == "Toko Sumber Rejeki"
    assert p.email == "admin@sumberrejeki.co.id"
    assert p.npwp == "012345678901000"
    assert p.phone == "021-5890 5002"  # checked, kept as written
    assert (p.postal_code, p.logo) == ("13630", PNG)
    assert p.bank_accounts == "BCA 123-456-7890\nMandiri 123"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": "  "}, "name"),
        ({"email": "admin@toko"}, "email"),
        ({"npwp": "1234"}, "npwp"),
        ({"npwp": "01.234.567.8-901.0001x"}, "npwp"),
        ({"phone": "call me"}, "phone"),
        ({"postal_code": "1363"}, "postal_code"),
        ({"postal_code": "13630a"}, "postal_code"),
        ({"city": "x" * 101}, "city"),
        ({"bank_accounts": "x" * 1001}, "bank_accounts"),
        ({"logo": b"GIF89a" + b"\x00" * 10}, "logo"),
        ({"logo": PNG + b"\x00" * 2_000_000}, "logo"),
    ],
)
def test_bad_profile_value_names_its_field_and_saves_nothing(db, values, field) -> None:
    with db.session() as s:
        save_profile(s, name="Toko Lama", city="Bandung")
    with pytest.raises(ValidationError) as err, db.session() as s:
        save_profile(s, **{"name": "Toko Baru", **values})
    assert err.value.field == field
    with db.session(write=False) as s:
        assert (load_profile(s).name, load_profile(s).city) == ("Toko Lama", "Bandung")


def test_profile_and_settings_in_one_transaction_roll_back_together(db) -> None:
    with pytest.raises(ValidationError), db.session() as s:
        save_profile(s, name="Toko Baru")
        save_settings(s, Settings(payment_terms_days=400))
    with db.session(write=False) as s:
        assert s.get(BusinessProfile, 1) is None
        assert load_settings(s) == Settings()


def test_logo_and_postal_code_helpers() -> None:
    assert validate_logo(JPEG) == JPEG
    assert validate_logo(None) is None
    assert clean_postal_code(" 40115 ") == "40115"
    assert clean_postal_code("") == ""
    with pytest.raises(ValidationError):
        clean_postal_code("４０１１５")  # full-width digits are not a postal code


def test_logo_can_be_removed(db) -> None:
    with db.session() as s:
        save_profile(s, name="Toko", logo=PNG)
    with db.session() as s:
        save_profile(s, logo=None)
    with db.session(write=False) as s:
        assert load_profile(s).logo is None


def test_next_number_preview_follows_the_sequence_without_taking_it(db) -> None:
    on = date(2026, 11, 24)
    with db.session() as s:
        assert next_number_preview(s, "INV", "INV/{yyyy}/{mm}/{seq:04d}", on) == \
            "INV/2026/11/0001"
        for _ in range(42):
            take_next_number(s, "INV", "INV/{yyyy}/{mm}/{seq:04d}", on)
    with db.session(write=False) as s:
        assert next_number_preview(s, "INV", "INV/{yyyy}/{mm}/{seq:04d}", on) == \
            "INV/2026/11/0043"
        assert next_number_preview(s, "INV", "INV/{yyyy}/{rm}/{seq:03d}", on) == \
            "INV/2026/XI/043"
        # A yearly pattern counts in its own period; the kwitansi series is separate.
        assert next_number_preview(s, "INV", "{yy}-{seq:05d}", on) == "26-00001"
        assert next_number_preview(s, "KW", "KW/{yyyy}/{mm}/{seq:04d}", on) == "KW/2026/11/0001"
        with pytest.raises(ValidationError):
            next_number_preview(s, "INV", "INV/{yyyy}", on)
