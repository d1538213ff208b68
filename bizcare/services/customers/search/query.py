"""Finding customers: search, filters, sorting and paging, all done by the database.

What a typed search matches is :mod:`bizcare.services.customers.search.match` (FTS5 trigrams on
SQLite, LIKE elsewhere). This module adds the filters and the order, and picks the cheaper
way to a page: a word many customers share is looked for by walking the sorted list
instead of collecting and sorting all its hits.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    column,
    false,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from bizcare.domain.enums import CustomerCategory, CustomerKind
from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, CustomerTag, Division, Tag
from bizcare.services.customers.search.hits import hits_sql, sorted_hit_ids
from bizcare.services.customers.search.match import Match, like_condition, plan

_C = Customer.__table__  # type: ignore[attr-defined]
_D = Division.__table__  # type: ignore[attr-defined]
_CT = CustomerTag.__table__  # type: ignore[attr-defined]
_T = Tag.__table__  # type: ignore[attr-defined]
_FTS = table("customer_fts", column("rowid"))

SORT_KEYS: dict[str, Any] = {
    "code": _C.c.code,
    "name": _C.c.name,
    "kind": _C.c.kind,
    "category": _C.c.category,
    "city": _C.c.city,
    "phone": _C.c.phone,
    "email": _C.c.email,
    "joined_on": _C.c.joined_on,
}
# Searching a word that many customers share (the shop's city, an e-mail domain): FTS must
# collect every hit before it can sort them, so the list is walked in its order instead
# while that costs less (see _window_ids).
COMMON = 1000
# Work of SQLite, in virtual-machine steps: walking the list costs about OPS_PER_ROW steps a
# row, and FTS about OPS_PER_HIT steps' time for each hit it collects, joins and sorts.
OPS_PER_ROW = 30
OPS_PER_HIT = 25
_TICK = 1000
_FTS_PROBE = text(
    "SELECT count(*), max(rowid) FROM (SELECT rowid FROM customer_fts "
    "WHERE customer_fts MATCH :fts LIMIT :cap)"
)
# One-letter words: walked with LIKE when a page fills within LETTER_WINDOW rows of the list;
# counted with LIKE from this share of customers up.
SAMPLE = 500
LETTER_WINDOW = 2000
LETTER_DENSE = 0.3
_decisions: OrderedDict[tuple[str, str, int], float] = OrderedDict()
_misses: OrderedDict[tuple[str, CustomerQuery, int], None] = OrderedDict()


@dataclass(frozen=True)
class CustomerQuery:
    """One list of customers: what was typed in the search box, the filters and the order."""

    search: str = ""
    kind: str | None = None
    category: str | None = None
    city: str | None = None
    tag: str | None = None
    include_archived: bool = False
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class CustomerRow:
    """One line of the list (``phone`` in E.164; format it with ``format_phone``)."""

    id: int
    code: str
    name: str
    kind: str
    category: str
    company: str
    phone: str
    email: str
    city: str
    division: str
    archived: bool


def _remembered(session: Session, what: str, estimate: Any) -> tuple[float, int]:
    """(``estimate(size)``, table size), computed once per database, ``what`` and size."""
    size = int(session.execute(select(func.max(_C.c.id))).scalar() or 0)
    key = (str(session.connection().engine.url), what, size)
    if key not in _decisions:
        _decisions[key] = estimate(size)
        if len(_decisions) > 256:
            _decisions.popitem(last=False)
    _decisions.move_to_end(key)
    return _decisions[key], size


def _density(session: Session, query: str) -> tuple[float, int]:
    """(share of customers the FTS query matches, table size), estimated from its first
    COMMON hits (FTS gives them in id order, which says nothing about names), remembered."""

    def estimate(size: int) -> float:
        hits, last = session.execute(_FTS_PROBE, {"fts": query, "cap": COMMON}).one()
        hits, last = int(hits), int(last or 0)
        return hits / (last if hits >= COMMON else max(size, 1))

    return _remembered(session, query, estimate)


def _letter_share(session: Session, letters: Sequence[str]) -> float:
    """Share of customers holding every one of ``letters`` (words of one letter), from the
    newest SAMPLE customers; remembered like :func:`_density`."""

    def estimate(size: int) -> float:
        hit = case((and_(*(like_condition(t, True) for t in letters)), 1), else_=0)
        stmt = select(func.count(), func.coalesce(func.sum(hit), 0)).where(
            _C.c.id > size - SAMPLE
        )
        rows, hits = session.execute(stmt).one()
        return int(hits) / max(int(rows), 1)

    return _remembered(session, "\x00" + " ".join(letters), estimate)[0]


def _match(session: Session, query: CustomerQuery, need: int | None) -> Match:
    """How to find the query's words for its first ``need`` rows (None: to count them).

    A word of one letter is in most customers ("a") or in few ("q"). Most: the sorted list
    is walked with LIKE, which finds the first rows at once and counts by a plain scan;
    few: FTS reads the trigrams starting with the letter (reading those of "a" would take
    longer than the scan).
    """
    match = plan(session, query.search)
    if match.fts is None and match.like and match.short == match.like:
        share = _letter_share(session, match.like)
        dense = share >= LETTER_DENSE if need is None else need <= share * LETTER_WINDOW
        if not dense:
            match = plan(session, query.search, expand_letters=True)
    return match


def _search_conditions(session: Session, match: Match) -> list[ColumnElement[bool]]:
    """The WHERE of a match: FTS where it can answer, LIKE for the other words."""
    if match.nothing:
        return [false()]
    sqlite = session.get_bind().dialect.name == "sqlite"
    conditions: list[ColumnElement[bool]] = []
    if match.fts:
        fts = text("customer_fts MATCH :fts").bindparams(fts=match.fts)
        conditions.append(_C.c.id.in_(select(_FTS.c.rowid).where(fts)))
    return conditions + [like_condition(t, sqlite) for t in match.like]


def _window_ids(
    session: Session, query: CustomerQuery, match: Match, offset: int, limit: int
) -> list[int] | None:
    """The page found by walking the list in its order and checking each row with LIKE,
    when that costs less than FTS collecting and sorting all its hits; None when the walk
    gives up (then FTS answers).

    A word in one customer out of ten is found every ten rows walking the sorted list, long
    before FTS has collected all its hits. The walk gets the work FTS would do (its hits
    times OPS_PER_HIT virtual-machine steps, counted by SQLite's progress handler) and is
    interrupted beyond it. LIKE and FTS agree on ASCII text only, so other text always goes
    to FTS (count and pages must agree).
    """
    need = offset + limit
    if match.fts is None or match.nothing or not all(t.isascii() for t in match.terms):
        return None
    share, size = _density(session, match.fts)
    budget = int(share * size * OPS_PER_HIT)
    miss = (str(session.connection().engine.url), query, size)
    if not share or need / share * OPS_PER_ROW > budget or miss in _misses:
        return None  # too rare to find by walking, or known to sit further down the list
    likes = [like_condition(t, True) for t in match.terms]
    stmt = (
        select(_C.c.id)
        .where(*_filter_conditions(session, query), *likes)
        .order_by(*query_order(session, query))
        .limit(need)
    )
    ids = _within(session, stmt, budget)
    if ids is None:
        _misses[miss] = None
        if len(_misses) > 256:
            _misses.popitem(last=False)
        return None
    return ids[offset:]  # fewer than ``need``: the walk reached the end, this is all there is


def _within(session: Session, stmt: Any, budget: int) -> list[int] | None:
    """The ids ``stmt`` selects, or None when SQLite needs more than ``budget`` steps."""
    raw = session.connection().connection.driver_connection
    assert raw is not None  # a live SQLite connection (the caller checked the dialect)
    steps = [0]

    def tick() -> int:
        steps[0] += _TICK
        return int(steps[0] > budget)  # non-zero interrupts the statement

    raw.set_progress_handler(tick, _TICK)
    try:
        return [int(i) for i in session.execute(stmt).scalars()]
    except OperationalError as exc:
        if "interrupt" not in str(exc.orig):
            raise
        return None
    finally:
        raw.set_progress_handler(None, 0)


def query_conditions(session: Session, query: CustomerQuery) -> list[ColumnElement[bool]]:
    """The WHERE of a query: its search and its filters."""
    match = _match(session, query, None)
    return _search_conditions(session, match) + _filter_conditions(session, query)


def _filter_conditions(session: Session, query: CustomerQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    sqlite = session.get_bind().dialect.name == "sqlite"
    if not query.include_archived:
        conditions.append(_C.c.archived == false())  # literal 0: the partial name index
    # Divisions are a handful of rows: their own index. External customers are nearly all
    # of them: checked row by row while the name index gives the order.
    if query.kind:
        internal = query.kind == CustomerKind.INTERNAL
        conditions.append(_maybe_unindexed(_C.c.kind, sqlite and not internal) == query.kind)
    if query.category:
        division = query.category == CustomerCategory.DIVISION
        column = _maybe_unindexed(_C.c.category, sqlite and not division)
        conditions.append(column == query.category)
    if query.city:
        conditions.append(_C.c.city == query.city)
    if query.tag:
        tagged = (
            select(_CT.c.customer_id)
            .join(_T, _T.c.id == _CT.c.tag_id)
            .where(func.lower(_T.c.name) == query.tag.strip().lower())
        )
        conditions.append(_C.c.id.in_(tagged))
    return conditions


def _maybe_unindexed(column: Any, unindexed: bool) -> Any:
    """``+column`` (SQLite) keeps the planner off an index that would match most rows."""
    if not unindexed:
        return column
    return literal_column(f"+{column.table.name}.{column.name}", type_=column.type)


def query_order(session: Session, query: CustomerQuery) -> list[Any]:
    key = SORT_KEYS.get(query.sort)
    if key is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot sort customers by {value}."),
            field="sort",
            value=query.sort,
        )
    if query.sort == "name":  # case-insensitive, on the index migration 0002 adds
        sqlite = session.get_bind().dialect.name == "sqlite"
        key = key.collate("NOCASE") if sqlite else func.lower(key)
    if query.descending:
        return [key.desc(), _C.c.id.desc()]
    return [key, _C.c.id]


def count_customers(session: Session, query: CustomerQuery) -> int:
    """How many customers the query finds."""
    match = _match(session, query, None)
    if (hits := _hits_by_name(replace(query, sort="name"), match)) is not None:
        sql, params = hits
        return int(session.execute(text(sql.replace("SELECT c.id", "SELECT count(*)", 1)),
                                   params).scalar_one())  # fmt: skip
    conditions = _search_conditions(session, match) + _filter_conditions(session, query)
    stmt = select(func.count()).select_from(_C).where(*conditions)
    return int(session.execute(stmt).scalar_one())


def _hits_by_name(query: CustomerQuery, match: Match) -> tuple[str, dict[str, Any]] | None:
    """The FTS hits joined to the sort index, when it holds all the query asks."""
    if query.city or query.tag:
        return None
    filters = {"kind": query.kind, "category": query.category}
    return hits_sql(query.sort, filters, query.include_archived, match)


def search_page(
    session: Session, query: CustomerQuery, offset: int, limit: int
) -> list[CustomerRow]:
    """Rows ``offset`` … ``offset + limit - 1`` of the query, in its order.

    The page's ids are found first on the customer table alone (an index walk, even for
    the last page), then only those rows are read with their division.
    """
    offset, limit = max(0, offset), max(0, limit)
    match = _match(session, query, offset + limit)
    ids = _window_ids(session, query, match, offset, limit) if limit else None
    if ids is None and (hits := _hits_by_name(query, match)) is not None:
        ids = sorted_hit_ids(session, hits, query.descending, offset, limit)
    if ids is None:
        stmt = (
            select(_C.c.id)
            .where(*_search_conditions(session, match), *_filter_conditions(session, query))
            .order_by(*query_order(session, query))
            .offset(offset)
            .limit(limit)
        )
        ids = [int(i) for i in session.execute(stmt).scalars()]
    return rows_for_ids(session, ids)


def search_ids(session: Session, query: CustomerQuery) -> list[int]:
    """Every id the query finds, in its order (for a model that keeps ids plus a cache)."""
    stmt = (
        select(_C.c.id)
        .where(*query_conditions(session, query))
        .order_by(*query_order(session, query))
    )
    return [int(i) for i in session.execute(stmt).scalars()]


def rows_for_ids(session: Session, ids: Sequence[int]) -> list[CustomerRow]:
    """The rows of ``ids`` in that order (ids no longer present are left out)."""
    found: dict[int, CustomerRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        for r in session.execute(_row_select().where(_C.c.id.in_(chunk))):
            found[int(r.id)] = _row(r)
    return [found[i] for i in ids if i in found]


def list_cities(session: Session) -> list[str]:
    """The cities customers live in, for the filter."""
    stmt = (
        select(_C.c.city)
        .where(_C.c.city != "", _C.c.merged_into_id.is_(None))
        .distinct()
        .order_by(_C.c.city)
    )
    return [str(c) for c in session.execute(stmt).scalars()]


def list_tags(session: Session) -> list[str]:
    """Every tag in use, for the filter."""
    used = select(_CT.c.tag_id).distinct()
    stmt = select(_T.c.name).where(_T.c.id.in_(used)).order_by(func.lower(_T.c.name))
    return [str(t) for t in session.execute(stmt).scalars()]


def _row_select() -> Any:
    return select(
        _C.c.id, _C.c.code, _C.c.name, _C.c.kind, _C.c.category, _C.c.company, _C.c.phone,
        _C.c.email, _C.c.city, func.coalesce(_D.c.name, "").label("division"), _C.c.archived,
    ).select_from(_C.outerjoin(_D, _D.c.id == _C.c.division_id))  # fmt: skip


def _row(r: Any) -> CustomerRow:
    return CustomerRow(
        id=int(r.id), code=r.code, name=r.name, kind=r.kind, category=r.category,
        company=r.company, phone=r.phone, email=r.email, city=r.city, division=r.division,
        archived=bool(r.archived),
    )  # fmt: skip
