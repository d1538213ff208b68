"""Searching, filtering, sorting and paging customers in SQL (FTS5 trigram on SQLite)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlmodel import Session

from bizcare.domain.models import Customer
from bizcare.services.customers.records import (
    CustomerInput,
    CustomerQuery,
    archive_customer,
    count_customers,
    create_customer,
    list_cities,
    list_tags,
    rows_for_ids,
    search_ids,
    search_page,
    update_customer,
)


@pytest.fixture
def people(session: Session) -> Session:
    rows = [
        CustomerInput(name="Budi Santoso", phone="0812-3456-7890", city="Bandung",
                      email="budi@example.com", tags=["VIP"]),
        CustomerInput(name="Siti Rahayu", phone="0857-1111-2222", city="Jakarta Timur",
                      category="reseller"),
        CustomerInput(name="PT Maju & Jaya <Tbk>", company="PT Maju & Jaya", category="b2b",
                      phone="(021) 5890 5002", city="Jakarta Timur", tags=["Grosir", "vip"]),
        CustomerInput(name="ani wijaya", city="Surabaya", category="ritel"),
        CustomerInput(name="Gudang", kind="internal", division="Gudang",
                      contact_person="Pak Joko"),
    ]  # fmt: skip
    for data in rows:
        create_customer(session, data)
    return session


def codes(session: Session, **query: object) -> list[str]:
    q = CustomerQuery(**query)  # type: ignore[arg-type]
    rows = search_page(session, q, 0, 100)
    assert count_customers(session, q) == len(rows)
    return [r.code for r in rows]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("budi", ["PLG-000001"]),
        ("SANTOSO", ["PLG-000001"]),
        ("antos", ["PLG-000001"]),  # any substring of three letters or more
        ("PLG-000003", ["PLG-000003"]),
        ("0812-3456-7890", ["PLG-000001"]),
        ("+62 812 3456", ["PLG-000001"]),
        ("6281234", ["PLG-000001"]),
        ("081234567890", ["PLG-000001"]),
        ("5890 5002", ["PLG-000003"]),
        ("example.com", ["PLG-000001"]),
        ("jakarta timur", ["PLG-000003", "PLG-000002"]),
        ("maju jaya", ["PLG-000003"]),
        ("joko", ["DIV-0001"]),
        ("ani", ["PLG-000004"]),
        ("bu", ["PLG-000001"]),  # short words fall back to LIKE
        ("bu santoso", ["PLG-000001"]),
        ("tidak ada", []),
    ],
)
def test_search_finds_by_any_field_and_phone_form(people: Session, typed: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert codes(people, search=typed) == expected


@pytest.mark.parametrize(
    "typed",
    ['"', '""', "AND", "OR NOT", "a*", "(", "NEAR(a b)", "^x", "'; drop table customer; --",
     "%", "_", "\\", "col:val", "\x00abc", "  ", "-", "+", "🙂🙂🙂", "x" * 5000],
)  # fmt: skip
def test_no_typed_text_raises(people: Session, typed: str) -> None:
    q = CustomerQuery(search=typed)
    assert count_customers(people, q) == len(search_page(people, q, 0, 100))


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_unicode_search_is_safe(people: Session, typed: str) -> None:
    q = CustomerQuery(search=typed)
    assert count_customers(people, q) == len(search_page(people, q, 0, 100))


def test_filters(people: Session) -> None:
    assert codes(people, kind="internal") == ["DIV-0001"]
    assert codes(people, category="b2b") == ["PLG-000003"]
    assert codes(people, city="Jakarta Timur") == ["PLG-000003", "PLG-000002"]
    assert codes(people, tag="VIP") == ["PLG-000001", "PLG-000003"]
    assert codes(people, tag="vip", search="maju") == ["PLG-000003"]


def test_archived_hidden_unless_asked(people: Session) -> None:
    archive_customer(people, 1)
    assert "PLG-000001" not in codes(people)
    assert codes(people, search="budi", include_archived=True) == ["PLG-000001"]
    rows = search_page(people, CustomerQuery(include_archived=True), 0, 100)
    assert [r.archived for r in rows if r.code == "PLG-000001"] == [True]


def test_sorting_and_paging_in_sql(people: Session) -> None:
    assert codes(people, sort="code") == [
        "DIV-0001", "PLG-000001", "PLG-000002", "PLG-000003", "PLG-000004"
    ]  # fmt: skip
    assert codes(people, sort="code", descending=True)[0] == "PLG-000004"
    by_city = codes(people, sort="city")
    assert by_city.index("PLG-000001") < by_city.index("PLG-000002")
    q = CustomerQuery(sort="code")
    pages = [r.code for off in (0, 2, 4) for r in search_page(people, q, off, 2)]
    assert pages == codes(people, sort="code")
    ids = search_ids(people, q)
    assert [r.code for r in rows_for_ids(people, ids[::-1])] == pages[::-1]
    with pytest.raises(Exception, match="sort"):
        codes(people, sort="id; drop")


def test_rows_carry_division_name(people: Session) -> None:
    row = search_page(people, CustomerQuery(kind="internal"), 0, 1)[0]
    assert (row.division, row.category, row.kind) == ("Gudang", "division", "internal")


def test_index_follows_edits_and_deletes(people: Session) -> None:
    form = CustomerInput(name="Budi Prasetyo", phone="0811-0000-1111", city="Bogor")
    update_customer(people, 1, form)
    assert codes(people, search="santoso") == []
    assert codes(people, search="prasetyo") == ["PLG-000001"]
    assert codes(people, search="0811-0000") == ["PLG-000001"]
    assert codes(people, search="0812-3456") == []
    people.execute(text("DELETE FROM customer_tag WHERE customer_id = 4"))
    people.execute(text("DELETE FROM customer WHERE id = 4"))
    assert codes(people, search="wijaya") == []
    integrity = "INSERT INTO customer_fts(customer_fts, rank) VALUES ('integrity-check', 0)"
    people.execute(text(integrity))


def test_filter_lists(people: Session) -> None:
    assert list_cities(people) == ["Bandung", "Jakarta Timur", "Surabaya"]
    assert list_tags(people) == ["Grosir", "VIP"]


def _plan(session: Session, query: CustomerQuery, offset: int = 0) -> str:
    """SQLite's plan for the statement ``search_page`` really sends."""
    from sqlalchemy import event

    seen: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, parameters))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", capture)
    try:
        search_page(session, query, offset, 50)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    statement, parameters = [(st, p) for st, p in seen if "OFFSET" in st][-1]
    cursor = session.connection().connection.cursor()  # type: ignore[attr-defined]
    rows = cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
    return " ".join(str(r[-1]) for r in rows)


def test_names_sort_case_insensitively_on_an_index(people: Session) -> None:
    assert codes(people) == ["PLG-000004", "PLG-000001", "DIV-0001", "PLG-000003", "PLG-000002"]
    for query in (CustomerQuery(), CustomerQuery(kind="external"), CustomerQuery(sort="name",
                  descending=True)):  # fmt: skip
        plan = _plan(people, query, offset=3)
        assert "ix_customer_name_active" in plan and "TEMP B-TREE" not in plan, plan
    plan = _plan(people, CustomerQuery(include_archived=True))
    assert "ix_customer_name_nocase" in plan and "TEMP B-TREE" not in plan, plan
    assert "ix_customer_kind" in _plan(people, CustomerQuery(kind="internal"))


@pytest.mark.parametrize(
    "typed",
    ["budi", "SANTOSO", "0812-3456", "6281234", "081234567890", "5890 5002", "example.com",
     "jakarta timur", "maju jaya", "joko", "PLG-0000", "bu santoso", "021", "0857"],
)  # fmt: skip
def test_common_word_window_finds_the_same_rows(
    people: Session, typed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Common words are looked for in the first rows of the sorted list: same answer as FTS."""
    import bizcare.services.customers.search.query as cs

    by_fts = codes(people, search=typed)
    monkeypatch.setattr(cs, "_density", lambda session, query: (1.0, 10**6))
    cs._decisions.clear()
    cs._misses.clear()
    for offset in range(len(by_fts)):
        query = CustomerQuery(search=typed)
        window = cs._window_ids(people, query, cs._match(people, query, offset + 1), offset, 1)
        assert window is None or [people.get(Customer, i).code for i in window] == [  # type: ignore[union-attr]
            by_fts[offset]
        ]
    assert codes(people, search=typed) == by_fts
    within = cs._within
    steps: list[int] = []

    def starved(session: Session, stmt: object, budget: int) -> list[int] | None:
        steps.append(budget)
        return within(session, stmt, 1)  # interrupted at once: FTS answers after all

    cs._misses.clear()
    monkeypatch.setattr(cs, "_within", starved)
    assert codes(people, search=typed) == by_fts
    assert steps  # the walk was tried, and interrupted
    people.execute(text("SELECT 1"))  # the transaction is still usable after it
    cs._decisions.clear()
    cs._misses.clear()
