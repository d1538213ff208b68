"""Assembling the demo world: reference data, customers, their history, then numbering.

Rows are plain dicts that point at each other (a line's ``invoice_id`` holds the invoice's
dict) until the end, when every table is sorted by time, given ids from the table's next
free id, and the references are replaced by those ids. So ids grow with time, as they would
in a shop that had used BizCare all along, and documents are numbered in date order.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random
from typing import Any

from bizcare.documents.terbilang import terbilang
from bizcare.domain.enums import InvoiceStatus
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import (
    AuditLog,
    Campaign,
    CatalogueItem,
    Complaint,
    Customer,
    Division,
    Feedback,
    Interaction,
    InternalRequest,
    Invoice,
    InvoiceLine,
    LoyaltyEntry,
    LoyaltyTier,
    Payment,
    Receipt,
    Reward,
    Segment,
    Tag,
)
from bizcare.domain.numbering import period_of, render_number
from bizcare.services.demo import store
from bizcare.services.demo.catalogue import (
    CAMPAIGN_MULTIPLIER_BP,
    CAMPAIGN_NAME,
    CATALOGUE,
    DIVISIONS,
    PROFILE,
    REWARDS,
    TAGS,
    TIERS,
)
from bizcare.services.demo.common import Calendar, Row, assign_ids, office_time, resolve
from bizcare.services.demo.customers import (
    Identities,
    Person,
    make_customers,
    make_divisions,
    number_customers,
)
from bizcare.services.demo.loyalty import Ledger
from bizcare.services.demo.sales import Biller, Terms, invoice_purpose
from bizcare.services.demo.service import Desk, segment_rows
from bizcare.services.settings import Settings

Tick = Callable[[str], None]


@dataclass
class World:
    """Every row the demo writes, per table, plus the number sequences it used."""

    cal: Calendar
    profile: list[Row] = field(default_factory=list)
    divisions: list[Row] = field(default_factory=list)
    customers: list[Row] = field(default_factory=list)
    tags: list[Row] = field(default_factory=list)
    customer_tags: list[Row] = field(default_factory=list)
    catalogue: list[Row] = field(default_factory=list)
    tiers: list[Row] = field(default_factory=list)
    rewards: list[Row] = field(default_factory=list)
    campaigns: list[Row] = field(default_factory=list)
    invoices: list[Row] = field(default_factory=list)
    lines: list[Row] = field(default_factory=list)
    payments: list[Row] = field(default_factory=list)
    receipts: list[Row] = field(default_factory=list)
    loyalty: list[Row] = field(default_factory=list)
    interactions: list[Row] = field(default_factory=list)
    feedback: list[Row] = field(default_factory=list)
    complaints: list[Row] = field(default_factory=list)
    requests: list[Row] = field(default_factory=list)
    segments: list[Row] = field(default_factory=list)
    audit: list[Row] = field(default_factory=list)
    sequences: dict[tuple[str, str], int] = field(default_factory=dict)


def received_from(customer: Row) -> str:
    """The payer as the kwitansi prints it: name, and the company when it adds something."""
    name, company = customer["name"].strip(), customer["company"].strip()
    return (f"{name} ({company})" if company and company != name else name)[:200]


def build_world(snap: store.Snapshot, rng: Random, customers: int, months: int, today: date,
                settings: Settings, tick: Tick, emit: Callable[[World, str], None]) -> World:
    """Every demo row, handed to ``emit(world, table attribute)`` as soon as it is final.

    Tables are emitted in foreign-key order, each exactly once (see ``demo._WRITES``).
    """
    tick(QT_TRANSLATE_NOOP("demo", "Creating customers…"))
    cal = Calendar(today, months)
    world = World(cal)
    ids = Identities(rng)
    seqs = snap.sequences
    place, signatory, banks = _profile(snap, world)
    division_ids = _divisions(snap, world)
    internal = make_divisions(rng, cal, ids)
    for name, row in internal:
        row["division_id"] = division_ids[name]
    people = make_customers(rng, customers, cal, ids)
    people.sort(key=lambda p: (p.row["joined_on"], p.row["created_at"]))
    first = snap.next_id(Customer)
    world.sequences[("DIV", "all")] = number_customers(
        [row for _, row in internal], first, "DIV", 4, seqs.get(("DIV", "all"), 0))
    world.sequences[("PLG", "all")] = number_customers(
        [p.row for p in people], first + len(internal), "PLG", 6, seqs.get(("PLG", "all"), 0))
    world.customers = [row for _, row in internal] + [p.row for p in people]
    for table in ("profile", "divisions", "customers"):
        emit(world, table)

    tick(QT_TRANSLATE_NOOP("demo", "Creating invoices, payments and loyalty points…"))
    items = _catalogue(snap, world)
    tiers = _tiers(snap, world)
    rewards = _rewards(snap, world)
    _campaigns(snap, world)
    for table in ("catalogue", "tiers", "campaigns"):
        emit(world, table)
    words: dict[int, str] = {}

    def in_words(amount: int) -> str:
        if amount not in words:
            words[amount] = terbilang(amount, rupiah=True, capitalize=True)
        return words[amount]

    terms = Terms(settings.payment_terms_days, settings.ppn_mode, settings.meterai_threshold,
                  banks)
    biller = Biller(rng, cal, items, terms, received_from, in_words, place, signatory)
    ledger = Ledger(rng, cal, tiers, rewards, set(cal.campaign_days))
    desk = Desk(rng, cal)
    history: dict[int, tuple[int, int, int]] = {}  # customer id -> (invoices, paid, spend)
    all_bills = []
    for person in people:
        bills, receipts = biller.simulate(person)
        ledger.run(person, receipts, [b.invoice["issue_date"] for b in bills])
        all_bills.append(bills)
        paid = sum(1 for b in bills if b.invoice["status"] == InvoiceStatus.PAID.value)
        history[person.row["id"]] = (len(bills), paid, sum(r["amount"] for r in receipts))
    for reward in world.rewards:
        reward["stock"] = ledger.stock[reward["name"]]

    tick(QT_TRANSLATE_NOOP("demo", "Creating contacts, feedback and requests…"))
    for person, bills in zip(people, all_bills, strict=True):
        desk.contacts(person, bills)
        desk.satisfaction(person, bills)
    monthly = min(40.0, 8 + customers / 2000)
    desk.internal_requests({name: (division_ids[name], row["id"]) for name, row in internal},
                           monthly)
    _tags(snap, world, people, history)
    world.segments = _segments(snap, rng, cal)
    for table in ("tags", "customer_tags", "rewards"):
        emit(world, table)

    tick(QT_TRANSLATE_NOOP("demo", "Numbering invoices and kwitansi…"))
    sales, service = biller.sales, desk.out
    world.invoices, world.lines = sales.invoices, sales.lines
    world.payments, world.receipts = sales.payments, sales.receipts
    _number(snap, world, settings, seqs)
    for receipt, bill, instalment, settles in sales.purposes:
        if bill is not None:
            receipt["purpose"] = invoice_purpose(bill, instalment, settles)
    resolve(world.payments, "invoice_id")
    resolve(world.receipts, "payment_id", "invoice_id")
    for table in ("invoices", "lines", "payments", "receipts"):
        emit(world, table)
    for row, bill in service.reminders:
        row["summary"] = row["summary"].format(invoice=bill.invoice["number"])
    world.loyalty = ledger.entries + service.appreciation
    assign_ids(world.loyalty, snap.next_id(LoyaltyEntry))
    resolve(world.loyalty, "receipt_id", "reward_id", "reverses_id")
    world.interactions = service.interactions
    assign_ids(world.interactions, snap.next_id(Interaction), "occurred_at")
    world.feedback = service.feedback
    assign_ids(world.feedback, snap.next_id(Feedback), "received_on")
    resolve(world.feedback, "invoice_id")
    world.complaints = service.complaints
    assign_ids(world.complaints, snap.next_id(Complaint))
    resolve(world.complaints, "invoice_id")
    world.requests = service.requests
    assign_ids(world.requests, snap.next_id(InternalRequest))
    for entry, request in service.awarded:  # how the loyalty service marks its awards
        entry["reason"] = f"#{request['id']} {request['title']}"[:500]
    world.audit = _audit_rows(snap, world, ledger)
    for table in ("loyalty", "interactions", "feedback", "complaints", "requests", "segments",
                  "audit"):
        emit(world, table)
    return world


def _number(snap: store.Snapshot, world: World, settings: Settings,
            seqs: dict[tuple[str, str], int]) -> None:
    """Ids in time order; numbers per period in date order, after what the period had."""
    assign_ids(world.invoices, snap.next_id(Invoice))
    counters: Counter[tuple[str, str]] = Counter()
    for invoice in world.invoices:
        if invoice["status"] != InvoiceStatus.DRAFT.value:
            invoice["number"] = _next(counters, seqs, "INV", settings.invoice_pattern,
                                      invoice["issue_date"])
    resolve(world.lines, "invoice_id")
    world.lines.sort(key=lambda line: (line["invoice_id"], line["position"]))
    first_line = snap.next_id(InvoiceLine)
    for offset, line in enumerate(world.lines):
        line["id"] = first_line + offset
    assign_ids(world.payments, snap.next_id(Payment))
    assign_ids(world.receipts, snap.next_id(Receipt))
    for receipt in world.receipts:
        receipt["number"] = _next(counters, seqs, "KW", settings.receipt_pattern,
                                  receipt["issued_on"])
    world.sequences.update({key: seqs.get(key, 0) + n for key, n in counters.items()})


def _next(counters: Counter[tuple[str, str]], seqs: dict[tuple[str, str], int], series: str,
          pattern: str, on: date) -> str:
    key = (series, period_of(pattern, on))
    counters[key] += 1
    return render_number(pattern, on, seqs.get(key, 0) + counters[key])


def _audit_rows(snap: store.Snapshot, world: World, ledger: Ledger) -> list[Row]:
    """What billing and loyalty would have logged: issues, voids, payments, redemptions."""
    rows: list[Row] = []

    def add(at: Any, action: str, entity: str, entity_id: int, **detail: Any) -> None:
        rows.append({"at": at, "actor": "demo", "action": action, "entity": entity,
                     "entity_id": entity_id, "detail": json.dumps(
                         detail, ensure_ascii=False, default=str, sort_keys=True)})

    for inv in world.invoices:
        if inv["issued_at"] is not None:
            add(inv["issued_at"], "issue", "invoice", inv["id"], number=inv["number"],
                total=inv["total"])
        if inv["voided_at"] is not None:
            add(inv["voided_at"], "void", "invoice", inv["id"], number=inv["number"],
                reason=inv["void_reason"], payments_voided=0)
    numbers = {inv["id"]: inv["number"] for inv in world.invoices}
    methods = {p["id"]: p["method"] for p in world.payments}
    for r in world.receipts:
        add(r["created_at"], "payment", "receipt", r["id"], number=r["number"],
            amount=r["amount"], method=methods[r["payment_id"]],
            invoice=numbers.get(r["invoice_id"]))
    for entry, person, reward in ledger.redemptions:
        add(entry["created_at"], "redeem", "loyalty_entry", entry["id"],
            customer=person.row["code"], reward=reward["name"], points=reward["points_cost"])
    assign_ids(rows, snap.next_id(AuditLog), "at")
    return rows


# -- reference data ------------------------------------------------------------------------
def _profile(snap: store.Snapshot, world: World) -> tuple[str, str, str]:
    """Keep an owner's own profile; otherwise write the demo shop's."""
    own = snap.profile
    if own is not None:
        return own.city, own.signatory_name, own.bank_accounts
    world.profile = [{"id": 1, **PROFILE, "logo": None,
                      "updated_at": office_time(Random(0), world.cal.start)}]
    return PROFILE["city"], PROFILE["signatory_name"], PROFILE["bank_accounts"]


def _divisions(snap: store.Snapshot, world: World) -> dict[str, int]:
    known = snap.existing(Division, "name")
    next_id = snap.next_id(Division)
    for name, _, _ in DIVISIONS:
        if name not in known:
            known[name] = next_id
            world.divisions.append({"id": next_id, "name": name, "active": True})
            next_id += 1
    return known


def _catalogue(snap: store.Snapshot, world: World) -> dict[str, Any]:
    known = snap.existing(CatalogueItem, "sku")
    next_id = snap.next_id(CatalogueItem)
    items = {}
    for item in CATALOGUE:
        if item.sku not in known:
            known[item.sku] = next_id
            world.catalogue.append({"id": next_id, "sku": item.sku, "name": item.name,
                                    "unit": item.unit, "price": item.price,
                                    "category": item.category, "is_service": item.is_service,
                                    "active": True})
            next_id += 1
        items[item.sku] = (item, known[item.sku])
    return items


def _tiers(snap: store.Snapshot, world: World) -> list[tuple[int, int]]:
    if snap.tiers:
        return snap.tiers
    first = snap.next_id(LoyaltyTier)
    world.tiers = [{"id": first + i, "name": name, "min_spend": spend, "multiplier_bp": bp}
                   for i, (name, spend, bp) in enumerate(TIERS)]
    return [(spend, bp) for _, spend, bp in TIERS]


def _rewards(snap: store.Snapshot, world: World) -> list[Row]:
    known = snap.existing(Reward, "name")
    next_id = snap.next_id(Reward)
    result = []
    for name, cost, stock in REWARDS:
        row = {"id": known.get(name, next_id), "name": name, "points_cost": cost,
               "stock": stock if name not in known else None, "active": True}
        if name not in known:
            world.rewards.append(row)
            next_id += 1
        result.append(row)
    return result


def _campaigns(snap: store.Snapshot, world: World) -> None:
    known = snap.existing(Campaign, "name")
    next_id = snap.next_id(Campaign)
    for day in (*world.cal.campaign_days, world.cal.next_campaign_day()):
        name = CAMPAIGN_NAME.format(year=day.year)
        if name not in known:
            world.campaigns.append({"id": next_id, "name": name, "starts_on": day,
                                    "ends_on": day, "multiplier_bp": CAMPAIGN_MULTIPLIER_BP,
                                    "active": True})
            known[name] = next_id
            next_id += 1


def _tags(snap: store.Snapshot, world: World, people: list[Person],
          history: dict[int, tuple[int, int, int]]) -> None:
    known = snap.existing(Tag, "name")
    next_id = snap.next_id(Tag)
    for name in TAGS:
        if name not in known:
            world.tags.append({"id": next_id, "name": name})
            known[name] = next_id
            next_id += 1
    spends = sorted((spend for _, _, spend in history.values() if spend), reverse=True)
    vip = spends[max(0, len(spends) // 50 - 1)] if spends else 0
    recent = world.cal.today - timedelta(days=60)
    for person in people:
        bills, paid, spend = history.get(person.row["id"], (0, 0, 0))
        tags = list(person.tags)
        if vip and spend >= vip:
            tags.append("VIP")
        if paid >= 4:
            tags.append("pelanggan setia")
        if person.joined >= recent:
            tags.append("pelanggan baru")
        world.customer_tags += [{"customer_id": person.row["id"], "tag_id": known[t]}
                                for t in dict.fromkeys(tags)]


def _segments(snap: store.Snapshot, rng: Random, cal: Calendar) -> list[Row]:
    known = snap.existing(Segment, "name")
    rows = [row for row in segment_rows(rng, cal) if row["name"] not in known]
    assign_ids(rows, snap.next_id(Segment))
    return rows
