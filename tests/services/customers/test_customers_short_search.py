"""Words of one or two letters: found through the trigram index, exactly as a scan would."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

import bizcare.services.customers.search.query as cs
from bizcare.domain.models import Customer
from bizcare.services.customers.records import (
    CustomerInput,
    CustomerQuery,
    count_customers,
    create_customer,
    customer_input,
    search_page,
    update_customer,
)
from bizcare.services.customers.search.match import search_terms

PEOPLE = [
    CustomerInput(name="Budi Santoso", phone="0812-3456-7890", city="Bandung",
                  email="budi@example.com"),
    CustomerInput(name="Toko Ibu", contact_person="Ibu Ratna", phone="(021) 5890 5002",
                  city="Bogor"),
    CustomerInput(name="Yu", city="Medan", category="ritel"),  # a whole value of two letters
    CustomerInput(name="Xavier Q. Lim", phone="+1 415 555 0100", email="x@q.co"),
    CustomerInput(name="Gudang", kind="internal", division="Gudang",
                  contact_person="Pak Joko"),
    CustomerInput(name="Çelik Öztürk", city="İzmir"),
]  # fmt: skip
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
WORDS = st.text(alphabet=string.ascii_letters + string.digits + "@.-+&_%'\"", min_size=1,
                max_size=2)  # fmt: skip


@pytest.fixture
def people(session: Session) -> Session:
    for data in PEOPLE:
        create_customer(session, data)
    return session


def expected(session: Session, typed: str) -> set[str]:
    """The customers holding every word, read one by one in Python (ASCII letters fold)."""
    found = set()
    for c in session.exec(select(Customer)).all():
        phones = [c.phone, c.whatsapp]
        phones += ["0" + p[3:] for p in phones if p.startswith("+62")]
        values = [c.code, c.name, c.company, c.contact_person, c.email, c.city, *phones]
        haystack = [v.translate(_ASCII_LOWER) for v in values]
        words = search_terms(typed)  # "0 01" is a phone number typed with a space: "001"
        if all(any(w.translate(_ASCII_LOWER) in v for v in haystack) for w in words):
            found.add(c.code)
    return found


def found(session: Session, typed: str) -> set[str]:
    query = CustomerQuery(search=typed)
    rows = search_page(session, query, 0, 100)
    assert count_customers(session, query) == len(rows)
    return {r.code for r in rows}


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("bu", {"PLG-000001", "PLG-000002"}),  # "Ibu" ends with it: the padding finds it
        ("yu", {"PLG-000003"}),
        ("q", {"PLG-000004"}),
        ("zz", set()),
        ("0", {"PLG-000001", "PLG-000002", "PLG-000003", "PLG-000004", "PLG-000005",
               "DIV-0001"}),  # every code holds a 0
        ("08", {"PLG-000001"}),
        ("ib ra", {"PLG-000002"}),
        ("a bu", {"PLG-000001", "PLG-000002"}),
    ],
)  # fmt: skip
def test_short_words(people: Session, typed: str, codes: set[str]) -> None:
    assert found(people, typed) == codes == expected(people, typed)


@pytest.mark.parametrize("dense", [True, False])
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(WORDS, min_size=1, max_size=2))
def test_index_and_scan_agree(
    people: Session, dense: bool, words: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whichever way a one-letter word is looked for (walk with LIKE, or trigrams), the
    rows are those a scan finds."""
    monkeypatch.setattr(cs, "LETTER_DENSE", 0.0 if dense else 2.0)
    monkeypatch.setattr(cs, "LETTER_WINDOW", 10**9 if dense else 0)
    cs._decisions.clear()
    typed = " ".join(words)
    assert found(people, typed) == expected(people, typed)
    cs._decisions.clear()


def test_edits_are_found_at_once(people: Session) -> None:
    assert found(people, "xu") == set()
    form = customer_input(people, 3)
    form.name = "Xu"
    update_customer(people, 3, form)
    assert found(people, "xu") == {"PLG-000003"}
    assert found(people, "yu") == set()


def test_non_ascii_short_words_scan(people: Session) -> None:
    assert found(people, "Öz") == {"PLG-000005"}
    assert found(people, "ç") == {"PLG-000005"}
