"""The shortcuts to a sorted page of hits give the same rows as the plain query."""

from __future__ import annotations

import random

import pytest
from sqlmodel import Session

import bizcare.services.customers.search.query as cs
from bizcare.services.customers.records import (
    CustomerInput,
    CustomerQuery,
    archive_customer,
    count_customers,
    create_customer,
    search_page,
)

NAMES = ("Budi Santoso", "budi rahayu", "Siti Budiman", "PT Maju Jaya", "Ani", "Bu Tejo")


@pytest.fixture
def crowd(session: Session) -> Session:
    rng = random.Random(5)
    for i in range(60):
        kind = "internal" if i % 13 == 0 else "external"
        create_customer(session, CustomerInput(
            name=f"{rng.choice(NAMES)} {rng.randint(1, 99)}", kind=kind,
            division="Gudang" if kind == "internal" else "",
            category="" if kind == "internal" else rng.choice(["perorangan", "b2b", "ritel"]),
            city=rng.choice(["Bandung", "Bogor"]),
        ))  # fmt: skip
    for customer_id in (3, 17, 40):
        archive_customer(session, customer_id)
    return session


QUERIES = [
    CustomerQuery(search="budi"),
    CustomerQuery(search="budi", descending=True),
    CustomerQuery(search="bu", include_archived=True),
    CustomerQuery(search="maju jaya", kind="external"),
    CustomerQuery(search="santoso", category="b2b"),
    CustomerQuery(search="bud", kind="internal", include_archived=True),
    CustomerQuery(search="budi", city="Bogor"),
    CustomerQuery(search="budi", sort="code"),
]


@pytest.mark.parametrize("query", QUERIES)
def test_the_join_on_the_sort_index_agrees_with_the_plain_query(
    crowd: Session, query: CustomerQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = [search_page(crowd, query, offset, 7) for offset in range(0, 70, 7)]
    total = count_customers(crowd, query)
    monkeypatch.setattr(cs, "_hits_by_name", lambda query, match: None)
    assert count_customers(crowd, query) == total
    assert pages == [search_page(crowd, query, offset, 7) for offset in range(0, 70, 7)]
    assert total > 0


def test_the_join_reads_the_sort_index(crowd: Session) -> None:
    hits = cs._hits_by_name(CustomerQuery(search="budi"), cs._match(crowd, CustomerQuery(
        search="budi"), 100))  # fmt: skip
    assert hits is not None
    sql, params = hits
    cursor = crowd.connection().connection.cursor()  # type: ignore[attr-defined]
    plan = " ".join(str(r[-1]) for r in cursor.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "COVERING INDEX ix_customer_sort" in plan, plan
