"""``bizcare demo``: a realistic Indonesian shop with a history, fast and reproducible.

One seed gives one database (apart from the one audit row saying when it was made): every
random choice comes from ``random.Random(seed)``, and every date and time stamp is derived
from the simulated calendar ending ``today``. The history is written in ONE transaction
with bulk inserts (see :mod:`demo_store`), each table as soon as it is final, so it is all
there or not at all.

Demo data goes into a database without customers. ``replace=True`` first deletes all data
(the settings stay) — the CLI makes a backup before it does that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from bizcare.domain import models as domain_models
from bizcare.domain.errors import StateError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.services.customers import bulk_indexing
from bizcare.services.demo import store
from bizcare.services.demo.build import World, build_world
from bizcare.services.demo.common import DemoRandom
from bizcare.services.settings import load_settings
from bizcare.storage.db import Database

Progress = Callable[[int, int, str], None]
"""``progress(done, total, text)``; ``text`` is an English source string (context "demo")."""

MAX_CUSTOMERS = 1_000_000
MAX_MONTHS = 60


class DatabaseNotEmpty(StateError):
    """Demo data would mix with real customers."""

    default_message = QT_TRANSLATE_NOOP(
        "errors", "The database already has {count} customers; demo data only goes into an "
        "empty database.")


@dataclass(frozen=True)
class DemoSummary:
    """What was created: rows per table, the period covered and the seed."""

    counts: dict[str, int]
    first_day: date
    last_day: date
    months: int
    seed: int

    def __getitem__(self, table: str) -> int:
        return self.counts.get(table, 0)


def check_arguments(customers: int, months: int) -> None:
    if not 1 <= customers <= MAX_CUSTOMERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The number of demo customers must be 1 to {limit}."),
            "customers", limit=MAX_CUSTOMERS)
    if not 0 <= months <= MAX_MONTHS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The demo history must cover 0 to {limit} months."),
            "months", limit=MAX_MONTHS)


def generate(db: Database, customers: int = 500, months: int = 12, seed: int = 1,
             progress: Progress | None = None, *, today: date | None = None,
             replace: bool = False, actor: str = "demo") -> DemoSummary:
    """Fill ``db`` with a demo shop in one write transaction (see :func:`fill_demo`)."""
    check_arguments(customers, months)
    with db.session() as session:
        return fill_demo(session, customers, months, seed, progress, today=today,
                         replace=replace, actor=actor)


def fill_demo(session: Session, customers: int = 500, months: int = 12, seed: int = 1,
              progress: Progress | None = None, *, today: date | None = None,
              replace: bool = False, actor: str = "demo") -> DemoSummary:
    """Generate and write the demo shop inside the caller's transaction.

    Args:
        customers: external customers (the six divisions come on top as internal ones).
        months: length of the history ending ``today``; 0 gives customers and reference
            data without any invoices or contacts.
        seed: the same seed gives the same data.
        progress: called as each step starts; an exception it raises, e.g. a cancel,
            stops everything and the transaction rolls back.
        today: the last day of the history (default: today).
        replace: delete all existing data first instead of refusing a non-empty database.

    Raises:
        DatabaseNotEmpty: there are customers and ``replace`` is False.
        ValidationError: ``customers`` or ``months`` out of range.
    """
    check_arguments(customers, months)
    found = store.count_customers(session)
    if found and not replace:
        raise DatabaseNotEmpty(count=found)
    if replace:
        store.clear_all(session)
    store.drop_unnamed_profile(session)
    settings = load_settings(session)
    models = {attribute: (getattr(domain_models, name), text) for attribute, name, text in _WRITES}
    snap = store.Snapshot(session, [model for model, _ in models.values()], _KEYS)
    ticker = _Ticker(progress, 4 + len(_WRITES))
    emitted: list[str] = []
    # Customers are added to the search index in one statement at the end, not per row.
    with store.bulk_cache(session), bulk_indexing(session):
        writer = store.Writer(session.connection(), ticker)

        def emit(world: World, attribute: str) -> None:
            model, text = models[attribute]
            emitted.append(attribute)
            writer.put(model, getattr(world, attribute), text)

        world = build_world(snap, DemoRandom(seed), customers, months, today or date.today(),
                            settings, ticker, emit)
    assert emitted == [attribute for attribute, _, _ in _WRITES], emitted
    store.save_sequences(session, world.sequences)
    store.sync_id_sequences(session, [model for model, _ in models.values()])
    counts = {name: writer.counts.get(name, 0)
              for name in (str(model.__tablename__) for model, _ in models.values())}
    from bizcare.services import audit

    audit.record(session, "demo", "database", None, actor, seed=seed, months=months,
                 **{k: v for k, v in counts.items() if v})
    ticker.finish()
    return DemoSummary(counts, world.cal.start, world.cal.today, months, seed)


class _Ticker:
    """Reports each step as it starts: ``progress(steps done, steps in all, what now)``."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def __call__(self, text: str) -> None:
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total, text)
        self.done += 1

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total, _READY)


_READY = QT_TRANSLATE_NOOP("demo", "Demo data is ready.")
_SAVING_CUSTOMERS = QT_TRANSLATE_NOOP("demo", "Saving customers…")
_SAVING_INVOICES = QT_TRANSLATE_NOOP("demo", "Saving invoices…")
_SAVING_RECEIPTS = QT_TRANSLATE_NOOP("demo", "Saving payments and kwitansi…")
_SAVING_LOYALTY = QT_TRANSLATE_NOOP("demo", "Saving loyalty points…")
_SAVING_SERVICE = QT_TRANSLATE_NOOP("demo", "Saving contacts, feedback and requests…")

# (World attribute, model name, progress text) in the order they are written (foreign keys).
_WRITES = (
    ("profile", "BusinessProfile", _SAVING_CUSTOMERS),
    ("divisions", "Division", _SAVING_CUSTOMERS),
    ("customers", "Customer", _SAVING_CUSTOMERS),
    ("catalogue", "CatalogueItem", _SAVING_INVOICES),
    ("tiers", "LoyaltyTier", _SAVING_LOYALTY),
    ("campaigns", "Campaign", _SAVING_LOYALTY),
    ("tags", "Tag", _SAVING_CUSTOMERS),
    ("customer_tags", "CustomerTag", _SAVING_CUSTOMERS),
    ("rewards", "Reward", _SAVING_LOYALTY),
    ("invoices", "Invoice", _SAVING_INVOICES),
    ("lines", "InvoiceLine", _SAVING_INVOICES),
    ("payments", "Payment", _SAVING_RECEIPTS),
    ("receipts", "Receipt", _SAVING_RECEIPTS),
    ("loyalty", "LoyaltyEntry", _SAVING_LOYALTY),
    ("interactions", "Interaction", _SAVING_SERVICE),
    ("feedback", "Feedback", _SAVING_SERVICE),
    ("complaints", "Complaint", _SAVING_SERVICE),
    ("requests", "InternalRequest", _SAVING_SERVICE),
    ("segments", "Segment", _SAVING_SERVICE),
    ("audit", "AuditLog", _SAVING_SERVICE),
)
# Names the demo reuses when the database already has them (reference data is not doubled).
_KEYS = tuple((getattr(domain_models, name), key) for name, key in (
    ("Division", "name"), ("CatalogueItem", "sku"), ("Reward", "name"), ("Campaign", "name"),
    ("Tag", "name"), ("Segment", "name")))


__all__ = ["DatabaseNotEmpty", "DemoSummary", "Progress", "fill_demo", "generate"]
