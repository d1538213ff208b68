"""The use cases the GUI runs: one transaction each (both or neither), and what they declare
they change. SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from bizcare.domain.errors import ValidationError
from bizcare.domain.models import Invoice, Receipt
from bizcare.services import settings_ops
from bizcare.services.billing import DraftInput
from bizcare.services.billing import ops as billing_ops
from bizcare.services.billing.invoice_loyalty import LoyaltyOffer, VoucherChoice
from bizcare.services.changes import Changes, declared
from bizcare.services.customers import ops as customer_ops
from bizcare.services.customers.records import CustomerInput
from bizcare.services.loyalty import LoyaltySettings, TierSpec, load_loyalty_settings
from bizcare.services.loyalty import ops as loyalty_ops
from bizcare.services.loyalty.campaigns import next_hpn_year
from bizcare.services.loyalty.ledger import MemberStatus
from bizcare.services.settings import load_settings
from tests.pg import needs_postgres
from tests.services.billing_helpers import line, make_customer

AREAS = [f.name for f in fields(Changes)]
changes = st.builds(Changes, **{name: st.booleans() for name in AREAS})


@pytest.fixture(params=["db", pytest.param("pg", marks=needs_postgres)])
def database(request: pytest.FixtureRequest) -> Any:
    return request.getfixturevalue(request.param)


# -- Changes ---------------------------------------------------------------------------------
@given(changes, changes)
def test_changes_combine_area_by_area(a: Changes, b: Changes) -> None:
    both = a | b
    assert both == b | a and both | a == both
    for name in AREAS:
        assert getattr(both, name) == (getattr(a, name) or getattr(b, name))
    assert bool(both) == (bool(a) or bool(b))
    assert a.touches(b) == any(getattr(a, n) and getattr(b, n) for n in AREAS)


def test_nothing_and_everything() -> None:
    assert not Changes() and not Changes().touches(Changes.everything())
    assert all(getattr(Changes.everything(), name) for name in AREAS)


def test_use_cases_declare_what_they_change() -> None:
    assert declared(partial(billing_ops.record_payment, None, 1)) == billing_ops.DOCUMENTS
    assert declared(billing_ops.save_draft) == Changes(invoices=True)
    assert not billing_ops.DOCUMENTS.customers  # billing leaves the customer list alone
    assert declared(customer_ops.merge_customers).invoices
    assert declared(lambda: None) is None


# -- rules that moved out of the UI ------------------------------------------------------------
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2200, 12, 31)))
def test_hari_pelanggan_nasional_is_the_next_fourth_of_september(today: date) -> None:
    year = next_hpn_year(today)
    assert date(year, 9, 4) >= today
    assert date(year - 1, 9, 4) < today


def test_offer_discount_is_the_services_rule() -> None:
    settings = LoyaltySettings()
    status = MemberStatus(points=1_000, tier="", next_expiry=None, next_expiry_points=0,
                          expiring_30d=0)
    member = LoyaltyOffer(status, (VoucherChoice(7, "VC-1", 20_000),), settings)
    with_voucher = member.discount(100_000, 7, 0)
    assert with_voucher.voucher_amount == 20_000 and with_voucher.total == 80_000
    assert member.discount(100_000, 99, 0).voucher_amount == 0  # not one of the offer's
    assert LoyaltyOffer(None).discount(100_000, 7, 500).total == 100_000  # internal customer
    assert member.most_points(100_000, 7) == member.discount(100_000, 7, 1_000).points
    assert member.voucher_code(7) == "VC-1" and member.voucher_code(None) == ""


# -- one transaction each --------------------------------------------------------------------
def count(database: Any, model: Any) -> int:
    return int(database.run(lambda s: s.execute(select(func.count()).select_from(model))
                            .scalar_one(), write=False))


def test_save_and_issue_is_both_or_neither(database: Any) -> None:
    customer_id = database.run(lambda s: make_customer(s).id)
    good = DraftInput(customer_id=customer_id, lines=[line(price=150_000)],
                      issue_date=date(2026, 11, 24))
    issued = billing_ops.save_and_issue(database, good)
    assert issued.number.startswith("INV/2026/11/")
    empty = replace(good, lines=[])  # a draft may be empty; issuing refuses it
    assert billing_ops.save_draft(database, empty)
    assert count(database, Invoice) == 2
    with pytest.raises(ValidationError):
        billing_ops.save_and_issue(database, empty)
    assert count(database, Invoice) == 2  # the refused issue left no second draft behind


def test_payment_issues_its_kwitansi(database: Any, late_clock: date) -> None:
    customer_id = database.run(lambda s: make_customer(s).id)
    issued = billing_ops.save_and_issue(database, DraftInput(
        customer_id=customer_id, lines=[line(price=100_000)], issue_date=date(2026, 11, 24)))
    receipt = billing_ops.record_payment(database, issued.id, 40_000, "tunai",
                                         date(2026, 11, 25), "")
    assert receipt.number.startswith("KW/2026/11/")
    with pytest.raises(ValidationError):
        billing_ops.record_payment(database, issued.id, 90_000, "tunai", date(2026, 11, 25), "")
    assert count(database, Receipt) == 1


def test_programme_settings_and_tiers_are_saved_together(database: Any) -> None:
    before = database.run(load_loyalty_settings, write=False)
    changed = replace(before, rupiah_per_point=before.rupiah_per_point + 1_000)
    with pytest.raises(ValidationError):
        loyalty_ops.save_programme(database, changed, [TierSpec("", 0)])  # a blank tier
    assert database.run(load_loyalty_settings, write=False) == before
    loyalty_ops.save_programme(database, changed, [TierSpec("Silver", 0)])
    assert database.run(load_loyalty_settings, write=False) == changed


def test_settings_and_profile_are_saved_together(database: Any) -> None:
    before = database.run(load_settings, write=False)
    with pytest.raises(ValidationError):
        settings_ops.save_all(database, replace(before, payment_terms_days=30),
                              {"name": ""})  # the business needs a name
    assert database.run(load_settings, write=False) == before


def test_customer_use_cases(database: Any) -> None:
    first = customer_ops.save_customer(database, None, CustomerInput(name="Budi Santoso",
                                                                     phone="0812-3456-7890"))
    second = customer_ops.save_customer(database, None, CustomerInput(name="Budi S."))
    interaction = customer_ops.log_interaction(database, second, "telepon", "Tanya harga",
                                               follow_up_on=date.today())
    customer_ops.complete_follow_up(database, interaction)
    assert customer_ops.merge_customers(database, first, second) == first
    greeting = customer_ops.whatsapp_greeting(database, first)
    assert greeting.link.startswith("https://wa.me/62812") and "Budi" in greeting.message
    with pytest.raises(ValidationError):
        customer_ops.whatsapp_greeting(database, customer_ops.save_customer(
            database, None, CustomerInput(name="Tanpa Telepon")))


@pytest.mark.parametrize("module", [billing_ops, customer_ops, loyalty_ops, settings_ops])
def test_every_use_case_declares_its_changes(module: Any) -> None:
    """A function of an ``*_ops`` module that takes the database either declares what it
    changes (the runner broadcasts it) or is one of the reads named here."""
    import inspect

    reads = {"load_all", "business_name", "language"}
    use_cases = [fn for name, fn in inspect.getmembers(module, inspect.isfunction)
                 if fn.__module__ == module.__name__ and not name.startswith("_")
                 and next(iter(inspect.signature(fn).parameters), "") == "db"]
    assert use_cases
    assert [fn.__name__ for fn in use_cases
            if declared(fn) is None and fn.__name__ not in reads] == []
