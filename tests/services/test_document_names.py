"""Documents are named unambiguously: full numbers, ``draft:12`` for drafts, never a bare id.

Runs on SQLite and, when ``BIZCARE_TEST_DATABASE_URL`` is set, on PostgreSQL (the hint query
uses ``substr``/``length``, which both must agree on).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bizcare.domain.errors import NotFoundError, StateError
from bizcare.domain.numbering import draft_handle, parse_draft_handle
from bizcare.services.billing import invoice_by_number, receipt_by_number, record_payment
from tests.pg import needs_postgres
from tests.services.billing_helpers import make_customer, make_invoice


@pytest.fixture(params=["db", pytest.param("pg", marks=needs_postgres)])
def database(request: pytest.FixtureRequest) -> Iterator[object]:
    yield request.getfixturevalue(request.param)


def _shop(database: object) -> dict[str, int]:
    """Five October invoices, five November ones, a draft; the ids are 1…11."""
    ids: dict[str, int] = {}
    with database.session() as s:  # type: ignore[attr-defined]
        customer = make_customer(s)
        for day in (date(2026, 10, 5), date(2026, 11, 5)):
            for _ in range(5):
                invoice = make_invoice(s, customer, on=day)
                ids[str(invoice.number)] = invoice.id or 0
        draft = make_invoice(s, customer, issue=False)
        ids["draft"] = draft.id or 0
    return ids


def test_full_numbers_and_draft_handles_find_their_invoice(database) -> None:  # type: ignore[no-untyped-def]
    ids = _shop(database)
    with database.session(write=False) as s:
        assert invoice_by_number(s, " INV/2026/11/0005 ").id == ids["INV/2026/11/0005"]
        assert invoice_by_number(s, f"draft:{ids['draft']}").id == ids["draft"]
        assert invoice_by_number(s, f"DRAFT:{ids['draft']}").id == ids["draft"]


@pytest.mark.parametrize("typed", ["5", "0005", "05"])
def test_a_bare_number_is_refused_with_the_numbers_it_may_mean(database, typed) -> None:  # type: ignore[no-untyped-def]
    _shop(database)  # the invoice with id 5 is INV/2026/10/0005: exactly the trap
    with database.session(write=False) as s, pytest.raises(NotFoundError) as refused:
        invoice_by_number(s, typed)
    assert refused.value.render() == (
        f"Invoice {typed} not found. Did you mean INV/2026/11/0005, INV/2026/10/0005?"
    )


def test_a_bare_number_that_ends_no_number_says_how_to_name_one(database) -> None:  # type: ignore[no-untyped-def]
    _shop(database)
    with database.session(write=False) as s, pytest.raises(NotFoundError) as refused:
        invoice_by_number(s, "11")  # the draft's id, and no number ends in 0011
    assert "Give the full number" in refused.value.render()
    assert "draft:12" in refused.value.render()


def test_a_draft_handle_of_an_issued_invoice_names_its_number(database) -> None:  # type: ignore[no-untyped-def]
    ids = _shop(database)
    with database.session(write=False) as s:
        with pytest.raises(StateError) as issued:
            invoice_by_number(s, draft_handle(ids["INV/2026/11/0001"]))
        assert issued.value.render() == (
            f"draft:{ids['INV/2026/11/0001']} is no longer a draft: it was issued as "
            "INV/2026/11/0001."
        )
        with pytest.raises(NotFoundError):
            invoice_by_number(s, "draft:999")
        with pytest.raises(NotFoundError):
            invoice_by_number(s, f"draft:{2**40}")  # beyond PostgreSQL's integer: not there


def test_a_bare_kwitansi_number_is_refused_with_a_hint(database) -> None:  # type: ignore[no-untyped-def]
    ids = _shop(database)
    with database.session() as s:
        record_payment(s, ids["INV/2026/11/0002"], 1000, "tunai", date(2026, 11, 6), "")
    with database.session(write=False) as s:
        assert receipt_by_number(s, "KW/2026/11/0001").amount == 1000
        with pytest.raises(NotFoundError) as refused:
            receipt_by_number(s, "1")
    assert refused.value.render() == "Kwitansi 1 not found. Did you mean KW/2026/11/0001?"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=10**18 - 1))
def test_draft_handles_round_trip(draft_id: int) -> None:
    assert parse_draft_handle(draft_handle(draft_id)) == draft_id
    assert parse_draft_handle(str(draft_id)) is None  # a bare number is never a draft


@given(st.text(alphabet="0123456789١٢３:draftDRAFT ", max_size=12))
def test_only_ascii_draft_handles_parse(text: str) -> None:
    found = parse_draft_handle(text)
    if found is not None:  # never from "draft:١٢" or "draft:３"
        assert text.isascii() and text.strip().lower().startswith("draft:")
        assert int(text.strip()[len("draft:"):]) == found
